"""events.v1: PLOVER 2.0 events with actors, recipients, place, date, status and source.

The coder (coder.py) reads triggers and their arguments off the dependency parse with the data lexicon in
knowledge/data/plover; this module turns its token-level candidates into `Event`s: actor ids through the actors
stage (`actor_at`), new actors for argument phrases no actor covers, place/date/source through the other stages'
accessors, repeated mentions merged into one event, and a confidence (optionally re-weighted by a small
sentence classifier shipped under stages/data/events/).

`shared` keys read: "actor_spans" (actors stage); keys written: "actor_spans" (extended with the new actors'
mentions) and "events_title" (event types found in a title that is not part of the text).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from eventwire.datelines import AGENCY_DATELINE, DATELINE
from eventwire.document import Analysis, Article
from eventwire.headlines import sentence_cased_title
from eventwire.knowledge.nonevents import load_nonevent_cues
from eventwire.knowledge.plover import load_lexicon
from eventwire.models import Actor, Event, Offsets, Place, Span
from eventwire.stages.base import Stage
from eventwire.stages.events.coder import (
    ENT_KINDS, MEANS_MODES, PLACE_RECIPIENT_TYPES, Candidate, SentenceCoder, accusation_of, security_service,
    _finite_conjunct_read_as_modifier, _line_breaks, _subject_read_as_object,
)
from eventwire.stages.events.nonevents import published_year, settle_nonevents
from eventwire.stages.times import goes_on_in_story_time, reporters_own_act
from eventwire.stages.times.tense import governing_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from eventwire.pipeline import Pipeline

__all__ = ["EventsStage", "code_sentence", "complete_candidate", "top_event"]

_STATUS_FACTOR = {"asserted": 1.0, "uncertain": 0.9, "future": 0.9, "hypothetical": 0.85, "negated": 0.9}
# Share of the classifier's probability a fallback event (no asserted lexicon event in the article) keeps as
# salience.
FALLBACK_SALIENCE = 0.6
# Types that react to another event (condemn, welcome, deny, demand an inquiry into it), and the share of salience a
# reaction to an event reported earlier in the article keeps.
REACTION_TYPES = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST"}
# Types whose object may be an act asked for ("called for a strike from Monday"): a time inside that act's noun
# phrase dates the act, not the asking.
REQUESTED_ACT_TYPES = {"REQUEST"}
REACTION_FACTOR = 0.9
SAME_SENTENCE_REACTION_TYPES = {"ACCUSE", "REJECT"}
# Reactions aimed at the doers of the act that is their object ("condemned the expulsions" told before: the expelling
# state is the one accused).
OBJECT_REACTION_TYPES = frozenset({"ACCUSE", "REJECT"})
# Reactions that follow an event of their own sentence only when a temporal clause or background phrase tells it
# ("urged calm after rioters torched a bank"), not when it is what they ask for.
AFTERMATH_REACTION_TYPES = {"REQUEST"}
# What the authorities do in answer to violence, unrest or a find of weapons reported earlier in the article (an
# investigation, a cordon or a curfew, a deployment, an evacuation or relief): (type, mode) pairs, None for any mode.
# Ranked below the act they answer, as reactions are.
RESPONSE_ACTS = {("ACCUSE", "investigate"), ("COERCE", "restrict"), ("COERCE", "curfew"), ("MOBILIZE", None),
                 ("AID", None)}
RESPONDED_TYPES = {"ASSAULT", "PROTEST", "COERCE"}
# Share of the salience of the event a reaction or response follows that it keeps at most: the classifier's
# re-weighting (after these rules) moves a salience by at most 10%, so this keeps the order it sets.
RERANK_MARGIN = 0.89
# What protesters say that their protest carries (its demands, accusations, refusals): ranked below the protest.
PROTEST_MESSAGE_TYPES = {"REQUEST", "ACCUSE", "REJECT"}
# How many sentences after a protest rioting reported of protesters shows that the protest turned violent.
RIOT_REACH = 2
# Prepositions that place an arrest in the course of an event ("detained during the march").
COURSE_PREPS = {"during", "at", "amid", "amidst"}
# Events that condemnations and denials in the same sentence are about: violence and unrest (not the restrictions,
# arrests or defiance a statement mentions: "condemned X's defiance of sanctions banning tests" and "condemned the
# arrest of the activist" stay condemnations, as PLOVER codes them).
REACTED_TO_TYPES = {"ASSAULT", "PROTEST"}
# personal pronouns that, as the subject of a main clause, continue the topic of the sentence before
SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she"})
# third-person personal pronouns: one that stands for a party becomes a mention of that party's actor
THIRD_PERSON_PRONOUNS = frozenset({"it", "itself", "they", "them", "themselves", "he", "him", "himself", "she", "her",
                                   "herself"})
# the subject form of each personal pronoun (what `_agrees` compares)
_SUBJECT_FORM = {"it": "it", "they": "they", "them": "they", "he": "he", "him": "he", "she": "she", "her": "she"}
_CORE_DEPS = {"compound", "amod", "nmod", "poss", "case", "nummod", "quantmod", "npadvmod", "punct"}

# how many sentences back the decision a reaction to "the decision" points to may have been told
DECISION_LOOKBACK = 3


@dataclass
class EventsResult:
    events: list[Event]
    new_actors: list[Actor] = field(default_factory=list)
    # ((start, end), actor id): mentions the events stage adds to actors the actors stage made
    added_mentions: list[tuple[tuple[int, int], str]] = field(default_factory=list)
    title_types: list[str] = field(default_factory=list)


class EventsStage(Stage):
    name = "events.v1"
    needs = ("nlp",)
    uses = ("actors", "places", "times", "quotes")
    adds = ("events",)

    def setup(self) -> None:
        from eventwire.knowledge.actors import load_kb

        self.lexicon = load_lexicon()
        self.kb = load_kb(self.settings.extra_kb)
        # lower-case names of the KB's armed groups ("Boko Haram"): who holds people they seize as captives
        self._armed_group_names = frozenset(
            alias for alias, ids in self.kb.alias_index.items()
            if any(self.kb.entries[i].kind == "armed_group" for i in ids if i in self.kb.entries))
        self.coder = SentenceCoder(self.lexicon, state_names=frozenset(self.kb.state_name_index),
                                   party_names=frozenset(self._party_names()))
        from eventwire.stages.events.classifier import load_classifier

        self.classifier = load_classifier()
        self._title_nlp = None

    def _party_names(self) -> list[str]:
        """Aliases of the KB entries that are organised parties to a conflict or a dispute (not persons, media,
        NGOs or countries as territories)."""
        kinds = ("armed_group", "military", "government", "political_party", "igo", "police")
        return [alias for alias, ids in self.kb.alias_index.items()
                if any(self.kb.entries[i].kind in kinds for i in ids if i in self.kb.entries)]

    # ------------------------------------------------------------------ predict
    def predict(self, analysis: Analysis) -> EventsResult:
        doc = analysis.doc
        builder = _Builder(analysis, self.lexicon, kb=self.kb)
        coded = [(sent, headline, self.coder.code(sent, headline=headline))
                 for sent, headline in _sentences(doc, analysis.article)]
        _attacks_on_protests(coded, self.lexicon)
        _reactions(coded, self.lexicon)
        _operation_outcomes(coded, self.lexicon)
        _arrests_of_suspects(coded, self.lexicon)
        _captures_by_armed_groups(coded, self.lexicon, self._armed_group_names)
        _casualty_means_nearby(coded, self.lexicon)
        _protests_turned_violent(coded, self.lexicon)
        if self.classifier is not None:
            if self.classifier.abstains(coded):
                # the classifier is sure the text reports no PLOVER event (a disaster, a crime): no events
                # (off in the shipped artefact; see its model card)
                coded = [(sent, headline, []) for sent, headline, _ in coded]
            self.classifier.rerank(coded)
            if not any(c.status == "asserted" for _, _, found in coded for c in found):
                self._fallback(coded)
        # after the classifier's re-weighting, so that its small shifts do not undo the order this sets
        _interventions(coded, self.lexicon)
        _protest_demands(coded, self.lexicon)
        settle_nonevents(coded, self.lexicon, published_year=published_year(analysis.article.published))
        cands = [(c, sent, headline) for sent, headline, found in coded for c in found]
        title_types = self._title_types(analysis.article)
        events = []
        acts: dict[tuple[int, int], str] = {}
        heads: list[tuple[tuple[int, int], Candidate]] = []
        headline_spans: set[tuple[int, int]] = set()
        nouns: list[tuple[Event, Token]] = []
        verb_dates: dict[int, str | None] = {}
        for cand, sent, headline in cands:
            event = builder.event(cand, sent)
            if event is not None:
                if headline:
                    headline_spans.add((event.trigger.start, event.trigger.end))
                if event.type in title_types:
                    event.confidence = min(0.99, round(event.confidence + 0.05, 4))
                events.append(event)
                span = (event.trigger.start, event.trigger.end)
                acts[span] = _act_key(cand.head)
                heads.append((span, cand))
                if event.date is not None and cand.head.pos_ in ("NOUN", "PROPN"):
                    nouns.append((event, cand.head))
                elif cand.head.pos_ in ("VERB", "AUX"):
                    verb_dates[cand.head.i] = event.date
        _places_of_governing_acts(list(zip(events, (c for _, c in heads))))
        borrowed_dates = {(e.trigger.start, e.trigger.end) for e, noun in nouns
                          if _noun_dated_from_outside(noun, e.date, verb_dates)}
        dated_in_phrase = {(e.trigger.start, e.trigger.end) for e, noun in nouns
                           if builder.noun_phrase_date(analysis, noun.idx, noun.idx + len(noun.text))}
        # (_tells_same_act reads both ways round: each pair is asked once)
        linked = {pair for n, (a, ca) in enumerate(heads) for b, cb in heads[n + 1:]
                  if a != b and _tells_same_act(ca, cb) for pair in ((a, b), (b, a))}
        # ("..., killing 12 people": a participle clause of the act telling its outcome or means)
        by_span = dict(heads)
        participles = {(a, b) for a, b in linked for c in (by_span[a], by_span[b])
                       if c.head.tag_ == "VBG" and c.head.dep_ in ("advcl", "conj") and c.kind == "verb"}
        back = {(e.trigger.start, e.trigger.end) for e in events if any(
            self._back_reference(analysis, span.start, span.end) for span in e.triggers)}
        # ("..., in the latest attack": an act noun in an "in" phrase that says in which act the clause's happened)
        in_adjuncts = {span for span, c in heads if c.head.pos_ == "NOUN" and c.head.dep_ == "pobj"
                       and c.head.head.lower_ == "in"}
        merging = dict(incident_types=self.lexicon.incident_types, acts=acts, linked=linked, back_references=back,
                       participles=participles, in_adjuncts=in_adjuncts,
                       headline_spans=headline_spans,
                       place_actors=_place_actors([*(analysis.actors or []), *builder.new_actors],
                                                  analysis.places or ()),
                       same_party=_same_named_parties([*(analysis.actors or []), *builder.new_actors],
                                                      rank_participles=self.lexicon.rank_participles))
        # "Court sentences X ... / A court sentenced X on Tuesday ... / X was arrested in March": the headline is
        # the sentence told with the same doer, not the arrest that names none
        events = _merge(events, analysis.places or (), same_doers=True, **merging)
        events = _merge(events, analysis.places or (), **merging)
        events = _fold_headline_mentions(events, headline_spans, acts, analysis.places or ())
        body_starts = [sent.start_char for sent, headline, _ in coded if not headline]
        if body_starts and headline_spans:
            lead_end = analysis.text.find("\n\n", min(body_starts))
            _date_headline_events(events, headline_spans, lead_end if lead_end >= 0 else len(analysis.text))
        _date_headline_events_like_lead(events, headline_spans)
        events = _fold_back_references(events, analysis.text, analysis.places or (),
                                       determiners=self.lexicon.back_reference_determiners,
                                       distinct=self.lexicon.distinct_mention_words, borrowed_dates=borrowed_dates,
                                       dated_in_phrase=dated_in_phrase,
                                       readings={span: {(e.type, e.mode) for e in self.lexicon.noun_entries(key)
                                                        if e.type} for span, key in acts.items() if " " not in key})
        events.sort(key=lambda e: (e.trigger.start, e.trigger.end))
        for n, event in enumerate(events, 1):
            event.id = f"E{n}"
        return EventsResult(events=events, new_actors=builder.new_actors, title_types=sorted(title_types),
                            added_mentions=builder.state_mentions)

    def _fallback(self, coded: list) -> None:
        """An article in which the lexicon finds no asserted event gets one event from the classifier when it
        is confident of a PLOVER type and the sentence it is most sure of has a main verb to carry it ("X
        stormed the village") that the lexicon lacks: not one of its triggers (a verb it read as planned or
        denied keeps that reading) and not a verb it has entries for (whose frames did not match). Arguments
        and status come from the coder as for any verb trigger, so a negated or modal verb still yields no
        asserted event; the event's salience is scaled down so it reads as the weaker evidence it is. A verb of state,
        possession or office ("has", "served as") carries none."""
        proposal = self.classifier.propose(coded)
        if proposal is None:
            return
        index, etype, p = proposal
        sent, headline, found = coded[index]
        if any(c.etype == etype and c.status in ("negated", "uncertain") for c in found):
            # the lexicon already read this event in the sentence as denied or doubted ("rumours of a coup",
            # "did not attack"): the classifier, which read the same words, is no witness against that
            return
        verb = _main_verb(sent, self.lexicon.speech_verbs)
        if verb is None or any(verb in c.trigger or verb is c.head for c in found):
            return
        if verb.lemma_.lower() in load_nonevent_cues().stative_verbs:
            return  # "the army has 30,000 soldiers", "he served as minister": a state, not an act (nonevents.yaml)
        if verb.lemma_.lower() in load_nonevent_cues().characterising_verbs and any(
                c.dep_ == "auxpass" for c in verb.children):
            return  # "its history is marked by coups": what a time or place is like (nonevents.yaml)
        if verb.lemma_.lower() in self.lexicon.verification_words:
            # "could not verify the claims made by the police": checking a claim is no act between parties; the
            # act the classifier reads is the one claimed (cues.yaml verification_words)
            return
        if self.lexicon.embed.get(verb.lemma_.lower(), ("asserted",))[0] == "hypothetical" and any(
                c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            # "the mayor hopes to meet the protesters": a wish carries the act it governs, none of its own (not a
            # failure: "failed to reach agreement" is a rejection the classifier may see; a belief is next)
            return
        if self.lexicon.embed.get(verb.lemma_.lower(), ("asserted",))[0] == "uncertain" and any(
                c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            # "analysts believe the government could impose a curfew", "the general is rumoured to have defected": a
            # belief told with its clause carries the believed act, none of its own (lexicon embed entries marked
            # uncertain)
            return
        if self.lexicon.embed.get(verb.lemma_.lower(), ("asserted",))[0] == "hypothetical" and any(
                c.status == "hypothetical" and _argument_of(c.head, verb) for c in found):
            # "the ministry is considering sanctions against X": a verb of weighing (lexicon embed entries marked
            # hypothetical) carries the weighed act as its object, no meeting or act of its own
            return
        if any(c.etype == etype and c.status != "asserted" and _argument_of(c.head, verb) for c in found):
            # "officials fear a possible attack", "they hope for talks": the main verb takes the lexicon's feared
            # or planned event as its argument, so the classifier's type names that event, not one the verb did
            return
        if any(c.dep_ in ("nsubj", "nsubjpass") and self.lexicon.noun_status.get(c.lemma_.lower(), "asserted")
               not in ("asserted", "negated") for c in verb.children):
            # "fears of an attack grew on Sunday", "the prospect of talks faded", "calls for a boycott mounted": a
            # subject that is a fear, threat, prospect or call (plover lexicon noun_status) has its verb tell how
            # that went, so the act the classifier reads in the sentence is only feared or proposed
            return
        if any(c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and self.coder.blocks(c) for c in verb.children):
            return  # "is slated to host the Olympics": the lexicon ruled out the act the main verb governs
        if verb.lemma_.lower() in self.lexicon.verbs:
            # the lexicon knows this verb and found none of its event frames here ("kicked off the campaign"):
            # the fallback is for verbs it lacks, not a second opinion on ones it has ruled out
            return
        planned = self._planned_status(verb)
        if planned is not None and any(c.head in verb.subtree and c.head is not verb for c in found):
            # "is due to open the conference": the lexicon coded the planned act itself (with its status); the
            # verb of planning is no second event
            return
        cand = Candidate(etype=etype, mode=None, cameo=None, context=[], head=verb, trigger=[verb], clause=verb)
        complete_candidate(self.coder, cand, sent, headline=headline)
        if planned is not None and cand.status == "asserted":
            # "is expected to resume", "plans to": what a verb of plan, schedule, expectation or intention
            # announces has not happened yet, so the event it carries has the status of the planned act
            cand.status = planned
        if cand.status == "asserted" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in
                                             self.lexicon.hearsay_nouns for c in verb.children):
            # "reports of an attack spread on Sunday", "word of clashes reached the capital": the act the
            # classifier reads is one reported or rumoured (cues.yaml hearsay_nouns), not found to have happened
            cand.status = "uncertain"
        cand.salience *= FALLBACK_SALIENCE * p
        found.append(cand)

    def _back_reference(self, analysis: Analysis, start: int, end: int) -> bool:
        """Whether a trigger span is an event noun after a definite determiner ("the talks", "the deadly
        blast"), which refers back to an event told before; a verb after its subject ("the mayor promised") is
        not."""
        span = analysis.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or not span.root.tag_.startswith("NN"):
            return False
        return _refers_back(analysis.text, span[0].idx, self.lexicon.back_reference_determiners,
                            self.lexicon.distinct_mention_words)

    def _planned_status(self, verb: Token) -> str | None:
        """The status a verb of plan, schedule, expectation or intention gives what it announces (the lexicon's
        `embed` table entries marked future: "schedule", "expect", "plan", "intend"), or None for any other
        verb."""
        # (the word itself where the lemmatizer slipped: "are slated for" -> "slat")
        status, _ = self.lexicon.embed.get(verb.lemma_.lower(), self.lexicon.embed.get(verb.lower_, ("asserted", False)))
        if status != "future":
            return None
        # the verb must announce something: an act it governs ("plans to attend", "are preparing for an assault")
        # or, passive, the thing planned as its subject ("the summit is scheduled for May"); "set fire to"
        # announces nothing
        if any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children) \
                or any(c.dep_ == "auxpass" for c in verb.children):
            return status
        return None

    def _title_types(self, article: Article) -> set[str]:
        title = (article.title or "").strip()
        if not title or article.text.lstrip().startswith(title):
            return set()
        if self._title_nlp is None:
            from eventwire.stages.nlp import load_spacy

            self._title_nlp = load_spacy(self.settings.spacy_model)
        # a Title-Case title is tagged re-cased as a sentence, judged by how the article body writes its words
        doc = self._title_nlp(sentence_cased_title(title, body=article.text))
        # a title that alleges an act ("X accuses Y of bombardment") still names what the article is about
        return {c.etype for s in doc.sents for c in self.coder.code(s, headline=True)
                if c.status in ("asserted", "uncertain")}

    def write(self, analysis: Analysis, result: EventsResult) -> None:
        analysis.events = result.events
        if result.new_actors:
            if analysis.actors is None:
                analysis.actors = []
            analysis.actors.extend(result.new_actors)
            spans = analysis.shared.setdefault("actor_spans", [])
            spans.extend((m.start, m.end, a.id) for a in result.new_actors for m in a.mentions)
        if result.added_mentions:
            by_id = {a.id: a for a in analysis.actors or []}
            spans = analysis.shared.setdefault("actor_spans", [])
            for (start, end), actor_id in result.added_mentions:
                actor = by_id.get(actor_id)
                if actor is None or any(m.start == start and m.end == end for m in actor.mentions):
                    continue
                actor.mentions.append(Span(start=start, end=end, text=analysis.text[start:end]))
                actor.mentions.sort(key=lambda m: m.start)
                spans.append((start, end, actor_id))
        analysis.shared["events_title"] = result.title_types


def complete_candidate(coder: SentenceCoder, cand: Candidate, sent, *, headline: bool = False) -> None:
    """Arguments, status, mode, context and salience of a candidate built outside the lexicon (the
    classifier's fallback trigger), read as the coder reads them for its own verb triggers.

    Delegates to the coder's public `SentenceCoder.complete`, so a fallback event gets the same headline-future
    and lede rules as the lexicon's own triggers."""
    coder.complete(cand, sent, headline=headline)


def _reactions(coded: list, lexicon) -> None:
    """A reaction to an event an earlier sentence reported ("... killed 15 villagers. The government condemned the
    attack") is the article's secondary news: a condemnation, welcome, denial or call whose object is an event
    noun of a type already asserted earlier ranks below that event's report; so does what the authorities do in
    answer to violence, unrest or a seizure reported earlier (`RESPONSE_ACTS`: an investigation, a cordon, a
    deployment, an evacuation)."""
    seen: set[str] = set()
    # the highest salience of each type asserted so far: a follow-up or a response ranks below the event it follows
    best: dict[str, float] = {}
    for _, _, found in coded:
        for c in found:
            if c.etype in REACTION_TYPES and c.kind in ("verb", "light") and seen:
                objects = [o for o in c.head.children if o.dep_ in ("dobj", "nsubjpass")]
                # "called for an inquiry into the killings": what a call is for is its object too
                objects += [g for p in c.head.children if p.dep_ == "prep" and p.lower_ == "for"
                            for g in p.children if g.dep_ == "pobj"]
                types = {e.type for o in objects for e in lexicon.noun_entries(o.lemma_.lower()) if e.type}
                if types & seen:
                    c.salience *= REACTION_FACTOR
                    continue
                if any(o.lemma_.lower() in lexicon.follow_up_nouns for o in objects):
                    # an inquiry, justice or calm asked for after an event is a follow-up to it
                    c.salience = min(c.salience * REACTION_FACTOR, max(best.values()) * RERANK_MARGIN)
                    continue
            told = [best[t] for t in RESPONDED_TYPES if t in best]
            if told and c.kind in ("verb", "light") and (
                    (c.etype, c.mode) in RESPONSE_ACTS or (c.etype, None) in RESPONSE_ACTS):
                # "... a grenade went off at a bus stop. Police opened an inquiry.", "Police cordoned off
                # the area": the response follows the news
                c.salience = min(c.salience * REACTION_FACTOR, max(told) * RERANK_MARGIN)
        for c in found:
            if c.status == "asserted" and c.kind != "derived":
                seen.add(c.etype)
                best[c.etype] = max(best.get(c.etype, 0.0), c.salience)
        # the same within a sentence: a condemnation or denial of an event a clause in its object, temporal or purpose
        # clause reports ("the mayor voiced alarm after gunmen shot two guards") ranks below that event. Not
        # support ("signed a treaty of friendship" is no reaction to the treaty). A request only through its
        # temporal clause or background phrase ("called for restraint after warplanes bombed a hospital"): what
        # its object or infinitive asks for is not what happened.
        for c in found:
            if c.kind not in ("verb", "light"):
                continue
            if c.etype in SAME_SENTENCE_REACTION_TYPES:
                deps = ("dobj", "advcl", "xcomp")
            elif c.etype in AFTERMATH_REACTION_TYPES:
                deps = ("advcl",)
            else:
                continue
            v = c.clause or c.head
            scope = {t.i for o in v.children if o.dep_ in deps or (
                o.dep_ == "prep" and o.lower_ in lexicon.background_preps) for t in o.subtree}
            scope -= {t.i for t in c.trigger}
            # a clause tells the event ("after a shop was looted", "the incident where police beat marchers"); a
            # bare event noun ("condemned the attack on the embassy") names one, and the condemnation is the news
            told = [e.salience for e in found if e is not c and e.status == "asserted" and e.kind in ("verb", "light")
                    and e.etype in REACTED_TO_TYPES and e.head.i in scope]
            if told:
                c.salience = min(c.salience, max(told) * RERANK_MARGIN)
    _reactions_before_the_report(coded, lexicon)


def _reactions_before_the_report(coded: list, lexicon) -> None:
    """A lede that reports the reaction first ("The governor condemned the attack. Gunmen killed six traders in the
    market on Friday ...") names the event with a definite event noun that a later sentence tells: the condemnation
    or call ranks below that later report, as it does when the report comes first."""
    for n, (_, _, found) in enumerate(coded):
        for c in found:
            if c.etype not in REACTION_TYPES or c.kind not in ("verb", "light"):
                continue
            objects = [o for o in c.head.children if o.dep_ in ("dobj", "nsubjpass")]
            named = [o for o in objects if any(d.dep_ == "det" and d.lower_ in lexicon.back_reference_determiners
                                               for d in o.children)]
            types = {e.type for o in named for e in lexicon.noun_entries(o.lemma_.lower()) if e.type}
            later = [e.salience for _, _, other in coded[n + 1:] for e in other
                     if e.etype in types & REACTED_TO_TYPES and e.status == "asserted" and e.kind in ("verb", "light")]
            if later:
                c.salience = min(c.salience, max(later) * RERANK_MARGIN)


def _attacks_on_protests(coded: list, lexicon) -> None:
    """An attack on a protest (its direct object is a rally, a march, a vigil) by people who are neither security
    forces nor an armed group, with bare hands, sticks or stones ("villagers attacked the opposition's march"),
    is mob violence, which PLOVER and ACLED count as rioting (PROTEST:riot), as the coder does for attacks by crowds.
    An attack with weapons, or by soldiers, police or militants, stays an assault."""
    protest_nouns = lexicon.groups.get("protests", frozenset())
    armed_kinds = ("military", "police", "armed_group")
    for _, _, found in coded:
        for c in found:
            if c.etype != "ASSAULT" or c.kind != "verb" or c.mode not in (None, "primitive", "beat", "destroy"):
                continue
            if not any(o.dep_ == "dobj" and o.lemma_.lower() in protest_nouns and o not in c.trigger
                       and o not in c.extra for o in c.head.children):
                continue  # (the attack's own noun, "launched strikes", is no protest it hits)
            members = {t.lemma_.lower() for t in c.actors} - lexicon.collective_nouns
            if not members or any(w in lexicon.security_nouns or lexicon.actor_kinds.get(w) in armed_kinds
                                  for w in members):
                continue
            c.etype, c.mode, c.cameo = "PROTEST", "riot", lexicon.mode_cameo.get("PROTEST", {}).get("riot", "145")


def _arrests_of_suspects(coded: list, lexicon) -> None:
    """The arrest of suspects after violence an earlier sentence reported ("... were killed when gunmen raided the
    hamlet. Soldiers later arrested four suspects"), or of protesters after a protest it reported, answers that
    violence or protest, which stays the news: the arrest ranks below it. An arrest of someone named neither way
    ("police arrested the leader of a militia") after a background sentence ("Violence has plagued the region for
    years") stays the news."""
    # the highest salience of violence and of protest asserted in the sentences so far
    best: dict[str, float] = {}
    for _, _, found in coded:
        for c in found:
            if c.etype != "COERCE" or c.mode != "arrest" or c.status != "asserted" or c.kind == "derived":
                continue
            answered = [best[t] for t, named in (("ASSAULT", _suspect), ("PROTEST", _protester))
                        if t in best and any(named(r, lexicon) for r in c.recipients)]
            if answered:
                c.salience = min(c.salience * REACTION_FACTOR, max(answered) * RERANK_MARGIN)
        for c in found:
            if c.etype in ("ASSAULT", "PROTEST") and c.status == "asserted" and c.kind != "derived":
                best[c.etype] = max(best.get(c.etype, 0.0), c.salience)


def _captures_by_armed_groups(coded: list, lexicon, armed_group_names: Collection[str] = frozenset()) -> None:
    """People captured or seized by an armed group ("militants seized two aid workers", "rebels captured three
    villagers") are taken captive, not arrested: an arrest is the act of the authorities, so the lexicon's
    COERCE:arrest of a verb of taking by force (cues.yaml `capture_verbs`; not "arrest" or "detain") becomes
    ASSAULT:abduct (PLOVER's abduction, ACLED's abduction/forced disappearance) when every
    actor is an armed group, named by a common noun ("gunmen", "insurgents") or by a KB armed group's name, and no
    one taken is a combatant. An arrest by police, soldiers or an unnamed actor stays an arrest, and so does the
    capture of soldiers or fighters (prisoners of war)."""
    cameo = lexicon.mode_cameo.get("ASSAULT", {}).get("abduct")
    for _, _, found in coded:
        for c in found:
            if c.etype != "COERCE" or c.mode != "arrest" or c.kind != "verb" or not c.actors:
                continue
            if c.head.lemma_.lower() not in lexicon.capture_verbs:
                continue
            if any(_combatant(r, lexicon) for r in c.recipients):
                continue  # "fighters captured three soldiers": enemy fighters taken in war are prisoners, not abductees
            if all(_armed_group(a, lexicon, armed_group_names) for a in c.actors):
                c.etype, c.mode, c.cameo = "ASSAULT", "abduct", cameo or c.cameo


def _combatant(tok: Token, lexicon) -> bool:
    """A person named as a fighter of a force or an armed group: "soldiers", "two militants", "a policeman"."""
    lemma = tok.lemma_.lower()
    return lemma in lexicon.security_nouns or lexicon.actor_kinds.get(lemma) in ("military", "police", "armed_group")


def _armed_group(tok: Token, lexicon, names: Collection[str]) -> bool:
    """An actor head that names an armed group: "militants", "the gunmen", "Boko Haram" (KB armed group)."""
    if tok.pos_ != "PROPN":
        # "a group of villagers" is known by its members, not by the collective head
        lemma = tok.lemma_.lower()
        return lemma not in lexicon.collective_nouns and lexicon.actor_kinds.get(lemma) == "armed_group"
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    name = ent.text if ent is not None else " ".join(
        t.text for t in tok.subtree if t.dep_ in ("compound", "flat") or t is tok)
    name = name.lower()
    return name in names or (name.startswith("the ") and name[4:] in names)


def _protester(person: Token, lexicon) -> bool:
    """A person named as a protester: "twenty demonstrators", "an opposition activist"."""
    return person.lemma_.lower() in lexicon.protester_nouns


def _suspect(person: Token, lexicon) -> bool:
    """A person named as a suspect: "four suspects", "two suspected gunmen", "the attackers"."""
    return person.lemma_.lower() in lexicon.suspect_nouns or any(
        m.dep_ in ("amod", "acl", "compound") and m.lemma_.lower() in lexicon.suspect_nouns for m in person.children)


def _operation_outcomes(coded: list, lexicon) -> None:
    """A security operation (a search, a sweep, a raid) reported with what it found or whom it held, and with no
    violence in its sentence, is told by that outcome: "troops conducted a search operation in the village and
    recovered a cache of arms" is a seizure, "gendarmes raided a farm and found a rifle" too. The operation, which
    the lexicon reads as an ASSAULT, ranks below the seizure or arrest."""
    for _, _, found in coded:
        outcomes = [c.salience for c in found
                    if c.etype == "COERCE" and c.mode in ("seize", "arrest") and c.status == "asserted"]
        if not outcomes:
            continue
        operations = [c for c in found if c.etype == "ASSAULT" and c.kind != "derived" and any(
            t.lemma_.lower() in lexicon.operation_nouns for t in [*c.trigger, *c.extra])]
        violence = [c for c in found if c.etype == "ASSAULT" and c.status == "asserted" and c not in operations]
        if violence:
            continue
        for c in operations:
            c.salience = min(c.salience, max(outcomes) * RERANK_MARGIN)


def _casualty_means_nearby(coded: list, lexicon) -> None:
    """Deaths and injuries told in a sentence that names no means ("Six people were killed in the attacks") were
    caused by the attack the sentence before or after tells ("... fired dozens of rockets into the city"): a casualty
    verb with no mode takes the mode of the most salient attack with a known means in a neighbouring sentence,
    when its own sentence has none and the casualty has no doer of its own other than that attack's."""
    for n, (_, _, found) in enumerate(coded):
        for c in found:
            if c.etype != "ASSAULT" or c.mode is not None or c.head.lemma_.lower() not in lexicon.consequence_verbs:
                continue
            if any(o.etype == "ASSAULT" and o.mode for o in found):
                continue
            near = [o for m in (n - 1, n + 1) if 0 <= m < len(coded) for o in coded[m][2]
                    if o.etype == "ASSAULT" and o.status == c.status and o.mode in MEANS_MODES]
            # (a killing with a doer of its own is its own act, unless that doer made the attack: "Governor X
            # condemned the bombing. Troops later killed five militants in an ambush" is no bombing)
            own = {t.lemma_.lower() for t in c.actors}
            near = [o for o in near if not own or own & {t.lemma_.lower() for t in o.actors}]
            if near:
                c.mode = max(near, key=lambda o: o.salience).mode
                c.cameo = lexicon.mode_cameo.get("ASSAULT", {}).get(c.mode, c.cameo)


def _protests_turned_violent(coded: list, lexicon, *, reach: int = RIOT_REACH) -> None:
    """A protest followed within `reach` sentences by rioting ("Protesters rallied in the capital ... Clashes
    erupted between police and protesters") turned into a riot: the protest's "demo" becomes "riot", unless its
    own clause calls it peaceful."""
    riots = [n for n, (_, _, found) in enumerate(coded)
             if any(c.etype == "PROTEST" and c.mode == "riot" and c.status == "asserted" for c in found)]
    if not riots:
        return
    for n, (sent, _, found) in enumerate(coded):
        if not any(n < m <= n + reach and not _scene_shift(coded[m][0], sent, lexicon) for m in riots):
            continue
        for c in found:
            if c.etype == "PROTEST" and c.mode == "demo" and c.status == "asserted" \
                    and not {t.lemma_.lower() for t in (c.clause or c.head).subtree} & lexicon.peaceful_cues:
                c.mode = "riot"
                c.cameo = lexicon.mode_cameo.get("PROTEST", {}).get("riot", c.cameo)


def _scene_shift(sent, before, lexicon) -> bool:
    """Whether a sentence opens by moving to another scene than the sentence `before` ("Elsewhere, ...", "In the
    south, rioters ..." after a march in the capital): a comma-closed opener with a scene-shift word (cues.yaml
    `scene_shift_words`), or a place phrase whose words the earlier sentence does not use."""
    comma = next((t.i for t in sent[:8] if t.text == ","), None)
    if comma is None:
        return False
    opener = [t for t in sent if t.i < comma]
    if any(t.lower_ in lexicon.scene_shift_words for t in opener):
        return True
    if not opener or opener[0].lower_ not in lexicon.scene_preps:
        return False
    places = {t.lower_ for t in opener[1:] if t.pos_ in ("NOUN", "PROPN", "ADJ")}
    return bool(places) and not places & {t.lower_ for t in before}


def _interventions(coded: list, lexicon) -> None:
    """Crowd control that hurts no one (tear gas, water cannon, rubber bullets, dispersal) at a protest the article
    reports is an intervention in that protest: the protest is the news, and the dispersal ranks below it (ACLED's
    "protest with intervention"). Force that kills or wounds ("fired live rounds", "killed two marchers") or names
    no non-lethal means ("fired on protesters") stays the news (ACLED's "excessive force against protesters"); so
    does crowd control with no protest reported."""
    protests = [c for _, _, found in coded for c in found if c.etype == "PROTEST" and c.status == "asserted"]
    if protests:
        # the protest takes the intervention's rank (it is what the article reports) and the intervention comes
        # second, so that a third event ("a cleric called for calm") does not slip in between
        protest = max(protests, key=lambda c: c.salience)
        for sent, _, found in coded:
            words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
            if words & (lexicon.consequence_verbs | lexicon.serious_force_cues) or not words & lexicon.nonlethal_force_cues:
                continue
            for c in found:
                if c.etype == "ASSAULT" and c.mode == "crowd-control" and c.status == "asserted":
                    protest.salience = max(protest.salience, c.salience)
                    c.salience = protest.salience - 0.01
    # arrests made in the course of a protest its own clause reports ("activists were detained while trying to hold
    # a demonstration", "arrested during the march") are the protest's intervention too
    for _, _, found in coded:
        for c in found:
            if c.etype != "COERCE" or c.mode != "arrest" or c.status != "asserted" or c.kind == "derived":
                continue
            v = c.clause or c.head
            scope = {t.i for o in v.children if o.dep_ == "advcl" or (o.dep_ == "prep" and o.lower_ in COURSE_PREPS)
                     for t in o.subtree}
            during = [p for p in found if p.etype == "PROTEST" and p.status == "asserted" and p.head.i in scope]
            if during:
                # the protest takes the arrest's rank (it is what the sentence reports) and the arrest comes second
                protest = max(during, key=lambda p: p.salience)
                protest.salience = max(protest.salience, c.salience)
                c.salience = protest.salience - 0.01


def _protest_demands(coded: list, lexicon) -> None:
    """What protesters demand, denounce or reject is what their protest is about: a request, accusation or
    rejection made by protesters (named as such, or "they" right after a sentence reporting the protest) ranks
    below the protest the article reports ("Dozens of protesters rallied in the capital. They demanded the release
    of ...", "... They accused the governor of ignoring the drought")."""
    protest_sents = [n for n, (_, _, found) in enumerate(coded)
                     if any(c.etype == "PROTEST" and c.status == "asserted" for c in found)]
    if not protest_sents:
        return
    top = max(c.salience for n in protest_sents for c in coded[n][2] if c.etype == "PROTEST" and c.status == "asserted")
    protesters = lexicon.protester_nouns | lexicon.protest_participants | lexicon.crowd_nouns
    for n, (_, _, found) in enumerate(coded):
        for c in found:
            if c.etype not in PROTEST_MESSAGE_TYPES or c.kind not in ("verb", "light") or c.status != "asserted":
                continue
            named = any({a.lemma_.lower(), a.lower_} & protesters for a in c.actors)
            pronoun = any(a.lower_ in ("they", "we") for a in c.actors) and (n in protest_sents or n - 1 in protest_sents)
            if named or pronoun:
                c.salience = min(c.salience, top - 0.01)


def _argument_of(tok, verb) -> bool:
    """Whether a token is an argument of a verb: its direct dependent (not a conjunct) or the object of one of its
    prepositions ("hope for talks")."""
    if tok.dep_ == "conj":
        return False
    head = tok.head
    if head.i == verb.i and head.i != tok.i:
        return True
    return tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.i == verb.i


def _main_verb(sent, speech_verbs) -> Token | None:
    """The verb that carries a sentence's report: its root verb, or the clause a reporting verb introduces
    ("X said rebels stormed ..." -> "stormed"); None when the root is not a verb (a verbless headline)."""
    root = sent.root
    if root.pos_ != "VERB":
        return None
    if root.lemma_ in ("have", "be") and any(c.dep_ == "xcomp" for c in root.children):
        return None  # "has yet to release", "is to visit": the event, if any, is the infinitive's, not the root's
    if root.lemma_ == "be" and any(c.dep_ == "expl" for c in root.children):
        return None  # "there was talk of a truce": an existential "be" reports its noun, and carries no act
    if root.lemma_.lower() in speech_verbs:
        comps = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB"]
        return comps[0] if comps else None
    return root


def _sentences(doc: Doc, article: Article):
    """Sentences, split again at line breaks (a headline line is its own sentence), with a headline flag."""
    # (the article's text is the Doc's: Doc.text would join every token anew)
    text = article.text
    first_break = text.find("\n")
    breaks = _line_breaks(doc)
    for sent in doc.sents:
        pieces = []
        start = sent.start
        # (only a token with a line break can split a sentence: the coder's index of them)
        for i in breaks[bisect_left(breaks, sent.start):bisect_left(breaks, sent.end)]:
            tok = doc[i]
            if tok.is_space and "\n" in tok.text and tok.i > start:
                pieces.append(doc[start:tok.i])
                start = tok.i + 1
        if start < sent.end:
            pieces.append(doc[start:sent.end])
        for piece in pieces:
            if not len(piece) or all(t.is_space or t.is_punct for t in piece):
                continue
            headline = piece.start_char == len(text) - len(text.lstrip()) and (
                (first_break != -1 and piece.end_char <= first_break and not piece.text.rstrip().endswith(
                    (".", "!", "?", '"', "'")))
                or (article.title is not None and piece.text.strip() == article.title.strip()))
            yield piece, headline


# place rules that read the event's own sentence (places.place_for), and "story": a place a later clause may go on with
_OWN_PLACE_RULES = frozenset({"clause", "anaphor", "sentence", "story"})
# place rules that fill in a place the event's own words do not tell: the report's dateline, the document's focus
_DEFAULT_PLACE_RULES = frozenset({"dateline", "document"})


class _Builder:
    """Turns candidates into events for one analysis, creating actors for uncovered argument phrases."""

    def __init__(self, analysis: Analysis, lexicon, *, kb=None) -> None:
        from eventwire.stages.actors import actor_at, pronoun_at
        from eventwire.stages.places import place_for
        from eventwire.stages.quotes import source_for
        from eventwire.stages.times import date_for, noun_phrase_date

        self.analysis = analysis
        self.lex = lexicon
        self.kb = kb
        self.actor_at, self.place_for, self.date_for, self.source_for = actor_at, place_for, date_for, source_for
        self.pronoun_at = pronoun_at
        self.noun_phrase_date = noun_phrase_date
        self.new_actors: list[Actor] = []
        # ((start, end), actor id): a state's name joined to the actors stage's actor for that state
        self.state_mentions: list[tuple[tuple[int, int], str]] = []
        self._by_name: dict[str, Actor] = {}
        self._new_spans: list[tuple[int, int, str]] = []
        ids = [a.id for a in analysis.actors or []] + [s[2] for s in analysis.shared.get("actor_spans", [])]
        nums = [int(m.group(1)) for i in ids if (m := re.fullmatch(r"A(\d+)", str(i)))]
        self._next = max(nums, default=0) + 1
        self._actors_by_id = {a.id: a for a in analysis.actors or []}
        self._lower_words: frozenset[str] | None = None  # (the words the text writes in lower case, read once)
        # (sentence start token, event) of each event built so far, in the text's order
        self._told: list[tuple[int, Event]] = []
        # the type of the event whose parties are being read (a capital named as a party of an attack is its
        # people; of anything else, its state)
        self._party_type: str | None = None

    # -- actors
    def _core(self, tok: Token) -> tuple[int, int]:
        left = tok.i
        stack = [tok]
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.i < tok.i and c.dep_ in _CORE_DEPS | {"det"} and c.i >= tok.sent.start:
                    if c.dep_ == "det" and c.lower_ in ("the", "a", "an", "this", "that", "these", "those"):
                        continue
                    if c.dep_ == "punct" and c.text not in ("-", "'", "’"):
                        continue
                    left = min(left, min(x.i for x in c.subtree if x.i < tok.i and x.i >= tok.sent.start))
                    stack.append(c)
        doc = tok.doc
        # "VELDRA (AP) Kestonian lawmakers": the parser may hang the dateline on the first noun phrase
        while left < tok.i and (doc[left].is_punct or doc[left].lower_ in ("the", "a", "an")
                                or self._in_dateline(doc[left].idx)):
            left += 1
        start, end = doc[left].idx, tok.idx + len(tok.text)
        # a multi-token name to the right ("Ehud Barak" when the parse heads it on "Ehud"), but not an amount the
        # tagger swept the name into ("gave Egypt 2 billion dollars")
        if tok.ent_iob_ in ("B", "I") and tok.ent_type_:
            i = tok.i + 1
            # (not across a line break: a headline's last name and the next line's first are two names)
            while i < len(doc) and doc[i].ent_iob_ == "I" and not doc[i].like_num and doc[i].tag_ != "$" \
                    and "\n" not in doc[i].text and "\n" not in doc[i - 1].whitespace_:
                end = doc[i].idx + len(doc[i].text)
                i += 1
        return start, end

    def actor_id(self, tok: Token) -> str | None:
        analysis = self.analysis
        if self._in_dateline(tok.idx):
            return None  # "KYIV, March 3 (Reuters) -": the dateline's place is not a party to the event
        if tok.pos_ == "PRON" and (named := self._object_before_participle(tok)) is not None:
            # (before the actors stage's reading, which may give the pronoun to the main clause's subject)
            return self.actor_id(named)
        head_hit = self.actor_at(analysis, tok.idx, tok.idx + len(tok.text))
        if head_hit is None and self._new_spans:
            head_hit = _best(self._new_spans, tok.idx, tok.idx + len(tok.text))
        if head_hit is not None:
            return head_hit
        if tok.lower_ in self.lex.state_anaphor_nouns and tok.dep_ == "poss" \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            # "Iran could begin enriching uranium ..., in the country's starkest warning yet": the one state acting
            # in this sentence or the one before (the actors stage reads no possessive "the country's")
            state = self._one_state_before(tok)
            if state is not None:
                return state
        if tok.pos_ == "NOUN":
            # "Boko Haram and its rival, the Islamic State West Africa Province,": a common noun set beside a named
            # party in apposition is that party, not a party of its own
            # (the parser may hang the apposition on the first conjunct: "A and its rival, B," -> B is the rival)
            beside = [c for c in tok.children if c.dep_ == "appos"] + [
                c for c in (tok.head.children if tok.dep_ == "conj" else ())
                if c.dep_ == "appos" and c.left_edge.i == tok.i + 2 and tok.doc[tok.i + 1].text == ","]
            named = next((c for c in beside if c.pos_ == "PROPN"), None)
            hit = self.actor_at(analysis, named.idx, named.idx + len(named.text)) if named is not None else None
            if hit is not None:
                return hit
        if tok.pos_ == "PRON":
            # an "it" or "them" the actors stage resolved but kept back, else what the clause makes of it
            found = self.pronoun_at(analysis, tok.idx, tok.idx + len(tok.text)) or self._pronoun(tok)
            if found is not None and not self._gender_agrees(found, tok):
                return None  # "Maria Mendes visited the town. Then he attacked ...": "he" is not her
            if found is not None and tok.tag_ == "PRP" and tok.lower_ in THIRD_PERSON_PRONOUNS:
                # a personal pronoun that is a party of an event is a mention of the actor it stands for
                self._add_mention(tok.idx, tok.idx + len(tok.text), found)
            return found
        start, end = self._core(tok)
        lemma = tok.lemma_.lower()
        kind = self.lex.actor_kinds.get(lemma) or self.lex.actor_kinds.get(tok.lower_)
        if kind is not None and self.kb is not None and lemma in self.kb.lexicon.mass_sense_nouns and \
                tok.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
            return None  # "police used excessive force": the act, no party (actors lexicon mass_sense_nouns)
        if kind is None and security_service(tok, self.lex):
            kind = "police"  # "held by the security services": a police body (cues.yaml security_service_heads)
        if kind is None and tok.tag_ == "JJ" and tok.dep_ == "amod" and tok.ent_type_ in ("ORG", "PERSON"):
            return None  # "Fierce clashes broke out": a capitalised adjective the tagger took for a name
        if kind is None and tok.ent_type_ in ("ORG", "PERSON") and self.kb is not None and \
                _weapon_word(tok, self.kb.lexicon):
            return None  # "Drones struck the port": a weapon's noun the tagger took for a name
        if tok.ent_type_ in ENT_KINDS and (kind is None or tok.pos_ == "PROPN") and not (
                self._written_lower(tok) and tok.ent_type_ in ("PERSON", "ORG")):
            kind = ENT_KINDS[tok.ent_type_]
        if kind == "population" and tok.tag_ == "JJ" and self.kb is not None and \
                (iso := self.kb.country_of_word(tok.lower_)) is not None:
            # "Russian missiles pounded the city": a nationality adjective standing for the doer is its state, not
            # a people ("Syrians" stays a population): the state's actor where the article has one
            return self._new_actor(start, end, "country", country=iso)
        if kind == "country" and (town := self._settlement_at(start, end)) is not None:
            if self._party_type != "ASSAULT" and self.kb is not None and town.country and \
                    self.kb.capital_index.get(analysis.text[start:end].lower()) == town.country:
                # "denied sending weapons to Moscow", "sanctions on Minsk": a capital a party deals with is its
                # state, as a capital that acts is its government ("Moscow said"); "shelled Kyiv" is its people
                return self._state_actor_for(town.country) or self._new_actor(
                    start, end, "country", country=town.country)
            # "a bakery in Misrata", "shelled Kidal": a town is no state; named as a party it stands for its people
            return self._new_actor(start, end, "population", country=town.country)
        if kind == "country" and tok.pos_ == "PROPN" and self._where_phrase(tok) and (
                state := self._possessor_state_of_region(tok, start, end)) is not None:
            # "fighting flares in Sudan's Darfur": a region of a state named where an act happens is no party of
            # its own; the polity it lies in stands for it (as the state itself would, "fighting in Sudan")
            return self.actor_id(state)
        if kind == "country" and tok.pos_ == "PROPN" and not self._where_phrase(tok) \
                and not self._acting_subject(tok) and (region := self._region_at(tok)) is not None:
            # "Sudan's Darfur has seen heavy fighting", "shelled Darfur": a region of a state (the places stage's
            # first-level or wider region) is no state; named as the party an act befalls it stands for its people
            # (a region that acts as a subject, "Texas sued the agency", is left as it was)
            return self._new_actor(start, end, "population", country=region.country)
        if kind in (None, "other", "person") and (tok.pos_ == "PROPN" or tok.ent_type_ in ("LOC", "FAC")) and (
                town := self._settlement_at(tok.idx, tok.idx + len(tok.text))) is not None:
            # a town the tagger read as a body or a person, which the places stage resolved: "fighting near
            # Ruritania's Dornveld" names where (no party); named as a party it stands for its people, as above
            if self._where_phrase(tok):
                return None
            return self._new_actor(start, end, "population", country=town.country)
        if kind in (None, "other", "person") and tok.pos_ == "PROPN" and \
                (iso := self._place_of_possessor_state(tok)) is not None:
            # "Ruritania's Dornveld was shelled" with the town left unresolved: a name the gazetteer knows in the
            # state named in the possessive before it is a place of that state, no person; as above
            if self._where_phrase(tok):
                return None
            return self._new_actor(start, end, "population", country=iso)
        if kind in (None, "other", "person") and tok.pos_ == "PROPN" and self.kb is not None and \
                (iso := self.kb.state_name_index.get(analysis.text[start:end].lower())) is not None:
            # "ECOWAS suspended Mali" with the state's name tagged as a person's (no person of that name was found
            # by the actors stage): the state
            return self._state_actor_for(iso) or self._new_actor(start, end, "country", country=iso)
        if kind is None:
            # a proper name, or a named place the tagger read as a common noun ("shelled Homs"); not a lower-case
            # word the tagger took for a name ("marched them into the bush")
            if (tok.pos_ == "PROPN" or tok.ent_type_ in ("LOC", "FAC")) and not self._written_lower(tok):
                kind = "other"
            else:
                return None
        if (earlier := self._named_before_as(tok)) is not None:
            self._add_mention(start, end, earlier)
            return earlier
        return self._new_actor(start, end, kind, modifier=self.actor_at(analysis, start, end)
                               or _best(self._new_spans, start, end))

    def _written_lower(self, tok: Token) -> bool:
        """Whether the word is a common noun as the text writes it: in lower case here, or capitalised only where the
        text writes it in lower case elsewhere (a Title-Case headline's "Depot" when the body says "depot")."""
        if tok.is_lower:
            return True
        if self._lower_words is None:
            self._lower_words = frozenset(t.text for t in tok.doc if t.is_lower)
        return tok.is_title and tok.i > tok.sent.start and tok.lower_ in self._lower_words

    def _named_before_as(self, tok: Token) -> str | None:
        """The actor an earlier mention ending in the same common noun names, when `tok` is that noun under "the"
        ("Nigeria's central bank raised rates. The bank's next meeting ..."): a definite description refers back
        to the last party the text called so (the actors stage joins it where it acts; a possessive it leaves to
        the events that need it). None for a proper name or with no such party."""
        if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        text = self.analysis.text
        best: tuple[int, str] | None = None
        for actor in self.analysis.actors or ():
            for m in actor.mentions:
                words = text[m.start:m.end].lower().removesuffix("'s").split()
                if m.end <= tok.idx and len(words) > 1 and words[-1] == tok.lower_ and (
                        best is None or m.start > best[0]):
                    best = (m.start, actor.id)
        return best[1] if best is not None else None

    def _gender_agrees(self, actor_id: str, tok: Token) -> bool:
        """Whether a gendered pronoun ("he", "her", ...) can stand for the actor: not for a person shown to be of the
        other gender (the actors stage's `actor_gender`; the quote cues' pronoun genders)."""
        from eventwire.knowledge.cues import load_quote_cues
        from eventwire.stages.actors import actor_gender

        word = tok.lower_.removesuffix("self")
        gender = (load_quote_cues().pronouns.get(word) or {}).get("gender")
        actor = self._actors_by_id.get(actor_id)
        if gender is None or actor is None:
            return True
        shown = actor_gender(actor)
        return shown is None or shown == gender

    def _add_mention(self, start: int, end: int, actor_id: str) -> None:
        """text[start:end], no actor's mention yet, becomes a mention of an actor that already exists."""
        if self.actor_at(self.analysis, start, end) is None \
                and not any(span == (start, end) for span, _ in self.state_mentions):
            self.state_mentions.append(((start, end), actor_id))
            self._new_spans.append((start, end, actor_id))

    def _where_phrase(self, tok: Token) -> bool:
        """Whether a name stands where a place says where something is: the object of a scene preposition
        ("near X", "in X", "outside X"; cues.yaml `scene_preps`), also as a conjunct ("near X and Y")."""
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in self.lex.scene_preps and not self._aimed_at(tok.head)

    def _aimed_at(self, prep: Token) -> bool:
        """Whether an "at" phrase says where a weapon was aimed, not where something happened ("fired missiles at
        Kyiv", "launched drones at Odesa": the town hit, which stands for its people): it hangs on a projectile
        (cues.yaml `instrument_nouns`, `launched_craft_nouns`) or on a verb whose object is one."""
        if prep.lower_ != "at":
            return False
        weapons = self.lex.instrument_nouns | self.lex.launched_craft_nouns
        holder = prep.head
        held = [holder] if holder.pos_ == "NOUN" else [c for c in holder.children if c.dep_ == "dobj"]
        return any(t.lemma_.lower() in weapons or t.lower_ in weapons for t in held)

    def _place_of_possessor_state(self, tok: Token) -> str | None:
        """The state (ISO code) named in the possessive before `tok` ("Ruritania's Dornveld") when the gazetteer
        knows the name as a place of that very state (any feature); else None."""
        if self.kb is None:
            return None
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if poss is None:
            return None
        words = [t.text for t in tok.doc[poss.left_edge.i:poss.i + 1] if t.lower_ not in ("the", "'s", "’s")]
        iso = self.kb.state_name_index.get(" ".join(words).lower())
        if iso is None:
            return None
        name = tok.doc[poss.i + 1:tok.i + 1]
        while len(name) and name[0].lower_ in ("'s", "’s"):
            name = name[1:]
        if not len(name) or any(not t.text[:1].isupper() for t in name):
            return None
        try:
            from eventwire.knowledge.gazetteer import load_gazetteer

            gazetteer = load_gazetteer()
        except Exception:  # pragma: no cover - an unreadable gazetteer only weakens this check
            return None
        return iso if any(c.entry.country3 == iso for c in gazetteer.candidates(name.text, fuzzy=False)) else None

    def _possessor_state_of_region(self, tok: Token, start: int, end: int) -> Token | None:
        """The possessive state name before a region the places stage resolved ("Sudan's Darfur", "Ethiopia's
        Tigray": a place of the region or first-level kind, not a state or a town), when the places stage puts the
        region in that state; else None."""
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if poss is None or self.kb is None:
            return None
        iso = self.kb.state_name_index.get(poss.lower_.removeprefix("the ").strip())
        if iso is None:
            return None
        rows = self.analysis.shared.get("place_mentions") or []
        at = tok.idx, tok.idx + len(tok.text)
        ids = {pid for s, e, pid in rows if s < at[1] and at[0] < e}
        region = next((p for p in self.analysis.places or () if p.id in ids and p.feature in ("admin1", "region")),
                      None)
        return poss if region is not None and region.country == iso else None

    def _acting_subject(self, tok: Token) -> bool:
        """Whether a name is the subject of a verb it does, not one it undergoes ("X has seen fighting", "X
        suffered shelling": cues.yaml `experiencer_verbs`)."""
        return tok.dep_ == "nsubj" and tok.head.lemma_.lower() not in self.lex.experiencer_verbs

    def _region_at(self, tok: Token) -> Place | None:
        """The places stage's place under a name when it is a region or a first-level division of a state that
        the places stage put in a state; None otherwise or when the places stage did not run."""
        rows = self.analysis.shared.get("place_mentions") or []
        at = tok.idx, tok.idx + len(tok.text)
        ids = {pid for s, e, pid in rows if s < at[1] and at[0] < e}
        return next((p for p in self.analysis.places or () if p.id in ids and p.feature in ("admin1", "region")
                     and p.country), None)

    def _settlement_at(self, start: int, end: int) -> Place | None:
        """The places stage's place under text[start:end] when it is a settlement, a county or a site (not a country
        or a state); None when it is none or the places stage did not run."""
        rows = self.analysis.shared.get("place_mentions") or []
        ids = {pid for s, e, pid in rows if s < end and start < e}
        return next((p for p in self.analysis.places or () if p.id in ids
                     and p.feature not in ("country", "admin1", "region", "water")), None)

    def _new_actor(self, start: int, end: int, kind: str, *, modifier: str | None = None,
                   country: str | None = None) -> str:
        """The id of the new actor named by text[start:end] (one per distinct name), with this mention added."""
        analysis = self.analysis
        text = analysis.text[start:end]
        key = text.lower()
        state_id = self._state_actor(text) if kind == "country" else None
        if state_id is not None:
            if not any(m == (start, end) for m, _ in self.state_mentions if _ == state_id):
                self.state_mentions.append(((start, end), state_id))
                self._new_spans.append((start, end, state_id))
            return state_id
        actor = self._by_name.get(key)
        if actor is None:
            if country is None and modifier is not None and modifier in self._actors_by_id:
                country = self._actors_by_id[modifier].country
            if country is None:
                country = self._country_of(text)
            actor = Actor(id=f"A{self._next}", name=text, kind=kind, country=country,
                          sector=self.lex.sectors.get(kind), aliases=[text])
            self._next += 1
            self._by_name[key] = actor
            self._actors_by_id[actor.id] = actor
            self.new_actors.append(actor)
        if not any(m.start == start and m.end == end for m in actor.mentions):
            actor.mentions.append(Span(start=start, end=end, text=text))
            self._new_spans.append((start, end, actor.id))
        return actor.id

    def _state_actor(self, text: str) -> str | None:
        """The actors stage's actor for a state when `text` is that state's name ("Iraq" in "its war with Iraq"
        when "Baghdad rejected ..." made the Iraqi government an actor): the actors stage codes a state only where
        it acts, and its name named as the one acted upon is the same party."""
        if self.kb is None:
            return None
        low = text.lower().removeprefix("the ").strip()
        code = self.kb.state_name_index.get(low) or self.kb.demonym_index.get(low)
        return self._state_actor_for(code) if code is not None else None

    def _one_state_before(self, tok: Token) -> str | None:
        """The one state's government (or the state) with a mention in the token's sentence or the one before,
        ahead of the token; None when none or several."""
        sent = tok.sent
        start = tok.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        found = {a.id for a in self.analysis.actors or [] if a.kind in ("government", "country") and a.country
                 and any(start <= m.start and m.end <= tok.idx for m in a.mentions)}
        return next(iter(found)) if len(found) == 1 else None

    def _state_actor_for(self, code: str) -> str | None:
        """The actors stage's actor for the state with this ISO3 code made of its place names (see `_state_actor`)."""
        text_of = self.analysis.text
        for actor in self.analysis.actors or []:
            if actor.country != code or actor.kind not in ("government", "country") or not actor.mentions:
                continue
            # only an actor made of the state's place names (its name, its capital), not "the Iraqi ministry"
            if all(self.kb.state_name_index.get(text_of[m.start:m.end].lower().removeprefix("the ").strip())
                   == code or self.kb.capital_index.get(text_of[m.start:m.end].lower()) == code
                   or self._refers_to_a_state(text_of[m.start:m.end]) for m in actor.mentions):
                return actor.id
        return None

    def _refers_to_a_state(self, text: str) -> bool:
        """Whether a mention only refers back to a state named before: a pronoun ("what it called ...") or a homeland
        noun owned by one ("his country", "their nation"), which the actors stage joins to that state; no ministry
        or army of it."""
        words = text.lower().split()
        if len(words) == 1:
            return words[0] in ("it", "its", "they", "them", "their")
        return len(words) == 2 and words[0] in ("his", "her", "their", "our", "its") and \
            words[1] in self.kb.lexicon.homeland_nouns

    def _country_of(self, text: str) -> str | None:
        """The state a new actor's name names or qualifies ("Russia", "the Russian building", "Syrians", a capital
        standing for its state): the actors stage codes only places acting as agents, so a state named as the
        one acted upon would otherwise stay uncoded."""
        if self.kb is None:
            return None
        low = text.lower().removeprefix("the ").strip()
        found = self.kb.country_of_word(low) or self.kb.capital_index.get(low)
        if found:
            return found
        for word in reversed(low.split()):
            found = self.kb.country_of_word(word)
            if found:
                return found
        return None

    def _dateline_only(self, actor_id: str) -> bool:
        """Whether every mention of an actor lies in a dateline ("MAKHACHKALA --"): a place that is no speaker."""
        actor = next((a for a in self.analysis.actors or [] if a.id == actor_id), None)
        return actor is not None and bool(actor.mentions) and all(self._in_dateline(m.start) for m in actor.mentions)

    def _in_dateline(self, offset: int) -> bool:
        spans = getattr(self, "_datelines", None)
        if spans is None:
            spans = self._datelines = [(m.start(), m.end()) for pattern in (DATELINE, AGENCY_DATELINE)
                                       for m in pattern.finditer(self.analysis.text)]
        return any(start <= offset < end for start, end in spans)

    def _pronoun(self, tok: Token) -> str | None:
        """"X said it would ...": a pronoun subject of a reported clause is the reporting subject. "those killed",
        "those who attacked ...": people described by the clause on "those" are a population actor of their own."""
        if tok.lower_ == "those":
            clause = next((c for c in tok.children if c.dep_ in ("acl", "relcl")), None)
            if clause is None:
                return None
            end_tok = clause if clause.dep_ == "acl" and clause.i == tok.i + 1 else tok
            return self._new_actor(tok.idx, end_tok.idx + len(end_tok.text), "population")
        if _reflexive(tok):
            return self._own_subject(tok)
        v = tok.head
        if tok.dep_ == "pobj" and v.dep_ in ("prep", "agent", "dative"):
            v = v.head  # "Israel said a mortar was fired at it": the pronoun in a phrase of the reported verb
        for _ in range(2):
            if v.dep_ in ("xcomp", "conj") and v.head.pos_ in ("VERB", "AUX"):
                v = v.head
        if v.dep_ == "ccomp" and (v.head.lemma_.lower() in self.lex.speech_verbs
                                  or v.head.lemma_.lower() in self.lex.position_verbs):
            subj = [c for c in v.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if subj:
                return self.actor_id(subj[0])
        ahead = _fronted_clause_subject(tok, v) or _trailing_clause_subject(tok, v)
        if ahead is not None:
            return self.actor_id(ahead)
        if v.dep_ == "relcl" and tok.lower_ in SUBJECT_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
            # "X condemned the attack, which it blamed on Y": a personal pronoun inside a relative clause is the
            # main clause's subject, not the noun the clause describes
            root = v
            while root.dep_ != "ROOT" and root.head.i != root.i:
                root = root.head
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
            return self.actor_id(subj) if subj is not None and _agrees(subj, tok.lower_) else None
        if v.dep_ == "relcl":
            return self.actor_id(v.head) if v.head.pos_ != "PRON" else None
        if tok.dep_ in ("nsubj", "nsubjpass") and v.dep_ == "ROOT":
            return self._previous_subject(tok)
        if tok.lower_ in ("it", "them") and v.dep_ == "ROOT" and v.pos_ == "VERB" and (
                tok.dep_ in ("dobj", "dative") or tok.dep_ == "pobj" and tok.head.lower_ in ("to", "on", "against")):
            # "Ghana held a peaceful vote. Britain praised it": an object of a main clause the pronoun stands for
            # is the topic of the sentence before, its named subject; never its own clause's subject ("Police
            # said ... Police used batons to disperse them")
            topic = self._previous_subject(tok)
            own = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            if topic is not None and any(self.actor_at(self.analysis, c.idx, c.idx + len(c.text)) == topic
                                         for c in own):
                return None
            return topic
        return None

    def _object_before_participle(self, tok: Token) -> Token | None:
        """"Police detained the blogger, accusing him of sedition": the object pronoun of a participle clause after
        the main clause stands for the main clause's object, a party that agrees with it in number (and, for
        "him"/"her", a person's name or a noun the lexicon knows as a kind of party or of person)."""
        clause = tok.head
        if tok.dep_ != "dobj" or clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.i < clause.head.i:
            return None
        obj = next((c for c in clause.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is None or obj.i > clause.i:
            return None
        plural = obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in obj.children)
        form = _SUBJECT_FORM.get(tok.lower_, "")
        if form == "they":
            return obj if plural else None
        if form in ("he", "she"):
            party = obj.ent_type_ == "PERSON" or obj.lemma_.lower() in self.lex.actor_kinds \
                or obj.lemma_.lower() in self.lex.groups.get("persons", ())
            return obj if party and not plural else None
        return None

    def _own_subject(self, tok: Token) -> str | None:
        """"The suspect poisoned himself, police said": a reflexive pronoun stands for the subject of its own verb
        (never the reporting speaker); as the recipient of its subject's own act it then drops out of the event."""
        v = tok.head
        if tok.dep_ == "pobj" and v.dep_ in ("prep", "agent", "dative"):
            v = v.head
        for _ in range(3):
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return self.actor_id(subj) if subj.pos_ != "PRON" or not _reflexive(subj) else None
            if v.dep_ not in ("conj", "xcomp") or v.head.i == v.i:
                return None
            v = v.head
        return None

    def _press_channel(self, tok: Token) -> bool:
        """Whether a recipient is the press a message went out through ("denied involvement in a message to local
        radio", "in an interview with a daily"): the channel heard it, the act does not bear on it."""
        medium = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "with") else None
        return medium is not None and medium.dep_ == "pobj" and medium.head.lower_ in ("in", "during") \
            and medium.lemma_.lower() in self.lex.medium_nouns \
            and any(self.lex.actor_kinds.get(t.lemma_.lower()) == "media"
                    for t in [tok, *(c for c in tok.children if c.dep_ == "compound")])

    def _without_scenes(self, cand: Candidate, recipients: list[str]) -> list[str]:
        """Recipients less the place names that only say where a meeting happened ("met in the port city of Y"):
        for a type that never takes a place as its recipient the venue is no party. Other types keep such names:
        PLOVER codes the polity an act happens in as its recipient ("troops for a force in X", "an embassy in Y"),
        and a visit's place is its host ("arrived in Z for talks")."""
        if cand.etype == "AGREE" and cand.actors:
            # "the two sides signed a ceasefire agreement in Nairobi": a town the accord was signed in (the parser
            # hangs it on the accord's noun) binds no one, once the parties are named; a state stays ("a truce in
            # Yemen" covers Yemen)
            towns = {rid for t in cand.recipients if self._scene_name(t) and self._settlement_at(
                t.idx, t.idx + len(t.text)) is not None and (rid := self.actor_id(t)) is not None}
            towns -= {self.actor_id(t) for t in cand.recipients if not self._scene_name(t)}
            return [r for r in recipients if r not in towns]
        # "invited both sides to talks in Nairobi", "called for a summit in Y": a town named as the venue of another
        # act the event's phrase names is that act's place, no party to this one
        venues = {rid for t in cand.recipients if self._venue_of_nested_act(t, cand)
                  and self._settlement_at(t.idx, t.idx + len(t.text)) is not None
                  and (rid := self.actor_id(t)) is not None}
        venues -= {self.actor_id(t) for t in cand.recipients if not self._venue_of_nested_act(t, cand)}
        recipients = [r for r in recipients if r not in venues]
        if cand.etype in PLACE_RECIPIENT_TYPES | {"ASSAULT"} or cand.mode == "visit" \
                or cand.head.lemma_.lower() in self.lex.arrival_verbs:
            return recipients
        scenes = {rid for t in cand.recipients if self._scene_name(t)
                  and (rid := self.actor_id(t)) is not None}
        scenes -= {self.actor_id(t) for t in cand.recipients if not self._scene_name(t)}
        return [r for r in recipients if r not in scenes]

    def _venue_of_nested_act(self, tok: Token, cand: Candidate) -> bool:
        """Whether a token is the object of an "in"/"at" phrase on an event noun other than the event's own
        trigger ("to talks in Nairobi", "for a summit at Sharm")."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at"):
            return False
        noun = tok.head.head
        return noun.pos_ == "NOUN" and noun not in cand.trigger + cand.extra and noun.i != cand.head.i \
            and any(e.type for e in self.lex.noun_entries(noun.lemma_.lower()))

    def _scene_name(self, tok: Token) -> bool:
        """Whether a token names a place (spaCy's place types, or a places-stage mention) governed by a scene
        preposition (cues.yaml `scene_preps`), directly or through "of" after a place noun ("in the border town of
        X"; cues.yaml `scene_place_nouns`)."""
        t = tok
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        named_as_place = False  # "the town of X": the name of a place noun is a place whatever its tag
        for _ in range(3):
            if t.dep_ != "pobj":
                return False
            prep = t.head
            if prep.lower_ in self.lex.scene_preps:
                break
            if prep.lower_ != "of" or prep.head.lemma_.lower() not in self.lex.scene_place_nouns:
                return False
            named_as_place = named_as_place or tok.pos_ == "PROPN"
            t = prep.head
        else:
            return False
        if named_as_place or tok.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        start, end = self._core(tok)
        rows = self.analysis.shared.get("place_mentions") or []
        return any(s < end and start < e for s, e, _ in rows)

    def _actor_ids(self, tok: Token) -> list[str | None]:
        """The actor id(s) of an argument token: "they" continuing a coordinated subject of the sentence before
        ("A and B held talks. They agreed ...") stands for every party of it; a pronoun subject of a reported
        clause that agrees with the named speaker is the speaker ("the growers said they would sue")."""
        if tok.pos_ == "PRON" and tok.lower_ in SUBJECT_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass") \
                and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in self.lex.speech_verbs:
            speaker = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
            if speaker is not None and speaker.pos_ in ("NOUN", "PROPN") and _agrees(speaker, tok.lower_):
                found = [self.actor_id(x) for x in (speaker, *speaker.conjuncts) if x.pos_ in ("NOUN", "PROPN")]
                if len(found) == 1 and found[0] is not None:
                    self._add_mention(tok.idx, tok.idx + len(tok.text), found[0])
                if any(found):
                    return found
        if tok.lower_ == "they" and tok.pos_ == "PRON" and tok.dep_ in ("nsubj", "nsubjpass") \
                and tok.head.dep_ == "ROOT" and tok.sent.start > 0:
            # (the actors stage links "they" to the first party alone)
            prev = tok.doc[tok.sent.start - 1].sent
            subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ != "PRON" and subj.conjuncts:
                return [self.actor_id(x) for x in (subj, *subj.conjuncts) if x.pos_ in ("NOUN", "PROPN")]
        return [self.actor_id(tok)]

    def _previous_subject(self, tok: Token, *, depth: int = 2) -> str | None:
        """"Ruritania massed troops. On Monday it attacked ...": a personal pronoun subject of a main clause
        continues the topic of the sentence before, its main clause's named subject, when they agree in number
        and person ("it" a singular non-person, "they" a plural, "he"/"she" a person)."""
        word = _SUBJECT_FORM.get(tok.lower_, tok.lower_)  # ("them" as an object stands for what "they" would)
        if word not in SUBJECT_PRONOUNS or tok.sent.start == 0 or depth <= 0:
            return None
        prev = tok.doc[tok.sent.start - 1].sent
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        if subj.pos_ == "PRON":
            return self._previous_subject(subj, depth=depth - 1) if subj.lower_ == word else None
        return self.actor_id(subj) if _agrees(subj, word) else None

    # -- events
    def event(self, cand: Candidate, sent) -> Event | None:
        analysis = self.analysis
        self._party_type = cand.etype
        actors = _unique(i for t in cand.actors for i in self._actor_ids(t))
        recipients = [r for r in _unique(i for t in cand.recipients
                                         if not _sent_party(cand, t) and not self._press_channel(t)
                                         for i in self._actor_ids(t)) if r not in actors]
        recipients = self._without_scenes(cand, recipients)
        if not recipients and cand.etype.lower() in self.lex.decision_reaction_types:
            recipients = [r for r in self._decision_maker(cand, sent) if r not in actors]
        if cand.reciprocal and not recipients:
            recipients = list(actors)  # "A and B accused each other": each side is done to by the other
        elif not recipients and len(actors) >= 2 and cand.etype.lower() in self.lex.mutual_types \
                and _joint_subject(cand.actors) and not (cand.etype == "CONSULT" and cand.mode == "third-party") \
                and cand.head.lemma_.lower() not in self.lex.commitment_verbs:
            # "A and B agreed to a truce": each side agrees with the other (not go-betweens: "A and B, which
            # mediated the talks" brokered them between others, not with each other)
            recipients = list(actors)
        trig_start = cand.trigger[0].idx
        trig_end = cand.trigger[-1].idx + len(cand.trigger[-1].text)
        if trig_end - trig_start > 40:  # "will ... send": keep the verb alone when far apart
            trig_start, trig_end = cand.head.idx, cand.head.idx + len(cand.head.text)
        text = analysis.text
        trigger = Span(start=trig_start, end=trig_end, text=text[trig_start:trig_end])
        # (a party is no trigger: "detained a Latvian reporter" matched its lexicon line by the object's word)
        parties = {t.i for t in [*cand.actors, *cand.recipients]}
        extra = sorted({(t.idx, t.idx + len(t.text)) for t in cand.extra
                        if not trig_start <= t.idx < trig_end and t.i not in parties})
        triggers = [trigger] + [Span(start=s, end=e, text=text[s:e]) for s, e in extra]
        clause = cand.clause or cand.head
        # (one walk of the clause for both of its ends)
        clause_words = [(t.i, t.idx, t.idx + len(t.text)) for t in clause.subtree]
        c_start = min(s for i, s, _ in clause_words if i >= sent.start)
        c_end = max(e for i, _, e in clause_words if i < sent.end)
        # a noun event is placed from its own word, so the topic its governing verb judges ("condemned the bombing
        # in X") places the noun, not the verb
        p_start, p_end = (trig_start, trig_end) if cand.head.pos_ == "NOUN" else (c_start, c_end)
        place, rule = self.place_for(analysis, p_start, p_end)
        if rule in ("clause", "sentence") and self._only_as_clause_subject(place, sent):
            place, rule = self._default_place()
        if rule in _FALLBACK_PLACE_RULES and self._same_place_phrase(clause):
            # "... gunmen shot two officers in the same province": the place the story last named
            earlier = [e for start, e in self._told if start < sent.start and e.place
                       and e.place_rule in ("clause", "anaphor", "sentence")]
            if earlier:
                place, rule = earlier[-1].place, "anaphor"
        # an event noun is told in its clause's tense only as the clause's object ("is considering sanctions"),
        # not as its subject or in a phrase ("The rise in prices shows ...", "wanted over the shooting of ...")
        date = self.date_for(analysis, c_start, c_end, noun_event=cand.head.pos_ == "NOUN" and cand.head.dep_ != "dobj",
                             period_noun=cand.head.pos_ == "NOUN")
        if cand.head.pos_ == "NOUN" and cand.date_clause is None:
            # "protested on Monday against the deployment of a survey ship last week": the noun's own time
            date = self.noun_phrase_date(analysis, cand.head.idx, cand.head.idx + len(cand.head.text)) or date
        if date is not None and cand.etype in REQUESTED_ACT_TYPES and self._dates_requested_act(cand, date):
            date = None  # "called for a general strike from Monday": Monday is the strike's date, not the call's
        if cand.date_clause is not None:
            # a commitment read off a reported "will" is dated by the verb that reports it, or by nothing
            said = cand.date_clause
            date = self.date_for(analysis, said.idx, said.idx + len(said.text))
        elif cand.status == "asserted" and (rule in (None, "dateline", "document") or date is None):
            # "Fighters shelled a market in X on Tuesday. / The shelling killed 15 civilians": a clause whose subject
            # refers back to the event or the doers told just before goes on with that story, there and then (a
            # plan, a threat or a claim is not told as its sequel)
            told = self._story_told_before(sent, clause, cand.etype)
            if told is not None:
                if rule in (None, "dateline", "document") and told.place and told.place_rule in _OWN_PLACE_RULES:
                    place, rule = told.place, "story"
                if date is None and goes_on_in_story_time(clause):
                    # (not a present or future clause, nor one dated against its own main clause)
                    date = told.date
            if rule in _FALLBACK_PLACE_RULES:
                moved_to = self._place_story_moved_to(sent, clause, date)
                if moved_to is not None:
                    place, rule = moved_to, "story"
        source = None
        if cand.kind != "derived":
            source = self.source_for(analysis, trig_start, trig_end)
            if source is not None and self._dateline_only(source):
                source = None  # "MAKHACHKALA -- ... officials said": a dateline names where, not who reports
            source = source or self._reporter(clause, actors) or self._framer(cand.head, actors)
        confidence = max(0.05, min(0.99, cand.salience * _STATUS_FACTOR[cand.status]))
        event = Event(id="E0", type=cand.etype, mode=cand.mode, context=cand.context, actors=actors,
                     recipients=recipients, place=place, place_rule=rule, date=date, status=cand.status,
                     source=source, cameo=cand.cameo, trigger=trigger, triggers=triggers,
                     sentence=Offsets(start=sent.start_char, end=sent.end_char), confidence=round(confidence, 4))
        self._told.append((sent.start, event))
        return event

    def _only_as_clause_subject(self, place: str | None, sent) -> bool:
        """Whether every mention of a place in the sentence is the subject of a later clause that the parser hung
        on the clause before ("Hamas released four workers on Saturday and Israel freed 30 prisoners": "Israel"
        does the freeing; it says where neither release happened)."""
        rows = [r for r in self.analysis.shared.get("place_mentions") or ()
                if r[2] == place and sent.start_char <= r[0] < sent.end_char]
        if not rows:
            return False
        subjects = {s.idx for v in sent if v.dep_ == "conj" for s in [_subject_read_as_object(v)] if s is not None}
        return all(r[0] in subjects for r in rows)

    def _default_place(self) -> tuple[str | None, str | None]:
        """The place an event gets when its own words name none: the dateline's, else the document's focus (the
        last rules of places.place_for)."""
        shared = self.analysis.shared
        if shared.get("place_dateline"):
            return shared["place_dateline"], "dateline"
        if shared.get("place_event_focus"):
            return shared["place_event_focus"], "document"
        return None, None

    def _decision_maker(self, cand: Candidate, sent) -> list[str]:
        """The makers of "the decision" a reaction is aimed at ("Tusk welcomed the decision"): a definite decision
        noun with no owner or phrase of its own as the reaction's object points back to the latest decision told
        within DECISION_LOOKBACK sentences before (cues.yaml `decision_nouns`, `decision_maker_types`)."""
        cues = self.lex
        objs = [c for c in cand.head.children if c.dep_ == "dobj" and c.lemma_.lower() in cues.decision_nouns
                or c.dep_ == "dobj" and c.lower_ in cues.decision_nouns]
        if len(objs) != 1 or not any(d.dep_ == "det" and d.lower_ in cues.back_reference_determiners
                                     for d in objs[0].children) or any(
                d.dep_ in ("poss", "compound", "amod", "prep", "acl", "relcl") for d in objs[0].children):
            return []
        starts = sorted({s.start for s in sent.doc.sents if s.start < sent.start})[-DECISION_LOOKBACK:]
        told = [e for start, e in self._told if start in starts and e.actors
                and e.type.lower() in cues.decision_maker_types and e.status == "asserted"]
        return list(told[-1].actors) if told else []

    def _same_place_phrase(self, clause: Token) -> bool:
        """Whether the clause says where with a scene noun pointing back ("in the same district"; cues
        same_place_modifiers, scene_place_nouns, scene_preps)."""
        cues = self.lex
        return any(t.lower_ in cues.same_place_modifiers and t.head.lemma_.lower() in cues.scene_place_nouns
                   and t.head.dep_ == "pobj" and t.head.head.lower_ in cues.scene_preps for t in clause.subtree)

    def _dates_requested_act(self, cand: Candidate, date: str) -> bool:
        """Whether the time expressions in the sentence with the value `date` all lie inside the noun phrase of
        the act asked for (an event noun as the verb's object or "for" object: "called for a general strike from
        Monday", "demanded a vote on 12 May"): that time dates the act, not the asking."""
        head = cand.head
        acts = [c for c in head.children if c.dep_ == "dobj"] + [
            g for c in head.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
        acts = [a for a in acts if a.pos_ == "NOUN" and any(e.type for e in self.lex.noun_entries(a.lemma_.lower()))]
        if not acts:
            return False
        sent = head.sent
        s_start, s_end = sent.start_char, sent.end_char
        same = [t for t in self.analysis.times or [] if t.value == date and s_start <= t.start and t.end <= s_end]
        if not same:
            return False
        spans = [(min(t.idx for t in a.subtree), max(t.idx + len(t.text) for t in a.subtree)) for a in acts]
        return all(any(a <= t.start and t.end <= b for a, b in spans) for t in same)

    def _story_told_before(self, sent, clause: Token, etype: str = "") -> Event | None:
        """The event the sentence before told, when the clause's subject refers back to it or to its doers: a
        definite event noun ("The shelling killed ...", "The blast wounded ...", not "a second blast"), an event
        noun going on again ("Fighting resumed on Monday"; lexicon story_resumption_verbs) or a personal pronoun
        ("They set fire to the church"). So does an assault on the doers of an assault told just before, named by
        a definite suspect noun ("Troops repelled the attackers"; lexicon suspect_nouns): the fighting back is part
        of that attack, unlike an arrest of them, which may come days later. The likeliest of that sentence's
        events, or None."""
        head = clause
        while head.dep_ == "conj" and head.head.i != head.i and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            head = head.head  # "They killed 12 worshippers and set fire to the church": the shared subject
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or sent.start == 0:
            return None
        cues = self.lex
        # "Police said they had arrested ...": a pronoun taking up the reporter of its clause tells the reporter's
        # own act, not one by the doers told before
        pronoun = subject.lower_ in cues.story_pronouns and not reporters_own_act(head)
        event_noun = subject.tag_ in ("NN", "NNS") and subject.lemma_.lower() in cues.nouns and (any(
            c.dep_ == "det" and c.lower_ in cues.back_reference_determiners for c in subject.children) or (
            head.lemma_.lower() in cues.story_resumption_verbs and not any(c.dep_ == "det" for c in subject.children)
        )) and not any(c.lower_ in cues.distinct_mention_words for c in subject.children)
        fought_back = etype.lower() == "assault" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in cues.suspect_nouns
            and any(d.dep_ == "det" and d.lower_ in cues.back_reference_determiners for d in c.children)
            for c in head.children)
        # "was shot dead during the clashes": told inside that event, whoever its subject is
        set_in_it = self._set_in_told_event(head)
        if not (pronoun or event_noun or fought_back or set_in_it):
            return None
        before = self.analysis.doc[sent.start - 1].sent.start
        # a plan, a hope or a denial told before has no sequel that happened ("mediators had hoped to announce an
        # exchange by Friday. / Seven people were killed in the shelling": not killed on Friday)
        told = [e for start, e in self._told if start == before and e.status == "asserted"]
        if fought_back and not (pronoun or event_noun or set_in_it):
            told = [e for e in told if e.type.lower() == "assault"]
        noun = subject if event_noun else self._told_event_noun(head) if set_in_it else None
        if noun is not None:
            # "the shelling" refers back to a shelling, not to whatever the sentence before told
            kinds = {entry.type for entry in cues.noun_entries(noun.lemma_.lower()) if entry.type}
            if kinds:
                told = [e for e in told if e.type in kinds]
        return max(told, key=lambda e: e.confidence) if told else None

    def _place_story_moved_to(self, sent, clause: Token, date: str | None) -> str | None:
        """The place the sentence before, in the same paragraph, set an event of the same day in ("Residents
        protested in the town of X on Thursday morning. / Police fired warning shots to disperse the crowd"): the
        story has moved there from the dateline, and a sentence going on at that time, naming no place of the
        event's own, is still there. None for an undated event, a new paragraph, or a clause describing a noun
        ("every town the rebels had taken"), which tells no step of the story."""
        if date is None or sent.start == 0 or clause.dep_ in ("relcl", "acl"):
            return None
        before = self.analysis.doc[sent.start - 1].sent
        if "\n" in self.analysis.text[before.end_char:sent.start_char]:
            return None
        if any(start == sent.start and e.place_rule in ("clause", "anaphor") for start, e in self._told):
            return None  # the sentence set a scene of its own for an event told before this one
        # the same day ("on Monday" and "that evening" of it); a month or a year is no one scene
        places = {e.place for start, e in self._told if start == before.start and e.date and e.place
                  and e.date[:10] == date[:10] and min(len(e.date), len(date)) >= 10
                  and e.place_rule in ("clause", "anaphor", "story")}
        return places.pop() if len(places) == 1 else None

    def _set_in_told_event(self, head: Token) -> bool:
        """Whether the clause is set in an event named by a definite event noun after a story-time preposition
        ("was shot dead during the clashes", "died in the blast"; cues story_time_prepositions)."""
        return self._told_event_noun(head) is not None

    def _told_event_noun(self, head: Token) -> Token | None:
        """The definite event noun after a story-time preposition of the clause ("during the clashes"), or None."""
        cues = self.lex
        return next((obj for prep in head.children if prep.dep_ == "prep"
                     and prep.lower_ in cues.story_time_prepositions for obj in prep.children
                     if obj.dep_ == "pobj" and obj.tag_ in ("NN", "NNS") and obj.lemma_.lower() in cues.nouns
                     and any(d.dep_ == "det" and d.lower_ in cues.back_reference_determiners for d in obj.children)
                     and not any(c.lower_ in cues.distinct_mention_words for c in obj.children)), None)

    def _reporter(self, clause: Token, actors: list[str]) -> str | None:
        """The actor a reporting verb or "according to X" attributes this clause to, within the sentence."""
        v = clause
        for _ in range(4):
            if v.dep_ == "ccomp" and v.head.lemma_.lower() in self.lex.speech_verbs:
                subj = [c for c in v.head.children if c.dep_ == "nsubj"]
                if subj and subj[0].pos_ != "PRON":
                    found = self.actor_id(subj[0])
                    return found if found not in actors else None
                return None
            if v.dep_ in ("conj", "xcomp", "advcl") and v.head is not v:
                v = v.head
                continue
            break
        root = clause.sent.root
        for c in list(root.children) + list(clause.children):
            if c.dep_ == "prep" and c.lower_ == "according":
                pobj = [g for p in c.children for g in ([p] if p.dep_ == "pobj" else p.children) if g.dep_ == "pobj"]
                if pobj:
                    found = self.actor_id(pobj[0])
                    return found if found not in actors else None
        return None

    def _framer(self, head: Token, actors: list[str]) -> str | None:
        """The party whose report or accusation frames an event: the reporter of an event noun it reports ("the
        news agency reported explosions in the capital") or the accuser of what an accusation alleges ("Syria
        accused Israel of bombarding ...", "a spokesman accused the coalition of killing ..."). None when that
        party is itself an actor of the event or only a pronoun."""
        t = head
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        frame = None
        if t.dep_ == "dobj" and t.pos_ == "NOUN" and t.head.lemma_.lower() in self.lex.speech_verbs:
            frame = t.head
        else:
            accusation = accusation_of(t, self.lex)
            if accusation is None:
                return None
            subj = accusation.accusers
        if frame is not None:
            subj = [c for c in frame.children if c.dep_ == "nsubj"]
            if not subj and frame.dep_ in ("advcl", "xcomp", "conj") and frame.tag_ in ("VBG", "VB", "VBD", "VBZ"):
                # "held a rally, reporting explosions": a participle or conjoined verb shares the subject of the
                # verb it hangs on
                subj = [c for c in frame.head.children if c.dep_ == "nsubj"]
        if not subj or subj[0].pos_ == "PRON":
            return None
        found = self.actor_id(subj[0])
        return found if found not in actors else None


def _reflexive(tok: Token) -> bool:
    """"himself", "themselves", "itself": a reflexive pronoun (spaCy's Reflex feature, or its -self ending)."""
    return tok.pos_ == "PRON" and ("Yes" in tok.morph.get("Reflex") or tok.lower_.endswith(("self", "selves")))


def _fronted_clause_subject(tok: Token, clause: Token) -> Token | None:
    """"Moments before a judge sentenced him to death, Hadley apologised", "Before police could arrest them, the
    gunmen fled": a personal pronoun in an adverbial clause put before the main clause points ahead to the main
    clause's named subject, when they agree in number and person."""
    if clause.dep_ != "advcl" or clause.i > clause.head.i or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON" or subj.i < tok.i:
        return None
    return subj if _agrees(subj, _SUBJECT_FORM.get(tok.lower_, "")) else None


def _trailing_clause_subject(tok: Token, clause: Token) -> Token | None:
    """"The militia burned the houses after it seized the town": the personal pronoun subject of an adverbial clause
    after the main clause continues that clause's named subject, when they agree in number and person (the
    actors stage keeps no "it", so this is where such a subject finds its party)."""
    if clause.dep_ != "advcl" or clause.i < clause.head.i or clause.head.pos_ not in ("VERB", "AUX") \
            or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head != clause:
        return None
    subj = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON" or subj.i > tok.i:
        return None
    return subj if _agrees(subj, _SUBJECT_FORM.get(tok.lower_, "")) else None


def _agrees(antecedent: Token, pronoun: str) -> bool:
    """Whether a personal pronoun can stand for a noun: "it" a singular non-person, "they" a plural (or a
    coordination), "he"/"she" a person's name."""
    plural = antecedent.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in antecedent.children)
    person = antecedent.ent_type_ == "PERSON"
    return {"it": not plural and not person, "they": plural,
            "he": person and not plural, "she": person and not plural}.get(pronoun, False)


def _best(spans, start: int, end: int) -> str | None:
    best, best_len = None, 0
    for s, e, actor_id in spans:
        shared = min(e, end) - max(s, start)
        if shared > best_len:
            best, best_len = actor_id, shared
    return best


def _joint_subject(tokens) -> bool:
    """Whether a candidate's doers are two or more conjoined subjects of one clause ("A and B agreed ...")."""
    heads = [t for t in tokens if t.dep_ in ("nsubj", "nsubjpass")]
    if any(sum(1 for t in tokens if t is h or t in h.conjuncts) >= 2 for h in heads):
        return True
    # a headline's "Japan, Philippines sign defence pact": two names set apart by a comma, both hung on the verb
    return any(t.head.i == h.head.i and abs(t.i - h.i) == 2 and t.doc[min(t.i, h.i) + 1].text == ","
               and t.dep_ in ("nsubj", "npadvmod") for h in heads for t in tokens if t.i != h.i)


def _unique(values) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _act_words(event: Event, key: str) -> set[str]:
    """The words an event's act is told by: its act key's (`_act_key`) and its trigger spans'."""
    return set(key.split()) | {w for span in event.triggers for w in span.text.lower().split()}


def _act_key(head: Token) -> str:
    """What a trigger says was done, for telling repeated mentions from new acts of the same parties: the
    trigger's lemma and, for a verb, the lemma of the act or thing it governs ("promised to cut taxes" ->
    "promise cut", "promised to build a wall" -> "promise build")."""
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX"):
        for child in head.children:
            if child.dep_ in ("xcomp", "ccomp", "dobj"):
                return f"{lemma} {child.lemma_.lower()}"
    return lemma


def _sent_party(cand: Candidate, tok: Token) -> bool:
    """Whether a recipient is who a visit or an inquiry sends, named in its trigger ("would send envoys", "send a
    team of experts to help with the investigation"): the envoys go, the host or the helped party receives them."""
    if cand.mode not in ("visit", "investigate") or cand.kind != "verb":
        return False
    named = {t.i for t in [*cand.trigger, *cand.extra]}
    sent = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    return sent.i in named and sent.dep_ == "dobj" and sent.head.i == cand.head.i


def _tells_same_act(a: Candidate, b: Candidate) -> bool:
    """Whether one candidate's trigger sits inside the other's clause other than as a coordinated act ("took
    out a rally to protest": the rally and the protest are one act told twice; "looted shops and set them on
    fire" are two acts)."""
    for outer, inner in ((a, b), (b, a)):
        top = outer.clause or outer.head
        tok = inner.head
        for _ in range(12):
            if tok.i == top.i:
                return True
            if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.tag_ == "VBG" and tok.head.dep_ == "advcl":
                tok = tok.head  # "..., killing two and wounding five": one outcome clause told in two participles
                continue
            if tok.dep_ == "conj" or tok.head.i == tok.i or _finite_conjunct_read_as_modifier(tok) is not None:
                break  # (a second verb the parser hung on the first verb's object is coordinated all the same)
            tok = tok.head
    return False


def _weapon_word(tok: Token, lex) -> bool:
    from eventwire.stages.actors.mentions import weapon_word

    return weapon_word(tok, lex)


def _merge(events: list[Event], places: Sequence[Place] = (), *,
           incident_types: frozenset[str] = frozenset(), acts: Mapping[tuple[int, int], str] | None = None,
           linked: Collection[tuple[tuple[int, int], tuple[int, int]]] = (),
           participles: Collection[tuple[tuple[int, int], tuple[int, int]]] = (),
           back_references: Collection[tuple[int, int]] = (),
           in_adjuncts: Collection[tuple[int, int]] = (),
           headline_spans: Collection[tuple[int, int]] = (),
           place_actors: Collection[str] = (), same_party: Mapping[str, str] | None = None,
           same_doers: bool = False) -> list[Event]:
    """Repeated mentions of one event become one event keeping every trigger span.

    Two mentions are one event when they share type and status, name the same parties, and their date and place
    do not conflict (one may be missing, a date may be the month of the other, a place may be the country the
    other lies in). For `incident_types` (lower-case PLOVER types whose events the party harmed identifies: an
    attack, an arrest) the same recipients suffice when only one mention names the doer ("the soldier was
    killed ... militants killed the soldier"), and so do the same doers acting the same way (mode) in the
    same named place when only one mention names the target. Events without any participant merge only within a sentence when they are
    identical. Mentions that name no recipient are one event only when they tell the same act (`acts`: trigger
    span -> `_act_key`; "Trump promised to cut taxes" and "Trump promised to build a wall" are two promises) or
    one of them refers back with a definite determiner ("the talks"; `back_references`: main trigger spans of such
    mentions), or the two trigger spans are `linked` (one told inside the other's clause, `_tells_same_act`;
    `participles`: such pairs where the inner one is a participle clause telling the act's outcome or means);
    without `acts` the trigger words must agree. A headline mention (its trigger span in `headline_spans`) tells
    no place of its own when its place is only the report's dateline: that place does not keep it apart from the
    report's mention naming the same parties, whose stated place the merged event keeps; nor does a recipient that
    only one of the two names and that is a place (`place_actors`: ids of actors every mention of which is a
    place's: "Gunmen abduct 30 students in Zamfara" over "... abducted 30 students from a school"), nor a party
    the report names more fully (`same_party`, see `_same_named_parties`). With `same_doers`, only mentions
    naming the same doers merge (a first pass, so that a mention that leaves the doer out joins the act told
    with its doer only when no act of the same doers claims it first)."""
    by_id = {p.id: p for p in places}
    acts = acts or {}

    def tied(a: Event, b: Event, headline: bool = False) -> bool:
        if a.recipients or b.recipients or not (a.actors or b.actors):
            # participant-less mentions already merge only when identical within one sentence (`_same_event`)
            return True
        span_a, span_b = (a.trigger.start, a.trigger.end), (b.trigger.start, b.trigger.end)
        if (span_a, span_b) in linked or span_a in back_references or span_b in back_references:
            return True
        key_a, key_b = acts.get(span_a, a.trigger.text.lower()), acts.get(span_b, b.trigger.text.lower())
        if headline and _act_words(a, key_a) & _act_words(b, key_b):
            # headline "Dock workers strike ..." over "... went on strike": the act's word is the same though one
            # tells it with a light verb
            return True
        return key_a == key_b

    out: list[Event] = []
    for event in sorted(events, key=lambda e: -e.confidence):
        def headline_pair(k: Event) -> bool:
            return bool({(k.trigger.start, k.trigger.end), (event.trigger.start, event.trigger.end)}
                        & set(headline_spans))

        def same_act(k: Event) -> bool:
            key_k = acts.get((k.trigger.start, k.trigger.end), k.trigger.text.lower())
            key_e = acts.get((event.trigger.start, event.trigger.end), event.trigger.text.lower())
            return bool(_act_words(k, key_k) & _act_words(event, key_e))

        def nested(k: Event) -> bool:
            return ((k.trigger.start, k.trigger.end), (event.trigger.start, event.trigger.end)) in participles

        def in_adjunct(k: Event) -> bool:
            return (k.trigger.start, k.trigger.end) in in_adjuncts \
                or (event.trigger.start, event.trigger.end) in in_adjuncts

        kept = next((k for k in out if _same_event(k, event, by_id, incident_types, headline=headline_pair(k),
                                                   adjunct=in_adjunct(k),
                                                   place_actors=place_actors, same_party=same_party,
                                                   same_act=headline_pair(k) and same_act(k), nested=nested(k))
                     and tied(k, event, headline_pair(k))
                     and (not same_doers or set(k.actors) == set(event.actors))), None)
        if kept is None:
            out.append(event)
            continue
        if headline_pair(kept) and kept.place_rule in _DEFAULT_PLACE_RULES \
                and event.place_rule in _OWN_PLACE_RULES:
            kept.place, kept.place_rule = event.place, event.place_rule  # the stated place, not the dateline
        if (kept.trigger.start, kept.trigger.end) in set(headline_spans) and event.recipients \
                and set(kept.recipients) != set(event.recipients):
            # a place only the headline reads as a recipient ("... in Zamfara") is where it happened, no party
            kept.recipients = [r for r in kept.recipients if r not in place_actors or r in event.recipients]
        seen = {(s.start, s.end) for s in kept.triggers}
        for span in event.triggers:
            if (span.start, span.end) not in seen:
                kept.triggers.append(span)
                seen.add((span.start, span.end))
        kept.triggers.sort(key=lambda s: s.start)
        if headline_pair(kept) and set(kept.actors) < set(event.actors):
            # the headline named fewer of the doers the report names
            kept.actors = kept.actors + [a for a in event.actors if a not in kept.actors]
        kept.actors = kept.actors or list(event.actors)
        if headline_pair(kept) and set(kept.recipients) < set(event.recipients):
            # the headline named fewer of the parties the report names
            kept.recipients = kept.recipients + [r for r in event.recipients if r not in kept.recipients]
        if nested(kept) and set(kept.recipients) < set(event.recipients):
            # "shelled the market, killing 12 people": the clause told inside the act names more of its victims
            kept.recipients = kept.recipients + [r for r in event.recipients if r not in kept.recipients]
        kept.recipients = kept.recipients or list(event.recipients)
        if not (nested(kept) and event.mode not in MEANS_MODES):
            # (a participle's act kind is its own: "raided the village, killing four and kidnapping nine" is no
            # abduction raid)
            kept.mode = kept.mode or event.mode
        kept.date = _finer_date(kept.date, event.date)
        kept_place, other_place = by_id.get(kept.place or ""), by_id.get(event.place or "")
        if kept.place is None or (kept_place is not None and kept_place.feature == "country"
                                  and other_place is not None and other_place.feature != "country"):
            kept.place, kept.place_rule = event.place, event.place_rule
        kept.context = list(dict.fromkeys(kept.context + event.context))
        kept.source = kept.source or event.source
        kept.cameo = kept.cameo or event.cameo
    return out


def _fold_headline_mentions(events: list[Event], headline_spans: Collection[tuple[int, int]],
                            acts: Mapping[tuple[int, int], str], places: Sequence[Place] = ()) -> list[Event]:
    """A headline that names no party ("Drone strikes hit fuel depots") tells the article's own report of that
    act: its event joins the first body event of the same type and status told by the same word (the lemma of
    `acts`, as in `_merge`, or a word of one of its trigger spans; a headline's tagging may miss the object or the
    verb) whose mode, place and date agree, as one more trigger span, instead of being counted twice."""
    by_id = {p.id: p for p in places}
    ordered = sorted(events, key=lambda e: (e.trigger.start, e.trigger.end))
    folded: set[int] = set()
    for event in ordered:
        span = (event.trigger.start, event.trigger.end)
        if span not in headline_spans or event.actors or event.recipients:
            continue
        key = acts.get(span, event.trigger.text.lower()).partition(" ")[0]
        target = next((k for k in ordered if k is not event and id(k) not in folded
                       and (k.trigger.start, k.trigger.end) not in headline_spans
                       and k.type == event.type and k.status == event.status
                       and (acts.get((k.trigger.start, k.trigger.end), k.trigger.text.lower()).partition(" ")[0] == key
                            or any(w.startswith(key) for t in k.triggers for w in t.text.lower().split()))
                       and (not k.mode or not event.mode or k.mode == event.mode)
                       and (not k.date or not event.date or k.date.startswith(event.date)
                            or event.date.startswith(k.date))
                       and (_places_agree(k.place, event.place, by_id)
                            or _in_province(k.place, event.place, by_id))), None)
        if target is None:
            continue
        seen = {(s.start, s.end) for s in target.triggers}
        target.triggers += [s for s in event.triggers if (s.start, s.end) not in seen]
        target.triggers.sort(key=lambda s: s.start)
        target.confidence = max(target.confidence, event.confidence)
        target.mode = target.mode or event.mode
        if target.place is None:
            target.place, target.place_rule = event.place, event.place_rule
        folded.add(id(event))
    return [e for e in events if id(e) not in folded]


_FALLBACK_PLACE_RULES = (None, "dateline", "document")


def _places_of_governing_acts(built: list[tuple[Event, Candidate]]) -> None:
    """An act told in a clause with no subject of its own that hangs on another event's verb ("troops fought the
    militants there for hours before withdrawing", "stormed the post, killing nine") took place where that event
    did, when its own clause names no place (place rule None, dateline or document) and the governing event's
    place is its clause's, its sentence's or an anaphor's; rule "sentence"."""
    by_head = {c.head.i: e for e, c in built}
    for event, cand in built:
        if event.place_rule not in _FALLBACK_PLACE_RULES:
            continue
        tok = cand.clause or cand.head
        for _ in range(3):
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children) or tok.head.i == tok.i:
                break
            tok = tok.head
            governing = by_head.get(tok.i)
            if governing is not None and governing is not event:
                if governing.place_rule in _OWN_PLACE_RULES and governing.place_rule != "story":
                    event.place, event.place_rule = governing.place, "sentence"
                break


def _noun_dated_from_outside(head: Token, date: str | None, verb_dates: Mapping[int, str | None]) -> bool:
    """Whether an event noun's date may be only that of the act whose verb it follows ("The UN condemned the
    attack on Wednesday": the parser may hang the day on either, and the condemning is dated so too). A subject
    ("the attack on Sunday had been repelled", "The protests began on Nov. 2") keeps its date."""
    verb = governing_verb(head.head) if head.head.i != head.i else None
    return verb is not None and verb.i < head.i and date is not None and verb_dates.get(verb.i) == date


def _date_headline_events(events: list[Event], headline_spans: Collection[tuple[int, int]], lead_end: int) -> None:
    """A headline's asserted event that its own words do not date ("Rebels seize army post") is the news the lead
    tells, and happened when the lead's asserted events did, when they all agree on one date ("KHARTOUM (AP) --
    Rebels stormed an army post on Tuesday, killing nine soldiers"). The lead is the first body sentence with an
    event, in the first paragraph (which ends at `lead_end`). Before the back references fold, so that "The
    protests began on Nov. 2" later on no longer lends the headline's clash its start date. The other way round, a
    lead whose asserted events nothing dates tells what its headline dated ("Gunmen kill five at wedding on
    Sunday" / "Gunmen opened fire at a wedding party, killing five guests"). When the lead's acts do not all agree
    (one is undated or dated otherwise), the headline's act takes the one date of the lead's dated acts of its own
    type, if they agree."""
    body = [e for e in events if (e.trigger.start, e.trigger.end) not in headline_spans and e.sentence.start < lead_end]
    if not body:
        return
    lead_start = min(e.sentence.start for e in body)
    lead = [e for e in body if e.sentence.start == lead_start and e.status == "asserted"]
    heads = [e for e in events if (e.trigger.start, e.trigger.end) in headline_spans and e.status == "asserted"]
    lead_dates = {e.date for e in lead}
    head_dates = {e.date for e in heads} - {None}
    if lead_dates == {None} and len(head_dates) == 1:
        (date,) = head_dates
        for event in lead:
            event.date = date
        return
    if len(lead_dates) == 1 and None not in lead_dates:
        (date,) = lead_dates
        for event in heads:
            if event.date is None:
                event.date = date
        return
    for event in heads:
        # a lead that also names an undated act ("... on Sunday, days after the government announced an
        # offensive") still dates the headline's act by its own acts of the same type, when those agree on one day
        same = {e.date for e in lead if e.type == event.type and e.date}
        if event.date is None and len(same) == 1:
            (event.date,) = same


def _date_headline_events_like_lead(events: list[Event], headline_spans: Collection[tuple[int, int]]) -> None:
    """A headline tells when nothing; its event that stayed apart from the report's (other parties read, another
    wording) is dated like the lead's event of the same type and status: the report's first sentence that tells
    an event (the lead) tells the headline's news, with its date. After `_date_headline_events`, for a headline
    event still undated when the lead's events disagree on a date."""
    body = sorted((e for e in events if (e.trigger.start, e.trigger.end) not in headline_spans),
                  key=lambda e: (e.sentence.start, e.trigger.start))
    if not body:
        return
    lead = body[0].sentence.start
    for event in events:
        if (event.trigger.start, event.trigger.end) not in headline_spans or event.date:
            continue
        match = next((k for k in body if k.sentence.start == lead and k.type == event.type
                      and k.status == event.status and k.date), None)
        if match is not None:
            event.date = match.date


def _in_province(a: str | None, b: str | None, places: Mapping[str, Place]) -> bool:
    """Whether one place is a province (admin1) the other lies in ("across Limerick county" and "in Limerick")."""
    pa, pb = places.get(a or ""), places.get(b or "")
    if pa is None or pb is None or pa.country != pb.country or not pa.admin1 or pa.admin1 != pb.admin1:
        return False
    return "admin1" in (pa.feature, pb.feature)


def _fold_back_references(events: list[Event], text: str, places: Sequence[Place] = (), *,
                           determiners: frozenset[str] = frozenset(),
                           distinct: frozenset[str] = frozenset(),
                           borrowed_dates: Collection[tuple[int, int]] = (),
                           dated_in_phrase: Collection[tuple[int, int]] = (),
                           readings: Mapping[tuple[int, int], set[tuple[str, str | None]]] | None = None,
                           ) -> list[Event]:
    """A participant-less event noun with a definite determiner ("the explosion", "the deadly blast", "that
    attack") refers back to an event already reported: it joins the nearest earlier event of the same type and
    status whose place and date agree, as one more trigger span, instead of being counted again. A word marking
    another occurrence ("a second blast", "the latest attack", `distinct`) keeps it apart. A date the noun only
    took from the verb that governs it (`borrowed_dates`: "The UN condemned the attack on Wednesday" dates the
    condemning) and a place from the dateline or the document are no disagreement. The noun lends an undated event
    its date only when the date is in its own phrase (`dated_in_phrase`: "the bombing on Friday"); "analysts say
    the crackdown shows ..." dates the saying, not the crackdown. An event noun the lexicon reads in several ways
    (`readings`, by trigger span: "expulsion" of a migrant or of a diplomat) refers back to an earlier event coded
    as one of its readings too: "expelled two diplomats ... condemned the expulsions" is one diplomatic expulsion,
    whatever the bare noun's default reading."""
    by_id = {p.id: p for p in places}
    ordered = sorted(events, key=lambda e: (e.trigger.start, e.trigger.end))
    out: list[Event] = []
    for event in ordered:
        target = None
        if not (event.actors or event.recipients) and _refers_back(text, event.trigger.start, determiners, distinct):
            date = None if (event.trigger.start, event.trigger.end) in borrowed_dates else event.date
            place = None if event.place_rule in ("dateline", "document") else event.place
            kin = (readings or {}).get((event.trigger.start, event.trigger.end), set())
            fits = [k for k in reversed(out) if (k.type == event.type or (k.type, k.mode) in kin)
                    and k.status == event.status
                    and (not k.date or not date or k.date.startswith(date) or date.startswith(k.date))
                    and _places_agree(k.place, place, by_id)]
            # "the attack" refers back to the attack told before, not to the nearest act of the same type told
            # in between ("... the attack left one dead before police shot the attacker. X witnessed the attack")
            word = event.trigger.text.lower()[:5]
            target = next((k for k in fits if any(t.text.lower()[:5] == word for t in k.triggers)),
                          fits[0] if fits else None)
        if target is None:
            out.append(event)
            continue
        seen = {(s.start, s.end) for s in target.triggers}
        target.triggers += [s for s in event.triggers if (s.start, s.end) not in seen]
        target.triggers.sort(key=lambda s: s.start)
        target.confidence = max(target.confidence, event.confidence)
        target.mode = target.mode or event.mode
        if target.date is None and (event.trigger.start, event.trigger.end) in dated_in_phrase:
            target.date = event.date
        if target.place is None:
            target.place, target.place_rule = event.place, event.place_rule
        # "X expelled two diplomats. Y condemned the expulsions": a condemnation or rejection with no party of its
        # own whose object is the act told before is aimed at those who did it
        for reaction in out:
            if reaction.type in OBJECT_REACTION_TYPES and not reaction.recipients and reaction is not target \
                    and reaction.trigger.end <= event.trigger.start \
                    and _object_noun_follows(text, reaction.trigger.end, event.trigger.start, determiners):
                reaction.recipients = [a for a in target.actors if a not in reaction.actors]
    return out


def _object_noun_follows(text: str, end: int, start: int, determiners: frozenset[str]) -> bool:
    """Whether the words between a verb's trigger (ending at `end`) and an event noun (at `start`) are only a
    definite determiner and at most one modifier ("condemned the expulsions", "rejected the latest raids")."""
    words = re.findall(r"[\w'’-]+", text[end:start].lower())
    gap = text[end:start]
    return 1 <= len(words) <= 2 and words[0] in determiners and not re.search(r"[.;:!?\n]", gap)


def _refers_back(text: str, start: int, determiners: frozenset[str], distinct: frozenset[str]) -> bool:
    """Whether the words before a trigger are a definite determiner, optionally with one modifier in between
    ("the blast", "the deadly blast"), and none of them marks another occurrence ("the second blast")."""
    words = re.findall(r"[\w'’-]+", text[max(0, start - 40):start].lower())[-2:]
    if not words:
        return False
    if words[-1] in determiners:
        return True
    return len(words) == 2 and words[0] in determiners and words[1] not in distinct and not words[1].isdigit()


def _same_event(a: Event, b: Event, places: dict[str, Place], incident_types: frozenset[str], *,
                headline: bool = False, place_actors: Collection[str] = (),
                same_party: Mapping[str, str] | None = None, same_act: bool = False, nested: bool = False,
                adjunct: bool = False) -> bool:
    """Whether two coded mentions can be one event (see `_merge`); `headline` when one of them is a headline's,
    whose place from the dateline or the document alone does not conflict with the other's, whose recipients
    may differ from the other's by places (`place_actors`) when they share one that is none, and whose parties
    may be the report's fuller naming of them (`same_party`: actor id -> the id standing for it); a headline
    mention that names no recipient is the report's mention of the same doers telling the same act (`same_act`);
    a mention told inside the other's clause (`nested`: "shelled a market, killing 12 people") by the same doers
    is the same act when the victims one names are among the other's; a bare act noun in an "in" phrase of the
    other's sentence (`adjunct`: "killed 14 ..., in the latest attack") is the other act."""
    if a.type != b.type or a.status != b.status:
        return False
    if not (a.actors or a.recipients) or not (b.actors or b.recipients):
        # no participant to tie mentions across sentences: identical mentions of one sentence only, or a bare
        # mention beside a fuller one in its sentence ("killed 14 people at a market ..., in the latest attack
        # blamed on militants": the attack is the killing)
        bare, full = (a, b) if not (a.actors or a.recipients) else (b, a)
        if adjunct and (full.actors or full.recipients) and any(bare.sentence.start <= t.start < bare.sentence.end
                                                    for t in full.triggers) \
                and bare.date in (None, full.date) and _places_agree(a.place, b.place, places):
            return True  # (a bare mention dated on its own is its own act: "The blockades began on Saturday")
        return (a.actors, a.recipients, a.place, a.date, a.sentence.start) == (
            b.actors, b.recipients, b.place, b.date, b.sentence.start)
    party = same_party if headline and same_party else {}
    a_actors, b_actors = {party.get(x, x) for x in a.actors}, {party.get(x, x) for x in b.actors}
    a_recipients, b_recipients = {party.get(x, x) for x in a.recipients}, {party.get(x, x) for x in b.recipients}
    incident = a.type.lower() in incident_types
    shared = a_recipients & b_recipients
    if headline and shared - set(place_actors) and a_recipients ^ b_recipients <= set(place_actors):
        pass  # a headline's "... in Zamfara" read as a recipient beside the victims both mentions name
    elif headline and same_act and a.actors and a_actors == b_actors and (
            a_recipients <= set(place_actors) or b_recipients <= set(place_actors)):
        pass  # headline "Mob torches church in Jos" over "an angry mob set ablaze a church in Jos", whose target the
        # report reads as the town it stands in
    elif headline and same_act and a.actors and a_actors == b_actors and not (a.recipients and b.recipients):
        pass  # headline "Bandits free 20 abducted worshippers" parsed without its object: the report's release
    elif nested and a.actors and a_actors == b_actors and (shared or not (a.recipients and b.recipients)) and (
            a_recipients <= b_recipients or b_recipients <= a_recipients):
        pass  # "shelled a market, killing 12 people", "attacked the base, firing rockets": the participle tells the
        # attack's toll or means, not a new attack
    elif headline and a.actors and a_actors == b_actors and shared and (
            a_recipients <= b_recipients or b_recipients <= a_recipients):
        pass  # headline "Air strike kills 20" over "... strike on a village killed 20 people": the headline names
        # fewer of the same parties
    elif a_recipients != b_recipients:
        # a headline's "Troops shell Kharkiv" (the town read as the place) and the body's "troops shelled
        # Kharkiv": the same doers acting the same way in the same named place, the target named by one
        # mention only
        if not (incident and a.actors and a_actors == b_actors and not (a.recipients and b.recipients)
                and a.place is not None and a.place == b.place and a.mode == b.mode):
            return False
    if a_actors != b_actors and _headline_names_fewer_doers(a, b, a_actors, b_actors, a_recipients, b_recipients,
                                                            headline):
        pass  # headline "Japan sends rescue teams to Philippines" over "Japan and South Korea sent rescue teams to
        # the southern Philippines": a headline names the first of the doers, to the same recipients
    elif a_actors != b_actors:
        # only an incident's victims tie two mentions when one of them leaves the doer out; one side's
        # reaction to a party ("X condemned Y", "Y was criticised") is not another side's
        if not incident or not a.recipients or (a.actors and b.actors):
            return False
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return False
    if headline and (a.place_rule in _DEFAULT_PLACE_RULES or b.place_rule in _DEFAULT_PLACE_RULES):
        return True
    return _places_agree(a.place, b.place, places)


def _headline_names_fewer_doers(a: Event, b: Event, a_actors: set[str], b_actors: set[str],
                                a_recipients: set[str], b_recipients: set[str], headline: bool) -> bool:
    """Whether a headline's mention and the report's, told in two sentences, name the same recipients and the
    doers of one are some of the other's: a headline is short and names the first of several doers. Both must
    name a recipient, so that two acts of one kind by overlapping parties against nobody named stay apart."""
    return (headline and a.sentence.start != b.sentence.start and bool(a_recipients) and a_recipients == b_recipients
            and bool(a_actors) and bool(b_actors) and (a_actors < b_actors or b_actors < a_actors))


def _same_named_parties(actors: Sequence[Actor], *, rank_participles: Collection[str] = ()) -> dict[str, str]:
    """Actor id -> the id of an earlier actor it names again with a modifier more or less ("Mob torches church"
    over "An angry mob set ablaze a church"; "bank" named twice but typed apart): a headline's short naming of
    the report's party. The last words must agree and no state may tell them apart; or a one-word agent noun names
    the people the other name tells by the same verb's -ing form ("Strikers" / "striking dock workers", see
    `_agent_noun_and_participle`; not an -ing word of rank or trade, `rank_participles`: "ruling party") and both
    are of one kind."""
    out: dict[str, str] = {}
    words = [(a, a.name.lower().removeprefix("the ").split()) for a in actors if a.name]
    for i, (a, wa) in enumerate(words):
        for b, wb in words[:i]:
            short, long = sorted((wa, wb), key=len)
            if short and long[len(long) - len(short):] == short and not (
                    a.country and b.country and a.country != b.country):
                out[a.id] = out.get(b.id, b.id)
                break
            if _agent_noun_and_participle(short, long) and long[0] not in rank_participles \
                    and a.kind == b.kind and not (a.country and b.country and a.country != b.country):
                out[a.id] = out.get(b.id, b.id)
                break
    return out


def _agent_noun_and_participle(short: list[str], long: list[str]) -> bool:
    """Whether a one-word plural agent noun names the people a longer name tells by the same verb's participle
    before its noun ("strikers" / "striking dock workers", "protesters" / "protesting students"): the doer of
    the act is told once by the act's noun in -er(s)/-or(s), once by its -ing form."""
    if len(short) != 1 or len(long) < 2 or not long[0].endswith("ing"):
        return False
    stem = re.sub(r"(?:er|or)s$", "", short[0])
    return stem != short[0] and len(stem) >= 3 and long[0].removesuffix("ing") in (stem, stem.removesuffix("e"))


def _place_actors(actors: Sequence[Actor], places: Sequence[Place]) -> set[str]:
    """Ids of the actors every mention of which is a mention of a place ("Zamfara" as a party): the place an
    event is told in, read as a party to it."""
    spans = [(m.start, m.end) for p in places for m in p.mentions]
    return {a.id for a in actors if a.mentions and all(any(s < m.end and m.start < e for s, e in spans)
                                                       for m in a.mentions)}


def _places_agree(a: str | None, b: str | None, places: dict[str, Place]) -> bool:
    """Same place, one missing, or one the country the other lies in."""
    if a is None or b is None or a == b:
        return True
    pa, pb = places.get(a), places.get(b)
    if pa is None or pb is None:
        return False
    return (pa.feature == "country" and pa.country is not None and pa.country == pb.country) or (
        pb.feature == "country" and pb.country is not None and pb.country == pa.country)


def _finer_date(a: str | None, b: str | None) -> str | None:
    """The more precise of two agreeing TIMEX3 values ("2021-03" and "2021-03-02" -> the day)."""
    if a is None or b is None:
        return a or b
    return b if len(b) > len(a) and b.startswith(a) else a


def top_event(events: list[Event] | None, *, asserted_only: bool = True) -> Event | None:
    """The highest-confidence (asserted) event, earliest on ties."""
    pool = [e for e in events or [] if e.status == "asserted" or not asserted_only]
    if not pool:
        return None
    return max(pool, key=lambda e: (e.confidence, -e.trigger.start))


def code_sentence(text: str, *, pipeline: Pipeline | None = None, title: str | None = None,
                  published: str | None = None) -> list[Event]:
    """Code one sentence (or short text) and return its events; builds a cached nlp+actors+events pipeline."""
    if pipeline is None:
        pipeline = _default_pipeline()
    analysis = pipeline.analyse(Article(text=text, title=title, published=published))
    return list(analysis.events or [])


_PIPELINES: dict[str, Pipeline] = {}


def _default_pipeline() -> Pipeline:
    from eventwire.pipeline import Pipeline

    if "default" not in _PIPELINES:
        _PIPELINES["default"] = Pipeline(stages=["nlp", "actors", "events"])
    return _PIPELINES["default"]
