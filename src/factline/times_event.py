"""Event dates: the date an event gets from the time expressions around its trigger.

Other stages (events, figures) call `event_date` once the times are found.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from factline.record import Analysis, Time
from factline.times_relative import amount_in, unit_in

# How far back (characters) the narrative time stays in force for an event without a date.
NARRATIVE_REACH = 2000

# Each pattern that opens on white space refuses to start inside a run of it, so that a scan
# stays linear on a megabyte of spaces.
_OFFSET_SIGNAL = re.compile(r"(?<!\s)\s+(after|before)\b", re.IGNORECASE)
_DAY_VALUE = re.compile(r"(\d{4}|XXXX)-\d\d-\d\d")
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_SINCE_REACH = 12  # characters before a time where its "since" may stand


def event_date(analysis: Analysis, start: int, end: int) -> tuple[str | None, str | None]:
    """The date of an event whose trigger is text[start:end], and the id of the time it came from.

    The date of a time in the same sentence (the nearest), else the narrative time in force
    (the last day the text named before the trigger, within `NARRATIVE_REACH` characters), else
    (None, None). "protests began a day after the government lifted a cap": the lifting is dated
    one day before the clause's date, and the time returned is "a day".
    """
    sentence = analysis.sentences[analysis.sentence_of(start)] if analysis.sentences else None
    low, high = (sentence.start, sentence.end) if sentence else (0, len(analysis.text))
    local = list(analysis.times[_first_from(analysis, low) : _first_from(analysis, high)])
    dated = [t for t in local if t.type in ("DATE", "TIME") and t.value[:1] in "0123456789X"]
    base = _nearest([t for t in dated if not _opens_a_span(analysis, t)], start, end)
    base = base or _nearest(dated, start, end)
    offset = _offset_before(analysis, local, start)
    if offset is not None:
        anchor = _nearest(
            [t for t in dated if t.end <= offset[0].start], offset[0].start, offset[0].start
        )
        anchor = anchor or _narrative_day(analysis, offset[0].start)
        shifted = _shift_value(anchor.value if anchor else None, offset[1])
        if shifted is not None:
            return shifted, offset[0].id
    if base is not None:
        return base.value.split("T")[0], base.id
    narrative = _narrative_day(analysis, start)
    if narrative is not None:
        return narrative.value[:10], narrative.id
    return None, None


def _first_from(analysis: Analysis, offset: int) -> int:
    """The index of the first time (in text order) that starts at or after `offset`."""
    return bisect.bisect_left(analysis.times, offset, key=lambda time: time.start)


def _nearest(times: list[Time], start: int, end: int) -> Time | None:
    def distance(time: Time) -> int:
        return start - time.end if time.end <= start else time.start - end

    return min(times, key=distance, default=None)


def _opens_a_span(analysis: Analysis, time: Time) -> bool:
    """A time after "since" opens the span an event fell in, not the event's day: those "killed
    in the unrest that has swept the country since the start of the year" died on no day that
    it names, so another time of the sentence ("said on Friday") dates them better."""
    return _SINCE.search(analysis.text, max(0, time.start - _SINCE_REACH), time.start) is not None


def _offset_before(analysis: Analysis, local: list[Time], start: int) -> tuple[Time, int] | None:
    """A duration right before "after"/"before" that precedes the trigger ("a day after …"),
    with the signed number of days the trigger's event lies from the clause's date. A phrase
    closed by a comma before the trigger dates the clause after it from the event it names,
    not that event from the clause: it shifts nothing."""
    for time in reversed(local):
        if time.type != "DURATION" or time.end > start:
            continue
        signal = _OFFSET_SIGNAL.match(analysis.text, time.end)
        if signal is None:
            continue
        if "," in analysis.text[signal.end() : start]:
            return None  # "Three days after the assault, the toll stood at 18": a fronted phrase
        found, amount = amount_in(time.text)
        unit = unit_in(time.text)
        if not found or amount is None or unit not in ("D", "W"):
            return None
        days = int(amount) * (7 if unit == "W" else 1)
        return time, -days if signal.group(1).lower() == "after" else days
    return None


def _shift_value(value: str | None, days: int) -> str | None:
    if value is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", value[:10]):
        return None
    return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat()


def _narrative_day(analysis: Analysis, start: int) -> Time | None:
    """The last time of day precision before `start`, if near enough to be still in force."""
    for time in reversed(analysis.times[: _first_from(analysis, start)]):
        if time.end <= start and start - time.end <= NARRATIVE_REACH:
            if _DAY_VALUE.match(time.value):
                return time
        elif time.end <= start:
            return None
    return None
