"""actors: invented articles (round 15): a known place that people are taken, carried or landed to is a place,
whatever person the tagger read it as; a person given a thing stays a person."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_island_migrants_are_landed_on_is_no_actor(run):
    actors = run("Rescuers from Ocean Aid said they had landed 50 migrants on Lampedusa.")
    assert actor_with(actors, "Lampedusa") is None, [(a.name, a.kind) for a in actors]


def test_island_migrants_are_taken_to_is_no_actor(run):
    actors = run("The migrants were taken to Lampedusa, a charity said.")
    assert actor_with(actors, "Lampedusa") is None, [(a.name, a.kind) for a in actors]


def test_person_handed_a_report_stays_a_person(run):
    actors = run("The minister handed the report to Carla Lincoln on Monday.")
    person = actor_with(actors, "Carla Lincoln")
    assert person is not None and person.kind == "person", [(a.name, a.kind) for a in actors]
