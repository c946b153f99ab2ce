"""ingest and the store listings through the CLI: idempotent and crash-resumed ingest, exit codes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store import Store

ROWS = [{"id": f"d{i}", "text": f"Erdogan met Putin in Moscow on day {i}.", "published": "2020-03-05"} for i in range(4)]


@pytest.fixture()
def corpus(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in ROWS), encoding="utf-8")
    return path


def _ingest(db, *paths):
    return CliRunner().invoke(main, ["ingest", *map(str, paths), "--db", str(db), "--stages", "actors"])


def test_ingest_twice_is_a_no_op(tmp_path, corpus):
    db = tmp_path / "s.duckdb"
    first = _ingest(db, corpus)
    assert first.exit_code == 0, first.output
    assert "4 inserted" in first.stderr
    second = _ingest(db, corpus)
    assert second.exit_code == 0 and "0 inserted, 4 unchanged" in second.stderr
    with Store(db, read_only=True) as store:
        assert store.count() == 4


def test_changed_text_replaces(tmp_path, corpus):
    db = tmp_path / "s.duckdb"
    _ingest(db, corpus)
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps({**ROWS[0], "text": "Erdogan met Putin in Sochi."}), encoding="utf-8")
    result = _ingest(db, changed)
    assert "1 replaced" in result.stderr
    with Store(db, read_only=True) as store:
        assert store.count() == 4
        assert store.get("d0").document.text == "Erdogan met Putin in Sochi."


def test_batch_killed_halfway_then_rerun_stores_each_once(tmp_path, corpus, monkeypatch):
    db = tmp_path / "s.duckdb"
    real_write = Store.write
    calls = {"n": 0}

    def dying_write(self, record, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # the process is stopped in the middle of the third document
        return real_write(self, record, **kwargs)

    monkeypatch.setattr(Store, "write", dying_write)
    crashed = _ingest(db, corpus)
    assert crashed.exit_code != 0
    monkeypatch.setattr(Store, "write", real_write)
    with Store(db, read_only=True) as store:
        assert store.count() == 2
    rerun = _ingest(db, corpus)
    assert rerun.exit_code == 0 and "2 inserted, 2 unchanged" in rerun.stderr
    with Store(db, read_only=True) as store:
        assert sorted(d["source_id"] for d in store.documents()) == ["d0", "d1", "d2", "d3"]


def test_ingest_bad_input_exit_1_and_nothing_half_written(tmp_path, corpus):
    db = tmp_path / "s.duckdb"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "Erdogan spoke."}\n{broken\n', encoding="utf-8")
    result = _ingest(db, bad, corpus)
    assert result.exit_code == 1
    assert f"eventwire: error: {bad}:2: bad_json:" in result.stderr
    with Store(db, read_only=True) as store:
        assert store.count() == 5


def test_listings_and_show_and_export(tmp_path, corpus):
    db = tmp_path / "s.duckdb"
    _ingest(db, corpus)
    runner = CliRunner()
    actors = runner.invoke(main, ["actors", "--db", str(db), "--format", "jsonl"])
    assert actors.exit_code == 0
    names = {json.loads(line)["name"] for line in actors.stdout.splitlines()}
    assert any("Erdogan" in name for name in names)
    shown = runner.invoke(main, ["show", "d1", "--db", str(db)])
    assert shown.exit_code == 0 and json.loads(shown.stdout)["document"]["source_id"] == "d1"
    out = tmp_path / "e.jsonl"
    exported = runner.invoke(main, ["export", "--db", str(db), "--format", "jsonl", "-o", str(out)])
    assert exported.exit_code == 0 and len(out.read_text().splitlines()) == 4


def test_show_unknown_document_is_fatal_not_traceback(tmp_path, corpus):
    db = tmp_path / "s.duckdb"
    _ingest(db, corpus)
    result = CliRunner().invoke(main, ["show", "nope", "--db", str(db)])
    assert result.exit_code == 3
    assert result.stderr.startswith("eventwire: error:") and "Traceback" not in result.output


def test_listing_on_missing_db_is_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
