"""places stage, place_for: a report filed from a hub abroad ("BANGKOK (Reuters) - Myanmar's military ...") whose
story never names the dateline's country has its unplaced events at the story's focus, not at the dateline; a
report that names its dateline's country keeps the dateline. Invented mini-articles."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "events")


def unplaced_event_place(pipeline, text: str, trigger: str) -> tuple[str | None, str | None]:
    analysis = pipeline.analyse(Article(text=text))
    names = {p.id: p.name for p in analysis.places}
    own = [e for e in analysis.events if e.trigger.text == trigger]
    assert own, show(analysis.events)
    return names.get(own[0].place), own[0].place_rule


def test_hub_dateline_is_not_where_the_story_happened(pipeline):
    text = ("BANGKOK (Reuters) - Myanmar's military carried out air strikes on a village in the Sagaing region on "
            "Wednesday. State media said several assailants were killed.")
    place, rule = unplaced_event_place(pipeline, text, "killed")
    assert rule != "dateline" and place != "Bangkok"


def test_dateline_of_a_story_about_its_own_country_stays(pipeline):
    text = ("BANGKOK (Reuters) - Thai police said on Wednesday that several assailants were killed. "
            "Thailand has seen similar attacks.")
    place, rule = unplaced_event_place(pipeline, text, "killed")
    assert (place, rule) == ("Bangkok", "dateline")


def test_one_passing_mention_abroad_keeps_the_dateline(pipeline):
    text = "WASHINGTON (Reuters) - The president said on Monday he would travel to Japan. Officials were detained."
    place, rule = unplaced_event_place(pipeline, text, "detained")
    assert (place, rule) == ("Washington", "dateline")


def test_a_bodys_seat_before_based_is_not_where_the_event_was(pipeline):
    text = ("BEIRUT (Reuters) - According to the Britain-based Syrian Observatory for Human Rights, the strike "
            "targeted a meeting of officers.")
    place, rule = unplaced_event_place(pipeline, text, "targeted")
    assert place != "United Kingdom"


def test_a_news_agencys_acronym_is_no_town(pipeline):
    analysis = pipeline.analyse(Article(text="Missiles struck a building in Damascus on Monday, Syrian state news "
                                             "agency SANA reported. SANA said four people were killed."))
    assert "SANA" not in {m.text for p in analysis.places for m in p.mentions}
