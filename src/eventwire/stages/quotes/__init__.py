"""quotes.v1: direct and indirect quotes with speakers (placeholder)."""

from __future__ import annotations

from eventwire.document import Analysis
from eventwire.models import Quote
from eventwire.stages.base import Stage


class QuotesStage(Stage):
    name = "quotes.v1"
    needs = ("nlp",)
    uses = ("actors",)
    adds = ("quotes",)

    def predict(self, analysis: Analysis) -> list[Quote]:
        return []

    def write(self, analysis: Analysis, result: list[Quote]) -> None:
        analysis.quotes = result


def source_for(analysis: Analysis, start: int, end: int) -> str | None:
    """The actor id the text attributes [start, end) to (inside a quote or under a reporting cue), else None."""
    return None
