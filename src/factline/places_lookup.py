"""Look up place names at a capitalized word: the longest gazetteer name that starts there.

A run of capitalized words is read one word at a time against the gazetteer's name prefixes, so
that each word costs one dictionary probe and a report is read in linear time; a possessive or a
hyphen closes a name ("Bosnia’s", "Toronto-based"). This module also holds the `Mention` record
that the place stage passes on, and the word lists and place kinds that its other parts
(`places_judge`, `places_features`) share, so that those parts do not depend on each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factline.gazetteer import REGION_WORDS, Gazetteer, name_key

# A word that may start a place name: capitalized (Latin-1 capitals cover "Ürümqi", "Öskemen"),
# or an abbreviation with full stops ("U.S."). The pattern opens with the capital, so that the
# regex engine skips straight to capitals; look-behinds then check what came before it.
CAPITALIZED = re.compile(
    r"""[A-Z\u00C0-\u00D6\u00D8-\u00DE]
    (?:(?<=[A-Z])[a-z]?\.(?:[A-Z][a-z]?\.)+  # an abbreviation: "U.S.", "Ky.", anywhere
      |(?<![\w'’-].)[\w'’-]*                # a word: not inside another one
    )""",
    re.VERBOSE,
)
# Any word, for the words after the first ("Bosnia and Herzegovina", "Rostov-on-Don").
WORD_PATTERN = re.compile(r"(?:[A-Z][a-z]?\.){2,}|[^\W_][\w'’-]*")
_POSSESSIVE = re.compile(r"(?:['’]s?|-)$")
ABBREVIATED = frozenset({"St", "Ft", "Mt"})
PARTIES = frozenset({"D", "R", "I", "DFL"})  # "Sen. Jane Doe, D-Winthrop"
# The last word of a name that makes it an area's name: "Anderson County", "Readington Township".
AREA_WORDS = frozenset({"county", "parish", "township", "borough"})
BIG_PLACE = 100_000  # people: a town this big is meant even where its name is also a person's


@dataclass(frozen=True)
class Mention:
    """A place name found in the text, before it is resolved.

    `cue` is what the words around it say about the kind of place ("the city of Zhanaozen",
    "Almaty region"); `support` is how surely the words are a place name at all (0..1).
    """

    text: str
    start: int
    end: int
    key: str
    cue: str | None = None
    support: float = 0.9

    @property
    def feature(self) -> bool:
        """A street, river or the like, found by its type word rather than in the gazetteer."""
        return self.cue == "feature"


def longest_name(text: str, first: re.Match[str], gazetteer: Gazetteer) -> tuple[int, str] | None:
    """(end, key) of the longest gazetteer name starting at `first`, or None."""
    best = None
    current = first
    word, end = strip_possessive(current.group(), current.end())
    key = name_key(word)
    for _ in range(gazetteer.max_words):
        if key in gazetteer.by_key and (word[:1].isupper() or word in REGION_WORDS):
            best = (end, key)
        if f"{key}." in gazetteer.by_key and end == current.end():
            if current.group().endswith("."):
                best = (end, f"{key}.")  # "S.C."
            elif text.startswith(".", end) and not (best and word.isupper()):
                best = (end + 1, f"{key}.")  # "Kan.", but not "US." closing a sentence
        if key not in gazetteer.prefixes or end != current.end():
            break  # no longer name starts so, or a possessive closed it ("Bosnia’s")
        following = _next_word(text, end, word)
        if following is None:
            break
        current = following
        word, end = strip_possessive(current.group(), current.end())
        key = f"{key} {name_key(word)}"
    return best


def first_part(text: str, word: re.Match[str], gazetteer: Gazetteer) -> tuple[int, str] | None:
    """The name before a hyphen: "Toronto-based", "Canada-U.S." -> (end, key), or None."""
    first, hyphen, rest = word.group().partition("-")
    key = name_key(first)
    if not hyphen or key not in gazetteer.by_key:
        return None
    if not rest[:1].isupper() or is_region(name_key(rest), gazetteer):
        return word.start() + len(first), key
    if not (_well_known(key, gazetteer) and _well_known(name_key(rest), gazetteer)):
        return None  # one name with a hyphen: "Wal-Mart", "Kassym-Jomart"
    return word.start() + len(first), key


def _next_word(text: str, end: int, word: str) -> re.Match[str] | None:
    """The word after `word` if only a space (or "St. ") separates them."""
    gap = ". " if word in ABBREVIATED and text.startswith(". ", end) else " "
    if not text.startswith(gap, end):
        return None
    return WORD_PATTERN.match(text, end + len(gap))


def strip_possessive(word: str, end: int) -> tuple[str, int]:
    """ "Russia’s" -> "Russia"; the end offset moves back with it."""
    if not word.endswith(("'", "’", "s", "-")):
        return word, end  # most words: no need to search them
    trailing = _POSSESSIVE.search(word)
    if trailing is None or trailing.start() == 0:
        return word, end
    return word[: trailing.start()], end - (len(word) - trailing.start())


def _well_known(key: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is a region's or a big town's, so that two of them joined by a hyphen
    read as two places ("Nebraska-Lincoln"), not as one name ("Wal-Mart")."""
    candidates = gazetteer.candidates(key)
    return is_region(key, gazetteer) or any(e.population >= BIG_PLACE for e in candidates)


def is_region(key: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is that of a country, continent, sea or first-level region."""
    regions = ("country", "admin1", "continent", "region")
    return any(entry.kind in regions for entry in gazetteer.candidates(key))
