"""knowledge/plover.py: the PLOVER lexicon data loads with the cue sets the events coder reads."""

from __future__ import annotations

from eventwire.knowledge.plover import load_lexicon

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_every_entry_has_a_plover_type_or_is_an_exclusion():
    lex = load_lexicon()
    for table in (lex.verbs, lex.nouns):
        for lemma, entries in table.items():
            for entry in entries:
                assert entry.type is None or entry.type in PLOVER_TYPES, (lemma, entry)


def test_cue_sets_load():
    lex = load_lexicon()
    assert {"clash", "scuffle"} <= lex.reciprocal
    assert "state" in lex.not_actors_before_of
    assert "protester" in lex.protester_nouns


def test_general_verbs_of_each_category():
    lex = load_lexicon()
    expected = {"depose": "COERCE", "waive": "CONCEDE", "concur": "AGREE", "disengage": "RETREAT",
                "wreck": "ASSAULT", "requisition": "COERCE", "loot": "ASSAULT", "scuffle": "ASSAULT"}
    for lemma, etype in expected.items():
        types = {e.type for e in lex.verb_entries(lemma) if not e.constraint}
        assert etype in types, (lemma, types)


def test_looting_is_property_destruction_by_default():
    lex = load_lexicon()
    for lemma in ("loot", "plunder", "pillage", "ransack"):
        plain = [e for e in lex.verb_entries(lemma) if not e.constraint and not e.particle and not e.prep]
        assert plain and (plain[0].type, plain[0].mode) == ("ASSAULT", "destroy"), lemma
    assert lex.noun_entries("looting")[0].mode == "destroy"


def test_control_verbs_are_lexicon_data():
    from eventwire.knowledge.plover import load_lexicon

    lex = load_lexicon()
    assert {"urge", "order", "call"} <= lex.object_control_verbs
    assert "call" in lex.addressee_control_verbs and "say" not in lex.object_control_verbs


def test_casualty_cues_load_from_data():
    lex = load_lexicon()
    assert {"die", "kill", "wound"} <= lex.casualty_verbs and "say" not in lex.casualty_verbs
    assert {"victim", "casualty"} <= lex.casualty_nouns
    assert {"die", "lose"} <= lex.casualty_intransitives and "kill" not in lex.casualty_intransitives


def test_every_cues_section_is_read_into_the_lexicon():
    # a word list added to cues.yaml but not named in CUE_WORD_LISTS would be silently ignored
    from dataclasses import fields

    import yaml

    from eventwire.knowledge.plover import CUE_WORD_LISTS, DATA_DIR, Lexicon

    sections = yaml.safe_load((DATA_DIR / "cues.yaml").read_text(encoding="utf-8"))
    structured = {"actors", "contexts", "mode_cameo", "modes", "sectors", "threat_modes", "demand_modes"}
    assert set(sections) - structured == set(CUE_WORD_LISTS)
    lexicon_fields = {f.name for f in fields(Lexicon)}
    lex = load_lexicon()
    for name in CUE_WORD_LISTS:
        assert name in lexicon_fields
        assert getattr(lex, name), f"{name} loaded empty"


def test_demand_modes_load_in_file_order():
    # REQUEST/REJECT modes: the first mode whose cue comes first in what is asked for wins, so order matters
    lex = load_lexicon()
    assert [mode for mode, _ in lex.demand_mode_cues] == ["assist", "change", "yield", "meet"]
    assert "release" in dict(lex.demand_mode_cues)["yield"]


def test_reciprocal_pronouns_and_instrument_nouns_are_loaded():
    lex = load_lexicon()
    assert "each other" in lex.reciprocal_pronouns
    assert {"shell", "missile", "bomb"} <= lex.instrument_nouns


def test_the_word_no_loads_as_a_word_not_a_yaml_boolean():
    # an unquoted `no` in YAML reads as False: "no" was missing from the negations and the noun statuses
    lex = load_lexicon()
    assert "no" in lex.negations and "false" not in lex.negations
    assert lex.noun_status.get("no") == "negated"
    assert {"no", "nobody", "none"} <= lex.negative_quantifiers
    assert {"instead", "rather"} <= lex.substitution_adverbs


def test_status_words_for_undone_and_deontic_complements():
    lex = load_lexicon()
    assert lex.embed["avert"][0] == "negated" and lex.embed["refrain"][0] == "negated"
    assert lex.embed["imperative"][0] == "hypothetical" and lex.embed["committed"][0] == "future"
    assert lex.noun_status["invitation"] == "hypothetical" and lex.noun_status["pledge"] == "future"


def test_generic_condition_and_imperative_cues_load():
    lex = load_lexicon()
    assert {"when", "whenever"} <= lex.generic_conditionals
    assert "please" in lex.imperative_openers and "they" not in lex.imperative_openers
    assert lex.embed["unable"][0] == "negated" and lex.embed["responsibility"][0] == "hypothetical"


def test_report_source_and_blast_carrier_cues_load():
    lex = load_lexicon()
    assert "unconfirmed" in lex.unconfirmed_sources and "anonymous" not in lex.unconfirmed_sources
    assert {"car", "vest"} <= lex.explosive_carriers and "price" not in lex.explosive_carriers


def test_threat_mode_cues_load_from_data():
    lex = load_lexicon()
    modes = dict(lex.threat_mode_cues)
    assert {"violence", "restrict", "relations"} <= set(modes)
    assert "curfew" in modes["restrict"] and "retaliation" in modes["violence"] and "ties" in modes["relations"]


def test_constraint_words_named_outright_are_kept_apart_from_group_words():
    # "hand over ~@aid" reaches "weapon" only through the aid group; "hand over ~weapon|arm" names it: the events
    # coder prefers the line that names the matched word itself
    from eventwire.knowledge.plover import parse_spec
    groups = {"aid": frozenset({"food", "weapon"})}
    grouped = parse_spec("hand over ~@aid", "AID c=070", groups)
    named = parse_spec("hand over ~weapon|arm", "RETREAT:disarm c=0873", groups)
    assert grouped.constraint == {"food", "weapon"} and grouped.listed == frozenset()
    assert named.listed == {"weapon", "arm"}
