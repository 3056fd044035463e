"""Who says so: attribution of what a sentence reports to its source.

Rules over tokens, in the patterns of wire copy: "X said", "X told reporters", "X confirmed that",
"according to X", "citing X", a quote followed by "said X" or "X said", and "X, a spokeswoman for
Y, said". Each attribution carries the source's words, the cue, and the stance the cue expresses
(`confirmed`, `reported`, `claimed`, `denied`, `estimated`). The cue lexicons live in
`resources/figures/attribution.json`.

Sources are noun phrases read backwards from the cue (or forwards after "according to"): a run of
capitalised words, pronouns, determiners and the nouns that name sources in the news ("officials",
"the interior ministry"). Nothing outside the sentence is looked at: a source in an earlier sentence
stays unknown rather than guessed.

For figures alone, three more forms name a source: a verb that gives or lists a count ("the
government counts 19 dead"), the doer of an action on the counted ("Police arrested 23 people",
unless the sentence says who tells it), and a line labelled with its source ("19:50 Fire
authorities: 14 dead", "- Injured: 41 (source: KBC Osijek)").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from factline.figure_lexicon import noun_measures, toll_participles
from factline.quantities import (
    Phrases,
    Token,
    is_clock_minutes,
    load_resource,
    match_phrase,
    tokenize,
)
from factline.record import Span, Stance
from factline.times_calendar import WEEKDAY_NAMES

_MAX_SOURCE_TOKENS = 12
_MAX_APPOSITIVE_TOKENS = 25
_QUOTES = frozenset({'"', "”", "“", "'", "’", "‘"})
_INVERTED_CUES = frozenset({"said", "says", "reported", "confirmed", "added", "estimated"})
_LIVES = frozenset({"lives", "life"})  # "claimed 118 lives", "claimed the lives of 12"
_LIVES_WINDOW = 5
_POSSESSIVES = ("'s", "’s")
_APOSTROPHES = frozenset({"'", "’"})
_RELATIVES = frozenset({"who", "that", "which"})
_PASSIVE_AUXILIARIES = frozenset({"been", "being"})  # "had been counted twice": not a saying
# "31 remain admitted": a verb of lasting state before a participle, which is then no saying
_STATE_VERBS = frozenset({"remain", "remains", "remained"})
# "two people were confirmed dead", "nine are reported missing": a passive of a state
_FORMS_OF_BE = frozenset({"was", "were", "is", "are"})
_COUNT_NOUNS = frozenset({"number", "toll", "figure", "count", "tally", "total"})
# "the ministry's own count", "the agency's latest tally"
_OWN_WORDS = frozenset({"own", "official", "latest", "revised", "final"})
# "the government figure", "the police count": source nouns that own a count as its modifier
_ATTRIBUTIVE_OWNERS = frozenset("government police army military ministry hospital un".split())
_NUMBER_LEADS = frozenset({"down", "up", "from", "to", "at", "some", "about", "around"})
# "the first estimate", "their reports": a cue word after these is a noun, not a saying verb
_NOUN_MARKERS = frozenset("the a an its their his her our first initial latest own".split())
# "the official count", "the earlier estimate": a count noun after these is a noun, whichever
# word would read as its subject ("official" may also be a person: "an official counted 12")
# ("its first full count: 19 dead")
_COUNT_ADJECTIVES = frozenset(
    "official previous earlier provisional preliminary updated revised new last final full "
    "complete different separate independent rival higher lower".split()
)
_COUNT_NOUN_FORMS = frozenset({"count", "counts", "estimate", "estimates", "tally", "figure"})
# "six names", "350 arrests": cue words that are also plural nouns, which a number counts
_PLURAL_NOUN_CUES = frozenset(
    "names counts estimates reports records documents lists notes claims arrests".split()
)
# "denies reports that …", "rejected claims of …": a cue word a verb of denial governs is a noun
_DENIAL_VERBS = frozenset("denied denies deny rejected rejects reject dismissed dismisses".split())
# "Relatives of the missing fishermen": a participle after these is an adjective of the source
_ADJECTIVE_MARKERS = frozenset("the a an its their".split())
_BULLETS = frozenset({"-", "–", "•", "*"})  # marks that open a list item
_LABEL_LEAD = 3  # words of a label before its participle: "- Persons newly admitted:"
_APPOSITIVE_RELATIVES = _RELATIVES | {"whose"}  # "a historian who attended the session"


@dataclass(frozen=True)
class Source:
    """An attribution in a sentence: who (`source`), the reporting words (`cue`), the stance."""

    source: Span
    cue: Span
    stance: Stance
    source_after_cue: bool


@cache
def _cues(opinions: bool) -> Phrases[tuple[str, Stance]]:
    """Cue phrase → (direction, stance). Direction "back" reads the source before the cue,
    "opinion" too but only a source that ends in a name or a source noun ("officials"), and
    "agent" likewise, from a verb whose doer tells the count it acts on ("Police arrested 23
    people", "The Red Cross has deployed 85 volunteers"): who makes the arrests gives their
    number. Attribution corpora count no such doer, so the agents stand only for figures."""
    table = load_resource("attribution.json")
    cues: dict[tuple[str, ...], tuple[str, Stance]] = {}
    stance: Stance
    for stance, phrases in table["cues_opinion"].items() if opinions else ():
        cues.update({tuple(p.split()): ("opinion", stance) for p in phrases})
    for phrase in () if opinions else table["cues_count"]:
        cues[tuple(phrase.split())] = ("back", "reported")
    for phrase in () if opinions else table["cues_agent"]:
        cues[tuple(phrase.split())] = ("agent", "reported")
    for stance, phrases in table["cues_back"].items():
        cues.update({tuple(p.split()): ("back", stance) for p in phrases})
    cues.update({phrase: ("back", "reported") for phrase in _count_revisions(table)})
    for stance, phrases in table["cues_forward"].items():
        cues.update({tuple(p.split()): ("forward", stance) for p in phrases})
    return Phrases(cues)


def _count_revisions(table: dict[str, Any]) -> set[tuple[str, ...]]:
    """ "raised its toll", "lowered the official count", "revised their death toll": a source
    that changes its own count tells it; every such phrase is built from its parts."""
    parts = table["count_revisions"]
    return {
        (verb, owner, *modifier, noun)
        for verb in parts["verbs"]
        for owner in parts["owners"]
        for modifier in ([], *([word] for word in parts["modifiers"]))
        for noun in parts["nouns"]
    }


@cache
def _count_cues() -> frozenset[str]:
    return frozenset(load_resource("attribution.json")["cues_count"])


@cache
def _agent_cues() -> frozenset[str]:
    return frozenset(load_resource("attribution.json")["cues_agent"])


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(load_resource("attribution.json")[key])


@cache
def _discourse_asides() -> dict[int, frozenset[tuple[str, ...]]]:
    """The asides that link a sentence to the one before ("however", "for its part"), as
    tuples of words grouped by length."""
    asides: dict[int, set[tuple[str, ...]]] = {}
    for phrase in load_resource("attribution.json")["discourse_asides"]:
        words = tuple(phrase.split())
        asides.setdefault(len(words), set()).add(words)
    return {length: frozenset(group) for length, group in asides.items()}


def find_sources(
    text: str, start: int = 0, end: int | None = None, opinions: bool = False
) -> list[Source]:
    """Every attribution in text[start:end] (one sentence), in order of their cues.

    With `opinions`, the cues also include verbs of stance and intention ("called for", "urged",
    "wants"), which attribution corpora such as PolNeAR count; a figure's source is only ever
    given by the verbs of reporting.
    """
    tokens = tokenize(text, start, end)
    quoted_at = _quotation_depths(tokens)
    headline = _is_headline(tokens)
    found: list[Source] = []
    spans: list[tuple[int, int]] = []  # the tokens of each source found
    cues = _cues(opinions)
    index = 0
    while index < len(tokens):
        if tokens[index].lower not in cues.lengths:
            index += 1  # most words start no cue: answer them with one lookup
            continue
        matched = match_phrase(tokens, index, cues)
        if matched is None:
            index += 1
            continue
        length, (direction, stance) = matched
        if _a_noun(tokens, index) or _an_owned_count(tokens, index, length):
            index += length
            continue
        if _passive(tokens, index + length, direction):
            direction = "passive"
        elif direction == "agent" and not _acts_on_an_object(tokens, index, length):
            index += length
            continue
        if _takes_lives(tokens, index + length) or _after_passive(tokens, index, direction):
            index += length
            continue
        if _passive_of_a_state(tokens, index, length):
            index += length
            continue
        label_agent = _agent_in_label(tokens, index, length)
        if label_agent == _NO_AGENT:
            index += length
            continue
        if direction not in ("passive", "forward") and _after_count_noun(tokens, index):
            index += length
            continue
        quoted = opinions and quoted_at[index]
        lowercase = tokens[index].text[0].islower() or index == 0 or headline
        source = None if quoted or not lowercase else _source_for(tokens, index, length, direction)
        if label_agent is not None and source is not None:
            source = _noun_phrase_forward(tokens, label_agent)  # "… by partner clinics: 96"
        if source is not None and not _has_words(tokens, *source):
            source = None  # "down from 53 announced a day earlier": a number says nothing
        if source is not None and tokens[source[0]].lower == "whom":
            source = None  # "6, of whom 2 were admitted": the counted, not who counts them
        if source is None and lowercase and not quoted and _after_comma_and(tokens, index):
            source = _subject_of_sentence(tokens, cues)
        if lowercase and not quoted and spans and _after_and(tokens, index):
            source = spans[-1]  # "X said the numbers were wrong and denied that …": X denies
        opens = lowercase and not quoted and not found  # the only saying of its sentence so far
        if source is None and opens and _participle_after_comma(tokens, index):
            source = _noun_phrase_forward(tokens, 0, strict=True)
        if source is not None:
            cue = Span(
                text[tokens[index].start : tokens[index + length - 1].end],
                tokens[index].start,
                tokens[index + length - 1].end,
            )
            found.append(Source(_span(text, tokens, *source), cue, stance, source[0] > index))
            spans.append(source)
        index += length
    found = _without_agents_of_told(found)
    aside = None if opinions else _parenthesised_source(text, tokens)
    if aside is not None:
        found = sorted([*found, aside], key=lambda s: s.cue.start)
    label = _label_source(text, tokens)
    return found if label is None else [label, *found]


def _label_source(text: str, tokens: list[Token]) -> Source | None:
    """ "19:50 Fire authorities: 14 dead", "Health minister, on TV: the toll is 12", "RAMPERSAD:
    Three.": a line that opens with a source and a colon (after a time or a bullet) gives what
    follows in that source's words; the colon is the cue. A label that names what is counted
    ("Deaths confirmed:", "Missing:") names no source word and is passed over."""
    first = _after_line_lead(tokens)
    end = first
    while end < len(tokens) and end - first < _MAX_LABEL_TOKENS and _in_label(tokens[end]):
        end += 1
    colon = end
    if colon < len(tokens) and tokens[colon].text == ",":
        ahead = tokens[colon : colon + _MAX_LABEL_TOKENS]
        colon += next((i for i, t in enumerate(ahead) if t.text == ":"), len(tokens))
    if end == first or colon >= len(tokens) or tokens[colon].text != ":":
        return None
    if not _names_a_speaker(tokens[first:end]):
        return None
    cue = Span(":", tokens[colon].start, tokens[colon].end)
    return Source(_span(text, tokens, first, end), cue, "reported", False)


_MAX_LABEL_TOKENS = 8


def _parenthesised_source(text: str, tokens: list[Token]) -> Source | None:
    """ "- Missing: 11 (Coast Guard Service)", "- Deaths (Ministry of Health, Monday noon): 4",
    "- 3 people killed (NDMA)": a list line that names its source in brackets, with no cue
    word, gives its figures in that source's words; the bracket is the cue. The brackets must
    open with a name of a source (a name holding a source noun, an acronym, or "our
    volunteers"), perhaps followed after a comma by when it was given; brackets that hold a
    number or a semicolon first ("(Central district 11, Coast 4)") tell no source."""
    if not tokens or tokens[0].text not in _BULLETS:
        return None
    for index, token in enumerate(tokens):
        if token.text != "(":
            continue
        close = next((i for i in range(index + 1, len(tokens)) if tokens[i].text == ")"), None)
        if close is None:
            return None
        inside = [t.text for t in tokens[index + 1 : close]]
        if ";" in inside:
            continue
        end = index + 1 + (inside.index(",") if "," in inside else len(inside))
        if end > index + 1 and _names_a_bracketed_source(tokens[index + 1 : end]):
            cue = Span("(", token.start, token.end)
            return Source(_span(text, tokens, index + 1, end), cue, "reported", True)
    return None


def _names_a_bracketed_source(words: list[Token]) -> bool:
    """ "Ministry of Health", "NDRRMC", "our caseworkers": a name with a source noun, an acronym
    alone, or a group the writer's own ("our"); never words with a number in them."""
    if any(not t.text[0].isalpha() for t in words):
        return False
    if len(words) == 1 and len(words[0].text) > 2 and words[0].text.isupper():
        return True
    if words[0].lower == "our":
        return len(words) > 1
    if not words[0].text[0].isupper():
        return False
    weak = _words("determiners") | _words("not_speakers") | _PEOPLE_WORDS
    return any(t.lower in _words("source_words") and t.lower not in weak for t in words)


_PEOPLE_WORDS = frozenset({"man", "men", "woman", "women", "people", "person"})


def _after_line_lead(tokens: list[Token]) -> int:
    """Where a line starts past its lead: a time ("19:50"), a thread number ("7/"), a dash."""
    index = 0
    while index < len(tokens) and (
        tokens[index].text in _BULLETS
        or tokens[index].text in {"—", "/"}
        or tokens[index].text.isdigit()
        or is_clock_minutes(tokens, index)
        or (tokens[index].text == ":" and is_clock_minutes(tokens, index + 1))
    ):
        index += 1
    return index


def _in_label(token: Token) -> bool:
    """Whether a word can stand in a speaker's label: a name or a word of a source's name."""
    if not token.text[0].isalpha():
        return token.text == "."  # "DR. OSVALDO PEÑA"
    return token.text[0].isupper() or token.lower in _words("source_words") | _words("phrase_inner")


def _names_a_speaker(words: list[Token]) -> bool:
    """A label names a speaker when its head, the words before any "of" or "in", holds a source
    noun ("Fire authorities", "Hospital in Daegu"), not when it names the counted ("Deaths in
    hospital"). A label in capitals is a transcript's turn ("DR LOBO:", "GOVERNOR CARRALERO:")
    or a dateline ("SUVA:"): whose figures the turn gives is left to its words."""
    if all(t.text.isupper() for t in words if t.text[0].isalpha()):
        return False
    weak = _words("determiners") | _words("not_speakers")
    inner = _words("phrase_inner")
    head = next((i for i, t in enumerate(words) if t.lower in inner), len(words))
    return any(t.lower in _words("source_words") and t.lower not in weak for t in words[:head])


def _without_agents_of_told(found: list[Source]) -> list[Source]:
    """ "Police detained 107 protesters, the ministry said": where a sentence says who tells
    its figures, the doer of an action is no source of its own."""
    told = any(source.cue.text.lower() not in _agent_cues() for source in found)
    return [s for s in found if not told or s.cue.text.lower() not in _agent_cues()]


def count_owner(text: str, tokens: list[Token], nouns: frozenset[str]) -> Source | None:
    """ "The health ministry's own count was 88", "the government figure, still 19": the owner
    of the last count noun in `tokens` (those of a sentence before a figure), read backwards
    from its possessive ("ministry's") or from a source noun used as its modifier
    ("government"), with the noun as the cue. None when no count is owned."""
    for index in range(len(tokens) - 1, 0, -1):
        if tokens[index].lower not in nouns:
            continue
        owner = index - 1 - (tokens[index - 1].lower in _OWN_WORDS)
        possessive = owner >= 0 and tokens[owner].lower.endswith(_POSSESSIVES)
        if owner < 0 or not (possessive or tokens[owner].lower in _ATTRIBUTIVE_OWNERS):
            return None
        phrase = _noun_phrase_backward(tokens, owner + 1)
        if phrase is None:
            return None
        source = _span(text, tokens, *phrase)
        if possessive:
            source = Span(source.text[:-2], source.start, source.end - 2)
        cue = Span(text[source.end : tokens[index].end], source.end, tokens[index].end)
        return Source(source, cue, "reported", False)
    return None


def number_owner(text: str, tokens: list[Token]) -> Source | None:
    """ "The Ministry's 19 leaves little room", "the minister's 97 became 112": the owner of a
    bare number, read backwards from the possessive that ends `tokens` (those of a sentence
    before the number), with the possessive ending as the cue. None when no possessive noun
    ends them."""
    if not tokens or not tokens[-1].lower.endswith(_POSSESSIVES):
        return None
    if tokens[-1].lower[:-2] in _words("not_sources"):
        return None  # "three more than Tuesday's twelve": a day owns no count
    phrase = _noun_phrase_backward(tokens, len(tokens))
    if phrase is None:
        return None
    whole = _span(text, tokens, *phrase)
    source = Span(whole.text[:-2], whole.start, whole.end - 2)
    cue = Span(whole.text[-2:], whole.end - 2, whole.end)
    return Source(source, cue, "reported", False)


def count_holder(text: str, tokens: list[Token]) -> Source | None:
    """ "By Tuesday the authorities had eight", "We have thirteen for the whole district": the
    one who "had" or "has" a count, read backwards from the verb that ends `tokens` (those of a
    sentence before a figure), with the verb as the cue. None when no such verb ends them."""
    phrase = holder_phrase(tokens)
    if phrase is None:
        return None
    cue = Span(tokens[-1].text, tokens[-1].start, tokens[-1].end)
    return Source(_span(text, tokens, *phrase), cue, "reported", False)


def holder_phrase(tokens: list[Token]) -> tuple[int, int] | None:
    """Where the source that "had" or "has" a count stands ("the authorities had", "We have"),
    when `tokens` end with that verb: a name, a pronoun or a noun of those who speak in the
    news, not a thing ("the bridge had")."""
    if len(tokens) < 2 or tokens[-1].lower not in _HOLDING:
        return None
    last = len(tokens) - 2
    if tokens[last].lower in _REFLEXIVES and last > 0:
        last -= 1  # "the CNE itself had nine"
    word = tokens[last]
    if word.lower not in _words("pronouns") and not (_is_head(word) and word.text.isalpha()):
        return None
    if word.lower in _words("determiners"):
        return None
    return _noun_phrase_backward(tokens, len(tokens) - 1)


_HOLDING = frozenset({"had", "has", "have"})
_REFLEXIVES = frozenset({"itself", "themselves"})


def _has_words(tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens[first:last] hold a word that is not a number, in digits or in words ("the
    nine announced on Monday"), nor an article or a word that leads a number."""
    numbers = _number_words()
    return any(
        token.text[:1].isalpha()
        and token.lower not in _NUMBER_LEADS
        and token.lower not in _ARTICLES
        and token.lower.split("-")[0] not in numbers
        for token in tokens[first:last]
    )


_ARTICLES = frozenset({"the", "a", "an"})


@cache
def _number_words() -> frozenset[str]:
    return frozenset(load_resource("quantifiers.json")["number_words"])


def _a_noun(tokens: list[Token], cue: int) -> bool:
    """ "down from the first estimate", "their reports", "denies reports", "the army's count": a
    cue word after a determiner, a possessive or a verb of denial is a noun, not a verb of
    saying, and names no source."""
    before = tokens[cue - 1].lower if cue > 0 else ""
    if before in _COUNT_ADJECTIVES and tokens[cue].lower in _COUNT_NOUN_FORMS:
        return True  # "well above the previous official count of 164": a noun, not a saying
    after = tokens[cue + 1].lower if cue + 1 < len(tokens) else ""
    if tokens[cue].lower in _COUNT_NOUN_FORMS and after in _FORMS_OF_BE:
        return True  # "after the vote count was announced": the subject of "was", a noun
    number = before[:1].isdigit() or before.split("-")[0] in _number_words()
    if tokens[cue].lower in _PLURAL_NOUN_CUES and (number or _of_reports(tokens, cue + 1)):
        return True  # "six names", "350 arrests", "could not verify reports of 40 dead"
    return before in _NOUN_MARKERS or before in _DENIAL_VERBS


def _of_reports(tokens: list[Token], after: int) -> bool:
    """Whether the words after a plural cue word make it a noun: "reports of 40 dead", "reports
    circulating online", "reports in some media that"."""
    word = tokens[after].lower if after < len(tokens) else ""
    if word in {"of", "circulating"}:
        return True
    ahead = [token.lower for token in tokens[after + 1 : after + 4]]
    return word in {"in", "on"} and any(noun in _MEDIA for noun in ahead)


_MEDIA = frozenset({"media", "press", "networks", "newspapers"})


def _an_owned_count(tokens: list[Token], cue: int, length: int) -> bool:
    """ "the company's count of the missing", "the police count": a verb of counting after a
    possessive is the owned count, a noun, whose owner `count_owner` reads; so is "count"
    after an owner's noun and its article (not "the police gave 31", a verb)."""
    words = " ".join(token.lower for token in tokens[cue : cue + length])
    if cue == 0 or words not in _count_cues():
        return False
    before = tokens[cue - 1].lower
    article = cue > 1 and tokens[cue - 2].lower in _NOUN_MARKERS
    owned = words == "count" and before in _ATTRIBUTIVE_OWNERS and article
    return before.endswith(_POSSESSIVES) or owned


def _after_comma_and(tokens: list[Token], cue: int) -> bool:
    """ "…, and rejected the claim": a verb that shares the subject of the sentence's first
    clause."""
    before = _skip_auxiliaries(tokens, cue)
    return before > 1 and tokens[before - 1].lower == "and" and tokens[before - 2].text == ","


def _after_and(tokens: list[Token], cue: int) -> bool:
    """ "The prosecutor said … and denied that any child had been killed": a verb right after
    "and" (past any auxiliary) that shares the subject of the saying before it."""
    before = _skip_auxiliaries(tokens, cue)
    return before > 1 and tokens[before - 1].lower == "and"


def _after_count_noun(tokens: list[Token], cue: int) -> bool:
    """ "bringing the number confirmed dead to 23": a participle right after a count noun says
    what is counted, not who says so (unlike "the toll reported by the ministry", a passive,
    and "the figure given by the governor", a cue that names its source after it)."""
    return cue > 0 and tokens[cue - 1].lower in _COUNT_NOUNS


def _after_passive(tokens: list[Token], cue: int, direction: str) -> bool:
    """ "some victims had been counted twice", "31 patients remain admitted", "after the
    results were announced": a participle after "been", "remain" or a form of "be" is passive,
    no saying, unless "by" names who says after it ("was confirmed by the mayor") or it tells
    what the one before it heard ("we are informed that", "we were told")."""
    if cue == 0:
        return False
    before = tokens[cue - 1].lower
    if before in _PASSIVE_AUXILIARIES | _STATE_VERBS:
        return True
    word = tokens[cue].lower
    participle = word.endswith("ed") or word in _IRREGULAR_PARTICIPLES
    heard = word in _HEARD
    return participle and not heard and before in _FORMS_OF_BE and direction != "passive"


_IRREGULAR_PARTICIPLES = frozenset({"said", "written", "shown", "given", "put", "kept"})
_HEARD = frozenset({"informed", "told", "advised"})


def _passive_of_a_state(tokens: list[Token], cue: int, length: int) -> bool:
    """ "Two people were confirmed dead", "nine are reported missing": a participle between a
    form of "be" and a state of the counted is passive, no saying."""
    after = cue + length
    state = after < len(tokens) and tokens[after].lower in toll_participles()
    return state and cue > 0 and tokens[cue - 1].lower in _FORMS_OF_BE


def _agent_in_label(tokens: list[Token], cue: int, length: int) -> int | None:
    """ "Deaths confirmed: 23", "- Persons newly admitted: 86", "Confirmed deaths reported by
    partner clinics: 96": a participle in the label of a line, before its colon, names what
    the number after counts, not who says it. Where the label names who gives the count after
    "by", the index of the word after "by"; `_NO_AGENT` when it names nobody; None when the
    cue is no label's (a label whose words before the cue name a speaker, "Fire authorities
    reported: 14", is a saying)."""
    after = cue + length
    colon = next(
        (
            index
            for index in range(after, min(len(tokens), after + _LABEL_TAIL))
            if tokens[index].text in {":", ",", ";"} or tokens[index].lower in _RELATIVES
        ),
        None,
    )
    if colon is None or tokens[colon].text != ":":
        return None
    bulleted = any(token.text in _BULLETS for token in tokens[max(0, cue - _LABEL_LEAD - 1) : cue])
    if not (bulleted and colon == after) and not _names_the_counted(tokens, cue):
        return None
    by = next((index for index in range(after, colon) if tokens[index].lower == "by"), None)
    return _NO_AGENT if by is None else by + 1


_NO_AGENT = -1


def _names_the_counted(tokens: list[Token], cue: int) -> bool:
    """Whether the words that open a line before a cue are a bare label of what is counted
    ("Deaths", "Confirmed deaths", "Patients"): no article, pronoun or source, and a noun of a
    measure among them (not "The NDMO confirms 9 deaths:", nor "Residents say:")."""
    lead = tokens[_after_line_lead(tokens) : cue]
    if not lead or len(lead) > _LABEL_LEAD or not all(t.text.isalpha() for t in lead):
        return False
    weak = _words("determiners") | _words("pronouns")
    if any(token.lower in weak for token in lead) or _names_a_speaker(lead):
        return False
    counted = _COUNTED_IN_LABELS | noun_measures().lengths.keys()
    return any(token.lower in counted for token in lead)


_COUNTED_IN_LABELS = frozenset({"patients", "persons", "cases"})
_LABEL_TAIL = 8  # words of a label after its participle: "reported to the network by clinics"


def _participle_after_comma(tokens: list[Token], cue: int) -> bool:
    """ "Officials revised the toll down to 48, saying …": a participle after a comma tells what
    the subject of the sentence said."""
    return cue > 1 and tokens[cue].lower.endswith("ing") and tokens[cue - 1].text == ","


def _subject_of_sentence(
    tokens: list[Token], cues: Phrases[tuple[str, Stance]]
) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence, when a reporting verb follows it ("The
    interior ministry said …"): the subject a later "…, and rejected" shares."""
    phrase = _noun_phrase_forward(tokens, 0, strict=True)
    if phrase is None:
        return None
    verb = phrase[1]
    while verb < len(tokens) and tokens[verb].lower in _words("between_source_and_cue"):
        verb += 1
    matched = match_phrase(tokens, verb, cues)
    return phrase if matched is not None and matched[1][0] == "back" else None


def _takes_lives(tokens: list[Token], after: int) -> bool:
    """ "The floods have claimed 118 lives": a verb that takes lives reports nothing."""
    return any(t.lower in _LIVES for t in tokens[after : after + _LIVES_WINDOW])


def _passive(tokens: list[Token], after: int, direction: str) -> bool:
    """ "AFAD's toll was disputed by the municipality": a cue read backwards that is passive
    names what is disputed before it; who disputes it follows "by"."""
    backward = direction in ("back", "agent")
    return backward and after < len(tokens) and tokens[after].lower == "by"


def _acts_on_an_object(tokens: list[Token], cue: int, length: int) -> bool:
    """ "Police arrested 23 people", not "23 people were arrested" nor "most sent home": a verb
    of action names its doer only in the active voice, with its object right after it."""
    before = tokens[cue - 1].lower if cue > 0 else ""
    after = cue + length
    if before in _FORMS_OF_BE or after >= len(tokens):
        return False
    following = tokens[after]
    state = following.lower in _NO_OBJECTS or following.lower in toll_participles()
    return following.text[0].isalnum() and not state


# words that follow a participle used as an adjective or a passive, never a verb's object
_NO_OBJECTS = frozenset(
    "to for in on at from with home after since into as and or but that".split()
)


def _source_for(
    tokens: list[Token], cue: int, length: int, direction: str
) -> tuple[int, int] | None:
    """Token range [first, last) of the cue's source, if the sentence names one."""
    if direction == "forward":
        return _noun_phrase_forward(tokens, cue + length)
    if direction == "passive":
        return _noun_phrase_forward(tokens, cue + length + 1)  # "disputed by the municipality"
    before = _skip_discourse_aside(tokens, _skip_auxiliaries(tokens, cue))
    if before > 1 and tokens[before - 1].lower == "which" and tokens[before - 2].text == ",":
        before -= 2  # "…, a figure disputed by the Rights Forum, which said …"
    source = _noun_phrase_backward(tokens, before)
    headless = source is not None and not _is_head(tokens[source[1] - 1])
    if headless and direction in ("opinion", "agent"):
        return None
    if source is not None and tokens[source[0]].lower == "who" and source[0] > 0:
        return _noun_phrase_backward(tokens, source[0] - (tokens[source[0] - 1].text == ","))
    if source is not None:
        source = _head_of_relative_clause(tokens, source) or source
    if source is None and before > 0 and tokens[before - 1].lower == "and":
        return _noun_phrase_forward(tokens, _clause_start(tokens, before), strict=True)
    if source is not None:
        return source
    if before > 0 and tokens[before - 1].text in {",", *_QUOTES}:
        quoted = any(t.text in _QUOTES for t in tokens[max(0, before - 2) : before])
        after = _noun_phrase_forward(tokens, cue + length, strict=True)
        named = after is not None and _has_words(tokens, *after)  # not "…, says 15."
        if after is not None and named and (quoted or _inverted_at_end(tokens, cue, after[1])):
            return after  # '"…," said X' and "…, said the Red Cross."
        return _appositive_source(tokens, before - 1)
    return None


def _skip_discourse_aside(tokens: list[Token], index: int) -> int:
    """ "Local chief Sani Musa, however, said": step back over an aside between commas that
    only links the sentence to the one before, so that the source is read without it (and
    not as an appositive that holds it)."""
    if index < 3 or tokens[index - 1].text != ",":
        return index  # most cues: no comma right before
    for length, asides in _discourse_asides().items():
        opening = index - 2 - length
        words = tuple(token.lower for token in tokens[opening + 1 : index - 1])
        if opening > 0 and tokens[opening].text == "," and words in asides:
            return _skip_auxiliaries(tokens, opening)
    return index


def _head_of_relative_clause(tokens: list[Token], found: tuple[int, int]) -> tuple[int, int] | None:
    """ "Volunteers who had searched car parks in Paiporta said", "A militant group that claimed
    the attack said": a phrase read back from the cue that ends a relative clause belongs to the
    clause; the source is the noun phrase before "who" or "that"."""
    index = found[0] - 1
    if index < 1 or not tokens[index].lower.endswith(("ed", "ing")):
        return None
    index = _skip_auxiliaries(tokens, index)
    if index < 2 or tokens[index - 1].lower not in _RELATIVES:
        return None
    return _noun_phrase_backward(tokens, index - 1 - (tokens[index - 2].text == ","))


def _inverted_at_end(tokens: list[Token], cue: int, end: int) -> bool:
    """ "…, said the Red Cross.": a saying verb after a comma whose source closes the sentence
    (not "told reporters", whom one tells, nor "said Mr. Barr", cut at an abbreviation)."""
    closing = end == len(tokens) or (end == len(tokens) - 1 and tokens[end].text in {".", "!"})
    return closing and tokens[cue].lower in _INVERTED_CUES


def _clause_start(tokens: list[Token], index: int) -> int:
    """Where the clause holding tokens[index] starts: "Lawmakers accused … and said" shares
    its subject, "Lawmakers"."""
    while index > 0 and tokens[index - 1].text not in {",", ";", ":", *_QUOTES}:
        index -= 1
    return index


def _skip_auxiliaries(tokens: list[Token], index: int) -> int:
    """Step back over "has also", "would later", "has so far" and the like between a source and
    its cue."""
    skippable = _words("between_source_and_cue")
    while index > 0:
        if tokens[index - 1].lower in skippable:
            index -= 1
        elif index > 1 and tokens[index - 1].lower == "far" and tokens[index - 2].lower in _SO:
            index -= 2  # "the police have so far confirmed"
        elif _night_of_a_day(tokens, index - 1):
            index -= 1  # "the council on Tuesday night said"
        else:
            break
    return index


_SO = frozenset({"so", "thus"})


def _night_of_a_day(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] is the "night" of "Tuesday night" or "last night", a time and no
    part of a source (unlike "a nurse on the night shift")."""
    if index < 1 or tokens[index].lower != "night":
        return False
    return tokens[index - 1].lower in _WEEKDAYS or tokens[index - 1].lower == "last"


def _noun_phrase_backward(tokens: list[Token], end: int) -> tuple[int, int] | None:
    if end > 0 and tokens[end - 1].lower in _words("pronouns"):
        return end - 1, end
    if end > 0 and tokens[end - 1].lower in _words("phrase_inner"):
        return None  # "… and said": the source, if any, starts the clause
    first = end
    while first > 0 and end - first < _MAX_SOURCE_TOKENS and _in_source(tokens, first - 1):
        first -= 1
    while first < end and (
        tokens[first].lower in _words("phrase_inner")
        or not tokens[first].text[0].isalnum()
        or is_clock_minutes(tokens, first)
    ):
        first += 1  # a source does not begin with "of", "and", a full stop or "14:00"
    first = _past_a_given_number(tokens, first, end)
    if first == end or not _has_head(tokens, first, end):
        return None
    return first, end


def _past_a_given_number(tokens: list[Token], first: int, end: int) -> int:
    """ "more than the 97 the ministry has reported": the number that the source gives is no
    part of the source, which starts after it (and after "that")."""
    for index in range(end - 2, first - 1, -1):
        if tokens[index].text[0].isdigit() and tokens[index + 1].lower in _GIVEN_NUMBER_LINKS:
            return index + 1 + (tokens[index + 1].lower == "that")
    return first


_GIVEN_NUMBER_LINKS = frozenset({"the", "that"})


def _is_head(token: Token) -> bool:
    """Whether a word can end a source's noun phrase: a name, a source noun, a number."""
    if token.lower in _words("determiners") or token.lower in _words("phrase_inner"):
        return False
    return token.lower in _words("source_words") or not token.text[0].islower()


def _is_headline(tokens: list[Token]) -> bool:
    """A title-case headline ("Obama Says Museum Will Tell Story"): its cues are capitalized."""
    words = [t.text for t in tokens if t.text.isalpha() and len(t.text) > 3]
    return len(words) >= 3 and all(word[0].isupper() for word in words)


def _quotation_depths(tokens: list[Token]) -> list[bool]:
    """For each token, whether it stands inside a quotation opened earlier in the sentence."""
    inside: list[bool] = []
    curly = straight = 0
    for token in tokens:
        inside.append(curly > 0 or straight % 2 == 1)
        curly += {"“": 1, "”": -1}.get(token.text, 0)
        straight += token.text == '"'
    return inside


def _noun_phrase_forward(
    tokens: list[Token], first: int, strict: bool = False
) -> tuple[int, int] | None:
    """The source after "according to" (any words up to the clause's end) or after "said"."""
    end = first
    while end < len(tokens) and end - first < _MAX_SOURCE_TOKENS:
        token = tokens[end]
        breaks = token.lower in _words("clause_breaks") or not token.text[0].isalnum()
        if breaks and token.text not in {"-", "'s", "’s"}:
            break
        if strict and not _in_source(tokens, end):
            break
        if _names_a_day(tokens, end):
            break  # "given by the governor's office on Tuesday": when, not who
        if is_clock_minutes(tokens, end + 2):
            break  # "confirmed by the company at 09:00": the hour is no part of the source
        end += 1
    while end > first and tokens[end - 1].lower in _words("phrase_inner"):
        end -= 1
    if end == first or not _has_head(tokens, first, end):
        return None
    return first, end


def _names_a_day(tokens: list[Token], index: int) -> bool:
    """Whether "on" and a weekday stand at tokens[index]: "on Tuesday"."""
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return tokens[index].lower == "on" and following in _WEEKDAYS


_WEEKDAYS = frozenset(WEEKDAY_NAMES)


def _appositive_source(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """ "X, a spokeswoman for Y, said": the source is X and its appositive."""
    index = comma - 1
    while index > 0 and comma - index < _MAX_APPOSITIVE_TOKENS and tokens[index].text != ",":
        index -= 1
    if index <= 0 or tokens[index].text != ",":
        return None
    head = _noun_phrase_backward(tokens, index)
    if head is not None and _participle_aside(tokens, index + 1):
        return head  # "An official, reached by telephone, denied …": the aside tells of them
    verb = None if tokens[index + 1].lower in _RELATIVES else _first_verb(tokens, index + 1, comma)
    if verb is not None:
        # "After the floods, the council lowered its count to 33, saying …": the clause's subject
        subject = _noun_phrase_backward(tokens, verb)
        return subject if subject is not None and subject[0] > index else None
    if head is None:
        return None
    return head[0], comma


def _participle_aside(tokens: list[Token], first: int) -> bool:
    """ "reached by telephone", "contacted by this newspaper": an aside that opens with a
    passive participle and "by" tells how the one before it was reached, and is no clause
    of its own."""
    words = [token.lower for token in tokens[first : first + 2]]
    return len(words) == 2 and words[0] in _REACHED and words[1] == "by"


_REACHED = frozenset({"reached", "contacted", "interviewed", "approached", "questioned"})


def _first_verb(tokens: list[Token], first: int, end: int) -> int | None:
    """The index of a past verb in tokens[first:end] before any relative pronoun ("the council
    lowered its count"), which makes them a clause rather than an appositive that names who
    speaks ("a spokeswoman for the retired officers", "a historian who attended the session");
    None when there is none."""
    for index in range(first, end):
        token = tokens[index]
        if token.lower in _APPOSITIVE_RELATIVES:
            return None
        if (
            token.text.islower()
            and token.lower.endswith("ed")
            and tokens[index - 1].lower not in _ADJECTIVE_MARKERS
        ):
            return index
    return None


def _in_source(tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    if _night_of_a_day(tokens, index):
        return False  # "Last night Czech Railways said": when, not who
    if token.lower in _words("source_words") or token.lower in _words("phrase_inner"):
        return True
    if token.text == "." and index > 0:
        previous = tokens[index - 1].text
        short = len(previous) <= 4 or "-" in previous
        return previous[0].isupper() and short  # "U.S.", "Sen.", "(R-S.C.)", "(D-Wis.)"
    if token.text in {"(", ")"}:
        return True  # "Sen. Lindsey Graham (R-S.C.)"
    if token.text in _APOSTROPHES and 0 < index < len(tokens) - 1:
        # "The Thai Lawyers' Network": a plural's possessive inside a name
        return tokens[index - 1].text.endswith("s") and tokens[index + 1].text[:1].isupper()
    if token.lower in _words("not_sources") or token.lower in _words("clause_breaks"):
        return False
    if token.lower in _words("between_source_and_cue") or token.lower in _words("pronouns"):
        return False
    if token.text[0].islower() and token.lower.endswith(("ed", "ing")):
        # a verb, the phrase before it a clause, unless an article makes it an adjective
        return index > 0 and tokens[index - 1].lower in _ADJECTIVE_MARKERS
    return token.text[0].isalnum()


def _has_head(tokens: list[Token], first: int, end: int) -> bool:
    """Whether tokens[first:end] hold a word that can name a source (not only "the" or "of")."""
    weak = _words("phrase_inner") | _words("determiners")
    return any(t.lower not in weak and t.text[0].isalnum() for t in tokens[first:end])


def _span(text: str, tokens: list[Token], first: int, last: int) -> Span:
    start, end = tokens[first].start, tokens[last - 1].end
    return Span(text[start:end], start, end)
