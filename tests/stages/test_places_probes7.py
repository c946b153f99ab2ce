"""places: recognition and resolution defects found by probing invented world and local-news articles (ellipsis in
coordinated names, namesakes)."""

from __future__ import annotations

from eventwire.stages.places import resolve_spans
from .stage_helpers import spans_of


def test_a_given_span_of_an_elliptical_half_resolves_to_the_whole_name():
    text = "Exports to South and Central America rose by a fifth last year."
    (south, _) = resolve_spans(text, spans_of(text, "South", "Central America"))
    assert south is not None and south.name == "South America"
