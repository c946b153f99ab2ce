"""Sentence-level PLOVER type classifier: re-ranks the lexicon's candidates and codes text the lexicon misses.

The lexicon (coder.py) proposes candidate events per sentence. It was written looking at benchmark wording, so
on unseen text it either proposes several types and cannot tell which one the sentence reports, or proposes
nothing at all ("militants stormed the compound" with a verb it lacks). This classifier scores the sentence's
PLOVER type from features that do not depend on the lexicon's lemma lists, so that they carry over to wording
it has not seen:

- words (lower-cased unigrams and bigrams) and content-word lemmas,
- character 4-grams of verb and noun lemmas (unseen inflections and derivations of a trigger still count),
- the predicate frame: the verbs that carry the report (sentence roots, the clause a root introduces, root
  conjuncts) with their object, preposition + object and open complement lemmas, the entity types of their
  subject and object, and their tense,
- static word vectors (GloVe 6B, 50 dimensions, the most frequent English words; stages/data/events/) of the
  predicates, of their objects and of the content words, so "stormed" lands near "attacked" although no
  training sentence used it,
- modality cues (negation, modals) and whether the sentence is a headline,
- the lexicon's own candidates (type, type x trigger lemma, status, kind) when it has any.

Sparse features are crc32-hashed (stable across processes) and l2-normalised; each vector block is
l2-normalised and scaled by `dense_scale` and occupies the indices just above the hashed ones. The model is a
multinomial logistic regression trained by scripts/train_events_classifier.py on the dev splits only, each
example both with and without its candidate features so that it also knows what to say when the lexicon is
silent. The artefact (stages/data/events/type_classifier.json) stores the pruned weights and the stage's
combination settings (`alpha`, `fallback`) chosen on dev halves; its model card (type_classifier.md) gives
the training data, the cross-validated and half-to-half figures and the command. Without the artefact the
stage runs on the lexicon alone; without the vector file the vector features are simply absent.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from eventwire.stages.events.coder import Candidate

DATA = Path(__file__).resolve().parents[1] / "data" / "events"
ARTIFACT = DATA / "type_classifier.json"
VECTORS = DATA / "glove50_vectors.npy"
VOCAB = DATA / "glove50_vocab.txt"
# The label of texts that report no PLOVER event (disasters, crime, background).
NONE = "NONE"
_WORD = re.compile(r"[a-z][a-z\-']+")
# Feature groups (the trainer can switch groups off to measure what each one is worth).
GROUPS = ("words", "lemmas", "chars", "frame", "candidates", "entities", "cues", "vectors")
# Vector blocks: predicates, their objects, all content words (each DIM wide, in this order).
BLOCKS = ("pred", "obj", "content")
_CONTENT_POS = {"VERB", "NOUN", "ADJ"}
_CHAR_POS = {"VERB", "NOUN"}
# Dependents of a predicate that extend the clause that carries the report.
_CLAUSE_DEPS = {"ccomp", "xcomp", "conj"}
_OBJ_DEPS = {"dobj", "nsubjpass", "attr", "dative", "oprd"}
_SUBJ_DEPS = {"nsubj", "nsubjpass", "agent"}


def predicates(tokens: Sequence[Token]) -> list[Token]:
    """The verbs that carry a text's report: every sentence root, and the verbs of the clauses a root
    introduces or joins ("X said rebels stormed ...", "agreed to withdraw", "fired and wounded")."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.dep_ == "ROOT"]
    out = list(roots)
    for root in roots:
        out += [c for c in root.children if c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX", "NOUN")
                and c.i in inside]
    return out


def _objects(pred: Token) -> list[Token]:
    found = [c for c in pred.children if c.dep_ in _OBJ_DEPS]
    for prep in (c for c in pred.children if c.dep_ == "prep"):
        found += [g for g in prep.children if g.dep_ == "pobj"]
    return found


def _ent_class(tok: Token) -> str:
    """What kind of party a token names: its entity type, else its coarse part of speech."""
    return tok.ent_type_ or tok.pos_


def raw_features(tokens: Sequence[Token], candidates: Sequence[Candidate] = (), *, headline: bool = False,
                 groups: Iterable[str] = GROUPS) -> list[str]:
    """The sparse feature strings of a sentence (or a short text) given its tokens and the lexicon's
    candidates (the vector features are `dense_features`)."""
    groups = set(groups)
    out: list[str] = []
    if "words" in groups:
        words = [w for t in tokens for w in _WORD.findall(t.lower_)]
        out += [f"w:{w}" for w in words]
        out += [f"b:{a} {b}" for a, b in pairwise(words)]
    if "lemmas" in groups:
        out += [f"l:{t.lemma_.lower()}" for t in tokens if t.pos_ in _CONTENT_POS]
    if "chars" in groups:
        for t in tokens:
            if t.pos_ in _CHAR_POS and t.is_alpha and len(t.text) > 3:
                lemma = f"#{t.lemma_.lower()}#"
                out += [f"c:{lemma[i:i + 4]}" for i in range(len(lemma) - 3)]
    if "frame" in groups:
        for p in predicates(tokens):
            lemma = p.lemma_.lower()
            out += [f"v:{lemma}", f"vt:{p.tag_}"]
            for c in p.children:
                if c.dep_ in _OBJ_DEPS:
                    out += [f"vo:{lemma}|{c.lemma_.lower()}", f"o:{c.lemma_.lower()}", f"oe:{_ent_class(c)}"]
                elif c.dep_ == "prep":
                    out.append(f"vp:{lemma}|{c.lower_}")
                    out += [f"vpo:{lemma}|{c.lower_}|{g.lemma_.lower()}" for g in c.children if g.dep_ == "pobj"]
                elif c.dep_ == "xcomp":
                    out.append(f"vx:{lemma}|{c.lemma_.lower()}")
                elif c.dep_ in _SUBJ_DEPS:
                    out.append(f"se:{_ent_class(c)}")
                elif c.dep_ == "prt":
                    out.append(f"vprt:{lemma}|{c.lower_}")
    if "candidates" in groups:
        for c in candidates:
            lemma = c.head.lemma_.lower()
            out += [f"k:{c.etype}", f"kt:{c.etype}|{lemma}", f"ks:{c.etype}|{c.status}", f"kk:{c.etype}|{c.kind}",
                    f"kl:{lemma}"]
            if c.mode:
                out.append(f"km:{c.etype}|{c.mode}")
            if "entities" in groups:
                out += [f"ka:{c.etype}|{_ent_class(t)}" for t in c.actors]
                out += [f"kr:{c.etype}|{_ent_class(t)}" for t in c.recipients]
        if not candidates:
            out.append("k:none")
    if "entities" in groups:
        out += [f"e:{t.ent_type_}" for t in tokens if t.ent_iob_ == "B"]
    if "cues" in groups:
        for t in tokens:
            if t.dep_ == "neg":
                out.append("neg")
            elif t.tag_ == "MD":
                out.append(f"md:{t.lower_}")
        if headline:
            out.append("headline")
    return out


class WordVectors:
    """Static word vectors: a vocabulary (one word a line, the row order of the matrix) and a float16 matrix."""

    def __init__(self, words: list[str], matrix) -> None:
        self.index = {w: i for i, w in enumerate(words)}
        self.matrix = matrix
        self.dim = int(matrix.shape[1])

    def row(self, tok: Token) -> int | None:
        """The matrix row of a token's lemma, else of its lower-cased form; None when neither is known."""
        index = self.index
        row = index.get(tok.lemma_.lower())
        return row if row is not None else index.get(tok.lower_)

    def mean(self, toks: Iterable[Token]) -> list[float] | None:
        """The unit-length mean vector of the known tokens; None when none is known."""
        import numpy as np

        rows = [r for r in (self.row(t) for t in toks) if r is not None]
        if not rows:
            return None
        m = self.matrix[rows].astype(np.float32).mean(axis=0)
        norm = float(np.linalg.norm(m)) or 1.0
        return (m / norm).tolist()


@lru_cache(maxsize=1)
def load_vectors(path: Path = VECTORS, vocab: Path = VOCAB) -> WordVectors | None:
    if not path.exists() or not vocab.exists():
        return None
    import numpy as np

    words = vocab.read_text(encoding="utf-8").split("\n")
    return WordVectors(words, np.load(path))


def dense_features(tokens: Sequence[Token], vectors: WordVectors | None, *,
                   blocks: Sequence[str] = BLOCKS) -> dict[int, list[float]]:
    """Vector blocks (block number -> unit vector) of a text: its predicates, their objects, its content
    words; a block with no known word is absent."""
    if vectors is None:
        return {}
    preds = predicates(tokens)
    out = {}
    for n, block in enumerate(BLOCKS):
        if block not in blocks:
            continue
        if block == "pred":
            toks = preds
        elif block == "obj":
            toks = [o for p in preds for o in _objects(p)]
        else:
            toks = [t for t in tokens if t.pos_ in _CONTENT_POS and not t.is_stop]
        v = vectors.mean(toks)
        if v is not None:
            out[n] = v
    return out


def hashed(feats: Iterable[str], n_features: int) -> dict[int, float]:
    """crc32-hashed counts (stable across processes), l2-normalised."""
    counts: dict[int, float] = {}
    for f in feats:
        h = zlib.crc32(f.encode("utf-8")) % n_features
        counts[h] = counts.get(h, 0.0) + 1.0
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {k: v / norm for k, v in counts.items()}


def featurize(tokens: Sequence[Token], candidates: Sequence[Candidate] = (), *, headline: bool = False,
              groups: Sequence[str] = GROUPS, n_features: int, vectors: WordVectors | None = None,
              dense_scale: float = 1.0, dim: int = 50) -> dict[int, float]:
    """The model's input: hashed sparse features, then each vector block at n_features + block x dim."""
    x = hashed(raw_features(tokens, candidates, headline=headline, groups=groups), n_features)
    if "vectors" in groups and vectors is not None and dense_scale > 0:
        for n, v in dense_features(tokens, vectors).items():
            base = n_features + n * dim
            for j, value in enumerate(v):
                x[base + j] = dense_scale * value
    return x



class TypeClassifier:
    def __init__(self, labels: list[str], n_features: int, weights: dict[str, dict[int, float]],
                 bias: dict[str, float], *, alpha: float = 0.5, groups: Sequence[str] = GROUPS,
                 scope: str = "sentence", fallback: float | None = None, dense_scale: float = 0.0,
                 vectors: WordVectors | None = None, abstain: float | None = None) -> None:
        self.labels, self.n_features, self.weights, self.bias = labels, n_features, weights, bias
        self.alpha, self.groups, self.scope, self.fallback = alpha, tuple(groups), scope, fallback
        self.dense_scale = dense_scale
        self.vectors = vectors
        self.abstain = abstain
        # Scoring tables: hashed feature -> ((label number, weight), ...) for the sparse part, one row per
        # label for the vector blocks above n_features.
        sparse: dict[int, list[tuple[int, float]]] = {}
        dense: dict[int, list[tuple[int, float]]] = {}
        for n, label in enumerate(labels):
            for k, w in weights[label].items():
                (dense if k >= n_features else sparse).setdefault(k, []).append((n, w))
        self._sparse = {k: tuple(v) for k, v in sparse.items()}
        self._dense_keys = sorted(dense)
        self._dense = None
        if dense:
            import numpy as np

            table = np.zeros((len(labels), len(self._dense_keys)))
            for j, k in enumerate(self._dense_keys):
                for n, w in dense[k]:
                    table[n, j] = w
            self._dense = table

    def probabilities_of(self, x: dict[int, float]) -> dict[str, float]:
        scores = [self.bias[label] for label in self.labels]
        sparse = self._sparse
        for k, v in x.items():
            for n, w in sparse.get(k, ()):
                scores[n] += v * w
        if self._dense is not None:
            column = [x.get(k, 0.0) for k in self._dense_keys]
            if any(column):
                for n, value in enumerate(self._dense @ column):
                    scores[n] += float(value)
        top = max(scores)
        exp = [math.exp(v - top) for v in scores]
        total = sum(exp)
        return {label: e / total for label, e in zip(self.labels, exp)}

    def features(self, tokens: Sequence[Token], candidates: Sequence[Candidate] = (), *,
                 headline: bool = False) -> dict[int, float]:
        return featurize(tokens, candidates, headline=headline, groups=self.groups, n_features=self.n_features,
                         vectors=self.vectors, dense_scale=self.dense_scale,
                         dim=self.vectors.dim if self.vectors is not None else 50)

    def probabilities(self, tokens: Sequence[Token], candidates: Sequence[Candidate] = (), *,
                      headline: bool = False) -> dict[str, float]:
        return self.probabilities_of(self.features(tokens, candidates, headline=headline))

    def rerank(self, coded: Sequence[tuple[Span, bool, list[Candidate]]]) -> None:
        """Re-weight each candidate's salience by the classifier's belief in its type.

        `coded` is the article's sentences with their headline flags and lexicon candidates. With scope
        "sentence" each sentence is classified on its own; with scope "document" the whole text (all
        sentences, all candidates) is, so every candidate is weighed against what the article as a whole
        reports. A candidate keeps its salience when its type is the best supported among the candidates and
        loses up to `alpha` of it otherwise: salience x (1 - alpha + alpha x p(type) / max p over the types).
        Derived candidates (the coder's structural readings: "X said Y attacked" -> X ACCUSE Y, "X will send aid"
        -> X AGREE) keep theirs: they share every word with the event they are read from, so the classifier,
        which reads words, cannot weigh one against the other."""
        if self.alpha <= 0 or not any(found for _, _, found in coded):
            return
        if self.scope == "document":
            tokens = [t for sent, _, _ in coded for t in sent]
            cands = [c for _, _, found in coded for c in found]
            groups = [(self.probabilities(tokens, cands, headline=any(h for _, h, _ in coded)), cands)]
        else:
            # a sentence whose candidates are all of one type keeps every salience: no need to classify it
            groups = [(self.probabilities(sent, found, headline=headline), found)
                      for sent, headline, found in coded if len({c.etype for c in found}) > 1]
        for probs, cands in groups:
            top = max(probs.get(c.etype, 0.0) for c in cands) or 1.0
            for c in cands:
                if c.kind == "derived":
                    continue
                c.salience *= 1.0 - self.alpha + self.alpha * probs.get(c.etype, 0.0) / top

    def abstains(self, coded: Sequence[tuple[Span, bool, list[Candidate]]]) -> bool:
        """Whether the classifier is sure (p(NONE) >= `abstain`) that the text as a whole, read with the
        lexicon's candidates, reports no PLOVER event: an earthquake that "killed" thirty people, a robbery, a
        crash. Classified as one text, as in training; False when the setting is off."""
        if self.abstain is None or not any(found for _, _, found in coded):
            return False
        tokens = [t for sent, _, _ in coded for t in sent]
        cands = [c for _, _, found in coded for c in found]
        probs = self.probabilities(tokens, cands, headline=any(h for _, h, _ in coded))
        return max(probs, key=probs.get) == NONE and probs[NONE] >= self.abstain

    def propose(self, coded: Sequence[tuple[Span, bool, list[Candidate]]]) -> tuple[int, str, float] | None:
        """For an article the lexicon found nothing in: (sentence index, type, probability) of the sentence
        the classifier is surest reports a PLOVER event, when that probability reaches `fallback` and the
        classifier's best label is a type and not NONE (no PLOVER event); else None."""
        if self.fallback is None:
            return None
        best = None
        for i, (sent, headline, _) in enumerate(coded):
            probs = self.probabilities(sent, (), headline=headline)
            label = max(probs, key=probs.get)
            if label != NONE and probs[label] >= self.fallback and (best is None or probs[label] > best[2]):
                best = (i, label, probs[label])
        return best

    def to_json(self) -> dict:
        return {"labels": self.labels, "n_features": self.n_features, "alpha": self.alpha, "scope": self.scope,
                "fallback": self.fallback, "dense_scale": self.dense_scale, "abstain": self.abstain,
                "groups": list(self.groups), "bias": self.bias,
                "weights": {label: {str(k): v for k, v in w.items()} for label, w in self.weights.items()}}

    @classmethod
    def from_json(cls, data: dict, vectors: WordVectors | None = None) -> TypeClassifier:
        weights = {label: {int(k): v for k, v in w.items()} for label, w in data["weights"].items()}
        return cls(data["labels"], data["n_features"], weights, data["bias"], alpha=data.get("alpha", 0.5),
                   groups=data.get("groups", GROUPS), scope=data.get("scope", "sentence"),
                   fallback=data.get("fallback"), dense_scale=data.get("dense_scale", 0.0), vectors=vectors,
                   abstain=data.get("abstain"))


@lru_cache(maxsize=1)
def load_classifier(path: Path | None = None) -> TypeClassifier | None:
    path = path or ARTIFACT
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    vectors = load_vectors() if "vectors" in data.get("groups", ()) and data.get("dense_scale") else None
    return TypeClassifier.from_json(data, vectors)
