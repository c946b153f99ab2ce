"""Evaluation task `actors` on re3d (definitions: ../shared/benchmarks/METRICS.md, "actors").

Gold: entities labelled Person, Organisation or Nationality, in two variants: "all" and "conf>=0.5" (IBCC
confidence). System: every actor mention. Scored label-agnostic: exact-span and one-to-one greedy overlap
P/R/F1, micro-averaged over the documents. The peer "spaCy NER" (PERSON, ORG and NORP entities of the same spaCy
pipeline) is measured by the same harness in the same run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from eventwire.evaluate.benchmarks import read_split
from eventwire.evaluate.metrics import PRF, exact_prf, overlap_prf

DATASETS: tuple[str, ...] = ("re3d",)
GOLD_LABELS = frozenset({"Person", "Organisation", "Nationality"})
SPACY_LABELS = frozenset({"PERSON", "ORG", "NORP"})
SUBSETS: dict[str, float] = {"all": 0.0, "conf>=0.5": 0.5}
HEADLINE = {"subset": "conf>=0.5", "metric": "overlap_f1"}

Interval = tuple[int, int]


def gold_spans(record: dict, min_confidence: float = 0.0) -> list[Interval]:
    """Gold actor-family spans of one re3d record with confidence >= `min_confidence`."""
    return [
        (e["start"], e["end"])
        for e in record.get("entities", [])
        if e["label"] in GOLD_LABELS and float(e.get("confidence") or 0.0) >= min_confidence
    ]


def score_documents(system: Sequence[Sequence[Interval]], gold: Sequence[Sequence[Interval]]) -> dict[str, float]:
    """Micro-averaged exact and overlap P/R/F1 over documents (parallel lists of span lists)."""
    exact, over = PRF(), PRF()
    for sys_spans, gold_spans_ in zip(system, gold, strict=True):
        exact.add(exact_prf(sys_spans, gold_spans_))
        over.add(overlap_prf(sys_spans, gold_spans_))
    return {**exact.as_dict("exact_"), **over.as_dict("overlap_")}


def system_spans(actors: Iterable) -> list[Interval]:
    """Every mention span of a list of eventwire Actor models."""
    return [(m.start, m.end) for actor in actors or [] for m in actor.mentions]


def spacy_spans(doc) -> list[Interval]:
    return [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in SPACY_LABELS]


def evaluate(data: Path, split: str, *, limit: int | None = None, peers: bool = True) -> dict:
    from eventwire.document import Article
    from eventwire.pipeline import Pipeline

    records = list(read_split(data, split, limit=limit))
    pipeline = Pipeline(stages=["nlp", "actors"])
    ours: list[list[Interval]] = []
    peer: list[list[Interval]] = []
    for record in records:
        analysis = pipeline.analyse(Article(text=record["text"], title=record.get("title"),
                                            published=record.get("published")))
        ours.append(system_spans(analysis.actors))
        peer.append(spacy_spans(analysis.doc))
    results = []
    for subset, threshold in SUBSETS.items():
        gold = [gold_spans(r, threshold) for r in records]
        results.append({"system": "eventwire", "subset": subset, "source": "measured",
                        "metrics": score_documents(ours, gold)})
        if peers:
            results.append({"system": "spaCy NER", "subset": subset, "source": "measured",
                            "metrics": score_documents(peer, gold)})
    return {"task": "actors", "dataset": "re3d", "split": split, "n_docs": len(records),
            "headline": dict(HEADLINE), "results": results}


if __name__ == "__main__":  # pragma: no cover - a convenience for `python -m`
    import json
    import sys

    from eventwire.evaluate.benchmarks import default_benchmarks_dir

    split = sys.argv[1] if len(sys.argv) > 1 else "dev"
    print(json.dumps(evaluate(default_benchmarks_dir() / "re3d", split), indent=1))
