"""events stage: descriptions in the simple present and topics of works report no event (hand-built sentences).

- a simple present done for or given to a kind of people ("provides shelter to homeless families") is a body's
  function, also when the paragraph ends in a line break; given to a named party in the past it stays an act;
- an undated simple present of a verb of a standing role ("commands the eastern fleet") tells a post;
- a simple-present passive of arming or paying for a force ("is trained and funded by") tells a standing state;
- an event noun that is the topic of a work ("a book on the siege") is not reported as news.
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


DESCRIPTIONS = [
    "The charity provides shelter to homeless families in the city.",
    # the same with the line break a paragraph ends with: the last word, not the break, tells a full stop
    "The mission provides shelter to displaced families in the north.\n",
    "The colonel, a veteran of the border war, commands the northern army.",
    "The militia is trained and funded by the neighbouring state.",
    "A new book on the siege of Kandahar is out.",
    "A song about the bombing of Dresden became a hit.",
]


@pytest.mark.parametrize("text", DESCRIPTIONS)
def test_descriptions_report_no_event(pipeline, text):
    assert asserted(pipeline, text) == []


NEWS = [
    "The foundation sent food aid to the flooded town of Arden on Friday.",
    "Rebel fighters laid siege to the capital on Monday.",
    "Troops fired on a crowd of protesters in the capital.",
]


@pytest.mark.parametrize("text", NEWS)
def test_acts_stay_events(pipeline, text):
    assert asserted(pipeline, text)
