"""events stage: sentences that report no event in PLOVER's sense (hand-built sentences).

- an act dated to a year or decade long before publication, in any clause, is history the story recalls, not news;
  a recent year stays news;
- an act in a relative clause, or a reduced one, dated by a named past war ("during the Second World War") is the
  background of who or what something is; "in the war" alone may be today's war and stays;
- a perfect or simple present with an adverb of a standing position ("has long opposed") tells a stance, not an act;
  "has repeatedly attacked" still counts acts.
"""

from __future__ import annotations

import pytest

from ..stage_helpers import events_and_names

PUBLISHED = "2026-05-12"


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "times", "quotes", "events")


def asserted(pipeline, text: str) -> list[tuple[str, str]]:
    events, _ = events_and_names(pipeline, text, published=PUBLISHED)
    return [(e.type, e.trigger.text) for e in events if e.status == "asserted"]


HISTORY = [
    "The fortress was besieged by Ottoman troops in 1683.",
    "The trade union movement grew out of a miners' strike in the 1920s.",
    "The cathedral, which was shelled during the Second World War, now draws a million visitors a year.",
    "A plaque remembers the sailors killed in the First World War.",
]


@pytest.mark.parametrize("text", HISTORY)
def test_history_long_ago_reports_no_event(pipeline, text):
    assert asserted(pipeline, text) == []


STANCES = [
    "The bishop has long opposed the new abortion law.",
    "The farmers' union has always backed the free trade pact.",
]


@pytest.mark.parametrize("text", STANCES)
def test_a_standing_stance_is_no_act(pipeline, text):
    assert asserted(pipeline, text) == []


NEWS = [
    # a recent year, in a main clause, is still the news of the story
    "In March 2025 police arrested the mayor of the port city on bribery charges.",
    # a plain "the war" may be today's war
    "The village, which was shelled in the war on Monday, has no water.",
    # "repeatedly" counts acts
    "Militants have repeatedly attacked army posts near the border.",
    "Rebels attacked an army base in the north on Tuesday, killing five soldiers.",
]


@pytest.mark.parametrize("text", NEWS)
def test_recent_or_counted_acts_stay_events(pipeline, text):
    assert asserted(pipeline, text)
