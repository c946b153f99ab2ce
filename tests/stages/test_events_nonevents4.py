"""events stage: sentences with an event word that report no event that happened (statistics, questions,
descriptions, traits and remits, measures in force, events expected, repeated history, what a body does as a rule,
what an occasion or a standing text is); and real events worded alike, which stay asserted. Sentences invented
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
    "Why do rebels keep attacking the northern pipeline?",
    "Why did Norland expel the envoy?",
])
def test_a_question_asserts_nothing(pipeline, text):
    assert _asserted(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Violence against journalists is a growing problem in the region.",
    "The invasion of Parnia remains a painful memory for many.",
    "The siege of Marvek is a symbol of the nation's suffering.",
    "The deal is widely seen as a victory for the hardliners.",
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


def test_talks_expected_to_do_something_are_still_to_come(pipeline):
    events = [e for e in _events(pipeline, "The negotiations are expected to last three days.")
              if e.type == "CONSULT"]
    assert events and all(e.status == "future" for e in events)


@pytest.mark.parametrize("text", [
    "The two rebel factions have clashed several times in the past.",
    "Police have repeatedly arrested the activist.",
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
])
def test_what_an_occasion_or_a_standing_text_is_no_act(pipeline, text):
    assert _asserted(pipeline, text) == []


def test_a_belief_with_its_clause_is_no_rejection(pipeline):
    assert _asserted(pipeline, "Analysts believe the government could impose a curfew if unrest spreads.") == []


@pytest.mark.parametrize("text, etype", [
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
