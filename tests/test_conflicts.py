"""The check stage: which figures disagree, across one report and across many."""

from __future__ import annotations

import dataclasses

import pytest

from factline import analyze
from factline.conflicts import (
    ClaimInContext,
    compare,
    event_date_conflicts,
    figure_conflicts,
    place_within,
    report_area,
)
from factline.record import Attribution, Claim, Event, Place, Span

ALMATY = Place("p1", "Almaty", 0, 6, "Almaty", country="KZ", admin1="Almaty")
SHYMKENT = Place("p2", "Shymkent", 0, 8, "Shymkent", country="KZ", admin1="Shymkent")
KAZAKHSTAN = Place("p3", "Kazakhstan", 0, 10, "Kazakhstan", country="KZ")
RUSSIA = Place("p4", "Russia", 0, 6, "Russia", country="RU")


def claim(
    text: str,
    subject: str,
    low: float | None,
    high: float | None,
    measure: str = "killed",
    stance: str = "reported",
    said_by: str | None = None,
) -> Claim:
    return Claim(
        id="c1",
        measure=measure,  # type: ignore[arg-type]
        subject=subject,
        text=text,
        start=0,
        end=len(text),
        low=low,
        high=high,
        qualifier="vague",
        sentence=0,
        said_by=Attribution(said_by) if said_by else None,
        stance=stance,  # type: ignore[arg-type]
    )


def report(
    item: Claim,
    document: str = "d1",
    published: str = "2022-01-07",
    place: Place | None = None,
    part: bool = False,
) -> ClaimInContext:
    return ClaimInContext(item, document, published, "Wire", place, part)


HUNDREDS = claim("hundreds of protesters", "protesters", 200, 999)
DOZENS = claim("dozens of protesters", "protesters", 24, 99)
DOZENS_PEOPLE = claim("dozens of people", "people", 24, 99)
HUNDREDS_PEOPLE = claim("hundreds of people", "people", 200, 999)
POLICE = claim("12 police officers", "police officers", 12, 12)
TOLL_164 = claim("164 people", "people", 164, 164)
TOLL_225 = claim("225 people", "people", 225, 225)
MONDAY_225 = dataclasses.replace(TOLL_225, date="2022-01-17")
TUESDAY_164 = dataclasses.replace(TOLL_164, date="2022-01-18")
CROWD_THOUSANDS = claim("thousands", "protesters", 2000, 9999, "participants")
CROWD_HUNDREDS = claim("hundreds", "protesters", 200, 999, "participants")


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        (report(HUNDREDS), report(DOZENS), "figure"),
        (report(HUNDREDS), report(HUNDREDS), None),
        (report(HUNDREDS), report(POLICE), None),
        (report(HUNDREDS), report(DOZENS_PEOPLE), "figure"),
        (report(HUNDREDS_PEOPLE), report(DOZENS), None),
        (report(DOZENS), report(HUNDREDS, part=True), "figure"),
        (report(HUNDREDS), report(DOZENS, part=True), None),
        (report(HUNDREDS), report(DOZENS_PEOPLE, part=True), None),
        (report(HUNDREDS, place=ALMATY), report(DOZENS, place=SHYMKENT), None),
        (report(HUNDREDS, place=ALMATY), report(DOZENS, place=KAZAKHSTAN), "figure"),
        (report(DOZENS, place=ALMATY), report(HUNDREDS, place=KAZAKHSTAN), None),
        (report(HUNDREDS, place=ALMATY), report(DOZENS, place=RUSSIA), None),
        (report(TOLL_164, "d1", "2022-01-09"), report(TOLL_225, "d2", "2022-01-15"), None),
        (report(TOLL_225, "d1", "2022-01-09"), report(TOLL_164, "d2", "2022-01-15"), "figure"),
        (report(MONDAY_225, "d1", "2022-01-20"), report(TUESDAY_164, "d1", "2022-01-20"), None),
        (report(MONDAY_225, "d1", "2022-01-20"), report(TOLL_164, "d1", "2022-01-20"), "figure"),
        (
            report(
                claim("thousands", "protesters", 2000, 9999, "participants"), "d1", "2022-01-05"
            ),
            report(claim("hundreds", "protesters", 200, 999, "participants"), "d2", "2022-01-06"),
            None,
        ),
        (
            report(claim("doubling", "gas price", 2, 2, "price")),
            report(claim("tripled", "gas price", 3, 3, "price")),
            None,
        ),
        (
            report(claim("50 protesters", "protesters", 50, 50, stance="denied", said_by="police")),
            report(claim("50 protesters", "protesters", 50, 50, said_by="medics")),
            "fact",
        ),
        (
            report(claim("50 protesters", "protesters", 50, 50, stance="denied")),
            report(claim("3 protesters", "protesters", 3, 3)),
            None,
        ),
    ],
)
def test_compare(first: ClaimInContext, second: ClaimInContext, kind: str | None) -> None:
    conflict = compare(first, second)
    assert (conflict.kind if conflict else None) == kind
    reverse = compare(second, first)
    assert (reverse.kind if reverse else None) == kind


@pytest.mark.parametrize(
    ("text", "conflicts"),
    [
        ("Police said 40 people were killed. Medics said 12 people were killed.", 1),
        ("On Monday, 40 people were killed. Another 12 people were killed on Tuesday.", 0),
        ("Forty people were killed on Monday, and 12 more people died overnight.", 0),
        ("At least 164 people, including 16 police officers, have been killed.", 0),
        ("Officials said 885 people were injured, 120 of them seriously. Medics said 300 people "
         "were injured.", 1),
        ("Hundreds of protesters were killed. Dozens of police officers were killed.", 0),
        ("Organisers said three demonstrators had been killed, but the interior ministry said "
         "the true figure was one.", 1),
        ("Police said 40 people were arrested. The number rose to 55 on Monday.", 0),
        ("Eighteen others were detained. Students said 160 demonstrators had been detained.", 0),
        ("The death toll rose to 27, officials said. In Tacloban, the mayor said 19 bodies had "
         "been recovered, while the Red Cross put the number at nine.", 1),
        ("Witnesses said soldiers killed at least 30 protesters, while the government said "
         "eight people had died.", 1),
    ],
)  # fmt: skip
def test_conflicts_in_one_report(text: str, conflicts: int) -> None:
    assert len(analyze(text, published="2022-01-20").conflicts) == conflicts


def test_explanation_reads_as_in_the_design() -> None:
    (conflict,) = figure_conflicts([report(HUNDREDS), report(DOZENS), report(POLICE)])
    assert conflict.explanation == "protesters killed: 'hundreds' (200..999) vs 'dozens' (24..99)"


def test_part_exceeding_its_whole_is_explained() -> None:
    (conflict,) = figure_conflicts([report(HUNDREDS), report(DOZENS_PEOPLE)])
    assert conflict.explanation == (
        "protesters killed 'hundreds' (200..999) exceed people killed 'dozens' (24..99)"
    )


@pytest.mark.parametrize(
    ("inner", "outer", "within"),
    [(ALMATY, KAZAKHSTAN, True), (KAZAKHSTAN, ALMATY, False), (ALMATY, RUSSIA, False),
     (ALMATY, SHYMKENT, False)],
)  # fmt: skip
def test_place_within(inner: Place, outer: Place, within: bool) -> None:
    assert place_within(inner, outer) is within


def test_report_area_is_the_place_named_most() -> None:
    places = [ALMATY, KAZAKHSTAN, RUSSIA, KAZAKHSTAN]
    assert report_area(places) == KAZAKHSTAN
    assert report_area([]) is None


def event(event_id: str, day: str, place: str = "p1") -> Event:
    trigger = Span("stormed", 0, 7)
    return Event(event_id, "ASSAULT", trigger, 0, mode="beat", date=day, place=place,
                 source="a1", target="a2")  # fmt: skip


@pytest.mark.parametrize(
    ("events", "count"),
    [
        ([event("e1", "2022-01-05"), event("e2", "2022-01-06")], 1),
        ([event("e1", "2022-01-05"), event("e2", "2022-01-05")], 0),
        ([event("e1", "2022-01-05"), event("e2", "2022-01-06", place="p2")], 0),
        ([event("e1", "2022-01"), event("e2", "2022-01-06")], 0),
    ],
)
def test_event_date_conflicts(events: list[Event], count: int) -> None:
    assert len(event_date_conflicts(events)) == count


def test_seed_conflicts(seed_text: str) -> None:
    analysis = analyze(seed_text, published="2022-01-07")
    texts = {c.id: c.text for c in analysis.claims}
    flagged = [{texts[item] for item in c.items} for c in analysis.conflicts]
    assert {"hundreds of protesters", "dozens of protestors"} in flagged
    assert any(
        "around 1,000 deaths" in pair and any("dozens" in t for t in pair) for pair in flagged
    )
    assert all(pair != {"12 police officers"} for pair in flagged)
    assert all(c.kind == "figure" for c in analysis.conflicts)
    assert [c.id for c in analysis.conflicts] == [f"x{n}" for n in range(1, len(flagged) + 1)]
    explanations = [c.explanation for c in analysis.conflicts]
    assert any(e.startswith("protesters killed: 'hundreds' (200..999) vs 'dozens' (24..99")
               for e in explanations)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "State television reported that 13 members of the security forces had been killed, "
        "two of them found beheaded.",
        "The prosecutor general's office said on Saturday that 225 people had died in the "
        "unrest, well above the previous official count of 164.",
    ],
)
def test_a_part_or_a_superseded_figure_is_no_rival(text: str) -> None:
    analysis = analyze(text, "2022-01-15")
    assert len(analysis.claims) == 2
    assert analysis.conflicts == ()


def test_a_lower_count_of_an_earlier_day_in_the_same_report_is_an_update() -> None:
    analysis = analyze(
        "At least 164 people have been killed in the unrest, the health ministry said on "
        "Sunday. The figure is far higher than the count of 44 given on Saturday.",
        "2022-01-09",
    )
    assert sorted(claim.low for claim in analysis.claims) == [44, 164]
    assert analysis.conflicts == ()
