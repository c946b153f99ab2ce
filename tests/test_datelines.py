"""The shared dateline patterns: an upper-case place may open with a two-letter word when a longer one follows
("LA PAZ, Bolivia (AP) —"); a two-letter word alone is no place."""

from __future__ import annotations

from eventwire.datelines import AGENCY_DATELINE, DATELINE


def test_a_place_opening_with_a_two_letter_word_is_a_dateline():
    assert DATELINE.match("LA PAZ, Bolivia (AP) — Miners blocked roads.")
    assert DATELINE.match("EL OBEID, Sudan (Reuters) - Shelling resumed.")
    assert AGENCY_DATELINE.match("LA PAZ (AP) The miners marched.")


def test_a_two_letter_word_alone_is_no_dateline_place():
    assert not DATELINE.match("UN - The council met.")
    assert not DATELINE.match("AP — The agency said.")
