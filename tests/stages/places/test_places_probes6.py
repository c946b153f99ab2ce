"""places: event places and recognition defects found by probing invented diplomacy, conflict and local-news
articles."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.knowledge.gazetteer import haversine_km
from ..stage_helpers import event_place_at, place_ids_by_text


@pytest.fixture(scope="module")
def analyse(pipeline_factory):
    pipeline = pipeline_factory("places")
    return lambda text: pipeline.analyse(Article(text=text))


@pytest.mark.parametrize("text, word, topic", [
    ("The Danish trade minister met his Polish counterpart on Friday to discuss Helsinki's bid for the fair.",
     "met", "Helsinki"),
    ("Envoys will meet next week to negotiate the future of Tripoli, a diplomat said.", "meet", "Tripoli"),
    ("Mayors gathered on Monday for talks about Lviv's water supply.", "gathered", "Lviv"),
])
def test_a_place_talked_about_is_not_where_the_talk_happened(analyse, text, word, topic):
    a = analyse(text)
    pid, rule = event_place_at(a, text, word)
    assert topic in place_ids_by_text(a) and not (pid == place_ids_by_text(a)[topic] and rule in ("clause", "sentence"))


@pytest.mark.parametrize("text, word, topic, where", [
    ("Talks on a Darfur ceasefire were held in Doha on Sunday, mediators said.", "held", "Darfur", "Doha"),
    ("Negotiations over Crimea resumed in Istanbul on Tuesday.", "resumed", "Crimea", "Istanbul"),
    ("Ministers met in Nairobi on Thursday to discuss the drought in Somalia.", "met", "Somalia", "Nairobi"),
])
def test_the_place_of_a_talk_is_where_it_was_held_not_its_topic(analyse, text, word, topic, where):
    a = analyse(text)
    assert event_place_at(a, text, word) == (place_ids_by_text(a)[where], "clause")


def test_a_place_naming_the_event_inside_a_topic_still_locates_that_event(analyse):
    text = "Talks on a Darfur ceasefire were held in Doha on Sunday, mediators said."
    a = analyse(text)
    assert event_place_at(a, text, "ceasefire") == (place_ids_by_text(a)["Darfur"], "clause")


@pytest.fixture(scope="module")
def places(analyse):
    return lambda text: {m.text: p for p in analyse(text).places or [] for m in p.mentions}


@pytest.mark.parametrize("text, town", [
    ("Fighters of the Karen National Union laid down their arms near the border on Monday.", "Karen"),
    ("Leaders of the Moro National Liberation Front met officials in Manila on Friday.", "Moro"),
])
def test_a_town_spelt_like_the_people_a_movement_is_named_for_is_no_place(places, text, town):
    assert town not in places(text)


def test_a_country_opening_a_movement_name_is_still_a_place(places):
    got = places("Soldiers of the Sudan People's Liberation Army withdrew from the border on Tuesday.")
    assert any(p.name == "Sudan" for p in got.values())


@pytest.mark.parametrize("text, town, where", [
    ("The driver was flown to Providence Sacred Heart Medical Center in Spokane on Tuesday.", "Providence", "Spokane"),
    ("She was treated at the Worcester Memorial Clinic in Houston after the crash.", "Worcester", "Houston"),
])
def test_a_town_in_a_name_the_sentence_places_elsewhere_is_no_place(places, text, town, where):
    got = places(text)
    assert where in got and town not in got


def test_a_town_in_a_name_placed_in_its_own_state_stays_a_place(places):
    got = places("The boy was taken to Boston Children's Hospital in Massachusetts on Monday.")
    assert "Boston" in got and got["Boston"].admin1 == "Massachusetts"


@pytest.mark.parametrize("text", [
    "Ranchers across the Four Corners braced for another dry summer, officials said.",
    "Drought has gripped the Four Corners region since spring.",
])
def test_the_four_corners_is_the_region_where_four_states_meet(places, text):
    got = places(text)
    p = got.get("Four Corners") or got.get("Four Corners region")
    assert p is not None and haversine_km(p.lat, p.lon, 37.0, -109.05) <= 161


@pytest.mark.parametrize("text", [
    "Snow snarled traffic across the Twin Cities on Monday.",
    "Rents in the Twin Cities rose faster than anywhere else in the state.",
])
def test_the_twin_cities_are_a_place(places, text):
    got = places(text)
    assert "Twin Cities" in got and haversine_km(got["Twin Cities"].lat, got["Twin Cities"].lon, 44.95, -93.2) <= 50


def test_a_town_named_four_corners_with_its_state_is_the_town(places):
    got = places("A barn burned down in Four Corners, Texas, on Sunday.")
    assert got["Four Corners"].admin1 == "Texas"


@pytest.mark.parametrize("text, name", [
    ("Marburg has killed six people in the region since the outbreak began, the health ministry said.", "Marburg"),
    ("Nipah infected four more villagers this week as the outbreak spread, doctors said.", "Nipah"),
])
def test_a_virus_named_after_a_place_is_no_place_in_an_outbreak_story(places, text, name):
    assert name not in places(text)


def test_the_town_a_virus_is_named_after_stays_a_place_after_a_preposition(places):
    text = ("Marburg has killed six people since the outbreak began. The virus was first identified in Marburg, "
            "Germany, decades ago.")
    got = places(text)
    assert "Marburg" in got and got["Marburg"].country == "DEU"


@pytest.mark.parametrize("text, word, doer", [
    ("North Korea fired two missiles into the sea on Thursday, the latest in a series of launches by Pyongyang.",
     "fired", "Pyongyang"),
    ("Drones struck a fuel depot overnight, in a wave of raids by Moscow, officials said.", "struck", "Moscow"),
])
def test_a_capital_named_as_the_doer_of_a_noun_is_not_where_the_event_happened(analyse, text, word, doer):
    a = analyse(text)
    pid, rule = event_place_at(a, text, word)
    assert doer in place_ids_by_text(a) and not (pid == place_ids_by_text(a)[doer] and rule in ("clause", "sentence"))
