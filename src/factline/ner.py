"""Statistical named-entity recognition: CoNLL-style names (PER, ORG, LOC, MISC) in news text.

A linear-chain CRF (CRFsuite) over hand-built token features: the word, its shape, affixes, its
neighbours, and two things counted from unlabelled news: how often the word is capitalized
mid-sentence (which tells "Tightly" at the start of a sentence from "Tokayev"), and the word's
distributional clusters (which put unseen "Tokayev" near names the model was trained on). The
model and the word table are package data in `resources/ner/`, built by `train/build_ner.py`;
see the README there for what they were trained on and what they score.

The actor stage puts its dictionary and rules in front of this model; the model only names what
the dictionary lacks, and reads only the words near them (`tag_around`).

That CRF is the fast path. The accurate path (`factline.ner_accurate`, a small transformer run
by ONNX Runtime) reads whole sentences; `FACTLINE_NER=accurate` (or `--ner accurate` on the
command line) makes the actor stage use it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources
from itertools import compress, count, groupby
from pathlib import Path
from typing import Any, Literal, NamedTuple

import numpy as np

from factline.crf_model import CrfWeights, best_paths, read_model, summed
from factline.record import Sentence

NameType = Literal["PER", "ORG", "LOC", "MISC"]
NerPath = Literal["fast", "accurate"]

PATH_VARIABLE = "FACTLINE_NER"

MODEL_FILE = "conll.crfsuite"
WORDS_FILE = "words.tsv"
# Words on each side of a candidate that `tag_around` gives the model: as far as its features see.
WINDOW = 2

# Tokens as CoNLL-2003 cuts them: hyphenated words stay whole ("Kassym-Jomart", "Russia-led"),
# dotted abbreviations stay whole ("U.S."), the possessive "'s" is its own token, and every other
# mark is a token alone. Each alternative has one unbounded quantifier, so matching is linear.
# Each match is the gap before a token (the only marks that start none) and the token, or the
# gap before the end: `findall` then gives both as plain strings, cheaper than a match object
# per token, and never has to retry inside a gap.
_GAP_AND_TOKEN = re.compile(
    r"""
      ([\s_]*)                  # the gap
    ( \d[\d,.:/-]*\d[a-z]*       # numbers, dates, scores: 1,000  3.5  1996-08-22  2-1  1990s
    | (?:[A-Za-z]\.){2,}         # abbreviations: U.S.  U.K.
    | ['’][sS](?!\w)             # the possessive 's
    | [A-Z]['’][A-Z][\w-]*       # O'Brien
    | [^\W_][\w-]*[^\W_]         # words, hyphenated or not
    | [^\W_]                     # a one-letter word
    | [^\w\s]                    # any other mark
    | \Z                        # (the end)
    )""",
    re.VERBOSE,
)


class Token(NamedTuple):
    text: str
    start: int
    end: int


class Name(NamedTuple):
    """A name the model found: its character span and CoNLL type."""

    text: str
    start: int
    end: int
    type: NameType


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The CoNLL-style tokens of `text[start:end]`, with offsets into `text`."""
    make = tuple.__new__  # a NamedTuple without its keyword-handling constructor: 2x faster
    tokens = []
    position = start
    for gap, word in _GAP_AND_TOKEN.findall(text, start, len(text) if end is None else end):
        if not word:
            break  # the end
        first = position + len(gap)
        position = first + len(word)
        tokens.append(make(Token, (word, first, position)))
    return tokens


def find_names(text: str, sentences: Sequence[Sentence]) -> list[Name]:
    """Every name the model tags in the given sentences of `text`, in text order."""
    names: list[Name] = []
    for sentence in sentences:
        tokens = tokenize(text, sentence.start, sentence.end)
        if not tokens:
            continue
        labels = tag([token.text for token in tokens])
        for first, last, name_type in entity_spans(labels):
            start, end = tokens[first].start, tokens[last - 1].end
            names.append(Name(text[start:end], start, end, name_type))
    return names


def tag(words: Sequence[str]) -> list[str]:
    """The IOB2 labels the model gives a sentence of words: CRFsuite's own best labels,
    decoded here from its weights (`FastTagger`)."""
    return _fast_tagger().tag_many([words])[0]


def marginals(words: Sequence[str], labels: Sequence[str]) -> list[list[float]]:
    """The CRF's marginal probability of each of `labels` at each word [word][label]: what the
    accurate path mixes with its own (`factline.ner_accurate`)."""
    tagger = _tagger()
    tagger.set(_featurizer().sentence(words))
    known = set(tagger.labels())
    return [
        [tagger.marginal(label, t) if label in known else 0.0 for label in labels]
        for t in range(len(words))
    ]


def tag_many(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """`tag` of each sentence, decoded together: much cheaper than one by one."""
    return _fast_tagger().tag_many(sentences)


def tag_around(
    words: Sequence[str], positions: Sequence[int], path: NerPath | None = None
) -> list[str]:
    """IOB2 labels for the words near `positions` (in order); `O` elsewhere.

    The model reads a window of `WINDOW` words on each side of each position, widened to whole
    runs of capitalized words so that no name is cut: what the features of a position can see,
    at a fraction of the cost of the whole sentence. `path` defaults to `chosen_path()`; a caller
    that tags many sentences passes it once, since reading the environment is not free.
    """
    return tag_around_many([(words, positions)], path)[0]


def tag_around_many(
    sentences: Sequence[tuple[Sequence[str], Sequence[int]]], path: NerPath | None = None
) -> list[list[str]]:
    """`tag_around` of each (words, positions) of a report, with the windows of all sentences
    tagged together (`tag_many`)."""
    if (path or chosen_path()) == "accurate":
        from factline import ner_accurate

        return [ner_accurate.tag(words) for words, _ in sentences]
    windows = [_windows(words, positions) for words, positions in sentences]
    window_words = [
        words[start:end]
        for (words, _), spans in zip(sentences, windows, strict=True)
        for start, end in spans
    ]
    tagged = iter(tag_many(window_words))
    found = []
    for (words, _), spans in zip(sentences, windows, strict=True):
        labels = ["O"] * len(words)
        for start, end in spans:
            labels[start:end] = next(tagged)
        found.append(labels)
    return found


def chosen_path() -> NerPath:
    """The NER path that `FACTLINE_NER` names: "fast" (the default) or "accurate"."""
    value = os.environ.get(PATH_VARIABLE, "fast")
    if value == "fast":
        return "fast"
    if value == "accurate":
        return "accurate"
    from factline.errors import BadInputError

    raise BadInputError(f"{PATH_VARIABLE}={value!r}: expected 'fast' or 'accurate'")


def _windows(words: Sequence[str], positions: Sequence[int]) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for position in positions:
        start = max(0, position - WINDOW)
        end = min(len(words), position + WINDOW + 1)
        while start > 0 and words[start - 1][:1].isupper():
            start -= 1
        while end < len(words) and words[end][:1].isupper():
            end += 1
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def may_be_name(word: str) -> bool:
    """Whether a capitalized word at the start of a sentence may be (part of) a name: not when
    news mostly writes it in lower case ("The", "Protests")."""
    known = _featurizer().classes.get(word.lower())
    return known is None or known[0] != "lower"


def entity_spans(labels: Sequence[str]) -> list[tuple[int, int, NameType]]:
    """(first, end, type) token spans of IOB labels, end exclusive.

    conlleval semantics: an `I-X` that does not continue an `X` starts a new span, which also
    reads the IOB1 leftovers of the CoNLL-2003 files correctly.
    """
    spans: list[tuple[int, int, NameType]] = []
    current: str | None = None
    first = last = 0
    for i in compress(count(), map("O".__ne__, labels)):  # most are "O": skipped in C
        if current is not None and i > last + 1:  # an "O" came between: it ended the name
            spans.append((first, last + 1, current))  # type: ignore[arg-type]
            current = None
        prefix, _, entity = labels[i].partition("-")
        continues = prefix == "I" and entity == current
        if current is not None and not continues:
            spans.append((first, i, current))  # type: ignore[arg-type]
            current = None
        if prefix in ("B", "I") and not continues:
            current, first = entity, i
        last = i
    if current is not None:
        spans.append((first, last + 1, current))  # type: ignore[arg-type]
    return spans


def read_conll(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """(words, labels) sentences of a two-column CoNLL file, skipping `-DOCSTART-` lines."""
    words: list[str] = []
    labels: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            fields = line.split()
            if fields and fields[0] != "-DOCSTART-":
                words.append(fields[0])
                labels.append(fields[-1])
            elif words:
                yield words, labels
                words, labels = [], []
    if words:
        yield words, labels


# --- features ---------------------------------------------------------------------------------


def word_shape(word: str) -> str:
    """Aa-style shape with repeats collapsed: "Tokayev" → "Xx", "CSTO" → "X", "1,000" → "d,d"."""
    mapped = word.translate(_ASCII_SHAPES) if word.isascii() else "".join(map(_char_shape, word))
    return "".join(shape for shape, _ in groupby(mapped))


def _char_shape(c: str) -> str:
    return "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c


# `_char_shape` of every ASCII character, for `str.translate`.
_ASCII_SHAPES = {code: _char_shape(chr(code)) for code in range(128)}


class Featurizer:
    """The CRF features of sentences, from each word's own features and its neighbours'.

    `classes` gives, for a lowercase word, its casing class and word clusters (`words.tsv`).
    A word's features are computed once and kept: news repeats its words.
    """

    CACHE_SIZE = 200_000
    OFFSETS = (-2, -1, 1, 2)
    # What a sentence edge gives the words next to it, at each offset.
    EDGES = tuple([f"{offset}w=<edge>"] for offset in OFFSETS)

    def __init__(self, classes: dict[str, list[str]]) -> None:
        self.classes = classes
        self._views: dict[str, tuple[list[str], tuple[list[str], ...]]] = {}

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        headline = is_headline(words)
        views = [self._view(word) for word in words]
        lowered = [word.lower() for word in words]
        before_2, before_1, after_1, after_2 = self.EDGES
        last = len(words) - 1
        features = []
        for i, (own, _) in enumerate(views):
            row = [  # what each neighbour gives this word, in OFFSETS order, then word pairs
                *own,
                *(views[i - 2][1][0] if i > 1 else before_2),
                *(views[i - 1][1][1] if i > 0 else before_1),
                *(views[i + 1][1][2] if i < last else after_1),
                *(views[i + 2][1][3] if i < last - 1 else after_2),
                f"w-1w={lowered[i - 1] if i else '<s>'}|{lowered[i]}",
                f"ww+1={lowered[i]}|{lowered[i + 1] if i < last else '</s>'}",
            ]
            if i == 0:
                row.append("first")
            if headline:
                row.append("headline")
            features.append(row)
        return features

    def _view(self, word: str) -> tuple[list[str], tuple[list[str], ...]]:
        """A word's own features, and what it gives a neighbour at each of `OFFSETS`."""
        view = self._views.get(word)
        if view is None:
            if len(self._views) >= self.CACHE_SIZE:
                self._views.clear()
            view = self._views[word] = self.word_view(word)
        return view

    def word_view(self, word: str) -> tuple[list[str], tuple[list[str], ...]]:
        """`_view` of a word, computed afresh."""
        lower, shape = word.lower(), word_shape(word)
        table = _table_features(self.classes.get(lower))
        own = _word_features(word, lower, shape, table)
        context = (  # in OFFSETS order; the word table's features only to next neighbours
            ["-2w=" + lower, "-2s=" + shape],
            ["-1w=" + lower, "-1s=" + shape, *map("-1".__add__, table)],
            ["1w=" + lower, "1s=" + shape, *map("1".__add__, table)],
            ["2w=" + lower, "2s=" + shape],
        )
        return own, context


def is_headline(words: Sequence[str]) -> bool:
    """Whether no word has a lowercase letter: a headline or a shouted line."""
    return all(not c.islower() for word in words for c in word)


class FastTagger:
    """CRFsuite's best labels for sentences, decoded from the model's weights in arrays
    (`crf_model`) instead of through CRFsuite.

    The state scores a word gets from its own features, and those it gives each neighbour
    (`Featurizer.OFFSETS`), are summed once per word and kept in a table. The scores of a batch
    of sentences are then a few array operations over all their words at once, plus the word
    pairs, the first words and the headlines, as `Featurizer.sentence` lists them. Only the
    order of the additions differs from CRFsuite's, which could matter only where two label
    paths tie to the last bit (a test compares the two on CoNLL-2003's development set).
    """

    CACHE_SIZE = 100_000  # words kept; 5 rows of one score per label each
    # Words in a batch, counting the padding of its shorter sentences to the longest: bounds
    # the decoder's arrays whatever the input (a megabyte without a sentence break).
    BATCH_WORDS = 20_000

    def __init__(self, weights: CrfWeights, featurizer: Featurizer) -> None:
        self.weights = weights
        self.featurizer = featurizer
        self._rows: dict[str, int] = {}
        self._table = np.zeros((1024, 1 + len(Featurizer.OFFSETS), len(weights.labels)))
        self._state = np.vstack([weights.state, np.zeros(len(weights.labels))])
        self._zero = len(weights.state)  # the index of that last, all-zero row
        self._edges = [summed(weights, edge) for edge in Featurizer.EDGES]
        self._first = summed(weights, ["first"])
        self._headline = summed(weights, ["headline"])
        self._pair_openers = {prefix: _pair_openers(weights, prefix) for prefix in PAIR_PREFIXES}

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """The labels of each sentence, decoded in batches of sentences of like length."""
        found: list[list[str]] = [[] for _ in sentences]
        labels = self.weights.labels
        for batch in _batches(sentences, self.BATCH_WORDS):
            chosen = [sentences[i] for i in batch]
            lengths = [len(words) for words in chosen]
            scores = self.scores(chosen, lengths)
            paths = best_paths(scores, lengths, self.weights.transition)
            for i, path in zip(batch, paths, strict=True):
                found[i] = [labels[label] for label in path]
        return found

    def scores(self, sentences: Sequence[Sequence[str]], lengths: Sequence[int]) -> np.ndarray:
        """The state scores [word, label] of the words of non-empty sentences, one sentence
        after the other: the words' own features, what their neighbours give them (or the
        sentence's edge), their pairs, the first word's mark and the headline mark."""
        words = [word for sentence in sentences for word in sentence]
        ids = self._ids(words)  # before reading the table: new words may grow it
        rows = self._table[ids]
        position = np.arange(len(words)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        after = np.repeat(lengths, lengths) - position - 1  # words after each in its sentence
        scores = rows[:, 0]
        for column, (offset, edge) in enumerate(
            zip(Featurizer.OFFSETS, self._edges, strict=True), start=1
        ):
            inside = position >= -offset if offset < 0 else after >= offset
            scores += np.where(inside[:, np.newaxis], _shifted(rows[:, column], offset), edge)
        first = position == 0
        self._add_pairs(scores, words, first, after == 0)
        scores[first] += self._first
        headlines = np.repeat([is_headline(sentence) for sentence in sentences], lengths)
        scores[headlines] += self._headline
        return scores

    def _add_pairs(
        self, scores: np.ndarray, words: list[str], first: np.ndarray, last: np.ndarray
    ) -> None:
        """The word-pair features ("w-1w=", "ww+1="). Few pairs are known to the model, so a
        pair's name is built only where its first word opens a known pair (`_pair_openers`)."""
        lowered = [word.lower() for word in words]
        before = [
            "<s>" if f else w for f, w in zip(first.tolist(), ["", *lowered[:-1]], strict=True)
        ]
        after = ["</s>" if f else w for f, w in zip(last.tolist(), [*lowered[1:], ""], strict=True)]
        attribute = self.weights.attributes.get
        # All "w-1w=" pairs first, then all "ww+1=" ones: each word adds them in CRFsuite's order.
        before_pair, after_pair = PAIR_PREFIXES
        for prefix, firsts, seconds in (
            (before_pair, before, lowered),
            (after_pair, lowered, after),
        ):
            openers = self._pair_openers[prefix]
            positions = list(compress(count(), map(openers.__contains__, firsts)))
            names = [f"{prefix}{firsts[i]}|{seconds[i]}" for i in positions]
            known = [
                (i, a)
                for i, a in zip(positions, map(attribute, names), strict=True)
                if a is not None
            ]
            if known:
                rows, attributes = zip(*known, strict=True)
                np.add.at(scores, list(rows), self.weights.state[list(attributes)])

    def _ids(self, words: list[str]) -> list[int]:
        """The table rows of `words`, adding the words not yet in the table."""
        if len(self._rows) + len(words) > self.CACHE_SIZE:
            self._rows.clear()
        new = [word for word in dict.fromkeys(words) if word not in self._rows]
        if new:
            self._add(new)
        return list(map(self._rows.__getitem__, words))

    def _add(self, words: list[str]) -> None:
        """Sum the weights of each new word's features, all words at once: one gather and one
        segmented sum. Every segment opens with an all-zero row (`_zero`), so that a part
        without any feature the model knows sums to zero."""
        attribute = self.weights.attributes.get
        indices: list[int] = []
        starts: list[int] = []
        for word in words:
            own, context = self.featurizer.word_view(word)
            for part in (own, *context):
                starts.append(len(indices))
                indices.append(self._zero)
                indices.extend([a for a in map(attribute, part) if a is not None])
        sums = np.add.reduceat(self._state[indices], starts, axis=0)
        first = len(self._rows)
        while first + len(words) > len(self._table):
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
        self._table[first : first + len(words)] = sums.reshape(len(words), -1, sums.shape[1])
        self._rows.update(zip(words, range(first, first + len(words)), strict=True))


PAIR_PREFIXES = ("w-1w=", "ww+1=")


def _shifted(rows: np.ndarray, offset: int) -> np.ndarray:
    """Row `i + offset` of `rows` at row `i` (zeros past either end): what each word's
    neighbour at `offset` gives it."""
    shifted = np.zeros_like(rows)
    if offset < 0:
        shifted[-offset:] = rows[:offset]
    else:
        shifted[:-offset] = rows[offset:]
    return shifted


def _pair_openers(weights: CrfWeights, prefix: str) -> frozenset[str]:
    """Every word that may open a known pair feature of `prefix`: for "w-1w=a|b", "a" (and,
    since a word may hold a "|" itself, every part before any of its "|")."""
    openers: set[str] = set()
    for name in weights.attributes:
        if name.startswith(prefix):
            pair = name[len(prefix) :]
            openers.update(pair[:bar] for bar, c in enumerate(pair) if c == "|")
    return frozenset(openers)


def _batches(sentences: Sequence[Sequence[str]], limit: int) -> Iterator[list[int]]:
    """Indices of the non-empty sentences, shortest first, in batches of at most `limit` words
    once each is padded to the batch's longest (a longer sentence goes alone)."""
    batch: list[int] = []
    for index in sorted(range(len(sentences)), key=lambda i: len(sentences[i])):
        length = len(sentences[index])
        if not length:
            continue
        if batch and (len(batch) + 1) * length > limit:
            yield batch
            batch = []
        batch.append(index)
    if batch:
        yield batch


def _table_features(known: list[str] | None) -> list[str]:
    """What the word table says of a word (its row `known`): casing class and clusters."""
    if known is None:
        return ["c=unseen"]
    return ["c=" + known[0], *map(str.__add__, _cluster_names(len(known) - 1), known[1:])]


@cache
def _cluster_names(columns: int) -> tuple[str, ...]:
    """The names of the cluster features of a word table row, by column: "k0=", "k1=", …"""
    return tuple(f"k{n}=" for n in range(columns))


def _word_features(word: str, lower: str, shape: str, table: list[str]) -> list[str]:
    """A word's own features. Built with `+` and `map` rather than f-strings and generators:
    every word new to a process goes through here, and that adds up."""
    features = ["bias", "w=" + lower, "s=" + shape, f"sw={shape[:1]}{len(word) > 4}", *table]
    affixes = min(len(lower) - 2, 3)  # of 2, 3 and 4 letters, each only if shorter than the word
    if affixes > 0:
        features += ["p2=" + lower[:2], "p3=" + lower[:3], "p4=" + lower[:4]][:affixes]
        features += ["x2=" + lower[-2:], "x3=" + lower[-3:], "x4=" + lower[-4:]][:affixes]
    if "-" in word:
        features.append("hyphen")
        features.extend(f"part={part}" for part in lower.split("-") if part)
    return features


# --- resources ----------------------------------------------------------------------------------


def resource_path(name: str) -> Path:
    """A file of `factline/resources/ner/`."""
    return Path(str(resources.files("factline").joinpath("resources", "ner", name)))


@cache
def _tagger() -> Any:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(resource_path(MODEL_FILE)))
    return tagger


@cache
def _fast_tagger() -> FastTagger:
    return FastTagger(read_model(resource_path(MODEL_FILE)), _featurizer())


@cache
def _featurizer() -> Featurizer:
    return Featurizer(read_word_classes(resource_path(WORDS_FILE)))


def read_word_classes(path: Path) -> dict[str, list[str]]:
    """The word table: lowercase word → [casing class, cluster ids…] (see `train/build_ner.py`)."""
    table: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            word, *classes = line.rstrip("\n").split("\t")
            table[word] = classes
    return table


def casing_class(capitalized: int, lowercase: int) -> str:
    """How a word is written mid-sentence, from its counts: mostly capitalized, lower, or both."""
    share = capitalized / (capitalized + lowercase)
    if share >= 0.9:
        return "upper"
    if share <= 0.1:
        return "lower"
    return "mixed"
