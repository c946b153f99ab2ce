"""The eventwire/1 record (../shared/CONTRACT.md) as typed models.

These models are the single definition of the output: the JSON Schema in docs/schema is generated from them,
the store maps them to tables, exporters and scorers read them. Field names follow the contract exactly.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "eventwire/1"

ActorKind = Literal[
    "person", "government", "military", "police", "armed_group", "political_party", "igo", "ngo", "media",
    "business", "religious", "population", "country", "other",
]
PlaceFeature = Literal["country", "admin1", "admin2", "city", "locality", "site", "region", "water", "other"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]
EventStatus = Literal["asserted", "negated", "hypothetical", "future", "uncertain"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Voice = Literal["author", "quoted"]
Technique = Literal[
    "Appeal_to_Authority", "Appeal_to_fear-prejudice", "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy", "Causal_Oversimplification", "Doubt", "Exaggeration,Minimisation",
    "Flag-Waving", "Loaded_Language", "Name_Calling,Labeling", "Repetition", "Slogans",
    "Thought-terminating_Cliches", "Whataboutism,Straw_Men,Red_Herring",
]
TECHNIQUES: tuple[str, ...] = Technique.__args__  # type: ignore[attr-defined]


class _Model(BaseModel):
    # Extra fields are allowed by the contract ("add fields freely"), but our own models declare theirs.
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(_Model):
    """A stretch of `document.text`; `text == document.text[start:end]`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Offsets(_Model):
    """A stretch of `document.text` given by offsets only (used for sentences)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class StageTiming(_Model):
    name: str
    elapsed_ms: float


class Meta(_Model):
    version: str
    stages: list[str]
    elapsed_ms: float
    timings: list[StageTiming] = Field(default_factory=list)
    spacy_model: str | None = None


class Document(_Model):
    id: str
    source_id: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str = "en"
    text: str


class Actor(_Model):
    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = Field(default_factory=list)
    wikidata: str | None = None
    description: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Place(_Model):
    id: str
    name: str
    feature: PlaceFeature
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    resolution: int | None = Field(default=None, ge=1, le=5)
    mentions: list[Span] = Field(default_factory=list)


class TimeExpression(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    type: TimeType
    value: str | None = None


class Event(_Model):
    id: str
    type: EventType
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    actors: list[str] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    place: str | None = None
    place_rule: str | None = None
    date: str | None = None
    status: EventStatus = "asserted"
    source: str | None = None
    cameo: str | None = None
    trigger: Span
    triggers: list[Span] = Field(default_factory=list)
    sentence: Offsets
    confidence: float = Field(ge=0.0, le=1.0)


class Quote(_Model):
    id: str
    kind: QuoteKind
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    speaker: str | None = None
    cue: Span | None = None


class VoiceSpan(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    voice: Voice


class TechniqueSpan(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    technique: Technique
    score: float = Field(ge=0.0, le=1.0)


class Stance(_Model):
    actor: str
    score: float = Field(ge=-1.0, le=1.0)


class Framing(_Model):
    opinion: float | None = Field(default=None, ge=0.0, le=1.0)
    voices: list[VoiceSpan] = Field(default_factory=list)
    techniques: list[TechniqueSpan] = Field(default_factory=list)
    stance: list[Stance] = Field(default_factory=list)


class Record(_Model):
    """One article's eventwire/1 record.

    A part that is None was not produced because its stage did not run; an empty list means the stage ran and
    found nothing (meta.stages says which ran).
    """

    schema_: Literal["eventwire/1"] = Field(default=SCHEMA_VERSION, alias="schema")
    meta: Meta
    document: Document
    actors: list[Actor] | None = None
    places: list[Place] | None = None
    times: list[TimeExpression] | None = None
    events: list[Event] | None = None
    quotes: list[Quote] | None = None
    framing: Framing | None = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self, *, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

    def spans(self) -> list[tuple[str, int, int, str]]:
        """Every (where, start, end, text) span that carries text, for integrity checks."""
        found: list[tuple[str, int, int, str]] = []
        for actor in self.actors or []:
            found += [(f"actor {actor.id}", m.start, m.end, m.text) for m in actor.mentions]
        for place in self.places or []:
            found += [(f"place {place.id}", m.start, m.end, m.text) for m in place.mentions]
        found += [("time", t.start, t.end, t.text) for t in self.times or []]
        for event in self.events or []:
            found += [(f"event {event.id}", s.start, s.end, s.text) for s in [event.trigger, *event.triggers]]
        for quote in self.quotes or []:
            found.append((f"quote {quote.id}", quote.start, quote.end, quote.text))
            if quote.cue:
                found.append((f"quote {quote.id} cue", quote.cue.start, quote.cue.end, quote.cue.text))
        if self.framing:
            found += [("technique", t.start, t.end, t.text) for t in self.framing.techniques]
        return found


def json_schema() -> dict:
    """The JSON Schema of eventwire/1, generated from the models."""
    schema = Record.model_json_schema(by_alias=True)
    schema["$id"] = "https://eventwire.invalid/schema/eventwire-1.json"
    schema["title"] = "eventwire/1 record"
    return schema
