"""knowledge.headlines: the closed-class words a Title-Case headline capitalises for its style."""

from __future__ import annotations

from eventwire.knowledge.headlines import function_words


def test_function_words_are_lower_case_closed_class_words():
    words = function_words()
    assert {"the", "of", "in", "with", "after", "near"} <= words
    assert all(w == w.lower() and " " not in w for w in words)
    assert "attack" not in words and "#" not in "".join(words)
