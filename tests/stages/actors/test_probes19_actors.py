"""actors (probe round 19, invented sentences from whole articles on an election, a court ruling and a hostage
exchange): one who speaks for militants or a militia is of the rebels' side; "the full force of the law" and "no
legal force" are a strength, no armed body; mediators are a party; opposition or polling agents are no spies."""

from __future__ import annotations

import pytest

from ..stage_helpers import actor_with


@pytest.mark.parametrize("text, name", [
    ("A militant spokesman said the group would not free the engineers.", "A militant spokesman"),
    ("A militia spokeswoman said the fighters would stay in Orvel.", "A militia spokeswoman"),
])
def test_who_speaks_for_an_armed_group_is_of_its_side(run, text, name):
    actor = actor_with(run(text), name)
    assert actor is not None and actor.sector == "REB"


def test_a_government_spokesman_stays_government(run):
    actor = actor_with(run("A government spokesman said the army would hold its positions."), "A government spokesman")
    assert actor is not None and actor.sector == "GOV"


@pytest.mark.parametrize("text, words", [
    ("Those who burned the ballot boxes will face the full force of the law, the governor said.", "full force"),
    ("The Orvel accord has no legal force, the foreign minister said.", "legal force"),
])
def test_a_strength_named_by_force_is_no_armed_body(run, text, words):
    assert not any(words in a.name for a in run(text))


def test_a_joint_force_is_still_a_body(run):
    actor = actor_with(run("A joint force attacked the rebel camp near Dessa."), "A joint force")
    assert actor is not None and actor.kind == "military"


@pytest.mark.parametrize("text, mention", [
    ("Turkish and Jordanian mediators pressed the two factions to end the fighting.",
     "Turkish and Jordanian mediators"),
    ("Mediators push for truce in Dessa conflict", "Mediators"),
])
def test_mediators_are_a_party(run, text, mention):
    actor = actor_with(run(text), mention)
    assert actor is not None and actor.kind == "government"


@pytest.mark.parametrize("text, mention, sector", [
    ("Security forces detained ten opposition agents in Varn before the vote.", "ten opposition agents", "OPP"),
    ("Police arrested two polling agents in Varn on Sunday.", "two polling agents", "PTY"),
])
def test_agents_watching_a_vote_are_no_spies(run, text, mention, sector):
    actor = actor_with(run(text), mention)
    assert actor is not None and actor.sector == sector


def test_foreign_agents_are_still_spies(run):
    actor = actor_with(run("Security forces arrested two foreign agents in Varn."), "two foreign agents")
    assert actor is not None and actor.sector == "SPY"
