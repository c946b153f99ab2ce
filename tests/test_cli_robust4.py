"""Input that used to slip through or stop a batch: NUL bytes deep in a file, a large JSONL corpus on stdin,
.json files in a directory, unpaired surrogates given to the Python API, and an export into a named pipe."""

from __future__ import annotations

import io
import json
import os
import threading

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.document import Article
from eventwire.errors import InputError
from eventwire.export import EVENT_COLUMNS, export
from eventwire.ingest import read_path
from eventwire.pipeline import Pipeline
from eventwire.store import Store

FERRY = "Ferry crews in Dunmarrow walked out on Thursday, the crews' union said."


def _summary(items) -> list[tuple[str, str]]:
    return [("article", i.text[:12]) if isinstance(i, Article) else (i.code, i.where) for i in items]


def test_nul_byte_after_the_first_8_kb_is_binary_not_text(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_bytes(b"Harbour news. " * 1000 + b"\x00\x01\x02 more")
    assert _summary(read_path(path)) == [("binary", str(path))]


def test_utf16_text_with_bom_still_reads(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes(FERRY.encode("utf-16"))
    assert _summary(read_path(path)) == [("article", FERRY[:12])]


def test_stdin_jsonl_corpus_over_the_limit_is_read_line_by_line():
    lines = [json.dumps({"id": f"s{i}", "text": f"Crews in Vell {i} struck on Monday."}) for i in range(30)]
    lines[4] = json.dumps({"id": "s4", "text": "Dockers in Orrin marched. " * 30})  # one article over the limit
    stdin = io.BytesIO(("\n".join(lines) + "\n").encode("utf-8"))
    items = list(read_path("-", stdin=stdin, max_bytes=300))
    errors = [(i.code, i.where) for i in items if isinstance(i, InputError)]
    assert errors == [("too_large", "<stdin>:5")]
    assert [i.source_id for i in items if isinstance(i, Article)] == [f"s{i}" for i in range(30) if i != 4]


def test_stdin_plain_text_over_the_limit_is_still_refused_whole():
    stdin = io.BytesIO(b"Crews in Vell struck. " * 50)
    assert _summary(read_path("-", stdin=stdin, max_bytes=300)) == [("too_large", "<stdin>")]


def test_directory_walk_reads_json_files(tmp_path):
    (tmp_path / "a.txt").write_text(FERRY, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps([{"id": "j1", "text": "Miners in Quorl marched on Friday."}]),
                                     encoding="utf-8")
    (tmp_path / "c.json").write_text('{"settings": ', encoding="utf-8")
    summary = _summary(read_path(tmp_path))
    assert summary[:2] == [("article", FERRY[:12]), ("article", "Miners in Qu")]
    assert len(summary) == 3 and summary[2][0] == "bad_json" and summary[2][1].startswith(str(tmp_path / "c.json"))


@pytest.mark.parametrize("field", ["text", "title"])
def test_pipeline_refuses_an_unpaired_surrogate_with_an_input_error(field):
    article = Article(text=FERRY, title="Strike")
    setattr(article, field, getattr(article, field) + "\ud800")
    pipeline = Pipeline(stages=("actors",))
    with pytest.raises(InputError) as caught:
        pipeline.run(article)
    assert caught.value.code == "encoding" and field in str(caught.value)
    # and in a batch, the other articles go through
    results = list(pipeline.pipe([article, Article(text=FERRY)], return_errors=True))
    assert [type(r).__name__ for r in results] == ["InputError", "Record"]


@pytest.fixture()
def one_record_store(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.write(Pipeline(stages=("actors",)).run(Article(text=FERRY)))
    return db


def _read_pipe_during(fifo, action):
    """Run `action` while a reader drains the named pipe `fifo`; (action's result, the bytes read)."""
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = action()
    reader.join(timeout=30)
    return result, received[0]


def test_export_into_a_named_pipe_writes_into_it_not_over_it(one_record_store, tmp_path):
    fifo = tmp_path / "out.jsonl"
    os.mkfifo(fifo)

    def write():
        with Store(one_record_store) as store:
            return export(store, "jsonl", fifo)

    n, data = _read_pipe_during(fifo, write)
    assert n == 1
    assert os.path.exists(fifo) and not os.path.isfile(fifo)  # still the pipe
    assert json.loads(data)["document"]["text"] == FERRY


def test_cli_export_into_a_named_pipe(one_record_store, tmp_path):
    fifo = tmp_path / "events.csv"
    os.mkfifo(fifo)
    result, data = _read_pipe_during(fifo, lambda: CliRunner().invoke(
        main, ["export", "--db", str(one_record_store), "-o", str(fifo), "--format", "csv"]))
    assert result.exit_code == 0, result.output
    assert os.path.exists(fifo) and not os.path.isfile(fifo)
    header = data.decode("utf-8").splitlines()[0].split(",")
    assert header == list(EVENT_COLUMNS)
