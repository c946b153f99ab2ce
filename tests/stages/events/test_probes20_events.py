"""events stage, probes of round 20 (invented sentences, from whole articles on a coastguard boarding, a
cross-border drone exchange, a coup attempt, a market bombing and a spy row): a broadcaster that "went off the
air" (a preposition with its object, not the particle of "a bomb went off") is no blast; in a two-clause
headline ("A expels envoys, B vows to retaliate") the first clause is told as done, not as what B vows."""

from __future__ import annotations

import pytest

from .. import stage_helpers


@pytest.fixture(scope="module")
def events_pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


_events = stage_helpers.coded_events


@pytest.mark.parametrize("text", [
    "The state television channel went off the air for four hours on Sunday, residents of Lomevo said.",
    "A bus carrying pilgrims went off the road near Tarvik on Friday.",
])
def test_going_off_something_is_no_explosion(events_pipeline, text):
    assert not any(t == "ASSAULT" for t, *_ in _events(events_pipeline, text))


def test_a_bomb_going_off_stays_a_blast(events_pipeline):
    events = _events(events_pipeline, "A bomb went off near the central bus station in Tarvik on Friday.")
    assert ("ASSAULT", "explosives") in [(t, m) for t, m, *_ in events]


@pytest.mark.parametrize("text", [
    "Norway expels two Chilean envoys, Santiago vows to hit back",
    "Norway expels two Chilean envoys, Santiago promises to respond",
])
def test_the_act_before_a_vow_to_answer_it_is_told_as_done(events_pipeline, text):
    events = _events(events_pipeline, text)
    assert ("SANCTION", "asserted", ["Government of Norway"]) in [(t, s, a) for t, _, s, a, _ in events]
