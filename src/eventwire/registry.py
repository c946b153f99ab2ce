"""The stage registry: stage names map to classes; built-ins and third-party stages register the same way.

Third-party packages expose stages under the entry-point group `eventwire.stages`, e.g.
`[project.entry-points."eventwire.stages"] mystage = "mypkg.stage:MyStage"`; eventwire's own stages are
declared under the same group in its pyproject.toml and also imported directly so a source checkout works.
"""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points

from eventwire.errors import PipelineError
from eventwire.stages.base import Stage

ENTRY_POINT_GROUP = "eventwire.stages"

_BUILTIN = {
    "nlp.v1": "eventwire.stages.nlp:NlpStage",
    "actors.v1": "eventwire.stages.actors:ActorsStage",
    "places.v1": "eventwire.stages.places:PlacesStage",
    "times.v1": "eventwire.stages.times:TimesStage",
    "quotes.v1": "eventwire.stages.quotes:QuotesStage",
    "events.v1": "eventwire.stages.events:EventsStage",
    "framing.v1": "eventwire.stages.framing:FramingStage",
}


def _load(target: str) -> type[Stage]:
    module_name, _, attr = target.partition(":")
    return getattr(importlib.import_module(module_name), attr)


def available() -> dict[str, str]:
    """Every known stage name -> import target, built-ins first, then entry points (which may override)."""
    found = dict(_BUILTIN)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found[ep.name if "." in ep.name else f"{ep.name}.v1"] = ep.value
    return found


def resolve(name: str) -> type[Stage]:
    """A stage class by full name ("places.v1") or by part name ("places": the highest version)."""
    known = available()
    if name not in known:
        versions = sorted((n for n in known if n.split(".")[0] == name), key=_version_key)
        if not versions:
            raise PipelineError(f"unknown stage {name!r}; known: {', '.join(sorted(known))}")
        name = versions[-1]
    cls = _load(known[name])
    if not (isinstance(cls, type) and issubclass(cls, Stage)):
        raise PipelineError(f"stage {name!r} ({known[name]}) is not an eventwire Stage")
    return cls


def _version_key(name: str) -> int:
    tail = name.rsplit(".v", 1)[-1]
    return int(tail) if tail.isdigit() else 0
