"""The places a mention may name: its name's gazetteer entries, else a place's named inside it.

A demonym given as a place name points to its place or its country. A name the gazetteer lacks,
given by a caller that knows it is a place ("Dubai World Cup", "University of California"),
stands where the place named inside it does; a street or river found by its type word does not.
This module also holds `NameInText`, what the resolver needs of a mention, so that the
resolver's parts share it without depending on the place stage.
"""

from __future__ import annotations

from typing import Protocol

from factline.gazetteer import Entry, Gazetteer

# The last word of a street's or road's name.
_WAY_WORDS = frozenset(
    "street st road rd avenue ave boulevard blvd drive lane way highway route parkway".split()
)
_COMMON_COUNT = 3  # times written in lower case in the training text (name_priors.tsv)


class NameInText(Protocol):
    """What the resolver needs of a mention: where it is, its lookup key, and a cue."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def key(self) -> str: ...
    @property
    def cue(self) -> str | None: ...


def candidate_places(mention: NameInText, gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """The places a mention may name: those of its name, else, unless it is a street or river
    found by its type word, those of the longest place name inside it ("Dubai World Cup")."""
    options = named_candidates(mention.key, gazetteer)
    if not options and mention.cue != "feature":
        options = _contained_candidates(mention.key, gazetteer)
    return options


def named_candidates(key: str, gazetteer: Gazetteer) -> tuple[Entry, ...]:
    demonym = gazetteer.demonyms.get(key)
    if demonym is None:
        return gazetteer.candidates(key)
    # A demonym given as a place name (the evaluation sets' gold does so): what it points to.
    if demonym.place_key:
        return gazetteer.candidates(demonym.place_key)
    country = gazetteer.countries.get(demonym.country or "")
    return (country,) if country is not None else ()


def _contained_candidates(key: str, gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """For a name the gazetteer lacks, the places of the longest place name inside it: a body,
    building or event named after its place ("Dubai World Cup", "University of California",
    "Nenagh Municipal District") stands where that place does. Not for a street or road, whose
    name is usually someone's ("Darby Street"), nor from a common word inside; and only where
    some word says what kind of thing the name is ("Meadow Grove" is a village, not Grove)."""
    words = key.split(" ")
    if len(words) < 2 or words[-1] in _WAY_WORDS or not any(_common(w, gazetteer) for w in words):
        return ()  # a street, or a place's own name of rare words ("Meadow Grove")
    for size in range(min(len(words) - 1, gazetteer.max_words), 0, -1):
        found: list[Entry] = []
        for first in range(len(words) - size + 1):
            part = " ".join(words[first : first + size])
            if size > 1 or not _common(part, gazetteer):
                found.extend(named_candidates(part, gazetteer))
        if found:
            return tuple(dict.fromkeys(found))
    return ()


def _common(word: str, gazetteer: Gazetteer) -> bool:
    """Whether a word is a common English word (often written in lower case in the training
    text), so that it names what a body is ("World Cup", "University of") rather than where."""
    return gazetteer.priors.get(word, (0, 0, 0))[0] >= _COMMON_COUNT
