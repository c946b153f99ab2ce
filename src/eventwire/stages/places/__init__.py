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


def place_for(analysis: Analysis, start: int, end: int) -> tuple[str | None, str | None]:
    """(place id, rule that chose it) for an event whose clause spans [start, end); (None, None) when unknown."""
    return None, None
