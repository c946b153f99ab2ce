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
