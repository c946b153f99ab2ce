"""Stage registry, pipeline building and the Python API."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.document import Analysis, Article
from eventwire.errors import InputError, PipelineError
from eventwire.pipeline import Pipeline, _order, parse_stage_list
from eventwire.registry import available, resolve
from eventwire.stages.base import Stage


class _NeedsGhost(Stage):
    name = "needy.v1"
    needs = ("ghost",)
    adds = ("needy",)


def test_every_builtin_stage_is_registered():
    names = set(available())
    assert {"nlp.v1", "actors.v1", "places.v1", "times.v1", "quotes.v1", "events.v1", "framing.v1"} <= names


def test_resolve_by_part_name_picks_a_version():
    assert resolve("places").name == "places.v1"


def test_unknown_stage_fails_at_build_time():
    with pytest.raises(PipelineError, match="unknown stage 'nope'"):
        Pipeline(stages=["nope"])


def test_unmet_need_names_the_missing_stage():
    nlp = resolve("nlp")
    with pytest.raises(PipelineError, match="needs ghost"):
        _order([nlp, _NeedsGhost])


def test_stage_order_follows_needs_and_uses():
    classes = [resolve(n) for n in ("events", "actors", "nlp")]
    assert [c.name for c in _order(classes)] == ["nlp.v1", "actors.v1", "events.v1"]


def test_nlp_is_always_included():
    assert parse_stage_list("actors,places") == ("nlp", "actors", "places")


def test_subset_leaves_other_parts_none(pipeline_factory):
    record = pipeline_factory("times").run("The talks resumed on Tuesday.")
    assert record.meta.stages == ["nlp.v1", "times.v1"]
    assert record.times is not None
    assert record.actors is None and record.events is None and record.framing is None


def test_timings_in_meta(pipeline_factory):
    record = pipeline_factory("actors").run("Erdogan spoke.")
    assert [t.name for t in record.meta.timings] == ["nlp.v1", "actors.v1"]
    assert record.meta.elapsed_ms >= 0


def test_extract_api_with_keywords():
    record = eventwire.extract("Erdogan spoke.", title="T", published="2020-03-05", stages="actors")
    assert record.document.title == "T"
    assert record.document.published == "2020-03-05"
    assert record.document.id.startswith("sha256:")


def test_extract_refuses_empty_and_bad_date():
    with pytest.raises(InputError) as info:
        eventwire.extract("   ", stages="actors")
    assert info.value.code == "empty"
    with pytest.raises(InputError) as info:
        eventwire.extract("Text.", published="not a date", stages="actors")
    assert info.value.code == "bad_date"


def test_pipe_keeps_order_and_returns_errors(pipeline_factory):
    pipeline = pipeline_factory("actors")
    outcomes = list(pipeline.pipe(["One.", "", "Three."], return_errors=True))
    assert [type(o).__name__ for o in outcomes] == ["Record", "InputError", "Record"]
    assert outcomes[2].document.text == "Three."


def test_too_large_is_refused():
    from eventwire.settings import Settings

    pipeline = Pipeline(settings=Settings(stages=("nlp",), max_chars=10))
    with pytest.raises(InputError) as info:
        pipeline.run("x" * 11)
    assert info.value.code == "too_large"


def test_third_party_stage_through_entry_points(monkeypatch):
    import eventwire.registry as registry

    class FakeEntryPoint:
        name = "shout.v1"
        value = "tests.test_pipeline:ShoutStage"

    monkeypatch.setattr(registry, "entry_points", lambda group: [FakeEntryPoint()])
    assert "shout.v1" in registry.available()


class ShoutStage(Stage):
    name = "shout.v1"
    needs = ("nlp",)
    adds = ("shout",)

    def predict(self, analysis: Analysis) -> str:
        return analysis.text.upper()

    def write(self, analysis: Analysis, result: str) -> None:
        analysis.shared["shout"] = result


def test_custom_stage_runs_after_nlp(monkeypatch):
    import eventwire.registry as registry

    monkeypatch.setitem(registry._BUILTIN, "shout.v1", "tests.test_pipeline:ShoutStage")
    analysis = Pipeline(stages=["shout"]).analyse(Article(text="quiet words"))
    assert analysis.shared["shout"] == "QUIET WORDS"
    assert analysis.stages_run == ["nlp.v1", "shout.v1"]
