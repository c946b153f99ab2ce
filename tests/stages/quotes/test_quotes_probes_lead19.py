"""quotes: lead probes of session 19 — a speaker set off by commas before a closing cue that has no subject in the
parse ("..., a spokeswoman for the border guard, Anna Michalska, told TVP"), hung as an apposition on a noun of the
reported clause: the apposition speaks, and the report ends before it. Invented sentences."""

from __future__ import annotations

import pytest

from ..stage_helpers import quote_contents, quotes_runner, speaker_names


@pytest.fixture(scope="module")
def run(pipeline_factory):
    return quotes_runner(pipeline_factory)


@pytest.mark.parametrize("text", [
    "Guards turned back 60 people, a spokeswoman for the coast guard, Ilse Marrow, told state radio.",
    "Guards turned back 60 people, a spokeswoman for the coast guard, Ilse Marrow, said.",
    "Guards turned back 60 people, a spokeswoman, Ilse Marrow, told state radio.",
])
def test_an_apposition_before_a_closing_cue_speaks(run, text):
    analysis = run(text)
    assert [c for _, c in quote_contents(analysis)] == ["Guards turned back 60 people"]
    assert "Marrow" in speaker_names(analysis)[0]


def test_a_closing_cue_with_its_own_subject_is_unchanged(run):
    analysis = run("Guards turned back 60 people, the agency said.")
    assert [c for _, c in quote_contents(analysis)] == ["Guards turned back 60 people"]


def test_according_to_inside_a_relative_clause_sources_that_clause_only(run):
    analysis = run("Ilse Marrow, who came third in the June vote according to official results, said that the "
                   "strikes would resume on Monday.")
    contents = quote_contents(analysis)
    assert ("according to", "who came third in the June vote") in contents
    assert ("said", "that the strikes would resume on Monday") in contents
