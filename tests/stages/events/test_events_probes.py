"""events stage: readings found wrong by probing the coder with invented news sentences (hand-built sentences).

- ordering, telling or giving another state's envoy time to leave is an expulsion (SANCTION:expel) by the one who
  orders, of the envoy; ordering one's own envoys out, or an envoy to do anything else, is not;
- a warning whose only content is a that-clause in which nothing is done to anyone ("the pact could unravel")
  forecasts, it threatens nothing; a warning of a harm to people, or of a party's act, stays a THREATEN;
- "sought to X" is an attempt at X, no request; "sought help/an inquiry" still asks for something;
- captors (an armed group, kidnappers, pirates) handing over the people they hold release them (RETREAT:release);
  police or a state handing over a suspect still cooperate, and handing over weapons still disarms;
- an accord that is the passive subject of a verb of plan or expectation, or of "be" + adjective, with a passive
  infinitive that makes it ("is expected to be signed", "is unlikely to be ratified") is planned or doubtful, not
  asserted; one that follows an event ("is likely to be investigated") leaves that event asserted;
- whoever launches, begins or mounts a bid, drive or push "to X" is the actor of X (still hypothetical); one who
  backs someone else's bid is not;
- who died of, succumbed to or suffered wounds received in an attack is its recipient; succumbing to wounds is no
  concession;
- "the security services", "the secret service" (a service named by a word of security) hold and arrest people:
  the actor of the detention; "emergency services" name no such party;
- the nation named on a flag or banner a crowd burns or waves is no recipient, and burning a flag is a protest
  act; an effigy's person, and a boycott's goods' maker, stay the target.
"""

from __future__ import annotations

import pytest

from ..stage_helpers import events_and_names, lowered_names

PUBLISHED = "2024-03-06"


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "times", "quotes", "events")


def analyse(pipeline, text: str):
    return events_and_names(pipeline, text, published=PUBLISHED)


named = lowered_names


# --- an envoy ordered to leave ----------------------------------------------------------------------------------
EXPULSION_ORDERS = [
    ("The foreign ministry ordered the Chilean consul to leave the country within three days.", "consul"),
    ("The junta told two Nigerian diplomats to depart by the weekend.", "diplomats"),
    ("Officials gave the Danish envoy 24 hours to leave.", "envoy"),
    ("Ghana asked the Austrian consul to leave the country.", "consul"),
]


@pytest.mark.parametrize("text,envoy", EXPULSION_ORDERS)
def test_an_envoy_ordered_to_leave_is_expelled(pipeline, text, envoy):
    events, names = analyse(pipeline, text)
    expel = [e for e in events if (e.type, e.mode) == ("SANCTION", "expel")]
    assert expel, [(e.type, e.mode, e.trigger.text) for e in events]
    assert expel[0].status == "asserted"
    assert any(envoy in n for n in named(names, expel[0].recipients))
    assert expel[0].actors


def test_an_envoy_declared_persona_non_grata_is_expelled(pipeline):
    events, names = analyse(pipeline, "The deputy envoy was declared persona non grata on Sunday.")
    expel = [e for e in events if (e.type, e.mode) == ("SANCTION", "expel")]
    assert expel and any("envoy" in n for n in named(names, expel[0].recipients)), [
        (e.type, e.mode, e.trigger.text) for e in events]


@pytest.mark.parametrize("text", [
    "The government ordered its diplomats to leave the capital as fighting spread.",
    "The president ordered the ambassador to attend the summit.",
    "The embassy ordered non-essential staff to leave the country as the fighting spread.",
])
def test_own_envoys_sent_home_or_an_envoy_given_another_task_is_no_expulsion(pipeline, text):
    events, _ = analyse(pipeline, text)
    assert not [e for e in events if e.mode == "expel"], [(e.type, e.mode, e.trigger.text) for e in events]


# --- a forecast is no threat ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Bankers cautioned that the merger could fall apart within weeks.",
    "Several commentators warned that the fragile truce might not last.",
    "The think tank warned that inflation would keep rising through the winter.",
    "The merger could fall apart within weeks, bankers cautioned.",
])
def test_a_warning_that_forecasts_how_a_thing_will_go_is_no_threat(pipeline, text):
    events, _ = analyse(pipeline, text)
    assert not [e for e in events if e.type == "THREATEN"], [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize("text", [
    "Relief workers warned that the drought would kill thousands of cattle herders.",
    "The governor warned that the militia could storm the prison.",
    "Charities warned of hunger in the camps.",
    # a passive clause tells what would be done to its subject
    "The police chief warned that any sit-in would be dispersed.",
    "Any sit-in will be broken up, the police chief warned.",
])
def test_a_warning_of_harm_or_of_a_partys_act_stays_a_threat(pipeline, text):
    events, _ = analyse(pipeline, text)
    assert [e for e in events if e.type == "THREATEN"], [(e.type, e.trigger.text) for e in events]


# --- an attempt is no request -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Peru, which had sought to forge closer ties with Pacific states, opened two new consulates.",
    "The coalition is seeking to improve relations with its neighbours.",
])
def test_seeking_to_do_something_is_no_request(pipeline, text):
    events, _ = analyse(pipeline, text)
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger.text) for e in events]


def test_seeking_a_thing_is_still_a_request(pipeline):
    events, _ = analyse(pipeline, "The mayor sought assistance from the provincial government.")
    assert [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger.text) for e in events]


# --- captives handed over ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,freed", [
    ("The abductors handed over three nurses to clan leaders on Friday.", "nurses"),
    ("The insurgents handed over eleven captive sailors to the Red Crescent.", "sailors"),
    ("The pirates turned over the trawler crew to coastguard officers.", "crew"),
])
def test_captors_handing_over_people_release_them(pipeline, text, freed):
    events, names = analyse(pipeline, text)
    release = [e for e in events if (e.type, e.mode) == ("RETREAT", "release")]
    assert release, [(e.type, e.mode, e.trigger.text) for e in events]
    assert any(freed in n for n in named(names, release[0].recipients))


@pytest.mark.parametrize("text,expected", [
    ("Border police handed over the smuggling suspect to federal prosecutors.", ("COOPERATE", None)),
    ("The guerrillas handed over their rifles to the monitors.", ("RETREAT", "disarm")),
    # the dead are returned, not freed
    ("The insurgents handed over the bodies of four sailors to the Red Crescent.", ("RETREAT", "return")),
])
def test_a_suspect_or_weapons_handed_over_keep_their_readings(pipeline, text, expected):
    events, _ = analyse(pipeline, text)
    assert events and (events[0].type, events[0].mode) == expected, [(e.type, e.mode) for e in events]


# --- an accord still to be made ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,status", [
    ("The border pact is expected to be signed in Vilnius next month.", "future"),
    ("The water treaty is scheduled to be ratified by both parliaments in June.", "future"),
    ("The trade accord is unlikely to be ratified this year.", "hypothetical"),
])
def test_an_accord_still_to_be_made_is_not_asserted(pipeline, text, status):
    events, _ = analyse(pipeline, text)
    agree = [e for e in events if e.type == "AGREE"]
    assert agree and all(e.status == status for e in agree), [(e.type, e.status, e.trigger.text) for e in events]
    assert not [e for e in events if e.status == "asserted"], [(e.type, e.status, e.trigger.text) for e in events]


def test_an_event_that_is_to_be_looked_into_stays_asserted(pipeline):
    events, _ = analyse(pipeline, "The ambush is likely to be investigated by a special commission.")
    assert [e for e in events if e.type == "ASSAULT" and e.status == "asserted"], [
        (e.type, e.status, e.trigger.text) for e in events]


# --- the one who launches a bid to act ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,doer", [
    ("The marines mounted a push to recapture the lighthouse.", "marines"),
    ("The separatists began a drive to seize the coastal highway.", "separatists"),
])
def test_who_launches_a_bid_to_act_is_its_actor(pipeline, text, doer):
    events, names = analyse(pipeline, text)
    seize = [e for e in events if (e.type, e.mode) == ("COERCE", "seize")]
    assert seize and seize[0].status == "hypothetical", [(e.type, e.status, e.trigger.text) for e in events]
    assert any(doer in n for n in named(names, seize[0].actors)), named(names, seize[0].actors)


@pytest.mark.parametrize("text", [
    "The bishops backed a bid to free the kidnapped nuns.",
    # an appeal asks others to act
    "The bishops launched an appeal to free the kidnapped nuns.",
])
def test_who_backs_a_bid_or_appeals_is_not_its_actor(pipeline, text):
    events, names = analyse(pipeline, text)
    release = [e for e in events if e.type == "RETREAT"]
    assert release and not any("bishops" in n for n in named(names, release[0].actors)), [
        (e.type, named(names, e.actors)) for e in events]


# --- the victims of wounds received in an attack ----------------------------------------------------------------
@pytest.mark.parametrize("text,victim", [
    ("Four border guards died of wounds received in an ambush by smugglers.", "guards"),
    ("The shopkeeper later succumbed to burns suffered in the bombing by the gang.", "shopkeeper"),
    ("Two villagers suffered injuries in a raid by the militia.", "villagers"),
    ("A guard died of wounds he received in a grenade attack by bandits.", "guard"),
])
def test_who_dies_of_wounds_from_an_attack_is_its_recipient(pipeline, text, victim):
    events, names = analyse(pipeline, text)
    attack = [e for e in events if e.type == "ASSAULT"]
    assert attack, [(e.type, e.trigger.text) for e in events]
    assert any(victim in n for n in named(names, attack[0].recipients)), named(names, attack[0].recipients)
    assert not [e for e in events if e.type == "CONCEDE"], [(e.type, e.trigger.text) for e in events]


def test_who_treats_the_wounded_is_no_victim(pipeline):
    events, names = analyse(pipeline, "Medics treated the porters for injuries sustained in the shelling by the army.")
    attack = [e for e in events if e.type == "ASSAULT"]
    assert attack and not any("medics" in n for n in named(names, attack[0].recipients)), [
        (e.type, named(names, e.recipients)) for e in events]


# --- security services ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The blogger has been held by the state security services since spring.",
    "The intelligence services detained two bloggers in the port city.",
])
def test_security_services_are_the_actor_of_a_detention(pipeline, text):
    events, names = analyse(pipeline, text)
    arrest = [e for e in events if (e.type, e.mode) == ("COERCE", "arrest")]
    assert arrest, [(e.type, e.mode, e.trigger.text) for e in events]
    assert any("services" in n for n in named(names, arrest[0].actors)), named(names, arrest[0].actors)


def test_emergency_services_are_no_security_party(pipeline):
    events, names = analyse(pipeline, "Emergency services pulled the driver from the wreck.")
    assert not any("services" in n for e in events for n in named(names, e.actors)), [
        (e.type, named(names, e.actors)) for e in events]


# --- flags and banners ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Farmers rallied in the main square, burning Dutch flags.",
    "Hundreds of students marched through the old town waving Tibetan banners.",
])
def test_the_nation_on_a_flag_is_no_recipient(pipeline, text):
    events, names = analyse(pipeline, text)
    protest = [e for e in events if e.type == "PROTEST"]
    assert protest, [(e.type, e.trigger.text) for e in events]
    assert not any(named(names, e.recipients) for e in events), [(e.type, named(names, e.recipients)) for e in events]
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger.text) for e in events]


def test_an_effigys_person_stays_the_target(pipeline):
    events, names = analyse(pipeline, "Protesters burned an effigy of the Belgian king outside the embassy.")
    protest = [e for e in events if e.type == "PROTEST"]
    assert protest and any("king" in n for n in named(names, protest[0].recipients)), [
        (e.type, named(names, e.recipients)) for e in events]
