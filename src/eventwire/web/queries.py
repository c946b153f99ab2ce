"""Read-only aggregate queries the web UI needs beyond `Store`'s listings (overview counts, events over time).

They run on the store's own DuckDB connection and reuse the store's SQL fragments and filter parsing
(`eventwire.store.queries`), so a filter means the same thing here as in `Store.events`.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import duckdb

from eventwire.errors import StoreError
from eventwire.models import EVENT_TYPES
from eventwire.store import Store, quad_class
from eventwire.store import queries as sq

BUCKETS = ("day", "month", "year")
_MAX_AUTO_MONTHS = 48  # more month buckets than this and the overview chart switches to years


def fetch(store: Store, sql: str, params: list | tuple = ()) -> list[dict[str, Any]]:
    """Run a reading query on the store's connection; a DuckDB failure becomes a StoreError."""
    try:
        cursor = store.connection.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]
    except duckdb.Error as exc:
        raise StoreError(f"query failed: {exc}", code="store", where=str(store.path)) from exc


def document_title(store: Store, doc_id: str) -> str | None:
    found = fetch(store, "SELECT title FROM documents WHERE id = ?", [doc_id])
    return found[0]["title"] if found else None


def overview(store: Store) -> dict[str, Any]:
    """Corpus counts: documents, actors, places, events, quotes; events per type, per status, per quad class."""
    counts = store.counts()
    by_type = {r["type"]: int(r["n"]) for r in fetch(store, "SELECT type, count(*) AS n FROM events GROUP BY type")}
    by_status = {
        r["status"]: int(r["n"]) for r in fetch(store, "SELECT status, count(*) AS n FROM events GROUP BY status")
    }
    by_quad: dict[str, int] = defaultdict(int)
    for event_type, n in by_type.items():
        by_quad[quad_class(event_type) or "unknown"] += n
    dates = fetch(store, "SELECT min(published) AS first, max(published) AS last FROM documents")[0]
    located = fetch(
        store,
        "SELECT count(*) AS n FROM events e JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place "
        "WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL",
    )[0]["n"]
    return {
        "documents": counts["documents"],
        "actors": counts["actors"],
        "places": counts["places"],
        "events": counts["events"],
        "quotes": counts["quotes"],
        "located_events": int(located),
        "events_by_type": {t: by_type[t] for t in EVENT_TYPES if t in by_type},
        "events_by_status": by_status,
        "events_by_quad": dict(by_quad),
        "published": {"first": dates["first"], "last": dates["last"]},
    }


def timeline(store: Store, *, bucket: str = "auto", **filters: Any) -> dict[str, Any]:
    """Events per time bucket and PLOVER type over the events matching `filters` (as `Store.events`).

    The date is the event's own calendar date, else the publication date (the store's rule). Events whose date is
    coarser than the bucket (a bare year in a monthly chart) or unknown are counted under "undated".
    Returns {"bucket": "month", "types": [...], "series": [{"period": "2021-02", "counts": {type: n}, "total": n}],
    "undated": {type: n}}.
    """
    if bucket not in ("auto", *BUCKETS):
        raise ValueError(f"bucket must be auto, day, month or year, not {bucket!r}")
    where, params = sq.event_filters(**filters)
    rows = fetch(
        store,
        f"SELECT ({sq.EFFECTIVE_DATE}) AS day, e.type AS type, count(*) AS n {sq.EVENTS_FROM} {where} GROUP BY 1, 2",
        params,
    )
    if bucket == "auto":
        months = {r["day"][:7] for r in rows if r["day"] and len(r["day"]) >= 7}
        bucket = "year" if len(months) > _MAX_AUTO_MONTHS else "month"
    width = {"day": 10, "month": 7, "year": 4}[bucket]
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    undated: dict[str, int] = defaultdict(int)
    for row in rows:
        day = row["day"] or ""
        if len(day) < width:
            undated[row["type"]] += int(row["n"])
        else:
            per[day[:width]][row["type"]] += int(row["n"])
    for period in _gaps(sorted(per), bucket):
        per.setdefault(period, defaultdict(int))
    types = [t for t in EVENT_TYPES if any(t in c for c in per.values()) or t in undated]
    series = [
        {"period": period, "counts": dict(counts), "total": sum(counts.values())}
        for period, counts in sorted(per.items())
    ]
    return {"bucket": bucket, "types": types, "series": series, "undated": dict(undated)}


_MAX_FILLED = 400  # periods: a longer empty stretch is left out of the axis rather than drawn


def _gaps(periods: list[str], bucket: str) -> list[str]:
    """The empty periods between the first and last one, so the time axis is continuous."""
    import datetime as dt

    if len(periods) < 2:
        return []
    try:
        if bucket == "year":
            first, last = int(periods[0]), int(periods[-1])
            every = [str(y) for y in range(first, last + 1)]
        elif bucket == "month":
            y0, m0 = map(int, periods[0].split("-"))
            y1, m1 = map(int, periods[-1].split("-"))
            every = [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(y0 * 12 + m0 - 1, y1 * 12 + m1)]
        else:
            d0, d1 = dt.date.fromisoformat(periods[0]), dt.date.fromisoformat(periods[-1])
            every = [(d0 + dt.timedelta(days=i)).isoformat() for i in range((d1 - d0).days + 1)]
    except ValueError:
        return []
    if len(every) > _MAX_FILLED:
        return []
    have = set(periods)
    return [p for p in every if p not in have]
