"""Introductions of persons to openings and their append-only steps (person records)."""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from entryhub_desk.domain.employers import Introduction, IntroductionStep
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.store.connection import DeskConnection
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.repositories.typed import TypedRepository


class IntroductionRepository(TypedRepository[Introduction]):
    table = "introduction"
    record_type: ClassVar[type[Introduction]] = Introduction

    def _check(self, obj: Introduction, old: Introduction | None) -> None:
        del old
        found = self.conn.execute(
            "SELECT 1 FROM person WHERE id = ? AND deleted = 0", (obj.person_id,)
        ).fetchone()
        if found is None:
            raise DeskError("store.not_found", entity="person", id=obj.person_id)

    def for_person(self, person_id: str) -> list[Introduction]:
        """The person's introductions, newest first."""
        return self._select("person_id = ?", [person_id], order_by="introduced_at DESC, id DESC")

    def ids_with_code(self, code: str) -> list[str]:
        """The ids of the live introductions whose short code is ``code`` (``XXXX-XXXX``)."""
        rows = self.conn.execute("SELECT id FROM introduction WHERE deleted = 0").fetchall()
        return sorted(str(row[0]) for row in rows if short_code(str(row[0])) == code)

    def for_opening(self, opening_id: str) -> list[Introduction]:
        """An opening's candidates, oldest introduction first."""
        return self._select("opening_id = ?", [opening_id], order_by="introduced_at, id")


class IntroductionStepRepository(TypedRepository[IntroductionStep]):
    table = "introduction_step"
    record_type: ClassVar[type[IntroductionStep]] = IntroductionStep

    def for_introduction(self, introduction_id: str) -> list[IntroductionStep]:
        """The steps of an introduction, oldest first."""
        return self._select("introduction_id = ?", [introduction_id], order_by="at, id")

    def for_person(self, person_id: str) -> list[IntroductionStep]:
        return self._select("person_id = ?", [person_id], order_by="at, id")


def move_introductions(ctx: StoreContext, keep_id: str, merge_id: str) -> int:
    """Move the introductions (and their steps) of person ``merge_id`` to ``keep_id`` (a
    merge of duplicates), in the caller's transaction; returns how many introductions moved."""
    introductions = IntroductionRepository(ctx)
    steps = IntroductionStepRepository(ctx)
    moved = introductions.for_person(merge_id)
    for introduction in moved:
        introductions.update(dataclasses.replace(introduction, person_id=keep_id))
    for step in steps.for_person(merge_id):
        steps.update(dataclasses.replace(step, person_id=keep_id))
    return len(moved)


def introductions_export(conn: DeskConnection, person_id: str) -> list[dict[str, Any]]:
    """The person's introductions for the right of access, oldest first: each with the
    opening's title, the employer's name and the steps (state and time)."""
    rows = conn.execute(
        "SELECT i.id, i.opening_id, o.title, e.name, i.card, i.state, i.state_at, "
        "i.introduced_at, i.hub_id FROM introduction AS i "
        "LEFT JOIN opening AS o ON o.id = i.opening_id "
        "LEFT JOIN employer AS e ON e.id = o.employer_id "
        "WHERE i.person_id = ? AND i.deleted = 0 ORDER BY i.introduced_at, i.id",
        (person_id,),
    ).fetchall()
    steps: dict[str, list[dict[str, Any]]] = {}
    for introduction_id, state, at in conn.execute(
        "SELECT introduction_id, state, at FROM introduction_step "
        "WHERE person_id = ? AND deleted = 0 ORDER BY at, id",
        (person_id,),
    ).fetchall():
        steps.setdefault(str(introduction_id), []).append({"state": state, "at": at})
    keys = ("id", "opening_id", "opening_title", "employer_name", "card", "state")
    out = []
    for row in rows:
        record: dict[str, Any] = dict(zip(keys, row[:6], strict=True))
        record.update(state_at=row[6], introduced_at=row[7], hub_id=row[8])
        record["steps"] = steps.get(str(row[0]), [])
        out.append(record)
    return out
