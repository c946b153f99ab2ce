"""events: a party the events stage names with "the <noun>" (a possessive the actors stage leaves alone) is the
party an earlier mention ending in that noun named, not a new actor (invented sentences)."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import coded_events


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "times", "events")


def test_the_banks_meeting_is_the_central_banks(pipeline):
    text = "Nigeria's central bank raised rates on Tuesday. The bank's next meeting is scheduled for January."
    events = coded_events(pipeline, text)
    meetings = [e for e in events if e[0] == "CONSULT"]
    assert meetings and meetings[0][3] == ["Nigeria's central bank"], events
    analysis = pipeline.analyse(Article(text=text))
    assert not [a for a in analysis.actors if a.name.lower() == "bank"]


def test_a_noun_no_earlier_party_ends_in_stays_its_own(pipeline):
    text = "Nigeria's central bank raised rates on Tuesday. The committee's next meeting is scheduled for January."
    events = coded_events(pipeline, text)
    assert all(e[3] != ["Nigeria's central bank"] for e in events if e[0] == "CONSULT"), events


def test_a_lower_case_noun_tagged_as_a_name_is_no_party(pipeline):
    text = "The gunmen marched the hostages into the bush, a witness said."
    analysis = pipeline.analyse(Article(text=text))
    assert not [a for a in analysis.actors if a.name.lower() == "bush"]
