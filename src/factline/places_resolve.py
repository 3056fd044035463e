"""Resolve place names to GeoNames places: a prior from the gazetteer, then the report's context.

Each candidate place of a name gets a score: a prior (countries, then regions and capitals, then
towns by population), plus what the report says around it:
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
One name keeps one sense within a report. A name the gazetteer lacks, given by a caller that
knows it is a place ("Dubai World Cup", "University of California"), stands where the place named
inside it does. One with no place inside it (a street, a river, a church), or with only a small
town far from the report's other towns inside it ("Griffith Park"), gets an approximate point:
the town named last before it, else first after it, with a low confidence and no id of its own.
The weights were set on the tuning part of the geoparsing sets (see benchmarks/eval_places.py),
never on their held-out part.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from factline.gazetteer import Entry, Gazetteer, has_type_word, is_own_name, name_key
from factline.geo import haversine_km

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
ROUNDS = 3  # odd: an even count lets a report flip back to its first reading
MAX_ANCHORS = 64  # towns compared against, so that a long report stays linear
# The last word of a street's or road's name.
_WAY_WORDS = frozenset(
    "street st road rd avenue ave boulevard blvd drive lane way highway route parkway".split()
)
_COMMON_COUNT = 3  # times written in lower case in the training text (name_priors.tsv)
# How sure an approximate point is: in the tuning part of the geoparsing sets about three names in
# five that get one lie within 161 km of it, where a resolved name is wrong about one time in ten.
APPROXIMATE_CONFIDENCE = 0.3
BIG_TOWN = 100_000  # people: a town this big, named inside a longer name, is meant wherever it is
_CONTAINER_GAP = frozenset({", ", " , ", " in ", ", in "})


class NameInText(Protocol):
    """What the resolver needs of a mention: where it is, its lookup key, and a cue."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def key(self) -> str: ...
    @property
    def cue(self) -> str | None: ...


@dataclass(frozen=True)
class Resolution:
    """The place a mention names, or, where `approximate`, the town it most likely lies in: a
    street, river or building the gazetteer lacks is located there, roughly, without its own id."""

    entry: Entry
    confidence: float
    approximate: bool = False


@dataclass(frozen=True)
class _Report:
    """What the report's names say in one round: each name's likeliest place so far, and how
    many point into each country and region."""

    guesses: dict[str, Entry]
    countries: Counter[str]
    regions: Counter[tuple[str, str]]
    anchors: tuple[tuple[str, float, float], ...]  # (name key, lat, lon) of likely towns


@dataclass(frozen=True)
class _SharedRegions:
    """Each region's votes from the report's names (see `_shared_regions`), each name's own."""

    votes: Counter[tuple[str, str]]
    by_key: dict[str, dict[tuple[str, str], float]]
    names: int


def resolve(
    text: str, mentions: Sequence[NameInText], gazetteer: Gazetteer
) -> list[Resolution | None]:
    """One resolution per mention (None where the name has no candidate and the report names
    no town to place it in approximately).

    Rounds: the first reads the report's focus from each name's likeliest place by prior, the
    next ones from the round before. What does not change between rounds (the prior, the words
    around each name, the regions the other names could lie in) is scored once.
    """
    options_of: dict[str, tuple[Entry, ...]] = {}
    for mention in mentions:
        if mention.key not in options_of:
            options_of[mention.key] = candidate_places(mention, gazetteer)
    priors = {key: [prior(entry) for entry in options] for key, options in options_of.items()}
    candidates = [options_of[mention.key] for mention in mentions]
    senses = _senses(mentions, _containers(text, mentions, candidates))
    members = _members(senses)
    shared = _shared_regions(options_of, priors)
    beside = _beside_others(options_of)
    fixed = {
        sense: _fixed_scores(
            sense,
            options_of[sense[0]],
            priors[sense[0]],
            {mentions[i].cue for i in group},
            shared,
            beside,
        )
        for sense, group in members.items()
    }
    guesses = [_likeliest(options_of[m.key], priors[m.key]) for m in mentions]
    for _ in range(ROUNDS):
        report = _read_report(mentions, guesses)
        resolved = _resolve_senses(candidates, members, fixed, report, gazetteer)
        guesses = [r.entry if r is not None else None for r in resolved]
    inside = _found_inside(options_of, gazetteer)
    return _with_approximate_points(text, mentions, resolved, inside)


def _found_inside(options_of: dict[str, tuple[Entry, ...]], gazetteer: Gazetteer) -> set[str]:
    """The names whose candidates are those of a place named inside them ("Griffith Park")."""
    return {
        key for key, options in options_of.items() if options and not _candidates(key, gazetteer)
    }


def _with_approximate_points(
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
        if resolution is not None and (point := _town_point(resolution.entry)) is not None
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


def _town_point(entry: Entry) -> tuple[float, float] | None:
    """The point of a place small enough to stand for what lies in it (a town or a district)."""
    if entry.kind not in _LOCAL or entry.lat is None or entry.lon is None:
        return None
    return entry.lat, entry.lon


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
    if text[mentions[index].end : after.start] not in _CONTAINER_GAP:
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


def _likeliest(options: tuple[Entry, ...], priors: list[float]) -> Entry | None:
    """The candidate with the highest prior (the first of equals), or None."""
    if not options:
        return None
    return options[max(range(len(options)), key=priors.__getitem__)]


def _fixed_scores(
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


def _resolve_senses(
    candidates: list[tuple[Entry, ...]],
    members: dict[tuple[str, frozenset[int]], list[int]],
    fixed: dict[tuple[str, frozenset[int]], list[float]],
    report: _Report,
    gazetteer: Gazetteer,
) -> list[Resolution | None]:
    resolved: list[Resolution | None] = [None] * len(candidates)
    for sense, group in members.items():
        options = candidates[group[0]]
        scored = [
            (
                value
                + _focus_bonus(entry, report, sense[0], len(group))
                + _proximity_bonus(entry, report, sense[0]),
                entry,
            )
            for value, entry in zip(fixed[sense], options, strict=True)
        ]
        resolution = _resolution(scored, gazetteer)
        for index in group:
            resolved[index] = resolution
    return resolved


def _shared_regions(
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


def _beside_others(options_of: dict[str, tuple[Entry, ...]]) -> set[tuple[str, int]]:
    """The (name, place id) of each candidate town or district that lies within `NEIGHBOUR_KM` of
    a candidate town or district of another name. Read over all candidates before choosing, so
    that names no focus links yet find each other ("London", "St. Thomas" and "Middlesex" meet
    in Ontario). Candidates are put in grid cells first, so that a report stays near linear."""
    cells: dict[tuple[int, int], list[tuple[str, Entry]]] = {}
    for key, options in options_of.items():
        for entry in options:
            if _town_point(entry) is not None:
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
    lat, lon = _town_point(entry) or (0.0, 0.0)
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
    here, there = _town_point(entry), _town_point(other)
    return here is not None and there is not None and haversine_km(*here, *there) <= NEIGHBOUR_KM


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


def _read_report(mentions: Sequence[NameInText], guesses: list[Entry | None]) -> _Report:
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
    return _Report(by_key, countries, regions, anchors[:MAX_ANCHORS])


def _senses(
    mentions: Sequence[NameInText], containers: list[frozenset[int]]
) -> list[tuple[str, frozenset[int]]]:
    """Which mentions share a sense: one name keeps one sense in a report, except where a
    container tells them apart ("Alexandria, Egypt" ... "Alexandria, Virginia"); a later bare
    mention takes the sense of the last one with a container."""
    senses = []
    last_held: dict[str, frozenset[int]] = {}
    for mention, held in zip(mentions, containers, strict=True):
        if held:
            last_held[mention.key] = held
        senses.append((mention.key, held or last_held.get(mention.key, frozenset())))
    return senses


def _members(
    senses: list[tuple[str, frozenset[int]]],
) -> dict[tuple[str, frozenset[int]], list[int]]:
    members: dict[tuple[str, frozenset[int]], list[int]] = {}
    for index, sense in enumerate(senses):
        members.setdefault(sense, []).append(index)
    return members


def prior(entry: Entry) -> float:
    """How likely a place is meant, before reading the report."""
    if entry.kind == "admin2":  # its "population" is its count of towns (see the README)
        return KIND_PRIOR["admin2"] + DISTRICT_SIZE_WEIGHT * math.log10(entry.population + 1)
    if entry.kind in KIND_PRIOR:
        return KIND_PRIOR[entry.kind]
    value = math.log10(entry.population + 1)
    return value + CAPITAL_BONUS if entry.kind == "capital" else value


def candidate_places(mention: NameInText, gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """The places a mention may name: those of its name, else, unless it is a street or river
    found by its type word, those of the longest place name inside it ("Dubai World Cup")."""
    options = _candidates(mention.key, gazetteer)
    if not options and mention.cue != "feature":
        options = _contained_candidates(mention.key, gazetteer)
    return options


def _candidates(key: str, gazetteer: Gazetteer) -> tuple[Entry, ...]:
    demonym = gazetteer.demonyms.get(key)
    if demonym is None:
        return gazetteer.candidates(key)
    # A demonym given as a place name (the evaluation sets' gold does so): what it points to.
    if demonym.place_key:
        return gazetteer.candidates(demonym.place_key)
    country = gazetteer.countries.get(demonym.country or "")
    return (country,) if country is not None else ()


def _contained_candidates(key: str, gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """For a name the gazetteer lacks, the places of the longest place name inside it: a body,
    building or event named after its place ("Dubai World Cup", "University of California",
    "Nenagh Municipal District") stands where that place does. Not for a street or road, whose
    name is usually someone's ("Darby Street"), nor from a common word inside; and only where
    some word says what kind of thing the name is ("Meadow Grove" is a village, not Grove)."""
    words = key.split(" ")
    if len(words) < 2 or words[-1] in _WAY_WORDS or not any(_common(w, gazetteer) for w in words):
        return ()  # a street, or a place's own name of rare words ("Meadow Grove")
    for size in range(min(len(words) - 1, gazetteer.max_words), 0, -1):
        found: list[Entry] = []
        for first in range(len(words) - size + 1):
            part = " ".join(words[first : first + size])
            if size > 1 or not _common(part, gazetteer):
                found.extend(_candidates(part, gazetteer))
        if found:
            return tuple(dict.fromkeys(found))
    return ()


def _common(word: str, gazetteer: Gazetteer) -> bool:
    """Whether a word is a common English word (often written in lower case in the training
    text), so that it names what a body is ("World Cup", "University of") rather than where."""
    return gazetteer.priors.get(word, (0, 0, 0))[0] >= _COMMON_COUNT


def _containers(
    text: str, mentions: Sequence[NameInText], candidates: list[tuple[Entry, ...]]
) -> list[frozenset[int]]:
    """For each mention, the ids of its candidates that the next name contains, and of those
    that contain the name before: in "Rego Park, New York" the town is in a state of that name,
    and "New York" is the state."""
    held: list[frozenset[int]] = [frozenset() for _ in mentions]
    for index in range(len(mentions) - 1):
        gap = text[mentions[index].end : mentions[index + 1].start]
        if gap not in _CONTAINER_GAP:
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


def _focus_bonus(entry: Entry, report: _Report, key: str, own_count: int) -> float:
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


def _proximity_bonus(entry: Entry, report: _Report, key: str) -> float:
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


def _resolution(scored: list[tuple[float, Entry]], gazetteer: Gazetteer) -> Resolution | None:
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
