"""Mapping an eventwire/1 record (as its JSON dict) to table rows and back, without loss.

Every list keeps its order in an `ord` column; a part whose stage did not run (None) is told apart from one that
ran and found nothing ([]) by `documents.parts`. Fields of the models that have no column (added to the models
after the store's last migration) go to the row's `extra` JSON and are merged back on read, so a round trip never
drops anything.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections import defaultdict
from typing import Any

PARTS = ("actors", "places", "times", "events", "quotes", "framing")

DOCUMENT_FIELDS = ("id", "source_id", "title", "published", "url", "outlet", "language", "text")
SPAN = ("start", "end", "text")
ACTOR = ("id", "name", "kind", "country", "sector", "aliases", "wikidata", "description")
PLACE = ("id", "name", "feature", "country", "admin1", "lat", "lon", "geonames_id", "resolution")
TIME = ("start", "end", "text", "type", "value")
EVENT = ("id", "type", "mode", "context", "place", "place_rule", "date", "status", "source", "cameo")
QUOTE = ("id", "kind", "start", "end", "text", "speaker")
VOICE = ("start", "end", "voice")
TECHNIQUE = ("start", "end", "text", "technique", "score")
STANCE = ("actor", "score")

# Insert column lists per child table (documents is handled by the store itself).
COLUMNS: dict[str, tuple[str, ...]] = {
    "actors": ("doc_id", "ord", *ACTOR, "extra"),
    "mentions": ("doc_id", "actor_ord", "actor_id", "ord", *SPAN, "extra"),
    "places": ("doc_id", "ord", *PLACE, "extra"),
    "place_mentions": ("doc_id", "place_ord", "place_id", "ord", *SPAN, "extra"),
    "times": ("doc_id", "ord", *TIME, "extra"),
    "events": ("doc_id", "ord", *EVENT, "trigger_start", "trigger_end", "trigger_text", "sentence_start",
               "sentence_end", "confidence", "extra"),
    "event_actors": ("doc_id", "event_ord", "event_id", "role", "ord", "actor_id"),
    "event_triggers": ("doc_id", "event_ord", "event_id", "ord", *SPAN, "extra"),
    "quotes": ("doc_id", "ord", *QUOTE, "cue_start", "cue_end", "cue_text", "extra"),
    "framing": ("doc_id", "opinion", "extra"),
    "voices": ("doc_id", "ord", *VOICE, "extra"),
    "techniques": ("doc_id", "ord", *TECHNIQUE, "extra"),
    "stances": ("doc_id", "ord", *STANCE, "extra"),
}
# How each child table's rows are ordered within a document when read back.
ORDER: dict[str, str] = {
    "mentions": "actor_ord, ord", "place_mentions": "place_ord, ord", "event_actors": "event_ord, role, ord",
    "event_triggers": "event_ord, ord", "framing": "doc_id",
}


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint(record: dict) -> str:
    """What must match for a rewrite of the same document id to be a no-op ("unchanged").

    The text (by hash), the producing version, the stage list and spaCy model, and the document's descriptive
    fields. Timings are left out: re-running the same pipeline over the same text is "unchanged".
    """
    meta, doc = record["meta"], record["document"]
    key = [text_hash(doc["text"]), meta.get("version"), list(meta.get("stages") or []), meta.get("spacy_model"),
           *(doc.get(k) for k in ("title", "published", "url", "outlet", "language"))]
    return hashlib.sha256(json.dumps(key, ensure_ascii=False).encode("utf-8")).hexdigest()


def _take(d: dict, keys: tuple[str, ...]) -> list[Any]:
    return [d.pop(k, None) for k in keys]


def _extra(d: dict) -> str | None:
    return json.dumps(d, ensure_ascii=False) if d else None


def _take_span(owner: dict, key: str) -> list[Any]:
    """Pop a nested span (trigger, sentence, cue) into column values; its unknown fields stay on the owner."""
    span = owner.pop(key, None)
    if span is None:
        return [None, None, None]
    values = _take(span, SPAN)
    if span:
        owner[key] = span
    return values


def to_rows(record: dict) -> tuple[dict[str, Any], dict[str, list[tuple]]]:
    """A record's JSON dict -> (documents row as a dict, {table: [row tuples]}). `record` is not modified."""
    rec = copy.deepcopy(record)
    rec.pop("schema", None)
    meta = rec.pop("meta")
    document = rec.pop("document")
    doc_id = document["id"]
    doc_row = dict(zip(DOCUMENT_FIELDS, _take(document, DOCUMENT_FIELDS)))
    parts = [part for part in PARTS if rec.get(part) is not None]
    rows: dict[str, list[tuple]] = defaultdict(list)

    for i, actor in enumerate(rec.pop("actors", None) or []):
        for j, mention in enumerate(actor.pop("mentions", None) or []):
            rows["mentions"].append((doc_id, i, actor["id"], j, *_take(mention, SPAN), _extra(mention)))
        rows["actors"].append((doc_id, i, *_take(actor, ACTOR), _extra(actor)))

    for i, place in enumerate(rec.pop("places", None) or []):
        for j, mention in enumerate(place.pop("mentions", None) or []):
            rows["place_mentions"].append((doc_id, i, place["id"], j, *_take(mention, SPAN), _extra(mention)))
        rows["places"].append((doc_id, i, *_take(place, PLACE), _extra(place)))

    for i, time in enumerate(rec.pop("times", None) or []):
        rows["times"].append((doc_id, i, *_take(time, TIME), _extra(time)))

    for i, event in enumerate(rec.pop("events", None) or []):
        for role, key in (("actor", "actors"), ("recipient", "recipients")):
            for j, actor_id in enumerate(event.pop(key, None) or []):
                rows["event_actors"].append((doc_id, i, event["id"], role, j, actor_id))
        for j, span in enumerate(event.pop("triggers", None) or []):
            rows["event_triggers"].append((doc_id, i, event["id"], j, *_take(span, SPAN), _extra(span)))
        values = _take(event, EVENT)
        trigger = _take_span(event, "trigger")
        sentence = event.pop("sentence", None) or {}
        sentence_values = _take(sentence, ("start", "end"))
        if sentence:
            event["sentence"] = sentence
        confidence = event.pop("confidence", None)
        if values[EVENT.index("context")] is None:
            values[EVENT.index("context")] = []
        rows["events"].append((doc_id, i, *values, *trigger, *sentence_values, confidence, _extra(event)))

    for i, quote in enumerate(rec.pop("quotes", None) or []):
        values = _take(quote, QUOTE)
        cue = _take_span(quote, "cue")
        rows["quotes"].append((doc_id, i, *values, *cue, _extra(quote)))

    framing = rec.pop("framing", None)
    if framing is not None:
        for i, voice in enumerate(framing.pop("voices", None) or []):
            rows["voices"].append((doc_id, i, *_take(voice, VOICE), _extra(voice)))
        for i, technique in enumerate(framing.pop("techniques", None) or []):
            rows["techniques"].append((doc_id, i, *_take(technique, TECHNIQUE), _extra(technique)))
        for i, stance in enumerate(framing.pop("stance", None) or []):
            rows["stances"].append((doc_id, i, *_take(stance, STANCE), _extra(stance)))
        opinion = framing.pop("opinion", None)
        rows["framing"].append((doc_id, opinion, _extra(framing)))

    extra: dict[str, Any] = {key: value for key, value in rec.items() if value is not None}
    if document:
        extra["document"] = document
    doc_row.update(
        text_hash=text_hash(doc_row["text"]),
        meta=json.dumps(meta, ensure_ascii=False),
        version=meta.get("version"),
        stages=list(meta.get("stages") or []),
        parts=parts,
        fingerprint=fingerprint(record),
        extra=_extra(extra),
    )
    return doc_row, dict(rows)


def _merge(base: dict, extra: str | dict | None) -> dict:
    """Fold a row's `extra` back into the dict built from its columns (nested dicts merged key by key)."""
    if not extra:
        return base
    for key, value in (json.loads(extra) if isinstance(extra, str) else extra).items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value
    return base


def _pick(row: dict, keys: tuple[str, ...]) -> dict:
    return {k: row[k] for k in keys}


def from_rows(doc_row: dict, rows: dict[str, list[dict]]) -> dict:
    """The inverse of `to_rows`: a documents row and the child rows (dicts, in `ORDER`) -> a record JSON dict."""
    parts = set(doc_row["parts"] or [])
    record: dict[str, Any] = {
        "schema": "eventwire/1",
        "meta": json.loads(doc_row["meta"]),
        "document": _pick(doc_row, DOCUMENT_FIELDS),
    }

    def grouped(table: str, key: str) -> dict[int, list[dict]]:
        out: dict[int, list[dict]] = defaultdict(list)
        for row in rows.get(table, ()):
            out[row[key]].append(row)
        return out

    if "actors" in parts:
        mentions = grouped("mentions", "actor_ord")
        record["actors"] = [
            _merge({**_pick(a, ACTOR), "aliases": list(a["aliases"] or []),
                    "mentions": [_merge(_pick(m, SPAN), m["extra"]) for m in mentions.get(a["ord"], [])]},
                   a["extra"])
            for a in rows.get("actors", ())
        ]
    if "places" in parts:
        mentions = grouped("place_mentions", "place_ord")
        record["places"] = [
            _merge({**_pick(p, PLACE),
                    "mentions": [_merge(_pick(m, SPAN), m["extra"]) for m in mentions.get(p["ord"], [])]},
                   p["extra"])
            for p in rows.get("places", ())
        ]
    if "times" in parts:
        record["times"] = [_merge(_pick(t, TIME), t["extra"]) for t in rows.get("times", ())]
    if "events" in parts:
        links = grouped("event_actors", "event_ord")
        triggers = grouped("event_triggers", "event_ord")
        events = []
        for e in rows.get("events", ()):
            event = _pick(e, EVENT)
            event["context"] = list(e["context"] or [])
            event["actors"] = [link["actor_id"] for link in links.get(e["ord"], []) if link["role"] == "actor"]
            event["recipients"] = [
                link["actor_id"] for link in links.get(e["ord"], []) if link["role"] == "recipient"
            ]
            event["trigger"] = {"start": e["trigger_start"], "end": e["trigger_end"], "text": e["trigger_text"]}
            event["triggers"] = [_merge(_pick(t, SPAN), t["extra"]) for t in triggers.get(e["ord"], [])]
            event["sentence"] = {"start": e["sentence_start"], "end": e["sentence_end"]}
            event["confidence"] = e["confidence"]
            events.append(_merge(event, e["extra"]))
        record["events"] = events
    if "quotes" in parts:
        quotes = []
        for q in rows.get("quotes", ()):
            quote = _pick(q, QUOTE)
            quote["cue"] = (
                None if q["cue_start"] is None
                else {"start": q["cue_start"], "end": q["cue_end"], "text": q["cue_text"]}
            )
            quotes.append(_merge(quote, q["extra"]))
        record["quotes"] = quotes
    if "framing" in parts:
        framing_rows = rows.get("framing") or [{"opinion": None, "extra": None}]
        f = framing_rows[0]
        record["framing"] = _merge({
            "opinion": f["opinion"],
            "voices": [_merge(_pick(v, VOICE), v["extra"]) for v in rows.get("voices", ())],
            "techniques": [_merge(_pick(t, TECHNIQUE), t["extra"]) for t in rows.get("techniques", ())],
            "stance": [_merge(_pick(s, STANCE), s["extra"]) for s in rows.get("stances", ())],
        }, f["extra"])
    extra = json.loads(doc_row["extra"]) if doc_row.get("extra") else {}
    if "document" in extra:
        _merge(record["document"], extra.pop("document"))
    _merge(record, extra)
    return record
