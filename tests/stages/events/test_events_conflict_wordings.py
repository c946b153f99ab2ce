"""events stage: wordings of strikes, abductions and other conflict acts common in conflict-monitoring news
(hand-built sentences)."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.stages.events import top_event

from ..stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def _top(pipeline, text):
    events = pipeline.analyse(Article(text=text)).events
    return top_event(events, asserted_only=False), events


# a strike or shutdown is "observed" by those who join it; "hartal" and "bandh" name general strikes
@pytest.mark.parametrize("text", [
    "Shopkeepers observed a strike across the valley on Thursday.",
    "A total shutdown was observed in the old town against the new levy.",
    "The traders' union called a twelve-hour hartal in the district.",
    "A bandh called by the student groups kept buses off the roads.",
])
def test_observed_strikes_and_shutdowns_are_protests(pipeline, text):
    top, events = _top(pipeline, text)
    assert top is not None and top.type == "PROTEST" and top.mode == "strike", show(events)


def test_observed_truce_stays_a_ceasefire(pipeline):
    top, events = _top(pipeline, "The two militias observed the truce over the holiday.")
    assert top is not None and top.type == "RETREAT", show(events)


# people an armed group captures or seizes are abducted; the authorities capturing people arrest them
@pytest.mark.parametrize("text", [
    "Insurgents seized four road workers near the dam.",
    "Bandits captured two herders and drove them into the forest.",
])
def test_people_captured_by_armed_groups_are_abducted(pipeline, text):
    top, events = _top(pipeline, text)
    assert top is not None and (top.type, top.mode) == ("ASSAULT", "abduct"), show(events)


@pytest.mark.parametrize("text", [
    "Gendarmes seized two smugglers at the border post.",
    "Troops captured a militia commander in the hills.",
    "Militants arrested a shopkeeper accused of selling alcohol.",
])
def test_people_captured_by_authorities_or_arrested_stay_arrests(pipeline, text):
    top, events = _top(pipeline, text)
    assert top is not None and (top.type, top.mode) == ("COERCE", "arrest"), show(events)


# the parser often hangs an idiom's fixed preposition on the verb's object ("set [the depot on fire]")
@pytest.mark.parametrize("text,etype,mode", [
    ("Insurgents set a fuel depot on fire.", "ASSAULT", "destroy"),
    ("Arsonists set the clinic on fire overnight.", "ASSAULT", "destroy"),
])
def test_idiom_with_preposition_on_the_object(pipeline, text, etype, mode):
    top, events = _top(pipeline, text)
    assert top is not None and (top.type, top.mode) == (etype, mode), show(events)


def test_people_picked_up_by_security_forces_are_arrested(pipeline):
    top, events = _top(pipeline, "Plain-clothes police picked up three students from their hostel.")
    assert top is not None and (top.type, top.mode) == ("COERCE", "arrest"), show(events)


def test_people_picked_up_by_a_driver_are_no_arrest(pipeline):
    top, events = _top(pipeline, "The taxi driver picked up two students outside the hostel.")
    assert top is None or top.type != "COERCE", show(events)


def test_fighters_captured_by_an_armed_group_are_prisoners(pipeline):
    top, events = _top(pipeline, "Insurgents captured six soldiers after overrunning the outpost.")
    assert not any(e.type == "ASSAULT" and e.mode == "abduct" for e in events), show(events)


@pytest.mark.parametrize("text", [
    "The border town fell to the militants at dawn.",
    "Three villages fell to government troops on Friday.",
])
def test_place_falling_to_a_force_is_a_seizure(pipeline, text):
    top, events = _top(pipeline, text)
    assert top is not None and (top.type, top.mode) == ("COERCE", "seize"), show(events)


@pytest.mark.parametrize("text", ["Fuel prices fell to their lowest level in years.",
                                  "The mayoral seat fell to the independent candidate."])
def test_other_things_falling_to_someone_are_no_seizure(pipeline, text):
    top, events = _top(pipeline, text)
    assert top is None or top.type != "COERCE", show(events)


@pytest.mark.parametrize("text", [
    "Junior doctors have been on strike since the start of the month.",
    "Port workers remained on strike on Thursday.",
])
def test_being_on_strike_is_a_strike(pipeline, text):
    top, events = _top(pipeline, text)
    assert top is not None and (top.type, top.mode) == ("PROTEST", "strike"), show(events)


def test_call_after_an_attack_ranks_below_the_attack(pipeline):
    # a request whose temporal clause tells the event reacts to it, as a condemnation does
    top, events = _top(pipeline, "The bishop appealed for calm after gunmen shot dead four worshippers at a chapel.")
    assert top is not None and top.type == "ASSAULT", show(events)


def test_call_for_an_act_is_no_reaction_to_it(pipeline):
    top, events = _top(pipeline, "The opposition called on its supporters to march on the capital.")
    assert top is not None and top.type != "PROTEST" or top is None, show(events)


def test_reaction_told_before_the_report_ranks_below_it(pipeline):
    text = ("The provincial governor condemned the attack. Gunmen on motorbikes killed five traders at a cattle market "
            "on Saturday, police said.")
    top, events = _top(pipeline, text)
    assert top is not None and top.type == "ASSAULT", show(events)


def test_noun_premodifier_read_as_adjective_still_fills_the_idiom(pipeline):
    # the parser labels "looting" in "a looting spree" an adjective; "go on a looting spree" is still looting
    top, events = _top(pipeline, "Dozens of youths went on a looting spree in the market district.")
    assert top is not None and top.type in ("PROTEST", "ASSAULT") and top.mode in ("riot", "destroy"), show(events)


@pytest.mark.parametrize("text", ["Two guards sexually assaulted a detainee in the prison.",
                                  "A schoolgirl was sexually assaulted by a neighbour, police said."])
def test_sexually_assaulted_people_is_sexual_violence(pipeline, text):
    top, events = _top(pipeline, text)
    assert top is not None and (top.type, top.mode) == ("ASSAULT", "sexual"), show(events)


@pytest.mark.parametrize("text", ["The garrison pushed back a night attack by the insurgents.",
                                  "Border guards beat back an incursion by armed smugglers."])
def test_attack_pushed_back_is_fighting_not_a_seizure(pipeline, text):
    top, events = _top(pipeline, text)
    assert top is not None and top.type == "ASSAULT" and top.mode != "beat", show(events)


def test_forces_pushed_back_still_lose_ground(pipeline):
    top, events = _top(pipeline, "Government troops pushed back the insurgents from the edge of the town.")
    assert top is not None and (top.type, top.mode) == ("COERCE", "seize"), show(events)


def test_forces_engaging_an_enemy_fight(pipeline):
    top, events = _top(pipeline, "Patrol boats engaged each other off the disputed island.")
    assert top is not None and top.type == "ASSAULT", show(events)


def test_engaging_voters_is_no_fight(pipeline):
    top, events = _top(pipeline, "The party engaged first-time voters across the region.")
    assert top is None or top.type != "ASSAULT", show(events)


# South Asian protest forms and sit-down protests
@pytest.mark.parametrize("text,mode", [
    ("Angry parents gheraoed the school principal over the fee hike.", "demo"),
    ("Sanitation workers sat on a dharna outside the municipal office.", "demo"),
    ("Two activists sat on a hunger strike in front of the court.", "hunger"),
    ("Villagers staged a road blockade to demand a bridge.", "obstruct"),
    ("Hundreds of fishermen laid siege to the port office.", "obstruct"),
])
def test_protest_forms_are_protests(pipeline, text, mode):
    top, events = _top(pipeline, text)
    assert top is not None and (top.type, top.mode) == ("PROTEST", mode), show(events)


def test_siege_by_troops_stays_a_restriction(pipeline):
    top, events = _top(pipeline, "Army units laid siege to the rebel stronghold.")
    assert top is not None and top.type == "COERCE", show(events)


@pytest.mark.parametrize("text", ["The lawyer was forcibly disappeared after leaving the court.",
                                  "Intelligence agents forcibly disappeared two bloggers last month."])
def test_forced_disappearance_is_an_abduction(pipeline, text):
    top, events = _top(pipeline, text)
    assert top is not None and (top.type, top.mode) == ("ASSAULT", "abduct"), show(events)


def test_thing_that_disappears_is_no_event(pipeline):
    assert pipeline.analyse(Article(text="The fishing boat disappeared in the storm.")).events == []


@pytest.mark.parametrize("text", [
    "Mob justice left a suspected pickpocket dead near the bus park.",
    "Communal clashes erupted after a dispute over a temple procession.",
    "Stone pelting broke out near the mosque after the sermon.",
])
def test_crowd_violence_nouns_are_riots(pipeline, text):
    top, events = _top(pipeline, text)
    assert top is not None and (top.type, top.mode) == ("PROTEST", "riot"), show(events)


def test_justice_done_is_no_riot(pipeline):
    top, events = _top(pipeline, "The tribunal promised swift justice for the families.")
    assert top is None or top.type != "PROTEST", show(events)
