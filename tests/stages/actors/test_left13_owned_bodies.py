"""actors: leftovers (round 13): a state body owned through "his" / "her" is the body of the officer's state."""

from __future__ import annotations

import pytest

from ..stage_helpers import actor_with


@pytest.mark.parametrize("text, phrase, country", [
    ("President Arlen Vasko of Estonia said on Tuesday that his national security council would meet on Friday.",
     "his national security council", "EST"),
    ("Prime Minister Hela Dorsk of Norway told reporters her defence ministry would buy new patrol boats.",
     "her defence ministry", "NOR"),
    ("The Kenyan president said his cabinet would meet on Monday to discuss the strike.", "his cabinet", "KEN"),
])
def test_a_state_body_owned_through_his_or_her_is_of_the_officers_state(run, text, phrase, country):
    body = actor_with(run(text), phrase)
    assert body is not None and body.country == country, (body and body.country)


def test_a_body_owned_by_a_private_person_takes_no_state(run):
    actors = run("Farmer Tom Ekke of Estonia said his union would protest outside the ministry.")
    union = actor_with(actors, "his union")
    assert union is None or union.country is None, union.country
