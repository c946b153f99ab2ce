"""events stage: traders and investors who protest are people, not a market's move (hand-built cases)."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import coded, named


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


# "Stocks rallied" is a market's move; "traders protested outside the embassy" is a protest by people.
TRADER_PROTESTS = [
    ("Tanzanian traders protested outside the Zambian embassy.", "traders", "Zambian"),
    ("Market traders protested against the new stall fees on Monday.", "traders", None),
]


@pytest.mark.parametrize("text,actor,party", TRADER_PROTESTS)
def test_traders_who_protest_are_protesters(pipeline, text, actor, party):
    event, names = coded(pipeline, text, "PROTEST")
    assert named(names, event.actors, actor), (event, names)
    if party is not None:
        assert named(names, event.recipients, party), (event, names)


def test_stocks_that_rally_are_still_no_protest(pipeline):
    analysis = pipeline.analyse(Article(text="Stocks rallied on Friday as traders cheered the rate cut."))
    assert not [e for e in analysis.events if e.type == "PROTEST"], analysis.events
