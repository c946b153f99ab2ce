"""`eventwire bench`: throughput and peak memory of whole `eventwire extract` processes (METRICS.md)."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eventwire.evaluate.benchmarks import default_benchmarks_dir
from eventwire.errors import EventwireError

BENCH_SETS = ("ptc_semeval2020", "geowebnews", "re3d")
README_BEGIN = "<!-- bench:begin -->"
README_END = "<!-- bench:end -->"


def build_corpus(out: Path, *, benchmarks: Path | None = None) -> int:
    """The fixed bench corpus: every test.jsonl text of the bench sets, as eventwire JSONL input."""
    base = benchmarks or default_benchmarks_dir()
    n = 0
    with out.open("w", encoding="utf-8") as handle:
        for name in BENCH_SETS:
            path = base / name / "test.jsonl"
            if not path.is_file():
                raise EventwireError(f"bench corpus needs {path}", code="usage")
            for line in path.open(encoding="utf-8"):
                record = json.loads(line)
                handle.write(json.dumps({"id": f"{name}/{n}", "text": record["text"],
                                         "title": record.get("title"), "published": record.get("published")}) + "\n")
                n += 1
    return n


# Each measured run goes through a fresh wrapper process, so RUSAGE_CHILDREN covers that run only: its
# ru_maxrss is the largest single process of the run's tree (the extract process or one of its workers).
_WRAPPER = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
wall = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"code": code, "wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "maxrss_kb": usage.ru_maxrss}))
"""


def _timed_extract(corpus: Path, workers: int) -> dict:
    """Run `eventwire extract` as its own process: wall and CPU time, and the peak RSS of any one process."""
    command = [sys.executable, "-m", "eventwire.cli", "extract", str(corpus), "--format", "jsonl", "--quiet",
               "--workers", str(workers)]
    completed = subprocess.run([sys.executable, "-c", _WRAPPER, *command], capture_output=True, text=True)
    try:
        measured = json.loads(completed.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        raise EventwireError(f"bench run failed: {completed.stderr.strip().splitlines()[-1:]}", code="bench") from None
    if measured["code"] not in (0, 1):
        raise EventwireError(f"bench run failed with exit status {measured['code']}", code="bench")
    return {
        "seconds": round(measured["wall"], 2),
        "cpu_seconds": round(measured["cpu"], 2),
        "peak_rss_mb": round(measured["maxrss_kb"] / 1024, 1),
    }


def _cold_single(text: str) -> float:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write(text)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "eventwire.cli", "extract", handle.name, "--quiet"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    elapsed = time.perf_counter() - started
    os.unlink(handle.name)
    return round(elapsed, 2)


def run_bench(*, corpus: Path | None = None, workers: int = 2, json_out: Path | None = None,
              readme: Path | None = None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        if corpus is None:
            corpus = Path(tmp) / "bench.jsonl"
            n_docs = build_corpus(corpus)
        else:
            n_docs = sum(1 for line in corpus.open(encoding="utf-8") if line.strip())
        chars = sum(len(json.loads(line)["text"]) for line in corpus.open(encoding="utf-8") if line.strip())
        _timed_extract(corpus, 1)  # warm-up: file caches, compiled indexes, bytecode
        single = _timed_extract(corpus, 1)
        parallel = _timed_extract(corpus, workers)
        first_text = json.loads(corpus.open(encoding="utf-8").readline())["text"][:1500]
        cold = _cold_single(first_text)
        profile = _stage_profile(corpus)  # inside the temporary directory: the default corpus lives there
    result = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "corpus": {"documents": n_docs, "characters": chars, "sets": list(BENCH_SETS)},
        "one_process": {**single, "articles_per_s": round(n_docs / single["seconds"], 2)},
        f"workers_{workers}": {**parallel, "articles_per_s": round(n_docs / parallel["seconds"], 2)},
        "cold_single_article_s": cold,
    }
    result.update(profile)
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    if readme and readme.exists():
        _update_readme(readme, result, workers)
    return result


def _stage_profile(corpus: Path, limit: int = 60) -> dict:
    """Mean per-stage milliseconds per article on the first `limit` corpus texts (one process, warm)."""
    from eventwire.document import Article
    from eventwire.pipeline import Pipeline

    texts = [json.loads(line)["text"] for _, line in zip(range(limit), corpus.open(encoding="utf-8"))]
    pipeline = Pipeline()
    list(pipeline.pipe(texts[:4]))
    totals: dict[str, float] = {}
    for record in pipeline.pipe(Article(text=t) for t in texts):
        for timing in record.meta.timings:
            totals[timing.name] = totals.get(timing.name, 0.0) + timing.elapsed_ms
    per_doc = {name: round(ms / len(texts), 2) for name, ms in totals.items()}
    nlp = per_doc.get("nlp.v1") or 1.0
    return {"stage_ms_per_article": per_doc,
            "stage_share_of_nlp": {n: round(ms / nlp, 3) for n, ms in per_doc.items() if n != "nlp.v1"}}


def _update_readme(readme: Path, result: dict, workers: int) -> None:
    text = readme.read_text(encoding="utf-8")
    if README_BEGIN not in text or README_END not in text:
        return
    one, par = result["one_process"], result[f"workers_{workers}"]
    table = "\n".join([
        f"Corpus: {result['corpus']['documents']} articles ({result['corpus']['characters']:,} characters), "
        f"{result['machine']}, {result['date']}; `eventwire bench`.",
        "",
        "| run | articles/s | wall s | peak RSS per process (MB) |",
        "|---|---|---|---|",
        f"| one process | {one['articles_per_s']} | {one['seconds']} | {one['peak_rss_mb']} |",
        f"| --workers {workers} | {par['articles_per_s']} | {par['seconds']} | {par['peak_rss_mb']} |",
        "",
        f"Cold start, one short article: {result['cold_single_article_s']} s.",
    ])
    head, rest = text.split(README_BEGIN, 1)
    _, tail = rest.split(README_END, 1)
    readme.write_text(head + README_BEGIN + "\n" + table + "\n" + README_END + tail, encoding="utf-8")
