"""actors: invented articles (round 16): the one-word "coastguard(s)" is a state's police force, the nationality
before it naming whose (no actor named by the bare adjective)."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_nationality_coastguards_are_that_states_police(run):
    actors = run("Greek coastguards pushed back migrants near the island of Kos.")
    guards = actor_with(actors, "Greek coastguards")
    assert guards is not None and guards.kind == "police" and guards.country == "GRC", guards
    assert not any(a.name == "Greek" for a in actors), [a.name for a in actors]


def test_the_coastguard_refers_back(run):
    actors = run("The Maltese coastguard said it had rescued 60 people. The coastguard said two were missing.")
    guard = actor_with(actors, "The coastguard")
    assert guard is not None and guard.country == "MLT" and guard.kind == "police", guard
