"""The labelled event data in ../shared/data/events, and its fixed development and test splits.

Shared by `train/build_events.py` (which learns only from the development parts) and
`benchmarks/eval_events.py` (which scores only on the test parts), so the two cannot drift apart.

Splits, fixed by a hash so that they never change between runs or machines:
- ACLED notes: test = every row of `acled_2022H1_caucasus_central_asia_208.csv` plus the rows of the
  global sample whose SHA-256 of `event_id_cnty` is 0 modulo 5 (a fixed 20%); development = the
  rest of the global sample and the 326 Argentine rows. The Caucasus rows are also in the global
  sample; they are kept out of development.
- CASE 2021 task 2: only its labelled test file is public. Test = the snippets whose SHA-256 of
  "case2021:" + id is 0 modulo 5 (a fixed 20%); the other 80% may be used for training.
- PLOVER GSR (CAMEO-manual sentences): test = records whose SHA-256 of "plover:" + id is odd
  (about half); the other half is for development (looking at errors while writing the lexicon).
- NGEC synthetic stories: training-only data (LLM-written, labelled from the headline template),
  never a test; their leads check the lexicon's coverage beyond the GSR's development half.
- PETRARCH-2 validation sentences (78 real AFP/GigaWord sentences, CAMEO-coded, MIT): development
  only. Their CAMEO codes become PLOVER types through the codebook's CAMEO2PLOVER table; they
  check the lexicon on news sentences not written for PLOVER's gold standard, so that it is not
  fitted to the GSR. (PETRARCH's unit tests are left out: their codes come from made-up
  validation dictionaries, "condemned" coded as a rejection.)
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EVENTS_DATA = SHARED / "data" / "events"
ACLED = EVENTS_DATA / "acled-acledR"
CASE_FILE = EVENTS_DATA / "case2021-task2" / "test_set_final_release_with_labels.tsv"
PLOVER_FILE = EVENTS_DATA / "plover-gsr-cameo" / "PLOVER_GSR_CAMEO.json"
NGEC_FILE = EVENTS_DATA / "ngec-synthetic-plover" / "gpt_synthetic_events_2023-10-19_19.csv"
PETRARCH = EVENTS_DATA / "petrarch-validation"
PETRARCH_FILE = PETRARCH / "PETR2_GSR_validation.jsonl"
CAMEO_TO_PLOVER_FILE = EVENTS_DATA / "plover-codebook" / "CAMEO2PLOVER-2021.txt"
# "0841: RETREAT, release,   legal # Return, release person(s)" -> code and PLOVER type.
_CAMEO_ROW = re.compile(r"^(\d{2,4}): *([A-Z]+)\b")
TEST_SHARE_MODULUS = 5


@dataclass(frozen=True)
class AcledRow:
    event_id: str
    notes: str
    event_type: str
    sub_event_type: str
    event_date: str
    fatalities: int
    latitude: float
    longitude: float
    inter1: str = ""  # ACLED's actor types: "1" state forces … "6" protesters, "7" civilians
    inter2: str = ""  # ("" where the event has no second actor)


@dataclass(frozen=True)
class CodedSentence:
    """A sentence and the PLOVER types of its gold codings (any of them counts as right)."""

    id: str
    text: str
    types: frozenset[str]


@dataclass(frozen=True)
class Snippet:
    id: str
    text: str
    label: str


def _hash_number(key: str) -> int:
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")


def _read_acled(path: Path) -> list[AcledRow]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            AcledRow(
                event_id=row["event_id_cnty"],
                notes=row["notes"],
                event_type=row["event_type"],
                sub_event_type=row["sub_event_type"],
                event_date=row["event_date"],
                fatalities=int(float(row["fatalities"] or 0)),
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
                inter1=_inter_code(row.get("inter1", "")),
                inter2=_inter_code(row.get("inter2", "")),
            )
            for row in csv.DictReader(handle)
        ]


def _inter_code(value: str) -> str:
    """ACLED's actor type as the export writes it: "6.0" -> "6", "0.0" or "" (no actor) -> ""."""
    code = value.split(".")[0].strip()
    return "" if code in ("", "0") else code


def acled_split() -> tuple[list[AcledRow], list[AcledRow]]:
    """(development, test) rows of the ACLED notes."""
    regional = _read_acled(ACLED / "acled_2022H1_caucasus_central_asia_208.csv")
    regional_ids = {row.event_id for row in regional}
    development: list[AcledRow] = []
    test = list(regional)
    for row in _read_acled(ACLED / "acled_2022H1_global_sample_9000.csv"):
        if row.event_id in regional_ids:
            continue
        if _hash_number(row.event_id) % TEST_SHARE_MODULUS == 0:
            test.append(row)
        else:
            development.append(row)
    development.extend(_read_acled(ACLED / "acled_2022_argentina_326.csv"))
    return development, test


def tuning_split(rows: list[AcledRow]) -> tuple[list[AcledRow], list[AcledRow]]:
    """Development rows cut again (a fixed 20% by hash) to tune on data the model did not see."""
    held = [row for row in rows if _hash_number("tune:" + row.event_id) % TEST_SHARE_MODULUS == 0]
    kept = [row for row in rows if _hash_number("tune:" + row.event_id) % TEST_SHARE_MODULUS != 0]
    return kept, held


def case_split() -> tuple[list[Snippet], list[Snippet]]:
    """(training, test) snippets of CASE 2021 task 2."""
    training: list[Snippet] = []
    test: list[Snippet] = []
    with CASE_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            snippet = Snippet(row["id"], row["EventSnippet"], row["SubType"])
            is_test = _hash_number("case2021:" + snippet.id) % TEST_SHARE_MODULUS == 0
            (test if is_test else training).append(snippet)
    return training, test


def plover_split() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """(development, test) records of the PLOVER GSR, the metadata record left out."""
    records = [
        r for r in json.loads(PLOVER_FILE.read_text(encoding="utf-8")) if r["event"] != "DOCUMENT"
    ]
    development = [r for r in records if _hash_number(f"plover:{r['id']}") % 2 == 0]
    test = [r for r in records if _hash_number(f"plover:{r['id']}") % 2 == 1]
    return development, test


def ngec_leads() -> list[Snippet]:
    """The first paragraph of each NGEC synthetic story, with the story's PLOVER pseudo-label."""
    with NGEC_FILE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        Snippet(str(n), row["text"].strip().split("\n")[0], row["label"])
        for n, row in enumerate(rows)
    ]


def cameo_to_plover() -> dict[str, str]:
    """CAMEO code (2 to 4 digits) -> PLOVER type, from the codebook's CAMEO2PLOVER table."""
    table: dict[str, str] = {}
    for line in CAMEO_TO_PLOVER_FILE.read_text(encoding="utf-8").splitlines():
        row = _CAMEO_ROW.match(line)
        if row:
            table[row.group(1)] = row.group(2)
    return table


def petrarch_sentences() -> list[CodedSentence]:
    """The PETRARCH-2 validation sentences with at least one coding that PLOVER keeps.

    A code missing from the table falls back to its 3-digit parent; CAMEO 01 and 02 (statements,
    appeals), which PLOVER drops, and "no event" records give no type.
    """
    table = cameo_to_plover()
    sentences = []
    for line in PETRARCH_FILE.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        codes = [coding.get("eventcode", "") for coding in record["gold_event_codings"]]
        types = frozenset(
            plover for code in codes if (plover := table.get(code) or table.get(code[:3]))
        )
        if types:
            sentences.append(CodedSentence(record["id"], record["text"], types))
    return sentences
