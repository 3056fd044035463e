"""Evidence for the UI: the sentence an item came from, split around the item's own words,
and the few facts about a place or a report that every panel shows beside it."""

from __future__ import annotations

from functools import cache
from typing import Any

from factline.record import Analysis, Claim, Event, Place

# A sentence longer than this is cut around the item, so one run-on line cannot flood a panel.
MAX_CONTEXT_CHARS = 400


def sentence_evidence(
    analysis: Analysis, sentence_index: int, start: int, end: int
) -> dict[str, Any]:
    """The sentence holding text[start:end], as {before, mark, after, start, end}."""
    text = analysis.text
    if 0 <= sentence_index < len(analysis.sentences):
        sentence = analysis.sentences[sentence_index]
        left, right = min(sentence.start, start), max(sentence.end, end)
    else:
        left, right = start, end
    left = max(left, start - MAX_CONTEXT_CHARS)
    right = min(right, end + MAX_CONTEXT_CHARS)
    return {
        "before": text[left:start],
        "mark": text[start:end],
        "after": text[end:right],
        "start": start,
        "end": end,
    }


def event_evidence(analysis: Analysis, event: Event) -> dict[str, Any]:
    trigger = event.trigger
    return sentence_evidence(analysis, event.sentence, trigger.start, trigger.end)


def claim_evidence(analysis: Analysis, claim: Claim) -> dict[str, Any]:
    return sentence_evidence(analysis, claim.sentence, claim.start, claim.end)


def report_of(analysis: Analysis) -> dict[str, Any]:
    """Which report an item comes from: the facts shown on each side of a conflict."""
    document = analysis.document
    return {
        "document": document.id,
        "title": document.title,
        "outlet": document.source,
        "published": document.published,
        "url": document.url,
    }


def place_of(analysis: Analysis, place_id: str | None) -> dict[str, Any] | None:
    item = analysis.find(place_id) if place_id else None
    if not isinstance(item, Place):
        return None
    return {
        "name": item.name,
        "country": item.country,
        "admin1": item.admin1,
        "lat": item.lat,
        "lon": item.lon,
        "precision": precision_of(item),
    }


def precision_of(place: Place) -> str:
    """How precise a place's point is: a `town`, a `region`'s centre, a `country`'s centre.

    The kind comes from the gazetteer entry the place was resolved to; without one, a place with
    no region is taken as a country and anything else as a town.
    """
    if place.lat is None or place.lon is None:
        return "unplaced"
    kind = _gazetteer_kind(place.geonames_id) if place.geonames_id else None
    if kind in ("country", "continent") or (kind is None and place.admin1 is None):
        return "country"
    if kind in ("admin1", "admin2"):
        return "region"
    return "town"


@cache
def _gazetteer_kind(geonames_id: int) -> str | None:
    """The kind of the gazetteer entry with this GeoNames id, or None if it is not known."""
    try:
        from factline.gazetteer import load_gazetteer
    except ImportError:
        return None
    find_id = getattr(load_gazetteer(), "find_id", None)
    entry = find_id(geonames_id) if find_id is not None else None
    kind = getattr(entry, "kind", None)
    return kind if isinstance(kind, str) else None


def name_of(analysis: Analysis, item_id: str | None) -> str | None:
    item = analysis.find(item_id) if item_id else None
    name = getattr(item, "name", None)
    return name if isinstance(name, str) else None


def number(value: float | None) -> float | int | None:
    """A figure as JSON shows it best: 12, not 12.0."""
    if value is not None and value == int(value):
        return int(value)
    return value
