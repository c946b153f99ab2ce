"""events.v1: PLOVER events with actors, place, date, status and source."""

from __future__ import annotations

from eventwire.document import Analysis
from eventwire.models import Event
from eventwire.stages.base import Stage


class EventsStage(Stage):
    name = "events.v1"
    needs = ("nlp",)
    uses = ("actors", "places", "times", "quotes")
    adds = ("events",)

    def predict(self, analysis: Analysis) -> list[Event]:
        return []

    def write(self, analysis: Analysis, result: list[Event]) -> None:
        analysis.events = result
