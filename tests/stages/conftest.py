"""Fixtures shared by the stage test files: the two pipelines the date and place probes run sentences through."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def times_pipeline(pipeline_factory):
    """nlp plus the times stage: the values of the time expressions alone."""
    return pipeline_factory("times")


@pytest.fixture(scope="module")
def full_pipeline(pipeline_factory):
    """The stages an event's date and place depend on (actors, places, times) with the events stage."""
    return pipeline_factory("actors", "places", "times", "events")
