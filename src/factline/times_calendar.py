"""Calendar arithmetic and TIMEX3 value strings for the time stage.

A resolved date is a `Point`: a year, and optionally a month and a day, any of which may be
unknown (None), written in TIMEX3 form with `X` for what is unknown (`XXXX-01-05`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

# The days of the week as English words, lower case, in `date.weekday()` order.
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Point:
    """A calendar date of year, month or day precision; unknown parts are None."""

    year: int | None
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def value(self) -> str:
        year = "XXXX" if self.year is None else f"{self.year:04d}"
        if self.month is None:
            return year
        if self.day is None:
            return f"{year}-{self.month:02d}"
        return f"{year}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> date | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)


def point_of(day: date) -> Point:
    return Point(day.year, day.month, day.day)


# A TIMEX3 date value of a known year: "2022", "2022-01", "2022-01-05T14:00", "2022-W01",
# "2022-Q1", "2022-H2", "2022-SU".
_KNOWN_YEAR_VALUE = re.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|W(?P<week>\d{2})"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?(?=$|T)"
)
# The month a season's value begins in; a winter of a year opens it (its January and February).
_SEASON_MONTHS = {"WI": 1, "SP": 3, "SU": 6, "FA": 9}


def first_day(value: str) -> date | None:
    """The first calendar day that a TIMEX3 date value covers ("2022-W01" → 2022-01-03, "2022-Q2"
    → 2022-04-01); None for a value with unknown parts ("XXXX-01-05", "199X", "PAST_REF")."""
    found = _KNOWN_YEAR_VALUE.match(value)
    if found is None:
        return None
    year = int(found["year"])
    try:
        if found["week"]:
            return date.fromisocalendar(year, int(found["week"]), 1)
        if found["quarter"]:
            return date(year, 3 * int(found["quarter"]) - 2, 1)
        if found["half"]:
            return date(year, 6 * int(found["half"]) - 5, 1)
        if found["season"]:
            return date(year, _SEASON_MONTHS[found["season"]], 1)
        return date(year, int(found["month"] or 1), int(found["day"] or 1))
    except ValueError:
        return None  # "2022-13", "2022-W60": no such day


def valid_day(year: int | None, month: int, day: int) -> bool:
    """Whether the day exists; in an unknown year, whether it exists in some year (Feb 29)."""
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year or 2000, month)[1]


def add_months(day: date, months: int) -> date:
    """`day` moved by a number of months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def shift(day: date, amount: int, unit: str) -> date:
    """`day` moved by `amount` units (D, W, FN, M, Q, Y, DE, CE; negative goes back)."""
    if unit == "D":
        return day + timedelta(days=amount)
    if unit in ("W", "FN"):
        return day + timedelta(weeks=amount * (2 if unit == "FN" else 1))
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        return day
    return add_months(day, amount * months)


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def value_at(day: date, unit: str) -> str:
    """The TIMEX3 value of the calendar unit holding `day` ("2022-01", "2022-W01", "2022-Q1")."""
    if unit == "D":
        return day.isoformat()
    if unit in ("W", "FN"):
        return week_value(day)  # a fortnight ago names the week it fell in
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{quarter_of(day)}"
    if unit == "DE":
        return f"{day.year // 10:03d}"
    if unit == "CE":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def weekday_near(reference: date, weekday: int, direction: int) -> date:
    """The `weekday` (0 = Monday) nearest `reference`: on or before it when `direction` is -1,
    on or after it when +1, and strictly before/after when `direction` is -2/+2."""
    gap = (weekday - reference.weekday()) % 7
    if direction > 0:
        if direction == 2 and gap == 0:
            gap = 7
        return reference + timedelta(days=gap)
    back = (reference.weekday() - weekday) % 7
    if direction == -2 and back == 0:
        back = 7
    return reference - timedelta(days=back)


# How far ahead of the publication date a date without a year may lie before it is taken to
# be the past one: news mostly reports what happened, and announces what comes within months.
FUTURE_REACH_DAYS = 125


def year_for(
    month: int,
    day: int | None,
    reference: date,
    direction: int,
    reach_days: int = FUTURE_REACH_DAYS,
) -> int:
    """The year that puts month/day on the `direction` side of `reference` (-1 past, +1 future,
    0 the coming one if within `reach_days`, else the past one)."""
    last = calendar.monthrange(reference.year, month)[1]
    this_year = date(reference.year, month, min(day or 1, last))
    if direction < 0:
        return reference.year if this_year <= reference else reference.year - 1
    gap = (this_year - reference).days
    if direction > 0:
        return reference.year if gap >= (-3 if day else -31) else reference.year + 1
    if gap > reach_days:
        return reference.year - 1
    if gap < 0 and 365 + gap <= reach_days and (day is None or gap < -3):
        return reference.year + 1
    return reference.year


def duration_value(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration ("P6M", "PT3H", "P10Y"); `amount` None is a vague one ("PXY")."""
    clock = unit in ("H", "MIN", "S")
    letter = {"MIN": "M", "FN": "W", "Q": "M", "DE": "Y", "CE": "Y", "ML": "Y"}.get(unit, unit)
    scale = {"FN": 2, "Q": 3, "DE": 10, "CE": 100, "ML": 1000}.get(unit, 1)
    prefix = "PT" if clock else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    total = amount * scale
    if total != int(total):
        return _fractional(total, unit, prefix, letter)
    return f"{prefix}{int(total)}{letter}"


# The next smaller unit of a unit, and how many of it make one.
_SMALLER = {
    "Y": ("M", 12),
    "M": ("D", 30),
    "W": ("D", 7),
    "D": ("H", 24),
    "H": ("M", 60),
    "MIN": ("S", 60),
}


def _fractional(total: float, unit: str, prefix: str, letter: str) -> str:
    """Half units, written in the next smaller unit ("P2Y6M", "PT1H30M", "PT1M30S")."""
    whole = int(total)
    # (by unit, not letter: the "M" of minutes is not the "M" of months)
    key = unit if unit == "MIN" else letter
    if key not in _SMALLER:
        return f"{prefix}{total:g}{letter}"
    name, size = _SMALLER[key]
    part = round((total - whole) * size)
    if letter == "D":
        return f"P{whole}DT{part}H" if whole else f"PT{part}H"
    head = f"{whole}{letter}" if whole else ""
    return f"{prefix}{head}{part}{name}"


def holiday_date(rule: str, year: int) -> date:
    """The date of a holiday in `year` from its rule in the lexicon: "12-25" (fixed),
    "easter-2" (days from Easter Sunday), "11/4/3" (the 4th Thursday of November; -1 = last),
    "11/1/1@2" (the first Tuesday from November 2)."""
    if rule.startswith("easter"):
        return easter(year) + timedelta(days=int(rule[len("easter") :]))
    if "/" not in rule:
        return date(year, int(rule[:2]), int(rule[3:]))
    rule, _, counted_from = rule.partition("@")
    month, nth, weekday = (int(part) for part in rule.split("/"))
    if nth > 0:
        first = date(year, month, int(counted_from or 1))
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_century, century_rest = divmod(century, 4)
    correction = (century + 8) // 25
    moon = (century - correction + 1) // 3
    epact = (19 * golden + century - leap_century - moon + 15) % 30
    leap_rest, rest_rest = divmod(rest, 4)
    weekday = (32 + 2 * century_rest + 2 * leap_rest - epact - rest_rest) % 7
    shift_days = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift_days + 114, 31)
    return date(year, month, day + 1)
