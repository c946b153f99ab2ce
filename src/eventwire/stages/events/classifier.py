"""Optional sentence-level PLOVER type classifier used to re-weight lexicon candidates.

The artifact (stages/data/events/type_classifier.json) is a hashed bag-of-words linear model trained by
scripts/train_events_classifier.py on the dev splits only; its score and command sit beside it
(type_classifier.md). Without the artifact the stage runs on the lexicon alone.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from functools import lru_cache
from pathlib import Path

ARTIFACT = Path(__file__).resolve().parents[1] / "data" / "events" / "type_classifier.json"
_WORD = re.compile(r"[a-z][a-z\-']+")


def features(text: str, n_features: int) -> dict[int, float]:
    """Hashed unigram + bigram counts (crc32, so stable across processes), l2-normalised."""
    words = _WORD.findall(text.lower())
    grams = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    counts: dict[int, float] = {}
    for g in grams:
        h = zlib.crc32(g.encode("utf-8")) % n_features
        counts[h] = counts.get(h, 0.0) + 1.0
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {k: v / norm for k, v in counts.items()}


class TypeClassifier:
    def __init__(self, labels: list[str], n_features: int, weights: dict[str, dict[int, float]],
                 bias: dict[str, float]) -> None:
        self.labels, self.n_features, self.weights, self.bias = labels, n_features, weights, bias

    def probabilities(self, text: str) -> dict[str, float]:
        x = features(text, self.n_features)
        scores = {}
        for label in self.labels:
            w = self.weights[label]
            scores[label] = self.bias[label] + sum(v * w.get(k, 0.0) for k, v in x.items())
        top = max(scores.values())
        exp = {k: math.exp(v - top) for k, v in scores.items()}
        total = sum(exp.values())
        return {k: v / total for k, v in exp.items()}

    @classmethod
    def from_json(cls, data: dict) -> TypeClassifier:
        weights = {label: {int(k): v for k, v in w.items()} for label, w in data["weights"].items()}
        return cls(data["labels"], data["n_features"], weights, data["bias"])


@lru_cache(maxsize=1)
def load_classifier(path: Path | None = None) -> TypeClassifier | None:
    path = path or ARTIFACT
    if not path.exists():
        return None
    return TypeClassifier.from_json(json.loads(path.read_text(encoding="utf-8")))
