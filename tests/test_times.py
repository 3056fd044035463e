"""The time stage: finding time expressions and normalizing them to TIMEX3, with anchors."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factline
from factline.record import Analysis, Document, Time
from factline.segment import split_sentences
from factline.times import event_date, find_times
from factline.times_calendar import first_day
from factline.times_grammar import lexicon


def analysis_of(text: str, published: str | None) -> Analysis:
    """The analysis up to the time stage (the stages before it, then `find_times`)."""
    analysis = Analysis(Document(text=text, published=published), split_sentences(text))
    return dataclasses.replace(analysis, times=find_times(analysis))


def readings(text: str, published: str | None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in analysis_of(text, published).times]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # absolute forms
        (
            "The vote was held on January 2, 2022.",
            None,
            [("January 2, 2022", "DATE", "2022-01-02")],
        ),
        (
            "Talks resumed on 5 January 2022 in Geneva.",
            None,
            [("5 January 2022", "DATE", "2022-01-05")],
        ),
        ("The file is dated 2022-01-05.", None, [("2022-01-05", "DATE", "2022-01-05")]),
        (
            "He ruled Kazakhstan from 1991 to 2019.",
            None,
            [("1991", "DATE", "1991"), ("2019", "DATE", "2019")],
        ),
        ("Prices peaked in March 2021.", None, [("March 2021", "DATE", "2021-03")]),
        ("Unrest began in the late 1980s.", None, [("the late 1980s", "DATE", "198")]),
        ("It was the worst flood of the 20th century.", None, [("the 20th century", "DATE", "19")]),
        # relative to the publication date
        (
            "A state of emergency was declared Jan. 5.",
            "2022-01-07",
            [("Jan. 5", "DATE", "2022-01-05")],
        ),
        ("A state of emergency was declared Jan. 5.", None, [("Jan. 5", "DATE", "XXXX-01-05")]),
        (
            "Police detained 40 people yesterday.",
            "2022-01-07",
            [("yesterday", "DATE", "2022-01-06")],
        ),
        ("Troops arrived on Tuesday.", "2022-01-07", [("Tuesday", "DATE", "2022-01-04")]),
        ("Troops will arrive on Tuesday.", "2022-01-07", [("Tuesday", "DATE", "2022-01-11")]),
        ("Protests spread last week.", "2022-01-07", [("last week", "DATE", "2021-W52")]),
        (
            "The cap was lifted two days ago.",
            "2022-01-07",
            [("two days ago", "DATE", "2022-01-05")],
        ),
        (
            "Inflation rose earlier this month.",
            "2022-01-07",
            [("earlier this month", "DATE", "2022-01")],
        ),
        ("Elections are due this year.", "2022-01-07", [("this year", "DATE", "2022")]),
        (
            "Fighting resumed this morning.",
            "2022-01-07",
            [("this morning", "TIME", "2022-01-07TMO")],
        ),
        (
            "Earnings fell in the third quarter.",
            "2022-11-02",
            [("the third quarter", "DATE", "2022-Q3")],
        ),
        ("Protesters are now in the square.", "2022-01-07", [("now", "DATE", "PRESENT_REF")]),
        # durations and sets
        ("The cap was reinstated for six months.", None, [("six months", "DURATION", "P6M")]),
        ("The siege lasted 2 1/2 years.", None, [("2 1/2 years", "DURATION", "P2Y6M")]),
        ("Talks went on for three hours.", None, [("three hours", "DURATION", "PT3H")]),
        ("The curfew is lifted every week.", None, [("every week", "SET", "P1W")]),
        ("Officials brief reporters daily.", None, [("daily", "SET", "P1D")]),
        ("Talks may resume in the coming weeks.", None, [("the coming weeks", "DURATION", "PXW")]),
        # a year written before its season
        (
            "After the failure of their 1982 summer offensives, Iran changed its strategy.",
            "2009-12-19",
            [("1982 summer", "DATE", "1982-SU")],
        ),
        # the first or early part of a span, of no stated length
        (
            "5,500 Iraqi prisoners were taken in the first hours of the ground war.",
            "1991-02-25",
            [("the first hours", "DURATION", "PTXH")],
        ),
        (
            "You don't save as many lives in the early years, by a small fraction.",
            "1998-03-31",
            [("the early years", "DURATION", "PXY")],
        ),
        # "the early hours" are the small hours of a night, no span
        (
            "Police arrested him in the early hours of Thursday morning.",
            "1999-10-08",
            [("Thursday morning", "TIME", "1999-10-07TMO")],
        ),
        ("It ended a decades-long feud.", None, [("decades-long", "DURATION", "PXY")]),
        (
            "Growth slowed over the past decade.",
            "2013-03-22",
            [("the past decade", "DURATION", "P10Y")],
        ),
        ("The ban was lifted after years of talks.", None, [("years", "DURATION", "PXY")]),
        # times of day
        (
            "The curfew starts at 11 p.m. on Friday.",
            "2022-01-07",
            [("11 p.m. on Friday", "TIME", "2022-01-07T23:00")],
        ),
        # holidays, fixed and movable
        (
            "Pilgrims gathered on Good Friday.",
            "2013-03-22",
            [("Good Friday", "DATE", "2013-03-29")],
        ),
        (
            "Stores closed on Thanksgiving Day.",
            "1998-12-01",
            [("Thanksgiving Day", "DATE", "1998-11-26")],
        ),
        ("Shops reopen after Christmas.", None, [("Christmas", "DATE", "XXXX-12-25")]),
        # US Election Day: the Tuesday after the first Monday of November (never November 1)
        (
            "Abortion is going to be a major theme of our campaign from now to Election Day.",
            "1998-10-26",
            [("now", "DATE", "PRESENT_REF"), ("Election Day", "DATE", "1998-11-03")],
        ),
        (
            "Turnout was low on Election Day.",
            "2011-11-20",
            [("Election Day", "DATE", "2011-11-08")],
        ),
        # what is not a time
        ("You may leave now.", None, [("now", "DATE", "PRESENT_REF")]),
        ("Prices fall when supply rises.", None, []),
        ("A 6-year-old boy was injured.", None, []),
        ("Some 2000 troops were deployed.", None, []),
        ("The memo is dated 31 June.", None, []),
        # the day of an act asked for is ahead of the asking
        (
            "The union urged workers to stay home on Friday.",
            "2022-08-10",
            [("Friday", "DATE", "2022-08-12")],
        ),
        (
            "Police told protesters to disperse and then fired tear gas on Monday.",
            "2022-08-10",
            [("Monday", "DATE", "2022-08-08")],
        ),
    ],
)
def test_normalizes(text: str, published: str | None, expected: list[tuple[str, str, str]]) -> None:
    assert readings(text, published) == expected


# Sentences of the TempEval-3 training data (TBAQ) and of BBC News, with the extents TimeML
# draws: the hedge of a point ("around"), "mid", "the" of "the weeks ahead", but not the verb
# "last" nor the "last" of "last Oct. 23".
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Bush seemed to suggest that American forces could be in the gulf region "
            "for some time.",
            "1990-08-15",
            [("some time", "DURATION", "PXX")],
        ),
        (
            "They're going to have to live without it for a while.",
            "1998-01-11",
            [("a while", "DURATION", "PXX")],
        ),
        (
            "The men appeared in the store at 469 Vermont St. in Brownsville around 7:15 p.m.",
            "1998-02-12",
            [("around 7:15 p.m.", "TIME", "1998-02-12T19:15")],
        ),
        (
            "It plans a private placement of preferred shares, to be completed around Nov. 1.",
            "1989-10-30",
            [("around Nov. 1", "DATE", "1989-11-01")],
        ),
        (
            "By mid afternoon, official Serb sources were saying the operation was over.",
            "1998-03-06",
            [("mid afternoon", "TIME", "1998-03-06TAF")],
        ),
        (
            "In London at mid-afternoon yesterday, Ratners's shares were up 2 pence.",
            "1989-11-02",
            [("mid-afternoon yesterday", "TIME", "1989-11-01TAF")],
        ),
        (
            "Control Data Corp., which just months ago was hemorrhaging financially, is healthy.",
            "1989-10-30",
            [("months ago", "DATE", "PAST_REF")],
        ),
        (
            "The debt could mortgage its future earning power to placate holders "
            "in the short term.",
            "1989-10-30",
            [("the short term", "DATE", "FUTURE_REF")],
        ),
        (
            "Fund managers will face pressure to sell to pay departing investors "
            "in the weeks ahead.",
            "1989-10-27",
            [("the weeks ahead", "DURATION", "PXW")],
        ),
        (
            "These results compare with net income of $1.8 million for the corresponding period "
            "last year.",
            "1989-11-01",
            [("the corresponding period last year", "DATE", "1988-Q3")],
        ),
        (
            "For the quarter a year ago, Columbia reported earnings of $16.3 million.",
            "1989-10-26",
            [("the quarter a year ago", "DATE", "1988-Q3")],
        ),
        (
            "He was shot to death last Oct. 23 at his home in suburban Amherst.",
            "1999-04-19",
            [("Oct. 23", "DATE", "1998-10-23")],
        ),
        (
            "The loan may be extended by the McAlpine group for an additional year.",
            "1989-11-02",
            [("an additional year", "DURATION", "P1Y")],
        ),
        (
            "Eight trading days after Oct. 12, the day before the stock market plunge, it fell.",
            "1989-10-30",
            [
                ("Eight trading days", "DURATION", "P8D"),
                ("Oct. 12", "DATE", "1989-10-12"),
                ("the day", "DATE", "1989-10-12"),
            ],
        ),
        (
            "Exoskeletons have been the focus of much US military research over the years.",
            "2005-03-01",
            [("the years", "DURATION", "PXY")],
        ),
        (
            "The estimated total costs of the trial, expected to last five months, "
            "range from $2.5m.",
            "2005-03-01",
            [("five months", "DURATION", "P5M")],
        ),
        (
            "In the year 2050, people over 60 will make up over 30% of the population.",
            "2005-03-01",
            [("the year 2050", "DATE", "2050")],
        ),
        (
            "Portadown is where Orangemen march each July from their rural church back downtown.",
            "1998-03-22",
            [("each July", "SET", "XXXX-07")],
        ),
        (
            "It may finally be resolved in a court hearing the week of March 6, Gonzalez said.",
            "2000-02-24",
            [("the week of March 6", "DATE", "2000-W10")],
        ),
        (
            "This courageous father will leave at 4 in the morning.",
            None,
            [("4 in the morning", "TIME", "XXXX-XX-XXT04:00")],
        ),
        # what is not a time: a price in pence, a round of a cup
        (
            "Cairn's shares closed up 64 pence, or 6%, at 1130p on Thursday.",
            "2005-02-25",
            [("Thursday", "DATE", "2005-02-24")],
        ),
        (
            "In 1997 and 2001, England lost in the quarter-finals.",
            "2005-03-01",
            [("1997", "DATE", "1997"), ("2001", "DATE", "2001")],
        ),
    ],
)
def test_timeml_extents(
    text: str, published: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert readings(text, published) == expected


# Tweets of the SynTime set (Zhong et al. 2017), which write a clock time without its colon.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "I joined him at 1130pm after knowing that 24hr one no more..",
            "2013-06-26",
            [("1130pm", "TIME", "2013-06-26T23:30")],
        ),
        (
            "Event starts at 430pm @ Vivo Amphitheater !",
            "2014-04-26",
            [("430pm", "TIME", "2014-04-26T16:30")],
        ),
    ],
)
def test_clock_without_colon(
    text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    assert readings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expression", "value", "anchor_text"),
    [
        (
            "Police fired on January 5. The following day, troops arrived.",
            "2022-01-07",
            "The following day",
            "2022-01-06",
            "January 5",
        ),
        (
            "Police fired on January 5. Two days later, troops arrived.",
            "2022-01-07",
            "Two days later",
            "2022-01-07",
            "January 5",
        ),
        (
            "The strike began on March 3, 1991. That night, police moved in.",
            None,
            "That night",
            "1991-03-03TNI",
            "March 3, 1991",
        ),
        (
            "Talks failed on May 2. The next morning, shelling resumed.",
            None,
            "The next morning",
            "XXXX-05-03TMO",
            "May 2",
        ),
    ],
)
def test_narrative_anchors(
    text: str, published: str | None, expression: str, value: str, anchor_text: str
) -> None:
    times = analysis_of(text, published).times
    by_text = {t.text: t for t in times}
    assert by_text[expression].value == value
    assert by_text[expression].anchor == by_text[anchor_text].id


def test_anchor_says_publication_date() -> None:
    (time,) = analysis_of("Police detained 40 people yesterday.", "2022-01-07").times
    assert time.anchor == "published"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes were reported between January 2 and 5.", ["XXXX-01-02", "XXXX-01-05"]),
        ("Fighting raged on 31 May-1 June 1916 off Jutland.", ["1916-05-31", "1916-06-01"]),
        ("The offensive ran from March to April 1918.", ["1918-03", "1918-04"]),
    ],
)
def test_ranges(text: str, expected: list[str]) -> None:
    assert [t.value for t in analysis_of(text, None).times] == expected


def test_history_keeps_its_year_past_a_comparison_baseline() -> None:
    text = (
        "The surge began in January 2007. In December 2008 violence had dropped. Civilian deaths "
        "numbered 490 in November 2008 as against 3,500 in January 2007, and attacks fell in "
        "the second half of 2008, as opposed to a peak of nearly 1,600 in summer 2007. "
        "The army launched a spring offensive. By October, the city was calm."
    )
    values = [t.value for t in analysis_of(text, "2009-12-19").times]
    assert values[-2:] == ["2008-SP", "2008-10"]


def test_history_takes_the_story_year() -> None:
    text = (
        "On 8 February 1904 Japan attacked. Russia declared war on 10 February 1904. "
        "Port Arthur fell on 2 January 1905. On 27 May, the fleets met at Tsushima."
    )
    values = [t.value for t in analysis_of(text, "2009-12-19").times]
    assert values[-1] == "1905-05-27"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the nearest tense word decides which way a weekday or a month lies
        (
            "Officials said Monday they will order the relatives to hand over the boy.",
            "2000-04-03",
            [("Monday", "DATE", "2000-04-03")],
        ),
        (
            "The king met Monday with Saddam. The monarch will meet Bush on Thursday.",
            "1990-08-15",
            [("Monday", "DATE", "1990-08-13"), ("Thursday", "DATE", "1990-08-16")],
        ),
        (
            "He resigned as chairman in March for health reasons.",
            "1989-11-02",
            [("March", "DATE", "1989-03")],
        ),
        ("Sales fell in May.", "2013-03-22", [("May", "DATE", "2012-05")]),
        ("Elections will be held in May.", "2013-03-22", [("May", "DATE", "2013-05")]),
        (
            "The agency gave Merieux until mid-November to reply.",
            "1989-10-30",
            [("mid-November", "DATE", "1989-11")],
        ),
        (
            "Sales rose in the fiscal year ended Jan. 31, the company said.",
            "1989-10-31",
            [("the fiscal year", "DURATION", "P1Y"), ("Jan. 31", "DATE", "1989-01-31")],
        ),
        # financial periods
        (
            "For the year, volume was flat. The deal should close by year-end.",
            "1989-11-02",
            [("the year", "DATE", "1989"), ("year-end", "DATE", "1989")],
        ),
        (
            "Prices should hold for the next year or so.",
            "1989-11-02",
            [("the next year or so", "DATE", "1990")],
        ),
        # a rate is no time in news (TimeBank leaves it out)
        ("The preferred stock pays $1.76 a year.", "1989-11-02", []),
        ("Qantas will add nearly 700 seats a week.", "1998-02-13", []),
        ("Iraq imports about three-quarters of its food.", "1990-08-15", []),
        # years before Christ, and ranges written once
        (
            "The revolt lasted from 499 to 493 BC. Xerxes crossed in April 480 BC.",
            "2009-12-19",
            [
                ("499", "DATE", "BC0499"),
                ("493 BC", "DATE", "BC0493"),
                ("April 480 BC", "DATE", "BC0480-04"),
            ],
        ),
        (
            "The Battle of the Imjin River (22-25 April 1951) slowed the attack.",
            "2009-12-19",
            [("22", "DATE", "1951-04-22"), ("25 April 1951", "DATE", "1951-04-25")],
        ),
        (
            "Throughout 1915-17, the Empire fought on.",
            "2009-12-19",
            [("1915", "DATE", "1915"), ("17", "DATE", "1917")],
        ),
        # years in words, as transcripts write them
        (
            "His convictions were thrown out in nineteen ninety-six.",
            "1998-01-14",
            [("nineteen ninety-six", "DATE", "1996")],
        ),
        (
            "Unemployment was to be halved by the year two thousand.",
            "1998-01-14",
            [("the year two thousand", "DATE", "2000")],
        ),
        ("They kept the secret for more than two thousand years.", "1998-01-14", []),
        # rates and generic parts of day
        ("The army lost 300 men per month.", None, [("per month", "SET", "P1M")]),
        ("The troops moved only at night.", None, [("night", "TIME", "XXXX-XX-XXTNI")]),
    ],
)
def test_news_and_history_conventions(
    text: str, published: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert readings(text, published) == expected


def test_history_without_written_years_on_its_days() -> None:
    """A history that writes its years apart from its days ("1936", then "20 July") still
    reads its days in the story's year, not the publication's."""
    text = (
        "The war began in 1936. Sanjurjo died on 20 July. On 21 July, the rebels moved. "
        "On 5 September, Irun fell. On 13 September, San Sebastian fell. "
        "On 27 September, Toledo was relieved. In 1937 the north fell, and in 1938 the Ebro."
    )
    values = [t.value for t in analysis_of(text, "2009-12-19").times]
    assert values[1:3] == ["1936-07-20", "1936-07-21"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "this past" and "this coming" belong to the expression
        (
            "The rebels attacked this past weekend.",
            "2013-03-22",
            [("this past weekend", "DATE", "2013-W11-WE")],
        ),
        (
            "The vote is set for this coming Sunday.",
            "2013-03-22",
            [("this coming Sunday", "DATE", "2013-03-24")],
        ),
        (
            "Sales fell this past spring.",
            "1989-10-30",
            [("this past spring", "DATE", "1989-SP")],
        ),
        # a decade written short counts in the century before publication
        ("Crime peaked in the '80s.", "1989-10-26", [("the '80s", "DATE", "198")]),
        ("Crime peaked in the '80s.", "2013-03-22", [("the '80s", "DATE", "198")]),
        # the day of something under way, in news the day the report tells of
        (
            "Today is the eighth day of the blockade.",
            "1990-08-15",
            [("Today", "DATE", "1990-08-15"), ("the eighth day", "DATE", "1990-08-15")],
        ),
        (
            "Protesters rallied for a fifth straight night, on Friday.",
            "2013-03-22",
            [("a fifth straight night", "TIME", "2013-03-22TNI"), ("Friday", "DATE", "2013-03-22")],
        ),
        ("The first day was quiet.", "2013-03-22", []),
        # a span around an event, and days that count only working days
        (
            "His car was seen in the weeks before the shooting.",
            "1999-05-05",
            [("weeks", "DURATION", "PXW")],
        ),
        (
            "Eight trading days after the crash, prices recovered.",
            "1989-10-30",
            [("Eight trading days", "DURATION", "P8D")],
        ),
        (
            "Prices rose in the last half of 1989.",
            "1989-10-30",
            [("the last half of 1989", "DATE", "1989-H2")],
        ),
        # a short month in capitals is an acronym ("the DEC", the Disasters Emergency Committee)
        ("Funds will go to the DEC. Donors gave $5m.", "2005-01-10", []),
        ("The vote is on MAY 5.", "2013-03-22", [("MAY 5", "DATE", "2013-05-05")]),
        # "today's" of an age is not the day
        ("The case speaks to today's youth.", "2000-01-07", []),
        ("The offer ran in today's editions.", "1989-11-02", [("today", "DATE", "1989-11-02")]),
        # a count and a singular unit before a noun is an adjective written without its hyphen
        (
            "Thousands gathered early Tuesday for the two day rally in Abuja.",
            "1998-03-03",
            [("early Tuesday", "DATE", "1998-03-03"), ("two day", "DURATION", "P2D")],
        ),
        (
            "Net for the six months ended Oct. 1 rose, and the 1988 quarter was weak.",
            "1989-11-02",
            [
                ("the six months", "DURATION", "P6M"),
                ("Oct. 1", "DATE", "1989-10-01"),
                ("the 1988 quarter", "DATE", "1988-Q3"),
            ],
        ),
    ],
)
def test_extents_news_annotators_draw(
    text: str, published: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert readings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a deadline looks ahead, whatever the tense; "next to" is no future
        ("The loan was due by February.", "1989-10-30", [("February", "DATE", "1990-02")]),
        (
            "Traders had chosen to square positions ahead of the weekend.",
            "1989-10-30",
            [("the weekend", "DATE", "1989-W44-WE")],
        ),
        # so does the day a change takes effect
        (
            "Production costs were boosted by higher employment costs, which resulted from the "
            "company's new labor pact effective June 1.",
            "1989-10-26",
            [("June 1", "DATE", "1990-06-01")],
        ),
        # ... unless a past perfect tells it was already reached
        (
            "By Monday, forty people had been killed.",
            "2022-01-07",
            [("Monday", "DATE", "2022-01-03")],
        ),
        (
            "By Wednesday night, after the last car was dug out of the mud, the county said "
            "nine people had died.",
            "2025-10-23",
            [("Wednesday night", "TIME", "2025-10-22TNI")],
        ),
        (
            "By Monday, officials expect the toll to rise.",
            "2022-01-07",
            [("Monday", "DATE", "2022-01-10")],
        ),
        # ... or the clause after it tells in the past what was done by then
        (
            "By Sunday evening the civil protection agency counted four dead.",
            "2025-05-22",
            [("Sunday evening", "TIME", "2025-05-18TEV")],
        ),
        (
            "Residents must leave by Friday, the mayor said.",
            "2025-05-22",
            [("Friday", "DATE", "2025-05-23")],
        ),
        ("Cyprus has until Monday to pay.", "2013-03-22", [("Monday", "DATE", "2013-03-25")]),
        (
            "Bombs exploded next to the embassies on Friday.",
            "1998-08-08",
            [("Friday", "DATE", "1998-08-07")],
        ),
        # a holiday counted from publication
        (
            "Sales fell last Thanksgiving.",
            "2013-03-22",
            [("last Thanksgiving", "DATE", "2012-11-22")],
        ),
        ("He will return next Easter.", "2013-04-02", [("next Easter", "DATE", "2014-04-20")]),
        # vague spans and references news annotators mark
        (
            "We face the challenges of the near term.",
            "1989-10-30",
            [("the near term", "DATE", "FUTURE_REF")],
        ),
        (
            "Net fell from $9 million in the 1988 period.",
            "1989-11-02",
            [("the 1988 period", "DATE", "1988-Q3")],
        ),
        # a US zone written in capitals belongs to the clock time, "et" does not
        (
            "The offer will expire at 5 p.m. ET on Monday.",
            "2013-03-22",
            [("5 p.m. ET on Monday", "TIME", "2013-03-25T17:00")],
        ),
        ("He left at 5 p.m. et cetera.", "2013-03-22", [("5 p.m.", "TIME", "2013-03-22T17:00")]),
        # a clock time written in four digits before a zone is no year
        (
            "Polls close at 1900 GMT on Sunday.",
            "2013-03-22",
            [("1900 GMT on Sunday", "TIME", "2013-03-17T19:00")],
        ),
        # (a zone's restatement in brackets is left out, as annotators do)
        (
            "The bomb went off at 10:35 a.m. (0735 GMT).",
            "1998-08-08",
            [("10:35 a.m.", "TIME", "1998-08-08T10:35")],
        ),
    ],
)
def test_deadlines_and_vague_spans(
    text: str, published: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert readings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The second blast came after a minute and a half.",
            "2015-05-05",
            [("a minute and a half", "DURATION", "PT1M30S")],
        ),
        # the modifier of an amount belongs to it (`mod` MORE_THAN, EQUAL_OR_LESS, ...)
        ("The ceasefire held for over a week.", "2014-03-10", [("over a week", "DURATION", "P1W")]),
        (
            "Inspectors may stay no more than thirty days.",
            "2014-03-10",
            [("no more than thirty days", "DURATION", "P30D")],
        ),
        ("Prices rose over three years.", "2014-03-10", [("three years", "DURATION", "P3Y")]),
        # and so does the open end of a year, and the hedge "or so" of an offset
        (
            "The plant will not turn a profit until 2016 or later.",
            "2014-03-10",
            [("2016 or later", "DATE", "2016")],
        ),
        (
            "Forecasts for 2015 and beyond are weak.",
            "2014-03-10",
            [("2015 and beyond", "DATE", "2015")],
        ),
        (
            "Troops withdrew a month or so ago.",
            "2015-05-05",
            [("a month or so ago", "DATE", "2015-04")],
        ),
        # a weekday with its date is one expression, its modifier and a day in words included
        (
            "The rally is planned for this coming Saturday, May ninth.",
            "2015-05-05",
            [("this coming Saturday, May ninth", "DATE", "2015-05-09")],
        ),
        ("In June first-time buyers will return.", "2015-05-05", [("June", "DATE", "2015-06")]),
        (
            "In March first lady Jill Biden toured the clinic.",
            "2021-04-02",
            [("March", "DATE", "2021-03")],
        ),
    ],
)
def test_signals_and_modifiers(
    text: str, published: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert readings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a vague span given as two units, or "or two", is one expression
        (
            "The convoy may wait days or weeks at the border.",
            "2014-03-10",
            [("days or weeks", "DURATION", "PXD")],
        ),
        (
            "Aid agencies in recent weeks and months have cut staff.",
            "2014-03-10",
            [("recent weeks and months", "DURATION", "PXW")],
        ),
        (
            "The bridge should reopen in a month or two.",
            "2014-03-10",
            [("a month or two", "DURATION", "P1M")],
        ),
        (
            "It rained a day or two weeks ago.",
            "2014-03-10",
            [("a day", "DURATION", "P1D"), ("two weeks ago", "DATE", "2014-W09")],
        ),
        # halves written inside the amount
        (
            "The mayor served two and a half years in office.",
            "2014-03-10",
            [("two and a half years", "DURATION", "P2Y6M")],
        ),
        (
            "The siege lasted three-and-a-half months.",
            "2014-03-10",
            [("three-and-a-half months", "DURATION", "P3M15D")],
        ),
        (
            "Over the past year and a half, rents doubled.",
            "2014-03-10",
            [("the past year and a half", "DURATION", "P1Y6M")],
        ),
        ("Last year and a half-dozen others.", "2014-03-10", [("Last year", "DATE", "2013")]),
        # an earnings report's period a year back, named with its length
        (
            "Profit for the year-earlier nine months was lower.",
            "1989-10-26",
            [("the year-earlier nine months", "DURATION", "P9M")],
        ),
        # "quarters" after "coming", like "the coming weeks"
        (
            "Margins will narrow in coming quarters.",
            "1989-10-26",
            [("coming quarters", "DURATION", "PXM")],
        ),
        # a quarter of a year told relative to publication
        (
            "Exports shrank in the fourth quarter of last year.",
            "2014-03-10",
            [("the fourth quarter of last year", "DATE", "2013-Q4")],
        ),
        # a week of a named month is one expression; "last week of his own" stays a week
        (
            "The river flooded during the last week of January.",
            "2014-03-10",
            [("the last week of January", "DATE", "2014-01")],
        ),
        (
            "He quit last week of his own accord.",
            "2014-03-10",
            [("last week", "DATE", "2014-W10")],
        ),
        # a counted length written as one adjective, and a "full" amount
        (
            "A three-week-long strike followed a year-long trial.",
            "2014-03-10",
            [("three-week-long", "DURATION", "P3W"), ("year-long", "DURATION", "P1Y")],
        ),
        ("The audit took a full year.", "2014-03-10", [("a full year", "DURATION", "P1Y")]),
        # bare minutes count like bare hours; a later date is a time to come
        ("Within minutes, the shelter was full.", "2014-03-10", [("minutes", "DURATION", "PTXM")]),
        (
            "The remaining aid will be flown in at a later date.",
            "2014-03-10",
            [("a later date", "DATE", "FUTURE_REF")],
        ),
        ("The date of the vote is not set.", "2014-03-10", []),
        # a clock time with its own written date takes that date, not publication's
        (
            "The offer runs until 5 p.m. EST, Nov. 9, 1989.",
            "1989-11-02",
            [("5 p.m. EST, Nov. 9, 1989", "TIME", "1989-11-09T17:00")],
        ),
        (
            "Talks resume at 9 a.m. Monday, Feb. 4.",
            "2013-01-30",
            [("9 a.m. Monday, Feb. 4", "TIME", "2013-02-04T09:00")],
        ),
        # a clock time on the hour
        (
            "The curfew starts at 9 o'clock tonight.",
            "2014-03-10",
            [("9 o'clock tonight", "TIME", "2014-03-10T21:00")],
        ),
        (
            "The shelling began at 4 o'clock in the afternoon.",
            "2014-03-10",
            [("4 o'clock in the afternoon", "TIME", "2014-03-10T16:00")],
        ),
    ],
)
def test_disjunctions_halves_and_periods(
    text: str, published: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert readings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a quarter forecast after the reported one does not become "the latest quarter"
        (
            "Orbis Mills said third-quarter profit rose. It expects fourth-quarter sales to "
            "slip. In the latest quarter, sales were $8 million, up from $7 million a year ago.",
            "2021-11-03",
            [
                ("third-quarter", "DATE", "2021-Q3"),
                ("fourth-quarter", "DATE", "2021-Q4"),
                ("the latest quarter", "DATE", "2021-Q3"),
                ("a year ago", "DATE", "2020-Q3"),
            ],
        ),
        # the first quarter a report names is its own, even a fiscal one still running
        (
            "Orbis Mills posted fourth-quarter earnings of $2 million, up from $1 million a "
            "year earlier.",
            "2021-11-03",
            [("fourth-quarter", "DATE", "2021-Q4"), ("a year earlier", "DATE", "2020-Q4")],
        ),
        # the current quarter is the one of publication, not the one reported
        (
            "Orbis Mills said third-quarter sales fell but the current quarter began well.",
            "2021-11-03",
            [("third-quarter", "DATE", "2021-Q3"), ("the current quarter", "DATE", "2021-Q4")],
        ),
        # once a report turns to its nine months, "a year earlier" is the year before
        (
            "Orbis Mills said third-quarter sales fell. For the nine months, profit was "
            "$9 million, compared with $7 million a year earlier.",
            "2021-11-03",
            [
                ("third-quarter", "DATE", "2021-Q3"),
                ("the nine months", "DURATION", "P9M"),
                ("a year earlier", "DATE", "2020"),
            ],
        ),
        # the last (or latter) half of a year is its second half
        (
            "Shipments slowed in the last half of 2021 and the latter half of 2022.",
            "2023-03-10",
            [
                ("the last half of 2021", "DATE", "2021-H2"),
                ("the latter half of 2022", "DATE", "2022-H2"),
            ],
        ),
    ],
)
def test_financial_periods(
    text: str, published: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert readings(text, published) == expected


def test_history_year_in_brackets_sets_no_scene() -> None:
    """A year in brackets labels what the story names ("the Treaty of Elm (1702)"); the
    story's year stays the one it has come to."""
    text = (
        "The siege began on 3 March 1746. Relief came on 9 April 1746. The town fell on "
        "2 May 1746, breaking the Treaty of Elm (1702). On 14 June, the garrison marched out."
    )
    assert readings(text, "2009-12-19")[-1] == ("14 June", "DATE", "1746-06-14")


def test_history_told_in_years_before_christ() -> None:
    """A history of antiquity dates its undated times in its years BC: the calendar counts no
    years before 1, so these are counted apart; an offset ("a decade earlier") and a year
    after "since" look away from the story's year without moving it."""
    text = (
        "The war lasted from 431 to 404 BC. In 431 BC the Spartans marched, though Athens had "
        "lost a fleet a decade earlier. The following year, plague struck the city, which had "
        "led the league since 478 BC. In the summer, the fleet sailed. In August, the walls "
        "were breached. Twelve years later, a truce was signed. His ideas shaped the 5th "
        "century BC."
    )
    assert readings(text, "2009-12-19")[3:] == [
        ("a decade earlier", "DATE", "BC0441"),
        ("The following year", "DATE", "BC0430"),
        ("478 BC", "DATE", "BC0478"),
        ("the summer", "DATE", "BC0430-SU"),
        ("August", "DATE", "BC0430-08"),
        ("Twelve years later", "DATE", "BC0418"),
        ("the 5th century", "DATE", "BC04"),
    ]


def test_years_counted_across_the_start_of_the_era() -> None:
    """Two years after 1 BC is AD 2: there is no year 0."""
    text = "The reign ran from 9 to 1 BC. In 4 BC the census was taken. Five years later, it ended."
    assert readings(text, "2009-12-19")[-1] == ("Five years later", "DATE", "0002")


def test_history_keeps_rates() -> None:
    """Histories annotated to TIMEX2 (WikiWars) mark a rate as a set."""
    text = (
        "The war began in 1936. On 20 July, Sanjurjo died. On 21 July, the rebels moved. "
        "On 5 September, Irun fell. On 13 September, San Sebastian fell. On 27 September, "
        "Toledo was relieved. In 1937 the north fell, and in 1938 attacks averaged 30 a day."
    )
    assert ("a day", "SET", "P1D") in readings(text, "2009-12-19")


def test_history_writes_a_recurrence_at_its_grain() -> None:
    """TIMEX2, to which histories are annotated (WikiWars), writes "daily" or "every day" as
    the calendar at a day's grain and "weekly" at a week's; a rate keeps its period, and news
    (TimeML) writes the period throughout."""
    history = (
        "The war began in 1936. On 20 July, Sanjurjo died. On 21 July, the rebels moved. "
        "On 5 September, Irun fell. On 13 September, San Sebastian fell. On 27 September, "
        "Toledo was relieved. In 1937 the air force flew 40 daily sorties, 10,000 men arrived "
        "every day, crowds gathered weekly after prayers, and 33 died per day in 1938."
    )
    found = readings(history, "2009-12-19")
    assert ("daily", "SET", "XXXX-XX-XX") in found
    assert ("every day", "SET", "XXXX-XX-XX") in found
    assert ("weekly", "SET", "XXXX-WXX") in found
    assert ("per day", "SET", "P1D") in found
    news = "Qantas plans daily flights between Sydney and Bombay, and weekly flights to Perth."
    assert readings(news, "1998-02-13") == [("daily", "SET", "P1D"), ("weekly", "SET", "P1W")]


def test_a_date_of_that_year_takes_the_story_year() -> None:
    """ "July 25 of that year", "November of the same year": one expression, in the year the
    story last named, not one counted from publication."""
    text = (
        "Kopp was first arrested in 1995. On July 25 of that year, he escaped; police caught "
        "him in November of the same year."
    )
    assert readings(text, "1998-03-01") == [
        ("1995", "DATE", "1995"),
        ("July 25 of that year", "DATE", "1995-07-25"),
        ("November of the same year", "DATE", "1995-11"),
    ]


def test_history_marks_a_part_of_day_alone() -> None:
    """TIMEX2, to which histories are annotated (WikiWars), marks "night" and "daytime" even
    as a noun's modifier ("night attacks"); news (TimeML) marks only "at night". The night of
    a named day ("Christmas night") is no night at all."""
    history = (
        "The war began in 1950. On 25 June, the KPA crossed. On 28 June, Seoul fell. "
        "On 15 September, the UN landed. On 19 October, Pyongyang fell. On 25 October, the "
        "PVA struck. In 1951 the PVA used night attacks, and the air force had difficulty "
        "sighting units in daytime; in 1952 and 1953 they crossed on Christmas night."
    )
    found = readings(history, "2009-12-19")
    assert ("night", "TIME", "XXXX-XX-XXTNI") in found
    assert ("daytime", "TIME", "XXXX-XX-XXTDT") in found
    assert len([time for time in found if time[0] == "night"]) == 1
    news = "The rebels launched night attacks on the town, and shelled it at night."
    assert readings(news, "1998-03-01") == [("night", "TIME", "XXXX-XX-XXTNI")]


def test_history_marks_former_and_future() -> None:
    """TIMEX2, to which histories are annotated (WikiWars), marks "former", "recent" and
    "future" as the past or the future; news (TimeML) leaves them out."""
    history = (
        "The war began in 1936. On 20 July, Sanjurjo died. On 21 July, the rebels moved. "
        "On 5 September, Irun fell. On 13 September, San Sebastian fell. On 27 September, "
        "Toledo was relieved. In 1937 the former king's allies, shaken by recent defeats, "
        "feared for future generations, and in 1938 the Ebro was lost. The rebels weighed a "
        "siege and a blockade, but did not consider the former an option."
    )
    found = readings(history, "2009-12-19")
    assert [time for time in found if time[0] == "former"] == [("former", "DATE", "PAST_REF")]
    assert ("recent", "DATE", "PAST_REF") in found
    assert ("future", "DATE", "FUTURE_REF") in found
    news = "The former minister said recent losses raise questions about future demand."
    assert readings(news, "1989-10-30") == []


def test_history_dates_a_count_of_days_after_its_day() -> None:
    """A history annotated to TIMEX2 dates "five days after the fall of Girona" from the day
    it has come to, as "five days later"; news marks the span ("days after the attack")."""
    history = (
        "The war began in 1936. On 20 July, Sanjurjo died. On 21 July, the rebels moved. "
        "On 5 September, Irun fell. On 13 September, San Sebastian fell. On 27 September, "
        "Toledo was relieved. In 1937 the north fell, and in 1938 the Ebro was lost. "
        "Tarragona fell on 15 January 1939 and Girona on 5 February 1939. "
        "Five days after the fall of Girona, the last resistance ended. "
    )
    assert readings(history, "2009-12-19")[-1] == ("Five days", "DATE", "1939-02-10")
    news = "Police arrested him on Friday, five days after the attack on the embassy."
    assert readings(news, "1998-08-16")[-1] == ("five days", "DURATION", "P5D")


def test_history_names_a_winter_by_the_year_it_ends() -> None:
    """A winter spans two years, and TIMEX names it by the one it ends in: the winter a
    history comes to after the summer of 1916 is 1917-WI; the story itself stays in 1916, so
    "the next spring" is that of 1917. A year before Christ is told whole, so its winter is
    the next one too."""
    text = (
        "The war began on 3 May 1914. Italy joined on 23 May 1915. The offensive opened in "
        "August 1916 and stalled in October. Over the winter, the armies rested. The next "
        "spring, they attacked again."
    )
    assert readings(text, "2009-12-19")[-2:] == [
        ("the winter", "DATE", "1917-WI"),
        ("The next spring", "DATE", "1917-SP"),
    ]
    ancient = (
        "The wars lasted from 499 to 479 BC. In 481 BC the army gathered at Sardis, where it "
        "passed the winter."
    )
    assert readings(ancient, "2009-12-19")[-1] == ("the winter", "DATE", "BC0480-WI")


def test_season_takes_the_year_a_range_writes_once() -> None:
    text = "The armies spent the spring and early summer of 1943 rebuilding."
    assert readings(text, "2009-12-19") == [
        ("the spring", "DATE", "1943-SP"),
        ("early summer of 1943", "DATE", "1943-SU"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before any day is named, "three days later" is a day of the story's year
        (
            "The war broke out in 1980 with the killing of an envoy and, three days later, "
            "a bombing in the capital.",
            [("1980", "DATE", "1980"), ("three days later", "DATE", "1980-XX-XX")],
        ),
        # the story has moved on from its last day to another year ...
        (
            "The rebels took the town on 4 May 1911. The general seized power in February "
            "1913, and the president was shot less than a week later.",
            [
                ("4 May 1911", "DATE", "1911-05-04"),
                ("February 1913", "DATE", "1913-02"),
                ("less than a week later", "DATE", "1913-WXX"),
            ],
        ),
        # ... or to a month of it, which months count from
        (
            "The siege ended on 2 May 1987. In July 1988 the army used gas, as it had four "
            "months earlier.",
            [
                ("2 May 1987", "DATE", "1987-05-02"),
                ("July 1988", "DATE", "1988-07"),
                ("four months earlier", "DATE", "1988-03"),
            ],
        ),
    ],
)
def test_history_offsets_from_a_year_or_month(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    history = "The wars ran from September 1909 to August 1989, with a pause in May 1945. "
    assert readings(history + text, "2009-12-19")[3:] == expected


def test_news_leaves_out_parts_of_day_that_histories_keep() -> None:
    """AQUAINT draws "on the night of [Oct. 23]"; WikiWars, annotated to TIMEX2, keeps the
    night in the extent."""
    news = "The envoy was shot on the night of Oct. 23."
    assert readings(news, "1998-11-02") == [("Oct. 23", "DATE", "1998-10-23")]
    history = (
        "The siege lasted from 3 May 1791 to 9 July 1792. On the night of 20 June 1791 the "
        "king fled; he was held for about a week."
    )
    assert readings(history, "2009-12-19")[2:] == [
        ("the night of 20 June 1791", "TIME", "1791-06-20TNI"),
        ("about a week", "DURATION", "P1W"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hedge or a bound belongs to the duration it modifies (TimeML's `mod`)
        (
            "The envoy spent about five hours in Lusaka.",
            [("about five hours", "DURATION", "PT5H")],
        ),
        (
            "The pipeline has been shut for nearly two weeks.",
            [("nearly two weeks", "DURATION", "P2W")],
        ),
        # even where the bound stands before the article of the span
        (
            "Prices have fallen for at least the past 18 months.",
            [("at least the past 18 months", "DURATION", "P18M")],
        ),
        # "earlier" and "later" place the time within the day, as "early" and "late" do
        (
            "Earlier Sunday, rebels shelled the port.",
            [("Earlier Sunday", "DATE", "1998-11-01")],
        ),
        (
            "Later yesterday, the convoy reached the border.",
            [("Later yesterday", "DATE", "1998-11-01")],
        ),
        # the article of a season opens its phrase before "early" as before the season
        (
            "Sales slowed in the early summer, the company said.",
            [("the early summer", "DATE", "1998-SU")],
        ),
    ],
)
def test_news_keeps_modifiers_in_the_extent(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """The TimeML guidelines draw the whole phrase, modifier included, as TimeBank does."""
    assert readings(text, "1998-11-02") == expected


@pytest.mark.parametrize(
    "text",
    [
        "A deal should be done in a matter of months, the minister said.",
        "The dynasty ruled the valley for hundreds of years.",
    ],
)
def test_bare_plural_after_of_is_no_span(text: str) -> None:
    assert readings(text, "1998-03-08") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Completion of the merger agreement follows months of twists and turns.",
            [("months", "DURATION", "PXM")],
        ),
        ("The ceasefire followed years of fighting.", [("years", "DURATION", "PXY")]),
    ],
)
def test_bare_plural_after_follows_is_a_span(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert readings(text, "1989-10-27") == expected


@pytest.mark.parametrize(
    "text",
    [
        'Secretary of State James Baker, speaking on ABC News\' "This Week," said the request '
        "gives the United States the authority it needs.",
        "Albright recalled the figure of Gary Cooper from the film ``High Noon.''",
        "Operation Rescue started a series of largely unsuccessful ``Spring of Life'' "
        "demonstrations.",
    ],
)
def test_news_reads_no_time_in_a_quoted_title(text: str) -> None:
    assert readings(text, "1998-10-25") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Next Monday," he said, "we will vote."', [("Next Monday", "DATE", "1991-03-04")]),
        ('Retailers call it "Black Friday".', [("Friday", "DATE", "1991-02-22")]),
    ],
)
def test_a_quoted_sentence_or_named_day_is_no_title(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert readings(text, "1991-02-25") == expected


def test_quoted_title_keeps_the_times_around_it() -> None:
    text = 'Baker said on "This Week With David Brinkley" on Sunday that "this week" is key.'
    assert readings(text, "1991-02-25") == [
        ("Sunday", "DATE", "1991-02-24"),
        ("this week", "DATE", "1991-W09"),
    ]


def test_history_keeps_the_season_of_a_quoted_offensive() -> None:
    text = 'In January 1951 the PVA launched the "Chinese Winter Offensive" against the UN line.'
    assert [time.text for time in analysis_of(text, None).times] == ["January 1951", "Winter"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war ended a fortnight ago.", [("a fortnight ago", "DATE", "2013-W10")]),
        ("The strike ended two fortnights ago.", [("two fortnights ago", "DATE", "2013-W08")]),
        (
            "The ship sailed on May 3 and docked a fortnight later.",
            [("May 3", "DATE", "2013-05-03"), ("a fortnight later", "DATE", "2013-W20")],
        ),
        ("He stayed for a fortnight.", [("a fortnight", "DURATION", "P2W")]),
    ],
)
def test_a_fortnight_counts_two_weeks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert readings(text, "2013-03-22") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The figures were first reported by USA Today on Tuesday.",
            [("Tuesday", "DATE", "1998-03-31")],
        ),
        ("This is VOA Today.", []),
        ("USA Today's poll showed a lead.", []),
        # a capital after a sentence's end, or of its first word, is no name
        ("Officials met in the U.S. Today, they met in Paris.", [("Today", "DATE", "1998-04-01")]),
        ("Today, the market fell.", [("Today", "DATE", "1998-04-01")]),
    ],
)
def test_a_capitalized_today_after_a_name_ends_the_name(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert readings(text, "1998-04-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalized "March" or "May" between an article and a noun is the month
        (
            "The March accession will enable the three countries to join the alliance.",
            [("March", "DATE", "1999-03")],
        ),
        ("Turnout in the May elections was low.", [("May", "DATE", "1998-05")]),
        # but not the name of a walk, nor a verb or a modal
        ("Thousands joined the March on Washington.", []),
        ("Protesters held a March for Life rally.", []),
        ("She says the march was peaceful.", []),
        ("The talks may resume.", []),
    ],
)
def test_march_or_may_before_a_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert readings(text, "1999-02-10") == expected


def test_one_day_after_a_modal_is_some_day_to_come() -> None:
    text = "The mayor said the city will one day host the games, after a one day delay."
    assert readings(text, "1998-03-03") == [
        ("one day", "DATE", "FUTURE_REF"),
        ("one day", "DURATION", "P1D"),
    ]


def test_history_counts_decades_whole() -> None:
    """WikiWars (TIMEX2) writes "the past decade" P1DE; news writes it P10Y."""
    history = (
        "The war ran from March 1965 to April 1975, with a truce in January 1973. In the past "
        "decade alone, the country had lost a tenth of its people."
    )
    assert readings(history, "2009-12-19")[-1] == ("the past decade", "DURATION", "P1DE")
    news = "In the past decade, prices have doubled."
    assert readings(news, "2013-03-21") == [("the past decade", "DURATION", "P10Y")]


def test_half_of_the_year() -> None:
    """ "The second half of the year" is the publication year's in news, the story's year's
    in a history."""
    text = "The sale should close in the second half of the year."
    assert readings(text, "2013-03-21") == [("the second half of the year", "DATE", "2013-H2")]
    history = (
        "The war ran from March 1965 to April 1975, with a truce in January 1973. In 1968 the "
        "offensive failed, and in the second half of the year the bombing stopped."
    )
    assert readings(history, "2009-12-19")[-1] == (
        "the second half of the year",
        "DATE",
        "1968-H2",
    )


def test_ids_in_text_order() -> None:
    times = analysis_of("On May 2 and May 3, 2021, and in 2020, things happened.", None).times
    assert [t.id for t in times] == [f"t{i}" for i in range(1, len(times) + 1)]
    assert [t.start for t in times] == sorted(t.start for t in times)


# --- the seed report --------------------------------------------------------------------


def test_seed_dates(seed_text: str) -> None:
    analysis = factline.analyze(seed_text, published="2022-01-07")
    values = {(t.text, t.value) for t in analysis.times}
    for expected in [
        ("January 2", "2022-01-02"),
        ("Jan. 5", "2022-01-05"),
        ("January 5", "2022-01-05"),
        ("the following day", "2022-01-06"),
        ("six months", "P6M"),
        ("1991", "1991"),
        ("2019", "2019"),
    ]:
        assert expected in values
    following = next(t for t in analysis.times if t.text == "the following day")
    anchor = analysis.find(following.anchor or "")
    assert isinstance(anchor, Time) and anchor.value == "2022-01-05"


def test_seed_event_dates(seed_text: str) -> None:
    analysis = analysis_of(seed_text, "2022-01-07")
    lifted = seed_text.index("lifted")
    began = seed_text.index("protests began")
    reinstated = seed_text.index("reinstated")
    assert event_date(analysis, lifted, lifted + 6)[0] == "2022-01-01"
    assert event_date(analysis, began, began + 14)[0] == "2022-01-02"
    assert event_date(analysis, reinstated, reinstated + 10)[0] == "2022-01-06"


def test_event_date_narrative_time_in_force() -> None:
    text = "Protests began on January 2. Police used tear gas. Nobody knows why."
    analysis = analysis_of(text, "2022-01-07")
    gas = text.index("used")
    value, time_id = event_date(analysis, gas, gas + 4)
    assert value == "2022-01-02" and time_id == analysis.times[0].id


def test_a_time_after_since_dates_an_event_only_when_nothing_else_does() -> None:
    text = (
        "Officials said on Friday that in the provinces as a whole nine guards had been killed "
        "since the start of the year. Protests have continued since Sunday."
    )
    analysis = analysis_of(text, "2022-01-08")
    killed = text.index("killed")
    continued = text.index("continued")
    assert event_date(analysis, killed, killed + 6)[0] == "2022-01-07"
    assert event_date(analysis, continued, continued + 9)[0] == "2022-01-02"


def test_event_date_none_without_times() -> None:
    analysis = analysis_of("Police used tear gas.", None)
    assert event_date(analysis, 7, 11) == (None, None)


# --- hostile input ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1/1/1/1/" * 5000,
        "2022-2022-2022-" * 5000,
        "January " * 20000,
        "the following day " * 5000,
        "12:30 " * 5000,
        "x" * 200_000,
    ],
)
def test_hostile_input_keeps_offsets(text: str) -> None:
    for time in analysis_of(text, "2022-01-07").times:
        assert text[time.start : time.end] == time.text


def _vocabulary() -> list[str]:
    """Words the grammar knows, as they would appear in text, plus numbers of every shape."""
    lex = lexicon()
    words: set[str] = set()
    for table in (
        lex.months,
        lex.weekdays,
        lex.numbers,
        lex.ordinals,
        lex.seasons,
        lex.parts_of_day,
        lex.decade_words,
        lex.references,
        lex.sets,
        lex.holidays,
        lex.movable_holidays,
    ):
        words |= set(table)
    words |= lex.prefix_words | lex.extra_triggers | lex.vague_numbers
    words |= {
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "hour",
        "hours",
        "ago",
        "later",
        "earlier",
        "after",
        "before",
        "quarter",
        "half",
    }
    numbers = {
        "0",
        "5",
        "12",
        "31",
        "32",
        "99",
        "1990",
        "2022",
        "9999",
        "1/2",
        "11:30",
        "a.m.",
        "p.m.",
        "'80s",
        "1990s",
        "20th",
        "-",
        ",",
        ".",
        "\n",
        "2022-01-05",
        "1/5/22",
    }
    return sorted(words | {w.title() for w in words} | numbers)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_vocabulary()), max_size=12),
    st.one_of(st.none(), st.sampled_from(["2022-01-07", "1999-12-31", "2000-02-29", "0001-01-01"])),
)
def test_never_crashes_on_time_words(words: list[str], published: str | None) -> None:
    text = " ".join(words)
    for time in analysis_of(text, published).times:
        assert text[time.start : time.end] == time.text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "January",
                "5",
                ",",
                " ",
                "2022",
                "-",
                "the",
                "following",
                "day",
                "last",
                "week",
                "ago",
                "two",
                "days",
                "May",
                "p.m.",
                "1/2",
                "Tuesday",
                "quarter",
                "\n",
            ]
        ),
        max_size=40,
    ),
    st.one_of(st.none(), st.sampled_from(["2022-01-07", "1999-12-31", "2000-02-29"])),
)
def test_offsets_property(words: list[str], published: str | None) -> None:
    text = " ".join(words)
    for time in analysis_of(text, published).times:
        assert text[time.start : time.end] == time.text
        assert time.type in ("DATE", "TIME", "DURATION", "SET")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan told in the past perfect was overtaken: its weekday is the one before
        ("The offer had been due to expire Friday evening.", ("Friday evening", "1989-10-27TEV")),
        ("Talks had been scheduled for Friday.", ("Friday", "1989-10-27")),
        # a plan told in the present, or a future reported in the past, still looks ahead
        ("Talks are scheduled for Friday.", ("Friday", "1989-11-03")),
        ("He had said talks will resume on Friday.", ("Friday", "1989-11-03")),
    ],
)
def test_a_plan_in_the_past_perfect_points_back(text: str, expected: tuple[str, str]) -> None:
    assert [(found, value) for found, _, value in readings(text, "1989-10-30")] == [expected]


def test_a_fronted_offset_dates_the_clause_after_it_from_its_event() -> None:
    text = "Wednesday 26 February 2025. Three days after the assault, the toll stood at 18."
    analysis = analysis_of(text, "2025-02-26")
    stood = text.index("stood")
    assert event_date(analysis, stood, stood + 5)[0] == "2025-02-26"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # no tense word near the expression: the sentence's future word, far back, governs it
        (
            "Qantas will almost double its flights between Australia and India by August in "
            "the search for new markets untouched by the crippling Asian financial crisis.",
            "1998-02-13",
            ("August", "1998-08"),
        ),
        (
            "Air Force Lieutenant Colonel Eileen Collins will be named commander of the Space "
            "Shuttle Columbia for a mission in December.",
            "1998-03-04",
            ("December", "1998-12"),
        ),
        # ... but not a mere possibility, nor a "next" that qualifies a noun
        (
            "But a principled commitment to provide a constitutionally protected service could "
            "not stop the assassin's bullet that tore through his kitchen window and into his "
            "back Friday.",
            "1998-10-25",
            ("Friday", "1998-10-23"),
        ),
        (
            "Daley, who arrived next, hoped she would produce new aid for their countries, where "
            "the Aug. 7 terrorist blasts killed 257 people.",
            "1998-08-18",
            ("Aug. 7", "1998-08-07"),
        ),
    ],
)
def test_a_future_far_back_in_the_sentence_governs(
    text: str, published: str, expected: tuple[str, str]
) -> None:
    assert [(found, value) for found, _, value in readings(text, published)] == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a past form right before the day outweighs a future word after it ...
        (
            "Paribas says it offers 1,850 francs for shares that enjoy full dividend rights, and "
            "1,800 francs each for a block of shares issued July 1, which will receive only "
            "partial dividends this year.",
            "1989-10-27",
            ("July 1", "1989-07-01"),
        ),
        # ... but not a future word before it
        (
            "The bank will buy its stock as soon as trading opened Monday.",
            "1989-11-01",
            ("Monday", "1989-11-06"),
        ),
    ],
)
def test_a_past_form_right_before_a_day_outweighs_a_future_after(
    text: str, published: str, expected: tuple[str, str]
) -> None:
    found = [(time.text, time.value) for time in analysis_of(text, published).times]
    assert expected in found


def test_history_year_that_restates_a_day_keeps_the_story_at_that_day() -> None:
    text = (
        "Germany invaded Poland on September 1, 1939. France fell on June 22, 1940. Germany "
        "invaded the Soviet Union on June 22, 1941. On December 7 (December 8 in Asian time "
        "zones), 1941, Japan attacked Pearl Harbor. In January, the Allies signed the "
        "Declaration by United Nations."
    )
    found = readings(text, "2009-12-19")
    assert ("December 7", "DATE", "1941-12-07") in found
    assert found[-1] == ("January", "DATE", "1942-01")


def test_history_flashback_in_the_past_perfect_leaves_the_story_where_it_was() -> None:
    text = (
        "Germany invaded Poland on September 1, 1939. France fell on June 22, 1940. In March "
        "1944, the Japanese launched an operation against Imphal. In May 1944, British forces "
        "mounted a counter-offensive, and Chinese forces that had invaded Northern Burma in "
        "late 1943 besieged Myitkyina. By June, the Japanese had conquered the province of Henan."
    )
    found = readings(text, "2009-12-19")
    assert ("late 1943", "DATE", "1943") in found
    assert found[-1] == ("June", "DATE", "1944-06")


def test_history_date_after_since_is_before_the_story_time() -> None:
    text = (
        "Korea was divided in August 1945. The South held elections on 10 May 1948. On 25 June "
        "1950, the KPA crossed the 38th parallel. Hours later, the Security Council condemned "
        "the invasion, despite the USSR boycotting the Council meetings since January."
    )
    assert readings(text, "2009-12-19")[-1] == ("January", "DATE", "1950-01")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # news leaves "later" out of a span that names no day of its own, a duration
        (
            "Mr. Bozarth resigned as chairman, president and chief executive. A few days later, "
            "American Medical announced a new chief.",
            "1989-10-27",
            ("A few days", "DURATION", "PXD"),
        ),
        (
            "But a minute and a half later, a pilot from a nearby base saw the smoke.",
            "1998-01-14",
            ("a minute and a half", "DURATION", "PT1M30S"),
        ),
        (
            "His wife and one son tried to revive him. Just over an hour later, he was declared "
            "dead at a hospital.",
            "1998-10-25",
            ("over an hour", "DURATION", "PT1H"),
        ),
    ],
)
def test_news_leaves_later_out_of_a_span_that_names_no_day(
    text: str, published: str, expected: tuple[str, str, str]
) -> None:
    assert expected in readings(text, published)


def test_a_date_without_tense_follows_an_earlier_date_of_its_sentence_that_lies_ahead() -> None:
    text = (
        "It said two new flights would leave Bombay on Monday and Tuesday nights from March "
        "30, with the third departing each Thursday from August 6."
    )
    found = readings(text, "1998-02-13")
    assert ("March 30", "DATE", "1998-03-30") in found
    assert found[-1] == ("August 6", "DATE", "1998-08-06")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # with no strong tense word near, an "-ed" form before a month puts it in the past
        (
            "The funeral home and cemetery operator changed from a fiscal year to a calendar "
            "year in December.",
            "1989-10-27",
            ("December", "1988-12"),
        ),
        # ... but not a participle that looks ahead
        (
            "The judge's ruling on the case, which is expected in May, could end the dispute.",
            "2013-03-21",
            ("May", "2013-05"),
        ),
        # "supposed to" looks ahead, as "expected to" does
        (
            "Blair, who wants an agreement in talks that are supposed to conclude by May, "
            "invited Sinn Fein to rejoin.",
            "1998-03-22",
            ("May", "1998-05"),
        ),
    ],
)
def test_past_forms_and_plans_before_a_month(
    text: str, published: str, expected: tuple[str, str]
) -> None:
    assert [(found, value) for found, _, value in readings(text, published)] == [expected]


def test_history_date_of_the_event_that_ends_a_span_leaves_the_story_where_it_was() -> None:
    text = (
        "Germany invaded Poland on September 1, 1939. France fell on June 22, 1940. On June "
        "4, 1944, Rome was captured. Two days later, the Soviets launched an assault that "
        "lasted until the fall of Budapest in February 1945. By the start of July, "
        "Commonwealth forces had advanced."
    )
    found = readings(text, "2009-12-19")
    assert ("February 1945", "DATE", "1945-02") in found
    assert found[-1] == ("the start of July", "DATE", "1944-07")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural weekday, or a weekday's plural part of day, recurs: TimeML's SET
        (
            "It said two new flights would leave Bombay on Monday and Tuesday nights from "
            "March 30.",
            ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
        ),
        # the weekday before "and" shares the plural part of day
        (
            "It said two new flights would leave Bombay on Monday and Tuesday nights from "
            "March 30.",
            ("Monday", "SET", "XXXX-WXX-1TNI"),
        ),
        ("The market is closed on Sundays.", ("Sundays", "SET", "XXXX-WXX-7")),
        (
            "Protesters gather on Friday evenings outside the embassy.",
            ("Friday evenings", "SET", "XXXX-WXX-5TEV"),
        ),
        # a singular one is still a day, and "every two days" still a rate
        ("Talks resumed Tuesday night.", ("Tuesday night", "TIME", "1998-02-10TNI")),
        ("The drug is taken every two days.", ("every two days", "SET", "P2D")),
    ],
)
def test_plural_weekdays_recur(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in readings(text, "1998-02-13")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an expression that opens its sentence takes the tense of the main clause's verb
        (
            "On Tuesday, the National Abortion and Reproductive Rights Action League plans to "
            "hold a news conference.",
            ("Tuesday", "1998-10-27"),
        ),
        # ... a past verb first, even with a future word in a clause after it
        (
            "On Tuesday, the governor signed a bill that will take effect in January.",
            ("Tuesday", "1998-10-20"),
        ),
        # ... and "planned" may be a participle
        (
            "On Friday, when Albright set aside vacation plans for the hastily planned trip, "
            "the State Department lifted a warning.",
            ("Friday", "1998-10-23"),
        ),
    ],
)
def test_an_expression_opening_its_sentence_takes_the_main_verb_tense(
    text: str, expected: tuple[str, str]
) -> None:
    found, _, value = readings(text, "1998-10-26")[0]
    assert (found, value) == expected


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2022-01-05", "2022-01-05"),
        ("2022-01-05T14:00", "2022-01-05"),
        ("2022-01", "2022-01-01"),
        ("2022", "2022-01-01"),
        ("2022-W01", "2022-01-03"),
        ("2022-Q2", "2022-04-01"),
        ("2022-H2", "2022-07-01"),
        ("2022-SU", "2022-06-01"),
        ("XXXX-01-05", None),
        ("199X", None),
        ("PAST_REF", None),
        ("2022-W60", None),
    ],
)
def test_first_day_of_a_date_value(value: str, day: str | None) -> None:
    first = first_day(value)
    assert (first.isoformat() if first else None) == day
