"""places.v1: toponyms resolved to GeoNames places (placeholder until the places issue lands)."""

from __future__ import annotations

from eventwire.document import Analysis
from eventwire.models import Place
from eventwire.stages.base import Stage


class PlacesStage(Stage):
    name = "places.v1"
    needs = ("nlp",)
    uses = ("actors",)
    adds = ("places",)

    def predict(self, analysis: Analysis) -> list[Place]:
        return []

    def write(self, analysis: Analysis, result: list[Place]) -> None:
        analysis.places = result
