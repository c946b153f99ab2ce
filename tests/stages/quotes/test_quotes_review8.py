"""quotes: review of article-level attributions — "X quoted Y as saying ...", an attribution whose source is
X. Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors", "quotes")
    return lambda text: pipeline.analyse(Article(text=text))


def _speaker_name(analysis, quote):
    return next(a.name for a in analysis.actors if a.id == quote.speaker)


@pytest.mark.parametrize("text, content, speaker", [
    ("State TV quoted the harbour minister as saying the ferries would resume on Monday.",
     "the harbour minister as saying the ferries would resume on Monday", "State TV"),
    ("State media quoted a border official as saying that nine trucks had crossed.",
     "a border official as saying that nine trucks had crossed", "State media"),
    ("The governor was quoted as saying that the dam was safe.", "that the dam was safe", "governor"),
])
def test_who_quotes_someone_as_saying_is_the_source_of_an_attribution(run, text, content, speaker):
    # the relaying outlet is the source and the one quoted opens the content, as PolNeAR annotates it
    analysis = run(text)
    quote = next((q for q in analysis.quotes if q.text == content), None)
    assert quote is not None, [q.text for q in analysis.quotes]
    assert speaker in _speaker_name(analysis, quote)


def test_being_read_as_saying_is_no_report(run):
    analysis = run("The figures should not be read as saying that the new polls are worse.")
    assert not [q for q in analysis.quotes if "polls are worse" in q.text]


def test_a_quote_closed_by_a_full_stop_is_not_claimed_by_the_next_sentences_verb(run):
    analysis = run('The auditors\' office said the verdict showed that "no one is above the law." Kelvarian officials '
                   'have promised for years to fight corruption.')
    quote = next(q for q in analysis.quotes if "above the law" in q.text)
    assert "auditors" in _speaker_name(analysis, quote)
