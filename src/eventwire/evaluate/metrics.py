"""Metric primitives shared by the evaluation tasks (definitions: ../shared/benchmarks/METRICS.md)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

Interval = tuple[int, int]


@dataclass
class PRF:
    """Counts and the precision / recall / F1 they give. Zero denominators give 0.0, not an error."""

    tp: float = 0.0
    n_system: float = 0.0
    n_gold: float = 0.0
    # Recall may count a different numerator than precision (e.g. SI's character overlap); None means tp.
    tp_recall: float | None = None

    @property
    def precision(self) -> float:
        return self.tp / self.n_system if self.n_system else 0.0

    @property
    def recall(self) -> float:
        tp = self.tp if self.tp_recall is None else self.tp_recall
        return tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.n_system += other.n_system
        self.n_gold += other.n_gold
        if other.tp_recall is not None or self.tp_recall is not None:
            self.tp_recall = (self.tp_recall or 0.0) + (other.tp_recall if other.tp_recall is not None else other.tp)

    def as_dict(self, prefix: str = "") -> dict[str, float]:
        return {
            f"{prefix}precision": round(self.precision, 4),
            f"{prefix}recall": round(self.recall, 4),
            f"{prefix}f1": round(self.f1, 4),
        }


def overlap(a: Interval, b: Interval) -> int:
    """Characters shared by two half-open intervals."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def exact_prf(system: Sequence[Interval], gold: Sequence[Interval]) -> PRF:
    """Exact-span P/R/F1 counts: a system span is correct when (start, end) equals a gold span's.

    Duplicates count once on each side, so emitting the same span twice is not rewarded.
    """
    sys_set, gold_set = set(map(tuple, system)), set(map(tuple, gold))
    return PRF(tp=len(sys_set & gold_set), n_system=len(sys_set), n_gold=len(gold_set))


def greedy_overlap_matching(
    system: Sequence[Interval],
    gold: Sequence[Interval],
    *,
    accept: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """One-to-one matching of overlapping spans, longest overlap first; returns (system_index, gold_index) pairs.

    `accept(i, j)` may veto a pair (e.g. token-Jaccard below 0.5); ties break by position for determinism.
    """
    pairs = []
    for i, s in enumerate(system):
        for j, g in enumerate(gold):
            shared = overlap(s, g)
            if shared > 0 and (accept is None or accept(i, j)):
                pairs.append((-shared, i, j))
    pairs.sort()
    used_s: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for _, i, j in pairs:
        if i in used_s or j in used_g:
            continue
        used_s.add(i)
        used_g.add(j)
        matched.append((i, j))
    return matched


def overlap_prf(system: Sequence[Interval], gold: Sequence[Interval]) -> PRF:
    """Overlap P/R/F1 counts under one-to-one greedy matching."""
    system = sorted(set(map(tuple, system)))
    gold = sorted(set(map(tuple, gold)))
    matched = greedy_overlap_matching(system, gold)
    return PRF(tp=len(matched), n_system=len(system), n_gold=len(gold))


def macro_f1(gold_labels: Sequence[str], system_labels: Sequence[str | None]) -> float:
    """Macro-averaged F1 over the labels present in gold (a None prediction is wrong for every label)."""
    labels = sorted(set(gold_labels))
    scores = []
    for label in labels:
        tp = sum(1 for g, s in zip(gold_labels, system_labels) if g == label and s == label)
        n_sys = sum(1 for s in system_labels if s == label)
        n_gold = sum(1 for g in gold_labels if g == label)
        scores.append(PRF(tp=tp, n_system=n_sys, n_gold=n_gold).f1)
    return sum(scores) / len(scores) if scores else 0.0


def accuracy(gold_labels: Sequence[object], system_labels: Sequence[object]) -> float:
    return sum(1 for g, s in zip(gold_labels, system_labels) if g == s) / len(gold_labels) if gold_labels else 0.0
