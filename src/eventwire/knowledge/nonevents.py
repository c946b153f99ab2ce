"""Cues for sentences that report no event or an event that did not happen, from `data/plover/nonevents.yaml`
(sport, figures of speech, opinion polls, denials of claims, anniversaries, refusals to comment, statistics,
descriptions; used by `eventwire.stages.events.nonevents`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventwire.knowledge import load_yaml
from eventwire.knowledge import lower_set as _lower_set

DATA = Path(__file__).parent / "data" / "plover" / "nonevents.yaml"


@dataclass(frozen=True)
class NonEventCues:
    sport_words: frozenset[str]
    sport_article_words: int
    sport_sentence_words: int
    sport_borrowed_types: frozenset[str]
    market_borrowed_types: frozenset[str]
    market_people: frozenset[str]
    violence_words: frozenset[str]
    figurative_parties: frozenset[str]
    figurative_modifiers: frozenset[str]
    combat_nouns: frozenset[str]
    poll_nouns: frozenset[str]
    finding_verbs: frozenset[str]
    share_words: frozenset[str]
    poll_share_words: frozenset[str]
    opinion_verbs: frozenset[str]
    civil_deployables: frozenset[str]
    armed_words: frozenset[str]
    under_fire_verbs: frozenset[str]
    under_fire_preps: frozenset[str]
    reason_preps: frozenset[str]
    rumour_nouns: frozenset[str]
    response_verbs: frozenset[str]
    source_participles: frozenset[str]
    source_speech_verbs: frozenset[str]
    response_preps: frozenset[str]
    depiction_verbs: frozenset[str]
    work_nouns: frozenset[str]
    falsity_words: frozenset[str]
    falsity_verbs: frozenset[str]
    generic_determiners: frozenset[str]
    generic_pronouns: frozenset[str]
    stative_verbs: frozenset[str]
    characterising_verbs: frozenset[str]
    war_period_nouns: frozenset[str]
    contest_nouns: frozenset[str]
    statement_verbs: frozenset[str]
    refusal_verbs: frozenset[str]
    assembly_verbs: frozenset[str]
    ceremony_purposes: frozenset[str]
    sport_phrases: frozenset[str]
    claim_denial_verbs: frozenset[str]
    accusation_refusal_verbs: frozenset[str]
    decrease_verbs: frozenset[str]
    resultative_verbs: frozenset[str]
    accord_nouns: frozenset[str]
    accord_state_verbs: frozenset[str]
    anniversary_nouns: frozenset[str]
    commemoration_verbs: frozenset[str]
    retaliation_verbs: frozenset[str] = frozenset()
    violent_retaliation_cues: frozenset[str] = frozenset()
    retaliation_words: frozenset[str] = frozenset()
    long_spans: frozenset[str] = frozenset()
    tally_periods: frozenset[str] = frozenset()
    standing_state_verbs: frozenset[str] = frozenset()
    capacity_verbs: frozenset[str] = frozenset()
    capacity_places: frozenset[str] = frozenset()
    recurrence_modifiers: frozenset[str] = frozenset()
    recurrence_determiners: frozenset[str] = frozenset()
    scare_quoted_types: frozenset[str] = frozenset()
    scare_quoted_polities: frozenset[str] = frozenset()
    craft_nouns: frozenset[str] = frozenset()
    trend_modifiers: frozenset[str] = frozenset()
    step_nouns: frozenset[str] = frozenset()
    count_change_verbs: frozenset[str] = frozenset()
    count_nouns: frozenset[str] = frozenset()
    description_copulas: frozenset[str] = frozenset()
    judgement_verbs: frozenset[str] = frozenset()
    trait_adjectives: frozenset[str] = frozenset()
    remit_adjectives: frozenset[str] = frozenset()
    in_force_nouns: frozenset[str] = frozenset()
    occasion_nouns: frozenset[str] = frozenset()
    provision_nouns: frozenset[str] = frozenset()
    founding_verbs: frozenset[str] = frozenset()
    holding_verbs: frozenset[str] = frozenset()
    onset_verbs: frozenset[str] = frozenset()
    history_years: int = 10
    standing_adverbs: frozenset[str] = frozenset()
    role_verbs: frozenset[str] = frozenset()
    reliance_verbs: frozenset[str] = frozenset()
    empathy_words: frozenset[str] = frozenset()
    view_accord_verbs: frozenset[str] = frozenset()
    worry_words: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_nonevent_cues() -> NonEventCues:
    raw = load_yaml(DATA.read_text(encoding="utf-8")) or {}
    return NonEventCues(
        sport_words=_lower_set(raw.get("sport_words")),
        sport_article_words=int(raw.get("sport_article_words", 4)),
        sport_sentence_words=int(raw.get("sport_sentence_words", 2)),
        sport_borrowed_types=frozenset(str(t).upper() for t in raw.get("sport_borrowed_types") or ()),
        market_borrowed_types=frozenset(str(t).upper() for t in raw.get("market_borrowed_types") or ()),
        market_people=_lower_set(raw.get("market_people")),
        violence_words=_lower_set(raw.get("violence_words")),
        figurative_parties=_lower_set(raw.get("figurative_parties")),
        figurative_modifiers=_lower_set(raw.get("figurative_modifiers")),
        combat_nouns=_lower_set(raw.get("combat_nouns")),
        poll_nouns=_lower_set(raw.get("poll_nouns")),
        finding_verbs=_lower_set(raw.get("finding_verbs")),
        share_words=_lower_set(raw.get("share_words")),
        poll_share_words=_lower_set(raw.get("poll_share_words")),
        opinion_verbs=_lower_set(raw.get("opinion_verbs")),
        civil_deployables=_lower_set(raw.get("civil_deployables")),
        armed_words=_lower_set(raw.get("armed_words")),
        under_fire_verbs=_lower_set(raw.get("under_fire_verbs")),
        under_fire_preps=_lower_set(raw.get("under_fire_preps")),
        reason_preps=_lower_set(raw.get("reason_preps")),
        rumour_nouns=_lower_set(raw.get("rumour_nouns")),
        response_verbs=_lower_set(raw.get("response_verbs")),
        source_participles=_lower_set(raw.get("source_participles")),
        source_speech_verbs=_lower_set(raw.get("source_speech_verbs")),
        response_preps=_lower_set(raw.get("response_preps")),
        depiction_verbs=_lower_set(raw.get("depiction_verbs")),
        work_nouns=_lower_set(raw.get("work_nouns")),
        falsity_words=_lower_set(raw.get("falsity_words")),
        falsity_verbs=_lower_set(raw.get("falsity_verbs")),
        generic_determiners=_lower_set(raw.get("generic_determiners")),
        generic_pronouns=_lower_set(raw.get("generic_pronouns")),
        stative_verbs=_lower_set(raw.get("stative_verbs")),
        characterising_verbs=_lower_set(raw.get("characterising_verbs")),
        war_period_nouns=_lower_set(raw.get("war_period_nouns")),
        contest_nouns=_lower_set(raw.get("contest_nouns")),
        statement_verbs=_lower_set(raw.get("statement_verbs")),
        refusal_verbs=_lower_set(raw.get("refusal_verbs")),
        assembly_verbs=_lower_set(raw.get("assembly_verbs")),
        ceremony_purposes=_lower_set(raw.get("ceremony_purposes")),
        sport_phrases=_lower_set(raw.get("sport_phrases")),
        claim_denial_verbs=_lower_set(raw.get("claim_denial_verbs")),
        accusation_refusal_verbs=_lower_set(raw.get("accusation_refusal_verbs")),
        decrease_verbs=_lower_set(raw.get("decrease_verbs")),
        resultative_verbs=_lower_set(raw.get("resultative_verbs")),
        accord_nouns=_lower_set(raw.get("accord_nouns")),
        accord_state_verbs=_lower_set(raw.get("accord_state_verbs")),
        anniversary_nouns=_lower_set(raw.get("anniversary_nouns")),
        commemoration_verbs=_lower_set(raw.get("commemoration_verbs")),
        retaliation_verbs=_lower_set(raw.get("retaliation_verbs")),
        violent_retaliation_cues=_lower_set(raw.get("violent_retaliation_cues")),
        retaliation_words=_lower_set(raw.get("retaliation_words")),
        long_spans=_lower_set(raw.get("long_spans")),
        tally_periods=_lower_set(raw.get("tally_periods")),
        standing_state_verbs=_lower_set(raw.get("standing_state_verbs")),
        capacity_verbs=_lower_set(raw.get("capacity_verbs")),
        capacity_places=_lower_set(raw.get("capacity_places")),
        recurrence_modifiers=_lower_set(raw.get("recurrence_modifiers")),
        recurrence_determiners=_lower_set(raw.get("recurrence_determiners")),
        scare_quoted_types=frozenset(str(t).upper() for t in raw.get("scare_quoted_types") or ()),
        scare_quoted_polities=_lower_set(raw.get("scare_quoted_polities")),
        craft_nouns=_lower_set(raw.get("craft_nouns")),
        trend_modifiers=_lower_set(raw.get("trend_modifiers")),
        step_nouns=_lower_set(raw.get("step_nouns")),
        count_change_verbs=_lower_set(raw.get("count_change_verbs")),
        count_nouns=_lower_set(raw.get("count_nouns")),
        description_copulas=_lower_set(raw.get("description_copulas")),
        judgement_verbs=_lower_set(raw.get("judgement_verbs")),
        trait_adjectives=_lower_set(raw.get("trait_adjectives")),
        remit_adjectives=_lower_set(raw.get("remit_adjectives")),
        in_force_nouns=_lower_set(raw.get("in_force_nouns")),
        occasion_nouns=_lower_set(raw.get("occasion_nouns")),
        provision_nouns=_lower_set(raw.get("provision_nouns")),
        founding_verbs=_lower_set(raw.get("founding_verbs")),
        holding_verbs=_lower_set(raw.get("holding_verbs")),
        onset_verbs=_lower_set(raw.get("onset_verbs")),
        history_years=int(raw.get("history_years", 10)),
        standing_adverbs=_lower_set(raw.get("standing_adverbs")),
        role_verbs=_lower_set(raw.get("role_verbs")),
        reliance_verbs=_lower_set(raw.get("reliance_verbs")),
        empathy_words=_lower_set(raw.get("empathy_words")),
        view_accord_verbs=_lower_set(raw.get("view_accord_verbs")),
        worry_words=_lower_set(raw.get("worry_words")),
    )
