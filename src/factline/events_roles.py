"""Who acted on whom, and where: the actors and the place an event attaches to.

Roles follow position and voice, as a reader would take them. In the active voice the source is
the nearest actor before the trigger and the target the first actor after it ("police arrested
protesters"). In the passive voice, or when the trigger is followed by "by"/"from"
("surrounded by thousands of protesters", "tear gas … from the police"), the actor after that
word is the source and the nearest actor before the trigger the target. "Clashes between the
police and demonstrators" makes the first the source and the second the target. A noun trigger
that a verb of judging or telling takes as its object ("the UN condemned the attack on the
convoy") gets no source from that verb's subject, who spoke of the event and did not do it;
after a verb of withstanding ("repelled an attack") that subject is the target. A
clause with no actor before its trigger takes the subject of a relative clause it is or follows
("The army, which seized power on Monday, has cut internet access").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import cache
from typing import TypeVar

from factline.events_lexicon import Token, TriggerMatch, is_participle, load_lexicon
from factline.record import Actor, Analysis, Place

T = TypeVar("T", Actor, Place)

AGENT_LOOK_AHEAD_TOKENS = 2
CLAUSE_REACH_TOKENS = 40
# Words that open a new clause: an actor beyond them plays no part in this event.
CLAUSE_OPENERS = frozenset(
    ", ; : ( ) after before when while because since although though which who whom where "
    "despite according as whereas unless until".split()
)
# "The resignation of the government": after these types "of" names who acted, not the target.
OF_NAMES_SOURCE = frozenset({"RETREAT", "PROTEST", "MOBILIZE", "CONSULT", "AGREE"})
LOCATIVE_WORDS = ("in ", "at ", "near ", "outside ", "across ", "of ", "from ", "around ")
LOCATIVE_BONUS_CHARS = 40


def source_and_target(
    tokens: list[Token], match: TriggerMatch, sentence_actors: Sequence[Actor]
) -> tuple[str | None, str | None]:
    """The ids of the actor who acted and the actor acted on, where the sentence names them."""
    if not tokens or not sentence_actors:
        return None, None
    low, high = _clause_bounds(tokens, match)
    actors = [
        actor
        for actor in sentence_actors
        if low <= actor.start < high and (actor.end <= match.start or actor.start >= match.end)
    ]
    before = [actor for actor in actors if actor.end <= match.start]
    after = sorted((actor for actor in actors if actor.start >= match.end), key=_start)
    nearest_before = _head_of(tokens, before)
    if _obliged(tokens, match):
        # "Russia said on Tuesday that Sudan must return the helicopter": Russia asks Sudan
        return _speaker_and_obliged(tokens, before, match)
    setting, lead = _setting_of(tokens, match)
    if setting in ("connected", "answered"):  # "in connection with the violence", "responded
        return None, None  # forcefully to the protests": the actor before did not do it
    if setting == "suffered":  # "civilians caught up in the violence"
        sufferers = [actor for actor in before if actor.end <= lead]
        doers = [actor for actor in before if actor.start >= lead]  # "in an Israeli airstrike"
        marker = _marker_after(tokens, match)
        if marker is None and _word_after(tokens, match) == "with":
            marker = tokens[match.last + 1]  # "wounded in clashes with militants"
        agent = _agent_after(tokens, after, marker)
        return _id(agent or _head_of(tokens, doers)), _id(_head_of(tokens, sufferers))
    marker = _marker_after(tokens, match)
    if marker is not None and marker.text == "between" and len(after) >= 2:
        return after[0].id, after[1].id
    if marker is not None and marker.text == "of" and match.form.type in OF_NAMES_SOURCE:
        return _id(_first_after(after, marker.end)), None
    if marker is not None and (marker.text == "of" or match.form.type == "REQUEST"):
        marker = None  # "arrest of protesters", "asked for help from the CSTO": the target
    if marker is not None and marker.text == "from" and _is_withdrawal(match):
        marker = None  # "will withdraw their peacekeeping force from Chad": left, not sent by
    agent = _agent_after(tokens, after, marker)
    verb = _verb_before_noun(tokens, match)
    if verb in JUDGING_VERBS:  # "Russia condemned the attack by rebels on …"
        others = [actor for actor in after if actor is not agent]
        return _id(agent), _id(_first_after(others, match.end))
    if verb in WITHSTANDING_VERBS:  # "Ukrainian forces repelled an attack near Mykolaiv"
        return _id(agent), _id(nearest_before)
    if agent is not None or _is_passive(tokens, match):
        return _id(agent), _id(_head_of(tokens, _past_the_speaker(tokens, before, match)))
    if nearest_before is None:  # "The army, which seized power on Monday, has cut …"
        nearest_before = _subject_across_relative(tokens, match, sentence_actors, low)
    elif _after_and(tokens, match):  # "Tokayev called on demonstrators … and promised"
        nearest_before = _subject_of_the_verb_before(tokens, before)
    if nearest_before is not None and _saw_or_named(tokens, nearest_before, match):
        nearest_before = None  # "residents described burned cars", "what the authorities call"
    target = _object_of(tokens, after, match)
    pair = _joined_pair(tokens, before, nearest_before) if match.form.type in MUTUAL_TYPES else None
    if pair is not None and not _brought_by_with(tokens, target):
        return _id(pair[0]), _id(pair[1])  # "Israel and Lebanon renewed negotiations on …"
    return _id(nearest_before), _id(target)


# Words after a saying that name its speaker again ("the army said it had killed"), so that the
# speaker is also the doer of what is said.
SPEAKER_PRONOUNS = frozenset("it its they their he his she her we our i".split())
# Prepositions that attach a place to the actor before them ("police in Almaty").
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "of"})


def _past_the_speaker(tokens: list[Token], before: list[Actor], match: TriggerMatch) -> list[Actor]:
    """The actors before a passive trigger less the speaker of a saying between them and it
    ("The interior ministry said more than 200 people had been detained": the ministry was not
    detained); a speaker named again by a pronoun ("the ministry said it had been attacked")
    stays, as the one the pronoun stands for."""
    saying = next(
        (
            position
            for position in range(match.first - 1, -1, -1)
            if tokens[position].text in _saying_verbs()
        ),
        None,
    )
    if saying is None or not before or before[0].start > tokens[saying].start:
        return before
    following = [token.text for token in tokens[saying + 1 : saying + 3]]
    if following[:1] == ["that"]:
        following = following[1:]
    if following[:1] and following[0] in SPEAKER_PRONOUNS:
        return before
    return [actor for actor in before if actor.start > tokens[saying].start]


@cache
def _saying_verbs() -> frozenset[str]:
    """The reporting verbs that only tell of words ("said", "told"), not "declared", which also
    does what it names ("declared a state of emergency")."""
    return load_lexicon().reporting_verbs - {"declared", "declares"}


# People who act for the body named right before them ("Red Cross officials").
SPEAKERS_FOR_A_BODY = frozenset(
    """
    officials official spokesman spokeswoman spokesperson representatives delegates envoys
    diplomats leaders
    """.split()
)


def _head_of(tokens: list[Token], before: list[Actor]) -> Actor | None:
    """The nearest actor before the trigger, or the actor it is a place of ("police in
    Kazakhstan's largest city fired tear gas": the police, not Kazakhstan) or whose short form
    it is, in brackets ("Asia-Pacific Economic Cooperation (APEC)"); a short form in brackets
    after no actor ("distributed denial of service (DDoS) attacks") is passed over."""
    if not before:
        return None
    ordered = sorted(before, key=lambda actor: actor.end)
    nearest = ordered[-1]
    position = bisect.bisect_left(tokens, nearest.start, key=_token_start)
    lead = tokens[position - 1].text if position > 0 else ""
    head = ordered[-2] if len(ordered) > 1 else None
    attached = head is not None and position > 1 and tokens[position - 2].end == head.end
    if lead == "(":  # a short form stands for the name before it, and stands for no one alone
        return head if attached else _head_of(tokens, ordered[:-1])
    right_after_head = head is not None and position > 0 and tokens[position - 1].end == head.end
    if right_after_head and nearest.text.lower() in SPEAKERS_FOR_A_BODY:
        return head  # "Israeli intelligence officials", "Red Cross officials": the body
    return head if attached and lead in LOCATIVE_PREPOSITIONS else nearest


def _token_start(token: Token) -> int:
    return token.start


# Verbs whose subject saw, told of or named what follows, and did not do it.
WITNESSING_VERBS = frozenset(
    """
    described describe describes describing saw seeing witnessed witness witnesses
    filmed photographed recalled recalls recounted recounts heard hear hears watched watch
    reported reports confirmed confirms noted notes documented recorded observed
    """.split()
)
# "what the authorities call terrorist attacks": a naming, after "what".
NAMING_VERBS = frozenset("call calls called term terms termed dub dubs dubbed".split())


def _saw_or_named(tokens: list[Token], actor: Actor, match: TriggerMatch) -> bool:
    """Whether a verb of seeing or telling stands between the actor and the trigger ("residents
    described burned cars and looted shops"), or the actor names the event after "what" ("what
    the authorities call terrorist attacks"): the actor witnessed or named the event."""
    window = tokens[max(0, match.first - CLAUSE_REACH_TOKENS) : match.first]
    between = [token.text for token in window if token.start >= actor.end]
    seen = [n for n, word in enumerate(between) if word in WITNESSING_VERBS]
    if seen and SPEAKER_PRONOUNS.isdisjoint(between[seen[0] :]):
        return True  # (not "NATO confirmed on Wednesday it would tighten the blockade")
    lead = [token.text for token in window if token.end <= actor.start][-3:]
    return "what" in lead and not NAMING_VERBS.isdisjoint(between)


# Participles whose subject suffered the event in the phrase after them: "civilians caught up in
# the violence", "three wounded in the clashes".
SUFFERING_WORDS = frozenset(
    "caught trapped wounded injured hurt died killed maimed displaced stranded".split()
)
SUFFERED_LEADS = frozenset({"in", "during", "by"})
# Words before "to" that make the event after it what the actor answered: "responded forcefully
# to the protests", "in response to widespread protests".
RESPONSE_WORDS = frozenset(
    "response responded responds respond responding reacted reacts react reacting reaction".split()
)
# Words that may stand between the lead and the trigger: an article, a modifier or two.
SETTING_REACH = 3


# Words of an obligation put on the actor before them: "Sudan must return the helicopter".
OBLIGATION_WORDS = frozenset({"must", "should"})
# Verbs that tell what a speaker said or concluded, before the obligation it puts on another.
SPEAKING_VERBS = frozenset(
    """
    said says told tells declared declares announced announces concluded concludes insisted
    insists stressed stresses added adds warned warns urged urges
    """.split()
)


def _obliged(tokens: list[Token], match: TriggerMatch) -> bool:
    """Whether the trigger is an obligation put on the actor before it: the request "must" or
    "should", or the act right after one ("must return"), which the codebook's conventions code
    as the request for it."""
    if match.form.type == "REQUEST" and tokens[match.first].text in OBLIGATION_WORDS:
        return True
    return match.first > 0 and tokens[match.first - 1].text in OBLIGATION_WORDS


def _speaker_and_obliged(
    tokens: list[Token], before: list[Actor], match: TriggerMatch
) -> tuple[str | None, str | None]:
    """Who puts an obligation, and on whom: the actors before and after the last verb of
    telling before it ("Russia said on Tuesday that Sudan must return the helicopter"), or no
    one and the nearest actor before it, where no one is told as saying it ("the government
    must give a clearer reason")."""
    window = tokens[max(0, match.first - CLAUSE_REACH_TOKENS) : match.first]
    telling = [token for token in window if token.text in SPEAKING_VERBS]
    if not telling:
        return None, _id(_head_of(tokens, before))
    verb = telling[-1]
    speakers = [actor for actor in before if actor.end <= verb.start]
    obliged = [actor for actor in before if actor.start >= verb.end]
    return _id(_head_of(tokens, speakers)), _id(_head_of(tokens, obliged))


# Events whose bare "troops" or "peacekeepers" are the doer's own, sent or kept back, not a
# target (but the soldiers rebels free are released to someone).
SENDING_TYPES = frozenset({"MOBILIZE", "AGREE", "AID", "RETREAT", "REJECT"})
BARE_FORCES = frozenset("troops soldiers forces peacekeepers police reinforcements".split())
# Words of a withdrawal, after which "from" names the place or party left.
WITHDRAWAL_WORDS = ("withdr", "pull", "evacuat", "retreat")
# Words before an actor that make it the doer's own means, not the target: "its troops", "up to
# 4,000 troops".
OWN_MEANS_LEADS = frozenset("its their his her our own".split())


def _is_withdrawal(match: TriggerMatch) -> bool:
    return any(word.startswith(WITHDRAWAL_WORDS) for word in match.form.words)


def _object_of(tokens: list[Token], after: list[Actor], match: TriggerMatch) -> Actor | None:
    """The target: the first actor after the trigger, unless that is the doer's own means ("Syria
    offered its troops to Lebanon's president", "ready to contribute up to 4,000 troops to a
    force in Liberia") and another actor follows it."""
    target = _first_after(after, match.end)
    if target is None:
        return None
    position = bisect.bisect_left(tokens, target.start, key=_token_start)
    lead = tokens[position - 1].text if position > 0 else ""
    if lead in OWN_MEANS_LEADS or lead[:1].isdigit():
        return _first_after(after, target.end) or target
    sending = match.form.type in SENDING_TYPES and match.form.mode != "release"
    if sending and target.text.lower() in BARE_FORCES:
        return _first_after(after, target.end)  # "refused to deploy troops in Iraq": its own
    return target


# How many words the agent may stand after its marker ("by New York attorney general Eliot
# Spitzer"), and the words it may not stand past ("tear gas from the rooftops at the protesters").
AGENT_REACH_AFTER_MARKER = 8
PAST_THE_AGENT = frozenset(
    "at on in to into onto against for with toward towards near outside , ; : ( )".split()
)


def _agent_after(tokens: list[Token], after: list[Actor], marker: Token | None) -> Actor | None:
    """The actor that the marker ("by", "from") brings in: the first actor after it, unless a
    preposition or a clause mark stands between them ("tear gas from the rooftops at the
    protesters" names the protesters as targets, not as who fired)."""
    if marker is None:
        return None
    agent = _first_after(after, marker.end)
    if agent is None:
        return None
    position = bisect.bisect_left(tokens, marker.start, key=_token_start)
    reach = tokens[position + 1 : position + 1 + AGENT_REACH_AFTER_MARKER]
    between = [token.text for token in reach if token.end <= agent.start]
    if len(between) == len(reach) or not PAST_THE_AGENT.isdisjoint(between):
        return None  # the agent stands beyond the reach, or past a preposition
    return agent


# Events that two sides do with each other: "Israel and Lebanon renewed negotiations".
MUTUAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def _joined_pair(
    tokens: list[Token], before: list[Actor], nearest: Actor | None
) -> tuple[Actor, Actor] | None:
    """The two actors joined by "and" that end with the nearest one before the trigger ("Israel
    and the Palestinians reached a consensus"), first to second; None when the nearest stands
    alone."""
    if nearest is None:
        return None
    earlier = [actor for actor in before if actor.end <= nearest.start]
    if not earlier:
        return None
    first = max(earlier, key=lambda actor: actor.end)
    start = bisect.bisect_left(tokens, first.end, key=_token_start)
    end = bisect.bisect_left(tokens, nearest.start, key=_token_start)
    between = [token.text for token in tokens[start:end]]
    return (first, nearest) if between in (["and"], ["and", "the"]) else None


def _brought_by_with(tokens: list[Token], actor: Actor | None) -> bool:
    """Whether "with" stands right before the actor ("talks with the rebels")."""
    if actor is None:
        return False
    position = bisect.bisect_left(tokens, actor.start, key=_token_start)
    lead = [token.text for token in tokens[max(0, position - 2) : position]]
    return lead[-1:] == ["with"] or lead == ["with", "the"]


def _word_after(tokens: list[Token], match: TriggerMatch) -> str | None:
    return tokens[match.last + 1].text if match.last + 1 < len(tokens) else None


def _setting_of(tokens: list[Token], match: TriggerMatch) -> tuple[str | None, int]:
    """How a noun trigger is set after the verb before it, and where the phrase that sets it
    begins: "suffered" when the actor before suffered it ("civilians caught up in the
    violence", "three wounded in the clashes"), "connected" when it is only what an act was in
    connection with ("detained 5,135 people in connection with the violence"), "answered" when
    it is what the actor responded to ("responded forcefully to the protests"), else None."""
    first = max(0, match.first - SETTING_REACH - 2)
    window = [token.text for token in tokens[first : match.first]]
    for position in range(len(window) - 1, max(-1, len(window) - 1 - SETTING_REACH), -1):
        lead = tokens[first + position].start
        if window[position] == "with" and window[position - 2 : position] == ["in", "connection"]:
            return "connected", lead
        if window[position] == "to" and not RESPONSE_WORDS.isdisjoint(
            window[max(0, position - 2) : position]
        ):
            return "answered", lead
        if window[position] in SUFFERED_LEADS:
            verbs = [word for word in window[max(0, position - 2) : position] if word != "up"]
            return ("suffered" if verbs and verbs[-1] in SUFFERING_WORDS else None), lead
    return None, match.start


def _after_and(tokens: list[Token], match: TriggerMatch) -> bool:
    """Whether the trigger is a verb in the past right after "and" ("… and promised")."""
    return (
        match.first > 0
        and tokens[match.first - 1].text == "and"
        and is_participle(tokens[match.first].text)
    )


def _subject_of_the_verb_before(tokens: list[Token], before: list[Actor]) -> Actor:
    """The subject that a verb after "and" shares with the verb before it: the actor before the
    nearest one, which is that verb's object ("Tokayev called on demonstrators not to give in
    and promised a firm response"), unless a saying stands between the two, which makes the
    nearest the subject of the words said ("the ministry said police fired tear gas and
    arrested 20 people")."""
    ordered = sorted(before, key=lambda actor: actor.end)
    if len(ordered) < 2:
        return ordered[-1]
    subject, nearest = ordered[-2], ordered[-1]
    start = bisect.bisect_left(tokens, subject.end, key=_token_start)
    end = bisect.bisect_left(tokens, nearest.start, key=_token_start)
    between = {token.text for token in tokens[start:end] if token.end <= nearest.start}
    return nearest if not between.isdisjoint(load_lexicon().reporting_verbs) else subject


RELATIVE_PRONOUNS = frozenset({"which", "who"})
# Words that open an aside about the actor before it, between commas: "Pakistan, a key ally, …".
APPOSITIVE_LEADS = frozenset({"a", "an", "the"})
RELATIVE_REACH_TOKENS = 30


def _subject_across_relative(
    tokens: list[Token], match: TriggerMatch, sentence_actors: Sequence[Actor], low: int
) -> Actor | None:
    """The subject an event's clause shares with a relative clause: the actor before "which" or
    "who" where the trigger's clause is that relative clause ("The army, which seized power on
    Monday", "supporters who had set up roadblocks") or follows it ("The army, which seized
    power on Monday, has cut internet access"), or with an aside between commas that opens
    with an article ("Pakistan, a key U.S. ally, has refused")."""
    opener = next((n for n in range(match.first - 1, -1, -1) if tokens[n].end <= low), None)
    if opener is None:
        return None
    pronoun = opener if tokens[opener].text in RELATIVE_PRONOUNS else None
    if pronoun is None and tokens[opener].text == ",":
        for n in range(opener - 1, max(-1, opener - RELATIVE_REACH_TOKENS), -1):
            if tokens[n].text in RELATIVE_PRONOUNS:
                pronoun = n
                break
            if tokens[n].text == "," and tokens[n + 1].text in APPOSITIVE_LEADS:
                pronoun = n + 1  # "Pakistan, a key U.S. ally in the war on terror, has refused"
                break
            if tokens[n].text in (";", ":", "(", ")"):
                return None
    if pronoun is None or pronoun < 1:
        return None
    antecedent = pronoun - 2 if tokens[pronoun - 1].text == "," else pronoun - 1
    if antecedent < 0:
        return None
    head = tokens[antecedent]  # "The army, which …" or "supporters who had set up roadblocks"
    return next((a for a in sentence_actors if head.start <= a.end <= head.end), None)


# Verbs whose subject speaks of an event named after them, not its doer: "the UN condemned the
# attack on the convoy", "the minister denied the killings".
JUDGING_VERBS = frozenset(
    """
    condemned condemns condemn condemning denounced denounces denounce criticised criticized
    criticises criticizes deplored deplores welcomed welcomes praised praises hailed hails
    mourned mourns denied denies deny investigated investigates investigating reported reports
    blamed blames regretted regrets protested protests decried decries lamented laments
    """.split()
)
# Verbs whose subject withstood the event named after them, its target and not its doer:
# "Ukrainian forces repelled an attack", "the minister survived an assassination attempt".
WITHSTANDING_VERBS = frozenset(
    """
    repelled repels repel repulsed repulses foiled foils thwarted thwarts survived survives
    withstood withstands
    """.split()
)
JUDGED_NOUN_LEADS = frozenset({"the", "a", "an", "this", "these", "that", "those", "any"})


def _verb_before_noun(tokens: list[Token], match: TriggerMatch) -> str | None:
    """The word before the article of a noun trigger ("condemned the attack", "repelled an
    attack", "denied any killings"), past a modifier or two ("the deadly attack"); None when
    no article stands within reach."""
    lead = match.first - 1
    while lead >= 0 and match.first - lead <= 3 and tokens[lead].text not in JUDGED_NOUN_LEADS:
        lead -= 1
    if lead < 1 or tokens[lead].text not in JUDGED_NOUN_LEADS:
        return None
    return tokens[lead - 1].text


def _clause_bounds(tokens: list[Token], match: TriggerMatch) -> tuple[int, int]:
    """Character bounds of the trigger's clause: back to, and on to, the nearest clause opener.

    Going back, a short aside in brackets is read past ("The International Labor Office (ILO)
    reiterated"). Going on, "and" also ends the clause ("prompted demonstrations and Russian
    intervention"), unless "between" came first ("between the police and demonstrators"). A
    clause reaches at most `CLAUSE_REACH_TOKENS` either way, which keeps the search linear on
    hostile text.
    """
    first_before = max(0, match.first - CLAUSE_REACH_TOKENS)
    low = tokens[first_before].start
    position = match.first - 1
    while position >= first_before:
        if tokens[position].text == ")" and not _opens_a_dateline(tokens, position):
            opening = _opening_bracket(tokens, position, first_before)
            if opening:  # "The International Labor Office (ILO) reiterated" (not "(AP) A …")
                position = opening - 1
                continue
        if tokens[position].text in CLAUSE_OPENERS:
            low = tokens[position].end
            break
        position -= 1
    last_after = min(len(tokens) - 1, match.last + CLAUSE_REACH_TOKENS)
    high = tokens[last_after].end
    between = False
    for token in tokens[match.last + 1 : last_after + 1]:
        between = between or token.text == "between"
        if token.text in CLAUSE_OPENERS or (token.text == "and" and not between):
            high = token.start
            break
    return low, high


# The longest aside in brackets that a clause reads past ("(ILO)", "(the Kurdish rebels)").
BRACKETED_ASIDE_TOKENS = 6


def _opens_a_dateline(tokens: list[Token], closing: int) -> bool:
    """Whether the bracket closed at `closing` ends a dateline: "BEIJING (Reuters) - Beijing …"."""
    following = tokens[closing + 1].text if closing + 1 < len(tokens) else ""
    return following in ("-", "–", "—", ":", "--")


def _opening_bracket(tokens: list[Token], closing: int, first: int) -> int | None:
    """The position of the "(" that opens a short aside closed at `closing`, if any."""
    for position in range(closing - 1, max(first, closing - BRACKETED_ASIDE_TOKENS) - 1, -1):
        if tokens[position].text in ("(", ")"):
            return position if tokens[position].text == "(" else None
    return None


def _marker_after(tokens: list[Token], match: TriggerMatch) -> Token | None:
    """The marker of who acted or of both sides, right after the trigger or a word later
    ("attacked on Monday by", "an extradition request from"); after a verb, "from" only right
    after it ("rejected calls from abroad for talks with the protesters" names no agent)."""
    markers = _markers()
    verb = is_participle(tokens[match.last].text)
    ahead = tokens[match.last + 1 : match.last + 1 + AGENT_LOOK_AHEAD_TOKENS]
    for distance, token in enumerate(ahead):
        if token.text in markers and (distance == 0 or not verb or token.text != "from"):
            return token
    return None


@cache
def _markers() -> frozenset[str]:
    """The words after a trigger that tell who acted ("by", "from"), or name both sides or the
    target ("between", "of")."""
    return load_lexicon().agent_markers | {"between", "of"}


# Participles that take an object when active, so that "in" or "during" right after them tells
# the passive: "two soldiers killed in an attack", "17 wounded during clashes".
HARMED_BEFORE_MEANS = frozenset({"killed", "wounded", "injured", "slain", "hurt"})
# Participles after "be" that tell the subject's own stance: "is opposed to", "is committed to".
STANCE_PARTICIPLES = frozenset(
    "opposed committed determined prepared dedicated devoted resolved disposed inclined".split()
)
MEANS_WORDS = frozenset({"in", "during"})


def _is_passive(tokens: list[Token], match: TriggerMatch) -> bool:
    word = tokens[match.first].text
    if not is_participle(word):
        return False
    following = _word_after(tokens, match)
    if word in STANCE_PARTICIPLES and following in ("to", "of"):
        return False  # "Israel is opposed to French mediation": Israel opposes it
    if word in HARMED_BEFORE_MEANS and following in MEANS_WORDS:
        return True
    auxiliaries = load_lexicon().passive_auxiliaries
    window = tokens[max(0, match.first - 3) : match.first]
    return any(token.text in auxiliaries for token in window)


def _start(actor: Actor) -> int:
    return actor.start


def _first_after(actors: list[Actor], offset: int) -> Actor | None:
    later = [actor for actor in actors if actor.start >= offset]
    return min(later, key=_start) if later else None


def _id(actor: Actor | None) -> str | None:
    return actor.id if actor is not None else None


def nearest_place(
    analysis: Analysis,
    sentence_places: Sequence[Place],
    sentence_actors: Sequence[Actor],
    start: int,
    end: int,
) -> str | None:
    """The place in the trigger's sentence nearest to it, preferring one after "in"/"at".

    A place inside an actor's name ("Almaty police") says whose the actor is rather than where
    the event was, so it serves only when the sentence names no other place.
    """
    candidates = [
        place
        for place in sentence_places
        if not any(actor.start <= place.start < actor.end for actor in sentence_actors)
    ] or list(sentence_places)
    if not candidates:
        return None

    def distance(place: Place) -> int:
        gap = place.start - end if place.start >= end else start - place.end
        preceding = analysis.text[max(0, place.start - 10) : place.start].lower()
        bonus = LOCATIVE_BONUS_CHARS if preceding.endswith(LOCATIVE_WORDS) else 0
        return max(gap, 0) - bonus

    return min(candidates, key=distance).id


def by_sentence(analysis: Analysis, items: Sequence[T]) -> list[list[T]]:
    """`items` (actors or places, in text order) grouped by the sentence they start in."""
    starts = [sentence.start for sentence in analysis.sentences]
    groups: list[list[T]] = [[] for _ in starts]
    for item in items:
        index = bisect.bisect_right(starts, item.start) - 1
        if index >= 0:
            groups[index].append(item)
    return groups
