"""framing.v1: voices, technique patterns, opinion pairs, stance signs, and the stage's output."""

from __future__ import annotations

import pytest

from eventwire.document import Analysis, Article
from eventwire.stages.framing import label_spans, predict_spans, voices_of
from eventwire.stages.framing.features import DocFeatures
from eventwire.stages.framing.lexicons import CATEGORIES, load_lexicon
from eventwire.stages.framing.opinion import opinion_score
from eventwire.stages.framing.stance import actor_stances

from ..framing_cases import OPINION_PAIRS, STANCE_CASES


@pytest.fixture(scope="module")
def nlp_pipeline(pipeline_factory):
    return pipeline_factory("nlp")


@pytest.fixture(scope="module")
def analyse(nlp_pipeline):
    def run(text: str, **shared) -> Analysis:
        analysis = nlp_pipeline.analyse(Article(text=text))
        analysis.shared.update(shared)
        return analysis

    return run


# ----- lexicons and patterns ---------------------------------------------------------------------------------

def test_every_lexicon_file_loads():
    lex = load_lexicon()
    for cat in CATEGORIES:
        assert lex.words[cat] or lex.phrases[cat], cat
    assert "utterly" in lex.words["intensifiers"]
    assert ("make", "america", "great", "again") in lex.phrases["slogans"]


def test_scare_quotes_and_long_quotes(analyse):
    a = analyse('The "peaceful" protesters burned cars. He said: "We will not stop marching until the law changes."')
    df = DocFeatures(a.doc)
    marks = {df.text[i]: df.in_quote[i] for i in range(len(df.text))}
    assert marks["peaceful"] == 2  # scare quote: short quoted stretch
    assert marks["marching"] == 1  # an ordinary quotation
    assert marks["burned"] == 0


def test_rhetorical_question_and_exclamation_sentence_features(analyse):
    df = DocFeatures(analyse("Who will pay for this? Nobody knows! The budget passed.").doc)
    assert "s_q" in df.sent_feats[0]
    assert "s_ex" in df.sent_feats[1]
    assert "s_q" not in df.sent_feats[2] and "s_ex" not in df.sent_feats[2]


def test_repetition_across_the_article(analyse):
    df = DocFeatures(analyse("The deep state lies. The deep state hides. Trust nobody in the deep state.").doc)
    deep = [i for i, w in enumerate(df.lower) if w == "deep"]
    assert all(df.in_rep_bigram[i] for i in deep)
    assert df.lemma_count["state"] == 3
    feats = df.span_features(*_find(df, "deep state"))
    assert "srep=2" in feats  # three occurrences: bucket (2, 3, 5) -> index 2


def test_span_root_features_tell_a_noun_label_from_a_verb_phrase(analyse):
    df = DocFeatures(analyse("Those spineless cowards quietly abandoned the harbour workers.").doc)
    label = df.span_features(*_find(df, "spineless cowards"))
    assert "rp=NOUN" in label and "nroots=1" in label  # one root, the noun the adjective hangs on
    action = df.span_root_features(*df.tokens_in(*_find(df, "quietly abandoned")))
    assert "rp=VERB" in action and "rd=ROOT" in action


def test_span_dense_is_the_mean_glove_vector_of_the_span(analyse):
    import numpy as np

    from eventwire.stages.events.classifier import load_vectors

    vectors = load_vectors()
    df = DocFeatures(analyse("The senator called the plan shameful and cruel.").doc)
    dense = df.span_dense(*_find(df, "shameful and cruel"))
    want = np.mean([vectors.matrix[vectors.index[w]].astype(np.float32) for w in ("shameful", "and", "cruel")],
                   axis=0)
    assert dense.shape == (50,) and np.allclose(dense, want, atol=1e-3)
    period = df.text.index(".")
    assert not df.span_dense(df.idx[period], df.end[period]).any()  # punctuation only: no known word


def test_token_dense_is_the_glove_vector_of_the_token_and_its_neighbours(analyse):
    import numpy as np

    from eventwire.stages.events.classifier import load_vectors

    vectors = load_vectors()
    vec = lambda w: vectors.matrix[vectors.index[w]].astype(np.float32)  # noqa: E731
    df = DocFeatures(analyse("The mayor praised the bold harbour plan.").doc)
    dense = df.token_dense()
    assert dense.shape == (len(df.lower), 150)
    bold = df.lower.index("bold")
    assert np.allclose(dense[bold, :50], vec("bold"), atol=1e-3)
    assert np.allclose(dense[bold, 50:100], (vec("the") + vec("harbour")) / 2, atol=1e-3)
    period = df.text.index(".")
    assert not dense[period, :50].any()  # punctuation has no vector of its own
    assert np.allclose(dense[period, 50:100], vec("plan"), atol=1e-3)  # the one neighbour with a vector
    # The window block: the known words within 3 tokens of "bold", the token included.
    window = ("mayor", "praise", "the", "bold", "harbour", "plan")  # looked up by lemma
    assert np.allclose(dense[bold, 100:], np.mean([vec(w) for w in window], axis=0), atol=1e-3)
    assert np.allclose(dense[period, 100:], np.mean([vec(w) for w in window[3:]], axis=0), atol=1e-3)


def test_lexicon_phrases_mark_tokens(analyse):
    df = DocFeatures(analyse("They chanted Make America Great Again and lock her up all night.").doc)
    i = df.lower.index("great")
    assert "slogans" in df.cats[i]
    assert "slogans" in df.cats[df.lower.index("lock")]
    assert "intensifiers" in df.cats[df.lower.index("all")]


def _find(df: DocFeatures, phrase: str) -> tuple[int, int]:
    text = df.doc.text
    start = text.index(phrase)
    return start, start + len(phrase)


# ----- voices -----------------------------------------------------------------------------------------------

def test_voices_default_to_author_and_follow_shared(analyse):
    text = 'The minister said "we will win" today.'
    assert voices_of(analyse(text)) == [(0, len(text), "author")]
    given = [(0, 18, "author"), (18, 31, "quoted"), (31, len(text), "author")]
    assert voices_of(analyse(text, voices=given)) == given


# ----- techniques -------------------------------------------------------------------------------------------

def test_predicted_spans_and_labels(analyse):
    text = ("The corrupt, treacherous elites have betrayed our great nation. These disgusting traitors and their "
            "fake news propaganda must be stopped before they destroy everything we love!")
    a = analyse(text)
    spans = predict_spans(a)
    assert spans, "a loaded paragraph yields technique spans"
    for g in spans:
        assert 0 <= g.start < g.end <= len(text) and 0.0 <= g.score <= 1.0
    start = text.index("disgusting traitors")
    labels = label_spans(a, [(start, start + len("disgusting traitors")), (start, start + len("disgusting traitors"))])
    assert labels[0] in {"Name_Calling,Labeling", "Loaded_Language"}
    assert labels[0] != labels[1]  # a span given twice gets two different techniques
    assert label_spans(text, [(start, start + 19)])[0] == labels[0]  # plain text works too


def test_neutral_sentence_has_few_techniques(analyse):
    a = analyse("The committee met on Tuesday in Brussels. It will meet again in March, a spokesman said.")
    assert len(predict_spans(a)) <= 1


# ----- opinion ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("neutral,commentary", OPINION_PAIRS, ids=[f"pair{n}" for n in range(len(OPINION_PAIRS))])
def test_opinion_pairs(analyse, neutral, commentary):
    scores = []
    for text in (neutral, commentary):
        a = analyse(text)
        df = DocFeatures(a.doc)
        scores.append(opinion_score(df, voices_of(a), []).score)
    low, high = scores
    assert low < 0.35, f"neutral report scored {low}"
    assert high > 0.6, f"commentary scored {high}"
    assert high - low > 0.3


def test_quoted_opinion_does_not_make_the_author_opinionated(analyse):
    text = ('The minister spoke on Monday. "These disgusting, treacherous thugs are destroying our great nation!" '
            'she said.')
    start, end = text.index('"'), text.rindex('"') + 1
    a = analyse(text, voices=[(0, start, "author"), (start, end, "quoted"), (end, len(text), "author")])
    df = DocFeatures(a.doc)
    quoted_aware = opinion_score(df, voices_of(a), []).score
    all_author = opinion_score(df, [(0, len(text), "author")], []).score
    assert quoted_aware < 0.35 < all_author


# ----- stance -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name,sign", STANCE_CASES, ids=[f"stance{n}" for n in range(len(STANCE_CASES))])
def test_stance_sign(analyse, text, name, sign):
    start = text.index(name)
    a = analyse(text, actor_spans=[(start, start + len(name), "A1")])
    result = dict(actor_stances(a, DocFeatures(a.doc), voices_of(a)))
    assert "A1" in result
    assert result["A1"] * sign > 0.05, f"{name}: {result['A1']}"
    assert -1.0 <= result["A1"] <= 1.0


def test_stance_ignores_quoted_mentions_and_aggregates(analyse):
    text = 'The mayor praised Jones. "Jones is a vile crook," said Brown. Jones opened a wonderful new school.'
    q0, q1 = text.index('"'), text.index('"', text.index('"') + 1) + 1
    spans = [(m, m + 5, "A1") for m in (text.index("Jones"), text.index("Jones", q0), text.rindex("Jones"))]
    a = analyse(text, actor_spans=spans, voices=[(0, q0, "author"), (q0, q1, "quoted"), (q1, len(text), "author")])
    result = dict(actor_stances(a, DocFeatures(a.doc), voices_of(a)))
    assert result["A1"] > 0


# ----- the stage ---------------------------------------------------------------------------------------------

def test_stage_output_is_a_valid_framing(pipeline_factory):
    pipeline = pipeline_factory("actors", "quotes", "framing")
    text = ("Opinion: We must stop the reckless, corrupt regime of Ivanov before it destroys us all. "
            "Why does nobody act?")
    record = pipeline.run(text)
    framing = record.framing
    assert framing is not None
    assert 0.0 <= framing.opinion <= 1.0 and framing.opinion > 0.5
    assert framing.voices and framing.voices[0].voice == "author"
    for t in framing.techniques:
        assert text[t.start:t.end] == t.text
    for s in framing.stance:
        assert -1.0 <= s.score <= 1.0


# ----- decoding and the artifact format ----------------------------------------------------------------------

def test_decode_spans_runs_hysteresis_and_trimming(analyse):
    import numpy as np

    from eventwire.stages.framing.techniques import decode_spans

    text = "Alpha beta gamma delta. Epsilon zeta."
    df = DocFeatures(analyse(text).doc)
    assert df.text == ["Alpha", "beta", "gamma", "delta", ".", "Epsilon", "zeta", "."]
    proba = np.array([0.1, 0.5, 0.2, 0.05, 0.9, 0.6, 0.1, 0.0])
    spans = decode_spans(df, proba, {"hi": 0.4, "lo": 0.15, "min_chars": 3})
    # "beta gamma": a run >= lo reaching hi; the lone "." reaches hi but is trimmed away; "Epsilon" alone.
    assert [text[g.start:g.end] for g in spans] == ["beta gamma", "Epsilon"]
    assert spans[0].score == pytest.approx(0.35)


def test_model_round_trip(tmp_path):
    import numpy as np

    from eventwire.stages.framing.model import LinearHead, TechniqueModel

    si = LinearHead(features={"w=bad": 0, "lex=loaded": 1}, weights=np.array([[2.0], [1.0]], dtype=np.float32),
                    intercept=np.array([-1.0], dtype=np.float32))
    tc = LinearHead(features={"sw=\n": 0}, weights=np.array([[1.0, -1.0]], dtype=np.float32),
                    intercept=np.zeros(2, dtype=np.float32))
    model = TechniqueModel(si=si, tc=tc, labels=("Doubt", "Slogans"), params={"hi": 0.4})
    model.save(tmp_path / "m.npz")
    back = TechniqueModel.load(tmp_path / "m.npz")
    rows = [["w=bad", "lex=loaded", "unknown"], ["nothing"]]
    assert np.allclose(back.si_proba(rows), 1 / (1 + np.exp(-np.array([2.0, -1.0]))))
    assert back.tc_proba([["sw=\n"]])[0].argmax() == 0  # feature names may contain any character
    assert back.labels == ("Doubt", "Slogans") and back.params == {"hi": 0.4}


def test_training_splits_are_deterministic():
    from eventwire.stages.framing.training import cv_folds, internal_split

    ids = [f"ptc-{n}" for n in range(50)]
    assert internal_split(ids) == internal_split(ids)
    train, held = internal_split(ids)
    assert sorted(train + held) == list(range(50)) and 0 < len(held) < 25
    assert cv_folds(6, 3) == [[0, 3], [1, 4], [2, 5]]
