"""The same event told on two different days: a `date` conflict of the check stage."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from factline.record import Event


def event_date_conflicts(events: Sequence[Event]) -> list[tuple[Event, Event, str]]:
    """The same event told on two different days: one type and mode, one trigger, the same
    actors and place, both occurred, on two different full dates. Kept this strict so that two
    protests in one city on two days are never taken for one.

    Events are grouped by what makes them the same, then by date, so the work stays linear in
    the number of events; each pair of dates in a group is reported once, by its first events.
    """
    groups: dict[tuple[str | None, ...], dict[str, Event]] = {}
    for event in events:
        if event.status != "occurred" or None in (event.source, event.target, event.place):
            continue
        if event.date is None or len(event.date) != 10 or "X" in event.date:
            continue
        key = (event.type, event.mode, event.trigger.text.lower(), event.source, event.target)
        groups.setdefault((*key, event.place), {}).setdefault(event.date, event)
    found = []
    for by_date in groups.values():
        for a, b in itertools.combinations(by_date.values(), 2):
            found.append((a, b, f"{a.type} {a.trigger.text!r}: on {a.date} vs on {b.date}"))
    return found
