"""Experiment: a learned candidate ranker for toponym resolution, judged against the hand rules of
stages/places/resolve.py with honest cross-validation across the four places benchmarks (issue 5).

    python scripts/train_place_ranker.py export [--out DIR]   # candidate rows of every gold span (dev splits only)
    python scripts/train_place_ranker.py cv [--out DIR]       # leave-one-set-out and half-split CV table

Data: the dev splits of geowebnews, lgl, trnews and geovirus, never test. Resolution given gold spans reads only the
text (no spaCy parse). For every gold span the export keeps the candidates the Resolver builds, one feature row each
(FEATURES: log population, feature class, capital / admin seat, how the name matched, spelling similarity, feature
cue and container agreement, the document's country and admin-1 votes and the distance to the other names' picks,
the hand score, its margin and rank, the number of candidates) and the label "within 161 km of gold".

Models (conditional logit: a softmax over one span's candidates, L2, standardised features, scipy L-BFGS):
- all: every feature, the hand rules' score and pick included (a learned correction of the hand score);
- no-hand: no hand score or pick; the context features still come from the hand rules' picks of the other names;
- self: nothing from the hand rules' scoring: a context-free model picks first, then a context model re-reads the
  votes and distances from those picks (two rounds);
- override: the hand pick, replaced by the no-hand model's pick where that model prefers it by a logit margin > 2.
A span the hand rules leave unresolved (a name with no candidate, or one their guards drop: the caller's fallback)
keeps the hand output in every column, so all columns score the same spans.

Result (2026-11-26): no model beats the hand rules on geowebnews on the same records, out of sample; the hand rules
are in-sample on every dev split (they were tuned there), so this comparison favours them. Nothing is wired into
the Resolver; see the CV table this script prints.
"""

from __future__ import annotations

import argparse
import math
import os
import pickle
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from eventwire.evaluate.benchmarks import default_benchmarks_dir, read_split
from eventwire.evaluate.tasks.places import MAX_KM, errors_km, gold_places, haversine_km
from eventwire.knowledge.gazetteer import (
    ABBREVIATION,
    ALTERNATE,
    DEMONYM,
    MAIN,
    OFFICIAL,
    SKELETON,
    STRIPPED,
    Entry,
    spelling_similarity,
)
from eventwire.stages.places.resolve import _contains  # the resolver's own container test, so the feature agrees

SETS = ("geowebnews", "lgl", "trnews", "geovirus")
OUT = Path(os.environ.get("GEORANK_DIR", Path(tempfile.gettempdir()) / "eventwire-georank"))

FEATURES: tuple[str, ...] = (
    "bias_hand_pick",
    "hand_score",
    "hand_margin",  # hand score minus the best hand score of the mention (0 for the best)
    "hand_rank_1",
    "local_score",
    "bonus",
    "log_pop",
    "log_pop_ratio",  # log10 of the candidate's population over the mention's most populous candidate's
    "f_country",
    "f_region_water",
    "f_admin1",
    "f_admin2",
    "f_city",
    "f_site_other",
    "capital",
    "admin_seat",
    "k_main",
    "k_alternate",
    "k_stripped",
    "k_demonym",
    "k_abbreviation",
    "k_skeleton",
    "similarity",
    "cue_match",
    "cue_mismatch",
    "container_inside",
    "container_outside",
    "country_votes",
    "admin1_votes",
    "log_km_nearest_pick",
    "near_picks_161",
    "log_n_candidates",
    "no_other_picks",
)


@dataclass
class MentionRows:
    index: int  # the mention's position in the resolver's list
    entries: list[Entry]
    rows: list[list[float]]


def _km(a: Entry, b: Entry) -> float:
    dlat = b.lat - a.lat
    dlon = (b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 111.2 * math.sqrt(dlat * dlat + dlon * dlon)


def candidate_rows(mentions: list, picks: dict[int, Entry], bonus: dict[tuple[int, int], float]) -> list[MentionRows]:
    """Feature rows (in FEATURES order) for every candidate of every mention that has candidates.

    `picks` are the hand resolver's final picks (mention index -> entry), `bonus` its last-pass context bonus."""
    key_pick: dict[str, Entry] = {}
    for i, e in picks.items():
        key_pick.setdefault(mentions[i].key, e)
    out: list[MentionRows] = []
    for i, m in enumerate(mentions):
        if not m.candidates:
            continue
        others = [e for k, e in key_pick.items() if k != m.key]
        voters = list({e.id: e for e in others}.values())
        n_voters = len(voters)
        countries = Counter(e.country for e in voters if e.country)
        admin1s = Counter((e.id if e.feature == "admin1" else e.admin1_id) for e in voters)
        points = [e for e in voters if e.feature in ("city", "admin2", "admin1")]
        hand = {c.entry.id: m.scores.get(c.entry.id, 0.0) + bonus.get((i, c.entry.id), 0.0) for c in m.candidates}
        best = max(hand.values())
        top_pop = max(max(c.entry.population, 1) for c in m.candidates)
        own = picks.get(i)
        seen: set[int] = set()
        entries: list[Entry] = []
        rows: list[list[float]] = []
        for c in m.candidates:
            e = c.entry
            if e.id in seen:
                continue
            seen.add(e.id)
            h = hand[e.id]
            a1 = e.id if e.feature == "admin1" else e.admin1_id
            dists = [_km(e, p) for p in points if p.id != e.id]
            inside = any(_contains(box, e) for box in m.containers)
            cue_match = bool(m.cue) and (m.cue == e.feature or (m.cue == "city" and e.feature in ("city", "locality")))
            row = [
                1.0 if own is not None and own.id == e.id else 0.0,
                h,
                h - best,
                1.0 if h >= best else 0.0,
                m.scores.get(e.id, 0.0),
                bonus.get((i, e.id), 0.0),
                math.log10(max(e.population, 0) + 10),
                math.log10(max(e.population, 1) / top_pop),
                1.0 if e.feature == "country" else 0.0,
                1.0 if e.feature in ("region", "water") else 0.0,
                1.0 if e.feature == "admin1" else 0.0,
                1.0 if e.feature == "admin2" else 0.0,
                1.0 if e.feature in ("city", "locality") else 0.0,
                1.0 if e.feature not in ("country", "region", "water", "admin1", "admin2", "city", "locality")
                else 0.0,
                1.0 if e.code == "PPLC" else 0.0,
                1.0 if e.code.startswith("PPLA") else 0.0,
                1.0 if c.kind in (MAIN, OFFICIAL) else 0.0,
                1.0 if c.kind == ALTERNATE else 0.0,
                1.0 if c.kind == STRIPPED else 0.0,
                1.0 if c.kind == DEMONYM else 0.0,
                1.0 if c.kind == ABBREVIATION else 0.0,
                1.0 if c.kind == SKELETON else 0.0,
                spelling_similarity(m.key, e.name),
                1.0 if cue_match else 0.0,
                1.0 if m.cue and not cue_match else 0.0,
                1.0 if inside else 0.0,
                1.0 if m.containers and not inside else 0.0,
                countries[e.country] / n_voters if n_voters and e.country else 0.0,
                admin1s[a1] / n_voters if n_voters and a1 else 0.0,
                math.log1p(min(dists)) if dists else math.log1p(20000.0),
                sum(1 for d in dists if d <= 161) / n_voters if n_voters else 0.0,
                math.log(len(m.candidates)),
                0.0 if n_voters else 1.0,
            ]
            entries.append(e)
            rows.append(row)
        out.append(MentionRows(i, entries, rows))
    return out


def export(out: Path) -> None:
    from eventwire.knowledge.gazetteer import load_gazetteer
    from eventwire.stages.places import _resolver_for, resolve_spans

    gaz = load_gazetteer()
    resolver = _resolver_for(gaz)
    captured: dict = {}
    pick_fn = resolver._pick
    resolve_fn = resolver.resolve

    def pick(mentions, bonus, *args, **kwargs):
        captured["bonus"] = bonus
        return pick_fn(mentions, bonus, *args, **kwargs)

    def resolve(text, mentions, **kwargs):
        captured["bonus"] = {}
        found = resolve_fn(text, mentions, **kwargs)
        captured["mentions"], captured["picks"] = mentions, found
        return found

    resolver._pick = pick
    resolver.resolve = resolve
    for dataset in SETS:
        docs = []
        for n, record in enumerate(read_split(default_benchmarks_dir() / dataset, "dev")):
            gold = gold_places(record, dataset)
            if not gold:
                continue
            resolved = resolve_spans(record["text"], [(p["start"], p["end"]) for p in gold], gaz)
            gold_pts = [(p["lat"], p["lon"]) for p in gold]
            hand_err = errors_km([(r.lat, r.lon) if r is not None and r.lat is not None else None for r in resolved],
                                 gold_pts)
            mentions, found = captured["mentions"], captured["picks"]
            picks = {i: e for i, e in enumerate(found) if e is not None}
            rows = candidate_rows(mentions, picks, captured["bonus"])
            spans = []
            by_index = {r.index: r for r in rows}
            for i, (pt, err) in enumerate(zip(gold_pts, hand_err)):
                r = by_index.get(i)
                if r is None:
                    spans.append({"hand_err": err, "X": None, "y": None, "err": None, "hand_pick": None})
                    continue
                errs = np.array([min(haversine_km((e.lat, e.lon), pt), MAX_KM) for e in r.entries])
                spans.append({"hand_err": err, "X": np.array(r.rows), "y": (errs <= 161).astype(float), "err": errs,
                              "hand_pick": found[i].id if found[i] is not None else None,
                              "key": mentions[i].key, "ids": [e.id for e in r.entries],
                              "meta": [(e.lat, e.lon, e.country, e.id if e.feature == "admin1" else e.admin1_id,
                                        e.feature) for e in r.entries]})
            docs.append({"n": n, "spans": spans})
        with open(out / f"rows-{dataset}.pkl", "wb") as handle:
            pickle.dump(docs, handle)
        print(dataset, len(docs), "docs", sum(len(d["spans"]) for d in docs), "spans", file=sys.stderr)


def load(out: Path) -> dict[str, list[dict]]:
    data = {}
    for dataset in SETS:
        with open(out / f"rows-{dataset}.pkl", "rb") as handle:
            data[dataset] = pickle.load(handle)
    return data


def spans_of(docs: list[dict]) -> list[dict]:
    return [s for d in docs for s in d["spans"]]


Model = tuple[np.ndarray, np.ndarray, np.ndarray]  # weights, feature means, feature scales
HAND = frozenset({"bias_hand_pick", "hand_score", "hand_margin", "hand_rank_1", "local_score", "bonus"})
CONTEXT = ("country_votes", "admin1_votes", "log_km_nearest_pick", "near_picks_161", "no_other_picks")
ALL = frozenset(FEATURES)
NO_HAND = ALL - HAND
NO_CONTEXT = NO_HAND - frozenset(CONTEXT)
OVERRIDE_MARGIN = 2.0


def _columns(keep: frozenset[str]) -> list[int]:
    return [k for k, f in enumerate(FEATURES) if f in keep]


def fit(spans: list[dict], keep: frozenset[str], *, l2: float) -> Model:
    """Conditional logit over each span's candidates: maximise the log of the probability mass on candidates within
    161 km of gold, with an L2 penalty, on standardised features."""
    from scipy.optimize import minimize

    cols = _columns(keep)
    usable = [s for s in spans if s["X"] is not None and len(s["y"]) > 1 and 0 < s["y"].sum()]
    X = np.vstack([s["X"][:, cols] for s in usable])
    y = np.concatenate([s["y"] for s in usable])
    seg = np.concatenate([np.full(len(s["y"]), k) for k, s in enumerate(usable)])
    mean, scale = X.mean(0), X.std(0)
    scale[scale == 0] = 1.0
    Z = (X - mean) / scale
    n = len(usable)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = Z @ w
        zmax = np.full(n, -np.inf)
        np.maximum.at(zmax, seg, z)
        ez = np.exp(z - zmax[seg])
        den = np.bincount(seg, ez, n)
        num = np.bincount(seg, ez * y, n)
        ll = np.log(num) - np.log(den)
        grad = Z.T @ (ez * y / num[seg] - ez / den[seg])
        return -ll.sum() / n + l2 * w @ w, -grad / n + 2 * l2 * w

    res = minimize(loss, np.zeros(Z.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return res.x, mean, scale


def logits(span: dict, model: Model, keep: frozenset[str]) -> np.ndarray:
    w, mean, scale = model
    return ((span["X"][:, _columns(keep)] - mean) / scale) @ w


def choices(docs: list[dict], model: Model, keep: frozenset[str]) -> list[dict[int, int]]:
    """Per document: span index -> the model's candidate index, for every span with candidates."""
    return [{j: int(np.argmax(logits(s, model, keep))) for j, s in enumerate(d["spans"]) if s["X"] is not None}
            for d in docs]


def hand_choices(docs: list[dict]) -> list[dict[int, int]]:
    return [{j: int(np.argmax(s["X"][:, FEATURES.index("bias_hand_pick")])) for j, s in enumerate(d["spans"])
             if s["X"] is not None and s["X"][:, FEATURES.index("bias_hand_pick")].max() > 0} for d in docs]


def with_context(doc: dict, chosen: dict[int, int]) -> dict:
    """The document with its context features recomputed from `chosen` picks instead of the hand rules' picks
    (same definitions as candidate_rows)."""
    spans = doc["spans"]
    key_pick: dict[str, tuple[int, tuple]] = {}
    for j, k in chosen.items():
        key_pick.setdefault(spans[j]["key"], (spans[j]["ids"][k], spans[j]["meta"][k]))
    cols = [FEATURES.index(f) for f in CONTEXT]
    out = []
    for s in spans:
        if s["X"] is None:
            out.append(s)
            continue
        voters = list({pid: meta for key, (pid, meta) in key_pick.items() if key != s["key"]}.items())
        n = len(voters)
        countries = Counter(meta[2] for _, meta in voters if meta[2])
        admin1s = Counter(meta[3] for _, meta in voters)
        points = [(pid, meta) for pid, meta in voters if meta[4] in ("city", "admin2", "admin1")]
        X = s["X"].copy()
        for c, (cid, meta) in enumerate(zip(s["ids"], s["meta"])):
            dists = [_approx_km(meta[0], meta[1], p[0], p[1]) for pid, p in points if pid != cid]
            X[c, cols] = [countries[meta[2]] / n if n and meta[2] else 0.0,
                          admin1s[meta[3]] / n if n and meta[3] else 0.0,
                          math.log1p(min(dists)) if dists else math.log1p(20000.0),
                          sum(1 for d in dists if d <= 161) / n if n else 0.0,
                          0.0 if n else 1.0]
        out.append({**s, "X": X})
    return {**doc, "spans": out}


def _approx_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat = lat2 - lat1
    dlon = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 111.2 * math.sqrt(dlat * dlat + dlon * dlon)


def accuracy(docs: list[dict], chosen: list[dict[int, int]] | None) -> float:
    """acc@161km over all gold spans: the chosen candidate where the hand rules picked one, else (no candidate, or
    a span the hand rules' guards leave to the fallback) the hand rules' own output; `chosen` None: the hand rules."""
    good = total = 0
    for n, doc in enumerate(docs):
        for j, s in enumerate(doc["spans"]):
            total += 1
            if chosen is None or s["X"] is None or s["hand_pick"] is None or j not in chosen[n]:
                good += s["hand_err"] <= 161
            else:
                good += s["err"][chosen[n][j]] <= 161
    return good / total


def score_models(train: list[dict], test: list[dict], *, l2: float) -> dict[str, float]:
    out = {"hand": accuracy(test, None)}
    m_all = fit(spans_of(train), ALL, l2=l2)
    out["all"] = accuracy(test, choices(test, m_all, ALL))
    m_no_hand = fit(spans_of(train), NO_HAND, l2=l2)
    out["no-hand"] = accuracy(test, choices(test, m_no_hand, NO_HAND))
    # self-contained: context from a context-free model's picks, then from the context model's own picks
    m_first = fit(spans_of(train), NO_CONTEXT, l2=l2)
    train_ctx = [with_context(d, c) for d, c in zip(train, choices(train, m_first, NO_CONTEXT))]
    m_ctx = fit(spans_of(train_ctx), NO_HAND, l2=l2)
    picks = choices(test, m_first, NO_CONTEXT)
    for _ in range(2):
        picks = choices([with_context(d, c) for d, c in zip(test, picks)], m_ctx, NO_HAND)
    out["self"] = accuracy(test, picks)
    override = []
    for doc, hand in zip(test, hand_choices(test)):
        chosen = dict(hand)
        for j, h in hand.items():
            z = logits(doc["spans"][j], m_no_hand, NO_HAND)
            k = int(np.argmax(z))
            if z[k] - z[h] > OVERRIDE_MARGIN:
                chosen[j] = k
        override.append(chosen)
    out["override"] = accuracy(test, override)
    return out


def cv(out: Path, l2: float) -> None:
    data = load(out)
    columns = ("hand", "all", "no-hand", "self", "override")
    print(f"| scheme (l2={l2}) | scored | spans | " + " | ".join(columns) + " |")
    print("|---|---|---|" + "---|" * len(columns))

    def row(scheme: str, scored: str, train: list[dict], test: list[dict]) -> None:
        accs = score_models(train, test, l2=l2)
        print(f"| {scheme} | {scored} | {len(spans_of(test))} | " + " | ".join(f"{accs[c]:.4f}" for c in columns)
              + " |", flush=True)

    for held in SETS:
        row("leave-one-set-out", held, [d for s in SETS if s != held for d in data[s]], data[held])
    for held in SETS:
        for h in (0, 1):
            row("other sets + other half", f"{held} half {h}",
                [d for s in SETS if s != held for d in data[s]] + [d for d in data[held] if d["n"] % 2 != h],
                [d for d in data[held] if d["n"] % 2 == h])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["export", "cv"])
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--l2", type=float, default=0.001)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.command == "export":
        export(out)
    elif args.command == "cv":
        cv(out, args.l2)


if __name__ == "__main__":
    main()
