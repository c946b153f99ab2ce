"""events stage: recipients the argument reader missed or mistook in invented news sentences (countries are general
knowledge, every other name is invented)."""

from __future__ import annotations

import pytest

from ..stage_helpers import coded, named


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


# the particle read as an adverb after the object hangs "from X" on itself: X is the party withdrawn from
PARTICLE_FROM = [
    ("Israel pulled its troops back from southern Lebanon on Tuesday.", "Lebanon"),
    ("The Tarvenian army pulled its units back from Kesh province on Tuesday.", "Kesh"),
]


@pytest.mark.parametrize("text,left", PARTICLE_FROM)
def test_from_phrase_on_particle_names_the_party_left(pipeline, text, left):
    event, names = coded(pipeline, text, "RETREAT")
    assert named(names, event.recipients, left), (event.recipients, names)
    assert not named(names, event.recipients, "its "), (event.recipients, names)


# "agreed to extradite the general to X": the parser hangs the infinitive's "to" phrase on the people handed over
HANDED_TO = [
    ("The Orsk government agreed on Friday to extradite the former general to Spain.", "AGREE", "Spain"),
    ("Kelvari has agreed to hand over three suspects to Sorvan authorities.", "AGREE", "Sorvan"),
]


@pytest.mark.parametrize("text,etype,receiver", HANDED_TO)
def test_receiver_of_people_handed_over_in_an_infinitive(pipeline, text, etype, receiver):
    event, names = coded(pipeline, text, etype)
    assert named(names, event.recipients, receiver), (event.recipients, names)


# a protest's purpose clause names whom it is aimed at; the town or streets it went through are only its ground
PROTEST_PURPOSE = [
    ("Thousands of people took to the streets of Lagos to protest against the government.", "government", "Lagos"),
    ("Thousands of Pakistanis marched through Karachi to protest against American drone strikes.", "American",
     "Karachi"),
    ("Hundreds of nurses marched through Velka on Monday to denounce the Health Ministry.", "Health Ministry",
     "Velka"),
]


@pytest.mark.parametrize("text,aimed,ground", PROTEST_PURPOSE)
def test_protest_purpose_clause_names_its_target(pipeline, text, aimed, ground):
    event, names = coded(pipeline, text, "PROTEST")
    assert named(names, event.recipients, aimed), (event.recipients, names)
    assert not named(names, event.recipients, ground), (event.recipients, names)


def test_protest_at_an_embassy_keeps_its_state(pipeline):
    # a state named on the building protested at is no mere ground, and a purpose clause naming no party leaves it
    event, names = coded(pipeline, "Hundreds of people demonstrated outside the French embassy in Dhaka on Friday "
                                   "to protest against the cartoons.", "PROTEST")
    assert named(names, event.recipients, "French"), (event.recipients, names)


# an act noun whose infinitive tells the act it is about has that act's parties, not whoever its clause says reacted
TOLD_ACT = [
    ("Tarvenia's refusal to withdraw its troops from Lebanon angered Vorland.", "REJECT", "Lebanon", "Vorland"),
    ("Kesh's refusal to admit the Orsk inspectors angered the Velka Commission.", "REJECT", "Orsk",
     "Velka"),
]


@pytest.mark.parametrize("text,etype,party,onlooker", TOLD_ACT)
def test_act_noun_takes_the_parties_of_its_infinitive(pipeline, text, etype, party, onlooker):
    event, names = coded(pipeline, text, etype)
    assert named(names, event.recipients, party), (event.recipients, names)
    assert not named(names, event.recipients, onlooker), (event.recipients, names)


# who receives a request, an invitation or a warning is the one addressed; the "from" party made it
RECEIVED_ACTS = [
    ("Vorland received a request from Tarvenia for the extradition of the banker.", "REQUEST", "Tarvenia",
     "Vorland"),
    ("Kenya received an invitation from Uganda to attend the summit.", "REQUEST", "Uganda", "Kenya"),
    ("The Orsk mayor received a warning from the Velka Front.", "THREATEN", "Velka", "mayor"),
]


@pytest.mark.parametrize("text,etype,doer,addressee", RECEIVED_ACTS)
def test_receiver_of_an_act_noun_is_its_recipient(pipeline, text, etype, doer, addressee):
    event, names = coded(pipeline, text, etype)
    assert named(names, event.actors, doer), (event.actors, names)
    assert not named(names, event.actors, addressee), (event.actors, names)
    assert named(names, event.recipients, addressee), (event.recipients, names)


# "condemned what it called X's aggression": the free relative names what is condemned, and so its doer
WHAT_IT_CALLED = [
    ("Chile condemned what it described as Bolivia's provocation at the border.", "Bolivia"),
    ("The Tarvenian foreign ministry denounced what it called Moldova's aggression.", "Moldova"),
    ("Kenya criticised what it called the arrest of its citizens by Ugandan police.", "police"),
]


@pytest.mark.parametrize("text,accused", WHAT_IT_CALLED)
def test_what_it_called_names_the_accused(pipeline, text, accused):
    event, names = coded(pipeline, text, "ACCUSE")
    assert named(names, event.recipients, accused), (event.recipients, names)


# "the towns of A, B and C" lists the towns themselves: each is hit, not a part of one town
LISTED_TOWNS = [
    ("Rebels shelled the towns of Lamu, Mombasa and Malindi overnight.", ["Lamu", "Mombasa", "Malindi"]),
    ("Fighters of the Korvan Front attacked the villages of Velka and Kesh on Sunday.", ["Velka", "Kesh"]),
]


@pytest.mark.parametrize("text,towns", LISTED_TOWNS)
def test_each_listed_town_is_a_recipient(pipeline, text, towns):
    event, names = coded(pipeline, text, "ASSAULT")
    for town in towns:
        assert named(names, event.recipients, town), (town, event.recipients, names)


# an agreement or promise to withdraw, with the particle's "of" phrase inside the infinitive, is about the party left
PROMISED_PULLOUT = [
    ("Russia agreed to pull its remaining troops out of Moldova by the end of the year.", "AGREE", "Moldova"),
    ("The Tarvenian government promised to pull its soldiers out of Kenya.", "AGREE", "Kenya"),
]


@pytest.mark.parametrize("text,etype,left", PROMISED_PULLOUT)
def test_promised_pullout_names_the_party_left(pipeline, text, etype, left):
    event, names = coded(pipeline, text, etype)
    assert named(names, event.recipients, left), (event.recipients, names)
    assert not named(names, event.recipients, "troops") and not named(names, event.recipients, "soldiers"), (
        event.recipients, names)


# "sent a letter to X demanding ...": what the message asks is asked of the one it went to
ADDRESSED = [
    ("Tarvenia sent a letter to Kenya demanding the return of the stolen artefacts.", "Kenya"),
    ("Peru sent a message to Ecuador demanding compensation for the shooting.", "Ecuador"),
]


@pytest.mark.parametrize("text,addressee", ADDRESSED)
def test_message_participle_asks_its_addressee(pipeline, text, addressee):
    event, names = coded(pipeline, text, "REQUEST")
    assert named(names, event.recipients, addressee), (event.recipients, names)
