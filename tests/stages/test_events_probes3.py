"""events stage: readings found wrong by a third round of probing with invented news sentences.

- a place in an "in/at" phrase on an agreement's own verb ("was signed in Oslo") is where the accord was made,
  not a party it binds; a place on the accord noun ("a truce in X") may still be its recipient;
"""

from __future__ import annotations

import pytest

from eventwire.document import Article

PUBLISHED = "2024-03-06"


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "times", "quotes", "events")


def analyse(pipeline, text: str):
    analysis = pipeline.analyse(Article(text=text, published=PUBLISHED))
    names = {a.id: a.name for a in analysis.actors or []}
    return analysis.events, names


@pytest.mark.parametrize("text, venue", [
    ("The peace accord was signed in Oslo on Tuesday by the two guerrilla movements.", "Oslo"),
    ("The two parties signed the pact in Nairobi last week.", "Nairobi"),
])
def test_venue_of_signing_is_no_recipient(pipeline, text, venue):
    events, names = analyse(pipeline, text)
    agree = [e for e in events if e.type == "AGREE"]
    assert agree, [(e.type, e.trigger) for e in events]
    assert all(venue not in [names.get(r, r) for r in e.recipients] for e in agree)
