"""Words of a small closed class put for another by a slip, or put in."""

from __future__ import annotations

import pytest

from rootcheck.text.closed import (
    BEARING_ON,
    CONJUNCTIONS,
    DEGREES,
    INCREASES,
    MODAL,
    ORDER_IN_TIME,
    OUTCOMES,
    PLACES_BY_SCALE,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    RANKS,
    RECORDS,
    RECURRING,
    REFERRED,
    SAYING,
    UNITS_OF_TIME,
    Kind,
    changed_closed_words,
    left_out_bearings,
    left_out_limits,
    left_out_ranks,
    limits_in,
)


@pytest.mark.parametrize(
    ("quote", "source", "changed"),
    [
        ("support from 8,000 firms", "support for 8,000 firms", (["from"], ["for"])),
        ("assistance from Central America", "assistance to Central America", (["from"], ["to"])),
        ("to invest outside the region", "to invest in the region", (["outside"], ["in"])),
        ("a key figure after the 2024 race", "a key figure in the 2024 race", (["after"], ["in"])),
        ("found jobs during training", "found jobs following training", (["during"], ["following"])),
        # Words that say the same, one left out, or one bounding a number: no preposition changed.
        ("support towards firms", "support toward firms", None),
        ("invest into the region", "invest in the region", None),
        ("found jobs after training", "found jobs following training", None),
        ("the region", "in the region", None),
        ("over 500 officials", "more than 500 officials", None),
        # A compound's words, its hyphens dropped, are the source's own.
        ("17 million doses free of cost", "17 million doses free-of-cost, in partnership with COVAX", None),
        # A time: "during" as "in", and a year's preposition, read as a time told otherwise.
        ("hired 300 staff during May", "hired 300 staff in May", None),
        ("hired 300 staff since 2022", "hired 300 staff in 2022", None),
    ],
)
def test_a_preposition_put_for_another_is_told(
    quote: str, source: str, changed: tuple[list[str], list[str]] | None
) -> None:
    assert changed_closed_words(quote, source, PREPOSITIONS) == changed


@pytest.mark.parametrize(
    ("quote", "source", "changed"),
    [
        ("all workplaces", "many workplaces", (["all"], ["many"])),
        ("youth in each of El Salvador and Honduras", "youth in El Salvador and Honduras", (["each"], [])),
        ("to alleviate all suffering", "to alleviate suffering", (["all"], [])),
        # As the source, left out, moved, or "some" bounding a number.
        ("many offices", "many workplaces", None),
        ("workplaces", "many workplaces", None),
        ("all of them were", "they all were", None),
        ("some 120 doctors", "120 doctors", None),
    ],
)
def test_a_word_of_how_many_put_for_another_or_put_in_is_told(
    quote: str, source: str, changed: tuple[list[str], list[str]] | None
) -> None:
    assert changed_closed_words(quote, source, QUANTIFIERS) == changed


@pytest.mark.parametrize(
    ("quote", "source", "changed"),
    [
        ("it always fails", "it often fails", (["always"], ["often"])),
        ("based solely on evidence", "based in part on evidence", (["solely"], ["in part"])),
        ("is partly committed", "is committed", (["partly"], [])),
        ("slightly increased hunger", "significantly increased hunger", (["slightly"], ["significantly"])),
        ("is the only move", "is a small move", (["only"], [])),
        ("and even more are expected", "and more are expected", (["even"], [])),
        ("merely 12 have done so", "12 have done so", (["merely"], [])),
        ("U.S. aid alone reached 300 towns", "U.S. aid reached 300 towns", (["alone"], [])),
        ("massively increased hunger", "significantly increased hunger", (["massively"], ["significantly"])),
        ("has single-handedly created jobs", "has created jobs", (["single-handedly"], [])),
        ("not only lends, but also trains", "not only lends, but it also trains", None),
        # As the source says it, in other words of the same, or "part" as no degree.
        ("based partially on evidence", "based in part on evidence", None),
        ("is part of the plan", "is a plan", None),
        ("increased hunger", "significantly increased hunger", None),
    ],
)
def test_a_word_of_how_often_or_how_far_put_for_another_or_put_in_is_told(
    quote: str, source: str, changed: tuple[list[str], list[str]] | None
) -> None:
    assert changed_closed_words(quote, source, DEGREES) == changed


@pytest.mark.parametrize(
    ("quote", "source", "kind", "changed"),
    [
        ("Partners may invest", "Partners will invest", MODAL, (["may"], ["will"])),
        ("Partners must invest", "Partners invest", MODAL, (["must"], [])),
        ("in their country", "in our country", PRONOUNS, (["their"], ["our"])),
        ("corruption and abuse", "corruption or abuse", CONJUNCTIONS, (["and"], ["or"])),
        # A pronoun or a join put in, or a modal as the source has it: none told otherwise.
        ("in their own country", "in the country", PRONOUNS, None),
        ("corruption, and abuse", "corruption, abuse", CONJUNCTIONS, None),
        ("Partners will spend", "Partners will invest", MODAL, None),
    ],
)
def test_a_modal_a_pronoun_or_a_join_put_for_another_is_told(
    quote: str, source: str, kind: Kind, changed: tuple[list[str], list[str]] | None
) -> None:
    assert changed_closed_words(quote, source, kind) == changed


@pytest.mark.parametrize(
    ("quote", "passage", "left_out"),
    [
        ("rendering them ineligible", "rendering them generally ineligible", ["generally"]),
        ("based on 4 studies", "based in part on 4 studies", ["in part"]),
        ("costs rose in the north", "costs mostly rose in the north", ["mostly"]),
        # Another limit the quote keeps elsewhere stands in no place of this one's.
        ("rendered ineligible, in part to", "rendered generally ineligible, in part to", ["generally"]),
        # Kept, put otherwise (told as that), stress left out, or outside the quote's words.
        ("it often falters", "it often fails", []),
        ("based solely on 4 studies", "based in part on 4 studies", []),
        ("increased hunger", "significantly increased hunger", []),
        ("40 schools closed", "Aid generally arrives late, and 40 schools closed", []),
    ],
)
def test_a_word_limiting_how_far_a_thing_holds_left_out_is_told(
    quote: str, passage: str, left_out: list[str]
) -> None:
    assert left_out_limits(quote, passage) == left_out


@pytest.mark.parametrize(
    ("words", "limits"),
    [
        ("generally", ["generally"]),
        ("Largely, and in part", ["Largely", "in part"]),
        # Stress, and a part that is no "in part", limit nothing.
        ("significantly", []),
        ("the largest part of", []),
    ],
)
def test_the_limits_words_hold_are_found_as_written(words: str, limits: list[str]) -> None:
    # What an elision leaves out is read with this: "ineligible" of "generally ineligible".
    assert limits_in(words) == limits


@pytest.mark.parametrize(
    ("quote", "source", "changed"),
    [
        ("the Deputy Secretary of State", "the Assistant Secretary of State", (["deputy"], ["assistant"])),
        ("a full professor of policy", "an associate professor of policy", (["full"], ["associate"])),
        ("the Vice President's call", "the President's call", (["vice"], [])),
        ("the former minister said", "the minister said", (["former"], [])),
        # "full" put in names no other office ("the full cost"); a rank kept is kept.
        ("the full cost of 300 homes", "the cost of 300 homes", None),
        ("the Vice President's appeal", "the Vice President's call", None),
    ],
)
def test_a_rank_before_a_title_put_for_another_or_put_in_is_told(
    quote: str, source: str, changed: tuple[list[str], list[str]] | None
) -> None:
    assert changed_closed_words(quote, source, RANKS) == changed


@pytest.mark.parametrize(
    ("quote", "passage", "left_out"),
    [
        ("In response to the President's Call", "In response to the Vice President's Call", ["Vice"]),
        ("the Secretary met 40 mayors", "the Deputy Secretary met 40 mayors", ["Deputy"]),
        ("She is a professor of policy", "She is an associate professor of policy", ["associate"]),
        # Another rank in its place is told as that; a full professor left a professor tells less.
        ("the Deputy Secretary met", "the Assistant Secretary met", []),
        ("a professor of policy", "a full professor of policy", []),
        ("President Biden said", "Vice President Harris and President Biden said", []),
    ],
)
def test_a_rank_before_a_title_left_out_is_told(quote: str, passage: str, left_out: list[str]) -> None:
    assert left_out_ranks(quote, passage) == left_out


@pytest.mark.parametrize(
    ("quote", "source", "changed"),
    [
        ("has provided a record $112 million", "has provided $112 million", (["record"], [])),
        ("more services than ever before", "more services", (["ever"], [])),
        ("its largest-ever package of $4 billion", "a package of $4 billion", (["largest-ever"], [])),
        ("the first-ever task force", "a new task force", (["first-ever"], [])),
        # The source's own record, kept.
        ("a record 12 companies", "a record 12 firms", None),
    ],
)
def test_a_record_put_in_is_told(
    quote: str, source: str, changed: tuple[list[str], list[str]] | None
) -> None:
    assert changed_closed_words(quote, source, RECORDS) == changed


@pytest.mark.parametrize(
    ("quote", "source", "changed"),
    [
        ("to guarantee economic security", "to strengthen economic security", (["guarantee"], [])),
        ("a project that ended GBV", "a project to combat GBV", (["ended"], [])),
        ("To eliminate the root causes", "To address the root causes", (["eliminate"], [])),
        ("financing to ensure recovery", "financing to promote recovery", (["ensure"], [])),
        ("To defeat the pandemic", "To combat the pandemic", (["defeat"], [])),
        # One for another says the same; the source's own kept.
        ("to guarantee access for 300 farms", "to ensure access for 300 farms", None),
        ("it eliminated 40 checkpoints", "it eliminated 40 roadblocks", None),
    ],
)
def test_a_result_told_as_sure_or_whole_is_told(
    quote: str, source: str, changed: tuple[list[str], list[str]] | None
) -> None:
    assert changed_closed_words(quote, source, OUTCOMES) == changed


@pytest.mark.parametrize(
    ("quote", "source", "kind", "changed"),
    [
        (
            "draws from months of experience",
            "draws from decades of experience",
            UNITS_OF_TIME,
            (["months"], ["decades"]),
        ),
        (
            "within weeks of taking office",
            "within months of taking office",
            UNITS_OF_TIME,
            (["weeks"], ["months"]),
        ),
        ("led an annual delegation", "led a delegation", RECURRING, (["annual"], [])),
        ("trained 300 judges yearly", "trained 300 judges", RECURRING, (["yearly"], [])),
        # A unit in the plural for the singular tells of more time: "for years" is not "for a year".
        ("for years of service", "for a year of service", UNITS_OF_TIME, (["years"], ["year"])),
        # One recurrence for another, or the source's own kept.
        ("an annual report", "a yearly report", RECURRING, None),
        ("a weekly market", "a weekly fair", RECURRING, None),
    ],
)
def test_a_unit_of_time_or_a_recurrence_told_otherwise_is_told(
    quote: str, source: str, kind: Kind, changed: tuple[list[str], list[str]] | None
) -> None:
    assert changed_closed_words(quote, source, kind) == changed


@pytest.mark.parametrize(
    ("quote", "source", "kind", "changed"),
    [
        (
            "has leveraged an increase of $189 million",
            "has leveraged an estimated $189 million",
            INCREASES,
            (["increase"], []),
        ),
        ("to access an additional $179 million", "to access $179 million", INCREASES, (["additional"], [])),
        (
            "has doubled deliveries to 17 million doses",
            "has delivered more than 17 million doses",
            INCREASES,
            (["doubled"], []),
        ),
        ("and including over 7,800 arrests", "and over 7,800 arrests", CONJUNCTIONS, None),
        (
            "activities, including over 7,800 arrests",
            "activities, and over 7,800 arrests",
            CONJUNCTIONS,
            (["including"], ["and"]),
        ),
        # One for another, or the source's own kept.
        ("an extra $3 million", "an additional $3 million", INCREASES, None),
        ("an increase of 40 clinics", "an increase of 40 posts", INCREASES, None),
    ],
)
def test_a_total_told_as_a_gain_or_a_part_is_told(
    quote: str, source: str, kind: Kind, changed: tuple[list[str], list[str]] | None
) -> None:
    assert changed_closed_words(quote, source, kind) == changed


@pytest.mark.parametrize(
    ("quote", "source", "changed"),
    [
        (
            "and thus far, critics estimate, 12 have done so",
            "and thus far, 12 have done so",
            (["estimate"], []),
        ),
        ("The U.S. Government, officials say, has reached", "The U.S. Government has reached", (["say"], [])),
        ("has reached, it claims, 465,000 youth", "has reached 465,000 youth", (["claims"], [])),
        ("is, officials admit, a small move", "is a small move", (["admit"], [])),
        ("we suspect that it is not enough", "we know that it is not enough", (["suspect"], [])),
        # One for another, or the source's own kept.
        ("Officials claimed that 300 clinics opened", "Officials said that 300 clinics opened", None),
        ("Critics argue the plan will fail", "Critics argue the plan may fail", None),
    ],
)
def test_a_word_of_saying_put_in_is_told(
    quote: str, source: str, changed: tuple[list[str], list[str]] | None
) -> None:
    assert changed_closed_words(quote, source, SAYING) == changed


@pytest.mark.parametrize(
    ("quote", "source", "kind", "changed"),
    [
        ("sanctioned despite their role in", "sanctioned for their role in", BEARING_ON, (["despite"], [])),
        (
            "because nearly 12,000 youth completed",
            "with nearly 12,000 youth completing",
            BEARING_ON,
            (["because"], []),
        ),
        ("fell because of the storm", "fell despite the storm", BEARING_ON, (["because"], ["despite"])),
        (
            "over 180,000 youth in other countries",
            "over 180,000 youth in these countries",
            REFERRED,
            (["other"], ["these"]),
        ),
        ("led by another agency", "led by the Department of Justice", REFERRED, (["another"], [])),
        (
            "has asked for $4 billion after it issued a call",
            "has asked for $4 billion and issued a call",
            ORDER_IN_TIME,
            (["after"], []),
        ),
        (
            "is not open before increasing aid",
            "is not open while increasing aid",
            ORDER_IN_TIME,
            (["before"], ["while"]),
        ),
        (
            "to improve the region’s child protection",
            "to improve the country’s child protection",
            PLACES_BY_SCALE,
            (["region's"], ["country's"]),
        ),
        (
            "11 million migrants in the region",
            "11 million migrants in our country",
            PLACES_BY_SCALE,
            (["region"], ["country"]),
        ),
        # One for another that says the same, or an apostrophe typed otherwise.
        ("fell though prices rose", "fell although prices rose", BEARING_ON, None),
        ("youth in those countries", "youth in these countries", REFERRED, None),
        ("our nation's engagement", "our country’s engagement", PLACES_BY_SCALE, None),
        ("to improve the country's services", "to improve the country’s services", PLACES_BY_SCALE, None),
        # Any apostrophe, or none, and the plural: the place is at its scale still.
        ("to improve the country‘s services", "to improve the country’s services", PLACES_BY_SCALE, None),
        ("to the regions most vulnerable", "to the region’s most vulnerable", PLACES_BY_SCALE, None),
    ],
)
def test_a_reason_a_reference_an_order_or_a_place_told_otherwise_is_told(
    quote: str, source: str, kind: Kind, changed: tuple[list[str], list[str]] | None
) -> None:
    assert changed_closed_words(quote, source, kind) == changed


@pytest.mark.parametrize(
    ("quote", "passage", "left_out"),
    [
        ("8,000 firms in Central America", "8,000 firms in northern Central America", ["northern"]),
        ("in the provinces, 300 clinics", "in the southern provinces, 300 clinics", ["southern"]),
        # Put for another (told as a bearing swapped), kept, or outside the quote's words.
        ("8,000 firms in southern Mexico", "8,000 firms in northern Mexico", []),
        ("8,000 firms in northern Central America", "8,000 firms in northern Central America", []),
        ("300 clinics opened", "In the southern provinces, 300 clinics opened", []),
    ],
)
def test_a_bearing_of_a_place_left_out_is_told(quote: str, passage: str, left_out: list[str]) -> None:
    assert left_out_bearings(quote, passage) == left_out
