"""Every record validates against the schema and every span matches the text it points at.

Examples are checked in full; benchmark texts on a sample per set (all of them with EVENTWIRE_FULL_INTEGRITY=1,
which is how the closing figures are produced: `EVENTWIRE_FULL_INTEGRITY=1 pytest tests/test_integrity.py`).
"""

from __future__ import annotations

import os
from pathlib import Path

import jsonschema
import pytest

from eventwire.evaluate.benchmarks import default_benchmarks_dir, read_split
from eventwire.ingest import read_paths
from eventwire.models import json_schema
from eventwire.pipeline import Pipeline

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SAMPLE = None if os.environ.get("EVENTWIRE_FULL_INTEGRITY") else 3
VALIDATOR = jsonschema.Draft202012Validator(json_schema())


@pytest.fixture(scope="module")
def full_pipeline():
    return Pipeline()


def _check(record) -> None:
    errors = sorted(VALIDATOR.iter_errors(record.to_json_dict()), key=str)
    assert not errors, errors[0].message
    text = record.document.text
    for where, start, end, span_text in record.spans():
        assert 0 <= start <= end <= len(text), (where, start, end)
        assert text[start:end] == span_text, (where, start, end, span_text)
    ids = {a.id for a in record.actors or []} | {p.id for p in record.places or []}
    for event in record.events or []:
        for ref in [*event.actors, *event.recipients, event.source]:
            assert ref is None or ref in ids, (event.id, ref)
        assert event.place is None or event.place in ids
    for quote in record.quotes or []:
        assert quote.speaker is None or quote.speaker in ids


def test_examples_records_are_valid(full_pipeline):
    items = list(read_paths([EXAMPLES]))
    assert len(items) >= 6
    for outcome in full_pipeline.pipe(items):
        _check(outcome)


BENCH = default_benchmarks_dir()
SETS = sorted(p.name for p in BENCH.iterdir() if (p / "dev.jsonl").is_file()) if BENCH.is_dir() else []


@pytest.mark.parametrize("name", SETS)
def test_benchmark_texts_records_are_valid(full_pipeline, name):
    for split in ("dev", "test"):
        texts = [r for r in read_split(BENCH / name, split, limit=SAMPLE) if r.get("text")]
        from eventwire.document import Article

        articles = [Article(text=r["text"], title=r.get("title"), published=r.get("published")) for r in texts]
        for outcome in full_pipeline.pipe(articles, return_errors=True):
            if isinstance(outcome, Exception):
                assert outcome.code in ("empty", "bad_date"), outcome.line()
                continue
            _check(outcome)
