"""The check stage: which figures disagree, across one report and across many."""

from __future__ import annotations

import dataclasses

import pytest

from factline import analyze
from factline.conflicts import (
    PAIR_FEATURES,
    ClaimInContext,
    claims_in_context,
    compare,
    conflict_model,
    conflict_probability,
    event_date_conflicts,
    figure_conflicts,
    learned_conflict,
    never_conflict,
    pair_features,
    place_within,
    quantity_text,
    report_area,
)
from factline.record import Attribution, Claim, Document, Event, Place, Span

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
        (  # "Fifty is not correct; three died": one report holds both numbers of a dispute
            report(claim("50 protesters", "protesters", 50, 50, stance="denied")),
            report(claim("3 protesters", "protesters", 3, 3)),
            "figure",
        ),
        (  # another report's denial of 50, a day after its count of 3: no dispute between them
            report(claim("3 protesters", "protesters", 3, 3), "d1", "2022-01-06"),
            report(claim("50 protesters", "protesters", 50, 50, stance="denied"), "d2"),
            None,
        ),
        (  # a denial of 50 beside a count of 50 dead in all: no number is set against another
            report(claim("50 protesters", "protesters", 50, 50, stance="denied")),
            report(claim("at least 40 people", "people", 40, None)),
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
        ("The ombudsman said 420 people were injured, including 180 police officers. The "
         "interior ministry said 210 police officers had been wounded.", 1),
        ("Officials said 420 people were injured, including 180 police officers. A further 30 "
         "police officers were hurt overnight.", 0),
        ("The government said the death toll was 118, while the opposition said it was more "
         "than 250.", 1),
        ("Doctors said two protesters were shot dead. Police said no one had been killed.", 1),
        ("The interior ministry denied that police had killed 24 protesters, saying 17 people "
         "had died.", 1),
        ("The interior ministry denied that police had killed 24 protesters, saying 30 people "
         "had died in the unrest.", 0),
        ("AFAD's toll of 76 was disputed by the municipality, which said it had recovered 92 "
         "bodies.", 1),
        ("Three people died in Karachi, Pakistan's largest city. The NDMA said the toll in Sindh "
         "had risen to 118. The opposition Pakistan Peoples Party said more than 250 people had "
         "died across the province.", 1),
        # a crew of people sent in is no total of a named force sent in, nor a part of it
        ("Response: 48 volunteers from the Mokhotlong branch are working in the valley. The "
         "Defence Force has sent 120 soldiers to the valley, the District Administrator said.", 0),
        ("Clashes in Latacunga left two protesters dead, CONAIE said. The government said one "
         "person had died there. Nationwide, the ombudsman said six people had been killed.", 1),
        # a number named only to be denied, beside the report's own count: a dispute
        ("Statement of the Ministry of Health\n\nThe Ministry confirms that 8 patients died at the "
         "district hospital. Reports of more than twenty dead are false and should not be "
         "shared.", 1),
        ("Statement of the Ministry of Health\n\nThe Ministry confirms that 8 patients died at the "
         "district hospital. Reports that three children were among the dead are false.", 0),
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
    assert sorted(claim.low or 0 for claim in analysis.claims) == [44, 164]
    assert analysis.conflicts == ()


def claims_of_reports(*reports: tuple[str, str, str]) -> list[ClaimInContext]:
    """The claims in context of (text, published, outlet) reports, one document each."""
    return [
        item
        for text, published, outlet in reports
        for item in claims_in_context(
            analyze(Document(text=text, source=outlet, published=published))
        )
    ]


@pytest.mark.parametrize(
    ("earlier", "later", "conflicts"),
    [
        ("More than 1,400 people have been injured, the authority said.",
         "The authority said 1,200 people had been injured.", 1),
        ("More than 1,400 people have been injured, the authority said.",
         "The authority said 1,600 people had been injured.", 0),
        ("More than 1,400 people have been injured, the authority said.",
         "Doctors said 200 people were still in hospital with injuries.", 0),
    ],
)  # fmt: skip
def test_a_later_report_of_fewer_injured_disagrees(
    earlier: str, later: str, conflicts: int
) -> None:
    items = claims_of_reports((earlier, "2025-08-17", "Wire"), (later, "2025-08-19", "Post"))
    assert len(figure_conflicts(items)) == conflicts


@pytest.mark.parametrize(
    ("denial", "day", "conflicts"),
    [
        ("The interior ministry denied that any protesters had been killed.", "2025-06-25", 1),
        ("The interior ministry denied that 30 protesters had been killed.", "2025-06-25", 0),
        ("The interior ministry denied that any protesters had been killed.", "2025-06-29", 0),
    ],
)
def test_a_denial_of_any_deaths_disagrees_with_a_count_of_them(
    denial: str, day: str, conflicts: int
) -> None:
    given = "Doctors said 13 protesters had been shot dead in Nairobi."
    items = claims_of_reports((given, "2025-06-25", "Wire"), (denial, day, "Post"))
    found = figure_conflicts(items)
    assert len(found) == conflicts
    assert all(c.kind == "fact" and "denies" in c.explanation for c in found)


@pytest.mark.parametrize(
    ("earlier", "later", "conflicts"),
    [
        ("Police said 600 people had been arrested since the protests began.",
         "Police said 450 people had been arrested since the protests began.", 1),
        ("Police said 600 people were arrested on Monday.",
         "Police said 450 people had been arrested since the protests began.", 0),
        ("Police said 600 people had been arrested since Tuesday.",
         "Police said 450 people remained in custody since the protests began.", 0),
    ],
)  # fmt: skip
def test_a_later_lower_count_of_arrests_so_far_disagrees(
    earlier: str, later: str, conflicts: int
) -> None:
    items = claims_of_reports((earlier, "2025-07-01", "Wire"), (later, "2025-07-03", "Post"))
    assert len(figure_conflicts(items)) == conflicts


def test_a_toll_of_this_week_is_ordered_by_its_report() -> None:
    items = claims_of_reports(
        ("The death toll from this week's protests in Kenya has risen to 24, the commission "
         "said.", "2025-07-01", "Wire"),
        ("The interior ministry said 20 people had died in the protests.", "2025-07-03", "Post"),
    )  # fmt: skip
    (conflict,) = figure_conflicts(items)
    assert conflict.explanation.endswith("the later figure (2025-07-03) is lower")


def test_a_later_toll_told_for_the_day_before_its_report_is_still_a_toll() -> None:
    items = claims_of_reports(
        ("More than 150 people have died in the floods, officials said.", "2025-08-17", "Wire"),
        ("The death toll rose to 126 on Tuesday, the provincial government said.", "2025-08-20",
         "Post"),
    )  # fmt: skip
    (conflict,) = figure_conflicts(items)
    assert "'More than 150'" in conflict.explanation and "'126'" in conflict.explanation


def test_parts_joined_by_and_are_no_rivals_of_their_whole() -> None:
    text = (
        "The health ministry said more than 1,000 people had been injured, about 400 of whom "
        "were in hospital and 62 in intensive care."
    )
    assert analyze(text, published="2022-01-07").conflicts == ()


def test_in_the_country_is_the_country_of_the_reports_places() -> None:
    text = (
        "Protesters gathered in Almaty and Aktobe. Kazakhstan declared an emergency. Trade with "
        "China slowed, and flights to China stopped. Police said 300 people had been arrested "
        "across the country."
    )
    analysis = analyze(text, published="2022-01-07")
    places = {place.id: place.name for place in analysis.places}
    (arrested,) = [claim for claim in analysis.claims if claim.measure == "arrested"]
    assert places[arrested.place or ""] == "Kazakhstan"


@pytest.mark.parametrize(
    "text",
    [
        "The death toll in Derna has risen to 2,300, the city's mayor said, while the emergency "
        "service put the number of dead at 1,520.",
        "The prime minister said only 1,520 people had died, contradicting the mayor, who said "
        "the death toll had risen to 2,300.",
    ],
)
def test_a_rise_by_another_source_in_the_sentence_is_a_rival(text: str) -> None:
    (conflict,) = analyze(text, published="2025-09-12").conflicts
    assert "'2,300'" in conflict.explanation and "'1,520'" in conflict.explanation


def test_a_rise_after_a_lower_figure_of_the_same_story_is_an_update() -> None:
    text = "Police said 40 people were arrested. By evening the number had risen to 55."
    assert analyze(text, published="2025-09-12").conflicts == ()


@pytest.mark.parametrize(
    ("later", "conflicts"),
    [
        (
            "At the district morgue a clerk said: we took in the bodies of four miners, not three.",
            1,
        ),
        ("At the district morgue a clerk said: we took in the bodies of four miners.", 0),
    ],
)
def test_a_count_given_in_place_of_a_denied_figure_is_its_rival(later: str, conflicts: int) -> None:
    items = claims_of_reports(
        ("The mining ministry said three miners died in the collapse.", "2025-02-03", "Wire"),
        (later, "2025-02-04", "Post"),
    )
    rivals = [
        c
        for c in figure_conflicts(items)
        if c.kind == "figure" and c.first.document != c.second.document
    ]
    assert len(rivals) == conflicts
    assert all("'four'" in c.explanation and "'three'" in c.explanation for c in rivals)


def test_a_later_reports_lower_count_of_the_missing_is_the_missing_found() -> None:
    items = claims_of_reports(
        ("Police said at least 12 fishermen were missing after the storm.", "2025-03-03", "Wire"),
        (
            "The storm that struck the coast on 3 March has left 5 fishermen missing, according "
            "to the harbour authority.",
            "2025-03-05",
            "Post",
        ),
    )
    assert [item.date for item in items] == ["2025-03-03", "2025-03-03"]
    assert figure_conflicts(items) == []


def test_a_toll_told_with_the_deaths_that_raised_it_is_an_update() -> None:
    text = (
        "The regional paper gives the mayor's count of six dead in the mine collapse. "
        'The state agency, citing the health ministry, gives seven dead, "after one more miner '
        'died in hospital overnight".'
    )
    assert analyze(text, published="2025-04-03").conflicts == ()


def test_a_toll_told_without_a_rise_is_still_a_rival() -> None:
    text = (
        "The regional paper gives the mayor's count of six dead in the mine collapse. "
        "The state agency, citing the health ministry, gives seven dead."
    )
    assert len(analyze(text, published="2025-04-03").conflicts) == 1


@pytest.mark.parametrize(
    ("earlier", "later", "conflicts"),
    [
        # a part given for a place is that place's whole count
        ("Doctors said 58 people had died in Port-au-Prince.",
         "Cholera has killed 61 people across Haiti, 40 of them in Port-au-Prince.", 1),
        ("Doctors said 35 people had died in Port-au-Prince.",
         "Cholera has killed 61 people across Haiti, 40 of them in Port-au-Prince.", 0),
        # bodies recovered bound a toll from below
        ("The United Nations said 11,300 people had died in Derna.",
         "Rescue teams have recovered 3,845 bodies in Derna.", 0),
        # arrests told in the perfect with no day are counts so far
        ("The opposition said more than 3,000 of its supporters had been detained.",
         "Police said 2,300 people had been arrested nationwide.", 1),
        ("The opposition said more than 3,000 of its supporters had been detained.",
         "Police said 2,300 people were arrested on Friday.", 0),
        # a place that names the event is not where the figure is
        ("At least 2,053 people were killed in Herat province, officials said.",
         "The death toll from the Herat earthquake has been revised down to 1,480.", 1),
        # a district the gazetteer lacks is still a place within the whole
        ("At least 2,053 people were killed in Herat province, officials said.",
         "Rescuers in Zinda Jan district said the number of dead there had reached 930.", 0),
    ],
)  # fmt: skip
def test_counts_across_reports(earlier: str, later: str, conflicts: int) -> None:
    items = claims_of_reports((earlier, "2025-10-02", "Wire"), (later, "2025-10-04", "Post"))
    assert len(figure_conflicts(items)) == conflicts


@pytest.mark.parametrize(
    "text",
    [
        "Rescue teams have recovered 3,845 bodies, a spokesman said. The Red Crescent put the "
        "toll at 4,352.",
        "The government said 23 people had died in the unrest. Police said nobody had died in "
        "police custody.",
    ],
)
def test_a_count_bounding_a_toll_from_below_is_no_rival(text: str) -> None:
    analysis = analyze(text, published="2025-09-15")
    assert len(analysis.claims) == 2
    assert analysis.conflicts == ()


def test_a_capital_named_beside_a_toll_is_not_its_place() -> None:
    text = "Authorities lifted the curfew in Dhaka. The government said 23 people had died."
    (item,) = claims_in_context(analyze(text, published="2025-07-19"))
    assert item.place is None


def test_in_the_city_is_the_town_named_before() -> None:
    text = "Fighting raged in El Fasher. The UN said at least 52 civilians had died in the city."
    analysis = analyze(text, published="2025-05-04")
    (claim,) = analysis.claims
    places = {place.id: place.name for place in analysis.places}
    assert places[claim.place or ""] == "El Fasher"


def test_a_later_report_knows_more_of_a_day_than_one_published_on_it() -> None:
    items = claims_of_reports(
        ("In Paiporta alone, 45 people died on Saturday, the mayor said.", "2025-10-04", "Wire"),
        ("Volunteers said they had found 62 bodies in Paiporta on Saturday alone.", "2025-10-06",
         "Post"),
    )  # fmt: skip
    assert [item.date for item in items] == ["2025-10-04", "2025-10-04"]
    assert figure_conflicts(items) == []


@pytest.mark.parametrize(
    ("text", "conflicts"),
    [
        # those held now are some of all who were ever held
        ("Police said 151 people remained in custody. Amnesty International said at least 300 "
         "people had been detained since the protests began.", 0),
        # two sources in one sentence: a bare number counts what the other figure counts
        ("The police chief said 104 protesters were in custody, while lawyers put the number of "
         "detainees at more than 250.", 1),
        # the toll of an event named with its town is the whole toll
        ("The death toll from the mosque bombing in Peshawar rose to 59, a spokesman said. A "
         "militant group said it had killed more than 100 people.", 1),
        # a town named only as where the event was is the report's whole area
        ("A suicide bomber struck a mosque in Peshawar, killing 32 worshippers, police said. The "
         "hospital said it had received 41 bodies.", 1),
        # a town told for a figure ("In Tacloban, …") is not the whole
        ("The death toll rose to 27. In Tacloban, the mayor said 19 bodies had been recovered, "
         "while the Red Cross put the number at nine.", 1),
    ],
)  # fmt: skip
def test_conflicts_of_one_report(text: str, conflicts: int) -> None:
    assert len(analyze(text, published="2025-03-04").conflicts) == conflicts


@pytest.mark.parametrize(
    ("earlier", "published", "with_the_past"),
    [
        # the figure a toll moved from was its source's count of its day: a rival of another
        # source's count of that day
        ("A rights group said on Monday it had confirmed eleven deaths in the riots.",
         "2025-06-02", 1),
        # a higher count of a later day is that count grown
        ("A rights group said it had confirmed eleven deaths in the riots.", "2025-06-03", 0),
        # and a count of a day before it, no higher, is its past
        ("A rights group said on Sunday it had confirmed five deaths in the riots.",
         "2025-06-01", 0),
    ],
)  # fmt: skip
def test_a_figure_a_toll_moved_from_is_the_count_of_its_day(
    earlier: str, published: str, with_the_past: int
) -> None:
    later = "The ambulance service now lists seven deaths in its records, up from six on Monday."
    items = claims_of_reports((earlier, published, "Wire"), (later, "2025-06-04", "Post"))
    found = figure_conflicts(items)
    assert sum("six" in (c.first.claim.text, c.second.claim.text) for c in found) == with_the_past


@pytest.mark.parametrize(
    ("earlier", "later", "conflicts"),
    [
        # a count its teller sets above the count for the whole disagrees with that count,
        # given the day before, as with the one the sentence names
        ("The civil protection agency said two people had died in the eruption.",
         "The village chief says three villagers died on Monday night, choked by gas as they "
         "fled - one more than the two deaths the agency has given for the whole island.", 2),
        ("The civil protection agency said two people had died in the eruption.",
         "The village chief says three villagers died on Monday night, choked by gas as they "
         "fled - one more than the two deaths the agency has given.", 1),
        ("The health ministry said 19 people had been injured in the fire.",
         "A doctor at the military hospital told me she alone had treated 26 patients, above "
         "the ministry's total.", 1),
        ("The health ministry said 19 people had been injured in the fire.",
         "A doctor at the military hospital told me she alone had treated 26 patients.", 0),
    ],
)  # fmt: skip
def test_a_part_told_above_the_whole_disagrees_with_it(
    earlier: str, later: str, conflicts: int
) -> None:
    items = claims_of_reports((earlier, "2025-10-06", "Wire"), (later, "2025-10-07", "Post"))
    assert len(figure_conflicts(items)) == conflicts


def test_a_count_a_source_had_already_given_on_a_day_is_that_days_word() -> None:
    """A later report's "had already counted fourteen" on Monday is Monday's word, a rival of
    Monday's five, not a fuller count of that day."""
    items = claims_of_reports(
        ("The fire department says five people are confirmed dead.", "2025-03-10", "Wire"),
        ("The ministry told the public on Monday that only five had died, when the families had "
         "already counted fourteen dead.", "2025-03-12", "Post"),
    )  # fmt: skip
    assert len(figure_conflicts(items)) == 2


def test_a_figure_a_toll_moved_from_with_no_day_is_no_count_of_its_report() -> None:
    text = "The ministry raised the toll from 41 to 58. The opposition says 45 people died."
    (conflict,) = analyze(text, published="2025-06-04").conflicts
    assert "41" not in conflict.explanation


def test_whole_counts_of_two_reports_are_compared_whatever_area_each_names() -> None:
    items = claims_of_reports(
        ("The death toll from the mosque bombing in Peshawar rose to 59, a spokesman said.",
         "2025-03-04", "Wire"),
        ("Officials in Khyber Pakhtunkhwa revised the toll down to 48.", "2025-03-06", "Post"),
    )  # fmt: skip
    (conflict,) = figure_conflicts(items)
    assert conflict.explanation.endswith("the later figure (2025-03-06) is lower")


@pytest.mark.parametrize(
    ("text", "conflicts"),
    [
        # two named sources of one report a day apart are rivals, unless the later tells a rise
        ("The ministry on Tuesday raised its toll to 23 dead. A rights group said 129 people had "
         "been killed.", 1),
        ("The ministry said on Tuesday that 23 people had died. A rights group said the toll had "
         "risen to 129.", 0),
        # a denial that any of a group died denies a count of people that names no group
        ("A doctor says five people have been brought in dead. The police spokesman denies that "
         "any protester was killed.", 1),
        # a hospital's count of the injured is some of them, not a rival count
        ("Officials said 230 people had been injured. The Red Cross said 90 people had been "
         "taken to hospital.", 0),
        # a count told as moved from an earlier one is no rival of it
        ("The toll stood at 48, down from 53 announced a day earlier.", 0),
        # the owner of a count in another clause gives it
        ("The ministry acknowledges seven deaths, a figure the monitor calls too low; the "
         "monitor's own tally stands at 16.", 1),
    ],
)  # fmt: skip
def test_conflicts_in_wider_wordings(text: str, conflicts: int) -> None:
    assert len(analyze(text, published="2025-09-03").conflicts) == conflicts


def test_a_place_in_the_source_does_not_split_a_toll_from_its_rival() -> None:
    text = (
        "The death toll rose to 19, a police spokesman in Kandy said. An MP who toured Gampola "
        "put the figure at 35 dead."
    )
    assert len(analyze(text, published="2025-11-18").conflicts) == 1


def test_the_learned_decider_flags_a_toll_that_falls_within_one_report() -> None:
    """The rules compare figures of different days in one report only when two named sources
    give them; the learned decider flags a toll that falls from one day to the next anyway."""
    analysis = analyze(
        "The floods killed 40 people on Monday. On Tuesday, 25 people were reported dead.",
        "2025-05-08",
    )
    items = claims_in_context(analysis)
    assert sorted(item.claim.low or 0 for item in items) == [25, 40]
    assert compare(items[0], items[1]) is None  # the rules alone let it pass
    assert never_conflict(items[0], items[1]) is False
    assert learned_conflict(items[0], items[1]) is not None
    assert [c.explanation for c in analysis.conflicts if "learned" in c.explanation]


@pytest.mark.parametrize(
    "text",
    [
        "Police said 52 police officers were injured. Medics said 160 protesters were injured.",
        "A total of 61 people died, 40 of them in Port-au-Prince.",
        "Officials said 14 people had died on Monday. On Tuesday the toll rose to 22.",
        "Hospitals said 300 people had been injured. By Wednesday 40 people were still being "
        "treated.",
    ],
)
def test_the_learned_decider_never_overrides_a_certain_rule(text: str) -> None:
    """Unrelated subjects, a part within its total, a rise and those in hospital now are never
    rivals, whatever the model's probability."""
    items = claims_in_context(analyze(text, "2025-05-08"))
    assert len(items) == 2
    assert never_conflict(items[0], items[1])
    assert learned_conflict(items[0], items[1]) is None


@pytest.mark.parametrize(("bodies", "vetoed"), [(17, False), (4, True)])
def test_some_of_a_count_larger_than_the_whole_is_left_to_the_decider(
    bodies: int, vetoed: bool
) -> None:
    """Bodies recovered are only some of the dead, so four of them fit in a region's 15; 17
    cannot, and the pair is judged like two whole counts."""
    items = claims_of_reports(
        (f"The regional administration said 15 people had died across Sughd. Volunteers of the "
         f"Red Crescent said they had recovered {bodies} bodies from the mud.", "2025-05-20",
         "Wire"),
    )  # fmt: skip
    assert [item.part for item in items] == [False, True]
    assert never_conflict(items[0], items[1]) is vetoed


def test_the_learned_decider_reads_readable_features_of_a_pair() -> None:
    items = claims_of_reports(
        ("The ministry said 19 people died in the floods.", "2025-05-05", "Courier"),
        ("The Red Cross put the number of dead at 31.", "2025-05-03", "Wire"),
    )
    features = pair_features(items[0], items[1])
    assert set(features) == set(PAIR_FEATURES)
    assert features["killed"] == features["same_subject"] == features["later_lower"] == 1.0
    assert features["same_report"] == 0.0 and features["days_apart"] > 0
    assert 0.0 <= conflict_probability(features, conflict_model()) <= 1.0
    assert conflict_model()["threshold"] > 0


def test_only_the_clause_that_says_so_counts_those_held_now() -> None:
    """ "150 detained since the protests began, of whom 60 remained in custody": the 150 are
    all ever held, so a later report's 150 against an earlier 230 is a lower total so far."""
    items = claims_of_reports(
        ("A lawyers' group said 230 people had been arrested since the protests began.",
         "2025-06-11", "Monitor"),
        ("Police said 150 people had been detained since the protests began, of whom 60 "
         "remained in custody.", "2025-06-13", "Daily"),
    )  # fmt: skip
    assert [item.current for item in items] == [False, False, True]
    assert len(figure_conflicts(items)) == 1


def test_a_place_in_an_organisations_name_is_not_the_reports_area() -> None:
    analysis = analyze(
        "Police fired on a march in Lusaka. The Zambia Police Service said two demonstrators "
        "had been killed, but the Law Association of Zambia said it had seen seven bodies.",
        "2025-10-06",
    )
    assert all(item.place is None for item in claims_in_context(analysis))


def test_the_same_sentence_number_of_two_reports_is_no_shared_sentence() -> None:
    """Two named sources in the first sentence of two reports are not rivals "in one sentence":
    the decider's `rival_sources` is 0 for them (it was 1 before the same-report check)."""
    first = report(claim("19 people", "people", 19, 19, said_by="the ministry"), "d1")
    second = report(
        claim("31 people", "people", 31, 31, said_by="the Red Cross"), "d2", "2022-01-12"
    )
    features = pair_features(first, second)
    assert features["same_sentence"] == features["rival_sources"] == 0.0


def test_a_count_told_nationwide_is_the_whole_count_whatever_town_opens_its_sentence() -> None:
    items = claims_of_reports(
        ("Rights groups said eight protesters had been killed in the capital.", "2025-09-08",
         "Wire"),
        ("In Mombasa, the rights group raised its toll to 10, while the government maintained "
         "that no more than five people had been killed nationwide.", "2025-09-09", "Post"),
    )  # fmt: skip
    nationwide = next(item for item in items if item.claim.high == 5)
    assert nationwide.place is None and nationwide.whole
    # a later whole toll below an earlier one, and below a town's count in its own sentence
    assert len(figure_conflicts(items)) == 2


def test_a_toll_named_for_the_event_is_the_whole_count_whatever_town_opens_its_sentence() -> None:
    """ "In Garissa, the toll of Friday's attack has risen to 15": the attack's whole toll, which
    a mourners' count of 22 on the same day contradicts, not a part of it."""
    items = claims_of_reports(
        ("In Garissa, the toll of Friday's attack on the bus station has risen to 15 dead. "
         "Elders in Garissa say they buried 22 people on Saturday alone.", "2025-09-08", "Wire"),
    )  # fmt: skip
    toll = next(item for item in items if item.claim.low == 15)
    assert toll.place is None and toll.whole
    assert len(figure_conflicts(items)) == 1


def test_a_town_that_opens_a_where_clause_is_the_figures_place_not_the_whole() -> None:
    """ "Clashes spread to Kisumu, where a doctor said three people had been shot dead": the
    three are Kisumu's, not the report's whole count, and so no lower toll than six overall."""
    items = claims_of_reports(
        ("The Kenya Red Cross said six protesters had been killed.", "2025-09-08", "Wire"),
        ("Clashes spread to Kisumu on Tuesday, where a doctor said three people had been shot "
         "dead.", "2025-09-09", "Post"),
    )  # fmt: skip
    assert [item.in_area for item in items] == [False, False]
    assert figure_conflicts(items) == []


@pytest.mark.parametrize(
    ("first", "second", "conflicts"),
    [
        # those held on Tuesday are some of all ever held by Thursday
        (("Lawyers said more than 300 protesters were being held in police cells.", "2025-09-09",
          "Wire"),
         ("The minister said 140 protesters had been detained since the protests began.",
          "2025-09-11", "Post"), 1),
        # those held later may have been arrested after the total was given
        (("The minister said 140 protesters had been detained since the protests began.",
          "2025-09-09", "Post"),
         ("Lawyers said more than 300 protesters were being held in police cells.", "2025-09-11",
          "Wire"), 0),
    ],
)  # fmt: skip
def test_a_count_held_now_above_a_later_total_so_far_disagrees(
    first: tuple[str, str, str], second: tuple[str, str, str], conflicts: int
) -> None:
    items = claims_of_reports(first, second)
    assert sorted(item.current for item in items) == [False, True]  # "being held" is now
    assert len(figure_conflicts(items)) == conflicts


def test_attackers_killed_elsewhere_are_no_part_of_a_toll_of_their_victims() -> None:
    text = (
        "Officials said 12 people were killed in the attack. The army said it had killed 15 "
        "gunmen on Monday."
    )
    items = claims_in_context(analyze(text, "2025-02-10"))
    assert sorted(item.claim.subject for item in items) == ["attackers", "people"]
    assert figure_conflicts(items) == []
    assert never_conflict(items[0], items[1])


@pytest.mark.parametrize(
    ("text", "conflicts"),
    [
        # a rise of one source's own count is no update of another source's lower toll
        ("The health minister on Thursday cut the official toll to 20, saying some deaths had "
         "been counted twice. The Red Crescent stood by its tally, which has since climbed to "
         "45.", 1),
        # it still updates that source's own earlier figure
        ("The Red Crescent said 20 people had died. The Red Crescent said its tally had since "
         "climbed to 45.", 0),
        # a rise told of no one's own count updates any lower figure before it
        ("The health minister said 20 people had died. The toll has since climbed to 45.", 0),
    ],
)  # fmt: skip
def test_a_rise_of_a_sources_own_count_updates_only_its_own_figures(
    text: str, conflicts: int
) -> None:
    items = claims_of_reports((text, "2025-06-05", "Wire"))
    assert len(figure_conflicts(items)) == conflicts


@pytest.mark.parametrize(("bodies", "conflicts"), [(11, 1), (4, 0)])
def test_bodies_recovered_in_a_place_bound_that_places_whole_count(
    bodies: int, conflicts: int
) -> None:
    """ "20 dead, six of them in Kurigram" gives all of Kurigram's dead: 11 bodies recovered
    there cannot hold with it; four can."""
    items = claims_of_reports(
        (f"The disaster agency said 20 people had drowned, six of them in Kurigram. A local "
         f"volunteer leader in Kurigram said his team had already pulled {bodies} bodies from "
         f"the river.", "2025-06-03", "Wire"),
    )  # fmt: skip
    found = figure_conflicts(items)
    assert len(found) == conflicts
    assert all({c.first.claim.high, c.second.claim.high} == {6, bodies} for c in found)


@pytest.mark.parametrize(
    ("text", "conflicts"),
    [
        # "put the toll at nine civilians" is the police's whole toll, a rival of 30 people
        ("A local pastor said 30 people had been killed in the raid. The police spokesman put "
         "the toll at nine civilians.", 1),
        # a group counted in a list of the toll is a part of it
        ("A local pastor said 30 people had been killed in the raid. The police spokesman put "
         "the toll at nine civilians and four soldiers.", 0),
        # a group not told as the toll is a part of the people killed
        ("A local pastor said 30 people had been killed in the raid. The police spokesman said "
         "nine civilians were among them.", 0),
    ],
)  # fmt: skip
def test_a_toll_told_as_one_groups_count_is_the_sources_whole_toll(
    text: str, conflicts: int
) -> None:
    items = claims_of_reports((text, "2025-02-10", "Wire"))
    assert len(figure_conflicts(items)) == conflicts


def test_a_figure_a_source_had_given_on_an_earlier_day_is_that_days_word() -> None:
    """ "On Tuesday the federal government had put the toll at 14", told on Thursday, is what
    was said on Tuesday, not a later, fuller count of Tuesday: it disagrees with the state's 11
    told that day."""
    items = claims_of_reports(
        ("State officials said 11 people had died.", "2025-10-21", "Wire"),
        ("The governor said on Thursday that 12 people had died, though on Tuesday the federal "
         "government had put the toll at 14.", "2025-10-23", "Post"),
    )  # fmt: skip
    pairs = {frozenset((c.first.claim.high, c.second.claim.high)) for c in figure_conflicts(items)}
    assert frozenset((11, 14)) in pairs


def test_a_later_rejection_of_a_count_disagrees_with_whoever_gave_it() -> None:
    given = ("Father John said parishioners had buried 52 people in the past week.", "2025-02-26")
    rejection = (
        "The minister said 30 people had died, and rejected the bishop's count of 52 as rumour.",
        "2025-02-28",
    )
    items = claims_of_reports((*given, "Post"), (*rejection, "Wire"))
    facts = [c for c in figure_conflicts(items) if c.kind == "fact"]
    assert [(c.first.claim.low, c.second.claim.low) for c in facts] == [(52, 52)]
    # a count that the rejected one does not restate ("at least 20") is not denied by it
    earlier = ("Police said at least 20 people had been killed.", "2025-02-26", "Post")
    found = figure_conflicts(claims_of_reports(earlier, (*rejection, "Wire")))
    assert all(c.first.document == c.second.document for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Police said 30 civilians and 45 protesters were injured.",
        "Twelve protesters and four bystanders were killed.",
        "Rights groups said 20 protesters had been killed. The army said 5 civilians died in "
        "crossfire.",
    ],
)
def test_protesters_and_civilians_are_counted_apart(text: str) -> None:
    assert figure_conflicts(claims_of_reports((text, "2025-05-22", "Wire"))) == []


def test_a_figure_joined_to_one_told_for_a_place_is_told_for_it_too() -> None:
    first = (
        "The ministry said 40 people had sought medical help, including 12 police officers.",
        "2025-04-08",
        "Post",
    )
    second = (
        "Protests spread to Mombasa on Tuesday. Police said 20 people were arrested in Mombasa "
        "and seven officers injured.",
        "2025-04-09",
        "Wire",
    )
    assert figure_conflicts(claims_of_reports(first, second)) == []


def test_a_part_that_names_only_people_names_no_group_of_its_own() -> None:
    text = (
        "Fighting has killed at least 20 people, the police commander said. He said the dead "
        "included two women."
    )
    assert figure_conflicts(claims_of_reports((text, "2025-02-24", "Wire"))) == []


def test_a_count_among_a_group_only_bounds_the_toll() -> None:
    toll = ("Medics said 60 civilians had been killed in Kisumu.", "2025-05-06", "Wire")
    group = (
        "Health workers reported 9 deaths from cholera among the newly displaced.",
        "2025-05-08",
        "Post",
    )
    assert figure_conflicts(claims_of_reports(toll, group)) == []


@pytest.mark.parametrize(
    ("text", "conflicts"),
    [
        # those charged are some of those arrested or held
        ("The union said 76 had been arrested. Police said 22 people held had been charged.", 0),
        ("The union said 76 had been arrested. Police said 22 people were held.", 1),
        # a count of the latest week beside a count since an earlier day is a part of it
        ("Confirmed deaths since January: 40\nConfirmed deaths this week: 8\n", 0),
        ("Confirmed deaths since January: 40\nConfirmed deaths: 8\n", 1),
        # alone, a week's count is the week-long crisis's toll
        ("The priest said 64 people had been buried in the past week. Police said 39 people had "
         "died.", 1),
        # a count of everywhere else leaves out the place named before it
        ("The governor said two people died in Ahvaz, and that nobody had been killed anywhere "
         "else in the province.", 0),
        ("The governor said two people died in Ahvaz, and that nobody had been killed in the "
         "province.", 1),
        # "the true number" sets a source's count of people against another's count of a group
        ("The commission said 19 miners had died. A union official said the true number of dead "
         "was no less than 24.", 1),
        ("The commission said 19 miners had died. A union official said no less than 24 people "
         "had died.", 0),
        # the remains of "two more" are a part of the toll they raise
        ("The toll rose to 12 on Friday, after the remains of two more were found in the river.",
         0),
        # a place heading its paragraph is where the paragraph's figures were counted
        ("Heavy rain has claimed 20 lives in three provinces, the ministry said.\n\nOran: The "
         "civil defence said 12 people had died.", 0),
        ("Heavy rain has claimed 20 lives in three provinces, the ministry said.\n\nOran: The "
         "civil defence said 12 people had died. A residents' group said 15 had died.", 1),
    ],
)  # fmt: skip
def test_wordings_of_bulletins_round_ups_and_rivals(text: str, conflicts: int) -> None:
    assert len(analyze(text, published="2025-05-03").conflicts) == conflicts


def test_bringing_the_total_to_is_a_rise() -> None:
    analysis = analyze(
        "The agency said 30 miners had died. In the evening it said two more miners had died "
        "in hospital, bringing the total to 32.",
        published="2025-05-03",
    )
    risen = {item.claim.text: item.rising for item in claims_in_context(analysis)}
    assert risen == {"30 miners": False, "two more miners": False, "32": True}


def test_a_sentence_opening_with_of_these_takes_a_part() -> None:
    analysis = analyze(
        "The clinic has treated 80 injured people since Monday. Of these, nine died in the clinic.",
        published="2025-05-03",
    )
    parts = {item.claim.text: item.part for item in claims_in_context(analysis)}
    assert parts["nine"] is True


@pytest.mark.parametrize(
    ("earlier", "later", "conflicts"),
    [
        # "this year" counts up to its report's day: a later, lower toll disagrees ...
        (("Dengue has killed 31 people this year, the ministry said.", "2025-03-06"),
         ("The ministry lowered its dengue toll to 29.", "2025-03-10"), 1),
        # ... and a later, higher one is an update
        (("The bulletin gave 23 dengue deaths.", "2025-03-03"),
         ("Dengue has killed 31 people this year, the ministry said.", "2025-03-06"), 0),
    ],
)  # fmt: skip
def test_a_count_of_this_year_is_dated_by_its_report(
    earlier: tuple[str, str], later: tuple[str, str], conflicts: int
) -> None:
    items = claims_of_reports((*earlier, "Wire"), (*later, "Post"))
    assert len(figure_conflicts(items)) == conflicts


def test_a_toll_beside_counts_of_other_regions_is_the_whole_count() -> None:
    analysis = analyze(
        "Kenya's health ministry lowered its cholera toll to 29 on Monday. Its bulletin gave 22 "
        "deaths in Kisumu county and nine in Nakuru county. Clinics in Kisumu county stay open.",
        published="2025-03-10",
    )
    places = {i.claim.text: i.place.name if i.place else None for i in claims_in_context(analysis)}
    assert places == {"29": None, "22 deaths": "Kisumu", "nine": "Nakuru"}


@pytest.mark.parametrize(
    ("earlier", "later", "conflicts"),
    [
        # the dead of the forces' own fire are a group of the whole toll ...
        ("Police said at least nine people had been killed in the gang fighting.",
         "A watchdog said it was examining the deaths of four men shot by police during raids on "
         "Monday.", 0),
        ("Police said at least nine people had been killed in the gang fighting.",
         "A watchdog said four men had died.", 1),
        # ... which another count of them rivals
        ("A watchdog said it was examining the deaths of four men shot by police during raids on "
         "Monday.",
         "Two men were fatally shot during confrontations with the police on Monday.", 1),
        # a shot told in the next thing said is not these dead's: the whole toll is given
        ("Residents of the market district said five traders were killed in the unrest.",
         "The governor told reporters that three people died and that no trader was hit by a "
         "bullet.", 1),
    ],
)  # fmt: skip
def test_the_dead_of_the_forces_fire_are_a_group_of_the_toll(
    earlier: str, later: str, conflicts: int
) -> None:
    items = claims_of_reports((earlier, "2025-06-16", "Wire"), (later, "2025-06-18", "Post"))
    assert len(figure_conflicts(items)) == conflicts


def test_those_still_held_are_some_of_those_arrested() -> None:
    text = (
        "Police said 80 people had been arrested on Friday. Of the 80 arrested on Friday, 55 "
        "remain in custody, lawyers said."
    )
    assert analyze(text, published="2025-04-05").conflicts == ()


@pytest.mark.parametrize(
    ("given", "day", "conflicts"),
    [
        # a denial of any death, in a report about the town, belied by a later toll of it
        ("The ombudsman confirmed that four people had died in Arequipa.", "2025-04-06", 1),
        # a toll of a wider place may count only dead the denial did not speak of
        ("The ombudsman said four people had died across Peru.", "2025-04-06", 0),
    ],
)
def test_a_later_toll_belies_a_denial_of_any_death(given: str, day: str, conflicts: int) -> None:
    denial = (
        "Protesters marched through Arequipa. The minister denied that anyone had been killed in "
        "Arequipa."
    )
    items = claims_of_reports((denial, "2025-04-05", "Wire"), (given, day, "Post"))
    assert len(figure_conflicts(items)) == conflicts


def test_a_denied_figure_rivals_the_deniers_own_count() -> None:
    text = (
        "One prisoner died when he fell from the roof. The prison service firmly denies reports "
        "that guards shot dead five prisoners."
    )
    (conflict,) = analyze(text, published="2025-04-05").conflicts
    assert conflict.kind == "figure" and "denied" in conflict.explanation


def test_a_toll_for_a_town_the_gazetteer_lacks_is_a_part_of_the_whole() -> None:
    text = (
        "The storm killed nine people, the disaster office said. The office lowered its toll "
        "for Vunimoli from five to four."
    )
    items = claims_of_reports((text, "2025-02-05", "Wire"))
    places = {item.claim.text: item.place.name if item.place else None for item in items}
    assert places["four"] == "Vunimoli"
    # the town's toll is no rival of the whole; only its own revision down disagrees
    explanations = [conflict.explanation for conflict in figure_conflicts(items)]
    assert explanations == [
        "people killed 'four' (4, The office) is revised down from 'five' (5, The office)"
    ]


def test_two_counts_of_those_held_now_are_rivals_even_beside_a_total() -> None:
    text = (
        "Lawyers said 90 people were still detained. The governor said that no more than 40 "
        "remained in custody, and that 75 had been arrested in all."
    )
    analysis = analyze(text, published="2025-04-05")
    texts = {claim.id: claim.text for claim in analysis.claims}
    pairs = [sorted(texts[item] for item in conflict.items) for conflict in analysis.conflicts]
    assert ["90 people", "no more than 40"] in pairs  # (and 90 held now above 75 in all)


def test_a_communique_that_rejects_a_higher_toll_than_its_own_disagrees_with_it() -> None:
    text = (
        "The Government of the Republic announces a provisional toll of twelve (12) persons "
        "killed. The Government rejects the figure of thirty dead circulating in the press."
    )
    (conflict,) = analyze(text, published="2025-03-02").conflicts
    assert conflict.kind == "figure"


def test_a_toll_a_source_had_given_before_a_rise_is_its_past() -> None:
    text = (
        "Divers recovered four more bodies on Monday, bringing the number of dead to 19, the "
        "coast guard said. The mayor had put the toll at 15 on Monday morning."
    )
    items = claims_of_reports((text, "2025-06-02", "Wire"))
    assert figure_conflicts(items) == []


def test_others_wounded_beside_the_dead_are_a_whole_count() -> None:
    text = (
        "The blast killed 9 shoppers and wounded 30 others, the army said. A rights group "
        "said 41 people had been wounded."
    )
    items = claims_of_reports((text, "2025-06-02", "Wire"))
    wounded = {item.claim.text: item.part for item in items if item.claim.measure == "injured"}
    assert wounded == {"30 others": False, "41 people": False}
    assert len(figure_conflicts(items)) == 1


@pytest.mark.parametrize(
    ("later", "conflicts"),
    [
        ("The transport ministry said on Thursday that 12 people had died in the crash.", 1),
        ("The transport ministry said on Thursday that 45 people had died in the crash.", 0),
    ],
)
def test_a_denied_count_disagrees_with_a_later_lower_toll(later: str, conflicts: int) -> None:
    denial = (
        "The transport ministry rejected the figure of more than 40 dead that was shared "
        "online after the crash."
    )
    items = claims_of_reports((denial, "2025-03-04", "Wire"), (later, "2025-03-06", "Post"))
    assert len(figure_conflicts(items)) == conflicts


@pytest.mark.parametrize(
    ("denial", "conflicts"),
    [
        ("The defence ministry denied that any soldier had been killed in the raid.", 1),
        ("The defence ministry denied that anyone had been killed by police fire.", 0),
    ],
)
def test_a_denial_of_any_deaths_the_next_day_answers_the_count(denial: str, conflicts: int) -> None:
    given = "Villagers said four soldiers had died when the army entered the village."
    items = claims_of_reports((given, "2025-03-04", "Wire"), (denial, "2025-03-05", "Post"))
    assert len(figure_conflicts(items)) == conflicts


@pytest.mark.parametrize("event", ["stampede", "crash", "mudflow", "heat wave"])
def test_a_toll_from_a_days_event_is_a_count_of_the_report(event: str) -> None:
    text = (
        f"The health ministry on Sunday revised the toll from Friday's {event} down to 12. "
        "The opposition said at least 20 people had died."
    )
    assert len(analyze(text, published="2025-05-11").conflicts) == 1


@pytest.mark.parametrize(
    ("later", "conflicts"),
    [
        ("The prison governor said two inmates had died in the escape.", 1),
        ("The prison governor said one inmate had died in the escape.", 1),
    ],
)
def test_a_denied_count_given_by_a_later_report_disagrees(later: str, conflicts: int) -> None:
    denial = "The police denied reports that guards shot dead two inmates during the escape."
    items = claims_of_reports((denial, "2025-06-02", "Wire"), (later, "2025-06-03", "Post"))
    assert len(figure_conflicts(items)) == conflicts


@pytest.mark.parametrize(("day", "conflicts"), [("2025-04-08", 1), ("2025-04-12", 0)])
def test_a_denied_count_of_none_disagrees_with_a_count_of_dead(day: str, conflicts: int) -> None:
    given = "A hospital director said five protesters had died of gunshot wounds."
    denial = "The bar association rejected the minister's claim that no one had been killed."
    items = claims_of_reports((given, "2025-04-07", "Wire"), (denial, day, "Post"))
    assert len(figure_conflicts(items)) == conflicts


@pytest.mark.parametrize(
    ("later", "conflicts"),
    [
        ("The mines ministry raised its toll on Friday to 11 miners.", 1),
        ("The mines ministry raised its toll on Friday to 30 miners.", 0),
        ("The union said two rescuers had died on Friday.", 0),
    ],
)
def test_bodies_counted_bound_a_later_toll_of_a_named_group(later: str, conflicts: int) -> None:
    bodies = "Villagers at the pit head said they had counted at least 18 bodies."
    items = claims_of_reports((bodies, "2025-03-06", "Wire"), (later, "2025-03-07", "Post"))
    assert len(figure_conflicts(items)) == conflicts


@pytest.mark.parametrize(
    ("text", "conflicts"),
    [
        ("Lawyers said two of the dead had been hit by rubber bullets. The interior minister "
         "denied that anyone had been killed by police fire.", 1),
        ("Relatives said one of the dead had been shot by a guard; the justice minister denied "
         "that any inmate had been killed by gunfire.", 1),
        ("The health ministry said 14 people had died in the riot. The interior minister "
         "denied that anyone had been killed by police fire.", 0),
    ],
)  # fmt: skip
def test_a_denial_of_deaths_by_the_forces_meets_a_count_of_them(text: str, conflicts: int) -> None:
    assert len(analyze(text, published="2025-04-15").conflicts) == conflicts


def test_a_list_item_named_for_an_unknown_place_is_no_whole_toll() -> None:
    bulletin = (
        "Cyclone Vaelo crossed western Fiji overnight. The agency confirms 9 deaths: Vunabaka "
        "5, Lautoka 2, Nadi 2."
    )
    items = claims_of_reports(
        (bulletin, "2025-02-04", "Wire"),
        ("The agency lowered its toll for Vunabaka to four.", "2025-02-05", "Post"),
    )
    found = [(c.first.claim.low, c.second.claim.low) for c in figure_conflicts(items)]
    assert found == [(5, 4)]


@pytest.mark.parametrize(
    ("later", "conflicts"),
    [
        ("Later in the day the warden said only two inmates were still missing.", 0),
        ("A lawyers' group said on the same day that 20 inmates were missing.", 1),
    ],
)  # fmt: skip
def test_a_missing_count_told_after_as_still_missing_falls(later: str, conflicts: int) -> None:
    text = f"The prison service said 35 inmates were missing after the fire. {later}"
    assert len(analyze(text, published="2025-02-11").conflicts) == conflicts


def test_a_missing_count_of_a_later_day_that_is_lower_is_no_rival() -> None:
    text = (
        "On Monday, the coast guard had said nine fishermen were missing. On Tuesday the coast "
        "guard said three fishermen were still missing."
    )
    assert analyze(text, published="2025-08-13").conflicts == ()


@pytest.mark.parametrize(
    "first",
    [
        "The fire brigade says four people are confirmed dead.",
        "The head of the fire brigade, Ana Ruiz, raises the toll to four dead.",
    ],
)
def test_one_sources_running_count_that_grows_is_no_rival(first: str) -> None:
    later = "Later in the afternoon, the toll stands at 11 dead, according to the fire brigade."
    text = f"{first} {later}"
    assert analyze(text, published="2025-06-02").conflicts == ()


def test_a_first_toll_told_in_a_timeline_is_the_counts_past() -> None:
    first = "The prisons service said on Wednesday that 15 inmates had died."
    timeline = "Tuesday morning: the prisons service gives a first toll of 13 dead."
    items = claims_of_reports((first, "2025-03-05", "Wire"), (timeline, "2025-03-06", "Post"))
    assert figure_conflicts(items) == []


def test_a_toll_raised_from_an_earlier_figure_is_compared_with_nothing() -> None:
    text = (
        "Nine miners have died, the mines ministry said in the evening, raising the toll from "
        "the five it had given at noon."
    )
    assert analyze(text, published="2025-11-18").conflicts == ()


@pytest.mark.parametrize(("counted", "conflicts"), [("22 dead", 1), ("15 dead", 0)])
def test_a_count_of_dead_inmates_is_the_whole_toll(counted: str, conflicts: int) -> None:
    text = (
        "The prisons service says 15 inmates died in the riot. The prison chaplain told us he "
        f"had counted {counted} in the yard."
    )
    assert len(analyze(text, published="2025-03-05").conflicts) == conflicts


def test_two_sources_counts_of_those_treated_in_hospital_are_rivals() -> None:
    first = "The provincial health office said 112 people had been treated in hospitals."
    second = "The refinery said no more than 40 people had needed hospital treatment."
    items = claims_of_reports((first, "2025-05-14", "Wire"), (second, "2025-05-14", "Post"))
    assert len(figure_conflicts(items)) == 1


def test_two_sources_counts_of_bodies_are_rivals() -> None:
    first = "Relatives said they had counted more than 30 bodies inside the block."
    second = "The forensic institute said it had received 17 bodies from the prison."
    items = claims_of_reports((first, "2025-03-04", "Wire"), (second, "2025-03-05", "Post"))
    assert len(figure_conflicts(items)) == 1


def test_a_denial_of_deaths_by_bullets_leaves_the_other_dead_alone() -> None:
    text = (
        "The army spokesman said 14 people had died in the unrest. He said that nobody had "
        "been killed by a soldier's bullet."
    )
    assert analyze(text, published="2025-08-20").conflicts == ()


def test_a_rise_of_a_named_sources_own_count_is_a_rival_of_anothers() -> None:
    text = (
        "By Tuesday morning the health ministry had raised the toll to six. By Tuesday "
        "afternoon, the UDF's count had risen to eleven dead."
    )
    assert len(analyze(text, published="2025-04-15").conflicts) == 1


def test_a_group_among_those_a_hospital_took_in_is_some_of_that_group() -> None:
    text = (
        "The teaching hospital said it had received 38 injured people, among them 9 police "
        "officers. A police spokesman said 23 police officers had been injured."
    )
    assert analyze(text, published="2025-04-14").conflicts == ()


@pytest.mark.parametrize(("bodies", "conflicts"), [("at least thirty", 1), ("twelve", 0)])
def test_a_denied_figure_meets_bodies_counted_that_reach_it(bodies: str, conflicts: int) -> None:
    text = (
        f"A trader said she had seen {bodies} bodies laid out in the market. A civil "
        'protection spokesman said the figure of thirty was "not ours and not true".'
    )
    assert len(analyze(text, published="2025-03-03").conflicts) == conflicts


@pytest.mark.parametrize(("day", "conflicts"), [("2025-07-08", 1), ("2025-07-11", 0)])
def test_the_next_days_toll_belies_a_denial_of_more_than_a_number(day: str, conflicts: int) -> None:
    denial = "The ministry denies reports on social media that more than 20 people have died."
    given = "The trade union federation said 23 people had died."
    items = claims_of_reports((denial, "2025-07-07", "Wire"), (given, day, "Post"))
    assert len(figure_conflicts(items)) == conflicts


@pytest.mark.parametrize(
    ("text", "conflicts"),
    [
        # those still in hospital are some of all who were hurt
        ("The number of injured people stands at 13. Nine injured people remain hospitalised.", 0),
        # two sources set against each other in one sentence stay rivals
        ("Police said 104 protesters were in custody, while lawyers put the number of detainees "
         "at more than 250.", 1),
    ],
)  # fmt: skip
def test_those_still_hurt_or_held_are_some_of_all(text: str, conflicts: int) -> None:
    assert len(analyze(text, published="2025-03-02").conflicts) == conflicts


def test_a_missing_count_told_since_a_day_is_no_total_of_the_missing() -> None:
    earlier = "The coast guard said 3 people remain missing."
    later = "One of the fishermen missing since Sunday was found alive, leaving one man missing."
    items = claims_of_reports((earlier, "2025-02-04", "Wire"), (later, "2025-02-05", "Post"))
    assert figure_conflicts(items) == []


@pytest.mark.parametrize(("given", "conflicts"), [("at least twelve", 0), ("at least 25", 1)])
def test_an_open_figure_says_no_more_than_its_floor_to_a_denial(given: str, conflicts: int) -> None:
    told = f"A nurse said {given} patients had died in the fire on Monday."
    denial = 'The ministry rejects the figure of "more than twenty dead" given on Monday.'
    items = claims_of_reports((told, "2025-02-10", "Wire"), (denial, "2025-02-11", "Post"))
    assert len(figure_conflicts(items)) == conflicts


def test_a_denial_that_police_shot_protesters_leaves_a_riots_toll_alone() -> None:
    denial = "The police reject reports that officers shot dead four protesters in the market."
    toll = "The commissioner said the death toll from the riots had risen to four."
    items = claims_of_reports((denial, "2025-04-23", "Wire"), (toll, "2025-04-25", "Post"))
    assert figure_conflicts(items) == []


def test_deaths_at_the_hands_of_police_are_a_group_of_the_toll() -> None:
    earlier = "One student died on Tuesday of a head wound suffered in the clashes."
    later = "The minister told Congress that nobody had died at the hands of police."
    items = claims_of_reports((earlier, "2025-03-18", "Wire"), (later, "2025-03-20", "Post"))
    assert figure_conflicts(items) == []


def test_deaths_counted_in_some_hospitals_are_a_part_of_the_toll() -> None:
    text = "Deaths in our two hospitals: 7. The union said 23 people had died in the blast."
    assert analyze(text, published="2025-07-08").conflicts == ()


# "at least 17" civilians rival both the seven civilians and the ten people in all
@pytest.mark.parametrize(("earlier", "conflicts"), [("at least 17", 2), ("five", 0)])
def test_the_counts_before_a_sum_are_its_parts(earlier: str, conflicts: int) -> None:
    first = f"Observers said {earlier} civilians had been killed since Monday."
    summed = "Seven civilians have died and three soldiers, ten in all."
    items = claims_of_reports((first, "2025-08-19", "Wire"), (summed, "2025-08-20", "Post"))
    assert len(figure_conflicts(items)) == conflicts


def test_an_answer_to_a_question_of_now_counts_those_still_hurt() -> None:
    text = (
        "Q: How many people are still in hospital?\nA: Fourteen. Altogether 44 people were "
        "hurt in the blast."
    )
    assert analyze(text, published="2025-01-23").conflicts == ()


@pytest.mark.parametrize(
    ("evening", "conflicts"),
    [
        # the fire brigade's morning count is replaced by its own evening count
        ("By Monday evening. The fire brigade says 30 people were injured.", 0),
        # with no later word of its own, the fire brigade's count stays a rival
        ("By Monday evening. The mayor calls for calm.", 1),
    ],
)
def test_a_count_its_source_replaces_in_a_running_account_is_its_past(
    evening: str, conflicts: int
) -> None:
    text = (
        "7:30 a.m. The fire brigade says 12 people were injured.\n\n"
        "9:15 a.m. The city hospital says it has treated 25 injured people.\n\n"
        f"{evening}"
    )
    assert len(analyze(text, published="2025-09-29").conflicts) == conflicts


@pytest.mark.parametrize(("later_toll", "conflicts"), [("six", 1), ("12", 0)])
def test_a_timeline_entry_is_told_on_its_own_day(later_toll: str, conflicts: int) -> None:
    timeline = (
        "How the blaze unfolded\n\n"
        "Sunday evening: The fire service says four people have died. Neighbours say at least "
        "ten have died.\n\n"
        "Tuesday: The mayor visits the site."
    )
    later = f"The fire service said on Monday that {later_toll} people had died in the blaze."
    items = claims_of_reports((timeline, "2025-03-05", "Daily"), (later, "2025-03-03", "Wire"))
    across = [c for c in figure_conflicts(items) if c.first.document != c.second.document]
    neighbours = [c for c in across if 10 in (c.first.claim.low, c.second.claim.low)]
    assert len(neighbours) == conflicts


@pytest.mark.parametrize(
    ("text", "conflicts"),
    [
        # a statement's own toll and its own denial of one group's deaths are one breakdown
        ("Four persons lost their lives in the riot. The Council denies that any student was "
         "killed.", 0),
        # the denial still answers another source's count of people
        ("Doctors say four people were killed in the riot. The Council denies that any student "
         "was killed.", 1),
        # a statement's own count against reports it calls false, both in no one's name
        ("Four (4) persons lost their lives in the incident. Reports circulating online of "
         "dozens of deaths do not correspond to reality.", 1),
    ],
)  # fmt: skip
def test_a_statement_in_its_own_voice(text: str, conflicts: int) -> None:
    assert len(analyze(text, published="2025-03-04").conflicts) == conflicts


@pytest.mark.parametrize(
    ("director", "conflicts"),
    [
        # the hospital is where the fire struck: its dead are the whole toll
        ("The director said three patients died in the fire at our hospital.", 1),
        # those who died after reaching the hospital are only some of the dead
        ("The director said three patients died in our hospital overnight.", 0),
    ],
)
def test_deaths_at_a_hospital_that_is_the_scene_are_a_toll(director: str, conflicts: int) -> None:
    text = f"{director} Relatives say at least eight people died."
    assert len(analyze(text, published="2025-03-04").conflicts) == conflicts


@pytest.mark.parametrize(
    ("evening", "conflicts"),
    [
        # a higher count told for a later hour of the day is the count grown
        ("By 9 p.m., the district hospital said 14 bodies had been brought in.", 0),
        # a lower one is not
        ("By 9 p.m., the governor said three people had died.", 1),
        # a source's own count grown is no update of another source's count
        ("By Monday night, the UDF's count had risen to 14 dead.", 1),
    ],
)
def test_counts_told_for_later_hours_of_a_day_are_updates(evening: str, conflicts: int) -> None:
    text = f"By 5 p.m. on Monday, the provincial police said six people had died. {evening}"
    assert len(analyze(text, published="2025-05-05").conflicts) == conflicts


@pytest.mark.parametrize(("tuesday", "conflicts"), [("nine", 0), ("four", 1)])
def test_a_recap_of_days_orders_its_counts_by_day(tuesday: str, conflicts: int) -> None:
    text = (
        "How the storm unfolded. By Sunday evening the coast guard counted five dead. "
        f"On Monday the regional governor put the toll at {tuesday}."
    )
    assert len(analyze(text, published="2025-05-07").conflicts) == conflicts


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "By Monday evening" in Thursday's recap is the Monday gone by
        ("The floods began on Saturday. By Monday evening rescuers counted twelve dead.",
         "2025-05-05"),
        # a day to come dates something else: the count is as of the report
        ("Police said 40 people were detained for looting and that their cases would be heard "
         "on Monday.", "2025-05-08"),
    ],
)  # fmt: skip
def test_a_count_is_of_no_day_after_its_report(text: str, day: str) -> None:
    (found,) = analyze(text, published="2025-05-08").claims  # a Thursday
    assert found.date == day


@pytest.mark.parametrize(("hour", "conflicts"), [("By Tuesday noon, ", 0), ("", 1)])
def test_a_later_report_counting_an_earlier_hour_is_no_fall(hour: str, conflicts: int) -> None:
    earlier = "The fire brigade now says eight people are confirmed dead."
    later = f"{hour}the fire brigade had confirmed four deaths."
    items = claims_of_reports((earlier, "2025-05-07", "Daily"), (later, "2025-05-08", "Wire"))
    assert len(figure_conflicts(items)) == conflicts


def test_a_figure_first_said_is_the_count_of_before() -> None:
    text = (
        "Police first said six people had died. "
        "By Saturday the police count stood at eleven, including two firefighters."
    )
    assert analyze(text, published="2025-05-12").conflicts == ()


@pytest.mark.parametrize(("later", "conflicts"), [("two", 0), ("five", 3)])
def test_counts_that_add_up_to_the_total_before_them_break_it_down(
    later: str, conflicts: int
) -> None:
    text = (
        "Q: How many miners died in the flood? A: Nine. Seven miners drowned in the lower "
        f"shaft, and {later} miners died later at the district hospital."
    )
    assert len(analyze(text, published="2025-05-05").conflicts) == conflicts


def test_the_learned_decider_never_sets_a_group_against_the_total_it_fits_in() -> None:
    text = (
        "Q: How many miners died in the flood? A: Nine. Seven miners drowned in the lower "
        "shaft, and two miners died later at the district hospital."
    )
    total, group, _ = claims_in_context(analyze(text, published="2025-05-05"))
    assert group.subgroup and not total.part
    assert never_conflict(total, group)


@pytest.mark.parametrize(
    ("where", "conflicts"),
    [
        # one hospital's dead are some of all the dead
        ("at this hospital", 0),
        # a city's are its whole toll
        ("in the city", 1),
    ],
)
def test_the_dead_of_this_hospital_are_some_of_the_toll(where: str, conflicts: int) -> None:
    text = (
        f"The director said the number of deaths {where} stood at six. Residents believe the "
        "number of dead is closer to twenty."
    )
    assert len(analyze(text, published="2025-05-05").conflicts) == conflicts


def test_a_long_toll_phrase_after_bringing_is_a_rise() -> None:
    text = (
        "Four people were brought in dead, and three more died overnight, bringing the number "
        "of dead in the province to seven."
    )
    assert analyze(text, published="2025-05-05").conflicts == ()


@pytest.mark.parametrize(
    ("recap", "conflicts"),
    [
        # a recap's sentence opening with the day tells that day's word: a rival of 14
        ("On Monday the Red Cross put the toll at 23 and the ministry at 14.", 1),
        # told without it, a later report's higher count of that day is its fuller count
        ("The Red Cross put the toll at 23 and the ministry at 14 on Monday.", 0),
    ],
)
def test_a_recap_of_a_day_tells_that_days_word(recap: str, conflicts: int) -> None:
    items = claims_of_reports(
        ("The ministry puts the toll at 14.", "2025-05-05", "Wire"),
        (f"How the floods unfolded. {recap}", "2025-05-07", "Daily"),
    )
    across = [c for c in figure_conflicts(items) if c.first.document != c.second.document]
    assert len(across) == conflicts


@pytest.mark.parametrize(
    ("text", "conflicts"),
    [
        # two senders' contingents
        ("The army has deployed 900 troops to the flooded districts, and Kenya has sent a plane "
         "with 40 military personnel.", 0),
        # two sources' rival counts of one deployment
        ("The army said it had deployed 900 troops to the flooded districts, while the "
         "opposition said only 40 soldiers were deployed.", 1),
    ],
)  # fmt: skip
def test_two_deployments_of_one_sentence_are_two_contingents(text: str, conflicts: int) -> None:
    assert len(analyze(text, published="2025-05-05").conflicts) == conflicts


@pytest.mark.parametrize(
    ("text", "conflicts"),
    [
        # "the bodies of six" are some of the dead told before
        ("Relatives say at least 20 miners died, and that the bodies of six have not been "
         "returned to their families.", 0),
        # "the bodies of six people" found are a count of the dead
        ("Rescuers say they have found the bodies of six people. Relatives say at least 20 "
         "miners died.", 1),
    ],
)  # fmt: skip
def test_the_bodies_of_some_of_the_dead_are_a_part(text: str, conflicts: int) -> None:
    assert len(analyze(text, published="2025-05-05").conflicts) == conflicts


@pytest.mark.parametrize(("today", "conflicts"), [("12", 0), ("5", 1)])
def test_a_count_told_for_today_follows_the_days_before(today: str, conflicts: int) -> None:
    text = (
        "On Monday the coast guard counted 8 dead. "
        f"Today the interior ministry puts the toll at {today}."
    )
    assert len(analyze(text, published="2025-03-04").conflicts) == conflicts


@pytest.mark.parametrize(
    ("later", "conflicts"),
    [
        # the toll itself, told as the one of now, has grown
        ("A police spokesman: the toll is now five.", 0),
        # another named source's count of a later hour may be a rival
        ("A police spokesman says five people have died.", 1),
    ],
)
def test_a_toll_told_as_the_one_of_now_is_a_rise(later: str, conflicts: int) -> None:
    text = (
        f"Live: ferry fire\n\n08:10 — The governor says three people have died.\n\n10:40 — {later}"
    )
    assert len(analyze(text, published="2025-03-04").conflicts) == conflicts


@pytest.mark.parametrize(
    ("evening", "conflicts"),
    [
        # a later entry's count in no one's name is the account's own toll grown
        ("9 dead, 2 missing", 0),
        # a named source's higher count of a later hour may be a rival
        ("The union says 9 people have died", 1),
    ],
)
def test_a_later_entrys_count_in_no_ones_name_is_the_toll_grown(
    evening: str, conflicts: int
) -> None:
    text = f"Alerts\n\n11:20 Death toll climbs to 4, rescuers say\n15:05 {evening}"
    assert len(analyze(text, published="2025-03-04").conflicts) == conflicts


@pytest.mark.parametrize(
    ("afternoon", "conflicts"),
    [
        # the missing of a later entry are fewer as people are found
        ("13:00 Rescuers say 12 people are still missing\n18:30 Civil defence: 9 dead, 5 missing",
         0),
        # two sources' counts of one entry are rivals
        ("13:00 Rescuers say 12 people are missing, while the mayor says 5 are missing\n"
         "18:30 The mayor visits the site", 1),
    ],
)  # fmt: skip
def test_the_missing_of_a_later_entry_are_found(afternoon: str, conflicts: int) -> None:
    assert len(analyze(f"Alerts\n\n{afternoon}", published="2025-03-04").conflicts) == conflicts


@pytest.mark.parametrize(
    ("text", "conflicts"),
    [
        # a clause that opens with a later hour tells the count grown
        ("On Monday morning the police spoke of three dead; by late morning they said seven.", 0),
        # a lower count of a later hour from another source is a rival
        ("On Monday morning the police spoke of seven dead; by late morning the union said "
         "three.", 1),
    ],
)  # fmt: skip
def test_a_clause_opening_with_a_later_hour_counts_up_to_it(text: str, conflicts: int) -> None:
    assert len(analyze(text, published="2025-03-06").conflicts) == conflicts


@pytest.mark.parametrize(
    ("minister", "conflicts"), [("no patient has died in hospital", 0), ("no one has died", 1)]
)
def test_the_dead_among_a_hospitals_patients_are_a_part(minister: str, conflicts: int) -> None:
    text = f"Police say nine people died in the fire. The health minister says {minister}."
    assert len(analyze(text, published="2025-03-04").conflicts) == conflicts


@pytest.mark.parametrize(("note", "conflicts"), [("gave 5 dead at 10:00", 0), ("gave 5 dead", 1)])
def test_a_figure_given_at_an_hour_is_that_hours_word(note: str, conflicts: int) -> None:
    text = f"Daily tally\nKilled: 8 (6 men, 2 women)\nNote: the health office {note}."
    assert len(analyze(text, published="2025-03-04").conflicts) == conflicts


@pytest.mark.parametrize(("told", "conflicts"), [(" in that municipality", 0), ("", 1)])
def test_a_place_told_again_for_the_figure_is_its_place(told: str, conflicts: int) -> None:
    text = (
        "The health office puts the toll at 17. "
        f"Doctors in Lobito count ten deaths{told}. Lobito is calm."
    )
    assert len(analyze(text, published="2025-03-04").conflicts) == conflicts


@pytest.mark.parametrize(
    ("how", "conflicts"), [("most of them shot by soldiers", 1), ("most of them in the crush", 0)]
)
def test_a_toll_told_to_hold_the_forces_dead_meets_their_denial(how: str, conflicts: int) -> None:
    text = (
        "The army denied that soldiers shot dead any protester. "
        f"A residents' group says 12 people were killed, {how}."
    )
    assert len(analyze(text, published="2025-03-04").conflicts) == conflicts


@pytest.mark.parametrize(
    ("held", "conflicts"),
    [
        # past a phrase naming them, the clause counts those held now
        ("three people, the police said, are still detained", 0),
        ("two people, both students, are now detained", 0),
        # those detained on the day are a rival count of the arrests
        ("three people, the police said, were detained", 1),
    ],
)
def test_a_count_of_now_reads_past_a_phrase_naming_it(held: str, conflicts: int) -> None:
    text = f"Police said 40 protesters were arrested on Monday; {held}."
    assert len(analyze(text, published="2025-03-03").conflicts) == conflicts


@pytest.mark.parametrize(("where", "conflicts"), [(" from our village", 0), ("", 1)])
def test_a_count_of_the_speakers_own_village_is_a_part(where: str, conflicts: int) -> None:
    text = (
        "Rescuers said on Monday that 17 people had died in the district. "
        f"The chief said only five people had died{where}."
    )
    assert len(analyze(text, published="2025-03-03").conflicts) == conflicts


@pytest.mark.parametrize(
    ("chronicle", "conflicts"),
    [
        # a rise of the forum's own count grows only the forum's figures
        ("goes with the rights forum, whose count has risen to seven", 1),
        # the toll itself told as risen is an update
        ("says the toll has risen to seven", 0),
    ],
)
def test_a_rise_of_whose_count_is_that_sources_own(chronicle: str, conflicts: int) -> None:
    text = f"The Daily leads with the police count of five dead. The Chronicle {chronicle}."
    assert len(analyze(text, published="2025-03-03").conflicts) == conflicts


@pytest.mark.parametrize(("later", "conflicts"), [("Death toll rises to 9", 0), ("9 dead", 1)])
def test_a_toll_that_rises_in_a_later_entry_is_an_update(later: str, conflicts: int) -> None:
    text = f"Live\n\n10:00 Police say 4 people have died\n12:00 {later}, rescuers say\n"
    assert len(analyze(text, published="2025-03-03").conflicts) == conflicts


@pytest.mark.parametrize(
    ("text", "conflicts"),
    [
        # the writer's own voice is one source, not two rivals
        ("By evening our team had treated 11 people for burns. "
         "We have treated 23 people in three days.", 0),
        ("By evening the Red Cross had treated 11 people for burns. "
         "The Red Crescent said it had treated 23 people.", 1),
    ],
)  # fmt: skip
def test_the_writers_own_voice_is_no_rival_of_itself(text: str, conflicts: int) -> None:
    assert len(analyze(text, published="2025-03-03").conflicts) == conflicts


@pytest.mark.parametrize(
    ("share", "conflicts"),
    [
        ("the town alone had lost 12 people", 0),
        ("in our camp three men are dead now", 0),
        ("the town had lost 12 people", 1),
        ("three men are dead now", 1),
    ],
)
def test_one_places_share_is_no_rival_of_the_whole_toll(share: str, conflicts: int) -> None:
    text = f"The ministry said 19 people had died. A nurse said {share}."
    assert len(analyze(text, published="2025-03-03").conflicts) == conflicts


def test_a_breakdown_in_brackets_still_meets_other_counts_of_its_places() -> None:
    text = (
        "Confirmed deaths: 23 (Lilongwe 11, Blantyre 7, Zomba 5). "
        "The health office in Lilongwe counted 15 deaths."
    )
    items = claims_in_context(analyze(text, published="2025-03-03"))
    assert [item.bracket is not None for item in items] == [False, True, True, True, False]
    assert [len(figure_conflicts(items))] == [1]  # Lilongwe's 11 against its own 15


@pytest.mark.parametrize(
    "text",
    [
        "Claims that seven people lost their lives are untrue, the interior ministry said.",
        "Reports that 30 people died in the clashes are inconsistent with the facts, police said.",
        "The governor said reports of 40 deaths had been dismissed as false.",
    ],
)
def test_reports_called_false_are_denied(text: str) -> None:
    assert [claim.stance for claim in analyze(text, published="2025-03-03").claims] == ["denied"]


def test_a_rumour_told_again_does_not_belie_its_denial() -> None:
    denial = "Reports that more than 30 people died are untrue, the county said."
    items = claims_of_reports(
        (denial, "2025-08-11", "Wire"),
        ("A post shared 300,000 times claims 40 people died.", "2025-08-12", "Post"),
    )
    assert [item.claim.stance for item in items] == ["denied", "claimed"]
    assert figure_conflicts(items) == []


@pytest.mark.parametrize(
    "text",
    [
        "The wounded have held steady: 14 on Monday, 17 on Tuesday and 18 now, two of them "
        "still in hospital.",
        "The number of people missing fell from 30 on Monday to 12 on Tuesday and to four "
        "today, rescuers said.",
        "The shelters emptied slowly, from 900 displaced on Monday to 600 on Tuesday and 250 "
        "today.",
    ],
)
def test_a_series_told_over_days_is_one_count_not_rivals(text: str) -> None:
    items = claims_in_context(analyze(text, published="2025-03-05"))
    series = [item for item in items if item.series is not None]
    assert len(series) == 3
    assert len({item.series for item in series}) == 1
    assert figure_conflicts(items) == []
    # read as figures of their own, of one day, the same items disagree
    alone = [
        dataclasses.replace(item, series=None, claim=dataclasses.replace(item.claim, date=None))
        for item in items
    ]
    assert figure_conflicts(alone)


def test_two_sources_counts_of_two_days_are_no_series() -> None:
    text = "The hospital treated 14 injured on Monday, while police said 17 were hurt on Tuesday."
    items = claims_in_context(analyze(text, published="2025-03-05"))
    assert [item.series for item in items] == [None, None]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Police counted eight dead at the least.", 8, None),
        ("Police said eight people or more were killed.", 8, None),
        ("Police said eight or more people were killed.", 8, None),
        ("The toll is eight dead and counting, police said.", 8, None),
        ("Police said eight people at most were injured.", None, 8),
        ("Police said eight people were killed, and at least 20 injured.", 8, 8),
    ],
)
def test_a_qualifier_told_after_its_figure_opens_its_range(
    text: str, low: float | None, high: float | None
) -> None:
    first = analyze(text, published="2025-03-05").claims[0]
    assert (first.low, first.high) == (low, high)


def test_a_figure_at_the_least_is_no_rival_of_a_higher_count() -> None:
    items = claims_of_reports(
        ("Police counted eight dead at the least.", "2025-03-05", "Wire"),
        ("The hospital said 11 people died.", "2025-03-05", "Daily"),
    )
    assert figure_conflicts(items) == []


@pytest.mark.parametrize(("figure", "conflicts"), [("its early figure", 0), ("its figure", 1)])
def test_an_early_figure_is_the_past_of_the_count_that_replaced_it(
    figure: str, conflicts: int
) -> None:
    text = (
        "The toll from the ferry fire rose to 40, the ministry said. The port agency said "
        f"{figure} of 25 dead had been a count made at the quay."
    )
    items = claims_in_context(analyze(text, published="2025-03-05"))
    assert len(figure_conflicts(items)) == conflicts


@pytest.mark.parametrize(
    ("text", "conflicts"),
    [
        # a toll revised down: the figure it moved from was wrong
        (
            "The number of injured was revised to 58 from 64 after the hospital found that six "
            "patients had been registered twice.",
            1,
        ),
        ("The ministry lowered its confirmed toll from 19 to 17 on Wednesday.", 1),
        # a toll revised up is the count grown
        ("The ministry raised its confirmed toll from 17 to 19 on Wednesday.", 0),
        ("The toll stands at 12, up from nine on Monday.", 0),
        # the missing are found, so their count falls
        ("Sixteen people are still missing, down from 35.", 0),
        # a figure further on in the sentence is not the one the count moved to
        ("The death toll was revised to 8 from 9, and 41 people remain in hospital.", 1),
    ],
)
def test_a_toll_revised_down_disagrees_with_the_figure_it_moved_from(
    text: str, conflicts: int
) -> None:
    items = claims_in_context(analyze(text, published="2025-03-05"))
    found = figure_conflicts(items)
    assert len(found) == conflicts
    assert all("revised down" in conflict.explanation for conflict in found)


def test_two_counts_told_side_by_side_stay_rivals_when_one_is_replaced_later() -> None:
    """The coast guard's 21, replaced by its own 27 in a later entry, was still the rival of
    the monitors' "at least 38" when the first entry told both."""
    text = (
        "Live: flood in the valley\n\n09:10 Rights monitors said at least 38 people had "
        "drowned; the coast guard said 21.\n\n15:30 The coast guard raised its toll to 27 "
        "after fishermen found more bodies."
    )
    items = claims_in_context(analyze(text, published="2025-04-24"))
    pairs = [
        (quantity_text(c.first.claim), quantity_text(c.second.claim))
        for c in figure_conflicts(items)
    ]
    assert pairs == [("at least 38", "21"), ("at least 38", "27")]


@pytest.mark.parametrize(
    ("correction", "conflicts"),
    [
        # a correction restates the outlet's own word of the day before: a rival of that day
        ("In yesterday's edition we reported that five people had died in the collapse.", 1),
        # a report's own later count of the day before knows more of that day
        ("Five people died in the collapse yesterday.", 0),
    ],
)
def test_a_correction_restates_the_outlets_word_of_its_day(correction: str, conflicts: int) -> None:
    earlier = analyze(
        "The death toll rose to three on Wednesday after a man died in hospital, gardaí said.",
        published="2025-07-30",
    )
    later = analyze(f"CORRECTION: {correction}", published="2025-07-31")
    items = claims_in_context(earlier) + claims_in_context(later)
    assert len(figure_conflicts(items)) == conflicts


@pytest.mark.parametrize(
    ("sentence", "conflicts"),
    [
        # the denial that follows the toll tells nothing of the dead it counted
        ("the interior ministry said the toll stood at two and denied that any worker had "
         "been shot dead by police.", 1),
        # the dead of police fire are a group of the toll, no rival of a higher whole
        ("the interior ministry said two workers had been shot dead by police.", 0),
    ],
)  # fmt: skip
def test_a_toll_before_a_denial_of_police_fire_is_the_whole_toll(
    sentence: str, conflicts: int
) -> None:
    text = f"The union said at least three people were killed. On Wednesday {sentence}"
    assert len(analyze(text, published="2025-03-19").conflicts) == conflicts


@pytest.mark.parametrize(("caring", "conflicts"), [("was caring for", 0), ("had treated", 1)])
def test_patients_a_hospital_is_caring_for_are_a_count_of_now(caring: str, conflicts: int) -> None:
    earlier = analyze(
        "Gardaí say that 31 people were brought to University Hospital Galway.",
        published="2025-07-29",
    )
    later = analyze(
        f"University Hospital Galway said it {caring} 29 patients from the racecourse.",
        published="2025-07-30",
    )
    items = claims_in_context(earlier) + claims_in_context(later)
    assert len(figure_conflicts(items)) == conflicts


@pytest.mark.parametrize(
    ("text", "conflicts"),
    [
        # workers on strike and the strike's protesters are one crowd
        ("The union said 2,500 workers were still on strike. The company said no more than 700 "
         "protesters took part.", 1),
        # but injured workers and injured protesters stay two groups
        ("The union said 25 workers were injured. Police said 10 protesters were injured.", 0),
    ],
)  # fmt: skip
def test_strikers_and_protesters_are_one_crowd(text: str, conflicts: int) -> None:
    assert len(analyze(text, published="2025-03-19").conflicts) == conflicts


@pytest.mark.parametrize(
    ("sentence", "conflicts"),
    [
        # two named sources' counts of those treated, set against each other in one sentence
        ('A nurse at Imam Khomeini hospital told me staff treated "more than 25" wounded that '
         "night, not the 9 the health network announced.", 1),
        # one source's count and a part of it
        ("The health network said staff had treated 25 wounded that night, 9 of them children.",
         0),
    ],
)  # fmt: skip
def test_two_sources_counts_of_the_treated_in_one_sentence_are_rivals(
    sentence: str, conflicts: int
) -> None:
    assert len(analyze(sentence, published="2025-09-24").conflicts) == conflicts
