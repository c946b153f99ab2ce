"""times.v1 on the lean parse it declares (tags, heads, labels: no NER, attribute ruler or lemmatizer) and on the
full spaCy parse: the same values both ways. Hand-written sentences; reference date Wednesday 2019-06-12."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.document import Article
from eventwire.pipeline import Pipeline
from eventwire.stages.times.tense import is_adverb, is_verb, lemmas

REF = "2019-06-12"


@pytest.fixture(scope="module", params=["lean", "full"])
def pipeline(request):
    p = Pipeline(stages=["times"])
    nlp_stage = next(s for s in p.stages if s.part == "nlp")
    if request.param == "full":
        nlp_stage.needs_of_stages = None  # what the stage reads inside the full eventwire pipeline
    nlp_stage.ensure_ready()
    assert ("ner" in nlp_stage.components) == (request.param == "full")
    return p


def found(pipeline, text: str, published: str = REF) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in pipeline.analyse(Article(text=text, published=published)).times]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy will arrive on Friday.", ("Friday", "2019-06-14")),        # will: forward
        ("The envoy arrived on Friday.", ("Friday", "2019-06-07")),            # past tense: back
        ("The hearing is scheduled for Monday.", ("Monday", "2019-06-17")),    # scheduling verb (lemma)
        ("The vote is expected on Thursday.", ("Thursday", "2019-06-13")),     # expectation cue (lemma)
        ("The mayor says the bridge opened in March.", ("March", "2019-03")),
        ("The board hopes to meet in August.", ("August", "2019-08")),         # infinitive after a cue verb
        ("The firm is planning to list its shares in October.", ("October", "2019-10")),
    ],
)
def test_tense_direction_from_either_parse(pipeline, text, expected):
    assert found(pipeline, text) == [expected]


def test_year_before_a_reporting_noun_is_a_date(pipeline):
    # the parse reads "1995" as a number modifying "earnings"; a year modifies such nouns, it does not count them
    assert found(pipeline, "Brokers expect 1995 Acme earnings to fall.", "1994-11-02") == [("1995", "1995")]


def test_year_counting_a_plural_noun_is_dropped(pipeline):
    assert found(pipeline, "In 2017, 1800 workers went on strike.") == [("2017", "2017")]


# --- the fallbacks read when spaCy's attribute ruler and lemmatizer did not run --------------------------------


_VOCAB = spacy.blank("en").vocab


def _doc(words, tags, pos=None, lemmas_=None):
    return Doc(_VOCAB, words=words, tags=tags, pos=pos, lemmas=lemmas_)


def test_verb_and_adverb_from_the_penn_tag_without_coarse_pos():
    d = _doc(["They", "will", "meet", "weekly", "and", "talked", "daily"], ["PRP", "MD", "VB", "RB", "CC", "VBD", "JJ"])
    assert [is_verb(t) for t in d] == [False, True, True, False, False, True, False]
    assert [is_adverb(t) for t in d] == [False, False, False, True, False, False, False]


def test_coarse_pos_wins_when_present():
    d = _doc(["set"], ["VBN"], pos=["ADJ"])
    assert not is_verb(d[0])


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("scheduled", "schedule"), ("planned", "plan"), ("expects", "expect"), ("hoping", "hope"),
     ("prepares", "prepare"), ("setting", "set"), ("tries", "try"), ("says", "say"), ("aimed", "aim")],
)
def test_lemma_candidates_without_the_lemmatizer(word, lemma):
    assert lemma in lemmas(_doc([word], ["VB"])[0])


def test_lemmatizer_lemma_is_used_when_present():
    assert lemmas(_doc(["said"], ["VBD"], lemmas_=["say"])[0]) == {"say"}


# --- month with a relative year; possessive days and months (dev error analysis, hand-written sentences) -------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The members will join in April next year.", "2019-06-12", [("April", "2020-04")]),
        ("The House approved it in early October this year.", "2019-11-02", [("early October", "2019-10")]),
        ("The plant closed on May 5 last year.", "2019-06-12", [("May 5", "2018-05-05")]),
        ("Talks resumed in March, next year they end.", "2019-06-12", [("March", "2019-03"), ("next year", "2020")]),
    ],
)
def test_month_takes_the_year_that_follows_it(pipeline, text, published, expected):
    assert found(pipeline, text, published) == expected


def test_month_with_relative_year_and_no_reference_date_is_one_unresolved_expression():
    from eventwire.stages.times import tag

    assert [(t.text, t.value) for t in tag("They will join in April next year.", None)] == [("April", None)]


def test_possessive_month_and_yesterday_are_dates(pipeline):
    assert found(pipeline, "Analysts revised November's figures.", "2019-01-10") == [("November", "2018-11")]
    assert found(pipeline, "Investors shrugged off yesterday's announcement.") == [("yesterday", "2019-06-11")]
    # generic "today's" stays out
    assert found(pipeline, "It is a lesson for today's youth.") == []


def test_quarter_just_ended_in_a_future_clause(pipeline):
    assert found(pipeline, "The bank will report a loss for the third quarter.", "2009-10-20") == [
        ("the third quarter", "2009-Q3")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose in the third quarter of the fiscal year 1990.", ("the third quarter of the fiscal year 1990", "1990-Q3")),
        ("It will take approximately the next twenty-five years.", ("approximately the next twenty-five years", "P25Y")),
    ],
)
def test_long_expressions_fit_the_trigger_windows(text, expected):
    """Rules run only in windows around trigger words; the longest expressions must still be found whole."""
    from eventwire.stages.times import tag

    assert [(t.text, t.value) for t in tag(text, "1991-03-01")] == [expected]


def test_text_whose_lower_case_changes_length_keeps_offsets():
    """Triggers search the lower-cased text; "İ" lower-cases to two characters, so such a text is searched as is."""
    from eventwire.stages.times import tag

    text = "İstanbul police said on Friday that 20 people were held in March."
    assert len(text.lower()) != len(text)
    assert [(t.text, t.value) for t in tag(text, "2019-06-12")] == [("Friday", "2019-06-07"), ("March", "2019-03")]
