"""quotes: probes round 20 — in a two-clause headline ("A expels envoys, B vows to retaliate") the verb of the
second clause says its own infinitive, so the first clause is no report of B's. A clause before a plain cue
("The ceasefire will hold, the minister pledged") stays a quote. Invented sentences."""

from __future__ import annotations

import pytest

from .stage_helpers import quote_contents, quotes_runner


@pytest.fixture(scope="module")
def run(pipeline_factory):
    return quotes_runner(pipeline_factory)


@pytest.mark.parametrize("text", [
    "Norway expels two Chilean envoys, Santiago vows to hit back",
    "Valdoria shuts border crossing, neighbour pledges to reopen talks",
])
def test_a_clause_before_a_vow_to_act_is_no_quote(run, text):
    assert quote_contents(run(text)) == []


def test_a_clause_before_a_plain_pledge_stays_a_quote(run):
    assert [c for c, _ in quote_contents(run("The ceasefire around Lomevo will hold, the minister pledged."))] \
        == ["pledged"]
