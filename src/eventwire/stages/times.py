"""times.v1: TIMEX3 expressions resolved against the publication date (placeholder)."""

from __future__ import annotations

from eventwire.document import Analysis
from eventwire.models import TimeExpression
from eventwire.stages.base import Stage


class TimesStage(Stage):
    name = "times.v1"
    needs = ("nlp",)
    adds = ("times",)

    def predict(self, analysis: Analysis) -> list[TimeExpression]:
        return []

    def write(self, analysis: Analysis, result: list[TimeExpression]) -> None:
        analysis.times = result


def date_for(analysis: Analysis, start: int, end: int) -> str | None:
    """The TIMEX3 value governing the clause [start, end), inherited from sentence/paragraph, else None."""
    return None
