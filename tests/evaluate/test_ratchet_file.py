"""The pins file: a hand-set pin keeps its note across saves; pins without one stay note-free."""

from __future__ import annotations

import json

from eventwire.evaluate.ratchet import Pin, load_pins, save_pins


def test_notes_survive_a_save_and_empty_notes_are_not_written(tmp_path):
    path = tmp_path / "baseline.json"
    save_pins(path, [Pin("events", "plover_gsr", "all", "type_accuracy", 0.95, 80, note="lowered: in-sample pin"),
                     Pin("times", "tempeval3_timeml", "all", "value_f1", 0.83, 40)])
    raw = json.loads(path.read_text(encoding="utf-8"))["pins"]
    assert raw[0]["note"] == "lowered: in-sample pin" and "note" not in raw[1]
    pins = load_pins(path)
    assert pins[0].note == "lowered: in-sample pin" and pins[1].note == ""
    assert pins[0].value == 0.95 and pins[1].limit == 40
