"""Fast dev iteration for the places stage: parse a benchmark split once with spaCy, cache the docs, then score
resolution and end-to-end geoparsing from the cache with the same metric functions as `eventwire evaluate places`.

    python scripts/places_dev.py parse geowebnews [--split dev]
    python scripts/places_dev.py eval geowebnews [--split dev] [--errors out.tsv] [--half 0|1]

The cache lives in $PLACES_DEV_CACHE (default /tmp/places-helper). Dev splits only: tuning reads no test text.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from eventwire.document import Analysis, Article
from eventwire.evaluate.benchmarks import default_benchmarks_dir, read_split
from eventwire.evaluate.metrics import PRF
from eventwire.evaluate.tasks.places import (
    end_to_end_prf,
    errors_km,
    gold_places,
    haversine_km,
    population_lookup,
    resolution_metrics,
)

CACHE = Path(os.environ.get("PLACES_DEV_CACHE", "/tmp/places-helper"))


def _pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline(stages=["places"])


def parse(dataset: str, split: str) -> None:
    from spacy.tokens import DocBin

    pipeline = _pipeline()
    nlp_stage = pipeline.stages[0]
    nlp_stage.ensure_ready()
    records = list(read_split(default_benchmarks_dir() / dataset, split))
    analyses = [Analysis(article=Article(text=r["text"], title=r.get("title"), published=r.get("published")))
                for r in records]
    docs = nlp_stage.predict_batch(analyses)
    bin_ = DocBin(store_user_data=True)
    for d in docs:
        bin_.add(d)
    CACHE.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(CACHE / f"{dataset}-{split}.spacy")
    print(f"cached {len(docs)} docs", file=sys.stderr)


def evaluate(dataset: str, split: str, errors: str | None, half: int | None) -> None:
    from spacy.tokens import DocBin

    from eventwire.knowledge.gazetteer import load_gazetteer
    from eventwire.stages.places import recognise, resolve_spans

    pipeline = _pipeline()
    nlp_stage, places_stage = pipeline.stages[0], pipeline.stages[-1]
    nlp_stage.ensure_ready()
    places_stage.ensure_ready()
    records = list(read_split(default_benchmarks_dir() / dataset, split))
    docs = list(DocBin().from_disk(CACHE / f"{dataset}-{split}.spacy").get_docs(nlp_stage.nlp.vocab))
    gaz = load_gazetteer()
    res_err: list[float] = []
    base_err: list[float] = []
    e2e, e2e_base = PRF(), PRF()
    rows = []
    misses: dict[str, int] = {}
    for n, (record, doc) in enumerate(zip(records, docs)):
        if half is not None and n % 2 != half:
            continue
        gold = gold_places(record, dataset)
        analysis = Analysis(article=Article(text=record["text"], title=record.get("title"),
                                            published=record.get("published")), doc=doc)
        places_stage.write(analysis, places_stage.predict(analysis))
        labels = {(f.start, f.end): f.label for f in recognise(analysis, gaz)}
        gold_pts = [(p["lat"], p["lon"]) for p in gold]
        resolved = resolve_spans(analysis, [(p["start"], p["end"]) for p in gold], gaz)
        sys_pts = [(r.lat, r.lon) if r is not None and r.lat is not None else None for r in resolved]
        errs = errors_km(sys_pts, gold_pts)
        res_err += errs
        for p, r, e in zip(gold, resolved, errs):
            if e > 161:
                category = miss_category(places_stage.resolver, record["text"], p, r)
                misses[category] = misses.get(category, 0) + 1
                rows.append(("RES:" + category, record["id"], p["text"], p.get("type", ""), round(e),
                             r.name if r else "-", r.feature if r else "-", p.get("name") or "",
                             record["text"][max(0, p["start"] - 60):p["end"] + 40].replace("\n", " ")))
        system = [(m.start, m.end, (pl.lat, pl.lon), pl.name) for pl in analysis.places or [] if pl.lat is not None
                  for m in pl.mentions]
        gold_spans = [(p["start"], p["end"], (p["lat"], p["lon"])) for p in gold]
        e2e.add(end_to_end_prf([s[:3] for s in system], gold_spans))
        for s, e, pt, name in system:
            over = [g for g in gold if min(e, g["end"]) > max(s, g["start"])]
            if not over:
                rows.append(("FP", record["id"], record["text"][s:e], labels.get((s, e), "?"), "", name, "", "",
                             record["text"][max(0, s - 60):e + 40].replace("\n", " ")))
            elif any(haversine_km(pt, (g["lat"], g["lon"])) <= 161 for g in over):
                rows.append(("TP", record["id"], record["text"][s:e], labels.get((s, e), "?"), "", name, "", "",
                             record["text"][max(0, s - 60):e + 40].replace("\n", " ")))
            else:
                rows.append(("FPD", record["id"], record["text"][s:e], labels.get((s, e), "?"), "", name, "",
                             over[0].get("name") or "",
                             record["text"][max(0, s - 60):e + 40].replace("\n", " ")))
        for g in gold:
            if not any(min(e, g["end"]) > max(s, g["start"]) for s, e, *_ in system):
                rows.append(("FN", record["id"], g["text"], g.get("type", ""), "", "", "", g.get("name") or "",
                             record["text"][max(0, g["start"] - 60):g["end"] + 40].replace("\n", " ")))
        base = [population_lookup(gaz, p["text"]) for p in gold]
        base_err += errors_km([(b.lat, b.lon) if b else None for b in base], gold_pts)
        spacy_sys = []
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC"):
                b = population_lookup(gaz, ent.text)
                if b is not None:
                    spacy_sys.append((ent.start_char, ent.end_char, (b.lat, b.lon)))
        e2e_base.add(end_to_end_prf(spacy_sys, gold_spans))
    print(dataset, split, "half" if half is not None else "", half if half is not None else "")
    print("  resolution", resolution_metrics(res_err))
    print("  misses    ", dict(sorted(misses.items(), key=lambda kv: -kv[1])))
    print("  baseline  ", resolution_metrics(base_err))
    print("  e2e       ", e2e.as_dict())
    print("  e2e base  ", e2e_base.as_dict())
    if errors:
        with open(errors, "w", encoding="utf-8") as handle:
            for row in rows:
                handle.write("\t".join(map(str, row)) + "\n")


def miss_category(resolver, text: str, gold: dict, picked) -> str:
    """Why a gold span was resolved more than 161 km off: "point" (the gold's GeoNames place was chosen but our point
    for it lies elsewhere), "none" (no gazetteer candidate at all), "far" (candidates, none within 161 km of the gold
    point: the gazetteer lacks the place or puts it elsewhere), "rank" (a candidate within 161 km existed but another
    was chosen)."""
    if picked is not None and gold.get("geonames_id") and picked.geonames_id == gold["geonames_id"]:
        return "point"
    m = resolver.prepare(text, gold["start"], gold["end"], allow_demonyms=True)
    if not m.candidates:
        return "none"
    pt = (gold["lat"], gold["lon"])
    if any(haversine_km((c.entry.lat, c.entry.lon), pt) <= 161 for c in m.candidates):
        return "rank"
    return "far"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["parse", "eval"])
    ap.add_argument("dataset")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--errors")
    ap.add_argument("--half", type=int)
    args = ap.parse_args()
    if args.split == "test":
        sys.exit("dev splits only")
    if args.command == "parse":
        parse(args.dataset, args.split)
    else:
        evaluate(args.dataset, args.split, args.errors, args.half)


if __name__ == "__main__":
    main()
