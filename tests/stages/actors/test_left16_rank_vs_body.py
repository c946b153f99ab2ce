"""actors: invented articles (round 16): a person whose role says which body they speak for ("a police spokesman")
is of that body's sector, whatever rank title stands before the name ("Colonel", "Major")."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_police_spokesman_with_military_rank_before(run):
    actors = run("A police spokesman, Colonel Ivo Brandt, said the protest was illegal.")
    person = actor_with(actors, "Colonel Ivo Brandt")
    assert person is not None and person.sector == "COP", person


def test_police_spokeswoman_with_rank_after(run):
    actors = run("Major Lena Varga, a police spokeswoman, said three men were held.")
    person = actor_with(actors, "Major Lena Varga")
    assert person is not None and person.sector == "COP", person


def test_army_spokesman_stays_military(run):
    actors = run("An army spokesman, Colonel Ivo Brandt, said the road was closed.")
    person = actor_with(actors, "Colonel Ivo Brandt")
    assert person is not None and person.sector == "MIL", person
