"""places: leftovers found by probing invented wire reports (Sudan's states, the Sahel, famous cities abroad with
small US namesakes) and the general patterns behind them."""

from __future__ import annotations

import pytest


from .. import stage_helpers


_at = stage_helpers.place_at


# ---------------------------------------------------------------- "X, capital of Y state": the town and its state

@pytest.mark.parametrize("text, town, state", [
    ("Troops regained control of Rabak, capital of White Nile state, on Monday.", "Rabak", "White Nile"),
    ("Rebels said they had taken control of Wad Madani, capital of Gezira state, after a week of fighting.",
     "Wad Madani", "Gezira"),
])
def test_town_named_capital_of_its_state(places, text, town, state):
    analysis = places(text)
    found_town, found_state = _at(analysis, text, town), _at(analysis, text, state)
    assert found_town is not None and (found_town.feature, found_town.country) == ("city", "SDN")
    assert found_state is not None and found_state.feature == "admin1" and found_town.admin1 == found_state.name


def test_state_named_with_its_type_word_after_of(places):
    text = "Floods destroyed the main bridge of Gezira state on Sunday."
    state = _at(places(text), text, "Gezira")
    assert state is not None and (state.feature, state.country) == ("admin1", "SDN")


# ---------------------------------------------------------------- a fronted place run into the subject's name

@pytest.mark.parametrize("text, region", [
    ("Across the Sahel Islamist groups have grown stronger. In the Sahel World Vision said hunger was rising.",
     "Sahel"),
])
def test_fronted_region_does_not_swallow_the_subject(places, text, region):
    analysis = places(text)
    spans = [text[m.start:m.end] for p in analysis.places for m in p.mentions]
    assert "Sahel World Vision" not in spans
    second = _at(analysis, text, region, 1)
    assert second is not None and text[second.mentions[-1].start:second.mentions[-1].end] == region


# ---------------------------------------------------------------- famous city abroad vs a US namesake near a world city

@pytest.mark.parametrize("text, name, country", [
    ("Swiss voters backed a tax on Sunday. In Geneva, turnout was 48 percent. The Chicago-based firm said it would "
     "move staff to Zurich.", "Geneva", "CHE"),
    ("Greece's government said on Friday it would raise pensions. Protesters gathered in Athens. The finance "
     "minister had met investors in Dallas and Houston the week before.", "Athens", "GRC"),
])
def test_famous_city_abroad_beats_namesake_near_a_world_city(places, text, name, country):
    place = _at(places(text), text, name)
    assert place is not None and place.country == country


# ---------------------------------------------------------------- a town's country named in its sentence

def test_town_in_the_country_its_sentence_names(places):
    text = ("Georgian police detained 40 people in Tbilisi and Batumi. Refugees who reached Armenia, many via the "
            "town of Goris, said the road was closed.")
    town = _at(places(text), text, "Goris")
    assert town is not None and (town.feature, town.country) == ("city", "ARM")


# ---------------------------------------------------------------- recognition cues for names spaCy calls persons

def test_town_spelt_otherwise_listed_with_a_town(places):
    text = "Kosovo police raided offices in Zvecan and Leposavic before dawn."
    town = _at(places(text), text, "Leposavic")
    assert town is not None and (town.feature, town.country) == ("city", "XKX")


def test_region_after_a_lower_case_word_for_a_part(places):
    text = "Eritrean units were seen at positions facing the town in western Tigray, officials said."
    region = _at(places(text), text, "Tigray")
    assert region is not None and (region.feature, region.country) == ("admin1", "ETH")


# ---------------------------------------------------------------- "the region of X" and "X city": two places

@pytest.mark.parametrize("text, name, country", [
    ("Bolivia declared an emergency in the region of Potosi after miners marched through Potosi city.",
     "Potosi", "BOL"),
])
def test_region_of_and_city_of_one_name_are_two_places(places, text, name, country):
    analysis = places(text)
    region, city = _at(analysis, text, name, 0), _at(analysis, text, name, 1)
    assert region is not None and (region.feature, region.country) == ("admin1", country)
    assert city is not None and (city.feature, city.country) == ("city", country)


# ---------------------------------------------------------------- "the X region": a wide region as often as a province

@pytest.mark.parametrize("text, name", [
    ("Aid groups warned that hunger was rising across the Sahel region, where the rains failed again.", "Sahel"),
    ("Voters in the Kurdistan region of Iraq went to the polls on Sunday.", "Kurdistan"),
])
def test_region_word_keeps_the_wide_region(places, text, name):
    region = _at(places(text), text, name)
    assert region is not None and region.feature == "region"


# ---------------------------------------------------------------- regions the packaged data lacks

@pytest.mark.parametrize("text, name, country", [
    ("Colombian soldiers were flown into the Catatumbo region after fighting between guerrilla factions.",
     "Catatumbo", "COL"),
    ("Officials in Somaliland said the port deal would be signed next month.", "Somaliland", "SOM"),
])
def test_border_and_breakaway_regions(places, text, name, country):
    region = _at(places(text), text, name)
    assert region is not None and (region.feature, region.country) == ("region", country)


def test_place_after_a_compass_word_and_of(places):
    text = "Shells landed in villages south of Zaporizhzhia overnight."
    city = _at(places(text), text, "Zaporizhzhia")
    assert city is not None and (city.feature, city.country) == ("city", "UKR")


# ---------------------------------------------------------------- an unknown town of a sentence naming a country abroad

def test_unknown_border_town_is_not_put_at_the_dateline(places):
    text = ("NAIROBI, Nov 20 (Reuters) - Kenya accused Somalia on Thursday of moving troops towards the border town "
            "of Dhaqarso, officials said.")
    analysis = places(text)
    nairobi = _at(analysis, text, "NAIROBI")
    town = _at(analysis, text, "Dhaqarso")
    assert nairobi is not None
    assert town is None or (town.lat, town.lon) != (nairobi.lat, nairobi.lon)


def test_unknown_village_still_placed_by_the_town_of_its_sentence(places):
    text = ("NAIROBI, Nov 20 (Reuters) - Kenyan police raided a market in Mombasa. Troops later moved to the village "
            "of Dhaqarso near Garissa.")
    town = _at(places(text), text, "Dhaqarso")
    assert town is not None and town.admin1 == "Garissa"


# ---------------------------------------------------------------- "provinces, including A, B and C": provinces

@pytest.mark.parametrize("text, names, country", [
    ("Heavy snow closed schools in several provinces, including Van, Hakkari and Erzurum.",
     ["Van", "Hakkari", "Erzurum"], "TUR"),
    ("Officials in states such as Lagos and Kano reported cholera cases.", ["Lagos", "Kano"], "NGA"),
])
def test_names_listed_after_a_plural_feature_word_and_including(places, text, names, country):
    analysis = places(text)
    for name in names:
        place = _at(analysis, text, name)
        assert place is not None and (place.feature, place.country) == ("admin1", country), name

