"""Evaluate the event coder and the ACLED export on the labelled data in ../shared/data/events.

Run: .venv/bin/python benchmarks/eval_events.py [--out FILE] [--dev [--errors]]
Writes a flat JSON object of metrics (default benchmarks/results/eval_events.json):

- ACLED notes, test split (the 208 Caucasus/Central Asia rows and a fixed 20% of the global sample
  by a hash of the event id; see train/events_data.py). Each note alone goes through
  `factline.analyze` and the ACLED export (`acled_rows`); the note's event is the export's first
  row. `acled_event_type_acc`, `acled_subtype_acc`, `acled_date_acc` (event_date equal),
  `acled_location_acc` (row coordinates within 50 km of ACLED's), `acled_fatalities_acc`
  (equal to ACLED's count; a note's deaths are the largest count among its rows, since a note
  tells one event and may repeat its toll), and `acled_inter1_acc` and `acled_inter2_acc`, the
  actor types of the row's two actors (state forces, rebels, protesters, civilians …) against
  ACLED's, an empty second actor counting as right where ACLED has none: who did it to whom,
  by kind. `acled_coverage`: notes that gave a row at all.
- CASE 2021 task 2, test split (a fixed 20% of the only labelled file by a hash of the snippet id;
  the other 80% is training data): `case_weighted_f1` over its 30 classes (the shared task's
  subtask 3), and `case_subtask1_weighted_f1` and `case_subtask2_weighted_f1` over the snippets
  and labels of its subtasks 1 (ACLED's 25 types) and 2 (those and three more), from the sentence
  classifier's `events_classifier.combined_scores`, read as `best_label` reads them (the sentence
  encoder plus the perceptron; set FACTLINE_EVENTS_MODEL=perceptron to score the perceptron
  alone, which the ACLED export uses).
- PLOVER GSR, test half: `plover_type_acc`, the PLOVER 2.0 type of the coded event whose trigger
  overlaps the gold event span (else the sentence's first event) against the gold label mapped
  from draft 0.5 names by the codebook's `legacy_label_map`; `plover_source_acc` and
  `plover_target_acc`, whether that event's source and target actors overlap the markup's SRC
  and TAR spans (a SRC/TAR span counts for either), or are absent where the markup has none.
- Ordinary news (`benchmarks/data/news-events/`, 120 events of OSINTER, AG News World and BBC
  politics reports, labelled by hand from factline a070381's output): `news_events_precision`,
  of the labelled triggers that still code an event, the share coded with the labelled type,
  and `news_events_real_kept`, of the labelled real events, the share still coded right.
- `events_stage_kb_per_s`: the event stage alone over the seed report, on one core.

With `--dev` it scores development data instead, for checking lexicon or model changes without
the test splits: `plover_dev_type_acc`, `plover_dev_source_acc` and `plover_dev_target_acc` (the
GSR's development half, as above),
`ngec_lead_type_acc` (the type of the first event of each NGEC synthetic story's first paragraph
against the story's pseudo-label; training-only data, so a coverage check, not an accuracy),
`petrarch_dev_type_acc` (the first event's type against the PLOVER types of the PETRARCH
sentences' CAMEO codings, any of them counting), `written_dev_type_acc` (the 320 wire-style
sentences of `benchmarks/data/plover-written/`, written and labelled for the project by the
PLOVER 2.0 codebook, scored like the GSR), `cameo_dev_type_acc` (the sentences of
`plover-written/cameo_sentences.jsonl`, two written for each CAMEO category and labelled with
its PLOVER type by the codebook's CAMEO2PLOVER table, the mapping the GSR's draft labels mostly
follow; scored the same way), `terse_dev_type_acc` (the 1,734 short sentences of
`plover-written/terse_sentences.jsonl`, written in the terse actor-verb-object style of the
CAMEO manual's examples, which the GSR's sentences were edited from, and labelled the same
way; scored the same way), `news_events_dev_*` (the ordinary-news scores above on the 260
events of the development pool of `benchmarks/data/news-events/`) and `acled_dev_*` (the ACLED
metrics above on the
tuning fifth of the ACLED development notes, `events_data.tuning_split`: 1,499 notes, so that a
lexicon change for PLOVER cannot quietly cost the ACLED export; the shipped perceptron was trained
on them too, so they guard against a drop rather than measure accuracy). `--dev --errors` also
prints the development half's mistyped GSR sentences (gold type, coded type, trigger, sentence);
there is no such listing for the test half.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import time
from collections.abc import Sequence
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "train"))
sys.path.insert(0, str(REPO / "src"))

import events_data  # noqa: E402
from factline.acled import acled_rows  # noqa: E402
from factline.events import find_events  # noqa: E402
from factline.events_classifier import combined_scores  # noqa: E402
from factline.geo import haversine_km  # noqa: E402
from factline.pipeline import analyze  # noqa: E402
from factline.record import Actor, Analysis, Event  # noqa: E402

DEFAULT_OUT = REPO / "benchmarks" / "results" / "eval_events.json"
DEV_OUT = REPO / "benchmarks" / "results" / "eval_events_dev.json"
SEED = REPO.parent / "shared" / "seed" / "kazakhstan-2022.txt"
WRITTEN = REPO / "benchmarks" / "data" / "plover-written" / "sentences.jsonl"
CAMEO_WRITTEN = WRITTEN.with_name("cameo_sentences.jsonl")
TERSE_WRITTEN = WRITTEN.with_name("terse_sentences.jsonl")
NEWS_LABELS = REPO / "benchmarks" / "data" / "news-events" / "labels.jsonl"
NEWS_BULK = REPO.parent / "shared" / "data" / "news-bulk"
LOCATION_RADIUS_KM = 50.0
# Draft 0.5 labels of the GSR -> PLOVER 2.0 (plover-codebook/plover_v2_ontology.yaml).
LEGACY_LABELS = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
_EVENT_MARKUP = re.compile(r"\(EVT: ([^()]{1,200})\)")


def acled_metrics(rows: Sequence[events_data.AcledRow]) -> dict[str, float]:
    hits = dict.fromkeys(
        ("event_type", "subtype", "fatalities", "date", "location", "inter1", "inter2"), 0
    )
    covered = 0
    for gold in rows:
        exported = list(acled_rows(analyze(gold.notes)))
        deaths = max((int(row["fatalities"]) for row in exported), default=0)
        hits["fatalities"] += deaths == gold.fatalities
        if not exported:
            continue
        first = exported[0]
        covered += 1
        hits["event_type"] += first["event_type"] == gold.event_type
        hits["subtype"] += first["sub_event_type"] == gold.sub_event_type
        hits["date"] += first["event_date"] == gold.event_date
        hits["location"] += _near(first, gold)
        hits["inter1"] += first["inter1"] == gold.inter1
        hits["inter2"] += first["inter2"] == gold.inter2
    total = max(len(rows), 1)
    return {f"acled_{name}_acc": count / total for name, count in hits.items()} | {
        "acled_coverage": covered / total,
        "acled_notes": float(len(rows)),
    }


def _near(row: dict[str, str], gold: events_data.AcledRow) -> bool:
    if not row["latitude"] or not row["longitude"]:
        return False
    km = haversine_km(
        float(row["latitude"]), float(row["longitude"]), gold.latitude, gold.longitude
    )
    return km <= LOCATION_RADIUS_KM


# The shared task's subtasks (Haneczok et al. 2021): subtask 1 types a snippet of one of ACLED's
# 25 types among those 25, subtask 2 adds three "unseen" types, subtask 3 (all 30) two more.
SUBTASK_2_EXTRA = frozenset({"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER"})
SUBTASK_3_EXTRA = frozenset({"DIPLO", "ATTRIB"})


def case_metrics(snippets: Sequence[events_data.Snippet]) -> dict[str, float]:
    """Weighted F1 over all 30 types (subtask 3, the issue's `case_weighted_f1`), and over the
    smaller label sets of subtasks 1 and 2: their snippets only, each typed among their labels."""
    to_acled = _case_labels()
    to_case = {acled: case for case, acled in to_acled.items()}
    subtask_1 = frozenset(to_acled) - SUBTASK_2_EXTRA - SUBTASK_3_EXTRA
    scored = [(snippet.label, combined_scores(snippet.text) or {}) for snippet in snippets]

    def best(by_label: dict[str, float], allowed: frozenset[str] | None = None) -> str:
        options = [to_case.get(label, "OTHER") for label in by_label]
        options = [label for label in options if allowed is None or label in allowed]
        return max(options, key=lambda label: by_label[to_acled[label]], default="OTHER")

    gold = [label for label, _ in scored]
    predicted = [best(by_label) for _, by_label in scored]
    metrics = {
        "case_weighted_f1": weighted_f1(gold, predicted),
        "case_accuracy": sum(g == p for g, p in zip(gold, predicted, strict=True))
        / max(len(gold), 1),
        "case_snippets": float(len(gold)),
    }
    for name, labels in (
        ("case_subtask1_weighted_f1", subtask_1),
        ("case_subtask2_weighted_f1", subtask_1 | SUBTASK_2_EXTRA),
    ):
        chosen = [(label, by_label) for label, by_label in scored if label in labels]
        metrics[name] = weighted_f1(
            [label for label, _ in chosen], [best(by_label, labels) for _, by_label in chosen]
        )
    return metrics


def _case_labels() -> dict[str, str]:
    path = REPO / "src" / "factline" / "resources" / "events" / "case_labels.tsv"
    rows = [line.split("\t") for line in path.read_text("utf-8").splitlines()]
    return dict(row for row in rows[2:] if len(row) == 2)


def weighted_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """F1 per gold class, weighted by the class's share of the gold labels."""
    total = 0.0
    for label in set(gold):
        tp = sum(g == label and p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted, strict=True))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        total += f1 * gold.count(label) / len(gold)
    return total


def plover_metrics(records: Sequence[dict[str, object]]) -> dict[str, float]:
    """The type of the event that the gold markup marks (`plover_event`), and whether its source
    and target actors are the gold ones (`roles_right`)."""
    correct = sources = targets = 0
    for record in records:
        gold = str(record["event"])
        text, markup = str(record["text"]), _markup(record)
        analysis, event = plover_coding(text, markup)
        correct += event is not None and event.type == LEGACY_LABELS.get(gold, gold)
        source, target = roles_right(analysis, event, markup)
        sources += source
        targets += target
    total = max(len(records), 1)
    return {
        "plover_type_acc": correct / total,
        "plover_source_acc": sources / total,
        "plover_target_acc": targets / total,
        "plover_sentences": float(len(records)),
    }


# The markup's actor spans: "(SRC: Finland)", "(TAR: Tanzania)", "(SRC/TAR: Hungarian)".
_ACTOR_MARKUP = re.compile(r"\((SRC|TAR|SRC/TAR): ([^()]{1,200})\)")


def roles_right(analysis: Analysis, event: Event | None, markup: str) -> tuple[bool, bool]:
    """Whether the event's source, and its target, are right by the gold markup: the actor's
    span overlaps a gold span of that role (a "SRC/TAR" span is either), or the event names
    none where the markup names none."""
    spans: dict[str, list[tuple[int, int]]] = {"SRC": [], "TAR": []}
    for role, phrase in _ACTOR_MARKUP.findall(markup):
        start = analysis.text.find(phrase)
        for side in ("SRC", "TAR"):
            if start >= 0 and side in role:
                spans[side].append((start, start + len(phrase)))
    found = (None, None) if event is None else (event.source, event.target)
    return (
        _overlaps_gold(analysis, found[0], spans["SRC"]),
        _overlaps_gold(analysis, found[1], spans["TAR"]),
    )


def _overlaps_gold(analysis: Analysis, actor_id: str | None, spans: list[tuple[int, int]]) -> bool:
    actor = analysis.find(actor_id) if actor_id else None
    if not isinstance(actor, Actor):
        return not spans
    return any(actor.start < end and start < actor.end for start, end in spans)


def _markup(record: dict[str, object]) -> str:
    """The span markup; one record of the GSR holds it as a bare string."""
    info = record.get("textInfo")
    return str(info.get("markup", "")) if isinstance(info, dict) else str(info or "")


def plover_type(text: str, markup: str) -> str | None:
    """The coded type of the event that the gold markup marks, else of the first event."""
    event = plover_event(text, markup)
    return None if event is None else event.type


def plover_event(text: str, markup: str) -> Event | None:
    """The coded event that the gold markup marks (its trigger overlaps an EVT span), else the
    first event; the one `plover_type` scores."""
    return plover_coding(text, markup)[1]


def plover_coding(text: str, markup: str) -> tuple[Analysis, Event | None]:
    """The sentence's analysis, and its event that `plover_event` names."""
    analysis = analyze(text)
    events = analysis.events
    if not events:
        return analysis, None
    for phrase in _EVENT_MARKUP.findall(markup):
        start = text.find(phrase)
        for event in events:
            if (
                start >= 0
                and event.trigger.start < start + len(phrase)
                and start < event.trigger.end
            ):
                return analysis, event
    return analysis, events[0]


def plover_errors(records: Sequence[dict[str, object]]) -> list[str]:
    """One line per mistyped GSR sentence: gold type (mapped to 2.0), predicted type, trigger,
    sentence. Only for the development half (`--dev --errors`): looking at test sentences while
    writing the lexicon would make the test score a development score."""
    lines = []
    for record in records:
        gold = str(record["event"])
        gold = LEGACY_LABELS.get(gold, gold)
        event = plover_event(str(record["text"]), _markup(record))
        predicted, trigger = (None, "") if event is None else (event.type, event.trigger.text)
        if predicted != gold:
            lines.append(f"{gold:<9} {predicted or '-':<9} {trigger!r:<22} {record['text']}")
    return lines


def lead_metrics(leads: Sequence[events_data.Snippet]) -> dict[str, float]:
    """How often the first coded event of a story's lead has the story's (pseudo-)label."""
    agreed = 0
    for lead in leads:
        events = analyze(lead.text).events
        agreed += bool(events) and events[0].type == lead.label
    return {"ngec_lead_type_acc": agreed / max(len(leads), 1), "ngec_leads": float(len(leads))}


def petrarch_metrics(sentences: Sequence[events_data.CodedSentence]) -> dict[str, float]:
    """How often the first coded event of a PETRARCH sentence has one of its gold PLOVER types."""
    agreed = 0
    for sentence in sentences:
        events = analyze(sentence.text).events
        agreed += bool(events) and events[0].type in sentence.types
    return {
        "petrarch_dev_type_acc": agreed / max(len(sentences), 1),
        "petrarch_sentences": float(len(sentences)),
    }


def development_metrics(limit: int | None = None) -> dict[str, float]:
    """The metrics on development data only: the GSR's development half, NGEC's leads, the
    PETRARCH sentences and the tuning fifth of the ACLED development notes."""
    plover_development, _ = events_data.plover_split()
    plover = plover_metrics(plover_development[:limit])
    _, acled_tuning = events_data.tuning_split(events_data.acled_split()[0])
    acled = acled_metrics(acled_tuning[:limit])
    return {
        "plover_dev_type_acc": plover["plover_type_acc"],
        "plover_dev_source_acc": plover["plover_source_acc"],
        "plover_dev_target_acc": plover["plover_target_acc"],
        "plover_dev_sentences": plover["plover_sentences"],
        **lead_metrics(events_data.ngec_leads()[:limit]),
        **petrarch_metrics(events_data.petrarch_sentences()[:limit]),
        **written_metrics(written_sentences()[:limit]),
        **cameo_metrics(written_sentences(CAMEO_WRITTEN)[:limit]),
        **terse_metrics(written_sentences(TERSE_WRITTEN)[:limit]),
        **{name.replace("acled_", "acled_dev_", 1): value for name, value in acled.items()},
        **news_metrics(news_labels("dev")[:limit], "news_events_dev"),
    }


def written_sentences(path: Path = WRITTEN) -> list[dict[str, str]]:
    """Wire-style sentences written and labelled for the project (in `plover-written/`): by
    default the 320 labelled by the PLOVER 2.0 codebook; `CAMEO_WRITTEN` and `TERSE_WRITTEN`,
    those written for a CAMEO category each and labelled by the codebook's CAMEO2PLOVER table."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def written_metrics(sentences: Sequence[dict[str, str]]) -> dict[str, float]:
    """How often the event whose trigger overlaps the labelled trigger has the labelled type."""
    return {
        "written_dev_type_acc": _labelled_share(sentences),
        "written_sentences": float(len(sentences)),
    }


def cameo_metrics(sentences: Sequence[dict[str, str]]) -> dict[str, float]:
    """`written_metrics` for the sentences written by CAMEO category."""
    return {
        "cameo_dev_type_acc": _labelled_share(sentences),
        "cameo_sentences": float(len(sentences)),
    }


def terse_metrics(sentences: Sequence[dict[str, str]]) -> dict[str, float]:
    """`written_metrics` for the terse sentences in the CAMEO manual's style, one event each."""
    return {
        "terse_dev_type_acc": _labelled_share(sentences),
        "terse_sentences": float(len(sentences)),
    }


def _labelled_share(sentences: Sequence[dict[str, str]]) -> float:
    right = sum(
        plover_type(sentence["text"], f"(EVT: {sentence['trigger']})") == sentence["type"]
        for sentence in sentences
    )
    return right / max(len(sentences), 1)


def news_labels(stage: str) -> list[dict[str, object]]:
    """The hand-labelled events of ordinary news of one stage ("dev" or "test"), by doc."""
    lines = NEWS_LABELS.read_text(encoding="utf-8").splitlines()
    labels = [json.loads(line) for line in lines]
    return [label for label in labels if str(label["set"]).startswith(f"{stage}-")]


def news_text(doc: str) -> str:
    """A labelled report's text: a BBC News file, an AG News item (title, a blank line, the
    description) or an OSINTER article (title, a blank line, its Markdown), by its `doc`."""
    corpus, _, name = doc.partition("/")
    if corpus == "bbc-news-2225":
        return (NEWS_BULK / doc).read_text(encoding="utf-8", errors="replace")
    if corpus == "ag-news-test":
        row = _ag_news()[int(name)]
        return f"{row['title']}\n\n{row['description']}"
    article = _osinter()[int(name)]
    return f"{article['title']}\n\n{article['text_markdown']}"


@cache
def _ag_news() -> list[dict[str, str]]:
    with (NEWS_BULK / "ag-news-test" / "test.csv").open(encoding="utf-8") as rows:
        return list(csv.DictReader(rows))


@cache
def _osinter() -> list[dict[str, str]]:
    path = NEWS_BULK / "osinter-articlemd-2021-2022" / "articles.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def news_metrics(labels: Sequence[dict[str, object]], prefix: str) -> dict[str, float]:
    """Precision of the events coded on ordinary news, over a pool of hand-labelled events:
    of the pool's triggers that still code an event, the share coded with the labelled type
    (`{prefix}_precision`), and of the pool's real events, the share still coded right
    (`{prefix}_real_kept`)."""
    coded_at: dict[str, dict[int, str]] = {}
    for doc in sorted({str(label["doc"]) for label in labels}):
        events = analyze(news_text(doc)).events
        coded_at[doc] = {e.trigger.start: e.type for e in events if e.status == "occurred"}
    coded = right = real = real_right = 0
    for label in labels:
        event_type = coded_at[str(label["doc"])].get(int(str(label["start"])))
        coded += event_type is not None
        right += event_type is not None and event_type == label["type"]
        real += label["type"] is not None
        real_right += label["type"] is not None and event_type == label["type"]
    return {
        f"{prefix}_precision": right / max(coded, 1),
        f"{prefix}_real_kept": real_right / max(real, 1),
        f"{prefix}_labelled": float(len(labels)),
    }


def stage_speed() -> dict[str, float]:
    if not SEED.exists():
        return {}
    analysis = analyze(SEED.read_text(encoding="utf-8"), published="2022-01-07")
    prepared = Analysis(
        document=analysis.document,
        sentences=analysis.sentences,
        times=analysis.times,
        places=analysis.places,
        actors=analysis.actors,
    )
    runs = 30
    started = time.process_time()
    for _ in range(runs):
        find_events(prepared)
    seconds = time.process_time() - started
    kilobytes = len(analysis.text.encode("utf-8")) * runs / 1000
    return {"events_stage_kb_per_s": kilobytes / max(seconds, 1e-9)}


def evaluate(limit: int | None = None) -> dict[str, float]:
    """Every metric; `limit` keeps only the first `limit` items of each test split (for tests)."""
    _, acled_test = events_data.acled_split()
    _, case_test = events_data.case_split()
    _, plover_test = events_data.plover_split()
    return {
        **acled_metrics(acled_test[:limit]),
        **case_metrics(case_test[:limit]),
        **plover_metrics(plover_test[:limit]),
        **news_metrics(news_labels("test")[:limit], "news_events"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Evaluate the event coder.")
    parser.add_argument("--out", type=Path)
    parser.add_argument(
        "--dev", action="store_true", help="score the development data, not the test splits"
    )
    parser.add_argument(
        "--errors",
        action="store_true",
        help="with --dev, also print the mistyped sentences of the GSR's development half",
    )
    args = parser.parse_args()
    if args.errors and not args.dev:
        parser.error("--errors prints development sentences only: add --dev")
    if args.errors:
        print("\n".join(plover_errors(events_data.plover_split()[0])))
    metrics = development_metrics() if args.dev else {**evaluate(), **stage_speed()}
    args.out = args.out or (DEV_OUT if args.dev else DEFAULT_OUT)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    width = max(len(name) for name in metrics)
    for name, value in sorted(metrics.items()):
        print(f"{name:<{width}}  {value:10.3f}")


if __name__ == "__main__":
    main()
