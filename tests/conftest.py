"""Shared fixtures: one spaCy load per test session."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

_cache: dict[tuple[str, ...], Pipeline] = {}


@pytest.fixture(scope="session")
def pipeline_factory():
    """`pipeline_factory("actors", "places")` -> a cached Pipeline with nlp plus those stages."""

    def make(*stages: str) -> Pipeline:
        key = tuple(stages)
        if key not in _cache:
            _cache[key] = Pipeline(stages=list(stages) or ["nlp"])
        return _cache[key]

    return make
