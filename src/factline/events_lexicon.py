"""The event coder's trigger lexicon: words that report an event, and the PLOVER type they code.

The lexicon lives in `resources/events/lexicon.json` (see the README there). Each trigger form is
a phrase of tokens; a token may hold alternation groups (`arrest(|s|ed|ing)`), and `*` stands for
a gap of up to six tokens (`sent * paratroopers`; six, so that "gave * dollars" reaches past a
recipient and a sum: "gave the Ivory Coast 5.1 million dollars"). Matching walks the sentence's
tokens once and looks phrases up by their first token, so its cost is linear in the text.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

# A number with separators ("1,000"), a word with inner hyphens or apostrophes ("sit-in",
# "didn't", "17-year-old"), or one punctuation mark; each match also holds the space before it,
# and the last may be only the space before the end (see `factline.ner.tokenize`).
_SPACE_AND_TOKEN = re.compile(r"(\s*)(\d+(?:[.,]\d+)*(?![\w-])|\w+(?:[-'’]\w+)*|[^\w\s]|\Z)")
_GROUP = re.compile(r"\(([^()]*)\)")
GAP = "*"
MAX_GAP_TOKENS = 6
# In a headline most longer words are capitalised, so a capital does not make a name there.
HEADLINE_CAPITAL_SHARE = 0.7
HEADLINE_MIN_WORDS = 4


class Token(NamedTuple):
    """A token, lower-cased, with its offsets; `capital` says whether it began upper-case."""

    text: str
    start: int
    end: int
    capital: bool = False


@dataclass(frozen=True)
class TriggerForm:
    """One phrase of the lexicon and the PLOVER type and mode it codes."""

    words: tuple[str, ...]
    type: str
    mode: str | None


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger found in a sentence: token positions [first, last] and its character span."""

    form: TriggerForm
    first: int
    last: int
    start: int
    end: int


@dataclass(frozen=True)
class Lexicon:
    by_first_word: dict[str, tuple[TriggerForm, ...]]
    status_cues: dict[str, tuple[tuple[str, ...], ...]]
    clause_breaks: frozenset[str]
    request_modes: dict[str, frozenset[str]]
    crowd_nouns: dict[str, str]
    conditions: frozenset[str]
    passive_auxiliaries: frozenset[str]
    agent_markers: frozenset[str]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of text[start:end], lower-cased, with offsets into `text`."""
    make = tuple.__new__  # a NamedTuple without its keyword-handling constructor: 2x faster
    found = []
    position = start
    for space, word in _SPACE_AND_TOKEN.findall(text, start, len(text) if end is None else end):
        if not word:
            break  # the end
        position += len(space)
        last = position + len(word)
        found.append(make(Token, (word.lower(), position, last, word[:1].isupper())))
        position = last
    return found


def expand_form(form: str) -> list[tuple[str, ...]]:
    """Every phrase a lexicon form stands for: `arrest(|s|ed)` -> arrest, arrests, arrested."""
    phrases: list[tuple[str, ...]] = []
    for word_options in itertools.product(*(_expand_word(word) for word in form.split())):
        phrases.append(tuple(word_options))
    return phrases


def _expand_word(word: str) -> list[str]:
    parts = _GROUP.split(word)
    # Split leaves literal text at even indices and group bodies at odd ones.
    choices = [[part] if i % 2 == 0 else part.split("|") for i, part in enumerate(parts)]
    return ["".join(pieces) for pieces in itertools.product(*choices)]


@cache
def load_lexicon() -> Lexicon:
    """The trigger lexicon, read once per process."""
    source = resources.files("factline").joinpath("resources/events/lexicon.json")
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    by_first: dict[str, list[TriggerForm]] = {}
    for event_type, mode, forms in data["triggers"]:
        for form in forms:
            for words in expand_form(form):
                by_first.setdefault(words[0], []).append(TriggerForm(words, event_type, mode))
    return Lexicon(
        by_first_word={word: _longest_first(forms) for word, forms in by_first.items()},
        status_cues={
            status: tuple(tuple(cue.split()) for cue in cues)
            for status, cues in data["status_cues"].items()
        },
        clause_breaks=frozenset(data["clause_breaks"]),
        request_modes={mode: frozenset(words) for mode, words in data["request_modes"].items()},
        crowd_nouns=data["crowd_nouns"],
        conditions=frozenset(data["conditions"]),
        passive_auxiliaries=frozenset(data["passive_auxiliaries"]),
        agent_markers=frozenset(data["agent_markers"]),
    )


def _longest_first(forms: list[TriggerForm]) -> tuple[TriggerForm, ...]:
    return tuple(sorted(forms, key=lambda form: -len(form.words)))


def find_triggers(tokens: list[Token]) -> list[TriggerMatch]:
    """The triggers among `tokens`, left to right, longest phrase first, never overlapping."""
    lexicon = load_lexicon()
    matches: list[TriggerMatch] = []
    position = 0
    while position < len(tokens):
        forms = lexicon.by_first_word.get(tokens[position].text, ())
        match = _match_at(tokens, position, forms) if forms else None
        # (a capital makes a name, except in a title-case headline: asked only when it matters)
        if match is None or (_is_name(tokens, match) and not _is_headline(tokens)):
            position += 1
            continue
        matches.append(match)
        position = match.last + 1
    return matches


def _is_headline(tokens: list[Token]) -> bool:
    """Whether the sentence is set in title case ("Police Arrest 20 Protesters in Almaty")."""
    words = [token for token in tokens if len(token.text) > 3 and token.text.isalpha()]
    capitals = sum(token.capital for token in words)
    return len(words) >= HEADLINE_MIN_WORDS and capitals >= HEADLINE_CAPITAL_SHARE * len(words)


def _is_name(tokens: list[Token], match: TriggerMatch) -> bool:
    """A one-word trigger capitalised inside a sentence is a name or a month ("in March")."""
    if match.first != match.last or not tokens[match.first].capital or match.first == 0:
        return False
    return tokens[match.first - 1].text[:1].isalnum()


def find_crowd(tokens: list[Token]) -> TriggerMatch | None:
    """The first crowd noun ("protesters", "rioters"): a protest that the sentence implies."""
    crowd_nouns = load_lexicon().crowd_nouns
    for position, token in enumerate(tokens):
        if token.text in crowd_nouns:
            form = TriggerForm((token.text,), "PROTEST", crowd_nouns[token.text])
            return TriggerMatch(form, position, position, token.start, token.end)
    return None


def _match_at(
    tokens: list[Token], position: int, forms: tuple[TriggerForm, ...]
) -> TriggerMatch | None:
    best: TriggerMatch | None = None
    for form in forms:
        last = _phrase_end(tokens, position, form.words)
        if last is not None and (best is None or last > best.last):
            best = TriggerMatch(form, position, last, tokens[position].start, tokens[last].end)
    return best


def _phrase_end(tokens: list[Token], position: int, words: tuple[str, ...]) -> int | None:
    """The index of the last token of `words` matched from `position`, or None."""
    index = position
    for word_number, word in enumerate(words):
        if word == GAP:
            rest = words[word_number + 1 :]
            for skip in range(MAX_GAP_TOKENS + 1):
                end = _phrase_end(tokens, index + skip, rest)
                if end is not None:
                    return end
            return None
        if index >= len(tokens) or tokens[index].text != word:
            return None
        index += 1
    return index - 1
