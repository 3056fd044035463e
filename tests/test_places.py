"""The place stage: place names found in real news sentences, and the GeoNames places they get."""

from __future__ import annotations

import pytest

from factline.gazetteer import load_gazetteer
from factline.geo import distance_km, place_within
from factline.pipeline import analyze
from factline.places import find_places, mention_at
from factline.places_resolve import Resolution, resolve
from factline.record import Analysis, Document, Place
from factline.segment import split_sentences


def places_in(text: str) -> tuple[Place, ...]:
    return find_places(Analysis(document=Document(text=text), sentences=split_sentences(text)))


def by_text(places: tuple[Place, ...]) -> dict[str, Place]:
    return {place.text: place for place in places}


# text, the place names expected (surface -> GeoNames id)
RESOLVED = [
    (
        "Protests spread to Almaty, Kazakhstan, on Tuesday.",
        {"Almaty": 1526384, "Kazakhstan": 1522867},
    ),
    ("Police clashed with protesters in the city of Zhanaozen.", {"Zhanaozen": 607610}),
    ("Unrest began in Zhanaözen and spread to Aktau.", {"Zhanaözen": 607610, "Aktau": 610612}),
    (
        "He flew from Kiev to Alma-Ata, then on to Nur-Sultan.",
        {"Kiev": 703448, "Alma-Ata": 1526384, "Nur-Sultan": 1526273},
    ),
    # the name without its type word in lower case; the word still picks the region
    ("Troops were deployed in the Almaty region.", {"Almaty": 1537162}),
    ("Shelling continued in the Kherson oblast.", {"Kherson": 706442}),
    (
        "The U.S. and the UK condemned the violence in southern Kazakhstan.",
        {"U.S.": 6252001, "UK": 2635167, "Kazakhstan": 1522867},
    ),
    ("Alexandria, La., is quiet tonight.", {"Alexandria": 4314550, "La.": 4331987}),
    ("Kazakhstan's president flew to Moscow on Friday.", {"Kazakhstan": 1522867, "Moscow": 524901}),
    ("Chiefland, Fla., officials met on Monday.", {"Chiefland": 4150733, "Fla.": 4155751}),
    # "The Netherlands" is the country's GeoNames name; news writes "the Netherlands"
    (
        "Voters in the Netherlands went to the polls; in Vancouver, B.C., few noticed.",
        {"Netherlands": 2750405, "B.C.": 5909050},
    ),
    # the state, not Oklahoma City (whose alternate names include "Oklahoma")
    ("Storms hit Oklahoma on Monday.", {"Oklahoma": 4544379}),
    # a village of some 500 people (GeoNames towns of 500+), named after a place cue
    (
        "Firefighters in Falls Village, Conn., put out the blaze.",
        {"Falls Village": 4834232, "Conn.": 4831725},
    ),
    # a state's postal code after a town and a comma is its container
    ("The plant in Reading, PA, closed.", {"Reading": 5207728, "PA": 6254927}),
    ("Vancouver, BC, saw snow.", {"Vancouver": 6173331, "BC": 5909050}),
    # two names that both lie in one state settle each other: Lincoln, Nebraska
    (
        "She studied at the University of Nebraska-Lincoln before moving.",
        {"Nebraska": 5073708, "Lincoln": 5072006},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESOLVED)
def test_places_are_found_and_resolved(text: str, expected: dict[str, int]) -> None:
    found = {place.text: place.geonames_id for place in places_in(text)}
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Reading the statement, officials said the Mobile unit had left.",
        "Police said the protesters had dispersed.",
        "Of the 164 dead, most were civilians.",
        "Kazakh security forces and Russian paratroopers moved in.",
        "Paris Hilton arrived at the Washington Post offices.",
        "Veterans of the Soviet Union and the USSR gathered in March.",
        "Jackson said the decision was final.",
        "He bought it at a Wal-Mart store.",
        # a hamlet's name, or only another spelling of a town's ("Amber" for Ambert), needs a cue
        "Falls Village voted on the budget.",
        "An Amber Alert was issued on Monday.",
        "John Smith, MD, said so.",
    ],
)
def test_common_words_names_and_demonyms_are_not_places(text: str) -> None:
    assert places_in(text) == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a place that opens the name of one of its bodies is still a place
        ("A deputy of the Anderson County Sheriff's Office said so.", ["Anderson County"]),
        ("Texas Ranger Steve Jeter also responded.", ["Texas"]),
        ("Brant OPP officers closed the road.", ["Brant"]),
        ("He teaches at Ohio State University in Columbus.", ["Ohio", "Columbus"]),
        # after a hyphen: a lawmaker's party and home town, two places joined
        ("Rep. Barbara Lee, D-Oakland, voted against the bill.", ["Oakland"]),
        ("The Washington-Moscow route was postponed.", ["Washington", "Moscow"]),
        # a possessive closes the name before it
        ("Shelling continued in Ukraine's Kherson region.", ["Ukraine", "Kherson"]),
    ],
)
def test_places_inside_longer_names(text: str, names: list[str]) -> None:
    assert [place.text for place in places_in(text)] == names


def test_a_full_stop_after_a_name_in_capitals_ends_the_sentence() -> None:
    found = [place.text for place in places_in("Sales fell in the US. Analysts said so.")]
    assert found == ["US"]


def test_countries_stand_at_geonames_points() -> None:
    found = by_text(places_in("Canada and Japan signed the deal."))
    assert (found["Canada"].lat, found["Canada"].lon) == pytest.approx((60.11, -113.64), abs=0.01)
    assert (found["Japan"].lat, found["Japan"].lon) == pytest.approx((35.69, 139.75), abs=0.01)


def test_a_district_without_coordinates_stands_at_the_town_it_is_named_after() -> None:
    """GeoNames' district of Ayolas (Misiones, Paraguay) has no point of its own here; its town,
    Ayolas, has one, and the record places the district there rather than nowhere."""
    gazetteer = load_gazetteer()
    district = next(e for e in gazetteer.candidates("ayolas") if e.kind == "admin2")
    town = next(e for e in gazetteer.candidates("ayolas") if e.kind == "city")
    assert district.lat is None and town.lat is not None
    found = by_text(places_in("Farmers marched through Ayolas (Misiones) on Monday."))
    ayolas = found["Ayolas"]
    assert ayolas.geonames_id == district.geonames_id  # resolution itself is unchanged
    assert (ayolas.lat, ayolas.lon) == (town.lat, town.lon)


def test_seas_and_regions_without_geonames_ids_are_located() -> None:
    text = "Tensions rose across Central Asia and the Black Sea, and in the Donbas."
    found = by_text(places_in(text))
    assert set(found) == {"Central Asia", "Black Sea", "Donbas"}
    assert found["Donbas"].country == "UA"
    assert all(place.geonames_id is None and place.lat is not None for place in found.values())


def test_a_street_stands_approximately_at_the_town_named_after_it() -> None:
    """The street keeps its own name and gets no GeoNames id (it is not Wichita), but Wichita's
    point and regions, with a confidence well below the town's own."""
    found = by_text(places_in("Shots were fired on Darby Street in Wichita, Kansas."))
    street, town = found["Darby Street"], found["Wichita"]
    assert town.geonames_id == 4281730
    assert (street.name, street.geonames_id) == ("Darby Street", None)
    assert (street.lat, street.lon, street.country, street.admin1) == (
        town.lat,
        town.lon,
        "US",
        "Kansas",
    )
    assert street.confidence < 0.5 < town.confidence


def test_a_street_stands_at_the_town_named_last_before_it() -> None:
    text = (
        "Police in Topeka arrested two men on Monday. The men had been seen on Kingsley Avenue "
        "before they fled towards Wichita."
    )
    found = by_text(places_in(text))
    assert (found["Kingsley Avenue"].lat, found["Kingsley Avenue"].lon) == (
        found["Topeka"].lat,
        found["Topeka"].lon,
    )


def test_a_street_in_a_report_naming_no_town_is_not_located() -> None:
    """A country is too wide to stand for where a street is."""
    found = by_text(places_in("Shots were fired on Darby Street in Kenya last night."))
    street = found["Darby Street"]
    assert (street.lat, street.geonames_id, street.country) == (None, None, None)


def test_streets_with_directions_and_abbreviations() -> None:
    text = "The crash happened on North Main Street, near 319 Main St. and Van Dorn Avenue."
    found = [place.text for place in places_in(text)]
    assert found == ["North Main Street", "Main St.", "Van Dorn Avenue"]


def test_lakes_and_mountains_named_by_a_type_word_before() -> None:
    text = "Water from Lake Lanier reached Lake Charles; climbers left Mount Hood's slopes."
    found = by_text(places_in(text))
    assert set(found) == {"Lake Lanier", "Lake Charles", "Mount Hood"}
    assert found["Lake Lanier"].geonames_id is None  # the gazetteer has no lakes
    assert found["Lake Charles"].geonames_id == 4330236  # but it has the town (Louisiana)


def test_same_name_with_different_containers_keeps_them_apart() -> None:
    text = "In Alexandria, Egypt, crowds gathered. Alexandria, Virginia, voted. Alexandria, Egypt."
    ids = [place.geonames_id for place in places_in(text) if place.text == "Alexandria"]
    assert ids == [361058, 4744091, 361058]


def test_ids_follow_text_order_and_offsets_point_at_the_text() -> None:
    text = "Troops from Russia, Belarus and Armenia landed in Almaty."
    places = places_in(text)
    assert [place.id for place in places] == ["p1", "p2", "p3", "p4"]
    assert [place.text for place in places] == ["Russia", "Belarus", "Armenia", "Almaty"]
    for place in places:
        assert text[place.start : place.end] == place.text
        assert 0.0 < place.confidence <= 1.0


def test_place_fields_for_a_town() -> None:
    almaty = by_text(places_in("Gunfire was heard in Almaty."))["Almaty"]
    assert (almaty.name, almaty.country, almaty.admin1) == ("Almaty", "KZ", "Almaty")
    assert almaty.lat == pytest.approx(43.25, abs=0.05)
    assert almaty.lon == pytest.approx(76.92, abs=0.05)


SEED_COUNTRIES = {
    "Almaty": "KZ",
    "Kazakhstan": "KZ",
    "Russia": "RU",
    "Armenia": "AM",
    "Belarus": "BY",
    "Kyrgyzstan": "KG",
    "Tajikistan": "TJ",
    "Ukraine": "UA",
    "China": "CN",
}


def test_seed_report_places(seed_text: str) -> None:
    places = places_in(seed_text)
    found = by_text(places)
    assert {name: found[name].country for name in SEED_COUNTRIES if name in found} == (
        SEED_COUNTRIES
    )
    assert found["Almaty"].lat == pytest.approx(43.25, abs=0.05)
    assert found["Almaty"].lon == pytest.approx(76.92, abs=0.05)
    surfaces = {place.text for place in places}
    assert not surfaces & {"Kazakh", "Kazakhs", "Russian", "Soviet", "Soviet Union", "USSR"}


def test_the_pipeline_fills_places() -> None:
    places = analyze("Troops landed in Almaty on Thursday.", published="2022-01-06").places
    assert [(place.id, place.name, place.country) for place in places] == [("p1", "Almaty", "KZ")]


def test_long_hostile_line_is_read_whole() -> None:
    text = "Almaty. " + "A-" * 300_000 + " " + "Xx'" * 100_000 + " " + "A " * 200_000 + "in Almaty."
    assert [place.text for place in places_in(text)] == ["Almaty", "Almaty"]


@pytest.mark.parametrize(
    ("inner", "outer", "within"),
    [
        ("Almaty", "Kazakhstan", True),
        ("Kazakhstan", "Almaty", False),
        ("Almaty", "Russia", False),
        ("Springfield", "Illinois", True),
        ("Illinois", "Springfield", False),
    ],
)
def test_place_within(inner: str, outer: str, within: bool) -> None:
    text = "They went to Almaty, Kazakhstan and to Russia, then to Springfield, Illinois."
    found = by_text(places_in(text))
    assert place_within(found[inner], found[outer]) is within


def test_distance_between_almaty_and_astana() -> None:
    found = by_text(places_in("Flights from Almaty to Astana resumed."))
    assert distance_km(found["Almaty"], found["Astana"]) == pytest.approx(970, rel=0.05)


@pytest.mark.parametrize(
    "text",
    [
        # a name shown to be a person's anywhere in the report is the person's throughout
        "Flores was shot in 1994. Who wanted Matthew D. Flores dead? Flores had no foes.",
        "Police Chief Robert Douglas said officers went in. Douglas said the fight was the worst.",
        # bodies named after a place, and a president's government
        "The Bank of England raised rates as Real Madrid lost to Club America.",
        "Critics of the Obama administration wrote to the council.",
        # a saint's hospital or school
        "She was taken to St. Paul's Hospital after the crash.",
        # a war named after a place, and the Russian parliament
        "The disabled Gulf War veteran rode on.",
        "Deputies met in the State Duma on Friday.",
    ],
)
def test_people_and_bodies_named_like_places_are_not_places(text: str) -> None:
    assert places_in(text) == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an unknown word before a big town's name does not make the town a person
        (
            "The Dublin Singers will perform at the Distinctly Dublin festival. "
            "Groups must be based in Dublin to apply.",
            ["Dublin", "Dublin"],
        ),
        # a lawmaker's tag names a town even where the name is also a surname
        ("Senate Tax Chairman Tom Bakk, DFL-Cook, said the bill would pass.", ["Cook"]),
        ("Rep. Torrey Westrom, R-Elbow Lake, voted against it.", ["Elbow Lake"]),
        # a dateline in capitals after the headline
        ("Barn burns overnight. BANTAM — A fire destroyed a barn on Tuesday.", ["BANTAM"]),
        # a title in the plural is no French town; a city's possessive is still the city
        ("It wrote to U.S. Sens. Barbara Boxer and Dianne Feinstein.", ["U.S."]),
        ("Flights land at St. Petersburg's main airport.", ["St. Petersburg"]),
        # a member or house of the place, and a big town speaking for its people
        ("Chris Dodd, a Connecticut Democrat, spoke.", ["Connecticut"]),
        ("After the quake, Tabriz said it needed tents.", ["Tabriz"]),
        # a blank line ends the name before it
        ("Jobs growth slows in the US\n\nThe US created fewer jobs than expected.", ["US", "US"]),
    ],
)
def test_places_found_by_their_context(text: str, names: list[str]) -> None:
    assert [place.text for place in places_in(text)] == names


@pytest.mark.parametrize(
    ("text", "name", "geonames_id"),
    [
        # a name the gazetteer lacks stands where the place named inside it does
        ("Thunder Snow won the Dubai World Cup on Saturday.", "Dubai World Cup", 292223),
        ("He studied at the University of California.", "University of California", 5332921),
        # a demonym shared by several countries points to the most populous one
        ("A Norwegian ship sank in the storm.", "Norwegian", 3144096),
        # but not a street named after someone, nor a village's own name of rare words
        ("Shots were fired on Darby Street last night.", "Darby Street", None),
        ("Troops fired on Meadow Grove at dawn.", "Meadow Grove", None),
    ],
)
def test_resolving_a_known_place_name(text: str, name: str, geonames_id: int | None) -> None:
    start = text.index(name)
    mention = mention_at(text, start, start + len(name))
    resolution = resolve(text, [mention], load_gazetteer())[0]
    assert (resolution.entry.geonames_id if resolution else None) == geonames_id


def test_names_listed_before_a_plural_type_word() -> None:
    text = "Area girls from Cooke, Grayson and Love counties will compete in Gainesville, Texas."
    found = by_text(places_in(text))
    counties = {name: found[name].geonames_id for name in ("Cooke", "Grayson", "Love")}
    assert counties == {"Cooke": 4683066, "Grayson": 4694710, "Love": 4541812}
    roads = by_text(places_in("The fire is near Crabgrass, Owens and Harris roads."))
    assert set(roads) == {"Crabgrass", "Owens", "Harris"}
    assert all(road.geonames_id is None for road in roads.values())  # no town: not located
    assert all(road.lat is None for road in roads.values())


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a direction opens the longer name; alone it is no place
        ("Two men were shot in South Los Angeles.", ["Los Angeles"]),
        # GeoNames writes "City of" into some towns' names; news names the town
        ("Does the City of Norfolk need a brand?", ["Norfolk"]),
        ("Sales rose at Christmas.", []),
    ],
)
def test_the_name_itself(text: str, names: list[str]) -> None:
    assert [place.text for place in places_in(text)] == names


def resolved(text: str, names: list[str]) -> dict[str, Resolution | None]:
    """The resolution of each name (its first occurrence), resolved together as one report."""
    mentions = [mention_at(text, text.index(n), text.index(n) + len(n)) for n in names]
    return dict(zip(names, resolve(text, mentions, load_gazetteer()), strict=True))


def test_a_container_after_a_town_is_the_region_that_holds_it() -> None:
    """New York after a town of New York State is the state, not the city."""
    found = resolved(
        "She grew up in Queens, New York, and now lives abroad.", ["Queens", "New York"]
    )
    assert found["New York"] is not None and found["New York"].entry.geonames_id == 5128638


def test_a_name_without_candidates_gets_an_approximate_point_at_the_town_before() -> None:
    text = "A fire broke out at Holy Redeemer Church in Wichita on Sunday."
    found = resolved(text, ["Holy Redeemer Church", "Wichita"])
    church, town = found["Holy Redeemer Church"], found["Wichita"]
    assert church is not None and town is not None
    assert church.approximate and not town.approximate
    assert church.entry == town.entry
    assert church.confidence < 0.5 < town.confidence


def test_a_name_without_candidates_in_a_report_without_towns_has_none() -> None:
    found = resolved(
        "A fire broke out at Holy Redeemer Church in Kenya.", ["Holy Redeemer Church", "Kenya"]
    )
    assert found["Holy Redeemer Church"] is None  # a country is too wide to stand for a church


def test_a_small_town_inside_a_name_far_from_the_report_gives_way_to_its_town() -> None:
    """Griffith, Indiana is no place for a park in a report on Los Angeles."""
    text = "Firefighters in Los Angeles closed Griffith Park on Sunday."
    park = resolved(text, ["Los Angeles", "Griffith Park"])["Griffith Park"]
    assert park is not None and park.approximate
    assert park.entry.geonames_id == 5368361  # Los Angeles


def test_a_big_city_inside_a_name_stays_where_it_is() -> None:
    text = "Dealers from Bowling Green, Kentucky, showed their cars at the New York Auto Show."
    show = resolved(text, ["Bowling Green", "Kentucky", "New York Auto Show"])["New York Auto Show"]
    assert show is not None and not show.approximate
    assert show.entry.geonames_id == 5128581  # New York City


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        # each name alone leans elsewhere (Rhode Island, California; North Carolina, Georgia);
        # together they are neighbours in one state
        ("Commuters from Hopkinton drive to Concord every morning.", {"NH"}),
        ("Floodwater closed roads between Henderson County and Athens.", {"TX"}),
    ],
)
def test_names_whose_candidates_lie_side_by_side_are_read_as_neighbours(
    text: str, regions: set[str]
) -> None:
    names = [
        name for name in ("Hopkinton", "Concord", "Henderson County", "Athens") if name in text
    ]
    found = resolved(text, names)
    assert {r.entry.admin1_code for r in found.values() if r is not None} == regions
    assert all(r is not None and r.entry.country == "US" for r in found.values())


def test_a_river_in_a_named_town_stands_at_that_town_not_the_one_before() -> None:
    text = (
        "Police dispersed a rally in Almaty on Wednesday. "
        "Later, crowds gathered near the Ural River in Oral."
    )
    found = by_text(places_in(text))
    river, town = found["Ural River"], found["Oral"]
    assert (river.lat, river.lon, river.geonames_id) == (town.lat, town.lon, None)
