"""quotes: probes of wire-style attribution — a reporting participle closing a reported clause ("..., adding
that ..."), a cue's content after a speech-event phrase the parser read as a relative clause ("said in a
briefing that ..."), words relayed before "X quoted Y as saying", a report relayed by a second source ("..., an
official said, the agency reported"), an unnamed spokesman for a named body, a closing remark on how a claim was
made ("..., without providing evidence"), and the source of events in reported and authorial prose. Invented
sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import quote_speaker_name


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors", "quotes")
    return lambda text: pipeline.analyse(Article(text=text))


def _contents(analysis):
    return [(q.text, q.cue.text if q.cue else None) for q in analysis.quotes]


@pytest.mark.parametrize("text, first, cue, second", [
    ("Prime Minister Ruta Kalnins said the truce was holding, adding that relief trucks had reached the town.",
     "the truce was holding", "adding", "that relief trucks had reached the town"),
    ("The commander said the offensive was going well, adding that his troops had taken two hills.",
     "the offensive was going well", "adding", "that his troops had taken two hills"),
])
def test_closing_reporting_participle_is_its_own_attribution(run, text, first, cue, second):
    analysis = run(text)
    contents = _contents(analysis)
    assert (second, cue) in contents
    assert any(c == first for c, _ in contents), contents
    for quote in analysis.quotes:
        assert quote_speaker_name(analysis, quote) is not None


@pytest.mark.parametrize("text, content, speaker", [
    ("Maria Lind said in a briefing that both sides had violated the truce.",
     "that both sides had violated the truce", "Maria Lind"),
    ("The president wrote in a letter that the country had met its obligations.",
     "that the country had met its obligations", "president"),
])
def test_clause_after_a_speech_setting_is_the_content(run, text, content, speaker):
    analysis = run(text)
    assert [c for c, _ in _contents(analysis)] == [content]
    assert speaker in quote_speaker_name(analysis, analysis.quotes[0])


def test_true_relative_clause_after_a_setting_reports_nothing(run):
    assert run("The minister spoke at a meeting that officials had organised.").quotes == []


@pytest.mark.parametrize("text, content, relayer", [
    ("The rebels had taken control of the dam, the official news agency quoted a military source as saying.",
     "The rebels had taken control of the dam", "official news agency"),
    ("Troops would stay in the valley, state radio quoted the defence minister as saying.",
     "Troops would stay in the valley", "state radio"),
])
def test_words_relayed_before_quoted_as_saying(run, text, content, relayer):
    analysis = run(text)
    assert [c for c, _ in _contents(analysis)] == [content]
    assert relayer in quote_speaker_name(analysis, analysis.quotes[0]).lower()


@pytest.mark.parametrize("text, claim, first, second", [
    ("Militants had seized three hamlets, a district official said, the news agency reported.",
     "Militants had seized three hamlets", "district official", "news agency"),
    ("The blast destroyed a fuel depot, army spokesman Col. Anatol Ruso said, according to the Lumen news agency.",
     "The blast destroyed a fuel depot", "Anatol Ruso", "Lumen"),
    ("Gunmen abducted a teacher near the lake, church officials said on Friday, the Vesper news agency reported.",
     "Gunmen abducted a teacher near the lake", "church officials", "Vesper"),
])
def test_report_relayed_by_a_second_source_keeps_both_speakers(run, text, claim, first, second):
    analysis = run(text)
    by_text = {q.text: quote_speaker_name(analysis, q) for q in analysis.quotes}
    assert first in (by_text.get(claim) or ""), by_text
    relayed = [q for q in analysis.quotes if q.text.startswith(claim + ",")]
    assert len(relayed) == 1 and second in quote_speaker_name(analysis, relayed[0]), by_text


def test_two_commas_without_two_reports_are_no_relayed_report(run):
    analysis = run("The plan, the mayor said, is dead, officials said.")
    assert len(analysis.quotes) == 1


@pytest.fixture(scope="module")
def run_events(pipeline_factory):
    pipeline = pipeline_factory("actors", "places", "times", "quotes", "events")
    return lambda text: pipeline.analyse(Article(text=text, published="2024-03-01"))


def test_event_of_a_relayed_report_is_sourced_to_its_first_speaker(run_events):
    analysis = run_events("Militants had seized three hamlets, a district official said, the news agency reported.")
    event = next(e for e in analysis.events if e.trigger.text.startswith("seized"))
    assert event.source is not None
    assert next(a for a in analysis.actors if a.id == event.source).name.lower().endswith("district official")


def test_event_in_the_authors_own_prose_has_no_source(run_events):
    analysis = run_events("Police fired tear gas at marchers outside the court on Monday.")
    assert analysis.events and all(e.source is None for e in analysis.events)


@pytest.mark.parametrize("text, body", [
    ("A spokesman for the interior ministry said the border post had been closed.", "interior ministry"),
    ('"We reject these claims," a spokeswoman for the United Nations said.', "United Nations"),
])
def test_unnamed_spokesman_for_a_body_speaks_as_the_body(run, text, body):
    analysis = run(text)
    assert len(analysis.quotes) == 1
    assert quote_speaker_name(analysis, analysis.quotes[0]) == body


def test_named_spokesman_for_a_body_speaks_himself(run):
    analysis = run("A spokesman for the interior ministry, Tarek Amini, said the border post had been closed.")
    assert quote_speaker_name(analysis, analysis.quotes[0]) == "Tarek Amini"


@pytest.mark.parametrize("text, content", [
    ("The navy said its ships had sunk four smuggling boats, without providing evidence.",
     "its ships had sunk four smuggling boats"),
    ("Customs officers said two lorries were seized at the port, without elaborating.",
     "two lorries were seized at the port"),
])
def test_closing_remark_on_how_it_was_said_is_not_content(run, text, content):
    assert [c for c, _ in _contents(run(text))] == [content]


def test_closing_without_phrase_of_the_claim_stays(run):
    analysis = run("The mediator said the talks would resume, without preconditions.")
    assert [c for c, _ in _contents(analysis)] == ["the talks would resume, without preconditions"]


def test_closing_participle_on_a_coordinated_reported_verb_speaks_as_the_first_speaker(run):
    analysis = run("Lena Ostrova said her father has been a champion of farmers in his region and would do the same "
                   "as governor, saying that he supports fair prices for grain.")
    saying = next(q for q in analysis.quotes if q.cue and q.cue.text == "saying")
    assert saying.text == "that he supports fair prices for grain"
    assert quote_speaker_name(analysis, saying) == "Lena Ostrova"


def test_it_speaks_as_the_singular_body_not_a_plural_noun_before_it(run):
    analysis = run("The Norvik news agency said militiamen had crossed the river. It quoted a border guard as saying "
                   "the ferry had been sunk.")
    relayed = next(q for q in analysis.quotes if "ferry" in q.text)
    assert "agency" in quote_speaker_name(analysis, relayed)


@pytest.mark.parametrize("text, content", [
    ("The union alleged that the ballot had been rigged, a charge the election board denied.",
     "that the ballot had been rigged"),
    ("The farmers said the dam had dried up the river, a claim that the water authority disputed.",
     "the dam had dried up the river"),
])
def test_closing_summary_of_the_claim_is_the_authors(run, text, content):
    assert [c for c, _ in _contents(run(text))] == [content]


def test_claim_noun_inside_the_claim_stays(run):
    analysis = run("The mayor said the report was an accurate account of what happened.")
    assert [c for c, _ in _contents(analysis)] == ["the report was an accurate account of what happened"]


def test_occasion_of_the_saying_before_the_clause_is_the_cues(run):
    analysis = run("The transport ministry said in a statement it was reviewing the crash.")
    assert [c for c, _ in _contents(analysis)] == ["it was reviewing the crash"]


def test_closing_citing_phrase_is_no_content(run):
    analysis = run("The Daily Lantern reported that the central bank would cut rates, citing two people familiar with "
                   "the plan.")
    assert [c for c, _ in _contents(analysis)] == ["that the central bank would cut rates"]


@pytest.mark.parametrize("text, first, second, second_speaker", [
    ("Troops shot dead two miners, a rights group said, while police said officers had fired in self-defence.",
     "Troops shot dead two miners", "officers had fired in self-defence", "police"),
    ("Raiders burned the granary, the army said, but the clan insisted its men had only defended the village.",
     "Raiders burned the granary", "its men had only defended the village", "clan"),
])
def test_contrasting_report_after_an_inserted_cue_is_its_own(run, text, first, second, second_speaker):
    analysis = run(text)
    by_text = {q.text: quote_speaker_name(analysis, q) for q in analysis.quotes}
    assert first in by_text and second in by_text, by_text
    assert second_speaker in by_text[second]
