"""Factuality of an event: did it happen, or is it planned, threatened, denied or uncertain?

The cue words come from the lexicon (`status_cues`): modal verbs, "would" and "wants to"
(planned: a wish to act is an intent, "the rebels want to attack the town" a threat),
"threatened to" (threatened), "could", "if", "feared" (uncertain), "not", "denied" (denied),
"preparing to" (preparing: an act readied, planned but under way, "the army prepared to resume
shelling"; "is prepared to", a stated willingness, stays planned),
requests ("called for", "demanded": their object is planned, not done), wishes for another's
act ("wants the rebels to disarm", "wants an end to the blockade": a demand, as "wants to" is an
intent) and obligations ("must": the sentence asks for the event), and what befell the event:
"cancelled", "ruled out" (denied), "postponed", "a planned protest", "hope to" (planned), or,
after a noun with its article, "the march was postponed", "a strike is scheduled for Monday",
"the rally has been called off". A denial of a saying ("did not say how many were arrested",
"refused to comment on the arrests") leaves what it would have told a fact. The nearest cue
before the trigger within its clause decides; a clause break ("," "and" "after" …) ends the
search, so "after the residence was surrounded" stays a fact although its sentence holds other
cues.
"""

from __future__ import annotations

from functools import cache
from typing import Literal, get_args

from factline.events_lexicon import Token, TriggerMatch, is_participle, load_lexicon
from factline.record import EventStatus

Cue = Literal[
    "denied",
    "absent",
    "threatened",
    "requested",
    "wanted",
    "obliged",
    "preparing",
    "planned",
    "uncertain",
]
LOOK_BACK_TOKENS = 7
# The cue kinds in the order a word that ends cues of two kinds is read as.
CUES: tuple[Cue, ...] = get_args(Cue)
STATUS_OF_CUE: dict[Cue, EventStatus] = {
    "denied": "denied",
    "absent": "denied",  # "without agreement", "has yet to lift": not done, and no refusal
    "threatened": "threatened",
    "requested": "planned",
    "wanted": "planned",
    "obliged": "planned",
    "preparing": "planned",
    "planned": "planned",
    "uncertain": "uncertain",
}
# Modals that can stand before the "be" of a passive inside a trigger; the lexicon's cues say
# which kind each gives ("will" planned, "could" uncertain, "must" obliged).
PASSIVE_MODALS = frozenset({"will", "would", "shall", "could", "may", "might", "must", "should"})
# Words that make the trigger after them a noun ("a curfew", "the strike").
ARTICLES = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "any"})
# How many modifiers may stand between an article and its noun ("an around-the-clock curfew").
MODIFIERS_BEFORE_A_NOUN = 2
# "Should" after a noun is mostly a condition ("a strike should their demands not be met").
MODALS_AFTER_A_NOUN = PASSIVE_MODALS - {"should"}
# Verbs that, after a noun trigger's modal, say whether the event itself takes place ("a strike
# will begin"), unlike those that tell what an event that took place will do ("the agreement
# will see debt converted", "its offer will face scrutiny").
OCCURRENCE_VERBS = frozenset(
    "begin start take go follow be happen occur resume come proceed last continue".split()
)
NEGATED_ENDINGS = ("n't", "n’t")
# "they'll", "we’ll": the tokenizer keeps the contraction in its word, as it does "didn't".
FUTURE_ENDINGS = ("'ll", "’ll")
CONTRACTED_ENDINGS = NEGATED_ENDINGS + FUTURE_ENDINGS
# "May" the month is not the modal "may": it sits beside a day number or after a preposition.
MONTH_CONTEXT = frozenset({"in", "of", "since", "until", "early", "late", "mid", "last", "next"})


def cue_of(tokens: list[Token], match: TriggerMatch) -> Cue | None:
    """The kind of the nearest factuality cue before the trigger in its clause, if any; for a
    trigger that holds its own passive ("talks … will be broken off"), the modal before its
    "be" comes first, and for a noun trigger that is a modal's subject ("a curfew would
    follow"), that modal."""
    passive = (
        _modal_of_passive(tokens, match)
        or _modal_after(tokens, match)
        or _fate_told_after(tokens, match)
    )
    if passive is not None:
        return passive
    if _done_by_anyone(tokens, match.first):
        return "uncertain"  # "a firm response to anyone who attacked government buildings"
    clause_breaks = load_lexicon().clause_breaks
    cue_ends = _cues_ending_with()
    for position in range(match.first - 1, max(-1, match.first - 1 - LOOK_BACK_TOKENS), -1):
        word = tokens[position].text
        if word in clause_breaks:
            break
        if word == "for" and _asked_for(tokens, position):
            return "requested"  # "asked the CSTO for help": the help is asked for
        # (most words end no cue: only those that can are looked at closely)
        if word in cue_ends or word.endswith(CONTRACTED_ENDINGS):
            cue = _cue_ending_at(tokens, position)
            if cue is not None and _told_by_a_noun_of_another_verb(tokens, position, match):
                return None  # "failing to protect a filmmaker slain last week": he was slain
            if cue == "denied" and (
                _denies_a_saying(tokens, position) or _denies_no_event(tokens, position)
            ):
                return None  # "police did not say how many were arrested": they were
            if cue == "denied" and _asked_not_to(tokens, position):
                return "requested"  # "urged protesters not to join the rally": asked, not refused
            if cue is not None:
                return cue
    return None


# Verbs after an infinitive cue that keep a participle after their object in the cue's scope:
# "refused to have the men released", "wants to see them punished", "is to be condemned".
SCOPE_KEEPING_VERBS = frozenset("have has get got see make keep leave be been being".split())
# Words after which a participle is not a verb of its own ("them released", "of being beaten").
NOT_A_NOUN = frozenset("him her them us me it be being".split())


def _told_by_a_noun_of_another_verb(
    tokens: list[Token], position: int, match: TriggerMatch
) -> bool:
    """Whether an infinitive cue ending at `position` ("failing to", "refused to") governs a verb
    of its own, and the trigger is a participle after that verb's object, or after an
    auxiliary of the main clause: "accused the government of failing to protect a filmmaker
    slain last week" denies the protection, not the slaying, which the noun's own clause tells
    as done; in "four men accused of planning to kill him have been pardoned", the pardon
    happened."""
    if tokens[position].text != "to" or match.first - position < 3:
        return False
    verb, trigger, before = (tokens[i].text for i in (position + 1, match.first, match.first - 1))
    own_verb = before.isalpha() and not before.endswith("ly")
    own_verb = own_verb and before not in NOT_A_NOUN | ARTICLES
    return is_participle(trigger) and own_verb and verb not in SCOPE_KEEPING_VERBS


# Verbs that ask or tell someone to do, or not to do, something: "urged protesters not to
# join", "called on demonstrators not to give in".
ASKING_VERBS = frozenset(
    """
    ask asks asked asking urge urges urged urging call calls called calling appeal appeals
    appealed appealing beg begs begged begging implore implores implored tell tells told telling
    order orders ordered ordering instruct instructs instructed advise advises advised warn warns
    warned warning encourage encourages encouraged
    """.split()
)
# How far before "not to" the telling verb may stand, past its addressee ("called on the
# crowds in the square not to").
TELLING_REACH = 6


def _asked_not_to(tokens: list[Token], position: int) -> bool:
    """Whether the "not" at `position` opens a negative infinitive ("not to join") that a verb
    of asking or telling governs: the act is asked to be left undone, not refused."""
    if position + 1 >= len(tokens) or tokens[position + 1].text != "to":
        return False
    reach = tokens[max(0, position - TELLING_REACH) : position]
    return any(token.text in ASKING_VERBS for token in reach)


# Doers that no one is: "anyone who attacked", "whoever attacks".
ANYONE_WORDS = frozenset({"anyone", "anybody", "whoever", "whomever"})


def _done_by_anyone(tokens: list[Token], first: int) -> bool:
    """Whether the trigger at `first` is done by anyone at all ("anyone who attacked", "whoever
    attacks", "anyone attacking") or by whoever does not do it ("those who do not surrender"):
    a case supposed, not an act told."""
    before = [token.text for token in tokens[max(0, first - 4) : first]]
    if before[-3:] in (["who", "do", "not"], ["who", "does", "not"]) or before[-2:] in (
        ["who", "don't"],
        ["who", "doesn't"],
    ):
        return True  # "Those who do not surrender will be eliminated": a condition, not an act
    if before[-1:] == ["who"]:
        before.pop()
    return bool(before) and before[-1] in ANYONE_WORDS


# Verbs that ask someone for something ("asked the CSTO for help"), and plural calls and demands
# ("rejected calls from abroad for negotiations"); not "call", whose noun ("the call by the
# committee for demonstrations") the demonstrators may have answered.
ASKING_FOR_VERBS = frozenset(
    "ask asks asked asking appeal appeals appealed appealing beg begs begged begging implore "
    "implores implored imploring plead pleads pleaded pleading calls demands".split()
)
# How far before "for" an asking verb may stand, past its addressee ("asked the Collective
# Security Treaty Organization for help").
ASKED_FOR_REACH = 7


def _asked_for(tokens: list[Token], position: int) -> bool:
    """Whether the "for" at `position` follows an asking verb and its addressee: "asked the CSTO
    for help", "appealed to Moscow for troops" (not "arrested for rioting")."""
    for back in range(position - 2, max(-1, position - 1 - ASKED_FOR_REACH), -1):
        if tokens[back].text in ASKING_FOR_VERBS:
            return True
    return False


def _denies_no_event(tokens: list[Token], position: int) -> bool:
    """Whether a "not" denies something else than the event: "not the first time police have
    used tear gas", "not only did they burn cars"."""
    following = [token.text for token in tokens[position + 1 : position + 3]]
    if tokens[position].text != "not" or not following:
        return False
    return following[0] in ("only", "just") or (
        following[0] == "the" and following[1:] in (["first"], ["only"], ["last"])
    )


# Verbs of telling whose denial leaves what they would have told a fact: "did not say how many
# were arrested", "refused to comment on the arrests", "has not disclosed how many died".
SAYING_VERBS = frozenset(
    """
    say said comment commented disclose disclosed specify specified reveal revealed elaborate
    identify identified name named explain explained
    """.split()
)


def _denies_a_saying(tokens: list[Token], position: int) -> bool:
    """Whether the denial cue ending at `position` denies a verb of telling that follows it
    ("not say", "n't comment", "to comment"; not "would not provide support"), past an auxiliary."""
    following = [token.text for token in tokens[position + 1 : position + 3]]
    if following[:1] in (["be"], ["been"], ["have"], ["yet"]):
        following = following[1:]
    return bool(following) and following[0] in SAYING_VERBS


def _modal_of_passive(tokens: list[Token], match: TriggerMatch) -> Cue | None:
    """The cue of a modal that a trigger's own span puts before "be" ("ties would be severed",
    "the protests will not be called off"), if any: such a trigger tells its event in the
    passive, and the modal, not the words before the subject, says whether it happened."""
    words = [token.text for token in tokens[match.first : match.last + 1]]
    for position, word in enumerate(words[1:], start=1):
        if word != "be":
            continue
        before = words[position - 1]
        negated = before in ("not", "never")
        modal = words[position - 2] if negated and position > 1 else before
        cue = _one_word_cue(modal) if modal in PASSIVE_MODALS else None
        if cue is not None:
            return "denied" if negated else cue
    return None


def _modal_after(tokens: list[Token], match: TriggerMatch) -> Cue | None:
    """The cue of a modal right after a trigger told as a noun with its article, the modal's
    subject, before a verb of taking place ("a general strike will begin on Monday", "a curfew
    would follow any unrest"): the modal, not the words before the noun, says whether the event
    happened."""
    after = match.last + 1
    if not _follows_an_article(tokens, match.first):
        return None
    if after >= len(tokens) or tokens[after].text not in MODALS_AFTER_A_NOUN:
        return None
    negated = after + 1 < len(tokens) and tokens[after + 1].text in ("not", "never")
    verb = after + 2 if negated else after + 1
    if verb >= len(tokens) or tokens[verb].text not in OCCURRENCE_VERBS:
        return None  # "the agreement will see debt converted": the agreement was made
    cue = _one_word_cue(tokens[after].text)
    return "denied" if negated and cue is not None else cue


# What a sentence may say befell an event named as a noun, after the noun: "the march was
# postponed" (planned), "the strike has been called off" (denied), "a rally is scheduled for
# Monday" (planned).
FATE_AUXILIARIES = frozenset(
    "was were is are has have had been be being will would now also later".split()
)
FATES: dict[str, Cue] = {
    "cancelled": "denied",
    "canceled": "denied",
    "scrapped": "denied",
    "called": "denied",  # "called off"
    "averted": "absent",
    "postponed": "planned",
    "delayed": "planned",
    "scheduled": "planned",
    "planned": "planned",
    "expected": "planned",
    "due": "planned",
    "set": "planned",
}
LOOMING = frozenset({"looms", "loomed", "looming", "loom"})
# Fates that tell of a time only with "to" and a verb, or "for": "set to begin", "due on Monday".
TIMED_FATES = frozenset({"set", "due"})
# What an event in force is due or expected to do next: its end tells nothing of its start.
ENDING_VERBS = frozenset("end expire lapse finish stop close conclude".split())


def _fate_told_after(tokens: list[Token], match: TriggerMatch) -> Cue | None:
    """The cue of what the words after a noun trigger with its article say befell the event:
    "the march was postponed until next week" (planned), "the strike has been called off"
    (denied), "a general strike is scheduled for Monday" (planned)."""
    if not (_follows_an_article(tokens, match.first) or match.first == 0):
        return None
    position = _past_a_phrase(tokens, match.last + 1)
    start = position
    while position < len(tokens) and tokens[position].text in FATE_AUXILIARIES:
        position += 1
    if position >= len(tokens):
        return None
    word = tokens[position].text
    if word in LOOMING:
        return "threatened"  # "a strike looms", "a curfew is looming"
    if position == start:
        return None  # "the strike scheduled …" with no verb before it is left to the clause
    following = [token.text for token in tokens[position + 1 : position + 3]]
    if word == "called":
        return "denied" if following[:1] == ["off"] else None
    if word in TIMED_FATES and not _timed(following):
        return None  # "an explosion was set off", "the delay was due to the strike"
    if following[:1] == ["to"] and following[1:] and following[1] in ENDING_VERBS:
        return None  # "the state of emergency is due to end on January 19": it holds now
    return FATES.get(word)


# A phrase that may stand between an event's noun and what befell it: "talks between the two
# delegations are expected to resume", "the strike at the port was called off".
PHRASE_OPENERS = frozenset({"between", "of", "with", "on", "over", "among", "in", "at", "by"})
PHRASE_REACH_TOKENS = 8


def _past_a_phrase(tokens: list[Token], position: int) -> int:
    """Where the words after a noun trigger go on past a phrase that qualifies it (up to the
    first auxiliary within reach); `position` itself when no such phrase follows."""
    if position >= len(tokens) or tokens[position].text not in PHRASE_OPENERS:
        return position
    for ahead in range(position + 1, min(len(tokens), position + PHRASE_REACH_TOKENS)):
        word = tokens[ahead].text
        if word in FATE_AUXILIARIES:
            return ahead
        if not word.replace("-", "").replace("'", "").isalnum():
            return position  # a comma or a bracket: the phrase is no subject's tail
    return position


def _timed(following: list[str]) -> bool:
    """Whether the words after "set" or "due" give the event a time: "to begin" or "for
    Monday", not "off" nor "to the strike"."""
    if not following or following[0] not in ("to", "for", "on"):
        return False
    return following[0] != "to" or (len(following) > 1 and following[1] not in ARTICLES)


def _follows_an_article(tokens: list[Token], first: int) -> bool:
    """Whether an article stands before the word at `first`, at most a few modifiers away ("a
    curfew", "an around-the-clock curfew", "the new general strike")."""
    clause_breaks = load_lexicon().clause_breaks
    for position in range(first - 1, max(-1, first - 2 - MODIFIERS_BEFORE_A_NOUN), -1):
        word = tokens[position].text
        if word in ARTICLES:
            return True
        if not word.replace("-", "").isalpha() or word in clause_breaks:
            return False
    return False


def status_of(cue: Cue | None) -> EventStatus:
    return "occurred" if cue is None else STATUS_OF_CUE[cue]


def _cue_ending_at(tokens: list[Token], position: int) -> Cue | None:
    word = tokens[position].text
    if word.endswith(NEGATED_ENDINGS):
        return "denied"
    if word.endswith(FUTURE_ENDINGS):
        return "planned"
    if word == "may" and _is_month(tokens, position):
        return None
    before = tokens[position - 1].text if position > 0 else None
    for kind, cue in _cues_ending_with().get(word, ()):
        first = position - len(cue) + 1
        if first < 0 or (len(cue) > 1 and cue[-2] != before):
            continue  # (the word before rules out most of the many cues ending in "to")
        if all(tokens[first + i].text == w for i, w in enumerate(cue)):
            if kind == "obliged" and surely_so(tokens, position):
                return None  # "they must have known about the attack": no demand
            return _readiness(tokens, first) if kind == "preparing" else kind
    return None


def surely_so(tokens: list[Token], position: int) -> bool:
    """Whether the "must" at `position` tells what is surely so ("must have known", "must be
    paying"), not what someone must do."""
    following = [token.text for token in tokens[position + 1 : position + 3]]
    if following[:1] == ["have"]:
        return True
    return len(following) == 2 and following[0] == "be" and following[1].endswith("ing")


def _readiness(tokens: list[Token], first: int) -> Cue:
    """ "Is prepared to" states a willingness (planned); "prepared to" or "preparing to" as a verb
    tells that the act is being readied (preparing)."""
    before = tokens[first - 1].text if first > 0 else ""
    adjectival = tokens[first].text == "prepared" and before in load_lexicon().passive_auxiliaries
    return "planned" if adjectival or before.endswith(("'s", "’s")) else "preparing"


def _one_word_cue(word: str) -> Cue | None:
    """The kind of the lexicon's cue that is this word alone, if any."""
    return next((kind for kind, cue in _cues_ending_with().get(word, ()) if cue == (word,)), None)


@cache
def _cues_ending_with() -> dict[str, list[tuple[Cue, tuple[str, ...]]]]:
    """The lexicon's cues by their last word, each word's in the order of CUES, so that a
    position is checked against the few cues that can end there, not all of them."""
    by_last: dict[str, list[tuple[Cue, tuple[str, ...]]]] = {}
    cues = load_lexicon().status_cues
    for kind in CUES:
        for cue in cues[kind]:
            by_last.setdefault(cue[-1], []).append((kind, cue))
    return by_last


def _is_month(tokens: list[Token], position: int) -> bool:
    before = tokens[position - 1].text if position > 0 else ""
    after = tokens[position + 1].text if position + 1 < len(tokens) else ""
    return before.isdigit() or after.isdigit() or before in MONTH_CONTEXT
