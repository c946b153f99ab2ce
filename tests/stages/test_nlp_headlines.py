"""nlp.v1 and eventwire.headlines: a Title-Case headline is parsed re-cased as a sentence, offsets unchanged
(hand-built headlines and bodies)."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.headlines import (
    headline_span,
    headline_verb,
    past_tense,
    sentence_case,
    sentence_cased_text,
    sentence_cased_title,
)


def test_title_case_first_line_is_a_headline():
    text = "Rebels Seize Hilltop Village After Long Siege\nRebels seized the village on Monday."
    assert headline_span(text) == (0, text.index("\n"))


@pytest.mark.parametrize("text", [
    "Rebels seize hilltop village after long siege\nRebels seized the village on Monday.",  # sentence case
    "Rebels Seize Hilltop Village After Long Siege",  # no body after it
    "Rebels Seized The Village On Monday, Officials Said.\nMore text.",  # a sentence with a final stop
    "REBELS SEIZE HILLTOP VILLAGE\nRebels seized the village on Monday.",  # all capitals: another style
])
def test_other_first_lines_are_no_title_case_headline(text):
    assert headline_span(text) is None
    assert sentence_cased_text(text) == text


def test_words_the_body_writes_in_lower_case_are_lower_cased():
    body = "\nThe rebels seized the hilltop village after a long siege, officials said."
    assert sentence_case("Rebels Seize Hilltop Village After Long Siege", body=body) == \
        "Rebels seize hilltop village after long siege"


def test_names_written_capitalised_in_the_body_keep_their_capital():
    body = "\nForeign minister Tomas Varga met Alma Brenn in Ostrava on Tuesday for their first meeting."
    assert sentence_case("Varga Meets Brenn In Ostrava", body=body) == "Varga meets Brenn in Ostrava"


def test_acronyms_and_kb_names_keep_their_capital():
    # "NATO" has capitals past its first letter; "Russia" is a state the actor KB knows, though the body
    # does not name it
    body = "\nThe alliance issued a warning to Moscow on Friday."
    assert sentence_case("NATO Warns Russia Over Drills", body=body) == "NATO warns Russia over drills"


def test_line_sharing_no_common_word_with_the_body_is_left_alone():
    # a byline: its names are in no dictionary and the body does not repeat them
    body = "\nThe rebels seized the hilltop village after a long siege, officials said."
    assert sentence_case("By Hanna Oduya, Regional Correspondent", body=body) == \
        "By Hanna Oduya, Regional Correspondent"


def test_recased_copy_keeps_length():
    text = "Crowds Gather In İstanbul Square\nCrowds gathered in the square."
    assert len(sentence_cased_text(text)) == len(text)


def test_title_given_apart_is_recased_against_the_body():
    body = "Police arrested three men in the harbour district on Sunday."
    assert sentence_cased_title("Police Arrest Three Men In Harbour District", body=body) == \
        "Police arrest three men in harbour district"
    assert sentence_cased_title("Police arrest three men", body=body) == "Police arrest three men"


@pytest.fixture(scope="module")
def nlp_pipeline(pipeline_factory):
    return pipeline_factory()


def test_parse_of_title_case_headline_has_its_verb_and_original_text(nlp_pipeline):
    text = "Militants Kidnap Aid Workers Near Border\nMilitants kidnapped four aid workers near the border."
    doc = nlp_pipeline.analyse(Article(text=text)).doc
    assert doc.text == text  # the parse lies over the text as given, capitals and all
    kidnap = next(t for t in doc if t.idx == text.index("Kidnap"))
    assert kidnap.text == "Kidnap" and kidnap.pos_ == "VERB"
    militants = doc[0]
    assert militants.dep_ == "nsubj" and militants.head.i == kidnap.i


def test_hard_wrapped_text_with_title_case_headline_keeps_offsets(nlp_pipeline):
    line = "Militants kidnapped four aid workers near the border town on Saturday morning, the"
    text = ("Militants Kidnap Aid Workers Near Border\n" + "\n".join([line] * 4) + " officials said.")
    doc = nlp_pipeline.analyse(Article(text=text)).doc
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
    assert doc[1].text == "Kidnap" and doc[1].pos_ == "VERB"


# A telegraphic headline the tagger reads as one noun phrase: the word that is its verb, by form and position.
VERBS = frozenset({"fire", "jail", "back", "test-fire", "attack", "talk", "push"})


@pytest.mark.parametrize("tokens,expected", [
    ([("Wardens", "NNS"), ("fire", "NN"), ("flares", "NNS"), ("at", "IN"), ("poachers", "NNS")], (1, "fire")),
    ([("Riot", "NN"), ("police", "NN"), ("fire", "NN"), ("pellets", "NNS")], (2, "fire")),
    ([("Tribunal", "NN"), ("jails", "NNS"), ("two", "CD"), ("clerks", "NNS")], (1, "jail")),
    ([("Militias", "NNP"), ("test", "NN"), ("-", "HYPH"), ("fire", "NN"), ("drones", "NNS")], (3, "fire")),
    ([("Mayor", "NN"), ("pushes", "NNS"), ("the", "DT"), ("budget", "NN")], (1, "push")),
])
def test_headline_verb_is_the_agreeing_lexicon_word_after_a_noun(tokens, expected):
    assert headline_verb(tokens, VERBS) == expected


@pytest.mark.parametrize("tokens", [
    [("Harbour", "NN"), ("talks", "NNS"), ("in", "IN"), ("Lisbon", "NNP")],     # a plural noun before a preposition
    [("Night", "NN"), ("attack", "NN"), ("on", "IN"), ("depot", "NN")],          # a base form after a singular
    [("Wardens", "NNS"), ("fire", "VBP"), ("flares", "NNS")],                    # the parse has its verb
    [("Pastor", "NN"), ("jailed", "VBN"), ("after", "IN"), ("sermon", "NN")],    # a reduced passive
    [("Wardens", "NNS"), ("fire", "NN")],                                        # nothing after the word
])
def test_no_headline_verb_where_the_words_read_as_a_noun_phrase_or_a_verb_is_there(tokens):
    assert headline_verb(tokens, VERBS) is None


@pytest.mark.parametrize("base,past", [("fire", "fired"), ("back", "backed"), ("carry", "carried"),
                                       ("hold", "held"), ("kidnap", "kidnapped")])
def test_past_tense_of_a_headline_verb(base, past):
    assert past_tense(base) == past


def test_verbless_headline_is_reparsed_with_its_verb_offsets_unchanged(nlp_pipeline):
    text = "Wardens fire flares at poachers near the lake\n\nNo one was hurt, a spokesman said."
    doc = nlp_pipeline.analyse(Article(text=text)).doc
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
    fire = doc[1]
    assert fire.text == "fire" and fire.tag_ == "VBP" and fire.lemma_ == "fire" and fire.dep_ == "ROOT"
    assert doc[0].dep_ == "nsubj" and doc[0].head.i == fire.i
    assert [s.text.strip() for s in doc.sents][0] == "Wardens fire flares at poachers near the lake"
