"""Sentence-level PLOVER coding from a spaCy dependency parse and the data lexicon (knowledge/plover.py).

For each sentence: find triggers (verbs, phrasal verbs, verb+object frames, event nouns), read their arguments
off the parse (subject / by-agent / "supported by X" -> actors; object / passive subject / against-on-from-X ->
recipients; conjuncts -> compound actors), decide a status by walking up the clause chain (negation, modals,
embedding verbs, conditionals, counterfactual inversion, hedging adverbs), and derive the commitments PLOVER
codes as events of their own ("X will send aid" -> X AGREE; "X said Y attacked" -> X ACCUSE Y).

Everything here works on tokens; no actor ids. `Candidate`s are turned into `Event`s by the stage.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from eventwire.knowledge.plover import Entry, Lexicon, unique_cameo

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Top salience is about 1.1 (a root verb with both arguments in a headline); the stage caps confidence at 0.99
# after adding up to 0.05 for a title of the same type, so salience is scaled below that cap.
SALIENCE_SCALE = 0.85
LEDE_BONUS = 0.03
# Share of its salience an event noun keeps when it is told as background ("after the attack", "in response to the
# sanctions"): the clause it hangs on reports the news.
BACKGROUND_FACTOR = 0.85
# Share of its governing event noun's salience a purpose infinitive keeps at most ("an offensive to recapture the
# hill"), and of its cause's a consequence with no named cause ("a man was killed as villagers clashed"): low enough
# that the classifier's re-weighting of types (at most 10%) does not put the goal or the toll above the deed.
PURPOSE_FACTOR = 0.85
# Lexicon weight of protest activity read from protesters doing something the lexicon has no event for: as low as
# its weakest lines, since the verb itself says nothing about protesting.
PROTESTER_ACTIVITY_WEIGHT = 0.6
# Deployments (MOBILIZE: "patrols were stepped up", "troops were sent in") made after violence or unrest that
# their own sentence tells ("after shops were looted") are the response to it: the act they answer is the news.
RESPONSE_TYPES = frozenset({"MOBILIZE"})
RESPONDED_TYPES = frozenset({"ASSAULT", "PROTEST"})
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}
# Mode of the THREATEN event derived from a threatened action of this type (PLOVER 2.0 THREATEN modes).
THREAT_MODES = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations", "MOBILIZE": "violence",
                "PROTEST": "restrict", "RETREAT": "relations"}
# Acts whose announced plan is that act in the future, not a threat: a planned demonstration or march ("the group
# plans to hold a rally", "protesters said they would march") threatens no one; with "unless" it is an ultimatum.
PLANNED_NOT_THREATENED = {"PROTEST"}
# Types of a commitment verb that is coded as an event of its own ("warned that ...", "agreed that ...").
COMMITMENT_TYPES = {"THREATEN", "AGREE", "REJECT"}
# Adverbial particles the parser often attaches as prepositions ("pulled out of the town", "voted down the bill");
# not "in"/"on", whose prepositional reading is the usual one ("sat in the car" is no sit-in).
PREP_PARTICLES = {"out", "down", "off", "up", "back", "over", "away", "aside"}
# Prepositions that place an event ("the blast in X", "fighting near X"): a name there is its scene, not its doer
SCENE_PREPS = {"in", "near", "at", "inside", "outside", "around", "across"}
# Where a weapon is aimed ("fired shells at/into/near/across ..."): its own phrase names the party hit
AIM_PREPS = {"at", "on", "upon", "onto", "into", "toward", "towards", "against", "over", "near", "across"}
RECIPIENT_PREPS = {"against", "on", "upon", "at", "to", "with", "from", "into", "toward", "towards", "onto", "over"}
SUBJ_DEPS = {"nsubj", "csubj"}
# prepositions whose gerund is done by the clause's subject, not its object ("after attacking X, they freed Y";
# but "accused Y of attacking X", "arrested Y for attacking X": the object)
SUBJECT_CONTROL_PREPS = {"after", "before", "while", "since", "upon", "despite", "without", "besides", "following"}
# types whose recipient is the party given in to or pulled back from
YIELD_TYPES = {"CONCEDE", "RETREAT"}
# conjunctions that open a contrasting clause ("X did A but only Y have been B"); the parser sometimes coordinates
# that clause's subject with a noun of the first clause instead of making it the second verb's subject
CONTRAST_CONJUNCTIONS = {"but", "yet", "while", "whereas"}
FINITE_AUX_TAGS = {"VBP", "VBZ", "VBD", "MD"}
NOMINAL_POS = ("NOUN", "PROPN", "PRON")
# tags of the words of a plain noun phrase in a list ("the two armed villagers", "Lena Varga's brothers")
LIST_PHRASE_TAGS = {"DT", "PDT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "PRP$", "HYPH", "POS"}
OBJ_DEPS = {"dobj", "dative", "attr", "oprd"}
# a match score: "6-3", "96 - 94", "4–0" (not a year span such as "2014-15")
_SCORE = re.compile(r"(?<![\d/.,])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d/.,])")
CONSTRAINT_DEPS = {"dobj", "nsubjpass", "attr", "oprd", "dative", "advmod", "npadvmod", "compound", "acomp", "prt",
                   "intj"}  # "said no to the plan": the parser reads "no" as an interjection
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "itself", "themselves",
            "who", "which", "that", "whom", "this", "these", "those", "one", "some", "others", "all", "both",
            "each", "many", "several", "most", "none", "anyone", "someone", "what", "his", "its", "their"}
SUPPORT_LEMMAS = {"support", "back", "aid", "assist", "help", "arm", "fund", "sponsor", "reinforce", "accompany",
                  "join", "bolster"}
SUPPORT_NOUNS = {"support", "help", "backing", "assistance", "aid", "cover", "cooperation"}
# Pronouns that never stand for a party: demonstratives, interrogatives and indefinites ("anyone who wanted to
# talk" is nobody in particular).
NOT_PARTY_PRONOUNS = {"this", "that", "which", "what", "these", "those", "anyone", "anybody", "someone", "somebody",
                      "everyone", "everybody", "nobody", "whoever", "whatever", "something", "anything",
                      "everything", "nothing"}
ENT_KINDS = {"PERSON": "person", "ORG": "other", "NORP": "population", "GPE": "country"}
# Named-entity types whose tokens are never event triggers (names, dates and amounts).
NAME_ENTS = {"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
             "PERCENT", "QUANTITY", "LANGUAGE", "WORK_OF_ART", "LAW", "PRODUCT"}
TIME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
NON_ACTOR_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "WORK_OF_ART", "LAW",
                  "LANGUAGE", "EVENT", "PRODUCT"}
# When nothing else names a recipient, the polity where a domestic action happens stands in ("demonstrated in
# Serbia", "eased emergency measures in Montenegro"), as PLOVER coders do.
PLACE_RECIPIENT_TYPES = {"PROTEST", "MOBILIZE", "CONCEDE", "COERCE", "THREATEN", "RETREAT", "SANCTION", "AGREE",
                         "REJECT", "AID", "ACCUSE", "SUPPORT", "COOPERATE", "REQUEST"}
PLACE_PREPS = {"in", "inside", "across", "throughout", "into", "to"}
# Types of what a message says to the one it is sent to ("sent a letter to X demanding ...")
ADDRESSED_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT", "AGREE"}
# ... and where a protest goes or is held ("marched through X", "took to the streets of X", "rallied outside X")
PROTEST_GROUND_PREPS = PLACE_PREPS | {"through", "outside", "around", "near", "at", "along", "of"}
# ... and the prepositions of the place an attack that names no target struck ("shells landed in Kiev")
STRUCK_PLACE_PREPS = {"in", "inside", "into"}
# Actor kinds that make arrests: a bare plural of one of them opening a headline arrest does it ("Police detain ...")
COERCER_KINDS = {"police", "military", "government", "armed_group"}
# Prepositions that say where an act took place ("signed in Geneva", "met at the palace")
VENUE_PREPS = {"in", "at", "inside"}
# (type, mode) of acts done to a person where they are (an arrest, an abduction, an expulsion): the town such a person
# is taken or posted in ("detained a blogger in Minsk", "expelled the consul in Grodno") is the scene of the act, not
# a party to it
ACTS_ON_A_PERSON = {("COERCE", "arrest"), ("ASSAULT", "abduct"), ("SANCTION", "expel"), ("COERCE", "deport")}
# Types whose event nouns take "from X" as the party left or acted on ("withdrawal from Iraq", "expulsion from the
# party", "release from prison"); for every other event noun "from X" names the source, i.e. the actor.
SOURCE_IS_RECIPIENT_TYPES = {"RETREAT", "MOBILIZE", "CONCEDE", "COERCE", "REJECT"}
# Types whose direct object is often the thing moved or given ("sent troops", "withdrew forces", "offered
# concessions") rather than the party acted upon; the theme nouns are the lexicon's `themes` list.
THEME_TYPES = {"AID", "MOBILIZE", "RETREAT", "AGREE", "SANCTION", "ACCUSE", "SUPPORT", "CONCEDE", "REJECT",
               "COOPERATE", "CONSULT"}


def _names_place(tok: Token) -> bool:
    """Whether a noun phrase head names a place: a place name, or a common noun after one ("Hainan island")."""
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC", "FAC") for c in tok.children)


def _names_outright(entry: Entry, word: Token) -> bool:
    """Whether the line's key names the matched constraint word itself rather than through an @group."""
    return bool(entry.listed) and any(form in entry.listed for form in (
        _hyphenated(word), word.lemma_.lower(), word.lower_, _plural_stem(word)) if form)


@dataclass
class Candidate:
    """One event found in a sentence, still in token terms."""

    etype: str
    mode: str | None
    cameo: str | None
    context: list[str]
    head: Token                      # the trigger's head token (verb or noun)
    trigger: list[Token]             # tokens of the main trigger span (contiguous run around head)
    extra: list[Token] = field(default_factory=list)   # other trigger tokens (object noun, light verb, ...)
    actors: list[Token] = field(default_factory=list)      # heads of actor noun phrases
    recipients: list[Token] = field(default_factory=list)
    status: str = "asserted"
    salience: float = 1.0
    weight: float = 1.0
    kind: str = "verb"               # verb | noun | derived
    clause: Token | None = None      # the verb whose clause carries status/source
    frames: frozenset[str] = frozenset()
    absorbed: bool = False           # merged into another candidate of the same sentence
    reciprocal: bool = False         # "accused each other": the actors are also the recipients
    specificity: int = 0             # of the lexicon line: object/modifier constraint, particle, preposition
    # the verb whose clause dates the event when that is not `clause`: a commitment read off a reported "will"
    # ("said on Monday it would strike next week") is made when it is said
    date_clause: Token | None = None


class SentenceCoder:
    def __init__(self, lexicon: Lexicon, *, state_names: frozenset[str] = frozenset(),
                 party_names: frozenset[str] = frozenset()) -> None:
        self.lex = lexicon
        # lower-case names of states (actors KB): "the Paris attacks" names where, "US strikes" names who
        self.state_names = state_names
        # lower-case names of organised parties (actors KB: armed groups, militaries, governments, parties, IGOs),
        # for the many group names the small spaCy model tags as persons or not at all ("Boko Haram")
        self.party_names = party_names
        # weapons and the words that give an attack its mode ("artillery", "drone"): a blast or a "fire" named
        # with one is an attack, not an accident
        self.weapon_words = lexicon.groups.get("weapons", frozenset()) | {
            w for _, ws in lexicon.mode_cues.get("ASSAULT", []) for w in ws}

    # ------------------------------------------------------------------ triggers
    def code(self, sent: SpacySpan, *, headline: bool = False) -> list[Candidate]:
        cands: list[Candidate] = []
        used: set[int] = set()
        self._in_headline = headline
        # (the sentence's tokens made once: each pass over the Span makes every Token anew)
        toks = list(sent)
        words = [t for t in toks if t.is_alpha]
        titled = headline or (len(words) >= 2 and sum(t.text[0].isupper() for t in words) >= 0.7 * len(words))
        for tok in toks:
            if not self._can_trigger(tok, titled) or _participle_as_people(tok):
                continue
            if tok.pos_ in ("VERB", "AUX") or (tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.dep_ == "ROOT"
                                               and tok.lemma_.lower() in self.lex.verbs
                                               and tok.lemma_.lower() not in self.lex.nouns
                                               and not _nominal(tok) and not self._object_of_compounded_verb(tok)) or (
                    tok.lemma_.lower() in self.lex.verbs and _verb_read_as_noun(tok)) \
                    or self._gerund_lemma(tok) is not None:
                cand = self._verb_candidate(tok, lemma=self._gerund_lemma(tok))
                if cand is not None:
                    cands.append(cand)
                    used.update(t.i for t in cand.trigger + cand.extra)
        for cand, cargo in self._aid_arrivals(sent, cands):
            # "an aid convoy reached the besieged town": the arrival delivers the aid (no visit), and the cargo
            # word is part of it, no aid event of its own
            cands = [c for c in cands if c.head.i != cand.head.i] + [cand]
            used.update(t.i for t in cand.trigger + cargo)
        for tok in toks:
            if tok.i in used or not self._can_trigger(tok, titled) or self._in_organisation_name(tok, titled):
                continue
            if tok.pos_ not in ("NOUN", "PROPN", "VERB") and not (
                    tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "ROOT", "conj") and _hyphenated(tok)):
                continue
            if tok.pos_ == "VERB" and not (tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj",
                                                                           "conj", "ROOT", "attr")):
                continue
            if tok.lower_ == "according":
                continue
            if tok.pos_ == "VERB" and self.blocks(tok):
                continue  # a gerund the verb lexicon rules out in its context ("meeting the targets")
            # "Army Will Attack Rebel Town": past the headline's verb, a word modifies its object and is no verb
            if (_headline_verb(tok, titled) and tok.lemma_.lower() not in self.lex.nouns
                    and not self._after_headline_verb(tok)) or self._verb_compounded_with_object(tok):
                # "Rebels Attack Army Base", "Government lifts curfew": a verb the tagger read as a noun
                cand = self._verb_candidate(tok)
                if cand is not None:
                    cands.append(cand)
                    used.update(t.i for t in cand.trigger + cand.extra)
                    continue
            if titled and tok.dep_ == "compound" and self._after_headline_verb(tok):
                continue  # "Police Arrest Protest Leaders": a modifier of the headline verb's object is no event
            if tok.dep_ in ("compound", "amod") and (self._aid_carrier_word(tok.head) or (
                    self._cargo_word(tok) and tok.head.lower_ in self.lex.aid_bearer_nouns)):
                # "UN aid convoy blocked", "Aid worker abducted": the word says what the convoy carries or what
                # the people do, no aid given
                continue
            cand = self._noun_candidate(tok, headline=titled)
            if cand is not None:
                cands.append(cand)
                used.add(tok.i)
        def read(found: list[Candidate]) -> None:
            for cand in found:
                self._arguments(cand)
                # a reflexive object is the doer itself ("blew himself up"), no party the act is done to
                cand.recipients = [r for r in cand.recipients if r.lower_ not in self.lex.reflexive_pronouns]
                if cand.kind in ("noun", "light"):
                    # "No group has claimed the attack": whoever claims an act noun is taken as its doer; a negative
                    # quantifier names no one, so the act keeps no doer (it still took place)
                    cand.actors = [a for a in cand.actors if not self._no_one(a)]
                cand.status = self._status(cand)
                if headline and cand.status == "asserted" and self._headline_future(cand):
                    cand.status = "future"
                elif not headline and cand.status == "asserted" and (
                        self._futurate(cand) or self._root_infinitive(cand)):
                    cand.status = "future"
                if cand.status == "asserted" and _alternative_doers(cand):
                    cand.status = "uncertain"
                self._mode_and_context(cand, sent)

        read(cands)
        if titled:
            cands = self._hyphenated_headline_acts(sent, cands)
        self._reasons_given_against(cands)
        self._crowd_of_clause(cands)
        undone = self._undone_acts(cands, titled)  # after the arguments, which gather a verb entry's object
        read(undone)
        cands += undone
        _share_status_of_the_noun_it_details(cands)
        self._merge_nouns_into_verbs(cands)
        self._operations_of_arrests(cands)
        self._impact_of_another_act(cands)
        self._attack_means(cands)
        _agreements_from_talks(cands)
        self._fold_rejected(cands)
        cands = [c for c in cands if not c.absorbed and (titled or not self._bare_noun(c)) and not self._generic(c)
                 and not self._anonymity_request(c) and not self._private_visit(c) and not self._conveyed(c)
                 and not self._accidental(c)
                 and not self._hosted_thing(c) and not self._reader_only(c) and not self._setting_participle(c)
                 and not self._equipment_participle(c)
                 and not self._contribution_to_outcome(c) and not self._standing_rule(c)
                 and not self._permitted_by_outcome(c) and not self._raiders_arriving(c)
                 and not self._civilian_demining(c)
                 and not self._standing_accord(c)
                 and (titled or not self._standing_offer(c))
                 and not self._habitual(c) and not self._natural_cause(c) and not self._undergone(c)
                 and not self._hazard_fought(c)
                 and not self._figurative_explosion(c) and not self._game_result(c)
                 and not self._business_closing_own_site(c)
                 and not self._conditional_release(c) and not self._forced_movement(c)
                 and not self._forecast_warning(c) and not self._viewed_as(c)
                 and not self._measure_aimed_at(c) and not self._acting_body_noun(c)]
        # after the filters: a protest that crowd control broke up is reported, even with no participant named
        cands += self._intervened_protests(cands)
        if not cands:
            cand = self._protester_activity(sent)
            if cand is not None:
                self._arguments(cand)
                cand.status = self._status(cand)
                self._mode_and_context(cand, sent)
                cands.append(cand)
        cands += self._derive(cands, sent)
        cands = self._drop_refused_permissions(cands)
        _asked(cands, sent)
        lede = headline or _in_lede(sent)
        for cand in cands:
            self._salience(cand, headline, lede=lede)
        self._subordinate(cands)
        # after the salience: a casualty that borrows its attacker must not outrank the attack that told it
        _casualty_attackers(cands)
        return cands

    def _verb_compounded_with_object(self, tok: Token) -> bool:
        """Headline "Varnesian police fire tear gas as miners demand pay": a plural subject's present-tense verb
        the tagger read as one noun compound with the subject and the object. Told by a verb line that names that
        object ("fire ~gas"), so a noun modifier ("police fire chief") stays a noun."""
        if tok.dep_ != "compound" or tok.tag_ != "NN" or tok.i == tok.sent.start or tok.head.i < tok.i:
            return False
        before = tok.doc[tok.i - 1]
        if before.head.i not in (tok.i, tok.head.i) or before.dep_ not in ("compound", "amod", "nmod") \
                or before.pos_ not in ("NOUN", "PROPN"):
            return False
        entries = self.lex.verb_entries(tok.lemma_.lower())
        if not entries:
            return False
        entry, extra = self._match(tok, entries, noun=False)
        return entry is not None and entry.type is not None and entry.constraint is not None and any(
            t.i == tok.head.i or t.head.i == tok.head.i for t in extra)

    def _hyphenated_headline_acts(self, sent: SpacySpan, cands: list[Candidate]) -> list[Candidate]:
        """Headline "Police tear-gas striking teachers", "Police baton-charge students": a hyphenated verb of force
        in its bare form (a lexicon verb such as "tear-gas") that the parser, finding no verb in the headline, read
        as nouns. Its doer is the party named right before it, its recipient the noun phrase after it; the nouns it
        was read as are no event of their own."""
        if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent):
            return cands
        for tok in sent:
            joined = _hyphenated(tok)
            first = tok.i - 2 * joined.count("-") if joined else tok.i
            if not joined or first - 1 < sent.start or first + 2 > tok.i or tok.i + 1 >= sent.end:
                continue
            entry = next((e for e in self.lex.verb_entries(joined) if e.type and e.constraint is None
                          and not e.particle and not e.prep), None)
            doer = tok.doc[first - 1]
            if entry is None or doer.pos_ not in ("NOUN", "PROPN") or not self._np_ok(doer):
                continue
            undergoer = next((t for t in tok.doc[tok.i + 1:sent.end] if t.pos_ in ("NOUN", "PROPN")), None)
            while undergoer is not None and undergoer.dep_ in ("compound", "amod", "nmod") \
                    and undergoer.head.i > undergoer.i:
                undergoer = undergoer.head
            if undergoer is None or not self._np_ok(undergoer):
                continue
            span = list(tok.doc[first:tok.i + 1])
            cand = Candidate(etype=entry.type, mode=entry.mode, cameo=entry.cameo, context=list(entry.context),
                             head=tok, trigger=span, clause=tok, actors=[doer], recipients=[undergoer],
                             weight=entry.weight, frames=entry.frames, specificity=entry.specificity)
            self._mode_and_context(cand, sent)
            cands = [c for c in cands if c.head.i not in {t.i for t in span}] + [cand]
        return cands

    def _reasons_given_against(self, cands: list[Candidate]) -> None:
        """"Police fired tear gas at the marchers, saying they had blocked the road", "troops detained 20 students,
        saying they had attacked a checkpoint": the "they" of a past act the doer of force or an arrest gives as its
        reason is the plural party that force was used on, not the doer itself."""
        for c in cands:
            they = [a for a in c.actors if a.lower_ == "they" and a.dep_ == "nsubj"]
            if not they:
                continue
            clause = they[0].head
            speech = clause.head
            if clause.dep_ != "ccomp" or not any(a.dep_ == "aux" and a.lower_ == "had" for a in clause.children) \
                    or speech.dep_ != "advcl" or speech.tag_ != "VBG" or speech.i < speech.head.i \
                    or speech.lemma_.lower() not in self.lex.speech_verbs:
                continue
            for o in cands:
                if o is c or o.etype not in ("ASSAULT", "COERCE") or (o.clause or o.head).i != speech.head.i:
                    continue
                crowd = [r for r in o.recipients
                         if r.tag_ in ("NNS", "NNPS") or r.lemma_.lower() in self.lex.crowd_nouns]
                if crowd:
                    c.actors = crowd + [a for a in c.actors if a not in they]
                    c.recipients = [r for r in c.recipients if r not in crowd]
                    break

    def _crowd_of_clause(self, cands: list[Candidate]) -> None:
        """"Police fired tear gas as miners demanded a wage rise": crowd control that names no one it was used on
        was used on the crowd its "as/while" clause tells crying out (cues.yaml `crowd_demand_verbs`), a plural or
        a crowd word (not "as the minister called for calm")."""
        for c in cands:
            if (c.etype, c.mode, c.kind) != ("ASSAULT", "crowd-control", "verb") or c.recipients:
                continue
            verb = c.clause or c.head
            for a in verb.children:
                if a.dep_ != "advcl" or a.i < verb.i or a.lemma_.lower() not in self.lex.crowd_demand_verbs \
                        or not any(m.dep_ == "mark" and m.lower_ in ("as", "while", "when") for m in a.children):
                    continue
                crowd = [s for s in a.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN") and (
                    s.tag_ in ("NNS", "NNPS") or s.lemma_.lower() in self.lex.crowd_nouns)]
                if crowd:
                    c.recipients = [x for s in crowd for x in self._expand(s) if x not in c.actors]
                    break

    def _object_of_compounded_verb(self, root: Token) -> bool:
        """Whether a root noun is the object of a verb the tagger compounded with it ("police fire tear gas": "gas"
        is what is fired, not the verb "to gas")."""
        return any(c.dep_ == "compound" and self._verb_compounded_with_object(c) for c in root.children)

    def _after_headline_verb(self, tok: Token) -> bool:
        """Whether a headline compound word comes after the headline's verb, so it modifies the verb's object
        ("Army will attack rebel town": "rebel" describes the town) instead of being a verb the tagger missed: it
        is part of the object of a verb before it or of a preposition, or, in a title-case headline read as one
        noun ("Army Will Attack Rebel Town"), an event word past the first one precedes it in the same compound."""
        lex = self.lex
        head = tok.head
        if head.dep_ in ("dobj", "dative") and head.head.i < tok.i:
            return True  # (an object's head is a verb, also when the tagger read it as a noun: "Police arrest ...")
        after_opener = tok.i > tok.sent.start and tok.doc[tok.i - 1].pos_ in ("ADP", "DET")
        if (head.dep_ == "pobj" or after_opener) and not tok.lower_.endswith("ing"):
            # "UN Condemns Attack On Rebel Town": a verb does not open a preposition's object, save a gerund
            # ("accuses army of bombing market")
            return True
        return any(t.dep_ == "compound" and t.head.i == tok.head.i
                   and (t.lemma_.lower() in lex.verbs or t.lemma_.lower() in lex.nouns)
                   for t in tok.doc[tok.sent.start + 1:tok.i])

    def _aid_arrivals(self, sent: SpacySpan, cands: list[Candidate]) -> list[tuple[Candidate, list[Token]]]:
        """AID candidates for verbs of arriving whose subject is a load of aid (cues.yaml `delivery_arrival_verbs`,
        `aid_carrier_nouns`: "an aid convoy reached the besieged town", "trucks carrying food entered the enclave",
        "a UN aid convoy arrived in X"), each with the cargo words that make it aid. A candidate the lexicon gave
        the verb other than AID (a visit for "arrived") is replaced by the caller."""
        found = []
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.delivery_arrival_verbs:
                continue
            if any(c.head.i == verb.i and c.etype == "AID" for c in cands):
                continue
            for subj in (c for c in verb.children if c.dep_ == "nsubj"):
                cargo = self._aid_cargo(subj)
                # "a convoy arrived in X carrying food and medicine": the load is on the verb
                cargo = cargo or (self._aid_cargo_of_participles(verb) if self._aid_carrier_word(subj) else [])
                if cargo:
                    cameo = "073"
                    found.append((Candidate(etype="AID", mode=None, cameo=cameo, context=[], head=verb,
                                            trigger=[verb], clause=verb), cargo))
                    break
        return found

    def _aid_carrier_word(self, tok: Token) -> bool:
        return tok.lemma_.lower() in self.lex.aid_carrier_nouns or tok.lower_ in self.lex.aid_carrier_nouns

    def _aid_cargo(self, tok: Token, depth: int = 2) -> list[Token]:
        """The words that make a carrier noun a load of aid ("aid convoy", "relief trucks", "a convoy of food",
        "a convoy of trucks loaded with aid", "trucks carrying medicine"); [] when it is no aid carrier."""
        if depth <= 0 or not self._aid_carrier_word(tok):
            return []
        cargo = [c for c in tok.children if c.dep_ in ("compound", "amod") and self._cargo_word(c)]
        if cargo:
            return cargo
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for g in p.children:
                    if g.dep_ == "pobj" and self._cargo_word(g):
                        return [g]
                    if g.dep_ == "pobj":
                        inner = self._aid_cargo(g, depth - 1)
                        if inner:
                            return inner
        return self._aid_cargo_of_participles(tok)

    def _aid_cargo_of_participles(self, tok: Token) -> list[Token]:
        """Aid words in what a participle on `tok` says is carried ("carrying food aid", "loaded with medicine",
        "laden with flour"; cues.yaml `cargo_participles`)."""
        out: list[Token] = []
        for a in tok.children:
            if a.dep_ not in ("acl", "advcl", "amod") or a.lemma_.lower() not in self.lex.cargo_participles and \
                    a.lower_ not in self.lex.cargo_participles:
                continue
            loads = [g for g in a.children if g.dep_ == "dobj"] + [
                g for p in a.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
                if g.dep_ == "pobj"]
            loads += [x for g in loads for x in g.conjuncts]
            out += [g for g in loads if self._cargo_word(g)]
        return out

    def _cargo_word(self, tok: Token) -> bool:
        words = self.lex.aid_cargo_words
        return tok.lemma_.lower() in words or tok.lower_ in words or any(
            c.dep_ in ("compound", "amod") and (c.lemma_.lower() in words or c.lower_ in words) for c in tok.children)

    def _protester_activity(self, sent: SpacySpan) -> Candidate | None:
        """What protesters do in a sentence that names no event ("protesters threw toilet rolls into the air",
        "demonstrators filled the square") is protest activity: a PROTEST:demo on the main verb, at a low weight.
        Not their words or wishes (reporting, wanting, planning), not a state ("protesters are angry"), and not
        what is done to them (a passive subject)."""
        verb = sent.root
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma in self.lex.speech_verbs or lemma in self.lex.embed \
                or lemma in self.lex.protester_inactive_verbs:
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        # "hundreds of demonstrators", "a group of protesters": the people named in the "of" phrase
        subjects += [g for c in subjects if c.lower_ in self.lex.count_words | self.lex.partitive_heads
                     for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                     if g.dep_ == "pobj"]
        if not any({c.lemma_.lower(), c.lower_, c.lower_.removesuffix("s")} & self.lex.protest_participants
                   for c in subjects):
            return None
        return Candidate(etype="PROTEST", mode="demo", cameo="141", context=[], head=verb, trigger=[verb],
                         clause=verb, weight=PROTESTER_ACTIVITY_WEIGHT)

    def complete(self, cand: Candidate, sent: SpacySpan, *, headline: bool = False) -> None:
        """Arguments, status, mode, context and salience of a candidate built outside the lexicon (the
        classifier's fallback trigger), read as `code` reads them for the lexicon's own verb triggers."""
        self._arguments(cand)
        cand.status = self._status(cand)
        if headline and cand.status == "asserted" and self._headline_future(cand):
            cand.status = "future"
        self._mode_and_context(cand, sent)
        _asked([cand], sent)
        self._salience(cand, headline, lede=headline or _in_lede(sent))

    def blocks(self, tok: Token) -> bool:
        """Whether the lexicon rules this verb out as an event trigger in its context (an `X` line such as
        "kick off", "fight ~fire", "release ~statement"): a fallback must not code it either."""
        entries = self.lex.verb_entries(tok.lemma_.lower())
        if not entries:
            return False
        entry, _ = self._match(tok, entries, noun=False)
        return entry is not None and entry.type is None

    def _subordinate(self, cands: list[Candidate]) -> None:
        """An event in an adverbial clause of another event's verb ("gathered in the square to urge X",
        "marched through the city, demanding Y") states its purpose or manner: the governing event is what the
        sentence reports, so the subordinate one ranks below it. But a governing verb that only tells a consequence
        without saying who caused it ("a man was killed as villagers clashed", "three were injured when police
        fired") yields to the event of its temporal clause, which is what happened."""
        by_verb = {(c.clause or c.head).i: c for c in cands if c.kind in ("verb", "light") and not c.absorbed}
        # an event noun with a purpose infinitive ("an offensive to recapture the hill", "the attack to capture
        # the base was repelled"): the noun's event is what happened, the infinitive what it was meant to achieve
        by_noun = {t.i: c for c in cands if c.kind in ("noun", "light") and not c.absorbed for t in c.trigger}
        for c in cands:
            v = c.clause or c.head
            if c.kind != "derived" and v.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                               for a in v.children):
                gov = by_noun.get(v.head.i)
                if gov is not None and gov is not c and gov.status == c.status:
                    c.salience = min(c.salience, gov.salience * PURPOSE_FACTOR)
                continue
            if c.kind == "derived" or v.dep_ != "advcl":
                continue
            gov = by_verb.get(v.head.i)
            if gov is None or gov is c or gov.status != c.status:
                continue
            if self._consequence(gov, v) and c.head.lemma_.lower() not in self.lex.consequence_verbs:
                c.salience = max(c.salience, gov.salience + 0.01)
                # and by a margin the classifier's re-weighting (at most 10%) cannot undo
                gov.salience = min(gov.salience, c.salience * PURPOSE_FACTOR)
            elif self._background_clause(v) and gov.etype in RESPONSE_TYPES and c.etype in RESPONDED_TYPES:
                # "patrols were stepped up after gangs looted stores": the deployment answers the act its
                # background clause tells, which outranks it by a margin the classifier cannot undo
                c.salience = max(c.salience, gov.salience + 0.01)
                gov.salience = min(gov.salience, c.salience * PURPOSE_FACTOR)
            elif self._background_clause(v):
                # a clause told as the setting or cause of its governing event ("suspended aid after gunmen attacked
                # a convoy") ranks as an event noun after a background preposition does ("after the attack"): below
                # the governing event by a margin the classifier's re-weighting (at most 10%) cannot undo
                c.salience = min(c.salience, gov.salience - 0.01, gov.salience * BACKGROUND_FACTOR)
            else:
                c.salience = min(c.salience, gov.salience - 0.01)

    def _background_clause(self, clause: Token) -> bool:
        """Whether an adverbial clause is introduced by a background conjunction ("after gunmen attacked",
        "since the army withdrew", "despite troops being deployed")."""
        return any(m.dep_ in ("mark", "prep") and m.lower_ in self.lex.background_preps for m in clause.children)

    def _consequence(self, gov: Candidate, clause: Token) -> bool:
        """Whether `gov` only reports a consequence (a death, an injury) with no one named as its cause, and
        `clause` is a temporal clause of it ("as villagers clashed", "when gunmen opened fire")."""
        return (gov.head.lemma_.lower() in self.lex.consequence_verbs and not gov.actors
                and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "when", "after") for m in clause.children))

    @staticmethod
    def _can_trigger(tok: Token, headline: bool) -> bool:
        """Names are never event words: a token inside a named entity (a month "March", a person, a place, an
        organisation) or a proper noun in running text ("Strike Force" as a unit name). Title-case headlines tag
        ordinary words as proper nouns and names ("Rebels Attack Town" as one PERSON), so there only dates and
        amounts rule a word out."""
        if tok.ent_type_ in (TIME_ENTS if headline else NAME_ENTS):
            return False
        if tok.pos_ == "PROPN" and not headline and not (tok.text[:1].islower() and any(
                c.dep_ in ("det", "poss") for c in tok.children)):
            # (a lowercase word with a determiner that the tagger calls a proper noun is no name: "postponed the
            # march on parliament")
            return False
        return True

    def _in_organisation_name(self, tok: Token, titled: bool) -> bool:
        """Whether a capitalised event word heads an organisation's name the model did not tag ("the Alliance of
        Automobile Manufacturers", "leaders of the Popular Front"): a name of a body, not an act. An "of"/"for"
        phrase naming something capitalised marks the name anywhere; in running text (not a title-case headline,
        where every word is capitalised) so does a capital inside a sentence."""
        lex = self.lex
        if tok.pos_ not in ("NOUN", "PROPN") or not tok.text[:1].isupper() \
                or not {tok.lower_, tok.lemma_.lower()} & lex.organisation_name_heads:
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("of", "for") and any(
                g.dep_ == "pobj" and g.text[:1].isupper() for g in c.children) for c in tok.children):
            return True
        if titled or tok.i == tok.sent.start:
            return False
        before = tok.doc[tok.i - 1]
        # a capital right after a colon, a dash or an opening quote may start a sentence of its own
        return not (before.is_punct and before.text in (":", "-", "\u2014", "\"", "\u201c", "'", "\u2018"))

    def _conditional_release(self, cand: Candidate) -> bool:
        """Whether a release is one from custody on legal terms ("was released on bail", "freed on bond"): a step
        in a court case, which PLOVER does not code, not a retreat or concession."""
        if cand.etype != "RETREAT":
            return False
        head = cand.head
        # the parser may hang the phrase on the one released ("released the suspect on parole")
        holders = [head] + [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        # anywhere inside the phrase: the parser may bury the term ("on bail pending trial" as "on [bail] trial")
        return any(c.dep_ == "prep" and any(g.lemma_.lower() in self.lex.legal_release_terms for g in c.subtree)
                   for h in holders for c in h.children)

    def _forced_movement(self, cand: Candidate) -> bool:
        """Whether a march is one people are forced to make ("prisoners were forced to march", "a forced march"):
        a movement of captives or civilians under coercion, not a demonstration."""
        head = cand.head
        lex = self.lex
        if cand.etype != "PROTEST" or head.lemma_.lower() not in lex.forced_movement_verbs:
            return False
        if head.dep_ == "xcomp" and head.head.lemma_.lower() in lex.coercive_control_verbs:
            return True
        if head.dep_ == "xcomp" and head.head.lemma_.lower() in lex.passive_coercion_verbs and any(
                c.dep_ == "auxpass" for c in head.head.children):
            return True  # "prisoners were made to march"
        return any(c.dep_ == "amod" and c.lemma_.lower() in lex.coercive_control_verbs for c in head.children)

    def _fold_rejected(self, cands: list[Candidate]) -> None:
        """"rejected a proposal for a truce", "denied reports of an attack": event nouns inside what a REJECT
        verb rejects (its object or complement phrase) are not events of their own; they fold into the REJECT."""
        for r in cands:
            if r.etype != "REJECT" or r.kind not in ("verb", "light") or r.absorbed:
                continue
            scope: set[int] = set()
            for c in r.head.children:
                if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd") or (
                        c.dep_ == "prep" and c.lower_ in ("to", "for", "on", "of", "about")):
                    scope.update(t.i for t in c.subtree)
            for n in cands:
                if n is not r and not n.absorbed and n.kind == "verb" and n.head.i in scope \
                        and self._act_of_rejected_text(n.head):
                    # "vetoed a resolution condemning X", "blocked a bill that would sanction Y": the text turned
                    # down would have done that act, which neither took place nor is the rejecter's own
                    n.absorbed = True
                    continue
                if n is r or n.absorbed or n.kind not in ("noun", "light") or n.head.i not in scope:
                    continue
                of = n.head.head
                if n.status in ("uncertain", "hypothetical") and r.status == "negated" and of.i == r.head.i:
                    # "did not deny the airstrike", "did not rule out new sanctions": no refusal was made, and the
                    # act is left open
                    continue
                if n.status == "negated" and (of.i == r.head.i or (
                        of.dep_ == "prep" and of.head.head.i == r.head.i
                        and (self._report_noun(of.head) or of.head.lemma_.lower() in self.lex.plan_nouns))):
                    # "ruled out talks with the rebels", "called off the strike", "dismissed reports of an attack":
                    # the act forgone or denied is coded as not having happened (as "ruled out sending troops"
                    # is), besides the refusal
                    continue
                n.absorbed = True
                if n.head not in r.extra:
                    r.extra.append(n.head)

    def _act_of_rejected_text(self, verb: Token) -> bool:
        """Whether a verb is what a rejected thing itself does: a participle ("a resolution condemning X") or a
        relative clause whose subject is "that" or "which" ("a bill that would sanction Y"); as the REJECT's
        arguments skip it (`_clause_recipients`). Not an infinitive ("rejected an invitation to attend talks")."""
        return (verb.dep_ == "acl" and verb.tag_ == "VBG") or (verb.dep_ == "relcl" and any(
            g.dep_ == "nsubj" and g.lower_ in ("that", "which") for g in verb.children))

    def _generic(self, cand: Candidate) -> bool:
        """A bare plural event noun that a copula characterises ("protests are common in the capital", "attacks
        remain rare") or whose number a trend verb tells ("attacks on journalists are rising"; cues.yaml
        trend_verbs) speaks of a kind of event, not of one that happened."""
        noun = cand.head
        if cand.kind != "noun" or noun.tag_ not in ("NNS", "NNPS") or noun.dep_ != "nsubj" or any(
                c.dep_ in ("det", "poss", "nummod") for c in noun.children):
            return False
        if self._planned_by_copula(noun) is not None:
            return False  # "talks are due to begin on Monday": one planned event, not a kind of event
        verb = noun.head.lemma_.lower()
        if verb in self.lex.trend_verbs:
            # a dated change is news ("protests grew across the country on Friday")
            return not any(t.ent_type_ in ("DATE", "TIME") for t in noun.head.subtree)
        return verb in ("be", "remain", "become", "seem", "appear")

    def _measure_aimed_at(self, cand: Candidate) -> bool:
        """"The sanctions target eight officials", "The measures target, among others, the commander", "They target
        ..." after "The measures include ...": a measure aimed at someone is no attack (cues.yaml `measure_nouns`:
        the measure itself is coded where it is imposed)."""
        head = cand.head
        if cand.kind != "verb" or cand.etype != "ASSAULT" or head.lemma_.lower() not in self.lex.aiming_verbs:
            return False
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if not subjects:
            return False
        subject = subjects[0]
        if subject.pos_ == "PRON" and subject.lower_ in ("they", "it") and head.sent.start > 0:
            # the pronoun continues the subject of the sentence before ("The measures include ... They target ...")
            previous = head.doc[head.sent.start - 1].sent
            before = [c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subject.lower_ == "they" and before and before[0].tag_ not in ("NNS", "NNPS"):
                # "The bloc adopted new measures. They target ...": a plural "they" is not a singular subject
                before = [c for c in previous.root.children if c.dep_ == "dobj"]
            subject = before[0] if before else subject
        return subject.lemma_.lower() in self.lex.measure_nouns or subject.lower_ in self.lex.measure_nouns

    def _forecast_warning(self, cand: Candidate) -> bool:
        """A warning verb (cues.yaml `warning_verbs`) whose one complement is a that-clause in which nothing is
        done to anyone -- its subject names no party and its verb has no object or agent ("analysts cautioned that
        the deal could collapse", "warned that the truce might not hold") -- forecasts how a thing will go: no
        threat. Not with an addressee or an "of" phrase ("warned Iran that ...", "warned of famine"), nor a
        clause whose doer or object is named ("warned that the famine would kill thousands")."""
        head = cand.head
        if cand.kind != "verb" or cand.etype != "THREATEN" or head.lemma_.lower() not in self.lex.warning_verbs:
            return False
        if any(c.dep_ in ("dobj", "dative", "xcomp", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in ("of", "against"))
               for c in head.children):
            return False
        # (also a clause before the verb: "the merger could fall apart, bankers cautioned")
        clauses = [c for c in head.children if c.dep_ == "ccomp"]
        if len(clauses) != 1:
            return False
        clause = clauses[0]
        warners = [c for c in head.children if c.dep_ == "nsubj"]
        if warners and all(w.lower_ in self.lex.forecaster_nouns for w in warners) and any(
                c.dep_ == "aux" and c.lower_ in self.lex.forecast_modals for c in clause.children):
            # "experts warn that the drought could push millions into hunger": a forecaster's forecast, also when
            # it names who would suffer (cues.yaml `forecaster_nouns`)
            return True
        if self._forecast_of_consequences(clause):
            return True
        if _past_state_of_affairs(clause):
            # "warned that Baku had not withdrawn its troops", "warned that rebels were regrouping": what has
            # happened or was going on is reported, nothing is announced for the future
            return True
        subjects = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass", "expl")]
        if not subjects or any(s.dep_ == "expl" or s.pos_ == "PRON" or self._np_ok(s) for s in subjects):
            return False

        def acts_on_nothing(verb: Token) -> bool:
            # no object, agent, complement clause or party in a phrase; an aspect verb's gerund or infinitive
            # ("would keep rising") is read the same way; not a passive ("that any rally would be dispersed": done
            # to its subject) nor a verb the lexicon codes as an act by itself ("that protesters could attack")
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or any(
                    e.type and e.constraint is None and not e.particle and not e.prep
                    for e in self.lex.verb_entries(verb.lemma_.lower())):
                return False
            return not any(c.dep_ in ("dobj", "dative", "agent", "ccomp", "attr", "oprd") or (
                c.dep_ == "xcomp" and not acts_on_nothing(c)) or (
                c.dep_ == "prep" and any(g.dep_ == "pobj" and self._np_ok(g) for g in c.children))
                           for c in verb.children)

        return acts_on_nothing(clause)

    def _forecast_of_consequences(self, clause: Token) -> bool:
        """A warned-of clause that only forecasts a consequence: a modal of likelihood, a verb the lexicon codes as
        no act, and as its subject a thing that is no act ("the law could derail Georgia's bid") or a party that
        would undergo it ("exporters could lose $3 billion", "farmers could face ruin"). Not a pronoun, who may be
        the warner itself ("warned it could respond")."""
        if not any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might") for c in clause.children):
            return False
        lemma = clause.lemma_.lower()
        if any(e.type and e.constraint is None for e in self.lex.verb_entries(lemma)):
            return False  # ("could attack the town": an act, whoever would do it)
        subjects = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(s.pos_ == "PRON" or s.dep_ == "nsubjpass" for s in subjects):
            return False
        if lemma in self.lex.experiencer_verbs or lemma in self.lex.loss_verbs:
            return True
        return not any(self._np_ok(s) or any(c.dep_ == "poss" for c in s.children)
                       or any(e.type and e.constraint is None for e in self.lex.noun_entries(s.lemma_.lower()))
                       for s in subjects)

    def _viewed_as(self, cand: Candidate) -> bool:
        """Whether an event noun is only a prospect a view is held of ("officials see the talks as a chance to end
        the war", "the summit is regarded as a step towards peace"): the object or passive subject of a verb of
        viewing (cues.yaml `viewing_verbs`) with an "as" phrase naming what it may lead to (`prospect_nouns`), which
        tells an opinion, not that the act takes place."""
        noun = cand.head
        if cand.kind not in ("noun", "light") or noun.dep_ not in ("dobj", "nsubjpass"):
            return False
        verb = noun.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.viewing_verbs:
            return False
        return any(c.dep_ == "prep" and c.lower_ == "as" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in self.lex.prospect_nouns for g in c.children)
            for holder in (verb, noun) for c in holder.children)

    def _onlooker(self, tok: Token) -> bool:
        """A person who can watch an event happen: a person's name or a common noun for private people (actor
        kind `population`, cues.yaml `kin_nouns`), not a place or a body that an attack can befall."""
        lemma = tok.lemma_.lower()
        return tok.ent_type_ == "PERSON" or (not tok.ent_type_ and tok.pos_ in ("NOUN", "PRON") and (
            self.lex.actor_kinds.get(lemma) == "population" or lemma in self.lex.kin_nouns
            or tok.lower_ in ("i", "we", "he", "she", "they", "you")))

    def _contribution_to_outcome(self, cand: Candidate) -> bool:
        """"the scheme will help make the borough greener", "measures to help keep people safe", "winds won't
        help": a verb of helping (cues.yaml `enabling_verbs`) that only contributes to an outcome, with a clause
        of what it brings about and no party helped, or with no one helped at all, is no aid between parties."""
        head = cand.head
        if cand.kind != "verb" or cand.etype != "AID" or head.lemma_.lower() not in self.lex.enabling_verbs:
            return False
        helped = [c for c in head.children if c.dep_ in ("dobj", "dative") and (self._np_ok(c) or c.pos_ == "PRON")]
        helped += [g for p in head.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                   for g in p.children if g.dep_ == "pobj" and self._np_ok(g)]
        # "Russia helped Syria retake the city": the parser may read the party helped as the clause's subject
        helped += [g for c in head.children if c.dep_ in ("ccomp", "xcomp")
                   for g in c.children if g.dep_ == "nsubj" and (self._np_ok(g) or g.pos_ == "PRON")]
        return not helped

    def _standing_offer(self, cand: Candidate) -> bool:
        """"the council offers loans up to 5,000 pounds", "the property offers residents a pool": a simple
        present of offering in running text describes what a body or a place habitually provides, not an offer
        made to a party (cues.yaml `habitual_offer_verbs`; a headline's present tells news and is not read so,
        nor is a present reported by a speech verb: "said it offers talks")."""
        head = cand.head
        if cand.kind != "verb":
            return False
        # (or what a work or a natural source supplies: "the dam supplies most of the country's electricity")
        supplied = head.lemma_.lower() in self.lex.supply_verbs and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in self.lex.supplying_works for c in head.children)
        if head.lemma_.lower() not in self.lex.habitual_offer_verbs and not supplied:
            return False
        if head.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass", "neg") for c in head.children):
            return False
        return not (head.dep_ == "ccomp" and head.head.lemma_.lower() in self.lex.speech_verbs)

    def _standing_rule(self, cand: Candidate) -> bool:
        """"legislature rules allow the opposition to choose five bills", "the permits allow holders to burn", "a
        law allowing cities to cancel elections": what a rule, a law or a permit allows is how things stand, not
        a concession one party makes to another (cues.yaml `permission_verbs`, `rule_nouns`)."""
        head = cand.head
        if cand.kind != "verb":
            return False
        # (or what one forbids, told in the simple present: "the treaty forbids the deployment of weapons in space")
        forbidding = head.lemma_.lower() in self.lex.prohibition_verbs and head.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in head.children)
        if head.lemma_.lower() not in self.lex.permission_verbs and not forbidding:
            return False
        subj, passive = self._subject(head)
        return bool(subj) and not passive and all(
            t.lemma_.lower() in self.lex.rule_nouns or t.lower_ in self.lex.rule_nouns for t in subj)

    def _permitted_by_outcome(self, cand: Candidate) -> bool:
        """"the clearance allowed the school to reopen", "cleared the mines, allowing families to farm again": what
        an act or a thing makes possible (a permission verb, cues.yaml `permission_verbs`, whose subject is a common
        noun no party, or a participle with no subject of its own after the clause it follows) is its outcome, not a
        concession one party makes to another."""
        head = cand.head
        if cand.kind != "verb" or cand.etype != "CONCEDE" or head.lemma_.lower() not in self.lex.permission_verbs:
            return False
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if not subjects:
            return head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.i < head.i
        return all(s.pos_ == "NOUN" and not s.ent_type_ and not self._party_head(s) and not self._np_ok(s)
                   for s in subjects)

    def _raiders_arriving(self, cand: Candidate) -> bool:
        """"The attackers arrived in pickup trucks", "gunmen came on motorbikes": an armed group's arrival (cues.yaml
        `arrival_verbs`, doers of actor kind `armed_group`) is the approach of a raid, no visit paid to anyone."""
        if (cand.etype, cand.mode, cand.kind) != ("CONSULT", "visit", "verb") or not cand.actors \
                or cand.head.lemma_.lower() not in self.lex.arrival_verbs:
            return False
        return all(self.lex.actor_kinds.get(a.lemma_.lower()) == "armed_group" for a in cand.actors)

    def _civilian_demining(self, cand: Candidate) -> bool:
        """"Demining teams cleared 300 landmines from the fields", "UN teams are clearing mines": mines and other
        ordnance cleared (cues.yaml `clearance_verbs`, `ordnance_nouns`) by no armed force make land safe, they
        seize nothing from anyone; a force clearing them ("the army cleared the mines") takes a foe's weapons."""
        if (cand.etype, cand.mode, cand.kind) != ("COERCE", "seize", "verb") \
                or cand.head.lemma_.lower() not in self.lex.clearance_verbs \
                or not any(t.lemma_.lower() in self.lex.ordnance_nouns or t.lower_ in self.lex.ordnance_nouns
                           for t in (*cand.trigger, *cand.extra, *(c for c in cand.head.children if c.dep_ == "dobj"))):
            return False
        forces = self.lex.groups.get("forces", frozenset())
        doers = [w for a in cand.actors for w in (a, *(c for c in a.children if c.dep_ in ("compound", "amod")))]
        return not any(w.lemma_.lower() in forces or self.lex.actor_kinds.get(w.lemma_.lower()) in (
            "military", "police", "armed_group") for w in doers)

    def _drop_refused_permissions(self, cands: list[Candidate]) -> list[Candidate]:
        """"The army would not allow the city to fall", "said it will not permit a vote": withholding a permission
        is the refusal the commitment reading codes as REJECT on "would not allow"; the negated permission
        (CONCEDE on "allow", cues.yaml `permission_verbs`) is that same act, so it is not counted twice."""
        refused = {t.i for c in cands if c.kind == "derived" and c.etype == "REJECT" for t in c.trigger}
        return [c for c in cands if not (
            c.kind == "verb" and c.status == "negated" and c.head.i in refused
            and c.head.lemma_.lower() in self.lex.permission_verbs)]

    def _standing_accord(self, cand: Candidate) -> bool:
        """"the ceasefire has held since March", "the truce may not last": an accord as the subject of a verb of
        lasting (cues.yaml `endurance_verbs`) is one made before whose standing the sentence describes, a state and
        no act of this report."""
        noun = cand.head
        # (or of a verb of breaking down, cues.yaml `breakdown_verbs`: "the truce collapsed", "the deal fell apart"
        # end an accord made before, they make none)
        return cand.kind in ("noun", "light") and self._accord_standing_told(noun)

    def _accord_standing_told(self, noun: Token) -> bool:
        """Whether an event noun is the subject of a verb telling whether it still stands: an accord that lasts or
        breaks down ("the ceasefire has held", "the deal collapsed"), or talks that break down ("the talks
        collapsed", "negotiations broke down": cues.yaml `breakdown_verbs`), which end what was under way and
        report no new meeting (talks that "lasted three days" did take place)."""
        verb = noun.head
        if noun.dep_ == "ROOT":
            # "Talks between X and Y stalled on Monday" parsed as a noun with a participle on it: a verb of breaking
            # down takes no object, so with no "by" agent it is the noun's own verb
            verb = next((c for c in noun.children if c.dep_ == "acl" and self._breaks_down(c)
                         and not any(g.dep_ in ("agent", "auxpass") for g in c.children)), None)
            if verb is None:
                return False
        elif noun.dep_ != "nsubj":
            return False
        if any(c.dep_ == "dobj" for c in verb.children):
            return False
        word = noun.lemma_.lower()
        if word in self.lex.groups.get("agreements", frozenset()):
            return verb.lemma_.lower() in self.lex.endurance_verbs or self._breaks_down(verb)
        return (word in self.lex.groups.get("talks", frozenset()) or noun.lower_ in self.lex.groups.get(
            "talks", frozenset())) and self._breaks_down(verb)

    def _breaks_down(self, verb: Token) -> bool:
        """Whether a verb is one of breaking down (cues.yaml `breakdown_verbs`), alone ("collapsed") or with its
        particle or adverb ("broke down", "fell apart")."""
        words = self.lex.breakdown_verbs
        lemma = verb.lemma_.lower()
        # (a particle the parser reads as a preposition with no object: "the pact fell through after the vote")
        return lemma in words or any(
            (c.dep_ in ("prt", "advmod") or (c.dep_ == "prep" and not any(c.children)))
            and f"{lemma} {c.lower_}" in words for c in verb.children)

    def _hosted_thing(self, cand: Candidate) -> bool:
        """"host a Seder", "sunspots host magnetic activity", "decided to host a festival": what is hosted is no
        party, so no visit is received (the "swap" frame reads the object of "host"/"receive" as the visitor)."""
        if cand.etype != "CONSULT" or cand.mode != "visit" or "swap" not in cand.frames or cand.kind != "verb":
            return False
        objs = [c for c in cand.head.children if c.dep_ == "dobj"]
        visitors = self.lex.visitor_nouns | self.lex.groups.get("persons", frozenset()) | self.lex.groups.get(
            "diplomats", frozenset())
        return bool(objs) and not any(self._np_ok(o) or o.ent_type_ in ENT_KINDS or o.pos_ == "PRON"
                                      or o.lemma_.lower() in visitors or o.lower_ in visitors for o in objs)

    def _reader_only(self, cand: Candidate) -> bool:
        """"Taking this quiz gives you access to offers", "you agree to our terms": web page boilerplate
        addressed to the reader: an event done by "you", or done to "you" by no one named, is none between parties
        (in a quotation "you" is someone)."""
        reader = ("you", "yourself", "yourselves")
        if cand.actors:
            addressed = all(t.lower_ in reader for t in cand.actors)
        else:
            addressed = any(t.lower_ in reader for t in cand.recipients)
        # (the sentence's text is read only for the few candidates that address "you")
        return addressed and not any(q in cand.head.sent.text for q in ('"', "\u201c", "\u201d"))

    def _setting_participle(self, cand: Candidate) -> bool:
        """"the controversy surrounding his remarks", "the surrounding surface": a participle of position that
        only places or relates a thing that is no party does not report an act (cues.yaml `setting_participles`)."""
        head = cand.head
        if cand.kind != "verb" or head.lemma_.lower() not in self.lex.setting_participles or head.tag_ != "VBG":
            return False
        if head.dep_ == "amod":
            return True
        return head.dep_ == "acl" and not self._np_ok(head.head) and not any(
            self.lex.actor_kinds.get(t.lemma_.lower()) in ("military", "police", "armed_group") for t in head.head.subtree)

    def _equipment_participle(self, cand: Candidate) -> bool:
        """"assailants armed with knives", "police equipped with batons": a past participle on a noun with no "by"
        agent tells what the noun's people carry (cues.yaml `equipment_participles`), not an act of arming."""
        head = cand.head
        return (cand.kind == "verb" and head.tag_ == "VBN" and head.dep_ in ("acl", "amod")
                and head.lemma_.lower() in self.lex.equipment_participles
                and not any(c.dep_ == "agent" for c in head.children))

    def _accidental(self, cand: Candidate) -> bool:
        """"a driver accidentally struck a cyclist while turning": an act done by accident (cues.yaml
        `accident_adverbs`) is a mishap, no event between parties."""
        v = cand.clause or cand.head
        return self._mishap(v)

    def _mishap(self, v: Token) -> bool:
        """A verb done "accidentally" by private people; armed men, soldiers or police who do harm by accident
        ("suicide bombers accidentally blew themselves up", "police accidentally shot a bystander") still act."""
        if not any(c.dep_ == "advmod" and c.lower_ in self.lex.accident_adverbs for c in v.children):
            return False
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "agent")]
        return not any(self.lex.actor_kinds.get(t.lemma_.lower()) in ("armed_group", "military", "police")
                       or t.ent_type_ in ("ORG", "NORP", "GPE") for s in subjects for t in s.subtree)

    def _anonymity_request(self, cand: Candidate) -> bool:
        """"an official who asked not to be named", "spoke on condition they not be identified": a source's wish to
        stay anonymous, no request between parties (cues.yaml `anonymity_verbs`)."""
        if cand.etype != "REQUEST" or cand.kind != "verb":
            return False
        return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in self.lex.anonymity_verbs
                   and any(a.dep_ == "auxpass" for a in c.children) and any(n.dep_ == "neg" for n in c.children)
                   for c in cand.head.children)

    def _private_visit(self, cand: Candidate) -> bool:
        """A visit paid by private people ("her parents are visiting other cities in Europe", "the suspect was in
        town visiting her mother"): travel, no CONSULT between parties. Only when every actor is a common noun for
        private people (actor kind `population`, or cues.yaml `kin_nouns`) and no recipient is an organised
        party or a named person."""
        if cand.etype != "CONSULT" or cand.mode != "visit" or not cand.actors:
            return False
        lex = self.lex

        def private(t: Token) -> bool:
            lemma = t.lemma_.lower()
            return not t.ent_type_ and t.pos_ == "NOUN" and (
                lex.actor_kinds.get(lemma) == "population" or lemma in lex.kin_nouns or t.lower_ in lex.kin_nouns)

        if not all(private(a) for a in cand.actors):
            return False
        return not any(r.ent_type_ in ("PERSON", "ORG", "NORP") or (
            r.pos_ == "NOUN" and lex.actor_kinds.get(r.lemma_.lower()) not in (None, "population", "country"))
            for r in cand.recipients)

    def _conveyed(self, cand: Candidate) -> bool:
        """People carried somewhere ("three soldiers wounded in the ambush were flown to the capital", "the injured
        were flown to Nairobi"): a passive verb of arriving (cues.yaml `arrival_verbs`) tells that someone moved
        them; they pay no visit. Not when a named party or one who pays visits (cues.yaml `visitor_nouns`, the
        diplomats group) is carried ("the minister was flown to Cairo for talks")."""
        verb = cand.head
        if cand.etype != "CONSULT" or cand.mode != "visit" or cand.kind != "verb" \
                or verb.lemma_.lower() not in self.lex.arrival_verbs:
            return False
        carried = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not carried or not any(c.dep_ == "auxpass" for c in verb.children):
            return False
        visitors = self.lex.visitor_nouns | self.lex.groups.get("diplomats", frozenset())
        return not any(c.ent_type_ in ENT_KINDS or c.pos_ == "PROPN" or c.lemma_.lower() in visitors
                       or c.lower_ in visitors for c in carried)

    def _undergone(self, cand: Candidate) -> bool:
        """Whether an assault is only what became of its subject ("the village burned for days", "the Sahel is
        burning"): an `undergoer_intransitives` verb in the active voice with no object and no "by" agent names
        no one who did anything, and with a country or region as its subject it is a figure of speech."""
        verb = cand.head
        if cand.etype != "ASSAULT" or cand.kind != "verb" \
                or verb.lemma_.lower() not in self.lex.undergoer_intransitives:
            return False
        if any(c.dep_ in OBJ_DEPS or c.dep_ in ("agent", "auxpass", "nsubjpass", "ccomp", "xcomp")
               for c in verb.children):
            return False
        return verb.pos_ == "VERB"

    def _business_closing_own_site(self, cand: Candidate) -> bool:
        """"The company shut the plant", "the steelmaker shut down its mill": a business closing a place of work
        (cues.yaml `workplace_nouns`) is a business decision, no PLOVER event; a state's closure stays COERCE
        restrict and strikers' closure a protest (`_mode_and_context`). The doer is read from the verb's own subject
        (a business word, actor kind `business`), since a firm is often not kept as an actor."""
        lex = self.lex
        if cand.kind != "verb" or cand.head.lemma_.lower() not in lex.closure_verbs or not (
                cand.etype == "COERCE" or (cand.etype, cand.mode) == ("PROTEST", "obstruct")):
            return False
        if not any(o.dep_ == "dobj" and (o.lemma_.lower() in lex.workplace_nouns or o.lower_ in lex.workplace_nouns)
                   for o in cand.head.children):
            return False
        subjects = self._subject(cand.head)[0]
        words = {t.lemma_.lower() for s in subjects for t in s.subtree} | {t.lower_ for s in subjects for t in s.subtree}
        kinds = {lex.actor_kinds.get(w) for w in words}
        workplaces = lex.workplace_nouns
        if any(t.lower_ in lex.proprietor_nouns and any(
                c.dep_ in ("compound", "amod") and (c.lemma_.lower() in workplaces or c.lower_ in workplaces)
                for c in t.children) for s in subjects for t in s.subtree):
            kinds.add("business")  # "factory owners shut 150 plants"
        return "business" in kinds and not kinds & {"government", "police", "military", "armed_group"} \
            and not words & (lex.security_nouns | lex.protester_nouns | lex.workforce_nouns)

    def _game_result(self, cand: Candidate) -> bool:
        """A match or election result ("the Lions beat the Tigers 3-1", "crushed the visitors 4-0", "beat the
        senator in the primary"): a verb of winning (cues.yaml game_result_verbs) with a score or a word of a
        contest in its clause is sport or politics, not an assault."""
        verb = cand.head
        if cand.etype != "ASSAULT" or cand.kind != "verb" or verb.lemma_.lower() not in self.lex.game_result_verbs:
            return False
        span = verb.doc[verb.left_edge.i:verb.right_edge.i + 1]
        for m in _SCORE.finditer(span.text):
            score = span.char_span(m.start(), m.end(), alignment_mode="expand")
            if score is not None and not any(t.ent_type_ in ("DATE", "TIME") for t in score):
                return True  # not a date span ("on May 3-4")
        # an election or a match named in the verb's own phrases and clauses, not inside who won or who lost
        # ("beat the senator in the primary", "beat her rival with 55 percent of ballots cast"; cues.yaml
        # contest_words), while "beat protesters who had come to vote" stays a beating
        parties = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.subtree}
        return any(t.lemma_.lower() in self.lex.contest_words or t.lower_ in self.lex.contest_words
                   for t in span if t.i not in parties)

    def _figurative_explosion(self, cand: Candidate) -> bool:
        """Whether an "exploded" names no blast: an intransitive explosion verb whose subject is a noun that can
        neither be a weapon nor carry one ("prices exploded", "ticket sales exploded", "Twitter exploded with
        anger"). A bomb, a device, a shell, a vehicle or a bomber exploding stays an attack; with no subject or a
        pronoun nothing is known and it stays too. A phrasal explosion verb ("went off") or a verb of impact
        ("landed") is a blast only with such a subject named."""
        verb = cand.head
        lex = self.lex
        # a phrasal explosion verb ("a bomb went off") has other senses too ("the alarm went off", "it went off
        # well"): only a subject that can be or carry a bomb makes it a blast
        if cand.etype == "ASSAULT" and cand.kind == "verb" and verb.lemma_.lower() in lex.impact_verbs:
            # only a munition itself lands on a target ("a shell landed", not "the plane landed", "landed a job")
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            return any(c.dep_ in OBJ_DEPS for c in verb.children) or not subj or not (
                {subj[0].lemma_.lower(), subj[0].lower_} & lex.groups.get("weapons", frozenset()))
        if cand.etype == "ASSAULT" and cand.kind == "verb" and any(
                c.dep_ == "prep" and f"{verb.lemma_.lower()} {c.lower_}" in lex.explosion_phrasals
                and any(g.dep_ == "pobj" for g in c.children) for c in verb.children):
            return True  # the word is a preposition with its object: "the station went off the air", "off the road"
        phrasal = any(c.dep_ == "prt" and f"{verb.lemma_.lower()} {c.lower_}" in lex.explosion_phrasals
                      for c in verb.children)
        if cand.etype != "ASSAULT" or cand.kind != "verb" or not (verb.lemma_.lower() in lex.explosion_words
                                                                  or phrasal):
            return False
        if any(c.dep_ in OBJ_DEPS or c.dep_ in ("agent", "nsubjpass") or (c.dep_ == "prt" and not phrasal)
               for c in verb.children):
            return False  # "detonated a bomb", "was blown up by", "blew up the bridge"
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj or subj[0].pos_ == "PRON":
            return phrasal
        words = {subj[0].lemma_.lower(), subj[0].lower_}  # the head: "a car bomb", "ticket sales"
        return not words & (self.weapon_words | lex.explosive_carriers | lex.installations)

    def _fights_hazard(self, verb: Token) -> bool:
        """Whether a verb of fighting (cues.yaml `hazard_fighting_verbs`) has a natural cause as what it fights
        ("fought the blaze", and "fought a blaze threatening farms", where the parser takes the blaze for a
        modifier of the verb)."""
        if verb.lemma_.lower() not in self.lex.hazard_fighting_verbs:
            return False
        fought = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")]
        # (the misparse: "a blaze" read as a modifier of "threatening", which modifies the object "farms")
        fought += [t for c in fought if c.dep_ == "dobj" for t in c.subtree if t.i < c.i and t.dep_ == "npadvmod"]
        return any({c.lemma_.lower(), c.lower_} & self.lex.natural_causes and not any(
            m.dep_ in ("compound", "amod", "nmod") and {m.lemma_.lower(), m.lower_} & self.weapon_words
            for m in c.children) for c in fought)

    def _hazard_fought(self, cand: Candidate) -> bool:
        """Whether an act is only a hazard fought: fighting a fire or a flood is no attack ("firefighters fought a
        blaze threatening farms"), and people fighting one who pull back are no force that retreats ("crews battling
        the wildfire were forced to pull back")."""
        if cand.kind != "verb":
            return False
        if cand.etype == "ASSAULT":
            return self._fights_hazard(cand.head)
        if cand.etype == "RETREAT":
            return bool(cand.actors) and all(
                any(c.dep_ in ("acl", "relcl") and self._fights_hazard(c) for c in a.children) for a in cand.actors)
        return False

    def _natural_cause(self, cand: Candidate) -> bool:
        """Whether an assault is only harm done by nature or accident ("floods destroyed hundreds of homes", "the
        virus killed thousands", "three died in the earthquake", "killed when a storm hit the coast"): its actors,
        or, when it has none, the causes named in its clause, are all natural causes."""
        if cand.kind == "derived":
            return False
        if cand.etype != "ASSAULT":
            return self._natural_subject(cand)
        natural = self.lex.natural_causes

        def is_natural(tok: Token) -> bool:
            # (not the instrument nouns: a "gas" leak is an accident)
            if any(c.dep_ in ("compound", "amod", "nmod") and {c.lemma_.lower(), c.lower_} & self.weapon_words
                   for c in tok.children):
                return False  # "artillery fire", "rocket fire": a weapon's fire is no blaze
            if {tok.lemma_.lower(), tok.lower_} & natural or self._installation_explosion(tok):
                return True
            # "a wave of floods", "a series of earthquakes": what the measure or count word is of
            return any(p.dep_ == "prep" and p.lower_ == "of" and any(
                g.dep_ == "pobj" and {g.lemma_.lower(), g.lower_} & natural for g in p.children)
                for p in tok.children)

        v = cand.clause or cand.head
        if cand.head.lemma_.lower() in self.lex.collision_verbs and any(
                t.lemma_.lower() in self.lex.vehicle_nouns or t.lower_ in self.lex.vehicle_nouns
                for t in [*cand.actors, *(c for c in v.children if c.dep_ == "nsubj"),
                          *(g for p in v.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj")]):
            # "she was struck by an SUV", "a car hit the man": a road accident, not an attack; but a vehicle that
            # hits a mine or a bomb was attacked
            weapons = self.lex.groups.get("weapons", frozenset()) | self.lex.explosive_carriers
            if not any(c.dep_ == "dobj" and c.lemma_.lower() in weapons for c in v.children):
                return True
        if cand.actors:
            return all(is_natural(a) for a in cand.actors)
        if self._accident(v):  # "a chemical plant exploded": the explosion itself is the accident
            return True
        if cand.kind == "noun" and self._installation_explosion(cand.head):  # "the refinery explosion"
            return True
        # its subject (no actor: "an earthquake killed eight"), the subject of the verb a participle or conjunct
        # hangs on ("earthquakes struck, killing two"), what it happened in or by, and the subject of its temporal
        # clause
        causes = [c for c in v.children if c.dep_ == "nsubj"]
        if v.dep_ in ("advcl", "conj"):  # "killed 222 and injured 800": the subject of the first verb
            causes += [c for c in v.head.children if c.dep_ == "nsubj"]
        if v.dep_ == "relcl":  # "floods that killed 12": what the relative pronoun stands for
            causes.append(v.head)
            if v.head.dep_ == "pobj" and v.head.head.lower_ == "of" and v.head.head.head.pos_ == "NOUN":
                # "the collapse of a station roof that killed 15": the clause hangs on what collapsed
                causes.append(v.head.head.head)
        causes += [g for p in v.children if p.dep_ in ("prep", "agent") and p.lower_ in ("in", "by", "from", "during")
                   for g in p.children if g.dep_ == "pobj"]
        # the temporal clause may hang on a later conjunct ("five were killed and 20 injured after a volcano
        # erupted") or on the verb this one is conjoined to
        scope = [v, *v.conjuncts]
        clauses = [c for u in scope for c in u.children if c.dep_ == "advcl"]
        causes += [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
        if any(self._accident(c) for c in clauses):
            return True  # "killed when their bus plunged into a gorge", "... when a warehouse exploded"
        if cand.kind == "noun" and cand.head.dep_ == "nsubj":
            causes.append(cand.head)
        causes += [c for t in causes for c in t.children if c.dep_ == "conj"]
        return any(is_natural(c) for c in causes)

    def _natural_subject(self, cand: Candidate) -> bool:
        """Whether a verb that is no assault has a natural cause for its subject ("a mudslide cut the pass road",
        "floods have killed 60 and displaced thousands"), or a coercion whose object is one ("to keep the fever
        out of the valley"): only actors do what PLOVER codes, and only to actors, so a flood that cuts a road or
        drives people from their homes is the disaster, not an obstruction or an expulsion."""
        v = cand.clause or cand.head
        if cand.kind != "verb" or v.pos_ not in ("VERB", "AUX"):
            return False
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        if not subjects and v.dep_ == "conj":  # "killed 60 and displaced 20,000": the first verb's subject
            subjects = [c for c in v.head.children if c.dep_ == "nsubj"]
        if not subjects and v.tag_ == "VBG" and v.dep_ in ("acl", "amod"):
            # "a wildfire threatening homes": the noun the participle tells of does it (also where the parser hangs
            # that noun on the participle: "fight bushfire threatening homes")
            subjects = [v.head] if v.dep_ == "acl" else [c for c in v.children if c.dep_ == "npadvmod"]
        if not subjects and v.tag_ == "VBG" and v.dep_ == "advcl" and self._fights_hazard(v.head):
            return True  # headline "Firefighters fight bushfire threatening homes": the parser hangs it on "fight"
        subjects += [c for t in subjects for c in t.children if c.dep_ == "conj"]
        natural = self.lex.natural_causes
        if cand.etype == "COERCE" and any(c.dep_ == "dobj" for c in v.children) and all(
                {c.lemma_.lower(), c.lower_} & natural for c in v.children if c.dep_ == "dobj"):
            return True  # "hoped to keep the fever out of the valley": curbing nature coerces no one
        return bool(subjects) and all({t.lemma_.lower(), t.lower_} & natural for t in subjects)

    def _accident(self, verb: Token) -> bool:
        """Whether a clause tells an accident: a vehicle or building doing an accident verb ("the bus plunged
        into a gorge", "the roof collapsed"), or an installation exploding ("a chemical plant exploded", "a gas
        cylinder blew up")."""
        lemma = verb.lemma_.lower()
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if self._mishap(verb):
            return True  # "killed when a neighbour accidentally hit her"
        if lemma in self.lex.accident_verbs and subjects and not any(
                c.dep_ == "dobj" for c in verb.children):  # "the jet crashed the party" is not one
            return True
        # a passive with a doer is an attack on the installation ("the pipeline was blown up by saboteurs")
        return lemma in self.lex.explosion_words and any(
            s.lemma_.lower() in self.lex.installations for s in subjects) and not any(
            c.dep_ == "agent" for c in verb.children)

    def _installation_explosion(self, noun: Token) -> bool:
        """An explosion noun whose modifier is an installation or a fuel ("a fertiliser plant explosion", "the
        refinery's blast", "a gas explosion"; cues.yaml `installations`, `accidental_fuels`): an accident."""
        return noun.lemma_.lower() in self.lex.explosion_words and any(
            c.dep_ in ("compound", "poss", "amod") and (c.lemma_.lower() in self.lex.installations
                                                        or c.lower_ in self.lex.accidental_fuels)
            for c in noun.children)

    def _habitual(self, cand: Candidate) -> bool:
        """Whether the candidate's clause tells what tends to happen ("the president usually meets envoys on
        Tuesdays", "sanctions rarely work", "convoys are often attacked"): a habitual adverb on a simple-present
        verb."""
        v = cand.clause or cand.head
        if v.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "advmod" and c.lower_ in self.lex.habitual_adverbs
                                                    for c in v.children):
            return False
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if aux:  # "does not usually", "is often attacked"; not a perfect ("has repeatedly banned" did happen)
            return aux[0].lemma_ in ("do", "be") and aux[0].tag_ in ("VBZ", "VBP")
        return v.tag_ in ("VBZ", "VBP")

    def _repeated(self, v: Token) -> bool:
        """Whether a verb in the present perfect carries a habitual adverb ("have repeatedly banned", "has often
        attacked"): what has happened again and again, not one act."""
        return v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
                                       for c in v.children) and any(
            c.dep_ == "advmod" and c.lower_ in self.lex.habitual_adverbs for c in v.children)

    def _acting_body_noun(self, cand: Candidate) -> bool:
        """"Georgia's main opposition alliance won the election", "the coalition launched strikes": an event noun
        that is also a word for a party (cues.yaml `party_event_nouns`), as the subject of a verb that is itself
        an event or an act, names the body that acts, not an alliance being formed."""
        noun = cand.head
        if cand.kind != "noun" or noun.dep_ != "nsubj" or noun.head.pos_ != "VERB":
            return False
        if noun.lemma_.lower() not in self.lex.party_event_nouns and noun.lower_ not in self.lex.party_event_nouns:
            return False
        # (not "the alliance was formed", "the coalition collapsed": verbs of an event happening take the noun
        # as the event)
        return noun.head.lemma_.lower() not in self.lex.occurrence_verbs

    def _bare_noun(self, cand: Candidate) -> bool:
        """A noun event with no participant that is not what its clause is about ("unaware of such agreement",
        "a pause in the bombing") is a mention of a kind of event, not an event report."""
        if cand.kind != "noun" or cand.actors or cand.recipients:
            return False
        noun = cand.head
        if noun.dep_ in ("nsubj", "nsubjpass", "ROOT", "advmod", "npadvmod") and cand.weight >= 0.6 and not (
                noun.dep_ != "ROOT" and noun.head.dep_ in ("advcl", "relcl", "acl")
                and not self._simultaneous(noun.head)):
            # "clashes erupted", "An explosion rocked ...", headline "Deadly blast in Kabul"; but the subject of a
            # background clause ("after the skirmish went wrong") only refers to an event told elsewhere; one that
            # happens at the same time ("while marches went on") is reported there
            return False
        if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") and noun.head.head.pos_ == "VERB" \
                and cand.weight >= 0.6:
            return False  # "were killed in an explosion"
        if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") and cand.weight >= 0.6 and (
                noun.head.head.lemma_.lower() in self.lex.harm_nouns | self.lex.casualty_nouns):
            return False  # "suffered casualties in raids", "deaths in the bombing": the harm the event did
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lemma_.lower() in self.lex.manner_event_nouns \
                and not any(c.dep_ in ("det", "poss") for c in noun.children):
            # "dumped milk on the road in protest at low prices": the idiom says what the clause's act is, wherever the
            # parser hangs it
            return False
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.lex.speech_verbs and cand.weight >= 0.6:
            return False  # "the news agency reported explosions in the capital": the report is about the event
        if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_.lower() in self.lex.state_verbs \
                and not any(c.dep_ in ("det", "poss") for c in noun.children):
            return False  # "doctors have been on strike since Monday": the subject is taking part in the event
        if cand.weight >= 0.6 and (self._dated_ahead(noun) or any(
                c.dep_ in ("amod", "compound") and self.lex.noun_status.get(c.lower_, "asserted") != "asserted"
                for c in noun.children)):
            # "the alleged protest", "an upcoming protest", "next week's protest": a modifier that tells whether or
            # when it happens singles out one event, which is reported with that status, not a kind of event
            return False
        if cand.weight >= 0.6 and noun.dep_ == "pobj" and noun.head.lower_ in ("of", "for") \
                and noun.head.head.pos_ == "NOUN" and any(c.dep_ == "det" for c in noun.children) \
                and self.lex.noun_status.get(noun.head.head.lemma_.lower(), "asserted") != "asserted":
            # "the threat of an invasion", "plans for a strike": the noun of threat, fear or plan singles out
            # one event, reported with the status it gives (not asserted), not a kind of event
            return False
        holder = noun.head.head
        if cand.weight >= 0.6 and noun.dep_ == "pobj" and noun.head.lower_ == "of" and holder.dep_ == "dobj" \
                and self._report_noun(holder) and self._gives_up(holder):
            return False  # "rejected claims of torture": this act is denied (negated), not a kind of act
        if cand.weight >= 0.6 and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and holder.lemma_.lower() in self.lex.hearsay_nouns \
                and any(c.dep_ == "prep" or c.dep_ == "det" for c in noun.children):
            # "there were unconfirmed reports of clashes near the airport": one act, reported (uncertain)
            return False
        if cand.weight >= 0.6 and self._presupposed(noun) and any(
                c.dep_ in ("det", "poss") for c in noun.children):
            # "police will investigate the bombing of the ferry", "condemned the killing": the verb takes one act
            # that took place, not a kind of act
            return False
        if cand.weight >= 0.6 and self._responsibility_verb(noun) is not None and any(
                c.dep_ in ("det", "poss") for c in noun.children):
            # "nobody has claimed responsibility for the bombing": whether the act is owned or not, one act that
            # took place is named (with no doer), not a kind of act
            return False
        if cand.weight >= 0.6 and (self._likened(noun) is not None or self._conditional_noun(noun) or (
                self._anticipated(noun) and any(c.dep_ in ("det", "poss") for c in noun.children))):
            # "heard what sounded like gunfire", "in the event of an attack", "ahead of the summit": one event,
            # reported as it struck the witness, as the condition of another or as one still ahead
            return False
        if cand.weight >= 0.6 and self._undone_act(noun):
            # "the teachers cancelled the protest", "the march was postponed": the verb tells what became of this
            # one event (negated, future), not a kind of event
            return False
        if cand.weight >= 0.6 and self._reported_none(noun):
            # "there was no fighting", "there were no reports of fighting": the sentence tells that this event did
            # not take place (negated), not a kind of event
            return False
        if noun.dep_ == "nsubj" and (self._planned_by_copula(noun) or self._to_be_held(noun)):
            # "the deal is likely to be signed", "a pact is to be signed": whatever the noun's weight, the clause
            # tells that this one is to take place (with the status the copula's complement gives it)
            return False
        return True

    def _undone_acts(self, cands: list[Candidate], titled: bool) -> list[Candidate]:
        """The act a verb of calling off or putting off names in its own trigger ("the union called off the strike"
        is a concession whose trigger holds "strike"): coded as an event of its own, whose status the verb gives
        (negated, future), so the dropped strike is not lost with the concession."""
        out = []
        for c in cands:
            if c.kind != "verb":
                continue
            for tok in c.trigger + c.extra:
                if tok.i == c.head.i or tok.head.i != c.head.i or not self._undone_act(tok):
                    continue
                noun = self._noun_candidate(tok, headline=titled)
                if noun is not None and noun.etype != c.etype:
                    # "called off the strike" is no "called a strike": the verb undoes the act, it does not stage it
                    noun.kind = "noun"
                    noun.extra = [t for t in noun.extra if t.i != c.head.i]
                    out.append(noun)
        return out

    def _undone_act(self, noun: Token) -> bool:
        """Whether an event noun is the object (or passive subject) of a verb that cancels or puts it off ("called
        off the strike", "cancelled the protest", "the march was postponed": lexicon.yaml embed, negated or
        future), or one that averts it when a determiner singles it out ("police averted a riot", "foiled the
        bombing"; not "measures to avert attacks")."""
        verb = noun.head
        lemma = verb.lemma_.lower()
        return noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and self.lex.embed.get(
            self._embed_key(verb), ("",))[0] in ("negated", "future") and lemma not in self.lex.prevention_verbs \
            and (lemma not in self.lex.averting_verbs or any(c.dep_ in ("det", "poss") for c in noun.children))

    def _presupposed(self, noun: Token) -> bool:
        """Whether an event noun is the object of a verb that takes an act already done (cues.yaml
        `presupposing_verbs`: "condemned the attack", "will probe the killing"), unless the noun itself says it is
        ahead or only alleged ("condemned the planned march", "will probe the alleged abuse")."""
        lex = self.lex
        verb = noun.head
        # (or of a verb of naming with what it is called: "stopped short of calling the killings genocide"; or what
        # a verb of answering answers: "vowed to respond to the attack", cues.yaml answering_verbs)
        answered = noun.dep_ == "pobj" and verb.lower_ in ("to", "for", "after") \
            and verb.head.lemma_.lower() in lex.answering_verbs
        # (one act named with its determiner; a bare plural, "will respond to attacks with force", is a kind of act)
        answered = answered and any(c.dep_ in ("det", "poss") for c in noun.children)
        return (answered or noun.dep_ == "dobj" and (verb.lemma_.lower() in lex.presupposing_verbs
                                                     or self._named_object(noun))) \
            and not self._dated_ahead(noun) and not any(
                c.dep_ in ("amod", "compound", "det") and lex.noun_status.get(c.lower_, "asserted") != "asserted"
                or c.dep_ == "det" and c.lower_ in lex.negative_quantifiers | lex.nonspecific_determiners
                for c in noun.children)

    def _named_object(self, noun: Token) -> bool:
        """Whether a noun is the object of a verb of naming given with what it is called (cues.yaml `naming_verbs`:
        "called the killings a massacre"). The parser may make the name a second object ("branded the protest a
        riot"): the first object is then the act named, the second only its name."""
        verb = noun.head
        if noun.dep_ != "dobj":
            return False
        if verb.pos_ == "VERB" and self.lex.embed.get(self._embed_key(verb), ("asserted",))[0] == "asserted" and any(
                c.dep_ == "prep" and c.lower_ == "as" and c.i > noun.i
                and any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in c.children) for c in verb.children):
            # any verb that says what its object is with an "as" phrase ("painted the strike as an attempt to
            # ...", "portrayed the raid as an effort to ...") names an act already done; not one of plan or
            # wish, whose object is still ahead ("planned the attack as a distraction")
            return True
        if verb.lemma_.lower() not in self.lex.naming_verbs:
            return False
        return any(c.dep_ == "oprd" for c in verb.children) or any(
            c.dep_ == "dobj" and c.i > noun.i for c in verb.children)

    def _next_to_none(self, noun: Token) -> bool:
        """Whether an event noun is opened by "hardly any", "scarcely any", "barely any" ("hardly any fighting was
        reported"): the adverb stands right before the determiner, wherever the parser hangs it."""
        return any(c.dep_ == "det" and c.lower_ in self.lex.nonspecific_determiners and c.i > 0
                   and noun.doc[c.i - 1].lower_ in self.lex.scarcity_adverbs for c in noun.children)

    def _reported_none(self, noun: Token) -> bool:
        """Whether an event noun is denied outright: the existential "there was no fighting", a bare noun after
        "without" ("passed without clashes"), or the "of" phrase of a hearsay or evidence noun under "no" ("there
        were no reports of fighting", "saw no sign of fighting")."""
        lex = self.lex
        if noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and self._no_one(noun) and any(
                c.dep_ == "expl" for c in noun.head.children):
            return True
        if noun.dep_ == "pobj" and noun.head.lower_ == "without" and not any(
                c.dep_ in ("det", "poss") for c in noun.children):
            return True  # "the vote passed without violence", "the march ended without clashes"
        holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        return holder is not None and holder.pos_ == "NOUN" and (
            holder.lemma_.lower() in lex.hearsay_nouns | lex.evidence_nouns) and self._no_one(holder)

    @staticmethod
    def _simultaneous(clause: Token) -> bool:
        """Whether an adverbial clause tells what happens at the same time as its main clause ("as protests
        resumed", "while clashes raged"), not before it ("after the skirmish went wrong")."""
        return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in clause.children)

    def _match(self, tok: Token, entries: list[Entry], *, noun: bool) -> tuple[Entry | None, list[Token]]:
        entry, extra = self._first_match(tok, entries, noun=noun)
        if entry is not None and entry.constraint is not None and extra and not _names_outright(entry, extra[-1]) \
                and "light" not in entry.frames:
            # the word matched only through a broad @group ("handed over weapons" under "hand over ~@aid"): a line
            # of the same rank that names the word itself is the narrower frame ("hand over ~weapon", a disarming);
            # not between "light" lines, where the object noun's own entry tells the event ("launched a strike")
            for other in entries[entries.index(entry) + 1:]:
                if other.specificity != entry.specificity or (other.particle, other.prep) != (
                        entry.particle, entry.prep) or not _names_outright(other, extra[-1]) \
                        or "light" in other.frames:
                    continue
                o_entry, o_extra = self._first_match(tok, [other], noun=noun)
                if o_entry is other and o_extra and o_extra[-1].i == extra[-1].i:
                    return o_entry, o_extra
        return entry, extra

    def _first_match(self, tok: Token, entries: list[Entry], *, noun: bool) -> tuple[Entry | None, list[Token]]:
        for entry in entries:
            extra: list[Token] = []
            if "bare" in entry.frames and not noun and (_has_clausal_complement(tok) or any(
                    c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)):
                # "called on the minister" (a visit) vs "called on the minister to resign" (a request); a "for"
                # phrase says what is asked for ("called for the mayor's resignation")
                continue
            if "intransitive" in entry.frames and not noun and any(
                    c.dep_ in OBJ_DEPS or c.dep_ in ("ccomp", "xcomp", "nsubjpass") for c in tok.children):
                continue  # "protesters demonstrated" vs "the figures demonstrate a rise in poverty" (show)
            if "addressed" in entry.frames and not noun and not _only_addressee(tok):
                continue  # "called Biden" (a phone call) vs "called Biden a liar", "called out Biden", "called for"
            if "armed" in entry.frames and not noun and self._unarmed_subject(tok):
                continue  # "troops entered the town" (a seizure) vs "a trader hoped to enter the town"
            if "directive" in entry.frames and not noun and not _has_directive_complement(tok):
                continue  # "asked X to leave", "asked that ..." (a request) vs "'Why?' he asked", "asked whether"
            if "captor" in entry.frames and not noun and not self._armed_group_doer(tok):
                continue  # "kidnappers handed over the hostages" (a release) vs "police handed over the suspect"
            if "departure" in entry.frames and not noun and not self._sent_away(tok):
                continue  # "ordered the envoy to leave" (an expulsion) vs "ordered the envoy to attend the talks"
            if "foreign" in entry.frames and not noun and not self._foreigners_sent_home(tok):
                continue  # "ordered French troops to leave the country" vs "ordered troops to leave the city"
            if entry.particle:
                prt = [c for c in tok.children if (c.dep_ in ("prt", "advmod", "compound", "dobj", "npadvmod")
                                                   or (c.dep_ == "prep" and c.lower_ in PREP_PARTICLES)
                                                   # "held them responsible": an object's predicate adjective
                                                   or (c.dep_ in ("oprd", "acomp", "advcl", "ccomp") and c.pos_ == "ADJ"))
                       and c.lower_ == entry.particle]
                # "set free 200 prisoners": the parser hangs a predicate adjective put before the object on the object
                prt += [a for o in tok.children if o.dep_ == "dobj" for a in o.children
                        if a.dep_ == "amod" and a.i == tok.i + 1 and a.lower_ == entry.particle]
                if not prt:
                    continue
                extra += prt
            prep_tok = None
            if entry.prep:
                holders = [tok] + [t for t in extra if t.dep_ == "prep"]  # "pulled out of": "of" hangs on "out"
                if not noun and entry.constraint is not None:
                    # "set a school on fire", "put the town under curfew": in an idiom whose prepositional object is
                    # fixed, the parser often hangs the preposition on the verb's object; the fixed object still
                    # says it is the idiom
                    holders += [c for c in tok.children if c.dep_ == "dobj"]
                preps = [c for h in holders for c in h.children if c.dep_ in ("prep", "dative", "agent", "prt")
                         and c.lower_ == entry.prep and not _dates_only(c)]
                if not preps:
                    continue
                prep_tok = preps[0]
            if entry.constraint is not None:
                found = self._constraint_hit(tok, entry.constraint, prep_tok, noun=noun)
                if found is None:
                    continue
                if entry.type is None and not noun and prep_tok is None and found.dep_ == "compound" \
                        and found.head.dep_ == "dobj" and found.head.head.i == tok.i:
                    # a blocker names the idiom's own object ("struck oil", "hit the gas"); a word that only says
                    # what kind of thing the object is ("struck an oil depot", "hit a gas station") is no idiom
                    continue
                # (a participle's own noun is what it acts on: "talks hosted by Qatar", "days of talks hosted by")
                acted_on = found.head.i == tok.i or (tok.dep_ == "acl" and tok.head.i in (found.i, found.head.head.i))
                if "object" in entry.frames and not noun and not acted_on:
                    # "hosted the premier for a meeting": the line is for the thing the verb acts on itself
                    # ("hosted talks"), not one named by a phrase after a party as object
                    continue
                extra.append(found)
            if prep_tok is not None and entry.constraint is None:
                pass
            return entry, extra
        return None, []

    def _armed_group_doer(self, verb: Token) -> bool:
        """Whether the one who does a verb (its subject, or the "by" agent of a passive) is of actor kind
        `armed_group` (cues.yaml: "kidnappers", "rebels", "gunmen", "pirates"), by its head noun or a modifier
        ("rebel fighters")."""
        subjects, passive = self._subject(verb)
        if passive:
            held = subjects
            subjects = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if not subjects and any(h.lemma_.lower() in self.lex.captor_held_nouns
                                    or h.lower_ in self.lex.captor_held_nouns for h in held):
                return True  # "the hostages were handed over to the Red Cross": only their captors could
        words = [w for s in subjects for w in (s, *(c for c in s.children if c.dep_ in ("compound", "amod")))]
        return any(self.lex.actor_kinds.get(w.lemma_.lower()) == "armed_group"
                   or self.lex.actor_kinds.get(w.lower_) == "armed_group" for w in words)

    def _sent_away(self, verb: Token) -> bool:
        """Whether a verb of ordering or giving sends its object away: it has an infinitive of going away (cues.yaml
        `departure_verbs`: "ordered the envoy to leave", "gave the consul a week to depart") and its object is not
        the subject's own ("ordered its diplomats to leave" withdraws them)."""
        def infinitive(c: Token) -> bool:
            return c.lemma_.lower() in self.lex.departure_verbs and any(
                a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)

        # the parser hangs the infinitive on the verb, or on the time given ("gave him a week to leave")
        going = [c for c in verb.children if (c.dep_ == "xcomp" and c.lemma_.lower() in self.lex.departure_verbs)
                 or (c.dep_ == "advcl" and infinitive(c))]
        going += [g for c in verb.children if c.dep_ == "dobj" for g in c.children
                  if g.dep_ in ("acl", "relcl") and infinitive(g)]
        if not going:
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        return not any(g.dep_ == "poss" and g.pos_ == "PRON" for o in objects for g in o.children)

    def _foreigners_sent_home(self, verb: Token) -> bool:
        """Whether an order to go sends another country's people out of a country (lexicon frame `foreign`): its
        object is named as foreign or by a nationality ("ordered French troops to leave", "foreign forces"), one the
        subject does not share, and where they must leave is a country ("the country", cues.yaml
        `homeland_nouns`, or a state's name); a force told to leave a town is pulled back, not expelled."""
        lex = self.lex
        subject_words = {t.lower_ for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        foreign = any(m.dep_ in ("amod", "compound") and (m.lower_ in lex.foreignness_modifiers or (
            m.ent_type_ == "NORP" and m.lower_ not in subject_words)) for o in objects for m in o.children)
        if not foreign:
            return False
        going = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in lex.departure_verbs]
        places = [o for g in going for o in g.children if o.dep_ == "dobj"]
        if any(o.lemma_.lower() in lex.homeland_nouns for o in places):
            return True
        # A state left by name is expelling them only when the one ordering is that state ("Niger's junta ordered
        # French troops to leave Niger", "the junta ..."): a named other orderer is more likely sending its own
        # troops home ("the Kremlin ordered Russian troops to leave Ukraine").
        subject = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
        named_subject = any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") for t in subject)
        for o in places:
            state = " ".join(t.lower_ for t in o.subtree if t.dep_ != "det")
            if (o.lower_ in self.state_names or state in self.state_names) and (
                    not named_subject or f" {state} " in f" {' '.join(t.lower_ for t in subject)} "):
                return True
        return False

    def _unarmed_subject(self, verb: Token) -> bool:
        """Whether the one who does a verb is known and is no armed actor: a person, "he" or "she", or a noun
        that is neither a force word nor of an armed or police kind, a state or an organisation. The subject is
        the verb's own or, for a verb under another ("tried to enter", "was stopped from entering", "and
        entered"), that verb's."""
        v = verb
        for _ in range(4):
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                break
            if v.dep_ == "pcomp" and v.head.lower_ == "from":  # "kept the traders from entering": the object would
                subj = [c for c in v.head.head.children if c.dep_ == "dobj"]
                if subj:
                    break
            if v.dep_ in ("xcomp", "conj", "pcomp", "advcl") or (v.dep_ == "pobj" and v.head.dep_ == "prep"):
                v = v.head.head if v.dep_ in ("pcomp", "pobj") else v.head
                continue
            return False
        else:
            return False
        t = subj[0]
        forces = self.lex.groups.get("forces", frozenset())

        def armed(w: Token) -> bool:
            return w.lemma_.lower() in forces or w.lower_ in forces or self.lex.actor_kinds.get(
                w.lemma_.lower()) in ("military", "police", "armed_group")

        # the noun, its modifiers ("army units", "rebel columns") and what it counts ("hundreds of militants",
        # "a unit of the army")
        words = [t, *(c for c in t.children if c.dep_ in ("compound", "amod")),
                 *(g for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                   if g.dep_ == "pobj")]
        if any(armed(w) or w.ent_type_ in ("GPE", "NORP", "ORG") for w in words):
            return False
        # a pronoun other than "he"/"she" may stand for a force ("they entered the town"): nothing is known
        return t.pos_ != "PRON" or t.lower_ in ("he", "she")

    def _constraint_hit(self, tok: Token, words: frozenset[str], prep_tok: Token | None, *, noun: bool):
        """The first word of the trigger's constraint pool that one of `words` names, or None."""
        # (a verb with many constrained lexicon lines asks about the same pool once per line: build it once per Doc)
        if getattr(self, "_pools_doc", None) is not tok.doc:
            self._pools_doc, self._pools = tok.doc, {}
        key = (tok.i, prep_tok.i if prep_tok is not None else None, noun)
        pool = self._pools.get(key)
        if pool is None:
            pool = self._pools[key] = self._constraint_pool(tok, prep_tok, noun=noun)
        for t in pool:
            if _hyphenated(t) in words:
                return t  # "sign ~cease-fire", "stage ~sit-in": the whole hyphenated word
            if not noun and t.dep_ == "compound" and _in_hyphenated_word(t):
                continue  # "set ~fire" vs "the cease-fire agreement was set to ...": part of a hyphenated modifier
            if t.lemma_.lower() in words or t.lower_ in words or _plural_stem(t) in words:
                return t
            if t.ent_type_ and f"ent:{t.ent_type_.lower()}" in words:
                return t  # "call ~ent:person": the object is a person's name
        return None

    def _constraint_pool(self, tok: Token, prep_tok: Token | None, *, noun: bool) -> list[Token]:
        """The words a lexicon line's constraint is matched against: the trigger's object, preposition object or
        noun modifiers, with their own modifiers and conjuncts."""
        if prep_tok is not None:
            pool = [c for c in prep_tok.children if c.dep_ in ("pobj", "pcomp")]
        elif noun:
            pool = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
            pool += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
            if tok.dep_ == "compound":
                pool.append(tok.head)
        else:
            pool = [c for c in tok.children if c.dep_ in CONSTRAINT_DEPS]
            # a gerund complement is what an aspectual verb acts on, as an object would be ("stopped fighting",
            # "halted shelling" as "stopped the fighting")
            pool += [c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
            if _passive_infinitive_of_be(tok) and tok.lemma_.lower() not in self.lex.light_verbs:
                # "aid is to be sent by donors": the copula's subject is what the passive infinitive acts on (an
                # event noun under a light verb, "talks are to be held", is coded as the noun)
                pool += [c for c in _copula_of_passive_infinitive(tok).children if c.dep_ == "nsubj"]
            # "the truce is expected to be signed": the passive subject of a verb of plan above is what the passive
            # infinitive acts on
            pool += _raised_passive_subjects(tok)
            # headline "Peace deal signed": a bare noun before a past form with no auxiliary and no object is what
            # the reduced passive acts on, as a passive subject would be (not an event called off or put off,
            # "Summit called off", which that noun's own status tells)
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            if _headline_passive(tok, subjects) and not self._reduced_passive_subject(subjects[0]):
                pool += subjects
            # "declared two envoys persona non grata": the parser may read the object and its predicate as a clause
            # of their own; the predicate is what the verb makes of the object
            pool += [c for c in tok.children if _small_clause(c)]
            # "set cars ablaze and looted shops": the parser may hang the first object's predicate adjective on the
            # second verb's object; standing right after the first object, it is still what the verb makes of it
            pool += [a for o in tok.children if o.dep_ == "dobj" for a in o.children
                     if a.dep_ == "amod" and a.i < o.i and any(
                         e.dep_ == "dobj" and e.i < a.i and e.right_edge.i == a.i - 1 for e in tok.children)]
            pool += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                     for g in c.children if g.dep_ == "pobj"]
            if any(c.dep_ in ("dobj", "dative") and self._np_ok(c) for c in tok.children):
                # "provided Ukraine with aid", "supplied the rebels with weapons": with the party as the object,
                # what is given is the "with" phrase (with a thing as the object, "with" names the means:
                # "destroyed the bridge with explosives")
                pool += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                         for g in c.children if g.dep_ == "pobj"]
            if tok.dep_ in ("amod", "compound") or (tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(
                    c.dep_ in ("nsubj", "mark") for c in tok.children)):
                # "the seized weapons", "weapons seized in the raid", "X lifts curfew"; not a content clause with a
                # subject of its own ("claims that they had attacked the convoy" attacks no claim)
                pool.append(tok.head)
            if any(c.dep_ == "dobj" and c.lemma_.lower() in self.lex.sent_body_nouns for c in tok.children):
                # "sent a team of engineers to help repair the dam": the purpose of a body sent to help says what
                # it is for, as a modifier does in "sent medical teams"
                # (not help with an inquiry: "a team of experts to help with the investigation")
                pool += [c for c in tok.children if c.dep_ in ("advcl", "xcomp")
                         and c.lemma_.lower() in self.lex.relief_purpose_verbs
                         and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                         and not any(t.lemma_.lower() in self.lex.inquiry_words for t in c.subtree)]
            if not any(c.dep_ in ("dobj", "dative") for c in tok.children):
                # "rammed and boarded a fishing boat": a verb coordinated with a later one shares that verb's
                # object (the parser hangs it on the last verb only), so its constraint reads that object too
                pool += self._shared_object(tok)
            if tok.dep_ == "relcl" and not any(c.dep_ == "dobj" and c.lower_ not in ("that", "which", "whom")
                                               for c in tok.children) and not any(
                    c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who") for c in tok.children):
                pool.append(tok.head)  # "a deal that he struck with X": the relative clause's object is its head
        more = []
        for t in pool:
            sent_body = not noun and t.lemma_.lower() in self.lex.sent_body_nouns
            if noun or not self._party_head(t) or sent_body:
                # "met the opposition leader" meets a person, not opposition: a modifier of a word for a party
                # does not stand for the verb's object
                more += [c for c in t.children if c.dep_ == "compound"]
                # a noun premodifier the parser labelled an adjective ("went on a looting spree")
                more += [c for c in t.children if c.dep_ == "amod" and c.pos_ == "NOUN"]
                if sent_body:
                    # "sent medical teams": the adjective says what the body sent is for (relief, not an inquiry)
                    more += [c for c in t.children if c.dep_ == "amod" and c.pos_ == "ADJ"]
            else:
                # "expelled two embassy officials": a state's post abroad makes the people it modifies its envoys
                # (cues.yaml `diplomatic_post_words`), where other modifiers of a party word do not count
                more += [c for c in t.children if c.dep_ in ("compound", "amod")
                         and c.lemma_.lower() in self.lex.diplomatic_post_words]
                if t.ent_type_ == "PERSON":
                    # "received Foreign Minister Ali Karti": the title before a person's name says what the person
                    # is, as the noun does in "received the foreign minister"
                    more += [c for c in t.children if c.dep_ == "compound" and c.i < t.i and not c.ent_type_]
            # the first of two coordinated premodifiers, which the parser hangs on the second as "nmod" ("fired tear
            # gas and pepper spray": "gas" under "spray")
            more += [c for c in t.children if c.dep_ == "nmod" and any(g.dep_ == "cc" for g in c.children)]
            more += [c for c in t.children if c.dep_ == "conj"]
            if not noun and t.dep_ in ("dobj", "nsubjpass", "pobj"):
                for p in t.children:
                    if p.dep_ == "prep" and p.lower_ == "of":
                        objs = [g for g in p.children if g.dep_ == "pobj"]
                        more += objs + [c for g in objs for c in g.children if c.dep_ == "compound"]
        return pool + more

    def _aid_personnel(self, t: Token) -> bool:
        """A body of people or a word for people sent to help (cues.yaml `sent_body_nouns`, `aid_personnel_nouns`)."""
        lemma = t.lemma_.lower()
        return lemma in self.lex.sent_body_nouns or lemma in self.lex.aid_personnel_nouns

    def _surface_place(self, g: Token) -> bool:
        """Whether the object of "on" names where something happened: a place name ("on Crete") or a noun for a
        place or part of one (cues.yaml `surface_place_nouns`: "on the island of X", "on the outskirts of X")."""
        return g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in self.lex.surface_place_nouns

    def _verb_candidate(self, tok: Token, *, lemma: str | None = None) -> Candidate | None:
        """`lemma`: the verb's lemma when the token's own is a noun's (a gerund tagged as a noun)."""
        lemma = lemma or tok.lemma_.lower()
        entries = self.lex.verb_entries(lemma)
        joined = _hyphenated(tok)
        if joined:
            # "test-fired" is split into "test - fired": the whole verb's entry comes first
            whole = self.lex.verb_entries(joined.rsplit("-", 1)[0] + "-" + lemma)
            if whole:
                entries = whole
        if not entries and "-" in lemma:
            entries = self.lex.verb_entries(lemma.split("-")[-1])
        if not entries and tok.tag_ in ("VBD", "VBN", "VBZ", "VBG"):
            # the lemmatizer misses some forms ("raped" -> "rap", "retook"): try the surface form and -d/-s
            low = tok.lower_
            for guess in (low, low[:-1], low[:-2], low[:-3] + "e" if low.endswith("ing") else low[:-3]):
                entries = self.lex.verb_entries(guess)
                if entries:
                    break
        if not entries:
            return None
        if lemma in SUPPORT_LEMMAS and tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBN" and any(
                c.dep_ == "agent" for c in tok.children):
            return None  # "X, supported by Y, ...": Y joins X's event as an actor, no SUPPORT event of its own
        entry, extra = self._match(tok, entries, noun=False)
        if entry is None or entry.type is None:
            return None
        if entry.constraint is None and lemma in self.lex.light_verbs and _passive_infinitive_of_be(tok) and any(
                c.dep_ == "nsubj" and any(e.type for e in self.lex.noun_entries(c.lemma_.lower()))
                for c in _copula_of_passive_infinitive(tok).children):
            # "the deal is likely to be signed", "talks are to be held": the event noun the copula has as its
            # subject is coded (with the infinitive's status); the light verb's own generic line adds no event
            return None
        if entry.constraint is None and lemma in self.lex.light_verbs and tok.dep_ == "xcomp" and any(
                c.dep_ == "nsubjpass" and self._planned_by_copula(c) for c in tok.head.children):
            # "the truce is expected to be signed": likewise under a verb of plan in the passive
            return None
        if any(t.dep_ == "dobj" and t.pos_ == "NOUN" and self._blocked_noun(t) for t in extra):
            return None  # "held a news conference": the object the verb's line names is no event in its context
        if _finite_conjunct_read_as_modifier(tok) is not None:
            pass  # "set cars alight and looted shops": a second act with its own object, not a description
        elif tok.dep_ == "amod" and (tok.tag_ == "VBN" or (tok.tag_ == "VBG" and self._np_ok(tok.head))
                                   or (tok.tag_ == "VBD" and tok.head.dep_ != "ROOT")) \
                and not _acronym_subject_of_swallowed_verb(tok):
            # "the seized weapons", "armed men", "striking miners", "the occupying forces": attributive
            # participles describe a thing or a party, they report no event here; so does one the tagger reads as
            # a past tense ("allied militia units stormed ..."), unless its noun is left as the sentence's root
            # ("The militia fired tank shells into ...": the parser swallowed the verb)
            return None
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and entry.type in ("ACCUSE", "REQUEST", "SUPPORT", "REJECT",
                                                                       "THREATEN") \
                and not any(c.dep_ == "agent" for c in tok.children) and tok.head.dep_ != "ROOT":
            # "officials accused of ...", "a man wanted for ...": a description, not a report; but a noun with
            # no verb of its own is a headline whose participle is its report ("Teacher accused of ...")
            return None
        trigger = [tok] + [t for t in extra if abs(t.i - tok.i) <= 2 and (t.dep_ in ("prt", "advmod", "dobj") or (
            t.dep_ == "prep" and t.lower_ in PREP_PARTICLES))]
        rest = [t for t in extra if t not in trigger]
        etype, mode = entry.type, entry.mode
        if "light" in entry.frames and extra and entry.constraint is not None:
            # "staged a protest", "launched an attack": the object noun may carry a more specific entry (the
            # constraint's word is the last one matched, inside the trigger when it stands next to the verb)
            noun = extra[-1]
            joined = _hyphenated(noun)  # "staged a sit-in": the whole word, not its last part
            n_entries = (self.lex.noun_entries(joined) if joined else None) or self.lex.noun_entries(
                noun.lemma_.lower())
            n_entry, _ = self._match(noun, n_entries, noun=True)
            if n_entry is not None and n_entry.type == etype and n_entry.mode:
                mode = n_entry.mode
            elif n_entry is not None and n_entry.type is not None and n_entry.type != etype \
                    and n_entry.constraint is not None:
                # "carried out a hunger strike": the noun's own reading from its modifiers ("strike ~hunger",
                # PROTEST) decides; a bare noun entry ("strike" as a labour strike) says less than the verb line
                # that names the noun ("carry out ~attack|strike|..." ASSAULT: "carried out a strike on the camp")
                return Candidate(etype=n_entry.type, mode=n_entry.mode, cameo=n_entry.cameo,
                                 context=list(n_entry.context), head=tok, trigger=sorted(trigger, key=lambda t: t.i),
                                 extra=rest, weight=entry.weight, clause=tok, frames=entry.frames,
                                 specificity=entry.specificity)
        return Candidate(etype=etype, mode=mode, cameo=entry.cameo, context=list(entry.context), head=tok,
                         trigger=sorted(trigger, key=lambda t: t.i), extra=rest, weight=entry.weight,
                         clause=tok, frames=entry.frames, specificity=entry.specificity)

    def _blocked_noun(self, noun: Token) -> bool:
        """Whether the lexicon rules this noun out as an event in its context (an `X` line such as
        "conference ~news|press")."""
        entries = self.lex.noun_entries(noun.lemma_.lower())
        if not entries:
            return False
        entry, _ = self._match(noun, entries, noun=True)
        return entry is not None and entry.type is None

    def _gerund_lemma(self, tok: Token) -> str | None:
        """The verb lemma of a bare gerund the tagger read as a noun ("denied meeting in Geneva", "refrained from
        meeting", "are considering meeting"): an -ing word with no determiner, possessor or modifier of a noun, as
        the object of a verb or a preposition, whose verb the lexicon codes. None for anything else."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not tok.lower_.endswith("ing") \
                or tok.dep_ not in ("dobj", "pobj", "xcomp") or tok.head.pos_ not in ("VERB", "ADP") or any(
                c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in tok.children):
            return None
        # only where a gerund clause can stand: after a verb that embeds one ("denied", "considering"; not "cut
        # funding", a thing), or in a phrase of a verb or adjective ("refrained from", "suspected of"; not a noun's
        # "funds for training")
        if tok.dep_ == "dobj" and self._embed_key(tok.head) not in self.lex.embed:
            return None
        if tok.dep_ == "pobj" and tok.head.head.pos_ not in ("VERB", "AUX", "ADJ", "ADV"):
            return None
        stem = tok.lower_[:-3]
        # "meeting" -> "meet", "raising" -> "raise", "shipping" -> "ship"
        for guess in (stem, stem + "e", stem[:-1]):
            if len(guess) > 2 and guess in self.lex.verbs:
                return guess
        return None

    def _noun_candidate(self, tok: Token, *, headline: bool = False) -> Candidate | None:
        lemma = tok.lemma_.lower()
        entries = self.lex.noun_entries(lemma) or self.lex.noun_entries(tok.lower_)
        joined = _hyphenated(tok)
        if joined and self.lex.noun_entries(joined):
            entries = self.lex.noun_entries(joined)  # "sit-in", "cease-fire": the whole word, not its last part
        if not entries:
            return None
        entry, extra = self._match(tok, entries, noun=True)
        if entry is None or entry.type is None:
            return None
        if lemma in self.lex.state_only_custody_nouns and self._held_in_custody(tok) is None:
            return None  # "a custody hearing", "held in custody by police": no detention named by the noun itself
        if tok.tag_ == "NN" and lemma in self.lex.hearsay_nouns and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return None  # "talk of sanctions", "word of a deal": hearsay about an event, not a meeting
        if tok.dep_ == "compound" and not any(t.i == tok.head.i for t in extra):
            # "protest leader", "attack helicopter": a modifier, not the event, unless the head completes it
            # headlines parse "Rebels attack town" as one compound: keep the event word there
            if tok.head.lemma_.lower() not in self.lex.nouns and not (headline and tok.i > tok.sent.start):
                return None
        if tok.dep_ == "compound" and self._mode_cue_modifier(tok, tok.head):
            return None  # "drone strikes", "missile attack": the modifier tells the means of the head's act
        if entry.type == "MOBILIZE" and tok.dep_ == "dobj" and self._is_attack_verb(tok.head):
            return None  # "ambushed a patrol of peacekeepers": the unit out on patrol is what was attacked
        trigger = [tok] + [t for t in extra if tok.i - 2 <= t.i < tok.i and t.dep_ in ("compound", "amod")]
        if joined:
            n_parts = joined.count("-")
            trigger += [t for t in tok.doc[tok.i - 2 * n_parts:tok.i] if t not in trigger]
        cand = Candidate(etype=entry.type, mode=entry.mode, cameo=entry.cameo, context=list(entry.context),
                         head=tok, trigger=sorted(trigger, key=lambda t: t.i), weight=entry.weight, kind="noun",
                         frames=entry.frames, specificity=entry.specificity)
        # The verb governing the noun carries status and (for light verbs) the actor.
        gov = tok.head if tok.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "oprd") else None
        phase = self._phase_of(tok)
        phase_gov = None
        if phase is not None and phase.dep_ in ("dobj", "nsubjpass", "nsubj"):
            phase_gov = phase.head
        elif phase is not None and phase.dep_ == "pobj" and phase.head.dep_ == "prep":
            phase_gov = phase.head.head
        if phase_gov is not None and phase_gov.pos_ in ("VERB", "AUX"):
            # "could lead to a resumption of talks", "agreed on the start of negotiations": the talks happen as
            # surely as the resumption or start the clause speaks of
            cand.clause = phase_gov
            return cand
        stretch = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        if stretch is not None and stretch.dep_ == "dobj" and stretch.head.pos_ == "VERB" \
                and stretch.head.lemma_.lower() in self.lex.experiencer_verbs \
                and (stretch.lemma_.lower() in self.lex.event_series_nouns or stretch.ent_type_ == "DATE"):
            # "Kabul has seen a wave of bombings", "the city suffered weeks of shelling": the series or the stretch
            # of time the subject went through is made of the acts the "of" phrase names, which it underwent
            cand.clause = stretch.head
            cand.extra.append(stretch.head)
            cand.kind = "light"
            return cand
        if gov is not None and gov.pos_ in ("VERB", "AUX"):
            cand.clause = gov
            # (a verb of naming with what the object is called, "called the killings a massacre", judges an act
            # already done: it does not carry the act out as "called a strike" does)
            # (the parser may make the name a second object: "branded the protest a riot")
            naming = gov.lemma_.lower() in self.lex.naming_verbs and (
                any(c.dep_ == "oprd" for c in gov.children) or sum(c.dep_ == "dobj" for c in gov.children) > 1)
            # (a verb one undergoes the act by, "the province has endured heavy shelling", is as light as "suffered")
            if (gov.lemma_.lower() in self.lex.light_verbs or gov.lemma_.lower() in self.lex.experiencer_verbs) \
                    and tok.dep_ in ("dobj", "nsubjpass", "attr") and not naming:
                cand.extra.append(gov)
                cand.kind = "light"
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            cand.clause = tok.head.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.dep_ == "acomp" \
                and tok.head.head.head.pos_ in ("VERB", "AUX") and (
                    tok.head.head.lemma_.lower() in self.lex.embed
                    or any(a.dep_ == "aux" and a.tag_ == "MD" for a in tok.head.head.head.children)):
            # "would be happier with an inquiry", "are ready for talks": the clause of a modal or an
            # embedding adjective; not a reported state ("is reportedly curious about a meeting" that happened)
            cand.clause = tok.head.head.head
        elif tok.dep_ == "ROOT":
            cand.clause = tok
        return cand

    # ------------------------------------------------------------------ arguments
    def _np_ok(self, tok: Token) -> bool:
        """Whether a noun phrase head can name an actor (entity, actor noun, proper noun, pronoun)."""
        if self._bare_count(tok):
            return True
        if tok.ent_type_ in NON_ACTOR_ENTS and not (tok.ent_type_ == "DATE" and tok.lemma_.lower()
                                                    in self.lex.actor_kinds) \
                or tok.lemma_.lower() in self.lex.not_actors:
            return False  # (an age is a date to the tagger, its head a word for people: "a 17-year-old")
        if self._water_body(tok):
            return False  # "in the Gulf of Oman", "across the Black Sea": a place, never a party
        if tok.lemma_.lower() in self.lex.not_actors_before_of and not tok.ent_type_ and any(
                g.dep_ == "pobj" and not g.ent_type_ for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children):
            return False  # "a state of emergency"
        if tok.pos_ == "PRON":
            if tok.lower_ == "those" and any(c.dep_ in ("acl", "relcl") for c in tok.children):
                return True  # "those killed in the attack", "those who attacked the convoy": people
            return tok.lower_ not in NOT_PARTY_PRONOUNS and tok.dep_ != "expl"
        if tok.ent_type_ in ENT_KINDS:
            return True
        if tok.pos_ == "PROPN":
            return True
        return tok.lemma_.lower() in self.lex.actor_kinds or tok.lower_ in self.lex.actor_kinds \
            or security_service(tok, self.lex)

    def _water_body(self, tok: Token) -> bool:
        """Whether a token heads the name of a body of water (cues.yaml `water_body_nouns`: "the Gulf of Oman",
        "the Red Sea"): a named place (tagged a place or a proper noun), not a party."""
        return tok.lower_ in self.lex.water_body_nouns and (tok.ent_type_ in ("LOC", "GPE", "FAC")
                                                            or tok.pos_ == "PROPN")

    def _bare_count(self, tok: Token) -> bool:
        """A number or quantity word standing alone as an object or passive subject ("killing three", "injuring
        264", "12 were wounded", "another 10 wounded"): it may count people, and the actors stage makes it an
        actor when the verb is one of harm, capture or rescue; otherwise it resolves to no actor."""
        if tok.dep_ not in ("dobj", "nsubjpass", "nsubj", "conj") or tok.ent_type_ in (
                "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
            return False
        if any(g.dep_ == "pobj" and g.pos_ != "PRON" for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children):
            return False  # "hundreds of thousands of Iraqis", "three of the soldiers": the "of" phrase names them
        return tok.lower_ in self.lex.count_words or (tok.pos_ == "NUM" and tok.like_num)

    def _expand(self, tok: Token, *, attacked: bool = False) -> list[Token]:
        """An argument head and its conjuncts ("Israel and Lebanon"); non-actor heads look inside ("positions
        of the Palestinian security forces", "Palestinian homes") or to the name in apposition ("his younger
        brother Dzhokhar"). `attacked`: the head is what an attack hit, so a site keeps its own place against the
        town it stands in ("looted a clinic in Bunia")."""
        heads = [tok] + [c for c in tok.conjuncts if c.pos_ in NOMINAL_POS and not self._speaker_read_as_conjunct(c)]
        heads += [m for m in self._comma_list_after(tok) if m not in heads]
        # "the journalist Omar Hadley and two students": the parser coordinates the next party with the name in
        # apposition to a title, not with the title (an apposition set off by a comma describes; its conjuncts
        # do too)
        heads += [c for a in tok.children if a.dep_ == "appos" and a.i > tok.i
                  and not any(t.is_punct for t in tok.doc[tok.i + 1:a.left_edge.i])
                  for c in a.conjuncts if c.pos_ in NOMINAL_POS and c not in heads]
        cut = self._clause_cut(tok)
        if cut is not None:  # a coordination that spans two clauses: keep the conjuncts on tok's side
            heads = [h for h in heads if (h.i > cut[0]) == (tok.i > cut[0])]
        out: list[Token] = []
        for h in heads:
            if self._np_ok(h):
                out.append(h)
                out.extend(self._whole_of(h))
                out.extend(self._named_by_apposition(h))
                out.extend(self._listed_places(h))
                continue
            listed = self._listed_places(h)
            if listed:
                out += [h, *listed]  # "shelled the towns of A, B and C": each town named, no part of one
                continue
            if self._part_of_town(h):
                out.append(h)  # "shelled residential districts of X": the districts, not the town they lie in
                continue
            inner = self._between_sides(h) or self._inner_actor(h, 3)[:1] or self._named_by_apposition(h)
            if inner and attacked and (self._site_in_town(h, inner[0]) or self._beside_landmark(h, inner[0])):
                inner = [h]
            if not inner and h.ent_type_ in ("LOC", "FAC") and h.dep_ in ("dobj", "nsubjpass"):
                inner = [h]  # "shelled Homs", "stormed the Bataclan": a named place acted upon stands for its people
            if not inner and (h.lemma_.lower() in self.lex.target_nouns or h.lower_ in self.lex.target_nouns):
                # "shelled the village": the place stands for its people (an actor where the actors stage
                # found it attacked; otherwise it resolves to none)
                inner = [h]
            if not inner and attacked and (h.lemma_.lower() in self.lex.attacked_craft_nouns
                                           or h.lower_ in self.lex.attacked_craft_nouns):
                inner = [h]  # "fired at fishing boats": the craft stands for its crew or owner
            out.extend(inner)
        return out

    @staticmethod
    def _comma_list_after(tok: Token) -> list[Token]:
        """The other members of a list "A, B and C" that starts at `tok`, read from the words: the parser often
        breaks such a list (B taken as a second object, or hung on the comma when a reporting clause follows:
        "attacked A, B and C, the army said"). Only plain noun phrases separated by commas and closed by "and"/"or"
        count; "A, B" without a closing conjunction is an apposition, not a list."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        doc, end = tok.doc, tok.sent.end
        i = tok.right_edge.i + 1
        if i >= end or doc[i].text != ",":
            return []
        members: list[Token] = []
        closed = False
        while i < end and not closed:
            if doc[i].text == ",":
                i += 1
            elif not members:
                return []
            if i < end and doc[i].lower_ in ("and", "or"):
                closed = True
                i += 1
            elif doc[i - 1].text != ",":
                return []
            start = i
            while i < end and doc[i].tag_ in LIST_PHRASE_TAGS:
                i += 1
            if i == start or doc[i - 1].pos_ not in ("NOUN", "PROPN"):
                return []
            members.append(doc[i - 1])
        if not closed or any(m.dep_ in SUBJ_DEPS or m.dep_ == "nsubjpass" for m in members):
            return []  # "A, B and C fled": the last names start a clause of their own
        return [m for m in members if not (m.dep_ == "appos" and m.head.i == tok.i)]

    def _speaker_read_as_conjunct(self, conj: Token) -> bool:
        """"... to escort fishing vessels, navy chief Ann Roe said": the parser may coordinate the speaker of a
        trailing reporting clause with the last noun of what was reported. A conjunct set off by a comma alone
        (no "and"/"or") and followed at once by a speech verb that has no subject of its own is that speaker,
        no party to the reported act."""
        if conj.dep_ == "conj" and conj.head.dep_ == "conj" and self._speaker_read_as_conjunct(conj.head):
            return True  # "..., residents and a rebel spokesman said": the second speaker too
        if conj.dep_ != "conj" or any(c.dep_ == "cc" for c in conj.head.children):
            return False
        before = conj.doc[conj.left_edge.i - 1] if conj.left_edge.i > 0 else None
        after = conj.doc[conj.right_edge.i + 1] if conj.right_edge.i + 1 < len(conj.doc) else None
        if before is None or before.text != "," or after is None or after.pos_ not in ("VERB", "AUX"):
            return False
        return after.lemma_.lower() in self.lex.speech_verbs and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in after.children)

    def _site_in_town(self, h: Token, inner: Token) -> bool:
        """A building or site (cues.yaml `target_nouns`, not a settlement) whose "in" phrase names the town it
        stands in ("looted a clinic in Bunia", "burned a church in Jos", "a school in Kaduna state"): the town says
        where, the site is what the act was done to. A state's name ("a hospital in Syria") still stands for the polity PLOVER codes."""
        lemma = h.lemma_.lower()
        if lemma not in self.lex.target_nouns or lemma in self.lex.groups.get("territory", frozenset()):
            return False
        # (or a division named before its noun: "stormed a school in Kaduna state", "in Helmand province")
        division = inner.head if inner.dep_ == "compound" and inner.head.lemma_.lower() in \
            self.lex.scene_place_nouns else inner
        if division.dep_ != "pobj" or division.head.lower_ not in ("in", "near") or division.head.head.i != h.i:
            return False
        return self._attacked_place(inner) or division.lemma_.lower() in self.lex.scene_place_nouns and any(
            c.dep_ == "compound" and self._attacked_place(c) for c in division.children)

    def _beside_landmark(self, h: Token, inner: Token) -> bool:
        """A place noun acted upon whose "near"/"outside" phrase names another place ("shelled two villages near
        the town of X"): that place only says where the villages lie; they, not it, were hit."""
        lemma = h.lemma_.lower()
        if lemma not in self.lex.target_nouns and lemma not in self.lex.groups.get("territory", frozenset()):
            return False
        prep = next((a for a in inner.ancestors if a.dep_ == "prep" and a.head.i == h.i), None)
        return prep is not None and prep.lower_ in LOCATIVE_PREPS

    def _listed_places(self, h: Token) -> list[Token]:
        """The names a plural place noun lists in its "of" phrase ("the towns of A, B and C", "the villages of A
        and B"): the places themselves, each a party (a single name after a plural says where the parts lie:
        "villages of Z province")."""
        if h.tag_ != "NNS" or h.lemma_.lower() not in self.lex.scene_place_nouns:
            return []
        names = [g for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        listed = [c for g in names for c in g.conjuncts if c.pos_ == "PROPN"]
        return names + listed if listed else []

    def _part_of_town(self, h: Token) -> bool:
        """A part of a settlement ("residential districts", "the eastern suburbs"; cues.yaml
        `settlement_part_nouns`) whose "of" phrase names the town it lies in: the name says where, so the part
        is what an act is done to. Not a state ("villages of Ruritania": PLOVER codes the polity), nor a party
        ("districts of the Velmora Front"), nor a bare "the district of X", which names X."""
        if h.lemma_.lower() not in self.lex.settlement_part_nouns and h.lower_ not in self.lex.settlement_part_nouns:
            return False
        if h.tag_ not in ("NNS", "NNPS") and not any(c.dep_ in ("amod", "compound", "nmod") for c in h.children):
            return False
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for g in prep.children:
                if g.dep_ != "pobj" or g.pos_ != "PROPN" or g.ent_type_ in ("PERSON", "NORP"):
                    continue
                name = " ".join(t.text for t in g.subtree if t.pos_ == "PROPN").lower()
                if name in self.state_names or name in self.party_names or g.lower_ in self.state_names:
                    return False
                return True
        return False

    def _between_sides(self, h: Token) -> list[Token]:
        """Both sides of a non-party head's "between" phrase ("clashes between the army and the rebels")."""
        sides = [x for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
                 for g in c.children if g.dep_ == "pobj" for x in [g, *g.conjuncts] if self._np_ok(x)]
        return sides if len(sides) >= 2 else []

    @staticmethod
    def _named_by_apposition(h: Token) -> list[Token]:
        """The name a description stands in apposition to ("Lena Varga, the engineer detained last
        week" -> Varga): PLOVER codes the named party, so the name joins the argument."""
        if h.pos_ != "NOUN" or h.ent_type_:
            return []
        if h.dep_ == "appos" and h.head.pos_ == "PROPN" and h.head.ent_type_ in ENT_KINDS:
            return [h.head]
        return [c for c in h.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ENT_KINDS][:1]

    def _owner_speaker(self, cand: Candidate) -> list[Token]:
        """"X said its forces had withdrawn", "X announced that their troops would ...": an actor owned by a
        possessive pronoun in a reported clause belongs to the speaker, who joins the actors."""
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for a in cand.actors for c in a.children):
            return []
        v = cand.clause or cand.head
        for _ in range(3):
            if v.dep_ == "ccomp" and v.head.lemma_.lower() in self.lex.speech_verbs:
                subj = [c for c in v.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
                if not subj or self.lex.actor_kinds.get(subj[0].lemma_.lower()) in ("media", "ngo"):
                    return []  # a newspaper or a watchdog reporting "their troops ..." speaks of others
                return self._expand(subj[0])
            if v.dep_ not in ("conj", "xcomp"):
                return []
            v = v.head
        return []

    def _whole_of(self, h: Token) -> list[Token]:
        """The party a partitive or representative head belongs to: "leaders of the opposition coalition",
        "a group of Moroccan diplomats", "members of the association" -> the coalition, diplomats, association."""
        if h.lower_ not in self.lex.partitive_heads and h.lemma_.lower() not in self.lex.partitive_heads:
            return []
        return [g for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj" and g.pos_ != "PRON" and self._np_ok(g)][:1]

    def _object_of_compound_act(self, c: Token, h: Token, act: Token | None = None) -> bool:
        """Whether `c` is a common noun that, in a chain of compound nouns before `h`, comes before an act noun (one
        the lexicon codes as an event: "prisoner swap deal", "hostage release accord"): the act's object. `act`:
        the act noun when the parser hung `c` on it rather than on `h`."""
        acts = [act] if act is not None else [x for x in h.children if x.dep_ == "compound" and c.i < x.i]
        return c.dep_ == "compound" and c.pos_ == "NOUN" and not c.ent_type_ and any(
            x.pos_ == "NOUN" and c.i < x.i < h.i and any(e.type for e in self.lex.noun_entries(x.lemma_.lower()))
            for x in acts)

    def _inner_actor(self, h: Token, depth: int) -> list[Token]:
        """An actor-like token inside a non-actor phrase: "positions of the X forces", "Karen guerrilla stronghold"."""
        if depth <= 0 or self._water_body(h):
            return []  # "the Gulf of Oman": the land in a sea's name is part of the place's name, no party
        if h.lemma_.lower() in self.lex.proxy_nouns:
            return []  # "on behalf of Russian intelligence": whom the act is for, not whom it is done to
        mods = [c for c in h.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                and (c.ent_type_ in ENT_KINDS or c.pos_ == "PROPN" or c.lemma_.lower() in self.lex.actor_kinds
                     and c.pos_ != "VERB")  # "the suspected hack": a participle is no party
                and c.lower_ not in ("its", "their", "his", "her")
                # "freezing their bank accounts": on a thing a possessive pronoun owns, a common noun says what
                # kind of thing it is; the owner is the party (see `_possessor_party`)
                and not (c.dep_ == "compound" and c.pos_ == "NOUN" and not c.ent_type_
                         and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in h.children))
                # "the Saturday airstrike", "the 2010 attack": a date or amount is no party, proper noun or not
                and c.ent_type_ not in NON_ACTOR_ENTS
                # "a military offensive", "a general strike": a plain adjective is not an actor; on a site a party
                # holds or lives in (cues.yaml `party_site_nouns`), a word for a party is that party ("militant
                # positions", "civilian homes")
                and not (c.pos_ == "ADJ" and c.ent_type_ not in ENT_KINDS
                         and not (c.lemma_.lower() in self.lex.actor_kinds and h.pos_ == "NOUN"
                                  and h.lemma_.lower() in self.lex.party_site_nouns
                                  and not _in_hyphenated_word(c)))  # "anti-aircraft positions": a weapon
                # "the New York bombing injured ...": the town an attack is named after did not do it
                # (a possessor whose act names its object with "of" did it: "Moscow's invasion of Georgia")
                and not (self._attacked_place(c) and self._is_attack_noun(h) and not _doer_possessor(c))
                # "Artillery shells slammed into ...", "traded mortar fire", "drone strikes hit the depot": a weapon
                # or the means of the act is none of its doers
                and not self._means_modifier(c) and not self._mode_cue_modifier(c, h)
                # "burning French flags", "waving Kurdish banners": the nation an emblem shows is no party
                and not self._emblem_modifier(c)
                # "brokered a prisoner swap deal", "a hostage release accord": a common noun before an act noun in
                # the same compound is that act's object ("swapping prisoners"), which says what the deal is about
                and not self._object_of_compound_act(c, h)]
        if mods:
            return mods
        for c in h.children:
            # "crimes committed by Croat forces", "the bombs planted by the rebels": the participle's agent
            if c.dep_ == "acl" and c.tag_ == "VBN":
                for ag in c.children:
                    if ag.dep_ == "agent":
                        found = [g for g in ag.children if g.dep_ == "pobj" and self._np_ok(g) and g.pos_ != "PRON"]
                        if found:
                            return found[:1]
        # a partner or party ("talks with his counterpart in Islamabad") before a place ("stronghold in X")
        if h.lower_ in COMPASS and h.dep_ == "pobj" and not any(
                g.pos_ == "PROPN" for p in h.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"):
            # "a strike in the north of the country": a part of a land named by a common noun says where, and names
            # no party (a named land, "southwest of Baghdad", still stands for its polity)
            return []
        preps = [c for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
                 and not self._landmark_neighbour(c)] + [
            c for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "near", "from", "belonging", "for",
                                                                        "by")
            # "shelling by government troops killed ...": a gerund's "by" phrase is parsed as a passive's agent
            or c.dep_ == "agent" and h.tag_ == "VBG"]
        if h.tag_ == "VBG" or self.lex.noun_entries(h.lemma_.lower()):
            # "the shelling of Kharkiv by Russian forces": an act's "by" phrase names its doer; its "of" phrase
            # names what it was done to, so the doer comes first
            preps.sort(key=lambda c: c.lower_ != "by")
        for c in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    if self._np_ok(g) and g.pos_ != "PRON":
                        return [g]
                    found = self._inner_actor(g, depth - 1)
                    if found:
                        return found
        return []

    def _landmark_neighbour(self, prep: Token) -> bool:
        """Whether a "with" phrase names the neighbour across a border (cues.yaml `surface_place_nouns`) that only
        says where a thing lies ("raided a hideout near the border with X", "a camp on the frontier with X"): a
        landmark, no party to what is done to that thing. The parser may hang the "with" phrase on the thing
        itself, right after the border noun."""
        if prep.dep_ != "prep" or prep.lower_ != "with" or prep.i == 0:
            return False
        border = prep.head
        before = prep.doc[prep.i - 1]
        if before.dep_ == "pobj" and before.head.head.i == prep.head.i:
            border = before  # ("a hideout near the border | with X": both phrases on "hideout")
        # (only a site acted on: troops or forces "massed near the border with X", or a state "on alert along the
        # border with X", face X)
        located = border.head.head
        return border.dep_ == "pobj" \
            and border.lemma_.lower() in self.lex.surface_place_nouns \
            and border.head.lower_ in LOCATIVE_PREPS | SCENE_PREPS and located.pos_ == "NOUN" \
            and located.dep_ in ("dobj", "nsubjpass") and not self._np_ok(located) and not self._is_theme(located)

    def _emblem_modifier(self, tok: Token) -> bool:
        """Whether a word modifies a thing that shows a nation's or a team's colours ("French flags", "Kurdish
        banners"; cues.yaml `emblem_nouns`): the crowd that waves or burns it shows support or anger, and the act
        is done to no party the modifier names."""
        return tok.dep_ in ("amod", "compound", "nmod") and tok.head.lemma_.lower() in self.lex.emblem_nouns

    def _means_modifier(self, tok: Token) -> bool:
        """Whether a noun modifier names the weapon or means of an act ("Artillery shells", "artillery fire", "Air
        strikes"; cues.yaml `instrument_nouns`, `means_modifiers`), which is never a party to it."""
        return tok.dep_ == "compound" and tok.ent_type_ not in ENT_KINDS and (
            tok.lower_ in self.lex.instrument_nouns or tok.lower_ in self.lex.means_modifiers)

    def _dispersed_crowd(self, verb: Token) -> Token | None:
        """The crowd a verb of crowd control acts on ("disperse thousands of workers" -> "workers"; cues.yaml
        `nonlethal_force_cues`; also told as the purpose of the act: "used batons to disperse the nurses"), or None."""
        control = next((v for v in (verb, *(c for c in verb.children if c.dep_ in ("advcl", "xcomp")))
                        if v.lemma_.lower() in self.lex.nonlethal_force_cues), None)
        if control is None:
            return None
        for obj in (c for c in control.children if c.dep_ == "dobj"):
            members = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj"]
            return members[0] if members and (obj.like_num or obj.lemma_.lower() in self.lex.count_words) else obj
        return None

    def _subject(self, verb: Token) -> tuple[list[Token], bool]:
        """(subject heads, passive?) of a verb, inherited through conj/xcomp/acl/relcl when it has none."""
        if (gerund := _gerund_under_opening_modifier(verb.head)) is not None and gerund.i == verb.i:
            return [], False  # "Heavy shelling by X killed ...": the adjective is no doer; the "by" phrase is
        if verb.dep_ in ("dobj", "xcomp") and (verb.tag_ == "VBG" or self._gerund_lemma(verb) is not None) \
                and verb.head.lemma_.lower() in self.lex.flight_verbs:
            return [], False  # "refugees fled fighting in the region": others fight; the refugees get away
        split = _act_noun_split_off(verb)
        if split is not None:
            return [split], False  # "were killed in Israeli shelling" misparsed: the doer the phrase names
        named = _headline_subject_as_modifier(verb) or (
            # (the subject's own modifiers hang on the verb too: "Varnesian police fire ...")
            _dedupe([verb.doc[verb.i - 1], *(c for c in verb.children
                                              if c.i < verb.i and c.dep_ in ("amod", "compound", "nmod"))])
            if self._verb_compounded_with_object(verb) else [])
        if named:
            return named, False  # headline "Pakistan expels Afghan refugees" read as a noun phrase
        named = _acronym_subject_of_swallowed_verb(verb)
        if named:
            return named, False  # "ECOWAS threatened sanctions ..." read as a noun phrase
        swallowed = _subject_read_as_object(verb)
        if swallowed is not None:
            return [swallowed], False  # "A released X and B freed Y": B frees Y
        governor = _finite_conjunct_read_as_modifier(verb) or _modal_conjunct_of_condition(verb)
        if governor is not None:
            return self._subject(governor)  # "Rioters set cars alight and looted shops": the rioters loot
        seen = 0
        v = verb
        while v is not None and seen < 6:
            seen += 1
            # a subject across a line break belongs to a heading the parser ran into the sentence
            subj = [c for c in v.children if c.dep_ in SUBJ_DEPS and not _across_lines(c, v)]
            subj = [_gerund_under_opening_modifier(c) or c for c in subj]
            passive = [c for c in v.children if c.dep_ in ("nsubjpass", "csubjpass") and not _across_lines(c, v)]
            if subj or passive:
                if subj and subj[0].lower_ in ("who", "which", "that") and v.dep_ == "relcl":
                    if _attack_scene_of(v, self._is_attack_noun) is not None:
                        return [], False  # "the bombing of a market that killed 12": the bombing killed
                    return [v.head], False
                if subj and v.dep_ == "relcl" and any(c.lower_ == "whose" for c in subj[0].children) \
                        and subj[0].lemma_.lower() not in self.lex.kin_nouns and v.head.pos_ in ("NOUN", "PROPN"):
                    # "the militia, whose fighters attacked X": the party's own people act for it (a relative,
                    # "whose brother attacked X", is a person of his own)
                    return [v.head], False
                if subj and subj[0].lower_ in ("who", "which", "that") and v.dep_ == "ccomp" \
                        and v.head.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it"
                                                          for c in v.head.children):
                    # "it was the militia that attacked X": the cleft's focus does it
                    focus = [c for c in v.head.children if c.dep_ == "attr"]
                    if focus:
                        return focus, False
                if subj and subj[0].lower_ in ("who", "that", "which") and v.dep_ == "ccomp" \
                        and v.head.dep_ == "relcl" and v.head.head.pos_ in ("NOUN", "PROPN"):
                    # "a man who officials say attacked X", "firms that it says have helped X": the noun described
                    # (the parser may hang the clause on an earlier noun, "sanctions on firms that ...": the party
                    # right before the relative pronoun is the one described)
                    before = v.doc[subj[0].i - 1] if subj[0].i > 0 else None
                    if before is not None and before.pos_ in ("NOUN", "PROPN") and not self._np_ok(v.head.head) \
                            and self._np_ok(before):
                        return [before], False
                    return [v.head.head], False
                if passive and passive[0].lower_ in ("who", "which", "that") and v.dep_ == "relcl":
                    return [v.head], True
                if subj and v.tag_ == "VBN" and self._bare_count(subj[0]) and not any(
                        c.dep_ in ("aux", "auxpass") for c in v.children):
                    return subj, True  # "more than 120 injured": a reduced passive, the count undergoes it
                if subj and self._reduced_passive(v):
                    # "the two journalists detained last week were released", "the students wrongly imprisoned in
                    # the case are innocent": the parser takes the participle for the main verb and the noun it
                    # describes for its subject, which undergoes it
                    return subj, True
                if subj and _gapped_passive(v):
                    return subj, True  # "six people were killed and two others injured": "were" is shared
                if subj and _with_small_clause(v):
                    # "an attack, with ten people killed", "with men shot and women raped": the small clause is
                    # passive (the tagger often reads its participles as past tenses)
                    return subj, True
                # (not "diplomats it accused of spying": a relative clause's object is the noun it describes)
                if subj and v.tag_ in ("VBN", "VBD") and v.dep_ != "relcl" and accusing_verb(v, self.lex) \
                        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in v.children) and any(
                        c.dep_ == "prep" and c.lower_ in ("of", "for") for c in v.children):
                    return subj, True  # headline "Woman accused of attacking ...": she is the one accused
                heads = subj or passive
                return heads + _headline_partners(heads[0]), bool(passive and not subj)
            hung = _verb_hung_on_as_adjective(v)
            if hung is not None:
                v = hung  # "condemned the move as provocative and summoned X": the first verb's subject
                continue
            if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and not _coordinated(v) \
                    and self._reduced_passive(v.head):
                # "six engineers kidnapped last month have been freed": the noun the participle describes is this
                # verb's subject
                return [c for c in v.head.children if c.dep_ in SUBJ_DEPS], any(
                    c.dep_ == "auxpass" for c in v.children)
            if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and not _coordinated(v):
                # "apologised after shelling of the market killed 12 people": a second verb joined with no "and"
                # and no comma is the parser's slip for a verb whose subject is the phrase before it, not the
                # first verb's subject
                return [], False
            if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
                stranded = self._stranded_subject(v)
                if stranded:  # "police issued warrants but only A and B have been detained" -> A and B
                    return stranded, any(c.dep_ == "auxpass" for c in v.children)
                if v.head.dep_ == "ccomp" and (self._unshared_auxiliary(v, v.head)
                                               or self._speech_act_after_copula(v, v.head)):
                    v = v.head.head  # "the minister said Ankara would not retreat and accused X": the minister
                    continue
                v = v.head
                continue
            if v.dep_ == "ccomp":
                stranded = self._stranded_subject(v)
                return stranded, bool(stranded) and any(c.dep_ == "auxpass" for c in v.children)
            if v.dep_ == "xcomp":
                # object control: "urged X to attend" -> X; subject control: "plans to attack" -> subject
                objs = [c for c in v.head.children if c.dep_ in ("dobj",)]
                if not objs and v.head.lemma_.lower() in self.lex.addressee_control_verbs:
                    # "called on X to resign", "appealed to X to help": the party addressed acts
                    objs = [g for p in v.head.children if p.dep_ == "prep" and p.lower_ in ("on", "upon", "to")
                            for g in p.children if g.dep_ == "pobj"]
                if objs and v.head.lemma_.lower() in self.lex.object_control_verbs:
                    return objs, False
                if _passive_infinitive_of_be(v):
                    # "aid is to be sent by donors": the copula's subject is the passive infinitive's own
                    cop = _copula_of_passive_infinitive(v)
                    return [c for c in cop.children if c.dep_ == "nsubj" and not _across_lines(c, cop)], True
                raised = [c for c in v.head.children if c.dep_ == "nsubjpass" and not _across_lines(c, v.head)]
                if raised and not any(c.dep_ == "auxpass" for c in v.children) and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                    # "planes were said to have bombed", "the minister was asked to resign": the passive subject
                    # of the verb above does what the active infinitive says
                    return raised, False
                v = v.head
                continue
            if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ == "NOUN" and v.head.dep_ == "dobj" \
                    and not self._np_ok(v.head) and v.head.head.pos_ in ("VERB", "AUX"):
                # "issued a statement demanding ...", "sent a letter urging ...": who issued it says it
                v = v.head.head
                continue
            if v.dep_ == "acl" and v.head.dep_ == "dobj" and not self._np_ok(v.head) \
                    and v.head.head.lemma_.lower() in self.lex.undertaking_verbs \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
                    and not any(e.type == "REQUEST" for e in self.lex.noun_entries(v.head.lemma_.lower())):
                # "the army launched a bid to retake the port": who launched it would retake it; not a noun of
                # asking ("launched an appeal to free the hostages": others are asked to free them)
                v = v.head.head
                continue
            if v.dep_ == "acl" and v.head.dep_ == "dobj" and v.head.head.lemma_ == "have" \
                    and v.head.lemma_.lower() in self.lex.plan_nouns | self.lex.mandate_nouns \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                # "Serbia has no plans to deploy troops", "the army has orders to seize the bridge": who holds
                # the plan or the order is who would act on it
                v = v.head.head
                continue
            if self._main_verb_read_as_acl(v):
                return [v.head], False
            if v.dep_ in ("acl", "relcl") and (v.head.pos_ in ("NOUN", "PROPN") or v.head.pos_ == "NUM"
                                               and v.head.like_num or v.head.lower_ == "those"):
                # a reduced relative on a past form is passive ("the six service members killed in the attack"),
                # also when the tagger reads the participle as a past tense; but a past tense with an object on
                # a noun left as the sentence's root is the main verb misread ("The rebels handed over two
                # soldiers to X" parsed as a noun phrase): its noun does it
                misread_main = v.tag_ == "VBD" and v.head.dep_ == "ROOT" and any(c.dep_ == "dobj" for c in v.children)
                # the same misreading with the verb tagged a participle: a phrasal verb with its particle and an
                # object ("Bandits handed over the passengers") is no reduced passive, which has no object left
                misread_main = misread_main or (
                    v.tag_ == "VBN" and v.dep_ == "acl" and v.head.dep_ == "ROOT"
                    and any(c.dep_ == "prt" for c in v.children)
                    and any(c.dep_ == "dobj" and c.i > v.i for c in v.children)
                    and not any(c.dep_ in ("agent", "auxpass") for c in v.children))
                # "Israeli air strikes killed 12 people, the ministry said": the reported clause parsed as a noun
                # with the verb as its participle; with an object of its own the participle is the clause's
                # active verb
                misread_main = misread_main or (
                    v.tag_ in ("VBN", "VBD") and v.dep_ == "acl" and _reported_clause_read_as_noun(v.head)
                    and any(c.dep_ == "dobj" and c.i > v.i for c in v.children)
                    and not any(c.dep_ in ("agent", "auxpass") for c in v.children))
                # "Venezuela's opposition candidate called on Saturday for protests.": a body sentence with no
                # finite verb whose participle takes a preposition its lexicon line is keyed on ("call +for") is
                # the main verb misread too (a reduced passive leaves no such phrase: "called for" is active)
                misread_main = misread_main or self._prepositional_main_verb_read_as_acl(v)
                if misread_main:
                    return [v.head], False
                root = v.sent.root
                if v.dep_ == "acl" and v.tag_ in ("VBD", "VBN") and root.pos_ == "NOUN" and root.i < v.head.i \
                        and v.head.dep_ in ("dobj", "pobj") \
                        and any(c.dep_ == "dobj" and c.i > v.i for c in v.children) \
                        and not any(c.dep_ in ("agent", "auxpass") for c in v.children) \
                        and not any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in v.sent):
                    # "An airstrike on a school sheltering families in Gaza killed 22 people" parsed as a noun phrase
                    # with "families killed ...": a participle with an object after it is active, and the
                    # sentence's head noun, left without a verb, is its subject
                    return [root], False
                return [v.head], v.tag_ == "VBN" or (v.tag_ == "VBD" and v.dep_ == "acl" and not misread_main)
            if v.dep_ == "advcl" and v.tag_ in ("VBG", "VB"):
                alleged = self._alleged_act_before(v)
                if alleged is not None:
                    return self._subject(alleged)[0], False
                crowd = self._dispersed_crowd(v.head) if v.tag_ == "VBG" and \
                    v.lemma_.lower() in self.lex.crowd_demand_verbs else None
                if crowd is not None:
                    # "fired tear gas to disperse workers who blocked a highway, demanding a pay rise": the
                    # crowd demands, not the police dispersing it
                    return [crowd], False
                addressed = self._addressee_of_control(v)
                if addressed:
                    return addressed, False
                v = v.head
                if _small_clause(v) and v.tag_ != "VBG":
                    # "declared two envoys persona non grata, accusing them of spying" read with the object and its
                    # predicate as a clause: the participle's doer is the declaring verb's subject, not the object
                    # (a participle on the object is a verb of its own: "dispersed students marching on parliament
                    # to demand X": the students demand X)
                    v = v.head
                continue
            if _gerund_read_as_modifier(v):
                v = v.head.head  # "denied meeting Malawi" parsed with "meeting" modifying "Malawi"
                continue
            if v.dep_ == "acomp":  # "X is ready to contribute"
                v = v.head
                continue
            if v.dep_ == "pcomp" and v.tag_ == "VBN" and v.head.dep_ == "prep" and any(
                    c.dep_ == "auxpass" and c.lower_ == "being" for c in v.children):
                # "retreated after being shelled by the army": a passive gerund befalls the one who would do its
                # active form (the clause's subject); its "by" phrase names the doer
                return self._gerund_subject(v.head.head, prep=v.head), True
            if v.dep_ == "pobj" and v.tag_ == "VBG" and v.head.lower_ == "of" and v.head.head.ent_type_ == "DATE" \
                    and v.head.head.dep_ == "pobj" and v.head.head.head.lower_ in SUBJECT_CONTROL_PREPS \
                    and v.head.head.head.head.pos_ in ("VERB", "AUX"):
                # "recaptured the bridge after days of fighting with X": a stretch of time made of the gerund's act,
                # in an adverbial of time, is the clause subject's, as "after fighting with X" is
                return self._subject(v.head.head.head.head)[0], False
            if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep":
                if self._occurrence_read_as_object(v):
                    return [], False  # headline "... as fighting flares in X": the fighting is what flares
                if self._gerund_as_act_noun(v):
                    return [], False  # "apologised after shelling of the market": whose shelling is not said
                return self._gerund_subject(v.head.head, prep=v.head), False
            if v.pos_ == "NOUN" and self._gerund_lemma(v) is not None:
                # a gerund read as a noun shares the subject as its verb form would ("denied meeting in Geneva")
                if v.dep_ == "dobj":
                    v = v.head
                    continue
                if v.dep_ == "pobj" and v.head.dep_ == "prep" and not any(
                        c.dep_ == "prep" and c.lower_ in ("of", "by") for c in v.children):
                    # (with an "of" phrase it is an act noun, "riot after killing of teenager", whose doer is not
                    # the clause's subject; nor with a "by" phrase, "fled after bombing by government jets", which
                    # names its doer)
                    return self._gerund_subject(v.head.head, prep=v.head), False
            break
        return [], False

    def _what_something_is_called(self, noun: Token) -> bool:
        """Whether a noun is what a verb says its object is: the "as" phrase of a verb with an object or a passive
        subject ("dismissed the protests as an attempt to ...", "the march was described as a plot to ..."), or
        the second object of a verb of naming ("branded the strike an attempt to ...", "called the rally a bid to
        ..."; cues.yaml `naming_verbs`)."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.dep_ == "prep":
            verb = noun.head.head
            return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
        verb = noun.head
        if noun.dep_ not in ("oprd", "dobj") or verb.lemma_.lower() not in self.lex.naming_verbs:
            return False
        return noun.dep_ == "oprd" or any(c.dep_ == "dobj" and c.i < noun.i for c in verb.children)

    def _gerund_as_act_noun(self, gerund: Token) -> bool:
        """Whether a gerund after a preposition is the act's noun, not a verb the clause's subject does: with no
        object of its own and an "of" phrase right after it ("apologised after shelling of the market"; a verb
        says "after shelling the market"), when the word is an event noun too and its verb takes no "of" ("after
        warning of reprisals" is the subject's warning)."""
        if any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "auxpass") for c in gerund.children):
            return False
        # (or a "by" phrase right after it: "withdrew after shelling by the army" names the shelling's doer, where
        # a verb would say "after being shelled by" or "after shelling the army")
        after = next((c.lower_ for c in gerund.children if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by")
                      and c.i == gerund.i + 1), None)
        if after is None:
            return False
        lemma = gerund.lemma_.lower()
        if not (self.lex.noun_entries(gerund.lower_) or self.lex.noun_entries(lemma)):
            return False
        return not any(e.prep == after for e in self.lex.verb_entries(lemma))

    def _occurrence_read_as_object(self, gerund: Token) -> bool:
        """Whether the parser took the verb a gerund is the subject of for its object ("as fighting flares in X",
        "after violence spreads", parsed with "flares" as a plural noun the gerund acts on): a bare plural noun
        object whose form is the "-s" form of an occurrence verb (cues.yaml `occurrence_verbs`) right after it.
        The gerund is then an event noun that happens, and borrows no doer from the clause it hangs on."""
        objs = [c for c in gerund.children if c.dep_ == "dobj"]
        if len(objs) != 1 or objs[0].i != gerund.i + 1 or objs[0].tag_ not in ("NNS", "VBZ") \
                or any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in objs[0].children):
            return False
        word = objs[0].lower_
        stems = {word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else word[:-1]}
        return bool(stems & self.lex.occurrence_verbs)

    @staticmethod
    def _reduced_passive(v: Token) -> bool:
        """Whether a verb with a subject is a reduced passive relative the parser misread as a clause: a past
        participle (tagged VBN) with no auxiliary (no "has", no "was") and no object, followed by the finite verb
        its noun is really the subject of, left with no subject ("the journalists detained last week | were
        released"). (The tagger also reads plain past tenses as VBN: "Farmers protested against X" stays active,
        and so does "Militants ambushed and then burned X", whose next verb is a conjunct sharing the subject.)"""
        if v.tag_ != "VBN" or v.dep_ not in ("ROOT", "ccomp", "conj") or any(
                c.dep_ in ("aux", "auxpass", "dobj", "dative", "xcomp") for c in v.children):
            return False
        near = list(v.children) + ([] if v.dep_ == "ROOT" else list(v.head.children))
        # (or made its conjunct with no "and" or comma between: "six engineers kidnapped last month | have been freed")
        return any(t.i > v.i and (t.dep_ == "ccomp" or t.dep_ == "conj" and t.head.i == v.i and not _coordinated(t))
                   and t.pos_ in ("VERB", "AUX")
                   and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
                   and (t.tag_ in FINITE_AUX_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_AUX_TAGS
                                                         for c in t.children))
                   for t in near)

    @staticmethod
    def _clause_cut(tok: Token) -> tuple[int, Token] | None:
        """Where a noun coordination really spans two clauses: "issued warrants after the bombing but only A and B
        have been detained" is parsed with A and B as conjuncts of "bombing" and "detained" as a verb with no
        subject (a conjunct, or a clausal complement of the first verb). The cut is (index of the contrasting
        conjunction, the subjectless verb) when the nouns after a contrasting conjunction are followed straight
        away by the finite auxiliary of such a subjectless verb."""
        root = tok
        while root.dep_ == "conj" and root.head.pos_ in NOMINAL_POS:
            root = root.head
        members = [root, *root.conjuncts]
        doc = tok.doc
        for cc in (c for m in members for c in m.children if c.dep_ == "cc" and c.lower_ in CONTRAST_CONJUNCTIONS):
            tail = [m for m in members if m.i > cc.i]
            if not tail:
                continue
            after = max(m.right_edge.i for m in tail) + 1
            if after >= len(doc):
                continue
            aux = doc[after]
            verb = aux.head
            if aux.dep_ in ("aux", "auxpass") and aux.tag_ in FINITE_AUX_TAGS and verb.i > aux.i \
                    and verb.dep_ in ("conj", "ccomp") and verb.pos_ in ("VERB", "AUX") \
                    and not any(c.dep_ in SUBJ_DEPS or c.dep_ == "nsubjpass" for c in verb.children):
                return cc.i, verb
        return None

    def _stranded_subject(self, verb: Token) -> list[Token]:
        """The subject the parser coordinated into the clause before a subjectless conjunct verb (see
        `_clause_cut`): the first noun after the contrasting conjunction (`_expand` adds its conjuncts on the
        same side of the cut)."""
        start = verb.left_edge.i
        if start == 0:
            return []
        prev = verb.doc[start - 1]
        if prev.pos_ not in NOMINAL_POS or prev.dep_ != "conj":
            return []
        cut = self._clause_cut(prev)
        if cut is None or cut[1] != verb:
            return []
        root = prev
        while root.dep_ == "conj" and root.head.pos_ in NOMINAL_POS:
            root = root.head
        return sorted((m for m in [root, *root.conjuncts] if m.i > cut[0]), key=lambda m: m.i)[:1]

    def _alleged_act_before(self, participle: Token) -> Token | None:
        """"accused X of shelling the town, killing two": the gerund of the accusation a trailing participle of
        result continues (the parser hangs the participle on the accusing verb), whose doer does it too."""
        if participle.tag_ != "VBG" or not accusing_verb(participle.head, self.lex) \
                or not self._subject_free(participle):
            return None
        verb = participle.head
        holders = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        gerunds = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                   for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.i < participle.i]
        return gerunds[-1] if gerunds else None

    @staticmethod
    def _subject_free(v: Token) -> bool:
        return not any(c.dep_ in SUBJ_DEPS or c.dep_ == "nsubjpass" for c in v.children)

    def _gerund_subject(self, holder: Token, *, prep: Token | None = None) -> list[Token]:
        """Who does the gerund of "X was found guilty of killing ...", "the man accused of punching ...", "Y accused
        X of violating ...", "X was arrested after attacking ...": the object of the verb the gerund's preposition
        hangs on when it has one (the accused), else that verb's subject, active or passive; an adjective
        ("guilty of", "responsible for") passes to its verb."""
        if holder.pos_ in ("NOUN", "PROPN") and holder.dep_ == "dobj" and self._np_ok(holder):
            # "suspect the Kremlin of funding ...": the parser hangs "of" on the accused; "accused Azerbaijani
            # forces of ..." split into two objects: the nationality before the noun is part of the accused
            split = holder.doc[holder.i - 1] if holder.i > 0 else None
            if split is not None and split.dep_ == "dobj" and split.head == holder.head \
                    and split.ent_type_ in ("NORP", "GPE") and split.pos_ == "PROPN":
                return [split, holder]
            return [holder]
        if holder.pos_ == "ADJ" and holder.dep_ in ("acomp", "oprd", "amod") and holder.head.pos_ in ("VERB", "AUX"):
            holder = holder.head
        if holder.pos_ not in ("VERB", "AUX"):
            return []
        if prep is not None and prep.lower_ in SUBJECT_CONTROL_PREPS:
            # "after attacking X, the rebels freed Y": an adverbial gerund of time or manner is the subject's act
            return self._subject(holder)[0]
        objs = [c for c in holder.children if c.dep_ == "dobj" and self._np_ok(c)]
        if objs:
            return objs
        if holder.dep_ == "relcl" and prep is not None:
            # "the officials it accused of smuggling arms", "the firms they blamed for the leak": a relative clause
            # with a subject of its own leaves its object unsaid -- the noun it describes, which is the accused
            described = self._reported_relative_object(holder)
            if described and self._np_ok(described[0]):
                return described
        return self._subject(holder)[0]

    def _arguments(self, cand: Candidate) -> None:
        self._read_arguments(cand)
        if cand.kind == "verb":
            # "held 12 villagers hostage", "took several soldiers captive": the parser made the people a compound
            # of the predicate noun the trigger takes as its own ("take ~hostage"); they are the party acted on
            cand.recipients = _dedupe([*cand.recipients, *(
                x for r in cand.recipients if r in cand.extra and r.dep_ in ("dobj", "oprd")
                for m in _people_compounded_on_predicate(r) for x in self._expand(m) if x not in cand.actors)])
        if cand.kind == "verb" and _finite_conjunct_read_as_modifier(cand.head) is not None:
            # the noun the parser hung the verb on is its object
            noun = cand.head.head if cand.head.dep_ == "amod" else cand.head.head.head
            cand.recipients = _dedupe(cand.recipients + [x for x in self._expand(noun) if x not in cand.actors])
        elif cand.kind == "verb":
            # ... and no party to the first verb's act ("set cars alight" is not done to the shops looted)
            # (only a past form can be such a second verb: the others need no test)
            second = {t.head.i if t.dep_ == "amod" else t.head.head.i for t in cand.head.sent
                      if t.tag_ in ("VBD", "VBN") and _finite_conjunct_read_as_modifier(t) == cand.head}
            if second:
                cand.recipients = [r for r in cand.recipients if r.i not in second
                                   and not any(r.i in {c.i for c in cand.head.doc[i].conjuncts} for i in second)]
        # a headline the parser ran into the next line ("X slaps sanctions on Malawi / Officials said ..." parsed
        # with "Malawi" as a modifier of "Officials"): a party across the line break is the next line's; the
        # modifier left on the event's line is the party meant
        cand.actors = _dedupe(x for a in cand.actors for x in _on_line_of(a, cand.head))
        cand.recipients = _dedupe(x for r in cand.recipients for x in _on_line_of(r, cand.head)
                                  if x not in cand.actors)
        if not cand.recipients and cand.kind == "verb":
            # "Militia abducts two aid workers / Uruguay said ...": the next line's verb took the object
            cand.recipients = _dedupe(x for t in _orphans_after(cand.head) for x in self._expand(t)
                                      if x not in cand.actors and not _across_lines(x, cand.head))
        # "Hamas released four workers and Israel freed 30 prisoners": the second clause's subject, read as one more
        # object of the first verb, is no party to the first act
        swallowed = {t.i for c in cand.head.children if c.dep_ == "conj"
                     for s in [_subject_read_as_object(c)] if s is not None for t in s.subtree if t.i < c.i}
        if swallowed:
            cand.recipients = [r for r in cand.recipients if r.i not in swallowed]
        own = _subject_read_as_object(cand.head)
        if own is not None:
            # ... nor are the first verb's objects, which the parser made conjuncts of that subject
            cand.actors = [a for a in cand.actors if not (a.i < own.i and a in own.conjuncts)]
        if cand.etype == "REJECT" and cand.kind == "verb":
            # "Hungary blocked sanctions against Belarus": who a blocked or vetoed measure would have hit is no party
            # to the veto (CAMEO 129 is done to the measure's proposer: "EU sanctions", "the EU's ban")
            # (nor is what a vetoed text is about: "blocked a joint statement on X"; lexicon group `voted_texts`)
            aimed = {t.i for m in cand.head.children if m.dep_ == "dobj"
                     and m.lemma_.lower() in self.lex.groups.get("restrictions", ())
                     for p in m.children if p.dep_ == "prep" and p.lower_ in ("against", "on")
                     for t in p.subtree} | {t.i for m in cand.head.children if m.dep_ == "dobj"
                                            and m.lemma_.lower() in self.lex.groups.get("voted_texts", ())
                                            for p in m.children if p.dep_ == "prep" and p.lower_ in ("on", "about")
                                            for t in p.subtree}
            cand.recipients = [r for r in cand.recipients if r.i not in aimed]
        # "attacked the convoy with rockets", "hit them with sticks": what an act is done with is no party to it
        cand.recipients = [r for r in cand.recipients if not self._with_instrument(r)]
        weapon = self._used_weapon(cand)
        if weapon is not None:
            # "accused the army of using drones against villages": the weapon used is what the attack was done
            # with; whom it was used against is the party (also where the parser hung the phrase on a participle
            # on the weapon: "using drones supplied by X against villages")
            cand.recipients = [r for r in cand.recipients if r.i != weapon.i]
            if not cand.recipients:
                cand.recipients = _dedupe(
                    x for h in [cand.head, weapon, *(a for a in weapon.children if a.dep_ == "acl")]
                    for p in h.children if p.dep_ == "prep" and p.lower_ == "against"
                    for g in p.children if g.dep_ == "pobj" for x in self._expand(g, attacked=True)
                    if x not in cand.actors)
        if cand.etype == "AID" and cand.kind == "verb" and cand.head.dep_ == "acl" and cand.head.tag_ == "VBN" \
                and cand.head.head.lemma_.lower() in self.weapon_words:
            # "using drones supplied by X against civilians": whom the weapons are used against is the target of
            # their use, not the one supplied
            aimed = {g.i for p in cand.head.children if p.dep_ == "prep" and p.lower_ in ("against", "at")
                     for g in p.subtree}
            cand.recipients = [r for r in cand.recipients if r.i not in aimed]
        charged = _charged_antecedent(cand.head) if cand.kind == "verb" else None
        if charged is not None:
            # "the militia, which X and Y accuse Tessaly of backing": the relative pronoun is what the charged act is
            # done to; the one accused is the other object
            cand.recipients = [r for r in cand.recipients if r.i != charged.i and r not in charged.conjuncts]
        elif cand.kind == "verb" and not cand.recipients and cand.head.dep_ == "pobj" and cand.head.head.lower_ == "of":
            charged = _charged_antecedent(cand.head.head.head)
            if charged is not None:
                cand.recipients = [x for x in self._expand(charged) if x not in cand.actors]
        # "promised to form a new government", "agreed to set up a joint commission": what is made is no party yet
        cand.recipients = [r for r in cand.recipients if not self._made_thing(r)]
        # "..., the state news agency TASS reported": who reports the event is never a party to it, however the
        # parser hangs the closing reporting clause on the event's verb
        cand.actors = [a for a in cand.actors if not self._closing_reporter(a, cand)]
        cand.recipients = [r for r in cand.recipients if not self._closing_reporter(r, cand)]
        # "three soldiers were among those killed": the ones counted among "those" are the party
        cand.recipients = _dedupe(x for r in cand.recipients for x in (_counted_among(r) or [r])
                                  if x not in cand.actors)
        if cand.etype == "ASSAULT" and cand.kind == "verb":
            # "ambushed a patrol near X, killing two soldiers": the people the attack killed or wounded were hit
            # by it as much as what it was aimed at
            cand.recipients = _dedupe(cand.recipients + [x for x in self._harmed_by_clause(cand.clause or cand.head)
                                                         if x not in cand.actors])
        if cand.etype == "PROTEST" and cand.kind == "verb" and cand.recipients \
                and all(self._protest_ground(r, cand) for r in cand.recipients):
            # "marched through X to protest against Y", "took to the streets of X to denounce Y": the purpose clause
            # names whom the protest is aimed at; the streets or the town are only where it was held
            aimed = self._protest_aim(cand)
            # with no aim, a town it went through or was held in is no party ("protests were also held in X"); a
            # state still stands in for the polity protested in
            cand.recipients = aimed or [r for r in cand.recipients if not self._town(r)]
        if cand.etype == "PROTEST" and not cand.recipients:
            # "Palestinian prisoners in Israeli jails began a hunger strike": prisoners protest against their jailer
            cand.recipients = [x for a in cand.actors for x in self._jailer(a) if x not in cand.actors]

    def _protest_ground(self, party: Token, cand: Candidate) -> bool:
        """Whether a protest's party is named only in a phrase saying where it went or was held ("marched through
        X", "took to the streets of X", "rallied in X"): a place phrase on the verb, or on the cue's own noun. Not
        a party named on a building ("outside the Chinese embassy" is aimed at China)."""
        t = party
        while t.dep_ in ("conj", "appos") and t.head.i < t.i:
            t = t.head  # "held in X and Y", "in the capital X"
        while t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in PROTEST_GROUND_PREPS:
            if t.head.head == cand.head or t.head.head in cand.extra:
                return True
            t = t.head.head
        return False

    def _protest_aim(self, cand: Candidate) -> list[Token]:
        """The parties of a protest's purpose clause ("... to protest against X", "... to denounce X"): an
        infinitive with no subject of its own whose verb the lexicon codes as a protest or an accusation, read
        as an event of its own."""
        for c in _bare_infinitives(cand.head, ("advcl", "xcomp")):
            types = [e.type for e in self.lex.verb_entries(c.lemma_.lower()) if e.type in ("PROTEST", "ACCUSE")]
            if not types:
                continue
            # (not those an act it names was done to: "to protest against the arrest of two students" is aimed at
            # the arresters, not the arrested)
            return [r for r in self._infinitive_parties(cand, c, types[0]) if not (
                r.head.lower_ == "of" and self.lex.noun_entries(r.head.head.lemma_.lower()))]
        return []

    def _infinitive_parties(self, cand: Candidate, infinitive: Token, etype: str) -> list[Token]:
        """The recipients an infinitive that goes with an event's cue has when read as a verb event of `etype`,
        less the event's own actors."""
        act = replace(cand, etype=etype, mode=None, kind="verb", head=infinitive, trigger=[infinitive], extra=[],
                      clause=infinitive, actors=[], recipients=[], frames=frozenset())
        self._read_arguments(act)
        return [r for r in act.recipients if r not in cand.actors and self._np_ok(r)]

    def _jailer(self, person: Token) -> list[Token]:
        """The holder named on the jail a person is held in ("prisoners in Israeli jails", "inmates in Turkish
        prisons", "detainees in the custody of the army"; cues.yaml `prison_nouns`, `custody_nouns`)."""
        places = self.lex.prison_nouns | self.lex.custody_nouns
        jails = [g for p in person.children if p.dep_ == "prep" and p.lower_ in ("in", "inside")
                 for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in places]
        holders = [m for g in jails for m in g.children if m.dep_ in ("amod", "compound", "nmod", "poss")
                   and m.lower_ not in PRONOUNS and (self._np_ok(m) or m.ent_type_ in ("NORP", "GPE", "ORG"))]
        holders += [x for g in jails for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                    for x in p.children if x.dep_ == "pobj" and self._np_ok(x)]
        return holders

    def _harmed_by_clause(self, verb: Token) -> list[Token]:
        """The people harmed by an attack in the participle clause that tells its outcome ("..., killing 15 people",
        "..., wounding three soldiers"): the objects of a subjectless -ing clause of a consequence verb (cues.yaml
        `consequence_verbs`) on the attack's verb."""
        clauses = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                   and not any(s.dep_ in SUBJ_DEPS for s in c.children)]
        # "..., killing two drivers and wounding five soldiers": a second participle joined to the first
        clauses += [j for c in clauses for j in c.children if j.dep_ == "conj" and j.tag_ == "VBG"
                    and not any(s.dep_ in SUBJ_DEPS for s in j.children)]
        return [x for c in clauses if c.lemma_.lower() in self.lex.consequence_verbs
                for o in c.children if o.dep_ == "dobj" for x in self._expand(o)]

    def _closing_reporter(self, tok: Token, cand: Candidate) -> bool:
        """Whether `tok` names the source of a reporting clause that closes the sentence after a comma ("...,
        the agency reported", "..., the agency TASS reported"): it, or the noun it is a name in, is the subject
        of a reporting verb other than the event's own, or carries that verb as a relative clause, and the
        reporting verb reports nothing of its own after it (no object or clause)."""
        own = {t.i for t in cand.trigger + cand.extra} | {cand.head.i}
        noun = tok.head if tok.dep_ in ("compound", "appos") else tok
        # the comma opens the source's noun phrase, which the parser may split ("the state news agency" as the
        # verb's object, the agency's name as its subject)
        start = noun.left_edge.i - 1
        while start >= 0 and noun.doc[start].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PART"):
            start -= 1
        if start < 0 or noun.doc[start].text != ",":
            return False
        for say in [noun.head] + [c for c in noun.children if c.dep_ in ("relcl", "acl")]:
            if say.i in own or say.i < noun.i or say.lemma_.lower() not in self.lex.speech_verbs:
                continue
            if any(c.dep_ == "advcl" and c.i in own for c in say.children):
                # "..., the ministry said, accusing them of X": the participle on the reporting verb is the
                # reporter's own act, which it does
                continue
            if say is noun.head and noun.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in say.children if c.i > say.i):
                return True
        return False

    def _mode_cue_modifier(self, mod: Token, noun: Token) -> bool:
        """Whether a modifier of an event noun names the means of its act ("drone" in "drone strikes", "missile" in
        "a missile attack"): one of the mode cues of a type the noun can have, not a name ("Russian strikes")."""
        if mod.ent_type_ in ENT_KINDS:
            return False
        forms = {mod.lemma_.lower(), mod.lower_}
        types = {e.type for e in self.lex.noun_entries(noun.lemma_.lower()) if e.type}
        return any(forms & words for t in types for _, words in self.lex.mode_cues.get(t, []))

    def _used_weapon(self, cand: Candidate) -> Token | None:
        """The weapon an attack told by a verb of use takes as its object, the cue's own word ("using drones",
        "used rockets"), or None."""
        if cand.etype != "ASSAULT" or cand.kind != "verb":
            return None
        return next((t for t in [*cand.trigger, *cand.extra] if t.dep_ == "dobj" and t.head.i == cand.head.i
                     and {t.lemma_.lower(), t.lower_, _plural_stem(t)} & self.weapon_words), None)

    def _with_instrument(self, tok: Token) -> bool:
        """Whether a noun heads (or is a conjunct of) the object of a "with" phrase naming a weapon or tool
        (cues.yaml `instrument_nouns`)."""
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ != "pobj" or tok.head.lower_ != "with" or tok.pos_ == "PROPN" or tok.ent_type_:
            return False  # a name is a party ("held talks with Shell")
        forms = {tok.lemma_.lower(), tok.lower_, _plural_stem(tok)}
        if forms & self.lex.instrument_nouns:
            return True
        # once the act has its party as the object, a means of attack in the "with" phrase is what it was done
        # with ("attacked the town with tanks and helicopters"), where without one it may be the other side
        # ("clashed with gunmen")
        act = tok.head.head
        if not any(c.dep_ in ("dobj", "nsubjpass") for c in act.children):
            return False
        return any(forms & words for mode, words in self.lex.mode_cues.get("ASSAULT", []) if mode in _MEANS_MODES)

    def _read_arguments(self, cand: Candidate) -> None:
        if cand.kind == "noun" or cand.kind == "light":
            self._noun_arguments(cand)
            return
        verb = cand.head
        subj, passive = self._subject(verb)
        if subj and (verb.tag_ == "VBG" or self._gerund_lemma(verb) is not None) \
                and not any(c.dep_ in SUBJ_DEPS for c in verb.children) \
                and any(c.dep_ == "prep" and c.lower_ == "between" for c in verb.children):
            # "families fled as fighting between the army and a militia spread", "villagers fled after fighting
            # between rival clans": the gerund's two sides are named by its own "between" phrase, not borrowed from
            # the clause it hangs on
            subj = []
        actors: list[Token] = []
        recipients: list[Token] = []
        described = _relative_read_as_participle(verb)
        if described is not None:
            subj, passive = [verb.head], False  # "the convoy that insurgents ambushed": the insurgents ambushed it
            recipients.append(described)
        # "X is not going to be intimidated", "X refused to be questioned": a passive infinitive inherits its
        # subject from the verb above, and that subject undergoes the action
        # "X fled but was captured": a passive verb that borrows its subject from a coordinated verb is passive
        # all the same, and the subject undergoes it
        own_passive = any(c.dep_ == "nsubjpass" for c in verb.children) or (
            passive and (verb.tag_ == "VBN" or verb.dep_ == "acl" or accusing_verb(verb, self.lex)
                         or _with_small_clause(verb))) or (
            verb.tag_ == "VBN" and verb.dep_ in ("xcomp", "conj") and any(c.dep_ == "auxpass" for c in verb.children)
            and not any(c.dep_ in SUBJ_DEPS for c in verb.children))
        if own_passive and verb.lemma_.lower() in self.lex.stative_participles and not any(
                c.dep_ == "agent" for c in verb.children):
            own_passive = False  # "X is opposed to Y": X takes the position
        if not own_passive and (cand.etype or "").lower() in self.lex.incident_types and _headline_passive(
                verb, subj, role_nouns=self.lex.actor_kinds):
            # headline "Pastor detained after sermon": the bare subject undergoes the attack or arrest (an
            # intransitive "Army withdrew from the town" keeps its doer)
            own_passive = True
        if not own_passive and getattr(self, "_in_headline", False) and (
                (cand.etype or "").lower() in self.lex.incident_types
                or verb.lemma_.lower() in self.lex.obstruction_words) and _headline_passive(
                verb, subj, role_nouns=self.lex.actor_kinds, named_modifiers=True):
            # headline "UN aid convoy blocked as ...", "Hamas commander killed in strike": a headline tells its own
            # acts in the present, so a bare singular (with a name or a nationality on it) before a past form with
            # no auxiliary and no object is the one blocked or attacked, not the doer
            own_passive = True
        if not own_passive and getattr(self, "_in_headline", False) and (
                (cand.etype or "").lower() in self.lex.incident_types or cand.mode == "release") \
                and _counted_headline_subject(verb, subj):
            # headline "Five sailors kidnapped off the coast", "Three journalists detained in Minsk": a counted
            # plural opening the headline before a bare past form with no object is the one the act is done to
            own_passive = True
        if not own_passive and getattr(self, "_in_headline", False) and cand.mode == "release" \
                and verb.tag_ in ("VBN", "VBD") and len(subj) == 1 \
                and subj[0].lemma_.lower() in self.lex.groups.get("captives", frozenset()) \
                and not any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp") for c in verb.children):
            # headline "... as hostages freed", "Prisoners released after deal": captives with no object after a past
            # form of release are the ones set free, not those who free anyone
            own_passive = True
        if not own_passive and getattr(self, "_in_headline", False) and cand.etype == "COERCE" \
                and _headline_passive(verb, subj, role_nouns=self.lex.actor_kinds, plural=True) \
                and not any(self.lex.actor_kinds.get(w) in COERCER_KINDS for w in (subj[0].lemma_.lower(),
                                                                                    subj[0].lower_)):
            # headline "Journalists detained while covering protest": an arrest told with no object and no
            # auxiliary of a bare plural who are no force that arrests is done to them ("Police arrest 12" has its
            # object; "Rebels attacked at dawn" is no arrest and keeps its doer)
            own_passive = True
        if not own_passive and getattr(self, "_in_headline", False) and cand.etype == "ASSAULT" \
                and verb.lemma_.lower() in self.lex.headline_harm_verbs \
                and _headline_passive(verb, subj, role_nouns=self.lex.actor_kinds, plural=True):
            # headline "Soldiers killed in ambush", "Pilgrims hurt in stampede": a harm verb that needs an object
            # when active, told of a bare plural with neither object nor auxiliary, is done to that plural
            own_passive = True
        if not own_passive and self._place_undergoes(verb, subj):
            own_passive = True  # "the village burned", "Darfur is burning": the place is what burns, not who burns
        if not own_passive and cand.etype == "ASSAULT" and self._dies(verb):
            # "three civilians died at the hands of government forces", "a prisoner died in custody": who dies
            # undergoes the violence; "at the hands of X" names who dealt it
            own_passive = True
            actors += [x for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"
                       for g in c.children if g.dep_ == "pobj" and g.lower_ == "hands"
                       for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                       for x in p.children if x.dep_ == "pobj"]
            # "died in police custody", "died in the custody of the army": the holder (cues.yaml `custody_nouns`)
            held = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "while")
                    for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in self.lex.custody_nouns]
            held += [g for c in verb.children if c.dep_ == "advcl" and c.lower_ == "in" for g in c.children
                     if g.dep_ == "pobj" and g.lemma_.lower() in self.lex.custody_nouns]
            actors += [x for g in held for x in [m for m in g.children if m.dep_ in ("compound", "amod", "nmod", "poss")
                       and (self._np_ok(m) or m.ent_type_ in ("NORP", "GPE")) and m.lower_ not in PRONOUNS][-1:]]
            actors += [x for g in held for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                       for x in p.children if x.dep_ == "pobj" and self._np_ok(x)]
        if own_passive:
            recipients += subj
            for c in verb.children:
                if c.dep_ == "agent":
                    actors += [g for g in c.children if g.dep_ == "pobj"]
            if not actors:
                # "was given food aid by X", "was asked for help by X": the parser hangs the "by" agent on the
                # retained object or on the object of one of the verb's phrases
                # ("was declared persona non grata by X": on the predicate)
                held = [c for c in verb.children if c.dep_ in ("dobj", "oprd")] + [
                    g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
                actors += self._stray_by_agents(held)
            if not actors and cand.etype == "ASSAULT":
                # "were killed in Israeli shelling" parsed with "shelling" as a verb after "in Israeli": the people
                # or party the split-off phrase names dealt the blow
                actors += [t for c in verb.children if c.dep_ == "advcl" and self._is_attack_verb(c)
                           and (t := _act_noun_split_off(c)) is not None]
            if not actors and cand.etype == "ASSAULT":
                actors += self._launch_ground(verb)
        else:
            actors += subj
            if not subj and verb.tag_ == "VBG":
                # "shelling by government troops killed ...": a gerund used as a noun names its doer with "by"
                # (parsed as a passive's agent, or as a plain preposition when the gerund opens the sentence)
                actors += [g for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
                           for g in c.children if g.dep_ == "pobj"]
            elif not subj and verb.pos_ == "NOUN" and verb.dep_ == "pobj" and self._gerund_lemma(verb) is not None:
                # "fled after bombing by government jets", tagged a noun: likewise, its "by" phrase
                actors += [g for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                           for g in c.children if g.dep_ == "pobj" and self._np_ok(g)]
            if not subj and verb.dep_ == "pcomp" and self._gerund_as_act_noun(verb):
                # "withdrew after shelling of their positions by the army": the act noun's "of" phrase names what it
                # was done to, and a "by" phrase on the noun or hung on that phrase its doer
                done_to = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                           if g.dep_ == "pobj"]
                actors += self._stray_by_agents(done_to + [verb])
                recipients += done_to
            for c in verb.children:
                if c.dep_ in OBJ_DEPS and (c.pos_ in ("NOUN", "PROPN", "PRON") or self._bare_count(c)):
                    # "the village, which troops raided": the relative pronoun stands for the noun it follows
                    recipients.append(verb.head if verb.dep_ == "relcl" and c.lower_ in ("which", "that", "whom")
                                      and verb.head.pos_ in ("NOUN", "PROPN") else c)
            # "condemned what it called X's aggression", "... what it described as an attack on X": the parser makes
            # the free relative a clause of the naming verb; what it is called is the verb's object
            recipients += [g for c in verb.children if c.dep_ == "ccomp"
                           and c.lemma_.lower() in self.lex.naming_verbs
                           and any(w.dep_ == "dobj" and w.lower_ == "what" for w in c.children)
                           for g in [*(x for x in c.children if x.dep_ == "oprd"),
                                     *(x for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                                       for x in p.children if x.dep_ == "pobj")]]
            if _gerund_read_as_modifier(verb):
                recipients.append(verb.head)
            if verb.dep_ == "amod" and _acronym_subject_of_swallowed_verb(verb):
                recipients.append(verb.head)  # "ECOWAS imposed sanctions on X": the noun it modifies is its object
            if not any(c.dep_ in OBJ_DEPS for c in verb.children):
                # "declared two envoys persona non grata" read as a clause: the cue's predicate is in the small
                # clause, and its subject is the verb's object
                recipients += [g for c in cand.trigger + cand.extra if c.head.i == verb.i and _small_clause(c)
                               for g in c.children if g.dep_ == "nsubj"]
            if not any(c.dep_ in OBJ_DEPS for c in verb.children):
                recipients += self._reported_relative_object(verb)
                # ("forced X to capitulate and set up a government": no party is given in to by what the next verb
                # does; "called on X to show restraint and urged Y to ...": a verb whose own party or complement
                # comes before the "and" is complete, the next verb's object is that verb's alone)
                if cand.etype not in YIELD_TYPES and not self._complete_before_conjunct(verb):
                    recipients += self._shared_object(verb)
        out_of = _particle_phrases(verb)
        # "arrested the activist at a school", "charged him with abuse of office", "tried the suspects at a
        # military court": once an object or passive subject names the party acted on, "at" gives the setting
        # and "with" a charge or instrument, not a second party ("detained with his wife" still adds one)
        party_done_to = any(r.dep_ in ("dobj", "dative", "nsubjpass") and (r.pos_ == "PRON" or self._np_ok(r))
                            for r in recipients)
        # headline "police fire tear gas at miners" read as one noun phrase: what is fired carries the "at" phrase
        aimed = [c for c in verb.head.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS] \
            if self._verb_compounded_with_object(verb) else []
        for c in list(verb.children) + out_of + aimed:
            if c.dep_ in ("prep", "dative") and (c.lower_ in RECIPIENT_PREPS or c in out_of):
                if _dates_only(c):
                    continue  # "summoned on Monday", "expelled on March 3": a date is no party
                if cand.etype == "AGREE" and c.lower_ in VENUE_PREPS:
                    continue  # "signed the pact at the palace in Juba": where the accord was made binds no party
                if cand.etype == "REQUEST" and cand.mode == "meet" and c.lower_ == "to" and party_done_to and all(
                        g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.children
                        if g.dep_ == "pobj"):
                    continue  # "invited the two leaders to Ostrava": where they are asked to come, not a party
                if self._seat_phrase(verb, c, doer_named=bool(actors)):
                    # "was expelled from Moscow", "was summoned to the foreign ministry": the remover's or
                    # summoner's own ground or body, which acts when no "by" agent names who did
                    if not actors:
                        actors += [g for g in c.children if g.dep_ == "pobj" and (
                            self._np_ok(g) or g.ent_type_ in ("GPE", "ORG"))]
                    continue
                for g in c.children:
                    if g.dep_ != "pobj":
                        continue
                    if c.lower_ == "at" and self._object_names_its_target(verb):
                        continue  # "filed a complaint against X at the WTO": the body it is filed at is the forum
                    if party_done_to and (c.lower_ == "at" or (c.lower_ == "with" and not self._np_ok(g)
                                                               and g.lemma_.lower() not in SUPPORT_NOUNS)):
                        continue
                    if c.lower_ == "from" and ("from_actor" in cand.frames):
                        actors.append(g)
                    elif c.lower_ == "with" and g.lemma_.lower() in SUPPORT_NOUNS:
                        actors += [x for p in g.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                                   for x in p.children if x.dep_ == "pobj"]
                    elif c.lower_ == "to" and cand.etype in ("ASSAULT", "COERCE") and "swap" not in cand.frames:
                        continue  # "killed to death", "sentenced to prison" ("fell to the rebels": the seizer)
                    elif c.lower_ == "to" and party_done_to and (cand.etype, cand.mode) == ("RETREAT", "release"):
                        # "handed the hostages over to tribal elders": the ones freed are the party released; who
                        # takes them in is a go-between
                        continue
                    elif c.lower_ == "from" and (cand.etype, cand.mode) == ("RETREAT", "release") and party_done_to \
                            and not self._np_ok(g):
                        continue  # "freed 30 prisoners from its jails": where the freed were held, no party
                    elif c.lower_ == "from" and cand.etype == "AID":
                        continue  # "released $2 million from its relief fund": where aid comes from, no recipient
                    elif self._destination(cand, c):
                        continue  # "withdrew towards the capital": where the withdrawing side goes, no party
                    elif (c.lower_ == "from" or c in out_of) and cand.etype == "ASSAULT" and "swap" not in cand.frames:
                        # "launched mortars from X into Y", "lobbed grenades out of a van": where it came from (in
                        # a swapped frame, "came under fire from X", the attacker, who the swap makes the actor)
                        continue
                    elif c.lower_ == "at" and not self._np_ok(g) and any(a.dep_ == "acl" for a in g.children):
                        continue  # "met X at a lunch hosted by Y": a described setting, not a party
                    elif c.lower_ in ("on", "upon") and party_done_to and self._surface_place(g):
                        continue  # "arrested two men on the island of Crete", "on the outskirts of X": the setting
                    else:
                        recipients.append(g)
        if "from_actor" in cand.frames and not any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
            # "received a shipment of vaccines from Japan": the parser hangs the giver's "from" phrase on the gift
            actors += [g for o in verb.children if o.dep_ == "dobj" for p in o.subtree
                       if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
                       if g.dep_ == "pobj" and self._np_ok(g)][:1]
        if any(self._np_ok(r) and not self._reason_phrase(r) for r in recipients):
            # "clashed with police over a foreign agents bill": once a party is named, the thing a reason phrase
            # names says why, and the words in its name are no parties
            recipients = [r for r in recipients if not (self._reason_phrase(r) and not self._np_ok(r))]
        if cand.etype == "ACCUSE":
            # "filed a case at the court accusing X of ...": the accused of the filed case, not the court it is filed at
            filed = [o for o in [*(c for c in verb.children if c.dep_ == "dobj"), *cand.extra]
                     if o.pos_ == "NOUN" and not self._np_ok(o)]
            # (the parser may hang the participle on the verb: "filed a case at X, accusing Y")
            accusing = [a for o in filed for a in o.children if a.dep_ == "acl"] + (
                [a for a in verb.children if a.dep_ == "advcl" and a.tag_ == "VBG"] if filed and cand.mode == "allege"
                else [])
            accused = [g for a in accusing if accusing_verb(a, self.lex)
                       for g in a.children if g.dep_ == "dobj" and self._np_ok(g)]
            if accused:
                recipients = accused
        hosts: list[Token] = []
        if cand.etype == "CONSULT" and cand.mode == "visit":
            # "arrived in Tel Aviv for talks", "landed in Istanbul": the place a visit is paid in is its host (a
            # meeting held in a city is not a visit to it, so only the visit mode takes the place); it stays on
            # the host's side when a swapped frame ("hosted X in Beijing") turns the subject into the recipient
            hosts = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                     for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")]
        if "swap" not in cand.frames:
            recipients += hosts
        # "in defiance of X", "in protest against X", "in retaliation for X's raid": the party the action answers
        recipients += [x for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                       for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in self.lex.stance_nouns
                       for x in self._stance_targets(g)]
        launchers = self._weapon_owners(cand, recipients)
        if launchers:
            # "shot down 42 drones launched by X": the attack is on the launcher, the weapons are no party
            recipients = launchers
        elif cand.etype == "ASSAULT" and any(self._instrument(r) for r in recipients):
            # "fired artillery shells near a vessel", "dropped bombs on rebel-held towns": the weapon is no party,
            # nor is the word for its kind or maker ("artillery", "Iranian-made"); the party hit is the one its own
            # phrase aims it at (an "at/on/into" phrase on the verb is among the recipients already), else the one
            # the verb's "near/across" phrase names
            aimed = [g for r in recipients if self._instrument(r) for p in r.children
                     if p.dep_ == "prep" and p.lower_ in AIM_PREPS for g in p.children if g.dep_ == "pobj"]
            # "fired missiles targeting a ship", "drones aimed at army posts": the participle on the weapon names
            # the party it was sent at (cues.yaml `aiming_participles`)
            aimed += [x for r in recipients if self._instrument(r) for a in r.children
                      if a.dep_ == "acl" and a.lemma_.lower() in self.lex.aiming_participles
                      for x in [*(g for g in a.children if g.dep_ == "dobj"),
                                *(g for p in a.children if p.dep_ == "prep" and p.lower_ in AIM_PREPS
                                  for g in p.children if g.dep_ == "pobj")]]
            recipients = [r for r in recipients if not self._instrument(r)] + aimed
            if not any(self._expand(r) for r in recipients):
                recipients = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in AIM_PREPS
                              for g in p.children if g.dep_ == "pobj"]
        if cand.etype in ("ACCUSE", "REJECT"):
            # "condemned the detention of three journalists by the authorities": a condemned act's doer is the one
            # accused, also when the parser hangs its "by" phrase on the act's "of" object
            recipients = [x for r in recipients for x in (self._doers_of_act(r) or [r])]
        repelled_by = self._repelled_attackers(cand, recipients)
        if repelled_by:
            # "repelled a rebel attack on the town": the defender fights the attackers, not the town they aimed at
            recipients = repelled_by
        # dobj that is not an actor but whose "from X" names one: "confiscated weapons from armed groups"
        for r in ([] if repelled_by else list(recipients)):
            for p in r.children:
                if p.dep_ == "prep" and p.lower_ in ("from", "against", "to", "on") and r.dep_ == "dobj" \
                        and not self._seat_phrase(verb, p):
                    # (not where aid comes from: "released $2 million from its relief fund" gives to no fund, and
                    # "flew tents from Spain" to no Spain)
                    recipients += [g for g in p.children if g.dep_ == "pobj" and not (
                        p.lower_ == "from" and cand.etype == "AID")]
        if "swap" in cand.frames:
            actors, recipients = recipients, actors + hosts
            if not actors:
                # "came under attack from X": the attacker hangs on the event noun
                actors = [g for t in cand.extra if t.pos_ == "NOUN" for p in t.children
                          if p.dep_ == "prep" and p.lower_ in ("from", "by") for g in p.children if g.dep_ == "pobj"]
            if not actors:
                # "came under heavy shelling by X": the parser hangs the "by" phrase on "came"
                actors = [g for p in verb.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                          for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
            if not actors:
                # "came under Laotian bombardment", "came under Israeli fire": the people or state named on the noun
                actors = [m for t in cand.extra if t.pos_ == "NOUN" for m in t.children
                          if m.dep_ in ("amod", "compound", "nmod") and m.ent_type_ in ("NORP", "GPE", "ORG")
                          and not self._means_modifier(m) and not self._mode_cue_modifier(m, t)]
        if "from_actor" in cand.frames and any(a for a in actors if a.head.lower_ == "from"):
            # "X received weapons from Y": Y gives, X (the subject, until now on the actor side) receives
            actors = [a for a in actors if a.head.lower_ == "from"]
            recipients = [r for r in recipients if r.dep_ != "dobj"] + [s for s in subj if s not in actors]
        elif "from_actor" in cand.frames and subj and cand.kind == "verb":
            # "the refugees received food" with no giver named: the subject is who is given to; the giver is unknown
            actors = [a for a in actors if a not in subj]
            recipients = [s for s in subj if s not in recipients] + [r for r in recipients if r.dep_ != "dobj"]
        # "X, supported by Y," / "X, backed by Y" adds Y to the actors; so do "X, along with Y," / "together with Y"
        for a in list(actors):
            actors += self._companions(a)
            for c in a.children:
                if c.dep_ == "acl" and c.lemma_.lower() in SUPPORT_LEMMAS:
                    for ag in c.children:
                        if ag.dep_ == "agent" or (ag.dep_ == "prep" and ag.lower_ == "by"):
                            actors += [g for g in ag.children if g.dep_ == "pobj"]
        # "X, along with Y, attacked ...", "X was detained along with Y" (the parser hangs the phrase on the verb):
        # Y is on the subject's side
        along = self._companions(verb)
        if own_passive:
            recipients += along
        elif subj:
            actors += along
        # "... with the support of Y" on the verb, "supported by Y" as a participle on the verb
        for c in verb.children:
            if c.dep_ == "advcl" and c.lemma_.lower() in SUPPORT_LEMMAS and c.tag_ == "VBN":
                for ag in c.children:
                    if ag.dep_ == "agent":
                        actors += [g for g in ag.children if g.dep_ == "pobj"]
        if not actors and not subj:
            # "Fighting between government troops and militants killed ...": a gerund with no subject of its own
            # has the two sides of its "between" phrase as its parties
            actors += [x for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"
                       for g in c.children if g.dep_ == "pobj" for x in [g, *g.conjuncts]]
            recipients = [r for r in recipients if r not in actors]
        accusation = self._alleged(cand)
        if accusation is not None and not actors and not subj:
            # "the rebels were accused of looting shops": the accused is who is said to have done it
            actors += accusation.accused
            if verb.dep_ in ("amod", "compound"):
                recipients.append(verb.head)  # "looting shops" read as an adjective: the noun is its object
        # "A and B traded accusations", "exchanged fire": each side is done to by the other (cues
        # reciprocal_light_verbs)
        cand.reciprocal = self._reciprocal(verb) or self._traded_between(verb, subj)
        cand.actors = _dedupe(x for a in actors for x in self._expand(a))
        # "a bomb blast in Quetta killed 15 people", "fighting in Mogadishu has killed ...": a place named as the
        # scene of an event-noun subject did not act; an attack's scene is what it hit
        scenes = [x for x in cand.actors if self._scene_of(x, subj)]
        if scenes:
            cand.actors = [x for x in cand.actors if x not in scenes]
            if cand.etype == "ASSAULT":
                recipients += scenes
        cand.actors += [x for x in self._owner_speaker(cand) if x not in cand.actors]
        if cand.etype == "ASSAULT":
            cand.actors = [x for x in cand.actors if not self._unowned_craft(x)]
        moved_forces: list[Token] = []
        if cand.etype in THEME_TYPES:
            # "sent troops to Liberia", "withdrew its forces from Panama", "granted asylum to X": what is moved
            # or given is not the recipient; the party it goes to (or comes from) is.
            # The theme stays the recipient when no other party is named ("the ambassador was expelled").
            themes = [r for r in recipients if r.dep_ in ("dobj", "nsubjpass") and self._is_theme(r)]
            if themes:
                # ("summoned the envoy over the remarks": a reason phrase that names no party leaves the theme)
                # (nor does a time given, "gave the ambassador 72 hours to leave": a duration is no party)
                others = [r for r in recipients if r not in themes
                          and not (r.dep_ == "pobj" and r.head.lower_ == "over" and not self._expand(r))
                          and not (r.ent_type_ in TIME_ENTS and not self._expand(r))
                          # ("put its army on alert": the cue's own word is the state the forces are put in)
                          and not (r in cand.trigger + cand.extra and not self._expand(r))]
                for th in themes:
                    # "summoned the Dutch ambassador in X": a theme naming its own polity is posted in the town
                    others += [x for x in self._pp_targets(th)
                               if not any(self._seat_phrase(verb, a) for a in x.ancestors if a.i > th.i)
                               and not (x.head.head == th and self._own_polity(th) and self._posted_in(x))]
                others += [x for c in verb.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                           and not self._seat_phrase(verb, c)
                           # "agreed a ceasefire in Doha": the venue of an accord is no party to it
                           and not (cand.etype == "AGREE" and c.lower_ in VENUE_PREPS)
                           for x in c.children if x.dep_ == "pobj" and x.ent_type_ in ("GPE", "LOC")]
                if not others and cand.etype == "MOBILIZE":
                    # "deployed troops along the Ukrainian border", "massed tanks near Syrian territory": the
                    # party named in the place the forces go to
                    # ("sent ships carrying supplies to the port of X": the place the participle of the forces
                    # moved says they go to)
                    carried = [c for th in themes for a in th.children if a.dep_ == "acl" and a.tag_ == "VBG"
                               for c in a.children]
                    others += [x for c in [*verb.children, *(c for th in themes for c in th.children), *carried]
                               if c.dep_ == "prep" and c.lower_ in PLACE_PREPS | LOCATIVE_PREPS | {"on"}
                               for g in c.children if g.dep_ == "pobj" and not self._is_theme(g)
                               for x in ([g] if self._np_ok(g) else self._inner_actor(g, 1) or self._pp_targets(g, 1)
                                         or self._placed_along(g))]
                if not others:
                    # "mobilized reservists for a possible war against Iraq": the purpose phrase names the party
                    others += [x for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                               for g in c.children if g.dep_ == "pobj" and not self._np_ok(g)
                               for x in self._pp_targets(g)]
                if not others and cand.etype == "MOBILIZE":
                    # "sent troops to help Laos", "deployed police to guard the embassy of X": the party the purpose
                    # infinitive acts on
                    others += [g for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
                               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                               for g in c.children if g.dep_ == "dobj" and self._expand(g)]
                if others:
                    recipients = others
                if cand.etype == "MOBILIZE":
                    # "deployed two frigates", "mobilised 10,000 reservists": the forces moved are the doer's own,
                    # never the party the deployment is aimed at, even when no such party is named; nor is a word
                    # before them that says whose forces they are ("its army reservists")
                    moved_forces = [x for th in themes for x in [th, *th.conjuncts]]
                    moved_forces += [m for th in moved_forces for m in th.subtree
                                     if m.i < th.i and m.dep_ in ("compound", "amod", "poss", "nmod")
                                     # (a system's name the tagger took for a person, "Patriot batteries", is one)
                                     and (m.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON")
                                          or m.ent_type_ == "PERSON" and m.dep_ == "compound"
                                          and th.lemma_.lower() not in self.lex.actor_kinds
                                          # ("sent two navy ships": a force's common noun the tagger took for a
                                          # body's name is the doer's own service, no party)
                                          or m.pos_ == "NOUN" and m.is_lower and self._is_theme(m))]
                    # "sent a survey ship escorted by warships": the escort moved with it is the doer's own too
                    moved_forces += [g for th in themes for a in th.children if a.dep_ == "acl" and a.tag_ == "VBN"
                                     for ag in a.children if ag.dep_ == "agent"
                                     for g in ag.children if g.dep_ == "pobj" and self._is_theme(g)]
                    recipients = [r for r in recipients if r not in moved_forces]
                    # "deployed troops to its western Kaliningrad region": ground the doer owns is where its forces
                    # go, no party they face (a border is shared: "its border with X" still names X)
                    recipients = [r for r in recipients if not (
                        r.dep_ == "pobj" and not self._np_ok(r) and r.lemma_.lower() not in self.lex.boundary_nouns
                        and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in r.children)
                        and not any(c.dep_ == "prep" for c in r.children))]
                    if own_passive and not cand.actors:
                        # "Indian troops were deployed along the border", "the army was placed on alert": with no
                        # "by" agent, the forces moved stand for the side that moved them
                        cand.actors = _dedupe(x for th in themes if th.dep_ == "nsubjpass" for x in self._expand(th))
        partners = self._meeting_partners(cand)
        if partners:
            recipients = partners
        cand.recipients = _dedupe(x for r in recipients for x in self._expand(r, attacked=cand.etype == "ASSAULT")
                                  if x not in cand.actors)
        cand.recipients += [x for x in self._payee_before_amount(verb)
                            if x not in cand.recipients and x not in cand.actors]
        # (not on a theme the doer moves or gives: "had not withdrawn its troops" are the doer's own troops)
        cand.recipients += [x for r in recipients
                            if not (cand.etype in THEME_TYPES and self._is_theme(r))
                            for x in self._possessor_party(r, cand.actors)
                            if x not in cand.recipients and x not in cand.actors]
        cand.recipients += [x for r in recipients for x in self._occupants(r)
                            if x not in cand.recipients and x not in cand.actors]
        if cand.etype in YIELD_TYPES and not any(self._np_ok(r) for r in cand.recipients):
            # no party given in to is named in the clause ("forced X to withdraw from the town"): the one forcing
            cand.recipients = _dedupe([*(x for r in self._coercer(verb) for x in self._expand(r)
                                         if x not in cand.actors), *cand.recipients])
        if not cand.recipients:
            cand.recipients = [x for x in self._more_recipients(cand) if x not in cand.actors]
        if not cand.recipients:
            cand.recipients = [x for x in self._interceptor_of_launch(verb) if x not in cand.actors]
        if not cand.recipients and not self._warning_about_doer(cand):
            cand.recipients = self._clause_recipients(cand)
        if cand.etype in YIELD_TYPES and not any(self._np_ok(r) for r in cand.recipients):
            # "ended their strike after the government met their demands": the party whose act made them give in
            cand.recipients += [x for g in self._yield_cause_subjects(verb) for x in self._expand(g)
                                if x not in cand.actors and x not in cand.recipients]
        cand.recipients = [r for r in cand.recipients if r not in moved_forces]
        if cand.etype == "AID":
            # "sent crews to help", "dispatched a team of engineers": who is sent brings the aid, it gets none
            sent = {c.i for c in verb.children if c.dep_ == "dobj" and self._aid_personnel(c)}
            sent |= {g.i for i in sent for p in verb.doc[i].children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"}
            cand.recipients = [r for r in cand.recipients if r.i not in sent]
        on_person = (cand.etype, cand.mode) in ACTS_ON_A_PERSON
        cand.recipients += [p for r in cand.recipients
                            for p in self._polity_of(r, on_person=on_person,
                                                     victims=cand.etype in ("ASSAULT", "PROTEST"))
                            if p not in cand.recipients and p not in cand.actors
                            and not self._seat_phrase(verb, p.head)]

    def _placed_along(self, state: Token) -> list[Token]:
        """The party named in the place phrase of a state forces are put in ("put its army on alert along the
        border with X", "troops on standby near the X frontier"): the side the alert faces."""
        return [x for p in state.children if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS | PLACE_PREPS
                for g in p.children if g.dep_ == "pobj" and not self._is_theme(g)
                for x in ([g] if self._np_ok(g) else self._inner_actor(g, 1))]

    def _repels(self, cand: Candidate) -> bool:
        """Whether a verb event is one of fighting off an attack (cues.yaml `repelling_verbs`, with the particle)."""
        verb = cand.head
        if cand.etype != "ASSAULT" or cand.kind != "verb":
            return False
        # (the parser may read the particle as an adverb: "beat back" with "back" an advmod)
        phrase = " ".join([verb.lemma_.lower(), *(c.lower_ for c in verb.children
                                                  if c.dep_ in ("prt", "advmod") and c.i == verb.i + 1)])
        return verb.lemma_.lower() in self.lex.repelling_verbs or phrase in self.lex.repelling_verbs

    def _repelled_attackers(self, cand: Candidate, recipients: list[Token]) -> list[Token]:
        """Who made the attack a verb of fighting off takes as object (cues.yaml `repelling_verbs`: "repelled a
        rebel attack", "beat back an assault by militants", "fought off the insurgents' raid"): the word for a
        party before the attack noun, its possessor, or its "by" phrase. Empty when the object is no attack noun
        or names no attacker ("repelled the attack"), which leaves the recipients as they are."""
        if not self._repels(cand):
            return []
        out: list[Token] = []
        for r in recipients:
            if r.dep_ != "dobj" or r.pos_ != "NOUN" or self._np_ok(r) or not self.lex.noun_entries(r.lemma_.lower()):
                continue
            out += [m for m in r.children if m.dep_ in ("amod", "compound", "nmod", "poss")
                    and m.lower_ not in PRONOUNS and not self._means_modifier(m)
                    and (self._np_ok(m) or m.ent_type_ in ("NORP", "GPE", "ORG"))]
            out += [g for p in r.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                    for g in p.children if g.dep_ == "pobj" and self._np_ok(g)]
        return out

    def _weapon_owners(self, cand: Candidate, recipients: list[Token]) -> list[Token]:
        """Whose weapons an attack brought down ("shot down 42 drones launched by Russia", "downed 12 Russian
        drones", "intercepted missiles fired by Iran"): the launcher named by the participle's "by" phrase or the
        nationality on the weapon, not the weapon (cues.yaml `launched_weapon_nouns`). Empty when no object is such
        a weapon or none names its owner."""
        if cand.etype != "ASSAULT" or cand.kind != "verb":
            return []
        weapons = self.lex.launched_weapon_nouns
        out: list[Token] = []
        for r in recipients:
            if r.dep_ != "dobj" or r.lemma_.lower() not in weapons and r.lower_ not in weapons:
                continue
            out += [m for m in r.children if m.dep_ in ("amod", "compound", "nmod", "poss")
                    and m.ent_type_ in ("NORP", "GPE", "ORG")]
            out += [g for a in r.children if a.dep_ == "acl" and a.tag_ == "VBN"
                    and a.lemma_.lower() in self.lex.launching_verbs
                    for p in a.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"
                    and self._np_ok(g)]
        return out

    def _go_between_word(self, tok: Token) -> bool:
        """Whether a word names a go-between's part (the CONSULT third-party mode cues: "mediated", "mediation")."""
        forms = {tok.lemma_.lower(), tok.lower_}
        return any(forms & words for mode, words in self.lex.mode_cues.get("CONSULT", []) if mode == "third-party")

    @staticmethod
    def _reason_phrase(tok: Token) -> bool:
        """Whether a token is the object of an "over" phrase hung on the verb ("protested over the bill")."""
        return tok.dep_ == "pobj" and tok.head.lower_ == "over" and tok.head.dep_ == "prep"

    def _meeting_partners(self, cand: Candidate) -> list[Token]:
        """"met his counterpart in X to discuss Y's bid": talks that are the purpose of a meeting are held with the
        meeting's partners (its object or "with" phrase); what they discuss, and whose it is, is no party."""
        verb = cand.head
        if cand.etype != "CONSULT" or verb.dep_ not in ("advcl", "xcomp") \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                or not self._subject_free(verb) \
                or not any(e.type == "CONSULT" for e in self.lex.verb_entries(verb.head.lemma_.lower())):
            return []
        head = verb.head
        partners = [c for c in head.children if c.dep_ == "dobj"]
        partners += [g for p in head.children if p.dep_ == "prep" and p.lower_ == "with"
                     for g in p.children if g.dep_ == "pobj"]
        return [p for p in partners if self._expand(p)]

    def _destination(self, cand: Candidate, prep: Token) -> bool:
        """Whether a phrase on an intransitive withdrawal names where the withdrawing side goes ("withdrew towards
        the capital", "fell back into the hills"; cues.yaml `destination_preps`): a place, not a party given way
        to. A withdrawal with an object ("handed over the town to X") keeps "to X" as the party it goes to."""
        return cand.etype == "RETREAT" and cand.mode == "withdraw" and prep.lower_ in self.lex.destination_preps \
            and not any(c.dep_ in OBJ_DEPS for c in prep.head.children)

    def _seat_phrase(self, verb: Token, prep: Token, *, doer_named: bool = True) -> bool:
        """Whether a prepositional phrase names the ground or body of who removes or summons someone: "from" on a
        verb of removal ("expelled from Moscow", "deported from France"), "to" on a verb of summoning ("summoned
        to the foreign ministry"); cues.yaml `removal_verbs`, `summoning_verbs`. Such a phrase never names the
        party acted on."""
        if prep.dep_ != "prep" or prep.head.i not in (verb.i, *(c.i for c in verb.children if c.dep_ == "dobj")):
            return False
        if doer_named and any(" ".join(t.lower_ for t in g.subtree if t.dep_ != "det") in self.state_names
                              for g in prep.children if g.dep_ == "pobj"):
            # "Argentina expelled diplomats from Chile": with the remover named, a state in the "from" phrase is
            # most often the country the people belong to (a city, "from Buenos Aires", is the remover's ground)
            return False
        lemma = verb.lemma_.lower()
        return (prep.lower_ == "from" and lemma in self.lex.removal_verbs) or (
            prep.lower_ == "to" and lemma in self.lex.summoning_verbs)

    def _object_names_its_target(self, verb: Token) -> bool:
        """Whether the verb's object is an act noun with an "against" phrase naming a party, on the noun or hung by
        the parser on the verb ("filed a complaint against X", "brought a case against X"): that party is whom the
        act bears on, and a body or court in the verb's "at" phrase is only where it was brought."""
        acts = [o for o in verb.children if o.dep_ == "dobj" and o.pos_ == "NOUN" and not self._np_ok(o)]
        return bool(acts) and any(
            p.dep_ == "prep" and p.lower_ == "against" and any(g.dep_ == "pobj" and self._np_ok(g) for g in p.children)
            for holder in [verb, *acts] for p in holder.children)

    def _complete_before_conjunct(self, verb: Token) -> bool:
        """Whether a verb has, before its coordinated verb, a complement clause or a prepositional phrase naming a
        party ("called on the government to show restraint and urged ...", "withdrew from X and attacked ...")."""
        conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i), None)
        if conj is None:
            return False
        return any(c.i < conj.i and (c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and any(
            g.dep_ == "pobj" and self._np_ok(g) for g in c.children)) for c in verb.children)

    @staticmethod
    def _shared_object(verb: Token) -> list[Token]:
        """"attacked and looted the town", "surrounded and stormed the base": a verb coordinated with a later one
        that shares its subject takes that verb's object too (the parser hangs the object on the last verb only).
        Not a verb joined with no "and" or comma ("apologised after shelling of the market killed 12 people"):
        that is another clause's verb, whose victims are no party to this act."""
        for c in verb.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i and _coordinated(c) and not any(
                    g.dep_ in ("nsubj", "nsubjpass", "auxpass") for g in c.children):
                objs = [g for g in c.children if g.dep_ == "dobj" and g.pos_ in ("NOUN", "PROPN")]
                if objs:
                    return objs
        return []

    def _instrument(self, tok: Token) -> bool:
        """Whether an object names what an attack is carried out with (a weapon, projectile or ammunition)."""
        if tok.dep_ not in ("dobj", "nsubjpass"):
            return False
        if tok.lemma_.lower() in self.lex.instrument_nouns or tok.lower_ in self.lex.instrument_nouns:
            return True
        # "launched drones at the city": a craft sent like a missile (cues.yaml `launched_craft_nouns`)
        return tok.lemma_.lower() in self.lex.launched_craft_nouns \
            and tok.head.lemma_.lower() in self.lex.craft_launch_verbs

    def _unowned_craft(self, tok: Token) -> bool:
        """Whether an attack's doer is a craft sent like a missile (cues.yaml `launched_craft_nouns`) with no word
        naming whose it is: "Dozens of drones hit the port", "a drone struck the base" name the weapon, not who
        sent it ("Israeli drones", "rebel drones", "the army's drones" stand for their operator)."""
        if tok.lemma_.lower() not in self.lex.launched_craft_nouns and tok.lower_ not in self.lex.launched_craft_nouns:
            return False
        return not any(c.dep_ in ("amod", "compound", "nmod", "poss") and (
            c.ent_type_ in ENT_KINDS or c.pos_ == "PROPN" or c.lemma_.lower() in self.lex.actor_kinds
            or c.lower_ in self.lex.actor_kinds) for c in tok.children)

    def _traded_between(self, verb: Token, subj: list[Token]) -> bool:
        """Whether two or more coordinated sides trade or exchange the act with each other ("A and B traded
        accusations", "exchanged fire"; cues reciprocal_light_verbs)."""
        return verb.lemma_.lower() in self.lex.reciprocal_light_verbs and (
            len(subj) > 1 or any(s.conjuncts for s in subj))

    def _reciprocal(self, verb: Token) -> bool:
        """Whether the verb's object or the object of one of its prepositions is a reciprocal pronoun ("accused
        each other", "fired at one another")."""
        doc = verb.doc
        objs = [c for c in verb.children if c.dep_ in OBJ_DEPS] + [
            g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for o in objs:
            pairs = [doc[i:i + 2].text.lower() for i in (o.i - 1, o.i) if 0 <= i and i + 2 <= len(doc)]
            if any(p in self.lex.reciprocal_pronouns for p in pairs):
                return True
        return False

    def _doers_of_act(self, tok: Token) -> list[Token]:
        """The "by" agents of an event noun object ("the detention of X by Y", "the killing by Y of X")."""
        if tok.dep_ != "dobj" or tok.pos_ != "NOUN" or not self.lex.noun_entries(tok.lemma_.lower()):
            return []
        holders = [tok] + [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj"]
        return [g for h in holders for p in h.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                for g in p.children if g.dep_ == "pobj" and self._np_ok(g)]

    @staticmethod
    def _payee_before_amount(verb: Token) -> list[Token]:
        """"gave Egypt 2 billion dollars", "lent Pakistan $500 million": a name right after the verb and right
        before an amount is who receives it, though the parser hangs it on the amount and the tagger may sweep it
        into the amount's entity."""
        doc = verb.doc
        i = verb.i + 1
        while i < len(doc) and doc[i].dep_ == "prt":
            i += 1
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN":
            j += 1
        if j == i or j >= len(doc) or not (doc[j].like_num or doc[j].tag_ == "$"):
            return []
        name = doc[j - 1]
        amount = name.head
        if name.dep_ not in ("dative", "nmod", "compound") or not (
                name.head == verb or (amount.dep_ == "dobj" and amount.head == verb)):
            return []
        return [name]

    def _scene_of(self, tok: Token, subj: list[Token]) -> bool:
        """Whether `tok` is a place found inside a non-party subject only as where it happened ("the blast in
        Quetta", "fighting near the border town")."""
        prep = tok.head
        return tok.dep_ == "pobj" and prep.lower_ in SCENE_PREPS and prep.head in subj and not self._np_ok(
            prep.head)

    def _dies(self, verb: Token) -> bool:
        """A casualty verb with no object ("died", "perished"): its subject is the one who dies."""
        return verb.lemma_.lower() in self.lex.casualty_intransitives and not any(
            c.dep_ in OBJ_DEPS for c in verb.children)

    def _place_undergoes(self, verb: Token, subj: list[Token]) -> bool:
        """An intransitive use of a verb whose subject then undergoes it (`undergoer_intransitives`: "burn",
        "sink") with a place as its subject ("the village burned", "the Balkans are burning"): a place cannot do
        the burning, so it is what the action is done to."""
        if not subj or verb.lemma_.lower() not in self.lex.undergoer_intransitives:
            return False
        if any(c.dep_ in OBJ_DEPS or c.dep_ == "agent" for c in verb.children):
            return False
        return all(t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in self.lex.target_nouns for t in subj)

    def _reported_relative_object(self, verb: Token) -> list[Token]:
        """"Officer X, who police say the gunman shot": a verb reported inside a relative clause, with a subject
        of its own and no object, has the noun the clause modifies as its object (the parser hangs "who" on the
        reporting verb)."""
        say = verb.head
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "nsubj" and c.pos_ == "PRON" and c.lower_ not in ("who", "which", "that")
                or c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children) and not any(
                c.dep_ in ("prep", "agent") and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                for c in verb.children):
            # "the soldiers they had captured": a relative clause with a subject of its own and no object has
            # the noun it modifies as its object (not when a preposition is stranded: "the town they fired on";
            # a preposition with a gerund, "accused of inciting", is not stranded)
            return [verb.head]
        if verb.dep_ != "ccomp" or say.dep_ != "relcl" or say.lemma_.lower() not in self.lex.speech_verbs:
            return []
        if not any(c.dep_ in SUBJ_DEPS for c in verb.children) or say.head.pos_ not in ("NOUN", "PROPN"):
            return []
        if not any(c.tag_ == "WP" and c.lower_ in ("who", "whom") and c.i < say.i for c in say.children):
            return []
        return [say.head]

    def _coercer(self, verb: Token) -> list[Token]:
        """Who forces the yielding party to give in or pull back: the subject of "forced/compelled X to <verb>"
        (the "by" phrase when that verb is passive: "X was forced to withdraw by Y")."""
        if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in self.lex.coercive_control_verbs:
            return []
        holder = verb.head
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in holder.children):
            return [g for c in holder.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        subj, passive = self._subject(holder)
        return [] if passive else subj

    def _yield_cause_subjects(self, verb: Token) -> list[Token]:
        """The subjects (parties, not pronouns) of a clause on `verb` opened by a conjunction of cause (cues.yaml
        `yield_cause_marks`: "after the army agreed to a ceasefire"); a relative (cues.yaml `kin_nouns`: "resigned
        after his wife fell ill") is private, no party given in to."""
        return [s for c in verb.children if c.dep_ == "advcl" and any(
                    m.dep_ in ("mark", "prep", "advmod") and m.lower_ in self.lex.yield_cause_marks for m in c.children)
                for s in c.children if s.dep_ == "nsubj" and s.pos_ != "PRON" and self._np_ok(s)
                and s.lemma_.lower() not in self.lex.kin_nouns]

    def _occupants(self, head: Token) -> list[Token]:
        """The people a vehicle or building stands for, named in its own phrase: "a convoy carrying aid workers",
        "a house belonging to a commander", "a hotel used by diplomats", "a bus full of pilgrims"."""
        found: list[Token] = []
        for c in head.children:
            if c.dep_ == "acl" and c.lemma_.lower() in self.lex.occupant_verbs:
                found += [g for g in c.children if g.dep_ == "dobj"]
                found += [g for p in c.children if (p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ == "to")
                          for g in p.children if g.dep_ == "pobj"]
            elif c.dep_ == "amod" and c.lower_ == "full":
                found += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"]
        return [x for g in found if self._np_ok(g) for x in self._expand(g)]

    def _stance_targets(self, noun: Token) -> list[Token]:
        """The party a stance noun is aimed at: "defiance of X", "protest against/at/over X", "retaliation for
        X's raid" (the owner of a non-party object)."""
        out: list[Token] = []
        for p in noun.children:
            if p.dep_ != "prep" or p.lower_ not in ("of", "against", "at", "over", "for", "toward", "towards"):
                continue
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                if self._np_ok(g):
                    out += [g] + [c for c in g.conjuncts if c.pos_ in ("NOUN", "PROPN")]
                else:
                    out += self._inner_actor(g, 2)[:1]
        return out

    def _possessor_party(self, head: Token, actors: list[Token]) -> list[Token]:
        """The party "its"/"their" stands for on a recipient ("Israel said Hezbollah attacked its soldiers",
        "shelling its positions", "Ukraine said Russian forces shelled its towns"): the nearest party named
        earlier in the sentence that is not on the actor side -- what an action is done to belongs to someone
        other than its doer, so the possessive points past the actors to the party owning the target."""
        pron = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if pron is None:
            return []
        barred: set[int] = set()
        for a in actors:
            barred.update(t.i for t in a.subtree)
            barred.update(t.i for c in a.conjuncts for t in c.subtree)
        for t in reversed(list(head.sent[:pron.i - head.sent.start])):
            if t.i in barred or t.pos_ not in ("PROPN", "NOUN"):
                continue
            if t.dep_ == "compound" or (t.ent_iob_ == "I" and t.head.ent_type_ == t.ent_type_ and t.head.i > t.i):
                continue  # inside a multi-word name: its head stands for it
            if pron.lower_ == "its" and t.tag_ == "NNS":
                continue  # "its" is one party, not "soldiers"
            if t.ent_type_ in ("DATE", "TIME"):
                continue  # "sanctioned X on Monday, freezing their assets": a day owns nothing
            if pron.lower_ == "their" and t.ent_type_ == "GPE" and t.tag_ == "NNP":
                continue  # "officials ... over arms sales to Russia, freezing their assets": a state is "its"
            if pron.lower_ == "their" and t.dep_ == "pobj" and t.tag_ == "NNS" and not self._np_ok(t):
                continue  # "... on officials over arms sales to X, freezing their assets": a reason phrase's things
            if pron.lower_ == "their" and t.tag_ == "NNS" and {t.lemma_.lower(), t.lower_} & self.weapon_words:
                continue  # "officials it accused of supplying drones, freezing their assets": arms own nothing
            if t.ent_type_ == "PERSON" or not self._np_ok(t):
                return []  # the nearest thing named is no party ("condemned the airstrike ... its organizers")
            return [t]
        return []

    def _polity_of(self, tok: Token, *, on_person: bool = False, victims: bool = False) -> list[Token]:
        """The country or region a generic party belongs to, named in its own phrase ("a peace-keeping force in
        Liberia", "forces from Panama"): PLOVER codes the polity, so it joins the recipients. One person arrested,
        abducted or expelled "in" a town (`on_person`; "detained a journalist in Minsk", "expelled the consul in
        Grodno") is only found or posted there: the town is the scene, no second party. So is a part of a country
        where an attack's victims were hit (`victims`; "killed 12 people in southern Lebanon")."""
        if tok.pos_ != "NOUN" or tok.ent_type_:
            return []
        # (nor is a town where a party that names its own polity is posted: "the Dutch ambassador in X")
        places = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "from", "of")
                  for g in p.children if g.dep_ == "pobj"
                  and not ((on_person and tok.tag_ == "NN" or self._own_polity(tok)) and self._posted_in(g))
                  and not (victims and p.lower_ == "in" and self._region_of_country(g))
                  # "burned a church in Jos": the town where an attacked site stands is the scene
                  and not (victims and self._site_in_town(tok, g))
                  # "opened fire on protesters in X", "clashed with police in X": where the party hit or fought
                  # was is the scene when that town is no state
                  and not (victims and p.lower_ == "in" and self._posted_in(g))]
        named = [g for g in places if g.ent_type_ in ("GPE", "LOC")]
        # "the mayor of the northern Malawian city of Kalvo", "the governor of Malawi's northern province": the
        # country named on the town or province the party belongs to (not the town's own name: "police in X town")
        named += [m for g in places if g.pos_ == "NOUN" and not g.ent_type_ for m in g.children
                  if m.dep_ in ("amod", "compound", "poss", "nmod") and m.ent_type_ in ("GPE", "NORP")
                  and not (victims and m.dep_ == "compound" and g.lemma_.lower() in self.lex.scene_place_nouns
                           and g.head.lower_ == "in" and self._town(m))]
        return named[:1]

    def _region_of_country(self, place: Token) -> bool:
        """Whether a place name is told as a part of a country by a direction adjective (cues.yaml
        `region_modifiers`: "southern Lebanon", "the north-eastern province of X")."""
        return any(m.dep_ == "amod" and m.lower_ in self.lex.region_modifiers for m in place.children)

    @staticmethod
    def _own_polity(tok: Token) -> bool:
        """Whether a party noun names the state or people it belongs to in its own modifiers ("the Dutch
        ambassador", "Ruritanian troops", "China's ambassador")."""
        return any(m.dep_ in ("amod", "compound", "nmod", "poss") and m.ent_type_ in ("NORP", "GPE")
                   for m in tok.children)

    def _posted_in(self, place: Token) -> bool:
        """Whether a name in an "in/at" phrase is a town (a proper name that is no state name): where a person or
        body is found or posted, the scene of an act done to them, no party of its own."""
        return place.dep_ == "pobj" and place.head.lower_ in ("in", "at") and place.pos_ == "PROPN" \
            and bool(self.state_names) \
            and " ".join(t.lower_ for t in place.subtree if t.dep_ != "det") not in self.state_names

    def _town(self, place: Token) -> bool:
        """Whether a place is named by a proper name that is no state name (a town, a province, a street)."""
        # (the name alone, not a clause on it: "in Serbia, where 24 people were killed")
        name = [t for t in place.subtree if t.dep_ != "det" and (t.ent_type_ == place.ent_type_ != "" or t == place)]
        return place.pos_ == "PROPN" and bool(self.state_names) \
            and " ".join(t.lower_ for t in name) not in self.state_names

    def _is_theme(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        if lemma in self.lex.partitive_heads or tok.lower_ in self.lex.partitive_heads:
            # "thousands of troops", "a contingent of police": the theme is what the "of" phrase names
            of = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                  if g.dep_ == "pobj"]
            if of:
                return any(self._is_theme(g) for g in of)
            # ("moved armoured units", "sent a contingent": with no "of" phrase, the word itself tells)
        return (lemma in self.lex.themes or tok.lower_ in self.lex.themes) and tok.ent_type_ not in ("GPE", "NORP")

    def _pp_targets(self, tok: Token, depth: int = 2) -> list[Token]:
        """Recipients named in a phrase's own prepositional phrases: "troops to an international force in
        Liberia" -> Liberia; "sanctions against Nigeria" -> Nigeria; "talks with the rebels" -> rebels."""
        out: list[Token] = []
        for p in tok.children:
            if p.dep_ != "prep" or p.lower_ not in RECIPIENT_PREPS | PLACE_PREPS | {"for", "between"}:
                continue
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                if self._np_ok(g) and not self._is_theme(g):
                    out.append(g)
                    out += [c for c in g.conjuncts if c.pos_ in ("NOUN", "PROPN")]
                    continue
                inner = self._inner_actor(g, 1) if not self._is_theme(g) else []
                if inner:
                    out += inner  # "disapproval for the United States' policies"
                elif depth > 0:
                    out += self._pp_targets(g, depth - 1)
        return out

    def _more_recipients(self, cand: Candidate) -> list[Token]:
        """Recipients found beyond the verb's own objects: the subject of "demanded that X ...", the objects of
        "threatened to strike X", the partners of an object noun ("held a meeting with X", "an admission by
        X"), and as a last resort the polity where the action happens."""
        verb = cand.head
        found: list[Token] = []
        for c in verb.children:
            if c.dep_ == "ccomp" and cand.etype in ("REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT", "AGREE",
                                                    "CONCEDE"):
                subjects = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
                if cand.etype == "THREATEN" and subjects and all(g.pos_ == "PRON" for g in subjects) and any(
                        e.type in HOSTILE for e in self.lex.verb_entries(c.lemma_.lower())):
                    # "warned that it would attack foreign troops": the threatener speaks of itself; the one
                    # threatened is what its announced act is done to
                    found += [g for g in c.children if g.dep_ in ("dobj", "dative") and g.pos_ in ("NOUN", "PROPN")]
                    found += [x for p in c.children if p.dep_ == "prep" and p.lower_ in RECIPIENT_PREPS
                              for x in p.children if x.dep_ == "pobj"]
                elif cand.etype == "THREATEN" and self._own_forces(subjects):
                    found += self._warned_of_party(c)
                elif cand.etype == "THREATEN" and subjects and self._hostile_chain(c):
                    # "warned that Israel was prepared to launch strikes": the warning is about what the clause's
                    # subject may do; the one warned is not that doer but what its act would be done to
                    found += [x for v in self._hostile_chain(c) for x in self._act_targets(v)]
                else:
                    found += subjects
            # (an adverbial clause with a subject of its own is no purpose infinitive, whatever "to" phrase it has:
            # "seized the vessel because it was linked to Israel" names no party the seizure is done to)
            if c.dep_ in ("xcomp", "advcl") and c.pos_ in ("VERB", "AUX") and (c.dep_ == "xcomp" or any(
                    a.lower_ == "to" for a in c.children) and not any(
                    a.dep_ in ("nsubj", "nsubjpass") for a in c.children)):
                if self._avoided_outcome(c):
                    continue  # "pulled back to avoid civilian casualties": an outcome kept off, no party to the act
                for g in c.children:
                    if g.dep_ in ("dobj", "dative") and g.pos_ in ("NOUN", "PROPN"):
                        # "threatened to launch an offensive against Iraq", "refused to deploy troops in Iraq"
                        if self._is_theme(g) or not self._np_ok(g):
                            found += self._pp_targets(g) or ([] if self._is_theme(g) else self._inner_actor(g, 2))
                        else:
                            found.append(g)
                            # "agreed to extradite the general to X": the parser hangs the verb's "to" phrase on
                            # the people handed over; X, who receives them, is a party too
                            found += [x for p in g.children if p.dep_ == "prep" and p.lower_ == "to"
                                      for x in p.children if x.dep_ == "pobj" and self._np_ok(x)]
                # "agreed to pull its troops out of X"
                found += [x for p in _particle_phrases(c) for x in p.children if x.dep_ == "pobj"]
                found += [x for p in c.children if p.dep_ in ("prep", "dative")
                          and p.lower_ in RECIPIENT_PREPS | PLACE_PREPS
                          for x in p.children if x.dep_ == "pobj" and (p.lower_ in RECIPIENT_PREPS
                                                                       or x.ent_type_ in ("GPE", "LOC"))]
                if found:
                    break
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
            t for t in cand.extra if t.pos_ in ("NOUN", "PROPN")]
        # "called for sanctions against Nigeria", "pushed for talks with the rebels"
        objs += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("for", "about", "over", "of")
                 for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and not self._np_ok(g)]
        for o in objs:
            for p in o.children:
                # (an "at" phrase on what was fired is whom it was fired at: "fired pepper spray at demonstrators")
                if p.dep_ == "prep" and (p.lower_ in ("with", "between", "against", "to", "on", "by", "from", "for",
                                                      "into") or (p.lower_ == "at" and cand.etype == "ASSAULT")) \
                        and not self._landmark_neighbour(p):
                    found += [x for x in p.children if x.dep_ == "pobj"]
                    found += [y for x in p.children if x.dep_ == "pobj" for y in x.conjuncts]
        if not any(self._np_ok(x) or self._inner_actor(x, 1) for x in found):
            # "complained about Japan's visits", "apologized for the killing of civilians": the owner of the
            # event the verb is about, or the party its "of" phrase names
            for o in objs:
                if o.pos_ != "NOUN" or self._np_ok(o):
                    continue
                found += [c for c in o.children if c.dep_ == "poss" and c.pos_ != "PRON" and self._np_ok(c)]
                found += [x for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                          for x in p.children if x.dep_ == "pobj" and self._np_ok(x)]
                # "welcomed the resumption of ties between A and B": the parties of the event the "of" phrase names
                found += [y for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                          for x in p.children if x.dep_ == "pobj" and x.pos_ == "NOUN" and not self._np_ok(x)
                          for y in self._pp_targets(x, 0)]
        if cand.etype in ("THREATEN", "REQUEST"):
            # the party a condition names is the one pressed, also when the threatened act has an object of its
            # own ("threatened to close the strait if the United States imposed sanctions")
            found += self._condition_subjects(verb)
        out = _dedupe(x for r in found for x in self._expand(r))
        if not out and verb.dep_ == "advcl" and verb.tag_ == "VBG" and cand.etype in ADDRESSED_TYPES \
                and not any(c.dep_ in SUBJ_DEPS for c in verb.children):
            # "sent a letter to X demanding ...", "wrote to X urging ...": the one the message went to is the one
            # asked, accused or warned by what it says
            out = _dedupe(x for p in verb.head.children if p.dep_ in ("dative", "prep") and p.lower_ == "to"
                          for g in p.children if g.dep_ == "pobj" for x in self._expand(g))
        # an attack that names no target ("bombs exploded in Baghdad", "shells landed in Kiev") hit the place it
        # struck, as a domestic action is done to its polity; but not a wide area it was spread across ("attacks
        # damaged rail yards across X county")
        if out or cand.etype not in PLACE_RECIPIENT_TYPES | {"ASSAULT"}:
            return out
        preps = STRUCK_PLACE_PREPS if cand.etype == "ASSAULT" else PLACE_PREPS
        for holder in [verb] + [c for c in verb.children if c.dep_ == "xcomp"] + objs:
            for p in holder.children:
                if p.dep_ == "prep" and p.lower_ in preps:
                    # (a sea is no polity: "seized a tanker in the Gulf of Oman" is done to no one)
                    places = [x for x in p.children if x.dep_ == "pobj" and x.ent_type_ in ("GPE", "LOC")
                              and not self._venue_of_agreement(cand, x) and not self._water_body(x)]
                    if cand.etype != "ASSAULT" or cand.mode == "crowd-control":
                        # a town is no polity: "protests were also held in X" names where, not whom (nor is a town
                        # where police fired tear gas struck by it)
                        places = [x for x in places if not self._posted_in(x)]
                    if places:
                        return places[:1]
        return []

    def _avoided_outcome(self, c: Token) -> bool:
        """Whether a clause is a purpose infinitive of avoidance (cues.yaml `avoidance_verbs`: "pulled back to avoid
        civilian casualties", "surrendered to spare the town"): its object is an outcome the act was to keep from
        happening, or those it would have harmed, not a party the act bears on. A parser may read the purpose
        clause as a complement ("retreated to avert a massacre"); the complement of a verb that takes one as its
        content ("agreed to spare the prisoners", cues `embed`) is what was agreed, and stays."""
        if c.dep_ == "xcomp" and self._embed_key(c.head) in self.lex.embed:
            return False
        return c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in self.lex.avoidance_verbs and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)

    @staticmethod
    def _launch_ground(verb: Token) -> list[Token]:
        """"A mortar bomb was fired at Israel from the Gaza Strip", "rockets were launched from Lebanon": with no
        one named as doing it, the named territory an attack came from stands for its attacker."""
        return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")]

    def _own_forces(self, subjects: list[Token]) -> bool:
        """Whether the subjects of a warning's clause are security forces ("warned that police would not tolerate
        ..."): the warner's means of enforcing it, not the party warned."""
        return bool(subjects) and all(g.lemma_.lower() in self.lex.security_nouns or g.lower_ in self.lex.security_nouns
                                      for g in subjects)

    def _interceptor_of_launch(self, verb: Token) -> list[Token]:
        """"Israel intercepted missiles fired by Iran": the participle of launching on a weapon noun (cues.yaml
        `launching_verbs`, `launched_weapon_nouns`) that a verb of interception takes as object
        (`interception_verbs`): whoever intercepts them is whom they were fired at."""
        weapon = verb.head
        if verb.dep_ != "acl" or verb.lemma_.lower() not in self.lex.launching_verbs \
                or weapon.lemma_.lower() not in self.lex.launched_weapon_nouns or weapon.dep_ not in ("dobj", "conj"):
            return []
        while weapon.dep_ == "conj":
            weapon = weapon.head
        stopper = weapon.head
        lemma = stopper.lemma_.lower()
        particle = next((c.lower_ for c in stopper.children if c.dep_ == "prt"), None)
        if lemma not in self.lex.interception_verbs and f"{lemma} {particle}" not in self.lex.interception_verbs:
            return []
        return [x for s in stopper.children if s.dep_ == "nsubj" and s.pos_ != "PRON" for x in self._expand(s)]

    def _warning_about_doer(self, cand: Candidate) -> bool:
        """Whether a threat or warning is about what a party named in its content clause may do ("warned that
        Israel was prepared to launch strikes"): that party is the doer warned of, not the one warned, so no
        party of the clause stands in for a recipient the text does not name."""
        return cand.etype == "THREATEN" and any(
            c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON" for g in c.children)
            and self._hostile_chain(c) for c in cand.head.children)

    def _hostile_chain(self, clause: Token) -> list[Token]:
        """The verbs of a content clause and of its infinitive chain ("was prepared to launch strikes", "would
        attack") when one of them, or its object noun, names a hostile act (lexicon types in HOSTILE); else []."""
        chain = [clause]
        while len(chain) < 4:
            # ("was prepared to launch": the parser may make the adjective the copula's complement)
            nxt = [c for c in chain[-1].children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                   or c.dep_ == "acomp" and any(x.dep_ == "xcomp" for x in c.children)]
            if not nxt:
                break
            chain.append(nxt[0])
        lex = self.lex
        for v in chain:
            lemma = v.lemma_.lower()
            if lemma in lex.experiencer_verbs or lemma in lex.prospect_verbs:
                return []  # "warned that Ethiopia would face sanctions": the subject undergoes the act; it is warned
            if any(e.type in HOSTILE for e in lex.verb_entries(lemma)) or lemma in lex.light_verbs and any(
                    o.dep_ == "dobj" and any(e.type in HOSTILE for e in lex.noun_entries(o.lemma_.lower()))
                    for o in v.children):
                return chain
        return []

    def _act_targets(self, verb: Token) -> list[Token]:
        """The parties a verb's act is done to: its party objects and the objects of its aim prepositions, on the
        verb or on its object noun ("launch strikes on Iran", "attack Iran")."""
        objs = [o for o in verb.children if o.dep_ == "dobj"]
        out = [o for o in objs if o.pos_ == "PROPN" or self._np_ok(o) and not self._is_theme(o)]
        out += [x for h in (verb, *objs) for p in h.children if p.dep_ == "prep" and p.lower_ in AIM_PREPS
                for x in p.children if x.dep_ == "pobj" and self._np_ok(x)]
        return out

    def _warned_of_party(self, clause: Token) -> list[Token]:
        """"warned that police would not tolerate rallies by the X movement", "... would arrest the protesters": the
        party the enforcing clause's object names, itself or as the doer of the act it names."""
        out: list[Token] = []
        for g in clause.children:
            if g.dep_ != "dobj":
                continue
            if self._np_ok(g):
                out.append(g)
                continue
            out += [x for p in g.children if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "of")
                    for x in p.children if x.dep_ == "pobj" and self._np_ok(x)]
            out += [x for a in g.children if a.dep_ == "acl" for p in a.children if p.dep_ == "agent"
                    for x in p.children if x.dep_ == "pobj" and self._np_ok(x)]
            # "would not allow any march by the opposition": the parser may hang the act's "by" phrase on the verb
            out += [x for p in clause.children if p.dep_ == "prep" and p.lower_ == "by"
                    for x in p.children if x.dep_ == "pobj" and self._np_ok(x)]
        return out

    def _clause_recipients(self, cand: Candidate) -> list[Token]:
        """Last resort when no argument position names a recipient: the first party named elsewhere in the
        event's own clause, after the trigger first ("accepted a formula for ending its dispute with its EU
        partners", "blew up power lines leading into Kabul", "declined to resign despite pressure by X").
        PLOVER codes the party an action bears on even when the parse buries it in a modifier; the clause's
        subject side, reporting clauses ("..., officials said", "according to X") and the actors are skipped."""
        clause = cand.clause or cand.head
        if clause.pos_ not in ("VERB", "AUX", "NOUN"):
            return []
        skip: set[int] = set()
        for a in cand.actors:
            skip.update(t.i for t in a.subtree)
            skip.update(t.i for c in a.conjuncts for t in c.subtree)
        # a verb with an object of its own and no preposition left open ("rejected the count and called on its
        # voters to march") is done with its arguments: a coordinated verb after it is another act
        # (an "as" phrase with an adjective, "condemned the measures as hostile", is a closed predicate, not a
        # preposition left open)
        complete = any(c.dep_ == "dobj" for c in clause.children) and not any(
            t.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") or (t.lower_ == "as" and g.pos_ == "ADJ")
                                         for g in t.children)
            for c in clause.children if c.dep_ != "conj" for t in c.subtree)
        for c in clause.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj", "agent", "parataxis") or (
                    c.dep_ in ("ccomp", "advcl", "conj") and c.lemma_.lower() in self.lex.speech_verbs) \
                    or (c.dep_ == "prep" and c.lower_ == "according") \
                    or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                        and (complete or any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                             # "apologised after shelling of the market killed 12 people": a verb joined with no
                             # "and" or comma is another clause's, whose victims are no party to this act
                             or not _coordinated(c))) \
                    or (c.dep_ in ("advcl", "ccomp") and c.tag_ in ("VBD", "VBZ", "VBP") and c.i > cand.head.i
                        and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for g in c.children)):
                # (likewise a finite verb the parser hung on the clause with no subject or conjunction of its own:
                # "apologised after a strike on the market killed 12 people" read "after" as a preposition)
                # a coordinated clause with its own subject ("attacked the town and the army arrested them") has
                # arguments of its own; a shared-subject one ("established ties with and opened an embassy in X")
                # continues the same action
                skip.update(t.i for t in c.subtree)
            elif c.dep_ == "advcl" and any(_modal_conjunct_of_condition(g) is not None for g in c.children):
                # "would close the crossings if the pressure continued and would ask NATO for help": the asking,
                # hung on the condition, is an act of its own
                skip.update(t.i for g in c.children if _modal_conjunct_of_condition(g) is not None for t in g.subtree)
            elif cand.etype == "ASSAULT" and self._instrument(c):
                skip.update(t.i for t in c.subtree)  # "fired two artillery shells": the weapon names no party
            elif self._avoided_outcome(c):
                skip.update(t.i for t in c.subtree)  # "withdrew to spare the villagers": what it was to keep off
            elif cand.etype == "REJECT" and c.dep_ == "dobj":
                # "vetoed a resolution condemning Syria", "blocked a bill that would sanction Iran": a party of an
                # act the rejected thing itself does (a participle, or a relative clause whose subject is "that" or
                # "which") is that act's, not the rejection's (a veto is done to those who proposed the text, or to
                # no one named); not an infinitive ("rejected an invitation to attend talks with X"), whose doer is
                # the one who rejects, and whose partner may be the one turned down
                skip.update(t.i for a in c.children if a.pos_ in ("VERB", "AUX")
                            and self.lex.verb_entries(a.lemma_.lower()) and self._act_of_rejected_text(a)
                            for t in a.subtree)
            elif c.dep_ == "prep" and c.lower_ in ("in", "during") and cand.etype == "ACCUSE" and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in self.lex.medium_nouns for g in c.children):
                # "condemned the move in a call with his counterpart": who heard the complaint is no party to it
                # (a partner there may be the one urged, agreed with or turned down: other types keep it)
                skip.update(t.i for t in c.subtree)
            elif c.dep_ == "prep" and c.lower_ in self.lex.background_preps - {"despite"} and any(
                    g.dep_ == "pobj" and (self.lex.noun_entries(g.lemma_.lower()) or self.lex.noun_entries(g.lower_))
                    for g in c.children):
                # "the border was closed after clashes between rival militias": the parties of an event told as
                # the background are that event's, not this act's (not "despite pressure by X", whose X presses)
                skip.update(t.i for t in c.subtree)
            elif cand.etype == "ACCUSE" and c.dep_ == "prep" and c.lower_ == "as" and complete:
                # "condemned the raids as a violation of Syrian sovereignty": what the speaker calls the act names
                # whom it wronged, no party to the condemnation (that is the act's doer)
                skip.update(t.i for t in c.subtree)
            elif c.dep_ == "prep" and self._destination(cand, c):
                skip.update(t.i for t in c.subtree)  # "withdrew towards the capital X": where it went, no party
            elif c.dep_ == "prep" and c.lower_ in VENUE_PREPS and (
                    (cand.etype, cand.mode) in ACTS_ON_A_PERSON or cand.mode == "crowd-control") \
                    and any(self._posted_in(g) for g in c.children if g.dep_ == "pobj"):
                # "made 30 arrests in X", "fired tear gas in X": the town is where, no party
                skip.update(t.i for t in c.subtree)
            elif c.dep_ in ("prt", "advmod") and c.lower_ in PREP_PARTICLES:
                # "pulled back toward X": the parser hangs the way gone on the particle
                skip.update(t.i for p in c.children if p.dep_ == "prep" and self._destination(cand, p)
                            for t in p.subtree)
            elif cand.etype == "ASSAULT" and c.dep_ == "prep" and (c.lower_ == "from" or c.lower_ == "out" and any(
                    g.dep_ == "prep" and g.lower_ == "of" for g in c.children)) and "swap" not in cand.frames:
                # "fired from positions near X", "lobbed grenades out of a van": where the attack came from; a target
                # the parser hung inside that phrase ("out of a truck at the army post") is still the target. (Not
                # "came under fire from X", a swapped frame: there the "from" phrase names the attacker.)
                aimed = {t.i for p in c.subtree if p is not c and p.dep_ == "prep"
                         and p.lower_ in AIM_PREPS - {"near", "across", "over"} for t in p.subtree}
                skip.update(t.i for t in c.subtree if t.i not in aimed)
        # "struck depots across Wexford county", "raids throughout the province": the area an act spread over is
        # where it happened, no party to it; a people named with it stays one ("a crackdown across the Kurdish
        # region" bears on the Kurds)
        for p in clause.subtree:
            if p.dep_ == "prep" and p.lower_ in ("across", "throughout"):
                skip.update(t.i for t in p.subtree if t.ent_type_ != "NORP")
            elif self._told_to_outlet(p):
                skip.update(t.i for t in p.subtree)  # "denied it in a statement to a radio station": the outlet
            elif self._landmark_neighbour(p):
                skip.update(t.i for t in p.subtree)  # "a hideout near the border with X": where, not whom
            elif self._speaker_read_as_conjunct(p):
                skip.update(t.i for t in p.subtree)  # "..., military chief X said": who reports it, no party
            elif p.dep_ == "compound" and (self._object_of_compound_act(p, p.head) or (
                    p.head.dep_ == "compound" and p.head.i != cand.head.i
                    and self._object_of_compound_act(p, p.head.head, act=p.head))):
                # "brokered a prisoner swap deal", "a detainee exchange accord": what the deal is about, no party
                # to the brokering
                skip.add(p.i)
            elif p.dep_ == "acl" and p is not clause and self._go_between_word(p) \
                    and any(g.dep_ == "agent" for g in p.children):
                # "agreed to resume ties after talks mediated by X in Y": the go-between of the talks, and where
                # they were held, are no parties to what the sides agreed
                skip.update(t.i for t in p.subtree)
            elif cand.etype == "COERCE" and p.dep_ == "acl" and p.tag_ == "VBG" and p.head.dep_ == "dobj" \
                    and p.head.head == clause and not self._np_ok(p.head) \
                    and p.lemma_.lower() not in self.lex.occupant_verbs:
                # "recaptured a bridge linking X and Y", "seized a road leading to X": a participle that describes
                # the thing taken says where it is, it is not taken from those towns (who is in it or owns it,
                # cues.yaml `occupant_verbs`, "seized a ship carrying aid workers", stays a party; an attack on
                # "power lines leading into X" does fall on X)
                skip.update(t.i for t in p.subtree)
            elif p.dep_ == "conj" and _verb_hung_on_as_adjective(p) is not None:
                # "condemned the move as provocative and summoned X's envoy" (the second verb hung on the
                # adjective): another act, whose object is no party to the condemnation
                skip.update(t.i for t in p.subtree)
            elif p.dep_ == "conj" and _past_after_infinitive(p, p.head):
                # "promised to rebuild the bridge and blamed the rebels": a finite verb the parser coordinated with
                # the infinitive is an act of its own, whose parties are not the promise's
                skip.update(t.i for t in p.subtree)
            elif p.dep_ == "advcl" and p is not clause and any(g.dep_ in ("nsubj", "nsubjpass") for g in p.children) \
                    and any(g.dep_ == "mark" and g.lower_ in self.lex.circumstance_marks for g in p.children):
                # "blocked the roads because the junta feared protests" (the parser may hang the clause on the
                # object): a clause of cause, time or contrast (cues.yaml `circumstance_marks`) with a subject of
                # its own tells another state of affairs, whose parties are not this act's ("pushed for the US to
                # back the plan" is the act's own content)
                skip.update(t.i for t in p.subtree)
            elif p.dep_ == "prep" and p.lower_ == "as" and p.head == clause and any(
                    g.dep_ == "pobj" and g.tag_ == "NNS" and self.lex.verb_entries(g.lemma_.lower())
                    and any(m.dep_ == "compound" and self._np_ok(m) for m in g.children) for g in p.children):
                # headline "Army retakes bridge as RSF shells market": an "as" clause the parser read as a
                # preposition with a noun ("RSF shells") is another act, whose doer is no party to this one
                skip.update(t.i for t in p.subtree)
            elif p.dep_ == "advcl" and p is not clause and any(
                    g.dep_ == "mark" and g.lower_ in self.lex.circumstance_marks for g in p.children) and any(
                    g.dep_ == "compound" and g.i < p.i and self._np_ok(g) for g in p.children):
                # ... or as a clause whose subject it took for a modifier of the verb ("as RSF shells market")
                skip.update(t.i for t in p.subtree)
            elif p.dep_ == "relcl" and p.head is not clause and not self._np_ok(p.head) and any(
                    g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("that", "which") for g in p.children):
                # "protested the collapse of a roof that killed 15 people", "the fire which injured 30 workers": a
                # relative clause telling what a thing (not a party) did is an act of its own; the ones it hit are
                # its victims, not parties to this act
                skip.update(t.i for t in p.subtree)
        # "bombed targets in Tripoli", "shelled positions in the city": an attack whose object names no party hit
        # the place those things are in
        hit_things = cand.etype == "ASSAULT" and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in clause.children)
        after, before = [], []
        for t in clause.subtree:
            if t.i in skip or t.pos_ == "PRON" or t in cand.trigger or not self._np_ok(t):
                continue
            if (t.pos_ in ("ADJ", "VERB", "AUX") or t.pos_ == "NOUN" and t.dep_ == "amod" and t.head in cand.extra) \
                    and t.ent_type_ not in ENT_KINDS:
                # "a military offensive", "the suspected hack": a plain modifier is not a party (nor a noun the
                # parser hung on the cue's own noun as an adjective, "launched military drills")
                continue
            if t.dep_ == "pobj" and t.ent_type_ not in ("GPE", "NORP", "ORG") and _locative(t.head):
                continue  # "positions near Sirwah": a name after a locative preposition is a place, not a party
            if t.dep_ in ("amod", "compound", "nmod") and t.head.lemma_.lower() in self.lex.boundary_nouns \
                    and t.head.dep_ == "pobj" and (_locative(t.head.head) or t.head.head.lower_ in ("on", "at")):
                continue  # "held drills near the Polish border": the border says where, its land is no party
            if t.dep_ == "pobj" and t.ent_type_ in ("GPE", "LOC", "FAC") and t.head.lower_ in ("in", "at", "inside") \
                    and t.head.head == clause and cand.etype not in PLACE_RECIPIENT_TYPES and not hit_things:
                continue  # "will meet in Zurich": where the clause's action happens, not a party to it
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in self.lex.water_body_nouns:
                continue  # headline "Tanker seized in Gulf of Oman": part of a sea's name, however it is tagged
            if self._venue_of_agreement(cand, t):
                continue  # "the truce was signed at the palace in Juba": where the accord was made, no party to it
            if t.dep_ == "dobj" and t.head.dep_ == "xcomp" and t.head.head == clause and cand.etype in THEME_TYPES \
                    and self._is_theme(t):
                continue  # "offered to send firefighting planes": what would be sent is no party to the offer
            if _bare_state_phrase(t):
                continue  # "a truce that remained in force", "stayed in power": a state something is in, no party
            if t.ent_type_ and t.ent_iob_ == "I" and t.head.ent_type_ == t.ent_type_:
                continue  # inside a multi-word name: its head token stands for it
            if t.dep_ == "compound" and t.head.ent_type_ and t.head.ent_type_ == t.ent_type_:
                continue
            if self._means_modifier(t):
                continue  # "traded artillery fire": the weapon is no party
            if self._emblem_modifier(t):
                continue  # "marched through the capital, burning French flags": the nation a flag shows
            (after if t.i > cand.head.i else before).append(t)
        pool = after or before[::-1]
        if not pool:
            return []
        # "offered to mediate between Israel and the Palestinians": a party coordinated with the first is as much
        # a party to the action
        first = pool[0]
        if first.dep_ == "conj" or not any(t.dep_ == "cc" for x in (first, *first.conjuncts) for t in x.children):
            # "Caterham, Surrey": a place and its county, not two parties; a first party that is itself a
            # conjunct may be the parser's joining of two clauses ("... after the riot but only A and B have been
            # detained")
            return [first]
        return [first] + [c for c in first.conjuncts if c.i not in skip and c.i > first.i and self._np_ok(c)]

    def _told_to_outlet(self, prep: Token) -> bool:
        """Whether a "to" phrase names the news outlet (actor kind media, or cues.yaml `news_outlet_words`) a statement
        was given to ("in a statement to a local radio station", "to the state news agency"): the outlet carries
        the words, no party."""
        if prep.dep_ != "prep" or prep.lower_ != "to" or (
                prep.head.lemma_.lower() not in self.lex.medium_nouns
                and prep.head.lemma_.lower() not in self.lex.speech_verbs):
            return False
        words = self.lex.news_outlet_words
        return any(g.dep_ == "pobj" and (self.lex.actor_kinds.get(g.lemma_.lower()) == "media" or any(
            t.lemma_.lower() in words for t in (g, *(m for m in g.children if m.dep_ in ("compound", "amod")))))
            for g in prep.children)

    @staticmethod
    def _venue_of_agreement(cand: Candidate, t: Token) -> bool:
        """A place in an "in/at" phrase hung on an agreement's own verb ("was signed in Geneva", "signed at the
        palace in Juba") is where the accord was made, not a party it binds; a place hung on the accord noun
        ("a truce in Yemen") still names what the accord covers."""
        if cand.etype != "AGREE" or t.dep_ != "pobj" or t.ent_type_ in ("PERSON", "NORP"):
            return False
        # a town the tagger reads as a body ("at the palace in Bamako" tagged ORG) is a place all the same when
        # a chain of "in/at" phrases hangs it on the signing verb
        if t.ent_type_ not in ("GPE", "LOC", "FAC", "ORG") and t.pos_ != "PROPN":
            return False
        clause = cand.clause or cand.head
        if clause.pos_ not in ("VERB", "AUX"):
            return False
        prep = t.head
        # (the occasion an accord was reached at is a venue too: "was agreed during talks in Geneva")
        while prep.dep_ == "prep" and prep.lower_ in VENUE_PREPS | {"during"}:
            if prep.head == clause:
                return True
            # "at the presidential palace in Juba": climb through a place phrase that itself says where
            if prep.head.dep_ != "pobj":
                return False
            prep = prep.head.head
        return False

    def _condition_subjects(self, verb: Token) -> list[Token]:
        """The party a threat or demand is aimed at, named as the subject of its condition: "threatened to strike
        unless Israel rescinded ...", "would attack if Baghdad refused ..." -> Israel, Baghdad."""
        frontier, out = [verb], []
        for _ in range(3):
            nxt = []
            for v in frontier:
                for c in v.children:
                    if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in c.children):
                        out += [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and self._np_ok(g)]
                    elif c.dep_ in ("xcomp", "ccomp", "conj") and c.pos_ in ("VERB", "AUX"):
                        nxt.append(c)
            if out:
                return out
            frontier = nxt
        return out

    def _held_in_custody(self, noun: Token) -> Token | None:
        """The verb of state a custody noun is the "in" phrase of ("is in custody", "remains in detention")."""
        if noun.lemma_.lower() not in self.lex.custody_nouns or noun.dep_ != "pobj" or noun.head.lower_ != "in":
            return None
        verb = noun.head.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.lex.custody_state_verbs:
            return None
        return verb

    def _noun_arguments(self, cand: Candidate) -> None:
        noun = cand.head
        actors: list[Token] = []
        recipients: list[Token] = []
        # "the journalist's arrest", "Rich's murder": the possessor of a patient noun undergoes the action,
        # unless an "of" phrase names who does ("Iraq's invasion of Kuwait")
        patient_poss = (noun.lemma_.lower() in self.lex.patient_possessor_nouns
                        or noun.lower_ in self.lex.patient_possessor_nouns) and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        for c in noun.children:
            if c.dep_ == "poss" and patient_poss and c.pos_ != "PRON":
                recipients.append(c)
            elif c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her") and c.ent_type_ not in (
                    "DATE", "TIME"):
                actors.append(c)  # (not a date: "Monday's attack" is no attack by Monday)
            elif c.dep_ in ("amod", "compound", "nmod") and cand.etype == "ASSAULT" and self._attacked_place(c):
                recipients.append(c)
            elif c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ == "NORP" and (
                    noun.lemma_.lower() in self.lex.victim_people_nouns or noun.lower_ in self.lex.victim_people_nouns):
                recipients.append(c)  # "the Armenian genocide": the people it was aimed at
            elif c.dep_ in ("amod", "compound", "nmod") and self._mode_cue_modifier(c, noun):
                continue  # "Drone strikes", "Missile attack" capitalised: the means of the act, never its doer
            elif c.dep_ == "compound" and c.ent_type_ not in ("NORP", "GPE", "ORG") and not _in_hyphenated_word(c) \
                    and c.lemma_.lower() in self.lex.groups.get("captives", frozenset()):
                recipients.append(c)  # headline "Prisoner Swap", "Hostage Release" capitalised: who it is done to
            elif c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in ("NORP", "GPE", "ORG")
                                                                or c.pos_ == "PROPN"):
                actors.append(c)
            elif c.dep_ == "prep" and c.lower_ == "by":
                actors += [g for g in c.children if g.dep_ == "pobj"]
                recipients += self._undergoer_after_by_agent(noun, c)
            elif c.dep_ == "prep" and c.lower_ == "from" and any(
                    p.dep_ == "prep" and p.lower_ in ("to", "toward", "towards", "into") for p in noun.children):
                pass  # "a march from Velka to the prison", "a convoy from X to Y": where it set out, no party
            elif c.dep_ == "prep" and c.lower_ == "from" and cand.etype not in SOURCE_IS_RECIPIENT_TYPES:
                # "loans from China", "threats from the rebels", "pressure from Washington": the source acts
                actors += [g for g in c.children if g.dep_ == "pobj" and self._np_ok(g)]
            elif c.dep_ == "prep" and c.lower_ in ("against", "on", "upon", "with", "at", "into", "from", "to"):
                # ("held in custody on Hainan island", "detention at a base in X": where a person is held is the
                # scene of the act done to them, no party)
                recipients += [g for g in c.children if g.dep_ == "pobj" and not (
                    (cand.etype, cand.mode) in ACTS_ON_A_PERSON and c.lower_ in ("on", "at") and _names_place(g))]
            elif c.dep_ == "prep" and c.lower_ == "of":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if cand.etype in ("PROTEST",):
                    # "the protest of farmers", "protests of thousands of workers": the people who protest; "a
                    # boycott of Israeli goods": a thing boycotted, whose owner the protest is aimed at
                    things = [g for g in objs if not self._np_ok(g) and not g.like_num
                              and g.lower_ not in self.lex.count_words and g.pos_ == "NOUN"]
                    actors += [g for g in objs if g not in things]
                    recipients += things
                elif self._doer_in_of_phrase(cand):
                    # "the surrender of Japan", "the withdrawal of Laotian troops from X", "the retreat of the
                    # rebels": who surrenders, withdraws or retreats; a thing given up ("the surrender of weapons")
                    # stays what the act bears on
                    actors += [g for g in objs if self._np_ok(g)]
                    recipients += [g for g in objs if not self._np_ok(g)]
                else:
                    # "suspension of air links with Serbia", "resumption of talks with the rebels"
                    recipients += [x for g in objs if not self._np_ok(g) for x in self._pp_targets(g, 1)]
                    recipients += objs
                    # "the detention of three journalists by the authorities": the parser hangs the doer's "by"
                    # phrase on the "of" object
                    actors += [x for g in objs for p in g.children if p.dep_ in ("prep", "agent")
                               and p.lower_ == "by" for x in p.children if x.dep_ == "pobj" and self._np_ok(x)]
            elif c.dep_ == "prep" and c.lower_ == "between":
                actors += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "acl" and c.lemma_.lower() in self.lex.aiming_verbs and c.tag_ == "VBN":
                # "bombings targeted at the Russian military", "attacks aimed at civilians"
                recipients += [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("at", "against", "on")
                               for g in p.children if g.dep_ == "pobj"]
            elif c.dep_ == "relcl" and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("which", "that")
                                           for s in c.children):
                # "the attack, which targeted a Malawian convoy", "the bombings, which were aimed at civilians",
                # "the raids, which appeared to be directed against X": what the act was aimed at
                recipients += self._aimed_at(c)
            elif c.dep_ == "acl" and c.lemma_.lower() in ("carry", "conduct", "launch", "stage", "mount") \
                    and c.tag_ == "VBN":
                for ag in c.children:
                    if ag.dep_ == "agent":
                        actors += [g for g in ag.children if g.dep_ == "pobj"]
        if not actors:
            # "sanctions against X by Y", "an appeal to X for help by Y": the parser hangs the doer's "by" phrase
            # on the object of one of the noun's phrases (or of a phrase inside one)
            objs = [g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            objs += [g for o in objs for p in o.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
            actors += self._stray_by_agents(objs)
        gov = cand.clause
        # (a noun whose infinitive tells the act it is about has that act's parties: "X's refusal to withdraw from Y
        # angered Z" -- Z only reacts to it)
        told = bool(_bare_infinitives(noun, ("acl",)))
        if not actors and noun.dep_ == "dobj" and gov is not None and gov.pos_ == "VERB" and any(
                c.dep_ == "nsubj" for c in gov.children):
            # "officials discussed the shelling of X by Y": an active verb with a subject of its own has no "by"
            # agent, so a "by" party after its event-noun object is the noun's doer
            actors += [x for x in self._stray_by_agents([gov] + [g for c in gov.children if c.dep_ == "prep"
                                                                 and c.i > noun.i for g in c.children
                                                                 if g.dep_ == "pobj"]) if x.i > noun.i]
        if cand.kind == "light" and gov is not None:
            subj, passive = self._subject(gov)
            if passive:
                for c in gov.children:
                    if c.dep_ == "agent":
                        actors += [g for g in c.children if g.dep_ == "pobj"]
            elif gov.lemma_.lower() in self.lex.experiencer_verbs:
                # "the army suffered a deadly ambush", "Kabul has seen a wave of bombings": the subject undergoes
                # it; but people who saw or witnessed an attack only watched it ("residents witnessed the attack")
                if gov.lemma_.lower() in self.lex.perception_verbs:
                    subj = [t for t in subj if not self._onlooker(t)]
                recipients += subj
                # "received a warning from X", "suffered heavy shelling from X": the one it came from did it
                actors += [g for c in gov.children if c.dep_ == "prep" and c.lower_ == "from"
                           for g in c.children if g.dep_ == "pobj" and self._np_ok(g) and g not in subj]
            else:
                actors += subj + [x for t in [gov, *subj] for x in self._companions(t)]
                cand.reciprocal = self._traded_between(gov, subj)  # "A and B traded accusations"
                sides = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
                         for g in c.children if g.dep_ == "pobj"]
                if cand.etype == "CONSULT" and sides and subj and not set(subj) & set(sides):
                    # "Kenya launched a fresh peace bid between the rival factions": talks between two sides that
                    # a third party sets going are its go-between's part; the sides are whom it acts on
                    actors = [a for a in actors if a not in sides]
                    recipients += sides
            for c in gov.children:
                if c.dep_ in ("prep", "dative") and c.lower_ in RECIPIENT_PREPS - {"from"} \
                        and not self._told_to_outlet(c):
                    recipients += [g for g in c.children if g.dep_ == "pobj"]
                if c.dep_ == "dative":
                    recipients.append(c)
        elif noun.dep_ in ("nsubj",) and gov is not None:
            for c in gov.children:
                # "the blast killed 12 people": what the act did names whom it hit; an act it drew ("the invasion
                # drew sanctions from X", "... sparked protests by Y") is a reaction, its parties are not the act's
                if c.dep_ in ("dobj",) and not self._reaction_act(c) and not told:
                    recipients.append(c)
            if self._occurrence_subject(noun) and not actors:
                # "fighting broke out between A and B": the verb reports the event itself, and its "between"
                # phrase names the event's sides
                actors += [x for c in gov.children if c.dep_ == "prep" and c.lower_ == "between"
                           for g in c.children if g.dep_ == "pobj" for x in [g, *g.conjuncts]]
        # "accused the guards of torture": the accused is its alleged doer; "blamed the rebels for the bombing":
        # an act that took place (a determined noun: not itself alleged) has the blamed one as its doer all the same
        accusation = self._alleged(cand) or accusation_of(noun, self.lex)
        if accusation is not None and not actors:
            actors += accusation.accused
        if not actors:
            actors += self._owner_of_act(noun)
        if not actors:
            actors += self._operation_doer(cand)
        if not actors:
            actors += self._instigator(noun)
        if not actors:
            actors += self._prosecuted_doer(noun)
        held_in = self._held_in_custody(noun)
        if held_in is not None:
            # "the activist remains in detention, held by the secret police": the one in that state is held, and
            # the "by" agent of a participle beside the state is the holder
            if not actors:
                actors += [g for v in held_in.children if v.dep_ in ("advcl", "acl", "conj") and v.tag_ == "VBN"
                           for a in v.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            if not recipients:
                subj, _ = self._subject(held_in)
                recipients += [t for t in subj if t not in actors]
        if not actors and cand.etype in ("CONSULT", "AGREE", "COOPERATE") and noun.dep_ == "pobj" \
                and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
            # "troops withdrew after talks with the rebels", "signed it during a meeting with X": the partner is
            # named with "with"; the other side is the clause's own subject
            subj, passive = self._subject(noun.head.head)
            if not passive:
                actors += [t for t in subj if t.pos_ != "PRON" or t.lower_ not in NOT_PARTY_PRONOUNS]
        if not actors and noun.lemma_.lower() in self.lex.reciprocal and recipients \
                and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
            # "the army retook the town after weeks of clashes with the rebels": as with talks, the other side of a
            # fight named with "with" is the clause's own subject (also through a span of time: "weeks of")
            verb = _governing_verb_through_phrases(noun)
            if verb is not None:
                subj, passive = self._subject(verb)
                if not passive:
                    # only a fighting side: "the minister resigned after clashes with police" names no party
                    actors += [t for t in subj if self._fighting_side(t) and t not in recipients]
        if not actors and noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.lex.deliberation_verbs:
            # "the ministry is considering sanctions against X": the one weighing a measure would take it
            subj, passive = self._subject(noun.head)
            if not passive:
                actors += [t for t in subj if t.pos_ != "PRON" or t.lower_ not in NOT_PARTY_PRONOUNS]
        if not recipients and cand.etype == "ASSAULT":
            recipients += self._casualties_of(noun)
        if not recipients and told:
            recipients += self._told_act_parties(cand)
        if not recipients and actors and cand.etype in ("REQUEST", "ACCUSE", "THREATEN", "AGREE") \
                and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            # "Cuba rejected Colombia's request", "Iraq dismissed the UN demand": who answers a request, a charge,
            # a threat or an offer is the one it was made to
            subj, passive = self._subject(noun.head)
            if not passive:
                recipients += [s for s in subj if s not in actors and s.pos_ != "PRON"]
        cand.actors = _dedupe(x for a in actors for x in self._expand(a))
        cand.actors += [x for x in self._owner_speaker(cand) if x not in cand.actors]
        cand.recipients = _dedupe(x for r in recipients for x in self._expand(r) if x not in cand.actors)
        cand.recipients += [x for r in recipients for x in self._occupants(r)
                            if x not in cand.recipients and x not in cand.actors]
        if not cand.recipients and cand.kind == "light":
            # "launched a crackdown across the Kurdish region": a light verb's event noun with no phrase of its
            # own naming whom it bears on takes the party named elsewhere in its clause, as a verb event does
            cand.recipients = self._clause_recipients(cand)

    def _told_act_parties(self, cand: Candidate) -> list[Token]:
        """The parties of the act an act noun's infinitive tells ("X's refusal to withdraw its troops from Y" -> Y),
        read as a verb event of the infinitive's own type (the noun's, when the lexicon codes it as none)."""
        for g in _bare_infinitives(cand.head, ("acl",)):
            types = [e.type for e in self.lex.verb_entries(g.lemma_.lower()) if e.type]
            found = self._infinitive_parties(cand, g, types[0] if types else cand.etype)
            if found:
                return found
        return []

    def _fighting_side(self, tok: Token) -> bool:
        """Whether a subject can be a side in a fight: a force or an armed group named by its members ("the army",
        "the rebels") or a state or organisation named."""
        lemma = tok.lemma_.lower()
        return lemma in self.lex.security_nouns or self.lex.actor_kinds.get(lemma) in (
            "military", "police", "armed_group") or tok.ent_type_ in ("GPE", "NORP", "ORG")

    def _aimed_at(self, clause: Token) -> list[Token]:
        """The party a relative clause on an event noun says the act was aimed at: the object of an aiming verb
        (cues.yaml `aiming_verbs`: "which targeted X") or its "at/against/on" phrase ("which were aimed at X"),
        also down a raising chain ("which seemed to target X", "which appeared to be aimed at X")."""
        v = clause
        for _ in range(3):
            if v.lemma_.lower() in self.lex.aiming_verbs:
                return [c for c in v.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")] + [
                    g for p in v.children if p.dep_ == "prep" and p.lower_ in ("at", "against", "on")
                    for g in p.children if g.dep_ == "pobj"]
            v = next((c for c in v.children if c.dep_ == "xcomp"), None)
            if v is None:
                break
        return []

    @staticmethod
    def _doer_in_of_phrase(cand: Candidate) -> bool:
        """Whether an event noun's "of" phrase names its doer: a retreat, withdrawal, surrender or resignation is
        done by the party it is "of" (not a release or a return, "the release of prisoners", which is done to it)."""
        return cand.etype == "RETREAT" and cand.mode in (None, "withdraw", "disarm")

    def _undergoer_after_by_agent(self, noun: Token, by: Token) -> list[Token]:
        """"the killing by police of an unarmed teenager", "the 1941 massacre by villagers of 1,600 Jews": when the
        doer's "by" phrase comes first, the parser hangs the event noun's own "of" object on the doer. It names who
        underwent the act when it is a person or counted people ("of two farmers", "of Omar Hadley"); "by fighters
        of the militia", "by soldiers of a border unit" name whose the doers are."""
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return []
        out: list[Token] = []
        for doer in by.children:
            if doer.dep_ != "pobj" or doer.lower_ in self.lex.partitive_heads \
                    or doer.lemma_.lower() in self.lex.partitive_heads:
                continue
            for p in doer.children:
                if p.dep_ != "prep" or p.lower_ != "of":
                    continue
                for g in p.children:
                    if g.dep_ != "pobj" or g.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC"):
                        continue
                    counted = any(m.dep_ == "nummod" or (m.dep_ == "det" and m.lower_ in ("a", "an"))
                                  for m in g.children)
                    people = "population" in (self.lex.actor_kinds.get(g.lemma_.lower()),
                                              self.lex.actor_kinds.get(g.lower_))
                    if g.ent_type_ == "PERSON" or (counted and people):
                        out.append(g)
        return out

    def _prepositional_main_verb_read_as_acl(self, v: Token) -> bool:
        """Whether a participle on a noun heading a full sentence (closed by a full stop, no finite verb anywhere in
        it) has a preposition that one of its verb's lexicon lines is keyed on ("called ... for protests",
        "appealed to donors"): then it is the sentence's main verb, active, and the noun its subject."""
        head = v.head
        if v.dep_ != "acl" or v.tag_ not in ("VBN", "VBD") or head.dep_ != "ROOT":
            return False
        if any(c.dep_ in ("agent", "auxpass", "aux") for c in v.children):
            return False
        words = [t for t in v.sent if not t.is_space]
        if words[-1].text != "." or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != v.i for t in words):
            return False
        preps = {c.lower_ for c in v.children if c.dep_ == "prep"}
        return any(e.prep and e.prep in preps for e in self.lex.verb_entries(v.lemma_.lower()))

    @staticmethod
    def _main_verb_read_as_acl(v: Token) -> bool:
        """"Protesters, backed by farmers, marched on ...": after a parenthetical set off by commas the parser
        may read the main verb as a participle modifying the subject, which then heads the whole sentence; a
        participle with no "by" agent of its own after such a parenthetical is the subject's main verb, active."""
        head = v.head
        if v.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or v.i < 2:
            return False
        if v.doc[v.i - 1].text != "," or any(c.dep_ in ("agent", "auxpass") for c in v.children):
            return False
        return any(c.dep_ in ("acl", "appos", "amod", "prep") and head.i < c.i < v.i - 1 for c in head.children)

    def _reaction_act(self, tok: Token) -> bool:
        """Whether an object names an act of its own (a lexicon event noun, "sanctions", "condemnation", "protests")
        rather than a party or a thing."""
        return tok.pos_ == "NOUN" and not self._np_ok(tok) and any(
            e.type for e in self.lex.noun_entries(tok.lemma_.lower()))

    def _prosecuted_doer(self, noun: Token) -> list[Token]:
        """Who is charged, tried, held, punished or found guilty for the act an event noun names (cues.yaml
        `prosecution_words`: "two men were charged with the murder of X", "police arrested a teenager for the
        stabbing", "was found guilty in the shooting of Y"): the object of the active verb, the subject of the
        passive one, the subject of the verb "guilty" goes with. Only a particular act ("the murder of X", "the
        stabbing") is one; a bare offence name ("charged with murder") stays no event's doer."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("with", "for", "of", "in") or noun.head.dep_ != "prep":
            return []
        if not any(c.dep_ in ("det", "poss") or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children):
            return []  # "charged with murder", "jailed for fraud": the name of the offence, no act of its own
        verb = noun.head.head
        if verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("oprd", "acomp") and c.lemma_.lower() in
                                                self.lex.prosecution_words for c in verb.children):
            verb = next(c for c in verb.children if c.dep_ in ("oprd", "acomp"))  # "found guilty | in the shooting"
        if verb.lemma_.lower() not in self.lex.prosecution_words:
            return []
        if verb.pos_ == "ADJ" and verb.head.pos_ in ("VERB", "AUX"):
            subj = self._subject(verb.head)[0]
            return [s for s in subj if self._np_ok(s) or s.pos_ in ("PROPN", "PRON")]
        if verb.pos_ != "VERB" or noun.head.lower_ == "in":
            return []
        held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not held:
            subj, passive = self._subject(verb)
            held = subj if passive else []
        return [h for h in held if self._np_ok(h) or h.pos_ in ("PROPN", "PRON")]

    def _instigator(self, noun: Token) -> list[Token]:
        """Who is said to be behind an act (cues.yaml `instigator_preps`): the subject of "X was behind the attack",
        the noun "the men behind the bombing" (also when the parser hangs "behind" on the verb after that noun)."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in self.lex.instigator_preps:
            return []
        prep = noun.head
        holder = prep.head
        if holder.lemma_.lower() == "be":
            subj, passive = self._subject(holder)
            return [] if passive else [s for s in subj if s.pos_ != "PRON" or s.lower_ not in NOT_PARTY_PRONOUNS]
        if holder.pos_ in ("NOUN", "PROPN") and self._np_ok(holder):
            return [holder]
        if holder.pos_ == "VERB":
            return [c for c in holder.children if c.dep_ == "dobj" and c.right_edge.i == prep.i - 1
                    and self._np_ok(c)]
        return []

    def _operation_doer(self, cand: Candidate) -> list[Token]:
        """Who carried out the attack or raid a hostile act was done in ("security forces arrested dozens in
        overnight raids", "the army killed a commander in an air strike"; cues.yaml `course_preps`): the subject
        of the active verb of attack, coercion or release the phrase hangs on, or the passive one's "by" agent
        (a passive subject underwent it)."""
        noun = cand.head
        if cand.etype not in ("ASSAULT", "COERCE") or noun.dep_ != "pobj" \
                or noun.head.lower_ not in self.lex.course_preps:
            return []
        verb = noun.head.head
        if verb.pos_ != "VERB" or not any(e.type in ("ASSAULT", "COERCE") or e.mode == "release"
                                          for e in self.lex.verb_entries(verb.lemma_.lower())):
            return []
        subj, passive = self._subject(verb)
        if passive:
            # "the hostages were freed by special forces in a dawn raid": the "by" agent carried it out
            return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return [s for s in subj if s.pos_ != "PRON" or s.lower_ not in NOT_PARTY_PRONOUNS]

    def _responsibility_verb(self, noun: Token) -> Token | None:
        """The verb of a clause of owning an act that a "for" phrase names ("claimed responsibility for the
        bombing", "was responsible for the raid"; cues.yaml `responsibility_words`), or None."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "for":
            return None
        holder = noun.head.head
        words = self.lex.responsibility_words
        if holder.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.lemma_.lower() in words
                                                  for c in holder.children):
            return holder  # the parser hangs "for" on the verb: "claimed responsibility | for the attack"
        if holder.lemma_.lower() in words and holder.dep_ in ("dobj", "acomp") and holder.head.pos_ in ("VERB",
                                                                                                      "AUX"):
            return holder.head
        return None

    def _owner_of_act(self, noun: Token) -> list[Token]:
        """Who claims or bears responsibility for the act a "for" phrase names ("the militia claimed responsibility
        for the bombing", "took credit for the raid", "X was responsible for the attack"; cues.yaml
        `responsibility_words`): the subject of the clause, unless it is passive."""
        verb = self._responsibility_verb(noun)
        if verb is None:
            return []
        subj, passive = self._subject(verb)
        # "no group has claimed responsibility for the attack": a denied claim names nobody behind the act
        return [] if passive else [s for s in subj if (s.pos_ != "PRON" or s.lower_ not in NOT_PARTY_PRONOUNS)
                                   and not self._no_one(s)]

    def _companions(self, tok: Token) -> list[Token]:
        """Parties joined to a party or a verb by "along with", "together with" or "alongside" ("X, along with Y,
        attacked ..."): they stand on the same side."""
        out: list[Token] = []
        for c in tok.children:
            if c.dep_ != "prep":
                continue
            if c.lower_ in ("along", "together"):
                holders = [w for w in c.children if w.dep_ == "prep" and w.lower_ == "with"]
            elif c.lower_ == "alongside" or c.lower_ == "with" and any(
                    a.dep_ == "advmod" and a.lower_ in ("along", "together") for a in c.children):
                holders = [c]
            else:
                continue
            out += [g for w in holders for g in w.children if g.dep_ == "pobj" and self._np_ok(g)]
        return out

    def _addressee_of_control(self, v: Token) -> list[Token]:
        """The party an object-control verb addresses when the parser hung its infinitive as a purpose clause
        ("pressed the factions to end the fighting", "called on Corvania to release the crews"): that party does
        what the infinitive says. Empty when the verb is no such verb or addresses no party ("called a meeting to
        discuss the crisis")."""
        head = v.head
        lemma = head.lemma_.lower()
        if v.tag_ != "VB" or lemma not in self.lex.object_control_verbs or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return []
        objs = [c for c in head.children if c.dep_ == "dobj"]
        if not objs and lemma in self.lex.addressee_control_verbs:
            objs = [g for p in head.children if p.dep_ == "prep" and p.lower_ in ("on", "upon", "to")
                    for g in p.children if g.dep_ == "pobj"]
        return [o for o in objs if self._np_ok(o) and (
            o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or self._party_head(o))]

    def _party_head(self, tok: Token) -> bool:
        """Whether a noun is a word for a party (an actor noun or a person's name), whatever modifies it."""
        return tok.ent_type_ == "PERSON" or (tok.pos_ == "NOUN" and (
            tok.lemma_.lower() in self.lex.actor_kinds or tok.lower_ in self.lex.actor_kinds))

    def _stray_by_agents(self, holders: list[Token]) -> list[Token]:
        """The parties named by "by" phrases the parser hung on these nouns rather than on the act they tell the
        doer of (a place "by the river" is no party)."""
        return [x for h in holders for p in h.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                for x in p.children if x.dep_ == "pobj" and self._np_ok(x) and x.pos_ != "PRON"]

    def _attacked_place(self, mod: Token) -> bool:
        """A town or site naming an attack ("the Nagasaki blast", "the Boston bombing", "the Bataclan attack") is
        what was hit, not who hit; a state's name ("US strikes") or a people's ("Israeli raids") stays the doer."""
        if not self.state_names or mod.pos_ != "PROPN":
            return False
        if mod.ent_type_ not in ("GPE", "LOC", "FAC"):
            return False
        doc = mod.doc
        start, end = mod.i, mod.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        name = " ".join(t.lower_ for t in doc[start:end] if t.lower_ not in ("the", "'s", "’s", "'", "’"))
        return mod.lower_ not in self.state_names and name not in self.state_names

    def _names_party(self, tok: Token) -> bool:
        """Whether the proper name headed by `tok` (with its compound parts) is an organised party of the KB."""
        if tok.pos_ != "PROPN" or not self.party_names:
            return False
        parts = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [tok]
        return " ".join(t.lower_ for t in parts) in self.party_names

    def _is_attack_verb(self, tok: Token) -> bool:
        return any(e.type == "ASSAULT" for e in self.lex.verb_entries(tok.lemma_.lower()))

    def _is_attack_noun(self, tok: Token) -> bool:
        return tok.pos_ == "NOUN" and any(e.type == "ASSAULT" for e in self.lex.noun_entries(tok.lemma_.lower()))

    def _casualties_of(self, noun: Token) -> list[Token]:
        """Who an attack noun's attack was done to when they are named around it rather than in its phrase:
        the subject of "died/were killed/lost a leg in the <attack>" (a relative "who" gives its head) and the head
        of "the victims of the <attack>"."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during", "of", "from") or noun.head.dep_ != "prep":
            return []
        holder = noun.head.head
        lemma = holder.lemma_.lower()
        if holder.pos_ in ("NOUN", "ADJ") and (lemma in self.lex.casualty_nouns or holder.lower_ in self.lex.casualty_nouns):
            return [holder]
        if holder.pos_ == "VERB" and holder.dep_ in ("acl", "relcl") and noun.head.lower_ != "of" \
                and holder.head.lemma_.lower() in self.lex.injury_nouns:
            # ("injuries he sustained in a bombing": the relative clause's "he" is the one who died of them)
            return self._injured_by(holder.head)
        injuries = [c for c in holder.children if c.dep_ == "dobj" and c.lemma_.lower() in self.lex.injury_nouns]
        if holder.pos_ == "VERB" and noun.head.lower_ != "of" and injuries:
            return self._injured_by(injuries[0])  # "the soldiers suffered wounds in an attack"
        if holder.pos_ == "VERB" and noun.head.lower_ != "of" and lemma in self.lex.casualty_verbs:
            subj, passive = self._subject(holder)
            if not passive and lemma not in self.lex.casualty_intransitives:
                return []  # "they killed 190 people in the attack", "seized power in a coup": the doer
            return [t for t in subj if self._np_ok(t) or t.pos_ in ("NOUN", "PROPN")]
        return []

    def _injured_by(self, injury: Token) -> list[Token]:
        """Who bears an injury noun (cues.yaml `injury_nouns`) that a participle ties to an attack ("died of wounds
        sustained in an attack", "succumbed to injuries suffered in the ambush", "were treated for burns received
        in the blast"): the subject of the verb it is the "of/from/to/for" phrase or object of -- a passive subject,
        or the subject of a verb with no object of its own ("doctors treated them for wounds ..." is not theirs)."""
        if injury.dep_ == "pobj" and injury.head.dep_ == "prep" and injury.head.lower_ in ("of", "from", "to", "for"):
            sufferer = injury.head.head
        elif injury.dep_ == "dobj":
            sufferer = injury.head
        else:
            return []
        if sufferer.pos_ not in ("VERB", "AUX"):
            return []
        subj, passive = self._subject(sufferer)
        if not passive and injury.dep_ != "dobj" and any(c.dep_ in ("dobj", "dative") for c in sufferer.children):
            return []
        return [t for t in subj if self._np_ok(t) or t.pos_ in ("NOUN", "PROPN")]

    # ------------------------------------------------------------------ status
    def _clause_status(self, v: Token, *, own: bool = False, negation: bool = True) -> str | None:
        """Status cues on one verb's own clause, or None when it has none. `own`: the clause is the event's own
        (not one above it), where a negative quantifier argument negates the event ("released no prisoners");
        above it, it need not ("will spare no effort to press for", "had no choice but to attack"). `negation`
        False: the clause's own negation and near miss are not about the event (its subject: "the deal would not
        set a deadline")."""
        lex = self.lex
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and not _across_lines(c, v)]
        # a condition comes before a negation inside it: "if the rebels do not withdraw", "if they had not been
        # warned" state a condition, not that the withdrawal or the warning did not happen; a parser may hang the
        # conjunction on a linking verb it read as an auxiliary ("if the roads remained blocked": "if" -> "remained")
        marks = [c for c in v.children if c.dep_ == "mark"] + [m for a in aux for m in a.children if m.dep_ == "mark"]
        for c in marks:
            # ("decide whether to expel the envoy": an open choice, whatever tense the deciding is in)
            if c.lower_ in lex.conditionals and (
                    v.dep_ in ("advcl", "ccomp", "ROOT") or (v.dep_ == "xcomp" and c.lower_ == "whether")):
                # an embedded question about the past ("it is unclear whether the rebels attacked", "asked if
                # police had arrested him") leaves open whether it happened: uncertain, not a condition
                if (c.lower_ == "whether" or v.dep_ == "ccomp") and self._past(v, aux, perfect=True):
                    return "uncertain"
                if c.lower_ in lex.temporal_conjunctions and self._past(v, aux):
                    # "once police had arrested the leader, the crowd dispersed", "until rebels attacked the convoy,
                    # the road was safe": in the past these tell when, not on what condition
                    break
                return "hypothetical"
        if v.dep_ != "ROOT" and self._opened_by_phrase(v, lex.conditional_phrases):
            return "hypothetical"  # "in case rebels attack", "in the event that talks fail"
        if any(c.dep_ == "advcl" and self._truth_condition(c) for c in v.children):
            return "uncertain"  # "the attack, if confirmed, would be the deadliest this year"
        if any(a.lower_ in lex.ability_modals for a in aux) and (
                any(c.dep_ == "mark" and c.lower_ in lex.forestalling_conjunctions for c in v.children)
                or (v.dep_ == "advcl" and self._stranded_conjunction(v) in lex.forestalling_conjunctions)):
            # "gunmen fled before police could arrest them": the arrest did not happen (a parser may read "before"
            # as a preposition of the main verb with the clause's subject as its object); before an act still
            # required or expected ("must disarm before a deal can be signed", "expected X to amend its
            # constitution before a treaty could be signed") the act is only a prospect
            governing = v.head if v.dep_ == "advcl" else v
            if governing.tag_ in ("VB", "VBP", "VBZ") or any(
                    a.dep_ == "aux" and a.lower_ in ("must", "should", "will", "would", "to") for a in governing.children):
                return "hypothetical"
            return "negated"
        # "had they crossed the river": an inverted auxiliary without "if" is a counterfactual condition
        for a in aux:
            if a.lower_ in ("had", "were", "should") and subj and a.i < subj[0].i and v.dep_ == "advcl":
                return "hypothetical"
        if self._generic_condition(v):
            return "hypothetical"
        neg = [c for c in v.children if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")]
        # "there were no arrests": with an expletive subject the negative quantifier is on the attribute
        args = ("nsubj", "nsubjpass", "dobj", "attr") if any(c.dep_ == "expl" for c in v.children) else (
            "nsubj", "nsubjpass", "dobj")
        neg = [c for c in neg if not _across_lines(c, v)]
        # "not all of the hostages were released": a negation on a universal quantifier says that some were
        neg = [c for c in neg if not (c.i + 1 < len(c.doc) and c.i < v.i
                                      and c.doc[c.i + 1].lower_ in lex.universal_quantifiers)]
        if neg and any(a.lower_ in lex.possibility_modals for a in aux):
            neg = []  # "might not attack", "may not have attacked": still possible; the modal decides below
        if not negation:
            neg = []
        if neg or (own and any(self._no_one(c) for c in v.children if c.dep_ in args and not _across_lines(c, v))):
            return "negated"
        if negation and any(c.dep_ == "advmod" and c.lower_ in lex.near_miss_adverbs for c in v.children) \
                and self._past(v, aux):
            return "negated"  # "police nearly arrested the leader": a near miss
        if self._imperative(v):
            return "hypothetical"
        for c in v.children:
            if c.dep_ == "advmod" and c.lower_ in lex.uncertain_adverbs:
                return "uncertain"
        if self._doubted_source(v):
            return "uncertain"
        modal = [a for a in aux if a.tag_ == "MD" or a.lower_ in lex.modals]
        if modal:
            m = modal[0].lower_
            has_have = any(a.lemma_ == "have" for a in aux)
            if m in ("may", "might", "could", "must") and has_have:
                return "uncertain" if m != "could" else "hypothetical"
            if m in ("would", "could", "should") and has_have:
                return "hypothetical"
            if m == "would" and self._reported_will(v):
                return "future"
            if lex.modals.get(m) == "future" and self._conditioned(v):
                return "hypothetical"  # "we will arrest them if they march", "unless talks resume, we will strike"
            if m == "would" and v.dep_ == "ROOT" and not self._conditioned(v) and any(
                    t.lower_ in lex.narrative_later_adverbs for c in v.children if c.dep_ in ("advmod", "npadvmod")
                    for t in c.subtree):
                return "asserted"  # "police would arrest him two days later": the past's future, told as done
            return lex.modals.get(m, "hypothetical")
        # "is going to", "was about to"
        if v.dep_ == "xcomp" and v.head.lower_ == "going" and any(a.lower_ == "to" for a in aux):
            return "future"
        return None

    def _failed_to_avert(self, verb: Token) -> bool:
        """Whether a verb of averting (cues.yaml averting_verbs) is itself negated or failed, in the past ("could
        not prevent the attack", "failed to stop the rebels from seizing the town"): what it did not avert
        happened."""
        if verb.lemma_.lower() not in self.lex.averting_verbs:
            return False
        if self._chain_status(verb) != "negated":
            return False
        top = verb
        while top.dep_ in ("xcomp", "ccomp", "conj", "acomp") and top.head is not top:
            top = top.head
        aux = [c for c in top.children if c.dep_ in ("aux", "auxpass")]
        return self._past(top, aux) or any(a.lower_ == "could" for a in aux + [c for c in verb.children
                                                                            if c.dep_ == "aux"])

    def _conditioned(self, v: Token) -> bool:
        """Whether a clause has a condition hung on it: an adverbial clause opened by a conditional conjunction
        ("if", "unless"; not one of time, "once", "until", nor "whether") or by an inverted auxiliary ("should they
        cross") or a conditional phrase ("in the event of an attack"), so what it says will happen only may."""
        lex = self.lex
        return any(c.dep_ == "advcl" and (any(
            m.dep_ == "mark" and m.lower_ in lex.conditionals and m.lower_ not in lex.temporal_conjunctions
            and m.lower_ != "whether" for m in c.children) or self._inverted_condition(c)) for c in v.children) \
            or any(c.dep_ == "prep" and self._conditional_noun(g) for c in v.children for g in c.subtree
                   if g.dep_ == "pobj" and g.head.lower_ == "of")

    @staticmethod
    def _inverted_condition(clause: Token) -> bool:
        """Whether an adverbial clause is a condition opened by an inverted auxiliary ("should they cross the
        river", "had they stormed the compound", "were the talks to fail")."""
        subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subj) and any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("had", "were", "should")
                                  and a.i < subj[0].i for a in clause.children)

    @staticmethod
    def _past(v: Token, aux: list[Token], *, perfect: bool = False) -> bool:
        """Whether a clause tells of the past (a past tense, or with `perfect` any perfect) with no modal to make
        it a guess; a participle with no auxiliary is a past tense the tagger missed."""
        if any(a.tag_ == "MD" for a in aux):
            return False
        return v.tag_ == "VBD" or (v.tag_ == "VBN" and not aux) or any(
            a.tag_ == "VBD" or (perfect and a.lemma_ == "have") for a in aux)

    @staticmethod
    def _opened_by_phrase(v: Token, phrases: frozenset[str]) -> bool:
        """Whether a multiword conjunction of `phrases` opens the clause of `v`: its words end right where the
        clause begins or inside its first words (a parser may hang "case" of "in case" on the clause's subject)."""
        doc = v.doc
        left = v.left_edge.i
        for phrase in phrases:
            words = phrase.split()
            n = len(words)
            for start in range(max(left - n, 0), left + 1):
                end = start + n
                # (the first word alone rules out most places)
                if end > v.i or doc[start].lower_ != words[0] or [t.lower_ for t in doc[start:end]] != words:
                    continue
                if all(doc[i] in v.subtree for i in range(end, v.i)):
                    return True
        return False

    @staticmethod
    def _stranded_conjunction(v: Token) -> str | None:
        """The conjunction a parser read as a preposition with the clause's subject as its object ("fled before
        the commandos could capture them": "before" -> "commandos", "capture" with no subject), or None."""
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or v.left_edge.i == 0:
            return None
        subject = v.doc[v.left_edge.i - 1]
        if subject.dep_ == "pobj" and subject.head.dep_ == "prep" and subject.head.i < subject.i:
            return subject.head.lower_
        return None

    def _truth_condition(self, clause: Token) -> bool:
        """Whether a clause makes its head's claim conditional on being confirmed ("if confirmed", "if the reports
        are true", "if verified"): a verb or adjective of confirmation (cues.yaml verification_words) under "if",
        with no subject or a report as its subject."""
        lex = self.lex
        words = {clause.lemma_.lower()} | {c.lemma_.lower() for c in clause.children if c.dep_ == "acomp"}
        if not words & lex.verification_words:
            return False
        if not any(c.dep_ == "mark" and c.lower_ == "if" for c in clause.children):
            return False
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        return all(self._claim_word(s) for s in subjects)

    def _report_noun(self, tok: Token) -> bool:
        """Whether a noun names a claim or report (hearsay_nouns, or a noun whose noun_status is uncertain:
        "claim", "allegation", "rumour")."""
        lemma = tok.lemma_.lower()
        return lemma in self.lex.hearsay_nouns or self.lex.noun_status.get(lemma) == "uncertain"

    def _claim_word(self, tok: Token) -> bool:
        """Whether a word names a claim or report (`_report_noun`) or points back to one ("it", "this",
        "which")."""
        return tok.tag_ in ("PRP", "DT", "WDT") or self._report_noun(tok)

    def _unverified_report(self, speech: Token) -> bool:
        """Whether the sentence of a reporting verb adds that what was reported could not be checked or is denied
        ("the army said it killed 20 militants, a claim that could not be independently verified", "..., which
        could not be confirmed", "..., but the claim could not be verified", "..., which the army denies"): a
        negated passive verb of confirmation (cues.yaml verification_words) or a verb of denial (denial_verbs) of
        "which"/"this"/the claim, hung on the report as a relative clause, an apposition's clause or a conjunct."""
        lex = self.lex
        for t in speech.subtree:
            if t.pos_ != "VERB" or t.dep_ not in ("relcl", "conj"):
                continue
            lemma = t.lemma_.lower()
            if lemma in lex.verification_words and any(c.dep_ == "neg" for c in t.children) and any(
                    c.dep_ == "auxpass" for c in t.children):
                return True
            # "..., which the army denies", "..., but the army disputes this": the report is contested
            if lemma in lex.denial_verbs and not any(c.dep_ == "neg" for c in t.children) and (any(
                    (c.dep_ in ("dobj", "nsubjpass") and self._claim_word(c))
                    or (c.dep_ == "advmod" and c.tag_ == "DT")  # "disputes this", which a parser may read so
                    for c in t.children)
                    # "..., a claim the army denied": the relative clause's object is the claim it describes
                    or (t.dep_ == "relcl" and t.head.pos_ == "NOUN" and self._claim_word(t.head))):
                return True
        return False

    def _dated_ahead(self, noun: Token) -> bool:
        """Whether an event noun is dated by a time ahead of the report among its own modifiers ("tomorrow's
        protest", "talks next week", "the vote next Sunday"; cues.yaml future_time_*)."""
        lex = self.lex
        for c in noun.children:
            if c.dep_ not in ("poss", "npadvmod", "nmod", "compound", "tmod", "amod"):
                continue
            word = c.lower_
            if word in lex.future_time_words:
                return True
            if word in lex.future_time_nouns and any(m.lower_ in lex.future_time_modifiers for m in c.children):
                return True
        # "called a general strike for Monday", "set the vote for next week": the day an event is set for, on the
        # noun or on the verb whose object it is, is ahead of the report
        holders = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
        for g in (g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
                  for g in p.children if g.dep_ == "pobj"):
            if g.lower_ in lex.future_time_words:
                return True
            if g.lower_ in lex.future_time_nouns and (g.pos_ == "PROPN" or any(
                    m.lower_ in lex.future_time_modifiers for m in g.children)):
                return True
        return False

    @staticmethod
    def _wh_complement(v: Token) -> bool:
        """Whether a clause opens with a question word other than "whether"/"if" ("who attacked", "why police
        arrested him", "how many people were killed")."""
        first = v.left_edge
        return any(t.tag_ in ("WDT", "WP", "WP$", "WRB") and t.lower_ not in ("whether", "if", "that")
                   for t in v.doc[first.i:min(first.i + 2, v.i + 1)])

    def _doubted_source(self, v: Token) -> bool:
        """Whether the clause names rumour or an unconfirmed report as its source ("according to rumours, the
        rebels attacked", "according to unconfirmed reports"): what it tells is uncertain."""
        lex = self.lex
        for prep in v.children:
            if prep.dep_ != "prep" or prep.lower_ != "according":
                continue
            for source in (t for to in prep.children if to.lower_ == "to" for t in to.children if t.dep_ == "pobj"):
                if lex.noun_status.get(source.lemma_.lower()) == "uncertain" or any(
                        m.dep_ == "amod" and m.lower_ in lex.unconfirmed_sources for m in source.children):
                    return True
        return False

    def _embed_word(self, verb: Token) -> str:
        """The `embed` key of a word: its lemma, or the word itself when the lemmatizer slipped ("are slated for"
        -> "slat")."""
        lemma = verb.lemma_.lower()
        return lemma if lemma in self.lex.embed or verb.lower_ not in self.lex.embed else verb.lower_

    def _under_deadline(self, v: Token, dep: str, h: Token) -> bool:
        """Whether a to-infinitive is what a party must do or has a span of time for: the complement of main-verb
        "have" ("has to sign", "has until Friday to withdraw"), or of a span it has or is given ("has 14 days to
        sign", "were given 48 hours to leave"; cues.yaml `deadline_nouns`). Not "has the right/powers to"."""
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return False

        def owes(have: Token) -> bool:
            # a past "had to withdraw" tells what was done under pressure; "was given 48 hours" still is ahead
            return have.lemma_ == "give" or have.lemma_ == "have" and have.dep_ not in ("aux", "auxpass") \
                and have.tag_ != "VBD"

        if dep == "xcomp" and h.lemma_ == "have" and owes(h):
            return True
        spans = self.lex.deadline_nouns
        if dep in ("relcl", "acl") and h.lower_ in spans and h.dep_ == "dobj" and owes(h.head):
            return True
        return dep == "advcl" and owes(h) and any(c.dep_ == "dobj" and c.lower_ in spans for c in h.children)

    def _embed_key(self, verb: Token) -> str:
        """The `embed` key of a verb: with its particle when the lexicon has that phrasal verb ("rule out",
        "call off"), else its lemma."""
        lemma = verb.lemma_.lower()
        for c in verb.children:
            # (the parser may read the particle as an adverb: "held back from recognising")
            if c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in self.lex.embed:
                return f"{lemma} {c.lower_}"
        return lemma

    def _gives_up(self, noun: Token) -> bool:
        """Whether the verb taking a noun as its object gives it up: a denial of a claim or report (cues.yaml
        denial_verbs, of a claim or report: hearsay_nouns or uncertain noun_status; or any object of an `embed`
        verb marked negated: "thwarted a plot to bomb") or the abandonment of a plan (plan_nouns under
        abandonment_verbs)."""
        lex = self.lex
        verb = noun.head
        key = self._embed_key(verb)
        lemma = noun.lemma_.lower()
        if lex.embed.get(key, ("",))[0] == "negated":
            return True
        if key in lex.denial_verbs:
            return lemma in lex.hearsay_nouns or lex.noun_status.get(lemma) == "uncertain"
        return key in lex.abandonment_verbs and lemma in lex.plan_nouns

    @staticmethod
    def _inverted_were(v: Token) -> bool:
        """Whether an infinitive belongs to an inverted "were" opening a condition ("Were the rebels to attack the
        convoy, ..."), whether the parser hangs it on "were" or on the subject after it."""
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return False
        for were in (v.head, v.head.head):
            if were.lower_ == "were" and were.dep_ == "advcl" and were.i < v.i and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < were.i for c in were.children):
                return True
        return False

    def _plan_noun_status(self, noun: Token) -> str:
        """The status a noun of plan, threat or claim gives the event it is about (cues `noun_status`), unless the
        plan itself is denied or dropped: "has no plans to meet", "no intention of attacking", "scrapped plans to
        attack", "abandoned plans for a march" leave the event negated."""
        lex = self.lex
        status = lex.noun_status[noun.lemma_.lower()]
        if status == "asserted":
            return status
        if any(c.dep_ == "det" and c.lower_ in lex.negative_quantifiers for c in noun.children):
            return "negated"
        if noun.dep_ == "nsubjpass" and lex.embed.get(self._embed_key(noun.head), ("",))[0] == "negated" \
                and self._chain_status(noun.head) == "asserted":
            return "negated"  # "plans for a march were scrapped"
        if noun.dep_ == "dobj" and (lex.embed.get(noun.head.lemma_.lower(), ("",))[0] == "negated"
                                    or self._gives_up(noun)):
            return "negated"  # (also a claim denied: "rejected claims of torture")
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" \
            and noun.head.lower_ == "on" else None
        if verb is not None and verb.pos_ == "VERB" and lex.plan_nouns & {noun.lemma_.lower(), noun.lower_}:
            # "carried out its threat to execute a hostage", "made good on its threat": done as surely as the
            # making good; "broke its promise to withdraw", "reneged on its pledge": not done
            words = {verb.lemma_.lower()} | {f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children
                                             if c.dep_ in ("prt", "advmod", "oprd", "acomp", "dobj")}
            if words & lex.fulfilment_verbs:
                return self._chain_status(verb)
            if words & lex.breach_verbs and self._chain_status(verb) == "asserted":
                return "negated"
        return status

    def _reported_will(self, v: Token) -> bool:
        """Whether a "would" clause is a reported "will" ("protesters said they would march", "the ministry
        announced it would send aid"): the that-clause of a reporting verb, with no condition of its own, tells
        a plan in the future of its report, not a hypothesis. A "would" clause coordinated with the reported one
        ("said it had pulled back and would retake the town") is reported by the same verb."""
        top = v
        for _ in range(4):
            if top.dep_ != "conj" or top.head is top:
                break
            top = top.head
        if top.dep_ != "ccomp" or top.head.lemma_.lower() not in self.lex.speech_verbs:
            return False
        return not any(c.dep_ == "advcl" and any(m.lower_ in self.lex.conditionals for m in c.children)
                       for c in v.children)

    def _generic_condition(self, v: Token) -> bool:
        """A simple-present clause opened by "when"/"whenever" under a simple-present main verb ("we win this
        seat when we talk about jobs"): a general condition, not an occurrence."""
        if v.dep_ != "advcl" or v.tag_ not in ("VBP", "VBZ") or v.head.tag_ not in ("VBP", "VBZ"):
            return False
        if any(c.dep_ in ("aux", "auxpass") for c in v.children):
            return False
        return any(c.dep_ in ("advmod", "mark") and c.lower_ in self.lex.generic_conditionals and c.i < v.i
                   for c in v.children)

    def _imperative(self, v: Token) -> bool:
        """A base-form main verb with no subject that opens its sentence ("Please help us feed the refugees", "Join
        the march on Saturday"): the reader is asked to do it; it has not happened."""
        if v.dep_ != "ROOT" or v.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass")
                                                     and c.lower_ not in self.lex.imperative_openers
                                                     for c in v.children):
            return False
        # a fronted adverbial of the verb's own may come first ("To find out more, visit our site", "For more
        # information, call ...")
        fronted = {t.i for c in v.children if c.i < v.i and c.dep_ in ("advcl", "prep", "npadvmod", "advmod")
                   for t in c.subtree}
        before = [t for t in v.sent if t.i < v.i and not t.is_punct and not t.is_space and t.i not in fronted]
        return all(t.lower_ in self.lex.imperative_openers for t in before)

    @staticmethod
    def _finding(v: Token, dep: str, status: str) -> str:
        """A that-clause in the past tense under a word of possibility or proposal states a possible finding,
        not a plan: "it is possible that the rebels attacked", "evidence suggests the militia attacked the village"
        are uncertain, where "it is possible to negotiate", "suggested that talks resume" stay hypothetical."""
        if status in ("hypothetical", "future") and dep == "ccomp" and (
                v.tag_ == "VBD" or any(a.lemma_ == "have" and a.dep_ == "aux" for a in v.children)):
            return "uncertain"
        return status

    def _phase_of(self, noun: Token) -> Token | None:
        """The phase noun whose "of" phrase the event noun is ("the resumption of talks", "a new round of
        negotiations"; cues.yaml phase_nouns), or None."""
        p = noun.head
        if noun.dep_ != "pobj" or p.lower_ != "of" or p.dep_ != "prep":
            return None
        head = p.head
        if head.pos_ == "NOUN" and head.lemma_.lower() in self.lex.phase_nouns \
                and not self.lex.noun_entries(head.lemma_.lower()):  # "a round of talks" is itself a trigger
            return head
        return None

    def _unsupported(self, noun: Token) -> bool:
        """Whether a noun of evidence is denied: "no evidence", "without evidence" (cues.yaml evidence_nouns)."""
        return self._no_one(noun) or noun.dep_ == "pobj" and noun.head.lower_ == "without"

    def _no_one(self, arg: Token) -> bool:
        """Whether an argument is a negative quantifier ("nobody", "none of the hostages") or has one as its
        determiner ("no one", "no civilians", "neither side"): the clause then says the event did not happen."""
        words = self.lex.negative_quantifiers
        if arg.lower_ in self.lex.universal_quantifiers or any(
                c.dep_ == "det" and c.lower_ in self.lex.universal_quantifiers for c in arg.children):
            return False  # "not all of the hostages were released", "not every shop was looted": some were
        # "not a single shot was fired", "not one protester was arrested": a negated determiner phrase; "neither
        # the army nor the rebels fired": "neither" opening a coordination (a pre-conjunction) denies every conjunct
        return arg.lower_ in words or any(
            (c.dep_ in ("det", "preconj", "nummod") and c.lower_ in words) or (c.dep_ == "neg" and c.i < arg.i) or (
                c.dep_ in ("nummod", "det", "amod") and any(g.dep_ == "neg" and g.i < c.i for g in c.children))
            for c in arg.children)

    def _done_by_no_one(self, v: Token) -> bool:
        """Whether an infinitive with no subject of its own hangs on a verb whose subject is a negative quantifier
        ("nobody came to help", "no one was sent to rescue them", "none of the parties tried to mediate"): the
        infinitive's doer is that nobody, so the act was not done (not after a verb that itself undoes its
        infinitive, "nobody refused to help", a double negation)."""
        h = v.head
        if v.dep_ not in ("xcomp", "advcl") or h is v or h.pos_ not in ("VERB", "AUX"):
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return False
        if self.lex.embed.get(self._embed_key(h), ("asserted",))[0] == "negated":
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass") and not _across_lines(c, h) and self._no_one(c)
                   for c in h.children)

    def _replaced(self, word: Token) -> bool:
        """Whether a preposition or conjunction reads "in place of" ("instead of attacking", "rather than
        negotiate"): what it introduces did not happen."""
        doc = word.doc
        return any(c.lower_ in self.lex.substitution_adverbs for c in word.children) or (
            word.i > 0 and doc[word.i - 1].lower_ in self.lex.substitution_adverbs)

    def _announced_now(self, verb: Token, *, enacted: Token | None = None, gathering: bool = False) -> bool:
        """Whether a verb of plan, schedule or expectation (`embed` entries marked future) announces, in the
        present tense, what its subject will be ("are expected to resume", "is scheduled for May"); a past
        announcement ("were scheduled for Monday") leaves open whether it happened. With `enacted` (its passive
        subject), only when a passive infinitive makes that event ("the truce is expected to be signed"). With
        `gathering` (its subject is talks or a protest), a complement telling how it goes does as well ("the talks are
        expected to focus on trade")."""
        if verb.pos_ not in ("VERB", "AUX", "ADJ") or self.lex.embed.get(self._embed_word(verb), ("",))[0] != "future":
            return False
        complements = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        if enacted is not None:
            if not any(c.dep_ == "xcomp" and self._enacts(c, enacted) for c in complements):
                return False
        elif complements:
            # "talks are expected to resume": the subject is planned only when the complement tells that it will
            # happen; "the truce is set to take effect" tells what an agreement already made will do
            if not any(self._tells_occurrence(c) or (gathering and self._tells_course(c)) for c in complements):
                return False
        elif not any(c.dep_ == "auxpass" for c in verb.children):
            return False
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if not aux and complements and verb.dep_ == "ROOT" and verb.tag_ in ("VBN", "VBD"):
            return True  # headline "Border talks expected to resume": the reduced passive of "are expected"
        return bool(aux) and all(a.tag_ in ("VBZ", "VBP", "MD") or a.lower_ == "be" for a in aux) and any(
            a.tag_ in ("VBZ", "VBP", "MD") for a in aux)

    def _planned_by_copula(self, noun: Token, *, gathering: bool = False) -> str | None:
        """The status an event noun gets as the subject of "be" + a word of plan or expectation (`embed` entries
        marked future) with a complement telling that it happens: "talks are due to begin", "the vote is likely to
        take place"; with `gathering` (talks, a protest), one telling how it goes: "the march is due to end at
        parliament"; None when the clause is no such announcement."""
        verb = noun.head
        if noun.dep_ == "nsubjpass" and self._announced_now(verb, enacted=noun):
            # "the truce is expected to be signed", "the treaty is scheduled to be ratified": the passive
            # infinitive makes the accord the subject names, which the present passive of plan announces
            return self.lex.embed[self._embed_word(verb)][0]
        if noun.dep_ != "nsubj" or verb.lemma_.lower() != "be":
            return None
        for adj in verb.children:
            status = self.lex.embed.get(adj.lemma_.lower(), ("",))[0]
            # (or a passive that makes the event: "the deal is unlikely to be signed", "talks are likely to be
            # held", "the accord is unlikely to be ratified")
            if adj.dep_ in ("acomp", "attr") and status in ("future", "hypothetical") and any(
                    c.dep_ == "xcomp" and (self._tells_occurrence(c) or self._enacts(c, noun)
                                           or (gathering and self._tells_course(c)))
                    for c in adj.children):
                return status
        return None

    def _enacts(self, verb: Token, noun: Token) -> bool:
        """Whether a passive infinitive makes the event its raised subject names: a light verb ("talks are to be
        held", "the deal is likely to be signed") or a verb the lexicon codes as the noun's own type ("the accord
        is unlikely to be ratified": both AGREE). Not a verb of what follows an event ("the attack is likely to be
        investigated")."""
        if not any(a.dep_ == "auxpass" for a in verb.children) or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
            return False
        lemma = verb.lemma_.lower()
        if lemma in self.lex.light_verbs:
            return True
        noun_types = {e.type for e in self.lex.noun_entries(noun.lemma_.lower()) if e.type}
        return bool(noun_types & {e.type for e in self.lex.verb_entries(lemma) if e.constraint is None and e.type})

    def _to_be_held(self, noun: Token) -> bool:
        """Whether an event noun is the subject of "be" + an infinitive that tells it will take place: one of
        occurrence ("talks are to begin"), a light verb in the passive ("the deal is to be signed", "talks are to
        be held") or any passive of a moved theme ("aid is to be sent"); "the attack is to be investigated" tells
        what will follow an event that took place."""
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.lemma_.lower() != "be" or any(c.dep_ in ("acomp", "attr")
                                                                      for c in verb.children):
            return False
        for x in verb.children:
            if x.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
                continue
            # what a transfer moves (cues.yaml themes: "aid is to be sent", "troops are to be deployed") has not
            # moved yet either
            if self._tells_occurrence(x) or ((x.lemma_.lower() in self.lex.light_verbs
                                              or noun.lemma_.lower() in self.lex.themes)
                                             and any(c.dep_ == "auxpass" for c in x.children)):
                return True
        return False

    def _solo_drill(self, cand: Candidate) -> bool:
        """Whether a military cooperation is drills (cues.yaml drill_nouns) one party holds alone: no partner word
        ("joint", "bilateral": cues.yaml partnership_words), no "with" phrase on the verb or the drill noun, and one
        actor, not conjoined or counted ("the two navies")."""
        lex = self.lex
        drills = [t for t in (cand.head, *cand.trigger, *cand.extra)
                  if t.lower_ in lex.drill_nouns or t.lemma_.lower() in lex.drill_nouns]
        if not drills:
            return False
        holders = {cand.head, *drills}
        if any(t.lower_ in lex.partnership_words for d in drills for t in d.subtree):
            return False
        if any(c.dep_ == "prep" and c.lower_ == "with" for h in holders for c in h.children):
            return False
        if len(cand.actors) != 1:
            return False
        actor = cand.actors[0]
        return not any(c.dep_ in ("conj", "nummod") or c.lower_ in lex.partnership_words for c in actor.children)

    def _tells_course(self, verb: Token) -> bool:
        """Whether a verb tells how a gathering goes: its topics, crowd or length ("focus on trade", "draw
        thousands", "last two days"; cues.yaml course_verbs)."""
        return verb.lemma_.lower() in self.lex.course_verbs

    def _tells_occurrence(self, verb: Token) -> bool:
        """Whether a verb says its subject happens ("resume", "begin", "take place"; cues.yaml occurrence_verbs
        with no object but occurrence_objects)."""
        return verb.lemma_.lower() in self.lex.occurrence_verbs and all(
            c.lemma_.lower() in self.lex.occurrence_objects for c in verb.children if c.dep_ == "dobj")

    def _consent_outcome(self, cand: Candidate) -> bool:
        """Whether a candidate codes an outcome that takes the other side's consent (cues.yaml `consent_outcomes`:
        an agreement, a ceasefire)."""
        etype = (cand.etype or "").lower()
        return etype in self.lex.consent_outcomes or f"{etype}:{(cand.mode or '').lower()}" in self.lex.consent_outcomes

    def _deliberated(self, tok: Token, *, outcome: bool = False) -> bool:
        """Whether a gerund is the topic of a deliberation ("a referendum on annexing the territory", "a bill on
        deploying troops abroad", "talks on withdrawing troops"; cues.yaml `deliberation_nouns`): an act put to a
        vote or a debate is weighed, not done. So is a measure (cues.yaml `measure_nouns`) a deliberation is "on" ("a
        vote on sanctions", "the bill on an arms embargo"; not "over": "a row over sanctions" is about ones in force),
        and, with `outcome`, an outcome that takes the other side's consent ("talks on a truce")."""
        gerund = tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in ("on", "about", "over")
        measure = tok.dep_ == "pobj" and tok.head.lower_ == "on" and (
            outcome or tok.lemma_.lower() in self.lex.measure_nouns or tok.lower_ in self.lex.measure_nouns)
        if not (gerund or measure):
            return False
        holder = tok.head.head
        return holder.pos_ == "NOUN" and (holder.lemma_.lower() in self.lex.deliberation_nouns
                                          or holder.lower_ in self.lex.deliberation_nouns)

    def _status(self, cand: Candidate) -> str:
        if self._averted_attempt(cand):
            return "asserted"  # "foiled a coup attempt": the attempt was made; what was averted is its success
        status = self._plain_status(cand)
        if status == "future" and self._conditional_intent(cand):
            return "hypothetical"  # "is ready to sign a ceasefire if the rebels free the soldiers": only may happen
        if status == "asserted" and self._enough_for(cand):
            return "hypothetical"  # "had enough food to feed 500,000 people": a capacity, not an act
        if status == "asserted":
            return self._judged_likelihood(cand) or status
        return status

    def _judged_likelihood(self, cand: Candidate) -> str | None:
        """The status an adjective of likelihood gives an event noun it is said of through a linking verb ("a direct
        clash remained unlikely", "an attack seems likely": lexicon `embed`, cues `state_verbs` and
        `resemblance_verbs`): how likely the act is, not that it took place; None otherwise."""
        noun = cand.head
        if cand.kind != "noun" or noun.dep_ != "nsubj":
            return None
        verb = noun.head
        if verb.lemma_.lower() not in self.lex.state_verbs | self.lex.resemblance_verbs:
            return None
        # (not an adjective with an infinitive of its own, on it or on the verb: "the ambush is likely to be
        # investigated" judges the inquiry, not the ambush)
        if any(c.dep_ == "xcomp" for c in verb.children):
            return None
        judged = [self.lex.embed[c.lemma_.lower()][0] for c in verb.children
                  if c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in self.lex.embed
                  and not any(g.dep_ in ("xcomp", "ccomp") for g in c.children)]
        return judged[0] if judged and judged[0] != "asserted" else None

    def _averted_attempt(self, cand: Candidate) -> bool:
        """Whether an event noun names an attempt ("coup attempt", "attempted coup", "the attempt") that a verb of
        averting (cues.yaml `averting_verbs`) takes as its object: the attempt took place and failed, so it is
        asserted (not "foiled a plot to bomb", where the bombing is the act that did not happen)."""
        noun = cand.head
        if cand.kind != "noun" or noun.dep_ not in ("dobj", "nsubjpass"):
            return False
        if noun.head.lemma_.lower() not in self.lex.averting_verbs:
            return False
        words = [noun, *(c for c in noun.children if c.dep_ in ("amod", "compound"))]
        if noun.dep_ == "compound":
            words.append(noun.head)
        words += [t for t in cand.trigger]
        return any(t.lemma_.lower() == "attempt" or t.lower_ == "attempted" for t in words)

    def _enough_for(self, cand: Candidate) -> bool:
        """Whether a verb event is the infinitive of having enough for it (cues.yaml `sufficiency_words`: "had enough
        food to feed", "strong enough to seize", "enough troops to retake")."""
        verb = cand.head
        if cand.kind not in ("verb", "light") or verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "relcl", "acl",
                                                                                          "xcomp") \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        holder = verb.head
        words = self.lex.sufficiency_words
        return any(c.lower_ in words and c.dep_ in ("amod", "advmod") for c in holder.children) or any(
            m.lower_ in words and m.dep_ == "amod" for o in holder.children if o.dep_ == "dobj" for m in o.children)

    def _conditional_intent(self, cand: Candidate) -> bool:
        """Whether a planned or offered act has a condition hung on it or on the infinitive that carries it ("plans
        to sign if ...", "is willing to release prisoners unless ...")."""
        verb = cand.head if cand.head.pos_ in ("VERB", "AUX") else cand.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        # (up the infinitive's chain: "remained ready to sign ... if ..." may hang the condition on "remained")
        for _ in range(3):
            if self._conditioned(verb):
                return True
            if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
                return False
            verb = verb.head
        return False

    def _plain_status(self, cand: Candidate) -> str:
        lex = self.lex
        accusation = self._alleged(cand)
        if accusation is not None:
            # "the rebels were accused of looting shops": what an accusation states is alleged, not established
            # (the accusation itself is asserted); a denied accusation leaves the act denied
            return "negated" if self._clause_status(accusation.verb) == "negated" else "uncertain"
        if cand.kind == "verb" and cand.head.dep_ == "advcl" and self._alleged_act_before(cand.head) is not None:
            # "accused X of shelling the town, killing four": the result of the alleged act is alleged with it
            return "negated" if self._clause_status(cand.head.head) == "negated" else "uncertain"
        if self._charged(cand):
            return "uncertain"  # "were charged with killing two farmers": a charge, not a finding
        if self._conditional_noun(cand.head):
            return "hypothetical"  # "in the event of an attack, troops will evacuate the embassy"
        if self._deliberated(cand.head, outcome=cand.kind == "noun" and self._consent_outcome(cand)):
            return "hypothetical"  # "held a referendum on annexing the territory": what is voted on, not done
        if cand.kind == "noun" and self._anticipated(cand.head):
            return "future"  # "security was tightened ahead of Sunday's protest"
        if cand.kind == "noun" and cand.head.dep_ == "pobj" and cand.head.head.lower_ == "for" \
                and cand.head.head.head.lemma_.lower() in lex.price_nouns:
            return "hypothetical"  # "demanded a ransom for the release of the engineers": what the price would buy
        seeming = self._likened(cand.head)
        if seeming is not None:
            # "heard what sounded like shelling": how it struck a witness; "did not look like an attack": denied
            return "negated" if self._clause_status(seeming) == "negated" else "uncertain"
        if cand.kind == "verb" and cand.head.pos_ == "NOUN" and any(
                c.dep_ in ("compound", "amod", "nmod") and c.i < cand.head.i
                and (c.lemma_.lower() in lex.prospect_verbs or c.lower_ in lex.prospect_verbs)
                for c in cand.head.children):
            # "Activists risk jail for the protest" parsed as one noun phrase: the prospect verb (cues.yaml
            # `prospect_verbs`) read as a modifier still makes the act one that looms, as "face arrest" does
            conditional = any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
                              for c in cand.head.children)
            return "hypothetical" if conditional else "future"
        if cand.head.dep_ == "pobj" and self._reported_none(cand.head) \
                and cand.head.head.head.lemma_.lower() in lex.verification_words:
            return "uncertain"  # "there was no independent confirmation of fighting": not confirmed, not denied
        if cand.head.dep_ == "pobj" and self._reported_none(cand.head) or self._next_to_none(cand.head):
            # "there were no reports of looting" (also a gerund), "scarcely any clashes broke out": denied
            return "negated"
        if cand.kind in ("noun", "light"):
            noun = cand.head
            if any(c.dep_ == "advcl" and self._truth_condition(c) for c in noun.children):
                return "uncertain"  # "the bombing, if confirmed, would be the deadliest": the parser hangs it here
            if noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(
                    c.dep_ == "amod" and c.lower_ in lex.ranking_modifiers for c in noun.children) \
                    and self._clause_status(noun.head) == "negated":
                # "it was not the first attack on the town this year": the negation is of the ranking (cues.yaml
                # ranking_modifiers), the attack took place
                return self._chain_status(noun.head, own_negation=False)
            if self._accord_standing_told(noun):
                # "the ceasefire has held", "the truce may not last", "the deal collapsed": whether an accord made
                # before still stands, not its making; not asserted, so it counts as no act of this report
                return "uncertain"
            # an event noun as the active subject of a verb that tells what it did, not that it happened ("the
            # truce did not stop the shelling", "the accord would not fix a date"), or of a copula that describes
            # it ("the raid was not a success"; not one of possibility or plan: "talks are not possible"): the
            # negation is of that deed or description, not of the event
            deed_subject = noun.dep_ == "nsubj" and (
                (noun.head.pos_ == "VERB" and not self._tells_occurrence(noun.head)) or (
                    noun.head.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in noun.head.children)
                    and not any(c.dep_ in ("attr", "acomp", "xcomp") and c.lemma_.lower() in lex.embed
                                for c in noun.head.children)))
            if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in lex.verification_words \
                    and self._chain_status(noun.head) != "asserted":
                return "uncertain"  # "the attack could not be independently verified": left open, not denied
            if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") and not deed_subject \
                    and self._clause_status(noun.head, own=True) == "negated":
                return "negated"  # "the planned attack never happened": the negation outranks "planned"
            if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" \
                    and lex.embed.get(self._embed_key(noun.head), ("",))[0] == "negated" \
                    and any(c.dep_ == "xcomp" and self._tells_occurrence(c) for c in noun.head.children) \
                    and self._chain_status(noun.head) == "asserted":
                return "negated"  # "the rally failed to materialise", "the talks failed to take place"
            if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and self._tells_occurrence(noun.head) and not any(
                    c.dep_ in ("amod", "compound") and lex.noun_status.get(c.lower_) in ("uncertain", "negated")
                    for c in noun.children):
                # "the postponed summit took place in May", "the planned talks will take place": the clause that
                # says whether it occurs outranks a modifier that tells what was once planned (not one that doubts
                # it: "the alleged rapes occurred" stays alleged)
                status = self._chain_status(noun.head)
                if status in ("future", "hypothetical") and noun.head.lemma_.lower() in lex.continuation_verbs:
                    return "asserted"  # "the strike will continue until ...": it is under way already
                return status
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.prospect_verbs \
                    and noun.head.tag_ in ("VB", "VBP", "VBZ", "VBG") and self._chain_status(noun.head) == "asserted":
                # "demonstrators face arrest if they continue", "risks prosecution": an act that looms over the
                # subject, not one done to it (a past "faced shelling for weeks" tells what it went through)
                conditional = any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
                                  for c in noun.head.children)
                return "hypothetical" if conditional else "future"
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.backing_verbs and any(
                    c.dep_ in ("amod", "advmod") and c.lower_ in lex.further_modifiers for c in noun.children):
                return "hypothetical"  # "Berlin supported further sanctions": a measure wanted, not yet taken
            gathering = (cand.etype or "").lower() in lex.gathering_types
            planned = self._planned_by_copula(noun, gathering=gathering)
            if planned is not None:
                return planned  # "talks are due to begin": announced, not yet happened
            if self._to_be_held(noun):
                return "future"  # "the agreement is to be signed next week", "talks are to take place in May"
            if noun.dep_ in ("nsubj", "nsubjpass") and self._announced_now(
                    noun.head, gathering=gathering):
                # "talks are expected to resume", "the summit is scheduled for May": the event is the subject of a
                # verb of plan, schedule or expectation in the present, so it has not happened yet
                return lex.embed[self._embed_word(noun.head)][0]
            if noun.dep_ in ("ROOT", "dep") or (noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lex.speech_verbs):
                # headline "Peace summit scheduled to open in X": the parser hangs the reduced passive on the noun;
                # so with a time ahead instead ("Prisoner swap expected next week", "Exchange planned for Friday",
                # also read as the subject of a closing "..., officials say")
                planned = [c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
                           and lex.embed.get(self._embed_word(c), ("",))[0] == "future"
                           and (any(x.dep_ == "xcomp" and self._tells_occurrence(x) for x in c.children)
                                or any(t.ent_type_ == "DATE" for t in c.subtree))]
                if planned:
                    return "future"
            if (noun.dep_ == "compound" and noun.head.pos_ == "NOUN" or noun.dep_ == "nsubj"
                    and noun.head.i == noun.i + 1) and noun.head.lower_ in lex.purpose_nouns \
                    and self._consent_outcome(cand):
                # "Truce bid", "a fresh peace deal push" (the parser may read a headline's two nouns as a subject and
                # its verb): what the bid seeks, which the other side has not granted
                return "hypothetical"
            if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and lex.noun_status.get(
                    noun.head.lemma_.lower(), "asserted") != "asserted":
                # "a rape allegation", "the strike threat", "an attack plan": the event names what the head noun
                # alleges, fears or plans
                return lex.noun_status[noun.head.lemma_.lower()]
            if self._reduced_passive_subject(noun):
                # headline "Summit postponed amid security fears", "Talks cancelled after attack": the reduced
                # passive, read as an active past with the event as its subject, puts it off or calls it off
                return lex.embed[self._embed_key(noun.head)][0]
            if noun.dep_ == "nsubjpass" and noun.head.pos_ == "VERB" \
                    and lex.embed.get(self._embed_key(noun.head), ("",))[0] == "negated" \
                    and self._chain_status(noun.head) == "asserted":
                # "a planned protest was cancelled", "the scheduled talks were called off": the verb that undoes
                # the event outranks the modifier that tells it was once planned
                return "negated"
            if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" \
                    and lex.embed.get(self._embed_key(noun.head), ("",))[0] == "negated" and any(
                        c.dep_ in ("amod", "compound") and lex.noun_status.get(c.lower_) in ("future", "hypothetical")
                        for c in noun.children) \
                    and not self._failed_to_avert(noun.head) and self._chain_status(noun.head) == "asserted":
                return "negated"  # "called off a planned visit", "foiled a planned attack": as in the passive above
            for c in noun.children:
                if c.dep_ == "det" and c.lower_ == "no":
                    return "negated"
                if c.dep_ in ("amod", "compound") and c.lower_ in lex.noun_status:
                    status = lex.noun_status[c.lower_]
                    if status != "asserted":
                        return status
            h = noun.head
            if noun.dep_ == "pobj" and h.dep_ == "prep":
                if h.lower_ in lex.negations or self._replaced(h):
                    return "negated"
                if h.lower_ == "from" and h.head.lemma_.lower() in lex.prevention_verbs:
                    if self._failed_to_avert(h.head):
                        return "asserted"  # "could not keep the rebels from the attack"
                    return "negated"  # "were prevented from meeting", "kept the rebels from the attack"
                holder = h.head
                if holder.pos_ in ("NOUN",) and holder.lemma_.lower() in lex.noun_status:
                    return self._plan_noun_status(holder)
                if holder.pos_ == "NOUN" and h.lower_ == "of" and self._reported_none(noun):
                    return "negated"  # "there were no reports of fighting": nothing was heard of any
                if holder.pos_ == "NOUN" and h.lower_ == "of" and holder.lemma_.lower() in lex.hearsay_nouns:
                    if holder.dep_ == "dobj" and self._gives_up(holder):
                        return "negated"  # "security sources dismissed reports of an attack on the convoy"
                    # "there are reports of atrocities": hearsay ("a report that troops fired" states a finding,
                    # sourced to its author, and "the agency reported an attack" asserts it)
                    return "uncertain"
                # ("warned against an attack on the embassy")
                # ("open to talks": the embedding is the adjective with its preposition, not the verb "open")
                held = f"{holder.lemma_.lower()} {h.lower_}"
                held = held if held in lex.embed else holder.lemma_.lower()
                if holder.pos_ in ("VERB", "ADJ") and held in lex.embed and h.lower_ in ("for", "to", "against"):
                    status = lex.embed[held][0]
                    if status == "future" and h.lower_ in lex.opposing_prepositions:
                        status = "hypothetical"  # "voted against a military operation"
                    if status != "asserted":
                        # "will not agree to a new round of talks": a negation above the embedding verb wins
                        return "negated" if self._clause_status(holder) == "negated" else status
            if noun.dep_ == "dobj" and (noun.head.lemma_.lower() in lex.verification_words | lex.admission_verbs
                                        and self._chain_status(noun.head) != "asserted"
                                        or self._denial_withheld(noun.head)):
                # "a spokesman declined to confirm the arrests", "could not verify the killings", "did not admit
                # the killing", "would neither confirm nor deny the airstrike": left open, neither denied nor
                # established
                return "uncertain"
            if self._presupposed(noun):
                return "asserted"  # "the UN will condemn the attack": the attack took place
            if cand.clause is None:
                return "future" if self._dated_ahead(noun) else "asserted"
            gov = cand.clause
            if noun.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ in lex.background_preps and h.head == gov \
                    and self._chain_status(gov, own_first=False) == "negated":
                # "membership is not threatened, despite Moscow's refusal": a negation does not reach into the
                # setting or the concession a background phrase tells
                return "asserted"
            if cand.kind == "light" and noun.dep_ == "dobj" and gov.lemma_.lower() in lex.directive_verbs \
                    and lex.embed.get(gov.lemma_.lower(), ("asserted",))[0] != "asserted":
                # "ordered the release of the journalist": ahead, as "ordered troops to withdraw" is, unless the
                # ordering itself is denied, doubted or only supposed ("said to have ordered the raid")
                above = self._chain_status(gov)
                return lex.embed[gov.lemma_.lower()][0] if above == "asserted" else above
            if cand.kind == "light" and noun.dep_ == "dobj" and lex.embed.get(gov.lemma_.lower(), ("", False))[1] \
                    and lex.embed[gov.lemma_.lower()][0] != "asserted":
                # "plans a rally", "is preparing an offensive": a light verb of intent holds the event it names
                # to the future, as "plans to hold a rally" does; a negation above it wins
                status = lex.embed[gov.lemma_.lower()][0]
                # (also a denial further up: "the rebels denied that they were planning an attack")
                return "negated" if "negated" in (self._clause_status(gov), self._chain_status(gov)) else status
            # (a light verb too when its particle makes it one of undoing: "called off its offensive")
            if (cand.kind == "noun" or (cand.kind == "light" and " " in self._embed_key(gov))) \
                    and self._embed_key(gov) in lex.embed and noun.dep_ in ("dobj", "nsubjpass"):
                status = lex.embed[self._embed_key(gov)][0]
                # "foiled an attack"; as the passive subject only a verb that undoes the event ("the attack was
                # averted"), not one that reports it ("the strike was called", "talks were proposed")
                if status == "negated" and noun.dep_ == "dobj" and self._failed_to_avert(gov):
                    return "asserted"  # "troops could not prevent the attack on the convoy": it happened
                if status == "negated" and noun.dep_ == "dobj" and self._clause_status(gov, own=True) == "negated":
                    return self._forgoing_withheld(gov)  # "did not rule out new sanctions", "did not deny the raid"
                if status != "asserted" and (noun.dep_ == "dobj" or status == "negated" or (
                        self._embed_key(gov) in lex.deferral_verbs and self._chain_status(gov) == "asserted")):
                    return status  # ("the march was postponed": not yet held)
            status = self._chain_status(gov, own_first=cand.kind == "light",
                                        own_negation=not (deed_subject and gov.i == noun.head.i))
            if status in ("asserted", "future") and any(
                    c.dep_ == "det" and c.lower_ in lex.nonspecific_determiners for c in noun.children):
                return "hypothetical"  # "any attack on the capital would be met with force": no particular attack
            # "tomorrow's protest is expected to draw thousands": dated ahead, it has not happened yet
            return "future" if status == "asserted" and self._dated_ahead(noun) else status
        return self._chain_status(cand.head)

    def _chain_status(self, tok: Token, *, own_first: bool = True, own_negation: bool = True) -> str:
        """The status of the clause chain from `tok` up; `own_first`: `tok`'s clause is the event's own (a verb
        trigger), not the clause of the verb governing an event noun ("nobody claimed the attack": the attack
        happened); `own_negation` False: a negation in `tok`'s own clause is not about the event."""
        lex = self.lex
        v = tok
        infinitive_of_noun = False
        for _ in range(8):
            own = self._clause_status(v, own=own_first and v is tok, negation=own_negation or v.i != tok.i)
            if own == "negated" and v.dep_ == "ccomp" and v.head.lemma_ == "be" and any(
                    c.dep_ == "acomp" and c.lower_ in lex.verification_words for c in v.head.children) \
                    and self._clause_status(v.head) == "negated":
                return "asserted"  # "it is not true that the army did not attack": a denial denied
            if own == "negated" and v.dep_ == "ccomp" and self._chain_status(v.head) == "hypothetical":
                # "if she declared that she would not sign the decree", "is considering saying it will not attend": a
                # refusal that is itself only supposed or considered has not been made
                return "hypothetical"
            if own == "negated" and v.dep_ in ("xcomp", "ccomp"):
                embedded = lex.embed.get(self._embed_key(v.head), ("asserted",))[0]
                # (a future verb only when it addresses others, "ordered the troops not to fire", "were told not to":
                # a promise or decision not to act, "promised not to send troops", is a refusal, negated)
                addressed = any(c.dep_ in ("dobj", "dative", "nsubjpass", "auxpass") for c in v.head.children)
                if (embedded == "hypothetical" or embedded == "future" and addressed) and any(
                        c.dep_ == "neg" and c.i < v.i for c in v.children) and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                    # "urged the government not to deploy troops", "called on both sides not to resume fighting",
                    # "were ordered not to open fire": what is asked, wished, ordered or threatened not to be done
                    # is as open as what is asked to be done
                    return "hypothetical"
            if own is not None:
                return own
            if v.dep_ == "ccomp" and main_clause_read_as_complement(v.head) == v:
                return "asserted"  # "X accused Y of smuggling, a charge Y denies": the main clause, misread
            if self._inverted_were(v):
                return "hypothetical"
            if v.dep_ in ("pobj", "pcomp") and v.tag_ == "VBG" and v.head.lower_ == "from" \
                    and v.head.head.lemma_.lower() in lex.prevention_verbs and self._failed_to_avert(v.head.head):
                return "asserted"  # "failed to stop the rebels from seizing the town": they seized it
            if v.dep_ == "pobj" and v.tag_ == "VBG" and v.head.dep_ == "prep" and (
                    v.head.lower_ in lex.negations or self._replaced(v.head) or (
                    v.head.lower_ == "from" and v.head.head.lemma_.lower() in lex.prevention_verbs)):
                return "negated"  # a gerund read as the object of "without" or "prevented from"
            dep, h = v.dep_, v.head
            if self._done_by_no_one(v):
                return "negated"  # "no one came to rescue the hostages", "none of the envoys tried to mediate"
            if dep in ("dobj", "pobj") and self._gerund_lemma(v) is not None:
                # a gerund read as a noun ("denied meeting", "refrained from meeting") is the verb's complement
                dep = "xcomp" if dep == "dobj" else "pcomp"
            if dep == "ccomp" and h.lemma_ == "be" and any(
                    t.lemma_.lower() in lex.occasion_nouns
                    and any(m.lower_ in lex.ranking_modifiers for m in t.children)
                    for t in v.doc[h.i + 1:v.i]):
                # "it is not the first time rebels have attacked the town" (the parser makes the clause the
                # copula's complement): the negation is of "first", the attack took place
                return self._chain_status(h, own_negation=False)
            if (dep in ("acl", "relcl") and h.lower_ in lex.indefinite_pronouns) or (v.tag_ == "VBG" and any(
                    c.dep_ == "nsubj" and c.lower_ in lex.indefinite_pronouns for c in v.children)):
                # "anyone joining the protest would be arrested" (also parsed as the participle's subject: "anybody
                # taking part in the march would be detained"): whoever might, not who did
                return "hypothetical"
            if dep == "advcl" and self._breaks_down(h) and any(
                    c.dep_ == "mark" and c.lower_ == "before" for c in v.children) and any(
                    (c.dep_ == "aux" and c.lower_ in ("could", "can")) or (c.dep_ in ("nsubj", "nsubjpass")
                                                                         and c.lower_ == "it")
                    for c in v.children) and self._chain_status(h) == "asserted":
                # "the deal collapsed before it was signed", "the truce collapsed before troops could withdraw": the
                # collapse forestalled the act (not "the talks collapsed before the rebels attacked", a sequence)
                return "negated"
            if dep == "pobj" and v.i > 0 and v.doc[v.i - 1].lower_ == "to" and _verb_read_as_noun(v):
                # "are due to sanction the bank" read as a preposition and its noun: the infinitive of "due"
                dep, h = "xcomp", (h.head if h.lower_ == "to" else h)
            if infinitive_of_noun and v.pos_ in ("NOUN", "PROPN") and dep in ("attr", "dobj", "nsubj", "nsubjpass",
                                                                              "oprd"):
                # "this would be his last chance to ask for forgiveness": the noun an infinitive describes
                # takes its status from the clause it belongs to
                infinitive_of_noun = False
                intent = lex.embed.get(h.lemma_.lower(), ("asserted", False))
                if dep == "dobj" and intent[1] and intent[0] != "asserted":
                    # "is preparing an offensive to retake the city": what a planned thing is for is as planned
                    return "negated" if self._clause_status(h) == "negated" else intent[0]
                v = h
                continue
            if dep in ("csubj", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "whether" for c in v.children) \
                    and not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                return "uncertain"  # "whether the army shelled the town remains unclear": asked, not told
            if dep == "csubj" or (dep == "nsubj" and v.tag_ == "VBG"):
                goal = [c for c in h.children if c.dep_ == "attr" and lex.embed.get(c.lemma_.lower(), ("asserted",))[0]
                        != "asserted"] if h.lemma_ == "be" else []
                if goal:
                    # "removing fugitives is a top priority", "ending the war is the goal": an aim, not an act
                    return lex.embed[goal[0].lemma_.lower()][0]
                v = h  # "abandoning the region would hand it to extremists": a clausal subject shares the clause
                continue
            if dep == "acl" and v.tag_ == "VBG" and h.dep_ == "dobj" \
                    and h.head.lemma_.lower() in lex.speech_verbs | lex.perception_verbs \
                    and self._clause_status(h.head) in ("uncertain", "negated", "hypothetical"):
                return "uncertain"  # "footage purportedly showing soldiers beating a man": as sure as the showing
            if dep == "acl" and v.tag_ == "VBG" and h.dep_ == "pobj" and (
                    h.head.lower_ in lex.negations or self._replaced(h.head)):
                return "negated"  # "the day ended without students protesting": a gerund with its own subject
            if dep == "ccomp" and h.lower_ == "had" and h.dep_ == "advcl" and v.tag_ in ("VBN", "VBD") and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in h.children):
                # "Had the ministers met in Geneva, ...": an inverted counterfactual the parser splits into "had"
                # and a clause of its own
                return "hypothetical"
            # (also read as a relative clause: "would take all measures to defend its firms")
            infinitive_of_noun = dep in ("acl", "relcl") and h.pos_ == "NOUN" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
            if dep == "xcomp" and any(c.dep_ == "advmod" and c.lower_ == "too" for c in h.children):
                return "negated"  # "too weak to attack", "it is too early to resume talks"
            if dep == "xcomp" and h.lemma_ in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet"
                                                                    for c in h.children):
                return "negated"  # "has yet to release the prisoners", "police are yet to arrest anyone"
            if self._under_deadline(v, dep, h):
                return "hypothetical"  # "has to sign the bill", "has 14 days to sign it", "given 48 hours to leave"
            if dep in ("xcomp", "ccomp", "attr") and h.lemma_ == "be":
                # "their goal is to capture the capital", "the plan is to withdraw": the subject noun sets it;
                # "it is possible that the rebels attacked", "is capable of": an adjective of the copula does
                # "what the militia wants to do is burn the crops": a clausal subject's verb does too
                # (a noun complement too when the infinitive hangs on the copula: "troops are on standby to evacuate")
                holders = [c for c in h.children if (c.dep_ in ("nsubj", "csubj") or (c.dep_ == "acomp"
                                                                                       and dep != "attr")
                                                     or (c.dep_ == "attr" and dep == "xcomp"))
                           and c.lemma_.lower() in lex.embed and lex.embed[c.lemma_.lower()][0] != "asserted"]
                if holders:
                    status = self._finding(v, dep, lex.embed[holders[0].lemma_.lower()][0])
                    above = self._clause_status(h)
                    return "negated" if above == "negated" else status
                if dep == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
                        and not any(c.dep_ in ("acomp", "attr") for c in h.children):
                    return "future"  # "the president is to visit Japan", "the minister was to meet the rebels"
            if dep == "acl" and v.tag_ == "VBN" and h.pos_ == "NOUN" and v is tok and not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and any(
                    t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("ago", "previously", "earlier")
                    for c in v.children if c.dep_ in ("npadvmod", "advmod", "prep") for t in c.subtree):
                # "a commitment signed three years ago", "the accord signed in 2015": a past participle dated in
                # the past tells what was done, whatever the clause above says of the thing it describes
                return "asserted"
            if dep == "ccomp" and self._wh_complement(v):
                # "it is not clear who attacked the convoy", "did not say why police arrested him": a question
                # word presupposes the act and asks only about its details
                return "asserted"
            if dep == "relcl" and h.pos_ == "NOUN" and any(
                    c.lower_ == "that" and (c.tag_ == "IN" or c.dep_ == "mark") for c in v.children) and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                # "disputed accounts that soldiers had fired on mourners": a "that" tagged or attached as a
                # conjunction, not a relative pronoun, before a clause with its own subject opens the noun's
                # content, which the parser may still hang on the noun as a relative clause
                dep = "acl"
            elif dep == "relcl" and h.pos_ == "NOUN" and h.lemma_.lower() in lex.evidence_nouns and self._no_one(h) \
                    and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in v.children):
                dep = "acl"  # "there is no proof the rebels fired the rockets": the content, with "that" left out
            if dep == "ccomp" and h.lemma_.lower() in lex.hearsay_verbs and any(
                    c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in h.children) \
                    and any(c.dep_ == "auxpass" for c in h.children):
                # "it is understood that the envoy met ...", "it was reported that troops shelled ...": hearsay with
                # no one to vouch for it, as "reportedly"
                return "negated" if self._clause_status(h) == "negated" else "uncertain"
            # (an infinitive the parser reads as a relative clause of a noun too: "the best way to end the conflict")
            if dep in ("xcomp", "ccomp", "pcomp") or (dep == "acl" and h.pos_ in ("NOUN", "ADJ")) or (
                    dep == "relcl" and h.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                               for c in v.children)):
                lemma = h.lemma_.lower()
                opposed = h.lower_ in lex.opposing_prepositions
                if h.pos_ in ("ADP", "SCONJ"):  # "accused of attacking", "without firing", "instead of firing"
                    if h.lower_ in lex.negations or self._replaced(h):
                        return "negated"
                    if h.lower_ == "for" and h.head.tag_ == "VBN" and h.head.lemma_.lower() in lex.pursuit_verbs:
                        return "uncertain"  # "a man wanted for killing a shopkeeper": an alleged act
                    if h.lower_ == "from" and h.head.lemma_.lower() in lex.prevention_verbs:
                        return "negated"  # "stopped protesters from reaching the square"
                    if h.lower_ == "to" and v.tag_ == "VBG" and h.head.lemma_.lower() in lex.near_miss_words \
                            and h.head.dep_ in ("advmod", "acomp"):
                        # "came close to signing a truce": a near miss, it did not happen; "are close to signing":
                        # imminent, not yet
                        verb = h.head.head
                        above = self._chain_status(verb)
                        if above != "asserted":
                            return above
                        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
                        return "negated" if self._past(verb, aux) else "future"
                    h = h.head
                    if h.pos_ == "ADV" and h.dep_ == "advmod" \
                            and self._embed_key(h.head) == f"{h.head.lemma_.lower()} {h.lower_}":
                        h = h.head  # "held back from recognising": the parser hangs "from" on the verb's particle
                    lemma = h.lemma_.lower()
                    if h.pos_ in NOMINAL_POS and h.dep_ == "dobj" and self._accuses(h.head):
                        # "accused the rebels of killing soldiers": the parser hangs the "of" phrase on the
                        # accused party; what an accusation states is alleged, not established
                        above = self._clause_status(h.head)
                        return "negated" if above == "negated" else "uncertain"
                if h.pos_ == "NOUN" and h.dep_ == "dobj" and self._gives_up(h):
                    # "Israel denied reports that its jets struck the convoy", "rejected claims that its troops
                    # had fired", "abandoned plans to attack the city"
                    return "negated"
                if h.pos_ == "NOUN" and dep == "acl" and lemma in lex.purpose_nouns and h.dep_ == "pobj" \
                        and h.head.lower_ == "in" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                    return "hypothetical"  # "sent troops in an effort to end the fighting", "in a bid to disperse"
                if h.pos_ == "NOUN" and dep == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
                        and self._what_something_is_called(h):
                    # "dismissed the protests as an attempt to topple him", "branded the strike a bid to overthrow
                    # the state": the speaker says what the thing is, and the act it names as its aim is not done
                    return "hypothetical"
                if h.pos_ == "NOUN" and dep == "acl" and h.dep_ == "nsubj" \
                        and lex.embed.get(h.head.lemma_.lower(), ("",))[0] == "negated" \
                        and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in h.head.children) \
                        and self._chain_status(h.head) == "asserted":
                    return "negated"  # "an attempt to kidnap the mayor failed": what it was to do was not done
                if h.pos_ == "NOUN" and lemma in lex.noun_status and lex.noun_status[lemma] != "asserted":
                    return self._plan_noun_status(h)
                if dep == "acl" and h.pos_ == "NOUN" and self._purpose_of_act(v, h):
                    # "an attack to capture the positions", "an offensive to retake the city": an infinitive that
                    # describes an act names what the act was for, not what it achieved
                    return "hypothetical"
                if h.pos_ == "NOUN" and lemma in lex.hearsay_nouns and any(
                        m.dep_ == "amod" and m.lower_ in lex.unconfirmed_sources for m in h.children):
                    return "uncertain"  # "there are unconfirmed reports that troops shelled the village"
                if h.pos_ == "NOUN" and lemma in lex.hearsay_nouns and h.dep_ == "dobj" \
                        and h.head.lemma_.lower() in lex.speech_verbs \
                        and self._clause_status(h.head) in ("negated", "uncertain", "hypothetical"):
                    return "uncertain"  # "officials could not confirm reports that troops had shelled the town"
                if h.pos_ == "NOUN" and lemma in lex.hearsay_nouns and h.dep_ == "dobj" \
                        and h.head.lemma_.lower() in lex.inquiry_verbs:
                    # "the army is investigating reports that soldiers beat detainees", "refused to investigate
                    # reports that ...": a report under inquiry, or one left unexamined, is not established
                    return "uncertain"
                if h.pos_ == "NOUN" and dep in ("acl", "ccomp") and h.dep_ == "nsubjpass" \
                        and lemma in lex.hearsay_nouns | {w for w, st in lex.noun_status.items() if st == "uncertain"} \
                        and h.head.lemma_.lower() in lex.verification_words \
                        and self._clause_status(h.head) in ("negated", "uncertain", "hypothetical"):
                    return "uncertain"  # "claims that troops had shelled the town could not be verified"
                if h.pos_ == "NOUN" and lemma in lex.evidence_nouns and (self._unsupported(h) or dep == "relcl" and any(
                        c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in v.children)
                        and self._no_one(h)):
                    # "there was no confirmation that troops had shelled the town", "said without evidence that
                    # ...", "there is no proof the rebels fired" (a content clause without "that" read as relative)
                    return "uncertain"
                if dep == "xcomp" and lemma in lex.hearsay_verbs and (any(c.dep_ == "auxpass" for c in h.children) or (
                        any(c.dep_ == "aux" and c.lemma_ == "have" for c in v.children))):
                    # (a perfect infinitive tells hearsay without "be" too: the headline "Police said to have
                    # arrested leader", the reduced relative "the commander, said to have ordered the raid, ...")
                    # "planes were said to have bombed", "the rebels are said to have attacked": hearsay, not a
                    # finding; a denial above it leaves it denied
                    return "negated" if self._clause_status(h) == "negated" else "uncertain"
                if lemma not in lex.embed and h.lower_ in lex.embed and any(c.dep_ == "auxpass" for c in h.children):
                    lemma = h.lower_  # a lemmatizer's slip ("is slated to" -> "slat") falls back on the word itself
                if h.pos_ in ("VERB", "AUX"):
                    lemma = self._embed_key(h) if self._embed_key(h) in lex.embed else lemma
                if lemma in lex.admission_verbs and self._clause_status(h) == "negated":
                    return "uncertain"  # "has never admitted torturing prisoners": not owned, not denied either
                if lemma in lex.embed:
                    status = lex.embed[lemma][0]
                    if opposed and status == "future":
                        status = "hypothetical"  # "voted against sending troops": approved it is not
                    if lemma in lex.speech_verbs:
                        # "evidence suggests that the militia attacked the village": a reporting verb with a
                        # past-tense clause states a finding, not a proposal ("suggested that talks resume")
                        status = self._finding(v, dep, status)
                    elif lemma in lex.verdict_verbs and self._finding(v, dep, status) == "uncertain":
                        status = "asserted"  # "ruled that Ostrava had seized the ship": what the court found done
                    if status != "asserted":
                        # negation above an embedding verb: "did not plan to attack" -> negated; but a denial that
                        # is itself negated ("neither confirmed nor denied that it flies such raids", "did not
                        # deny attacking") commits to nothing either way
                        if status == "negated" and self._chain_status(h) != "asserted":
                            return self._forgoing_withheld(h)
                        above = self._clause_status(h)
                        return "negated" if above == "negated" else status
                if self._alleging(h):
                    # "blamed the rebels for attacking the convoy", "allegations that troops shelled the town":
                    # what an accusation states is alleged, not established
                    above = self._clause_status(h)
                    return "negated" if above == "negated" else "uncertain"
                if lemma in lex.speech_verbs and dep == "ccomp" and v.i > h.i and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in v.children) and _wanted_clause(v):
                    return "hypothetical"  # "insisted that Kestonia free the sailors": what is wanted, not done
                if dep == "xcomp" and lemma in lex.bidding_verbs and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                    # "told his men to withdraw", "were told to leave" (cues.yaml bidding_verbs): bidden, not yet done
                    return "negated" if self._clause_status(h) == "negated" else "future"
                if lemma in lex.speech_verbs and dep == "ccomp":
                    # "police could not confirm that the suspects had been arrested", "did not say whether",
                    # "unconfirmed reports say": a report that is denied, doubted or only possible, or whose
                    # source is marked as unconfirmed, leaves its content uncertain (so does one the clause
                    # above denies: "refused to confirm that troops had shelled the town")
                    above = self._clause_status(h)
                    if above is None and h.dep_ in ("xcomp", "ccomp", "conj"):
                        above = self._chain_status(h)
                    doubted = any(c.dep_ == "nsubj" and any(m.dep_ == "amod" and m.lower_ in lex.unconfirmed_sources
                                                            for m in c.children)
                                  for c in h.children)
                    # (or said "without evidence")
                    doubted = doubted or any(c.dep_ == "prep" and any(
                        g.dep_ == "pobj" and g.lemma_.lower() in lex.evidence_nouns and self._unsupported(g)
                        for g in c.children) for c in h.children)
                    return "uncertain" if above in ("uncertain", "negated", "hypothetical") or doubted \
                        or self._unverified_report(h) else "asserted"
                if h.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
                    return "asserted"
                v = h
                continue
            if dep == "conj" and any(c.dep_ == "cc" and c.i < v.i and (self._replaced(c) or c.lower_ == "nor")
                                     for c in h.children):
                return "negated"  # "attacked the town rather than negotiate", "..., nor were they allowed to land"
            if dep == "conj" and h.pos_ in ("VERB", "AUX") and not any(
                    c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "aux" and not (c.lower_ == "to" and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in h.children))) for c in v.children):
                if h.dep_ in ("xcomp", "acl") and _past_after_infinitive(v, h):
                    v = h.head  # "vowed to retake the town and accused X": coordinated with "vowed", not "retake"
                    if v.pos_ == "NOUN" and v.dep_ in ("dobj", "attr"):
                        v = v.head  # "showed the need to stop smugglers and called on X": with "showed"
                    if v.pos_ == "ADJ" and v.dep_ == "acomp":
                        v = v.head  # "said it was ready to help and released $3 million": with "was", not "ready"
                    continue
                if self._unshared_auxiliary(v, h):
                    # "police did not arrest them and released them", "said it would not back down and accused
                    # X": a past tense cannot share its head's "did"/"would", so neither its negation nor its
                    # modality; it is coordinated one level up (with "said"), or is a main clause of its own
                    if h.dep_ == "ccomp":
                        v = h.head
                        continue
                    if h.dep_ == "ROOT":
                        return "asserted"
                v = h  # a conjoined verb shares its head's clause; so does "to X and to Y" ("urged them to end the
                continue  # attacks and to comply with the truce")
            if dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                # an infinitive the parser hung on an embedding verb or on a copula with an embedding adjective
                # takes that status ("have sworn to fight", "it is imperative for both sides to resume talks");
                # other purpose clauses inherit ("will visit X to mediate")
                # (not a phrasal verb of another sense: "were called in to inspect the depot" is no call for it); a noun
                # right before "to" that the parser passed over is the infinitive's own head ("arrested ten men
                # over a plot to bomb the embassy")
                to = next(c for c in v.children if c.dep_ == "aux" and c.lower_ == "to")
                before = v.doc[to.i - 1] if to.i > 0 else None
                if before is not None and before.pos_ == "NOUN" and before.i < v.i \
                        and before.lemma_.lower() in lex.plan_nouns:
                    if before.dep_ == "dobj" and self._gives_up(before):
                        return "negated"  # "scrapped a plan to bomb the embassy"
                    return lex.noun_status.get(before.lemma_.lower(), "hypothetical")
                holders = [h] * (not any(c.dep_ == "prt" for c in h.children)) + [
                    c for c in h.children if c.dep_ == "acomp" or (c.dep_ == "attr" and h.lemma_ == "be")]
                status = next((lex.embed[t.lemma_.lower()][0] for t in holders if t.lemma_.lower() in lex.embed
                               and lex.embed[t.lemma_.lower()][0] != "asserted"), None)
                if status is not None:
                    above = self._clause_status(h)
                    return "negated" if above == "negated" else status
                v = h
                continue
            if dep == "advcl" and v.tag_ == "VBG" and h.pos_ in ("VERB", "AUX") and h.i < v.i \
                    and lex.embed.get(self._embed_key(h), ("asserted",))[0] != "asserted" and all(
                    t.head == h and t.dep_ in ("prt", "advmod") for t in v.doc[h.i + 1:v.i]):
                # a gerund right after a verb of forgoing or planning is its object, not a consequence ("ruled out
                # sending troops", which a parser may hang as an adverbial clause)
                status = lex.embed[self._embed_key(h)][0]
                above = self._clause_status(h)
                return "negated" if above == "negated" else status
            if dep == "advcl" and v.tag_ == "VBG" and h.pos_ in ("VERB", "AUX") and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "mark") for c in v.children):
                # "allegedly set off a bomb, killing twelve", "could explode, killing hundreds": a consequence
                # participle happened only as surely as the act it follows; a negated act ("did not fire, fearing
                # ...") says nothing about the participle, which stays asserted
                above = self._chain_status(h)
                return above if above in ("uncertain", "hypothetical", "future") else "asserted"
            if dep == "acomp" or (dep == "auxpass"):
                v = h
                continue
            if dep == "advcl" and h.pos_ in ("VERB", "AUX") and (v.tag_ != "VBD" and not any(
                    c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in v.children) or any(
                    c.dep_ == "mark" and c.lower_ in lex.endpoint_conjunctions for c in v.children)) and any(
                    c.dep_ in ("mark", "advmod") and c.lower_ in lex.temporal_conjunctions for c in v.children):
                # "ICE asks to be notified before the man is released", "will withdraw once the shelling stops": a
                # time clause of a planned or wished-for act is no more real than that act (a past tense in it,
                # "were expected to press when they sat down on Sunday", tells what happened; but not after
                # "until", whose past is the reported speech's backshift: "said the league should boycott the games
                # until the sanctions were lifted")
                above = self._chain_status(h)
                # (so under a refusal, "refused to release the hostages until their demands were met"; not a plain
                # past negation, "did not release them until the ransom was paid", which tells when it was met)
                refused = h.dep_ == "xcomp" and (lex.embed.get(self._embed_word(h.head)) or ("",))[0] == "negated"
                if above == "negated" and (refused or any(c.dep_ == "aux" and c.tag_ == "MD" for c in h.children)) \
                        and any(c.dep_ == "mark" and c.lower_ in lex.endpoint_conjunctions for c in v.children):
                    return "hypothetical"  # "would not negotiate until the militia disarmed": a condition
                return above if above in ("future", "hypothetical") else "asserted"
            return "asserted"
        return "asserted"

    def _purpose_of_act(self, v: Token, noun: Token) -> bool:
        """Whether the infinitive `v` describes the act that `noun` names (an event noun of the lexicon: "attack",
        "offensive", "raid", "talks") as its aim; not after a ranking modifier ("the first attack to hit the
        capital", "the only talks to produce a deal" tell what the act did)."""
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return False
        if any(c.dep_ in ("amod", "advmod") and (c.tag_ in ("JJS", "RBS") or c.lower_ in self.lex.ranking_modifiers)
               for c in noun.children):
            return False
        lemma = noun.lemma_.lower()
        # a noun with a status of its own ("an attempt to kill") says itself what became of the act
        return lemma not in self.lex.noun_status and any(
            e.type and e.constraint is None for e in self.lex.noun_entries(lemma))

    def _reduced_passive_subject(self, noun: Token) -> bool:
        """Whether an event noun is the subject of a bare past participle of undoing or putting off with no object
        and no auxiliary, as a headline's reduced passive reads ("Summit postponed amid fears", "Talks called
        off"; cues.yaml cancellation_verbs and deferral_verbs, with their status in lexicon.yaml embed)."""
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or any(
                c.dep_ in ("dobj", "aux", "auxpass", "neg", "ccomp", "xcomp") for c in verb.children):
            return False
        key = self._embed_key(verb)
        return key in self.lex.embed and key in self.lex.deferral_verbs | self.lex.cancellation_verbs

    def _denial_withheld(self, verb: Token) -> bool:
        """Whether a verb of denial (cues.yaml denial_verbs) is itself negated ("did not deny the raid") or the
        second half of "neither confirm nor deny": it commits to nothing."""
        if verb.lemma_.lower() not in self.lex.denial_verbs:
            return False
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        return verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in verb.head.children) \
            and any(c.dep_ in ("preconj", "neg", "cc") and c.lower_ == "neither" for c in verb.head.children)

    def _anticipated(self, noun: Token) -> bool:
        """Whether an event noun is what a phrase of anticipation looks ahead to (cues.yaml anticipation_heads:
        "ahead of Sunday's protest", "on the eve of the summit"): it had not happened yet."""
        prep = noun.head
        return noun.dep_ == "pobj" and prep.lower_ in ("of", "to") and prep.head.lower_ in self.lex.anticipation_heads

    def _conditional_noun(self, noun: Token) -> bool:
        """Whether an event noun is the "of" object of a conditional phrase (cues.yaml conditional_phrases: "in
        the event of an attack", "in case of an invasion"): a condition, not an occurrence."""
        of = noun.head
        if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.dep_ != "pobj":
            return False
        opener = of.head.head
        phrase = " ".join(t.lower_ for t in noun.doc[opener.i:of.head.i + 1])
        return phrase in self.lex.conditional_phrases

    def _likened(self, tok: Token) -> Token | None:
        """The verb of seeming (cues.yaml resemblance_verbs) an event word is likened to something by ("what
        sounded like shelling", "what appeared to be an airstrike", "it seemed an ambush"), or None."""
        lex = self.lex
        h = tok.head
        if tok.dep_ in ("pobj", "pcomp") and h.lower_ in lex.likeness_preps \
                and h.head.lemma_.lower() in lex.resemblance_verbs:
            return h.head
        if tok.dep_ in ("attr", "oprd", "acomp") and h.lemma_.lower() in lex.resemblance_verbs:
            return h
        if tok.dep_ == "attr" and h.lemma_ == "be" and h.dep_ == "xcomp" \
                and h.head.lemma_.lower() in lex.resemblance_verbs:
            return h.head
        return None

    def _alleged(self, cand: Candidate) -> Accusation | None:
        """The accusation whose content this event is: a gerund ("accused of looting shops") or an event noun
        without a determiner ("accused of rape"); a determined or plural noun refers to an act that took place
        ("blamed the rebels for the bombing", "for attacks on convoys"): only its author is alleged."""
        head = cand.head
        if cand.kind == "noun" and (head.tag_ != "NN" or any(c.dep_ in ("det", "poss") for c in head.children)):
            return None
        if cand.kind not in ("verb", "noun") or (cand.kind == "verb" and head.tag_ != "VBG"):
            return None
        return accusation_of(head, self.lex)

    def _forgoing_withheld(self, verb: Token) -> str:
        """The status of what a negated verb of undoing governs ("did not deny attacking", "has not ruled out new
        sanctions"): an act not forgone (cues.yaml forgoing_verbs) stays open, a claim not denied is uncertain."""
        return "hypothetical" if self._embed_key(verb) in self.lex.forgoing_verbs else "uncertain"

    def _charged(self, cand: Candidate) -> bool:
        """Whether the event is the crime a charge names (cues.yaml charge_verbs with "with"/"for": "were charged
        with killing two farmers", "charged him with murder", "indicted for torturing inmates"); as with "accused
        of" (`_alleged`), a determined noun ("charged with the killing of ...") names an act that took place."""
        head = cand.head
        if cand.kind == "noun" and (head.tag_ != "NN" or any(c.dep_ in ("det", "poss") for c in head.children)):
            return False
        if cand.kind not in ("verb", "noun") or (cand.kind == "verb" and head.tag_ != "VBG"):
            return False
        if head.dep_ in ("amod", "compound") and head.tag_ == "VBG" and head.head.dep_ == "pobj":
            head = head.head  # "charged with beating inmates" read as a modifier of the object
        prep = head.head
        return head.dep_ in ("pcomp", "pobj") and prep.dep_ == "prep" and prep.lower_ in ("with", "for") \
            and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in self.lex.charge_verbs

    def _alleging(self, tok: Token) -> bool:
        """Whether a word alleges wrongdoing in every use (an unconstrained ACCUSE:allege lexicon entry: "blame",
        "allege", "allegation", "accusation")."""
        lemma = tok.lemma_.lower()
        entries = self.lex.noun_entries(lemma) if tok.pos_ == "NOUN" else self.lex.verb_entries(lemma)
        return any(e.type == "ACCUSE" and e.mode == "allege" and not e.constraint for e in entries)

    def _accuses(self, verb: Token) -> bool:
        """Whether a verb accuses its object of what an "of"/"for" phrase names in every use ("accused the rebels
        of killing", "blamed the army for the bombing"): an ACCUSE:allege verb entry with no constraint, particle
        or preposition of its own ("protest to X" is a complaint to X, "protest the decision of" accuses no one)."""
        return accusing_verb(verb, self.lex)

    def _futurate(self, cand: Candidate) -> bool:
        """Whether the clause is in the present (simple or progressive) and dated ahead by a time of its own ("the
        minister travels to X next week", "is visiting Y on Friday", "meets the envoy tomorrow"; cues.yaml
        future_time_*): the present of an arrangement, not of a report. A purpose infinitive shares it ("leaves on
        Monday to meet her counterpart"). Not for headlines, whose present tells the news."""
        lex = self.lex
        v = cand.clause or cand.head
        if v.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            v = v.head
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        progressive = v.tag_ == "VBG" and len(aux) == 1 and aux[0].tag_ in ("VBZ", "VBP")
        if not progressive and (v.tag_ not in ("VBZ", "VBP") or aux or v.lemma_ == "be"):
            return False
        for c in v.children:
            if c.dep_ in ("npadvmod", "tmod", "advmod"):
                times = [c]
            elif c.dep_ == "prep" and c.lower_ == "on":
                times = [g for g in c.children if g.dep_ == "pobj"]
            else:
                continue
            for t in times:
                if t.lower_ in lex.future_time_words or t.lower_ in lex.future_time_nouns and (
                        any(m.lower_ in lex.future_time_modifiers for m in t.children)
                        or t.pos_ == "PROPN" and t.tag_ == "NNP"):
                    return True
        return False

    @staticmethod
    def _root_infinitive(cand: Candidate) -> bool:
        """Whether the clause is a bare "<subject> to <verb>" with no finite verb ("Rebels to free twenty hostages"):
        headline style even when the text gives no line break to mark a headline, so the act is ahead."""
        v = cand.clause or cand.head
        return v.dep_ == "ROOT" and [c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")] == ["to"] \
            and any(c.dep_ == "nsubj" for c in v.children)

    def _headline_future(self, cand: Candidate) -> bool:
        """Headline style "Biden to visit Japan": a root infinitive without an auxiliary verb is future."""
        if cand.kind == "noun" and self._presupposed(cand.head):
            return False  # "Police to probe killing of activist": the probe is ahead, the killing is not
        v = cand.clause or cand.head
        aux = [c.lower_ for c in v.children if c.dep_ == "aux"]
        if aux == ["to"]:
            return True
        # "Army Will Attack Rebel Town", "Troops To Attack Town" read as one noun: the auxiliary right before the
        # event word hangs on the compound's head
        head = cand.head
        before = head.doc[head.i - 1] if head.i > head.sent.start else None
        return head.dep_ == "compound" and before is not None and before.dep_ == "aux" \
            and before.head.i == head.head.i and (before.lower_ == "to" or self.lex.modals.get(before.lower_) == "future")

    # ------------------------------------------------------------------ modes, contexts
    def _lethal_fire(self, sent: SpacySpan) -> bool:
        """Whether gunfire on a crowd is told as killing or wounding ("opened fire on the crowd, killing six",
        "fired live rounds"; cues.yaml `consequence_verbs`, `serious_force_cues`) with no means of crowd control
        named (`nonlethal_force_cues`): shooting people, not policing a crowd."""
        words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
        return bool(words & (self.lex.consequence_verbs | self.lex.serious_force_cues)) \
            and not words & self.lex.nonlethal_force_cues

    def _mode_and_context(self, cand: Candidate, sent: SpacySpan) -> None:
        lex = self.lex
        lemmas = self._sentence_words(sent)
        near = self._near_lemmas(cand)
        mode_before = cand.mode
        if self._complaint_motive(cand):
            # "summoned the envoy to protest the cartoons", "recalled its ambassador to protest": the motive of a
            # state's act is an official complaint (CAMEO 114), not a demonstration
            cand.etype, cand.mode, cand.cameo = "ACCUSE", "allege", "114"
        if cand.etype == "PROTEST" and cand.mode == "strike" and self._military_strike(cand, sent):
            # "five strikes destroyed two tanks", "strikes on rebel positions": air or artillery strikes
            cand.etype, cand.mode, cand.cameo = "ASSAULT", None, "190"
            # read as a stoppage, "a Gaza strike" had the town as the strikers; as an attack, a town or site that
            # names it is what was hit (as `_noun_arguments` reads an attack noun's modifiers)
            hit_places = [a for a in cand.actors if a.head == cand.head and a.dep_ in ("amod", "compound", "nmod")
                          and self._attacked_place(a)]
            cand.actors = [a for a in cand.actors if a not in hit_places]
            cand.recipients += [a for a in hit_places if a not in cand.recipients]
        if cand.etype == "ASSAULT" and self._fired_in_drills(cand):
            # "fired 200 shells into the sea during live-fire drills": weapons fired in an exercise hit no party;
            # they show military power (CAMEO 150)
            cand.etype, cand.mode, cand.cameo = "MOBILIZE", None, "150"
        elif cand.etype == "ASSAULT" and self._fired_into_open_sea(cand):
            # "fired two ballistic missiles off its east coast", "launched a missile into the sea": a launch that
            # hits no party is a weapons show, as a test-firing is (lexicon "test-fire": MOBILIZE:weapons)
            cand.etype, cand.mode, cand.cameo = "MOBILIZE", "weapons", "150"
        if cand.etype in lex.mode_cues and "nomode" not in cand.frames:
            # the effect ("destroyed") says less than the weapon that caused it ("jets destroyed depots")
            generic = cand.mode in (None, "heavy-weapons", "firearms", "explosives", "destroy") \
                or cand.etype != "ASSAULT"
            # the means of an attack is told by its doer, instrument or clause, not by what it hit ("shelled the
            # airport and damaged planes" is no air strike, "shot down a drone" no drone strike)
            # (a "with" phrase the parser hung on the target is still the instrument: "attacked the town with gas")
            instrument = {t.i for r in cand.recipients for p in [r.head, *r.subtree]
                          if p.dep_ == "prep" and p.lower_ in _INSTRUMENT_PREPS for t in p.subtree}
            # (a weapon word that modifies the event noun is its means, not its target: "carried out a drone strike")
            event_nouns = {t.i for t in (cand.head, *cand.extra)}
            target = frozenset(t.i for r in cand.recipients
                               if not (r.dep_ == "compound" and r.head.i in event_nouns) for t in r.subtree
                               if t not in cand.trigger and t.i not in instrument) \
                if cand.etype == "ASSAULT" else frozenset()
            # shots "into the air" are warning shots, no attack from the air
            skyward = frozenset(t.i for t in sent if t.lemma_.lower() in lex.skyward_words and t.dep_ == "pobj"
                                and t.head.lower_ in _SKYWARD_PREPS)
            # a pit named by what is dug from it ("clashed outside the gold mine") is a work site, no landmine
            pits = frozenset(t.i for t in sent if t.lower_ in ("mine", "mines") and any(
                c.dep_ in ("compound", "amod") and c.lower_ in lex.mined_materials for c in t.children))
            skip = target | skyward | pits
            means_near = self._near_lemmas(cand, skip=skip) if skip else near
            means_near = means_near | self._stray_agent_words(cand)
            # what the act was done with says more than the doer's name ("gunmen attacked the village with
            # machetes" is an attack with blades, not a shooting)
            tool_mode = self._tool_mode(cand, instrument, skip=pits) if cand.etype == "ASSAULT" and generic else None
            if tool_mode is not None:
                cand.mode = tool_mode
            # a means the verb tells that one of its doers confirms stays ("helicopters and tanks shelled the
            # town" is shelling; "helicopters shelled" alone may be an air attack)
            kept_means = tool_mode is None and self._doer_confirms_means(cand)
            for mode, words in lex.mode_cues[cand.etype] if tool_mode is None else []:
                if (cand.etype, mode) == ("PROTEST", "riot"):
                    cues = self._riot_scope(cand)
                elif mode in _MEANS_MODES:
                    cues = means_near
                else:
                    cues = near
                if cues & words:
                    if cand.mode is None or (generic and cand.etype == "ASSAULT" and not kept_means and
                                             _ASSAULT_RANK.get(mode, 9) < _ASSAULT_RANK.get(cand.mode, 9)):
                        cand.mode = mode
                    elif cand.etype == "ASSAULT" and mode in _WEAPON_MODES and cand.mode in _DELIVERY_MODES:
                        # what was used outranks how it was delivered: a chlorine bomb dropped from a helicopter
                        # is a chemical attack, a suicide bomber's blast a suicide attack
                        cand.mode = mode
                    elif cand.etype == "PROTEST" and mode == "hunger" and cand.mode == "strike":
                        # a hunger strike is a strike of its own kind ("went on hunger strike")
                        cand.mode = mode
                    elif cand.etype == "PROTEST" and mode == "riot" and cand.mode == "demo" \
                            and not near & lex.peaceful_cues:
                        # "demo" is what a protest word says by itself; violence told of the protest itself
                        # ("violent protests", "marched and smashed windows") makes it a riot
                        cand.mode = mode
                    break
        if cand.etype in DEMAND_TYPES and cand.mode is None and "nomode" not in cand.frames:
            cand.mode = self._demand_mode(cand)
        if cand.mode != mode_before and (cand.cameo is None or cand.cameo.endswith("0")):
            cand.cameo = lex.mode_cameo.get(cand.etype, {}).get(cand.mode, cand.cameo)
        # Actors and recipients that are protesters turn violence into riots or crowd control.
        actor_words = {t.lemma_.lower() for t in cand.actors} | {t.lower_ for t in cand.actors}
        recip_words = {t.lemma_.lower() for t in cand.recipients} | {t.lower_ for t in cand.recipients}
        reciprocal = cand.head.lemma_.lower() in lex.reciprocal and cand.mode in (None, "primitive", "beat")
        if cand.etype == "COOPERATE" and self._solo_drill(cand):
            # "Chinese warships held naval exercises near Taiwan": drills with no partner show force (CAMEO 15x,
            # exhibit military posture); joint ones ("held joint drills", "drills with the US navy") cooperate
            cand.etype, cand.mode = "MOBILIZE", "troops"
            cand.cameo = lex.mode_cameo.get("MOBILIZE", {}).get("troops", cand.cameo)
        if cand.etype == "ASSAULT" and self._labour_strike(cand):
            # "the union urged members to strike", "teachers will strike over pay": a stoppage of work
            cand.etype, cand.mode, cand.cameo = "PROTEST", "strike", lex.mode_cameo.get("PROTEST", {}).get("strike")
        elif (cand.etype, cand.mode) == ("REJECT", "meet") and self._labour_walkout(cand):
            # "nurses walked out over staffing levels": a workforce leaving work, not a party leaving talks
            cand.etype, cand.mode, cand.cameo = "PROTEST", "strike", lex.mode_cameo.get("PROTEST", {}).get("strike")
        elif (cand.etype, cand.mode) == ("PROTEST", "strike") and self._walkout_from_meeting(cand):
            # "the opposition staged a walkout from the talks": a party leaving a meeting, as "walked out of"
            cand.etype, cand.mode, cand.cameo = "REJECT", "meet", lex.mode_cameo.get("REJECT", {}).get("meet", "125")
        elif cand.etype == "ASSAULT" and actor_words & lex.protester_nouns and cand.mode in (None, "destroy", "primitive"):
            cand.etype, cand.mode, cand.cameo = "PROTEST", "riot", "145"
        elif cand.etype == "ASSAULT" and self._own_words(cand) & lex.crowd_nouns \
                and not actor_words & lex.security_nouns and cand.mode in (None, "destroy", "primitive", "beat"):
            # mob violence ("a mob lynched a man", "villagers clashed with sticks", "residents torched the post")
            cand.etype, cand.mode, cand.cameo = "PROTEST", "riot", "145"
        elif cand.etype == "ASSAULT" and reciprocal and (near & lex.protester_nouns or (
                near & lex.crowd_nouns and not near & lex.security_nouns)):
            # "police clashed with protesters", "clashes between police and demonstrators": a riot, whose actor is
            # the protesting side
            cand.etype, cand.mode, cand.cameo = "PROTEST", "riot", "145"
            if recip_words & lex.protester_nouns and not actor_words & lex.protester_nouns:
                cand.actors, cand.recipients = cand.recipients, cand.actors
        elif cand.etype == "ASSAULT" and (
                (recip_words & lex.protester_nouns and actor_words & lex.security_nouns)
                # with no doer named, only protesters proper tell crowd control: "a car rammed into a crowd of
                # pedestrians" is no policing of a protest
                or (recip_words & (lex.protester_nouns - lex.crowd_nouns) and not cand.actors)):
            # (lethal gunfire on a crowd that is no protest is shooting; on protesters it stays the force against
            # a protest that crowd-control codes, ACLED's "excessive force against protesters")
            if cand.mode in (None, "firearms", "beat") and not (
                    cand.mode == "firearms" and not recip_words & (lex.protester_nouns - lex.crowd_nouns)
                    and self._lethal_fire(sent)):
                cand.mode, cand.cameo = "crowd-control", "175"
        elif cand.etype == "COERCE" and cand.mode == "restrict" and self._civilian_doers(actor_words) \
                and {t.lemma_.lower() for t in (cand.head, *cand.trigger, *cand.extra)} & lex.obstruction_words:
            # "protesters kept up their blockade of the port", "farmers blockaded the port with tractors", "farmers
            # laid siege to the district office": people who are no state force obstruct, they do not coerce
            cand.etype, cand.mode, cand.cameo = "PROTEST", "obstruct", "144"
        elif cand.etype == "COERCE" and cand.mode == "restrict" and cand.kind == "verb" \
                and self._civilian_doers(actor_words) and cand.head.lemma_.lower() in lex.closure_verbs \
                and any(a in cand.actors for a in self._subject(cand.head)[0]):
            # (the doers must be the verb's own subject: "a strike by dock workers is expected to close the port"
            # tells the strike's effect, the strike noun being the event)
            # "striking dockers shut the port", "farmers closed the road": people who are no state force shutting
            # a place protest; a workforce shutting a place of work strikes
            workplace = any(o.dep_ == "dobj" and (o.lemma_.lower() in lex.workplace_nouns
                                                  or o.lower_ in lex.workplace_nouns) for o in cand.head.children)
            if workplace and actor_words & lex.workforce_nouns:
                cand.etype, cand.mode, cand.cameo = "PROTEST", "strike", "143"
            else:
                cand.etype, cand.mode, cand.cameo = "PROTEST", "obstruct", "144"
        elif cand.etype == "PROTEST" and cand.mode == "obstruct" and not actor_words & lex.protester_nouns and (
                actor_words & lex.security_nouns or cand.actors and all(
                    lex.actor_kinds.get(t.lemma_.lower()) in ("government", "police", "military")
                    for t in cand.actors)):
            # "soldiers set up roadblocks", "police blocked the road", "the authorities blocked an aid convoy":
            # security forces and state bodies restrict, they do not protest
            cand.etype, cand.mode, cand.cameo = "COERCE", "restrict", "172"
        elif cand.etype == "PROTEST" and cand.mode == "obstruct" and cand.kind == "verb" \
                and not actor_words & (lex.protester_nouns | lex.crowd_nouns) and any(
                    p.dep_ == "prep" and p.lower_ == "from" and any(g.dep_ == "pcomp" and g.tag_ == "VBG"
                                                                   for g in p.children)
                    for p in cand.head.children) and all(
                    lex.actor_kinds.get(w) in ("government", "police", "military") for w in
                    {t.lemma_.lower() for t in cand.actors}):
            # "the authorities blocked the ship from docking", "she was blocked from boarding the ferry": keeping
            # someone from doing something is a state's restriction, unless protesters do it
            cand.etype, cand.mode, cand.cameo = "COERCE", "restrict", "172"
        elif cand.etype == "CONSULT" and cand.mode == "visit" and cand.head.lemma_.lower() in lex.arrival_verbs \
                and actor_words & lex.security_nouns:
            # "thousands of soldiers arrived in the region": forces that arrive are deployed, they pay no visit
            cand.etype, cand.mode, cand.cameo = "MOBILIZE", "troops", "154"
        elif cand.etype == "PROTEST" and cand.mode == "riot" and actor_words & lex.security_nouns \
                and not actor_words & (lex.protester_nouns | lex.crowd_nouns):
            # "troops stormed the building": security forces attack, they do not riot
            cand.etype, cand.mode, cand.cameo = "ASSAULT", None, "190"
        ctx = list(cand.context)
        for name, words in lex.context_cues:
            if name not in ctx and lemmas & words:
                ctx.append(name)
        cand.context = ctx[:4]
        if cand.cameo is None:
            cand.cameo = unique_cameo(cand.etype, cand.mode)

    def _state_side(self, cand: Candidate) -> bool:
        """Whether every doer of an act is a state, its forces or government, or a named side with no actor kind
        (a state name the tagger missed); not an armed group."""
        return bool(cand.actors) and all(
            a.ent_type_ in ("GPE", "NORP") or self.lex.actor_kinds.get(a.lemma_.lower()) in (
                "military", "country", "government")
            or a.pos_ == "PROPN" and a.lemma_.lower() not in self.lex.actor_kinds for a in cand.actors)

    def _fired_into_open_sea(self, cand: Candidate) -> bool:
        """Whether missiles or shells are told as fired into the open sea and at no party ("fired two missiles off
        its east coast", "into the sea", "into waters off the peninsula"; cues.yaml `open_sea_words`). Whoever
        fires them, a state or an armed group test-firing its rockets, shows its weapons and hits no one; a place
        or party named as aimed at ("into the sea off the port of X") keeps it an attack."""
        if cand.kind != "verb" or cand.head.lemma_.lower() not in self.lex.craft_launch_verbs \
                or any(self._np_ok(r) for r in cand.recipients) or not cand.actors:
            return False
        return any(p.dep_ == "prep" and p.lower_ in ("into", "off", "toward", "towards", "in")
                   and any(g.dep_ == "pobj" and g.lemma_.lower() in self.lex.open_sea_words for g in p.children)
                   for p in [*cand.head.children, *(t for o in cand.head.children if o.dep_ == "dobj"
                                                    for t in o.children)])

    def _fired_in_drills(self, cand: Candidate) -> bool:
        """Whether an attack word is told as done in a drill ("fired shells during live-fire drills", "launched
        missiles in military exercises", "as part of naval exercises"; cues.yaml `drill_nouns`)."""
        def drill(g: Token) -> bool:
            return g.lemma_.lower() in self.lex.drill_nouns or g.lower_ in self.lex.drill_nouns

        # (a state's forces hold drills; "rebels fired rockets at the base during the drills" attacked it)
        if not self._state_side(cand):
            return False

        for p in cand.head.children:
            if p.dep_ != "prep" or p.lower_ not in ("during", "in", "amid", "as"):
                continue
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                if p.lower_ != "as" and drill(g):
                    return True
                # "as part of exercises"
                if p.lower_ == "as" and g.lower_ == "part" and any(
                        drill(x) for q in g.children if q.dep_ == "prep" and q.lower_ == "of"
                        for x in q.children if x.dep_ == "pobj"):
                    return True
        return False

    def _complaint_motive(self, cand: Candidate) -> bool:
        """Whether a protest verb is the purpose infinitive of another coded act that is no protest ("summoned the
        ambassador to protest", "recalled its envoy to protest the visit"): the doer complains, it does not march."""
        verb = cand.head
        if cand.kind != "verb" or cand.etype != "PROTEST" or cand.mode != "demo" \
                or verb.lemma_.lower() not in self.lex.complaint_verbs or verb.dep_ not in ("xcomp", "advcl") \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        gov = verb.head
        # a state or its government complains; farmers who block a road "to protest" demonstrate
        state = bool(cand.actors) and all(a.ent_type_ in ("GPE", "NORP") or self.lex.actor_kinds.get(
            a.lemma_.lower()) in ("government", "country") for a in cand.actors)
        return state and gov.pos_ == "VERB" and any(e.type not in (None, "PROTEST", "MOBILIZE")
                                                    for e in self.lex.verb_entries(gov.lemma_.lower()))

    @staticmethod
    def _stray_agent_words(cand: Candidate) -> set[str]:
        """Words of a "by" phrase right after an event noun that the parser hung on a word before it ("losses in
        raids by the army's helicopters"): the noun's doer, whose name tells the means."""
        head = cand.head
        if cand.kind != "noun" or head.i + 1 >= len(head.doc):
            return set()
        by = head.doc[head.i + 1]
        if by.lower_ != "by" or by.dep_ != "prep" or by.head.i == head.i or by.head.i > head.i:
            return set()
        return {w for t in by.subtree for w in (t.lemma_.lower(), t.lower_)}

    def _civilian_doers(self, actor_words: set[str]) -> bool:
        """Whether an act's doers are protesters, a crowd, a workforce or other people ("truck drivers", "farmers",
        "residents": actor kind population) and none is a security force or an armed, governing body."""
        lex = self.lex
        return bool(actor_words & (lex.protester_nouns | lex.crowd_nouns | lex.workforce_nouns)
                    or any(lex.actor_kinds.get(w) == "population" for w in actor_words)) \
            and not actor_words & lex.security_nouns \
            and not any(lex.actor_kinds.get(w) in ("armed_group", "military", "police", "government")
                        for w in actor_words)

    def _doer_confirms_means(self, cand: Candidate) -> bool:
        """Whether the ASSAULT means mode the trigger itself gave ("shelled": heavy-weapons) is also named by one
        of its doers ("helicopters and tanks shelled", "artillery and jets bombarded"), so that another doer's means
        does not replace it."""
        if cand.etype != "ASSAULT" or cand.mode not in _DELIVERY_MODES:
            return False
        cues = next((words for mode, words in self.lex.mode_cues.get("ASSAULT", []) if mode == cand.mode), frozenset())
        trigger = {t.i for t in cand.trigger}
        return any({t.lemma_.lower(), t.lower_} & cues for a in cand.actors for t in a.subtree if t.i not in trigger)

    def _tool_mode(self, cand: Candidate, instrument: set[int], *, skip: frozenset[int] = frozenset()) -> str | None:
        """The ASSAULT means mode told by the "with" phrase of the act ("attacked the convoy with rockets"), also
        when the parser hung that phrase on the target; None when it names no means of attack. Tokens at the
        indices in `skip` are no means."""
        tools = sorted(({t.i for p in cand.head.children if p.dep_ == "prep" and p.lower_ in _INSTRUMENT_PREPS
                         for t in p.subtree} | instrument) - skip)
        doc = cand.head.doc
        found = {mode for i in tools for mode, cues in self.lex.mode_cues.get("ASSAULT", [])
                 if mode in _MEANS_MODES and {doc[i].lemma_.lower(), doc[i].lower_} & cues}
        # several means ("with tanks and helicopters"): the one the ranking of modes puts first, as for cues
        return min(found, key=lambda m: _ASSAULT_RANK.get(m, 9)) if found else None

    def _labour_strike(self, cand: Candidate) -> bool:
        """Whether a verb that reads as a military strike ("jets struck the base") tells a stoppage of work: used
        without an object or a target ("members to strike", "nurses struck for a day") by a workforce, or over a
        labour grievance ("will strike over pay", "struck against the pension reform"); cues.yaml
        `labour_action_verbs`, `workforce_nouns`, `labour_grievances`."""
        lex = self.lex
        verb = cand.head
        if cand.kind != "verb" or cand.specificity or verb.lemma_.lower() not in lex.labour_action_verbs:
            return False
        grievance = False
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass", "dative", "attr"):
                if c.dep_ == "dobj" and (c.lemma_.lower() in lex.labour_grievances
                                         or c.lower_ in lex.labour_grievances):
                    grievance = True  # "strike over unpaid salaries" read as a phrasal verb with an object
                else:
                    return False  # "struck the convoy", "the base was struck"
        for p in verb.children:
            if p.dep_ != "prep":
                continue
            objs = [g for g in p.children if g.dep_ == "pobj"]
            if any(g.lemma_.lower() in lex.labour_grievances or g.lower_ in lex.labour_grievances for g in objs):
                grievance = True
            elif p.lower_ in AIM_PREPS - {"over", "near", "across"} and any(
                    self._np_ok(g) or g.lemma_.lower() in lex.target_nouns for g in objs):
                return False  # "struck at rebel positions", "struck against the militants"
        # "the union warned that it would strike": a pronoun doing a reported act stands for the one reporting it
        doers = [*cand.actors] + [s for a in cand.actors if a.pos_ == "PRON" and a.head.dep_ == "ccomp"
                                  for s in a.head.head.children if s.dep_ == "nsubj"]
        workforce = any(t.lemma_.lower() in lex.workforce_nouns or t.lower_ in lex.workforce_nouns
                        for a in doers for t in (a, *(c for c in a.children if c.dep_ == "compound")))
        return workforce or grievance

    def _labour_walkout(self, cand: Candidate) -> bool:
        """Whether a walkout ("walk out", which the lexicon reads as leaving talks) is a stoppage of work: no "of"
        phrase names what is left (a meeting or a building has its own lines) and its doers are a workforce
        (cues.yaml `workforce_nouns`: "nurses walked out over staffing levels")."""
        lex = self.lex
        verb = cand.head
        if cand.kind != "verb" or verb.lemma_.lower() != "walk" or any(
                p.dep_ == "prep" and p.lower_ == "of" for p in verb.children):
            return False
        # (not "members", a partitive head of any body: "opposition members walked out during the speech")
        return any((t.lemma_.lower() in lex.workforce_nouns or t.lower_ in lex.workforce_nouns)
                   and t.lemma_.lower() not in lex.partitive_heads
                   for a in cand.actors for t in (a, *(c for c in a.children if c.dep_ == "compound")))

    def _walkout_from_meeting(self, cand: Candidate) -> bool:
        """Whether the noun "walkout" leaves a sitting body: a "from" or "of" phrase on the noun or on its light verb
        names talks, a meeting or a chamber (lexicon group `talks`, cues.yaml `sitting_body_nouns`)."""
        lex = self.lex
        walkout = [t for t in cand.trigger + [cand.head] if t.lemma_.lower() == "walkout" or t.lower_ == "walkout"]
        if not walkout:
            return False
        bodies = lex.sitting_body_nouns | lex.groups.get("talks", frozenset())
        holders = {walkout[0].i: walkout[0]}
        if walkout[0].dep_ in ("dobj", "attr"):
            holders[walkout[0].head.i] = walkout[0].head  # "staged a walkout from the talks": the PP on the verb
        return any(p.dep_ == "prep" and p.lower_ in ("from", "of")
                   and any(g.lemma_.lower() in bodies or g.lower_ in bodies for g in p.children if g.dep_ == "pobj")
                   for h in holders.values() for p in h.children)

    def _military_strike(self, cand: Candidate, sent: SpacySpan) -> bool:
        """Whether the noun "strike" that the lexicon reads as a stoppage of work tells a military strike: it hits
        a party or a target as the subject of a verb of violence ("five strikes destroyed two tanks", "strikes
        engaged two units"), it is aimed on/against/at one ("strikes on rebel positions"), or a weapon or force
        names it ("helicopter strikes"); and nothing in the sentence speaks of work (cues.yaml
        `labour_action_verbs`, `workforce_nouns`, `labour_grievances`)."""
        lex = self.lex
        noun = cand.head
        if cand.kind == "verb" and "light" in cand.frames:
            # "launched strikes against ...": a light verb's line ("launch ~@protests") names the strike noun
            noun = next((t for t in [*cand.trigger, *cand.extra] if t.lemma_.lower() in lex.labour_action_verbs
                         and t.pos_ == "NOUN"),
                        None)
            if noun is None:
                return False
        elif cand.kind not in ("noun", "light") or cand.specificity or noun.lemma_.lower() not in lex.labour_action_verbs:
            return False
        if any((t.lemma_.lower() in lex.workforce_nouns or t.lower_ in lex.workforce_nouns)
               and not self._speaker_phrase(t) for t in sent) or any(
                g.lemma_.lower() in lex.labour_grievances or g.lower_ in lex.labour_grievances
                for p in noun.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"):
            return False  # workers in the sentence, or a strike over pay
        military = lex.groups.get("forces", frozenset()) | lex.groups.get("weapons", frozenset())
        if any(p.dep_ == "prep" and p.lower_ in ("at", "in") and g.lower_ in lex.workplace_nouns
               and not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in military for c in noun.children)
               for p in noun.children for g in p.children if g.dep_ == "pobj"):
            return False  # "a previous strike at the mine": a stoppage at a place of work ("mine" also a weapon)

        def hit(t: Token) -> bool:
            return self._np_ok(t) or t.lemma_.lower() in lex.target_nouns | military or t.ent_type_ in ("GPE", "LOC")

        if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in military for c in noun.children):
            return True
        if any(p.dep_ == "prep" and p.lower_ == "by" and (g.lemma_.lower() in military or lex.actor_kinds.get(
                g.lemma_.lower()) in ("military", "armed_group")) for p in noun.children for g in p.children
               if g.dep_ == "pobj"):
            return True  # "strikes by government helicopters", "strikes by the army"
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in lex.casualty_verbs:
            return True  # "six fighters died in strikes", "killed in strikes on Monday": people die in attacks
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "ADJ" \
                and noun.head.head.lower_ in lex.casualty_nouns:
            return True  # headline "Five dead in strike", "Ten wounded in strikes": a casualty word as its adjective
        if self._air_strikes_before(noun):
            return True  # "these strikes demonstrate our resolve" after the article has told of airstrikes
        def armed(t: Token) -> bool:
            return lex.actor_kinds.get(t.lemma_.lower()) in ("armed_group", "military") or t.ent_type_ in (
                "GPE", "LOC") or t.lemma_.lower() in lex.target_nouns | military | lex.military_objective_nouns

        # a strike "on" a thing hits it; one "against" a government may be a political strike, one against
        # militants, a country or a target is an attack
        if any(p.dep_ == "prep" and ((p.lower_ in ("on", "at", "upon") and hit(g)) or (p.lower_ == "against"
                                                                                     and armed(g)))
               for p in noun.children for g in p.children if g.dep_ == "pobj"):
            return True
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.attack_light_verbs and any(
                c.dep_ == "nsubj" and (c.ent_type_ in ("GPE", "NORP") or lex.actor_kinds.get(c.lemma_.lower())
                                       in ("military", "armed_group")) for c in noun.head.children):
            return True  # "the US launched strikes", "the army carried out strikes": states and armies bomb
        verb = noun.head
        if noun.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in lex.strike_effect_verbs:
            return any(c.dep_ == "dobj" for c in verb.children)  # "one strike destroyed a bomb factory"
        if noun.dep_ == "nsubj" and verb.pos_ == "VERB" and (
                any(e.type in ("ASSAULT", "COERCE") for e in lex.verb_entries(verb.lemma_.lower()))
                or verb.lemma_.lower() in lex.casualty_verbs):
            return any(c.dep_ == "dobj" and hit(c) for c in verb.children)
        return False

    def _speaker_phrase(self, tok: Token) -> bool:
        """Whether `tok` is in the subject phrase of a verb of saying ("a teacher who asked not to be named said"):
        the one who tells of an act, not a party to it."""
        x = tok
        for _ in range(12):
            if x.dep_ in ("nsubj", "nsubjpass") and x.head.lemma_.lower() in self.lex.speech_verbs:
                return True
            if x.head.i == x.i or x.pos_ in ("VERB", "AUX") and x.dep_ not in ("relcl", "acl"):
                return False
            x = x.head
        return False

    def _air_strikes_before(self, noun: Token) -> bool:
        """Whether the article has already spoken of military strikes before this one ("airstrikes", "air
        strikes", "drone strikes": a strike word whose own lexicon line or modifier is an attack), so that a later
        bare "the strikes" is one of them."""
        for t in noun.doc[:noun.i]:
            lemma = t.lemma_.lower()
            if lemma in ("airstrike", "air-strike", "airstrikes"):
                return True
            if lemma in self.lex.labour_action_verbs and t.pos_ == "NOUN" and any(
                    c.dep_ in ("compound", "amod") and any(e.type == "ASSAULT" for e in self.lex.noun_entries(
                        lemma) if e.constraint and c.lemma_.lower() in e.constraint) for c in t.children):
                return True
        return False

    @staticmethod
    def _own_words(cand: Candidate) -> set[str]:
        """Words of the actors named in the trigger's own clause (its subject and their conjuncts), not of actors
        it inherits from another clause ("residents said ... after hoodlums attacked them and looted")."""
        own = [a for a in cand.actors
               if next((v for v in a.ancestors if v.pos_ in ("VERB", "AUX")), None) == cand.head]
        return {t.lemma_.lower() for t in own} | {t.lower_ for t in own}

    def _riot_scope(self, cand: Candidate) -> set[str]:
        """The trigger's near lemmas without what the protest is about: "a protest against police violence", "rallied
        over the looting of shops" name the grievance, not violence by the protesters."""
        topic = {t.i for tok in [cand.head, *cand.extra] for p in tok.children
                 if p.dep_ == "prep" and p.lower_ in self.lex.protest_topic_preps for t in p.subtree}
        clause = cand.clause
        if cand.kind != "verb" and clause is not None and clause != cand.head:
            # an event noun's clause: its other arguments ("riot police broke up the protest") are not the protest
            topic |= {t.i for a in clause.children if a.dep_ in _NOMINAL_ARG_DEPS and cand.head not in a.subtree
                      for t in a.subtree}
        # "signs condemning police violence", "chanting slogans against the looting": the protest's message
        topic |= {t.i for root in [cand.head, *cand.extra, *cand.actors, *cand.recipients] for m in root.subtree
                  if m.dep_ in ("acl", "xcomp", "advcl") and m.lemma_.lower() in self.lex.protest_message_verbs
                  for t in m.subtree}
        return self._near_lemmas(cand, skip=frozenset(topic))

    def _lexicalised(self, word: str) -> bool:
        """Whether a hyphenated word is itself a lexicon word ("cease-fire", "sit-in")."""
        words = getattr(self, "_lexicon_words", None)
        if words is None:
            words = self._lexicon_words = set(self.lex.nouns) | set(self.lex.verbs) | {
                w for g in self.lex.groups.values() for w in g} | {
                w for cues in self.lex.mode_cues.values() for _, ws in cues for w in ws} | set(self.lex.peaceful_cues)
        return word in words

    def _sentence_words(self, sent: SpacySpan) -> set[str]:
        """The lemmas and lower-cased forms of a sentence's tokens, kept for the sentence last asked about (each of
        its candidates asks)."""
        last = getattr(self, "_last_sentence_words", None)
        if last is None or last[0] is not sent.doc or last[1] != (sent.start, sent.end):
            words = set()
            for t in sent:
                words.add(t.lemma_.lower())
                words.add(t.lower_)
            last = self._last_sentence_words = (sent.doc, (sent.start, sent.end), words)
        return last[2]

    def _near_lemmas(self, cand: Candidate, *, skip: frozenset[int] = frozenset()) -> set[str]:
        """Lemmas of the trigger's own clause (not of embedded clauses) and its argument phrases, leaving out the
        tokens at the indices in `skip`."""
        out: set[str] = set()
        roots = [cand.head] + cand.extra + cand.actors + cand.recipients
        if cand.clause is not None:
            roots.append(cand.clause)
        stack = [t for t in roots if t.i not in skip]
        seen: set[int] = set(skip)
        while stack:
            t = stack.pop()
            if t.i in seen:
                continue
            seen.add(t.i)
            whole = _hyphenated(t) or _hyphenated_from(t)
            if whole and self._lexicalised(whole):
                out.add(whole)  # "cease-fire" is no firing: a lexicon word written with a hyphen counts as a whole
            else:
                out.add(t.lemma_.lower())
                out.add(t.lower_)
            for c in t.children:
                if (c.dep_ in ("ccomp", "relcl", "advcl", "parataxis") or _own_clause_conjunct(c)) and c not in roots:
                    continue
                stack.append(c)
        return out

    # ------------------------------------------------------------------ merging within a sentence
    def _merge_nouns_into_verbs(self, cands: list[Candidate]) -> None:
        """"killed in an air strike by government forces", "the attack killed five": one event."""
        verbs = [c for c in cands if c.kind == "verb"]
        for n in cands:
            if n.kind not in ("noun", "light") or n.absorbed:
                continue
            for v in verbs:
                if v.absorbed or v.etype != n.etype or v.status != n.status:
                    continue
                attached = (n.head.dep_ == "pobj" and n.head.head.dep_ == "prep" and n.head.head.head == v.head
                            and n.head.head.lower_ in ("in", "during", "by", "from", "with", "after")
                            # "withdrew its envoy after the expulsion of X": an act of another mode after which
                            # one is done is what it answers, another event with parties of its own
                            and not (n.head.head.lower_ == "after" and n.etype != "ASSAULT"
                                     and n.mode and v.mode and n.mode != v.mode))
                attached = attached or (n.head.dep_ in ("nsubj", "nsubjpass", "advmod", "npadvmod")
                                        and n.head.head == v.head)
                attached = attached or (n.head.head == v.head and n.head.dep_ in ("dobj",)
                                        and not _own_doer(n, v))
                if not attached:
                    continue
                if n.mode and (v.mode is None or _ASSAULT_RANK.get(n.mode, 9) < _ASSAULT_RANK.get(v.mode, 9)):
                    v.mode, v.cameo = n.mode, n.cameo or v.cameo
                # (a noun that names the doer, "a suicide bomber blew himself up", stays the verb's actor)
                if (not v.actors or all(a.dep_ in ("nsubj",) and a == n.head for a in v.actors)) \
                        and self.lex.actor_kinds.get(n.head.lemma_.lower()) is None:
                    v.actors = [a for a in n.actors if a not in v.recipients] or [
                        a for a in v.actors if a != n.head or self._party_head(a)]
                # "killed in the Nagasaki blast", "died in an attack on the embassy": what the attack hit too
                # (not when the attack is one fought off, "repelled an attack on the base": the base is the
                # defender's own)
                if not (n.head.dep_ == "dobj" and self._repels(v) and v.recipients):
                    v.recipients += [r for r in n.recipients if r not in v.recipients and r not in v.actors]
                v.extra.append(n.head)
                v.context = list(dict.fromkeys(v.context + n.context))[:4]
                n.absorbed = True
                break

    def _made_thing(self, tok: Token) -> bool:
        """Whether a token is the object of a verb of making (cues.yaml `creation_verbs`: "form a government",
        "set up a commission"), or joined to such an object."""
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        lemma = tok.head.lemma_.lower()
        forms = {lemma, *(f"{lemma} {c.lower_}" for c in tok.head.children if c.dep_ == "prt")}
        return tok.dep_ == "dobj" and bool(forms & self.lex.creation_verbs)

    def _operations_of_arrests(self, cands: list[Candidate]) -> None:
        """"Police arrested three men in raids across two states", "detained 40 people during a sweep": the raid an
        arrest or seizure was made in is how it was made, no attack of its own (cues.yaml `arrest_operation_nouns`)."""
        for n in cands:
            if n.kind != "noun" or n.absorbed or n.recipients \
                    or n.head.lemma_.lower() not in self.lex.arrest_operation_nouns:
                continue
            prep = n.head.head
            if n.head.dep_ != "pobj" or prep.lower_ not in ("in", "during"):
                continue
            v = next((c for c in cands if c.kind == "verb" and not c.absorbed and c.etype == "COERCE"
                      and c.head.i == prep.head.i), None)
            if v is not None:
                v.extra.append(n.head)
                n.absorbed = True

    def _impact_of_another_act(self, cands: list[Candidate]) -> None:
        """"Protests have hit three cities", "a wave of riots rocked the capital": a verb of impact (cues.yaml
        event_impact_verbs) whose subject is an act of another type tells how far that act reached, no event of its
        own. The act keeps the places or parties the verb names when it has none. (One of the same type, "air raids
        hit the depot", was merged into the verb above.)"""
        for v in cands:
            if v.kind != "verb" or v.absorbed or v.head.lemma_.lower() not in self.lex.event_impact_verbs:
                continue
            subj = [c for c in v.head.children if c.dep_ == "nsubj"]
            if not subj:
                continue
            acts = [subj[0]]
            if subj[0].lemma_.lower() in self.lex.event_series_nouns:  # "a wave of protests": what it is of
                acts += [g for p in subj[0].children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"]
            acts += [c for t in acts for c in t.conjuncts]
            if any(t in v.extra for t in acts):
                continue  # the subject act was merged into the verb: one event
            nouns = [n for n in cands if n is not v and not n.absorbed and n.kind == "noun" and n.head in acts]
            if nouns:
                if any(n.etype == v.etype for n in nouns):
                    continue
            else:
                types = {e.type for t in acts for word in (t.lemma_.lower(), _hyphenated(t))
                         for e in self.lex.noun_entries(word or "") if e.constraint is None}
                if not types or v.etype in types or None in types:
                    continue
            v.absorbed = True
            for n in nouns:
                if not n.recipients:
                    n.recipients = [r for r in v.recipients if r not in n.actors]

    def _attack_means(self, cands: list[Candidate]) -> None:
        """The modes of a sentence's assaults that tell one attack, read together (each pass keeps to candidates
        of the same status): coordinated acts of one subject share the most specific mode; a chemical or suicide
        attack named in the sentence gives its mode to the other attack words; an explosion word yields to the
        munition the sentence names; a death or injury told apart from the attack that caused it ("a soldier was
        killed and two wounded when a roadside bomb exploded", "killed as shells hit the market") happened by
        that attack's means, and so did an attack whose adverbial clause tells its means ("attacked the base
        using mortars")."""
        for c in cands:
            if c.etype != "ASSAULT" or c.absorbed or c.mode not in _SHARED_MODE_TAKERS:
                continue
            # acts coordinated with one subject are one attack, told by its most specific means ("detonated suicide
            # vests and traded fire", "beat, robbed and raped villagers")
            verb = c.clause or c.head
            shared = [o.mode for o in cands if o is not c and not o.absorbed and o.etype == "ASSAULT"
                      and o.status == c.status and o.mode is not None and o.kind in ("verb", "light")
                      and (o.clause or o.head) in verb.conjuncts and _share_subject(verb, o.clause or o.head)
                      and _ASSAULT_RANK.get(o.mode, 9) < _ASSAULT_RANK.get(c.mode, 9)]
            if shared:
                c.mode = min(shared, key=lambda m: _ASSAULT_RANK.get(m, 9))
                c.cameo = self.lex.mode_cameo.get("ASSAULT", {}).get(c.mode, c.cameo)
        for c in cands:
            if c.etype != "ASSAULT" or c.absorbed or not (c.mode is None or c.mode in _DELIVERY_MODES):
                continue
            # a chemical or suicide attack named in the sentence is what the sentence's other attack words tell
            # ("strikes hit the hospital, and chemical weapons were used", "the bomber's blast")
            weapon = [o.mode for o in cands if o is not c and not o.absorbed and o.etype == "ASSAULT"
                      and o.status == c.status and o.mode in _WEAPON_MODES]
            if weapon:
                c.mode = min(weapon, key=lambda m: _ASSAULT_RANK.get(m, 9))
                c.cameo = self.lex.mode_cameo.get("ASSAULT", {}).get(c.mode, c.cameo)
        devices = next((words for mode, words in self.lex.mode_cues.get("ASSAULT", []) if mode == "explosives"),
                       frozenset()) - self.lex.explosion_words
        for c in cands:
            if c.etype != "ASSAULT" or c.mode != "explosives" or c.absorbed \
                    or c.head.lemma_.lower() not in self.lex.explosion_words or self._near_lemmas(c) & devices:
                continue
            # an explosion is what any munition does: "explosions rocked the town as militants fired rockets" tells
            # a rocket attack, unless a bomb or a mine is named with the explosion itself
            named = [o.mode for o in cands if o is not c and not o.absorbed and o.etype == "ASSAULT"
                     and o.status == c.status and o.mode in _MEANS_MODES and o.mode != "firearms"]
            if named:
                c.mode = min(named, key=lambda m: _ASSAULT_RANK.get(m, 9))
                c.cameo = self.lex.mode_cameo.get("ASSAULT", {}).get(c.mode, c.cameo)
        for c in cands:
            if c.etype != "ASSAULT" or c.mode is not None or c.absorbed:
                continue
            casualty = c.head.lemma_.lower() in self.lex.consequence_verbs
            # an attack told with its means in an adverbial clause: "attacked the base using mortars", "struck
            # the convoy, firing rockets"
            means_clauses = {o.i for o in (c.clause or c.head).children if o.dep_ == "advcl"}
            means = [o.mode for o in cands if o is not c and not o.absorbed and o.etype == "ASSAULT"
                     and o.status == c.status and o.mode in _MEANS_MODES
                     and (casualty or (o.clause or o.head).i in means_clauses)]
            if not means and casualty:
                # "... were killed when a landmine went off": the weapon named in the temporal clause of the
                # casualty verb (or of a casualty verb coordinated with it) that no trigger reads
                mode = self._cause_clause_mode(c.clause or c.head)
                means = [mode] if mode else []
            if means:
                c.mode = min(means, key=lambda m: _ASSAULT_RANK.get(m, 9))
                c.cameo = self.lex.mode_cameo.get("ASSAULT", {}).get(c.mode, c.cameo)

    def _intervened_protests(self, cands: list[Candidate]) -> list[Candidate]:
        """A protest that crowd control broke up, dispersed or suppressed ("police dispersed a rally of
        students") took place: the protest noun the lexicon read as the crowd control's object becomes a PROTEST
        candidate of its own, of the crowd control's status, so that the stage can weigh it against its
        intervention (ACLED's "protest with intervention")."""
        taken = {t.i for c in cands if c.kind != "verb" for t in c.trigger}
        out: list[Candidate] = []
        for c in cands:
            if c.etype != "ASSAULT" or c.mode != "crowd-control" or c.absorbed or c.kind != "verb":
                continue
            for obj in (c.clause or c.head).children:
                if obj.dep_ not in ("dobj", "nsubjpass") or obj.i in taken \
                        or obj.lemma_.lower() not in self.lex.intervened_protest_nouns:
                    continue
                protest = self._noun_candidate(obj)
                if protest is None or protest.etype != "PROTEST":
                    continue
                self._arguments(protest)
                protest.status = c.status
                self._mode_and_context(protest, obj.sent)
                taken.add(obj.i)
                out.append(protest)
        return out

    def _cause_clause_mode(self, verb: Token) -> str | None:
        """The ASSAULT weapon mode whose cue the "when/as/after" clauses of a verb and of its conjuncts name."""
        heads = [verb] + [t for t in verb.conjuncts if t.pos_ in ("VERB", "AUX")]
        words: set[str] = set()
        for h in heads:
            for clause in h.children:
                if clause.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in _CAUSE_MARKERS
                                                  for m in clause.children):
                    words |= {t.lemma_.lower() for t in clause.subtree} | {t.lower_ for t in clause.subtree}
        for mode, cue_words in self.lex.mode_cues.get("ASSAULT", []):
            if mode in _MEANS_MODES and words & cue_words:
                return mode
        return None

    # ------------------------------------------------------------------ derived events
    def _derive(self, cands: list[Candidate], sent: SpacySpan) -> list[Candidate]:
        lex = self.lex
        out: list[Candidate] = []
        direct_heads = {c.head.i for c in cands}
        # verbs that are a commitment event of their own ("warned that it would attack", "vowed that it would
        # send troops"): what their that-clause commits to is that event's content, not a second commitment
        commitment_heads = {c.head.i for c in cands if c.kind in ("verb", "light") and c.etype in COMMITMENT_TYPES}
        self._hostile_commitments(cands)
        self._threatened_acts(cands)
        # a question ("Will the army withdraw?", "When will they meet?") asks about an act; it commits no one
        asked = any(t.text == "?" for t in sent[-2:])
        for c in cands:
            if c.kind not in ("verb", "light") or not c.actors or asked:
                continue
            v = c.clause or c.head
            intent = self._intent_holder(v)
            if intent is None:
                continue
            holder, trig, negated = intent
            if holder.i in direct_heads:
                continue  # "agreed to", "threatened to", "refused to": the holder verb is itself an event
            if v.dep_ == "ccomp" and v.head.i in commitment_heads:
                continue
            if negated:
                if c.etype in COOPERATIVE and not self._disowned_plan(holder):
                    out.append(self._derived(c, "REJECT", None, trig, actors=c.actors))
                    out[-1].status = self._commitment_status(v)
                continue
            if c.status == "negated":
                continue
            if holder.lemma_.lower() in lex.attempt_verbs:
                # "sought to arrest the mayor": an attempt, no pledge or threat (CAMEO reads "wants to" as intent)
                continue
            unless = any(a.dep_ == "advcl" and any(m.lower_ == "unless" for m in a.children) for a in v.children)
            threat_mode = THREAT_MODES["ASSAULT"] if c.etype == "ASSAULT" else (
                self._cue_mode(c.trigger + c.extra) or THREAT_MODES.get(c.etype, "relations"))
            if unless:
                out.append(self._derived(c, "THREATEN", threat_mode, trig, actors=c.actors))
            elif c.etype in COOPERATIVE:
                if c.etype.lower() in lex.scheduled_event_types and v.dep_ == "ROOT" and not self._voiced(v):
                    continue  # "Qatar will host a summit": a meeting on the calendar, in the writer's voice
                if c.etype == "AID" and not self._cooperation_partners(c):
                    # "said it would send a plane to evacuate its citizens": help for no other party (a pledge to
                    # withdraw or to host a summit still binds the doer to the other side) commits to no one; the
                    # act itself keeps its future status
                    continue
                out.append(self._derived(c, "AGREE", None, trig, actors=c.actors))
            elif c.etype == "MOBILIZE" and not self._mobilised_against(c):
                continue  # "the army will build a new base": a build-up aimed at no one is a plan, not a threat
            elif c.etype in THREAT_MODES and c.etype not in PLANNED_NOT_THREATENED:
                out.append(self._derived(c, "THREATEN", threat_mode, trig, actors=c.actors))
            else:
                continue
            out[-1].status = self._commitment_status(v)
            if out[-1].etype == "THREATEN" and not out[-1].recipients:
                out[-1].recipients = self._goal_recipients(cands, holder, v)
            if v.dep_ == "ccomp" and holder.head.i == v.i:
                out[-1].date_clause = v.head  # the commitment is made when it is said
        # "X said (that) Y attacked Z": the speaker accuses Y (PETRARCH/CAMEO 112) when X opens the sentence.
        for c in cands:
            if c.etype not in ("ASSAULT", "COERCE") or c.status not in ("asserted", "uncertain"):
                continue
            speech = self._speech_head(c.clause or c.head)
            if speech is None:
                continue
            subj = [t for t in speech.children if t.dep_ == "nsubj" and t.i < speech.i]
            if not subj or subj[0].pos_ == "PRON":
                continue
            # Only a party to the conflict accuses: a named state or group (not a reporter, monitor or
            # official describing events), and only an opposing named party.
            claim = speech.lemma_.lower() in ("claim", "allege", "charge", "accuse", "insist")
            if not claim and subj[0].ent_type_ not in ("GPE", "NORP"):
                continue
            speakers = self._expand(subj[0])
            accused = [a for a in c.actors if a not in speakers
                       and (a.ent_type_ in ("GPE", "NORP", "ORG") or self._names_party(a))
                       and not any(p.dep_ == "poss" for p in a.children)]
            if not accused or not speakers:
                continue
            d = self._derived(c, "ACCUSE", "disapprove", [speech], actors=speakers)
            d.recipients = accused
            d.cameo = "112"
            d.salience = 1.05
            out.append(d)
        # "X said Y must/should do Z": X requests it of Y.
        for tok in sent:
            if tok.pos_ != "VERB" or tok.dep_ != "ccomp":
                continue
            if not any(a.dep_ == "aux" and a.lower_ in ("must", "should") for a in tok.children):
                continue
            speech = tok.head
            if speech.lemma_.lower() not in lex.speech_verbs:
                continue
            speaker = [t for t in speech.children if t.dep_ == "nsubj"]
            target = [t for t in tok.children if t.dep_ == "nsubj"]
            if not speaker or not target:
                continue
            speakers = self._expand(speaker[0])
            targets = [t for t in self._expand(target[0]) if t not in speakers]
            if not speakers or not targets:
                continue
            d = Candidate(etype="REQUEST", mode=None, cameo="100", context=[], head=speech, trigger=[speech],
                          actors=speakers, recipients=targets, kind="derived", clause=speech, weight=0.9)
            out.append(d)
        return out

    def _cooperation_partners(self, c: Candidate) -> list[Token]:
        """The parties other than the doer a pledged cooperative act is for or with: its recipients, less the
        doer's own people ("its citizens", "their nationals") and things ("a plane")."""
        own = {"its", "their", "his", "her", "our", "my"}
        return [r for r in c.recipients if r not in c.actors and self._np_ok(r)
                and not any(p.dep_ == "poss" and p.lower_ in own for p in r.children)]

    def _mobilised_against(self, c: Candidate) -> list[Token]:
        """The parties a build-up is aimed at ("will deploy troops to the border with X"): its recipients other
        than what its own object names, the forces moved or the thing built ("will mobilise 10,000 reservists",
        "will build a new military base")."""
        own = {t.i for o in c.head.children if o.dep_ == "dobj" for t in o.subtree}
        # (not the owner of the place forces are moved within, nor that place: "troops would be deployed inside
        # the country's jails", "would increase patrols across the province" aim at no one)
        return [r for r in c.recipients if r.i not in own and self._np_ok(r)
                and not (r.dep_ == "poss" and r.head.dep_ == "pobj" and r.head.head.lower_ in _WITHIN_PREPS)
                and not (r.dep_ == "pobj" and r.head.lower_ in _WITHIN_PREPS - {"in"})]

    @staticmethod
    def _goal_recipients(cands: list[Candidate], holder: Token, act: Token) -> list[Token]:
        """Whom a threat with no party of its own bears on, told by the hostile goal its adverbial clause names
        ("have vowed to battle on until they hold the river valley"): the recipients of that clause's act."""
        for c in cands:
            clause = c.clause or c.head
            if c.kind != "derived" and c.etype in HOSTILE | {"ASSAULT"} and clause.dep_ == "advcl" \
                    and clause.head.i in (holder.i, act.i) and c.recipients:
                return list(c.recipients)
        return []

    def _hostile_commitments(self, cands: list[Candidate]) -> None:
        """A commitment verb the lexicon reads as AGREE ("promised", "pledged") whose complement is a hostile act
        ("promised to crush the rebellion", "pledged to punish the attackers") commits to harm: PLOVER codes that
        as THREATEN (CAMEO 13), as it does "vowed to attack"."""
        by_head = {c.head.i: c for c in cands if c.kind in ("verb", "light")}
        for c in cands:
            v = c.clause or c.head
            if c.kind == "derived" or c.etype not in HOSTILE or v.dep_ != "xcomp":
                continue
            holder = by_head.get(v.head.i)
            if holder is None or holder.etype != "AGREE" or holder.head.lemma_.lower() not in self.lex.commitment_verbs:
                continue
            if any(n.dep_ == "neg" for n in v.children):
                continue  # "promised not to attack the convoy": a pledge of restraint, no threat
            holder.etype, holder.mode, holder.cameo = "THREATEN", THREAT_MODES[c.etype], "130"

    def _disowned_plan(self, holder: Token) -> bool:
        """Whether a negated intent is a plan denied ("did not plan to meet", "does not intend to sign"), not a
        refusal ("refused to", "will not meet", "plans not to attend", "does not want to negotiate"): the negation
        is on a verb of planning (an intent verb of future status), which then says only that the act is not
        planned."""
        entry = self.lex.embed.get(holder.lemma_.lower())
        return (holder.pos_ == "VERB" and entry is not None and entry[0] == "future"
                and any(c.dep_ == "neg" for c in holder.children))

    def _threatened_acts(self, cands: list[Candidate]) -> None:
        """A threat verb with the act it threatens as its complement ("threatened to impose a curfew", "warned
        that it would cut ties with X", "threatened them with sanctions"): the act gives the threat its PLOVER
        mode and, when the threat names no party of its own, its recipients. A threat whose act is no event of
        its own takes its mode from the act's words."""
        for t in cands:
            if t.kind == "derived" or t.etype != "THREATEN":
                continue
            # "warned that the military would respond": who the threatener says will act is its own side, not
            # the one threatened ("warned that protesters would be arrested" names that one as a passive subject)
            own_side = {w.i for c in t.head.children if c.dep_ == "ccomp"
                        for s in c.children if s.dep_ == "nsubj" for w in s.subtree}
            t.recipients = [r for r in t.recipients if r.i not in own_side]
            act = next((c for c in cands if c is not t and c.kind != "derived" and c.etype in THREAT_MODES
                        and self._complement_of(c.head, t.head) and self._threatened_by(c, t)), None)
            if act is None:
                if t.mode is None:
                    t.mode = self._threat_mode_from_words(t.head)
                continue
            if t.mode is None:
                # the act's own words first ("threatened to impose sanctions" restricts, PLOVER's reading of
                # CAMEO 1312; "to cut ties" is about relations), else what its type threatens
                # (an act coded as an attack threatens violence whatever its word: "threatened strikes against
                # militant camps")
                t.mode = THREAT_MODES[act.etype] if act.etype == "ASSAULT" else (
                    self._cue_mode(act.trigger + act.extra) or THREAT_MODES[act.etype])
                t.cameo = unique_cameo("THREATEN", t.mode) or t.cameo
            if not t.recipients:
                t.recipients = [r for r in act.recipients if r not in t.actors]

    def _threatened_by(self, act: Candidate, threat: Candidate) -> bool:
        """Whether an act in a threat word's complement is one the threatener threatens: not what the addressee is
        told to do ("warned residents to leave"), nor a danger no party brings about ("warned that fighting
        could displace millions")."""
        clause = act.clause or act.head
        if clause.dep_ == "xcomp" and clause.head.i == threat.head.i and any(
                c.dep_ in ("dobj", "dative") for c in threat.head.children):
            return False
        return not (clause.dep_ == "ccomp" and not act.actors)

    def _threat_mode_from_words(self, head: Token) -> str | None:
        """The THREATEN mode the words of a threatened act tell (cues.yaml `threat_modes`), read in order through
        the threat's complement, object, "of/with" phrase or modifiers ("threatened to deliver blows", "warned of
        a curfew", "a bomb threat"); None when they tell none. A that-clause counts only when a party is its
        subject ("warned that the famine would kill thousands" threatens nothing)."""
        parts = [c for c in head.children
                 if c.dep_ in ("xcomp", "dobj", "acl", "compound", "amod")
                 or (c.dep_ == "prep" and c.lower_ in ("of", "with"))
                 or (c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and self._np_ok(s) for s in c.children))]
        if any(c.dep_ == "dobj" for c in head.children):
            # "warned residents to leave": the infinitive is what the addressee is told to do
            parts = [c for c in parts if c.dep_ != "xcomp"]
        return self._cue_mode(t for c in parts for t in c.subtree)

    def _demand_mode(self, cand: Candidate) -> str | None:
        """The REQUEST/REJECT mode told by what is asked for or refused (cues.yaml `demand_modes`): the first cue, in
        word order, in the trigger's object, passive subject, infinitive or that-clause, its "for"/"of"/"to" phrase,
        or the event noun of a light verb ("demanded the release of the hostages", "appealed for aid", "refused to
        free them", "calls to resign were rejected"); None when they name nothing the modes know ("urged the court
        to act")."""
        heads = [cand.head, *(t for t in cand.trigger if t is not cand.head)]
        parts = [c for h in heads for c in h.children
                 if c.dep_ in ("dobj", "nsubjpass", "xcomp", "attr", "oprd")
                 # a rejection's that-clause is a claim denied ("denied that troops had withdrawn"), not a demand
                 or (c.dep_ == "ccomp" and cand.etype == "REQUEST")
                 or (c.dep_ == "prep" and c.lower_ in DEMAND_PREPS)]
        parts += [t for t in cand.extra if t.pos_ in ("NOUN", "PROPN")]
        parts += self._proposal_infinitives(heads)
        tokens: dict[int, Token] = {}
        stack = list(parts)
        while stack:
            t = stack.pop()
            if t.i in tokens:
                continue
            tokens[t.i] = t
            # not into a clause that reports or describes ("denied a report saying ... the election"); an
            # infinitive says what is asked ("calls to resign")
            stack += [c for c in t.children if c.dep_ not in ("relcl", "advcl", "ccomp", "parataxis", "acl")
                      or (c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                              for a in c.children))]
        for tok in sorted(tokens.values(), key=lambda t: t.i):
            if tok.pos_ == "PROPN" or tok.dep_ == "amod":
                continue  # a name or an adjective ("a Free Trade Agreement", "free elections") asks for nothing
            meet = next((cues for mode, cues in self.lex.demand_mode_cues if mode == "meet"), frozenset())
            if tok.pos_ == "VERB" and any(
                    {t.lemma_.lower(), t.lower_} & meet for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                    for t in c.subtree):
                return "meet"  # "to return to the negotiating table", "come back to talks": a meeting is asked for
            # a phrasal verb counts with its particle ("step down", "stand down")
            words = {tok.lemma_.lower(), tok.lower_} | {f"{tok.lemma_.lower()} {c.lower_}" for c in tok.children
                                                       if c.dep_ == "prt"}
            for mode, cues in self.lex.demand_mode_cues:
                if words & cues:
                    return mode
        return None

    def _proposal_infinitives(self, heads: list[Token]) -> list[Token]:
        """Infinitives the parser hung on the verb that belong to its object, a word for a proposal or demand
        ("rejected calls to release the journalists", "turned down a request to extend the mandate"): they say what
        was asked for."""
        proposals = self.lex.groups.get("proposals", frozenset())
        return [c for h in heads for c in h.children
                if c.dep_ == "advcl" and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and any(o.dep_ == "dobj" and o.i < c.i and o.lemma_.lower() in proposals for o in h.children)]

    def _cue_mode(self, tokens: Iterable[Token]) -> str | None:
        """The THREATEN mode of the first of these tokens (in text order) that is a `threat_modes` cue; a strike
        aimed on or at something ("threatened strikes on the reactor") is an attack, not a stoppage of work."""
        for tok in sorted(tokens, key=lambda t: t.i):
            words = {tok.lemma_.lower(), tok.lower_}
            for mode, cues in self.lex.threat_mode_cues:
                if words & cues:
                    if tok.lemma_.lower() in self.lex.labour_action_verbs and tok.pos_ == "NOUN" and any(
                            p.dep_ == "prep" and p.lower_ in ("on", "upon", "at") for p in tok.children):
                        return THREAT_MODES["ASSAULT"]
                    return mode
        return None

    @staticmethod
    def _complement_of(tok: Token, head: Token) -> bool:
        """Whether tok heads (or is inside, a few links down) a clausal complement, object, "of/with" phrase or
        infinitive of a threat word ("threatened to impose a curfew", "threatened strikes", "warned of sanctions",
        "a threat to attack")."""
        x = tok
        for _ in range(4):
            if x.head.i == x.i:
                return False
            if x.head.i == head.i:
                return x.dep_ in ("xcomp", "ccomp", "acl", "dobj") or (x.dep_ == "prep" and x.lower_ in ("with", "of"))
            if x.dep_ in ("ccomp", "advcl", "relcl", "acl", "parataxis"):
                return False  # a clause of its own on the way up: not what this word threatens
            x = x.head
        return False

    def _intent_holder(self, v: Token) -> tuple[Token, list[Token], bool] | None:
        """When the clause of v states its subject's own commitment ("will send", "would meet", "plans to
        strike", "said it would not provide"), (holder token, trigger tokens, negated?); else None."""
        lex = self.lex
        if v.dep_ in ("advcl", "relcl", "acl") and any(c.dep_ == "mark" for c in v.children):
            return None
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in v.children):
            return None  # "has not said whether it will expel the envoy": an open question commits no one
        aux = [c for c in v.children if c.dep_ == "aux"]
        neg = any(c.dep_ == "neg" for c in v.children)
        modal = [a for a in aux if a.lower_ in ("will", "would", "'ll", "shall", "wo")]
        if modal and not any(a.lemma_ == "have" for a in aux):
            if modal[0].lower_ == "would" and v.dep_ != "ccomp":
                # "I would support such a bill", "it would allow funding": a conditional opinion or consequence,
                # no commitment; only a reported "would" ("said it would send troops") states one
                return None
            if v.dep_ in ("ROOT", "ccomp", "conj"):
                if v.dep_ == "ccomp" and v.head.lemma_.lower() not in lex.speech_verbs | {"announce", "vow",
                                                                                           "pledge", "promise",
                                                                                           "threaten", "warn"}:
                    return None
                if self._told_from_outside(v):
                    return None  # "ministers will discuss sanctions on Monday, diplomats said": a schedule told
                return modal[0], [modal[0], v], neg
            return None
        maybe = [a for a in aux if a.lower_ in ("may", "might", "could")]
        if maybe and any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
                         for c in v.children) and self._voiced(v) and not self._told_from_outside(v):
            return maybe[0], [maybe[0], v], neg
        # (an infinitive the parser made an adverbial clause of an intent verb is its complement all the same:
        # "have sworn to fight until ...")
        if v.dep_ == "xcomp" or (v.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)):
            h = v.head
            if h.dep_ == "xcomp" and h.lemma_.lower() in lex.continuation_verbs:
                h = h.head  # "vowed to keep fighting", "swore to continue shelling": the vow is to the act itself
            lemma = h.lemma_.lower()
            entry = lex.embed.get(lemma)
            if entry and entry[1]:
                negated = entry[0] == "negated" or any(c.dep_ == "neg" for c in h.children) or neg
                if entry[0] == "negated" and neg:
                    return None
                return h, [h], negated
        return None

    def _unshared_auxiliary(self, conj: Token, head: Token) -> bool:
        """Whether a conjoined verb with no auxiliary of its own is a simple past that cannot share its head's
        auxiliary: after a modal or "do" the head is a bare verb, so a past form next to it ("would not back down
        and accused", "did not attack and fled") is a finite verb of its own (a past participle without an
        auxiliary is a past tense the tagger missed); after a perfect "had", only a form tagged as simple past that
        is no regular "-ed" form or is a verb of speaking, urging or accusing: "had killed 40 rebels and seized a
        cache" shares "had" ("seized" is as much a participle as a past, whichever the tagger chose), "had
        withdrawn and took" does not, nor does "said the army had withdrawn and accused X" (the reporter's act)."""
        if any(c.dep_ in ("aux", "auxpass") for c in conj.children) or conj.tag_ not in ("VBD", "VBN"):
            return False
        aux = [c for c in head.children if c.dep_ == "aux"]
        if any(a.tag_ == "MD" or a.lemma_ == "do" for a in aux) and head.tag_ == "VB":
            return True
        if not (conj.tag_ == "VBD" and head.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux)):
            return False
        lemma = conj.lemma_.lower()
        return not conj.lower_.endswith("ed") or lemma in self.lex.speech_verbs \
            or lemma in self.lex.addressee_control_verbs or lemma in self.lex.object_control_verbs \
            or accusing_verb(conj, self.lex)

    def _speech_act_after_copula(self, conj: Token, head: Token) -> bool:
        """"The minister said the decision was wrong and urged X to reconsider": a past verb of speaking, urging or
        accusing joined to a reported copular clause whose subject is no party (a thing, an act) is the reporter's
        own second act, which the parser hung on the reported clause."""
        # (or a passive reported clause: "said the flight was intended as a show of force and expressed concern")
        if not (head.lemma_.lower() == "be" or any(c.dep_ == "auxpass" for c in head.children)) \
                or conj.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in conj.children):
            return False
        lemma = conj.lemma_.lower()
        if not (lemma in self.lex.speech_verbs or lemma in self.lex.addressee_control_verbs
                or lemma in self.lex.object_control_verbs or accusing_verb(conj, self.lex)
                or any(e.type in ("ACCUSE", "REQUEST") for e in self.lex.verb_entries(lemma))):
            return False
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subjects) and not any(s.pos_ == "PRON" or self._np_ok(s) for s in subjects)

    def _voiced(self, v: Token) -> bool:
        """Whether a clause is said by someone, not the writer's own speculation: the content of a reporting verb,
        a first-person subject, or words inside quotation marks. "Iran could close the strait if attacked, a
        commander said" is a conditional threat; "if the truce collapses, the army could attack" in the writer's
        voice is a guess about the army, not a threat it made."""
        if v.dep_ == "ccomp" and v.head.lemma_.lower() in self.lex.speech_verbs:
            return True
        if v.dep_ == "ROOT" and any(c.dep_ == "parataxis" and c.lemma_.lower() in self.lex.speech_verbs
                                    for c in v.children):
            return True  # "..., a commander said": the parser makes the reporting clause a parataxis
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in v.children):
            return True
        sent = v.sent
        before = v.doc.text[sent.start_char:v.idx]
        return any(before.count(q) % 2 == 1 for q in ('"',)) or before.count("“") > before.count("”")

    def _told_from_outside(self, v: Token) -> bool:
        """Whether a reported clause is said by people outside its parties (cues.yaml `outside_reporter_nouns` with no
        nationality, name or owner on them): "X could host talks if both sides agree, diplomats said"."""
        if v.dep_ != "ccomp" or v.head.lemma_.lower() not in self.lex.speech_verbs:
            return False
        speakers = [c for c in v.head.children if c.dep_ == "nsubj"]
        return bool(speakers) and all(
            s.lower_ in self.lex.outside_reporter_nouns and not any(
                m.dep_ in ("poss", "compound", "nmod") or (m.dep_ == "amod" and m.ent_type_) for m in s.children)
            for s in speakers)

    def _speech_head(self, v: Token) -> Token | None:
        x = v
        for _ in range(3):
            if x.dep_ == "ccomp" and x.head.lemma_.lower() in ("say", "claim", "allege", "charge", "accuse",
                                                                "insist", "assert", "state", "tell"):
                return x.head
            if x.dep_ == "conj":
                x = x.head
                continue
            return None
        return None

    def _commitment_status(self, v: Token) -> str:
        """The status of a commitment a clause states ("said it would not back the bill"): that of the saying,
        when the clause is reported ("if she declared she would not sign the decree": a commitment not yet made),
        else asserted."""
        if v.dep_ != "ccomp":
            return "asserted"
        return self._chain_status(v.head)

    def _derived(self, c: Candidate, etype: str, mode: str | None, trig: list[Token], *,
                 actors: list[Token]) -> Candidate:
        d = Candidate(etype=etype, mode=mode, cameo=None, context=list(c.context), head=trig[0],
                      trigger=sorted(trig, key=lambda t: t.i), actors=list(actors), recipients=list(c.recipients),
                      kind="derived", clause=c.clause or c.head, weight=0.9)
        d.extra = [c.head]
        d.cameo = unique_cameo(etype, mode) if mode else {"AGREE": "030", "REJECT": "120", "THREATEN": "130"}.get(
            etype)
        return d

    # ------------------------------------------------------------------ confidence
    def _occurrence_subject(self, noun: Token) -> bool:
        """Whether an event noun is the subject of an occurrence verb ("a protest took place", "clashes erupted",
        "an explosion rocked the market"): the clause reports that event itself."""
        verb = noun.head
        return noun.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in self.lex.occurrence_verbs

    def _background(self, noun: Token) -> bool:
        """Whether an event noun is told as the setting or cause of its clause's news: the object of a background
        preposition ("after the attack", "amid clashes") or of "to/for/of" after a background head ("in response
        to the sanctions", "in the wake of the killing", "ahead of the vote")."""
        if noun.dep_ != "pobj":
            return False
        prep = noun.head
        if prep.lower_ in self.lex.background_preps:
            return True
        return prep.lower_ in ("to", "for", "of") and prep.head.lower_ in self.lex.background_heads

    def _salience(self, cand: Candidate, headline: bool, *, lede: bool = False) -> None:
        v = cand.clause or cand.head
        if cand.kind == "derived":
            base = cand.salience if cand.salience != 1.0 else 0.95
        else:
            dep = v.dep_
            if dep == "ccomp" and main_clause_read_as_complement(v.head) == v:
                dep = "ROOT"  # "X accused Y of smuggling, a charge Y denies": the main clause, misread
            elif dep == "ROOT" and main_clause_read_as_complement(v) is not None:
                dep = "relcl"  # ... and the denial is the relative clause on "a charge"
            if dep == "ROOT":
                base = 1.0
            elif dep == "conj" and v.head.dep_ == "ROOT":
                base = 0.95
            elif dep == "ccomp" and v.head.lemma_.lower() in self.lex.speech_verbs:
                base = 0.97
            elif dep == "xcomp":
                base = 0.8
            elif dep in ("advcl",):
                base = 0.75
            elif dep in ("relcl", "acl"):
                base = 0.65
            else:
                base = 0.8
            if cand.kind == "noun" and not self._occurrence_subject(cand.head):
                base *= 0.8 if cand.clause is not None else 0.7
            elif cand.kind == "light":
                base *= 0.98
        if cand.kind == "noun" and self._background(cand.head):
            base *= BACKGROUND_FACTOR
        elif cand.kind in ("verb", "light") and _past_perfect(v):
            # "They had been detained during protests in March": the past perfect tells what happened before the
            # news, its background, as "after the attack" does
            base *= BACKGROUND_FACTOR
        elif cand.kind in ("verb", "light") and self._repeated(v):
            # "demonstrations have repeatedly been banned in recent years": a perfect with a habitual adverb sums up
            # a pattern of acts, the background of the one the article reports
            base *= BACKGROUND_FACTOR
        score = base * (0.55 + 0.45 * cand.weight)
        score += 0.04 * bool(cand.actors) + 0.03 * bool(cand.recipients)
        # a more specific lexicon line ("sign ~treaty", "pull out +of ~talks") and a known mode say more about
        # what happened than a bare verb: they win what would otherwise be a tie
        score += 0.006 * min(cand.specificity, 4) + 0.004 * bool(cand.mode)
        if headline:
            score += 0.03
        if lede:
            score += LEDE_BONUS  # news puts the main event first: the opening sentence outranks later ones
        # Scaled to stay under the stage's 0.99 cap (with its title bonus), so that these differences decide the
        # top event instead of the order of mention.
        cand.salience = SALIENCE_SCALE * score


# Assault modes that say what weapon was used, and modes that say only how force was delivered or aimed: a weapon
# mode cue overrides a delivery mode the lexicon gave ("dropped a chlorine bomb", "used mustard gas").
_WEAPON_MODES = frozenset({"suicide-attack", "unconventional"})
_DELIVERY_MODES = frozenset({"aerial", "drone", "crowd-control", "explosives", "heavy-weapons", "firearms"})
# Dependents of a clause that are its noun arguments (subject, object, agent).
_NOMINAL_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent"})
# Prepositions of an instrument phrase ("attacked the town with gas").
_INSTRUMENT_PREPS = frozenset({"with"})
# Assault modes (None: no mode) that a coordinated act with a more specific mode overrides.
_SHARED_MODE_TAKERS = frozenset({None, "firearms", "beat", "primitive", "explosives", "heavy-weapons"})
# Conjunctions of a temporal clause that tells what caused a death or injury ("killed when a bomb went off").
_CAUSE_MARKERS = frozenset({"when", "as", "after", "while"})
# Assault modes that name the means of an attack, which the deaths and injuries it caused share.
# Prepositions of a place forces are moved or kept within ("inside the country's prisons").
_WITHIN_PREPS = frozenset({"in", "inside", "within", "across", "throughout", "around"})
_MEANS_MODES = _WEAPON_MODES | _DELIVERY_MODES | {"primitive"}
# Prepositions before "the air"/"the sky" that tell where shots went, not where an attack came from.
_SKYWARD_PREPS = frozenset({"into", "in", "toward", "towards", "skyward"})
# Types whose mode is what is asked for or refused (cues.yaml `demand_modes`), and the prepositions that name it.
DEMAND_TYPES = frozenset({"REQUEST", "REJECT"})
DEMAND_PREPS = frozenset({"for", "of", "to"})
MEANS_MODES = _MEANS_MODES
_ASSAULT_RANK = {"suicide-attack": 0, "unconventional": 1, "drone": 2, "aerial": 3, "crowd-control": 4,
                 "abduct": 4, "sexual": 4, "torture": 4, "targeted": 5, "explosives": 6, "heavy-weapons": 7,
                 "firearms": 8, "primitive": 8, "beat": 8, "destroy": 8}


LOCATIVE_PREPS = {"near", "outside", "around", "inside", "along", "beside", "behind", "beyond", "across", "toward",
                  "towards", "past", "at"}
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}


def _share_subject(a: Token, b: Token) -> bool:
    """Whether two coordinated verbs have one subject: the later one names none of its own ("shelled the town and
    shot two men"; not "gunmen shot a guard, and a bomb exploded")."""
    later = a if a.i > b.i else b
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in later.children)


def _in_lede(sent) -> bool:
    """Whether a sentence lies within the document's first sentence (its opening line or lede)."""
    first = next(sent.doc.sents, None)
    return first is not None and sent.start < first.end


def _asked(cands: list[Candidate], sent) -> None:
    """In a yes/no question ("Will the two leaders meet?", "Did the army shell the town?") an event is asked
    about, not asserted: its status becomes uncertain."""
    if _polar_question(sent):
        for cand in cands:
            # ("Will the two leaders meet?": a future asked about is as open as a past one)
            if cand.status in ("asserted", "future"):
                cand.status = "uncertain"


def _polar_question(sent) -> bool:
    """Whether a sentence is a yes/no question: it ends with a question mark and opens with an auxiliary or modal
    verb ("Will ...?", "Did ...?", "Has ...?"). A wh-question ("Why did the army attack?") presupposes its event
    and is not one."""
    # (read from the end: most sentences end in no question mark)
    end = next((t for t in reversed(sent) if not t.is_space), None)
    if end is None or end.text != "?":
        return False
    words = [t for t in sent if not (t.is_space or t.is_punct)]
    last = [t for t in sent if not t.is_space]
    return bool(words) and bool(last) and last[-1].text == "?" and (
        words[0].tag_ == "MD" or words[0].lemma_.lower() in ("be", "do", "have"))


def _headline_verb(tok, titled: bool) -> bool:
    """A headline verb the tagger read as part of a noun compound: a title-case word after the first one
    ("Rebels Attack Army Base"), or a plural-looking noun between a subject and its object ("Government lifts
    curfew in capital", where "lifts" is a VBZ tagged NNS)."""
    if tok.dep_ != "compound" or tok.i == tok.sent.start or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if titled:
        return True
    return tok.tag_ == "NNS" and tok.lower_.endswith("s") and tok.doc[tok.i - 1].pos_ in ("NOUN", "PROPN") \
        and tok.head.i > tok.i


def _headline_passive(verb, subj, *, role_nouns: Collection[str] = (), plural: bool = False,
                      named_modifiers: bool = False) -> bool:
    """Headline style reduced passive: "Pastor detained after sermon", "Mother arrested after row, police say".
    A singular common noun with no determiner cannot be the subject of a full English sentence, so a bare one
    opening the sentence right before a participle or past form with no auxiliary and no object is the one the
    action is done to ("Rebels attacked at dawn", with a plural or a named subject, stays active). Plain common
    modifiers keep it bare ("Student activist detained ..."), and a role noun (`role_nouns`) the tagger took for a
    name at the head of a headline is still a common noun ("Alderwoman detained ..."). With `plural`, the same test
    for a bare plural ("Journalists detained ..."), which the caller keeps to arrests in a headline. With
    `named_modifiers`, a name or nationality on the noun keeps it bare too ("UN aid convoy blocked ...", which the
    caller keeps to headlines, where running text could still open with "Russian army attacked ...")."""
    if len(subj) != 1 or verb.tag_ not in ("VBN", "VBD"):
        return False
    s = subj[0]
    if s.left_edge.i != s.sent.start or s.i + 1 != verb.i or s.tag_ not in (("NNS",) if plural else ("NN", "NNP")):
        return False
    if s.ent_type_ and s.lower_ not in role_nouns:
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in s.children):
        return False
    def named(c) -> bool:  # "UN", "Red Cross", "Russian": a name or nationality, of one or more words
        return named_modifiers and c.pos_ in ("PROPN", "ADJ") and all(
            g.dep_ == "compound" and g.pos_ == "PROPN" and not list(g.children) for g in c.children)

    if any(c.dep_ in ("compound", "amod") and not named(c) and (
            c.ent_type_ or c.pos_ not in ("NOUN", "ADJ") or list(c.children)) for c in s.children):
        return False
    # (a span of time the parser took for an object is none: "Ceasefire violated hours after taking effect")
    return not any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp")
                   and not (c.dep_ == "dobj" and c.ent_type_ in ("DATE", "TIME")) for c in verb.children)


def _counted_headline_subject(verb, subj) -> bool:
    """Whether a headline opens with a counted plural right before a past form with no auxiliary and no object
    ("Five sailors kidnapped ...", "Three journalists detained ..."): a reduced passive, as `_headline_passive` reads a
    bare noun."""
    if len(subj) != 1 or verb.tag_ not in ("VBN", "VBD"):
        return False
    s = subj[0]
    if s.tag_ != "NNS" or s.left_edge.i != s.sent.start or s.i + 1 != verb.i:
        return False
    if not any(c.dep_ == "nummod" and c.i == s.left_edge.i for c in s.children):
        return False
    # ("Five sailors kidnapped off Nigerian coast": the parser may read the place's "off" as a particle and the
    # place as an object)
    off = [c for c in verb.children if c.dep_ == "prt" and c.lower_ == "off"]
    return not any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp")
                   and not (c.dep_ == "dobj" and off and off[0].i < c.left_edge.i) for c in verb.children)


def _passive_infinitive_of_be(verb) -> bool:
    """Whether a verb is a passive infinitive that "be" governs ("aid is to be sent", "talks were to be held"), or
    that hangs on a predicate adjective of "be" ("the deal is likely to be signed", "the accord is unlikely to be
    ratified"): the parser hangs the one it is done to on the copula as its subject."""
    return _copula_of_passive_infinitive(verb) is not None


def _copula_of_passive_infinitive(verb):
    """The "be" whose subject a passive infinitive acts on (see `_passive_infinitive_of_be`), or None."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in verb.children) or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if head.lemma_ == "be":
        return head
    if head.dep_ == "acomp" and head.pos_ == "ADJ" and head.head.lemma_ == "be":
        return head.head
    return None


def security_service(tok: Token, lex: Lexicon) -> bool:
    """Whether a noun is a "service" or "apparatus" that a word of security or intelligence names ("the security
    services", "the secret service"; cues.yaml `security_service_heads`, `security_service_modifiers`): a police
    body, though neither word is an actor noun by itself ("emergency services" is none)."""
    return tok.lemma_.lower() in lex.security_service_heads and any(
        c.dep_ in ("compound", "amod") and c.lower_ in lex.security_service_modifiers for c in tok.children)


def _raised_passive_subjects(verb) -> list:
    """The passive subjects of the passive verb a passive infinitive hangs on ("the truce is expected to be signed",
    "the treaty is scheduled to be ratified"), which that infinitive acts on; [] for any other verb."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in verb.children) or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    head = verb.head
    if head.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in head.children):
        return []
    return [c for c in head.children if c.dep_ == "nsubjpass"]


def _headline_subject_as_modifier(v) -> list:
    """The subject of a headline's present-tense verb that the tagger read as a noun or a modifier ("Pakistan
    expels Afghan refugees" parsed with "Pakistan" as an adjective of "expels"): a state, people, body or person
    named as a modifier straight before a verb form ending in -s that has no subject of its own."""
    if v.i == 0 or v.tag_ not in ("NNS", "VBZ") or not v.lower_.endswith("s") or v.pos_ not in ("NOUN", "VERB"):
        return []
    if v.dep_ not in ("ROOT", "nmod", "compound", "amod") or any(c.dep_ in SUBJ_DEPS for c in v.children):
        return []
    before = v.doc[v.i - 1]
    if before.head != v or before.dep_ not in ("amod", "compound", "nmod"):
        return []
    if before.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON"):
        return []
    return [before]


def _acronym_subject_of_swallowed_verb(v) -> list:
    """The acronym opening a sentence when the tagger read it as a common noun or a verb and took the past tense
    right after it for a modifier ("ECOWAS threatened sanctions unless ..." parsed as a noun phrase, "threatened"
    an adjective of "sanctions"): an all-capital word of two or more letters, first in its sentence, that the
    verb hangs under and that the tagger read as no name; also one left as a modifier of the sentence's verb
    ("UNHCR condemned attacks ..." with "UNHCR" an adverbial noun). [] otherwise."""
    if v.tag_ not in ("VBD", "VBN") or v.i == v.sent.start or any(c.dep_ in SUBJ_DEPS for c in v.children):
        return []
    first = v.doc[v.i - 1]
    if first.i != v.sent.start or len(first.text) < 2 or not first.text.isalpha() or not first.text.isupper():
        return []
    if v.dep_ == "ROOT" and first.head == v and first.dep_ in ("npadvmod", "nmod", "compound", "dep"):
        return [first]  # "UNHCR condemned attacks on ...": the acronym left as a modifier of the verb
    if v.dep_ not in ("amod", "compound", "nmod") or first.tag_ not in (
            "NN", "NNS", "VB", "VBD", "VBG", "VBZ", "VBP", "JJ"):
        return []
    return [first] if first in v.ancestors else []


def _act_noun_split_off(v) -> Token | None:
    """The word the parser left as the object of "in/during/amid" just before a gerund it read as a verb of the
    clause, when the two are one noun phrase ("were killed in Israeli shelling", "in Israeli tank shelling"):
    the gerund is an act noun and that word (with its modifiers) names who carried the act out. None otherwise."""
    if v.tag_ != "VBG" or v.dep_ != "advcl" or v.i == 0 or any(c.dep_ in ("nsubj", "aux", "mark") for c in v.children):
        return None
    t = v.doc[v.i - 1]
    if t.dep_ != "pobj" or t.head.lower_ not in ("in", "during", "amid") or t.head.head != v.head:
        return None
    if t.ent_type_ == "NORP" or any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in t.children):
        return t
    return None


def _verb_read_as_noun(tok) -> bool:
    """A verb the tagger read as a common noun, told by dependents only a verb takes: a direct object, or a modal,
    "to" or "do" auxiliary ("are set to sanction the bank", "should governments sanction the bank", "did sanction
    the bank"). A noun with a determiner or possessor of its own stays a noun."""
    if tok.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNS") or _nominal(tok) \
            or any(c.dep_ in ("amod", "nummod", "compound") for c in tok.children):
        return False
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in tok.children) or any(
        c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_.lower() in ("to", "do")) for c in tok.children)


def _nominal(tok) -> bool:
    """Whether a root the tagger called a noun is used as one: with a determiner or possessor, or with a clause
    of its own hung on it ("The rebels handed over ..." parsed with "rebels" as root)."""
    return any(c.dep_ in ("det", "poss", "acl", "relcl") for c in tok.children)


def _share_status_of_the_noun_it_details(cands: list) -> None:
    """An event noun in the "of" phrase of another event noun of the same type ("a new round of talks", "a wave
    of attacks") is that same event: it takes that noun's status."""
    by_head = {c.head.i: c for c in cands if c.kind in ("noun", "light")}
    for c in cands:
        noun = c.head
        if c.kind != "noun" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
            continue
        other = by_head.get(noun.head.head.i)
        if other is not None and other is not c and other.etype == c.etype:
            c.status = other.status


def _only_addressee(verb) -> bool:
    """Whether a verb's one complement is its object, the party addressed ("called Biden on Tuesday to discuss
    trade"): no second object or predicate ("called Biden a liar"), no particle ("called off", "called out"), no
    preposition of its own ("called for", "called on"; a date or a purpose clause is fine) and no clause."""
    objects = [c for c in verb.children if c.dep_ in OBJ_DEPS]
    if len(objects) != 1 or any(c.dep_ in ("prt", "xcomp", "ccomp") for c in verb.children):
        return False
    return not any(c.dep_ == "prep" and c.i < objects[0].i for c in verb.children)


def _own_doer(noun: Candidate, verb: Candidate) -> bool:
    """"Police condemned the ministry's accusations against X": an event noun object whose doer is named and is none
    of the verb's own doers tells another party's act, which the verb answers, not the verb's act told twice."""
    return bool(noun.actors) and bool(verb.actors) and not set(noun.actors) & set(verb.actors)


def _counted_among(tok: Token) -> list[Token]:
    """"Three soldiers were among those killed", "Two journalists are among the people detained": the subject of
    the copula whose "among" phrase names the people an act was done to (and its conjuncts)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "among" or prep.head.lemma_ != "be":
        return []
    subj = next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
    return [subj, *subj.conjuncts] if subj is not None else []


def _attack_scene_of(verb: Token, is_attack_noun) -> Token | None:
    """"the bombing of a police academy that killed 20 people", "an attack on a market in X which wounded 12": the
    attack noun whose target the relative clause of a verb hangs on (the parser attaches the clause to the nearest
    noun, the place hit), when that place is no party; None otherwise."""
    scene = verb.head
    if verb.dep_ != "relcl" or scene.pos_ != "NOUN" or scene.ent_type_ or scene.dep_ != "pobj":
        return None
    attack = scene.head.head
    if scene.head.lower_ not in ("of", "on", "against", "at") or not is_attack_noun(attack):
        return None
    return attack


def _casualty_attackers(cands: list[Candidate]) -> None:
    """"Twelve soldiers were killed when rebels attacked their convoy": a casualty passive with no doer of its own
    was dealt by the attacker of the attack its "when/as" clause tells, who becomes its actor too. So is a casualty
    told in a relative clause on an attack's target ("the bombing of a market that killed 12 people")."""
    nouns = {c.head.i: c for c in cands if c.etype == "ASSAULT" and c.kind in ("noun", "light") and c.actors}
    for cand in cands:
        if cand.etype == "ASSAULT" and cand.kind == "verb" and not cand.actors and cand.head.dep_ == "relcl":
            attack = cand.head.head.head.head
            if attack.i in nouns and cand.head.head.dep_ == "pobj" and not cand.head.head.ent_type_:
                cand.actors = [a for a in nouns[attack.i].actors if a not in cand.recipients]
    attacks = {c.head.i: c for c in cands if c.etype == "ASSAULT" and c.kind == "verb" and c.actors}
    for cand in cands:
        if cand.etype != "ASSAULT" or cand.kind != "verb" or cand.actors or not cand.recipients:
            continue
        verb = cand.head
        if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            continue
        for clause in verb.children:
            if clause.dep_ != "advcl" or clause.i not in attacks or not any(
                    m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in clause.children):
                continue
            cand.actors = [a for a in attacks[clause.i].actors if a not in cand.recipients]
            break


def _verb_hung_on_as_adjective(v: Token) -> Token | None:
    """The verb of "condemned the move as provocative and summoned X" when the parser joined the second verb to the
    adjective of the first verb's "as" phrase: the two verbs are coordinated acts of one subject."""
    adj = v.head
    if v.dep_ != "conj" or v.pos_ not in ("VERB", "AUX") or not _coordinated(v):
        return None
    prep = adj.head
    if adj.pos_ == "ADJ" and prep.dep_ == "prep" and prep.lower_ == "as" and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    if adj.tag_ == "VBN" and adj.dep_ == "advcl" and prep.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in adj.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in adj.children):
        return prep  # "denounced the vote as rigged and summoned X", the participle read as a clause of its own
    return None


def _past_after_infinitive(conj: Token, head: Token) -> bool:
    """Whether a conjoined simple past with no auxiliary of its own follows a "to" infinitive ("vowed to retake the
    town and accused X of ..."): a finite verb cannot continue the infinitive, so the parser has coordinated it one
    level too low; it continues the clause the infinitive hangs on."""
    # (the tagger also reads such a simple past as a participle: "was ready to help and released $3 million")
    return conj.tag_ in ("VBD", "VBN") and head.tag_ == "VB" \
        and not any(c.dep_ in ("aux", "auxpass") for c in conj.children) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)


def _relative_read_as_participle(verb: Token) -> Token | None:
    """The noun a relative clause describes when the parser took the clause's verb for a participle on the clause's
    subject ("the journalist, whom police arrested on Sunday, ...", "the hospital that the air force bombed"): a
    relative pronoun right before that subject makes it the doer, and the noun before the pronoun, which the pronoun
    stands for as the verb's object, the one acted on. None when the participle has no such pronoun before it
    ("the protesters arrested on Sunday were freed": they were arrested)."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or head.pos_ not in ("NOUN", "PROPN") \
            or head.i > verb.i or any(c.dep_ in ("auxpass", "dobj", "agent") for c in verb.children):
        return None
    start = head.left_edge.i
    # (the parser may hang the pronoun on the subject itself: "the convoy that insurgents ambushed")
    pronoun = head.left_edge if head.left_edge.tag_ in ("WDT", "WP") else verb.doc[start - 1] if start > 0 else None
    if pronoun is None or pronoun.lower_ not in ("that", "which", "whom") or pronoun.tag_ not in ("WDT", "WP"):
        return None
    before = verb.doc[pronoun.i - 1] if pronoun.i > 0 else None
    if before is not None and before.is_punct and before.i > 0:
        before = verb.doc[before.i - 1]  # "the journalist, whom ..."
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") else None


def _subject_read_as_object(verb: Token) -> Token | None:
    """The subject of a second clause that the parser took as one more object of the first ("Hamas released four
    workers and Israel freed 30 prisoners": "Israel" hangs as a conjunct of "workers", and "freed" as a conjunct
    of "released" with no subject of its own): the noun right before the finite conjunct verb, when it is a
    conjunct of the first verb's object, or of the object of a preposition on the first verb ("Hamas released
    four workers on Saturday and Israel freed 30 prisoners": "Israel" hangs on "Saturday")."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 \
            or any(c.dep_ in SUBJ_DEPS | {"nsubjpass", "aux", "auxpass"} for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.dep_ != "conj" or before.ent_type_ in TIME_ENTS:
        return None
    first = before
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if not (first.dep_ == "dobj" and first.head == verb.head
            or first.dep_ == "pobj" and first.head.dep_ == "prep" and first.head.head == verb.head):
        return None
    return before if any(c.dep_ == "cc" for c in first.children if first.i < c.i < before.i) \
        or any(c.dep_ == "cc" for c in before.head.children if c.i < before.i) else None


def _modal_conjunct_of_condition(verb: Token) -> Token | None:
    """The main verb when `verb`, with a "would"/"will" of its own, is parsed as a conjunct of the verb of a condition
    that has none ("would close the crossings if the pressure continued and would ask NATO for help": the asking is
    the main clause's second act, not part of the condition)."""
    if verb.dep_ != "conj" or not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "'d")
                                      for c in verb.children):
        return None
    condition = verb.head
    if condition.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                            for c in condition.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "'d") for c in condition.children):
        return None
    return condition.head if condition.head.pos_ in ("VERB", "AUX") else None


def _finite_conjunct_read_as_modifier(verb: Token) -> Token | None:
    """The verb of the first clause when `verb` is a second finite verb with its own object that the parser took as
    a modifier of that object ("Rioters set cars alight and looted shops": "looted" hangs as an adjective on
    "shops", or as a conjunct of "alight", and "shops" as one more object of "set"): a past form right after "and"
    or "or" before the noun it modifies, that noun an object (or conjunct) of a verb which has another object before the
    coordinator. A noun the coordinated words only describe ("found burned and looted shops") is the verb's one
    object, so it stays a description."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i < 2 or verb.doc[verb.i - 1].pos_ != "CCONJ":
        return None
    if verb.dep_ == "amod":
        noun = verb.head
    elif verb.dep_ == "conj" and verb.head.dep_ == "amod" and verb.head.i < verb.i:
        noun = verb.head.head
    elif verb.dep_ == "conj" and verb.head.dep_ in ("oprd", "acomp") and verb.head.pos_ == "ADJ" \
            and verb.head.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in verb.children) and any(
                c.dep_ == "dobj" and c.i < verb.head.i for c in verb.head.head.children):
        # "Rioters set cars ablaze and looted shops": the second verb, with its own object, hangs as a conjunct of
        # the first verb's predicate adjective; its subject is the first verb's
        return verb.head.head
    else:
        return None
    # (the noun may hang on the first verb as its object or, "burned the crops and seized cattle", as a conjunct)
    if noun.i <= verb.i or noun.dep_ not in ("dobj", "conj") or any(t.pos_ not in ("NOUN", "PROPN", "ADJ", "DET", "NUM")
                                                        for t in verb.doc[verb.i + 1:noun.i]):
        return None
    governor = noun.head
    if governor.pos_ != "VERB" or not any(c.dep_ == "dobj" and c.i < verb.i - 1 and c.pos_ in ("NOUN", "PROPN")
                                          for c in governor.children):
        return None
    return governor


def _governing_verb_through_phrases(noun: Token) -> Token | None:
    """The verb a noun's prepositional phrase hangs on, through "of" phrases of the nouns above it ("after weeks of
    clashes": "retook"); None when the chain meets anything else first."""
    tok = noun
    for _ in range(4):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return None
        above = tok.head.head
        if above.pos_ in ("VERB", "AUX"):
            return above
        if above.pos_ != "NOUN" or tok.head.lower_ != "of":
            return None
        tok = above
    return None


def _gapped_passive(verb: Token) -> bool:
    """"Six people were killed and two others injured", "the mayor was arrested and his aides questioned": a
    participle coordinated with a passive verb, with a subject of its own but no auxiliary or object, shares the
    passive's "were"; the parser reads its subject as a doer."""
    if verb.tag_ != "VBN" or verb.dep_ != "conj" or verb.head.tag_ != "VBN":
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return False
    return any(c.dep_ == "auxpass" for c in verb.head.children)


def _past_perfect(verb) -> bool:
    """Whether a verb is in the past perfect ("had attacked", "had been detained")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _participle_as_people(tok) -> bool:
    """Whether a past participle is used as a noun for people, as the object of another verb ("carried the
    injured to the ambulance", "evacuated the wounded", "a list of the detained"): it names the casualties or
    captives, not an event of its own; the event that hurt or held them is told elsewhere, if at all."""
    return (tok.tag_ == "VBN" and tok.dep_ in ("dobj", "pobj", "dative")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and all(c.dep_ in ("det", "amod", "advmod", "prep", "punct", "cc", "conj") for c in tok.children))


def _has_clausal_complement(verb) -> bool:
    """Whether a verb takes a clause: "called on X to resign", "urged that ...", "called on X, urging ..."."""
    return any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children))
               for c in verb.children)


# modals under which a that-clause states what someone is asked to do ("asked that troops should leave")
OBLIGATION_MODALS = frozenset({"should", "must", "shall"})


def _has_directive_complement(verb) -> bool:
    """Whether a verb of asking carries what is asked for: an infinitive ("asked X to leave", "asked to be
    released") or a following that-clause ("asked that the talks resume"). A question it reports ("asked whether
    ...", "asked where ...") or a quoted question before it ("'Why?' she asked") is speech, not a request."""
    for c in verb.children:
        if c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)):
            return True
        if c.dep_ == "ccomp" and c.i > verb.i:
            marks = [m for m in c.children if m.dep_ == "mark"]
            question = any(m.lower_ != "that" for m in marks) or any(
                t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in c.subtree if t.i < c.i)
            if not question and _wanted_clause(c):
                return True
    return False


def _wanted_clause(clause) -> bool:
    """Whether a that-clause tells what is wanted rather than what is: it is in the subjunctive or under an
    obligation modal ("that the vote be postponed", "that troops should leave"); a clause in the indicative
    ("insisted that he was innocent") states a claim. A singular subject with a bare verb ("insisted that Kestonia
    free the sailors") is a subjunctive too, which the tagger may read as a present (VBP)."""
    finite = min([a for a in clause.children if a.dep_ in ("aux", "auxpass")] + [clause], key=lambda t: t.i)
    if finite.tag_ == "VB" or (finite.tag_ == "MD" and finite.lower_ in OBLIGATION_MODALS):
        return True
    return finite is clause and clause.tag_ == "VBP" and any(
        c.dep_ == "nsubj" and (c.tag_ in ("NN", "NNP") or c.lower_ in ("he", "she", "it")) for c in clause.children)


def _bare_state_phrase(tok) -> bool:
    """Whether a noun is the bare singular object of "in/into" with no word of its own ("remained in force",
    "came into force", "stayed in power"): a set phrase for a state something is in, which names no party (a
    party has an article or a modifier: "in the force", "into the armed forces")."""
    return tok.dep_ == "pobj" and tok.tag_ == "NN" and tok.head.lower_ in ("in", "into") \
        and not any(True for _ in tok.children)


def _dates_only(prep) -> bool:
    """Whether a preposition only dates or times the event ("called on Tuesday", "agreed on March 3"): such a
    phrase never fills the verb's prepositional frame ("call +on" is a request made of someone)."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def _locative(prep) -> bool:
    """Whether a preposition places something ("near", "outside", "west of") rather than naming a party."""
    if prep.lower_ in LOCATIVE_PREPS:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in COMPASS


def _plural_stem(tok) -> str | None:
    """The singular of a plural noun the lemmatizer misreads ("bases" -> "basis", not "base"): the surface form
    without its -s (tag NNS only)."""
    low = tok.lower_
    if tok.tag_ != "NNS" or not low.endswith("s") or len(low) < 4:
        return None
    return low[:-1]


def _agreements_from_talks(cands: list[Candidate]) -> None:
    """An agreement told with no party ("a deal was reached after talks between X and Y", "... following
    negotiations between the government and the rebels") was made by the parties of the talks it came out of: the
    CONSULT noun governed by a temporal preposition of the agreement's verb."""
    for c in cands:
        if c.etype != "AGREE" or c.actors or c.kind not in ("verb", "light"):
            continue
        verb = c.clause or c.head
        # (the talks may be counted: "after six hours of negotiations between ...")
        within = {t.i for p in verb.children if p.dep_ == "prep" and p.lower_ in ("after", "following")
                  for o in p.children if o.dep_ in ("pobj", "dobj")
                  for t in [o, *(g for q in o.children if q.dep_ == "prep" and q.lower_ == "of"
                                 for g in q.children if g.dep_ == "pobj")]}
        talks = next((t for t in cands if t is not c and t.etype == "CONSULT" and t.kind == "noun" and t.actors
                      and t.head.i in within), None)
        if talks is not None:
            c.actors = list(talks.actors)
            c.recipients = [r for r in c.recipients if r not in talks.actors and r not in talks.head.subtree]


def _own_clause_conjunct(tok: Token) -> bool:
    """Whether a conjunct is a clause with a subject of its own ("opened fire with rifles and a bomb wrecked a
    truck"): another act, whose words tell nothing of this one's means or manner (a conjunct sharing the subject,
    "marched and smashed windows", is the same doer's act and still counts)."""
    return tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") \
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)


def _hyphen_positions(doc) -> frozenset[int]:
    """Indices of a Doc's "-" tokens, found once per Doc from its token array: most tokens are next to none, and
    asking their neighbours costs a Token object each."""
    found = doc.user_data.get("events_hyphen_positions")
    if found is None:
        from spacy.attrs import ORTH

        orths = doc.to_array(ORTH) if len(doc) else ()
        dash = doc.vocab.strings["-"]
        found = doc.user_data["events_hyphen_positions"] = frozenset(
            i for i, orth in enumerate(orths) if orth == dash)
    return found


def _hyphenated(tok) -> str | None:
    """The whole hyphenated word a token ends ("sit-in" for the "in" of "sit-in"; spaCy splits such words), or
    None when the token is not the last part of one."""
    doc = tok.doc
    i = tok.i
    if i - 1 not in _hyphen_positions(doc):
        return None
    parts = [tok.lower_]
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and doc[i - 2].is_alpha:
        parts.insert(0, doc[i - 2].lower_)
        i -= 2
    if len(parts) == 1 or (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_):
        return None
    return "-".join(parts)


def _hyphenated_from(tok) -> str | None:
    """The whole hyphenated word a non-final part belongs to ("cease-fire" for "cease" and "-")."""
    doc = tok.doc
    i = tok.i
    hyphens = _hyphen_positions(doc)
    if i not in hyphens and i + 1 not in hyphens:
        return None
    while i + 1 < len(doc) and not doc[i].whitespace_ and (doc[i].text == "-" or doc[i + 1].text == "-"):
        i += 1
    return _hyphenated(doc[i]) if i != tok.i else None


def _in_hyphenated_word(tok) -> bool:
    """Whether a token is a part of a hyphenated word written without spaces ("cease-fire", "anti-war")."""
    doc = tok.doc
    before = tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ \
        and not doc[tok.i - 1].whitespace_
    after = tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
        and not doc[tok.i + 1].whitespace_
    return before or after



@dataclass(frozen=True)
class Accusation:
    """The accusation an event word is the content of: the accusing verb, the accused and the accusers (heads)."""

    verb: Token
    accused: list
    accusers: list


def accusing_verb(tok: Token, lex: Lexicon) -> bool:
    """Whether a verb accuses its object of what an "of"/"for" phrase names in every use ("accused the rebels of
    killing", "blamed the army for the bombing"): an ACCUSE:allege verb entry with no constraint, particle or
    preposition of its own ("protest to X" is a complaint to X, "protest the decision of" accuses no one)."""
    return tok.pos_ == "VERB" and any(
        e.type == "ACCUSE" and e.mode == "allege" and not e.constraint and e.prep is None and e.particle is None
        for e in lex.verb_entries(tok.lemma_.lower()))


def accusation_of(tok: Token, lex: Lexicon) -> Accusation | None:
    """The accusation whose "of"/"for" phrase names the act `tok` stands for, or None.

    The parser attaches that phrase in several ways, each read here: to the verb ("were accused of killing"), to
    the accused object ("accused the rebels of killing"), to the "by" agent of a passive ("was accused by rights
    groups of killing"), and a gerund with an object is often read as an adjective of that object ("accused of
    looting shops" -> "looting" modifying "shops", or "beating inmates" as a compound)."""
    t = tok
    if t.dep_ in ("amod", "compound") and t.tag_ == "VBG" and t.head.dep_ == "pobj":
        t = t.head
    if t.dep_ not in ("pcomp", "pobj") or t.head.dep_ != "prep" or t.head.lower_ not in ("of", "for"):
        return None
    g = t.head.head
    accusers: list = []
    if accusing_verb(g, lex):
        verb = g
        accused = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not accused and verb.dep_ == "acl" and verb.head.pos_ in NOMINAL_POS:
            accused = [verb.head]  # "officials accused of taking bribes", "Teacher accused of ..."
        elif not accused and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            # headline "Guard accused of beating inmates": a participle read as a past tense; its subject is
            # the one accused, and no accuser is named
            accused = [c for c in verb.children if c.dep_ == "nsubj"]
            accusers = [x for c in verb.children if c.dep_ == "agent" for x in c.children if x.dep_ == "pobj"]
            return Accusation(verb=verb, accused=accused, accusers=accusers)
    elif g.pos_ in NOMINAL_POS and g.dep_ in ("dobj", "nsubjpass") and accusing_verb(g.head, lex):
        verb, accused = g.head, [g]
    elif g.pos_ in NOMINAL_POS and g.dep_ == "pobj" and g.head.dep_ == "agent" and accusing_verb(g.head.head, lex):
        verb, accusers = g.head.head, [g]
        accused = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        return None
    if not accusers:
        accusers = [c for c in verb.children if c.dep_ == "nsubj"] or [
            x for c in verb.children if c.dep_ == "agent" for x in c.children if x.dep_ == "pobj"]
    if not accusers and verb.dep_ in ("advcl", "xcomp", "conj") and verb.tag_ in ("VBG", "VB", "VBD", "VBZ"):
        # "held a rally, accusing the army of shelling the town": the participle shares its head verb's subject
        accusers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return Accusation(verb=verb, accused=accused, accusers=accusers)


def _small_clause(tok: Token) -> bool:
    """Whether a clausal complement is a verbless object-and-predicate pair the parser read as a clause ("declared
    [two envoys persona non grata]", "declared [the vote a fraud]"): it has a subject but no auxiliary, marker or
    finite verb of its own."""
    if tok.dep_ != "ccomp" or not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    if any(c.dep_ in ("mark", "aux", "auxpass", "neg") for c in tok.children):
        return False
    # (a bare noun may be tagged as a present verb, "persona" as VBP; a past or third-person verb is a real clause.
    # Only a nominal predicate: "found [her guilty]" would code an adjective's verdict with a recipient the
    # pronoun step may leave unresolved; left to the lexicon's own object reading)
    return tok.tag_ not in ("VBD", "VBZ", "MD") and tok.pos_ in ("NOUN", "PROPN", "VERB")


def _with_small_clause(v: Token) -> bool:
    """Whether a participle with a subject of its own and no auxiliary is the verb of a "with"/"without" small
    clause ("with ten people killed"), or a conjunct of one ("with men shot and women raped")."""
    for _ in range(4):
        if v.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in v.children):
            return False
        if v.dep_ == "pcomp" and v.head.lower_ in ("with", "without"):
            return True
        if v.dep_ != "conj":
            return False
        v = v.head
    return False


def _across_lines(a: Token, b: Token) -> bool:
    """Whether a line break separates two tokens: a heading line ("No claim of responsibility") that the parser ran
    into the next sentence is no argument of that sentence's verb (the stage codes each line apart)."""
    lo, hi = sorted((a.i, b.i))
    breaks = _line_breaks(a.doc)
    k = bisect_left(breaks, lo)
    return k < len(breaks) and breaks[k] < hi


def _line_breaks(doc) -> list[int]:
    """The indices of the tokens with a line break in their text or in the whitespace after them, in order; read
    once per Doc (the coder asks of many token pairs whether a line break separates them)."""
    breaks = doc.user_data.get("events_line_breaks")
    if breaks is None:
        breaks = doc.user_data["events_line_breaks"] = [t.i for t in doc if "\n" in t.text or "\n" in t.whitespace_]
    return breaks


def _past_state_of_affairs(clause: Token) -> bool:
    """Whether a clause tells what happened or was going on: a past tense or a past auxiliary ("had not withdrawn",
    "were regrouping", "was spreading"), with no infinitive after it ("were preparing to strike" looks ahead)."""
    if any(c.dep_ == "xcomp" for c in clause.children):
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    return clause.tag_ == "VBD" and not auxiliaries or any(a.tag_ == "VBD" for a in auxiliaries)


def _gerund_under_opening_modifier(tok: Token) -> Token | None:
    """"Heavy shelling by the army destroyed the school" parsed with the opening adjective ("Heavy", tagged an
    adjective or, capitalised, a proper noun; no name the tagger found) as the subject and the gerund hung on it:
    the gerund right after it is the subject, and its "by" phrase the doer."""
    if tok.i != tok.sent.start or tok.ent_type_ or tok.tag_ not in ("JJ", "NNP"):
        return None  # ("Israeli shelling killed ...": a nationality is the doer, see `_act_noun_split_off`)
    return next((c for c in tok.children if c.i == tok.i + 1 and c.tag_ == "VBG" and c.dep_ in ("acl", "xcomp")),
                None)


def _reported_clause_read_as_noun(noun: Token) -> bool:
    """Whether a noun stands where the parser should have put a reported clause: as the clausal complement of a
    verb (a noun cannot be one) or as a second subject of a reporting verb whose own subject follows ("strikes
    killed 12, the ministry said" with both "strikes" and "ministry" hung on "said" as subjects)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "ccomp":
        return True
    return noun.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i > noun.i for c in noun.head.children)


def _gerund_read_as_modifier(v: Token) -> bool:
    """"denied meeting Malawi", "admitted shelling Tarsk": the parser may read a gerund before a name as the
    name's modifier, and the name as the object of the verb above; the name is the gerund's object."""
    return v.dep_ in ("compound", "amod") and v.tag_ == "VBG" and v.head.pos_ == "PROPN" \
        and v.head.dep_ == "dobj" and v.i == v.head.left_edge.i and v.head.head.pos_ == "VERB"


def _coordinated(conj) -> bool:
    """Whether a verb the parser made a conjunct of an earlier verb is joined to it by a coordinator or a comma,
    semicolon or dash between the two ("fired and killed", "fired tear gas, arrested 12"), as a real conjunct is."""
    head = conj.head
    if head.i > conj.i:
        return True
    # (up to the verb itself: an adverb of its own may join it, "fired then fled")
    between = conj.doc[head.i + 1:conj.i]
    return any(t.dep_ in ("cc", "preconj") or t.text in (",", ";", "-", "--", "\u2013", "\u2014", ":")
               or t.lower_ in ("and", "but", "or", "then", "nor", "yet") for t in between) or any(
        c.dep_ == "cc" for c in conj.children)


def main_clause_read_as_complement(verb) -> object | None:
    """The clause the parser hung on `verb` as its complement when `verb` is really a relative clause with no
    relative pronoun on a noun set off by a comma after that clause ("The army has accused the rebels of smuggling,
    a charge the group denies": parsed with "denies" as the root, "accused" as its complement and "charge" as its
    object). English puts an object before the subject and the verb only in such a relative clause, so an object and
    then a subject, both before the verb, after a comma that closes the complement, mark the misreading; the
    complement is the sentence's main clause, which the denial does not govern. None when there is no such
    misreading. A clause closed by a semicolon before the verb's subject is likewise a sentence of its own ("Halvoria
    blames neighbour for attack; Moscow denies role"): reported speech sets its clause off by a comma, never so."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i]
    subjs = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjs) != 1:
        return None
    first = subjs[0].left_edge.i
    if first > 0 and verb.doc[first - 1].text == ";":
        return next((c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i == first - 2), None)
    if first > 0 and verb.doc[first - 1].text == "," and any(
            c.dep_ == "xcomp" and c.i > verb.i and any(g.tag_ == "TO" for g in c.children) for c in verb.children):
        # "Halvoria expels envoys, Moscow vows to retaliate": a verb that says its own infinitive reports nothing
        # before it; the clause before the comma is a sentence of its own
        return next((c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i < first - 1), None)
    if len(objs) == 1 and objs[0].i < subjs[0].i:
        start = objs[0].left_edge.i
    elif not objs and _object_fused_with_name(subjs[0]):
        start = subjs[0].left_edge.i  # "..., a charge Kigali denies": the object read as a modifier of the name
    else:
        return None
    if start == 0 or verb.doc[start - 1].text != ",":
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i < start), None)


def _object_fused_with_name(subj: Token) -> bool:
    """Whether the parser fused the fronted object of a comma-set relative clause with the name that is its
    subject ("..., a charge Kigali denies" read as one phrase "a charge Kigali"): a proper name carrying an
    indefinite article and a common noun before it. An indefinite article never opens a plain name ("a Kigali"),
    so the article and the noun are the relative clause's object. The parser may also take the noun for the
    subject and the name right after it for its apposition ("a charge" + "Kigali")."""
    before = [c for c in subj.children if c.i < subj.i]
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in before)
    if subj.pos_ == "NOUN":
        return indefinite and any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == subj.i + 1
                                  for c in subj.children)
    return subj.pos_ == "PROPN" and indefinite and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ == c.text for c in before)


def _headline_partners(subj: Token) -> list[Token]:
    """"Laos, Estonia hold talks": a headline writes "and" as a comma, and the parser leaves the first name as a
    modifier; a name that opens the line, followed only by a comma before the subject name, is a second subject.
    The parser may also take the first name for the subject and the second for its apposition ("Chile, Peru
    sign ..."): a lone name right after the comma, with the verb right after it, is then the second subject."""
    doc = subj.doc
    if subj.pos_ == "PROPN" and subj.i + 2 < len(doc) and doc[subj.i + 1].text == ",":
        opens_line = subj.i == 0 or "\n" in doc[subj.i - 1].text or "\n" in doc[subj.i - 1].whitespace_
        second = next((c for c in subj.children if c.dep_ == "appos" and c.i == subj.i + 2), None)
        if opens_line and second is not None and second.pos_ == "PROPN" and second.i + 1 == subj.head.i \
                and not any(c.dep_ not in ("compound", "punct") for c in second.children):
            return [second]
    if subj.pos_ != "PROPN" or subj.i < 2 or subj.doc[subj.i - 1].text != ",":
        return []
    first = subj.doc[subj.i - 2]
    opens_line = first.i == 0 or "\n" in first.doc[first.i - 1].text or "\n" in first.doc[first.i - 1].whitespace_
    if not opens_line or first.pos_ != "PROPN" or first.head not in (subj, subj.head) or first.dep_ not in (
            "npadvmod", "appos", "nmod", "compound", "nsubj", "dep"):
        return []
    return [first]


def _orphans_after(verb: Token) -> list[Token]:
    """Nouns after a verb on its own line whose parse head lies on a later line (a headline run into the next
    line): the phrases the verb's line ends with, cut off from it by the parser."""
    doc = verb.doc
    out = []
    # (the loop stops at the first line break after the verb at the latest: no need to slice past it; with none
    # after it, no head lies on a later line)
    breaks = _line_breaks(doc)
    k = bisect_left(breaks, verb.i + 1)
    if k == len(breaks):
        return out
    for t in doc[verb.i + 1:breaks[k] + 1]:
        if "\n" in t.text or "\n" in doc[t.i - 1].whitespace_:
            break
        if t.pos_ in ("NOUN", "PROPN") and t.head.i > t.i and _across_lines(t, t.head):
            out.append(t)
    return out


def _on_line_of(arg: Token, anchor: Token) -> list[Token]:
    """The argument itself when it is on the anchor's line, else its last name or noun modifier that is."""
    if not _across_lines(arg, anchor):
        return [arg]
    kept = [c for c in arg.children if c.dep_ in ("compound", "nmod") and c.pos_ in ("PROPN", "NOUN")
            and not _across_lines(c, anchor)]
    return kept[-1:]


def _particle_phrases(verb: Token) -> list[Token]:
    """The phrases a verb's particle carries that name the party left: "pulled out of X" (the parser hangs "of X" on
    the particle), "pulled its troops back from X" (the particle after the object read as an adverb)."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in PREP_PARTICLES
            for g in c.children if g.dep_ == "prep" and g.lower_ == "of"] + [
        g for c in verb.children if c.dep_ == "advmod" and c.lower_ in PREP_PARTICLES
        for g in c.children if g.dep_ == "prep" and g.lower_ == "from"]


def _bare_infinitives(head: Token, deps: tuple[str, ...]) -> list[Token]:
    """The "to" infinitives with no subject of their own hung on `head` with one of `deps` ("refused to withdraw",
    "the refusal to withdraw", "marched to protest")."""
    return [c for c in head.children if c.dep_ in deps and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and not any(a.dep_ in SUBJ_DEPS or a.dep_ == "nsubjpass" for a in c.children)]


def _charged_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause hangs on when its verb has both the relative pronoun and a party as objects
    ("the militia, which X accuses Tessaly of backing"): the antecedent is what the charged act is done to, and the
    other object is the one charged; None for any other verb."""
    if verb.dep_ != "relcl":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) < 2 or not any(o.tag_ in ("WDT", "WP") for o in objects) \
            or not any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return None
    return verb.head

def _doer_possessor(mod: Token) -> bool:
    """Whether a possessor of an act noun is its doer because an "of" phrase names what the act was done to
    ("Moscow's invasion of Georgia", "Tehran's execution of a dual national"): a capital stands for its
    government there, not for the place hit ("the Boston bombing")."""
    return mod.dep_ == "poss" and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" for g in p.children) for p in mod.head.children)


def _people_compounded_on_predicate(noun: Token) -> list[Token]:
    """The plural noun the parser hung as a compound on a predicate noun right after it ("12 villagers hostage":
    "villagers" on "hostage"); a singular compound ("a border guard", "the rebel commander") is one noun."""
    return [m for m in noun.children if m.dep_ == "compound" and m.i == noun.i - 1 and m.tag_ in ("NNS", "NNPS")]


def _dedupe(tokens) -> list:
    seen: set[int] = set()
    out = []
    for t in tokens:
        if t.i not in seen:
            seen.add(t.i)
            out.append(t)
    return out


def _alternative_doers(cand: Candidate) -> bool:
    """Whether the doers of an act are offered as alternatives ("either the army or the rebels attacked the convoy",
    "was shelled by soldiers or militiamen"): the act is told, but not who did it, so the record keeps both doers
    and does not assert the act of either ("neither X nor Y" denies it and is read as a negation)."""
    doers = {a.i for a in cand.actors}
    return any(c.dep_ == "cc" and c.lower_ == "or" and any(j.i in doers for j in [a.head, *a.conjuncts] if j.i != a.i)
               for a in cand.actors for c in a.children)
