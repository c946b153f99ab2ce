"""`eventwire bench`: throughput and peak memory of whole `eventwire extract` processes (METRICS.md)."""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.evaluate.benchmarks import default_benchmarks_dir

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
    completed = subprocess.run([sys.executable, "-c", _WRAPPER, *command], capture_output=True, text=True, check=False)
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


# The gazetteer is measured in processes of its own, so their peak RSS is the index's alone (plus Python):
# one process builds a fresh index from the packaged data, another opens the index and looks names up.
_GAZETTEER_PROBE = """
import json, resource, sys, time
from pathlib import Path
from eventwire.knowledge.gazetteer import build_gazetteer, load_gazetteer
mode, target = sys.argv[1], Path(sys.argv[2])
out = {}
if mode == "ensure":
    load_gazetteer()  # builds the cached index when missing, so the lookup process only ever reads one
elif mode == "build":
    started = time.perf_counter()
    build_gazetteer(target)
    out["build_s"] = time.perf_counter() - started
    out["index_mb"] = target.stat().st_size / 2**20
else:
    names = json.loads(Path(sys.argv[3]).read_text(encoding="utf-8"))
    started = time.perf_counter()
    gazetteer = load_gazetteer(target if target.name else None)
    out["open_s"] = time.perf_counter() - started
    started = time.perf_counter()
    found = sum(1 for name in names if gazetteer.candidates(name))
    out["lookup_us"] = (time.perf_counter() - started) / max(1, len(names)) * 1e6
    out["names"], out["found"] = len(names), found
# VmHWM is this process image's own peak; ru_maxrss also counts the parent's size at fork time
hwm = [line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")] if sys.platform == "linux" else []
out["peak_rss_mb"] = int(hwm[0]) / 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""

# Lookup keys: runs of capitalised words, the strings a toponym matcher asks the gazetteer about (hits and misses).
_NAME_RUN = re.compile(r"\b[A-Z][\w'-]+(?: [A-Z][\w'-]+)*")


def _probe_gazetteer(*args: str) -> dict:
    completed = subprocess.run([sys.executable, "-c", _GAZETTEER_PROBE, *args], capture_output=True, text=True,
                               check=False)
    try:
        return json.loads(completed.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        raise EventwireError(f"gazetteer bench failed: {completed.stderr.strip().splitlines()[-1:]}",
                             code="bench") from None


def _gazetteer_profile(corpus: Path, tmp: Path, *, build: bool, max_names: int = 5000) -> dict:
    """Gazetteer build time and index size (when `build`), lookup time per name and peak RSS of a lookup process.

    Lookups go to the freshly built index when `build`, else to the cached one (built first if missing). Every
    name is distinct, so each lookup reaches SQLite rather than the in-process cache.
    """
    names: dict[str, None] = {}
    for line in corpus.open(encoding="utf-8"):
        if line.strip():
            names.update(dict.fromkeys(_NAME_RUN.findall(json.loads(line)["text"])))
        if len(names) >= max_names:
            break
    names_file = tmp / "gazetteer-names.json"
    names_file.write_text(json.dumps(list(names)[:max_names]), encoding="utf-8")
    result: dict = {}
    target = ""
    if build:
        target = str(tmp / "gazetteer-bench.sqlite")
        built = _probe_gazetteer("build", target)
        result.update(build_s=round(built["build_s"], 1), index_mb=round(built["index_mb"], 1),
                      build_peak_rss_mb=round(built["peak_rss_mb"], 1))
    else:
        _probe_gazetteer("ensure", "")
    looked = _probe_gazetteer("lookup", target, str(names_file))
    result.update(open_s=round(looked["open_s"], 3), lookup_us_per_name=round(looked["lookup_us"], 1),
                  names_looked_up=looked["names"], names_found=looked["found"],
                  lookup_peak_rss_mb=round(looked["peak_rss_mb"], 1))
    return result


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
              readme: Path | None = None, gazetteer_build: bool = True) -> dict:
    """Throughput, memory and per-stage time of `eventwire extract` on the corpus, and the gazetteer's figures.

    `gazetteer_build`: also time a fresh gazetteer build from the packaged data (tens of seconds).
    """
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
        # before the stage profile loads the pipeline into this process (a big parent skews child measurements)
        gazetteer = _gazetteer_profile(corpus, Path(tmp), build=gazetteer_build)
        profile = _stage_profile(corpus)  # inside the temporary directory: the default corpus lives there
    result = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "corpus": {"documents": n_docs, "characters": chars, "sets": list(BENCH_SETS)},
        "one_process": {**single, "articles_per_s": round(n_docs / single["seconds"], 2)},
        f"workers_{workers}": {**parallel, "articles_per_s": round(n_docs / parallel["seconds"], 2)},
        "cold_single_article_s": cold,
        "gazetteer": gazetteer,
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
        (f"Corpus: {result['corpus']['documents']} articles ({result['corpus']['characters']:,} characters), "
         f"{result['machine']}, {result['date']}; `eventwire bench`."),
        "",
        "| run | articles/s | wall s | peak RSS per process (MB) |",
        "|---|---|---|---|",
        f"| one process | {one['articles_per_s']} | {one['seconds']} | {one['peak_rss_mb']} |",
        f"| --workers {workers} | {par['articles_per_s']} | {par['seconds']} | {par['peak_rss_mb']} |",
        "",
        f"Cold start, one short article: {result['cold_single_article_s']} s.",
        "",
        _gazetteer_line(result["gazetteer"]),
    ])
    head, rest = text.split(README_BEGIN, 1)
    _, tail = rest.split(README_END, 1)
    readme.write_text(head + README_BEGIN + "\n" + table + "\n" + README_END + tail, encoding="utf-8")


def _gazetteer_line(gazetteer: dict) -> str:
    built = (f"built in {gazetteer['build_s']} s into a {gazetteer['index_mb']} MB SQLite index; "
             if "build_s" in gazetteer else "")
    return (f"Gazetteer: {built}{gazetteer['lookup_us_per_name']} µs per name looked up "
            f"({gazetteer['names_looked_up']:,} distinct names from the corpus, {gazetteer['names_found']:,} found), "
            f"peak RSS of the lookup process {gazetteer['lookup_peak_rss_mb']} MB.")
