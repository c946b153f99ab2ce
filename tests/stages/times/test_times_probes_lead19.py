"""times stage, lead probes of session 19 (invented sentences, published on Friday 2026-11-20): a condition told in
the past tense under a clause that looks ahead ("would march unless the decree was withdrawn by Tuesday") is
backshifted and looks ahead with it; a past perfect condition still looks back."""

from __future__ import annotations

import pytest

from .. import stage_helpers

PUBLISHED = "2026-11-20"


def time_values(pipeline, text: str) -> dict[str, str | None]:
    return stage_helpers.time_values(pipeline, text, PUBLISHED)


@pytest.mark.parametrize("text, expr, value", [
    ("The union said it would strike unless the wage cut was reversed by Tuesday.", "Tuesday", "2026-11-24"),
    ("The militia said it would free the captives if the army left the valley on Sunday.", "Sunday", "2026-11-22"),
])
def test_a_condition_under_a_prospect_looks_ahead(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text)[expr] == value


@pytest.mark.parametrize("text, expr, value", [
    ("The militia would have attacked if the army had crossed the river on Sunday.", "Sunday", "2026-11-15"),
    ("The union went on strike after the wage cut was approved on Tuesday.", "Tuesday", "2026-11-17"),
])
def test_a_past_condition_or_sequence_still_looks_back(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text)[expr] == value
