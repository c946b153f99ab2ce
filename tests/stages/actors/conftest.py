"""Fixtures shared by the actors stage's test files."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def run(pipeline_factory):
    """`run(text)` -> the actors the actors stage finds in an invented article (files needing more stages
    define their own `run`)."""
    pipeline = pipeline_factory("actors")
    return lambda text: pipeline.analyse(Article(text=text)).actors
