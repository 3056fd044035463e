"""A report's domain: public affairs (politics, conflict, crisis, diplomacy), or sport, business,
technology and entertainment.

PLOVER codes events between political actors, and in a match report or a company's results the
verbs of its softer event types ("met", "warned", "rejected", "helped", "suspended") report none:
the event coder asks more of them there (`events._political`). The model is a naive Bayes
classifier over the report's words (`resources/domain/`, built by `train/build_domain.py` from
BBC News and AG News, labelled by section); its log odds are summed over the report's words, so a
long report is judged surely and a one-line item by its few words.
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from importlib import resources

_WORD = re.compile(r"[a-z]{3,}")
RESOURCE = "resources/domain/words.tsv.gz"
# Log odds (about 20 to 1) beyond which a report is surely of the other domain, and the fewest
# words that it is judged on.
SURE_ODDS = 3.0
SURE_WORDS = 20


def report_words(text: str) -> list[str]:
    """The words the model reads: lower-cased runs of three letters or more."""
    return _WORD.findall(text.lower())


@cache
def _model() -> tuple[float, dict[str, float]]:
    """The log prior odds of public affairs and each word's log odds."""
    source = resources.files("factline").joinpath(RESOURCE)
    with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        prior = float(next(lines).split("\t")[1])
        odds = {word: float(value) for word, value in (line.split("\t") for line in lines)}
    return prior, odds


def public_affairs_odds(text: str) -> float:
    """The log odds that `text` reports public affairs (above 0: more likely than not)."""
    return _odds_of(report_words(text))


def _odds_of(words: list[str]) -> float:
    """The log odds of public affairs of a report's words (`report_words`)."""
    prior, odds = _model()
    return prior + sum(odds.get(word, 0.0) for word in words)


def is_other_than_public_affairs(text: str) -> bool:
    """Whether `text` surely reports sport, business, technology or entertainment rather than
    public affairs: its log odds below -`SURE_ODDS`, over `SURE_WORDS` words or more (a headline
    or a sentence alone is never judged)."""
    words = report_words(text)
    return len(words) >= SURE_WORDS and _odds_of(words) < -SURE_ODDS
