"""Attributions from quotation marks and the dependency parse: content, cue and speaker phrase.

Three passes over one parsed document:

1. direct quotations claimed by a cue right beside them: trailing ("'...,' Sanders said", "'...,' said Murphy,
   an aide"), leading ("Trump said, '...'", "Cruz continued: '...'") or both ("'...,' he said, '...'");
2. every other reporting verb with its complement from the parse: "X said (that) ...", "X told reporters ...",
   "..., X said.", "Time, Mr. Pence added, was on their side", "X described Y as '...'" (mixed when the content
   holds a quotation), and prepositional cues ("according to X, ...");
3. quotations still unclaimed: a continuation of the quote before it ("'...,' he said. '...'", or a paragraph
   that opens with a quote after one ending with an attributed quote), a quote after a colon-ended sentence
   ("Cruz called them on it:"), or a quote followed by "So said X". Scare quotes and titles never start an
   attribution of their own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from eventwire.knowledge.cues import QuoteCues
from eventwire.stages.quotes.marks import Quotation

_WORD = re.compile(r"\w+")
_QUOTE_CHARS = set("\"“”„‟«»'‘’‚‛‹›`")
# dependency labels that may sit between a cue verb and the quotation it introduces
_LEAD_DEPS = {"dobj", "dative", "iobj", "prep", "pobj", "det", "amod", "compound", "poss", "nummod", "npadvmod",
              "advmod", "prt", "nsubj", "appos", "punct", "case", "quantmod", "nmod", "neg", "aux", "pcomp",
              "agent", "cc", "conj", "attr", "oprd", "acomp", "mark", "predet", "preconj", "dep"}
_NP_LEFT = {"compound", "det", "amod", "poss", "nmod", "nummod", "quantmod", "case", "predet", "punct", "prep",
            "pobj", "flat", "advmod"}
_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis"}


@dataclass
class Attribution:
    """One found attribution, in characters; the speaker still a phrase of the text, not an actor."""

    fragments: list[tuple[int, int]]
    kind: str  # direct | indirect | mixed
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None  # the speaker phrase as written ("he", "who", "Sanders")
    speaker_head: int | None = None  # token index of the phrase's head as written
    referent: int | None = None  # token index naming the speaker when the phrase is a relative pronoun
    quotations: list[int] = field(default_factory=list)
    verb: int | None = None

    @property
    def start(self) -> int:
        return min(s for s, _ in self.fragments)

    @property
    def end(self) -> int:
        return max(e for _, e in self.fragments)


class Extractor:
    def __init__(self, doc, text: str, quotations: list[Quotation], cues: QuoteCues) -> None:
        self.doc, self.text, self.quotations, self.cues = doc, text, quotations, cues
        self.tok_quote = [-1] * len(doc)
        starts = [t.idx for t in doc]
        for qi, q in enumerate(quotations):
            i = max(0, bisect_right(starts, q.start) - 1)
            while i < len(doc) and doc[i].idx < q.end:
                if doc[i].idx >= q.start:
                    self.tok_quote[i] = qi
                i += 1
        self.q_first: dict[int, int] = {}
        self.q_last: dict[int, int] = {}
        for i, qi in enumerate(self.tok_quote):
            if qi >= 0:
                self.q_first.setdefault(qi, i)
                self.q_last[qi] = i
        self.par_starts = [m.start() for m in re.finditer(r"[^\n]+", text)]
        self.claimed: dict[int, Attribution] = {}
        self.used_verbs: set[int] = set()

    # ------------------------------------------------------------------ helpers
    def paragraph(self, char: int) -> int:
        return bisect_right(self.par_starts, char) - 1

    def inner_words(self, qi: int) -> list[str]:
        return _WORD.findall(self.quotations[qi].inner(self.text))

    def inner_end(self, qi: int) -> str:
        inner = self.quotations[qi].inner(self.text)
        return inner[-1] if inner else ""

    def is_short(self, qi: int) -> bool:
        """Scare quotes and titles: few words, or all capitalised words without sentence punctuation."""
        words = self.inner_words(qi)
        if len(words) <= self.cues.scare_quote_max_words:
            return True
        inner = self.quotations[qi].inner(self.text)
        if len(words) <= 8 and not re.search(r"[.!?,;:]", inner):
            content = [w for w in words if len(w) > 3]
            if content and all(w[0].isupper() for w in content):
                return True
        return False

    def is_cue_token(self, tok) -> bool:
        if self.tok_quote[tok.i] >= 0 or tok.pos_ not in ("VERB", "AUX"):
            return False
        return self.cues.is_cue_verb(tok.lemma_.lower())

    def according(self, tok):
        """For the first word of a prepositional cue ("according to X"): (last cue token, speaker token)."""
        words = [w.lower_ for w in self.doc[tok.i:tok.i + 4]]
        for cue in self.cues.prepositional_cues:
            if tuple(words[:len(cue)]) == cue:
                last = self.doc[tok.i + len(cue) - 1]
                obj = next((c for c in last.children if c.dep_ == "pobj"), None)
                if obj is None and tok.i + len(cue) < len(self.doc):
                    obj = self.doc[tok.i + len(cue)]
                    while obj.head.i > obj.i and obj.head.i < len(self.doc) and obj.head.pos_ in ("NOUN", "PROPN"):
                        obj = obj.head
                return last, obj
        return None

    def subject(self, v, depth: int = 0):
        """The speaker token of a cue verb: its subject, a passive agent, or the subject up the chain."""
        for c in v.children:
            if c.dep_ == "nsubj" and c.lower_ not in self.cues.non_speakers:
                return c
        for c in v.children:
            if c.dep_ == "agent":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        if depth >= 3 or v.head is v:
            return None
        if v.dep_ == "conj" or (v.dep_ in ("advcl", "xcomp") and v.head.pos_ in ("VERB", "AUX")):
            return self.subject(v.head, depth + 1)
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN"):
            return v.head
        return None

    def referent_of(self, subj, v):
        """A relative pronoun subject ("who said") names the noun its clause hangs on."""
        if subj.lower_ in self.cues.relative_pronouns:
            head = v
            while head.dep_ in ("conj",) and head.head is not head:
                head = head.head
            if head.dep_ in ("relcl", "acl") and head.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return head.head.i
        return None

    def np_span(self, tok) -> tuple[int, int]:
        """The speaker phrase around its head: left modifiers and the head, not appositions or clauses."""
        left = tok.i
        stack = [c for c in tok.lefts if c.dep_ in _NP_LEFT]
        while stack:
            c = stack.pop()
            left = min(left, c.i)
            stack.extend(g for g in c.lefts if g.dep_ in _NP_LEFT)
        right = tok.i
        for c in tok.rights:
            if c.dep_ in ("case",) or (c.dep_ == "compound" and c.i == right + 1):
                right = c.i
        while left < tok.i and (self.doc[left].is_punct or self.doc[left].dep_ in ("cc", "prep")):
            left += 1
        return self.doc[left].idx, self.doc[right].idx + len(self.doc[right])

    def new(self, fragments, kind, cue_tokens, subj, v, quotations) -> Attribution:
        cue = (cue_tokens[0].idx, cue_tokens[-1].idx + len(cue_tokens[-1])) if cue_tokens else None
        referent = self.referent_of(subj, v) if subj is not None and v is not None else None
        return Attribution(
            fragments=sorted(fragments), kind=kind, cue=cue,
            speaker=self.np_span(subj) if subj is not None else None,
            speaker_head=subj.i if subj is not None else None,
            referent=referent, quotations=sorted(quotations), verb=v.i if v is not None else None,
        )

    def speaker_tokens(self, subj) -> set[int]:
        if subj is None:
            return set()
        return {t.i for t in subj.subtree}

    # ------------------------------------------------------------------ pass 1: quotes beside their cue
    def trailing_cue(self, qi: int):
        """A cue right after the quote: (verb, speaker, cue tokens)."""
        doc, last = self.doc, self.q_last[qi]
        par = self.paragraph(self.quotations[qi].end - 1)
        limit = min(len(doc), last + 16)
        for j in range(last + 1, limit):
            tok = doc[j]
            if self.tok_quote[j] >= 0 or self.paragraph(tok.idx) != par:
                return None
            if tok.text in (".", "!", "?", ";"):
                return None
            if tok.lower_ in ("according", "as", "in") and (hit := self.according(tok)):
                last_cue, obj = hit
                between = doc[last + 1:j]
                if all(t.is_punct for t in between) and obj is not None:
                    return tok, obj, list(doc[tok.i:last_cue.i + 1])
                return None
            if self.is_cue_token(tok):
                subj = self.subject(tok)
                if subj is None:
                    return None
                allowed = self.speaker_tokens(subj) | {c.i for c in tok.children if c.dep_ in
                                                       ("aux", "auxpass", "neg", "advmod", "punct", "npadvmod")}
                if any(not doc[k].is_punct and k not in allowed for k in range(last + 1, j)):
                    return None
                if any(doc[k].text in (".", "!", "?") for k in range(last + 1, j)):
                    return None
                # "'We won.' He said the team ..." : the verb has its own complement after it
                if self.inner_end(qi) in ".!?" and any(
                        c.dep_ in ("ccomp", "dobj") and c.i > tok.i and self.tok_quote[c.i] < 0
                        for c in tok.children):
                    return None
                return tok, subj, [tok]
        return None

    def leading_cue(self, qi: int):
        """A cue right before the quote: (verb, speaker, cue tokens, first content token)."""
        doc, first = self.doc, self.q_first[qi]
        qstart = self.quotations[qi].start
        par = self.paragraph(qstart)
        j = first - 1
        that = None
        while j >= 0 and doc[j].is_space:
            j -= 1
        # "X said that '...'": keep the conjunction in the content
        if j >= 0 and doc[j].lower_ == "that" and doc[j].dep_ == "mark":
            that = j
        for k in range(first - 1, max(-1, first - 18), -1):
            tok = doc[k]
            if self.tok_quote[k] >= 0:
                return None
            same_par = self.paragraph(tok.idx) == par
            if not same_par and not self.text[:qstart].rstrip().endswith(":"):
                return None  # only a cue paragraph ending with a colon introduces a quote in the next one
            if tok.text in (".", "!", "?", ";") and k != first - 1:
                return None
            if tok.lower_ in ("according",) and (hit := self.according(tok)):
                last_cue, obj = hit
                if obj is not None:
                    return tok, obj, list(doc[tok.i:last_cue.i + 1]), that
                return None
            if self.is_cue_token(tok):
                subj = self.subject(tok)
                if subj is None:
                    return None
                subtree = {t.i for t in tok.subtree}
                for m in range(k + 1, first):
                    t = doc[m]
                    if t.is_space or t.is_punct or m == that:
                        continue
                    if m not in subtree or t.dep_ not in _LEAD_DEPS:
                        return None
                    # no other clause between the cue and the quote
                    h = t
                    while h.i != tok.i and h.head is not h:
                        if h.dep_ in _CLAUSE_DEPS or (h.pos_ in ("VERB", "AUX") and h.i != tok.i
                                                      and h.dep_ not in ("aux", "auxpass")):
                            return None
                        h = h.head
                return tok, subj, [tok], that
        return None

    def direct_pass(self) -> list[Attribution]:
        found: dict[int, Attribution] = {}
        for qi in range(len(self.quotations)):
            if qi not in self.q_first:
                continue
            short = self.is_short(qi)
            end_char = self.inner_end(qi)
            if short and end_char not in ",.!?…—-":
                continue
            trailing = self.trailing_cue(qi)
            leading = self.leading_cue(qi)
            if trailing and (not leading or end_char in ",—-"):
                v, subj, cue_toks = trailing
                if v.i in found:  # "'...,' he said, '...'" already holds a part before
                    continue
                found[v.i] = self.new([self.quotations[qi].span], "direct", cue_toks, subj, v, [qi])
                self.claimed[qi] = found[v.i]
            elif leading:
                v, subj, cue_toks, that = leading
                q = self.quotations[qi]
                if v.i in found and found[v.i].kind == "direct":
                    # the second part of a quote broken by its cue
                    prev = found[v.i]
                    gap = self.text[max(prev.cue[1], prev.speaker[1] if prev.speaker else 0):q.start]
                    if gap.strip(" ,\n\u00a0—–-") == "" or _only_trailing_words(gap):
                        prev.fragments.append(q.span)
                        prev.quotations.append(qi)
                        self.claimed[qi] = prev
                    continue
                start = self.doc[that].idx if that is not None else q.start
                kind = "direct" if that is None else "mixed"
                found[v.i] = self.new([(start, q.end)], kind, cue_toks, subj, v, [qi])
                self.claimed[qi] = found[v.i]
        self.used_verbs |= set(found)
        return list(found.values())

    # ------------------------------------------------------------------ pass 2: verbs and their complements
    def complement(self, v, subj) -> list[tuple[int, int]] | None:
        doc = self.doc
        skip = self.speaker_tokens(subj) | {v.i}
        comps = [c for c in v.children if c.dep_ == "ccomp" and c.i not in skip]
        if not comps:
            comps = [c for c in v.children if c.dep_ == "parataxis" and c.i > v.i
                     and any(t.text == ":" for t in doc[v.i:c.i])]
        if comps:
            toks = sorted({t.i for c in comps for t in c.subtree} - skip)
            # "X said that ..." : the complementizer belongs to the clause (already in the subtree)
            return self._span(toks)
        lemma = v.lemma_.lower()
        if v.dep_ == "parataxis" and v.head.pos_ in ("VERB", "AUX") and v.head.i < len(doc):
            # "Time, Mr. Pence added, was on their side" / "The plan, he said, is dead"
            head = v.head
            own = {t.i for t in v.subtree}
            toks = sorted(t.i for t in head.subtree if t.i not in own)
            return self._split(toks)
        if lemma in self.cues.object_verbs or lemma in self.cues.quote_only_verbs:
            parts = [c for c in v.children if c.dep_ in ("dobj", "oprd", "xcomp", "attr") and c.i > v.i]
            preps = [c for c in v.children if c.dep_ == "prep" and c.i > v.i and c.lower_ in
                     ("as", "for", "about", "on", "of")]
            if parts:
                parts += [p for p in preps if p.lower_ == "as"]
            elif preps:
                parts = [p for p in preps if p.lower_ != "as"][:1]
            if parts:
                toks = sorted({t.i for c in parts for t in c.subtree} - skip)
                span = self._span(toks)
                if lemma in self.cues.quote_only_verbs and span:
                    if not any(self.tok_quote[i] >= 0 for i in toks):
                        return None
                return span
        return None

    def _span(self, toks: list[int]) -> list[tuple[int, int]] | None:
        doc = self.doc
        if not toks:
            return None
        a, b = toks[0], toks[-1]
        while a <= b and (doc[a].is_punct and doc[a].text not in _QUOTE_CHARS and doc[a].text not in ("''", "``")
                          or doc[a].is_space):
            a += 1
        while b >= a and (doc[b].is_space or (doc[b].is_punct and doc[b].text not in _QUOTE_CHARS
                                               and doc[b].text not in ("''",)
                                               and not self._before_closing(b))):
            b -= 1
        if b < a:
            return None
        return [(doc[a].idx, doc[b].idx + len(doc[b]))]

    def _before_closing(self, i: int) -> bool:
        return i + 1 < len(self.doc) and self.tok_quote[i] >= 0 and self.tok_quote[i + 1] == self.tok_quote[i]

    def _split(self, toks: list[int]) -> list[tuple[int, int]] | None:
        """Contiguous runs of token indices as character fragments (punctuation trimmed)."""
        runs, run = [], []
        for i in toks:
            if run and i != run[-1] + 1:
                runs.append(run)
                run = []
            run.append(i)
        if run:
            runs.append(run)
        pieces = []
        for r in runs:
            span = self._span(r)
            if span:
                pieces += span
        return pieces or None

    def snap(self, fragments: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[int]]:
        """Extend a content to whole quotations it overlaps."""
        quotes = []
        out = []
        for s, e in fragments:
            for qi, q in enumerate(self.quotations):
                if q.start < e and s < q.end:
                    quotes.append(qi)
                    s, e = min(s, q.start), max(e, q.end)
            out.append((s, e))
        return out, sorted(set(quotes))

    def verb_pass(self) -> list[Attribution]:
        found = []
        claimed_spans = [f for a in self.claimed.values() for f in a.fragments]
        for tok in self.doc:
            if self.tok_quote[tok.i] >= 0:
                continue
            if tok.lower_ in ("according", "as", "in") and (hit := self.according(tok)):
                att = self.according_attribution(tok, *hit)
                if att and not _overlaps(att.fragments, claimed_spans):
                    found.append(att)
                continue
            if tok.i in self.used_verbs or not self.is_cue_token(tok):
                continue
            if tok.lemma_.lower() in self.cues.manner_verbs:
                continue
            subj = self.subject(tok)
            if subj is None:
                continue
            if tok.dep_ == "amod" or tok.tag_ == "VBN" and not any(c.dep_ in ("aux",) for c in tok.children) \
                    and tok.dep_ not in ("ROOT", "conj", "ccomp", "parataxis"):
                continue
            fragments = self.complement(tok, subj)
            if not fragments:
                continue
            fragments, quotes = self.snap(fragments)
            if _overlaps(fragments, claimed_spans):
                continue
            kind = "indirect"
            if quotes:
                covered = sum(self.quotations[q].end - self.quotations[q].start for q in quotes)
                total = sum(e - s for s, e in fragments)
                kind = "direct" if covered >= total - 2 else "mixed"
            found.append(self.new(fragments, kind, [tok], subj, tok, quotes))
            for q in quotes:
                self.claimed.setdefault(q, found[-1])
        return found

    def according_attribution(self, tok, last_cue, obj) -> Attribution | None:
        """"according to X, ..." : the clause the phrase modifies, without the phrase itself."""
        if obj is None:
            return None
        head = tok.head
        while head.dep_ not in ("ROOT",) and head.pos_ not in ("VERB", "AUX") and head.head is not head:
            head = head.head
        sent = tok.sent
        own = {t.i for t in tok.subtree} | set(range(tok.i, last_cue.i + 1)) | {t.i for t in obj.subtree}
        toks = sorted(t.i for t in head.subtree if t.i not in own and sent.start <= t.i < sent.end)
        fragments = self._split(toks)
        if not fragments:
            return None
        # a single covering content (PolNeAR keeps interruptions inside the extent as fragments)
        fragments, quotes = self.snap(fragments)
        kind = "indirect"
        if quotes:
            kind = "mixed"
        cue_toks = list(self.doc[tok.i:last_cue.i + 1])
        att = self.new(fragments, kind, cue_toks, obj, None, quotes)
        return att

    # ------------------------------------------------------------------ pass 3: quotes still unclaimed
    def orphan_pass(self, found: list[Attribution]) -> list[Attribution]:
        extra = []
        for qi, q in enumerate(self.quotations):
            if qi in self.claimed or qi not in self.q_first:
                continue
            if self.is_short(qi):
                continue
            prev = self._previous_direct(q, found + extra)
            if prev is not None:
                prev.fragments.append(q.span)
                prev.quotations.append(qi)
                self.claimed[qi] = prev
                continue
            colon = self._colon_cue(qi)
            if colon is not None:
                v, subj = colon
                att = self.new([q.span], "direct", [v], subj, v, [qi])
                extra.append(att)
                self.claimed[qi] = att
        return extra

    def _previous_direct(self, q: Quotation, found: list[Attribution]) -> Attribution | None:
        """The direct attribution this quote continues: only its cue phrase lies between them."""
        before = [a for a in found if a.end <= q.start and a.kind in ("direct", "mixed")]
        if not before:
            return None
        prev = max(before, key=lambda a: a.end)
        edge = max([prev.end] + ([prev.cue[1]] if prev.cue else []) + ([prev.speaker[1]] if prev.speaker else []))
        if edge > q.start:
            return None
        gap = self.text[edge:q.start]
        if any(a is not prev and prev.end <= a.start < q.start for a in found):
            return None
        if "\n" in gap:
            # a new paragraph opening with a quote continues the quote that ended the last paragraph
            return prev if gap.strip() == "" or _only_trailing_words(gap.split("\n")[0]) and \
                gap.split("\n", 1)[1].strip() == "" else None
        return prev if _only_trailing_words(gap) or gap.strip(" .,;\u00a0") == "" else None

    def _colon_cue(self, qi: int):
        """A quote after a sentence ending with a colon: that sentence's verb and subject."""
        q = self.quotations[qi]
        before = self.text[:q.start].rstrip()
        if not before.endswith(":"):
            return None
        k = self.q_first[qi] - 1
        while k >= 0 and (self.doc[k].is_space or self.doc[k].text == ":"):
            k -= 1
        if k < 0:
            return None
        sent = self.doc[k].sent
        root = sent.root
        verbs = [t for t in self.doc[sent.start:k + 1] if t.pos_ in ("VERB", "AUX") and self.tok_quote[t.i] < 0]
        cand = [t for t in verbs if self.is_cue_token(t)] or ([root] if root.pos_ in ("VERB", "AUX") else [])
        for v in reversed(cand):
            subj = self.subject(v)
            if subj is not None and self.tok_quote[subj.i] < 0:
                return v, subj
        return None

    def run(self) -> list[Attribution]:
        direct = self.direct_pass()
        verbs = self.verb_pass()
        found = direct + verbs
        found += self.orphan_pass(found)
        for att in found:
            att.fragments = _merge(sorted(att.fragments))
            if att.kind != "indirect" and all(self.quotations[q].start <= att.start for q in att.quotations[:1]):
                att.kind = "direct" if all(_is_quoted(self.text, s, e) for s, e in att.fragments) else att.kind
        return sorted(found, key=lambda a: a.start)


def _only_trailing_words(gap: str) -> bool:
    """The text between two parts of a quote is only its cue phrase: "he said." / ", said Smith, an aide."""
    return len(_WORD.findall(gap)) <= 14 and not re.search(r"[\"“”‘’]", gap)


def _overlaps(fragments, others) -> bool:
    return any(s < oe and os_ < e for s, e in fragments for os_, oe in others)


def _merge(fragments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in fragments:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _is_quoted(text: str, s: int, e: int) -> bool:
    return text[s:s + 1] in _QUOTE_CHARS or text[s:s + 2] in ("''", "``")
