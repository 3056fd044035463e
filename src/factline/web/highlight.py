"""A report's text cut into pieces, each either plain or one highlighted item (a time, place,
actor, event trigger or figure), for the document page. Items never overlap in the output:
where two do, the one that starts first (the longer one on a tie) is kept whole, and the other
becomes an empty anchor just after it, so that links to it still land."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from factline.record import Analysis

KINDS = ("time", "place", "actor", "event", "figure")


@dataclass(frozen=True)
class Mark:
    """One highlighted item: its kind, its id in the record, where it is and what it says."""

    kind: str
    item: str
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Piece:
    text: str
    mark: Mark | None = None


def marks_of(analysis: Analysis) -> list[Mark]:
    """Every item of the record that points at the text, as a mark with a short label."""
    marks = [Mark("time", t.id, t.start, t.end, f"{t.type} {t.value}") for t in analysis.times]
    marks += [
        Mark("place", p.id, p.start, p.end, _place_label(analysis, p.id)) for p in analysis.places
    ]
    marks += [
        Mark("actor", a.id, a.start, a.end, f"{a.name} ({a.role or a.kind})")
        for a in analysis.actors
    ]
    marks += [
        Mark("event", e.id, e.trigger.start, e.trigger.end, f"{e.type} {e.status} {e.date or ''}")
        for e in analysis.events
    ]
    marks += [
        Mark("figure", c.id, c.start, c.end, f"{c.measure} {c.subject}: {_range(c.low, c.high)}")
        for c in analysis.claims
    ]
    text_length = len(analysis.text)
    return [m for m in marks if 0 <= m.start < m.end <= text_length]


def _place_label(analysis: Analysis, place_id: str) -> str:
    place = analysis.find(place_id)
    name = getattr(place, "name", place_id)
    country = getattr(place, "country", None)
    return f"{name}, {country}" if country else str(name)


def _range(low: float | None, high: float | None) -> str:
    def shown(value: float | None) -> str:
        return "?" if value is None else f"{value:g}"

    return shown(low) if low == high else f"{shown(low)}..{shown(high)}"


def pieces(text: str, marks: list[Mark]) -> Iterator[Piece]:
    """The text in order, with each kept mark as its own piece."""
    position = 0
    for mark in sorted(marks, key=lambda m: (m.start, -(m.end - m.start))):
        if mark.start < position:
            yield Piece("", mark)  # overlaps a mark already shown: an empty anchor keeps its link
            continue
        if mark.start > position:
            yield Piece(text[position : mark.start])
        yield Piece(text[mark.start : mark.end], mark)
        position = mark.end
    if position < len(text):
        yield Piece(text[position:])
