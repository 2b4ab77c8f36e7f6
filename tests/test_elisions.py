"""What a quote's elisions leave out, read gap by gap (see rootcheck.text.elisions)."""

from __future__ import annotations

import pytest

from rootcheck.text.anchor import locate
from rootcheck.text.document import parse_document
from rootcheck.text.edges import cut_numbers
from rootcheck.text.elisions import Gap, edge_words, gaps, promised

SOURCE = (
    "Grants reached more than 4,500 farmers across the region. In June 2021, the program did not "
    "reach the coast; during the COVID-19 pandemic it trained 1,200 teachers and gave $2 million in "
    "grants. Donors have committed to give $3 million, under the administration's proposal."
)


@pytest.mark.parametrize(
    ("quote", "uncounted"),
    [
        ("Grants reached more than 4,500 ... across the region.", ("4,500", "farmers", None)),
        ("it trained 1,200 ... and gave $2 million", ("1,200", "teachers", None)),
        ("Grants reached more than 4,500 ... grants.", ("4,500", "farmers", "grants")),
        # Its magnitude left out is told as the number's bounds are, not here.
        ("gave $2 ... in grants", None),
        # A year, a number a clause ends with, and one of a name count nothing.
        ("In June 2021 ... the program did not reach the coast", None),
        ("In June 2021, ... the program did not reach the coast", None),
        ("during the COVID-19 ... it trained 1,200 teachers", None),
        # What follows the number is no word it counts.
        ("gave $2 million ... grants", None),
    ],
)
def test_a_number_whose_counted_words_an_elision_leaves_out(
    quote: str, uncounted: tuple[str, str, str | None] | None
) -> None:
    (gap,) = gaps(quote, SOURCE)
    assert gap.uncounted() == uncounted


@pytest.mark.parametrize(
    ("quote", "source", "uncounted"),
    [
        # A word or two between the number and the gap count what the gap leaves out with them.
        (
            "resulted in 74 U.S. ... charges against more than 200 individuals",
            "resulted in 74 U.S. convictions of members, foreign charges against more than 200 individuals",
            ("74 U.S.", "convictions of members", "charges against more"),
        ),
        (
            "over 107,000 disruption ... arrests",
            "over 107,000 disruption activities, and over 7,800 arrests",
            ("107,000 disruption", "activities", "arrests"),
        ),
        # A plural kept before the gap is what the number counts.
        (
            "over 150 individuals ... democracy",
            "over 150 individuals responsible for undermining democracy",
            None,
        ),
        # Words kept that are none of what the number counts ("12 have done so"), or all of it: what
        # follows them is no more of it ("recently", "rather than"), or they count many ("staff").
        ("12 have ... done so", "12 have already done so", None),
        ("nearly 12,000 youth ... completing", "nearly 12,000 youth recently completing", None),
        ("hired 501 local staff ... in 2022", "hired 501 local staff rather than consultants in 2022", None),
        ("trained 336 staff ... in Honduras", "trained 336 staff members from 12 NGOs in Honduras", None),
        # A name's number counts nothing: "Executive Order 14010".
        ("Order 14010 directed ... a strategy", "Order 14010 directed the making of a strategy", None),
        # A join or a list the number counts, cut to its first side; where the number opens its clause,
        # or its quote starts at its bounds, the join is its subject's.
        (
            "In addition, 18 individuals ... have been sanctioned",
            "In addition, 18 individuals and entities in El Salvador have been sanctioned",
            ("18 individuals", "and entities", None),
        ),
        (
            "approximately 47 companies ... have committed",
            "approximately 47 companies and organizations have committed",
            ("47 companies", "and organizations", None),
        ),
        (
            "reached more than 2,500 women ... in Guatemala with education and training",
            "reached more than 2,500 women, youth, and indigenous people in Guatemala with education and training",
            ("2,500 women", "youth, and indigenous people", None),
        ),
        (
            "trained 300 teachers ... last year",
            "trained 300 teachers and principals last year",
            ("300 teachers", "and principals", None),
        ),
        # A join's first side left out whole, the number just before the gap: the second side alone.
        (
            "In addition, 18 ... entities in El Salvador have been sanctioned",
            "In addition, 18 individuals and entities in El Salvador have been sanctioned",
            ("18", "individuals and", "entities"),
        ),
        (
            "trained more than 5,000 ... local government officials",
            "trained more than 5,000 national and local government officials",
            ("5,000", "national and", "local government officials"),
        ),
        # All the words before the noun left out: the number counts what it did, said more widely.
        (
            "trained more than 5,000 ... government officials",
            "trained more than 5,000 national and local government officials",
            None,
        ),
        # After a verb, the second side may be the subject of a clause of its own; and a side the quote
        # names after the gap is not left out.
        (
            "The storm destroyed 40 bridges ... were closed",
            "The storm destroyed 40 bridges and roads were closed",
            None,
        ),
        (
            "18 individuals ... entities in El Salvador",
            "18 individuals and other entities in El Salvador",
            None,
        ),
    ],
)
def test_a_number_a_word_or_two_before_an_elision_counts_what_it_leaves_out(
    quote: str, source: str, uncounted: tuple[str, str, str | None] | None
) -> None:
    (gap,) = gaps(quote, source)
    assert gap.uncounted() == uncounted


@pytest.mark.parametrize(
    ("left_out", "edges"),
    [
        (" rather than just ", ("rather than", "rather than just")),
        (" instead of ", ("instead of", "instead of")),
        (" rather than foreign consultants ", ("rather than", "consultants")),
        (" and not only ", ("and", "only")),
    ],
)
def test_a_pair_that_denies_is_one_edge(left_out: str, edges: tuple[str, str]) -> None:
    assert edge_words(left_out) == edges


@pytest.mark.parametrize(
    ("before", "left_out", "after", "apart"),
    [
        (
            "corruption in",
            " El Salvador, Guatemala, Honduras and ",
            "Nicaragua, rendering",
            (["El Salvador", "Guatemala", "Honduras"], "Nicaragua"),
        ),
        (
            "entities in El Salvador",
            " and Guatemala ",
            "have been sanctioned",
            (["Guatemala"], "El Salvador"),
        ),
        (
            "in El Salvador",
            ", Guatemala, and Honduras ",
            "is given directly to local groups",
            (["Guatemala", "Honduras"], "El Salvador"),
        ),
        # A list going on into a clause of its own: its last name is the clause's subject.
        ("40 advisers to Honduras", ", and Guatemala has received 12 more, officials ", "said", None),
        (
            "victims in",
            " Central American countries and ",
            "Mexico. Services",
            (["Central American countries"], "Mexico"),
        ),
        # At a quote's end (nothing after it): the names kept may be several, or a name and a plural it
        # qualifies; with no comma before "and", a verb after the list is that of its clause's subject,
        # unless the clause has a verb before the list, or the comma is there.
        (
            "corruption in El Salvador, Guatemala, Honduras",
            " and Nicaragua, rendering them",
            "",
            (["Nicaragua"], "El Salvador, Guatemala, Honduras"),
        ),
        (
            "740 victims in Central American countries",
            " and Mexico. Services",
            "",
            (["Mexico"], "Central American countries"),
        ),
        (
            "more than 2,400 youth in Guatemala",
            " and Honduras obtained new jobs",
            "",
            (["Honduras"], "Guatemala"),
        ),
        ("The ministry opened 40 clinics in Honduras", " and USAID built 20 more", "", None),
        ("About 300 teachers in Honduras", " and USAID staff in Guatemala took part", "", None),
        (
            "10% of aid in El Salvador",
            ", Guatemala, and Honduras is given",
            "",
            (["Guatemala", "Honduras"], "El Salvador"),
        ),
        ("40 advisers to Honduras", ", and Guatemala has received 12 more", "", None),
        # A list whose first name the gap leaves out, going on past it; or whose first the quote keeps.
        ("education in", " El Salvador, ", "Guatemala, and Honduras.", (["El Salvador"], "Guatemala")),
        ("programs El Salvador,", " Guatemala, and ", "Honduras have trained", (["Guatemala"], "Honduras")),
        # The list's last join kept after the gap, as a slipped part may be placed too.
        (
            "programs in El Salvador",
            ", Guatemala, ",
            "and Honduras have trained",
            (["Guatemala"], "Honduras"),
        ),
        (
            "reached more than 465,000 youth",
            " through support for education in areas of high out-migration in El Salvador, Guatemala, ",
            "and Honduras",
            (["El Salvador", "Guatemala"], "Honduras"),
        ),
        ("The ministry opened 40 clinics", " in the north ", "and USAID built 20 more", None),
        # No list of names, or none left out of one: an aside, an appositive, one name with "and" in it.
        ("Since 2021,", " working with partners in Honduras and Guatemala, ", "USAID has trained", None),
        ("Alejandro Giammattei", ", Guatemala's president, ", "pledged to hire", None),
        ("The Fund for Education", " and Health ", "trained 408 teachers", None),
        ("The U.S.", " Government has ", "provided", None),
        ("aid to", " the region and ", "Guatemala", None),
        ("The program", " did not reach the coast; ", "It also built", None),
        # A sentence's opening phrase, a comma, then names: places listed, as far as words tell. Who
        # spoke ("Speaking in Tegucigalpa, Castro and Harris said") reads the same, and is refused too.
        (
            "Hiring in Guatemala",
            ", Honduras and El Salvador ",
            "added 30,000 jobs",
            (["Honduras", "El Salvador"], "Guatemala"),
        ),
        ("Officials in Tegucigalpa", ", Choluteca and Yoro ", "said", (["Choluteca", "Yoro"], "Tegucigalpa")),
        (
            "Training in Tegucigalpa",
            ", Choluteca and Yoro ",
            "lasted 40 days",
            (["Choluteca", "Yoro"], "Tegucigalpa"),
        ),
        # "each" and a verb say of each name what they say of all; not "each year", nor of names placing.
        ("Within USAID", ", Guatemala and ", "Honduras each have a mission", None),
        ("gave $6 million to", " Guatemala and ", "Honduras each year", (["Guatemala"], "Honduras")),
        ("The 45 schools in", " Guatemala and ", "Honduras each received", (["Guatemala"], "Honduras")),
    ],
)
def test_names_an_elision_leaves_out_of_a_list(
    before: str, left_out: str, after: str, apart: tuple[list[str], str] | None
) -> None:
    assert Gap(before, left_out, after).names_apart() == apart


def test_another_number_an_elision_leaves_out_is_told() -> None:
    gap = Gap(
        "reached more than 50,000 youth",
        " and supported over 180,000 at-risk youth in these countries ",
        "to resist gangs",
    )
    assert gap.other_number() == "180,000 at-risk youth"
    # Only where the quote has a number before the gap; and a year counts nothing.
    assert Gap("The fund", " paid 40 nurses and ", "hired doctors").other_number() is None
    assert Gap("It paid 40 nurses", " in 2021 and ", "more").other_number() is None


def test_what_a_number_after_an_elision_is_of_is_told() -> None:
    gap = Gap("74 convictions of", " members of gangs, foreign charges against ", "more than 200 individuals")
    assert gap.governing() == "foreign charges against"
    # A list's item left out with no word the number is of, or no number after the gap.
    assert Gap("trained 400 judges", ", 50 prosecutors and ", "300 police officers").governing() is None
    assert Gap("74 convictions of", " members, charges against ", "several people").governing() is None


def test_a_number_whose_counted_words_go_on_past_the_elision_keeps_them() -> None:
    # An adjective left out, the noun the number counts kept: it counts what the source's does.
    (gap,) = gaps("Schools hired 300 ... nurses in 2022.", "Schools hired 300 new rural nurses in 2022.")
    assert gap.uncounted() is None


@pytest.mark.parametrize(
    ("quote", "left_out", "within"),
    [
        ("the program did ... reach the coast", " not ", True),
        ("Donors have ... give $3 million", " committed to ", True),
        (
            "across the region. ... it trained 1,200 teachers",
            " In June 2021, the program did not reach the coast; during the COVID-19 pandemic ",
            False,
        ),
    ],
)
def test_what_an_elision_leaves_out_and_whether_within_one_clause(
    quote: str, left_out: str, within: bool
) -> None:
    (gap,) = gaps(quote, SOURCE)
    assert (gap.left_out, gap.within_a_clause) == (left_out, within)


def test_an_initial_s_point_ends_no_clause() -> None:
    source = "The task force will include U.S. prosecutors. It will meet in Washington, D.C. and Miami."
    (gap,) = gaps("The task force ... prosecutors.", source)
    assert (gap.left_out, gap.within_a_clause) == (" will include U.S. ", True)
    (gap,) = gaps("The task force ... Miami.", source)
    assert not gap.within_a_clause


def test_initials_end_a_sentence_before_a_word_that_opens_one() -> None:
    source = (
        "Harris plans a trip to discuss migration to the U.S. Her role includes asking companies to invest."
    )
    (gap,) = gaps("Harris plans a trip ... to invest.", source)
    assert (gap.joins_sentences, gap.within_a_clause) == (True, False)
    (gap,) = gaps(
        "It trained ... built 12 courts.", "It trained judges for the U.S. Government and built 12 courts."
    )
    assert (gap.joins_sentences, gap.within_a_clause) == (False, True)
    # Nor before a word joined by a hyphen: "U.S. In-Country".
    (gap,) = gaps("It ran ... programs.", "It ran the U.S. In-Country programs.")
    assert (gap.joins_sentences, gap.within_a_clause) == (False, True)


def test_a_noun_naming_a_promise_left_out_promises_nothing() -> None:
    assert promised(" committed to ") == ["committed"]
    assert promised(" under the administration's proposal, ") == []


def test_a_slipped_quote_has_no_gaps_to_read() -> None:
    assert gaps("Grants reached over 4,500 ... across the region.", SOURCE) == []
    assert gaps("Grants reached more than 4,500 farmers across the region.", SOURCE) == []


def test_an_aside_between_commas_is_a_clause_of_its_own() -> None:
    source = "The ministry, which did not respond to requests for comment, trained 4,000 teachers."
    (gap,) = gaps("The ministry ... trained 4,000 teachers.", source)
    assert gap.within_a_clause and gap.an_aside
    (gap,) = gaps("The ministry, which did ... respond to requests", source)
    assert not gap.an_aside


@pytest.mark.parametrize(
    ("quote", "source", "edges"),
    [
        ("The ministry trained 4,000 teachers ... in 2022.",
         "The ministry trained 4,000 teachers who would otherwise have left the profession in 2022.",
         ("who", "profession")),
        ("has ... decreased", "has not decreased", ("not", "not")),
        # An infinitive's "to" bears the word before it.
        ("have ... invest", "have committed to invest", ("committed", "committed to")),
        ("companies ... invest", "companies have committed to invest", ("have", "committed to")),
        # An auxiliary first bears no more than its own verb: "not" here bears on "funded", not "reached".
        ("The program ... reached", "The program was not funded until 2020 but reached", ("was", "but")),
    ],
)  # fmt: skip
def test_the_words_an_elision_leaves_out_at_its_edges(
    quote: str, source: str, edges: tuple[str, str]
) -> None:
    (gap,) = gaps(quote, source)
    assert gap.edges == edges


def test_an_aside_whose_comma_the_quote_keeps_is_an_aside_still() -> None:
    source = "The ministry, which did not respond to requests for comment, trained 4,000 teachers."
    (gap,) = gaps("The ministry, ... trained 4,000 teachers.", source)
    assert gap.an_aside


@pytest.mark.parametrize(
    ("quote", "source", "uncounted"),
    [
        # The source's number counts survivors: "GBV" after the elision is another thing.
        ("to more than 30,000 ... GBV in Honduras",
         "to more than 30,000 survivors of GBV in Honduras", ("30,000", "survivors of GBV", "GBV")),
        # (What a number counts stops at a word in -ing, as a verb would start there.)
        ("740 ... of human trafficking", "740 victims of human trafficking", ("740", "victims of human", "human")),
        ("more than 5,000 ... officials to implement",
         "more than 5,000 national and local government officials to implement", None),
    ],
)  # fmt: skip
def test_the_words_after_an_elision_must_name_what_the_number_counts(
    quote: str, source: str, uncounted: tuple[str, str, str] | None
) -> None:
    (gap,) = gaps(quote, source)
    assert gap.uncounted() == uncounted


def test_a_number_in_words_whose_counted_words_an_elision_leaves_out() -> None:
    source = (
        "a project to combat GBV in six municipalities in northern Honduras with high areas of out-migration."
    )
    (gap,) = gaps("to combat GBV in six ... areas of out-migration.", source)
    assert gap.uncounted() == ("six", "municipalities", "areas of out-migration")


def test_a_part_of_one_word_that_goes_on_a_number_cuts_it() -> None:
    doc = parse_document("The drought displaced about two million people.\n")
    quote = "The drought displaced ... million"
    assert cut_numbers(quote, doc, locate(doc, quote)) == [("million", "two million")]
