"""Figures over time in a story: for each measure and subject, the claims of every report in the
order they were published, the figure to quote now and why, and the reports that disagree.

The "current figure" follows the practice of casualty-recording groups (e.g. ACLED's and
Airwars' notes on sourcing): the latest figure from an official source (a ministry, prosecutors,
police, state media) is the one quoted, and independent estimates (rights groups, medics,
monitors, witnesses) stand beside it rather than being averaged into it. Without an official
figure, the latest reported figure is current, and the reason says so.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from factline.conflicts import ClaimInContext, claims_in_context, compare
from factline.record import Actor, Analysis, Claim, Conflict

_OFFICIAL_ROLES = frozenset({"government", "security", "military"})
# Words that make a source official: state bodies and their spokespeople, and state media.
_OFFICIAL_SOURCE = re.compile(
    r"\b(?:ministry|ministers?|government|prosecutors?|president|presidential|officials?"
    r"|authorities|police|interior|committee|akimat|mayor|spokes(?:man|woman|person)"
    r"|army|military|national\ guard|health\ department|state\ (?:television|tv|media|news))\b",
    re.IGNORECASE,
)
_UNUSABLE_STANCES = frozenset({"denied", "claimed"})
_YEAR_FIRST = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
BACKGROUND_DAYS = 30


@dataclass(frozen=True)
class FigurePoint:
    """One claim of a story, with the report that made it."""

    claim: Claim
    document: str
    outlet: str | None
    published: str | None
    official: bool

    @property
    def said_by(self) -> str | None:
        return self.claim.said_by.text if self.claim.said_by else None

    @property
    def when(self) -> tuple[str, str]:
        """The order of publication: the report's date, then the date the claim is about."""
        return (self.published or "", self.claim.date or "")


@dataclass(frozen=True)
class Series:
    """The figures of one measure of one subject, in publication order, and which is current."""

    measure: str
    subject: str
    points: tuple[FigurePoint, ...]
    current: FigurePoint | None
    reason: str
    estimates: tuple[FigurePoint, ...]


def is_official(analysis: Analysis, claim: Claim) -> bool:
    """Whether the claim's source is a state body: by the actor's role, else by its words."""
    if claim.said_by is None:
        return False
    actor = analysis.find(claim.said_by.actor) if claim.said_by.actor else None
    if isinstance(actor, Actor) and actor.role is not None:
        return actor.role in _OFFICIAL_ROLES
    return _OFFICIAL_SOURCE.search(claim.said_by.text) is not None


def figure_points(analyses: Iterable[Analysis], measure: str | None = None) -> list[FigurePoint]:
    points = [
        FigurePoint(
            claim,
            analysis.document.id,
            analysis.document.source,
            analysis.document.published,
            is_official(analysis, claim),
        )
        for analysis in analyses
        for claim in analysis.claims
        if (measure is None or claim.measure == measure)
        and not is_background(claim, analysis.document.published)
    ]
    return sorted(points, key=lambda point: point.when)


def is_background(claim: Claim, published: str | None) -> bool:
    """Whether a claim is about a time long before its report ("in December 2011 ... at least 14
    people were killed"): history, not a figure of the story as it unfolds."""
    ended = _period_end(claim.date) if claim.date else None
    if ended is None or published is None:
        return False
    try:
        return (date.fromisoformat(published) - ended).days > BACKGROUND_DAYS
    except ValueError:
        return False


def _period_end(value: str) -> date | None:
    """The last day of a date of year, month or day precision (`2011-12` → 2011-12-31)."""
    if _YEAR_FIRST.fullmatch(value) is None:
        return None
    parts = [int(part) for part in value.split("-")]
    try:
        if len(parts) == 1:
            return date(parts[0], 12, 31)
        if len(parts) == 2:
            return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def series(analyses: Iterable[Analysis], measure: str | None = None) -> list[Series]:
    """Every measure and subject of a story, each with its figures over time."""
    grouped: dict[tuple[str, str], list[FigurePoint]] = {}
    for point in figure_points(analyses, measure):
        grouped.setdefault((point.claim.measure, point.claim.subject), []).append(point)
    return [
        _series(measure_name, subject, points)
        for (measure_name, subject), points in sorted(grouped.items())
    ]


def _series(measure: str, subject: str, points: list[FigurePoint]) -> Series:
    usable = [p for p in points if p.claim.stance not in _UNUSABLE_STANCES]
    official = [p for p in usable if p.official]
    if official:
        current = official[-1]
        reason = f"latest official figure ({current.said_by}, published {current.published})"
        estimates = _latest_by_source(p for p in usable if not p.official and p.said_by)
    elif usable:
        current = usable[-1]
        who = current.said_by or "no source named"
        reason = (
            f"no official figure; latest reported figure ({who}, published {current.published})"
        )
        estimates = _latest_by_source(p for p in usable if p is not current and p.said_by)
    else:
        current, reason, estimates = None, "every figure is denied or only claimed", ()
    return Series(measure, subject, tuple(points), current, reason, estimates)


def _latest_by_source(points: Iterable[FigurePoint]) -> tuple[FigurePoint, ...]:
    latest: dict[str, FigurePoint] = {}
    for point in points:
        latest[(point.said_by or "").lower()] = point
    return tuple(sorted(latest.values(), key=lambda point: point.when))


def story_conflicts(analyses: Sequence[Analysis]) -> tuple[Conflict, ...]:
    """Figures from different reports of a story that cannot all be true.

    The figures stage's `conflicts.compare` judges each pair. Pairs are drawn so that the work
    stays near linear in a story of thousands of reports: claims are blocked by measure and day
    (the claim's date, else its report's), the same figure carried by many reports is compared
    once (its first report stands for the rest), and each day is compared with itself and with
    the day reported before it (a toll that falls from one day to the next). An item is
    `DOCUMENT/CLAIM`, the document as its full id.
    """
    blocks: dict[tuple[str, str], dict[tuple[object, ...], ClaimInContext]] = {}
    for analysis in analyses:
        for item in claims_in_context(analysis):
            block = blocks.setdefault((item.claim.measure, item.date or ""), {})
            block.setdefault(_figure_key(item), item)
    found = []
    for first, second in _pairs_to_compare(blocks):
        conflict = compare(first, second)
        if conflict is None or first.document == second.document:
            continue  # agreeing figures, or a report's own conflict (found when analyzed)
        items = (f"{first.document}/{first.claim.id}", f"{second.document}/{second.claim.id}")
        found.append((conflict.kind, items, conflict.explanation))
    return tuple(
        Conflict(id=f"s{n}", kind=kind, items=items, explanation=why)
        for n, (kind, items, why) in enumerate(found, start=1)
    )


def _figure_key(item: ClaimInContext) -> tuple[object, ...]:
    """What makes two claims the same figure: subject, range, stance, place and source."""
    claim = item.claim
    source = claim.said_by.text.lower() if claim.said_by else None
    place = item.place.name if item.place else None
    return (claim.subject, claim.low, claim.high, claim.stance, place, source)


def _pairs_to_compare(
    blocks: dict[tuple[str, str], dict[tuple[object, ...], ClaimInContext]],
) -> Iterator[tuple[ClaimInContext, ClaimInContext]]:
    """Pairs within each (measure, day) block, and between each day and the day before it."""
    previous: tuple[str, list[ClaimInContext]] = ("", [])
    for measure, day in sorted(blocks):
        current = list(blocks[(measure, day)].values())
        yield from itertools.combinations(current, 2)
        if not day:
            continue  # undated figures (no claim date, no publication date) are compared alone
        if previous[0] == measure:
            yield from itertools.product(previous[1], current)
        previous = (measure, current)
