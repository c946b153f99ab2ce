"""quotes: probes of wire-style attribution, round 9 — a plural claim noun the tagger reads as a verb closing a
report ("..., charges the military denies"), crowd sizes heading a partitive speaker ("thousands of protesters
chanted"), the speaker's second act after a reported finding ("acknowledged she found the rules confusing and
called for a review") or after a past perfect ("said it had hit a depot and denied hitting civilians").
Invented sentences."""

from __future__ import annotations

import pytest

from ..stage_helpers import quotes_runner, speaker_names


@pytest.fixture(scope="module")
def run(pipeline_factory):
    return quotes_runner(pipeline_factory)


# ---------------------------------------------------------------- 1. ", charges the military denies"
@pytest.mark.parametrize("text", [
    "Rights groups have accused the army of killing civilians, charges the military denies.",
    "Farmers accuse the company of polluting the river, charges it has repeatedly denied.",
    "Critics accused the mayor of lying, claims his office dismisses.",
])
def test_plural_claim_noun_read_as_verb_reports_nothing(run, text):
    analysis = run(text)
    assert not [q.text for q in analysis.quotes if q.cue and q.cue.text.lower() in ("charges", "claims")]


def test_claim_verb_with_its_own_subject_still_reports(run):
    analysis = run("The plan will fail, claims the opposition leader.")
    assert [q.text for q in analysis.quotes] == ["The plan will fail"]
    assert "opposition leader" in speaker_names(analysis)[0]


# ---------------------------------------------------------------- 2. "Thousands of protesters ... chanting"
@pytest.mark.parametrize("text, group", [
    ('Thousands of protesters marched through the capital on Saturday, chanting "Down with the junta".',
     "protesters"),
    ('Tens of thousands of supporters gathered in the square, shouting "We will not leave".', "supporters"),
    ("A handful of residents said the water had been cut off for days.", "residents"),
    ("A number of officials said the talks had stalled.", "officials"),
])
def test_crowd_size_is_not_the_speaker(run, text, group):
    analysis = run(text)
    assert len(analysis.quotes) == 1
    assert speaker_names(analysis)[0] == group


# ---------------------------------------------------------------- 3. the second act after a reported finding
@pytest.mark.parametrize("text, content", [
    ("The minister acknowledged that she found the new rules confusing and called for a review of the law.",
     "that she found the new rules confusing"),
    ("The senator said he found the report troubling and urged the agency to release its data.",
     "he found the report troubling"),
    ("The mayor admitted the figures showed a sharp rise in crime and promised more police patrols.",
     "the figures showed a sharp rise in crime"),
])
def test_second_act_after_a_finding_is_thespeaker_names(run, text, content):
    analysis = run(text)
    assert analysis.quotes[0].text == content


@pytest.mark.parametrize("text", [
    "The envoy said the president warned of new sanctions and called for talks.",
    "The senator said the study found no link between the two and called for more research.",
])
def test_second_act_after_a_reported_report_stays(run, text):
    # the reported subject spoke (or a document found): the second act is theirs
    analysis = run(text)
    assert analysis.quotes[0].text.endswith(text.rstrip(".").split()[-1])


# ---------------------------------------------------------------- 4. a simple past after a past perfect
@pytest.mark.parametrize("text, content", [
    ("The military said in a statement that it had targeted a weapons depot and denied hitting civilians.",
     "that it had targeted a weapons depot"),
    ("The ministry said the troops had repelled the attack and urged residents to stay indoors.",
     "the troops had repelled the attack"),
    ("The coach said the team had played well and thanked the fans for their support.",
     "the team had played well"),
])
def test_second_act_after_a_past_perfect_is_thespeaker_names(run, text, content):
    analysis = run(text)
    assert analysis.quotes[0].text == content


def test_participle_sharing_the_perfect_stays(run):
    analysis = run("The senator said he has not met the envoy and never phoned his office.")
    assert analysis.quotes[0].text == "he has not met the envoy and never phoned his office"


# ---------------------------------------------------------------- 5. "accused X of '...'": the charge quoted
@pytest.mark.parametrize("text, quote, speaker", [
    ('The opposition leader accused the president of "betraying the constitution".', '"betraying the constitution"',
     "opposition leader"),
    ('The minister blamed the rebels for "a campaign of terror against innocent people".',
     '"a campaign of terror against innocent people"', "minister"),
])
def test_quoted_charge_after_the_one_accused_is_the_accusers(run, text, quote, speaker):
    analysis = run(text)
    assert [q.text for q in analysis.quotes] == [quote]
    assert speaker in speaker_names(analysis)[0]


def test_quotation_inside_the_charge_is_no_quote_of_it(run):
    analysis = run('The report accused the company of the "worst environmental disaster" in years.')
    assert not analysis.quotes


# ---------------------------------------------------------------- 6. "..., state news agency TASS reported, citing"
@pytest.mark.parametrize("text", [
    "Parliament voted on Thursday to impeach President Victor Orlov, state news agency TASS reported, citing a "
    "parliamentary source.",
    "Parliament voted on Thursday to impeach President Victor Orlov, state news agency TASS reported.",
])
def test_closing_report_by_a_titled_name(run, text):
    analysis = run(text)
    assert [q.text for q in analysis.quotes] == ["Parliament voted on Thursday to impeach President Victor Orlov"]
    assert speaker_names(analysis) == ["TASS"]


def test_claim_summary_before_a_name_is_no_report(run):
    analysis = run("The rebels shot down a helicopter, a claim Moscow denied.")
    assert not analysis.quotes
