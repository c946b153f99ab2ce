"""The CLI's behaviour and exit codes (0 ok, 1 some documents failed, 2 usage, 3 fatal)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventwire.cli import main


@pytest.fixture()
def runner():
    return CliRunner()


def _write(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return str(path)


def test_extract_one_file_prints_one_json_record(runner, tmp_path):
    path = _write(tmp_path, "a.txt", "Erdogan met Putin in Moscow.")
    result = runner.invoke(main, ["extract", path, "--stages", "actors", "--quiet"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["schema"] == "eventwire/1"
    assert record["document"]["text"] == "Erdogan met Putin in Moscow."


def test_extract_bad_file_reports_and_continues(runner, tmp_path):
    good = _write(tmp_path, "good.txt", "Erdogan spoke.")
    bad = _write(tmp_path, "bad.txt", b"")
    result = runner.invoke(main, ["extract", bad, good, "--format", "jsonl", "--stages", "actors", "--quiet"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"eventwire: error: {bad}: empty: the file is empty"
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["document"]["text"] == "Erdogan spoke."


def test_extract_published_option(runner, tmp_path):
    path = _write(tmp_path, "a.txt", "Talks resumed.")
    result = runner.invoke(main, ["extract", path, "--published", "2021-02-17", "--stages", "actors", "-q"])
    assert json.loads(result.stdout)["document"]["published"] == "2021-02-17"
    result = runner.invoke(main, ["extract", path, "--published", "17/02/2021", "--stages", "actors", "-q"])
    assert result.exit_code == 2 and ": bad_date: " in result.stderr  # a bad option value is a usage error


def test_unknown_stage_is_a_usage_error(runner, tmp_path):
    path = _write(tmp_path, "a.txt", "Text.")
    result = runner.invoke(main, ["extract", path, "--stages", "nope", "-q"])
    assert result.exit_code == 2
    assert "unknown stage 'nope'" in result.stderr
    assert "Traceback" not in result.output


def test_unknown_option_is_a_usage_error(runner):
    assert runner.invoke(main, ["extract", "--frobnicate", "x"]).exit_code == 2


def test_table_format(runner, tmp_path):
    path = _write(tmp_path, "a.txt", "Headline\n\nErdogan met Putin in Moscow.")
    result = runner.invoke(main, ["extract", path, "--format", "table", "--stages", "actors", "-q"])
    assert result.exit_code == 0
    assert "Headline" in result.stdout and "actors" in result.stdout


def test_evaluate_unknown_task_is_usage_error(runner, tmp_path):
    (tmp_path / "dev.jsonl").write_text("", encoding="utf-8")
    result = runner.invoke(main, ["evaluate", "nonsense", "--data", str(tmp_path)])
    assert result.exit_code == 2 and "unknown task" in result.stderr


def test_schema_command_prints_the_schema(runner):
    result = runner.invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "eventwire/1 record"


def test_extract_many_with_two_workers_matches_one(runner, tmp_path):
    rows = [{"id": str(i), "text": f"Erdogan met Putin in Moscow on day {i}."} for i in range(5)]
    rows.insert(2, {"id": "bad"})
    path = _write(tmp_path, "many.jsonl", "\n".join(json.dumps(r) for r in rows))
    one = runner.invoke(main, ["extract", path, "--format", "jsonl", "--stages", "actors", "-q"])
    two = runner.invoke(main, ["extract", path, "--format", "jsonl", "--stages", "actors", "-q", "--workers", "2"])
    assert one.exit_code == two.exit_code == 1
    strip = lambda out: [  # noqa: E731 - timings differ between runs
        {k: v for k, v in json.loads(line).items() if k != "meta"} for line in out.strip().splitlines()]
    assert strip(one.stdout) == strip(two.stdout)
    assert [json.loads(x)["document"]["source_id"] for x in one.stdout.splitlines()] == ["0", "1", "2", "3", "4"]


def test_extract_on_a_local_dask_cluster_matches_one_process(runner, tmp_path):
    pytest.importorskip("distributed")
    rows = [{"id": str(i), "text": f"Erdogan met Putin on day {i}."} for i in range(3)] + [{"id": "x", "text": ""}]
    path = _write(tmp_path, "many.jsonl", "\n".join(json.dumps(r) for r in rows))
    one = runner.invoke(main, ["extract", path, "--format", "jsonl", "--stages", "actors", "-q"])
    on_dask = runner.invoke(main, ["extract", path, "--format", "jsonl", "--stages", "actors", "-q", "--dask", "local"])
    assert on_dask.exit_code == one.exit_code == 1
    docs = lambda out: [json.loads(line)["document"] for line in out.strip().splitlines()]  # noqa: E731
    assert docs(on_dask.stdout) == docs(one.stdout)
