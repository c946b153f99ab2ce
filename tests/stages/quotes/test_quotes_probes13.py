"""quotes: probes round 13 — a reporting verb's plain noun-phrase object ("announced new measures"). Done, it is
what was reported, negated too ("has not announced any aid": what the speaker left out, as attribution corpora mark
it); not yet done — under a modal or as the infinitive of a verb of wanting, planning, asking or permitting — it
reports nothing. Invented sentences."""

from __future__ import annotations

import pytest

from ..stage_helpers import quote_contents, quotes_runner


@pytest.fixture(scope="module")
def run(pipeline_factory):
    return quotes_runner(pipeline_factory)


# ---------------------------------------------------------------- 1. an announcement not yet made
@pytest.mark.parametrize("text", [
    "The interior minister urged the governor not to announce the new curfew.",
    "The mayor plans to announce her candidacy next week.",
    "Port officials were not authorized to announce the decision.",
    "The dockers' union is expected to announce a strike on Friday.",
    "The council should not announce the results before the audit.",
    "The ministry will announce new measures on Monday.",
    "The league won't announce the fixtures until the stadium is repaired.",
    "The opposition party is set to announce its candidate for the capital.",
])
def test_object_of_an_announcement_not_yet_made_is_no_quote(run, text):
    assert quote_contents(run(text)) == []


# ---------------------------------------------------------------- 2. an announcement made, or withheld
@pytest.mark.parametrize("text, content", [
    ("China offered condolences but has not announced any assistance.", "any assistance"),
    ("The rebels have not announced any ceasefire.", "any ceasefire"),
    ("The board has not yet announced a successor.", "a successor"),
    ("The ministry announced new measures on Monday.", "new measures on Monday"),
    ("The scandal led the chairwoman to announce her resignation.", "her resignation"),
])
def test_object_of_an_announcement_made_or_withheld_is_reported(run, text, content):
    assert quote_contents(run(text)) == [(text.split(content)[0].split()[-1], content)]


def test_announcement_to_come_inside_a_report_is_only_part_of_that_report(run):
    # the coach's report stands; the club's announcement to come is no quote of its own
    analysis = run("The coach said on Sunday that the club will announce a new captain.")
    assert [c for c, _ in quote_contents(analysis)] == ["said"]
