"""Running a pipeline over a stream of articles, in one process or several.

Workers rebuild the pipeline from Settings; only data crosses process boundaries (articles in, record JSON
out), so the same code scales to a process pool today and to a Dask cluster's `map` (see docs/SCALING.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from itertools import islice

from eventwire.document import Article
from eventwire.errors import EventwireError, InputError
from eventwire.models import Record
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

Outcome = Record | EventwireError

_worker_pipeline: Pipeline | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(settings=settings)


def _work(chunk: list[dict]) -> list[tuple[str, object]]:
    """Process a chunk in a worker; returns ("ok", record_json) or ("error", (code, message, where)) per article."""
    assert _worker_pipeline is not None
    out: list[tuple[str, object]] = []
    for outcome in _pipe_isolating_failures(_worker_pipeline, [Article(**a) for a in chunk]):
        if isinstance(outcome, EventwireError):
            out.append(("error", (outcome.code, str(outcome), outcome.where)))
        else:
            out.append(("ok", outcome.model_dump_json(by_alias=True)))
    return out


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def run(
    items: Iterable[Article | InputError],
    *,
    settings: Settings,
    workers: int = 1,
    pipeline: Pipeline | None = None,
    chunk_size: int = 16,
    dask_address: str | None = None,
) -> Iterator[Outcome]:
    """Outcomes in input order: a Record per good article, the error for each bad one.

    `dask_address` ("tcp://scheduler:8786", or "local" for an in-process cluster) sends chunks to a Dask
    cluster instead of local processes; each Dask worker builds the pipeline once from the same Settings.
    """
    if dask_address:
        yield from _run_dask(items, settings=settings, address=dask_address, chunk_size=chunk_size)
        return
    if workers <= 1:
        pipeline = pipeline or Pipeline(settings=settings)
        for chunk in _chunks(items, chunk_size):
            yield from _run_chunk_here(pipeline, chunk)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(settings,)) as pool:
        for chunk, done in _map_chunks(pool, _chunks(items, chunk_size), workers):
            yield from _merge(chunk, done)


def _map_chunks(pool: ProcessPoolExecutor, chunks: Iterator[list], workers: int):
    """Submit a bounded number of chunks ahead so memory stays flat on huge inputs; yield in order."""
    pending: list = []
    for chunk in chunks:
        articles = [asdict(a) for a in chunk if isinstance(a, Article)]
        pending.append((chunk, pool.submit(_work, articles)))
        if len(pending) >= 2 * workers:
            chunk0, future = pending.pop(0)
            yield chunk0, future.result()
    for chunk0, future in pending:
        yield chunk0, future.result()


def _work_with_settings(settings: Settings, chunk: list[dict]) -> list[tuple[str, object]]:
    """Dask task: build (once per worker process) the pipeline for these settings, then process the chunk."""
    global _worker_pipeline
    if _worker_pipeline is None or _worker_pipeline.settings != settings:
        _init_worker(settings)
    return _work(chunk)


def _run_dask(items: Iterable[Article | InputError], *, settings: Settings, address: str, chunk_size: int) -> Iterator[Outcome]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise EventwireError("--dask needs the distributed package: pip install 'eventwire[dask]'", code="usage") from None
    cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=False) if address == "local" else None
    client = Client(cluster if cluster is not None else address)
    try:
        chunks = list(_chunks(items, chunk_size))
        futures = [client.submit(_work_with_settings, settings, [asdict(a) for a in chunk if isinstance(a, Article)],
                                 pure=False) for chunk in chunks]
        for chunk, future in zip(chunks, futures):
            yield from _merge(chunk, future.result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _merge(chunk: list[Article | InputError], done: list[tuple[str, object]]) -> Iterator[Outcome]:
    results = iter(done)
    for item in chunk:
        if isinstance(item, InputError):
            yield item
            continue
        status, payload = next(results)
        if status == "ok":
            yield Record.model_validate_json(payload)  # type: ignore[arg-type]
        else:
            code, message, where = payload  # type: ignore[misc]
            yield _rebuild_error(code, message, where)


def _run_chunk_here(pipeline: Pipeline, chunk: list[Article | InputError]) -> Iterator[Outcome]:
    articles = [a for a in chunk if isinstance(a, Article)]
    outcomes = iter(_pipe_isolating_failures(pipeline, articles))
    for item in chunk:
        yield item if isinstance(item, InputError) else next(outcomes)


def _pipe_isolating_failures(pipeline: Pipeline, articles: list[Article]) -> list[Outcome]:
    """The chunk's outcomes. An unexpected failure inside a stage (a bug some text triggers) would end the whole
    batch; instead each article of that chunk runs alone, and only the one that fails becomes an error while the
    rest of the batch goes through. Its code is "unreadable", the contract's code for a document that could not be
    processed (CONTRACT.md lists the codes; the message says it was an unexpected failure, not the input)."""
    try:
        return list(pipeline.pipe(articles, return_errors=True))
    except Exception as err:  # noqa: BLE001 - reported per article below, never swallowed
        if len(articles) > 1:
            return [outcome for article in articles for outcome in _pipe_isolating_failures(pipeline, [article])]
        if not articles:
            raise
        message = (str(err).strip().splitlines() or [""])[0]
        article = articles[0]
        return [EventwireError(f"unexpected {type(err).__name__} while analysing: {message}", code="unreadable",
                               where=article.origin or article.source_id or article.id)]


def _rebuild_error(code: str, message: str, where: str | None) -> EventwireError:
    try:
        return InputError(code, message, where=where)
    except ValueError:
        return EventwireError(message, code=code, where=where)
