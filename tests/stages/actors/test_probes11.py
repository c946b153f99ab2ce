"""actors: leftovers of the probes (round 11): letters defined after a hyphenated name, a union's head and its
letters."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_letters_after_a_hyphenated_name_are_defined_there(run):
    # "PTI" is also a news agency's letters in the index; the article defines them for the party it names
    actors = run("Imran Malik of Pakistan Tehreek-e-Insaf (PTI) said the vote was rigged. "
                 "The PTI said it would protest.")
    party = actor_with(actors, "PTI")
    assert party is not None and party.kind != "media" and party.name != "Press Trust of India"
    assert "The PTI" in [m.text for m in party.mentions]


def test_letters_defined_after_a_person_of_a_body_are_the_body_s(run):
    # the walk back from the brackets passes "of" and the person's name: the body's words alone give the letters,
    # which then are no longer the news agency the index knows by them
    actors = run("Tom Hale of the Atlantic Patrol (AP) said the boats were seized. The AP later freed the crews.")
    body = actor_with(actors, "AP")
    assert body is not None and body.kind != "media"
    assert {"the Atlantic Patrol", "The AP"} <= {m.text for m in body.mentions}
