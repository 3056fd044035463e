"""Stories: grouping reports, the merged timeline, figures over time, and the demo story."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from factline import story_figures, story_timeline
from factline.cli import app
from factline.ingest import ingest
from factline.read import read_paths, read_text
from factline.record import Analysis, Attribution, Claim, Document, Event, Place, Span
from factline.store import Store
from factline.stories import Report, group, story_name

runner = CliRunner()
DEMO = EXAMPLES / "kazakhstan"

# --- grouping ----------------------------------------------------------------------------------

ZHANAOZEN = (
    "Hundreds of residents of Zhanaozen, an oil town in Kazakhstan's western Mangystau region, "
    "gathered in the town's main square to protest against a sharp rise in the price of "
    "liquefied petroleum gas, the fuel that most cars in the region run on."
)
EMERGENCY = (
    "President Kassym-Jomart Tokayev declared a state of emergency in Almaty and in the "
    "Mangystau region, after protests over the price of liquefied gas spread from Zhanaozen "
    "across Kazakhstan and police fired tear gas at protesters."
)
BENGHAZI = (
    "About 200 demonstrators protesting the arrest of a human rights activist take to the "
    "streets in the coastal city of Benghazi, and several of them are arrested amid "
    "confrontations with police loyal to Moammar Gadhafi in Libya."
)
TRIPOLI = (
    "Libyan state television shows images of men chanting pro-Gadhafi slogans in Tripoli as "
    "protests against Moammar Gadhafi spread from Benghazi across eastern Libya."
)


@pytest.mark.parametrize(
    ("reports", "expected"),
    [
        # one story told over two days
        ([(ZHANAOZEN, "2022-01-03"), (EMERGENCY, "2022-01-05")], [0, 0]),
        # two crises on the same days stay apart
        (
            [
                (ZHANAOZEN, "2022-01-03"),
                (BENGHAZI, "2022-01-03"),
                (EMERGENCY, "2022-01-04"),
                (TRIPOLI, "2022-01-04"),
            ],
            [0, 1, 0, 1],
        ),
        # the same words months apart are a new story: the time window closed
        ([(BENGHAZI, "2011-02-16"), (TRIPOLI, "2011-09-20")], [0, 1]),
    ],
)
def test_reports_are_grouped_by_words_and_time_window(
    reports: list[tuple[str, str]], expected: list[int]
) -> None:
    grouped = group(
        [
            Report(id=str(n), published=date.fromisoformat(day), text=text)
            for n, (text, day) in enumerate(reports)
        ]
    )
    assert grouped == expected


def test_a_report_already_in_a_story_stays_and_draws_its_kin() -> None:
    reports = [
        Report(id="a", published=date(2022, 1, 3), text=ZHANAOZEN, story="kazakhstan-2022"),
        Report(id="b", published=date(2022, 1, 5), text=EMERGENCY),
        Report(id="c", published=date(2022, 1, 5), text=BENGHAZI),
    ]
    labels = group(reports)
    assert labels[0] == labels[1] != labels[2]


def test_shared_places_count_like_shared_words() -> None:
    first = Report(id="a", published=date(2022, 1, 6), text="Troops landed overnight.")
    second = Report(id="b", published=date(2022, 1, 6), text="Shops stayed shut all day.")
    assert group([first, second]) == [0, 1]
    places = ("almaty", "kazakhstan")
    with_places = [
        Report(id="a", published=date(2022, 1, 6), text=first.text, entities=places),
        Report(id="b", published=date(2022, 1, 6), text=second.text, entities=places),
    ]
    assert group(with_places) == [0, 0]


def test_a_new_story_is_named_by_the_words_its_reports_write_most() -> None:
    # "protesters" starts like the term "protest" but stems to another; "Kazakhstan's" and
    # "Syrians2022" are the words "kazakhstan" and "syrians" as grouping reads them.
    first = Report(
        id="a",
        published=date(2022, 1, 4),
        text="Protesters, protesters and protesters held protests in Kazakhstan's west.",
    )
    second = Report(
        id="b",
        published=date(2022, 1, 3),
        text="Syrians2022: Syrians and Syria watched the protest; Kazakhstan braced.",
    )
    vector = {"@almaty": 2.0, "protest": 0.9, "kazakhst": 0.5, "syri": 0.3, "braced": 0.1}
    name = story_name([first, second], [vector, vector], taken={"2022-01-03-protests"})
    assert name == "2022-01-03-protests-kazakhstan-syrians"
    taken = {name}
    assert story_name([first, second], [vector, vector], taken) == f"{name}-2"


# --- the merged timeline -------------------------------------------------------------------------

ZHANAOZEN_PLACE = Place(id="p1", text="Zhanaozen", start=0, end=9, name="Zhanaozen", country="KZ")


def protest_report(outlet: str, published: str, day: str | None, trigger: str) -> Analysis:
    text = f"Zhanaozen: {trigger} over the fuel price, {outlet} reports."
    event = Event(
        id="e1",
        type="PROTEST",
        trigger=Span(trigger, 11, 11 + len(trigger)),
        sentence=0,
        date=day,
        place="p1",
    )
    document = Document(text=text, source=outlet, published=published)
    return Analysis(document=document, places=(ZHANAOZEN_PLACE,), events=(event,))


def test_the_same_event_from_several_reports_is_one_entry_with_all_of_them() -> None:
    reports = [
        protest_report("Steppe Wire", "2022-01-03", "2022-01-02", "protests began"),
        protest_report("Caspian Daily Ledger", "2022-01-05", "2022-01-02", "the protests began"),
        protest_report("Tien Shan Observer", "2022-01-06", None, "protests began"),
    ]
    (entry,) = story_timeline.merge(reports)
    assert entry.date == "2022-01-02"
    assert entry.first_reported == "2022-01-03"
    assert entry.outlets() == ["Caspian Daily Ledger", "Steppe Wire", "Tien Shan Observer"]
    assert entry.conflict() is None


def test_sources_that_disagree_on_the_day_give_a_date_conflict() -> None:
    reports = [
        protest_report("Steppe Wire", "2022-01-03", "2022-01-02", "protests began"),
        protest_report("Nomad Post", "2022-01-04", "2022-01-03", "protests began"),
    ]
    (entry,) = story_timeline.merge(reports)
    conflict = entry.conflict()
    assert conflict is not None and conflict.kind == "date"
    assert "2022-01-02 (Steppe Wire)" in conflict.explanation
    assert "2022-01-03 (Nomad Post)" in conflict.explanation


def test_an_entry_tells_what_most_of_its_reports_tell_as_they_come() -> None:
    entry = story_timeline.MergedEvent(id="m1")
    for published, place, day in [
        ("2022-01-03", "Zhanaozen", "2022-01-03"),
        ("2022-01-04", "Aktau", "2022-01-02"),
        ("2022-01-05", "Aktau", "2022-01-02"),
    ]:
        report = protest_report("Steppe Wire", published, day, "protests began")
        (mention,) = story_timeline.mentions([report])
        entry.add(dataclasses.replace(mention, place=place))
        if published == "2022-01-03":
            assert (entry.most_common("place"), entry.date) == ("Zhanaozen", "2022-01-03")
            assert entry.day == date(2022, 1, 3)
    assert (entry.most_common("place"), entry.date) == ("Aktau", "2022-01-02")
    assert entry.day == date(2022, 1, 2)
    assert entry.names() == ("Aktau", None, None)


def test_events_of_another_type_or_far_apart_days_stay_apart() -> None:
    assault = dataclass_replace_event(
        protest_report("Nomad Post", "2022-01-05", "2022-01-02", "protests began"), "ASSAULT"
    )
    reports = [
        protest_report("Steppe Wire", "2022-01-03", "2022-01-02", "protests began"),
        protest_report("Caspian Daily Ledger", "2022-01-12", "2022-01-11", "protests began"),
        assault,
    ]
    assert len(story_timeline.merge(reports)) == 3


def test_events_of_two_modes_of_one_type_stay_apart() -> None:
    """A curfew in one report and the seizure of the airport in another, both COERCE on the same
    day in the same city, are two events."""
    curfew, seizure = (
        dataclass_replace_mode(protest_report(outlet, "2022-01-06", "2022-01-05", "x"), mode)
        for outlet, mode in (("Steppe Wire", "curfew"), ("Nomad Post", "seize"))
    )
    assert len(story_timeline.merge([curfew, seizure])) == 2


@pytest.mark.parametrize(
    ("second_trigger", "second_day", "entries"),
    [
        ("internet blackouts", "2022-01-05", 1),  # the report names its event again
        ("internet blackout", "2022-01-06", 2),  # the same words on another day: another event
        ("curfew", "2022-01-05", 2),  # another event of the same type on the same day
    ],
)
def test_one_report_telling_its_event_twice_gives_one_entry(
    second_trigger: str, second_day: str, entries: int
) -> None:
    text = "The internet blackout began on Wednesday; the blackouts and a curfew went on."
    events = tuple(
        Event(id=f"e{n}", type="COERCE", trigger=Span(trigger, 0, 0), sentence=0, date=day)
        for n, (trigger, day) in enumerate(
            (("internet blackout", "2022-01-05"), (second_trigger, second_day)), start=1
        )
    )
    report = Analysis(document=Document(text=text, published="2022-01-06"), events=events)
    assert len(story_timeline.merge([report])) == entries


def dataclass_replace_event(analysis: Analysis, kind: str) -> Analysis:
    event = dataclasses.replace(analysis.events[0], type=kind)  # type: ignore[arg-type]
    return dataclasses.replace(analysis, events=(event,))


def dataclass_replace_mode(analysis: Analysis, mode: str) -> Analysis:
    event = dataclasses.replace(analysis.events[0], type="COERCE", mode=mode)
    return dataclasses.replace(analysis, events=(event,))


# --- figures over time ---------------------------------------------------------------------------


def toll_report(outlet: str, published: str, killed: int, said_by: str, stance: str) -> Analysis:
    text = f"{killed} people have been killed, {said_by} said."
    claim = Claim(
        id="c1",
        measure="killed",
        subject="people",
        text=f"{killed} people",
        start=0,
        end=len(f"{killed} people"),
        low=float(killed),
        high=float(killed),
        qualifier="exact",
        sentence=0,
        said_by=Attribution(said_by),
        stance=stance,  # type: ignore[arg-type]
    )
    document = Document(text=text, source=outlet, published=published)
    return Analysis(document=document, claims=(claim,))


def test_the_current_figure_is_the_latest_official_one_with_estimates_beside_it() -> None:
    reports = [
        toll_report("Steppe Wire", "2022-01-07", 44, "the interior ministry", "reported"),
        toll_report("Caspian Daily Ledger", "2022-01-09", 164, "the health ministry", "reported"),
        toll_report("Nomad Post", "2022-01-10", 500, "a rights group", "estimated"),
        toll_report("Altai Evening Post", "2022-01-11", 20, "the government", "denied"),
    ]
    (series,) = story_figures.series(reports)
    assert [p.claim.low for p in series.points] == [44, 164, 500, 20]
    assert series.current is not None and series.current.claim.low == 164
    assert "latest official figure (the health ministry" in series.reason
    assert [p.said_by for p in series.estimates] == ["a rights group"]


def test_without_an_official_figure_the_latest_is_current_and_says_why() -> None:
    reports = [
        toll_report("Steppe Wire", "2022-01-07", 30, "witnesses", "reported"),
        toll_report("Nomad Post", "2022-01-08", 45, "medics", "reported"),
    ]
    (series,) = story_figures.series(reports)
    assert series.current is not None and series.current.claim.low == 45
    assert series.reason.startswith("no official figure")


@pytest.mark.parametrize(
    ("claim_date", "published", "background"),
    [
        ("2011-12", "2022-01-03", True),  # "in December 2011 ... at least 14 people were killed"
        ("2021", "2022-01-03", False),  # the year just ended may still be the story's
        ("2022-01-05", "2022-01-09", False),
        ("XXXX-01-05", "2022-01-09", False),  # an unknown year is not history
        (None, "2022-01-09", False),
    ],
)
def test_figures_about_long_ago_stay_out_of_the_series(
    claim_date: str | None, published: str, background: bool
) -> None:
    report = toll_report("Steppe Wire", published, 14, "police", "reported")
    claim = dataclasses.replace(report.claims[0], date=claim_date)
    assert story_figures.is_background(claim, published) is background


# --- the demo story (acceptance) ---------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    if not DEMO.exists():
        pytest.skip("examples/kazakhstan is absent")
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'factline.db'}"
    result = runner.invoke(app, ["ingest", str(DEMO), "--story", "kazakhstan-2022", "--db", url])
    assert result.exit_code == 0, result.stderr
    return url


def view(command: str, db: str, *args: str) -> list[dict[str, object]]:
    result = runner.invoke(app, [command, "--story", "kazakhstan-2022", "--db", db, *args])
    assert result.exit_code == 0, result.stderr
    rows: list[dict[str, object]] = json.loads(result.stdout)
    return rows


def test_demo_wire_copy_is_stored_once_with_both_outlets(demo_db: str) -> None:
    with Store(demo_db) as store:
        assert store.count() == 7
        copy = read_text((DEMO / "07-2022-01-09-toll-164-wire-copy.txt").read_text())
        original = read_text((DEMO / "06-2022-01-09-toll-164-massimov.txt").read_text())
        carriers = store.sources_of([original.id])[original.id]
    assert [(c["outlet"], c["kind"]) for c in carriers] == [
        (original.source, "original"),
        (copy.source, "near"),
    ]


def test_demo_shared_event_appears_once_with_all_its_sources(demo_db: str) -> None:
    rows = view("timeline", demo_db, "--format", "json")
    declared = ("2022-01-04", "2022-01-05", "2022-01-06")
    emergency = [r for r in rows if "emergency" in str(r["trigger"]) and r["date"] in declared]
    assert len(emergency) == 1
    (entry,) = emergency
    assert entry["date"] == "2022-01-05"
    assert int(str(entry["reports"])) >= 3
    assert entry["first_reported"] == "2022-01-05"


def test_demo_death_toll_rises_over_the_days(demo_db: str) -> None:
    rows = view("figures", demo_db, "--measure", "killed", "--format", "json")
    toll: dict[str, float] = {}
    for row in rows:
        if row["subject"] == "people" and row["published"] and row["low"] is not None:
            day = str(row["published"])
            toll[day] = max(toll.get(day, 0.0), float(str(row["low"])))
    days = sorted(toll)
    assert len(days) >= 2
    assert [toll[day] for day in days] == sorted(toll[day] for day in days)
    assert toll[days[-1]] == 225
    (current,) = [r for r in rows if r["subject"] == "people" and r["current"] == "current"]
    assert current["low"] == 225 and "official" in str(current["reason"])


def test_demo_disagreeing_pair_yields_a_conflict(demo_db: str) -> None:
    rows = view("conflicts", demo_db, "--format", "json")
    across = [r for r in rows if " " in str(r["documents"]) and r["kind"] == "figure"]
    pairs = {str(r["outlets"]) for r in across}
    assert "Altai Evening Post (illustrative); Steppe Wire (illustrative)" in pairs


def test_every_ingest_ends_with_per_stage_counts(tmp_path: Path) -> None:
    if not DEMO.exists():
        pytest.skip("examples/kazakhstan is absent")
    url = f"sqlite:///{tmp_path / 'f.db'}"
    result = runner.invoke(app, ["ingest", str(DEMO / ".."), "--db", url])
    assert result.exit_code == 0
    summary = result.stderr.strip().splitlines()[-1]
    for stage in ("read", "skipped", "duplicates", "dated", "geocoded", "events", "figures"):
        assert f"{stage} " in summary
    assert "conflicts" in summary and "near 1" in summary


# --- storing and managing stories ---------------------------------------------------------


def two_story_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text, day, outlet in (
        ("a.txt", ZHANAOZEN, "2022-01-03", "Steppe Wire"),
        ("b.txt", EMERGENCY, "2022-01-05", "Caspian Daily Ledger"),
        ("c.txt", BENGHAZI, "2022-01-04", "Nomad Post"),
    ):
        (folder / name).write_text(f"Source: {outlet}\nPublished: {day}\n\n{text}\n")
    return folder


def test_ingest_without_a_story_groups_reports_and_the_user_can_rename_merge_split(
    tmp_path: Path,
) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    with Store(db) as store:
        counts = ingest(store, read_paths([two_story_folder(tmp_path)]))
        assert sorted(counts.stories.values()) == [1, 2]
        rows = store.story_rows()
    assert sorted(row["documents"] for row in rows) == [1, 2]
    big = next(row["name"] for row in rows if row["documents"] == 2)
    small = next(row["name"] for row in rows if row["documents"] == 1)
    assert str(big).startswith("2022-01-03-")

    assert runner.invoke(app, ["stories", "name", big, "kazakhstan", "--db", db]).exit_code == 0
    result = runner.invoke(
        app, ["stories", "merge", "kazakhstan", small, "--into", "all", "--db", db]
    )
    assert result.exit_code == 0 and "3 reports now in story all" in result.stderr
    with Store(db) as store:
        libya = next(
            s.analysis.document.id for s in store.analyses() if "Benghazi" in s.analysis.text
        )
    result = runner.invoke(
        app, ["stories", "split", "all", libya[:10], "--into", "libya", "--db", db]
    )
    assert result.exit_code == 0
    listed = runner.invoke(app, ["stories", "list", "--format", "json", "--db", db])
    assert {(r["name"], r["documents"]) for r in json.loads(listed.stdout)} == {
        ("all", 2),
        ("libya", 1),
    }


def test_an_exact_copy_from_another_outlet_is_recorded_as_a_source(tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    for name, outlet, url in (
        ("a.txt", "Steppe Wire", "https://example.invalid/a"),
        ("b.txt", "Nomad Post", "https://example.invalid/b"),
    ):
        (folder / name).write_text(f"Source: {outlet}\nURL: {url}\n\n{ZHANAOZEN}\n")
    with Store(f"sqlite:///{tmp_path / 'c.db'}") as store:
        counts = ingest(store, read_paths([folder]), story="kz")
        again = ingest(store, read_paths([folder]), story="kz")
        (document_id,) = [s.analysis.document.id for s in store.analyses()]
        carriers = store.sources_of([document_id])[document_id]
    assert (counts.stored, counts.exact_duplicates) == (1, 1)
    assert (again.stored, again.exact_duplicates) == (0, 2)
    assert [(c["outlet"], c["url"], c["kind"]) for c in carriers] == [
        ("Steppe Wire", "https://example.invalid/a", "original"),
        ("Nomad Post", "https://example.invalid/b", "exact"),
    ]


def test_unknown_story_names_are_user_errors(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'e.db'}"
    result = runner.invoke(app, ["stories", "merge", "nope", "--into", "x", "--db", db])
    assert result.exit_code == 2 and "no such story: nope" in result.stderr


@pytest.mark.parametrize("format", ["timelinejs", "geojson"])
def test_exports_of_a_merged_story(tmp_path: Path, format: str) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    with Store(db) as store:
        for report in (
            protest_report("Steppe Wire", "2022-01-03", "2022-01-02", "protests began"),
            protest_report("Caspian Daily Ledger", "2022-01-05", "2022-01-02", "protests began"),
        ):
            located = report.places[0].__class__(
                **{**report.places[0].__dict__, "lat": 43.35, "lon": 52.85}
            )
            store.add(
                Analysis(document=report.document, places=(located,), events=report.events), "kz"
            )
    result = runner.invoke(app, ["export", "--format", format, "--story", "kz", "--db", db])
    assert result.exit_code == 0
    exported = json.loads(result.stdout)
    if format == "timelinejs":
        (event,) = exported["events"]
        assert event["start_date"] == {"year": "2022", "month": "1", "day": "2"}
        assert "Caspian Daily Ledger, Steppe Wire" in event["text"]["text"]
    else:
        (feature,) = exported["features"]
        assert feature["geometry"] == {"type": "Point", "coordinates": [52.85, 43.35]}
        assert feature["properties"]["reports"] == 2


def test_copies_and_stories_work_in_each_back_end(database_url: str) -> None:
    wire = Document(text=ZHANAOZEN, source="Steppe Wire", url="https://example.invalid/a")
    copy = Document(
        text=ZHANAOZEN + " This story was carried from a wire service.",
        source="Nomad Post",
        url="https://example.invalid/b",
    )
    with Store(database_url) as store:
        counts = ingest(store, [wire, copy, Document(text=BENGHAZI, source="Nomad Post")])
        assert (counts.stored, counts.near_duplicates) == (2, 1)
        carriers = store.sources_of([wire.id])[wire.id]
        assert [(c["outlet"], c["kind"]) for c in carriers] == [
            ("Steppe Wire", "original"),
            ("Nomad Post", "near"),
        ]
        assert len(store.story_rows()) == 2
        names = [str(row["name"]) for row in store.story_rows()]
        assert store.merge_stories(names, "one") == 2
        assert [(r["name"], r["documents"]) for r in store.story_rows()] == [("one", 2)]
