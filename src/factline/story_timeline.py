"""The merged timeline of a story: the same event told by several reports becomes one entry.

Two events are one when they have the same PLOVER type, compatible dates, and agree on where or
who: the same place, or the same acting or targeted actor, or the
same trigger word. Dates are compatible within a day (a report's "overnight" or a time-zone
shift), or within three days when place and trigger word agree as well; the entry keeps every
date its reports give, and a `date` conflict when they give different days. An entry lists all
its supporting reports and the first time it was reported. Within one report, two events are one
only with the same trigger word on the same day (the report naming its event again).

Events are compared only with entries of the same type on nearby days or at the same place, so
merging grows with the number of events, not with their pairs.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from factline.record import Analysis, Conflict, Event
from factline.stories import stem

NEAR_DAYS = 1
FAR_DAYS = 3
_NEARBY_DAYS = tuple(timedelta(days=offset) for offset in range(-FAR_DAYS, FAR_DAYS + 1))
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_TRIGGER_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class Mention:
    """One report's telling of an event, with the names its ids stand for.

    Its day, names and trigger words are worked out once, when it is made: merging compares a
    mention with every entry of its type nearby.
    """

    event: Event
    document: str
    outlet: str | None
    published: str | None
    place: str | None
    source_actor: str | None
    target_actor: str | None
    day: date | None = field(init=False, repr=False, compare=False)
    names: tuple[str | None, str | None, str | None] = field(init=False, repr=False, compare=False)
    trigger_words: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words = _TRIGGER_WORD.findall(self.event.trigger.text)
        object.__setattr__(self, "day", _day(self.event.date))
        object.__setattr__(self, "names", (self.place, self.source_actor, self.target_actor))
        object.__setattr__(self, "trigger_words", frozenset(stem(w.lower()) for w in words))


_TOLD = ("place", "source_actor", "target_actor", "trigger", "mode", "date")


@dataclass
class MergedEvent:
    """An event of the story with every report that told it.

    What its reports tell (places, actors, triggers, dates) is counted as mentions are added, so
    comparing a new mention with an entry costs the same for an entry of two reports or two
    thousand. What it tells most is kept until the next mention changes it, since every mention
    of the same type nearby asks an entry again.
    """

    id: str
    mentions: list[Mention] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    trigger_words: set[str] = field(default_factory=set)
    told: dict[str, Counter[str]] = field(default_factory=lambda: {key: Counter() for key in _TOLD})
    _leading: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)
    _names: tuple[str | None, ...] | None = field(default=None, repr=False, compare=False)
    # `datetime.date` in this class: its `date` property hides the name `date`.
    _date: tuple[str | None, datetime.date | None] | None = field(
        default=None, repr=False, compare=False
    )

    def add(self, mention: Mention) -> None:
        self._leading.clear()
        self._names = None
        self._date = None
        self.mentions.append(mention)
        self.documents.add(mention.document)
        self.trigger_words.update(mention.trigger_words)
        event = mention.event
        values = (
            mention.place,
            mention.source_actor,
            mention.target_actor,
            event.trigger.text.lower(),
            event.mode,
            event.date,
        )
        for key, value in zip(_TOLD, values, strict=True):
            if value:
                self.told[key][value] += 1

    @property
    def type(self) -> str:
        return self.mentions[0].event.type

    @property
    def date(self) -> str | None:
        """The date most reports give (the earliest among equals)."""
        return self._date_and_day()[0]

    @property
    def day(self) -> datetime.date | None:
        """The date most reports give, as a day (None when it is not one)."""
        return self._date_and_day()[1]

    def _date_and_day(self) -> tuple[str | None, datetime.date | None]:
        if self._date is None:
            counted = self.told["date"]
            told = (
                min(counted.items(), key=lambda pair: (-pair[1], pair[0]))[0] if counted else None
            )
            self._date = (told, _day(told))
        return self._date

    @property
    def days(self) -> list[str]:
        return sorted(day for day in self.told["date"] if _day(day))

    @property
    def first_reported(self) -> str | None:
        return min((m.published for m in self.mentions if m.published), default=None)

    def most_common(self, attribute: str) -> str | None:
        """The value most of its reports give: place, source_actor, target_actor, trigger, mode."""
        if attribute not in self._leading:
            counted = self.told[attribute].most_common(1)
            self._leading[attribute] = counted[0][0] if counted else None
        return self._leading[attribute]

    def names(self) -> tuple[str | None, ...]:
        """The place, acting and targeted actor most of its reports give (as `Mention.names`)."""
        if self._names is None:
            self._names = tuple(self.most_common(key) for key in _TOLD[:3])
        return self._names

    def most_common_mode(self) -> str | None:
        """The PLOVER mode most of its reports give (the web view's name for `most_common`)."""
        return self.most_common("mode")

    def outlets(self) -> list[str]:
        """Every outlet (or report id, for a report without one) that told this event."""
        return sorted({m.outlet or m.document[:12] for m in self.mentions})

    def _outlets_on(self, day: str) -> list[str]:
        return sorted({m.outlet or m.document[:12] for m in self.mentions if m.event.date == day})

    def _same_event_on_two_days(self) -> bool:
        """Two reports that agree on the place and a trigger word but not on the day: only
        then is the disagreement about the date, not two events merged by their likeness."""
        days_told: dict[tuple[str, str], set[date]] = {}
        for m in self.mentions:
            if m.day is not None and m.place is not None:
                for word in m.trigger_words - _TOLL_WORDS:
                    days_told.setdefault((m.place, word), set()).add(m.day)
        return any(len(days) > 1 for days in days_told.values())

    def conflict(self) -> Conflict | None:
        """A `date` conflict when the reports give different days for this event."""
        days = self.days
        if len(days) < 2 or not self._same_event_on_two_days():
            return None
        told = "; ".join(f"{day} ({', '.join(self._outlets_on(day))})" for day in days)
        items = tuple(f"{m.document}/{m.event.id}" for m in self.mentions if m.event.date in days)
        why = f"{self.type} '{self.mentions[0].event.trigger.text}' on different days: {told}"
        return Conflict(id=f"d{self.id[1:]}", kind="date", items=items, explanation=why)


# Casualty words name a toll, which reports restate day after day as it grows, not one event
# with one date: sharing one of them says nothing about two reports telling the same event.
_TOLL_WORDS = frozenset({"killed", "died", "dead", "deaths", "killing", "wounded", "injured"})


def mentions(analyses: Iterable[Analysis]) -> Iterator[Mention]:
    """The events that occurred, in report order, with their place and actor names."""
    for analysis in analyses:
        names = {place.id: place.name for place in analysis.places}
        names.update((actor.id, actor.name) for actor in analysis.actors)
        document = analysis.document
        for event in analysis.events:
            if event.status != "occurred":
                continue
            yield Mention(
                event,
                document.id,
                document.source,
                document.published,
                names.get(event.place or ""),
                names.get(event.source or ""),
                names.get(event.target or ""),
            )


def merge(analyses: Iterable[Analysis]) -> list[MergedEvent]:
    """The story's events, each told once with all its reports, by date (undated last)."""
    entries: list[MergedEvent] = []
    by_day: dict[tuple[str, date], set[int]] = {}
    by_place: dict[tuple[str, str], set[int]] = {}
    for mention in mentions(analyses):
        index = _best_entry(mention, entries, by_day, by_place)
        if index is None:
            index = len(entries)
            entries.append(MergedEvent(id=f"m{index + 1}"))
        entries[index].add(mention)
        if mention.day is not None:
            by_day.setdefault((mention.event.type, mention.day), set()).add(index)
        if mention.place is not None:
            by_place.setdefault((mention.event.type, mention.place), set()).add(index)
    return sorted(entries, key=lambda entry: (entry.date is None, entry.date or "", entry.id))


def _best_entry(
    mention: Mention,
    entries: list[MergedEvent],
    by_day: dict[tuple[str, date], set[int]],
    by_place: dict[tuple[str, str], set[int]],
) -> int | None:
    kind = mention.event.type
    candidates: set[int] = set()
    if mention.day is not None:
        for offset in _NEARBY_DAYS:
            candidates.update(by_day.get((kind, mention.day + offset), ()))
    if mention.place is not None:
        candidates.update(by_place.get((kind, mention.place), ()))
    best, best_score = None, 0
    for index in sorted(candidates):
        score = _agreement(mention, entries[index])
        if score > best_score:
            best, best_score = index, score
    return best


def _agreement(mention: Mention, entry: MergedEvent) -> int:
    """How many of place, actors and trigger word agree with the entry as its reports tell it
    (not with any one report, so that an entry cannot drift day by day); 0 when the mention
    cannot be the entry's event, as when both name a PLOVER mode and the modes differ."""
    mode, told_mode = mention.event.mode, entry.most_common("mode")
    if mode is not None and told_mode is not None and mode != told_mode:
        return 0  # a curfew and a seizure are two coercions, whatever else they share
    told = entry.names()
    agreeing = 0
    for given, most_told in zip(mention.names, told, strict=True):
        if given is not None and most_told is not None:
            if given != most_told:
                return 0
            agreeing += 1
    same_place = mention.place is not None and mention.place == told[0]
    same_trigger = not mention.trigger_words.isdisjoint(entry.trigger_words)
    # A report names its own event again ("the blackout", "the internet blackouts") only with
    # the same trigger word on the same day; otherwise it is another event.
    day = entry.day
    told_again = same_trigger and mention.day is not None and mention.day == day
    if mention.document in entry.documents and not told_again:
        return 0
    if not _dates_compatible(mention.day, day, same_place and same_trigger):
        return 0
    return agreeing + same_trigger


def _dates_compatible(first: date | None, second: date | None, close_match: bool) -> bool:
    if first is None or second is None:
        return close_match  # an undated telling joins only an entry it matches closely
    apart = abs((first - second).days)
    return apart <= NEAR_DAYS or (close_match and apart <= FAR_DAYS)


def _day(value: str | None) -> date | None:
    if value is None or not _DAY.fullmatch(value[:10]) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def date_conflicts(entries: Iterable[MergedEvent]) -> list[Conflict]:
    return [conflict for entry in entries if (conflict := entry.conflict()) is not None]
