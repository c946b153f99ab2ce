"""quotes: probes of wire-style attribution, round 11 — rulings reported like statements ("the judge ruled that
..."), a document's finding without "that" ("the audit found the agency had overspent"), and a pronoun speaker
after a subject named in apposition ("Her neighbour, NAME, agreed. '...,' she said"). Invented sentences."""

from __future__ import annotations

import pytest

from ..stage_helpers import quotes_runner, speaker_names


@pytest.fixture(scope="module")
def run(pipeline_factory):
    return quotes_runner(pipeline_factory)


def _cued(analysis, cue: str) -> list:
    return [q for q in analysis.quotes if q.cue and q.cue.text.lower() == cue]


# ---------------------------------------------------------------- 1. rulings
@pytest.mark.parametrize("text, speaker, content", [
    ("Judge Helen Moreau ruled that the new parking levy was unlawful.", "Helen Moreau",
     "that the new parking levy was unlawful"),
    ("The harbour tax must be refunded to every trader, a district judge ruled on Thursday.", "district judge",
     "The harbour tax must be refunded to every trader"),
])
def test_ruling_with_a_clause_is_reported(run, text, speaker, content):
    analysis = run(text)
    quotes = _cued(analysis, "ruled")
    assert len(quotes) == 1
    assert speaker.lower() in speaker_names(analysis)[0].lower()
    assert analysis.text[quotes[0].start:quotes[0].end] == content


def test_ruling_in_a_relative_clause_describes_its_noun(run):
    analysis = run("The judges who ruled that the curfew was lawful said the city had acted within its powers.")
    assert [q.cue.text for q in analysis.quotes] == ["said"]


@pytest.mark.parametrize("text", [
    "The tribunal ruled against the fishing cooperative on Monday.",
    "The minister ruled out a second vote on the budget.",
])
def test_ruling_without_a_clause_reports_nothing(run, text):
    assert not _cued(run(text), "ruled")


# ---------------------------------------------------------------- 2. a document's finding without "that"
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The audit found the water agency had overspent its budget by a third.", "found", "audit",
     "the water agency had overspent its budget by a third"),
    ("A new study finds most farmers expect a poor harvest this year.", "finds", "study",
     "most farmers expect a poor harvest this year"),
])
def test_document_finding_without_that_is_reported(run, text, cue, speaker, content):
    analysis = run(text)
    quotes = _cued(analysis, cue)
    assert len(quotes) == 1
    assert speaker in speaker_names(analysis)[0].lower()
    assert analysis.text[quotes[0].start:quotes[0].end] == content


@pytest.mark.parametrize("text, cue", [
    ("The data showed the ferry service had lost money every winter.", "showed"),
    ("The letters are not sorted, so clerks must open every letter to find who sent it.", "find"),
    ("A new poll found the governor has lost ground among older voters.", "found"),
    ("The leaked email shows the minister knew of the delays in March.", "shows"),
])
def test_count_or_poll_finding_without_that_stays_unreported(run, text, cue):
    assert not _cued(run(text), cue)


# ---------------------------------------------------------------- 3. pronoun after a subject named in apposition
def test_pronoun_speaker_is_the_subject_named_in_apposition(run):
    analysis = run('"The bus never came," said Greta Holm, a nurse at the clinic. Her colleague, Ines Varga, '
                   'agreed. "We walked for an hour in the snow," she said.')
    quotes = _cued(analysis, "said")
    assert len(quotes) == 2
    names = {a.id: a.name for a in analysis.actors}
    assert names[quotes[0].speaker] == "Greta Holm"
    assert names[quotes[1].speaker] == "Ines Varga"


# ---------------------------------------------------------------- 4. who relays a document is not its author
@pytest.mark.parametrize("text, speaker", [
    ("According to a statement cited by state radio, the ministry has banned all night fishing.", "statement"),
    ("The memo, obtained by the Courier, said the bridge had failed two inspections.", "memo"),
    ("According to a statement released by the navy, two sailors were hurt.", "navy"),
])
def test_document_handled_by_others_speaks_for_itself(run, text, speaker):
    analysis = run(text)
    assert len(analysis.quotes) == 1
    assert speaker_names(analysis)[0].lower() == speaker


# -------------------------------------------------------- 5. a name given in a relative clause set off by commas
@pytest.mark.parametrize("text, name", [
    ('A porter, who gave only his first name, Matteo, said the station "had been empty for days".', "Matteo"),
    ('"We sleep in the car now," said a schoolteacher, who gave only her first name, Dalia.', "Dalia"),
])
def test_name_given_in_a_relative_clause_after_a_comma(run, text, name):
    analysis = run(text)
    assert len(analysis.quotes) == 1
    assert speaker_names(analysis)[0] == name
