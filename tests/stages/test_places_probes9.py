"""places: defects found by probing invented wire reports (a town as the object of a verb of assault or travel with no
spaCy entity or below the big-city floor, the named district of a city, outbreak news)."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.stages.places import resolve_spans

from .stage_helpers import place_ids_by_text, spans_of


@pytest.fixture(scope="module")
def places(pipeline_factory):
    pipeline = pipeline_factory("places")
    return lambda text: pipeline.analyse(Article(text=text))


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


# ---------------------------------------------------------------- "the <Name> district of <City>"

@pytest.mark.parametrize("text, city, country", [
    ("A rocket struck the Saltivka district of Kharkiv on Wednesday, killing two people.", "Kharkiv", "UKR"),
    ("Police said the blast hit the Shevchenkivskyi district of Kyiv before dawn.", "Kyiv", "UKR"),
])
def test_the_city_after_a_named_district_of_is_the_city(text, city, country):
    (place,) = resolve_spans(text, spans_of(text, city))
    assert place is not None and place.feature == "city" and place.country == country


def test_a_peoples_adjective_before_county_of_leaves_the_county():
    text = "The village of Ciocile in the Romanian county of Braila was quarantined after the outbreak."
    (place,) = resolve_spans(text, spans_of(text, "Braila"))
    assert place is not None and place.feature == "admin2"
