"""Entity F1 of both NER paths on the CoNLL-2003 English test set (exact span and type).

    .venv/bin/python benchmarks/eval_ner.py [--out FILE] [--split test|dev] [--limit N]
                                            [--paths fast,accurate]

Scores as conlleval does: an entity counts as found only when its first token, last token and
type (PER, ORG, LOC, MISC) all match the gold one. Gold tokens are given to the models, as in
the published CoNLL-2003 results. Both paths run on the same sentences in the same run: the
fast CRF (`factline.ner`) and the accurate transformer (`factline.ner_accurate`). Writes a flat
JSON object: `f1`, `precision`, `recall` and `f1_<type>` are the accurate path's (the headline),
and every metric also appears prefixed with its path (`fast_f1`, `accurate_words_per_s`, ...).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from factline import ner, ner_accurate

REPO = Path(__file__).resolve().parents[1]
CONLL = REPO.parent / "shared" / "data" / "conll2003"
TYPES = ("PER", "ORG", "LOC", "MISC")
HEADLINE_PATH = "accurate"

Tagger = Callable[[Sequence[Sequence[str]]], list[list[str]]]
PATHS: dict[str, Tagger] = {
    "fast": ner.tag_many,
    "accurate": ner_accurate.tag_many,
}


def evaluate(
    split: str = "test", limit: int | None = None, paths: Sequence[str] = tuple(PATHS)
) -> dict[str, float]:
    """Metrics of each path on a CoNLL split (first `limit` sentences), prefixed by path name;
    the headline path's metrics also appear unprefixed."""
    sentences = _read(split, limit)
    metrics: dict[str, float] = {}
    for path in paths:
        scores = score(PATHS[path], sentences)
        if path == HEADLINE_PATH:
            metrics.update(scores)
        metrics.update({f"{path}_{name}": value for name, value in scores.items()})
    return metrics


def _read(split: str, limit: int | None) -> list[tuple[list[str], list[str]]]:
    sentences = []
    for n, sentence in enumerate(ner.read_conll(CONLL / f"{split}.txt")):
        if limit is not None and n >= limit:
            break
        sentences.append(sentence)
    return sentences


def score(tagger: Tagger, sentences: Sequence[tuple[list[str], list[str]]]) -> dict[str, float]:
    """Precision, recall and F1 overall and per type, and words tagged per second."""
    started = time.perf_counter()
    predictions = tagger([words for words, _ in sentences])
    seconds = time.perf_counter() - started
    found: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    for (_, labels), predicted_labels in zip(sentences, predictions, strict=True):
        expected = set(ner.entity_spans(labels))
        predicted = set(ner.entity_spans(predicted_labels))
        gold.update(span[2] for span in expected)
        found.update(span[2] for span in predicted)
        correct.update(span[2] for span in expected & predicted)
    metrics = _scores(sum(correct.values()), sum(found.values()), sum(gold.values()))
    for entity_type in TYPES:
        scores = _scores(correct[entity_type], found[entity_type], gold[entity_type])
        metrics[f"f1_{entity_type.lower()}"] = scores["f1"]
    metrics["entities"] = float(sum(gold.values()))
    words = sum(len(words) for words, _ in sentences)
    metrics["words_per_s"] = round(words / seconds) if seconds else 0.0
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
    parser.add_argument("--paths", default=",".join(PATHS), help="comma-separated: fast,accurate")
    args = parser.parse_args()
    paths = [path for path in args.paths.split(",") if path]
    metrics = evaluate(args.split, args.limit, paths)
    print(f"CoNLL-2003 {args.split}: fast = CRF (resources/ner/), accurate = MiniLM")
    for name, value in metrics.items():
        print(f"  {name:<22} {value:>10}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
