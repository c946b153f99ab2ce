"""events stage: a protest that crowd control broke up is reported (ACLED's protest with intervention)."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.stages.events import top_event


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def events_of(pipeline, text):
    return pipeline.analyse(Article(text=text)).events


# regression: the protest noun the lexicon read as the object of "suppressed" / "broke up" was no event of its own,
# so a protest that non-lethal crowd control dispersed was reported as the crowd control alone
@pytest.mark.parametrize("text", [
    "Police suppressed a peaceful student demonstration in the city on Saturday.",
    "Police used tear gas to break up a rally in the capital on Sunday.",
])
def test_protest_broken_up_without_harm_is_the_news(pipeline, text):
    events = events_of(pipeline, text)
    top = top_event(events)
    assert top is not None and (top.type, top.mode) == ("PROTEST", "demo"), [(e.type, e.mode, e.trigger.text)
                                                                            for e in events]
    assert any(e.type == "ASSAULT" and e.mode == "crowd-control" for e in events)


def test_protest_broken_up_with_killings_stays_an_assault(pipeline):
    events = events_of(pipeline, "Police shot dead three people as they broke up a demonstration in the capital.")
    top = top_event(events)
    assert top is not None and top.type == "ASSAULT", [(e.type, e.mode, e.trigger.text) for e in events]
    assert any(e.type == "PROTEST" for e in events)


def test_protest_broken_up_by_riot_police_is_no_riot(pipeline):
    events = events_of(pipeline, "Riot police broke up a protest by teachers outside parliament.")
    protests = [e for e in events if e.type == "PROTEST"]
    assert protests and all(e.mode == "demo" for e in protests), [(e.type, e.mode, e.trigger.text) for e in events]
