"""Proxy score of the events stage's actors and recipients on argument annotations never used for tuning.

RAMS and WikiEvents (../shared/benchmarks/{rams,wikievents}/dev.jsonl) mark event triggers with role-labelled
arguments. For every gold event whose trigger our events stage also finds (an event trigger span overlapping the
gold trigger; the most confident such event), the gold roles are mapped once to PLOVER sides (ACTOR_ROLES,
RECIPIENT_ROLES; every other role -- place, instrument, artifact, participant, ... -- is on neither side) and
our event is scored as METRICS.md scores plover_gsr: the side matches when one of its actor ids has a mention
overlapping one of the gold arguments on that side. RAMS is also reported per record-parity half (even/odd
line index) so a change is accepted only if it helps both halves.

The nlp + actors analyses are parsed once and pickled in the cache folder; each run re-codes only the events.

    .venv/bin/python scripts/events_args_proxy.py                      # RAMS dev halves + WikiEvents dev
    .venv/bin/python scripts/events_args_proxy.py --misses 40 --side recipient --data rams
    .venv/bin/python scripts/events_args_proxy.py --plover             # plover_gsr dev via the same cache
    .venv/bin/python scripts/events_args_proxy.py --actors --cache /tmp/me  # re-run the actors stage too

`--actors` re-runs the actors stage on the cached parses before coding events (needed when the actors stage or
its data changed since the cache was built); `--cache DIR` (or $EVENTS_ARGS_CACHE) names the cache folder.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "benchmarks"
CACHE = Path(os.environ.get("EVENTS_ARGS_CACHE", "/tmp/events-args-helper"))

# Role -> PLOVER side, decided from the role names/definitions in the READMEs before looking at our output.
# The doer of an attack, killing, speech, gift, arrest, prosecution, protest, surrender... is the actor; the one
# it is done to (target, victim, the addressee, the receiver, the detainee, the accused) is the recipient.
ACTOR_ROLES = frozenset({
    "attacker", "killer", "injurer", "communicator", "giver", "jailer", "agent", "transporter", "executioner",
    "prosecutor", "investigator", "inspector", "preventer", "damagerdestroyer", "damager", "destroyer",
    "extraditer", "monitor", "observer", "spy", "yielder", "surrenderer", "violator", "rejecternullifier",
    "granter", "judgecourt", "perpetrator", "impeder", "demonstrator", "dismantler", "identifier",
})
RECIPIENT_ROLES = frozenset({
    "target", "victim", "recipient", "detainee", "injured", "deceased", "defendant", "beneficiary",
    "inspectedentity", "monitoredentity", "observedentity",
})
DATASETS = {"rams": BENCH / "rams" / "dev.jsonl", "wikievents": BENCH / "wikievents" / "dev.jsonl"}


def side_of(role: str) -> str | None:
    role = role.lower()
    if role in ACTOR_ROLES:
        return "actor"
    if role in RECIPIENT_ROLES:
        return "recipient"
    return None


def _records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _analyses(name: str, records: list[dict], *, rebuild: bool = False) -> list:
    """nlp + actors analyses of the records, parsed once and pickled."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{name}.pkl"
    if path.exists() and not rebuild:
        with path.open("rb") as fh:
            return pickle.load(fh)
    from eventwire.document import Article
    from eventwire.pipeline import Pipeline

    pipeline = Pipeline(stages=["nlp", "actors"])
    out = [pipeline.analyse(Article(text=r["text"], title=r.get("title"), published=r.get("published")))
           for r in records]
    with path.open("wb") as fh:
        pickle.dump(out, fh)
    return out


def _events_stage():
    from eventwire import registry
    from eventwire.settings import Settings

    stage = registry.resolve("events")(Settings())
    stage.ensure_ready()
    return stage


def _actors_stage():
    from eventwire import registry
    from eventwire.settings import Settings

    stage = registry.resolve("actors")(Settings())
    stage.ensure_ready()
    return stage


def _run_events(stage, analyses: list, actors=None) -> list[dict]:
    from eventwire.evaluate.tasks.events import system_view

    views = []
    for analysis in analyses:
        if actors is not None:
            actors.write(analysis, actors.predict(analysis))
        stage.write(analysis, stage.predict(analysis))
        views.append(system_view(analysis))
    return views


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _matched_event(events: list[dict], trigger: dict) -> dict | None:
    hits = [e for e in events
            if any(_overlap((t["start"], t["end"]), (trigger["start"], trigger["end"]))
                   for t in (e.get("triggers") or [e["trigger"]]))]
    return max(hits, key=lambda e: e.get("confidence", 0.0)) if hits else None


def _hits(ids: list[str], mentions: dict, spans: list[dict]) -> bool:
    return any(_overlap(m, (g["start"], g["end"])) for i in ids for m in mentions.get(i, []) for g in spans)


def score(records: list[dict], views: list[dict], *, keep: set[int] | None = None, misses: list | None = None) -> dict:
    n_gold = n_found = 0
    counts = Counter()
    for idx, (rec, view) in enumerate(zip(records, views)):
        if keep is not None and idx not in keep:
            continue
        for gold in rec["events"]:
            n_gold += 1
            ev = _matched_event(view["events"], gold["trigger"])
            if ev is None:
                continue
            n_found += 1
            for side, ids_key in (("actor", "actors"), ("recipient", "recipients")):
                spans = [a for a in gold["arguments"] if side_of(a["role"]) == side]
                if not spans:
                    continue
                counts[f"n_{side}"] += 1
                ok = _hits(ev[ids_key], view["mentions"], spans)
                counts[f"ok_{side}"] += ok
                other = "recipients" if side == "actor" else "actors"
                counts[f"swapped_{side}"] += (not ok) and _hits(ev[other], view["mentions"], spans)
                counts[f"empty_{side}"] += (not ok) and not ev[ids_key]
                if not ok and misses is not None:
                    misses.append((side, rec, gold, ev, view))
    out = {"gold_events": n_gold, "trigger_found": n_found}
    for side in ("actor", "recipient"):
        n = counts[f"n_{side}"]
        out[f"{side}_match"] = round(counts[f"ok_{side}"] / n, 4) if n else 0.0
        out[f"n_{side}"] = n
        out[f"{side}_swapped"] = counts[f"swapped_{side}"]
        out[f"{side}_empty"] = counts[f"empty_{side}"]
    return out


def _show_miss(side, rec, gold, ev, view) -> str:
    text = rec["text"]
    t = gold["trigger"]
    # the line around the trigger, at most 200 characters either side (WikiEvents articles are one line)
    sent_start = max(text.rfind("\n", 0, t["start"]) + 1, t["start"] - 200)
    sent_end = text.find("\n", t["end"])
    sent_end = min(len(text) if sent_end < 0 else sent_end, t["end"] + 200)
    names = {i: [text[s:e] for s, e in ms] for i, ms in view["mentions"].items()}
    golds = [f'{a["role"]}={a["text"]!r}' for a in gold["arguments"] if side_of(a["role"]) == side]
    return (f"[{side}] {gold['type']} trigger={t['text']!r} -> {ev['type']} | gold {', '.join(golds)} | "
            f"ours A={[names.get(i, ['?'])[:1] for i in ev['actors']]} "
            f"R={[names.get(i, ['?'])[:1] for i in ev['recipients']]}\n    {text[sent_start:sent_end]}")


def main(argv: list[str] | None = None) -> int:
    global CACHE
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", choices=sorted(DATASETS), action="append")
    ap.add_argument("--rebuild", action="store_true", help="re-parse the cached nlp+actors analyses")
    ap.add_argument("--misses", type=int, default=0, help="print this many misses")
    ap.add_argument("--side", choices=("actor", "recipient"), default="recipient")
    ap.add_argument("--half", choices=("even", "odd"), help="misses from this RAMS half only")
    ap.add_argument("--plover", action="store_true", help="also score plover_gsr dev from a cached parse")
    ap.add_argument("--actors", action="store_true", help="re-run the actors stage on the cached parses")
    ap.add_argument("--cache", type=Path, help="cache folder (default $EVENTS_ARGS_CACHE or %s)" % CACHE)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    if args.cache is not None:
        CACHE = args.cache
    stage = _events_stage()
    actors = _actors_stage() if args.actors else None
    results = {}
    for name in args.data or sorted(DATASETS):
        records = _records(DATASETS[name])
        views = _run_events(stage, _analyses(name, records, rebuild=args.rebuild), actors)
        misses: list = []
        if name == "rams":
            even = {i for i in range(len(records)) if i % 2 == 0}
            odd = set(range(len(records))) - even
            results["rams_even"] = score(records, views, keep=even,
                                         misses=misses if args.half in (None, "even") else None)
            results["rams_odd"] = score(records, views, keep=odd,
                                        misses=misses if args.half in (None, "odd") else None)
        else:
            results[name] = score(records, views, misses=misses)
        for m in [m for m in misses if m[0] == args.side][: args.misses]:
            print(_show_miss(*m))
    if args.plover:
        from eventwire.evaluate.benchmarks import read_split
        from eventwire.evaluate.tasks.events import score_plover

        records = list(read_split(BENCH / "plover_gsr", "dev"))
        views = _run_events(stage, _analyses("plover_gsr_dev", records, rebuild=args.rebuild), actors)
        results["plover_gsr_dev"] = score_plover(records, views)
    for key, value in results.items():
        print(key, json.dumps(value))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
