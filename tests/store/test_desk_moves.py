"""The desk's records move to the hub named at enrolment, and to a fresh epoch after a
restore (the whole flows: tests/sync/test_enrolment_retry.py, test_restore_and_erasure.py)."""

from __future__ import annotations

from entryhub_desk.ids import new_id
from entryhub_desk.store import outbox
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.desk_moves import move_to_epoch, move_to_hub
from entryhub_desk.store.identity import load_identity
from entryhub_desk.store.repositories import PersonRepository, StoreContext

from .repositories.helpers import add_person, outbox_for


def test_records_and_waiting_changes_move_to_the_new_hub(ctx: StoreContext) -> None:
    provisional, hub = ctx.identity.hub_id, new_id()
    person = add_person(ctx)
    other_hub = add_person(ctx, given_name="Noor", hub_id=new_id())
    with transaction(ctx.conn):
        move_to_hub(ctx.conn, provisional, hub)
    repo = PersonRepository(ctx)
    assert repo.get(person.id).hub_id == hub
    assert repo.get(other_hub.id).hub_id == other_hub.hub_id
    (change,) = outbox_for(ctx, person.id)
    assert change.fields["hub_id"]["value"] == hub
    (untouched,) = outbox_for(ctx, other_hub.id)
    assert untouched.fields["hub_id"]["value"] == other_hub.hub_id
    assert load_identity(ctx.conn).hub_id == provisional  # set_hub names the identity's hub


def test_the_same_hub_moves_nothing(ctx: StoreContext) -> None:
    person = add_person(ctx)
    before = outbox.pending(ctx.conn)
    move_to_hub(ctx.conn, ctx.identity.hub_id, ctx.identity.hub_id)
    assert outbox.pending(ctx.conn) == before
    assert PersonRepository(ctx).get(person.id).hub_id == ctx.identity.hub_id


def test_waiting_changes_and_the_identity_move_to_a_fresh_epoch(ctx: StoreContext) -> None:
    add_person(ctx)
    add_person(ctx, given_name="Noor")
    move_to_epoch(ctx.conn, 1, 5)
    assert {e.epoch for e in outbox.pending(ctx.conn)} == {5}
    assert [e.seq for e in outbox.pending(ctx.conn)] == [1, 2]
    assert load_identity(ctx.conn).epoch == 5
