"""The lexicons of the figures stage, read once: counted subjects and their subset tree, nouns
and verbs that name a measure, toll phrases (`resources/figures/subjects.json`, `measures.json`).
"""

from __future__ import annotations

from functools import cache

from factline.actors_lexicon import lexicon as actor_lexicon
from factline.quantities import Phrases, load_resource
from factline.record import Measure

# "the number of confirmed dead", "the tally of known missing"
_COUNT_ADJECTIVES = ("confirmed", "known", "reported", "recorded", "registered")


@cache
def subjects() -> Phrases[str]:
    """The words of every counted subject ("police officers", "demonstrators") → subject, and
    the plural nouns of a country's people ("22 Indonesians died in the crush"), counted as
    `foreigners`, the subject of "nationals": a group told by its nationality is a part of the
    people counted, not their whole (though a report's own nationals are no foreigners: "42
    Serbs were arrested" in Mitrovica)."""
    table = load_resource("subjects.json")["subjects"]
    found = {
        tuple(word.lower() for word in phrase): "foreigners"
        for phrase, known in actor_lexicon().proper.items()
        if known.category == "people" and phrase[-1].endswith("s")
    }
    found.update((tuple(w.split()), name) for name, entry in table.items() for w in entry["words"])
    return Phrases(found)


@cache
def nationality_adjectives() -> Phrases[str]:
    """The words of a country's people used before a noun ("16 Bangladeshi dead", "two Sri
    Lankan deaths") → `foreigners`, as their plural ("Bangladeshis") counts: the singular of
    each plural people's name of the actors lexicon."""
    found = {}
    for phrase, known in actor_lexicon().proper.items():
        if known.category == "people" and phrase[-1].endswith("s"):
            words = tuple(word.lower() for word in phrase)
            found[(*words[:-1], words[-1][:-1])] = "foreigners"
    return Phrases(found)


@cache
def noun_measures() -> Phrases[Measure]:
    """Nouns that are themselves a measure: "deaths", "bodies", "injured", "arrests", and the
    adjectives that make one of a subject ("3,000 displaced families")."""
    data = load_resource("subjects.json")
    keys: dict[str, Measure] = {
        "death_nouns": "killed",
        "injury_nouns": "injured",
        "arrest_nouns": "arrested",
        "detention_nouns": "detained",
        "missing_nouns": "missing",
        "displacement_nouns": "displaced",
    }
    return Phrases({(word,): measure for key, measure in keys.items() for word in data[key]})


@cache
def measure_table(key: str) -> Phrases[Measure]:
    """One table of measures.json: verbs "after" the subject, "before" the number, "tolls"
    (with the toll phrases built from count nouns and participles, `built_tolls`)."""
    table = {tuple(p.split()): m for p, m in load_resource("measures.json")[key].items()}
    if key == "tolls":
        table = built_tolls() | table
    return Phrases(table)


@cache
def toll_participles() -> dict[str, Measure]:
    """Participles that name a measure in a toll or a list: "dead" → killed, "held" → detained."""
    participles: dict[str, Measure] = load_resource("measures.json")["toll_participles"]
    return participles


def built_tolls() -> dict[tuple[str, ...], Measure]:
    """Toll phrases made of a count noun and a participle, so that every wording of the kind
    is covered, not just the ones seen: "the number killed", "the tally of injured", "the count
    of people detained", "the number of those missing", "the number of persons killed" (any
    plural subject), and "the dead" ("the dead numbered 40")."""
    data = load_resource("measures.json")
    participles = toll_participles()
    links: tuple[tuple[str, ...], ...] = (
        (),
        ("of",),
        ("of", "people"),
        ("of", "those"),
        ("of", "the"),
    )
    links += tuple((*link, word) for link in links[1:] for word in _COUNT_ADJECTIVES)
    links += tuple(("of", word) for word in _counted_plurals())
    table: dict[tuple[str, ...], Measure] = {
        (noun, *link, word): measure
        for noun in data["generic_tolls"]
        for link in links
        for word, measure in participles.items()
    }
    table |= {("the", word): measure for word, measure in participles.items()}
    return table | relative_tolls()


def _counted_plurals() -> frozenset[str]:
    """The one-word plural subjects a toll may count: "the number of persons killed", "the
    count of inmates injured"."""
    return frozenset(
        word
        for words, _ in subjects().items()
        if len(words) == 1 and (word := words[0]).endswith("s") and word not in _NOT_COUNTED
    )


# Plural words of the subject table that a toll's "of" does not count ("the number of others")
_NOT_COUNTED = frozenset({"others", "lives", "officials", "members"})

# "the number of persons who lost their lives", "the count of those who have been evacuated"
_RELATIVE_GROUPS = ("people", "persons", "those", "patients", "passengers", "workers", "inmates")
_RELATIVE_AUXILIARIES = ((), ("were",), ("have",), ("had",), ("have", "been"), ("had", "been"))


def relative_tolls() -> dict[tuple[str, ...], Measure]:
    """Toll phrases whose measure is a relative clause on a count noun, built from every verb
    that names a measure after its subject, so that "the number of persons who fell ill" is a
    toll as surely as "the number of people injured" is."""
    data = load_resource("measures.json")
    return {
        (noun, "of", group, "who", *auxiliary, *verb.split()): measure
        for noun in data["generic_tolls"]
        for group in _RELATIVE_GROUPS
        for auxiliary in _RELATIVE_AUXILIARIES
        for verb, measure in data["after"].items()
    }


@cache
def toll_links() -> frozenset[str]:
    """Words between a toll and its number: "rose to", "stood at", "put at"."""
    return frozenset(w for p in load_resource("measures.json")["toll_links"] for w in p.split())


@cache
def generic_tolls() -> frozenset[str]:
    """Count nouns that name no measure of their own: "the true figure", "the number"."""
    return frozenset(load_resource("measures.json")["generic_tolls"])


@cache
def living_words() -> frozenset[str]:
    """Words that count people alive ("the number of survivors", "those rescued"): such a count
    never restates a toll of the dead."""
    return frozenset(load_resource("measures.json")["living_words"])


@cache
def shelter_stays() -> frozenset[str]:
    """Verbs of staying ("housed", "sleeping", "spent"), which say people are displaced when a
    place of shelter follows them."""
    return frozenset(load_resource("measures.json")["shelter_stays"])


@cache
def shelters() -> frozenset[str]:
    """Places of shelter ("school", "hall", "camps") where the displaced stay."""
    return frozenset(load_resource("measures.json")["shelters"])


@cache
def conditions() -> Phrases[bool]:
    """How the injured are ("in critical condition"): a count told so is a part of them."""
    return Phrases({tuple(p.split()): True for p in load_resource("measures.json")["conditions"]})


@cache
def subject_parents() -> dict[str, str | None]:
    """Each subject's broader subject ("protesters" → "people"), from subjects.json."""
    table = load_resource("subjects.json")["subjects"]
    return {name: entry["parent"] for name, entry in table.items()}


@cache
def toll_groups() -> frozenset[str]:
    """Subjects whose count of the dead is a whole toll ("15 inmates died" in a prison riot),
    so that another source's count of people is a rival of it, not its total."""
    return frozenset(load_resource("subjects.json")["toll_groups"])


def subject_within(inner: str, outer: str) -> bool:
    """Whether subject `inner` lies within `outer` ("children" within "people")."""
    parents = subject_parents()
    parent = parents.get(inner)
    while parent is not None:
        if parent == outer:
            return True
        parent = parents.get(parent)
    return False


def common_subject(first: str, second: str) -> str:
    """The narrowest subject that holds both ("police officers", "soldiers" → "security forces")."""
    parents = subject_parents()
    lineage: list[str] = []
    current: str | None = first
    while current is not None:
        lineage.append(current)
        current = parents.get(current)
    current = second
    while current is not None:
        if current in lineage:
            return current
        current = parents.get(current)
    return "people"


def default_measure(subject: str, phrase: str = "") -> Measure | None:
    """The measure of a count that no word names: what its subject, or the noun its subject
    phrase ends with (`default_by_noun`: a crew of firefighters), is counted for when nothing
    else is said."""
    data = load_resource("measures.json")
    if subject in data["participant_subjects"]:
        return "participants"
    by_noun: dict[str, Measure] = data["default_by_noun"]
    for noun, measure_of_noun in by_noun.items():
        if phrase == noun or phrase.endswith(" " + noun):
            return measure_of_noun
    measure: Measure | None = data["default_by_subject"].get(subject)
    return measure
