"""places: recognition and end-to-end defects found on disease-outbreak news (geovirus dev), each on invented
sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def mentions(pipeline_factory):
    pipeline = pipeline_factory("places")

    def run(text: str) -> list[str]:
        analysis = pipeline.analyse(Article(text=text))
        return [m.text for p in analysis.places or [] for m in p.mentions]

    return run


def test_a_prefix_before_a_hyphen_is_no_place_of_its_own(mentions):
    # "Mid" is a spelling variant of a small town abroad; in "Mid-Jutland" it only qualifies the name after it
    got = mentions("Vets culled 400 ducks at a farm near Aarhus in Mid-Jutland, Denmark, on Friday.")
    assert "Mid" not in got and "Jutland" in got and "Denmark" in got


@pytest.fixture(scope="module")
def places(pipeline_factory):
    pipeline = pipeline_factory("places")
    return lambda text: {m.text: p for p in pipeline.analyse(Article(text=text)).places or [] for m in p.mentions}


def test_a_county_named_in_the_sentence_of_a_state_is_that_states_county(places):
    # several states have a county of each name; another state named later in the text (where a laboratory is)
    # must not pull the county there
    got = places("Rangers found three dead geese in Ohio along a creek in Jackson County on Monday. Tissue was "
                 "tested at a laboratory in Ames, Iowa.")
    assert got["Jackson County"].admin1 == "Ohio"
    got = places("A dairy herd in Wisconsin tested positive at a farm in Washington County. Samples went to a "
                 "laboratory in Ames, Iowa.")
    assert got["Washington County"].admin1 == "Wisconsin"


def test_a_town_placed_by_a_comma_in_a_province_lacking_it_is_no_namesake_abroad(places):
    # the gazetteer lacks the Canadian village; its English and Irish namesakes are not it
    got = places("Police stopped a van in Lisburn, Nova Scotia, on Monday.")
    assert got["Lisburn"].country == "CAN"
    # a list of towns is no town and its state: Miami stays in Florida before "West Palm Beach"
    got = places("The chain runs stores in Boston, Miami, West Palm Beach, Atlanta, and Detroit.")
    assert got["Miami"].admin1 == "Florida" and got["Detroit"].admin1 == "Michigan"


def test_a_list_item_only_a_spelling_abroad_matches_is_left_unresolved(places):
    # every other district of the list is Kenyan; "Suba" is only another spelling of Suva, Fiji's capital
    got = places("Clinics ran short of cholera kits in Suba, Kisii, Nyamira, Bomet and Kericho during the floods.")
    assert "Suba" not in got or got["Suba"].country == "KEN"
    assert got["Kericho"].country == "KEN"


def test_a_country_spelt_one_letter_off_is_that_country(places):
    # a misspelling is no transliteration guess at some village abroad
    got = places("Dengue cases rose sharply in Madagascar and in Mozambiqe after the cyclone, the agency said.")
    assert got["Mozambiqe"].name == "Mozambique"


def test_a_town_spacy_calls_a_people_is_the_town_its_province_after_a_comma_holds(mentions):
    got = mentions("A duck farmer from Sukoharjo, Central Java, tested positive for bird flu last week.")
    assert "Sukoharjo" in got and "Central Java" in got


def test_a_town_and_its_province_both_taken_for_names_of_people_or_bodies_are_places(mentions):
    # spaCy calls the town an organisation and the province a person; the province holds a town of that name
    got = mentions("A poultry trader from Purworejo, Central Java, died on Sunday.")
    assert "Purworejo" in got and "Central Java" in got
