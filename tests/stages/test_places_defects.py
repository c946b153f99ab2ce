"""places: known defects on real articles (issue 5), on hand-built sentences."""

from __future__ import annotations

from eventwire.stages.places import resolve_spans


def spans_of(text: str, *names: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        out.append((start, start + len(name)))
        pos = start + 1
    return out


def test_a_world_citys_spelling_variant_outranks_smaller_namesakes_with_that_main_name():
    # GeoNames spells the Ukrainian port "Odesa" and lists "Odessa" as an alternate name, the main name of Texan and
    # other towns: the transliteration still names the world city
    text = "Shelling was reported near Odessa on Friday, officials said."
    (odessa,) = resolve_spans(text, spans_of(text, "Odessa"))
    assert odessa.country == "UKR"
    # ... while a container or nearby places still pick the namesake
    text2 = "Oil prices rose in Odessa, Texas, on Monday."
    (odessa2,) = resolve_spans(text2, spans_of(text2, "Odessa"))
    assert odessa2.country == "USA" and odessa2.admin1 == "Texas"
