"""Technique spans: SI by token tagging + decoding, TC by a span classifier, both over `features.DocFeatures`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from eventwire.stages.framing.features import QUOTE_CHARS, DocFeatures
from eventwire.stages.framing.model import TechniqueModel

TRIM = {",", ".", ";", ":", "-", "—", "–", "(", ")"}
# Quotation marks at a span's edge belong to the quoted sentence, not to the loaded words inside it.
EDGE_QUOTES = QUOTE_CHARS | {"'", "‘", "’"}
# Function words a technique span neither starts nor ends on: a run that opens on "and" / "of" / "to" or closes
# on "the" / "at" has swept in its neighbour's grammar (the gold spans are the evaluative words and phrases).
LEAD_TRIM_POS = {"ADP", "CCONJ"}
TAIL_TRIM_POS = {"ADP", "CCONJ", "DET"}
DEFAULT_PARAMS = {"hi": 0.5, "lo": 0.35, "min_chars": 3, "max_tokens": 60}


@dataclass
class SpanGuess:
    start: int
    end: int
    score: float  # SI confidence: mean token probability


def token_proba(model: TechniqueModel, df: DocFeatures) -> np.ndarray:
    if not df.lower:
        return np.zeros(0)
    dense = df.token_dense() if model.si.dense_weights is not None else None
    return model.si_proba(df.token_features(), dense)


def decode_spans(df: DocFeatures, proba: np.ndarray, params: dict | None = None) -> list[SpanGuess]:
    """Runs of tokens with probability >= lo that reach hi somewhere, within one sentence, trimmed of
    whitespace and edge punctuation; runs longer than max_tokens are kept (the measure rewards overlap)."""
    p = {**DEFAULT_PARAMS, **(params or {})}
    hi, lo, min_chars = p["hi"], p["lo"], p["min_chars"]
    spans: list[SpanGuess] = []
    for s, e in df.sents:
        i = s
        while i < e:
            if proba[i] < lo or df.space[i]:
                i += 1
                continue
            j = i
            while j < e and (proba[j] >= lo or (df.space[j] and j + 1 < e and proba[j + 1] >= lo)):
                j += 1
            run = list(range(i, j))
            while run and _trim_edge(df, run[0], LEAD_TRIM_POS):
                run.pop(0)
            while run and _trim_edge(df, run[-1], TAIL_TRIM_POS):
                run.pop()
            if run and max(proba[k] for k in run) >= hi:
                start, end = df.idx[run[0]], df.end[run[-1]]
                if end - start >= min_chars:
                    spans.append(SpanGuess(start, end, float(np.mean([proba[k] for k in run]))))
            i = max(j, i + 1)
    return spans


def _trim_edge(df: DocFeatures, k: int, trim_pos: set[str]) -> bool:
    """Whether token k is dropped from the edge of a span: whitespace, edge punctuation, quotation marks,
    a function word of `trim_pos` or infinitival "to"."""
    text = df.text[k]
    if df.space[k] or text in TRIM:
        return True
    if text in EDGE_QUOTES and df.pos[k] == "PUNCT":
        return True
    return df.pos[k] in trim_pos or df.tag[k] == "TO"


def span_proba(model: TechniqueModel, df: DocFeatures, spans: Sequence[tuple[int, int]]) -> np.ndarray:
    if not spans:
        return np.zeros((0, len(model.labels)))
    rows = [df.span_features(s, e) for s, e in spans]
    dense = np.vstack([df.span_dense(s, e) for s, e in spans]) if model.tc.dense_weights is not None else None
    return model.tc_proba(rows, dense)


def assign_labels(model: TechniqueModel, spans: Sequence[tuple[int, int]], proba: np.ndarray) -> list[str]:
    """Argmax per span; a span listed k times gets its k most probable distinct labels (shared-task TC input)."""
    order = np.argsort(-proba, axis=1)
    seen: dict[tuple[int, int], int] = defaultdict(int)
    labels = []
    for n, span in enumerate(spans):
        rank = seen[tuple(span)]
        seen[tuple(span)] += 1
        labels.append(model.labels[int(order[n, min(rank, proba.shape[1] - 1)])])
    return labels
