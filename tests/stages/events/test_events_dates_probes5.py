"""times and events stages, sixth date probe round (invented mini-articles, published on Friday 2026-11-27 unless a
case says otherwise): the event of a clause dated by a day's ordinal alone ("on the 3rd"), a yearless month-day of
an act still to come more than a month behind the report, and a bare month-day closing a past clause."""

from __future__ import annotations

import pytest

from .. import stage_helpers


def dates_of(pipeline, text: str, trigger: str, published: str = "2026-11-27") -> list[str | None]:
    return stage_helpers.event_dates(pipeline, text, trigger, published)


@pytest.mark.parametrize("text,trigger,value", [
    ("The government of Pellam signed a fishing accord with Dorwen on the 3rd.", "signed", "2026-11-03"),
    ("Police in Vask arrested the harbour master on the 2nd.", "arrested", "2026-11-02"),
    ("The nurses' union will strike on the 15th, its leader said.", "strike", "2026-12-15"),
])
def test_an_event_dated_by_a_day_ordinal(full_pipeline, text, trigger, value):
    dates = dates_of(full_pipeline, text, trigger)
    assert all(d == value for d in dates), dates


@pytest.mark.parametrize("text,trigger,value,published", [
    ("The Tessaly trade minister will visit Orlova on October 3, aides said.", "visit", "2027-10-03", "2026-11-27"),
    ("The Kell rebels will release the 12 hostages on 20 December, the Red Cross said.", "release", "2026-12-20",
     "2026-02-10"),
    ("The dockers' strike began January 9, the union said.", "strike", "2026-01-09", "2026-11-27"),
])
def test_a_month_day_on_the_side_of_the_acts_tense(full_pipeline, text, trigger, value, published):
    dates = dates_of(full_pipeline, text, trigger, published)
    assert all(d == value for d in dates), dates


def test_a_day_of_the_report_does_not_date_the_reported_plan(full_pipeline):
    # "on Monday" hangs on "said", not on the strike still to come: the strike takes its own day or none
    text = "The Marrow dockers said on Monday they would strike on Friday."
    assert dates_of(full_pipeline, text, "strike", "2026-11-25")[-1] == "2026-11-27"
    text = "The Marrow dockers said on Monday they would strike."
    assert dates_of(full_pipeline, text, "strike", "2026-11-25")[-1] is None
