"""actors: invented articles (round 16): a state's name and a place in it, tagged as one name ("Mozambique at
Ressano"), is no party; the state's name is where something is."""

from __future__ import annotations


def test_state_at_a_border_post_is_no_body(run):
    actors = run("Lorries waited at the border crossing with Mozambique at Ressano.")
    assert not any(" at " in a.name for a in actors), [a.name for a in actors]


def test_state_at_a_place_tagged_as_a_person_is_no_one(run):
    actors = run("Trucks queued at the border crossing with Mozambique at Kwelani.")
    assert not any(" at " in a.name for a in actors), [a.name for a in actors]
