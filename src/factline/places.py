"""The place stage: find place names in a report and geocode them against the gazetteer.

*Find* looks up runs of capitalized words in the gazetteer's name index (longest name first, one
dictionary probe per word, so a report is read in linear time) and keeps the ones that read as
places: demonyms ("Kazakh"), parts of longer names ("George Washington", "Washington Post") and
common words or personal names without a place cue ("Police said", "Jackson told") are dropped,
as are, without a cue, the names of villages and other spellings of a town's name ("Amber").
A name the report shows to be a person's ("Matthew D. Flores", "Sgt. Douglas") is the person's
throughout the report, before and after; so are bodies named after a place ("Bank of England",
"Real Madrid"), saints' churches and hospitals ("St. Paul's Hospital") and a president's
government ("the Obama administration"). A place that opens the name of one of its bodies stays
a place ("Texas Ranger", "Anderson County Sheriff's Office", "Ohio State University"), as do
places after a hyphen ("D-Oakland", "Nebraska-Lincoln"), in a lawmaker's tag ("DFL-Cook,"), in a
dateline in capitals ("HUME – A member...") and in a list before a plural type word ("Cooke,
Grayson and Love counties"). Streets, rivers, lakes and airports, which the gazetteer lacks, are
found by their type word ("Darby Street", "Main St.", "Lake Lanier") and kept under their own
name, without a GeoNames id: at the point of the town the report names nearest before them (else
after them), marked by a low confidence, or unlocated where it names no town. *Resolve*
(`places_resolve.py`) then picks one GeoNames place for each name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

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
# This pattern and the two dateline and capital ones below open only where a run of their first
# characters opens (`(?<!…)`): tried inside the run, they would rescan the rest of it from every
# position, quadratic on a long one (tests/test_redos.py).
_LIST = re.compile(
    rf"(?<![\w'’.-])(?:{_LIST_ITEM.pattern}(?:,[ ](?:and[ ]|or[ ])?|[ ](?:and|or)[ ]))+"
    rf"{_LIST_ITEM.pattern}(?=[ ]\Z)"
)
_LIST_CHARS = 200
_ORDINALS = frozenset(
    "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth".split()
)
# Words that open a sentence or phrase before a street's name: "The Darby Street".
_FUNCTION_WORDS = frozenset(
    "the a an in at on of from near to by for with and or but as into onto off past along "
    "his her its their our my your this that these those when after before while if "
    "then there where both all".split()
)
_INITIAL = re.compile(r"[A-Z]\.")
# Words before a name that make it part of an organization's or party's name.
_NAMED_AFTER = re.compile(
    r"(?:\b(?:United|Real|Atletico|Atlético|Club)"  # "United Russia", "Real Madrid", "Club America"
    r"|(?:Chamber|Department|Secretary|Ministry|Minister|Board|Bureau|Council|Bank)"
    r"[ ]of)[ ]$"
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
# Calendar words and feasts are never places here, though "March" and "Of" are towns somewhere.
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december jan feb mar apr jun jul aug "
    "sep sept oct nov dec christmas easter".split()
)
_TITLES = frozenset(
    "mr mrs ms dr sen rep gov lt sgt capt gen col officer coach president judge chief deputy "
    "detective attorney pastor rev prof minister senator governor mayor sheriff".split()
)
# What comes around a dateline: the start of a line or the end of a headline before it, and
# after it a dash, maybe after a state and a news agency ("HUME –", "SEVIERVILLE, Tenn. (AP) —").
_HEADLINE_CHARS = 200  # a dateline after a full stop comes this near the start of a report
_DATELINE_AFTER = re.compile(
    r"(?<![ ])(?:,[ ][A-Z][\w.]*(?:[ ][A-Z][\w.]*)?)?(?:[ ]\([A-Z]+\))?[ ]+(?:--?|–|—|\x97)[ ]"
)
# A capitalized word after a name: "Chief Kanawha Circuit Judge" names an office, not a person.
_CAPITALIZED_NEXT = re.compile(r"(?<![ ])[ ]+[A-Z]")
_PLURAL_TITLES = frozenset({"sens", "reps", "govs"})
_SAID = re.compile(r" (?:said|says|told|added|wrote|explained|asked|stated|declined)\b")
_TWO_LETTER_NAMES = frozenset({"US", "UK"})
# Common words that after a place name make another name: a newspaper ("Washington Post"),
# a day ("Columbus Day"), a club, a war ("Gulf War").
_NAME_GOES_ON = frozenset(
    "Post Times Journal Herald Tribune Gazette Chronicle Observer Telegraph Day Club War".split()
)
# Words after a place's name that make a member or body of the place, not another name.
_PARTY_AND_HOUSE = frozenset("Democrat Democrats Republican Republicans Senate".split())
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
    # names seen as a person's, and whether surely ("Matthew D. Flores", "Sgt. Douglas") or
    # only after a word of unknown sense ("Kristina Wilkinson", "Rodeo Gainesville")
    people: dict[str, bool] = {}
    features = _with_listed(_features(text, gazetteer), _listed(text, gazetteer))
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
            start, key = _without_type_before(text, match.start(), key, gazetteer)
            head = _judge(
                text, start, _name_end(text, end, key), key, gazetteer, people
            ) or _state_code(text, start, end, key, mentions, gazetteer)
            mentions.extend([head] if head is not None else [])
        if "-" in match.group() and (found is None or position < match.end()):
            tail = _after_hyphen(text, match, head, gazetteer, people)
            if tail is not None:
                mentions.append(tail)
                position = tail.end
    # a person known surely from later words: "Lincoln said ... Abraham Lincoln"
    surely = {key: True for key, sure in people.items() if sure}
    if surely:
        mentions = [m for m in mentions if not _person_here(m.key, surely, gazetteer)]
    return sorted(mentions + features, key=lambda mention: mention.start)


def _without_type_before(text: str, start: int, key: str, gazetteer: Gazetteer) -> tuple[int, str]:
    """(start, key) of a town's name without the "City of" that GeoNames writes into some names:
    "the City of Richmond" names Richmond (the words stay a cue for a town). A region keeps its
    type ("Province of Laguna"), which tells it from a town of its name."""
    rest = key[len("city of ") :]
    if not key.startswith("city of ") or rest not in gazetteer.by_key:
        return start, key
    return start + len("city of "), rest


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
    people: dict[str, bool],
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
    end, key = found
    judged = _judge(text, tail.start(), end, key, gazetteer, people)
    if judged is None and first in _PARTIES and _lawmakers_town(text, end, key, gazetteer):
        return Mention(text[tail.start() : end], tail.start(), end, key, "city", 0.6)
    return judged


def _lawmakers_town(text: str, end: int, key: str, gazetteer: Gazetteer) -> bool:
    """Whether a name after a party's letter closes a lawmaker's tag ("Tom Bakk, DFL-Cook,"):
    the tag itself says that the name is a town, even one that is also a surname."""
    if key in gazetteer.demonyms or key in gazetteer.not_places:
        return False
    return text.startswith((",", ")"), end)


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
        party, hyphen, rest = words[0].partition("-") if words else ("", "", "")
        if hyphen and party in _PARTIES:
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
        if key not in gazetteer.by_key and not any(_overlap(match, other) for other in found):
            found.append(Mention(match.group(), match.start(), match.end(), key, "feature", 0.7))
    return sorted(found, key=lambda mention: mention.start)


def _listed(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Names listed before a plural type word: "Cooke, Grayson and Love counties", "Crabgrass,
    Owens and Harris roads", "Bourbon and Dauphine streets". The type word makes each one a
    place, even a name that alone reads as a person or a common word ("Love", "Harris")."""
    found: list[Mention] = []
    if not any(plural in text for plural in _SINGULAR_TYPE):
        return found  # most reports: a fast search for each plural type word first
    for plural in _PLURAL_TYPE.finditer(text):
        window = max(0, plural.start() - _LIST_CHARS)
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
    if singular in _AREA_WORDS and key in gazetteer.by_key:
        return Mention(item.group(), item.start(), item.end(), key, "region")
    return Mention(item.group(), item.start(), item.end(), key, "feature", 0.7)


def _with_listed(features: list[Mention], listed: list[Mention]) -> list[Mention]:
    """Features and listed names in text order, without a listed name inside a feature."""
    kept = [m for m in listed if not any(_spans_meet(m, f) for f in features)]
    return sorted(features + kept, key=lambda mention: mention.start)


def _spans_meet(first: Mention, second: Mention) -> bool:
    return first.start < second.end and second.start < first.end


def _overlap(match: re.Match[str], mention: Mention) -> bool:
    return match.start() < mention.end and mention.start < match.end()


def mention_at(text: str, start: int, end: int) -> Mention:
    """The mention of a name known to be a place at text[start:end] (e.g. a gold toponym)."""
    before = text[max(0, start - _CONTEXT_CHARS) : start]
    gazetteer = load_gazetteer()
    key = name_key(text[start:end])
    if text[start:end].endswith(".") and f"{key}." in gazetteer.by_key:
        key += "."
    offset = max(0, start - _LIST_CHARS)
    for listed in _listed(text[offset : end + _LIST_CHARS], gazetteer):
        if (listed.start + offset, listed.end + offset) == (start, end) and not listed.feature:
            return replace(listed, start=start, end=end)  # "Love" in "Cooke and Love counties"
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
    text: str, start: int, end: int, key: str, gazetteer: Gazetteer, people: dict[str, bool]
) -> Mention | None:
    """The mention if the words read as a place name here, else None."""
    surface = text[start:end]
    if key in gazetteer.demonyms or key in gazetteer.not_places or key.rstrip(".") in _CALENDAR:
        return None
    before = text[max(0, start - _CONTEXT_CHARS) : start]
    if key in people and _person_here(key, people, gazetteer):
        return None
    if _names_no_place(text, end, key, gazetteer):
        return None
    if surface in _DIRECTIONS and _CAPITALIZED_NEXT.match(text, end):
        return None  # "South Los Angeles", "North Memorial": a direction opens a longer name
    if len(key) <= 2 and surface not in _TWO_LETTER_NAMES:
        return None
    dateline = surface.isupper() and _is_dateline(text, start, end)
    if surface.isupper() and len(surface) <= 4 and not (dateline or _is_region(key, gazetteer)):
        return None  # an acronym ("APC", "CIS"), not a town's name in capitals
    if _continues_name(text, end, key, gazetteer):
        return None
    if _continued_name(before, gazetteer):
        # later on its own, "Wilkinson" is still the person
        surely = _after_given_name(before, gazetteer) and not _CAPITALIZED_NEXT.match(text, end)
        people[key] = people.get(key, False) or surely
        return None
    cue = "city" if dateline else _cue(text, before, end, key)
    support = 0.9
    titled = _after_title(before)
    if titled and not _CAPITALIZED_NEXT.match(text, end):
        people[key] = True  # "Sgt. Douglas": the report's other "Douglas" too
    if _needs_cue(key, before, gazetteer) or _reads_as_person(text, titled, end, key, gazetteer):
        if not _locative(before) and cue is None and not _has_container(text, end, gazetteer):
            return None
        support = 0.6
    return Mention(surface, start, end, key, cue, support)


def _names_no_place(text: str, end: int, key: str, gazetteer: Gazetteer) -> bool:
    """Whether the words after a place's name make it something else: a saint's church, school
    or hospital ("St. John's Lutheran School", "St. Paul's Hospital"), a title in the plural
    ("U.S. Sens. Barbara Boxer"), a president's government ("the Obama administration")."""
    if key.startswith(("st ", "saint ")) and text.startswith(("'s", "’s"), end):
        lower, loc, other = gazetteer.priors.get(key.partition(" ")[2], (0, 0, 0))
        return other > lower + loc  # a saint's name, not "St. Petersburg's"
    if key in _PLURAL_TITLES and text.startswith(". ", end):
        return True
    return text.startswith(" administration", end)


def _is_dateline(text: str, start: int, end: int) -> bool:
    """Whether a name in capitals opens a report's first line, as a dateline does: "HUME – A
    member delegation", "SEVIERVILLE, Tenn. (AP) — Police" (the town the report was filed in):
    at the start of a line, or after the headline (a full stop near the start of the text).
    Not in the midst of a report ("over budget. EADS - Airbus")."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = text[line_start:start]
    if opening.strip() and not (start < _HEADLINE_CHARS and opening.rstrip().endswith(".")):
        return False
    return _DATELINE_AFTER.match(text, end) is not None


def _person_here(key: str, people: dict[str, bool], gazetteer: Gazetteer) -> bool:
    """Whether a name seen in a person's name in this report ("Matthew D. Flores", "Dewly
    Nelson") is the person's wherever it stands alone. A country, or a region named as a place
    more often than as a person, stays a place; so does, where the person is known only from an
    unknown word before the name ("Rodeo Gainesville"), any first-level region, or a big town
    whose name the training text never tags as a person's."""
    if key not in people:
        return False
    _, loc, other = gazetteer.priors.get(key, (0, 0, 0))
    if people[key]:
        return not (_known_region(key, gazetteer) and loc >= other)
    if _is_region(key, gazetteer) and loc >= other:
        return False
    if other > 0:
        return True  # a name the training text knows as a person's: "Chen", "Jackson"
    return not any(entry.population >= _BIG_PLACE for entry in gazetteer.candidates(key))


def _known_region(key: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is a country's, a continent's or a sea's, or a first-level region's that
    the training text tags as a place: not a surname that is also some small country's province
    ("Flores", "Douglas", "Paul"), which a report's own words show to be a person."""
    kinds = {entry.kind for entry in gazetteer.candidates(key)}
    if kinds & {"country", "continent", "region"}:
        return True
    return "admin1" in kinds and gazetteer.priors.get(key, (0, 0, 0))[1] > 0


def _after_given_name(before: str, gazetteer: Gazetteer) -> bool:
    """Whether the word before a name is an initial or a word the training text knows as a
    person's or organization's name ("Matthew D. Flores", "Robert Douglas"), so that the name
    is a person's elsewhere in the report too; not a word of unknown sense ("Rodeo Gainesville",
    "Distinctly Dublin"), which only makes this one mention part of a longer name."""
    words = before.split()
    if len(words) >= 2 and words[-2].lower() == "the":
        return False  # "The George Twickenham": a pub's name
    if _INITIAL.fullmatch(words[-1]):
        return True
    lower, loc, other = gazetteer.priors.get(name_key(words[-1]), (0, 0, 0))
    return other > lower + loc


def _well_known(key: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is a region's or a big town's, so that two of them joined by a hyphen
    read as two places ("Nebraska-Lincoln"), not as one name ("Wal-Mart")."""
    candidates = gazetteer.candidates(key)
    return _is_region(key, gazetteer) or any(e.population >= _BIG_PLACE for e in candidates)


def _is_region(key: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is that of a country, continent, sea or first-level region."""
    regions = ("country", "admin1", "continent", "region")
    return any(entry.kind in regions for entry in gazetteer.candidates(key))


def _reads_as_person(text: str, titled: bool, end: int, key: str, gazetteer: Gazetteer) -> bool:
    """A title before (`titled`), or "said" after a name that is not a big town's unknown as a
    person's ("Jackson said", but "Tabriz said": a city speaking for its people), for a name
    that is not a country or region."""
    if _is_region(key, gazetteer):
        return False
    if titled:
        return True
    if _SAID.match(text, end) is None:
        return False
    if gazetteer.priors.get(key, (0, 0, 0))[2] > 0:
        return True
    return not any(entry.population >= _BIG_PLACE for entry in gazetteer.candidates(key))


def _after_title(before: str) -> bool:
    """Whether a person's title comes just before: "Sgt. Douglas", "Mayor Flores" (not a word
    that closes a sentence: "the new president. Cincinnati")."""
    previous = _previous_word(before)
    if previous.endswith(".") and len(previous) > 5:
        return False
    return previous.rstrip(".").lower() in _TITLES


def _previous_word(before: str) -> str:
    """The word just before a name, with its punctuation ("" at the start of the text)."""
    words = before.rsplit(None, 1)
    return words[-1] if words else ""


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
    if word in _PARTY_AND_HOUSE:
        return False  # "a Connecticut Democrat", "the Ohio Senate": the place's own
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
    previous = _previous_word(before)
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
    # a first-level region counts as big unless its name is more often a person's ("Paul", a
    # province of Cape Verde)
    region = other <= loc and any(entry.kind == "admin1" for entry in candidates)
    big = region or any(entry.population >= _BIG_PLACE for entry in candidates)
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
    """The record's place. A street or river the gazetteer lacks keeps its own name: where the
    report names no town it is not located; else it stands, approximately, at the town the
    resolver gives it, with that town's point and regions but no GeoNames id (it is not that
    town) and the resolver's low confidence."""
    if resolution is None:
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
    lat, lon = gazetteer.point_of(entry)
    return Place(
        id=place_id,
        text=mention.text,
        start=mention.start,
        end=mention.end,
        name=mention.text if resolution.approximate else entry.name,
        country=entry.country or None,
        admin1=region.name if region is not None else None,
        lat=lat,
        lon=lon,
        # 0: a hand-kept sea or region (regions.tsv)
        geonames_id=None if resolution.approximate else entry.geonames_id or None,
        confidence=round(resolution.confidence * mention.support, 3),
    )
