"""times and events stages, fourth date probe round: a future weekday under a noun the tagger reads as a verb, a
possessive day an upcoming event is awaited by, and the date of a headline's event (invented mini-articles)."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def times_pipeline(pipeline_factory):
    return pipeline_factory("times")


@pytest.fixture(scope="module")
def full_pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "times", "events")


def time_values(pipeline, text: str, published: str = "2026-11-25") -> dict[str, str | None]:
    return {t.text: t.value for t in pipeline.analyse(Article(text=text, published=published)).times}


def dates_of(pipeline, text: str, trigger: str, published: str = "2026-11-25") -> list[str | None]:
    analysis = pipeline.analyse(Article(text=text, published=published))
    found = [e.date for e in analysis.events if any(trigger in s.text for s in e.triggers)]
    assert found, f"no event triggered by {trigger!r}"
    return found


def test_a_weekday_after_a_noun_read_as_a_bare_verb_shares_the_future_of_its_clause(times_pipeline):
    # 'deal' is tagged as a verb with no auxiliary of its own; the clause's 'will vote' looks ahead
    text = "Lawmakers will vote on the ceasefire deal on Thursday, the speaker's office said."
    assert time_values(times_pipeline, text)["Thursday"] == "2026-11-26"


def test_a_second_verb_sharing_will_looks_ahead(times_pipeline):
    text = "The two ministers will meet in Lisbon and sign the fisheries accord on Friday, an aide said."
    assert time_values(times_pipeline, text)["Friday"] == "2026-11-27"


def test_a_possessive_day_after_ahead_of_in_a_future_clause_is_ahead(times_pipeline):
    text = "Police will close the main bridge ahead of Saturday's mayoral runoff, a spokeswoman said on Monday."
    assert time_values(times_pipeline, text)["Saturday"] == "2026-11-28"


def test_a_possessive_day_an_act_looks_back_on_stays_behind(times_pipeline):
    # guards the rule above: a future clause about an event already reported keeps it in the past
    text = "Detectives will question two men over Saturday's shooting at the depot, police said."
    assert time_values(times_pipeline, text)["Saturday"] == "2026-11-21"
    text = "Police arrested six men ahead of Saturday's mayoral runoff, a spokeswoman said."
    assert time_values(times_pipeline, text)["Saturday"] == "2026-11-21"
