"""PLOVER's coding conventions for events that are promised, refused or demanded.

PLOVER codes what was *done* in a sentence. A promise to cooperate is itself an act, coded AGREE
("Portugal will support Turkey"); an announced act of force is a THREATEN ("will extend the
curfew"); a refusal to cooperate is a REJECT ("will not meet the hostage-takers"); a statement
that someone must act, or a wish that they act, is a REQUEST ("China must drop barriers", "wants
Iran to release the sailors"). The PLOVER manual's definitions of AGREE, THREATEN, REJECT and
REQUEST state these reductions. An attack that forces are getting ready for is a MOBILIZE,
military moves short of force ("the army prepared to resume shelling"; CAMEO 15, exhibit force
posture).
"""

from __future__ import annotations

from dataclasses import dataclass

from factline.events_status import Cue, status_of
from factline.record import EventStatus

COOPERATIVE = frozenset({"SUPPORT", "COOPERATE", "AID", "CONSULT", "CONCEDE", "RETREAT"})
REFUSABLE = COOPERATIVE | {"AGREE"}
# Cooperation that, offered on a condition, is still an offer (a conditional withdrawal or
# concession is an ultimatum: "will withdraw its force unless …").
OFFERED = frozenset({"SUPPORT", "COOPERATE", "AID", "CONSULT"})
# The mode of a THREATEN: what the threat announces, by the type of the announced act.
THREAT_MODES = {"COERCE": "restrict", "ASSAULT": "violence", "SANCTION": "relations"}
THREAT_MODE_BY_COERCE_MODE = {"arrest": "arrest", "deport": "expel"}


@dataclass(frozen=True)
class Coding:
    type: str
    mode: str | None
    status: EventStatus


def apply_conventions(
    event_type: str, mode: str | None, cue: Cue | None, conditional: bool = False
) -> Coding:
    """The PLOVER coding of an event of `event_type`/`mode` whose factuality cue is `cue`.

    `conditional`: an "unless" or "if" follows the trigger; an act announced or mooted on a
    condition is an ultimatum ("will withdraw its force unless …"), coded THREATEN, except that
    cooperation offered on a condition ("would meet the envoy if the talks were held in Geneva")
    is an offer, which PLOVER codes AGREE.
    """
    if cue == "preparing" and event_type == "ASSAULT":
        return Coding("MOBILIZE", "troops", "occurred")
    if cue == "preparing":
        cue = "planned"
    if conditional and cue in ("planned", "uncertain"):
        if event_type in OFFERED:
            return Coding("AGREE", None, "occurred")
        return Coding("THREATEN", _threat_mode(event_type, mode), "occurred")
    if cue in ("obliged", "wanted"):
        return Coding("REQUEST", "change", "occurred")
    if cue == "planned" and event_type in COOPERATIVE:
        return Coding("AGREE", None, "occurred")
    if cue == "planned" and _is_threat(event_type, mode):
        return Coding("THREATEN", _threat_mode(event_type, mode), "occurred")
    if cue == "denied" and event_type in REFUSABLE:
        return Coding("REJECT", None, "occurred")
    return Coding(event_type, mode, status_of(cue))


def _is_threat(event_type: str, mode: str | None) -> bool:
    return event_type in THREAT_MODES or (event_type, mode) == ("PROTEST", "boycott")


def _threat_mode(event_type: str, mode: str | None) -> str | None:
    if event_type == "COERCE" and mode in THREAT_MODE_BY_COERCE_MODE:
        return THREAT_MODE_BY_COERCE_MODE[mode]
    if event_type == "PROTEST":
        return "relations"
    return THREAT_MODES.get(event_type)
