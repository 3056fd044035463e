"""The actor dictionary: phrase tables of countries, organizations, people, groups and titles.

Built by `train/build_actors.py` into `resources/actors/lexicon.json` (sources and their origin in
`resources/actors/README.md`) and loaded once per process. Phrases are matched on the tokens of
`factline.ner.tokenize`, so "Kassym-Jomart Tokayev" is two tokens here as in the text. Proper
names match with their case; group nouns and titles ("security forces", "press secretary")
match in any case.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from factline.ner import tokenize
from factline.record import ActorKind, ActorRole

LEXICON_FILE = "lexicon.json"

Category = Literal["country", "adjective", "people", "organization", "person"]


@dataclass(frozen=True)
class Known:
    """A proper name of the dictionary: what actor it names."""

    category: Category
    name: str
    kind: ActorKind
    role: ActorRole | None
    country: str | None
    title: str | None = None


@dataclass(frozen=True)
class Group:
    """A group noun ("demonstrators") and the group it names ("protesters")."""

    name: str
    kind: ActorKind
    role: ActorRole
    alone: bool


@dataclass(frozen=True)
class Title:
    """A title before a name ("press secretary"): the role it implies, and whether "the TITLE"
    alone means the country's one holder (president, prime minister)."""

    title: str
    role: ActorRole | None
    head: bool


@dataclass(frozen=True)
class Common:
    """What a common-noun phrase can be: a group, a title, or both ("activist")."""

    group: Group | None = None
    title: Title | None = None


@dataclass(frozen=True)
class Lexicon:
    proper: dict[tuple[str, ...], Known]
    common: dict[tuple[str, ...], Common]
    country_names: dict[str, str]
    country_adjectives: dict[str, str]
    longest: int
    proper_first: frozenset[str]
    common_first: frozenset[str]
    organization_roles: dict[str, ActorRole]
    organization_ends: frozenset[str]
    # Both first-word sets in lower case: whether a word may open any entry, in one lookup.
    opening_words: frozenset[str]

    def match_proper(self, words: list[str], start: int) -> tuple[int, Known] | None:
        """The longest proper name starting at `words[start]`: (its length, entry)."""
        if words[start] not in self.proper_first:
            return None
        for length in range(min(self.longest, len(words) - start), 0, -1):
            known = self.proper.get(tuple(words[start : start + length]))
            if known is not None:
                return length, known
        return None

    def match_common(self, lowered: list[str], start: int) -> tuple[int, Common] | None:
        """The longest group noun or title starting at `lowered[start]`: (its length, entry)."""
        if lowered[start] not in self.common_first:
            return None
        for length in range(min(self.longest, len(lowered) - start), 0, -1):
            common = self.common.get(tuple(lowered[start : start + length]))
            if common is not None:
                return length, common
        return None

    def organization_role(self, name: str) -> ActorRole | None:
        """The role an unknown organization's name implies: "Ministry of Defence" → military."""
        for word in reversed(name.lower().split()):
            role = self.organization_roles.get(word)
            if role is not None:
                return role
        return None

    def names_organization(self, name: str) -> bool:
        """Whether a name ends as organizations' names do ("Carnegie Endowment")."""
        return name.rsplit(None, 1)[-1].lower() in self.organization_ends

    def adjective(self, country: str) -> str:
        """The adjective of a country ("Kazakh"), or its name where none is known."""
        return self.country_adjectives.get(country) or self.country_names.get(country, country)


def resource_dir() -> Path:
    return Path(str(resources.files("factline").joinpath("resources", "actors")))


@cache
def lexicon() -> Lexicon:
    """The actor dictionary, loaded once."""
    data = json.loads((resource_dir() / LEXICON_FILE).read_text(encoding="utf-8"))
    proper: dict[tuple[str, ...], Known] = {}
    names, adjectives = _add_countries(proper, data["countries"])
    for entry in data["organizations"]:
        known = Known("organization", entry["name"], entry["kind"], entry["role"], entry["country"])
        _add(proper, [entry["name"], *entry["aliases"]], known)
    for entry in data["people"]:
        known = Known(
            "person", entry["name"], "person", entry["role"], entry["country"], entry["title"]
        )
        _add(proper, [entry["name"], *entry["aliases"]], known)
    common = _common_phrases(data["groups"], data["titles"])
    longest = max(len(key) for key in [*proper, *common])
    proper_first = frozenset(key[0] for key in proper)
    common_first = frozenset(key[0] for key in common)
    return Lexicon(
        proper,
        common,
        names,
        adjectives,
        longest,
        proper_first,
        common_first,
        {word: entry["role"] for word, entry in data["organization_words"].items()},
        frozenset(word for word, entry in data["organization_words"].items() if entry["ends_name"]),
        frozenset(word.lower() for word in proper_first | common_first),
    )


def _add_countries(
    proper: dict[tuple[str, ...], Known], countries: dict[str, Any]
) -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    for code, entry in countries.items():
        name = entry["names"][0]
        names[code] = name
        if entry["adjectives"]:
            adjectives[code] = entry["adjectives"][0]
        # Later additions lose to earlier ones: names over adjectives over people nouns.
        _add(proper, entry["people"], Known("people", name, "group", "civilians", code))
        _add(proper, entry["adjectives"], Known("adjective", name, "country", None, code))
        _add(proper, entry["names"], Known("country", name, "country", None, code))
    return names, adjectives


def _add(proper: dict[tuple[str, ...], Known], phrases: list[str], known: Known) -> None:
    for phrase in phrases:
        proper[tuple(token.text for token in tokenize(phrase))] = known


def _common_phrases(
    groups: list[dict[str, Any]], titles: list[dict[str, Any]]
) -> dict[tuple[str, ...], Common]:
    common: dict[tuple[str, ...], Common] = {}
    for entry in groups:
        group = Group(entry["name"], entry["kind"], entry["role"], entry["alone"])
        for words in entry["words"]:
            common[_key(words)] = Common(group=group)
    for entry in titles:
        title = Title(entry["title"], entry["role"], entry["head"])
        key = _key(entry["title"])
        common[key] = Common(group=common.get(key, Common()).group, title=title)
    return common


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(token.text.lower() for token in tokenize(phrase))
