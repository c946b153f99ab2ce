"""places: a large city's short name written on its own ("lawmakers in D.C.", "fans in L.A."), which
GeoNames does not list, is the city; a state's abbreviation in the "Town, ST" slot stays the state; Siberia stands
within 161 km of both its GeoNames and its encyclopaedic point."""

from __future__ import annotations

import math

import pytest

from eventwire.stages.places import resolve_spans

from .. import stage_helpers


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _resolved(text: str, *names: str):
    return resolve_spans(text, stage_helpers.spans_of(text, *names))


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Lawmakers in D.C. argued over the farm bill until late on Thursday.", "D.C.", 38.90, -77.04),
    ("Lobbyists swarmed DC as the budget vote neared.", "DC", 38.90, -77.04),
    ("Fans in L.A. poured into the streets after the final whistle.", "L.A.", 34.05, -118.24),
    ("Commuters in Philly faced a third day of bus delays.", "Philly", 39.95, -75.16),
])
def test_city_short_name_on_its_own_is_the_city(text: str, name: str, lat: float, lon: float) -> None:
    place = _resolved(text, name)[0]
    assert place is not None and place.feature in ("city", "admin1")
    assert _km(place.lat, place.lon, lat, lon) < 50


@pytest.mark.parametrize("text", [
    "A warehouse fire in Monroe, La., burned through the night.",
    "A warehouse fire in Monroe, LA, burned through the night.",
])
def test_state_abbreviation_after_a_town_stays_the_state(text: str) -> None:
    state = _resolved(text, "Monroe", "La" if "La." in text else "LA")[1]
    assert state is not None and state.feature == "admin1" and state.admin1 == "Louisiana"


def test_siberia_lies_within_161_km_of_both_its_reference_points() -> None:
    place = _resolved("Forest fires in Siberia spread smoke across the region.", "Siberia")[0]
    assert place is not None
    assert _km(place.lat, place.lon, 60.0, 100.0) < 161 and _km(place.lat, place.lon, 60.0, 105.0) < 161
