"""events stage: a killing with a doer of its own does not borrow the means of an attack told in the sentence
next to it ("Governor X condemned the bombing. Troops later killed five militants in an ambush" is no bombing),
while a casualty with no doer still does. Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


TEXT = ("A bomb exploded at a market in Ravel on Saturday. Governor Ana Brito condemned the bombing. "
        "Troops later killed five militants in an ambush near the town.")


def test_a_killing_by_others_keeps_no_borrowed_means(pipeline):
    events = pipeline.analyse(Article(text=TEXT)).events
    troops = [e for e in events if e.trigger.text == "killed"]
    assert troops and troops[0].mode != "explosives", show(events)


def test_a_casualty_with_no_doer_still_takes_the_means_next_to_it(pipeline):
    text = "Militants detonated a car bomb outside the police station. Six people were killed."
    events = pipeline.analyse(Article(text=text)).events
    assert [e.mode for e in events if e.trigger.text == "killed"] == ["explosives"], show(events)
