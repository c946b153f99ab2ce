"""places: leftovers found by probing invented wire reports (Sudan's states, the Sahel, famous cities abroad with
small US namesakes) and the general patterns behind them."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def places(pipeline_factory):
    pipeline = pipeline_factory("places")
    return lambda text: pipeline.analyse(Article(text=text))


def _at(analysis, text: str, word: str, nth: int = 0):
    """The place of the `nth` mention of `word` (by its position in `text`)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return next((p for p in analysis.places for m in p.mentions if m.start == start), None)


# ---------------------------------------------------------------- "X, capital of Y state": the town and its state

@pytest.mark.parametrize("text, town, state", [
    ("Troops regained control of Rabak, capital of White Nile state, on Monday.", "Rabak", "White Nile"),
    ("Rebels said they had taken control of Wad Madani, capital of Gezira state, after a week of fighting.",
     "Wad Madani", "Gezira"),
])
def test_town_named_capital_of_its_state(places, text, town, state):
    analysis = places(text)
    found_town, found_state = _at(analysis, text, town), _at(analysis, text, state)
    assert found_town is not None and (found_town.feature, found_town.country) == ("city", "SDN")
    assert found_state is not None and found_state.feature == "admin1" and found_town.admin1 == found_state.name


def test_state_named_with_its_type_word_after_of(places):
    text = "Floods destroyed the main bridge of Gezira state on Sunday."
    state = _at(places(text), text, "Gezira")
    assert state is not None and (state.feature, state.country) == ("admin1", "SDN")


# ---------------------------------------------------------------- a fronted place run into the subject's name

@pytest.mark.parametrize("text, region", [
    ("Across the Sahel Islamist groups have grown stronger. In the Sahel World Vision said hunger was rising.",
     "Sahel"),
])
def test_fronted_region_does_not_swallow_the_subject(places, text, region):
    analysis = places(text)
    spans = [text[m.start:m.end] for p in analysis.places for m in p.mentions]
    assert "Sahel World Vision" not in spans
    second = _at(analysis, text, region, 1)
    assert second is not None and text[second.mentions[-1].start:second.mentions[-1].end] == region


# ---------------------------------------------------------------- famous city abroad vs a US namesake near a world city

@pytest.mark.parametrize("text, name, country", [
    ("Swiss voters backed a tax on Sunday. In Geneva, turnout was 48 percent. The Chicago-based firm said it would "
     "move staff to Zurich.", "Geneva", "CHE"),
    ("Greece's government said on Friday it would raise pensions. Protesters gathered in Athens. The finance "
     "minister had met investors in Dallas and Houston the week before.", "Athens", "GRC"),
])
def test_famous_city_abroad_beats_namesake_near_a_world_city(places, text, name, country):
    place = _at(places(text), text, name)
    assert place is not None and place.country == country
