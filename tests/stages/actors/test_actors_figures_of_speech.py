"""actors: a party noun that only says what a thing is ("Inflation remains our biggest enemy") or a party said not
to exist ("No group has claimed ...") names no actor; a noun for a party that describes one keeps it; a spokesman
speaks for the body named right before the title ("state police spokesman"). (Invented sentences.)"""

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


def test_a_party_said_not_to_exist_names_no_actor(run):
    actors = run("No group has claimed responsibility for the attack.")
    assert actor_with(actors, "No group") is None


@pytest.mark.parametrize("text", [
    "State police spokesman Ali Bako said the road was open.",
    "Lagos state police spokesman Ali Bako said the road was open.",
])
def test_a_spokesman_speaks_for_the_body_named_next_to_the_title(run, text):
    person = actor_with(run(text), text.split(" said")[0])
    assert person is not None and person.sector == "COP"
