"""events stage: abstractions that strike and needs depended on report no event (hand-built sentences).

- an ASSAULT whose doer is an abstraction of markets or public life ("soaring fuel costs hit farmers") is a figure
  of speech, whoever is struck; people of the markets, or a sentence with a weapon or a death, stay an assault;
- a market's retreat told by a second verb or a gerund shares the first verb's subject ("before retreating");
- an event noun that a simple present says someone depends on ("relies on aid") is a standing need.
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


FIGURES = [
    "Soaring fuel costs have hit small farmers hardest.",
    "Copper prices attacked the $10,000 mark before retreating.",
    "The province's budget depends on aid from foreign donors.",
]


@pytest.mark.parametrize("text", FIGURES)
def test_figures_and_needs_report_no_event(pipeline, text):
    assert asserted(pipeline, text) == []


ASSAULTS = [
    "Gunmen attacked a bus carrying traders near the market, killing three.",
    "Rebels attacked the convoy and then retreated into the hills.",
]


@pytest.mark.parametrize("text", ASSAULTS)
def test_assaults_by_people_stay(pipeline, text):
    assert any(t == "ASSAULT" for t, _ in asserted(pipeline, text))
