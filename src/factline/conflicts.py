"""Check stage: figures and events that cannot all be true.

Two figures disagree (`figure`) when they measure the same thing (the same measure, arrests and
detentions being one, of subjects where one is the other or a part of it, for places where one
is the other or lies within it, on the same day) and their ranges cannot both hold: for the same
subject and place the ranges are disjoint; for a part ("protesters", "Almaty") its least value
exceeds the most the whole ("people", "Kazakhstan") is given. A later, higher death or injury
toll (or count of arrests so far) is an update, not a disagreement; a later, lower one from
another report is, unless it counts those still in hospital or in custody; arrests are
compared so only when both are totals so far ("since the protests began", "had been arrested
nationwide"); other figures of different days are never compared. A figure told as a rise
("the number rose to 55") is an update of a lower figure told before it, and a part ("18
others", "a further 11") bounds nothing narrower than itself, nor do counts that only bound a
toll from below (bodies recovered, deaths in custody); a part that counts all of a named
group or place ("361 injured, including 105 police officers", "61 dead, 40 of them in
Port-au-Prince") is the whole count of that group or place, which another source may give
differently. Those held or in hospital now are some of all who were ever held or hurt ("151
remained in custody", "300 detained since the protests began"), not a rival count, unless they
outnumber a total so far told the same day or later. The attackers ("15 gunmen") are no part of
a toll told in another sentence, which counts their victims. A place the gazetteer lacks but
the text names ("in Zinda Jan district", or its speakers' "our village") lies within the whole
and bounds nothing else; two reports' counts for no place (or for their own area by default)
are both the whole crisis's, whichever area each report names most, and so is a count told
"nationwide" whatever town its sentence opens with. In one sentence, two sources' figures of
one measure are rivals even when one is told as a rise or names no subject of its own. A rise
of a source's own count ("its count has since risen to 58") updates only that source's
figures; a toll told as one group's count ("put the toll at 12 civilians") is that source's
whole toll, a rival of another's count of people; bodies recovered in a place are bounded by
that place's whole count ("14 dead, nine of them in Sunamganj"); and a figure a source "had
put" on an earlier day, restated later, is that day's word, not a later report's fuller count
of that day.
A source denying, on the same day, a figure that another source gives (or a count within the
one it denies: "denied that any protesters were killed" against "13 protesters in Nairobi") is
a `fact` conflict; one that denies a figure and gives its own that cannot both hold ("denied
that 24 protesters were killed, saying 17 people died") is a `figure` conflict. The same event
on two different days is a `date` conflict (`event_conflicts`).

A pair the rules above let pass is judged again by a small learned decider (`learned_conflict`, a
logistic regression over readable features, `resources/figures/conflict_model.json`), so that
figures whose subject, place or day the rules read a little off can still be flagged; it never
overrides the rules' certain vetoes (`never_conflict`) and only flags disjoint ranges.

Counts that are some of a total are parts too: those of the latest week beside a count since
an earlier day ("Confirmed deaths this week: 6"), those charged among those arrested, the dead
of the forces' own fire ("four men shot by police", rivals only of another count of them); a
count of "anywhere else" leaves out the places its sentence names; "the true number" of dead is
a rival of another source's count of one group ("19 miners"); and a count "this year" is dated
as its report.

Counts that fall or grow within one telling: the missing are found, so a lower count of them for
a later day or in a later report, or told after as "still missing", is an update; one source's
higher count told after its own lower one in the same report ("Civil Protection says four are
dead … the toll stands at 15, according to Civil Protection") is its count grown; a "first" toll
is a past figure. The dead of a `toll_groups` group ("15 inmates") are a whole toll, a rival of
another's count of people; two sources' counts that each bound the toll from below the same way
(bodies counted, people treated in hospital) are rivals; deaths "by a soldier's bullet" are the
forces' dead; and a group among those a hospital took in is some of that group, not all of it.

Some counts only look like rivals. Those still hurt or held are some of all who ever were,
unless two sources set them against each other; an open figure ("at least twelve") asserts
only its floor, so it does not say the "more than twenty" a source denies; the counts before a
sum ("ten in all") are its parts, and so are deaths counted in some hospitals; a denial that
the forces shot four protesters says nothing of a riot's toll of four; and in a running account
("7:30 a.m. …", "By Monday evening. …") a source's count that its own later entry replaces is
its past, no rival of another source's count.

Recaps and running accounts are read by the time their sentences open with ("By 6 p.m., …",
"On Wednesday morning, …", "On Tuesday the Red Cross put the toll at 23"): in one report, a
higher count told for a later day or hour is the count grown, whoever gives it (unless it is
one source's own count grown); a figure so dated to an earlier day than its report's is that
day's word; and a later report's lower count so dated to a day before is no fall.
Counts of one sentence that add up to a count told just before break it down, and two
deployments one sentence tells are two contingents.

Live pages and digests tell their hours in other ways too. In a running account of timed
entries ("14:40 …", "07:30 — …"), a higher count that a later entry gives in no one's name is
the account's own toll grown, and a lower count of the missing there is the missing found; a
figure told with the hour it was given ("gave 5 dead at 11:00") is that hour's word; "Today"
opens the report's own day, and a clause may open with its own hour ("by late morning they
said four"). A toll told as the one of now ("the toll is now four") is a rise, while a source
that "now says" a figure grows only its own count ("whose count has risen to seven" too).
Those a figure counts may be named between commas before its verb ("one person, the site
manager, is now detained"); the dead among a hospital's patients are a part of the toll; and
a toll told to hold the forces' dead ("most of them shot by soldiers") meets a denial that
they shot anyone.

A count given in place of a figure it denies ("the bodies of four young men, not three") is a
rival of whoever gave that figure, even of a lower count told a day before; a toll told with
the deaths that raised it ("ten dead, after one more patient died") is a rise; and a shot told
in the next thing a source said ("that two people died and that no demonstrator was hit by a
bullet") does not make the dead counted before it the forces' own.

A figure and the figures in brackets after it ("Killed: 7 (5 men and 2 boys)", "Households
displaced: 140 (approximately 600 people)") are a count and its breakdown, never rivals; a
piece of one group left unnamed ("6 men") meets other counts only through the figure it breaks
down, while a piece told for a place ("71 (Juba 49, Malakal 22)") is still that place's count.
The writer's own voice ("we", "our team") is one source throughout its report, and one place's
share ("the town alone had lost 12", "in our camp") lies within the whole. A figure only
claimed ("a post … claims 40 died") does not belie a denial of the rumour it repeats.
A series one sentence tells over days ("23 on Tuesday, 26 on Wednesday and 27 now", "from 17
on Tuesday to nine on Wednesday and to three this morning") is one count as the days went: its
figures update each other, never rivals.

`figure_conflicts` works on claims from any number of reports (each wrapped in `ClaimInContext`
with its report's date, outlet and place objects), so the stories stage can call it across a
story; `find_conflicts` is the one-report stage that `analyze` runs.
"""

from __future__ import annotations

import importlib
import itertools
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, Literal

from factline.event_conflicts import event_date_conflicts as event_date_conflicts
from factline.figure_lexicon import subject_within, toll_groups
from factline.figure_mentions import DENIED_ONLY
from factline.figures import (
    day_of_the_entry,
    in_a_name,
    part_claims,
    place_kind,
    place_part_claims,
    place_told_for,
    subgroup_claims,
)
from factline.quantities import find_quantity, format_range, load_resource, tokenize
from factline.record import (
    Analysis,
    Attribution,
    Claim,
    Conflict,
    ConflictKind,
    Place,
    Sentence,
    Time,
)

Scope = Literal["same", "first_in_second", "second_in_first"]
_UNCOMPARED_MEASURES = frozenset({"price", "other"})
_EVENT_MEASURES = frozenset({"participants", "deployed"})
_SAME_COUNT = {"arrested": "held", "detained": "held"}
_RISING = re.compile(
    r"\b(?:(?:rises|rose|risen|rising|climbs|climbed|climbing|jumps|jumped|increased|grew|grown"
    r"|swelled)"
    r"\s(?:\w+\s){0,2}?"
    r"|rais(?:ed|es|ing)\s(?:\w+\s){0,4}?"  # "raised the toll to", "raises its count … to"
    r"|bringing\s(?:\w+\s){0,7}?)"  # "bringing the number of deaths at this hospital to"
    r"to\s(?:(?:at\sleast|more\sthan|over|nearly|about|around)\s)?$"
)
_RISING_WINDOW = 56  # "bringing the number of deaths at this hospital to"
# "the toll is now four", "the count now stands at 31": the toll itself, told as the one that
# holds now, above those told before it ("ACAJ now says 131" is a source's own count, which
# may rival another's)
_NOW_TOLD = re.compile(
    r"\b(?:toll|tally|count|total)\s(?:(?:is|stands)\snow|now\s(?:is|stands))\s(?:at\s)?"
    r"(?:(?:at\sleast|more\sthan|over|nearly|about)\s)?$",
    re.IGNORECASE,
)
# "put the toll at 12 civilians": a toll told as a count of one group is that source's whole
# toll ("caused the death of 22 civilians" too), and disagrees with another's count of people,
# not a part of it.
_TOLL_OF = re.compile(
    r"\b(?:(?:toll|tally)\s(?:\w+\s){0,2}?(?:at|to|of)|the\sdeaths?\sof)\s$", re.IGNORECASE
)
_TOLL_OF_WINDOW = 30
# "though on Tuesday it had put the toll at 14": what a source had said on an earlier day,
# restated, is that day's word, not a later report's fuller count of that day.
_HAD_SAID = re.compile(
    r"\bhad\s(?:already\s|earlier\s|previously\s)?"
    r"(?:put|given|said|reported|announced|estimated|placed|set|confirmed|recorded"
    r"|counted|registered)\b"
    # A correction restates the outlet's own earlier word: "In yesterday's edition we reported
    # that five people had died", "An earlier version of this article said that …".
    r"|\bwe\s(?:wrongly\s|incorrectly\s|mistakenly\s)?(?:reported|said|stated|wrote)\b"
    r"|\b(?:version|edition)\sof\s(?:this|the|our)\s(?:article|report|story)\b",
    re.IGNORECASE,
)
# "The Red Crescent stood by its count, which has since risen to 58": a rise of the source's
# own count, told in its own words ("the rights forum, whose count has risen to seven"),
# updates only that source's earlier figures.
_OWN_COUNT = re.compile(
    r"\b(?:(?i:its|their|his|her|our|whose)|[A-Z][\w-]*['’]s)\s(?:own\s)?(?:\w+\s)?"
    r"(?:count|toll|tally|figure|total|estimate)\b"  # "the UDF's count had risen to eleven"
)
# Counts that only grow as days pass: a later, higher figure updates an earlier one.
_CUMULATIVE = frozenset({"killed", "injured", "arrested", "detained", "missing", "displaced"})
_GROWING = _CUMULATIVE | {"held"}  # as compared: arrests and detentions are one count
# Tolls that never fall: a later report's lower figure disagrees with an earlier one.
_TOLLS = frozenset({"killed", "injured"})
# The subject of a count that names nobody in particular ("five people were brought in dead"):
# a denial that any of a narrower group ("any protester") died denies it too.
_GENERIC_SUBJECT = "people"
# Gunmen, militants, fighters: counted apart from the toll of their victims (`_subject_relation`).
_ATTACKERS = "attackers"
# Workers on strike are the crowd of their strike: a count of them and one of its protesters
# count one crowd.
_STRIKERS = frozenset({"workers", "protesters"})
_CALENDAR_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_NOW = re.compile(
    r"\b(?:still|remain|remains|remained|remaining|currently"
    r"|being\s(?:treated|cared\sfor|held|detained)|behind\sbars|(?:is|are)\snow\s(?:held|detained)"
    r"|(?:is|are|was|were)\s(?:caring\sfor|treating|looking\safter)"  # "it was caring for 29"
    r"|in\s(?:hospital|intensive\scare|critical\scondition|custody|detention))\b",
    re.IGNORECASE,
)
# "one person, the site manager, is now detained": a phrase naming whom a figure counts
_APPOSITION = re.compile(r",\s(?:the|a|an|all|both)\s[^,;.]{1,40},")
_QUESTION_OF_NOW = re.compile(r"\bhow\smany\b[^?]*\?\s*$", re.IGNORECASE)
# a weekday's name, in the patterns below
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_SO_FAR = re.compile(
    r"\b(?:since\s(?:the\s)?(?:protests|unrest|clashes|violence|demonstrations|crisis)"
    rf"\s(?:began|started|erupted)|since\s{_WEEKDAY}"
    r"|so\sfar|in\stotal|in\sall|altogether"
    r"|(?:during|throughout)\sthe\s(?:protests|unrest|clashes|demonstrations|crisis))\b",
    re.IGNORECASE,
)
# "had been arrested", "have now been detained": a count up to now
_PERFECT = re.compile(r"(?<!\s)\s+(?:have|has|had)\s+(?:now\s+|so\s+far\s+)?been\s")
_SINCE = re.compile(r"\bsince\s+$")
# "in Zinda Jan district", "at the Kakuma camp": a named place by its type word
_NAMED_PLACE = re.compile(
    r"\b(?:in|at|near|from)\s(?:the\s)?(?P<name>(?:[A-Z][\w'’-]*\s){1,3})"
    r"(?:district|village|camp|county|province|region|governorate|municipality|neighbou?rhood)\b"
)
# "five dead from our village": a place the speakers call their own, which the text leaves
# unnamed
_OWN_PLACE = re.compile(
    r"\b(?:in|from|of)\s(?:our|their)\s(?P<name>village|town|neighbou?rhood|valley|settlement"
    r"|camp)\b",
    re.IGNORECASE,
)
_OWN_PLACE_REACH = 60  # "in our camp [Block 4, Jleeb] three men are dead": told before it
# "the town alone had lost 12 people", "Koneurgench district hospital alone reported 230": one
# place's share of the whole
_PLACE_ALONE = re.compile(
    r"\b(?P<name>[\w'’-]{1,40}\s(?:town|village|city|camp|district|province|region|hospital|ward"
    r"|clinic|neighbou?rhood))\salone\b",
    re.IGNORECASE,
)
# "9 deaths: Ba 5, Rakiraki 1": a name that labels a list item's number is where it counts
_LIST_LABEL = re.compile(r"[(:,;]\s(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})\s$")
_LABEL_REACH = 40
# "its toll for Ba", "the figure for Kenema district": a count told for a named place
_TOLL_FOR = re.compile(
    r"\b(?:toll|count|tally|figure|total)\sfor\s(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})"
)
# "Clashes spread to Labé, where a doctor said …": the place that opens the figure's clause
_WHERE = re.compile(r",\s+where\b")
_AND_AFTER_PLACE = re.compile(r"(?<!\s)\s+and\s+")
# "11 deaths from cholera among the newly displaced": a count of a group the words name
_AMONG_A_GROUP = re.compile(
    r"\s(?:[\w-]+\s){0,3}?among\sthe\s(?!dead\b|injured\b|wounded\b|victims\b)[\w-]+"
)
# "the union said the true number of dead was 24": a source's count set against others'
_TRUE_TOLL = re.compile(
    r"\b(?:true|real|actual)\s(?:\w+\s)?(?:toll|number|figure|count|tally)\b", re.IGNORECASE
)
# "shot by police", "in confrontations with the police", "at the hands of the police": killed
# by the security forces
_BY_FORCES = re.compile(
    r"\b(?:(?:shot|killed|hit|struck)\s(?:dead\s)?by|(?:confrontations?|exchanges\sof\sfire)\swith"
    r"|at\sthe\shands\sof)"
    r"\s(?:the\s|a\s)?(?:police|security\sforces|soldiers|troops|army|guards?|gunfire"
    r"|live\s(?:fire|ammunition|rounds)|rubber\sbullets|tear\sgas)\b"
    # "nobody has been killed by a soldier's bullet", "no person died from a gunshot"
    r"|\b(?:by|from)\s(?:an?\s|the\s)?(?:[\w'’]+\s)?(?:bullets?|gunshots?|gunshot\swounds|gunfire)\b"
)
# ""two people died" and that "no demonstrator was hit by a bullet"": the next thing a source
# said, which tells nothing of the dead counted before it; so does a verb of its own ("the toll
# stood at two and denied that any worker had been shot dead by police")
_NEXT_THING_SAID = re.compile(
    r"\s(?:and|but|while)\s(?:also\s)?(?:(?:denied|said|added|insisted|rejected|stressed)\s)?that\b"
)
# "police officers shot dead four protesters": the forces' fire told before its dead
_FORCES_KILLED = re.compile(
    r"\b(?:police|policemen|officers|security\sforces|soldiers|troops|the\sarmy|guards)\s(?:\w+\s)?"
    r"(?:shot(?:\sdead)?|killed|gunned\sdown)\s$"
)
_FORCES_KILLED_WINDOW = 50
# "19 dead by name, most of them shot by soldiers": a toll that tells the forces' fire killed
# some or all of its dead
_SOME_OF_THEM = re.compile(
    r",\s[\"“']?(?:most|all|many|several|some|half)\sof\sthem\s(?:were\s|had\sbeen\s)?"
)
# "Confirmed deaths this week: 6": the count of one recent period, a part of the whole toll
_ONE_PERIOD = re.compile(
    r"\b(?:(?:this|the\spast|the\slast)\s(?:week|weekend|24\shours)"
    r"|in\sthe\s(?:past|last)\s(?:day|week|24\shours))\b",
    re.IGNORECASE,
)
_SINCE_AN_EARLIER_DAY = re.compile(r"\b(?:since|so\sfar|this\syear|in\stotal)\b", re.IGNORECASE)
_ELSEWHERE = re.compile(r"\b(?:anywhere\selse|everywhere\selse|elsewhere)\b", re.IGNORECASE)
# "87 people had been charged": those charged are some of those arrested
_CHARGED = re.compile(r"\s(?:\w+\s){0,3}?(?:charged|indicted|prosecuted)\b")
# A count given for the whole country in its own clause (`_told_nationwide`)
_NATIONWIDE = re.compile(
    r"\b(?:nationwide|countrywide|across\sthe\scountry|throughout\sthe\scountry"
    r"|in\sthe\s(?:whole|entire)\scountry)\b"
)
# "the toll of Monday's bombing", "the toll from Friday's crush": a toll named for the event
_EVENT_TOLL = re.compile(
    rf"\btoll\s(?:of|from)\s(?:{_WEEKDAY}|yesterday)['’]s\s",
    re.IGNORECASE,
)
_BODIES = frozenset({"bodies", "corpses", "remains"})
_BODIES_OF = re.compile(r"\b(?:bodies|corpses|remains)\sof\s(?:the\s)?$", re.IGNORECASE)
_BODIES_OF_REACH = 20
# The time that opens an entry of a running account: "9:15 a.m.", "16:05", "By midday."
_TIMED_ENTRY = re.compile(
    r"^(?:By\s)?(?:[A-Z]\w+day,?\s)?(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.m\.)?|\d{1,2}\s?[ap]\.m\."
    r"|(?:\w+\s)?(?:morning|midday|noon|afternoon|evening|night)\.)",
    re.IGNORECASE | re.MULTILINE,
)
# "has sent", "deployed": the doer of a deployment; "said", "told": its teller
_SENDING = re.compile(r"\b(?:deploy(?:ed|s)?|sen[dt]s?|dispatch(?:ed|es)?|mobili[sz]ed)\b", re.I)
_SAYING = re.compile(r"\b(?:said|says|say|told|tells|according)\b", re.I)
# "By 6 p.m.,", "On Wednesday morning,", "By Tuesday noon,": the hour a sentence's counts
# stand at, when the sentence opens with it ("Today the CNE puts the toll at 13": the report's
# own day, at no hour of it)
_HOUR_OPENING = re.compile(
    r"(?P<today>Today)\b"
    rf"|(?:By|At|As\sof|On|Until)\s(?P<day>{_WEEKDAY}\b,?\s?)?"
    r"(?:(?P<clock>\d{1,2})(?:[:.](?P<minutes>\d{2}))?\s?(?P<half>[ap])\.m\.?"
    r"|(?:(?P<early>early|late)\s)?(?P<part>morning|midday|noon|afternoon|evening|night)\b)?",
    re.IGNORECASE,
)
# "On Tuesday the Red Cross put the toll at 23": a day that opens a sentence with no hour
# orders that day's counts after the days before it, but not within the day
_ANY_HOUR = -1.0
_HOURS_OF_PARTS = {
    "morning": 9.0, "midday": 12.0, "noon": 12.0, "afternoon": 15.0, "evening": 19.0,
    "night": 22.0,
}  # fmt: skip
_EARLY_OR_LATE = {"early": -2.0, "late": 2.0}  # "by late morning": 11 a.m.
# "the health directorate gave 5 dead at 11:00": the hour a figure is told to be given at
_GIVEN_AT = re.compile(
    r"\s(?:\w+\s){0,2}?at\s(?P<clock>\d{1,2})[:.](?P<minutes>\d{2})\b(?:\s?(?P<half>[ap])\.m\.)?"
)
# "gives ten dead, "after one more patient died on Tuesday night"": a toll with its rise told
_MORE_DIED = re.compile(
    r"\W{0,4}after\s(?:one|two|three|another|\d+)\s(?:more\s)?(?:\w+\s)?died\b", re.IGNORECASE
)
# "Seven civilians have died and three soldiers, ten in all": a sum of the counts before it
_SUM_AFTER = re.compile(r"\s(?:in\sall|in\stotal|all\stold|altogether)\b")
# "Deaths in our two hospitals: 7", "died at its clinic": the dead some hospitals counted
# ("a protester died in hospital" may be the whole toll)
_DIED_IN_HOSPITAL = re.compile(
    r"\b(?:in|at)\s(?:(?:the|our|its|their|two|three|both)\s){0,2}(?:hospitals|clinics)\b"
    r"|\b(?:in|at)\s(?:our|its|their|this)\s(?:\w+\s)?(?:hospital|clinic)\b",
    re.IGNORECASE,
)
# "no patient has died in hospital": the dead among those a hospital took in
_PATIENTS_IN_HOSPITAL = re.compile(r"\bpatients?\s(?:\w+\s){0,3}?(?:in|at)\shospital\b")
# "three patients died in the fire at our national hospital": the hospital is where the
# disaster struck, so its dead are the whole toll, not those who died after reaching care
_SITE_OF_THE_EVENT = re.compile(
    r"\b(?:fire|blaze|explosion|blast|collapse|attack|bombing|raid|leak)\s+$", re.IGNORECASE
)
_CUSTODY = re.compile(r"\bin\s(?:police\s|military\s|army\s|state\s)?(?:custody|detention)\b")
_CLAUSE_STOP = re.compile(r"[,;.]")
_HOSPITAL = re.compile(
    r"\b(?:hospitals?|clinics?|treated|treating|admitted|admissions|patients)\b", re.IGNORECASE
)
# A figure the text itself calls superseded ("well above the previous official count of 164",
# "the police's early figure of 12") is the earlier figure of an update, never a
# rival of the figure that replaced it.
_SUPERSEDED = re.compile(
    r"\b(?:previous|earlier|early|initial|first|former|old|last)\s(?:\w+\s){0,2}?"
    r"(?:count|toll|figure|tally|estimate|total)\s(?:of\s)?$"
    r"|\b(?:first|initially|originally)\s(?:said|reported|announced|gave)\s(?:that\s)?$"
)  # "Police first said seven people had died"
# A figure a count is told to have moved from ("stood at 48, down from 53 announced a day
# earlier") is that count's own past: compared with nothing.
_MOVED_FROM = re.compile(
    r"\b(?:(?:down|up)\s|(?:rais|lower|revis|increas|reduc)(?:e|es|ed|ing)\s(?:[\w()]+\s){0,4}?)"
    r"from\s(?:the\s)?$"
)  # "raising the toll from the six it had given", "revised to 58 from 64"
_MOVED_FROM_WINDOW = 48
# "she alone had treated 26 patients - more than the nineteen injured the Ministry announced for
# the whole fire", "230 admissions by 15 July, above the ministry's regional total": a count
# that its sentence tells, right after it, to exceed the count given for the whole
_ABOVE_THE_WHOLE = re.compile(
    r"^[^.;]{0,90}?\b(?:(?:(?:\w+\s)?more|higher|greater)\sthan|above)\s(?:the|its|their)\s"
    r"(?P<whole>[^.;]{0,60}?\b(?:for\sthe\swhole|total)\b)"
)
# "23 on Tuesday, 26 on Wednesday and 27 now": a figure followed by the day it counts, and the
# words that lead on from that day to the next figure of the series ("from 17 on Tuesday to
# nine on Wednesday and to three this morning")
_DAY_OF_A_FIGURE = re.compile(
    rf"\s(?:(?:on|by)\s)?(?P<day>{_WEEKDAY}"
    r"(?:\s(?:morning|afternoon|evening|night))?"
    r"|yesterday|today|now|(?:this|last)\s(?:morning|afternoon|evening|night))\b",
    re.IGNORECASE,
)
_NEXT_IN_SERIES = re.compile(r",?\s(?:and\s)?(?:then\s)?(?:to\s)?")


@dataclass(frozen=True)
class ClaimInContext:
    """A claim with what comparing it across reports needs: its report's id, publication date,
    outlet, and the `Place` object its `place` id names (None: the report's whole area)."""

    claim: Claim
    document: str = ""
    published: str | None = None
    source: str | None = None
    place: Place | None = None
    part: bool = False
    rising: bool = False  # "the toll rose to 58": an update of any lower figure
    own_rise: bool = False  # "its count has since risen to 58": an update of its own figures
    subgroup: bool = False  # "including 105 police officers": all of that group, in a total
    current: bool = False  # "9 people were being treated": a count of now, which can fall
    so_far: bool = False  # "arrested since the protests began": a count of all days so far
    all_days: bool = False  # so_far in so many words ("since the protests began", "so far")
    whole: bool = False  # given for no place: its report's whole count, whatever that area is
    moved_from: bool = False  # "down from 53": the count's own past, compared with nothing
    in_area: bool = False  # given for the place its report names most ("in Peshawar")
    lower_bound: bool = False  # "17 bodies": bounds a toll from below, as a part does
    bound_kind: str | None = None  # a lower bound that is no part: "bodies", "treated"
    whole_toll: bool = False  # "put the toll at 12 civilians": the source's whole toll
    said_then: bool = False  # "on Tuesday it had put the toll at 14": that day's word, restated
    in_entry: bool = False  # "Tuesday morning: … say more than 30 have died": told that day
    had_said: bool = False  # "the governor had put the toll at 20": a word given before
    true_toll: bool = False  # "the true number of dead was 24": a rival of others' counts
    besides: frozenset[str] = frozenset()  # "nobody anywhere else": the places it leaves out
    by_forces: bool = False  # "four men shot by police": the group of the forces' own dead
    forces_among: bool = False  # "19 dead, most of them shot by soldiers": some are the forces'
    replaced: bool = False  # in a running account, its source gives a count in a later entry
    hour: float | None = None  # "By 6 p.m., police had confirmed nine deaths": counted by then
    entry: int | None = None  # the timed entry of a running account it is told in ("14:40 …")
    denies: tuple[float, float] | None = None  # "four young men, not three": the range denied
    above_whole: tuple[float, float] | None = None  # "more than the nineteen … for the whole fire"
    sent_by_source: bool = False  # "Kenya has sent 40 military personnel": its source sent them
    bracket: int | None = None  # "23 (Asunción 11, …)": where the brackets it is told in open
    piece: bool = False  # "Killed: 8 (6 men, 2 women)": a piece of the figure before it
    series: int | None = None  # "23 on Tuesday, 26 on Wednesday": where its series of days starts

    @property
    def date(self) -> str | None:
        """The claim's day; a year or month that holds its report's day ("has killed 31 people
        this year") is a count up to that day, so it is dated as the report."""
        told, published = self.claim.date, self.published
        if told and published and len(told) < len(published) and published.startswith(told):
            return published
        return told or published


@dataclass(frozen=True)
class FigureConflict:
    """Two claims that cannot both be true (`figure`), or one denying the other (`fact`)."""

    kind: ConflictKind
    first: ClaimInContext
    second: ClaimInContext
    explanation: str


# How the words between a part and the next figure end when "and" joins them: "… and 62".
_ENDS_WITH_AND = re.compile(r"\band\s+(?:about\s+|some\s+|another\s+)?$")
_JOIN_CHARS = 60  # at most this far apart, with no clause break between


def find_conflicts(analysis: Analysis) -> tuple[Conflict, ...]:
    """The check stage for one report: conflicts numbered x1, x2, …"""
    found = [
        (c.kind, (c.first.claim.id, c.second.claim.id), c.explanation)
        for c in figure_conflicts(claims_in_context(analysis))
    ]
    found += [("date", (a.id, b.id), why) for a, b, why in event_date_conflicts(analysis.events)]
    return tuple(
        Conflict(id=f"x{n}", kind=kind, items=items, explanation=why)
        for n, (kind, items, why) in enumerate(found, start=1)
    )


def claims_in_context(analysis: Analysis) -> list[ClaimInContext]:
    """The claims of one analysis, each with its report's date, outlet and place object, and
    whether it counts a part of another figure ("including 16 police officers").

    A crowd or deployment the text gives no place for is taken to be in the report's own area,
    the place the report names most often (the first of those named equally often); a toll
    with no place is too when that area is a country or region or holds another place named,
    and is otherwise the whole count (None), within which every named place lies. Each claim
    also notes whether it is told as a rise ("the toll rose to 58")."""
    places = {place.id: place for place in analysis.places}
    # "the Law Association of Zambia" names a speaker, not the report's area
    where = [place for place in analysis.places if not in_a_name(analysis.text, place)]
    told = {claim.id: places.get(claim.place or "") for claim in analysis.claims}
    areas = {"event": report_area(where), "toll": _area_of_tolls(where, told.values())}
    parts = part_claims(analysis) | {
        claim.id
        for claim in analysis.claims
        if _SUPERSEDED.search(analysis.text, max(0, claim.start - _RISING_WINDOW), claim.start)
    }
    by_forces = {claim.id for claim in analysis.claims if _killed_by_forces(analysis, claim)}
    parts |= by_forces
    lower_bounds = _narrower_counts(analysis)
    since = _measures_counted_since(analysis)
    parts |= {c.id for c in analysis.claims if _counts_some_of_the_total(analysis, c, since)}
    summed = _summed_parts(analysis) | _breakdowns_of_a_total(analysis)
    parts |= _coordinated_parts(analysis, parts) | summed
    bound_kinds = _lower_bound_kinds(analysis, lower_bounds - parts)
    parts |= lower_bounds
    subgroups = subgroup_claims(analysis) | place_part_claims(analysis) | by_forces | summed
    unknown = {claim.id: _unknown_place(analysis, claim) for claim in analysis.claims}
    nationwide = {
        claim.id
        for claim in analysis.claims
        if _told_nationwide(analysis, claim) or _told_as_event_toll(analysis, claim)
    }
    document = analysis.document
    entries = _timed_entries(analysis.text)
    replaced = _replaced_in_later_entries(analysis, entries)
    in_entry = {claim.id: _told_in_entry(analysis, claim) for claim in analysis.claims}
    brackets = {claim.id: _brackets_after_a_figure(analysis, claim) for claim in analysis.claims}
    pieces = _pieces_of_a_breakdown(analysis, brackets, told)
    series = _series_of_days(analysis)
    return [
        ClaimInContext(
            claim,
            document.id,
            document.published,
            document.source,
            place=None
            if claim.id in nationwide
            else told[claim.id] or unknown[claim.id] or areas.get(_area_kind(claim)),
            part=claim.id in parts,
            rising=_told_as_rise(analysis, claim),
            own_rise=_told_as_own_rise(analysis, claim),
            subgroup=claim.id in subgroups,
            current=_counts_now(analysis, claim),
            so_far=_counts_so_far(analysis, claim),
            all_days=_says_all_days(analysis, claim),
            whole=claim.id in nationwide or (not claim.place and unknown[claim.id] is None),
            moved_from=_MOVED_FROM.search(
                analysis.text, max(0, claim.start - _MOVED_FROM_WINDOW), claim.start
            )
            is not None,
            in_area=claim.id not in nationwide
            and (
                _in_area_by_default(analysis, claim, told[claim.id], areas["event"])
                or _denied_for_the_area(claim, told[claim.id], areas["event"])
            ),
            lower_bound=claim.id in lower_bounds,
            bound_kind=bound_kinds.get(claim.id),
            whole_toll=claim.id not in parts and _told_as_whole_toll(analysis, claim),
            said_then=in_entry[claim.id] or _restated_as_said_then(analysis, claim),
            in_entry=in_entry[claim.id],
            had_said=_told_as_had_said(analysis, claim),
            true_toll=_told_as_true_toll(analysis, claim),
            besides=_places_left_out(analysis, claim),
            by_forces=claim.id in by_forces,
            forces_among=_forces_dead_among(analysis, claim),
            replaced=claim.id in replaced,
            hour=_hour_counted(analysis, claim),
            entry=bisect_right(entries, claim.start) or None,
            denies=_denied_beside(analysis, claim),
            above_whole=_told_above_the_whole(analysis, claim),
            sent_by_source=_sent_by_its_source(analysis, claim),
            bracket=brackets[claim.id],
            piece=claim.id in pieces,
            series=series.get(claim.id),
        )
        for claim in analysis.claims
    ]


def _series_of_days(analysis: Analysis) -> dict[str, int]:
    """ "The injured have been steadier: 23 on Tuesday, 26 on Wednesday and 27 now": figures of
    one measure that a sentence tells one after another, each for its own day, are one count's
    days, not rivals. Each figure of such a series maps to where the series begins."""
    found: dict[str, int] = {}
    claims = sorted(analysis.claims, key=lambda claim: claim.start)
    for before, after in itertools.pairwise(claims):
        if _next_day_of_a_series(analysis.text, before, after):
            found.setdefault(before.id, before.start)
            found[after.id] = found[before.id]
    return found


def _next_day_of_a_series(text: str, before: Claim, after: Claim) -> bool:
    """Whether `after` goes on the series of days `before` is in: the same measure in the same
    sentence, each figure followed by its own day, with only "," "and" "to" between them."""
    if before.sentence != after.sentence or compared_measure(before) != compared_measure(after):
        return False
    day_before = _DAY_OF_A_FIGURE.match(text, before.end)
    day_after = _DAY_OF_A_FIGURE.match(text, after.end)
    if day_before is None or day_after is None:
        return False
    if day_before["day"].lower() == day_after["day"].lower():
        return False
    return _NEXT_IN_SERIES.fullmatch(text, day_before.end(), after.start) is not None


def _brackets_after_a_figure(analysis: Analysis, claim: Claim) -> int | None:
    """Where the brackets open that a figure is told in, after another figure of its sentence:
    "Confirmed deaths: 23 (Asunción 11, Central 7, …)", "Households displaced: 140
    (approximately 600 people)" break that figure down or restate it. None: no such brackets."""
    start = analysis.sentences[claim.sentence].start
    opening = analysis.text.rfind("(", start, claim.start)
    if opening < 0 or ")" in analysis.text[opening : claim.start]:
        return None
    before = (other.end <= opening for other in analysis.claims if other.sentence == claim.sentence)
    return opening if any(before) else None


def _pieces_of_a_breakdown(
    analysis: Analysis, brackets: dict[str, int | None], told: dict[str, Place | None]
) -> set[str]:
    """ "Killed: 8 (6 men, 2 women)": the figures of brackets that hold several are pieces of
    the figure before them, which alone meets other counts. A piece told for a place ("71
    (Juba 49, Malakal 22)") is not: it is that place's whole count, a rival of another there;
    nor is one of a group named apart ("23 (8 police officers, 15 others)"): all of that
    group."""
    opened = Counter(bracket for bracket in brackets.values() if bracket is not None)
    subjects = {(c.sentence, c.subject) for c in analysis.claims if brackets[c.id] is None}
    return {
        claim.id
        for claim in analysis.claims
        if (bracket := brackets[claim.id]) is not None
        and opened[bracket] > 1
        and told[claim.id] is None
        and (claim.sentence, claim.subject) in subjects
    }


def _sent_by_its_source(analysis: Analysis, claim: Claim) -> bool:
    """ "Kenya has sent a plane with 40 military personnel": a deployment whose source is the
    doer of the sending (a deploying verb, no saying, between the two) tells its own contingent,
    not a count of another's."""
    if claim.measure != "deployed" or claim.said_by is None:
        return False
    sentence = analysis.sentences[claim.sentence]
    told = analysis.text[sentence.start : claim.start]
    source_at = told.rfind(claim.said_by.text)
    if source_at < 0:
        return False
    between = told[source_at + len(claim.said_by.text) :]
    return _SENDING.search(between) is not None and _SAYING.search(between) is None


def _denied_beside(analysis: Analysis, claim: Claim) -> tuple[float, float] | None:
    """ "We received the bodies of four young men, not three": the range of the figure of its
    measure that a given figure's sentence denies right after it, so that its source's own
    count is a rival of whoever gave the figure denied, even a lower count of a day before."""
    if claim.stance == "denied":
        return None
    after = [
        other
        for other in analysis.claims
        if other.sentence == claim.sentence and other.start >= claim.end
    ]
    following = min(after, key=lambda other: other.start, default=None)
    if following is None or following.stance != "denied" or following.measure != claim.measure:
        return None
    if quantity_text(following).lower() in DENIED_ONLY or following.low is None:
        return None
    return _bounds(following)


def _told_above_the_whole(analysis: Analysis, claim: Claim) -> tuple[float, float] | None:
    """ "The chief says three villagers died - one more than the two deaths the civil security
    has given for the whole island": the range of the whole count a figure is told to exceed,
    the figure of its measure the sentence names for it ("the two deaths"), or any range below
    it when the sentence names none ("above the ministry's regional total")."""
    told = _ABOVE_THE_WHOLE.search(analysis.text[claim.end : _sentence_end(analysis, claim)])
    if told is None or claim.stance == "denied" or claim.low is None:
        return None
    if claim.measure not in _TOLLS:
        return None  # the missing are found, and crowds come and go: no whole to exceed
    start, end = claim.end + told.start("whole"), claim.end + told.end("whole")
    named = [
        other
        for other in analysis.claims
        if start <= other.start < end and compared_measure(other) == compared_measure(claim)
    ]
    if named:
        return _bounds(named[0])
    return 0.0, claim.low


def _timed_entries(text: str) -> list[int]:
    """Where the timed entries of a running account start ("7:30 a.m. Civil Protection says
    …", "By Monday evening. The toll stands at 15", "16:05 The union says …"); none for a report
    with fewer than two, which is no running account."""
    starts = [match.start() for match in _TIMED_ENTRY.finditer(text)]
    return starts if len(starts) > 1 else []


def _replaced_in_later_entries(analysis: Analysis, entries: list[int]) -> set[str]:
    """The claims of a running account (the starts of its timed `entries`) whose source gives
    another count of their measure in a later entry ("7:30 a.m. Civil Protection says 27
    injured … By Monday evening. The toll stands at 15 dead and 61 injured, according to Civil
    Protection")."""
    if not entries:
        return set()
    return {
        claim.id
        for claim, later in itertools.permutations(analysis.claims, 2)
        if claim.measure == later.measure
        and bisect_right(entries, claim.start) < bisect_right(entries, later.start)
        and _voices_match(claim.said_by, later.said_by)
    }


def _summed_parts(analysis: Analysis) -> set[str]:
    """ "Seven civilians have died and three members of the security forces, ten in all": the
    counts its sentence gives before a sum of them are parts of that sum, whatever subject each
    is read as, and each is all of its own group or place ("16 dead in Panjakent and three in
    Ayni district, 19 in all")."""
    sums = [c for c in analysis.claims if _SUM_AFTER.match(analysis.text, c.end)]
    return {
        claim.id
        for total in sums
        for claim in analysis.claims
        if claim.sentence == total.sentence
        and claim.measure == total.measure
        and claim.end <= total.start
    }


def _breakdowns_of_a_total(analysis: Analysis) -> set[str]:
    """ "Q: How many children died? A: Twelve. Eleven died in the ward, and one girl died later
    in hospital": the counts of one sentence that add up to a count told in the sentence before
    break that total down: each is all of its own group, none a rival of the total."""
    by_sentence = _counts_by_sentence(analysis)
    found: set[str] = set()
    for (sentence, measure), counts in by_sentence.items():
        told = [count for count in counts if count.low and count.stance != "denied"]
        total = sum(count.low or 0 for count in told)
        before = by_sentence.get((sentence - 1, measure), [])
        if len(told) > 1 and any(count.low == total for count in before):
            found |= {count.id for count in told}
    return found


def _counts_by_sentence(analysis: Analysis) -> dict[tuple[int, str], list[Claim]]:
    """The exact counts of each sentence and measure ("Eleven", not "at least 11")."""
    found: dict[tuple[int, str], list[Claim]] = {}
    for claim in analysis.claims:
        if claim.low is not None and claim.low == claim.high:
            found.setdefault((claim.sentence, claim.measure), []).append(claim)
    return found


def _counts_some_of_the_total(analysis: Analysis, claim: Claim, since: Set[str]) -> bool:
    """ "Confirmed deaths this week: 6" beside "Confirmed deaths since week 1: 23", and "87
    people had been charged": a count of the latest week or day, where the report also counts
    the days since an earlier one (`since`: the measures it so counts), or of those charged
    among all arrested, is a part of the whole count. (Alone, "buried 64 people in the past
    week" is the week-long crisis's toll.)"""
    end = _clause_end(analysis, claim)
    if claim.measure in _SAME_COUNT and _CHARGED.match(analysis.text, claim.end, end):
        return True
    if claim.measure not in since:
        return False
    return _ONE_PERIOD.search(analysis.text, _clause_start(analysis, claim), end) is not None


def _measures_counted_since(analysis: Analysis) -> set[str]:
    """The measures of the report's counts whose clause counts from an earlier day ("since
    week 1", "so far", "this year", "in total")."""
    return {
        claim.measure
        for claim in analysis.claims
        if _SINCE_AN_EARLIER_DAY.search(
            analysis.text, _clause_start(analysis, claim), _clause_end(analysis, claim)
        )
    }


def _told_as_true_toll(analysis: Analysis, claim: Claim) -> bool:
    """ "A union official said the true number of dead was no less than 24": a count its clause
    sets against the others' as the true one, a rival of a group's count ("19 miners")."""
    start = _clause_start(analysis, claim)
    return _TRUE_TOLL.search(analysis.text, start, claim.start) is not None


def _killed_by_forces(analysis: Analysis, claim: Claim) -> bool:
    """ "Four men shot by police during raids", "three were fatally shot in confrontations
    with the police": the dead of the security forces' own fire are a group of the whole toll,
    all of it (so another count of them is a rival, and a toll above them is no rival). A
    shot told in the next thing said ("… that two people died and that no demonstrator was hit
    by a bullet") is not these dead's."""
    if claim.measure != "killed":
        return False
    window = max(0, claim.start - _FORCES_KILLED_WINDOW)
    if _FORCES_KILLED.search(analysis.text, window, claim.start):
        return True
    end = _clause_end(analysis, claim)
    said_next = _NEXT_THING_SAID.search(analysis.text, claim.end, end)
    return (
        _BY_FORCES.search(analysis.text, claim.end, said_next.start() if said_next else end)
        is not None
    )


def _forces_dead_among(analysis: Analysis, claim: Claim) -> bool:
    """ "The collective now lists 19 dead by name, most of them shot by soldiers": a toll whose
    sentence tells that the forces' fire killed some of its dead, which a denial that soldiers
    shot anyone denies."""
    if claim.measure != "killed":
        return False
    end = analysis.sentences[claim.sentence].end
    some = _SOME_OF_THEM.search(analysis.text, claim.end, end)
    if some is None or any(mark in ".;" for mark in analysis.text[claim.end : some.start()]):
        return False  # the words after the count, in its own clause
    return _BY_FORCES.match(analysis.text, some.end(), end) is not None


def _places_left_out(analysis: Analysis, claim: Claim) -> frozenset[str]:
    """ "Two people died in Ahvaz, and nobody has been killed anywhere else in the province":
    the places its sentence names before a count told for everywhere else, which it does not
    count."""
    if not _ELSEWHERE.search(analysis.text, claim.end, _clause_end(analysis, claim)):
        return frozenset()
    start = analysis.sentences[claim.sentence].start
    return frozenset(p.name for p in analysis.places if start <= p.start < claim.start)


def _told_nationwide(analysis: Analysis, claim: Claim) -> bool:
    """ "In Conakry, the rights group raised its toll to nine, while the government said no
    more than four people had been killed nationwide": a count its own clause gives for the
    whole country is the crisis's whole count, whatever town the sentence opens with."""
    clause = analysis.text[claim.end : _clause_end(analysis, claim)]
    return _NATIONWIDE.search(clause) is not None


def _told_as_event_toll(analysis: Analysis, claim: Claim) -> bool:
    """ "In Kaya, the toll of Monday's bombing has risen to 26": a toll its clause names for
    the event itself counts all the event's dead, whatever town the sentence opens with."""
    start = _clause_start(analysis, claim)
    return _EVENT_TOLL.search(analysis.text, start, claim.start) is not None


def _told_as_rise(analysis: Analysis, claim: Claim) -> bool:
    """ "The toll rose to 58": a figure told as a rise above an earlier one; and so is a toll
    told as the one of now ("the toll is now four"), or one told with the deaths that raised
    it ("ten dead, after one more patient died")."""
    window = max(0, claim.start - _RISING_WINDOW)
    if _MORE_DIED.match(analysis.text, claim.end):
        return True
    return any(
        pattern.search(analysis.text, window, claim.start) for pattern in (_RISING, _NOW_TOLD)
    )


def _restated_as_said_then(analysis: Analysis, claim: Claim) -> bool:
    """ "…, though on Tuesday it had put the toll at 14": a figure of an earlier day than its
    report's, told in its clause as what a source had said then, or in a recap's sentence
    that opens with that day ("On Tuesday the Red Cross put the toll at 23"; or,
    `_told_in_entry`, in a running account's entry for that day)."""
    if claim.date is None or claim.date == analysis.document.published:
        return False
    return _told_as_had_said(analysis, claim) or _hour_counted(analysis, claim) is not None


def _told_in_entry(analysis: Analysis, claim: Claim) -> bool:
    """ "Tuesday morning: Relatives at the gate say more than 30 have died", in Thursday's
    timeline: a figure told in a running account's entry for an earlier day was told that day,
    as a report of that day would have told it."""
    if claim.date is None or claim.date == analysis.document.published:
        return False
    return day_of_the_entry(analysis, claim.start) == claim.date


def _hour_counted(analysis: Analysis, claim: Claim) -> float | None:
    """The hour of its day a claim counts up to, when its sentence opens with one ("By 6 p.m.,
    police had confirmed nine deaths", "On Wednesday morning, the toll stood at seven"), so
    that a running account's counts can be put in order; `_ANY_HOUR` for a day alone ("On
    Tuesday the Red Cross put the toll at 23"); None otherwise. A clause that opens with an
    hour of its own counts up to it ("On Monday morning the police spoke of two dead; by late
    morning they said four"), and so does a figure told as given at an hour ("gave 5 dead at
    11:00")."""
    given = _GIVEN_AT.match(analysis.text, claim.end, _clause_end(analysis, claim))
    if given is not None:
        return _clock_hour(given)
    sentence = analysis.sentences[claim.sentence]
    told = _hour_opening(analysis.text[_clause_start(analysis, claim) : claim.start])
    told = told or _hour_opening(analysis.text[sentence.start : sentence.end])
    if told is None:
        return None
    if told["part"]:
        shift = _EARLY_OR_LATE.get((told["early"] or "").lower(), 0.0)
        return _HOURS_OF_PARTS[told["part"].lower()] + shift
    if not told["clock"]:
        return _ANY_HOUR
    return _clock_hour(told)


def _clock_hour(told: re.Match[str]) -> float:
    """The hour of a clock time, "6 p.m." or "16:05", as a number (18.0, 16.08)."""
    hour = int(told["clock"])
    if told["half"]:
        hour = hour % 12 + (12 if told["half"].lower() == "p" else 0)
    return hour + int(told["minutes"] or 0) / 60


def _hour_opening(text: str) -> re.Match[str] | None:
    """The day or hour a text opens with ("By 6 p.m.", "On Tuesday", "Today"), if any."""
    told = _HOUR_OPENING.match(text.lstrip())
    if told is None or not (told["today"] or told["day"] or told["clock"] or told["part"]):
        return None
    return told


def _told_as_had_said(analysis: Analysis, claim: Claim) -> bool:
    """ "The governor had put the toll at 20": a figure its clause tells as given before."""
    start = _clause_start(analysis, claim)
    return _HAD_SAID.search(analysis.text, start, claim.start) is not None


def _told_as_whole_toll(analysis: Analysis, claim: Claim) -> bool:
    """ "The army put the toll at 12 civilians": a toll given as a count of one group, with no
    other figure of its measure after it in its sentence, nor any right after it ("… at 12
    civilians and 3 soldiers", whatever measure the second is read as)."""
    window = max(0, claim.start - _TOLL_OF_WINDOW)
    if _TOLL_OF.search(analysis.text, window, claim.start) is None:
        return False
    return not any(
        other.sentence == claim.sentence
        and (other.measure == claim.measure or _joined_to_group(analysis.text, claim, other))
        and other.start >= claim.end
        for other in analysis.claims
    )


def _joined_to_group(text: str, claim: Claim, other: Claim) -> bool:
    """ "at 12 civilians and 3 soldiers": a figure right after a group's count may be another
    group of the same toll, unless a verb of its own ("… and wounded 48 others") says it
    counts something else."""
    if other.start - claim.end > _TOLL_OF_WINDOW:
        return False
    words = text[claim.end : other.start].lower().split()
    return _measure_verbs().isdisjoint(words)


@cache
def _measure_verbs() -> frozenset[str]:
    """The one-word verbs that name a measure before a number: "wounded", "killing"."""
    before: dict[str, str] = load_resource("measures.json")["before"]
    return frozenset(phrase for phrase in before if " " not in phrase)


def _told_as_own_rise(analysis: Analysis, claim: Claim) -> bool:
    """ "The Red Crescent stood by its count, which has since risen to 58": a rise its sentence
    tells of the source's own count ("its count", "their own tally"), before the figure."""
    if not _told_as_rise(analysis, claim):
        return False
    start = analysis.sentences[claim.sentence].start
    return _OWN_COUNT.search(analysis.text, start, claim.start) is not None


def _in_area_by_default(
    analysis: Analysis, claim: Claim, place: Place | None, area: Place | None
) -> bool:
    """Whether a claim's place is the report's own area only because its sentence names no
    other ("A bomber struck a mosque in Peshawar, killing 32"), so that it counts what the
    report's counts for no place count."""
    if place is None or not _same_place(place, area):
        return False
    if _told_for_the_figure_before(analysis, claim, place):
        return False
    return not place_told_for(analysis, claim, place) and not _told_where(analysis, claim, place)


def _denied_for_the_area(claim: Claim, place: Place | None, area: Place | None) -> bool:
    """ "The minister denied that anyone had been killed in Quetzaltenango", in a report about
    Quetzaltenango: a denial told for the report's own area denies every death the report
    counts there, however each is placed."""
    return claim.stance == "denied" and place is not None and _same_place(place, area)


def _told_for_the_figure_before(analysis: Analysis, claim: Claim, place: Place) -> bool:
    """ "27 people were arrested in Osh and nine officers injured": a figure joined by "and"
    right after the place told for the figure before it shares that place."""
    if _AND_AFTER_PLACE.fullmatch(analysis.text, place.end, claim.start) is None:
        return False
    return any(
        other.sentence == claim.sentence
        and other.end <= place.start
        and place_told_for(analysis, other, place)
        for other in analysis.claims
    )


def _told_where(analysis: Analysis, claim: Claim, place: Place) -> bool:
    """ "Clashes spread to Labé on Tuesday, where a hospital director said three young men had
    been brought in dead": a relative "where" after the place opens the clause that gives the
    figure, which is then told for that place."""
    if not (analysis.sentences[claim.sentence].start <= place.end <= claim.start):
        return False
    return _WHERE.search(analysis.text, place.end, claim.start) is not None


def _narrower_counts(analysis: Analysis) -> set[str]:
    """Counts that only bound a toll from below, as parts do: bodies recovered or received
    ("3,845 bodies", "the bodies of four", while more are missing), deaths in custody ("nobody
    had died in police custody", among all who died), counts among a group ("11 deaths from
    cholera among the newly displaced") and deaths in some hospitals ("Deaths in our two
    hospitals: 7")."""
    found = set()
    for claim in analysis.claims:
        among = _AMONG_A_GROUP.match(analysis.text, claim.end, _clause_end(analysis, claim))
        in_care = _in_custody(analysis, claim) or _in_hospital(analysis, claim)
        bodies = _counts_bodies(claim) or _told_as_bodies_of(analysis, claim)
        if bodies or among or in_care or _died_in_hospital(analysis, claim):
            found.add(claim.id)
    return found


def _counts_bodies(claim: Claim) -> bool:
    """Whether a figure counts bodies ("17 bodies", "the remains of 40"), not people."""
    return claim.text.lower().rsplit(maxsplit=1)[-1] in _BODIES


def _told_as_bodies_of(analysis: Analysis, claim: Claim) -> bool:
    """ "… say at least 17 men died, and that the bodies of four have not been shown": a bare
    number after "the bodies of" counts the bodies of some of the dead told before it (while
    "found the bodies of four people" counts the dead found)."""
    start = max(0, claim.start - _BODIES_OF_REACH)
    return _bare(claim) and _BODIES_OF.search(analysis.text, start, claim.start) is not None


def _lower_bound_kinds(analysis: Analysis, bounds: Set[str]) -> dict[str, str]:
    """What each count that bounds a toll from below, and is no part of another count, counts:
    "bodies" ("17 bodies") or those "treated" in hospital ("112 people had been treated")."""
    kinds = {}
    for claim in analysis.claims:
        if claim.id not in bounds:
            continue
        if _counts_bodies(claim):
            kinds[claim.id] = "bodies"
        elif _in_hospital(analysis, claim):
            kinds[claim.id] = "treated"
    return kinds


def _in_hospital(analysis: Analysis, claim: Claim) -> bool:
    """ "The Red Cross said 90 people had been taken to hospital", "a clinic said it treated
    12 protesters": those a hospital took in are some of the injured, not all of them."""
    if claim.measure != "injured":
        return False
    start = analysis.sentences[claim.sentence].start
    return _HOSPITAL.search(analysis.text, start, _clause_end(analysis, claim)) is not None


def _died_in_hospital(analysis: Analysis, claim: Claim) -> bool:
    """ "Deaths in our two hospitals: 7", "no patient has died in hospital": the dead its
    clause counts in some hospitals, or among their patients, are some of all the dead, who
    also died at the scene or at home."""
    if claim.measure != "killed":
        return False
    start, end = _clause_start(analysis, claim), _clause_end(analysis, claim)
    if _PATIENTS_IN_HOSPITAL.search(analysis.text, claim.start, end):
        return True
    return any(
        not _SITE_OF_THE_EVENT.search(analysis.text, start, found.start())
        for found in _DIED_IN_HOSPITAL.finditer(analysis.text, start, end)
    )


def _in_custody(analysis: Analysis, claim: Claim) -> bool:
    if claim.measure != "killed":
        return False
    return _CUSTODY.search(analysis.text, claim.end, _clause_end(analysis, claim)) is not None


def _clause_end(analysis: Analysis, claim: Claim) -> int:
    """Where the clause of a claim ends: the next comma, semicolon or full stop of its sentence."""
    end = _sentence_end(analysis, claim)
    stop = _CLAUSE_STOP.search(analysis.text, claim.end, end)
    return stop.start() if stop else end


def _sentence_end(analysis: Analysis, claim: Claim) -> int:
    """Where the sentence of a claim ends."""
    return analysis.sentences[claim.sentence].end


def _unknown_place(analysis: Analysis, claim: Claim) -> Place | None:
    """A place the gazetteer lacks but the claim's sentence calls one ("Rescuers in Zinda Jan
    district …", "9 deaths: Ba 5, Rakiraki 1", or the clause "five dead from our village"): it
    lies in nothing known, and so a claim given for it (one with no known place of its own)
    bounds no other figure. None when the sentence names no such place."""
    sentence = analysis.sentences[claim.sentence]
    label = _LIST_LABEL.search(
        analysis.text, max(sentence.start, claim.start - _LABEL_REACH), claim.start
    )
    if label is not None and _known_place(analysis, label):
        label = None  # "…, Lautoka 2": a known place, which the figure has as its own
    found = (
        label
        or _NAMED_PLACE.search(analysis.text, sentence.start, sentence.end)
        or _toll_for(analysis, sentence)
        or _OWN_PLACE.search(analysis.text, claim.end, _clause_end(analysis, claim))
        or _own_place_before(analysis, claim, sentence)
        or _PLACE_ALONE.search(analysis.text, _clause_start(analysis, claim), claim.end)
    )
    if found is None or _known_place(analysis, found):
        return None
    name = found.group("name").strip()
    return Place(id="", text=found.group(0), start=found.start(), end=found.end(), name=name)


def _own_place_before(analysis: Analysis, claim: Claim, sentence: Sentence) -> re.Match[str] | None:
    """ "In our camp three men are dead now": the speakers' own place told just before."""
    start = max(sentence.start, claim.start - _OWN_PLACE_REACH)
    return _OWN_PLACE.search(analysis.text, start, claim.start)


def _known_place(analysis: Analysis, named: re.Match[str]) -> bool:
    """Whether the place stage found a place in the words of a name."""
    return any(place.start < named.end() and named.start() < place.end for place in analysis.places)


def _toll_for(analysis: Analysis, sentence: Sentence) -> re.Match[str] | None:
    """ "The NDMO lowered its toll for Ba from five to four": a count told "for" a name is that
    place's count (unless the name is a day or month: "its toll for Monday")."""
    named = _TOLL_FOR.search(analysis.text, sentence.start, sentence.end)
    if named is None or any(
        time.start < named.end() and named.start("name") < time.end for time in analysis.times
    ):
        return None
    return named


def _coordinated_parts(analysis: Analysis, parts: Set[str]) -> set[str]:
    """Figures joined by "and" to a part of the same sentence are parts too: "about 400 of whom
    were in hospital and 62 in intensive care" counts two groups of the injured, not rivals."""
    found: set[str] = set()
    previous: Claim | None = None
    for claim in sorted(analysis.claims, key=lambda claim: claim.start):
        if (
            previous is not None
            and (previous.id in parts or previous.id in found)
            and previous.sentence == claim.sentence
            and _joined_by_and(analysis.text[previous.end : claim.start])
        ):
            found.add(claim.id)
        previous = claim
    return found


def _joined_by_and(between: str) -> bool:
    return (
        len(between) <= _JOIN_CHARS
        and not any(mark in between for mark in ";.,")
        and _ENDS_WITH_AND.search(between) is not None
    )


def _counts_now(analysis: Analysis, claim: Claim) -> bool:
    """Whether the claim's clause counts a state that can end ("still in hospital", "remain
    missing", "being treated") rather than a toll of all who were ever hurt. The clause, not
    the sentence: in "150 had been detained since the protests began, of whom 60 remained in
    custody" only the 60 are held now. An answer counts what its question asks ("Fourteen",
    after "How many people are still in hospital?"); the clause goes on past a phrase naming
    whom it counts ("one person, the site manager, is now detained")."""
    end = _clause_end(analysis, claim)
    apposition = _APPOSITION.match(analysis.text, end)
    if apposition is not None:
        stop = _CLAUSE_STOP.search(analysis.text, apposition.end(), _sentence_end(analysis, claim))
        end = stop.start() if stop else _sentence_end(analysis, claim)
    if _NOW.search(analysis.text, _clause_start(analysis, claim), end):
        return True
    return _answers_a_question_of_now(analysis, claim)


def _answers_a_question_of_now(analysis: Analysis, claim: Claim) -> bool:
    """Whether the claim is the first figure of the answer to a question of now ("How many
    are still in hospital?")."""
    if claim.sentence == 0 or any(
        other.sentence == claim.sentence and other.start < claim.start for other in analysis.claims
    ):
        return False
    asked = analysis.sentences[claim.sentence - 1]
    question = analysis.text[asked.start : asked.end]
    return _QUESTION_OF_NOW.search(question) is not None and _NOW.search(question) is not None


def _clause_start(analysis: Analysis, claim: Claim) -> int:
    """Where the clause of a claim begins: after the last comma or semicolon before it in its
    sentence."""
    start = analysis.sentences[claim.sentence].start
    before = analysis.text[start : claim.start]
    return start + max(before.rfind(","), before.rfind(";")) + 1


def _counts_so_far(analysis: Analysis, claim: Claim) -> bool:
    """Whether the claim's sentence counts every day so far ("since the protests began", "in a
    week of protests", "so far"), or the claim is told in the perfect with no day of its own
    ("2,300 people had been arrested nationwide"): such a count of arrests, like a toll, never
    falls."""
    sentence = analysis.sentences[claim.sentence]
    if _says_all_days(analysis, claim):
        return True
    if _PERFECT.match(analysis.text, claim.end, sentence.end) is None:
        return False
    return not any(_dates_the_sentence(analysis, time, sentence) for time in analysis.times)


def _says_all_days(analysis: Analysis, claim: Claim) -> bool:
    sentence = analysis.sentences[claim.sentence]
    return _SO_FAR.search(analysis.text, sentence.start, sentence.end) is not None


def _dates_the_sentence(analysis: Analysis, time: Time, sentence: Sentence) -> bool:
    """A day named in the sentence, not as the start of a window ("since Monday")."""
    if time.type != "DATE" or not sentence.start <= time.start < sentence.end:
        return False
    return not _SINCE.search(analysis.text, max(sentence.start, time.start - 6), time.start)


def _area_kind(claim: Claim) -> str:
    """A crowd or a deployment is counted where the report's events are; a toll may be the
    whole count of the crisis."""
    return "event" if claim.measure in _EVENT_MEASURES else "toll"


def report_area(places: Sequence[Place]) -> Place | None:
    """The place a report names most often, the first of equals; None when it names none."""
    counts = Counter((place.name, place.country) for place in places)
    return max(places, key=lambda place: counts[(place.name, place.country)], default=None)


def _area_of_tolls(places: Sequence[Place], told: Iterable[Place | None]) -> Place | None:
    """The report's area as the place of a toll the text gives no place for, when the area is a
    country or region or holds another place the report names; else None, the whole count. A
    report that names only a town ("In Tacloban, 19 bodies were recovered", "talks in Quito")
    gives its "death toll rose to 27" for the whole crisis, not for the town; nor is the area
    the place of a toll when the report gives figures for places beside it ("13 deaths in
    Central department … seven in Alto Paraná"): its other tolls count them all."""
    area = report_area(places)
    if area is None or any(_beside(place, area) for place in told if place is not None):
        return None
    broad = area.country is not None and place_kind(area) != "town"
    holds = any(place_within(place, area) and not _same_place(place, area) for place in places)
    return area if broad or holds else None


def _beside(place: Place, area: Place) -> bool:
    """Whether a place lies neither within an area nor around it (another region, a town
    elsewhere)."""
    return not place_within(place, area) and not place_within(area, place)


def figure_conflicts(claims: Sequence[ClaimInContext]) -> list[FigureConflict]:
    """Every pair of claims (from one report or many) that disagree, in the order given.

    Only claims of one measure are compared, and of claims that say the same thing (the same
    figure, subject, place, day, source and stance, as a report that repeats itself) only the
    first is compared, so that repetitive text does not multiply the pairs. The comparison is
    pairwise within a measure: a story-wide call should pass the claims of one story."""
    found: list[FigureConflict] = []
    for first, second in candidate_pairs(claims):
        conflict = compare(first, second) or learned_conflict(first, second)
        if conflict is not None:
            found.append(conflict)
    order = {id(item): n for n, item in enumerate(claims)}
    return sorted(found, key=lambda c: (order[id(c.first)], order[id(c.second)]))


def candidate_pairs(
    claims: Sequence[ClaimInContext],
) -> Iterator[tuple[ClaimInContext, ClaimInContext]]:
    """Every pair of claims of one compared measure, leaving out repeats of a claim (the same
    figure, subject, place, day, source and stance) and measures never compared (prices)."""
    by_measure: dict[str, list[ClaimInContext]] = {}
    seen: set[tuple[object, ...]] = set()
    for item in claims:
        if item.claim.measure in _UNCOMPARED_MEASURES or _signature(item) in seen:
            continue
        seen.add(_signature(item))
        by_measure.setdefault(compared_measure(item.claim), []).append(item)
    for group in by_measure.values():
        yield from itertools.combinations(group, 2)


def compared_measure(claim: Claim) -> str:
    """The measure a claim is compared under: "arrested" and "detained" count the same people
    (held by the police), so "112 arrested" and "180 detained" are one count."""
    return _SAME_COUNT.get(claim.measure, claim.measure)


def _signature(item: ClaimInContext) -> tuple[object, ...]:
    claim = item.claim
    said_by = claim.said_by.text if claim.said_by else None
    where = (item.place.name, item.place.country) if item.place else None
    return (item.document, claim.measure, claim.subject, claim.low, claim.high, where,
            item.date, item.part, claim.stance, said_by)  # fmt: skip


def compare(first: ClaimInContext, second: ClaimInContext) -> FigureConflict | None:
    """Whether two claims disagree, and how; None when they can both be true."""
    a, b = first.claim, second.claim
    if compared_measure(a) != compared_measure(b) or a.measure in _UNCOMPARED_MEASURES:
        return None
    above = _part_above_its_whole(first, second) or _part_above_its_whole(second, first)
    if above is not None:
        return above
    if first.moved_from or second.moved_from:
        return _revised_down(first, second) or _past_count_against(first, second)
    if first.piece or second.piece:
        return None
    if _broken_down_in_brackets(first, second) or _one_series(first, second):
        return None
    scope = _scope(first, second)
    if scope is None or _whole_is_a_part(first, second, scope):
        return None
    if (a.stance == "denied") != (b.stance == "denied"):
        return _fact_conflict(first, second, scope)
    replaced = _own_for_the_denied(first, second) or _own_for_the_denied(second, first)
    if replaced is not None:
        return replaced
    if _now_exceeds_total(first, second, scope):
        return FigureConflict("figure", first, second, explain(first, second, scope))
    if _now_and_all_days(first, second) or _held_of_the_arrested(first, second):
        return None
    if _still_some_of_all(first, second):
        return None
    if _missing_found(first, second) or _missing_found(second, first):
        return None
    if a.stance == "denied" or not _same_day(first, second):
        return _later_drop(first, second, scope)
    if not _cannot_both_hold(a, b, scope) or _an_update(first, second):
        return None
    return FigureConflict("figure", first, second, explain(first, second, scope))


_REVISION_GAP = 10  # "58 [from] 64", "from 19 [to] 17", "64 [from the] 68"


def _revised_down(first: ClaimInContext, second: ClaimInContext) -> FigureConflict | None:
    """ "The number of injured was revised to 58 from 64", "lowered its toll from 19 to 17": a
    toll never falls, so one revised down in the sentence that tells both figures says that the
    figure it moved from was wrong; the two disagree. A toll revised up, "seven deaths, up from
    six", is the count grown, and any other figure a count moved from is compared with nothing
    (the missing are found, shelters empty). The figure moved to stands right beside it."""
    if first.moved_from == second.moved_from or first.claim.measure not in _TOLLS:
        return None
    if not _same_sentence(first, second) or first.claim.measure != second.claim.measure:
        return None
    old, new = (first, second) if first.moved_from else (second, first)
    gap = max(old.claim.start, new.claim.start) - min(old.claim.end, new.claim.end)
    if gap > _REVISION_GAP or _bounds(new.claim)[1] >= _bounds(old.claim)[0]:
        return None  # "… 41 remain in hospital": not the figure the count moved to
    why = f"{_label(new)} {_figure(new)} is revised down from {_figure(old)}"
    return FigureConflict("figure", first, second, why)


def _part_above_its_whole(part: ClaimInContext, whole: ClaimInContext) -> FigureConflict | None:
    """ "A doctor told me she alone had treated 26 patients - more than the nineteen injured the
    Ministry announced for the whole fire": a count its teller sets above the whole count, of
    that report or given before it, disagrees with that count, whatever the part counts. The
    whole is the count the sentence names (the nineteen; the same count given earlier), or,
    when it names none ("above the ministry's regional total"), any count of the whole given
    no later that is lower."""
    if part.above_whole is None or whole.claim.stance == "denied" or _one_voice(part, whole):
        return None
    if _told_on(whole)[0] > _told_on(part)[0]:
        return None  # a later whole may have grown past it
    low, high = _bounds(whole.claim)
    floor, ceiling = part.above_whole
    if not (floor <= low and high <= ceiling) or high >= _bounds(part.claim)[0]:
        return None
    named = _same_sentence(part, whole) and whole.claim.start > part.claim.start
    if not named and (whole.part or not (whole.whole or whole.in_area)):
        return None  # a part, or a count of a place of its own, is no count of the whole
    why = f"{explain(part, whole, 'first_in_second')}, told as above the whole"
    return FigureConflict("figure", part, whole, why)


def _past_count_against(first: ClaimInContext, second: ClaimInContext) -> FigureConflict | None:
    """ "The ambulance centre now lists seven deaths, up from six on Monday", beside a rights
    group's "eleven deaths" confirmed on Monday: the figure a toll moved from was its source's
    count as of its day, so another source's toll of that day that it cannot meet disagrees
    with it, and so does one of another day that the dead, who stay dead, rule out (a higher
    count before it, a lower one after it). Within its own sentence it is only the count's past
    (`_revised_down`), its own source's counts are that count grown, and in its own report
    a past figure told for no day of its own ("raised the toll from 41 to 58") is no count of
    the report's day."""
    past, other = (first, second) if first.moved_from else (second, first)
    if other.moved_from or past.claim.measure not in _TOLLS:
        return None
    if past.claim.measure != other.claim.measure or _same_sentence(first, second):
        return None
    if "denied" in (past.claim.stance, other.claim.stance) or _one_voice(first, second):
        return None
    if not (_full_day(past) and _full_day(other)):
        return None
    if past.document == other.document and past.date == past.published:
        return None
    scope = _scope(first, second)
    if scope is None or _whole_is_a_part(first, second, scope):
        return None
    if past.date == other.date:
        if not _cannot_both_hold(first.claim, second.claim, scope):
            return None
    else:
        earlier, later = (past, other) if str(past.date) < str(other.date) else (other, past)
        if not _fell(earlier, later, first, scope):
            return None
    why = f"{explain(first, second, scope)}; {_figure(past)} was the count of {past.date}"
    return FigureConflict("figure", first, second, why)


def _own_for_the_denied(own: ClaimInContext, denied: ClaimInContext) -> FigureConflict | None:
    """ "Three dead", says the ministry, and a day later the morgue: "we received the bodies of
    four young men, not three": a count given in place of another's figure that it denies is
    that figure's rival, not its update."""
    if own.document == denied.document or own.denies != _bounds(denied.claim):
        return None
    low, high = _bounds(own.claim)
    denied_low, denied_high = _bounds(denied.claim)
    if denied_low <= high and low <= denied_high:
        return None
    why = f"{_label(own)} {_figure(own)} is given in place of {_figure(denied)}"
    return FigureConflict("figure", own, denied, why)


def _now_and_all_days(first: ClaimInContext, second: ClaimInContext) -> bool:
    """ "151 people remained in custody" and "300 had been detained since the protests began":
    those held now are some of all who were ever held (or hurt), not a rival count."""
    if first.claim.measure == "killed" or first.current == second.current:
        return False  # two counts of now ("no more than 30 remained in custody") are rivals
    return (first.current and second.all_days) or (second.current and first.all_days)


def _still_some_of_all(first: ClaimInContext, second: ClaimInContext) -> bool:
    """ "The number of injured is 13" and "Nine injured persons remain hospitalised": those
    still hurt or held are some of all who ever were, so a count of now no larger than a count
    of all is no rival of it. Two counts of now are rivals, and so are two sources' counts set
    against each other ("104 were in custody, while lawyers put the number at more than 250");
    the missing are `_missing_found`."""
    if compared_measure(first.claim) == "missing" or first.current == second.current:
        return False
    if _same_sentence(first, second) or _two_sources(first, second):
        return False
    return _fewer_now(first, second)


def _two_sources(first: ClaimInContext, second: ClaimInContext) -> bool:
    """Whether each claim names its source, and they differ."""
    return None not in (_speaker(first), _speaker(second)) and not _one_voice(first, second)


def _missing_found(earlier: ClaimInContext, later: ClaimInContext) -> bool:
    """ "On Monday the police said three inmates were missing", then "no inmate was missing";
    "40 people are missing", then "22 are still unaccounted for": the missing are found, so a
    lower count of them told for a later day, or in a later report ("the storm of 3 March has
    left 5 missing"), or told after as those still missing now, is an update. (Told before, "15
    were still missing" is a rival of a union's "more than 30".)"""
    if compared_measure(earlier.claim) != "missing":
        return False
    if _bounds(later.claim)[1] >= _bounds(earlier.claim)[0]:
        return False
    if later.current and not earlier.current and _told_after(later, earlier):
        return True
    if _in_a_later_entry(later, earlier):
        return True
    if later.document != earlier.document and _told_on(earlier)[0] < _told_on(later)[0]:
        return True
    if not (_full_day(earlier) and _full_day(later)):
        return False
    return str(earlier.date) < str(later.date)


def _in_a_later_entry(later: ClaimInContext, earlier: ClaimInContext) -> bool:
    """Whether a claim is told in a later timed entry of the running account that tells the
    other ("14:40 … 16 still missing", then "19:50 Fire authorities: 14 dead, 8 missing")."""
    if later.document != earlier.document or later.entry is None or earlier.entry is None:
        return False
    return later.entry > earlier.entry


def _told_after(later: ClaimInContext, earlier: ClaimInContext) -> bool:
    """Whether a claim is told after another: in a later report, or further on in the same."""
    if later.document == earlier.document:
        return later.claim.start > earlier.claim.start
    return _told_on(later) > _told_on(earlier)


def _held_of_the_arrested(first: ClaimInContext, second: ClaimInContext) -> bool:
    """ "Of the 46 people arrested on Monday, 39 remain in custody": an arrest is done once and
    stays counted, while those still held go free one by one, so a count held now that is no
    larger than a count of arrests is some of the arrested, not a rival count."""
    now, other = (first, second) if first.current else (second, first)
    if not now.current or other.current or other.claim.measure != "arrested":
        return False
    return _bounds(now.claim)[0] <= _bounds(other.claim)[1]


def _now_exceeds_total(first: ClaimInContext, second: ClaimInContext, scope: Scope) -> bool:
    """ "More than 300 were being held" on Tuesday and "140 demonstrators had been detained since
    the protests began" on Thursday: all who were ever held (or hurt) by a day include those held
    (or in hospital) on any day before it, so a count of now that exceeds a total so far told
    the same day or later cannot hold with it, whoever gives each. The missing are no such
    total: "missing since Sunday" counts those not yet found, who may be fewer than before."""
    if first.claim.measure in ("killed", "missing") or first.current == second.current:
        return False
    now, total = (first, second) if first.current else (second, first)
    within = "first_in_second" if now is first else "second_in_first"
    if not total.so_far or scope not in ("same", within) or total.part:
        return False
    if _told_on(now)[0] > _told_on(total)[0]:
        return False
    return _bounds(now.claim)[0] > _bounds(total.claim)[1]


def _an_update(first: ClaimInContext, second: ClaimInContext) -> bool:
    """ "40 were arrested … the number rose to 55": a figure told as a rise above another; or
    a cumulative count dated a later day and higher ("the count of 44 given on Saturday" and
    "at least 164" on Sunday), even within one report."""
    if _rises_above(first, second) or _rises_above(second, first):
        return True
    if _superseded(first, second) or _superseded(second, first):
        return True
    if _own_count_grew(first, second) or _own_count_grew(second, first):
        return True
    if _replaced_for_a_rival(first, second):
        return True
    if _page_count_grown(first, second) or _page_count_grown(second, first):
        return True
    a, b = first.claim.date, second.claim.date
    if first.claim.measure not in _CUMULATIVE or not a or not b or len(a) != 10 or len(b) != 10:
        return False
    if _counted_by_a_later_hour(first, second):
        return True
    if "X" in a + b or (a == b and not _told_again_later(first, second)):
        return False
    if _rival_sources(first, second):
        return False
    earlier, later = (
        (first, second) if (a, _told_on(first)) < (b, _told_on(second)) else (second, first)
    )
    return _bounds(earlier.claim)[1] < _bounds(later.claim)[0]


def _counted_by_a_later_hour(first: ClaimInContext, second: ClaimInContext) -> bool:
    """ "By 6 p.m., police had confirmed nine deaths" and "By 8 p.m., the hospital said 12
    bodies were in its mortuary": in one report's account of its days, a higher count told for
    a later hour is the count grown, whoever gives each; but a source's own count grown ("By
    Tuesday afternoon, the UDF's count had risen to eleven") grows only its own."""
    first_told, second_told = _hour_told(first), _hour_told(second)
    if first.document != second.document or first_told is None or second_told is None:
        return False
    if first_told == second_told:
        return False
    earlier, later = (first, second) if first_told < second_told else (second, first)
    if earlier.date == later.date and _ANY_HOUR in (earlier.hour, later.hour):
        return False  # "On Tuesday" and "By Tuesday evening": no order within the day
    if later.own_rise and _speaker(later) != _speaker(earlier):
        return False
    return _bounds(earlier.claim)[1] < _bounds(later.claim)[0]


def _hour_told(item: ClaimInContext) -> tuple[str, float] | None:
    """The day and hour a claim counts up to, when its sentence opens with a day or hour."""
    if item.hour is None or not _full_day(item):
        return None
    return str(item.date), item.hour


def _own_count_grew(old: ClaimInContext, new: ClaimInContext) -> bool:
    """ "Civil Protection says four people are confirmed dead" and, further on in the same
    report, "the toll stands at 15, according to Civil Protection": one source's higher count
    told after its own lower one, as a running report tells them, is its count grown."""
    if old.document != new.document or old.claim.measure not in _CUMULATIVE:
        return False
    if not _one_voice(old, new) or not _told_after(new, old):
        return False
    return _bounds(old.claim)[1] < _bounds(new.claim)[0]


def _replaced_for_a_rival(first: ClaimInContext, second: ClaimInContext) -> bool:
    """ "7:30 a.m. Civil Protection says 27 injured", replaced in the evening's entry by its
    "61 injured", and the hospital's "treated 38 of the injured": in a running account, a
    source's count that its own later entry replaces is its past, no rival of another source's
    count (though its own later count may disagree with it). Two counts one entry tells side by
    side were rivals when it was told, whatever either source said later."""
    if first.document != second.document or not (first.replaced or second.replaced):
        return False
    if first.entry == second.entry:
        return False  # told in one entry, "38 drowned; the coast guard said 21", they were rivals
    return first.claim.measure in _CUMULATIVE and not _one_voice(first, second)


def _page_count_grown(old: ClaimInContext, new: ClaimInContext) -> bool:
    """ "14:40 Death toll rises to 9, fire authorities say", then "19:50 Fire authorities: 14
    dead": in a running account, a higher count that a later entry gives in no one's name is
    the account's own toll grown. (Two named sources' counts of different hours may be rivals:
    a city office's 17 at 14:10 and a coast guard's "not less than 30" at 15:45.)"""
    if old.claim.measure not in _CUMULATIVE or new.claim.said_by is not None:
        return False
    if not (_in_a_later_entry(new, old) or _past_hours_word(old, new)):
        return False
    return _bounds(old.claim)[1] < _bounds(new.claim)[0]


def _past_hours_word(old: ClaimInContext, new: ClaimInContext) -> bool:
    """ "Killed: 7 … Note: the Idlib health directorate gave 5 dead at 11:00": a figure a report
    tells with the hour it was given is that hour's word, which the report's own count, told
    for no hour, has passed."""
    if old.document != new.document or new.hour is not None:
        return False
    return old.hour is not None and old.hour != _ANY_HOUR


def _one_voice(first: ClaimInContext, second: ClaimInContext) -> bool:
    """Whether one source speaks for both claims, or one names the other's office: "Civil
    Protection" and "the director of Civil Protection, Luis Amaya"."""
    return _same_speaker(first, second) or _voices_match(first.claim.said_by, second.claim.said_by)


def _voices_match(first: Attribution | None, second: Attribution | None) -> bool:
    """Whether two sources' words name one voice: the same words, or one names the other's
    office ("Civil Protection", "the director of Civil Protection, Luis Amaya")."""
    if first is None or second is None:
        return False
    a, b = (_DETERMINER.sub("", source.text.lower()) for source in (first, second))
    short, full = sorted((a, b), key=len)
    return re.search(rf"\b{re.escape(short)}\b", full) is not None


def _superseded(old: ClaimInContext, new: ClaimInContext) -> bool:
    """ "… bringing the number of dead to 23. The governor had put the toll at 20 that
    morning": a lower count that a report tells as given before ("had put"), beside a rise it
    tells, is that count's past."""
    if not (old.had_said and new.rising) or new.had_said or old.document != new.document:
        return False
    if old.claim.measure not in _CUMULATIVE:
        return False
    return _bounds(old.claim)[1] < _bounds(new.claim)[0]


def _told_again_later(first: ClaimInContext, second: ClaimInContext) -> bool:
    """Whether two reports published on different days count the same day: the later one
    ("62 bodies were found there on Friday") knows more of that day than the one published on
    it, so its higher count is an update; unless the later one restates what a source had said
    on that day ("on Tuesday it had put the toll at 14"), which knew no more than that day."""
    if first.document == second.document or _told_on(first)[0] == _told_on(second)[0]:
        return False
    later = first if _told_on(first) > _told_on(second) else second
    return not later.said_then


def _rises_above(rise: ClaimInContext, other: ClaimInContext) -> bool:
    """Whether `rise` ("the toll rose to 58") updates a lower figure: one of another report, or
    one told before it in its own ("40 were arrested … the number rose to 55"); a lower figure
    told after it ("…, while the ministry put the number at 1,520"), or by another source in the
    same sentence, is a rival. A rise of a source's own count ("its count has since risen to
    58") updates only figures that source gave."""
    if not rise.rising or _bounds(other.claim)[1] >= _bounds(rise.claim)[0]:
        return False
    if rise.own_rise and _speaker(rise) != _speaker(other):
        return False  # "its count has since risen to 58" updates its own count, not another's
    if rise.document != other.document:
        return True
    return other.claim.start < rise.claim.start and not _rival_in_sentence(rise, other)


def _rival_in_sentence(first: ClaimInContext, second: ClaimInContext) -> bool:
    """ "Only two people had died, contradicting the ombudsman, who said the toll had risen to
    four": two named sources in one sentence give rival figures, not a figure and its rise.
    One sentence of one report: the third sentence of two reports is no shared sentence."""
    speakers = (_speaker(first), _speaker(second))
    return _same_sentence(first, second) and None not in speakers and speakers[0] != speakers[1]


def _whole_is_a_part(first: ClaimInContext, second: ClaimInContext, scope: Scope) -> bool:
    """ "18 others were detained" bounds nothing: a part of an untold total is not the whole
    that a narrower figure ("160 demonstrators detained") must fit in. The dead of the forces'
    fire ("one of the dead had been shot by a guard") are all of that group, though."""
    if first.by_forces and second.by_forces:
        return False
    if scope == "first_in_second":
        return second.part and not _bounds_a_group(first, second)
    if scope == "second_in_first":
        return first.part and not _bounds_a_group(second, first)
    return False


def _bounds_a_group(bound: ClaimInContext, group: ClaimInContext) -> bool:
    """ "17 bodies" recovered in Sunamganj and "14 dead, nine of them in Sunamganj": a count that
    bounds a toll from below, set against the whole count of a named group or place that a
    larger toll is told to include, is bounded by it: the nine are all of Sunamganj's dead."""
    return bound.lower_bound and not bound.subgroup and group.subgroup


def _scope(first: ClaimInContext, second: ClaimInContext) -> Scope | None:
    """How the two claims' subjects and places relate: the same, one within the other, or
    neither (None: they count different things and are not compared)."""
    subject = _subject_relation(first, second)
    if subject not in (None, "same") and _rivals_in_sentence(first, second):
        subject = "same"
    if subject not in (None, "same") and _group_toll_against_people(first, second, subject):
        subject = "same"
    place: Scope | None
    if _left_out(first, second) or _left_out(second, first):
        return None  # "nobody anywhere else" does not count the two who died in Ahvaz
    if first.claim.measure in _EVENT_MEASURES:
        place = "same" if _same_place(first.place, second.place) else None
    elif _both_whole(first, second):
        place = "same"
    else:
        place = _place_relation(first.place, second.place)
    if subject is None or place is None:
        return None
    if subject == place == "same" and first.part != second.part:
        return _part_scope(first, second)
    if subject == place == "same" and _bounds_a_group(first, second):
        return "first_in_second"  # "17 bodies" there and "nine of them in Sunamganj"
    if subject == place == "same" and _bounds_a_group(second, first):
        return "second_in_first"
    if _groups_of_one_breakdown(first, second) or _contingents_of_one_sentence(first, second):
        return None
    both_parts = first.part and second.part and not (first.subgroup and second.subgroup)
    if both_parts and not _rival_lower_bounds(first, second):
        return None  # "a further 30 officers" and "including 180 officers": parts of two totals
    if subject == "same":
        return place
    if place in ("same", subject):
        return subject
    return None


def _contingents_of_one_sentence(first: ClaimInContext, second: ClaimInContext) -> bool:
    """ "The army has deployed 1,200 troops, and France has sent a vessel with 60 military
    personnel": two deployments one sentence tells are two contingents, unless two sources
    give them as rival counts of one."""
    if first.claim.measure != "deployed" or not _same_sentence(first, second):
        return False
    if first.sent_by_source and second.sent_by_source:
        return True  # the army's 900 troops and the plane Kenya sent
    return not _rival_in_sentence(first, second)


def _groups_of_one_breakdown(first: ClaimInContext, second: ClaimInContext) -> bool:
    """ "Eleven died in the ward, and one girl died later in hospital", after "Twelve": two
    groups that one sentence breaks a total into are different people, whatever subject each
    is read as; unless two sources give them."""
    if not (first.subgroup and second.subgroup and _same_sentence(first, second)):
        return False
    return not _rival_in_sentence(first, second)


def _rival_lower_bounds(first: ClaimInContext, second: ClaimInContext) -> bool:
    """ "112 people had been treated in hospitals", the MEC said, and the company's "no more
    than 40 people had needed hospital treatment"; the chaplain's "22 bodies" and the forensic
    institute's "17 bodies": two sources' counts of one kind that each bound a toll from below
    (those the hospitals took in, the bodies counted) count the same people, so they are
    rivals (those still in hospital now excepted, who are fewer); in one sentence too, when two
    named sources give them ("a nurse said more than 25 wounded had arrived, while the health
    network confirmed 9")."""
    kind = first.bound_kind
    if kind is None or kind != second.bound_kind or first.current or second.current:
        return False
    if _same_sentence(first, second):
        return _rival_in_sentence(first, second)
    return _speaker(first) != _speaker(second)


def _left_out(rest: ClaimInContext, other: ClaimInContext) -> bool:
    return other.place is not None and other.place.name in rest.besides


def _group_toll_against_people(
    first: ClaimInContext, second: ClaimInContext, subject: Scope
) -> bool:
    """ "The army put the toll at 12 civilians" and a priest's "41 people had been killed": a
    source's whole toll, told as a count of one group, and another source's count of people
    name the same dead, not a part and its total."""
    narrow, wide = (first, second) if subject == "first_in_second" else (second, first)
    if not (narrow.whole_toll or wide.true_toll):
        return False  # "19 miners had died" and "the true number of dead was 24" are rivals
    if wide.part or wide.claim.subject != _GENERIC_SUBJECT:
        return False
    if wide.claim.stance == "denied":
        return True  # "rejects the figure of more than 60 dead" against its own 22 civilians
    return _speaker(narrow) is not None and _speaker(narrow) != _speaker(wide)


def _rivals_in_sentence(first: ClaimInContext, second: ClaimInContext) -> bool:
    """ "104 protesters were in custody, while lawyers put the number of detainees at more than
    250": two sources' figures of one measure in one sentence, one a bare number whose subject
    was not said, count the same people."""
    if first.document != second.document or not _rival_in_sentence(first, second):
        return False
    return _bare(first.claim) or _bare(second.claim)


def _bare(claim: Claim) -> bool:
    return quantity_text(claim) == claim.text


def _both_whole(first: ClaimInContext, second: ClaimInContext) -> bool:
    """Whether two claims both count the whole crisis: in two reports, counts for no place or
    for the report's own area by default (each report's area, whichever it names); in one
    report, a count for no place and one for the place the report is about ("a mosque in
    Peshawar …, killing 32" and "41 bodies")."""
    if first.document != second.document:
        return (first.whole or first.in_area) and (second.whole or second.in_area)
    return (first.whole and second.in_area) or (second.whole and first.in_area)


def _part_scope(first: ClaimInContext, second: ClaimInContext) -> Scope:
    """A part and a figure of its own subject and place: the part lies within the other, unless
    it counts all of a named group ("361 injured, including 105 police officers"), when a
    figure of that group from another source ("140 officers were hurt") counts the same; the
    dead of the forces' own fire are such a group only beside another count of them."""
    part, other = (first, second) if first.part else (second, first)
    whole_group = part.subgroup and not part.lower_bound  # not "… in hospital, among them 9"
    if whole_group and _speaker(first) != _speaker(second) and part.by_forces <= other.by_forces:
        return "same"  # (the dead of the forces' fire are counted the same only by another)
    return "first_in_second" if first.part else "second_in_first"


def _same_speaker(first: ClaimInContext, second: ClaimInContext) -> bool:
    """Whether one source gives both claims: "The Government" of a later sentence is "the
    Government of the Central African Republic" named in full before it."""
    a, b = _speaker(first), _speaker(second)
    if a is None or b is None:
        return False
    short, full = sorted((_DETERMINER.sub("", a), _DETERMINER.sub("", b)), key=len)
    return full == short or full.startswith(f"{short} of ") or full.startswith(f"{short}, ")


_DETERMINER = re.compile(r"^(?:the|a|an)\s")


def _speaker(item: ClaimInContext) -> str | None:
    """Who gives a claim, in lower case; the writer's own voice ("we", "our team", "my
    colleagues") is one speaker throughout its report, never a rival of itself, and another
    report's writer is another speaker."""
    said_by = item.claim.said_by
    if said_by is None:
        return None
    who = said_by.text.lower()
    if _WRITERS_VOICE.fullmatch(who):
        return f"the writer of {item.document}"
    return who


# "We have treated 23 people", "our team has treated 11 survivors": the writer speaking
_WRITERS_VOICE = re.compile(
    r"we|i|us|(?:our|my)\s(?:own\s)?(?:team|teams|staff|colleagues|doctors|nurses|medics"
    r"|volunteers|workers|people|office|organisation|organization)"
)


def _subject_relation(first: ClaimInContext, second: ClaimInContext) -> Scope | None:
    """How the two claims' subjects relate, as `subject_within` reads them, except that the
    attackers ("15 fighters", "gunmen") are counted apart from everyone else in any other
    sentence: "the army killed 15 fighters" is no part of a toll of 12 people told elsewhere,
    which counts their victims. A deployment of people ("48 volunteers") is no total of a named
    force's ("120 soldiers"), nor a part of it."""
    subjects = (first.claim.subject, second.claim.subject)
    apart = (subjects.count(_ATTACKERS) == 1) and not _same_sentence(first, second)
    if first.claim.measure == "deployed" and subjects.count(_GENERIC_SUBJECT) == 1:
        return None  # "48 volunteers" and "120 soldiers" sent in: each crew counted on its own
    if _bodies_of_the_dead(first, second) or _bodies_of_the_dead(second, first):
        return "same"
    if first.claim.measure == "participants" and set(subjects) == _STRIKERS:
        return "same"  # "2,500 workers still on strike" and "no more than 700" protesters
    if _a_group_toll(first, second) or _a_group_toll(second, first):
        return "same"
    return None if apart else _relation(*subjects, subject_within)


def _a_group_toll(group: ClaimInContext, other: ClaimInContext) -> bool:
    """ "The prisons directorate says 15 inmates died" and a chaplain's "22 dead": a count of
    the dead of a group that is nearly all who can die in such a crisis (`toll_groups`) is the
    whole toll, a rival of a count of people, unless the text tells it as a part."""
    if group.claim.measure != "killed" or group.claim.subject not in toll_groups():
        return False
    if group.part and not group.lower_bound:
        return False
    return other.claim.subject == _GENERIC_SUBJECT


def _bodies_of_the_dead(bodies: ClaimInContext, toll: ClaimInContext) -> bool:
    """ "Relatives counted at least 15 bodies" carried out of the prison, and the next day's
    report's toll "raised to 13 inmates": a count of bodies names no one, so it counts whoever
    a later toll, told as one, names, and bounds that toll from below. (Beside a count told
    as no toll, "two officers had died", the bodies may be anyone's.)"""
    if not bodies.lower_bound or bodies.claim.subject != _GENERIC_SUBJECT:
        return False
    if not _counts_bodies(bodies.claim):
        return False
    if toll.part or toll.document == bodies.document or toll.claim.stance == "denied":
        return False
    if not (toll.rising or toll.whole_toll or toll.true_toll):
        return False
    return _told_on(bodies) < _told_on(toll)


def _relation(a: str, b: str, within: Callable[[str, str], bool]) -> Scope | None:
    if a == b:
        return "same"
    if within(a, b):
        return "first_in_second"
    if within(b, a):
        return "second_in_first"
    return None


def _place_relation(first: Place | None, second: Place | None) -> Scope | None:
    """None as a place is the report's whole area: every named place lies within it."""
    if first is None:
        return "same" if second is None else "second_in_first"
    if second is None:
        return "first_in_second"
    if _same_place(first, second):
        return "same"
    if place_within(first, second):
        return "first_in_second"
    if place_within(second, first):
        return "second_in_first"
    return None


def _same_place(first: Place | None, second: Place | None) -> bool:
    if first is None or second is None:
        return first is second
    if first.geonames_id is not None and first.geonames_id == second.geonames_id:
        return True
    return first.name.lower() == second.name.lower() and first.country == second.country


def place_within(inner: Place, outer: Place) -> bool:
    """Whether `inner` lies in `outer`: the places stage's `geo.place_within` when it exists,
    else the gazetteer fields (a city in its admin1 region, anything in its country)."""
    try:
        geo = importlib.import_module("factline.geo")
    except ModuleNotFoundError:
        geo = None
    within = getattr(geo, "place_within", None)
    if callable(within):
        return bool(within(inner, outer))
    if inner.country is None or inner.country != outer.country:
        return False
    if outer.admin1 is None:
        return True  # a country holds its regions and cities
    return inner.admin1 == outer.admin1 == outer.name and inner.name != outer.name


def _same_day(first: ClaimInContext, second: ClaimInContext) -> bool:
    """Whether the two claims' dates can be the same day. An unknown date can be any day, and
    so can, within one report, the report's own date: a figure the text gives no date for is
    counted as of the report, which includes the days the report tells of."""
    a, b = first.date, second.date
    if a is None or b is None or "X" in a or "X" in b:
        return True
    if first.document == second.document and first.published in (a, b):
        return True
    return a.startswith(b) or b.startswith(a) or _rival_sources(first, second)


def _rival_sources(first: ClaimInContext, second: ClaimInContext) -> bool:
    """ "The ministry on Tuesday raised its toll to 23 … ACAJ said 129 people had been killed":
    two named sources of one report, giving a figure each for days next to each other, with no
    rise told by the later one, are rivals for the same count, not a count and its update."""
    if first.document != second.document or None in (_speaker(first), _speaker(second)):
        return False
    if _speaker(first) == _speaker(second) or not (_full_day(first) and _full_day(second)):
        return False
    earlier, later = sorted((first, second), key=lambda item: str(item.date))
    gap = date.fromisoformat(str(later.date)) - date.fromisoformat(str(earlier.date))
    return gap.days <= 1 and not later.rising


def _full_day(item: ClaimInContext) -> bool:
    """Whether a claim is dated to a calendar day ("2025-09-02"; not "2025-W14", "XXXX-09-02")."""
    return item.date is not None and _CALENDAR_DAY.fullmatch(item.date) is not None


def _cannot_both_hold(a: Claim, b: Claim, scope: Scope) -> bool:
    a_low, a_high = _bounds(a)
    b_low, b_high = _bounds(b)
    if scope == "first_in_second":
        return a_low > b_high
    if scope == "second_in_first":
        return b_low > a_high
    return a_high < b_low or b_high < a_low


def _bounds(claim: Claim) -> tuple[float, float]:
    low = 0.0 if claim.low is None else claim.low
    return low, float("inf") if claim.high is None else claim.high


def _later_drop(
    first: ClaimInContext, second: ClaimInContext, scope: Scope
) -> FigureConflict | None:
    """A death or injury toll from another report that is lower than an earlier report's figure
    for the same or a narrower count: tolls do not fall, so the later report disagrees, and
    neither do two counts of arrests both told as totals so far ("since the protests began").
    Other counts (arrests of one day, crowds, the missing) are counted per event or can fall,
    and so can the injured still in hospital ("9 people were being treated"); figures of
    different days in one report may count different days: none of these is compared. An
    earlier count that a source denies ("rejects the figure of more than 60 dead") is still its
    teller's toll, and a later lower toll disagrees with it as with any other."""
    if first.document == second.document:
        return None
    if first.claim.measure != "killed" and (first.current or second.current):
        return None  # the dead stay dead; "still in hospital" and "in custody" can fall
    if first.claim.measure not in _TOLLS and not (first.so_far and second.so_far):
        return None
    earlier, later = (first, second) if _told_on(first) < _told_on(second) else (second, first)
    if (
        later.claim.stance == "denied"
        or not _a_count(earlier)
        or _counts_a_day_before(later, earlier)
    ):
        return None
    counted_apart = later.part and not (later.subgroup or _rival_lower_bounds(first, second))
    if counted_apart or not _fell(earlier, later, first, scope):
        return None  # counted apart, or as high or higher: an update
    relation: Scope = "same" if scope == "same" else "first_in_second"
    when = later.published or later.date
    why = f"{explain(earlier, later, relation)}; the later figure ({when}) is lower"
    return FigureConflict("figure", first, second, why)


def _fell(
    earlier: ClaimInContext, later: ClaimInContext, first: ClaimInContext, scope: Scope
) -> bool:
    """Whether the later claim counts the earlier one's people or some of them (`scope`, read
    from `first` to the other claim) and still lies wholly below it: a toll that fell, which
    the dead, who stay dead, rule out."""
    narrower = "first_in_second" if earlier is first else "second_in_first"
    return scope in ("same", narrower) and _bounds(later.claim)[1] < _bounds(earlier.claim)[0]


def _counts_a_day_before(later: ClaimInContext, earlier: ClaimInContext) -> bool:
    """ "By Tuesday noon, the fire department had confirmed three deaths", in Thursday's report,
    beside Wednesday's "seven people are confirmed dead": a later report's figure whose
    sentence opens with a day before the earlier figure's counts as of that day, and a lower
    count of an earlier day is no fall. (A day told elsewhere may be the event's: "twenty-six
    killed in the attack of Sunday 16 March" is a later count.)"""
    if later.hour is None or not (_full_day(later) and _full_day(earlier)):
        return False
    return str(later.date) < str(earlier.date)


def _a_count(item: ClaimInContext) -> bool:
    """Whether a claim gives a count of someone's: any figure given, and a denied one that
    names a number ("denied that 30 had died"), not a denial that "any" or "no one" died."""
    if item.claim.stance != "denied":
        return True
    return quantity_text(item.claim).lower() not in DENIED_ONLY and bool(item.claim.low)


def _told_on(item: ClaimInContext) -> tuple[str, str]:
    """When a toll was given, to order two reports: the report's date (a toll is a count as of
    its report), then the figure's own day; a figure of a running account's entry was given on
    its entry's day. A week or month ("this week's protests": 2025-W27) is no day, and as text
    would sort after every day of its year."""
    day = item.date if item.date and len(item.date) == 10 and "X" not in item.date else ""
    if item.in_entry and day:
        return day, day
    return item.published or day, day


def _fact_conflict(
    first: ClaimInContext, second: ClaimInContext, scope: Scope
) -> FigureConflict | None:
    """A denial beside a figure given: the denial of the figure itself (a `fact` conflict), a
    denied count that the other figure replaces, or a number denied in one report beside
    another count of that report that it cannot equal."""
    return _judged_denial(first, second, scope) or _denied_number_beside(first, second, scope)


def _denied_then_given(
    first: ClaimInContext, second: ClaimInContext
) -> tuple[ClaimInContext, ClaimInContext]:
    """The pair as (the claim whose figure is denied, the other one)."""
    return (first, second) if first.claim.stance == "denied" else (second, first)


def _denied_number_beside(
    first: ClaimInContext, second: ClaimInContext, scope: Scope
) -> FigureConflict | None:
    """ "Fourteen is not correct; eleven is the figure from the police", or "the figure of 150
    arrests is wrong" beside the police's 40 detained: a report that names a number only to deny
    it, beside its own other count of the same people on the same day, holds a dispute between
    the two numbers, whoever gives the other."""
    denied, given = _denied_then_given(first, second)
    if first.document != second.document or not _same_day(first, second):
        return None
    if not _a_count(denied) or not _cannot_both_hold(first.claim, second.claim, scope):
        return None
    why = f"{_label(denied)}: {_figure(denied)}, denied, vs {_figure(given)} in the same report"
    return FigureConflict("figure", first, second, why)


def _judged_denial(
    first: ClaimInContext, second: ClaimInContext, scope: Scope
) -> FigureConflict | None:
    """The denial judged against the figure given: a `fact` conflict where it denies that very
    figure, a `figure` conflict where the given count replaces the denied one or a later count
    falls below it, or None where both can hold."""
    denied, given = _denied_then_given(first, second)
    if _denied_count_given(denied, given, scope, first is given):
        who = given.claim.said_by.text if given.claim.said_by else "a later report"
        why = f"{who} gives {_figure(given)}, the {_label(denied)} denied as {_figure(denied)}"
        return FigureConflict("figure", first, second, why)
    if not (
        _same_day(first, second)
        or _denies_an_earlier_toll(denied, given)
        or _denial_of_any_death_belied(denied, given, scope, first is given)
        or _denial_of_any_answers(denied, given, scope, first is given)
    ):
        return _later_drop(first, second, scope)
    if _same_speaker(denied, given):
        return _denied_and_replaced(first, second, scope)
    if not _denial_meets(denied, given, scope, first is given):
        return (
            _replaced_in_one_voice(first, second, scope)
            or _denied_figure_against(first, second, scope)
            or _later_drop(first, second, scope)
        )
    who = denied.claim.said_by.text if denied.claim.said_by else "a source"
    by = f" by {given.claim.said_by.text}" if given.claim.said_by else ""
    figure, given_figure = quantity_text(denied.claim), quantity_text(given.claim)
    why = f"{who} denies {_label(denied)} {figure!r}, given{by} as {given_figure!r}"
    return FigureConflict("fact", first, second, why)


def _denies_an_earlier_toll(denied: ClaimInContext, given: ClaimInContext) -> bool:
    """ "The minister rejected the church's count of 64" two days after the church gave it: the
    dead stay dead, so a count denied on a later day was no truer on the day it was given. (A
    denial that "any" died speaks of its own day, not of a count given before, unless it
    answers the day before's: `_denial_of_any_answers`.)"""
    if denied.claim.measure != "killed" or _told_on(denied) <= _told_on(given):
        return False
    if quantity_text(denied.claim).lower() in DENIED_ONLY:
        return False
    low, high = _bounds(denied.claim)
    given_low, given_high = _bounds(given.claim)
    return low <= given_low and given_high <= high  # "at least 26" is no count of 64


def _denial_of_any_answers(
    denied: ClaimInContext, given: ClaimInContext, scope: Scope, given_first: bool
) -> bool:
    """ "Three soldiers died when the army retook the village", and the next day "the
    Government denies that any soldier lost his life in the operation": a denial that any died,
    a day after a count of the same people (or of some of them), answers that count. A denial
    of a narrower death ("killed by police fire") leaves the others' dead alone."""
    if denied.claim.measure != "killed" or denied.part or denied.by_forces:
        return False
    if quantity_text(denied.claim).lower() not in DENIED_ONLY:
        return False
    if _told_on(denied)[0] <= _told_on(given)[0] or _days_apart(denied, given) > 1:
        return False
    return scope in ("same", "first_in_second" if given_first else "second_in_first")


def _denied_count_given(
    denied: ClaimInContext, given: ClaimInContext, scope: Scope, given_first: bool
) -> bool:
    """A count that one source denies and another report gives: "the police deny reports that
    officers shot dead three inmates", then "three inmates had died"; or "the ombudsman rejects
    the minister's statement that no one was killed" a day beside a count of two dead, which
    belies the minister's none. The dead stay dead, so the later count was true before. (The
    same number, given for a place or group around the denied one's, is still that count; but
    a denial that the forces shot four protesters says nothing of a riot's toll of four people,
    who may have died otherwise.)"""
    if denied.claim.measure != "killed" or denied.document == given.document:
        return False
    if denied.by_forces and not given.by_forces and denied.claim.subject != given.claim.subject:
        return False
    low, high = _bounds(denied.claim)
    if high == 0:  # a denied "no one": someone's count of none
        within = scope in ("same", "first_in_second" if given_first else "second_in_first")
        return within and _bounds(given.claim)[0] >= 1 and _days_apart(denied, given) <= 1
    given_low, given_high = _bounds(given.claim)
    exact = low == high == given_low == given_high
    return exact and low >= 1 and _told_on(denied) < _told_on(given)


def _denial_of_any_death_belied(
    denied: ClaimInContext, given: ClaimInContext, scope: Scope, given_first: bool
) -> bool:
    """ "The minister denied that anyone had been killed" on Monday, and on Tuesday an
    ombudsman confirms three deaths in the same protests: a later report's toll of the same
    people and place, or of some of them, counts dead the denial said there were none of. (A
    toll of a wider place or group may count only dead the denial did not speak of.) So does
    the next day's toll that reaches a count denied as "more than 20 persons". A figure only
    claimed ("a post with 300,000 shares claims 40 died") is the rumour again, no toll."""
    if denied.claim.measure != "killed" or denied.document == given.document:
        return False
    if given.claim.stance == "claimed":
        return False
    if _told_on(denied)[0] >= _told_on(given)[0]:
        return False
    within = "first_in_second" if given_first else "second_in_first"
    return _denies_any_or_more(denied, given) and scope in ("same", within)


def _denies_any_or_more(denied: ClaimInContext, given: ClaimInContext) -> bool:
    """Whether a denial is of any death at all, or of "more than" a number that a later count,
    told a day after, reaches."""
    if quantity_text(denied.claim).lower() in DENIED_ONLY:
        return True
    low, high = _bounds(denied.claim)
    reached = low > 0 and high == float("inf") and _bounds(given.claim)[0] >= low
    return reached and _days_apart(denied, given) <= 1


def _denied_figure_against(
    first: ClaimInContext, second: ClaimInContext, scope: Scope
) -> FigureConflict | None:
    """ "The police deny reports that officers shot dead three inmates" beside "one inmate was
    fatally injured" in the police's own release: the denied figure is still someone's count,
    and a count given for the same day, in the same report or another (told by no one else, or
    by another source: "the figure of 40 dead circulating is not supported", beside its
    volunteers' 27), which it cannot hold with, disagrees with it as a figure, as when the
    denier gives its own count (`_denied_and_replaced`)."""
    denied, given = _denied_then_given(first, second)
    if quantity_text(denied.claim).lower() in DENIED_ONLY or denied.claim.low is None:
        return None
    if _speaker(denied) is None:
        return None
    if not _same_day(first, second) or not _cannot_both_hold(first.claim, second.claim, scope):
        return None
    why = f"the denied {_label(denied)} {quantity_text(denied.claim)!r} vs {_figure(given)}"
    return FigureConflict("figure", first, second, why)


def _denied_and_replaced(
    first: ClaimInContext, second: ClaimInContext, scope: Scope
) -> FigureConflict | None:
    """ "The ministry denied that 24 protesters had been killed, saying 17 people had died": a
    source that denies a figure and gives its own disagrees with whoever gave the first, when
    the two cannot both hold."""
    if not _cannot_both_hold(first.claim, second.claim, scope):
        return None
    denied, given = _denied_then_given(first, second)
    who = denied.claim.said_by.text if denied.claim.said_by else "a source"
    why = (
        f"{who} denies {_label(denied)} {quantity_text(denied.claim)!r} and gives "
        f"{_label(given)} {quantity_text(given.claim)!r}"
    )
    return FigureConflict("figure", first, second, why)


def _denial_meets(
    denied: ClaimInContext, given: ClaimInContext, scope: Scope, given_first: bool
) -> bool:
    """Whether a source denies what another gives: the same count and a figure the denial
    covers, or a count within the denied one that alone reaches it (denying that "any
    protesters" were killed anywhere denies the 13 killed in Nairobi; calling "the figure of
    thirty" untrue denies a trader's "at least thirty bodies"). A denial of deaths by the
    forces' fire ("killed by police fire") denies only a count of those, or a toll told to
    hold some of them ("most of them shot by soldiers")."""
    if denied.by_forces and not (given.by_forces or given.forces_among):
        return False
    if scope == "same":
        return _asserts_the_denied(denied.claim, given.claim)
    within = "first_in_second" if given_first else "second_in_first"
    low, high = _bounds(denied.claim)
    given_low = _bounds(given.claim)[0]
    if given_low < low:
        return False
    if high != float("inf"):  # "the figure of thirty is not true" and "at least thirty bodies"
        return scope == within and given_low <= high
    generic = given.claim.subject == _GENERIC_SUBJECT and not _in_its_own_voice(denied, given)
    return scope == within or generic


def _replaced_in_one_voice(
    first: ClaimInContext, second: ClaimInContext, scope: Scope
) -> FigureConflict | None:
    """ "Four persons lost their lives … Reports of dozens of deaths do not correspond to
    reality": a statement that gives a count and then denies another, both in no one's name,
    speaks with one voice, its issuer's, as a named source that denies and replaces a figure
    does."""
    denied, given = _denied_then_given(first, second)
    unnamed = denied.claim.said_by is None and given.claim.said_by is None
    if not unnamed or denied.document != given.document:
        return None
    if given.claim.sentence >= denied.claim.sentence:
        return None
    return _denied_and_replaced(first, second, scope)


def _in_its_own_voice(denied: ClaimInContext, given: ClaimInContext) -> bool:
    """ "Four persons lost their lives … The Council denies that any student was killed": a
    statement that gives its own toll of people, told in no one else's name, and denies deaths
    of one group, breaks its own toll down; the people it counts need not be that group."""
    return denied.document == given.document and given.claim.said_by is None


def _asserts_the_denied(denied: Claim, given: Claim) -> bool:
    """Whether a figure says what a denial rejects: "at least twelve" asserts no more than its
    floor, so it does not say the "more than twenty" a ministry denies, nor "more than 20" the
    "thirty" another rejects; a closed range ("about 30") says what it overlaps."""
    if given.high is None and _bounds(given)[0] < _bounds(denied)[0]:
        return False
    return not _cannot_both_hold(denied, given, "same")


def explain(first: ClaimInContext, second: ClaimInContext, scope: Scope) -> str:
    """ "protesters killed: 'hundreds' (200..999) vs 'dozens' (24..99)", and for a part and its
    whole "protesters killed 'hundreds' (200..999) exceed people killed 'dozens' (24..99)"."""
    if scope == "same":
        return f"{_label(first)}: {_figure(first)} vs {_figure(second)}"
    part, whole = (first, second) if scope == "first_in_second" else (second, first)
    return f"{_label(part)} {_figure(part)} exceed {_label(whole)} {_figure(whole)}"


def _label(item: ClaimInContext) -> str:
    phrase = load_resource("measures.json")["phrases"][item.claim.measure]
    named = item.place is not None and item.claim.place is not None
    where = f" in {item.place.name}" if item.place is not None and named else ""
    return f"{item.claim.subject} {phrase}{where}"


def _figure(item: ClaimInContext) -> str:
    claim = item.claim
    said = f", {claim.said_by.text}" if claim.said_by else ""
    return f"{quantity_text(claim)!r} ({format_range(claim.low, claim.high)}{said})"


def quantity_text(claim: Claim) -> str:
    """The words of a claim that give its number: "hundreds" of "hundreds of protesters"."""
    tokens = tokenize(claim.text)
    for index in range(len(tokens)):
        quantity = find_quantity(tokens, index)
        if quantity is not None:
            return quantity.text
    if tokens and tokens[0].lower in DENIED_ONLY:
        return tokens[0].text  # "denies protesters killed 'any'"
    return claim.text


# The learned pair decider: a logistic regression over the readable features below, trained
# on the train split of benchmarks/data/figures by train/build_conflicts.py (weights in
# resources/figures/conflict_model.json). It judges the pairs of one measure that the rules
# above let pass, so that a pair the rules do not reach by their exact conditions (a subject
# or place read a little wrong, a day off by one) can still be flagged when its evidence is
# strong; the rules' certain vetoes (a denial, a part of its own total, a figure told as a
# rise, a count's own past) stay hard.
PAIR_FEATURES = (
    "killed", "injured", "held", "missing", "displaced", "crowd",
    "same_subject", "nested_subject", "unrelated_subject",
    "same_place", "nested_place", "unrelated_place",
    "same_report", "same_sentence", "same_day", "days_apart",
    "log_ratio", "later_lower", "later_higher",
    "open_ended", "part", "subgroup", "current", "so_far",
    "both_sourced", "same_source", "rival_sources",
)  # fmt: skip
_MAX_DAYS = 7


def pair_features(first: ClaimInContext, second: ClaimInContext) -> dict[str, float]:
    """The features of a pair of claims of one measure, each 0..1: what is counted, how the
    subjects and places relate, how far apart the days are, how far apart the ranges are and
    in which order of time, and who gives each figure."""
    measure = compared_measure(first.claim)
    subject = _subject_relation(first, second)
    place = _loose_place_relation(first, second)
    features = {
        "killed": measure == "killed",
        "injured": measure == "injured",
        "held": measure == "held",
        "missing": measure == "missing",
        "displaced": measure == "displaced",
        "crowd": measure in _EVENT_MEASURES,
        "same_subject": subject == "same",
        "nested_subject": subject in ("first_in_second", "second_in_first"),
        "unrelated_subject": subject is None,
        "same_place": place == "same",
        "nested_place": place in ("first_in_second", "second_in_first"),
        "unrelated_place": place is None,
        "same_report": first.document == second.document,
        "same_sentence": _same_sentence(first, second),
        "same_day": _same_day(first, second),
        "days_apart": min(_days_apart(first, second), _MAX_DAYS) / _MAX_DAYS,
        "log_ratio": min(_log_ratio(first.claim, second.claim), 3.0) / 3.0,
        "later_lower": _later_is(first, second, lower=True),
        "later_higher": _later_is(first, second, lower=False),
        "open_ended": first.claim.high is None or second.claim.high is None,
        "part": first.part or second.part,
        "subgroup": first.subgroup or second.subgroup,
        "current": first.current or second.current,
        "so_far": first.so_far and second.so_far,
        "both_sourced": None not in (_speaker(first), _speaker(second)),
        "same_source": _speaker(first) is not None and _speaker(first) == _speaker(second),
        "rival_sources": _rival_in_sentence(first, second) or _rival_sources(first, second),
    }
    return {name: float(value) for name, value in features.items()}


def _same_sentence(first: ClaimInContext, second: ClaimInContext) -> bool:
    """Whether the two claims stand in one sentence of one report."""
    return first.document == second.document and first.claim.sentence == second.claim.sentence


def _loose_place_relation(first: ClaimInContext, second: ClaimInContext) -> Scope | None:
    """How the places relate, as `_scope` reads them, for any measure."""
    if _both_whole(first, second):
        return "same"
    return _place_relation(first.place, second.place)


def _days_apart(first: ClaimInContext, second: ClaimInContext) -> int:
    """Days between the two claims' report dates (0 when either is unknown)."""
    a, b = _told_on(first)[0], _told_on(second)[0]
    if not (_CALENDAR_DAY.fullmatch(a) and _CALENDAR_DAY.fullmatch(b)):
        return 0
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _log_ratio(a: Claim, b: Claim) -> float:
    """How far apart two ranges are, in orders of e: 0 when they overlap."""
    a_low, a_high = _bounds(a)
    b_low, b_high = _bounds(b)
    if a_high < b_low:
        return math.log((b_low + 1) / (a_high + 1))
    if b_high < a_low:
        return math.log((a_low + 1) / (b_high + 1))
    return 0.0


def _later_is(first: ClaimInContext, second: ClaimInContext, *, lower: bool) -> bool:
    """Whether the claim told later (by report, then day) is wholly below (or above) the
    earlier one; False for two claims told on the same day."""
    if _told_on(first) == _told_on(second):
        return False
    earlier, later = (first, second) if _told_on(first) < _told_on(second) else (second, first)
    if lower:
        return _bounds(later.claim)[1] < _bounds(earlier.claim)[0]
    return _bounds(earlier.claim)[1] < _bounds(later.claim)[0]


def learned_conflict(first: ClaimInContext, second: ClaimInContext) -> FigureConflict | None:
    """A `figure` conflict the learned decider finds in a pair the rules let pass: None when
    a certain rule says the pair can both hold, or the model's probability is below its
    threshold (resources/figures/conflict_model.json; no model, no learned conflicts)."""
    model = conflict_model()
    if not model or never_conflict(first, second):
        return None
    probability = conflict_probability(pair_features(first, second), model)
    if probability < model["threshold"]:
        return None
    why = f"{_label(first)}: {_figure(first)} vs {_figure(second)} (learned, p={probability:.2f})"
    return FigureConflict("figure", first, second, why)


def never_conflict(first: ClaimInContext, second: ClaimInContext) -> bool:
    """The rules' certain vetoes, which the learned decider never overrides: two ranges that
    overlap; a denial (judged by the fact rules); a figure told as a count's own past ("down
    from 53"), as a rise above the other, or as a higher count of a later day or report; counts
    of unrelated subjects (police officers and protesters) or of different places; a part and a
    whole it fits in (a narrower subject or place, "40 of them in Port-au-Prince", a part of an
    untold total); those held or in hospital now beside a larger count; counts of different days
    other than tolls and totals so far (crowds, the missing, the displaced, arrests of a day),
    which may differ or fall; a count of everywhere else beside the place it leaves out; the
    figures of one series of days ("23 on Tuesday, 26 on Wednesday and 27 now")."""
    if not disjoint_figures(first, second):
        return True
    if _an_update(first, second) or _rose(first, second):
        return True  # told as a rise, or a count of a later day or report that is higher
    if _now_and_all_days(first, second) or _a_part(first, second) or _fewer_now(first, second):
        return True
    if _left_out(first, second) or _left_out(second, first):
        return True
    if _missing_found(first, second) or _missing_found(second, first):
        return True
    if _contingents_of_one_sentence(first, second):
        return True  # "The army has deployed 1,200 troops, and France has sent 60"
    if first.piece or second.piece or _broken_down_in_brackets(first, second):
        return True
    if _one_series(first, second):
        return True  # "23 on Tuesday, 26 on Wednesday and 27 now"
    if first.claim.measure in _TOLLS or (first.so_far and second.so_far):
        return False
    return not _same_day(first, second)


def _broken_down_in_brackets(first: ClaimInContext, second: ClaimInContext) -> bool:
    """ "Killed: 7 (5 men and 2 boys)": a figure and the bracketed figures after it in its
    sentence are a count and its breakdown (or the count in other units), never rivals. (The
    bracketed parts still meet other sentences' counts of their places.)"""
    if not _same_sentence(first, second):
        return False
    if first.bracket is not None and second.bracket is not None:
        return first.bracket == second.bracket  # two pieces of one breakdown
    whole, bracketed = (second, first) if first.bracket is not None else (first, second)
    return bracketed.bracket is not None and whole.claim.start < bracketed.claim.start


def _one_series(first: ClaimInContext, second: ClaimInContext) -> bool:
    """ "from 17 on Tuesday to nine on Wednesday and to three this morning": the figures of one
    series of days are one count as the days went, updates of each other (a falling count of
    the missing is people found), never rivals."""
    return (
        first.series is not None
        and first.series == second.series
        and first.document == second.document
    )


def disjoint_figures(first: ClaimInContext, second: ClaimInContext) -> bool:
    """Whether two claims give ranges that do not meet, each as a figure of its own (not denied,
    not a count's past): the pairs the learned decider is trained on."""
    if _told_as_past_or_denied(first) or _told_as_past_or_denied(second):
        return False
    return _cannot_both_hold(first.claim, second.claim, "same")


def _told_as_past_or_denied(item: ClaimInContext) -> bool:
    return item.moved_from or item.claim.stance == "denied"


def _rose(first: ClaimInContext, second: ClaimInContext) -> bool:
    """A count that only grows (a toll, arrests, the displaced), given higher by a later report
    or for a later day: an update, whoever gives it."""
    return compared_measure(first.claim) in _GROWING and _later_is(first, second, lower=False)


def _fewer_now(first: ClaimInContext, second: ClaimInContext) -> bool:
    """ "40 people were still being treated" beside "300 injured": those hurt or held now are
    fewer than all who ever were, whatever day each is told; the dead stay dead."""
    if first.claim.measure == "killed":
        return False
    now, other = (first, second) if first.current else (second, first)
    return now.current and _bounds(now.claim)[0] <= _bounds(other.claim)[1]


def _some_of_a_count(item: ClaimInContext) -> bool:
    """A part that is not all of a named group: "18 others", or a group among those a hospital
    took in ("38 injured people, among them 9 police officers"), who may be more elsewhere."""
    return item.part and (not item.subgroup or item.lower_bound)


def _a_part(first: ClaimInContext, second: ClaimInContext) -> bool:
    """Whether one claim counts a part of what the other counts, and fits within it (or the
    subjects are unrelated, or the part is of an untold total)."""
    if _some_of_a_count(first) or _some_of_a_count(second):
        return not _part_exceeds_whole(first, second)
    if first.by_forces != second.by_forces:
        return True  # "four men shot by police" among all the dead
    if (first.subgroup or second.subgroup) and _same_sentence(first, second):
        return True  # "61 dead, 40 of them in Port-au-Prince"
    subject = _subject_relation(first, second)
    if subject is None and not _rivals_in_sentence(first, second):
        return True  # unrelated subjects: "52 police officers" and "160 protesters"
    place = _loose_place_relation(first, second)
    if place is None:
        return True  # different places: "3 dead in Karachi" and "5 in Hyderabad"
    if subject == place == "same" and first.part != second.part:  # a group and its total
        scope = _part_scope(first, second)
        return scope != "same" and not _cannot_both_hold(first.claim, second.claim, scope)
    nested = {relation for relation in (subject, place) if relation not in (None, "same")}
    if len(nested) > 1:
        return True  # a narrower subject in a wider place, and the other way round
    return any(not _cannot_both_hold(first.claim, second.claim, scope) for scope in nested)


def _part_exceeds_whole(first: ClaimInContext, second: ClaimInContext) -> bool:
    """Whether a part that is only some of a count ("17 bodies", "18 others") is larger than
    another's count of all it belongs to: "17 bodies" recovered cannot fit in a region's "15
    dead", whatever else the region's count leaves out. The pair is then left to the learned
    decider, as two whole counts are."""
    if _some_of_a_count(first) == _some_of_a_count(second):
        return False
    part, whole = (first, second) if _some_of_a_count(first) else (second, first)
    if whole.part:
        return False
    within = ("same", "first_in_second")
    if _subject_relation(part, whole) not in within:
        return False
    if _loose_place_relation(part, whole) not in within:
        return False
    return _cannot_both_hold(part.claim, whole.claim, "first_in_second")


@cache
def conflict_model() -> dict[str, Any]:
    """The learned decider's weights, bias and threshold; empty when none is shipped."""
    try:
        return load_resource("conflict_model.json")
    except FileNotFoundError:
        return {}


def conflict_probability(features: dict[str, float], model: dict[str, Any]) -> float:
    """The logistic regression's probability that a pair with these features disagrees."""
    weights: dict[str, float] = model["weights"]
    score = model["bias"] + sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-score))
