"""The record: what factline finds in one report, as plain frozen dataclasses.

This module is the single definition of the record described in DESIGN.md. Stages build these
objects; JSON appears only at the edges, through `to_json` / `from_json` here, and the JSON Schema
in `schema/record.schema.json` is generated from these classes (`make schema`).

Offsets are character offsets into `Document.text`, end exclusive.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import hashlib
import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, get_args, get_origin, get_type_hints

TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
EventType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
EventStatus = Literal["occurred", "planned", "threatened", "denied", "uncertain"]
ActorKind = Literal["person", "organization", "country", "group"]
ActorRole = Literal[
    "government",
    "security",
    "military",
    "opposition",
    "protesters",
    "civilians",
    "rebels",
    "international",
    "media",
    "other",
]
Measure = Literal[
    "killed",
    "injured",
    "arrested",
    "detained",
    "missing",
    "displaced",
    "participants",
    "deployed",
    "price",
    "other",
]
Qualifier = Literal["exact", "approximate", "at_least", "at_most", "vague"]
Stance = Literal["confirmed", "reported", "claimed", "denied", "estimated"]
ConflictKind = Literal["figure", "date", "fact"]


@dataclass(frozen=True, kw_only=True)
class Document:
    """One report: its text and what is known of where and when it appeared.

    `published` is an ISO date (`2022-01-07`) or None; `id` defaults to the text's SHA-256.
    """

    id: str = ""
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    language: str = "en"
    text: str

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", text_id(self.text))


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True)
class Span:
    """A stretch of the report's text: the evidence for a field."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Time:
    """A time expression and its TIMEX3 normalization.

    `anchor` says what the value was resolved against: the id of another time, `"published"`
    for the publication date, or None for a value that needed no anchor ("January 2, 2022").
    """

    id: str
    text: str
    start: int
    end: int
    type: TimeType
    value: str
    anchor: str | None = None


@dataclass(frozen=True)
class Place:
    id: str
    text: str
    start: int
    end: int
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    confidence: float = 0.0


@dataclass(frozen=True)
class Actor:
    """A mention of an actor, with the canonical actor it refers to."""

    id: str
    text: str
    start: int
    end: int
    name: str
    kind: ActorKind
    role: ActorRole | None = None
    country: str | None = None


@dataclass(frozen=True)
class Event:
    """A coded event: PLOVER type and mode, who did it to whom, when and where."""

    id: str
    type: EventType
    trigger: Span
    sentence: int
    mode: str | None = None
    status: EventStatus = "occurred"
    date: str | None = None
    time: str | None = None
    place: str | None = None
    source: str | None = None
    target: str | None = None
    fatalities: int | None = None
    confidence: float = 0.5


@dataclass(frozen=True)
class Attribution:
    """Who gave a figure: the words of the text, and the actor they resolve to."""

    text: str
    actor: str | None = None


@dataclass(frozen=True)
class Claim:
    """A quantitative claim: a measure of a subject as a value range, and who said it."""

    id: str
    measure: Measure
    subject: str
    text: str
    start: int
    end: int
    low: float | None
    high: float | None
    qualifier: Qualifier
    sentence: int
    said_by: Attribution | None = None
    stance: Stance = "reported"
    date: str | None = None
    place: str | None = None


@dataclass(frozen=True)
class Conflict:
    """Claims or events that cannot all be true, and why."""

    id: str
    kind: ConflictKind
    items: tuple[str, ...]
    explanation: str


@dataclass(frozen=True)
class Analysis:
    """Everything found in one document, in the order the stages found it."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    times: tuple[Time, ...] = ()
    places: tuple[Place, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    conflicts: tuple[Conflict, ...] = ()

    @property
    def text(self) -> str:
        return self.document.text

    def sentence_of(self, offset: int) -> int:
        """The index of the sentence holding `offset` (the last one before it if between)."""
        index = bisect.bisect_right(self.sentences, offset, key=lambda s: s.start) - 1
        return max(index, 0)

    def find(self, item_id: str) -> Time | Place | Actor | Event | Claim | None:
        """The item with this id, from any of the stages."""
        for items in (self.times, self.places, self.actors, self.events, self.claims):
            for item in items:
                if item.id == item_id:
                    return item
        return None


def text_id(text: str) -> str:
    """A document's id: the SHA-256 of its text, so the same text is always one document."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# --- JSON ---------------------------------------------------------------------------------


def to_dict(record: Any) -> Any:
    """The JSON-ready form of a record (dataclasses become objects, tuples lists)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, tuple | list):
        return [to_dict(item) for item in record]
    return record


def to_json(analysis: Analysis, indent: int | None = None) -> str:
    return json.dumps(to_dict(analysis), ensure_ascii=False, indent=indent)


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    """A class's resolved type hints, computed once (resolving them is slow)."""
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


def from_dict(cls: type[Any], data: Any) -> Any:
    """Build a record of class `cls` from its JSON-ready form; the inverse of `to_dict`."""
    values = {}
    for name, convert in _fields_plan(cls):
        if name in data:
            value = data[name]
            values[name] = None if value is None else convert(value)
    return cls(**values)


def from_json(text: str) -> Analysis:
    analysis: Analysis = from_dict(Analysis, json.loads(text))
    return analysis


_PLANS: dict[type[Any], tuple[tuple[str, Callable[[Any], Any]], ...]] = {}


def _fields_plan(cls: type[Any]) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """Each field of a record class with the function that converts its JSON value, worked
    out once per class: reading a stored story decodes thousands of records."""
    plan = _PLANS.get(cls)
    if plan is None:
        hints = _hints(cls)
        fields = dataclasses.fields(cls)
        plan = _PLANS[cls] = tuple((f.name, _converter(hints[f.name])) for f in fields)
    return plan


@functools.cache
def _converter(hint: Any) -> Callable[[Any], Any]:
    """The function that turns a JSON value (never None) into a value of type `hint`."""
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in get_args(hint) if arg is not type(None)]
        return _converter(options[0])
    if origin is tuple:
        item = _converter(get_args(hint)[0])
        return lambda value: tuple([None if v is None else item(v) for v in value])
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return functools.partial(from_dict, hint)
    return _unchanged


def _unchanged(value: Any) -> Any:
    return value


# --- JSON Schema ----------------------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """The JSON Schema of `Analysis` in its JSON form, generated from the dataclasses."""
    definitions: dict[str, Any] = {}
    root = _schema_of(Analysis, definitions)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://factline.invalid/record.schema.json",
        "title": "factline analysis of one report",
        **root,
        "$defs": definitions,
    }


def _schema_of(hint: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_schema_of(arg, definitions) for arg in get_args(hint)]}
    if origin is Literal:
        return {"enum": list(get_args(hint))}
    if origin is tuple:
        return {"type": "array", "items": _schema_of(get_args(hint)[0], definitions)}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        name = hint.__name__
        if name not in definitions:
            definitions[name] = {}  # reserve the name before recursing
            hints = get_type_hints(hint)
            fields = dataclasses.fields(hint)
            definitions[name] = {
                "type": "object",
                "description": (hint.__doc__ or name).strip().splitlines()[0],
                "properties": {f.name: _schema_of(hints[f.name], definitions) for f in fields},
                "required": [f.name for f in fields],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}
    return {"type": simple[hint]}


__all__ = [
    "Actor",
    "Analysis",
    "Attribution",
    "Claim",
    "Conflict",
    "Document",
    "Event",
    "Place",
    "Sentence",
    "Span",
    "Time",
    "from_json",
    "json_schema",
    "text_id",
    "to_dict",
    "to_json",
]
