"""The `factline` command line."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from factline import export as exports
from factline import views
from factline.errors import FactlineError
from factline.pipeline import analyze as analyze_document
from factline.pipeline import parse_published
from factline.read import Skipped, read_paths
from factline.record import Analysis, to_dict
from factline.store import Store

app = typer.Typer(
    help="Turn news reports of an unfolding crisis into a structured, sourced, checkable record.",
    no_args_is_help=True,
    add_completion=False,
)
stdout = Console()
stderr = Console(stderr=True, soft_wrap=True)

P = ParamSpec("P")
R = TypeVar("R")


class ViewFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class AnalyzeFormat(StrEnum):
    json = "json"
    table = "table"


DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (sqlite:///PATH or postgresql://…); env FACTLINE_DB."),
]
PublishedOption = Annotated[
    str | None,
    typer.Option(help="Publication date YYYY-MM-DD, the anchor for relative dates."),
]


def user_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn a FactlineError into one line on stderr and exit code 2."""

    @wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except FactlineError as error:
            stderr.print(f"[bold red]error:[/] {error}", highlight=False)
            raise typer.Exit(2) from None

    return run


@app.command()
@user_errors
def analyze(
    paths: Annotated[list[Path], typer.Argument(help="Report files or folders.")],
    published: PublishedOption = None,
    format: Annotated[AnalyzeFormat, typer.Option("--format")] = AnalyzeFormat.json,
) -> None:
    """Analyze reports and print their records (nothing is stored)."""
    anchor = parse_published(published) if published else None
    for item in read_paths(paths):
        if isinstance(item, Skipped):
            _warn_skipped(item)
            continue
        analysis = analyze_document(item, anchor or item.published)
        if format is AnalyzeFormat.json:
            print(json.dumps(to_dict(analysis), ensure_ascii=False, indent=2))
        else:
            _print_analysis(analysis)


@app.command()
@user_errors
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Report files or folders.")],
    story: Annotated[str | None, typer.Option(help="Put the reports in this story.")] = None,
    published: PublishedOption = None,
    db: DbOption = None,
) -> None:
    """Analyze reports and store them; the same text twice is stored once."""
    default_published = parse_published(published).isoformat() if published else None
    counts = dict.fromkeys(
        ("read", "stored", "duplicates", "skipped", "times", "places", "events", "figures"), 0
    )
    counts["conflicts"] = 0
    with Store(db) as store, _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        for item in read_paths(paths):
            progress.advance(task)
            if isinstance(item, Skipped):
                counts["skipped"] += 1
                _warn_skipped(item)
                continue
            counts["read"] += 1
            if store.has(item.id):
                counts["duplicates"] += 1
                continue
            analysis = analyze_document(item, item.published or default_published)
            if store.add(analysis, story=story):
                counts["stored"] += 1
                _count_found(counts, analysis)
            else:
                counts["duplicates"] += 1
        total = store.count()
    stderr.print(
        ", ".join(f"{name} {value}" for name, value in counts.items())
        + f"; {total} documents in the store",
        highlight=False,
    )


def _count_found(counts: dict[str, int], analysis: Analysis) -> None:
    counts["times"] += len(analysis.times)
    counts["places"] += len(analysis.places)
    counts["events"] += len(analysis.events)
    counts["figures"] += len(analysis.claims)
    counts["conflicts"] += len(analysis.conflicts)


@app.command()
@user_errors
def timeline(
    story: Annotated[str | None, typer.Option(help="Only this story.")] = None,
    format: Annotated[ViewFormat, typer.Option("--format")] = ViewFormat.table,
    db: DbOption = None,
) -> None:
    """The events that occurred, by date."""
    with Store(db) as store:
        rows = views.timeline_rows(stored.analysis for stored in store.analyses(story))
    _print_rows(rows, views.TIMELINE_COLUMNS, format, title="Timeline")


@app.command()
@user_errors
def figures(
    story: Annotated[str | None, typer.Option(help="Only this story.")] = None,
    measure: Annotated[str | None, typer.Option(help="Only this measure, e.g. killed.")] = None,
    format: Annotated[ViewFormat, typer.Option("--format")] = ViewFormat.table,
    db: DbOption = None,
) -> None:
    """Every figure, with who gave it and how firmly."""
    with Store(db) as store:
        rows = views.figure_rows((s.analysis for s in store.analyses(story)), measure)
    _print_rows(rows, views.FIGURE_COLUMNS, format, title="Figures")


@app.command()
@user_errors
def conflicts(
    story: Annotated[str | None, typer.Option(help="Only this story.")] = None,
    format: Annotated[ViewFormat, typer.Option("--format")] = ViewFormat.table,
    db: DbOption = None,
) -> None:
    """Figures and facts that disagree, with their evidence."""
    with Store(db) as store:
        rows = list(views.conflict_rows(s.analysis for s in store.analyses(story)))
    _print_rows(rows, views.CONFLICT_COLUMNS, format, title="Conflicts")


@app.command()
@user_errors
def export(
    format: Annotated[exports.ExportFormat, typer.Option("--format")],
    out: Annotated[Path | None, typer.Option(help="Write here instead of stdout.")] = None,
    story: Annotated[str | None, typer.Option(help="Only this story.")] = None,
    db: DbOption = None,
) -> None:
    """Export stored records (JSON Lines: one record a line, as `analyze` prints it)."""
    with Store(db) as store:
        analyses = (stored.analysis for stored in store.analyses(story))
        if out is None:
            exports.write(format, analyses, sys.stdout)
        else:
            with out.open("w", encoding="utf-8", newline="") as stream:
                exports.write(format, analyses, stream)


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
    )


def _warn_skipped(item: Skipped) -> None:
    stderr.print(f"[yellow]skipped[/] {item.where}: {item.reason}", highlight=False)


def _print_rows(
    rows: Sequence[dict[str, Any]], columns: Iterable[str], format: ViewFormat, title: str
) -> None:
    columns = list(columns)
    if format is ViewFormat.json:
        print(json.dumps(list(rows), ensure_ascii=False, indent=2))
    elif format is ViewFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        table = Table(title=f"{title} ({len(rows)})", show_lines=False)
        for column in columns:
            table.add_column(column.replace("_", " "), overflow="fold")
        for row in rows:
            table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
        stdout.print(table)


def _print_analysis(analysis: Analysis) -> None:
    stdout.print(f"[bold]{analysis.document.title or analysis.document.id[:12]}[/]")
    _print_rows(views.timeline_rows([analysis]), views.TIMELINE_COLUMNS, ViewFormat.table, "Events")
    _print_rows(views.figure_rows([analysis]), views.FIGURE_COLUMNS, ViewFormat.table, "Figures")
    _print_rows(
        list(views.conflict_rows([analysis])), views.CONFLICT_COLUMNS, ViewFormat.table, "Conflicts"
    )


def main() -> None:
    app()
