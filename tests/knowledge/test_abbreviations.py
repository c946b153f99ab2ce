"""knowledge.abbreviations: the tokenizer's list of abbreviated titles loads from its data file."""

from __future__ import annotations

from eventwire.knowledge.abbreviations import name_abbreviations


def test_abbreviations_load_whole_with_their_full_stops_and_without_comments():
    words = name_abbreviations()
    assert "Lt." in words and "Supt." in words
    assert all(w.endswith(".") and " " not in w for w in words)
    assert len(words) == len(set(words))
