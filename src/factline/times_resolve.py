"""Normalization: a matched time expression to its TIMEX3 type, value and anchor.

Each kind of the grammar (`times_grammar`) has a reader: those of calendar forms (dates, months,
years, clock times, holidays) are here, with the `Narrative` all readers share; those of
relative forms are in `times_relative`. Readers resolve underspecified expressions against the
narrative: the publication date, and the times the text has already given ("the following day"
is the day after the last day the story named). A reader returns None to reject a candidate
that is not a time after all ("may" the verb, "Jan" the name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from factline.record import TimeType
from factline.times_calendar import (
    FUTURE_REACH_DAYS,
    Point,
    holiday_date,
    point_of,
    shift,
    valid_day,
    weekday_near,
    year_for,
)
from factline.times_grammar import (
    BC_YEAR,
    CLOCK,
    DAY_DIGITS,
    FOUR_DIGITS,
    WORDS,
    is_abbreviation,
    lexicon,
)


@dataclass(frozen=True)
class Reading:
    """What one expression means: its TIMEX3 type and value, what it was resolved against,
    and the calendar point it names (for the narrative), if any."""

    type: TimeType
    value: str
    anchor: str | None = None
    point: Point | None = None


@dataclass
class Narrative:
    """The story's reference times while reading it in order.

    `history` is set for a text about the past far from its publication date (an encyclopedia
    article, a retrospective): there, a date without a year takes the story's year, not the
    publication's.
    """

    published: date | None
    history: bool = False
    last: tuple[Point, str] | None = None
    day: tuple[date, str] | None = None
    year_source: tuple[Point, str] | None = None
    # The year before Christ a history has come to ("In 480 BC, ... that summer"), with the
    # expression that named it.
    bc_year: tuple[int, str] | None = None
    quarter: str | None = None
    # The report has since turned to a longer span ("the nine months", "the fiscal year"), so
    # that "a year earlier" is no longer the latest quarter's.
    past_quarter: bool = False

    def day_in_force(self) -> tuple[date, str] | None:
        """The day that "that night" or "the following day" counts from."""
        if self.day is not None:
            return self.day
        if self.published is not None:
            return self.published, "published"
        return None

    def known_day(self, deictic: bool) -> tuple[date, str] | None:
        """The deictic or narrative day, if its year is known (weekdays and weeks need it)."""
        reference = self.deictic_day() if deictic else self.day_in_force()
        if reference is None or reference[0].year == UNKNOWN_YEAR:
            return None
        return reference

    def deictic_day(self) -> tuple[date, str] | None:
        """The day that "Tuesday" or "this week" counts from: the publication date in news,
        the story's day in a history."""
        if self.history or self.published is None:
            return self.day_in_force()
        return self.published, "published"

    def remember(self, reading: Reading, time_id: str) -> None:
        if _QUARTER_VALUE.fullmatch(reading.value) and (
            self.quarter is None or self._has_closed(reading.value)
        ):
            # the latest quarter named is the one a financial report speaks of; the first
            # quarter named is the report's own, even the current one (a fiscal quarter)
            self.quarter = max(self.quarter or "", reading.value)
            self.past_quarter = False
        elif reading.type == "DURATION" and _LONGER_THAN_A_QUARTER.fullmatch(reading.value):
            self.past_quarter = True
        point = reading.point
        if point is None:
            return
        if point.year is None:
            if point.month is not None and point.day is not None:
                self.day = (date(UNKNOWN_YEAR, point.month, point.day), time_id)
            return
        self.last = (point, time_id)
        when = point.as_date()
        if when is not None:
            self.day = (when, time_id)

    def _has_closed(self, quarter: str) -> bool:
        """Whether a quarter has closed by publication, so that results can be told of it: a
        report's "fourth-quarter" forecast or "the third quarter of 1990", after its own
        quarter, is no quarter that "the latest quarter" or "a year ago" counts from."""
        if self.published is None:
            return True
        year, number = int(quarter[:4]), int(quarter[-1])
        return (year, number) < (self.published.year, (self.published.month + 2) // 3)

    def set_date(self, reading: Reading, time_id: str) -> None:
        """A date written with its year ("May 5, 1916") gives undated ones theirs."""
        point = reading.point
        if reading.anchor is None and point is not None and point.year and point.month:
            self.year_source = (point, time_id)
            self.bc_year = None

    def set_scene(self, reading: Reading, time_id: str) -> None:
        """So does a year that sets the scene ("In 1916, ...", or any year of a history), and
        a year before Christ ("480 BC"), which the calendar here does not count."""
        point = reading.point
        if reading.anchor is None and point is not None and point.year:
            self.year_source = (point, time_id)
            self.bc_year = None
        before_christ = _BC_VALUE.match(reading.value)
        if before_christ is not None and self.history:
            self.bc_year = (int(before_christ.group(1)), time_id)


_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
_BC_VALUE = re.compile(r"BC(\d{4})(?!\d)")
_LONGER_THAN_A_QUARTER = re.compile(r"P(?:[4-9]|1[0-2])M|P1Y")

# A day whose year is unknown ("January 5" with no publication date) is counted in this leap
# year, which no news text names, and written back with `XXXX`, so that "the following day"
# is still `XXXX-01-06`.
UNKNOWN_YEAR = 9996


def bc_shifted(year_bc: int, years: int) -> str:
    """The value of the year `years` after the year `year_bc` BC (before it, if negative):
    there is no year 0, so a year after 1 BC is AD 1."""
    astronomical = 1 - year_bc + years
    return f"BC{1 - astronomical:04d}" if astronomical <= 0 else f"{astronomical:04d}"


def bc_dated(scene: tuple[int, str], suffix: str) -> Reading:
    """A date written without its year ("in September") in a history that has come to a year
    before Christ (`Narrative.bc_year`): a date of that year."""
    return Reading("DATE", f"BC{scene[0]:04d}{suffix}", scene[1])


def day_value(day: date) -> str:
    """A day's TIMEX3 value, with `XXXX` for a day counted in the unknown year."""
    value = day.isoformat()
    return "XXXX" + value[4:] if day.year == UNKNOWN_YEAR else value


def day_point(day: date) -> Point:
    return Point(None if day.year == UNKNOWN_YEAR else day.year, day.month, day.day)


@dataclass(frozen=True)
class Clue:
    """What a reader knows about the expression beyond its words."""

    text: str
    future: bool
    before: str  # a few characters of text before the expression
    after: str = ""  # and after it
    year_hint: int | None = None  # the year written at the end of a range ("6-7 May 1916")
    past: bool = False  # the clause is in the past tense ("resigned in March")
    right_after_past: bool = False  # a past verb stands right before it ("ended Jan. 31")


def lower_words(text: str) -> list[str]:
    return [word.lower() for word in WORDS.findall(text)]


_MONTH_WORD = re.compile(r"[A-Za-z]+")
_PART_CODE = re.compile(r"(morning|afternoon|evening|night|overnight)\b", re.IGNORECASE)
_BARE_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|until|till|of|from|through|to|during|before|after|between|and|or"
    r"|last|next|this|early|late|mid|since|on|for)\s*-?|\d)\s*$",
    re.IGNORECASE,
)


def month_in(text: str) -> int | None:
    """The month named in `text`, if its name is capitalized as a month's is (a short form in
    capitals, "DEC", "MAR", is an acronym; a full name in capitals, "MAY 5", may be a month)."""
    months = lexicon().months
    for word in _MONTH_WORD.findall(text):
        number = months.get(word.lower())
        if number is not None:
            acronym = word.isupper() and is_abbreviation(word.lower())
            return number if word[0].isupper() and not acronym else None
    return None


def weekday_in(text: str) -> int | None:
    weekdays = lexicon().weekdays
    for word in _MONTH_WORD.findall(text):
        number = weekdays.get(word.lower())
        if number is not None:
            return number if word[0].isupper() else None
    return None


def part_code(text: str) -> str | None:
    found = _PART_CODE.search(text)
    return lexicon().parts_of_day[found.group(1).lower()] if found else None


def with_part(day_value: str, text: str) -> tuple[TimeType, str]:
    """A day's value, made a TIME of a part of day when the text names one ("Friday night")."""
    code = part_code(text)
    if code is None:
        return "DATE", day_value
    return "TIME", f"{day_value}T{code}"


def bc_year_in(text: str) -> str | None:
    """The `BCnnnn` code of a year before Christ written in `text` ("April 480 BC")."""
    found = BC_YEAR.search(text)
    return f"BC{int(found.group(1)):04d}" if found else None


def explicit_year(text: str) -> int | None:
    found = FOUR_DIGITS.search(text)
    return int(found.group(1)) if found else spelled_year(text)


def spelled_year(text: str) -> int | None:
    """A year written in words, as a broadcast transcript writes it: "nineteen ninety-six",
    "the year two thousand"."""
    numbers = lexicon().numbers
    pieces = re.split(r"[-\s]+", text.lower())
    words = [word for word in pieces if word in numbers or word == "thousand"]
    if "thousand" in words:
        index = words.index("thousand")
        rest = sum(numbers.get(word, 0) for word in words[index + 1 :])
        return 1000 * numbers.get(words[index - 1], 0) + rest
    if len(words) >= 2 and words[0] == "nineteen":
        return 1900 + sum(numbers[word] for word in words[1:])
    return None


# A month named without a day ("in March") is taken to be a coming one only this many days
# ahead of publication: news mostly looks back on months, and names a date for what comes.
MONTH_REACH_DAYS = 62
PAST_MONTH_REACH_DAYS = 31

# A history moves forward: a month named after "December 1944" is taken to be within this many
# days after it ("January" is 1945) before it is taken to be earlier.
NARRATIVE_REACH_DAYS = 270


def complete_year(
    month: int,
    day: int | None,
    narrative: Narrative,
    future: bool,
    past: bool = False,
    started: bool = False,
) -> tuple[int | None, str | None]:
    """The year of a date given without one, and what it was taken from. In a history, a date
    after "since" (`started`) is the start of a span that reaches the story's time, so on or
    before it ("boycotting the Council meetings since January", told of June 1950)."""
    if narrative.history and narrative.year_source is not None:
        point, time_id = narrative.year_source
        if point.month is None or point.year is None:
            return point.year, time_id
        story = date(point.year, point.month, point.day or 1)
        if started:
            return year_for(month, day, story, -1), time_id
        return year_for(month, day, story, 0, reach_days=NARRATIVE_REACH_DAYS), time_id
    if narrative.published is None:
        return None, None
    direction, reach = _year_direction(day, future, past)
    return year_for(month, day, narrative.published, direction, reach), "published"


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _after_since(clue: Clue) -> bool:
    return _SINCE_BEFORE.search(clue.before) is not None


def _year_direction(day: int | None, future: bool, past: bool) -> tuple[int, int]:
    """Which way, and how far ahead, a date without a year lies from publication (see
    `year_for`): a past-tense clause may still name next month ("gave it until mid-November"),
    never a later one."""
    if future:
        return 1, FUTURE_REACH_DAYS
    if past:
        return (0, PAST_MONTH_REACH_DAYS) if day is None else (-1, FUTURE_REACH_DAYS)
    return 0, FUTURE_REACH_DAYS if day is not None else MONTH_REACH_DAYS


def read_day_month(clue: Clue, narrative: Narrative) -> Reading | None:
    month = month_in(clue.text)
    if month is None:
        return None
    day = _day_number(clue.text)
    if day is None:
        return None
    year = explicit_year(clue.text) or clue.year_hint
    anchor: str | None = None
    referred = _year_referred(clue, narrative)
    if year is None and referred is not None:
        year, anchor = referred  # "July 25 of that year"
    if year is None and narrative.bc_year is not None:
        suffix = f"-{month:02d}-{day:02d}"
        return bc_dated(narrative.bc_year, suffix) if valid_day(None, month, day) else None
    if year is None:
        year, anchor = complete_year(
            month, day, narrative, clue.future, clue.right_after_past, _after_since(clue)
        )
    if not valid_day(year, month, day):
        return None
    point = Point(year, month, day)
    if _WEEK_OF.match(clue.text):
        return Reading("DATE", _week_of(point), anchor, point)
    kind, value = with_part(point.value(), clue.text)
    return Reading(kind, value, anchor, point)


_WEEK_OF = re.compile(r"the\s+week\s+of\b", re.IGNORECASE)
_THAT_YEAR = re.compile(r"\b(?:that|the\s+same)\s+year$", re.IGNORECASE)


def _year_referred(clue: Clue, narrative: Narrative) -> tuple[int, str] | None:
    """The year "of that year" or "of the same year" refers to: that of the story's last time."""
    last = narrative.last
    if last is None or last[0].year is None or _THAT_YEAR.search(clue.text) is None:
        return None
    return last[0].year, last[1]


def _week_of(point: Point) -> str:
    """ "The week of March 6": the ISO week that holds the day."""
    day = point.as_date()
    if day is None or day.year == UNKNOWN_YEAR:
        return "XXXX-WXX"
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _day_number(text: str) -> int | None:
    for found in DAY_DIGITS.finditer(text):
        number = int(found.group(1))
        if 1 <= number <= 31 and len(found.group(1)) <= 2:
            return number
    ordinals = lexicon().ordinals
    for word in lower_words(text):
        if word in ordinals:
            return ordinals[word]
    return None


def read_month_year(clue: Clue, narrative: Narrative) -> Reading | None:
    month = month_in(clue.text)
    before_christ = bc_year_in(clue.text)
    if before_christ is not None and month is not None:
        return Reading("DATE", f"{before_christ}-{month:02d}")
    year = explicit_year(clue.text)
    anchor: str | None = None
    words = lower_words(clue.text)
    referred = _year_referred(clue, narrative)
    if year is None and referred is not None:
        year, anchor = referred  # "October of that year", "November of the same year"
    elif year is None and narrative.published is not None:
        year = narrative.published.year + {"last": -1, "next": 1}.get(words[-2], 0)
        anchor = "published"
    if month is None:
        return None
    point = Point(year, month)
    return Reading("DATE", point.value(), anchor, point)


def read_month(clue: Clue, narrative: Narrative) -> Reading | None:
    month = month_in(clue.text)
    if month is None:
        return None
    words = lower_words(clue.text)
    if is_abbreviation(words[-1]) and not clue.text.endswith("."):
        return None  # "Jan" is a name
    if (
        len(words) == 1
        and words[0] in ("may", "march")
        and not _BARE_MONTH_CONTEXT.search(clue.before)
        and not _is_month_before_noun(clue)
    ):
        return None
    around = len(words) > 2 and words[0] == "the" and words[1] in ("previous", "following")
    if around and narrative.last is not None and narrative.last[0].year is not None:
        return _month_around(month, words[1] == "following", narrative.last)
    if narrative.published is not None and words[0] in ("last", "next", "this"):
        step = {"last": -2, "next": 2, "this": 0}[words[0]]
        stepped = Point(_year_by_step(month, narrative.published, step), month)
        return Reading("DATE", stepped.value(), "published", stepped)
    year = clue.year_hint
    anchor: str | None = None
    if year is None and narrative.bc_year is not None:
        return bc_dated(narrative.bc_year, f"-{month:02d}")
    if year is None:
        year, anchor = complete_year(
            month, None, narrative, clue.future, clue.past, _after_since(clue)
        )
    point = Point(year, month)
    return Reading("DATE", point.value(), anchor, point)


# "The March accession", "the May elections": a capitalized month between an article and a
# noun; not "the March on Washington", "a March for Life", where it names a walk.
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:the|a|its|their)\s+$", re.IGNORECASE)
# (It refuses to start inside a run of white space, so that a search stays linear.)
_NOUN_AFTER = re.compile(r"(?<!\s)\s+(?!(?:on|for|of|to|against|through|in|from)\b)[a-z]{3,}\b")


def _is_month_before_noun(clue: Clue) -> bool:
    return (
        clue.text[:1].isupper()
        and _ARTICLE_BEFORE.search(clue.before) is not None
        and _NOUN_AFTER.match(clue.after) is not None
    )


def _month_around(month: int, forward: bool, last: tuple[Point, str]) -> Reading:
    """ "the previous April", "the following March": before or after the story's last time."""
    point, time_id = last
    year = point.year or 0
    if point.month is not None:
        if forward and month <= point.month:
            year += 1
        if not forward and month >= point.month:
            year -= 1
    else:
        year += 1 if forward else -1
    return Reading("DATE", Point(year, month).value(), time_id, Point(year, month))


def _year_by_step(month: int, published: date, step: int) -> int:
    if step == 0:
        return published.year
    if step < 0:
        return published.year if month < published.month else published.year - 1
    return published.year if month > published.month else published.year + 1


def read_year(clue: Clue, narrative: Narrative) -> Reading | None:
    year = explicit_year(clue.text)
    if year is None or year < 1100:
        return None
    point = Point(year)
    return Reading("DATE", point.value(), None, point)


def read_bc_year(clue: Clue, narrative: Narrative) -> Reading | None:
    """ "490 BC" is `BC0490` (and "499" of "499-493 BC" `BC0499`); it sets no point, as the
    calendar here counts no years before 1."""
    digits = re.match(r"\d+", clue.text)
    if digits is None or int(digits.group()) == 0:
        return None
    return Reading("DATE", f"BC{int(digits.group()):04d}")


def read_iso(clue: Clue, narrative: Narrative) -> Reading | None:
    text = clue.text
    if "-" in text:
        year, month, day = int(text[0:4]), int(text[5:7]), int(text[8:10])
        clock = text[10:16] if "T" in text else ""
    else:
        parts = text.split("/")
        month, day, year = int(parts[0]), int(parts[1]), int(parts[2])
        year += 2000 if year < 50 else 1900 if year < 100 else 0
        clock = ""
    if not valid_day(year, month, day):
        return None
    point = Point(year, month, day)
    if clock:
        return Reading("TIME", point.value() + clock, None, point)
    return Reading("DATE", point.value(), None, point)


def read_holiday(clue: Clue, narrative: Narrative) -> Reading | None:
    lex = lexicon()
    step, name = _holiday_step(clue.text)
    key = FOUR_DIGITS.sub("", " ".join(name.lower().split())).strip(" ,")
    rule = lex.holidays.get(key) or lex.movable_holidays.get(key)
    if rule is None or not name[0].isupper():
        return None
    year = explicit_year(name)
    anchor: str | None = None
    if year is None and step and narrative.published is not None:
        year, anchor = _stepped_holiday_year(rule, step, narrative.published), "published"
    elif year is None:
        year, anchor = complete_year(_holiday_month(rule), None, narrative, clue.future)
    if year is None:
        return Reading("DATE", f"XXXX-{rule}" if rule[2:3] == "-" else "XXXX-XX-XX")
    point = point_of(holiday_date(rule, year))
    return Reading("DATE", point.value(), anchor, point)


def _holiday_step(text: str) -> tuple[str, str]:
    """ "last Christmas" as ("last", "Christmas"); "Christmas" as ("", "Christmas")."""
    words = text.split(maxsplit=1)
    if len(words) == 2 and words[0].lower() in ("last", "this", "next"):
        return words[0].lower(), words[1]
    return "", text


def _stepped_holiday_year(rule: str, step: str, published: date) -> int:
    """The year of "last Christmas" (the one before publication), "next Easter" (the one
    after) or "this Thanksgiving" (the one of the publication's year)."""
    if step == "last":
        return published.year - (holiday_date(rule, published.year) >= published)
    if step == "next":
        return published.year + (holiday_date(rule, published.year) <= published)
    return published.year


def _holiday_month(rule: str) -> int:
    if rule.startswith("easter"):
        return 4
    return int(re.split(r"[-/]", rule)[0])


def read_clock(clue: Clue, narrative: Narrative) -> Reading | None:
    found = CLOCK.search(clue.text)
    if found is None:
        return None
    hour, minute = _clock_of(found)
    if hour is None:
        return None
    if hour < 12 and not found.group(3) and _AFTER_NOON.search(clue.text):
        hour += 12  # "4 in the afternoon", "9 o'clock tonight"
    dated = _date_of_clock(clue, narrative)
    if dated is not None and dated.type == "DATE":
        return Reading("TIME", f"{dated.value}T{hour:02d}:{minute:02d}", dated.anchor, dated.point)
    day_value, anchor, day = _day_of_clock(clue, narrative)
    return Reading("TIME", f"{day_value}T{hour:02d}:{minute:02d}", anchor, day)


_AFTER_NOON = re.compile(r"\bin\s+the\s+(?:afternoon|evening)\b|\btonight\b", re.IGNORECASE)


def _clock_of(found: re.Match[str]) -> tuple[int | None, int]:
    if found.group(4):
        return 12, 0
    if found.group(5):
        return 24, 0
    hour = int(found.group(1))
    minute = int(found.group(2) or 0)
    half = (found.group(3) or "").lower().replace(".", "")
    if hour > 23 or (half and hour > 12):
        return None, 0
    if half == "pm" and hour < 12:
        hour += 12
    if half == "am" and hour == 12:
        hour = 0
    return hour, minute


def _date_of_clock(clue: Clue, narrative: Narrative) -> Reading | None:
    """The date written after a clock time, "5 p.m. EST Nov. 9": its own day, not the
    publication's (a weekday before it, "Monday, Feb. 4", only restates it)."""
    months = lexicon().months
    for word in _MONTH_WORD.finditer(clue.text):
        if word.group().lower() in months:
            return read_day_month(replace(clue, text=clue.text[word.start() :]), narrative)
    return None


def _day_of_clock(clue: Clue, narrative: Narrative) -> tuple[str, str | None, Point | None]:
    words = lower_words(clue.text)
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    weekday = weekday_in(clue.text)
    named = weekday is not None or any(word in offsets for word in words)
    reference = narrative.deictic_day() if named else narrative.day_in_force()
    if reference is None:
        return "XXXX-XX-XX", None, None
    day, anchor = reference
    for word in words:
        if word in offsets:
            day = shift(day, offsets[word], "D")
    if weekday is not None and day.year != UNKNOWN_YEAR:
        day = weekday_near(day, weekday, 1 if clue.future else -1)
    return day_value(day), anchor, day_point(day)
