"""events stage: status of events that follow from another event in the same clause (hand-built cases)."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import status_of


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


# A consequence participle ("..., killing twelve") happened only as surely as the act it follows.
INHERITED = [
    ("The militants allegedly set off a car bomb in the market, killing twelve people.", "killing", "uncertain"),
    ("The general said the rebels reportedly attacked the convoy, killing two drivers.", "killing", "uncertain"),
    ("A strike on the dam could flood the valley, killing hundreds of villagers.", "killing", "hypothetical"),
    ("The gunmen will storm the prison tomorrow, freeing dozens of inmates.", "freeing", "future"),
]


@pytest.mark.parametrize("text,trigger,status", INHERITED)
def test_consequence_participle_inherits_status(pipeline, text, trigger, status):
    assert status_of(pipeline, text, trigger) == status


ASSERTED = [
    ("Rebels attacked the convoy on Monday, killing two drivers.", "killing"),
    ("Soldiers stormed the compound at dawn, wounding three guards.", "wounding"),
]


@pytest.mark.parametrize("text,trigger", ASSERTED)
def test_consequence_of_a_real_act_stays_asserted(pipeline, text, trigger):
    assert status_of(pipeline, text, trigger) == "asserted"


# A clausal subject, or an infinitive describing a noun, belongs to the clause the modal governs.
UNDER_A_MODAL = [
    ("Leaving the city would expose the refugees to attacks.", "Leaving the city", "hypothetical"),
    ("This would be the last chance to negotiate with the rebels.", "negotiate", "hypothetical"),
]


@pytest.mark.parametrize("text,trigger,status", UNDER_A_MODAL)
def test_clausal_subject_and_noun_infinitive_share_the_modal(pipeline, text, trigger, status):
    assert status_of(pipeline, text, trigger) == status


def test_clausal_subject_of_a_real_clause_stays_asserted(pipeline):
    assert status_of(pipeline, "Abandoning the base exposed the troops.", "Abandoning the base") == "asserted"


# What an accusation states is alleged: "blame X for Ving", "allegations that ...".
ALLEGED = [
    ("The governor blamed the rebels for attacking the convoy.", "attacking"),
    ("Villagers made allegations that soldiers burned their homes.", "burned"),
]


@pytest.mark.parametrize("text,trigger", ALLEGED)
def test_content_of_an_accusation_is_uncertain(pipeline, text, trigger):
    assert status_of(pipeline, text, trigger) == "uncertain"


def test_reason_for_an_arrest_is_not_an_accusation(pipeline):
    assert status_of(pipeline, "Police arrested the men for attacking a checkpoint.", "attacking") == "asserted"


# An event noun that is the subject of a verb of plan, schedule or expectation in the present has not happened yet;
# a past announcement, or a complement telling what an existing event will do, leaves it asserted.
PLANNED_SUBJECTS = [
    ("The peace talks are expected to resume in the spring.", "talks", "future"),
    ("The summit is scheduled for next month in Vienna.", "summit", "future"),
    ("A meeting of the ministers is set to take place in Lisbon.", "meeting", "future"),
    ("The ceasefire agreement is set to take effect at dawn.", "agreement", "asserted"),
    ("The talks were scheduled for the weekend.", "talks", "asserted"),
    # regression: "be" + "due/likely" read as a copula characterising a kind ("protests are common"), so the
    # planned event was dropped altogether
    ("Negotiations are due to begin on Monday.", "Negotiations", "future"),
    ("Peace talks with the rebels are due to start in Oslo.", "talks", "future"),
    ("The summit is likely to take place in June.", "summit", "future"),
]


@pytest.mark.parametrize("text,trigger,status", PLANNED_SUBJECTS)
def test_event_noun_subject_of_a_verb_of_planning(pipeline, text, trigger, status):
    assert status_of(pipeline, text, trigger) == status


# A past tense coordinated with a verb under "did"/"would" cannot share that auxiliary, so it shares neither its
# negation nor its modality; one coordinated with a perfect "had" keeps the perfect's clause.
@pytest.mark.parametrize("text,trigger,status", [
    ("Soldiers did not storm the compound and withdrew at dawn.", "withdrew", "asserted"),
    ("Soldiers did not storm the compound and withdrew at dawn.", "storm", "negated"),
    ("The minister said Ankara would not retreat and accused the opposition of treason.", "accused", "asserted"),
    ("The militia denied it had shelled the clinic and blamed government gunners.", "blamed", "asserted"),
    ("The militia denied it had shelled the clinic and blamed government gunners.", "shelled", "negated"),
    ("Insurgents had overrun the base and executed six guards.", "executed", "asserted"),
    ("The navy will not retreat or negotiate.", "negotiate", "negated"),
])
def test_past_tense_conjunct_does_not_share_the_heads_auxiliary(pipeline, text, trigger, status):
    assert status_of(pipeline, text, trigger) == status


def test_past_tense_conjunct_of_a_reported_clause_is_the_speakers_act(pipeline):
    text = "The minister said Ankara would not retreat and accused the opposition of treason."
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name.lower() for a in analysis.actors}
    (accusation,) = [e for e in analysis.events if e.trigger.text == "accused"]
    assert [names[i] for i in accusation.actors] == ["minister"]
