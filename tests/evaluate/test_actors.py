"""The re3d `actors` task's scoring on hand-built spans with hand-computed answers (METRICS.md, "actors")."""

from __future__ import annotations

import pytest

from eventwire.evaluate.tasks.actors import DATASETS, HEADLINE, gold_spans, score_documents, system_spans
from eventwire.models import Actor, Span

RECORD = {"text": "x" * 100, "entities": [
    {"start": 0, "end": 5, "label": "Person", "confidence": 1.0},
    {"start": 10, "end": 20, "label": "Organisation", "confidence": 0.9},
    {"start": 30, "end": 36, "label": "Nationality", "confidence": 0.2},
    {"start": 40, "end": 48, "label": "Location", "confidence": 1.0},
    {"start": 50, "end": 55, "label": "Organisation", "confidence": 0.5},
]}


def test_gold_variants():
    assert gold_spans(RECORD) == [(0, 5), (10, 20), (30, 36), (50, 55)]
    assert gold_spans(RECORD, 0.5) == [(0, 5), (10, 20), (50, 55)]


def test_exact_and_overlap_hand_computed():
    system = [[(0, 5), (12, 20), (60, 70)]]
    gold = [[(0, 5), (10, 20), (50, 55)]]
    scores = score_documents(system, gold)
    # exact: 1 of 3 system spans right, 1 of 3 gold found -> P = R = F1 = 1/3
    assert scores["exact_precision"] == pytest.approx(0.3333, abs=1e-4)
    assert scores["exact_recall"] == pytest.approx(0.3333, abs=1e-4)
    assert scores["exact_f1"] == pytest.approx(0.3333, abs=1e-4)
    # overlap: (0,5)-(0,5) and (12,20)-(10,20) match -> P = R = 2/3
    assert scores["overlap_precision"] == pytest.approx(0.6667, abs=1e-4)
    assert scores["overlap_f1"] == pytest.approx(0.6667, abs=1e-4)


def test_overlap_is_one_to_one_longest_first():
    # one long system span over two gold spans matches only one of them (the longer overlap)
    scores = score_documents([[(0, 20)]], [[(0, 5), (8, 20)]])
    assert scores["overlap_precision"] == 1.0
    assert scores["overlap_recall"] == 0.5
    assert scores["overlap_f1"] == pytest.approx(0.6667, abs=1e-4)


def test_micro_average_pools_documents():
    # doc 1: 1 tp of 1 sys / 1 gold; doc 2: 0 tp, 1 sys, 3 gold -> P = 1/2, R = 1/4, F1 = 1/3
    scores = score_documents([[(0, 3)], [(9, 10)]], [[(0, 3)], [(0, 1), (2, 3), (4, 5)]])
    assert scores["exact_precision"] == 0.5
    assert scores["exact_recall"] == 0.25
    assert scores["exact_f1"] == pytest.approx(0.3333, abs=1e-4)


def test_duplicates_count_once_and_empty_is_zero():
    assert score_documents([[(0, 3), (0, 3)]], [[(0, 3)]])["exact_precision"] == 1.0
    assert score_documents([[]], [[]])["overlap_f1"] == 0.0


def test_system_spans_from_actors():
    actor = Actor(id="A1", name="X", kind="person",
                  mentions=[Span(start=0, end=1, text="X"), Span(start=5, end=6, text="X")])
    assert system_spans([actor]) == [(0, 1), (5, 6)]
    assert system_spans(None) == []


def test_task_declaration():
    assert DATASETS == ("re3d",)
    assert HEADLINE == {"subset": "conf>=0.5", "metric": "overlap_f1"}
