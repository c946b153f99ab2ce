"""Evaluation task `framing` on ptc_semeval2020 (METRICS.md, "framing").

Subsets:
- SI (span identification): the shared task's character-overlap measure, labels ignored. For a system span s and a
  gold span t of the same document, C(s, t) = |s ∩ t| / |s|; P = Σ_s max_t C(s, t) / #system spans,
  R = Σ_t max_s |s ∩ t| / |t| / #gold spans, pooled over all documents (micro). Identical intervals count once on
  each side (labels are ignored, so a span annotated with two techniques is one gold span).
- TC (technique classification): the system labels each gold span in its document context; micro-F1 over gold
  technique records. A span that carries k techniques is given to the system k times (as in the shared task) and
  the system's k answers are matched to the k gold labels as multisets, so micro-F1 equals accuracy.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from eventwire.evaluate.metrics import PRF, overlap

DATASETS: tuple[str, ...] = ("ptc_semeval2020",)

PUBLISHED = [
    {"system": "SemEval-2020 best (hidden test)", "subset": "SI", "source": "published",
     "metrics": {"f1": 0.515}, "note": "SemEval-2020 Task 11 leaderboard, official hidden test set, not our split"},
    {"system": "SemEval-2020 best (hidden test)", "subset": "TC", "source": "published",
     "metrics": {"micro_f1": 0.623}, "note": "SemEval-2020 Task 11 leaderboard, official hidden test set, not our split"},
]

Interval = tuple[int, int]


def si_prf(system: Sequence[Interval], gold: Sequence[Interval]) -> PRF:
    """SI counts for one document: tp = Σ_s max_t |s∩t|/|s|, tp_recall = Σ_t max_s |s∩t|/|t|."""
    sys_spans = sorted({(s, e) for s, e in system if e > s})
    gold_spans = sorted({(s, e) for s, e in gold if e > s})
    tp = sum(max((overlap(s, t) for t in gold_spans), default=0) / (s[1] - s[0]) for s in sys_spans)
    tp_r = sum(max((overlap(s, t) for s in sys_spans), default=0) / (t[1] - t[0]) for t in gold_spans)
    return PRF(tp=tp, n_system=len(sys_spans), n_gold=len(gold_spans), tp_recall=tp_r)


def si_prf_corpus(pairs: Iterable[tuple[Sequence[Interval], Sequence[Interval]]]) -> PRF:
    """Pool (system, gold) span lists over documents."""
    total = PRF(tp_recall=0.0)
    for system, gold in pairs:
        total.add(si_prf(system, gold))
    return total


def tc_prf(gold: Sequence[tuple[int, int, str]], system_labels: Sequence[str | None]) -> PRF:
    """TC counts for one document: `system_labels[i]` answers gold record i; labels of one interval are matched
    as multisets (so the order of answers for a span carrying several techniques does not matter)."""
    gold_by: dict[Interval, Counter] = defaultdict(Counter)
    sys_by: dict[Interval, Counter] = defaultdict(Counter)
    for (s, e, label), answer in zip(gold, system_labels):
        gold_by[(s, e)][label] += 1
        if answer is not None:
            sys_by[(s, e)][answer] += 1
    tp = sum(sum((gold_by[k] & sys_by[k]).values()) for k in gold_by)
    return PRF(tp=tp, n_system=sum(1 for a in system_labels if a is not None), n_gold=len(gold))


def majority_label(data: Path) -> str:
    """The most frequent technique in the dev split (the baseline never looks at the split it is scored on)."""
    from eventwire.evaluate.benchmarks import read_split

    counts = Counter(t["technique"] for rec in read_split(data, "dev") for t in rec["techniques"])
    return counts.most_common(1)[0][0]


def evaluate(data: Path, split: str, *, limit: int | None = None, peers: bool = True) -> dict:
    from eventwire.document import Article
    from eventwire.evaluate.benchmarks import read_split
    from eventwire.pipeline import Pipeline

    data = Path(data)
    records = list(read_split(data, split, limit=limit))
    pipeline = Pipeline(stages=["nlp", "framing"])
    # TC goes through the pipeline's own framing stage, so a replaced or broken stage is what gets scored.
    stage = next(s for s in pipeline.stages if s.part == "framing")
    labeler = getattr(stage, "label_spans", None)
    si_total = PRF(tp_recall=0.0)
    tc_total = PRF()
    base_total = PRF()
    baseline = majority_label(data) if peers else None
    started = time.perf_counter()
    for rec in records:
        analysis = pipeline.analyse(Article(text=rec["text"], title=rec.get("title"), published=rec.get("published")))
        gold = [(t["start"], t["end"], t["technique"]) for t in rec["techniques"]]
        system = [(t.start, t.end) for t in analysis.framing.techniques]
        si_total.add(si_prf(system, [(s, e) for s, e, _ in gold]))
        answers = labeler(analysis, [(s, e) for s, e, _ in gold]) if labeler else [None] * len(gold)
        tc_total.add(tc_prf(gold, answers))
        if baseline is not None:
            base_total.add(tc_prf(gold, [baseline] * len(gold)))
    elapsed = time.perf_counter() - started
    results = [
        {"system": "eventwire", "subset": "SI", "source": "measured", "metrics": si_total.as_dict()},
        {"system": "eventwire", "subset": "TC", "source": "measured",
         "metrics": {"micro_f1": round(tc_total.f1, 4)}},
    ]
    if peers:
        results.append({"system": "majority label", "subset": "TC", "source": "measured",
                        "metrics": {"micro_f1": round(base_total.f1, 4)}, "note": f"always {baseline!r}"})
        results += PUBLISHED
    return {
        "task": "framing",
        "dataset": "ptc_semeval2020",
        "split": split,
        "n_docs": len(records),
        "headline": {"subset": "TC", "metric": "micro_f1"},
        "headlines": [{"subset": "TC", "metric": "micro_f1"}, {"subset": "SI", "metric": "f1"}],
        "results": results,
        "elapsed_s": round(elapsed, 1),
    }
