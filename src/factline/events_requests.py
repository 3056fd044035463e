"""Requests told by their frame: someone asked to act, or told that they must act.

PLOVER codes a demand by what it asks for: "told the government to scrap planned cuts" and
"called on donors to step up their assistance" are REQUESTs, not a concession or an AID, and so
is an obligation stated in reported speech ("said that Eritrea had to pull its troops back", the
reported form of "Eritrea must pull its troops back", which the lexicon codes as a REQUEST).

A *frame* is a verb that asks ("told", "urged", "pushed") with its addressee and a "to"
("told the government to"), or a reported "had to" ("said that Syria had to"). The
acts told after a frame, in its clause, are what it asks for (`requested_acts`); a frame that
asks for no act of the lexicon is itself the request's trigger.
"""

from __future__ import annotations

import dataclasses

from factline.events_lexicon import Token, TriggerForm, TriggerMatch, load_lexicon

# How many words may stand between an asking verb and its "to" ("called on neighbouring
# states on Tuesday to", "called on Benin, Togo and Ghana to").
ADDRESSEE_REACH_TOKENS = 6
# How many words the agent of a passive asking verb may take ("were told by the guarantor
# nations of the 1942 Rio Protocol to").
AGENT_REACH_TOKENS = 10
# How far after its frame a requested act may start ("to step up their assistance").
ACT_REACH_TOKENS = 6
# Words that end an addressee: a new subject or verb, as in "told reporters he was going to",
# or an adverb of the verb ("pushed ahead with plans to").
NO_ADDRESSEE_WORDS = frozenset(
    "that he she they we i you was were is are be been would will had has have could can "
    "should must may might not did ahead forward by about what how whether why when where "
    "which if".split()
)  # "was asked about", "told what to do": a question, not an addressee
# After "to", words that make it a preposition ("pushed the toll to 50", "told it to the court").
NOT_AN_INFINITIVE = frozenset("the a an its their his her this that these those".split())
# Punctuation that ends an addressee (but a comma, as in "called on Benin, Togo and Ghana to").
CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", '"', "—", "–"})
# The word of a reported obligation ("had to").
REPORTED_OBLIGATION = "had"
# Subjects whose "had to" tells their own plight, not a demand on them.
PERSONAL_PRONOUNS = frozenset("i we you he she they".split())
# Verbs whose object may be a quantity, not an addressee ("pushed prices to record levels").
PUSHING_VERBS = frozenset("push pushed pushes pushing".split())
QUANTITY_NOUNS = frozenset(
    "price prices rate rates cost costs inflation index shares stocks level levels total "
    "toll figure figures number numbers value currency sales output demand growth".split()
)
# What a request asks for, by the type of the act asked for (the REQUEST modes of PLOVER 2.0,
# as the CAMEO2PLOVER table gives them: aid, cooperation or troops 101-103 assist, a meeting
# 106 meet, a release, withdrawal or ceasefire 1053-1056 yield); other acts, reforms and
# concessions among them (104, 1042), are a change.
MODE_OF_ACT = {
    "AID": "assist",
    "COOPERATE": "assist",
    "SUPPORT": "assist",
    "MOBILIZE": "assist",  # "called on the CSTO to send troops" (103, military protection)
    "CONSULT": "meet",
    "RETREAT": "yield",
}


def may_hold_frame(vocabulary: set[str]) -> bool:
    """Whether a sentence of these (lower-cased) words may hold a request frame: an asking verb,
    or a reporting verb with a "had" ("said that Syria had to …")."""
    lexicon = load_lexicon()
    if not vocabulary.isdisjoint(lexicon.request_verb_starts):
        return True
    return REPORTED_OBLIGATION in vocabulary and not vocabulary.isdisjoint(lexicon.reporting_verbs)


def request_frames(tokens: list[Token]) -> list[TriggerMatch]:
    """The request frames among `tokens`, left to right, each as a REQUEST trigger: in "They
    told the army to leave", the frame "told the army to"."""
    lexicon = load_lexicon()
    frames: list[TriggerMatch] = []
    reported = False  # after a reporting verb ("said")
    for position, token in enumerate(tokens):
        reported = reported or token.text in lexicon.reporting_verbs
        verb = None
        if token.text in lexicon.request_verb_starts:
            verb = _phrase_at(tokens, position, lexicon.request_verbs)
        if verb is not None:
            frame = _asking_frame(tokens, position, verb)
        elif reported:
            frame = _reported_obligation(tokens, position)
        else:
            frame = None
        if frame is not None and (not frames or frame.first > frames[-1].last):
            frames.append(frame)
    return frames


def requested_acts(matches: list[TriggerMatch], tokens: list[Token]) -> list[TriggerMatch]:
    """`matches` with each act that a frame asks for coded as a REQUEST, and each frame that asks
    for none of them added as the request's own trigger.

    A lexicon REQUEST that ends in "to" ("pressed Seoul to") is a frame too. "Urged Laos to admit
    monitors" is one REQUEST (yield); "told the government to scrap planned cuts", whose act the
    lexicon does not hold, is the REQUEST "told the government to". A passive frame counts only
    where it asks for an act of the lexicon ("the rebels were told to lay down their arms"): with
    no addressee named, "people were told to make a choice" is as often a generality as a demand.
    """
    frames = request_frames(tokens)
    frames += [
        match
        for match in matches
        if match.form.type == "REQUEST"
        and _ends_in_infinitive(tokens, match)
        and not any(_overlaps(frame, match) for frame in frames)
    ]
    recoded = list(matches)
    for frame in frames:
        asked = [match for match in recoded if _asks_for(frame, match, tokens)]
        if asked or not _is_passive(tokens, frame.first):
            recoded = _with_request(recoded, frame, asked, tokens)
    return sorted(recoded, key=lambda match: match.start)


def _with_request(
    matches: list[TriggerMatch],
    frame: TriggerMatch,
    asked: list[TriggerMatch],
    tokens: list[Token],
) -> list[TriggerMatch]:
    """`matches` with one REQUEST from the frame to the last act it asks for, in place of those
    acts and of the shorter REQUESTs inside the frame ("called on" in "called on Laos to admit
    monitors"): one request, coded by what it asks for. Where an act of another kind stands in
    the frame ("urged the striking miners to return"), the acts asked for are only recoded."""
    inside = [match for match in matches if _overlaps(frame, match)]
    if any(match.form.type != "REQUEST" for match in inside):
        return [_as_request(match) if match in asked else match for match in matches]
    last = asked[-1].last if asked else frame.last
    mode = _mode_asking_for(asked[0]) if asked else "change"
    words = tuple(token.text for token in tokens[frame.first : last + 1])
    verb = TriggerMatch(frame.form, frame.first, frame.first, frame.start, tokens[frame.first].end)
    request = TriggerMatch(
        TriggerForm(words, "REQUEST", mode),
        frame.first,
        last,
        frame.start,
        tokens[last].end,
        roles_from=verb,  # who asked whom: "Tokayev called on the CSTO to send troops"
    )
    replaced = inside + asked
    return [match for match in matches if match not in replaced] + [request]


def _phrase_at(
    tokens: list[Token], position: int, phrases: frozenset[tuple[str, ...]]
) -> int | None:
    """The position of the last token of the longest of `phrases` that starts at `position`."""
    found = None
    for phrase in phrases:
        end = position + len(phrase)
        if tuple(token.text for token in tokens[position:end]) == phrase:
            found = max(found or 0, end - 1)
    return found


def _asking_frame(tokens: list[Token], first: int, verb_end: int) -> TriggerMatch | None:
    """The frame of an asking verb with its addressee and "to" ("urged Laos to"), if any.
    Pushing a quantity is no asking: "pushed commodity prices to record levels".

    In the passive the addressee is the subject, and the "to" follows the verb or the agent
    that "by" brings in: "Syria was urged to withdraw", "the rebels were told by mediators to
    lay down their arms"."""
    if _is_passive(tokens, first):
        return _passive_frame(tokens, first, verb_end)
    pushing = tokens[first].text in PUSHING_VERBS
    limit = min(len(tokens) - 1, verb_end + 1 + ADDRESSEE_REACH_TOKENS)
    for position in range(verb_end + 1, limit + 1):
        word = tokens[position].text
        if pushing and word in QUANTITY_NOUNS:
            return None
        if word == "to":
            return _frame(tokens, first, position) if position > verb_end + 1 else None
        if word in NO_ADDRESSEE_WORDS or (word in CLAUSE_MARKS and word != ","):
            return None
    return None


def _is_passive(tokens: list[Token], first: int) -> bool:
    """Whether the asking verb at `first` is a participle after a passive auxiliary ("was
    urged", "were told"; not "is pushing", which strives)."""
    verb = tokens[first].text
    return (
        first > 0
        and tokens[first - 1].text in load_lexicon().passive_auxiliaries
        and (verb.endswith("ed") or verb == "told")
    )


def _passive_frame(tokens: list[Token], first: int, verb_end: int) -> TriggerMatch | None:
    """The frame of a passive asking verb: its "to" right after it, or after its agent."""
    if _word_at(tokens, verb_end + 1) == "to":
        return _frame(tokens, first, verb_end + 1)
    if _word_at(tokens, verb_end + 1) != "by":
        return None
    limit = min(len(tokens) - 1, verb_end + 1 + AGENT_REACH_TOKENS)
    for position in range(verb_end + 2, limit + 1):
        word = tokens[position].text
        if word == "to":
            return _frame(tokens, first, position)
        if word in CLAUSE_MARKS:
            return None
    return None


def _reported_obligation(tokens: list[Token], position: int) -> TriggerMatch | None:
    """A "had to" told after a reporting verb ("said that Syria had to turn over …"): reported
    speech puts "must" in the past.

    "Had to" also tells what someone was forced to do ("residents said they had to flee") or
    what was done ("had had to be replaced"), so only a "had to" in a "that" clause, after a
    subject that is no personal pronoun and before an active verb, counts. A reported "should"
    is left out: as often as a demand ("should quit") it is a forecast ("sales should still top
    expectations")."""
    if _word_at(tokens, position) != REPORTED_OBLIGATION or _word_at(tokens, position + 1) != "to":
        return None
    if not _in_that_clause(tokens, position) or _word_at(tokens, position + 2) in ("be", "have"):
        return None
    if position > 0 and tokens[position - 1].text == REPORTED_OBLIGATION:
        return None
    return _frame(tokens, position, position + 1)


def _word_at(tokens: list[Token], position: int) -> str:
    return tokens[position].text if position < len(tokens) else ""


def _in_that_clause(tokens: list[Token], position: int) -> bool:
    """Whether the verb at `position` is told in a "that" clause with a subject of its own that
    is no personal pronoun ("said on Tuesday that Eritrea had")."""
    words = [token.text for token in tokens[:position]]
    return "that" in words and words[-1] not in PERSONAL_PRONOUNS


def _frame(tokens: list[Token], first: int, last: int) -> TriggerMatch | None:
    """The frame over tokens [first, last], unless its "to" is a preposition."""
    if tokens[last].text == "to" and not _is_verb(tokens, last + 1):
        return None
    words = tuple(token.text for token in tokens[first : last + 1])
    form = TriggerForm(words, "REQUEST", "change")
    return TriggerMatch(form, first, last, tokens[first].start, tokens[last].end)


def _ends_in_infinitive(tokens: list[Token], match: TriggerMatch) -> bool:
    """Whether a trigger ends in the "to" of an infinitive ("pressed Seoul to release")."""
    return tokens[match.last].text == "to" and _is_verb(tokens, match.last + 1)


def _is_verb(tokens: list[Token], position: int) -> bool:
    """Whether the word after a "to" may be a verb: a lower-case word, not a determiner
    ("pushed the toll to 50", "presses belonging to Belarus's largest newspaper")."""
    if position >= len(tokens):
        return False
    token = tokens[position]
    return token.text.isalpha() and not token.capital and token.text not in NOT_AN_INFINITIVE


def _asks_for(frame: TriggerMatch, act: TriggerMatch, tokens: list[Token]) -> bool:
    """Whether `act` is told after `frame`, near it and in its clause."""
    if act.first <= frame.last or act.first - frame.last > ACT_REACH_TOKENS:
        return False
    between = {token.text for token in tokens[frame.last + 1 : act.first]}
    return load_lexicon().clause_breaks.isdisjoint(between)


def _as_request(act: TriggerMatch) -> TriggerMatch:
    """The act's trigger coded as a REQUEST for it ("to lift the embargo": REQUEST yield)."""
    form = TriggerForm(act.form.words, "REQUEST", _mode_asking_for(act))
    return dataclasses.replace(act, form=form)


def _mode_asking_for(act: TriggerMatch) -> str:
    """The REQUEST mode of asking for `act`: assist, meet or yield by its type, else change."""
    return MODE_OF_ACT.get(act.form.type, "change")


def _overlaps(frame: TriggerMatch, match: TriggerMatch) -> bool:
    return match.first <= frame.last and frame.first <= match.last
