"""Metric functions of the `quotes` task on hand-built cases with hand-computed answers."""

from __future__ import annotations

import pytest

from eventwire.evaluate.tasks.quotes import (
    Counts,
    GoldQuote,
    SystemQuote,
    TokenIndex,
    cue_head,
    gold_quotes,
    jaccard,
    match,
    score_document,
)

# 0         1         2         3         4         5         6
# 0123456789012345678901234567890123456789012345678901234567890123
TEXT = '"We will win the vote," Smith said. Jones said the plan failed.'
Q1 = (0, 23)  # "We will win the vote,"
SMITH = (24, 29)
C2 = (47, 62)  # the plan failed
JONES = (36, 41)


def test_cue_head_finds_the_speech_word_after_auxiliaries():
    assert cue_head("said") == "said"
    assert cue_head("has said") == "said"
    assert cue_head("said in a statement") == "said"
    assert cue_head("According to") == "according"
    assert cue_head("thinks") is None
    assert cue_head(None) is None


def test_gold_quotes_keeps_speakered_attributions_with_fragments():
    record = {"quotes": [
        {"speaker": {"start": 24, "end": 29}, "cue": {"text": "said"}, "direct_heuristic": True,
         "content": {"start": 0, "end": 62, "fragments": [{"start": 0, "end": 23}, {"start": 48, "end": 62}]}},
        {"speaker": None, "cue": {"text": "reported"}, "direct_heuristic": False, "content": {"start": 48, "end": 62}},
        {"speaker": {"start": 36, "end": 41}, "cue": {"text": "thinks"}, "direct_heuristic": False,
         "content": {"start": 48, "end": 62}},
    ]}
    found = gold_quotes(record)
    assert len(found) == 2
    assert found[0].fragments == [(0, 23), (48, 62)]
    assert found[0].direct and found[0].speech
    assert not found[1].direct and not found[1].speech


def test_token_index_and_jaccard():
    index = TokenIndex(TEXT)
    words = index.tokens([Q1])  # We will win the vote
    assert len(words) == 5
    assert jaccard(words, index.tokens([(0, 9)])) == pytest.approx(2 / 5)  # We will
    assert jaccard(words, words) == 1.0
    assert jaccard(frozenset(), frozenset()) == 0.0


def test_match_requires_overlap_and_half_the_tokens():
    index = TokenIndex(TEXT)
    gold = [[Q1], [C2]]
    # system: the quote without its marks (5/5 tokens), and "the plan" (2 of 3 tokens -> 2/3 >= 0.5)
    assert match([[(1, 21)], [(47, 55)]], gold, index) == [(0, 0), (1, 1)]
    # "We" alone: 1/5 < 0.5 -> no pair
    assert match([[(1, 3)]], gold, index) == []
    # one-to-one: two system quotes on the same gold, the one sharing more characters wins
    assert match([[(1, 12)], [(0, 23)]], [[Q1]], index) == [(1, 0)]


def test_score_document_direct_and_speech_subsets():
    index = TokenIndex(TEXT)
    gold = [
        GoldQuote(fragments=[Q1], speaker=SMITH, direct=True, speech=True),
        GoldQuote(fragments=[C2], speaker=JONES, direct=False, speech=True),
    ]
    system = [
        SystemQuote(fragments=[Q1], speaker_spans=[SMITH]),  # right content, right speaker
        SystemQuote(fragments=[C2], speaker_spans=[SMITH]),  # right content, wrong speaker
        SystemQuote(fragments=[(30, 34)], speaker_spans=[]),  # "said": nothing in gold
    ]
    direct = score_document(system, gold, TEXT, "direct", index)
    # direct: 1 gold; the quote on C2 matches a gold outside the subset and is left out of precision
    assert (direct.n_system, direct.n_gold, direct.matched, direct.speaker_ok) == (2, 1, 1, 1)
    speech = score_document(system, gold, TEXT, "speech", index)
    assert (speech.n_system, speech.n_gold, speech.matched, speech.speaker_ok) == (3, 2, 2, 1)
    m = speech.metrics()
    assert m["content_precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["content_recall"] == 1.0
    assert m["content_f1"] == pytest.approx(0.8)
    assert m["attributed_precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert m["attributed_recall"] == 0.5
    assert m["attributed_f1"] == pytest.approx(0.4)
    assert m["speaker_accuracy"] == 0.5


def test_fragments_are_scored_as_pieces():
    text = '"We will win," Smith said, "and then we rest."'
    index = TokenIndex(text)
    gold = [GoldQuote(fragments=[(0, 14), (27, 46)], speaker=(15, 20), direct=True, speech=True)]
    # the covering extent holds "Smith said" too: 7 tokens shared of 9 -> 0.78, a match
    covering = SystemQuote(fragments=[(0, 46)], speaker_spans=[(15, 20)])
    assert score_document([covering], gold, text, "direct", index).speaker_ok == 1
    # only the first piece: 3 of 7 tokens -> 0.43, no match
    first = SystemQuote(fragments=[(0, 14)], speaker_spans=[(15, 20)])
    assert score_document([first], gold, text, "direct", index).matched == 0


def test_counts_add_pools_documents():
    total = Counts()
    total.add(Counts(n_system=2, n_gold=1, matched=1, speaker_ok=1))
    total.add(Counts(n_system=1, n_gold=3, matched=1, speaker_ok=0))
    m = total.metrics()
    assert m["content_precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["content_recall"] == 0.5
    assert m["attributed_recall"] == 0.25
    assert m["speaker_accuracy"] == 0.5
    assert Counts().metrics()["attributed_f1"] == 0.0
