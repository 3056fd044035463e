"""Readers for fiscal periods: quarters and halves ("the third quarter", "year-earlier",
"the first half of 1989"), as financial news writes them.

A report on results speaks of its latest quarter: "the quarter" and "a year ago" are read
against the latest quarter the text named that has closed, or its first, which may be a fiscal
one still running (`Narrative.quarter`), else the last complete quarter before publication.
"""

from __future__ import annotations

import re

from factline.times_calendar import quarter_of, shift
from factline.times_grammar import lexicon
from factline.times_resolve import Clue, Narrative, Reading, explicit_year, lower_words


def read_quarter(clue: Clue, narrative: Narrative) -> Reading | None:
    words = lower_words(clue.text)
    lowered = clue.text.lower()
    lex = lexicon()
    number = next((lex.ordinals[w] for w in words if w in lex.ordinals), None)
    year = explicit_year(clue.text)
    published = narrative.published
    if "half" in words:
        return _half_year(words, year, narrative)
    if number is not None and number > 4:
        return None
    of_year = _OF_RELATIVE_YEAR.search(lowered)
    if of_year is not None and number is not None and published is not None:
        # "the fourth quarter of last year": the year is told, the quarter is that one
        year = published.year + _QUARTER_STEPS.get(of_year.group(1), 0)
        return Reading("DATE", f"{year:04d}-Q{number}", "published")
    latest = _latest_quarter(narrative)
    if number is None and published is not None and _CURRENT.intersection(words):
        latest = published.year, quarter_of(published)  # "the current quarter": still running
    anchor: str | None = None if year is not None else "published"
    a_year_back = _A_YEAR_BACK.search(lowered) is not None
    if number is None:
        step = _QUARTER_STEPS.get(next((w for w in words if w in _QUARTER_STEPS), ""), 0)
        step = 0 if a_year_back else step  # ("last" of "last year" moves the year only)
        if step != 0 and latest is not None and published is not None:
            latest = _quarter_shift(latest, step if words[0] != "last" else step + 1)
        number = latest[1] if latest else None
    elif year is None and published is not None:
        year = published.year - (1 if number > quarter_of(published) else 0)
    if year is None:
        year = latest[0] if latest else None
    if year is not None and ("year-ago" in lowered or "year-earlier" in lowered or a_year_back):
        year -= 1
    if year is not None and re.match(r"(last|next) year", lowered):
        year += 1 if lowered.startswith("next") else -1
    shown = "XXXX" if year is None else f"{year:04d}"
    return Reading("DATE", f"{shown}-Q{number or 'X'}", anchor)


_QUARTER_STEPS = {"last": -1, "previous": -1, "next": 1}
_CURRENT = frozenset(("current", "this"))
_OF_RELATIVE_YEAR = re.compile(r"\sof\s+(last|this|next)\s+year$")
# "the corresponding period last year", "the quarter a year ago": the latest quarter, a year back.
_A_YEAR_BACK = re.compile(r"\s(?:last\s+year|a\s+year\s+(?:ago|earlier))$")


def _latest_quarter(narrative: Narrative) -> tuple[int, int] | None:
    """The quarter a financial report speaks of: the last one named, else the last complete
    quarter before publication."""
    if narrative.quarter is not None:
        return int(narrative.quarter[:4]), int(narrative.quarter[-1])
    if narrative.published is None:
        return None
    before = shift(narrative.published, -1, "Q")
    return before.year, quarter_of(before)


def _quarter_shift(quarter: tuple[int, int], step: int) -> tuple[int, int]:
    index = quarter[0] * 4 + quarter[1] - 1 + step
    return index // 4, index % 4 + 1


def _half_year(words: list[str], year: int | None, narrative: Narrative) -> Reading:
    """ "The first half of 1989", "the second half of the year": in a history, the year is
    the story's; elsewhere, as for "this year", the publication's."""
    half = 1 if "first" in words else 2
    anchor: str | None = None
    told = narrative.year_source if narrative.history else None
    if year is None and words[-2] == "the" and told is not None and told[0].year is not None:
        year, anchor = told[0].year, told[1]
    elif year is None and narrative.published is not None:
        year = narrative.published.year + {"last": -1, "next": 1}.get(words[-2], 0)
        anchor = "published"
    shown = "XXXX" if year is None else f"{year:04d}"
    return Reading("DATE", f"{shown}-H{half}", anchor)
