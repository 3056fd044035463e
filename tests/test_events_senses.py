"""Violent words in their everyday senses: no ASSAULT for a market that "hit a high" or a team
that "beat" another, a criticism for an attack on plans, and every physical act kept."""

from __future__ import annotations

import pytest

from factline import analyze
from factline.events_senses import FIGURATIVE_WORDS, HARM_WORDS, harm_in_report


def violent(text: str) -> list[str]:
    """The trigger texts of the ASSAULT and riot events of `text`."""
    return [
        event.trigger.text
        for event in analyze(text, published="2024-03-04").events
        if event.type == "ASSAULT" or (event.type, event.mode) == ("PROTEST", "riot")
    ]


# Reports of markets, sport, business and politics at home, written for these tests.
@pytest.mark.parametrize(
    "report",
    [
        "The rupee hit a five-year high on Tuesday after the ratings upgrade.",
        "Chelsea beat Arsenal 2-1 in the cup final on Sunday.",
        "Shares in the bank hit a record on Monday. The bid battle for the lender is over.",
        "The budget deficit hit an all-time high of $671bn last year, figures show.",
        "The minister said the new rules would target firms that dodge tax.",
        "The striker fought off two defenders to score in the 80th minute.",
        "The charity has stepped up its fight to end child poverty in the north.",
        "The singer's new album stormed to the top of the charts this week.",
        "Government ministers clashed over the tax plans at the cabinet meeting.",
        "The strong pound hurt exporters in the last quarter, the survey found.",
        "Sales of the console exploded over the holiday season.",
        "The rocket is due to blast off from the launch pad on Friday.",
    ],
)
def test_violent_words_of_ordinary_news_code_no_violence(report: str) -> None:
    assert violent(report) == []


@pytest.mark.parametrize(
    ("report", "trigger"),
    [
        ("Gunmen attacked a police checkpoint near Kandahar on Monday.", "attacked"),
        ("Heavy fighting continued around the airport for a third day.", "fighting"),
        ("Rival party members clashed in Bhadrak town on Sunday during the count.", "clashed"),
        ("Supporters of the two candidates clashed with each other outside the hall.", "clashed"),
        ("Three men beat a shopkeeper in the market on Friday, witnesses said.", "beat"),
        ("Militants attacked and beat up two women at the checkpoint.", "attacked and beat"),
        ("Rebels captured Kindu after a week of shelling, the army said.", "captured"),
        ("One of the men threw an explosive at the gate of the finance company.", "explosive"),
    ],
)
def test_violent_words_that_tell_of_harm_stay_violent(report: str, trigger: str) -> None:
    assert trigger in violent(report)


def test_a_report_of_violence_vouches_for_its_sentences_that_tell_of_none() -> None:
    """ "The clash went on into the night" says nothing of harm by itself; the tear gas before
    it does."""
    report = (
        "Police fired tear gas at protesters in the capital on Tuesday. "
        "The clash went on into the night."
    )
    assert violent(report) == ["tear gas", "clash"]
    assert violent("The clash went on into the night.") == []


def test_an_attack_on_plans_is_a_criticism() -> None:
    events = analyze(
        "The opposition leader attacked the government's budget plans as reckless on Wednesday."
    ).events
    assert [(e.type, e.mode, e.trigger.text) for e in events] == [
        ("ACCUSE", "disapprove", "attacked")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two men were attacked on their way home from the mosque.",
        "Militants attacked the government convoy on the highway.",
        "Residents said the attack they survived lasted an hour.",
    ],
)
def test_an_attack_on_people_or_things_is_no_criticism(sentence: str) -> None:
    types = [event.type for event in analyze(sentence).events]
    assert "ACCUSE" not in types
    assert "ASSAULT" in types


def test_hacking_keeps_its_attacks_as_cyber_coercion() -> None:
    events = analyze("Hackers attacked the ministry's servers over the weekend.").events
    assert ("COERCE", "cyber", "attacked") in [(e.type, e.mode, e.trigger.text) for e in events]


def test_harm_in_report_counts_words_of_harm_not_the_violent_words_themselves() -> None:
    assert FIGURATIVE_WORDS.isdisjoint(HARM_WORDS)
    assert harm_in_report("Soldiers fired on the crowd; two civilians were wounded.")
    assert not harm_in_report("The battle to beat the target hit a snag; the attack stalled.")


@pytest.mark.parametrize(
    "report",
    [
        "The new browser offers a faster way to search.",
        "A flaw in the router software allows attackers to run code remotely.",
        "Users must install the update before Friday, the company said.",
        "Shares in the carmaker declined for a third day on Tuesday.",
        "The city will host the trade fair for the first time next year.",
        "Selling the stake will help the firm pay off its debts.",
        "The new phones support faster charging and two SIM cards.",
        "A password manager helps prevent stolen logins from being reused.",
        "The app requested access to the camera and the microphone.",
    ],
)
def test_everyday_dealings_without_a_political_actor_are_no_events(report: str) -> None:
    assert analyze(report).events == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The rebels offered to release the hostages on Sunday.", ("AGREE", "offered to")),
        ("Kenya agreed to help Somalia with food aid.", ("AGREE", "help")),
        ("The government will allow opposition parties to hold rallies.", ("AGREE", "allow")),
        ("The interior minister said protesters must leave the square.", ("REQUEST", "must")),
        ("Kenya said it supported the ceasefire in Sudan.", ("SUPPORT", "supported")),
        ("The government requested military aid from its neighbours.", ("REQUEST", "requested")),
    ],
)
def test_everyday_dealings_of_political_actors_stay_events(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert expected in [(e.type, e.trigger.text) for e in analyze(sentence).events]


@pytest.mark.parametrize(
    "sentence",
    [
        "Economists warned that the economy needs more reforms to create jobs.",
        "The company warned on Thursday that its revenue would fall below forecasts.",
        "Doctors warned that the hospital was running out of oxygen.",
        "Economists have warned the government needs more reforms to create jobs.",
        "Nortel warned on Thursday that its US revenue would fall below forecasts.",
    ],
)
def test_a_forecast_is_no_threat(sentence: str) -> None:
    assert "THREATEN" not in [e.type for e in analyze(sentence).events]


@pytest.mark.parametrize(
    "sentence",
    [
        "The army warned protesters to leave the square by nightfall.",
        "Any move to cut off the river would have grave consequences, the minister warned.",
        "Students who take to the streets again would be punished, the commander warned.",
        "The rebels warned that they would attack the city if talks failed.",
    ],
)
def test_a_warning_of_force_or_by_an_office_is_a_threat(sentence: str) -> None:
    assert "THREATEN" in [e.type for e in analyze(sentence).events]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen opened fire on a convoy carrying the former minister on Wednesday.",
        "A man was shot dead after his car failed to stop at a checkpoint.",
        "A federal appeals court upheld the ruling on Friday.",
        "Big firms already have to meet the requirements of the new law.",
        "The new president pledged to make fighting corruption his first task.",
    ],
)
def test_nouns_and_phrases_that_name_no_protest_mobilization_or_request(sentence: str) -> None:
    coded = {(e.type, e.mode) for e in analyze(sentence).events}
    assert not coded & {("PROTEST", "obstruct"), ("MOBILIZE", "police"), ("REQUEST", "assist")}
    assert "CONSULT" not in {event_type for event_type, _ in coded}


def test_an_act_done_without_is_not_done() -> None:
    events = analyze("Police dispersed the crowd without using tear gas.").events
    assert [(e.trigger.text, e.status) for e in events] == [
        ("dispersed", "occurred"),
        ("tear gas", "denied"),
    ]


def test_a_trigger_inside_a_name_reports_nothing() -> None:
    events = analyze("The Electoral Commission on Thursday said the question was clear.").events
    assert "ACCUSE" not in [e.type for e in events]
    inquiry = analyze("The government set up a commission on the killings.").events
    assert "ACCUSE" in [e.type for e in inquiry]


def coded(text: str) -> list[tuple[str, str]]:
    """(type, trigger) of each event coded in `text`."""
    return [(e.type, e.trigger.text) for e in analyze(text, published="2024-03-04").events]


# Computing's own senses of "execution", "compromise" and "deploy", written for these tests.
@pytest.mark.parametrize(
    "report",
    [
        "The flaw allows remote code execution on unpatched servers, the vendor said.",
        "The gang deployed ransomware across the company's network on Friday.",
        "Hackers used stolen passwords to reach accounts that had been compromised.",
        "Administrators should look for indicators of compromise in their email logs.",
        "The regulator said broadband deployment in rural areas was accelerating.",
    ],
)
def test_computing_senses_report_no_killing_concession_or_mobilization(report: str) -> None:
    kinds = {event_type for event_type, _ in coded(report)}
    assert kinds.isdisjoint({"ASSAULT", "CONCEDE", "MOBILIZE"})


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        ("The army deployed troops to guard the main telecoms servers.", "MOBILIZE"),
        ("The two parties reached a compromise on the budget on Monday.", "CONCEDE"),
        ("The militants announced the execution of two hostages on Sunday.", "ASSAULT"),
    ],
)
def test_the_same_words_keep_their_senses_beside_force_or_outside_computing(
    report: str, expected: str
) -> None:
    assert expected in {event_type for event_type, _ in coded(report)}


@pytest.mark.parametrize(
    ("sentence", "alleging"),
    [
        ("Police arrested the alleged ringleader of the smuggling gang.", False),
        ("The court heard lawsuits against alleged spammers on Monday.", False),
        ("Officials froze the firm's assets over its alleged fraud.", False),
        ("The partners alleged the ministry had hidden the report.", True),
        ("It has been alleged that the army fired on the crowd.", True),
        ("The minister is alleged to have taken bribes from the contractor.", True),
    ],
)
def test_an_alleged_noun_is_no_allegation(sentence: str, alleging: bool) -> None:
    assert (("ACCUSE", "alleged") in coded(sentence)) == alleging


@pytest.mark.parametrize(
    ("sentence", "attacking"),
    [
        ("Investigators traced the malware on the targeted servers to a gang in Kyiv.", False),
        ("The ransomware that targeted the hospital encrypted its records.", True),
        ("Officials were among those targeted by the spyware in 2019.", True),
    ],
)
def test_a_targeted_noun_is_no_attack(sentence: str, attacking: bool) -> None:
    report = "Hackers breached the hospital network on Monday with ransomware and phishing. "
    assert any(trigger == "targeted" for _, trigger in coded(report + sentence)) == attacking


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked if she enjoys a game of ping pong, the minister laughed.",
        "When asked whether the country was well governed, he smiled.",
        "The proposals have met with disapproval from rights groups.",
        "The plan offers better access to legal advice by telephone.",
        "The spokesman was asked by journalists about the row.",
    ],
)
def test_questions_receptions_and_services_are_no_requests_or_meetings(sentence: str) -> None:
    assert {event_type for event_type, _ in coded(sentence)}.isdisjoint({"REQUEST", "CONSULT"})


@pytest.mark.parametrize(
    ("sentence", "assault"),
    [
        ("An earthquake killed 50 people in the north, police said.", False),
        ("A bus crash killed 12 people on the coast road on Monday.", False),
        ("Tropical Storm Jeanne kills 250 in northern Haiti", False),
        ("Gunmen killed 12 villagers as floodwaters rose.", True),
        ("Police killed two protesters in the capital.", True),
        ("The fire at the factory was put out before dawn.", False),
        ("Troops fire on protesters in the capital", True),
        ("Fire swept through a garment factory on Monday, killing 12 workers.", False),
        ("A fire at a nightclub killed 40 people.", False),
        ("The blaze killed nine residents of the tower.", False),
        ("Soldiers opened fire on the crowd, killing 12.", True),
        ("Gunmen set fire to the school, killing four pupils.", True),
    ],
)
def test_deaths_that_nature_or_mishap_caused_are_no_assault(sentence: str, assault: bool) -> None:
    assert ("ASSAULT" in {event_type for event_type, _ in coded(sentence)}) == assault


@pytest.mark.parametrize(
    ("sentence", "demand"),
    [
        ("The minister said the band must be paying a lot of tax.", False),
        ("The UN said the rebels must have known about the attack.", False),
        ("The minister said protesters must leave the square.", True),
    ],
)
def test_a_must_of_what_is_surely_so_demands_nothing(sentence: str, demand: bool) -> None:
    assert ("REQUEST" in {event_type for event_type, _ in coded(sentence)}) == demand


@pytest.mark.parametrize(
    "sentence",
    ["Shares rallied on Wall Street after the jobs report.", "The march of progress went on."],
)
def test_markets_and_progress_hold_no_protest(sentence: str) -> None:
    assert "PROTEST" not in {event_type for event_type, _ in coded(sentence)}
