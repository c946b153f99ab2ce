"""times and events stages, eighth date probe round (invented mini-articles, published Friday 2026-11-20): a report
told on a day of its own ("said on Sunday they were investigating") has moved the story to that day, so an act it
tells as going on or to come is not dated by an earlier sentence's time; a past told in such a report ("said on
Tuesday that 14 people had been killed") may still be the earlier day's."""

from __future__ import annotations

import pytest

from .. import stage_helpers


def dates_of(pipeline, text: str, trigger: str) -> list[str | None]:
    return stage_helpers.event_dates(pipeline, text, trigger, "2026-11-20")


@pytest.mark.parametrize("text,trigger", [
    ("Last year, floods in the delta killed 40 people. Prosecutors in Ostrava said on Monday they were "
     "investigating the dam operator.", "investigating"),
    ("In 2019, the militia seized the town of Varnek. Officials said on Thursday the army was preparing an "
     "offensive to retake it.", "offensive"),
    ("Two years ago, nurses in Belmora struck for a week. Their union said on Wednesday it would strike again "
     "next month unless pay talks resumed.", "strike"),
])
def test_a_report_on_a_day_of_its_own_ends_the_earlier_time(full_pipeline, text, trigger):
    dates = dates_of(full_pipeline, text, trigger)
    assert dates and all(d is None or not d.startswith(("2025", "2019", "2024")) for d in dates), dates


@pytest.mark.parametrize("text,trigger,value", [
    ("Rebels shelled the port of Harlan on Monday. Officials said on Tuesday that 14 people had been killed.",
     "killed", "2026-11-16"),
    ("Police fired tear gas at marchers in Dorvik on Monday. Organisers said on Tuesday that officers had beaten "
     "dozens of them.", "beaten", "2026-11-16"),
])
def test_a_past_told_in_such_a_report_keeps_the_earlier_day(full_pipeline, text, trigger, value):
    assert dates_of(full_pipeline, text, trigger) == [value]
