"""stance: the author's attitude toward each actor, in [-1, 1] (formula: docs/FRAMING.md).

For every mention of an actor in an author-voice sentence, valence evidence (VADER's lexicon; loaded / name-calling
lexicon words VADER lacks count -1.5) is collected from four places:

    M  modifiers of the mention (its dependency subtree outside the mention: "the *corrupt* regime", appositions)
    P  the predicate: when the actor is the agent (subject), the verb and its complements ("X *betrayed* ...",
       "X is a *hero*"); when it is the patient (object, passive subject), the verb counts at -0.5 (victims of
       a bad act earn sympathy, not hostility); a negated verb flips
    W  every other valenced word of the sentence, weighted 1 / (1 + distance / 3)
    C  VADER's compound score of the sentence, divided by the number of actors the sentence mentions

    raw = 1.5 M + 1.0 P + 0.35 W + 1.0 C;  mention score = tanh(raw / 2.5)

The actor's stance is the mean mention score, mentions without any evidence weighing one half; actors with no
author-voice mention get no stance.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from eventwire.document import Analysis
from eventwire.stages.framing.features import DocFeatures
from eventwire.stages.framing.opinion import author_mask, is_author

AGENT_DEPS = {"nsubj", "csubj", "agent"}
PATIENT_DEPS = {"dobj", "nsubjpass", "iobj", "dative"}
MODIFIER_DEPS = {"amod", "appos", "compound", "acl", "relcl", "nmod", "advmod", "poss", "npadvmod", "prep"}
LEXICON_VALENCE = -1.5
W = {"M": 1.5, "P": 1.0, "W": 0.35, "C": 1.0}
SCALE = 2.5


@lru_cache(maxsize=1)
def _analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def _valence(df: DocFeatures, i: int) -> float:
    v = df.valence[i]
    if not v and ("name_calling" in df.cats[i] or "loaded" in df.cats[i]) and df.pos[i] in {"NOUN", "ADJ", "VERB"}:
        return LEXICON_VALENCE
    return v


def actor_mentions(analysis: Analysis) -> dict[str, list[tuple[int, int]]]:
    """actor id -> mention spans, from analysis.actors or shared["actor_spans"]."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    if analysis.actors:
        for actor in analysis.actors:
            for m in actor.mentions:
                found[actor.id].append((m.start, m.end))
    else:
        for s, e, actor_id in analysis.shared.get("actor_spans", []) or []:
            found[actor_id].append((int(s), int(e)))
    return found


def _subtree_outside(doc, head, lo: int, hi: int) -> list[int]:
    out = []
    for child in head.children:
        if child.dep_ in MODIFIER_DEPS or child.i < lo or child.i >= hi:
            for t in child.subtree:
                if not lo <= t.i < hi:
                    out.append(t.i)
    return out


NOMINAL = {"NOUN", "PROPN", "PRON", "ADJ"}


def _phrase_head(token):
    """Climb from a mention to the head of the phrase it modifies: compound / poss / amod / appos links, and
    "of" / "to" / "for" prepositional attachments to a noun or adjective."""
    for _ in range(4):
        head = token.head
        if head is token:
            break
        if token.dep_ in {"compound", "poss", "amod", "nmod", "appos"} and head.pos_ in NOMINAL:
            token = head
        elif (token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"of", "to", "for"}
              and head.head.pos_ in NOMINAL):
            token = head.head
        else:
            break
    return token


def mention_evidence(df: DocFeatures, i: int, j: int, n_actors_in_sentence: int,
                     compound: float) -> tuple[float, bool]:
    """(raw score, has evidence) for the mention covering tokens [i, j)."""
    doc = df.doc
    head = _phrase_head(doc[i:j].root)
    sent_start, sent_end = df.sents[df.sent_of[i]]
    # M: the noun phrase around the mention ("the brutal regime of X", "X's corrupt government", "thugs loyal
    # to X"), less the mention's own words.
    mod_idx = set(k for k in _subtree_outside(doc, head, i, j) if sent_start <= k < sent_end)
    if not i <= head.i < j:
        mod_idx.add(head.i)
    # Evaluative words the actors stage kept inside the mention ("the reckless, corrupt regime") count too;
    # proper names never do ("Hope Shelter").
    mod_idx |= {k for k in range(i, j) if df.pos[k] in ("ADJ", "ADV", "NOUN") and _valence(df, k)}
    M = sum(_valence(df, k) for k in mod_idx)
    # P: predicate.
    P = 0.0
    pred_idx: set[int] = set()
    gov = head.head if head.dep_ != "ROOT" else head
    if head.dep_ == "pobj" and head.head.dep_ == "agent":  # "... was attacked by X": X is the agent
        gov, role = head.head.head, "agent"
    elif head.dep_ in AGENT_DEPS:
        role = "agent"
    elif head.dep_ in PATIENT_DEPS or head.dep_ == "pobj":
        role = "patient"
        if head.dep_ == "pobj":
            gov = head.head.head
    else:
        role = None
    if role is not None and gov is not head:
        negated = any(c.dep_ == "neg" for c in gov.children)
        sign = -1.0 if negated else 1.0
        pred_idx.add(gov.i)
        if role == "agent":
            P += _valence(df, gov.i)
            for c in gov.children:
                if c.i in mod_idx or i <= c.i < j or c.i == head.i:
                    continue
                if c.dep_ == "dobj":
                    # Giving good things speaks for the agent; a bad object is ambiguous (fighting evil or
                    # spreading it), and the object's own modifiers describe the victim, not the agent.
                    for t in [c, *(x for x in c.children if x.dep_ == "conj")]:
                        pred_idx.add(t.i)
                        P += max(0.0, _valence(df, t.i))
                elif c.dep_ in {"acomp", "attr", "xcomp", "oprd", "advmod", "ccomp"}:
                    for t in c.subtree:
                        if sent_start <= t.i < sent_end:
                            pred_idx.add(t.i)
                            P += _valence(df, t.i)
        else:
            P += -0.5 * _valence(df, gov.i)
            for c in gov.children:
                if c.dep_ in {"advmod", "acomp"}:
                    pred_idx.add(c.i)
                    P += -0.5 * _valence(df, c.i)
        P *= sign
    # W: the rest of the sentence by distance.
    Wv = 0.0
    for k in range(sent_start, sent_end):
        if i <= k < j or k in mod_idx or k in pred_idx:
            continue
        v = _valence(df, k)
        if v:
            d = i - k if k < i else k - j + 1
            Wv += v / (1.0 + d / 3.0)
    C = compound / max(1, n_actors_in_sentence)
    raw = W["M"] * M + W["P"] * P + W["W"] * Wv + W["C"] * C
    return raw, bool(M or P or Wv or abs(compound) >= 0.05)


def actor_stances(analysis: Analysis, df: DocFeatures, voices: Sequence[tuple[int, int, str]]) -> list[tuple[str, float]]:
    mentions = actor_mentions(analysis)
    if not mentions or not df.lower:
        return []
    mask = author_mask(len(analysis.text), voices)
    by_sentence: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
    for actor_id, spans in mentions.items():
        for s, e in spans:
            if e <= s or not is_author(mask, s, e):
                continue
            i, j = df.tokens_in(s, e)
            if i >= len(df.lower):
                continue
            by_sentence[df.sent_of[i]].append((actor_id, i, j))
    scores: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for si, items in by_sentence.items():
        s, e = df.sents[si]
        start, end = df.idx[s], df.end[e - 1]
        # VADER on the author-voice part of the sentence only.
        text = "".join(ch if mask[start + k] else " " for k, ch in enumerate(analysis.text[start:end]))
        compound = _analyzer().polarity_scores(text)["compound"]
        n_actors = len({a for a, _, _ in items})
        for actor_id, i, j in items:
            raw, evidence = mention_evidence(df, i, j, n_actors, compound)
            scores[actor_id].append((math.tanh(raw / SCALE), evidence))
    out = []
    for actor_id in mentions:
        got = scores.get(actor_id)
        if not got:
            continue
        weight = sum(1.0 if ev else 0.5 for _, ev in got)
        value = sum(sc for sc, _ in got) / weight
        out.append((actor_id, round(max(-1.0, min(1.0, value)), 3)))
    return out
