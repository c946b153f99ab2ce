"""events stage's type classifier: features, re-ranking of lexicon candidates, the no-trigger fallback, artefact."""

from __future__ import annotations

import zlib

import numpy as np
import pytest

from eventwire.document import Article
from eventwire.stages.events import top_event
from eventwire.stages.events.classifier import (
    NONE,
    TypeClassifier,
    WordVectors,
    dense_features,
    featurize,
    hashed,
    load_classifier,
    load_vectors,
    predicates,
    raw_features,
)
from eventwire.stages.events.coder import Candidate

N = 2**10


def toy(weights: dict[str, dict[str, float]], *, alpha: float = 0.5, fallback: float | None = 0.3,
        labels=("ASSAULT", "PROTEST", "AGREE", NONE), abstain: float | None = None) -> TypeClassifier:
    """A classifier with hand-set weights on named features (hashed like the real ones)."""
    hashed_w = {label: {zlib.crc32(f.encode("utf-8")) % N: w for f, w in weights.get(label, {}).items()}
                for label in labels}
    return TypeClassifier(list(labels), N, hashed_w, {label: 0.0 for label in labels}, alpha=alpha,
                          groups=("words", "candidates"), fallback=fallback, abstain=abstain)


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


def test_frame_features_name_the_predicate_its_object_and_their_entity_types(pipeline):
    doc = parse(pipeline, "Witnesses said the rebels stormed the compound near Kabul.")
    assert {t.lemma_ for t in predicates(doc)} >= {"say", "storm"}  # the clause a reporting verb introduces
    feats = raw_features(doc, groups=("frame",))
    assert "v:storm" in feats and "vo:storm|compound" in feats
    assert "vp:storm|near" not in feats or "vpo:storm|near|kabul" in feats  # a preposition keeps its object
    assert not any(f.startswith(("w:", "k:")) for f in feats)


def test_open_complement_is_part_of_the_frame(pipeline):
    doc = parse(pipeline, "The government agreed to release the prisoners.")
    feats = raw_features(doc, groups=("frame",))
    assert "vx:agree|release" in feats and "v:release" in feats


def toy_vectors() -> WordVectors:
    words = ["storm", "attack", "village", "sign"]
    matrix = np.array([[1.0, 0.0, 0.0], [0.8, 0.6, 0.0], [0.0, 0.0, 2.0], [0.0, 1.0, 0.0]], dtype=np.float16)
    return WordVectors(words, matrix)


def test_dense_blocks_are_unit_means_of_predicates_objects_and_content_words(pipeline):
    doc = parse(pipeline, "Rebels stormed the village.")
    blocks = dense_features(doc, toy_vectors())
    assert blocks[0] == pytest.approx([1.0, 0.0, 0.0])          # predicate "storm"
    assert blocks[1] == pytest.approx([0.0, 0.0, 1.0])          # object "village", unit length
    # content words: mean of storm [1, 0, 0] and village [0, 0, 2] ("rebel" is unknown), then unit length
    assert blocks[2] == pytest.approx([1 / 5 ** 0.5, 0.0, 2 / 5 ** 0.5], abs=1e-3)
    assert dense_features(parse(pipeline, "Nobody knew."), toy_vectors()) == {}  # no known word: no block
    assert dense_features(doc, None) == {}


def test_featurize_puts_vector_blocks_above_the_hashed_buckets(pipeline):
    doc = parse(pipeline, "Rebels stormed the village.")
    x = featurize(doc, groups=("words", "vectors"), n_features=N, vectors=toy_vectors(), dense_scale=0.5, dim=3)
    assert x[N] == pytest.approx(0.5) and x[N + 5] == pytest.approx(0.5)  # block 0 dim 0, block 1 dim 2
    assert all(k < N for k in featurize(doc, groups=("words",), n_features=N, vectors=toy_vectors(),
                                        dense_scale=0.5, dim=3))


def test_shipped_word_vectors_place_related_words_together():
    vectors = load_vectors()
    assert vectors is not None and vectors.dim == 50

    def vec(word):
        v = vectors.matrix[vectors.index[word]].astype(np.float32)
        return v / np.linalg.norm(v)

    assert float(vec("attack") @ vec("assault")) > float(vec("attack") @ vec("agree"))
    assert float(vec("protest") @ vec("demonstration")) > float(vec("protest") @ vec("bomb"))


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


def test_rerank_leaves_derived_candidates_alone(pipeline):
    # "said" carries the derived ACCUSE read from the reported attack: the same words, no evidence either way
    doc = parse(pipeline, "Russia said Ukraine attacked its border posts.")
    said = next(t for t in doc if t.lower_ == "said")
    attacked = next(t for t in doc if t.lower_ == "attacked")
    accuse, assault = cand("ACCUSE", said, 0.9), cand("ASSAULT", attacked, 0.8)
    accuse.kind = "derived"
    toy({"ASSAULT": {"w:attacked": 20.0}}, alpha=0.5).rerank([(doc[:], False, [accuse, assault])])
    assert accuse.salience == pytest.approx(0.9) and assault.salience == pytest.approx(0.8)


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


def test_fallback_also_fires_when_the_lexicon_finds_only_unasserted_events(pipeline, stage, monkeypatch):
    text = "Rebels tiptoed into the village and may attack the police station."
    monkeypatch.setattr(stage, "classifier", None)
    before = pipeline.analyse(Article(text=text)).events
    assert before and not any(e.status == "asserted" for e in before)
    monkeypatch.setattr(stage, "classifier", toy({"ASSAULT": {"w:tiptoed": 20.0}}, alpha=0.0))
    events = pipeline.analyse(Article(text=text)).events
    assert [e.trigger.text for e in events if e.status == "asserted"] == ["tiptoed"]


def test_fallback_leaves_a_lexicon_trigger_read_as_negated_alone(pipeline, stage, monkeypatch):
    text = "Rebels did not attack the village."
    monkeypatch.setattr(stage, "classifier", toy({"ASSAULT": {"w:attack": 20.0, "w:rebels": 20.0}}, alpha=0.0))
    events = pipeline.analyse(Article(text=text)).events
    assert events and not any(e.status == "asserted" for e in events)
    assert len([e for e in events if e.trigger.text == "attack"]) == 1  # no second event on the same verb


def test_fallback_leaves_a_verb_the_lexicon_knows_alone(pipeline, stage, monkeypatch):
    # "He kicked off the campaign": the lexicon has entries for the verb and none matched; the classifier's
    # guess must not overrule that. Here the lexicon is given an (empty) entry list for "tiptoe".
    monkeypatch.setattr(stage, "classifier", toy({"ASSAULT": {"w:tiptoed": 20.0}}))
    assert pipeline.analyse(Article(text="Rebels tiptoed into the village.")).events
    monkeypatch.setitem(stage.lexicon.verbs, "tiptoe", [])
    assert not pipeline.analyse(Article(text="Rebels tiptoed into the village.")).events


def test_fallback_trigger_is_the_reported_clause_under_a_speech_verb(pipeline, stage, monkeypatch):
    monkeypatch.setattr(stage, "classifier", toy({"ASSAULT": {"w:tiptoed": 20.0}}))
    events = pipeline.analyse(Article(text="Witnesses said rebels tiptoed into the village.")).events
    assert [e.trigger.text for e in events if e.type == "ASSAULT"] == ["tiptoed"]


def test_fallback_needs_a_main_verb_and_a_confident_type(pipeline, stage, monkeypatch):
    monkeypatch.setattr(stage, "classifier", toy({"ASSAULT": {"w:village": 20.0}}))
    assert not pipeline.analyse(Article(text="A quiet village in the hills.")).events  # no verb to carry it
    monkeypatch.setattr(stage, "classifier", toy({NONE: {"w:tiptoed": 20.0}}))
    assert not pipeline.analyse(Article(text="Rebels tiptoed into the village.")).events


# ------------------------------------------------------------------------------------------ abstention
def test_stage_drops_lexicon_events_when_the_classifier_is_sure_there_is_no_plover_event(pipeline, stage,
                                                                                       monkeypatch):
    # a robbery: the lexicon reads "killed" as an assault (an earthquake would no longer do: natural harm is no
    # assault for the coder itself)
    text = "A robber killed two shopkeepers in the region."
    monkeypatch.setattr(stage, "classifier", None)
    assert pipeline.analyse(Article(text=text)).events, "the lexicon reads 'killed' as an event"
    sure = toy({NONE: {"w:robber": 20.0}}, alpha=0.0, fallback=None, abstain=0.7)
    monkeypatch.setattr(stage, "classifier", sure)
    assert not pipeline.analyse(Article(text=text)).events
    unsure = toy({NONE: {"w:robber": 1.0}}, alpha=0.0, fallback=None, abstain=0.7)  # p(NONE) < 0.7
    monkeypatch.setattr(stage, "classifier", unsure)
    assert pipeline.analyse(Article(text=text)).events
    off = toy({NONE: {"w:robber": 20.0}}, alpha=0.0, fallback=None, abstain=None)
    monkeypatch.setattr(stage, "classifier", off)
    assert pipeline.analyse(Article(text=text)).events


# ------------------------------------------------------------------------------------------ artefact
def test_shipped_artefact_loads_with_its_combination_settings():
    clf = load_classifier()
    assert clf is not None
    assert NONE in clf.labels and "ASSAULT" in clf.labels
    assert 0.0 < clf.alpha <= 1.0 and clf.fallback is not None and 0.0 < clf.fallback < 1.0
    assert "candidates" in clf.groups
    assert "vectors" not in clf.groups or (clf.vectors is not None and clf.dense_scale > 0)
    assert clf.abstain is None or 0.5 <= clf.abstain < 1.0


# ------------------------------------------------------------------------------------------ planned acts
# A verb of plan, schedule, expectation or intention announces an act that has not happened: the fallback on it
# carries the planned act's status (future), or gives way to the lexicon's own event for the planned act.
PLANNED = [
    "The rebels are expected to tiptoe into the village.",
    "The rebels are scheduled to tiptoe into the village.",
    "The rebels plan to tiptoe into the village.",
    "The rebels intend to tiptoe into the village.",
]


@pytest.mark.parametrize("text", PLANNED)
def test_fallback_on_a_verb_of_planning_is_future(pipeline, stage, monkeypatch, text):
    monkeypatch.setattr(stage, "classifier", toy({"ASSAULT": {"w:tiptoe": 20.0, "w:rebels": 20.0}}, alpha=0.0))
    events = pipeline.analyse(Article(text=text)).events
    assert events, "the fallback should code the planned act"
    assert not any(e.status == "asserted" for e in events)
    assert any(e.type == "ASSAULT" and e.status == "future" for e in events)


def test_fallback_gives_way_to_the_planned_act_the_lexicon_coded(pipeline, stage, monkeypatch):
    text = "The foreign minister is scheduled to hold talks in Oslo."
    monkeypatch.setattr(stage, "classifier", toy({"ASSAULT": {"w:scheduled": 20.0, "w:minister": 20.0}},
                                                 alpha=0.0))
    events = pipeline.analyse(Article(text=text)).events
    assert any(e.status == "future" and "talks" in e.trigger.text for e in events)
    assert not any("scheduled" in s.text for e in events for s in e.triggers)
    assert not any(e.status == "asserted" for e in events)


def test_fallback_on_a_verb_that_announces_nothing_stays_asserted(pipeline, stage, monkeypatch):
    # "set" is a verb of planning only when it governs the planned act ("is set to meet"); here it is the act
    text = "The rebels set the granary alight."
    monkeypatch.setattr(stage, "classifier", toy({"ASSAULT": {"w:set": 20.0, "w:rebels": 20.0}}, alpha=0.0))
    events = pipeline.analyse(Article(text=text)).events
    assert any(e.status == "asserted" for e in events)
