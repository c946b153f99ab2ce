"""The PLOVER 2.0 lexicon as data: event verbs and nouns, status cues, mode/context/actor cues, CAMEO table.

Files live in `knowledge/data/plover/` (their format is documented in that folder's README.md):
- `lexicon.yaml`  trigger entries (lemma, particle, preposition, object/modifier constraint -> type, mode,
  CAMEO code, contexts, weight, frames), status cues (embedding verbs, modals, negations, conditionals),
  speech verbs and light verbs;
- `cues.yaml`     mode, context and actor-kind cue words;
- `cameo2plover-2021.txt`  the official CAMEO -> PLOVER table (Open Event Data Alliance, CC BY-SA 4.0).

Users may layer their own lexicon file over the packaged one with `load_lexicon(extra=[path, ...])`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from eventwire.knowledge import load_yaml
from eventwire.knowledge import lower_set as _lower_set

DATA_DIR = Path(__file__).parent / "data" / "plover"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES = ("asserted", "negated", "hypothetical", "future", "uncertain")


@dataclass(frozen=True)
class Entry:
    """One lexicon line. `type` None means "not an event" (a blocker for a more general line)."""

    lemma: str
    type: str | None
    mode: str | None = None
    cameo: str | None = None
    context: tuple[str, ...] = ()
    weight: float = 1.0
    frames: frozenset[str] = frozenset()
    particle: str | None = None
    prep: str | None = None
    constraint: frozenset[str] | None = None  # object (verbs) / modifier (nouns) lemmas
    # the constraint's words the key names itself, not through an @group: a line that names a word outright is a
    # narrower frame for it than one that reaches it through a broad group ("hand over ~weapon" vs "~@aid")
    listed: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def specificity(self) -> int:
        return (self.constraint is not None) * 2 + (self.particle is not None) + (self.prep is not None)


@dataclass
class Lexicon:
    verbs: dict[str, list[Entry]] = field(default_factory=dict)
    nouns: dict[str, list[Entry]] = field(default_factory=dict)
    embed: dict[str, tuple[str, bool]] = field(default_factory=dict)
    noun_status: dict[str, str] = field(default_factory=dict)
    modals: dict[str, str] = field(default_factory=dict)
    uncertain_adverbs: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    conditionals: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    mode_cues: dict[str, list[tuple[str, frozenset[str]]]] = field(default_factory=dict)
    context_cues: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    actor_kinds: dict[str, str] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)
    protester_nouns: frozenset[str] = frozenset()
    protest_topic_preps: frozenset[str] = frozenset()
    peaceful_cues: frozenset[str] = frozenset()
    scene_shift_words: frozenset[str] = frozenset()
    reflexive_pronouns: frozenset[str] = frozenset()
    arrest_operation_nouns: frozenset[str] = frozenset()
    creation_verbs: frozenset[str] = frozenset()
    proprietor_nouns: frozenset[str] = frozenset()
    protest_message_verbs: frozenset[str] = frozenset()
    crowd_demand_verbs: frozenset[str] = frozenset()
    intervened_protest_nouns: frozenset[str] = frozenset()
    security_nouns: frozenset[str] = frozenset()
    arrival_verbs: frozenset[str] = frozenset()
    commitment_verbs: frozenset[str] = frozenset()
    reciprocal: frozenset[str] = frozenset()
    not_actors: frozenset[str] = frozenset()
    not_actors_before_of: frozenset[str] = frozenset()
    partitive_heads: frozenset[str] = frozenset()
    themes: frozenset[str] = frozenset()
    patient_possessor_nouns: frozenset[str] = frozenset()
    count_words: frozenset[str] = frozenset()
    deadline_nouns: frozenset[str] = frozenset()
    target_nouns: frozenset[str] = frozenset()
    attacked_craft_nouns: frozenset[str] = frozenset()
    medium_nouns: frozenset[str] = frozenset()
    news_outlet_words: frozenset[str] = frozenset()
    party_site_nouns: frozenset[str] = frozenset()
    aiming_participles: frozenset[str] = frozenset()
    circumstance_marks: frozenset[str] = frozenset()
    scene_preps: frozenset[str] = frozenset()
    scene_place_nouns: frozenset[str] = frozenset()
    settlement_part_nouns: frozenset[str] = frozenset()
    means_modifiers: frozenset[str] = frozenset()
    endpoint_conjunctions: frozenset[str] = frozenset()
    accidental_fuels: frozenset[str] = frozenset()
    background_preps: frozenset[str] = frozenset()
    background_heads: frozenset[str] = frozenset()
    occurrence_verbs: frozenset[str] = frozenset()
    occurrence_objects: frozenset[str] = frozenset()
    course_verbs: frozenset[str] = frozenset()
    partnership_words: frozenset[str] = frozenset()
    gathering_types: frozenset[str] = frozenset()
    crowd_nouns: frozenset[str] = frozenset()
    rank_participles: frozenset[str] = frozenset()
    consequence_verbs: frozenset[str] = frozenset()
    headline_harm_verbs: frozenset[str] = frozenset()
    protester_inactive_verbs: frozenset[str] = frozenset()
    habitual_adverbs: frozenset[str] = frozenset()
    natural_causes: frozenset[str] = frozenset()
    accident_verbs: frozenset[str] = frozenset()
    explosion_words: frozenset[str] = frozenset()
    installations: frozenset[str] = frozenset()
    serious_force_cues: frozenset[str] = frozenset()
    nonlethal_force_cues: frozenset[str] = frozenset()
    protest_participants: frozenset[str] = frozenset()
    object_control_verbs: frozenset[str] = frozenset()
    addressee_control_verbs: frozenset[str] = frozenset()
    casualty_verbs: frozenset[str] = frozenset()
    casualty_intransitives: frozenset[str] = frozenset()
    casualty_nouns: frozenset[str] = frozenset()
    stance_nouns: frozenset[str] = frozenset()
    stative_participles: frozenset[str] = frozenset()
    position_verbs: frozenset[str] = frozenset()
    occupant_verbs: frozenset[str] = frozenset()
    experiencer_verbs: frozenset[str] = frozenset()
    coercive_control_verbs: frozenset[str] = frozenset()
    yield_cause_marks: frozenset[str] = frozenset()
    victim_people_nouns: frozenset[str] = frozenset()
    incident_types: frozenset[str] = frozenset()
    back_reference_determiners: frozenset[str] = frozenset()
    distinct_mention_words: frozenset[str] = frozenset()
    # personal pronouns whose clause goes on with the story the sentence before told (its place and date)
    story_pronouns: frozenset[str] = frozenset()
    # verbs of going on again whose bare event-noun subject ("Fighting resumed on Monday") goes on with that story
    story_resumption_verbs: frozenset[str] = frozenset()
    # prepositions that set a clause in an event told just before ("was shot dead during the clashes")
    story_time_prepositions: frozenset[str] = frozenset()
    # modifiers of a place noun that point back to the place an earlier sentence named ("in the same district")
    same_place_modifiers: frozenset[str] = frozenset()
    undergoer_intransitives: frozenset[str] = frozenset()
    instrument_nouns: frozenset[str] = frozenset()
    organisation_name_heads: frozenset[str] = frozenset()
    legal_release_terms: frozenset[str] = frozenset()
    forced_movement_verbs: frozenset[str] = frozenset()
    passive_coercion_verbs: frozenset[str] = frozenset()
    reciprocal_pronouns: frozenset[str] = frozenset()
    reciprocal_light_verbs: frozenset[str] = frozenset()
    mutual_types: frozenset[str] = frozenset()
    negative_quantifiers: frozenset[str] = frozenset()
    substitution_adverbs: frozenset[str] = frozenset()
    generic_conditionals: frozenset[str] = frozenset()
    unconfirmed_sources: frozenset[str] = frozenset()
    explosive_carriers: frozenset[str] = frozenset()
    prevention_verbs: frozenset[str] = frozenset()
    averting_verbs: frozenset[str] = frozenset()
    avoidance_verbs: frozenset[str] = frozenset()
    trend_verbs: frozenset[str] = frozenset()
    phase_nouns: frozenset[str] = frozenset()
    game_result_verbs: frozenset[str] = frozenset()
    contest_words: frozenset[str] = frozenset()
    plan_nouns: frozenset[str] = frozenset()
    ranking_modifiers: frozenset[str] = frozenset()
    follow_up_nouns: frozenset[str] = frozenset()
    manner_event_nouns: frozenset[str] = frozenset()
    explosion_phrasals: frozenset[str] = frozenset()
    skyward_words: frozenset[str] = frozenset()
    mined_materials: frozenset[str] = frozenset()
    complaint_verbs: frozenset[str] = frozenset()
    impact_verbs: frozenset[str] = frozenset()
    event_impact_verbs: frozenset[str] = frozenset()
    event_series_nouns: frozenset[str] = frozenset()
    operation_nouns: frozenset[str] = frozenset()
    collective_nouns: frozenset[str] = frozenset()
    suspect_nouns: frozenset[str] = frozenset()
    capture_verbs: frozenset[str] = frozenset()
    state_verbs: frozenset[str] = frozenset()
    obstruction_words: frozenset[str] = frozenset()
    closure_verbs: frozenset[str] = frozenset()
    aid_carrier_nouns: frozenset[str] = frozenset()
    aid_cargo_words: frozenset[str] = frozenset()
    delivery_arrival_verbs: frozenset[str] = frozenset()
    cargo_participles: frozenset[str] = frozenset()
    aid_bearer_nouns: frozenset[str] = frozenset()
    sent_body_nouns: frozenset[str] = frozenset()
    relief_purpose_verbs: frozenset[str] = frozenset()
    surface_place_nouns: frozenset[str] = frozenset()
    aid_personnel_nouns: frozenset[str] = frozenset()
    loss_verbs: frozenset[str] = frozenset()
    inquiry_words: frozenset[str] = frozenset()
    harm_nouns: frozenset[str] = frozenset()
    imperative_openers: frozenset[str] = frozenset()
    labour_action_verbs: frozenset[str] = frozenset()
    workforce_nouns: frozenset[str] = frozenset()
    sitting_body_nouns: frozenset[str] = frozenset()
    labour_grievances: frozenset[str] = frozenset()
    workplace_nouns: frozenset[str] = frozenset()
    removal_verbs: frozenset[str] = frozenset()
    summoning_verbs: frozenset[str] = frozenset()
    departure_verbs: frozenset[str] = frozenset()
    warning_verbs: frozenset[str] = frozenset()
    forecaster_nouns: frozenset[str] = frozenset()
    forecast_modals: frozenset[str] = frozenset()
    outside_reporter_nouns: frozenset[str] = frozenset()
    clearance_verbs: frozenset[str] = frozenset()
    ordnance_nouns: frozenset[str] = frozenset()
    decision_reaction_types: frozenset[str] = frozenset()
    decision_nouns: frozenset[str] = frozenset()
    decision_maker_types: frozenset[str] = frozenset()
    undertaking_verbs: frozenset[str] = frozenset()
    injury_nouns: frozenset[str] = frozenset()
    security_service_heads: frozenset[str] = frozenset()
    security_service_modifiers: frozenset[str] = frozenset()
    emblem_nouns: frozenset[str] = frozenset()
    hearsay_verbs: frozenset[str] = frozenset()
    temporal_conjunctions: frozenset[str] = frozenset()
    anonymity_verbs: frozenset[str] = frozenset()
    kin_nouns: frozenset[str] = frozenset()
    responsibility_words: frozenset[str] = frozenset()
    water_body_nouns: frozenset[str] = frozenset()
    launched_craft_nouns: frozenset[str] = frozenset()
    craft_launch_verbs: frozenset[str] = frozenset()
    boundary_nouns: frozenset[str] = frozenset()
    custody_nouns: frozenset[str] = frozenset()
    diplomatic_post_words: frozenset[str] = frozenset()
    custody_state_verbs: frozenset[str] = frozenset()
    state_only_custody_nouns: frozenset[str] = frozenset()
    destination_preps: frozenset[str] = frozenset()
    aiming_verbs: frozenset[str] = frozenset()
    measure_nouns: frozenset[str] = frozenset()
    party_event_nouns: frozenset[str] = frozenset()
    captor_held_nouns: frozenset[str] = frozenset()
    region_modifiers: frozenset[str] = frozenset()
    course_preps: frozenset[str] = frozenset()
    instigator_preps: frozenset[str] = frozenset()
    prosecution_words: frozenset[str] = frozenset()
    perception_verbs: frozenset[str] = frozenset()
    pursuit_verbs: frozenset[str] = frozenset()
    hearsay_nouns: frozenset[str] = frozenset()
    conditional_phrases: frozenset[str] = frozenset()
    forestalling_conjunctions: frozenset[str] = frozenset()
    ability_modals: frozenset[str] = frozenset()
    purpose_nouns: frozenset[str] = frozenset()
    consent_outcomes: frozenset[str] = frozenset()
    nonspecific_determiners: frozenset[str] = frozenset()
    scarcity_adverbs: frozenset[str] = frozenset()
    presupposing_verbs: frozenset[str] = frozenset()
    opposing_prepositions: frozenset[str] = frozenset()
    near_miss_words: frozenset[str] = frozenset()
    abandonment_verbs: frozenset[str] = frozenset()
    denial_verbs: frozenset[str] = frozenset()
    deferral_verbs: frozenset[str] = frozenset()
    directive_verbs: frozenset[str] = frozenset()
    bidding_verbs: frozenset[str] = frozenset()
    charge_verbs: frozenset[str] = frozenset()
    forgoing_verbs: frozenset[str] = frozenset()
    answering_verbs: frozenset[str] = frozenset()
    narrative_later_adverbs: frozenset[str] = frozenset()
    fulfilment_verbs: frozenset[str] = frozenset()
    breach_verbs: frozenset[str] = frozenset()
    anticipation_heads: frozenset[str] = frozenset()
    universal_quantifiers: frozenset[str] = frozenset()
    admission_verbs: frozenset[str] = frozenset()
    verdict_verbs: frozenset[str] = frozenset()
    cancellation_verbs: frozenset[str] = frozenset()
    inquiry_verbs: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    viewing_verbs: frozenset[str] = frozenset()
    prospect_nouns: frozenset[str] = frozenset()
    price_nouns: frozenset[str] = frozenset()
    resemblance_verbs: frozenset[str] = frozenset()
    likeness_preps: frozenset[str] = frozenset()
    near_miss_adverbs: frozenset[str] = frozenset()
    possibility_modals: frozenset[str] = frozenset()
    verification_words: frozenset[str] = frozenset()
    deliberation_verbs: frozenset[str] = frozenset()
    hazard_fighting_verbs: frozenset[str] = frozenset()
    continuation_verbs: frozenset[str] = frozenset()
    evidence_nouns: frozenset[str] = frozenset()
    future_time_words: frozenset[str] = frozenset()
    future_time_modifiers: frozenset[str] = frozenset()
    future_time_nouns: frozenset[str] = frozenset()
    accident_adverbs: frozenset[str] = frozenset()
    collision_verbs: frozenset[str] = frozenset()
    vehicle_nouns: frozenset[str] = frozenset()
    setting_participles: frozenset[str] = frozenset()
    equipment_participles: frozenset[str] = frozenset()
    visitor_nouns: frozenset[str] = frozenset()
    enabling_verbs: frozenset[str] = frozenset()
    permission_verbs: frozenset[str] = frozenset()
    rule_nouns: frozenset[str] = frozenset()
    prohibition_verbs: frozenset[str] = frozenset()
    strike_effect_verbs: frozenset[str] = frozenset()
    military_objective_nouns: frozenset[str] = frozenset()
    attack_light_verbs: frozenset[str] = frozenset()
    repelling_verbs: frozenset[str] = frozenset()
    prison_nouns: frozenset[str] = frozenset()
    drill_nouns: frozenset[str] = frozenset()
    open_sea_words: frozenset[str] = frozenset()
    deliberation_nouns: frozenset[str] = frozenset()
    endurance_verbs: frozenset[str] = frozenset()
    scheduled_event_types: frozenset[str] = frozenset()
    attempt_verbs: frozenset[str] = frozenset()
    prospect_verbs: frozenset[str] = frozenset()
    backing_verbs: frozenset[str] = frozenset()
    proxy_nouns: frozenset[str] = frozenset()
    launched_weapon_nouns: frozenset[str] = frozenset()
    launching_verbs: frozenset[str] = frozenset()
    interception_verbs: frozenset[str] = frozenset()
    flight_verbs: frozenset[str] = frozenset()
    mandate_nouns: frozenset[str] = frozenset()
    state_anaphor_nouns: frozenset[str] = frozenset()
    sufficiency_words: frozenset[str] = frozenset()
    further_modifiers: frozenset[str] = frozenset()
    occasion_nouns: frozenset[str] = frozenset()
    indefinite_pronouns: frozenset[str] = frozenset()
    breakdown_verbs: frozenset[str] = frozenset()
    foreignness_modifiers: frozenset[str] = frozenset()
    homeland_nouns: frozenset[str] = frozenset()
    habitual_offer_verbs: frozenset[str] = frozenset()
    supply_verbs: frozenset[str] = frozenset()
    supplying_works: frozenset[str] = frozenset()
    mode_cameo: dict[str, dict[str, str]] = field(default_factory=dict)
    # THREATEN mode -> words of the threatened act ("threatened to deliver blows", "warned of a curfew"), for a
    # threat whose act is no event of its own
    threat_mode_cues: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    # REQUEST/REJECT mode -> words of what is asked for or refused ("appealed for aid", "refused to free them")
    demand_mode_cues: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    groups: dict[str, frozenset[str]] = field(default_factory=dict)

    def verb_entries(self, lemma: str) -> list[Entry]:
        return self.verbs.get(lemma, [])

    def noun_entries(self, lemma: str) -> list[Entry]:
        return self.nouns.get(lemma, [])


_SPEC_KEYS = {"c": "cameo", "x": "context", "w": "weight", "f": "frames"}


def parse_spec(lemma_key: str, spec: str, groups: dict[str, frozenset[str]]) -> Entry:
    """`"push back"`, `"COERCE:seize c=192 x=military"` -> Entry (see the lexicon header for the syntax)."""
    parts = lemma_key.split()
    lemma, particle, prep, constraint = parts[0].lower(), None, None, None
    listed: set[str] = set()
    for part in parts[1:]:
        if part.startswith("+"):
            prep = part[1:].lower()
        elif part.startswith("~"):
            words: set[str] = set()
            for word in part[1:].split("|"):
                words |= groups[word[1:]] if word.startswith("@") else {word.lower()}
                if not word.startswith("@"):
                    listed.add(word.lower())
            constraint = frozenset(words)
        else:
            particle = part.lower()
    tokens = str(spec).split()
    head = tokens[0]
    if head == "X":
        return Entry(lemma=lemma, type=None, particle=particle, prep=prep, constraint=constraint,
                     listed=frozenset(listed))
    etype, _, mode = head.partition(":")
    if etype not in PLOVER_TYPES:
        raise ValueError(f"lexicon entry {lemma_key!r}: unknown PLOVER type {etype!r}")
    values: dict = {}
    for token in tokens[1:]:
        key, _, value = token.partition("=")
        name = _SPEC_KEYS.get(key)
        if name is None:
            raise ValueError(f"lexicon entry {lemma_key!r}: unknown field {key!r}")
        if name == "weight":
            values[name] = float(value)
        elif name == "context":
            values[name] = tuple(v for v in value.split(",") if v)
        elif name == "frames":
            values[name] = frozenset(v for v in value.split(",") if v)
        else:
            values[name] = value
    return Entry(lemma=lemma, type=etype, mode=mode or None, particle=particle, prep=prep, constraint=constraint,
                 listed=frozenset(listed), **values)


def _merge_entries(target: dict[str, list[Entry]], section: dict, groups: dict[str, frozenset[str]]) -> None:
    for key, spec in (section or {}).items():
        entry = parse_spec(str(key), str(spec), groups)
        bucket = target.setdefault(entry.lemma, [])
        # A later file's line with the same key replaces the earlier one.
        bucket[:] = [e for e in bucket if (e.particle, e.prep, e.constraint) != (entry.particle, entry.prep,
                                                                                   entry.constraint)]
        bucket.append(entry)
        bucket.sort(key=lambda e: -e.specificity)


# The sections of plover/cues.yaml that are plain word lists, each read into the Lexicon field of the same name.
CUE_WORD_LISTS: tuple[str, ...] = (
    "protester_nouns", "security_nouns", "reciprocal", "not_actors", "not_actors_before_of", "partitive_heads",
    "themes", "patient_possessor_nouns", "count_words", "deadline_nouns", "target_nouns", "attacked_craft_nouns",
    "medium_nouns", "news_outlet_words",
    "party_site_nouns",
    "aiming_participles",
    "circumstance_marks", "object_control_verbs",
    "scene_preps", "scene_place_nouns", "settlement_part_nouns", "means_modifiers", "endpoint_conjunctions",
    "accidental_fuels",
    "addressee_control_verbs", "background_preps", "background_heads", "occurrence_verbs",
    "occurrence_objects", "course_verbs", "gathering_types", "partnership_words", "crowd_nouns", "rank_participles",
    "consequence_verbs", "headline_harm_verbs", "protester_inactive_verbs", "habitual_adverbs", "natural_causes",
    "protest_participants",
    "casualty_verbs", "casualty_intransitives", "casualty_nouns", "stance_nouns", "stative_participles",
    "position_verbs", "occupant_verbs", "experiencer_verbs", "coercive_control_verbs", "yield_cause_marks",
    "victim_people_nouns",
    "accident_verbs", "explosion_words", "installations", "serious_force_cues", "nonlethal_force_cues",
    "incident_types", "back_reference_determiners", "distinct_mention_words", "story_pronouns",
    "story_resumption_verbs", "story_time_prepositions", "same_place_modifiers",
    "undergoer_intransitives",
    "instrument_nouns", "reciprocal_pronouns", "reciprocal_light_verbs", "mutual_types",
    "negative_quantifiers", "substitution_adverbs", "generic_conditionals", "imperative_openers",
    "unconfirmed_sources", "explosive_carriers", "prevention_verbs", "averting_verbs", "avoidance_verbs",
    "trend_verbs", "phase_nouns", "game_result_verbs", "contest_words",
    "plan_nouns", "arrival_verbs", "commitment_verbs",
    "organisation_name_heads", "legal_release_terms", "forced_movement_verbs",
    "passive_coercion_verbs", "protest_topic_preps", "peaceful_cues", "scene_shift_words", "reflexive_pronouns",
    "protest_message_verbs", "crowd_demand_verbs", "intervened_protest_nouns",
    "labour_action_verbs", "workforce_nouns", "sitting_body_nouns", "labour_grievances", "workplace_nouns", "proprietor_nouns",
    "arrest_operation_nouns", "creation_verbs",
    "removal_verbs",
    "summoning_verbs", "departure_verbs", "warning_verbs", "forecaster_nouns", "forecast_modals",
    "outside_reporter_nouns", "decision_reaction_types", "decision_nouns", "decision_maker_types",
    "undertaking_verbs", "injury_nouns",
    "security_service_heads", "security_service_modifiers", "emblem_nouns",
    "hearsay_verbs", "temporal_conjunctions", "anonymity_verbs", "kin_nouns", "perception_verbs",
    "pursuit_verbs", "hearsay_nouns", "accident_adverbs", "collision_verbs", "vehicle_nouns",
    "setting_participles", "equipment_participles", "visitor_nouns", "enabling_verbs", "permission_verbs",
    "rule_nouns", "prohibition_verbs", "strike_effect_verbs", "military_objective_nouns", "attack_light_verbs",
    "repelling_verbs", "prison_nouns", "drill_nouns", "open_sea_words", "clearance_verbs", "ordnance_nouns",
    "deliberation_nouns",
    "endurance_verbs",
    "scheduled_event_types", "attempt_verbs", "prospect_verbs", "backing_verbs", "further_modifiers", "proxy_nouns",
    "launched_weapon_nouns", "launching_verbs", "interception_verbs", "flight_verbs", "mandate_nouns",
    "state_anaphor_nouns", "sufficiency_words",
    "occasion_nouns", "indefinite_pronouns",
    "breakdown_verbs", "foreignness_modifiers", "homeland_nouns",
    "habitual_offer_verbs", "supply_verbs", "supplying_works", "conditional_phrases", "forestalling_conjunctions",
    "ability_modals", "purpose_nouns", "consent_outcomes", "nonspecific_determiners", "scarcity_adverbs",
    "presupposing_verbs",
    "opposing_prepositions", "near_miss_words",
    "abandonment_verbs", "denial_verbs", "near_miss_adverbs", "possibility_modals",
    "deferral_verbs", "universal_quantifiers", "admission_verbs", "cancellation_verbs", "inquiry_verbs",
    "verdict_verbs",
    "naming_verbs", "viewing_verbs", "prospect_nouns", "price_nouns", "resemblance_verbs", "likeness_preps",
    "anticipation_heads", "directive_verbs", "bidding_verbs", "charge_verbs", "forgoing_verbs",
    "answering_verbs", "narrative_later_adverbs", "fulfilment_verbs", "breach_verbs",
    "verification_words", "deliberation_verbs", "hazard_fighting_verbs",
    "continuation_verbs", "evidence_nouns", "future_time_words", "future_time_modifiers",
    "future_time_nouns", "ranking_modifiers",
    "follow_up_nouns", "manner_event_nouns", "explosion_phrasals", "skyward_words", "complaint_verbs",
    "mined_materials",
    "impact_verbs", "harm_nouns", "responsibility_words", "water_body_nouns", "boundary_nouns", "launched_craft_nouns",
    "craft_launch_verbs", "custody_nouns", "custody_state_verbs", "state_only_custody_nouns", "destination_preps",
    "diplomatic_post_words",
    "aiming_verbs", "measure_nouns", "party_event_nouns",
    "course_preps", "instigator_preps", "prosecution_words", "event_impact_verbs", "event_series_nouns",
    "operation_nouns", "collective_nouns", "suspect_nouns", "capture_verbs", "state_verbs", "obstruction_words",
    "closure_verbs",
    "aid_carrier_nouns", "aid_cargo_words", "delivery_arrival_verbs", "cargo_participles", "aid_bearer_nouns",
    "sent_body_nouns", "relief_purpose_verbs", "surface_place_nouns", "aid_personnel_nouns", "loss_verbs",
    "inquiry_words",
    "captor_held_nouns", "region_modifiers",
)


@lru_cache(maxsize=8)
def load_lexicon(extra: tuple[Path, ...] = ()) -> Lexicon:
    """The packaged lexicon and cues, with `extra` lexicon files (same format) layered on top, cached."""
    lex = Lexicon()
    files = [DATA_DIR / "lexicon.yaml", *map(Path, extra)]
    for path in files:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
        for name, words in (data.get("groups") or {}).items():
            lex.groups[name] = lex.groups.get(name, frozenset()) | _lower_set(words)
        _merge_entries(lex.verbs, data.get("verbs"), lex.groups)
        _merge_entries(lex.nouns, data.get("nouns"), lex.groups)
        for key, value in (data.get("embed") or {}).items():
            words = str(value).split()
            lex.embed[str(key).lower()] = (words[0], "intent" in words[1:])
        lex.noun_status.update({str(k).lower(): str(v) for k, v in (data.get("noun_status") or {}).items()})
        lex.modals.update({str(k).lower(): str(v) for k, v in (data.get("modals") or {}).items()})
        lex.uncertain_adverbs |= _lower_set(data.get("uncertain_adverbs"))
        lex.negations |= _lower_set(data.get("negations"))
        lex.conditionals |= _lower_set(data.get("conditionals"))
        lex.speech_verbs |= _lower_set(data.get("speech_verbs"))
        lex.light_verbs |= _lower_set(data.get("light_verbs"))
    cues = load_yaml((DATA_DIR / "cues.yaml").read_text(encoding="utf-8"))
    for etype, modes in cues["modes"].items():
        lex.mode_cues[etype] = [(mode, _lower_set(words)) for mode, words in modes.items()]
    lex.context_cues = [(ctx, _lower_set(words)) for ctx, words in cues["contexts"].items()]
    for kind, words in cues["actors"].items():
        for word in words:
            lex.actor_kinds.setdefault(str(word).lower(), kind)
    lex.sectors = dict(cues["sectors"])
    for name in CUE_WORD_LISTS:
        setattr(lex, name, _lower_set(cues.get(name)))
    lex.mode_cameo = {t: {str(m): str(c) for m, c in modes.items()} for t, modes in (cues.get("mode_cameo") or {}).items()}
    lex.threat_mode_cues = [(str(mode), _lower_set(words)) for mode, words in (cues.get("threat_modes") or {}).items()]
    lex.demand_mode_cues = [(str(mode), _lower_set(words)) for mode, words in (cues.get("demand_modes") or {}).items()]
    for status in [s for s, _ in lex.embed.values()] + list(lex.modals.values()) + list(lex.noun_status.values()):
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r} in the PLOVER lexicon")
    return lex


@dataclass(frozen=True)
class CameoRow:
    code: str
    type: str | None
    mode: str | None
    context: tuple[str, ...]
    description: str


_ROW = re.compile(r"^(\d{2,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$")


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoRow]:
    """The CAMEO -> PLOVER 2.0 table: code -> row (two-digit rows are section headers and are skipped)."""
    rows: dict[str, CameoRow] = {}
    for line in (DATA_DIR / "cameo2plover-2021.txt").read_text(encoding="utf-8").splitlines():
        match = _ROW.match(line.strip())
        if not match:
            continue
        code, body, description = match.group(1), match.group(2), match.group(3) or ""
        if len(code) == 2:
            continue
        fields = [f.strip() for f in body.split(",")]
        etype = fields[0] if fields and fields[0] in PLOVER_TYPES else None
        mode = fields[1].strip() if len(fields) > 1 and fields[1].strip() else None
        context = tuple(c.strip() for c in (fields[2] if len(fields) > 2 else "").split(";") if c.strip())
        rows.setdefault(code, CameoRow(code, etype, mode, context, description.strip()))
    return rows


def cameo_to_plover(code: str) -> CameoRow | None:
    """The table row for a CAMEO code: the exact code, else its longest listed prefix (4 -> 3 digits)."""
    table = cameo_table()
    for n in range(len(code), 2, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


@lru_cache(maxsize=256)
def unique_cameo(etype: str, mode: str | None) -> str | None:
    """The one CAMEO code whose row maps to exactly this (type, mode), or None when none or several do."""
    codes = [row.code for row in cameo_table().values() if row.type == etype and row.mode == mode]
    return codes[0] if len(codes) == 1 else None
