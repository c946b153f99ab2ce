"""knowledge.headlines: the closed-class words a Title-Case headline capitalises for its style, the irregular
past tenses and the plurals without -s that the re-parse of a verbless headline reads."""

from __future__ import annotations

from eventwire.knowledge.headlines import function_words, irregular_pasts, plural_nouns


def test_function_words_are_lower_case_closed_class_words():
    words = function_words()
    assert {"the", "of", "in", "with", "after", "near"} <= words
    assert all(w == w.lower() and " " not in w for w in words)
    assert "attack" not in words and "#" not in "".join(words)


def test_irregular_pasts_map_lower_case_bases_to_pasts():
    pasts = irregular_pasts()
    assert pasts["hold"] == "held" and pasts["strike"] == "struck"
    assert all(b == b.lower() and p and " " not in p for b, p in pasts.items())


def test_plural_nouns_are_plurals_without_final_s():
    nouns = plural_nouns()
    assert {"police", "people"} <= nouns
    assert all(not n.endswith("s") for n in nouns)
