"""Build the statistical NER of `factline/resources/ner/`: a casing table and a CRF model.

    .venv/bin/python train/build_ner.py [--iterations N]

1. `words.tsv`: a table of words counted in unlabelled news (the BBC and OSINTer sets of
   ../shared/data/news-bulk, plus the text of the CoNLL-2003 training and development sets): for
   each word seen at least `MIN_COUNT` times mid-sentence, whether it is written mostly
   capitalized, mostly lower case, or both; and for each word seen `word_clusters.MIN_COUNT`
   times, its distributional clusters (`train/word_clusters.py`).
2. `conll.crfsuite`: a linear-chain CRF (CRFsuite, L-BFGS with L1+L2 regularization, which
   prunes the model to a few MB) trained on CoNLL-2003 English with the features of
   `factline.ner.Featurizer`: on the training and development sets (the shipped model; its
   settings were chosen on dev with models trained on train alone, `--train-only`).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pycrfsuite

import word_clusters
from factline import ner

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
CONLL = SHARED / "conll2003"
NEWS = SHARED / "news-bulk"
MIN_COUNT = 3
SENTENCE_ENDS = frozenset(".!?:\"“”'|#*-")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.05)
    parser.add_argument("--train-only", action="store_true", help="leave out the dev set")
    parser.add_argument("--keep-words", action="store_true", help="reuse words.tsv as it is")
    parser.add_argument("--model", type=Path, default=ner.resource_path(ner.MODEL_FILE))
    args = parser.parse_args()
    if not CONLL.exists():
        sys.exit(f"needs the CoNLL-2003 data in {CONLL}")
    started = time.perf_counter()
    words_file = ner.resource_path(ner.WORDS_FILE)
    if not args.keep_words:
        write_word_classes(words_file)
    classes = ner.read_word_classes(words_file)
    print(f"word table: {len(classes):,} words ({time.perf_counter() - started:.0f} s)")
    started = time.perf_counter()
    splits = ("train",) if args.train_only else ("train", "dev")
    train_model(classes, splits, args.model, args.iterations, args.c1, args.c2)
    print(f"model trained on {'+'.join(splits)} ({time.perf_counter() - started:.0f} s)")


def write_word_classes(out: Path) -> None:
    """Write `words.tsv`: each word's casing class, then its cluster ids where it has them."""
    casing = count_casing()
    clusters = word_clusters.word_clusters(_unlabelled_sentences)
    lines = []
    for word in sorted(casing.keys() | clusters.keys()):
        ids = "".join(f"\t{cluster}" for cluster in clusters.get(word, ()))
        lines.append(f"{word}\t{casing.get(word, 'unseen')}{ids}\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(lines), "utf-8")


def count_casing() -> dict[str, str]:
    """How each frequent word is cased mid-sentence."""
    capitalized: Counter[str] = Counter()
    lowercase: Counter[str] = Counter()
    for words in _unlabelled_sentences():
        for previous, word in itertools.pairwise(words):
            if previous in SENTENCE_ENDS or not word[:1].isalpha() or word.isupper():
                continue
            (capitalized if word[0].isupper() else lowercase)[word.lower()] += 1
    return {
        word: ner.casing_class(capitalized[word], lowercase[word])
        for word in capitalized.keys() | lowercase.keys()
        if capitalized[word] + lowercase[word] >= MIN_COUNT
    }


def _unlabelled_sentences() -> Iterator[list[str]]:
    for split in ("train", "dev"):
        for words, _ in ner.read_conll(CONLL / f"{split}.txt"):
            yield words
    for path in sorted((NEWS / "bbc-news-2225").glob("*/*.txt")):
        text = path.read_bytes().decode("utf-8", "replace")
        yield from _lines_as_words(text)
    osinter = NEWS / "osinter-articlemd-2021-2022" / "articles.jsonl.gz"
    with gzip.open(osinter, "rt", encoding="utf-8") as lines:
        for line in lines:
            yield from _lines_as_words(json.loads(line).get("text_markdown") or "")


def _lines_as_words(text: str) -> Iterator[list[str]]:
    for line in text.splitlines():
        words = [token.text for token in ner.tokenize(line)]
        if words:
            yield words


def train_model(
    classes: dict[str, list[str]],
    splits: tuple[str, ...],
    out: Path,
    iterations: int,
    c1: float,
    c2: float,
) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    featurizer = ner.Featurizer(classes)
    for split in splits:
        for words, labels in ner.read_conll(CONLL / f"{split}.txt"):
            trainer.append(featurizer.sentence(words), _iob2(labels))
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(out))


def _iob2(labels: list[str]) -> list[str]:
    """IOB2 labels: spans that start with `I-` (IOB1 leftovers) get their `B-`."""
    fixed = []
    previous = "O"
    for label in labels:
        if label.startswith("I-") and previous[2:] != label[2:]:
            label = "B-" + label[2:]
        fixed.append(label)
        previous = label
    return fixed


if __name__ == "__main__":
    main()
