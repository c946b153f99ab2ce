"""Clause scope: which parts of a sentence an event may borrow its place and date from.

A sentence's place or time expression dates and places the clause it sits in and the clauses nested in that one
(a reported clause, an "after" clause, a shared-subject conjunct: "rebels attacked a convoy and killed five soldiers
in Gulu"). Three kinds of clause keep their own place and time and neither lend theirs nor borrow the sentence's:

- a conjunct with a subject of its own ("talks in Jeddah collapsed last year, and Washington has threatened
  sanctions": the threat was not made in Jeddah last year);
- a relative clause ("rebels who seized the port in 2015 attacked a convoy");
- a past-participle clause on a noun ("sanctions on commanders blamed for attacks": the attacks are not the
  threat's). A present participle on a noun ("arrested protesters blocking a road") happens with its clause and
  is left in it.

One exception: a place or time fronted before the first conjunct's subject ("On Monday, talks collapsed and
Washington threatened sanctions") is said of the whole coordination.

The parse read is tags, heads and dependency labels (the times-only configuration sets no coarse POS).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# dependency labels of a clause's own subject
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# Penn tags of a past participle (the parser tags some as a simple past: "commanders blamed for ...")
_PAST_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
# how far up a dependency chain is followed (parses are trees; this only guards a malformed one)
_MAX_DEPTH = 60


def _verbal(tok: Token) -> bool:
    return tok.tag_.startswith("VB") or tok.tag_ == "MD" or tok.pos_ in ("VERB", "AUX")


def own_subject_conjunct(tok: Token) -> bool:
    """A verb coordinated with an earlier one and carrying a subject of its own ("..., and Washington has
    threatened ..."), unless both are passive: coordinated passives report the outcomes of one incident ("two
    people were killed and 13 others (were) wounded when a bomb went off near the market") and share its setting,
    whichever conjunct the parser hangs it on."""
    if tok.dep_ != "conj" or not _verbal(tok) or not any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return False
    return not (_passive(tok) and _passive(tok.head))


def _passive(verb: Token) -> bool:
    """A passive clause: a passive subject or auxiliary, or a bare past participle with a subject ("13 others
    wounded", the "were" left out)."""
    if any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)


def relative_with_pronoun(tok: Token) -> bool:
    """Whether `tok` heads a relative clause whose subject is a relative pronoun, whatever the tagger made of its
    verb ("Lithuania, which also border Belarus, ...": "border" read as a noun, "Belarus" as the clause's head)."""
    return tok.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")
                                       for c in tok.children)


def scope_boundary(tok: Token) -> bool:
    """Whether `tok` heads a clause that keeps its own place and time (see the module docstring)."""
    if relative_with_pronoun(tok):
        return True
    if not _verbal(tok):
        return False
    if tok.dep_ == "relcl":
        return True
    if tok.dep_ == "acl" and tok.tag_ in _PAST_PARTICIPLE_TAGS:
        return True
    return own_subject_conjunct(tok)


def scope_head(tok: Token) -> Token:
    """The head of the innermost clause keeping its own place and time that holds `tok` (itself included), else
    the root of its sentence."""
    x = tok
    for _ in range(_MAX_DEPTH):
        if scope_boundary(x) or x.head.i == x.i:
            return x
        x = x.head
    return x


def noun_phrase_top(noun: Token) -> Token:
    """The highest word of the noun phrase `noun` is part of, below the verb it hangs on: "the bombings of the
    embassies in A and B last year" for "year" (prepositions and nouns are climbed, a verb stops)."""
    x = noun
    for _ in range(_MAX_DEPTH):
        up = x.head
        # (nor the root of a verbless or misparsed sentence: that would make the whole sentence one phrase)
        if up.i == x.i or _verbal(up) or up.head.i == up.i:
            return x
        x = up
    return x


def in_phrase_of(tok: Token, clause: Token) -> bool:
    """Whether `tok` sits in the noun phrase a relative or participle `clause` describes, outside that clause: the
    noun's own place and time are the clause's ("a car bomb in the city on Friday that killed eight people", "the
    2015 raid that left 20 dead")."""
    top = noun_phrase_top(clause.head)
    x = tok
    for _ in range(_MAX_DEPTH):
        if x.i == clause.i:
            return False
        if x.i == top.i:
            return True
        if x.head.i == x.i:
            return False
        x = x.head
    return False


def fronted_over(tok: Token, conjunct: Token) -> bool:
    """Whether `tok` stands before the subject (and verb) of the clause `conjunct` is coordinated with, so that it
    is said of the whole coordination ("In Jeddah, talks collapsed and ..."), not of the first conjunct alone."""
    if not own_subject_conjunct(conjunct):
        return False
    first = conjunct.head
    subject = next((c for c in first.children if c.dep_ in SUBJECT_DEPS), None)
    bound = subject.left_edge.i if subject is not None else first.i
    return tok.i < bound and tok.i < first.i


def shares_scope(event: Token, other: Token) -> bool:
    """Whether a place or time at `other` may place or date the event whose clause is headed by `event`: both sit
    in the same clause scope, or `other` is fronted over a coordination whose later conjunct holds the event."""
    own = scope_head(event)
    there = scope_head(other)
    if own.i == there.i:
        return True
    if own.dep_ in ("relcl", "acl") and in_phrase_of(other, own):
        return True
    # a later conjunct of a chain ("A did x, B did y and C did z") reaches the first one conjunct by conjunct
    node = own
    for _ in range(_MAX_DEPTH):
        if not own_subject_conjunct(node):
            return False
        up = scope_head(node.head)
        if up.i == there.i:
            return fronted_over(other, node)
        node = up
    return False


__all__ = ["SUBJECT_DEPS", "fronted_over", "in_phrase_of", "noun_phrase_top", "own_subject_conjunct",
           "relative_with_pronoun", "scope_boundary", "scope_head", "shares_scope"]
