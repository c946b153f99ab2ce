"""places: a name joined by lowercase particles ("Viña del Mar", "Santa Cruz de la Sierra") is one place, even when
spaCy tags only the part before or after the particles (a wildfire report read "Viña" as Vinh, Vietnam)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, surface, country", [
    ("Fires spread through the hills east of Viña del Mar on Friday night.", "Viña del Mar", "CHL"),
    ("A curfew was imposed in Viña del Mar, Quilpué and Villa Alemana.", "Viña del Mar", "CHL"),
    ("Dockers in Mar del Plata walked out on Monday.", "Mar del Plata", "ARG"),
    ("Farmers blocked roads outside Santa Cruz de la Sierra for a third day.", "Santa Cruz de la Sierra", "BOL"),
    ("Smugglers crossed the bridge into Ciudad del Este overnight.", "Ciudad del Este", "PRY"),
])
def test_a_name_joined_by_particles_is_one_place(places, text, surface, country):
    analysis = places(text)
    start = text.index(surface)
    hits = [p for p in analysis.places for m in p.mentions if m.start == start]
    assert hits and hits[0].country == country, [(p.name, p.country, [m.text for m in p.mentions])
                                                 for p in analysis.places]
    assert any(m.end == start + len(surface) for m in hits[0].mentions)


def test_a_person_named_with_particles_stays_no_place(places):
    text = "Defence Minister Diego de la Vega flew to Lima on Monday, and Ana dos Santos met him there."
    names = [p.name for p in places(text).places]
    assert "Lima" in names and not any("Vega" in n or "Santos" in n for n in names), names
