"""quotes: whole-record review on invented wire reports — the dateline's place never speaks the lead sentence,
a content the parser started inside the dateline starts after it, and "the commission said" is spoken by the
commission named in full earlier."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors", "quotes")
    return lambda text: pipeline.analyse(Article(text=text))


def speaker_of(analysis, cue_text: str, nth: int = 0) -> str | None:
    quotes = [q for q in analysis.quotes if q.cue is not None and q.cue.text == cue_text]
    assert len(quotes) > nth, [(q.text, q.cue) for q in analysis.quotes]
    return next((a.name for a in analysis.actors if a.id == quotes[nth].speaker), None)


def test_a_many_word_dateline_place_is_not_the_speaker_of_the_lead(run):
    analysis = run("Miner posts loss\n\nSAO PAULO, April 30 (Reuters) - Brazilian iron ore miner Tavora Minas SA "
                   "said on Tuesday it would cut 900 jobs after profit fell.")
    assert speaker_of(analysis, "said") == "Tavora Minas SA"


def test_a_content_the_parser_starts_inside_the_dateline_leaves_the_dateline_out(run):
    analysis = run("Measles outbreak declared in Uganda\n\nKAMPALA, Sept 20 (AP) - Uganda declared an outbreak of measles on Tuesday after a boy died "
                   "in the western district of Kasese, the health ministry said.")
    quote = next(q for q in analysis.quotes if q.cue is not None and q.cue.text == "said")
    assert quote.text.startswith("Uganda declared")


def test_the_commission_said_is_the_commission_named_in_full_before(run):
    analysis = run("The Varnish Electoral Commission said on Monday that the ruling party had lost. "
                   "Turnout was 61 percent, the commission said.")
    assert speaker_of(analysis, "said", 1) == "Varnish Electoral Commission"


def test_the_bloc_said_is_the_one_intergovernmental_body_named_before(run):
    analysis = run("The European Union imposed sanctions on 17 Varnian officials on Thursday. The measures freeze "
                   "their assets, the bloc said in a statement.")
    assert speaker_of(analysis, "said") == "European Union"
