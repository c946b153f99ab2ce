"""events stage: slips found by an eighth round of probing with invented wire-news articles.

- "baton-charged" is kept one verb token, so "Police baton-charged protesters" is a crowd-control assault and not a
  noun phrase with no verb;
- a blocker line's object word that only modifies the object ("struck an oil depot") is no idiom ("struck oil");
- talks that collapse or break down report no new meeting, as an accord that collapses reports no new accord;
- a drone named with no owner ("Dozens of drones hit the port") is the weapon, not the attack's doer;
- doers given as alternatives ("either the army or the rebels attacked") leave the act uncertain;
- "risk jail" parsed as one noun phrase still makes the jailing one that looms, not one done;
- a time that dates only a detail of its sentence ("last month's riots", "a pact signed in 2019") sets no date for
  the sentences after it.
"""

from __future__ import annotations

import pytest

from eventwire.document import Article
from .stage_helpers import events_and_names, lowered_names, show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def events_of(pipeline, text: str):
    return pipeline.analyse(Article(text=text)).events


@pytest.mark.parametrize("text,doer,crowd", [
    ("Police baton-charged protesters outside the court.", "police", "protesters"),
    ("Riot police baton-charged hundreds of students near the ministry.", "police", "students"),
    ("The marchers were baton-charged by police in the old town.", "police", "marchers"),
])
def test_baton_charged_is_a_crowd_control_assault(pipeline, text, doer, crowd):
    events, names = events_and_names(pipeline, text)
    hits = [e for e in events if e.type == "ASSAULT" and e.mode == "crowd-control"]
    assert hits, show(events)
    assert any(doer in n for n in lowered_names(names, hits[0].actors)), show(events)
    assert any(crowd in n for n in lowered_names(names, hits[0].recipients)), show(events)
