"""quotes: probes round 14 — a short quotation run into the object of "show" ("had shown 'utter disregard for
farmers'") is a phrase the reporter or author quotes, not words of whoever showed it: no quote of its own, and a
verb conjoined to "show" is the outer speaker's own act. "find" keeps its quoted object (a finding is stated).
Invented sentences."""

from __future__ import annotations

import pytest

from ..stage_helpers import quote_contents, quotes_runner, speaker_names


@pytest.fixture(scope="module")
def run(pipeline_factory):
    return quotes_runner(pipeline_factory)


# ---------------------------------------------------------------- 1. a quoted phrase shown is nobody's quote
@pytest.mark.parametrize("text", [
    'The survey showed "deep distrust of the police" among young voters in Tallerbrook.',
    'In the final, the Ostmark goalkeeper showed "nerves of steel" against the penalty takers.',
])
def test_shown_quoted_phrase_is_no_quote(run, text):
    assert quote_contents(run(text)) == []


def test_shown_quoted_phrase_inside_a_report_stays_the_reporters(run):
    text = 'The coach showed "real courage" in dropping his captain, the club\'s chairwoman Ines Vallort said.'
    analysis = run(text)
    assert [c for c, _ in quote_contents(analysis)] == ["said"]
    assert "Vallort" in speaker_names(analysis)[0]


def test_act_conjoined_to_a_shown_quoted_phrase_is_the_speakers_own(run):
    analysis = run('Senator Ruth Kallen said the governor had shown "utter disregard for farmers" and demanded his '
                   'resignation.')
    assert quote_contents(analysis) == [("said", 'the governor had shown "utter disregard for farmers"')]
    assert "Kallen" in speaker_names(analysis)[0]


def test_found_quoted_phrase_is_still_a_finding(run):
    analysis = run('The auditor found "serious failings" in the Brennic port authority\'s accounts.')
    assert [c for c, _ in quote_contents(analysis)] == ["found"]
