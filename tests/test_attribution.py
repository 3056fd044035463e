"""Who gives a figure: the sources `find_sources` reads from one sentence."""

from __future__ import annotations

from factline.attribution import find_sources


def _sources(sentence: str, opinions: bool = False) -> list[tuple[str, str]]:
    return [(s.source.text, s.cue.text) for s in find_sources(sentence, opinions=opinions)]


def test_the_doer_of_an_action_gives_its_count() -> None:
    sentence = "Police detained 12 smugglers near the harbour on Friday."
    assert _sources(sentence) == [("Police", "detained")]


def test_a_passive_action_names_no_doer_before_it() -> None:
    assert _sources("Eleven fishermen were arrested near the harbour.") == []


def test_a_passive_action_names_its_doer_after_by() -> None:
    sentence = "Two deckhands were detained by the harbour police on Sunday."
    assert _sources(sentence) == [("the harbour police", "detained")]


def test_a_participle_without_object_is_no_action() -> None:
    assert _sources("Most of the injured were sent home, and the rest sent to Lusaka.") == []


def test_a_teller_outranks_the_doer() -> None:
    sentence = "Police detained 12 smugglers, the interior ministry said."
    assert _sources(sentence) == [("the interior ministry", "said")]


def test_doers_are_no_attribution_in_opinion_corpora() -> None:
    assert _sources("Police detained 12 smugglers near the harbour.", opinions=True) == []


def test_a_count_given_or_listed_is_told() -> None:
    assert _sources("The regional council gave 17 dead on Tuesday.") == [
        ("The regional council", "gave")
    ]
    assert _sources("The district clinic counts 31 patients in its wards.") == [
        ("The district clinic", "counts")
    ]


def test_a_relative_pronoun_is_never_a_source() -> None:
    assert _sources("Volunteers injured: 9, of whom 4 were admitted to the clinic.") == []


def test_a_closing_number_is_no_source_of_an_inverted_cue() -> None:
    sentence = (
        "The state agency puts the toll at 40; the Crescent, which tallies the bodies "
        "its own teams find, says 44."
    )
    sources = _sources(sentence)
    assert sources[0] == ("The state agency", "puts the")
    assert sources[1][0].startswith("the Crescent") and sources[1][1] == "says"


def test_a_line_labelled_with_its_source_gives_its_figures() -> None:
    assert _sources("21:10 Coastguard authorities: 6 dead, 3 missing.") == [
        ("Coastguard authorities", ":")
    ]
    assert _sources("4/ Interior minister, speaking on radio: the toll is 9.") == [
        ("Interior minister", ":")
    ]


def test_a_label_of_the_counted_names_no_source() -> None:
    assert _sources("Deaths in the two district hospitals: 7.") == []
    assert _sources("- Survivors: 40, all of them adults.") == []


def test_a_transcript_turn_in_capitals_is_no_label_source() -> None:
    assert _sources("NURSE OKAFOR: Nine were brought in overnight.") == []


def test_a_parenthesised_source_gives_the_figure_before_it() -> None:
    sentence = "- Injured: 28 (source: Lakeside General Hospital), of whom 5 in surgery"
    assert _sources(sentence) == [("Lakeside General Hospital", "source:")]


def test_a_bracketed_source_without_a_cue_word_gives_the_list_line() -> None:
    assert _sources("- Missing: 11 (Coast Guard Service), all of them crew") == [
        ("Coast Guard Service", "(")
    ]
    assert _sources("- Dead (Health Ministry, Monday noon): 4") == [("Health Ministry", "(")]
    assert _sources("- 3 people drowned (NDMA); village elders report 5") == [
        ("NDMA", "("),
        ("village elders", "report"),
    ]
    assert _sources("- Deaths (our volunteers, from the morgue): 9") == [("our volunteers", "(")]


def test_brackets_of_places_or_numbers_name_no_source() -> None:
    assert _sources("- Dead: 12 (North district 7, Harbour 5)") == []
    assert _sources("- Injured: 6 (Central Hospital, Kelo; 2 discharged)") == []
    assert _sources("- Dead: 2 (a man aged 30 and his son)") == []
    assert _sources("Dead: 4 (Ministry of Health)") == []


def test_a_newspaper_that_carries_figures_tells_them() -> None:
    assert _sources("The Harbour Gazette carries the police count of 12 dead.") == [
        ("The Harbour Gazette", "carries")
    ]


def test_a_verb_after_and_shares_the_source_of_the_saying_before() -> None:
    sentence = (
        "The governor, Amina Bello, said the clinic's list was out of date and denied that any "
        "pupil had died."
    )
    assert [(s.source.text, s.cue.text, s.stance) for s in find_sources(sentence)] == [
        ("The governor, Amina Bello", "said", "reported"),
        ("The governor, Amina Bello", "denied", "denied"),
    ]


def test_an_aside_on_how_a_source_was_reached_leaves_the_source() -> None:
    sentence = (
        "A district official in Kasane, reached by our correspondent by telephone, denied that "
        "anyone had drowned."
    )
    assert [(s.source.text, s.stance) for s in find_sources(sentence)] == [
        ("A district official in Kasane", "denied")
    ]


def test_a_count_after_an_adjective_is_a_noun_not_a_saying() -> None:
    sentence = "On Friday the county council published its first full count: 14 dead."
    assert _sources(sentence) == [("the county council", "published")]


def test_a_cue_word_a_number_counts_is_a_noun() -> None:
    sentence = "The parish register now has nine names: seven fishermen and two boys."
    assert _sources(sentence) == []


def test_a_number_is_no_source_of_its_own() -> None:
    sentence = "The toll is 31, four more than the twenty-seven announced on Friday."
    assert _sources(sentence) == []


def test_a_label_that_names_the_counted_names_no_source() -> None:
    assert _sources("Deaths registered: 12 (Kanto 9, Ribe 3).") == []
    assert _sources("- Deaths recorded since Sunday: 7") == []


def test_a_label_names_who_gives_its_count_after_by() -> None:
    sentence = "Confirmed deaths reported to the centre by district clinics: 41, of whom 30 men."
    assert _sources(sentence) == [("district clinics", "reported")]


def test_a_line_that_opens_with_a_source_is_no_label() -> None:
    assert _sources("The county office confirms 8 deaths: Ribe 5, Kanto 3.") == [
        ("The county office", "confirms")
    ]


def test_a_time_of_day_is_no_part_of_a_source_after_by() -> None:
    sentence = "Losses, as confirmed by the mine operator at 14:30 on Monday: deaths 6, injured 9"
    assert _sources(sentence) == [("the mine operator", "confirmed")]


def test_a_passive_participle_after_be_is_no_saying() -> None:
    sentence = "Nine people died after the results were announced, the regional police said."
    assert _sources(sentence) == [("the regional police", "said")]


def test_a_count_that_is_the_subject_of_be_is_a_noun() -> None:
    sentence = "Riots began after the vote count was published, the regional police said."
    assert _sources(sentence) == [("the regional police", "said")]


def test_one_who_is_told_still_relays_what_was_heard() -> None:
    assert _sources("We are informed that 14 fishermen remain missing.") == [("We", "informed")]


def test_reports_of_a_figure_are_a_noun() -> None:
    assert _sources("Aid groups could not check reports of 60 dead in the hills.") == []
    sentence = "The embassy notes with alarm reports in local media that nine sailors drowned."
    assert _sources(sentence) == [("The embassy", "notes")]


def test_so_far_stands_between_a_source_and_its_cue() -> None:
    sentence = "The coast guard has so far confirmed two deaths."
    assert _sources(sentence) == [("The coast guard", "confirmed")]


def test_the_night_of_a_day_is_no_part_of_a_source() -> None:
    assert _sources("Last night the harbour authority said four crew had died.") == [
        ("the harbour authority", "said")
    ]
    assert _sources("On Sunday night the mayor counted six dead.") == [("the mayor", "counted")]
    assert _sources("A nurse on the night shift said nine had died.") == [
        ("A nurse on the night shift", "said")
    ]


def test_a_source_that_revises_its_confirmed_or_provisional_toll_tells_it() -> None:
    assert _sources("The coast guard lowered its confirmed toll from 12 to 10.") == [
        ("The coast guard", "lowered its confirmed toll")
    ]
    assert _sources("Relief agencies revised their provisional count to 64.") == [
        ("Relief agencies", "revised their provisional count")
    ]


def test_a_plurals_possessive_stays_inside_the_source() -> None:
    sentence = "The Thai Lawyers' Network says it has the names of thirteen dead."
    assert _sources(sentence)[0] == ("The Thai Lawyers' Network", "says")
    assert _sources("The Farmers' Union said 13 people died.") == [("The Farmers' Union", "said")]


def test_a_count_after_an_adjective_of_counts_is_a_noun() -> None:
    sentence = "The prime minister's office gave a different count of the dead: 11."
    assert [source for source, _ in _sources(sentence)] == ["The prime minister's office"]
