"""Quantities in news prose: "12", "1,000", "twelve", "a dozen", "dozens", "at least 164".

A quantity becomes a value range with a qualifier. Exact numbers are a one-point range; vague
quantifiers ("dozens" 24..99, "hundreds" 200..999) and qualifiers ("at least", "around", "up to")
widen or open it, told before the number or after it ("five dead at the least", "20 or more").
The ranges and their reasons are in `resources/figures/README.md`, the numbers
themselves in `resources/figures/quantifiers.json`.

Text is first split into `Token`s, and phrases are matched token by token (longest first), which
keeps matching linear in the length of the text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from operator import attrgetter
from typing import Any, NamedTuple, TypeAlias, TypeVar

from factline.record import Qualifier

# A word (with inner hyphens or apostrophes), a number with thousands separators and decimals,
# or any other single character; each match also holds the space before it, and the last may be
# only the space before the end (see `factline.ner.tokenize`). Words and numbers never start
# alike, so trying words first, the most frequent, changes no token.
_SPACE_AND_TOKEN = re.compile(
    r"(\s*)([^\W\d_]+(?:[-'’][^\W\d_]+)*|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\S|\Z)"
)
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")

_Value = TypeVar("_Value")
# A qualifier's kind and the factors its number's low and high ends are multiplied by
_QualifierRule: TypeAlias = tuple[Qualifier, float | None, float | None]
_LOWER = attrgetter("lower")
# Distinct words whose answers `may_start_quantity` and `_may_start_value` remember: both are
# asked of most numbers and quantity words of every sentence.
_WORD_CACHE = 1 << 16


class Token(NamedTuple):
    """A token with its offsets into the text and its lower-case form."""

    text: str
    start: int
    end: int
    lower: str


class Phrases(dict[tuple[str, ...], _Value]):
    """Phrases (tuples of lower-case words) and their values, indexed by first word so that a
    lookup at a token costs one probe per phrase length that word starts. `last_words` lets a
    search that reads backwards (a toll before a number) skip, with one lookup, the words that
    end no phrase."""

    def __init__(self, phrases: dict[tuple[str, ...], _Value]) -> None:
        super().__init__(phrases)
        lengths: dict[str, set[int]] = {}
        for phrase in phrases:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
        self.lengths = {word: sorted(sizes, reverse=True) for word, sizes in lengths.items()}
        self.last_words = frozenset(phrase[-1] for phrase in phrases)


# Qualifiers told after a number ("five dead at the least", "30 dead and counting"), which
# open or bound its range as "at least five" and "up to five" do
_AT_LEAST: _QualifierRule = ("at_least", 1.0, None)
_AT_MOST: _QualifierRule = ("at_most", None, 1.0)
_QUALIFIERS_AFTER: Phrases[_QualifierRule] = Phrases(
    {
        **dict.fromkeys(
            [("at", "least"), ("at", "the", "least"), ("at", "the", "very", "least"),
             ("at", "a", "minimum"), ("or", "more"), ("and", "counting"), ("and", "rising")],
            _AT_LEAST,
        ),
        **dict.fromkeys(
            [("at", "most"), ("at", "the", "most"), ("at", "the", "very", "most"),
             ("or", "fewer"), ("or", "less")],
            _AT_MOST,
        ),
        ("or", "so"): ("approximate", 0.9, 1.1),
    }
)  # fmt: skip
_WORDS_BEFORE_QUALIFIER = 2  # "12 were killed at the very least"


@dataclass(frozen=True)
class Quantity:
    """A quantity found in text: tokens [first, last) and the range they give."""

    first: int
    last: int
    text: str
    low: float | None
    high: float | None
    qualifier: Qualifier
    estimated: bool = False


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of text[start:end], with offsets into `text`.

    The figure stage reads each sentence several times (figures, subjects, sources); the tokens
    of recent sentences are kept, keyed by the sentence's text and offset, so each is split once.
    """
    stop = len(text) if end is None else end
    return list(_tokens(text[start:stop], start))


@lru_cache(maxsize=512)
def _tokens(piece: str, offset: int) -> tuple[Token, ...]:
    make = tuple.__new__
    found = []
    position = offset
    for space, word in _SPACE_AND_TOKEN.findall(piece):
        if not word:
            break  # the end
        position += len(space)
        last = position + len(word)
        found.append(make(Token, (word, position, last, word.lower())))
        position = last
    return tuple(found)


@cache
def load_resource(name: str) -> dict[str, Any]:
    """One JSON file of `resources/figures/`, read once per process."""
    path = resources.files("factline").joinpath("resources", "figures", name)
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def _phrase_table(name: str, key: str) -> Phrases[Any]:
    table = load_resource(name)[key]
    return Phrases({tuple(phrase.split()): value for phrase, value in table.items()})


def match_phrase(
    tokens: list[Token], index: int, table: Phrases[_Value]
) -> tuple[int, _Value] | None:
    """The longest phrase of `table` starting at tokens[index]: (its length, its value)."""
    if index >= len(tokens):
        return None
    lengths = table.lengths.get(tokens[index].lower)
    if lengths is None:
        return None  # most words start no phrase
    for length in lengths:
        words = tuple(map(_LOWER, tokens[index : index + length]))
        if len(words) == length and words in table:
            return length, table[words]
    return None


def find_quantity(tokens: list[Token], index: int) -> Quantity | None:
    """The quantity starting at tokens[index], if one does, qualifier included."""
    word = tokens[index].lower
    if not may_start_quantity(word):
        return None  # most words start no quantity: answer them with one lookup
    if word == "between":
        return _between(tokens, index)
    qualified = match_phrase(tokens, index, _phrase_table("quantifiers.json", "qualifiers"))
    if qualified is None and not _may_start_value(word):
        return None  # "in", "at", "as" … that start no qualifier here and are no number
    after = index + qualified[0] if qualified else index
    value = _value_at(tokens, after)
    if value is None:
        return None
    last, low, high, vague = value
    if not vague and (qualified is None or qualified[1][0] == "approximate"):
        # "20 or more", and "about 20 or more": the bound after outweighs an approximation
        qualified_after = _qualifier_after(tokens, last)
        if qualified_after is not None and (qualified is None or qualified_after[0] == last):
            return _qualified_after(tokens, index, last, low, qualified_after)
    if qualified is None:
        qualifier: Qualifier = "vague" if vague else "exact"
        return _quantity(tokens, index, last, low, high, qualifier)
    kind, low_factor, high_factor = qualified[1]
    phrase = " ".join(t.lower for t in tokens[index:after])
    estimated = phrase in load_resource("quantifiers.json")["estimating_qualifiers"]
    new_low = None if low_factor is None else round(low * low_factor)
    new_high = None if high_factor is None else round(high * high_factor)
    return _quantity(tokens, index, last, new_low, new_high, kind, estimated)


def _qualifier_after(tokens: list[Token], last: int) -> tuple[int, int, _QualifierRule] | None:
    """ "five dead at the least", "20 people or more", "12 were killed at the very least": a
    qualifier told after its number, at most `_WORDS_BEFORE_QUALIFIER` words on, as (where it
    starts, where it ends, its rule). None when a comma or the like comes first, or a number
    follows it ("five dead and at least 10 injured" qualifies the 10)."""
    for at in range(last, min(last + _WORDS_BEFORE_QUALIFIER, len(tokens) - 1) + 1):
        if at > last and not tokens[at - 1].text.isalpha():
            return None
        found = match_phrase(tokens, at, _QUALIFIERS_AFTER)
        if found is not None:
            end = at + found[0]
            return (at, end, found[1]) if _value_at(tokens, end) is None else None
    return None


def _qualified_after(
    tokens: list[Token], index: int, last: int, value: float, after: tuple[int, int, _QualifierRule]
) -> Quantity:
    """The number at tokens[index:last] with the qualifier told after it; one that follows the
    number at once ("five or more people") is part of the quantity, so the noun after it is
    still its subject."""
    start, end, (kind, low_factor, high_factor) = after
    low = None if low_factor is None else round(value * low_factor)
    high = None if high_factor is None else round(value * high_factor)
    return _quantity(tokens, index, end if start == last else last, low, high, kind)


@lru_cache(maxsize=_WORD_CACHE)
def may_start_quantity(word: str) -> bool:
    """Whether a lower-case word may start a quantity: a digit, or a `quantity_starters` word."""
    return word[:1].isdigit() or word.split("-")[0] in quantity_starters()


@cache
def quantity_starters() -> frozenset[str]:
    """Every word a quantity can start with, digits aside: the first words of the qualifiers
    and vague quantifiers, the number words, and "between"."""
    data = load_resource("quantifiers.json")
    return frozenset(
        {
            *_phrase_table("quantifiers.json", "qualifiers").lengths,
            *_phrase_table("quantifiers.json", "vague").lengths,
            *data["number_words"],
            "between",
        }
    )


@lru_cache(maxsize=_WORD_CACHE)
def _may_start_value(word: str) -> bool:
    """Whether a lower-case word may start what `_value_at` reads: a digit, a vague quantifier,
    a number word, or the "and" of "hundred and five"."""
    starters = _value_starters()
    return word[:1].isdigit() or word in starters or word.split("-")[0] in starters


@cache
def _value_starters() -> frozenset[str]:
    """The words `_may_start_value` looks up: vague quantifiers' first words, number words."""
    data = load_resource("quantifiers.json")
    vague = _phrase_table("quantifiers.json", "vague").lengths
    return frozenset({*vague, *data["number_words"], "and"})


def _between(tokens: list[Token], index: int) -> Quantity | None:
    """ "between 20 and 30": a range, approximate at both ends."""
    low = _number_at(tokens, index + 1) if index + 1 < len(tokens) else None
    if low is None or low[0] >= len(tokens) or tokens[low[0]].lower != "and":
        return None
    high = _number_at(tokens, low[0] + 1) if low[0] + 1 < len(tokens) else None
    if high is None or high[1] <= low[1]:
        return None
    return _quantity(tokens, index, high[0], low[1], high[1], "approximate")


def _quantity(
    tokens: list[Token],
    first: int,
    last: int,
    low: float | None,
    high: float | None,
    qualifier: Qualifier,
    estimated: bool = False,
) -> Quantity:
    text = tokens[first].text if first == last - 1 else ""
    if not text:
        text = _join(tokens, first, last)
    return Quantity(first, last, text, low, high, qualifier, estimated)


def _join(tokens: list[Token], first: int, last: int) -> str:
    parts = [tokens[first].text]
    for previous, token in zip(tokens[first : last - 1], tokens[first + 1 : last], strict=True):
        parts.append(" " * (token.start - previous.end) + token.text)
    return "".join(parts)


def _value_at(tokens: list[Token], index: int) -> tuple[int, float, float, bool] | None:
    """(end index, low, high, vague) of the number or vague quantifier at tokens[index]."""
    if index >= len(tokens):
        return None
    vague = match_phrase(tokens, index, _phrase_table("quantifiers.json", "vague"))
    if vague is not None:
        length, (low, high) = vague
        phrase = " ".join(t.lower for t in tokens[index : index + length])
        exact = phrase in load_resource("quantifiers.json")["exact_vague"]
        return index + length, low, high, not exact
    number = _number_at(tokens, index)
    if number is None:
        return None
    end, value = number
    end = _end_of_figures_again(tokens, end, value)
    ranged = None if _moved_from(tokens, index) else _range_end(tokens, end, value)
    if ranged is not None:
        return ranged[0], value, ranged[1], True
    return end, value, value, False


def _end_of_figures_again(tokens: list[Token], index: int, value: float) -> int:
    """ "twenty-six (26) persons", "seven (7) children": the same number again in figures, in
    brackets after its words as official prose writes it, is part of the quantity, so that the
    noun after it is its subject."""
    if index + 2 >= len(tokens) or tokens[index].text != "(":
        return index
    again = _number_at(tokens, index + 1)
    if again is None or again[1] != value or again[0] >= len(tokens):
        return index
    return again[0] + 1 if tokens[again[0]].text == ")" else index


def _moved_from(tokens: list[Token], index: int) -> bool:
    """Whether the number at tokens[index] follows "from": "the toll rose from 12 to 19" moves
    a count from one number to another, and gives no range between them."""
    return index > 0 and tokens[index - 1].lower == "from"


def _range_end(tokens: list[Token], index: int, low: float) -> tuple[int, float] | None:
    """ "20 to 30", "20-30", "nine or ten": the end of the range and its upper value. Two
    numbers joined by "or" are a range only when the second is the larger and at most twice
    the first ("30 or 40", "one or two"): "19 or 17", "5 or 50" weigh one count against
    another."""
    if index + 1 >= len(tokens) or tokens[index].lower not in {"to", "or", "-", "–"}:
        return None
    if tokens[index].lower in {"-", "–"} and tokens[index].start != tokens[index - 1].end:
        return None
    number = _number_at(tokens, index + 1)
    if number is None or number[1] <= low:
        return None
    if tokens[index].lower == "or" and number[1] > _OR_RANGE_SPREAD * low:
        return None
    return number


_OR_RANGE_SPREAD = 2  # "one or two" at the widest


def _number_at(tokens: list[Token], index: int) -> tuple[int, float] | None:
    """A number in digits ("1,000", "3.5 million") or words ("two hundred") at tokens[index]."""
    token = tokens[index]
    if token.text[:1].isdigit() and (token.text.isdecimal() or _DIGITS.fullmatch(token.text)):
        if len(token.text) == 4 and _YEAR.fullmatch(token.text):
            return None  # a bare four-digit year is a date, not a count
        if _in_clock_time(tokens, index):
            return None
        value = _whole(float(token.text.replace(",", "")))
        end = index + 1
        multipliers = load_resource("quantifiers.json")["multipliers"]
        if end < len(tokens) and tokens[end].lower in multipliers:
            value = _whole(value * multipliers[tokens[end].lower])
            end += 1
        return end, value
    return _number_words_at(tokens, index)


def _in_clock_time(tokens: list[Token], index: int) -> bool:
    """ "17:40 Several hundred people marched": the hour or minutes of a time of day (a
    timeline's entries open with one), joined to the other by a colon, never a count."""
    return is_clock_minutes(tokens, index) or is_clock_minutes(tokens, index + 2)


def is_clock_minutes(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] is the minutes of a time of day written "17:40"."""
    if not 2 <= index < len(tokens):
        return False
    return _joined_digits(tokens[index - 2], tokens[index - 1], tokens[index])


def _joined_digits(hours: Token, colon: Token, minutes: Token) -> bool:
    """ "17", ":", "40" written without spaces."""
    return (
        colon.text == ":"
        and hours.end == colon.start
        and colon.end == minutes.start
        and hours.text.isdecimal()
        and minutes.text.isdecimal()
    )


def _whole(value: float) -> float:
    """12.0 → 12: counts print as whole numbers."""
    return int(value) if float(value).is_integer() else value


def _number_words_at(tokens: list[Token], index: int) -> tuple[int, float] | None:
    data = load_resource("quantifiers.json")
    words, multipliers = data["number_words"], data["multipliers"]
    first = tokens[index].lower
    if first != "and" and first.split("-")[0] not in words:
        return None  # most words: neither a number word nor the "and" of "hundred and five"
    total, current, end = 0.0, 0.0, index
    while end < len(tokens):
        parts = tokens[end].lower.split("-")
        if all(part in words for part in parts):
            current += sum(words[part] for part in parts)
        elif end > index and tokens[end].lower in multipliers:
            current = max(current, 1.0) * multipliers[tokens[end].lower]
            if multipliers[tokens[end].lower] >= 1000:
                total, current = total + current, 0.0
        elif (
            tokens[end].lower == "and"
            and tokens[end - 1].lower in multipliers
            and _is_number_word(tokens, end + 1)
        ):
            pass
        else:
            break
        end += 1
    if end == index:
        return None
    return end, _whole(total + current)


def _is_number_word(tokens: list[Token], index: int) -> bool:
    words = load_resource("quantifiers.json")["number_words"]
    return index < len(tokens) and all(p in words for p in tokens[index].lower.split("-"))


def ratio_at(tokens: list[Token], index: int) -> float | None:
    """The factor that a word like "doubling" or "tripled" names, if tokens[index] is one."""
    ratio: float | None = load_resource("quantifiers.json")["ratios"].get(tokens[index].lower)
    return ratio


def format_range(low: float | None, high: float | None) -> str:
    """A range for people to read: "200..999", "164..", "..30", "12"."""
    if low is not None and low == high:
        return _number(low)
    return f"{'' if low is None else _number(low)}..{'' if high is None else _number(high)}"


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)
