"""places: defects found by probing invented wire reports (a town as the object of a verb of assault or travel with no
spaCy entity or below the big-city floor, the named district of a city, outbreak news)."""

from __future__ import annotations

import pytest

from eventwire.stages.places import resolve_spans

from ..stage_helpers import place_ids_by_text, spans_of


def _place_named(analysis, text: str):
    return next((p for p in analysis.places for m in p.mentions if m.text == text), None)


# ---------------------------------------------------------------- a town in the object slot of an assault or a visit

@pytest.mark.parametrize("text, town, country", [
    ("Missiles hit Chuhuiv overnight, wounding four people, the governor said.", "Chuhuiv", "UKR"),
    ("Rebels shelled Sake on Monday, residents said.", "Sake", "COD"),
    ("Troops captured Bakhmut after months of fighting, officials said.", "Bakhmut", "UKR"),
    ("Drones attacked Lyman and later artillery pounded Avdiivka.", "Avdiivka", "UKR"),
])
def test_a_town_as_the_object_of_an_assault_verb_is_a_place(places, text, town, country):
    place = _place_named(places(text), town)
    assert place is not None and place.country == country


@pytest.mark.parametrize("text, name", [
    ("Dan Lyman, a lawyer, said the firm had been sued. Critics attacked Lyman for the decision.", "Lyman"),
    ("Fans attacked Chelsea players after the match, police said.", "Chelsea"),
])
def test_a_person_or_a_modifier_after_an_assault_verb_is_no_place(places, text, name):
    assert name not in place_ids_by_text(places(text))


@pytest.mark.parametrize("text, town, country", [
    ("Rebels advanced towards Rutshuru and burned a market, residents said.", "Rutshuru", "COD"),
    ("Soldiers dug trenches near Bakhmut as the shelling went on.", "Bakhmut", "UKR"),
])
def test_a_town_after_near_or_towards_is_a_place_below_the_big_city_floor(places, text, town, country):
    place = _place_named(places(text), town)
    assert place is not None and place.country == country


def test_a_school_named_like_a_town_is_no_place_when_bare_after_near(places):
    text = ("Parents at Wilson Elementary said the air smelled of solvent. Three factories stand near Wilson, "
            "the school board said.")
    assert "Wilson" not in place_ids_by_text(places(text))


def test_a_persons_possessive_after_near_is_no_place(places):
    text = "Reporters waited near Lyman's office, and Lyman said nothing."
    assert "Lyman" not in place_ids_by_text(places(text))


# ---------------------------------------------------------------- "the <Name> district of <City>"

@pytest.mark.parametrize("text, city, country", [
    ("A rocket struck the Saltivka district of Kharkiv on Wednesday, killing two people.", "Kharkiv", "UKR"),
    ("Police said the blast hit the Shevchenkivskyi district of Kyiv before dawn.", "Kyiv", "UKR"),
])
def test_the_city_after_a_named_district_of_is_the_city(text, city, country):
    (place,) = resolve_spans(text, spans_of(text, city))
    assert place is not None and place.feature == "city" and place.country == country


def test_a_peoples_adjective_before_county_of_leaves_the_county():
    text = "The hamlet of Valea Rece in the Romanian county of Vaslui was sealed off after the outbreak."
    (place,) = resolve_spans(text, spans_of(text, "Vaslui"))
    assert place is not None and place.feature == "admin2"


# ---------------------------------------------------------------- outbreak news: a national body's seat

def test_a_national_bodys_seat_is_the_big_city_not_a_namesake_in_the_storys_state():
    text = ("Measles cases rose in Gaines County, Texas, and Lubbock County, Texas, this week. The federal Centers "
            "for Disease Control in Atlanta told families to check their vaccination records.")
    place = resolve_spans(text, spans_of(text, "Gaines County", "Texas", "Lubbock County", "Texas", "Atlanta"))[-1]
    assert place is not None and place.admin1 == "Georgia"


def test_a_local_body_leaves_the_storys_own_town():
    # a town's own medical centre is no national body: the town in the story's county keeps its pull
    text = ("Flu spread in Cass County, Texas, and Bowie County, Texas. The Regional Medical Center in Atlanta said "
            "its beds were full.")
    place = resolve_spans(text, spans_of(text, "Cass County", "Texas", "Bowie County", "Texas", "Atlanta"))[-1]
    assert place is not None and place.admin1 == "Texas"


# ---------------------------------------------------------------- "<Unknown name> <part noun> of <Place>"

@pytest.mark.parametrize("text, name, city", [
    ("A rocket struck the Saltivka district of Kharkiv. Police said the blast hit the Shevchenkivskyi district of "
     "Kyiv. Officials said flooding hit the Korail slum of Dhaka.", "Korail", "Dhaka"),
    ("Flooding hit the Kasaba neighbourhood of Dhaka, officials said.", "Kasaba", "Dhaka"),
    ("Drones struck Kyiv overnight. In Africa, aid arrived in the Kalomo camp of Nairobi, a charity said.",
     "Kalomo", "Nairobi"),
])
def test_a_name_called_a_part_of_a_place_is_no_namesake_abroad(places, text, name, city):
    a = places(text)
    parts = [p for p in a.places for m in p.mentions if m.text.startswith(name)]
    whole = _place_named(a, city)
    assert whole is not None and all(p.country == whole.country for p in parts)
