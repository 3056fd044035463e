"""The actor stage: canonical names, kinds, roles and countries of who acts in a report."""

from __future__ import annotations

import pytest

from factline import analyze
from factline.actors import find_actors
from factline.record import Actor, Analysis, Document, Place
from factline.segment import split_sentences


def actors_of(text: str, places: tuple[Place, ...] = ()) -> tuple[Actor, ...]:
    analysis = Analysis(
        document=Document(text=text), sentences=split_sentences(text), places=places
    )
    return find_actors(analysis)


def place(text: str, name: str, country: str) -> Place:
    """A Place as the place stage gives it, for the first `name` in `text`."""
    start = text.index(name)
    return Place("p1", name, start, start + len(name), name, country)


def described(actors: tuple[Actor, ...]) -> list[tuple[str, str, str, str | None, str | None]]:
    return [(a.text, a.name, a.kind, a.role, a.country) for a in actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakh security forces confirmed that 12 police officers were killed.",
            [
                ("Kazakh security forces", "Kazakh security forces", "group", "security", "KZ"),
                ("police officers", "Kazakh police", "group", "security", "KZ"),
            ],
        ),
        (
            "Russian troops are currently being deployed, according to reports.",
            [("Russian troops", "Russian troops", "group", "military", "RU")],
        ),
        (
            "UK officials and US troops met Chinese diplomats.",
            [
                ("UK officials", "British government", "organization", "government", "GB"),
                ("US troops", "American troops", "group", "military", "US"),
                ("Chinese", "China", "country", None, "CN"),
            ],
        ),
        (
            "Belarusian President Alexander Lukashenko met Putin. The Kremlin said Lukashenko"
            " agreed.",
            [
                ("Alexander Lukashenko", "Alexander Lukashenko", "person", "government", "BY"),
                ("Putin", "Vladimir Putin", "person", "government", "RU"),
                ("Kremlin", "Kremlin", "organization", "government", "RU"),
                ("Lukashenko", "Alexander Lukashenko", "person", "government", "BY"),
            ],
        ),
        (
            "Tokayev appealed for intervention from the Collective Security Treaty Organization"
            " CSTO, a Russia-led alliance of countries including Armenia.",
            [
                ("Tokayev", "Kassym-Jomart Tokayev", "person", "government", "KZ"),
                (
                    "Collective Security Treaty Organization",
                    "Collective Security Treaty Organization",
                    "organization",
                    "international",
                    None,
                ),
                (
                    "CSTO",
                    "Collective Security Treaty Organization",
                    "organization",
                    "international",
                    None,
                ),
                ("Armenia", "Armenia", "country", None, "AM"),
            ],
        ),
        (
            "Opposition leader Maria Kolesnikova was detained by Belarusian security forces.",
            [
                ("Maria Kolesnikova", "Maria Kolesnikova", "person", "opposition", None),
                (
                    "Belarusian security forces",
                    "Belarusian security forces",
                    "group",
                    "security",
                    "BY",
                ),
            ],
        ),
        (
            "In a press conference, White House press secretary Jen Psaki dismissed the claims."
            " Psaki said the U.S. was monitoring reports.",
            [
                ("White House", "White House", "organization", "government", "US"),
                ("Jen Psaki", "Jen Psaki", "person", "government", "US"),
                ("Psaki", "Jen Psaki", "person", "government", "US"),
                ("U.S.", "United States", "country", None, "US"),
            ],
        ),
        (
            "Protesters clashed with riot police and dozens of attackers were arrested.",
            [
                ("Protesters", "protesters", "group", "protesters", None),
                ("riot police", "police", "group", "security", None),
                ("attackers", "attackers", "group", "other", None),
            ],
        ),
        (
            "NATO said the alliance would respond. The Russia-led bloc met.",
            [
                (
                    "NATO",
                    "North Atlantic Treaty Organization",
                    "organization",
                    "international",
                    None,
                ),
                (
                    "alliance",
                    "North Atlantic Treaty Organization",
                    "organization",
                    "international",
                    None,
                ),
            ],
        ),
        (
            "Mr. Haddad met Dr. Ahmed Hassan. Haddad said Hassan agreed.",
            [
                ("Haddad", "Haddad", "person", None, None),
                ("Ahmed Hassan", "Ahmed Hassan", "person", None, None),
                ("Haddad", "Haddad", "person", None, None),
                ("Hassan", "Ahmed Hassan", "person", None, None),
            ],
        ),
        (
            "The Ministry of Defence and Khabar News said so.",
            [
                ("Ministry of Defence", "defence ministry", "organization", "military", None),
                ("Khabar News", "Khabar News", "organization", "media", None),
            ],
        ),
        ("The president resigned on Monday.", []),
    ],
)
def test_actors_in_sentences(text: str, expected: list[tuple[str, ...]]) -> None:
    assert described(actors_of(text)) == expected


def test_place_gives_a_group_its_city_and_country() -> None:
    text = "Almaty police spokeswoman Saltanat Azirbek said dozens of attackers were arrested."
    actors = actors_of(text, (place(text, "Almaty", "KZ"),))
    assert described(actors)[:2] == [
        ("Almaty police", "Almaty police", "group", "security", "KZ"),
        ("Saltanat Azirbek", "Saltanat Azirbek", "person", "security", "KZ"),
    ]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Kate Mallinson, a Central Asia analyst with the Prism group, said so.",
            ("Kate Mallinson", "other", None),
        ),
        ("Marat Bekov, the Almaty police chief, said so.", ("Marat Bekov", "security", "KZ")),
        ("Ivan Petrov, who met the police, left.", ("Ivan Petrov", None, None)),
        ("Anna Ivanova, Dmitry Orlov and others came.", ("Anna Ivanova", None, None)),
    ],
)
def test_appositive_after_a_name_gives_role_and_country(
    text: str, person: tuple[str, str | None, str | None]
) -> None:
    actors = actors_of(text, (place(text, "Almaty", "KZ"),) if "Almaty" in text else ())
    assert (actors[0].name, actors[0].role, actors[0].country) == person


def test_title_alone_resolves_to_the_person_who_holds_it() -> None:
    text = (
        "A bloc said it would support President Kassym-Jomart Tokayev. The president's residence"
        " was set on fire."
    )
    names = [(a.text, a.name) for a in actors_of(text)]
    assert ("president", "Kassym-Jomart Tokayev") in names


def test_group_without_country_takes_the_reports_focus_country() -> None:
    text = (
        "Kazakhstan declared a state of emergency. Protests spread across Kazakhstan. The police"
        " fired tear gas at demonstrators."
    )
    groups = {(a.text, a.name, a.country) for a in actors_of(text) if a.kind == "group"}
    assert groups == {
        ("police", "Kazakh police", "KZ"),
        ("demonstrators", "Kazakh protesters", "KZ"),
    }


def test_ids_follow_text_order_and_spans_point_into_the_text(seed_text: str) -> None:
    actors = actors_of(seed_text)
    assert [a.id for a in actors] == [f"a{n}" for n in range(1, len(actors) + 1)]
    assert [a.start for a in actors] == sorted(a.start for a in actors)
    for actor in actors:
        assert seed_text[actor.start : actor.end] == actor.text


@pytest.mark.parametrize(
    ("name", "kind", "roles", "country"),
    [
        ("Kassym-Jomart Tokayev", "person", {"government"}, "KZ"),
        ("Nursultan Nazarbayev", "person", {"government"}, "KZ"),
        ("Collective Security Treaty Organization", "organization", {"international"}, None),
        ("Russia", "country", {None}, "RU"),
        ("Kazakh government", "organization", {"government"}, "KZ"),
        ("Kazakh police", "group", {"security"}, "KZ"),
        ("Kazakh security forces", "group", {"security"}, "KZ"),
        ("Kazakh protesters", "group", {"protesters"}, "KZ"),
        ("Saltanat Azirbek", "person", {"security", "government"}, "KZ"),
        ("Jen Psaki", "person", {"government"}, "US"),
    ],
)
def test_seed_actors(
    seed_text: str, name: str, kind: str, roles: set[str | None], country: str | None
) -> None:
    mentions = [a for a in actors_of(seed_text) if a.name == name]
    assert mentions, f"{name} not found"
    for mention in mentions:
        assert (mention.kind, mention.country) == (kind, country)
        assert mention.role in roles


def test_seed_bare_surname_resolves_to_the_full_name(seed_text: str) -> None:
    bare = [a for a in actors_of(seed_text) if a.text == "Tokayev"]
    assert len(bare) >= 4
    assert {a.name for a in bare} == {"Kassym-Jomart Tokayev"}


def test_long_hostile_line_is_read() -> None:
    text = "Police " * 20_000 + "Tokayev-" * 20_000 + "A" * 200_000
    actors = actors_of(text)
    assert actors[0].name == "police"
    assert all(text[a.start : a.end] == a.text for a in actors)


def test_many_places_in_one_sentence_are_read() -> None:
    text = "Almaty police " * 30_000
    places = tuple(
        Place(f"p{n}", "Almaty", n * 14, n * 14 + 6, "Almaty", "KZ") for n in range(30_000)
    )
    actors = actors_of(text, places)
    assert len(actors) == 30_000
    assert {(a.text, a.name) for a in actors} == {("Almaty police", "Almaty police")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Beijing on Monday accused Taipei of provocation.",
            [("Beijing", "Chinese government"), ("Taipei", "Taiwanese government")],
        ),
        (
            "Washington demanded that Hamas renounce violence.",
            [("Washington", "American government"), ("Hamas", "Hamas")],
        ),
        ("Protesters gathered in Moscow on Sunday.", [("Protesters", "Russian protesters")]),
        ("Moscow police arrested 20 people.", [("Moscow police", "Moscow police")]),
        ("Moscow's metro was closed.", []),
    ],
)
def test_a_capital_acting_or_acted_on_is_its_government(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    actors = analyze(sentence).actors
    assert [(actor.text, actor.name) for actor in actors] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A French minister threatened new import rules.", [("French minister", "person")]),
        ("A senior Saudi official rejected the suggestion.", [("Saudi official", "person")]),
        ("The minister rejected the suggestion.", []),
    ],
)
def test_an_unnamed_office_holder_of_a_named_country_is_an_actor(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    actors = analyze(sentence).actors
    assert [(actor.name, actor.kind) for actor in actors] == expected
