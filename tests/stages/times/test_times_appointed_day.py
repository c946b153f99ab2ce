"""times: a day something is booked "for" lies ahead of the report, even when the booking is told in the past
("has called a strike for Thursday"); a possessive day or the day an act happened on stays behind."""

from __future__ import annotations

import pytest

from eventwire.document import Article

PUBLISHED = "2025-03-12"  # a Wednesday


def value_of(pipeline, text: str, expression: str) -> str | None:
    analysis = pipeline.analyse(Article(text=text, published=PUBLISHED))
    return next(t.value for t in analysis.times if t.text == expression)


@pytest.mark.parametrize("text, expression, expected", [
    ("The dockers' union has called a national strike for Thursday.", "Thursday", "2025-03-13"),
    ("Opposition parties called a rally for Sunday in the capital.", "Sunday", "2025-03-16"),
    ("The council set the vote for Friday after a long debate.", "Friday", "2025-03-14"),
    ("The court fixed a hearing for April 2 and released the men on bail.", "April 2", "2025-04-02"),
    ("Organisers announced a march for Monday.", "Monday", "2025-03-17"),
])
def test_booked_day_is_ahead(times_pipeline, text, expression, expected):
    assert value_of(times_pipeline, text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("The dockers walked out on Thursday.", "Thursday", "2025-03-06"),
    ("Two men were charged for Thursday's arson attack.", "Thursday", "2025-03-06"),
    ("The mayor thanked rescuers for their work on Monday.", "Monday", "2025-03-10"),
])
def test_day_of_a_past_act_stays_behind(times_pipeline, text, expression, expected):
    assert value_of(times_pipeline, text, expression) == expected
