"""Figures stage: every quantitative claim, with who gave it, and its date and place.

*Find* (`figure_mentions.find_figures`, `find_price_changes`) reads each sentence alone; *attach*
(here) adds the attribution (`attribution.find_sources`), the stance, the date the figure refers to
and the place it is given for. A figure nobody is named for stays unattributed (`said_by` None),
and a place or date that the text does not give stays None.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from operator import attrgetter
from typing import TypeVar

from factline.attribution import Source, count_holder, count_owner, find_sources, number_owner
from factline.figure_lexicon import measure_table, noun_measures, subjects, toll_links
from factline.figure_mentions import (
    DENIED_ONLY,
    SUBJECT_PRONOUNS,
    Figure,
    asked_figure,
    counts_all_of_a_part,
    figure_tokens,
    find_figures,
    is_part,
    may_hold_figure,
    names_subgroup,
)
from factline.gazetteer import load_gazetteer
from factline.quantities import (
    Quantity,
    Token,
    load_resource,
    match_phrase,
    may_start_quantity,
    ratio_at,
    tokenize,
)
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
from factline.times_calendar import WEEKDAY_NAMES

_Spanned = TypeVar("_Spanned", Place, Actor, Time)
_PRICE_WORDS = frozenset({"price", "prices", "fare", "fares", "costs"})
_LOWER = attrgetter("lower")
_OWN_MEMBERS = re.compile(r"\b(?:its|their|our) members$", re.IGNORECASE)
_SPEAKERS_OWN = re.compile(r"\bof\s(?:my|our)\s", re.IGNORECASE)  # "four of my constituents"
# Each repeated class may start only where its run starts (the look-behind and the word
# boundaries), so that no scan restarts inside a long run: linear time on hostile text. A kind
# of place and "of" may stand before the name: "… in the coastal district of Pochutla".
_PLACE_LEAD = re.compile(
    r"(?<![\s,])[\s,]*(?:\b\w+\s+){0,4}?"
    r"\b(?:in|at|on|near|across|throughout|outside|around)\s+(?:the\s+)?"
    r"(?:(?:[a-z][\w-]*\s+){0,2}?(?:district|province|region|state|county|city|town|village"
    r"|island|municipality)\s+of\s+(?:the\s+)?)?$"
)
# "The ministry denied that 13 protesters were killed, saying two people died", "… was disputed
# by the municipality, which said it had recovered 92 bodies": the source asserts the figure
# after the participle or relative clause, however it denied the one before.
_ASSERTING = re.compile(
    r",\s*(?:saying|adding|insisting|arguing|stating|(?:which|who)\s(?:said|says|reported))\b"
)
# "more than 250 people had died across the province", "… arrested nationwide"
_LEVEL_WORDS = re.compile(
    r"(?:\b(?:across|throughout|in|around)\s+the\s+(?:(?P<region>province|region|state)"
    r"|(?P<country>country)|(?P<town>city|town))\b(?![\'’]s)"
    r"|\b(?:to|in|at|from)\s+the\s+(?P<site>city|town)['’]s\s"  # "to the city's cemeteries"
    r"|\b(?P<nation>nationwide|countrywide))"
)
_WORD_BEFORE = re.compile(r"(?<![.!?]\s)\b([A-Z][\w'’-]*) $")  # "Red Crescent"
_WORD_AFTER = re.compile(r" ([A-Z][\w'’-]*)")  # "Pakistan Peoples Party"
_OUTLET_BEFORE = re.compile(r"\b(?:daily|newspaper|weekly|tabloid|broadsheet|broadcaster)\s$")
_WORD_OF_BEFORE = re.compile(r"(?<![.!?]\s)\b([A-Z][\w'’-]*) of (?:the )?$")  # "Law Society of"
_NAME_LINKS = frozenset(
    "in at on of the a an and from near across to for by with "
    # a site in the place, not an organisation: "Sanaa University", "Tahrir Square"
    "university hospital square airport stadium street road bridge province district city "
    "region valley park port market state county".split()
)
_THE_BEFORE = re.compile(r"\bthe\s$", re.IGNORECASE)
_EVENT_WORDS = (
    r"(?:earthquakes?|quakes?|floods?|flooding|disaster|protests?|unrest|outbreak|epidemic"
    r"|crisis|attacks?|bombings?|blasts?|fires?|landslides?|storms?|typhoon|cyclone|hurricane"
    r"|uprising|clashes|massacre|tragedy|collapse|violence|march|rally|riots?|crackdown"
    r"|demonstrations?|shipwreck|sinking|explosion|shelling|fighting|raid|assault"
    r"|crush|stampede|crash|collision|derailment|accident|capsizing|mudflow|mudslide"
    r"|avalanche|wildfire|heat\s?wave|ambush|shooting|breakout|mutiny)"
)
# "the Herat earthquake", "the Tanta train collision"
_EVENT_AFTER = re.compile(r"\s(?:[a-z-]+\s)?" + _EVENT_WORDS + r"\b")
_DAY_OF_EVENT = re.compile(
    r"['’]s\s(?:[\w-]+\s){0,2}?" + _EVENT_WORDS + r"\b"
)  # "Monday's collapse"
_EVENT_OF_DAY = re.compile(r"\bthe\s(?:[\w-]+\s)?" + _EVENT_WORDS + r"\sof\s$")  # "… of June 14"
# "the death toll from the mosque bombing in Peshawar": where the event was, not the figure
_TOLL_OF_EVENT_IN = re.compile(
    r"\btoll\s(?:from|of)\s(?:the\s)?(?:[\w-]+\s){0,2}?" + _EVENT_WORDS + r"\s(?:in|at|near)\s$"
)
_EVENT_WINDOW = 80
# "Paraguay's health ministry lowered its toll to 29": a place whose office speaks (even where
# no source is read) says whose count it is, not where it was counted.
_OFFICE_OF_A_PLACE = re.compile(
    r"['’]s\s(?:[a-z]+\s){0,2}?(?:ministry|minister|government|police|army|president"
    r"|authorities|officials|commission|agency|bureau|institute)\b"
)
_NAME_WINDOW = 40  # characters each side of a place in which to look for its name-mates
_THERE = re.compile(r"^[^,;]*?\bthere\b")  # "one person had died there"
# "our colleagues in Catumbela count ten deaths in that municipality": a place named before,
# told again for the figure
_IN_THAT_PLACE = re.compile(
    r"^[^,;]*?\bin\s(?:that|this)\s(?:municipality|town|city|district|province|region|county"
    r"|village|neighbou?rhood)\b"
)
# "denied reports that …", "dismissed as propaganda claims of …", "rejected the figure of …",
# "rejected the church's count of …"
_REPORTS_OF = re.compile(
    r"\b(?:claims?|reports?|allegations?|rumou?rs?|accounts?|figures?|counts?|tally|tolls?"
    r"|estimates?)\s(?:that|of)\b"
)
_REPORTS_LEAD = 40  # "dismissed as baseless and politically motivated claims that …"
_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:but|while)\b")
_REPORT_NOUNS = frozenset({"claims", "claim", "reports", "report"})  # nouns, not cues, here
# "reports that 30 people had died were false", "the figure of 40 … is not supported by any
# count"
_CALLED_FALSE = re.compile(
    r"\b(?:were|was|are|is)\s[\"“]?(?:(?:\w+\s)?(?:false|untrue|baseless|unfounded|fabricated"
    r"|incorrect|wrong|fake)|not\s(?:supported|borne\sout|backed)\sby"
    r"|(?:\w+\s){0,3}?not\s(?:true|correct|accurate)"  # 'was "not ours and not true"'
    # "Twenty-six is not a serious number"
    r"|not\sa\s(?:true|correct|accurate|serious|credible|real|reliable)"
    r"\s(?:number|figure|count|toll))\b"
    # "reports of dozens of deaths do not correspond to reality"
    r"|\b(?:do|does|did)\snot\s(?:correspond\sto|reflect)\s(?:reality|the\s(?:facts|truth))\b"
    # "reports … are inconsistent with the facts", "… had been dismissed as false"
    r"|\b(?:inconsistent\swith|contrary\sto)\s(?:reality|the\s(?:facts|truth))\b"
    r"|\b(?:dismissed|rejected|denied)\sas\s(?:\w+\s)?(?:false|untrue|baseless|unfounded"
    r"|fabricated|fake|rumou?rs?|propaganda)\b"
)
_SET_ASIDE = re.compile(r",\s*not\s+$")  # a bare number after ", not" is set aside
# "Reports circulating online of dozens of deaths …": a sentence that opens on the reports of
# a figure, not on who gave it
_OPENS_ON_REPORTS = re.compile(
    r"(?:reports?|claims?|rumou?rs|information)\b[^,;.]*$", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"[,;.]")
# "23 people, a figure disputed by the rights group", "10,100 missing, figures the
# administration rejected": the dispute is another party's; the figure keeps its own source.
_DISPUTED_FIGURE = re.compile(
    r"(?<!\s)\s*(?:an?\s+|the\s+)?(?:figures?|numbers?|tolls?|tally|tallies|counts?|estimates?)\b"
)
# Words after a figure that open another clause, whose source speaks for that clause only.
_CONTRAST = re.compile(r"\b(?:while|but|whereas|although|though)\b|;|,\s*and\b")
# "In Almaty, …", "At the monastery school in Sagaing, …": a place the sentence opens with
_SENTENCE_LEAD = re.compile(
    r"(?:(?:in|at|near|outside|across)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:in|near)"
    r"|in|at|across|throughout)\s+(?:the\s+)?"
    r"(?:(?:neighbou?ring|nearby|northern|southern|eastern|western|central)\s+)?$",
    re.IGNORECASE,
)
_SAYING = re.compile(r"\s+(?:\w+\s+){0,2}")
_SAYING_GAP = 30
_SINCE = re.compile(r"\bsince\s(?:the\s)?$", re.IGNORECASE)
_SINCE_GAP = 12
_PLACE_WINDOW = 60
# "the toll in Juba stood at 44": a place inside a toll phrase, then link words, then the number
_TOLL_IN = re.compile(r"\b(?:toll|count|number|tally|figure|total)\s+(?:in|for)\s+$")
_TOLL_IN_WINDOW = 20
# "the toll in Juba stood at 44", "bringing the total in Dhi Qar province to 16"
_IN_TOLL_PHRASE = re.compile(
    r"(?<!\s)\s+(?:(?:province|district|region|state|county|governorate)\s+)?"
    r"(?:(?:(?:had|has|have)\s+)?(?:stood|stands|rose|risen|reached|was|is)\s+(?:at\s+|to\s+)?"
    r"|to\s+)"
)
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_BY_A_DAY = re.compile(r"\bBy\s$")  # "By Monday evening police counted nine"
# "(Juba 49, Malakal 22)", "Kisumu: 12", "deaths: Ba 5": a place that opens a list item and labels
# its number
_LABEL_GAP = re.compile(r":?\s?")
_LABEL_OPENS = re.compile(r"(?:[(,;:\n]\s?|^)$")
_PRICE_WINDOW = 16
_HEADING_COLON = re.compile(r":\s")
_FROM_A_FIGURE = re.compile(r"\bfrom\s(?:the\s)?(?P<figure>[\w,]+)\s(?:on\s|in\s|at\s)?$")
# "40 of them in Port-au-Prince": a place named right after a figure
_PLACE_NEXT = re.compile(r"(?<!\s)\s+(?:in|at)\s+(?:the\s+)?")
# The gazetteer's kinds of place, as `place_kind` names them.
_KINDS = {"admin1": "region", "admin2": "region", "region": "region", "capital": "town",
          "city": "town"}  # fmt: skip
_OWNERS = frozenset({"its", "their", "his", "her", "our"})  # "its observers", "their doctors"
# What may stand between a saying verb and the subject of what is said: "said on Wednesday
# evening that", "said in a statement that" (no clause break)
_REPORTED_CLAUSE_LEAD = re.compile(
    r"(?<!\s)\s*(?:(?:on|in|at|late|early|this|last)\b[^,;.]{0,30}?)?(?:\bthat\s+)?"
)
_COUNT_NOUNS = frozenset({"count", "figure", "tally", "total", "toll", "estimate", "number"})
_A_COUNT_NOUN = re.compile(rf"\b(?:{'|'.join(sorted(_COUNT_NOUNS))})\b", re.IGNORECASE)
_WORD = re.compile(r"[\w']+")
# Words that may stand between an owned count and its number: "the monitor's own tally stands
# at 16", "the government figure, still 19 on Wednesday morning"
_COUNT_LINKS = (
    toll_links()
    | frozenset("on this morning afternoon evening night".split())
    | frozenset(WEEKDAY_NAMES)
)
# "the ministry's own figure for the whole of Central department stood at 14": the place a
# count is given for, between the count and its link words
_COUNT_FOR_PLACE = re.compile(
    r"\s(?:for|in)\s(?:the\swhole\sof\s)?(?:[A-Z][\w'’-]*\s){1,3}"
    r"(?:(?:department|province|district|region|state|county|governorate)\b)?"
)
_WHICH_ASIDE = re.compile(r",\s*which\s+$")
# "nearly all of them in Tbilisi": a place told for a part, however it is counted
_PARTS_PLACE = re.compile(
    r"\b(?:(?:of|among)\s+(?:them|whom)\s+(?:in|at|near)\s+(?:the\s+)?"
    r"|including\s+(?:those\s+(?:in|at|from)\s+|the\s+))$"  # "41, including the Nghia Lo victims"
)
_PARTS_PLACE_WINDOW = 30
# The words after a place in a source that is that place: "Kisumu county", "Oaxaca state"
_PLACE_NOUNS = frozenset(
    "county state province district region city town municipality government council "
    "authorities".split()
)
_LONGEST_TOLL_TAIL = 4  # "[count] of people confirmed dead"
_ASIDE_LEAD = 10
# "officials in …", "doctors at …", "…, who toured …": the source's own whereabouts
# "…, and insisted that", "…, but said that": a coordinated clause of saying of its own
# "Eleven died in the ward, and one …": what sets off a clause of its own
_CLAUSE_BREAK = re.compile(r"[,;:]")
_HEADING_LEAD = 3  # "By Tuesday noon: …": words before the time of an entry's heading
_CLAUSE_OF_ITS_OWN = re.compile(r",\s(?:and|but)\s(?:[a-z]+\s){0,3}?that\s")
# ", where the agency said ", ", a market town inland, where ": a clause that a place opens
_WHERE_CLAUSE = re.compile(r",(?:\s[a-z][^,;.]{0,60},)?\swhere\s[^,;.]*")
_WHERE_SOURCE_IS = re.compile(r"\b(?:in|at|near|from|who|which|that)\b", re.IGNORECASE)
# "a local relief coordinator in Sunamganj": a local source counts for the place it is in
_LOCAL = re.compile(r"\blocal\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Found:
    """A figure of one sentence before it becomes a `Claim` (which needs its id and context)."""

    figure: Figure
    start: int
    end: int
    text: str


def _asked(text: str) -> Figure | None:
    """The count an explainer's question or an entry's heading asks for ("How many were hurt?",
    "HIBA: And the wounded?", "The dead."), which the bare numbers of the answer after it
    restate; None for any other sentence."""
    asked = _ASKED.match(text)
    if asked is None:
        return None  # nearly every sentence
    words = tokenize(asked.group("asked"))
    if asked.group("asked")[:4].lower() == "how ":
        return asked_figure(words)
    if may_hold_figure(asked.group("asked")):
        return None  # "Two." "Nobody was hurt.": an answer itself, not what is asked
    return _count_named(words)


def _count_named(tokens: list[Token]) -> Figure | None:
    """ "the wounded", "Arrests", "people still missing": the count a question or heading of no
    number names by the first word of a measure in it; a figure of no number, as
    `asked_figure`'s."""
    for position in range(len(tokens)):
        named = match_phrase(tokens, position, noun_measures()) or match_phrase(
            tokens, position, measure_table("after")
        )
        if named is not None:
            quantity = Quantity(0, 0, "", None, None, "vague")
            return Figure(quantity, _GENERIC_SUBJECT, named[1], 0, len(tokens) - 1)
    return None


_GENERIC_SUBJECT = "people"  # what the answer to "And the wounded?" counts, unless it says

# "How many were hurt?", "Q: Are people still missing?", "QUESTION (Radio Angulo): How many …?",
# "HIBA: And the wounded?", "LENA: Arrests?", "The dead.", "- Arrests.", "First, the dead.": a
# question, after a speaker's label, or a heading of at most two words (after "the"/"our")
_ASKED = re.compile(
    r"\A\s*(?:[-•]\s*)?(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}(?:\s\([^()]{1,40}\))?:\s*)?"
    r"(?:(?:[Aa]nd|First|Second|Third|Fourth|Finally),?\s)?"
    r"(?P<asked>(?i:how\smany\b[^?]{0,120}\?)|[^\W\d][^\d?.!:;,]{0,40}\?"
    r"|(?:[Tt]he\s|[Oo]ur\s)?[^\W\d]+(?:\s[^\W\d]+)?\.)\s*\Z"
)


def find_claims(analysis: Analysis) -> tuple[Claim, ...]:
    """The figures stage: claims numbered c1, c2, … in text order."""
    claims: list[Claim] = []
    named: _Named | None = None  # grouped at the first figure: most reports give none
    previous: Figure | None = None
    by_measure: dict[str, Figure] = {}  # the last whole figure of each measure
    claim_of: dict[int, Claim] = {}  # the claim of each figure found, by the figure's id
    for index, sentence in enumerate(analysis.sentences):
        text = analysis.text[sentence.start : sentence.end]
        asked = _asked(text)
        if asked is not None:
            previous = asked  # "How many were hurt?": the count the answer after it gives
            continue
        if not _may_hold_claim(text):
            continue  # half of a report's sentences: no number, no number word, no price
        tokens = figure_tokens(tokenize(analysis.text, sentence.start, sentence.end))
        figures = find_figures(tokens, previous, by_measure)
        wholes = [figure for figure in figures if not figure.part]
        previous = wholes[-1] if wholes else previous  # "of whom nine …; the figure, still 19"
        by_measure.update((figure.measure, figure) for figure in wholes)
        found = [_found(f, tokens) for f in figures]
        found += find_price_changes(tokens)
        if not found:
            continue  # most sentences give no figure: who speaks in them does not matter
        if named is None:
            named = _named_by_sentence(analysis)
        parts = tuple((f.start, f.end) for f in found if f.figure.part)
        spans = tuple((f.start, f.end) for f in found)
        context = _context(analysis, index, named, parts, spans)
        for item in sorted(found, key=lambda f: f.start):
            claim = _claim(analysis, f"c{len(claims) + 1}", item, context)
            claim = _placed_as_restated(claim, item.figure, claim_of)
            claim_of[id(item.figure)] = claim
            if claim.stance == "denied" or not _only_in_denial(item):
                claims.append(claim)
    return tuple(claims)


def _placed_as_restated(claim: Claim, figure: Figure, claim_of: dict[int, Claim]) -> Claim:
    """ "The ministry said the toll in Juba stood at 44. An official later said the figure was
    well under 40": a figure that restates one of an earlier sentence, and names no place of
    its own, is given for the place of the one it restates. (A rival in the figure's own
    sentence, "far more than the 37 acknowledged by police", reads the same places itself.)"""
    restated = claim_of.get(id(figure.restates)) if figure.restates is not None else None
    if claim.place is not None or restated is None or restated.place is None:
        return claim
    if restated.sentence == claim.sentence:
        return claim
    return dataclasses.replace(claim, place=restated.place)


@dataclass(frozen=True)
class _Context:
    """What one sentence offers its figures: attributions, places and actors named in it."""

    sentence: int
    sources: list[Source]
    places: list[Place]
    actors: list[Actor]
    times: list[Time]  # named in the sentence, less those that date a saying
    parts: tuple[tuple[int, int], ...] = ()  # the offsets of the sentence's parts
    sayings: tuple[Time, ...] = ()  # the times that date a saying ("said on Wednesday")
    figures: tuple[tuple[int, int], ...] = ()  # the offsets of all the sentence's figures


@dataclass(frozen=True)
class _Named:
    """The places, actors and times of a report, grouped by the sentence they start in."""

    places: dict[int, list[Place]]
    actors: dict[int, list[Actor]]
    times: dict[int, list[Time]]


def _named_by_sentence(analysis: Analysis) -> _Named:
    """The report's places, actors and times, each grouped by `_by_sentence`."""
    starts = [sentence.start for sentence in analysis.sentences]
    return _Named(
        _by_sentence(starts, analysis.places),
        _by_sentence(starts, analysis.actors),
        _by_sentence(starts, analysis.times),
    )


def _context(
    analysis: Analysis,
    index: int,
    named: _Named,
    parts: tuple[tuple[int, int], ...] = (),
    figures: tuple[tuple[int, int], ...] = (),
) -> _Context:
    """What sentence `index` offers its figures (at offsets `figures`, of which those at
    `parts` count parts): its sources, and the places, actors and times named in it (less the
    times that date a saying, open a window or name an event)."""
    sentence = analysis.sentences[index]
    sources = find_sources(analysis.text, sentence.start, sentence.end)
    times = [
        t
        for t in named.times.get(index, [])
        if not _opens_a_window(analysis.text, t) and not _names_an_event(analysis.text, t)
    ]
    sayings = tuple(t for t in times if _dates_the_saying(analysis.text, t, sources))
    own_times = [t for t in times if t not in sayings]
    places, actors = named.places.get(index, []), named.actors.get(index, [])
    return _Context(index, sources, places, actors, own_times, parts, sayings, figures)


def _by_sentence(starts: list[int], items: Sequence[_Spanned]) -> dict[int, list[_Spanned]]:
    """Items grouped by the index of the sentence they start in (`starts`: the sentences'
    start offsets), in one pass, by bisection."""
    grouped: dict[int, list[_Spanned]] = {}
    for item in items:
        grouped.setdefault(max(0, bisect_right(starts, item.start) - 1), []).append(item)
    return grouped


def part_claims(analysis: Analysis) -> frozenset[str]:
    """The ids of the claims that count a part of another figure ("including 16 police
    officers", "22 of the dead"): such a figure may be smaller than any figure of its subject."""
    parts = _claims_where(analysis, is_part)
    return frozenset(c.id for c in analysis.claims if c.id in parts and not _others(analysis, c))


def _others(analysis: Analysis, claim: Claim) -> bool:
    """ "killed 22 civilians and wounded 48 others" (or "48 other people"): "others" besides
    only counts of another measure (the dead, not the wounded) are the whole of their own
    count, no part of one."""
    words = claim.text.lower().split()
    if words[-1] != "others" and "other" not in words[1:3]:
        return False
    before = [c for c in analysis.claims if c.sentence == claim.sentence and c.end <= claim.start]
    return bool(before) and all(c.measure != claim.measure for c in before)


def place_part_claims(analysis: Analysis) -> frozenset[str]:
    """The ids of the parts given for a place of their own ("61 people across the country, 40
    of them in Port-au-Prince"): each is the whole count for its place."""
    parts = _claims_where(analysis, counts_all_of_a_part)
    places = {place.id: place for place in analysis.places}
    return frozenset(
        claim.id
        for claim in analysis.claims
        if claim.id in parts and _place_follows(analysis.text, claim, places.get(claim.place or ""))
    )


def _place_follows(text: str, claim: Claim, place: Place | None) -> bool:
    """Whether the claim's place is named right after it: "40 of them in Port-au-Prince"."""
    return place is not None and _PLACE_NEXT.fullmatch(text, claim.end, place.start) is not None


def subgroup_claims(analysis: Analysis) -> frozenset[str]:
    """The ids of the parts that count all of a named group within a total ("including 16
    police officers"): another figure of that group is its rival, not its whole."""
    return _claims_where(analysis, names_subgroup)


def _claims_where(
    analysis: Analysis, test: Callable[[list[Token], int, int], bool]
) -> frozenset[str]:
    """The ids of the claims whose tokens pass `test(tokens, first, last)` in their sentence."""
    parts: set[str] = set()
    by_sentence: dict[int, list[Claim]] = {}
    for claim in analysis.claims:
        by_sentence.setdefault(claim.sentence, []).append(claim)
    for index, claims in by_sentence.items():
        sentence = analysis.sentences[index]
        tokens = figure_tokens(tokenize(analysis.text, sentence.start, sentence.end))
        firsts = {token.start: i for i, token in enumerate(tokens)}
        lasts = {token.end: i + 1 for i, token in enumerate(tokens)}
        for claim in claims:
            first, last = firsts.get(claim.start), lasts.get(claim.end)
            if first is not None and last is not None and test(tokens, first, last):
                parts.add(claim.id)
    return frozenset(parts)


def _may_hold_claim(text: str) -> bool:
    """Whether a sentence may give a claim: a figure (`may_hold_figure`) or a price word."""
    return may_hold_figure(text) or _PRICE_MENTION.search(text) is not None


# A price word as a token of `find_price_changes` would read it, in any case.
_PRICE_MENTION = re.compile(
    rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, sorted(_PRICE_WORDS)))})(?![^\W\d_])", re.IGNORECASE
)


def find_price_changes(tokens: list[Token]) -> list[_Found]:
    """ "the price of the country's most popular gas doubling", "bus fares have gone up by half":
    a price claim of the factor a change after a price word names, in the same clause, or one
    right before it ("doubled the price of a crate of beer"). Of two
    price words before one change ("raised their prices too, fares had tripled") the nearer
    tells what is priced."""
    found: dict[int, _Found] = {}
    if _PRICE_WORDS.isdisjoint(map(_LOWER, tokens)):
        return []  # most sentences name no price
    for index, token in enumerate(tokens):
        if token.lower not in _PRICE_WORDS:
            continue
        before = _change_before(tokens, index)
        if before is not None:  # "doubled the price of a crate of beer", "doubled fares"
            position, change_before = before
            found[position] = _price_change(
                tokens, index, position, change_before, _clause_end(tokens, index)
            )
            continue
        for position in range(index + 1, min(len(tokens), index + _PRICE_WINDOW)):
            if tokens[position].text in _CLAUSE_ENDS:
                break
            change = _change_at(tokens, position)
            if change is not None:
                found[position] = _price_change(tokens, index, position, change, position)
                break
    return list(found.values())


def _price_change(
    tokens: list[Token], price: int, first: int, change: tuple[float, int], stop: int
) -> _Found:
    """The price claim of a change at tokens[first] (its factor and where its words end, as
    `_change_at` reads them) of the price word at `price`, whose good is named before `stop`."""
    ratio, end = change
    text = _span_text(tokens, first, end)
    quantity = Quantity(first, end, text, ratio, ratio, "exact")
    figure = Figure(quantity, _priced_good(tokens, price, stop), "price", first, end)
    return _Found(figure, tokens[first].start, tokens[end - 1].end, text)


def _change_before(tokens: list[Token], price: int) -> tuple[int, tuple[float, int]] | None:
    """Where a change told right before the price it changed stands, and the change, if one
    does: "doubled the price of a crate of beer", "have doubled their price", "doubled fares"."""
    position = price - 1
    while position >= 0 and tokens[position].lower in _PRICE_OWNERS:
        position -= 1
    ratio = ratio_at(tokens, position) if position >= 0 else None
    return None if ratio is None else (position, (ratio, position + 1))


_PRICE_OWNERS = frozenset({"the", "their", "its", "his", "her", "our"})


def _clause_end(tokens: list[Token], start: int) -> int:
    """Where the clause of tokens[start] ends, looked for within `_PRICE_WINDOW` tokens."""
    stop = min(len(tokens), start + _PRICE_WINDOW)
    return next((i for i in range(start, stop) if tokens[i].text in _CLAUSE_ENDS), stop)


_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "?", "!"})


def _change_at(tokens: list[Token], position: int) -> tuple[float, int] | None:
    """The factor a change at `position` names, and where its words end: "tripled", "twice",
    "fallen by half", "risen by 30 percent"."""
    ratio = ratio_at(tokens, position)
    if ratio is not None:
        return ratio, position + 1
    if tokens[position].lower == "twice":
        return 2.0, position + 1
    way = _CHANGE_WAY.get(tokens[position - 1].lower) if tokens[position].lower == "by" else None
    if way is None or position + 1 >= len(tokens):
        return None
    amount = tokens[position + 1]
    if amount.lower == "half":
        return 1 + way * 0.5, position + 2
    percent = position + 2 < len(tokens) and tokens[position + 2].lower in {"percent", "%"}
    if amount.text.isascii() and amount.text.isdigit() and percent and int(amount.text) < 100:
        return round(1 + way * int(amount.text) / 100, 4), position + 3
    return None


# "gone up by half", "fallen by 30 percent": the way a change by a share goes
_CHANGE_WAY = {
    "up": 1,
    "risen": 1,
    "rose": 1,
    "increased": 1,
    "jumped": 1,
    "down": -1,
    "fallen": -1,
    "fell": -1,
    "dropped": -1,
    "decreased": -1,
}


def _span_text(tokens: list[Token], first: int, last: int) -> str:
    """The text of tokens[first:last] as the report spaces it."""
    return "".join(
        (" " * (t.start - tokens[i - 1].end) if i > first else "") + t.text
        for i, t in enumerate(tokens[first:last], start=first)
    )


def _priced_good(tokens: list[Token], price: int, change: int) -> str:
    """What the price is of: "price of a kilo of fuba" → "fuba price", "fuel prices" → "fuel
    price", "bus fares" → "bus fare price", "a drum of water now costs" → "water price"."""
    word = tokens[price].lower
    if word == "costs":
        good = _good_after_of(tokens, max(0, price - _MEASURE_OF_REACH), price)
        return f"{good} price" if good else "price"
    if word in {"price", "prices"} and price + 1 < change and tokens[price + 1].lower == "of":
        good = _good_after_of(tokens, price + 1, change)
        return f"{good} price" if good else "price"
    before = tokens[price - 1] if price > 0 else None
    named = before is not None and before.text.isalpha() and before.lower not in _NOT_GOODS
    named = named and ratio_at(tokens, price - 1) is None  # "doubled fares": no good named
    good = before.lower if before is not None and named else ""
    kind = "fare " if word.startswith("fare") else ""
    return " ".join(filter(None, (good, f"{kind}price")))


def _good_after_of(tokens: list[Token], start: int, stop: int) -> str:
    """The good the last "of" in tokens[start:stop] names, past an amount of it ("a 25 kg sack
    of fuba", "a string of fish"): at most two lower-case words ("bottled water"), singular."""
    ofs = [i for i in range(start, min(stop, start + _MEASURE_OF_REACH)) if tokens[i].lower == "of"]
    if not ofs:
        return ""
    position = _past_the_amount(tokens, ofs[-1] + 1, stop)
    words: list[str] = []
    while position < stop and len(words) < 2 and _good_word(tokens[position], bool(words)):
        words.append(tokens[position].lower)
        position += 1
    return " ".join([*words[:-1], _singular(words[-1])]) if words else ""


def _past_the_amount(tokens: list[Token], position: int, stop: int) -> int:
    """Where the good's own name starts, past the amount, owner and rank before it: "a 25 kg",
    "the country's most popular" (gas)."""
    while position < stop:
        token = tokens[position]
        if _an_amount(token) or token.lower.endswith(("'s", "’s")):
            position += 1
        elif token.lower in {"most", "least"}:
            position += 2
        else:
            break
    return position


def _an_amount(token: Token) -> bool:
    """ "a", "25", "kg", "20-litre": a word of an amount before the good it measures."""
    return token.lower in _AMOUNT_WORDS or any(c.isdigit() for c in token.text)


def _good_word(token: Token, second: bool) -> bool:
    """A word of a good's name: lower-case, no function word, no participle after the first
    ("fuba certified as safe")."""
    if not (token.text.isalpha() and token.text.islower()) or token.lower in _NOT_GOODS:
        return False
    return not (second and token.lower.endswith(("ed", "ly")))


def _singular(word: str) -> str:
    """ "masks" → "mask"; "gas", "grass", "couscous" stay as they are."""
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "as", "is")) else word


_MEASURE_OF_REACH = 8  # "price of a 20-litre container of water": how far a second "of" may come
_AMOUNT_WORDS = frozenset(
    {"a", "an", "the", "one", "-", "kg", "kilo", "kilogram", "litre", "liter"}
)
# Words after "price of" or before "prices" that name no good
_NOT_GOODS = frozenset(
    """the their its his her our your my a an of in at on from since by for to and or that which
    has have had is was were are now already reportedly nearly almost more than also still
    just""".split()
)


def _found(figure: Figure, tokens: list[Token]) -> _Found:
    start, end = tokens[figure.first].start, tokens[figure.last - 1].end
    return _Found(figure, start, end, _span_text(tokens, figure.first, figure.last))


def _claim(analysis: Analysis, claim_id: str, item: _Found, context: _Context) -> Claim:
    figure, quantity = item.figure, item.figure.quantity
    owner = _owner_of_count(analysis, item, context.sentence)
    source = (
        _denier_of_reports(analysis, item, context.sources)
        or _own_clause_owner(analysis.text, owner, item, context.sources)
        or _holder_of_count(analysis, item, context)
        or _owner_of_number(analysis, item, context)
        or _source_of(analysis.text, item, context.sources)
        or owner
        or _speaker_after_the_quote(analysis, context.sentence)
    )
    stance: Stance = source.stance if source else "reported"
    if stance == "denied" and source and _ASSERTING.search(_text_between(analysis, source, item)):
        stance = "reported"
    sentence = analysis.sentences[context.sentence]
    if source and stance != "denied" and _called_false(analysis, source, item, sentence):
        stance = "denied"
    if _bare_number_called_false(analysis, item, sentence):
        stance = "denied"  # "fourteen is simply wrong": whoever says so denies the number
    if _speaks_after(source, item) and _reports_called_false(analysis, item, sentence):
        stance = "denied"
    if quantity.estimated:
        stance = "estimated"
    place = _place_of(analysis, item, sentence, context, source)
    return Claim(
        id=claim_id,
        measure=figure.measure,
        subject=_own_members(item, source) or figure.subject,
        text=analysis.text[item.start : item.end],  # as written: quotes and all ("thirty" dead)
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
    nearby = [
        s
        for s in nearby
        if not _disputes_in_apposition(text, item, s) and not _of_a_later_number(text, item, s)
    ]
    outside = [s for s in nearby if s.source.end <= item.start or s.source.start >= item.end]
    outside = [s for s in outside if s.cue.end <= item.start or not _beyond_clause(text, item, s)]
    if any(s.cue.end <= item.start for s in outside):
        outside = [s for s in outside if not _CONTRAST.search(text, item.end, _start(s))]
        outside = [s for s in outside if not _next_verb_of_subject(item, s)]
    if not outside:
        return None
    nearest = min(
        outside, key=lambda s: min(abs(s.cue.start - item.end), abs(item.start - s.cue.end))
    )
    return _speaker_of_pronoun(text, nearest, sources)


def _speaker_after_the_quote(analysis: Analysis, index: int) -> Source | None:
    """ ""Four of our members have now died. The ministry counts a wall and a fall," Hassan
    Al-Jamri told us": a sentence that opens a quotation it does not close is the words of
    whoever a later sentence names right after closing it ("…," X said / said X)."""
    sentence = analysis.sentences[index]
    words = analysis.text[sentence.start : sentence.end].lstrip()
    if not words.startswith(_OPENING_QUOTES) or len(_QUOTE_MARK.findall(words)) % 2 == 0:
        return None
    for later in analysis.sentences[index + 1 : index + 1 + _QUOTED_SENTENCES]:
        close = _QUOTE_MARK.search(analysis.text, later.start, later.end)
        if close is None:
            continue  # still inside the quotation
        sources = find_sources(analysis.text, later.start, later.end)
        for source in sources:
            first = min(source.source.start, source.cue.start)
            if 0 <= first - close.end() <= _QUOTE_TO_SPEAKER:
                return source
        return None
    return None


_OPENING_QUOTES = ('"', "\u201c")
_QUOTE_MARK = re.compile('["\u201c\u201d]')
_QUOTED_SENTENCES = 3  # how many sentences on a quotation may run to its speaker
_QUOTE_TO_SPEAKER = 2  # the closing quote, then a space (after a comma inside it)


def _of_a_later_number(text: str, item: _Found, source: Source) -> bool:
    """ "The toll stands at 54, lower than the 63 it announced on Tuesday": a source right after
    a later number, with no comma between, gives that number, not the figure before it."""
    words = text[item.end : _start(source)].split()
    return len(words) > 1 and words[-1][0].isdigit() and words[-1][-1].isdigit()


def _speaker_of_pronoun(text: str, source: Source, sources: list[Source]) -> Source:
    """ "An aid group said it had counted 35 bodies", "Officials said on Wednesday that they had
    registered 21 deaths", "The Observatory said its observers had counted 61": a pronoun, or
    a phrase the pronoun owns, soon after another cue is that cue's source, who tells the
    figure."""
    said_by = source.source.text.lower()
    words = said_by.split()
    if not words or (said_by not in SUBJECT_PRONOUNS and words[0] not in _OWNERS):
        return source
    for other in sources:
        if other.cue.end <= source.source.start and _REPORTED_CLAUSE_LEAD.fullmatch(
            text, other.cue.end, source.source.start
        ):
            return other
    return source


def _next_verb_of_subject(item: _Found, source: Source) -> bool:
    """ "The ministry said it had detained 224 people, and rejected the claim that …": a later
    verb of the subject before the figure speaks for its own clause, not for the figure."""
    return source.cue.start >= item.end and source.source.end <= item.start


def _disputes_in_apposition(text: str, item: _Found, source: Source) -> bool:
    """ "The government said 23 people died, a figure disputed by the rights group": a denial
    told in an apposition after the figure ("a figure", "figures"), or in an aside before it
    ("the toll, which the opposition disputes, stands at 31"), disputes it; it does not give
    it."""
    if source.stance != "denied":
        return False
    if source.cue.end <= item.start:  # "The toll, which the opposition disputes, stands at 31"
        before = text[max(0, source.source.start - _ASIDE_LEAD) : source.source.start]
        return _WHICH_ASIDE.search(before) is not None and "," in text[source.cue.end : item.start]
    between = text[item.end : source.cue.start]
    comma = between.rfind(",")
    return comma >= 0 and _DISPUTED_FIGURE.match(between, comma + 1) is not None


def _denier_of_reports(analysis: Analysis, item: _Found, sources: list[Source]) -> Source | None:
    """ "The government dismissed as propaganda claims that 30 protesters had been killed": a
    source that denies the claims or reports the figure is told in, however near another cue
    ("claims") stands."""
    for source in sources:
        if source.stance == "denied" and _tells_reports(analysis, source, item):
            between = [s for s in sources if source.cue.end <= s.cue.start < item.start]
            if all(s.cue.text.lower() in _REPORT_NOUNS for s in between):
                return source
    return None


def _owner_of_count(analysis: Analysis, item: _Found, index: int) -> Source | None:
    """ "The health ministry's own count was 88": whose count a figure is, when no reporting
    verb names its source."""
    sentence = analysis.sentences[index]
    if not _A_COUNT_NOUN.search(analysis.text, sentence.start, item.start):
        return None  # most sentences name no count: spare the tokenizing
    tokens = tokenize(analysis.text, sentence.start, item.start)
    return count_owner(analysis.text, tokens, _COUNT_NOUNS)


def _holder_of_count(analysis: Analysis, item: _Found, context: _Context) -> Source | None:
    """ "By Tuesday the authorities had eight, and on Wednesday the ministry confirmed …": the
    one who "had" a count that restates the one before speaks for it, before any cue of
    another clause."""
    if item.figure.restates is None or item.figure.first != item.figure.quantity.first:
        return None
    sentence = analysis.sentences[context.sentence]
    tokens = tokenize(analysis.text, sentence.start, item.start)
    return count_holder(analysis.text, tokens)


def _owner_of_number(analysis: Analysis, item: _Found, context: _Context) -> Source | None:
    """ "The Ministry's 19 leaves little room for deaths elsewhere": whose count a bare number
    that restates one before is, when a possessive noun stands right before it."""
    if item.figure.restates is None or item.figure.first != item.figure.quantity.first:
        return None
    sentence = analysis.sentences[context.sentence]
    tokens = tokenize(analysis.text, sentence.start, item.start)
    return number_owner(analysis.text, tokens)


def _own_clause_owner(
    text: str, owner: Source | None, item: _Found, sources: list[Source]
) -> Source | None:
    """ "…, a figure the monitor calls too low; the monitor's own tally stands at 16": the owner
    of the count that the figure gives, when only link words stand between the two and no
    reporting verb follows the owner, speaks for the figure before any earlier cue."""
    if owner is None or owner.cue.end > item.start:
        return None
    if any(source.cue.start >= owner.source.start for source in sources):
        return None  # "AFAD's toll of 76 was disputed by the municipality": that cue speaks
    gap = text[owner.cue.end : item.start]
    told_for = _COUNT_FOR_PLACE.match(gap)
    gap = gap[told_for.end() :] if told_for else gap
    between = _after_toll_words(owner, _WORD.findall(gap.lower()))
    return owner if all(word in _COUNT_LINKS for word in between) else None


def _after_toll_words(owner: Source, words: list[str]) -> list[str]:
    """The words after an owned count, less those that make it a toll phrase ("the navy's count
    of the missing has fallen to 21": "has fallen to"), so that a toll that names what it
    counts keeps its owner."""
    noun = _WORD.findall(owner.cue.text.lower())[-1:]
    tolls = measure_table("tolls")
    for length in range(min(len(words), _LONGEST_TOLL_TAIL), 0, -1):
        if (*noun, *words[:length]) in tolls:
            return words[length:]
    return words


def _called_false(analysis: Analysis, source: Source, item: _Found, sentence: Sentence) -> bool:
    """ "The ministry said reports that 30 people had died were false": a source that calls
    the reports of a figure false denies it."""
    return _tells_reports(analysis, source, item) and bool(
        _CALLED_FALSE.search(_clause_after(analysis.text, item.end, sentence.end))
    )


def _bare_number_called_false(analysis: Analysis, item: _Found, sentence: Sentence) -> bool:
    """ "The minister said that "fourteen is simply wrong"": a number with no noun that its
    own clause calls false, or that ", not" sets aside ("19 dead, not fourteen"), is denied,
    whoever gave it before."""
    if item.figure.quantity.text != item.text:
        return False
    if _SET_ASIDE.search(analysis.text, sentence.start, item.start):
        return True  # "three died here, not fifteen"
    rest = _clause_after(analysis.text, item.end, sentence.end)
    return _CALLED_FALSE.match(rest.lstrip()) is not None


def _speaks_after(source: Source | None, item: _Found) -> bool:
    """Whether a figure is told in no one's name, or in the words of a source named after it
    ("Claims that seven died are untrue, the ministry said"), who may call them false."""
    return source is None or source.cue.start >= item.end


def _reports_called_false(analysis: Analysis, item: _Found, sentence: Sentence) -> bool:
    """ "Reports circulating on social networks of dozens of deaths do not correspond to
    reality": reports of a figure that the sentence itself calls false, in no one's name, are
    denied by whoever speaks in the report (a ministry's statement, a fact check)."""
    opening = analysis.text[sentence.start : item.start]
    if not _OPENS_ON_REPORTS.match(opening.lstrip()):
        return False
    return bool(_CALLED_FALSE.search(_clause_after(analysis.text, item.end, sentence.end)))


def _clause_after(text: str, start: int, end: int) -> str:
    """text[start:end] up to its first comma, semicolon or full stop: the rest of a clause.

    Patterns search this piece rather than start with a lazy `[^,;.]*?`, which a search over
    every start position would make quadratic (tests/test_redos.py)."""
    stop = _CLAUSE_END.search(text, start, end)
    return text[start : stop.start() if stop else end]


def _tells_reports(analysis: Analysis, source: Source, item: _Found) -> bool:
    """Whether the figure comes after its source, in reports or claims the source speaks of
    right after its verb ("denied reports that …", "rejected the church's count of …"; not
    "denied firing live rounds; the ministry's count of the dead rose to …")."""
    if source.cue.end > item.start:
        return False
    reports = _REPORTS_OF.search(_text_between(analysis, source, item))
    if reports is None:
        return False
    lead = analysis.text[source.cue.end : source.cue.end + reports.start()]
    return len(lead) <= _REPORTS_LEAD and _CLAUSE_BREAK.search(lead) is None


def _text_between(analysis: Analysis, source: Source, item: _Found) -> str:
    """The words from a source's cue to a figure after it ("" when the figure comes first)."""
    return analysis.text[source.cue.end : item.start]


def _only_in_denial(item: _Found) -> bool:
    """ "any protesters were killed" is a figure only as what a source denies."""
    return item.text.split()[0].lower() in DENIED_ONLY


def _beyond_clause(text: str, item: _Found, source: Source) -> bool:
    """ "Police arrested 340 people; rights groups said 600 were held": a source past a
    semicolon speaks for its own clause, never for a figure before it."""
    return ";" in text[item.end : _start(source)]


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


def _place_of(
    analysis: Analysis,
    item: _Found,
    sentence: Sentence,
    context: _Context,
    source: Source | None = None,
) -> Place | None:
    """The place a figure is given for: "1,000 deaths in Almaty", "across the province",
    "nationwide", "In Almaty, …" (in that order: a level told in the figure's own clause is
    nearer to it than the town its sentence opens with), or else the one place its sentence
    names ("Samos reported two people injured") unless only its source is there ("19 had died,
    a police spokesman in Kandy said") or a part of a count is told for it ("14 people had
    died, nine of them in Sunamganj"), or the place before that "there" refers to; None when the
    sentence names none or several. A place that only describes a source ("Oaxaca state
    officials", "Mexico's civil protection coordinator") is never the figure's, though it still
    counts among the places a sentence names."""
    text = analysis.text
    named = [p for p in context.places if not in_a_name(text, p) and not names_an_event(text, p)]
    # "our colleagues in Catumbela count ten deaths in that municipality": the source's town
    that_place = _IN_THAT_PLACE.search(text[item.end : sentence.end]) is not None
    told = [
        p
        for p in named
        if (that_place or _not_the_sources(text, p, source, context))
        and not _OFFICE_OF_A_PLACE.match(text, p.end)
    ]
    found = _place_named_for(text, item, sentence, told) or next(
        (place for place in told if _toll_told_for(text, place, item)), None
    )
    found = found or _home_of_speakers_own(item, source, named)
    level = _level_in_clause(analysis, item, sentence)
    if level is not None and (found is None or found.start < item.start):
        # "In Conakry, …, no more than four people had been killed nationwide": the level's
        # place, or none (the whole count) when the report does not name it
        return _place_of_level(analysis, item, level)
    # "… in Storfjord killed one driver, who is not counted in the Lyngen toll": a place that
    # names another count, in a relative clause after the figure, is no rival of its place
    here = [p for p in named if not _in_its_relative_clause(text, item, p, context.figures)]
    one_place = len({(p.name, p.country) for p in here}) == 1
    if (
        found is None
        and one_place
        and here[0] in told
        and not _told_for_a_part(text, here[0], item, context.parts)
        and not _in_a_later_clause(text, item, here[0])
    ):
        return here[0]
    return found or _place_there(analysis, item, sentence) or _paragraph_heading(analysis, item)


def _in_a_later_clause(text: str, item: _Found, place: Place) -> bool:
    """Whether a place stands after the figure in a relative clause of its own: "14 people have
    died, the latest a woman who died at Mount Hope": where one of them died is not where all
    were counted. (A clause that tells the event, "killed when their vehicle hit a mine in
    southeastern Turkey", does tell where.)"""
    return item.end <= place.start and _LATER_CLAUSE.search(text, item.end, place.start) is not None


_LATER_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|latest)\b", re.I)


def _in_its_relative_clause(
    text: str, item: _Found, place: Place, figures: tuple[tuple[int, int], ...]
) -> bool:
    """Whether a place names another count in a relative clause that the figure's own phrase
    opens, with no other figure before it: "killed one snowmobile driver, who is not counted
    in the Lyngen toll" (where the figure's people are treated, "who are receiving care at the
    Bambari hospital", may still be where they are counted)."""
    opened = _OWN_RELATIVE.match(text, item.end)
    if opened is None or opened.end() > place.start or not _COUNT_NAMED.match(text, place.end):
        return False
    return not any(item.end <= start < place.start for start, _ in figures)


# (Bounded, so that a search over hostile text stays linear: a relative clause opens within a
# sentence's reach, and a count noun follows its place after a space or two.)
_OWN_RELATIVE = re.compile(r"[^,;:.()\n]{0,200},\s{0,3}(?:who|whom|whose|which)\b", re.I)
_COUNT_NAMED = re.compile(r"\s{1,3}(?:death\s{1,3})?(?:toll|count|tally|figure)\b", re.I)


def _home_of_speakers_own(item: _Found, source: Source | None, named: list[Place]) -> Place | None:
    """ "A member of parliament for Ahvaz said 'four of my constituents' were killed", "the imam
    of the mosque in Panjakent prayed for 'twenty-one of our people'": a speaker's count of its
    own people is of the place the speaker stands for, named in the speaker's words."""
    if source is None or not _SPEAKERS_OWN.search(item.text):
        return None
    span = source.source
    return next((p for p in named if span.start <= p.start and p.end <= span.end), None)


def _paragraph_heading(analysis: Analysis, item: _Found) -> Place | None:
    """ "Blida: The search ended on Wednesday. The Civil Protection puts the toll at 11.": a
    place that opens a paragraph as its heading, before a colon, is where the paragraph's
    figures that name no place of their own were counted (a town-by-town round-up)."""
    start = analysis.text.rfind("\n", 0, item.start) + 1
    return next((p for p in analysis.places if p.start == start and _heads(analysis.text, p)), None)


def _heads(text: str, place: Place) -> bool:
    """Whether a place is a paragraph's heading: first in its line, before a colon ("Blida: …")."""
    line_start = text.rfind("\n", 0, place.start) + 1
    return place.start == line_start and _HEADING_COLON.match(text, place.end) is not None


def _describes_a_source(place: Place, sources: list[Source]) -> bool:
    """Whether a place is a word of a source's own words that a noun of the source follows
    ("Mexico's national civil protection coordinator", "Oaxaca state officials"): it says whose
    official speaks, not where a figure was counted. A source that is the place ("the island of
    Samos reported …", "Kisumu county says …") keeps it."""
    for source in sources:
        span = source.source
        if span.start <= place.start and place.end <= span.end:
            after = _WORD.findall(span.text[place.end - span.start :].lower())
            if any(word not in _PLACE_NOUNS for word in after):
                return True
    return False


def _told_for_a_part(
    text: str, place: Place, item: _Found, parts: tuple[tuple[int, int], ...]
) -> bool:
    """Whether a place is told for a part of a count in its sentence, in the part's own clause
    ("14 people had died, nine of them in Sunamganj district", "three people have died, two of
    them crushed by a falling wall in Puerto Escondido", "150 people …, nearly all of them in
    Tbilisi"): it is that part's place, not the place of the sentence's other figures."""
    if _PARTS_PLACE.search(text, max(0, place.start - _PARTS_PLACE_WINDOW), place.start):
        return True
    return any(
        (start, end) != (item.start, item.end)
        and end <= place.start <= end + _PLACE_WINDOW
        and not _CLAUSE_END.search(text, end, place.start)
        for start, end in parts
    )


def _named_right_after(text: str, end: int, place: Place) -> bool:
    """Whether a place follows a figure ending at `end` as its place: "… in Almaty" (not a
    place that another number, past a comma, stands before: "96, of whom 54 in Mandalay")."""
    if not end <= place.start <= end + _PLACE_WINDOW:
        return False
    between = text[end : place.start]
    return bool(_PLACE_LEAD.fullmatch(between)) and not re.search(r"[.;]|\bbut\b|,\D*\d", between)


def _labels_figure(text: str, start: int, place: Place) -> bool:
    """Whether a place labels a list item whose number follows it: "(Juba 49, Malakal 22)",
    "Kisumu: 12"."""
    return _LABEL_GAP.fullmatch(text, place.end, start) is not None and bool(
        _LABEL_OPENS.search(text, max(0, place.start - 3), place.start)
    )


def _in_words_of(text: str, place: Place, source: Source) -> bool:
    """ "…; the national emergency centre in Taipei said 15 were missing": a place after a
    preposition of place inside any source's own words says where that source is, so it is
    the place of no figure of the sentence, whoever gives it."""
    span = source.source
    if not span.start <= place.start < span.end:
        return False
    where = _WHERE_SOURCE_IS.search(text, span.start, place.start)
    return where is not None and not _LOCAL.search(text, span.start, where.start())


def _not_the_sources(text: str, place: Place, source: Source | None, context: _Context) -> bool:
    """Whether a place is named for something other than the sources of its sentence: not in
    the words of the figure's source, of another source, nor describing one."""
    if _in_source(text, place, source):
        return False
    if any(_in_words_of(text, place, other) for other in context.sources):
        return False
    return not _describes_a_source(place, context.sources)


def _in_source(text: str, place: Place, source: Source | None) -> bool:
    """Whether a place is named inside the words of a figure's source, or between them and its
    verb, after a preposition of place or in a relative clause ("a police spokesman in Kandy",
    "an MP who toured Gampola put the figure at …"): it says where the source is or has been,
    not where the figure was counted. A source that is the place ("the island of Samos
    reported …") keeps it."""
    if source is None:
        return False
    start, end = source.source.start, source.source.end
    if not source.source_after_cue:
        end = max(end, source.cue.start)
    if not start <= place.start < end:
        return False
    where = _WHERE_SOURCE_IS.search(text, start, place.start)
    return where is not None and not _LOCAL.search(text, start, where.start())


def in_a_name(text: str, place: Place) -> bool:
    """Whether a place is only a word of a longer proper name ("the Pakistan Peoples Party",
    "the Red Crescent", "the Kenya Medical Association", "the Law Association of Zambia"): a
    capitalised word, neither a function word nor a site ("Sanaa University"), right beside it
    or before its "of"; or the name of an outlet ("the state daily Ébano"). Such a mention names
    who speaks, not where a figure is."""
    window = max(0, place.start - _NAME_WINDOW)
    if _OUTLET_BEFORE.search(text, window, place.start):
        return True  # "the state daily Ébano": a newspaper's name
    before = _WORD_BEFORE.search(text, window, place.start)
    of_before = _WORD_OF_BEFORE.search(text, window, place.start)  # "the Law Association of Zambia"
    after = _WORD_AFTER.match(text, place.end, place.end + _NAME_WINDOW)
    return any(
        match is not None and match.group(1).lower() not in _NAME_LINKS
        for match in (before, of_before, after)
    )


def names_an_event(text: str, place: Place) -> bool:
    """Whether a place only names an event ("the death toll from the Herat earthquake", "the
    Derna floods", "the toll from the mosque bombing in Peshawar"): the figure counts the whole
    event, wherever it struck."""
    if _TOLL_OF_EVENT_IN.search(text, max(0, place.start - _EVENT_WINDOW), place.start):
        return True
    return (
        _THE_BEFORE.search(text, max(0, place.start - 4), place.start) is not None
        and _EVENT_AFTER.match(text, place.end) is not None
    )


def _place_named_for(
    text: str, item: _Found | Claim, sentence: Sentence, named: list[Place]
) -> Place | None:
    """A place named right after the figure ("1,000 deaths in Almaty") or leading its sentence
    ("In Almaty, …")."""
    for place in named:
        if _named_right_after(text, item.end, place) or _labels_figure(text, item.start, place):
            return place
        if place.start < item.start and _SENTENCE_LEAD.fullmatch(
            text[sentence.start : place.start]
        ):
            return place
    return _opening_a_where_clause(text, item, named)


def _opening_a_where_clause(text: str, item: _Found | Claim, named: list[Place]) -> Place | None:
    """ "… and in Shijak, a market town inland, where the agency said three people had died": the
    last place before a figure, when a relative "where" (after a short apposition, if any)
    opens the clause that gives it, is the figure's."""
    before = [place for place in named if place.end <= item.start]
    if not before:
        return None
    last = max(before, key=lambda place: place.end)
    return last if _WHERE_CLAUSE.fullmatch(text, last.end, item.start) else None


def place_told_for(analysis: Analysis, claim: Claim, place: Place) -> bool:
    """Whether a claim's place is told for the figure itself ("38 deaths in Churachandpur",
    "In Tacloban, …", "one person had died there", "ten deaths in that municipality"), not
    only named elsewhere in its sentence ("a mosque in Peshawar …, killing 32")."""
    sentence = analysis.sentences[claim.sentence]
    after = analysis.text[claim.end : sentence.end]
    if _THERE.search(after) or _IN_THAT_PLACE.search(after):
        return True
    if not sentence.start <= place.start < sentence.end:
        return True  # given by a figure it restates, or by "in the city": told, not assumed
    if _toll_told_for(analysis.text, place, claim) or _heads(analysis.text, place):
        return True  # "the toll in Juba stood at 44", "Blida: … the toll at 11"
    return _place_named_for(analysis.text, claim, sentence, [place]) is not None


def _toll_told_for(text: str, place: Place, claim: _Found | Claim) -> bool:
    """ "the toll in Juba stood at 44": a count given for a place in the words right before its
    number (not "the toll from the bombing in Quetta rose to 19", the event's place)."""
    if _IN_TOLL_PHRASE.fullmatch(text, place.end, claim.start) is None:
        return False
    return _TOLL_IN.search(text, max(0, place.start - _TOLL_IN_WINDOW), place.start) is not None


def _level_in_clause(analysis: Analysis, item: _Found, sentence: Sentence) -> re.Match[str] | None:
    """ "across the province", "in the city", "nationwide": the level a figure's own clause
    gives it, if any."""
    return _LEVEL_WORDS.search(_clause_after(analysis.text, item.end, sentence.end))


def _place_of_level(analysis: Analysis, item: _Found, level: re.Match[str]) -> Place | None:
    """The place of a level told in a figure's clause: "across the province" (the region the
    report names most), "in the city" (the last town before), "nationwide" (its country)."""
    if level.group("region"):
        return _most_named(p for p in analysis.places if place_kind(p) == "region")
    if level.group("town") or level.group("site"):
        return _last_town_before(analysis, item.start)
    return _report_country(analysis)


def _last_town_before(analysis: Analysis, start: int) -> Place | None:
    """ "… in El Fasher. 52 civilians died in the city": the last town named before."""
    towns = [p for p in analysis.places if p.end <= start and place_kind(p) == "town"]
    return towns[-1] if towns else None


def _report_country(analysis: Analysis) -> Place | None:
    """The country the report's places lie in most often, where the report names it: "in the
    country" of a report on Almaty is Kazakhstan, even if China is the one country named."""
    counts = Counter(place.country for place in analysis.places if place.country)
    if not counts:
        return None
    code = max(counts, key=lambda country: counts[country])  # the first of equals
    named = (p for p in analysis.places if place_kind(p) == "country" and p.country == code)
    return next(named, None)


def _place_there(analysis: Analysis, item: _Found, sentence: Sentence) -> Place | None:
    """ "The government said one person had died there": the last place named before."""
    if not _THERE.search(analysis.text[item.end : sentence.end]):
        return None
    before = [p for p in analysis.places if p.end <= sentence.start]
    return before[-1] if before else None


def place_kind(place: Place) -> str:
    """ "country", "region" (a province, a state) or "town": what the gazetteer says the place
    is ("Dhaka" is a capital, not its division), else what its fields suggest."""
    entry = load_gazetteer().find_id(place.geonames_id) if place.geonames_id is not None else None
    if entry is not None:
        return _KINDS.get(entry.kind, entry.kind)
    if place.country is not None and place.admin1 is None:
        return "country"
    return "region" if place.admin1 is not None and place.admin1 == place.name else "town"


def _most_named(places: Iterable[Place]) -> Place | None:
    """The place named most often, the first of equals; None when there are none."""
    found = list(places)
    counts = Counter((place.name, place.country) for place in found)
    return max(found, key=lambda place: counts[(place.name, place.country)], default=None)


def _claim_date(analysis: Analysis, item: _Found, context: _Context) -> str | None:
    """The date a figure is given for: the date the times stage's `event_date` finds when it
    comes from a time named in the figure's own sentence, else the report's publication date (a
    toll is a count as of the report, not of the last day the story told). A time that dates the
    saying ("police said on Wednesday") is not the figure's."""
    own = context.times
    in_series = _day_of_a_series_item(analysis, item, context)
    if in_series is not None:
        return in_series
    event_date = _event_date_function() if own else None
    found = event_date(analysis, item.start, item.end) if event_date is not None else None
    chosen = found[1] if isinstance(found, tuple) and isinstance(found[0], str) else None
    time = next((t for t in own if t.id == chosen), None)
    if time is not None and _in_a_clause_after(analysis.text, item, time):
        time = _time_opening_the_clause(analysis.text, item, own)
        found = (time.value, time.id) if time is not None else None
    past = time is not None and (
        _dates_a_past_figure(analysis, item, time)
        or _in_a_clause_before(analysis, item, time)
        or _dates_a_later_figure(analysis.text, item, time, context.figures)
    )
    if isinstance(found, tuple) and time is not None and not past:
        return _a_day_gone_by(analysis, time, str(found[0])[:10])
    heading = None if context.sayings else day_of_the_entry(analysis, item.start)
    return heading or _day_said_before(context.sayings, analysis.document.published)


def _day_of_a_series_item(analysis: Analysis, item: _Found, context: _Context) -> str | None:
    """ "The injured have been steadier: 23 on Tuesday, 26 on Wednesday and 27 now": in a
    series of one count told over days, each figure is dated by the time right after it
    ("now", "this morning": the report's day); None for a figure in no such series."""
    dated = [_time_right_after(analysis.text, span, context.times) for span in context.figures]
    own = _time_right_after(analysis.text, (item.start, item.end), context.times)
    if own is None or sum(time is not None for time in dated) < 2:
        return None
    if own.value == "PRESENT_REF":
        return analysis.document.published
    day = own.value[:10]
    return day if _FULL_DATE.fullmatch(day) else None


def _time_right_after(text: str, span: tuple[int, int], times: list[Time]) -> Time | None:
    """The time that follows the figure at `span` with at most "on" between ("26 on
    Wednesday", "three this morning", "27 now")."""
    return next(
        (t for t in times if t.start >= span[1] and _ON_GAP.fullmatch(text, span[1], t.start)),
        None,
    )


_ON_GAP = re.compile(r"\s+(?:on\s+)?")


def _a_day_gone_by(analysis: Analysis, time: Time, day: str) -> str:
    """ "By Monday evening police counted nine", in Thursday's account: a count is of a day
    that has come, so a weekday that reads as after the report's own day is the one a week
    before when "By" opens it (a deadline is no count), and otherwise the count is as of the
    report ("83 were detained and their cases would be heard on Wednesday")."""
    published = analysis.document.published
    if not published or not _FULL_DATE.fullmatch(day) or day <= published:
        return day
    week_before = (date.fromisoformat(day) - timedelta(days=7)).isoformat()
    told_by = _BY_A_DAY.search(analysis.text, max(0, time.start - 3), time.start) is not None
    return week_before if told_by and week_before <= published else published


def _dates_a_past_figure(analysis: Analysis, item: _Found, time: Time) -> bool:
    """ "Two people are still missing, the committee said, down from 22 on Tuesday": a time
    right after the figure a count has moved from dates that figure, not the count."""
    if time.start < item.end:
        return False
    moved = _FROM_A_FIGURE.search(analysis.text, item.end, time.start)
    return moved is not None and _a_number(moved["figure"])


def _a_number(word: str) -> bool:
    """Whether a word is a number ("22", "1,200", "eight"): "down from 22 on Tuesday" moved from
    a figure; "from the building on Monday" did not."""
    return word[:1].isdigit() or may_start_quantity(word.lower())


def _dates_a_later_figure(
    text: str, item: _Found, time: Time, figures: tuple[tuple[int, int], ...]
) -> bool:
    """ "Eleven died in the neonatal room, and one girl died last night", "15 inmates died: 13
    on Monday night and two on Tuesday": a time told after another figure of a clause of its
    own (set off by a comma, colon or semicolon) dates that clause's figure, not this one.
    ("Three were killed and 11 were missing on Tuesday" share it.)"""
    return any(
        item.end <= start
        and end <= time.start
        and _CLAUSE_BREAK.search(text, item.end, start) is not None
        for start, end in figures
    )


def _in_a_clause_after(text: str, item: _Found, time: Time) -> bool:
    """ "By Tuesday the authorities had eight, and on Wednesday evening the ministry confirmed a
    further death": a time after ", and" that opens a clause of its own dates that clause."""
    return time.start >= item.end and _AND_OPENS.search(text, item.end, time.start) is not None


_AND_OPENS = re.compile(r",\s(?:and|but)\s")


def _time_opening_the_clause(text: str, item: _Found, times: list[Time]) -> Time | None:
    """The time that opens a figure's own clause before it, if any ("By Tuesday the
    authorities had eight"): no comma or semicolon stands between the two."""
    before = [t for t in times if t.end <= item.start and "," not in text[t.end : item.start]]
    return before[-1] if before and ";" not in text[before[-1].end : item.start] else None


def _in_a_clause_before(analysis: Analysis, item: _Found, time: Time) -> bool:
    """ "… the inmates who broke out before dawn on Sunday, and insisted that only one inmate
    had died": a time in a clause that ends before the figure's own ("…, and insisted that")
    dates what that clause tells, not the figure."""
    if time.end > item.start:
        return False
    return _CLAUSE_OF_ITS_OWN.search(analysis.text, time.end, item.start) is not None


def day_of_the_entry(analysis: Analysis, start: int) -> str | None:
    """ "Tuesday morning: The directorate gives a first toll of 13. Relatives say more than 30
    have died": in a running account, a figure whose own sentence names no time is told on the
    day its entry's heading (a time and a colon opening the line) names."""
    line = analysis.text.rfind("\n", 0, start) + 1
    first = bisect_left(analysis.times, line, key=lambda time: time.start)
    if first == len(analysis.times):
        return None
    heading = analysis.times[first]
    if heading.start > line + _HEADING_LEAD or not analysis.text.startswith(":", heading.end):
        return None
    day = heading.value[:10]
    return day if _FULL_DATE.fullmatch(day) else None


def _day_said_before(sayings: Sequence[Time], published: str | None) -> str | None:
    """ "The health ministry said on Wednesday that the toll stood at 44", in Thursday's
    report: a count said on an earlier day than the report's is that day's count, which the
    report's own counts may have outgrown; else the count is as of the report."""
    days = {t.value[:10] for t in sayings if _FULL_DATE.match(t.value)}
    if published is None or len(days) != 1:
        return published
    day = days.pop()
    return day if day < published else published


def _dates_the_saying(text: str, time: Time, sources: list[Source]) -> bool:
    """ "said on Wednesday", "told reporters on Thursday": a time right after a reporting verb."""
    first = bisect_left(sources, time.start - _SAYING_GAP, key=lambda s: s.cue.end)
    for source in sources[first:]:
        if source.cue.end > time.start:
            return False
        if _SAYING.fullmatch(text[source.cue.end : time.start]):
            return True
    return False


def _names_an_event(text: str, time: Time) -> bool:
    """ "the toll from Monday's collapse", "died in last week's floods", "killed in the
    violence of June 14 and 15": a time that owns an event, or that an event is told "of",
    names the event's day, not the day a count is given for (a toll is a count as of its
    report)."""
    if _DAY_OF_EVENT.match(text, time.end) is not None:
        return True
    return _EVENT_OF_DAY.search(text, max(0, time.start - _EVENT_WINDOW), time.start) is not None


def _opens_a_window(text: str, time: Time) -> bool:
    """ "detained about 200 people since Tuesday": a count since a day is a count as of the
    report, not of that day."""
    return bool(_SINCE.search(text, max(0, time.start - _SINCE_GAP), time.start))


def _event_date_function() -> Callable[[Analysis, int, int], object] | None:
    """`factline.times.event_date`, which the times stage provides (absent in older trees)."""
    function = getattr(importlib.import_module("factline.times"), "event_date", None)
    return function if callable(function) else None
