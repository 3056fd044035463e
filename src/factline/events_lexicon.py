"""The event coder's trigger lexicon: words that report an event, and the PLOVER type they code.

The lexicon lives in `resources/events/lexicon.json` (see the README there). Each trigger form is
a phrase of tokens; a token may hold alternation groups (`arrest(|s|ed|ing)`), and `*` stands for
a gap of up to six tokens (`sent * paratroopers`; six, so that "gave * dollars" reaches past a
recipient and a sum: "gave the Ivory Coast 5.1 million dollars"; never across a word that
opens a clause, `GAP_STOPS`). Matching walks the sentence's tokens once and looks phrases up by
their first token, so its cost is linear in the text.

Some phrases hold a trigger word but report no event ("riot police" is no riot): the lexicon
lists them as `non_triggers`, which match like triggers, so that the word inside them is passed
over, and are then left out.

Most sentences hold no trigger, and most of the lexicon's phrases cannot occur in a given
sentence, so the lexicon also indexes each phrase by an *anchor*, its longest word: one set
intersection of the sentence's words with the anchors leaves the few phrases worth matching
(`candidate_forms`), and a sentence left with none needs no tokens at all (`split_words`).
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
# "didn't", "17-year-old"), or one punctuation mark; the space between tokens matches nothing.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?![\w-])|\w+(?:[-'’]\w+)*|[^\w\s]")
_GROUP = re.compile(r"\(([^()]*)\)")
GAP = "*"
# The type of a `non_triggers` phrase: matched so that its words trigger nothing, then dropped.
NON_EVENT = "NON_EVENT"
MAX_GAP_TOKENS = 6
# Words that open a clause of their own, which a gap never crosses: "suspended the peace talks
# after the bombing" suspends talks, not a bombing.
GAP_STOPS = frozenset({"after", "because", "while", "although", "though", "whereas", "when"})
# In a headline most longer words are capitalised, so a capital does not make a name there.
HEADLINE_CAPITAL_SHARE = 0.7
HEADLINE_MIN_WORDS = 4


class Token(NamedTuple):
    """A token, lower-cased, with its offsets; `capital` says whether it began upper-case."""

    text: str
    start: int
    end: int
    capital: bool = False


# Past participles that do not end in -ed or -en.
IRREGULAR_PARTICIPLES = frozenset(
    """
    shot held fought hit set burnt sent caught struck put cut kept left met led seized slain hurt
    told sought brought found paid made lost won sold
    """.split()
)


def is_participle(word: str) -> bool:
    """Whether a lower-case word can be a past participle ("arrested", "taken", "slain")."""
    return word.endswith(("ed", "en")) or word in IRREGULAR_PARTICIPLES


@dataclass(frozen=True)
class TriggerForm:
    """One phrase of the lexicon and the PLOVER type and mode it codes."""

    words: tuple[str, ...]
    type: str
    mode: str | None


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger found in a sentence: token positions [first, last] and its character span;
    `roles_from`, where another trigger tells who did it to whom ("killed 20 militants" for the
    air strikes that were its means)."""

    form: TriggerForm
    first: int
    last: int
    start: int
    end: int
    roles_from: TriggerMatch | None = None


class Anchored(NamedTuple):
    """A phrase as the anchor index holds it: its rank among the phrases of its first word (the
    order `find_triggers` tries them in) and every word it needs, so that a sentence lacking one
    of them is passed over without matching."""

    rank: int
    form: TriggerForm
    needs: frozenset[str]


# Candidate phrases by their first word, each word's in the order of `Lexicon.by_first_word`.
Candidates = dict[str, tuple[TriggerForm, ...]]


@dataclass(frozen=True)
class Lexicon:
    by_first_word: dict[str, tuple[TriggerForm, ...]]
    by_anchor: dict[str, tuple[Anchored, ...]]
    anchors: frozenset[str]
    status_cues: dict[str, tuple[tuple[str, ...], ...]]
    clause_breaks: frozenset[str]
    request_modes: dict[str, frozenset[str]]
    crowd_nouns: dict[str, str]
    civil_groups: frozenset[str]
    conditions: frozenset[str]
    passive_auxiliaries: frozenset[str]
    agent_markers: frozenset[str]
    request_verbs: frozenset[tuple[str, ...]]
    request_verb_starts: frozenset[str]
    reporting_verbs: frozenset[str]


class Words(NamedTuple):
    """A span of text split into tokens whose `Token`s are not built yet: the text and the
    span's start, and each token as written and lower-cased.

    Building the `Token`s costs more than the split, so a caller that can rule a sentence out
    from its lower-cased words alone (`candidate_forms`) builds them only where needed
    (`tokens_of`).
    """

    text: str
    start: int
    written: list[str]
    lowered: list[str]


def split_words(text: str, start: int = 0, end: int | None = None) -> Words:
    """The tokens of text[start:end] as `Words`, lower-cased all at once."""
    written = _TOKEN.findall(text, start, len(text) if end is None else end)
    if not written:
        return Words(text, start, [], [])
    # Tokens hold no line break and lower-casing makes none, so one `lower` over the joined
    # tokens gives each token's own (a line break also ends the context of a final sigma).
    return Words(text, start, written, "\n".join(written).lower().split("\n"))


def tokens_of(words: Words) -> list[Token]:
    """The `Token`s of `words`, with offsets into the text they were split from."""
    make = tuple.__new__  # a NamedTuple without its keyword-handling constructor: 2x faster
    find = words.text.find  # only space stands before a token, so its first occurrence is it
    found = []
    position = words.start
    for word, lowered in zip(words.written, words.lowered, strict=True):
        position = find(word, position)
        last = position + len(word)
        found.append(make(Token, (lowered, position, last, word[:1].isupper())))
        position = last
    return found


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of text[start:end], lower-cased, with offsets into `text`."""
    return tokens_of(split_words(text, start, end))


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
    for event_type, mode, forms in [*data["triggers"], [NON_EVENT, None, data["non_triggers"]]]:
        for form in forms:
            for words in expand_form(form):
                by_first.setdefault(words[0], []).append(TriggerForm(words, event_type, mode))
    by_first_word = {word: _longest_first(forms) for word, forms in by_first.items()}
    by_anchor = _index_by_anchor(by_first_word)
    return Lexicon(
        by_first_word=by_first_word,
        by_anchor=by_anchor,
        anchors=frozenset(by_anchor),
        status_cues={
            status: tuple(tuple(cue.split()) for cue in cues)
            for status, cues in data["status_cues"].items()
        },
        clause_breaks=frozenset(data["clause_breaks"]),
        request_modes={mode: frozenset(words) for mode, words in data["request_modes"].items()},
        crowd_nouns=data["crowd_nouns"],
        civil_groups=frozenset(data["civil_groups"]),
        conditions=frozenset(data["conditions"]),
        passive_auxiliaries=frozenset(data["passive_auxiliaries"]),
        agent_markers=frozenset(data["agent_markers"]),
        request_verbs=frozenset(tuple(verb.split()) for verb in data["request_verbs"]),
        request_verb_starts=frozenset(verb.split()[0] for verb in data["request_verbs"]),
        reporting_verbs=frozenset(data["reporting_verbs"]),
    )


def _longest_first(forms: list[TriggerForm]) -> tuple[TriggerForm, ...]:
    return tuple(sorted(forms, key=lambda form: -len(form.words)))


def _index_by_anchor(
    by_first_word: dict[str, tuple[TriggerForm, ...]],
) -> dict[str, tuple[Anchored, ...]]:
    """Every phrase under its anchor: its longest word, as long words are the rare ones
    ("custody" in "in custody", "town" in "seized the * town")."""
    by_anchor: dict[str, list[Anchored]] = {}
    for forms in by_first_word.values():
        for rank, form in enumerate(forms):
            needs = frozenset(form.words) - {GAP}
            anchor = max(sorted(needs), key=len)
            by_anchor.setdefault(anchor, []).append(Anchored(rank, form, needs))
    return {anchor: tuple(entries) for anchor, entries in by_anchor.items()}


def candidate_forms(words: set[str]) -> Candidates:
    """The phrases whose every word is among a sentence's `words`, by their first word.

    Only these can match in the sentence; each first word keeps its phrases in the order
    `find_triggers` tries them, so matching among them finds what matching among all would.
    """
    lexicon = load_lexicon()
    ranked: dict[str, list[tuple[int, TriggerForm]]] = {}
    for anchor in words & lexicon.anchors:
        for entry in lexicon.by_anchor[anchor]:
            if entry.needs <= words:
                ranked.setdefault(entry.form.words[0], []).append((entry.rank, entry.form))
    return {first: tuple(form for _, form in sorted(entries)) for first, entries in ranked.items()}


def find_triggers(tokens: list[Token], candidates: Candidates | None = None) -> list[TriggerMatch]:
    """The triggers among `tokens`, left to right, longest phrase first, never overlapping.

    `candidates`: the sentence's `candidate_forms`, where the caller has them already.
    """
    if candidates is None:
        candidates = candidate_forms({token.text for token in tokens})
    matches: list[TriggerMatch] = []
    if not candidates:
        return matches
    free = 0  # the first position after the last match
    for position in [p for p, token in enumerate(tokens) if token.text in candidates]:
        if position < free:
            continue
        match = _match_at(tokens, position, candidates[tokens[position].text])
        # (a capital makes a name, except in a title-case headline: asked only when it matters)
        if match is None or (_is_name(tokens, match) and not _is_headline(tokens)):
            continue
        free = match.last + 1
        if match.form.type != NON_EVENT:
            matches.append(match)
    return matches


def _is_headline(tokens: list[Token]) -> bool:
    """Whether the sentence is set in title case ("Police Arrest 20 Protesters in Almaty")."""
    words = [token for token in tokens if len(token.text) > 3 and token.text.isalpha()]
    capitals = sum(token.capital for token in words)
    return len(words) >= HEADLINE_MIN_WORDS and capitals >= HEADLINE_CAPITAL_SHARE * len(words)


def _is_name(tokens: list[Token], match: TriggerMatch) -> bool:
    """A one-word trigger capitalised inside a sentence is a name or a month ("in March"), and
    so is one before a day's number, wherever it stands ("On Monday, March 13th, police …"); a
    longer one whose capitalised first word goes on a name is part of it ("the Federal Election
    Commission on Thursday")."""
    if not tokens[match.first].capital:
        return False
    if match.first != match.last:
        return match.first > 1 and tokens[match.first - 1].capital
    following = tokens[match.last + 1].text if match.last + 1 < len(tokens) else ""
    if following[:1].isdigit():
        return True
    return match.first > 0 and tokens[match.first - 1].text[:1].isalnum()


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
                if index + skip >= len(tokens) or tokens[index + skip].text in GAP_STOPS:
                    return None
            return None
        if index >= len(tokens) or tokens[index].text != word:
            return None
        index += 1
    return index - 1
