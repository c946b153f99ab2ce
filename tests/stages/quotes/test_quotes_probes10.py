"""quotes: probes of wire-style attribution, round 10 — a role noun of office speaking with its "of" phrase ("the
head of the navy told reporters"), and findings that are not speech: a that-less clause under a finding verb whose
subject is not a person ("the figures showed the scheme had stalled"), or under "failed to show". Invented
sentences."""

from __future__ import annotations

import pytest

from ..stage_helpers import quotes_runner, speaker_names


@pytest.fixture(scope="module")
def run(pipeline_factory):
    return quotes_runner(pipeline_factory)


# ---------------------------------------------------------------- 1. "The head of the navy told reporters"
@pytest.mark.parametrize("text, name", [
    ("The chief of the coast guard told reporters on Tuesday that the harbour would reopen.",
     "chief of the coast guard"),
    ("The head of the customs service told reporters that the new checks would start in March.",
     "head of the customs service"),
])
def test_role_noun_speaker_keeps_its_of_phrase(run, text, name):
    analysis = run(text)
    assert analysis.quotes
    assert name in speaker_names(analysis)[0].lower()


def test_role_noun_of_phrase_stops_at_a_comma(run):
    analysis = run("The chief of the coast guard, who took office in May, said the harbour would reopen.")
    assert analysis.quotes
    assert speaker_names(analysis)[0].lower().endswith("chief of the coast guard")


# ---------------------------------------------------------------- 2. findings that are not speech
@pytest.mark.parametrize("text, cue", [
    ("The province had failed to show the new levy raised any money.", "show"),
    ('The province had failed to show the levy "raised any money at all."', "show"),
    ("The figures showed the housing scheme had stalled in most districts.", "showed"),
])
def test_finding_without_speech_is_no_quote(run, text, cue):
    analysis = run(text)
    assert not [q.text for q in analysis.quotes if q.cue and q.cue.text.lower() == cue]


def test_person_finding_with_that_clause_still_reports(run):
    analysis = run("The inspector found that the dam had cracked in two places.")
    assert [q.cue.text for q in analysis.quotes] == ["found"]
