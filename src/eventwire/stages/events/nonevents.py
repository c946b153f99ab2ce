"""Events that are not there, and events that did not happen (issue #8).

A pass over the coder's candidates of a whole article, after the coder has read each sentence:
- sport borrows the words of violence ("a late attack by the striker", "hit a jumper"): in a sentence, or an
  article, that tells a game, an assault or a seizure is play unless a weapon, a death or the police are named;
- markets and public life borrow them too ("investors clashed over rates", "the attack on inflation", "a legal
  battle"): an assault whose every party is an abstraction, or a combat noun a contest word qualifies, is none,
  and so is a retreat, rally or advance whose subject is a market's ("the dollar retreated", "stocks rallied");
- criticism borrows them ("the minister came under fire for his remarks");
- in the story of a disaster with no armed people in it, a casualty no one is named as causing is its toll;
- what a film depicts or a drill simulates is shown, not done;
- what a rumour says is unconfirmed, and a passive "met with" tells a reception, not a meeting;
- what an opinion poll finds people think ("most voters oppose sending troops, the survey found") is an opinion;
- an event noun dated by an earlier year ("the country's 1994 genocide", "the 2003 invasion") is background
  history the article recalls, not its news;
- an act a directive verb asks for ("urged supporters to march") has not happened, also when the parser hangs the
  infinitive as the object of a preposition "to";
- denying a claim ("denied that its jets had bombed the town") refuses nothing, and an accusation denied ("denied
  the accusation") is one made before, not a new one; a count that declines ("burglaries
  declined") refuses nothing either; what an event leaves behind ("left the fields burning") is no departure;
- an anniversary a day marks or a commemoration recalls history ("Saturday marks the anniversary of the bombing"),
  and a gathering to mark one is a ceremony; declining to comment says nothing;
- what a claim found false tells ("reports that he had been arrested proved false") did not happen;
- what "anyone who" does is a kind of act, not one that happened, and so is what "it is (time, unacceptable...)
  to" do: both are hypothetical.
- a headline's act noun closing a reduced passive's phrase, misread as the line's verb ("Two guards killed in Tessa
  ambush"), repeats the participle's act with the victims as its doers.
- background and description: a present perfect dated since an earlier year, lasting for years or tallied this
  year ("has killed 10,000 since 2014"); a simple-present passive of a standing state ("fishing is banned in the
  bay", "troops are stationed at the base"); what recurs ("the annual march draws thousands", "receives aid each
  year") or hangs on a habitual verb ("usually fire warning shots"); and, in a sentence that tells nothing else,
  history in a dated relative clause ("who was detained in 2017"), a simple-present relative clause ("militias that
  fight over land"), the past clause of "since", or an undated past relative clause in a sentence that describes
  ("the truce that ended the war still holds").
- statistics and descriptions: an event noun counted going up or down ("attacks rose 12 percent"), described in the
  simple present ("violence against reporters is a growing problem", "the deal is seen as a victory"), in force ("the
  embargo has been in place since 2011"), a trait or remit ("known for his attacks", "responsible for negotiating
  deals"), a span's content ("decades of fighting") or a kind spoken of as a rule ("sanctions never work"); what a
  body does as a rule ("the commission investigates complaints"), what an occasion or a standing text is ("the
  festival celebrates the end of the siege", "the treaty commits both sides to consult"), holding in the present ("the
  militia occupies the strip"), a natural cause's damage ("wildfires ravaged the hills"), and the purpose a body was
  founded for ("was created to fight piracy", hypothetical).
The cue words are data: knowledge/data/plover/nonevents.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire.knowledge.nonevents import NonEventCues, load_nonevent_cues
from eventwire.knowledge.plover import Lexicon

from .coder import Candidate, main_clause_read_as_complement

# a year as a word of its own ("1994")
_YEAR = re.compile(r"(1[5-9]|20)\d\d")
# a decade ("the 1990s", "1980s")
_DECADE = re.compile(r"((?:1[5-9]|20)\d0)'?s")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
# a match score ("2-1", "98-87"), not a date or a range of years
_SCORE = re.compile(r"(?<![\d/.-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d/.-])")
# the preposition phrases that name whom or what a fight is against ("attack on", "battle against", "clash with");
# not "over", which names what it is about ("clashed with police over prices")
_TARGET_PREPS = frozenset({"on", "against", "with", "at", "upon"})
# the links by which a clause or phrase is what the word above it tells, shows or takes
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "pobj", "prep", "acl", "attr", "oprd"})
# types by which a person voices a view: what a poll finds people think comes out as one of these
_OPINION_TYPES = frozenset({"SUPPORT", "REJECT", "AGREE", "ACCUSE", "REQUEST", "CONCEDE"})


def settle_nonevents(coded: list[tuple[SpacySpan, bool, list[Candidate]]], lexicon: Lexicon, *,
                     published_year: int | None = None, cues: NonEventCues | None = None) -> None:
    """Drop the candidates that name no event and give a requested act its status, in place."""
    cues = cues or load_nonevent_cues()
    # (each sentence's lower-cased words, read once for its tests of violence and of force)
    lowered = [{t.lower_ for t in sent} for sent, _, _ in coded]
    violent_sentences = {sent.start for (sent, _, _), words in zip(coded, lowered)
                         if not words.isdisjoint(cues.violence_words)}
    # (each sentence's sport words are read once: the article test and the sentence test both need them)
    sport_words: dict[tuple[int, int], set[str]] = {}

    def sport_cues_of(sent: SpacySpan) -> set[str]:
        key = (sent.start, sent.end)
        if key not in sport_words:
            sport_words[key] = _sport_cues(sent, cues)
        return sport_words[key]

    # a sports story throughout, with no weapon, death or police anywhere in it (a stadium bombing is news, and
    # its "the attack was claimed by" sentence names no weapon of its own)
    article_sport = bool(coded) and not violent_sentences and len(
        set().union(*(sport_cues_of(sent) for sent, _, _ in coded))) >= cues.sport_article_words
    disaster = _disaster_story(coded, lexicon, cues)
    # sentences that name force: a retaliation told in one of them, or just after one, may be violent
    forceful = [sent.start in violent_sentences or not words.isdisjoint(cues.violent_retaliation_cues)
                for (sent, _, _), words in zip(coded, lowered)]
    for n, (sent, headline, found) in enumerate(coded):
        if not found:
            continue
        sport = article_sport or len(sport_cues_of(sent)) >= cues.sport_sentence_words
        violent = sent.start in violent_sentences
        kept = []
        for cand in found:
            if sport and not violent and cand.etype in cues.sport_borrowed_types:
                continue
            if not violent and _scare_quoted(cand, cues):
                continue
            if disaster and _toll_with_no_doer(cand, lexicon):
                continue
            if _bare_retaliation(cand, cues) and not (forceful[n] or (n > 0 and forceful[n - 1])):
                continue
            if _retaliation_threat(cand, cues) and not (forceful[n] or (n > 0 and forceful[n - 1])):
                cand.mode, cand.cameo = None, "130"
            if _figurative_fight(cand, cues, natural=lexicon.natural_causes, markets=not violent) \
                    or _poll_opinion(cand, sent, cues) \
                    or _dated_background(cand, published_year) or _civil_deployment(cand, cues) \
                    or _running_total(cand, published_year, cues, lexicon) or _recurring_occasion(cand, cues) \
                    or _under_habitual_verb(cand, lexicon) \
                    or _criticised(cand, cues) or _reception(cand, cues) or _source_described(cand, cues) \
                    or _depicted(cand, cues) \
                    or _claim_denied(cand, cues) or _accusation_refused(cand, cues) or _count_declined(cand, cues) \
                    or _left_in_a_state(cand, cues) \
                    or _accord_in_a_state(cand, cues) or (not headline and _standing_state(cand, cues)) \
                    or _occupancy(cand, cues) \
                    or _commemorated(cand, cues, lexicon) \
                    or _comment_declined(cand, cues) or _market_move(cand, cues) \
                    or _craft_departing(cand, cues) or _trend_spoken_of(cand, cues) or _step_taken(cand, cues) \
                    or (headline and _noun_read_as_headline_verb(cand, found)) \
                    or _count_changed(cand, cues) or _spoken_of(cand, cues) or _trait(cand, cues) \
                    or _in_force(cand, cues) or _generic_act(cand, headline) or _occasion_does(cand, cues) \
                    or _generic_subject(cand, lexicon, headline) or _holding_in_present(cand, cues, headline) \
                    or _role_in_present(cand, cues, headline) or _relied_on(cand, cues) \
                    or _natural_doer(cand, lexicon) or _span_of(cand, cues) \
                    or _manner_of_other_act(cand, found, lexicon) or _standing_stance(cand, cues) \
                    or _empathy_shown(cand, cues) or _view_shared(cand, cues, lexicon) \
                    or _worry_voiced(cand, found, cues, lexicon):
                continue
            if cand.status == "asserted" and (_forestalled(cand, lexicon) or _claim_found_false(cand, cues)):
                cand.status = "negated"
            elif cand.status == "asserted" and _rumoured(cand, cues):
                cand.status = "uncertain"
            elif cand.status == "asserted" and (_done_by_anyone(cand, cues) or _judged_in_the_abstract(cand)
                                                or _founding_purpose(cand, cues) or _bound_by_text(cand, cues)):
                cand.status = "hypothetical"
            elif cand.status == "asserted":
                asked = _infinitive_read_as_object(cand, lexicon)
                if asked is not None:
                    cand.status = asked
            kept.append(cand)
        # what a sentence recalls or describes beside its news (a dated relative clause, a simple-present one, the
        # start of a "since" span) is kept as the background of that news, with its own date; a sentence that tells
        # nothing else tells no event ("the judge, who was detained in 2017, now sits on the appeals court")
        recalled = [c for c in kept if _dated_relative_clause(c, published_year, cues.war_period_nouns)
                    or _long_ago(c, published_year, cues) or _described_in_present(c)
                    or _since_clause(c) or (not headline and _past_relative_in_description(c, lexicon))
                    or _ruined_in_a_war(c, cues)]
        if recalled and all(c in recalled for c in kept if c.status == "asserted"):
            kept = [c for c in kept if c not in recalled]
        found[:] = kept


def published_year(published: str | None) -> int | None:
    """The year of an ISO publication date ("2024-03-05" -> 2024), None when there is none."""
    if not published or not _YEAR.fullmatch(published[:4]):
        return None
    return int(published[:4])


# quotation marks, straight and curly, double and single
_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})


def _scare_quoted(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether a violent verb stands alone in quotation marks and is done to a whole polity ("the West was
    'strangling' his country"): the speaker's figure of speech, quoted as a word, not an act (cues
    `scare_quoted_types`, `scare_quoted_polities`; the caller keeps it in a sentence with violence words)."""
    if cand.etype not in cues.scare_quoted_types or cand.kind != "verb" or len(cand.trigger) != 1:
        return False
    tok = cand.trigger[0]
    doc = tok.doc
    if not (0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in _QUOTES and doc[tok.i + 1].text in _QUOTES):
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.ent_type_ in ("GPE", "NORP") or o.lemma_.lower() in cues.scare_quoted_polities
                              for o in objs)


def _sport_cues(sent: SpacySpan, cues: NonEventCues) -> set[str]:
    """The distinct sport words of a sentence, with a match score counted as one ("beat City 2-1")."""
    text = sent.text.lower()
    found = {w for w in _WORD.findall(text) if w in cues.sport_words}
    # (a phrase the text does not contain needs no word-boundary search)
    found |= {p for p in cues.sport_phrases if p in text and re.search(rf"\b{re.escape(p)}\b", text)}
    for m in _SCORE.finditer(sent.text):
        score = sent.char_span(m.start(), m.end(), alignment_mode="expand")
        if score is not None and not any(t.ent_type_ in ("DATE", "TIME") for t in score):
            found.add("<score>")  # not a date span ("on May 3-4")
    return found


def _words(tok: Token) -> set[str]:
    return {tok.lower_, tok.lemma_.lower()}


def _with_conjuncts(toks: Iterable[Token]) -> list[Token]:
    out: list[Token] = []
    for tok in toks:
        out.append(tok)
        out.extend(c for c in tok.conjuncts if c not in out)
    return out


def _fight_targets(tok: Token, cues: NonEventCues, *, depth: int = 0) -> list[Token]:
    """Whom or what a fight word is against: its object or passive subject, else the objects of its target
    prepositions ("an attack on inflation"; with an object, a preposition tells where: "battled traffic on the
    highway"); a combat noun as the object ("fought a battle against prices") passes on its own targets."""
    direct: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            if depth == 0 and _words(c) & cues.combat_nouns:
                direct.extend(_fight_targets(c, cues, depth=depth + 1))
            else:
                direct.append(c)
    targets = direct or [g for c in tok.children if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS
                         for g in c.children if g.dep_ == "pobj"]
    # (not a time: "clashed on Tuesday", "attacked at dawn")
    return [t for t in _with_conjuncts(targets) if t.pos_ != "PRON" and t.ent_type_ not in ("DATE", "TIME")]


def _figurative_fight(cand: Candidate, cues: NonEventCues, *, natural: frozenset[str] = frozenset(),
                      markets: bool = True) -> bool:
    """Whether an assault is a figure of speech: a combat noun that a contest word qualifies ("a legal battle",
    "competitive battles", "the trade war") or that a contest is ("the match was a real battle"), or a fight whose
    targets, or with no target its parties, are all abstractions of markets and public life, words or hardships
    ("the attack on inflation", "investors clashed over rates", "shot down rumours", "battled the blaze"). With
    `markets` off (a sentence that names a weapon, a death or the police) people of the markets are people:
    "gunmen killed five traders" is a killing."""
    if cand.etype != "ASSAULT" or cand.kind == "derived":
        return False
    head = cand.head
    nouns = [head] + [c for c in head.children if c.dep_ in ("dobj", "attr")]
    if any(_words(n) & cues.combat_nouns and any(
            m.dep_ in ("amod", "compound", "nmod") and _words(m) & cues.figurative_modifiers for m in n.children)
           for n in nouns):
        return True
    if head.dep_ == "attr" and _words(head) & cues.combat_nouns and any(
            c.dep_ == "nsubj" and _words(c) & cues.contest_nouns for c in head.head.children):
        return True  # "the match was a real battle", "the election became a war of words"
    if markets and cand.kind == "verb":
        # an abstraction as the one that strikes, whoever is struck: "rising prices have hit the poor hardest",
        # "oil prices attacked the $90 mark", "the law hurt farmers" (not people of the markets: "traders attacked")
        doers = [t for t in _with_conjuncts(_subjects_or_shared(head)) if t.pos_ != "PRON"]
        if doers and all(_words(t) & cues.figurative_parties and not _words(t) & cues.market_people
                         for t in doers):
            return True
    own = {t.i for t in cand.trigger + cand.extra}  # ("opened fire": the fire is the act, not its target)
    parties = [t for t in _fight_targets(head, cues) if t.i not in own] or _headline_fight_target(head, cues)
    if not parties:
        parties = [t for t in _with_conjuncts(
            cand.actors or [c for c in head.children if c.dep_ == "nsubj"]) if t.pos_ != "PRON"]
    abstractions = (cues.figurative_parties if markets else frozenset()) | natural  # ("rescuers battled the floods")
    return bool(parties) and all(_words(t) & abstractions for t in parties)


def _subjects_or_shared(verb: Token) -> list[Token]:
    """A verb's active subjects, or, with none of its own, those of the verb whose participle, gerund or second verb
    it is ("prices attacked the mark before retreating", "stocks rose and then retreated"); not across a clause of
    its own, nor an infinitive or adverbial clause ("their plan is to attack", "if convoys remained blocked")."""
    tok = verb
    for _ in range(4):
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if subjects or tok.dep_ not in ("conj", "pcomp", "prep") or tok.head is tok:
            return subjects
        tok = tok.head
    return []


def _headline_fight_target(head: Token, cues: NonEventCues) -> list[Token]:
    """Headline "Crews battle flames as heat grips south" read as one noun phrase: a combat noun (not a word of
    firing: "trading fire") the parser hung as a compound on the noun after it names what is fought, as an object
    would."""
    if head.dep_ == "compound" and head.head.i == head.i + 1 and head.i > head.sent.start \
            and _words(head) & cues.combat_nouns:
        return [head.head]
    return []


def _poll_opinion(cand: Candidate, sent: SpacySpan, cues: NonEventCues) -> bool:
    """Whether a candidate is a view an opinion poll reports ("most Poles oppose sending troops, the survey
    found", "40 percent of voters said they would back the opposition"): under a poll's verb of finding, or
    under a verb of opinion whose subject is a share of people, and itself a view or governed by a verb of one."""
    head = cand.head
    chain = [head, *head.ancestors]
    # (an "aux" child too: the parser reads "most Poles oppose sending troops" with "oppose" as an auxiliary)
    opinion = cand.etype in _OPINION_TYPES or any(
        _words(t) & cues.opinion_verbs for v in chain for t in (v, *(c for c in v.children if c.dep_ == "aux")))
    if not opinion:
        return False
    polled = any(_words(t) & cues.poll_nouns for t in sent)
    if polled and _poll_finding(sent, cues):
        return True
    for verb in chain:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "relcl":
            subjects.append(verb.head)  # "the voters who back the mayor"
        if verb is not head and _words(verb) & cues.finding_verbs and any(_words(s) & cues.poll_nouns
                                                                          for s in subjects):
            return True
        if _words(verb) & cues.opinion_verbs and any(_share_of_people(s, cues, polled=polled) for s in subjects):
            return True
    return False


def _poll_finding(sent: SpacySpan, cues: NonEventCues) -> bool:
    """Whether a sentence tells what a poll found: a poll noun as the subject of a verb of finding ("the survey
    found"), with one as its clause ("a survey found", hung on the noun by the parser), or after "according to"."""
    for tok in sent:
        if not _words(tok) & cues.poll_nouns:
            continue
        if tok.dep_ in ("nsubj", "nsubjpass") and _words(tok.head) & cues.finding_verbs:
            return True
        if any(c.dep_ in ("acl", "relcl") and _words(c) & cues.finding_verbs for c in tok.children):
            return True
        if tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
            return True
    return False


def _share_of_people(subject: Token, cues: NonEventCues, *, polled: bool) -> bool:
    words = cues.share_words | (cues.poll_share_words if polled else frozenset())
    return bool(_words(subject) & words) or any(
        c.dep_ in ("amod", "nummod", "det", "quantmod") and _words(c) & words for c in subject.children)


def _dated_background(cand: Candidate, published_year: int | None) -> bool:
    """Whether an event noun is named by the earlier year it happened in ("the country's 1994 genocide", "the 2003
    invasion", "a 2015 agreement", "the protests of 1989"): history the article recalls as background, not an event
    it reports."""
    if published_year is None or cand.kind not in ("noun", "light"):
        return False  # (a light verb's noun too: "who led the 2003 offensive")
    if any(c.dep_ in ("nummod", "compound", "amod", "npadvmod") and _YEAR.fullmatch(c.text)
           and int(c.text) < published_year for c in cand.head.children):
        return True
    # or by an "of" phrase of its year ("the protests of 1989")
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and _YEAR.fullmatch(g.text) and int(g.text) < published_year for g in c.children)
        for c in cand.head.children)


def _earlier_time(tok: Token, published_year: int) -> bool:
    """Whether a token is a year or a decade before the year of publication ("2019", "the 1980s")."""
    if _YEAR.fullmatch(tok.text):
        return int(tok.text) < published_year
    decade = _DECADE.fullmatch(tok.text)
    return decade is not None and int(decade.group(1)) + 9 < published_year


def _clause_verb(cand: Candidate) -> Token | None:
    """The verb of the clause a candidate is told in: its own verb, or the nearest verb above an event noun."""
    if cand.kind == "verb":
        return cand.head
    return next((t for t in [cand.head, *cand.head.ancestors] if t.pos_ in ("VERB", "AUX")), None)


def _dated_in(verb: Token, published_year: int, *, wars: frozenset[str] = frozenset()) -> bool:
    """Whether a verb is dated to an earlier year or decade by a phrase of its own ("in 2018", "during the 1990s",
    "in March 2019") or by a bare year ("jailed 1985"), or, given the nouns of war, by a named past war ("during the
    Second World War")."""
    for c in _phrase_tokens(verb):
        if c.dep_ == "prep" and c.lower_ in ("in", "during"):
            if any(_earlier_time(g, published_year) for p in c.children if p.dep_ == "pobj"
                   for g in [p, *p.children] if g.dep_ in ("pobj", "nummod", "compound", "npadvmod", "appos")):
                return True
            if any(p.dep_ == "pobj" and _named_war(p, wars) for p in c.children):
                return True
        if c.dep_ in ("npadvmod", "nummod") and c.head is verb and _earlier_time(c, published_year):
            return True
    return False


def _named_war(noun: Token, wars: frozenset[str]) -> bool:
    """Whether a noun is the name of a war ("the Second World War", "the Cold War", "the Gulf War"): a war noun that
    the parser reads as part of a named event, with a proper noun before it. (A plain "the war" may be the one the
    news is about.)"""
    return noun.lower_ in wars and noun.ent_type_ == "EVENT" and any(
        c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in noun.children)


# the links that open a clause of its own, whose dates are not those of the clause above
_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "xcomp", "acl", "conj", "parataxis"})


def _phrase_tokens(verb: Token) -> list[Token]:
    """The words of a verb's own clause, below it but not inside a clause of their own ("jailed for sedition in the
    1980s": the year is on the noun of the "for" phrase, still in the clause)."""
    out: list[Token] = []
    todo = list(verb.children)
    while todo:
        tok = todo.pop()
        if tok.dep_ in _CLAUSE_DEPS:
            continue
        out.append(tok)
        todo.extend(tok.children)
    return out


def _dated_relative_clause(cand: Candidate, published_year: int | None,
                           wars: frozenset[str] = frozenset()) -> bool:
    """Whether an act is told in a relative clause, or a reduced one, dated to an earlier year or decade ("the
    envoy, who led the talks in 2019, ...", "the activist, who was jailed in the 1990s, ...", "the dam, built in
    the 1970s, ...") or to a named war ("soldiers killed in the First World War"): who someone is or what something
    is, by the history the article recalls, not its news."""
    if published_year is None:
        return False
    verb = _clause_verb(cand)
    if verb is None or not (verb.dep_ == "relcl" or verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return False
    return _dated_in(verb, published_year, wars=wars)


def _long_ago(cand: Candidate, published_year: int | None, cues: NonEventCues) -> bool:
    """Whether an act, in any clause, is dated to a year or decade at least `history_years` before publication ("the
    battle was fought in 1815", "the movement grew out of a student campaign in the 1960s"): history a story
    recalls, not the news it reports (a recent year may still be the news: "in March 2025 police arrested him")."""
    if published_year is None:
        return False
    verb = _clause_verb(cand)
    return verb is not None and _dated_in(verb, published_year - cues.history_years + 1)


def _standing_stance(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether a verb of an act has an adverb of a position held over time, in a perfect or a simple present ("the
    senator has long opposed the death penalty", "the party always backs the treaty"; cues `standing_adverbs`): a
    stance, not one act."""
    head = cand.head
    # (not an accusation: "has long accused the union of inciting violence" is a charge made again and again)
    if cand.kind != "verb" or cand.etype == "ACCUSE" or not any(
            c.dep_ == "advmod" and c.lower_ in cues.standing_adverbs for c in head.children):
        return False
    perfect = head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children)
    return perfect or _simple_present(head)


def _running_total(cand: Candidate, published_year: int | None, cues: NonEventCues, lexicon: Lexicon) -> bool:
    """Whether a present perfect sums up what has gone on for a long time, not an act the article reports: dated
    from an earlier year ("the conflict has killed 10,000 people since 2014", "security forces have detained
    thousands since the uprising began in 2011"), lasting for years ("the town has been besieged for decades",
    cues `long_spans`) or counted so far in a period ("has killed 300 people this year", `tally_periods`). (A
    perfect with "long" or "in recent years" stays an act, which the coder ranks as background; so does a tally of
    acts on another named party's people, "has expelled dozens of Russian diplomats since 2022".)"""
    counted = cand.kind == "noun" and cand.head.dep_ == "dobj" and cand.head.tag_ == "NNS"
    # and an event noun that has gone on so: "negotiations over the border have dragged on for a decade"
    lasting = cand.kind == "noun" and cand.head.dep_ == "nsubj"
    if cand.kind not in ("verb", "light") and not counted and not lasting:
        return False
    # acts counted over the span are its background too: "the country has seen four coups since 1961"
    verb = cand.head.head if counted or lasting else cand.head if cand.kind == "verb" else _clause_verb(cand)
    if verb is None or verb.tag_ != "VBN" or not any(
            c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in verb.children):
        return False
    if cand.kind == "verb" and _done_to_another_party(verb):
        # "Poland has expelled dozens of Russian diplomats since 2022": a tally of acts between two named parties
        # still tells how one treats the other, which is what is reported (unlike "has detained thousands")
        return False
    since = any(c.lower_ == "since" for c in verb.children)
    if since and _counted_acts(verb, lexicon):
        # many acts counted from a point on ("has since lodged hundreds of protests", "have carried out dozens of
        # attacks since January"): a tally of what went on, not one act the article reports
        return True
    for c in verb.children:
        if c.lower_ == "since" and published_year is not None and any(
                _earlier_time(t, published_year) for t in c.subtree):
            return True  # (a preposition or, opening a clause, a marker under an adverbial clause)
        if since and c.dep_ == "prep" and c.lower_ == "in" and published_year is not None and any(
                _earlier_time(t, published_year) for t in c.subtree):
            return True  # the span's start year hung on the verb: "since independence in 1974"
        if c.dep_ == "advcl" and any(m.lower_ == "since" for m in c.children) and published_year is not None \
                and any(_earlier_time(t, published_year) for t in c.subtree):
            return True
        if c.dep_ == "advcl" and c.lemma_.lower() in cues.onset_verbs and any(
                m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
            return True  # from the onset of the span: "has killed thousands since it erupted"
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                p.dep_ == "pobj" and p.lower_ in cues.long_spans and not any(n.dep_ == "nummod" for n in p.children)
                for p in c.children):
            return True  # "for decades"; not a counted term: "has jailed him for two years"
        if c.dep_ == "npadvmod" and c.lower_ in cues.tally_periods and any(
                d.dep_ == "det" and d.lower_ == "this" for d in c.children):
            return True  # a tally so far: "the violence has killed 300 people this year"
    return False


def _done_to_another_party(verb: Token) -> bool:
    """Whether a verb's object (or the noun of its "of" phrase: "dozens of Russian diplomats") is marked as
    belonging to a named state or people ("Russian", "Iran's"), not the subject's own."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]
    subject_words = {t.lower_ for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    return any(m.dep_ in ("amod", "compound", "poss") and m.ent_type_ in ("NORP", "GPE")
               and m.lower_ not in subject_words for o in objs for m in o.children)


def _counted_acts(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb's object counts many acts ("hundreds of protests", "more than 200 protests", "40 raids"): an
    event noun of the lexicon; a count of people or things ("killed 25 villagers since Monday") is a toll."""
    def act(noun: Token) -> bool:
        return any(e.type for e in lexicon.noun_entries(noun.lemma_.lower()))

    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if obj.lower_ in lexicon.count_words:
            return any(act(g) for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj")
        # a figure of ten or more (a handful, "held two rounds of talks since May", may be told one by one)
        if obj.tag_ == "NNS" and act(obj) and any(n.dep_ == "nummod" and n.text.replace(",", "").isdigit()
                                                  and int(n.text.replace(",", "")) >= 10 for n in obj.children):
            return True
    return False


def _simple_present(verb: Token) -> bool:
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)


def _recurring_occasion(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether an event noun names an occasion that recurs, told in the simple present ("the annual march draws
    tens of thousands", "the weekly protests attract students"), or a simple present says an act recurs ("receives
    aid each year"): what tends to happen, not one event (cues `recurrence_modifiers`, `recurrence_determiners`;
    "the annual march took place on Sunday" is one)."""
    def recurring(noun: Token) -> bool:
        return any(c.dep_ in ("amod", "compound") and c.lower_ in cues.recurrence_modifiers for c in noun.children)

    head = cand.head
    verb = _clause_verb(cand)
    if verb is not None and _simple_present(verb) and any(
            c.dep_ == "npadvmod" and any(d.dep_ == "det" and d.lower_ in cues.recurrence_determiners
                                         for d in c.children) for c in verb.children):
        return True  # "the country receives 1 billion dollars in aid each year", "police arrest dozens every week"
    if cand.kind == "verb":  # what the occasion does: "the yearly pilgrimage attracts thousands"
        return _simple_present(head) and any(c.dep_ == "nsubj" and recurring(c) for c in head.children)
    return cand.kind == "noun" and head.dep_ in ("nsubj", "dobj") and recurring(head) \
        and head.head.pos_ in ("VERB", "AUX") and _simple_present(head.head)


def _under_habitual_verb(cand: Candidate, lexicon: Lexicon) -> bool:
    """Whether an act hangs, as a participle, an infinitive or a word of a noun phrase, on a simple-present verb
    with a habitual adverb ("guards usually fire warning shots", "police often try to arrest"; cues.yaml
    `habitual_adverbs`): what tends to happen, as the coder reads the habitual verb itself."""
    for tok in [cand.head, *cand.head.ancestors]:
        if tok.dep_ in ("xcomp", "compound", "amod") or tok.pos_ not in ("VERB", "AUX"):
            if tok.dep_ in ("relcl", "advcl", "ccomp", "acl"):
                return False  # (a clause of its own tells its own time)
            continue
        return _simple_present(tok) and any(c.dep_ == "advmod" and c.lower_ in lexicon.habitual_adverbs
                                            for c in tok.children)
    return False


def _described_in_present(cand: Candidate) -> bool:
    """Whether an act is what a relative clause in the simple present says a party does ("armed groups that fight
    over mining rights", "the state, which occupies the strip, ..."): a description of who they are, not an act
    done."""
    return cand.kind == "verb" and cand.head.dep_ == "relcl" and _simple_present(cand.head)


def _ruined_in_a_war(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether a destruction is told as what a whole war did to a place ("much of the old town was destroyed in the
    war", nonevents.yaml `war_period_nouns`): a passive with no doer and no date, the history of the place, not an
    attack this report tells."""
    verb = cand.head
    if (cand.etype, cand.mode, cand.kind) != ("ASSAULT", "destroy", "verb") or verb.tag_ != "VBN" \
            or not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children) \
            or any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("in", "during") and any(
        g.dep_ == "pobj" and _words(g) & cues.war_period_nouns and any(d.lower_ == "the" for d in g.children)
        for g in p.children) for p in verb.children)


def _past_relative_in_description(cand: Candidate, lexicon: Lexicon) -> bool:
    """Whether an act is told in a past relative clause of a sentence whose main verb is a simple present other than
    one of saying ("the truce that ended the war still holds", "the general, who led the revolt, heads the
    committee"), or a present perfect counting many acts: who or what something is, by its history, in a sentence
    that describes."""
    verb = _clause_verb(cand)
    if verb is None or verb.dep_ != "relcl":
        return False
    # a present perfect that counts many acts, whenever, is such a history too ("the group, which has carried out
    # dozens of attacks in recent years, is based in the hills"); a single act in it may be the news ("which has
    # seized the town")
    tally = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
                                       for c in verb.children) and _counted_acts(verb, lexicon)
    # (not one dated: "the army, which seized the town on Monday, now controls the valley" tells that news)
    if not tally and (verb.tag_ != "VBD" or any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)):
        return False
    root = verb.sent.root
    # (a present passive describes as well: "is based in the hills", "is listed as a terrorist group")
    present_passive = tally and root.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in root.children) and not any(
        c.dep_ == "aux" for c in root.children)
    return root.pos_ in ("VERB", "AUX") and (_simple_present(root) or present_passive) \
        and root.lemma_.lower() not in lexicon.speech_verbs


def _since_clause(cand: Candidate) -> bool:
    """Whether an act is the starting point of a span ("the first election since the army seized power", "since
    rebels took the town, ..."): a past clause of "since" recalls what happened before, as background."""
    head = cand.head
    return cand.kind == "verb" and head.dep_ == "advcl" and head.tag_ == "VBD" and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in head.children)


# the prepositions that start a ban or a deployment as news ("are deployed after the attack"), which a standing state
# has none of; a date in any other phrase than these spans does it too ("is banned from Monday", "in March")
_ONSET_PREPS = frozenset({"after", "following", "until"})
_SPAN_PREPS = frozenset({"since", "for", "during"})


def _standing_state(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether a passive of a verb of standing state tells how things are, not an act: a simple present ("fishing
    is banned in the bay", "3,000 troops are stationed at the base", "the island is claimed by both countries") or a
    present perfect over a span ("the region has been disputed since the empire fell"), with no onset given (cues
    `standing_state_verbs`; a headline's present tells news and is not read so)."""
    head = cand.head
    if cand.kind != "verb" or head.tag_ != "VBN" or head.lemma_.lower() not in cues.standing_state_verbs:
        return False
    # (a second participle shares the first one's auxiliaries: "is trained and funded by")
    shared = head.head if head.dep_ == "conj" and head.head.tag_ == "VBN" else head
    auxpass = [c for c in shared.children if c.dep_ == "auxpass"]
    aux = [c for c in shared.children if c.dep_ == "aux"]
    if len(auxpass) != 1 or any(c.dep_ == "neg" for c in [*head.children, *shared.children]):
        return False
    dated = ("DATE", "TIME")
    if any(c.dep_ == "prep" and (c.lower_ in _ONSET_PREPS or c.lower_ not in _SPAN_PREPS and any(
            t.ent_type_ in dated for t in c.subtree)) or c.dep_ == "npadvmod" and c.ent_type_ in dated
           or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _ONSET_PREPS for m in c.children)
           for c in head.children):
        return False  # (also "the road is closed after a bomb was found")
    if not aux:  # "is banned", "are stationed" (not "are being deployed": the parser gives "being" as auxpass)
        return auxpass[0].lower_ in ("is", "are")
    spans = any(c.dep_ == "prep" and c.lower_ in ("since", "for") or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "since" for m in c.children) for c in head.children)
    return len(aux) == 1 and aux[0].lemma_ == "have" and aux[0].tag_ in ("VBP", "VBZ") and spans


def _occupancy(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether a verb of holding tells what a place holds, not a detention: its subject is a place of holding
    ("the prisons held 31,000 people", "the camp houses 40,000 refugees", "a school sheltering families"; cues
    `capacity_verbs`, `capacity_places`)."""
    head = cand.head
    if cand.kind != "verb" or head.lemma_.lower() not in cues.capacity_verbs:
        return False
    # (or the place the participle describes: "an airstrike on a school sheltering displaced families")
    holders = [c for c in head.children if c.dep_ == "nsubj"] + ([head.head] if head.dep_ == "acl" else [])
    return any(c.lemma_.lower() in cues.capacity_places or c.lower_ in cues.capacity_places for c in holders)


def _noun_read_as_headline_verb(cand: Candidate, found: list[Candidate]) -> bool:
    """Whether a headline's act noun closing the phrase of a reduced passive was read as the line's verb ("Two
    guards killed in Tessa ambush", parsed with "ambush" as a base-form verb whose subject is "guards"): the noun
    names the act the participle reports, and the victims are not its doers. The participle, an event of its own
    in the same line, keeps the act."""
    verb = cand.head
    if cand.kind != "verb" or verb.tag_ != "VB" or any(c.dep_ in ("dobj", "aux", "neg") for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    if before.dep_ != "pobj" or before.pos_ not in ("PROPN", "NOUN"):
        return False
    return any(c.dep_ == "nsubj" and any(
        p.dep_ == "acl" and p.tag_ == "VBN" and p.right_edge.i == verb.i - 1
        and any(o.head == p and o is not cand for o in found) for p in c.children) for c in verb.children)


def _disaster_story(coded: list[tuple[SpacySpan, bool, list[Candidate]]], lexicon: Lexicon,
                    cues: NonEventCues) -> bool:
    """Whether an article tells a disaster or an accident: it names a natural cause (a fire, a flood, a storm) and
    no armed people, weapon or blast anywhere."""
    # (a blast too: the coder tells a bomb from a gas explosion itself)
    armed = cues.armed_words | lexicon.groups.get("weapons", frozenset()) | lexicon.explosion_words
    natural = False
    for sent, _, _ in coded:
        for tok in sent:
            lower, lemma = tok.lower_, tok.lemma_.lower()
            if lower in armed or lemma in armed:
                return False
            # a cause named as a noun (not a word inside a name, "the Storm Corps", nor a verb: "a strike on the dam
            # could flood the valley")
            natural = natural or (tok.pos_ == "NOUN" and (lower in lexicon.natural_causes
                                                          or lemma in lexicon.natural_causes))
    return natural


def _toll_with_no_doer(cand: Candidate, lexicon: Lexicon) -> bool:
    """Whether an assault is only a casualty count with no one named who caused it ("Two firefighters were
    injured.", "At least nine people died."): a casualty verb with no actor and no "by" agent."""
    head = cand.head
    return cand.etype == "ASSAULT" and cand.kind == "verb" and not cand.actors \
        and head.lemma_.lower() in lexicon.casualty_verbs and not any(c.dep_ == "agent" for c in head.children)


def _criticised(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether "came under fire/attack" is criticism: its subject is a thing of debate ("the premier's travels came
    under fire") or a reason is given ("the minister came under fire for his remarks", "over the delay"), not a
    span of time ("for two hours") or where the fire came from ("from militants")."""
    verb = cand.head
    if cand.etype != "ASSAULT" or cand.kind == "derived" or verb.lemma_.lower() not in cues.under_fire_verbs \
            or not any(c.dep_ == "prep" and c.lower_ in cues.under_fire_preps for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    if subjects and all(_words(s) & cues.figurative_parties for s in subjects):
        return True
    return any(c.dep_ == "prep" and c.lower_ in cues.reason_preps and any(
        g.dep_ == "pobj" and not any(t.ent_type_ in ("DATE", "TIME") or t.like_num for t in g.subtree)
        for g in c.children) for c in verb.children)


def _depicted(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether an act is only shown or rehearsed: its trigger or a verb above it is one of depiction ("the film
    depicts the bombing", "the drill simulated an attack"), or a verb above it has a work or a drill as its subject
    ("the game lets players invade their neighbours", "the series shows how troops stormed the town")."""
    if cand.kind == "derived":
        return False
    tok = cand.head
    if cand.kind in ("noun", "light") and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "about") \
            and _words(tok.head.head) & cues.work_nouns:
        return True  # the subject of a work: "his book on the siege of the city", "a film about the massacre"
    if cand.etype == "SUPPORT" and any(c.dep_ == "nsubj" and _words(c) & cues.work_nouns for c in tok.children):
        return True  # "the monument honours the fallen", "the film celebrates the rebels": praise by no one
    while True:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in cues.depiction_verbs:
            return True
        if tok is not cand.head and any(c.dep_ == "nsubj" and _words(c) & cues.work_nouns for c in tok.children):
            return True
        # up through what the verb above tells or shows only, not a clause of time, cause or a coordinated one
        # ("the exercise went well, after rebels attacked a base" reports the attack)
        if tok.dep_ not in _CONTENT_DEPS or tok.head is tok:
            return False
        tok = tok.head


def _reception(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether a "meeting" is how something was received ("any attack will be met with force", "the plan was met
    with anger"): a passive of a response verb with its "with" phrase."""
    verb = cand.head
    return cand.etype == "CONSULT" and cand.kind == "verb" and verb.lemma_.lower() in cues.response_verbs \
        and any(c.dep_ == "auxpass" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ in cues.response_preps for c in verb.children)


def _source_described(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether the verb is a past participle saying how a speaker knows what they say ("a source briefed on the
    talks told Reuters", "officials involved in the negotiations said"): it describes the speaker, no event."""
    verb = cand.head
    if cand.kind != "verb" or verb.dep_ != "acl" or verb.tag_ != "VBN" \
            or verb.lemma_.lower() not in cues.source_participles:
        return False
    speaker = verb.head
    while speaker.dep_ == "conj" and speaker.head.i != speaker.i:
        speaker = speaker.head
    return speaker.dep_ == "nsubj" and speaker.head.lemma_.lower() in cues.source_speech_verbs


def _rumoured(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether the act is what a rumour says: a "that" clause on a rumour noun, or on a verb whose subject is one
    ("rumours spread that the president had been assassinated", "there is speculation that the general was
    arrested")."""
    verb = cand.clause or cand.head
    # (the parser may hang the "that" as an object: "whispers circulated that the general had been detained")
    if cand.kind == "derived" or verb.dep_ not in ("ccomp", "acl") \
            or not any(c.dep_ in ("mark", "dobj") and c.lower_ == "that" and c.i < verb.i for c in verb.children):
        return False
    holder = verb.head
    if _words(holder) & cues.rumour_nouns:
        return True
    return any(c.dep_ in ("nsubj", "attr") and _words(c) & cues.rumour_nouns for c in holder.children)


def _bare_retaliation(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether an assault is read only from a retaliation verb ("vowed to retaliate", "Russia retaliated"): paying
    back in kind need not be violent (an expulsion answers an expulsion), so without force named nearby it is none."""
    return cand.etype == "ASSAULT" and cand.kind != "derived" and cand.head.lemma_.lower() in cues.retaliation_verbs


def _retaliation_threat(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether a threat of violence is read from a word of paying back ("vowed to retaliate", "vowed revenge"): one
    that may be paid back in kind (an expulsion for an expulsion), so it threatens violence only with force named."""
    return cand.etype == "THREATEN" and cand.mode == "violence" and any(
        t.lemma_.lower() in cues.retaliation_words or t.lower_ in cues.retaliation_words
        for t in (*cand.trigger, *cand.extra))


def _civil_deployment(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether a mobilisation deploys no force but civilian crews, machines or means ("salt trucks have been
    deployed", "the company deployed 40 engineers", "the deployment of snowplows")."""
    if cand.etype != "MOBILIZE" or cand.kind == "derived":
        return False
    head = cand.head
    themes = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")] + [
        g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    themes = [t for t in _with_conjuncts(themes) if t.pos_ != "PRON"]
    return bool(themes) and all(_words(t) & cues.civil_deployables for t in themes)


def _forestalled(cand: Candidate, lexicon: Lexicon) -> bool:
    """Whether the act is told as one that had not come before something ended it: a "before" clause whose event
    noun subject is opened by "any" ("the talks collapsed before any agreement was signed", "troops withdrew
    before any shots were fired"), so no such act took place."""
    verb = cand.clause or cand.head
    if cand.kind == "derived" or verb.dep_ != "advcl" \
            or not any(c.dep_ == "mark" and c.lower_ in lexicon.forestalling_conjunctions for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(
        d.dep_ == "det" and d.lower_ in lexicon.nonspecific_determiners for d in c.children) for c in verb.children)


def _infinitive_read_as_object(cand: Candidate, lexicon: Lexicon) -> str | None:
    """The status a directive or plan verb gives the infinitive it governs when the parser read that infinitive
    as the object of a preposition "to" ("urged supporters to march on parliament": "march" hangs on "to"), as
    the lexicon's embed table gives it for a well-parsed infinitive; None when that is not the case."""
    verb = cand.head
    to = verb.head
    if cand.kind == "derived" or verb.tag_ != "VB" or verb.dep_ != "pobj" or to.lower_ != "to" \
            or to.i != verb.i - 1:
        return None
    governor = to.head
    entry = lexicon.embed.get(governor.lemma_.lower())
    if entry is None or governor.pos_ not in ("VERB", "AUX"):
        return None
    return entry[0]


def _claim_denied(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether a REJECT is the denial of a claim told as a clause: a denial verb with a "that" clause ("denied that
    its jets had bombed the town") or a gerund ("denied meeting the envoy"). (A noun object keeps the REJECT: "denied
    the request", "denied them entry" refuse something asked for, and the lexicon codes "denied any involvement" and
    "denied a report" as rejections too.)"""
    verb = cand.head
    if cand.etype != "REJECT" or cand.kind != "verb" or verb.lemma_.lower() not in cues.claim_denial_verbs:
        return False
    # ("accused the rebels of smuggling, a charge the group denies": the parser hangs the main clause on the denial
    # of the charge, which still denies a noun)
    misread = main_clause_read_as_complement(verb)
    return any((c.dep_ in ("ccomp", "xcomp") and c != misread) or (c.dep_ == "dobj" and c.tag_ == "VBG")
               for c in verb.children)


def _manner_of_other_act(cand: Candidate, found: list[Candidate], lexicon: Lexicon) -> bool:
    """Whether an event noun of a bare "in" idiom (lexicon manner_event_nouns: "in protest") says why the act of
    its clause was done, when that act is an event of another type ("recalled its ambassador in protest"): the
    recall is the news; the idiom makes no demonstration. ("shut their shops in protest" keeps its protest: the
    shutting is no event of its own.)"""
    noun = cand.head
    if cand.kind != "noun" or noun.dep_ != "pobj" or noun.head.lower_ != "in" \
            or noun.lemma_.lower() not in lexicon.manner_event_nouns:
        return False
    verb = noun.head.head
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head  # the parser may hang the idiom on the act's object ("recalled its ambassador in protest")
    return any(other is not cand and other.etype != cand.etype
               and (other.head.i == verb.i or any(t.i == verb.i for t in other.trigger)) for other in found)


def _accusation_refused(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether an ACCUSE noun is the object of a verb refusing it ("denied the accusation", "rejected the
    allegations"): a claim made before, pointed back at (cues accusation_refusal_verbs)."""
    noun = cand.head
    return cand.etype == "ACCUSE" and cand.kind == "noun" and noun.dep_ in ("dobj", "nsubjpass") \
        and noun.head.lemma_.lower() in cues.accusation_refusal_verbs


def _count_declined(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether a REJECT is a count going down ("burglaries declined in most regions"): a decrease verb with no
    object, no clause or infinitive of what is refused, and no actor as its subject."""
    verb = cand.head
    if cand.etype != "REJECT" or cand.kind != "verb" or verb.lemma_.lower() not in cues.decrease_verbs:
        return False
    return not cand.actors and not any(c.dep_ in ("dobj", "nsubjpass", "xcomp", "ccomp", "dative")
                                       for c in verb.children)


def _left_in_a_state(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether a RETREAT "leave" tells a result ("the invasion left the oil fields burning", "the storm left
    thousands homeless"): a predicate on its object, as a complement of the verb or a bare participle right after
    the object ("left the base housing 2,000 troops" names the base left, the participle having an object)."""
    verb = cand.head
    if cand.etype != "RETREAT" or cand.kind != "verb" or verb.lemma_.lower() not in cues.resultative_verbs:
        return False
    if any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") for c in verb.children):
        return True
    return any(c.dep_ == "dobj" and any(
        a.dep_ == "acl" and a.i == c.i + 1 and a.tag_ in ("VBG", "VBN", "JJ")
        and not any(g.dep_ in ("dobj", "nsubj", "agent") for g in a.children) for a in c.children)
        for c in verb.children)


def _accord_in_a_state(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether an accord noun is the subject of a verb that tells its state ("the truce remained fragile", "the
    ceasefire appears to be holding"): the accord is already in force, nothing is agreed in the sentence."""
    noun = cand.head
    if cand.kind != "noun" or noun.dep_ != "nsubj":
        return False
    if _hyphenated_lower(noun) not in cues.accord_nouns and noun.lemma_.lower() not in cues.accord_nouns \
            and noun.lower_ not in cues.accord_nouns:
        return False
    return noun.head.lemma_.lower() in cues.accord_state_verbs


def _hyphenated_lower(tok: Token) -> str:
    """The lower-case word a token is the last part of when split at hyphens ("cease - fire" -> "cease-fire")."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lower_


def _commemorated(cand: Candidate, cues: NonEventCues, lexicon: Lexicon) -> bool:
    """Whether an event is history an anniversary a day marks or a commemoration recalls ("Saturday marks the tenth
    anniversary of the bombing", "to commemorate the landings"), or a gathering held as a ceremony ("veterans
    gathered to commemorate the landings"; protesters who gather to mark a date still protest)."""
    if cand.kind == "derived":
        return False
    head = cand.head
    if cand.kind == "noun":
        above = head.head
        if head.dep_ == "pobj" and above.lower_ == "of" and _words(above.head) & cues.anniversary_nouns \
                and _dated_anniversary(above.head):
            return True
        if head.dep_ == "dobj" and above.pos_ == "VERB" and above.lemma_.lower() in cues.commemoration_verbs:
            return True
        return False
    if cand.etype != "PROTEST" or head.lemma_.lower() not in cues.assembly_verbs:
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if any(_words(s) & lexicon.protest_participants for s in subjects):
        return False
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in cues.ceremony_purposes
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in head.children)


def _dated_anniversary(noun: Token) -> bool:
    """Whether an anniversary noun is what a day is ("Saturday marks the tenth anniversary of the bombing", "today
    is the anniversary of the coup"): the object or attribute of a verb whose subject is a date, a sentence that
    tells the calendar. (Not the occasion of what people do: "veterans gathered to mark the anniversary of the
    surrender" still tells the surrender.)"""
    if noun.dep_ not in ("dobj", "attr"):
        return False
    verb = noun.head

    def day(tok: Token) -> bool:
        return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in ("today", "tomorrow")

    # (the parser may read a day before the verb as its modifier: "Saturday/npadvmod marks the anniversary")
    subjects = [c for c in verb.children if c.dep_ == "nsubj" or (c.dep_ == "npadvmod" and c.i < verb.i)]
    return bool(subjects) and all(day(c) for c in subjects)


def _empathy_shown(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether the act is sympathy shown ("expressed his condolences to the families", "offered his sympathy to
    the people of X", "sympathised with the victims"): an empathetic comment, which PLOVER codes as no event. The
    empathy word is the trigger or the verb's direct object; "sent aid and condolences" keeps its aid."""
    if cand.kind == "derived":
        return False
    words = [cand.head, *cand.trigger, *cand.extra]
    if cand.kind == "verb":
        words += [c for c in cand.head.children if c.dep_ == "dobj"]
    return any(_words(t) & cues.empathy_words for t in words)


def _worry_voiced(cand: Candidate, found: list[Candidate], cues: NonEventCues, lexicon: Lexicon) -> bool:
    """Whether a disapproval is only worry or regret about how things stand, aimed at no party ("expressed concern
    over the rising violence", "regretted the incident"): a comment, not an accusation. The worry word is the trigger
    or the verb's direct object; with a recipient ("concern over Iran's programme") or about an act ("voiced concern
    over the arrests", "regret at the violence": someone did it; a word of the lexicon or a coded event) it stays."""
    if cand.etype != "ACCUSE" or cand.kind == "derived" or cand.recipients:
        return False
    words = [cand.head, *cand.trigger, *cand.extra]
    if cand.kind == "verb":
        words += [c for c in cand.head.children if c.dep_ == "dobj"]
    if not any(_words(t) & cues.worry_words for t in words):
        return False
    topic = {t.i for w in words for t in w.subtree} - {t.i for t in (cand.head, *cand.trigger, *cand.extra)}
    doc = cand.head.doc
    if any(doc[i].lemma_.lower() in lexicon.nouns or doc[i].lemma_.lower() in lexicon.verbs for i in topic):
        return False
    return not any(other is not cand and other.head.i in topic for other in found)


def _view_shared(cand: Candidate, cues: NonEventCues, lexicon: Lexicon) -> bool:
    """Whether an agreement is one of opinion: "agree" with only a that-clause telling what is so ("the leaders
    agreed that the situation was serious", "agreed that ties are good"), no modal, infinitive or subjunctive in
    it ("agreed that talks would resume", "agreed that the envoy return" are deals on what shall be done)."""
    verb = cand.head
    if cand.etype != "AGREE" or cand.kind != "verb" or verb.lemma_.lower() not in cues.view_accord_verbs:
        return False
    if any(c.dep_ in ("xcomp", "dobj", "prep") for c in verb.children):
        return False  # "agreed to talks", "agreed a deal", "agreed on a truce"
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    for clause in clauses:
        # (a bare "be" before the participle is subjunctive as well: "agreed that the vote be postponed")
        if clause.tag_ == "VB" or any(c.dep_ in ("aux", "auxpass") and (
                c.lower_ in lexicon.modals or c.lemma_.lower() in lexicon.modals or c.tag_ in ("TO", "VB"))
                for c in clause.children):
            return False
    return True


def _comment_declined(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether a REJECT is a refusal to say something ("declined to comment on the report", "refused to confirm the
    toll"): a refusal verb whose infinitive is a verb of saying."""
    verb = cand.head
    if cand.etype != "REJECT" or cand.kind != "verb" or verb.lemma_.lower() not in cues.refusal_verbs:
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in cues.statement_verbs for c in verb.children)


def _done_by_anyone(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether a verb tells what anyone at all would do: a relative clause on a generic pronoun ("anyone who attacks
    our soldiers will be punished") or on a noun with a generic determiner ("any group that seizes land")."""
    verb = cand.head
    if cand.kind != "verb" or verb.dep_ != "relcl":
        return False
    antecedent = verb.head
    return bool(_words(antecedent) & cues.generic_pronouns) or any(
        c.dep_ == "det" and c.lower_ in cues.generic_determiners for c in antecedent.children)


def _judged_in_the_abstract(cand: Candidate) -> bool:
    """Whether an infinitive is the subject a present or modal copula with "it" judges ("it is unacceptable to attack
    civilians", "it is time to impose sanctions", "it would be a mistake to send troops"): an act weighed, not
    one done. (Not in the past: "it was a mistake to invade" judges an invasion that took place.)"""
    verb = cand.head
    if cand.kind != "verb" or verb.dep_ not in ("xcomp", "relcl", "acl") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    copula = verb.head
    if copula.lemma_.lower() != "be" and copula.dep_ in ("attr", "acomp"):
        copula = copula.head
    if copula.lemma_.lower() != "be" or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it"
                                                for c in copula.children):
        return False
    return copula.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in copula.children)


def _claim_found_false(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether the act is what a claim said that proved false ("reports that the minister had been arrested proved
    false", "rumours that troops had crossed turned out to be untrue"): the "that" clause of a noun whose verb
    calls it one of the falsity words."""
    verb = cand.clause or cand.head
    if cand.kind == "derived" or verb.dep_ not in ("acl", "ccomp") or verb.head.pos_ != "NOUN" \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    claim = verb.head
    # its verb; or, when the parser made the claim the root, a verb conjoined to it ("Reports ... proved/conj false")
    judges = [claim.head] if claim.dep_ in ("nsubj", "nsubjpass") else [
        c for c in claim.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return any(t.lower_ in cues.falsity_words for judge in judges if judge.lemma_.lower() in cues.falsity_verbs
               for c in judge.children if c.dep_ in ("acomp", "oprd", "xcomp", "attr") for t in c.subtree)


def _market_move(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether a retreat, rally, advance or surrender is a market's move ("the dollar retreated against the yen",
    "oil prices surrendered early gains", "stocks rallied", "the index advanced 2 percent"): every subject of the
    verb is an abstraction of markets (figurative_parties)."""
    if cand.etype not in cues.market_borrowed_types or cand.kind != "verb":
        return False
    subjects = [t for t in _with_conjuncts(_subjects_or_shared(cand.head)) if t.pos_ != "PRON"]
    people = cues.market_people if cand.etype == "PROTEST" else frozenset()
    return bool(subjects) and all(_words(t) & cues.figurative_parties and not _words(t) & people for t in subjects)


def _craft_departing(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether a retreat is a boat, plane or train setting out ("the ferry had left the port of Sfax"): every
    subject of the verb is a craft (cues `craft_nouns`), not a party pulling back."""
    if cand.etype != "RETREAT" or cand.kind != "verb":
        return False
    subjects = list(_with_conjuncts(c for c in cand.head.children if c.dep_ == "nsubj"))
    return bool(subjects) and all(t.lower_ in cues.craft_nouns for t in subjects)


def _trend_spoken_of(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether an event noun under a preposition names a trend ("warned of growing violence at the borders",
    cues `trend_modifiers`): a tendency spoken of, not an act that happened."""
    head = cand.head
    return cand.kind == "noun" and head.dep_ == "pobj" and any(
        c.dep_ == "amod" and c.lower_ in cues.trend_modifiers for c in head.children)


def _step_taken(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether a seizure verb takes a step, not hold of anything ("had taken 'necessary control measures'"): its
    object is one of cues `step_nouns`, whatever noun modifies it."""
    if cand.etype != "COERCE" or cand.kind != "verb":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in cues.step_nouns for c in cand.head.children)


def _count_changed(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether an event noun is a count that went up or down ("attacks on convoys rose 12 percent last year", "the
    number of kidnappings doubled"): its verb, or that of the count it is "of", is one of `count_change_verbs`."""
    head = cand.head
    if cand.kind not in ("noun", "light"):
        return False
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in cues.count_nouns:
        head = head.head.head  # ("the number of kidnappings doubled": the count is the number)
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in cues.count_change_verbs


def _spoken_of(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether an event noun is the subject of a description rather than news: a simple-present copula with a
    predicate ("the invasion remains a painful memory", "violence against reporters is a growing problem"; not a
    ranking, "the attack is the deadliest since 2019") or a simple-present passive of judgement ("the deal is widely
    seen as a victory"), or what such a passive judges something to be ("is seen as a warning")."""
    head = cand.head
    if cand.kind in ("noun", "light") and head.dep_ == "pobj" and head.head.lower_ == "as":
        head = head.head  # what it is judged to be: "the arrest is seen as a warning to critics"
        verb = head.head
        return verb.lemma_.lower() in cues.judgement_verbs and verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in verb.children)
    # (a gerund too: "kidnapping for ransom is a thriving business")
    named = cand.kind in ("noun", "light") or (cand.kind == "verb" and head.tag_ == "VBG")
    if not named or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    if verb.lemma_.lower() in cues.judgement_verbs and verb.tag_ == "VBN":
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        return len(aux) == 1 and aux[0].lower_ in ("is", "are")
    if verb.lemma_.lower() not in cues.description_copulas or not _simple_present(verb):
        return False
    predicates = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    if any(c.dep_ == "xcomp" for p in (verb, *predicates) for c in p.children):
        return False  # what is due or likely to happen: "the talks are due to begin", "is likely to be signed"
    return bool(predicates) and not any(t.tag_ == "JJS" or t.ent_type_ == "ORDINAL" or t.lower_ in ("first", "last")
                                        for p in predicates for t in p.subtree)


# the links by which an act is what a trait or remit is about ("known for his attacks on the cabinet", "responsible
# for negotiating deals")
_TRAIT_DEPS = frozenset({"pobj", "pcomp", "prep", "dobj", "compound", "amod"})


def _trait(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether an act is what someone is known for or has the remit of, in the simple present ("the senator is known
    for her fierce attacks on the cabinet", "the ministry is responsible for negotiating trade deals"): a trait or a
    duty, not an act done (cues `trait_adjectives`; `remit_adjectives` over a gerund only)."""
    if cand.kind == "derived":
        return False
    tok = cand.head
    gerund = False  # (a remit is to do: "responsible for negotiating trade deals", and the deals are what it does)
    while tok.dep_ in _TRAIT_DEPS and tok.head is not tok:
        gerund = gerund or tok.tag_ == "VBG"
        tok = tok.head
        word = tok.lower_
        if word in cues.trait_adjectives or (gerund and word in cues.remit_adjectives):
            if tok.dep_ == "acomp":
                return _simple_present(tok.head)
            aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            return tok.tag_ == "VBN" and len(aux) == 1 and aux[0].lower_ in ("is", "are")
    return False


def _in_force(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether an event noun is a measure said to be in force ("the arms embargo has been in place since 2011", "the
    curfew remains in effect"): a standing state, with no onset given ("in force after the riots" is news)."""
    head = cand.head
    if cand.kind not in ("noun", "light") or head.dep_ != "nsubj":
        return False
    verb = head.head
    if verb.lemma_.lower() not in ("be", "remain", "stay") or any(
            c.dep_ == "prep" and c.lower_ in _ONSET_PREPS for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in cues.in_force_nouns for p in c.children) for c in verb.children)


def _bare_plural(noun: Token) -> bool:
    """Whether a noun is a plural with no determiner, number or possessor: a kind of thing ("attacks", "complaints")."""
    return noun.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod", "quantmod", "predet") for c in noun.children)


def _generic_act(cand: Candidate, headline: bool) -> bool:
    """Whether an act is what a party does as a rule, in the simple present of a body sentence, to a kind of thing
    ("the commission investigates complaints against the police", "the agency tracks attacks on health workers"):
    its function or habit, not one act. (Not a view voiced in the present: "we condemn attacks on civilians".)"""
    # (a line with no full stop may be a headline, whose present is news: "Ottawa sends firefighters to Peru"; and
    # only "-s": "beat", "set", "cut" are past tenses too)
    # (the last word, not the line break or spaces an article's paragraph ends with)
    last = next((t for t in reversed(cand.head.sent) if not t.is_space), None)
    if headline or cand.kind not in ("verb", "noun") or last is None or last.text != ".":
        return False
    head = cand.head
    if cand.kind == "noun":
        return head.dep_ == "dobj" and _bare_plural(head) and head.head.pos_ == "VERB" \
            and head.head.tag_ == "VBZ" and _simple_present(head.head)
    if head.tag_ != "VBZ" or not _simple_present(head) or (cand.etype in _OPINION_TYPES
                                                            and cand.mode != "investigate"):
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    # a kind of thing done to, or a kind of people given to ("provides shelter to homeless families"; not "for",
    # which also tells a purpose: "travels to Rome for talks")
    return bool(subjects) and all(s.pos_ != "PRON" for s in subjects) and any(
        c.dep_ == "dobj" and _bare_plural(c) or c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and _bare_plural(g) for g in c.children) for c in head.children)


def _generic_subject(cand: Candidate, lexicon: Lexicon, headline: bool) -> bool:
    """Whether an event noun is a kind of act that a simple present says something of as a rule ("sanctions never
    work against such regimes", "clashes between the clans tend to flare up after the harvest"): a bare plural
    subject with a habitual adverb, "never" or "tend", not one act."""
    head = cand.head
    if headline or cand.kind not in ("noun", "light") or head.dep_ != "nsubj" or not _bare_plural(head):
        return False
    verb = head.head
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.lemma_.lower() == "tend" or any(
        c.dep_ in ("advmod", "neg") and (c.lower_ in lexicon.habitual_adverbs or c.lower_ == "never")
        for c in verb.children)


def _founding_purpose(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether an act is the purpose a body was founded for ("the task force was created to fight piracy", "the
    mission was established in 2004 to protect civilians"): an infinitive on a verb of founding (cues
    `founding_verbs`), what the body is for."""
    head = cand.head
    if cand.kind != "verb" or head.dep_ not in ("advcl", "xcomp") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False
    founded = head.head
    return founded.lemma_.lower() in cues.founding_verbs and any(c.dep_ == "auxpass" for c in founded.children)


def _holding_in_present(cand: Candidate, cues: NonEventCues, headline: bool) -> bool:
    """Whether a seizure verb in a body sentence's simple present tells who holds what ("the militia occupies a
    strip of land along the river", "the rebels control the only road into the valley"): a standing state (cues
    `holding_verbs`; a headline's present is news)."""
    head = cand.head
    return not headline and cand.etype == "COERCE" and cand.kind == "verb" \
        and head.lemma_.lower() in cues.holding_verbs and _simple_present(head)


def _role_in_present(cand: Candidate, cues: NonEventCues, headline: bool) -> bool:
    """Whether a verb of a standing role is told in a body sentence's simple present, undated ("the general commands
    the northern army", "she chairs the committee"; cues `role_verbs`): a post held, not an act (a headline's
    present, and a dated one, "leads the march on Sunday", are news)."""
    head = cand.head
    return not headline and cand.kind == "verb" and head.lemma_.lower() in cues.role_verbs \
        and _simple_present(head) and not any(t.ent_type_ in ("DATE", "TIME") for t in head.subtree)


def _relied_on(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether an event noun is what a simple present says someone depends on ("the region's economy depends on aid
    from donors", "the army relies on arms imports"; cues `reliance_verbs`): a standing need, not an act."""
    head = cand.head
    if cand.kind not in ("noun", "light") or head.dep_ != "pobj" or head.head.lower_ not in ("on", "upon"):
        return False
    verb = head.head.head
    return verb.lemma_.lower() in cues.reliance_verbs and _simple_present(verb)


def _natural_doer(cand: Candidate, lexicon: Lexicon) -> bool:
    """Whether an assault is done by a natural cause ("wildfires ravaged the hills", "the floods destroyed the
    bridge"): a disaster, not an attack."""
    if cand.etype != "ASSAULT" or cand.kind != "verb":
        return False
    doers = [t for t in _with_conjuncts(cand.actors or [c for c in cand.head.children if c.dep_ == "nsubj"])
             if t.pos_ != "PRON"]
    return bool(doers) and all(_words(t) & lexicon.natural_causes for t in doers)


def _span_of(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether an event noun is what a long span was full of ("the region has seen decades of fighting", "years of
    clashes"): history summed up, not an act (cues `long_spans`)."""
    head = cand.head
    return cand.kind in ("noun", "light") and head.dep_ == "pobj" and head.head.lower_ == "of" \
        and head.head.head.lower_ in cues.long_spans


def _occasion_does(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether a simple-present act has an occasion, a place of memory or a standing text as its subject ("the
    festival celebrates the end of the siege", "the memorial honours the dead", "the treaty commits both sides to
    consult"): what the occasion is or the text provides, not an act (cues `occasion_nouns`, `provision_nouns`)."""
    head = cand.head
    if cand.kind in ("noun", "light") and head.dep_ == "nsubj" and head.lemma_.lower() in cues.provision_nouns:
        return head.head.pos_ == "VERB" and _simple_present(head.head)  # "the treaty requires both states to ..."
    return cand.kind == "verb" and _standing_subject(head, cues.occasion_nouns | cues.provision_nouns)


def _standing_subject(verb: Token, standing: frozenset[str]) -> bool:
    return _simple_present(verb) and any(
        c.dep_ == "nsubj" and (c.lower_ in standing or c.lemma_.lower() in standing) for c in verb.children)


def _bound_by_text(cand: Candidate, cues: NonEventCues) -> bool:
    """Whether an act is what a standing text binds its parties to do ("the pact commits members to defend each
    other", "the treaty requires signatories to restrict landmines"): an obligation, not a deed (hypothetical)."""
    head = cand.head
    return cand.kind == "verb" and head.dep_ == "xcomp" and head.tag_ == "VB" \
        and _standing_subject(head.head, cues.provision_nouns)
