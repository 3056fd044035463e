"""Read what a number in a sentence counts: the subject after it and the measure around it.

`Figure` is the record of one figure. Its subject comes after the number ("12 police
officers", "dozens of injured residents", "4,000 police officers and soldiers"); its measure
from a noun, a verb or toll before the number ("killing 12", "the death toll rose to 164"), the
label of a list item ("Killed: 12; injured: 40"), or a verb later in its clause ("... were
killed"). These readings are apart from `figure_mentions`, which decides what a quantity is, so
that the readings of parts (`figure_parts`) and restatements (`figure_restated`) may use them
without an import cycle.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from factline.figure_lexicon import (
    common_subject,
    generic_tolls,
    measure_table,
    nationality_adjectives,
    noun_measures,
    shelter_stays,
    shelters,
    subjects,
    toll_links,
    toll_participles,
)
from factline.quantities import (
    Phrases,
    Quantity,
    Token,
    find_quantity,
    is_clock_minutes,
    match_phrase,
    may_start_quantity,
)
from factline.record import Measure
from factline.times_calendar import WEEKDAY_NAMES

_RIGHT_WINDOW = 14
_GENERIC = "people"  # what a bare number counts when nothing says otherwise
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
_GROUP_OF = frozenset({"the", "its", "their"})
# "the toll, which the opposition disputes, …", "the count, according to the UN, …"
_ASIDE_OPENERS = frozenset("which according already still now disputed contested based".split())
_ASIDE_WINDOW = 12  # ", based on the morgues of the university hospital and Bè,"
_AND_OR = frozenset({"and", "or"})
# Verbs of saying after which a clause tells what was said, not what befell the speakers
_SPEAKING = frozenset("said says say told tells tell added adds stated insisted explained".split())
_AUXILIARIES = frozenset("had has have were was are is".split())
_LIST_SEPARATORS = frozenset({":", ";", ","})  # "Killed: 12; injured: 40"
# "the death toll among civilians", "the toll of soldiers": the subject a toll counts
_TOLL_OF = frozenset({"among", "of"})
# "the number of people missing after the attack": a preposition, not a clause break
_PREPOSITIONS = frozenset({"after", "since", "before"})
_DETERMINERS = frozenset("the a an its their his her this that last".split())
# "the number of people arrested since Monday at 172": a day after the preposition, too
_DAYS = frozenset(WEEKDAY_NAMES) | {"yesterday"}


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


_ANY_DIGIT = re.compile(r"\d")


def _a_number_at(tokens: list[Token], index: int) -> bool:
    """Whether a number (not a lone article, "a private clinic") starts at tokens[index]."""
    quantity = find_quantity(tokens, index)
    return quantity is not None and quantity.text.lower() not in ("a", "an")


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


def _subject_after(tokens: list[Token], index: int) -> tuple[str | None, int, Measure | None]:
    """(subject, end index, measure named by a noun) after a quantity ending at `index`."""
    at = _past_age(tokens, _skip_linking_words(tokens, index))
    for skip in range(3):
        position = at + skip
        if position >= len(tokens):
            break
        adverbs = _only_adverbs(tokens, at, position) or _cause_of_deaths(tokens, at, position)
        nationals = _nationality_of(tokens, at, position)
        noun = match_phrase(tokens, position, noun_measures()) if adverbs or nationals else None
        if noun is not None:
            after = match_phrase(tokens, position + noun[0], subjects())
            if after is None:
                named = _named_part(tokens, position + noun[0]) if at > index else None
                return named or nationals, position + noun[0], noun[1]
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


def _nationality_of(tokens: list[Token], first: int, end: int) -> str | None:
    """ "16 Bangladeshi dead", "two Sri Lankan deaths": the subject (`foreigners`) that a
    capitalised word of a country's people, all of tokens[first:end], makes of the noun of a
    measure after it, as "16 Bangladeshis died" would; None for any other words."""
    if end == first or not tokens[first].text[:1].isupper():
        return None
    named = match_phrase(tokens, first, nationality_adjectives())
    return named[1] if named is not None and named[0] == end - first else None


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


def _is_modifier(token: Token) -> bool:
    """A word that may stand between a number and its noun: "12 unarmed protesters", "46
    heat-related deaths"; not a word that opens a clause ("risen to ten after two men died")."""
    if token.lower in _CLAUSE_ENDS:
        return False
    return token.text.replace("-", "").isalpha() and token.lower not in _FUNCTION_WORDS


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
    """ "- Deaths: the Ministry of Health reports 4; hospital staff report at least 17", "•
    Deaths: the provincial government's figure is 6": a number a source reports, or that a
    count noun gives, in a list item whose label names the measure."""
    if first == 0:
        return None
    if tokens[first - 1].lower not in _REPORTING and not _given_by_a_count_noun(tokens, first):
        return None
    colon = next((i for i, t in enumerate(tokens[:_LABEL_REACH]) if t.text == ":"), None)
    if colon is None or colon == 0 or _counts_in_label(tokens, 0, colon):
        return None
    return _label_measure(tokens, colon)


def _given_by_a_count_noun(tokens: list[Token], first: int) -> bool:
    """ "the provincial government's figure is 6": a count noun and link words right before."""
    start = _links_start(tokens, first, toll_links())
    return first > start > 0 and tokens[start - 1].lower in generic_tolls()


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
    """Whether tokens[index] ends what comes before a label: a stop, a colon or a verb that
    introduces a list, though not the colon of a time of day ("since 06:30")."""
    if tokens[index].lower in _LISTING:
        return True
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
# A verb that introduces a list opens its first label: a bulletin 'listed "deaths: 9; …"'
_LISTING = frozenset("listed lists list read reads showed shows gave gives".split())
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
            return _number_of_those(tokens, start)
        if tokens[end - 1].lower in tolls.last_words:  # most words end no toll phrase
            measure = _toll_ending_at(tokens, end, tolls)
            if measure is not None:
                return measure, end
    return _number_of_those(tokens, start)


def _number_of_those(tokens: list[Token], start: int) -> tuple[Measure, int] | None:
    """ "… announced that the number of persons who lost their life in the accident which
    happened on Monday at Harbu has reached 39": the number of people who something befell,
    named before a number's link words, is a toll of that, however long its clause (the index
    returned is that of the people named)."""
    reach = range(start - len(_NUMBER_OF), max(-1, start - _NUMBER_OF_REACH), -1)
    opening = next((i for i in reach if _number_of_at(tokens, i)), None)
    if opening is None:
        return None
    at = opening + len(_NUMBER_OF)
    named = match_phrase(tokens, at, subjects())
    relative = at + named[0] if named is not None else len(tokens)
    if relative >= start or tokens[relative].lower not in _RELATIVES:
        return None
    verb = relative + 1
    while verb < start and tokens[verb].lower in _AUXILIARIES | {"been"}:
        verb += 1
    found = match_phrase(tokens, verb, measure_table("after"))
    return (found[1], at) if found is not None else None


def _number_of_at(tokens: list[Token], index: int) -> bool:
    return [token.lower for token in tokens[index : index + len(_NUMBER_OF)]] == _NUMBER_OF


_NUMBER_OF = ["the", "number", "of"]
# How far back "the number of" may open its toll: a long clause, but a bounded look per number.
_NUMBER_OF_REACH = 40
_RELATIVES = frozenset({"who", "that"})


def _breaks_clause(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] ends a clause, read backwards from a number: a comma or a clause
    word, but not "after", "since" or "before" as a preposition ("the number of people missing
    after the attack had fallen to seven")."""
    word = tokens[index].lower
    if word not in _CLAUSE_ENDS_OR_COMMA:
        return False
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return word not in _PREPOSITIONS or following not in _DETERMINERS | _DAYS


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
            where = _names_a_place(tokens[opening + 1 : index - 1])
            return opening if opens_aside or where else index
        if tokens[opening].lower in _CLAUSE_ENDS - _ASIDE_OPENERS:
            return index
    return index


def _names_a_place(words: list[Token]) -> bool:
    """ ", in northern Norway,", ", Chad,": words between commas that only say where (a place
    preposition, then capitalised names and compass adjectives), an aside of the toll's event
    that leaves the toll before it to be read."""
    if words and words[0].lower in _PLACE_PREPOSITIONS:
        words = words[1:]
    names = [word for word in words if word.lower not in _COMPASS]
    return bool(names) and all(word.text[:1].isupper() for word in names)


_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside"})
_COMPASS = frozenset(
    "northern southern eastern western central north south east west the of".split()
)


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
        if word in _CARRIED and _to_a_hospital(tokens, position + 1):
            return "injured"
    return None


def _to_a_hospital(tokens: list[Token], start: int) -> bool:
    """ "20 were taken to the Bè district hospital", "rushed to two clinics in the town": "to"
    and a hospital named in a few words, where the carried go to be treated."""
    if start >= len(tokens) or tokens[start].lower != "to":
        return False
    for token in tokens[start + 1 : start + 1 + _HOSPITAL_REACH]:
        if token.lower in _HOSPITALS:
            return True
        if not token.text.isalpha():
            return False
    return False


_CARRIED = frozenset({"taken", "rushed", "brought", "transferred", "airlifted", "flown"})
_HOSPITALS = frozenset({"hospital", "hospitals", "clinic", "clinics"})
_HOSPITAL_REACH = 4  # "taken to [the Bè district] hospital"


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
    between commas: "Only 23 people, the police said, were still held"; and so does the sayer
    named again as the doer: "the 71 persons the police say they have arrested"."""
    following = saying + 1
    if following < len(tokens) and tokens[following].text == ",":
        following += 1  # the aside's closing comma
    if following + 1 < len(tokens) and tokens[following].lower in _DOERS_AGAIN:
        # "the 71 persons the police say they have arrested": the sayer, named again, did it
        following += 1
        return tokens[following].lower in _AUXILIARIES or _past_verb(tokens[following])
    return following < len(tokens) and tokens[following].lower in _AUXILIARIES


_DOERS_AGAIN = frozenset({"they", "he", "she", "it", "we"})


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
