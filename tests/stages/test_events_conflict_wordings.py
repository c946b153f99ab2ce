"""events stage: wordings of strikes, abductions and other conflict acts common in conflict-monitoring news
(hand-built sentences)."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.stages.events import top_event

from .stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def _top(pipeline, text):
    events = pipeline.analyse(Article(text=text)).events
    return top_event(events, asserted_only=False), events


# a strike or shutdown is "observed" by those who join it; "hartal" and "bandh" name general strikes
@pytest.mark.parametrize("text", [
    "Shopkeepers observed a strike across the valley on Thursday.",
    "A total shutdown was observed in the old town against the new levy.",
    "The traders' union called a twelve-hour hartal in the district.",
    "A bandh called by the student groups kept buses off the roads.",
])
def test_observed_strikes_and_shutdowns_are_protests(pipeline, text):
    top, events = _top(pipeline, text)
    assert top is not None and top.type == "PROTEST" and top.mode == "strike", show(events)


def test_observed_truce_stays_a_ceasefire(pipeline):
    top, events = _top(pipeline, "The two militias observed the truce over the holiday.")
    assert top is not None and top.type == "RETREAT", show(events)


# people an armed group captures or seizes are abducted; the authorities capturing people arrest them
@pytest.mark.parametrize("text", [
    "Insurgents seized four road workers near the dam.",
    "Bandits captured two herders and drove them into the forest.",
])
def test_people_captured_by_armed_groups_are_abducted(pipeline, text):
    top, events = _top(pipeline, text)
    assert top is not None and (top.type, top.mode) == ("ASSAULT", "abduct"), show(events)


@pytest.mark.parametrize("text", [
    "Gendarmes seized two smugglers at the border post.",
    "Troops captured a militia commander in the hills.",
    "Militants arrested a shopkeeper accused of selling alcohol.",
])
def test_people_captured_by_authorities_or_arrested_stay_arrests(pipeline, text):
    top, events = _top(pipeline, text)
    assert top is not None and (top.type, top.mode) == ("COERCE", "arrest"), show(events)
