"""Readers for relative, vague and counted expressions: "last week", "two days later",
"the following day", "Tuesday", "six months", "every week", "the 1990s".

Deictic forms ("yesterday", "last week", "two days ago") count from the publication date;
anaphoric forms ("the following day", "that night", "two days later") count from the last day
the story named (`Narrative.day_in_force`).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from functools import cache

from factline.times_calendar import (
    Point,
    duration_value,
    point_of,
    shift,
    value_at,
    weekday_near,
)
from factline.times_grammar import alternation, lexicon
from factline.times_resolve import (
    UNKNOWN_YEAR,
    Clue,
    Narrative,
    Reading,
    bc_shifted,
    bc_year_in,
    day_point,
    day_value,
    explicit_year,
    lower_words,
    month_in,
    part_code,
    weekday_in,
    with_part,
)

# (not the "year" of "the year-earlier nine months", which names the period, not the unit)
_UNIT_WORD = re.compile(
    r"(second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni)"
    r"(?!-(?:ago|earlier)\b)",
    re.IGNORECASE,
)
_NUMBER_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z]+", re.IGNORECASE)
_HALF = re.compile(r"1/2|and\s+(?:a\s+)?half|^half\s+an?\b", re.IGNORECASE)
# "for years", "after months of talks", "the merger follows months of twists and turns": a bare
# plural is a duration after these words (not
# after "of": "a matter of months", "hundreds of years" measure no span in TimeBank).
_BARE_PLURAL_CONTEXT = re.compile(
    r"\b(?:for|in|over|within|after|than|took|take|takes|spent|lasted|follows|followed)\s+$",
    re.IGNORECASE,
)
# "in the weeks before the shooting", "days after the attack", "in the years that followed".
_AROUND_AN_EVENT = re.compile(
    r"(?<!\s)\s+(?:before|after|that\s+followed|following|leading\s+up\s+to)\b", re.IGNORECASE
)


def _is_around_an_event(clue: Clue, narrative: Narrative) -> bool:
    """ "in the weeks before the shooting": news marks the span alone; a history (annotated
    to TIMEX2) marks it with its event, and dates it, which this reading cannot."""
    return not narrative.history and _AROUND_AN_EVENT.match(clue.after) is not None


_PERIOD_ENDING = re.compile(r"(?<!\s)\s+(?:ended|ending|ends|to)\b", re.IGNORECASE)
_OPENS = re.compile(r"(?:^|[.!?\n\"'`])\s*$")
_DIRECTION = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}
# Which side of the reference day a weekday lies on (see `weekday_near`): "last Friday" is
# strictly before it, "that Friday" on or before it.
_WEEKDAY_STEPS = {
    "last": -2,
    "past": -2,
    "previous": -2,
    "next": 2,
    "following": 2,
    "coming": 1,
    "that": -1,
}


_THIS_PAST = (["this", "past"], ["this", "coming"])


def unit_in(text: str) -> str | None:
    found = _UNIT_WORD.search(text)
    return lexicon().units[found.group(1).lower()] if found else None


def amount_in(text: str) -> tuple[bool, float | None]:
    """Whether `text` counts something, and how many (None for "several", "a few")."""
    lex = lexicon()
    lowered = _without_hedging_some(" ".join(text.lower().replace("-", " ").split()))
    if _vague_number().search(lowered):
        return True, None
    half = _HALF.search(lowered) is not None
    half_of_one = lowered.startswith("half")
    lowered = _HALF.sub(" ", lowered)
    phrase = _number_phrase().search(lowered)
    if phrase is not None:
        return True, lex.numbers[" ".join(phrase.group().split())] + (0.5 if half else 0)
    total: float = 0
    found = False
    for token in _NUMBER_TOKEN.findall(lowered):
        if token[0].isdigit():
            total += float(token)
            found = True
        elif token in lex.numbers and not (found and token in ("a", "an")):
            total += lex.numbers[token]
            found = True
        elif found:
            break
    if half:
        # "half a year" is half of one; "the past year and a half", with no count, one and a half
        total += 0.5 if found or half_of_one else 1.5
    return found or half, total if found or half else None


_SOME_BEFORE = re.compile(r"\bsome (\S+)")


def _without_hedging_some(lowered: str) -> str:
    """ "Some eight years" hedges a count ("about eight"); "some years" counts none."""
    found = _SOME_BEFORE.search(lowered)
    if found is None:
        return lowered
    following = found.group(1)
    if following[0].isdigit() or following in lexicon().numbers:
        return lowered[: found.start()] + lowered[found.start(1) :]
    return lowered


@cache
def _vague_number() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(lexicon().vague_numbers)})\b")


@cache
def _number_phrase() -> re.Pattern[str]:
    phrases = [word for word in lexicon().numbers if " " in word]
    return re.compile(rf"\b(?:{alternation(phrases)})\b")


def read_duration(clue: Clue, narrative: Narrative) -> Reading | None:
    words = lower_words(clue.text)
    if words[-1] in ("while", "time"):
        # "for a while", "for some time": news marks a span of no stated unit; histories
        # annotated to TIMEX2 (WikiWars) give it no value at all, which no reading matches
        return None if narrative.history else Reading("DURATION", "PXX")
    if words == ["one", "day"] and _MODAL_BEFORE.search(clue.before):
        return Reading("DATE", "FUTURE_REF")  # "Islam will one day be ...": some day to come
    unit = unit_in(clue.text)
    if unit is None:
        return None
    if clue.after.startswith(("-", " old")):
        return None  # an age or an adjective: "a 6-year-old boy", "a year-earlier loss"
    if unit == "Q" and _is_fraction(clue, words):
        return None
    if len(words) == 2 and clue.text[:1] == "a" and _follows_an_amount(clue.before):
        # a rate, "$1.76 a year", "four flights a week": news annotation (TimeBank) mostly
        # leaves it out, histories annotated to TIMEX2 (WikiWars) mark it as a set
        return Reading("SET", duration_value(1, unit)) if narrative.history else None
    if len(words) > 1 and words[-1].endswith("s") and words[-2] in _UNCOUNTED_BEFORE:
        return Reading("DURATION", duration_value(None, unit))  # "the coming weeks", "the years"
    if words[-1] == "ahead":
        return Reading("DURATION", duration_value(None, unit))  # "the weeks ahead"
    if words[0] == "recent":
        if words[1] == "years":
            return Reading("DATE", "PAST_REF")
        return Reading("DURATION", duration_value(None, unit))
    if len(words) == 1:
        if not (_BARE_PLURAL_CONTEXT.search(clue.before) or _is_around_an_event(clue, narrative)):
            return None
        return Reading("DURATION", duration_value(None, unit))
    found, amount = amount_in(clue.text)
    if not found and words[0].endswith("s"):
        return Reading("DURATION", duration_value(None, unit))  # "decades-long"
    if not found:
        amount = 1
    if words[-1] == "second" and amount == 1:
        return None  # "a second time"
    side = _SIDE_OF_AN_EVENT.match(clue.after)
    if side is not None and _is_told_history(narrative) and len(words) == 2:
        # "Five days after the fall of Girona": TIMEX2 dates the phrase from the story's day
        shifted = "later" if side.group(1).lower() == "after" else "earlier"
        return read_offset(dataclasses.replace(clue, text=f"{clue.text} {shifted}"), narrative)
    return Reading("DURATION", _span_value(amount, unit, narrative))


_SIDE_OF_AN_EVENT = re.compile(r"(?<!\s)\s+(after|before)\b", re.IGNORECASE)


def _is_told_history(narrative: Narrative) -> bool:
    """A history told as one (a text without a date is read as a history for its anchors, but
    keeps the conventions of news, TimeML's)."""
    return narrative.history and narrative.published is not None


def _span_value(amount: float | None, unit: str, narrative: Narrative) -> str:
    """A duration's value. Histories annotated to TIMEX2 (WikiWars) count decades and
    centuries whole, "the past decade" P1DE (4 of 5 times); news counts them in years, P10Y."""
    if amount is not None and amount == int(amount) and narrative.history and unit in ("DE", "CE"):
        return f"P{int(amount)}{unit}"
    return duration_value(amount, unit)


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|shall)\s+$", re.IGNORECASE)

# A plural unit after these words counts none: "the coming weeks", "(over) the years".
_UNCOUNTED_BEFORE = frozenset((*_DIRECTION, "following", "the", "first", "early", "initial"))


def _without_or_so(words: list[str]) -> list[str]:
    """The words of "the next year or so" without the hedge, which changes no value."""
    return words[:-2] if words[-2:] == ["or", "so"] else words


# What follows "quarter(s) of" when the quarters are of a year: "the third quarter of 1990".
_OF_A_YEAR = re.compile(r"(?<!\s)\s+of\s+(?:\d|fiscal|the\s+year|this|last|next)", re.IGNORECASE)


def _is_fraction(clue: Clue, words: list[str]) -> bool:
    """ "three-quarters of its food", "a quarter of the market", "in some quarters": a share
    or a place, not three months."""
    if "-quarter" in clue.text.lower() and words[-1].endswith("s"):
        return True
    if words[0] == "some" and words[-1] == "quarters":
        return True
    return clue.after.lower().startswith(" of ") and not _OF_A_YEAR.match(clue.after)


_NOT_PLURAL_NOUNS = frozenset(("was", "has", "is", "this", "its", "less", "plus", "across"))


def _follows_an_amount(before: str) -> bool:
    """Whether "a year" is the "per" of a rate: after a number ("$2 million a year") or a
    plural noun ("four flights a week")."""
    words = before.split()
    if not words:
        return False
    last = words[-1].lower()
    if last[-1].isdigit() or last in ("million", "billion", "thousand", "hundred"):
        return True
    return len(last) > 3 and last.endswith("s") and last.isalpha() and last not in _NOT_PLURAL_NOUNS


def read_set(clue: Clue, narrative: Narrative) -> Reading | None:
    """A recurring time ("daily", "every week", "each July"). A history, annotated to TIMEX2
    (WikiWars), writes one that recurs every unit as the calendar at that unit's grain
    ("daily": `XXXX-XX-XX`, "weekly": `XXXX-WXX`), where TimeML writes its period (`P1D`); the
    unit of a rate stays a span in both ("33 deaths [per day]", "[twice a week]")."""
    reading = _recurrence(clue)
    if reading is None or not _is_told_history(narrative) or _is_rate(lower_words(clue.text)):
        return reading
    grain = _TIMEX2_GRAIN.get(reading.value)
    return reading if grain is None else dataclasses.replace(reading, value=grain)


_TIMEX2_GRAIN = {"P1D": "XXXX-XX-XX", "P1W": "XXXX-WXX", "P1M": "XXXX-XX", "P1Y": "XXXX"}


def _recurrence(clue: Clue) -> Reading | None:
    lex = lexicon()
    key = clue.text.lower()
    if key in lex.sets:
        return Reading("SET", lex.sets[key])
    recurring = _recurring_day(clue.text)
    if recurring is not None:
        return recurring
    weekday = weekday_in(clue.text)
    if weekday is not None:
        return Reading("SET", f"XXXX-WXX-{weekday + 1}")
    month = month_in(clue.text)
    if month is not None:
        return Reading("SET", f"XXXX-{month:02d}")  # "each July"
    season = next((code for name, code in lex.seasons.items() if name in key), None)
    if season is not None:
        return Reading("SET", f"XXXX-{season}")  # "every summer"
    unit = unit_in(clue.text)
    words = lower_words(clue.text)
    if unit is None:
        code = part_code(clue.text)
        return Reading("SET", f"XXXX-XX-XXT{code}") if code else None
    if _is_rate(words):
        return Reading("SET", duration_value(1, unit))
    found, amount = amount_in(" ".join(w for w in words if w not in ("every", "each")))
    if "other" in words:
        amount = 2
    return Reading("SET", duration_value(amount if found and amount else 1, unit))


def _is_rate(words: list[str]) -> bool:
    """ "per day", "once a week", "three times a year": how often within a unit."""
    return words[0] in ("once", "twice", "per") or "times" in words


# "Sundays", "Tuesday nights": a plural weekday or part of a weekday.
_PLURAL_DAY = re.compile(r"(day|morning|afternoon|evening|night)s\b", re.IGNORECASE)


def _recurring_day(text: str) -> Reading | None:
    """ "Tuesday nights" (read as "Tuesday night"): every Tuesday night, `XXXX-WXX-2TNI`."""
    if _PLURAL_DAY.search(text) is None:
        return None
    singular = _PLURAL_DAY.sub(r"\1", text)
    weekday = weekday_in(singular)
    if weekday is None:
        return None
    code = part_code(singular)
    return Reading("SET", f"XXXX-WXX-{weekday + 1}" + (f"T{code}" if code else ""))


def read_named_day(clue: Clue, narrative: Narrative) -> Reading | None:
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[lower_words(clue.text)[-1]]
    if offset == 0 and _is_era(clue.after):
        return None  # "today's world", "today's youth": our times, which TimeML leaves untagged
    if narrative.history and offset == 0:
        return Reading("DATE", "PRESENT_REF")
    return _day_from(narrative.deictic_day(), offset, clue.text)


_POSSESSED = re.compile(r"['’]s\s+([a-z]+)", re.IGNORECASE)


def _is_era(after: str) -> bool:
    """Whether "today's" is followed by a noun of an age rather than of a day."""
    possessed = _POSSESSED.match(after)
    return possessed is not None and possessed.group(1).lower() in lexicon().era_nouns


def read_ordinal_day(clue: Clue, narrative: Narrative) -> Reading | None:
    """ "The second day of the offensive": a day of something under way, which news counts
    to the day it is telling of (a history, only to a day it has named)."""
    reference = narrative.day if narrative.history else narrative.day_in_force()
    return _day_from(reference, 0, lower_words(clue.text)[-1])


def _day_from(reference: tuple[date, str] | None, offset: int, text: str) -> Reading:
    if reference is None:
        kind, value = with_part("XXXX-XX-XX", text)
        return Reading(kind, value)
    try:
        day = shift(reference[0], offset, "D")
    except OverflowError:
        return Reading(*with_part("XXXX-XX-XX", text))
    if day.year != reference[0].year and reference[0].year == UNKNOWN_YEAR:
        return Reading(*with_part("XXXX-XX-XX", text))
    kind, value = with_part(day_value(day), text)
    return Reading(kind, value, reference[1], day_point(day))


def read_reference(clue: Clue, narrative: Narrative) -> Reading | None:
    key = " ".join(clue.text.lower().split())
    if key == "now" and clue.after.startswith(",") and _OPENS.search(clue.before):
        return None  # "Now, ..." opens a turn of the argument, not a time
    if key == "the past" and _counts_on(clue.after):
        return None  # "the past three summers": a span the grammar does not read
    return Reading("DATE", lexicon().references[key])


def read_indexical(clue: Clue, narrative: Narrative) -> Reading | None:
    """ "the former monarchy", "future generations", "recent battles": TIMEX2, to which
    histories are annotated (WikiWars), marks these adjectives as the past or the future;
    TimeML, news's, mostly leaves them out (TempEval-3's training data marks "recent" 6
    times in 29, "future" 4 in 28)."""
    if not _is_told_history(narrative):
        return None
    if _THE_BEFORE.search(clue.before) and _NO_NOUN_AFTER.match(clue.after):
        return None  # "did not consider the former an option": the first of two named
    return Reading("DATE", lexicon().indexical_adjectives[clue.text.lower()])


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# (Opens only where a run of spaces or punctuation opens, so that a search stays linear.)
_NO_NOUN_AFTER = re.compile(
    r"(?<![\s,.;:])(?:\s*[,.;:)]|\s+(?:a|an|the|is|was|were|had|has|and|or|but)\b)", re.IGNORECASE
)


# The word after a space; the lookbehind keeps a search from restarting inside the space.
_NEXT_WORD = re.compile(r"(?<!\s)\s+([a-z0-9]+)", re.IGNORECASE)


def _counts_on(after: str) -> bool:
    """Whether a number follows ("the past [three] summers")."""
    following = _NEXT_WORD.match(after)
    if following is None:
        return False
    word = following.group(1).lower()
    return word.isdigit() or word in lexicon().numbers or word in lexicon().vague_numbers


def read_part_of_day(clue: Clue, narrative: Narrative) -> Reading | None:
    words = lower_words(clue.text)
    if words[0] == "tonight":
        return _day_from(narrative.deictic_day(), 0, "night")
    if words in (["night"], ["night", "time"], ["daytime"]):
        # "at night": any night. TIMEX2, to which histories are annotated (WikiWars), marks
        # the part of day alone too ("night attacks", "sighting units in daytime"); news does not
        if not (_AT_BEFORE.search(clue.before) or _is_told_history(narrative)):
            return None
        if _NAME_BEFORE.search(clue.before):
            return None  # "on Christmas night": the night of a named day, no night at all
        return Reading("TIME", "XXXX-XX-XXT" + ("DT" if words == ["daytime"] else "NI"))
    offsets = {"yesterday": -1, "tomorrow": 1, "last": -1, "following": 1, "next": 1}
    offset = next((offsets[w] for w in words if w in offsets), 0)
    if words[0] == "last" and words[-1] != "night":
        return None
    anaphoric = words[0] in ("that", "the", "early", "late")
    reference = narrative.day_in_force() if anaphoric else narrative.deictic_day()
    return _day_from(reference, offset, clue.text)


_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?<![\w'’])[A-Z][\w'’]*\s+$")


def read_weekday(clue: Clue, narrative: Narrative) -> Reading | None:
    weekday = weekday_in(clue.text)
    if weekday is None:
        return None
    words = lower_words(clue.text)
    anaphoric = words[0] in ("the", "that")
    # "the following Friday", "this past Friday": the second word says which way
    modifier = words[1] if words[0] == "the" or words[:2] in _THIS_PAST else words[0]
    direction = _WEEKDAY_STEPS.get(modifier, 1 if clue.future else -1)
    reference = narrative.known_day(deictic=not anaphoric)
    if reference is None:
        kind, value = with_part("XXXX-XX-XX", clue.text)
        return Reading(kind, value)
    day = weekday_near(reference[0], weekday, direction)
    kind, value = with_part(day.isoformat(), clue.text)
    return Reading(kind, value, reference[1], point_of(day))


def read_offset(clue: Clue, narrative: Narrative) -> Reading | None:
    unit = unit_in(clue.text)
    if unit is None:
        return None
    words = lower_words(clue.text)
    backward = any(w in ("ago", "earlier", "previously", "before") for w in words[-2:])
    deictic = words[-1] in ("ago", "now", "hence")
    reference = narrative.known_day(deictic)
    unit_word = _UNIT_WORD.search(clue.text)
    _, amount = amount_in(clue.text[: unit_word.start()] if unit_word else clue.text)
    if amount is None:
        return Reading("DATE", "PAST_REF" if backward else "FUTURE_REF")
    coarse = None if deictic else _coarse_time_in_force(narrative)
    if coarse is not None:
        return _offset_from(coarse, unit, (-1 if backward else 1) * int(amount))
    scene = narrative.bc_year
    if scene is not None and unit in _YEARS_IN and not deictic:
        # "14 years later" in a history told in years before Christ
        years = (1 if backward else -1) * int(amount) * _YEARS_IN[unit]
        return Reading("DATE", bc_shifted(scene[0], -years), scene[1])
    if reference is None:
        return Reading("DATE", _unknown_at(unit))
    sign = -1 if backward else 1
    whole = int(amount)
    quarter = _reported_quarter(narrative)
    if unit == "Y" and whole == 1 and backward and quarter is not None:
        return Reading("DATE", f"{int(quarter[:4]) - 1}{quarter[4:]}", reference[1])
    if unit in ("H", "MIN", "S"):
        return Reading("DATE", reference[0].isoformat(), reference[1], point_of(reference[0]))
    day = shift(reference[0], sign * whole, unit)
    granularity = "Y" if unit in ("DE", "CE", "ML") else unit
    point = point_of(day) if granularity == "D" else None
    return Reading("DATE", value_at(day, granularity), reference[1], point)


_YEARS_IN = {"Y": 1, "DE": 10, "CE": 100}


def _coarse_time_in_force(narrative: Narrative) -> tuple[Point, str] | None:
    """What a history's "three days later" counts from when its last day is no longer in
    force: the year or month it has come to since ("In October 1915, ... four days later"),
    or before it named any day. (News counts from its publication date instead.)"""
    last, day = narrative.last, narrative.day
    if not narrative.history or last is None or last[0].year is None or last[0].day is not None:
        return None
    if day is not None and day[0].year == last[0].year:
        return None
    return last


def _offset_from(coarse: tuple[Point, str], unit: str, amount: int) -> Reading:
    """ "A decade later" after 1998 is 2008, "four months earlier" than July 1988 is March;
    "three days later", "a week later" after a year or a month are a day or a week of it
    ("1980-XX-XX", "1913-WXX"), which is all the text tells."""
    point, time_id = coarse
    year = point.year or 0
    if unit in _YEARS_IN:
        moved = year + amount * _YEARS_IN[unit]
        return Reading("DATE", f"{moved:04d}", time_id, Point(moved))
    if unit == "M" and point.month is not None:
        months = year * 12 + point.month - 1 + amount
        moved_month = Point(months // 12, months % 12 + 1)
        return Reading("DATE", moved_month.value(), time_id, moved_month)
    shape = {"D": "-XX-XX", "W": "-WXX", "M": "-XX", "Q": "-QX"}.get(unit, "")
    return Reading("DATE", f"{year:04d}{shape}", time_id)


def _reported_quarter(narrative: Narrative) -> str | None:
    """The quarter a financial report is telling of, if it still is: "a year ago" is that
    quarter a year back, but the year before once it has turned to a longer span ("for the
    nine months, ... compared with a year earlier")."""
    return None if narrative.past_quarter else narrative.quarter


def _unknown_at(unit: str) -> str:
    return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(unit, "XXXX")


def read_anaphor(clue: Clue, narrative: Narrative) -> Reading | None:
    words = _without_or_so(lower_words(clue.text))
    text = " ".join(words)
    if "yesterday" in words or "tomorrow" in words:
        offset = -2 if "yesterday" in words else 2
        return _day_from(narrative.deictic_day(), offset, clue.text)
    offset = 0
    if any(w in ("following", "next", "after") for w in words):
        offset = 1
    elif any(w in ("previous", "preceding", "prior", "before") for w in words):
        offset = -1
    if words[-1] == "end":  # "by year-end", "by year's end": the year, as "the year"
        if narrative.history:
            return _larger_unit("year", 0, narrative)
        return _current_period("year", narrative)
    if words == ["the", "day"] and narrative.history and _BEFORE_OR_AFTER.match(clue.after):
        return None  # TIMEX2 marks the event with it, "the day after the battle": not ours to date
    head = words[-1] if words[-1] not in ("before", "after") else "day"
    if head == "time":
        return None
    if head == "year" and _PERIOD_ENDING.match(clue.after):
        return Reading("DURATION", "P1Y")  # "the year ended Sept. 30": a span of accounts
    if _is_current_period(words, narrative):
        return _current_period(head, narrative)
    if head in ("day", "night", "morning", "afternoon", "evening"):
        return _day_from(narrative.day_in_force(), offset, text if head != "day" else "day")
    return _larger_unit(head, offset, narrative)


# (Opens only where a run of spaces opens: linear under a search, see tests/test_redos.py.)
_BEFORE_OR_AFTER = re.compile(r"(?<!\s)\s+(?:before|after)\b", re.IGNORECASE)


def _is_current_period(words: list[str], narrative: Narrative) -> bool:
    """ "For the year", "the full year": in news, the year (or week) of the report itself; in a
    history, the one the story is in, as "that year"."""
    plain = [word for word in words if word not in ("full", "fiscal")]
    return (
        plain in (["the", "year"], ["the", "week"])
        and not narrative.history
        and narrative.published is not None
    )


def _current_period(head: str, narrative: Narrative) -> Reading | None:
    published = narrative.published
    if published is None:
        return None
    unit = "Y" if head == "year" else "W"
    point = Point(published.year) if unit == "Y" else None
    return Reading("DATE", value_at(published, unit), "published", point)


def _larger_unit(head: str, offset: int, narrative: Narrative) -> Reading | None:
    """ "that year", "the following week", "the same month" from the story's last time."""
    seasons = lexicon().seasons
    scene = narrative.bc_year
    if scene is not None and (head == "year" or head in seasons):
        # "the following year" of a history told in years before Christ
        shown = bc_shifted(scene[0], offset)
        return Reading("DATE", shown if head == "year" else f"{shown}-{seasons[head]}", scene[1])
    source = narrative.last
    if source is None and narrative.published is not None:
        source = (point_of(narrative.published), "published")
    if source is None:
        return Reading("DATE", _unknown_at({"week": "W", "month": "M"}.get(head, "Y")))
    point, anchor = source
    if point.year is None:
        return None
    base = date(point.year, point.month or 1, point.day or 1)
    if head in seasons:
        year = point.year + offset
        return Reading("DATE", f"{year}-{seasons[head]}", anchor, Point(year))
    unit = {"week": "W", "weekend": "W", "month": "M", "year": "Y"}[head]
    if (unit == "M" and point.month is None) or (unit == "W" and point.day is None):
        return None
    moved = shift(base, offset, unit)
    value = value_at(moved, unit) + ("-WE" if head == "weekend" else "")
    new_point = Point(moved.year, moved.month if unit == "M" else None)
    return Reading("DATE", value, anchor, new_point)


def read_relative(clue: Clue, narrative: Narrative) -> Reading | None:
    words = _without_or_so(lower_words(clue.text))
    unit = unit_in(words[-1]) or ("W" if words[-1] == "weekend" else None)
    if unit is None:
        return None
    direction = next((_DIRECTION[w] for w in words if w in _DIRECTION), 0)
    reference = narrative.known_day(deictic=True)
    suffix = "-WE" if words[-1] == "weekend" else ""
    if reference is None:
        return Reading("DATE", _unknown_at(unit) + suffix)
    if unit in ("DE", "CE") and direction != 0:
        return Reading("DURATION", _span_value(1, unit, narrative))  # "the past decade"
    if words == ["the", "weekend"]:
        saturday = weekday_near(reference[0], 5, 1 if clue.future else -1)
        return Reading("DATE", value_at(saturday, "W") + suffix, reference[1])
    moved = shift(reference[0], direction, unit)
    point = Point(moved.year, moved.month if unit == "M" else None) if unit in "MY" else None
    return Reading("DATE", value_at(moved, unit) + suffix, reference[1], point)


def read_decade(clue: Clue, narrative: Narrative) -> Reading | None:
    digits = re.search(r"(\d{1,3})0['’]?s", clue.text)
    if digits and len(digits.group(1)) == 3:
        return Reading("DATE", digits.group(1))
    decade = digits.group(1)[-1] if digits else None
    if decade is None:
        words = lower_words(clue.text)
        found = next((lexicon().decade_words[w] for w in words if w in lexicon().decade_words), 0)
        decade = str(found)
    century = "19"
    if narrative.published is not None and int(decade) * 10 > narrative.published.year % 100:
        century = f"{narrative.published.year // 100 - 1:02d}"
    elif narrative.published is not None:
        century = f"{narrative.published.year // 100:02d}"
    return Reading("DATE", f"{century}{decade}")


def read_century(clue: Clue, narrative: Narrative) -> Reading | None:
    lex = lexicon()
    words = lower_words(clue.text)
    number = next((lex.ordinals[w] for w in words if w in lex.ordinals), None)
    if number is None:
        return None
    era = "BC" if _BC_AFTER.match(clue.after) else ""  # "the 4th century BC" is BC03
    return Reading("DATE", f"{era}{number - 1:02d}")


_BC_AFTER = re.compile(r"\s?(?:BCE|BC|B\.C)\b")


def read_season(clue: Clue, narrative: Narrative) -> Reading | None:
    lex = lexicon()
    words = lower_words(clue.text)
    season = next((lex.seasons[w] for w in words if w in lex.seasons), None)
    if season is None:
        return None
    if "fall" in words and words[0] in ("fall", "the"):
        return None  # "prices fall", "the fall of the Soviet Union"
    before_christ = bc_year_in(clue.text)
    if before_christ is not None:
        return Reading("DATE", f"{before_christ}-{season}")
    year = explicit_year(clue.text) or clue.year_hint
    if year is not None:
        return Reading("DATE", f"{year}-{season}", None, Point(year))
    step = {"last": -1, "next": 1}.get(words[0], 0)
    scene = narrative.bc_year
    if scene is not None:  # "that summer" of a history told in years before Christ
        step += _winter_after(season, step, month=12)  # (a year BC is told whole)
        return Reading("DATE", f"{bc_shifted(scene[0], step)}-{season}", scene[1])
    source = narrative.deictic_day()
    ahead = 0
    # (a history's season is of the year its story has come to, not an aside's: "(as of
    # December 5, 2006)")
    told = narrative.year_source if narrative.history else None
    if told is not None and told[0].year is not None:
        ahead = _winter_after(season, step, told[0].month)
        source = (date(told[0].year, 1, 1), told[1])
    if source is None:
        return Reading("DATE", f"XXXX-{season}")
    year = source[0].year + step
    # (the story stays in its year: "the next spring" after it is still the next year's)
    return Reading("DATE", f"{year + ahead}-{season}", source[1], Point(year))


# From this month of a year on, a history's "the winter" is the one that follows.
WINTER_AHEAD_FROM_MONTH = 7


def _winter_after(season: str, step: int, month: int | None) -> int:
    """1 where a history's "the winter" is the one after its year: a winter spans two years,
    and TIMEX names it by the year it ends in ("the winter" after December 1914 is 1915-WI).
    So does a winter told after a year before Christ, which a history counts by its campaigns
    ("passed the winter" at Sardis in 481 BC is BC0480-WI)."""
    ahead = season == "WI" and step == 0 and (month or 0) >= WINTER_AHEAD_FROM_MONTH
    return 1 if ahead else 0
