"""places: recognition and resolution defects found by probing invented outbreak/health and local-news articles."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.knowledge.gazetteer import haversine_km


@pytest.fixture(scope="module")
def places(pipeline_factory):
    pipeline = pipeline_factory("places")
    return lambda text: {m.text: p for p in pipeline.analyse(Article(text=text)).places or [] for m in p.mentions}


def test_a_country_stands_within_161_km_of_both_its_reference_points(places):
    # GeoNames puts Myanmar at 22N 98E, the encyclopaedia at 22N 96E: the midpoint scores against either
    got = places("Health workers in Myanmar vaccinated 2,000 children against measles last month.")
    point = (got["Myanmar"].lat, got["Myanmar"].lon)
    assert haversine_km(*point, 22.0, 98.0) <= 161 and haversine_km(*point, 22.0, 96.0) <= 161


def test_a_town_introduced_as_such_is_a_place_though_a_disease_bears_its_name(places):
    # "Lyme disease" makes "Lyme" a disease's name throughout the text; "the town of Lyme" still names the town
    text = ("Lyme disease cases rose again this summer. The illness is named after the town of Lyme in "
            "Connecticut, where doctors first described it.")
    got = places(text)
    assert "Lyme" in got and got["Lyme"].admin1 == "Connecticut"
    assert [m for m in got if m.startswith("Lyme d")] == []


def test_an_unknown_name_before_a_word_for_a_district_is_a_place_in_the_province_named(places):
    got = places("Farmers in the Mutendi district, Mashonaland East province, fear a poor harvest after the drought.")
    assert "Mutendi" in got and got["Mutendi"].country == "ZWE"


def test_an_unknown_name_before_area_is_a_place_in_the_county_named(places):
    got = places("Deputies said the fire started in the Pine Hollow area of Greene County late on Friday.")
    assert "Pine Hollow" in got and got["Pine Hollow"].country == "USA" and got["Pine Hollow"].feature == "site"


def test_a_reservoir_or_a_demonym_before_area_or_district_names_no_area(places):
    got = places("Volunteers cleaned the Cobbleford Reservoir area near Dayton, Ohio, on Saturday. Voters in the "
                 "Republican district backed the levy.")
    assert not [m for m in got if m.startswith(("Cobbleford", "Republican"))]


def test_a_place_ending_a_headline_is_named_without_the_line_break_after_it(places):
    text = "Cargo ship quarantined off Rotterdam\n\nAMSTERDAM - Nine sailors on a cargo ship tested positive for measles."
    got = places(text)
    assert got and all(m == m.strip() for m in got)


def test_a_dateline_country_is_named_without_the_dash_after_it(places):
    text = "Polio drive resumes\n\nPESHAWAR, Pakistan - Health workers resumed a polio vaccination campaign on Monday."
    got = places(text)
    assert "Pakistan" in got and all(m == m.rstrip(" -–—") for m in got)


def test_a_town_people_come_from_is_a_place_though_spacy_calls_it_an_organisation(places):
    got = places("A 41-year-old hiker from Flagstaff died of hantavirus after a camping trip, officials said.")
    assert "Flagstaff" in got and got["Flagstaff"].admin1 == "Arizona"


def test_a_college_something_comes_from_after_a_verb_is_no_town(places):
    got = places("She graduated from Harvard in 2004 and joined the hospital as a nurse.")
    assert "Harvard" not in got


def test_an_unknown_township_is_a_place_in_the_county_its_sentence_names(places):
    got = places("A rabid fox bit two people in East Goshen Township on Sunday, the Chester County Health "
                 "Department said.")
    assert "East Goshen Township" in got and got["East Goshen Township"].admin1 == "Pennsylvania"


def test_a_country_naming_a_parasitic_worm_is_no_place(places):
    got = places("Guinea worm disease is close to eradication, health workers in Chad said on Monday.")
    assert "Guinea" not in got and "Chad" in got


def test_every_village_listed_after_a_settlement_cue_is_a_place_near_the_town_named(places):
    # spaCy calls the unknown village names a person and an organisation; "de" joins the words of the first
    got = places("Bird flu was confirmed in the villages of Ponte de Sus, Valcor and Brenmora near Tulcea, officials "
                 "said.")
    assert {"Ponte de Sus", "Valcor", "Brenmora"} <= set(got)
    assert all(got[name].country == "ROU" for name in ("Ponte de Sus", "Valcor", "Brenmora"))


def test_upstate_before_a_name_of_a_state_and_a_city_makes_it_the_state(places):
    got = places("Flu cases surged across upstate New York this week, and clinics turned patients away.")
    assert got["New York"].feature == "admin1"


def test_a_country_after_neighbouring_is_a_place_though_spacy_calls_it_a_person(places):
    got = places("Meningitis cases rose in neighbouring Niger, officials said on Monday.")
    assert "Niger" in got and got["Niger"].feature == "country"


def test_a_town_hyphenated_to_area_is_a_place(places):
    got = places("A Dayton-area hospital turned away ambulances for six hours as flu patients filled its beds.")
    assert "Dayton" in got and got["Dayton"].admin1 == "Ohio"
