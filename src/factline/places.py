"""The place stage: find place names in a report and geocode them against the gazetteer.

*Find* looks up runs of capitalized words in the gazetteer's name index (longest name first, one
dictionary probe per word, so a report is read in linear time) and keeps the ones that read as
places: demonyms ("Kazakh"), parts of longer names ("George Washington", "Washington Post") and
common words or personal names without a place cue ("Police said", "Jackson told") are dropped.
Streets, rivers and airports, which the gazetteer lacks, are found by their type word ("Darby
Street") and kept as named but unlocated places.
*Resolve* (`places_resolve.py`) then picks one GeoNames place for each name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factline.gazetteer import REGION_WORDS, Gazetteer, load_gazetteer, name_key
from factline.places_resolve import Resolution, resolve
from factline.record import Analysis, Place

# A word that may start a place name: capitalized (Latin-1 capitals cover "Ürümqi", "Öskemen"),
# or an abbreviation with full stops ("U.S.").
_CAPITALIZED = re.compile(
    r"(?:[A-Z][a-z]?\.){2,}|(?<![\w'’-])[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w'’-]*"
)
# Any word, for the words after the first ("Bosnia and Herzegovina", "Rostov-on-Don").
_WORD = re.compile(r"(?:[A-Z][a-z]?\.){2,}|[^\W_][\w'’-]*")
_POSSESSIVE = re.compile(r"(?:['’]s?|-)$")

# Capitalized words and a type word: "Darby Street", "Neches River", "Korean Peninsula".
_FEATURE = re.compile(
    r"""(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2})[ ]
    (?:Street|Road|Avenue|Boulevard|Drive|Lane|Parkway|Highway|Square|Bridge|River|Lake|Ocean
      |Sea|Bay|Mountains?|Valley|Peninsula|Islands?|Airport|Canal|Strait|Desert|Creek|Beach)
    (?![\w'’-]|[ ][A-Z])  # not "Florida Highway Patrol": there the name goes on
    """,
    re.VERBOSE,
)
_INITIAL = re.compile(r"[A-Z]\.")
# Words before a name that make it part of an organization's or party's name.
_NAMED_AFTER = re.compile(
    r"(?:\bUnited|(?:Chamber|Department|Secretary|Ministry|Minister|Board|Bureau) of) $"
)
_ABBREVIATED = frozenset({"St", "Ft", "Mt"})
_LOCATIVE = frozenset(
    "in at from near to outside inside across around toward towards into via through "
    "throughout within between".split()
)
_CITY_CUE = re.compile(r"(?:city|town|village|capital|port|district) of $", re.IGNORECASE)
_DIRECTIONS = frozenset(
    "North South East West Northern Southern Eastern Western Central Northeast Northwest "
    "Southeast Southwest Greater Upper Lower Downtown".split()
)
# Calendar words are never places here, though "March" and "Of" are towns somewhere.
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december jan feb mar apr jun jul aug "
    "sep sept oct nov dec".split()
)
_TITLES = frozenset(
    "mr mrs ms dr sen rep gov lt sgt capt gen col officer coach president judge chief deputy "
    "detective attorney pastor rev prof minister senator governor mayor sheriff".split()
)
_SAID = re.compile(r" (?:said|says|told|added|wrote|explained|asked|stated|declined)\b")
_TWO_LETTER_NAMES = frozenset({"US", "UK"})
# Common words that after a place name make another name: a newspaper ("Washington Post"),
# a day ("Columbus Day"), a club.
_NAME_GOES_ON = frozenset(
    "Post Times Journal Herald Tribune Gazette Chronicle Observer Telegraph Day Club".split()
)
_CONTEXT_CHARS = 40
# A word written in lower case this often in the training text is a common word, not a name.
_COMMON_COUNT = 3
_BIG_PLACE = 100_000  # people: a town this big is meant even where its name is also a person's


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


def find_places(analysis: Analysis) -> tuple[Place, ...]:
    """Every place named in the report, resolved to a GeoNames place, ids in text order."""
    gazetteer = load_gazetteer()
    mentions = find_mentions(analysis.text, gazetteer)
    resolutions = resolve(analysis.text, mentions, gazetteer)
    places: list[Place] = []
    for mention, resolution in zip(mentions, resolutions, strict=True):
        if resolution is not None or mention.feature:
            places.append(_place(f"p{len(places) + 1}", mention, resolution, gazetteer))
    return tuple(places)


def find_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Place names in `text`, longest first, in text order."""
    mentions = []
    people: set[str] = set()  # names seen as part of a person's name ("Kristina Wilkinson")
    features = _features(text, gazetteer)
    upcoming = iter(features)
    feature = next(upcoming, None)
    position = 0
    for match in _CAPITALIZED.finditer(text):
        while feature is not None and feature.end <= match.start():
            feature = next(upcoming, None)
        if match.start() < position or (feature is not None and feature.start <= match.start()):
            continue
        found = _longest_name(text, match, gazetteer) or _first_part(text, match, gazetteer)
        if found is None:
            continue
        end, key = found
        position = end
        mention = _judge(text, match.start(), end, key, gazetteer, people)
        if mention is not None:
            mentions.append(mention)
    return sorted(mentions + features, key=lambda mention: mention.start)


def _features(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Streets, rivers, airports and the like, named by a type word after capitalized words
    ("Darby Street", "Neches River"): places the gazetteer lacks, kept unresolved."""
    found = []
    for match in _FEATURE.finditer(text):
        words = match.group("name").split(" ")
        while any(word.endswith(("'s", "’s")) for word in words):
            words.pop(0)  # "Toronto's Pearson Airport": the feature starts after the owner
        while words and gazetteer.priors.get(name_key(words[0]), (0, 0, 0))[0] >= _COMMON_COUNT:
            words.pop(0)  # "The", "In": sentence words, not part of the name
        if not words:
            continue
        start = match.end("name") - len(" ".join(words))
        surface = text[start : match.end()]
        found.append(Mention(surface, start, match.end(), name_key(surface), "feature", 0.7))
    return found


def mention_at(text: str, start: int, end: int) -> Mention:
    """The mention of a name known to be a place at text[start:end] (e.g. a gold toponym)."""
    before = text[max(0, start - _CONTEXT_CHARS) : start]
    key = name_key(text[start:end])
    if text[start:end].endswith(".") and f"{key}." in load_gazetteer().by_key:
        key += "."
    return Mention(text[start:end], start, end, key, _cue(text, before, end, key))


def _longest_name(text: str, first: re.Match[str], gazetteer: Gazetteer) -> tuple[int, str] | None:
    """(end, key) of the longest gazetteer name starting at `first`, or None."""
    best = None
    current = first
    word, end = _strip_possessive(current.group(), current.end())
    key = name_key(word)
    for _ in range(gazetteer.max_words):
        if key in gazetteer.by_key and (word[:1].isupper() or word in REGION_WORDS):
            best = (end, key)
        if f"{key}." in gazetteer.by_key and end == current.end():
            if current.group().endswith("."):
                best = (end, f"{key}.")  # "S.C."
            elif text.startswith(".", end):
                best = (end + 1, f"{key}.")  # "Kan."
        if key not in gazetteer.prefixes or end != current.end():
            break  # no longer name starts so, or a possessive closed it ("Bosnia’s")
        following = _next_word(text, end, word)
        if following is None:
            break
        current = following
        word, end = _strip_possessive(current.group(), current.end())
        key = f"{key} {name_key(word)}"
    return best


def _first_part(text: str, word: re.Match[str], gazetteer: Gazetteer) -> tuple[int, str] | None:
    """The name before a hyphen: "Toronto-based", "Canada-U.S." -> (end, key), or None."""
    first, hyphen, rest = word.group().partition("-")
    key = name_key(first)
    if not hyphen or key not in gazetteer.by_key:
        return None
    if rest[:1].isupper() and not _is_region(name_key(rest), gazetteer):
        return None  # one name with a hyphen: "Wal-Mart", "Kassym-Jomart"
    return word.start() + len(first), key


def _next_word(text: str, end: int, word: str) -> re.Match[str] | None:
    """The word after `word` if only a space (or "St. ") separates them."""
    gap = ". " if word in _ABBREVIATED and text.startswith(". ", end) else " "
    if not text.startswith(gap, end):
        return None
    return _WORD.match(text, end + len(gap))


def _strip_possessive(word: str, end: int) -> tuple[str, int]:
    """ "Russia’s" -> "Russia"; the end offset moves back with it."""
    trailing = _POSSESSIVE.search(word)
    if trailing is None or trailing.start() == 0:
        return word, end
    return word[: trailing.start()], end - (len(word) - trailing.start())


def _judge(
    text: str, start: int, end: int, key: str, gazetteer: Gazetteer, people: set[str]
) -> Mention | None:
    """The mention if the words read as a place name here, else None."""
    surface = text[start:end]
    if key in gazetteer.demonyms or key in gazetteer.not_places or key.rstrip(".") in _CALENDAR:
        return None
    if key in people and not _is_region(key, gazetteer):
        return None
    if len(key) <= 2 and surface not in _TWO_LETTER_NAMES:
        return None
    if surface.isupper() and len(surface) <= 4 and not _is_region(key, gazetteer):
        return None  # an acronym ("APC", "CIS"), not a town's name in capitals
    before = text[max(0, start - _CONTEXT_CHARS) : start]
    if _continues_name(text, end, gazetteer):
        return None
    if _continued_name(before, gazetteer):
        people.add(key)  # later on its own, "Wilkinson" is still the person
        return None
    cue = _cue(text, before, end, key)
    support = 0.9
    if _needs_cue(key, before, gazetteer) or _reads_as_person(text, before, end, key, gazetteer):
        if not _locative(before) and cue is None and not _has_container(text, end, gazetteer):
            return None
        support = 0.6
    return Mention(surface, start, end, key, cue, support)


def _is_region(key: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is that of a country, continent, sea or first-level region."""
    regions = ("country", "admin1", "continent", "region")
    return any(entry.kind in regions for entry in gazetteer.candidates(key))


def _reads_as_person(text: str, before: str, end: int, key: str, gazetteer: Gazetteer) -> bool:
    """A title before or "said" after, for a name that is not a country or region."""
    if _is_region(key, gazetteer):
        return False
    previous = before.rstrip().rsplit(" ", 1)[-1].rstrip(".").lower()
    return previous in _TITLES or _SAID.match(text, end) is not None


def _continues_name(text: str, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a name word follows: "Paris Hilton", "Jordan Peterson".

    A common word after the name ("Texas Forest Service", "Almaty airport") leaves it a place.
    """
    if not text.startswith(" ", end):
        return False
    following = _CAPITALIZED.match(text, end + 1)
    if following is None or following.group().lower() in _CALENDAR:
        return False
    if following.group() in _NAME_GOES_ON:
        return True
    lower_count = gazetteer.priors.get(name_key(following.group()), (0, 0, 0))[0]
    return lower_count < _COMMON_COUNT


def _continued_name(before: str, gazetteer: Gazetteer) -> bool:
    """Whether the name goes on from the words just before: "George Washington", "Matthew D.
    Flores", "St. Patrick", "United Russia", "Chamber of Commerce"."""
    if _NAMED_AFTER.search(before):
        return True
    if not before.endswith(" ") or before.endswith("  "):
        return False
    previous = before.rstrip().rsplit(" ", 1)[-1]
    if _INITIAL.fullmatch(previous) or previous.rstrip(".") in _ABBREVIATED:
        return True
    if not previous[:1].isupper() or previous in _DIRECTIONS or previous.isupper():
        return False
    if previous.endswith((",", ".", ":", ";", ")", '"', "”")):
        return False
    lower_count = gazetteer.priors.get(name_key(previous), (0, 0, 0))[0]
    return lower_count < _COMMON_COUNT


def _needs_cue(key: str, before: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is also a common word or a person's name, so it needs a place cue."""
    candidates = gazetteer.candidates(key)
    if any(entry.kind in ("country", "continent", "region") for entry in candidates):
        return False
    lower, loc, other = gazetteer.priors.get(key, (0, 0, 0))
    if lower >= _COMMON_COUNT and lower > 2 * loc:
        return True
    big = any(e.population >= _BIG_PLACE or e.kind == "admin1" for e in candidates)
    return other > loc and not big


def _has_container(text: str, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a region follows after a comma: "Mobile, Ala.", "Reading, England"."""
    if not text.startswith(", ", end):
        return False
    following = _CAPITALIZED.match(text, end + 2)
    if following is None:
        return False
    key = name_key(following.group())
    if text.startswith(".", following.end()):
        key += "."
    return _is_region(key, gazetteer) or _is_region(key.rstrip("."), gazetteer)


def _locative(before: str) -> bool:
    words = before.rstrip().rsplit(" ", 2)
    return bool(words) and words[-1].lower() in _LOCATIVE


def _cue(text: str, before: str, end: int, key: str) -> str | None:
    if _CITY_CUE.search(before):
        return "city"
    if key.rsplit(" ", 1)[-1] in REGION_WORDS:
        return "region"
    following = text[end : end + 16].lower()
    if following.startswith(tuple(f" {word}" for word in REGION_WORDS)):
        return "region"
    return None


def _place(
    place_id: str, mention: Mention, resolution: Resolution | None, gazetteer: Gazetteer
) -> Place:
    if resolution is None:  # a street or river the gazetteer lacks: named, not located
        return Place(
            id=place_id,
            text=mention.text,
            start=mention.start,
            end=mention.end,
            name=mention.text,
            confidence=mention.support,
        )
    entry = resolution.entry
    region = gazetteer.admin1_of(entry)
    return Place(
        id=place_id,
        text=mention.text,
        start=mention.start,
        end=mention.end,
        name=entry.name,
        country=entry.country or None,
        admin1=region.name if region is not None else None,
        lat=entry.lat,
        lon=entry.lon,
        geonames_id=entry.geonames_id or None,  # 0: a hand-kept sea or region (regions.tsv)
        confidence=round(resolution.confidence * mention.support, 3),
    )
