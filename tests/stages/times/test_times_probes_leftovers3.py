"""times stage, third leftover round (invented mini-articles, published on Tuesday 2026-11-24 unless a case says
otherwise): a yearless month-day an act is booked for in the present tense ("are scheduled for Oct. 3") is not well
behind the report, so one that would be is next year's; "a week ago Tuesday" and "a week from Friday" are one date
each."""

from __future__ import annotations

import pytest

from .. import stage_helpers

PUBLISHED = "2026-11-24"


def time_values(pipeline, text: str, published: str = PUBLISHED) -> dict[str, str | None]:
    return stage_helpers.time_values(pipeline, text, published)


@pytest.mark.parametrize("text,expr,value", [
    ("The talks between Velmora and Ostrava are scheduled for October 3.", "October 3", "2027-10-03"),
    ("The verdict in the Dornveld case is due on September 30.", "September 30", "2027-09-30"),
    ("Elections in Tulessa are planned for Sept. 28, the commission said.", "Sept. 28", "2027-09-28"),
    # guards: a booking told in the past may have lapsed; a booked day a few weeks behind is the recent one
    ("The talks were scheduled for October 3 but collapsed.", "October 3", "2026-10-03"),
    ("The Harlow inquiry is scheduled for November 10.", "November 10", "2026-11-10"),
])
def test_a_month_day_booked_in_the_present_tense(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text)[expr] == value


@pytest.mark.parametrize("text,expr,value", [
    ("The envoys of Maravia and Tulessa met in Lisbon a week ago Tuesday.", "a week ago Tuesday", "2026-11-17"),
    ("The Maravian envoy met the Tulessan foreign minister a week ago Friday.", "a week ago Friday", "2026-11-13"),
    ("The two envoys will meet again a week from Friday.", "a week from Friday", "2026-12-04"),
])
def test_a_weekday_a_week_off_is_one_date(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text)[expr] == value
