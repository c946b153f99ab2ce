"""events stage: a gathering (talks, a summit, a march) announced in the present with how it will go ("is expected
to focus on", "is due to end at") has not happened yet; an event said to have an effect ahead stays asserted.
Sentences invented here."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def _statuses(pipeline, text: str, etype: str) -> list[str]:
    events = pipeline.analyse(Article(text=text, published="2026-11-20")).events or []
    return [e.status for e in events if e.type == etype]


@pytest.mark.parametrize("text, etype", [
    ("The negotiations are expected to focus on fishing rights, diplomats said.", "CONSULT"),
    ("The meeting is expected to draw ministers from 30 nations.", "CONSULT"),
    ("The rally is due to end outside the assembly building.", "PROTEST"),
])
def test_gathering_announced_with_its_course_is_future(pipeline, text, etype):
    statuses = _statuses(pipeline, text, etype)
    assert statuses and "asserted" not in statuses


@pytest.mark.parametrize("text, etype", [
    ("The bombing is expected to complicate efforts to revive the negotiations.", "ASSAULT"),
    ("The premier met the rebel envoy in Valdor on Monday.", "CONSULT"),
])
def test_event_with_an_effect_ahead_stays_asserted(pipeline, text, etype):
    assert "asserted" in _statuses(pipeline, text, etype)
