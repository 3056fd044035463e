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
from dataclasses import replace
from datetime import date

from factline.record import Analysis, Time
from factline.times_calendar import Point, valid_day
from factline.times_event import event_date
from factline.times_find import Candidate, find_candidates, in_quoted_title, news_extent
from factline.times_quarters import read_quarter
from factline.times_relative import (
    amount_in,
    read_anaphor,
    read_century,
    read_decade,
    read_duration,
    read_indexical,
    read_named_day,
    read_offset,
    read_ordinal_day,
    read_part_of_day,
    read_reference,
    read_relative,
    read_season,
    read_set,
    read_weekday,
    unit_in,
)
from factline.times_resolve import (
    Clue,
    Narrative,
    Reading,
    read_bc_year,
    read_clock,
    read_day_month,
    read_holiday,
    read_iso,
    read_month,
    read_month_year,
    read_year,
)
from factline.times_tense import FUTURE, NO_TENSE, Tense, tense_of

Reader = Callable[[Clue, Narrative], Reading | None]

READERS: dict[str, Reader] = {
    "clock": read_clock,
    "day_month": read_day_month,
    "iso": read_iso,
    "bc_year": read_bc_year,
    "holiday": read_holiday,
    "month_year": read_month_year,
    "part_of_day": read_part_of_day,
    "weekday": read_weekday,
    "offset": read_offset,
    "ordinal_day": read_ordinal_day,
    "anaphor": read_anaphor,
    "quarter": read_quarter,
    "relative": read_relative,
    "decade": read_decade,
    "century": read_century,
    "set": read_set,
    "duration": read_duration,
    "named_day": read_named_day,
    "reference": read_reference,
    "indexical": read_indexical,
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
    ahead: int | None = None  # the sentence whose last date lies after publication
    for found in candidates:
        if not narrative.history and in_quoted_title(text, found):
            continue
        candidate = found if narrative.history else _news_extent(found)
        sentence = bisect.bisect_right(starts, candidate.start) - 1
        tense = tense_of(text, analysis, starts, candidate, history)
        if not history and sentence == ahead:
            tense = _carried_ahead(tense)
        clue = _clue(text, candidate, tense)
        reading = _read(candidate, clue, narrative, previous)
        if reading is None:
            continue
        time_id = f"t{len(times) + 1}"
        times.append(_time(time_id, candidate, reading))
        narrative.remember(reading, time_id)
        if _moves_story(text, candidate, history and clue.future):
            scene = history or _opens_sentence(text, starts, candidate)
            _set_year_source(narrative, _at_restated_day(reading, previous), time_id, scene)
        previous = reading
        if reading.point is not None:
            ahead = sentence if _lies_ahead(reading.point, published) else None
    return tuple(times)


def _carried_ahead(tense: Tense) -> Tense:
    """The tense of an expression that follows, in its sentence, a date after publication: with
    no tense word near, it lies ahead too ("flights would leave Bombay on Monday and Tuesday
    nights from March 30, with the third departing each Thursday from August 6")."""
    return FUTURE if tense == NO_TENSE else tense


def _lies_ahead(point: Point, published: date | None) -> bool:
    day = point.as_date()
    return published is not None and day is not None and day > published


# "Over an hour later", "a few days later": TimeML makes "later" a signal and annotates the span
# before it, a duration (TBAQ 4 of 4). Here only where the offset names no day of its own (a
# unit shorter than a day, or a vague amount): "two days later" still dates the events after it.
# (The pattern refuses to start inside a run of white space, so that a search stays linear.)
_LATER = re.compile(r"(?<!\s)\s+later$", re.IGNORECASE)
_UNITS_WITHIN_A_DAY = frozenset(("H", "MIN", "S"))


def _news_extent(found: Candidate) -> Candidate:
    """The candidate as news annotation draws it (`news_extent`), and without the "later" of
    a span that names no day of its own."""
    candidate = news_extent(found)
    later = _LATER.search(candidate.text) if candidate.kind == "offset" else None
    if later is None:
        return candidate
    span = candidate.text[: later.start()]
    _, amount = amount_in(span)
    if amount is not None and unit_in(span) not in _UNITS_WITHIN_A_DAY:
        return candidate
    return Candidate("duration", candidate.start, candidate.start + len(span), span)


def _moves_story(text: str, candidate: Candidate, planned: bool) -> bool:
    """Whether the story comes to the expression's time, so that the dates after it take its
    year. It does not for a history's plans ("a campaign planned for 1976"), an aside in
    brackets, or an offset ("a decade earlier"), which looks at another time from here."""
    return (
        not planned
        and candidate.kind != "offset"
        and not _is_aside(text, candidate)
        and not _is_flashback(text, candidate)
        and not _is_baseline(text, candidate)
    )


# What a figure is compared with: "490 in November 2008 as against 3,500 in January 2007",
# "a peak of nearly 1,600 in summer 2007", "up from 12 in 1988". Its time is the baseline the
# story measures against, not one it comes to.
_BASELINE_BEFORE = re.compile(
    r"\b(?:as\s+opposed\s+to|as\s+against|compared\s+(?:with|to)|up\s+from|down\s+from"
    r"|from\s+a\s+(?:high|low|peak)\s+of|a\s+peak\s+of|against\s+a\s+figure\s+of)\b[^.;:]*$",
    re.IGNORECASE,
)
BASELINE_REACH = 60


def _is_baseline(text: str, candidate: Candidate) -> bool:
    """Whether the expression dates the baseline of a comparison (`_BASELINE_BEFORE`)."""
    low = max(0, candidate.start - BASELINE_REACH)
    return _BASELINE_BEFORE.search(text, low, candidate.start) is not None


# "had" and a past participle some words before the expression, with no clause break between.
_PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:\w+\s+){0,6}$", re.IGNORECASE)
FLASHBACK_REACH = 60


def _is_flashback(text: str, candidate: Candidate) -> bool:
    """Whether the expression is told in the past perfect ("forces that had invaded Northern
    Burma in late 1943"): it looks back from the story's time, which stays where it was."""
    low = max(0, candidate.start - FLASHBACK_REACH)
    return _PAST_PERFECT_BEFORE.search(text, low, candidate.start) is not None


def _is_aside(text: str, candidate: Candidate) -> bool:
    """Whether the expression looks away from the story's time: in brackets, "the Civil
    Constitution of the Clergy (1790)", "the Reign of Terror (1793-1794)", a date that labels
    what the story names; or after "since" ("part of the empire since 513 BC"), the start of a
    span that reaches the story's time."""
    opened = text[candidate.start - 1 : candidate.start] == "("
    if opened or text[candidate.end : candidate.end + 1] == ")":
        return True
    if _SINCE.search(text, max(0, candidate.start - 7), candidate.start) is not None:
        return True
    return _UNTIL.search(text, max(0, candidate.start - UNTIL_REACH), candidate.start) is not None


_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# "lasted until the fall of Budapest in February 1945": the date of the event that ends a span
# starting at the story's time, which stays where it was (no punctuation between).
_UNTIL = re.compile(
    r"\b(?:until|till)\s+(?:the|a|an|his|her|its|their)\s[^.;:,()]*$", re.IGNORECASE
)
UNTIL_REACH = 40


def _at_restated_day(reading: Reading, previous: Reading | None) -> Reading:
    """A bare year that restates the year of the day read just before it ("On December 7
    (December 8 in Asian time zones), 1941") sets the scene at that day, not at the whole year,
    so that the months named next follow it ("In January" is 1942)."""
    point = reading.point
    day = previous.point if previous is not None else None
    if point is None or point.month is not None or day is None or day.day is None:
        return reading
    return replace(reading, point=day) if day.year == point.year else reading


def _set_year_source(narrative: Narrative, reading: Reading, time_id: str, scene: bool) -> None:
    if scene:
        narrative.set_scene(reading, time_id)
    else:
        narrative.set_date(reading, time_id)


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


_DEICTIC_KINDS = frozenset(("named_day", "weekday"))
_DEICTIC_RELATIVE = re.compile(r"(?:last|this|next)\s+(?:week|month|year)\b", re.IGNORECASE)


def _is_history(candidates: list[Candidate], published: date | None) -> bool:
    """Whether the text tells of a past before its publication, as a history or an encyclopedia
    does: there, a date without a year takes the story's year, and a bare year sets the scene.
    Either most dates written with a year are past years, or the text has many days without
    a year, several past years, and no word that counts from its own day ("yesterday",
    "Friday")."""
    far = near = undated = deictic = 0
    far_years: set[str] = set()
    for candidate in candidates:
        if candidate.kind in _DEICTIC_KINDS or _DEICTIC_RELATIVE.match(candidate.text):
            deictic += 1
            continue
        if candidate.kind == "bc_year":
            far += 1  # a year before Christ is long past
            continue
        if candidate.kind not in ("day_month", "month_year", "year"):
            continue
        digits = re.search(r"\d{4}", candidate.text)
        if digits is None:
            undated += candidate.kind == "day_month"
            continue
        is_far = published is None or int(digits.group()) < published.year
        if candidate.kind == "year":
            if is_far:
                far_years.add(digits.group())
        elif is_far:
            far += 1
        else:
            near += 1
    if far >= 3 and far > 2 * near:
        return True
    return (
        undated >= HISTORY_UNDATED_DAYS
        and deictic == 0
        and len(far_years) >= HISTORY_PAST_YEARS
        and near == 0
    )


# Days named without a year ("20 July") and different past years ("1936", "1937", "1938")
# that, with no deictic word, make a text a history.
HISTORY_UNDATED_DAYS, HISTORY_PAST_YEARS = 5, 3


# How much text after an expression its reader sees ("'s generation", " ended Sept. 30").
CLUE_AFTER = 20


def _clue(text: str, candidate: Candidate, tense: Tense) -> Clue:
    before = text[max(0, candidate.start - 12) : candidate.start]
    after = text[candidate.end : candidate.end + CLUE_AFTER]
    return Clue(
        candidate.reading_text or candidate.text,
        tense.future,
        before,
        after,
        candidate.year_hint,
        past=tense.past,
        right_after_past=tense.right_after_past,
    )


def _opens_sentence(text: str, starts: list[int], candidate: Candidate) -> bool:
    index = bisect.bisect_right(starts, candidate.start) - 1
    start = starts[index] if index >= 0 else 0
    if candidate.start - start > 12:
        return False
    return _SENTENCE_OPENING.match(text[start : candidate.start]) is not None


__all__ = ["event_date", "find_candidates", "find_times"]
