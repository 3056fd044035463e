"""The event coder: for every sentence, the PLOVER events it reports, with their evidence.

*Find*: triggers from the lexicon (`events_lexicon`), several per sentence, in main and
subordinate clauses alike, and requests told by their frame (`events_requests`: "told the
government to scrap planned cuts" is one REQUEST, whatever it asks for). *Attach*: for each
trigger, its factuality (`events_status`) and PLOVER's conventions for it
(`events_conventions`; a vow, pledge or stated readiness takes the coding of what it commits
to, so "vowed to step up attacks" is a threat), who acted on whom and where (`events_roles`),
its date from the time stage (`times.event_date`), and the deaths its sentence states
(`events_fatalities`). *Judge*: trigger words in their everyday senses are set aside
(`events_senses`: "the rupee hit a five-year high", "a flaw allows attackers to run code",
"economists warned that growth will slow"), by their sentence and, once it is read, by the
report; a report about hacking codes its attacks as cyber attacks, and computing's own senses
of "execution", "compromise" and "deploy" report nothing; and a report surely about
sport, business or technology (`domain`) keeps its meetings, warnings and bans only where a
public actor is named.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from factline.domain import is_other_than_public_affairs
from factline.events_conventions import COOPERATIVE, apply_conventions
from factline.events_fatalities import DEATH_WORDS, sentence_fatalities
from factline.events_lexicon import (
    Candidates,
    Token,
    TriggerForm,
    TriggerMatch,
    candidate_forms,
    find_crowd,
    find_triggers,
    load_lexicon,
    split_words,
    tokens_of,
)
from factline.events_requests import may_hold_frame, requested_acts
from factline.events_roles import by_sentence, nearest_place, source_and_target
from factline.events_senses import (
    CRITICISM,
    CYBER_ATTACK_WORDS,
    HARM_WORDS,
    TECHNICAL_SENSE_WORDS,
    about_hacking,
    describes_a_noun,
    harm_in_report,
    in_a_technical_sense,
    is_attributive,
    is_criticism,
    is_epistemic_must,
    is_forecast,
    is_political,
    is_public,
    is_question,
    killed_by_nature_or_mishap,
    may_be_figurative,
    names_office_or_need,
    needs_political_actor,
    tells_of_harm,
)
from factline.events_status import Cue, cue_of
from factline.record import Actor, Analysis, Event, EventType, Place, Span
from factline.times import event_date
from factline.times_calendar import first_day

LINKING_WORDS = frozenset({"and", "or", ",", "&"})
KILLING_WORDS = frozenset({"kill", "kills", "killed", "killing", "killings"})
ATTACK_WORDS = frozenset({"attack", "attacks", "attacked", "attacking"})
CYBER = ("COERCE", "cyber")
RIOT = ("PROTEST", "riot")
# Words that commit their subject to the act they introduce ("vowed to step up attacks",
# "ready to crush any rebellion").
COMMITMENT_WORDS = frozenset(
    "vow vows vowed vowing pledge pledges pledged pledging "
    "promise promises promised promising ready willing prepared".split()
)
# Acts that make a crowd ("demonstrators") no protesters: given to them, or agreed with them.
NO_CROWD_PROTEST_TYPES = frozenset({"AID", "AGREE", "CONSULT", "COOPERATE"})
# Attacks of war, not of a crowd ("demonstrators launched missiles" is an ASSAULT alone).
WARFARE = frozenset(
    ("ASSAULT", mode)
    for mode in ("heavy-weapons", "aerial", "drone", "suicide-attack", "unconventional")
)
# A crowd's or a civil group's own violence, that makes its protest a riot (PLOVER PROTEST riot,
# CAMEO 145): "demonstrators torched government offices", "youths hurled petrol bombs".
RIOT_MODES = frozenset({"destroy", "primitive"})
GROUP_RIOT_WORDS = frozenset(
    "hurl hurled hurling threw throw throwing clash clashes clashed clashing".split()
)
# Forces told between a group and an act may be who acted ("students said police clashed …").
FORCES_WORDS = frozenset(
    "police policemen troops soldiers army forces security gendarmes militia militiamen".split()
)
# Armed men, whose storming of a place is an attack, not a riot.
ARMED_WORDS = FORCES_WORDS | frozenset(
    "insurgents rebels gunmen militants guerrillas fighters commandos attackers jihadists "
    "armed paratroopers peacekeepers marines reinforcements".split()
)
# A crowd's act, done by armed men, as what armed men do: their storming of a place is an attack,
# their ransacking of it a seizure or damage of property (COERCE seize, CAMEO 171).
ARMED_CODINGS: dict[tuple[str, str | None], tuple[str, str | None]] = {
    ("PROTEST", "riot"): ("ASSAULT", None),
    ("PROTEST", "vandalize"): ("COERCE", "seize"),
}
# Armed men who arrive somewhere are deployed there, not visiting: "the first Russian
# paratroopers of a force sent by the CSTO arrived in Kazakhstan" (MOBILIZE troops).
ARRIVAL = ("CONSULT", "visit")
DEPLOYMENT = ("MOBILIZE", "troops")
# A group's blockade of a road or a bridge is a protest ("farmers blockaded the highway").
OBSTRUCT = ("PROTEST", "obstruct")
# One that the state's forces lay, told right before it ("troops encircled the town", "police
# blocked the road"), restricts movement (COERCE restrict, CAMEO 191); rebels who block a road
# obstruct it, as the GSR's draft labels code it.
FORCES_BLOCKADE = ("COERCE", "restrict")
BLOCKADE_WORDS = frozenset(
    "blockade blockades blockaded seal seals sealed sealing cut cuts cutting".split()
)
# An expulsion of thousands is a mass expulsion, an ASSAULT (CAMEO 201), not the expulsion of
# diplomats or journalists (SANCTION expel, COERCE deport); a count of thousands is "thousands" or
# a number written with a thousands separator ("30,000"), never a year.
EXPULSIONS = frozenset({("SANCTION", "expel"), ("COERCE", "deport")})
THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+|thousands")
MASS_REACH_TOKENS = 4
# How far after its crowd a riot's act may be told, past an aside between commas ("protesters in
# the port of Vlora, demanding the resignation of President Sali Berisha, set fire to …").
RIOT_REACH_TOKENS = 18
# How far before a crowd an agent marker makes it the agent of a passive ("by thousands of").
AGENT_REACH_TOKENS = 3
# Words that warn of an act, and the acts that a warning of makes a threat (CAMEO 131, 132).
WARNING_WORDS = frozenset("warn warns warned warning hint hints hinted hinting".split())
WARNED_TYPES = frozenset({"COERCE", "SANCTION"})
# Acts whose participle before a noun tells a harm done ("the bombed villages").
HARM_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# A speaker's "it might", "we could" after a verb of saying or signalling, before an act of its
# own: "the EU signalled it might ease its sanctions" offers the easing (CAMEO 035).
MOOTING_WORDS = frozenset(
    "said says signalled signaled signals indicated indicates hinted hints suggested "
    "suggests announced".split()
)
SPEAKER_PRONOUNS = frozenset("it they he she we".split())
POSSIBILITY_MODALS = frozenset("may might could".split())
# What a commitment can commit to that makes it no offer: a threat or a refusal.
COMMITTED_TYPES = frozenset({"THREATEN", "REJECT"})
# How far after a commitment verb the act it commits to may start.
COMMITMENT_REACH_TOKENS = 8
# How far after a trigger an "unless" or "if" still makes its event conditional.
CONDITION_REACH_TOKENS = 25
# Event types that words of harm make public: the moves of armed men.
OWN_TEST_TYPES = frozenset({"MOBILIZE"})
# Event types that make a report one of public life: violence and protest.
PUBLIC_LIFE_TYPES = frozenset({"ASSAULT", "PROTEST"})
# Event types whose words are those of ordinary life too ("met", "warned", "suspended", "fined"):
# in a report on sport or business they need a public actor. A concession ("the fuel price cap
# was reinstated") is public life whoever made it.
ORDINARY_LIFE_TYPES = frozenset(
    "AGREE SUPPORT CONSULT COOPERATE AID REQUEST REJECT ACCUSE THREATEN RETREAT COERCE "
    "SANCTION MOBILIZE".split()
)
MULTIWORD_CONFIDENCE = 0.8
ONE_WORD_CONFIDENCE = 0.6


def find_events(analysis: Analysis) -> tuple[Event, ...]:
    """Every event of the report, in text order, with ids e1, e2, …"""
    events: list[Event] = []
    previous: list[Event] = []  # the events of the sentence before, still open to its toll
    actors = by_sentence(analysis, analysis.actors)
    places = by_sentence(analysis, analysis.places)
    unvouched: set[int] = set()  # where violent words of no harm told in their sentence begin
    for index in range(len(analysis.sentences)):
        found, fatalities = _read_sentence(analysis, index, actors[index], places[index], unvouched)
        if found and all(map(_is_toll, found)) and any(map(_is_violent, previous)):
            found = []  # "Two soldiers were killed." tells the toll of the attack before
        if fatalities is not None and not _give_fatalities(found, fatalities):
            _give_fatalities(previous, fatalities, only_if_unknown=True)
        events.extend(previous)
        previous = found
    events.extend(previous)
    hacking = cache(lambda: about_hacking(analysis.text))  # read once, and only if asked
    events = _hacking_attacks(events, unvouched, hacking)
    events = _technical_senses(analysis, events, hacking)
    events = _literal_in_report(analysis, events, unvouched)
    events = _of_public_life(analysis, events, actors)
    return tuple(dataclasses.replace(event, id=f"e{n}") for n, event in enumerate(events, 1))


def _hacking_attacks(
    events: list[Event], unvouched: set[int], hacking: Callable[[], bool]
) -> list[Event]:
    """The plain attacks of a report about hacking recoded as the cyber attacks they are
    (COERCE cyber): "the attack encrypted 3,100 servers", "a campaign that targeted numerous
    organizations" (`events_senses.about_hacking`). They need no words of bodily harm, so they
    leave `unvouched`."""
    if not any(map(_is_plain_cyber_candidate, events)) or not hacking():
        return events
    unvouched.difference_update(e.trigger.start for e in events if _is_plain_cyber_candidate(e))
    return [
        dataclasses.replace(event, type="COERCE", mode="cyber")
        if _is_plain_cyber_candidate(event)
        else event
        for event in events
    ]


def _technical_senses(
    analysis: Analysis, events: list[Event], hacking: Callable[[], bool]
) -> list[Event]:
    """The events, less the words that computing uses in senses of its own, where their
    sentence speaks of computing or their report is about hacking: "remote code execution",
    "indicators of compromise", "the gang deployed ransomware" (`events_senses`)."""
    candidates = [e for e in events if e.trigger.text.split()[0].lower() in TECHNICAL_SENSE_WORDS]
    if not candidates:
        return events
    technical = set()
    for event in candidates:
        words = _sentence_words(analysis, event.sentence)
        if in_a_technical_sense(event.trigger.text, words, hacking()):
            technical.add(event.trigger.start)
    return [event for event in events if event.trigger.start not in technical]


def _is_plain_cyber_candidate(event: Event) -> bool:
    words = event.trigger.text.lower().split()
    return event.type == "ASSAULT" and event.mode is None and words[-1] in CYBER_ATTACK_WORDS


def _of_public_life(
    analysis: Analysis, events: list[Event], actors: list[list[Actor]]
) -> list[Event]:
    """The events, less those of ordinary life in a report surely on sport, business, technology
    or entertainment (`domain`): there an event is one only where its sentence names a country,
    an actor of a public role or an office, or tells of relief, need or harm ("the manager met
    the club's directors" and "a late rally gave the Padres a win" are none; "the sports
    minister met the federation" is a meeting). A report with violence or protest among its
    events is one of public life after all, and keeps them all."""
    if any(event.type in PUBLIC_LIFE_TYPES for event in events):
        return events
    public = [event for event in events if _public_sentence(analysis, event, actors)]
    if len(public) == len(events) or not is_other_than_public_affairs(analysis.text):
        return events
    return public


def _sentence_words(analysis: Analysis, index: int) -> set[str]:
    """The lower-cased words of the sentence at `index`, for the report-wide passes that judge an
    event by its sentence once the report is read."""
    sentence = analysis.sentences[index]
    return set(split_words(analysis.text, sentence.start, sentence.end).lowered)


def _public_sentence(analysis: Analysis, event: Event, actors: list[list[Actor]]) -> bool:
    """Whether an event is one of public life by its sentence: an event of a type that ordinary
    life has no words for (violence, protest and concessions, whose everyday senses
    `events_senses` has set aside already) or a cyber attack, or a sentence that names a
    country, a public actor or an office, tells of relief or need, or, for the moves of armed
    men, of harm."""
    if event.type not in ORDINARY_LIFE_TYPES or (event.type, event.mode) == CYBER:
        return True
    if any(map(is_public, actors[event.sentence])):
        return True
    words = _sentence_words(analysis, event.sentence)
    if event.type in OWN_TEST_TYPES and not words.isdisjoint(HARM_WORDS):
        return True
    return names_office_or_need(words)


def _literal_in_report(analysis: Analysis, events: list[Event], unvouched: set[int]) -> list[Event]:
    """The events, less the violent words in their everyday senses (`events_senses`): those
    that no word of their sentence shows to be physical, in a report that tells of no harm
    either, in its words or in a violent event of its own ("hit a five-year high" in a report
    on the markets, where "clashed in the town centre" in a note on a riot stays a clash)."""
    if not unvouched:
        return events
    vouched = any(_is_violent(e) and e.trigger.start not in unvouched for e in events)
    if vouched or harm_in_report(analysis.text):
        return events
    return [event for event in events if event.trigger.start not in unvouched]


def _read_sentence(
    analysis: Analysis, index: int, actors: list[Actor], places: list[Place], unvouched: set[int]
) -> tuple[list[Event], int | None]:
    """The events of one sentence, and the deaths it states (None if it states none); adds to
    `unvouched` where its violent words that it shows no harm for begin (`events_senses`).

    Most sentences hold no phrase of the lexicon, no death word and no request frame; their set
    of words shows it, and they are passed over before any token is built.
    """
    sentence = analysis.sentences[index]
    words = split_words(analysis.text, sentence.start, sentence.end)
    vocabulary = set(words.lowered)
    candidates = candidate_forms(vocabulary)
    if not candidates and vocabulary.isdisjoint(DEATH_WORDS) and not may_hold_frame(vocabulary):
        return [], None
    context = Context(index, tokens_of(words), words.lowered, vocabulary, actors, places, unvouched)
    return _sentence_events(analysis, context, candidates), sentence_fatalities(context.tokens)


@dataclass(frozen=True)
class Context:
    """One sentence, as the coder reads it: its index, tokens, the tokens' (lower-cased) texts
    as a list and as a set, the actors and places in it, and the report's `unvouched` trigger
    starts, which the sentence adds to."""

    index: int
    tokens: list[Token]
    words: list[str]
    vocabulary: set[str]
    actors: list[Actor]
    places: list[Place]
    unvouched: set[int] = dataclasses.field(default_factory=set)


def _sentence_events(analysis: Analysis, sentence: Context, candidates: Candidates) -> list[Event]:
    events: list[Event] = []
    groups: list[TriggerMatch] = []  # the (possibly merged) trigger of each event
    tokens = sentence.tokens
    for match in _triggers(sentence, candidates):
        event = _code(analysis, sentence, match)
        if groups and _continues(events[-1], event, tokens[groups[-1].last + 1 : match.first]):
            group = groups[-1]
            form = group.form if group.form.mode else match.form
            groups[-1] = TriggerMatch(
                form, group.first, match.last, group.start, match.end, group.roles_from
            )
            events[-1] = _code(analysis, sentence, groups[-1])
        else:
            events.append(event)
            groups.append(match)
    return _commitments(events, groups, tokens)


def _commitments(
    events: list[Event], triggers: list[TriggerMatch], tokens: list[Token]
) -> list[Event]:
    """Each vow, pledge or stated readiness coded as the threat or refusal it commits to, where
    it commits to one.

    The lexicon codes "vowed", "pledged" and "ready to" as offers (AGREE), which they are when
    what is promised is cooperation; a vow to step up attacks, or a promise of more attacks, is a
    THREATEN and a pledge never to negotiate a REJECT (the PLOVER manual codes the content of
    a commitment, not its verb). The act is coded as its lexicon type with its own cue, or as
    planned where it has none, and without its condition: "willing to step down if it brings
    peace" stays an offer.
    """
    coded = list(events)
    pairs = itertools.pairwise(zip(events, triggers, strict=True))
    for position, ((frame, frame_trigger), (_, act)) in enumerate(pairs):
        if frame.type != "AGREE" or not _commits_to(frame_trigger, act, tokens):
            continue
        committed = apply_conventions(
            act.form.type, act.form.mode, cue_of(tokens, act) or "planned"
        )
        if committed.type in COMMITTED_TYPES:
            committed_type = _event_type(committed.type)
            coded[position] = dataclasses.replace(frame, type=committed_type, mode=committed.mode)
    return coded


def _commits_to(frame: TriggerMatch, act: TriggerMatch, tokens: list[Token]) -> bool:
    """Whether `act` is what the commitment word `frame` commits to: the next trigger, in the
    same clause and a few words on ("vowed to continue their armed struggle", not "vowed to
    talk, as the army kept shelling")."""
    if tokens[frame.first].text not in COMMITMENT_WORDS or _befell_a_noun(act, tokens):
        return False
    between = {token.text for token in tokens[frame.last + 1 : act.first]}
    return (
        act.first - frame.last - 1 <= COMMITMENT_REACH_TOKENS
        and load_lexicon().clause_breaks.isdisjoint(between)
    )


def _triggers(sentence: Context, candidates: Candidates) -> list[TriggerMatch]:
    """The sentence's triggers, less the killings that only tell an attack's toll, and with
    the acts that a request asks for coded as the request (`events_requests`)."""
    matches = _armed_men_acts(find_triggers(sentence.tokens, candidates), sentence.tokens)
    matches = _literal_senses(matches, sentence)
    attacks = [m for m in matches if m.form.type == "ASSAULT" and not _is_killing(m)]
    if attacks:
        matches = _without_tolls(matches, sentence.tokens)
    matches = _mass_expulsions(matches, sentence.tokens)
    matches = requested_acts(_cyber_attacks(matches), sentence.tokens)
    if not matches:
        return matches  # (then a crowd implies no protest either)
    lexicon = load_lexicon()
    if sentence.vocabulary.isdisjoint(lexicon.crowd_nouns) and sentence.vocabulary.isdisjoint(
        lexicon.civil_groups
    ):
        return matches
    group = _first_group(sentence.tokens)
    if group is not None:
        matches = _protests_of_a_group(group, matches, sentence.tokens)
    crowd = find_crowd(sentence.tokens)
    if crowd is not None and _crowd_acts(crowd, matches):
        matches = sorted([*matches, crowd], key=lambda match: match.start)
    return matches


def _literal_senses(matches: list[TriggerMatch], sentence: Context) -> list[TriggerMatch]:
    """The sentence's triggers read in their senses (`events_senses`): words of everyday
    dealings dropped where no political actor, office or need is named ("the phone offers a
    bigger screen"), warnings that are forecasts dropped, attacks on words or plans coded as the
    criticism they are ("attacked Labour's plans"), and violent words of an everyday sense noted
    in `sentence.unvouched` where the sentence shows no harm and no other of its words reports
    violence ("an explosion injured 30"); the report decides on those (`_literal_in_report`). A
    sentence about hacking keeps all its triggers: `_cyber_attacks` codes its attacks."""
    if any((match.form.type, match.form.mode) == CYBER for match in matches):
        return matches
    tokens = sentence.tokens
    if not _political(sentence):
        matches = [m for m in matches if not needs_political_actor(m)]
    vocabulary, actors = sentence.vocabulary, sentence.actors
    matches = [m for m in matches if not is_forecast(m, tokens, vocabulary, actors)]
    matches = [m for m in matches if not _in_another_sense(m, tokens, vocabulary)]
    recoded = [_coded_as(m, CRITICISM) if is_criticism(m, tokens) else m for m in matches]
    doubtful = [m for m in recoded if may_be_figurative(m)]
    if not doubtful or any(m.form.type == "ASSAULT" and m not in doubtful for m in recoded):
        return recoded
    if not any(tells_of_harm(m, tokens, vocabulary, actors) for m in doubtful):
        sentence.unvouched.update(m.start for m in doubtful)
    return recoded


def _in_another_sense(match: TriggerMatch, tokens: list[Token], vocabulary: set[str]) -> bool:
    """Whether a trigger's words are used in a sense that reports no event: "the alleged
    ringleader", "they must have known", "was asked about the row", "floods killed 172 people"
    (`events_senses`)."""
    return (
        is_attributive(match, tokens)
        or is_epistemic_must(match, tokens)
        or is_question(match, tokens)
        or killed_by_nature_or_mishap(match, tokens, vocabulary)
    )


def _political(sentence: Context) -> bool:
    """Whether a sentence tells of political actors or of need, in which help, offers and
    permissions are events (`events_senses.EVERYDAY_WORDS`)."""
    return any(map(is_political, sentence.actors)) or names_office_or_need(sentence.vocabulary)


def _armed_men_acts(matches: list[TriggerMatch], tokens: list[Token]) -> list[TriggerMatch]:
    """A crowd's act done by armed men recoded as what armed men do: "Maoist insurgents stormed
    a village market" is an attack and "the offices were ransacked by armed men" a seizure or
    damage of property (COERCE seize, CAMEO 171), where the lexicon reads a bare "stormed" as a
    crowd's riot and a bare "ransacked" as its vandalism; troops who "arrived in" a country are
    deployed there (MOBILIZE troops), not visiting it; and a blockade the state's forces lay is
    a restriction (`FORCES_BLOCKADE`)."""
    recoded = []
    for match in matches:
        coding = ARMED_CODINGS.get((match.form.type, match.form.mode))
        if _is_arrival(match):
            coding = DEPLOYMENT
        if coding is not None and _armed_men_did(match, tokens):
            match = _coded_as(match, coding)
        elif (match.form.type, match.form.mode) == OBSTRUCT and _laid_by_forces(match, tokens):
            match = _coded_as(match, FORCES_BLOCKADE)
        recoded.append(match)
    return recoded


def _is_arrival(match: TriggerMatch) -> bool:
    """Whether a visit is told as an arrival ("arrived in"), which armed men make as troops."""
    return (match.form.type, match.form.mode) == ARRIVAL and match.form.words[0].startswith("arriv")


def _laid_by_forces(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Whether the word right before a blockade names the state's forces as its doer ("troops
    encircled", not "police officers blocked traffic", former officers protesting)."""
    return match.first > 0 and tokens[match.first - 1].text in FORCES_WORDS


def _armed_men_did(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Whether armed men are told as the doer of `match`: the nearest group before it, after
    any reporting verb, is armed ("security men vandalised the presses", not "police said fans
    had rampaged" nor "troops watched as rioters looted shops"), or an agent marker brings them in
    right after it ("ransacked by armed men")."""
    lexicon = load_lexicon()
    groups = ARMED_WORDS | lexicon.civil_groups | lexicon.crowd_nouns.keys()
    before = [token.text for token in tokens[max(0, match.first - RIOT_REACH_TOKENS) : match.first]]
    reported = max(
        (i for i, word in enumerate(before) if word in lexicon.reporting_verbs), default=-1
    )
    nearest = next((word for word in reversed(before[reported + 1 :]) if word in groups), None)
    if nearest is not None:
        return nearest in ARMED_WORDS
    after = [token.text for token in tokens[match.last + 1 : match.last + 2 + AGENT_REACH_TOKENS]]
    return bool(after) and after[0] in lexicon.agent_markers and not ARMED_WORDS.isdisjoint(after)


def _mass_expulsions(matches: list[TriggerMatch], tokens: list[Token]) -> list[TriggerMatch]:
    """Expulsions of thousands recoded as the mass expulsions they are ("Libya expelled some
    30,000 Egyptian workers", "the expulsion of thousands of workers": ASSAULT, CAMEO 201), where
    "expelled five diplomats" stays a SANCTION."""
    return [
        _coded_as(match, ("ASSAULT", None)) if _expels_thousands(match, tokens) else match
        for match in matches
    ]


def _expels_thousands(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Whether an expulsion counts thousands in its words or the few after them ("expelled some
    30,000 workers"; not "expelled in 1991")."""
    if (match.form.type, match.form.mode) not in EXPULSIONS:
        return False
    told = tokens[match.first : match.last + 1 + MASS_REACH_TOKENS]
    return any(THOUSANDS.fullmatch(token.text) for token in told)


def _coded_as(match: TriggerMatch, coding: tuple[str, str | None]) -> TriggerMatch:
    """`match` with its phrase coded as another PLOVER type and mode."""
    return dataclasses.replace(match, form=TriggerForm(match.form.words, *coding))


def _first_group(tokens: list[Token]) -> int | None:
    """The position of the first crowd ("protesters") or civil group ("students", "farmers")."""
    lexicon = load_lexicon()
    return next(
        (
            position
            for position, token in enumerate(tokens)
            if token.text in lexicon.crowd_nouns or token.text in lexicon.civil_groups
        ),
        None,
    )


def _protests_of_a_group(
    group: int, matches: list[TriggerMatch], tokens: list[Token]
) -> list[TriggerMatch]:
    """A crowd's or civil group's own arson, stoning, throwing or clashes recoded as a riot, and
    its blockades as an obstruction: PLOVER (and ACLED, a "violent demonstration") counts a
    protest turned violent as a protest, not as an assault, and farmers who blockade a highway
    protest, where an army that blockades a port coerces.

    Only an act told after the group, near it, in its clause and in the active voice, by a group
    that is not the agent of a passive: "protesters' cars were burned" is done to the crowd, and
    a house "surrounded by protesters and engulfed in flames" says who surrounded it, not who
    set the fire.
    """
    lexicon = load_lexicon()
    if not lexicon.agent_markers.isdisjoint(
        token.text for token in tokens[max(0, group - AGENT_REACH_TOKENS) : group]
    ):
        return matches  # "surrounded by thousands of protesters and engulfed in flames"
    recoded = []
    for match in matches:
        between = {token.text for token in tokens[group + 1 : match.first]}
        protest = _protest_of_a_group(match)
        killed_the_group = match.roles_from is not None and match.roles_from.first < group
        if (
            protest is not None
            and not killed_the_group  # "gunmen killed five villagers with machetes"
            and 0 < match.first - group <= RIOT_REACH_TOKENS
            and between.isdisjoint({";", ":"})
            and between.isdisjoint(lexicon.passive_auxiliaries)
            and between.isdisjoint(FORCES_WORDS)
        ):
            match = _coded_as(match, protest)
        recoded.append(match)
    return recoded


def _protest_of_a_group(match: TriggerMatch) -> tuple[str, str] | None:
    """The protest that `match` is when a crowd or civil group does it, if any."""
    form = match.form
    if form.type == "ASSAULT" and (form.mode in RIOT_MODES or form.words[0] in GROUP_RIOT_WORDS):
        return RIOT
    if form.type == "COERCE" and form.words[0] in BLOCKADE_WORDS:
        return OBSTRUCT
    return None


def _cyber_attacks(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """Plain attacks recoded as cyber attacks where the sentence is about hacking ("Hackers
    attacked the power grid"): PLOVER codes a cyber attack as COERCE (cyber), not as ASSAULT,
    and the bare verb "attacked" cannot tell which it reports."""
    if all((match.form.type, match.form.mode) != CYBER for match in matches):
        return matches
    return [_coded_as(match, CYBER) if _is_plain_attack(match) else match for match in matches]


def _is_plain_attack(match: TriggerMatch) -> bool:
    """An ASSAULT told by the verb "attack" alone, with no weapon that would make it physical."""
    form = match.form
    return form.type == "ASSAULT" and form.mode is None and form.words[0] in ATTACK_WORDS


# Words that introduce the means of a killing: "killed 20 militants in air strikes", "wounded
# 12 during a raid", "killed five villagers with machetes".
MEANS_LEADS = frozenset({"in", "during", "with"})
# How many words may stand between the killing and its means ("killed at least 20 suspected
# militants in").
MEANS_REACH_TOKENS = 7
# The word of means stands right before the attack or before its article and a modifier.
MEANS_LEAD_REACH = 3


def _without_tolls(matches: list[TriggerMatch], tokens: list[Token]) -> list[TriggerMatch]:
    """The matches less the killings that tell an attack's toll ("shot and killed", "…,
    killing 3"). An attack told as the means of the killing before it ("the army killed 20
    militants in air strikes") takes its roles from the killing: who killed whom is the
    attack's source and target, where the attack's noun alone would make the killed its
    doers."""
    kept: list[TriggerMatch] = []
    for index, match in enumerate(matches):
        killing = matches[index - 1] if index > 0 else None
        if _is_killing(match):
            continue
        if killing is not None and _is_killing(killing) and _means_of(killing, match, tokens):
            match = dataclasses.replace(match, roles_from=killing)
        kept.append(match)
    return kept


def _means_of(killing: TriggerMatch, attack: TriggerMatch, tokens: list[Token]) -> bool:
    """Whether the attack is told as the means of the killing before it: a word of means ("in",
    "during", "with") before the attack's noun, or before its article and a modifier (not an
    infinitive's "to": "in an attempt to assassinate"), and no clause break between the two."""
    if attack.form.type != "ASSAULT" or _is_killing(attack):
        return False
    between = [token.text for token in tokens[killing.last + 1 : attack.first]]
    if not between or len(between) > MEANS_REACH_TOKENS:
        return False
    if not load_lexicon().clause_breaks.isdisjoint(between):
        return False
    return between[-1] != "to" and not MEANS_LEADS.isdisjoint(between[-MEANS_LEAD_REACH:])


def _is_killing(match: TriggerMatch) -> bool:
    """'killed' or 'killing' beside an attack tells its toll ("shot and killed", "…, killing 3")."""
    return match.form.type == "ASSAULT" and match.form.words[0] in KILLING_WORDS


def _crowd_acts(crowd: TriggerMatch, matches: list[TriggerMatch]) -> bool:
    """Whether a crowd ("protesters") does what the sentence tells and no protest word says so:
    then the sentence implies a protest ("protesters demanded access to services").

    What a crowd receives (weapons, assurances, a visit) and war that it wages (missiles,
    air strikes) is no protest of its own: "demonstrators received weapons" is an AID to them.
    The crowd's act is the first told after it, not an earlier one that others did ("after
    police had arrested the imam, rioters set fire to shops" is a riot).
    """
    if not matches or any(match.form.type == "PROTEST" for match in matches):
        return False
    own_acts = [match.form for match in matches if match.start > crowd.start]
    if not own_acts:
        return False
    act = own_acts[0]
    return act.type not in NO_CROWD_PROTEST_TYPES and (act.type, act.mode) not in WARFARE


def _begins_after(value: str, published: str) -> bool:
    """Whether a date value begins after the report's day ("2022-01-10" or "2022-W03" after
    2022-01-06; not "2022-W01", the week the report falls in)."""
    start, day = first_day(value), first_day(published)
    return start is not None and day is not None and start > day


def _code(analysis: Analysis, sentence: Context, match: TriggerMatch) -> Event:
    tokens = sentence.tokens
    following = sentence.words[match.last + 1 : match.last + 1 + CONDITION_REACH_TOKENS]
    conditional = not load_lexicon().conditions.isdisjoint(following)
    coding = apply_conventions(match.form.type, match.form.mode, _cue(sentence, match), conditional)
    event_type, mode, status = coding.type, coding.mode, coding.status
    if event_type == "REQUEST":
        mode = _request_mode(sentence.words, match) or mode
    source, target = _roles(tokens, match, sentence.actors)
    date, time_id = event_date(analysis, match.start, match.end)
    published = analysis.document.published
    if status == "occurred" and date and published and _begins_after(date, published):
        # no act told as done lies after its report: "would hand power to an elected government
        # in July 2023" is a promise made now, "urged workers to stay home on Friday" an appeal
        date, time_id = published[:10], None
    place = nearest_place(analysis, sentence.places, sentence.actors, match.start, match.end)
    return Event(
        id="",
        type=_event_type(event_type),
        trigger=Span(analysis.text[match.start : match.end], match.start, match.end),
        sentence=sentence.index,
        mode=mode,
        status=status,
        date=date,
        time=time_id,
        place=place,
        source=source,
        target=target,
        confidence=MULTIWORD_CONFIDENCE if len(match.form.words) > 1 else ONE_WORD_CONFIDENCE,
    )


def _roles(
    tokens: list[Token], match: TriggerMatch, actors: list[Actor]
) -> tuple[str | None, str | None]:
    """Who did it to whom: for a protest a crowd implies, the crowd; for an attack that was a
    killing's means, the killing's doer and victims, and the attack's own doer where the
    killing names none ("was killed in an Israeli airstrike") unless that is the killing's
    victim ("marines have been killed in a car-bomb explosion")."""
    if _is_crowd(tokens, match):  # "protesters demanded …": the crowd protests, on no one
        return next((a.id for a in actors if a.start <= match.start < a.end), None), None
    own = source_and_target(tokens, match, actors)
    if match.roles_from is None:
        return own
    source, target = source_and_target(tokens, match.roles_from, actors)
    if source is None and own[0] != target:
        source = own[0]
    return source, target or own[1]


def _is_crowd(tokens: list[Token], match: TriggerMatch) -> bool:
    """Whether the trigger is a crowd noun that implies a protest ("demonstrators")."""
    crowd = tokens[match.first].text
    crowd_nouns = load_lexicon().crowd_nouns
    return (
        match.form.type == "PROTEST"
        and match.first == match.last
        and crowd in crowd_nouns
        and (match.form.words, match.form.mode) == ((crowd,), crowd_nouns[crowd])
    )


def _cue(sentence: Context, match: TriggerMatch) -> Cue | None:
    """The trigger's factuality cue, where a warning makes a possible restriction or sanction a
    stated one: "warned that it could bar Canadian fish from its ports" announces the ban (a
    THREATEN), where "the talks could collapse" only guesses. Only acts that an authority alone
    takes count: "warned that fighting could spread" is no threat of the speaker's. Likewise a
    possible concession or cooperation that its speaker moots is an offer (`_mooted_by_speaker`).
    """
    if _befell_a_noun(match, sentence.tokens):
        return None  # "rebuild the bombed villages": what befell them, planned by no one
    cue = cue_of(sentence.tokens, match)
    if cue == "uncertain" and match.form.type in COOPERATIVE:
        return "planned" if _mooted_by_speaker(sentence.words, match.first) else cue
    if cue != "uncertain" or match.form.type not in WARNED_TYPES:
        return cue
    warned = not WARNING_WORDS.isdisjoint(sentence.words[: match.first])
    return "planned" if warned else cue


def _befell_a_noun(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Whether a harm is told in a participle that describes its noun ("the bombed villages",
    "the kidnapped workers"): a fact about the noun, which a promise or plan before it neither
    commits to nor plans (a cooperative one, "open to a negotiated settlement", stays read
    with its cue)."""
    return match.form.type in HARM_TYPES and describes_a_noun(match, tokens)


def _mooted_by_speaker(words: list[str], first: int) -> bool:
    """Whether the possible act starting at `first` is one its speaker says it may take ("said
    it might lift the embargo", "signalled they could release the prisoners"): an offer, as a
    promise is, where "aid could reach the town" only guesses."""
    for position in range(max(2, first - 3), first):
        if words[position] in POSSIBILITY_MODALS:
            return (
                words[position - 1] in SPEAKER_PRONOUNS
                and words[position - 2] in MOOTING_WORDS
                and words[position + 1] != "have"  # "said he could have met the same fate"
            )
    return False


def _event_type(name: str) -> EventType:
    """A lexicon type name as the record's EventType (the lexicon holds only PLOVER 2.0 names)."""
    event_type: EventType = name  # type: ignore[assignment]
    return event_type


def _request_mode(words: list[str], match: TriggerMatch) -> str | None:
    """What a request asks for, from the words after it: help (assist), change, or a meeting."""
    following = set(words[match.last + 1 : match.last + 7])
    for mode, cues in load_lexicon().request_modes.items():
        if following & cues:
            return mode
    return None


def _continues(last: Event, event: Event, between: list[Token]) -> bool:
    """Whether `event` extends the last one as a list does ("tear gas and stun grenades"), or,
    for an attack, as a word right after it does ("a car-bomb explosion")."""
    if (last.type, last.status) != (event.type, event.status):
        return False
    if last.mode and event.mode and last.mode != event.mode:
        return False
    if not between:
        return event.type == "ASSAULT"  # "a car-bomb explosion", "a mortar attack"
    return all(token.text in LINKING_WORDS for token in between)


def _give_fatalities(events: list[Event], fatalities: int, only_if_unknown: bool = False) -> bool:
    """Give a death toll to the first violent event of `events` (in place); whether one took it.

    A toll told in a sentence of its own goes to the violent event of the sentence before, where
    that one stated no toll of its own (`only_if_unknown`).
    """
    for position, event in enumerate(events):
        if _is_violent(event) and not (only_if_unknown and event.fatalities is not None):
            events[position] = dataclasses.replace(event, fatalities=fatalities)
            return True
    return False


def _is_violent(event: Event) -> bool:
    return event.status == "occurred" and (
        event.type == "ASSAULT" or (event.type, event.mode) == ("PROTEST", "riot")
    )


def _is_toll(event: Event) -> bool:
    """A killing told for its toll alone ("were killed"), not as an attack of its own."""
    first_word = event.trigger.text.split()[0].lower()
    return event.type == "ASSAULT" and event.mode is None and first_word in KILLING_WORDS
