"""The *find* half of the time stage: candidate expressions, before they are read.

The scan (`times_scan`) proposes matches of the grammar; here they become `Candidate`s, with
the second day of a range ("January 2 and 5") and the year a range writes once at its end
("31 May-1 June 1916") made explicit, and numbers that count things ("2000 troops") dropped.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from factline.times_grammar import FOUR_DIGITS, alternation, lexicon
from factline.times_scan import scan


# The second day of a range whose first day names the month: "January 2 and 5", "Jan. 2-5, 2022".
@cache
def _range_tail() -> re.Pattern[str]:
    months = alternation(lexicon().months)
    return re.compile(
        r"(?<!\s)\s*(?:-|–|—|and|to|through|until|till)\s*"
        r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
        rf"(?!\s*%|[.,:]\d|\s+percent|\s*(?:{months})\b)"
        r"(?:,?\s+(?P<year>(?:1[0-9]|20)\d\d)(?!\d))?",
        re.IGNORECASE,
    )


# A number that is not a year: "2000 troops", "1500 people".
_COUNTED_NOUN = re.compile(
    r"(?<!\s)\s+(?:people|persons|troops|soldiers|men|women|children|police|officers|protesters"
    r"|residents|cases|deaths|votes|seats|times|units|barrels|tons|tonnes|km|kilometers"
    r"|kilometres|miles|meters|metres|feet|dollars|euros|pounds|shares|jobs|workers|hectares"
    r"|acres|rounds|vehicles|tanks|aircraft|planes|prisoners|refugees|students)\b",
    re.IGNORECASE,
)


# "USA Today", "VOA Today", "NBC Today": a deictic word written with a capital after a
# capitalized word of the same sentence ends a name (a newspaper, a programme), no time.
_DEICTIC_TITLE = re.compile(r"(?-i:Today|Tonight|Tomorrow|Yesterday)")
_NAME_BEFORE = re.compile(r"(?<![\w.])[A-Z][A-Za-z]* $")
NAME_REACH = 20


@dataclass(frozen=True)
class Candidate:
    """A stretch of text the grammar takes for a time expression, before it is read."""

    kind: str
    start: int
    end: int
    text: str
    year_hint: int | None = None
    # The words to read it by, where they stand apart from it: "12" of "12-14 July 1950" is
    # read as "12 July 1950", "17" of "1915-17" as "1917".
    reading_text: str | None = None


def find_candidates(text: str) -> list[Candidate]:
    """Every candidate time expression in `text`, in order (the *find* half of the stage)."""
    candidates: list[Candidate] = []
    for found in scan(text):
        kind = found.lastgroup or ""
        start, end = found.span()
        if kind == "year" and _COUNTED_NOUN.match(text, end):
            continue
        if _NAME_BEFORE.search(
            text, max(0, start - NAME_REACH), start
        ) and _DEICTIC_TITLE.fullmatch(found.group()):
            continue
        if candidates and start < candidates[-1].end:
            continue
        start = _trimmed_start(text, kind, found.group(), start)
        candidate = Candidate(kind, start, end, text[start:end])
        if kind == "day_month":
            candidates.extend(_first_day(text, candidate, candidates))
        candidates.append(candidate)
        if kind == "day_month" and not FOUR_DIGITS.search(found.group()):
            candidates.extend(_second_day(text, end))
        if kind == "year":
            candidates.extend(_second_year(text, candidate))
    return _shared_recurrence(text, _years_across_ranges(text, candidates))


# A title in quotation marks, every word of it capitalized but short function words: ABC's
# "This Week," the film "High Noon", the "Spring of Life" demonstrations. In news its time
# words name a programme or a campaign, no time (TimeBank and AQUAINT tag none of 4).
_QUOTED_TITLE = re.compile(
    r"(?:\"|``|“)(?P<title>[A-Z][a-z]*(?:\s+(?:[A-Z][a-z]*|of|the|and|with|in|on|a|an|for|to)){1,5})"
    r"[,.!?]?(?:\"|''|”)"
)
TITLE_REACH = 50


def in_quoted_title(text: str, candidate: Candidate) -> bool:
    """Whether the candidate lies inside a quoted title (`_QUOTED_TITLE`) and names no holiday.
    News only: histories annotated to TIMEX2 (WikiWars) tag the season of a named operation,
    the "Chinese Spring Offensive"."""
    if candidate.kind in ("holiday", "named_day"):
        return False
    start, end = candidate.start, candidate.end
    low = max(0, start - TITLE_REACH)
    for title in _QUOTED_TITLE.finditer(text, low, min(len(text), end + TITLE_REACH)):
        inside = title.start("title") <= start and end <= title.end("title")
        if inside and _capitalized_as_a_title(title.group("title")):
            return True
    return False


def _capitalized_as_a_title(words: str) -> bool:
    """Whether a word after the first has a capital that only a title gives it: "This Week",
    not the opening of a quoted sentence, "Next Monday," he said (a day's or a month's name
    always has one)."""
    lex = lexicon()
    names = {*lex.months, *lex.weekdays}
    return any(word[0].isupper() and word.lower() not in names for word in words.split()[1:])


# The first day of a range whose month is written once, after the second: "12-14 July".
_FIRST_DAY = re.compile(r"(?<![\d.,:/$])([12]\d|3[01]|0?[1-9])\s{0,2}(?:-|–|to)\s{0,2}$")
_LEADING_DAY = re.compile(r"\d{1,2}")


def _first_day(text: str, second: Candidate, before: list[Candidate]) -> list[Candidate]:
    """ "12" of "12-14 July 1950", read as "12 July 1950"."""
    day = _LEADING_DAY.match(second.text)
    low = max(second.start - 8, before[-1].end if before else 0)
    first = _FIRST_DAY.search(text, low, second.start)
    if day is None or first is None:
        return []
    reading = first.group(1) + second.text[day.end() :]
    start, end = first.span(1)
    return [Candidate("day_month", start, end, text[start:end], reading_text=reading)]


# The second year of a span written short: "17" of "1915-17".
_SHORT_YEAR = re.compile(r"[-–](\d\d)(?![\d%-]|\.\d|,\d)")


def _second_year(text: str, first: Candidate) -> list[Candidate]:
    """ "17" of "1915-17", read as "1917" (only a later year: "1990-12" is no span)."""
    found = _SHORT_YEAR.match(text, first.end)
    digits = FOUR_DIGITS.fullmatch(first.text)
    if found is None or digits is None or int(found.group(1)) <= int(first.text[2:]):
        return []
    start, end = found.span(1)
    year = first.text[:2] + found.group(1)
    return [Candidate("year", start, end, text[start:end], reading_text=year)]


_ADJECTIVE_ARTICLE = re.compile(
    r"the\s+(?=(?:[a-z0-9]+-|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)"
    r"(?:quarter|year|month|week|day|hour|minute|decade)\b)",
    re.IGNORECASE,
)


# "last" as a verb, "expected to last five months": the span is "five months".
_LAST_AS_VERB = re.compile(
    r"(?:\bto|\bwill|\bwould|\bcould|\bmay|\bmight|\bshould|\bcan|\bmust|['’]ll)\s+$",
    re.IGNORECASE,
)
_LAST_WORD = re.compile(r"last\s+", re.IGNORECASE)


def _trimmed_start(text: str, kind: str, expression: str, start: int) -> int:
    """TimeML leaves out the article of an adjective ("the [third-quarter] loss", "the [two
    day] rally", written without its hyphen), and the verb "last" ("to last [five months]")."""
    if kind in ("quarter", "duration"):
        article = _ADJECTIVE_ARTICLE.match(expression)
        if article is not None and not expression.endswith("s"):
            return start + article.end()
    if kind == "duration":
        verb = _LAST_WORD.match(expression)
        if verb is not None and _LAST_AS_VERB.search(text, max(0, start - 8), start):
            return start + verb.end()
    return start


# What news annotation leaves out of an extent and histories annotated to TIMEX2 (WikiWars)
# keep: the part of day before a date, "on the night of [Oct. 23]" (AQUAINT 2 of 2, TimeBank
# never writes it; WikiWars keeps 4 of 4). The hedge of a duration is no such word: the TimeML
# guidelines keep "about five hours" whole (`mod="APPROX"`), as TimeBank does every time
# ("about a decade", "about two years ago"), where only AQUAINT leaves it out (0 of 5).
_NEWS_LEAVES_OUT = {
    "day_month": re.compile(
        r"(?:the\s+)?(?:night|morning|evening|afternoon)\s+of\s+", re.IGNORECASE
    ),
}


def news_extent(candidate: Candidate) -> Candidate:
    """The candidate as news draws it: without the words news annotation leaves out."""
    pattern = _NEWS_LEAVES_OUT.get(candidate.kind)
    found = pattern.match(candidate.text) if pattern is not None else None
    if found is None:
        return candidate
    return dataclasses.replace(
        candidate, start=candidate.start + found.end(), text=candidate.text[found.end() :]
    )


def _second_day(text: str, end: int) -> list[Candidate]:
    tail = _range_tail().match(text, end)
    if tail is None:
        return []
    return [
        Candidate("range_day", tail.start("day"), tail.end(), text[tail.start("day") : tail.end()])
    ]


# (It refuses to start inside a run of white space, so that a scan stays linear.)
_RANGE_JOINT = re.compile(r"(?<!\s)\s*(?:-|–|—|and|to|through|until|till|or)\s*", re.IGNORECASE)


# What may take the year written once at the end of a range, and what may give it.
_TAKES_A_YEAR = ("day_month", "month", "range_day", "season")
_GIVES_A_YEAR = ("day_month", "month_year", "range_day", "season")


# "Monday and Tuesday nights": the weekday before "and" shares the plural part of day. (The
# patterns refuse to start inside a run of white space or of letters: a search stays linear.)
_AND_RECURRING = re.compile(r"(?<!\s)\s+(?:and|or)\s+$", re.IGNORECASE)
_RECURRING_PART = re.compile(r"(?<![A-Za-z])[A-Za-z]+day\s+(mornings|afternoons|evenings|nights)$")


def _shared_recurrence(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Read "Monday" of "Monday and Tuesday nights" as "Monday nights", a set (TimeML tags
    both days as recurring)."""
    for index in range(len(candidates) - 1):
        first, second = candidates[index], candidates[index + 1]
        part = _RECURRING_PART.fullmatch(second.text) if second.kind == "set" else None
        if part is None or first.kind != "weekday" or " " in first.text:
            continue
        if _AND_RECURRING.fullmatch(text, first.end, second.start):
            reading = f"{first.text} {part.group(1)}"
            candidates[index] = dataclasses.replace(first, kind="set", reading_text=reading)
    return candidates


def _years_across_ranges(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Give "31 May" in "31 May-1 June 1916" (and "March" in "March and April 1918", "the
    spring" in "the spring and early summer of 1943") the year written once at the end of
    the range."""
    for index in range(len(candidates) - 2, -1, -1):
        first, second = candidates[index], candidates[index + 1]
        if first.kind not in _TAKES_A_YEAR or FOUR_DIGITS.search(first.text):
            continue
        year = second.year_hint
        if year is None and second.kind in _GIVES_A_YEAR:
            found = FOUR_DIGITS.search(second.text)
            year = int(found.group(1)) if found else None
        if year is not None and _RANGE_JOINT.fullmatch(text, first.end, second.start):
            candidates[index] = dataclasses.replace(first, year_hint=year)
    return candidates
