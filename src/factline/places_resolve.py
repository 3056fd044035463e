"""Resolve place names to GeoNames places: a prior from the gazetteer, then the report's context.

Each name's candidate places (`places_candidates`) are scored (`places_scores`): a prior, plus
what the report says around the name and what its other names point to. One name keeps one
sense within a report, except where a container tells two apart ("Alexandria, Egypt" ...
"Alexandria, Virginia"). The report's focus is read in rounds, each from the places chosen in
the round before. A name left without a place then gets an approximate point, at a town the
report names near it (`places_approximate`).
"""

from __future__ import annotations

from collections.abc import Sequence

from factline.gazetteer import Entry, Gazetteer
from factline.places_approximate import found_inside, with_approximate_points
from factline.places_candidates import NameInText, candidate_places
from factline.places_scores import (
    ReportReading,
    Resolution,
    beside_others,
    container_candidates,
    fixed_scores,
    focus_bonus,
    prior,
    proximity_bonus,
    read_report,
    resolution_of,
    shared_regions,
)

ROUNDS = 3  # odd: an even count lets a report flip back to its first reading


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
    senses = _senses(mentions, container_candidates(text, mentions, candidates))
    members = _members(senses)
    shared = shared_regions(options_of, priors)
    beside = beside_others(options_of)
    fixed = {
        sense: fixed_scores(
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
        report = read_report(mentions, guesses)
        resolved = _resolve_senses(candidates, members, fixed, report, gazetteer)
        guesses = [r.entry if r is not None else None for r in resolved]
    inside = found_inside(options_of, gazetteer)
    return with_approximate_points(text, mentions, resolved, inside)


def _likeliest(options: tuple[Entry, ...], priors: list[float]) -> Entry | None:
    """The candidate with the highest prior (the first of equals), or None."""
    if not options:
        return None
    return options[max(range(len(options)), key=priors.__getitem__)]


def _resolve_senses(
    candidates: list[tuple[Entry, ...]],
    members: dict[tuple[str, frozenset[int]], list[int]],
    fixed: dict[tuple[str, frozenset[int]], list[float]],
    report: ReportReading,
    gazetteer: Gazetteer,
) -> list[Resolution | None]:
    resolved: list[Resolution | None] = [None] * len(candidates)
    for sense, group in members.items():
        options = candidates[group[0]]
        scored = [
            (
                value
                + focus_bonus(entry, report, sense[0], len(group))
                + proximity_bonus(entry, report, sense[0]),
                entry,
            )
            for value, entry in zip(fixed[sense], options, strict=True)
        ]
        resolution = resolution_of(scored, gazetteer)
        for index in group:
            resolved[index] = resolution
    return resolved


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
