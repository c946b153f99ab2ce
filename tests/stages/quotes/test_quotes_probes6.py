"""quotes: probes of wire-style attribution, round 6 — recordings that show words rather than say them
('"...," the footage showed'), a described speaker with the name it goes by ("the commander, known as NAME,
said"), a closing relay the parser hung on the reported clause ("The governor said ..., the regional broadcaster
reported"; "Police said ..., according to the agency") and a closing report whose clause the parser did not give
to its verb ("Talks on a truce stalled over the swap, two officials said").
Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.stages.quotes.extract import Attribution, _drop_nested_reports

from ..stage_helpers import quote_speaker_name


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors", "quotes")
    return lambda text: pipeline.analyse(Article(text=text))


# ---------------------------------------------------------------- 2. recordings show words, they do not say them
@pytest.mark.parametrize("text, speaker", [
    ('"Move back now," the footage showed a soldier telling residents near the checkpoint.', "soldier"),
    ('"We will not leave until the vote is recounted," a video posted online showed a man shouting at police.',
     "man"),
])
def test_recording_shows_the_person_who_speaks(run, text, speaker):
    analysis = run(text)
    assert len(analysis.quotes) == 1
    assert speaker in (quote_speaker_name(analysis, analysis.quotes[0]) or "")


@pytest.mark.parametrize("text", [
    'Police fired tear gas at the crowd. "Go home," the video showed, as officers pushed people back.',
    'Rescuers dug through the night. "Keep digging, keep digging," the footage showed.',
])
def test_recording_is_no_speaker(run, text):
    analysis = run(text)
    names = {a.id: a.name for a in analysis.actors}
    for quote in analysis.quotes:
        assert names.get(quote.speaker, "") not in ("video", "footage")


# ---------------------------------------------------------------- 3. "known as NAME": the named person speaks
@pytest.mark.parametrize("text, speaker", [
    ('"We will hold the bridge until the last man," said the rebel commander, known as Abu Karim, on Tuesday.',
     "Abu Karim"),
    ("The commander, known as Abu Karim, said his fighters would not withdraw from the valley.", "Abu Karim"),
    ('"The fence was cut overnight," a farmer named John Mwangi said.', "John Mwangi"),
])
def test_speaker_known_as_a_name_is_that_person(run, text, speaker):
    analysis = run(text)
    assert len(analysis.quotes) == 1
    assert quote_speaker_name(analysis, analysis.quotes[0]) == speaker


# ---------------------------------------------------------------- 4. "X said A, the broadcaster reported"
@pytest.mark.parametrize("text, speaker, content", [
    ("The governor said three villages had been cut off by the floods, the regional broadcaster reported.",
     "governor", "three villages had been cut off by the floods"),
    ("The health minister said the clinic would reopen next week, the local newspaper reported.",
     "health minister", "the clinic would reopen next week"),
])
def test_closing_relay_is_no_part_of_the_first_speakers_content(run, text, speaker, content):
    analysis = run(text)
    by_text = {q.text: quote_speaker_name(analysis, q) or "" for q in analysis.quotes}
    assert speaker in by_text.get(content, ""), by_text
    assert all("reported" not in t for t in by_text), by_text


@pytest.mark.parametrize("text, source", [
    ("Police said two suspects had been detained near the border, according to the state news agency.", "agency"),
    ("Rangers said the fire had been contained on the eastern ridge, according to the park service.", "service"),
])
def test_report_and_closing_according_to_keep_the_outer_report(run, text, source):
    # each report holds the other's cue; the one holding the first speaker too is the outer report and stays
    analysis = run(text)
    assert analysis.quotes, text
    outer = analysis.quotes[0]
    assert outer.text == text.split(", according")[0]
    assert source in (quote_speaker_name(analysis, outer) or "")


# ---------------------------------------------------------------- 5. a closing report the parser cut off
@pytest.mark.parametrize("text, content, speaker", [
    ("Talks on a truce stalled over the prisoner swap, two officials said.",
     "Talks on a truce stalled over the prisoner swap", "officials"),
    ("The opposition leader was taken from his car by masked officers, party spokeswoman Ana Kovac told "
     "Reuters by phone.", "The opposition leader was taken from his car by masked officers", "Ana Kovac"),
])
def test_closing_report_takes_the_clause_before_its_comma(run, text, content, speaker):
    analysis = run(text)
    found = [q for q in analysis.quotes if q.text == content]
    assert found, [q.text for q in analysis.quotes]
    assert speaker in (quote_speaker_name(analysis, found[0]) or "")


@pytest.mark.parametrize("text", [
    "When the storm reached the coast, the mayor warned.",
    "Asked about the plan, the senator said.",
])
def test_setting_before_a_closing_cue_is_no_content(run, text):
    assert not run(text).quotes


def _report(text: str, content: str, cue: str) -> Attribution:
    start = text.index(content)
    at = text.index(cue)
    return Attribution([(start, start + len(content))], "indirect", (at, at + len(cue)), None)


def test_mutually_nested_reports_keep_the_one_starting_first():
    text = "Rangers said the fire was contained, according to the park service."
    inner = _report(text, "the fire was contained, according to the park service", "said")
    outer = _report(text, "Rangers said the fire was contained", "according to")
    assert _drop_nested_reports([inner, outer], text) == [outer]


def test_closing_source_after_a_relative_clause_is_not_the_outer_report():
    # "according to" after a relative clause set off by commas sources that clause, not the sentence's report
    text = "The club said it signed a coach, who won two titles, according to a radio station."
    inner = _report(text, "it signed a coach, who won two titles, according to a radio station", "said")
    outer = _report(text, "The club said it signed a coach, who won two titles", "according to")
    assert _drop_nested_reports([inner, outer], text) == []
