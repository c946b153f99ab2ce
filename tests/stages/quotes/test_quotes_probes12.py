"""quotes: probes of wire-style attribution, round 12 — a closing "according to X" after a report with its own
speaker and a second clause of the author's ("The army said A, while B, according to X": X sources B only).
Invented sentences."""

from __future__ import annotations

import pytest

from ..stage_helpers import quote_contents, quotes_runner, speaker_names


@pytest.fixture(scope="module")
def run(pipeline_factory):
    return quotes_runner(pipeline_factory)


# ---------------------------------------------------------------- 1. two speakers in one sentence
@pytest.mark.parametrize("text, first, second, speakers", [
    ("The coast guard said it had rescued 120 migrants off the island overnight, while a second boat capsized "
     "near the harbour, leaving 12 people missing, according to a local charity.",
     "it had rescued 120 migrants off the island overnight",
     "a second boat capsized near the harbour, leaving 12 people missing", ("coast guard", "charity")),
    ("Ethiopia's federal police said on Tuesday they had arrested 40 suspects after a week of raids, while gunmen "
     "torched a village school, wounding at least nine pupils, according to a regional health official.",
     "they had arrested 40 suspects after a week of raids",
     "gunmen torched a village school, wounding at least nine pupils", ("police", "health official")),
    ("The ministry said on Friday it had repaired the main pipeline, but water shortages persisted in three "
     "districts, according to a residents' committee.",
     "it had repaired the main pipeline", "water shortages persisted in three districts",
     ("ministry", "committee")),
])
def test_closing_according_to_sources_only_the_clause_it_closes(run, text, first, second, speakers):
    analysis = run(text)
    assert quote_contents(analysis) == [("said", first), ("according to", second)]
    names = [n.lower() for n in speaker_names(analysis)]
    assert speakers[0] in names[0] and speakers[1] in names[1]


@pytest.mark.parametrize("text", [
    "Police said the suspect had fled the scene before dawn, according to a statement.",
    "Officials added that the road would reopen on Monday, according to the transport ministry.",
])
def test_closing_according_to_after_a_lone_report_still_covers_it(run, text):
    analysis = run(text)
    assert [c for c, _ in quote_contents(analysis)] == ["according to"]
    assert analysis.quotes[0].start == 0


def test_closing_clause_with_its_own_reporting_verb_is_not_split_off(run):
    analysis = run("Farmers said the river had flooded their fields, while officials insisted the dam was safe, "
                   "according to the regional paper.")
    assert not any(c == "according to" and content.startswith("officials insisted")
                   for c, content in quote_contents(analysis))


# ------------------------------------------------------ 4. a name given after a description with an "of" phrase
@pytest.mark.parametrize("text, name", [
    ('"There is no bread left in the shops," said a mother of two, who gave only her first name, Leila.', "Leila"),
    ('"We walked for three days," said a father of three who gave only his first name, Omar.', "Omar"),
    ('"The clinic has closed," said a resident of the camp, who gave only his first name, Yusuf.', "Yusuf"),
    ("A grandmother of six, who gave only her first name, Rosa, said the bus had not come for a week.", "Rosa"),
])
def test_name_given_after_a_description_with_an_of_phrase(run, text, name):
    analysis = run(text)
    assert len(analysis.quotes) == 1
    assert speaker_names(analysis)[0] == name
