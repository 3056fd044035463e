"""The ACLED export: coded events as rows in ACLED's columns.

PLOVER type and mode map to an ACLED event type and sub-event type through the documented table
`resources/events/plover_to_acled.tsv`. Where the table allows several sub-event types (a protest
met with intervention, a clash that is an attack on civilians), the sentence classifier of
`events_classifier` chooses among them from the event's passage. Only events that occurred are
exported, and only PLOVER types that ACLED codes (violence, demonstrations, strategic
developments); verbal events such as requests and accusations have no ACLED row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TypeVar

from factline.events_classifier import passage_scores
from factline.record import Actor, Analysis, Event, Place

COLUMNS = (
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "fatalities",
    "notes",
    "source",
)
ANY_MODE = "*"
VIOLENT = "violent"
VIOLENT_EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Riots",
)
VIOLENT_EXTRAS = (
    "Protest with intervention",
    "Excessive force against protesters",
    "Looting/property destruction",
)
DISORDER = "disorder"
# The wider choice leaves out the sub-event types that need their weapon named (an air strike, a
# grenade, sexual violence): those come from the trigger's mode, never from the passage alone.
DISORDER_SUB_EVENT_TYPES = (
    "Armed clash",
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
    "Violent demonstration",
    "Mob violence",
    "Attack",
    "Arrests",
    "Looting/property destruction",
    "Disrupted weapons use",
)
# Sub-event types that cannot hold a death toll: an event with fatalities is never one of them.
PEACEFUL = ("Peaceful protest", "Arrests", "Disrupted weapons use", "Agreement", "Other")
# How much more the classifier must score a sub-event type outside the PLOVER type's candidates
# than the best candidate before it may choose it (perceptron score units; tuned on the held-out
# fifth of the development notes, train/events_data.py).
WIDER_MARGIN = 10.0
# The classifier reads the event's sentence and the ones after it, as an ACLED note would tell it.
PASSAGE_SENTENCES = 3
# ACLED's inter codes by the actor stage's role (ACLED codebook, acled_interaction_codes.csv).
INTER_BY_ROLE = {
    "government": "1",
    "security": "1",
    "military": "1",
    "rebels": "2",
    "opposition": "3",
    "protesters": "6",
    "civilians": "7",
    "media": "7",
    "international": "8",
    "other": "8",
}
STATE_FORCES, POLITICAL_MILITIA, RIOTERS, PROTESTERS, CIVILIANS = "1", "3", "5", "6", "7"
EXTERNAL_FORCES = "8"
# Violence whose doers a report leaves unnamed is ACLED's "Unidentified Armed Group (Country)",
# and so is one by armed men of no named side (the actor stage's group for "gunmen",
# "assailants", "attackers").
UNNAMED_ARMED_MEN = frozenset({"attackers"})
UNNAMED_DOER_TYPES = frozenset(
    {"Violence against civilians", "Battles", "Explosions/Remote violence"}
)
# Protests whose second actor ACLED names: the forces that intervened or used force on them. A
# peaceful protest's target (the government it protested against) is no actor of the event.
ENGAGED_PROTESTS = frozenset({"Protest with intervention", "Excessive force against protesters"})
T = TypeVar("T")


@dataclass(frozen=True)
class AcledType:
    """A row of the mapping table: the default ACLED types and what the classifier may choose."""

    event_type: str
    sub_event_type: str
    candidates: tuple[str, ...]
    wider: tuple[str, ...]


def _resource_rows(name: str) -> list[list[str]]:
    text = resources.files("factline").joinpath(f"resources/events/{name}").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return rows[1:] if rows and rows[0][0].islower() else rows


@cache
def event_type_of_subtype() -> dict[str, str]:
    """ACLED sub-event type -> its event type."""
    return {
        sub_event_type: event_type
        for event_type, sub_event_type in _resource_rows("acled_categories.tsv")
    }


@cache
def plover_to_acled() -> dict[tuple[str, str], AcledType]:
    """The mapping table: (PLOVER type, mode or "*") -> ACLED types."""
    families = {
        VIOLENT: _sub_event_types(VIOLENT_EVENT_TYPES) + VIOLENT_EXTRAS,
        DISORDER: DISORDER_SUB_EVENT_TYPES,
        "": (),
    }
    table: dict[tuple[str, str], AcledType] = {}
    for plover_type, mode, event_type, sub_event_type, candidates, wider in _resource_rows(
        "plover_to_acled.tsv"
    ):
        options = families.get(candidates) or tuple(candidates.split("|"))
        table[plover_type, mode] = AcledType(event_type, sub_event_type, options, families[wider])
    return table


def _sub_event_types(event_types: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sub for sub, kind in event_type_of_subtype().items() if kind in event_types)


@cache
def country_names() -> dict[str, str]:
    """ISO 3166 alpha-2 code -> country name."""
    return dict((code, name) for code, name in _resource_rows("countries.tsv"))


def acled_type(event: Event, passage: str = "") -> tuple[str, str] | None:
    """ACLED (event type, sub-event type) of an event, or None if ACLED does not code it."""
    table = plover_to_acled()
    mapped = table.get((event.type, event.mode or ANY_MODE)) or table.get((event.type, ANY_MODE))
    if mapped is None:
        return None
    by_label = passage_scores(passage) if passage else None
    sub_event_type = mapped.sub_event_type
    if by_label is not None:
        if event.fatalities:
            by_label = {label: s for label, s in by_label.items() if label not in PEACEFUL}
        sub_event_type = _choose(mapped, by_label)
    return event_type_of_subtype().get(sub_event_type, mapped.event_type), sub_event_type


def _choose(mapped: AcledType, by_label: dict[str, float]) -> str:
    """The classifier's choice among the candidates, or beyond them by a clear margin."""

    def score(label: str) -> float:
        return by_label.get(label, float("-inf"))

    best = max(mapped.candidates, key=score)
    if mapped.wider:
        wider = max(mapped.wider, key=score)
        if score(wider) > score(best) + WIDER_MARGIN:
            return wider
    return best


def acled_rows(analysis: Analysis) -> Iterator[dict[str, str]]:
    """One ACLED row per sentence that tells an event ACLED codes, in text order.

    ACLED records one event where a report tells one: a sentence's attack, the protest it broke
    up and its toll are one row, typed by the sentence's first event that ACLED codes, with the
    largest toll and the first actors and place that its events name. Only events that occurred
    count.
    """
    for sentence_events in _by_sentence(analysis.events):
        passage = _passage(analysis, sentence_events[0].sentence)
        coded = [
            (event, mapped)
            for event in sentence_events
            if event.status == "occurred" and (mapped := acled_type(event, passage)) is not None
        ]
        if coded:
            yield _row(analysis, [event for event, _ in coded], coded[0][1], passage)


def _by_sentence(events: tuple[Event, ...]) -> Iterator[list[Event]]:
    group: list[Event] = []
    for event in events:
        if group and event.sentence != group[0].sentence:
            yield group
            group = []
        group.append(event)
    if group:
        yield group


def _passage(analysis: Analysis, sentence: int) -> str:
    chosen = analysis.sentences[sentence : sentence + PASSAGE_SENTENCES]
    if not chosen:
        return analysis.text
    return analysis.text[chosen[0].start : chosen[-1].end]


def _row(
    analysis: Analysis, events: list[Event], mapped: tuple[str, str], passage: str
) -> dict[str, str]:
    event_type, sub_event_type = mapped
    first = events[0]
    place = _item(analysis, _first_id(e.place for e in events), Place)
    source_id = first.source or _first_id(e.source for e in events)
    target_id = first.target or _first_id(e.target for e in events if e.target != source_id)
    source = _item(analysis, source_id, Actor)
    target = _item(analysis, target_id if target_id != source_id else None, Actor)
    code = place.country if place else _document_country(analysis)
    country = country_names().get(code or "", code or "")
    where = Where(code, country)
    actor1, inter1 = _actor_column(source, event_type, where)
    actor2, inter2 = _second_actor(target, event_type, sub_event_type, where)
    sentence = analysis.sentences[first.sentence] if analysis.sentences else None
    return {
        "event_date": _full_date(first.date or _first_id(e.date for e in events)),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actor1,
        "inter1": inter1,
        "actor2": actor2,
        "inter2": inter2,
        "country": country,
        "admin1": (place.admin1 or "") if place else "",
        "location": _location(analysis, place) if place else "",
        "latitude": _coordinate(place.lat if place else None),
        "longitude": _coordinate(place.lon if place else None),
        "fatalities": str(max(e.fatalities or 0 for e in events)),
        "notes": analysis.text[sentence.start : sentence.end] if sentence else passage,
        "source": analysis.document.source or "",
    }


def _location(analysis: Analysis, place: Place) -> str:
    """ACLED's location is a town: a place the gazetteer lacks (a street, a church) stands
    approximately at a town the report names, so the row names that town, not the street."""
    if place.geonames_id is not None or place.lat is None:
        return place.name
    town = next(
        (
            other
            for other in analysis.places
            if other.geonames_id is not None and (other.lat, other.lon) == (place.lat, place.lon)
        ),
        None,
    )
    return town.name if town else place.name


def _document_country(analysis: Analysis) -> str | None:
    """The country most of the report's places lie in: where an event with no place happened."""
    codes = Counter(place.country for place in analysis.places if place.country)
    return codes.most_common(1)[0][0] if codes else None


def _first_id(values: Iterable[str | None]) -> str | None:
    return next((value for value in values if value), None)


def _item(analysis: Analysis, item_id: str | None, kind: type[T]) -> T | None:
    found = analysis.find(item_id) if item_id else None
    return found if isinstance(found, kind) else None


@dataclass(frozen=True)
class Where:
    """The country an event happened in: its ISO code (as the actors carry it) and its name."""

    code: str | None
    name: str

    def suffix(self) -> str:
        return f" ({self.name})" if self.name else ""


def _actor_column(actor: Actor | None, event_type: str, where: Where) -> tuple[str, str]:
    """actor1: the source actor, or ACLED's generic actor where the report names none: the
    protesters or rioters of a crowd, the "Unidentified Armed Group" of violence whose doers
    go unnamed. ACLED codes a protest or a riot by its crowd ("Protesters (Pakistan)"), the
    union or party that led it being only an associated actor; so an organizer that is no
    crowd itself gives way to it."""
    if actor is not None and not _unnamed_armed_men(actor):
        inter = _inter(actor, event_type, where)
        if event_type not in ("Protests", "Riots") or inter in (PROTESTERS, RIOTERS):
            return actor.name, inter
    if event_type == "Protests":
        return f"Protesters{where.suffix()}", PROTESTERS
    if event_type == "Riots":
        return f"Rioters{where.suffix()}", RIOTERS
    if event_type in UNNAMED_DOER_TYPES and (actor is None or _unnamed_armed_men(actor)):
        return f"Unidentified Armed Group{where.suffix()}", POLITICAL_MILITIA
    return "", ""


def _unnamed_armed_men(actor: Actor) -> bool:
    """Whether the actor is armed men of no named side ("gunmen", "unknown assailants")."""
    return actor.name in UNNAMED_ARMED_MEN and actor.country is None


def _second_actor(
    actor: Actor | None, event_type: str, sub_event_type: str, where: Where
) -> tuple[str, str]:
    """actor2, as ACLED codes it: none for a protest that no force met, the civilians of the
    country for violence against civilians where the report names no civilian target, else
    the target actor."""
    if event_type == "Protests" and sub_event_type not in ENGAGED_PROTESTS:
        return "", ""
    inter = _inter(actor, event_type, where) if actor is not None else ""
    if event_type == "Violence against civilians" and inter != CIVILIANS:
        return f"Civilians{where.suffix()}", CIVILIANS
    return (actor.name, inter) if actor is not None else ("", "")


def _inter(actor: Actor, event_type: str, where: Where) -> str:
    """The actor's ACLED type by its role; a state's forces acting in another country are
    external forces ("Russian forces shelled Kharkiv": 8, not 1)."""
    inter = INTER_BY_ROLE.get(actor.role or "other", "8")
    if inter == PROTESTERS and event_type == "Riots":
        return RIOTERS
    if actor.kind == "country" and inter == "8":
        inter = STATE_FORCES
    abroad = actor.country is not None and where.code is not None and actor.country != where.code
    return EXTERNAL_FORCES if inter == STATE_FORCES and abroad else inter


def _full_date(value: str | None) -> str:
    """ACLED dates are whole days; a partial or unknown date ("XXXX-01-05") stays empty."""
    if value is not None and len(value) == 10 and value[:4].isdigit():
        return value
    return ""


def _coordinate(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"
