"""The embedded store: eventwire/1 records in a DuckDB file, one table per record part, keyed by document id.

    from eventwire.store import Store
    with Store("eventwire.duckdb") as store:
        store.write(record)                      # "inserted" | "unchanged" | "replaced"
        store.get(record.document.id) == record  # exact round trip
        store.events(type="ASSAULT", actor="Houthi", since="2021-02")

Tables (schema.py): documents, actors, mentions, places, place_mentions, times, events, event_actors,
event_triggers, quotes, framing, voices, techniques, stances, plus migrations (name, applied_at).
"""

from __future__ import annotations

from eventwire.errors import StoreError
from eventwire.store.core import DEFAULT_PATH, DocumentNotFound, Store, WriteResult
from eventwire.store.plover import QUAD_CLASSES, is_cooperative, quad_class, quad_classes
from eventwire.store.schema import MIGRATIONS

__all__ = [
    "DEFAULT_PATH", "DocumentNotFound", "MIGRATIONS", "QUAD_CLASSES", "Store", "StoreError", "WriteResult",
    "is_cooperative", "quad_class", "quad_classes",
]
