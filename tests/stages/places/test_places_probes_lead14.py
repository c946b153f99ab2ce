"""places: lead probes (session 14): a well-known city spaCy tags as a person is a place as the object of an
assault verb ("Russia attacked Kharkiv", "missiles struck Kyiv"), but not a person the text names."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def placed(pipeline_factory):
    return pipeline_factory("actors", "places")


@pytest.mark.parametrize("text, city", [
    ("Russian missiles struck Kyiv overnight.", "Kyiv"),
    ("Missiles hit Kyiv on Monday. Russia attacked Kharkiv again.", "Kharkiv"),
    ("Drones hit Kyiv. Troops shelled Kharkiv at dawn.", "Kharkiv"),
])
def test_a_city_attacked_is_a_place(placed, text, city):
    analysis = placed.analyse(Article(text=text))
    assert any(m.text == city for p in analysis.places for m in p.mentions), analysis.places


def test_a_person_attacked_in_words_is_no_place(placed):
    text = "Senator Maria Lincoln spoke on Monday. Her rival attacked Lincoln over the budget."
    analysis = placed.analyse(Article(text=text))
    assert not any(m.text == "Lincoln" for p in analysis.places for m in p.mentions), analysis.places
