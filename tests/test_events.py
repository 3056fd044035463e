"""The event coder: PLOVER types, modes, factuality, triggers and fatalities on real sentences."""

from __future__ import annotations

import re
import typing

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import shared_path
from factline import analyze
from factline.events import find_events
from factline.events_conventions import THREAT_MODE_BY_COERCE_MODE, THREAT_MODES
from factline.events_fatalities import sentence_fatalities
from factline.events_lexicon import expand_form, find_triggers, load_lexicon, tokenize
from factline.record import Actor, Analysis, Document, Event, EventType, Place
from factline.segment import split_sentences


def events_of(text: str, published: str | None = "2022-01-07") -> tuple[Event, ...]:
    return analyze(text, published=published).events


def actor_names(analysis: Analysis) -> dict[str, str]:
    """The words of each actor mention, by its id."""
    return {actor.id: actor.text for actor in analysis.actors}


def roles_at(text: str, trigger: str) -> tuple[str | None, str | None]:
    """The words of the source and the target of the one event whose trigger is `trigger`."""
    analysis = analyze(text, published="2022-01-09")
    names = actor_names(analysis)
    (event,) = [e for e in analysis.events if e.trigger.text == trigger]
    return names.get(event.source or ""), names.get(event.target or "")


def coded(text: str) -> list[tuple[str, str | None, str, str]]:
    """(type, mode, status, trigger text) of every event in `text`."""
    return [(e.type, e.mode, e.status, e.trigger.text) for e in events_of(text)]


# Sentences of the seed report (shared/seed/kazakhstan-2022.txt) and of news of the same kind.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On January 2, protests began a day after the Kazakh government lifted a cap on "
            "fuel prices.",
            ("PROTEST", "demo", "occurred", "protests"),
        ),
        (
            "The protests escalated to violent clashes between the police and demonstrators.",
            ("ASSAULT", None, "occurred", "clashes"),
        ),
        (
            "A nationwide state of emergency was declared on January 5, which limits movement "
            "and mass gatherings.",
            ("COERCE", "martial-law", "occurred", "state of emergency"),
        ),
        (
            "Tokayev appealed for intervention from the Collective Security Treaty Organization "
            "CSTO, a Russia-led alliance.",
            ("REQUEST", "assist", "occurred", "appealed for"),
        ),
        (
            "Russian troops are currently being deployed, according to reports.",
            ("MOBILIZE", "troops", "occurred", "deployed"),
        ),
        (
            "Soon after, the alliance sent Russian paratroopers to the country.",
            ("MOBILIZE", "troops", "occurred", "sent Russian paratroopers"),
        ),
        (
            "Meanwhile the Kazakh government resigned.",
            ("RETREAT", "resign", "occurred", "resigned"),
        ),
        (
            "The fuel price cap was reinstated for six months the following day.",
            ("CONCEDE", None, "occurred", "reinstated"),
        ),
        (
            "Protesters came out in their thousands, facing tear gas and stun grenades from the "
            "police.",
            ("ASSAULT", "crowd-control", "occurred", "tear gas and stun grenades"),
        ),
        (
            "Almaty police spokeswoman Saltanat Azirbek said dozens of attackers were arrested.",
            ("COERCE", "arrest", "occurred", "arrested"),
        ),
        (
            "It is hard to gauge exact figures due to the government imposed nationwide internet "
            "blackout.",
            ("COERCE", "withhold", "occurred", "internet blackout"),
        ),
        (
            "White House press secretary Jen Psaki dismissed crazy Russian claims that the U.S. "
            "played a role in the unrest.",
            ("REJECT", None, "occurred", "dismissed crazy Russian claims"),
        ),
        (
            "Thousands of workers went on strike in Lagos.",
            ("PROTEST", "strike", "occurred", "went on strike"),
        ),
        (
            "Israeli warplanes carried out airstrikes on Gaza overnight.",
            ("ASSAULT", "aerial", "occurred", "warplanes"),
        ),
        (
            "The army shelled the town of Popasna.",
            ("ASSAULT", "heavy-weapons", "occurred", "shelled"),
        ),
        (
            "Hundreds of residents blocked the highway to Aktau.",
            ("PROTEST", "obstruct", "occurred", "blocked"),
        ),
        # Verbs named by CAMEO's categories: 052 defend verbally, 056 forgive, 083 accede to
        # demands, 0873 demobilize armed forces.
        (
            "The foreign minister defended the decision to keep the border open.",
            ("SUPPORT", None, "occurred", "defended the decision"),
        ),
        (
            "The government acceded to the strikers' demands on Friday.",
            ("CONCEDE", None, "occurred", "acceded"),
        ),
        (
            "The militia demobilized its fighters in the east last week.",
            ("RETREAT", "disarm", "occurred", "demobilized"),
        ),
        # Everyday wordings of the PLOVER codebook's types.
        (
            "Montenegro broke off diplomatic relations with Serbia on Monday.",
            ("SANCTION", None, "occurred", "broke off diplomatic relations"),
        ),
        (
            "The EU and Japan agree that talks should resume.",
            ("AGREE", None, "occurred", "agree"),
        ),
        (
            "Thousands of people have taken to the streets of the capital.",
            ("PROTEST", "demo", "occurred", "taken to the streets"),
        ),
        # Headlines in title case: capitals there do not make names.
        (
            "Kenya Police Officers Beat Protestors at Opposition Rally",
            ("ASSAULT", "beat", "occurred", "Beat"),
        ),
        (
            "Kazakhstan Declares State of Emergency After Fuel Protests",
            ("COERCE", "martial-law", "occurred", "State of Emergency"),
        ),
    ],
)
def test_types_modes_and_triggers(
    sentence: str, expected: tuple[str, str | None, str, str]
) -> None:
    assert expected in coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("A Russia-led security bloc said it would send troops.", "send troops", "planned"),
        ("The opposition plans to hold a rally on Sunday.", "rally", "planned"),
        ("Troops could be deployed to the capital.", "deployed", "uncertain"),
        # an act weighed, likely or rare is no act done
        ("The cabinet is considering a curfew in the capital.", "curfew", "uncertain"),
        ("The rebels are likely to resume talks on Thursday.", "talks", "uncertain"),
        ("The council weighs new sanctions against the regime.", "sanctions", "uncertain"),
        ("Police rarely arrest protesters in the capital.", "arrest", "uncertain"),
        ("Protesters threatened to storm the parliament.", "storm", "threatened"),
        ("Rebels threaten to attack the capital", "attack", "threatened"),
        ("Protesters attempted to storm the parliament.", "storm", "uncertain"),
        ("The army fails to retake the town", "retake", "denied"),
        ("The opposition urge the release of detained activists", "release", "planned"),
        # what befell an event, told before it or after its noun
        ("The union cancelled the strike.", "strike", "denied"),
        ("The government ruled out a curfew.", "curfew", "denied"),
        ("The march was postponed until next week.", "march", "planned"),
        ("A general strike is scheduled for Monday.", "general strike", "planned"),
        ("Police were deployed ahead of a planned protest on Friday.", "protest", "planned"),
        ("Organisers hope to hold a rally next week.", "rally", "planned"),
        ("An explosion was set off outside the embassy, killing eight.", "explosion", "occurred"),
        ("Without a deal, a strike looms.", "strike", "threatened"),
        ("The state of emergency in the city is due to end on January 19.", "state", "occurred"),
        ("The ban on rallies remains in force.", "rallies", "denied"),
        ("The prospect of sanctions worries investors.", "sanctions", "uncertain"),
        ("Plans for a march were dropped.", "march", "planned"),
        # a denied saying leaves what it would have told a fact
        ("Police did not say how many people were arrested.", "arrested", "occurred"),
        ("The army refused to say how many soldiers were killed.", "killed", "occurred"),
        ("Police did not arrest anyone.", "arrest", "denied"),
        ("Tokayev asked the CSTO for help.", "help", "planned"),
        ("The talks ended without agreement.", "agreement", "denied"),
        ("The government has yet to lift the curfew.", "lift the curfew", "denied"),
        (
            "Demonstrators answered the call by the committee for demonstrations.",
            "demonstrations",
            "occurred",
        ),
        ("It is not the first time police have used tear gas.", "tear gas", "occurred"),
        ("Police denied that officers fired on protesters.", "fired on", "denied"),
        ("The government did not impose a curfew.", "curfew", "denied"),
        ("The president called for the release of detained activists.", "release", "planned"),
        (
            "A state of emergency was declared after the president's residence was surrounded.",
            "surrounded",
            "occurred",
        ),
        # an infinitive cue governs its own verb, not a participle after that verb's object
        (
            "Rights groups accused the government of failing to protect a filmmaker slain "
            "last week.",
            "slain",
            "occurred",
        ),
        ("Militants threatened to kill three hostages kidnapped in May.", "kidnapped", "occurred"),
        ("The governor refused to have the activists arrested.", "arrested", "denied"),
        ("The minister said the act is to be condemned.", "condemned", "planned"),
        # asked not to act: the act is asked for, neither done nor refused
        ("Tokayev called on demonstrators not to give in to provocations.", "give in", "planned"),
        ("The rebels decided not to attack the town.", "attack", "denied"),
        (
            "He rejected calls from abroad for negotiations with the protesters.",
            "negotiations",
            "planned",
        ),
        (
            "The governor warned that anyone who attacked the police would be jailed.",
            "attacked",
            "uncertain",
        ),
        ("Those who do not surrender will be eliminated, he said.", "surrender", "uncertain"),
    ],
)
def test_status(sentence: str, trigger: str, status: str) -> None:
    statuses = {e.trigger.text.split()[0]: e.status for e in events_of(sentence)}
    assert statuses[trigger.split()[0]] == status


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # PLOVER codes a promise to cooperate as AGREE, an announced act of force as THREATEN,
        # a refusal to cooperate as REJECT and an obligation put on another as REQUEST.
        ("Portugal will support Turkey's efforts to join the community.", "AGREE"),
        ("The president announced that he will extend the curfew in Abidjan.", "THREATEN"),
        ("The U.S. said it would not meet the hostage-takers.", "REJECT"),
        ("Russia said on Tuesday that Sudan must return the helicopter.", "REQUEST"),
    ],
)
def test_plover_conventions(sentence: str, expected: str) -> None:
    assert events_of(sentence)[0].type == expected


@pytest.mark.parametrize(
    ("headline", "promised"),
    [
        ("Rebels pledge to free the hostages", "RETREAT"),
        ("Army promises to withdraw troops from the city", "RETREAT"),
        ("Leaders agree to hold talks", "CONSULT"),
        ("Government decides to impose curfew", "COERCE"),
    ],
)
def test_a_headline_promise_in_the_present_is_no_act_done(headline: str, promised: str) -> None:
    assert promised not in {e.type for e in events_of(headline) if e.status == "occurred"}


def test_conditional_offer_is_agree_and_conditional_withdrawal_a_threat() -> None:
    """An offer of cooperation made on a condition stays an offer (AGREE); a withdrawal
    announced on a condition is an ultimatum (THREATEN). GSR development half sentence."""
    offer = (
        "Afghan rebel leaders said on Wednesday they would meet U.N. mediator Diego Cordovez "
        "if he gave them a veto over any settlement reached in peace talks."
    )
    assert events_of(offer)[0].type == "AGREE"
    ultimatum = "The government said it will withdraw its troops unless the rebels disarm."
    assert events_of(ultimatum)[0].type == "THREATEN"


# Wordings of the PLOVER 2.0 types (and their CAMEO categories) that the lexicon learnt on
# 2026-12-07, each in a sentence from the development data: the GSR's development half, the
# PETRARCH-2 validation sentences, NGEC's synthetic stories, or an ACLED development note.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The European Community on Monday gave the Ivory Coast 5.1 million dollars of aid "
            "for agricultural development projects.",
            ("AID", None),
        ),
        (
            "Israel's high court opened a landmark hearing Wednesday into the legality of "
            "secret interrogation techniques used against Palestinian detainees.",
            ("ACCUSE", "investigate"),
        ),
        (
            "The United States fired anti-aircraft batteries at Russia this week.",
            ("ASSAULT", "heavy-weapons"),
        ),
        (
            "Djibouti has released from prison three prominent labor rights activists held "
            "over the past few years by the country's autocratic government.",
            ("RETREAT", "release"),
        ),
        (
            "Nkrumah has ruled out any political changes despite growing calls to allow "
            "opposition parties to compete in next year's elections.",
            ("REJECT", None),
        ),
        (
            "In this respect, Rahmon expressed his willingness to sign the agreement on arms "
            "embargoes.",
            ("AGREE", None),
        ),
        (
            # CAMEO 085, easing economic sanctions, is a RETREAT; easing a curfew a CONCEDE
            "It has been more than eight years since the international community lifted "
            "sanctions against the Sudanese government following the signing of a peace "
            "agreement.",
            ("RETREAT", None),
        ),
        (
            # CAMEO 192, occupying territory: the GSR's FIGHT, PLOVER 2.0's ASSAULT
            "A group of suspected Islamist rebels seized the town of Djotto in southern "
            "Mauritanian territory on Wednesday.",
            ("ASSAULT", None),
        ),
        (
            "Cyprus said Thursday it was suspending all diplomatic and official contacts with "
            "the European Union in its continuing dispute with the bloc over its membership.",
            ("SANCTION", None),
        ),
    ],
)
def test_plover_wordings(sentence: str, expected: tuple[str, str | None]) -> None:
    first = events_of(sentence)[0]
    assert (first.type, first.mode) == expected


# Wordings learnt on 2026-12-07 (second round), from the PLOVER 2.0 codebook and the CAMEO
# categories its CAMEO2PLOVER table maps, each in a sentence written for this test.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # CAMEO 074, providing peacekeeping, is AID: military assistance with personnel
        ("Ghana sent 500 peacekeepers to Liberia last month.", ("AID", None)),
        ("The deployment of UN peacekeepers began on Monday.", ("AID", None)),
        ("Helicopters evacuated the wounded from the besieged town.", ("AID", None)),
        ("The rebels received weapons from a neighbouring government.", ("AID", None)),
        ("The charity helped thousands of flood victims.", ("AID", None)),
        ("The army sent riot police to the northern province.", ("MOBILIZE", "police")),
        ("Pakistan tested a nuclear-capable missile on Friday.", ("MOBILIZE", "weapons")),
        ("Troops took up positions around the parliament.", ("MOBILIZE", "troops")),
        ("The navy held military drills off the coast.", ("MOBILIZE", "troops")),
        ("The two sides exchanged prisoners at the border.", ("RETREAT", "release")),
        ("France is pulling its last troops from the country.", ("RETREAT", "withdraw")),
        ("The government opened its border to aid convoys.", ("RETREAT", "access")),
        ("The minister expressed serious concern about the arrests.", ("ACCUSE", "disapprove")),
        ("The prosecutor presented evidence against the former minister.", ("ACCUSE", "allege")),
        ("The government ordered the UN observers out of the country.", ("SANCTION", "expel")),
        ("Washington prohibited all military aid to the junta.", ("SANCTION", None)),
        ("The envoy shuttled between the two capitals.", ("CONSULT", "third-party")),
        ("The authorities shut off the internet in the region.", ("COERCE", "withhold")),
        ("Police used excessive force against the marchers.", ("ASSAULT", None)),
        # an invitation is an offer to meet (PLOVER 2.0's AGREE), not the meeting itself
        ("The president invited the opposition leader to the palace.", ("AGREE", None)),
        # a vow to destroy an enemy is a threat, not a promise to cooperate
        ("The president vowed to crush the rebellion.", ("THREATEN", None)),
        ("The minister said the army will use force to end the siege.", ("THREATEN", "violence")),
        ("The rebels said they would not lay down their arms.", ("REJECT", None)),
        ("The government withdrew from the negotiations in protest.", ("SANCTION", "withdraw")),
        ("Khartoum ordered foreign aid agencies to leave the region.", ("SANCTION", "expel")),
        ("Police charged the journalist with sedition.", ("ACCUSE", "allege")),
        ("Police questioned three suspects over the bombing.", ("ACCUSE", "investigate")),
        ("The UN sent a team to inspect the site of the massacre.", ("ACCUSE", "investigate")),
        ("Beijing strongly protested against the visit.", ("ACCUSE", "disapprove")),
        ("The regime jammed foreign radio broadcasts.", ("COERCE", "censor")),
        ("The authorities blocked access to Facebook.", ("COERCE", "censor")),
        ("Jets struck rebel positions in the north.", ("ASSAULT", "aerial")),
        ("Government forces have retaken the airport.", ("ASSAULT", None)),
        ("Soldiers bulldozed the homes of the suspects.", ("ASSAULT", "destroy")),
        ("The United States resumed aid to the country.", ("AID", None)),
        # CAMEO 083, acceding to demands, and 081, easing legal restrictions: CONCEDE
        ("The junta agreed to the opposition's demand for elections.", ("CONCEDE", None)),
        ("The government gave in to the strikers' demands.", ("CONCEDE", None)),
        ("Prosecutors dropped charges against the opposition leader.", ("CONCEDE", None)),
        ("The opposition is seeking the resignation of the prime minister.", ("REQUEST", "change")),
        ("The government sought international assistance after the floods.", ("REQUEST", "assist")),
        ("The two presidents spoke by telephone on Sunday.", ("CONSULT", None)),
        ("The president received the visiting prime minister.", ("CONSULT", None)),
        ("The army moved two divisions to the border.", ("MOBILIZE", "troops")),
        # CAMEO 196, violating a ceasefire, and 190, conventional military force: ASSAULT
        ("The militia broke the truce on Tuesday night.", ("ASSAULT", None)),
        ("Rebel columns advanced towards the capital.", ("ASSAULT", None)),
        ("The navy sank a fishing vessel off the coast.", ("ASSAULT", None)),
        ("Militiamen hacked three villagers to death.", ("ASSAULT", "primitive")),
        ("The minister hit out at the opposition over the budget.", ("ACCUSE", "disapprove")),
    ],
)
def test_plover_wordings_second_round(sentence: str, expected: tuple[str, str | None]) -> None:
    first = events_of(sentence)[0]
    assert (first.type, first.mode) == expected


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Riot police fired tear gas at the crowd.", "PROTEST"),
        ("The treaty limits the number of nuclear missiles in Europe.", "ASSAULT"),
        ("The strikers returned to work although their demands were not met.", "REJECT"),
        ("The envoy was met at the airport by a crowd of reporters.", "CONSULT"),
        ("Both defendants pleaded not guilty to the charges.", "REQUEST"),
    ],
)
def test_phrases_that_hold_a_trigger_word_but_report_no_such_event(
    sentence: str, absent: str
) -> None:
    """ "Riot police" is no riot, a count of nuclear missiles no attack, demands that were not
    met no refused meeting (the lexicon's `non_triggers`)."""
    assert absent not in {e.type for e in events_of(sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a wish to act is an intent: wanting to attack is a threat, wanting to help an offer
        ("The rebel commander wants to attack the capital.", "THREATEN"),
        ("The foreign minister wants to meet his Iranian counterpart.", "AGREE"),
        # the tokenizer keeps "they'll" whole, as it keeps "didn't"
        ("The rebels said they'll attack the town.", "THREATEN"),
    ],
)
def test_wishes_and_contracted_futures_are_intents(sentence: str, expected: str) -> None:
    assert events_of(sentence)[0].type == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The government wants the rebels to lay down their arms.", ("REQUEST", "change")),
        ("Washington wants Tehran to free the detained sailors.", ("REQUEST", "change")),
        ("The union wants an end to the curfew in the capital.", ("REQUEST", "change")),
        # without someone between "wants" and "to" it stays the wisher's own intent
        ("The rebel commander wants to attack the capital.", ("THREATEN", "violence")),
    ],
)
def test_wanting_another_to_act_is_a_request(
    sentence: str, expected: tuple[str, str | None]
) -> None:
    """ "Wants the rebels to disarm" asks the rebels to act: PLOVER's REQUEST, as "must" is."""
    first = events_of(sentence)[0]
    assert (first.type, first.mode) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The demonstrators received weapons from the ruling party.", "AID"),
        ("The demonstrators received assurances from the regional governor.", "AGREE"),
        ("The demonstrators received two ministers in their camp.", "CONSULT"),
        ("The demonstrators launched missiles at the presidential palace.", "ASSAULT"),
        # what a crowd demands or throws is still its protest
        ("Demonstrators demanded the release of the jailed students.", "PROTEST"),
        ("Protesters threw stones at the town hall.", "PROTEST"),
    ],
)
def test_a_crowd_protests_only_where_its_act_is_a_protest(sentence: str, expected: str) -> None:
    """A crowd noun implies a protest when the crowd voices demands or riots, not when it is
    given weapons or assurances or wages war."""
    assert events_of(sentence)[0].type == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Norway says it is ready to help the flood victims.", ("AGREE", None)),
        ("Volunteers help the villagers rebuild their homes.", ("AID", None)),
        ("Japan will contribute 2 billion yen to the relief fund.", ("AGREE", None)),
        ("Canada contributed 300 troops to the peacekeeping force.", ("AID", None)),
        ("The minister said she was pleased with the neighbours' reforms.", ("SUPPORT", None)),
        ("The envoy appreciated the efforts of the mediators.", ("SUPPORT", None)),
        ("Both capitals have moved to improve their strained ties.", ("SUPPORT", None)),
        ("Three opposition parties formed a coalition against the junta.", ("COOPERATE", None)),
        ("A missile strike killed four soldiers near the border.", ("ASSAULT", None)),
        ("The strikes hit a fuel depot outside the city.", ("ASSAULT", None)),
        ("The mob tried to storm the parliament on Friday.", ("PROTEST", "riot")),
        ("Washington pressed Seoul to drop the tariffs.", ("REQUEST", "change")),
        ("The warlord set out to exterminate the village's families.", ("ASSAULT", None)),
        ("The monks say they will limit access to the harbour.", ("THREATEN", "restrict")),
        ("Moscow moved to annex the border province.", ("COERCE", "seize")),
        ("Both armies observed a pause in fighting on Sunday.", ("RETREAT", "ceasefire")),
        ("The militiamen put down their weapons on Wednesday.", ("RETREAT", "disarm")),
        ("The governor suspended the curfew in the port city.", ("CONCEDE", None)),
        ("The minister has come under fire for his remarks.", ("ACCUSE", "disapprove")),
        ("The interior ministry issued warnings to the striking dockers.", ("THREATEN", None)),
        ("Youths smashed shop windows in the old town overnight.", ("PROTEST", "vandalize")),
        ("Rioters threw bricks at the riot police.", ("PROTEST", "riot")),
        ("The island state moved on Monday to sever ties with Taipei.", ("SANCTION", None)),
        # a participle after "the" or "a" describes the person: the event is what follows
        ("The jailed opposition leader began a hunger strike.", ("PROTEST", "hunger")),
        ("The premier faces pressure from allies to call elections.", ("REQUEST", "change")),
        ("Auditors will re-examine the ministry's accounts.", ("ACCUSE", "investigate")),
        # police raiding offices or homes search and seize (CAMEO 17); raiders attacking a
        # village stay an ASSAULT
        ("Police raided the offices of two rights groups.", ("COERCE", "seize")),
        ("Bandits raided the village at dawn.", ("ASSAULT", None)),
        ("The authorities expelled a British activist on Friday.", ("COERCE", "deport")),
        ("The navy held naval exercises with its Gulf allies.", ("COOPERATE", None)),
        ("The mayor announced he is ending the curfew in the old town.", ("CONCEDE", None)),
        ("A court ordered the removal of the curfew in the city.", ("CONCEDE", None)),
        ("Parliament voted to remove legal restrictions on the press.", ("CONCEDE", None)),
        ("The curfew in the northern districts ended on Friday.", ("CONCEDE", None)),
        ("The island suspended its relationship with its former ally.", ("SANCTION", None)),
        ("The army rushed aid supplies to the flooded valley.", ("AID", None)),
        ("About 3,000 troops are being sent to the border region.", ("MOBILIZE", "troops")),
    ],
)
def test_plover_wordings_issue_5_second_round(
    sentence: str, expected: tuple[str, str | None]
) -> None:
    first = events_of(sentence)[0]
    assert (first.type, first.mode) == expected


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("A severe storm flooded the coastal villages.", "PROTEST"),
        ("The mayor called a press conference on Tuesday to explain the budget.", "REQUEST"),
        ("The two ministries will cooperate in the fight against malaria.", "THREATEN"),
        ("Police detained dozens of asylum seekers at the border.", "AID"),
    ],
)
def test_weather_the_press_and_asylum_seekers_are_no_event(sentence: str, absent: str) -> None:
    """A storm of weather is no riot, a press conference presses no one, the fight against a
    disease is no fight, and asylum seekers are granted no asylum yet."""
    assert absent not in {e.type for e in events_of(sentence)}


# Wordings learnt for issue #5 (third round), from the CAMEO categories as the GSR's development
# half codes them and from misses among NGEC's synthetic leads, each in a sentence written here.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # CAMEO 055, apologise: SUPPORT in the codebook's CAMEO2PLOVER table and in the GSR
        ("The premier apologized to Seoul for the wartime atrocities.", ("SUPPORT", None)),
        ("Envoys from both sides came to Oslo for talk on a new border treaty.", ("CONSULT", None)),
        ("The army used chemical weapons against the villagers.", ("ASSAULT", "unconventional")),
        # CAMEO 184, using people as human shields: ASSAULT abduct
        ("The militia held the villagers as human shields.", ("ASSAULT", "abduct")),
        ("Soldiers forced out hundreds of refugees from the camp.", ("ASSAULT", None)),
        ("The rebels released the kidnapped engineers on Friday.", ("RETREAT", "release")),
        ("The pirates returned the hijacked vessel to its owners.", ("RETREAT", "release")),
        ("Two thousand fighters handed in their weapons last week.", ("RETREAT", "disarm")),
        # CAMEO 063 and 064, judicial cooperation and sharing information: COOPERATE
        ("Kenya handed over four suspects to the Ugandan police.", ("COOPERATE", None)),
        ("The two agencies exchanged intelligence on arms smugglers.", ("COOPERATE", None)),
        ("The navies held combined drills in the gulf.", ("COOPERATE", None)),
        ("The United States provided military training to the coast guard.", ("AID", None)),
        ("The Red Cross distributed blankets and tents to the displaced.", ("AID", None)),
        # CAMEO 081 and 083, easing restrictions and acceding to demands: CONCEDE
        ("Parliament repealed the press law on Tuesday.", ("CONCEDE", None)),
        ("The junta ended the state of emergency on Monday.", ("CONCEDE", None)),
        ("The junta eased press censorship after the elections.", ("CONCEDE", None)),
        ("The king granted women the right to vote.", ("CONCEDE", None)),
        ("A report said the militia had committed atrocities in the north.", ("ACCUSE", "allege")),
        ("The opposition claimed that the vote had been rigged.", ("ACCUSE", "allege")),
        ("Accusations of fraud followed the vote.", ("ACCUSE", "allege")),
        ("The World Bank cut off loans to the government.", ("SANCTION", None)),
        ("The treasury froze the bank accounts of the generals.", ("SANCTION", None)),
        ("The bloc suspended the country from the organisation.", ("SANCTION", "expel")),
        ("The rebels are seeking autonomy for the eastern provinces.", ("REQUEST", "change")),
        ("The assembly voted down the peace proposal.", ("REJECT", None)),
        ("Villagers burned tyres on the highway.", ("PROTEST", "obstruct")),
        ("The detainees refused food for a third day.", ("PROTEST", "hunger")),
        ("Gunmen seized two engineers as hostages.", ("ASSAULT", "abduct")),
        ("Police stepped up security around the embassy.", ("MOBILIZE", "police")),
        ("The air force was placed on full alert.", ("MOBILIZE", "troops")),
        ("The navy sent two warships to the strait.", ("MOBILIZE", "troops")),
        ("The army stationed missiles near the frontier.", ("MOBILIZE", "troops")),
        ("The opposition voiced its backing for the plan.", ("SUPPORT", None)),
        ("The two parties reached a tentative deal on Sunday.", ("AGREE", None)),
        # a stated intent to crush an uprising, or not to hesitate to use force, is a threat
        ("The general said the army would crush the uprising.", ("THREATEN", "violence")),
        ("The minister said the police would not hesitate to use force.", ("THREATEN", "violence")),
        ("Iran said it would release the detained sailors.", ("AGREE", None)),
        ("The rebels pledged to retaliate for the raid.", ("THREATEN", None)),
        ("Norway volunteered to mediate between the factions.", ("AGREE", None)),
        ("The junta consented to an inspection of the prisons.", ("AGREE", None)),
        ("Rebel leaders sat down with the army chiefs in Arusha.", ("CONSULT", None)),
        ("The prime minister paid tribute to the peacekeepers.", ("SUPPORT", None)),
        ("The customs service teamed up with Interpol against smugglers.", ("COOPERATE", None)),
        ("Moscow shipped weapons to the separatists.", ("AID", None)),
        ("British officers trained the police in riot control.", ("AID", None)),
        ("The government relented on Friday and reopened the schools.", ("CONCEDE", None)),
        ("Parliament abolished the death penalty.", ("CONCEDE", None)),
        ("The cabinet withdrew the bill after the protests.", ("CONCEDE", None)),
        ("The rebels abandoned their positions in the hills.", ("RETREAT", "withdraw")),
        ("The minister chided the opposition for its silence.", ("ACCUSE", "disapprove")),
        ("The opposition disputed the results of the vote.", ("REJECT", None)),
        ("The authorities beefed up security at the airport.", ("MOBILIZE", "police")),
        ("The regime closed the opposition newspaper.", ("COERCE", "censor")),
        ("Guerrillas mortared the garrison overnight.", ("ASSAULT", "heavy-weapons")),
    ],
)
def test_plover_wordings_third_round(sentence: str, expected: tuple[str, str | None]) -> None:
    first = events_of(sentence)[0]
    assert (first.type, first.mode) == expected


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The treaty bans the production of chemical weapons.", "ASSAULT"),
        ("Britain pledged 10 million pounds for the flood victims.", "ASSAULT"),
        ("Amnesty International published its annual report.", "CONCEDE"),
        ("Both militias are guilty of breaking the truce, the monitors said.", "SANCTION"),
        ("Thousands of civilians remain trapped in the battle zones.", "ASSAULT"),
        ("An aid convoy reached the town on Monday.", "PROTEST"),
        ("The council, meeting in Khartoum on Tuesday, shut the agencies out.", "CONSULT"),
    ],
)
def test_wordings_that_report_no_such_event(sentence: str, absent: str) -> None:
    """A stock of chemical weapons is no attack, pounds sterling no shelling, the name "Amnesty
    International" no amnesty, a claim that someone is guilty no conviction, a body "meeting in"
    a city while it acts no meeting of its own."""
    assert absent not in {e.type for e in events_of(sentence)}


def test_a_court_verdict_of_guilty_is_still_a_conviction() -> None:
    assert events_of("A court found the former general guilty of torture.")[0].type == "SANCTION"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # forces readying an attack move short of force (CAMEO 15): MOBILIZE
        ("The army prepared to resume shelling the rebel-held villages.", ("MOBILIZE", "occurred")),
        ("Troops are preparing to launch an offensive in the north.", ("MOBILIZE", "occurred")),
        # "is prepared to" states a willingness: an offer, or a threat
        ("The president said he is prepared to lift the ban.", ("AGREE", "occurred")),
        ("The minister said the government was prepared to use force.", ("THREATEN", "occurred")),
        # readying anything else is a plan like any other
        ("The two sides are preparing to hold talks in Cairo.", ("AGREE", "occurred")),
    ],
)
def test_preparing_an_attack_is_a_mobilization(sentence: str, expected: tuple[str, str]) -> None:
    first = events_of(sentence)[0]
    assert (first.type, first.status) == expected


# Wordings of the CAMEO categories (through the codebook's CAMEO2PLOVER table) that the lexicon
# learnt in issue #5's fourth round, each in a sentence written for this test.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The World Bank approved a loan of 200 million dollars to Kenya.", ("AID", None)),
        ("The Red Cross delivered medicine and blankets to the refugees.", ("AID", None)),
        ("The United States supplied Stinger missiles to the guerrillas.", ("AID", None)),
        ("Iran is arming Shiite militias in the south, officials said.", ("AID", None)),
        ("The International Monetary Fund lent Mexico 18 billion dollars.", ("AID", None)),
        ("The United States flew food and medicine to the survivors.", ("AID", None)),
        ("France sent troops to protect foreign nationals in Rwanda.", ("AID", None)),
        ("Russia provided military advisers to the Syrian army.", ("AID", None)),
        (
            "Jordan passed intelligence on the plot to the American authorities.",
            ("COOPERATE", None),
        ),
        (
            "The two armies conducted joint military operations against the cartels.",
            ("COOPERATE", None),
        ),
        (
            "Mexico and the United States launched a joint campaign against smuggling.",
            ("COOPERATE", None),
        ),
        (
            "Kenyan mediators held separate meetings with the government and the rebels.",
            ("CONSULT", None),
        ),
        (
            "Envoys of the two Koreas conferred at the border village of Panmunjom.",
            ("CONSULT", None),
        ),
        ("The navy increased its presence in the Gulf.", ("MOBILIZE", "troops")),
        ("Extra troops were sent to the border.", ("MOBILIZE", "troops")),
        ("The United Nations withdrew its peacekeepers from Somalia.", ("SANCTION", "withdraw")),
        ("The mediators abandoned their mediation between the factions.", ("SANCTION", "withdraw")),
        ("Turkey cut water supplies to Syria during the dispute.", ("SANCTION", None)),
        ("Security forces took the rebel leader into custody.", ("COERCE", "arrest")),
        ("The government revoked the licence of the television station.", ("COERCE", "censor")),
        ("Security forces brutally suppressed the uprising.", ("ASSAULT", None)),
        ("Tanks rolled into the town and began firing on houses.", ("ASSAULT", "firearms")),
        ("Troops came under fire in the northern town.", ("ASSAULT", None)),
        ("The rebels dismissed the peace plan as a ploy.", ("REJECT", None)),
        (
            "Hardliners in parliament blocked a bill to give the regions more power.",
            ("REJECT", None),
        ),
        ("Iraq has barred weapons inspectors from entering the ministry.", ("REJECT", None)),
        ("The rebels gave the government a deadline of seven days.", ("THREATEN", None)),
        ("The opposition leader described the elections as a farce.", ("ACCUSE", "disapprove")),
        ("The army said it would scale back military operations in the south.", ("AGREE", None)),
        ("The United States and Vietnam normalized relations in 1995.", ("SUPPORT", None)),
        ("Arab states rallied behind Syria in its dispute with Turkey.", ("SUPPORT", None)),
        ("The government restored press freedom after two years.", ("CONCEDE", None)),
        ("The authorities recognized the right of workers to form unions.", ("CONCEDE", None)),
        ("Iraq let the weapons inspectors return to Baghdad.", ("RETREAT", "access")),
        ("The call by the Arab League for a ceasefire was ignored.", ("REQUEST", "assist")),
        ("The Netherlands withdrew some of its soldiers from Mali.", ("RETREAT", "withdraw")),
        ("Israel on Wednesday released the mayor of the northern city.", ("RETREAT", "release")),
        ("Thousands of Serbs formed a human chain around the bridge.", ("PROTEST", "demo")),
        ("Dozens of women chained themselves to the gates of parliament.", ("PROTEST", "demo")),
        ("The military took over the state radio and television.", ("COERCE", "seize")),
        ("Iraqi jets struck an oil terminal.", ("ASSAULT", "aerial")),
        ("The army stormed the rebel stronghold at dawn.", ("ASSAULT", None)),
        ("The European Union froze all contacts with the junta.", ("SANCTION", "withdraw")),
        ("Russian warships sailed into the Black Sea port.", ("MOBILIZE", "troops")),
        ("The opposition is pressing for a national conference.", ("REQUEST", "change")),
        ("The premier said Israel would not hesitate to strike back.", ("THREATEN", "violence")),
        ("The United Nations gave its backing to the peace plan.", ("SUPPORT", None)),
        ("The European Union extended emergency aid to the flood victims.", ("AID", None)),
        ("The government opened the airport to relief flights.", ("RETREAT", "access")),
        ("The guerrillas turned over their weapons to the peacekeepers.", ("RETREAT", "disarm")),
        ("Police are questioning three men over the bombing.", ("ACCUSE", "investigate")),
        ("Egypt and Israel concluded a peace treaty.", ("AGREE", None)),
        # readiness for an act is an intent: talks one is ready for are an offer
        ("The rebels said they were ready for talks without preconditions.", ("AGREE", None)),
        ("France has come out in favour of the peace plan.", ("SUPPORT", None)),
        ("The prime minister had lunch with the American ambassador.", ("CONSULT", None)),
        ("Sweden granted 10 million kronor to the refugee programme.", ("AID", None)),
        ("NATO troops escorted the refugees to safety.", ("AID", None)),
        # "the besieged" names people under siege: no new siege
        ("The United States airdropped food to the besieged Kurds.", ("AID", None)),
        ("The United States reaffirmed its commitment to Israel's security.", ("SUPPORT", None)),
        ("The parliament voted to back the accession of the new members.", ("SUPPORT", None)),
        ("The two countries upgraded their diplomatic relations.", ("SUPPORT", None)),
        ("The United Nations has been feeding one million refugees.", ("AID", None)),
        ("The World Food Program shipped 20,000 tonnes of wheat to Ethiopia.", ("AID", None)),
        ("Germany financed the construction of a power plant in Jordan.", ("AID", None)),
        ("Pakistan gave refuge to thousands of Afghans.", ("AID", None)),
        ("The Vatican expressed its dismay at the verdict.", ("ACCUSE", "disapprove")),
        ("The army moved heavy artillery to the front.", ("MOBILIZE", "troops")),
        ("Thousands of troops massed along the border.", ("MOBILIZE", "troops")),
        ("The regime has taken steps to enhance political freedoms.", ("CONCEDE", None)),
        ("The group is making chemical weapons to use against the West.", ("THREATEN", None)),
        # everyday verbs of the CAMEO categories
        ("Egypt solicited help from the World Bank.", ("REQUEST", "assist")),
        ("The union sought a pay rise of ten percent.", ("REQUEST", "change")),
        ("The bishops beseeched the army to spare the city.", ("REQUEST", "assist")),
        ("The opposition clamoured for the president's resignation.", ("REQUEST", "change")),
        ("The United Nations is pushing for a ceasefire in the region.", ("REQUEST", "change")),
        ("The students are agitating for reforms.", ("REQUEST", "change")),
        ("The rebels set conditions for a ceasefire.", ("REQUEST", "change")),
        ("The rebels shunned the talks in Geneva.", ("REJECT", None)),
        ("Israel brushed off the criticism.", ("REJECT", None)),
        ("The president turned a deaf ear to the appeals.", ("REJECT", None)),
        ("The rebels scorned the government's offer.", ("REJECT", None)),
        ("The government disregarded the court order.", ("REJECT", None)),
        ("The rebels flouted the ceasefire agreement.", ("REJECT", None)),
        ("Parliament threw out the bill.", ("REJECT", None)),
        ("The army cautioned the rebels against any provocation.", ("THREATEN", None)),
        ("The rebels issued threats against foreign companies.", ("THREATEN", None)),
        ("Workers staged a go-slow at the docks.", ("PROTEST", "strike")),
        ("The opposition mounted a campaign of civil disobedience.", ("PROTEST", "demo")),
        ("Palestinians shunned work on Monday to protest the settlements.", ("PROTEST", "strike")),
        ("The United Nations faulted the government for the delays.", ("ACCUSE", "disapprove")),
        ("The government questioned the impartiality of the observers.", ("ACCUSE", "disapprove")),
        ("The opposition charged the police with brutality.", ("ACCUSE", "allege")),
        ("The government interned thousands of ethnic Japanese.", ("COERCE", "arrest")),
        ("The government clamped down on the opposition press.", ("COERCE", "restrict")),
        ("The authorities muzzled the press.", ("COERCE", "censor")),
        ("The police harassed the opposition supporters.", ("COERCE", "restrict")),
        ("The government annexed the territory.", ("COERCE", "seize")),
        ("The militia butchered the villagers.", ("ASSAULT", None)),
        ("Gunmen sprayed the crowd with bullets.", ("ASSAULT", "firearms")),
        ("The rebels shot down a helicopter.", ("ASSAULT", None)),
        ("The army liberated the town from the rebels.", ("ASSAULT", None)),
        ("The United States curtailed its aid to Egypt.", ("SANCTION", None)),
        ("The country quit the organisation.", ("SANCTION", "withdraw")),
        ("The country withdrew from the alliance.", ("SANCTION", "withdraw")),
        ("The government shut its embassy in Tehran.", ("SANCTION", "withdraw")),
        ("The government called out the army.", ("MOBILIZE", "troops")),
        ("The president commuted the death sentences.", ("CONCEDE", None)),
        ("The government loosened its grip on the media.", ("CONCEDE", None)),
        ("Saudi Arabia bankrolled the rebels.", ("AID", None)),
        ("The United States funded the rebels.", ("AID", None)),
        ("The government housed the refugees in schools.", ("AID", None)),
        ("Doctors treated the wounded.", ("AID", None)),
        ("The two countries initialled a treaty.", ("AGREE", None)),
        ("The government announced its readiness to hold talks.", ("AGREE", None)),
        ("The rebels undertook to respect the ceasefire.", ("AGREE", None)),
        ("The two sides settled their border dispute.", ("AGREE", None)),
        ("The two countries struck a deal on trade.", ("AGREE", None)),
        ("The president toured the Gulf states.", ("CONSULT", "visit")),
        ("The leaders exchanged views on the crisis.", ("CONSULT", None)),
        ("The ministers convened in Vienna.", ("CONSULT", None)),
        ("The government extended its condolences to the families.", ("SUPPORT", None)),
        ("The rebels expressed regret for the killing of the civilians.", ("SUPPORT", None)),
        ("The army ferried supplies to the flood victims.", ("AID", None)),
        ("The government dispatched relief supplies to the earthquake zone.", ("AID", None)),
        ("The government reversed its ban on the party.", ("CONCEDE", None)),
        ("The government granted autonomy to the region.", ("CONCEDE", None)),
        ("The government unblocked the opposition websites.", ("CONCEDE", None)),
        ("The rebels handed the prisoners over to the Red Cross.", ("RETREAT", "release")),
        ("The rebels vacated the buildings they had occupied.", ("RETREAT", "withdraw")),
        ("The government ended its cooperation with the tribunal.", ("SANCTION", "withdraw")),
        ("The United States withheld aid from the government.", ("SANCTION", None)),
        ("The government cancelled the visit of the foreign minister.", ("SANCTION", "withdraw")),
        ("The government called off the talks.", ("SANCTION", "withdraw")),
        ("The government placed its troops on standby.", ("MOBILIZE", "troops")),
        ("The union is holding out for a bigger pay rise.", ("REQUEST", "change")),
        ("The government instructed the army to withdraw.", ("REQUEST", "change")),
        ("The rebels withdrew their support for the peace plan.", ("REJECT", None)),
        ("The rebels backed out of the agreement.", ("REJECT", None)),
        ("The government reneged on its promise to hold elections.", ("REJECT", None)),
        ("The rebels pulled out of the peace deal.", ("REJECT", None)),
        ("The rebels pulled out of the talks in Geneva.", ("SANCTION", "withdraw")),
        ("The army took harsh measures against the strikers.", ("COERCE", "restrict")),
        ("Activists camped outside the parliament for a week.", ("PROTEST", "demo")),
        ("Crowds jeered the president during his visit.", ("PROTEST", "demo")),
        (
            "Human rights groups raised concerns about the treatment of prisoners.",
            ("ACCUSE", "disapprove"),
        ),
        ("The opposition leader ridiculed the government's plan.", ("ACCUSE", "disapprove")),
        ("The United States launched retaliatory strikes on the camps.", ("ASSAULT", None)),
        ("The army launched a military operation against the rebels.", ("ASSAULT", None)),
        ("The Soviet Union delivered a protest note to China.", ("ACCUSE", "disapprove")),
        ("Moscow charged Washington with interfering in its affairs.", ("ACCUSE", "allege")),
        ("Britain broke diplomatic relations with Syria.", ("SANCTION", None)),
        ("Washington suspended grain sales to the Soviet Union.", ("SANCTION", None)),
        ("Moscow supplied Syria with MiG fighters.", ("AID", None)),
        ("The government took legal action against the newspaper.", ("ACCUSE", "allege")),
        ("Washington stepped up pressure on Israel to freeze settlements.", ("REQUEST", "change")),
        (
            "The Security Council said Iraq should comply with the resolutions.",
            ("REQUEST", "change"),
        ),
        ("The prime minister said he had no plans to resign.", ("REJECT", None)),
        ("The rebels said they had no intention of laying down their arms.", ("REJECT", None)),
        ("The army said the rebels were responsible for the massacre.", ("ACCUSE", "allege")),
        ("Moscow said it was prepared to reduce its troops in Europe.", ("AGREE", None)),
        ("The king said he intends to introduce democratic reforms.", ("AGREE", None)),
        ("Ethiopia said it would abide by the ruling of the commission.", ("AGREE", None)),
        ("The army said it would respect the results of the election.", ("AGREE", None)),
        # a hope for an act, an openness to it, or a proposal of it, is an offer
        ("The president expressed his hope for an early resumption of talks.", ("AGREE", None)),
        ("The minister said his government was open to negotiations.", ("AGREE", None)),
        ("Iran proposed talks with the United States on regional security.", ("AGREE", None)),
    ],
)
def test_plover_wordings_fourth_round(sentence: str, expected: tuple[str, str | None]) -> None:
    first = events_of(sentence)[0]
    assert (first.type, first.mode) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a vow or pledge is coded as what it commits to: a threat, a refusal, or an offer
        ("Rebel leaders vowed to continue their armed struggle.", ("THREATEN", "violence")),
        ("The Taliban vowed to step up attacks on foreign troops.", ("THREATEN", "violence")),
        ("The government vowed never to negotiate with the kidnappers.", ("REJECT", None)),
        ("The rebels pledged not to take part in the elections.", ("REJECT", None)),
        ("The rebels pledged to respect the truce.", ("AGREE", None)),
        ("The rebels promised more attacks on the capital.", ("THREATEN", "violence")),
        ("The police pledged to arrest the killers.", ("THREATEN", "arrest")),
        # a stated readiness is a commitment too, and an offer made on a condition stays one
        ("The army said it was ready to crush any rebellion.", ("THREATEN", "violence")),
        ("The president was willing to step down if it brought peace.", ("AGREE", None)),
        # a threat beyond the clause is not what the vow commits to
        ("The minister vowed to help, and the rebels threatened to attack.", ("AGREE", None)),
    ],
)
def test_a_commitment_takes_the_type_of_what_it_commits_to(
    sentence: str, expected: tuple[str, str | None]
) -> None:
    first = events_of(sentence)[0]
    assert (first.type, first.mode) == expected


def test_a_month_before_a_day_number_is_no_trigger() -> None:
    """ "March 13th" after a comma is a date, not a march."""
    sentence = "On Monday, March 13th, the police threatened to arrest anyone marching downtown."
    assert events_of(sentence)[0].type == "THREATEN"


@pytest.mark.parametrize(
    "sentence",
    [
        "Storms battered the refugee camps in the north.",
        "The treaty's annex lists the weapons.",
        "Thousands commute to the capital every day.",
        "The White House said the refugees had arrived.",
        "The agency released a report on the refugees.",
        "People are fed up with the government.",
        "There were technical faults in the system.",
        "The UN set a deadline of March for the elections.",
    ],
)
def test_new_wordings_leave_their_everyday_senses_alone(sentence: str) -> None:
    """A storm, an annex, a commute, the White House, a released report, being fed up, a fault
    and an electoral deadline report none of the events that the longer phrases do."""
    assert events_of(sentence) == ()


def test_the_press_is_no_pressure() -> None:
    """ "The press" names the newspapers: attacking it for its coverage presses for nothing."""
    found = events_of("The president attacked the press for its biased coverage.")
    assert "REQUEST" not in {e.type for e in found}


def test_the_hostages_named_again_are_no_new_abduction() -> None:
    """ "The hostages" refers back to people held already; freeing them is the event."""
    assert [e.type for e in events_of("The hostages were freed after three weeks.")] == ["RETREAT"]
    # (and their release, agreed to, is no threat of an abduction)
    assert "THREATEN" not in {e.type for e in events_of("The rebels agreed to free the hostages.")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The United Nations sent peace-keepers to the region.", "AID"),
        ("France deployed a peace-keeping force in Chad.", "AID"),
        ("Israeli jets carried out air-strikes on the camps.", "ASSAULT"),
        ("The rebels launched a counter-attack.", "ASSAULT"),
        ("The army mounted a counteroffensive in the north.", "ASSAULT"),
        ("A car-bomb exploded in the market.", "ASSAULT"),
        ("The prisoners began a hunger-strike.", "PROTEST"),
        ("The army carried out a crack-down on the rebels.", "ASSAULT"),
        ("The army put its troops on stand-by.", "MOBILIZE"),
    ],
)
def test_hyphenated_spellings_of_older_wire_copy(sentence: str, expected: str) -> None:
    """Older agency copy hyphenates compounds ("peace-keeping", "air-strike"), and the
    tokenizer keeps such a compound as one word, so the lexicon spells them both ways."""
    assert events_of(sentence)[0].type == expected


def test_what_is_agreed_to_be_lifted_is_no_threat() -> None:
    """The sanctions that a government agrees to lift are part of its promise to ease, an AGREE
    as every promised easing is (CAMEO 0354, the GSR's draft labels), not a threat of new
    sanctions (a PETRARCH-2 validation sentence's wording)."""
    assert [e.type for e in events_of("The president has agreed to lift the sanctions.")] == [
        "AGREE"
    ]
    promised = events_of("The president promised to lift the sanctions.")
    assert [e.type for e in promised if e.trigger.text.startswith("lift")] == ["AGREE"]


def test_every_lexicon_word_is_one_token() -> None:
    """Each word of each lexicon phrase, once its groups are expanded, is a single token as the
    tokenizer cuts text, or the phrase could never match: a group holding a space
    ("(army|air force)") splits into broken words."""
    lexicon = load_lexicon()
    for forms in lexicon.by_first_word.values():
        for form in forms:
            for word in form.words:
                assert word == "*" or [t.text for t in tokenize(word)] == [word], form


def test_protest_to_demand_stays_a_protest() -> None:
    """People who "protested to demand" a thing held a protest; they did not complain to
    someone (an ACLED development note)."""
    note = (
        "On 27 June 2022, in El Maiten (Chubut), teachers and parents of students poisoned with "
        "carbon monoxide at School 7719 protested to demand improvement in the school's "
        "infrastructure."
    )
    assert events_of(note)[0].type == "PROTEST"


def test_several_events_in_one_sentence_with_subordinate_clause() -> None:
    sentence = (
        "A state of emergency was declared Jan. 5 after the president's Almaty residence was "
        "surrounded by thousands of protesters and engulfed in flames, according to a Russian "
        "news agency."
    )
    found = events_of(sentence)
    assert [(e.type, e.mode) for e in found] == [
        ("COERCE", "martial-law"),
        ("PROTEST", "obstruct"),
        ("ASSAULT", "destroy"),
    ]
    assert [e.id for e in found] == ["e1", "e2", "e3"]
    assert all(e.status == "occurred" and e.sentence == 0 for e in found)


def test_trigger_spans_point_into_the_text_and_sentences_count() -> None:
    text = "Protests spread to Almaty. Police arrested dozens of people. Talks were held."
    analysis = analyze(text)
    for event in analysis.events:
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
        sentence = analysis.sentences[event.sentence]
        assert sentence.start <= event.trigger.start < sentence.end
    assert [e.sentence for e in analysis.events] == [0, 1, 2]


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        ("Gunmen shot and killed two people in the market.", 2),
        ("Dozens of protesters and 12 police officers were killed.", 24),
        ("On 6 January 2022, rioters clashed with police in Almaty; dozens were killed.", 12),
        ("Five people were injured and two were killed in the clashes.", 2),
        ("Rebels attacked a village near Kabul, killing three civilians.", 3),
        ("A man was killed in a drive-by shooting on 17 March 2022.", 1),
        ("Relatives of a man who was killed last year protested in the capital.", None),
        ("On 3 March 2022, 40 people protested in Lima.", None),
    ],
)
def test_sentence_fatalities(sentence: str, fatalities: int | None) -> None:
    assert sentence_fatalities(tokenize(sentence)) == fatalities


def test_fatalities_go_to_the_violent_event() -> None:
    found = events_of("Militants attacked an army post in Kidal. Two soldiers were killed.")
    assert [(e.type, e.fatalities) for e in found] == [("ASSAULT", 2)]


def test_lexicon_forms_expand() -> None:
    assert expand_form("arrest(|s|ed)") == [("arrest",), ("arrests",), ("arrested",)]
    assert ("sent", "*", "paratroopers") in expand_form("sen(d|t) * paratroopers")


def test_month_and_names_are_not_triggers() -> None:
    matches = find_triggers(tokenize("On 3 March 2022 the Rally for the Republic met."))
    assert [m.form.type for m in matches] == ["CONSULT"]


def test_roles_place_and_date_from_the_other_stages() -> None:
    analysis = analyze("On January 6, police arrested 20 protesters in Almaty.", "2022-01-07")
    event = analysis.events[0]
    ids = (event.source, event.target, event.place)
    source, target, place = (analysis.find(i or "") for i in ids)
    assert (event.type, event.mode) == ("COERCE", "arrest")
    assert isinstance(source, Actor) and source.text == "police"
    assert isinstance(target, Actor) and target.text == "protesters"
    assert isinstance(place, Place) and place.text == "Almaty"
    assert event.date == "2022-01-06"


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("The UN condemned the attack on the convoy.", None, None),
        ("Russia condemned the deadly attack by rebels on the army base.", "rebels", "army"),
        ("Police launched an attack on the rebels' camp.", "Police", "rebels"),
        ("Ukrainian forces repelled an attack near the port.", None, "Ukrainian forces"),
    ],
)
def test_who_judges_an_event_is_not_its_doer(
    sentence: str, source: str | None, target: str | None
) -> None:
    analysis = analyze(sentence, "2022-01-07")
    (event,) = [e for e in analysis.events if e.trigger.text == "attack"]
    doer, done_to = (analysis.find(i) if i else None for i in (event.source, event.target))
    assert (doer.text if isinstance(doer, Actor) else None) == source
    assert (done_to.text if isinstance(done_to, Actor) else None) == target


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The army, which seized power on Monday, has cut internet access.", "seized"),
        ("The army, which seized power on Monday, has cut internet access.", "cut internet"),
        ("Police, who fired tear gas at the crowd, arrested 20 people.", "arrested"),
        ("Police dispersed opposition supporters who had set up roadblocks.", "roadblocks"),
    ],
)
def test_a_relative_clause_shares_its_subject(sentence: str, trigger: str) -> None:
    analysis = analyze(sentence, "2021-10-30")
    (event,) = [e for e in analysis.events if e.trigger.text == trigger]
    source = analysis.find(event.source or "")
    names = ("the army", "army", "police", "opposition", "opposition supporters")
    assert isinstance(source, Actor) and source.text.lower() in names


@pytest.mark.parametrize(
    ("sentence", "trigger", "source", "target"),
    [
        (
            "Israeli forces killed 20 militants in air strikes on Gaza.",
            "air strikes",
            "Israeli forces",
            "militants",
        ),
        (
            "The army killed five insurgents during a clash near the border.",
            "clash",
            "army",
            "insurgents",
        ),
        (
            "Seven US marines were killed on Monday in a car-bomb explosion.",
            "car-bomb explosion",
            None,
            "US",
        ),
        ("Two soldiers killed in an ambush near the border", "ambush", None, "soldiers"),
        ("A Hamas commander was killed in an Israeli airstrike.", "airstrike", "Israeli", "Hamas"),
    ],
)
def test_an_attack_that_was_a_killings_means_takes_its_roles(
    sentence: str, trigger: str, source: str | None, target: str | None
) -> None:
    assert roles_at(sentence, trigger) == (source, target)


@pytest.mark.parametrize(
    ("sentence", "mode", "source", "target"),
    [
        ("Tokayev called on the CSTO to send troops.", "assist", "Tokayev", "CSTO"),
        ("The UN urged Laos to admit monitors.", "yield", "UN", "Laos"),
        ("Rebels were told by the mediators to lay down their arms.", "yield", None, "Rebels"),
    ],
)
def test_a_request_frame_asks_its_addressee(
    sentence: str, mode: str, source: str | None, target: str | None
) -> None:
    (request,) = analyze(sentence, "2022-01-07").events
    assert (request.type, request.mode) == ("REQUEST", mode)
    assert roles_at(sentence, request.trigger.text) == (source, target)


def test_the_seed_appeal_against_provocations_is_coded_as_a_reader_would() -> None:
    analysis = analyze(
        'In a televised address, Tokayev called on demonstrators not to give in to "provocations"'
        " and promised a firm response to anyone who attacked government buildings.",
        "2022-01-05",
    )
    names = actor_names(analysis)
    coded = [(e.type, e.status, names.get(e.source or "")) for e in analysis.events]
    assert ("REQUEST", "occurred", "Tokayev") in coded
    assert ("PROTEST", "occurred", "demonstrators") in coded  # the crowd protests, not Tokayev
    assert ("THREATEN", "occurred", "Tokayev") in coded  # a firm response is a threat
    assert not [c for c in coded if c[0] in ("REJECT", "ASSAULT") and c[1] == "occurred"]


def test_a_verb_after_and_shares_the_subject_of_the_verb_before() -> None:
    sentence = "The ministry said police fired tear gas and arrested 20 protesters."
    assert roles_at(sentence, "arrested") == ("police", "protesters")


def test_a_place_after_the_doer_is_not_the_doer_and_a_speaker_not_the_detained() -> None:
    text = (
        "Overnight, police in Kazakhstan's largest city fired tear gas at protesters. "
        "The interior ministry said more than 200 people had been detained."
    )
    assert roles_at(text, "tear gas") == ("police", "protesters")
    assert roles_at(text, "detained") == (None, None)


@pytest.mark.parametrize(
    ("sentence", "coded"),
    [
        (
            "The first Russian paratroopers of a force sent by the Collective Security Treaty "
            "Organization arrived in Kazakhstan on Thursday.",
            [("MOBILIZE", "troops", "occurred")],
        ),
        ("The foreign minister arrived in Beijing on Tuesday.", [("CONSULT", "visit", "occurred")]),
        ("Residents reached by phone said the streets were calm.", []),
        ("Security forces may open fire without warning.", [("ASSAULT", "firearms", "uncertain")]),
        (
            "The price cap has done little to empty the streets in the west of the country.",
            [("ASSAULT", None, "denied")],
        ),
    ],
)
def test_seed_wordings_code_what_happened(
    sentence: str, coded: list[tuple[str, str | None, str]]
) -> None:
    assert [(e.type, e.mode, e.status) for e in events_of(sentence)] == coded


@pytest.mark.parametrize(
    "sentence",
    [
        "Both Netblocks and Cloudflare reported significant internet shutdowns on Tuesday.",
        "Residents reached by phone described burned cars on the main square and looted shops.",
        "He said most of them had taken part in what the authorities call terrorist attacks.",
    ],
)
def test_who_saw_or_named_an_event_did_not_do_it(sentence: str) -> None:
    events = events_of(sentence)
    assert events and all(event.source is None for event in events)


@pytest.mark.parametrize(
    ("sentence", "trigger", "source", "target"),
    [
        (
            "Officials gave no figure for civilians caught up in the violence.",
            "violence",
            None,
            "civilians",
        ),
        (
            "One policeman was killed and three others were wounded in clashes with militants.",
            "clashes",
            "militants",
            "policeman",
        ),
        ("Police detained 5,135 people in connection with the violence.", "violence", None, None),
        (
            "He rejected calls from abroad for negotiations with the protesters.",
            "rejected",
            None,
            "protesters",
        ),
    ],
)
def test_who_suffered_an_event_or_was_held_over_it_did_not_do_it(
    sentence: str, trigger: str, source: str | None, target: str | None
) -> None:
    assert roles_at(sentence, trigger) == (source, target)


@pytest.mark.parametrize(
    ("sentence", "trigger", "source", "target"),
    [
        (
            "Russia said on Tuesday that Sudan must return a Mi-26 helicopter.",
            "must",
            "Russia",
            "Sudan",
        ),
        (
            "Israel is opposed to French mediation in talks with Syria.",
            "opposed",
            "Israel",
            "French",
        ),
        (
            "Nigeria announced that it will withdraw its peacekeeping force from Chad.",
            "withdraw its peacekeeping",
            "Nigeria",
            "Chad",
        ),
        ("Syria has again offered its troops to Lebanon.", "offered", "Syria", "Lebanon"),
        (
            "Police fired tear gas from the rooftops at the protesters.",
            "tear gas",
            "Police",
            "protesters",
        ),
        (
            "The International Labor Office (ILO) reiterated its demand that Israel ease "
            "restrictions.",
            "demand",
            "International Labor Office",
            "Israel",
        ),
    ],
)
def test_roles_of_obligations_stances_withdrawals_and_offers(
    sentence: str, trigger: str, source: str | None, target: str | None
) -> None:
    assert roles_at(sentence, trigger) == (source, target)


def test_two_sides_joined_by_and_talk_or_agree_with_each_other() -> None:
    sentence = "Israel and Lebanon renewed negotiations today on an Israeli pullback."
    assert roles_at(sentence, "negotiations") == ("Israel", "Lebanon")


def test_a_short_form_in_brackets_after_no_actor_is_no_doer() -> None:
    analysis = analyze(
        "Hackers launched distributed denial of service (DDoS) attacks on government websites."
    )
    (attacks,) = [event for event in analysis.events if event.trigger.text == "attacks"]
    assert attacks.source is None


def test_officials_act_for_the_body_named_before_them() -> None:
    sentence = "Red Cross officials suspended aid deliveries in Baghdad on Wednesday."
    assert roles_at(sentence, "suspended aid deliveries") == ("Red Cross", None)


def test_the_subject_before_an_aside_between_commas_acts() -> None:
    sentence = (
        "Pakistan, a key U.S. ally in the war against terrorism, has refused to deploy troops."
    )
    assert roles_at(sentence, "refused") == ("Pakistan", None)  # the troops are its own


def test_who_says_it_will_act_is_no_witness_and_thanks_to_is_no_thanks() -> None:
    sentence = "NATO confirmed on Wednesday it would tighten the naval blockade of Serbia."
    assert roles_at(sentence, "blockade") == ("NATO", "Serbia")
    assert not events_of("The economy grew, thanks largely to an energy sector fueled by oil.")


def test_what_a_government_responded_to_is_no_act_of_its_own() -> None:
    text = (
        "The government of Kazakhstan has executed multiple national internet blackouts in "
        "response to widespread anti-government protests."
    )
    assert [(e.type, e.mode) for e in events_of(text)] == [
        ("COERCE", "withhold"),
        ("PROTEST", "demo"),
    ]
    assert roles_at(text, "protests") == (None, None)


def test_a_group_killed_with_weapons_did_not_riot() -> None:
    events = events_of("Gunmen killed five villagers with machetes.")
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", "primitive")]


def test_an_appeal_is_dated_on_its_report_not_on_the_day_it_asks_for() -> None:
    events = analyze("The union urged workers to stay home on Friday.", "2022-08-10").events
    assert [(e.type, e.date) for e in events] == [("REQUEST", "2022-08-10")]


def test_a_past_week_or_month_stays_the_date_of_an_act_told_as_done() -> None:
    (slaying,) = analyze("A filmmaker was slain last week.", "2024-03-06").events
    (fire,) = analyze("Police opened fire on protesters last month.", "2024-03-06").events
    assert (slaying.date, fire.date) == ("2024-W09", "2024-02")


def test_talks_expected_after_a_phrase_are_no_meeting_held() -> None:
    events = events_of("Talks between the two delegations are expected to resume on Thursday.")
    assert ("CONSULT", "occurred") not in {(e.type, e.status) for e in events}


def test_an_agreement_not_reached_is_no_rejection() -> None:
    assert "REJECT" not in {e.type for e in events_of("The talks ended without agreement.")}


def test_a_promise_is_dated_when_made_and_a_plan_when_planned() -> None:
    promise = analyze(
        "The army chief said the military would hand power to an elected government in July 2023.",
        "2021-10-30",
    ).events
    plan = analyze("The opposition plans to hold a rally on Sunday.", "2021-10-30").events
    assert [(e.type, e.date) for e in promise] == [("AGREE", "2021-10-30")]
    assert [(e.type, e.status, e.date) for e in plan] == [("PROTEST", "planned", "2021-10-31")]


def test_passive_voice_and_between() -> None:
    analysis = analyze(
        "The residence was surrounded by protesters. Clashes between police and "
        "demonstrators followed."
    )
    names = {a.id: a.text for a in analysis.actors}
    roles = [(names.get(e.source or ""), names.get(e.target or "")) for e in analysis.events]
    assert ("protesters", None) in roles or roles[0][0] == "protesters"
    assert ("police", "demonstrators") in roles


def test_without_other_stages_events_still_come() -> None:
    text = "Police fired tear gas at protesters in Almaty."
    bare = Analysis(document=Document(text=text), sentences=split_sentences(text))
    found = find_events(bare)
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "crowd-control")]
    assert found[0].source is None and found[0].place is None and found[0].date is None


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from([*"ab ,.;:'-0123456789", "killed ", "protest ", "by "])).map("".join)
)
def test_hostile_text_keeps_offsets(text: str) -> None:
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    for event in find_events(analysis):
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text


def test_long_line_is_handled() -> None:
    line = "protesters clashed with police and " * 20000 + "1" * 50000 + "-year-old"
    analysis = Analysis(document=Document(text=line), sentences=split_sentences(line))
    found = find_events(analysis)
    assert [e.type for e in found[:2]] == ["PROTEST", "ASSAULT"]


# The tokenizer as first written: one regular expression, each token lower-cased on its own.
PLAIN_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?![\w-])|\w+(?:[-'’]\w+)*|[^\w\s]")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([*"aZ9 \n,.-'’Σσİß\u0307", "ΟΔΟΣ", "1,000", "Didn't"])).map("".join),
    st.integers(0, 5),
)
def test_tokens_are_lower_cased_one_by_one(text: str, start: int) -> None:
    """Lower-casing a sentence's tokens all at once gives each its own lower case (a Greek final
    sigma and a Turkish dotted I included) and the offsets of the plain tokenizer."""
    start = min(start, len(text))
    plain = [
        (m.group().lower(), m.start(), m.end(), m.group()[:1].isupper())
        for m in PLAIN_TOKEN.finditer(text, start)
    ]
    assert [tuple(token) for token in tokenize(text, start)] == plain


PHRASE_WORDS = (
    "rebels seized the strategic town Town city of in custody on strike police Police arrested "
    "Arrest protesters was released shares intelligence hit gave 5 million dollars March , ."
).split()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PHRASE_WORDS), max_size=30))
def test_candidate_phrases_find_what_all_phrases_find(words: list[str]) -> None:
    """Matching only the phrases whose every word the sentence holds finds the triggers that
    matching all of the lexicon's phrases finds."""
    tokens = tokenize(" ".join(words))
    assert find_triggers(tokens) == find_triggers(tokens, load_lexicon().by_first_word)


def seed_event(analysis: Analysis, trigger: str) -> Event:
    """The seed report's event whose trigger starts with `trigger`."""
    matching = [e for e in analysis.events if e.trigger.text.startswith(trigger)]
    assert matching, f"no event with trigger {trigger!r}"
    return matching[0]


@pytest.mark.parametrize(
    ("trigger", "types", "mode", "date"),
    [
        ("protests", {"PROTEST"}, "demo", "2022-01-02"),
        ("clashes", {"ASSAULT"}, None, None),
        ("tear gas", {"ASSAULT"}, "crowd-control", None),
        ("state of emergency", {"COERCE"}, "martial-law", "2022-01-05"),
        ("surrounded", {"PROTEST"}, "obstruct", "2022-01-05"),
        ("engulfed in flames", {"ASSAULT"}, "destroy", "2022-01-05"),
        ("appealed for", {"REQUEST"}, "assist", None),
        ("deployed", {"AID", "MOBILIZE"}, None, None),
        ("sent Russian paratroopers", {"AID", "MOBILIZE"}, None, None),
        ("resigned", {"RETREAT"}, "resign", None),
        ("reinstated", {"CONCEDE", "RETREAT"}, None, "2022-01-06"),
        ("arrested", {"COERCE"}, "arrest", None),
        ("internet blackout", {"COERCE"}, "withhold", None),
        ("dismissed", {"REJECT"}, None, "2022-01-05"),
    ],
)
def test_seed_report_events(
    seed_text: str, trigger: str, types: set[str], mode: str | None, date: str | None
) -> None:
    analysis = analyze(seed_text, published="2022-01-07")
    event = seed_event(analysis, trigger)
    assert event.type in types and event.status == "occurred"
    if mode is not None:
        assert event.mode == mode
    if date is not None and analysis.times:
        assert event.date == date


def test_seed_report_planned_troops(seed_text: str) -> None:
    analysis = analyze(seed_text, published="2022-01-07")
    assert seed_event(analysis, "send troops").status == "planned"


@pytest.mark.parametrize(
    ("trigger", "source", "target"),
    [
        ("appealed for", "Tokayev", "Collective Security Treaty Organization"),
        ("called for", "Tokayev", "CSTO"),
        ("clashes", "police", "demonstrators"),
        ("surrounded", "protesters", "president"),
        ("tear gas", "police", None),
        ("dismissed", "Jen Psaki", None),
        ("resigned", "Kazakh government", None),
    ],
)
def test_seed_report_actors(seed_text: str, trigger: str, source: str, target: str | None) -> None:
    analysis = analyze(seed_text, published="2022-01-07")
    event = seed_event(analysis, trigger)
    found_source = analysis.find(event.source) if event.source else None
    assert isinstance(found_source, Actor) and source in found_source.text
    if target is not None:
        found_target = analysis.find(event.target) if event.target else None
        assert isinstance(found_target, Actor) and target in found_target.text


def test_lexicon_codes_only_plover_2_types_and_modes() -> None:
    """Every type and mode the lexicon and the conventions can give is one of PLOVER 2.0's."""
    ontology = shared_path("data", "events", "plover-codebook", "plover_v2_ontology.yaml")
    modes = {
        name: set(filter(None, (m.strip() for m in listed.split(","))))
        for name, listed in re.findall(
            r"^  ([A-Z]+):\s+\{.*?modes: \[([^\]]*)\]", ontology.read_text("utf-8"), re.M
        )
    }
    assert set(modes) == set(typing.get_args(EventType))
    lexicon = load_lexicon()
    for forms in lexicon.by_first_word.values():
        for form in forms:
            assert form.mode is None or form.mode in modes[form.type], form
    assert set(lexicon.request_modes) <= modes["REQUEST"]
    threat_modes = {*THREAT_MODES.values(), *THREAT_MODE_BY_COERCE_MODE.values(), "relations"}
    assert threat_modes <= modes["THREATEN"]


def event_at(text: str, trigger_word: str) -> Event:
    """The event whose trigger holds `trigger_word`."""
    return next(event for event in events_of(text) if trigger_word in event.trigger.text)


# Wordings of PLOVER types that the written development set showed missing (issue #5); the
# sentences are composed for these tests.
@pytest.mark.parametrize(
    ("sentence", "trigger_word", "expected"),
    [
        (
            "Foreign ministers of the Arab League gathered in Cairo on Sunday to discuss the "
            "crisis in Yemen.",
            "gathered",
            ("CONSULT", None),
        ),
        (
            "Greece and Turkey resumed direct flights between Athens and Istanbul.",
            "resumed",
            ("COOPERATE", None),
        ),
        (
            "Croatia handed over a wanted militia commander to the war crimes court in The Hague.",
            "handed over",
            ("COOPERATE", None),
        ),
        (
            "Kazakhstan and Kyrgyzstan launched a customs union on Monday.",
            "launched",
            ("COOPERATE", None),
        ),
        (
            "China and Russia held joint naval exercises in the Sea of Japan.",
            "held",
            ("COOPERATE", None),
        ),
        (
            "A UN agency airlifted 25 tonnes of medical kits to the quake zone.",
            "airlifted",
            ("AID", None),
        ),
        ("Germany wrote off 300 million euros of Ghana's debt.", "wrote off", ("AID", None)),
        (
            "France sent 500 soldiers to Chad to help the army repel a rebel advance.",
            "sent",
            ("AID", None),
        ),
        (
            "Army commandos freed two engineers held hostage by gunmen near Port Harcourt.",
            "freed",
            ("AID", None),
        ),
        (
            "The opposition dismissed a government plan for early elections.",
            "dismissed",
            ("REJECT", None),
        ),
        (
            "The regional body suspended Niger from the group after the putsch.",
            "suspended",
            ("SANCTION", "expel"),
        ),
        ("The IMF suspended lending to Zambia after the audit.", "suspended", ("SANCTION", None)),
        (
            "The navy held large-scale exercises in the Gulf of Oman.",
            "held",
            ("MOBILIZE", "troops"),
        ),
        ("Armenia massed artillery near the border town.", "massed", ("MOBILIZE", "troops")),
        (
            "The government shut down the internet in the capital during the vote count.",
            "shut down",
            ("COERCE", "withhold"),
        ),
        (
            "Hackers attacked the central bank's payment system on Tuesday.",
            "attacked",
            ("COERCE", "cyber"),
        ),
        ("Rebels attacked an army post near Goma.", "attacked", ("ASSAULT", None)),
        ("The rebels halted all hostilities during the holiday.", "halted", ("CONCEDE", None)),
        ("The finance ministry scrapped import duties on rice.", "scrapped", ("CONCEDE", None)),
        ("The cabinet voted to scrap import duties on rice.", "scrap", ("CONCEDE", None)),
    ],
)
def test_written_set_wordings(
    sentence: str, trigger_word: str, expected: tuple[str, str | None]
) -> None:
    event = event_at(sentence, trigger_word)
    assert (event.type, event.mode) == expected


# Wordings of PLOVER types that the second written development set showed missing (issue #5,
# several events a sentence, nominal and passive triggers); the sentences are composed here.
@pytest.mark.parametrize(
    ("sentence", "trigger_word", "expected"),
    [
        (
            "A truck packed with explosives rammed the gate of a naval base.",
            "rammed",
            ("ASSAULT", "explosives"),  # one attack: the truck bomb that rammed the gate
        ),
        (
            "The border brigades were put on full war alert after the shooting.",
            "alert",
            ("MOBILIZE", "troops"),
        ),
        (
            "Militiamen were massing outside the port city, residents said.",
            "massing",
            ("MOBILIZE", "troops"),
        ),
        (
            "A judge ordered the ministry to reinstate the dismissed teachers.",
            "ordered",
            ("REQUEST", "change"),
        ),
        (
            "Fishermen's unions sought assurances that the harbour would stay open.",
            "sought",
            ("REQUEST", "change"),
        ),
        (
            "Senegal said it would take part in the peacekeeping mission in Guinea-Bissau.",
            "take part",
            ("AGREE", None),
        ),
        (
            "Moroccan paratroopers were flown to Zaire to help the government of Mobutu.",
            "flown",
            ("AID", None),
        ),
        (
            "The delivery of food and medicine to the camps resumed on Friday.",
            "delivery",
            ("AID", None),
        ),
        (
            "Envoys of the two parties sat down at a hotel in Nairobi.",
            "sat down",
            ("CONSULT", None),
        ),
        (
            "The two navies set up a joint commission to patrol the strait.",
            "joint",
            ("COOPERATE", None),
        ),
        (
            "Peruvian and Ecuadorean police carried out coordinated operations against smugglers.",
            "coordinated",
            ("COOPERATE", None),
        ),
        (
            "Fiji's membership was suspended by the regional forum after the coup.",
            "suspended",
            ("SANCTION", None),
        ),
        (
            "Zambia and Malawi reopened their shared border to traders on Friday.",
            "reopened",
            ("COOPERATE", None),
        ),
        (
            "The guerrillas announced a three-day ceasefire for the festival.",
            "announced",
            ("CONCEDE", None),
        ),
        (
            "Moscow hinted that it could halt gas deliveries to Kiev.",
            "hinted",
            ("THREATEN", None),
        ),
    ],
)
def test_second_written_set_wordings(
    sentence: str, trigger_word: str, expected: tuple[str, str | None]
) -> None:
    event = event_at(sentence, trigger_word)
    assert (event.type, event.mode) == expected


def test_a_crowd_acting_after_another_act_still_protests() -> None:
    """The crowd's act is the first told after it, not an earlier one that others did: rioters
    who burn offices after an arrest are rioting."""
    sentence = "After troops had detained a union leader, rioters set fire to offices in Kasese."
    riot = event_at(sentence, "set fire")
    assert (riot.type, riot.mode) == ("PROTEST", "riot")
    assert event_at(sentence, "detained").type == "COERCE"
    assert all(event.type != "ASSAULT" for event in events_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "Demonstrators demanding the president's resignation torched government offices "
            "in Bangui on Wednesday, witnesses said.",
            "torched",
        ),
        ("Protesters hurled stones at police outside the parliament in Tbilisi.", "hurled"),
    ],
)
def test_a_crowd_s_own_violence_is_a_riot(sentence: str, act: str) -> None:
    """Arson or stone-throwing by a crowd is a protest turned violent (PLOVER's riot mode,
    CAMEO 145, ACLED's violent demonstration), not an assault."""
    riot = event_at(sentence, act)
    assert (riot.type, riot.mode) == ("PROTEST", "riot")


@pytest.mark.parametrize(
    ("sentence", "act", "expected"),
    [
        ("Stone-throwing youths clashed with police in Sanaa on Wednesday.", "clashed", "riot"),
        ("Greek farmers blockaded the national highway near Larissa.", "blockaded", "obstruct"),
    ],
)
def test_a_civil_group_s_violence_or_blockade_is_a_protest(
    sentence: str, act: str, expected: str
) -> None:
    """Youths who clash with police riot, farmers who blockade a highway protest by obstruction
    (CAMEO 145 and 144); an army that blockades a port coerces."""
    event = event_at(sentence, act)
    assert (event.type, event.mode) == ("PROTEST", expected)
    assert event_at("The navy blockaded the port of Aden.", "blockaded").type == "COERCE"


def test_armed_men_who_storm_a_place_attack_it() -> None:
    """A bare "stormed" is a crowd's riot; armed men storming a market attack it."""
    attack = event_at("Maoist insurgents stormed a village market in Rolpa.", "stormed")
    assert (attack.type, attack.mode) == ("ASSAULT", None)
    riot = event_at("Protesters stormed the parliament building in Bishkek.", "stormed")
    assert (riot.type, riot.mode) == ("PROTEST", "riot")


def test_forces_told_between_a_group_and_a_clash_may_be_who_clashed() -> None:
    sentence = "Students said police clashed with vendors outside the market."
    assert event_at(sentence, "clashed").type == "ASSAULT"


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("Police said the protesters' cars were burned overnight in Nakuru.", "burned"),
        ("Gunmen torched the homes of protesters in the north of the city.", "torched"),
    ],
)
def test_violence_done_to_a_crowd_stays_an_assault(sentence: str, act: str) -> None:
    """A crowd that suffers the arson, or only owns what burned, did not riot."""
    assert event_at(sentence, act).type == "ASSAULT"


# Wordings of PLOVER types that the blind CAMEO-category sentences showed missing (issue #5,
# `benchmarks/data/plover-written/`, third set: codes 03-08 and 14-20, then 09-13, investigate,
# demand, disapprove, reject and threaten); the sentences are composed here.
@pytest.mark.parametrize(
    ("sentence", "trigger_word", "expected"),
    [
        (
            "Diplomatic relations were restored between Cairo and Tehran.",
            "relations",
            ("SUPPORT", None),
        ),
        (
            "The two ministers presented a united front at the summit.",
            "united front",
            ("SUPPORT", None),
        ),
        ("The bank halted new loans to the government in March.", "halted", ("SANCTION", None)),
        ("Donors froze all budget assistance to Malawi.", "froze", ("SANCTION", None)),
        ("Talks with the rebels were called off on Friday.", "Talks", ("SANCTION", "withdraw")),
        (
            "The envoy withdrew as mediator in the border dispute.",
            "withdrew",
            ("SANCTION", "withdraw"),
        ),
        (
            "The junta revoked the citizenship of two exiled journalists.",
            "revoked",
            ("COERCE", "restrict"),
        ),
        (
            "Customs officers impounded three trucks of opposition leaflets.",
            "impounded",
            ("COERCE", "seize"),
        ),
        ("The lawyer has been held without charge since May.", "held", ("COERCE", "arrest")),
        (
            "Soldiers and rebels exchanged heavy machine-gun fire near the airport.",
            "exchanged",
            ("ASSAULT", None),
        ),
        ("Militias broke a week-old truce on Sunday.", "broke", ("ASSAULT", None)),
        ("The army mutilated prisoners, a rights group said.", "mutilated", ("ASSAULT", None)),
        ("The government backed down and withdrew the fuel tax.", "backed down", ("CONCEDE", None)),
        ("The ministry shelved plans for a new dam on the river.", "shelved", ("CONCEDE", None)),
        (
            "Kigali admitted U.N. monitors to the camps on Monday.",
            "admitted",
            ("RETREAT", "access"),
        ),
        ("The navy ordered its frigates back to port.", "back to port", ("RETREAT", "withdraw")),
        (
            "The guns fell silent in the capital at dawn.",
            "guns fell silent",
            ("RETREAT", "ceasefire"),
        ),
        ("The jailed editor has refused all food since Monday.", "refused", ("PROTEST", "hunger")),
        ("All police leave was cancelled before the vote.", "leave", ("MOBILIZE", "police")),
        (
            "Rwanda and Uganda began joint research on the lake's fish stocks.",
            "joint research",
            ("COOPERATE", None),
        ),
        (
            "Bargaining between the union and the ministry resumed on Monday.",
            "Bargaining",
            ("CONSULT", None),
        ),
        (
            "The minister voiced displeasure with the court's ruling.",
            "voiced",
            ("ACCUSE", "disapprove"),
        ),
        (
            "The opposition charged on Monday that the vote had been rigged.",
            "charged",
            ("ACCUSE", "allege"),
        ),
        (
            "Legal action against the newspaper was filed in Harare.",
            "Legal action",
            ("ACCUSE", "allege"),
        ),
        ("The plan was dismissed out of hand by the rebel command.", "dismissed", ("REJECT", None)),
        ("Her appeal for more troops fell on deaf ears in Brussels.", "fell", ("REJECT", None)),
        ("The junta said the ban on rallies would remain in place.", "ban", ("REJECT", None)),
        (
            "The seized farms will not be returned, the minister said.",
            "will not be returned",
            ("REJECT", None),
        ),
        (
            "The army gave the rebels two days to disarm or face attack.",
            "or face",
            ("THREATEN", None),
        ),
        (
            "Canada will bring its troops home unless the mandate changes.",
            "bring",
            ("THREATEN", None),
        ),
        ("About 20,000 people thronged the capital on Monday.", "thronged", ("PROTEST", "demo")),
        ("The jailed poet began fasting on Sunday.", "began fasting", ("PROTEST", "hunger")),
        ("A 48-hour hartal shut Dhaka on Tuesday.", "hartal", ("PROTEST", "strike")),
        ("The opposition shunned the parliamentary election.", "shunned", ("PROTEST", "boycott")),
        ("The cabinet swept aside the union's proposals.", "swept aside", ("REJECT", None)),
        ("Baku said it would not give up an inch of land.", "would not give up", ("REJECT", None)),
        ("Militants said the government would pay a heavy price.", "pay", ("THREATEN", None)),
        ("The families took the ministry to court on Monday.", "took", ("ACCUSE", "allege")),
        ("The two envoys haggled over the border for a week.", "haggled", ("CONSULT", None)),
        ("The ministers inked a water-sharing accord in Tashkent.", "inked", ("SUPPORT", None)),
        ("Belarus climbed down in its row with the embassies.", "climbed down", ("CONCEDE", None)),
        ("Eritrea sent home 40 Yemeni fishermen on Thursday.", "sent home", ("RETREAT", "release")),
        ("Honduras pulled two battalions back from the border.", "pulled", ("RETREAT", "withdraw")),
        (
            "Investigators exhumed a mass grave near the village.",
            "exhumed",
            ("ACCUSE", "investigate"),
        ),
        ("The donors froze 40 million euros of funds for Togo.", "froze", ("SANCTION", None)),
        ("Zimbabwe kicked out the EU election observers.", "kicked out", ("SANCTION", "expel")),
        ("Gunmen snatched three oil workers from a barge.", "snatched", ("ASSAULT", "abduct")),
        (
            "Soldiers and guerrillas traded machine-gun fire at dawn.",
            "traded",
            ("ASSAULT", "firearms"),
        ),
    ],
)
def test_cameo_set_wordings(
    sentence: str, trigger_word: str, expected: tuple[str, str | None]
) -> None:
    event = event_at(sentence, trigger_word)
    assert (event.type, event.mode) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger_word", "expected"),
    [
        # a passive told by the trigger itself takes its modal: a threatened or refused act
        (
            "Peace talks with the government will be broken off if the army does not halt.",
            "Peace talks",
            ("THREATEN", "occurred"),
        ),
        (
            "Diplomatic ties would be severed, the ministry warned.",
            "ties",
            ("THREATEN", "occurred"),
        ),
        (
            "The rallies will not be called off, the organisers said.",
            "rallies",
            ("REJECT", "occurred"),
        ),
        # without a modal the passive tells what happened
        ("Diplomatic ties were severed on Tuesday.", "ties", ("SANCTION", "occurred")),
        # "has to" asks for the act, as "must" does
        ("The minister said Norway has to lift the ban.", "lift", ("REQUEST", "occurred")),
    ],
)
def test_a_passive_trigger_takes_the_modal_before_its_be(
    sentence: str, trigger_word: str, expected: tuple[str, str]
) -> None:
    event = event_at(sentence, trigger_word)
    assert (event.type, event.status) == expected


# A request is coded by what it asks for, and the act asked for is no event of its own
# (`events_requests`): asking verbs with their addressee and "to", and "had to" or "should" in
# reported speech. Sentences composed for these tests.
@pytest.mark.parametrize(
    ("sentence", "trigger_word", "expected"),
    [
        # an asking frame whose act the lexicon does not hold is the request's trigger
        (
            "The finance minister told the central bank to cut interest rates.",
            "told",
            ("REQUEST", "change"),
        ),
        # the act asked for gives the request's mode: aid asked for is an assist
        (
            "The relief agency called on wealthy nations to step up their assistance.",
            "assistance",
            ("REQUEST", "assist"),
        ),
        (
            "The rights group pushed the junta on Monday to admit foreign observers.",
            "admit",
            ("REQUEST", "yield"),
        ),
        (
            "The mediator urged Chad, Sudan and Libya to resume negotiations.",
            "negotiations",
            ("REQUEST", "meet"),
        ),
        # reported speech: "had to" in a "that" clause, and "should", are "must" in the past
        (
            "A senior diplomat said that the neighbouring state had to withdraw its troops.",
            "withdraw",
            ("REQUEST", "yield"),
        ),
        (
            "The union said on Friday that the government had to scrap the pay freeze.",
            "had to",
            ("REQUEST", "change"),
        ),
        (
            "The envoy said that both parties had to resume negotiations without delay.",
            "negotiations",
            ("REQUEST", "meet"),
        ),
    ],
)
def test_a_request_takes_the_act_it_asks_for(
    sentence: str, trigger_word: str, expected: tuple[str, str]
) -> None:
    event = event_at(sentence, trigger_word)
    assert (event.type, event.mode) == expected
    assert [event.type for event in events_of(sentence)] == ["REQUEST"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a "had to" of the speaker's own plight, or outside a "that" clause, asks nothing
        "Police said residents had to flee their homes as the floodwaters rose.",
        "Villagers said that they had to walk for two days to reach the camp.",
        # a "to" before a number or a name is a preposition, not an infinitive
        "Rising prices pushed inflation to 12 percent in March.",
        "Printing presses belonging to the newspaper were seized by police.",
        # an addressee ends at a new subject and its verb
        "The minister told reporters he was going to resign.",
        # a quantity pushed, a question asked, a task done, a forecast told
        "Strong buying from China pushed global commodity prices to record levels.",
        "Chief constables do not want to be told what to do by a single politician.",
        "The firm said that most of its staff had had to be replaced.",
        "The chief executive said sales should still top expectations.",
    ],
)
def test_no_request_without_a_frame(sentence: str) -> None:
    assert "REQUEST" not in [event.type for event in events_of(sentence)]


# Wordings and conventions of PLOVER types that the CAMEO-category development sentences showed
# missing; sentences composed for these tests.
@pytest.mark.parametrize(
    ("sentence", "trigger_word", "expected"),
    [
        # a restriction or sanction that a warning says could come is a threat (CAMEO 131, 132)
        (
            "The interior minister warned that the opposition party could be banned.",
            "banned",
            "THREATEN",
        ),
        (
            "The cabinet warned on Monday that it could suspend trade with Chad.",
            "suspend",
            "THREATEN",
        ),
        # a danger warned of is no threat of the speaker's
        ("The UN warned that fighting could spread to the capital.", "fighting", "ASSAULT"),
        # a noun's own modal tells its factuality: an announced curfew is a threat
        ("The governor said a curfew would follow any new unrest.", "curfew", "THREATEN"),
        # deadlines are ultimatums (CAMEO 139)
        ("The army gave the rebels 72 hours to surrender.", "72 hours", "THREATEN"),
        ("The council set a Friday deadline for the militia to disarm.", "deadline", "THREATEN"),
        # giving up a mediator's role reduces relations (CAMEO 164), or threatens to
        ("Norway ended its role as facilitator in the peace process.", "role", "SANCTION"),
        ("Oslo would end its role as go-between if the truce collapsed.", "role", "THREATEN"),
        # giving back state honours is a protest (CAMEO 140), a crowd pelting police a riot
        ("Dozens of painters handed back their state medals on Friday.", "medals", "PROTEST"),
        (
            "Tens of thousands of people filled the central square for a third night.",
            "square",
            "PROTEST",
        ),
        ("Villagers cut the highways into the provincial capital.", "highways", "PROTEST"),
        # acting together, and handing suspects to another state's police (CAMEO 06, 063)
        (
            "The two navies searched the strait together for the missing trawler.",
            "together",
            "COOPERATE",
        ),
        (
            "The suspects were handed over to French investigators on Tuesday.",
            "investigators",
            "COOPERATE",
        ),
        ("Exporters from both countries doubled two-way trade last year.", "trade", "COOPERATE"),
        # handing power to others yields it (CAMEO 0831); relief flown in is aid (CAMEO 073)
        ("The junta handed power to an elected civilian government.", "power", "CONCEDE"),
        ("Tents were flown to flood victims in the south.", "flown", "AID"),
        # easing sanctions or a trade ban is a RETREAT (CAMEO 085), as lifting them is
        ("The government relaxed sanctions on its northern neighbour.", "sanctions", "RETREAT"),
        ("The import ban on poultry was lifted on Monday.", "ban", "RETREAT"),
    ],
)
def test_cameo_category_wordings(sentence: str, trigger_word: str, expected: str) -> None:
    assert event_at(sentence, trigger_word).type == expected


def test_a_crowd_pelting_police_riots() -> None:
    (event,) = events_of("Students pelted police with eggs outside parliament.")
    assert (event.type, event.mode) == ("PROTEST", "riot")


@pytest.mark.parametrize(
    ("sentence", "trigger_word", "status"),
    [
        # "a general strike will begin" tells a planned strike, not one under way
        ("A general strike will begin on Monday, the union said.", "strike", "planned"),
        # what an event that took place will do leaves it taken place
        ("The agreement will see the debt converted into shares.", "agreement", "occurred"),
        ("The strike would cost the port a week of trade.", "strike", "occurred"),
    ],
)
def test_a_noun_before_a_modal_takes_its_status(
    sentence: str, trigger_word: str, status: str
) -> None:
    assert event_at(sentence, trigger_word).status == status


# CAMEO-category wordings, second round (issue #5, 2026-12-08); sentences composed for the tests.
@pytest.mark.parametrize(
    ("sentence", "trigger_word", "expected"),
    [
        # criticism told as "blasted" a decision or a plan (CAMEO 111)
        (
            "The opposition blasted the government's decision to raise fuel prices.",
            "blasted",
            "ACCUSE",
        ),
        # a rally police broke up is still a rally on the timeline ("broke up" alone is too
        # often talks or companies to code; "dispersed" codes the crackdown)
        (
            "Riot police broke up a rally of opposition supporters in the capital.",
            "rally",
            "PROTEST",
        ),
        # occupying territory is a seizure (CAMEO 192, COERCE seize)
        ("Government troops occupied the disputed border town on Monday.", "occupied", "COERCE"),
        ("Dissidents have been made to sign confessions, their lawyers said.", "made", "COERCE"),
        ("The ministry said its neighbour had committed open aggression.", "committed", "ACCUSE"),
        ("Rebel radio said the army was guilty of war crimes in the north.", "guilty", "ACCUSE"),
        ("Striking miners cut off the main coal railway on Friday.", "cut", "PROTEST"),
        ("The seized files were handed over to the authorities in Kigali.", "handed", "COOPERATE"),
        (
            "The rebels dismissed the government's proposed peace accord as a sham.",
            "dismissed",
            "REJECT",
        ),
    ],
)
def test_cameo_category_wordings_round_two(sentence: str, trigger_word: str, expected: str) -> None:
    assert event_at(sentence, trigger_word).type == expected


def test_blasting_a_ball_accuses_no_one() -> None:
    assert all(event.type != "ACCUSE" for event in events_of("Rooney blasted the ball home."))


def test_a_crowd_riots_past_an_aside_between_commas() -> None:
    sentence = (
        "Thousands of protesters in the port of Vlora, demanding the resignation of the "
        "president, set fire to the police headquarters."
    )
    event = event_at(sentence, "set fire")
    assert (event.type, event.mode) == ("PROTEST", "riot")


@pytest.mark.parametrize(
    ("sentence", "trigger_word", "expected"),
    [
        # armed men who ransack or vandalise seize or damage property (CAMEO 171)
        (
            "The offices of the weekly were ransacked by armed men overnight.",
            "ransacked",
            ("COERCE", "seize"),
        ),
        (
            "Soldiers vandalised the printing presses of the opposition daily.",
            "vandalised",
            ("COERCE", "seize"),
        ),
        # a crowd's looting stays its own, whoever reports it
        (
            "Police said rioters had ransacked dozens of shops.",
            "ransacked",
            ("PROTEST", "vandalize"),
        ),
        # the forces that report a riot did not riot
        (
            "Police said on Sunday that rioters had smashed shop windows in the town.",
            "smashed",
            ("PROTEST", "vandalize"),
        ),
    ],
)
def test_armed_men_seize_where_crowds_vandalise(
    sentence: str, trigger_word: str, expected: tuple[str, str]
) -> None:
    event = event_at(sentence, trigger_word)
    assert (event.type, event.mode) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger_word", "expected"),
    [
        # an expulsion of thousands is a mass expulsion (CAMEO 201)
        ("The government expelled some 20,000 migrant workers last month.", "expelled", "ASSAULT"),
        ("The expulsion of thousands of farm workers drew protests.", "expulsion", "ASSAULT"),
        # expelling diplomats or journalists stays a sanction or a deportation
        ("The government expelled five diplomats on Monday.", "expelled", "SANCTION"),
        ("The regime expelled foreign journalists in 1998.", "expelled", "COERCE"),
    ],
)
def test_only_expulsions_of_thousands_are_assaults(
    sentence: str, trigger_word: str, expected: str
) -> None:
    assert event_at(sentence, trigger_word).type == expected


def test_a_noun_with_modifiers_before_a_modal_takes_its_status() -> None:
    assert (
        event_at("A nationwide general strike will begin on Monday.", "strike").status == "planned"
    )
    warned = (
        "The governor warned that an around-the-clock curfew would be imposed if stoning resumed."
    )
    assert event_at(warned, "curfew").type == "THREATEN"


def test_a_party_that_faces_being_banned_is_threatened() -> None:
    event = event_at("The party faces being banned if the strike goes ahead.", "banned")
    assert event.status == "threatened"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # in the passive the addressee is the subject: the act is asked for, not done
        ("The rebels were told by the mediators to lay down their arms.", ("REQUEST", "yield")),
        ("The government was asked to release the prisoners.", ("REQUEST", "yield")),
        ("Syria was urged to withdraw its troops from Lebanon.", ("REQUEST", "yield")),
    ],
)
def test_a_passive_request_codes_what_it_asks_for(sentence: str, expected: tuple[str, str]) -> None:
    assert [(event.type, event.mode) for event in events_of(sentence)] == [expected]


def test_a_passive_request_for_no_act_is_no_event() -> None:
    assert events_of("Too often, people were told to make a choice between two evils.") == ()
    assert events_of("The party is pushing to win the seat.") == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # occupying a building, a square or land is a protest's obstruction
        ("Striking workers occupied the ministry building on Monday.", ["PROTEST"]),
        ("Landless farmers occupied three estates in the north.", ["PROTEST"]),
        # occupying a place in a chart, a race, a debate or the mind is no event
        ("Six of his old tracks are occupying spots in the top 40.", []),
        ("The party learned to occupy the political centre ground.", []),
        ("Environmental issues are still occupying our thoughts.", []),
    ],
)
def test_only_occupying_a_place_is_an_occupation(sentence: str, expected: list[str]) -> None:
    assert [event.type for event in events_of(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # economic demand is no request, a demand made of someone still is
        ("Domestic demand rose by 0.2% in the quarter.", []),
        ("A fall in demand for electronic parts hit exporters.", []),
        ("Production is outstripping demand by about 30%.", []),
        ("The union renewed its demand for a pay rise.", ["REQUEST"]),
        # a shot in a match, a share price that shot up, the shot put: no shooting
        ("His low shot was saved by the goalkeeper.", []),
        ("Shares shot up 7% in early trading.", []),
        ("She won the women's shot put with a throw of 17 metres.", []),
        # shootings stay shootings
        ("Police shot dead two protesters.", ["ASSAULT"]),
        ("Shots were fired near the palace.", ["ASSAULT"]),
    ],
)
def test_business_and_sport_senses_are_no_events(sentence: str, expected: list[str]) -> None:
    assert [event.type for event in events_of(sentence)] == expected


def test_declining_to_comment_is_no_rejection() -> None:
    assert "REJECT" not in {e.type for e in events_of("Police declined to comment on the arrests.")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # weapons sent or shipped to someone, and arming a group, are military aid (CAMEO 072)
        ("The United States shipped anti-tank missiles to Kiev.", ("AID", None)),
        ("Iran armed the Houthi rebels.", ("AID", None)),
        ("The donors disbursed the first tranche of the grant.", ("AID", None)),
        # seeking mediation, talks or relief is a request (CAMEO 108, 103)
        ("Peru sought international mediation in its border dispute.", ("REQUEST", "meet")),
        ("Haiti is seeking emergency aid from its neighbours.", ("REQUEST", "assist")),
        # rallying others against someone is a disapproval (CAMEO 113)
        (
            "Cuba lobbied Latin American governments against the US resolution.",
            ("ACCUSE", "disapprove"),
        ),
        # people expelled from a country are deported (CAMEO 174); members from a party are not
        ("Two Western reporters were expelled from Burma.", ("COERCE", "deport")),
        ("The bishop was expelled from the country in 1982.", ("COERCE", "deport")),
        ("The dissident MP was expelled from the party.", ("SANCTION", "expel")),
        # a closure imposed on a territory restricts movement (CAMEO 191)
        ("Israel imposed a total closure on Gaza.", ("COERCE", "restrict")),
        # a border reopened to trade is economic cooperation (CAMEO 061)
        ("The two countries reopened their border to trade.", ("COOPERATE", None)),
        # tanks and settlers, and a front line, make a violent word physical
        ("Tanks pounded the suburbs overnight.", ("ASSAULT", "heavy-weapons")),
        ("Settlers burned down an olive grove.", ("ASSAULT", "destroy")),
        ("Iran and Iraq fought along the border for eight years.", ("ASSAULT", None)),
    ],
)
def test_terse_cameo_wordings(sentence: str, expected: tuple[str, str | None]) -> None:
    assert [(event.type, event.mode) for event in events_of(sentence)][:1] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The senator lobbied for new measures against terrorism.", ["SUPPORT"]),
        ("The two parties fought along party lines over the budget.", []),
        ("Kenya sought to boost trade with Uganda.", ["AGREE"]),
        ("Hezbollah fired rockets into northern Israel.", ["ASSAULT"]),
    ],
)
def test_terse_wordings_leave_their_neighbours_alone(sentence: str, expected: list[str]) -> None:
    assert [event.type for event in events_of(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Egypt threw its weight behind the Arab peace initiative.", ("SUPPORT", None)),
        ("Moscow stood by its ally in the Security Council.", ("SUPPORT", None)),
        ("Five states extended diplomatic recognition to Kosovo.", ("SUPPORT", None)),
        ("Japan expressed deep regret for the suffering it caused.", ("SUPPORT", None)),
        ("Peru and Bolivia coordinated their anti-drug operations.", ("COOPERATE", None)),
        ("Colombia turned over two guerrilla leaders to US authorities.", ("COOPERATE", None)),
        ("Aid agencies set up shelters for the flood victims.", ("AID", None)),
        ("French officers trained the Malian army.", ("AID", None)),
        ("Pakistan took in three million Afghan refugees.", ("AID", None)),
        ("The junta relaxed its controls on the press.", ("CONCEDE", None)),
        ("The rebels let the two nuns go.", ("RETREAT", "release")),
        ("The court ordered the release of the opposition leader.", ("REQUEST", "yield")),
        ("Britain hinted at military action against the regime.", ("THREATEN", None)),
        ("Syria concentrated troops along the Turkish border.", ("MOBILIZE", "troops")),
        ("Two frigates were dispatched to the Adriatic.", ("MOBILIZE", "troops")),
        ("The Commonwealth suspended Fiji after the coup.", ("SANCTION", "expel")),
        ("Egypt pulled out of the Arab defence pact.", ("SANCTION", "withdraw")),
        ("Police handcuffed three student leaders.", ("COERCE", "arrest")),
        (
            "The junta barred the former premier from contesting the election.",
            ("COERCE", "restrict"),
        ),
        ("Pirates seized a Danish cargo ship off Somalia.", ("ASSAULT", "abduct")),
        ("Saddam's forces gassed the town of Halabja.", ("ASSAULT", "unconventional")),
        ("The militia wiped out two villages near the border.", ("ASSAULT", None)),
    ],
)
def test_terse_cameo_wordings_second_batch(sentence: str, expected: tuple[str, str | None]) -> None:
    assert [(event.type, event.mode) for event in events_of(sentence)][:1] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The army trained its own soldiers at the base.",
        "Troops were sent home after the crisis.",
        "The team set up camps for the summer.",
        "The storm wiped out the harvest.",
    ],
)
def test_terse_second_batch_wordings_leave_everyday_senses_alone(sentence: str) -> None:
    assert events_of(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a gap never crosses a clause of its own: the talks are suspended, not the bombing
        ("Israel suspended the peace talks after the bombing.", ("SANCTION", "withdraw")),
        ("The rebels suspended their attacks after the election.", ("CONCEDE", None)),
        ("The government ordered all foreign agencies out of the north.", ("SANCTION", "expel")),
        ("The EU froze its association agreement with Belarus.", ("SANCTION", "withdraw")),
        ("Washington lifted its ban on imports from Burma.", ("RETREAT", None)),
        ("NATO gave the militias until Friday to hand in their guns.", ("THREATEN", None)),
        ("The two parties vowed to resolve their differences peacefully.", ("AGREE", None)),
        ("Japan will provide Cambodia with police vehicles.", ("AGREE", None)),
        ("Japan provided Cambodia with army trucks.", ("AID", None)),
        ("The World Bank released $40 million in emergency aid for Haiti.", ("AID", None)),
        ("Helicopters brought tents and blankets to the flood victims.", ("AID", None)),
        ("Volunteers handed out rations in the camps.", ("AID", None)),
        ("The government withdrew the tax increase after the riots.", ("CONCEDE", None)),
    ],
)
def test_terse_cameo_wordings_third_batch(sentence: str, expected: tuple[str, str | None]) -> None:
    assert [(event.type, event.mode) for event in events_of(sentence)][:1] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a concession its speaker says it may make is an offer (CAMEO 035)
        ("The EU signalled it might ease its sanctions on Burma.", ("AGREE", "occurred")),
        ("Israel indicated it could pull its troops out of the zone.", ("AGREE", "occurred")),
        ("The rebels said they may release the hostages.", ("AGREE", "occurred")),
        # a possibility told of others stays a possibility
        ("The EU may lift its sanctions on Burma.", ("RETREAT", "uncertain")),
    ],
)
def test_a_concession_its_speaker_moots_is_an_offer(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert [(event.type, event.status) for event in events_of(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Chinese premier made his first visit to Seoul.", ("CONSULT", "visit")),
        ("The minister spoke out in defence of the army.", ("SUPPORT", None)),
        ("The bishop expressed remorse for the church's silence.", ("SUPPORT", None)),
        ("UNICEF opened two schools for displaced children.", ("AID", None)),
        ("Fiji contributed a battalion to the UN force.", ("AID", None)),
        ("The junta allowed opposition parties to campaign.", ("CONCEDE", None)),
        ("Peru returned the seized vessels to Ecuador.", ("RETREAT", "release")),
        ("The army opened a humanitarian corridor to the city.", ("RETREAT", "access")),
        ("Dozens of soldiers deserted to the guerrillas.", ("RETREAT", "withdraw")),
        ("The prime minister instructed the police to stop the march.", ("REQUEST", "change")),
        ("Moscow described the air strikes as illegal.", ("ACCUSE", "disapprove")),
        # a protest made to a named state is an official complaint (CAMEO 114)
        ("China protested to the United States about the spy plane.", ("ACCUSE", "disapprove")),
        ("Thousands protested to demand jobs in Tunis.", ("PROTEST", "demo")),
        ("The new government tore up the treaty with its neighbour.", ("REJECT", None)),
        ("Pakistan fired test missiles into the Arabian Sea.", ("MOBILIZE", "weapons")),
        ("Riot police were brought in to guard the embassy.", ("MOBILIZE", "police")),
        ("Argentina cut all ties with the military regime.", ("SANCTION", "withdraw")),
        ("Germany halted arms shipments to Turkey.", ("SANCTION", None)),
        ("The bank cancelled its loans to Serbia.", ("SANCTION", None)),
        ("Angola asked the UN observers to leave.", ("SANCTION", "expel")),
        ("The court disqualified two opposition candidates.", ("COERCE", "restrict")),
        ("Hong Kong forcibly repatriated 50 Vietnamese boat people.", ("COERCE", "deport")),
        ("Police picked up three student activists.", ("COERCE", "arrest")),
        ("Guards beat the inmates with rifle butts.", ("ASSAULT", "beat")),
    ],
)
def test_terse_cameo_wordings_fourth_batch(sentence: str, expected: tuple[str, str | None]) -> None:
    assert [(event.type, event.mode) for event in events_of(sentence)][:1] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two leaders conferred privately in Geneva.", ("CONSULT", None)),
        ("King Hassan welcomed the Israeli premier to Rabat.", ("CONSULT", "visit")),
        ("The UN sent a special envoy to Burundi.", ("CONSULT", "third-party")),
        ("Police in three countries helped investigators trace the money.", ("COOPERATE", None)),
        ("French troops were sent to guard the airport in Kigali.", ("AID", None)),
        ("Kuwait gave 10 million dollars to the refugees.", ("AID", None)),
        ("The last Russian troops left Estonia on Wednesday.", ("RETREAT", "withdraw")),
        ("Farmers lobbied the government for cheaper fuel.", ("REQUEST", "change")),
        ("The bishops spoke out against the death penalty.", ("ACCUSE", "disapprove")),
        ("The foreign ministry protested the arrest of its diplomat.", ("ACCUSE", "disapprove")),
        ("Miners struck for better safety rules.", ("PROTEST", "strike")),
        ("The president called in the army to end the looting.", ("MOBILIZE", "troops")),
        ("The army sealed the border with Iraq.", ("COERCE", "restrict")),
        ("Serb guns bombarded Srebrenica.", ("ASSAULT", "aerial")),
        ("Chlorine gas was released in the market.", ("ASSAULT", "unconventional")),
        # deciding against an act refuses it
        ("The EU decided against lifting its sanctions on Belgrade.", ("REJECT", None)),
    ],
)
def test_terse_cameo_wordings_fifth_batch(sentence: str, expected: tuple[str, str | None]) -> None:
    assert [(event.type, event.mode) for event in events_of(sentence)][:1] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Students protested the fee rise.", ["PROTEST"]),
        ("Workers were struck by a falling crane.", []),
        # troops that leave their barracks, or leave for a war, withdraw from nowhere
        ("The troops left the barracks at dawn.", []),
        ("The first French troops left for Rwanda on Monday.", []),
    ],
)
def test_terse_fifth_batch_wordings_in_other_senses(sentence: str, expected: list[str]) -> None:
    assert [event.type for event in events_of(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The cabinet agreed to reconsider the ban on rallies.", ("AGREE", None)),
        ("Iran and Armenia opened a joint hydroelectric plant.", ("COOPERATE", None)),
        ("Jordan provided Israel with intelligence on the cell.", ("COOPERATE", None)),
        ("France sold Mirage jets to India.", ("AID", None)),
        ("Kuwait sought American help against Iraq.", ("REQUEST", "assist")),
        ("The Chinese navy carried out drills near the islands.", ("MOBILIZE", "troops")),
        ("Iran ordered two British diplomats to leave the country.", ("SANCTION", "expel")),
        ("Baghdad vowed to hit back at any aggression.", ("THREATEN", "violence")),
        # the state's forces laying a blockade restrict movement (CAMEO 191)
        ("Troops encircled the rebel town.", ("COERCE", "restrict")),
        ("Police blocked the road to the airport.", ("COERCE", "restrict")),
        # a crowd's or rebels' blockade stays an obstruction
        ("Farmers blocked the road to the airport.", ("PROTEST", "obstruct")),
        ("Former police officers blocked traffic in the capital.", ("PROTEST", "obstruct")),
    ],
)
def test_terse_cameo_wordings_sixth_batch(sentence: str, expected: tuple[str, str | None]) -> None:
    assert [(event.type, event.mode) for event in events_of(sentence)][:1] == [expected]


def test_sought_to_help_is_no_request_for_help() -> None:
    assert [event.type for event in events_of("Kenya sought to help the refugees.")] != ["REQUEST"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Swiss diplomats brokered talks between the two factions.", ("CONSULT", "third-party")),
        ("Forty states signed the convention against torture.", ("SUPPORT", None)),
        ("Kenya handed two suspects over to the tribunal in Arusha.", ("COOPERATE", None)),
        ("Canada granted refugee status to the defecting diplomat.", ("AID", None)),
        ("The pullout of Syrian troops began on Monday.", ("RETREAT", "withdraw")),
        ("The UN sent investigators to the camp.", ("ACCUSE", "investigate")),
        ("The judge ordered police to release the detainees.", ("REQUEST", "change")),
        ("The regime blocked access to opposition websites.", ("COERCE", "censor")),
        ("Soldiers closed off the area around the palace.", ("COERCE", "restrict")),
        ("The militia expelled the Muslim population of the town.", ("ASSAULT", None)),
    ],
)
def test_terse_cameo_wordings_seventh_batch(
    sentence: str, expected: tuple[str, str | None]
) -> None:
    assert [(event.type, event.mode) for event in events_of(sentence)][:1] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The guerrillas handed over the abducted nurses to the Red Cross.",
            ("RETREAT", "release"),
        ),
        ("Moscow rapped Kiev for its handling of the crisis.", ("ACCUSE", "disapprove")),
        ("Burma barred the UN envoy from visiting the prisons.", ("REJECT", None)),
        ("The opposition quit the national unity talks.", ("SANCTION", "withdraw")),
        ("Soldiers set up checkpoints around the camp.", ("COERCE", "restrict")),
        ("Rebel forces seized the town of Kindu.", ("ASSAULT", None)),
        ("Vietnam and Laos set up a joint development fund.", ("COOPERATE", None)),
        ("The two services swapped intelligence on the smugglers.", ("COOPERATE", None)),
        ("Aid agencies rushed medicine to the flooded areas.", ("AID", None)),
        ("Libya funnelled money to the rebels.", ("AID", None)),
        ("The army provided shelter to the displaced families.", ("AID", None)),
        ("France sent frigates to escort the aid ships.", ("AID", None)),
        ("Riot police were deployed outside the embassy.", ("MOBILIZE", "police")),
        ("Allied jets pounded Iraqi positions.", ("ASSAULT", "heavy-weapons")),
    ],
)
def test_terse_cameo_wordings_eighth_batch(sentence: str, expected: tuple[str, str | None]) -> None:
    assert [(event.type, event.mode) for event in events_of(sentence)][:1] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the commitment takes the return, not the capture its object was told by
        ("Iran said it was ready to return the captured sailors.", ("AGREE", None)),
        ("Iraq returned the two pilots to Kuwait.", ("RETREAT", "release")),
        ("Moscow furnished the separatists with tanks.", ("AID", None)),
        ("The militia destroyed its stockpile of landmines.", ("RETREAT", "disarm")),
        ("The besieged garrison capitulated on Sunday.", ("RETREAT", "disarm")),
        ("The Pentagon ordered two aircraft carriers to the Gulf.", ("MOBILIZE", "troops")),
        ("Congress blocked economic aid to Pakistan.", ("SANCTION", None)),
        ("Germany expelled three Islamist preachers.", ("COERCE", "deport")),
        ("The militia blocked aid convoys to the city.", ("COERCE", "restrict")),
    ],
)
def test_terse_cameo_wordings_ninth_batch(sentence: str, expected: tuple[str, str | None]) -> None:
    assert [(event.type, event.mode) for event in events_of(sentence)][:1] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a harm told in a participle before its noun is what befell the noun, not a threat
        (
            "The government pledged to rebuild the bombed villages.",
            [("AGREE", "occurred"), ("ASSAULT", "occurred")],
        ),
        (
            "Japan promised to compensate the kidnapped workers.",
            [("AGREE", "occurred"), ("ASSAULT", "occurred")],
        ),
        # a vow to attack is still a threat (the vow and the act it commits to)
        (
            "The rebels vowed to attack the capital.",
            [("THREATEN", "occurred"), ("THREATEN", "occurred")],
        ),
    ],
)
def test_a_harm_told_before_its_noun_is_no_threat(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(event.type, event.status) for event in events_of(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # idioms and rarer verbs of the CAMEO categories
        ("Donors earmarked $50 million for the returning refugees.", ("AGREE", None)),
        ("The Syrian foreign minister journeyed to Riyadh.", ("CONSULT", "visit")),
        ("The president saluted the courage of the rescue workers.", ("SUPPORT", None)),
        ("Moscow rushed to the defence of its ally.", ("SUPPORT", None)),
        ("Israel and Oman opened interest sections.", ("SUPPORT", None)),
        ("Kenya and Uganda opened their border to free trade.", ("COOPERATE", None)),
        ("The two navies held rescue drills together.", ("COOPERATE", None)),
        ("The IMF bailed out the country's economy.", ("AID", None)),
        ("The army eased its siege of the town.", ("RETREAT", None)),
        ("The auditor general launched an audit of the ministry.", ("ACCUSE", "investigate")),
        ("The minister railed against the court's ruling.", ("ACCUSE", "disapprove")),
        ("Kabul pointed the finger at Islamabad for the bombing.", ("ACCUSE", "disapprove")),
        ("Vietnam filed a protest with China over the islands.", ("ACCUSE", "disapprove")),
        ("The envoy took Moscow to task over the arrests.", ("ACCUSE", "disapprove")),
        ("The unions dug in their heels over pay.", ("REJECT", None)),
        ("Parliament threw out the government's compromise plan.", ("REJECT", None)),
        ("Thousands disobeyed the ban on rallies.", ("REJECT", None)),
        ("Beijing rattled its sabres over the islands.", ("THREATEN", None)),
        ("Supporters went on the rampage after the verdict.", ("PROTEST", "riot")),
        ("The country was put on a war footing.", ("MOBILIZE", "troops")),
        ("Libya pulled its ambassador out of Beirut.", ("SANCTION", "withdraw")),
        ("The EU slashed its aid to the junta.", ("SANCTION", None)),
        ("The rebels walked away from the talks.", ("SANCTION", "withdraw")),
        ("Police nabbed two suspects in Karachi.", ("COERCE", "arrest")),
        ("The regime locked up hundreds of dissidents.", ("COERCE", "arrest")),
        ("The junta gagged the independent press.", ("COERCE", "censor")),
        ("Malaysia sent 300 migrants back to Indonesia.", ("COERCE", "deport")),
        ("The army cut off the rebel-held enclave.", ("COERCE", "restrict")),
        ("Spain deported the banker to face trial in Argentina.", ("COOPERATE", None)),
        ("Gunmen mowed down five worshippers.", ("ASSAULT", None)),
        ("Police roughed up the reporters.", ("ASSAULT", "beat")),
    ],
)
def test_terse_cameo_wordings_eleventh_batch(
    sentence: str, expected: tuple[str, str | None]
) -> None:
    assert [(event.type, event.mode) for event in events_of(sentence)][:1] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hamilton nabbed pole position in Monaco.",
        "The farmer mowed the grass down by the river.",
        "The star rapped over a hip-hop beat.",
    ],
)
def test_eleventh_batch_wordings_leave_everyday_senses_alone(sentence: str) -> None:
    assert events_of(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the idioms of wire copy for the CAMEO categories
        ("Seoul held out an olive branch to Pyongyang.", ("AGREE", None)),
        ("Paris floated the idea of lifting the arms embargo.", ("AGREE", None)),
        ("The envoy swung through four African capitals.", ("CONSULT", "visit")),
        ("The ministers compared notes on the refugee crisis.", ("CONSULT", None)),
        ("The bankers gave the reforms a vote of confidence.", ("SUPPORT", None)),
        ("Moscow went to bat for Belgrade in the Security Council.", ("SUPPORT", None)),
        ("The king paid homage to the fallen soldiers.", ("SUPPORT", None)),
        ("The two neighbours joined hands to fight the smugglers.", ("COOPERATE", None)),
        ("British and French jets flew joint sorties over Bosnia.", ("COOPERATE", None)),
        ("The government forces beat a hasty retreat.", ("RETREAT", "withdraw")),
        ("The warlord stood down his militia.", ("RETREAT", "disarm")),
        ("UN monitors checked reports of new fighting.", ("ACCUSE", "investigate")),
        ("Tehran poured scorn on the European offer.", ("ACCUSE", "disapprove")),
        ("The opposition cried foul over the count.", ("ACCUSE", "disapprove")),
        ("The tabloid levelled charges of fraud against the minister.", ("ACCUSE", "allege")),
        ("The rebels poured cold water on the peace plan.", ("REJECT", None)),
        ("The president stuck to his guns on privatisation.", ("REJECT", None)),
        ("The parliament shot down the government's budget plan.", ("REJECT", None)),
        ("The dictator clung to power despite the protests.", ("REJECT", None)),
        ("The guerrillas swore revenge for the raid.", ("THREATEN", None)),
        ("Thousands flooded into the main square.", ("PROTEST", "demo")),
        ("Football fans ran amok in the city centre.", ("PROTEST", "riot")),
        ("Turkey beefed up its troops along the border.", ("MOBILIZE", "troops")),
        ("The government drafted in extra troops.", ("MOBILIZE", "police")),
        ("The two countries cut all ties.", ("SANCTION", "withdraw")),
        ("Kabul booted out two Iranian diplomats.", ("SANCTION", "expel")),
        ("Police hauled in dozens of protesters.", ("COERCE", "arrest")),
        ("The junta put the editor behind bars.", ("COERCE", "arrest")),
        ("The regime pulled the plug on the independent radio station.", ("COERCE", "censor")),
        ("Soldiers threw a cordon around the camp.", ("COERCE", "restrict")),
        ("Kidnappers spirited away two Italian engineers.", ("ASSAULT", "abduct")),
    ],
)
def test_terse_cameo_wordings_twelfth_batch(
    sentence: str, expected: tuple[str, str | None]
) -> None:
    assert [(event.type, event.mode) for event in events_of(sentence)][:1] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Miyazaki won an Oscar for Spirited Away, his best-known film.",
        "Heavy rain flooded the streets of the old town.",
    ],
)
def test_twelfth_batch_idioms_leave_everyday_senses_alone(sentence: str) -> None:
    assert "ASSAULT" not in {e.type for e in events_of(sentence)}
    assert "PROTEST" not in {e.type for e in events_of(sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two rival clans buried the hatchet.", ("AGREE", None)),
        ("Seoul extended a hand of friendship to Tokyo.", ("AGREE", None)),
        ("The presidents broke bread in Helsinki.", ("CONSULT", None)),
        ("The negotiators thrashed out a deal on water.", ("CONSULT", None)),
        ("Swiss diplomats acted as go-betweens for the two sides.", ("CONSULT", "third-party")),
        ("The council gave the green light to the peace plan.", ("SUPPORT", None)),
        ("London stood shoulder to shoulder with Washington.", ("SUPPORT", None)),
        ("The two agencies traded intelligence on the cartel.", ("COOPERATE", None)),
        ("The UN set up a field hospital in the camp.", ("AID", None)),
        ("The government made a U-turn on the tax.", ("CONCEDE", None)),
        ("The guerrillas melted away into the jungle.", ("RETREAT", "withdraw")),
        ("Investigators combed the site for clues.", ("ACCUSE", "investigate")),
        ("The opposition tore into the government's record.", ("ACCUSE", "disapprove")),
        ("The army pinned the bombing on the rebels.", ("ACCUSE", "disapprove")),
        ("The coach read the riot act to his players.", ("ACCUSE", "disapprove")),
        ("The rebels gave short shrift to the offer.", ("REJECT", None)),
        ("Belgrade slammed the door on the talks.", ("REJECT", None)),
        ("The hardliners torpedoed the peace talks.", ("REJECT", None)),
        ("The Senate killed the health bill.", ("REJECT", None)),
        ("The rebels vowed to take the war to the capital.", ("THREATEN", "violence")),
        ("Youths rampaged through the city centre.", ("PROTEST", "riot")),
        ("The army poured troops into the region.", ("MOBILIZE", "troops")),
        ("The regime showed off its new missiles.", ("MOBILIZE", "weapons")),
        ("The two governments broke off all contacts.", ("SANCTION", "withdraw")),
        ("Donors pulled the plug on aid to the regime.", ("SANCTION", None)),
        ("Rwanda showed the French ambassador the door.", ("SANCTION", "expel")),
        ("Soldiers helped themselves to the villagers' grain.", ("COERCE", "seize")),
        ("The poet was clapped in irons.", ("COERCE", "arrest")),
        ("Snipers picked off civilians crossing the bridge.", ("ASSAULT", None)),
        ("Police manhandled the protesters.", ("ASSAULT", "beat")),
        ("B-52s carpet-bombed the front lines.", ("ASSAULT", "aerial")),
        # a case taken to a court is a lawsuit; taking anything else "to the" is none
        ("The detainees took their case to the House of Lords.", ("ACCUSE", "allege")),
    ],
)
def test_terse_cameo_wordings_thirteenth_batch(
    sentence: str, expected: tuple[str, str | None]
) -> None:
    assert [(event.type, event.mode) for event in events_of(sentence)][:1] == [expected]


def test_taking_an_approach_to_something_is_no_lawsuit() -> None:
    events = events_of("The firm will take a constructive approach to the talks.")
    assert "ACCUSE" not in {event.type for event in events}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cairo and Tripoli mended fences at the summit.", ("AGREE", None)),
        ("The two clans made peace after the drought.", ("AGREE", None)),
        ("The mediators sat around the table with both sides.", ("CONSULT", None)),
        ("Havana closed ranks with Caracas.", ("SUPPORT", None)),
        ("The breakaway region won recognition from Moscow.", ("SUPPORT", None)),
        ("The two states forged a military alliance.", ("COOPERATE", None)),
        ("Peru surrendered the fugitive banker to Argentine police.", ("COOPERATE", None)),
        ("The IMF threw a financial lifeline to Ukraine.", ("AID", None)),
        ("Moscow propped up the Syrian regime.", ("AID", None)),
        ("Germany opened its doors to the Bosnian refugees.", ("AID", None)),
        ("The junta loosened the reins on the economy.", ("CONCEDE", None)),
        ("The rebels handed the two pilots back to the army.", ("RETREAT", "release")),
        ("The gunmen laid down their guns.", ("RETREAT", "disarm")),
        ("The speaker laid into the government over the cuts.", ("ACCUSE", "disapprove")),
        ("Washington wagged its finger at Beijing.", ("ACCUSE", "disapprove")),
        ("The critics savaged the government's handling of the floods.", ("ACCUSE", "disapprove")),
        ("Tokyo registered a formal protest with Moscow.", ("ACCUSE", "disapprove")),
        ("The church frowned upon the new divorce law.", ("ACCUSE", "disapprove")),
        ("The rebels gave the thumbs-down to the proposal.", ("REJECT", None)),
        ("The governor put his foot down over the strike.", ("REJECT", None)),
        ("Iraq moved armour up to the border.", ("MOBILIZE", "troops")),
        ("The government flooded the city with troops.", ("MOBILIZE", "police")),
        ("Donors shut off the aid to the regime.", ("SANCTION", None)),
        ("Britain declared the attache persona non grata.", ("SANCTION", "expel")),
        ("The junta silenced the independent press.", ("COERCE", "censor")),
        ("Police bundled the activists into a plane.", ("COERCE", "deport")),
        ("Soldiers ringed the parliament with tanks.", ("COERCE", "restrict")),
        ("The regime banished the poet to the provinces.", ("COERCE", "deport")),
        ("Gunmen seized a busload of pilgrims.", ("ASSAULT", "abduct")),
        ("Gunmen cut down two policemen in Karachi.", ("ASSAULT", None)),
        ("The army turned its guns on the protesters.", ("ASSAULT", None)),
    ],
)
def test_terse_cameo_wordings_fourteenth_batch(
    sentence: str, expected: tuple[str, str | None]
) -> None:
    assert [(event.type, event.mode) for event in events_of(sentence)][:1] == [expected]
