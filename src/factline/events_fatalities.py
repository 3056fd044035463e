"""Fatalities that a sentence states: "killing 3 soldiers and 2 civilians", "dozens were killed".

Vague words count as ACLED counts them (ACLED FAQ "Fatalities"): "tens" = 10, "dozens" = 12,
"hundreds" = 100, and a singular "a man was killed" = 1. A count belongs to a death word when it
stands in the same clause before an intransitive or passive one ("12 police officers were
killed", "one man died") or right after an active one ("gunmen killed a man", "killing 3
soldiers"); counts of the injured or the arrested in between break the link. Deaths told as
background ("relatives of a man who was killed", "against the killing of …") are not counted.
"""

from __future__ import annotations

from factline.events_lexicon import Token
from factline.times_grammar import lexicon as times_lexicon

DEATH_WORDS = frozenset(
    "killed killing kills dead died die dies deaths death fatalities fatality "
    "lifeless perished".split()
)
# Death words that take their count from what follows ("killed a man", "the deaths of 3").
TRANSITIVE_DEATH_WORDS = frozenset({"killing", "killed", "kills", "deaths", "death"})
PASSIVE_MARKERS = frozenset("was were been being be is are reportedly allegedly".split())
# Words after which a count is no longer about the dead ("5 injured and 2 killed").
OTHER_COUNTS = frozenset(
    "injured injuring wounded wounding hurt arrested detained missing displaced abducted "
    "kidnapped gathered rallied marched participated".split()
)
# Words before a death word that make it background, not this event's toll.
BACKGROUND_MARKERS = frozenset(
    "who whose against over following after justice honor honour mourn mourning "
    "commemorate commemorating anniversary memory demanding demand protest".split()
)
CLAUSE_ENDS = frozenset(". ; : ( ) [ ] while but after before when".split())
# After "killed", a comma ends the victims ("shot and killed a man, and 5 more were wounded").
LOOK_AHEAD_STOPS = frozenset({","})
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "dozen": 12,
    "dozens": 12,
    "tens": 10,
    "hundreds": 100,
    "thousands": 1000,
    "a": 1,
    "an": 1,
}
ARTICLES = frozenset({"a", "an"})
LOOK_BACK_TOKENS = 8
LOOK_AHEAD_TOKENS = 6
BACKGROUND_REACH_TOKENS = 4


def count_of(token: Token) -> int | None:
    """The number a token states: digits ("1,000") or a number word ("dozens")."""
    text = token.text.replace(",", "")
    if text.isascii() and text.isdigit():  # (not "²", a digit to `isdigit` but no number)
        return int(text)
    return NUMBER_WORDS.get(token.text)


def sentence_fatalities(tokens: list[Token]) -> int | None:
    """The deaths a sentence states, summed over its death words; None if it states none."""
    total: int | None = None
    used: set[int] = set()
    for index, token in enumerate(tokens):
        if token.text not in DEATH_WORDS or _is_background(tokens, index):
            continue
        positions = [p for p in _counts_of_death_word(tokens, index) if p not in used]
        if not positions:
            continue
        used.update(positions)
        total = (total or 0) + sum(count_of(tokens[position]) or 0 for position in positions)
    return total


def _counts_of_death_word(tokens: list[Token], index: int) -> list[int]:
    if tokens[index].text in TRANSITIVE_DEATH_WORDS and not _is_passive(tokens, index):
        ahead = range(index + 1, min(len(tokens), index + 1 + LOOK_AHEAD_TOKENS))
        return _counts_in(tokens, ahead, stops=LOOK_AHEAD_STOPS)
    return _counts_in(tokens, range(index - 1, max(-1, index - 1 - LOOK_BACK_TOKENS), -1))


def _is_passive(tokens: list[Token], index: int) -> bool:
    """'were killed', 'dozens killed', 'people dead': the count stands before the death word."""
    if index == 0:
        return True
    before = tokens[index - 1]
    if count_of(before) is not None:
        return True
    if any(token.text in PASSIVE_MARKERS for token in tokens[max(0, index - 3) : index]):
        return True  # "were killed", "were shot and killed"
    return tokens[index].text in ("deaths", "death") and before.text not in ("the", "of")


def _is_background(tokens: list[Token], index: int) -> bool:
    window = tokens[max(0, index - BACKGROUND_REACH_TOKENS) : index]
    return any(token.text in BACKGROUND_MARKERS for token in window)


def _counts_in(
    tokens: list[Token], positions: range, stops: frozenset[str] = frozenset()
) -> list[int]:
    found: list[int] = []
    for position in positions:
        text = tokens[position].text
        if text in CLAUSE_ENDS or text in OTHER_COUNTS or text in DEATH_WORDS or text in stops:
            break
        if count_of(tokens[position]) is not None and not _is_date(tokens, position):
            found.append(position)
    numbers = [p for p in found if tokens[p].text not in ARTICLES]
    # "a" counts as one only where no real number stands ("a dozen", "an estimated 40").
    return numbers if numbers else found[:1]


def _is_date(tokens: list[Token], position: int) -> bool:
    """Years (2022) and day numbers beside a month name are dates, not counts."""
    text = tokens[position].text
    if text.isdigit() and len(text) == 4 and text.startswith(("19", "20")):
        return True
    neighbours = {tokens[p].text for p in (position - 1, position + 1) if 0 <= p < len(tokens)}
    return not neighbours.isdisjoint(times_lexicon().months)
