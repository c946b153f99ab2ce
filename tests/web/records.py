"""Hand-annotated records for the web tests: every layer the UI draws (actors, places with coordinates, times,
quotes with cues, events with status/source, techniques, voices, stance), so the map, network and article
checks do not depend on how good the pipeline's stages are today. Spans are found in the text, not typed in."""

from __future__ import annotations

from eventwire.document import document_id
from eventwire.models import Record

ANNOTATED_TEXT = (
    "Rebel fighters shelled army positions near Marib on Tuesday, the coalition said.\n\n"
    "\"We will never surrender the city to these terrorists,\" said General Ahmed Saleh, the army commander.\n\n"
    "In Muscat, government envoys and rebel negotiators agreed on a prisoner exchange, officials said. "
    "The coalition may send more aircraft to Aden next week."
)

HOSTILE_TEXT = (
    "Ordinary report about <script>window.__pwned = 1</script> and "
    "<img src=x onerror=\"window.__pwned = 2\"> markup quoted by the Agency in Aden."
)


def _span(text: str, needle: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "text": needle}


def _meta() -> dict:
    return {"version": "test", "stages": ["nlp.v1", "actors.v1", "places.v1", "times.v1", "quotes.v1", "events.v1",
                                          "framing.v1"], "elapsed_ms": 1.0}


def annotated_record() -> Record:
    t = ANNOTATED_TEXT
    quote = _span(t, "We will never surrender the city to these terrorists,")
    para2 = t.index("\"We will")
    para2_end = t.index("\n\nIn Muscat")
    return Record.model_validate({
        "meta": _meta(),
        "document": {"id": document_id(t), "source_id": "web-fixture-1",
                     "title": "Fighting near Marib, talks in Muscat",
                     "published": "2021-02-17", "outlet": "Fixture Wire", "url": "javascript:alert(1)", "text": t},
        "actors": [
            {"id": "A1", "name": "Rebel fighters", "kind": "armed_group", "country": "YEM", "sector": "REB",
             "aliases": ["rebel negotiators"], "mentions": [_span(t, "Rebel fighters"), _span(t, "rebel negotiators")]},
            {"id": "A2", "name": "Yemeni army", "kind": "military", "country": "YEM", "sector": "MIL",
             "mentions": [_span(t, "army", 0), _span(t, "army", 1)]},
            {"id": "A3", "name": "Saudi-led coalition", "kind": "military", "country": "SAU", "sector": "MIL",
             "mentions": [_span(t, "the coalition"), _span(t, "The coalition")]},
            {"id": "A4", "name": "Ahmed Saleh", "kind": "person", "country": "YEM", "sector": "MIL",
             "mentions": [_span(t, "General Ahmed Saleh")]},
            {"id": "A5", "name": "Yemeni government", "kind": "government", "country": "YEM", "sector": "GOV",
             "mentions": [_span(t, "government envoys")]},
        ],
        "places": [
            {"id": "P1", "name": "Marib", "feature": "city", "country": "YEM", "admin1": "Marib", "lat": 15.46,
             "lon": 45.33, "resolution": 4, "mentions": [_span(t, "Marib")]},
            {"id": "P2", "name": "Muscat", "feature": "city", "country": "OMN", "lat": 23.58, "lon": 58.41,
             "resolution": 4, "mentions": [_span(t, "Muscat")]},
            {"id": "P3", "name": "Aden", "feature": "city", "country": "YEM", "lat": 12.78, "lon": 45.04,
             "resolution": 4, "mentions": [_span(t, "Aden")]},
        ],
        "times": [
            {**_span(t, "Tuesday"), "type": "DATE", "value": "2021-02-16"},
            {**_span(t, "next week"), "type": "DATE", "value": "2021-W08"},
        ],
        "events": [
            {"id": "E1", "type": "ASSAULT", "mode": "heavy-weapons", "actors": ["A1"], "recipients": ["A2"],
             "place": "P1", "date": "2021-02-16", "status": "asserted", "source": "A3", "cameo": "190",
             "trigger": _span(t, "shelled"), "sentence": {"start": 0, "end": t.index("\n")}, "confidence": 0.9},
            {"id": "E2", "type": "AGREE", "actors": ["A5"], "recipients": ["A1"], "place": "P2",
             "date": "2021-02", "status": "asserted", "trigger": _span(t, "agreed"),
             "sentence": {"start": t.index("In Muscat"), "end": t.index("officials said.") + 15}, "confidence": 0.8},
            {"id": "E3", "type": "MOBILIZE", "actors": ["A3"], "recipients": [], "place": "P3", "status": "uncertain",
             "trigger": _span(t, "send"), "sentence": {"start": t.index("The coalition may"), "end": len(t)},
             "confidence": 0.5},
            {"id": "E4", "type": "THREATEN", "actors": ["A4"], "recipients": ["A1"], "place": "P1",
             "status": "negated", "source": "A4", "trigger": _span(t, "surrender"),
             "sentence": {"start": para2, "end": para2_end}, "confidence": 0.4},
        ],
        "quotes": [
            {"id": "Q1", "kind": "direct", **quote, "speaker": "A4", "cue": _span(t, "said", 1)},
        ],
        "framing": {
            "opinion": 0.3,
            "voices": [{"start": 0, "end": para2, "voice": "author"},
                       {"start": para2, "end": para2_end, "voice": "quoted"},
                       {"start": para2_end, "end": len(t), "voice": "author"}],
            "techniques": [{**_span(t, "terrorists"), "technique": "Name_Calling,Labeling", "score": 0.8}],
            "stance": [{"actor": "A1", "score": -0.6}],
        },
    })


def hostile_record() -> Record:
    """A stored record whose title and text carry markup: the article view must show it as text."""
    t = HOSTILE_TEXT
    return Record.model_validate({
        "meta": _meta(),
        "document": {"id": document_id(t), "source_id": "web-fixture-2",
                     "title": "<img src=x onerror=\"window.__pwned = 3\">Hostile title", "published": "2021-03-01",
                     "text": t},
        "actors": [{"id": "A1", "name": "<b>the Agency</b>", "kind": "media", "mentions": [_span(t, "the Agency")]}],
        "places": [{"id": "P1", "name": "Aden<script>", "feature": "city", "country": "YEM", "lat": 12.78,
                    "lon": 45.04, "mentions": [_span(t, "Aden")]}],
        "times": [],
        "events": [{"id": "E1", "type": "ACCUSE", "actors": ["A1"], "recipients": [], "place": "P1",
                    "trigger": _span(t, "quoted"), "sentence": {"start": 0, "end": len(t)}, "confidence": 0.5}],
        "quotes": [{"id": "Q1", "kind": "direct", **_span(t, "<script>window.__pwned = 1</script>"), "speaker": "A1"}],
        "framing": {"opinion": 0.1, "voices": [], "techniques": [], "stance": []},
    })
