"""actors.v1: actor mentions -> canonical actors (placeholder until the actors issue lands)."""

from __future__ import annotations

from eventwire.document import Analysis
from eventwire.models import Actor, Span
from eventwire.stages.base import Stage

_KINDS = {"PERSON": "person", "ORG": "other", "NORP": "population"}


class ActorsStage(Stage):
    name = "actors.v1"
    needs = ("nlp",)
    adds = ("actors",)

    def predict(self, analysis: Analysis) -> list[Actor]:
        by_name: dict[str, Actor] = {}
        for ent in analysis.doc.ents:
            if ent.label_ not in _KINDS:
                continue
            actor = by_name.get(ent.text)
            if actor is None:
                actor = by_name[ent.text] = Actor(id=f"A{len(by_name) + 1}", name=ent.text, kind=_KINDS[ent.label_],
                                                  aliases=[ent.text])
            actor.mentions.append(Span(start=ent.start_char, end=ent.end_char, text=ent.text))
        return list(by_name.values())

    def write(self, analysis: Analysis, result: list[Actor]) -> None:
        analysis.actors = result
        analysis.shared["actor_spans"] = [(m.start, m.end, a.id) for a in result for m in a.mentions]
        analysis.shared.setdefault("metonymic_spans", [])


def actor_at(analysis: Analysis, start: int, end: int) -> str | None:
    """The id of the actor whose mention best covers [start, end), or None (shared with events and quotes)."""
    best, best_len = None, 0
    for s, e, actor_id in analysis.shared.get("actor_spans", []):
        shared = min(e, end) - max(s, start)
        if shared > best_len:
            best, best_len = actor_id, shared
    return best
