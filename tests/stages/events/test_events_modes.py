"""events stage: the mode of the top event (weapon, delivery, riot vs demonstration); hand-built cases."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.stages.events import top_event


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def top_of(pipeline, text):
    events = pipeline.analyse(Article(text=text)).events
    top = top_event(events) or top_event(events, asserted_only=False)
    return top, [(e.type, e.mode, e.status, e.trigger.text) for e in events]


# regression: the casualty verb ("killed") was the top event with no mode, while the attack that caused the deaths
# ("a roadside bomb exploded") was told in a clause the mode cues did not read
CASUALTY_MEANS = [
    ("A soldier was killed and two others were wounded when a roadside bomb exploded near their patrol on Monday.",
     "explosives"),
    ("Two farmers were killed and five were injured when a landmine went off under their tractor.", "explosives"),
    ("Militants attacked the army base using mortars and heavy machine guns on Sunday.", "heavy-weapons"),
]


@pytest.mark.parametrize("text,mode", CASUALTY_MEANS)
def test_casualties_take_the_mode_of_the_attack_that_caused_them(pipeline, text, mode):
    top, events = top_of(pipeline, text)
    assert top is not None and (top.type, top.mode) == ("ASSAULT", mode), events


def test_casualties_without_an_attack_of_known_means_keep_no_mode(pipeline):
    top, events = top_of(pipeline, "Three villagers were killed in the north on Monday, officials said.")
    assert top is not None and top.type == "ASSAULT" and top.mode is None, events


# regression: the delivery the lexicon read ("dropped" -> aerial, "used ... gas" -> crowd control) hid the
# chemical weapon; what was used outranks how it was delivered
WEAPON_OVER_DELIVERY = [
    ("A helicopter dropped a barrel bomb filled with chlorine on the town.", "unconventional"),
    ("The militants used mustard gas against an army unit, injuring twenty soldiers.", "unconventional"),
    ("Government jets dropped bombs on the market.", "aerial"),
    ("Police used tear gas against the crowd.", "crowd-control"),
]


@pytest.mark.parametrize("text,mode", WEAPON_OVER_DELIVERY)
def test_weapon_mode_outranks_delivery_mode(pipeline, text, mode):
    top, events = top_of(pipeline, text)
    assert top is not None and (top.type, top.mode) == ("ASSAULT", mode), events


# regression: "demo" from the protest word was never overridden by violence told of the protest itself
RIOT_OR_DEMO = [
    ("Violent protests erupted in the capital on Tuesday.", "riot"),
    ("Thousands marched through the city centre and some smashed shop windows.", "riot"),
    ("Thousands rallied against police violence in the capital on Tuesday.", "demo"),
    ("Thousands of non-violent protesters took to the streets in the capital.", "demo"),
    ("Activists marched through the city holding signs condemning the violence.", "demo"),
    ("Protesters marched peacefully through the city after a night of violence.", "demo"),
    ("Protesters hurled insults at the minister outside parliament.", "demo"),
    ("Activists burned an effigy of the president during the march.", "demo"),
]


@pytest.mark.parametrize("text,mode", RIOT_OR_DEMO)
def test_violence_of_the_protest_itself_makes_a_riot(pipeline, text, mode):
    top, events = top_of(pipeline, text)
    assert top is not None and (top.type, top.mode) == ("PROTEST", mode), events


# regression: coordinated acts of one subject kept their own modes, and the top one ("exchanged gunfire",
# "beat") hid the most specific means of the attack; "set off a bomb" was no trigger at all
COORDINATED = [
    ("Raiders set off suicide vests and exchanged fire with guards at the hotel gate.", "suicide-attack"),
    ("Soldiers beat and raped women in the village, witnesses said.", "sexual"),
    ("Militants set off a bomb near the police station on Monday.", "explosives"),
    ("Officials said one bomber blew herself up inside the mosque.", "suicide-attack"),
    ("Militants blew up a bridge on the highway.", "explosives"),
]


@pytest.mark.parametrize("text,mode", COORDINATED)
def test_coordinated_acts_share_the_most_specific_mode(pipeline, text, mode):
    top, events = top_of(pipeline, text)
    assert top is not None and (top.type, top.mode) == ("ASSAULT", mode), events
    assert all(e.mode == mode for e in pipeline.analyse(Article(text=text)).events if e.type == "ASSAULT"), events



# regression: "destroyed" (the effect) kept the attack from the means named with it
@pytest.mark.parametrize("text,mode", [
    ("Government jets destroyed a weapons depot near the border on Sunday.", "aerial"),
    ("The army destroyed dozens of houses in the village with artillery fire.", "heavy-weapons"),
    ("Rebels set fire to the market on Friday.", "destroy"),
])
def test_means_outranks_destruction(pipeline, text, mode):
    top, events = top_of(pipeline, text)
    assert top is not None and (top.type, top.mode) == ("ASSAULT", mode), events


# mode cue vocabulary (general usage: "chopper" for a helicopter, a quadcopter drone, ricin as a toxin)
@pytest.mark.parametrize("text,mode", [
    ("Army choppers attacked rebel positions in the hills.", "aerial"),
    ("An armed quadcopter attacked a police post in the north.", "drone"),
    ("The group attacked the town with ricin.", "unconventional"),
])
def test_weapon_words_set_the_mode(pipeline, text, mode):
    top, events = top_of(pipeline, text)
    assert top is not None and (top.type, top.mode) == ("ASSAULT", mode), events


# regression: an explosion word set "explosives" even when the sentence named the munition that exploded
@pytest.mark.parametrize("text,mode", [
    ("Several explosions rocked the border town as militants fired dozens of rockets.", "heavy-weapons"),
    ("A car bomb explosion rocked the market on Monday.", "explosives"),
    ("An explosion rocked the capital on Monday.", "explosives"),
])
def test_explosion_takes_the_mode_of_the_munition_named(pipeline, text, mode):
    top, events = top_of(pipeline, text)
    assert top is not None and (top.type, top.mode) == ("ASSAULT", mode), events


# regression: a weapon word in what the attack hit ("shot down a drone", "attacked a helicopter") was read as the
# attack's means
@pytest.mark.parametrize("text,wrong", [
    ("Troops shot down a drone near the border.", "drone"),
    ("Gunmen attacked a military helicopter on the ground.", "aerial"),
])
def test_target_of_an_attack_is_not_its_means(pipeline, text, wrong):
    top, events = top_of(pipeline, text)
    assert top is not None and top.type == "ASSAULT" and top.mode != wrong, events


def test_doer_of_an_attack_tells_its_means(pipeline):
    top, events = top_of(pipeline, "Government jets bombed the town on Sunday.")
    assert top is not None and (top.type, top.mode) == ("ASSAULT", "aerial"), events


# regression: a chemical attack told in another clause of the sentence left the main attack word without a mode
def test_chemical_weapons_named_in_the_sentence_set_the_attack_mode(pipeline):
    top, events = top_of(pipeline, "Missiles struck a clinic in the east last month, killing five patients, and inspectors "
                                   "found that sarin had been used, the agency said.")
    assert top is not None and (top.type, top.mode) == ("ASSAULT", "unconventional"), events


# intercepting people takes them into custody; intercepting goods seizes them
@pytest.mark.parametrize("text,mode", [
    ("Border guards intercepted 15 suspected members of an armed group near the crossing.", "arrest"),
    ("The navy intercepted a shipment of weapons bound for the rebels.", "seize"),
])
def test_intercepting_people_is_an_arrest(pipeline, text, mode):
    top, events = top_of(pipeline, text)
    assert top is not None and (top.type, top.mode) == ("COERCE", mode), events


# regression: deaths told in the sentence after (or before) the attack kept no mode
@pytest.mark.parametrize("text,mode", [
    (("Militants fired dozens of rockets into the city on Monday. Six people were killed in the attacks, officials "
      "said."), "heavy-weapons"),
    ("Three civilians were killed on Sunday, the ministry said. Government jets bombed the village at dawn.",
     "aerial"),
])
def test_casualties_take_the_means_of_the_neighbouring_sentence(pipeline, text, mode):
    events = pipeline.analyse(Article(text=text)).events
    killed = [e for e in events if e.trigger.text == "killed"]
    assert killed and killed[0].mode == mode, [(e.type, e.mode, e.trigger.text) for e in events]


def test_casualties_far_from_any_attack_keep_no_mode(pipeline):
    events = pipeline.analyse(Article(text="Government jets bombed the village at dawn. The president visited the "
                                           "region on Tuesday. Three civilians were killed on Sunday.")).events
    killed = [e for e in events if e.trigger.text == "killed"]
    assert killed and killed[0].mode is None, [(e.type, e.mode, e.trigger.text) for e in events]


# regression: a protest whose next sentences tell the clashes it turned into stayed a peaceful demonstration
def test_protest_followed_by_clashes_turned_into_a_riot(pipeline):
    events = pipeline.analyse(Article(text="Thousands of protesters rallied in the capital on Friday. Clashes erupted "
                                           "between police and protesters near the parliament.")).events
    rally = [e for e in events if e.trigger.text == "rallied"]
    assert rally and rally[0].mode == "riot", [(e.type, e.mode, e.trigger.text) for e in events]


@pytest.mark.parametrize("text", [
    ("Thousands of protesters rallied peacefully in the capital on Friday. Clashes erupted between police and "
     "protesters in the south."),
    ("Clashes erupted between police and protesters near the parliament. Thousands of protesters rallied in the "
     "capital on Friday."),
])
def test_peaceful_or_earlier_rally_stays_a_demonstration(pipeline, text):
    events = pipeline.analyse(Article(text=text)).events
    rally = [e for e in events if e.trigger.text == "rallied"]
    assert rally and rally[0].mode == "demo", [(e.type, e.mode, e.trigger.text) for e in events]
