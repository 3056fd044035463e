"""Entity F1 of the statistical NER on the CoNLL-2003 English test set (exact span and type).

    .venv/bin/python benchmarks/eval_ner.py [--out FILE] [--split test|dev] [--limit N]

Scores as conlleval does: an entity counts as found only when its first token, last token and
type (PER, ORG, LOC, MISC) all match the gold one. Gold tokens are given to the model, as in the
published CoNLL-2003 results. Writes a flat JSON object of metrics.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from factline import ner

REPO = Path(__file__).resolve().parents[1]
CONLL = REPO.parent / "shared" / "data" / "conll2003"
TYPES = ("PER", "ORG", "LOC", "MISC")


def evaluate(split: str = "test", limit: int | None = None) -> dict[str, float]:
    """Precision, recall and F1 overall and per type on a CoNLL split (first `limit` sentences)."""
    found: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    words_tagged = 0
    started = time.perf_counter()
    for n, (words, labels) in enumerate(ner.read_conll(CONLL / f"{split}.txt")):
        if limit is not None and n >= limit:
            break
        expected = set(ner.entity_spans(labels))
        predicted = set(ner.entity_spans(ner.tag(words)))
        gold.update(span[2] for span in expected)
        found.update(span[2] for span in predicted)
        correct.update(span[2] for span in expected & predicted)
        words_tagged += len(words)
    seconds = time.perf_counter() - started
    metrics = _scores(sum(correct.values()), sum(found.values()), sum(gold.values()))
    for entity_type in TYPES:
        scores = _scores(correct[entity_type], found[entity_type], gold[entity_type])
        metrics[f"f1_{entity_type.lower()}"] = scores["f1"]
    metrics["entities"] = float(sum(gold.values()))
    metrics["words_per_s"] = round(words_tagged / seconds) if seconds else 0.0
    return metrics


def _scores(correct: int, found: int, gold: int) -> dict[str, float]:
    precision = correct / found if found else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks/results/eval_ner.json")
    parser.add_argument("--split", choices=("test", "dev"), default="test")
    parser.add_argument("--limit", type=int, default=None, help="only the first N sentences")
    args = parser.parse_args()
    metrics = evaluate(args.split, args.limit)
    print(f"CoNLL-2003 {args.split}, CRF model (resources/ner/{ner.MODEL_FILE})")
    for name, value in metrics.items():
        print(f"  {name:<12} {value:>10}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
