"""The filter state of a story view: a date range, an event type, an actor and a place.

The same filter is kept in the page's URL (`?start=2022-01-05&type=PROTEST`), applied by the
JSON API and the exports here, and applied again in the browser by `static/story.js` with the
same rules, so a bookmarked view shows the same rows everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from factline.errors import BadInputError

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# A calendar date of year, month or day precision (not a week, season or unknown year).
CALENDAR_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")
FILTER_NAMES = ("start", "end", "type", "actor", "place")


@dataclass(frozen=True)
class Filters:
    """What a view keeps; None keeps everything. Dates are ISO days, inclusive."""

    start: str | None = None
    end: str | None = None
    type: str | None = None
    actor: str | None = None
    place: str | None = None

    @classmethod
    def from_query(cls, query: Mapping[str, str | None]) -> Filters:
        values = {name: (query.get(name) or None) for name in FILTER_NAMES}
        for name in ("start", "end"):
            value = values[name]
            if value is not None and not _ISO_DAY.fullmatch(value):
                raise BadInputError(f"{name} must be a date YYYY-MM-DD, not {value!r}")
        return cls(**values)

    def as_query(self) -> dict[str, str]:
        return {name: value for name, value in asdict(self).items() if value}

    def keeps_day(self, day: str | None) -> bool:
        """Whether a date falls in the range; an item without a calendar date (undated, a week, an
        unknown year) stands only when no range is set."""
        if self.start is None and self.end is None:
            return True
        if day is None or not CALENDAR_DATE.fullmatch(day[:10]):
            return False
        # A month or a year is kept when it overlaps the range: its first and last possible day.
        first, last = (day[:10] + "-00-00")[:10], (day[:10] + "-99-99")[:10]
        return (self.start is None or last >= self.start) and (
            self.end is None or first <= self.end
        )

    def keeps_event(self, event: Mapping[str, Any]) -> bool:
        actors = (event.get("source_actor"), event.get("target_actor"))
        return (
            self.keeps_day(event.get("date"))
            and (self.type is None or event.get("type") == self.type)
            and (self.actor is None or self.actor in actors)
            and (self.place is None or (event.get("place") or {}).get("name") == self.place)
        )

    def keeps_figure(self, figure: Mapping[str, Any]) -> bool:
        return self.keeps_day(figure.get("date") or figure.get("published")) and (
            self.place is None or figure.get("place") in (None, self.place)
        )

    def keeps_conflict(self, conflict: Mapping[str, Any]) -> bool:
        return any(self.keeps_figure(side) for side in conflict["sides"])
