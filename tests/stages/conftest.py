"""Fixtures shared by the stage test files: the pipelines the date and place probes run sentences through."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def times_pipeline(pipeline_factory):
    """nlp plus the times stage: the values of the time expressions alone."""
    return pipeline_factory("times")


@pytest.fixture(scope="module")
def full_pipeline(pipeline_factory):
    """The stages an event's date and place depend on (actors, places, times) with the events stage."""
    return pipeline_factory("actors", "places", "times", "events")


@pytest.fixture(scope="module")
def places(pipeline_factory):
    """`places(text)`: the analysis of an undated text by nlp plus the places stage."""
    pipeline = pipeline_factory("places")
    return lambda text: pipeline.analyse(Article(text=text))
