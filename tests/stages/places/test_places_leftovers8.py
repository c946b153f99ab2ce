"""places: leftovers found by probing invented wire reports (towns spaCy calls persons or organisations where a road
runs, a town spelt without its accent after "near", a town placed by an apposition a drive from
a better-known neighbour) and the general patterns behind them."""

from __future__ import annotations

import pytest

from eventwire.stages.places import resolve_spans

from .. import stage_helpers


_at = stage_helpers.place_at


# ---------------------------------------------------------------- where a road runs: "roads linking X with Y"

@pytest.mark.parametrize("text, name, country", [
    ("Miners blocked the highway connecting Cochabamba with the mountain mines on Wednesday.", "Cochabamba", "BOL"),
    ("Coca growers set up barricades on roads linking La Paz with the tropical lowlands.", "La Paz", "BOL"),
    ("The new bridge links to Guayaramerín, officials said.", "Guayaramerín", "BOL"),
    ("Hauliers said the road linking Bamako with Sikasso was cut by floods.", "Sikasso", "MLI"),
])
def test_town_a_road_runs_to_is_the_town(places, text, name, country):
    place = _at(places(text), text, name)
    assert place is not None and (place.feature, place.country) == ("city", country)


def test_town_near_which_people_wait_is_the_town_spelt_without_its_accent(places):
    text = "Herders waited near Kaedi for the river to fall, traders said."
    place = _at(places(text), text, "Kaedi")
    assert place is not None and (place.feature, place.country) == ("city", "MRT")


@pytest.mark.parametrize("text, name", [
    ("Prosecutors said the evidence linking Gonzalez to the robbery was thin.", "Gonzalez"),
    ("Another step on the road to Eagle was to lead a service project for the troop.", "Eagle"),
])
def test_person_or_goal_after_a_link_word_is_no_town(places, text, name):
    assert _at(places(text), text, name) is None


# ---------------------------------------------------------------- "X, a short drive from Y": the X near Y

def test_town_a_short_drive_from_a_city_is_the_namesake_near_it(places):
    text = "Windsor, a short drive from London, will host the rowing regatta on Sunday, organisers said."
    place = _at(places(text), text, "Windsor")
    assert place is not None and (place.feature, place.country) == ("city", "GBR")


def test_town_far_from_the_named_city_is_not_moved_by_it():
    text = "Richmond, about 400 miles from Boston, declared an emergency after the storm."
    (place,) = resolve_spans(text, stage_helpers.spans_of(text, "Richmond"))
    assert place is not None and place.country == "USA"
