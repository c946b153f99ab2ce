"""events and times stages: an event's date from a dateline's abbreviated month and from "two days later" (invented
mini-articles)."""

from __future__ import annotations

from eventwire.document import Article
from eventwire.stages.times import tag


def date_of(pipeline, text: str, trigger: str, published: str | None = "2022-06-09") -> str | None:
    analysis = pipeline.analyse(Article(text=text, published=published))
    found = [e.date for e in analysis.events if any(trigger in s.text for s in e.triggers)]
    assert found, f"no event triggered by {trigger!r}"
    return found[0]


def test_a_bare_month_abbreviation_beside_a_day_is_a_date():
    values = {t.text: t.value for t in tag("HARGEISA, Jun 7 (Reuters) - Clan militias clashed. A rally on 2 Oct 2021.",
                                           "2022-06-09")}
    assert values.get("Jun 7") == "2022-06-07"
    assert values.get("2 Oct 2021") == "2021-10-02"


def test_a_bare_month_abbreviation_without_a_spaced_day_stays_no_date():
    assert tag("The Jun7 convoy left; Jan said she was tired.", "2022-06-09") == []


def test_the_datelines_abbreviated_date_dates_the_lead_event(full_pipeline):
    text = "HARGEISA, Jun 7 (Reuters) - Clan militias shelled a livestock market, elders said."
    assert date_of(full_pipeline, text, "shelled") == "2022-06-07"


def test_days_later_counts_from_the_day_the_story_named(full_pipeline):
    text = ("Rebels ambushed a fuel convoy near Bunia on Monday. Three days later, soldiers arrested "
            "eleven fighters in the hills.")
    assert date_of(full_pipeline, text, "ambushed") == "2022-06-06"
    assert date_of(full_pipeline, text, "arrested") == "2022-06-09"


def test_a_week_earlier_counts_back_from_the_day_the_story_named(full_pipeline):
    text = "Miners protested outside the ministry on June 20. A week earlier, police had detained their leaders."
    assert date_of(full_pipeline, text, "detained") == "2022-06-13"


def test_days_after_a_named_occasion_count_from_the_day_the_story_named(full_pipeline):
    # (evwhen18: was a guard that this not count from Sunday; a fronted "two days after the <act told before>" in a
    # sentence with no day of its own now counts from the last day named, the vote's)
    text = ("Voters went to the polls on Sunday in a tense runoff. Two days after the vote, police arrested "
            "opposition organisers.")
    assert date_of(full_pipeline, text, "arrested") == "2022-06-07"


def test_overnight_dates_the_event_to_the_publication_day(full_pipeline):
    text = "BUKAVU, Congo (Reuters) - Armed men burned 40 huts in a hillside village overnight, a priest said."
    assert date_of(full_pipeline, text, "burned") == "2022-06-09"


def test_at_dawn_beside_a_named_day_keeps_that_day(full_pipeline):
    text = "Rebels overran an army post at dawn on Tuesday, local officials said."
    assert date_of(full_pipeline, text, "overran") == "2022-06-07"


def test_overnight_with_the_report_dated_the_publication_day_keeps_that_day(full_pipeline):
    # 2022-06-09 is a Thursday: "said Thursday" dates the report, the night it tells of is the same day
    text = "Drones hit a fuel depot on the coast overnight, wounding two guards, the mayor said Thursday."
    assert date_of(full_pipeline, text, "hit") == "2022-06-09"


def test_overnight_with_the_report_dated_another_day_stays_undated(full_pipeline):
    text = "Drones hit a fuel depot on the coast overnight, wounding two guards, the mayor said Tuesday."
    assert date_of(full_pipeline, text, "hit") != "2022-06-09"


def test_at_dawn_without_a_publication_date_gives_no_date(full_pipeline):
    text = "Rebels overran an army post at dawn, local officials said."
    assert date_of(full_pipeline, text, "overran", published=None) is None


def test_a_pronoun_subject_goes_on_with_the_date_told_just_before(full_pipeline):
    text = ("JOS, Nigeria (AP) — Herders raided a farming village near Jos on Saturday.\n\n"
            "They burned 30 homes and stole cattle, residents said.")
    assert date_of(full_pipeline, text, "burned") == "2022-06-04"


def test_a_sentence_with_its_own_subject_does_not_borrow_the_date_before(full_pipeline):
    text = ("JOS, Nigeria (AP) — Herders raided a farming village near Jos on Saturday.\n\n"
            "Soldiers arrested two herders, residents said.")
    assert date_of(full_pipeline, text, "arrested") is None
