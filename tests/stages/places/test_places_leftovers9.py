"""places: leftovers found by probing invented wire reports (a country named by part of its name where a town of the
story's country bears it, a foreign town matched only by another name in a story of small local towns, a nation
listed beside a county, a wide region "across the" text names, an island the sea lies off) and the general patterns
behind them."""

from __future__ import annotations

import pytest

from eventwire.stages.places import resolve_spans

from .. import stage_helpers


_at = stage_helpers.place_at


def _resolved(text, *names):
    return resolve_spans(text, stage_helpers.spans_of(text, *names))


# ---------------------------------------------------------------- "Trinidad" in a Bolivian story: Beni's capital

@pytest.mark.parametrize("text, others", [
    ("Cattle ranchers marched in Trinidad on Tuesday. The government in La Paz sent a minister.", ("La Paz",)),
    ("Cattle ranchers marched in Trinidad and in Riberalta on Tuesday, officials in Cochabamba said.",
     ("Riberalta", "Cochabamba")),
])
def test_part_of_a_country_name_is_the_town_of_the_story_country(text, others):
    place = _resolved(text, "Trinidad", *others)[0]
    assert place is not None and (place.feature, place.country) == ("city", "BOL")


@pytest.mark.parametrize("text, others", [
    ("Talks between Trinidad and Venezuela over gas resumed on Tuesday.", ("Venezuela",)),
    ("Ships off Trinidad were turned back, officials in Caracas said.", ("Caracas",)),
])
def test_part_of_a_country_name_stays_the_country_without_a_namesake_in_the_story_country(text, others):
    place = _resolved(text, "Trinidad", *others)[0]
    assert place is not None and (place.feature, place.country) == ("country", "TTO")


# ---------------------------------------------------------------- a name only a foreign town bears as another name

def test_name_a_foreign_town_bears_only_as_another_name_is_not_it_among_local_villages():
    text = "A device found near Kesh was viable, the PSNI said. Residents of Lisnaskea were told to stay indoors."
    kesh, village = _resolved(text, "Kesh", "Lisnaskea")
    assert village is not None and village.country == "GBR"
    assert kesh is None or kesh.country == "GBR"


# ---------------------------------------------------------------- "Wales and the West Midlands": the nation

def test_nation_listed_beside_a_county_is_the_nation_not_a_village_of_its_name():
    text = "Police in Telford and Wolverhampton said storms across Wales and the West Midlands had felled trees."
    wales = _resolved(text, "Telford", "Wolverhampton", "Wales", "West Midlands")[2]
    assert wales is not None and (wales.feature, wales.country) == ("admin1", "GBR")


# ---------------------------------------------------------------- "across the Sahel": the wide region

def test_wide_region_across_which_things_happen_is_the_region_not_a_province_of_its_name():
    text = "Jihadist attacks across the Sahel rose this year, officials in Ouagadougou said."
    sahel = _resolved(text, "Sahel", "Ouagadougou")[0]
    assert sahel is not None and sahel.feature == "region"


def test_wide_region_after_across_the_is_found_though_tagged_a_person(places):
    text = "Locusts swarmed across the Sahel this spring, destroying crops, aid agencies warned."
    place = _at(places(text), text, "Sahel")
    assert place is not None and place.feature == "region"


# ---------------------------------------------------------------- "off Lampedusa": the island the sea lies off

@pytest.mark.parametrize("text", [
    "Rescuers pulled 52 migrants from the sea off Lampedusa on Sunday after their dinghy sank.",
    "Divers searched the waters off the coast of Lampedusa for a second day.",
])
def test_island_town_the_sea_lies_off_is_found_though_tagged_a_person(places, text):
    place = _at(places(text), text, "Lampedusa")
    assert place is not None and (place.feature, place.country) == ("city", "ITA")


def test_person_after_off_is_no_town(places):
    text = "The referee sent off Morrison after a second yellow card, the club said."
    assert _at(places(text), text, "Morrison") is None
