"""Exports from the store: full records as JSON Lines, or the events table flattened as CSV or Parquet.

    from eventwire.export import export
    export(store, "parquet", Path("events.parquet"))

- jsonl: one full eventwire/1 record per line, in store order (the records `Store.get` returns).
- csv / parquet: one row per event (EVENT_COLUMNS), in store order. List fields (context, actors, recipients)
  are joined with "; ". DuckDB's COPY writes both formats (no pyarrow needed).

Files are written to a temporary name next to `out` and renamed into place, so a failed export never leaves a
truncated file. `out` may also be an open file object: text for jsonl and csv, binary for any format.
"""

from __future__ import annotations

import io
import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import IO, Literal

from eventwire.errors import StoreError
from eventwire.store import Store
from eventwire.store.queries import EVENTS_FROM

__all__ = ["EVENT_COLUMNS", "FORMATS", "Format", "export"]

Format = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")

# (column name, SQL over the aliases of store.queries.EVENTS_FROM), in output order.
_EVENT_SELECT: tuple[tuple[str, str], ...] = (
    ("document", "e.doc_id"),
    ("source_id", "d.source_id"),
    ("event", "e.id"),
    ("type", "e.type"),
    ("mode", "e.mode"),
    ("context", "array_to_string(e.context, '; ')"),
    ("actors", "array_to_string(coalesce(n.actor_names, []), '; ')"),
    ("recipients", "array_to_string(coalesce(n.recipient_names, []), '; ')"),
    ("place", "p.name"),
    ("place_country", "p.country"),
    ("lat", "p.lat"),
    ("lon", "p.lon"),
    ("date", "e.date"),
    ("published", "d.published"),
    ("status", "e.status"),
    ("source", "s.name"),
    ("cameo", "e.cameo"),
    ("confidence", "e.confidence"),
    ("trigger", "e.trigger_text"),
    ("sentence", "substring(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)"),
    ("title", "d.title"),
)
EVENT_COLUMNS: tuple[str, ...] = tuple(name for name, _ in _EVENT_SELECT)


def _events_query() -> str:
    columns = ", ".join(f'{sql} AS "{name}"' for name, sql in _EVENT_SELECT)
    return f"SELECT {columns} {EVENTS_FROM} ORDER BY d.seq, e.ord"


def export(store: Store, fmt: Format | str, out: Path | str | IO) -> int:
    """Write the store's contents to `out`; return the number of records (jsonl) or event rows (csv, parquet)."""
    fmt = str(fmt).lower()
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}", code="export")
    if hasattr(out, "write"):
        return _export_stream(store, fmt, out)  # type: ignore[arg-type]
    target = Path(out)
    if target.is_dir():
        raise StoreError("is a directory; give a file name", code="export", where=str(target))
    if target.exists() and not stat.S_ISREG(target.stat().st_mode):
        # A named pipe or a device (/dev/stdout) is written into; replacing it with a file would hide the export
        # from the reader waiting on it.
        try:
            with target.open("wb") as stream:
                return _export_stream(store, fmt, stream)
        except OSError as exc:
            raise StoreError(f"cannot write the export: {exc.strerror or exc}", code="export",
                             where=str(target)) from exc
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(handle)
    except OSError as exc:
        raise StoreError(f"cannot write here: {exc.strerror or exc}", code="export", where=str(target)) from exc
    tmp = Path(tmp_name)
    try:
        n = _export_file(store, fmt, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise StoreError(f"cannot write the export: {exc.strerror or exc}", code="export",
                         where=str(target)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return n


def _export_file(store: Store, fmt: str, path: Path) -> int:
    if fmt == "jsonl":
        n = 0
        with path.open("w", encoding="utf-8", newline="\n") as fh:
            for record in store.records():
                fh.write(record.to_json() + "\n")
                n += 1
        return n
    options = "FORMAT csv, HEADER true" if fmt == "csv" else "FORMAT parquet"
    literal = "'" + str(path).replace("'", "''") + "'"
    with store._errors(f"{fmt} export failed"):
        store.connection.execute(f"COPY ({_events_query()}) TO {literal} ({options})")
        return int(store.connection.execute(f"SELECT count(*) {EVENTS_FROM}").fetchone()[0])


def _export_stream(store: Store, fmt: str, stream: IO) -> int:
    binary = not isinstance(stream, io.TextIOBase)
    if fmt == "jsonl" and not binary:
        n = 0
        for record in store.records():
            stream.write(record.to_json() + "\n")
            n += 1
        return n
    if fmt == "parquet" and not binary:
        raise StoreError("parquet is binary: give a file path or a binary stream", code="export")
    with tempfile.TemporaryDirectory(prefix="eventwire-export-") as tmpdir:
        path = Path(tmpdir) / f"export.{fmt}"
        n = _export_file(store, fmt, path)
        if binary:
            with path.open("rb") as fh:
                shutil.copyfileobj(fh, stream)
        else:
            with path.open("r", encoding="utf-8", newline="") as fh:
                shutil.copyfileobj(fh, stream)
    return n
