"""knowledge: cues for the place of an event (event_place_cues.yaml)."""

from __future__ import annotations

from eventwire.knowledge.event_place_cues import load_event_place_cues


def test_participant_prepositions_are_loaded_lower_case_and_leave_out_locating_ones():
    preps = load_event_place_cues().participant_prepositions
    assert {"with", "for"} <= preps
    assert not {"in", "to", "on", "at"} & preps


def test_party_object_verbs_are_lemmas_of_address_and_transfer_not_of_contact():
    verbs = load_event_place_cues().party_object_verbs
    assert {"accuse", "urge", "sell"} <= verbs
    assert not {"attack", "bomb", "invade", "visit", "shell"} & verbs
