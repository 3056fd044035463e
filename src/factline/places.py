"""The place stage: find place names in a report and geocode them against the gazetteer.

*Find* looks up runs of capitalized words in the gazetteer's name index (longest name first, one
dictionary probe per word, so a report is read in linear time) and keeps the ones that read as
places: demonyms ("Kazakh"), parts of longer names ("George Washington", "Washington Post") and
common words or personal names without a place cue ("Police said", "Jackson told") are dropped,
as are, without a cue, the names of villages and other spellings of a town's name ("Amber").
A place that opens the name of one of its bodies stays a place ("Texas Ranger", "Anderson County
Sheriff's Office", "Ohio State University"), as do places after a hyphen ("D-Oakland",
"Nebraska-Lincoln"). Streets, rivers, lakes and airports, which the gazetteer lacks, are found by
their type word ("Darby Street", "Main St.", "Lake Lanier") and kept as named but unlocated places.
*Resolve* (`places_resolve.py`) then picks one GeoNames place for each name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factline.gazetteer import REGION_WORDS, Gazetteer, is_own_name, load_gazetteer, name_key
from factline.places_resolve import Resolution, resolve
from factline.record import Analysis, Place

# A word that may start a place name: capitalized (Latin-1 capitals cover "Ürümqi", "Öskemen"),
# or an abbreviation with full stops ("U.S."). The pattern opens with the capital, so that the
# regex engine skips straight to capitals; look-behinds then check what came before it.
_CAPITALIZED = re.compile(
    r"""[A-Z\u00C0-\u00D6\u00D8-\u00DE]
    (?:(?<=[A-Z])[a-z]?\.(?:[A-Z][a-z]?\.)+  # an abbreviation: "U.S.", "Ky.", anywhere
      |(?<![\w'’-].)[\w'’-]*                # a word: not inside another one
    )""",
    re.VERBOSE,
)
# Any word, for the words after the first ("Bosnia and Herzegovina", "Rostov-on-Don").
_WORD = re.compile(r"(?:[A-Z][a-z]?\.){2,}|[^\W_][\w'’-]*")
_POSSESSIVE = re.compile(r"(?:['’]s?|-)$")

# Capitalized words and a type word: "Darby Street", "Neches River", "Korean Peninsula".
# A direction or initial may open the name ("North Main Street", "S. Seventh St."); the first
# character is a capital, so that the regex engine skips ahead fast (the look-behind after it
# checks the character before it).
_FEATURE = re.compile(
    r"""(?P<name>[A-Z](?<![\w'’.-].)(?:\.[ ][A-Z])?[\w'’-]*(?:[ ][A-Z][\w'’-]*){0,3})[ ]
    (?:(?:Street|Road|Avenue|Boulevard|Drive|Lane|Parkway|Highway|Square|Bridge|River|Lake|Ocean
      |Sea|Bay|Mountains?|Valley|Peninsula|Islands?|Airport|Canal|Strait|Desert|Creek|Beach|Park
      |Forest|Township)
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
# Words that open a sentence or phrase before a street's name: "The Darby Street".
_FUNCTION_WORDS = frozenset(
    "the a an in at on of from near to by for with and or but as into onto off past along "
    "his her its their our my your this that these those when after before while if "
    "then there where both all".split()
)
_INITIAL = re.compile(r"[A-Z]\.")
# Words before a name that make it part of an organization's or party's name.
_NAMED_AFTER = re.compile(
    r"(?:\bUnited|(?:Chamber|Department|Secretary|Ministry|Minister|Board|Bureau) of) $"
)
_ABBREVIATED = frozenset({"St", "Ft", "Mt"})
_PARTIES = frozenset({"D", "R", "I", "DFL"})  # "Sen. Jane Doe, D-Winthrop"
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
# The last word of a name that makes it an area's name: "Anderson County", "Readington Township".
_AREA_WORDS = frozenset({"county", "parish", "township", "borough"})
_CONTEXT_CHARS = 40
# A word written in lower case this often in the training text is a common word, not a name.
_COMMON_COUNT = 3
_SMALL_TOWN = 1000  # people: a name that is only a town this small needs a place cue
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
    mentions: list[Mention] = []
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
        if found is not None:
            found = _without_body_word(text, found, gazetteer)
        head = None
        if found is not None:
            end, key = found
            position = end
            head = _judge(
                text, match.start(), _name_end(text, end, key), key, gazetteer, people
            ) or _state_code(text, match.start(), end, key, mentions, gazetteer)
            mentions.extend([head] if head is not None else [])
        if "-" in match.group() and (found is None or position < match.end()):
            tail = _after_hyphen(text, match, head, gazetteer, people)
            if tail is not None:
                mentions.append(tail)
                position = tail.end
    return sorted(mentions + features, key=lambda mention: mention.start)


def _state_code(
    text: str, start: int, end: int, key: str, mentions: list[Mention], gazetteer: Gazetteer
) -> Mention | None:
    """A state's two-letter code just after a place and a comma: "Reading, PA" (alone, two
    capitals are too often something else: "PA system", "ME")."""
    surface = text[start:end]
    if len(surface) != 2 or not surface.isupper() or not mentions:
        return None
    if text[mentions[-1].end : start] != ", " or not _is_region(key, gazetteer):
        return None
    return Mention(surface, start, end, key, "region")


def _name_end(text: str, end: int, key: str) -> int:
    """Where the name itself ends: before a region's type word written in lower case ("the
    Kherson region" names Kherson; its key keeps the word, so that it finds the region)."""
    word = key.rsplit(" ", 1)[-1]
    if word in REGION_WORDS and text[end - len(word) : end] == word:
        return end - len(word) - 1
    return end


def _without_body_word(text: str, found: tuple[int, str], gazetteer: Gazetteer) -> tuple[int, str]:
    """(end, key) without a last "State" or "City" that begins a body's name after it: "Ohio
    State University", "Dublin City Council" name Ohio and Dublin. Only a state's name before
    "State" and a town's before "City" ("Kansas City Chiefs" keeps its city)."""
    end, key = found
    head, _, last = key.rpartition(" ")
    if last not in ("state", "city") or head not in gazetteer.by_key:
        return found
    if not text.startswith(" ", end) or _CAPITALIZED.match(text, end + 1) is None:
        return found
    if (last == "state") != _is_region(head, gazetteer):
        return found
    return end - len(last) - 1, head


def _after_hyphen(
    text: str,
    word: re.Match[str],
    head: Mention | None,
    gazetteer: Gazetteer,
    people: set[str],
) -> Mention | None:
    """A place named after a hyphen: "Nebraska-Lincoln", "Washington-Moscow", "D-Winthrop" (a
    lawmaker's party and town). Only after a place or a party's letter, not inside one name
    with a hyphen ("Kassym-Jomart")."""
    first, _, rest = word.group().partition("-")
    if not rest[:1].isupper() or (head is None and first not in _PARTIES):
        return None
    tail = _WORD.match(text, word.start() + len(first) + 1)
    if tail is None:
        return None
    found = _longest_name(text, tail, gazetteer) or _first_part(text, tail, gazetteer)
    if found is None:
        return None
    return _judge(text, tail.start(), found[0], found[1], gazetteer, people)


def _features(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Streets, rivers, airports and the like, named by a type word after capitalized words
    ("Darby Street", "Neches River"): places the gazetteer lacks, kept unresolved."""
    found = []
    for match in _FEATURE.finditer(text):
        words = match.group("name").split(" ")
        while any(word.endswith(("'s", "’s")) for word in words):
            words.pop(0)  # "Toronto's Pearson Airport": the feature starts after the owner
        while words and words[0].lower() in _FUNCTION_WORDS:
            words.pop(0)  # "The", "In": sentence words, not part of the name
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
        if key not in gazetteer.by_key and not any(_overlap(match, other) for other in found):
            found.append(Mention(match.group(), match.start(), match.end(), key, "feature", 0.7))
    return sorted(found, key=lambda mention: mention.start)


def _overlap(match: re.Match[str], mention: Mention) -> bool:
    return match.start() < mention.end and mention.start < match.end()


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
            elif text.startswith(".", end) and not (best and word.isupper()):
                best = (end + 1, f"{key}.")  # "Kan.", but not "US." closing a sentence
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
    if not rest[:1].isupper() or _is_region(name_key(rest), gazetteer):
        return word.start() + len(first), key
    if not (_well_known(key, gazetteer) and _well_known(name_key(rest), gazetteer)):
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
    if not word.endswith(("'", "’", "s", "-")):
        return word, end  # most words: no need to search them
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
    before = text[max(0, start - _CONTEXT_CHARS) : start]
    if key in people and not _place_before_person(key, gazetteer):
        return None
    if len(key) <= 2 and surface not in _TWO_LETTER_NAMES:
        return None
    if surface.isupper() and len(surface) <= 4 and not _is_region(key, gazetteer):
        return None  # an acronym ("APC", "CIS"), not a town's name in capitals
    if _continues_name(text, end, key, gazetteer):
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


def _place_before_person(key: str, gazetteer: Gazetteer) -> bool:
    """Whether a name seen in a person's name ("Matthew Flores", "Dewly Nelson") is still read
    as a place alone: a country or region named as a place more often than as a person."""
    _, loc, other = gazetteer.priors.get(key, (0, 0, 0))
    return _is_region(key, gazetteer) and loc >= other


def _well_known(key: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is a region's or a big town's, so that two of them joined by a hyphen
    read as two places ("Nebraska-Lincoln"), not as one name ("Wal-Mart")."""
    candidates = gazetteer.candidates(key)
    return _is_region(key, gazetteer) or any(e.population >= _BIG_PLACE for e in candidates)


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


def _continues_name(text: str, end: int, key: str, gazetteer: Gazetteer) -> bool:
    """Whether a name word follows: "Paris Hilton", "Jordan Peterson".

    A common word after the name ("Texas Forest Service", "Almaty airport") leaves it a place.
    """
    if not text.startswith(" ", end):
        return False
    following = _CAPITALIZED.match(text, end + 1)
    if following is None or following.group().lower() in _CALENDAR:
        return False
    word = _strip_possessive(following.group().split("-")[0], 0)[0]
    if word in _NAME_GOES_ON:
        return True
    if len(word) >= 2 and word.isupper():
        return False  # an office's acronym: "Brant OPP", "Middlesex EMS"
    if gazetteer.priors.get(name_key(word), (0, 0, 0))[0] >= _COMMON_COUNT:
        return False  # a common word: "Texas Forest Service"
    # a body of the area ("Anderson County Sheriff's", "Texas Ranger"), or a person's name
    abbreviated = text.startswith(".", end - 1)
    return _is_person_word(word, gazetteer) or not _names_an_area(abbreviated, key, gazetteer)


def _names_an_area(abbreviated: bool, key: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is that of a county, a country or a first-level region, not read more
    often as a person's or team's name: the capitalized words after it then name one of its
    bodies ("Texas Ranger", "U.S. Census"), not a person ("Victoria Rowell")."""
    if key.rsplit(" ", 1)[-1] in _AREA_WORDS:
        return True
    if key.title() in _DIRECTIONS:
        return False  # "North Texas", "South Ossetia": a direction opens the name after it
    kinds = {entry.kind for entry in gazetteer.candidates(key)}
    if abbreviated and kinds & {"country", "admin1"}:
        return True  # an abbreviation ("U.S.", "Calif."), never a first name
    _, loc, other = gazetteer.priors.get(key, (0, 0, 0))
    if "country" in kinds:
        return loc >= other
    return "admin1" in kinds and loc > other


def _is_person_word(word: str, gazetteer: Gazetteer) -> bool:
    """Whether a word is known as part of people's or organizations' names more than as a
    common word ("Peterson" after "Jordan")."""
    lower, loc, other = gazetteer.priors.get(name_key(word), (0, 0, 0))
    return other > lower + loc


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
    if previous.endswith((",", ".", ":", ";", ")", '"', "”", "'s", "’s")):
        return False  # punctuation or a possessive closes a name: "Iran's Kermanshah"
    lower_count = gazetteer.priors.get(name_key(previous), (0, 0, 0))[0]
    return lower_count < _COMMON_COUNT


def _needs_cue(key: str, before: str, gazetteer: Gazetteer) -> bool:
    """Whether a name needs a place cue: it is also a common word or a person's name, or it names
    only villages of under 1,000 people ("Titan"), or only as another spelling of a town's
    name ("Amber" for Ambert)."""
    candidates = gazetteer.candidates(key)
    if any(entry.kind in ("country", "continent", "region") for entry in candidates):
        return False
    lower, loc, other = gazetteer.priors.get(key, (0, 0, 0))
    if lower >= _COMMON_COUNT and lower > 2 * loc:
        return True
    if all(entry.kind == "city" and entry.population < _SMALL_TOWN for entry in candidates):
        return True
    big = any(entry.population >= _BIG_PLACE or entry.kind == "admin1" for entry in candidates)
    if not big and not any(is_own_name(entry, key) for entry in candidates):
        return True
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
