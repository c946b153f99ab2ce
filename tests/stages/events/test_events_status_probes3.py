"""events stage: a third battery of invented wire-news sentences probing status and type slips -- a pull-back on the
writer's calendar, an attempt that is no threat, a visit put back (no sanction), acts looming over someone ("face
arrest"), done by "anyone", forestalled by a collapse, presupposed by "not the first time", and a killing named by
"called ... a massacre" -- with controls of the same shapes."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def events_of(pipeline, text: str):
    return pipeline.analyse(Article(text=text)).events


def status_of(pipeline, text: str, trigger: str) -> str:
    events = events_of(pipeline, text)
    own = [e for e in events if trigger in e.trigger.text.split()]
    assert own, show(events)
    return sorted(own, key=lambda e: e.trigger.text != trigger)[0].status


def types_of(pipeline, text: str) -> set[str]:
    return {e.type for e in events_of(pipeline, text)}


# A pull-back announced in the writer's own voice is on the calendar, not a pledge; a reported "would" still is one.
def test_writer_voice_withdrawal_is_no_commitment(pipeline):
    events = events_of(pipeline, "Soldiers will evacuate the border village on Friday.")
    assert "AGREE" not in {e.type for e in events}, show(events)
    assert [e.status for e in events if e.type == "RETREAT"] == ["future"], show(events)


def test_reported_withdrawal_pledge_stays_a_commitment(pipeline):
    assert "AGREE" in types_of(pipeline, "The army said it would withdraw from the port.")


# Trying to do something is an attempt, not a threat of it.
@pytest.mark.parametrize("text", [
    "Officers sought to arrest the former governor on Tuesday.",
    "The militia sought to attack the convoy near the river.",
])
def test_attempt_is_no_threat(pipeline, text):
    events = events_of(pipeline, text)
    assert "THREATEN" not in {e.type for e in events}, show(events)


# A visit put back is still to come, no cut in relations; calling it off keeps its own reading.
def test_postponed_visit_is_future_meeting(pipeline):
    text = "The prime minister postponed his visit to the capital."
    assert "SANCTION" not in types_of(pipeline, text)
    assert status_of(pipeline, text, "visit") == "future"


@pytest.mark.parametrize("text,trigger,status", [
    # an act done by "anyone" is one that might be done
    ("Officials warned that anyone joining the march would be detained.", "march", "hypothetical"),
    ("Police said anybody taking part in the rally would be detained.", "taking", "hypothetical"),
    ("Everyone joining the march was detained.", "march", "asserted"),
    # an arrest one faces in the present looms; a past "faced" tells what was gone through
    ("Protesters face arrest if they stay in the square.", "arrest", "hypothetical"),
    ("Journalists risk arrest for covering the strike.", "arrest", "hypothetical"),
    ("The villagers faced shelling for weeks.", "shelling", "asserted"),
    # a collapse forestalls what a "before" clause names; an ending after it does not
    ("The truce collapsed before it was signed.", "signed", "negated"),
    ("The talks ended after the accord was signed.", "signed", "asserted"),
    ("The truce unravelled before the troops could withdraw.", "withdraw", "negated"),
    ("The talks collapsed before the rebels shelled the city.", "shelled", "asserted"),
    # "not the first time" negates the ranking, not the act
    ("It is not the first time rebels have shelled the market.", "shelled", "asserted"),
    ("It is not the first time insurgents have raided the camp.", "raided", "asserted"),
    ("Militants have not shelled the market.", "shelled", "negated"),
    ("It was not the first raid on the camp this month.", "raid", "asserted"),
])
def test_status_probes(pipeline, text, trigger, status):
    assert status_of(pipeline, text, trigger) == status


# Naming an act ("called the shootings a massacre") does not carry it out, as "called a strike" does.
def test_naming_verb_is_no_light_verb(pipeline):
    events = events_of(pipeline, "Demonstrators called the shootings a massacre.")
    assert "PROTEST" not in {e.type for e in events}, show(events)
    assert not any(t.text == "called" for e in events for t in e.triggers), show(events)


def test_called_strike_stays_a_protest(pipeline):
    assert "PROTEST" in types_of(pipeline, "Dock workers called a strike on Monday.")


# Checking a claim is no act: the classifier's fallback does not make "verify" the event of a sentence about a claim.
def test_verifying_a_claim_is_no_event(pipeline):
    events = events_of(pipeline, "Journalists could not verify the claims made by the police.")
    assert not any(t.text == "verify" for e in events for t in e.triggers), show(events)
