"""The store's tables, created and evolved by named migrations.

A migration is a name and a list of SQL statements. `Store` applies the ones not yet recorded in the `migrations`
table, in the order of `MIGRATIONS`, each in its own transaction, and records (name, applied_at). Never edit or
reorder a migration once released: add a new one (e.g. "0002_add_x") instead.

Layout: every table is keyed by `doc_id` (the document's content-hash id). Rows keep the order of the record's
lists in an `ord` column, so a stored record rebuilds exactly. `extra` JSON columns hold any model field that has
no column of its own yet (a field added to the models after this migration), so nothing is ever dropped; a later
migration can promote such a field to a real column.
"""

from __future__ import annotations

from typing import NamedTuple


class Migration(NamedTuple):
    name: str
    statements: tuple[str, ...]


_INITIAL = (
    """
    CREATE SEQUENCE document_seq START 1
    """,
    """
    CREATE TABLE documents (
        id          VARCHAR PRIMARY KEY,
        seq         BIGINT NOT NULL,        -- input order, kept when a document is replaced
        source_id   VARCHAR,
        title       VARCHAR,
        published   VARCHAR,
        url         VARCHAR,
        outlet      VARCHAR,
        language    VARCHAR NOT NULL,
        text        VARCHAR NOT NULL,
        text_hash   VARCHAR NOT NULL,       -- sha256 hex of text (UTF-8)
        meta        JSON NOT NULL,          -- the record's meta, whole
        version     VARCHAR NOT NULL,       -- meta.version
        stages      VARCHAR[] NOT NULL,     -- meta.stages
        parts       VARCHAR[] NOT NULL,     -- record parts present: a part absent here was None (stage not run)
        fingerprint VARCHAR NOT NULL,       -- what decides "unchanged" on a rewrite
        extra       JSON,
        stored_at   TIMESTAMP NOT NULL      -- UTC
    )
    """,
    """
    CREATE TABLE actors (
        doc_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        id VARCHAR NOT NULL, name VARCHAR NOT NULL, kind VARCHAR NOT NULL, country VARCHAR, sector VARCHAR,
        aliases VARCHAR[] NOT NULL, wikidata VARCHAR, description VARCHAR,
        extra JSON
    )
    """,
    """
    CREATE TABLE mentions (
        doc_id VARCHAR NOT NULL, actor_ord INTEGER NOT NULL, actor_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL,
        extra JSON
    )
    """,
    """
    CREATE TABLE places (
        doc_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        id VARCHAR NOT NULL, name VARCHAR NOT NULL, feature VARCHAR NOT NULL, country VARCHAR, admin1 VARCHAR,
        lat DOUBLE, lon DOUBLE, geonames_id BIGINT, resolution INTEGER,
        extra JSON
    )
    """,
    """
    CREATE TABLE place_mentions (
        doc_id VARCHAR NOT NULL, place_ord INTEGER NOT NULL, place_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL,
        extra JSON
    )
    """,
    """
    CREATE TABLE times (
        doc_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL, type VARCHAR NOT NULL,
        value VARCHAR,
        extra JSON
    )
    """,
    """
    CREATE TABLE events (
        doc_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        id VARCHAR NOT NULL, type VARCHAR NOT NULL, mode VARCHAR, context VARCHAR[] NOT NULL,
        place VARCHAR, place_rule VARCHAR, date VARCHAR, status VARCHAR NOT NULL, source VARCHAR, cameo VARCHAR,
        trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text VARCHAR NOT NULL,
        sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
        confidence DOUBLE NOT NULL,
        extra JSON
    )
    """,
    # event.actors and event.recipients as a link table: role is 'actor' or 'recipient', ord the list position.
    """
    CREATE TABLE event_actors (
        doc_id VARCHAR NOT NULL, event_ord INTEGER NOT NULL, event_id VARCHAR NOT NULL,
        role VARCHAR NOT NULL, ord INTEGER NOT NULL, actor_id VARCHAR NOT NULL
    )
    """,
    # event.triggers (the extra trigger spans beyond event.trigger)
    """
    CREATE TABLE event_triggers (
        doc_id VARCHAR NOT NULL, event_ord INTEGER NOT NULL, event_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL,
        extra JSON
    )
    """,
    """
    CREATE TABLE quotes (
        doc_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        id VARCHAR NOT NULL, kind VARCHAR NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL, speaker VARCHAR,
        cue_start INTEGER, cue_end INTEGER, cue_text VARCHAR,
        extra JSON
    )
    """,
    # One row per document whose framing stage ran.
    """
    CREATE TABLE framing (
        doc_id VARCHAR NOT NULL, opinion DOUBLE,
        extra JSON
    )
    """,
    """
    CREATE TABLE voices (
        doc_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, voice VARCHAR NOT NULL,
        extra JSON
    )
    """,
    """
    CREATE TABLE techniques (
        doc_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL, technique VARCHAR NOT NULL,
        score DOUBLE NOT NULL,
        extra JSON
    )
    """,
    """
    CREATE TABLE stances (
        doc_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        actor VARCHAR NOT NULL, score DOUBLE NOT NULL,
        extra JSON
    )
    """,
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_initial", tuple(s.strip() for s in _INITIAL)),
)

# Every table holding rows of one document, children first (the order rows are deleted in).
DOCUMENT_TABLES: tuple[str, ...] = (
    "mentions", "actors", "place_mentions", "places", "times", "event_actors", "event_triggers", "events",
    "quotes", "voices", "techniques", "stances", "framing", "documents",
)
