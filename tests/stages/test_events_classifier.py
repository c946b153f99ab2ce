"""events stage's type classifier: features, re-ranking of lexicon candidates, the no-trigger fallback, artefact."""

from __future__ import annotations

import zlib

import pytest

from eventwire.document import Article
from eventwire.stages.events import top_event
from eventwire.stages.events.classifier import NONE, TypeClassifier, hashed, load_classifier, raw_features
from eventwire.stages.events.coder import Candidate

N = 2**10


def toy(weights: dict[str, dict[str, float]], *, alpha: float = 0.5, fallback: float | None = 0.3,
        labels=("ASSAULT", "PROTEST", "AGREE", NONE)) -> TypeClassifier:
    """A classifier with hand-set weights on named features (hashed like the real ones)."""
    hashed_w = {label: {zlib.crc32(f.encode("utf-8")) % N: w for f, w in weights.get(label, {}).items()}
                for label in labels}
    return TypeClassifier(list(labels), N, hashed_w, {label: 0.0 for label in labels}, alpha=alpha,
                          groups=("words", "candidates"), fallback=fallback)


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.fixture()
def stage(pipeline):
    stage = next(s for s in pipeline.stages if s.name.startswith("events"))
    stage.ensure_ready()
    return stage


def parse(pipeline, text):
    nlp = next(s for s in pipeline.stages if s.name.startswith("nlp"))
    nlp.ensure_ready()
    return nlp.predict(pipeline._prepare(Article(text=text)))


def cand(etype, head, salience=1.0, status="asserted"):
    return Candidate(etype=etype, mode=None, cameo=None, context=[], head=head, trigger=[head], salience=salience,
                     status=status)


# ------------------------------------------------------------------------------------------ features
def test_features_carry_the_lexicon_candidates_and_their_trigger_lemmas(pipeline):
    doc = parse(pipeline, "Soldiers shelled the village.")
    verb = next(t for t in doc if t.lower_ == "shelled")
    feats = raw_features(doc, [cand("ASSAULT", verb)], headline=False)
    assert "k:ASSAULT" in feats and "kt:ASSAULT|shell" in feats and "ks:ASSAULT|asserted" in feats
    assert "w:soldiers" in feats and "b:the village" in feats
    assert "k:none" in raw_features(doc, [])  # no candidate is itself a signal
    assert "k:ASSAULT" not in raw_features(doc, [cand("ASSAULT", verb)], groups=("words",))


def test_hashed_features_are_l2_normalised_and_stable():
    x = hashed(["w:a", "w:a", "w:b"], N)
    assert abs(sum(v * v for v in x.values()) - 1.0) < 1e-9
    assert x == hashed(["w:a", "w:b", "w:a"], N)


# ------------------------------------------------------------------------------------------ re-ranking
def test_rerank_keeps_the_preferred_type_and_lowers_the_other(pipeline):
    doc = parse(pipeline, "Police stopped the march.")
    verb = next(t for t in doc if t.lower_ == "stopped")
    noun = next(t for t in doc if t.lower_ == "march")
    a, b = cand("ASSAULT", verb, 0.9), cand("PROTEST", noun, 0.8)
    clf = toy({"PROTEST": {"w:march": 20.0}}, alpha=0.5)
    clf.rerank([(doc[:], False, [a, b])])
    assert b.salience == pytest.approx(0.8)          # best-supported type keeps its salience
    assert a.salience < 0.9 * 0.6                      # the other loses close to alpha of it
    assert a.salience >= 0.9 * 0.5


def test_rerank_with_alpha_zero_changes_nothing(pipeline):
    doc = parse(pipeline, "Police stopped the march.")
    verb = next(t for t in doc if t.lower_ == "stopped")
    a = cand("ASSAULT", verb, 0.9)
    toy({"PROTEST": {"w:march": 20.0}}, alpha=0.0).rerank([(doc[:], False, [a])])
    assert a.salience == 0.9


def test_stage_reranks_two_types_in_one_sentence(pipeline, stage, monkeypatch):
    text = "Soldiers fired on protesters during the demonstration."
    monkeypatch.setattr(stage, "classifier", None)
    events = pipeline.analyse(Article(text=text)).events
    before = top_event(events)
    others = [e.type for e in events if e.type != before.type and e.status == "asserted"]
    assert others, "the sentence should give the lexicon two asserted types"
    other = others[0]
    monkeypatch.setattr(stage, "classifier", toy({other: {"w:soldiers": 50.0}}, alpha=1.0, fallback=None,
                                                 labels=(before.type, other, NONE)))
    after = top_event(pipeline.analyse(Article(text=text)).events)
    assert after is not None and after.type == other


# ------------------------------------------------------------------------------------------ fallback
def test_propose_abstains_on_none_and_below_the_threshold(pipeline):
    doc = parse(pipeline, "Rebels tiptoed into the village.")
    coded = [(doc[:], False, [])]
    assert toy({"ASSAULT": {"w:tiptoed": 20.0}}).propose(coded)[1] == "ASSAULT"
    assert toy({NONE: {"w:tiptoed": 20.0}}).propose(coded) is None
    assert toy({"ASSAULT": {"w:tiptoed": 20.0}}, fallback=None).propose(coded) is None
    assert toy({}, fallback=0.3).propose(coded) is None  # uniform over 4 labels: 0.25 < 0.3


def test_fallback_adds_an_event_on_the_main_verb_when_the_lexicon_finds_none(pipeline, stage, monkeypatch):
    monkeypatch.setattr(stage, "classifier", None)
    assert not pipeline.analyse(Article(text="Rebels tiptoed into the village.")).events
    monkeypatch.setattr(stage, "classifier", toy({"ASSAULT": {"w:tiptoed": 20.0, "w:tiptoe": 20.0}}))
    events = pipeline.analyse(Article(text="Rebels tiptoed into the village.")).events
    assert [e.type for e in events] == ["ASSAULT"] and events[0].trigger.text == "tiptoed"
    assert events[0].status == "asserted" and events[0].actors
    # the coder's status reading applies to fallback events too: a negated verb is not an asserted event
    negated = pipeline.analyse(Article(text="Rebels did not tiptoe into the village.")).events
    assert negated and all(e.status == "negated" for e in negated)


def test_fallback_trigger_is_the_reported_clause_under_a_speech_verb(pipeline, stage, monkeypatch):
    monkeypatch.setattr(stage, "classifier", toy({"ASSAULT": {"w:tiptoed": 20.0}}))
    events = pipeline.analyse(Article(text="Witnesses said rebels tiptoed into the village.")).events
    assert [e.trigger.text for e in events if e.type == "ASSAULT"] == ["tiptoed"]


def test_fallback_needs_a_main_verb_and_a_confident_type(pipeline, stage, monkeypatch):
    monkeypatch.setattr(stage, "classifier", toy({"ASSAULT": {"w:village": 20.0}}))
    assert not pipeline.analyse(Article(text="A quiet village in the hills.")).events  # no verb to carry it
    monkeypatch.setattr(stage, "classifier", toy({NONE: {"w:tiptoed": 20.0}}))
    assert not pipeline.analyse(Article(text="Rebels tiptoed into the village.")).events


# ------------------------------------------------------------------------------------------ artefact
def test_shipped_artefact_loads_with_its_combination_settings():
    clf = load_classifier()
    assert clf is not None
    assert NONE in clf.labels and "ASSAULT" in clf.labels
    assert 0.0 < clf.alpha <= 1.0 and clf.fallback is not None and 0.0 < clf.fallback < 1.0
    assert "candidates" in clf.groups
