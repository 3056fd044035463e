"""Find the places that the gazetteer lacks by their type word: streets, rivers, lakes, airports.

"Darby Street", "Main St." and "Lake Lanier" are found by a type word after or before
capitalized words, and kept under their own name, without a GeoNames id. Names listed before a
plural type word ("Cooke, Grayson and Love counties") are found by that word, which makes each
of them a place even where alone it reads as a person or a common word. The place stage finds
these first, and its gazetteer lookup skips the text they cover.
"""

from __future__ import annotations

import re

from factline.gazetteer import Gazetteer, name_key
from factline.places_lookup import AREA_WORDS, PARTIES, Mention

# Capitalized words and a type word: "Darby Street", "Neches River", "Korean Peninsula".
# A direction or initial may open the name ("North Main Street", "S. Seventh St."); the first
# character is a capital, so that the regex engine skips ahead fast (the look-behind after it
# checks the character before it).
_FEATURE = re.compile(
    r"""(?P<name>[A-Z](?<![\w'’.-].)(?:\.[ ][A-Z])?[\w'’-]*(?:[ ][A-Z][\w'’-]*){0,3})[ ]
    (?:(?:Street|Road|Avenue|Boulevard|Drive|Lane|Parkway|Highway|Square|Bridge|River|Lake|Ocean
      |Sea|Bay|Mountains?|Valley|Peninsula|Islands?|Airport|Canal|Strait|Desert|Creek|Beach|Park
      |Forest|Township|Wilderness|Trail|Heights|Hills|Stadium)
      (?![\w'’-]|[ ][A-Z\d])  # not "Florida Highway Patrol" nor "County Road 15"
     |(?:Ave|Rd|Blvd)\.|St\.(?![ ][A-Z]))  # "Nordland Ave.", "Main St." (not "St. Louis")
    """,
    re.VERBOSE,
)
# A type word and one capitalized word: "Lake Lanier", "Mount Hood" (not "Lake Cumberland Area").
_FEATURE_FIRST = re.compile(
    r"(?:Lake|Mount|Fort|Cape|Isle[ ]of|Gulf[ ]of)[ ][A-Z][\w’-]*(?<!['’])"
    r"(?![\w'’-]*[ ][A-Z])"
)
_WORD_CHAR = re.compile(r"[\w'’-]")
# A list of names before a plural type word: "Cooke, Grayson and Love counties". Found from the
# type word back (it is rare), in a window of text before it.
_PLURAL_TYPE = re.compile(r"[ ](counties|parishes|townships|rivers|creeks|streets|roads|avenues)\b")
_SINGULAR_TYPE = {
    "counties": "county",
    "parishes": "parish",
    "townships": "township",
    "rivers": "river",
    "creeks": "creek",
    "streets": "street",
    "roads": "road",
    "avenues": "avenue",
}
_LIST_ITEM = re.compile(r"[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,2}")
# This pattern opens only where a run of its first characters opens (`(?<!…)`): tried inside
# the run, it would rescan the rest of it from every position, quadratic on a long one
# (tests/test_redos.py).
_LIST = re.compile(
    rf"(?<![\w'’.-])(?:{_LIST_ITEM.pattern}(?:,[ ](?:and[ ]|or[ ])?|[ ](?:and|or)[ ]))+"
    rf"{_LIST_ITEM.pattern}(?=[ ]\Z)"
)
LIST_CHARS = 200
_ORDINALS = frozenset(
    "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth".split()
)
# Words that open a sentence or phrase before a street's name: "The Darby Street".
_FUNCTION_WORDS = frozenset(
    "the a an in at on of from near to by for with and or but as into onto off past along "
    "his her its their our my your this that these those when after before while if "
    "then there where both all".split()
)


def feature_places(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Streets, rivers, airports and the like, named by a type word after capitalized words
    ("Darby Street", "Neches River"): places the gazetteer lacks, kept unresolved."""
    found = []
    for match in _FEATURE.finditer(text):
        words = match.group("name").split(" ")
        while any(word.endswith(("'s", "’s")) for word in words):
            words.pop(0)  # "Toronto's Pearson Airport": the feature starts after the owner
        while words and words[0].lower() in _FUNCTION_WORDS:
            words.pop(0)  # "The", "In": sentence words, not part of the name
        party, hyphen, rest = words[0].partition("-") if words else ("", "", "")
        if hyphen and party in PARTIES:
            words[0] = rest  # "R-Elbow Lake": a lawmaker's party, then the lake's name
        if not words:
            continue
        start = match.end("name") - len(" ".join(words))
        surface = text[start : match.end()]
        if name_key(surface) in gazetteer.by_key:
            continue  # a gazetteer name ("Lake Charles"): found and located as such
        found.append(Mention(surface, start, match.end(), name_key(surface), "feature", 0.7))
    for match in _FEATURE_FIRST.finditer(text):  # a literal start, so no look-behind: fast
        if match.start() > 0 and _WORD_CHAR.match(text, match.start() - 1):
            continue  # inside a word: "Greenlake Road"
        key = name_key(match.group())
        mention = Mention(match.group(), match.start(), match.end(), key, "feature", 0.7)
        if key not in gazetteer.by_key and not any(_spans_meet(mention, other) for other in found):
            found.append(mention)
    return sorted(found, key=lambda mention: mention.start)


def listed_places(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Names listed before a plural type word: "Cooke, Grayson and Love counties", "Crabgrass,
    Owens and Harris roads", "Bourbon and Dauphine streets". The type word makes each one a
    place, even a name that alone reads as a person or a common word ("Love", "Harris")."""
    found: list[Mention] = []
    if not any(plural in text for plural in _SINGULAR_TYPE):
        return found  # most reports: a fast search for each plural type word first
    for plural in _PLURAL_TYPE.finditer(text):
        window = max(0, plural.start() - LIST_CHARS)
        names = _LIST.search(text, window, plural.start() + 1)
        if names is None:
            continue
        singular = _SINGULAR_TYPE[plural.group(1)]
        for item in _LIST_ITEM.finditer(text, names.start(), names.end()):
            if item.group() not in _ORDINALS:
                found.append(_listed_mention(item, singular, gazetteer))
    return found


def _listed_mention(item: re.Match[str], singular: str, gazetteer: Gazetteer) -> Mention:
    """A listed county the gazetteer knows, by the county's key; else a named, unlocated place."""
    key = name_key(f"{item.group()} {singular}")
    if singular in AREA_WORDS and key in gazetteer.by_key:
        return Mention(item.group(), item.start(), item.end(), key, "region")
    return Mention(item.group(), item.start(), item.end(), key, "feature", 0.7)


def with_listed(features: list[Mention], listed: list[Mention]) -> list[Mention]:
    """Features and listed names in text order, without a listed name inside a feature."""
    kept = [m for m in listed if not any(_spans_meet(m, f) for f in features)]
    return sorted(features + kept, key=lambda mention: mention.start)


def _spans_meet(first: Mention, second: Mention) -> bool:
    return first.start < second.end and second.start < first.end
