"""The shared dateline patterns: an upper-case place may open with a two-letter word when a longer one follows
("LA PAZ, Bolivia (AP) —"); a two-letter word alone is no place."""

from __future__ import annotations

from eventwire.datelines import AGENCY_DATELINE, DATELINE, LEAD_DATELINE


def test_a_place_opening_with_a_two_letter_word_is_a_dateline():
    assert DATELINE.match("LA PAZ, Bolivia (AP) — Miners blocked roads.")
    assert DATELINE.match("EL OBEID, Sudan (Reuters) - Shelling resumed.")
    assert AGENCY_DATELINE.match("LA PAZ (AP) The miners marched.")


def test_a_two_letter_word_alone_is_no_dateline_place():
    assert not DATELINE.match("UN - The council met.")
    assert not DATELINE.match("AP — The agency said.")


def test_a_mixed_case_place_with_a_date_and_no_agency_is_a_dateline():
    assert DATELINE.match("Lviv, 12 October — Missiles damaged a depot.")
    assert DATELINE.match("Mogadishu, Somalia, Feb. 9, 2021 - Gunmen stormed a hotel.")
    assert LEAD_DATELINE.match("Mogadishu, Feb 9 - Gunmen stormed a hotel.").group(1) == "Mogadishu"


def test_a_number_and_a_word_that_is_no_month_make_no_date():
    assert not DATELINE.match("ABC 4 Local - Storm team forecast.")
    assert not DATELINE.match("Springfield, Route 9 - Traffic was slow.")


def test_a_story_filed_from_two_cities_is_one_dateline_of_the_first():
    assert DATELINE.match("BEIJING/MANILA, Nov 20 (Reuters) - China warned.").group(0).startswith("BEIJING/MANILA,")
    assert AGENCY_DATELINE.match("NEW DELHI/ISLAMABAD (Reuters) India said.")
    assert LEAD_DATELINE.match("GAZA/JERUSALEM, Nov 24 (Reuters) - A strike hit.").group(1) == "GAZA"
    assert not DATELINE.match("AND/OR - The rule applies.")
