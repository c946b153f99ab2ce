"""Sentence-level PLOVER type classifier that re-ranks the lexicon's candidates.

The lexicon (coder.py) proposes candidate events per sentence; when one sentence yields candidates of several
types, or a candidate the lexicon matched only weakly, the lexicon alone cannot tell which one the sentence
reports. This classifier scores the sentence's PLOVER type from:

- the words (lower-cased unigrams and bigrams) and content-word lemmas,
- character 4-grams of verb and noun lemmas (so unseen inflections and derivations of a trigger still count),
- the lexicon's own candidates: type, type x trigger lemma, type x status, type x kind (verb / noun / derived),
- the entity types of the candidates' actors and recipients and of the sentence,
- negation and modal cues, and whether the sentence is a headline.

All features are crc32-hashed (stable across processes) and l2-normalised; the model is a multinomial logistic
regression trained by scripts/train_events_classifier.py on the dev splits only. The artefact
(stages/data/events/type_classifier.json) stores the pruned weights and the re-ranking weight `alpha` chosen by
cross-validation; its model card (type_classifier.md) gives the training data, CV figures and the command.
Without the artefact the stage runs on the lexicon alone.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from eventwire.stages.events.coder import Candidate

ARTIFACT = Path(__file__).resolve().parents[1] / "data" / "events" / "type_classifier.json"
# The label of texts that report no PLOVER event (disasters, crime, background).
NONE = "NONE"
_WORD = re.compile(r"[a-z][a-z\-']+")
# Feature groups (the trainer can switch groups off to measure what each one is worth).
GROUPS = ("words", "lemmas", "chars", "candidates", "entities", "cues")
_CONTENT_POS = {"VERB", "NOUN", "ADJ"}
_CHAR_POS = {"VERB", "NOUN"}


def raw_features(tokens: Sequence[Token], candidates: Sequence[Candidate] = (), *, headline: bool = False,
                 groups: Iterable[str] = GROUPS) -> list[str]:
    """The feature strings of a sentence (or a short text) given its tokens and the lexicon's candidates."""
    groups = set(groups)
    out: list[str] = []
    if "words" in groups:
        words = [w for t in tokens for w in _WORD.findall(t.lower_)]
        out += [f"w:{w}" for w in words]
        out += [f"b:{a} {b}" for a, b in pairwise(words)]
    if "lemmas" in groups:
        out += [f"l:{t.lemma_.lower()}" for t in tokens if t.pos_ in _CONTENT_POS]
    if "chars" in groups:
        for t in tokens:
            if t.pos_ in _CHAR_POS and t.is_alpha and len(t.text) > 3:
                lemma = f"#{t.lemma_.lower()}#"
                out += [f"c:{lemma[i:i + 4]}" for i in range(len(lemma) - 3)]
    if "candidates" in groups:
        for c in candidates:
            lemma = c.head.lemma_.lower()
            out += [f"k:{c.etype}", f"kt:{c.etype}|{lemma}", f"ks:{c.etype}|{c.status}", f"kk:{c.etype}|{c.kind}",
                    f"kl:{lemma}"]
            if c.mode:
                out.append(f"km:{c.etype}|{c.mode}")
            if "entities" in groups:
                out += [f"ka:{c.etype}|{t.ent_type_ or t.pos_}" for t in c.actors]
                out += [f"kr:{c.etype}|{t.ent_type_ or t.pos_}" for t in c.recipients]
        if not candidates:
            out.append("k:none")
    if "entities" in groups:
        out += [f"e:{t.ent_type_}" for t in tokens if t.ent_iob_ == "B"]
    if "cues" in groups:
        for t in tokens:
            if t.dep_ == "neg":
                out.append("neg")
            elif t.tag_ == "MD":
                out.append(f"md:{t.lower_}")
        if headline:
            out.append("headline")
    return out


def hashed(feats: Iterable[str], n_features: int) -> dict[int, float]:
    """crc32-hashed counts (stable across processes), l2-normalised."""
    counts: dict[int, float] = {}
    for f in feats:
        h = zlib.crc32(f.encode("utf-8")) % n_features
        counts[h] = counts.get(h, 0.0) + 1.0
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {k: v / norm for k, v in counts.items()}


class TypeClassifier:
    def __init__(self, labels: list[str], n_features: int, weights: dict[str, dict[int, float]],
                 bias: dict[str, float], *, alpha: float = 0.5, groups: Sequence[str] = GROUPS,
                 scope: str = "sentence", fallback: float | None = None) -> None:
        self.labels, self.n_features, self.weights, self.bias = labels, n_features, weights, bias
        self.alpha, self.groups, self.scope, self.fallback = alpha, tuple(groups), scope, fallback

    def probabilities_of(self, x: dict[int, float]) -> dict[str, float]:
        scores = {}
        for label in self.labels:
            w = self.weights[label]
            scores[label] = self.bias[label] + sum(v * w.get(k, 0.0) for k, v in x.items())
        top = max(scores.values())
        exp = {k: math.exp(v - top) for k, v in scores.items()}
        total = sum(exp.values())
        return {k: v / total for k, v in exp.items()}

    def probabilities(self, tokens: Sequence[Token], candidates: Sequence[Candidate] = (), *,
                      headline: bool = False) -> dict[str, float]:
        feats = raw_features(tokens, candidates, headline=headline, groups=self.groups)
        return self.probabilities_of(hashed(feats, self.n_features))

    def rerank(self, coded: Sequence[tuple[Span, bool, list[Candidate]]]) -> None:
        """Re-weight each candidate's salience by the classifier's belief in its type.

        `coded` is the article's sentences with their headline flags and lexicon candidates. With scope
        "sentence" each sentence is classified on its own; with scope "document" the whole text (all
        sentences, all candidates) is, so every candidate is weighed against what the article as a whole
        reports. A candidate keeps its salience when its type is the best supported among the candidates and
        loses up to `alpha` of it otherwise: salience x (1 - alpha + alpha x p(type) / max p over the types)."""
        if self.alpha <= 0 or not any(found for _, _, found in coded):
            return
        if self.scope == "document":
            tokens = [t for sent, _, _ in coded for t in sent]
            cands = [c for _, _, found in coded for c in found]
            groups = [(self.probabilities(tokens, cands, headline=any(h for _, h, _ in coded)), cands)]
        else:
            groups = [(self.probabilities(sent, found, headline=headline), found)
                      for sent, headline, found in coded if found]
        for probs, cands in groups:
            top = max(probs.get(c.etype, 0.0) for c in cands) or 1.0
            for c in cands:
                c.salience *= 1.0 - self.alpha + self.alpha * probs.get(c.etype, 0.0) / top

    def propose(self, coded: Sequence[tuple[Span, bool, list[Candidate]]]) -> tuple[int, str, float] | None:
        """For an article the lexicon found nothing in: (sentence index, type, probability) of the sentence
        the classifier is surest reports a PLOVER event, when that probability reaches `fallback` and the
        classifier's best label is a type and not NONE (no PLOVER event); else None."""
        if self.fallback is None:
            return None
        best = None
        for i, (sent, headline, _) in enumerate(coded):
            probs = self.probabilities(sent, (), headline=headline)
            label = max(probs, key=probs.get)
            if label != NONE and probs[label] >= self.fallback and (best is None or probs[label] > best[2]):
                best = (i, label, probs[label])
        return best

    def to_json(self) -> dict:
        return {"labels": self.labels, "n_features": self.n_features, "alpha": self.alpha, "scope": self.scope,
                "fallback": self.fallback,
                "groups": list(self.groups), "bias": self.bias,
                "weights": {label: {str(k): v for k, v in w.items()} for label, w in self.weights.items()}}

    @classmethod
    def from_json(cls, data: dict) -> TypeClassifier:
        weights = {label: {int(k): v for k, v in w.items()} for label, w in data["weights"].items()}
        return cls(data["labels"], data["n_features"], weights, data["bias"], alpha=data.get("alpha", 0.5),
                   groups=data.get("groups", GROUPS), scope=data.get("scope", "sentence"), fallback=data.get("fallback"))


@lru_cache(maxsize=1)
def load_classifier(path: Path | None = None) -> TypeClassifier | None:
    path = path or ARTIFACT
    if not path.exists():
        return None
    return TypeClassifier.from_json(json.loads(path.read_text(encoding="utf-8")))
