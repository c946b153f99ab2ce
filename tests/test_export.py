"""Exports: full records as JSON Lines, the events table flattened as CSV and Parquet."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.export import EVENT_COLUMNS, export
from eventwire.models import Record
from eventwire.store import Store
from tests.test_store import TEXT_1, record_1, record_2, record_partial

RECORDS = (record_1, record_2, record_partial)


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "eventwire.duckdb") as s:
        for make in RECORDS:
            s.write(make())
        yield s


def test_jsonl_is_one_full_record_per_line_in_store_order(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "out" / "records.jsonl"
    assert export(store, "jsonl", out) == 3
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    assert [Record.model_validate_json(line) for line in lines] == [make() for make in RECORDS]
    assert json.loads(lines[2])["places"] is None  # a stage that did not run stays null
    assert list(out.parent.iterdir()) == [out]  # no temporary file left behind


def _expected_first_row() -> dict[str, str]:
    r = record_1()
    return {
        "document": r.document.id, "source_id": "wire-1", "event": "E1", "type": "ASSAULT", "mode": "heavy-weapons",
        "context": "military", "actors": "Houthis", "recipients": "Saudi-led coalition", "place": "Marib",
        "place_country": "YEM", "lat": "15.4591", "lon": "45.3253", "date": "2021-02-16", "published": "2021-02-17",
        "status": "asserted", "source": "Reuters", "cameo": "190", "confidence": "0.82", "trigger": "shelled",
        "sentence": "Sana’a — Houthi fighters shelled Marib on Tuesday, Reuters reported.",
        "title": "Shelling in Marib",
    }


def test_csv_is_the_events_table_flattened(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert export(store, "csv", out) == 5
    with out.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames) == EVENT_COLUMNS
        rows = list(reader)
    assert len(rows) == 5  # 3 events in record_1, 2 in record_2, none in the partial record
    assert rows[0] == _expected_first_row()
    assert [(r["event"], r["type"]) for r in rows] == [("E1", "ASSAULT"), ("E2", "AID"), ("E3", "AGREE"),
                                                      ("E1", "ASSAULT"), ("E2", "ACCUSE")]
    e2 = rows[1]
    assert (e2["place"], e2["date"], e2["status"], e2["source"], e2["mode"]) == ("Aden", "", "future", "", "")
    assert e2["sentence"] == "The Saudi-led coalition said it would send aid to Aden."
    assert rows[4]["place"] == "" and rows[4]["lat"] == ""  # an event without a place
    for row in rows[:3]:
        assert row["sentence"] in TEXT_1


def test_parquet_has_the_same_rows_and_types(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    assert export(store, "parquet", out) == 5
    con = duckdb.connect()
    cursor = con.execute("SELECT * FROM read_parquet(?)", [str(out)])
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row)) for row in cursor.fetchall()]
    assert tuple(names) == EVENT_COLUMNS
    assert len(rows) == 5
    first = rows[0]
    expected = _expected_first_row()
    assert first["lat"] == 15.4591 and first["lon"] == 45.3253 and first["confidence"] == 0.82
    assert {k: v for k, v in first.items() if k not in ("lat", "lon", "confidence")} == {
        k: v for k, v in expected.items() if k not in ("lat", "lon", "confidence")}
    assert rows[1]["date"] is None and rows[4]["place"] is None


def test_export_to_streams(store: Store) -> None:
    text = io.StringIO()
    assert export(store, "jsonl", text) == 3
    assert len(text.getvalue().splitlines()) == 3
    text = io.StringIO()
    assert export(store, "csv", text) == 5
    assert text.getvalue().splitlines()[0] == ",".join(EVENT_COLUMNS)
    binary = io.BytesIO()
    assert export(store, "parquet", binary) == 5
    assert binary.getvalue()[:4] == b"PAR1"
    with pytest.raises(StoreError, match="binary"):
        export(store, "parquet", io.StringIO())


def test_export_from_a_read_only_store(store: Store, tmp_path: Path) -> None:
    path = store.path
    store.close()
    with Store(path, read_only=True) as reader:
        assert export(reader, "csv", tmp_path / "ro.csv") == 5
        assert export(reader, "jsonl", tmp_path / "ro.jsonl") == 3


def test_export_of_an_empty_store(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.duckdb") as empty:
        assert export(empty, "jsonl", tmp_path / "e.jsonl") == 0
        assert (tmp_path / "e.jsonl").read_text() == ""
        assert export(empty, "csv", tmp_path / "e.csv") == 0
        assert (tmp_path / "e.csv").read_text().splitlines() == [",".join(EVENT_COLUMNS)]


def test_export_overwrites_and_refuses_bad_targets(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    out.write_text("old contents\n")
    export(store, "CSV", out)
    assert out.read_text(encoding="utf-8").startswith("document,")
    with pytest.raises(StoreError, match="unknown export format 'xml'"):
        export(store, "xml", tmp_path / "x.xml")
    with pytest.raises(StoreError, match="directory"):
        export(store, "csv", tmp_path)
