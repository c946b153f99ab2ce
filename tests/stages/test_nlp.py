"""nlp.v1: the spaCy components run are those the pipeline's stages declare they need (hand-built stage lists)."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.nlp import NlpStage, components_for, load_spacy, spacy_needs

TAGS_AND_PARSE = ("token.tag", "token.dep", "token.head", "doc.sents")


class _Declares:
    adds = ("x",)

    def __init__(self, needs):
        self.spacy_needs = needs


class _Silent:
    adds = ("y",)


def test_needs_are_the_union_of_the_stages_declarations():
    nlp = NlpStage(Settings())
    assert spacy_needs([nlp, _Declares(("token.tag",)), _Declares(("doc.ents", "token.tag"))]) == {"token.tag", "doc.ents"}


def test_a_stage_declaring_nothing_gets_everything():
    assert spacy_needs([_Declares(("token.tag",)), _Silent()]) is None


def test_nlp_alone_gets_everything():
    # who asks for the parse alone wants all of it
    assert spacy_needs([NlpStage(Settings())]) is None
    assert spacy_needs([]) is None


@pytest.fixture(scope="module")
def nlp():
    return load_spacy(Settings().spacy_model)


def test_components_for_tags_and_parse_include_the_shared_embedding(nlp):
    chosen = components_for(nlp, TAGS_AND_PARSE)
    assert {"tagger", "parser"} <= set(chosen)
    assert not {"ner", "lemmatizer", "attribute_ruler"} & set(chosen)
    # the tagger and parser listen to a shared tok2vec, which must run before them
    listened = [n for n in nlp.pipe_names if {"tagger", "parser"} & set(getattr(nlp.get_pipe(n), "listening_components", []) or [])]
    assert listened and set(listened) <= set(chosen)
    assert chosen == [n for n in nlp.pipe_names if n in chosen]  # in pipeline order


def test_components_for_undeclared_or_unknown_needs_is_everything(nlp):
    assert components_for(nlp, None) == list(nlp.pipe_names)
    # coarse POS is set by the attribute ruler, which does not declare it: no pruning
    assert components_for(nlp, ("token.tag", "token.pos")) == list(nlp.pipe_names)


def test_times_pipeline_skips_ner_and_records_what_ran():
    pipeline = Pipeline(stages=["times"])
    a = pipeline.analyse(Article(text="Police in Paris said on Friday that 20 people were held.", published="2019-06-12"))
    ran = a.shared["spacy_components"]
    assert "parser" in ran and "ner" not in ran
    assert a.doc.ents == ()
    assert [t.dep_ for t in a.doc if t.text == "said"] == ["ROOT"]


def test_full_pipeline_runs_every_component():
    pipeline = Pipeline()
    nlp_stage = next(s for s in pipeline.stages if s.part == "nlp")
    nlp_stage.ensure_ready()
    assert nlp_stage.components == list(nlp_stage.nlp.pipe_names)


def test_a_hard_wrapped_text_parses_as_if_unwrapped_with_offsets_into_the_original(pipeline_factory):
    from eventwire.models import Record

    indent = "\n            "
    text = ("The council met on Tuesday evening to debate the transit plan that Governor Maria" + indent
            + "Lopez put forward last month after a long review of the bus routes and the fares" + indent
            + "across the region, and several members said that the plan was far too costly for" + indent
            + "the smaller towns.")
    pipeline = pipeline_factory("actors")
    analysis = pipeline.analyse(Article(text=text))
    assert analysis.doc.text == text  # the parse is a parse of the original text
    lopez = [a for a in analysis.actors if "Lopez" in a.name]
    assert len(lopez) == 1 and lopez[0].name == "Maria Lopez" and lopez[0].kind == "person"
    mention = lopez[0].mentions[0]
    assert text[mention.start:mention.end] == mention.text and "\n" in mention.text
    Record.model_validate(pipeline.to_record(analysis).model_dump())


def test_a_blank_line_ends_a_sentence(nlp):
    # a headline or subheading without a full stop is not parsed into the paragraph after it
    pipeline = Pipeline(stages=["nlp"])
    a = pipeline.analyse(Article(text="Farmers block the ring road\n\nTraffic came to a halt near Grenville."))
    sents = [s.text.strip() for s in a.doc.sents]
    assert sents == ["Farmers block the ring road", "Traffic came to a halt near Grenville."]
    assert [t.dep_ for t in a.doc if t.text == "road"] == ["dobj"]


@pytest.mark.parametrize("text", [
    "OSLOVA, May 2 (Reuters) - Harbour Front fighters shelled the depot on Wednesday.",
    "OSLOVA (AP) — Harbour Front fighters shelled the depot on Wednesday.",
])
def test_a_dateline_is_not_parsed_into_the_reports_first_sentence(text):
    # read into the report, the filing place became the subject and the real subject an apposition to it
    a = Pipeline(stages=["nlp"]).analyse(Article(text=text))
    assert [t.dep_ for t in a.doc if t.text == "fighters"] == ["nsubj"]
    assert a.doc[[t.text for t in a.doc].index("Harbour")].is_sent_start


@pytest.mark.parametrize("text, verb, subject", [
    ("Rebels 'freed' the hostages at dawn.", "freed", "Rebels"),
    ("Insurgents 'seized' two villages.", "seized", "Insurgents"),
])
def test_a_scare_quoted_verb_after_a_plural_is_parsed_as_the_verb(pipeline_factory, text, verb, subject):
    # the opening single quote after "-s" is no plural possessive: the word it opens is the clause's verb
    doc = pipeline_factory().analyse(Article(text=text)).doc
    tok = next(t for t in doc if t.text == verb)
    assert tok.pos_ == "VERB" and tok.dep_ == "ROOT"
    assert any(c.dep_ == "nsubj" and c.text == subject for c in tok.children)
    assert [t.text for t in doc][:3] == [subject, "'", verb]  # the tokens keep the text's own marks


@pytest.mark.parametrize("text, verb, subject", [
    ("Troopers tear-gassed farmers outside the ministry on Friday.", "tear-gassed", "Troopers"),
    ("Gendarmes were tear-gassing students outside the faculty.", "tear-gassing", "Gendarmes"),
])
def test_a_hyphenated_verb_of_force_is_one_verb_token(pipeline_factory, text, verb, subject):
    # split at the hyphen, the sentence was parsed as a noun phrase with no verb
    doc = pipeline_factory().analyse(Article(text=text)).doc
    tok = next(t for t in doc if t.text == verb)
    assert tok.pos_ == "VERB" and tok.dep_ == "ROOT" and tok.lemma_ == "tear-gas"
    assert any(c.dep_ == "nsubj" and c.text == subject for c in tok.children)


def test_the_hyphenated_noun_of_a_verb_of_force_is_left_as_read():
    # only the verb forms are kept whole: the bare "tear-gas" is also the noun fired
    doc = Pipeline(stages=["nlp"]).analyse(Article(text="Officers fired tear-gas at the crowd.")).doc
    assert "gas" in [t.text for t in doc]
