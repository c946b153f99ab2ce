"""actors: invented articles (round 17): a name given family name first ("Liang Wenhao") is taken up later by its
first word alone ("Liang said"): one person, not a second actor."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipe(pipeline_factory):
    return pipeline_factory("actors", "quotes")


def _persons(pipe, text):
    return [a for a in pipe.analyse(Article(text=text)).actors if a.kind == "person"]


def test_bare_family_name_after_full_name_is_that_person(pipe):
    text = ("Spokesman Liang Wenhao said Beijing would respond firmly to the new tariffs. "
            "Liang said talks with Washington remained possible.")
    persons = _persons(pipe, text)
    assert len(persons) == 1, [(a.name, [m.text for m in a.mentions]) for a in persons]
    assert "Liang" in [m.text for m in persons[0].mentions]


def test_bare_surname_still_joins_the_name_it_ends(pipe):
    text = ("Trade envoy Marta Kovalenko said Kyiv would respond firmly to the new tariffs. "
            "Kovalenko said talks with Warsaw remained possible.")
    persons = _persons(pipe, text)
    assert len(persons) == 1, [(a.name, [m.text for m in a.mentions]) for a in persons]
