"""quotes.v1 speakers: gendered role nouns, sourced counts as documents, partial quotes after "warn of"."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors", "quotes")

    def analyse(text: str):
        return pipeline.analyse(Article(text=text))

    return analyse


def _speaker_name(analysis, quote):
    return next((a.name for a in analysis.actors if a.id == quote.speaker), None)


def test_she_skips_a_spokesman_for_a_woman_named_earlier(run):
    text = ('The agency said the bridge would stay shut. "Repairs will take weeks," a transport spokesman told '
            'reporters. Residents later met Helen Marsh on Friday. "Nobody asked us," she said.')
    analysis = run(text)
    last = max(analysis.quotes, key=lambda q: q.start)
    assert last.text.startswith('"Nobody')
    assert _speaker_name(analysis, last) == "Helen Marsh"


def test_he_skips_a_spokeswoman_for_a_man_named_earlier(run):
    text = ('Councillors met Peter Holt on Monday. "The budget is fine," a council spokeswoman told reporters. '
            'Holt left early. "I was never consulted," he said.')
    analysis = run(text)
    last = max(analysis.quotes, key=lambda q: q.start)
    assert _speaker_name(analysis, last) == "Peter Holt"


@pytest.mark.parametrize("phrase", ["figures from the interior ministry", "statistics released by the interior ministry",
                                    "numbers published by the interior ministry"])
def test_sourced_counts_speak_for_their_source(run, phrase):
    text = f"Road deaths fell by a tenth last year, according to {phrase}."
    analysis = run(text)
    assert len(analysis.quotes) == 1
    name = _speaker_name(analysis, analysis.quotes[0])
    assert name is not None and "ministry" in name.lower()


def test_figures_of_a_party_are_not_a_document(run):
    text = "Leading figures in the coalition said the budget vote should be delayed."
    analysis = run(text)
    assert len(analysis.quotes) == 1
    speaker = next(a for a in analysis.actors if a.id == analysis.quotes[0].speaker)
    assert speaker.description != "document"


@pytest.mark.parametrize("text, words", [
    ('The finance minister warned of "severe consequences" if the strike went on.', '"severe consequences"'),
    ('The union leader called for "an independent review" of the closures.', '"an independent review"'),
    ('Ms Okoro spoke of "a broken promise" at the rally.', '"a broken promise"'),
])
def test_quoted_object_of_warn_of_is_the_subjects_quote(run, text, words):
    analysis = run(text)
    quote = next((q for q in analysis.quotes if q.text == words), None)
    assert quote is not None, [q.text for q in analysis.quotes]
    assert quote.kind == "direct"
    assert _speaker_name(analysis, quote) is not None


def test_quotation_inside_a_larger_object_stays_unattributed(run):
    analysis = run('Observers warned of the "chaos" ahead of the vote.')
    assert analysis.quotes == []


def test_participle_calling_for_a_quotation_has_no_speaker_of_its_own(run):
    analysis = run('The draft kept a clause calling for "closer cooperation" with neighbours.')
    assert not any(q.text == '"closer cooperation"' for q in analysis.quotes)
