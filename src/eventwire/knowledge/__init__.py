"""Knowledge as data: actor dictionaries, lexicons and gazetteer sources, each with a loader module here."""

from __future__ import annotations

import importlib


def prepare() -> list[str]:
    """Build every on-disk index ahead of first use (called by `eventwire setup` and `make`)."""
    done = []
    try:
        gazetteer = importlib.import_module("eventwire.knowledge.gazetteer")
    except ModuleNotFoundError:
        return ["no gazetteer module yet; nothing to build"]
    build = getattr(gazetteer, "build_gazetteer", None)
    if build is not None:
        path = build()
        done.append(f"gazetteer ready at {path}")
    return done


def lower_set(values) -> frozenset[str]:
    """A YAML word list (or None) as a frozenset of lower-case strings: how every cue loader reads its lists."""
    return frozenset(str(v).lower() for v in values or [])


def load_yaml(text: str):
    """Parse YAML with libyaml's C loader when PyYAML has it (10x faster on the KB), else the pure-Python one.

    Both are *safe* loaders: knowledge files can never construct arbitrary Python objects.
    """
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
