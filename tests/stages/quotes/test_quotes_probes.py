"""quotes: probes of attribution shapes news wires use — two speakers set against each other in one sentence,
relayed words ("quoted X as saying"), scare-quoted words, partial quotes, headline attributions and reports
that speak for their owner. Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import quote_speaker_name


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors", "quotes")
    return lambda text, title=None: pipeline.analyse(Article(text=text, title=title))


def _quote_with(analysis, words):
    found = next((q for q in analysis.quotes if words in q.text), None)
    assert found is not None, [q.text for q in analysis.quotes]
    return found


@pytest.mark.parametrize("text, first, second, speaker, cue", [
    ("The harbour master said the pier had been repaired, while the fishermen insist it still leaks.",
     "the pier had been repaired", "it still leaks", "fishermen", "insist"),
    ("The coach said the match had been fixed, whereas the league claims the referee made an honest mistake.",
     "the match had been fixed", "the referee made an honest mistake", "league", "claims"),
    ("The mayor said the tunnel would open in spring, although engineers warned that the drilling could "
     "take two more years.",
     "the tunnel would open in spring", "the drilling could take two more years", "engineers", "warned"),
])
def test_a_contrasting_second_report_ends_the_first_content_and_has_its_own_speaker(run, text, first, second,
                                                                                    speaker, cue):
    analysis = run(text)
    opening = _quote_with(analysis, first)
    assert opening.text.rstrip(",. ") == first
    closing = _quote_with(analysis, second)
    assert speaker in quote_speaker_name(analysis, closing)
    assert closing.cue is not None and closing.cue.text == cue


def test_a_contrast_clause_without_a_reporting_verb_stays_in_the_content(run):
    # "while" opening a plain clause is part of what was said
    analysis = run("The mayor said the tunnel would open in spring, while the old bridge would close for repairs.")
    assert "old bridge would close" in _quote_with(analysis, "tunnel would open").text


@pytest.mark.parametrize("text, words, speaker, cue", [
    # the one quoted opens the content (PolNeAR's convention), so the relaying verb alone is the cue
    ("The state radio quoted the district commander as saying the garrison had withdrawn overnight.",
     "the garrison had withdrawn", "state radio", "quoted"),
    ("A local daily cited the port director as saying: \"No ship has left since Tuesday.\"",
     "No ship has left", "daily", "cited the port director as saying"),
    ("The treasurer was quoted as saying that the fund was empty.", "the fund was empty", "treasurer",
     "quoted as saying"),
])
def test_relayed_words_are_cued_by_the_relaying_verb_and_spoken_by_the_relaying_source(run, text, words, speaker,
                                                                                        cue):
    analysis = run(text)
    quote = _quote_with(analysis, words)
    assert speaker in quote_speaker_name(analysis, quote)
    assert quote.cue is not None and quote.cue.text == cue


@pytest.fixture(scope="module")
def run_events(pipeline_factory):
    pipeline = pipeline_factory("actors", "places", "times", "quotes", "events")
    return lambda text: pipeline.analyse(Article(text=text, published="2024-03-01"))


@pytest.mark.parametrize("text, trigger, actor", [
    ("Rebels 'liberated' the town of Kesh on Sunday.", "liberated", "Rebels"),
    ("Insurgents 'seized' two villages on Friday.", "seized", "Insurgents"),
])
def test_a_scare_quoted_verb_is_no_quote_and_still_codes_its_event_with_its_subject(run_events, text, trigger,
                                                                                    actor):
    analysis = run_events(text)
    assert not analysis.quotes  # one quoted word, no speaker: a scare quote
    event = next((e for e in analysis.events if e.trigger.text == trigger), None)
    assert event is not None, [(e.type, e.trigger.text) for e in analysis.events]
    names = {a.id: a.name for a in analysis.actors}
    assert any(actor in names[i] for i in event.actors)


@pytest.mark.parametrize("title, body, claim, source", [
    ("Bandits kill 9 herders near the lake: army", "Bandits on horseback killed nine herders on Tuesday.",
     "Bandits kill 9 herders near the lake", "army"),
    ("Cholera cases could double by spring: WHO", "Clinics in the south are full.",
     "Cholera cases could double by spring", "WHO"),
])
def test_a_headline_ending_in_a_colon_and_a_source_attributes_its_claim_to_it(run, title, body, claim, source):
    analysis = run(title + "\n\n" + body, title)
    quote = _quote_with(analysis, claim)
    assert quote.text == claim and quote.cue is None
    speaker = next(a for a in analysis.actors if a.id == quote.speaker)
    assert any(source in m.text for m in speaker.mentions)


@pytest.mark.parametrize("title", [
    "Flood season: what we know so far",  # the part after the colon is a clause, not a source
    "The long road home: a refugee family's story",  # no verb before the colon: a label, not a claim
])
def test_a_headline_colon_before_no_source_is_no_attribution(run, title):
    analysis = run(title + "\n\nThe river rose again on Monday.", title)
    assert not [q for q in analysis.quotes if q.start < len(title)]


def test_a_headline_source_is_the_source_of_the_headline_event(run_events):
    title = "Bandits kill 9 herders near the lake: army"
    analysis = run_events(title + "\n\nBandits on horseback killed nine herders on Tuesday.")
    event = next(e for e in analysis.events if e.trigger.text == "kill")
    assert event.source is not None
    assert next(a for a in analysis.actors if a.id == event.source).name.lower().endswith("army")


@pytest.mark.parametrize("text, owner", [
    ("At least 60 homes were burned, according to data from the interior ministry.", "interior ministry"),
    ("Nine journalists were detained last year, according to a tally by the Varan Press Union.", "Varan Press Union"),
    ("Some 5,000 families fled the valley, according to a UN report.", "United Nations"),
])
def test_according_to_a_report_or_count_speaks_for_its_owner(run, text, owner):
    analysis = run(text)
    quote = next(q for q in analysis.quotes if q.cue is not None and q.cue.text == "according to")
    assert quote_speaker_name(analysis, quote) == owner


@pytest.mark.parametrize("text, words, speaker", [
    ("Harbour chief Lena Vos toured the docks on Monday. She described the blockade as 'an act of piracy'.",
     "an act of piracy", "Lena Vos"),
    ("The interior minister called the ambush 'a cowardly crime' and promised an inquiry.",
     "a cowardly crime", "interior minister"),
])
def test_a_partial_quote_inside_reported_speech_is_the_sentences_speakers(run, text, words, speaker):
    # a pin: the quoted phrase is part of the reported content and no quote of its own with another speaker
    analysis = run(text)
    holding = [q for q in analysis.quotes if words in q.text]
    assert holding and all(speaker in (quote_speaker_name(analysis, q) or "") for q in holding)
