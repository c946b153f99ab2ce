"""events stage: defects found by reading whole event records of election, court, sanctions, disaster, migration
and cyber news, each fixed by a general rule (hand-built sentences; invented names and places).

- a verb that is no assault with a natural cause for its subject ("a rockfall blocked the pass", "storms drove
  thousands from their homes") is the disaster, not an obstruction or an expulsion by anyone;
- entering a town or a camp is a seizure only when an armed actor enters (lexicon frame ``armed``): a writer, a
  trader or an official who enters or is kept from entering seizes nothing;
- gathering money or funds is no gathering of people;
- "narrowly beat" and other margins, or a word of an election or a match in the verb's phrases ("beat the senator
  in the primary", "..., with 55 percent of ballots cast"), tell a contest won, never a beating;
- "received X" with no giver named: the subject is given to, nobody is the giver; "received X from Y" keeps Y;
- walking out of a prison, a court or a gate is going free or going out, not a walkout from talks;
- a verb with an object of its own and no preposition left open takes no party from the verb coordinated after it
  ("rejected the tally and urged its members to ...": the members are not rejected);
- a sum accepted agrees to nothing; a sum released is aid, not a release of captives;
- curbing a natural danger ("to keep the fever out of the valley") coerces no one;
- blocking someone from doing something ("was blocked from boarding the ferry") is a restriction (COERCE),
  unless protesters or a crowd do it;
- a pronoun subject of a reported clause that agrees with the named speaker is the speaker ("the lawyers said
  they would appeal": the lawyers, not the firm named in the sentence before);
- hacking a network, a computer or an organisation is a cyber attack (no blade mode); hacking people is not;
- capturing a gas or carbon is no seizure.
"""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "quotes", "events")


def events_of(pipeline, text: str):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors or []}
    return [(e.type, e.mode, e.trigger.text, [names.get(a, a) for a in e.actors],
             [names.get(r, r) for r in e.recipients]) for e in analysis.events]


def with_trigger(events, word: str):
    return [e for e in events if word in e[2].split()]


# --- natural causes as subjects of other verbs ------------------------------------------------------------------
NATURAL = [
    ("A rockfall blocked the only road to the mining town of Pelvar on Sunday.", "blocked"),
    ("Avalanches have killed nine climbers and blocked the northern pass, rangers said.", "blocked"),
    ("Storms have killed 14 people along the coast and displaced about 6,000 from their homes.", "displaced"),
]


@pytest.mark.parametrize(("text", "word"), NATURAL)
def test_a_natural_cause_does_no_political_act(pipeline, text, word):
    found = with_trigger(events_of(pipeline, text), word)
    assert not [e for e in found if e[0] in ("PROTEST", "COERCE")], found


@pytest.mark.parametrize("text", [
    "Police detained 20 people at a vigil for the victims of the collapse of a school roof that killed nine pupils.",
    "Crowds gathered after the collapse of a footbridge that injured 30 commuters, officials said.",
])
def test_a_relative_clause_on_what_collapsed_tells_the_accident(pipeline, text):
    assert not [e for e in events_of(pipeline, text) if e[0] == "ASSAULT"]


def test_a_relative_clause_on_what_was_bombed_keeps_the_attack(pipeline):
    found = events_of(pipeline, "Mourners marked the bombing of a market that killed 20 shoppers last year.")
    assert [e for e in found if e[0] == "ASSAULT"], found


def test_people_who_block_a_road_still_obstruct(pipeline):
    found = with_trigger(events_of(pipeline, "Striking farmers blocked the main highway into Torvan on Monday."),
                         "blocked")
    assert found and found[0][:2] == ("PROTEST", "obstruct")


# --- entering is a seizure only for an armed actor ---------------------------------------------------------------
UNARMED_ENTRY = [
    ("The poet wanted to enter the mining town of Dreel but was turned back at a checkpoint.", "enter"),
    ("A textile trader was stopped from entering the market town of Ulvik by customs officers.", "entering"),
    ("She entered the village of Marrow after a two-day walk.", "entered"),
    # the one kept from entering is the object, not the police who keep them out
    ("Customs officers blocked the grain traders from entering the market town of Ulvik.", "entering"),
]


@pytest.mark.parametrize(("text", "word"), UNARMED_ENTRY)
def test_an_unarmed_person_entering_a_place_seizes_nothing(pipeline, text, word):
    found = with_trigger(events_of(pipeline, text), word)
    assert not [e for e in found if e[:2] == ("COERCE", "seize")], found


ARMED_ENTRY = [
    "Hundreds of insurgents entered the hill town of Dessar on Saturday.",
    "Government troops entered the district capital late on Thursday.",
    "The militia entered the camp at dawn.",
]


@pytest.mark.parametrize("text", ARMED_ENTRY)
def test_an_armed_actor_entering_a_place_seizes_it(pipeline, text):
    found = with_trigger(events_of(pipeline, text), "entered")
    assert found and found[0][:2] == ("COERCE", "seize"), found


# --- gathering money ---------------------------------------------------------------------------------------------
def test_gathering_money_is_no_demonstration(pipeline):
    found = events_of(pipeline, "The councillor gathered 40,000 euros in donations for the market hall.")
    assert not [e for e in found if e[0] == "PROTEST"], found


def test_people_gathering_still_demonstrate(pipeline):
    found = with_trigger(events_of(pipeline, "Fishermen gathered outside the port office to protest the new quota."),
                         "gathered")
    assert found and found[0][0] == "PROTEST"


# --- contests won by a margin ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The governor narrowly beat Senator Olga Brisk in the county of Adra, according to the final tally.",
    "The mayor comfortably beat the incumbent last month.",
])
def test_a_margin_tells_a_contest_won(pipeline, text):
    assert not [e for e in events_of(pipeline, text) if e[0] == "ASSAULT"]


def test_a_beating_stays_an_assault(pipeline):
    found = with_trigger(events_of(pipeline, "Three men beat a taxi driver outside the station on Tuesday."), "beat")
    assert found and found[0][:2] == ("ASSAULT", "beat")


# --- receiving with and without a giver --------------------------------------------------------------------------
def test_who_receives_with_no_giver_named_is_the_recipient(pipeline):
    found = with_trigger(events_of(pipeline, "The displaced families received food and blankets on Thursday."),
                         "received")
    assert found and found[0][0] == "AID"
    assert found[0][3] == [] and any("families" in r for r in found[0][4]), found


def test_who_receives_from_a_giver_is_the_recipient(pipeline):
    found = with_trigger(events_of(pipeline, "The rebels received weapons from a neighbouring government."),
                         "received")
    assert found and found[0][0] == "AID"
    assert any("government" in a for a in found[0][3]) and any("rebels" in r for r in found[0][4]), found


# --- walking out of a building -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The freed journalist walks out of Tarrow jail on Monday.",
    "The acquitted farmer walks out of court in Harlow today a free man.",
])
def test_walking_out_of_a_building_is_no_walkout(pipeline, text):
    assert not [e for e in events_of(pipeline, text) if e[0] == "REJECT"]


def test_walking_out_of_talks_stays_a_walkout(pipeline):
    found = with_trigger(events_of(pipeline, "Opposition delegates walked out of budget talks on Friday."),
                         "walked")
    assert found and found[0][:2] == ("REJECT", "meet")


# --- a coordinated act's party is not the first act's --------------------------------------------------------------
@pytest.mark.parametrize(("text", "word", "other"), [
    ("The alliance on Monday rejected the official tally and urged its members to march on the capital.",
     "rejected", "members"),
    ("Pelmora said it opposed the new tariffs and would keep buying grain from Astavia.", "opposed", "Astavia"),
])
def test_a_verb_with_its_own_object_takes_no_party_from_the_next_verb(pipeline, text, word, other):
    found = with_trigger(events_of(pipeline, text), word)
    assert found and not any(other in r for r in found[0][4]), found


# --- sums of money -------------------------------------------------------------------------------------------------
def test_accepting_a_sum_agrees_to_nothing(pipeline):
    found = events_of(pipeline, "The port director accepted $300,000 from a shipping agent in return for contracts.")
    assert not [e for e in found if e[0] == "AGREE"], found


def test_accepting_a_proposal_still_agrees(pipeline):
    found = with_trigger(events_of(pipeline, "The insurgents accepted the truce proposal on Monday."), "accepted")
    assert found and found[0][0] == "AGREE"


def test_a_released_sum_is_aid_not_a_release(pipeline):
    found = with_trigger(events_of(pipeline, "The relief fund released $3 million for the flood response."),
                         "released")
    assert found and found[0][0] == "AID", found


def test_released_prisoners_are_still_set_free(pipeline):
    found = with_trigger(events_of(pipeline, "The army released 40 prisoners on Sunday."), "released")
    assert found and found[0][:2] == ("RETREAT", "release")


# --- curbing nature ------------------------------------------------------------------------------------------------
def test_stopping_a_disease_coerces_no_one(pipeline):
    found = events_of(pipeline, "Health teams hope to prevent the cholera outbreak from reaching lowland towns.")
    assert not [e for e in found if e[0] == "COERCE"], found


def test_stopping_people_is_still_a_restriction(pipeline):
    found = events_of(pipeline, "Riot police prevented the students from marching to the parliament.")
    assert [e for e in found if e[0] == "COERCE"], found



# --- keeping someone from doing something --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The sculptor was blocked on Friday from boarding the island ferry.",
    "The port authorities blocked a charity vessel from docking for four days.",
])
def test_keeping_someone_from_acting_is_a_restriction(pipeline, text):
    found = with_trigger(events_of(pipeline, text), "blocked")
    assert found and found[0][:2] == ("COERCE", "restrict"), found


def test_protesters_keeping_someone_out_still_obstruct(pipeline):
    found = with_trigger(events_of(pipeline, "Demonstrators blocked the senators from entering the assembly hall."),
                         "blocked")
    assert found and found[0][:2] == ("PROTEST", "obstruct"), found


# --- a pronoun in a reported clause stands for the speaker ---------------------------------------------------------
def test_a_reported_pronoun_subject_is_the_speaker(pipeline):
    text = ("A judge in Ferrow ruled that the mayor had taken payments from a local building firm. "
            "The mayor's lawyers said they would appeal against the ruling.")
    found = with_trigger(events_of(pipeline, text), "appeal")
    assert found and any("lawyers" in a for a in found[0][3]) and not any("firm" in a for a in found[0][3]), found


# --- an election won -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Councillor Mira Dent beat Mayor Osric Hale in the county of Tarrow on Tuesday, with 55 percent of ballots cast.",
    "The former judge beat the sitting senator in Sunday's primary.",
])
def test_a_contest_word_tells_an_election_won(pipeline, text):
    assert not [e for e in events_of(pipeline, text) if e[0] == "ASSAULT"]


def test_a_beating_near_a_polling_station_stays_an_assault(pipeline):
    found = with_trigger(events_of(pipeline, "Soldiers beat a voter outside a polling station near the market."),
                         "beat")
    assert found and found[0][0] == "ASSAULT", found


# --- hacking a network or a person ---------------------------------------------------------------------------------
def _contexts(pipeline, text: str):
    analysis = pipeline.analyse(Article(text=text))
    return [(e.type, e.mode, list(e.context)) for e in analysis.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Foreign spies hacked the opposition party's computer network last spring.",
    "Unknown intruders hacked into the customs agency's email servers on Monday.",
])
def test_hacking_a_network_is_a_cyber_attack(pipeline, text):
    found = _contexts(pipeline, text)
    assert found and found[0][1] is None and "cyber" in found[0][2], found


def test_hacking_people_with_blades_is_no_cyber_attack(pipeline):
    found = _contexts(pipeline, "Raiders hacked two herders with machetes near the river.")
    assert found and found[0][1] == "primitive" and "cyber" not in found[0][2], found


# --- capturing a substance -----------------------------------------------------------------------------------------
def test_capturing_a_gas_seizes_nothing(pipeline):
    found = events_of(pipeline, "The regulation obliges refineries to capture their carbon emissions.")
    assert not [e for e in found if e[0] == "COERCE"], found
