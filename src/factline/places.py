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

The parts: `places_lookup` finds the longest gazetteer name at each capitalized word,
`places_judge` decides whether it reads as a place here, and `places_features` finds streets,
rivers and listed names by their type word. This module runs them over the report, in text
order, and builds the record's places from the resolver's choices.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factline.gazetteer import REGION_WORDS, Gazetteer, load_gazetteer, name_key
from factline.places_features import LIST_CHARS, feature_places, listed_places, with_listed
from factline.places_judge import CONTEXT_CHARS, cue_before, judge, person_here
from factline.places_lookup import (
    CAPITALIZED,
    PARTIES,
    WORD_PATTERN,
    Mention,
    first_part,
    is_region,
    longest_name,
)
from factline.places_resolve import Resolution, resolve
from factline.record import Analysis, Place


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
    features = with_listed(feature_places(text, gazetteer), listed_places(text, gazetteer))
    upcoming = iter(features)
    feature = next(upcoming, None)
    position = 0
    for match in CAPITALIZED.finditer(text):
        while feature is not None and feature.end <= match.start():
            feature = next(upcoming, None)
        if match.start() < position or (feature is not None and feature.start <= match.start()):
            continue
        found = longest_name(text, match, gazetteer) or first_part(text, match, gazetteer)
        if found is not None:
            found = _without_body_word(text, found, gazetteer)
        head = None
        if found is not None:
            end, key = found
            position = end
            start, key = _without_type_before(text, match.start(), key, gazetteer)
            head = judge(
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
        mentions = [m for m in mentions if not person_here(m.key, surely, gazetteer)]
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
    if text[mentions[-1].end : start] != ", " or not is_region(key, gazetteer):
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
    if not text.startswith(" ", end) or CAPITALIZED.match(text, end + 1) is None:
        return found
    if (last == "state") != is_region(head, gazetteer):
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
    if not rest[:1].isupper() or (head is None and first not in PARTIES):
        return None
    tail = WORD_PATTERN.match(text, word.start() + len(first) + 1)
    if tail is None:
        return None
    found = longest_name(text, tail, gazetteer) or first_part(text, tail, gazetteer)
    if found is None:
        return None
    end, key = found
    judged = judge(text, tail.start(), end, key, gazetteer, people)
    if judged is None and first in PARTIES and _lawmakers_town(text, end, key, gazetteer):
        return Mention(text[tail.start() : end], tail.start(), end, key, "city", 0.6)
    return judged


def _lawmakers_town(text: str, end: int, key: str, gazetteer: Gazetteer) -> bool:
    """Whether a name after a party's letter closes a lawmaker's tag ("Tom Bakk, DFL-Cook,"):
    the tag itself says that the name is a town, even one that is also a surname."""
    if key in gazetteer.demonyms or key in gazetteer.not_places:
        return False
    return text.startswith((",", ")"), end)


def mention_at(text: str, start: int, end: int) -> Mention:
    """The mention of a name known to be a place at text[start:end] (e.g. a gold toponym)."""
    before = text[max(0, start - CONTEXT_CHARS) : start]
    gazetteer = load_gazetteer()
    key = name_key(text[start:end])
    if text[start:end].endswith(".") and f"{key}." in gazetteer.by_key:
        key += "."
    offset = max(0, start - LIST_CHARS)
    for listed in listed_places(text[offset : end + LIST_CHARS], gazetteer):
        if (listed.start + offset, listed.end + offset) == (start, end) and not listed.feature:
            return replace(listed, start=start, end=end)  # "Love" in "Cooke and Love counties"
    return Mention(text[start:end], start, end, key, cue_before(text, before, end, key))


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
