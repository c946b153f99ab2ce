"""actors: several leaders named by the people they lead ("farm leaders", "protest leaders", "student leaders")
are of those people's side, not a government's; one such leader stays a person (invented sentences)."""

from __future__ import annotations

import pytest

from ..stage_helpers import actor_with


@pytest.mark.parametrize("text, phrase, kind, sector", [
    ("Talks between farm leaders and three federal ministers broke down last week.", "farm leaders", "other", "LAB"),
    ("Protest leaders said they would march again on Sunday.", "Protest leaders", "population", "OPP"),
    ("Student leaders were arrested outside the campus.", "Student leaders", "population", "EDU"),
    ("Community leaders in the village urged calm.", "Community leaders", "population", "CVL"),
    ("Tribal leaders signed a truce on Monday.", "Tribal leaders", "population", "CVL"),
    ("Business leaders met the president on Monday.", "Business leaders", "business", "BUS"),
])
def test_leaders_named_by_their_people_are_of_that_side(run, text, phrase, kind, sector):
    actor = actor_with(run(text), phrase)
    assert actor is not None and (actor.kind, actor.sector) == (kind, sector)


def test_ministers_beside_them_stay_the_government(run):
    actors = run("Talks between farm leaders and three federal ministers broke down last week.")
    assert actor_with(actors, "three federal ministers").sector == "GOV"
