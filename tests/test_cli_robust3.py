"""Bad input and bad options: one clear stderr line naming the file and the problem, no traceback, no hang, no
silent loss; the rest of the batch goes through; exit codes 0 / 1 / 2 / 3 as documented in `eventwire --help`."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.errors import StoreError
from eventwire.ingest import read_path
from eventwire.store import Store

GOOD = "Harbour pilots in Quenmore walked off the job on Monday, the pilots' guild said."
NOT_REGULAR = "unreadable: not a regular file (a FIFO, socket or device)"
OTHER = "The council of Brackenfold voted on Friday to close the old ferry landing."


@pytest.fixture()
def runner():
    return CliRunner()


def _extract(runner, *args):
    return runner.invoke(main, ["extract", *args, "--format", "jsonl", "--stages", "actors", "--quiet"])


def _texts(result) -> list[str]:
    return [json.loads(line)["document"]["text"] for line in result.stdout.splitlines() if line.strip()]


def _one_error_line(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    return lines[0]


def test_fifo_input_is_refused_not_waited_on(runner, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = _extract(runner, str(fifo), str(good))
    assert result.exit_code == 1
    assert _one_error_line(result) == f"eventwire: error: {fifo}: {NOT_REGULAR}"
    assert _texts(result) == [GOOD]


def test_directory_reports_broken_links_and_fifos_named_like_articles(runner, tmp_path):
    folder = tmp_path / "wire"
    (folder / "inner").mkdir(parents=True)
    (folder / "inner" / "story.txt").write_text(GOOD, encoding="utf-8")
    (folder / "dangling.txt").symlink_to(tmp_path / "gone" / "nothing.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "inner" / "back").symlink_to(folder)  # a loop must not be walked forever
    result = _extract(runner, str(folder))
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert errors == [
        f"eventwire: error: {folder / 'dangling.txt'}: unreadable: No such file or directory",
        f"eventwire: error: {folder / 'pipe.txt'}: {NOT_REGULAR}",
    ]
    assert _texts(result) == [GOOD]


def test_directory_without_article_files_is_an_error_not_silence(runner, tmp_path):
    folder = tmp_path / "notes.txt"  # a directory named like a file
    folder.mkdir()
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n")
    result = _extract(runner, str(folder))
    assert result.exit_code == 1
    assert _one_error_line(result).startswith(f"eventwire: error: {folder}: empty: no article files in this directory")


def test_empty_path_argument_does_not_read_the_current_directory(runner, tmp_path, monkeypatch):
    (tmp_path / "stray.txt").write_text(OTHER, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = _extract(runner, "")
    assert result.exit_code == 1
    assert _one_error_line(result) == "eventwire: error: '': unreadable: an empty path"
    assert _texts(result) == []


def test_pretty_printed_json_object_is_one_article(runner, tmp_path):
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"id": "q-17", "text": GOOD, "published": "2026-05-04"}, indent=2), encoding="utf-8")
    result = _extract(runner, str(path))
    assert result.exit_code == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["document"]["text"] == GOOD
    assert record["document"]["published"] == "2026-05-04" and record["document"]["source_id"] == "q-17"


def test_json_array_on_stdin_is_articles_not_plain_text(runner):
    data = json.dumps([{"text": GOOD}, "loose string", {"id": "b2"}, {"text": OTHER}])
    result = runner.invoke(main, ["extract", "-", "--format", "jsonl", "--stages", "actors", "-q"], input=data)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "eventwire: error: <stdin>[1]: bad_json: an array item must be a JSON object",
        'eventwire: error: <stdin>[2]: bad_json: missing or non-string "text"',
    ]
    assert _texts(result) == [GOOD, OTHER]


@pytest.mark.parametrize("value", [0, False])
def test_jsonl_published_of_wrong_type_is_reported_not_dropped(tmp_path, value):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": GOOD, "published": value}) + "\n", encoding="utf-8")
    (item,) = read_path(path)
    assert getattr(item, "code", None) == "bad_date" and item.where == f"{path}:1"


def test_bad_published_option_is_one_usage_error(runner, tmp_path):
    paths = []
    for name, text in (("a.txt", GOOD), ("b.txt", OTHER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    result = _extract(runner, *paths, "--published", "2026-13-45")
    assert result.exit_code == 2
    assert _one_error_line(result) == (
        "eventwire: error: --published: bad_date: '2026-13-45' is not a date (expected YYYY-MM-DD)")


def test_negative_max_chars_is_a_usage_error_not_a_traceback(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    result = _extract(runner, str(path), "--max-chars", "-5")
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "--max-chars" in result.stderr


def test_store_on_a_fifo_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "store.duckdb"
    os.mkfifo(fifo)
    with pytest.raises(StoreError) as caught:
        Store(fifo)
    assert caught.value.code == "unreadable" and caught.value.where == str(fifo)


def test_listing_a_missing_store_is_one_line_naming_it(runner, tmp_path):
    db = tmp_path / "absent.duckdb"
    for command in (["events"], ["actors"], ["places"], ["quotes"], ["show", "abcd"]):
        result = runner.invoke(main, [*command, "--db", str(db)])
        assert result.exit_code == 2
        assert _one_error_line(result).startswith(f"eventwire: error: {db}: missing: ")


def test_export_to_a_directory_is_one_line_naming_it(runner, tmp_path):
    db = tmp_path / "s.duckdb"
    Store(db).close()
    target = tmp_path / "exports"
    target.mkdir()
    result = runner.invoke(main, ["export", "--db", str(db), "-o", str(target)])
    assert result.exit_code == 3
    assert _one_error_line(result) == f"eventwire: error: {target}: export: is a directory; give a file name"
    assert list(target.iterdir()) == []


def test_unknown_event_type_is_a_usage_error(runner, tmp_path):
    db = tmp_path / "s.duckdb"
    Store(db).close()
    result = runner.invoke(main, ["events", "--db", str(db), "--type", "PARADE"])
    assert result.exit_code == 2
    assert "unknown event type PARADE" in _one_error_line(result)


def test_exit_codes_are_documented_in_help(runner):
    help_text = " ".join(runner.invoke(main, ["--help"]).output.split())
    for fragment in ("0 success", "1 some documents could not be processed", "2 usage error", "3 fatal error"):
        assert fragment in help_text


def test_jsonl_unpaired_surrogate_is_an_encoding_error_and_the_batch_goes_on(runner, tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "w1", "text": "The envoy of Tarsk \\ud83d met rebels in Oulen."}\n'
                    '{"id": "w2", "text": "Ferry crews in Lintmouth struck.", "title": "Strike \\udc00"}\n'
                    + json.dumps({"id": "w3", "text": GOOD}) + "\n", encoding="utf-8")
    result = _extract(runner, str(path))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f'eventwire: error: {path}:1: encoding: the "text" has an unpaired surrogate escape at character 19',
        f'eventwire: error: {path}:2: encoding: the "title" has an unpaired surrogate escape at character 7',
    ]
    assert _texts(result) == [GOOD]


def test_ingest_goes_on_past_an_unpaired_surrogate(runner, tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "v1", "text": "Dockers \\ud800 struck."}\n' + json.dumps({"id": "v2", "text": OTHER})
                    + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = runner.invoke(main, ["ingest", str(path), "--db", str(db), "--stages", "actors", "-q"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    with Store(db, read_only=True) as store:
        assert [r.document.text for r in store.records()] == [OTHER]


def test_a_stage_failing_on_one_article_reports_it_and_the_batch_goes_on(runner, tmp_path, monkeypatch):
    from eventwire.pipeline import Pipeline

    run_batch = Pipeline._run_batch

    def failing_on_marker(self, batch):
        if any("Zorvath" in analysis.article.text for analysis in batch):
            raise RuntimeError("simulated stage bug\nsecond line")
        return run_batch(self, batch)

    monkeypatch.setattr(Pipeline, "_run_batch", failing_on_marker)
    paths = []
    for name, text in (("a.txt", GOOD), ("b.txt", "Zorvath militia shelled Pell on Sunday."), ("c.txt", OTHER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    result = _extract(runner, *paths)
    assert result.exit_code == 1
    assert _one_error_line(result) == (
        f"eventwire: error: {paths[1]}: unreadable: unexpected RuntimeError while analysing: simulated stage bug")
    assert _texts(result) == [GOOD, OTHER]


@pytest.mark.parametrize("keep", [4096, 12288])
def test_truncated_store_is_reported_as_corrupt(runner, tmp_path, keep):
    whole = tmp_path / "whole.duckdb"
    with Store(whole) as store:
        store.connection.execute("CHECKPOINT")
    cut = tmp_path / "cut.duckdb"
    cut.write_bytes(whole.read_bytes()[:keep])
    for command in (["events"], ["ingest", str(tmp_path / "none.txt"), "--stages", "actors", "-q"]):
        result = runner.invoke(main, [*command, "--db", str(cut)])
        assert result.exit_code == 3
        assert _one_error_line(result).startswith(f"eventwire: error: {cut}: corrupt: the store file is truncated")


def test_jsonl_corpus_larger_than_the_per_article_limit_is_read_line_by_line(tmp_path):
    path = tmp_path / "corpus.jsonl"
    story = {"text": "Tram drivers in Pelloria stopped work on Tuesday. " * 3}
    lines = [json.dumps({"id": f"t{i}", **story}) for i in range(400)]
    lines[7] = json.dumps({"id": "t7", "text": "Bus crews in Orrin struck. " * 40})  # one article over the limit
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8") + b'{"id": "t400", "text": "Caf\xe9 owners marched."}\n')
    items = list(read_path(path, max_bytes=600))
    errors = [(i.code, i.where) for i in items if not hasattr(i, "text")]
    assert errors == [("too_large", f"{path}:8"), ("encoding", f"{path}:401")]
    assert len(items) - len(errors) == 399 and items[8].source_id == "t8"


def test_jsonl_file_that_is_binary_or_blank_is_one_error(tmp_path):
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n" * 9000 + "  \n", encoding="utf-8")
    assert [(i.code, i.where) for i in read_path(blank)] == [("empty", str(blank))]
    binary = tmp_path / "photo.jsonl"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert [(i.code, i.where) for i in read_path(binary)] == [("binary", str(binary))]
