"""PLOVER quad classes (cooperation vs conflict), read from knowledge/data/plover_quad.json on first use."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from eventwire.models import EVENT_TYPES

QUAD_CLASSES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


@lru_cache(maxsize=1)
def quad_classes() -> dict[str, str]:
    """{PLOVER event type: quad class}; every PLOVER type is mapped exactly once."""
    raw = json.loads(resources.files("eventwire.knowledge").joinpath("data/plover_quad.json").read_text("utf-8"))
    mapping: dict[str, str] = {}
    for quad, types in raw["classes"].items():
        if quad not in QUAD_CLASSES:
            raise ValueError(f"plover_quad.json: unknown quad class {quad!r}")
        for event_type in types:
            if event_type in mapping:
                raise ValueError(f"plover_quad.json: {event_type} is listed twice")
            mapping[event_type] = quad
    missing = [t for t in EVENT_TYPES if t not in mapping]
    if missing:
        raise ValueError(f"plover_quad.json: no quad class for {', '.join(missing)}")
    return mapping


def quad_class(event_type: str) -> str | None:
    """The quad class of a PLOVER type ("verbal_cooperation", ...), None for an unknown type."""
    return quad_classes().get(event_type)


def is_cooperative(event_type: str) -> bool:
    """True for the cooperative PLOVER types (AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT)."""
    return (quad_class(event_type) or "").endswith("_cooperation")
