"""quotes: probes of wire-style attribution, round 4 — a quote over several paragraphs whose last paragraph
alone names the speaker ('"...\\n\\n"...," said X.'), a reported clause after a speech setting that carries a
relative clause of its own ("said in a statement that was posted online that ..."), a reported clause without
"that" the parser hung on the setting noun ("told reporters at a briefing the border would reopen"), a
reported subject the parser read as a relative clause on the addressee ("told residents that help was ..."),
and an office speaking for its owner ("the president's office said").
Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import quote_speaker_name


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors", "quotes")
    return lambda text: pipeline.analyse(Article(text=text))


def _contents(analysis):
    return [q.text for q in analysis.quotes]


@pytest.mark.parametrize("text, speaker", [
    ('The town council met late into the night.\n\n'
     '"We have argued about this road for ten years. Nobody wants another delay.\n\n'
     '"The money is finally there and the work starts in May," said Mayor Olga Brandt.',
     "Olga Brandt"),
    ('Farmers blocked the highway for a second day.\n\n'
     '"Fuel costs have doubled since spring.\n\n'
     '"Our margins have vanished. We cannot sow at these prices," union leader Piet Hals said.',
     "Piet Hals"),
    ('Rescue teams searched the hillside.\n\n'
     '\u201cThe slope gave way in seconds.\n\n'
     '\u201cWe heard a roar and then the houses were gone.\n\n'
     '\u201cMy neighbours are still missing,\u201d said resident Tomas Veer.',
     "Tomas Veer"),
])
def test_every_paragraph_of_a_run_speaks_as_its_last(run, text, speaker):
    analysis = run(text)
    quotes = [q for q in analysis.quotes if q.kind == "direct"]
    assert len(quotes) >= 2, _contents(analysis)
    for quote in quotes:
        assert speaker in (quote_speaker_name(analysis, quote) or ""), (quote.text, quote_speaker_name(analysis, quote))



def test_a_run_closed_by_a_new_named_speaker_is_not_the_previous_speaker_going_on(run):
    analysis = run('Two officials spoke after the vote.\n\n"The result is a disgrace," said Mayor Hugo Lind.\n\n'
                   '"We fought for this law for years. It protects the poorest families.\n\n'
                   '"Today we finally delivered it," said Senator Carla Moretti.')
    speakers = {q.text.strip('"').split()[0]: quote_speaker_name(analysis, q) for q in analysis.quotes}
    assert speakers == {"The": "Hugo Lind", "We": "Carla Moretti", "Today": "Carla Moretti"}, speakers

@pytest.mark.parametrize("text, content, speaker", [
    ("The foreign minister said in a statement that was posted online that the talks had failed.",
     "that the talks had failed", "foreign minister"),
    ("The ministry said in a statement released late on Friday that two soldiers had been wounded.",
     "that two soldiers had been wounded", "ministry"),
    ("The rebels said in a message posted on social media that they had captured the town.",
     "that they had captured the town", "rebels"),
])
def test_clause_after_a_qualified_setting_is_the_content(run, text, content, speaker):
    analysis = run(text)
    assert _contents(analysis) == [content]
    assert speaker in quote_speaker_name(analysis, analysis.quotes[0])


@pytest.mark.parametrize("text, content, speaker", [
    ("The spokesman told reporters at a briefing the border would reopen.", "the border would reopen",
     "spokesman"),
    ("Colonel Ines Marr said at a news conference the convoy had been ambushed.",
     "the convoy had been ambushed", "Ines Marr"),
])
def test_clause_without_that_after_a_setting_is_the_content(run, text, content, speaker):
    analysis = run(text)
    assert _contents(analysis) == [content]
    assert speaker in quote_speaker_name(analysis, analysis.quotes[0])


@pytest.mark.parametrize("text", [
    "The minister spoke at a briefing that officials had organised.",
    "The envoy arrived for a meeting that the rebels had requested.",
    "The preacher elaborated on the message he believed the crowd was waiting for.",
])
def test_true_relative_clause_on_a_setting_reports_nothing(run, text):
    assert run(text).quotes == []


def test_reported_subject_misread_as_a_relative_clause_stays_in_the_content(run):
    analysis = run("Governor Ruth Amos toured the flooded district.\n\nShe told residents that help was on the way.")
    assert _contents(analysis) == ["that help was on the way"]
    assert "Ruth Amos" in quote_speaker_name(analysis, analysis.quotes[0])


@pytest.mark.parametrize("text, owner", [
    ("The parliament voted on Tuesday.\n\nThe parliament's press service said the session would resume.",
     "parliament"),
    ("President Ana Ruiz flew to the coast on Monday.\n\nThe president's office said the visit would last two days.",
     "Ana Ruiz"),
])
def test_an_office_speaks_as_its_owner_when_the_text_knows_it(run, text, owner):
    analysis = run(text)
    assert len(analysis.quotes) == 1
    assert quote_speaker_name(analysis, analysis.quotes[0]) == owner


def test_an_office_with_an_unknown_owner_speaks_as_written(run):
    analysis = run("The president's office said the visit would last two days.")
    assert quote_speaker_name(analysis, analysis.quotes[0]) == "president's office"
