"""Metric unit tests for the framing task (METRICS.md "framing"), answers computed by hand."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.evaluate.tasks.framing import DATASETS, si_prf, si_prf_corpus, tc_prf


def test_datasets():
    assert DATASETS == ("ptc_semeval2020",)


def test_si_partial_overlap():
    # |s ∩ t| = 5; P = 5/10, R = 5/10.
    prf = si_prf([(0, 10)], [(5, 15)])
    assert prf.precision == pytest.approx(0.5)
    assert prf.recall == pytest.approx(0.5)
    assert prf.f1 == pytest.approx(0.5)


def test_si_spurious_system_span_costs_precision_only():
    # s1 = (0,4) inside t = (0,8): C = 4/4 = 1; s2 = (10,20) hits nothing: 0. P = 1/2. R = 4/8.
    prf = si_prf([(0, 4), (10, 20)], [(0, 8)])
    assert prf.precision == pytest.approx(0.5)
    assert prf.recall == pytest.approx(0.5)


def test_si_one_long_span_over_two_gold_spans():
    # P: max over single t of |s ∩ t| / |s| = 5/10. R: (2/2 + 5/5) / 2 = 1. F1 = 2 * 0.5 * 1 / 1.5.
    prf = si_prf([(0, 10)], [(0, 2), (5, 10)])
    assert prf.precision == pytest.approx(0.5)
    assert prf.recall == pytest.approx(1.0)
    assert prf.f1 == pytest.approx(2 / 3)


def test_si_empty_and_duplicates():
    assert si_prf([], [(0, 5)]).f1 == 0.0
    assert si_prf([(0, 5)], []).precision == 0.0
    # The same interval annotated with two techniques is one gold span (labels are ignored).
    prf = si_prf([(0, 4)], [(0, 4), (0, 4), (10, 14)])
    assert prf.n_gold == 2
    assert prf.recall == pytest.approx(0.5)
    assert prf.precision == pytest.approx(1.0)


def test_si_pools_over_documents():
    # doc 1: P-sum 0.5 over 1 span, R-sum 0.5 over 1 gold; doc 2: P-sum 1.0 over 2 spans, R-sum 0.5 over 1 gold.
    prf = si_prf_corpus([([(0, 10)], [(5, 15)]), ([(0, 4), (10, 20)], [(0, 8)])])
    assert prf.precision == pytest.approx(1.5 / 3)
    assert prf.recall == pytest.approx(1.0 / 2)


def test_tc_multiset_matching():
    gold = [(0, 5, "Doubt"), (0, 5, "Loaded_Language"), (6, 9, "Slogans")]
    # The span carrying two labels gets both answers in the other order: both right; the third is wrong.
    prf = tc_prf(gold, ["Loaded_Language", "Doubt", "Repetition"])
    assert prf.tp == 2
    assert prf.f1 == pytest.approx(2 / 3)
    # Answering the same label twice for the double span earns it once.
    assert tc_prf(gold, ["Doubt", "Doubt", "Slogans"]).tp == 2


def test_tc_missing_answers_lower_precision_denominator():
    gold = [(0, 5, "Doubt"), (6, 9, "Slogans")]
    prf = tc_prf(gold, ["Doubt", None])
    assert prf.precision == pytest.approx(1.0)
    assert prf.recall == pytest.approx(0.5)


def test_assign_labels_gives_repeated_span_its_next_best_label():
    from eventwire.stages.framing.model import TechniqueModel
    from eventwire.stages.framing.techniques import assign_labels

    model = TechniqueModel(si=None, tc=None, labels=("A", "B", "C"))  # type: ignore[arg-type]
    proba = np.array([[0.2, 0.7, 0.1], [0.2, 0.7, 0.1], [0.6, 0.3, 0.1]])
    assert assign_labels(model, [(0, 5), (0, 5), (7, 9)], proba) == ["B", "A", "A"]
