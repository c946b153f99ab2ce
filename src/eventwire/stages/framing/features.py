"""Features for the technique tagger (token level, SI) and the technique classifier (span level, TC).

Everything is computed from the spaCy Doc the nlp stage made, the framing lexicons and VADER's valence lexicon, so
training (scripts/train_framing.py) and the stage share one definition. Features are strings hashed into a fixed
space (no vocabulary to ship) plus dense columns from the packaged 50-d GloVe word vectors: for SI the token's own
vector, its neighbours' mean and the mean over a ±3-token window, for TC the mean over the span's words.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from eventwire.stages.framing.lexicons import load_lexicon, phrase_index, word_index

if TYPE_CHECKING:
    from spacy.tokens import Doc

QUOTE_CHARS = {'"', "“", "”", "``", "''", "„", "«", "»"}
SCARE_MAX_TOKENS = 4
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "ADV"}
GLOVE_DIM = 50  # width of the packaged word vectors (stages/data/events/glove50_*) used as dense columns
TOKEN_WINDOW = 3  # SI's context vector: the mean GloVe vector of the words within 3 tokens either side


@lru_cache(maxsize=1)
def vader_lexicon() -> dict[str, float]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return dict(SentimentIntensityAnalyzer().lexicon)


@lru_cache(maxsize=1)
def _indexes() -> tuple[dict, dict, int]:
    lex = load_lexicon()
    return word_index(lex), phrase_index(lex), lex.max_phrase


def _norm(text: str) -> str:
    return text.lower().replace("’", "'").replace("‘", "'")


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    for i, e in enumerate(edges):
        if x < e:
            return i
    return len(edges)


def _shape(text: str) -> str:
    if text.isupper() and len(text) > 1:
        return "UP"
    if text[:1].isupper():
        return "Cap"
    if text.isdigit():
        return "d"
    if text.isalpha():
        return "low"
    return "o"


class DocFeatures:
    """Per-document precomputation; `token_features()` for SI, `span_features(start, end)` for TC."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        widx, pidx, max_phrase = _indexes()
        vader = vader_lexicon()
        n = len(doc)
        toks = list(doc)
        self.text = [t.text for t in toks]
        self.lower = [_norm(t.text) for t in toks]
        self.lemma = [_norm(t.lemma_) for t in toks]
        self.pos = [t.pos_ for t in toks]
        self.tag = [t.tag_ for t in toks]
        self.dep = [t.dep_ for t in toks]
        self.head = [t.head.i for t in toks]
        self.ent = [t.ent_type_ for t in toks]
        self.space = [t.is_space for t in toks]
        self.stop = [t.is_stop for t in toks]
        self.idx = [t.idx for t in toks]
        self.end = [t.idx + len(t.text) for t in toks]
        # Lexicon categories per token: single words by text or lemma, phrases by token sequence.
        cats: list[set[str]] = [set() for _ in range(n)]
        for i in range(n):
            for key in (self.lower[i], self.lemma[i]):
                for c in widx.get(key, ()):
                    cats[i].add(c)
        words = self.lower
        for i in range(n):
            for length in range(2, max_phrase + 1):
                if i + length > n:
                    break
                found = pidx.get(tuple(words[i:i + length]))
                if found:
                    for j in range(i, i + length):
                        cats[j].update(found)
        self.cats = [tuple(sorted(c)) for c in cats]
        self.valence = [vader.get(self.lower[i], vader.get(self.lemma[i], 0.0)) for i in range(n)]
        # Delexicalised forms for context: function words, punctuation and evaluative words keep their identity;
        # other words become their POS (topic words such as names overfit a small training set).
        self.ctx = [
            self.lower[i] if (self.stop[i] or self.pos[i] == "PUNCT" or self.cats[i] or self.valence[i])
            else "<" + self.pos[i] + ">"
            for i in range(n)
        ]
        self.word = [
            "<" + self.pos[i] + ">" if self.pos[i] in ("PROPN", "NUM") and not self.cats[i] else self.lower[i]
            for i in range(n)
        ]
        # Sentences.
        self.sent_of = [0] * n
        self.sents: list[tuple[int, int]] = []
        for si, sent in enumerate(doc.sents):
            self.sents.append((sent.start, sent.end))
            for i in range(sent.start, sent.end):
                self.sent_of[i] = si
        # Quotes: tokens inside quotation marks within a sentence; short quotes are scare quotes.
        self.in_quote = [0] * n  # 0 none, 1 inside a quote, 2 inside a scare quote (<= SCARE_MAX_TOKENS)
        for s, e in self.sents:
            open_at = None
            for i in range(s, e):
                if self.text[i] in QUOTE_CHARS or (self.text[i] in ("'", "‘", "’") and self.pos[i] == "PUNCT"):
                    if open_at is None:
                        open_at = i
                    else:
                        inner = i - open_at - 1
                        if inner > 0:
                            mark = 2 if inner <= SCARE_MAX_TOKENS else 1
                            for j in range(open_at + 1, i):
                                self.in_quote[j] = mark
                        open_at = None
        # Repetition across the article: content-lemma counts and repeated word bigrams.
        self.lemma_count = Counter(self.lemma[i] for i in range(n) if self.pos[i] in CONTENT_POS)
        bigrams = Counter(
            (self.lower[i], self.lower[i + 1]) for i in range(n - 1)
            if self.pos[i] != "PUNCT" and self.pos[i + 1] != "PUNCT"
        )
        self.in_rep_bigram = [False] * n
        for i in range(n - 1):
            if bigrams.get((self.lower[i], self.lower[i + 1]), 0) > 1 and (
                self.pos[i] in CONTENT_POS or self.pos[i + 1] in CONTENT_POS
            ):
                self.in_rep_bigram[i] = self.in_rep_bigram[i + 1] = True
        # Document-level evidence (how opinionated the whole article reads): a per-article bias for the tagger.
        words_i = [i for i in range(n) if not self.space[i] and self.pos[i] != "PUNCT"]
        nw = max(1, len(words_i))
        loaded = sum(1 for i in words_i if "loaded" in self.cats[i] or "name_calling" in self.cats[i]) / nw
        strong = sum(1 for i in words_i if abs(self.valence[i]) >= 1.5) / nw
        self.doc_feats = [
            f"D_load={_bucket(loaded, (0.005, 0.01, 0.02, 0.035))}",
            f"D_val={_bucket(strong, (0.01, 0.02, 0.035, 0.05))}",
            f"D_q={_bucket(sum(1 for w in self.lower if w in ('?', '!')) / nw, (0.002, 0.006, 0.015))}",
        ]
        # Sentence-level evidence.
        self.sent_feats: list[list[str]] = []
        for si, (s, e) in enumerate(self.sents):
            words_ = [self.lower[i] for i in range(s, e) if not self.space[i]]
            feats = [f"s_len={_bucket(len(words_), (6, 12, 20, 30, 45))}"]
            if words_ and words_[-1] == "?" or "?" in words_[-3:]:
                feats.append("s_q")
            if "!" in words_:
                feats.append("s_ex")
            scats = Counter(c for i in range(s, e) for c in self.cats[i])
            for c, k in scats.items():
                feats.append(f"s_lex={c}")
                if k > 1:
                    feats.append(f"s_lex2={c}")
            vals = [self.valence[i] for i in range(s, e) if self.valence[i]]
            feats.append(f"s_nval={min(len(vals), 4)}")
            feats.append(f"s_val={_bucket(sum(vals), (-4, -1.5, -0.01, 0.01, 1.5, 4))}")
            if any(self.in_quote[i] for i in range(s, e)):
                feats.append("s_quote")
            if si == 0:
                feats.append("s_title")
            self.sent_feats.append(feats)

    # ----- SI: one feature list per token ---------------------------------------------------------------
    def token_features(self) -> list[list[str]]:
        n = len(self.lower)
        lower, lemma, pos, cats, val = self.lower, self.lemma, self.pos, self.cats, self.valence
        word, ctx = self.word, self.ctx
        out: list[list[str]] = []
        for i in range(n):
            lw = word[i]
            h = self.head[i]
            f = [
                "b",
                "w=" + lw,
                "l=" + (lemma[i] if lw == lower[i] else lw),
                "p=" + pos[i],
                "t=" + self.tag[i],
                "d=" + self.dep[i],
                "sh=" + _shape(self.text[i]),
                "hc=" + ctx[h],
                "hd=" + self.dep[i] + "|" + pos[h],
            ]
            for c in cats[h]:
                f.append("hlex=" + c)
            if len(lw) > 4 and lw.isalpha():  # affixes generalise to unseen evaluative words (-ous, -ist, un-)
                f.append("suf=" + lw[-3:])
                f.append("pre=" + lw[:3])
            if self.ent[i]:
                f.append("e=" + self.ent[i])
            for k in (-2, -1, 1, 2):
                j = i + k
                if 0 <= j < n:
                    f.append(f"w{k}={ctx[j]}")
                    f.append(f"p{k}={pos[j]}")
                    for c in cats[j]:
                        f.append(f"lex{k}={c}")
                    if val[j]:
                        f.append(f"v{k}={_bucket(val[j], (-2, -0.01, 0.01, 2))}")
                else:
                    f.append(f"w{k}=<>")
            if 0 < i:
                f.append("w-1w=" + ctx[i - 1] + "|" + lw)
                f.append("p-1p=" + pos[i - 1] + "|" + pos[i])
            if i + 1 < n:
                f.append("ww+1=" + lw + "|" + ctx[i + 1])
                f.append("pp+1=" + pos[i] + "|" + pos[i + 1])
            for c in cats[i]:
                f.append("lex=" + c)
            if val[i]:
                f.append(f"v={_bucket(val[i], (-2.5, -1.5, -0.5, -0.01, 0.01, 0.5, 1.5, 2.5))}")
                f.append(f"av={_bucket(abs(val[i]), (1, 2, 3))}")
            win = max((abs(val[j]) for j in range(max(0, i - 3), min(n, i + 4))), default=0.0)
            f.append(f"vwin={_bucket(win, (0.01, 1, 2, 3))}")
            if self.in_quote[i]:
                f.append(f"q={self.in_quote[i]}")
            if pos[i] in CONTENT_POS:
                f.append(f"rep={_bucket(self.lemma_count[lemma[i]], (2, 3, 5, 9))}")
            if self.in_rep_bigram[i]:
                f.append("rep2")
            si = self.sent_of[i]
            s, e = self.sents[si]
            rel = (i - s) / max(1, e - s)
            f.append(f"sp={_bucket(rel, (0.15, 0.5, 0.85))}")
            if i == s:
                f.append("bos")
            if i == e - 1:
                f.append("eos")
            f.extend(self.sent_feats[si])
            f.extend(self.doc_feats)
            out.append(f)
        return out

    # ----- TC: one feature list per span ----------------------------------------------------------------
    def tokens_in(self, start: int, end: int) -> tuple[int, int]:
        """Token index range [i, j) of the tokens overlapping characters [start, end)."""
        import bisect

        i = bisect.bisect_right(self.end, start)
        j = bisect.bisect_left(self.idx, end)
        if j <= i:  # no token overlaps (e.g. whitespace only): take the nearest token
            j = min(i + 1, len(self.idx))
            i = max(0, j - 1)
        return i, j

    def span_features(self, start: int, end: int, span_text: str | None = None) -> list[str]:
        i, j = self.tokens_in(start, end)
        lower, lemma, pos, cats = self.lower, self.lemma, self.pos, self.cats
        n = len(lower)
        toks = [k for k in range(i, j) if not self.space[k]]
        words = [lower[k] for k in toks]
        f = ["b"]
        f += ["sw=" + w for w in words]
        f += ["sl=" + lemma[k] for k in toks]
        f += ["sb=" + a + "|" + b for a, b in zip(words, words[1:])]
        if words:
            f.append("first=" + words[0])
            f.append("last=" + words[-1])
            f.append("fp=" + pos[toks[0]])
            f.append("lp=" + pos[toks[-1]])
        ntok = len(words)
        f.append(f"len={_bucket(ntok, (2, 3, 4, 6, 9, 14, 20, 30))}")
        if ntok <= 4:
            f.append("pp=" + "_".join(pos[k] for k in toks))
        f += self.span_root_features(i, j)
        for k in (-3, -2, -1):
            if i + k >= 0:
                f.append(f"c{k}={lower[i + k]}")
        for k in (0, 1, 2):
            if j + k < n:
                f.append(f"c+{k}={lower[j + k]}")
        scats = Counter(c for k in toks for c in cats[k])
        for c, m in scats.items():
            f.append("slex=" + c)
            if m > 1:
                f.append("slex2=" + c)
        vals = [self.valence[k] for k in toks if self.valence[k]]
        f.append(f"snval={min(len(vals), 4)}")
        f.append(f"sval={_bucket(sum(vals), (-4, -1.5, -0.01, 0.01, 1.5, 4))}")
        if vals:
            f.append(f"smaxv={_bucket(max(abs(v) for v in vals), (1, 2, 3))}")
        for k in toks:
            if self.ent[k]:
                f.append("se=" + self.ent[k])
            if self.in_quote[k]:
                f.append(f"sq={self.in_quote[k]}")
        if any(w in QUOTE_CHARS or w in ("'", "’") for w in words):
            f.append("squote_char")
        if "?" in words:
            f.append("s?")
        if "!" in words:
            f.append("s!")
        if any(self.text[k].isupper() and len(self.text[k]) > 2 for k in toks):
            f.append("caps")
        # Repetition: how often the span's text recurs in the article, and its content lemmas.
        key = " ".join(words)
        if key:
            reps = self._count_phrase(words)
            f.append(f"srep={_bucket(reps, (2, 3, 5))}")
        content = [lemma[k] for k in toks if pos[k] in CONTENT_POS]
        if content:
            mx = max(self.lemma_count[c] for c in content)
            f.append(f"slrep={_bucket(mx, (2, 3, 5, 9))}")
            if ntok <= 3:
                f.append(f"shortrep={_bucket(mx, (2, 3, 5))}")
        # Where the span sits in its sentence.
        si = self.sent_of[i] if i < n else 0
        s, e = self.sents[si] if self.sents else (0, n)
        cover = ntok / max(1, e - s)
        f.append(f"cover={_bucket(cover, (0.15, 0.35, 0.6, 0.9))}")
        if i <= s:
            f.append("at_bos")
        if j >= e - 1:
            f.append("at_eos")
        f += ["ctx_" + x for x in self.sent_feats[si]] if self.sents else []
        for k in range(s, e):
            if (k < i or k >= j) and pos[k] in CONTENT_POS:
                f.append("cl=" + lemma[k])
        return f

    def span_root_features(self, i: int, j: int) -> list[str]:
        """The syntactic shape of tokens [i, j): its first root's POS and dependency, the POS of the word it
        attaches to (and that word's entity type), and how many roots it has. A label is a noun phrase naming
        someone ("those reckless cowards"), loaded language an adjective or verb, a slogan or a cliché a whole
        clause; the root tells these apart where single words overlap."""
        toks = [k for k in range(i, j) if not self.space[k]]
        roots = [k for k in toks if not (i <= self.head[k] < j) or self.head[k] == k]
        if not roots:
            return []
        r = roots[0]
        h = self.head[r]
        f = ["rp=" + self.pos[r], "rd=" + self.dep[r], "rh=" + self.dep[r] + "|" + self.pos[h],
             f"nroots={min(len(roots), 3)}"]
        if self.ent[h]:
            f.append("rhe=" + self.ent[h])
        return f

    def _count_phrase(self, words: list[str]) -> int:
        """Occurrences of the word sequence in the article (token-level, lower-cased)."""
        m = len(words)
        if m == 0:
            return 0
        first = words[0]
        lower = [w for w, sp in zip(self.lower, self.space) if not sp] if not hasattr(self, "_nospace") else self._nospace
        self._nospace = lower
        count = 0
        for k in range(len(lower) - m + 1):
            if lower[k] == first and lower[k:k + m] == words:
                count += 1
        return count

    # ----- dense columns ---------------------------------------------------------------------------------
    def token_dense(self) -> np.ndarray:
        """SI's dense columns, one row per token, from the packaged 50-d GloVe vectors (whitespace, punctuation and
        unknown words have none): the token's own vector (zeros when it has none); the mean vector of its left and
        right neighbours that have one; the mean over the words with a vector within TOKEN_WINDOW tokens either
        side, the token included. Evaluative words and phrases the training articles never contained count by their
        neighbours in meaning, and the context blocks tell a word inside a loaded phrase from the same word in plain
        report (a technique span is a phrase, eight words on average)."""
        rows, matrix = self._glove_rows()
        dim = GLOVE_DIM if matrix is None else matrix.shape[1]
        n = len(self.lower)
        own = np.zeros((n, dim), dtype=np.float32)
        known = np.array([r >= 0 for r in rows], dtype=bool)
        if known.any():
            own[known] = matrix[[r for r in rows if r >= 0]].astype(np.float32)
        sums = np.vstack([np.zeros((1, dim), dtype=np.float32), np.cumsum(own, axis=0)])
        counts = np.concatenate([[0], np.cumsum(known)])
        at = np.arange(n)

        def mean_within(width: int, *, skip_self: bool) -> np.ndarray:
            lo, hi = np.clip(at - width, 0, n), np.clip(at + width + 1, 0, n)
            total, count = sums[hi] - sums[lo], counts[hi] - counts[lo]
            if skip_self:
                total, count = total - own, count - known
            return total / np.maximum(count, 1)[:, None]

        neighbours = mean_within(1, skip_self=True)
        window = mean_within(TOKEN_WINDOW, skip_self=False)
        return np.hstack([own, neighbours, window]).astype(np.float32)

    def span_dense(self, start: int, end: int) -> np.ndarray:
        """TC's dense columns: the mean static word vector (the events stage's packaged 50-d GloVe, by lemma else
        lower-cased form) of the span's words. It lets evaluative words the training spans never contained
        count by their neighbours in meaning ("moronic" near "idiotic"); zeros when no word is known."""
        rows, matrix = self._glove_rows()
        i, j = self.tokens_in(start, end)
        known = [r for r in rows[i:j] if r >= 0]
        if not known:
            return np.zeros(GLOVE_DIM if matrix is None else matrix.shape[1], dtype=np.float32)
        return matrix[known].astype(np.float32).mean(axis=0)

    def _glove_rows(self) -> tuple[list[int], np.ndarray | None]:
        """Per token, its row in the GloVe matrix (-1 for whitespace, punctuation and unknown words); computed
        on first use and shared by SI's and TC's dense columns."""
        cached = getattr(self, "_glove", None)
        if cached is None:
            from eventwire.stages.events.classifier import load_vectors

            vectors = load_vectors()
            if vectors is None:
                cached = ([-1] * len(self.lower), None)
            else:
                rows = [-1] * len(self.lower)
                for k, tok in enumerate(self.doc):
                    if not (tok.is_space or tok.is_punct):
                        r = vectors.row(tok)
                        rows[k] = -1 if r is None else r
                cached = (rows, vectors.matrix)
            self._glove = cached
        return cached
