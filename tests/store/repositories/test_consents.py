from __future__ import annotations

from datetime import timedelta

import pytest

from entryhub_desk.domain.consent import Consent, ConsentPurpose
from entryhub_desk.errors import DeskError
from entryhub_desk.store.repositories import ConsentRepository, StoreContext

from ..conftest import FakeClock
from .helpers import WHEN, add_person, add_staff, outbox_for


def give(ctx: StoreContext, person_id: str, staff_id: str, **kwargs: object) -> Consent:
    values: dict[str, object] = {
        "person_id": person_id,
        "purpose": ConsentPurpose.KEEP_PROFILE,
        "notice_version": "2024-05",
        "given": True,
        "recorded_at": WHEN,
        "staff_id": staff_id,
    }
    values.update(kwargs)
    return ConsentRepository(ctx).add(Consent(**values))  # type: ignore[arg-type]


def test_add_and_withdraw(ctx: StoreContext, clock: FakeClock) -> None:
    person, staff = add_person(ctx), add_staff(ctx)
    repo = ConsentRepository(ctx)
    kept = give(ctx, person.id, staff.id)
    shared = give(ctx, person.id, staff.id, purpose=ConsentPurpose.SHARE_ACROSS_HUBS)
    assert repo.get(kept.id) == kept
    assert repo.current(person.id) == {
        ConsentPurpose.KEEP_PROFILE: kept,
        ConsentPurpose.SHARE_ACROSS_HUBS: shared,
    }
    clock.advance(60)
    withdrawal = repo.withdraw(shared.id, staff_id=staff.id)
    assert withdrawal.withdraws == shared.id and not withdrawal.given
    assert withdrawal.purpose is ConsentPurpose.SHARE_ACROSS_HUBS
    assert withdrawal.recorded_at.timestamp() == clock()
    assert repo.get(shared.id) == shared  # the original record is never changed
    assert repo.list_for_person(person.id) == [kept, shared, withdrawal]
    assert repo.current(person.id) == {ConsentPurpose.KEEP_PROFILE: kept}
    assert not repo.is_given(person.id, ConsentPurpose.SHARE_ACROSS_HUBS)
    assert repo.is_given(person.id, ConsentPurpose.KEEP_PROFILE)
    [entry] = outbox_for(ctx, withdrawal.id)
    assert entry.fields["withdraws"]["value"] == shared.id
    assert entry.fields["given"]["value"] is False
    assert len(outbox_for(ctx, shared.id)) == 1


def test_withdrawal_refused_twice_or_for_a_refusal(ctx: StoreContext) -> None:
    person, staff = add_person(ctx), add_staff(ctx)
    repo = ConsentRepository(ctx)
    consent = give(ctx, person.id, staff.id)
    withdrawal = repo.withdraw(consent.id, staff_id=staff.id)
    for target in (consent.id, withdrawal.id):
        with pytest.raises(DeskError) as info:
            repo.withdraw(target, staff_id=staff.id)
        assert info.value.code == "validation.invalid"
        assert info.value.params == {"field": "withdraws"}
    assert len(repo.list_for_person(person.id)) == 2


def test_withdrawal_must_match_person_and_purpose(ctx: StoreContext) -> None:
    amina, omar, staff = add_person(ctx), add_person(ctx, given_name="Omar"), add_staff(ctx)
    consent = give(ctx, amina.id, staff.id)
    with pytest.raises(DeskError):
        give(ctx, omar.id, staff.id, given=False, withdraws=consent.id)
    with pytest.raises(DeskError):
        give(
            ctx,
            amina.id,
            staff.id,
            given=False,
            withdraws=consent.id,
            purpose=ConsentPurpose.CONTACT_FOLLOW_UP,
        )


def test_later_consent_or_refusal_wins(ctx: StoreContext) -> None:
    person, staff = add_person(ctx), add_staff(ctx)
    repo = ConsentRepository(ctx)
    give(ctx, person.id, staff.id)
    newer = give(
        ctx, person.id, staff.id, notice_version="2025-01", recorded_at=WHEN + timedelta(1)
    )
    assert repo.current(person.id) == {ConsentPurpose.KEEP_PROFILE: newer}
    give(ctx, person.id, staff.id, given=False, recorded_at=WHEN + timedelta(2))
    assert repo.current(person.id) == {}


def test_person_must_exist(ctx: StoreContext) -> None:
    staff = add_staff(ctx)
    with pytest.raises(DeskError) as info:
        give(ctx, "01900000-0000-7000-8000-000000000000", staff.id)
    assert info.value.code == "store.not_found"
