"""Evaluation task `events`: PLOVER event coding on plover_gsr, petrarch2_gsr and case2021_task2_events.

Scoring follows ../shared/benchmarks/METRICS.md ("events"). Per record the system's highest-confidence
asserted event is compared with the gold events (`top_event`); for case2021 snippets, which each describe one
event that the text may only report as alleged or planned, the top event of any status stands in when no
event is asserted. The dataset is picked from the data folder's name.

Peers: a majority-type baseline measured here (the most frequent gold type of the dev split, predicted for
every record). No README in these folders gives PETRARCH2 figures, so there is no published row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from eventwire.document import Article
from eventwire.evaluate.benchmarks import read_split
from eventwire.evaluate.metrics import accuracy, macro_f1, overlap

DATASETS: tuple[str, ...] = ("plover_gsr", "petrarch2_gsr", "case2021_task2_events")
STAGES = ("nlp", "actors", "events")
# the figures the README summary shows (the acceptance figures)
SUMMARY_METRICS = {
    "plover_gsr": ("type_accuracy", "actor_match", "recipient_match"),
    "petrarch2_gsr": ("type_accuracy", "no_event_share"),
    "case2021_task2_events": ("type_accuracy", "macro_f1"),
}
HEADLINES = {
    "plover_gsr": {"subset": "all", "metric": "type_accuracy"},
    "petrarch2_gsr": {"subset": "all", "metric": "type_accuracy"},
    "case2021_task2_events": {"subset": "all", "metric": "macro_f1"},
}

# CASE 2021 Task 2 label -> (PLOVER type, accepted modes or None when the table gives no mode); README table.
CASE2021_MAP: dict[str, tuple[str, tuple[str, ...] | None] | None] = {
    "ARMED_CLASH": ("ASSAULT", None), "ATTACK": ("ASSAULT", None),
    "AIR_STRIKE": ("ASSAULT", ("aerial", "drone")), "ART_MISS_ATTACK": ("ASSAULT", ("heavy-weapons",)),
    "GRENADE": ("ASSAULT", ("explosives",)), "REM_EXPLOS": ("ASSAULT", ("explosives",)),
    "SUIC_BOMB": ("ASSAULT", ("suicide-attack",)), "CHEM_WEAP": ("ASSAULT", ("unconventional",)),
    "ABDUCT_DISSAP": ("ASSAULT", ("abduct",)), "SEX_VIOL": ("ASSAULT", ("sexual",)),
    "PROPERTY_DISTRUCT": ("ASSAULT", ("destroy",)), "FORCE_AGAINST_PROTEST": ("ASSAULT", ("crowd-control",)),
    "GOV_REGAINS_TERIT": ("COERCE", ("seize",)), "NON_STATE_ACTOR_OVERTAKES_TER": ("COERCE", ("seize",)),
    "DISR_WEAP": ("COERCE", ("seize",)), "ARREST": ("COERCE", ("arrest",)),
    "PEACE_PROTEST": ("PROTEST", ("demo",)), "PROTEST_WITH_INTER": ("PROTEST", ("demo",)),
    "VIOL_DEMONSTR": ("PROTEST", ("riot",)), "MOB_VIOL": ("PROTEST", ("riot",)),
    "HQ_ESTABLISHED": ("MOBILIZE", None), "NON_VIOL_TERRIT_TRANSFER": ("RETREAT", ("withdraw",)),
    "AGREEMENT": ("AGREE", None), "DIPLO": ("CONSULT", None),
    "CHANGE_TO_GROUP_ACT": None, "ATTRIB": None, "ORG_CRIME": None, "NATURAL_DISASTER": None,
    "MAN_MADE_DISASTER": None, "OTHER": None,
}
# Labels whose fixed mapping disagrees with PLOVER's own definitions: DIPLO snippets tell sanctions, expulsions of
# diplomats and condemnations, which PLOVER codes SANCTION, ACCUSE or REQUEST, but the table maps them to CONSULT.
# The headline keeps the table; a diagnostic subset without them shows what the disagreement costs.
CASE2021_PLOVER_CONFLICTS: frozenset[str] = frozenset({"DIPLO"})


# ---------------------------------------------------------------------------------------------- system view
def system_view(record) -> dict:
    """What the scorers need from one eventwire record (or Analysis): events and actor mentions/countries."""
    actors = record.actors or []
    return {
        "events": [e.model_dump() if hasattr(e, "model_dump") else dict(e) for e in record.events or []],
        "mentions": {a.id: [(m.start, m.end) for m in a.mentions] for a in actors},
        "countries": {a.id: a.country for a in actors},
    }


def pick_top(events: Sequence[dict], *, fallback_any: bool = False) -> dict | None:
    """The highest-confidence asserted event (earliest on ties); with `fallback_any`, else the top event."""
    pool = [e for e in events if e.get("status", "asserted") == "asserted"]
    if not pool and fallback_any:
        pool = list(events)
    if not pool:
        return None
    return max(pool, key=lambda e: (e.get("confidence", 0.0), -e["trigger"]["start"]))


def _gold_for(top: dict | None, gold_events: Sequence[dict]) -> dict:
    """The gold event a system event is compared with: the first of the same type, else the first."""
    if top is not None:
        for g in gold_events:
            if g.get("type") == top["type"]:
                return g
    return gold_events[0]


def _overlaps_any(actor_ids: Iterable[str], mentions: dict, gold_spans: Sequence[dict]) -> bool:
    for actor_id in actor_ids:
        for start, end in mentions.get(actor_id, []):
            if any(overlap((start, end), (g["start"], g["end"])) > 0 for g in gold_spans):
                return True
    return False


# ---------------------------------------------------------------------------------------------- metrics
def score_plover(gold_records: Sequence[dict], system: Sequence[dict]) -> dict:
    """plover_gsr: type accuracy, type+mode accuracy (gold with a mode), actor and recipient text match."""
    n = n_type = n_mode = ok_mode = n_act = ok_act = n_rec = ok_rec = no_event = 0
    for gold, sys in zip(gold_records, system):
        events = gold["events"]
        if not events:
            continue
        n += 1
        top = pick_top(sys["events"])
        if top is None:
            no_event += 1
        g = _gold_for(top, events)
        if top is not None and any(e["type"] == top["type"] for e in events):
            n_type += 1
        if any(e.get("mode") for e in events):
            n_mode += 1
            if top is not None and any(e["type"] == top["type"] and e.get("mode") == top.get("mode")
                                       for e in events):
                ok_mode += 1
        if g.get("actors"):
            n_act += 1
            ok_act += bool(top) and _overlaps_any(top["actors"], sys["mentions"], g["actors"])
        if g.get("recipients"):
            n_rec += 1
            ok_rec += bool(top) and _overlaps_any(top["recipients"], sys["mentions"], g["recipients"])
    return {
        "type_accuracy": round(n_type / n, 4) if n else 0.0,
        "type_mode_accuracy": round(ok_mode / n_mode, 4) if n_mode else 0.0,
        "actor_match": round(ok_act / n_act, 4) if n_act else 0.0,
        "recipient_match": round(ok_rec / n_rec, 4) if n_rec else 0.0,
        "no_asserted_event": round(no_event / n, 4) if n else 0.0,
        "n": n, "n_mode": n_mode, "n_actor": n_act, "n_recipient": n_rec,
    }


def _country(code: str | None) -> str | None:
    """CAMEO actor code -> its 3-letter country prefix, or None ("---REB", "IGO...", empty)."""
    if not code or len(code) < 3 or code.startswith("---") or code[:3] in ("IGO", "NGO", "IMG", "MNC", "UAF"):
        return None
    return code[:3]


def score_petrarch(gold_records: Sequence[dict], system: Sequence[dict]) -> dict:
    """petrarch2_gsr: type accuracy over records with a PLOVER event; actor/recipient country-code match;
    share of no-event sentences left without asserted events (plover_noevents, and CAMEO noevents)."""
    n = ok = n_act = ok_act = n_rec = ok_rec = 0
    n_none = ok_none = n_none_c = ok_none_c = 0
    for gold, sys in zip(gold_records, system):
        asserted = [e for e in sys["events"] if e.get("status", "asserted") == "asserted"]
        if gold.get("plover_noevents"):
            n_none += 1
            ok_none += not asserted
        if gold.get("noevents"):
            n_none_c += 1
            ok_none_c += not asserted
        typed = [e for e in gold["events"] if e.get("type")]
        if not typed:
            continue
        n += 1
        top = pick_top(sys["events"])
        ok += top is not None and any(e["type"] == top["type"] for e in typed)
        g = _gold_for(top, typed)
        countries = sys["countries"]
        a_code, r_code = _country(g.get("actor_code")), _country(g.get("recipient_code"))
        if a_code:
            n_act += 1
            ok_act += top is not None and any(countries.get(a) == a_code for a in top["actors"])
        if r_code:
            n_rec += 1
            ok_rec += top is not None and any(countries.get(r) == r_code for r in top["recipients"])
    return {
        "type_accuracy": round(ok / n, 4) if n else 0.0,
        "actor_country_match": round(ok_act / n_act, 4) if n_act else 0.0,
        "recipient_country_match": round(ok_rec / n_rec, 4) if n_rec else 0.0,
        "no_event_share": round(ok_none / n_none, 4) if n_none else 0.0,
        "no_event_share_cameo_noevents": round(ok_none_c / n_none_c, 4) if n_none_c else 0.0,
        "n": n, "n_actor": n_act, "n_recipient": n_rec, "n_no_event": n_none, "n_cameo_noevents": n_none_c,
    }


def score_case2021(gold_records: Sequence[dict], system: Sequence[dict]) -> dict:
    """case2021_task2_events: mapped type accuracy and macro-F1 (over the PLOVER types present in gold),
    type+mode accuracy; snippets whose label has no PLOVER type are counted apart."""
    gold_types: list[str] = []
    sys_types: list[str | None] = []
    mode_ok = 0
    unmapped = unmapped_with_event = 0
    for gold, sys in zip(gold_records, system):
        mapped = CASE2021_MAP.get(gold["event_type"])
        top = pick_top(sys["events"], fallback_any=True)
        if mapped is None:
            unmapped += 1
            unmapped_with_event += pick_top(sys["events"]) is not None
            continue
        etype, modes = mapped
        gold_types.append(etype)
        sys_types.append(top["type"] if top else None)
        if top is not None and top["type"] == etype and (modes is None or top.get("mode") in modes):
            mode_ok += 1
    n = len(gold_types)
    return {
        "type_accuracy": round(accuracy(gold_types, sys_types), 4),
        "macro_f1": round(macro_f1(gold_types, sys_types), 4),
        "type_mode_accuracy": round(mode_ok / n, 4) if n else 0.0,
        "n": n, "n_unmapped": unmapped,
        "unmapped_with_asserted_event": round(unmapped_with_event / unmapped, 4) if unmapped else 0.0,
    }


def without_plover_conflicts(gold_records: Sequence[dict], system: Sequence[dict]) -> tuple[list[dict], list[dict]]:
    """The case2021 records (and their system views) whose label's mapping agrees with PLOVER."""
    kept = [i for i, gold in enumerate(gold_records) if gold["event_type"] not in CASE2021_PLOVER_CONFLICTS]
    return [gold_records[i] for i in kept], [system[i] for i in kept]


SCORERS = {"plover_gsr": score_plover, "petrarch2_gsr": score_petrarch, "case2021_task2_events": score_case2021}


# ---------------------------------------------------------------------------------------------- baseline
def _gold_type_list(dataset: str, record: dict) -> list[str]:
    if dataset == "case2021_task2_events":
        mapped = CASE2021_MAP.get(record["event_type"])
        return [mapped[0]] if mapped else []
    return [e["type"] for e in record.get("events", []) if e.get("type")]


def majority_type(dataset: str, data: Path) -> str:
    """The most frequent gold type of the dev split (ties: alphabetical)."""
    counts: Counter[str] = Counter()
    for record in read_split(data, "dev"):
        counts.update(_gold_type_list(dataset, record))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def baseline_view(etype: str) -> dict:
    """One asserted event of the given type, with no actors: what the majority baseline emits per record."""
    event = {"type": etype, "mode": None, "status": "asserted", "confidence": 1.0, "actors": [], "recipients": [],
             "trigger": {"start": 0, "end": 0}}
    return {"events": [event], "mentions": {}, "countries": {}}


# ---------------------------------------------------------------------------------------------- task
def dataset_of(data: Path) -> str:
    name = Path(data).name
    for dataset in DATASETS:
        if name == dataset or name.startswith(dataset):
            return dataset
    raise ValueError(f"events: unknown dataset folder {name!r}; expected one of {', '.join(DATASETS)}")


def run_system(records: Sequence[dict], pipeline=None) -> list[dict]:
    from eventwire.pipeline import Pipeline

    pipeline = pipeline or Pipeline(stages=list(STAGES))
    articles = (Article(text=r["text"], title=r.get("title"), published=r.get("published")) for r in records)
    # A record the pipeline refuses (e.g. an empty text) is scored as one with no events.
    empty = {"events": [], "mentions": {}, "countries": {}}
    return [empty if isinstance(record, Exception) else system_view(record)
            for record in pipeline.pipe(articles, return_errors=True)]


def evaluate(data: Path, split: str, *, limit: int | None = None, peers: bool = True) -> dict:
    data = Path(data)
    dataset = dataset_of(data)
    records = list(read_split(data, split, limit=limit))
    system = run_system(records)
    scorer = SCORERS[dataset]
    results = [{"system": "eventwire", "subset": "all", "source": "measured", "metrics": scorer(records, system)}]
    if dataset == "case2021_task2_events":
        results.append({"system": "eventwire", "subset": "without DIPLO", "source": "measured",
                        "metrics": scorer(*without_plover_conflicts(records, system))})
    if peers:
        etype = majority_type(dataset, data)
        base = [baseline_view(etype) for _ in records]
        metrics = scorer(records, base)
        results.append({"system": f"majority type ({etype})", "subset": "all", "source": "measured",
                        "metrics": metrics})
    return {"task": "events", "dataset": dataset, "split": split, "n_docs": len(records),
            "headline": HEADLINES[dataset],
            "headlines": [{"subset": "all", "metric": m} for m in SUMMARY_METRICS[dataset]], "results": results}
