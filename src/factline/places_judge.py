"""Judge whether a gazetteer name found in the text reads as a place here: the finder's cues.

A name is dropped where the words around it make it a demonym ("Kazakh"), part of a longer name
("George Washington", "Washington Post", "Bank of England"), a person ("Sgt. Douglas", "Jackson
said"), an acronym ("APC") or something else ("St. Paul's Hospital", "the Obama
administration"). A name that is also a common word or a person's, or only a village's, needs
a place cue ("in", "the city of", "Mobile, Ala."); a name shown to be a person's is the person's
throughout the report (`person_here`). The mention keeps the cue it has about the kind of place
("the city of Zhanaozen", "Almaty region") for the resolver. These rules are kept apart from the
lookup (`places_lookup`) so that they read as one list.
"""

from __future__ import annotations

import re

from factline.gazetteer import REGION_WORDS, Gazetteer, is_own_name, name_key
from factline.places_lookup import (
    ABBREVIATED,
    AREA_WORDS,
    BIG_PLACE,
    CAPITALIZED,
    Mention,
    is_region,
    strip_possessive,
)

_INITIAL = re.compile(r"[A-Z]\.")
# Words before a name that make it part of an organization's or party's name.
_NAMED_AFTER = re.compile(
    r"(?:\b(?:United|Real|Atletico|Atlético|Club)"  # "United Russia", "Real Madrid", "Club America"
    r"|(?:Chamber|Department|Secretary|Ministry|Minister|Board|Bureau|Council|Bank)"
    r"[ ]of)[ ]$"
)
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
# This pattern and the capital one below open only where a run of spaces opens (`(?<![ ])`):
# tried inside the run, they would rescan it from every position (tests/test_redos.py).
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
CONTEXT_CHARS = 40
# A word written in lower case this often in the training text is a common word, not a name.
_COMMON_COUNT = 3
_SMALL_TOWN = 1000  # people: a name that is only a town this small needs a place cue


def judge(
    text: str, start: int, end: int, key: str, gazetteer: Gazetteer, people: dict[str, bool]
) -> Mention | None:
    """The mention if the words read as a place name here, else None."""
    surface = text[start:end]
    if key in gazetteer.demonyms or key in gazetteer.not_places or key.rstrip(".") in _CALENDAR:
        return None
    before = text[max(0, start - CONTEXT_CHARS) : start]
    if key in people and person_here(key, people, gazetteer):
        return None
    if _names_no_place(text, end, key, gazetteer):
        return None
    if surface in _DIRECTIONS and _CAPITALIZED_NEXT.match(text, end):
        return None  # "South Los Angeles", "North Memorial": a direction opens a longer name
    if len(key) <= 2 and surface not in _TWO_LETTER_NAMES:
        return None
    dateline = surface.isupper() and _is_dateline(text, start, end)
    if surface.isupper() and len(surface) <= 4 and not (dateline or is_region(key, gazetteer)):
        return None  # an acronym ("APC", "CIS"), not a town's name in capitals
    if _continues_name(text, end, key, gazetteer):
        return None
    if _continued_name(before, gazetteer):
        # later on its own, "Wilkinson" is still the person
        surely = _after_given_name(before, gazetteer) and not _CAPITALIZED_NEXT.match(text, end)
        people[key] = people.get(key, False) or surely
        return None
    cue = "city" if dateline else cue_before(text, before, end, key)
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


def person_here(key: str, people: dict[str, bool], gazetteer: Gazetteer) -> bool:
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
    if is_region(key, gazetteer) and loc >= other:
        return False
    if other > 0:
        return True  # a name the training text knows as a person's: "Chen", "Jackson"
    return not any(entry.population >= BIG_PLACE for entry in gazetteer.candidates(key))


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
    return _is_person_word(words[-1], gazetteer)


def _reads_as_person(text: str, titled: bool, end: int, key: str, gazetteer: Gazetteer) -> bool:
    """A title before (`titled`), or "said" after a name that is not a big town's unknown as a
    person's ("Jackson said", but "Tabriz said": a city speaking for its people), for a name
    that is not a country or region."""
    if is_region(key, gazetteer):
        return False
    if titled:
        return True
    if _SAID.match(text, end) is None:
        return False
    if gazetteer.priors.get(key, (0, 0, 0))[2] > 0:
        return True
    return not any(entry.population >= BIG_PLACE for entry in gazetteer.candidates(key))


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
    following = CAPITALIZED.match(text, end + 1)
    if following is None or following.group().lower() in _CALENDAR:
        return False
    word = strip_possessive(following.group().split("-")[0], 0)[0]
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
    if key.rsplit(" ", 1)[-1] in AREA_WORDS:
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
    if _INITIAL.fullmatch(previous) or previous.rstrip(".") in ABBREVIATED:
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
    big = region or any(entry.population >= BIG_PLACE for entry in candidates)
    if not big and not any(is_own_name(entry, key) for entry in candidates):
        return True
    return other > loc and not big


def _has_container(text: str, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a region follows after a comma: "Mobile, Ala.", "Reading, England"."""
    if not text.startswith(", ", end):
        return False
    following = CAPITALIZED.match(text, end + 2)
    if following is None:
        return False
    key = name_key(following.group())
    if text.startswith(".", following.end()):
        key += "."
    return is_region(key, gazetteer) or is_region(key.rstrip("."), gazetteer)


def _locative(before: str) -> bool:
    words = before.rstrip().rsplit(" ", 2)
    return bool(words) and words[-1].lower() in _LOCATIVE


def cue_before(text: str, before: str, end: int, key: str) -> str | None:
    if _CITY_CUE.search(before):
        return "city"
    if key.rsplit(" ", 1)[-1] in REGION_WORDS:
        return "region"
    following = text[end : end + 16].lower()
    if following.startswith(tuple(f" {word}" for word in REGION_WORDS)):
        return "region"
    return None
