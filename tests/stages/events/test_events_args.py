"""events stage: argument rules checked on unseen text (scripts/events_args_proxy.py); hand-built cases."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import coded, named


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


# The possessor of a patient noun undergoes the action ("the journalist's arrest").
PATIENT_POSSESSORS = [
    ("Amnesty International condemned Navalny's arrest by the police.", "COERCE", "Navalny"),
    ("The opposition demanded an inquiry into the journalist's murder.", "ASSAULT", "journalist"),
    ("Washington welcomed the activist's release from prison.", "RETREAT", "activist"),
]


@pytest.mark.parametrize("text,etype,patient", PATIENT_POSSESSORS)
def test_possessor_of_a_patient_noun_is_the_recipient(pipeline, text, etype, patient):
    event, names = coded(pipeline, text, etype)
    assert named(names, event.recipients, patient), (event.recipients, names)
    assert not named(names, event.actors, patient), (event.actors, names)


def test_possessor_with_an_of_patient_is_the_actor(pipeline):
    event, names = coded(pipeline, "The council debated Iraq's invasion of Kuwait.", "ASSAULT")
    assert named(names, event.actors, "Iraq"), (event.actors, names)
    assert named(names, event.recipients, "Kuwait"), (event.recipients, names)


def test_possessor_of_an_agent_noun_stays_the_actor(pipeline):
    event, names = coded(pipeline, "Israel's attack on the convoy drew condemnation.", "ASSAULT")
    assert named(names, event.actors, "Israel"), (event.actors, names)


# General names of classes of people are parties when an action bears on them.
PEOPLE_CLASSES = [
    ("Gunmen executed apostates in the square.", "ASSAULT", "apostates"),
    ("The regime tortured dissenters and bystanders.", "ASSAULT", "dissenters"),
    ("Police detained the plotters on Monday.", "COERCE", "plotters"),
    ("Militants attacked tourists near the temple.", "ASSAULT", "tourists"),
]


@pytest.mark.parametrize("text,etype,patient", PEOPLE_CLASSES)
def test_classes_of_people_are_recipients(pipeline, text, etype, patient):
    event, names = coded(pipeline, text, etype)
    assert named(names, event.recipients, patient), (event.recipients, names)



def test_patient_possessor_nouns_load_without_intransitive_nouns():
    # "Japan's surrender": the possessor of an intransitive event noun performs it, so it is no patient noun
    from eventwire.knowledge.plover import load_lexicon

    nouns = load_lexicon().patient_possessor_nouns
    assert {"arrest", "murder", "release", "extradition"} <= nouns
    assert "surrender" not in nouns and "attack" not in nouns


# A passive infinitive's inherited subject undergoes the action ("X is not going to be intimidated").
PASSIVE_INFINITIVES = [
    ("The opposition leader refused to be arrested by the police.", "COERCE", "leader", "police"),
    ("Kyiv is not going to be intimidated by Moscow.", "THREATEN", "Kyiv", "Moscow"),
]


@pytest.mark.parametrize("text,etype,patient,agent", PASSIVE_INFINITIVES)
def test_subject_of_a_passive_infinitive_is_the_recipient(pipeline, text, etype, patient, agent):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: " ".join([a.name] + [m.text for m in a.mentions]) for a in analysis.actors or []}
    events = [e for e in analysis.events if e.type == etype]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    event = events[0]
    assert named(names, event.recipients, patient) and not named(names, event.actors, patient), (
        event.actors, event.recipients, names)
    assert named(names, event.actors, agent), (event.actors, names)


def test_common_nouns_for_polities_are_parties(pipeline):
    event, names = coded(pipeline, "Countries at high risk were urged to take stronger measures.", "REQUEST")
    assert named(names, event.recipients, "Countries"), (event.recipients, names)


def test_a_description_in_apposition_brings_its_name(pipeline):
    text = "Reza Tehrani, a scientist kidnapped by gunmen in May, was freed."
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: " ".join([a.name] + [m.text for m in a.mentions]) for a in analysis.actors or []}
    events = [e for e in analysis.events if e.trigger.text == "kidnapped"]
    assert events and named(names, events[0].recipients, "Tehrani"), (
        [(e.trigger.text, e.recipients) for e in analysis.events], names)


# "from X" on an event noun names its source, the actor ("loans from China"), except where the noun's type
# takes the party left ("withdrawal from Iraq").
def test_source_of_an_event_noun_is_the_actor(pipeline):
    analysis = pipeline.analyse(Article(text="The finance minister disclosed loans from China to the utility."))
    names = {a.id: " ".join([a.name] + [m.text for m in a.mentions]) for a in analysis.actors or []}
    events = [e for e in analysis.events if e.trigger.text == "loans"]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    assert named(names, events[0].actors, "China") and not named(names, events[0].recipients, "China"), (
        events[0].actors, events[0].recipients, names)


def test_party_left_by_a_withdrawal_noun_stays_the_recipient(pipeline):
    analysis = pipeline.analyse(Article(text="The senator praised the withdrawal of troops from Iraq."))
    names = {a.id: " ".join([a.name] + [m.text for m in a.mentions]) for a in analysis.actors or []}
    events = [e for e in analysis.events if e.trigger.text == "withdrawal"]
    assert events and not named(names, events[0].actors, "Iraq"), ([(e.trigger.text, e.actors) for e in
                                                                     analysis.events], names)


def test_professionals_are_parties(pipeline):
    event, names = coded(pipeline, "Her advisers recommended air strikes against the regime.", "REQUEST")
    assert named(names, event.actors, "advisers"), (event.actors, names)


# A past participle standing alone with the noun it describes read as its subject (no auxiliary, no object) is a
# reduced passive relative: the noun undergoes the act.
@pytest.mark.parametrize("text,etype,party", [
    ("The two reporters detained in Velka last week were released on Monday.", "COERCE", "reporters"),
    ("He said the three farmers wrongly jailed in the land case are innocent.", "COERCE", "farmers"),
])
def test_misparsed_reduced_passive_subject_undergoes_the_act(pipeline, text, etype, party):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: " ".join([a.name] + [m.text for m in a.mentions]) for a in analysis.actors or []}
    events = [e for e in analysis.events if e.type == etype and e.trigger.text in ("detained", "jailed")]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    assert not any(party in names[a] for a in events[0].actors), (events[0].actors, names)
    assert any(party in names[r] for r in events[0].recipients), (events[0].recipients, names)


# A sentence parsed as a noun phrase ("The militants | handed over ..." with the verb as a clause on the noun): a past
# tense with an object is the main verb, and the noun does it.
def test_past_tense_with_an_object_on_a_root_noun_is_the_main_verb(pipeline):
    analysis = pipeline.analyse(Article(text="The militants handed over three captured policemen to tribal elders."))
    names = {a.id: " ".join([a.name] + [m.text for m in a.mentions]) for a in analysis.actors or []}
    events = [e for e in analysis.events if e.trigger.text == "handed over"]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    assert any("militants" in names[a] for a in events[0].actors), (events[0].actors, names)
    assert not any("militants" in names[r] for r in events[0].recipients), (events[0].recipients, names)
