"""Approximate points: a name the gazetteer cannot place stands at a town the report names.

A name with no candidate (a street, a river, a church), or one found only through a small town
inside it that lies far from the report's other towns ("Griffith Park" in a report on Los
Angeles is not in Griffith, Indiana), is most likely something in the report's own town. It
gets the point of the town named as its container, else of the town named last before it, else
of the first named after it, with a low confidence and no GeoNames id of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factline.gazetteer import Entry, Gazetteer
from factline.geo import haversine_km
from factline.places_candidates import NameInText, named_candidates
from factline.places_scores import CONTAINER_GAP, PROXIMITY_KM, Resolution, town_point

# How sure an approximate point is: in the tuning part of the geoparsing sets about three names in
# five that get one lie within 161 km of it, where a resolved name is wrong about one time in ten.
APPROXIMATE_CONFIDENCE = 0.3
BIG_TOWN = 100_000  # people: a town this big, named inside a longer name, is meant wherever it is


def found_inside(options_of: dict[str, tuple[Entry, ...]], gazetteer: Gazetteer) -> set[str]:
    """The names whose candidates are those of a place named inside them ("Griffith Park")."""
    return {
        key
        for key, options in options_of.items()
        if options and not named_candidates(key, gazetteer)
    }


def with_approximate_points(
    text: str, mentions: Sequence[NameInText], resolved: list[Resolution | None], inside: set[str]
) -> list[Resolution | None]:
    """Names that are most likely something in the report's own town, placed approximately at
    the town named as their container ("Darby Street in Wichita"), else the town named last
    before them, else the first named after them: a name without candidates (a street, a church,
    a river), and a name found only through a small town inside it that lies far from every town
    the report names otherwise ("Griffith Park" in a report on Los Angeles is not in Griffith,
    Indiana). Where the report names no such town they stay as they are."""
    towns = [
        _Town(mention.start, mention.key, resolution.entry, point)
        for mention, resolution in zip(mentions, resolved, strict=True)
        if resolution is not None and (point := town_point(resolution.entry)) is not None
    ]
    astray = {town.start for town in towns if town.key in inside and _astray(town, towns)}
    towns = [town for town in towns if town.start not in astray]
    placed = list(resolved)
    for index, (mention, resolution) in enumerate(zip(mentions, resolved, strict=True)):
        if resolution is None or mention.start in astray:
            town = _container_town(text, mentions, index, towns) or _town_named_near(
                mention.start, towns
            )
            if town is not None:
                placed[index] = Resolution(town, APPROXIMATE_CONFIDENCE, approximate=True)
    return placed


@dataclass(frozen=True)
class _Town:
    """A town a report names: where, by which name, and its point."""

    start: int
    key: str
    entry: Entry
    point: tuple[float, float]


def _astray(town: _Town, towns: list[_Town]) -> bool:
    """Whether a small town lies further than `PROXIMITY_KM` from every town that the report's
    other names point to. A big city is meant wherever it is ("New York Auto Show")."""
    return town.entry.population < BIG_TOWN and all(
        haversine_km(*town.point, *other.point) > PROXIMITY_KM
        for other in towns
        if other.key != town.key
    )


def _container_town(
    text: str, mentions: Sequence[NameInText], index: int, towns: list[_Town]
) -> Entry | None:
    """The town named just after a mention as its container ("Darby Street, Wichita")."""
    if index + 1 == len(mentions):
        return None
    after = mentions[index + 1]
    if text[mentions[index].end : after.start] not in CONTAINER_GAP:
        return None
    return next((town.entry for town in towns if town.start == after.start), None)


def _town_named_near(start: int, towns: list[_Town]) -> Entry | None:
    """The town named last before `start`, else the first named after it."""
    after = None
    for town in reversed(towns):
        if town.start < start:
            return town.entry
        after = town.entry
    return after
