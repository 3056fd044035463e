"""The report domain (public affairs or not) and what the event coder asks of a report that is
surely about sport, business or technology. All reports are written for these tests."""

from __future__ import annotations

from factline import analyze
from factline.domain import is_other_than_public_affairs, public_affairs_odds

MATCH_REPORT = (
    "United came from behind to beat City 2-1 at home on Saturday, with the striker scoring "
    "twice in the second half. The manager met the club's directors on Monday to discuss a new "
    "contract for the goalkeeper, and the club warned fans that ticket prices for next season's "
    "league matches would rise. The midfielder is expected to miss the cup tie with an ankle "
    "injury."
)
PROTEST_REPORT = (
    "Thousands of protesters marched on parliament in the capital on Tuesday to demand the "
    "resignation of the interior minister, and police fired tear gas to disperse the crowd. "
    "The opposition said 40 people were detained and accused the government of silencing "
    "dissent ahead of the election."
)
RANSOMWARE_REPORT = (
    "A ransomware attack has shut down the computer systems of a regional hospital group, "
    "forcing staff to postpone operations. The hackers encrypted servers at three sites and "
    "demanded a payment in bitcoin, the group said. The attack is the latest in a wave of "
    "malware campaigns against health services, and investigators are studying how the gang "
    "exploited a vulnerability in a remote access tool."
)


def test_the_domain_of_a_match_report_and_of_a_protest() -> None:
    assert is_other_than_public_affairs(MATCH_REPORT)
    assert not is_other_than_public_affairs(PROTEST_REPORT)
    assert public_affairs_odds(PROTEST_REPORT) > 0 > public_affairs_odds(MATCH_REPORT)


def test_a_sentence_alone_is_never_judged() -> None:
    sentence = "The fuel price cap was reinstated for six months the following day."
    assert public_affairs_odds(sentence) < 0
    assert not is_other_than_public_affairs(sentence)


def test_a_match_report_holds_no_meetings_or_warnings_of_public_life() -> None:
    coded = [(e.type, e.trigger.text) for e in analyze(MATCH_REPORT).events]
    assert ("CONSULT", "met") not in coded
    assert all(event_type not in ("THREATEN", "ASSAULT") for event_type, _ in coded)


def test_a_public_actor_keeps_the_meeting_in_a_match_report() -> None:
    report = MATCH_REPORT.replace("The manager met", "The sports minister met")
    assert ("CONSULT", "met") in [(e.type, e.trigger.text) for e in analyze(report).events]


def test_a_protest_report_keeps_its_events() -> None:
    types = {e.type for e in analyze(PROTEST_REPORT).events}
    assert {"PROTEST", "ASSAULT", "REQUEST"} <= types


def test_the_attacks_of_a_report_about_hacking_are_cyber_attacks() -> None:
    attacks = [e for e in analyze(RANSOMWARE_REPORT).events if e.trigger.text == "attack"]
    assert attacks
    assert {(e.type, e.mode) for e in attacks} == {("COERCE", "cyber")}
