"""Find actor candidates in a report: the *find* half of the actor stage.

Each sentence becomes a list of `Item`s in token order. The dictionary comes first (proper names
with their case, then group nouns and titles in any case), then the places the place stage found,
then the statistical NER for what is left, so that "Kassym-Jomart Tokayev" stays one name. Two
rules add names the model may miss: capitalized words right after a title ("spokeswoman Saltanat
Azirbek"), and later bare surnames of people named in full earlier ("Psaki").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress, count
from operator import attrgetter, itemgetter
from typing import Literal

from factline import ner
from factline.actors_lexicon import Common, Known, Lexicon
from factline.ner import Token
from factline.record import ActorRole, Place, Sentence

ItemKind = Literal["known", "common", "place", "name", "possessive", "article"]

# The word before a title or group noun that makes it refer to one: "the president" (a
# possessive does too: "the country's interior ministry").
ARTICLES = frozenset({"the"})
POSSESSIVES = frozenset({"'s", "’s", "'S", "’S"})
MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class Item:
    """A candidate in a sentence: tokens `first` to `end` (exclusive) and what they may be."""

    kind: ItemKind
    first: int
    end: int
    start: int
    stop: int
    text: str
    known: Known | None = None
    common: Common | None = None
    place: Place | None = None
    name_type: ner.NameType | None = None


@dataclass(frozen=True)
class SentenceItems:
    tokens: list[Token]
    items: list[Item]


@dataclass(frozen=True)
class Appositive:
    """What a phrase after a name says of the person: "Kate Mallinson, a Central Asia analyst"."""

    role: ActorRole | None
    country: str | None
    title: str | None


# Words that end the search for an appositive: the phrase after the comma is a clause.
CLAUSE_WORDS = frozenset({"who", "which", "that", "said", "says", "told", "and", "but", "as"})
APPOSITIVE_WORDS = 5  # at most this many words between the comma and the title


def find_items(
    text: str, sentences: Sequence[Sentence], places: Sequence[Place], lexicon: Lexicon
) -> list[SentenceItems]:
    """The actor candidates of every sentence, in text order.

    Two passes: the dictionary and the place stage's places first, sentence by sentence; then
    the statistical model names what they left, for the whole report at once (`ner` decodes
    many sentences together far cheaper than one by one).
    """
    places = sorted(places, key=lambda place: place.start)
    known = []
    for sentence in sentences:
        tokens = ner.tokenize(text, sentence.start, sentence.end)
        items = _dictionary_items(text, tokens, lexicon)
        known.append((tokens, _merge(items, _place_items(text, tokens, places, items))))
    named = _model_items(text, known, ner.chosen_path())
    found = []
    for (tokens, items), names in zip(known, named, strict=True):
        items = _with_names(items, names)
        items = _merge(items, _titled_names(text, tokens, items))
        found.append(SentenceItems(tokens, items))
    _add_surnames(text, found)
    return found


def appositives(sentence: SentenceItems) -> dict[int, Appositive]:
    """Appositives of the people named in a sentence, by the start of the name."""
    found = {}
    for index, item in enumerate(sentence.items):
        is_person = item.name_type == "PER" or (item.known and item.known.category == "person")
        if is_person and item.end < len(sentence.tokens) and sentence.tokens[item.end].text == ",":
            appositive = _appositive(sentence, index)
            if appositive is not None:
                found[item.start] = appositive
    return found


def _appositive(sentence: SentenceItems, index: int) -> Appositive | None:
    """The title (and the group and country before it) in the words after the name's comma."""
    limit = sentence.items[index].end + 1 + APPOSITIVE_WORDS
    by_first = {item.first: item for item in sentence.items[index + 1 :]}
    role: ActorRole | None = None
    country: str | None = None
    position = sentence.items[index].end + 1
    while position <= limit and position < len(sentence.tokens):
        item = by_first.get(position)
        word = sentence.tokens[position].text
        if item is None and (
            word.lower() in CLAUSE_WORDS or not (word[0].isalnum() or "'" in word)
        ):
            return None
        if item is not None and item.common is not None:
            if item.common.title is not None:
                title = item.common.title
                return Appositive(role or title.role, country, title.title)
            if item.common.group is not None:
                role = item.common.group.role
        elif item is not None and item.known is not None and item.known.category != "person":
            country = item.known.country or country
            role = item.known.role or role
        elif item is not None and item.place is not None:
            country = item.place.country
        elif item is not None and item.name_type == "PER":
            return None  # another person: a list, not an appositive
        position = item.end if item is not None else position + 1
    return None


def _dictionary_items(text: str, tokens: list[Token], lexicon: Lexicon) -> list[Item]:
    words = list(map(attrgetter("text"), tokens))
    lowered = list(map(str.lower, words))
    headline = ner.is_headline(words)
    items = []
    end = 0  # the end of the last entry found: no other starts inside it
    for i in _openings(lowered, lexicon):
        if i < end:
            continue
        proper = None if headline else lexicon.match_proper(words, i)
        common = lexicon.match_common(lowered, i)
        if proper is not None and (common is None or proper[0] >= common[0]):
            end = i + proper[0]
            items.append(_item(text, "known", tokens, i, end, known=proper[1]))
        elif common is not None:
            end = i + common[0]
            items.append(_item(text, "common", tokens, i, end, common=common[1]))
        elif words[i] in POSSESSIVES:
            items.append(_item(text, "possessive", tokens, i, i + 1))
        elif lowered[i] in ARTICLES:
            items.append(_item(text, "article", tokens, i, i + 1))
    return items


def _openings(lowered: list[str], lexicon: Lexicon) -> Iterator[int]:
    """Positions of the words that may open an item: the first word of an entry, a possessive,
    an article. Most words open none, so one set lookup per word tells, run in C by `map`."""
    return compress(count(), map(_opening_words(lexicon.opening_words).__contains__, lowered))


@cache
def _opening_words(entries: frozenset[str]) -> frozenset[str]:
    return entries | {word.lower() for word in POSSESSIVES} | ARTICLES


def _place_items(
    text: str, tokens: list[Token], places: Sequence[Place], items: list[Item]
) -> list[Item]:
    """The places of the place stage (sorted by start) that the dictionary did not cover."""
    if not tokens or not places:
        return []
    covered = _covered(items)
    token_starts = [token.start for token in tokens]
    first_place = bisect.bisect_left(places, tokens[0].start, key=lambda place: place.start)
    found = []
    for place in places[first_place:]:
        if place.start >= tokens[-1].end:
            break
        first = bisect.bisect_left(token_starts, place.start)
        end = first
        while end < len(tokens) and tokens[end].end <= place.end:
            end += 1
        inside = [i for i in range(first, end) if i not in covered]
        if inside:
            found.append(_item(text, "place", tokens, inside[0], inside[-1] + 1, place=place))
    return found


def _model_items(
    text: str, sentences: list[tuple[list[Token], list[Item]]], path: ner.NerPath
) -> list[list[Item]]:
    """For each sentence (its tokens and the dictionary's items), the names the statistical
    NER finds where the dictionary found nothing.

    A name of several words that overlaps only country words wins over them ("Jordan
    Henderson"); any other overlap keeps the dictionary's reading.
    """
    asked = []
    for tokens, items in sentences:
        words = list(map(attrgetter("text"), tokens))
        covered = _covered(items)
        candidates = [
            i
            for i in _capitalized(words)
            if i not in covered and (i > 0 or ner.may_be_name(words[i]))
        ]
        asked.append((words, candidates))
    tagged = iter(ner.tag_around_many([ask for ask in asked if ask[1]], path))
    return [
        _names(text, tokens, items, next(tagged)) if candidates else []
        for (tokens, items), (_, candidates) in zip(sentences, asked, strict=True)
    ]


def _names(text: str, tokens: list[Token], items: list[Item], labels: list[str]) -> list[Item]:
    """The model's names in a sentence's `labels`, as items."""
    covered = _covered(items)
    countries = {
        i
        for item in items
        if item.known is not None and item.known.category != "person"
        for i in range(item.first, item.end)
    }
    titled = {item.end for item in items if item.common is not None and item.common.title}
    found = []
    for first, end, name_type in ner.entity_spans(labels):
        overlap = covered.intersection(range(first, end))
        if overlap and not (name_type == "PER" and end - first > 1 and overlap <= countries):
            continue
        if first in titled:
            name_type = "PER"  # a name right after a title is a person's: "Mr. Haddad"
        elif name_type == "PER" and end - first == 1:
            continue  # a lone word as a person only after a title, or as a known surname (below)
        found.append(_item(text, "name", tokens, first, end, name_type=name_type))
    return found


def _capitalized(words: list[str]) -> Iterator[int]:
    """Positions of the words that start with a capital letter (tested in C, by `map`)."""
    return compress(count(), map(str.isupper, map(itemgetter(0), words)))


def _titled_names(text: str, tokens: list[Token], items: list[Item]) -> list[Item]:
    """Capitalized words right after a title, as a person's name the model may have missed."""
    covered = _covered(items)
    found = []
    for item in items:
        if item.common is None or item.common.title is None:
            continue
        end = item.end
        while (
            end < len(tokens)
            and end not in covered
            and end - item.end < MAX_NAME_WORDS
            and tokens[end].text[:1].isupper()
            and tokens[end].text[1:2].islower()
        ):
            end += 1
        if end > item.end:
            found.append(_item(text, "name", tokens, item.end, end, name_type="PER"))
    return found


def _add_surnames(text: str, found: list[SentenceItems]) -> None:
    """Mark bare surnames of people named in full earlier in the report ("Psaki")."""
    surnames: set[str] = set()
    for index, sentence in enumerate(found):
        items = sentence.items
        for i, item in enumerate(items):
            if item.kind == "name" and item.end - item.first == 1 and item.text in surnames:
                items[i] = _item(
                    text, "name", sentence.tokens, item.first, item.end, name_type="PER"
                )
        covered = _covered(items)
        extra = [
            _item(text, "name", sentence.tokens, i, i + 1, name_type="PER")
            for i, token in enumerate(sentence.tokens)
            if token.text in surnames and i not in covered
        ]
        found[index] = SentenceItems(sentence.tokens, _merge(items, extra))
        for item in found[index].items:
            if item.kind == "name" and item.name_type == "PER":
                surnames.add(sentence.tokens[item.end - 1].text)


def _item(
    text: str, kind: ItemKind, tokens: list[Token], first: int, end: int, **what: object
) -> Item:
    start, stop = tokens[first].start, tokens[end - 1].end
    return Item(kind, first, end, start, stop, text[start:stop], **what)  # type: ignore[arg-type]


def _covered(items: list[Item]) -> set[int]:
    return {i for item in items if item.kind != "article" for i in range(item.first, item.end)}


def _with_names(items: list[Item], names: list[Item]) -> list[Item]:
    """Items with the model's names added, dropping the country words a name overrides."""
    named = {i for name in names for i in range(name.first, name.end)}
    kept = [item for item in items if named.isdisjoint(range(item.first, item.end))]
    return _merge(kept, names)


def _merge(items: list[Item], extra: list[Item]) -> list[Item]:
    return sorted([*items, *extra], key=lambda item: item.first)
