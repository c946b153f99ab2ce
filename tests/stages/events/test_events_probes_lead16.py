"""events stage, lead probes of session 16 (invented sentences)."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def _types(pipeline, text: str) -> list[str]:
    return [e.type for e in pipeline.analyse(Article(text=text, published="2026-11-20")).events or []]


@pytest.mark.parametrize("text", [
    "He said soldiers would be deployed inside the country's biggest prisons.",
    "The minister said police would be stationed within the city's main markets.",
    "Police said they would step up patrols at fairs across Lower Saxony this week.",
])
def test_forces_moved_within_ones_own_places_threaten_no_one(pipeline, text):
    assert "THREATEN" not in _types(pipeline, text)


def test_forces_sent_to_a_border_with_a_state_still_threaten(pipeline):
    assert "THREATEN" in _types(pipeline, "The army said it would deploy tanks to the border with Ruvania.")


def _statuses(pipeline, text: str, word: str) -> set[str]:
    events = pipeline.analyse(Article(text=text, published="2026-11-20")).events or []
    return {e.status for e in events if any(word in t.text for t in e.triggers)}


@pytest.mark.parametrize("text, word", [
    ("Tirana expected Skopje to change the law before a final accord could be signed.", "signed"),
    ("The militia must hand over its weapons before any settlement can be signed.", "signed"),
])
def test_an_act_after_a_requirement_is_a_prospect_not_a_failure(pipeline, text, word):
    assert _statuses(pipeline, text, word) == {"hypothetical"}


def test_an_act_a_past_escape_forestalled_stays_negated(pipeline):
    assert _statuses(pipeline, "The smugglers fled before border guards could detain them.", "detain") == {"negated"}


def _agreement_parties(pipeline, text: str) -> list[set[str]]:
    analysis = pipeline.analyse(Article(text=text, published="2026-11-20"))
    names = {a.id: a.name for a in analysis.actors or []}
    return [{names[x] for x in e.actors} for e in analysis.events or [] if e.type == "AGREE"]


@pytest.mark.parametrize("text, parties", [
    ("A prisoner exchange was agreed following talks between Serbia and Kosovo in Brussels.", {"Serbia", "Kosovo"}),
    ("The accord was reached after nine hours of negotiations between the junta and the rebels.",
     {"junta", "rebels"}),
])
def test_an_agreement_with_no_party_was_made_by_the_parties_of_the_talks_before_it(pipeline, text, parties):
    found = _agreement_parties(pipeline, text)
    assert any(all(any(p in n for n in got) for p in parties) for got in found), found


def _doers(pipeline, text: str, word: str) -> set[str]:
    analysis = pipeline.analyse(Article(text=text, published="2026-11-20"))
    names = {a.id: a.name for a in analysis.actors or []}
    return {names[x] for e in analysis.events or [] if any(word in t.text for t in e.triggers) for x in e.actors}


@pytest.mark.parametrize("text, word, crowd", [
    ("Police fired tear gas to disperse hundreds of dock workers who had blocked the port road, demanding back pay.",
     "demanding", "dock workers"),
    ("Riot police used batons to disperse the nurses outside the ministry, demanding safer staffing.", "demanding",
     "nurses"),
])
def test_a_demand_told_after_crowd_control_is_the_crowds(pipeline, text, word, crowd):
    doers = _doers(pipeline, text, word)
    assert any(crowd in d for d in doers) and not any("police" in d.lower() for d in doers), doers


def test_a_court_voiding_a_vote_and_ordering_a_new_one(full_pipeline):
    text = ("ZOMBA, March 7 (Reuters) - Kenya's Supreme Court on Thursday annulled the result of August's presidential "
            "election and ordered a fresh vote within 60 days.")
    events = full_pipeline.analyse(Article(text=text, published="2026-03-08")).events or []
    kinds = {(e.type, e.trigger.text.split()[0]): e.date for e in events if e.status == "asserted"}
    assert kinds.get(("REJECT", "annulled")) == "2026-03-05"
    # the possessive day dates the election annulled, not the order joined to the annulment
    assert kinds.get(("REQUEST", "ordered")) == "2026-03-05"


@pytest.mark.parametrize("text", [
    "Dutch police arrested four men in raids across three provinces on Tuesday.",
    "Officers detained 30 people during a sweep of the market district.",
])
def test_the_raid_an_arrest_was_made_in_is_no_attack(pipeline, text):
    types = _types(pipeline, text)
    assert "COERCE" in types and "ASSAULT" not in types


def _recipient_names(pipeline, text: str, etype: str) -> list[str]:
    analysis = pipeline.analyse(Article(text=text, published="2026-11-20"))
    names = {a.id: a.name for a in analysis.actors or []}
    return [names[r] for e in analysis.events or [] if e.type == etype for r in e.recipients]


@pytest.mark.parametrize("text", [
    "The coup leader promised to form a new government within weeks.",
    "The two ministers agreed to set up a joint commission on the border.",
])
def test_what_a_promise_makes_is_no_party(pipeline, text):
    got = _recipient_names(pipeline, text, "AGREE")
    assert not any("government" in n or "commission" in n for n in got), got
