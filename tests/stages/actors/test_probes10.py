"""actors: leftovers of the probes (round 10): a party's letters in brackets after an apposition that names it,
office titles ending in "general", a bare "his party"."""

from __future__ import annotations

import pytest

from ..stage_helpers import actor_with


@pytest.mark.parametrize("role, party, letters", [
    ("secretary general", "the Harbour Renewal Party", "HRP"),
    ("chairman of", "the United Farmers Party", "UFP"),
    ("a spokeswoman for", "the Northern Unity Party", "NUP"),
])
def test_letters_after_an_apposition_stay_the_party(run, role, party, letters):
    text = (f"Tavi Ondrejko, {role} {party} ({letters}), was detained on Monday. "
            f"The {letters} said it would appeal.")
    actors = run(text)
    person = actor_with(actors, "Tavi Ondrejko")
    assert person is not None and not any("(" in m.text for m in person.mentions)
    party_actor = actor_with(actors, f"The {letters}")
    assert party_actor is not None and party_actor.kind == "political_party"
    assert letters in [m.text for m in party_actor.mentions]


def test_a_general_after_an_office_noun_is_no_soldier(run):
    actors = run("Tavi Ondrejko, secretary general of the Harbour Renewal Party, said the vote was fair.")
    person = actor_with(actors, "Tavi Ondrejko")
    assert person is not None and person.sector == "PTY"


@pytest.mark.parametrize("bare", ["His party", "The party"])
def test_a_bare_party_is_the_one_named_party(run, bare):
    actors = run("Police detained Tavi Ondrejko, a leader of the Harbour Renewal Party (HRP), on Monday. "
                 f"{bare} called the arrest illegal.")
    party = actor_with(actors, bare)
    assert party is not None and "HRP" in [m.text for m in party.mentions]


def test_a_bare_party_with_two_named_parties_stays_apart(run):
    actors = run("The Harbour Renewal Party and the United Farmers Party met on Monday. "
                 "His party called the meeting useful, Tavi Ondrejko said.")
    party = actor_with(actors, "His party")
    assert party is not None and len(party.mentions) == 1
