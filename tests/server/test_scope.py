from __future__ import annotations

from starlette.testclient import TestClient

from entryhub_desk.ids import new_id
from entryhub_server.context import ServerContext
from entryhub_wire import wire
from tests.server.helpers import enrolled, make_world


def test_sharing_brings_a_person_to_other_hubs_and_withdrawal_removes_it(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    umea, lulea = enrolled(ctx, "Umeå"), enrolled(ctx, "Luleå")
    person = umea.new_person("Amina")
    visit = umea.change("visit", new_id(), person.entity_id, purpose="cv")
    umea.push_ok(client, [person, visit])
    events, cursor = lulea.pull_all(client)
    assert events == []  # not shared: Luleå sees nothing

    consent = umea.consent(person.entity_id, given=True)
    umea.push_ok(client, [consent])
    events, cursor = lulea.pull_all(client, cursor)
    served = {e.change.entity for e in events if isinstance(e, wire.PulledChange)}
    assert served == {"person", "visit", "consent"}
    snapshot = next(
        e.change for e in events if isinstance(e, wire.PulledChange) and e.change.entity == "person"
    )
    assert snapshot.fields["given_name"].value == "Amina" and snapshot.epoch == 0

    # Luleå may now edit the shared person
    edit = lulea.change("person", person.entity_id, person.entity_id, phone="+46701234567")
    assert lulea.push_ok(client, [edit]).rejected == ()
    assert any(
        isinstance(e, wire.PulledChange) and e.change == edit for e in umea.pull_all(client)[0]
    )

    umea.push_ok(client, [umea.consent(person.entity_id, given=False, withdraws=consent.entity_id)])
    events, cursor = lulea.pull_all(client, cursor)
    assert [e.person_id for e in events if isinstance(e, wire.ScopeRemoval)] == [person.entity_id]
    late = lulea.change("person", person.entity_id, person.entity_id, phone="+46701234568")
    assert [r.reason for r in lulea.push_ok(client, [late]).rejected] == ["not_visible"]
    umea_events, _ = umea.pull_all(client)
    assert not any(isinstance(e, wire.ScopeRemoval) for e in umea_events)  # home hub keeps it


def test_a_later_consent_edit_without_its_purpose_reads_the_stored_one(
    ctx: ServerContext, client: TestClient
) -> None:
    """A consent edit that carries only ``given`` is judged by the purpose stored (sealed at
    rest) by an earlier push."""
    make_world(ctx)
    umea, lulea = enrolled(ctx, "Umeå"), enrolled(ctx, "Luleå")
    person = umea.new_person("Amina")
    consent = umea.consent(person.entity_id, given=False)
    umea.push_ok(client, [person, consent])
    events, cursor = lulea.pull_all(client)
    assert events == []
    umea.push_ok(client, [umea.change("consent", consent.entity_id, person.entity_id, given=True)])
    events, _ = lulea.pull_all(client, cursor)
    assert person.entity_id in {
        e.change.entity_id for e in events if isinstance(e, wire.PulledChange)
    }
