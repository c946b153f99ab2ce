"""SQL for the store's listings (CLI `actors|events|quotes|places`, the web UI, exports).

Each builder returns (sql, params). Name filters are case-insensitive substring matches on an actor's name and
aliases (or a place's name and admin1); they never use LIKE, so `%` and `_` in user input mean themselves.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from eventwire.errors import InputError, StoreError
from eventwire.models import EVENT_TYPES, EventStatus

STATUSES: tuple[str, ...] = EventStatus.__args__  # type: ignore[attr-defined]
_BOUND = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

# An actor row `a` matches a name filter on its name or any alias (chr(31) cannot occur in a name).
_ACTOR_MATCH = "contains(lower({a}.name || chr(31) || array_to_string({a}.aliases, chr(31))), lower(?))"

# The date an event is filtered on: its own TIMEX3 date when that is a calendar date (YYYY, YYYY-MM, YYYY-MM-DD,
# a time cut to its day), else the document's publication date.
EFFECTIVE_DATE = (
    "CASE WHEN regexp_full_match(left(coalesce(e.date, ''), 10), '\\d{4}(-\\d{2}(-\\d{2})?)?') "
    "THEN left(e.date, 10) ELSE d.published END"
)

EVENTS_FROM = """
FROM events e
JOIN documents d ON d.id = e.doc_id
LEFT JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place
LEFT JOIN actors s ON s.doc_id = e.doc_id AND s.id = e.source
LEFT JOIN (
    SELECT ea.doc_id, ea.event_ord,
           list(coalesce(a.name, ea.actor_id) ORDER BY ea.ord) FILTER (WHERE ea.role = 'actor') AS actor_names,
           list(coalesce(a.name, ea.actor_id) ORDER BY ea.ord) FILTER (WHERE ea.role = 'recipient')
               AS recipient_names
    FROM event_actors ea
    LEFT JOIN actors a ON a.doc_id = ea.doc_id AND a.id = ea.actor_id
    GROUP BY ea.doc_id, ea.event_ord
) n ON n.doc_id = e.doc_id AND n.event_ord = e.ord
"""

EVENT_COLUMNS = """
    e.doc_id AS document, e.id, e.type, e.mode, e.context,
    coalesce(n.actor_names, []) AS actors, coalesce(n.recipient_names, []) AS recipients,
    p.name AS place, p.lat, p.lon, p.country AS place_country, p.feature AS place_feature,
    e.date, e.status, s.name AS source, e.cameo, e.trigger_text AS trigger,
    substring(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence,
    e.confidence, d.published, d.title, d.source_id
"""


def _names(value: str | Sequence[str] | None) -> list[str] | None:
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else list(value)
    return [item.strip() for item in items if item.strip()]


def event_types(value: str | Sequence[str] | None) -> list[str] | None:
    types = _names(value)
    if types is None:
        return None
    types = [t.upper() for t in types]
    unknown = [t for t in types if t not in EVENT_TYPES]
    if unknown:
        raise StoreError(f"unknown event type {', '.join(unknown)}; PLOVER types are {', '.join(EVENT_TYPES)}",
                         code="query")
    return types


def statuses(value: str | Sequence[str] | None) -> list[str] | None:
    items = _names(value)
    if items is None:
        return None
    items = [s.lower() for s in items]
    unknown = [s for s in items if s not in STATUSES]
    if unknown:
        raise StoreError(f"unknown event status {', '.join(unknown)}; statuses are {', '.join(STATUSES)}",
                         code="query")
    return items


def date_bound(value: str | dt.date | None, name: str) -> str | None:
    """`since` / `until` as YYYY, YYYY-MM or YYYY-MM-DD (a date or datetime object is accepted too)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    text = value.isoformat() if isinstance(value, dt.date) else str(value).strip()
    if not _BOUND.fullmatch(text):
        raise InputError("bad_date", f"{name}={value!r} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    return text


def limit_clause(limit: int | None) -> str:
    if limit is None:
        return ""
    if not isinstance(limit, int) or limit < 0:
        raise StoreError(f"limit must be a non-negative integer, not {limit!r}", code="query")
    return f" LIMIT {int(limit)}"


def event_filters(
    *,
    type: str | Sequence[str] | None = None,
    actor: str | None = None,
    place: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    status: str | Sequence[str] | None = None,
    document: str | None = None,
) -> tuple[str, list]:
    """WHERE clause over EVENTS_FROM's aliases (e, d, p) and its parameters."""
    where: list[str] = []
    params: list = []
    types = event_types(type)
    if types is not None:
        where.append("list_contains(?::VARCHAR[], e.type)")
        params.append(types)
    wanted = statuses(status)
    if wanted is not None:
        where.append("list_contains(?::VARCHAR[], e.status)")
        params.append(wanted)
    if actor:
        where.append(
            "EXISTS (SELECT 1 FROM event_actors ea JOIN actors a ON a.doc_id = ea.doc_id AND a.id = ea.actor_id "
            "WHERE ea.doc_id = e.doc_id AND ea.event_ord = e.ord AND " + _ACTOR_MATCH.format(a="a") + ")"
        )
        params.append(actor)
    if place:
        where.append(
            "(contains(lower(p.name), lower(?)) OR contains(lower(coalesce(p.admin1, '')), lower(?)) "
            "OR p.country = upper(?))"
        )
        params += [place, place, place]
    low, high = date_bound(since, "since"), date_bound(until, "until")
    # Dates and bounds are compared at the coarser of their two precisions, so a partial date ("2021-02")
    # overlapping a bound ("2021-02-10") counts, and a partial bound ("2020") takes in every day of it.
    for bound, op in ((low, ">="), (high, "<=")):
        if bound is not None:
            where.append(
                f"left(({EFFECTIVE_DATE}), least(length(({EFFECTIVE_DATE})), length(?))) {op} "
                f"left(?, least(length(({EFFECTIVE_DATE})), length(?)))"
            )
            params += [bound, bound, bound]
    if document is not None:
        where.append("e.doc_id = ?")
        params.append(document)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def events_sql(limit: int | None = None, **filters) -> tuple[str, list]:
    where, params = event_filters(**filters)
    sql = f"SELECT {EVENT_COLUMNS} {EVENTS_FROM} {where} ORDER BY d.seq, e.ord{limit_clause(limit)}"
    return sql, params


def actors_sql(
    actor: str | None = None, *, kind: str | None = None, country: str | None = None, limit: int | None = None
) -> tuple[str, list]:
    """Actors fused across documents by name; kind, country and sector are each the most frequent non-null value
    (ties broken alphabetically), aliases the union. Filters apply to the fused actor."""
    where: list[str] = []
    params: list = []
    if actor:
        where.append(_ACTOR_MATCH.format(a="g"))
        params.append(actor)
    if kind:
        where.append("k.kind = lower(?)")
        params.append(kind)
    if country:
        where.append("c.country = upper(?)")
        params.append(country)

    def most_frequent(column: str) -> str:
        return (
            f"SELECT name, first({column} ORDER BY n DESC, {column}) AS {column} FROM "
            f"(SELECT name, {column}, count(*) AS n FROM actors WHERE {column} IS NOT NULL GROUP BY name, {column}) "
            "GROUP BY name"
        )

    sql = f"""
    WITH m AS (SELECT doc_id, actor_ord, count(*) AS n FROM mentions GROUP BY doc_id, actor_ord),
    ev AS (SELECT doc_id, actor_id, count(DISTINCT event_ord) AS n FROM event_actors GROUP BY doc_id, actor_id),
    g AS (
        SELECT a.name,
               list_sort(list_distinct(flatten(list(a.aliases)))) AS aliases,
               count(DISTINCT a.doc_id) AS n_documents,
               CAST(sum(coalesce(m.n, 0)) AS BIGINT) AS n_mentions,
               CAST(sum(coalesce(ev.n, 0)) AS BIGINT) AS n_events
        FROM actors a
        LEFT JOIN m ON m.doc_id = a.doc_id AND m.actor_ord = a.ord
        LEFT JOIN ev ON ev.doc_id = a.doc_id AND ev.actor_id = a.id
        GROUP BY a.name
    )
    SELECT g.name, k.kind, c.country, s.sector, g.aliases, g.n_documents, g.n_mentions, g.n_events
    FROM g
    LEFT JOIN ({most_frequent("kind")}) k ON k.name = g.name
    LEFT JOIN ({most_frequent("country")}) c ON c.name = g.name
    LEFT JOIN ({most_frequent("sector")}) s ON s.name = g.name
    {(" WHERE " + " AND ".join(where)) if where else ""}
    ORDER BY g.n_documents DESC, g.n_mentions DESC, g.name
    {limit_clause(limit)}
    """
    return sql, params


def places_sql(
    place: str | None = None, *, country: str | None = None, feature: str | None = None, limit: int | None = None
) -> tuple[str, list]:
    where: list[str] = []
    params: list = []
    if place:
        where.append("(contains(lower(p.name), lower(?)) OR contains(lower(coalesce(p.admin1, '')), lower(?)))")
        params += [place, place]
    if country:
        where.append("p.country = upper(?)")
        params.append(country)
    if feature:
        where.append("p.feature = lower(?)")
        params.append(feature)
    sql = f"""
    SELECT p.name, p.feature, p.country, p.admin1, p.lat, p.lon, p.geonames_id,
           count(DISTINCT p.doc_id) AS n_documents,
           CAST(sum(coalesce(m.n, 0)) AS BIGINT) AS n_mentions,
           CAST(sum(coalesce(ev.n, 0)) AS BIGINT) AS n_events
    FROM places p
    LEFT JOIN (SELECT doc_id, place_ord, count(*) AS n FROM place_mentions GROUP BY doc_id, place_ord) m
           ON m.doc_id = p.doc_id AND m.place_ord = p.ord
    LEFT JOIN (SELECT doc_id, place, count(*) AS n FROM events WHERE place IS NOT NULL GROUP BY doc_id, place) ev
           ON ev.doc_id = p.doc_id AND ev.place = p.id
    {(" WHERE " + " AND ".join(where)) if where else ""}
    GROUP BY p.name, p.feature, p.country, p.admin1, p.lat, p.lon, p.geonames_id
    ORDER BY n_documents DESC, n_mentions DESC, p.name
    {limit_clause(limit)}
    """
    return sql, params


def quotes_sql(
    actor: str | None = None, *, kind: str | None = None, document: str | None = None, limit: int | None = None
) -> tuple[str, list]:
    where: list[str] = []
    params: list = []
    if actor:
        where.append("s.id IS NOT NULL AND " + _ACTOR_MATCH.format(a="s"))
        params.append(actor)
    if kind:
        where.append("q.kind = lower(?)")
        params.append(kind)
    if document is not None:
        where.append("q.doc_id = ?")
        params.append(document)
    sql = f"""
    SELECT q.doc_id AS document, q.id, q.kind, q.text, s.name AS speaker, q.speaker AS speaker_id,
           q.cue_text AS cue, q."start", q."end", d.published, d.title, d.source_id
    FROM quotes q
    JOIN documents d ON d.id = q.doc_id
    LEFT JOIN actors s ON s.doc_id = q.doc_id AND s.id = q.speaker
    {(" WHERE " + " AND ".join(where)) if where else ""}
    ORDER BY d.seq, q.ord
    {limit_clause(limit)}
    """
    return sql, params


def graph_sql(**filters) -> tuple[str, list]:
    """One row per (event, actor, recipient) pair, with both actors' name, kind and country."""
    where, params = event_filters(**filters)
    sql = f"""
    SELECT e.doc_id, e.ord, e.type,
           sa.name AS source, sa.kind AS source_kind, sa.country AS source_country,
           ta.name AS target, ta.kind AS target_kind, ta.country AS target_country
    {EVENTS_FROM}
    JOIN event_actors x ON x.doc_id = e.doc_id AND x.event_ord = e.ord AND x.role = 'actor'
    JOIN event_actors y ON y.doc_id = e.doc_id AND y.event_ord = e.ord AND y.role = 'recipient'
    JOIN actors sa ON sa.doc_id = e.doc_id AND sa.id = x.actor_id
    JOIN actors ta ON ta.doc_id = e.doc_id AND ta.id = y.actor_id
    {where}
    ORDER BY d.seq, e.ord, x.ord, y.ord
    """
    return sql, params
