"""A fast scan for the time pattern: try it only where a time word or number stands.

Running the whole grammar (`times_grammar.time_pattern`) at every position of a text is slow
(each failed attempt tries every alternative). Every time expression holds a *trigger*: a
month, weekday, unit, reference word, year or a number before a unit. So the scan finds the
word and number tokens that may be triggers (`_trigger_tokens`), and at each trigger tries the
grammar from the furthest token back that could open the expression ("the following [day]",
"more than two [decades] ago"), keeping the leftmost match, as a full scan would. Work is
linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from factline.times_grammar import BC_YEAR_AHEAD, lexicon, time_pattern

_TOKEN = re.compile(r"[a-z]+|\d+")
_NEXT_WORD = re.compile(r"[\s-]{0,2}([a-z]+)")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# How many tokens before a trigger an expression may open ("at least the past [18] months").
MAX_PREFIX_TOKENS = 6
# The most characters between two tokens of one expression ("Jan. 5", "2 1/2").
MAX_GAP = 3
# Words that may stand inside an expression before its trigger but never open it.
_NEVER_FIRST = frozenset("of than least most st nd rd th s and or to ago part year in".split())


@dataclass(frozen=True)
class ScanWords:
    triggers: frozenset[str]  # a word that only appears in time expressions' cores
    followers: frozenset[str]  # what makes a number a trigger when it follows ("5 p.m.")
    openers: frozenset[str]  # a word that may open an expression before its trigger
    # A core word too common to try everywhere, and the words after which it is tried:
    # "while" after "a", "time" after "some".
    guarded: dict[str, frozenset[str]]


@cache
def scan_words() -> ScanWords:
    lex = lexicon()
    units = [f"{unit}s" for unit in ("second", "minute", "hour", "day", "night", "week")]
    units += ["fortnights", "months", "years", "decades", "quarters"]
    units += [u for u in ("second", "minute", "hour", "day", "night", "week", "fortnight")]
    units += ["month", "year", "decade", "quarter"]
    triggers = set(lex.months) | set(lex.weekdays) | set(lex.seasons) | set(lex.parts_of_day)
    triggers |= {f"{weekday}s" for weekday in lex.weekdays if weekday.endswith("day")}
    triggers |= set(lex.decade_words) | set(lex.sets) | set(units) | set(lex.extra_triggers)
    triggers |= {phrase.split()[-1] for phrase in lex.references}
    triggers |= set(lex.indexical_adjectives)
    holidays = [*lex.holidays, *lex.movable_holidays]
    triggers |= {word for holiday in holidays for word in re.findall(r"[a-z]+", holiday)}
    zones = {zone for zone in lex.time_zones if " " not in zone} | {"local"}
    followers = frozenset(
        triggers | zones | {"a", "p", "am", "pm", "o", "s", "st", "nd", "rd", "th", "hrs"}
    )
    openers = triggers | lex.prefix_words | set(lex.numbers) | set(lex.ordinals)
    openers |= lex.vague_numbers | {word for phrase in lex.numbers for word in phrase.split()}
    # (every word of a reference phrase may open it: "the [short] term")
    openers |= {word for phrase in lex.references for word in phrase.split()}
    # A guarded word is a trigger that `_is_trigger` checks further, but no follower or opener.
    guarded = {word: frozenset(before) for word, before in lex.guarded_triggers.items()}
    triggers |= set(guarded)
    return ScanWords(frozenset(triggers), followers, frozenset(openers), guarded)


def scan(text: str) -> Iterator[re.Match[str]]:
    """The matches of the time pattern in `text`, leftmost first and not overlapping."""
    pattern = time_pattern()
    words = scan_words()
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text.translate(_ASCII_LOWER)  # keep offsets: "İ" lowers to two characters
    last_end = 0
    # Openings already tried in vain: a match depends only on where it starts, so one that
    # failed (or ended before this trigger) fails for every later trigger too.
    tried: set[int] = set()
    for token in _trigger_tokens().finditer(lowered):
        start, end = token.span()
        if start < last_end or not _is_trigger(lowered, token.group(), end, words):
            continue
        for opening in _openings(lowered, start, last_end, words):
            if opening in tried:
                continue
            found = pattern.match(text, opening)
            if found is not None and found.end() > start:
                yield found
                last_end = found.end()
                tried.clear()
                break
            tried.add(opening)


@cache
def _trigger_tokens() -> re.Pattern[str]:
    """The tokens that may be triggers, found by the regular expression engine: a whole word
    of `ScanWords.triggers` (as a trie, so that each position tries a letter or two, not every
    word) or a whole number. The tokens the scan reads are runs of `[a-z]` or of digits; most of
    a report's are no trigger, and now cost nothing in Python."""
    trie: dict[str, Any] = {}
    for word in scan_words().triggers:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return re.compile(rf"(?<![a-z]){_trie_pattern(trie)}(?![a-z])|(?<!\d)\d+")


def _trie_pattern(node: dict[str, Any]) -> str:
    """A pattern for the words of a trie node: "day|days|dawn" as "da(?:y(?:s)?|wn)"."""
    branches = [
        re.escape(letter) + _trie_pattern(child) for letter, child in node.items() if letter
    ]
    if not branches:
        return ""
    group = f"(?:{'|'.join(sorted(branches))})"
    return f"{group}?" if "" in node else group


def _is_trigger(lowered: str, word: str, end: int, words: ScanWords) -> bool:
    """Whether the token `word`, ending at `end`, may be the core of a time expression."""
    if not word[0].isdigit():
        if word not in words.triggers:
            return False
        before = words.guarded.get(word)
        return before is None or _word_before(lowered, end - len(word)) in before
    if len(word) == 4 and 1100 <= int(word) <= 2099:
        return True
    if lowered[end : end + 1] in (":", "/") or BC_YEAR_AHEAD.match(lowered, end):
        return True
    following = _NEXT_WORD.match(lowered, end)
    return following is not None and following.group(1) in words.followers


# A whole word (never the tail of one the search window cuts), and so linear under a search.
_WORD_BEFORE = re.compile(r"(?<![a-z])[a-z]+(?=\s{1,3}$)")


def _word_before(lowered: str, start: int) -> str:
    """The word right before `start`, or "" where none is."""
    found = _WORD_BEFORE.search(lowered, max(0, start - 12), start)
    return found.group() if found else ""


def _openings(lowered: str, start: int, last_end: int, words: ScanWords) -> list[int]:
    """Where an expression holding the trigger at `start` may open, furthest first."""
    window_start = max(last_end, start - 12 * MAX_PREFIX_TOKENS)
    before = list(_TOKEN.finditer(lowered, window_start, start))
    openings = [start]
    boundary = start
    for token in reversed(before[-MAX_PREFIX_TOKENS:]):
        word = token.group()
        if boundary - token.end() > MAX_GAP or not (word in words.openers or word[0].isdigit()):
            break
        boundary = token.start()
        if word not in _NEVER_FIRST:
            openings.append(boundary)
    openings.reverse()
    return [
        position
        for opening in openings
        for position in (
            (opening - 1, opening) if _after_apostrophe(lowered, opening) else (opening,)
        )
        if position >= last_end
    ]


def _after_apostrophe(lowered: str, position: int) -> bool:
    """ "'80s" opens at its apostrophe."""
    return position > 0 and lowered[position - 1] in "'’"
