"""The quote cue lexicon loader (eventwire.knowledge.cues)."""

from __future__ import annotations

from eventwire.knowledge.cues import load_quote_cues


def test_packaged_lexicon_has_the_reporting_idioms():
    cues = load_quote_cues()
    assert "it" in cues.reporting_idioms["put"]
    assert cues.is_cue_verb("say") and not cues.is_cue_verb("put")


def test_extra_file_layers_its_idioms_over_the_packaged_ones(tmp_path):
    extra = tmp_path / "cues.yaml"
    extra.write_text("reporting_idioms:\n  Sum: [Up]\nspeech_verbs: [holler]\n", encoding="utf-8")
    cues = load_quote_cues((extra,))
    assert cues.reporting_idioms["sum"] == frozenset({"up"})
    assert "it" in cues.reporting_idioms["put"]  # the packaged mapping stays
    assert cues.is_cue_verb("holler") and cues.is_cue_verb("say")


def test_length_thresholds_are_lexicon_values():
    cues = load_quote_cues()
    assert cues.scare_quote_max_words == 1 and cues.embedded_quote_max_words == 12


def test_document_nouns_and_issuing_verbs_are_lexicon_values():
    cues = load_quote_cues()
    assert {"statement", "report", "communique"} <= cues.document_nouns
    assert {"issue", "release"} <= cues.document_issuing_verbs
    assert "spokesman" not in cues.document_nouns


def test_a_given_name_listed_under_both_genders_marks_neither(tmp_path):
    extra = tmp_path / "names.yaml"
    extra.write_text("given_names:\n  male: [Alex, Tom]\n  female: [alex, Ann]\n", encoding="utf-8")
    cues = load_quote_cues((extra,))
    assert cues.given_names["tom"] == "male" and cues.given_names["ann"] == "female"
    assert "alex" not in cues.given_names


def test_verbs_relaying_words_are_lexicon_values():
    cues = load_quote_cues()
    assert {"quote", "cite"} <= cues.relaying_verbs and "read" not in cues.relaying_verbs
