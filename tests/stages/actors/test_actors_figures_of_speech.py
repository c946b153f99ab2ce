"""actors: a party noun that only says what a thing is ("Inflation remains our biggest enemy") names no actor; one
that describes a party keeps it (invented sentences)."""

from __future__ import annotations

import pytest

from ..stage_helpers import actor_with


@pytest.mark.parametrize("text, phrase", [
    ("Inflation remains our biggest enemy, the governor said.", "our biggest enemy"),
    ("Corruption is the real enemy of the people.", "the real enemy"),
])
def test_a_party_noun_saying_what_a_thing_is_names_no_actor(run, text, phrase):
    assert actor_with(run(text), phrase) is None


def test_a_party_noun_describing_a_party_stays(run):
    assert actor_with(run("The attackers were militants from the north."), "militants") is not None
