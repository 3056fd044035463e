from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import factline
from factline.record import (
    Actor,
    Analysis,
    Attribution,
    Claim,
    Document,
    Place,
    Time,
    from_json,
    json_schema,
    text_id,
    to_json,
)

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "schema" / "record.schema.json"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_committed_schema_is_generated_from_the_record() -> None:
    assert json.loads(SCHEMA_FILE.read_text()) == json_schema(), "run `make schema`"


def test_document_id_is_the_text_hash() -> None:
    document = Document(text="Protests began on January 2.")
    assert document.id == text_id("Protests began on January 2.")
    assert len(document.id) == 64
    assert Document(text="other").id != document.id


def test_json_round_trip_keeps_every_field() -> None:
    text = "Security forces said 12 police officers were killed."
    analysis = Analysis(
        document=Document(text=text, source="Example Wire", published="2022-01-07"),
        claims=(
            Claim(
                id="c1",
                measure="killed",
                subject="police officers",
                text="12 police officers",
                start=21,
                end=39,
                low=12,
                high=12,
                qualifier="exact",
                sentence=0,
                said_by=Attribution(text="Security forces", actor=None),
                stance="confirmed",
            ),
        ),
    )
    again = from_json(to_json(analysis))
    assert again == analysis
    assert isinstance(again.claims[0].said_by, Attribution)
    assert again.claims[0].low == 12.0


def test_empty_text_gives_an_empty_record() -> None:
    analysis = factline.analyze("")
    assert analysis.sentences == ()
    assert analysis.times == analysis.events == analysis.claims == ()
    jsonschema.validate(json.loads(to_json(analysis)), json_schema())


def test_schema_rejects_a_wrong_vocabulary() -> None:
    record = json.loads(to_json(factline.analyze("Protests began.")))
    record["events"] = [
        {
            "id": "e1",
            "type": "RIOTING",
            "trigger": {"text": "x", "start": 0, "end": 1},
            "sentence": 0,
            "mode": None,
            "status": "occurred",
            "date": None,
            "time": None,
            "place": None,
            "source": None,
            "target": None,
            "fatalities": None,
            "confidence": 0.5,
        }
    ]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, json_schema())


def example_files() -> list[Path]:
    return sorted(EXAMPLES.rglob("*.txt"))


@pytest.mark.parametrize("path", example_files(), ids=lambda p: p.name)
def test_every_example_validates_against_the_schema(path: Path) -> None:
    from factline.read import read_text

    document = read_text(path.read_text(encoding="utf-8"))
    analysis = factline.analyze(document)
    record = json.loads(to_json(analysis))
    jsonschema.validate(record, json.loads(SCHEMA_FILE.read_text()))
    spanned: list[Time | Place | Actor | Claim] = [
        *analysis.times,
        *analysis.places,
        *analysis.actors,
        *analysis.claims,
    ]
    for item in spanned:
        assert document.text[item.start : item.end] == item.text
    for event in analysis.events:
        assert document.text[event.trigger.start : event.trigger.end] == event.trigger.text
