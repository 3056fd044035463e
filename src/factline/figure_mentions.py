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

Where a number's subject and measure are read is `figure_reading`; how a figure is told as a
part of another, `figure_parts`; how a bare number restates a count said before, `figure_restated`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from functools import cache
from itertools import compress, count
from operator import attrgetter

from factline.figure_lexicon import default_measure, measure_table, noun_measures, subjects
from factline.figure_lexicon import subject_parents as subject_parents
from factline.figure_parts import (
    _among_them,
    _bracketed_part,
    _breakdown,
    _gapped,
    _is_part,
    _joined_to_part,
    _left_the_count,
    _named_total,
    _next_in_series,
    _opening_group,
    _own_verb,
    _part_of_opening,
    _part_of_these,
    _part_subject,
    _partitive,
    _time_phrase_end,
    shares_verb_before,
)
from factline.figure_parts import counts_all_of_a_part as counts_all_of_a_part
from factline.figure_parts import is_part as is_part
from factline.figure_parts import names_subgroup as names_subgroup
from factline.figure_reading import (
    _ANY_DIGIT,
    _CLAUSE_ENDS,
    _GAP_BEFORE_NUMBER,
    _GENERIC,
    _RIGHT_WINDOW,
    _a_number_at,
    _is_modifier,
    _measure_after,
    _measure_before,
    _past_age,
    _sheltered,
    _subject_after,
    _subject_before,
    _toll_at,
    _toll_subject,
)
from factline.figure_reading import Figure as Figure
from factline.figure_restated import SUBJECT_PRONOUNS as SUBJECT_PRONOUNS
from factline.figure_restated import _restated
from factline.figure_restated import summed as summed
from factline.quantities import (
    Quantity,
    Token,
    find_quantity,
    load_resource,
    match_phrase,
    may_start_quantity,
    quantity_starters,
)
from factline.record import Measure
from factline.times_grammar import lexicon as times_lexicon

_OWNERS = frozenset({"its", "their", "his", "her", "our"})  # "stood by its toll of 12"
_OWN_TOLL_REACH = 3  # "its [own] [death] toll"
_LOWER = attrgetter("lower")
_STARTS_CACHE = 1 << 16  # distinct words remembered by `_STARTS_BY_WORD`
# Words of a figure that only a denial gives: "denied that any protesters had been killed".
DENIED_ONLY = frozenset({"any", "anyone", "anybody"})
_BARE_VERB_GAP = frozenset(
    "were was have has had been are is reportedly also later being more others remain remained "
    "remains still now currently reported".split()
)
_SINGULAR_DEATHS = frozenset({"died", "perished", "drowned"})  # "A protester died"
# Subjects that are things ("homes", "patrol boats"): what is done to them is no figure.
_THINGS = frozenset({"homes"})
# "the toll has passed 100": a number a count has gone beyond is its least value
_GONE_PAST = frozenset({"passed", "exceeded", "topped", "surpassed"})
# "still searching for at least 60 people": people searched for are missing
_SEARCHING = frozenset(
    (verb, "for") for verb in ("searching", "search", "searched", "looking", "hunting")
)
# "police were searching for three suspects": a hunt, not a search for the missing
_SOUGHT_NOT_MISSING = _THINGS | {"attackers", "prisoners"}
# "rescuers saved 40 lives": lives that were not lost
_SAVING = frozenset("saved save saves saving spared".split())
_SAVING_WINDOW = 3


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
        if (word == "alive" and not _not_out_alive(tokens, last, index)) or word in _STRUCK_OFF:
            return True
        before = [token.lower for token in tokens[max(0, index - 2) : index]]
        following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if word in _OTHER_CAUSES and following == "causes":
            return True
        if (word == "counted" and before == _NOT_BE) or (word == "both" and before[-1:] == _AT):
            return True  # "could not be counted", "registered as dead at both morgues"
    return False


def _not_out_alive(tokens: list[Token], last: int, alive: int) -> bool:
    """ "seven children did not come out alive", "never made it out alive": "alive" that a
    negation before it in the figure's clause denies tells of the dead, not of survivors."""
    return any(token.lower in _NEGATIONS for token in tokens[last:alive])


_NEGATIONS = frozenset({"not", "never", "n't"})
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


def _sum_of_groups(
    tokens: list[Token], figure: Figure | None, earlier: list[Figure]
) -> Figure | None:
    """ "Seven civilians have died and three members of the security forces, ten in all": a
    sum of the figures before it in its sentence counts people when they count different
    groups, not the last group named."""
    if figure is None or figure.restates is None or not summed(tokens, figure.last):
        return figure
    groups = {f.subject for f in earlier if f.measure == figure.measure}
    if len(groups) < 2:
        return figure
    return dataclasses.replace(figure, subject=_GENERIC)


def _became_of(tokens: list[Token], index: int) -> Measure | None:
    """ "two injured inmates died", "12 wounded protesters were arrested": a death or an arrest
    right after a subject its adjective measures ("injured") is what the figure counts; a verb
    of anything else ("4,000 displaced people have arrived") leaves the adjective's measure."""
    verb = _own_verb(tokens, index)
    return verb if verb in _OUTCOMES else None


_OUTCOMES = frozenset({"killed", "arrested", "detained"})


def _figure(
    tokens: list[Token], quantity: Quantity, earlier: list[Figure], last_figure: Figure | None
) -> Figure | None:
    partitive = _partitive(tokens, quantity, last_figure) or _among_them(
        tokens, quantity, last_figure
    )
    if partitive is not None:
        return partitive
    listed = _names_listed(tokens, quantity, last_figure)
    if listed is not None:
        return listed
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
        later = _next_in_series(tokens, quantity, earlier[-1]) or _changed_to(
            tokens, quantity, earlier[-1]
        )
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
            or _sum_of_groups(tokens, _restated(tokens, quantity, last_figure), earlier)
        )
    if subject is None and _agent_noun(tokens, quantity.last):
        # "16 porters were killed": a plural noun of people the subject table lacks
        own = _measure_after(tokens, quantity.last + 1)
        if own is not None and measure in (None, own):
            measure, subject, last = own, _GENERIC, quantity.last + 1
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
    if measure is None and earlier and shares_verb_before(tokens, quantity, last):
        measure = earlier[-1].measure
    if measure is None:
        phrase = " ".join(token.lower for token in tokens[quantity.last : last])
        measure = default_measure(subject, phrase)
    if measure is None or subject in _THINGS:
        return None  # "lost 300 homes", "sent three patrol boats": things are no figure
    counts_a_part = joined or is_part(tokens, quantity.first, last)
    return Figure(quantity, subject, measure, quantity.first, last, counts_a_part)


def _changed_to(tokens: list[Token], quantity: Quantity, before: Figure) -> Figure | None:
    """ "the count, which stood at 14 on Tuesday, has since risen to 19", "revised from 31 to
    27", "raised it to seventeen": a bare number that a count in the sentence changed to is the
    same count later, so it counts that figure's subject and measure."""
    if quantity.first < 2 or tokens[quantity.first - 1].lower != "to":
        return None
    changed = tokens[quantity.first - 2]
    named = (
        changed.lower == "it"
        and quantity.first > 2
        and tokens[quantity.first - 3].lower in _CHANGED
    )
    if quantity.first - before.last > _CHANGE_REACH and not named:
        return None  # a figure far back may count something else (but "it" names the count)
    if (
        changed.lower not in _CHANGED
        and not named
        and find_quantity(tokens, quantity.first - 2) is None
    ):
        return None
    return Figure(quantity, before.subject, before.measure, quantity.first, quantity.last)


_CHANGE_REACH = 10  # "stood at 14 [on Tuesday, has since] risen to 19"
_CHANGED = frozenset(
    "risen rose rise rises raised raises revised lowered fallen fell climbed increased dropped "
    "jumped grown grew".split()
)


def _names_listed(
    tokens: list[Token], quantity: Quantity, last_figure: Figure | None
) -> Figure | None:
    """ "the relatives' list: 14 names of patients it says died", "its list had grown to 15
    names": a count of names is a count of people, of what a verb after it says befell them,
    else of what the figure before it counts (a list of the dead, of the missing)."""
    if quantity.last >= len(tokens) or tokens[quantity.last].lower != "names":
        return None
    end = quantity.last + 1
    measure = _measure_after(tokens, end)
    if measure is not None:
        return Figure(quantity, _GENERIC, measure, quantity.first, end)
    if last_figure is None:
        return None
    return Figure(quantity, last_figure.subject, last_figure.measure, quantity.first, end)


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


def _no_count(tokens: list[Token], quantity: Quantity) -> bool:
    """ "a toll well above the one given by the authorities", "published at 1 p.m.", "Block 6
    held 412 inmates", "a prison built for about 2,000 people", "several death tolls": "the
    one" before a participle stands for a noun said before; a number before "a.m." or "p.m."
    is an hour, one after a thing's name ("Block 6", "Bulletin No. 3") is its number, one before
    a month ("16 February") its day, one after "built for" a capacity; and a number of tolls
    counts tolls, not people."""
    before = [token.lower for token in tokens[max(0, quantity.first - 2) : quantity.first]]
    after = [token.lower for token in tokens[quantity.last : quantity.last + 2]]
    if before[-1:] == ["the"] and quantity.text.lower() == "one" and after[:1] in _STANDS_FOR:
        return True
    if after in _HOURS or before[-1:] in _NUMBERED_THINGS or before in _CAPACITY:
        return True
    if before == ["no", "."] and quantity.text[:1].isdigit():
        return True  # "Statement No. 9 says four people died": a number that names, not counts
    if _a_day_of_the_month(quantity, after):
        return True  # "the attack of 16 February"
    return any(word in _COUNTS_OF_COUNTS for word in after)


# "the one given by", "the one that the ministry reported": "one" that stands for a noun
_STANDS_FOR = [[word] for word in "given reported announced cited published put that which".split()]
_HOURS = [["a", "."], ["p", "."], ["a.m"], ["p.m"], ["am"], ["pm"]]
_NUMBERED_THINGS = [
    [word]
    for word in (
        "block zone ward gate room unit platform route statement bulletin communique communiqué "
        "resolution article decree flight sector cell bed"
    ).split()
]
_CAPACITY = [["built", "for"], ["designed", "for"], ["capacity", "of"], ["room", "for"]]
_COUNTS_OF_COUNTS = frozenset({"tolls", "figures", "counts", "tallies", "estimates"})


def _a_day_of_the_month(quantity: Quantity, after: list[str]) -> bool:
    """ "the fire of 20 May": a day number before a month's name (not "12 May Day marchers")."""
    if not quantity.text.isdigit() or int(quantity.text) > 31 or not after:
        return False
    return after[0] in times_lexicon().months and after[:2] != ["may", "day"]


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


def _elided_subject(tokens: list[Token], first: int, earlier: list[Figure]) -> str:
    """ "13 protesters had been killed and 160 injured": a bare number after "and" counts the
    subject of the figure before it; otherwise a bare number counts people."""
    if earlier and first > 0 and tokens[first - 1].lower == "and":
        return earlier[-1].subject
    return "people"


def _agent_noun(tokens: list[Token], position: int) -> bool:
    """Whether tokens[position] is a plural noun of people that the subject table lacks: a
    lower-case word with an agent's ending ("porters", "cyclists", "technicians")."""
    if position >= len(tokens):
        return False
    word = tokens[position].text
    return (
        word.isalpha()
        and word.islower()
        and word.endswith(_AGENT_ENDINGS)
        and word not in _AGENT_LOOKALIKES
        and match_phrase(tokens, position, subjects()) is None
    )


# Endings of plural nouns of people ("porters", "vendors", "cyclists", "technicians", "migrants")
_AGENT_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents")
# Plural words with such an ending that count no people
_AGENT_LOOKALIKES = frozenset(
    "others numbers letters papers containers tankers computers helicopters speakers chambers "
    "quarters centers centres layers meters metres kilometers kilometres liters litres dollars "
    "members headquarters borders orders powers waters matters offers flowers towers rivers "
    "motors sectors monitors tractors generators reactors factors percents cents events "
    "incidents documents agreements statements comments amendments agents plants grants "
    "restaurants".split()
)


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
