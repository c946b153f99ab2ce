"""framing.v1: voices, propaganda techniques, opinion and stance (placeholder)."""

from __future__ import annotations

from eventwire.document import Analysis
from eventwire.models import Framing
from eventwire.stages.base import Stage


class FramingStage(Stage):
    name = "framing.v1"
    needs = ("nlp",)
    uses = ("actors", "quotes")
    adds = ("framing",)

    def predict(self, analysis: Analysis) -> Framing:
        return Framing()

    def write(self, analysis: Analysis, result: Framing) -> None:
        analysis.framing = result
