"""actors: a title word opening a capitalised name whose last word is the head noun of a body or a facility
("Director Cut Films", "Speaker Johnson Hall") names that body or place, not a titled person."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors", "quotes")
    return lambda text: pipeline.analyse(Article(text=text))


def persons(analysis):
    return [(a.name, [m.text for m in a.mentions]) for a in analysis.actors if a.kind == "person"]


@pytest.mark.parametrize("text, name", [
    ("Marine Corps Base Quantico will host the drill in May, officials said.", "Quantico"),
    ("Director Cut Films released a statement on Friday about the lawsuit.", "Director Cut Films"),
    ("Private Equity Partners bought the ferry line last year, the filing shows.", "Private Equity Partners"),
    ("Speaker Johnson Hall reopened on Tuesday after a long renovation.", "Speaker Johnson Hall"),
    ("The rally moved to Senator Reyes Center after the rain began.", "Senator Reyes Center"),
    ("Shares of General Harbor Holdings fell on Monday.", "General Harbor Holdings"),
])
def test_titled_name_ending_in_a_body_or_facility_head_is_no_person(run, text, name):
    analysis = run(text)
    assert not any(name in mention or mention in name.split() for _, ms in persons(analysis) for mention in ms), \
        persons(analysis)


@pytest.mark.parametrize("text, name", [
    ("Director Ana Ruiz said the studio would close in June.", "Ana Ruiz"),
    ("Mayor Ana Ruiz opened the new library on Saturday.", "Ana Ruiz"),
    ("President Alejandro Toledo visited the port on Friday.", "Alejandro Toledo"),
    # a surname that is also a facility head: a building does not speak
    ("Senator Marta Hall said the bill would pass next week.", "Marta Hall"),
    # regression: a surname that is a facility head, not the subject of a speech verb; the given name shows a person
    ("Reporters met Senator Mary Hall outside the chamber on Monday.", "Mary Hall"),
])
def test_titled_personal_name_stays_a_person(run, text, name):
    analysis = run(text)
    assert any(name in a.name for a in analysis.actors if a.kind == "person"), \
        [(a.name, a.kind) for a in analysis.actors]
