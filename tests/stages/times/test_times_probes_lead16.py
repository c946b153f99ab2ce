"""times stage, lead probes of session 16 (invented sentences, published on Wednesday 2026-12-02): a holiday's name
that modifies a noun for a thing ("a Christmas market", "Easter eggs") names no day."""

from __future__ import annotations

import pytest

from .. import stage_helpers

PUBLISHED = "2026-12-02"


def time_values(pipeline, text: str) -> dict[str, str | None]:
    return stage_helpers.time_values(pipeline, text, PUBLISHED)


@pytest.mark.parametrize("text, expr", [
    ("Police arrested two men suspected of planning an attack on a Christmas market in Bremen.", "Christmas"),
    ("Vendors at the Easter fair said sales had fallen.", "Easter"),
])
def test_a_holiday_naming_a_kind_of_thing_is_no_day(times_pipeline, text, expr):
    assert expr not in time_values(times_pipeline, text)


@pytest.mark.parametrize("text, expr, value", [
    ("The shops will close on Christmas Day.", "Christmas Day", "2026-12-25"),
    ("The ceasefire is to hold until Christmas, the envoy said.", "Christmas", "2026-12-25"),
    ("Markets reopened after Christmas on a quiet note.", "Christmas", "2026-12-25"),
])
def test_a_holiday_as_a_day_is_still_one(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text).get(expr) == value
