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
