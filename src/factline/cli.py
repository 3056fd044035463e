"""The `factline` command line."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TextIO, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from factline import export as exports
from factline import ner, views
from factline.errors import FactlineError
from factline.ingest import DaskEngine
from factline.ingest import ingest as ingest_reports
from factline.pipeline import analyze as analyze_document
from factline.pipeline import parse_published
from factline.read import Skipped, read_paths
from factline.record import Analysis, Document, to_dict
from factline.store import Store
from factline.stories import group_store

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


STORY_COLUMNS = ("name", "origin", "documents", "first", "last")
STORIES_SHOWN = 10  # the stories an ingest names, largest first


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class AnalyzeFormat(StrEnum):
    json = "json"
    table = "table"


class NerChoice(StrEnum):
    fast = "fast"
    accurate = "accurate"


NerOption = Annotated[
    NerChoice,
    typer.Option(
        "--ner",
        help="Names: fast (a CRF, the default) or accurate (a transformer, slower); "
        f"env {ner.PATH_VARIABLE}.",
        envvar=ner.PATH_VARIABLE,
    ),
]
DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (sqlite:///PATH or postgresql://…); env FACTLINE_DB."),
]
StoryOption = Annotated[str | None, typer.Option(help="Only this story.")]
PublishedOption = Annotated[
    str | None,
    typer.Option(help="Publication date YYYY-MM-DD, the anchor for relative dates."),
]


def _use_ner(choice: NerChoice) -> None:
    """Set the NER path for this process and the workers it starts (they inherit the variable)."""
    os.environ[ner.PATH_VARIABLE] = choice.value


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
    ner_path: NerOption = NerChoice.fast,
) -> None:
    """Analyze reports and print their records (nothing is stored)."""
    _use_ner(ner_path)
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
    engine: Annotated[
        Engine, typer.Option(help="local: this process; dask: a Dask cluster.")
    ] = Engine.local,
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address (default: a local cluster).")
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Workers of the local Dask cluster.")] = 2,
    parquet: Annotated[
        Path | None, typer.Option(help="With --engine dask, also write the records here.")
    ] = None,
    ner_path: NerOption = NerChoice.fast,
    db: DbOption = None,
) -> None:
    """Analyze reports and store them once each, with every outlet that carried them, in stories.

    Exact and near copies (wire copy under another headline) are stored once, with each copy's
    outlet and URL. Without --story, each new report joins the story it belongs to, or a new one.
    """
    _use_ner(ner_path)
    dask = DaskEngine(scheduler, workers, parquet) if engine is Engine.dask else None
    default_published = parse_published(published).isoformat() if published else None
    with Store(db) as store, _progress() as progress:
        task = progress.add_task("ingesting", total=None)

        def seen(item: Document | Skipped) -> None:
            progress.advance(task)
            if isinstance(item, Skipped):
                _warn_skipped(item)

        counts = ingest_reports(store, read_paths(paths), story, default_published, seen, dask)
        total = store.count()
    placed = sorted(counts.stories.items(), key=lambda pair: (-pair[1], pair[0]))
    for name, added in placed[:STORIES_SHOWN]:
        stderr.print(f"story {name}: {added} new reports", highlight=False)
    if len(placed) > STORIES_SHOWN:
        more = len(placed) - STORIES_SHOWN
        stderr.print(f"… and {more} more stories (`factline stories list`)", highlight=False)
    stderr.print(f"{counts.summary()}; {total} documents in the store", highlight=False)


@app.command()
@user_errors
def timeline(
    story: StoryOption = None,
    format: Annotated[ViewFormat, typer.Option("--format")] = ViewFormat.table,
    db: DbOption = None,
) -> None:
    """Each story's events by date, each told once with all the reports that told it."""
    rows = _story_rows(db, story, views.merged_timeline_rows)
    _print_rows(rows, views.MERGED_TIMELINE_COLUMNS, format, title="Timeline")


@app.command()
@user_errors
def figures(
    story: StoryOption = None,
    measure: Annotated[str | None, typer.Option(help="Only this measure, e.g. killed.")] = None,
    format: Annotated[ViewFormat, typer.Option("--format")] = ViewFormat.table,
    db: DbOption = None,
) -> None:
    """Figures over time for each measure and subject, with the current figure and why."""
    rows = _story_rows(db, story, lambda name, analyses: views.series_rows(name, analyses, measure))
    _print_rows(rows, views.SERIES_COLUMNS, format, title="Figures")


@app.command()
@user_errors
def conflicts(
    story: StoryOption = None,
    format: Annotated[ViewFormat, typer.Option("--format")] = ViewFormat.table,
    db: DbOption = None,
) -> None:
    """Figures, facts and dates that disagree, within a report or across a story's reports."""
    rows = _story_rows(db, story, views.story_conflict_rows)
    _print_rows(rows, views.STORY_CONFLICT_COLUMNS, format, title="Conflicts")


def _story_rows(
    db: str | None,
    story: str | None,
    rows_of: Callable[[str | None, list[Analysis]], Iterable[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """A view's rows for one story, or for every story in turn."""
    return [row for name, analyses in _stories(db, story) for row in rows_of(name, analyses)]


def _stories(db: str | None, story: str | None) -> list[tuple[str | None, list[Analysis]]]:
    """The stored analyses of one story, or of every story (reports in none come last)."""
    grouped: dict[str | None, list[Analysis]] = {}
    with Store(db) as store:
        for stored in store.analyses(story):
            grouped.setdefault(stored.story, []).append(stored.analysis)
    return sorted(grouped.items(), key=lambda pair: (pair[0] is None, pair[0] or ""))


@app.command()
@user_errors
def export(
    format: Annotated[exports.ExportFormat, typer.Option("--format")],
    out: Annotated[Path | None, typer.Option(help="Write here instead of stdout.")] = None,
    story: StoryOption = None,
    db: DbOption = None,
) -> None:
    """Export stored records: JSON Lines (one record a line, as `analyze` prints it), or the
    stories' merged timelines for TimelineJS or as GeoJSON points."""
    if out is None:
        _export(format, story, db, sys.stdout)
    else:
        with out.open("w", encoding="utf-8", newline="") as stream:
            _export(format, story, db, stream)


def _export(
    format: exports.ExportFormat, story: str | None, db: str | None, stream: TextIO
) -> None:
    if format in (exports.ExportFormat.jsonl, exports.ExportFormat.acled_csv):
        with Store(db) as store:
            exports.write(format, (stored.analysis for stored in store.analyses(story)), stream)
    else:
        exports.write_stories(format, _stories(db, story), stream)


@app.command()
@user_errors
def serve(
    host: Annotated[str, typer.Option(help="Address to bind; loopback unless told.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    db: DbOption = None,
) -> None:
    """Serve the web UI and its JSON API (read-only unless FACTLINE_TOKEN is set)."""
    from factline.web import serve as serve_web

    Store(db).close()  # a bad database URL is a one-line error, before the server starts
    stderr.print(f"factline serving on http://{host}:{port}/ (Ctrl-C stops)", highlight=False)
    serve_web(host, port, db)


@app.command()
@user_errors
def report(
    out: Annotated[Path, typer.Option(help="The HTML file to write.")],
    story: Annotated[str | None, typer.Option(help="The story (default: the only one).")] = None,
    db: DbOption = None,
) -> None:
    """Write one self-contained HTML file of a story: timeline, map, figures, conflicts."""
    from factline.report import write_report

    with Store(db) as store:
        write_report(store, story, out)
    stderr.print(f"wrote {out}", highlight=False)


stories_app = typer.Typer(help="List, name, merge and split stories.", no_args_is_help=True)
app.add_typer(stories_app, name="stories")


@stories_app.command("list")
@user_errors
def stories_list(
    format: Annotated[ViewFormat, typer.Option("--format")] = ViewFormat.table,
    db: DbOption = None,
) -> None:
    """Every story: how it was made (by a user or by grouping), its reports and their dates."""
    with Store(db) as store:
        rows = store.story_rows()
    _print_rows(rows, STORY_COLUMNS, format, title="Stories")


@stories_app.command("name")
@user_errors
def stories_name(
    story: Annotated[str, typer.Argument(help="The story's current name.")],
    name: Annotated[str, typer.Argument(help="Its new name.")],
    db: DbOption = None,
) -> None:
    """Rename a story (into an existing name, it merges the two)."""
    with Store(db) as store:
        store.rename_story(story, name)
    stderr.print(f"story {story} is now {name}", highlight=False)


@stories_app.command("merge")
@user_errors
def stories_merge(
    stories: Annotated[list[str], typer.Argument(help="The stories to merge.")],
    into: Annotated[str, typer.Option(help="The merged story's name.")],
    db: DbOption = None,
) -> None:
    """Merge stories into one."""
    with Store(db) as store:
        moved = store.merge_stories(stories, into)
    stderr.print(f"{moved} reports now in story {into}", highlight=False)


@stories_app.command("split")
@user_errors
def stories_split(
    story: Annotated[str, typer.Argument(help="The story to split.")],
    documents: Annotated[
        list[str], typer.Argument(help="Ids (or id prefixes, as the views print them) to move.")
    ],
    into: Annotated[str, typer.Option(help="The new story's name.")],
    db: DbOption = None,
) -> None:
    """Move some reports of a story into a story of their own."""
    with Store(db) as store:
        moved = store.assign_story(store.document_ids(documents, story), into, origin="user")
    stderr.print(f"{moved} reports moved from {story} to {into}", highlight=False)


@stories_app.command("group")
@user_errors
def stories_group(db: DbOption = None) -> None:
    """Put every report that is in no story into the story it belongs to, or a new one."""
    with Store(db) as store:
        placed = group_store(store)
    for name, members in placed.items():
        stderr.print(f"story {name}: {len(members)} reports", highlight=False)
    stderr.print(f"{sum(map(len, placed.values()))} reports grouped", highlight=False)


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
        columns = views.table_columns(columns)
        table = Table(title=f"{title} ({len(rows)})", show_lines=False)
        for column in columns:
            keep_whole = column in ("date", "published", "first_reported", "type", "measure")
            table.add_column(column.replace("_", " "), overflow="fold", no_wrap=keep_whole)
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
