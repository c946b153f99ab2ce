"""Cues for the place of an event (`eventwire.stages.places.place_for`), from `data/event_place_cues.yaml`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventwire.knowledge import load_yaml
from eventwire.knowledge import lower_set as _lower_set

DATA = Path(__file__).parent / "data" / "event_place_cues.yaml"


@dataclass(frozen=True)
class EventPlaceCues:
    participant_prepositions: frozenset[str]
    party_object_verbs: frozenset[str]
    setting_prepositions: frozenset[str]
    between_place_nouns: frozenset[str]
    origin_prepositions: frozenset[str]
    topic_prepositions: frozenset[str]
    topic_prepositions_after_talk: frozenset[str]
    talk_words: frozenset[str]
    reaction_verbs: frozenset[str]
    doer_prepositions: frozenset[str]
    opposition_words: frozenset[str]
    restriction_nouns: frozenset[str]
    party_of_nouns: frozenset[str]
    removal_verbs: frozenset[str]
    separate_scene_conjunctions: frozenset[str]
    misread_scene_conjunctions: frozenset[str]
    locating_participles: frozenset[str]
    directive_verbs: frozenset[str]
    earlier_round_adjectives: frozenset[str]
    talk_round_nouns: frozenset[str]
    speaking_participles: frozenset[str]
    mission_nouns: frozenset[str]


@lru_cache(maxsize=1)
def load_event_place_cues() -> EventPlaceCues:
    raw = load_yaml(DATA.read_text(encoding="utf-8")) or {}
    return EventPlaceCues(participant_prepositions=_lower_set(raw.get("participant_prepositions")),
                          party_object_verbs=_lower_set(raw.get("party_object_verbs")),
                          setting_prepositions=_lower_set(raw.get("setting_prepositions")),
                          between_place_nouns=_lower_set(raw.get("between_place_nouns")),
                          origin_prepositions=_lower_set(raw.get("origin_prepositions")),
                          topic_prepositions=_lower_set(raw.get("topic_prepositions")),
                          topic_prepositions_after_talk=_lower_set(raw.get("topic_prepositions_after_talk")),
                          talk_words=_lower_set(raw.get("talk_words")),
                          reaction_verbs=_lower_set(raw.get("reaction_verbs")),
                          doer_prepositions=_lower_set(raw.get("doer_prepositions")),
                          opposition_words=_lower_set(raw.get("opposition_words")),
                          restriction_nouns=_lower_set(raw.get("restriction_nouns")),
                          party_of_nouns=_lower_set(raw.get("party_of_nouns")),
                          removal_verbs=_lower_set(raw.get("removal_verbs")),
                          separate_scene_conjunctions=_lower_set(raw.get("separate_scene_conjunctions")),
                          misread_scene_conjunctions=_lower_set(raw.get("misread_scene_conjunctions")),
                          directive_verbs=_lower_set(raw.get("directive_verbs")),
                          earlier_round_adjectives=_lower_set(raw.get("earlier_round_adjectives")),
                          talk_round_nouns=_lower_set(raw.get("talk_round_nouns")),
                          speaking_participles=_lower_set(raw.get("speaking_participles")),
                          mission_nouns=_lower_set(raw.get("mission_nouns")),
                          locating_participles=_lower_set(raw.get("locating_participles")) |
                          _lower_set(raw.get("locating_participles_of_stay")))
