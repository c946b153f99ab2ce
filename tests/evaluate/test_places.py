"""places task metrics on hand-built cases with hand-computed answers."""

from __future__ import annotations

import math

import pytest

from eventwire.evaluate.tasks.places import (
    DATASETS,
    MAX_KM,
    end_to_end_prf,
    errors_km,
    gold_places,
    haversine_km,
    resolution_metrics,
)


def test_datasets():
    assert DATASETS == ("geowebnews", "lgl", "trnews", "geovirus")


def test_haversine_one_degree_of_latitude():
    assert haversine_km((0.0, 0.0), (1.0, 0.0)) == pytest.approx(111.2, abs=0.1)


def test_errors_count_unresolved_as_maximum():
    assert errors_km([None, (0.0, 0.0)], [(10.0, 10.0), (0.0, 0.0)]) == [MAX_KM, 0.0]


def test_resolution_metrics_hand_computed():
    errors = [0.0, 100.0, 200.0, 20039.0]
    m = resolution_metrics(errors, [(1, 1), (2, 3), (4, None)])
    assert m["acc_161km"] == 0.5  # 0 and 100 km are within 161 km
    assert m["median_km"] == 150.0  # (100 + 200) / 2
    assert m["mean_km"] == pytest.approx((0 + 100 + 200 + 20039) / 4, abs=0.1)
    expected_auc = (0 + math.log(101) / math.log(20039) + math.log(201) / math.log(20039) + math.log(20040) /
                    math.log(20039)) / 4
    assert m["auc"] == pytest.approx(expected_auc, abs=1e-4)
    assert m["geonames_exact"] == pytest.approx(1 / 3, abs=1e-4)


def test_end_to_end_needs_overlap_and_161km():
    gold = [(0, 5, (0.0, 0.0)), (10, 15, (10.0, 10.0)), (20, 25, (20.0, 20.0))]
    system = [(0, 5, (0.5, 0.0)),  # overlaps gold 1, 56 km away: TP
              (11, 13, (0.0, 0.0)),  # overlaps gold 2 but far: not a TP
              (30, 35, (20.0, 20.0))]  # overlaps nothing: FP
    prf = end_to_end_prf(system, gold)
    assert (prf.tp, prf.n_system, prf.n_gold) == (1, 3, 3)
    assert prf.precision == pytest.approx(1 / 3) and prf.recall == pytest.approx(1 / 3)


def test_gold_filters_for_geowebnews():
    record = {"places": [
        {"start": 0, "end": 1, "lat": 1.0, "lon": 1.0, "type": "Literal", "non_locational": False},
        {"start": 2, "end": 3, "lat": 1.0, "lon": 1.0, "type": "Literal_Expression", "non_locational": False},
        {"start": 4, "end": 5, "lat": 1.0, "lon": 1.0, "type": "Literal", "non_locational": True},
        {"start": 6, "end": 7, "lat": None, "lon": None, "type": "Literal", "non_locational": False},
    ]}
    assert [p["start"] for p in gold_places(record, "geowebnews")] == [0]
    assert [p["start"] for p in gold_places(record, "lgl")] == [0, 2, 4]
