"""`Store`: eventwire/1 records in an embedded DuckDB file.

Discipline (DESIGN.md, principle 8): one writer process, many readers; one transaction per document, so a batch
killed halfway leaves every document either fully stored or absent; writes keyed by the content-hash document id,
so a rerun stores each document exactly once; named migrations applied in order when a writer opens the file.

A Store object wraps one DuckDB connection: use it from one thread at a time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

import duckdb

from eventwire.errors import StoreError
from eventwire.models import Record
from eventwire.store import queries
from eventwire.store.plover import is_cooperative, quad_class
from eventwire.store.rows import COLUMNS, ORDER, from_rows, to_rows
from eventwire.store.schema import DOCUMENT_TABLES, MIGRATIONS

WriteResult = Literal["inserted", "unchanged", "replaced"]

DEFAULT_PATH = "eventwire.duckdb"
MEMORY = ":memory:"
_CHUNK = 256  # rows per multi-row INSERT statement
_DOCUMENT_COLUMNS = (
    "id", "seq", "source_id", "title", "published", "url", "outlet", "language", "text", "text_hash", "meta",
    "version", "stages", "parts", "fingerprint", "extra", "stored_at",
)


class DocumentNotFound(StoreError, KeyError):
    """No stored document has that id (or id prefix, or source id)."""

    code = "not_found"

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


def _open_error(path: str, exc: Exception) -> StoreError:
    """A DuckDB failure to open a file -> one clear StoreError."""
    message = str(exc)
    low = message.lower()
    if "lock" in low:
        pid = re.search(r"PID (\d+)", message)
        holder = f" (PID {pid.group(1)})" if pid else ""
        return StoreError(
            f"the store is locked by another process{holder}: DuckDB lets one process write, or several processes "
            "read, at a time; wait for the other eventwire process to finish",
            code="locked", where=path,
        )
    if "could not read enough bytes" in low:
        return StoreError(
            "the store file is truncated (an interrupted copy or a full disk?); restore it from a backup or move it "
            "aside and ingest again", code="corrupt", where=path,
        )
    if "not a valid duckdb database" in low:
        return StoreError(
            "not a DuckDB database file (corrupt, truncated or another format); move it aside or choose another "
            "store path", code="corrupt", where=path,
        )
    if "different configuration" in low:
        return StoreError(
            "this store is already open in this process with other settings (read-only vs read-write); close the "
            "other Store first", code="store", where=path,
        )
    if "version" in low and ("storage" in low or "serializ" in low):
        return StoreError(f"written by an incompatible DuckDB version: {message}", code="corrupt", where=path)
    return StoreError(f"cannot open the store: {message}", code="unreadable", where=path)


class Store:
    """eventwire/1 records in an embedded DuckDB file.

    >>> with Store("eventwire.duckdb") as store:            # doctest: +SKIP
    ...     store.write(record)                              # "inserted" | "unchanged" | "replaced"
    ...     store.events(type="ASSAULT", since="2021-02")

    A writer (the default) creates the file if needed and applies pending migrations; `read_only=True` opens an
    existing store for reading (several readers may share a file; a writer excludes every other process).
    Errors opening the file raise StoreError with `code` "locked", "corrupt", "missing", "outdated",
    "not_a_store" or "unreadable".
    """

    def __init__(self, path: str | Path = DEFAULT_PATH, *, read_only: bool = False) -> None:
        self.path = MEMORY if str(path) == MEMORY else Path(path)
        self.read_only = read_only
        self._con: duckdb.DuckDBPyConnection | None = None
        where = str(self.path)
        if read_only and self.path == MEMORY:
            raise StoreError("an in-memory store cannot be opened read-only", code="store", where=where)
        if read_only and not Path(self.path).exists():
            raise StoreError("no store at this path (nothing has been ingested yet?)", code="missing", where=where)
        if isinstance(self.path, Path) and self.path.is_dir():
            raise StoreError("is a directory, not a store file", code="unreadable", where=where)
        if isinstance(self.path, Path) and self.path.exists() and not self.path.is_file():
            # DuckDB would block forever opening a FIFO.
            raise StoreError("not a regular file (a FIFO, socket or device)", code="unreadable", where=where)
        if isinstance(self.path, Path) and not self.path.parent.is_dir():
            raise StoreError(f"directory {self.path.parent} does not exist", code="unreadable", where=where)
        try:
            self._con = duckdb.connect(where, read_only=read_only)
        except duckdb.Error as exc:
            raise _open_error(where, exc) from None
        try:
            self._check_or_migrate()
        except StoreError as err:
            self.close()
            # A truncated file can open and fail only on its first read.
            if isinstance(err.__cause__, duckdb.Error) and "could not read enough bytes" in str(err.__cause__).lower():
                raise _open_error(where, err.__cause__) from None
            raise
        except BaseException:
            self.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (idempotent). Committed documents are durable."""
        if self._con is not None:
            try:
                self._con.close()
            finally:
                self._con = None

    def __repr__(self) -> str:
        state = "closed" if self._con is None else ("read-only" if self.read_only else "read-write")
        return f"Store({str(self.path)!r}, {state})"

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for ad-hoc reading queries (write only through `write`/`delete`)."""
        if self._con is None:
            raise StoreError("the store is closed", code="store", where=str(self.path))
        return self._con

    @contextmanager
    def _errors(self, what: str, where: str | None = None) -> Iterator[None]:
        try:
            yield
        except duckdb.Error as exc:
            raise StoreError(f"{what}: {exc}", code="store", where=where or str(self.path)) from exc

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a reading SQL query on the store; rows as dicts. DuckDB errors become StoreError."""
        return self._rows(sql, params)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._errors("query failed"):
            cursor = self.connection.execute(sql, list(params))
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row)) for row in cursor.fetchall()]

    # -- migrations --------------------------------------------------------------------------------------------

    def _tables(self) -> set[str]:
        rows = self.connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
        ).fetchall()
        return {r[0] for r in rows}

    def _check_or_migrate(self) -> None:
        con, where = self.connection, str(self.path)
        with self._errors("cannot read the store's migrations"):
            tables = self._tables()
            if "migrations" not in tables:
                if tables:
                    raise StoreError(
                        f"a DuckDB database but not an eventwire store (it has tables {', '.join(sorted(tables))} "
                        "and no migrations table)", code="not_a_store", where=where,
                    )
                if self.read_only:
                    raise StoreError("an empty DuckDB database, not an eventwire store", code="not_a_store",
                                     where=where)
                con.execute(
                    "CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
                )
            applied = [r[0] for r in con.execute("SELECT name FROM migrations ORDER BY applied_at, name").fetchall()]
        known = [m.name for m in MIGRATIONS]
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise StoreError(
                f"written by a newer eventwire (unknown migrations {', '.join(unknown)}); upgrade eventwire",
                code="outdated", where=where,
            )
        pending = [m for m in MIGRATIONS if m.name not in applied]
        if not pending:
            return
        if self.read_only:
            raise StoreError(
                f"the store needs migrations {', '.join(m.name for m in pending)}: open it once for writing "
                "(e.g. `eventwire ingest`) to apply them", code="outdated", where=where,
            )
        for migration in pending:
            with self._errors(f"migration {migration.name} failed"):
                con.begin()
                try:
                    for statement in migration.statements:
                        con.execute(statement)
                    con.execute("INSERT INTO migrations VALUES (?, ?)", [migration.name, _now()])
                    con.commit()
                except BaseException:
                    _rollback(con)
                    raise

    def migrations(self) -> list[dict[str, Any]]:
        """Applied migrations, in order: [{"name": "0001_initial", "applied_at": datetime}, ...]."""
        return self._rows("SELECT name, applied_at FROM migrations ORDER BY applied_at, name")

    # -- writing -----------------------------------------------------------------------------------------------

    def _writable(self) -> duckdb.DuckDBPyConnection:
        if self.read_only:
            raise StoreError("the store is open read-only; open it without read_only to write", code="read_only",
                             where=str(self.path))
        return self.connection

    def write(self, record: Record, *, replace_source: bool = True) -> WriteResult:
        """Store one record in one transaction; return "inserted", "unchanged" or "replaced".

        - The same document id with the same text, meta.version, meta.stages, meta.spacy_model and document
          fields (title, published, url, outlet, language) is a no-op: "unchanged" (timings are ignored).
        - The same id with any of those changed (e.g. another stage set) replaces the stored rows: "replaced".
        - With `replace_source` (the default), a stored document with the same non-null `source_id` but another
          id (the source's text changed) is deleted in the same transaction: "replaced".
        - Any failure (including KeyboardInterrupt) rolls the transaction back: the document is either fully
          stored or absent, and a previous version stays intact.
        """
        con = self._writable()
        doc_row, rows = to_rows(record.to_json_dict())
        doc_id = doc_row["id"]
        with self._errors("cannot store the document", where=doc_id):
            con.begin()
            try:
                found = con.execute("SELECT fingerprint, seq FROM documents WHERE id = ?", [doc_id]).fetchone()
                if found is not None and found[0] == doc_row["fingerprint"]:
                    con.rollback()
                    return "unchanged"
                stale: dict[str, int] = {doc_id: found[1]} if found is not None else {}
                if replace_source and doc_row["source_id"] is not None:
                    for other_id, other_seq in con.execute(
                        "SELECT id, seq FROM documents WHERE source_id = ? AND id <> ?", [doc_row["source_id"], doc_id]
                    ).fetchall():
                        stale[other_id] = other_seq
                if stale:
                    self._delete_rows(list(stale))
                    seq = min(stale.values())  # a replaced document keeps its place in the store's order
                else:
                    seq = con.execute("SELECT nextval('document_seq')").fetchone()[0]
                doc_row.update(seq=seq, stored_at=_now())
                self._insert("documents", _DOCUMENT_COLUMNS, [tuple(doc_row[c] for c in _DOCUMENT_COLUMNS)])
                for table, table_rows in rows.items():
                    self._insert(table, COLUMNS[table], table_rows)
                con.commit()
            except BaseException:
                _rollback(con)
                raise
        return "replaced" if stale else "inserted"

    def write_many(self, records: Iterable[Record], *, replace_source: bool = True) -> Counter[str]:
        """`write` each record (one transaction each); a Counter of the results."""
        return Counter(self.write(record, replace_source=replace_source) for record in records)

    def delete(self, doc_id: str) -> bool:
        """Delete a document and all its rows (exact id); False if it was not stored."""
        con = self._writable()
        with self._errors("cannot delete the document", where=doc_id):
            con.begin()
            try:
                present = con.execute("SELECT count(*) FROM documents WHERE id = ?", [doc_id]).fetchone()[0] > 0
                if present:
                    self._delete_rows([doc_id])
                con.commit()
            except BaseException:
                _rollback(con)
                raise
        return present

    def _delete_rows(self, doc_ids: list[str]) -> None:
        for table in DOCUMENT_TABLES:
            key = "id" if table == "documents" else "doc_id"
            self.connection.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?::VARCHAR[]))", [doc_ids])

    def _insert(self, table: str, columns: Sequence[str], rows: Sequence[tuple]) -> None:
        if not rows:
            return
        names = ", ".join(f'"{c}"' for c in columns)
        one = "(" + ", ".join("?" * len(columns)) + ")"
        for i in range(0, len(rows), _CHUNK):
            chunk = rows[i:i + _CHUNK]
            self.connection.execute(
                f"INSERT INTO {table} ({names}) VALUES " + ", ".join([one] * len(chunk)),
                [value for row in chunk for value in row],
            )

    # -- reading records ---------------------------------------------------------------------------------------

    def has(self, doc_id: str, *, stages: Sequence[str] | None = None, version: str | None = None) -> bool:
        """Is this exact document id stored (and, when given, with exactly these meta.stages / meta.version)?

        Ingest can call `has(article.id, stages=..., version=...)` to skip running the pipeline on a document the
        store already holds in that form.
        """
        rows = self._rows("SELECT stages, version FROM documents WHERE id = ?", [doc_id])
        if not rows:
            return False
        if stages is not None and list(rows[0]["stages"]) != list(stages):
            return False
        return version is None or rows[0]["version"] == version

    def resolve(self, key: str) -> str:
        """A document id from an exact id, a unique source_id, or a unique id prefix (with or without "sha256:",
        at least 4 hex digits). DocumentNotFound if none matches; StoreError (code "ambiguous") if several do."""
        key = str(key).strip()
        if self._rows("SELECT 1 FROM documents WHERE id = ?", [key]):
            return key
        by_source = self._rows("SELECT id FROM documents WHERE source_id = ? ORDER BY seq", [key])
        if len(by_source) == 1:
            return by_source[0]["id"]
        if len(by_source) > 1:
            raise StoreError(f"{len(by_source)} documents have source id {key!r}; give a document id",
                             code="ambiguous", where=key)
        prefix = key if ":" in key else "sha256:" + key
        if len(prefix.split(":", 1)[1]) >= 4:
            found = self._rows("SELECT id FROM documents WHERE starts_with(id, ?) ORDER BY seq LIMIT 6", [prefix])
            if len(found) == 1:
                return found[0]["id"]
            if len(found) > 1:
                raise StoreError(f"id prefix {key!r} matches several documents; give more of the id",
                                 code="ambiguous", where=key)
        raise DocumentNotFound(f"no stored document with id, source id or id prefix {key!r}", where=key)

    def get(self, doc_id: str) -> Record:
        """The stored Record, exactly as written. `doc_id` may be anything `resolve` accepts."""
        return self._load([self.resolve(doc_id)])[0]

    def records(self, *, batch: int = 200) -> Iterator[Record]:
        """Every stored Record, in store order (input order; a replaced document keeps its place)."""
        ids = [r["id"] for r in self._rows("SELECT id FROM documents ORDER BY seq")]
        for i in range(0, len(ids), batch):
            yield from self._load(ids[i:i + batch])

    def _load(self, doc_ids: list[str]) -> list[Record]:
        sql_ids = "IN (SELECT unnest(?::VARCHAR[]))"
        docs = {r["id"]: r for r in self._rows(f"SELECT * FROM documents WHERE id {sql_ids}", [doc_ids])}
        children: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
        for table in COLUMNS:
            for row in self._rows(
                f"SELECT * FROM {table} WHERE doc_id {sql_ids} ORDER BY doc_id, {ORDER.get(table, 'ord')}", [doc_ids]
            ):
                children[row["doc_id"]][table].append(row)
        records = []
        for doc_id in doc_ids:
            if doc_id not in docs:
                raise DocumentNotFound(f"no stored document with id {doc_id!r}", where=doc_id)
            try:
                records.append(Record.model_validate(from_rows(docs[doc_id], children[doc_id])))
            except ValueError as exc:
                raise StoreError(f"stored rows do not form a valid record: {exc}", code="corrupt",
                                 where=doc_id) from exc
        return records

    def count(self) -> int:
        """Number of stored documents."""
        return int(self._rows("SELECT count(*) AS n FROM documents")[0]["n"])

    def counts(self) -> dict[str, int]:
        """Rows per table: {"documents": n, "actors": n, "mentions": n, ...}."""
        return {
            table: int(self._rows(f"SELECT count(*) AS n FROM {table}")[0]["n"])
            for table in ("documents", *(t for t in DOCUMENT_TABLES if t != "documents"))
        }

    def documents(self, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Stored documents in store order: id, source_id, title, published, url, outlet, language, n_chars,
        version, stages, stored_at (ISO, UTC), n_actors, n_places, n_events, n_quotes."""
        rows = self._rows(
            f"""
            SELECT d.id, d.source_id, d.title, d.published, d.url, d.outlet, d.language, length(d.text) AS n_chars,
                   d.version, d.stages, d.stored_at,
                   (SELECT count(*) FROM actors x WHERE x.doc_id = d.id) AS n_actors,
                   (SELECT count(*) FROM places x WHERE x.doc_id = d.id) AS n_places,
                   (SELECT count(*) FROM events x WHERE x.doc_id = d.id) AS n_events,
                   (SELECT count(*) FROM quotes x WHERE x.doc_id = d.id) AS n_quotes
            FROM documents d ORDER BY d.seq{queries.limit_clause(limit)} OFFSET {int(offset)}
            """
        )
        for row in rows:
            row["stored_at"] = row["stored_at"].isoformat(timespec="seconds") + "Z"
        return rows

    # -- listings ----------------------------------------------------------------------------------------------

    def actors(
        self, actor: str | None = None, *, kind: str | None = None, country: str | None = None,
        limit: int | None = 100,
    ) -> list[dict[str, Any]]:
        """Actors fused across documents by name, most documents first.

        Rows: name, kind, country, sector (each the most frequent non-null value among the documents), aliases
        (union), n_documents, n_mentions, n_events (events in which the actor is an actor or recipient).
        `actor` matches the name or an alias, case-insensitive substring; `kind`/`country` the fused values.
        """
        return self._rows(*queries.actors_sql(actor, kind=kind, country=country, limit=limit))

    def events(
        self,
        type: str | Sequence[str] | None = None,
        actor: str | None = None,
        place: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        status: str | Sequence[str] | None = None,
        *,
        document: str | None = None,
        limit: int | None = 100,
    ) -> list[dict[str, Any]]:
        """Events in store order, with actor names resolved.

        Rows: document, id, type, quad (quad class), mode, context, actors (names), recipients (names), place
        (name), lat, lon, place_country, place_feature, date, status, source (name of the actor the claim is
        attributed to), cameo, trigger (text), sentence (text), confidence, published, title, source_id.

        Filters: `type` one PLOVER type or several (list or "A,B"); `actor` matches any actor or recipient by
        name/alias (substring, case-insensitive); `place` matches the place name or admin1 (substring) or its
        ISO3 country; `since`/`until` (YYYY[-MM[-DD]], inclusive) apply to the event's own date when it is a
        calendar date, else to the publication date, a partial date overlapping the bound counts; `status` one
        or several statuses; `document` an exact document id.
        """
        sql, params = queries.events_sql(
            limit, type=type, actor=actor, place=place, since=since, until=until, status=status, document=document
        )
        rows = self._rows(sql, params)
        for row in rows:
            row["quad"] = quad_class(row["type"])
        # keep "quad" next to "type" for readable listings
        return [{k: row[k] for k in ("document", "id", "type", "quad")} | row for row in rows]

    def quotes(
        self, actor: str | None = None, *, kind: str | None = None, document: str | None = None,
        limit: int | None = 100,
    ) -> list[dict[str, Any]]:
        """Quotes in store order. Rows: document, id, kind, text, speaker (name), speaker_id, cue (text), start,
        end, published, title, source_id. `actor` matches the speaker's name/alias."""
        return self._rows(*queries.quotes_sql(actor, kind=kind, document=document, limit=limit))

    def places(
        self, place: str | None = None, *, country: str | None = None, feature: str | None = None,
        limit: int | None = 100,
    ) -> list[dict[str, Any]]:
        """Places aggregated across documents by (name, feature, country, admin1, lat, lon, geonames_id).
        Rows: those keys plus n_documents, n_mentions, n_events. `place` matches name or admin1 (substring)."""
        return self._rows(*queries.places_sql(place, country=country, feature=feature, limit=limit))

    def actor_graph(
        self,
        *,
        type: str | Sequence[str] | None = None,
        actor: str | None = None,
        place: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        status: str | Sequence[str] | None = None,
        min_count: int = 1,
    ) -> dict[str, list[dict[str, Any]]]:
        """Who acts on whom: {"nodes": [...], "edges": [...]} over the events matching the filters (as `events`).

        An edge links each of an event's actors to each of its recipients, by actor name across documents:
        {"source", "target", "count", "cooperative", "conflictual", "relation" ("cooperation" | "conflict" |
        "mixed", by majority), "types": {PLOVER type: n}}. Cooperative types are listed in
        knowledge/data/plover_quad.json (AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT), the rest
        are conflictual. Nodes: {"id" (= name), "name", "kind", "country" (most frequent), "n_events"}.
        Edges with fewer than `min_count` events are left out, and so are nodes left without edges.
        """
        rows = self._rows(*queries.graph_sql(
            type=type, actor=actor, place=place, since=since, until=until, status=status
        ))
        edges: dict[tuple[str, str], dict[str, Any]] = {}
        for row in rows:
            edge = edges.setdefault((row["source"], row["target"]), {
                "source": row["source"], "target": row["target"], "count": 0, "cooperative": 0, "conflictual": 0,
                "types": Counter(), "_events": set(),
            })
            event_key = (row["doc_id"], row["ord"])
            if event_key in edge["_events"]:  # the same pair twice in one event (duplicate ids): count once
                continue
            edge["_events"].add(event_key)
            edge["count"] += 1
            edge["cooperative" if is_cooperative(row["type"]) else "conflictual"] += 1
            edge["types"][row["type"]] += 1
        kept = [e for e in edges.values() if e["count"] >= min_count]
        node_events: dict[str, set] = defaultdict(set)
        node_kinds: dict[str, Counter] = defaultdict(Counter)
        node_countries: dict[str, Counter] = defaultdict(Counter)
        kept_pairs = {(e["source"], e["target"]) for e in kept}
        for row in rows:
            if (row["source"], row["target"]) not in kept_pairs:
                continue
            for side in ("source", "target"):
                name = row[side]
                node_events[name].add((row["doc_id"], row["ord"]))
                node_kinds[name][row[f"{side}_kind"]] += 1
                node_countries[name][row[f"{side}_country"]] += 1
        nodes = [
            {"id": name, "name": name, "kind": node_kinds[name].most_common(1)[0][0],
             "country": node_countries[name].most_common(1)[0][0], "n_events": len(events)}
            for name, events in node_events.items()
        ]
        nodes.sort(key=lambda n: (-n["n_events"], n["name"]))
        for edge in kept:
            del edge["_events"]
            edge["types"] = dict(edge["types"].most_common())
            coop, conf = edge["cooperative"], edge["conflictual"]
            edge["relation"] = "cooperation" if coop > conf else "conflict" if conf > coop else "mixed"
        kept.sort(key=lambda e: (-e["count"], e["source"], e["target"]))
        return {"nodes": nodes, "edges": kept}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.rollback()
    except duckdb.Error:
        pass  # no transaction open any more (or the connection is gone): nothing was committed
