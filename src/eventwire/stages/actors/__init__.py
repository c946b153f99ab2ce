"""actors.v1: actor mentions -> canonical actors (KB + names + nominals + metonymy + coreference).

Shared decisions (docs/HELPERS.md):
- `analysis.shared["actor_spans"]`: (start, end, actor_id) for every actor mention (character offsets);
- `analysis.shared["metonymic_spans"]`: (start, end, actor_id) for place names used as agents ("Beijing
  protested"): the places stage must not report those as places.
- `analysis.shared["pronoun_spans"]`: (start, end, actor_id) for resolved pronouns that are no actor mention yet
  ("it", "them": mostly things, so a mention only when an event takes one as a party; see mentions.py).
"""

from __future__ import annotations

from eventwire.document import Analysis
from eventwire.models import Actor
from eventwire.stages.base import Stage

__all__ = ["ActorsStage", "actor_at", "actor_gender", "pronoun_at"]


class ActorsStage(Stage):
    name = "actors.v1"
    needs = ("nlp",)
    adds = ("actors",)

    def setup(self) -> None:
        from eventwire.knowledge.actors import load_kb
        from eventwire.stages.actors.mentions import MentionFinder
        from eventwire.stages.nlp import load_spacy

        self.kb = load_kb(self.settings.extra_kb)
        self.finder = MentionFinder(load_spacy(self.settings.spacy_model), self.kb)

    def predict(self, analysis: Analysis) -> tuple[list[Actor], list[tuple[int, int, str]], list[tuple[int, int, str]]]:
        from eventwire.stages.actors.resolve import assign_keys, build_actors

        doc = analysis.doc
        mentions = assign_keys(doc, self.finder.find(doc), self.kb)
        deferred = [m for m in mentions if m.extra.get("deferred")]
        mentions = [m for m in mentions if not m.extra.get("deferred")]
        actors = build_actors(doc, mentions, self.kb, analysis.article.published)
        owner = {(m.start, m.end): actor.id for actor in actors for m in actor.mentions}
        pronouns = []
        for m in deferred:
            antecedent = m.extra.get("antecedent")
            actor_id = owner.get((doc[antecedent.start].idx, doc[antecedent.end - 1].idx
                                  + len(doc[antecedent.end - 1].text))) if antecedent is not None else None
            if actor_id is not None:
                pronouns.append((doc[m.start].idx, doc[m.start].idx + len(doc[m.start].text), actor_id))
        # Metonymic spans: the character extent of the place name itself (without "the").
        by_span = {(m.start, m.end): m for m in mentions}
        metonymic = []
        index = {(a_m.start, a_m.end): actor.id for actor in actors for a_m in actor.mentions}
        for m in by_span.values():
            if m.extra.get("metonymic"):
                start_char = doc[m.start].idx
                end_char = doc[m.end - 1].idx + len(doc[m.end - 1].text)
                core_start = doc[m.core[0]].idx
                metonymic.append((core_start, end_char, index[(start_char, end_char)]))
        return actors, sorted(metonymic), pronouns

    def write(self, analysis: Analysis,
              result: tuple[list[Actor], list[tuple[int, int, str]], list[tuple[int, int, str]]]) -> None:
        actors, metonymic, pronouns = result
        analysis.actors = actors
        analysis.shared["actor_spans"] = sorted((m.start, m.end, a.id) for a in actors for m in a.mentions)
        analysis.shared["metonymic_spans"] = metonymic
        analysis.shared["pronoun_spans"] = pronouns


def pronoun_at(analysis: Analysis, start: int, end: int) -> str | None:
    """The actor id a resolved pronoun that is no actor mention yet ("it", "them") at [start, end) stands for."""
    return next((actor_id for s, e, actor_id in analysis.shared.get("pronoun_spans", []) if s == start and e == end),
                None)


def actor_at(analysis: Analysis, start: int, end: int) -> str | None:
    """The id of the actor whose mention best covers [start, end), or None (shared with events and quotes)."""
    best, best_len = None, 0
    for s, e, actor_id in analysis.shared.get("actor_spans", []):
        shared = min(e, end) - max(s, start)
        if shared > best_len:
            best, best_len = actor_id, shared
    return best


def actor_gender(actor: Actor) -> str | None:
    """"male" or "female" for a person actor whose names show it (an honorific or gendered title opening an alias,
    "Mrs. Oyelaran"; a common given name opening the name, "Maria Mendes"), else None."""
    from eventwire.knowledge.cues import load_quote_cues

    if actor.kind != "person":
        return None
    cues = load_quote_cues()
    shown = {g for alias in actor.aliases for w in alias.split()[:2] if (g := cues.gender_of_honorific(w))}
    words = actor.name.split()
    if len(words) >= 2 and (g := cues.given_names.get(words[0].lower())):
        shown.add(g)
    return next(iter(shown)) if len(shown) == 1 else None
