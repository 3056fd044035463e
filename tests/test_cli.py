"""End-to-end tests of the command line, through Typer's runner, on a real SQLite file."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from factline.cli import app
from factline.record import json_schema

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Title: Emergency declared\nSource: Steppe Wire (illustrative)\nPublished: 2022-01-05\n"
        "URL: https://example.invalid/a\n\n"
        "A state of emergency was declared on Jan. 5 in Almaty. Protests began on January 2.\n"
    )
    (folder / "b.txt").write_text(
        "Title: Toll\nSource: Caspian Daily (illustrative)\nPublished: 2022-01-09\n\n"
        "The health ministry said 164 people were killed.\n"
    )
    return folder


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'factline.db'}"


def test_analyze_prints_a_record_that_validates(reports: Path) -> None:
    code, out, _ = run("analyze", str(reports / "a.txt"), "--published", "2022-01-07")
    assert code == 0
    record = json.loads(out)
    jsonschema.validate(record, json_schema())
    assert record["document"]["published"] == "2022-01-07"
    assert record["document"]["source"] == "Steppe Wire (illustrative)"


def test_ingest_twice_stores_each_text_once(reports: Path, db: str) -> None:
    code, _, err = run("ingest", str(reports), "--db", db, "--story", "kz")
    assert code == 0
    assert "stored 2" in err and "2 documents in the store" in err
    code, _, err = run("ingest", str(reports), "--db", db)
    assert code == 0
    assert "stored 0" in err and "duplicates 2" in err and "2 documents in the store" in err


def test_ingest_reports_problem_files_by_name_and_stores_the_rest(
    tmp_path: Path, db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.dat").write_bytes(b"\x00\x01\x02\xff" * 1000)
    (folder / "latin1.txt").write_bytes(
        "Manifestation à Almaty: la police a arrêté 40 personnes.".encode("latin-1")
    )
    (folder / "big.txt").write_bytes(b"Protesters marched through Almaty on Jan. 5. " * 1_200_000)
    monkeypatch.setenv("FACTLINE_MAX_MB", "20")
    code, _, err = run("ingest", str(folder), "--db", db)
    assert code == 0
    for name in ("empty.txt", "binary.dat", "big.txt"):
        assert f"skipped {folder / name}" in err
    assert "stored 1" in err and "skipped 3" in err


def test_export_jsonl_gives_one_stored_record_a_line(reports: Path, db: str) -> None:
    run("ingest", str(reports), "--db", db)
    code, out, _ = run("export", "--format", "jsonl", "--db", db)
    assert code == 0
    lines = out.strip().split("\n")
    assert len(lines) == 2
    for line in lines:
        jsonschema.validate(json.loads(line), json_schema())
    assert [json.loads(line)["document"]["published"] for line in lines] == [
        "2022-01-05",
        "2022-01-09",
    ]


@pytest.mark.parametrize("command", ["timeline", "figures", "conflicts"])
def test_views_print_in_every_format(reports: Path, db: str, command: str) -> None:
    run("ingest", str(reports), "--db", db)
    code, out, _ = run(command, "--db", db, "--format", "json")
    assert code == 0 and isinstance(json.loads(out), list)
    code, out, _ = run(command, "--db", db, "--format", "csv")
    assert code == 0 and next(csv.reader(io.StringIO(out)))
    code, out, _ = run(command, "--db", db)
    assert code == 0 and command.capitalize() in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["analyze", "no/such/file.txt"], "no such file or folder"),
        (["analyze", "README.md", "--published", "5 Jan"], "not a date"),
        (["timeline", "--db", "nonsense"], "not a database URL"),
        (["timeline", "--db", "mysql://localhost/x"], "unsupported database"),
    ],
)
def test_user_errors_give_one_line_and_exit_code_2(args: list[str], message: str) -> None:
    code, _, err = run(*args)
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_database_comes_from_the_environment(
    reports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTLINE_DB", f"sqlite:///{tmp_path / 'env.db'}")
    run("ingest", str(reports))
    assert (tmp_path / "env.db").exists()


def test_acled_export_has_acled_columns(reports: Path, db: str) -> None:
    run("ingest", str(reports), "--db", db)
    code, out, _ = run("export", "--format", "acled-csv", "--db", db)
    assert code == 0
    header = next(csv.reader(io.StringIO(out)))
    assert header[:3] == ["event_date", "event_type", "sub_event_type"]
    assert {"latitude", "longitude", "fatalities", "notes", "source"} <= set(header)


def test_report_writes_one_self_contained_file(reports: Path, db: str, tmp_path: Path) -> None:
    run("ingest", str(reports), "--db", db, "--story", "kz")
    out = tmp_path / "report.html"
    code, _, err = run("report", "--story", "kz", "--out", str(out), "--db", db)
    assert code == 0, err
    html = out.read_text()
    assert "<html" in html.lower() and "state of emergency" in html
    assert "http://" not in html.replace("http://www.w3.org", "")


def test_report_of_an_unknown_story_is_a_user_error(reports: Path, db: str, tmp_path: Path) -> None:
    run("ingest", str(reports), "--db", db, "--story", "kz")
    code, _, err = run("report", "--story", "nope", "--out", str(tmp_path / "r.html"), "--db", db)
    assert code == 2 and "no story" in err


def test_serve_refuses_a_bad_database_before_starting() -> None:
    code, _, err = run("serve", "--db", "nonsense")
    assert code == 2 and "not a database URL" in err


def test_analyze_with_the_accurate_ner_path(reports: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factline import ner

    monkeypatch.setenv(ner.PATH_VARIABLE, "fast")  # restored after the test
    report = reports / "c.txt"
    report.write_text("Jen Psaki, the White House press secretary, spoke in Washington.\n")
    code, out, _ = run("analyze", str(report), "--ner", "accurate")
    assert code == 0
    assert "Jen Psaki" in {actor["name"] for actor in json.loads(out)["actors"]}
    assert os.environ[ner.PATH_VARIABLE] == "accurate"  # what the stage reads (and workers inherit)
    code, _, err = run("analyze", str(report), "--ner", "fastest")
    assert code == 2 and "fastest" in err
