"""quotes: probes of wire-style attribution, round 8 — the speaker's own second act the parser conjoined to the
reported clause ("said the vote was fair and blamed the opposition"), a characterising participle hung on the
"that" clause of a rejected claim ('rejected claims that ..., calling them "baseless"') and a described speaker who
goes under an alias ("a commander who uses the nom de guerre Abu X said", "a fighter going by the name X").
Invented sentences."""

from __future__ import annotations

import pytest

from ..stage_helpers import quotes_runner, speaker_names


@pytest.fixture(scope="module")
def run(pipeline_factory):
    return quotes_runner(pipeline_factory)


# ---------------------------------------------------------------- 1. "said X and blamed Y": the second act
@pytest.mark.parametrize("text, content", [
    ("The minister said the vote was fair and blamed the opposition for the unrest.", "the vote was fair"),
    ("The governor said the new road would open next month and thanked workers for their patience.",
     "the new road would open next month"),
    ("The general told reporters that the offensive was going well and accused the rebels of hiding among "
     "civilians.", "that the offensive was going well"),
    ("Police said two suspects had been arrested and appealed for witnesses to come forward.",
     "two suspects had been arrested"),
    ("The mayor said the water was safe to drink and urged residents to stay calm.", "the water was safe to drink"),
])
def test_speakers_second_act_is_not_part_of_the_content(run, text, content):
    analysis = run(text)
    assert analysis.quotes[0].text == content


@pytest.mark.parametrize("text", [
    "He said the army attacked the village and killed ten people.",
    "She said the troops had withdrawn and left the city.",
    "The spokesman said the president praised the soldiers and thanked their families.",
    "He says the rebels control the road and demand a ransom from drivers.",
    "The ministry said the talks would resume on Monday and would last three days.",
])
def test_reported_subjects_second_act_stays_in_the_content(run, text):
    # the second verb is the reported subject's (the same act reported, or it shares the clause's auxiliary)
    analysis = run(text)
    assert analysis.quotes[0].text.endswith(text.rstrip(".").split()[-1])


def test_speakers_second_act_of_reporting_is_thespeaker_names(run):
    analysis = run("The company said its profits were falling and announced plans to close two factories.")
    assert [q.text for q in analysis.quotes] == ["its profits were falling", "plans to close two factories"]
    assert all("company" in s for s in speaker_names(analysis))


@pytest.mark.parametrize("text, contents", [
    ("The minister said the economy was recovering and warned that unemployment would stay high.",
     ["the economy was recovering", "that unemployment would stay high"]),
    ("The envoy told reporters that the talks were going well, but insisted that no deal was imminent.",
     ["that the talks were going well", "that no deal was imminent"]),
])
def test_second_act_of_reporting_is_a_report_of_the_same_speaker(run, text, contents):
    analysis = run(text)
    assert [q.text for q in analysis.quotes] == contents
    assert len(set(q.speaker for q in analysis.quotes)) == 1


# ---------------------------------------------------------------- 2. 'rejected claims that ..., calling them "..."'
@pytest.mark.parametrize("text, speaker", [
    ('The ministry dismissed reports that troops had entered the town, calling them "pure fabrication".',
     "ministry"),
    ('The club dismissed rumours that the coach would resign, calling them "complete nonsense".', "club"),
    ('The government denied claims that prisoners had been tortured, describing them as "malicious propaganda".',
     "government"),
])
def test_characterising_participle_after_a_rejected_claim_is_the_rejecters(run, text, speaker):
    analysis = run(text)
    assert len(analysis.quotes) == 1
    assert speaker in speaker_names(analysis)[0]


# ---------------------------------------------------------------- 3. a speaker going under an alias
@pytest.mark.parametrize("text, name", [
    ("A commander who uses the nom de guerre Abu Khalid said the fighters would not withdraw.", "Abu Khalid"),
    ("A fighter going by the name Tariq said the group had lost ten men in the battle.", "Tariq"),
    ("A rebel officer who goes by the name Abu Omar told reporters the town had fallen.", "Abu Omar"),
    ("An activist using the pseudonym Sami said the shelling continued through the night.", "Sami"),
    ('"We will not leave," said a fighter who goes by the name Abu Hamza.', "Abu Hamza"),
])
def test_speaker_going_under_an_alias_is_that_name(run, text, name):
    assert speaker_names(run(text)) == [name]


@pytest.mark.parametrize("text, speaker", [
    ("A man using a phone said the building had collapsed.", "man"),
    ("A boy going to school said he heard two explosions.", "boy"),
])
def test_participle_without_a_noun_of_naming_gives_no_alias(run, text, speaker):
    assert speaker in speaker_names(run(text))[0]


# ---------------------------------------------------------------- 4. an interview printed as a transcript
TRANSCRIPT = """Interview: the general who wants to end the war

General Omar Fadel spoke to our correspondent at his headquarters.

Q: Can the army win this war?

A: No army wins a war like this one. We need a political settlement.

Q: Will you talk to the rebels?

A: We are ready to talk to anyone who lays down their weapons.
"""

LONG_LABELS = """The mayor on the budget

Mayor Helen Brandt answered questions from readers this week.

Question: Why are bus fares going up again?

Answer: Fuel costs have doubled and the city cannot carry the loss alone.
"""


@pytest.mark.parametrize("text, name, answers", [
    (TRANSCRIPT, "Omar Fadel", ["No army wins a war like this one. We need a political settlement.",
                                "We are ready to talk to anyone who lays down their weapons."]),
    (LONG_LABELS, "Helen Brandt", ["Fuel costs have doubled and the city cannot carry the loss alone."]),
])
def test_transcript_answers_are_the_interviewees(run, text, name, answers):
    analysis = run(text)
    assert [q.text for q in analysis.quotes] == answers
    assert speaker_names(analysis) == [name] * len(answers)


def test_answer_label_without_questions_is_no_transcript(run):
    text = ("The council named three options.\n\nCouncillor Ivan Petrov presented them.\n\n"
            "A: Raise the parking fees across the city centre.\n\nB: Close the old car park.\n")
    assert run(text).quotes == []


# ---------------------------------------------------------------- 5. "It said" after a body the actors stage left out
@pytest.mark.parametrize("text, body", [
    ("The commission published its findings on Monday. It said the election had been free and fair.",
     "commission"),
    ("The monitoring mission reported 14 violations in its daily report. It said no civilians had been killed.",
     "monitoring mission"),
    ('The commission published its findings on Monday. "It was a fair vote," it said.', "commission"),
])
def test_it_speaks_as_the_body_subject_of_the_sentence_before(run, text, body):
    analysis = run(text)
    assert speaker_names(analysis) == [body]


@pytest.mark.parametrize("text", [
    "The committee met on Tuesday.\n\nIt said the budget would be cut.",  # another paragraph
    "The rebels seized the town. It said the army had fled.",  # a plural subject is no "it"
])
def test_it_without_a_body_subject_just_before_stays_unresolved(run, text):
    assert speaker_names(run(text)) == [""]
