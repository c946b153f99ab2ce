"""The committed JSON Schema is the one the models generate, and records validate against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from pydantic import ValidationError

from eventwire.models import Actor, Record, json_schema

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "docs" / "schema" / "eventwire-1.json"


def test_committed_schema_equals_generated():
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == json.loads(json.dumps(json_schema())), "run `eventwire schema -o docs/schema/eventwire-1.json`"


def test_record_of_example_text_validates(pipeline_factory):
    record = pipeline_factory("actors").run("Erdogan met Putin in Moscow on Thursday.")
    jsonschema.validate(record.to_json_dict(), json_schema())
    assert record.to_json_dict()["schema"] == "eventwire/1"


def test_unknown_enum_value_is_rejected():
    with pytest.raises(ValidationError):
        Actor(id="A1", name="X", kind="wizard")


def test_record_json_round_trip(pipeline_factory):
    record = pipeline_factory("actors").run("Beijing protested on Tuesday.")
    again = Record.model_validate_json(record.to_json())
    assert again == record


def test_spans_lists_every_text_span():
    record = Record.model_validate({
        "schema": "eventwire/1",
        "meta": {"version": "0", "stages": [], "elapsed_ms": 0},
        "document": {"id": "sha256:x", "text": "Erdogan spoke."},
        "actors": [{"id": "A1", "name": "Erdogan", "kind": "person",
                    "mentions": [{"start": 0, "end": 7, "text": "Erdogan"}]}],
        "times": [],
    })
    assert record.spans() == [("actor A1", 0, 7, "Erdogan")]
