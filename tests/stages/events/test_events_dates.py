"""events stage: each event takes its date from its own clause (hand-built cases)."""

from __future__ import annotations

from eventwire.document import Article


def date_of(pipeline, text: str, trigger: str) -> str | None:
    analysis = pipeline.analyse(Article(text=text, published="2021-03-04"))
    found = [e.date for e in analysis.events if any(trigger in s.text for s in e.triggers)]
    assert found, f"no event triggered by {trigger!r}"
    return found[0]


def test_a_relative_clause_on_the_doer_does_not_date_the_event(full_pipeline):
    text = "The militia, which seized the port in 2015, has sent fighters to the border."
    assert date_of(full_pipeline, text, "sent") is None
    assert date_of(full_pipeline, text, "seized") == "2015"


def test_the_event_keeps_its_own_date_beside_a_dated_relative_clause(full_pipeline):
    text = "The rebels, who seized the town in January, attacked a convoy on Monday."
    assert date_of(full_pipeline, text, "attacked") == "2021-03-01"
    assert date_of(full_pipeline, text, "seized") == "2021-01"


def test_a_conjunct_with_its_own_subject_does_not_borrow_the_other_conjuncts_date(full_pipeline):
    text = "Negotiations broke down in May, and the government has threatened sanctions on the rebels."
    assert date_of(full_pipeline, text, "threatened") is None


def test_a_time_fronted_over_the_coordination_dates_every_conjunct(full_pipeline):
    text = "On Monday, rebels shelled the airport and soldiers attacked their camp."
    assert date_of(full_pipeline, text, "attacked") == "2021-03-01"


def test_a_relative_clause_takes_the_date_of_the_noun_it_describes(full_pipeline):
    text = "A bomb on Friday that killed six people was blamed on the rebels."
    assert date_of(full_pipeline, text, "killed") == "2021-02-26"
