"""quotes stage: a speaking pronoun keeps the topic: the subject of the sentence before, not an earlier speaker
named there only as the one acted on. Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors", "quotes")
    return lambda text: pipeline.analyse(Article(text=text))


def _last_speaker(analysis) -> str | None:
    last = max(analysis.quotes, key=lambda q: q.start)
    return next((a.name for a in analysis.actors if a.id == last.speaker), None)


@pytest.mark.parametrize("quote", [
    '"If the president does not listen, people will march again," he said.',
    '"If he does not listen, people will march again," he said.',
])
def test_he_is_the_subject_who_called_on_an_earlier_speaker(run, quote):
    text = ("President William Ruto said the government was ready to talk to protesters.\n\n"
            "Opposition leader Raila Odinga called on Ruto to withdraw the bill. " + quote)
    assert _last_speaker(run(text)) == "Raila Odinga"


def test_an_earlier_speaker_still_speaks_when_no_one_else_is_a_subject_since(run):
    text = ('Mayor Tom Brandt said the bridge would reopen. Engineers inspected it on Friday. '
            '"We are confident," he said.')
    assert _last_speaker(run(text)) == "Tom Brandt"


def test_the_apposition_closing_a_report_speaks_not_the_victims_before_it(run):
    text = ("The army carried out air strikes on a village in the north on Wednesday, killing at least 40 civilians "
            "including children, a spokesman for a local resistance group said.")
    analysis = run(text)
    quote = analysis.quotes[0]
    names = {a.id: a for a in analysis.actors}
    speaker = names[quote.speaker]
    assert "civilians" not in speaker.name
    assert any(m.text.endswith("spokesman") for m in speaker.mentions)


def test_coordinated_speakers_the_parser_ran_into_the_clause_still_report_it(run):
    text = ("Rebels seized the town of Ravel on Tuesday after two days of heavy fighting with troops and allied "
            "militias, residents and a rebel spokesman said.")
    analysis = run(text)
    assert len(analysis.quotes) == 1 and analysis.quotes[0].text.startswith("Rebels seized")
    names = {a.id: a.name for a in analysis.actors}
    assert names[analysis.quotes[0].speaker] == "residents"


def test_a_charge_read_into_the_deniers_name_reports_nothing(run):
    analysis = run("Vardania accuses Ostland of backing the rebels, a charge Ostgrad denies.")
    assert not analysis.quotes
