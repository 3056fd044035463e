"""The grammar of time expressions: the lexicon, and one big compiled pattern built from it.

The time stage finds candidates with a single regular expression (an alternation of named
kinds: `day_month`, `weekday`, `duration`, …) so that the text is scanned once, whatever the
number of forms. Each kind's words come from `resources/times/lexicon.json`. The pattern has no
nested unbounded quantifiers, so a megabyte line is scanned in linear time.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Lexicon:
    """The words of time expressions and the TIMEX3 codes they stand for."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    vague_numbers: frozenset[str]
    ordinals: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    decade_words: dict[str, int]
    references: dict[str, str]
    indexical_adjectives: dict[str, str]
    sets: dict[str, str]
    holidays: dict[str, str]
    movable_holidays: dict[str, str]
    time_zones: tuple[str, ...]
    future_markers: tuple[str, ...]
    past_markers: tuple[str, ...]
    reporting_verbs: tuple[str, ...]
    prefix_words: frozenset[str]
    era_nouns: frozenset[str]
    extra_triggers: frozenset[str]
    guarded_triggers: dict[str, list[str]]


@cache
def lexicon() -> Lexicon:
    """The lexicon, read once from the package data."""
    path = resources.files("factline") / "resources" / "times" / "lexicon.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return Lexicon(
        months=data["months"],
        weekdays=data["weekdays"],
        numbers=data["numbers"],
        vague_numbers=frozenset(data["vague_numbers"]),
        ordinals=data["ordinals"],
        units=data["units"],
        seasons=data["seasons"],
        parts_of_day=data["parts_of_day"],
        decade_words=data["decade_words"],
        references=data["references"],
        indexical_adjectives=data["indexical_adjectives"],
        sets=data["sets"],
        holidays=data["holidays"],
        movable_holidays=data["movable_holidays"],
        time_zones=tuple(data["time_zones"]),
        future_markers=tuple(data["future_markers"]),
        past_markers=tuple(data["past_markers"]),
        reporting_verbs=tuple(data["reporting_verbs"]),
        prefix_words=frozenset(data["prefix_words"]),
        era_nouns=frozenset(data["era_nouns"]),
        extra_triggers=frozenset(data["extra_triggers"]),
        guarded_triggers=data["guarded_triggers"],
    )


def alternation(words: Any) -> str:
    """A regex alternation of `words`, longest first, spaces matching any white space."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


def is_abbreviation(month: str) -> bool:
    """Whether a month word is a short form of another ("Sept" of "September")."""
    return any(other != month and other.startswith(month) for other in lexicon().months)


_UNIT_WORDS = r"years?|days?|months?|weeks?|hours?|people|troops|dollars"


def _pieces(lex: Lexicon) -> dict[str, str]:
    """The named building blocks of the pattern, as regex source."""
    simple_numbers = [word for word in lex.numbers if " " in word or word.isalpha()]
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    units = "one|two|three|four|five|six|seven|eight|nine"
    return {
        "MONTH": (
            rf"(?:(?:{alternation(w for w in lex.months if not is_abbreviation(w))})\b"
            rf"|(?:{alternation(w for w in lex.months if is_abbreviation(w))})(?:\.|\b))"
        ),
        "WEEKDAY": rf"(?:{alternation(lex.weekdays)})\b",
        # "this coming Sunday, March 8": the weekday's own modifier opens the whole date
        "WEEKDAYPRE": r"(?:this\s+(?:past|coming)|last|next|this|coming|past)",
        "DAYNUM": r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:,.]\d)\b",
        # A day written as an ordinal word after its month, "March eighth", where the phrase
        # ends there: not "in March first lady ...", "May second-quarter sales"
        "DAYWORD": (
            rf"(?:{alternation(w for w in lex.ordinals if w.isalpha() or '-' in w)})\b"
            r"(?=\s*[,.;:!?)'\"]|\s*$|\s+(?:and|or|at|in|on|to|through|until|when|of)\b)"
        ),
        "BCYEAR": r"(?:\d{1,4}\s*(?:BCE|BC|B\.C\.?)(?!\w))",
        "YEAR": (
            r"(?:(?:1[0-9]|20)[0-9]{2}(?!\d|[:,.]\d|[a-z]|\s*(?:GMT|UTC)\b)"
            rf"|nineteen[-\s]+(?:{tens}|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)"
            rf"(?:[-\s]+(?:{units}))?\b"
            rf"|two\s+thousand(?:\s+and)?(?:\s+(?:{units}|ten))?\b(?!\s+(?:{_UNIT_WORDS})))"
        ),
        "NUM": (
            rf"(?:\d{{1,3}}(?:\.\d{{1,2}})?(?:\s+1/2)?|(?:{tens})(?:[-\s](?:{units}))?\b"
            rf"|(?:{alternation(lex.vague_numbers)}|{alternation(simple_numbers)})\b)"
        ),
        "ORD": rf"(?:{alternation(lex.ordinals)})",
        "UNIT": r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?"
        r"|quarters?|years?|decades?|centur(?:y|ies)|millenni(?:um|a))\b",
        # "two and a half years", "three-and-a-half months"
        "HALF": r"(?:[-\s]and[-\s](?:a[-\s])?half)",
        # A vague span given as two units, "weeks or months": TimeML tags it whole.
        "PLURALUNIT": r"(?:hours|days|weeks|months|years|decades)\b",
        "SEASON": rf"(?:{alternation(lex.seasons)})\b",
        "PART": rf"(?:{alternation(lex.parts_of_day)})\b",
        # Plural, a day or part of day that recurs: "on Sundays", "Tuesday nights"
        "WEEKDAYS": rf"(?:{alternation(w for w in lex.weekdays if w.endswith('day'))})s\b",
        "PARTS": r"(?:mornings|afternoons|evenings|nights)\b",
        # (US zones written in two capitals, "5 p.m. ET", only so: "et" is a word)
        "TZ": rf"(?:{alternation(lex.time_zones)}|(?-i:[ECMP]T)|local\s+time)\b",
        "HOLIDAY": rf"(?:{alternation([*lex.holidays, *lex.movable_holidays])})(?!\w)",
        "REFERENCE": rf"(?:{alternation(lex.references)})\b",
        "INDEXICAL": rf"(?:{alternation(lex.indexical_adjectives)})\b",
        "SETWORD": rf"(?:{alternation(lex.sets)})\b",
        "DECADEWORD": rf"(?:{alternation(lex.decade_words)})\b",
        "MOD": (
            r"(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid|earlier|later)(?:-|\s+)"
            r"|(?:the\s+)?(?:end|beginning|start|middle|close|turn"
            r"|(?:first|second|last)\s+half)\s+of\s+(?:the\s+)?)"
        ),
        # A week of a named month, "the first week of April": TimeML tags the whole phrase
        "WEEKOF": r"(?:(?:the\s+)?(?:first|second|third|fourth|last|final)\s+week\s+of\s+)",
        # An approximate point, "around 7:15 p.m.", "about Nov. 1": TimeML keeps the hedge in
        # the extent (its `mod="APPROX"`), as the TempEval-3 training data mostly does.
        "APPROX": r"(?:(?:about|around|approximately|roughly)\s+)",
        "QUAL": (
            r"(?:(?:about|around|almost|nearly|roughly|some|approximately|under"
            r"|(?:no\s+|not\s+)?(?:more|less|fewer)\s+than|at\s+least|at\s+most|up\s+to"
            r"|the\s+better\s+part\s+of)\s+"
            # "over an hour": more than one unit ("over three years" is mostly "during")
            r"|over\s+(?=an?\s))"
        ),
        # (an earnings report's "the year-earlier nine months" is one period)
        "DURPRE": (
            r"(?:(?:the\s+)?(?:past|last|next|first|coming|previous|following|final|latest"
            r"|remaining|entire|whole|full|initial|same|other|year-ago|year-earlier)\s+"
            r"|the\s+)"
        ),
    }


_GRAMMAR = r"""
(?<![\w$£€'’./])
(?:
  (?P<clock>
    APPROX?(?:\d{1,2}(?::[0-5]\d)?\s*(?:a\.m\.?|p\.m\.?|am|pm)(?!\w)|\d{1,2}:[0-5]\d(?![\d:])
      |(?:1[0-2]|0?[1-9])[0-5]\d\s*(?:am|pm)(?!\w)
      |(?:1[0-2]|0?[1-9])(?::[0-5]\d|\s+o['’]clock)?\s+in\s+the\s+(?:morning|afternoon|evening)\b
      |(?:1[0-2]|0?[1-9])\s+o['’]clock\b
      |(?<!\()(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:TZ|hrs\b))
      |noon|midnight|midday)
    (?:\s+TZ)?
    (?:,?\s+(?:on\s+)?(?:(?:WEEKDAY,?\s+)?MONTH\s+DAYNUM(?:,?\s+YEAR)?
      |WEEKDAY|today|yesterday|tomorrow|tonight))?
  )
| (?P<iso>
    \d{4}-[01]\d-[0-3]\d(?:T[0-2]\d:[0-5]\d(?::[0-5]\d)?)?(?![\d-])
  | [01]?\d/[0-3]?\d/(?:\d{4}|\d\d)(?![\d/])
  )
| (?P<bc_year>
    BCYEAR
  | \d{1,4}(?=\s*(?:-|–|to|and)\s*\d{1,4}\s*(?:BCE|BC|B\.C\.?)(?!\w))
  )
| (?P<holiday> (?:(?:last|this|next)\s+)?HOLIDAY(?:,?\s+YEAR)? )
| (?P<day_month>
    APPROX?(?:(?:the\s+)?(?:night|morning|evening|afternoon|week)\s+of\s+)?
    (?:(?:WEEKDAYPRE\s+)?WEEKDAY,?\s+)?
    (?:DAYNUM\s+(?:of\s+)?MONTH|MONTH\s+(?:DAYNUM|DAYWORD)|(?:the\s+)?(?:ORD|DAYNUM)\s+of\s+MONTH)
    (?:,?\s+YEAR|\s+of\s+(?:YEAR|(?:that|the\s+same)\s+year\b))?
    (?:\s+PART)?
  )
| (?P<month_year>
    (?:MOD|WEEKOF)?MONTH,?\s+(?:of\s+)?(?:BCYEAR|YEAR|(?:last|this|next|that|the\s+same)\s+year\b)
  )
| (?P<part_of_day>
    (?:this|that|last|yesterday|tomorrow|the\s+same|the\s+following|the\s+next|the\s+previous
      |early\s+this|late\s+this|later\s+this|earlier\s+this|early|late)\s+PART
  | mid[-\s]?PART(?:\s+(?:yesterday|today|tomorrow)\b)?
  | tonight
  | (?<=\bat\s)night\b
  | night-time\b|night\b|daytime\b  # "night attacks": a history's alone (`read_part_of_day`)
  | (?<=\bin\s)the\s+(?:morning|afternoon|evening)\b
  )
| (?P<weekday>
    (?:(?:the\s+(?:previous|following|next)|this\s+(?:past|coming)|last|next|this|coming|past
      |previous|that)\s+)?
    (?:(?:early|late|earlier|later)\s+)?WEEKDAY(?!\s+PARTS)
    (?:\s+PART)?
  )
| (?P<offset>
    QUAL?(?:NUM|\d{1,4})HALF?(?:\s+|-)UNIT(?:\s+and\s+a\s+half)?(?:\s+or\s+so)?
    \s+(?:ago|earlier|later|from\s+now|hence|previously|before\s+that|after\s+that)\b
  | (?:decades|years|months|weeks|days)\s+ago\b
  )
| (?P<anaphor>
    (?:(?:later|earlier|early|late)\s+)?
    (?:the\s+(?:following|next|previous|preceding|same|prior|very\s+same)|that(?:\s+same)?
      |(?<=later\s)in\s+the|(?<=earlier\s)in\s+the)
    \s+(?:day|night|morning|afternoon|evening|week|weekend|month|year|SEASON|time)\b
    (?:\s+or\s+so\b)?
  | the\s+day\s+(?:before|after)(?!\s+(?:yesterday|tomorrow|the|a|an|his|her|its|their)\b)
  | the\s+day(?=\s+(?:before|after)\s+(?:the|a|an|his|her|its|their)\b)
  | (?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow
  | next\s+(?:day|morning)\b
  | APPROX?(?:the\s+)?year[-\s]end\b | year['’]s\s+end\b
  | the\s+(?:full\s+|fiscal\s+)?(?:year|week)\b
    (?!-|\s+(?:\d|(?:ago|earlier|later|before|after|or|and|of|two|nineteen)\b))
  )
| (?P<quarter>
    the\s+(?:same\s+|corresponding\s+|comparable\s+)?(?:period|quarter)\s+
      (?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier))\b
  | (?:(?:the|this|last|next|fiscal|calendar)\s+)?
      (?:(?:comparable\s+)?(?:year-ago|year-earlier)\s+)?(?:(?:fiscal|calendar)\s+)?ORD[-\s]quarter\b(?:\s+of\s+(?:(?:fiscal\s+)?YEAR|(?:last|this|next)\s+year\b))?
  | (?:the\s+)?YEAR\s+(?:fiscal\s+)?(?:ORD[-\s])?quarter\b
  | (?:this|last|next)\s+year['’]s\s+(?:ORD[-\s])?quarter\b
  | (?:the\s+)?comparable\s+(?:year-ago|year-earlier)\s+quarter\b
  | (?:the\s+)?(?:latest|year-ago|year-earlier)\s+period\b
  | the\s+YEAR\s+period\b
  | year-(?:ago|earlier)\b
  | (?:the\s+)?(?:latest|current|last|this|that|next|previous|year-earlier|year-ago
      |same)\s+quarter\b
  | the\s+quarter\b(?!-)
  | (?:the\s+)?(?:first|second|last|latter)\s+half\s+of\s+
    (?:YEAR|(?:this|last|next|the)\s+year\b(?!-))
  )
| (?P<relative>
    the\s+weekend\b
  | MOD(?:year|month|week)\b
  | MOD?(?:this\s+(?:past|coming)|last|next|this|past|coming|previous|current
      |the\s+(?:past|last|next|coming|current|previous|latest))
    \s+(?:(?:fiscal|calendar)\s+)?(?:week|weekend|month|year|decade|century)\b
    (?:\s+or\s+so\b)?(?!\s+of\s+MONTH|\s+and\s+a\s+half(?![\w-]))
  )
| (?P<decade>
    MOD?(?:the\s+)?(?:1[0-9]|20)[0-9]0['’]?s\b
  | MOD?(?:the\s+)?['’][0-9]0s\b
  | MOD?the\s+(?:nineteen[-\s])?DECADEWORD
  )
| (?P<century> MOD?(?:the\s+)?ORD[-\s]century\b )
| (?P<set>
    SETWORD
  | (?:every|each)\s+(?:other\s+)?(?:NUM\s+)?(?:UNIT|WEEKDAY|PART)
  | WEEKDAYS | WEEKDAY\s+PARTS
  | (?:every|each)\s+(?:MONTH|SEASON)(?!\s*\d)
  | (?:once|twice|NUM\s+times)\s+(?:a|per|each)\s+UNIT
  | per\s+(?:day|night|week|month|quarter|year)\b
  )
| (?P<duration>
    (?:QUAL(?=the\s))?DURPRE?QUAL?NUM(?:\s+(?:to|or)\s+NUM)?HALF?(?:\s+|-)
      (?:(?:more|additional|extra|full|whole|entire)\s+)?
      (?:(?:trading|business|working)\s+)?(?:(?<=-)UNIT-long\b|UNIT)(?:\s+and\s+a\s+half)?
    (?:\s+or\s+(?:so\b|two\b(?![\s-]+UNIT)))?(?!-)
  | (?:recent\s+)?PLURALUNIT\s+(?:or|and)\s+PLURALUNIT
  | (?:the\s+)?(?:past|last|next|coming|previous|following|first)\s+
      (?:hour|day|week|month|year|decade)\s+and\s+a\s+half(?![\w-])
  | recent\s+(?:years|months|weeks|days|quarters)\b
  | (?:the\s+)?(?:coming|next|past|last|previous|following)\s+
      (?:days|weeks|months|quarters|years|decades)\b
  | the\s+(?:days|weeks|months|years|decades)\s+ahead\b
  # (not "the early hours": the small hours of a night, "the early hours of Thursday")
  | the\s+(?:(?:first|initial)\s+hours|(?:first|initial|early)\s+(?:days|weeks|months|years))\b
  | (?<=\bover\s)the\s+(?:years|decades|months|weeks)\b(?!\s*\d)
  | (?:hour|day|week|month|year|decade)s?-long\b
  | (?:years|decades|months|weeks|days|hours|minutes|centuries)\b
  | (?<=\bfor\s)(?:a\s+while|some\s+time)\b
  | half\s+an?\s+UNIT(?!-)
  )
| (?P<named_day> (?:(?:early|late|earlier|later)\s+)?(?:today|yesterday|tomorrow)\b )
| (?P<reference> REFERENCE )
| (?P<indexical> INDEXICAL )
| (?P<season>
    (?:this\s+(?:past|coming)\s+|(?:the\s+)?(?:early|late|mid)[-\s]+|(?:this|last|next|the)[-\s]+)?
    SEASON(?:\s+(?:of\s+)?(?:BCYEAR|YEAR))?
  | YEAR\s+SEASON\b  # "their 1982 summer offensives"
  )
| (?P<ordinal_day>
    (?:the\s+|a\s+)?ORD\s+(?:straight\s+|consecutive\s+)?(?:day|night)\b
    (?=\s+(?:of|in|since|on)\s|\s*[,.;])
  )
| (?P<month>
    (?:MOD|WEEKOF)?(?:(?:last|next|this|early|late|the\s+previous|the\s+following)\s+)?MONTH
    (?!\.?\s*(?:[12][0-9]|3[01]|0?[1-9])\b)
  )
| (?P<year>
    MOD?(?:(?:fiscal|calendar|the\s+year)\s+)?YEAR
    (?:\s+(?:or\s+(?:later|earlier|after|before)|and\s+(?:beyond|later|after))\b)?
  )
)
"""


@cache
def time_pattern() -> re.Pattern[str]:
    """The compiled pattern of every time expression the stage knows."""
    source = _GRAMMAR
    for name, piece in _pieces(lexicon()).items():
        source = re.sub(rf"\b{name}\b", piece.replace("\\", "\\\\"), source)
    return re.compile(source, re.IGNORECASE | re.VERBOSE)


# Small patterns read inside one matched expression (short text, so cheap).
# A year before Christ ("490 BC"), or the first of a range of them ("499-493 BC").
BC_YEAR_AHEAD = re.compile(r"(?<!\s)(?:\s*(?:-|–|to|and)\s*\d{1,4})?\s*(?:bce|bc|b\.c)(?!\w)")
BC_YEAR = re.compile(r"(\d{1,4})\s*(?:BCE|BC|B\.C)(?!\w)", re.IGNORECASE)
FOUR_DIGITS = re.compile(r"(?<!\d)(\d{4})(?!\d)")
DAY_DIGITS = re.compile(r"(?<![\d:])(\d{1,2})(?:st|nd|rd|th)?(?![\d:])", re.IGNORECASE)
WORDS = re.compile(r"[a-z0-9]+(?:['’]s)?", re.IGNORECASE)
CLOCK = re.compile(
    # (the hour of "930 am" is one digit, of "1130pm" two)
    r"(1[0-2]|0?\d(?=\d\d\s*[ap]\.?m)|\d{1,2})(?::?(\d\d))?\s*(a\.?m|p\.?m)?|(noon|midday)|(midnight)",
    re.IGNORECASE,
)
