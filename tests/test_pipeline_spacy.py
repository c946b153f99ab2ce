"""Pipeline: the nlp stage is told which stages it serves, so it can run only the spaCy components they need."""

from __future__ import annotations

from eventwire.pipeline import Pipeline
from eventwire.settings import DEFAULT_STAGES


def _nlp(pipeline: Pipeline):
    return next(s for s in pipeline.stages if s.part == "nlp")


def test_times_only_pipeline_narrows_the_spacy_needs():
    needs = _nlp(Pipeline(stages=["times"])).needs_of_stages
    assert needs is not None and "token.dep" in needs and "doc.ents" not in needs


def test_full_pipeline_keeps_the_whole_spacy_pipeline():
    assert Pipeline().settings.stages == DEFAULT_STAGES
    assert _nlp(Pipeline()).needs_of_stages is None
    # a stage that does not declare its needs (actors) widens a times pipeline to everything
    assert _nlp(Pipeline(stages=["actors", "times"])).needs_of_stages is None
