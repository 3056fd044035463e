"""Trigger words in their everyday senses: "the rupee hit a five-year high", "a fierce bid
battle", "the striker fought off two defenders", "a flaw that allows attackers to run code".

Many of the words that report an assault or a riot have other senses, and ordinary news (sport,
business, technology, politics at home) uses those far more often than the violent one. Coding
them all as ASSAULT fills a timeline with wars that never happened, the noise that makes GDELT's
coding hard to trust. So a trigger whose word is one of `FIGURATIVE_WORDS` codes an event only
where there is physical harm to tell of:

- in its sentence (`tells_of_harm`): a word of force, weapons, crowds, the dead or wounded, or
  war (`HARM_WORDS`); an actor of the security forces, rebels, protesters or civilians; or the
  words beside the trigger: "heavy fighting", "clashes erupted", "clashed with TMC members",
  "three men beat a shopkeeper", "attacked Kabul";
- or, failing that, in its report: a violent event that needed no such vouching (the tear gas
  fired before "the clash went on into the night"), or `REPORT_HARM_WORDS` words of harm.

The event coder asks the sentence (`events._literal_senses`) and, once the report is read, the
report (`events._literal_in_report`). An attack on words or plans is a criticism whatever else
the sentence holds (`is_criticism`): "attacked the government's plans" and "a scathing attack on
the minister" are ACCUSE disapprove (PLOVER codes verbal criticism there), not ASSAULT.

Words of everyday dealings (`EVERYDAY_WORDS`: help, offer, allow, must, host, investment,
decline, support, prevent, request) code an event only in a sentence with a political actor
(`is_political`), a word of office (`OFFICE_WORDS`) or a word of relief, need or crisis
(`RELIEF_WORDS`): "a flaw that allows attackers to run code", "shares declined" and "the phone
offers a bigger screen" report no AGREE, RETREAT or REJECT, where "the rebels offered to
release the hostages" and "the charity helped thousands of flood victims" do.

Words that computing uses in senses of its own (`TECHNICAL_SENSE_WORDS`: execution, compromise,
deploy) code nothing where their sentence speaks of computing or their report is about hacking
(`in_a_technical_sense`): "remote code execution", "indicators of compromise" and "the gang
deployed ransomware" are no killing, no concession and no mobilization. And an "alleged" or
"targeted" before the noun it describes ("the alleged ringleader", `is_attributive`) tells of
no act. Deaths that a disaster or an accident caused ("an earthquake killed 50 people", "a bus
crash killed 12") are no ASSAULT unless a violent agent or weapon is named beside them
(`killed_by_nature_or_mishap`): PLOVER codes what actors do. A "must" of what is surely so
("they must have known", `is_epistemic_must`) demands nothing, and an asking verb that asks a
question ("was asked about the row", `is_question`) requests nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from factline.events_lexicon import Token, TriggerMatch
from factline.events_status import surely_so
from factline.record import Actor

# First words of ASSAULT and riot triggers with a common non-violent sense.
FIGURATIVE_WORDS = frozenset(
    """
    attack attacks attacked attacking clash clashes clashed clashing fight fights fighting fought
    battle battles battled hit target targets targeted targeting offensive offensives
    capture captured capturing recapture recaptured recapturing take took
    taking seized regain regained retook retake retaken retakes retaking repel repels repelled
    repelling turn turns turned destroy destroys destroyed destroying damaged damaging shot shoot
    shoots shooting shootings beat beats beaten beating bombard bombarded bombarding
    bombardment hijack hijacks hijacked hijacking pound pounded pounding lob lobs lobbed lobbing
    crackdown crackdowns cracked crack cracks cracking disperse dispersed dispersing unleash
    unleashed unleashes unleashing invade invaded invades invading advance advanced advances
    advancing injure injures body bodies burned burnt explosive explode exploded
    explodes exploding storm stormed storming rocket rockets clubbed
    """.split()
)
# Words that tell of physical harm or armed conflict; the trigger words above are not among
# them, so that a sentence does not vouch for itself.
HARM_WORDS = frozenset(
    """
    police policemen policeman troops troop soldiers soldier army armies forces security
    gendarmes militia militias militiamen insurgents insurgent insurgency rebels rebel gunmen
    gunman militants militant guerrillas guerrilla fighters commandos attackers jihadists armed
    military paratroopers marines terrorists terrorist terror extremists separatists bandits
    warplanes warplane jets bombers airstrike airstrikes convoy checkpoint
    protesters protestors demonstrators rioters mob mobs crowd crowds marchers strikers looters
    youths
    killed kill kills killing dead died dies death deaths wounded wounding injured injuring
    casualties corpses hostage hostages civilians civilian villagers worshippers pilgrims
    westerners foreigners massacre assassination abducted kidnapped violence violent raid raids
    arson sabotage saboteurs explosion explosions blew mosque mosques church churches synagogue
    embassy pipeline pipelines barracks headquarters dynamite arrested arrests detained
    perpetrators assailants prisoner prisoners inmates detainees tribesmen clansmen gang gangs
    cartel fatalities
    injuries refugees village villages homes bandit device devices suspect suspects suspected
    gun guns gunfire gunshot gunshots rifle rifles pistol pistols bomb bombs bombing bombings
    grenade grenades missile missiles shell shells shelling mortar mortars
    artillery knife knives machete machetes stones bullets bullet ammunition explosives weapons
    weapon batons drone drones teargas tanks settlers
    war wars wartime ceasefire truce siege frontline front-line invasion coup uprising unrest riot
    aggression
    riots
    """.split()
)
# Words that make the violent word beside them physical: "heavy fighting", "clashes erupted".
WAR_WORDS_BEFORE = frozenset(
    "heavy fierce intense renewed sporadic street factional ethnic tribal armed deadly bloody "
    "gun mass fatal drive-by school museum mall nightclub campus".split()
)
WAR_WORDS_AFTER = frozenset(
    "erupted erupt erupts broke raged rages flared flare continued continues persisted "
    "intensified spread spreads spreading escalated up".split()
)
# A front line along which one fights ("fought along the border"; not "along party lines").
FRONT_LINES = [
    ["along", "the", place]
    for place in "border borders frontier front frontline front-line ceasefire coast".split()
]
# Words between a violent word and the word of war after it ("fighting could spread").
AUXILIARIES = frozenset("could would may might will has had have was is".split())
# A clash with or between others, not over a policy ("clashed with TMC members", "clashes
# between SPLM-IO and SSPDF"; not "clashed over tax").
CLASH_WORDS = frozenset("clash clashes clashed clashing".split())
CLASH_PARTNERS = frozenset({"with", "between", "against"})
# People, whose beating or burning is physical: "beat a transgender woman", "a man was beaten",
# "burned a suspected Islamist with cigarettes" (never "beat the Sopranos").
PERSON_WORDS = frozenset(
    """
    man men woman women boy boys girl girls child children person persons people teenager
    teenagers journalist journalists reporter reporters resident residents family families
    wife husband son daughter mother father brother sister migrant migrants passer-by
    passers-by farmers farmer student students worker workers members supporters
    """.split()
)
PERSON_REACH_TOKENS = 4
# The words whose people make them physical ("targeted teenagers with adverts" stays marketing).
BODILY_WORDS = frozenset(
    "beat beats beaten beating attack attacks attacked attacking shot shoot shoots shooting "
    "burned burnt injure injures hit clubbed".split()
)
PASSIVE_WORDS = frozenset({"was", "were", "been", "being"})
# Verbs whose named object makes them physical: "Maoists attack Nepal district HQ", "invaded
# Kuwait", "captured Izzat Ibrahim" (never "beat Brazil 2-1", whose object is a team).
NAMED_OBJECT_VERBS = frozenset(
    "attack attacks attacked attacking capture captured capturing recapture recaptured "
    "recapturing invade invaded invades invading retook retake retaken stormed storming "
    "bombard bombards bombarded bombarding pound pounds pounded pounding".split()
)
ARTICLES = frozenset({"the", "a", "an"})
ATTACK_NOUNS = frozenset({"attack", "attacks"})
# Words before "attacks" that make it a noun ("the majority of attacks involved …").
NOUN_MARKERS = frozenset(
    "the of these those such its their his her our many more further new recent".split()
)
# How many words of harm elsewhere in a report vouch for its sentences that have none.
REPORT_HARM_WORDS = 3
# A word as the report-wide counts read it: letters, with inner hyphens ("front-line").
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
# Actors whose presence makes a sentence's violent word physical.
HARMFUL_ROLES = frozenset({"security", "military", "rebels", "protesters", "civilians"})

# An attack on these is criticism: "attacked Tory plans", "attacked the way the war was sold".
CRITICISED_THINGS = frozenset(
    """
    plan plans policy policies proposal proposals pledge pledges decision decisions comment
    comments remark remarks statement statements record legislation bill bills budget idea ideas
    claim claims report reports way handling stance lies u-turn u-turns manifesto law laws reform
    reforms measures scheme schemes strategy approach performance leadership tax taxes rules
    """.split()
)
# Words that end the object of "attacked" ("attacked on their way home" attacks no way, and
# "the attack we received a statement about" no statement).
OBJECT_ENDS = frozenset(
    "on in at near while as when with by after during that which who we they he she it i you "
    ", . ; :".split()
)
# Adjectives that make "an attack on" a verbal one: "a scathing attack on the minister".
VERBAL_ATTACK_WORDS = frozenset(
    "scathing stinging blistering withering verbal personal outspoken vitriolic "
    "thinly-veiled furious bitter".split()
)
ATTACK_WORDS = frozenset({"attack", "attacks", "attacked", "attacking"})
PROTEST_VERBS = frozenset({"protest", "protests", "protested", "protesting"})
# Offices whose protest is a diplomatic one, never a demonstration.
PROTESTING_OFFICES = frozenset(
    "government ministry minister president premier embassy chancellor administration cabinet "
    "department spokesman spokeswoman".split()
)
# How far after "attacked" its object may name what was criticised ("attacked Labour's six new
# pledges"), and how far before "attack" an adjective may make it verbal.
OBJECT_REACH_TOKENS = 5
ADJECTIVE_REACH_TOKENS = 2
CRITICISM = ("ACCUSE", "disapprove")


def harm_in_report(text: str) -> bool:
    """Whether the report tells of physical harm in enough words to vouch for its sentences."""
    return _at_least(_words_of(text), HARM_WORDS, REPORT_HARM_WORDS)


def _words_of(text: str) -> list[str]:
    """A report's words as the report-wide counts read them (`_WORD`), lower-cased."""
    return _WORD.findall(text.lower())


def _at_least(words: list[str], kind: frozenset[str], least: int) -> bool:
    """Whether at least `least` of `words` are of `kind`."""
    found = (word for word in words if word in kind)
    return sum(1 for _ in itertools.islice(found, least)) >= least


def may_be_figurative(match: TriggerMatch) -> bool:
    """Whether a trigger is an assault or riot told by a word with an everyday sense."""
    form = match.form
    if form.words[0] not in FIGURATIVE_WORDS:
        return False
    return form.type == "ASSAULT" or (form.type, form.mode) == ("PROTEST", "riot")


def tells_of_harm(
    match: TriggerMatch, tokens: list[Token], vocabulary: set[str], actors: Iterable[Actor]
) -> bool:
    """Whether the sentence of a violent word tells of physical harm: a word of harm, an
    actor of force or of the street, or the words beside the trigger (`_physical_by_its_words`).
    """
    if not vocabulary.isdisjoint(HARM_WORDS):
        return True
    if any(actor.role in HARMFUL_ROLES for actor in actors):
        return True
    return _physical_by_its_words(match, tokens)


def _physical_by_its_words(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Whether the words beside a violent word make it physical: a word of war ("heavy
    fighting", "clashes erupted"), "beat up", a front line after it ("fought along the
    border"), a clash with its sides or its place, an act done
    to people ("beat a woman", "a man was beaten"), an attacker named before the attack
    ("Israeli attacks") or a named object after it ("attacked Kabul"), an explosive that is a
    thing ("threw an explosive")."""
    word = match.form.words[0]
    before = tokens[match.first - 1] if match.first > 0 else None
    after = tokens[match.last + 1 : match.last + 3]
    if before is not None and before.text in WAR_WORDS_BEFORE:
        return True
    if [token.text for token in tokens[match.last + 1 : match.last + 4]] in FRONT_LINES:
        return True
    next_words = [token.text for token in after if token.text not in AUXILIARIES][:1]
    if next_words and next_words[0] in WAR_WORDS_AFTER:
        return True
    if word in CLASH_WORDS and after and _with_others(after):
        return True
    if word == "explosive":
        return before is not None and before.text in ARTICLES
    if _is_attack(match) and before is not None and before.capital and match.first > 1:
        return True
    return _done_to_people(match, tokens) or _named_object(match, after)


def _with_others(after: list[Token]) -> bool:
    """Whether a clash is told with its sides or its place: "clashed with TMC members",
    "clashed in Natha Sahi" (not "clashed over tax", "clashed in the Commons")."""
    if after[0].text in CLASH_PARTNERS:
        return True
    return after[0].text == "in" and len(after) > 1 and after[1].capital


def _done_to_people(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Whether a bodily act is done by or to people: a person after it ("beat a woman") or
    just before it ("three men beat a shopkeeper", "a man was beaten")."""
    if match.form.words[0] not in BODILY_WORDS:
        return False
    following = tokens[match.last + 1 : match.last + 1 + PERSON_REACH_TOKENS]
    if any(token.text in PERSON_WORDS for token in following):
        return True
    before = [token.text for token in tokens[max(0, match.first - 3) : match.first]]
    if before and before[-1] in PASSIVE_WORDS:
        before = before[:-1]
    return bool(before) and before[-1] in PERSON_WORDS


def _named_object(match: TriggerMatch, after: list[Token]) -> bool:
    """Whether an attack, capture or invasion names its object ("attacked Kabul")."""
    if match.form.words[-1] not in NAMED_OBJECT_VERBS:
        return False
    named = [token for token in after if token.text not in ARTICLES][:1]
    return bool(named) and named[0].capital


def is_criticism(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Whether an attack is one on words or plans: "attacked the government's plans",
    "attacked Labour's pledges as vacuous", "a scathing attack on the minister"; or a protest
    one state makes to another (`_protest_to_a_name`)."""
    if _protest_to_a_name(match, tokens):
        return True
    form = match.form
    if form.type != "ASSAULT" or form.mode is not None or form.words[-1] not in ATTACK_WORDS:
        return False
    before = tokens[max(0, match.first - ADJECTIVE_REACH_TOKENS) : match.first]
    if any(token.text in VERBAL_ATTACK_WORDS for token in before):
        return True
    following = tokens[match.last + 1 : match.last + 1 + OBJECT_REACH_TOKENS]
    if _is_noun(match, tokens):  # only "an attack on the plans"
        if not following or following[0].text != "on":
            return False
        following = following[1:]
    for token in following:
        if token.text in OBJECT_ENDS:
            return False
        if token.text in CRITICISED_THINGS and not token.capital:
            return True
    return False


def _protest_to_a_name(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Whether a protest is made to a named addressee, the official complaint of CAMEO 114
    ("Seoul protested to Tokyo over the textbooks", "protested to the United Nations"), not a
    street protest ("protested to demand jobs"), or made by a government ("the Japanese
    government protested the French nuclear tests", not "students protested the fee rise")."""
    if match.first != match.last or tokens[match.first].text not in PROTEST_VERBS:
        return False
    following = tokens[match.last + 1 : match.last + 4]
    if not following:
        return False
    if following[0].text != "to":
        before = {token.text for token in tokens[max(0, match.first - 2) : match.first]}
        return following[0].text in ARTICLES and not before.isdisjoint(PROTESTING_OFFICES)
    named = [token for token in following[1:] if token.text not in ARTICLES][:1]
    return bool(named) and named[0].capital


def _is_attack(match: TriggerMatch) -> bool:
    return match.first == match.last and match.form.words[0] in ATTACK_NOUNS


def _is_noun(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Whether an attack word is a noun: "attack", or "attacks" after an article or "of"."""
    word = tokens[match.last].text
    before = tokens[match.first - 1].text if match.first > 0 else ""
    return word == "attack" or (word == "attacks" and before in NOUN_MARKERS)


# Words of everyday dealings that PLOVER codes only between political actors: "T-Mobile is
# offering two free years of protection" and "tools that allow users to refine results" are no
# AGREE and no RETREAT, where "the rebels offered to release the hostages" is an offer.
EVERYDAY_WORDS = frozenset(
    """
    help helps helped helping offer offers offered offering allow allows allowed allowing must
    investment investments host hosts hosted hosting decline declined declines
    support supports supported supporting prevent prevents prevented preventing
    request requests requested requesting
    """.split()
)


# Words of office that make a sentence political where the actor stage named no one ("the US
# Secretary of state wants to help").
OFFICE_WORDS = frozenset(
    """
    government governments ministry ministries minister ministers president prime secretary
    official officials spokesman spokeswoman spokesperson authorities parliament senate congress
    mps mayor governor ambassador envoy diplomats junta regime administration cabinet attorney
    prosecutor prosecutors court courts judge judges jail jailed prison regulator regulators
    commission summit treaty opec nato imf wto icc interpol commander commanders
    """.split()
)


# Words of relief, need and crisis, whose help is humanitarian aid whoever gives it ("the charity
# helped thousands of flood victims").
RELIEF_WORDS = frozenset(
    """
    victims survivors displaced flood floods flooding earthquake quake famine drought hunger
    relief humanitarian charity charities volunteers ngo ngos homeless evacuees villagers
    refugees wounded injured dead killed civilians protesters hostages troops police
    """.split()
)


def is_political(actor: Actor) -> bool:
    """Whether an actor can take part in a PLOVER event: a person, or a public actor
    (`is_public`)."""
    return actor.kind == "person" or is_public(actor)


def is_public(actor: Actor) -> bool:
    """Whether an actor acts in public life: a country or an actor of a known public role (a
    person of no known role, a firm or a club does not)."""
    return actor.kind == "country" or actor.role not in (None, "other")


def names_office_or_need(words: set[str]) -> bool:
    """Whether a sentence's words name an office (`OFFICE_WORDS`) or tell of relief, need or
    crisis (`RELIEF_WORDS`)."""
    return not (words.isdisjoint(OFFICE_WORDS) and words.isdisjoint(RELIEF_WORDS))


def needs_political_actor(match: TriggerMatch) -> bool:
    """Whether a trigger is a word of everyday dealings (`EVERYDAY_WORDS`)."""
    return match.form.words[0] in EVERYDAY_WORDS


# Words of hacking; a report with `HACKING_REPORT_WORDS` of them and no word of bodily harm
# (`BODILY_HARM_WORDS`) is about hacking, and its plain attacks are cyber attacks (COERCE cyber):
# "the attack encrypted 3,100 servers".
CYBER_WORDS = frozenset(
    """
    hacker hackers hacked hacking hack hacks ransomware malware phishing cyber cyberattack
    cyberattacks cybersecurity ddos botnet spyware vulnerability vulnerabilities exploit
    exploited breach breached encrypted servers trojan
    """.split()
)
BODILY_HARM_WORDS = frozenset(
    """
    killed dead died deaths wounded injured injuries bomb bombs bombing gunmen gunfire troops
    soldiers militants airstrike airstrikes shelling explosion explosions
    """.split()
)
HACKING_REPORT_WORDS = 3
# The plain attack words that a report about hacking makes cyber attacks.
CYBER_ATTACK_WORDS = ATTACK_WORDS | frozenset(
    "target targets targeted targeting cyberattack cyberattacks".split()
)


def about_hacking(text: str) -> bool:
    """Whether a report is about hacking: words of hacking and none of bodily harm."""
    words = _words_of(text)
    return _at_least(words, CYBER_WORDS, HACKING_REPORT_WORDS) and BODILY_HARM_WORDS.isdisjoint(
        words
    )


# Deaths that nature or mishap caused: "an earthquake killed 50 people", "a bus crash killed
# 12". PLOVER codes what actors do; a disaster or an accident is no ASSAULT, unless the
# sentence names a violent agent or weapon too ("gunmen killed 12 as floodwaters rose").
KILLING_WORDS = frozenset("kill kills killed killing".split())
HAZARD_WORDS = frozenset(
    """
    earthquake earthquakes quake quakes tremor tremors flood floods flooding floodwaters storm
    storms cyclone typhoon hurricane tornado tornadoes landslide landslides mudslide mudslides
    avalanche tsunami eruption volcano drought heatwave lightning crash crashes crashed collision
    collided derailment derailed accident accidents accidental capsized sank sinking shipwreck
    stampede crush collapse collapses collapsed disease outbreak cholera epidemic virus covid-19
    covid poisoning leak blizzard snowstorm blaze blazes inferno wildfire wildfires bushfire
    bushfires
    """.split()
)
FIRE_WORDS = frozenset({"fire", "fires"})
# Words before "fire" that make it gunfire or arson ("opened fire", "set fire to"), and after
# it that make it shooting ("fire on the crowd", "fire at").
SHOOTING_BEFORE_FIRE = frozenset(
    """
    open opens opened opening exchange exchanges exchanged exchanging return returns returned
    returning cease held hold holding under set sets setting heavy live sniper
    """.split()
)
SHOOTING_AFTER_FIRE = frozenset({"on", "at", "into", "upon"})
# (Not the police, troops or the army: they are as often the rescuers or the source of a
# disaster's toll, "the quakes killed 23 people, police said".)
VIOLENT_AGENT_WORDS = frozenset(
    """
    militia militias militiamen insurgents rebels gunmen gunman militants guerrillas fighters
    attackers jihadists terrorists extremists separatists bandits warplanes jets airstrike
    airstrikes gun guns gunfire shot shooting bomb bombs bombing bomber grenade grenades missile
    missiles shell shells shelling mortar mortars artillery knife stabbed stoned beaten mob
    rioters assailants perpetrators arson ambush raid drone drones attack attacks attacked
    clashes fighting massacre executed murdered murder
    """.split()
)


def killed_by_nature_or_mishap(
    match: TriggerMatch, tokens: list[Token], vocabulary: set[str]
) -> bool:
    """Whether a killing word tells of deaths a disaster or an accident caused: its sentence
    names a hazard or a mishap and no violent agent or weapon ("floods killed 172 people", "a
    fire swept through the factory, killing 12")."""
    if match.form.type != "ASSAULT" or match.form.words[0] not in KILLING_WORDS:
        return False
    if not vocabulary.isdisjoint(VIOLENT_AGENT_WORDS):
        return False
    return not vocabulary.isdisjoint(HAZARD_WORDS) or _a_blaze(tokens)


def _a_blaze(tokens: list[Token]) -> bool:
    """Whether the sentence's "fire" is a blaze, not gunfire or arson: a noun after an article,
    or a "fire" with no "opened", "set" or "exchanged" before it and no "on" or "at" after it."""
    for position, token in enumerate(tokens):
        if token.text not in FIRE_WORDS:
            continue
        before = tokens[position - 1].text if position > 0 else ""
        after = tokens[position + 1].text if position + 1 < len(tokens) else ""
        if before in ("a", "an", "the") or (
            before not in SHOOTING_BEFORE_FIRE and after not in SHOOTING_AFTER_FIRE
        ):
            return True  # "a fire at a nightclub" is a blaze, whatever follows
    return False


# "The alleged ringleader", "lawsuits against alleged spammers", "Streit's alleged theft", "the
# targeted system": a participle that describes the noun after it reports no act of alleging or
# attacking; one after its subject or an auxiliary does ("the partners alleged the ministry…",
# "it has been alleged that", "the ransomware that targeted its customers").
ATTRIBUTIVE_LEADS = frozenset(
    """
    the a an this these his her its their our your my of for against over at on in
    into about with by from and or as among including two three four five six several many some
    most all
    """.split()
)


# Words after a participle that make it a verb: "alleged that", "alleged to have", "targeted by".
_VERB_NEXT = frozenset({"that", "to", "by"})
ATTRIBUTIVE_PARTICIPLES = frozenset({"alleged", "targeted"})


def is_attributive(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Whether an "alleged" or "targeted" trigger describes the noun after it ("the alleged
    ringleader", "the targeted organizations"): it opens its sentence or follows a determiner,
    a preposition, a number or a possessive, and a word other than "that", "to" or "by"
    follows it."""
    if match.first != match.last or tokens[match.first].text not in ATTRIBUTIVE_PARTICIPLES:
        return False
    following = tokens[match.last + 1] if match.last + 1 < len(tokens) else None
    if following is None or not following.text[:1].isalpha() or following.text in _VERB_NEXT:
        return False
    if match.first == 0:
        return True
    before = tokens[match.first - 1].text
    return before in ATTRIBUTIVE_LEADS or before.isdigit() or before.endswith(("'s", "’s"))


# Determiners before a participle that describes its noun ("the bombed villages").
NOUN_DETERMINERS = frozenset("the a an its their his her our".split())


def describes_a_noun(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Whether a one-word trigger in "-ed" is a participle that describes the noun after its
    determiner ("rebuild the bombed villages", "return the captured sailors"): it tells what
    befell the noun before, not an act that the sentence promises or plans."""
    word = tokens[match.first].text
    if match.first != match.last or not word.endswith("ed") or match.first == 0:
        return False
    following = tokens[match.last + 1] if match.last + 1 < len(tokens) else None
    if following is None or not following.text[:1].isalpha() or following.text in _VERB_NEXT:
        return False
    return tokens[match.first - 1].text in NOUN_DETERMINERS


ASKING_WORDS = frozenset({"ask", "asks", "asked", "asking"})
QUESTION_WORDS = frozenset("about whether if why what how who when where which".split())
QUESTION_REACH_TOKENS = 5


def is_question(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Whether an asking verb asks a question, not for an act: "the spokesman was asked by
    journalists about the row", "asked reporters whether the talks would go on" (not "asked the
    UN to send troops", "asked for help")."""
    if tokens[match.last].text not in ASKING_WORDS:
        return False
    for token in tokens[match.last + 1 : match.last + 1 + QUESTION_REACH_TOKENS]:
        if token.text in ("to", "for"):
            return False
        if token.text in QUESTION_WORDS:
            return True
    return False


def is_epistemic_must(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Whether a "must" tells what is surely so, not what someone must do: "they must have
    known", "the band must be paying a lot of tax"."""
    if match.first != match.last or tokens[match.first].text != "must":
        return False
    return surely_so(tokens, match.first)


# Words that computing uses in senses of its own: code "execution", a "compromised" account,
# ransomware "deployed" on a network. Where their sentence speaks of computing
# (`COMPUTING_WORDS`), or their report is about hacking, they report no killing, no concession
# and no mobilization, unless armed men are named beside them (`FORCE_WORDS`).
TECHNICAL_SENSE_WORDS = frozenset(
    """
    execution executions compromise compromises compromised compromising deploy deploys deployed
    deploying deployment deployments executed executes execute executing
    """.split()
)
COMPUTING_WORDS = frozenset(
    """
    code malware ransomware software payload payloads backdoor backdoors server servers firmware
    kernel exploit exploits exploited vulnerability vulnerabilities flaw flaws patch patches
    patched macro macros credentials password passwords hacker hackers hacking phishing trojan
    botnet spyware cyber cybersecurity cyberattack cyberattacks encryption network networks
    endpoints app apps browser technology wi-fi router routers cloud database databases
    computers computer pcs machines email emails accounts attackers broadband wireless fibre
    fiber telecoms internet blackout blackouts shutdown shutdowns
    """.split()
)
FORCE_WORDS = frozenset(
    """
    troops troop soldiers soldier police policemen army armies forces military officers
    personnel guards peacekeepers marines militia militias gendarmes battalion battalions
    warships tanks reinforcements
    """.split()
)


def in_a_technical_sense(trigger: str, sentence_words: set[str], hacking_report: bool) -> bool:
    """Whether a trigger is one of computing's words used as computing uses it: "remote code
    execution", "the account was compromised", "the gang deployed ransomware" (never "troops
    were deployed" nor "a compromise on the budget")."""
    words = trigger.lower().split()
    if words[0] not in TECHNICAL_SENSE_WORDS or not sentence_words.isdisjoint(FORCE_WORDS):
        return False
    return hacking_report or not sentence_words.isdisjoint(COMPUTING_WORDS)


# A warning is a threat (THREATEN) when it tells what the warner will do, to whom, or on what
# condition; "economists warned that growth will slow" and "doctors warned that oxygen was
# running out" are forecasts, no event of PLOVER's (CAMEO's "pessimistic comment").
WARNING_WORDS = frozenset(
    "warn warns warned warning warnings caution cautions cautioned cautioning".split()
)
WARNING_NOUNS = frozenset({"warning", "warnings", "caution"})
THREAT_CONTENT = frozenset(
    """
    if unless war force forces military troops action actions measures sanctions consequences
    consequence retaliate retaliation retaliatory response respond punish punishment strike
    strikes attack attacks crackdown arrest arrests expel expulsion ban bans cut sever close
    tolerate tolerated severe serious harsh firm decisive nuclear weapons army police punished
    arrested expelled banned closed severed crushed revoked
    """.split()
)
# Words after "warned" and its addressee that make it an order: "warned protesters to leave",
# "warned the rebels against any attack".
DIRECTIVE_WORDS = frozenset({"to", "against", "not"})
DIRECTIVE_REACH_TOKENS = 4


def is_forecast(
    match: TriggerMatch, tokens: list[Token], vocabulary: set[str], actors: Iterable[Actor]
) -> bool:
    """Whether a warning is a forecast, not a threat: a bare warning word with no public actor
    or office before it to carry out a threat ("a minister warned", "the army warned"; not
    "economists warned the government", "Nortel warned its US revenue would fall"), no act,
    force or condition in its sentence, and no order ("warned protesters to leave")."""
    form = match.form
    if form.type != "THREATEN" or len(form.words) != 1 or form.words[0] not in WARNING_WORDS:
        return False
    # a verb's warner stands before it; a noun's ("a warning … was delivered") anywhere
    before = len(tokens) if form.words[0] in WARNING_NOUNS else match.first
    limit = tokens[before - 1].end if before else -1
    if any(is_public(actor) for actor in actors if actor.start < limit):
        return False
    if any(token.text in OFFICE_WORDS for token in tokens[:before]):
        return False
    if not vocabulary.isdisjoint(THREAT_CONTENT):
        return False
    reach = tokens[match.last + 1 : match.last + 1 + DIRECTIVE_REACH_TOKENS]
    return not any(token.text in DIRECTIVE_WORDS for token in reach)
