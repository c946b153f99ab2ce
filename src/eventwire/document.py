"""The working document that flows through the stages.

The text never changes; every stage adds stand-off annotations keyed by character offsets (DESIGN.md, principle 1).
A part left as None means its stage did not run; an empty list means it ran and found nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from eventwire.models import Actor, Event, Framing, Place, Quote, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc


def document_id(text: str) -> str:
    """Content-hash id: the same text is the same document everywhere."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Article:
    """An input article as ingest produced it; `text` is immutable from here on."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    source_id: str | None = None
    origin: str | None = None  # the file or stream it came from, for error messages
    # Extra passages the reader knows are quotations (HTML <blockquote>), as (start, end) offsets into text.
    blockquotes: list[tuple[int, int]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return document_id(self.text)


@dataclass
class Analysis:
    """One article under analysis: the article, the parse, and each stage's findings."""

    article: Article
    doc: Doc | None = None
    actors: list[Actor] | None = None
    places: list[Place] | None = None
    times: list[TimeExpression] | None = None
    quotes: list[Quote] | None = None
    events: list[Event] | None = None
    framing: Framing | None = None
    # Decisions one stage makes for another, e.g. the actors stage's metonymy spans that places must skip,
    # the actor id of every mention span, a place for each sentence. Keys are documented where they are set.
    shared: dict[str, Any] = field(default_factory=dict)
    stages_run: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text
