"""nlp.v1: a blank line or a headline's line break starts a sentence, so a headline is never parsed into the first
sentence of the body; a line break inside a sentence does not split it."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def sentences(pipeline_factory):
    pipeline = pipeline_factory("nlp")
    return lambda text: [s.text.strip() for s in pipeline.analyse(Article(text=text)).doc.sents]


@pytest.mark.parametrize("text, first", [
    ("Floods cut off mountain villages in northern valley\n\nLIMA, June 2 (AP) - Rescue teams reached three villages "
     "on Sunday after days of rain.", "Floods cut off mountain villages in northern valley"),
    ("Floods cut off mountain villages in northern valley\nLIMA, June 2 (AP) - Rescue teams reached three villages "
     "on Sunday after days of rain.", "Floods cut off mountain villages in northern valley"),
    ("By Maria Ortega\n\nThe port workers ended their strike on Friday after the company raised wages.",
     "By Maria Ortega"),
])
def test_a_headline_or_byline_line_is_a_sentence_of_its_own(sentences, text, first):
    assert sentences(text)[0] == first


def test_a_paragraph_break_ends_a_sentence_that_lacks_a_full_stop(sentences):
    text = "The council met for six hours without a vote\n\nOpposition members walked out before midnight."
    assert sentences(text) == ["The council met for six hours without a vote",
                               "Opposition members walked out before midnight."]


def test_a_single_line_break_after_a_lower_case_word_keeps_the_sentence(sentences):
    # a break before a lower-case word, or after a comma, continues the sentence
    text = "Rescue teams reached the villages on Sunday,\nafter days of rain had washed away the only road."
    assert len(sentences(text)) == 1


@pytest.mark.parametrize("title", ["Lt. Col.", "Brig. Gen.", "Supt.", "Sgt. Maj.", "Cmdr."])
def test_an_abbreviated_title_neither_splits_a_sentence_nor_a_name(sentences, title):
    assert len(sentences(f"{title} Hana Okoro said the convoy had left the base at dawn.")) == 1
