"""The erasure record, consulted by every path that can write a person.

An erased person (right to be forgotten) leaves only a tombstone: a row in the ``erasure``
table and an entry in the erasure ledger beside the store
(:mod:`~entryhub_desk.store.erasure_ledger`), both holding nothing but the person's random id
and when the erasure happened. From then on:

- registering, a JSON Resume import or anything else that would store a person under that id
  is refused (:func:`refuse_if_erased`, ``person.erased``);
- pulled changes and answer bundles skip the person's records (:func:`erased_persons`);
- a change the server refuses because the person is erased there makes this desk erase the
  person too (:func:`erase_refused`), instead of keeping them for ever;
- a restore purges every erased person from the restored copy before it goes live and merges
  ledger and table (:func:`purge_erased`), even when the copy predates the erasure.

Every function here runs inside the caller's transaction; the caller checkpoints the WAL
after a purge (:func:`~entryhub_desk.store.sync_tables.finish_purge`).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from entryhub_desk.config import Clock
from entryhub_desk.errors import DeskError
from entryhub_desk.store.connection import DeskConnection, transaction
from entryhub_desk.store.erasure_ledger import (
    Ledger,
    add_to_ledger,
    ledger_path,
    load_ledger,
    read_ledger,
)
from entryhub_desk.store.hlc import Hlc, parse_or_none
from entryhub_desk.store.identity import iso_utc
from entryhub_desk.store.outbox import record_change

# The purges import ``sync_tables`` (every repository, the search index) in their functions: a
# log-in brings the ledger in step (:func:`note_erasures`) without loading them.


def ledger_of(conn: DeskConnection) -> Path:
    """The ledger beside the store ``conn`` has open."""
    return ledger_path(Path(conn.desk_path).parent)


def erasure_time(hlc: str, recorded_at: str) -> str:
    """When the erasure happened: the earlier of its clock and when it was recorded here (a
    pulled erasure is recorded when it arrives; one restored from the ledger gets a new clock).
    A clock repaired to millisecond 0 (``hlc.demoted``: it was beyond the bound) says nothing
    about when."""
    stamp = parse_or_none(hlc)
    if stamp is None or stamp.ms == 0:
        return recorded_at
    return min(iso_utc(stamp.ms / 1000), recorded_at)


def erased_persons(conn: DeskConnection, ledger: Ledger) -> set[str]:
    """The ids of every erased person known here: the table's and ``ledger``'s."""
    return _ids_in_table(conn) | ledger.erasures.keys()


def _ids_in_table(conn: DeskConnection) -> set[str]:
    return {str(row[0]) for row in conn.execute("SELECT person_id FROM erasure")}


def erased_at(conn: DeskConnection, person_id: str) -> str | None:
    """When ``person_id`` was erased (ISO 8601 UTC), or None if it never was."""
    row = conn.execute(
        "SELECT hlc, erased_at FROM erasure WHERE person_id = ?", (person_id,)
    ).fetchone()
    if row is not None:
        return erasure_time(str(row[0]), str(row[1]))
    ledger = read_ledger(ledger_of(conn))
    return ledger.get(person_id)


def refuse_if_erased(conn: DeskConnection, person_id: str) -> None:
    """Raise ``person.erased`` (with the erasure's date, nothing else) for an erased id."""
    when = erased_at(conn, person_id)
    if when is not None:
        raise DeskError("person.erased", date=when[:10] or "?")


def note_erasures(
    conn: DeskConnection, ledger: Path | None = None, *, seen: Ledger | None = None
) -> None:
    """Write every erasure of the table into the ledger (fsynced). Call it inside the
    erasure's transaction, before it commits: an erasure the table holds is in the ledger.

    When the ledger is intact and already names every erasure of the table, nothing is
    written (and no erasure's time worked out). ``seen``: the ledger as read earlier in the
    same transaction, so it is not read again for that."""
    path = ledger or ledger_of(conn)
    known = seen or load_ledger(path)
    if known.intact and _ids_in_table(conn) <= known.erasures.keys():
        return
    add_to_ledger(path, erased_ids_in_table(conn))


def erased_ids_in_table(conn: DeskConnection) -> dict[str, str]:
    return {
        str(person_id): erasure_time(str(hlc), str(recorded_at))
        for person_id, hlc, recorded_at in conn.execute(
            "SELECT person_id, hlc, erased_at FROM erasure"
        ).fetchall()
    }


def erase_refused(conn: DeskConnection, clock: Clock, person_id: str) -> int:
    """The server refused a change because ``person_id`` is erased there: purge the person
    here too and keep the tombstone (and the ledger entry). Returns how many rows went."""
    device = str(conn.execute("SELECT device_id FROM identity").fetchone()[0])
    removed = erase_here(conn, clock, person_id, str(Hlc(int(clock() * 1000), 0, device)))
    note_erasures(conn)
    return removed


def erase_here(conn: DeskConnection, clock: Clock, person_id: str, hlc: str) -> int:
    """Purge ``person_id`` for good and keep its tombstone with the erasure's clock ``hlc``
    (inside the caller's transaction). Returns how many rows went."""
    from entryhub_desk.store.sync_tables import purge_person

    removed = purge_person(conn, person_id, erase=True)
    conn.execute(
        "INSERT OR IGNORE INTO erasure (person_id, hlc, erased_at) VALUES (?, ?, ?)",
        (person_id, hlc, iso_utc(clock())),
    )
    return removed


def record_erasure(conn: DeskConnection, clock: Clock, person_id: str, hlc: str) -> None:
    """This desk erased ``person_id`` (inside the caller's transaction): its tombstone's
    clock, replacing an earlier one."""
    conn.execute(
        "INSERT OR REPLACE INTO erasure (person_id, hlc, erased_at) VALUES (?, ?, ?)",
        (person_id, hlc, iso_utc(clock())),
    )


def _holds(conn: DeskConnection, person_id: str, tables: list[str]) -> bool:
    """Does the store hold anything of ``person_id`` (its row, or a row naming it)?"""
    if conn.execute("SELECT 1 FROM person WHERE id = ?", (person_id,)).fetchone() is not None:
        return True
    for table in tables:
        found = conn.execute(
            f'SELECT 1 FROM "{table}" WHERE person_id = ? LIMIT 1',  # noqa: S608 - schema names
            (person_id,),
        ).fetchone()
        if found is not None:
            return True
    return False


def purge_erased(conn: DeskConnection, clock: Clock, ledger: Path) -> list[str]:
    """Purge every erased person (the ledger's and the table's) from the store ``conn`` has
    open, e.g. a restored copy made before the erasure; record the erasures it lacks and write
    the table's into the ledger. A person the copy still held gets an erasure change in the
    outbox too, so the server hears of an erasure that had not reached it before the restore.
    Returns the ids purged (inside the caller's transaction)."""
    known = read_ledger(ledger)
    in_table = erased_ids_in_table(conn)
    from entryhub_desk.store.sync_tables import KEEP_TABLES, purge_person, tables_with_column

    tables = [t for t in tables_with_column(conn, "person_id") if t not in KEEP_TABLES]
    purged: list[str] = []
    for person_id in sorted(known.keys() | in_table.keys()):
        held = _holds(conn, person_id, tables)
        if held:
            purge_person(conn, person_id, erase=True)
            purged.append(person_id)
        if person_id in in_table:
            continue
        when = known[person_id] or iso_utc(clock())
        if held:
            hlc = record_change(
                conn, clock, entity="person", entity_id=person_id, values={"deleted": True}
            )
        else:
            device = str(conn.execute("SELECT device_id FROM identity").fetchone()[0])
            hlc = str(Hlc(_ms(when, clock), 0, device))
        conn.execute(
            "INSERT OR IGNORE INTO erasure (person_id, hlc, erased_at) VALUES (?, ?, ?)",
            (person_id, hlc, when),
        )
    add_to_ledger(ledger, erased_ids_in_table(conn))
    return purged


def _ms(when: str, clock: Clock) -> int:
    try:
        return int(datetime.fromisoformat(when.replace("Z", "+00:00")).timestamp() * 1000)
    except ValueError:
        return int(clock() * 1000)


def purge_erased_on_restore(conn: DeskConnection, clock: Clock, data_dir: Path) -> list[str]:
    """For a restore, on the restored copy before it goes live (after its new epoch began):
    purge everyone the ledger of ``data_dir`` names, in one transaction, and empty the WAL."""
    with transaction(conn):
        purged = purge_erased(conn, clock, ledger_path(data_dir))
    from entryhub_desk.store.sync_tables import finish_purge

    finish_purge(conn)
    return purged
