"""actors: leftovers (round 13): a title owned through "'s" by a named body ("The ILO's country director, X",
"Save the Children's country director X") makes the person that body's officer, of its sector and state."""

from __future__ import annotations

from ..stage_helpers import actor_with


def _person(actors, name):
    return next((a for a in actors if a.name == name), None)


def test_a_bodys_title_in_apposition_before_the_name_makes_its_officer(run):
    actors = run("The ILO's country director, Maria Sendo, said the factory inspections would resume next month.")
    person = _person(actors, "Maria Sendo")
    assert person is not None and person.kind == "person" and person.sector == "IGO", (person and person.sector)
    assert actor_with(actors, "The ILO") is not person


def test_a_bodys_title_with_words_between_makes_its_officer(run):
    actors = run("Save the Children's country director Ida Rask said schools in the valley had closed.")
    person = _person(actors, "Ida Rask")
    assert person is not None and person.sector == "NGO", (person and person.sector)


def test_a_bodys_officer_takes_the_bodys_state(run):
    actors = run("The Kenya Red Cross's regional spokesman Peter Ouma said 40 homes were destroyed.")
    person = _person(actors, "Peter Ouma")
    assert person is not None and person.sector == "NGO" and person.country == "KEN", (person and person.country)
