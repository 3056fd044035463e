"""Figures stage: every quantitative claim, with who gave it, and its date and place.

*Find* (`figure_mentions.find_figures`, `find_price_changes`) reads each sentence alone; *attach*
(here) adds the attribution (`attribution.find_sources`), the stance, the date the figure refers to
and the place it is given for. A figure nobody is named for stays unattributed (`said_by` None),
and a place or date that the text does not give stays None.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from factline.attribution import Source, find_sources
from factline.figure_lexicon import subjects
from factline.figure_mentions import Figure, find_figures, is_part
from factline.quantities import Quantity, Token, load_resource, match_phrase, ratio_at, tokenize
from factline.record import (
    Actor,
    Analysis,
    Attribution,
    Claim,
    Place,
    Sentence,
    Span,
    Stance,
    Time,
)

_Spanned = TypeVar("_Spanned", Place, Actor, Time)
_PRICE = re.compile(r"prices?\b", re.IGNORECASE)
_OWN_MEMBERS = re.compile(r"\b(?:its|their|our) members$", re.IGNORECASE)
# Each repeated class may start only where its run starts (the look-behind and the word
# boundaries), so that no scan restarts inside a long run: linear time on hostile text.
_PLACE_LEAD = re.compile(
    r"(?<![\s,])[\s,]*(?:\b\w+\s+){0,3}?"
    r"\b(?:in|at|on|near|across|throughout|outside|around)\s+(?:the\s+)?$"
)
_CONTRAST = re.compile(r"\b(?:while|but|whereas|although|though)\b|;")
_SENTENCE_LEAD = re.compile(r"(?:in|at|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
_SAYING = re.compile(r"\s+(?:\w+\s+){0,2}")
_SAYING_GAP = 30
_SINCE = re.compile(r"\bsince\s(?:the\s)?$", re.IGNORECASE)
_SINCE_GAP = 12
_PLACE_WINDOW = 60
_PRICE_WINDOW = 10


@dataclass(frozen=True)
class _Found:
    """A figure of one sentence before it becomes a `Claim` (which needs its id and context)."""

    figure: Figure
    start: int
    end: int
    text: str


def find_claims(analysis: Analysis) -> tuple[Claim, ...]:
    """The figures stage: claims numbered c1, c2, … in text order."""
    claims: list[Claim] = []
    places = _by_sentence(analysis, analysis.places)
    actors = _by_sentence(analysis, analysis.actors)
    times = _by_sentence(analysis, analysis.times)
    previous: Figure | None = None
    for index, sentence in enumerate(analysis.sentences):
        tokens = tokenize(analysis.text, sentence.start, sentence.end)
        sources = find_sources(analysis.text, sentence.start, sentence.end)
        figures = find_figures(tokens, previous)
        previous = figures[-1] if figures else previous
        found = [_found(f, tokens) for f in figures]
        found += find_price_changes(tokens)
        own_times = [
            t
            for t in times.get(index, [])
            if not _dates_the_saying(analysis.text, t, sources)
            and not _opens_a_window(analysis.text, t)
        ]
        context = _Context(index, sources, places.get(index, []), actors.get(index, []), own_times)
        for item in sorted(found, key=lambda f: f.start):
            claims.append(_claim(analysis, f"c{len(claims) + 1}", item, context))
    return tuple(claims)


@dataclass(frozen=True)
class _Context:
    """What one sentence offers its figures: attributions, places and actors named in it."""

    sentence: int
    sources: list[Source]
    places: list[Place]
    actors: list[Actor]
    times: list[Time]  # named in the sentence, less those that date a saying


def _by_sentence(analysis: Analysis, items: Sequence[_Spanned]) -> dict[int, list[_Spanned]]:
    """Items grouped by the index of the sentence they start in (one pass, by bisection)."""
    starts = [sentence.start for sentence in analysis.sentences]
    grouped: dict[int, list[_Spanned]] = {}
    for item in items:
        grouped.setdefault(max(0, bisect_right(starts, item.start) - 1), []).append(item)
    return grouped


def part_claims(analysis: Analysis) -> frozenset[str]:
    """The ids of the claims that count a part of another figure ("including 16 police
    officers", "22 of the dead"): such a figure may be smaller than any figure of its subject."""
    parts: set[str] = set()
    by_sentence: dict[int, list[Claim]] = {}
    for claim in analysis.claims:
        by_sentence.setdefault(claim.sentence, []).append(claim)
    for index, claims in by_sentence.items():
        sentence = analysis.sentences[index]
        tokens = tokenize(analysis.text, sentence.start, sentence.end)
        firsts = {token.start: i for i, token in enumerate(tokens)}
        lasts = {token.end: i + 1 for i, token in enumerate(tokens)}
        for claim in claims:
            first, last = firsts.get(claim.start), lasts.get(claim.end)
            if first is not None and last is not None and is_part(tokens, first, last):
                parts.add(claim.id)
    return frozenset(parts)


def find_price_changes(tokens: list[Token]) -> list[_Found]:
    """ "the price of the country's most popular gas doubling": a price claim of factor 2."""
    found: list[_Found] = []
    for index, token in enumerate(tokens):
        if not _PRICE.fullmatch(token.text):
            continue
        for position in range(index + 1, min(len(tokens), index + _PRICE_WINDOW)):
            ratio = ratio_at(tokens, position)
            if ratio is not None:
                item = tokens[position]
                subject = _priced_good(tokens, index, position)
                quantity = Quantity(position, position + 1, item.text, ratio, ratio, "exact")
                figure = Figure(quantity, subject, "price", position, position + 1)
                found.append(_Found(figure, item.start, item.end, item.text))
                break
    return found


def _priced_good(tokens: list[Token], price: int, ratio: int) -> str:
    """What the price is of: "price of … gas" → "gas price", "fuel prices" → "fuel price"."""
    if price + 1 < ratio and tokens[price + 1].lower == "of" and tokens[ratio - 1].text.isalpha():
        return f"{tokens[ratio - 1].lower} price"
    if price > 0 and tokens[price - 1].text.isalpha() and tokens[price - 1].lower != "the":
        return f"{tokens[price - 1].lower} price"
    return "price"


def _found(figure: Figure, tokens: list[Token]) -> _Found:
    start, end = tokens[figure.first].start, tokens[figure.last - 1].end
    text = "".join(
        (" " * (t.start - tokens[i - 1].end) if i > figure.first else "") + t.text
        for i, t in enumerate(tokens[figure.first : figure.last], start=figure.first)
    )
    return _Found(figure, start, end, text)


def _claim(analysis: Analysis, claim_id: str, item: _Found, context: _Context) -> Claim:
    figure, quantity = item.figure, item.figure.quantity
    source = _source_of(analysis.text, item, context.sources)
    stance: Stance = source.stance if source else "reported"
    if quantity.estimated:
        stance = "estimated"
    place = _place_of(analysis.text, item, analysis.sentences[context.sentence], context.places)
    return Claim(
        id=claim_id,
        measure=figure.measure,
        subject=_own_members(item, source) or figure.subject,
        text=item.text,
        start=item.start,
        end=item.end,
        low=quantity.low,
        high=quantity.high,
        qualifier=quantity.qualifier,
        sentence=context.sentence,
        said_by=_attribution(context.actors, source),
        stance=stance,
        date=_claim_date(analysis, item, context),
        place=place.id if place else None,
    )


def _source_of(text: str, item: _Found, sources: list[Source]) -> Source | None:
    """The attribution that governs a figure: the nearest cue in its sentence (sources come in
    the order of their cues, so only the few around the figure are looked at). A source after
    the figure but past "while", "but" or ";" speaks for the next clause when one before it
    speaks for this one ("Witnesses said … 30 protesters, while the government said …")."""
    here = bisect_right(sources, item.start, key=lambda s: s.cue.start)
    nearby = sources[max(0, here - 2) : here + 2]
    outside = [s for s in nearby if s.source.end <= item.start or s.source.start >= item.end]
    if any(s.cue.end <= item.start for s in outside):
        outside = [s for s in outside if not _CONTRAST.search(text, item.end, _start(s))]
    if not outside:
        return None
    return min(outside, key=lambda s: min(abs(s.cue.start - item.end), abs(item.start - s.cue.end)))


def _own_members(item: _Found, source: Source | None) -> str | None:
    """ "Security forces said 14 of their members were hurt": members of the source itself
    count the source's kind, when the source names a subject ("security forces", "police")
    or a group that leads protests ("the union", "organisers": protesters)."""
    if source is None or not _OWN_MEMBERS.search(item.text):
        return None
    words = tokenize(source.source.text)
    for index in range(len(words)):
        subject = match_phrase(words, index, subjects())
        if subject is not None and subject[1] != "people":
            return subject[1]
    groups = load_resource("subjects.json")["member_groups"]
    lowered = {word.lower for word in words}
    return next((name for name, nouns in groups.items() if lowered & set(nouns)), None)


def _start(source: Source) -> int:
    return min(source.cue.start, source.source.start)


def _attribution(actors: list[Actor], source: Source | None) -> Attribution | None:
    if source is None:
        return None
    span = source.source
    overlapping = [a for a in actors if a.start < span.end and span.start < a.end]
    actor = max(overlapping, key=lambda a: _overlap(a, span), default=None)
    return Attribution(text=span.text, actor=actor.id if actor else None)


def _overlap(actor: Actor, span: Span) -> int:
    return min(actor.end, span.end) - max(actor.start, span.start)


def _place_of(text: str, item: _Found, sentence: Sentence, named: list[Place]) -> Place | None:
    """The place a figure is given for: "1,000 deaths in Almaty", "In Almaty, …", or else the
    one place its sentence names ("Samos reported two people injured"); None when the sentence
    names none or several."""
    for place in named:
        if item.end <= place.start <= item.end + _PLACE_WINDOW:
            between = text[item.end : place.start]
            if _PLACE_LEAD.fullmatch(between) and not re.search(r"[.;]|\bbut\b", between):
                return place
        if place.start < item.start and _SENTENCE_LEAD.fullmatch(
            text[sentence.start : place.start]
        ):
            return place
    if len({(p.name, p.country) for p in named}) == 1:
        return named[0]
    return None


def _claim_date(analysis: Analysis, item: _Found, context: _Context) -> str | None:
    """The date a figure is given for: the date the times stage's `event_date` finds when it
    comes from a time named in the figure's own sentence, else the report's publication date (a
    toll is a count as of the report, not of the last day the story told). A time that dates the
    saying ("police said on Wednesday") is not the figure's."""
    own = context.times
    event_date = _event_date_function() if own else None
    found = event_date(analysis, item.start, item.end) if event_date is not None else None
    chosen = found[1] if isinstance(found, tuple) and isinstance(found[0], str) else None
    if isinstance(found, tuple) and any(t.id == chosen for t in own):
        return str(found[0])[:10]
    return analysis.document.published


def _dates_the_saying(text: str, time: Time, sources: list[Source]) -> bool:
    """ "said on Wednesday", "told reporters on Thursday": a time right after a reporting verb."""
    first = bisect_left(sources, time.start - _SAYING_GAP, key=lambda s: s.cue.end)
    for source in sources[first:]:
        if source.cue.end > time.start:
            return False
        if _SAYING.fullmatch(text[source.cue.end : time.start]):
            return True
    return False


def _opens_a_window(text: str, time: Time) -> bool:
    """ "detained about 200 people since Tuesday": a count since a day is a count as of the
    report, not of that day."""
    return bool(_SINCE.search(text, max(0, time.start - _SINCE_GAP), time.start))


def _event_date_function() -> Callable[[Analysis, int, int], object] | None:
    """`factline.times.event_date`, which the times stage provides (absent in older trees)."""
    function = getattr(importlib.import_module("factline.times"), "event_date", None)
    return function if callable(function) else None
