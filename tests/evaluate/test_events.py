"""Metric functions of the `events` evaluation task, on hand-built records with hand-computed answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate.tasks.events import (
    DATASETS, baseline_view, dataset_of, pick_top, score_case2021, score_petrarch, score_plover,
    without_plover_conflicts,
)


def ev(etype, conf=0.9, status="asserted", mode=None, actors=(), recipients=(), start=0):
    return {"type": etype, "mode": mode, "status": status, "confidence": conf, "actors": list(actors),
            "recipients": list(recipients), "trigger": {"start": start, "end": start + 1}}


def span(start, end):
    return {"text": "x", "start": start, "end": end}


def test_pick_top_prefers_asserted_then_confidence_then_position():
    events = [ev("ASSAULT", 0.95, status="future"), ev("COERCE", 0.7, start=5), ev("AGREE", 0.7, start=2)]
    assert pick_top(events)["type"] == "AGREE"
    assert pick_top([ev("ASSAULT", status="future")]) is None
    assert pick_top([ev("ASSAULT", status="future")], fallback_any=True)["type"] == "ASSAULT"


def test_score_plover_by_hand():
    gold = [
        {"events": [{"type": "ASSAULT", "mode": "aerial", "actors": [span(0, 5)], "recipients": [span(10, 15)]}]},
        {"events": [{"type": "AGREE", "mode": None, "actors": [span(0, 4)], "recipients": []}]},
        {"events": [{"type": "PROTEST", "mode": "demo", "actors": [span(0, 3)], "recipients": [span(20, 25)]}]},
        {"events": [{"type": "REJECT", "mode": None, "actors": [span(0, 3)], "recipients": [span(8, 9)]},
                    {"type": "THREATEN", "mode": None, "actors": [span(30, 33)], "recipients": []}]},
    ]
    system = [
        # type right, mode right, actor overlaps (3-6 vs 0-5), recipient does not (16-18 vs 10-15)
        {"events": [ev("ASSAULT", mode="aerial", actors=["A1"], recipients=["A2"])],
         "mentions": {"A1": [(3, 6)], "A2": [(16, 18)]}},
        # wrong type (only asserted counts: the AGREE is future), actor would overlap but event is COERCE
        {"events": [ev("AGREE", 0.99, status="future", actors=["A1"]), ev("COERCE", 0.5, actors=["A9"])],
         "mentions": {"A1": [(0, 4)], "A9": [(50, 60)]}},
        # no asserted event at all
        {"events": [], "mentions": {}},
        # matches the second gold event (THREATEN), its actor overlaps via a second mention
        {"events": [ev("THREATEN", actors=["A3"])], "mentions": {"A3": [(40, 45), (31, 32)]}},
    ]
    m = score_plover(gold, system)
    assert m["n"] == 4
    assert m["type_accuracy"] == 0.5            # records 1 and 4
    assert m["n_mode"] == 2                     # records 1 and 3 have a gold mode
    assert m["type_mode_accuracy"] == 0.5       # record 1 only
    assert m["n_actor"] == 4 and m["actor_match"] == 0.5          # records 1 and 4
    # recipients counted for records 1 and 3 (record 2 gold has none, record 4 is compared with THREATEN,
    # which has none); record 1 misses (16-18 vs 10-15), record 3 has no event
    assert m["n_recipient"] == 2 and m["recipient_match"] == 0.0
    assert m["no_asserted_event"] == 0.25


def test_score_petrarch_by_hand():
    gold = [
        {"events": [{"type": "ASSAULT", "actor_code": "USAGOV", "recipient_code": "RUS"}], "noevents": False,
         "plover_noevents": False},
        {"events": [{"type": "CONSULT", "actor_code": "---REB", "recipient_code": "CHN"},
                    {"type": "COOPERATE", "actor_code": "USA", "recipient_code": "IGOUNO"}],
         "noevents": False, "plover_noevents": False},
        {"events": [], "noevents": True, "plover_noevents": True},
        {"events": [{"type": None, "actor_code": "USA", "recipient_code": "IRN"}], "noevents": False,
         "plover_noevents": True},
    ]
    system = [
        {"events": [ev("ASSAULT", actors=["A1"], recipients=["A2"])], "countries": {"A1": "USA", "A2": "UKR"}},
        {"events": [ev("COOPERATE", actors=["A1"], recipients=["A2"])], "countries": {"A1": "USA", "A2": None}},
        {"events": [ev("ASSAULT", status="hypothetical")], "countries": {}},
        {"events": [ev("REQUEST")], "countries": {}},
    ]
    m = score_petrarch(gold, system)
    assert m["n"] == 2 and m["type_accuracy"] == 1.0
    # actor codes with a country: USAGOV (rec 1) and USA (rec 2, the COOPERATE gold matched by type)
    assert m["n_actor"] == 2 and m["actor_country_match"] == 1.0
    # recipient codes with a country: RUS (rec 1) only (IGOUNO has none); UKR != RUS
    assert m["n_recipient"] == 1 and m["recipient_country_match"] == 0.0
    # plover_noevents: records 3 (no asserted event: right) and 4 (asserted REQUEST: wrong)
    assert m["n_no_event"] == 2 and m["no_event_share"] == 0.5
    assert m["n_cameo_noevents"] == 1 and m["no_event_share_cameo_noevents"] == 1.0


def test_score_case2021_by_hand():
    gold = [{"event_type": "AIR_STRIKE"}, {"event_type": "ARMED_CLASH"}, {"event_type": "PEACE_PROTEST"},
            {"event_type": "ARREST"}, {"event_type": "NATURAL_DISASTER"}]
    system = [
        {"events": [ev("ASSAULT", mode="drone")]},                    # type right, mode right (drone accepted)
        {"events": [ev("ASSAULT", status="uncertain", mode="firearms")]},  # fallback to any status: right
        {"events": [ev("ASSAULT")]},                                  # wrong
        {"events": []},                                               # none
        {"events": [ev("ASSAULT")]},                                  # unmapped, has an asserted event
    ]
    m = score_case2021(gold, system)
    assert m["n"] == 4 and m["n_unmapped"] == 1 and m["unmapped_with_asserted_event"] == 1.0
    assert m["type_accuracy"] == 0.5
    assert m["type_mode_accuracy"] == 0.5  # AIR_STRIKE/drone and ARMED_CLASH (no mode required)
    # per gold label F1: ASSAULT p=2/3 r=1 -> 0.8; PROTEST 0; COERCE 0 -> macro 0.8/3
    assert m["macro_f1"] == pytest.approx(round(0.8 / 3, 4))


def test_case2021_diagnostic_subset_leaves_out_labels_whose_mapping_contradicts_plover():
    gold = [{"event_type": "DIPLO"}, {"event_type": "ARREST"}, {"event_type": "DIPLO"}]
    system = [{"events": [ev("SANCTION")]}, {"events": [ev("COERCE")]}, {"events": [ev("CONSULT")]}]
    kept_gold, kept_system = without_plover_conflicts(gold, system)
    assert kept_gold == [{"event_type": "ARREST"}] and kept_system == [system[1]]
    assert score_case2021(kept_gold, kept_system)["type_accuracy"] == 1.0
    assert score_case2021(gold, system)["type_accuracy"] == pytest.approx(2 / 3, abs=1e-4)


def test_baseline_and_dataset_names():
    assert baseline_view("ASSAULT")["events"][0]["type"] == "ASSAULT"
    assert set(DATASETS) == {"plover_gsr", "petrarch2_gsr", "case2021_task2_events"}
    assert dataset_of(Path("/x/petrarch2_gsr")) == "petrarch2_gsr"
    with pytest.raises(ValueError):
        dataset_of(Path("/x/unknown"))
