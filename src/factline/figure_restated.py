"""Tell a bare number that restates a count said before: "activists said the true figure was 39".

"Police said 12 died; activists put the number at 39": the second number has no subject or
measure of its own, yet it is a rival count of the first. The readers here find what marks such
a restatement: a generic count noun ("figure", "tally"), a verb that gives a number ("the
ministry said 840"), a count revised from ("down from 53"), a sum ("19 in all"), a number
called false ("fourteen is simply wrong"), and an answer to a question ("Q: How many people
died? A: Seven."). They are apart from `figure_mentions` because they read the sentences
before as well as the number's own, and only when nothing else gives the number a meaning.
"""

from __future__ import annotations

import re

from factline.attribution import holder_phrase
from factline.figure_lexicon import generic_tolls, living_words, noun_measures, toll_links
from factline.figure_parts import _BRACKETS, _DAY_NAMES, _PLACE_WORDS
from factline.figure_reading import _CLAUSE_ENDS_OR_COMMA, Figure, _links_start, _measure_after
from factline.quantities import Quantity, Token
from factline.record import Measure

# "… said 840.", "organisers claimed 100,000."
_SAYING_A_NUMBER = frozenset(
    "said says say saying counted reported estimated gave gives give giving "
    "claimed claims report reports count counts told".split()
)
_ESTIMATED = frozenset({"estimated"})  # "police estimated 10,000": the verb reads as a qualifier
# "said it was more than 250", "put it at 4,000", "…, putting it at 104"
_RESTATING_IT = _SAYING_A_NUMBER | {"put", "puts", "putting"}
_CHANGED_FROM = frozenset({("down", "from"), ("up", "from")})
_GIVEN = frozenset(
    "given reported announced cited claimed counted confirmed acknowledged admitted recorded "
    "registered issued published listed communicated circulated quoted".split()
)
_GENERIC_PHRASE = 4  # "the number [on the ground] at 500"
_GIVEN_PHRASE = 7  # "the figure [given by the regional health ministry] was 91"
_GIVEN_REACH = 12  # "the figure [given by the Norte de Santander governor's office on Tuesday] was"
_FALSE_WORDS = frozenset("wrong false untrue incorrect exaggerated inflated".split())
_TRUE_WORDS = frozenset("true correct accurate right".split())
_CREDIBLE_WORDS = frozenset("serious credible real reliable".split())
_FIGURE_NOUNS = frozenset("number figure count toll".split())
_POSSESSIVE = re.compile(r"['’]s?$")  # "governor's", "ministries'"
# "its count of 41 has not changed", "the count of 21 had included two men"
_COUNT_VERBS = frozenset({"has", "had", "is", "was", "remains", "included", "includes"})
# A day or hour told right after a restated number: "our figure was six last night"
_TOLD_WHEN = frozenset("last yesterday today overnight earlier now then this".split())
# What may follow a restated bare number: a clause break, a preposition, or any participle of
# saying ("the 600 claimed by opposition lawyers").
_AFTER_GENERIC_TOLL = (
    frozenset(
        ". , ; : ) ] ? ! on in at by across according and but while released as since for here "
        "alone".split()
    )
    | _GIVEN
    | _TOLD_WHEN
)


def _restated(tokens: list[Token], quantity: Quantity, last_figure: Figure) -> Figure | None:
    """ "Police said 12 died; activists said the true figure was 39", "the Red Cross put the
    number at nine", "… were injured; the ministry said 840": a bare number after a generic
    count noun ("figure", "number", "tally") or a saying verb, closing its clause, restates
    the figure before it, so it counts the same subject and measure; so does a bare number
    that a clause calls false ("fourteen is simply wrong"), and one that answers a question
    ("Q: How many people died? A: Seven.")."""
    if _answers(tokens, quantity, last_figure) or _repeated_alone(tokens, quantity):
        asked = _measure_asked_before(tokens, quantity.first)
        if asked is not None and asked != last_figure.measure:
            # "Asked how many had died, an official told reporters: 'Forty-seven.'"
            return Figure(quantity, "people", asked, quantity.first, quantity.last)
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
    said = (
        _said_before(tokens, start)
        or _held_to(tokens, quantity.first)
        or _had_by_a_source(tokens, quantity.first)
    )
    estimated = tokens[quantity.first].lower in _ESTIMATED
    changed_from = _changed_from(tokens, quantity.first)
    given = _the_given(tokens, quantity) or _called_the_count(tokens, quantity.last, generic)
    restating = _restating_it(tokens, start, quantity.first) or given or _it_was(tokens, quantity)
    sums = summed(tokens, quantity.last)
    judged = _judged_false(tokens, quantity.last) or _rejected_alternative(tokens, quantity.first)
    if said and not (after_generic or restating) and _far_from(quantity, last_figure):
        said = False  # "Police estimate 1,500. Traders say 5,000": no rival of a toll of 12
    owned = _owned_number(tokens, quantity.first) and not _far_from(quantity, last_figure)
    if not (
        after_generic or said or estimated or restating or changed_from or sums or judged or owned
    ):
        return None
    after = tokens[quantity.last].lower if quantity.last < len(tokens) else "."
    # "its count of 41 has not changed": a count noun's number may open the clause's verb
    verb_of_count = after_generic and after in _COUNT_VERBS
    if after not in _AFTER_GENERIC_TOLL and not (
        changed_from or given or sums or verb_of_count or judged or owned
    ):
        return None  # "the figure was 12 percent": not a count of the figure before
    own = _measure_named_before(tokens, quantity.first)
    if own is not None and own != last_figure.measure:
        # "The Red Cross, which counts deaths, gives a figure of 11" after a count of the injured
        return Figure(quantity, last_figure.subject, own, quantity.first, quantity.last)
    subject, measure = last_figure.subject, last_figure.measure
    return Figure(quantity, subject, measure, quantity.first, quantity.last, restates=last_figure)


def _owned_number(tokens: list[Token], first: int) -> bool:
    """ "The Ministry's 19 leaves little room", "the police have not withdrawn their six",
    "both are already among its 14": a bare number right after a possessive is its owner's
    count, the one told before."""
    if first == 0:
        return False
    before = tokens[first - 1]
    return before.lower in _POSSESSIVE_DETERMINERS or bool(
        before.text[:1].isalpha() and _POSSESSIVE.search(before.text)
    )


_POSSESSIVE_DETERMINERS = frozenset({"its", "their", "his", "her", "our"})


def _held_to(tokens: list[Token], first: int) -> bool:
    """ "The governorate is sticking to two", "messages speaking of thirteen": a number a source
    keeps to, or talk is of, right before it."""
    return first > 1 and (tokens[first - 2].lower, tokens[first - 1].lower) in _HOLDING_TO


def _had_by_a_source(tokens: list[Token], first: int) -> bool:
    """ "Police counted five on Monday. By Tuesday the authorities had eight", "We have
    thirteen for the whole district": a number a source "had" or "has" (its count as it
    stood), right after the source's name, noun or pronoun, as "said eight" would give it."""
    if first < 2 or tokens[first - 1].lower not in _HAVING:
        return False
    return tokens[first - 2].lower != "it" and holder_phrase(tokens[:first]) is not None


_HAVING = frozenset({"had", "has", "have"})


def _far_from(quantity: Quantity, figure: Figure) -> bool:
    """Whether a number lies more than `_RIVAL_FACTOR` times above or below a figure's range:
    a rival count of the same people is seldom so far off, a count of something else often."""
    low = figure.quantity.low
    high = figure.quantity.high if figure.quantity.high is not None else low  # "at least 4"
    if quantity.low is None or low is None or high is None or not low:
        return False
    return quantity.low > high * _RIVAL_FACTOR or quantity.low * _RIVAL_FACTOR < low


_RIVAL_FACTOR = 20


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
_HOLDING_TO = frozenset(
    {("sticking", "to"), ("sticks", "to"), ("stuck", "to"), ("stick", "to"), ("speaks", "of"),
     ("spoke", "of"), ("speaking", "of")}
)  # fmt: skip
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
    """ "Police have arrested three sellers. Three.", "I will say it again: seventeen.": a
    number spelled out in words that is the whole of its sentence, or of the clause after a
    speaker's colon that ends it, repeats the count before it for weight. Digits alone may number a
    list's item or fill a labelled line, so they are left unread."""
    said = quantity.first > 0 and bool(_REPEATING.intersection(_lower(tokens[: quantity.first])))
    opens = quantity.first == 0 or (tokens[quantity.first - 1].text == ":" and said)
    alone = opens and [t.text for t in tokens[quantity.last :]] in ([], ["."])
    return alone and not tokens[quantity.first].text[:1].isdigit()


def _measure_asked_before(tokens: list[Token], first: int) -> Measure | None:
    """The measure a "how many" before a number in its sentence asks for ("Asked how many had
    died, the official said: forty-seven"), which the number answers."""
    for index in range(first - 1):
        if (tokens[index].lower, tokens[index + 1].lower) == ("how", "many"):
            return _measure_after(tokens[:first], index + 2)
    return None


def _lower(tokens: list[Token]) -> set[str]:
    return {token.lower for token in tokens}


# The words of a speaker who repeats a number after a colon, not a line's label ("Shelters: two")
_REPEATING = frozenset("say said repeat repeated again tell told insist insisted".split())


def _it_was(tokens: list[Token], quantity: Quantity) -> bool:
    """ "Three patients died on Monday. By Tuesday morning it was five.": "it was" right before
    a bare number that closes its clause names the count before, as it stood later."""
    words = [token.lower for token in tokens[max(0, quantity.first - 2) : quantity.first]]
    after = tokens[quantity.last].text if quantity.last < len(tokens) else "."
    closes = after in _CLAUSE_ENDS_OR_COMMA or after.lower() in _TOLD_WHEN  # "it is seven now"
    return words in (["it", "was"], ["it", "is"]) and closes


def _judged_false(tokens: list[Token], after: int) -> bool:
    """ "fourteen is simply wrong", "40 was false", "fourteen is not correct": a form of "be"
    and a word that calls a number false (an adverb may stand between), or "not" and a word
    that would call it true, right after it."""
    words = [token.lower for token in tokens[after : after + 5]]
    if words[:1] not in (["is"], ["was"]):
        return False
    not_true = words[1:2] == ["not"] and bool(_TRUE_WORDS.intersection(words[2:3]))
    return not_true or bool(_FALSE_WORDS.intersection(words[1:3])) or _not_a_true_figure(words)


def _not_a_true_figure(words: list[str]) -> bool:
    """ "Twenty-six is not a serious number", "40 was not a credible figure": "not a", a word
    that would vouch for a count, and a noun of counting."""
    vouching = _TRUE_WORDS | _CREDIBLE_WORDS
    return (
        words[1:3] == ["not", "a"]
        and words[3:4] != []
        and words[3] in vouching
        and (words[4:5] != [] and words[4] in _FIGURE_NOUNS)
    )


def _rejected_alternative(tokens: list[Token], first: int) -> bool:
    """ "Three patients died here, not fifteen", "five were hurt, not three and not four", "ten
    deaths, not the four on the list": a bare number after ", not" (or after "and not" or "or
    not" that a ", not" opens) is a count the speaker sets aside, a rival of the figure before
    it."""
    if first > 0 and tokens[first - 1].lower == "the":
        first -= 1  # "ten deaths, not the four still on the list"
    before = [token.lower for token in tokens[max(0, first - 2) : first]]
    if before == [",", "not"]:
        return True
    if before not in (["and", "not"], ["or", "not"]):
        return False
    opened = [token.lower for token in tokens[max(0, first - _SET_ASIDE_REACH) : first - 2]]
    return any(opened[i : i + 2] == [",", "not"] for i in range(len(opened) - 1))


_SET_ASIDE_REACH = 6  # ", not [three] and not four"


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


def _called_the_count(tokens: list[Token], after: int, generic: frozenset[str]) -> bool:
    """ "Nineteen is the number", "three is the total", "12 was the true figure": a bare number
    that a clause calls the count is a figure of the count before it."""
    words = [token.lower for token in tokens[after : after + _CALLED_REACH]]
    if words[:2] not in (["is", "the"], ["was", "the"]):
        return False
    return any(word in generic for word in words[2:])


_CALLED_REACH = 4  # "is the [true] number"


def summed(tokens: list[Token], after: int) -> bool:
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
