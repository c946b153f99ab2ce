"""The actor knowledge base: packaged content, schema validation, layering, PETRARCH dictionaries."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.knowledge.actors import (
    ACTOR_KINDS, KnowledgeError, load_kb, read_petrarch_dictionary, validate_kb_data,
)


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_every_state_has_iso3_and_names(kb):
    states = [e for e in kb.entries.values() if e.kind == "country"]
    assert len(states) >= 193
    for state in states:
        assert state.id == state.country and len(state.country) == 3
        assert state.name in state.aliases
    assert kb.entries["SYR"].capital == "Damascus"
    assert kb.capital_index["ankara"] == "TUR"
    assert kb.demonym_index["saudi"] == "SAU"
    assert kb.people_index["syrians"] == "SYR"
    assert kb.country_of_word("American") == "USA"


def test_kb_size_by_kind(kb):
    counts = kb.counts_by_kind()
    assert counts["armed_group"] > 100
    assert counts["igo"] >= 40 and counts["media"] >= 40 and counts["person"] >= 80
    assert set(counts) <= set(ACTOR_KINDS)


def test_institutions_and_heads_with_dates(kb):
    assert kb.entries["usa_dod"].country == "USA" and "Pentagon" in kb.entries["usa_dod"].aliases
    putin = kb.entries["putin"]
    assert putin.role_on(date(2010, 1, 1)).title == "Prime Minister of Russia"
    assert putin.role_on(date(2020, 1, 1)).title == "President of Russia"
    assert kb.government_of("SYR") == "syr_government"


def test_lexicon_agent_nouns_are_data(kb):
    nouns = kb.lexicon.agent_nouns
    assert nouns["troops"] == ("military", "MIL")
    assert nouns["police"] == ("police", "COP")
    assert nouns["rebel"] == ("armed_group", "REB")
    assert nouns["journalist"] == ("media", "JRN")
    assert nouns["protester"][1] in ("CVL", "OPP")
    assert "warn" in kb.lexicon.agent_verbs


def test_lexicon_titles_and_surname_particles_are_data(kb):
    titles = kb.lexicon.titles
    assert titles["mla"] == "GOV"
    assert titles["sapper"] == "MIL"
    assert titles["canon"] == "REL"
    assert titles["chef"] == "CVL"
    assert {"le", "van", "al"} <= kb.lexicon.name_particles
    assert {"vice", "deputy", "former"} <= kb.lexicon.title_rank_words


def test_lexicon_credit_words_are_data_and_merge(kb):
    assert {"photo", "image", "courtesy"} <= kb.lexicon.credit_words
    _, lexicon = validate_kb_data({"version": 1, "lexicon": {"credit_words": ["Still"]}})
    assert lexicon.credit_words == {"still"}


def test_lexicon_impersonal_verbs_are_data(kb):
    assert {"rain", "seem", "happen"} <= kb.lexicon.impersonal_verbs
    _, lexicon = validate_kb_data({"version": 1, "lexicon": {"impersonal_verbs": ["Drizzle"]}})
    assert lexicon.impersonal_verbs == {"drizzle"}
    assert "come to" in kb.lexicon.impersonal_phrases


def test_lexicon_kind_heads_are_data_and_checked(kb):
    assert kb.lexicon.kind_heads["party"] == ("political_party", "PTY")
    _, lexicon = validate_kb_data({"version": 1, "lexicon": {"kind_heads": {"media": {"sector": "JRN",
                                                                                      "words": ["Paper"]}}}})
    assert lexicon.kind_heads == {"paper": ("media", "JRN")}
    with pytest.raises(KnowledgeError):
        validate_kb_data({"version": 1, "lexicon": {"kind_heads": {"wizard": {"words": ["tower"]}}}})


def test_aliases_unique_within_entry(kb):
    for entry in kb.entries.values():
        assert entry.all_aliases()[0] == entry.name


GOOD = {"version": 1, "entries": [{"id": "x", "name": "X Front", "kind": "armed_group", "country": "SYR",
                                   "sector": "REB", "aliases": ["X Front"], "wikidata": "Q1"}]}


def test_valid_document_passes():
    entries, lexicon = validate_kb_data(GOOD)
    assert entries[0].kind == "armed_group" and lexicon is None


def test_defaults_apply():
    entries, _ = validate_kb_data({"version": 1, "defaults": {"kind": "media", "sector": "JRN"},
                                   "entries": [{"id": "m", "name": "M News"}]})
    assert (entries[0].kind, entries[0].sector) == ("media", "JRN")


BAD = [
    ({"entries": []}, "version"),
    ({"version": 1, "entries": [{"id": "x", "name": "X"}]}, "kind"),
    ({"version": 1, "entries": [{"id": "x", "name": "X", "kind": "gang"}]}, "kind"),
    ({"version": 1, "entries": [{"id": "x", "name": "X", "kind": "person", "country": "SY"}]}, "ISO"),
    ({"version": 1, "entries": [{"id": "x", "name": "X", "kind": "person", "sector": "gov"}]}, "sector"),
    ({"version": 1, "entries": [{"id": "x", "name": "X", "kind": "person", "wikidata": "123"}]}, "wikidata"),
    ({"version": 1, "entries": [{"id": "x", "name": "X", "kind": "person", "colour": "red"}]}, "unknown"),
    ({"version": 1, "entries": [{"id": "x", "name": "X", "kind": "person", "aliases": "X"}]}, "type"),
    ({"version": 1, "entries": [{"id": "x", "name": "X", "kind": "person"},
                                {"id": "x", "name": "Y", "kind": "person"}]}, "duplicate"),
    ({"version": 1, "entries": [{"id": "x", "name": "X", "kind": "person",
                                 "roles": [{"title": "P", "start": "2020-01-01", "end": "2019-01-01"}]}]}, "ends"),
    ({"version": 1, "entries": [{"id": "x", "name": "X", "kind": "person",
                                 "roles": [{"title": "P", "start": "last year"}]}]}, "ISO date"),
    ({"version": 1, "lexicon": {"verbs": []}}, "lexicon"),
    ({"version": 1, "surprise": 1}, "top-level"),
]


@pytest.mark.parametrize("data,message", BAD)
def test_schema_violations_are_reported(data, message):
    with pytest.raises(KnowledgeError) as err:
        validate_kb_data(data, "test.yaml")
    assert message.lower() in str(err.value).lower()
    assert err.value.code == "knowledge"


def test_extra_file_adds_and_overrides(tmp_path):
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "version: 1\nentries:\n"
        "- {id: hamas, name: Hamas, kind: armed_group, aliases: [Harakat Hamas]}\n"
        "- {id: new_group, name: New Dawn Brigade, kind: armed_group, sector: REB, country: LBY}\n",
        encoding="utf-8",
    )
    kb = load_kb([extra])
    assert "Harakat Hamas" in kb.entries["hamas"].aliases and "Islamic Resistance Movement" in kb.entries["hamas"].aliases
    assert kb.entries["hamas"].country == "PSE"  # fields the override does not give are kept
    assert kb.entries["new_group"].country == "LBY"
    assert "new dawn brigade" in kb.alias_index
    assert "new_group" not in load_kb().entries  # the packaged KB is unchanged


def test_bad_extra_file_names_the_file(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nentries:\n- {id: x, name: X, kind: wizard}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_kb([bad])
    assert "bad.yaml" in err.value.line()


PETRARCH = """\
# a PETRARCH / Phoenix style actor dictionary
BARACK_OBAMA_
+OBAMA_
+PRESIDENT_OBAMA_
    [USAELI 080101-090119]
    [USAGOV 090120-170120]
HEZBOLLAH_ [LBNREB]
+HIZBOLLAH_
ISRAEL_DEFENSE_FORCES_ [ISRMIL]
+IDF_
"""


def test_petrarch_dictionary_reader(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text(PETRARCH, encoding="utf-8")
    entries = {e.name: e for e in read_petrarch_dictionary(path)}
    obama = entries["Barack Obama"]
    assert obama.kind == "person" and obama.country == "USA" and "Obama" in obama.aliases
    assert entries["Hezbollah"].kind == "armed_group" and entries["Hezbollah"].country == "LBN"
    assert entries["Hezbollah"].sector == "REB" and "Hizbollah" in entries["Hezbollah"].aliases
    idf = entries["Israel Defense Forces"]
    assert (idf.kind, idf.sector) == ("military", "MIL") and "IDF" in idf.aliases
    kb = load_kb([path])
    assert any(e.name == "Barack Obama" for e in kb.entries.values())


def test_lexicon_reads_speaker_nouns_body_sectors_street_words_and_org_cue_groups_of_a_named_kind():
    from eventwire.knowledge.actors import validate_kb_data

    _, lex = validate_kb_data({"version": 1, "lexicon": {
        "speaker_nouns": ["Spokesman"],
        "body_sectors": {"MED": ["Clinic"], "LAB": ["union"]},
        "street_words": ["Road"],
        "org_cues": {"medical": {"kind": "ngo", "sector": "MED", "words": ["Hospital"]},
                     "business": {"sector": "BUS", "words": ["Inc."]}},
    }})
    assert lex.speaker_nouns == {"spokesman"}
    assert lex.body_sectors == {"clinic": "MED", "union": "LAB"}
    assert lex.street_words == {"Road"}
    assert lex.org_cues["Hospital"] == ("ngo", "MED") and lex.org_cues["Inc."] == ("business", "BUS")


def test_lexicon_reads_own_government_nouns():
    from eventwire.knowledge.actors import validate_kb_data

    _, lex = validate_kb_data({"version": 1, "lexicon": {"own_government_nouns": ["Government", "junta"]}})
    assert lex.own_government_nouns == {"government", "junta"}


def test_state_types_name_states_by_their_iso3_codes():
    from eventwire.knowledge.actors import load_kb, load_state_types

    types = load_state_types()
    assert "NOR" in types["kingdom"] and "QAT" in types["emirate"] and "ISL" in types["island nation"]
    assert "FRA" not in types["kingdom"]
    states = {e.country for e in load_kb().entries.values() if e.kind == "country"}
    assert all(iso in states for isos in types.values() for iso in isos)


def test_lexicon_reads_own_government_modifiers():
    from eventwire.knowledge.actors import validate_kb_data

    _, lex = validate_kb_data({"version": 1, "lexicon": {"own_government_modifiers": ["Federal", "interim"]}})
    assert lex.own_government_modifiers == {"federal", "interim"}


def test_lexicon_reads_person_verbs():
    from eventwire.knowledge.actors import load_kb, validate_kb_data

    _, lex = validate_kb_data({"version": 1, "lexicon": {"person_verbs": ["Meet", "resign"]}})
    assert lex.person_verbs == {"meet", "resign"}
    assert "sign" in load_kb().lexicon.person_verbs


def test_lexicon_state_news_agencies_name_known_media_entries_and_are_checked(kb):
    agencies = kb.lexicon.state_news_agencies
    assert agencies["CHN"] == "xinhua"
    assert all(kb.entries[ident].kind == "media" and kb.entries[ident].country == iso
               for iso, ident in agencies.items())
    assert {"state", "official"} <= kb.lexicon.state_agency_modifiers
    _, lexicon = validate_kb_data({"version": 1, "lexicon": {"state_news_agencies": {"RUR": "runa"}}})
    assert lexicon.state_news_agencies == {"RUR": "runa"}
    with pytest.raises(KnowledgeError):
        validate_kb_data({"version": 1, "lexicon": {"state_news_agencies": {"Ruritania": "runa"}}})


def test_lexicon_monarch_head_and_army_nouns_are_data(kb):
    assert {"king", "emir"} <= kb.lexicon.regnal_titles
    assert "chief" in kb.lexicon.head_nouns
    assert {"army", "military"} <= kb.lexicon.own_military_nouns
    _, lexicon = validate_kb_data({"version": 1, "lexicon": {"regnal_titles": ["Tsar"], "head_nouns": ["Boss"]}})
    assert lexicon.regnal_titles == {"tsar"} and lexicon.head_nouns == {"boss"}


def test_lexicon_regional_nationalities_are_data(kb):
    assert "latin american" in kb.lexicon.regional_nationalities
    _, lexicon = validate_kb_data({"version": 1, "lexicon": {"regional_nationalities": ["Latin American"]}})
    assert lexicon.regional_nationalities == {"latin american"}


def test_lexicon_title_rank_synonyms_are_data(kb):
    assert kb.lexicon.title_rank_synonyms["ex"] == "former"
    _, lexicon = validate_kb_data({"version": 1, "lexicon": {"title_rank_synonyms": {"Erstwhile": "Former"}}})
    assert lexicon.title_rank_synonyms == {"erstwhile": "former"}


def test_lexicon_member_official_nouns_are_data(kb):
    assert "official" in kb.lexicon.member_official_nouns
    _, lexicon = validate_kb_data({"version": 1, "lexicon": {"member_official_nouns": ["Cadre"]}})
    assert lexicon.member_official_nouns == {"cadre"}


def test_lexicon_facility_target_nouns_are_data(kb):
    assert "station" in kb.lexicon.facility_target_nouns and "office" not in kb.lexicon.facility_target_nouns
    _, lexicon = validate_kb_data({"version": 1, "lexicon": {"facility_target_nouns": ["Pylon"]}})
    assert lexicon.facility_target_nouns == {"pylon"}


def test_lexicon_loads_state_branches_and_opposition_words(kb):
    assert {"ministry", "air force"} <= kb.lexicon.state_branch_nouns
    assert "opposition" in kb.lexicon.opposition_modifiers


def test_lexicon_sector_anaphor_nouns_are_data_and_checked(kb):
    assert "LAB" in kb.lexicon.sector_anaphor_nouns["union"]
    _, lexicon = validate_kb_data({"version": 1, "lexicon": {"sector_anaphor_nouns": {"BUS": ["Firm"]}}})
    assert lexicon.sector_anaphor_nouns == {"firm": {"BUS"}}
    with pytest.raises(KnowledgeError):
        validate_kb_data({"version": 1, "lexicon": {"sector_anaphor_nouns": {"guild": ["union"]}}})
