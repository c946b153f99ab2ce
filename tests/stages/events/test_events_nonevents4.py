"""events stage: sentences with an event word that report no event that happened (statistics,
descriptions, traits and remits, measures in force, history summed up, what a body does as a rule, what an
occasion or a standing text is); and real events worded alike, which stay asserted. Sentences invented
here."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def _events(pipeline, text: str):
    return pipeline.analyse(Article(text=text, published="2026-11-20")).events or []


def _asserted(pipeline, text: str) -> list[str]:
    return [e.type for e in _events(pipeline, text) if e.status == "asserted"]


@pytest.mark.parametrize("text", [
    "Attacks on aid convoys rose 12 percent last year, according to the agency's annual figures.",
    "Arrests of journalists doubled in the past two years, the watchdog said.",
])
def test_a_count_going_up_or_down_is_no_event(pipeline, text):
    assert _asserted(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Violence against journalists is a growing problem in the region.",
    "The invasion of Parnia remains a painful memory for many.",
    "The siege of Marvek is a symbol of the nation's suffering.",
    "The deal is widely seen as a victory for the hardliners.",
    "Kidnapping for ransom is a thriving business in the delta.",
])
def test_an_event_noun_described_in_the_present_is_no_news(pipeline, text):
    assert _asserted(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "The opposition leader is known for his fiery attacks on the ruling party.",
    "The ministry is responsible for negotiating trade agreements with neighbouring states.",
])
def test_a_trait_or_a_remit_is_no_act(pipeline, text):
    assert _asserted(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "The arms embargo has been in place since 2011.",
    "The curfew remains in force in the southern districts.",
])
def test_a_measure_in_force_is_a_standing_state(pipeline, text):
    assert _asserted(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Negotiations over the border have dragged on for a decade.",
])
def test_a_perfect_that_sums_up_history_is_background(pipeline, text):
    assert _asserted(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "The commission investigates complaints against the police.",
    "The watchdog monitors attacks on polling stations.",
])
def test_what_a_body_does_as_a_rule_is_no_act(pipeline, text):
    assert _asserted(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "The festival celebrates the end of the siege in 1683.",
    "The monument commemorates the uprising against the occupation.",
    "The treaty commits both sides to consult each other on border issues.",
    "The treaty requires both states to withdraw their troops from the zone.",
    "The anniversary parade honours the soldiers who fell in the war.",
])
def test_what_an_occasion_or_a_standing_text_is_no_act(pipeline, text):
    assert _asserted(pipeline, text) == []


def test_what_a_pact_binds_members_to_do_is_an_obligation(pipeline):
    events = [e for e in _events(pipeline, "The pact commits members to defend each other.") if e.type == "SUPPORT"]
    assert events and all(e.status != "asserted" for e in events)
    assert "AGREE" not in _asserted(pipeline, "The pact commits members to defend each other.")
    withdrawals = [e for e in _events(pipeline, "The treaty binds both states to withdraw their forces.")
                   if e.type == "RETREAT"]
    assert withdrawals and all(e.status == "hypothetical" for e in withdrawals)


def test_an_accord_that_allows_something_is_no_new_agreement(pipeline):
    assert "AGREE" not in _asserted(pipeline, "The accord allows refugees to return home.")


def test_a_belief_with_its_clause_is_no_rejection(pipeline):
    assert _asserted(pipeline, "Analysts believe the government could impose a curfew if unrest spreads.") == []


@pytest.mark.parametrize("text", [
    "Sanctions never work against a regime like this, the professor said.",
    "Clashes between the two clans tend to flare up after the harvest.",
])
def test_a_kind_of_act_spoken_of_as_a_rule_is_no_act(pipeline, text):
    assert _asserted(pipeline, text) == []


def test_the_purpose_a_body_was_founded_for_has_not_happened(pipeline):
    events = [e for e in _events(pipeline, "The task force was created to fight piracy in the gulf.")
              if e.type == "ASSAULT"]
    assert events and all(e.status == "hypothetical" for e in events)


@pytest.mark.parametrize("text", [
    "The militia occupies a strip of land along the river.",
    "The rebels control the only road into the valley.",
])
def test_holding_in_the_present_is_a_standing_state(pipeline, text):
    assert "COERCE" not in _asserted(pipeline, text)


def test_a_natural_cause_attacks_no_one(pipeline):
    assert _asserted(pipeline, "Wildfires ravaged the hills above Corvel.") == []


@pytest.mark.parametrize("text", [
    "The conflict has killed thousands of people since it erupted.",
    "Police have arrested dozens of people since the protests began.",
    "The region has seen decades of fighting between rival clans.",
])
def test_history_summed_up_over_a_span_is_background(pipeline, text):
    assert _asserted(pipeline, text) == []


def test_a_past_relative_clause_in_a_description_is_background(pipeline):
    assert _asserted(pipeline, "The truce that ended the war still holds.") == []


def test_what_an_act_is_judged_to_be_is_no_act(pipeline):
    assert _asserted(pipeline, "The arrest of the mayor is seen as a warning to other critics.") == []


@pytest.mark.parametrize("text, etype", [
    ("The army, which seized the town on Monday, now controls the whole valley.", "COERCE"),
    ("Rebels have attacked the pipeline three times this month.", "ASSAULT"),
    ("Floods destroyed the bridge, and gunmen later looted the village.", "ASSAULT"),
    ("The curfew was imposed after the riots and remains in force.", "COERCE"),
    ("The violence that erupted on Monday killed 12 people.", "ASSAULT"),
    ("Troops were sent to protect the embassy in Halvar.", "MOBILIZE"),
    ("The mayor, who was kidnapped last week, was freed on Sunday.", "RETREAT"),
    ("Attacks on aid convoys killed 12 people last week.", "ASSAULT"),
    ("Gunmen attacked the festival in Marvek on Saturday, killing three people.", "ASSAULT"),
    ("The army shelled the hospital in Kestrel on Friday, medics said.", "ASSAULT"),
    ("The rebel factions clashed near the border on Sunday.", "ASSAULT"),
    ("The government imposed a curfew in the southern districts on Wednesday.", "COERCE"),
    ("Norland expelled two Karvian diplomats on Thursday.", "SANCTION"),
    ("The watchdog accused the police of torturing detainees.", "ACCUSE"),
    ("Soldiers detained dozens of men in a raid on the camp overnight.", "COERCE"),
    ("Police arrested 30 protesters outside the parliament in Torvan.", "COERCE"),
    ("The foreign ministers of Norland and Selvia met in Lisbrook to discuss the border.", "CONSULT"),
    ("The president pardoned 200 prisoners to mark independence day.", "CONCEDE"),
])
def test_real_events_worded_alike_stay_asserted(pipeline, text, etype):
    assert etype in _asserted(pipeline, text)
