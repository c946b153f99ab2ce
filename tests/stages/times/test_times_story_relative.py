"""times.v1: "the next day", "the previous week", "the day before" count from the day the story last named,
not from the publication date."""

from __future__ import annotations

import pytest

from eventwire.stages.times import tag

PUBLISHED = "2025-03-12"  # a Wednesday


def values(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("The barge ran aground on Monday. The next day, crews refloated it.", ("The next day", "DATE", "2025-03-11")),
    ("Islanders cast ballots on Sunday. The following day the count began.",
     ("The following day", "DATE", "2025-03-10")),
    ("The envoy landed on Friday. The previous day, he had called the premier.",
     ("The previous day", "DATE", "2025-03-06")),
    ("The levee failed on Sept. 9, 2021. The same day, the army arrived.", ("The same day", "DATE", "2021-09-09")),
    ("The levee failed on Sept. 9, 2021. The day before, engineers had warned of cracks.",
     ("The day before", "DATE", "2021-09-08")),
    ("The levee failed on Sept. 9, 2021, and the town was evacuated the day after.",
     ("the day after", "DATE", "2021-09-10")),
    ("The choir left on May 2, 2024 and came home the following week.",
     ("the following week", "DATE", "2024-W19")),
    ("The plant shut on Jan. 30, 2023. The following month it was sold.",
     ("The following month", "DATE", "2023-02")),
])
def test_story_relative_day_counts_from_the_last_named_day(text, expected):
    assert values(text)[-1] == expected


def test_story_relative_days_chain():
    found = values("The storm hit on Saturday. The next day the river rose, and the following day it burst its banks.")
    assert [v for _, _, v in found] == ["2025-03-08", "2025-03-09", "2025-03-10"]


def test_day_before_a_noun_is_no_expression():
    # "before the ceremony" is a preposition: "the day" alone names no day
    assert values("Guests arrived the day before the ceremony.") == []


def test_day_before_without_a_named_day_counts_from_publication():
    assert values("The minister said he had seen the report the day before.") == [
        ("the day before", "DATE", "2025-03-11")]


def test_day_before_without_any_reference_is_unresolved():
    assert values("The minister said he had seen the report the day before.", None) == [
        ("the day before", "DATE", None)]


@pytest.fixture(scope="module")
def parsed(pipeline_factory):
    pipeline = pipeline_factory("times")

    def analyse(text: str, published: str = "2024-05-08"):  # a Wednesday
        from eventwire.document import Article

        return [(t.text, t.value) for t in pipeline.analyse(Article(text=text, published=published)).times]

    return analyse


def test_past_clock_time_is_on_the_day_the_story_is_at(parsed):
    found = parsed('Guards seized the courier late on Saturday.\n\n"They took him at midnight," his cousin said.')
    assert found[-1] == ("midnight", "2024-05-04T24:00")
    found = parsed("The museum was burgled on Sunday. The gang broke in at 2:40 a.m., detectives said.")
    assert found[-1] == ("2:40 a.m.", "2024-05-05T02:40")


def test_future_clock_time_keeps_the_publication_day(parsed):
    found = parsed("The regatta ended on Monday. The crews will leave at 9 a.m.")
    assert found[-1] == ("9 a.m.", "2024-05-08T09:00")


def test_clock_time_followed_by_on_and_a_day_is_on_that_day(parsed):
    found = parsed("The strike began last Monday. Pickets were at the gates at 4:45 a.m. on Tuesday.")
    assert ("4:45 a.m.", "2024-05-07T04:45") in found
    assert ("Tuesday", "2024-05-07") in found
