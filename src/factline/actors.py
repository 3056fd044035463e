"""The actor stage: who acts in a report, each mention resolved to a canonical actor.

*Find* (`factline.actors_mentions`) gives each sentence's candidates from the dictionary, the
place stage and the statistical NER. *Attach* (here) reads each run of adjacent candidates as a
phrase ("Kazakh security forces", "Almaty police spokeswoman Saltanat Azirbek", "White House press
secretary Jen Psaki") and resolves it within the report:

- a country word before a group gives the group's country ("Russian troops" → RU); a place gives
  its country and name ("Almaty police" → KZ);
- a group named without a country ("the police", "the government") belongs to the country last
  named with it, or for domestic roles to the report's focus country (the one named most);
- a title and the groups before a name give the person's role and country, and later short forms
  resolve to the full name ("Tokayev", "Psaki", "the president").
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from factline.actors_lexicon import Group, Known, Lexicon, Title, lexicon
from factline.actors_mentions import Appositive, Item, SentenceItems, appositives, find_items
from factline.gazetteer import load_gazetteer
from factline.record import Actor, ActorKind, ActorRole, Analysis

Value = TypeVar("Value", bound=str)

# Roles of groups that, named without a country, are taken to be the focus country's own.
DOMESTIC_ROLES = frozenset({"government", "security", "protesters", "opposition", "civilians"})


def find_actors(analysis: Analysis) -> tuple[Actor, ...]:
    """Every actor mention of the report, in text order, with ids a1, a2, …"""
    words = lexicon()
    sentences = find_items(analysis.text, analysis.sentences, analysis.places, words)
    report = Report(analysis.text, words, focus_country(sentences))
    mentions: list[Actor] = []
    for sentence in sentences:
        report.appositives = appositives(sentence)
        for run in _adjacent_runs(sentence.items):
            mentions.extend(report.read_run(run))
            if len(run) == 1 and _capital_acting(sentence, run[0]):
                mentions.append(_government_of_capital(run[0], words))
    mentions.sort(key=lambda actor: actor.start)
    return tuple(_numbered(actor, number) for number, actor in enumerate(mentions, 1))


# Words that make a capital's name its government acting or acted on: a verb after it
# ("Washington demanded", "Moscow has offered", "Beijing on Monday accused") or before it
# ("accused Taipei of provocation"), in the past, the present or after an auxiliary.
AUXILIARIES = frozenset("has have had will would could can may might must should".split())
# Verbs of the present that a capital's name often stands before in headlines and leads ("Berlin
# applauds", "Beijing warns"); other words in "-s" are as often nouns ("Buenos Aires banks").
PRESENT_VERBS = frozenset(
    """
    says warns urges denies rejects accuses demands calls wants insists threatens plans agrees
    refuses condemns welcomes backs offers applauds hails blames asks seeks vows pledges
    announces expels recalls summons protests slams criticises criticizes responds retaliates
    suspends imposes lifts orders sends signs joins supports opposes
    """.split()
)
# Words before a capital's name that make it the city: a preposition, an article, a side of it.
CITY_LEADS = frozenset(
    """
    in at to from near of into for with by on across outside around via through toward towards
    the a an central western eastern northern southern east west north south downtown greater
    """.split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _capital_acting(sentence: SentenceItems, item: Item) -> bool:
    """Whether a national capital's name stands alone as a subject ("Washington demanded that
    Hamas renounce violence", "Beijing on Monday accused") or a verb's object ("accused Taipei
    of provocation"): its country's government acts or is acted on, where "in Moscow", "central
    Kabul" or "Moscow's metro" is the city."""
    if item.kind != "place" or item.place is None or not _is_capital(item.place.geonames_id):
        return False
    tokens = sentence.tokens
    before = tokens[item.first - 1].text if item.first > 0 else ""
    if before.lower() in CITY_LEADS:
        return False
    after = [token.text for token in tokens[item.end : item.end + 3]]
    if after[:1] == ["on"] and len(after) == 3 and after[1].lower() in WEEKDAYS:
        after = after[2:]  # "Beijing on Monday accused"
    return _is_verb(before) or (bool(after) and _is_verb(after[0]))


def _is_verb(word: str) -> bool:
    """Whether a word reads as a finite verb or an auxiliary ("accused", "says", "has"); a
    rough test, for the word beside a capital's name."""
    if not (word.isalpha() and word.islower()):
        return False
    return word in AUXILIARIES or word in PRESENT_VERBS or word.endswith("ed")


def _is_capital(geonames_id: int | None) -> bool:
    entry = load_gazetteer().find_id(geonames_id) if geonames_id else None
    return entry is not None and entry.kind == "capital"


def _government_of_capital(item: Item, words: Lexicon) -> Actor:
    """The government that a capital's name stands for ("Washington" → the US government)."""
    assert item.place is not None
    country = item.place.country
    name = f"{words.adjective(country)} government" if country else item.text
    return _mention(item, name, "organization", "government", country)


def focus_country(sentences: Sequence[SentenceItems]) -> str | None:
    """The country a report is about: the one its country names and places name most often.

    Adjectives ("Russian") count half: reports name the countries they are about as nouns.
    """
    votes: Counter[str] = Counter()  # counts of halves: an adjective is 1, a name 2
    for sentence in sentences:
        for item in sentence.items:
            if item.place is not None and item.place.country:
                votes[item.place.country] += 2
            elif item.known is not None and item.known.category == "country":
                votes[item.known.country or ""] += 2
            elif item.known is not None and item.known.category in ("adjective", "people"):
                votes[item.known.country or ""] += 1
    ranked = [(country, count) for country, count in votes.most_common(2) if country]
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _adjacent_runs(items: list[Item]) -> list[list[Item]]:
    """Items split into runs of token-adjacent ones: each run reads as one phrase."""
    runs: list[list[Item]] = []
    for item in items:
        if runs and runs[-1][-1].end == item.first:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


@dataclass
class Qualifier:
    """What the words before a group or a name say: whose it is and in which role."""

    start: int | None = None
    country: str | None = None
    place: str | None = None
    owner: str | None = None
    role: ActorRole | None = None
    title: Title | None = None
    article: bool = False


@dataclass
class Person:
    name: str
    role: ActorRole | None
    country: str | None
    title: str | None


@dataclass
class Report:
    """What the report has said so far about its actors, for resolving later mentions."""

    text: str
    words: Lexicon
    focus: str | None
    people: dict[str, Person] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)
    group_countries: dict[str, str] = field(default_factory=dict)
    last_international: Known | None = None
    appositives: dict[int, Appositive] = field(default_factory=dict)

    def read_run(self, run: list[Item]) -> list[Actor]:
        """The actor mentions of one run of adjacent items, left to right."""
        mentions: list[Actor] = []
        qualifier = Qualifier()
        for index, item in enumerate(run):
            qualifier.article = index > 0 and run[index - 1].kind in ("article", "possessive")
            following = run[index + 1] if index + 1 < len(run) else None
            mention = self._read_item(item, following, qualifier)
            if mention is not None:
                mentions.append(mention)
        return mentions

    def _read_item(self, item: Item, following: Item | None, qualifier: Qualifier) -> Actor | None:
        if item.kind == "article":
            return None
        if item.kind == "place" and item.place is not None:
            qualifier.country = item.place.country
            qualifier.place = item.place.name
            qualifier.start = item.start if qualifier.start is None else qualifier.start
            return None
        if item.known is not None and item.known.category == "person":
            return self._person(item, item.known.name, qualifier)
        if item.known is not None:
            return self._known(item, following, qualifier)
        if item.common is not None:
            return self._common(item, following, qualifier)
        organization = item.kind == "name" and self.words.names_organization(item.text)
        if item.kind == "name" and item.name_type == "PER" and not organization:
            return self._person(item, item.text, qualifier)
        if item.kind == "name" and (item.name_type == "ORG" or organization):
            role = self.words.organization_role(item.text)
            return _mention(item, item.text, "organization", role, None)
        return None

    def _known(self, item: Item, following: Item | None, qualifier: Qualifier) -> Actor | None:
        known = item.known
        assert known is not None
        qualifier.country = known.country
        qualifier.place = qualifier.owner = None
        if known.category == "organization":
            qualifier.role = known.role
            qualifier.owner = item.text
            if known.role == "international":
                self.last_international = known
            return _mention(item, known.name, known.kind, known.role, known.country)
        if known.category in ("adjective", "country") and _is_group_or_title(following):
            qualifier.start = item.start if qualifier.start is None else qualifier.start
            return None
        if known.category == "people":
            return _mention(item, item.text, "group", known.role, known.country)
        return _mention(item, known.name, "country", None, known.country)

    def _common(self, item: Item, following: Item | None, qualifier: Qualifier) -> Actor | None:
        common = item.common
        assert common is not None
        names_follow = following is not None and following.kind in ("name", "known")
        if common.title is not None and (names_follow or common.group is None):
            qualifier.title = common.title
            if not names_follow and common.title.head:
                return self._title_alone(item, common.title, qualifier)
            if following is None and qualifier.country is not None:
                return self._unnamed_holder(item, common.title, qualifier)
            return None
        if common.group is None:
            return None
        mention = self._group(item, common.group, qualifier)
        qualifier.start = None
        if mention is not None:
            qualifier.role = common.group.role
            qualifier.country = mention.country
        return mention

    def _group(self, item: Item, group: Group, qualifier: Qualifier) -> Actor | None:
        if qualifier.country is None and not (group.alone or qualifier.article):
            return None
        if group.role == "international":
            return self._alliance(item, qualifier)
        start = item.start if qualifier.start is None else qualifier.start
        country = qualifier.country
        if country is None and qualifier.owner is None:
            country = self._group_country(group)
        if qualifier.country is not None:
            self.group_countries[group.name] = qualifier.country
        if qualifier.place is not None:
            name = f"{qualifier.place} {group.name}"
        elif qualifier.owner is not None and qualifier.country is None:
            name = f"{qualifier.owner} {group.name}"
        elif country is not None:
            name = f"{self.words.adjective(country)} {group.name}"
        else:
            name = group.name
        phrase = dataclasses.replace(item, start=start, text=self.text[start : item.stop])
        return _mention(phrase, name, group.kind, group.role, country)

    def _unnamed_holder(self, item: Item, title: Title, qualifier: Qualifier) -> Actor | None:
        """ "A French minister", "a Russian official": someone the report does not name, who
        holds an office of a named country; "the minister" alone names no one."""
        if title.role is None or qualifier.country is None or qualifier.start is None:
            return None  # (nor "a Hamas commander", whose body is the actor)
        name = f"{self.words.adjective(qualifier.country)} {title.title}"
        start = qualifier.start
        phrase = dataclasses.replace(item, start=start, text=self.text[start : item.stop])
        return _mention(phrase, name, "person", title.role, qualifier.country)

    def _alliance(self, item: Item, qualifier: Qualifier) -> Actor | None:
        """ "the alliance", "the bloc": the international body the report named last."""
        known = self.last_international
        if qualifier.owner is not None or qualifier.country is not None or known is None:
            return None
        return _mention(item, known.name, known.kind, known.role, known.country)

    def _group_country(self, group: Group) -> str | None:
        if group.name in self.group_countries:
            return self.group_countries[group.name]
        return self.focus if group.role in DOMESTIC_ROLES else None

    def _person(self, item: Item, name: str, qualifier: Qualifier) -> Actor:
        """A person, with role, country and title from the first of: the dictionary, what the
        report said of them before, the words before the name, the appositive after it."""
        name = self.surnames.get(name, name)
        known = item.known
        earlier = self.people.get(name)
        title = qualifier.title
        after = self.appositives.get(item.start)
        role: ActorRole | None = _first(
            known.role if known else None,
            earlier.role if earlier else None,
            qualifier.role,
            title.role if title else None,
            after.role if after else None,
        )
        country = _first(
            known.country if known else None,
            earlier.country if earlier else None,
            qualifier.country,
            after.country if after else None,
        )
        held = _first(
            title.title if title else None,
            known.title if known else None,
            after.title if after else None,
        )
        if earlier is None or (earlier.title is None and held is not None):
            self.people[name] = Person(name, role, country, held)
        if " " in name:
            self.surnames[name.rsplit(" ", 1)[1]] = name
        _reset(qualifier)
        return _mention(item, name, "person", role, country)

    def _title_alone(self, item: Item, title: Title, qualifier: Qualifier) -> Actor | None:
        """ "the president": the person of the report who holds that title, if one does."""
        if not qualifier.article and qualifier.country is None:
            return None
        holders = [person for person in self.people.values() if person.title == title.title]
        if qualifier.country is not None:
            holders = [person for person in holders if person.country == qualifier.country]
        if not holders:
            return None
        holder = next((p for p in reversed(holders) if p.country == self.focus), holders[-1])
        _reset(qualifier)
        return _mention(item, holder.name, "person", holder.role, holder.country)


def _first(*values: Value | None) -> Value | None:
    """The first value that is known."""
    return next((value for value in values if value), None)


def _is_group_or_title(item: Item | None) -> bool:
    return item is not None and item.common is not None


def _reset(qualifier: Qualifier) -> None:
    qualifier.start = qualifier.country = qualifier.place = qualifier.owner = qualifier.role = None
    qualifier.title = None


def _mention(
    item: Item, name: str, kind: ActorKind, role: ActorRole | None, country: str | None
) -> Actor:
    return Actor("", item.text, item.start, item.stop, name, kind, role, country)


def _numbered(actor: Actor, number: int) -> Actor:
    """The mention with its id, a1, a2, …: `dataclasses.replace` written out, which is several
    times faster, and a report has hundreds of mentions."""
    return Actor(
        f"a{number}",
        actor.text,
        actor.start,
        actor.end,
        actor.name,
        actor.kind,
        actor.role,
        actor.country,
    )
