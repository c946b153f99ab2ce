"""places: a town after its country's possessive, a container after "in", and a town's other spelling after a
preposition when spaCy calls these names persons (invented sentences)."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def places(pipeline_factory):
    pipeline = pipeline_factory("places")

    def run(text: str) -> list[tuple[str, str | None]]:
        analysis = pipeline.analyse(Article(text=text))
        return [(m.text, p.country) for p in analysis.places or [] for m in p.mentions]

    return run


def test_a_town_after_its_countrys_possessive_is_that_town(places):
    # spaCy tags both names as persons here
    got = places("Militants attacked Mali's Menaka on Friday.")
    assert ("Menaka", "MLI") in got and ("Mali", "MLI") in got
    got = places("Bandits raided Nigeria's Gusau overnight.")
    assert ("Gusau", "NGA") in got


def test_a_name_after_a_countrys_possessive_that_speaks_stays_a_person(places):
    got = places("Mali's Menaka said it would rebuild the market.")
    assert not any(text == "Menaka" for text, _ in got)


def test_a_state_after_in_contains_a_town_spacy_calls_a_person(places):
    assert ("Genoa", "ITA") in places("Rain fell on Genoa in Italy's north.")


def test_a_town_in_another_spelling_after_a_preposition_is_that_town(places):
    assert ("Zuwara", "LBY") in places("Boats left from Zuwara before dawn.")
