"""Find figures in one sentence: a quantity, the subject it counts, and what it measures.

"dozens of protestors and 12 police officers were killed" holds two figures; each quantity takes
the subject after it ("of protestors", "police officers"), and the measure comes from, in order:
a noun that is itself the measure ("1,000 deaths"), a verb or toll before the number ("killing 12",
"the death toll rose to 164"), a verb later in the same clause ("... were killed"), or the kind of
subject ("thousands of protesters" are participants). A figure with no measure is not kept:
factline prefers to miss a figure rather than to invent what it counts.

Parts are marked (`Figure.part`): "including 16 police officers", "22 of the dead", "885 people,
120 of them in intensive care", "12 more people", "19 remain in serious condition"; the check
stage never reads a part as a rival of its total. "A protester was killed" counts one, when a
singular verb says so. People staying in a place of shelter ("46 families are housed in the
sports hall") are displaced, though no verb says they left their homes.

The lexicons are `resources/figures/subjects.json` and `measures.json`, read by `figure_lexicon`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from itertools import compress, count
from operator import attrgetter

from factline.figure_lexicon import (
    common_subject,
    conditions,
    default_measure,
    generic_tolls,
    living_words,
    measure_table,
    noun_measures,
    shelter_stays,
    shelters,
    subject_within,
    subjects,
    toll_links,
    toll_participles,
)
from factline.figure_lexicon import subject_parents as subject_parents
from factline.quantities import (
    Phrases,
    Quantity,
    Token,
    find_quantity,
    is_clock_minutes,
    load_resource,
    match_phrase,
    may_start_quantity,
    quantity_starters,
)
from factline.record import Measure
from factline.times_calendar import WEEKDAY_NAMES

_RIGHT_WINDOW = 14
_GENERIC = "people"  # what a bare number counts when nothing says otherwise
_OWNERS = frozenset({"its", "their", "his", "her", "our"})  # "stood by its toll of 12"
_OWN_TOLL_REACH = 3  # "its [own] [death] toll"
_LEFT_WINDOW = 6
_TOLL_PHRASE = 12  # "the death toll from two days of street battles in Bangladesh climbed to"
_LONGEST_TOLL = 7  # "number of people who lost their lives"
_CLAUSE_ENDS = frozenset(
    ". ; : ? ! but while where whereas although though because when since after before until "
    "if which — ( )".split()
)
_CLAUSE_ENDS_OR_COMMA = _CLAUSE_ENDS | {","}
_FUNCTION_WORDS = frozenset(
    "were was have has had are is be been and or in on at who that which of to by from with "
    "for as the a an more than people per percent years year days day months weeks hours "
    "times km miles kilometres kilometers metres meters".split()
)
_GAP_BEFORE_NUMBER = frozenset(
    "a an the total of another further additional some more than at least reportedly now has "
    "have had risen rose to".split()
)
_PART_MARKERS = (
    ("including",),
    ("namely",),  # "13 injured persons, namely 10 patients and 3 members of staff"
    ("among", "them"),
    ("among", "them", "are"),
    ("among", "them", "were"),
    ("among", "whom"),
    ("of", "whom"),
    ("of", "which"),  # "44 persons were injured, of which eight are in critical condition"
    ("of", "them"),
    ("among", "those"),
    ("among", "the", "dead"),
)
_PART_MARKER_ENDS = frozenset(marker[-1] for marker in _PART_MARKERS)
# "Of these, seven died": a sentence's opening words that take a part of the total before it
_PART_OPENERS = frozenset(
    (lead, pronoun) for lead in ("of", "among") for pronoun in ("these", "them", "those")
)
_NAMED_TOTALS: tuple[tuple[str, Measure], ...] = (
    ("dead", "killed"),
    ("injured", "injured"),
    ("wounded", "injured"),
    ("deceased", "killed"),
    ("detained", "detained"),
    ("arrested", "arrested"),
)
# "Among the dead were 22 children", "the injured included 12 police officers": a part of a
# total that only a noun names, and the measure that noun gives.
_PARTS_OF_NAMED_TOTALS: dict[tuple[str, ...], Measure] = {
    (*lead, noun, verb): measure
    for noun, measure in _NAMED_TOTALS
    for lead, verb in (
        (("among", "the"), "were"),
        (("among", "the"), "are"),
        (("among", "those"), "were"),  # "Among those detained are four minors"
        (("among", "those"), "are"),
        (("of", "the"), ","),  # "Of the deceased, 7 were patients"
        (("the",), "included"),
        (("the",), "include"),
    )
}
_NAMED_TOTAL_LENGTHS = tuple(sorted({len(marker) for marker in _PARTS_OF_NAMED_TOTALS}))
_NAMED_TOTAL_ENDS = frozenset(marker[-1] for marker in _PARTS_OF_NAMED_TOTALS)
_LOWER = attrgetter("lower")
_STARTS_CACHE = 1 << 16  # distinct words remembered by `_STARTS_BY_WORD`
# Words of a figure that only a denial gives: "denied that any protesters had been killed".
DENIED_ONLY = frozenset({"any", "anyone", "anybody"})
_GROUP_OF = frozenset({"the", "its", "their"})
_PLACE_WORDS = frozenset({"in", "at", "near", "across"})  # "… and three in Quito"
_PART_FOLLOWERS = frozenset({("of", "the"), ("of", "them"), ("of", "whom"), ("of", "those")})
_PARTITIVE_FOLLOWERS = _PART_FOLLOWERS - {("of", "the")}  # "of the" may count them all
_BARE_VERB_GAP = frozenset(
    "were was have has had been are is reportedly also later being more others remain remained "
    "remains still".split()
)
_SINGULAR_DEATHS = frozenset({"died", "perished", "drowned"})  # "A protester died"
# "… said 840.", "organisers claimed 100,000."
_SAYING_A_NUMBER = frozenset(
    "said says counted reported estimated gave claimed claims report reports count counts".split()
)
_ESTIMATED = frozenset({"estimated"})  # "police estimated 10,000": the verb reads as a qualifier
# "said it was more than 250", "put it at 4,000", "…, putting it at 104"
_RESTATING_IT = _SAYING_A_NUMBER | {"put", "puts", "putting"}
# "the toll has passed 100": a number a count has gone beyond is its least value
# Subjects that are things ("homes", "patrol boats"): what is done to them is no figure.
_THINGS = frozenset({"homes"})
# "the toll, which the opposition disputes, …", "the count, according to the UN, …"
_ASIDE_OPENERS = frozenset("which according already still now disputed contested based".split())
_ASIDE_WINDOW = 12  # ", based on the morgues of the university hospital and Bè,"
_AND_OR = frozenset({"and", "or"})
# Verbs of saying after which a clause tells what was said, not what befell the speakers
_SPEAKING = frozenset("said says say told tells tell added adds stated insisted explained".split())
_AUXILIARIES = frozenset("had has have were was are is".split())
_CHANGED_FROM = frozenset({("down", "from"), ("up", "from")})
_GIVEN = frozenset(
    "given reported announced cited claimed counted confirmed acknowledged admitted recorded "
    "registered issued published listed".split()
)
_LIST_SEPARATORS = frozenset({":", ";", ","})  # "Killed: 12; injured: 40"
_GENERIC_PHRASE = 4  # "the number [on the ground] at 500"
_GIVEN_PHRASE = 7  # "the figure [given by the regional health ministry] was 91"
_GIVEN_REACH = 12  # "the figure [given by the Norte de Santander governor's office on Tuesday] was"
_FALSE_WORDS = frozenset("wrong false untrue incorrect exaggerated inflated".split())
_TRUE_WORDS = frozenset("true correct accurate right".split())
_POSSESSIVE = re.compile(r"['’]s?$")  # "governor's", "ministries'"
_GONE_PAST = frozenset({"passed", "exceeded", "topped", "surpassed"})
# "the death toll among civilians", "the toll of soldiers": the subject a toll counts
_TOLL_OF = frozenset({"among", "of"})
# "still searching for at least 60 people": people searched for are missing
_SEARCHING = frozenset(
    (verb, "for") for verb in ("searching", "search", "searched", "looking", "hunting")
)
# "police were searching for three suspects": a hunt, not a search for the missing
_SOUGHT_NOT_MISSING = _THINGS | {"attackers", "prisoners"}
# "the number of people missing after the attack": a preposition, not a clause break
_PREPOSITIONS = frozenset({"after", "since", "before"})
_DETERMINERS = frozenset("the a an its their his her this that last".split())
# "rescuers saved 40 lives": lives that were not lost
_SAVING = frozenset("saved save saves saving spared".split())
_SAVING_WINDOW = 3
# What may follow a restated bare number: a clause break, a preposition, or any participle of
# saying ("the 600 claimed by opposition lawyers").
# "its count of 41 has not changed", "the count of 21 had included two men"
_COUNT_VERBS = frozenset({"has", "had", "is", "was", "remains"})
_AFTER_GENERIC_TOLL = (
    frozenset(". , ; : ) on in at by across according and but while released as since".split())
    | _GIVEN
)


@dataclass(frozen=True)
class Figure:
    """A figure found in a sentence's tokens; `first`..`last` cover quantity and subject."""

    quantity: Quantity
    subject: str
    measure: Measure
    first: int
    last: int
    part: bool = False
    # the figure a bare number restates ("Police said 12 died; activists put the figure at 39")
    restates: Figure | None = dataclasses.field(default=None, compare=False, repr=False)


def find_figures(
    tokens: list[Token],
    previous: Figure | None = None,
    previous_by_measure: Mapping[str, Figure] | None = None,
) -> list[Figure]:
    """Every figure in one sentence's tokens, in text order. `previous` is the last figure of
    the sentences before, which "the true figure was 39" restates; `previous_by_measure` the
    last whole figure of each measure before, which a source's own toll ("the army stood by
    its toll of 12") rivals."""
    figures: list[Figure] = []
    index = 0
    for start in _figure_starts(tokens):
        if start < index:
            continue  # inside the figure found before
        quantity = _nobody(tokens, start) or find_quantity(tokens, start) or _single(tokens, start)
        if quantity is not None and (_an_age(tokens, start) or _no_count(tokens, quantity)):
            index = quantity.last  # an age, an hour, a capacity: no count, nor any part of it
            continue
        if quantity is not None:
            quantity = _gone_past(tokens, quantity)
        last = figures[-1] if figures else previous
        figure = None if quantity is None else _figure(tokens, quantity, figures, last)
        if figure is not None and figure.subject == _GENERIC:
            figure = _rival_of_own_toll(tokens, figure, figures, previous_by_measure or {})
        if figure is not None and figure.measure == "killed" and _no_toll(tokens, figure.last):
            figure = None
        if figure is not None:
            figures.append(figure)
        index = figure.last if figure else (quantity.last if quantity else start + 1)
    return figures


def figure_tokens(tokens: list[Token]) -> list[Token]:
    """A sentence's tokens less its quotation marks: a source quoted on its figure ("the true
    number was \"more than 30\"", "found \"at least 30\" bodies") gives it as plainly as one
    who is not, and the marks would part the number from its verb or its noun."""
    if _QUOTE_MARKS.isdisjoint(map(_LOWER, tokens)):
        return tokens  # most sentences quote no one
    return [token for token in tokens if token.text not in _QUOTE_MARKS]


_QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "'"})


def _rival_of_own_toll(
    tokens: list[Token], figure: Figure, earlier: list[Figure], before: Mapping[str, Figure]
) -> Figure:
    """ "The UN said 51 civilians had died. The army stood by its toll of 12.": a bare number
    that gives a source's own toll ("its toll of", "their tally at") is that source's count of
    what the figure of its measure before it counts, not of people at large (never of the
    attackers, whom a toll does not count)."""
    if figure.first != figure.quantity.first or figure.last != figure.quantity.last:
        return figure  # "its toll of 12 people": a subject of its own
    toll = _toll_at(tokens, figure.first)
    if toll is None or toll[0] != figure.measure:
        return figure
    owners = tokens[max(0, toll[1] - _OWN_TOLL_REACH) : toll[1]]
    if not any(token.lower in _OWNERS for token in owners):
        return figure
    wholes = [f for f in earlier if not f.part and f.measure == figure.measure]
    rival = wholes[-1] if wholes else before.get(figure.measure)
    if rival is None or rival.subject in (_GENERIC, "attackers"):
        return figure
    return dataclasses.replace(figure, subject=rival.subject)


def may_hold_figure(text: str) -> bool:
    """Whether `find_figures` could find anything in a sentence `text`, told without tokens:
    False only where it surely finds nothing, so that the figures stage may skip the half of
    a report's sentences that are not worth tokenizing.

    Every figure starts with a quantity, and every quantity holds a digit, a number word, a
    word of a vague quantity ("dozens", "a few"), or a "no"/"any" word (`_nobody`); the one
    other start is a singular "a"/"an" that "was", "has been" or a death verb follows
    (`_single`). The words are read as runs of letters, which the tokens' parts are. (A price
    claim is the figures stage's own matter: `figures.find_price_changes`.)
    """
    if _ANY_DIGIT.search(text):
        return True
    words = set(_LETTER_RUNS.findall(text.lower()))
    if not words.isdisjoint(_quantity_words()):
        return True
    singular = not words.isdisjoint(_SINGULAR_VERBS) or not words.isdisjoint(_SINGULAR_DEATHS)
    return singular and not words.isdisjoint(("a", "an"))


_ANY_DIGIT = re.compile(r"\d")
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
# "a protester was killed", "has been hurt", "died" (`_single`)
_SINGULAR_VERBS = frozenset({"was", "been"})


@cache
def _quantity_words() -> frozenset[str]:
    """The words one of which every quantity without a digit holds: number words, the
    content words of the vague quantities ("few" of "a few", "dozen" of "half a dozen"), and
    the words of "no one", "nobody", "anyone"."""
    data = load_resource("quantifiers.json")
    vague = set()
    for phrase in data["vague"]:
        content = set(phrase.split()) - _VAGUE_FUNCTION_WORDS
        if not content:
            raise ValueError(f"vague quantity {phrase!r} has no word of its own to look for")
        vague |= content
    return frozenset(vague | set(data["number_words"]) | _NONE_WORDS)


# The words of vague quantities that hold no count of their own ("a few", "tens of thousands").
_VAGUE_FUNCTION_WORDS = frozenset({"a", "of", "and", "half", "tens"})


def _no_toll(tokens: list[Token], last: int) -> bool:
    """ "eight people first listed as dead had been found alive", "three patients had died of
    other causes", "one body had been counted twice": a figure whose own clause, before any
    other number, says its people are alive, died of something other than the crisis, or were
    struck off the toll, counts none of its dead ("12 dead and 30 pulled out alive" still
    counts 12; "a private clinic" names no number)."""
    for index in range(last, len(tokens)):
        word = tokens[index].lower
        if word in _CLAUSE_ENDS or word == "," or _a_number_at(tokens, index):
            return False
        if word == "alive" or word in _STRUCK_OFF:
            return True
        before = [token.lower for token in tokens[max(0, index - 2) : index]]
        following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if word in _OTHER_CAUSES and following == "causes":
            return True
        if (word == "counted" and before == _NOT_BE) or (word == "both" and before[-1:] == _AT):
            return True  # "could not be counted", "registered as dead at both morgues"
    return False


def _a_number_at(tokens: list[Token], index: int) -> bool:
    """Whether a number (not a lone article, "a private clinic") starts at tokens[index]."""
    quantity = find_quantity(tokens, index)
    return quantity is not None and quantity.text.lower() not in ("a", "an")


_OTHER_CAUSES = frozenset({"other", "unrelated", "natural"})
# "one body had been counted twice", "three deaths … have been reclassified", "two men who
# could not be counted as victims": dead struck off a toll, which it does not count
_STRUCK_OFF = frozenset({"twice", "reclassified", "double-counted"})
_NOT_BE = ["not", "be"]
_AT = ["at"]


_NONE_WORDS = frozenset({"no", "nobody", "anyone", "anybody", "any", "none"})
_GROUP_DETERMINERS = frozenset({"the", "its", "their", "our", "his", "her", "my", "your"})
_ANYONE = frozenset({"nobody", "no one", "anyone", "anybody"})  # people, of whatever group


def _gone_past(tokens: list[Token], quantity: Quantity) -> Quantity:
    """ "The death toll has passed 100": a count that has gone past a number is at least it."""
    before = tokens[quantity.first - 1].lower if quantity.first > 0 else ""
    if before not in _GONE_PAST or quantity.qualifier != "exact":
        return quantity
    return dataclasses.replace(quantity, high=None, qualifier="at_least")


def _figure_starts(tokens: list[Token]) -> list[int]:
    """The indices of the tokens that may start a figure. Every token of every sentence is
    asked, so the test runs over the lower-case words as one `map` (no Python loop per token)
    of dictionary lookups (no Python call for a word seen before)."""
    return list(compress(count(), map(_STARTS_BY_WORD.__getitem__, map(_LOWER, tokens))))


class _StartsSeen(dict[str, bool]):
    """`_may_start_figure` of each word seen, worked out at its first lookup; it forgets all
    words at `_STARTS_CACHE` of them, so that the numbers of a long run do not pile up."""

    def __missing__(self, word: str) -> bool:
        if len(self) >= _STARTS_CACHE:
            self.clear()
        starts = self[word] = _may_start_figure(word)
        return starts


_STARTS_BY_WORD = _StartsSeen()


def _may_start_figure(word: str) -> bool:
    """Whether a (lower-case) word may start a quantity, a "no one" or a singular "a"."""
    return word in _figure_starters() or may_start_quantity(word)


@cache
def _figure_starters() -> frozenset[str]:
    """The words besides numbers that may start a figure: most words answer with this lookup."""
    return quantity_starters() | _NONE_WORDS | {"a", "an"}


def _nobody(tokens: list[Token], index: int) -> Quantity | None:
    """ "Police said no one had been killed", "no protesters were hurt": a figure of 0 (never
    "one"); "denied that any protesters were killed", "anyone": at least one, which the figures
    stage keeps only as what a source denies (`DENIED_ONLY`)."""
    if tokens[index].lower not in _NONE_WORDS:
        return None  # most words: one lookup
    words = tuple(t.lower for t in tokens[index : index + 2])
    if words == ("no", "one"):
        return Quantity(index, index + 2, " ".join(t.text for t in tokens[index : index + 2]),
                        0, 0, "exact")  # fmt: skip
    if words[:1] == ("nobody",):
        return Quantity(index, index + 1, tokens[index].text, 0, 0, "exact")
    if words[:1] in (("anyone",), ("anybody",)):
        return Quantity(index, index + 1, tokens[index].text, 1, None, "at_least")
    if words in (("none", "of"), ("any", "of")):
        return _none_or_any_of(tokens, index) if _names_a_group(tokens, index + 2) else None
    if words[:1] not in (("no",), ("any",)) or match_phrase(tokens, index + 1, subjects()) is None:
        return None
    if words[0] == "no":
        return Quantity(index, index + 1, tokens[index].text, 0, 0, "exact")
    return Quantity(index, index + 1, tokens[index].text, 1, None, "at_least")


def _names_a_group(tokens: list[Token], index: int) -> bool:
    """Whether a group of people is named at `index` ("its workers", "the officers"): not a
    pronoun ("none of them at the hands of the police") nor those a count counted ("none of
    the injured were in a serious condition"), which leave the count to the figure before."""
    if index >= len(tokens) or tokens[index].lower not in _GROUP_DETERMINERS:
        return False
    return match_phrase(tokens, index + 1, subjects()) is not None


def _none_or_any_of(tokens: list[Token], index: int) -> Quantity | None:
    """ "None of its members had been hurt", "denied that any of its workers had died": a
    partitive of no one, or of at least one, like "no members" and "any workers"."""
    if tokens[index].lower == "none":
        return Quantity(index, index + 1, tokens[index].text, 0, 0, "exact")
    return Quantity(index, index + 1, tokens[index].text, 1, None, "at_least")


def _single(tokens: list[Token], index: int) -> Quantity | None:
    """ "A protester was killed", "a university student died": one, when a singular verb says
    so; or one of a part ("among them a police cadet", "including a village councillor", "four
    children and a traffic police constable")."""
    if tokens[index].lower not in {"a", "an"}:
        return None
    verb = _end_of_single_subject(tokens, index + 1)
    if verb is None:
        return None
    if _is_part(tokens, index) or (index > 0 and tokens[index - 1].lower == "and"):
        return Quantity(index, index + 1, tokens[index].text, 1, 1, "exact")
    words = [t.lower for t in tokens[verb : verb + 2]]
    if (words[:1] and words[0] in _SINGULAR_DEATHS) or _dies_after_clause(tokens, verb):
        return Quantity(index, index + 1, tokens[index].text, 1, 1, "exact")
    singular = words[:1] == ["was"] or words in (["has", "been"], ["had", "been"])
    after = verb + (1 if words[:1] == ["was"] else 2)
    if not singular or match_phrase(tokens, after, measure_table("after")) is None:
        return None
    return Quantity(index, index + 1, tokens[index].text, 1, 1, "exact")


def _end_of_single_subject(tokens: list[Token], first: int) -> int | None:
    """Where a subject that starts at tokens[first], after an age ("15-year-old") and at most
    two modifiers ("university student", "traffic police constable"), ends; None when none
    does."""
    first = _past_age(tokens, first)
    for position in range(first, min(len(tokens), first + _SINGLE_MODIFIERS + 1)):
        subject = match_phrase(tokens, position, subjects())
        if subject is not None:
            return position + subject[0]
        if not _is_modifier(tokens[position]) or not tokens[position].text.islower():
            return None
        if find_quantity(tokens, position) is not None:
            return None  # "A further five people died": five, not one
    return None


_SINGLE_MODIFIERS = 2


def _dies_after_clause(tokens: list[Token], who: int) -> bool:
    """ "A protester who was shot on Monday died in hospital": a death verb after a relative
    clause that tells of the one person."""
    if who >= len(tokens) or tokens[who].lower != "who":
        return False
    for token in tokens[who + 1 : who + 1 + _RIGHT_WINDOW]:
        if token.lower in _SINGULAR_DEATHS:
            return True
        if token.lower in _CLAUSE_ENDS or token.text == ",":
            return False
    return False


def _breakdown(tokens: list[Token], quantity: Quantity, earlier: list[Figure]) -> Figure | None:
    """ "Cumulative deaths: 71 (Juba 49, Malakal 22)", "The agency confirms 9 deaths: Ba 5,
    Nadi 4": a bare number after a name, in the parenthesis or the list after a colon right
    after a figure, is the part of that figure counted in the named place."""
    first = quantity.first
    opening = _list_opening(tokens, first)
    total = next((figure for figure in earlier if figure.last == opening), None)
    if total is None:
        return None
    return Figure(quantity, total.subject, total.measure, first, quantity.last, True)


def _list_opening(tokens: list[Token], first: int) -> int | None:
    """The index of the "(" or ":" that opens the list of named items the number at
    tokens[first] belongs to ("(Juba 49, Malakal 22)", ": Ba 5, Nadi 4", "(Central department
    11, Alto Parana 5)"); None when the number is not such an item."""
    separator = _item_name_start(tokens, first) - 1
    if separator < 0 or tokens[separator].text not in _LIST_OPENINGS | {","}:
        return None
    opening = next((i for i in range(separator, -1, -1) if tokens[i].text in _LIST_BOUNDS), None)
    if opening is None or tokens[opening].text not in _LIST_OPENINGS:
        return None
    return opening


def _item_name_start(tokens: list[Token], first: int) -> int:
    """Where the name of a list item before the number at tokens[first] starts: a capital,
    then at most `_ITEM_NAME_WORDS` words in all ("Prince Faisal Hospital in Russeifa"); 0 when
    no name stands there."""
    start = first
    while start > 0 and first - start < _ITEM_NAME_WORDS and tokens[start - 1].text.isalpha():
        start -= 1
    while start < first and not tokens[start].text[0].isupper():
        start += 1  # "Ba 5, and Nadi 4": the name is the capitalised words
    return start if start < first else 0


_ITEM_NAME_WORDS = 5


def _part_of_opening(
    tokens: list[Token], quantity: Quantity, earlier: list[Figure]
) -> Figure | None:
    """ "Of the 96 patients treated at field hospitals, 30 were children": a bare number after
    the comma of a sentence that opens with "Of the" and a figure is a part of that figure."""
    first = earlier[0]
    if first.first != 2 or [t.lower for t in tokens[:2]] != ["of", "the"]:
        return None
    if quantity.first == 0 or tokens[quantity.first - 1].text != ",":
        return None
    subject = _part_subject(tokens, quantity.last, first.subject)
    return Figure(quantity, subject, first.measure, quantity.first, quantity.last, True)


def _opening_group(tokens: list[Token], first: int) -> str | None:
    """ "Among the injured civilians treated in Beira, 19 remain in serious condition": the
    group a sentence opens with ("Among the", "Of the", no number in it), which the bare
    number right after its comma counts a part of."""
    if first < 4 or tokens[first - 1].text != ",":
        return None
    if (tokens[0].lower, tokens[1].lower) not in _GROUP_OPENERS:
        return None
    opening = tokens[2 : first - 1]
    if len(opening) > _OPENING_WORDS or any(_ANY_DIGIT.search(t.text) for t in opening):
        return None
    for index in range(2, first - 1):
        named = match_phrase(tokens, index, subjects())
        if named is not None:
            return named[1]
    return None


_GROUP_OPENERS = frozenset({("among", "the"), ("of", "the")})
_OPENING_WORDS = 10  # "[injured civilians treated at Beira Central Hospital on Sunday]"


def _gapped(tokens: list[Token], quantity: Quantity, earlier: list[Figure]) -> Figure | None:
    """ "Eight people were killed in Otavalo and three in Quito" (or "and another three"): a
    bare number after "and", before a place, counts what the figure before it in the sentence
    counts."""
    following = tokens[quantity.last].lower if quantity.last < len(tokens) else ""
    lead = quantity.first - 1
    while lead > 0 and tokens[lead].lower in _ADDED:
        lead -= 1  # "and a further 23 in Sylhet"
    if not earlier or lead < 0 or tokens[lead].lower != "and":
        return None
    if following not in _PLACE_WORDS:
        return _gapped_part(tokens, quantity, earlier[-1])
    total = earlier[-1]
    return Figure(quantity, total.subject, total.measure, quantity.first, quantity.last)


_ADDED = frozenset({"another", "a", "further", "additional"})


def _part_of_these(tokens: list[Token], quantity: Quantity, total: Figure) -> Figure | None:
    """ "Thirteen people died. Of those, four are children.": a bare number after an opening
    "Of these," said to be a subject is the part of the figure before that the subject makes
    up, so it takes that figure's measure."""
    if not _opens_with_part_of(tokens, quantity.first) or quantity.last >= len(tokens):
        return None
    if tokens[quantity.last].lower not in {"were", "are"}:
        return None
    named, _, noun_measure = _subject_after(tokens, quantity.last + 1)  # "are Nepali nationals"
    if named is None or noun_measure is not None:
        return None
    return Figure(quantity, named, total.measure, quantity.first, quantity.last, True)


def _gapped_part(tokens: list[Token], quantity: Quantity, before: Figure) -> Figure | None:
    """ "52 of the dead were civilians and seven were police officers": a bare number after
    "and", said to be a subject, is another part of the total the part before it is of."""
    if not before.part or quantity.last >= len(tokens):
        return None
    named = _named_part(tokens, quantity.last)
    if named is None:
        return None
    return Figure(quantity, named, before.measure, quantity.first, quantity.last, True)


def _next_in_series(tokens: list[Token], quantity: Quantity, before: Figure) -> Figure | None:
    """ "The injured: 23 on Tuesday, 26 on Wednesday and 27 now": a bare number dated as the
    figure right before it is, and joined to it by a comma or "and", is the same count at a
    later time, so it counts the same subject and measure."""
    dated = _time_phrase_end(tokens, before.last)
    if dated is None or _time_phrase_end(tokens, quantity.last) is None:
        return None
    links = {token.lower for token in tokens[dated : quantity.first]}
    if not links or not links <= _SERIES_LINKS:
        return None
    return Figure(quantity, before.subject, before.measure, quantity.first, quantity.last)


_SERIES_LINKS = frozenset({",", ";", "and", "to", "then"})
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


def _moved_from_figure(
    tokens: list[Token], quantity: Quantity, earlier: list[Figure], last_figure: Figure | None
) -> Figure | None:
    """ "The toll rose from 12 on Monday to 19 on Tuesday": the bare number a count moved
    from is an earlier value of the count it moved to, so it takes that figure's subject and
    measure."""
    if quantity.first == 0 or tokens[quantity.first - 1].lower != "from":
        return None
    to = _time_phrase_end(tokens, quantity.last) or quantity.last
    if to + 1 >= len(tokens) or tokens[to].lower != "to":
        return None
    later = find_quantity(tokens, to + 1)
    target = None if later is None else _figure(tokens, later, earlier, last_figure)
    if target is None:
        return None
    return Figure(quantity, target.subject, target.measure, quantity.first, quantity.last)


def _time_phrase_end(tokens: list[Token], index: int) -> int | None:
    """The end of the time phrase at tokens[index] that dates a count ("on Tuesday", "now",
    "yesterday", "this morning", "last night"), if one stands there."""
    words = [token.lower for token in tokens[index : index + 2]]
    if words[:1] and words[0] in _DAY_NAMES | {"now"}:
        return index + 1
    if len(words) < 2:
        return None
    if words[0] == "on" and words[1] in WEEKDAY_NAMES:
        return index + 2
    if words[0] in {"this", "last"} and words[1] in _DAY_PARTS:
        return index + 2
    return None


def _partitive(tokens: list[Token], quantity: Quantity, total: Figure | None) -> Figure | None:
    """ "885 people were treated, 120 of them in intensive care": a part of the figure before
    (in the sentence, or the last one of the sentences before: "Two of them were children")."""
    if total is None:
        return None
    following = tuple(t.lower for t in tokens[quantity.last : quantity.last + 2])
    if following not in _PARTITIVE_FOLLOWERS:
        return None
    if quantity.first > 0 and tokens[quantity.first - 1].lower in _EACH:
        return None  # "every one of them": no count
    if _left_the_count(tokens, quantity.last + 2):
        return None  # "of whom 38 had since gone home": no longer counted
    subject = _part_subject(tokens, quantity.last + 2, total.subject)
    # "Police detain 14 of them": a verb of its own, after it or before it, over its total's
    own = _own_verb(tokens, quantity.last + 2) or _measure_before(tokens, quantity.first)
    measure = own or total.measure
    return Figure(quantity, subject, measure, quantity.first, quantity.last + 2, True)


def _among_them(tokens: list[Token], quantity: Quantity, total: Figure | None) -> Figure | None:
    """ "Police arrested 40 people. Among them are three children.": a sentence that opens with
    "Among them are" gives a part of the figure before it."""
    if total is None or quantity.first != len(_AMONG_THEM[0]):
        return None
    if tuple(t.lower for t in tokens[: quantity.first]) not in _AMONG_THEM:
        return None
    subject, last, _ = _subject_after(tokens, quantity.last)
    return Figure(quantity, subject or total.subject, total.measure, quantity.first, last, True)


_AMONG_THEM = (("among", "them", "are"), ("among", "them", "were"))


def _left_the_count(tokens: list[Token], index: int) -> bool:
    """ "140 were detained, of whom 61 had been released", "… 38 had since gone home": a part
    told as having left what its total counts."""
    while index < len(tokens) and tokens[index].lower in _LEAVING_LEADS:
        index += 1
    return match_phrase(tokens, index, _LEAVING) is not None


def _own_verb(tokens: list[Token], index: int) -> Measure | None:
    """ "73 people were treated, 9 of whom had died", "five of the wounded died overnight": the
    measure of a verb right after a part (auxiliaries and "later" aside), which tells what
    became of its members, whatever its total counts."""
    while index < len(tokens) and tokens[index].lower in _PART_VERB_LEADS:
        index += 1
    verb = match_phrase(tokens, index, measure_table("after"))
    return verb[1] if verb is not None else None


def _became_of(tokens: list[Token], index: int) -> Measure | None:
    """ "two injured inmates died", "12 wounded protesters were arrested": a death or an arrest
    right after a subject its adjective measures ("injured") is what the figure counts; a verb
    of anything else ("4,000 displaced people have arrived") leaves the adjective's measure."""
    verb = _own_verb(tokens, index)
    return verb if verb in _OUTCOMES else None


_OUTCOMES = frozenset({"killed", "arrested", "detained"})
_EACH = frozenset({"every", "each"})
_LEAVING = Phrases(
    {
        tuple(phrase.split()): True
        for phrase in ("released", "freed", "discharged", "gone home", "went home", "returned home",
                       "sent home", "bailed")
    }
)  # fmt: skip
# "31 of them remain in custody", "of whom 41 were still being treated": words before a part's verb
_PART_VERB_LEADS = frozenset(
    "had have has were was are is later since subsequently also remain remains remained still now "
    "being found".split()
)
_LEAVING_LEADS = _PART_VERB_LEADS | {"been"}
_BRACKETS = frozenset({"(", ")"})
_LIST_OPENINGS = frozenset({"(", ":"})  # "71 (Juba 49, …)", "9 deaths: Ba 5, …"
_LIST_BOUNDS = _BRACKETS | {":", ";"}


def _part_subject(tokens: list[Token], index: int, total: str) -> str:
    """ "60 people were hurt, 19 of them police officers", "… of whom nine were children": the
    narrower subject that a part is said to be, right after "of them" (or "were"); else its
    total's subject."""
    at = index + (index < len(tokens) and tokens[index].lower in {"were", "are"})
    named = match_phrase(tokens, at, subjects())
    if named is None or not (named[1] == total or subject_within(named[1], total)):
        return total
    return named[1]


def _figure(
    tokens: list[Token], quantity: Quantity, earlier: list[Figure], last_figure: Figure | None
) -> Figure | None:
    partitive = _partitive(tokens, quantity, last_figure) or _among_them(
        tokens, quantity, last_figure
    )
    if partitive is not None:
        return partitive
    subject, last, noun_measure = _subject_after(tokens, quantity.last)
    if noun_measure == "killed" and _saved(tokens, quantity.first):
        return None
    if noun_measure is not None and tokens[quantity.last].lower == "of":
        noun_measure = _own_verb(tokens, last) or noun_measure  # "five of the wounded died"
    elif noun_measure is not None and subject is not None:
        noun_measure = _became_of(tokens, last) or noun_measure  # "two injured inmates died"
    if subject is None and noun_measure is None:
        subject, noun_measure = _subject_before(tokens, quantity.first)
    # a part takes the measure of its total: "including 16 police", "… three women and a boy"
    joined = bool(earlier) and (
        _joined_to_part(tokens, quantity, earlier) or _bracketed_part(tokens, quantity, earlier)
    )
    part = (bool(earlier) and _is_part(tokens, quantity.first)) or joined
    if part and _left_the_count(tokens, quantity.last):
        return None  # "of whom 38 had since gone home"
    measure = (
        noun_measure
        or _measure_before(tokens, quantity.first)
        or _lost(tokens, quantity, subject)
        or _searched_for(tokens, quantity, subject)
    )
    measure = measure or _named_total(tokens, quantity.first)
    if measure is None and part:  # "of whom 21 remain in detention": its own verb first
        measure = _own_verb(tokens, last) or earlier[-1].measure
        if subject is None:  # "27 deaths, of whom nine were children"
            subject = _part_subject(tokens, quantity.last, earlier[-1].subject)
    if subject is None and measure is None and earlier:
        later = _next_in_series(tokens, quantity, earlier[-1])
        if later is not None:
            return later  # the series' own count, whatever verb comes after it
    if subject is None and measure is None:
        moved = _moved_from_figure(tokens, quantity, earlier, last_figure)
        if moved is not None:
            return moved
    verb_after = measure is None
    measure = measure or _measure_after(tokens, last) or _sheltered(tokens, last)
    if subject is None and measure is None and earlier:
        part_of = _breakdown(tokens, quantity, earlier) or _part_of_opening(
            tokens, quantity, earlier
        )
        if part_of is not None:
            return part_of
    if subject is None and measure is None and last_figure is not None:
        return (
            _part_of_these(tokens, quantity, last_figure)
            or _gapped(tokens, quantity, earlier)
            or _restated(tokens, quantity, last_figure)
        )
    if subject is None:
        if measure is None or not (noun_measure or _bare_count_ok(tokens, quantity, last)):
            # "said the figure was well under 40 and that earlier counts included people who
            # died": a verb far after a bare number is not its own, but a restatement still is
            return _restated(tokens, quantity, last_figure) if last_figure else None
        group = _opening_group(tokens, quantity.first)
        subject = (
            group
            or _toll_subject(tokens, quantity.first)
            or _elided_subject(tokens, quantity.first, earlier)
        )
        if not group and verb_after and last_figure is not None and last_figure.measure == measure:
            # "police said 3 protesters died; others said 25 were" (but "nobody" is nobody)
            subject = subject if quantity.text.lower() in _ANYONE else last_figure.subject
    measure = measure or default_measure(subject)
    if measure is None or subject in _THINGS:
        return None  # "lost 300 homes", "sent three patrol boats": things are no figure
    counts_a_part = joined or is_part(tokens, quantity.first, last)
    return Figure(quantity, subject, measure, quantity.first, last, counts_a_part)


def _joined_to_part(tokens: list[Token], quantity: Quantity, earlier: list[Figure]) -> bool:
    """ "The dead included three women and a boy", "including 16 police officers and 3
    soldiers", "among them a boy in Susangerd and two men in Shadegan": a figure joined by
    "and" right after a part (or after the place told for it) is another part of the same
    total."""
    before, first = earlier[-1], quantity.first
    if not before.part or first == 0 or tokens[first - 1].lower not in {"and", ","}:
        return False
    return before.last == first - 1 or _a_place_phrase(tokens[before.last : first - 1])


def _among_the_named(tokens: list[Token], first: int) -> bool:
    """ "Among the dead at sea are nine women": a number after "among" and a total named by a
    participle ("the dead", "the injured"), a few words before it in the clause, counts a part
    of that total however the words between place it."""
    words = [token.lower for token in tokens[max(0, first - _AMONG_REACH) : first]]
    for index in range(len(words) - 2):
        if words[index : index + 2] == ["among", "the"] and words[index + 2] in toll_participles():
            return _CLAUSE_ENDS_OR_COMMA.isdisjoint(words[index:])
    return False


_AMONG_REACH = 7  # "among the dead [at sea] are"


def _bracketed_part(tokens: list[Token], quantity: Quantity, earlier: list[Figure]) -> bool:
    """ "Killed: 7 (5 men and 2 boys)": the breakdown of the figure right before it."""
    first = quantity.first
    return _breaks_down(tokens, first) and earlier[-1].last == first - 1


def _breaks_down(tokens: list[Token], first: int) -> bool:
    """ "Killed: 7 (5 men and 2 boys)": a number that opens a parenthesis right after a larger
    number breaks that number down, so it counts a part of it. One as large or larger restates
    the count in other units ("Households displaced: 140 (approximately 600 people)")."""
    if first < 2 or tokens[first - 1].text != "(":
        return False
    total, part = find_quantity(tokens, first - 2), find_quantity(tokens, first)
    if total is None or part is None or total.last != first - 1:
        return False
    return part.high is not None and total.low is not None and part.high < total.low


def _a_place_phrase(tokens: list[Token]) -> bool:
    """Whether the tokens are "in Susangerd", "at the Modelo prison": a place word, then names."""
    if len(tokens) < 2 or tokens[0].lower not in _PLACE_WORDS:
        return False
    names = tokens[2:] if tokens[1].lower == "the" else tokens[1:]
    return 0 < len(names) <= _PLACE_NAME_WORDS and all(t.text[:1].isupper() for t in names)


_PLACE_NAME_WORDS = 3


def _lost(tokens: list[Token], quantity: Quantity, subject: str | None) -> Measure | None:
    """ "The army said it had lost 12 soldiers": people lost are killed (not "lost 2.5%", "lost
    22,000 jobs", "lost 300 homes")."""
    before = tokens[quantity.first - 1].lower if quantity.first > 0 else ""
    if before != "lost" or subject is None or subject in _THINGS or subject == "families":
        return None
    return "killed"


def _searched_for(tokens: list[Token], quantity: Quantity, subject: str | None) -> Measure | None:
    """ "We are still searching for at least 60 people": people searched for are missing (not
    "searched for 12 hours", which names no one counted)."""
    first = gap_end = quantity.first
    while gap_end > 0 and first - gap_end < 4 and tokens[gap_end - 1].lower in _GAP_BEFORE_NUMBER:
        gap_end -= 1
    words = tuple(token.lower for token in tokens[max(0, gap_end - 2) : gap_end])
    if words not in _SEARCHING or subject is None or subject in _SOUGHT_NOT_MISSING:
        return None
    return "missing"


def _saved(tokens: list[Token], first: int) -> bool:
    """ "rescuers saved 40 lives": a verb of saving just before the number."""
    return any(t.lower in _SAVING for t in tokens[max(0, first - _SAVING_WINDOW) : first])


def _restated(tokens: list[Token], quantity: Quantity, last_figure: Figure) -> Figure | None:
    """ "Police said 12 died; activists said the true figure was 39", "the Red Cross put the
    number at nine", "… were injured; the ministry said 840": a bare number after a generic
    count noun ("figure", "number", "tally") or a saying verb, closing its clause, restates
    the figure before it, so it counts the same subject and measure; so does a bare number
    that a clause calls false ("fourteen is simply wrong"), and one that answers a question
    ("Q: How many people died? A: Seven.")."""
    if _answers(tokens, quantity, last_figure) or _repeated_alone(tokens, quantity):
        subject, measure = last_figure.subject, last_figure.measure
        return Figure(
            quantity, subject, measure, quantity.first, quantity.last, restates=last_figure
        )
    generic = generic_tolls()
    links = toll_links() | {","}  # "the government figure, still 19 on Wednesday"
    start = _links_start(tokens, quantity.first, links)
    noun = _generic_before(tokens, start, generic) if start < quantity.first else None
    after_generic = noun is not None and not _counts_the_living(tokens, noun, quantity.first)
    # "…; the ministry said 840", "a figure rights groups said was closer to 300"
    said = _said_before(tokens, start)
    estimated = tokens[quantity.first].lower in _ESTIMATED
    changed_from = _changed_from(tokens, quantity.first)
    given = _the_given(tokens, quantity) or _called_the_count(tokens, quantity.last, generic)
    restating = _restating_it(tokens, start, quantity.first) or given or _it_was(tokens, quantity)
    summed = _summed(tokens, quantity.last)
    judged = _judged_false(tokens, quantity.last) or _rejected_alternative(tokens, quantity.first)
    if not (after_generic or said or estimated or restating or changed_from or summed or judged):
        return None
    after = tokens[quantity.last].lower if quantity.last < len(tokens) else "."
    # "its count of 41 has not changed": a count noun's number may open the clause's verb
    verb_of_count = after_generic and after in _COUNT_VERBS
    if after not in _AFTER_GENERIC_TOLL and not (
        changed_from or given or summed or verb_of_count or judged
    ):
        return None  # "the figure was 12 percent": not a count of the figure before
    own = _measure_named_before(tokens, quantity.first)
    if own is not None and own != last_figure.measure:
        # "The Red Cross, which counts deaths, gives a figure of 11" after a count of the injured
        return Figure(quantity, last_figure.subject, own, quantity.first, quantity.last)
    subject, measure = last_figure.subject, last_figure.measure
    return Figure(quantity, subject, measure, quantity.first, quantity.last, restates=last_figure)


def _said_before(tokens: list[Token], start: int) -> bool:
    """ "…; the ministry said 840", "the minister told parliament 58", "civil protection stands
    by 13", "the police statement named seven": a verb that gives a number, right before it
    (but for the one told, in at most `_TOLD_WORDS` words)."""
    if start == 0:
        return False
    before = tokens[start - 1].lower
    if before in _SAYING_A_NUMBER or before in _NAMING:
        return True
    if before == "by" and start > 1 and tokens[start - 2].lower in _STANDING:
        return True
    told = range(max(0, start - 1 - _TOLD_WORDS), start - 1)
    telling = [index for index in told if tokens[index].lower in _TELLING]
    return bool(telling) and all(t.text.isalpha() for t in tokens[telling[-1] + 1 : start])


_NAMING = frozenset({"named", "names", "listed", "lists"})
_STANDING = frozenset({"stands", "stood", "stand"})
_TELLING = frozenset({"told", "tells", "tell"})
_TOLD_WORDS = 2  # "told [the senate] 58"


def _answers(tokens: list[Token], quantity: Quantity, question: Figure) -> bool:
    """ "Q: How many people died? A: Seven.": a number that is the whole of the sentence after
    a question (but for an "A:" label, a part it includes, "A: Fifty, including nine children",
    and who gives it, "Sixteen, according to the council") answers the count it asks for."""
    if question.quantity.low is not None or question.quantity.high is not None:
        return False  # a figure of a number, not a question's
    rest = [token.lower for token in tokens[quantity.last :]]
    whole = rest in ([], ["."]) or rest[:2] in ([",", "including"], [",", "according"])
    return _speaker_label(tokens[: quantity.first]) and whole


def _speaker_label(tokens: list[Token]) -> bool:
    """Whether the tokens are nothing, or a transcript's label of who speaks: "A:", "BATISTA:",
    "LT. COL. BATISTA:", "DR ROSA (Health Director):" (capitals, the aside in brackets)."""
    if not tokens:
        return True
    if tokens[-1].text != ":" or tokens[0].text == "Q":
        return False  # "Q:" asks, never answers
    inside = False
    for token in tokens[:-1]:
        inside = (inside or token.text == "(") and token.text != ")"
        if not (inside or token.text in _BRACKETS or token.text == "." or token.text.isupper()):
            return False
    return True


def _repeated_alone(tokens: list[Token], quantity: Quantity) -> bool:
    """ "Police have arrested three sellers. Three.": a number spelled out in words that is the
    whole of its sentence repeats the count before it for weight. Digits alone may number a
    list's item, so they are left unread."""
    alone = quantity.first == 0 and [t.text for t in tokens[quantity.last :]] in ([], ["."])
    return alone and not tokens[0].text[:1].isdigit()


def _it_was(tokens: list[Token], quantity: Quantity) -> bool:
    """ "Three patients died on Monday. By Tuesday morning it was five.": "it was" right before
    a bare number that closes its clause names the count before, as it stood later."""
    words = [token.lower for token in tokens[max(0, quantity.first - 2) : quantity.first]]
    after = tokens[quantity.last].text if quantity.last < len(tokens) else "."
    return words in (["it", "was"], ["it", "is"]) and after in _CLAUSE_ENDS_OR_COMMA


def _judged_false(tokens: list[Token], after: int) -> bool:
    """ "fourteen is simply wrong", "40 was false", "fourteen is not correct": a form of "be"
    and a word that calls a number false (an adverb may stand between), or "not" and a word
    that would call it true, right after it."""
    words = [token.lower for token in tokens[after : after + 3]]
    if words[:1] not in (["is"], ["was"]):
        return False
    not_true = words[1:2] == ["not"] and bool(_TRUE_WORDS.intersection(words[2:3]))
    return not_true or bool(_FALSE_WORDS.intersection(words[1:3]))


def _rejected_alternative(tokens: list[Token], first: int) -> bool:
    """ "Three patients died here, not fifteen": a bare number after ", not" that ends its
    clause is the count the speaker sets aside, a rival of the figure before it."""
    before = [token.text.lower() for token in tokens[max(0, first - 2) : first]]
    return before == [",", "not"]


def _measure_named_before(tokens: list[Token], first: int) -> Measure | None:
    """The one measure that nouns before a bare number in its sentence name ("which counts
    deaths … a figure of 11"): the count that number gives, whatever the sentence before
    counted; None when they name none or several."""
    nouns = noun_measures()
    named = {nouns[(token.lower,)] for token in tokens[:first] if (token.lower,) in nouns}
    return named.pop() if len(named) == 1 else None


def _generic_before(tokens: list[Token], start: int, generic: frozenset[str]) -> int | None:
    """The index of a generic count noun that ends right before `start`, or a short phrase of
    lower-case words before it ("put the number on the ground at no more than 500"); else
    None. A place may stand there too: "bringing the total in Dhi Qar province to 16"."""
    given = _given_phrase_before(tokens, start, generic)
    if given is not None:
        return given
    named = False
    for index in range(start - 1, max(-1, start - 1 - _GIVEN_PHRASE), -1):
        if tokens[index].lower in generic:
            near = start - 1 - index <= _GENERIC_PHRASE
            placed = not named or _names_a_place(tokens[index + 1 : start])
            return index if placed and (near or named or _given_by(tokens, index + 1)) else None
        if not tokens[index].text.isalpha():
            return None
        named = named or not (tokens[index].text.islower() or tokens[index].lower in _DAY_NAMES)
    return None


# "the police figure on Tuesday was 12": a day between a count noun and its number names no
# place, so the number is still the count's.
_DAY_NAMES = frozenset(WEEKDAY_NAMES) | {"yesterday", "today", "tonight"}


def _given_phrase_before(tokens: list[Token], start: int, generic: frozenset[str]) -> int | None:
    """ "the figure given by the Norte de Santander governor's office on Tuesday was 13": the
    index of a count noun that a participle of saying follows, whose phrase (a source with its
    names and possessives, a day) runs up to `start`; None when a clause breaks before one."""
    for index in range(start - 2, max(-1, start - 1 - _GIVEN_REACH), -1):
        if tokens[index].lower in generic and tokens[index + 1].lower in _GIVEN:
            return index
        if not _POSSESSIVE.sub("", tokens[index].text).isalpha():
            return None
    return None


def _names_a_place(tokens: list[Token]) -> bool:
    """Whether the tokens open with a place word and a name: "in Dhi Qar province", "for the
    whole of Central department"."""
    words = [token.lower for token in tokens]
    if words[:1] == ["for"]:
        start = 4 if words[1:4] == ["the", "whole", "of"] else 1
        return len(tokens) > start and tokens[start].text[:1].isupper()
    return len(tokens) > 1 and words[0] in _PLACE_WORDS and tokens[1].text[:1].isupper()


def _given_by(tokens: list[Token], index: int) -> bool:
    """ "the figure given by the health ministry was 91": a participle of saying and "by" right
    after a count noun, which name who gave the count between it and its number."""
    words = tuple(token.lower for token in tokens[index : index + 2])
    return len(words) == 2 and words[0] in _GIVEN and words[1] == "by"


def _counts_the_living(tokens: list[Token], noun: int, first: int) -> bool:
    """ "put the number of survivors at 52": a count of people alive, between a count noun and
    its number, is no restatement of the toll before."""
    return not living_words().isdisjoint(token.lower for token in tokens[noun + 1 : first])


def _links_start(tokens: list[Token], first: int, links: frozenset[str]) -> int:
    """Where the link words before a number start ("rose to", "has since risen to"), less a
    relative ", which" that opens them: "its count, which has since risen to 58" gives the
    count's number, as "its count rose to 58" does."""
    start = first
    while start > 0 and first - start < _LEFT_WINDOW and tokens[start - 1].lower in links:
        start -= 1
    if first > start > 1 and tokens[start - 1].lower == "which" and tokens[start - 2].text == ",":
        start -= 2
    return start


def _called_the_count(tokens: list[Token], after: int, generic: frozenset[str]) -> bool:
    """ "Nineteen is the number", "three is the total", "12 was the true figure": a bare number
    that a clause calls the count is a figure of the count before it."""
    words = [token.lower for token in tokens[after : after + _CALLED_REACH]]
    if words[:2] not in (["is", "the"], ["was", "the"]):
        return False
    return any(word in generic for word in words[2:])


_CALLED_REACH = 4  # "is the [true] number"


def _summed(tokens: list[Token], after: int) -> bool:
    """ "16 dead in the town and three in the district, 19 in all": a bare number that sums the
    figures before it counts what they count."""
    words = tuple(token.lower for token in tokens[after : after + 2])
    return words in _SUMMED or words[:1] == ("altogether",)


_SUMMED = frozenset({("in", "all"), ("in", "total"), ("all", "told")})


def _the_given(tokens: list[Token], quantity: Quantity) -> bool:
    """ "far above the 14 given by the governor", "the 230 reported by the ministry", "lower
    than the 63 it announced on Tuesday", "more than the 97 the ministry has reported": a bare
    number after "the" that a participle of saying follows (or its giver and a verb of saying)
    is a figure of the count before it."""
    after = _past_giver(tokens, quantity.last)
    return (
        quantity.first > 0
        and tokens[quantity.first - 1].lower == "the"
        and after < len(tokens)
        and tokens[after].lower in _GIVEN
    )


def _past_giver(tokens: list[Token], index: int) -> int:
    """Where the verb of saying after "the 97" would stand: past "that" or "now", past the one
    who gives the figure (a pronoun, or a short phrase opened by "the": "the Ministry of
    Health"), and past an auxiliary ("has")."""
    if index < len(tokens) and tokens[index].lower in _GIVER_LINKS:
        index += 1
    if index < len(tokens) and tokens[index].lower in SUBJECT_PRONOUNS:
        index += 1
    elif index < len(tokens) and tokens[index].lower == "the":
        reach = range(index + 1, min(len(tokens), index + _GIVER_WORDS))
        ends = (i for i in reach if tokens[i].lower in _GIVEN | _GIVER_AUXILIARIES)
        index = next(ends, index)
    while index < len(tokens) and tokens[index].lower in _GIVER_AUXILIARIES:
        index += 1
    return index


_GIVER_LINKS = frozenset({"that", "now"})  # "the nineteen that the committee listed"
_GIVER_AUXILIARIES = frozenset({"has", "had", "have"})
_GIVER_WORDS = 6  # "the [Ministry of Public Health] reported"


# The pronouns that may say or give a figure: "the 63 it announced", "they said"
SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})


def _changed_from(tokens: list[Token], first: int) -> bool:
    """ "The toll stood at 48, down from 53 announced a day earlier": the figure a count has
    moved from is an earlier figure of the same count; so is one a count was revised from:
    "revised to 58 from 64", "raising its toll from nine", "(revised from 5)"."""
    words = tuple(token.lower for token in tokens[max(0, first - 2) : first])
    if words in _CHANGED_FROM:
        return True
    if words[-1:] != ("from",):
        return False
    before = tokens[max(0, first - 1 - _REVISION_REACH) : first - 1]
    return any(token.lower in _REVISIONS for token in before)


_REVISIONS = frozenset("revised raised raising lowered lowering corrected".split())
_REVISION_REACH = 4  # "lowered [its toll for Ba] from five"


def _restating_it(tokens: list[Token], start: int, first: int) -> bool:
    """ "the opposition said it was more than 250", "police put it at 4,000": "it" after a
    saying verb, then only link words before the number, names the figure before."""
    return any(
        tokens[i].lower == "it" and tokens[i - 1].lower in _RESTATING_IT
        for i in range(max(1, start - 1), first)
    )


def _subject_after(tokens: list[Token], index: int) -> tuple[str | None, int, Measure | None]:
    """(subject, end index, measure named by a noun) after a quantity ending at `index`."""
    at = _past_age(tokens, _skip_linking_words(tokens, index))
    for skip in range(3):
        position = at + skip
        if position >= len(tokens):
            break
        adverbs = _only_adverbs(tokens, at, position) or _cause_of_deaths(tokens, at, position)
        noun = match_phrase(tokens, position, noun_measures()) if adverbs else None
        if noun is not None:
            after = match_phrase(tokens, position + noun[0], subjects())
            if after is None:
                named = _named_part(tokens, position + noun[0]) if at > index else None
                return named, position + noun[0], noun[1]
            return after[1], position + noun[0] + after[0], noun[1]  # "dozens of injured residents"
        subject = match_phrase(tokens, position, subjects())
        if subject is not None:
            return (*_coordinated(tokens, subject[1], position + subject[0]), None)
        if not _is_modifier(tokens[position]):
            break
    return None, index, None


def _past_age(tokens: list[Token], index: int) -> int:
    """Where the words after an age that opens a subject start: "a 15-year-old boy", "two
    17-year-old students" (tokens "15", "-", "year-old")."""
    age = tuple(token.lower for token in tokens[index : index + 3])
    if len(age) == 3 and age[0].isdigit() and age[1] == "-" and age[2] in _AGE_WORDS:
        return index + 3
    return index


_AGE_WORDS = frozenset({"year-old", "month-old"})


def _no_count(tokens: list[Token], quantity: Quantity) -> bool:
    """ "a toll well above the one given by the authorities", "published at 1 p.m.", "Block 6
    held 412 inmates", "a prison built for about 2,000 people", "several death tolls": "the
    one" before a participle stands for a noun said before; a number before "a.m." or "p.m."
    is an hour, one after a thing's name is its number, one after "built for" a capacity; and
    a number of tolls counts tolls, not people."""
    before = [token.lower for token in tokens[max(0, quantity.first - 2) : quantity.first]]
    after = [token.lower for token in tokens[quantity.last : quantity.last + 2]]
    if before[-1:] == ["the"] and quantity.text.lower() == "one" and after[:1] in _STANDS_FOR:
        return True
    if after in _HOURS or before[-1:] in _NUMBERED_THINGS or before in _CAPACITY:
        return True
    return any(word in _COUNTS_OF_COUNTS for word in after)


# "the one given by", "the one that the ministry reported": "one" that stands for a noun
_STANDS_FOR = [[word] for word in "given reported announced cited published put that which".split()]
_HOURS = [["a", "."], ["p", "."], ["a.m"], ["p.m"], ["am"], ["pm"]]
_NUMBERED_THINGS = [[word] for word in "block zone ward gate room unit platform route".split()]
_CAPACITY = [["built", "for"], ["designed", "for"], ["capacity", "of"], ["room", "for"]]
_COUNTS_OF_COUNTS = frozenset({"tolls", "figures", "counts", "tallies", "estimates"})


def _an_age(tokens: list[Token], first: int) -> bool:
    """ "A plant worker aged 58 died", "two men aged 19 and 34", "children below the age of
    fifteen", "a boy of about ten": a number that tells someone's age (or one listed with such
    a number) is no count."""
    before = [token.lower for token in tokens[max(0, first - 2) : first]]
    if before == ["age", "of"] or (before[-1:] == ["of"] and before[0] in _ONE_PERSON):
        return True
    index = first - 1
    while index >= 0 and first - index <= _AGE_LIST and tokens[index].lower not in _AGED:
        if tokens[index].lower not in _AGE_LIST_WORDS and not tokens[index].text.isdigit():
            return False
        index -= 1
    return index >= 0 and tokens[index].lower in _AGED


_AGED = frozenset({"aged", "ages"})
_ONE_PERSON = frozenset("boy girl man woman child baby infant".split())
_AGE_LIST_WORDS = frozenset({"and", ",", "to", "between"})  # "aged between 19 and 34"
_AGE_LIST = 5


def _only_adverbs(tokens: list[Token], first: int, end: int) -> bool:
    """Whether tokens[first:end] are only adverbs in "-ly" (or none): "4,000 newly displaced
    people" are displaced, as "4,000 displaced people" are."""
    return all(token.lower.endswith("ly") and token.text.isalpha() for token in tokens[first:end])


def _cause_of_deaths(tokens: list[Token], first: int, end: int) -> bool:
    """Whether tokens[first:end] are one lowercase word naming what caused the deaths after
    it: "nine dengue deaths", "14 cholera deaths" count the dead as "nine deaths" does (but
    "six suspected deaths" are no confirmed toll); a compound ("46 heat-related deaths",
    "flood-related deaths") names a cause as well."""
    if end != first + 1 or end >= len(tokens) or tokens[end].lower not in _DEATH_COUNT_NOUNS:
        return False
    word = tokens[first]
    letters = word.text.replace("-", "")
    return (
        letters.isalpha() and letters.islower() and _UNCONFIRMED.isdisjoint(word.lower.split("-"))
    )


_DEATH_COUNT_NOUNS = frozenset({"deaths", "fatalities"})
_UNCONFIRMED = frozenset({"suspected", "possible", "probable", "unconfirmed", "likely", "feared"})


def _named_part(tokens: list[Token], index: int) -> str | None:
    """ "22 of the dead were children": the subject a part of the dead is said to be."""
    if index + 1 >= len(tokens) or tokens[index].lower not in {"were", "are"}:
        return None
    subject = match_phrase(tokens, index + 1, subjects())
    return subject[1] if subject is not None else None


def _skip_linking_words(tokens: list[Token], index: int) -> int:
    """Step over "of", "more", "of the" between a quantity and its noun ("7 of the victims")."""
    at = index
    if at < len(tokens) and tokens[at].lower in {"of", "more"}:
        at += 1
        if tokens[at - 1].lower == "of" and at < len(tokens) and tokens[at].lower in _GROUP_OF:
            at += 1  # "7 of the victims", "five of its members"
    if at < len(tokens) and tokens[at].lower == "more":
        at += 1
    return at


def _coordinated(tokens: list[Token], subject: str, end: int) -> tuple[str, int]:
    """ "4,000 police officers and soldiers": one number for two subjects counts their common
    broader subject ("security forces")."""
    if end + 1 >= len(tokens) or tokens[end].lower != "and":
        return subject, end
    other = match_phrase(tokens, end + 1, subjects())
    if other is None or other[1] == subject:
        return subject, end
    return common_subject(subject, other[1]), end + 1 + other[0]


def _subject_before(tokens: list[Token], first: int) -> tuple[str | None, Measure | None]:
    """ "protesters came out in their thousands": the subject named before "in their"."""
    if first < 2 or [t.lower for t in tokens[first - 2 : first]] != ["in", "their"]:
        return None, None
    for index in range(first - 3, max(-1, first - 3 - _RIGHT_WINDOW), -1):
        if tokens[index].lower in _CLAUSE_ENDS:
            break
        subject = match_phrase(tokens, index, subjects())
        if subject is not None:
            return subject[1], _measure_after(tokens, index + subject[0])
    return None, None


def _elided_subject(tokens: list[Token], first: int, earlier: list[Figure]) -> str:
    """ "13 protesters had been killed and 160 injured": a bare number after "and" counts the
    subject of the figure before it; otherwise a bare number counts people."""
    if earlier and first > 0 and tokens[first - 1].lower == "and":
        return earlier[-1].subject
    return "people"


def _is_modifier(token: Token) -> bool:
    """A word that may stand between a number and its noun: "12 unarmed protesters", "46
    heat-related deaths"."""
    return token.text.replace("-", "").isalpha() and token.lower not in _FUNCTION_WORDS


def _named_total(tokens: list[Token], first: int) -> Measure | None:
    """ "Among the dead were 22 children": the measure of the total the figure is a part of."""
    if first == 0 or tokens[first - 1].lower not in _NAMED_TOTAL_ENDS:
        return None  # most numbers: one lookup of the word before
    for length in _NAMED_TOTAL_LENGTHS:
        marker = tuple(t.lower for t in tokens[max(0, first - length) : first])
        if marker in _PARTS_OF_NAMED_TOTALS:
            return _PARTS_OF_NAMED_TOTALS[marker]
    return None


def _is_part(tokens: list[Token], first: int) -> bool:
    """Whether the quantity is introduced as a part of the one before: "including 16 police"."""
    if _opens_with_part_of(tokens, first) or _after_a_figures_colon(tokens, first):
        return True
    before = tokens[first - 1].lower if first > 0 else ""
    if before in _INCLUDES and _a_count_includes(tokens, first - 1):
        return True
    if before not in _PART_MARKER_ENDS and before not in _NAMED_TOTAL_ENDS:
        return False  # most numbers: the word before ends no marker
    if _named_total(tokens, first) is not None:
        return True
    for marker in _PART_MARKERS:
        start = first - len(marker)
        if start >= 0 and tuple(t.lower for t in tokens[start:first]) == marker:
            return True
    return False


def _a_count_includes(tokens: list[Token], includes: int) -> bool:
    """ "34 people were treated, a figure that includes nine guards", "22 are dead, and its
    count includes two children": what a count noun is said to include is a part of it."""
    start = max(0, includes - _INCLUDES_REACH)
    counts = generic_tolls() | _LISTS
    return any(token.lower in counts for token in tokens[start:includes])


_INCLUDES = frozenset({"includes", "included", "include"})
_LISTS = frozenset({"list", "toll"})
_INCLUDES_REACH = 3  # "a figure [that also] includes"


def _after_a_figures_colon(tokens: list[Token], first: int) -> bool:
    """ "The directorate says 15 inmates died: 13 on Monday night and two on Tuesday": a number
    right after a colon that ends a clause holding a figure of its own is a part of it (after a
    label, "Killed: 12", it is the whole count); so is a later item of the list after that
    colon ("Six people are detained: the mill owner, his brother and four workers")."""
    colon = _list_colon(tokens, first)
    if colon is None:
        return False
    start = colon
    while start > 0 and tokens[start - 1].text not in _LABEL_ENDS:
        start -= 1
    return _counts_in_label(tokens, start, colon)


def _list_colon(tokens: list[Token], first: int) -> int | None:
    """The colon that opens the list the number at tokens[first] is an item of: right before
    it, or before the items that "and" or a comma join it to (within `_LIST_ITEM_REACH`; a
    number then, not an article)."""
    if first == 0:
        return None
    if tokens[first - 1].text == ":":
        return first - 1
    if tokens[first - 1].lower not in {"and", ","} or not _a_number_at(tokens, first):
        return None  # "…: the student and a street vendor": a lone item is left unread
    for index in range(first - 2, max(-1, first - 2 - _LIST_ITEM_REACH), -1):
        if tokens[index].text in _LABEL_ENDS:
            return index if tokens[index].text == ":" else None
    return None


_LIST_ITEM_REACH = 10  # ": [the owner of the mill, his brother] and four workers"


def _opens_with_part_of(tokens: list[Token], first: int) -> bool:
    """ "Of these, seven died in the hospital", "…; of these, 37 remain admitted": a sentence
    or a clause after a semicolon that opens by taking a part of the total told before it, with
    the number right after the comma."""
    if first < 3 or tokens[first - 1].lower != ",":
        return False
    lead = tuple(token.lower for token in tokens[first - 3 : first - 1])
    return lead in _PART_OPENERS and (first == 3 or tokens[first - 4].text == ";")


def _is_increment(tokens: list[Token], first: int, last: int) -> bool:
    """ "12 more people", "another 40", "the remains of two more": a count added to an earlier
    one, a part of the total ("more than" bounds a count instead)."""
    before = tokens[first - 1].lower if first > 0 else ""
    window = range(first + 1, min(last + 1, len(tokens)))
    more = any(tokens[i].lower == "more" and not _followed_by_than(tokens, i) for i in window)
    return before in {"another", "further", "additional"} or more


def _raised_the_toll(tokens: list[Token], first: int) -> bool:
    """ "The toll has risen to 17 after two injured inmates died": the people whose deaths
    raised a toll, told after "after", are a part of it, not a rival count."""
    if first == 0 or tokens[first - 1].lower != "after":
        return False
    return any(token.lower in _RISES for token in tokens[max(0, first - _RISE_REACH) : first])


_RISES = frozenset("risen rose rise rising climbed raising raised bringing brought".split())
_RISE_REACH = 24  # "has risen to 17, INPEC said on Thursday, after"


def _followed_by_than(tokens: list[Token], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].lower == "than"


def is_part(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the figure at tokens[first:last] counts a part of another figure: "including 16
    police officers", "22 of the dead", "885 people, 120 of them in intensive care"."""
    if _is_part(tokens, first) or _is_increment(tokens, first, last):
        return True
    if tokens[last - 1].lower == "others" or _besides_others(tokens, first, last):
        return True  # "30 others", "104 other persons": counted besides someone, never a total
    if _alone_in(tokens, first, last) or _in_a_condition(tokens, last):
        return True  # "300 died in the old city alone", "19 remain in serious condition"
    if _labelled_by_condition(tokens, first) or _raised_the_toll(tokens, first):
        return True  # "Persons with loss of vision: 9", "risen to 17 after two inmates died"
    if _opening_group(tokens, first) is not None:
        return True  # "Among the injured civilians treated in Beira, 19 …"
    if _breaks_down(tokens, first) or _among_the_named(tokens, first):
        return True  # "Killed: 7 (5 men and 2 boys)", "Among the dead at sea are nine women"
    number_end = first + 1
    while number_end < last and tokens[number_end].lower not in {"of"}:
        number_end += 1
    following = tuple(t.lower for t in tokens[number_end : number_end + 2])
    if following == ("of", "the") and number_end > first + 1:
        return False  # "13 members of the security forces" counts them all, unlike "22 of the dead"
    return following in _PART_FOLLOWERS


def _in_a_condition(tokens: list[Token], index: int) -> bool:
    """ "19 remain in serious condition", "eight persons are in critical condition": a count
    of the injured told by how they are is the part of them in that state, never all of them
    (unless another number comes first: "23 were hurt, 5 are in critical condition")."""
    for position in range(index, min(len(tokens), index + _CONDITION_REACH)):
        if tokens[position].lower in _CLAUSE_ENDS or _a_number_at(tokens, position):
            return False
        if match_phrase(tokens, position, conditions()) is not None:
            return True
    return False


_CONDITION_REACH = 12  # "[, male, suffered a gunshot wound and is] in serious condition"


def _labelled_by_condition(tokens: list[Token], first: int) -> bool:
    """ "- Persons with loss of vision: 9": a list item whose label tells how the injured are
    counts the part of them in that state."""
    if first == 0 or tokens[first - 1].text != ":":
        return False
    label = range(max(0, first - 1 - _LABEL_WORDS), first - 1)
    return any(match_phrase(tokens, index, conditions()) is not None for index in label)


def _besides_others(tokens: list[Token], first: int, last: int) -> bool:
    """ "104 other persons": "other" right after the number, as "others", counts people besides
    those named before, never a total."""
    return any(token.lower == "other" for token in tokens[first + 1 : min(first + 3, last)])


def _alone_in(tokens: list[Token], first: int, last: int) -> bool:
    """ "In our street alone six people died", "300 died in the old city alone": a count of one
    place singled out ("in … alone") within a wider toll is a part of it."""
    before = [t.lower for t in tokens[max(0, first - _ALONE_REACH) : first]]
    after = [t.lower for t in tokens[last : last + _ALONE_REACH]]
    for words in (_clause_tail(before), _clause_head(after)):
        if "alone" in words and "in" in words[: words.index("alone")]:
            return True
    return False


def _clause_tail(words: list[str]) -> list[str]:
    """The words after the last clause break."""
    ends = [index for index, word in enumerate(words) if word in _CLAUSE_ENDS]
    return words[ends[-1] + 1 :] if ends else words


def _clause_head(words: list[str]) -> list[str]:
    """The words before the first clause break."""
    ends = [index for index, word in enumerate(words) if word in _CLAUSE_ENDS]
    return words[: ends[0]] if ends else words


_ALONE_REACH = 8  # "in the [three] [streets] [of the] [old] city alone"


def counts_all_of_a_part(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the part at tokens[first:last] is all of something its total holds ("40 of
    them", "including 16 police officers"), not a count besides others ("18 others", "a
    further 11", "12 more people"): given with a place ("40 of them in Port-au-Prince"), it
    is that place's whole count."""
    if not is_part(tokens, first, last) or _is_increment(tokens, first, last):
        return False
    return tokens[last - 1].lower != "others"


def names_subgroup(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the figure at tokens[first:last] counts every member of a named group within a
    total: "361 injured, including 105 police officers", "Among the dead were 22 children".
    Unlike "18 others", "a further nine officers" or "120 of them in intensive care", such a
    part is the whole count of its own subject, which another source may give differently. A
    part that names only people ("the dead included three women") names no group of its own."""
    if not _is_part(tokens, first) or not counts_all_of_a_part(tokens, first, last):
        return False
    named = (match_phrase(tokens, i, subjects()) for i in range(first, last))
    return any(subject is not None and subject[1] != _GENERIC for subject in named)


def _measure_before(tokens: list[Token], first: int) -> Measure | None:
    """A verb or toll just before the number: "killing at least 12", "the toll rose to 164",
    or the label of a list item: "Killed: 12; injured: 40"."""
    listed = (
        _listed_measure(tokens, first)
        or _label_right_before(tokens, first)
        or _reported_under_label(tokens, first)
        or _participle_numbers(tokens, first)
    )
    if listed is not None:
        return listed
    gap_end = first
    while gap_end > 0 and first - gap_end < 4 and tokens[gap_end - 1].lower in _GAP_BEFORE_NUMBER:
        gap_end -= 1
    table = measure_table("before")
    for start in range(gap_end - 1, max(-1, gap_end - 4), -1):
        if tokens[start].lower not in table.lengths:
            continue  # most words start no measure verb: spare the match
        verb = match_phrase(tokens, start, table)
        if verb is not None and start + verb[0] in range(gap_end, first + 1):
            return verb[1]
    return _toll_before(tokens, first)


def _listed_measure(tokens: list[Token], first: int) -> Measure | None:
    """ "The tally read: dead, 19; injured, 64", "Killed: 12; injured: 40": a participle that
    opens a list item (after the sentence start or a colon, semicolon or comma) and labels the
    number after its colon or comma; or a longer label before a colon that names the measure
    with a noun ("Cumulative deaths: 71", "Confirmed deaths reported by clinics: 96")."""
    if first < 2 or tokens[first - 1].text not in _LIST_SEPARATORS:
        return None
    opens_item = tokens[first - 3].text in _LIST_SEPARATORS | {"."}
    if first == 2 or (opens_item and not is_clock_minutes(tokens, first - 2)):
        participle = toll_participles().get(tokens[first - 2].lower)
        if participle is not None:
            return participle
    return _label_measure(tokens, first - 1) if tokens[first - 1].text == ":" else None


def _label_right_before(tokens: list[Token], first: int) -> Measure | None:
    """ "Human damage: deaths 16, injured 12, missing 2": a list item whose one-word label, a
    participle or a count noun, stands right before its number with no colon between."""
    if first < 2 or tokens[first - 2].text not in _LIST_SEPARATORS:
        return None
    label = tokens[first - 1].lower
    participle = toll_participles().get(label)
    if participle is not None:
        return participle
    noun = match_phrase(tokens, first - 1, noun_measures())
    return noun[1] if noun is not None and noun[0] == 1 else None


def _label_measure(tokens: list[Token], colon: int) -> Measure | None:
    """The measure a noun names in the label that ends at a colon, read from the label's
    start (the sentence start or a list separator, within `_LABEL_WORDS` words)."""
    start = colon - 1
    while start > 0 and colon - start < _LABEL_WORDS and not _ends_a_label(tokens, start - 1):
        start -= 1
    if start > 0 and not _ends_a_label(tokens, start - 1):
        return None  # a long clause, not a label
    words = {token.lower for token in tokens[start:colon]}
    if ("patients" in words and words & _INTAKE) or "admitted" in words:
        return "injured"  # "Patients received since 06:30: 86", "Admitted to wards: 29"
    tables = [noun_measures()]
    if not _counts_in_label(tokens, start, colon):
        tables.append(measure_table("after"))  # "Persons treated since 7 June: 61"
    for table in tables:
        for index in range(start, colon):
            named = match_phrase(tokens, index, table)
            if named is not None:
                return named[1]
    return None


def _reported_under_label(tokens: list[Token], first: int) -> Measure | None:
    """ "- Deaths: the Ministry of Health reports 4; hospital staff report at least 17": a
    number a source reports, in a list item whose label names the measure."""
    if first == 0 or tokens[first - 1].lower not in _REPORTING:
        return None
    colon = next((i for i, t in enumerate(tokens[:_LABEL_REACH]) if t.text == ":"), None)
    if colon is None or colon == 0 or _counts_in_label(tokens, 0, colon):
        return None
    return _label_measure(tokens, colon)


_REPORTING = frozenset("reports report reported says say said counts count gives give".split())
_LABEL_REACH = 4  # "- Deaths :", "• Persons injured :"


def _participle_numbers(tokens: list[Token], first: int) -> Measure | None:
    """ "Persons injured number seventy-one (71)", "those detained totalled 40": a participle
    that names a measure, then a verb of numbering right before the number."""
    if first < 2 or tokens[first - 1].lower not in _NUMBERING:
        return None
    return toll_participles().get(tokens[first - 2].lower)


_NUMBERING = frozenset("number numbered total totalled totaled".split())


def _ends_a_label(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] ends what comes before a label: a stop or a colon, though not the
    colon of a time of day ("since 06:30")."""
    return tokens[index].text in _LABEL_ENDS and not is_clock_minutes(tokens, index + 1)


def _counts_in_label(tokens: list[Token], start: int, colon: int) -> bool:
    """Whether the words before a colon count someone themselves ("The directorate says 15
    inmates died: 13 on Monday and two on Tuesday"): then they are a figure whose breakdown
    follows, not a label whose verb names the measure of the number after it."""
    for index in range(start, colon):
        quantity = find_quantity(tokens, index)
        if quantity is None:
            continue
        if _counted_noun(tokens, quantity.last) or (
            quantity.last == colon and _a_count_reached(tokens, index)
        ):
            return True
    return False


def _counted_noun(tokens: list[Token], index: int) -> bool:
    """Whether a subject ("15 inmates") or a count noun ("fourteen deaths") follows a number."""
    named = match_phrase(tokens, index, subjects())
    return named is not None or match_phrase(tokens, index, noun_measures()) is not None


def _a_count_reached(tokens: list[Token], first: int) -> bool:
    """ "the number of deaths stands at eight (8): four Nepali nationals, …": a number that a
    count reaches ("at", "to") right before a colon is a figure whose breakdown follows."""
    return first > 0 and tokens[first - 1].lower in {"at", "to"}


_LABEL_WORDS = 10  # "Confirmed deaths reported to the network by partner clinics"
_LABEL_ENDS = frozenset({".", ";", ":"})
# A hospital bulletin's line of patients taken in ("Patients admitted since Monday: 61"); a
# label with "admitted" alone ("Currently admitted: 19") counts patients too, though in prose
# "admitted" may be an admission of guilt.
_INTAKE = frozenset({"received", "admitted"})


def _toll_before(tokens: list[Token], first: int) -> Measure | None:
    """ "the death toll from floods in Sindh rose to 58": a toll, then at most a short phrase
    and link words ("rose to", "stood at") before the number."""
    toll = _toll_at(tokens, first)
    return toll[0] if toll else None


def _toll_subject(tokens: list[Token], first: int) -> str | None:
    """ "the death toll among civilians reached 74", "the count of injured protesters rose to
    118": the subject named right after the toll that the number after it gives."""
    toll = _toll_at(tokens, first)
    if toll is None or toll[1] >= len(tokens):
        return None
    if tokens[toll[1]].lower not in _TOLL_OF:  # "its count of injured protesters rose to 118"
        named = match_phrase(tokens, toll[1], subjects())
        return named[1] if named is not None else None
    after = toll[1] + 1 + (toll[1] + 1 < len(tokens) and tokens[toll[1] + 1].lower == "the")
    subject = match_phrase(tokens, after, subjects())
    return subject[1] if subject is not None else None


def _toll_at(tokens: list[Token], first: int) -> tuple[Measure, int] | None:
    """The toll before a number (its measure and the index after its words), if the words
    between are a short phrase and link words, with no clause break."""
    start = _links_start(tokens, first, toll_links())
    if start == first:
        return None
    start = _before_aside(tokens, start)
    tolls = measure_table("tolls")
    for end in range(start, max(0, start - _TOLL_PHRASE), -1):
        if end < start and _breaks_clause(tokens, end):
            return None
        if tokens[end - 1].lower in tolls.last_words:  # most words end no toll phrase
            measure = _toll_ending_at(tokens, end, tolls)
            if measure is not None:
                return measure, end
    return None


def _breaks_clause(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] ends a clause, read backwards from a number: a comma or a clause
    word, but not "after", "since" or "before" as a preposition ("the number of people missing
    after the attack had fallen to seven")."""
    word = tokens[index].lower
    if word not in _CLAUSE_ENDS_OR_COMMA:
        return False
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return word not in _PREPOSITIONS or following not in _DETERMINERS


def _toll_ending_at(tokens: list[Token], end: int, tolls: Phrases[Measure]) -> Measure | None:
    """The measure of the longest toll phrase (of at most `_LONGEST_TOLL` words) that ends
    right before tokens[end]."""
    for first in range(max(0, end - _LONGEST_TOLL), end):
        words = tuple(token.lower for token in tokens[first:end])
        if words in tolls:
            return tolls[words]
    return None


def _before_aside(tokens: list[Token], index: int) -> int:
    """ "The toll, which the opposition disputes, stands at 31": the index of the comma that
    opens an aside ending right before `index`, so that the toll before it is read; else
    `index`."""
    if index == 0 or tokens[index - 1].text != ",":
        return index
    for opening in range(index - 2, max(-1, index - 2 - _ASIDE_WINDOW), -1):
        if tokens[opening].text == ",":
            opens_aside = tokens[opening + 1].lower in _ASIDE_OPENERS
            return opening if opens_aside else index
        if tokens[opening].lower in _CLAUSE_ENDS - _ASIDE_OPENERS:
            return index
    return index


def _measure_after(tokens: list[Token], index: int) -> Measure | None:
    """The first measure verb later in the clause: "... and 12 police officers were killed".
    A verb of its own before "and" and another number ends the figure's predicate: in "140
    people had fallen ill and two had died" or "45 inmates escaped and 3 guards were killed",
    the later verb is the other figure's."""
    table = measure_table("after")
    for position in range(index, min(len(tokens), index + _RIGHT_WINDOW)):
        word = tokens[position].lower
        if word in _CLAUSE_ENDS or (word in _SPEAKING and not _says_of_it(tokens, position)):
            return None  # "Two officials said 40 people had died": the verb is not theirs
        if (
            word in _AND_OR
            and _has_own_verb(tokens, index, position)
            and _figure_next(tokens, position)
        ):
            return None
        if word in table.lengths and not _whose_kin(tokens, index, position):
            verb = match_phrase(tokens, position, table)
            if verb is not None:
                return verb[1]
        if word == "with" and _wounds_follow(tokens, position + 1):
            return "injured"
    return None


def _wounds_follow(tokens: list[Token], start: int) -> bool:
    """ "29 people with gunshot or beating injuries", "14 people with gunshot or machete
    wounds": a noun of wounds after "with" and a few lowercase words that say what made them."""
    for token in tokens[start : start + _WOUND_REACH]:
        if token.lower in _WOUNDS:
            return True
        if not (token.text.isalpha() and token.text.islower()):
            return False
    return False


_WOUNDS = frozenset({"wounds", "injuries", "burns", "fractures"})
_WOUND_REACH = 4  # "with [gunshot or beating] injuries"


def _whose_kin(tokens: list[Token], index: int, position: int) -> bool:
    """ "200 relatives and friends of the dead held a vigil": the dead (or injured) named after
    a noun's "of the" are those it is kin to, not what befell the number's members."""
    of_the = [token.lower for token in tokens[position - 2 : position]] == ["of", "the"]
    return of_the and position - 2 > index


def _sheltered(tokens: list[Token], index: int) -> Measure | None:
    """ "46 families are housed in the sports hall", "Some 150 residents spent a second night
    in the primary school": people told to stay in a place of shelter, later in the clause, are
    displaced, though no verb says they left their homes."""
    stays = shelter_stays()
    for position in range(index, min(len(tokens), index + _RIGHT_WINDOW)):
        word = tokens[position].lower
        if word in _CLAUSE_ENDS or word in _SPEAKING:
            return None
        if word in stays and _shelter_follows(tokens, position + 1):
            return "displaced"
    return None


def _shelter_follows(tokens: list[Token], start: int) -> bool:
    """Whether a place of shelter follows within `_SHELTER_REACH` words of the clause: "spent
    [a second night in the primary] school"."""
    for token in tokens[start : start + _SHELTER_REACH]:
        if token.lower in _CLAUSE_ENDS:
            return False
        if token.lower in shelters():
            return True
    return False


_SHELTER_REACH = 7


def _says_of_it(tokens: list[Token], saying: int) -> bool:
    """ "four people she said had died", "12 men police say were shot": a verb of saying that
    an auxiliary follows, with no subject of its own, tells who says what befell the counted
    (a relative clause), so the measure verb after it is still theirs; so does an aside
    between commas: "Only 23 people, the police said, were still held"."""
    following = saying + 1
    if following < len(tokens) and tokens[following].text == ",":
        following += 1  # the aside's closing comma
    return following < len(tokens) and tokens[following].lower in _AUXILIARIES


def _has_own_verb(tokens: list[Token], first: int, end: int) -> bool:
    """Whether tokens[first:end] hold an auxiliary or a past verb: a predicate of their own.
    Asked only at an "and" or "or", which few clauses hold."""
    return any(token.lower in _AUXILIARIES or _past_verb(token) for token in tokens[first:end])


def _past_verb(token: Token) -> bool:
    """A lower-case word in "-ed", most often a verb of its own ("45 inmates escaped")."""
    return token.text.islower() and token.text.isalpha() and token.text.endswith("ed")


def _figure_next(tokens: list[Token], position: int) -> bool:
    """Whether a number or quantity word follows `position` ("… and two had died", "… and
    that 52 of them had been buried")."""
    position += position + 1 < len(tokens) and tokens[position + 1].lower == "that"
    following = tokens[position + 1].lower if position + 1 < len(tokens) else ""
    return following[:1].isdigit() or (following != "a" and may_start_quantity(following))


def _bare_count_ok(tokens: list[Token], quantity: Quantity, last: int) -> bool:
    """A number with no noun counts people only right beside its verb: "killing 12", "12 died",
    or a verb that opens with a word of the gap: "31 remain admitted"; or after the total it
    is a part of: "Of the deceased, 7 were patients"."""
    if _measure_before(tokens, quantity.first) is not None:
        return True
    if _named_total(tokens, quantity.first) is not None:
        return True
    position = last
    while position < len(tokens) and tokens[position].lower in _BARE_VERB_GAP:
        position += 1
    table = measure_table("after")
    after = any(match_phrase(tokens, i, table) for i in range(last, min(position + 1, len(tokens))))
    nouns = position == last and position < len(tokens)
    return bool(after) or (nouns and match_phrase(tokens, position, noun_measures()) is not None)


def asked_figure(tokens: list[Token]) -> Figure | None:
    """ "How many people have died?", "How many were hurt?": an explainer's question names the
    count that the bare numbers of its answer give ("The ministry's count reached 11"), as a
    figure before them would; a figure of no number (its quantity has no range)."""
    if len(tokens) < 4 or tokens[-1].text != "?":
        return None
    if (tokens[0].lower, tokens[1].lower) != ("how", "many"):
        return None
    measure = _measure_after(tokens, 2)
    if measure is None:
        return None
    named = match_phrase(tokens, 2, subjects())
    subject = named[1] if named else _GENERIC
    quantity = Quantity(0, 2, "How many", None, None, "vague")
    return Figure(quantity, subject, measure, 0, len(tokens) - 1)
