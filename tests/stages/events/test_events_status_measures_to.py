"""events stage: an infinitive that says what measures or steps are for ("would take all measures to defend its
firms") is as real as the taking, also when the parser reads it as a relative clause of the noun. Invented
sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def statuses(pipeline, text: str, trigger: str) -> list[str]:
    events = pipeline.analyse(Article(text=text)).events
    own = [e.status for e in events if trigger in e.trigger.text.split()]
    assert own, show(events)
    return own


@pytest.mark.parametrize("text", [
    "The commerce ministry said it would take all necessary measures to defend Chinese companies.",
    "Beijing said it would take all necessary measures to defend the rights of its fishermen.",
])
def test_what_measures_still_to_be_taken_are_for_is_not_done(pipeline, text):
    assert "asserted" not in statuses(pipeline, text, "defend")
