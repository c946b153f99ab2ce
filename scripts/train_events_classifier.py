"""Train the events stage's sentence type classifier on the dev splits only.

    .venv/bin/python scripts/train_events_classifier.py [--benchmarks ../shared/benchmarks]

Data: plover_gsr/dev (gold type of each sentence), petrarch2_gsr/dev (records with a PLOVER type),
case2021_task2_events/dev (labels mapped to PLOVER types with the README table; unmapped labels skipped).
Model: multinomial logistic regression on hashed unigram+bigram features (the same `features` function the
stage uses at run time), pruned to small weights, written to src/eventwire/stages/data/events/ together with
a note of its 5-fold cross-validated accuracy on the same dev data and this command.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_predict

from eventwire.evaluate.benchmarks import default_benchmarks_dir, read_split
from eventwire.evaluate.tasks.events import CASE2021_MAP
from eventwire.stages.events.classifier import ARTIFACT, features

N_FEATURES = 2**18
PRUNE = 0.05
C_DEFAULT = 20.0


def dev_half(record: dict) -> int:
    """Which half of a dev split a record falls in (dev records all have an even id hash; the next bit)."""
    return (int(hashlib.sha256(record["id"].encode("utf-8")).hexdigest(), 16) // 2) % 2


def dev_examples(bench: Path, half: int | None = None) -> list[tuple[str, str]]:
    out = []

    def records(name: str):
        return [r for r in read_split(bench / name, "dev") if half is None or dev_half(r) == half]

    for r in records("plover_gsr"):
        out.append((r["text"], r["events"][0]["type"]))
    for r in records("petrarch2_gsr"):
        types = [e["type"] for e in r["events"] if e.get("type")]
        if types:
            out.append((r["text"], types[0]))
    for r in records("case2021_task2_events"):
        mapped = CASE2021_MAP.get(r["event_type"])
        if mapped:
            out.append((r["text"], mapped[0]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--benchmarks", type=Path, default=default_benchmarks_dir())
    parser.add_argument("--half", type=int, choices=(0, 1), default=None,
                        help="train on one half of each dev split only (to check generalisation on the other)")
    parser.add_argument("--C", type=float, default=C_DEFAULT, help="inverse regularisation strength")
    parser.add_argument("--out", type=Path, default=ARTIFACT)
    args = parser.parse_args()
    examples = dev_examples(args.benchmarks, args.half)
    rows, cols, vals = [], [], []
    df: Counter[int] = Counter()
    feats = [features(text, N_FEATURES) for text, _ in examples]
    for f in feats:
        df.update(f.keys())
    keep = {k for k, n in df.items() if n >= 2}
    index = {k: i for i, k in enumerate(sorted(keep))}
    for r, f in enumerate(feats):
        for k, v in f.items():
            if k in index:
                rows.append(r)
                cols.append(index[k])
                vals.append(v)
    X = csr_matrix((vals, (rows, cols)), shape=(len(feats), len(index)))
    y = np.array([label for _, label in examples])
    model = LogisticRegression(C=args.C, max_iter=3000)
    cv = cross_val_predict(model, X, y, cv=5)
    cv_acc = float((cv == y).mean())
    model.fit(X, y)
    inverse = {i: k for k, i in index.items()}
    weights = {}
    for label, coef in zip(model.classes_, model.coef_):
        weights[str(label)] = {str(inverse[i]): round(float(w), 3) for i, w in enumerate(coef) if abs(w) >= PRUNE}
    bias = {str(label): round(float(b), 3) for label, b in zip(model.classes_, model.intercept_)}
    artifact = args.out
    artifact.parent.mkdir(parents=True, exist_ok=True)
    artifact.write_text(json.dumps({"labels": [str(c) for c in model.classes_], "n_features": N_FEATURES,
                                    "weights": weights, "bias": bias}, separators=(",", ":")), encoding="utf-8")
    if artifact != ARTIFACT:
        print(f"cv accuracy {cv_acc:.4f}; {artifact}")
        return
    note = ARTIFACT.with_name("type_classifier.md")
    note.write_text(
        "# events type classifier\n\n"
        f"Trained by `.venv/bin/python scripts/train_events_classifier.py` on {len(examples)} dev examples "
        "(plover_gsr, petrarch2_gsr, case2021_task2_events dev splits only; labels per type: "
        f"{dict(Counter(y.tolist()))}).\n\n"
        f"5-fold cross-validated type accuracy on those dev examples: {cv_acc:.4f}.\n"
        f"Features: crc32-hashed unigrams+bigrams ({N_FEATURES} buckets, kept when seen in >= 2 examples), "
        f"weights |w| < {PRUNE} pruned; {sum(len(w) for w in weights.values())} weights kept.\n"
        "The stage uses it only to re-weight lexicon candidates (confidence x (0.75 + 0.5 p(type))).\n",
        encoding="utf-8")
    print(f"cv accuracy {cv_acc:.4f}; {ARTIFACT} {ARTIFACT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
