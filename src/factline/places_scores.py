"""Score each candidate place of a name: a prior from the gazetteer, then the report's context.

The prior favours countries, then regions and capitals, then towns by population. What the
report says around a name adds to it:
- a container named just after it ("Almaty, Kazakhstan", "Alexandria, Louisiana"), and for the
  container, that it holds the name before ("Rego Park, New York" is in the state);
- the report's focus: the countries and regions its other place names point to;
- nearness to the towns the report's other names most likely are (co-occurring places);
- a cue in the words ("the city of Zhanaozen" wants a town, "Almaty region" a region);
- the regions that the report's names could all lie in, read before choosing ("Richmond" and
  "Madison County" meet in a state that has both);
- a town that another name's candidates lie beside, read before choosing too ("London" with "St.
  Thomas" and "Middlesex" is London, Ontario);
- a name that is a place's own name rather than one of its alternates ("Oklahoma" is the state,
  though GeoNames also lists it for Oklahoma City).
The prior, the cue, the container and what the whole report's candidates share do not change
between the resolver's rounds (`fixed_scores`); the focus and the nearness do, read from the
round before (`read_report`). The best score wins, with its share of the softmax as its
confidence (`resolution_of`).
The weights were set on the tuning part of the geoparsing sets (see benchmarks/eval_places.py),
never on their held-out part.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from factline.gazetteer import Entry, Gazetteer, has_type_word, is_own_name, name_key
from factline.geo import haversine_km
from factline.places_candidates import NameInText

KIND_PRIOR = {"country": 9.5, "continent": 8.5, "admin1": 5.6, "admin2": 4.2, "region": 5.6}
CAPITAL_BONUS = 0.5
PRIMARY_NAME_BONUS = 0.3
ALTERNATE_NAME_PENALTY = 1.0
BARE_DISTRICT_PENALTY = 1.5
DISTRICT_SIZE_WEIGHT = 0.2
CONTAINER_BONUS = 6.0
COUNTRY_FOCUS_WEIGHT = 4.5
REGION_FOCUS_WEIGHT = 3.5
CUE_BONUS = 1.5
PROXIMITY_WEIGHT = 1.0
PROXIMITY_KM = 150.0
_PROXIMITY_DEGREES = PROXIMITY_KM / 111.0  # of latitude: towns further apart are not near
_LOCAL = frozenset({"city", "capital", "admin2"})
_NO_REGION = frozenset({"country", "continent", "region"})
NEIGHBOUR_BONUS = 0.5
NEIGHBOUR_KM = 50.0
_NEIGHBOUR_CELL = NEIGHBOUR_KM / 111.0  # degrees of latitude: a grid cell, to find neighbours
SHARED_REGION_WEIGHT = 1.0
SHARED_REGION_CAP = 2.0
_NEGLIGIBLE = 7.0  # a prior this far below the best gets under a thousandth of a vote
MAX_ANCHORS = 64  # towns compared against, so that a long report stays linear
CONTAINER_GAP = frozenset({", ", " , ", " in ", ", in "})


@dataclass(frozen=True)
class Resolution:
    """The place a mention names, or, where `approximate`, the town it most likely lies in: a
    street, river or building the gazetteer lacks is located there, roughly, without its own id."""

    entry: Entry
    confidence: float
    approximate: bool = False


@dataclass(frozen=True)
class ReportReading:
    """What the report's names say in one round: each name's likeliest place so far, and how
    many point into each country and region."""

    guesses: dict[str, Entry]
    countries: Counter[str]
    regions: Counter[tuple[str, str]]
    anchors: tuple[tuple[str, float, float], ...]  # (name key, lat, lon) of likely towns


@dataclass(frozen=True)
class _SharedRegions:
    """Each region's votes from the report's names (see `shared_regions`), each name's own."""

    votes: Counter[tuple[str, str]]
    by_key: dict[str, dict[tuple[str, str], float]]
    names: int


def prior(entry: Entry) -> float:
    """How likely a place is meant, before reading the report."""
    if entry.kind == "admin2":  # its "population" is its count of towns (see the README)
        return KIND_PRIOR["admin2"] + DISTRICT_SIZE_WEIGHT * math.log10(entry.population + 1)
    if entry.kind in KIND_PRIOR:
        return KIND_PRIOR[entry.kind]
    value = math.log10(entry.population + 1)
    return value + CAPITAL_BONUS if entry.kind == "capital" else value


def fixed_scores(
    sense: tuple[str, frozenset[int]],
    options: tuple[Entry, ...],
    priors: list[float],
    cues: set[str | None],
    shared: _SharedRegions,
    beside: set[tuple[str, int]],
) -> list[float]:
    """The part of each candidate's score that the rounds do not change."""
    key, contained = sense
    owns = [is_own_name(entry, key) for entry in options]
    own_named = any(owns)
    scores = []
    for entry, value, own in zip(options, priors, owns, strict=True):
        value += _cue_bonus(entry, cues) + _shared_region_bonus(entry, shared, key)
        if entry.geonames_id in contained:
            value += CONTAINER_BONUS
        if (key, entry.geonames_id) in beside:
            value += NEIGHBOUR_BONUS
        if name_key(entry.name) == key:
            value += PRIMARY_NAME_BONUS
        elif entry.kind == "admin2":
            value -= BARE_DISTRICT_PENALTY  # "DeKalb" is the town before DeKalb County
        if own_named and not own:
            value -= ALTERNATE_NAME_PENALTY  # "Oklahoma" is the state, not Oklahoma City
        scores.append(value)
    return scores


def container_candidates(
    text: str, mentions: Sequence[NameInText], candidates: list[tuple[Entry, ...]]
) -> list[frozenset[int]]:
    """For each mention, the ids of its candidates that the next name contains, and of those
    that contain the name before: in "Rego Park, New York" the town is in a state of that name,
    and "New York" is the state."""
    held: list[frozenset[int]] = [frozenset() for _ in mentions]
    for index in range(len(mentions) - 1):
        gap = text[mentions[index].end : mentions[index + 1].start]
        if gap not in CONTAINER_GAP:
            continue
        inner, outer = candidates[index], candidates[index + 1]
        held[index] |= {e.geonames_id for e in inner if any(_lies_in(e, r) for r in outer)}
        held[index + 1] |= {r.geonames_id for r in outer if any(_lies_in(e, r) for e in inner)}
    return held


def _lies_in(entry: Entry, region: Entry) -> bool:
    if region.kind == "country":
        return entry.country == region.country and entry.kind != "country"
    if region.kind == "admin1":
        return (
            entry.country == region.country
            and entry.admin1_code == region.admin1_code
            and entry.kind != "admin1"
        )
    return False


def shared_regions(
    options_of: dict[str, tuple[Entry, ...]], priors: dict[str, list[float]]
) -> _SharedRegions:
    """Which first-level regions the report's names could all lie in, read before choosing.

    Each name spreads one vote over the regions its candidates lie in, so that "Richmond" and
    "Madison County", each found in many states, meet in a state that has both.
    """
    votes: Counter[tuple[str, str]] = Counter()
    by_key: dict[str, dict[tuple[str, str], float]] = {}
    for key, options in options_of.items():
        by_key[key] = share = _region_shares(options, priors[key])
        votes.update(share)
    return _SharedRegions(votes, by_key, len(by_key))


def _region_shares(options: tuple[Entry, ...], priors: list[float]) -> dict[tuple[str, str], float]:
    """A name's one vote, split over the regions of its candidates by how likely each is before
    reading (a softmax of `prior`): a hamlet named "Kazakhstan" gets almost none of it."""
    if not options:
        return {}
    top = max(priors)
    weights = [
        (entry, math.exp(value - top))
        for entry, value in zip(options, priors, strict=True)
        if value > top - _NEGLIGIBLE
    ]
    total = sum(weight for _, weight in weights)
    share: dict[tuple[str, str], float] = {}
    for entry, weight in weights:
        if entry.kind not in _NO_REGION:
            region = (entry.country, entry.admin1_code)
            share[region] = share.get(region, 0.0) + weight / total
    return share


def beside_others(options_of: dict[str, tuple[Entry, ...]]) -> set[tuple[str, int]]:
    """The (name, place id) of each candidate town or district that lies within `NEIGHBOUR_KM` of
    a candidate town or district of another name. Read over all candidates before choosing, so
    that names no focus links yet find each other ("London", "St. Thomas" and "Middlesex" meet
    in Ontario). Candidates are put in grid cells first, so that a report stays near linear."""
    cells: dict[tuple[int, int], list[tuple[str, Entry]]] = {}
    for key, options in options_of.items():
        for entry in options:
            if town_point(entry) is not None:
                cells.setdefault(_cell(entry), []).append((key, entry))
    beside: set[tuple[str, int]] = set()
    for (row, column), members in cells.items():
        reach = _columns_reached(row)
        around = [
            other
            for step_row in (-1, 0, 1)
            for step_column in range(-reach, reach + 1)
            for other in cells.get((row + step_row, column + step_column), ())
        ]
        for key, entry in members:
            if any(_neighbours(key, entry, other_key, other) for other_key, other in around):
                beside.add((key, entry.geonames_id))
    return beside


def _cell(entry: Entry) -> tuple[int, int]:
    """The grid cell of a place with a point: `NEIGHBOUR_KM` of latitude a side, and as many
    degrees of longitude."""
    lat, lon = town_point(entry) or (0.0, 0.0)
    return math.floor(lat / _NEIGHBOUR_CELL), math.floor(lon / _NEIGHBOUR_CELL)


def _columns_reached(row: int) -> int:
    """How many cells east and west `NEIGHBOUR_KM` reaches in a row of cells: a degree of
    longitude is shorter away from the equator (up to 85 degrees north or south)."""
    far = min(85.0, max(abs(row), abs(row + 1)) * _NEIGHBOUR_CELL)
    return math.ceil(1.0 / math.cos(math.radians(far)))


def _neighbours(key: str, entry: Entry, other_key: str, other: Entry) -> bool:
    """Whether another name's candidate lies near this one: another place, not this one under
    another name ("Mexico" is not near Mexico City because the report says "Mexico City")."""
    if other_key == key or other.geonames_id == entry.geonames_id:
        return False
    here, there = town_point(entry), town_point(other)
    return here is not None and there is not None and haversine_km(*here, *there) <= NEIGHBOUR_KM


def town_point(entry: Entry) -> tuple[float, float] | None:
    """The point of a place small enough to stand for what lies in it (a town or a district)."""
    if entry.kind not in _LOCAL or entry.lat is None or entry.lon is None:
        return None
    return entry.lat, entry.lon


def read_report(mentions: Sequence[NameInText], guesses: list[Entry | None]) -> ReportReading:
    by_key: dict[str, Entry] = {}
    countries: Counter[str] = Counter()
    regions: Counter[tuple[str, str]] = Counter()
    for mention, entry in zip(mentions, guesses, strict=True):
        if entry is None or not entry.country:
            continue
        by_key[mention.key] = entry
        countries[entry.country] += 1
        if entry.kind != "country":
            regions[(entry.country, entry.admin1_code)] += 1
    anchors = tuple(
        (key, entry.lat, entry.lon)
        for key, entry in by_key.items()
        if entry.kind in _LOCAL and entry.lat is not None and entry.lon is not None
    )
    return ReportReading(by_key, countries, regions, anchors[:MAX_ANCHORS])


def focus_bonus(entry: Entry, report: ReportReading, key: str, own_count: int) -> float:
    """The share of the report's other names that point to this place's country and region."""
    own = report.guesses.get(key)
    others = sum(report.countries.values()) - (own_count if own is not None else 0)
    if others <= 0 or not entry.country:
        return 0.0
    in_country = report.countries[entry.country]
    in_region = 0
    if entry.kind != "country":
        in_region = report.regions[(entry.country, entry.admin1_code)]
    if own is not None and own.country == entry.country:
        in_country -= own_count
        if own.kind != "country" and own.admin1_code == entry.admin1_code:
            in_region -= own_count
    return (
        COUNTRY_FOCUS_WEIGHT * max(in_country, 0) / others
        + REGION_FOCUS_WEIGHT * max(in_region, 0) / others
    )


def proximity_bonus(entry: Entry, report: ReportReading, key: str) -> float:
    """More for a town near the likeliest places of the report's other local names."""
    if entry.kind not in _LOCAL or entry.lat is None or entry.lon is None:
        return 0.0
    nearest = min(
        (
            haversine_km(entry.lat, entry.lon, lat, lon)
            for other_key, lat, lon in report.anchors
            if other_key != key and abs(lat - entry.lat) < _PROXIMITY_DEGREES
        ),
        default=PROXIMITY_KM,
    )
    return PROXIMITY_WEIGHT * max(0.0, 1.0 - nearest / PROXIMITY_KM)


def _shared_region_bonus(entry: Entry, shared: _SharedRegions, key: str) -> float:
    """More for a place in a region that the report's other names could lie in too."""
    if entry.kind in _NO_REGION or shared.names <= 1:
        return 0.0
    region = (entry.country, entry.admin1_code)
    others = shared.votes[region] - shared.by_key.get(key, {}).get(region, 0.0)
    return SHARED_REGION_WEIGHT * min(others, SHARED_REGION_CAP)


def _cue_bonus(entry: Entry, cues: set[str | None]) -> float:
    if "city" in cues and entry.kind in ("city", "capital"):
        return CUE_BONUS
    if "region" in cues and entry.kind in ("admin1", "admin2"):
        return CUE_BONUS + (0.5 if has_type_word(entry) else 0.0)
    return 0.0


def resolution_of(scored: list[tuple[float, Entry]], gazetteer: Gazetteer) -> Resolution | None:
    """The best-scoring place; its confidence is its share of the softmax over the others, where
    the region that holds it and bears its name does not count against it (Almaty, the city, in
    Almaty, the city-region)."""
    if not scored:
        return None
    if len(scored) == 1:
        return Resolution(entry=scored[0][1], confidence=1.0)
    top, best = max(scored, key=lambda pair: pair[0])  # the first of equals
    region = gazetteer.admin1_of(best)
    own_region = region.geonames_id if region is not None else None
    total = sum(
        math.exp(value - top)
        for value, entry in scored
        if entry.geonames_id != own_region or entry is best
    )
    return Resolution(entry=best, confidence=1.0 / total)
