"""events stage: defects found by reading whole event records of wire-style articles, each fixed by a general rule
(hand-built sentences; invented names and places).

- a meeting's venue ("met in the port city of X") is no recipient: CONSULT never takes a place as its party, while
  other types keep the polity an act happens in, as PLOVER codes it;
- a headline's reduced passive keeps its undergoer also when the bare noun has plain common modifiers ("Union
  activist detained ...") or is a role noun the tagger took for a name ("Alderwoman detained ...");
- a dateline with its agency in brackets and no dash ("OSLAND (AP) The ...") names no party, and its words never
  open an actor's name;
- a weapon modifying another noun ("Mortar rounds struck ...", "traded artillery fire") is the means, no party;
- "pressed on" / "pressed ahead" (carried on) is no request, and a news conference is no meeting between parties;
- what an act is "meant" or "designed" to do is its purpose, not an outcome;
- a past tense after "until" under a demanded or planned act is reported speech's backshift, not a fact;
- an attack's "from" or "out of" phrase says where it came from, never whom it hit;
- the explosion of a fuel ("a gas explosion in a block of flats") is an accident, not an attack;
- "held X responsible/accountable" blames X (ACCUSE), it does not detain X;
- a headline's reduced passive of expectation or schedule ("Border talks expected to resume", "Summit scheduled
  to begin ...") announces a future event;
- "would not negotiate until X disarmed": the endpoint of a refused act is a condition, not a fact;
- a patrol is a party (attacked, it is the recipient; the place it was near is not);
- an event set "for" a coming day ("called a general strike for Monday") is future;
- the start of a route ("a march from X to Y") is no party to the march.
- an attributive participle the tagger reads as a past tense ("allied militia forces") reports no event.
"""

from __future__ import annotations

import pytest

from eventwire.datelines import AGENCY_DATELINE
from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "quotes", "events")


def coded(pipeline, text: str, trigger_word: str):
    """(the event whose trigger contains `trigger_word`, its actor names, its recipient names, all events)."""
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors or []}
    found = [e for e in analysis.events if trigger_word in e.trigger.text.split()]
    assert found, f"no event triggered by {trigger_word!r} in {text!r}: {[(e.type, e.trigger.text) for e in analysis.events]}"
    event = found[0]
    return event, [names.get(a, a) for a in event.actors], [names.get(r, r) for r in event.recipients], analysis.events


def has(names: list[str], word: str) -> bool:
    return any(word.lower() in n.lower() for n in names)


# --- a meeting's venue ------------------------------------------------------------------------------------------
VENUES = [
    ("The two foreign ministers met in the port city of Mombasa on Friday.", "met", "Mombasa"),
    ("The rival commanders met at the town of Kasese to discuss prisoners.", "met", "Kasese"),
    ("Delegates from both parties held talks in Montreux on Tuesday.", "talks", "Montreux"),
]


@pytest.mark.parametrize("text,trigger,venue", VENUES)
def test_meeting_venue_is_no_recipient(pipeline, text, trigger, venue):
    event, _, recipients, _ = coded(pipeline, text, trigger)
    assert event.type == "CONSULT"
    assert not has(recipients, venue), recipients


def test_place_of_other_acts_stays_a_recipient(pipeline):
    """PLOVER codes the polity an act happens in as its recipient: the venue rule is for meetings only."""
    event, _, recipients, _ = coded(pipeline, "Air force jets bombed a village in northern Mali on Sunday.", "bombed")
    assert event.type == "ASSAULT"
    assert has(recipients, "Mali"), recipients


# --- headline reduced passives ----------------------------------------------------------------------------------
HEADLINE_PASSIVES = [
    ("Student activist detained after campus rally, lawyers say", "detained", "activist"),
    ("Opposition lawmaker arrested at airport, party says", "arrested", "lawmaker"),
    ("Alderwoman detained over unpaid parking fines. A town official was detained by deputies on Friday.",
     "detained", "Alderwoman"),
    ("Local journalist abducted near market, colleagues say", "abducted", "journalist"),
    ("Veteran reporter abducted outside hotel. Gunmen seized the reporter on Sunday, police said.", "abducted",
     "reporter"),
]


@pytest.mark.parametrize("text,trigger,undergoer", HEADLINE_PASSIVES)
def test_headline_reduced_passive_subject_undergoes(pipeline, text, trigger, undergoer):
    event, actors, recipients, _ = coded(pipeline, text, trigger)
    assert not has(actors, undergoer), actors
    assert has(recipients, undergoer), recipients


@pytest.mark.parametrize("text,trigger,doer", [
    ("Rebel commander captured the garrison town", "captured", "commander"),
    ("Syrian troops attacked at dawn", "attacked", "troops"),
])
def test_headline_active_subject_stays_the_doer(pipeline, text, trigger, doer):
    _, actors, _, _ = coded(pipeline, text, trigger)
    assert has(actors, doer), actors


# --- datelines with the agency and no dash --------------------------------------------------------------------
def test_agency_dateline_without_dash_is_read_as_a_dateline():
    text = "OSLAND (AP) The regional council has voted to suspend the mining permits.\nOSLAND is quiet."
    hits = [m.group(0) for m in AGENCY_DATELINE.finditer(text)]
    assert hits == ["OSLAND (AP) "]
    assert AGENCY_DATELINE.search("Osland (AP) The council met.") is None  # mixed case is not this pattern
    assert AGENCY_DATELINE.search("NATO (the alliance) said.") is None  # no capitalised report after it


def test_agency_dateline_names_no_party(pipeline):
    text = "VELDRA (AP) Kestonian lawmakers on Tuesday urged the cabinet to revoke the mining licence."
    event, actors, _, _ = coded(pipeline, text, "urged")
    assert event.type == "REQUEST"
    assert actors and not any("VELDRA" in a for a in actors), actors
    assert has(actors, "lawmakers"), actors


# --- weapons as modifiers -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,trigger,weapon", [
    ("Mortar rounds struck a clinic in the eastern quarter on Sunday.", "struck", "Mortar"),
    ("Artillery shells slammed into the crowded bus station on Tuesday.", "slammed", "Artillery"),
    ("Mortar shells hit a school in the north on Sunday.", "hit", "Mortar"),
])
def test_weapon_modifier_is_no_actor(pipeline, text, trigger, weapon):
    event, actors, _, _ = coded(pipeline, text, trigger)
    assert event.type == "ASSAULT"
    assert not has(actors, weapon), actors


def test_weapon_modifier_of_the_trigger_is_no_recipient(pipeline):
    event, _, recipients, _ = coded(pipeline, "Both sides traded artillery fire near the dam.", "traded")
    assert event.type == "ASSAULT"
    assert not has(recipients, "artillery"), recipients


def test_party_modifying_a_weapon_stays_the_actor(pipeline):
    event, actors, _, _ = coded(pipeline, "Rebel mortar fire killed two soldiers near the dam.", "killed")
    assert has(actors, "Rebel"), actors


# --- carrying on; news conferences ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The convoy pressed on through the night.",
    "The ministry pressed ahead with the road project.",
])
def test_pressing_on_is_no_request(pipeline, text):
    events = pipeline.analyse(Article(text=text)).events
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger.text) for e in events]


def test_pressing_someone_is_still_a_request(pipeline):
    event, _, recipients, _ = coded(pipeline, "The envoy pressed the militia to free the hostages.", "pressed")
    assert event.type == "REQUEST"
    assert has(recipients, "militia"), recipients


@pytest.mark.parametrize("text", [
    '"We will not pay," the energy minister told a news conference in Velka.',
    "The trade minister told a press conference that exports had fallen.",
    "The harbour master held a news conference on Monday.",
])
def test_news_conference_is_no_meeting(pipeline, text):
    events = pipeline.analyse(Article(text=text)).events
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger.text) for e in events]


def test_conference_between_parties_is_still_a_meeting(pipeline):
    event, _, _, _ = coded(pipeline, "Ministers from nine states attended a conference on river pollution.",
                           "conference")
    assert event.type == "CONSULT"


# --- purposes and backshifted endpoints -------------------------------------------------------------------------
@pytest.mark.parametrize("text,trigger", [
    ("The pause was meant to allow relief trucks to reach the valley.", "allow"),
    ("The decree was designed to release hundreds of detainees before the holiday.", "release"),
])
def test_purpose_of_meant_or_designed_is_not_asserted(pipeline, text, trigger):
    event, _, _, _ = coded(pipeline, text, trigger)
    assert event.status == "hypothetical"


def test_backshifted_until_clause_under_a_demand_is_not_asserted(pipeline):
    text = "The coach said the league should boycott the games until the sanctions were lifted."
    event, _, _, _ = coded(pipeline, text, "lifted")
    assert event.type == "RETREAT"
    assert event.status == "hypothetical"


def test_past_until_clause_under_a_fact_stays_asserted(pipeline):
    event, _, _, _ = coded(pipeline, "Fighting raged until the rebels withdrew from the hill.", "withdrew")
    assert event.status == "asserted"


# --- where an attack came from ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,trigger,origin,target", [
    ("Insurgents fired mortars from Velka into the northern suburbs of Orsk.", "fired", "Velka", "Orsk"),
    ("Army units fired the shells from positions near Tamsk, the rebels said.", "fired", "Tamsk", None),
    ("Gunmen fired rockets out of a truck at the army post.", "fired", "truck", "army"),
    ("Militia gunners tossed crude bombs out of helicopters.", "tossed", "helicopters", None),
])
def test_origin_of_an_attack_is_no_recipient(pipeline, text, trigger, origin, target):
    event, _, recipients, _ = coded(pipeline, text, trigger)
    assert event.type == "ASSAULT"
    assert not has(recipients, origin), recipients
    if target is not None:
        assert has(recipients, target), recipients


# --- attributive participles read as past tenses --------------------------------------------------------------
def test_attributive_allied_is_no_event(pipeline):
    text = "The regime and allied Druze militia units stormed the hill."
    events = pipeline.analyse(Article(text=text)).events
    assert not [e for e in events if e.trigger.text == "allied"], [(e.type, e.trigger.text) for e in events]
    assert [e for e in events if e.trigger.text == "stormed"], [(e.type, e.trigger.text) for e in events]


# --- accidental explosions --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A gas explosion in a block of flats killed three people on Sunday.",
    "A methane blast in the coal mine injured 14 miners.",
])
def test_fuel_explosion_is_no_attack(pipeline, text):
    events = pipeline.analyse(Article(text=text)).events
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger.text) for e in events]


def test_bomb_explosion_is_still_an_attack(pipeline):
    events = pipeline.analyse(Article(text="A bomb explosion at a bus depot killed five people.")).events
    assert [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger.text) for e in events]


# --- holding someone responsible --------------------------------------------------------------------------------
@pytest.mark.parametrize("text,trigger", [
    ("The government held the rebels accountable for the attack on the dam.", "held"),
    ("The council holds the militia commanders responsible for the looting.", "holds"),
    ("The bloc froze the assets of nine officers it holds responsible for the violence.", "holds"),
])
def test_holding_responsible_is_an_accusation(pipeline, text, trigger):
    event, _, _, events = coded(pipeline, text, trigger)
    assert event.type == "ACCUSE", [(e.type, e.trigger.text) for e in events]
    assert not [e for e in events if e.type == "COERCE"], [(e.type, e.trigger.text) for e in events]


def test_holding_captive_is_still_a_detention(pipeline):
    event, _, _, _ = coded(pipeline, "Gunmen held the pilots captive for a week.", "held")
    assert (event.type, event.mode) == ("COERCE", "arrest")


# --- headline expectations ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,trigger", [
    ("Border talks expected to resume after months of deadlock", "talks"),
    ("Regional summit scheduled to begin in Lusaka next month", "summit"),
    ("Trade summit scheduled to open in Quito", "summit"),
])
def test_headline_expected_event_is_future(pipeline, text, trigger):
    event, _, _, _ = coded(pipeline, text, trigger)
    assert event.type == "CONSULT"
    assert event.status == "future"


# --- a refused act's endpoint -------------------------------------------------------------------------------------
def test_endpoint_of_a_refused_act_is_hypothetical(pipeline):
    text = "Officials said the government would not negotiate with the militia until it disarmed."
    event, _, _, _ = coded(pipeline, text, "disarmed")
    assert event.type == "RETREAT"
    assert event.status == "hypothetical"


# --- patrols ------------------------------------------------------------------------------------------------------
def test_ambushed_patrol_is_the_recipient(pipeline):
    text = "Gunmen ambushed a border patrol near the village of Sarvo on Wednesday."
    event, _, recipients, _ = coded(pipeline, text, "ambushed")
    assert has(recipients, "patrol"), recipients
    assert not has(recipients, "Sarvo"), recipients


# --- events set for a coming day ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The dockers' union called a national strike for Friday.",
    "The teachers' federation called a general strike for next week.",
])
def test_event_set_for_a_coming_day_is_future(pipeline, text):
    event, _, _, _ = coded(pipeline, text, "strike")
    assert event.type == "PROTEST"
    assert event.status == "future"


def test_event_held_on_a_day_stays_asserted(pipeline):
    event, _, _, _ = coded(pipeline, "Dock workers held a strike on Friday.", "strike")
    assert event.status == "asserted"


# --- routes -------------------------------------------------------------------------------------------------------
def test_start_of_a_route_is_no_actor(pipeline):
    text = "A protest march from Velka to the prison in Orsk drew thousands on Tuesday."
    event, actors, _, _ = coded(pipeline, text, "march")
    assert event.type == "PROTEST"
    assert not has(actors, "Velka"), actors
