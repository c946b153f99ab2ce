"""places: recognition and resolution defects found by probing invented world and local-news articles (ellipsis in
coordinated names, namesakes)."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.stages.places import resolve_spans
from ..stage_helpers import spans_of


@pytest.fixture(scope="module")
def places(pipeline_factory):
    pipeline = pipeline_factory("places")
    return lambda text: {m.text: p for p in pipeline.analyse(Article(text=text)).places or [] for m in p.mentions}


def test_a_given_span_of_an_elliptical_half_resolves_to_the_whole_name():
    text = "Exports to South and Central America rose by a fifth last year."
    (south, _) = resolve_spans(text, spans_of(text, "South", "Central America"))
    assert south is not None and south.name == "South America"


def test_an_unknown_town_introduced_as_a_town_is_a_site_of_the_story_town(places):
    text = ("Council members in Dayton voted on Monday to save a paper mill. The mill will close in the town of "
            "Quarnby Hollow next month, its owner said. Dayton's mayor called the news a blow.")
    found = places(text)
    assert "Quarnby Hollow" in found and found["Quarnby Hollow"].feature == "site"
    assert (found["Quarnby Hollow"].lat, found["Quarnby Hollow"].lon) == (found["Dayton"].lat, found["Dayton"].lon)


def test_an_unknown_town_of_a_story_about_a_country_is_not_placed_at_its_middle(places):
    text = ("Floods hit Kenya on Monday and Kenya's government sent aid. Water swept away homes in the village of "
            "Quarnby Hollow, residents said.")
    assert "Quarnby Hollow" not in places(text)


def test_a_river_far_from_a_story_told_in_one_country_yields_to_that_country_s_town(places):
    text = ("Truck drivers blocked roads into Santos on Monday. Drivers in Paranaguá and Rio Grande said they "
            "would join the protest on Tuesday, while officials in Brasília called for talks.")
    found = places(text)
    assert found["Rio Grande"].feature == "city" and found["Rio Grande"].country == "BRA"


def test_a_river_near_the_places_of_the_story_stays_the_river(places):
    text = ("Border agents in El Paso and Laredo said on Monday that fewer migrants had crossed the Rio Grande "
            "this month.")
    assert places(text)["Rio Grande"].feature == "water"


def test_an_ocean_named_by_its_short_name_stays_the_ocean_in_a_local_story(places):
    text = ("Fishermen from Gloucester and Rockport said on Friday that storms in the Atlantic had kept their "
            "boats in port for a week.")
    assert places(text)["Atlantic"].feature == "water"


def test_a_city_taken_for_a_person_amid_its_own_suburbs_is_the_city(places):
    text = ("Hamilton's largest bakery will shut in March, the owners said on Thursday. Staff from Burlington and "
            "Stoney Creek said they had not been warned.")
    found = places(text)
    assert "Hamilton" in found and found["Hamilton"].country == "CAN"


def test_a_person_named_in_full_is_no_city_amid_the_suburbs(places):
    text = ("Shop owner Grace Hamilton opened a bakery on Thursday. Hamilton said buyers from Burlington and "
            "Stoney Creek had queued since dawn.")
    assert "Hamilton" not in places(text)


def test_a_town_name_cut_before_its_last_word_is_joined_again(places):
    text = "Police said a van was stolen in Newton Aycliffe on Sunday."
    found = places(text)
    assert "Newton Aycliffe" in found and "Newton" not in found


def test_a_town_name_opening_a_church_name_is_not_joined_to_the_next_word(places):
    text = "Mourners filled St. Charles Borromeo Church in Elmwood on Monday."
    assert "St. Charles" not in places(text)


def test_a_county_named_by_its_formal_title_is_the_county_and_places_its_town(places):
    text = ("A bridge in Perth was closed on Friday after inspectors found cracks. The County of Lanark said "
            "repairs would take a month.")
    found = places(text)
    assert found["Lanark"].feature == "admin2" and found["Lanark"].admin1 == "Ontario"
    assert found["Perth"].admin1 == "Ontario"


def test_the_county_of_a_name_is_the_county_filed_under_that_name_and_county():
    text = "Officials in the County of Santa Clara said on Monday that they would appeal."
    (county,) = resolve_spans(text, spans_of(text, "Santa Clara"))
    assert county is not None and county.name == "Santa Clara County"


@pytest.mark.parametrize("text, word", [
    ("Rivers burst their banks near Kutaisi after a week of rain.", "Rivers"),
    ("Lakes across Ontario froze early this year, and Sudbury saw snow in October.", "Lakes"),
])
def test_a_plural_common_noun_opening_a_sentence_is_no_place(places, text, word):
    assert word not in places(text)
