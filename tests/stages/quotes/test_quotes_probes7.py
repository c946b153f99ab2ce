"""quotes: probes of wire-style attribution, round 7 — a closing claim summary the parser made the sentence's root
("The army accused the rebels of ..., a charge the group denies"), a quoted fragment inside a request ('urged
leaders to "show restraint"', 'called for an end to "this senseless war"') and a described speaker with a hedged
alias the parser hung on the verb of saying ("a man identified only as Ahmed said").
Invented sentences."""

from __future__ import annotations

import pytest

from ..stage_helpers import quote_speaker_name, quotes_runner, speaker_names


@pytest.fixture(scope="module")
def run(pipeline_factory):
    return quotes_runner(pipeline_factory)


# ---------------------------------------------------------------- 1. "..., a charge the group denies"
@pytest.mark.parametrize("text", [
    "Officials accused the militia of recruiting children, a charge the militia denies.",
    "The army accused the rebels of smuggling arms, a charge the group denies.",
    "The police accused the protesters of looting shops, a charge the organisers deny.",
    "Auditors accused the agency of wasting public money, a charge the agency rejects.",
])
def test_closing_claim_summary_reports_nothing_of_the_clause(run, text):
    # the one who denies the charge did not say the accusation
    assert all("accused" not in q.text for q in run(text).quotes)


@pytest.mark.parametrize("text, speaker, content", [
    ("Witnesses said soldiers opened fire on the crowd, a claim the army denies.", "Witnesses",
     "soldiers opened fire on the crowd"),
    ("The ministry said the strike had cost millions, a claim the union denies.", "ministry",
     "the strike had cost millions"),
])
def test_claim_summary_after_a_report_keeps_the_report(run, text, speaker, content):
    analysis = run(text)
    assert [q.text for q in analysis.quotes] == [content]
    assert speaker in speaker_names(analysis)[0]


# ---------------------------------------------------------------- 2. a quoted fragment inside a request
@pytest.mark.parametrize("text, speaker, fragment", [
    ('The foreign minister urged leaders to "show restraint" in the coming days.', "minister", "show restraint"),
    ('The bishop called for an end to "this senseless war" during his Sunday sermon.', "bishop",
     "this senseless war"),
    ('The mayor urged residents to "stay indoors and keep calm" until the storm passes.', "mayor",
     "stay indoors and keep calm"),
    ('The senator urged colleagues to "put country before party."', "senator", "put country before party"),
])
def test_quoted_fragment_of_a_request_is_the_requesters(run, text, speaker, fragment):
    analysis = run(text)
    assert len(analysis.quotes) == 1
    quote = analysis.quotes[0]
    assert fragment in quote.text
    assert speaker in (quote_speaker_name(analysis, quote) or "")


@pytest.mark.parametrize("text", [
    "The foreign minister urged leaders to show restraint in the coming days.",
    "The bishop called for an end to this senseless war during his Sunday sermon.",
])
def test_request_without_a_quotation_is_not_reported(run, text):
    assert run(text).quotes == []


# ---------------------------------------------------------------- 3. "a man identified only as NAME said"
@pytest.mark.parametrize("text, speaker", [
    ('"We have lost everything," a man identified only as Ahmed said.', "Ahmed"),
    ('"The water came at night," said a woman identified only as Fatima.', "Fatima"),
    ("A farmer identified only by his first name, Karim, said the crops had failed.", "Karim"),
    ('"Nobody came to help us," said a fisherman known only by his nickname, Bobo.', "Bobo"),
    ("A driver known simply as Tariq told the agency the road was closed.", "Tariq"),
])
def test_hedged_alias_names_the_speaker(run, text, speaker):
    analysis = run(text)
    assert len(analysis.quotes) == 1
    assert quote_speaker_name(analysis, analysis.quotes[0]) == speaker
    assert analysis.quotes[0].cue is not None and analysis.quotes[0].cue.text in ("said", "told")


def test_description_without_a_name_still_speaks(run):
    analysis = run("A soldier identified as the unit's medic said the wounded were evacuated.")
    assert len(analysis.quotes) == 1
    assert "soldier" in (quote_speaker_name(analysis, analysis.quotes[0]) or "")


@pytest.mark.parametrize("text, speaker", [
    ('"They came at dawn and burned everything," a woman who gave her name only as Amina told the agency by phone.',
     "Amina"),
    ('"Prices doubled in a week," said a trader who gave only his first name, Ibrahim.', "Ibrahim"),
    ("A nurse who gave her name as Grace said the clinic had run out of fuel.", "Grace"),
])
def test_name_given_in_a_relative_clause_names_the_speaker(run, text, speaker):
    analysis = run(text)
    assert len(analysis.quotes) == 1
    assert quote_speaker_name(analysis, analysis.quotes[0]) == speaker


def test_age_given_in_a_relative_clause_is_no_name(run):
    analysis = run('"We will rebuild," a man who gave his age as 40 said.')
    assert len(analysis.quotes) == 1
    assert "man" in (quote_speaker_name(analysis, analysis.quotes[0]) or "")


@pytest.mark.parametrize("text, speaker, fragment", [
    ('The UN refugee agency appealed for "urgent funding" to help those displaced.', "agency", "urgent funding"),
    ('The envoy appealed to both sides to "lay down their weapons" and return to talks.', "envoy",
     "lay down their weapons"),
])
def test_quoted_fragment_of_an_appeal_is_the_appellants(run, text, speaker, fragment):
    analysis = run(text)
    assert len(analysis.quotes) == 1
    assert fragment in analysis.quotes[0].text
    assert speaker in (quote_speaker_name(analysis, analysis.quotes[0]) or "").lower() or "UNHCR" in (
        quote_speaker_name(analysis, analysis.quotes[0]) or "")
