from __future__ import annotations

from datetime import UTC, datetime

import pytest

from entryhub_desk.domain.consent import Consent, ConsentPurpose
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id


def consent(**kwargs: object) -> Consent:
    values: dict[str, object] = {
        "person_id": new_id(),
        "purpose": ConsentPurpose.KEEP_PROFILE,
        "notice_version": "2024-05",
        "given": True,
        "recorded_at": datetime(2024, 5, 29, 9, 30, tzinfo=UTC),
        "staff_id": new_id(),
    }
    values.update(kwargs)
    return Consent(**values)  # type: ignore[arg-type]


def test_purposes() -> None:
    assert {p.value for p in ConsentPurpose} == {
        "keep_profile",
        "contact_follow_up",
        "share_with_employers",
        "share_across_hubs",
        "match_openings",
    }
    assert consent(purpose="share_across_hubs").purpose is ConsentPurpose.SHARE_ACROSS_HUBS


def test_withdrawal_is_a_refusal_naming_the_original() -> None:
    original = consent()
    withdrawal = consent(given=False, withdraws=original.id, person_id=original.person_id)
    assert withdrawal.withdraws == original.id and not withdrawal.given


@pytest.mark.parametrize(
    ("kwargs", "code", "field"),
    [
        ({"purpose": "sell_data"}, "validation.unknown_code", "purpose"),
        ({"notice_version": " "}, "validation.required", "notice_version"),
        ({"given": 1}, "validation.invalid", "given"),
        ({"recorded_at": datetime(2024, 5, 29)}, "validation.invalid", "recorded_at"),
        ({"withdraws": new_id()}, "validation.invalid", "withdraws"),  # given=True
        ({"staff_id": None}, "validation.required", "staff_id"),
    ],
)
def test_validation(kwargs: dict[str, object], code: str, field: str) -> None:
    with pytest.raises(DeskError) as info:
        consent(**kwargs)
    assert info.value.code == code
    assert info.value.params["field"] == field


def test_cannot_withdraw_itself() -> None:
    record_id = new_id()
    with pytest.raises(DeskError):
        consent(id=record_id, given=False, withdraws=record_id)
