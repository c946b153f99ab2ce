"""quotes: defects seen in real articles' records — a partitive speaker ("one of the experts said") coded as the
number, a dateline run into the reported content after a headline's full stop, and a sentence-final source whose
cue the tagger read as a noun ("..., the news agency reports."). Hand-built inputs."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.stages.quotes import _without_dateline


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors", "quotes")
    return lambda text: pipeline.analyse(Article(text=text))


@pytest.mark.parametrize("text, group", [
    ("The bridge was closed for repairs. Engineers inspected it for a week, and one of the engineers said the "
     "cables had rusted.", "engineers"),
    ("Farmers blocked the highway on Monday. Two of the union's regional leaders said the protest would go on.",
     "leaders"),
    ("Several of the striking nurses told reporters that wards were understaffed.", "nurses"),
])
def test_partitive_speaker_is_the_group_not_the_number(run, text, group):
    analysis = run(text)
    assert analysis.quotes, "the reported clause is found"
    quote = analysis.quotes[0]
    speaker = next(a for a in analysis.actors if a.id == quote.speaker)
    assert group in speaker.name.lower()
    assert speaker.name.lower() not in ("one", "two", "several")


def test_plain_numeral_subject_without_of_is_left_alone(run):
    analysis = run("Three witnesses said the car did not stop.")
    quote = analysis.quotes[0]
    speaker = next(a for a in analysis.actors if a.id == quote.speaker)
    assert "witnesses" in speaker.name.lower()


def test_dateline_after_a_headline_stop_is_not_reported_content():
    text = "Talks Stall Over Border Fees. GENEVA — The trade envoys said no deal was near."
    start = text.index("GENEVA")
    end = text.index(" no deal")
    assert _without_dateline(text, [(start, end)]) == [(text.index("The trade"), end)]


def test_capitalised_first_word_without_a_dash_is_kept():
    text = "Talks Stall Over Border Fees. NATO allies said no deal was near."
    start = text.index("NATO")
    assert _without_dateline(text, [(start, len(text))]) == [(start, len(text))]


def test_headline_dateline_is_dropped_in_a_full_record(run):
    analysis = run("Envoys Doubt Border Deal. GENEVA — Hopes for a border deal are fading, two senior envoys said "
                   "on Friday.")
    assert analysis.quotes
    assert all("GENEVA" not in q.text for q in analysis.quotes)


@pytest.mark.parametrize("text, content, source", [
    ("Rebels shelled the port city overnight, the Kenyan news agency reports.",
     "Rebels shelled the port city overnight", "news agency"),
    ("Floodwater cut the main road to the airport, state television says.",
     "Floodwater cut the main road to the airport", "television"),
])
def test_sentence_final_source_with_a_cue_read_as_a_noun(run, text, content, source):
    # the tagger reads "reports"/"says" after "the ... agency" as a plural noun heading the phrase
    analysis = run(text)
    quote = next(q for q in analysis.quotes if q.text == content)
    speaker = next(a for a in analysis.actors if a.id == quote.speaker)
    assert source in speaker.name.lower()


@pytest.mark.parametrize("text", [
    "The mayor read the inspection reports.",
    "The ministry published two damning reports, the second of several annual reports.",
])
def test_plural_noun_reports_is_no_cue(run, text):
    assert not run(text).quotes


def test_partitive_speaker_named_in_apposition_is_that_person(run):
    analysis = run("Two fishermen stood by the dock. One of the fishermen, Tomas Varga, 61, said the river had "
                   "never been so low.")
    quote = analysis.quotes[0]
    speaker = next(a for a in analysis.actors if a.id == quote.speaker)
    assert "Varga" in speaker.name
