"""Several desks and one real server converge, whatever the order of edits and syncs.

Hypothesis draws the story: random edits on every desk, syncs in random orders; at the end every
desk syncs twice and all hold the same rows, and no typed value was silently lost. The same runs
through a proxy that cuts connections (before, after the server applied a batch, mid-answer)
and sends requests twice.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sync.proxies import FaultProxy, random_faults
from tests.sync.server import LiveServer
from tests.sync.world import World

STEP = st.tuples(
    st.sampled_from(["person", "edit", "edit", "visit", "sync", "sync"]), st.integers(0, 2)
)
STORY = st.lists(STEP, min_size=4, max_size=24)
SETTINGS = settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _play(world: World, story: list[tuple[str, int]], seed: int) -> None:
    rng = random.Random(seed)
    # a shared start, so that desks edit the same persons apart and conflicts arise
    world.new_person(0, rng)
    world.new_person(1, rng)
    for desk in (0, 1, 2, 0):
        world.sync_until_done(desk)
    for action, desk in story:
        world.tick(rng.uniform(0.0, 3.0))
        if action == "person":
            world.new_person(desk, rng)
        elif action == "edit":
            world.edit(desk, rng)
        elif action == "visit":
            world.visit(desk, rng)
        else:
            world.sync(desk)
    world.settle()
    states = world.states()
    assert all(state == states[0] for state in states[1:])
    assert world.lost_edits() == []


@SETTINGS
@given(story=STORY, seed=st.integers(0, 2**32))
def test_desks_converge_and_nothing_is_lost(story: list[tuple[str, int]], seed: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        server = LiveServer(root / "server")
        world = World(root, server, 3)
        try:
            _play(world, story, seed)
        finally:
            world.close()
            server.stop()


@SETTINGS
@given(story=STORY, seed=st.integers(0, 2**32))
def test_converge_through_cuts_and_duplicates(story: list[tuple[str, int]], seed: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        server = LiveServer(root / "server")
        proxy = FaultProxy(server.port, random_faults(random.Random(seed), 0.35))
        world = World(root, server, 3)
        world.route_through(proxy.url)
        try:
            _play(world, story, seed)
        finally:
            world.close()
            proxy.close()
            server.stop()


def test_concurrent_edits_keep_the_losing_value(tmp_path: Path) -> None:
    server = LiveServer(tmp_path / "server")
    world = World(tmp_path, server, 3)
    try:
        rng = random.Random(3)
        world.new_person(0, rng)
        for desk in (0, 1, 2):
            world.sync(desk)
        for desk in (0, 1, 2):  # all three change the same fields before anyone syncs
            world.tick()
            world.edit(desk, rng)
            world.edit(desk, rng)
        world.settle()
        states = world.states()
        assert states[0] == states[1] == states[2]
        assert world.lost_edits() == []
        conflicts = sum(len(slot.service.conflicts()) for slot in world.desks)
        assert conflicts >= 1
    finally:
        world.close()
        server.stop()


def test_clock_skew_of_hours_between_desks(tmp_path: Path) -> None:
    server = LiveServer(tmp_path / "server")
    hours = 3600.0
    world = World(tmp_path, server, 3, skews=(-5 * hours, 0.0, 7 * hours))
    try:
        rng = random.Random(7)
        world.new_person(0, rng)
        world.sync(0)
        for desk in (1, 2, 0):
            world.sync(desk)
            world.edit(desk, rng)
        world.settle()
        states = world.states()
        assert states[0] == states[1] == states[2]
        assert world.lost_edits() == []
        # the slow desk's later edit still wins: its clock moved past what it had seen
        world.edit(0, rng)
        last = world.edits[-1]
        world.settle()
        row = (
            world.desks[2]
            .session.opened.conn.execute(
                f"SELECT {last.field} FROM person WHERE id = ?",
                (last.record,),
            )
            .fetchone()
        )
        assert row[0] == last.value
    finally:
        world.close()
        server.stop()
