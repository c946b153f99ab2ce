"""Attributions from quotation marks and the dependency parse: content, cue and speaker phrase.

Passes over one parsed document:

1. direct quotations claimed by a cue right beside them: trailing ("'...,' Sanders said", "'...,' said Murphy,
   an aide", "'...' So said the governor"), leading ("Trump said, '...'", "Cruz continued: '...'") or both
   ("'...,' he said, '...'"); any verb counts beside a quote ending in a comma ("'Go back,' Trump barked");
2. every other reporting verb with its complement from the parse: "X said (that) ...", "X told reporters ...",
   "..., X said.", "Time, Mr. Pence added, was on their side", "X described Y as '...'", "X announced Y"
   (mixed when the content holds a quotation), and prepositional cues ("according to X, ...");
3. quotations still unclaimed: a continuation of the attribution before it ("'...,' he said on Monday. '...'",
   "He said the deal was dead. '...'", "... he said. But '...'", or a paragraph that opens with a quote after an
   attributed one), a quotation paragraph signed by a dash line ("- Bernie Sanders."), a quote after a
   colon-ended sentence ("Cruz called them on it:", "issued the following statement:"), a verbless source
   phrase before a colon ("More from Jones:", "From the report:", "A communique read:"), or a headline speaker
   ("Rubio: '...'", title case allowed there). Scare quotes (one word), titles, names inside a sentence begun before them ("In an
   interview with 'Fox and Friends,' ...") and the named works of a book, film or show never start an attribution
   of their own, nor does a phrase run into a longer clause, unless a verb of crying out utters it ("chanted
   'Lock her up!'").
4. a report relayed by a second source ("Militants took the town, an official said, the agency reported" or
   "..., according to the agency"): the first speaker's content is the clause, the relaying source's content
   the clause with the first report in it (the one nested report kept beside its container).

The parse is not trusted blindly beside a quote: a name tagged as a verb is no cue, a quoted word hung on the
cue as its subject does not hide the speaker, an inverted speaker ("says Ann Lane, who ...") the parser gave
to another verb or tagged as an adverb still speaks, and a name parsed as an apposition before a subjectless cue
("..., Jake Sullivan, said: '...'") speaks. Reporting idioms ("as X put it") are cues; infinitives under "be"
("it is safe to say") and opening "Asked whether ..." clauses (an unnamed asker) report nobody's words.

Content extents follow PolNeAR's conventions as seen on its dev split: a direct content keeps its marks and the
punctuation inside them; a quote that continues a sentence begun before it takes the sentence from its start
(mixed: "He was 'a respected colleague,' the statement added"); an indirect content is the complement clause
with its "that", without the speaker's non-restrictive asides (", who was his chief of staff"); "according to
X" scopes the main clause of its sentence; a quote broken by its cue, or continued after the cue sentence, is
one attribution with several fragments; a reported claim whose cue lies inside another content is part of it,
not an attribution of its own; questions, characterisations and directives ("..., she asked") report no clause
placed before them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from eventwire.datelines import DATELINE
from eventwire.knowledge.cues import QuoteCues
from eventwire.stages.quotes.marks import Quotation, paragraph_spans

_WORD = re.compile(r"\w+")
_QUOTE_CHARS = set("\"“”„‟«»'‘’‚‛‹›`")
# dependency labels that may sit between a cue verb and the quotation it introduces
_LEAD_DEPS = {"dobj", "dative", "iobj", "prep", "pobj", "det", "amod", "compound", "poss", "nummod", "npadvmod",
              "advmod", "prt", "nsubj", "appos", "punct", "case", "quantmod", "nmod", "neg", "aux", "pcomp",
              "agent", "cc", "conj", "attr", "oprd", "acomp", "mark", "predet", "preconj", "dep"}
# dependency labels of a noun phrase: a word carrying one is not a cue verb, whatever its tag
_NOMINAL_DEPS = {"nsubj", "nsubjpass", "compound", "dobj", "pobj", "poss"}
# reflexive pronouns: an object naming the subject itself ("calls himself a moderate") reports nothing
_REFLEXIVES = {"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself", "yourselves"}
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
    rule: str = ""  # which pattern found it (for diagnostics)

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
        self.par_starts = [start for start, _end in paragraph_spans(text)]
        self.claimed: dict[int, Attribution] = {}
        self.connectives = cues.continuation_connectives
        self.work_nouns = cues.work_nouns
        self.naming_words = cues.naming_words
        self.no_preposed = cues.no_preposed_content_verbs
        self.used_verbs: set[int] = set()
        # verbs of closing reports cut off a reported clause (`_without_closing_report`): not cues of their own
        self.closing_relays: set[int] = set()
        # the words of a dateline ("SAO PAULO, May 2 (Reuters) -"): the parser may hang its place on the lead
        # sentence's cue as a second subject, but where a report was filed never speaks in it
        self.dateline_tokens: set[int] = set()
        for hit in DATELINE.finditer(text):
            span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
            if span is not None:
                self.dateline_tokens.update(range(span.start, span.end))

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
        return self.is_title(qi)

    def _comma_between(self, a: int, b: int) -> bool:
        return any(self.doc[k].text == "," for k in range(a + 1, b))

    def _subject_after(self, v):
        """An inverted speaker right after the cue ("'...,' says Myra Lane, a historian") that the parser made the
        subject of another verb."""
        doc = self.doc
        k = v.i + 1
        name = self._capitalised_after(v)
        if name is not None:
            return name
        while k < len(doc) and k < v.i + 6 and self.tok_quote[k] < 0:
            t = doc[k]
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN"):
                return t
            if t.dep_ == "dobj" and t.head.i == v.i and t.pos_ in ("PROPN", "NOUN") \
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
                return t  # "'...!' wrote a man in Ohio": an inverted subject the parser took for an object
            if t.dep_ not in ("det", "compound", "amod", "poss", "case", "nmod") and t.pos_ not in ("PROPN", "DET"):
                return None
            k += 1
        return None

    def _capitalised_after(self, v):
        """A capitalised name right after the cue verb, ending the clause ("'...,' said Skelly, explaining ..."):
        the inverted speaker even when the tagger took the unknown name for an adverb or adjective."""
        doc = self.doc
        k = v.i + 1
        while k < len(doc) and self.tok_quote[k] < 0 and doc[k].text.isalpha() and doc[k].text[0].isupper() \
                and doc[k].lower_ not in self.cues.pronouns and doc[k].pos_ not in ("VERB", "AUX", "DET", "ADP"):
            k += 1
        if k == v.i + 1 or k >= len(doc) or not (doc[k].is_punct or doc[k].text in ",.;:!?") \
                or self.tok_quote[k] >= 0:
            return None
        return doc[k - 1]

    def _name_before_comma(self, v):
        """A name set off by commas right before a cue verb that has no subject in the parse ("In a statement, her
        adviser, Jake Sullivan, said: '...'", the name parsed as an apposition of an earlier noun)."""
        doc = self.doc
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children) or v.i < 2:
            return None
        comma, name = doc[v.i - 1], doc[v.i - 2]
        if comma.text != "," or name.pos_ != "PROPN" or self.tok_quote[name.i] >= 0 or name.sent != v.sent:
            return None
        return name

    def _appositive_speaker(self, v):
        """A speaker set off by commas (or by one comma before it, running up to the cue) before a cue verb with no
        subject, which the parser hung as an apposition on a noun of the reported clause ("Guards detained 45 people,
        a spokeswoman for the border guard, Anna Michalska, told TVP"): the first noun of that apposition, or the
        name closing it when the parser hung the name on the clause's verb instead. None when the verb has a
        subject."""
        found = self._appositive_speaker_phrase(v)
        return found[0] if found else None

    def _appositive_speaker_phrase(self, v):
        """(speaker token, the token indices of the speaker's words) for `_appositive_speaker`, or None."""
        doc = self.doc
        # (a finite cue only: "fired his chief, X, acknowledging that ...": a participle's speaker is its clause's)
        if v.i < 3 or v.tag_ not in ("VBD", "VBZ", "VBP") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
            return None
        # (the apposition may run right up to the cue: "..., killing 40 civilians, a spokesman for the group said")
        comma = doc[v.i - 1].text == ","
        tok, name = doc[v.i - 2] if comma else doc[v.i - 1], None
        if comma and tok.dep_ not in ("appos", "compound") and tok.pos_ == "PROPN" and tok.head.i < tok.i:
            # "..., a spokeswoman for the coast guard, Ilse Marrow, said": the name hung on the verb of the clause
            name, left = tok, tok.left_edge.i
            if left < 3 or doc[left - 1].text != "," or doc[left - 2].dep_ == "appos":
                return None
            tok = doc[left - 2]
        # (or a conjunct with no "and": the parser may read the description as one more object)
        for _ in range(6):
            if tok.dep_ in ("appos", "conj") and tok.head.dep_ not in ("appos", "conj"):
                break
            if tok.head.i == tok.i or tok.head.i > v.i:
                return None
            tok = tok.head
        else:
            return None
        if tok.dep_ == "conj" and any(doc[k].dep_ == "cc" for k in range(tok.head.i, tok.i)):
            return None
        # the noun described must be an object in the reported clause ("detained 45 people, a spokeswoman ...");
        # a described subject ("'...!' Murphy, the head of X, tweeted") is the speaker already
        if tok.head.dep_ not in ("dobj", "pobj", "dative", "attr", "oprd") or self.tok_quote[tok.head.i] >= 0:
            return None
        if tok.dep_ not in ("appos", "conj") or tok.pos_ not in ("NOUN", "PROPN") or self.tok_quote[tok.i] >= 0 \
                or tok.sent != v.sent or doc[tok.left_edge.i - 1].text != "," \
                or any(t.pos_ in ("VERB", "AUX") for t in doc[tok.left_edge.i:v.i]):
            return None
        words = {t.i for t in tok.subtree} | ({t.i for t in name.subtree} if name is not None else set())
        return (name if name is not None else tok), words

    def _name_before(self, v, last: int):
        """A name right before a cue verb that the parser did not make its subject ("'Go back,' Trump barked",
        parsed as a compound of the verb)."""
        left = [c for c in v.lefts if last < c.i and c.pos_ in ("PROPN", "PRON")
                and c.dep_ in ("compound", "dep", "npadvmod", "nmod")]
        return left[-1] if left else None

    def is_fragment(self, qi: int) -> bool:
        """A quotation opening with a lower-case word: a piece of a sentence, not a whole utterance."""
        words = self.inner_words(qi)
        return bool(words) and words[0][0].islower()

    def is_title(self, qi: int) -> bool:
        """A title or name in quotes ("Morning Joe", "Make America Great Again"): capitalised words, no clause."""
        words = self.inner_words(qi)
        inner = self.quotations[qi].inner(self.text).rstrip(".,!?:;")
        if 2 <= len(words) <= 8 and not re.search(r"[.!?,;:]", inner):
            content = [w for w in words if len(w) > 3]
            return bool(content) and all(w[0].isupper() for w in content)
        return False

    def is_named_work(self, qi: int) -> bool:
        """The title of a book, film, show or the like, named by a noun beside it ("her 2015 memoir, 'Plenty
        Ladylike.'", "a show called 'Brokers,'", "'Man of the World,' a book written with ...")."""
        words = self.inner_words(qi)
        if not words or not words[0][0].isupper() or len(words) > 12:
            return False
        doc, nouns = self.doc, self.work_nouns
        k = self.q_first[qi] - 1
        while k >= 0 and (doc[k].is_space or doc[k].text == "," or doc[k].lower_ in self.naming_words):
            k -= 1
        if k >= 0 and doc[k].lemma_.lower() in nouns and self.tok_quote[k] < 0:
            return True
        k = self.q_last[qi] + 1
        while k < len(doc) and (doc[k].is_space or doc[k].text == ","):
            k += 1
        if k < len(doc) and doc[k].pos_ == "DET":
            for m in range(k + 1, min(len(doc), k + 4)):
                if doc[m].lemma_.lower() in nouns:
                    return True
                if doc[m].pos_ not in ("ADJ", "NOUN", "PROPN", "NUM"):
                    break
        return False

    def is_cue_token(self, tok, relaxed: bool = False) -> bool:
        """A reporting verb outside quotes; `relaxed`: any verb beside a quote ("'Go back,' Trump barked")."""
        if self.tok_quote[tok.i] >= 0 or tok.pos_ not in ("VERB", "AUX"):
            return False
        if tok.dep_ in _NOMINAL_DEPS:
            return False  # a name the tagger took for a verb ("Trump shot back")
        lemma = tok.lemma_.lower()
        if self.cues.is_cue_verb(lemma) or self.idiom_object(tok) is not None:
            return True
        return relaxed and tok.pos_ == "VERB" and lemma not in self.cues.non_cue_verbs

    def idiom_object(self, tok):
        """The object of a reporting idiom ("as X put it, '...'"), which is no content of its own."""
        words = self.cues.reporting_idioms.get(tok.lemma_.lower())
        if not words:
            return None
        return next((c for c in tok.rights if c.dep_ == "dobj" and c.lower_ in words), None)

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
        """The speaker token of a cue verb: its subject, a passive agent, or the subject up the chain.
        Words inside a quotation never speak for the cue outside it."""
        found = self._subject(v, depth)
        if found is not None and self.tok_quote[found.i] >= 0 and self.tok_quote[v.i] < 0:
            return None
        return found

    def _subject(self, v, depth: int = 0, passive: bool = False):
        """`passive`: reached from an infinitive or a preposition's verb, whose speaker a passive subject can be
        ("Mr. Lane was prompted to say, '...'", "he was quoted as saying")."""
        outside = self.tok_quote[v.i] < 0
        for c in v.children:
            if (c.dep_ == "nsubj" or passive and c.dep_ == "nsubjpass") and c.lower_ not in self.cues.non_speakers:
                if outside and self.tok_quote[c.i] >= 0:
                    continue  # a word of the quotation the parser hung on the cue ("'..., that was it,' he said")
                if c.i in self.dateline_tokens:
                    # the dateline's place is no speaker; the parser may hang the real subject on it as an
                    # apposition ("CLEVELAND, July 19 (UPI) - Former Judge Ann Reyes told ...")
                    named = next((g for g in c.children if g.dep_ == "appos" and g.i not in self.dateline_tokens), None)
                    if named is not None:
                        return named
                    continue
                if c.lower_ == "that" and v.dep_ != "relcl":
                    return None  # "That said, ...": an idiom, not a speaker
                described = next((g for g in c.children if g.dep_ == "appos" and g.i < v.i), None)
                if described is not None and c.left_edge.i > 0 and self.doc[c.left_edge.i - 1].pos_ == "VERB" \
                        and described.pos_ in ("NOUN", "PROPN"):
                    # "..., killing at least 40 civilians, a spokesman for the group said": a noun right after a
                    # verb is that verb's object, which the parser made the cue's subject; the apposition that
                    # closes the sentence before the cue speaks
                    return described
                return c
        for c in v.children:
            if c.dep_ == "agent":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        if depth == 0:
            described = self._appositive_speaker(v)
            if described is not None:
                return described
        if depth >= 3 or v.head.i == v.i:
            return None
        if v.dep_ == "xcomp" and v.head.lemma_ == "be":
            return None  # "It is safe to say ...", "All this is to say ...": the author's own voice
        claimant = self._claim_clause_claimant(v)
        if claimant is not None:
            return self._subject(claimant, depth + 1)
        if v.dep_ == "conj" and v.head.dep_ == "ccomp" and self._speaker_act(v, v.head.head):
            # "The company said profits fell and announced job cuts": the speaker's second act is the speaker's
            return self._subject(v.head.head, depth + 1)
        if v.dep_ == "conj" or (v.dep_ in ("advcl", "xcomp") and v.head.pos_ in ("VERB", "AUX")):
            head = v.head
            # "Byrne wrote the agents knew ..., saying '...'": the participle belongs to the outer cue
            if v.tag_ == "VBG" and head.dep_ == "ccomp" and self.is_cue_token(head.head):
                return self._subject(head.head, depth + 1)
            # "Ann said her father backed workers and would do the same, saying ...": also when the participle
            # hangs on the second of the reported clause's coordinated verbs
            clause = head
            while clause.dep_ == "conj" and clause.head.i != clause.i:
                clause = clause.head
            if v.tag_ == "VBG" and clause is not head and clause.dep_ == "ccomp" and self.is_cue_token(clause.head) \
                    and v.i > 0 and self.doc[v.i - 1].text == ",":
                return self._subject(clause.head, depth + 1)
            return self._subject(head, depth + 1, passive=v.dep_ == "xcomp")
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN"):
            return v.head
        relay = self.relaying_verb(v)
        if relay is not None:
            # "State TV quoted him as saying ...": the source is who quotes (PolNeAR's convention: the one quoted
            # is part of the content); "he was quoted by the agency as saying": the agent; "he was quoted as
            # saying": nobody else is named, so the one quoted
            agent = next((g for c in relay.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            source = agent or next((c for c in relay.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if source is not None and self.tok_quote[source.i] < 0:
                return source
        return None

    def _claim_clause_claimant(self, v):
        """"The ministry dismissed reports that troops had entered the town, calling them 'pure fabrication'": a
        participle after a comma that the parser hung on the "that" clause of a noun (the claim the subject answers)
        belongs to the verb governing that noun, whose subject speaks; else None."""
        if v.tag_ != "VBG" or v.dep_ != "advcl" or v.i == 0 or self.doc[v.i - 1].text != ",":
            return None
        clause = v.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        noun = clause.head
        if clause.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" or noun.head.pos_ not in ("VERB", "AUX") \
                or noun.dep_ not in ("dobj", "pobj", "nsubjpass") \
                or not any(g.dep_ == "mark" and g.lower_ == "that" for g in clause.children):
            return None
        governor = noun.head
        if noun.dep_ == "pobj":  # "hit back at claims that ...": the preposition's verb
            governor = governor.head if governor.pos_ == "ADP" else governor
        return governor if governor.pos_ in ("VERB", "AUX") else None

    def relaying_verb(self, v):
        """The verb relaying what `v` reports in "X quoted Y as saying ...", "Y was quoted as saying ...", or
        None: `v` is a participle of saying under "as" that hangs on a verb of relaying words."""
        if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ == "as" and v.head.head.pos_ in ("VERB", "AUX") \
                and v.head.head.lemma_.lower() in self.cues.relaying_verbs:
            return v.head.head
        return None

    def referent_of(self, subj, v):
        """A relative pronoun subject ("who said") names the noun its clause hangs on; a partitive subject ("one of
        the experts said") names the group after "of"."""
        group = self._partitive_group(subj)
        if group is not None:
            return group.i
        if subj.lower_ in self.cues.relative_pronouns and not subj.text.isupper():
            head = v
            while head.dep_ in ("conj",) and head.head.i != head.i:
                head = head.head
            if head.dep_ in ("relcl", "acl") and head.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return head.head.i
        return None

    def _partitive_group(self, subj, depth: int = 0):
        """The noun after "of" when `subj` is a quantity word heading a partitive ("two of the council's members");
        a quantity after "of" heads its own partitive ("tens of thousands of supporters": the supporters)."""
        if not (subj.like_num or subj.lower_ in self.cues.partitive_quantifiers):
            return None
        if any(t.dep_ == "appos" for t in subj.subtree):
            return None  # "One of the men, Ann Doe, said": the apposition names the speaker
        for prep in subj.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ in ("NOUN", "PROPN", "NUM"):
                    if depth < 2:
                        return self._partitive_group(obj, depth + 1) or obj
                    return obj
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
        while left < tok.i and (self.doc[left].is_punct or self.doc[left].dep_ in ("cc", "prep")
                                or self.cues.is_cue_verb(self.doc[left].lemma_.lower())):  # "Said Ellis"
            left += 1
        return self.doc[left].idx, self.doc[right].idx + len(self.doc[right])

    def new(self, fragments, kind, cue_tokens, subj, v, quotations) -> Attribution:
        subj = self._alias_name(subj)
        if v is not None and len(cue_tokens) == 1 and cue_tokens[0].i == v.i:
            cue_tokens = self._relayed_cue(self.relaying_verb(v), v, fragments)
        cue = (cue_tokens[0].idx, cue_tokens[-1].idx + len(cue_tokens[-1])) if cue_tokens else None
        referent = self.referent_of(subj, v) if subj is not None and v is not None else None
        return Attribution(
            fragments=sorted(fragments), kind=kind, cue=cue,
            speaker=self.np_span(subj) if subj is not None else None,
            speaker_head=subj.i if subj is not None else None,
            referent=referent, quotations=sorted(quotations), verb=v.i if v is not None else None,
        )

    def _alias_name(self, subj):
        """"said the rebel commander, known as NAME": a described speaker with a participle giving the name it goes
        by (cues `alias_participles`) speaks as that name (the head of a proper noun after "as" or "by", or the
        participle's object: "a man named NAME") when the tagger reads it as a person's name; else `subj` itself
        (a nickname it does not know stays with the description, which the actors stage has as a person)."""
        if subj is None or subj.pos_ not in ("NOUN",):
            return subj
        phrase = self._alias_phrase(subj)
        if phrase is not None:
            return phrase[0]
        for part in subj.rights:
            if part.dep_ != "acl" or part.tag_ != "VBN" or part.lemma_.lower() not in self.cues.alias_participles:
                continue
            for c in part.rights:
                if c.dep_ in ("oprd", "dobj", "attr") and c.pos_ == "PROPN" and c.ent_type_ == "PERSON":
                    return c
                if c.dep_ in ("prep", "agent") and c.lower_ in ("as", "by"):
                    name = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                                 and g.ent_type_ == "PERSON"), None)
                    if name is not None:
                        return name
        return subj

    def _alias_phrase(self, noun):
        """"a man identified only as NAME said", "a woman who gave her name only as NAME told ...": the description
        `noun` followed, word by word, by an alias participle (cues `alias_participles`) or a relative clause of
        giving a name (cues `alias_giving_verbs`: "who gave only her first name, NAME"), then hedging adverbs (cues
        `alias_hedges`), "as" or "by", at most a few words naming the kind of name ("by his first name,") and a
        person's name. The parser often hangs the hedge, "as" and the name on the verb of saying (the name even as
        its subject), so the parse is not read here. (name head token, token indices from the participle or
        relative word to the name) or None."""
        doc = self.doc
        k = noun.i + 1
        if k < len(doc) and doc[k].lower_ == "of" and self.tok_quote[k] < 0:
            # "a mother of three, who gave only her first name, NAME": a short "of" phrase of the description
            # (numbers, determiners, adjectives and common nouns) comes before the naming
            j = k + 1
            while j < min(k + 5, len(doc)) and doc[j].pos_ in ("DET", "NUM", "ADJ", "NOUN") and self.tok_quote[j] < 0:
                j += 1
            if j > k + 1:
                k = j
        if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in self.cues.relative_pronouns:
            k += 1  # the relative clause set off by a comma ("a nurse, who gave only her first name, NAME, said")
        if k + 1 >= len(doc):
            return None
        relative = doc[k].lower_ in self.cues.relative_pronouns and doc[k + 1].lemma_.lower() in \
            self.cues.alias_giving_verbs | self.cues.alias_using_verbs
        # "going by the name NAME", "using the pseudonym NAME": a present participle of going under a name
        using = relative and doc[k + 1].lemma_.lower() in self.cues.alias_using_verbs or \
            doc[k].tag_ == "VBG" and doc[k].lemma_.lower() in self.cues.alias_using_verbs
        if not (relative or using) and (doc[k].tag_ != "VBN"
                                        or doc[k].lemma_.lower() not in self.cues.alias_participles):
            return None
        start = k
        k += 2 if relative else 1
        limit = min(k + 7, len(doc))
        # after a noun of naming ("by his first name, Karim") any proper noun is the name, whatever entity type the
        # tagger gives it (a bare given name is often read as a place or an organisation)
        named = introduced = False
        while k < limit and not (doc[k].pos_ == "PROPN" and (named or doc[k].ent_type_ == "PERSON")):
            naming = self._alias_noun_at(k)
            if naming and self.tok_quote[k] < 0:
                named, k = True, k + naming
                continue
            word = doc[k]
            if self.tok_quote[k] >= 0 or not (word.lower_ in self.cues.alias_hedges or word.text == ","
                                              or word.pos_ in ("DET", "PRON", "ADJ", "NOUN")
                                              or word.lower_ in ("as", "by")):
                return None
            named = named or word.pos_ == "NOUN" and word.lemma_.lower() in self.cues.alias_participles
            introduced = introduced or word.lower_ in ("as", "by")
            k += 1
        if k >= limit or (relative or using) and not named or not (relative or using) and not (
                introduced or named or k == start + 1):
            return None
        while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and (named or doc[k + 1].ent_type_ == "PERSON"):
            k += 1
        return doc[k], set(range(start, k + 1))

    def _alias_noun_at(self, k: int) -> int:
        """How many words a noun of naming (cues `alias_nouns`: "name", "nom de guerre") starting at word `k` has;
        0 when none starts there."""
        for words in self.cues.alias_nouns:
            found = [t.lower_ for t in self.doc[k:k + len(words)]]
            if tuple(found) == words or len(words) == 1 and self.doc[k].lemma_.lower() == words[0]:
                return len(words)
        return 0

    def _alias_words(self, subj) -> set[int]:
        """The words of a described speaker's alias phrase around `subj` (the description or the name), else {}."""
        for noun in (subj, *(self.doc[max(0, subj.i - 12):subj.i])):
            if noun.pos_ != "NOUN":
                continue
            phrase = self._alias_phrase(noun)
            if phrase is not None and (noun.i == subj.i or phrase[0].i == subj.i):
                return {t.i for t in noun.subtree if t.i <= noun.i} | phrase[1]
        return set()

    def speaker_tokens(self, subj) -> set[int]:
        if subj is None:
            return set()
        return {t.i for t in subj.subtree}

    def _sentence_start(self, qi: int) -> int:
        """Where the sentence holding the quote's opening mark starts, when it starts in the same paragraph with
        words before the quote ("Employees must wait, 'and the victim can face sanctions,' she said"); else
        the quote's own start."""
        q = self.quotations[qi]
        line_start = self.text.rfind("\n", 0, q.start) + 1
        head = self.text[line_start:q.start]
        ends = _sentence_ends(head + "X", self.cues.honorifics)
        start = line_start + (ends[-1].end() - 1 if ends else 0)
        if any(o.end > start and o.start < q.start for o in self.quotations if o is not q):
            return q.start
        words = _WORD.findall(self.text[start:q.start])
        if not words or len(words) > 60 or self.text[start:q.start].rstrip().endswith((",", ":", "—", "-")):
            return q.start
        k = self.q_first[qi] - 1
        while k >= 0 and self.doc[k].idx >= start:
            if self.is_cue_token(self.doc[k]) or self.doc[k].lower_ == "according":
                return q.start  # a cue of its own before the quote: not one sentence with it
            k -= 1
        while start < q.start and self.text[start].isspace():
            start += 1
        return start

    # ------------------------------------------------------------------ pass 1: quotes beside their cue
    def trailing_cue(self, qi: int):
        """A cue right after the quote: (verb, speaker, cue tokens)."""
        doc, last = self.doc, self.q_last[qi]
        if self._inside_question_participle(qi):
            return None
        relaxed = self.inner_end(qi) in ",?!—-" and not self.is_title(qi)
        par = self.paragraph(self.quotations[qi].end - 1)
        limit = min(len(doc), last + 16)
        for j in range(last + 1, limit):
            tok = doc[j]
            if self.tok_quote[j] >= 0 or self.paragraph(tok.idx) != par:
                return None
            if tok.text in (".", "!", "?", ";"):
                return None
            if tok.lower_ in ("according", "as", "in") and self.according(tok):
                return None  # "'...,' according to X": the phrase scopes its whole sentence (verb pass)
            if any(self._alias_phrase(doc[k]) is not None for k in (tok.i - 1, tok.i - 2) if k >= 0):
                continue  # "'...,' a man identified only as Ahmed said": the participle names the speaker
            if self.is_cue_token(tok, relaxed):
                if self.is_fragment(qi) and (not self.cues.is_cue_verb(tok.lemma_.lower())
                                             or len(self.inner_words(qi)) <= 4):
                    return None  # a phrase of a longer clause ("as Trump went on about 'our own citizens,'")
                subj = self.subject(tok)
                if subj is None:
                    subj = self._name_before(tok, last)
                if subj is None and all(doc[k].is_punct or doc[k].is_space for k in range(last + 1, j)):
                    subj = self._subject_after(tok)
                if subj is None and tok.dep_ == "acl" and last < tok.head.i < tok.i \
                        and tok.head.pos_ in ("NOUN", "PROPN"):
                    subj = tok.head  # "'...!' the party's nominee, Mr. X, tweeted", parsed as a noun phrase
                if subj is None:
                    return None
                if subj.lemma_.lower() in self.cues.recording_nouns:
                    return self._shown_speaker(subj)
                if any(self.tok_quote[k] == qi for k in self.speaker_tokens(subj)) and \
                        subj.left_edge.i < self.q_first[qi]:
                    return None  # the quote is part of the subject ("the host of 'Morning Joe,' suggested")
                if any(c.dep_ == "ccomp" and c.i > tok.i and self.tok_quote[c.i] < 0 and
                       self.paragraph(c.idx) == par and not self._comma_between(tok.i, c.left_edge.i)
                       and not c.left_edge.i <= subj.i <= c.right_edge.i  # a misparse holding the speaker
                       for c in tok.children):
                    return None  # the verb has its own content after it (not a clause set off by a comma)
                allowed = self.speaker_tokens(subj) | {c.i for c in tok.children if c.dep_ in
                                                       ("aux", "auxpass", "neg", "advmod", "punct", "npadvmod")}
                allowed |= self._alias_words(subj)
                if any(not doc[k].is_punct and not doc[k].is_space and k not in allowed
                       for k in range(last + 1, j)):
                    return None
                if any(doc[k].text in (".", "!", "?") for k in range(last + 1, j)):
                    return None
                if self.inner_end(qi) == "." and subj.i < tok.i and any(
                        c.dep_ in ("xcomp", "dobj", "ccomp", "prep") and c.i > tok.i for c in tok.children):
                    # '... "no one is above the law." Officials have promised for years to fight graft': after a
                    # full stop a subject and a verb going on with words of its own open the next sentence
                    return None
                after = doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(doc) else None
                if j + 1 < len(doc) and doc[j + 1].text == ":":
                    after = doc[j + 1]  # the parser may hang the next quotation on the verb
                elif after is not None and after.text == ":" and (
                        after.i - j > 6 or self._comma_between(j, after.i)):
                    after = None  # a colon after a longer clause hung on the verb introduces something else
                if after is not None and after.text == ":":
                    return None  # "Mr. Zahed said: '...'" introduces the next quote
                # "'We won.' He said the team ..." : the verb has its own complement after it; not so when the
                # sentence runs on after the quote ("'...!' she emailed her daughter") or the object is the person
                # addressed ("'...?' Todd asked the host")
                ends = self.text[self.quotations[qi].end:].lstrip(" \u00a0")[:1]
                if self.inner_end(qi) in ".!?" and not ends.islower() \
                        and tok.lemma_.lower() not in self.cues.addressee_verbs and any(
                        c.dep_ in ("dobj",) and c.i > tok.i and self.tok_quote[c.i] < 0
                        for c in tok.children):
                    return None
                return tok, subj, [tok]
        return None

    def _shown_speaker(self, recording):
        """"'...,' the footage showed a man shouting at police": a recording (cues `recording_nouns`) says nothing;
        the speaker is the person its verb shows saying the words (an object with a participle of speech or of
        crying out): (participle, person, [participle]), else None."""
        verb = recording.head if recording.dep_ in ("nsubj", "nsubjpass") else None
        if verb is None:
            return None
        for obj in verb.rights:
            if obj.dep_ != "dobj":
                continue
            for part in obj.rights:
                lemma = part.lemma_.lower()
                if part.dep_ in ("acl", "relcl") and part.tag_ == "VBG" and (
                        self.cues.is_cue_verb(lemma) or lemma in self.cues.outcry_verbs):
                    return part, obj, [part]
        return None

    def _inside_question_participle(self, qi: int) -> bool:
        """The quote lies in a sentence-opening participle clause of asking ("Asked whether she 'has the integrity
        to serve,' 75 percent said yes"): it quotes the question of an unnamed asker, not the answer's speaker."""
        doc, first = self.doc, self.q_first[qi]
        sent = doc[first].sent
        opener = next((t for t in doc[sent.start:first] if not (t.is_punct or t.is_space or t.dep_ == "cc")), None)
        if opener is None or opener.tag_ != "VBN" and opener.dep_ != "advcl" \
                or opener.lemma_.lower() not in self.cues.question_verbs:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in opener.children):
            return False
        return opener.i < first <= opener.right_edge.i  # inside the participle's clause, not the main one

    def quoted_object_cue(self, qi: int):
        """"The president warned of 'consequences'": a quotation that is the whole object of a preposition after a
        verb naming speech by its object (cues `quoted_object_preps`) quotes that verb's subject: (verb, subject,
        preposition), else None."""
        doc = self.doc
        toks = [t for t in doc if self.tok_quote[t.i] == qi and not t.is_punct and not t.is_space]
        if not toks:
            return None
        inside = {t.i for t in toks}
        top = [t for t in toks if t.head.i not in inside]
        if len(top) != 1 or top[0].dep_ not in ("pobj", "pcomp"):
            return None  # a gerund is the preposition's pcomp ("accused them of 'lying to the nation'")
        obj, prep = top[0], top[0].head
        verb = prep.head
        if verb.dep_ == "dobj" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
            verb = verb.head  # "accused the government of '...'": the parser may hang "of" on the one accused
        if prep.dep_ != "prep" or verb.pos_ != "VERB" or prep.i != min(inside) - 2 and prep.i != min(inside) - 1:
            return None
        if prep.lower_ not in self.cues.quoted_object_preps.get(verb.lemma_.lower(), ()):
            return None
        if any(t.i not in inside for t in obj.subtree if t.i > prep.i and not t.is_punct and t.i <= max(inside)):
            return None  # the quotation is only part of the object ("warned of the 'chaos' ahead")
        # only a verb with a subject of its own speaks: "softer language calling for '...'" (a participle after a
        # noun) is a description of a text, not someone's words
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return (verb, self.subject(verb), prep) if subj is not None and self.subject(verb) is not None else None

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
        before = self.text[:qstart].rstrip()
        relaxed = before.endswith((",", ":")) and not self.is_title(qi)
        shouted = j >= 0 and doc[j].pos_ == "VERB" and doc[j].lemma_.lower() in self.cues.outcry_verbs
        if len(self.inner_words(qi)) <= self.cues.embedded_quote_max_words and not before.endswith((",", ":")) \
                and not shouted:
            return None  # a quote run into its clause is a phrase of it, not what was said ("chanted '...'" is)
        for k in range(first - 1, max(-1, first - 18), -1):
            tok = doc[k]
            if self.tok_quote[k] >= 0:
                return None
            same_par = self.paragraph(tok.idx) == par
            if not same_par and not self.text[:qstart].rstrip().endswith(":"):
                return None  # only a cue paragraph ending with a colon introduces a quote in the next one
            if tok.text in (".", "!", "?", ";"):
                return None  # "..., Brock said. '...'": the quote continues, the cue sentence is over
            if tok.lower_ in ("according",) and self.according(tok):
                return None  # "According to X, '...'": the verb pass scopes the sentence
            if tok.text in ("—", "–", "-", "--"):
                relaxed = False  # "What it means - More from Roe: '...'": a verb before a dash is no cue of it
            if self.is_cue_token(tok, relaxed):
                if self.is_fragment(qi) and not self.cues.is_cue_verb(tok.lemma_.lower()):
                    return None  # "the pipeline, which is supported by many, 'would not go far'": not the cue
                subj = self.subject(tok)
                if subj is None and tok.dep_ == "pcomp" and tok.head.dep_ == "prep" \
                        and tok.head.head.pos_ in ("VERB", "AUX"):
                    # "McConnell deflected questions before saying, '...'" / "he began by saying": the speaker
                    # of the verb the phrase modifies
                    subj = self.subject(tok.head.head)
                if subj is None:
                    subj = self._name_before_comma(tok)
                if subj is None:
                    return None
                lemma = tok.lemma_.lower()
                subtree = {t.i for t in tok.subtree}
                idiom = self.idiom_object(tok)
                if lemma not in self.cues.addressee_verbs and any(
                        doc[m].dep_ in ("dobj", "attr", "oprd") and doc[m].head.i == tok.i
                        and (idiom is None or m != idiom.i) for m in range(k + 1, first)):
                    return None  # "called the agreement '...'": the quote describes the object
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
            if self.is_named_work(qi):
                continue
            if (hit := self.quoted_object_cue(qi)) is not None and hit[0].i not in found:
                v, subj, prep = hit
                q = self.quotations[qi]
                found[v.i] = self.new([q.span], "direct", [v], subj, v, [qi])
                found[v.i].rule = "quoted-object"
                self.claimed[qi] = found[v.i]
                continue
            short = self.is_short(qi)
            end_char = self.inner_end(qi)
            if short and end_char not in ",.!?…—-":
                continue
            named = self.is_title(qi) or short and all(w[0].isupper() for w in self.inner_words(qi))
            if named and self._sentence_start(qi) < self.quotations[qi].start:
                continue  # "In an interview with 'Fox and Friends,' he said ...": a name inside the sentence
            trailing = self.trailing_cue(qi)
            leading = self.leading_cue(qi)
            if trailing and self._finding_not_speech(trailing[0], trailing[1]):
                trailing = None
            if leading and self._finding_not_speech(leading[0], leading[1]):
                leading = None
            if trailing and (not leading or end_char in ",—-"):
                v, subj, cue_toks = trailing
                if v.i in found:  # "'...,' he said, '...'" already holds a part before
                    continue
                start = self._sentence_start(qi)
                q = self.quotations[qi]
                kind = "mixed" if start < q.start else "direct"
                found[v.i] = self.new([(start, q.end)], kind, cue_toks, subj, v, [qi])
                found[v.i].rule = "trailing"
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
                found[v.i].rule = "leading"
                self.claimed[qi] = found[v.i]
        self.used_verbs |= set(found)
        return list(found.values())

    # ------------------------------------------------------------------ pass 2: verbs and their complements
    def complement(self, v, subj) -> list[tuple[int, int]] | None:
        doc = self.doc
        skip = self.speaker_tokens(subj) | {v.i}
        par = self.paragraph(v.idx)
        comps = [c for c in v.children if c.dep_ == "ccomp" and c.i not in skip and self.paragraph(c.idx) == par
                 and not any(g.dep_ == "mark" and g.lower_ in self.cues.adverbial_marks for g in c.children)]
        if any(c.i > v.i for c in comps) and any(c.i < v.i for c in comps):
            comps = [c for c in comps if c.i > v.i]
        if not comps:
            comps = [c for c in v.children if c.dep_ == "parataxis" and c.i > v.i
                     and any(t.text == ":" for t in doc[v.i:c.i])]
        comps = comps + self._subject_misread_as_relative(v, comps)
        if not comps:
            comps = self._clause_misread_as_relative(v, skip)
        described = self._appositive_speaker_phrase(v)
        if described is not None and subj == described[0]:
            skip = skip | described[1]  # the speaker's words, which the parser hung inside the reported clause
            if not comps and v.dep_ == "conj" and v.head.i < v.i:
                # "Guards detained 45 people, a spokeswoman, Anna Michalska, told TVP": the first clause is the report
                comps = [v.head]
                skip = skip | {t.i for t in v.subtree}
        relay = self.relaying_verb(v)
        if not comps and relay is not None and not any(c.dep_ in ("ccomp", "dobj") and c.i > v.i for c in v.children):
            # "The rebels took the airport, the agency quoted a source as saying": the words relayed come before
            # the relaying verb, which the parser gives them to
            comps = [c for c in relay.children if c.dep_ == "ccomp" and c.i < relay.i and c.i not in skip
                     and self.paragraph(c.idx) == par]
        if comps:
            toks = sorted({t.i for c in comps for t in c.subtree} - skip)
            words = len(toks)
            while words and (doc[toks[words - 1]].is_punct or doc[toks[words - 1]].is_space):
                words -= 1
            if words and any(i in skip for i in range(toks[words - 1] + 1, toks[-1])):
                # the commas closing a speaker's apposition the parser hung inside the clause ("Guards detained 45
                # people, a spokeswoman, Anna Michalska, told TVP"): the content ends at its last word
                toks = toks[:words]
            if toks and toks[0] > v.i:
                toks = self._without_speaker_act(v, comps, toks)
                toks = self._trim_clause(v, toks)
                toks = self._drop_leading_time(comps, toks)
                toks = self._without_trailing_participle_cue(toks)
                toks = self._without_closing_manner(toks)
                toks = self._without_closing_claim_summary(toks)
                toks = self._without_closing_report(toks)
                toks = self._without_closing_sourced_clause(toks)
            toks = self._without_contrasting_report(v, toks)
            # "X said that ..." : the complementizer belongs to the clause (already in the subtree)
            self._rule = "ccomp-after" if toks and toks[0] > v.i else "ccomp-before"
            if self._rule == "ccomp-before" and self._claim_summary_verb(v, subj, comps):
                return None  # "..., a charge the group denies": the author's comment, not the group's report
            if self._rule == "ccomp-before" and v.lemma_.lower() in self.no_preposed:
                return None  # "..., she asked" / "..., he called": not a reported clause before its cue
            if any(doc[i].dep_ in ("nsubj", "dobj") and doc[i].lower_ in _REFLEXIVES for i in toks[:3]):
                return None  # "found himself embroiled": not a report
            toks = self._clip(v, toks)
            aside = self._asides(toks)
            if aside:
                return self._split([i for i in toks if i not in aside])
            return self._span(toks)
        lemma = v.lemma_.lower()
        if v.dep_ == "parataxis" and v.head.pos_ in ("VERB", "AUX") and self._inserted(v):
            # "Time, Mr. Pence added, was on their side" / "The plan, he said, is dead"
            head = v.head
            own = {t.i for t in v.subtree}
            toks = self._clip(v, sorted(t.i for t in head.subtree if t.i not in own))
            toks = self._without_contrasting_report_after(v, toks)
            self._rule = "inserted"
            return self._split(toks)
        right = [c for c in v.children if c.i > v.i and c.i not in skip]
        objs = [c for c in right if c.dep_ in ("dobj", "oprd", "attr")]
        preds = [c for c in right if c.dep_ in ("oprd", "attr") or (c.dep_ == "prep" and c.lower_ == "as")
                 or (c.dep_ == "dobj" and any(g.dep_ in ("oprd", "attr") for g in c.children))]
        xcomps = [c for c in right if c.dep_ == "xcomp"]
        if any(o.lower_ in _REFLEXIVES for o in objs):
            return None  # "calls himself a moderate": naming oneself, not reporting
        request = self._quoted_request(v, right, objs, xcomps)
        if request:
            parts, self._rule = request, "request"
        elif lemma in self.cues.predicative_verbs and objs:
            parts, self._rule = objs + preds, "predicate"
        elif (lemma in self.cues.object_verbs or lemma in self.cues.quote_only_verbs) and objs:
            if lemma in self.cues.object_verbs and self._unrealised(v):
                return None  # "will announce new measures", "urged him not to announce the curfew": not yet said
            parts, self._rule = objs, "object"
        elif lemma in self.cues.infinitive_verbs and xcomps:
            parts, self._rule = objs + xcomps, "infinitive"
        else:
            return None
        toks = sorted({t.i for c in parts for t in c.subtree} - skip)
        if self._rule == "object" and toks:
            # "denied the claim on Monday": the object and what follows it in the clause
            end = self._right_end(v, toks[0])
            end = min(end, v.right_edge.i)  # "After X announced his bid in June, he ...": not the main clause
            toks = [i for i in range(toks[0], end + 1) if i not in skip]
        toks = self._clip(v, toks)
        quoted = any(self.tok_quote[i] >= 0 for i in toks)
        if lemma in self.cues.quote_only_verbs and not quoted:
            return None
        if self._rule == "object" and self._shown_quoted_phrase(v, toks):
            return None
        if self._rule == "predicate" and not (preds or quoted):
            return None
        return self._span(toks)

    def _unrealised(self, v) -> bool:
        """Whether reporting verb `v` is an act not yet done: under a modal ("will announce new measures"; cues
        `unrealised_report_modals`) or the to-infinitive of a verb of wanting, planning, asking or permitting
        ("urged the mayor not to announce the curfew", "is expected to announce a strike"; cues
        `unrealised_report_governors`). A plain negation ("has not announced any aid") is not among them."""
        if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in self.cues.unrealised_report_modals
               for c in v.children):
            return True
        if v.dep_ not in ("xcomp", "ccomp") or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children):
            return False
        head = v.head
        return head.lemma_.lower() in self.cues.unrealised_report_governors or head.lower_ in \
            self.cues.unrealised_report_governors

    def _quoted_request(self, v, right: list, objs: list, xcomps: list) -> list:
        """"urged leaders to 'show restraint'", "called for an end to 'this senseless war'": a verb of requesting
        (cues `quoted_request_verbs`) whose request holds a quotation — the addressee and the infinitive, or the
        object of one of the verb's prepositions of request (with an infinitive after it: "called on X to '...'")
        — quotes the requester: the request's heads, else []."""
        preps = self.cues.quoted_request_verbs.get(v.lemma_.lower())
        if preps is None:
            return []
        parts = [c for c in right if c.dep_ == "prep" and c.lower_ in preps and self.tok_quote[c.i] < 0
                 and any(g.dep_ in ("pobj", "pcomp") for g in c.children)]
        heads = [g for c in parts for g in c.children if g.dep_ in ("pobj", "pcomp")]
        parts = heads + objs + xcomps if xcomps else heads or objs
        if not parts or not xcomps and not heads:
            return []  # "urged patience": no request reported
        if not any(self.tok_quote[t.i] >= 0 for c in parts for t in c.subtree):
            return []
        return parts

    def _clause_misread_as_relative(self, v, skip: set[int]) -> list:
        """"The envoy said in a briefing that both sides had broken the truce": the parser may read the reported
        clause as a relative clause on the noun of the phrase between cue and clause, with "that" as its object.
        A "that" clause with a subject of its own and "that" as its complementizer, or as an object beside
        another object of the same verb, cannot be relative: it is the cue's content."""
        out = []
        for prep in v.rights:
            if prep.dep_ != "prep" or prep.i in skip or self.tok_quote[prep.i] >= 0:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for c in obj.rights:
                    if c.dep_ not in ("relcl", "acl") or c.pos_ not in ("VERB", "AUX"):
                        continue
                    if obj.lemma_.lower() in self.cues.speech_setting_nouns \
                            and self.paragraph(c.idx) == self.paragraph(v.idx):
                        past = self._content_past_setting_clause(v, c)
                        if past:
                            out += past
                            continue
                    if c.dep_ != "relcl":
                        continue
                    that = self.doc[c.left_edge.i]
                    if that.lower_ != "that" or that.head.i != c.i or self.paragraph(c.idx) != self.paragraph(v.idx):
                        continue
                    subjects = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass", "expl") and g.i != that.i]
                    objects = [g for g in c.children if g.dep_ in ("dobj", "attr", "ccomp") and g.i != that.i]
                    if subjects and (that.dep_ == "mark" or that.dep_ == "dobj" and objects):
                        out.append(c)
        return out

    def _subject_misread_as_relative(self, v, comps: list) -> list:
        """"She told residents that help was on the way": the parser may read "that help" as a relative clause on
        the addressee (with "help" a verb) and leave the reported clause without its subject. A relative clause
        on the cue's object opening with "that" and ending right where a subjectless reported clause of the cue
        begins is that clause's start."""
        out = []
        for comp in comps:
            if comp.i < v.i or any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for g in comp.children):
                continue
            for obj in v.rights:
                if obj.dep_ not in ("dobj", "dative") or obj.i > comp.i:
                    continue
                for c in obj.rights:
                    that = self.doc[c.left_edge.i]
                    if c.dep_ == "relcl" and that.lower_ == "that" and c.right_edge.i + 1 == comp.left_edge.i:
                        out.append(c)
        return out

    def _content_past_setting_clause(self, v, c) -> list:
        """The clause the parser hung as a relative clause `c` on the noun of a speech setting right after the cue
        (cues `speech_setting_nouns`), when the cue has no reported clause of its own:
        - a real relative clause on the setting whose verb reports nothing itself (not a cue, or passive) and has
          a "that" clause ("said in a statement that was posted online that the talks had failed"): that clause
          is the cue's content;
        - a clause with a subject of its own and no relative word ("told reporters at a briefing the border would
          reopen"): the reported clause without its "that", not a relative clause (a setting is rarely qualified
          by a relative clause without a relative word right after a cue that has no content otherwise)."""
        if any(g.dep_ == "ccomp" for g in v.children):
            return []
        that_clauses = [g for g in c.rights if g.dep_ == "ccomp"
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)]
        if that_clauses:
            # "a statement that announced that ...": the statement speaks; "that was posted online" (passive) or
            # "that he signed" do not report, so the clause is the cue's
            passive = c.dep_ == "acl" or any(g.dep_ in ("nsubjpass", "auxpass") for g in c.children)
            return [] if self.is_cue_token(c) and not passive else that_clauses[:1]
        before = self.doc[c.left_edge.i:c.i]
        if any(t.lower_ in self.cues.relative_pronouns or t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in before):
            return []
        subjects = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass", "expl") and g.i < c.i]
        # "spoke of the warning she thought the court had given": a verb taking a clause of its own is a relative
        # clause's, its object the setting noun
        if any(g.dep_ in ("ccomp", "xcomp") for g in c.children):
            return []
        return [c] if subjects else []

    def _claim_noun_read_as_verb(self, v) -> bool:
        """"Rights groups accused the army of killing civilians, charges the military denies": a plural claim noun
        (cues `claim_nouns`) opening a phrase set off by a comma is the author's summary of the claim before it, but
        the tagger may read "charges" or "claims" as a verb whose subject is the earlier clause's. Such a verb, with
        no subject of its own ("..., claims the opposition" has one), reports nothing."""
        lower = v.lower_
        if v.lemma_.lower() not in self.cues.claim_nouns or lower == v.lemma_.lower() or not lower.endswith("s"):
            return False
        if v.i == 0 or self.doc[v.i - 1].text != ",":
            return False
        return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children)

    def _claim_summary_verb(self, v, subj, comps: list) -> bool:
        """"The army accused the rebels of smuggling arms, a charge the group denies": the parser may make the verb
        of the closing claim summary the sentence's root, with the main clause as its complement and the claim noun
        (cues `claim_nouns`) as its object. A claim noun on `v`, set off by a comma after the clause and before
        `v`'s subject, makes `v` the verb of the author's comment on the claim (a relative clause without its
        relative word), which reports nothing of the clause before it."""
        doc = self.doc
        end = max(t.i for c in comps for t in c.subtree)
        for c in v.lefts:
            if c.dep_ not in ("dobj", "npadvmod", "attr") or c.lemma_.lower() not in self.cues.claim_nouns:
                continue
            left = c.left_edge.i
            if end < left and c.i < subj.i and left > 0 and doc[left - 1].text == "," and self.tok_quote[c.i] < 0:
                return True
        # (or the claim noun read as a modifier of the subject's name: "..., a charge Kigali denies")
        fused = [c for c in subj.children if c.dep_ in ("compound", "nmod") and c.i < subj.i
                 and c.lemma_.lower() in self.cues.claim_nouns]
        left = subj.left_edge.i
        return bool(fused) and end < left and left > 0 and doc[left - 1].text == "," and self.tok_quote[subj.i] < 0

    def _without_closing_claim_summary(self, toks: list[int]) -> list[int]:
        """"The opposition alleged that the vote was rigged, a charge the commission denied": a noun phrase closing
        the reported clause, set off by a comma, headed by a noun summing up the claim (cues `claim_nouns`) and
        carrying a clause of its own, is the author's comment on the claim, however the parser hangs it."""
        doc = self.doc
        inside = set(toks)
        for i in toks[1:]:
            t = doc[i]
            if t.pos_ != "NOUN" or t.lemma_.lower() not in self.cues.claim_nouns or self.tok_quote[i] >= 0:
                continue
            left = t.left_edge.i
            if left - 1 not in inside or doc[left - 1].text != ",":
                continue
            if not any(c.dep_ in ("relcl", "acl") and c.i > i for c in t.children):
                continue
            if self._words_after(t, toks):
                continue  # the phrase does not close the content
            return [k for k in toks if k < left - 1]
        return toks

    def _without_closing_report(self, toks: list[int]) -> list[int]:
        """"The governor said three villages were cut off, the regional broadcaster reported": the parser may hang
        a closing report (a subject and its reporting verb after the content's last comma, ending the sentence) on
        the reported clause; it is the source relaying the whole sentence, not part of what the first speaker said.
        The relaying verb then gets no attribution of its own (`closing_relays`)."""
        doc = self.doc
        commas = [i for i in toks if doc[i].text == "," and self.tok_quote[i] < 0]
        if not commas:
            return toks
        comma = commas[-1]
        last = max(toks)
        while last > comma and doc[last].is_punct:
            last -= 1
        after = doc[last + 1] if last + 1 < len(doc) else None
        if after is not None and not (after.is_punct and after.text in (".", "!", "?")) \
                and self.paragraph(after.idx) == self.paragraph(doc[last].idx):
            return toks  # the sentence goes on: not a closing report
        # (a closing "according to X" stays: the two reports then hold each other's cue and the outer one, the
        # source's, is kept by `_drop_nested_reports`, PolNeAR's reading)
        report = self._lone_report(comma + 1, last + 1)
        if report is None:
            return toks
        if report[1].left_edge.i != comma + 1:
            return toks  # "..., a slogan the mayor later echoed": a noun phrase, not a report
        self.closing_relays.add(report[0].i)
        return [k for k in toks if k < comma]

    def _words_after(self, token, toks: list[int]) -> bool:
        """Whether the content `toks` goes on with a word after `token`'s phrase (so the phrase does not close it)."""
        doc = self.doc
        return any(k > token.right_edge.i and not (doc[k].is_punct or doc[k].is_space) for k in toks)

    def _without_closing_manner(self, toks: list[int]) -> list[int]:
        """"The army said it had killed 50 fighters, without providing evidence": a phrase closing the reported
        clause, set off by a comma and opened by a preposition of the manner of saying (cues
        `saying_manner_preps`), is the author's remark on the report, not part of what was said; so is a closing
        participle naming what the report rests on ("..., citing two officials", cues `sourcing_verbs`)."""
        doc = self.doc
        for i in toks[1:]:
            t = doc[i]
            if t.tag_ == "VBG" and t.lemma_.lower() in self.cues.sourcing_verbs and t.left_edge.i == i \
                    and self.tok_quote[i] < 0 and i - 1 in toks and doc[i - 1].text == "," \
                    and not self._words_after(t, toks):
                return [k for k in toks if k < i - 1]  # "..., citing two officials": what the report rests on
            words = self.cues.saying_manner_preps.get(t.lower_)
            if not words or t.dep_ != "prep" or self.tok_quote[i] >= 0:
                continue
            if not any(c.dep_ in ("pcomp", "pobj") and (c.lemma_.lower() in words or c.lower_ in words)
                       for c in t.children):
                continue  # "..., without preconditions": part of what was said
            if i - 1 not in toks or doc[i - 1].text != ",":
                continue
            if self._words_after(t, toks):
                continue  # the phrase does not close the content
            return [k for k in toks if k < i - 1]
        return toks

    def _without_trailing_participle_cue(self, toks: list[int]) -> list[int]:
        """"The minister said the truce was holding, adding that aid had arrived": a reporting participle set off
        by a comma at the end of the reported clause is the speaker's next report (its own attribution, cue
        "adding"), not part of the first content, even when the parser hangs it on the reported clause's verb."""
        doc = self.doc
        inside = set(toks)
        for i in toks[1:]:
            t = doc[i]
            if t.tag_ != "VBG" or t.dep_ not in ("advcl", "conj") or self.tok_quote[i] >= 0:
                continue
            if not self.cues.is_cue_verb(t.lemma_.lower()) or t.head.i not in inside:
                continue
            if t.left_edge.i != i or i - 1 not in inside or doc[i - 1].text != ",":
                continue
            if not any(c.dep_ == "ccomp" and c.i > i for c in t.children):
                continue  # "..., saying nothing": no clause reported
            if self._words_after(t, toks):
                continue  # the participle's clause does not close the content
            return [k for k in toks if k < i - 1]
        return toks

    def _without_contrasting_report_after(self, v, toks: list[int]) -> list[int]:
        """"Soldiers shot three protesters, a rights group said, while police said officers fired in self-defence":
        after a cue set off by commas, a closing clause opened by a contrasting connective, with its own subject and
        reporting verb, is the second speaker's attribution, not the rest of the first content."""
        doc = self.doc
        for i in toks:
            c = doc[i]
            if c.i < v.i or c.dep_ not in ("advcl", "conj") or not self.is_cue_token(c):
                continue
            link = doc[c.left_edge.i]  # "while police said": the connective opens the clause
            if link.dep_ != "mark" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].dep_ == "cc":
                link = doc[c.left_edge.i - 1]  # "but the rebels insisted": it stands before a coordinated clause
            if link.lower_ not in self.cues.contrast_connectives or link.dep_ not in ("mark", "cc") or link.i <= v.i:
                continue
            if not any(g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i for g in c.children):
                continue
            if self._words_after(c, toks):
                continue  # the clause does not close the content
            return [k for k in toks if k < link.i]
        return toks

    def _closing_sourced_clause(self, tok):
        """For the first word `tok` of a prepositional cue closing its sentence ("..., according to X."): the
        connective opening the clause that phrase sources, when the sentence is a report with its own speaker and
        cue followed by a clause of the author's ("The army said it had retaken the bridge, while shelling hit a
        market, according to medics"): set off by a comma and a connective (cues `sourced_clause_links`), with its
        own subject and finite verb, no reporting verb and no quotation. The closing phrase sources that clause
        only; the report before it keeps its own speaker. None for any other sentence."""
        doc = self.doc
        sent = tok.sent
        if tok.i < 1 or doc[tok.i - 1].text != "," or any(self.tok_quote[i] >= 0 for i in range(sent.start, tok.i)):
            return None
        for k in range(tok.i - 2, sent.start + 1, -1):
            link = doc[k]
            if link.lower_ not in self.cues.sourced_clause_links or doc[k - 1].text != ",":
                continue
            if link.dep_ == "mark":
                verb = link.head
            elif link.dep_ == "cc":
                verb = next((c for c in link.head.children if c.dep_ == "conj" and c.i > k), None)
            else:
                continue
            if verb is None or not (k < verb.i < tok.i) or verb.pos_ not in ("VERB", "AUX"):
                continue
            if not any(c.dep_ in ("nsubj", "nsubjpass") and k < c.i < verb.i for c in verb.children):
                continue
            if any(self.is_cue_token(doc[i]) for i in range(k + 1, tok.i)):
                return None  # the closing clause is a report of its own ("..., while police said ...")
            if not any(self.is_cue_token(doc[i]) and self.subject(doc[i]) is not None
                       for i in range(sent.start, k - 1)):
                return None  # no report before it: the phrase sources the whole sentence
            return link
        return None

    def _without_closing_sourced_clause(self, toks: list[int]) -> list[int]:
        """"The army said it had retaken the bridge, while shelling hit a market, according to medics": the clause
        the closing "according to" sources (`_closing_sourced_clause`) is no part of the army's content, even when
        the parser hangs it, and the phrase, inside the reported clause."""
        doc = self.doc
        if not toks:
            return toks
        for i in range(toks[0], doc[toks[0]].sent.end):  # the parser may hang the phrase on the cue, or inside
            if doc[i].lower_ in ("according", "as", "in") and self.according(doc[i]):
                link = self._closing_sourced_clause(doc[i])
                if link is not None and link.i in toks:
                    return [k for k in toks if k < link.i - 1]
        return toks

    def _without_contrasting_report(self, v, toks: list[int]) -> list[int]:
        """"The minister said the talks had failed, while the opposition insists they never began": a closing
        clause set off by a comma and a contrasting connective, with its own subject and its own reporting verb,
        is another speaker's attribution (found on its own verb), not part of this content, even when the parser
        hangs it inside the reported clause."""
        doc = self.doc
        inside = set(toks)
        for i in toks:
            c = doc[i]
            if c.i == v.i or c.dep_ not in ("advcl", "conj") or not self.is_cue_token(c):
                continue
            if not any(g.dep_ in ("nsubj", "nsubjpass") and g.i in inside and g.i < c.i for g in c.children):
                continue
            if c.dep_ == "advcl":
                link = next((g for g in c.children if g.dep_ == "mark" and g.i == c.left_edge.i), None)
            else:
                before = c.left_edge.i - 1
                link = doc[before] if before >= 0 and doc[before].dep_ == "cc" else None
            if link is None or link.lower_ not in self.cues.contrast_connectives:
                continue
            comma = link.i - 1
            if comma < 0 or doc[comma].text != "," or comma not in inside or comma <= toks[0]:
                continue
            if self._words_after(c, toks):
                continue  # the clause does not close the content
            return [k for k in toks if k < comma]
        return toks

    def _drop_leading_time(self, comps, toks: list[int]) -> list[int]:
        """"The army said on Monday it had ...": a time phrase right after the cue, before the reported clause's
        subject, dates the saying (the parser hangs it on the clause); it is no part of the content. So is a phrase
        naming the occasion of the saying ("said in a statement it had ...", cues `speech_setting_nouns`)."""
        doc = self.doc
        if not doc.has_annotation("ENT_IOB"):
            return toks
        for root in comps:
            subjects = [c.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
            while toks and not doc[toks[0]].tag_.startswith("W"):  # "said why at dawn the ferry ...": a wh-clause
                lead = next((c for c in root.children if c.left_edge.i == toks[0] and c.i < root.i
                             and c.dep_ in ("prep", "npadvmod", "advmod")), None)
                if lead is None or not subjects or lead.right_edge.i >= min(subjects):
                    break
                phrase = range(lead.left_edge.i, lead.right_edge.i + 1)
                setting = lead.dep_ == "prep" and any(
                    c.dep_ == "pobj" and c.lemma_.lower() in self.cues.speech_setting_nouns for c in lead.children)
                if not any(doc[i].ent_type_ in ("DATE", "TIME") for i in phrase) and lead.dep_ != "advmod" \
                        and not setting:
                    break  # "said in a statement it ...": the occasion of the saying is the cue's too
                if lead.dep_ == "advmod" and not self._dates_next(lead):
                    break  # "late on Friday": an adverb only when a dated phrase follows
                toks = [i for i in toks if i not in phrase]
        return toks

    def _dates_next(self, tok) -> bool:
        nxt = tok.right_edge.i + 1
        return nxt < len(self.doc) and self.doc[nxt].ent_type_ in ("DATE", "TIME") or (
            nxt + 1 < len(self.doc) and self.doc[nxt].pos_ == "ADP" and self.doc[nxt + 1].ent_type_ in ("DATE", "TIME"))

    def _without_speaker_act(self, v, comps: list, toks: list[int]) -> list[int]:
        """"The minister said the vote was fair and blamed the opposition": the content ends before the conjunction of
        a verb conjoined to the reported clause that is the speaker's own second act (`_speaker_act`)."""
        cut = None
        for c in comps:
            for j in c.rights:
                if self._speaker_act(j, v):
                    # from the conjunction (or comma) before the conjoined verb
                    first = j.left_edge.i
                    while first - 1 > c.i and self.doc[first - 1].dep_ in ("cc", "punct") and \
                            self.doc[first - 1].head.i in (c.i, j.i):
                        first -= 1
                    cut = first if cut is None else min(cut, first)
        kept = [i for i in toks if cut is None or i < cut]
        return kept or toks

    def _speaker_act(self, j, v) -> bool:
        """Whether `j`, a verb the parser conjoined to the clause `v` reports, is the speaker's second act ("said the
        vote was fair and blamed the opposition"): an act of addressing or judging (cues `speaker_act_verbs`) that the
        reported verb is not, in the cue's tense, with no subject or auxiliary of its own, while the reported verb
        has its own subject and no perfect auxiliary it could lend `j` ("said she has not met the envoy and never
        phoned him": `j` is then the reported subject's)."""
        subjects = ("nsubj", "nsubjpass", "expl", "csubj")
        c = j.head
        if j.dep_ != "conj" or j.pos_ != "VERB" or c.i == j.i or c.head.i != v.i or c.dep_ != "ccomp" \
                or c.pos_ not in ("VERB", "AUX") or not any(g.dep_ in subjects for g in c.children) \
                or any(g.dep_ in subjects or g.dep_ in ("aux", "auxpass") for g in j.children):
            return False
        if j.lemma_.lower() not in self.cues.speaker_act_verbs or c.lemma_.lower() in self.cues.speaker_act_verbs \
                or self.is_cue_token(c) and not self._finding_without_quotation(c):
            return False
        perfect = any(g.dep_ == "aux" and g.lemma_ == "have" for g in c.children)
        if perfect and not any(g.dep_ == "auxpass" for g in c.children) and j.tag_ != "VBD":
            # a simple past after the perfect cannot share its auxiliary ("said it had hit a depot and denied
            # hitting civilians"); a participle can ("has not met the envoy and never phoned him")
            return False
        # the tagger reads a past form after a perfect passive clause as a participle ("had been arrested and
        # appealed for witnesses")
        return j.tag_ == v.tag_ and v.tag_ in ("VBD", "VBZ", "VBP") or v.tag_ == "VBD" and j.tag_ == "VBN"

    def _finding_not_speech(self, v, subj) -> bool:
        """Whether finding verb `v` (cues `finding_verbs`) reports no speech: under a verb of failing ("had failed
        to show the law prevented fraud": nothing was shown), or with a clause not opened by "that" and a subject
        that is not a person ("the data showed the plan would not work", "an email shows the aide knew": the
        author's reading, not words) — except a document stating its conclusion (cues `document_finding_verbs`,
        not a count or poll: "the audit found the fund had lost money")."""
        if v.lemma_.lower() not in self.cues.finding_verbs:
            return False
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in self.cues.failure_verbs:
            return True
        clauses = [c for c in v.children if c.dep_ == "ccomp" and c.i > v.i]
        if not clauses or any(g.dep_ == "mark" and g.lower_ == "that" for c in clauses for g in c.children):
            return False  # no clause ("the footage showed a soldier telling ..."), or one opened by "that"
        if subj is None:
            return True
        if subj.pos_ == "PRON":
            return (self.cues.pronouns.get(subj.lower_) or {}).get("kind") == "organisation"
        lemma = subj.lemma_.lower()
        stated = v.tag_ in ("VBD", "VBZ", "VBP") or any(g.dep_ == "aux" and g.lemma_ == "have" for g in v.children)
        if lemma in self.cues.document_nouns and lemma not in self.cues.finding_count_nouns \
                and v.lemma_.lower() in self.cues.document_finding_verbs and stated:
            # "the report found the army had used excessive force": the document states it (its own finite or
            # perfect verb; "to find out who sent it" finds nothing yet)
            return False
        return not (subj.ent_type_ == "PERSON" or lemma in self.cues.person_nouns
                    or subj.lower_ in self.cues.person_nouns)

    def _describes_its_noun(self, v, subj) -> bool:
        """Whether verb `v` (cues `relative_description_verbs`) with a relative pronoun subject tells which one is
        meant rather than reporting: "the judges who ruled that the ban was lawful said ..." """
        return v.lemma_.lower() in self.cues.relative_description_verbs and subj.lower_ in self.cues.relative_pronouns

    def _shown_quoted_phrase(self, v, toks: list[int]) -> bool:
        """Whether finding verb `v` that no document states by (cues `finding_verbs` less `document_finding_verbs`:
        "show") has for object a short quotation run into its clause ("the governor had shown 'utter disregard for
        farmers'"): the marks quote whoever reports the act, or the author; the one who showed it said nothing."""
        lemma = v.lemma_.lower()
        if lemma not in self.cues.finding_verbs or lemma in self.cues.document_finding_verbs:
            return False
        qi = self.tok_quote[toks[0]] if toks else -1
        if qi < 0:
            return False
        run_in = not self.text[:self.quotations[qi].start].rstrip().endswith((",", ":"))
        return run_in and len(self.inner_words(qi)) <= self.cues.embedded_quote_max_words

    def _finding_without_quotation(self, c) -> bool:
        """Whether cue verb `c` is one whose content is found, not spoken (cues `quote_only_verbs`: "she found the
        rules confusing"), with no quotation in its clause and no document as its subject: it then reports nothing,
        so a verb conjoined to it may be the outer speaker's second act like any other reported verb's. A document
        that found something acts on it too ("said the study found no link and called for more research")."""
        if c.lemma_.lower() not in self.cues.quote_only_verbs:
            return False
        if any(g.dep_ == "nsubj" and g.lemma_.lower() in self.cues.document_nouns for g in c.children):
            return False
        obj = next((g for g in c.children if g.dep_ == "dobj" and g.i > c.i), None)
        if obj is not None and self._shown_quoted_phrase(c, sorted(t.i for t in obj.subtree)):
            return True  # "said the governor had shown 'utter disregard' and demanded ...": the marks quote the speaker
        return not any(self.tok_quote[t.i] >= 0 for t in c.subtree)

    def _trim_clause(self, v, toks: list[int]) -> list[int]:
        """Shape a "X said (that) ..." content: a second clause the parser hung on the cue verb (", but beyond
        that, he doesn't want ...") joins it."""
        doc = self.doc
        end = toks[-1]
        for c in v.rights:
            if c.i > end and c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not self.is_cue_token(c) \
                    and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) \
                    and self.paragraph(c.idx) == self.paragraph(v.idx):
                end = max(end, c.right_edge.i)
        toks = sorted(set(toks) | set(range(toks[0], end + 1)))
        while toks and (doc[toks[-1]].dep_ == "cc" or doc[toks[-1]].is_punct and doc[toks[-1]].text not in
                        _QUOTE_CHARS or doc[toks[-1]].is_space):
            toks.pop()
        return toks

    def _right_end(self, v, start: int) -> int:
        """Last token of a content starting at `start` after cue verb `v`: the end of v's sentence and
        paragraph, cut before v's own coordinated verb ("and added"), a participle clause (", saying"), a
        semicolon, or a nested cue participle inside the content (", while emphasizing ...")."""
        doc = self.doc
        sent = v.sent
        end = sent.end - 1
        par = self.paragraph(v.idx)
        for i in range(start, sent.end):
            if self.paragraph(doc[i].idx) != par or doc[i].text == ";":
                end = i - 1
                break
            if doc[i].text in (".", "!", "?") and self.tok_quote[i] < 0 and i + 1 < sent.end \
                    and self.tok_quote[i + 1] >= 0:
                end = i  # the parser ran the sentence on into the quotation after it
                break
        for c in v.rights:
            if c.i <= start or c.i > end:
                continue
            own_subject = any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
            own_verb = c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not own_subject  # "... and added"
            participle = c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and doc[c.left_edge.i - 1].text == ","
            if own_verb or participle:
                end = min(end, c.left_edge.i - 1)
        for i in range(start + 1, end + 1):
            t = doc[i]
            if t.tag_ == "VBG" and self.cues.is_cue_verb(t.lemma_.lower()) and self.tok_quote[i] < 0 \
                    and t.dep_ in ("advcl", "conj", "xcomp") and any(
                        doc[k].text == "," for k in range(max(start, t.left_edge.i - 2), t.i)):
                end = min(end, t.left_edge.i - 1)
                break
        while end > start and (doc[end].is_space or doc[end].text in (",", "and", "but", "—", "-", "–")
                               or doc[end].dep_ == "cc"):
            end -= 1
        return end

    def _inserted(self, v) -> bool:
        """A cue set off by commas inside or after its content: "The plan, he said, is dead." / "..., he said."""
        doc = self.doc
        left, right = v.left_edge.i, v.right_edge.i
        # the parser may hang the setting-off commas on the cue itself (", local activists said, as ..."): they
        # delimit the cue all the same
        while left < v.i and doc[left].is_punct:
            left += 1
        while right > v.i and doc[right].is_punct:
            right -= 1
        before = doc[left - 1].text if left > 0 else ""
        after = doc[right + 1].text if right + 1 < len(doc) else ""
        return before in (",", "—", "–", "-") and (after in (",", ".", "—", "–", "-", "!", "?", ";")
                                                  or right + 1 >= len(doc) or doc[right + 1].is_space)

    def _asides(self, toks: list[int]) -> set[int]:
        """Non-restrictive asides inside a content, set off by commas (", who was his chief of staff", ", a plan
        he has since modified"): PolNeAR leaves them out of the content."""
        doc = self.doc
        inside = set(toks)
        out: set[int] = set()
        for i in toks:
            t = doc[i]
            if t.dep_ not in ("relcl", "appos") or t.head.i not in inside:
                continue
            left, right = t.left_edge.i, t.right_edge.i
            if left - 1 not in inside or doc[left - 1].text != "," or self.tok_quote[i] >= 0:
                continue
            if t.dep_ == "relcl" and doc[left].lower_ not in self.cues.relative_pronouns - {"that"}:
                continue
            span = set(range(left - 1, right + 1))
            if right + 1 in inside and doc[right + 1].text == ",":
                span.add(right + 1)
            if span <= inside:
                out |= span
        return out

    def _introduces_quote(self, pos: int) -> bool:
        """A colon closes the clause at `pos` (a few words on) and a quotation follows it."""
        m = re.match(r"[^.!?:\n]{0,60}:\s*", self.text[pos:pos + 200])
        return m is not None and any(q.start == pos + m.end() for q in self.quotations)

    def _clip(self, v, toks: list[int]) -> list[int]:
        """Keep a content inside the cue's paragraph and between the semicolons around the cue."""
        doc = self.doc
        par = self.paragraph(v.idx)
        toks = [i for i in toks if self.paragraph(doc[i].idx) == par]
        lo = max([i for i in toks if i < v.i and doc[i].text == ";"], default=None)
        hi = min([i for i in toks if i > v.i and doc[i].text == ";"], default=None)
        if lo is not None:
            toks = [i for i in toks if i > lo]
        if hi is not None:
            toks = [i for i in toks if i < hi]
        return toks

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
            if tok.i in self.used_verbs or tok.i in self.closing_relays or not self.is_cue_token(tok):
                continue
            if tok.lemma_.lower() in self.cues.manner_verbs or self._claim_noun_read_as_verb(tok):
                continue
            subj = self.subject(tok)
            if subj is None or self._finding_not_speech(tok, subj) or self._describes_its_noun(tok, subj):
                continue
            shown = None
            if subj.lemma_.lower() in self.cues.recording_nouns:
                # a recording shows words, it does not report them ("'...,' the video showed"): the one shown
                # saying them speaks, else nobody
                shown = self._shown_speaker(subj)
                if shown is None:
                    continue
            if tok.dep_ == "amod" or tok.tag_ == "VBN" and not any(c.dep_ in ("aux",) for c in tok.children) \
                    and tok.dep_ not in ("ROOT", "conj", "ccomp", "parataxis"):
                continue
            if tok.dep_ == "advcl" and tok.tag_ == "VBD" and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "aux", "agent") for c in tok.children):
                continue  # "Asked whether ..., she said": a participle (mistagged), whose asker is not named
            fragments = self.complement(tok, subj)
            if not fragments:
                continue
            if self._rule in ("object", "predicate", "infinitive", "request") \
                    and self._introduces_quote(fragments[-1][1]):
                continue  # "Cruz called them on it: '...'": the quotation after the colon is the content
            relay = self.relaying_verb(tok)
            quoted = next((c for c in relay.children if c.dep_ == "dobj"), None) if relay is not None else None
            if quoted is not None and quoted.left_edge.idx < fragments[0][0]:
                # "Radio Veritas quoted a local farmer as saying ...": the content opens with the one quoted
                fragments = [(quoted.left_edge.idx, fragments[0][1])] + fragments[1:]
            fragments, quotes = self.snap(fragments)
            if _overlaps(fragments, claimed_spans):
                continue
            kind = "indirect"
            if quotes:
                covered = sum(self.quotations[q].end - self.quotations[q].start for q in quotes)
                total = sum(e - s for s, e in fragments)
                kind = "direct" if covered >= total - 2 else "mixed"
            if shown is not None:
                found.append(self.new(fragments, kind, shown[2], shown[1], shown[0], quotes))
            else:
                found.append(self.new(fragments, kind, [tok], subj, tok, quotes))
            found[-1].rule = self._rule
            for q in quotes:
                self.claimed.setdefault(q, found[-1])
        return found

    def _relayed_cue(self, relay, v, fragments) -> list:
        """The cue tokens of verb `v`: for relayed words the relaying verb is the cue ("quoted the commander as
        saying": "quoted", as the one quoted opens the content; "was quoted as saying": "quoted as saying"),
        not the participle of saying."""
        if relay is None:
            return [v]
        start, end = self.doc[relay.i].idx, v.idx
        if any(s < end and start < e for s, e in fragments):
            return [relay]
        return list(self.doc[relay.i:v.i + 1])

    def according_attribution(self, tok, last_cue, obj) -> Attribution | None:
        """"according to X, ..." : the clause the phrase modifies, without the phrase itself."""
        if obj is None:
            return None
        head = tok.head
        # the clause the phrase modifies is the sentence's main clause ("X might not be so lucky, according to Y")
        # (not past a relative clause: "X, who came second according to official results, said ...": the
        # phrase sources what the clause says of X, not the sentence X's report makes)
        while head.dep_ not in ("ROOT", "relcl") and head.head.i != head.i and self.tok_quote[head.head.i] < 0:
            head = head.head
        sent = tok.sent
        own = {t.i for t in tok.subtree} | set(range(tok.i, last_cue.i + 1)) | {t.i for t in obj.subtree}
        toks = sorted(t.i for t in head.subtree if t.i not in own and sent.start <= t.i < sent.end)
        par = self.paragraph(tok.idx)
        toks = [i for i in toks if self.paragraph(self.doc[i].idx) == par]  # the parser ran over a break
        link = self._closing_sourced_clause(tok)
        if link is not None:
            toks = [i for i in toks if i > link.i]  # "X said A, while B, according to Y": Y sources B only
        while toks and (self.doc[toks[0]].dep_ == "cc" or self.doc[toks[0]].is_punct or self.doc[toks[0]].is_space):
            toks = toks[1:]  # "But, according to X, ...": the conjunction links to the sentence before
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
        att.rule = "according"
        return att

    # ------------------------------------------------------------------ pass 3: quotes still unclaimed
    def orphan_pass(self, found: list[Attribution]) -> list[Attribution]:
        extra = []
        for qi, q in enumerate(self.quotations):
            if qi in self.claimed or qi not in self.q_first:
                continue
            if (self.is_short(qi) and not self._headline_quote(qi)) or self.is_named_work(qi):
                continue
            prev, start = self._previous_attribution(q, found + extra)
            tail = self._run_tail_attribution(q)
            if tail is not None and (prev is None or self._names_another_speaker(tail, prev)):
                att = Attribution([q.span], "direct", tail.cue, tail.speaker, tail.speaker_head, tail.referent,
                                  [qi], tail.verb, "run-tail")
                extra.append(att)
                self.claimed[qi] = att
                continue
            if prev is not None:
                prev.rule += "+continued"
                if prev.kind == "indirect":
                    prev.kind = "mixed"  # a reported claim followed by the speaker's own words
                prev.fragments.append((start, q.end))
                prev.quotations.append(qi)
                self.claimed[qi] = prev
                continue
            byline = self._byline_after(qi)
            if byline is not None:
                att = self.new([q.span], "direct", [], byline[0], None, [qi])
                att.speaker, att.rule = byline[1], "byline"
                extra.append(att)
                self.claimed[qi] = att
                continue
            colon = self._colon_cue(qi)
            if colon is not None:
                v, subj = colon
                att = self.new([q.span], "direct", [v] if v is not None else [], subj,
                               v if v is not None and v.pos_ in ("VERB", "AUX") else None, [qi])
                att.rule = "colon"
                extra.append(att)
                self.claimed[qi] = att
        return extra

    def _names_another_speaker(self, tail: Attribution, prev: Attribution) -> bool:
        """Whether the cue closing a quote over several paragraphs names someone else than the attribution before
        the run ("..., said the mayor.\n\n\"...\n\n\"...,\" said Ann Berg."): a new speaker's run, not the
        earlier speaker going on. A pronoun or a phrase sharing a word with the earlier speaker names no one new."""
        if tail.speaker is None or prev.speaker is None or tail.speaker_head is None:
            return False
        head = self.doc[tail.speaker_head]
        if head.pos_ == "PRON" or head.lower_ in self.cues.pronouns:
            return False
        mine = set(_WORD.findall(self.text[tail.speaker[0]:tail.speaker[1]].lower()))
        theirs = set(_WORD.findall(self.text[prev.speaker[0]:prev.speaker[1]].lower()))
        return head.pos_ == "PROPN" and not (mine & theirs)

    def _run_tail_attribution(self, q: Quotation) -> Attribution | None:
        """For the earlier paragraphs of a quote over several paragraphs (each reopens the mark, only the last
        closes it and names the speaker: '"...\n\n"...," said X.'), the attribution of that last paragraph."""
        if q.run_tail is None:
            return None
        tail = next((qi for qi, o in enumerate(self.quotations) if o.start == q.run_tail), None)
        att = self.claimed.get(tail) if tail is not None else None
        return att if att is not None and att.speaker is not None and att.kind != "indirect" else None

    def _headline_quote(self, qi: int) -> bool:
        """A headline quoting its speaker: a short line opening "Name: " (or "Name Says Something: ") that the
        quotation ends ("Reid: 'Never Underestimate Him.'"); title case and few words are normal there."""
        q = self.quotations[qi]
        line_start = self.text.rfind("\n", 0, q.start) + 1
        line_end = self.text.find("\n", q.end)
        head = self.text[line_start:q.start].rstrip()
        tail = self.text[q.end:line_end if line_end >= 0 else len(self.text)].strip()
        words = _WORD.findall(head)
        return head.endswith(":") and 0 < len(words) <= 6 and words[0][0].isupper() and not _WORD.search(tail) \
            and len(self.inner_words(qi)) >= 2

    def _previous_attribution(self, q: Quotation, found: list[Attribution]) -> tuple[Attribution | None, int]:
        """The attribution this quote continues and where the continuing piece starts: only the rest of its cue
        sentence lies between them ("'...,' he said on Thursday. '...'"), or the quote opens the paragraph after
        it. A new sentence may open with a connective before the quote ("'...,' he said. But '...'"), which the
        piece keeps. A reported claim continues the same way ("The mayor said the city would rebuild. '...'"):
        PolNeAR makes the claim and the quotation one content, then mixed."""
        none = (None, q.start)
        before = [a for a in found if a.end <= q.start]
        if not before or not q.closed:
            return none
        prev = max(before, key=lambda a: a.end)
        edge = max([prev.end] + ([prev.cue[1]] if prev.cue else []) + ([prev.speaker[1]] if prev.speaker else []))
        if edge > q.start:
            return none
        # titles and scare quotes in the cue sentence ("he said on ABC's 'This Week.'") do not break it
        inner = [i for i, o in enumerate(self.quotations) if edge <= o.start and o.end <= q.start]
        if any(not self.is_short(i) for i in inner):
            return none
        gap = "".join(" " if any(self.quotations[i].start <= k < self.quotations[i].end for i in inner) else ch
                      for k, ch in enumerate(self.text[edge:q.start], start=edge))
        first_line, _, rest = gap.partition("\n")
        if rest.strip():
            return none  # a whole paragraph of other text in between
        start = q.start
        lead = re.search(r"[.!?]\s+(\w+),?\s*$", first_line)
        if lead and lead.group(1).lower() in self.connectives and "\n" not in gap:
            start = edge + lead.start(1)
            first_line = first_line[:lead.start(1)]
        if not _sentence_rest(first_line, self.cues.honorifics):
            return none
        return self._cue_sentence_owner(prev, before) or prev, start

    def _cue_sentence_owner(self, prev: Attribution, before: list[Attribution]) -> Attribution | None:
        """A reported claim inside the cue sentence of a direct quote ("'...,' she said, adding that ...") leaves
        the quotation after it to that direct quote: the speaker goes on with her own words."""
        if prev.kind == "direct" or prev.verb is None:
            return None
        sent = self.doc[prev.verb].sent
        owners = [a for a in before if a.kind == "direct" and a.verb is not None and a.end <= prev.start
                  and self.doc[a.verb].sent == sent]
        return max(owners, key=lambda a: a.end) if owners else None

    def _byline_after(self, qi: int):
        """A quotation standing as its own paragraph, signed by the next line ("- Bernie Sanders." / "— Clinton"):
        the name's head token and the name's span."""
        q = self.quotations[qi]
        line_start = self.text.rfind("\n", 0, q.start) + 1
        line_end = self.text.find("\n", q.end)
        if self.text[line_start:q.start].strip() or line_end < 0 or self.text[q.end:line_end].strip():
            return None
        m = _BYLINE.match(self.text, line_end)
        if m is None:
            return None
        toks = [t for t in self.doc if m.start(1) <= t.idx < m.end(1) and t.pos_ in ("PROPN", "NOUN")]
        name_end = m.start(1) + len(m.group(1).rstrip("."))
        return (toks[-1], (m.start(1), name_end)) if toks else None

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
        # no cue verb: the sentence's root, or the last verb before the colon when the parse roots the sentence
        # inside the quotation
        root_ok = root.pos_ in ("VERB", "AUX") and self.tok_quote[root.i] < 0
        inverted = self._inverted_cue_before_colon(sent.start, k)
        if inverted is not None:
            return inverted
        cand = [t for t in verbs if self.is_cue_token(t)]
        source = None if cand else self._source_phrase(sent.start, k)
        if source is not None:
            colon = self.doc[k + 1] if k + 1 < len(self.doc) and self.doc[k + 1].text == ":" else None
            return colon, source
        clausal = [t for t in verbs if t.dep_ not in ("amod", "compound", "acl", "nmod")]  # "the following statement"
        cand = cand or ([root] if root_ok else clausal[-1:])
        for v in reversed(cand):
            subj = self.subject(v)
            if subj is not None and self.tok_quote[subj.i] < 0:
                return v, subj
        # a headline or a transcript: "Marco Rubio: '...'" names the speaker right before the colon
        name = self.doc[k]
        named = name.pos_ == "PROPN" or name.pos_ == "NOUN" and name.text[:1].isupper() and self._headline_quote(qi)
        if not verbs and named and self.paragraph(name.idx) == self.paragraph(q.start):
            colon = self.doc[k + 1] if k + 1 < len(self.doc) and self.doc[k + 1].text == ":" else None
            return colon, name
        return None

    def _inverted_cue_before_colon(self, start: int, k: int):
        """"Said Ellis: '...'" / "Adds Jo Kent:": a cue verb opening its sentence, then only the speaker's name
        (the tagger often makes the verb part of the name): (verb, name head)."""
        doc = self.doc
        toks = [t for t in doc[start:k + 1] if not t.is_space and self.tok_quote[t.i] < 0]
        if len(toks) < 2 or len(toks) > 5 or not self.cues.is_cue_verb(toks[0].lemma_.lower()) \
                or not toks[0].text[:1].isupper() or not all(t.pos_ == "PROPN" for t in toks[1:]):
            return None
        return toks[0], toks[-1]

    def _source_phrase(self, start: int, k: int):
        """A verbless phrase naming a source before a colon, after the last dash of its sentence ("More from
        Jones:", "From the report:", "Here's Clinton in 1992:", "Jane Roe, author:"): the source's head token."""
        doc = self.doc
        seg = start
        for j in range(start, k + 1):
            if doc[j].text in ("—", "–", "-", "--") or "\n" in doc[j].text:
                seg = j + 1
        toks = [t for t in doc[seg:k + 1] if self.tok_quote[t.i] < 0]
        if not toks or len(toks) > 8 or any(t.pos_ == "VERB" or t.pos_ == "AUX" and t.lemma_ != "be" for t in toks):
            return None
        for t in toks:
            if t.lower_ == "from":
                obj = next((c for c in t.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        name = next((t for t in toks if t.pos_ == "PROPN"), None)
        while name is not None and name.dep_ == "compound" and name.head.i <= k and name.head.pos_ == "PROPN":
            name = name.head
        if name is None:
            # "A communique read:", "The statement:": a document speaks (the tagger often makes "read" a noun)
            name = next((t for t in toks if t.pos_ == "NOUN" and t.lemma_.lower() in self.cues.document_nouns), None)
        return name

    def noun_cue_pass(self, found: list[Attribution]) -> list[Attribution]:
        """"..., the Kenyan news agency reports.": a sentence that ends in a source and a present-tense cue the
        tagger read as a plural noun ("reports", "says") heading that source. The clause before the comma is the
        source's report; the source must name a medium or a body (a proper name, or a media or person noun), so
        "... and other reports." stays a noun."""
        doc = self.doc
        taken = [f for a in found for f in a.fragments]
        out: list[Attribution] = []
        for sent in doc.sents:
            words = [t for t in sent if not t.is_punct and not t.is_space]
            if len(words) < 5:
                continue
            cue = words[-1]
            if cue.tag_ != "NNS" or self.tok_quote[cue.i] >= 0 or not cue.lower_.endswith("s") \
                    or not self.cues.is_cue_verb(cue.lower_[:-1]):
                continue
            left = cue.i
            # the source: the noun phrase hanging on the cue right before it ("the", "AFP", "news", "agency")
            while left - 1 >= sent.start and doc[left - 1].dep_ in ("compound", "det", "amod", "nmod", "poss") \
                    and cue in doc[left - 1].ancestors:
                left -= 1
            source = [t for t in doc[left:cue.i] if t.dep_ != "det"]
            comma = left - 1
            if not source or comma <= sent.start or doc[comma].text != ",":
                continue
            if not any(t.pos_ == "PROPN" or t.lower_ in self.cues.media_nouns or t.lower_ in self.cues.person_nouns
                       for t in source):
                continue
            clause = list(range(sent.start, comma))
            if not any(doc[i].pos_ in ("VERB", "AUX") for i in clause):
                continue
            fragments = self._span(clause)
            if not fragments or _overlaps(fragments, taken):
                continue
            fragments, quotes = self.snap(fragments)
            head = next((t for t in reversed(source) if t.pos_ == "PROPN"), source[-1])
            att = self.new(fragments, "indirect" if not quotes else "mixed", [cue], head, None, quotes)
            att.speaker = (doc[left].idx, doc[cue.i - 1].idx + len(doc[cue.i - 1]))
            att.rule = "noun_cue"
            out.append(att)
        return out

    def run(self) -> list[Attribution]:
        direct = self.direct_pass()
        verbs = self.verb_pass()
        found = direct + verbs
        found += self.noun_cue_pass(found)
        found += self.orphan_pass(found)
        found += self.headline_source_pass(found)
        found += self.closing_report_pass(found)
        found += self.transcript_pass(found)
        found = self.relayed_report_pass(found)
        for att in found:
            att.fragments = _merge(sorted(att.fragments))
            if att.kind != "indirect" and all(self.quotations[q].start <= att.start for q in att.quotations[:1]):
                att.kind = "direct" if all(_is_quoted(self.text, s, e) for s, e in att.fragments) else att.kind
        found = _drop_nested_reports(found, self.text)
        return sorted(found, key=lambda a: a.start)


    # ------------------------------------------------------------------ interview transcripts
    def transcript_pass(self, found: list[Attribution]) -> list[Attribution]:
        """"Q: Will you talk to the rebels?" / "A: We are ready to talk ...": in a text with both question and
        answer labels (cues `transcript_labels`) opening paragraphs, each answer paragraph is the words of the
        interviewee, the person named last before the first labelled paragraph (the label is the cue); without
        such a person, or for a paragraph some other attribution already covers, nothing."""
        labels = self.cues.transcript_labels
        if not labels.get("question") or not labels.get("answer"):
            return []
        pattern = re.compile(r"(?P<label>%s)\s*:\s+" % "|".join(
            re.escape(w) for kind in ("question", "answer") for w in sorted(labels[kind], key=len, reverse=True)))
        answers, questions = [], 0
        first = None
        for start, end in paragraph_spans(self.text):
            hit = pattern.match(self.text, start)
            if hit is None or hit.end() >= end:
                continue
            first = start if first is None else first
            if hit.group("label") in labels["answer"]:
                answers.append((hit, end))
            else:
                questions += 1
        if not answers or not questions:
            return []
        names = [e for e in self.doc.ents if e.label_ == "PERSON" and e.end_char <= first]
        if not names:
            return []
        name = names[-1]
        extra = []
        for hit, end in answers:
            content = (hit.end(), end)
            if any(_overlaps([content], a.fragments) for a in found):
                continue
            att = Attribution([content], "direct", hit.span("label"), (name.start_char, name.end_char),
                              name.root.i, rule="transcript")
            extra.append(att)
        return extra

    # ------------------------------------------------------------------ pass 7: a report relayed by a second source
    def relayed_report_pass(self, found: list[Attribution]) -> list[Attribution]:
        """"Militants took three villages, a local official said, the agency reported" (or "..., according to the
        agency"): a reported clause followed by two cues each set off by a comma is two attributions — the first
        speaker's content is the clause; the relaying source's content is the clause with the first report in it.
        The parser hangs the two cues every which way, so the shape is read from the commas: the last two
        comma-separated stretches of the sentence each hold one subject and its reporting verb (or the last one a
        prepositional cue), and the clause before them has a verb of its own and no quotation marks."""
        doc = self.doc
        out = list(found)
        for sent in doc.sents:
            toks = [t for t in sent if not t.is_space]
            while toks and toks[-1].is_punct:
                toks.pop()
            commas = [t.i for t in toks if t.text == "," and self.tok_quote[t.i] < 0]
            if len(commas) < 2 or not toks:
                continue
            c1, c2 = commas[-2], commas[-1]
            first, last = toks[0].i, toks[-1].i
            if any(self.tok_quote[i] >= 0 for i in range(first, last + 1)):
                continue
            if len({self.paragraph(doc[i].idx) for i in (first, last)}) > 1:
                continue
            inner_cue = self._lone_report(c1 + 1, c2)
            outer = self._lone_report(c2 + 1, last + 1, prepositional=True)
            if inner_cue is None or outer is None:
                continue
            v1, s1, _ = inner_cue
            if v1.lemma_.lower() in self.no_preposed:
                continue
            while first < c1 and (doc[first].dep_ == "cc" or doc[first].is_punct):
                first += 1
            clause = list(range(first, c1))
            if sum(doc[i].is_alpha for i in clause) < 3 or not any(doc[i].pos_ in ("VERB", "AUX") for i in clause):
                continue
            inner_fragments = self._span(clause)
            outer_fragments = self._span(list(range(first, c2)))
            if not inner_fragments or not outer_fragments:
                continue
            cues = {v1.i} | {t.i for t in outer[2]}
            span_start, span_end = doc[first].idx, doc[last].idx + len(doc[last])
            out = [a for a in out if not (a.kind != "direct" and (
                a.verb in cues or a.cue is not None and span_start <= a.cue[0] < span_end and a.verb is None
                and doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")[0].i in cues))]
            inner = self.new(inner_fragments, "indirect", [v1], s1, v1, [])
            inner.rule = "relayed-inner"
            v2, s2, cue_tokens = outer
            relay = self.new(outer_fragments, "indirect", cue_tokens, s2, v2, [])
            relay.rule = "relayed-outer"
            out += [inner, relay]
            self.used_verbs.update(cues)
        return out

    def closing_report_pass(self, found: list[Attribution]) -> list[Attribution]:
        """"Talks on a truce stalled over the swap, two officials said": a sentence closed by a report set off by
        its last comma (a subject and its reporting verb, nothing more) reports everything before the comma, even
        when the parser did not give the verb that clause (it read "truce stalled" as a noun phrase, or hung the
        closing verb on the clause as a conjunct). Only for a closing verb no attribution has, a clause with a
        verb of its own and no quotation marks."""
        doc = self.doc
        used = {a.verb for a in found if a.verb is not None} | self.used_verbs
        covered = [f for a in found for f in a.fragments]
        out = []
        for sent in doc.sents:
            toks = [t for t in sent if not t.is_space]
            while toks and toks[-1].is_punct:
                toks.pop()
            commas = [t.i for t in toks if t.text == "," and self.tok_quote[t.i] < 0]
            if not commas:
                continue
            comma, first, last = commas[-1], toks[0].i, toks[-1].i
            if len(commas) > 1 and comma + 1 <= last and doc[comma + 1].tag_ == "VBG" \
                    and doc[comma + 1].lemma_.lower() in self.cues.sourcing_verbs:
                # "..., the agency reported, citing a source": the sourcing phrase closes the report
                comma, last = commas[-2], comma - 1
            while first < comma and (doc[first].dep_ == "cc" or doc[first].is_punct):
                first += 1
            if any(self.tok_quote[i] >= 0 for i in range(first, last + 1)):
                continue
            if len({self.paragraph(doc[i].idx) for i in (first, last)}) > 1:
                continue
            report = self._lone_report(comma + 1, last + 1)
            if report is None or report[0].i in used or report[0].lemma_.lower() in self.no_preposed:
                continue
            v, subj, cue_tokens = report
            if subj.left_edge.i != comma + 1 and not self._title_before_name(comma + 1, subj):
                continue  # the stretch opens with its subject, not "..., a slogan the mayor later echoed"
            if any(t.lemma_.lower() in self.cues.claim_nouns for t in doc[comma + 1:subj.i]):
                continue  # "..., a charge Kigali denies" (the noun read into the subject): a comment on the claim
            if v.tag_ not in ("VBD", "VBZ", "VBP") or any(doc[i].text in ("—", "–", "-", "(", ")", ":")
                                                          for i in range(comma + 1, last + 1)):
                continue  # a finite verb closing a plain stretch, not "..., farmers—to argue ..."
            addressee = v.lemma_.lower() in self.cues.addressee_verbs
            if any(c.i > v.i and c.dep_ not in ("prep", "advmod", "punct", "prt", "agent")
                   and not (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME"))
                   and not (c.dep_ in ("dobj", "dative") and addressee) for c in v.children):
                continue  # the verb has words of its own ("..., the council proposed a curfew", "..., most said no")
            if sent[-1].text == ":" or any(t.text == ":" for t in doc[last + 1:sent.end]):
                continue  # "In a letter to donors, the bishop wrote:" introduces what follows
            clause = list(range(first, comma))
            if sum(doc[i].is_alpha for i in clause) < 3 or not any(doc[i].pos_ in ("VERB", "AUX") for i in clause):
                continue
            opener = doc[first]
            if opener.lower_ in self.cues.adverbial_marks or opener.lower_ == "if" or opener.tag_ in ("VBN", "VBG"):
                continue  # "When the vote was over, he said ..." / "Asked about it, she said": a setting, no content
            fragments = self._span(clause)
            if not fragments or _overlaps(fragments, covered):
                continue
            att = self.new(fragments, "indirect", cue_tokens, subj, v, [])
            att.rule = "closing-report"
            out.append(att)
            self.used_verbs.add(v.i)
        return out

    def _title_before_name(self, start: int, subj) -> bool:
        """"..., state news agency TASS reported": the parser may leave the title before a name out of the subject
        (hanging it on the clause before). Words from `start` up to the named subject that are only a title — a
        phrase of nouns and adjectives ending in a noun for a medium, person or body (cues `media_nouns`,
        `person_nouns`, `body_nouns`) — are the subject's own; "..., a claim Moscow denied" is not."""
        doc = self.doc
        left = subj.left_edge.i
        if subj.pos_ != "PROPN" or left <= start:
            return False
        words = doc[start:left]
        if any(t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") for t in words):
            return False
        noun = words[-1].lemma_.lower()
        return noun in self.cues.media_nouns or noun in self.cues.person_nouns or noun in self.cues.body_nouns

    def _lone_report(self, start: int, end: int, prepositional: bool = False):
        """(verb, subject, cue tokens) when tokens [start, end) are one report and nothing more: a subject and its
        reporting verb with only phrases of time, place or manner around them ("a local official said on
        Sunday"), or, with `prepositional`, a prepositional cue and its object ("according to the agency")."""
        doc = self.doc
        if end - start < 2:
            return None
        if prepositional and (hit := self.according(doc[start])) is not None:
            last_cue, obj = hit
            if obj is not None and start < obj.i < end and not any(
                    doc[i].pos_ in ("VERB", "AUX") for i in range(last_cue.i + 1, end)):
                return None, obj, list(doc[start:last_cue.i + 1])
            return None
        verbs = [doc[i] for i in range(start, end) if doc[i].pos_ in ("VERB", "AUX")]
        cue_verbs = [t for t in verbs if self.is_cue_token(t)]
        if len(cue_verbs) != 1:
            return None
        v = cue_verbs[0]
        subj = next((doc[i] for i in range(start, v.i) if doc[i].dep_ == "nsubj" and doc[i].head.i == v.i), None)
        if subj is None and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children) and all(
                doc[i].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ") for i in range(start, v.i)):
            # "..., residents and a rebel spokesman said": the parser ran the speakers into the clause's last
            # noun phrase as conjuncts and left the verb without a subject; the nouns before it are the speakers
            subj = next((doc[i] for i in range(start, v.i) if doc[i].pos_ in ("NOUN", "PROPN")
                         and not start <= doc[i].head.i < v.i), None)
        if subj is None or subj.lower_ in self.cues.non_speakers or subj.lower_ in self.cues.relative_pronouns \
                or subj.lemma_.lower() in self.cues.recording_nouns:
            return None  # a recording reports nothing ("..., the footage showed")
        # another verb only inside the subject's phrase ("two officials briefed on the talks said")
        if any(t.i != v.i and not subj.left_edge.i <= t.i <= subj.right_edge.i for t in verbs):
            return None
        if doc[start].i != subj.left_edge.i and not doc[start].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM"):
            return None
        return v, subj, [v]

    # ------------------------------------------------------------------ pass 6: a headline's closing source
    def headline_source_pass(self, found: list[Attribution]) -> list[Attribution]:
        """"Gunmen kill 12 in northern town: army": a headline that ends in a colon and a short verbless name of a
        source attributes the claim before the colon to that source (the wires' headline form of "..., the army
        said"). The claim needs a verb of its own; the source is a name, or a noun for a person, a medium or a
        document ("...: report", "...: officials")."""
        from eventwire.headlines import headline_line

        doc = self.doc
        line = headline_line(self.text)
        if line is None:
            return []
        start, end = line
        colon = self.text.rfind(":", start, end)
        if colon <= start or any(q.start < end and start < q.end and q.start > colon for q in self.quotations):
            return []
        tail = doc.char_span(colon + 1, end, alignment_mode="expand")
        claim = doc.char_span(start, colon, alignment_mode="expand")
        if tail is None or claim is None:
            return []
        words = [t for t in tail if not t.is_space and not t.is_punct]
        if not words or len(words) > 4 or any(t.pos_ in ("VERB", "AUX") for t in words):
            return []
        if len([t for t in claim if t.is_alpha]) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in claim):
            return []
        head = words[-1]
        nouns = self.cues.person_nouns | self.cues.media_nouns | self.cues.document_nouns | self.cues.body_nouns
        if not (head.pos_ == "PROPN" or head.text.isupper() and len(head.text) > 1 or head.lemma_.lower() in nouns
                or head.lower_ in nouns):
            return []
        fragments = [(claim[0].idx, colon)]
        if _overlaps(fragments, [f for att in found for f in att.fragments]):
            return []
        fragments, quotes = self.snap(fragments)
        att = self.new(fragments, "mixed" if quotes else "indirect", [], head, None, quotes)
        att.speaker = (words[0].idx, head.idx + len(head))
        att.rule = "headline-source"
        for q in quotes:
            self.claimed.setdefault(q, att)
        return [att]


def _drop_nested_reports(found: list[Attribution], text: str = "") -> list[Attribution]:
    """A reported (not quoted) claim whose cue sits inside another attribution's content is part of that
    content ("Officials said Comey told them that ..."): PolNeAR scores the outer report as one content and
    seldom annotates the inner one, so only the outer one is kept."""
    def holds_cue(att: Attribution, other: Attribution) -> bool:
        return other.cue is not None and any(s <= other.cue[0] < e for s, e in att.fragments)

    def after_relative_clause(att: Attribution) -> bool:
        """The closing cue follows a relative clause set off by commas ("..., who has long backed the plan,
        according to X"): it sources that clause's claim, not the sentence's report."""
        head = text[att.start:att.cue[0]].rstrip(" ,")
        opened = max(head.rfind(", " + word + " ") for word in _RELATIVE_OPENERS)
        return opened >= 0 and "," not in head[opened + 1:]

    def nested(att: Attribution) -> bool:
        if att.rule == "relayed-inner":
            return False  # the first speaker of a relayed report: kept beside the relaying source's content
        # Two reports each holding the other's cue ("Police said A, according to the agency", the parser giving
        # the closing cue to the reported clause): the one whose content starts first holds the other's speaker
        # too, so it is the outer one and stays.
        return att.kind != "direct" and att.cue is not None and any(
            other is not att and holds_cue(other, att) and not (
                holds_cue(att, other) and att.start < other.start and not after_relative_clause(att))
            for other in found)
    return [att for att in found if not nested(att)]


# words opening a relative clause set off by a comma (", who has ...")
_RELATIVE_OPENERS = ("who", "which", "whose", "whom")


# a signature line under a quotation: a dash and a capitalised name of a few words, alone on its line
_BYLINE = re.compile(r"\n+[ \t]*[-—–]{1,2}[ \t]*"
                     r"([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})[ \t]*\.?[ \t]*(?:\n|$)")

_SENTENCE_END = re.compile(r"[.!?;]\s+\S")


def _sentence_ends(text: str, abbreviations) -> list[re.Match]:
    """Sentence ends in `text`, not counting a period after an abbreviation or an initial ("Mr. Trump")."""
    found = []
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == ".":
            word = re.search(r"(\w+)$", text[:m.start()])
            if word and (len(word.group(1)) == 1 or word.group(1).lower() in abbreviations):
                continue
        found.append(m)
    return found


def _sentence_rest(gap: str, abbreviations=frozenset()) -> bool:
    """The rest of a cue sentence: no sentence end inside it (abbreviations aside), no quotation of its own."""
    body = gap.strip(" \u00a0\t")
    if _sentence_ends(body.rstrip(".!?;:, \u00a0"), abbreviations):
        return False
    return len(_WORD.findall(body)) <= 30 and not re.search(r"[\"“”]", body)


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
