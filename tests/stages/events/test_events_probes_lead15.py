"""events stage, lead probes of session 15 (invented sentences): a strike at a place of work is a stoppage, not an
attack on it, though the place's name ("mine") is also a weapon's."""

from __future__ import annotations

import pytest

from .. import stage_helpers


@pytest.fixture(scope="module")
def events_pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text,etype,mode", [
    ("An earlier strike at the mine in 2019 lasted nine days.", "PROTEST", "strike"),
    ("The last strike at the smelter cost the firm two weeks of output.", "PROTEST", "strike"),
    # guards: a weapon before the strike, or a strike on the site, is an attack
    ("The drone strike at the airport killed three guards.", "ASSAULT", None),
    ("An air strike on the mine killed four miners.", "ASSAULT", None),
])
def test_a_strike_at_a_place_of_work_is_a_stoppage(events_pipeline, text, etype, mode):
    events = stage_helpers.events_of(events_pipeline, text)
    strikes = [e for e in events if any("strike" in t.text for t in e.triggers)]
    assert strikes and strikes[0].type == etype, stage_helpers.show(events)
    if mode:
        assert strikes[0].mode == mode


@pytest.mark.parametrize("text,etype", [
    # the teacher or nurse telling of the strike is no sign of a labour dispute
    ("The strike hit a clinic in the village at dawn, a nurse who asked not to be named said.", "ASSAULT"),
    ("The strike hit the school during morning lessons, a teacher said.", "ASSAULT"),
    # guard: workers who are the strike's party keep it a stoppage
    ("The strike by nurses closed every clinic in the district, a patient said.", "PROTEST"),
])
def test_the_speaker_of_a_strike_report_does_not_make_it_a_labour_strike(events_pipeline, text, etype):
    events = stage_helpers.events_of(events_pipeline, text)
    strikes = [e for e in events if any("strike" in t.text for t in e.triggers)]
    assert strikes and strikes[0].type == etype, stage_helpers.show(events)


@pytest.fixture(scope="module")
def full_events_pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "times", "events")


def test_a_headline_naming_fewer_of_the_same_parties_is_the_reports_event(full_events_pipeline):
    text = ("Army air strike kills 14 at Oromia market, witnesses say\n\n"
            "An Ethiopian army air strike on a village market in the Oromia region killed 14 people on Friday, "
            "witnesses said.")
    events = [e for e in stage_helpers.events_of(full_events_pipeline, text) if e.type == "ASSAULT"]
    assert len(events) == 1, stage_helpers.show(events)
    assert len(events[0].triggers) >= 2 and len(events[0].recipients) >= 1


@pytest.mark.parametrize("text,trigger,etype,status", [
    # "search-and-rescue teams": "search" modifies the team, "rescue" is its conjunct
    ("Chile and Peru sent search-and-rescue teams to the flooded valley on Sunday.", "sent", "AID", "asserted"),
    ("The navy dispatched search teams to the capsized ferry.", "dispatched", "AID", "asserted"),
    # a simple past tagged as a participle after "ready to help" continues "was", not the infinitive
    ("The World Bank said it was ready to help and released $5 million from its crisis fund.", "released", "AID",
     "asserted"),
])
def test_probe_wordings(events_pipeline, text, trigger, etype, status):
    events = stage_helpers.events_of(events_pipeline, text)
    found = [e for e in events if any(trigger in t.text for t in e.triggers)]
    assert found and (found[0].type, found[0].status) == (etype, status), stage_helpers.show(events)
