"""events stage, probes of round 19 (invented sentences): a business closing its own place of work is no PLOVER
event, while a state's closure stays a restriction and a workforce's closure a strike."""

from __future__ import annotations

import pytest

from . import stage_helpers


@pytest.fixture(scope="module")
def events_pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text", [
    "The company shut the plant in Ohio on Monday, citing falling demand.",
    "The steelmaker shut down its mill in Wales on Tuesday.",
    "The drugmaker shut two factories near the coast last month.",
    "The firm shut its refinery after the price slump.",
])
def test_a_business_closing_its_own_site_is_no_event(events_pipeline, text):
    events = stage_helpers.events_of(events_pipeline, text)
    assert not any(e.type == "COERCE" for e in events), stage_helpers.show(events)


@pytest.mark.parametrize("text,etype,mode", [
    # guards: a state's closure restricts, a workforce's closure is a strike
    ("The government shut the border with the north on Monday.", "COERCE", "restrict"),
    ("Striking workers shut the factory on Monday.", "PROTEST", "strike"),
])
def test_other_closures_keep_their_event(events_pipeline, text, etype, mode):
    events = stage_helpers.events_of(events_pipeline, text)
    assert any(e.type == etype and e.mode == mode for e in events), stage_helpers.show(events)


@pytest.mark.parametrize("text", [
    # the parser hangs the result adjective on the second verb's object ("ablaze ... shops") ...
    "Rioters set cars ablaze and looted shops.",
    # ... or the second verb, with its own object, as a conjunct of the adjective
    "Rioters set cars ablaze and looted shops in the capital on Sunday.",
    "Youths set two buses ablaze and looted stores.",
])
def test_an_arson_before_a_second_act_keeps_both_acts_and_their_doer(events_pipeline, text):
    events = stage_helpers.events_of(events_pipeline, text)
    assert any(s.text == "set" for e in events for s in e.triggers), stage_helpers.show(events)
    looted = [e for e in events if any(s.text == "looted" for s in e.triggers)]
    assert looted and looted[0].actors, stage_helpers.show(events)
