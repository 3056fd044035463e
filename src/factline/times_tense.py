"""Tense: what the clause around a time expression says of its time (past, coming, or right
after a past verb), read from the tense words near it ("will", "met", "said", "by").

The time stage (`times`) asks it for each candidate; the readers use the answer to choose
between the last and the coming weekday, month or day.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from factline.record import Analysis
from factline.times_find import Candidate
from factline.times_grammar import alternation, lexicon


@cache
def _tense_marker() -> re.Pattern[str]:
    """A word that puts a clause in the future (group `future`: "will", "plans to"), or in the
    past (`past`: a past-tense verb of the lexicon; `reporting`: "said", which tells of the
    report, not of its content; `past_form`: a lower-case word in "-ed", weaker because it is
    as often an adjective or a passive, "will be paid")."""
    lex = lexicon()
    # `(?<!\w)`, or a word before "'ll": what `\b` means for these words, in a form that
    # CPython's matcher tries faster (a third less time for the stage's commonest regex).
    return re.compile(
        rf"(?:(?<!\w)|(?<=\w)(?='))(?:(?P<future>{alternation(lex.future_markers)})"
        rf"|(?P<past>{alternation(lex.past_markers)})|(?P<reporting>{alternation(lex.reporting_verbs)})"
        rf"|(?P<past_form>(?-i:[a-z]{{2,}}ed)))(?!\w)",
        re.IGNORECASE,
    )


# How far around the expression a tense word is looked for, in characters.
TENSE_BEFORE, TENSE_AFTER = 60, 20
# A past verb right before a day (one space between) puts it in the past ("ended Jan. 31").
PAST_VERB_REACH = 1


@dataclass(frozen=True)
class Tense:
    """What the clause around an expression says of its time."""

    future: bool  # "will meet on Friday": a weekday or a month is the coming one
    past: bool  # "resigned in March": a month is the last one, even if only weeks ahead
    right_after_past: bool  # "the year ended Jan. 31": even a day is the last one


NO_TENSE = Tense(future=False, past=False, right_after_past=False)
FUTURE = Tense(future=True, past=False, right_after_past=False)


def tense_of(
    text: str, analysis: Analysis, starts: list[int], candidate: Candidate, history: bool
) -> Tense:
    """The tense of the clause around the expression: the nearest tense word decides ("said
    on Tuesday that it will" is the past). After the expression, only a future word that comes
    before any past one counts: a past word there is mostly the reporting verb ("..., the
    company said"). In news, a deadline looks ahead whatever the tense ("due by February");
    a history tells its deadlines in the past ("by the end of April, they had ...")."""
    index = bisect.bisect_right(starts, candidate.start) - 1
    first, last = 0, len(text)  # the sentence's span
    if index >= 0:
        first, last = analysis.sentences[index].start, analysis.sentences[index].end
    low = max(first, candidate.start - TENSE_BEFORE)
    before, strong, after = _words_around(text, candidate, first, last)
    deadline = (
        not history
        and _is_deadline(text, candidate.start)
        and not _told_as_done(text, candidate.end, last)
    )
    overtaken = strong is not None and _is_overtaken_plan(text, strong)
    asked = not history and _asked_to_act(text, low, candidate.start)
    adjoining = _adjoining_past(candidate, before)
    # a past form right before the expression outweighs a future word after it ("shares issued
    # July 1, which will receive only partial dividends"), not one before it
    planned_before = strong is not None and strong["future"] is not None
    planned = (
        _is_future(candidate, strong, after) and not overtaken and (planned_before or not adjoining)
    )
    future = deadline or asked or planned
    past = not future and _is_past(strong, before, overtaken)
    right_after_past = not future and adjoining
    return Tense(future, past and (after is None or after["future"] is None), right_after_past)


# What may stand before an expression that opens its sentence: "On Tuesday, ...".
_OPENING = re.compile(r"[\s\"'`(]*(?:(?:on|in|by|during|early|late|later|earlier)\s+)?$", re.I)


def _opens(text: str, first: int, start: int) -> bool:
    return _OPENING.fullmatch(text, first, start) is not None


def _main_clause_plan(text: str, end: int, last: int) -> re.Match[str] | None:
    """The future word of the main clause after an expression that opens its sentence, if
    the clause's first tense word is one ("On Tuesday, the league plans to hold a news
    conference"); none if it is a past or reporting word ("On Tuesday, the president signed
    a bill that will ...")."""
    first_word = next(_tense_words(text, end, last), None)
    future = first_word["future"] if first_word is not None else None
    return first_word if future is not None and future.lower() in _AUXILIARY_FUTURES else None


# The future words that make a main clause's verb future ("planned" may be a past verb or a
# participle: "the hastily planned trip").
_AUXILIARY_FUTURES = frozenset(
    [
        "will", "won't", "shall", "'ll", "going to", "plans to", "plan to", "is to",
        "are to", "expected to", "supposed to", "set to", "intends to", "due to",
    ]
)  # fmt: skip


def _words_around(
    text: str, candidate: Candidate, first: int, last: int
) -> tuple[re.Match[str] | None, re.Match[str] | None, re.Match[str] | None]:
    """The tense words that decide, within the sentence text[first:last]: the last word before
    the expression and the last strong one (no mere "-ed" form), within reach, and the first
    strong one after it. Where none is near, the sentence's own: a future word far back
    (`_sentence_plan`), or the main clause's after an expression that opens the sentence
    (`_main_clause_plan`)."""
    low = max(first, candidate.start - TENSE_BEFORE)
    high = min(last, candidate.end + TENSE_AFTER)
    before, strong = _words_before(text, low, candidate.start)
    after = next(
        (found for found in _tense_words(text, candidate.end, high) if not found["past_form"]),
        None,
    )
    if before is None and next(_tense_words(text, candidate.end, high), None) is None:
        strong = _sentence_plan(text, first, candidate.start)
    if after is None and _opens(text, first, candidate.start):
        after = _main_clause_plan(text, candidate.end, last)
    return before, strong, after


def _is_past(strong: re.Match[str] | None, before: re.Match[str] | None, overtaken: bool) -> bool:
    """Whether the clause is told in the past: its nearest strong tense word is a past one (or
    an overtaken plan), or, with no strong word near, an "-ed" form stands before the
    expression ("changed from a fiscal year to a calendar year in December"), weak evidence
    but the only one, and none for a participle that looks ahead ("a ruling, which is
    expected in May")."""
    if strong is not None:
        return strong["past"] is not None or overtaken
    form = before["past_form"] if before is not None else None
    return form is not None and form.lower() not in _LOOKING_AHEAD


# Participles in "-ed" that tell of what is to come.
_LOOKING_AHEAD = frozenset(("expected", "proposed", "anticipated", "projected", "slated"))


def _words_before(
    text: str, low: int, high: int
) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The last tense word in text[low:high], and the last that is no mere "-ed" form."""
    last = strong = None
    for last in _tense_words(text, low, high):
        if last["past_form"] is None:
            strong = last
    return last, strong


def _sentence_plan(text: str, first: int, start: int) -> re.Match[str] | None:
    """The future word that governs an expression far from any tense word: the sentence's last
    tense word before it, if that is a future one ("Qantas will almost double its flights
    between Australia and India by August"). A past word that far back is as likely another
    clause's ("the case is heard in May"), and so is a future word that qualifies a noun ("the
    next") or a mere possibility ("could not stop the bullet that tore ... Friday night")."""
    strong = _words_before(text, first, start)[1]
    if strong is None or strong["future"] is None:
        return None
    return None if strong["future"].lower() in _NEAR_ONLY_FUTURES else strong


# Future words that make only a nearby expression future.
_NEAR_ONLY_FUTURES = frozenset(("next", "upcoming", "could"))


def _adjoining_past(candidate: Candidate, before: re.Match[str] | None) -> bool:
    """Whether a past word (no reporting verb) stands right before the expression, one space
    between: "ended Jan. 31", "shares issued July 1"."""
    return (
        before is not None
        and before["future"] is None
        and before["reporting"] is None
        and candidate.start - before.end() <= PAST_VERB_REACH
    )


# A verb that asks for an act, then the act in the infinitive: "urged workers to stay home on
# Friday", "called on his supporters to stay at home on Monday". The day is the act's, ahead of
# the asking, whatever the asking verb's tense.
_ASKED_TO_ACT = re.compile(
    r"\b(?:urged|urges|asked|asks|called\s+on|calls\s+on|told|tells|ordered|orders|appealed\s+to"
    r"|appeals\s+to|pressed|presses|instructed|instructs)\b[^.;:]*?\bto\s+[a-z]+\b"
    r"(?:(?!\b(?:and|but|then)\b)[^.;:,])*$",
    re.IGNORECASE,
)


def _asked_to_act(text: str, low: int, start: int) -> bool:
    """Whether the time at `start` follows, within text[low:start], a verb of asking and the
    infinitive of the act it asks for ("urged workers to stay home on Friday")."""
    return _ASKED_TO_ACT.search(text, low, start) is not None


# "had been due to", "had been scheduled": a plan told in the past perfect, which the events
# since have overtaken ("the offer had been due to expire Friday evening" is the Friday before).
_HAD_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)


def _is_overtaken_plan(text: str, word: re.Match[str]) -> bool:
    """Whether a future word is a plan told in the past perfect ("had been scheduled to")."""
    return word["future"] is not None and (
        _HAD_BEFORE.search(text, max(0, word.start() - 24), word.start()) is not None
    )


# A deadline: "loans due by February", "closed until Monday", "square positions ahead of the
# weekend"; or the day a change takes effect, which news announces ahead, "the company's new
# labor pact effective June 1".
_DEADLINE = re.compile(r"\b(?:by|until|till|effective|ahead\s+of)\s{1,2}$", re.IGNORECASE)
DEADLINE_REACH = len("effective  ")


def _is_deadline(text: str, start: int) -> bool:
    """Whether "by", "until", "till", "ahead of" or "effective" stands right before `start`."""
    return _DEADLINE.search(text, max(0, start - DEADLINE_REACH), start) is not None


# A past perfect: "By Monday, 40 people had been killed" tells of a deadline already past.
_HAD = re.compile(r"\bhad\b", re.IGNORECASE)
PAST_PERFECT_REACH = 100


def _told_as_done(text: str, end: int, sentence_end: int) -> bool:
    """Whether the clause after the expression tells its deadline as past: "had" follows
    closely ("by Monday, the toll had risen to 40"), or the tense words that follow are all
    past and the first is no reporting verb ("By Sunday evening the agency counted four
    dead", not "by Friday, the minister said")."""
    reach = min(sentence_end, end + PAST_PERFECT_REACH)
    if _HAD.search(text, end, reach) is not None:
        return True
    words = list(_tense_words(text, end, reach))
    if not words or words[0]["reporting"] is not None:
        return False
    return all(word["future"] is None for word in words)


def _tense_words(text: str, low: int, high: int) -> Iterator[re.Match[str]]:
    """The tense words between `low` and `high`, less the participles of a passive infinitive
    ("will be held", "to be released"), which are no past, and the "next" of "next to"."""
    for found in _tense_marker().finditer(text, low, high):
        passive = found["future"] is None and text[max(0, found.start() - 3) : found.start()]
        if passive and passive.lower() == "be ":
            continue
        if found["future"] is not None and _NEXT_TO.match(text, found.start()):
            continue
        yield found


_NEXT_TO = re.compile(r"next\s+to\b", re.IGNORECASE)


def _is_future(
    candidate: Candidate, before: re.Match[str] | None, after: re.Match[str] | None
) -> bool:
    if after is None or after["future"] is None:
        return before is not None and before["future"] is not None
    if before is None or after.start() - candidate.end < candidate.start - before.end():
        return True
    return before["future"] is not None
