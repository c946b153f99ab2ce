"""places resolution (2): cues in the text that settle which namesake a name stands for."""

from __future__ import annotations

from eventwire.stages.places import resolve_spans

from .stage_helpers import spans_of

# ---------------------------------------------------------------- a town's North American bodies


def test_a_name_before_an_american_police_department_is_no_famous_city_abroad():
    text = ("Paris officers answered a noise complaint on Maple Street late Friday. A spokesman for the Paris Police "
            "Department said nobody was hurt and that Paris residents can report noise online.")
    found = resolve_spans(text, spans_of(text, "Paris", "Paris", "Paris"))
    assert found and all(p is not None and p.country == "USA" for p in found)


def test_a_name_before_an_american_city_school_board_is_no_famous_city_abroad():
    text = ("Alexandria parents packed the library on Tuesday night. The Alexandria City Public Schools board heard "
            "complaints about bus routes.")
    found = resolve_spans(text, spans_of(text, "Alexandria", "Alexandria"))
    assert found and all(p is not None and p.country == "USA" for p in found)


def test_a_british_city_council_leaves_the_famous_city_where_it_is():
    # a "City Council" and a "Grammar School" are British bodies too: they move no name to America
    text = ("Paris will host the summit next spring. Lancaster City Council sent a delegation, and pupils of "
            "Lancaster Grammar School will sing.")
    paris, _ = resolve_spans(text, spans_of(text, "Paris", "Lancaster"))
    assert paris is not None and paris.country == "FRA"
