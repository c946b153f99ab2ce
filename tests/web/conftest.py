"""Fixtures for the web tests: one store per session built from examples/ by the real pipeline, plus two
hand-annotated records (tests/web/records.py), and the app over it."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.ingest import read_paths
from eventwire.store import Store
from tests.web.records import annotated_record, hostile_record

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
# framing is left out: its technique model is trained separately (scripts/train_framing.py) and may be absent; the
# hand-annotated record carries framing layers (voices, techniques, stance) for the UI checks instead.
STAGES = ("actors", "places", "times", "quotes", "events")


def pytest_collection_modifyitems(items):
    here = str(Path(__file__).parent)
    for item in items:
        if str(item.path).startswith(here):  # starlette's TestClient nags about httpx's successor
            item.add_marker(pytest.mark.filterwarnings("ignore:.*httpx2"))


@pytest.fixture(scope="session")
def full_pipeline(pipeline_factory):
    return pipeline_factory(*STAGES)


@pytest.fixture(scope="session")
def example_records(full_pipeline):
    articles = [item for item in read_paths([EXAMPLES]) if not isinstance(item, Exception)]
    assert articles, "examples/ holds no readable article"
    return [r for r in full_pipeline.pipe(articles, return_errors=True) if not isinstance(r, Exception)]


@pytest.fixture(scope="session")
def store_path(tmp_path_factory, example_records) -> Path:
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    with Store(path) as store:
        for record in example_records:
            store.write(record)
        store.write(annotated_record())
        store.write(hostile_record())
    return path


@pytest.fixture(scope="session")
def app(store_path, full_pipeline):
    from eventwire.web.server import create_app

    return create_app(store_path, max_upload_bytes=100_000, pipeline=full_pipeline)


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as test_client:
        yield test_client
