"""stages.scope: which clauses of a sentence keep their own place and time (parses of invented sentences)."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from eventwire.stages.scope import scope_head, shares_scope


@pytest.fixture(scope="module")
def nlp(pipeline_factory):
    pipeline = pipeline_factory("nlp")
    return lambda text: pipeline.analyse(Article(text=text)).doc


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def test_a_conjunct_with_its_own_subject_keeps_its_own_scope(nlp):
    doc = nlp("Talks in Lisbon collapsed last year, and Madrid has threatened new tariffs.")
    assert not shares_scope(_tok(doc, "threatened"), _tok(doc, "Lisbon"))
    assert not shares_scope(_tok(doc, "threatened"), _tok(doc, "year"))
    assert shares_scope(_tok(doc, "collapsed"), _tok(doc, "Lisbon"))


def test_a_phrase_fronted_over_the_coordination_is_said_of_every_conjunct(nlp):
    doc = nlp("In Lisbon, talks collapsed and Madrid threatened new tariffs.")
    assert shares_scope(_tok(doc, "threatened"), _tok(doc, "Lisbon"))


def test_coordinated_passives_share_one_setting(nlp):
    doc = nlp("Two guards were killed and four others were wounded in Porto.")
    assert shares_scope(_tok(doc, "killed"), _tok(doc, "Porto"))


def test_a_relative_clause_keeps_its_scope_but_borrows_its_nouns(nlp):
    doc = nlp("Rebels who wounded two guards in Braga attacked a convoy near Faro.")
    wounded = _tok(doc, "wounded")
    assert scope_head(wounded).i == wounded.i
    assert not shares_scope(_tok(doc, "attacked"), _tok(doc, "Braga"))
    doc = nlp("A bomb in Braga on Friday that wounded two men was found by the police.")
    assert shares_scope(_tok(doc, "wounded"), _tok(doc, "Braga"))
