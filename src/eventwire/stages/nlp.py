"""nlp.v1: sentences, tokens, parse and entity spans from one spaCy pipeline per process.

The nlp stage runs only the spaCy components that the pipeline's other stages need. A stage declares the
annotations it reads in `spacy_needs`, in spaCy's own `assigns` names ("token.tag", "token.dep", "doc.ents",
...); a stage that declares nothing gets the whole spaCy pipeline. The model is loaded once, whole, and the
components not needed are disabled per call, so pipelines with different needs share one model in memory.
A hard-wrapped plain text is parsed with its line wraps read as spaces (`eventwire.linewraps`) and the parse is
mapped back onto the original text, so offsets stay offsets into the text as given. A Title-Case headline is
parsed re-cased as a sentence (`eventwire.headlines`) and mapped back the same way. A headline the parser reads
with no verb ("Nurses down tools over pay") is parsed again alone with its verb put in the past tense, and that
parse is copied onto its tokens (`reparse_verbless_headline`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.datelines import AGENCY_DATELINE, DATELINE
from eventwire.document import Analysis
from eventwire.errors import PipelineError
from eventwire.headlines import capitals_cased_text, headline_line, headline_verb, past_tense, sentence_cased_text
from eventwire.knowledge.abbreviations import name_abbreviations
from eventwire.knowledge.hyphenated_verbs import hyphenated_verbs
from eventwire.linewraps import unwrap, wrap_breaks
from eventwire.stages.base import Stage

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@lru_cache(maxsize=4)
def load_spacy(name: str) -> Language:
    """Load a spaCy pipeline once per process; a missing one is a PipelineError naming how to install it."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise PipelineError(
            f"spaCy pipeline {name!r} is not installed ({err.__class__.__name__}); "
            "install it from PyPI or name another with --spacy-model"
        ) from None
    # Long articles are fine for the small parser; spaCy's default guard is for transformer memory.
    nlp.max_length = 2_000_000
    keep_abbreviations_whole(nlp)
    keep_hyphenated_verbs_whole(nlp)
    return nlp


def keep_abbreviations_whole(nlp: Language) -> None:
    """Teach the tokenizer the abbreviated titles it would split into a word and a sentence-ending full stop
    ("Lt. Col. Ann Marsh" must stay one sentence and one name)."""
    from spacy.symbols import ORTH

    for abbreviation in name_abbreviations():
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


def keep_hyphenated_verbs_whole(nlp: Language) -> None:
    """Keep the hyphenated verbs of force (`eventwire.knowledge.hyphenated_verbs`) one token, read as their
    unhyphenated spelling: split at the hyphen, "Police tear-gassed protesters" is parsed as a noun phrase."""
    from spacy.symbols import NORM, ORTH

    for verb in hyphenated_verbs().values():
        for form in {verb.form, verb.form.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: verb.norm}])


def lemmatize_hyphenated_verbs(doc: Doc) -> Doc:
    """Give a hyphenated verb of force kept whole the lemma its table lists (the rule lemmatizer makes
    "tear-gasse" of "tear-gassed")."""
    table = hyphenated_verbs()
    for tok in doc:
        verb = table.get(tok.lower_)
        if verb is not None and tok.tag_.startswith("VB"):
            tok.lemma_ = verb.lemma
    return doc


def spacy_needs(stages: Iterable[object]) -> frozenset[str] | None:
    """The union of the spaCy annotations the stages declare in `spacy_needs`; None when any stage reading the
    parse declares nothing (it gets everything), and when nlp runs alone (its user wants the whole parse)."""
    needs: set[str] = set()
    readers = 0
    for stage in stages:
        if "nlp" in getattr(stage, "adds", ()):
            continue
        declared = getattr(stage, "spacy_needs", None)
        if declared is None:
            return None
        needs.update(declared)
        readers += 1
    return frozenset(needs) if readers else None


def components_for(nlp: Language, needs: Iterable[str] | None) -> list[str]:
    """The enabled components of `nlp` that produce `needs`, plus the shared embedding layers they listen to.

    Every component runs when `needs` is None, or when some annotation is not declared by any component (spaCy's
    attribute ruler sets coarse POS and morphology without declaring it, and the lemmatizer reads them), so a
    pruned pipeline never silently lacks what a stage reads.
    """
    names = list(nlp.pipe_names)
    if needs is None:
        return names
    chosen: set[str] = set()
    for attr in needs:
        assigners = [n for n in names if attr in nlp.get_pipe_meta(n).assigns]
        if not assigners:
            return names
        chosen.update(assigners)
    for name in names:
        listeners = getattr(nlp.get_pipe(name), "listening_components", None) or ()
        if chosen & set(listeners):
            chosen.add(name)
    return [n for n in names if n in chosen]


def rewrap(doc: Doc, text: str, offsets: list[int]) -> Doc:
    """The parse `doc` of an unwrapped text (`eventwire.linewraps.unwrap`) as a Doc over the original `text`: the
    same tokens and annotations at their original offsets, each wrap stretch a whitespace token of its own that
    hangs on the token before it and stays inside an entity it falls in."""
    import numpy as np
    from spacy.tokens import Doc as SpacyDoc

    words: list[str] = []
    spaces: list[bool] = []
    source: list[int | None] = []  # the token of `doc` each new token copies, None for a wrap stretch
    for tok in doc:
        start = offsets[tok.idx]
        end = start + len(tok.text)
        nxt = offsets[tok.nbor(1).idx] if tok.i + 1 < len(doc) else len(text)
        gap = text[end:nxt]
        words.append(text[start:end])
        source.append(tok.i)
        if gap in ("", " "):
            spaces.append(gap == " ")
        else:
            spaces.append(False)
            words.append(gap)
            spaces.append(False)
            source.append(None)
    new_index = {old: new for new, old in enumerate(source) if old is not None}

    def column(attr) -> list[str] | None:
        return [attr(doc[i]) if i is not None else None for i in source]

    tags = column(lambda t: t.tag_) if doc.has_annotation("TAG") else None
    pos = column(lambda t: t.pos_) if doc.has_annotation("POS") else None
    morphs = column(lambda t: str(t.morph)) if doc.has_annotation("MORPH") else None
    lemmas = column(lambda t: t.lemma_) if doc.has_annotation("LEMMA") else None
    parsed = doc.has_annotation("DEP")
    heads = deps = sent_starts = None
    if parsed:
        heads = [new_index[doc[i].head.i] if i is not None else k - 1 for k, i in enumerate(source)]
        deps = [doc[i].dep_ if i is not None else "dep" for i in source]
    elif doc.has_annotation("SENT_START"):
        sent_starts = [bool(doc[i].is_sent_start) if i is not None else False for i in source]
    ents = None
    if doc.has_annotation("ENT_IOB"):
        ents = []
        for k, i in enumerate(source):
            if i is not None:
                t = doc[i]
                ents.append(f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O")
            else:  # a wrap inside a name stays inside it
                after = doc[source[k + 1]] if k + 1 < len(source) and source[k + 1] is not None else None
                ents.append(f"I-{after.ent_type_}" if after is not None and after.ent_iob_ == "I" else "O")
    for k, i in enumerate(source):
        if i is None:
            if tags is not None:
                tags[k] = "_SP"
            if pos is not None:
                pos[k] = "SPACE"
            if morphs is not None:
                morphs[k] = ""
            if lemmas is not None:
                lemmas[k] = words[k]
    out = SpacyDoc(doc.vocab, words=words, spaces=spaces, tags=tags, pos=pos, morphs=morphs, lemmas=lemmas,
                   heads=heads, deps=deps, sent_starts=sent_starts, ents=ents)
    if doc.tensor is not None and getattr(doc.tensor, "shape", (0,))[0] == len(doc) and doc.tensor.size:
        tensor = np.zeros((len(out), doc.tensor.shape[1]), dtype=doc.tensor.dtype)
        for k, i in enumerate(source):
            if i is not None:
                tensor[k] = doc.tensor[i]
        out.tensor = tensor
    return out


# One word between straight single quotes, the opening one after a space or a bracket ("Rebels 'liberated' the
# town"): a scare quote. The parser reads an opening "'" after a word ending in "s" as a plural possessive
# ("Rebels'"), losing the verb and its subject; the same word between double quotes it reads as the verb it is.
_SCARE_SINGLE_QUOTED = re.compile(r"(?<![^\s(\[])'([A-Za-z][\w-]*)'(?![\w'’])")


def scare_quotes_doubled(text: str) -> str:
    """`text` with each single word between straight single quotes put between double quotes (same length)."""
    return _SCARE_SINGLE_QUOTED.sub(lambda m: f'"{m.group(1)}"', text)


def _parse_text(text: str) -> tuple[str, list[int] | None]:
    """The text the parser reads for `text`, and for each of its characters the offset in `text` (None: the
    text itself is read)."""
    recased = scare_quotes_doubled(capitals_cased_text(sentence_cased_text(text)))  # same length and offsets
    wraps = wrap_breaks(text)
    if wraps:
        return unwrap(recased, wraps)
    if recased != text:
        return recased, list(range(len(text) + 1))
    return text, None


_LINE_END_PUNCT = frozenset('.!?:;,"\'”’)]-–—')


def mark_sentence_starts(doc: Doc) -> Doc:
    """Never start a sentence right after an abbreviated title ("Cmdr. Ito"); start one after a blank line, and
    after a line break that ends a line with no closing punctuation before a capital, digit or quote (a headline, a
    byline, a dateline), and after a dateline's dash: the parser otherwise runs a headline into the first
    sentence of the body. Wraps inside a sentence were already read as spaces (`_parse_text`), so a line break
    left in the text is a real one."""
    titles = name_abbreviations()
    # A dateline ("KHARTOUM, May 2 (Reuters) - ") is not part of the report's first sentence: read into it, the place
    # becomes the subject ("KHARTOUM ... shelled") and the report's real subject an apposition.
    starts = {tok.idx: tok for tok in doc}
    for pattern in (DATELINE, AGENCY_DATELINE):
        for match in pattern.finditer(doc.text):
            first = starts.get(match.end())
            # (a wire underscore or a mis-encoded dash is tokenised into a word of its own: the parser then splits
            # the report's first noun phrase too, so those datelines are left to the stages' own patterns)
            if "_" in match.group() or "\ufffd" in match.group():
                continue
            if first is not None and first.i > 0 and not first.is_space:
                first.is_sent_start = True
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if before.text in titles:
            tok.is_sent_start = False  # "Cmdr. Ito": the title's full stop ends no sentence
            continue
        if not before.is_space or "\n" not in before.text or tok.is_space:
            continue
        last = doc[before.i - 1] if before.i > 0 else None
        if before.text.count("\n") >= 2 or (
                last is not None and not last.is_space and last.text[-1] not in _LINE_END_PUNCT
                and (tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.is_quote)):
            tok.is_sent_start = True
    return doc


def _event_verbs() -> frozenset[str]:
    from eventwire.knowledge.plover import load_lexicon

    return frozenset(load_lexicon().verbs)


# present-tense verb tags and the noun tag of the same form, for a word parsed as a noun's modifier
_COMPOUND_VERB_TAGS = {"VB": "NN", "VBP": "NN", "VBZ": "NNS"}


def reparse_verbless_headline(nlp: Language, doc: Doc, disable: Iterable[str] = ()) -> Doc:
    """`doc` with its headline re-parsed when the parser read it with no verb: the headline alone is parsed with its
    verb (`eventwire.headlines.headline_verb`) in the past tense, and that parse (tags, lemmas, heads, labels) is
    copied onto the headline's own tokens, the verb tagged back in the present. The words, spaces, entities and
    every offset stay those of `doc`; `doc` itself is returned when nothing is to be done."""
    from spacy.tokens import Doc as SpacyDoc

    span = headline_line(doc.text)
    if span is None or not doc.has_annotation("TAG") or not doc.has_annotation("DEP"):
        return doc
    start, end = span
    toks = [t for t in doc if start <= t.idx < end]
    if not toks or any(t.is_space for t in toks):
        return doc
    first, last = toks[0].i, toks[-1].i + 1
    if any(not first <= t.head.i < last for t in toks):
        return doc  # the headline is not a sentence of its own in this parse
    # a present-tense verb tag on a word the parser hangs on a noun as its modifier ("Army shells rebel/VBP
    # positions", "Mali junta expels/VBZ French ambassador") is a tag the parse itself does not read as a verb:
    # the word is left to `headline_verb` as the noun its parse makes it
    found = headline_verb([(t.text, _COMPOUND_VERB_TAGS.get(t.tag_, t.tag_) if t.dep_ == "compound" else t.tag_)
                           for t in toks], _event_verbs())
    if found is None:
        return doc
    k, base = found
    verb = toks[k]
    past = past_tense(base)
    line = doc.text[start:verb.idx] + past + doc.text[verb.idx + len(verb.text):end]
    again = nlp(line, disable=list(disable))
    if [t.text for t in again] != [t.text if t.i != verb.i else past for t in toks]:
        return doc  # the past form split or joined tokens: the parses do not line up
    if not again[k].tag_.startswith("VB") or again[k].dep_ != "ROOT":
        return doc  # no better read: the past form is not the headline's main verb either
    third_person = verb.text != base
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    tags = [t.tag_ for t in doc]
    pos = [t.pos_ for t in doc]
    morphs = [str(t.morph) for t in doc]
    lemmas = [t.lemma_ for t in doc]
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for j, t in enumerate(again):
        i = first + j
        tags[i], pos[i], morphs[i], lemmas[i] = t.tag_, t.pos_, str(t.morph), t.lemma_
        heads[i], deps[i] = first + t.head.i, t.dep_
    # the headline tells the present ("jails", "fire"): the verb keeps its own tense
    tags[verb.i] = "VBZ" if third_person else "VBP"
    pos[verb.i] = "VERB"
    morphs[verb.i] = "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin" if third_person else "Tense=Pres|VerbForm=Fin"
    lemmas[verb.i] = base
    ents = None
    if doc.has_annotation("ENT_IOB"):
        # an entity the old parse put over the verb ("Riot police fire" as one name) is dropped
        dropped = {e.start for e in doc.ents if e.start <= verb.i < e.end}
        ents = []
        inside_dropped = False
        for t in doc:
            if t.ent_iob_ == "B":
                inside_dropped = t.i in dropped
            if t.ent_iob_ in ("B", "I") and not inside_dropped:
                ents.append(f"{t.ent_iob_}-{t.ent_type_}")
            else:
                ents.append("O")
    out = SpacyDoc(doc.vocab, words=words, spaces=spaces, tags=tags, pos=pos, morphs=morphs, lemmas=lemmas,
                   heads=heads, deps=deps, ents=ents)
    if doc.tensor is not None and getattr(doc.tensor, "shape", (0,))[0] == len(doc) and doc.tensor.size:
        out.tensor = doc.tensor
    return out


class NlpStage(Stage):
    name = "nlp.v1"
    adds = ("nlp",)

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.needs_of_stages: frozenset[str] | None = None  # None: every component
        self.components: list[str] = []
        self._disable: list[str] = []

    def serve_stages(self, stages: Iterable[object]) -> None:
        """Run only what `stages` need (called by the Pipeline with its stages, before the first document)."""
        self.needs_of_stages = spacy_needs(stages)
        self._ready = False

    def setup(self) -> None:
        self.nlp = load_spacy(self.settings.spacy_model)
        self.components = components_for(self.nlp, self.needs_of_stages)
        self._disable = [n for n in self.nlp.pipe_names if n not in self.components]

    def predict(self, analysis: Analysis) -> Doc:
        return self.predict_batch([analysis])[0]

    def predict_batch(self, batch: list[Analysis]) -> list[Doc]:
        # A hard-wrapped text is parsed with its wraps read as spaces, a Title-Case headline re-cased as a sentence
        # (the tagger reads a Title-Case line as one name); the parse is mapped back onto the original text.
        unwrapped = [_parse_text(a.text) for a in batch]
        tokenised = (mark_sentence_starts(self.nlp.make_doc(u)) for u, _ in unwrapped)
        docs = (reparse_verbless_headline(self.nlp, lemmatize_hyphenated_verbs(doc), self._disable)
                for doc in self.nlp.pipe(tokenised, batch_size=16, disable=self._disable))
        return [doc if offsets is None else rewrap(doc, a.text, offsets)
                for doc, a, (_, offsets) in zip(docs, batch, unwrapped)]

    def write(self, analysis: Analysis, result: Doc) -> None:
        analysis.doc = result
        analysis.shared["spacy_components"] = list(self.components)
