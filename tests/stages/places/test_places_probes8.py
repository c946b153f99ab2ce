"""places: defects found by probing invented wire reports (a mixed-case dateline with a date and no agency, a town
after "the outskirts of")."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import event_place_at, place_ids_by_text


@pytest.fixture(scope="module")
def actors_places(pipeline_factory):
    pipeline = pipeline_factory("actors", "places")
    return lambda text: pipeline.analyse(Article(text=text))



@pytest.mark.parametrize("text, word", [
    ("Lviv, 12 October — Missiles damaged a rail depot overnight, the regional governor said.", "damaged"),
    ("Mogadishu, Feb 9 - Gunmen stormed a hotel near the port on Friday, police said.", "stormed"),
    ("Kabul, Afghanistan, Sept. 14, 2022 - Police arrested four men after a blast, officials said.", "arrested"),
])
def test_a_mixed_case_dateline_with_a_date_and_no_agency_places_the_report(actors_places, text, word):
    a = actors_places(text)
    town = text.split(",")[0]
    assert town in place_ids_by_text(a)
    assert event_place_at(a, text, word) == (place_ids_by_text(a)[town], "dateline")


@pytest.mark.parametrize("text, town", [
    ("Militias shelled homes on the outskirts of Goma on Sunday, residents said.", "Goma"),
    ("An airstrike hit a school on the outskirts of Khan Younis, medics said.", "Khan Younis"),
    ("Troops set up checkpoints in the suburbs of Kherson overnight.", "Kherson"),
])
def test_a_town_after_the_outskirts_of_is_a_place(places, text, town):
    assert town in place_ids_by_text(places(text))


def test_a_person_after_a_part_noun_is_no_place(places):
    text = "Critics said the outskirts of Smith's argument were vague, and Jones agreed."
    assert "Smith" not in place_ids_by_text(places(text))


@pytest.mark.parametrize("text", [
    "NDJAMENA (Reuters) - Gunmen burned a market near the border with Sudan, witnesses said.",
    "JUBA (AP) - Heavy rain cut the main road, officials said.",
])
def test_a_wire_dateline_town_taken_for_a_person_before_its_agency_is_a_place(places, text):
    assert text.split(" ")[0] in place_ids_by_text(places(text))


@pytest.mark.parametrize("text, word", [
    ("NIAMEY (Reuters) - Soldiers ambushed a convoy near the border with Chad on Monday, officials said.",
     "ambushed"),
    ("Khartoum, 8 May - Fighters looted a clinic near the frontier with Chad, witnesses said.", "looted"),
])
def test_the_country_across_a_border_is_no_place_of_the_event(actors_places, text, word):
    a = actors_places(text)
    ids = place_ids_by_text(a)
    assert "Chad" in ids
    assert event_place_at(a, text, word) == (ids[text.split(" ")[0].rstrip(",")], "dateline")


@pytest.mark.parametrize("text, word", [
    ("MANAGUA, Nicaragua (AP) - The government expelled 15 priests to Rome on Friday, church officials said.",
     "expelled"),
    ("HOUSTON (AP) - Federal agents deported 40 men to Honduras and Guatemala on Tuesday.", "deported"),
])
def test_where_people_are_expelled_to_is_not_where_the_expulsion_was(actors_places, text, word):
    a = actors_places(text)
    assert event_place_at(a, text, word) == (place_ids_by_text(a)[text.split(",")[0].split(" (")[0]], "dateline")


def test_troops_sent_to_a_country_still_place_the_deployment_there(actors_places):
    text = "PARIS (Reuters) - France sent 300 troops to Chad on Monday."
    a = actors_places(text)
    assert event_place_at(a, text, "sent") == (place_ids_by_text(a)["Chad"], "clause")


@pytest.mark.parametrize("text", [
    "KHARKIV, Ukraine (Reuters) - Missiles hit the Saltivka district on Monday. Later drones attacked a depot in "
    "the city, the mayor said.",
    "KYIV, Ukraine (AP) - Debris fell on the Obolon district overnight. On Tuesday drones attacked a prison in the "
    "city.",
])
def test_the_city_after_a_named_district_is_the_dateline_city_not_the_district(actors_places, text):
    a = actors_places(text)
    town = text.split(" ")[0].rstrip(",")
    pid, _ = event_place_at(a, text, "attacked")
    assert pid == place_ids_by_text(a)[town]


def test_the_city_after_a_named_town_is_still_that_town(actors_places):
    text = "Missiles hit Sumy on Monday. Drones attacked a depot in the city on Tuesday."
    a = actors_places(text)
    assert event_place_at(a, text, "attacked") == (place_ids_by_text(a)["Sumy"], "anaphor")


@pytest.mark.parametrize("text, word, town", [
    ("KYIV, Ukraine (Reuters) - Drones hit a fuel depot in Sarny on Monday. On Friday, missiles hit the same depot "
     "again, officials said.", "missiles hit", "Sarny"),
    ("LVIV (AP) - Rockets hit an oil refinery in Drohobych in May. The same refinery was struck again on Sunday.",
     "struck", "Drohobych"),
])
def test_the_same_site_is_where_it_was_first_placed(actors_places, text, word, town):
    a = actors_places(text)
    assert event_place_at(a, text, word) == (place_ids_by_text(a)[town], "anaphor")


def test_the_same_person_takes_no_place_from_a_sentence_about_another_thing(places):
    text = "Police in Leeds said a man robbed a bank. The same man was arrested on Friday."
    pid, rule = event_place_at(places(text), text, "arrested")
    assert rule != "anaphor"


def _places_of(pipeline, text):
    return {m.text: p for p in pipeline(text).places or [] for m in p.mentions}


@pytest.mark.parametrize("text", [
    "Shoppers evacuated from Lebanon Valley Mall\nPolice cleared the building on Saturday after a bomb threat.",
    "Crowds gathered outside Jordan Valley Mall\nPolice closed the doors on Friday evening.",
])
def test_a_facility_named_after_a_country_is_not_that_country(places, text):
    assert not [p for p in (places(text).places or []) if p.feature == "country"]


@pytest.mark.parametrize("text, name", [
    ("Victims of the shooting at the Aurora theater were remembered on Sunday.", "Aurora theater"),
    ("Mourners left flowers outside the Charlotte theater on Monday.", "Charlotte theater"),
])
def test_a_town_before_a_venue_noun_names_the_venue_even_when_taken_for_a_person(places, text, name):
    found = _places_of(places, text)
    assert name in found and found[name].country == "USA"
