"""places: defects found by probing invented wire reports from regions whose towns share a name with their province
(a province named "the X region" and a bare "X" of the same story, the city)."""

from __future__ import annotations

import pytest


from .. import stage_helpers


_at = stage_helpers.place_at


# ---------------------------------------------------------------- "the X region" beside a bare "X": two places

@pytest.mark.parametrize("text, name, country", [
    ("Drones hit a fuel depot in Saratov before dawn. The governor of the Saratov region said nobody was hurt.",
     "Saratov", "RUS"),
    ("Shells landed in Kherson on Friday, and officials in the Kherson region said two farmers were wounded.",
     "Kherson", "UKR"),
    ("Police in the Kharkiv region closed three roads. In Kharkiv, a glide bomb struck a warehouse.",
     "Kharkiv", "UKR"),
])
def test_region_form_and_bare_name_are_province_and_city(places, text, name, country):
    analysis = places(text)
    region_at = text.index(f"{name} region")
    bare_at = next(i for i in range(len(text)) if text.startswith(name, i) and i != region_at)
    region = _at(analysis, text, name, 0 if region_at < bare_at else 1)
    city = _at(analysis, text, name, 1 if region_at < bare_at else 0)
    assert region is not None and city is not None
    assert (region.feature, region.country) == ("admin1", country)
    assert (city.feature, city.country) == ("city", country)


def test_region_named_twice_stays_one_province(places):
    text = "Fighting spread across the Kursk region. Later, officials in the Kursk region said the border was calm."
    analysis = places(text)
    first, second = _at(analysis, text, "Kursk", 0), _at(analysis, text, "Kursk", 1)
    assert first is not None and first is second and first.feature == "admin1"


def test_town_of_the_province_keeps_its_own_sense(places):
    text = "Troops repelled an assault on Kupiansk in the Kharkiv region. In Kharkiv, sirens sounded all night."
    town = _at(analysis := places(text), text, "Kupiansk")
    assert town is not None and (town.feature, town.country) == ("city", "UKR")
    assert _at(analysis, text, "Kharkiv", 1).feature == "city"
