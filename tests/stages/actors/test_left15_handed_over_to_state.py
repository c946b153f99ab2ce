"""actors: invented articles (round 15): a state that suspects or fugitives are handed over or extradited to
receives them and is an actor (its government), not a place."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_state_receiving_a_handover_is_an_actor(run):
    actors = run("Peru hands over suspects to Chile.")
    chile = actor_with(actors, "Chile")
    assert chile is not None and chile.country == "CHL", [(a.name, a.kind) for a in actors]


def test_state_receiving_an_extradition_is_an_actor(run):
    actors = run("Peru extradited the banker to Chile on Monday.")
    chile = actor_with(actors, "Chile")
    assert chile is not None and chile.country == "CHL", [(a.name, a.kind) for a in actors]


def test_state_people_are_deported_to_stays_a_place(run):
    actors = run("The suspects were deported to Chile.")
    assert actor_with(actors, "Chile") is None, [(a.name, a.kind) for a in actors]
