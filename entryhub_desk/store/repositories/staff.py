"""Staff members: unique names (case-insensitive), roles, enabled or disabled."""

from __future__ import annotations

import builtins
import dataclasses
import json

from entryhub_desk.domain.staff import Role, StaffMember, name_key
from entryhub_desk.errors import DeskError
from entryhub_desk.store.connection import storage_errors
from entryhub_desk.store.identity import iso_utc
from entryhub_desk.store.repositories.base import Repository, Row
from entryhub_wire.grants import Grant


class StaffRepository(Repository[StaffMember]):
    table = "staff"

    def _decode(self, row: Row) -> StaffMember:
        return StaffMember(
            id=str(row["id"]),
            name=str(row["name"]),
            role=Role(row["role"]),
            active=bool(row["active"]),
        )

    def _derived(self, obj: StaffMember) -> dict[str, object]:
        return {"name_key": name_key(obj.name)}

    def _check(self, obj: StaffMember, old: StaffMember | None) -> None:
        clash = self._rows(
            "name_key = ? AND id != ?", [name_key(obj.name), obj.id], include_deleted=True
        )
        if clash:
            raise DeskError("staff.exists", name=obj.name)
        was_coordinator = old is not None and old.active and old.role is Role.COORDINATOR
        still_coordinator = obj.active and obj.role is Role.COORDINATOR
        if was_coordinator and not still_coordinator and self.count_active_coordinators() <= 1:
            raise DeskError("staff.last_coordinator")

    def create(self, member: StaffMember) -> StaffMember:
        """Add a member; ``staff.exists`` if the name is taken (ignoring case)."""
        return self._create(member)

    add = create  # the name the services use

    def update(self, member: StaffMember) -> StaffMember:
        """Rename, change role or enable/disable; refuses to lose the last coordinator."""
        return self._update(member)

    def get_by_name(self, name: str) -> StaffMember | None:
        rows = self._rows("name_key = ?", [name_key(name)])
        return self._decode(rows[0]) if rows else None

    def require_by_name(self, name: str) -> StaffMember:
        member = self.get_by_name(name)
        if member is None:
            raise DeskError("staff.unknown", name=name)
        return member

    def set_active(self, staff_id: str, active: bool) -> StaffMember:
        return self._update(dataclasses.replace(self.get(staff_id), active=active))

    def list(self, *, active_only: bool = False) -> list[StaffMember]:
        """All members, sorted by name (case-insensitively)."""
        return self._select("active = 1" if active_only else None, order_by="name_key")

    def count_active_coordinators(self) -> int:
        return len(self._rows("active = 1 AND role = ?", [Role.COORDINATOR.value]))

    # --- signed role grants (schema 5; desk-local, never synced) ---------------------------

    def grants(self) -> builtins.list[Grant]:
        """The chain of grants in sequence order (a row that does not parse ends the list:
        the verification then reports the chain as broken there)."""
        with storage_errors():
            rows = self.ctx.conn.execute(
                "SELECT seq, grant_json FROM staff_grant ORDER BY seq"
            ).fetchall()
        result: builtins.list[Grant] = []
        for _, text in rows:
            try:
                result.append(Grant.from_json(json.loads(str(text))))
            except (DeskError, ValueError):
                break
        return result

    def append_grant(self, grant: Grant) -> None:
        """Store ``grant`` (inside the caller's transaction)."""
        self.ctx.conn.execute(
            "INSERT INTO staff_grant (seq, staff_id, grant_json, recorded_at) VALUES (?, ?, ?, ?)",
            (
                grant.seq,
                grant.staff_id,
                json.dumps(grant.to_json(), sort_keys=True),
                iso_utc(self.ctx.clock()),
            ),
        )

    def coordinator_root(self) -> bytes | None:
        with storage_errors():
            row = self.ctx.conn.execute("SELECT coordinator_root FROM identity").fetchone()
        return None if row is None or row[0] is None else bytes(row[0])

    def set_coordinator_root(self, root: bytes) -> None:
        """Record the root key (inside the caller's transaction)."""
        self.ctx.conn.execute("UPDATE identity SET coordinator_root = ?", (root,))
