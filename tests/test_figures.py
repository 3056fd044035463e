"""The figures stage: quantities, figures in sentences, attribution, and the seed report."""

from __future__ import annotations

import dataclasses

import pytest

from conftest import REPO
from factline import analyze
from factline.attribution import find_sources
from factline.figure_mentions import find_figures, may_hold_figure
from factline.figures import find_claims, part_claims
from factline.quantities import find_quantity, format_range, tokenize
from factline.record import Analysis, Document, Place
from factline.segment import split_sentences


def claims_of(text: str) -> list[tuple[str, str, float | None, float | None]]:
    """(measure, subject, low, high) of each claim the figures stage finds in `text` alone."""
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    return [(c.measure, c.subject, c.low, c.high) for c in find_claims(analysis)]


@pytest.mark.parametrize(
    ("words", "low", "high", "qualifier"),
    [
        ("12", 12, 12, "exact"),
        ("1,000", 1000, 1000, "exact"),
        ("twelve", 12, 12, "exact"),
        ("two dozen", 24, 24, "exact"),
        ("a few dozen", 24, 60, "vague"),
        ("well over 100", 100, None, "at_least"),
        ("closer to 40", 36, 44, "approximate"),
        ("two hundred and fifty", 250, 250, "exact"),
        ("2.5 million", 2500000, 2500000, "exact"),
        ("a dozen", 12, 12, "exact"),
        ("dozens", 24, 99, "vague"),
        ("scores", 40, 199, "vague"),
        ("hundreds", 200, 999, "vague"),
        ("thousands", 2000, 9999, "vague"),
        ("tens of thousands", 20000, 99999, "vague"),
        ("several hundred", 300, 900, "vague"),
        ("at least 164", 164, None, "at_least"),
        ("more than 1,000", 1000, None, "at_least"),
        ("more than a dozen", 12, None, "at_least"),
        ("up to 30", None, 30, "at_most"),
        ("around 1,000", 900, 1100, "approximate"),
        ("nearly 200", 180, 200, "approximate"),
        ("between 20 and 30", 20, 30, "approximate"),
        ("about 40 or more", 40, None, "at_least"),
        ("20 to 30", 20, 30, "vague"),
    ],
)
def test_quantity_ranges(words: str, low: float | None, high: float | None, qualifier: str) -> None:
    quantity = find_quantity(tokenize(f"{words} people"), 0)
    assert quantity is not None
    assert (quantity.low, quantity.high, quantity.qualifier) == (low, high, qualifier)
    assert quantity.text == words


@pytest.mark.parametrize("words", ["2022", "the", "over the weekend", "some protesters"])
def test_not_quantities(words: str) -> None:
    assert find_quantity(tokenize(words), 0) is None


@pytest.mark.parametrize(
    ("low", "high", "shown"),
    [(200, 999, "200..999"), (12, 12, "12"), (164, None, "164.."), (None, 30, "..30")],
)
def test_format_range(low: float | None, high: float | None, shown: str) -> None:
    assert format_range(low, high) == shown


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kazakh security forces confirmed that dozens of protestors and 12 police officers "
            "were killed.",
            [("killed", "protesters", 24, 99), ("killed", "police officers", 12, 12)],
        ),
        (
            "At least 164 people, including 16 police officers, have been killed, officials said.",
            [("killed", "people", 164, None), ("killed", "police officers", 16, 16)],
        ),
        (
            "The death toll from floods in Sindh rose to 58 on Tuesday.",
            [("killed", "people", 58, 58)],
        ),
        (
            "Gunmen opened fire on a market, killing at least 12 people and injuring 40.",
            [("killed", "people", 12, None), ("injured", "people", 40, 40)],
        ),
        (
            "The commission said 13 protesters had been killed and 160 injured.",
            [("killed", "protesters", 13, 13), ("injured", "protesters", 160, 160)],
        ),
        (
            "Police said 105 people were arrested across the city.",
            [("arrested", "people", 105, 105)],
        ),
        (
            "The bloody crackdown has resulted in around 1,000 deaths in Almaty.",
            [("killed", "people", 900, 1100)],
        ),
        (
            "Thousands of people rallied in Mombasa on Saturday.",
            [("participants", "people", 2000, 9999)],
        ),
        (
            "Protesters still came out in their thousands to display their opposition.",
            [("participants", "protesters", 2000, 9999)],
        ),
        (
            "The interior ministry said 4,000 police officers and soldiers had been deployed.",
            [("deployed", "security forces", 4000, 4000)],
        ),
        (
            "Hospital staff said they had treated dozens of injured residents overnight.",
            [("injured", "civilians", 24, 99)],
        ),
        (
            "Diesel prices have doubled since the subsidy was removed, the central bank said.",
            [("price", "diesel price", 2, 2)],
        ),
        (
            "Kazakhstan was ruled by the same party from 1991 and 2019 for six months.",
            [],
        ),
        ("A protester was killed in clashes with soldiers.", [("killed", "protesters", 1, 1)]),
        (
            "He said 885 people had been treated, 120 of them in intensive care.",
            [("injured", "people", 885, 885), ("injured", "people", 120, 120)],
        ),
        ("A protester said the march would go ahead.", []),
        ("A protester died in hospital in Novi Sad.", [("killed", "protesters", 1, 1)]),
        ("A protester killed a police officer.", []),
        (
            "Officials said 12 people died, but activists said the true figure was 39.",
            [("killed", "people", 12, 12), ("killed", "people", 39, 39)],
        ),
        (
            "Police said 3 protesters died. Medics put the number at nine.",
            [("killed", "protesters", 3, 3), ("killed", "protesters", 9, 9)],
        ),
        (
            "The Red Crescent said 1,200 people were injured; the health ministry said 840.",
            [("injured", "people", 1200, 1200), ("injured", "people", 840, 840)],
        ),
        (
            "The government said three protesters died; opposition groups said 25 were killed.",
            [("killed", "protesters", 3, 3), ("killed", "protesters", 25, 25)],
        ),
        (
            "Police said 12 people died. The jobless figure was 12 percent.",
            [("killed", "people", 12, 12)],
        ),
        (
            "Rescuers pulled six bodies from a landslide near Tacloban.",
            [("killed", "people", 6, 6)],
        ),
        ("The bodies of 12 migrants were found on the beach.", [("killed", "migrants", 12, 12)]),
        (
            "The authority said 22 of the dead were children.",
            [("killed", "children", 22, 22)],
        ),
        (
            "Thirty-one people were injured, including 12 police officers, and 18 others were "
            "detained.",
            [
                ("injured", "people", 31, 31),
                ("injured", "police officers", 12, 12),
                ("detained", "people", 18, 18),
            ],
        ),
        (
            "Security forces said 14 of their members had been hurt.",
            [("injured", "security forces", 14, 14)],
        ),
        (
            "The union said five of its members had been killed.",
            [("killed", "protesters", 5, 5)],
        ),
        (
            "Police said 41 people had been arrested. Seventeen of them were minors.",
            [("arrested", "people", 41, 41), ("arrested", "children", 17, 17)],
        ),
        ("Floods have claimed 118 lives in Sindh.", [("killed", "people", 118, 118)]),
        ("Rescuers saved 40 lives in Dadu.", []),
        (
            "In Karachi, three people were electrocuted when power lines fell.",
            [("killed", "people", 3, 3)],
        ),
        ("The number of people who died has risen to 64.", [("killed", "people", 64, 64)]),
        ("Opposition leaders said the real toll was above 250.", [("killed", "people", 250, None)]),
        (
            "The government said the death toll was 118, while the opposition said it was more "
            "than 250.",
            [("killed", "people", 118, 118), ("killed", "people", 250, None)],
        ),
        (
            "Organisers put the turnout at 100,000, while police estimated 10,000.",
            [("participants", "people", 100000, 100000), ("participants", "people", 9000, 11000)],
        ),
        ("Police said no one had been killed in the protest.", [("killed", "people", 0, 0)]),
        ("Among the dead were 22 children.", [("killed", "children", 22, 22)]),
        ("About 400 people sustained injuries.", [("injured", "people", 360, 440)]),
        ("Rescuers recovered the remains of 12 people.", [("killed", "people", 12, 12)]),
        (
            "No police officers were hurt, the ministry said.",
            [("injured", "police officers", 0, 0)],
        ),
        (
            "The ministry denied that any protesters had been killed.",
            [("killed", "protesters", 1, None)],
        ),
        ("Police said any protesters who blocked roads would be arrested.", []),
        ("None of the injured were in a serious condition.", []),
        (
            "Eight people were killed in Otavalo and three in Quito.",
            [("killed", "people", 8, 8), ("killed", "people", 3, 3)],
        ),
        ("A protester who was shot on Monday died in hospital.", [("killed", "protesters", 1, 1)]),
        (
            "Protest leaders said 11 of their supporters had been killed.",
            [("killed", "protesters", 11, 11)],
        ),
        ("On January 5, Tokayev called for intervention from the CSTO.", []),
        ("Rescuers pulled a 14-year-old girl alive from the rubble, 58 hours after the quake.", []),
        ("The death toll among civilians reached 74.", [("killed", "civilians", 74, 74)]),
        (
            "The death toll has passed 100, the agency said, putting it at 104.",
            [("killed", "people", 100, None), ("killed", "people", 104, 104)],
        ),
        (
            "More than 40,000 refugees have crossed into Chad.",
            [("displaced", "migrants", 40000, None)],
        ),
        (
            "The death toll from two days of street battles in Bangladesh climbed to 19.",
            [("killed", "people", 19, 19)],
        ),
        (
            "The Red Crescent revised its count of the dead down to 4,352.",
            [("killed", "people", 4352, 4352)],
        ),
        ("80 detainees needed hospital treatment.", [("injured", "prisoners", 80, 80)]),
        ("Homes in 12 villages were flattened.", []),
        (
            "Organisers claimed 30,000 people took part; police said the crowd numbered a few "
            "thousand.",
            [("participants", "people", 30000, 30000), ("participants", "people", 2000, 5000)],
        ),
        (
            "Police said they had arrested 112 people, a figure rights groups said was closer to "
            "300.",
            [("arrested", "people", 112, 112), ("arrested", "people", 270, 330)],
        ),
        ("The army said it had lost 12 soldiers.", [("killed", "soldiers", 12, 12)]),
        (
            "Police said 52 of the dead were civilians and seven were police officers.",
            [("killed", "civilians", 52, 52), ("killed", "police officers", 7, 7)],
        ),
        (
            "The minister said 1,700 troops were deployed, though officials put the number on the "
            "ground at no more than 500.",
            [("deployed", "soldiers", 1700, 1700), ("deployed", "soldiers", None, 500)],
        ),
        ("Families said they had lost 300 homes.", []),
        (
            "The number of people in relief camps had fallen to 19,000.",
            [("displaced", "people", 19000, 19000)],
        ),
        (
            "The boat had carried about 130 people, which would leave 47 unaccounted for.",
            [("missing", "people", 47, 47)],
        ),
        # citizens and constituents count people; a coffin counts one dead
        ("The mayor said 12 of his citizens had died.", [("killed", "people", 12, 12)]),
        ("I carried seven coffins to the cemetery.", [("killed", "people", 7, 7)]),
    ],
)
def test_figures_in_sentences(
    sentence: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "said_by", "stance"),
    [
        ("Kazakh security forces confirmed that dozens of protestors were killed.",
         "Kazakh security forces", "confirmed"),
        ("The residence was surrounded by thousands of protesters, according to a Russian news "
         "agency.", "a Russian news agency", "reported"),
        ("Almaty police spokeswoman Saltanat Azirbek said dozens of attackers were arrested.",
         "Almaty police spokeswoman Saltanat Azirbek", "reported"),
        ("The death toll rose to 58, a spokesman for the provincial government told reporters.",
         "a spokesman for the provincial government", "reported"),
        ("At least 20 people were killed, the news agency said, citing the health ministry.",
         "the news agency", "reported"),
        ("The ministry denied that 50 protesters had been killed.", "The ministry", "denied"),
        ("Local charities estimated that 50,000 people had been displaced.", "Local charities",
         "estimated"),
        ("Opposition lawmakers accused the government of lying and said at least 150 people had "
         "died.", "Opposition lawmakers", "reported"),
        ("Rights groups, who put the number of dead at 13, called for an inquiry.",
         "Rights groups", "reported"),
        ("Some 40 people were still thought to be trapped under collapsed buildings.", None,
         "reported"),
        ("An estimated 5,000 people fled the city.", None, "estimated"),
        ("At least 60 protestors were hurt, said the Red Cross.", "the Red Cross", "reported"),
        ("Witnesses said soldiers killed at least 30 protesters, while the government disagreed.",
         "Witnesses", "reported"),
        ("Police arrested 340 people; rights groups gave no figure, lawyers said.", None,
         "reported"),
        ("Floods have claimed 118 lives in Sindh.", None, "reported"),
        ("The government dismissed as propaganda claims that 30 protesters had been killed.",
         "The government", "denied"),
        ("The ministry said reports that 30 people had died were false.", "The ministry",
         "denied"),
        ("AFAD's toll of 76 was disputed by the municipality.", "the municipality", "denied"),
        ("The government said 23 people had died, a figure disputed by the rights group.",
         "The government", "reported"),
        ("The UN said the floods had left 10,100 missing, figures the administration rejected.",
         "The UN", "reported"),
        ("The Afghan Red Crescent gave a far lower toll of 320 dead.", "The Afghan Red Crescent",
         "reported"),
        ("The disaster authority now puts the toll at 1,530.", "The disaster authority",
         "reported"),
        ("A local aid group said it had counted 35 bodies at the morgue.", "A local aid group",
         "reported"),
        ("Volunteers who had searched car parks in Paiporta said they had found 62 bodies.",
         "Volunteers", "reported"),
        ("A militant group that claimed the attack said it had killed more than 100 people.",
         "A militant group", "reported"),
        ("Officials in Khyber Pakhtunkhwa revised the toll down to 48, saying some victims had "
         "been counted twice.", "Officials in Khyber Pakhtunkhwa", "reported"),
    ],
)  # fmt: skip
def test_attribution_of_claims(sentence: str, said_by: str | None, stance: str) -> None:
    analysis = Analysis(document=Document(text=sentence), sentences=split_sentences(sentence))
    (claim,) = find_claims(analysis)
    assert (claim.said_by.text if claim.said_by else None) == said_by
    assert claim.stance == stance


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        ('"We will not back down," said Maria Lopez, a union leader.', ["Maria Lopez"]),
        ("Sen. Lindsey Graham (R-S.C.) told reporters on Thursday that he disagreed.",
         ["Sen. Lindsey Graham (R-S.C.)"]),
        ("The bank said that it had fired the employees.", ["The bank"]),
        ("According to BBC a report, Kazakhs can't withdraw money.", ["BBC a report"]),
        ("The United States imposed sanctions.", []),
        ("The march went ahead, told reporters.", []),
    ],
)  # fmt: skip
def test_sources(sentence: str, sources: list[str]) -> None:
    assert [s.source.text for s in find_sources(sentence)] == sources


def test_claims_point_at_their_text(seed_text: str) -> None:
    analysis = analyze(seed_text, published="2022-01-07")
    assert [c.id for c in analysis.claims] == [f"c{n}" for n in range(1, len(analysis.claims) + 1)]
    for claim in analysis.claims:
        assert seed_text[claim.start : claim.end] == claim.text
        assert analysis.sentence_of(claim.start) == claim.sentence


def test_seed_figures(seed_text: str) -> None:
    analysis = analyze(seed_text, published="2022-01-07")
    found = {(c.text, c.measure, c.subject): c for c in analysis.claims}
    assert ("hundreds of protesters", "killed", "protesters") in found
    died = [c for c in analysis.claims if c.text == "12 police officers"]
    assert len(died) == 2 and all(c.measure == "killed" for c in died)
    confirmed = found[("dozens of protestors", "killed", "protesters")]
    assert confirmed.stance == "confirmed"
    assert confirmed.said_by is not None and confirmed.said_by.text == "Kazakh security forces"
    assert died[1].said_by == confirmed.said_by
    deaths = found[("around 1,000 deaths", "killed", "people")]
    assert (deaths.low, deaths.high, deaths.qualifier) == (900, 1100, "approximate")
    assert ("thousands of protesters", "participants", "protesters") in found
    arrested = found[("dozens of attackers", "arrested", "attackers")]
    assert arrested.said_by is not None and "Saltanat Azirbek" in arrested.said_by.text
    assert ("doubling", "price", "gas price") in found


def test_seed_places_and_unattributed(seed_text: str) -> None:
    analysis = analyze(seed_text, published="2022-01-07")
    deaths = next(c for c in analysis.claims if c.text == "around 1,000 deaths")
    assert deaths.said_by is None
    place = analysis.find(deaths.place or "")
    assert isinstance(place, Place) and place.name == "Almaty"


def test_hostile_text_gives_consistent_offsets() -> None:
    text = "dozens of and 1,000, " * 5000 + "hundreds of protesters were killed."
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    claims = find_claims(dataclasses.replace(analysis))
    assert claims and all(text[c.start : c.end] == c.text for c in claims)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Police have detained about 200 people since Tuesday.", "2025-06-26"),
        ("Police detained about 200 people on Tuesday.", "2025-06-24"),
    ],
)
def test_a_count_since_a_day_is_dated_by_the_report(sentence: str, date: str) -> None:
    (claim,) = analyze(sentence, published="2025-06-26").claims
    assert claim.date == date


def test_a_figure_asserted_after_a_denial_is_not_denied() -> None:
    text = "The interior ministry denied that 13 protesters had been killed, saying two died."
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    assert [(c.low, c.stance) for c in find_claims(analysis)] == [(13, "denied"), (2, "reported")]


def test_whose_count_a_figure_is() -> None:
    text = "Officials said 104 people had died. The health ministry's own count was 88."
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    claims = find_claims(analysis)
    assert [(c.low, c.said_by.text if c.said_by else None) for c in claims] == [
        (104, "Officials"),
        (88, "The health ministry"),
    ]


def test_a_later_verb_of_the_same_subject_speaks_for_its_own_clause() -> None:
    text = (
        "The interior ministry said it had detained 224 people, and rejected the claim that 80 "
        "detainees needed hospital treatment."
    )
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    claims = find_claims(analysis)
    assert [(c.low, c.said_by.text if c.said_by else None, c.stance) for c in claims] == [
        (224, "The interior ministry", "reported"),
        (80, "The interior ministry", "denied"),
    ]


def test_a_source_after_and_speaks_for_its_own_clause() -> None:
    text = (
        "Officials said 17 people were injured, including nine police officers, and police said "
        "43 protesters had been detained."
    )
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    claims = find_claims(analysis)
    assert [c.said_by.text if c.said_by else None for c in claims] == [
        "Officials",
        "Officials",
        "police",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # toll phrases built from a count noun and a participle
        ("Elders said the dead numbered at least 25.", [("killed", "people", 25, None)]),
        ("The party put the number killed by soldiers at 8.", [("killed", "people", 8, 8)]),
        ("The tally of injured stood at 61.", [("injured", "people", 61, 61)]),
        # a list of labelled counts
        ("Killed: 12; injured: 40; missing: 7.",
         [("killed", "people", 12, 12), ("injured", "people", 40, 40),
          ("missing", "people", 7, 7)]),
        # an aside between the toll and its number
        ("The toll, which the opposition disputes, stands at 31.",
         [("killed", "people", 31, 31)]),
        # an aside that only says where the toll's event was
        ("The death toll from the slide in Lyngseidet, in northern Norway, fell to eight.",
         [("killed", "people", 8, 8)]),
        ("The toll from the attack in the capital, Chad, has risen to 18.",
         [("killed", "people", 18, 18)]),
        # the sayer named again as the doer of the verb in a relative clause
        ("The 71 people police say they arrested were all released on bail.",
         [("arrested", "people", 71, 71)]),
        # a label after "gave" names the measure of the number after its colon
        ("Figures released by the prime minister's office on Wednesday gave a different count "
         "of the dead: 11.", [("killed", "people", 11, 11)]),
        # a count noun's number in a list item whose label names the measure
        ("• Deaths: the provincial government's figure is 6.", [("killed", "people", 6, 6)]),
        ("- Injured: the hospital's count stands at 40.", [("injured", "people", 40, 40)]),
        # workers who stop work or strike take part in the protest
        ("Sun TV reported that 250 workers had stopped work in protest on Tuesday.",
         [("participants", "workers", 250, 250)]),
        # people taken away by the police are arrested
        ("Families say 34 workers were taken away by the police on Sunday night.",
         [("arrested", "workers", 34, 34)]),
        # a count that remains or stays at a number
        ("The hospital says it has treated 23 people; the collector's figure remains 19.",
         [("injured", "people", 23, 23), ("injured", "people", 19, 19)]),
        ("The death toll stayed at 16 on Monday.", [("killed", "people", 16, 16)]),
        # a word that opens a clause stands between no number and its noun
        ("The secretariat said the number of dead had risen to ten after two men died.",
         [("killed", "people", 10, 10), ("killed", "people", 2, 2)]),
        # a list of labels after a verb that introduces it, however long the clause before
        ("A bulletin issued by the Red Cross early on Wednesday, before the briefing, listed "
         '"deaths: 9; injured: 15".',
         [("killed", "people", 9, 9), ("injured", "people", 15, 15)]),
        # a rival figure after "the … given by"
        ("Clan leaders put the death toll at 60, far above the 14 given by the governor.",
         [("killed", "people", 60, 60), ("killed", "people", 14, 14)]),
        # the narrower subject a part is said to be
        ("At least 60 people were hurt, 19 of them police officers.",
         [("injured", "people", 60, None), ("injured", "police officers", 19, 19)]),
        ("Medics counted 30 deaths, of whom eight were children.",
         [("killed", "people", 30, 30), ("killed", "children", 8, 8)]),
        # qualifiers with "not" keep their direction
        ("Not less than 200 families lost their homes.", [("displaced", "families", 200, None)]),
        # wounds told after "with", moves into shelters, people who remain held
        ("The clinic received four bodies and 22 people with gunshot wounds.",
         [("killed", "people", 4, 4), ("injured", "people", 22, 22)]),
        ("About 900 villagers were moved to schools.", [("displaced", "civilians", 810, 990)]),
        ("Police arrested 140 people, and 52 remain in custody.",
         [("arrested", "people", 140, 140), ("detained", "people", 52, 52)]),
        # a verb of its own before "and" and another number ends a figure's predicate
        ("Officials said 140 people had fallen ill and two had died.",
         [("injured", "people", 140, 140), ("killed", "people", 2, 2)]),
        ("Some 45 inmates escaped and 3 guards were killed.",
         [("killed", "security forces", 3, 3)]),
        # the figure a count moved from is an earlier figure of that count
        ("The toll stood at 48, down from 53 announced a day earlier.",
         [("killed", "people", 48, 48), ("killed", "people", 53, 53)]),
        # subjects beyond the first lexicon
        ("About 150 firefighters were deployed.", [("deployed", "workers", 135, 165)]),
        ("Twelve passengers drowned.", [("killed", "people", 12, 12)]),
    ],
)  # fmt: skip
def test_figures_in_wider_wordings(
    sentence: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "said_by", "stance"),
    [
        # a time between the source and its verb
        ("The ministry on Tuesday raised its toll to 23 dead.", "The ministry", "reported"),
        ("The army this morning put the number of dead at 40.", "The army", "reported"),
        # a relative "which" after a comma refers back to the phrase before it
        ("The count was disputed by the Rights Forum, which said it had documented 61 deaths.",
         "the Rights Forum", "reported"),
        # a fear is a claim of its own clause's speaker
        ("Villagers feared that as many as 50 people had drowned.", "Villagers", "claimed"),
        # a denial in an aside before the number does not give the figure
        ("The toll, which the opposition disputes, stands at 31.", None, "reported"),
        # a denial that any child was among the victims
        ("The ministry denied that any child had been among the victims.", "The ministry",
         "denied"),
        # a place inside the source is where the source is; a cue after a determiner is a noun
        ("About 9,000 people remain in temporary shelters, down from the first estimate.",
         None, "reported"),
    ],
)  # fmt: skip
def test_attribution_in_wider_wordings(sentence: str, said_by: str | None, stance: str) -> None:
    analysis = Analysis(document=Document(text=sentence), sentences=split_sentences(sentence))
    (claim,) = find_claims(analysis)
    assert (claim.said_by.text if claim.said_by else None) == said_by
    assert claim.stance == stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker repeats the count before after a colon
        ("The minister said 17 people had died. I will say it again: seventeen.",
         [("killed", "people", 17, 17), ("killed", "people", 17, 17)]),
        # a line's label is no speaker: its number in words restates nothing
        ("Police said 40 people were hurt. Shelters open: two.", [("injured", "people", 40, 40)]),
        # the count a "how many" before it asks for, not the count of the sentence before
        ('Nine pilgrims are missing. Asked how many had died, an official told reporters: '
         '"Forty-seven."', [("missing", "people", 9, 9), ("killed", "people", 47, 47)]),
    ],
)  # fmt: skip
def test_a_number_repeated_after_a_colon(text: str, expected: list[tuple[object, ...]]) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize("judged", ["not a serious number", "not a credible figure"])
def test_a_number_called_no_true_count_is_denied(judged: str) -> None:
    text = f"The group counted 26 people dead. Twenty-six is {judged}, the minister said."
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    assert [(c.low, c.stance) for c in find_claims(analysis)] == [(26, "reported"), (26, "denied")]


def test_an_owned_count_after_another_clause_is_its_owners() -> None:
    text = (
        "The ministry acknowledges seven deaths, a figure the monitor calls too low; the "
        "monitor's own tally stands at 16."
    )
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    owners = [c.said_by.text if c.said_by else None for c in find_claims(analysis)]
    assert owners == ["The ministry", "the monitor"]


def test_a_place_in_the_source_is_not_the_figures_place() -> None:
    analysis = analyze(
        "A police spokesman in Kandy said 19 people had died.", published="2025-11-18"
    )
    (claim,) = analysis.claims
    assert claim.place is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The spokesman put the number of arrests at 140, far below the 600 claimed by lawyers.",
         [("arrested", "people", 140, 140), ("arrested", "people", 600, 600)]),
        ("The Red Cross said it was sheltering about 3,000 displaced families in schools.",
         [("displaced", "families", 2700, 3300)]),
        ("Health officials said one student had been killed there.",
         [("killed", "children", 1, 1)]),
        ("The council lowered its count of the dead to 33, saying eight people first listed as "
         "dead had been found alive.", [("killed", "people", 33, 33)]),
        ("The governor gave a toll of 12 dead and said 30 miners had been pulled out alive.",
         [("killed", "people", 12, 12)]),
    ],
)  # fmt: skip
def test_figures_told_in_less_common_ways(
    text: str, expected: list[tuple[str, str, float, float]]
) -> None:
    """A rival figure after "the … claimed by", an adjective that is a measure ("displaced
    families"), a singular subject, and people found alive, who are not dead."""
    assert claims_of(text) == expected


def test_a_day_that_names_the_event_does_not_date_the_toll() -> None:
    analysis = analyze(
        "Authorities on Thursday revised the toll from Monday's collapse down to 21. Police "
        "said 12 people were killed on Monday.",
        "2025-03-06",
    )
    assert [(c.low, c.date) for c in analysis.claims] == [(21, "2025-03-06"), (12, "2025-03-03")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A protester died in hospital.",
        "A protester who was shot on Monday died.",
        "No one was hurt, the ministry said.",
        "Twenty-five people were detained.",
        "A few dozen demonstrators gathered.",
        "Between 20 and 30 people were injured.",
        "Several journalists were arrested.",
    ],
)
def test_sentences_with_a_figure_are_never_skipped(sentence: str) -> None:
    assert find_figures(tokenize(sentence))
    assert may_hold_figure(sentence)


def test_a_sentence_the_figures_stage_skips_holds_no_figure() -> None:
    skipped = 0
    for path in sorted((REPO / "examples" / "kazakhstan").iterdir()):
        text = path.read_text(encoding="utf-8")
        for sentence in split_sentences(text):
            if not may_hold_figure(text[sentence.start : sentence.end]):
                skipped += 1
                assert find_figures(tokenize(text, sentence.start, sentence.end)) == []
    assert skipped > 10  # the test would prove nothing if every sentence passed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count restated in a relative clause after its noun ("its tally, which has since …")
        ("The ministry said 30 people had died. The clinic stood by its tally, which has since "
         "climbed to 44.", [("killed", "people", 30, 30), ("killed", "people", 44, 44)]),
        # people who sought treatment were hurt
        ("Medics said 40 people had now sought medical treatment.",
         [("injured", "people", 40, 40)]),
        # a rival figure that a participle of admitting follows
        ("The union said 90 members had been detained, far more than the 25 admitted by police.",
         [("detained", "people", 90, 90), ("detained", "people", 25, 25)]),
        # people searched for are missing; hours searched and suspects hunted are not
        ("Divers were still searching for at least 15 fishermen.",
         [("missing", "people", 15, None)]),
        ("Rescuers searched for 12 hours.", []),
        ("Police were searching for three suspects.", []),
        # a toll phrase with a preposition "after" before its number
        ("The number of people missing after the storm had fallen to nine.",
         [("missing", "people", 9, 9)]),
        # those who have not returned are missing
        ("Families said 25 herders had not returned.", [("missing", "people", 25, 25)]),
        # one man or woman who died
        ("One woman who was hit by a truck died in hospital.", [("killed", "people", 1, 1)]),
        # survivors restate no toll
        ("Officials said 20 people had died. The mayor put the number of survivors at 64.",
         [("killed", "people", 20, 20)]),
        # an adverb before an adjective that is a measure
        ("Troops were sent to the camps, where some 2,000 recently displaced people have "
         "arrived.", [("displaced", "people", 1800, 2200)]),
    ],
)  # fmt: skip
def test_figures_the_conflict_detector_missed(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "said_by"),
    [
        # an aside between commas is no part of the source
        ("Mayor Ali Musa, however, said 17 people had drowned.", ["Mayor Ali Musa"]),
        # a source that stands by its own toll
        ("The army stood by its toll of 9.", ["The army"]),
        # "a figure X put at": X gives the rival figure, not the source before
        ("Activists claimed that 200 people were held, a figure the interior ministry put at 80.",
         ["Activists", "the interior ministry"]),
        # an owned count whose toll phrase names what it counts, after another clause
        ("Relatives of the missing miners said 30 men had not returned; the company's count of "
         "the missing has fallen to 12.", ["Relatives of the missing miners", "the company"]),
        # comparison words before an owner are no part of it
        ("Rescuers said 40 bodies had been found, well above the provincial government's toll "
         "of 25.", ["Rescuers", "the provincial government"]),
        # a clause between commas before a participle of saying is no appositive
        ("After the storm, the regional council lowered its count of the dead to 21, saying some "
         "victims had been counted twice.", ["the regional council"]),
    ],
)  # fmt: skip
def test_sources_the_conflict_detector_missed(text: str, said_by: list[str | None]) -> None:
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    assert [c.said_by.text if c.said_by else None for c in find_claims(analysis)] == said_by


def _places_of(text: str) -> list[str | None]:
    analysis = analyze(text, published="2025-05-03")
    names = {place.id: place.name for place in analysis.places}
    return [names.get(claim.place or "") for claim in analysis.claims]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # "nationwide" in the figure's own clause beats the town that opens the sentence
        ("In Nairobi, the rights group raised its toll to seven, while the government said no "
         "more than three people had been killed nationwide.", ["Nairobi", None]),
        # a place told for a part is the part's alone
        ("The agency said 20 people had died, eight of them in Kisumu, and that 5,000 people had "
         "fled to camps.", [None, "Kisumu", None]),
        ("The ministry said 11 people had died, three of them swept away by the river near "
         "Kisumu.", [None, "Kisumu"]),
        # a place that describes the source is not the figure's; a source that is the place is
        ("Kenya's disaster coordinator said 18 people had died.", [None]),
        ("Kisumu county officials said 12 people had died.", [None]),
        ("Kisumu county says 19 people died in the floods.", ["Kisumu"]),
        # a local source counts where it is
        ("A local health officer in Kisumu said 14 bodies had been recovered.", ["Kisumu"]),
        # a speaker's count of its own people is of the place the speaker stands for
        ("An MP for Kisumu, Jane Otieno, said \"at least six of my constituents\" had drowned.",
         ["Kisumu"]),
        ("The priest of the cathedral in Kisumu said he had buried nine of our people.",
         ["Kisumu"]),
    ],
)  # fmt: skip
def test_places_the_conflict_detector_missed(text: str, places: list[str | None]) -> None:
    assert _places_of(text) == places


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # a source's own toll, a bare number, rivals the count of its measure told before it
        ("Aid workers said 40 civilians had died in the shelling. The army stood by its toll of "
         "15.", ["civilians", "civilians"]),
        ("Medics said 40 civilians had died; the army kept its own tally at 15.",
         ["civilians", "civilians"]),
        # a toll that names no owner, or a figure before it of another measure, counts people
        ("Aid workers said 40 civilians had died. The toll later rose to 55.",
         ["civilians", "people"]),
        ("Aid workers said 40 civilians were hurt. The army stood by its toll of 15.",
         ["civilians", "people"]),
        # the attackers are no subject of a toll of victims
        ("The army said it had killed 30 gunmen. The militia stood by its toll of 15.",
         ["attackers", "people"]),
    ],
)  # fmt: skip
def test_a_sources_own_bare_toll_counts_what_the_rival_toll_counts(
    text: str, subjects: list[str]
) -> None:
    analysis = analyze(text, published="2025-02-11")
    assert [claim.subject for claim in analysis.claims] == subjects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure in quotation marks is read as plainly as one without
        ('Police said 12 people had died. A trader said the real number was "more than 40".',
         [("killed", "people", 12, 12), ("killed", "people", 40, None)]),
        ('Fishermen said they had pulled "at least 15" bodies from the lake.',
         [("killed", "people", 15, None)]),
        # a restatement whose clause ends with a verb of another clause
        ("Police said 44 people had died. An official said the figure was well under 40 and "
         "that earlier counts had included people who died of malaria.",
         [("killed", "people", 44, 44), ("killed", "people", None, 40)]),
        # a list item whose label names the measure with a noun, and a breakdown in brackets
        ("Cumulative deaths: 80 (Nairobi 50, Mombasa 30).",
         [("killed", "people", 80, 80), ("killed", "people", 50, 50),
          ("killed", "people", 30, 30)]),
        ("Deaths confirmed to the cluster by district clinics: 96, of whom 41 in Kisumu.",
         [("killed", "people", 96, 96), ("killed", "people", 41, 41)]),
        # people who sought medical help were hurt; "nobody" counts people, not the part before
        ("The ministry said 50 people had sought medical help, including 12 police officers, "
         "and that nobody had been killed.",
         [("injured", "people", 50, 50), ("injured", "police officers", 12, 12),
          ("killed", "people", 0, 0)]),
        # a singular noun of a measure after "one"
        ("The ministry acknowledged one death, a driver hit by a stone.",
         [("killed", "people", 1, 1)]),
        # a part whose own verb tells what became of it
        ("The clinic said it had treated 60 people, 7 of whom had died.",
         [("injured", "people", 60, 60), ("killed", "people", 7, 7)]),
        ("The toll rose to 20 after three of the wounded died overnight.",
         [("killed", "people", 20, 20), ("killed", "people", 3, 3)]),
        # one person, after modifiers or as a part
        ("A nursing student died after being hit by a police truck.",
         [("killed", "children", 1, 1)]),
        ("Police said nine people had been killed, among them a traffic police officer.",
         [("killed", "people", 9, 9), ("killed", "police officers", 1, 1)]),
        ("Police arrested 12 men, including a village councillor.",
         [("arrested", "people", 12, 12), ("arrested", "people", 1, 1)]),
        ("The dead included two women and a boy who were shot as they fled.",
         [("killed", "people", 2, 2), ("killed", "children", 1, 1)]),
        # states and acts that are measures
        ("Doctors said 35 people remain in hospital.", [("injured", "people", 35, 35)]),
        ('"Dozens of people are still under the rubble," he said.',
         [("missing", "people", 24, 99)]),
        ("Several thousand people had queued for food since dawn.",
         [("participants", "people", 3000, 9000)]),
        ("The navy said 20 people were missing. The families said 90 people boarded the boat, "
         "and that 40 of them had been buried.",
         [("missing", "people", 20, 20), ("killed", "people", 40, 40)]),
        # the subject named right after a toll phrase
        ("The monitor raised its count of injured protesters to 130.",
         [("injured", "protesters", 130, 130)]),
        # a part of the figure a sentence opens with
        ("Of the 80 people treated at the clinic, 25 were children.",
         [("injured", "people", 80, 80), ("injured", "children", 25, 25)]),
        # an earlier figure a source restates with a pronoun and a verb of saying
        ("The toll stands at 40, lower than the 52 it announced on Monday.",
         [("killed", "people", 40, 40), ("killed", "people", 52, 52)]),
        # another part joined by "and"; people who crossed a border
        ("The dead include 4 children and 3 women.",
         [("killed", "children", 4, 4), ("killed", "people", 3, 3)]),
        ("An aid agency said 1,500 people had crossed the border.",
         [("displaced", "people", 1500, 1500)]),
        # parts that have left what their total counts, and "every one" of them, are no count
        ("Police said 140 people had been detained, of whom 61 had been released.",
         [("detained", "people", 140, 140)]),
        ("Doctors treated 50 people; 20 of them have since gone home.",
         [("injured", "people", 50, 50)]),
        ("Medics said 12 people had died. 'We buried every one of them,' a priest said.",
         [("killed", "people", 12, 12)]),
        # things are never a figure, whatever is done with them
        ("The navy sent three patrol boats and 80 sailors to the lake.",
         [("deployed", "soldiers", 80, 80)]),
        ("Gunmen set fire to more than 200 houses, and 1,000 villagers fled.",
         [("displaced", "civilians", 1000, 1000)]),
        # speakers counted before their verb of saying are no figure
        ("Two officials said 40 people had died in the floods.", [("killed", "people", 40, 40)]),
        # "nobody" counts people, whatever group the figure before counted
        ("Medics said two protesters had died; the ministry said nobody had died.",
         [("killed", "protesters", 2, 2), ("killed", "people", 0, 0)]),
    ],
)  # fmt: skip
def test_figures_of_new_crises(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "said_by"),
    [
        # the phrase a pronoun owns, or a pronoun after "said on … that", is the speaker's
        ("The Legal Aid Centre said its monitors had counted 40 injured protesters.",
         ["The Legal Aid Centre"]),
        ("Doctors at the district hospital said on Tuesday night that they had registered 19 "
         "deaths.", ["Doctors at the district hospital"]),
        # a participle after a count noun is no saying
        ("Divers found another nine bodies, bringing the number confirmed dead to 30, the coast "
         "guard said.", ["the coast guard", "the coast guard"]),
        # a source right after a later number gives that number; a passive of a state is no
        # saying
        ("The toll stands at 40, lower than the 52 it announced on Monday.", [None, "it"]),
        ("Three people were confirmed dead and 12 are missing.", [None, None]),
        # a source that revises its count, whatever the words before the count noun
        ("The interior ministry raised the official toll to 88 on Friday.",
         ["The interior ministry"]),
    ],
)  # fmt: skip
def test_sources_of_new_crises(text: str, said_by: list[str | None]) -> None:
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    assert [c.said_by.text if c.said_by else None for c in find_claims(analysis)] == said_by


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The minister rejected the bishop's count of 52 as rumour.", "denied"),
        # a denial of something else, past a clause break, denies no count after it
        ("Police denied firing live rounds; the ministry's count of the dead rose to 30.",
         "reported"),
        ("The army denied involvement, but the toll of 30 given by medics was confirmed.",
         "reported"),
    ],
)  # fmt: skip
def test_a_denial_reaches_only_the_count_it_names(text: str, stance: str) -> None:
    text = f"Church leaders said 52 people had died. {text}"
    claims = analyze(text, published="2025-02-11").claims
    assert [claim.stance for claim in claims] == ["reported", stance]


def test_a_later_rejection_of_a_restated_count_denies_it() -> None:
    text = "The minister said 30 people had died, and rejected the bishop's count of 52 as rumour."
    analysis = analyze(text, published="2025-02-11")
    assert [(c.low, c.stance, c.said_by.text if c.said_by else None) for c in analysis.claims] == [
        (30, "reported", "The minister"),
        (52, "denied", "The minister"),
    ]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a place that labels a number in a list, and none for a total another number splits
        ("Cumulative deaths: 80 (Nairobi 50, Mombasa 30).", [None, "Nairobi", "Mombasa"]),
        ("Confirmed deaths: 96, of whom 41 in Kisumu.", [None, "Kisumu"]),
        # "the city's" refers to the last town named, even in the source
        ("A Nakuru city official said 70 bodies had been taken to the city's mortuaries.",
         ["Nakuru"]),
        # a restatement keeps the place of the figure it restates
        ("The ministry said the toll in Mombasa stood at 44. An official later said the figure "
         "was well under 40.", ["Mombasa", "Mombasa"]),
        # a sentence that opens with a site in a place
        ("At the primary school in Kisumu, 12 pupils died when the roof fell in.", ["Kisumu"]),
        # a place that names another count, in the figure's own relative clause
        ("A smaller slide in Storfjord killed one snowmobile driver, who is not counted in the "
         "Lyngen toll.", ["Storfjord"]),
    ],
)  # fmt: skip
def test_places_of_new_crises(text: str, places: list[str | None]) -> None:
    assert _places_of(text) == places


def test_a_count_said_on_an_earlier_day_is_that_days_count() -> None:
    text = "The health ministry said on Wednesday that the toll stood at 44."
    analysis = analyze(text, published="2025-07-10")  # a Thursday
    assert [claim.date for claim in analysis.claims] == ["2025-07-09"]


def _figures_of(text: str) -> list[tuple[str, str, str, float | None]]:
    analysis = analyze(text, published="2025-06-19")
    return [(c.text, c.measure, c.subject, c.low) for c in analysis.claims]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Three people were fatally shot during a raid on Monday.",
         [("Three people", "killed", "people", 3)]),
        # a cause between the number and "deaths", but not a doubt
        ("The town hall recorded nine cholera deaths last week.",
         [("nine cholera deaths", "killed", "people", 9)]),
        ("Clinics reported six suspected deaths.", []),
        # the dead of other causes are no toll of the crisis
        ("Reviews found that three patients had died of other causes.", []),
        # an age between "a" and the noun
        ("Residents said a 15-year-old boy was killed.", [("a 15-year-old boy", "killed",
                                                           "children", 1)]),
        # a part joined by "and" after the place of the part before it
        ("The monitor said nine people were killed, among them a boy in Susangerd and two men in "
         "Shadegan.", [("nine people", "killed", "people", 9), ("a boy", "killed", "children", 1),
                       ("two men", "killed", "people", 2)]),
    ],
)  # fmt: skip
def test_wordings_of_deaths(text: str, figures: list[tuple[str, str, str, float]]) -> None:
    assert _figures_of(text) == figures


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a lead place after "neighbouring", or "across the border in"
        ("In neighbouring Lao Cai province, seven people died when a flood swept through Bat Xat "
         "district.", ["Lao Cai"]),
        ("Across the border in Brazil, officials in Foz do Iguaçu reported four deaths.",
         ["Brazil"]),
        # a place named for the victims a toll includes is no place of the toll
        ("The agency put the toll from four days of rain at 41, including the Kisumu victims.",
         [None]),
        # a place whose office speaks says whose count it is
        ("Kenya's health ministry lowered its cholera toll to 29 on Monday.", [None]),
    ],
)  # fmt: skip
def test_places_of_leads_and_offices(text: str, places: list[str | None]) -> None:
    assert _places_of(text) == places


def test_a_time_after_the_figure_a_count_moved_from_dates_that_figure() -> None:
    analysis = analyze(
        "Two people are still missing, the committee said, down from 22 on Tuesday.",
        published="2025-09-12",
    )
    assert [(c.text, c.date) for c in analysis.claims] == [
        ("Two people", "2025-09-12"),
        ("22", "2025-09-09"),
    ]


def test_a_place_the_counted_came_from_is_no_figure_they_moved_from() -> None:
    """ "from the building on Monday" names where the treated came from; only a number after
    "from" is a count's past ("down from 22 on Tuesday")."""
    analysis = analyze(
        "The hospital said it had treated nine people from the building on Monday.",
        published="2025-09-24",
    )
    assert [(c.text, c.date) for c in analysis.claims] == [("nine people", "2025-09-22")]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # a timeline entry's time of day is no count
        ("09:15 Several hundred nurses marched to the clinic.",
         [("participants", "workers", 300, 900)]),
        ("The organisers said some 3,000 people had taken part.",
         [("participants", "people", 2700, 3300)]),
        ("The ministry said no soldier lost his life in the raid.",
         [("killed", "soldiers", 0, 0)]),
        # a bare figure takes the measure its own sentence names, not the sentence before's
        ("Clinics treated 80 people for burns. The church, which records deaths in its parish, "
         "gives a figure of 9.",
         [("injured", "people", 80, 80), ("killed", "people", 9, 9)]),
        # a correction restates the figure it corrects
        ("An earlier report said 45 people had died. The figure should have read 15.",
         [("killed", "people", 45, 45), ("killed", "people", 15, 15)]),
    ],
)  # fmt: skip
def test_figures_read_in_timelines_and_restatements(
    text: str, claims: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == claims


@pytest.mark.parametrize(
    ("sentence", "said_by", "stance"),
    [
        ("11:30 The fire service has raised its toll to 12.", "The fire service", "reported"),
        ("The army flatly denies reports that soldiers shot dead four villagers.", "The army",
         "denied"),
    ],
)  # fmt: skip
def test_sources_past_a_time_of_day_and_a_denial(sentence: str, said_by: str, stance: str) -> None:
    (claim,) = analyze(sentence, published="2025-03-06").claims
    assert (claim.said_by.text if claim.said_by else None) == said_by
    assert claim.stance == stance


def test_a_day_in_a_clause_before_the_figure_is_not_its_date() -> None:
    text = (
        "Guards said on Wednesday they had caught 12 of the men who escaped on Monday, and "
        "insisted that only two prisoners had died."
    )
    claims = analyze(text, published="2025-03-06").claims
    dates = {claim.text: claim.date for claim in claims}
    assert dates["two prisoners"] == "2025-03-05"  # the day of the saying, not of the escape


def test_a_town_that_opens_a_where_clause_after_an_apposition_is_the_figures() -> None:
    text = (
        "The storm flattened stalls in Ghent, where traders wept, and in Aalst, a market town "
        "to the east, where the mayor said four people had died."
    )
    analysis = analyze(text, published="2025-03-06")
    names = {place.id: place.name for place in analysis.places}
    assert [names.get(claim.place or "") for claim in analysis.claims] == ["Aalst"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an explainer's question names the count its answer's bare numbers give
            "How many people were hurt? The hospital's count reached 64 on Friday.",
            [("injured", "people", 64, 64)],
        ),
        (  # a count noun's number may open the clause's verb
            "Police said 30 people were hurt. The union's count of 52 has not changed.",
            [("injured", "people", 30, 30), ("injured", "people", 52, 52)],
        ),
        (  # "N is the number": a clause that calls a bare number the count
            "The rebels said 40 villagers were killed. Twelve is the true number, the army said.",
            [("killed", "civilians", 40, 40), ("killed", "civilians", 12, 12)],
        ),
        (  # a sum after figures of places: "N in all"
            "Nine people died in the port and four in the hills, 13 in all.",
            [("killed", "people", 9, 9), ("killed", "people", 4, 4), ("killed", "people", 13, 13)],
        ),
        (  # a count given by someone named between the count noun and its number
            "The storm killed 20 people. The figure given by the regional health office was 23.",
            [("killed", "people", 20, 20), ("killed", "people", 23, 23)],
        ),
        (  # numbers in words, then again in figures in brackets, as official prose writes them
            "The government announces a toll of eleven (11) persons killed and forty (40) persons "
            "wounded.",
            [("killed", "people", 11, 11), ("injured", "people", 40, 40)],
        ),
        (
            "Monitors documented 33 cold-related deaths in the north.",
            [("killed", "people", 33, 33)],
        ),
        (
            "Lawyers condemned the detention of six journalists.",
            [("detained", "journalists", 6, 6)],
        ),
        (  # a total in a place named between the count noun and its number
            "Two more people drowned in Lakeview, bringing the total in Marsh county to 14.",
            [("killed", "people", 2, 2), ("killed", "people", 14, 14)],
        ),
        ("A further three people died overnight.", [("killed", "people", 3, 3)]),
        (
            "Lawyers said 250 detainees were on hunger strike.",
            [("participants", "prisoners", 250, 250)],
        ),
    ],
)
def test_figures_of_explainers_communiques_and_restatements(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


def test_a_count_of_one_place_singled_out_is_a_part() -> None:
    text = "Thirty people died in the floods. In our village alone nine people died."
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    analysis = dataclasses.replace(analysis, claims=find_claims(analysis))
    parts = {claim.text for claim in analysis.claims if claim.id in part_claims(analysis)}
    assert parts == {"nine people"}


@pytest.mark.parametrize(
    ("sentence", "said_by", "stance"),
    [
        ("The Government informs the public that 14 persons were killed.", "The Government",
         "reported"),
        ("We note with concern that the figure of 60 dead is not supported by any count.", "We",
         "denied"),
    ],
)  # fmt: skip
def test_communique_wordings_of_sources(sentence: str, said_by: str, stance: str) -> None:
    analysis = Analysis(document=Document(text=sentence), sentences=split_sentences(sentence))
    (claim,) = find_claims(analysis)
    assert (claim.said_by.text if claim.said_by else None) == said_by
    assert claim.stance == stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency confirms 7 deaths: Kolda 4, Sedhiou 3.",
         [("killed", "people", 7, 7), ("killed", "people", 4, 4), ("killed", "people", 3, 3)]),
        ("Police said 40 people were arrested: most of them students.",
         [("arrested", "people", 40, 40)]),
    ],
)  # fmt: skip
def test_a_list_after_a_colon_breaks_a_figure_down(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "said_by"),
    [
        ("Medics said 30 people had died. The figure given by the Kasai governor's office on "
         "Monday was 19.", ["Medics", "the Kasai governor's office"]),
        ("Medics said 30 people had died. The number cited by the Red Cross was 41.",
         ["Medics", "the Red Cross"]),
    ],
)  # fmt: skip
def test_a_count_noun_given_by_a_source_restates_the_toll(
    text: str, said_by: list[str | None]
) -> None:
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    claims = find_claims(analysis)
    assert [(c.measure, c.subject) for c in claims] == [("killed", "people")] * 2
    assert [c.said_by.text if c.said_by else None for c in claims] == said_by


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator named six miners she said had died underground.",
         [("killed", "workers", 6, 6)]),
        ("Lawyers listed 15 protesters they say were detained at the border.",
         [("detained", "protesters", 15, 15)]),
        # a saying verb with a subject of its own starts another clause
        ("Two officials said 40 people had died.", [("killed", "people", 40, 40)]),
    ],
)  # fmt: skip
def test_a_count_that_a_relative_clause_of_saying_follows(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said six people had died in the town, while the ministry's own figure for "
        "the whole of Oriental province stood at 20.",
        "The mayor said six people had died in the town, while the ministry's figure for Kayes "
        "region stood at 20.",
    ],
)
def test_an_owned_count_for_a_place_restates_the_toll(text: str) -> None:
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    claims = find_claims(analysis)
    assert [(c.measure, c.low) for c in claims] == [("killed", 6), ("killed", 20)]
    assert claims[1].said_by is not None and claims[1].said_by.text == "the ministry"


@pytest.mark.parametrize("event", ["earthquake", "train collision", "ferry sinking"])
def test_a_place_that_names_the_event_is_not_the_figures_place(event: str) -> None:
    analysis = analyze(f"Officials said 40 people had died in the Tanta {event}.", "2025-01-14")
    assert [(c.low, c.place) for c in analysis.claims] == [(40, None)]


def test_a_day_an_event_is_told_of_does_not_date_the_toll() -> None:
    analysis = analyze(
        "Police confirmed that seven people were killed in the riots of May 2 and 3.",
        "2025-05-06",
    )
    assert [(c.low, c.date) for c in analysis.claims] == [(7, "2025-05-06")]


@pytest.mark.parametrize(
    ("second", "stance"),
    [
        ('The minister said that "thirty is simply wrong".', "denied"),
        ("The minister said that thirty was false.", "denied"),
        ("The minister said the figure was thirty.", "reported"),
    ],
)
def test_a_bare_number_called_false_is_denied(second: str, stance: str) -> None:
    text = f"The opposition said 30 people had been killed. {second}"
    claims = analyze(text, "2025-02-05").claims
    assert [(c.low, c.stance) for c in claims] == [(30, "reported"), (30, stance)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleven newborns died in the fire.", [("killed", "children", 11, 11)]),
        ("At least six babies died in the ward.", [("killed", "children", 6, None)]),
        ("Residents said nine of their neighbours had died.", [("killed", "people", 9, 9)]),
        ("Police arrested two engineers.", [("arrested", "people", 2, 2)]),
    ],
)
def test_more_words_for_who_is_counted(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The police figure on Tuesday was 12.",
        "The hospital's count on Monday evening stood at 12.",
        "The number of deceased patients stands at 12.",
        "The number of people who lost their lives in the collapse of the bridge is 12.",
        "Its own count of the dead, based on the morgues of the two city hospitals, stood at 12.",
    ],
)
def test_more_wordings_of_a_toll(text: str) -> None:
    sentences = f"The ministry said nine people had died. {text}"
    assert claims_of(sentences)[-1] == ("killed", "people", 12, 12)


def test_a_toll_that_lies_between_two_numbers() -> None:
    text = "On the evidence we have, the toll lies between 15 and 22."
    assert claims_of(text) == [("killed", "people", 15, 22)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Persons treated since 7 June: 61", [("injured", "people", 61, 61)]),
        ("- Volunteers deployed to the district: 85", [("deployed", "people", 85, 85)]),
    ],
)  # fmt: skip
def test_a_labels_verb_names_the_measure_of_its_number(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    "text",
    ["A plant worker aged 58 died in hospital.", "Two men aged 19 and 34 were later buried."],
)
def test_an_age_is_no_count(text: str) -> None:
    assert all(low not in (58, 34, 19) for _, _, low, _ in claims_of(text))


@pytest.mark.parametrize("verb", ["reject", "dismiss", "dispute"])
def test_a_speaker_who_rejects_a_claim_denies_its_figure(verb: str) -> None:
    text = f"I {verb} the claim made in this chamber yesterday that thirty people had died."
    claims = analyze(text, published="2025-09-18").claims
    assert [(c.stance, c.said_by.text if c.said_by else None) for c in claims] == [("denied", "I")]


def test_a_number_after_the_colon_of_a_figures_clause_is_its_part() -> None:
    text = "The directorate says 15 inmates died: 13 on Monday and two on Tuesday."
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    analysis = dataclasses.replace(analysis, claims=find_claims(analysis))
    parts = {claim.text for claim in analysis.claims if claim.id in part_claims(analysis)}
    assert parts == {"13", "two"}  # the later item of the list too


@pytest.mark.parametrize(
    "text",
    [
        "Q: How many people died in the fire?\nA: Seven. A woman died in hospital overnight.",
        "How many people died in the fire?\n\nSeven. A woman died in hospital overnight.",
    ],
)
def test_an_answer_that_is_only_a_number_gives_the_count_asked_for(text: str) -> None:
    assert claims_of(text)[0] == ("killed", "people", 7, 7)


@pytest.mark.parametrize("called", ['"false and irresponsible"', '"not ours and not true"'])
def test_a_figure_called_false_in_quoted_words_is_denied(called: str) -> None:
    text = (
        "Relatives said more than thirty prisoners had died. The ministry said the figure of "
        f"thirty was {called}."
    )
    claims = analyze(text, published="2025-02-10").claims
    assert [(c.text, c.stance) for c in claims][-1] == ("thirty", "denied")


@pytest.mark.parametrize(
    "text",
    [
        "Villagers said the toll was well above the one given by the governor on Friday.",
        "The governor published the toll at 3 p.m. on Friday.",
        "Since Friday, several death tolls have been published by different groups.",
        "Among the dead were children below the age of fifteen.",
    ],
)
def test_a_number_that_counts_no_one_is_no_figure(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Block 6 held 300 detainees on the night of the fire.", 300),
        ("The jail, built for about 400 inmates, held more than 900 at the time of the riot.", 900),
        ("Police said the dead included a boy of about twelve who was shot as he ran.", 1),
        ("The council's Statement No. 9 says four people died on the avenue.", 4),
        ("Bulletin No. 3 reports 14 miners still missing underground.", 14),
        ("Resolution 425 was ignored; 12 soldiers were killed on Monday.", 12),
    ],
)
def test_a_things_number_a_capacity_and_an_age_are_no_figures(text: str, low: int) -> None:
    assert [claim[2] for claim in claims_of(text)] == [low]


@pytest.mark.parametrize(
    "struck_off",
    [
        "one body had been counted twice",
        "two deaths had been reclassified after tests",
        "two old women who died of a stroke could not be counted as victims",
    ],
)
def test_dead_struck_off_a_toll_are_no_count_of_dead(struck_off: str) -> None:
    text = f"The governor lowered the toll to 17, saying that {struck_off}."
    assert claims_of(text) == [("killed", "people", 17, 17)]


def test_those_counted_as_other_people_are_a_part() -> None:
    text = "Twenty police officers were injured, and 85 other people were treated in hospital."
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    analysis = dataclasses.replace(analysis, claims=find_claims(analysis))
    parts = {claim.text for claim in analysis.claims if claim.id in part_claims(analysis)}
    assert parts == {"85 other people"}


def test_dead_registered_at_two_morgues_are_no_count_of_dead() -> None:
    text = (
        "The ministry revised the toll down to 15, saying that two people had been registered "
        "as dead at both the city and the district morgues."
    )
    assert claims_of(text) == [("killed", "people", 15, 15)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The union said none of its members had been hurt.", [("injured", 0, 0, "reported")]),
        ("Police said none of the officers had died.", [("killed", 0, 0, "reported")]),
        (
            "The mine owner denied that any of its workers had been killed.",
            [("killed", 1, None, "denied")],
        ),
        # "none of them" leaves the count to the figure before it
        ("Six people died, none of them in the camp.", [("killed", 6, 6, "reported")]),
    ],
)
def test_none_or_any_of_a_named_group(
    sentence: str, expected: list[tuple[str, float | None, float | None, str]]
) -> None:
    claims = analyze(sentence, published="2025-03-02").claims
    assert [(c.measure, c.low, c.high, c.stance) for c in claims] == expected


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # the time after a later clause's figure dates that figure, not the total before it
        ("Nine patients died in the ward, and one nurse died in hospital on Sunday.", "2025-03-03"),
        ("The council says 20 people died: 17 on Saturday and three on Sunday.", "2025-03-03"),
        # with no clause between them, the two figures share the time
        ("Four people were killed and 30 were hurt on Sunday.", "2025-03-02"),
    ],
)
def test_a_time_after_a_later_clause_dates_that_clause(sentence: str, day: str) -> None:
    claims = analyze(sentence, published="2025-03-03").claims
    assert claims[0].date == day


def test_a_figure_of_a_timeline_entry_is_dated_by_its_heading() -> None:
    text = (
        "How the blaze unfolded\n\n"
        "Sunday evening: The fire service says four people have died. Neighbours say at least "
        "ten have died.\n\n"
        "Monday: The fire service raises its toll to five."
    )
    claims = analyze(text, published="2025-03-04").claims
    assert [(claim.low, claim.date) for claim in claims] == [
        (4, "2025-03-02"),
        (10, "2025-03-02"),
        (5, "2025-03-03"),
    ]


@pytest.mark.parametrize(
    "line",
    ["Patients received since 06:30: 86", "Patients admitted since Sunday evening: 86"],
)
def test_a_bulletin_line_of_patients_taken_in_counts_the_injured(line: str) -> None:
    assert claims_of(line) == [("injured", "people", 86, 86)]


def test_a_time_of_day_in_a_label_does_not_end_it() -> None:
    assert claims_of("Deaths since 06:30: 4") == [("killed", "people", 4, 4)]


def test_a_place_in_another_sources_words_is_no_place_of_a_figure() -> None:
    text = (
        "The county police said four people had died, while the health ministry in Nairobi "
        "said six had died."
    )
    analysis = analyze(text, published="2025-05-05")
    assert [(claim.low, claim.place) for claim in analysis.claims] == [(4, None), (6, None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # falling ill is being hurt, in a poisoning or a leak
        ("The clinic says 85 villagers fell ill after the wedding meal.",
         [("injured", "civilians", 85, 85)]),
        ("Tainted water was blamed for sickening 40 pupils.", [("injured", "children", 40, 40)]),
        # a toll whose measure is a relative clause on "persons" or "those"
        ("The number of persons who lost their lives is six (6).", [("killed", "people", 6, 6)]),
        ("The count of those who have been evacuated stood at 2,300.",
         [("displaced", "people", 2300, 2300)]),
    ],
)  # fmt: skip
def test_figures_of_illness_and_relative_tolls(
    sentence: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # reports that the sentence itself calls false, in no one's name, are denied
        ("Rumours on social media of hundreds of deaths do not correspond to reality.", "denied"),
        ("Reports of 60 dead in the valley do not reflect the facts.", "denied"),
        # a report of a figure that nothing calls false stays a report
        ("Reports of 60 dead in the valley reached the capital on Friday.", "reported"),
    ],
)
def test_reports_called_false_in_no_ones_name_are_denied(sentence: str, stance: str) -> None:
    analysis = Analysis(document=Document(text=sentence), sentences=split_sentences(sentence))
    (claim,) = find_claims(analysis)
    assert claim.stance == stance


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare number that ", not" sets aside is a denied count of the figure before it
        ("The morgue has received 21 bodies, not nine, a nurse said.",
         [("killed", 21, "reported"), ("killed", 9, "denied")]),
        # "is not correct" calls a bare number false, as "is wrong" does
        ("Police said 12 people had died. Thirty is not correct, they added.",
         [("killed", 12, "reported"), ("killed", 30, "denied")]),
        # "not" before a verb sets aside no number
        ("Twelve people were injured, not killed, the police said.",
         [("injured", 12, "reported")]),
    ],
)  # fmt: skip
def test_a_number_set_aside_is_denied(
    sentence: str, expected: list[tuple[str, float | None, str]]
) -> None:
    analysis = Analysis(document=Document(text=sentence), sentences=split_sentences(sentence))
    assert [(c.measure, c.low, c.stance) for c in find_claims(analysis)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare number after "report" or "count" restates the figure before it, as after "said"
        ("Police say 12 people died; the opposition counts 40.",
         [("killed", "people", 12, 12), ("killed", "people", 40, 40)]),
        ("- 5 people injured (civil defence); district officials report 9",
         [("injured", "people", 5, 5), ("injured", "people", 9, 9)]),
    ],
)  # fmt: skip
def test_a_bare_number_reported_or_counted_restates_the_figure_before(
    sentence: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count still in hospital is a count of the injured, even with no noun of its own
        ("A crash hurt 40 people. Of these, 31 remain admitted and nine are in intensive care.",
         [("injured", "people", 40, 40), ("injured", "people", 31, 31),
          ("injured", "people", 9, 9)]),
        ("Twenty passengers were hurt; 12 are still admitted.",
         [("injured", "people", 20, 20), ("injured", "people", 12, 12)]),
    ],
)  # fmt: skip
def test_a_count_still_in_hospital_is_of_the_injured(
    sentence: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(sentence) == expected


def test_remaining_admitted_is_no_saying() -> None:
    assert (
        find_sources("Thirty-one patients remain admitted, nine of them in intensive care.") == []
    )


@pytest.mark.parametrize(
    ("sentence", "expected", "source"),
    [
        ("At least 250 people fell ill, far above the 97 the Ministry of Health has reported.",
         [("injured", "people", 250, None), ("injured", "people", 97, 97)],
         "the Ministry of Health"),
        ("Eight miners are missing, not the five that the company listed.",
         [("missing", "workers", 8, 8), ("missing", "workers", 5, 5)], "the company"),
    ],
)  # fmt: skip
def test_the_number_a_named_source_gave_restates_the_count_before(
    sentence: str, expected: list[tuple[str, str, float | None, float | None]], source: str
) -> None:
    assert claims_of(sentence) == expected
    assert [s.source.text for s in find_sources(sentence)] == [source]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the names of a breakdown's items may run to several words, lower-case ones among them
        ("Deaths so far: 20 (Upper district 12, Port Mara 8).",
         [("killed", "people", 20, 20), ("killed", "people", 12, 12),
          ("killed", "people", 8, 8)]),
        ("Patients admitted since Friday: 75 (Saint Anne Hospital in Kilo 50, Eastside Clinic 25).",
         [("injured", "people", 75, 75), ("injured", "people", 50, 50),
          ("injured", "people", 25, 25)]),
    ],
)  # fmt: skip
def test_a_breakdown_item_may_have_a_name_of_several_words(
    sentence: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(sentence) == expected


@pytest.mark.parametrize(
    "line", ["Ward report - Currently admitted: 12", "Ward report - Admitted to the burns unit: 12"]
)
def test_a_bulletin_line_of_patients_admitted_counts_the_injured(line: str) -> None:
    assert claims_of(line) == [("injured", "people", 12, 12)]


def test_a_bulletin_label_ending_in_admitted_names_no_source() -> None:
    text = "Situation at noon: - persons admitted: forty (40); - deaths: three (3)."
    assert claims_of(text) == [("injured", "people", 40, 40), ("killed", "people", 3, 3)]
    assert find_sources(text) == []
    assert [s.source.text for s in find_sources("The minister admitted: 40 were hurt.")] == [
        "The minister"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards arrested six porters at the gate. Six.",
         [("arrested", "people", 6, 6), ("arrested", "people", 6, 6)]),
        ("Locals say thirty villagers were killed. The mayor: we have confirmed this much. Nine.",
         [("killed", "civilians", 30, 30), ("killed", "civilians", 9, 9)]),
        # digits alone may number a list's item
        ("Guards arrested six porters at the gate.\n\n2. The gate", [("arrested", "people", 6, 6)]),
    ],
)  # fmt: skip
def test_a_number_in_words_alone_repeats_the_count_before(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two workers died on Friday. By Saturday night it was four.",
         [("killed", "workers", 2, 2), ("killed", "workers", 4, 4)]),
        ("Nine fishermen are missing. On Sunday it was twelve, but three swam ashore.",
         [("missing", "people", 9, 9), ("missing", "people", 12, 12)]),
        # a unit after the number: a measurement, not the count
        ("Two workers died on Friday. By Saturday it was four degrees colder.",
         [("killed", "workers", 2, 2)]),
    ],
)  # fmt: skip
def test_it_was_before_a_bare_number_names_the_count_before(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


def test_an_answer_may_include_a_part_of_its_count() -> None:
    text = "Q: How many were hurt? A: Forty, including six firefighters."
    assert claims_of(text) == [("injured", "people", 40, 40), ("injured", "workers", 6, 6)]


def test_an_answer_may_name_who_gives_it() -> None:
    analysis = analyze("HIBA: And the wounded?\nTAREK: Sixteen, according to the council.")
    assert [(c.measure, c.low, c.said_by and c.said_by.text) for c in analysis.claims] == [
        ("injured", 16, "the council")
    ]


def test_a_clause_after_a_semicolon_may_open_with_a_part_of_the_total() -> None:
    text = "In all 80 people fell ill; of these, 25 remain in hospital, including 4 children."
    assert claims_of(text) == [
        ("injured", "people", 80, 80),
        ("injured", "people", 25, 25),
        ("injured", "children", 4, 4),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested 50 people, and 31 of them remain in custody.",
         [("arrested", "people", 50, 50), ("detained", "people", 31, 31)]),
        ("Officials said 60 people were arrested, of whom 21 remain in detention.",
         [("arrested", "people", 60, 60), ("detained", "people", 21, 21)]),
        ("Guards detained 40 men; 15 of them were still being held on Friday.",
         [("detained", "people", 40, 40), ("detained", "people", 15, 15)]),
        ("Medics treated 40 people, 12 of whom needed surgery.",
         [("injured", "people", 40, 40), ("injured", "people", 12, 12)]),
    ],
)  # fmt: skip
def test_a_part_takes_the_measure_of_its_own_later_verb(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 80 families are housed in the town's sports hall.",
         [("displaced", "families", 72, 88)]),
        ("Some 300 villagers spent a third night in two primary schools.",
         [("displaced", "civilians", 270, 330)]),
        ("Nearly 40 families still cannot return home.", [("displaced", "families", 36, 40)]),
        ("Some 500 evacuated villagers remain in three schools.",
         [("displaced", "civilians", 450, 550)]),
        # a place of shelter where people died is no shelter they stay in
        ("Twelve pupils were killed in the school.", [("killed", "children", 12, 12)]),
        # spending a day in a place that shelters no one counts no one displaced
        ("Some 400 pupils spent the day in class.", []),
    ],
)  # fmt: skip
def test_people_staying_in_a_shelter_are_displaced(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twenty miners are receiving hospital treatment.", [("injured", "workers", 20, 20)]),
        ("The clinic said 35 people sustained injury in the crush.",
         [("injured", "people", 35, 35)]),
        ("By noon 90 people had been admitted with vomiting.", [("injured", "people", 90, 90)]),
        ("The governor confirmed the injury of 16 persons.", [("injured", "people", 16, 16)]),
        ("Six patients remain under treatment.", [("injured", "people", 6, 6)]),
    ],
)  # fmt: skip
def test_wordings_of_treatment_count_the_injured(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Doctors said 30 people were hurt, of which six persons are in critical condition.",
        "Doctors said 30 people were hurt. Four remain in a serious condition.",
    ],
)
def test_a_count_in_a_serious_condition_is_a_part_of_the_injured(text: str) -> None:
    analysis = analyze(Document(text=text))
    parts = part_claims(analysis)
    assert [(c.measure, c.id in parts) for c in analysis.claims] == [
        ("injured", False),
        ("injured", True),
    ]


def test_a_group_a_sentence_opens_with_is_what_its_bare_number_counts() -> None:
    text = (
        "Police said 14 officers had been hurt. Among the injured villagers taken to the "
        "district clinic, 9 remain in serious condition."
    )
    assert claims_of(text) == [
        ("injured", "police officers", 14, 14),
        ("injured", "civilians", 9, 9),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two injured miners died in hospital overnight.", [("killed", "workers", 2, 2)]),
        ("Eight missing fishermen were found dead on the shore.", [("killed", "people", 8, 8)]),
        ("Police said 12 wounded protesters were arrested.", [("arrested", "protesters", 12, 12)]),
        # a verb of anything but a death or an arrest leaves the adjective's measure
        ("Some 300 displaced families have arrived in the town.",
         [("displaced", "families", 270, 330)]),
    ],
)  # fmt: skip
def test_what_became_of_a_measured_subject_is_what_it_counts(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


def test_deaths_that_raised_a_toll_are_a_part_of_it() -> None:
    text = "The toll has risen to 9, officials said, after three injured inmates died."
    analysis = analyze(Document(text=text))
    parts = part_claims(analysis)
    assert [(c.measure, c.low, c.id in parts) for c in analysis.claims] == [
        ("killed", 9, False),
        ("killed", 3, True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police said 140 people had been arrested in Dhaka and another 23 in Sylhet.",
        "Police said 140 people had been arrested in Dhaka and a further 23 in Sylhet.",
    ],
)
def test_another_number_before_a_place_counts_what_the_figure_before_counts(text: str) -> None:
    assert claims_of(text) == [("arrested", "people", 140, 140), ("arrested", "people", 23, 23)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested 40 people. Among them are three children.",
         [("arrested", "people", 40, 40), ("arrested", "children", 3, 3)]),
        ("Soldiers detained 60 men. Among those detained were five minors.",
         [("detained", "people", 60, 60), ("detained", "children", 5, 5)]),
    ],
)  # fmt: skip
def test_a_sentence_opening_among_them_gives_a_part_of_the_figure_before(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


def test_a_list_label_of_the_evacuated_counts_the_displaced() -> None:
    assert claims_of("Evacuated: about 900 people in four camps") == [
        ("displaced", "people", 810, 990)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doctors said 40 people were injured. The minister told the senate 58.",
         [("injured", "people", 40, 40), ("injured", "people", 58, 58)]),
        ("Divers recovered nine bodies; the first police statement named seven.",
         [("killed", "people", 9, 9), ("killed", "people", 7, 7)]),
        ("The army says 11 people died; the Red Cross stands by 13.",
         [("killed", "people", 11, 11), ("killed", "people", 13, 13)]),
        # a number the teller repeats something by is no count
        ("Police said 40 people were injured. He told reporters 3 times that all was calm.",
         [("injured", "people", 40, 40)]),
    ],
)  # fmt: skip
def test_a_number_told_named_or_stood_by_restates_the_count_before(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


def test_a_source_standing_by_a_number_says_it() -> None:
    analysis = analyze(Document(text="The army says 11 people died; the Red Cross stands by 13."))
    assert [c.said_by.text if c.said_by else None for c in analysis.claims] == [
        "The army",
        "the Red Cross",
    ]


def test_fighters_neutralised_are_killed() -> None:
    text = "The army said it neutralised twenty (20) gunmen near the border."
    assert claims_of(text) == [("killed", "attackers", 20, 20)]


def test_namely_opens_the_parts_of_the_figure_before() -> None:
    text = "The number of injured persons is 9 (nine), namely 7 miners and 2 rescuers."
    analysis = analyze(Document(text=text))
    parts = part_claims(analysis)
    assert [(c.measure, c.low, c.id in parts) for c in analysis.claims[:2]] == [
        ("injured", 9, False),
        ("injured", 7, True),
    ]
    assert claims_of(text)[2] == ("injured", "workers", 2, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards have recaptured 30 of the inmates.", [("arrested", "prisoners", 30, 30)]),
        ("By noon 12 of the escapees had been re-arrested.", [("arrested", "prisoners", 12, 12)]),
        ("Of the deceased, 5 (five) were miners.", [("killed", "people", 5, 5)]),
        ("Of the injured, 8 were children.", [("injured", "people", 8, 8)]),
    ],
)  # fmt: skip
def test_recaptures_and_a_part_of_a_named_total(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Medics treated 50 people for burns, a figure that includes six firefighters.",
         [("injured", "people", 50, 50), ("injured", "workers", 6, 6)]),
        ("The union says 12 miners are dead, and its count includes two foremen.",
         [("killed", "workers", 12, 12), ("killed", "workers", 2, 2)]),
    ],
)  # fmt: skip
def test_what_a_count_includes_is_a_part_of_it(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected
    analysis = analyze(Document(text=text))
    assert [c.id in part_claims(analysis) for c in analysis.claims] == [False, True]


def test_a_saying_aside_between_commas_leaves_the_verb_to_the_count() -> None:
    text = "Only 15 people, the prosecutor said, were still held on Sunday."
    assert claims_of(text) == [("detained", "people", 15, 15)]


def test_a_number_reported_under_a_list_label_takes_the_labels_measure() -> None:
    text = "- Injured: the governor reports 30; nurses at the clinic report at least 45."
    analysis = analyze(Document(text=text))
    assert [(c.measure, c.low, c.said_by.text if c.said_by else None) for c in analysis.claims] == [
        ("injured", 30, "the governor"),
        ("injured", 45, "nurses at the clinic"),
    ]


def test_a_label_that_names_no_measure_gives_a_reported_number_none() -> None:
    assert claims_of("Update: the ministry reports 40.") == []


def test_a_bulletin_line_of_lost_sight_is_a_part_of_the_injured() -> None:
    text = "- Persons admitted: 60\n- Persons who have lost their sight: 8"
    analysis = analyze(Document(text=text))
    parts = part_claims(analysis)
    assert [(c.measure, c.low, c.id in parts) for c in analysis.claims] == [
        ("injured", 60, False),
        ("injured", 8, True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Persons injured number forty (40).", [("injured", "people", 40, 40)]),
        ("Those detained totalled 85 by Sunday.", [("detained", "people", 85, 85)]),
    ],
)
def test_a_participle_that_numbers_gives_the_measure(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of injured was revised to 40 from 46 after a review.",
         [("injured", "people", 40, 40), ("injured", "people", 46, 46)]),
        ("The agency said 14 people died, raising its toll from nine.",
         [("killed", "people", 14, 14), ("killed", "people", 9, 9)]),
        # "from" with no revision before it names no earlier count
        ("Police said 40 people were arrested, up to 12 from 3 districts.",
         [("arrested", "people", 40, 40)]),
    ],
)  # fmt: skip
def test_the_number_a_count_was_revised_from_is_an_earlier_count(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sixty inmates died in the fire. Police detain 14 of them.",
         [("killed", "prisoners", 60, 60), ("detained", "prisoners", 14, 14)]),
        ("Police detained 43 people, of whom 12 had been charged.",
         [("detained", "people", 43, 43), ("arrested", "people", 12, 12)]),
    ],
)  # fmt: skip
def test_a_part_takes_the_measure_of_its_own_verb_before_it_or_a_charge(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Villagers say eight or nine people were buried on Friday.",
         [("killed", "people", 8, 9)]),
        ("The union put the missing miners at three or four.",
         [("missing", "workers", 3, 4)]),
        # the second number far above the first, or below it, is another count, no range
        ("Police said 19 or 17 people died.", [("killed", "people", 17, 17)]),
    ],
)  # fmt: skip
def test_two_close_numbers_joined_by_or_are_a_range(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Killed: 9 (6 men and 3 girls, the youngest aged 8)",
         [("killed", "people", 9, 9), ("killed", "people", 6, 6),
          ("killed", "children", 3, 3)]),
        # a larger number in brackets restates the count in other units: no part of it
        ("Displaced: 85 (about 400 people)", [("displaced", "people", 85, 85)]),
    ],
)  # fmt: skip
def test_a_number_opening_brackets_after_a_larger_one_breaks_it_down(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


def test_a_bracketed_breakdown_counts_a_part() -> None:
    text = "Killed: 9 (6 men and 3 girls)"
    analysis = analyze(Document(text=text))
    parts = part_claims(analysis)
    assert [c.text for c in analysis.claims if c.id in parts] == ["6 men"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deaths: 23", [("killed", "people", 23, 23)]),
        ("Deaths: 23 (Tongsa 8, Bumthang 15), of whom 4 road workers",
         [("killed", "people", 23, 23), ("killed", "people", 8, 8),
          ("killed", "people", 15, 15), ("killed", "workers", 4, 4)]),
    ],
)  # fmt: skip
def test_a_noun_label_that_opens_the_sentence_names_the_measure(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The wounded kept rising: 31 on Friday, 35 on Saturday and 38 now, most in Gao.",
         [("injured", "people", 31, 31), ("injured", "people", 35, 35),
          ("injured", "people", 38, 38)]),
        ("Soldiers detained 14 men last night and 6 this morning.",
         [("detained", "people", 14, 14), ("detained", "people", 6, 6)]),
        # a figure that no time dates starts no series
        ("Soldiers detained 14 men and 6 on Monday.", [("detained", "people", 14, 14)]),
    ],
)  # fmt: skip
def test_a_dated_number_after_a_dated_figure_is_the_same_count_later(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clinic says 30 people were hurt. Of these, seven are Malian nationals.",
         [("injured", "people", 30, 30), ("injured", "foreigners", 7, 7)]),
        ("Eleven people drowned. Of those, three were children.",
         [("killed", "people", 11, 11), ("killed", "children", 3, 3)]),
        # where they are is no subject: the number is left unread
        ("Eleven people drowned. Of those, three were in the cabin.",
         [("killed", "people", 11, 11)]),
    ],
)  # fmt: skip
def test_a_number_after_an_opening_of_these_said_to_be_a_subject_is_a_part(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll now stands at ten: six Chadian nationals, three soldiers and a nurse.",
         [("killed", "people", 10, 10), ("killed", "foreigners", 6, 6),
          ("killed", "soldiers", 3, 3), ("killed", "workers", 1, 1)]),
        ("The wounded include 12 police officers, 4 soldiers and 9 civilians.",
         [("injured", "police officers", 12, 12), ("injured", "soldiers", 4, 4),
          ("injured", "civilians", 9, 9)]),
    ],
)  # fmt: skip
def test_parts_listed_with_commas_after_a_count_take_its_measure(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


def test_the_dead_whose_kin_a_noun_names_are_not_its_count() -> None:
    text = "Some 300 relatives and neighbours of the dead marched to the mine."
    assert claims_of(text) == [("participants", "people", 270, 330)]


def test_places_listed_after_a_counted_noun_and_colon_take_its_measure() -> None:
    text = (
        "The governor (speaking at noon): in all, twelve deaths: five in Tete, six in Moatize"
        " and one in Songo."
    )
    assert claims_of(text) == [
        ("killed", "people", 12, 12),
        ("killed", "people", 5, 5),
        ("killed", "people", 6, 6),
        ("killed", "people", 1, 1),
    ]


def test_a_one_word_label_right_before_its_number_names_the_measure() -> None:
    text = "Casualties reported by the mine at noon: deaths 4, injured 19, missing 3"
    assert claims_of(text) == [
        ("killed", "people", 4, 4),
        ("injured", "people", 19, 19),
        ("missing", "people", 3, 3),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Medics saw 17 people with stab or blast wounds, including two children.",
         [("injured", "people", 17, 17), ("injured", "children", 2, 2)]),
        # "with" and no wounds after it tells nothing of what befell them
        ("Medics saw 17 people with their families.", []),
    ],
)  # fmt: skip
def test_people_with_wounds_of_a_named_kind_are_injured(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("MENDOZA: Forty-one.", [("arrested", "people", 41, 41)]),
        ("DR MENDOZA (district hospital): Forty-one.", [("arrested", "people", 41, 41)]),
        # a label in lower case is a sentence that says something else, no speaker's answer
        ("The list: Forty-one.", []),
    ],
)  # fmt: skip
def test_a_speakers_bare_number_answers_the_question_before(
    answer: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(f"How many people were arrested?\n{answer}") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll climbed from 21 to 26.",
         [("killed", "people", 21, 21), ("killed", "people", 26, 26)]),
        ("The number of displaced grew from 800 on Friday to 1,300 on Sunday.",
         [("displaced", "people", 800, 800), ("displaced", "people", 1300, 1300)]),
        # "from" with no count moved to after it is no earlier count
        ("Prices went from 12 to 19 dollars.", []),
    ],
)  # fmt: skip
def test_the_number_a_count_moved_from_is_an_earlier_count_of_it(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police held five people overnight: the driver, his cousin and three nurses.",
         [("detained", "people", 5, 5), ("detained", "workers", 3, 3)]),
        # a lone item with an article is left unread
        ("Police held two people overnight: the driver and a porter.",
         [("detained", "people", 2, 2)]),
    ],
)  # fmt: skip
def test_a_number_later_in_the_list_after_a_figures_colon_is_a_part_of_it(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


def test_the_dead_are_a_number_gives_their_toll() -> None:
    text = "The dead are eleven, among them three girls, the council said."
    assert claims_of(text) == [("killed", "people", 11, 11), ("killed", "children", 3, 3)]


def test_a_number_among_a_named_total_placed_apart_is_a_part() -> None:
    text = "Among the injured at the port are six dockers."
    analysis = analyze(Document(text=text))
    assert [(c.measure, c.low) for c in analysis.claims] == [("injured", 6)]
    assert {c.text for c in analysis.claims if c.id in part_claims(analysis)} == {"six"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll may count any plural subject after "of", with a long phrase before its verb
        (
            "The number of persons killed in the attack on Wiwinak of 16 February has risen to "
            "twelve (12).",
            [("killed", 12)],
        ),
        (
            "The number of patients who lost their lives in the fire of 20 May has risen to five.",
            [("killed", 5)],
        ),
        ("The number of inmates injured in the riot stood at 31.", [("injured", 31)]),
        # a day before a month's name counts no one; "May Day" is no month
        ("Police arrested 12 May Day marchers outside the embassy.", [("arrested", 12)]),
    ],
)
def test_tolls_of_a_named_group_and_days_of_the_month(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(c.measure, c.low) for c in analyze(text, published="2025-05-21").claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine is the official toll today.", [("killed", 9)]),
        ("Eleven was the death toll on Monday, the ministry said.", [("killed", 11)]),
        ("Four is what I would expect if the alarm had worked.", []),
    ],
)
def test_a_number_told_as_the_toll(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.measure, c.low) for c in analyze(text, published="2025-05-21").claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural noun of people that the subject table lacks still counts people
        ("Police said 16 gardeners were killed in the attack.", [("killed", 16)]),
        ("At least 16 porters died on the pass.", [("killed", 16)]),
        # things with the same endings count no one
        ("Police said 16 containers are missing from the port.", []),
        ("Police said 12 tankers were burned on the highway.", []),
    ],
)
def test_a_plural_noun_of_people_the_table_lacks(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(c.measure, c.low) for c in analyze(text, published="2025-05-21").claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rescue and relief crews with no measure word are deployed, as soldiers are
        ("The fire service says 140 firefighters are at the site.",
         [("deployed", "workers", 140, 140)]),
        ("Our 220 volunteers in Lome need your support.", [("deployed", "people", 220, 220)]),
        # their own verb still decides
        ("Two firefighters were injured.", [("injured", "workers", 2, 2)]),
        # a force named by two of its kinds is deployed too
        ("Some 600 police and soldiers surrounded the prison.",
         [("deployed", "security forces", 540, 660)]),
        # a figure after "and" that ends its clause shares the verb before it
        ("Seven civilians have died and three soldiers, ten in all.",
         [("killed", "civilians", 7, 7), ("killed", "soldiers", 3, 3),
          ("killed", "people", 10, 10)]),
        ("Police arrested 12 protesters and two teachers.",
         [("arrested", "protesters", 12, 12), ("arrested", "workers", 2, 2)]),
        # a figure after "and" with a verb of its own keeps it
        ("Four people were killed and 40 soldiers were sent to the town.",
         [("killed", "people", 4, 4), ("deployed", "soldiers", 40, 40)]),
    ],
)  # fmt: skip
def test_a_count_with_no_measure_word_of_its_own(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan's ministry said four Pakistanis had died.", [("killed", "foreigners", 4, 4)]),
        ("Some 5,000 people walked the avenue in silence on Monday.",
         [("participants", "people", 4500, 5500)]),
        ("A smaller sit-in of dozens of people continued on Wednesday.",
         [("participants", "people", 24, 99)]),
        ("More than 300 people came to our vigil on Thursday night.",
         [("participants", "people", 300, None)]),
        # walking out of the rubble is no march
        ("Three people walked out of the rubble alive.", []),
        ("Two employees of the caterer remain under arrest.", [("arrested", "workers", 2, 2)]),
        ("Police on Inagua have taken four men into custody.", [("detained", "people", 4, 4)]),
        ("Police now hold five men.", [("detained", "people", 5, 5)]),
        ("Two nurses were also burned carrying out infants.", [("injured", "workers", 2, 2)]),
        ("We have 26 patients in the emergency room.", [("injured", "people", 26, 26)]),
        # a word of the gap between a bare count and its verb
        ("Nobody is now reported missing.", [("missing", "people", 0, 0)]),
        ("Some 4,000 additional Carabineros were sent to the capital.",
         [("deployed", "police officers", 3600, 4400)]),
        ("About 90 mine rescue personnel were working in shifts.",
         [("deployed", "workers", 81, 99)]),
        # a change told before the price it changed
        ("Licensed outlets had doubled the price of a crate of beer since the ban.",
         [("price", "beer price", 2, 2)]),
        ("The city council doubled fares on urban routes.", [("price", "fare price", 2, 2)]),
    ],
)  # fmt: skip
def test_nationals_crowds_and_custody(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare number a source gives, or is told, rivals the count before it
        ("The ministry said seven people had died. In Jleeb they say nine or ten.",
         [("killed", "people", 7, 7), ("killed", "people", 9, 10)]),
        ("Officials said 22 bodies were received. Now we are told 17.",
         [("killed", "people", 22, 22), ("killed", "people", 17, 17)]),
        ("The ministry said seven people had died. Messages were speaking of thirteen.",
         [("killed", "people", 7, 7), ("killed", "people", 13, 13)]),
        # the number of people who something befell, however long its clause, is a toll of that
        ("The commission said that the number of persons who lost their life in the accident "
         "which happened on Monday at Harbu has reached 39.", [("killed", "people", 39, 39)]),
        # a bare number a count in the sentence changed to is the same count later
        ("Eleven people died. The council's count, which stood at 14 on Tuesday, has since "
         "risen to 19.", [("killed", "people", 11, 11), ("killed", "people", 14, 14),
                          ("killed", "people", 19, 19)]),
        ("The temperature rose from 30 to 45 degrees.", []),
        # a count of names counts what the figure before it counts
        ("Police said nine people were killed. The residents' list has grown to 15 names.",
         [("killed", "people", 9, 9), ("killed", "people", 15, 15)]),
        # unless it lies too far from it to count the same people
        ("At least four people were killed in the crush. Traders say 5,000, maybe more.",
         [("killed", "people", 4, None)]),
    ],
)  # fmt: skip
def test_a_bare_number_a_source_gives_rivals_the_count_before(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a restated number may close with a question, a bracket, or the day it was counted
        ("The council said 9 people died. Why, when families had already counted fourteen?",
         [("killed", "people", 9, 9), ("killed", "people", 14, 14)]),
        ("The toll has risen to twelve [the first statement said nine].",
         [("killed", "people", 12, 12), ("killed", "people", 9, 9)]),
        ("Police said nine people died. Our figure was six last night and it is seven now.",
         [("killed", "people", 9, 9), ("killed", "people", 6, 6), ("killed", "people", 7, 7)]),
        ("The ministry said 14 people were injured. The figure of 14 communicated on Monday "
         "left out the staff.", [("injured", "people", 14, 14), ("injured", "people", 14, 14)]),
        # the counts a speaker sets aside, one after another
        ("Five guards were hurt, not three and not four as the ministry said.",
         [("injured", "security forces", 5, 5), ("injured", "security forces", 3, 3),
          ("injured", "security forces", 4, 4)]),
        ("Volunteers count ten deaths in the district, not the four on the official list.",
         [("killed", "people", 10, 10), ("killed", "people", 4, 4)]),
        # a sum of different groups counts people; a sum of one group counts that group
        ("Seven civilians have died and three members of the security forces, ten in all.",
         [("killed", "civilians", 7, 7), ("killed", "security forces", 3, 3),
          ("killed", "people", 10, 10)]),
        ("Twelve soldiers died in Gao and four in Mopti, 16 in all.",
         [("killed", "soldiers", 12, 12), ("killed", "soldiers", 4, 4),
          ("killed", "soldiers", 16, 16)]),
        ("The fire has cost the lives of nine patients.", [("killed", "people", 9, 9)]),
    ],
)  # fmt: skip
def test_restated_numbers_closed_or_set_aside_in_more_ways(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twenty-four remain in remand.", [("detained", "people", 24, 24)]),
        ("The judge kept 12 in pre-trial detention.", [("detained", "people", 12, 12)]),
        ("Doctors said six had burns over half of their bodies.",
         [("injured", "people", 6, 6)]),
        ("Twenty people were taken to the district hospital.",
         [("injured", "people", 20, 20)]),
        # bodies stay dead, and a police station is no hospital
        ("Twenty bodies were taken to the city hospital.", [("killed", "people", 20, 20)]),
        ("Police said 30 people were taken to the police station.", []),
        ("Some 3,000 mourners walked behind the coffins.",
         [("participants", "people", 2700, 3300)]),
        # "raised it to" names the count before, however far back in the sentence
        ("The paper gave the Authority's toll of thirteen dead from the dam, and on Wednesday "
         "the Authority raised it to seventeen.",
         [("killed", "people", 13, 13), ("killed", "people", 17, 17)]),
    ],
)  # fmt: skip
def test_custody_burns_hospitals_and_mourners(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a place in a later relative clause of its own tells where one of them died
        ("Prosecutors said 14 people had now died, the latest a woman who died at Mount Hope.",
         [None, "Mount Hope"]),
        # the one place a sentence names is still the figure's when nothing sets it apart, and
        # a clause that tells the event tells where it happened
        ("Samos reported two people injured.", ["Samos"]),
        ("Two people were injured on Samos, officials said.", ["Samos"]),
        ("Two soldiers were killed when their vehicle hit a mine in southeastern Turkey.",
         ["Turkey"]),
        ("More than 300 people died after floods devastated the northern Philippines.",
         ["Philippines"]),
        # a newspaper's name is no place
        ("The state daily Ébano carries the government's figure, nine dead.", [None]),
    ],
)  # fmt: skip
def test_places_a_figure_is_not_given_for(text: str, places: list[str | None]) -> None:
    assert _places_of(text) == places


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # "official" before a count is its adjective, no speaker
        ("The prosecutor's office said 225 people had died, well above the previous official "
         "count of 164.", ["The prosecutor's office", "The prosecutor's office"]),
        # but an official who counted is one
        ("An official counted 12 bodies at the morgue.", ["An official"]),
    ],
)  # fmt: skip
def test_an_official_count_names_no_official(text: str, sources: list[str | None]) -> None:
    claims = analyze(text, published="2022-01-15").claims
    assert [claim.said_by.text if claim.said_by else None for claim in claims] == sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volunteers passed round a list of 16 Bangladeshi dead.",
         [("killed", "foreigners", 16, 16)]),
        ("The embassy confirmed two Sri Lankan deaths in the blaze.",
         [("killed", "foreigners", 2, 2)]),
        # a town's name before the noun tells no nationality
        ("Doctors counted 30 Nairobi deaths.", []),
    ],
)  # fmt: skip
def test_a_nationality_before_the_noun_of_a_measure_counts_foreigners(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Firefighters said nine workers never came out alive.", [("killed", "workers", 9, 9)]),
        ("A nurse told us that at least four babies did not come out alive.",
         [("killed", "children", 4, None)]),
        ("Eleven passengers did not make it out alive, the coastguard said.",
         [("killed", "people", 11, 11)]),
        ("The hospital says two of the burned patients did not survive.",
         [("killed", "people", 2, 2)]),
        # "alive" with no negation before it still tells of survivors
        ("Six miners were brought out alive on Friday.", []),
    ],
)  # fmt: skip
def test_idioms_of_not_coming_out_alive_count_the_dead(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "sources"),
    [
        ("Rescuers counted six dead on Friday. By Saturday the governor's office had ten.",
         [("killed", "people", 6, 6), ("killed", "people", 10, 10)],
         ["Rescuers", "the governor's office"]),
        ("The army says 40 soldiers were hurt. We had 55 here alone.",
         [("injured", "soldiers", 40, 40), ("injured", "soldiers", 55, 55)], ["The army", "We"]),
        ("The mayor says four people drowned. We have seven for the whole valley.",
         [("killed", "people", 4, 4), ("killed", "people", 7, 7)], ["The mayor", "We"]),
        # a thing that "had" a number holds no count
        ("The mayor says four people drowned. The bridge had two.",
         [("killed", "people", 4, 4)], ["The mayor"]),
    ],
)  # fmt: skip
def test_a_number_a_source_had_restates_the_count_before(
    text: str,
    expected: list[tuple[str, str, float | None, float | None]],
    sources: list[str | None],
) -> None:
    claims = analyze(text, published="2025-03-10").claims
    assert [(c.measure, c.subject, c.low, c.high) for c in claims] == expected
    assert [c.said_by.text if c.said_by else None for c in claims] == sources


def test_a_time_after_and_that_opens_another_clause_does_not_date_the_figure() -> None:
    text = (
        "Police counted five dead on Monday morning. By Tuesday the authorities had eight, and "
        "on Wednesday evening the ministry confirmed a further death."
    )
    claims = analyze(text, published="2025-05-08").claims
    assert [(c.text, c.date) for c in claims] == [
        ("five dead", "2025-05-05"),
        ("eight", "2025-05-06"),
    ]


def test_a_denial_after_and_denies_the_figure_it_names() -> None:
    text = (
        "The army spokesman, Col. Idris Musa, said the rebels' figures were invented and denied "
        "that any civilian had been killed in the shelling."
    )
    claims = analyze(text, published="2025-03-10").claims
    assert [(c.text, c.measure, c.subject, c.stance) for c in claims] == [
        ("any civilian", "killed", "civilians", "denied")
    ]
    assert claims[0].said_by is not None
    assert claims[0].said_by.text == "The army spokesman, Col. Idris Musa"


def test_a_denial_after_an_aside_on_how_its_source_was_reached_is_kept() -> None:
    text = (
        "A border official, contacted by this newspaper on Friday, denied that anyone had been "
        "shot dead by the guards."
    )
    claims = analyze(text, published="2025-03-10").claims
    assert [(c.text, c.measure, c.low, c.high, c.stance) for c in claims] == [
        ("anyone", "killed", 1, None, "denied")
    ]


def test_a_bare_number_after_a_possessive_restates_its_owners_count() -> None:
    text = (
        "The harbour authority said eleven fishermen had drowned. The authority's 11 leaves out "
        "the crew of a second boat. Their families have not withdrawn their seventeen."
    )
    claims = analyze(text, published="2025-03-10").claims
    assert [(c.text, c.measure, c.subject, c.low) for c in claims] == [
        ("eleven fishermen", "killed", "people", 11),
        ("11", "killed", "people", 11),
        ("seventeen", "killed", "people", 17),
    ]
    assert [c.said_by.text if c.said_by else None for c in claims] == [
        "The harbour authority",
        "The authority",
        None,
    ]


def test_a_day_owns_no_count() -> None:
    text = "The toll is 15, three more than Tuesday's twelve."
    claims = analyze(text, published="2025-03-10").claims
    assert [(c.text, c.said_by) for c in claims] == [("15", None), ("twelve", None)]


def test_people_who_came_through_a_hospital_are_injured() -> None:
    assert claims_of("A doctor said about 60 villagers had come through the hospital by dusk.") == [
        ("injured", "civilians", 54, 66)
    ]


@pytest.mark.parametrize(
    ("text", "said_by"),
    [
        # a quotation that runs over sentences is its closing speaker's, whichever way round
        ('The union disputes that. "Four of our members have now died. The ministry counts a '
         'wall and a fall; we count the coffins," Hassan Al-Jamri told us.', ["Hassan Al-Jamri"]),
        ('"Nine men died here. We buried them on Sunday," said the village chief.',
         ["the village chief"]),
        # a quotation closed with no speaker after it stays unattributed
        ('"Nine men died here. We buried them on Sunday." The police disagree.', [None]),
    ],
)  # fmt: skip
def test_a_quotation_over_sentences_is_its_closing_speakers(
    text: str, said_by: list[str | None]
) -> None:
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    assert [c.said_by.text if c.said_by else None for c in find_claims(analysis)] == said_by


@pytest.mark.parametrize(
    ("text", "measure", "low"),
    [
        ("The hospital said in a statement that it was caring for 29 patients from the "
         "racecourse.", "injured", 29),
        ("Horse Racing Ireland said Tuesday's attendance was 18,500.", "participants", 18500),
        ("The racecourse company said that more than 25,000 racegoers came through the gates.",
         "participants", 25000),
        ("The union said 2,500 workers were still on strike.", "participants", 2500),
        ("The union said 2,500 workers were still refusing to go back to work.", "participants",
         2500),
    ],
)  # fmt: skip
def test_patients_cared_for_attendance_and_strikers(text: str, measure: str, low: int) -> None:
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    (claim,) = find_claims(analysis)
    assert (claim.measure, claim.low) == (measure, low)


@pytest.mark.parametrize(
    ("text", "measure", "low"),
    [
        # a day after "since" is no clause break between a toll's name and its number
        ("The prosecutor put the number of people arrested since Monday at 172.", "arrested", 172),
        ("The death toll since Monday has risen to 12, the ministry said.", "killed", 12),
        ("The ministry put the death toll since yesterday at 9.", "killed", 9),
    ],
)  # fmt: skip
def test_a_toll_counted_since_a_day_is_read(text: str, measure: str, low: int) -> None:
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    (claim,) = find_claims(analysis)
    assert (claim.measure, claim.low) == (measure, low)
