"""Time stage: find time expressions and normalize them to TIMEX3 (type, value, anchor).

*Find*: one compiled pattern (`times_grammar.time_pattern`) proposes candidates in one scan.
*Attach*: the candidates are read in text order (`times_resolve`, `times_relative`), each resolved
against the publication date or the story's narrative time, which each resolved date moves on.
`event_date` then gives an event the date of its clause, or the narrative time in force.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from datetime import date
from functools import cache

from factline.record import Analysis, Time
from factline.times_calendar import Point, valid_day
from factline.times_event import event_date
from factline.times_find import Candidate, find_candidates
from factline.times_grammar import alternation, lexicon
from factline.times_quarters import read_quarter
from factline.times_relative import (
    read_anaphor,
    read_century,
    read_decade,
    read_duration,
    read_named_day,
    read_offset,
    read_part_of_day,
    read_reference,
    read_relative,
    read_season,
    read_set,
    read_weekday,
)
from factline.times_resolve import (
    Clue,
    Narrative,
    Reading,
    read_clock,
    read_day_month,
    read_holiday,
    read_iso,
    read_month,
    read_month_year,
    read_year,
)

Reader = Callable[[Clue, Narrative], Reading | None]

READERS: dict[str, Reader] = {
    "clock": read_clock,
    "day_month": read_day_month,
    "iso": read_iso,
    "holiday": read_holiday,
    "month_year": read_month_year,
    "part_of_day": read_part_of_day,
    "weekday": read_weekday,
    "offset": read_offset,
    "anaphor": read_anaphor,
    "quarter": read_quarter,
    "relative": read_relative,
    "decade": read_decade,
    "century": read_century,
    "set": read_set,
    "duration": read_duration,
    "named_day": read_named_day,
    "reference": read_reference,
    "season": read_season,
    "month": read_month,
    "year": read_year,
}


_LEADING_DIGITS = re.compile(r"\d+")
_SENTENCE_OPENING = re.compile(r"\s*(?:(?:in|by|during|since|after|until|from)\s+)?$", re.I)


def find_times(analysis: Analysis) -> tuple[Time, ...]:
    """The time expressions of the document, normalized, with ids t1, t2, … in text order."""
    text = analysis.text
    candidates = find_candidates(text)
    published = _published(analysis.document.published)
    history = _is_history(candidates, published)
    narrative = Narrative(published, history=history or published is None)
    starts = [sentence.start for sentence in analysis.sentences]
    times: list[Time] = []
    previous: Reading | None = None
    for candidate in candidates:
        clue = _clue(text, candidate, _future(text, analysis, starts, candidate))
        reading = _read(candidate, clue, narrative, previous)
        if reading is None:
            continue
        time_id = f"t{len(times) + 1}"
        times.append(_time(time_id, candidate, reading))
        narrative.remember(reading, time_id)
        if history or _opens_sentence(text, starts, candidate):
            narrative.set_scene(reading, time_id)
        else:
            narrative.set_date(reading, time_id)
        previous = reading
    return tuple(times)


def _time(time_id: str, candidate: Candidate, reading: Reading) -> Time:
    return Time(
        time_id,
        candidate.text,
        candidate.start,
        candidate.end,
        reading.type,
        reading.value,
        reading.anchor,
    )


def _read(
    candidate: Candidate, clue: Clue, narrative: Narrative, previous: Reading | None
) -> Reading | None:
    if candidate.kind == "range_day":
        return _read_range_day(candidate, previous)
    return READERS[candidate.kind](clue, narrative)


def _read_range_day(candidate: Candidate, previous: Reading | None) -> Reading | None:
    """The second day of "January 2 and 5": the month and year of the first."""
    if previous is None or previous.point is None or previous.point.month is None:
        return None
    digits = _LEADING_DIGITS.match(candidate.text)
    if digits is None:
        return None
    day = int(digits.group())
    year = candidate.year_hint or previous.point.year
    if not valid_day(year, previous.point.month, day):
        return None
    point = Point(year, previous.point.month, day)
    return Reading("DATE", point.value(), previous.anchor, point)


# Publication dates outside these years are not believed (and would overflow the calendar).
PLAUSIBLE_YEARS = range(1000, 9000)


def _published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        published = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return published if published.year in PLAUSIBLE_YEARS else None


def _is_history(candidates: list[Candidate], published: date | None) -> bool:
    """Whether the text tells of a past before its publication, as a history or an encyclopedia
    does: there, a date without a year takes the story's year, and a bare year sets the scene."""
    far = near = 0
    for candidate in candidates:
        if candidate.kind not in ("day_month", "month_year"):
            continue
        digits = re.search(r"\d{4}", candidate.text)
        if digits is None:
            continue
        if published is None or int(digits.group()) < published.year:
            far += 1
        else:
            near += 1
    return far >= 3 and far > 2 * near


@cache
def _future_marker() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(lexicon().future_markers)})(?!\w)", re.IGNORECASE)


def _future(text: str, analysis: Analysis, starts: list[int], candidate: Candidate) -> bool:
    """Whether the clause around the expression speaks of the future ("will meet on Friday")."""
    low, high = max(0, candidate.start - 60), min(len(text), candidate.end + 15)
    index = bisect.bisect_right(starts, candidate.start) - 1
    if index >= 0:
        sentence = analysis.sentences[index]
        low, high = max(low, sentence.start), min(high, sentence.end)
    window = text[low : candidate.start] + " " + text[candidate.end : high]
    return _future_marker().search(window) is not None


def _clue(text: str, candidate: Candidate, future: bool) -> Clue:
    before = text[max(0, candidate.start - 12) : candidate.start]
    after = text[candidate.end : candidate.end + 12]
    return Clue(candidate.text, future, before, after, candidate.year_hint)


def _opens_sentence(text: str, starts: list[int], candidate: Candidate) -> bool:
    index = bisect.bisect_right(starts, candidate.start) - 1
    start = starts[index] if index >= 0 else 0
    if candidate.start - start > 12:
        return False
    return _SENTENCE_OPENING.match(text[start : candidate.start]) is not None


__all__ = ["event_date", "find_candidates", "find_times"]
