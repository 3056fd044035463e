"""Tell a figure that counts a part of another: "including 16 police officers", "22 of the dead".

A part is never a rival of its total, so the check stage must know it (`Figure.part`). The
readers here find the markers of a part ("of whom", "among them", "of these,"), breakdowns in
a parenthesis or a list after a colon ("71 (Juba 49, Malakal 22)", "15 inmates died: 13 on
Monday and two on Tuesday"), increments ("12 more people") and counts of those in a condition
("19 remain in serious condition"); and they give a bare number that is a part the subject and
measure of its total. They are apart from `figure_mentions` because they are one question,
whether a count is whole, that the figures stage asks again (`is_part`, `names_subgroup`).
"""

from __future__ import annotations

from factline.figure_lexicon import (
    conditions,
    generic_tolls,
    measure_table,
    subject_within,
    subjects,
    toll_participles,
)
from factline.figure_reading import (
    _ANY_DIGIT,
    _CLAUSE_ENDS,
    _CLAUSE_ENDS_OR_COMMA,
    _GENERIC,
    _LABEL_ENDS,
    _LABEL_WORDS,
    Figure,
    _a_number_at,
    _counts_in_label,
    _measure_before,
    _named_part,
    _subject_after,
)
from factline.quantities import Phrases, Quantity, Token, find_quantity, match_phrase
from factline.record import Measure
from factline.times_calendar import WEEKDAY_NAMES

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
_PLACE_WORDS = frozenset({"in", "at", "near", "across"})  # "… and three in Quito"
_PART_FOLLOWERS = frozenset({("of", "the"), ("of", "them"), ("of", "whom"), ("of", "those")})
_PARTITIVE_FOLLOWERS = _PART_FOLLOWERS - {("of", "the")}  # "of the" may count them all


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
    if not earlier or not _after_and(tokens, quantity.first):
        return None
    if following not in _PLACE_WORDS:
        return _gapped_part(tokens, quantity, earlier[-1])
    total = earlier[-1]
    return Figure(quantity, total.subject, total.measure, quantity.first, quantity.last)


def _after_and(tokens: list[Token], first: int) -> bool:
    """Whether the number at `first` follows "and", past any word of addition ("and a further
    23", "and another three")."""
    lead = first - 1
    while lead > 0 and tokens[lead].lower in _ADDED:
        lead -= 1
    return lead >= 0 and tokens[lead].lower == "and"


_ADDED = frozenset({"another", "a", "further", "additional"})


def shares_verb_before(tokens: list[Token], quantity: Quantity, last: int) -> bool:
    """ "Seven civilians have died and three soldiers, ten in all", "police held 12 students
    and two teachers.": a figure after "and" whose clause ends right after its subject has no
    verb of its own; it shares the verb of the figure before it."""
    if not _after_and(tokens, quantity.first):
        return False
    return last >= len(tokens) or tokens[last].text in _CLAUSE_CLOSERS


_CLAUSE_CLOSERS = frozenset({",", ".", ";"})


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

# "the police figure on Tuesday was 12": a day between a count noun and its number names no
# place, so the number is still the count's.
_DAY_NAMES = frozenset(WEEKDAY_NAMES) | {"yesterday", "today", "tonight"}


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
