"""The ACLED export: the PLOVER -> ACLED mapping and rows in ACLED's columns."""

from __future__ import annotations

import csv
import math

import pytest

from conftest import shared_path
from factline import analyze
from factline.acled import (
    COLUMNS,
    acled_rows,
    acled_type,
    event_type_of_subtype,
    plover_to_acled,
)
from factline.record import Event, Span


def event(event_type: str, mode: str | None, status: str = "occurred") -> Event:
    return Event(
        id="e1",
        type=event_type,  # type: ignore[arg-type]
        trigger=Span("x", 0, 1),
        sentence=0,
        mode=mode,
        status=status,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("plover", "acled"),
    [
        (("PROTEST", "demo"), ("Protests", "Peaceful protest")),
        (("PROTEST", "riot"), ("Riots", "Violent demonstration")),
        (("PROTEST", "strike"), ("Protests", "Peaceful protest")),
        (("ASSAULT", "firearms"), ("Battles", "Armed clash")),
        (("ASSAULT", "aerial"), ("Explosions/Remote violence", "Air/drone strike")),
        (("ASSAULT", "crowd-control"), ("Protests", "Protest with intervention")),
        (("ASSAULT", None), ("Violence against civilians", "Attack")),
        (("COERCE", "arrest"), ("Strategic developments", "Arrests")),
        (("COERCE", "martial-law"), ("Strategic developments", "Other")),
        (("AGREE", None), ("Strategic developments", "Agreement")),
    ],
)
def test_default_mapping(plover: tuple[str, str | None], acled: tuple[str, str]) -> None:
    assert acled_type(event(*plover)) == acled


@pytest.mark.parametrize("plover_type", ["REQUEST", "ACCUSE", "REJECT", "CONSULT", "SUPPORT"])
def test_verbal_events_have_no_acled_type(plover_type: str) -> None:
    assert acled_type(event(plover_type, None)) is None


def test_mapping_table_names_only_acled_types() -> None:
    sub_event_types = event_type_of_subtype()
    assert len(sub_event_types) == 25
    for mapped in plover_to_acled().values():
        assert sub_event_types[mapped.sub_event_type] == mapped.event_type
        assert set(mapped.candidates) | set(mapped.wider) <= set(sub_event_types)
        assert mapped.sub_event_type in mapped.candidates


@pytest.mark.parametrize(
    ("passage", "plover", "sub_event_type"),
    [
        (
            "On 4 March 2022, students protested in Lima against fuel prices. Police dispersed "
            "them with tear gas and arrested 12. [size=no report]",
            ("PROTEST", "demo"),
            "Protest with intervention",
        ),
        (
            "On 9 May 2022, hundreds of people marched peacefully in Quito to demand higher "
            "wages. [size=hundreds]",
            ("PROTEST", "demo"),
            "Peaceful protest",
        ),
    ],
)
def test_classifier_chooses_among_candidates(
    passage: str, plover: tuple[str, str], sub_event_type: str
) -> None:
    assert acled_type(event(*plover), passage) == ("Protests", sub_event_type)


def test_rows_have_acled_columns_and_only_occurred_events() -> None:
    text = (
        "On 6 January 2022, police arrested 40 protesters in Almaty. "
        "The opposition plans to hold a rally on Sunday."
    )
    rows = list(acled_rows(analyze(text, published="2022-01-07")))
    assert len(rows) == 1
    assert tuple(rows[0]) == COLUMNS
    assert (rows[0]["event_type"], rows[0]["sub_event_type"]) == (
        "Strategic developments",
        "Arrests",
    )
    assert rows[0]["event_date"] == "2022-01-06"
    assert rows[0]["notes"].startswith("On 6 January 2022, police arrested")


def test_acled_almaty_row() -> None:
    """ACLED's own row for Almaty on 6 January 2022: rioting, 'dozens were killed' = 12."""
    path = shared_path(
        "data", "events", "acled-acledR", "acled_2022H1_caucasus_central_asia_208.csv"
    )
    with path.open(encoding="utf-8", newline="") as handle:
        gold = next(
            row
            for row in csv.DictReader(handle)
            if row["location"] == "Almaty" and row["fatalities"] == "12.0"
        )
    rows = list(acled_rows(analyze(gold["notes"])))
    assert rows and rows[0]["event_date"] == gold["event_date"]
    assert max(int(row["fatalities"]) for row in rows) == 12
    assert "Violent demonstration" in {row["sub_event_type"] for row in rows}


def test_seed_export_puts_almaty_events_in_almaty(seed_text: str) -> None:
    analysis = analyze(seed_text, published="2022-01-07")
    rows = [row for row in acled_rows(analysis) if "Almaty" in row["notes"]]
    assert rows
    for row in rows:
        assert (row["location"], row["country"]) == ("Almaty", "Kazakhstan")
        km = math.dist((float(row["latitude"]), float(row["longitude"])), (43.25, 76.92)) * 111
        assert km < 20
    kinds = {(row["event_type"], row["sub_event_type"]) for row in acled_rows(analysis)}
    assert ("Strategic developments", "Arrests") in kinds
    assert any(event_type in ("Protests", "Riots") for event_type, _ in kinds)


def test_an_event_on_a_street_is_located_in_the_town_it_stands_at() -> None:
    """ACLED's location column names towns: an event on a street the gazetteer lacks stands at
    the town the report names with the street, and its row names that town."""
    text = (
        "Hundreds of people rallied in Cairo on 3 March 2025. Police fired tear gas at "
        "protesters in Tahrir Square."
    )
    analysis = analyze(text, published="2025-03-04")
    square = next(place for place in analysis.places if place.text == "Tahrir Square")
    assert square.geonames_id is None and square.lat is not None
    assert square.id in {event.place for event in analysis.events}
    rows = list(acled_rows(analysis))
    assert rows and {row["location"] for row in rows} == {"Cairo"}


def test_a_protest_led_by_an_organization_is_the_crowds_in_actor1() -> None:
    """ACLED codes a protest by its crowd ("Protesters (Pakistan)"); the union or the council
    that led it is only an associated actor, which the export's columns do not hold."""
    analysis = analyze(
        "On 16 February 2022, employees of the WASA Municipal Corporations (local group) held a "
        "protest demonstration in Quetta, Pakistan, demanding the release of their salaries."
    )
    (row,) = [row for row in acled_rows(analysis) if row["event_type"] == "Protests"][:1]
    assert (row["actor1"], row["inter1"]) == ("Protesters (Pakistan)", "6")


@pytest.mark.parametrize(
    ("note", "event_type", "actor2"),
    [
        (
            "On 10 March 2022, hundreds of teachers protested against the Ecuadorian government "
            "in Quito to demand higher pay.",
            "Protests",
            ("", ""),
        ),
        (
            "On 2 April 2022, gunmen shot dead a shopkeeper in Maiduguri, Nigeria.",
            "Violence against civilians",
            ("Civilians (Nigeria)", "7"),
        ),
    ],
)
def test_the_second_actor_follows_acleds_conventions(
    note: str, event_type: str, actor2: tuple[str, str]
) -> None:
    """A peaceful protest's target (the government it protests against) is no second actor, and
    the victims of violence against civilians are civilians where no civilian is named."""
    rows = [row for row in acled_rows(analyze(note)) if row["event_type"] == event_type]
    assert rows and (rows[0]["actor2"], rows[0]["inter2"]) == actor2


@pytest.mark.parametrize(
    ("note", "actor1"),
    [
        (
            "On 13 February 2022, Turkish forces shelled Kurdish positions near Manbij, Syria.",
            ("Turkish armed forces", "8"),
        ),
        (
            "On 2 February 2022, a man was shot dead by unknown assailants in Culiacan, Mexico.",
            ("Unidentified Armed Group (Mexico)", "3"),
        ),
    ],
)
def test_foreign_forces_are_external_and_unnamed_killers_an_unidentified_group(
    note: str, actor1: tuple[str, str]
) -> None:
    (row,) = list(acled_rows(analyze(note)))[:1]
    assert (row["actor1"], row["inter1"]) == actor1
