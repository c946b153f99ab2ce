"""actors: a name after a state's possessive ("Ruritania's X") — a person of that state when it speaks, a place of
that state when the gazetteer knows it there and it does not; and a force owned through "its" by a bare "the
government" that the bare-government rule links to its state only late."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import actor_with


@pytest.mark.parametrize("text, name, iso", [
    # a town shares each of these names, but a town does not urge or tell anyone anything
    ("Chile's Moreno urged calm after the stadium vote on Thursday.", "Moreno", "CHL"),
    ("Peru's Mendoza told lawmakers the budget would be ready in May.", "Mendoza", "PER"),
    ("Spain's Garcia warned that the strike could spread to the ports.", "Garcia", "ESP"),
    # nor does a town meet an envoy or sign a decree (lexicon person_verbs)
    ("Chile's Moreno met the visiting trade envoy on Monday.", "Moreno", "CHL"),
    ("Peru's Mendoza signed the decree late on Friday.", "Mendoza", "PER"),
])
def test_a_name_after_a_state_s_possessive_that_speaks_is_a_person_of_that_state(run, text, name, iso):
    actor = actor_with(run(text), name)
    assert actor is not None and actor.kind == "person" and actor.country == iso


@pytest.mark.parametrize("text", [
    "Mali's Gao was shelled overnight, residents said.",
    "Troops moved into Mali's Gao on Friday.",
])
def test_a_town_after_its_state_s_possessive_that_does_not_speak_stays_a_place(run, text):
    assert not any(a.kind == "person" for a in run(text))


def test_a_force_owned_by_a_bare_government_takes_that_government_s_state(run):
    actors = run("Ghana hosted the regional summit on Monday. The government was weighing whether to pull out "
                 "its troops from the northern border.")
    troops = actor_with(actors, "its troops")
    assert troops is not None and troops.country == "GHA"


@pytest.fixture(scope="module")
def run_events(pipeline_factory):
    pipeline = pipeline_factory("actors", "places", "events")
    return lambda text: pipeline.run(Article(text=text))


@pytest.mark.parametrize("text", [
    "Mali's Menaka was shelled before dawn, a medic said.",
    "Insurgents shelled Mali's Gao before dawn on Sunday.",
])
def test_the_events_stage_makes_no_person_of_a_town_after_its_state_s_possessive(run_events, text):
    # the gazetteer knows the name as a place of the state in the possessive: whatever the places stage resolved,
    # the party the events stage names for it is no person
    record = run_events(text)
    assert not any(a.kind in ("person", "other") for a in record.actors), [(a.name, a.kind) for a in record.actors]
