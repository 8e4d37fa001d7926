"""``check``: is the store whole? Pages, cipher HMACs, foreign keys, audit chain, slot file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.services import roles
from entryhub_desk.store.connection import foreign_key_problems, integrity_problems
from entryhub_desk.store.repositories.staff import StaffRepository

if TYPE_CHECKING:
    from entryhub_desk.services.session import Session


NOT_CHECKED_WHEN_DAMAGED = ("foreign keys", "audit log", "roles")


class CheckService:
    """``check``: is the store whole?"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def check(self) -> list[str]:
        """Every problem found, one line of English each (empty: all is well). Damaged pages
        are reported before the role check reads the (maybe damaged) grants."""
        damaged = damage_report(self._session)
        if damaged:
            return damaged
        self._session.require(Action.CHECK)
        return check_store(self._session)


def damage_report(session: Session) -> list[str]:
    """The damaged pages (and the slot file's state), or nothing when every page is whole.

    It runs before anything else reads the store, the role check included (the signed grants
    may sit on a damaged page): like ``Desk.diagnose`` it names page numbers only, so any
    member whose password opens a slot may see it."""
    # integrity_check and cipher_integrity_check (every page's HMAC), after a checkpoint.
    problems = integrity_problems(session.opened.conn)
    if problems:  # the checks below would read the damaged pages: name them and stop there
        problems.extend(_slot_problems(session))
        problems.append(
            f"not checked: {', '.join(NOT_CHECKED_WHEN_DAMAGED)} (the store is damaged)"
        )
    return problems


def check_store(session: Session) -> list[str]:
    """Every problem of a store whose pages are whole (:func:`damage_report` found none), as
    one line of English each; an empty list means all is well."""
    conn = session.opened.conn
    problems: list[str] = []
    problems.extend(foreign_key_problems(conn))
    audit = AuditLog(conn, session.identity, session.desk.config.clock)
    problems.extend(f"audit: {problem}" for problem in audit.verify())
    problems.extend(_slot_problems(session))
    problems.extend(f"roles: {problem}" for problem in role_problems(session))
    return problems


def _slot_problems(session: Session) -> list[str]:
    try:
        session.desk.keystore.verify(session.opened.key)
    except DeskError as error:
        return [f"key slots: {error.english()}"]
    return []


def role_problems(session: Session) -> list[str]:
    """A broken or forged grant chain, and every member whose row in the staff table says
    more than her signed grant (a role or an activation nobody signed)."""
    if roles.is_legacy(session):
        return ["no signed roles yet (a coordinator's next log-in signs them)"]
    state, problems = roles.chain(session)
    for member in StaffRepository(session.opened.context).list():
        grant = state.members.get(member.id)
        if grant is None:
            problems.append(f"staff member {member.name}: no signed role")
        elif grant.role != member.role.value or grant.active != member.active:
            signed = grant.role if grant.active else "disabled"
            shown = member.role.value if member.active else "disabled"
            problems.append(f"staff member {member.name}: role {shown} is not signed ({signed} is)")
    return problems
