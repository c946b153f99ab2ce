"""actors: invented articles (round 16): "the Friends of <name>" is an association (civil society, NGO) named for
what it cares for, not the person or place the tagger took the name for."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_friends_of_a_place_is_an_association(run):
    actors = run("The Friends of Kavala Hill said they would protest the quarry.")
    body = actor_with(actors, "The Friends of Kavala Hill")
    assert body is not None and body.kind == "ngo" and body.name == "Friends of Kavala Hill", body
    assert not any(a.kind == "person" for a in actors), [(a.name, a.kind) for a in actors]


def test_spokeswoman_for_friends_of_a_lake(run):
    actors = run("A spokeswoman for the Friends of Lake Marren said the water was polluted.")
    body = actor_with(actors, "the Friends of Lake Marren")
    assert body is not None and body.kind == "ngo", body
