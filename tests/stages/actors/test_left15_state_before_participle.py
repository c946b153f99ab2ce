"""actors: invented articles (round 15): a state opening a sentence before a past verb the parser read as a
participle of the noun after it ("Sweden mediated talks") is that verb's subject and an actor."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_state_before_a_verb_read_as_a_participle_is_an_actor(run):
    actors = run("Sweden mediated talks between the two factions.")
    sweden = actor_with(actors, "Sweden")
    assert sweden is not None and sweden.country == "SWE", [(a.name, a.kind) for a in actors]
