"""Build the event coder's learned resources: `make models` runs this script.

Writes into src/factline/resources/events/:
- `acled_subtype_model.json.gz`: an averaged perceptron over words and word pairs that types a
  passage with an ACLED sub-event type (or one of CASE 2021's five other types), trained on the
  development split of the ACLED notes and the training split of CASE 2021 (see events_data.py).
- `countries.tsv`: ISO 3166 alpha-2 code -> country name, for the ACLED export's `country` column,
  taken from the country rows of the place stage's gazetteer (GeoNames).

Run: .venv/bin/python train/build_events.py   (about a minute on one core)
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import sys
from collections import defaultdict
from collections.abc import Collection
from pathlib import Path

import events_data

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from factline.events_classifier import Model, features  # noqa: E402

RESOURCES = REPO / "src" / "factline" / "resources" / "events"
GAZETTEER = REPO / "src" / "factline" / "resources" / "gazetteer" / "places.tsv.gz"
EPOCHS = 12
CASE_WEIGHT = 3  # CASE snippets are few and news-like; each is shown this many times per epoch
MIN_WEIGHT = 0.01  # averaged weights below this are dropped from the shipped model
SEED = 13


def case_labels() -> dict[str, str]:
    rows = (RESOURCES / "case_labels.tsv").read_text(encoding="utf-8").splitlines()
    pairs = [row.split("\t") for row in rows if row and not row.startswith("#")]
    return dict(pairs[1:])


def training_examples(tuning: bool, held_case: Collection[int] = ()) -> list[tuple[list[str], str]]:
    """The training examples; `held_case` lists CASE training snippets (by index) to leave out."""
    development, _ = events_data.acled_split()
    if tuning:
        development, _ = events_data.tuning_split(development)
    examples = [(features(row.notes), row.sub_event_type) for row in development]
    case_training, _ = events_data.case_split()
    to_acled = case_labels()
    for index, snippet in enumerate(case_training):
        if index not in held_case:
            examples.extend([(features(snippet.text), to_acled[snippet.label])] * CASE_WEIGHT)
    return examples


def fold_model(held_case: list[int]) -> Model:
    """A perceptron trained without some CASE training snippets, to cross-validate with."""
    trained = train(training_examples(tuning=False, held_case=set(held_case)))
    weights = {
        feature: tuple((int(label), float(weight)) for label, weight in pairs)
        for feature, pairs in trained["weights"].items()  # type: ignore[attr-defined]
    }
    return Model(labels=tuple(trained["labels"]), weights=weights)  # type: ignore[arg-type]


class AveragedPerceptron:
    """Multiclass perceptron with weight averaging (Collins 2002), kept sparse."""

    def __init__(self, labels: list[str]) -> None:
        self.labels = labels
        self.weights: dict[str, dict[int, float]] = defaultdict(dict)
        self._totals: dict[tuple[str, int], float] = defaultdict(float)
        self._stamps: dict[tuple[str, int], int] = defaultdict(int)
        self._step = 0

    def predict(self, found: list[str]) -> int:
        scores = [0.0] * len(self.labels)
        for feature in found:
            for label, weight in self.weights.get(feature, {}).items():
                scores[label] += weight
        return max(range(len(scores)), key=scores.__getitem__)

    def update(self, found: list[str], truth: int) -> None:
        self._step += 1
        guess = self.predict(found)
        if guess == truth:
            return
        for feature in found:
            self._change(feature, truth, 1.0)
            self._change(feature, guess, -1.0)

    def _change(self, feature: str, label: int, delta: float) -> None:
        key = (feature, label)
        current = self.weights[feature].get(label, 0.0)
        self._totals[key] += (self._step - self._stamps[key]) * current
        self._stamps[key] = self._step
        self.weights[feature][label] = current + delta

    def averaged(self) -> dict[str, list[list[float]]]:
        averaged: dict[str, list[list[float]]] = {}
        for feature, by_label in self.weights.items():
            pairs = []
            for label, weight in by_label.items():
                key = (feature, label)
                total = self._totals[key] + (self._step - self._stamps[key]) * weight
                mean = total / max(self._step, 1)
                if abs(mean) >= MIN_WEIGHT:
                    pairs.append([label, round(mean, 3)])
            if pairs:
                averaged[feature] = pairs
        return averaged


def train(examples: list[tuple[list[str], str]]) -> dict[str, object]:
    labels = sorted({label for _, label in examples})
    index = {label: i for i, label in enumerate(labels)}
    model = AveragedPerceptron(labels)
    order = list(range(len(examples)))
    shuffler = random.Random(SEED)
    for _ in range(EPOCHS):
        shuffler.shuffle(order)
        for position in order:
            found, label = examples[position]
            model.update(found, index[label])
    return {"labels": labels, "weights": model.averaged()}


def write_countries() -> None:
    if not GAZETTEER.exists():
        print(f"skipping countries.tsv: {GAZETTEER} is absent")
        return
    names: dict[str, str] = {}
    with gzip.open(GAZETTEER, "rt", encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) > 3 and row[1] == "country":
                names.setdefault(row[3], row[2])
    lines = ["# ISO 3166 alpha-2 -> country name (GeoNames country rows of the gazetteer)"]
    lines += [f"{code}\t{name}" for code, name in sorted(names.items())]
    (RESOURCES / "countries.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"countries.tsv: {len(names)} countries")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--tuning",
        action="store_true",
        help="leave out the tuning fifth of the development notes (to measure choices on it)",
    )
    args = parser.parse_args()
    examples = training_examples(args.tuning)
    model = train(examples)
    payload = json.dumps(model, separators=(",", ":")).encode("utf-8")
    (RESOURCES / "acled_subtype_model.json.gz").write_bytes(gzip.compress(payload, mtime=0))
    print(f"model: {len(examples)} examples, {len(model['weights'])} features")  # type: ignore[arg-type]
    write_countries()


if __name__ == "__main__":
    main()
