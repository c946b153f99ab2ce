"""actors stage: a state or capital name addressed by a verb of blame or pressure is its government, a demonym
two states share names the state news copy means by it, and a bare singular "force" is the act, not a body
(invented sentences)."""

from __future__ import annotations

import pytest

from tests.stages.stage_helpers import actor_with


@pytest.mark.parametrize("text, name, country", [
    ("The foreign minister accused Kigali of arming the militia.", "Kigali", "RWA"),
    ("The opposition leader urged Ankara to reopen the crossing.", "Ankara", "TUR"),
    ("European diplomats warned Moscow against any escalation.", "Moscow", "RUS"),
    ("The president thanked Nairobi for hosting the talks.", "Nairobi", "KEN"),
    ("The minister blamed Pakistan for the attack on the convoy.", "Pakistan", "PAK"),
])
def test_addressed_state_or_capital_is_its_government(run, text, name, country):
    actor = actor_with(run(text), name)
    assert actor is not None and actor.kind == "government" and actor.country == country


@pytest.mark.parametrize("text, name", [
    ("Rebels shelled Kigali overnight, residents said.", "Kigali"),
    ("The delegation visited Nairobi last week.", "Nairobi"),
])
def test_a_place_struck_or_visited_stays_a_place(run, text, name):
    actor = actor_with(run(text), name)
    assert actor is None or actor.kind != "government"


@pytest.mark.parametrize("text, phrase, country", [
    ("Congolese soldiers clashed with the militia near the border.", "Congolese soldiers", "COD"),
    ("The Congolese president flew to Luanda for talks.", "The Congolese president", "COD"),
    ("Dominican police detained three men at the port.", "Dominican police", "DOM"),
])
def test_shared_demonym_names_the_larger_state(run, text, phrase, country):
    actor = actor_with(run(text), phrase)
    assert actor is not None and actor.country == country


@pytest.mark.parametrize("text, phrase", [
    ("Witnesses said the guards used excessive force against the prisoners.", "excessive force"),
    ("The militia seized the depot by force last week.", "force"),
])
def test_force_without_a_determiner_is_the_act_not_a_body(run, text, phrase):
    assert actor_with(run(text), phrase) is None


def test_a_force_with_a_determiner_is_a_body(run):
    actor = actor_with(run("The force said two of its patrols had been ambushed."), "The force")
    assert actor is not None and actor.kind == "military"
