"""Figure parsing: golden cases as data, refusals, and a round-trip property."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from rootcheck.checks.slips import unit_case
from rootcheck.model import AnchorStatus, Qualifier, Quantity, Span
from rootcheck.render.format import amount
from rootcheck.text.anchor import locate, locate_figure
from rootcheck.text.candidates import figure_candidates
from rootcheck.text.document import parse_document
from rootcheck.text.edges import cut_numbers, figure_readings
from rootcheck.text.figures import FigureError, counts_by_article, number_words, parse_figure
from rootcheck.text.longer import longer_in_source, longer_number
from rootcheck.text.meaning import changed_count
from rootcheck.text.nounbounds import noun_bounds
from rootcheck.text.nouns import counted_words
from rootcheck.text.numbers import number_keys, number_phrases
from rootcheck.text.qualifiers import QUALIFIERS
from rootcheck.text.reading import figure_at, figure_read
from rootcheck.text.wordbounds import figure_in_quote

CASES: list[list[Any]] = yaml.safe_load((Path(__file__).parent / "cases" / "figures.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_golden_figure(case: list[Any]) -> None:
    text, value, qualifier, currency, percent, unit = case
    assert parse_figure(text).as_dict() == {
        "value": value,
        "qualifier": qualifier,
        "currency": currency,
        "percent": percent,
        "unit": unit,
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the figure is empty"),
        ("many jobs", "no number at the start of 'many jobs'"),
        ("U.S. convictions", "no number at the start of 'U.S. convictions'"),
        ("64 U.S. companies from 22 states", "more than one number in the figure"),
        ("two thirds of 300 staff", "'two thirds' of another number is not worked out"),
        ("half a percent", "'half' of another number is not worked out: claim the number the source gives"),
        ("1/3 of 300 staff", "'1/3' of another number is not worked out"),
        ("¾ of a percent", "'¾' of another number is not worked out"),
        # In digits, a fraction is one only of something: a date, a schedule or a name is none.
        ("3/4/2022", "more than one number in the figure"),
        ("24/7", "more than one number in the figure"),
        ("9/11 victims", "more than one number in the figure"),
        ("4/3 of the budget", "more than one number in the figure"),  # more than its whole
        # No mixed number after a year, nor of something: "In 2019 1/3 of households", "March 3 1/2 of".
        ("2019 1/3 of households", "more than one number in the figure"),
        ("3 1/2 of the migrants", "more than one number in the figure"),
        ("5 jobs and half the funds", "more than one number in the figure"),
        ("5,000 jobs and two-thirds of the funds", "more than one number in the figure"),
        ("5 Jobs and Half the Funds", "more than one number in the figure"),
        ("300 3-bedroom homes", "more than one number in the figure"),  # a measure's number, no name's
        ("200 people-40 of them children", "more than one number in the figure"),  # a count and a dash
        ("45 Clinics-12 Of Them New", "more than one number in the figure"),  # a name is in capitals
        ("40 Jobs-12 Of Them New", "more than one number in the figure"),  # nor a word in a headline
        ("12 schools and dozens of clinics", "more than one number in the figure"),  # a plural is a number
        ("scores of 80 percent", "no number at the start"),  # a test's scores, no count
        ("tens", "no number at the start"),  # banknotes, but before "of"
        ("1,5 million people", "'1,5' is not a number rootcheck can read"),  # a decimal comma, not 15 million
        ("a few", "a 'few' states no number"),  # not 1, as "a clinic" is
        ("a handful of cases", "a 'handful' states no number"),
        ("a majority of applicants", "a 'majority' states no number"),
        ("several thousand families", "'several' states no number"),  # as "a few" states none
        ("Several dozen agencies", "'Several' states no number"),
        ("many thousands of people", "'many' states no number"),
        ("hundred families", "'hundred' alone states no number"),  # not 100: "several hundred" cut
        ("dozen agencies", "'dozen' alone states no number"),  # not 12
        ("thousand families", "'thousand' alone states no number"),
        ("1,000s of migrants", "'1,000s' is a plural or a decade, not a number"),  # not exactly 1,000
        ("2021 300 families", "more than one number in the figure"),  # a year's four digits group nothing
        (
            "12\u00a0000,5 tonnes",
            "more than one number in the figure",
        ),  # nor do groups before a decimal comma
        ("12 000 families", "a plain space groups no thousands, a no-break or thin one does"),
        ("the 1990s", "no number at the start"),
        ("1990s", "'1990s' is a plural or a decade, not a number"),
        ("300 plus 200 more", "more than one number in the figure"),  # a sum, no bound
        ("31 March", "'31 March' is a date"),
        ("3pm", "'3pm' is a time of day"),
        ("5 mil", "'5 mil' is a million in English and a thousand in Spanish"),
        ("a two-year program", "more than one number in the figure"),  # not 3: "a" is no "one" here
        (
            "a proposed $4 billion package",
            "'a' counts one thing, yet a number follows it: start the figure at",
        ),
        ("a 3 million project", "'a' counts one thing, yet a number follows it"),
        ("a 5-year plan", "more than one number in the figure"),  # one plan, of five years
        ("USD 112 million", "'USD' before a number is not read as a currency"),
        ("chf 5 million", "'chf' before a number is not read as a currency"),
        ("a five-year, $300 million initiative", "'a' counts one thing, yet a number follows it"),
        ("300 staff, one-quarter of them women", "more than one number in the figure"),
        ("9" * 15 + "0" * 400 + " people", "the number is too large to read"),
        ("9" * 400 + " people", "the number is too large to read"),
        # No ratio: within a time, in a year, more than the whole, of nothing.
        ("5 in 10 days", "more than one number in the figure"),
        ("one in 2022", "more than one number in the figure"),
        ("6 in 5 schools", "more than one number in the figure"),
        ("one in zero", "more than one number in the figure"),
        ("$5 in 10 states", "more than one number in the figure"),  # a sum, not a share
        ("3 cases per 1,000 births and 5 deaths", "more than one number in the figure"),
        # "N in M" that is an age, a label or a dozen, not a ratio.
        ("under 5 in 20 districts", "more than one number in the figure"),
        ("a dozen in 40 countries", "more than one number in the figure"),
        ("5 in 10 working days", "more than one number in the figure"),
        ("2+2 contracts", "more than one number in the figure"),  # a sum, not "at least 2"
        ("one thousand and five thousand people", "more than one number in the figure"),  # a range's ends
        ("ten thousand ten-year bonds", "more than one number in the figure"),  # not 10,010 bonds
        ("two thousand, three hundred people", "more than one number in the figure"),
        # A group before a measure in the singular is the measure's: not 10,010 bonds nor 5,003 children.
        ("ten thousand ten year bonds", "more than one number in the figure"),
        ("a thousand five star reviews", "more than one number in the figure"),
        ("one thousand zero", "more than one number in the figure"),
        # Number words one after another are no sum: "one two" is not three.
        ("one two people", "more than one number in the figure"),
        ("five six towns", "more than one number in the figure"),
        # Measures in the singular, and a time counted after a group, are no part of the number.
        ("one thousand five litre water containers", "more than one number in the figure"),
        ("a thousand two bedroom apartments", "more than one number in the figure"),
        ("four thousand two years later", "more than one number in the figure"),
        ("one thousand five hundred dollar grants and 3 loans", "more than one number in the figure"),
        # A unit joined to a word is the word's, not the end of the number before it: not 301 schools,
        # 21 payments nor 99 leases.
        ("three hundred one-room schools", "more than one number in the figure"),
        ("a hundred and one-day loans", "more than one number in the figure"),
        ("twenty one-off payments", "more than one number in the figure"),
        ("ninety nine-year leases", "more than one number in the figure"),
        # Whatever the word joined, a range's "-to-" too; and whatever the hyphen, en dash too.
        ("twenty one-to-one sessions", "more than one number in the figure"),
        ("three hundred one\u2013room huts", "more than one number in the figure"),
        ("ninety nine\u2011year deals", "more than one number in the figure"),
        ("ninety nine\u2212year deals", "more than one number in the figure"),  # a minus sign
        # An ordinal counts nothing: no twenty anniversaries.
        ("twenty-first anniversary", "'twenty-first' is an ordinal, which counts nothing"),
        ("21st anniversary", "'21st' is an ordinal, which counts nothing"),
        ("five thousand three year olds", "more than one number in the figure"),
        ("two thousand dozen eggs", "more than one number in the figure"),  # not 2,012
        ("one thousand one third", "more than one number in the figure"),
        # A helping verb starts a clause: the site would publish "have done so" as what is counted.
        ("12 have done so", "“have” starts a clause, not what is counted"),
        ("300 teachers were trained", "“were” starts a clause"),
        ("$5 million is", "“is” starts a clause"),
        ("3 claims WERE", "“WERE” starts a clause"),  # a headline's capitals; a name's "Are" is none
        # A float rounds a seventeenth digit: "…567" and "…568" would read as one number.
        ("12,345,678,901,234,567 workers", "it would be read rounded, as 12,345,678,901,234,568: a float"),
        ("9,007,199,254,740,993 jobs", "it would be read rounded, as 9,007,199,254,740,992: a float"),
        ("0.12345678901234567 tonnes", "it would be read rounded, as 0.12345678901234566: a float"),
        # A digit mark joined to a number or its magnitude: a power (40² is 1,600) or a footnote's mark.
        ("40² families", "“40²” is raised to a power or marked for a footnote"),
        (
            "$4.2 billion¹ in aid",
            "“billion¹” carries a footnote's mark, which a figure leaves out: end it at “billion”",
        ),
        ("4,500① farmers", "“4,500①” is raised"),
        (
            "4 million people¹",
            "“people¹” carries a footnote's mark, which a figure leaves out: end it at “people”",
        ),
        ("10⁶ doses", "“10⁶” is raised"),
    ],
)
def test_refused(text: str, message: str) -> None:
    with pytest.raises(FigureError, match=message.replace("(", r"\(").replace(".", r"\.")):
        parse_figure(text)


@pytest.mark.parametrize(
    ("figure", "shown"),
    [
        ("nearly two-thirds of migrants", "two-thirds, a share (read as 66.7%)"),
        ("half of the funds", "half, a share (read as 50%)"),
        ("some ⅓ of households", "⅓, a share (read as 33.3%)"),
        ("nearly 1/3 of households", "1/3, a share (read as 33.3%)"),
        ("one in five children", "one in five, a share (read as 20%)"),
        ("1 in 10 million people", "1 in 10 million, a share (read as 0.00001%)"),  # not "0%"
        ("1 in 2,000 births", "1 in 2,000, a share (read as 0.05%)"),  # not "0.1%"
        ("1 in 700", "1 in 700, a share (read as 0.14%)"),
        ("one-out-of-five children", "one-out-of-five, a share (read as 20%)"),
        ("$4.2bn", "$4.2 billion"),
        # A minus sign before it all, as a reader writes a fall.
        ("-$3 million", "\u2212$3 million"),
        ("\u22125 percent", "\u22125%"),
    ],
)
def test_a_fraction_is_shown_with_the_share_it_is_read_as(figure: str, shown: str) -> None:
    assert amount(parse_figure(figure), figure) == shown


def test_us_is_not_a_currency() -> None:
    assert parse_figure("74 U.S. convictions").currency is None


def test_figure_must_be_in_the_quote() -> None:
    quote = "foreign government charges against more than 200\u00a0individuals"
    where = Span(quote.index("more"), len(quote))
    assert figure_in_quote(quote, "more than 200 individuals") == where
    assert figure_in_quote(quote, "MORE THAN 200 individuals") == where
    assert figure_in_quote(quote, "more than 20 individuals") is None
    assert figure_in_quote(quote, "more than 2000 individuals") is None
    assert figure_in_quote(quote, " ") is None


MAGNITUDE_WORDS = {"": 1.0, " thousand": 1e3, " million": 1e6, " billion": 1e9}


@given(
    whole=st.integers(min_value=0, max_value=999_999),
    decimals=st.integers(min_value=0, max_value=99),
    magnitude=st.sampled_from(sorted(MAGNITUDE_WORDS)),
    qualifier=st.sampled_from(sorted(QUALIFIERS)),
    dollars=st.booleans(),
)
def test_written_figures_parse_back_to_their_value(
    whole: int, decimals: int, magnitude: str, qualifier: str, dollars: bool
) -> None:
    numeral = f"{whole:,}" + (f".{decimals:02d}" if decimals else "")
    space = " " if qualifier[0].isalpha() else ""  # a sign of a qualifier is joined to its number
    text = f"{qualifier}{space}{'$' if dollars else ''}{numeral}{magnitude} people"
    quantity = parse_figure(text)
    expected = float(numeral.replace(",", "")) * MAGNITUDE_WORDS[magnitude]
    assert quantity.value == pytest.approx(expected)
    assert quantity.qualifier is QUALIFIERS[qualifier]
    assert quantity.currency == ("USD" if dollars else None)
    assert quantity.unit == "people"


@pytest.mark.parametrize("written", ["exactly 47 shelters", "Exactly 47 shelters"])
def test_a_number_said_to_be_exact_is_read_as_a_bare_one(written: str) -> None:
    assert parse_figure(written) == parse_figure("47 shelters")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("create and sustain more than |90,000 jobs.", "more than 90,000"),
        ("sustain **more than** |90,000 jobs", "more than 90,000"),
        ("sustain more\n    than |90,000 jobs", "more than 90,000"),
        ("reached no fewer than |90,000 jobs", "no fewer than 90,000"),
        ("access more than $|179 million in financing", "more than $179 million"),
        ("access US$ |179 million", "US$179 million"),
        ("access |179 million dollars in financing", "179 million dollars"),
        ("fell by |40 percent or more in some sectors", "40 percent or more"),  # a bound after the percent
        ("for an estimated |90,000 jobs", "an estimated 90,000"),
        ("the agency estimated |90,000 jobs", "90,000"),  # a verb
        ("recovered |90,000 jobs", "90,000"),  # "over" only as a word of its own
        ("in 2021, |90,000 jobs", "90,000"),
        ("|90,000 jobs", "90,000"),
        ("It reached up to\n\n|90,000 jobs", "90,000"),  # another paragraph's words
        ("about |17 percent of aid", "about 17 percent"),
        ("delivered |millions of doses", "millions of"),
        ("delivered |tens of thousands of doses", "tens of thousands of"),  # read whole, at least 20,000
        ("may need up to |hundreds of thousands of tents", "up to hundreds of thousands of"),
        ("gave |4 million dollars", "4 million dollars"),
        ("gave |500 dollars or more to each", "500 dollars or more"),  # a bound after the currency's word
        ("sent |500 dollars and over two years built", "500 dollars"),  # but not before a number
        ("sent |500 dollars and over half of it went", "500 dollars"),  # nor before what is no verb
        ("It hired |40 and over tens of thousands applied", "40"),  # nor before a plural that counts
        ("It hired |41 and over scores of nurses quit", "41"),
        ("Residents aged |65 and over make up 12%", "65 and over"),  # but before one
        ("Adults |21 and over from Friday may buy it", "21 and over"),  # or a word of time
        ("Adults |18 and up from across the country apply", "18 and up"),  # "up from" but a number
        ("Patients |50 and over each got a booster", "50 and over"),
        ("Adults |18 and older can apply", "18 and older"),  # an age's bound, at least 18
        ("Children aged |5 and under were vaccinated", "5 and under"),  # at most 5
        ("Rooms cost $|20 and below, taxes included", "$20 and below"),
        ("It covers children |12 and under.", "12 and under"),
        ("He fined |40 and under the new law jailed 3", "40"),  # "under" governing what follows
        ("Of the cases, |12 and under review were closed", "12"),
        ("It deported |300 and under Title 42 expelled more", "300"),  # a capitalised word
        ("Inflation hit |3 percent and below target", "3 percent"),  # a mark
        ("Growth stood at |2 percent and above average", "2 percent"),
        ("They sent |12 and under 20 stayed", "12"),  # a number
        ("He was held |45 and under house arrest", "45"),  # only a verb, relative or preposition follows one
        ("Children |5 and under suffer most", "5 and under"),
        ("Inflation came in at |1.9% and below market expectations", "1.9%"),
        ("Pupils |11 and above targets struggling readers", "11 and above"),  # "targets" as often a verb
        ("Judge Morales, |62 and older than any other nominee", "62"),  # a comparison
        ("Staff were paid $|200 or less than half what they were owed", "$200"),
        ("In all, |1,200 or more of the nurses left", "1,200 or more"),  # of a whole: at least 1,200 of them
        ("Unemployment stood at |7 percent and up from 6 percent", "7 percent"),  # "up" as rising
        ("The |20 or so police officers were there", "20 or so"),  # "or so" before no clause
        ("It found |five or more family members", "five or more"),  # nor an adverb its own
        ("charged |5,000 dollars or so he claims", "5,000 dollars"),  # nor "or so" before a clause
        ("lost |300 dollars or more importantly his passport", "300 dollars"),  # nor before an adverb
        ("The fine is |500 dollars or under 12,000 lempiras", "500 dollars"),  # nor before a number
        ("The grant totalled $|5 M. It runs", "$5 M"),  # a magnitude's letter ends the sentence
        # A qualifier after what opens an aside or a quotation, or a dash; not one a hyphen joins to a word.
        ("The fund (nearly $|420 million) was spent", "nearly $420 million"),
        ("The program\u2014over |8,000 firms\u2014hired", "over 8,000"),
        ("They reported \u201cabout |7,800 arrests\u201d", "about 7,800"),
        ("The fund -nearly |300 files- was spent", "nearly 300"),
        ("After the hand-over |300 files remained", "300"),
        ("The left\u2011over |40 tonnes were sold", "40"),
    ],
)
def test_a_figure_is_read_with_what_bounds_its_number(text: str, written: str) -> None:
    at = text.index("|")
    found = figure_at(text.replace("|", ""), at)
    assert found is not None and found.text == written
    # Read as the figure it reads would be, on its own and parsed.
    alone = figure_read(written)
    assert alone is not None and found.bounded_as(alone) and found.counts_as(alone)
    quantity = parse_figure(written)
    assert (found.qualifier, found.currency, found.percent) == (
        quantity.qualifier,
        quantity.currency,
        quantity.percent,
    )


@given(
    qualifier=st.sampled_from(sorted(q for q in QUALIFIERS if q != "estimated")),
    sign=st.sampled_from(["", "$", "€"]),
    gap=st.sampled_from([" ", "\u00a0", "\n  ", "** "]),
)
def test_every_qualifier_and_currency_is_read_before_a_number(qualifier: str, sign: str, gap: str) -> None:
    # A sign of a qualifier ("<") is one only joined to its number: apart, it may be an arrow's head.
    gap = gap if qualifier[0].isalpha() else ""
    before = f"The program reached {qualifier.upper()}{gap}{sign}"
    found = figure_at(before + "12 towns.", len(before))
    # A sign of a qualifier ("<") is written against its number, a word of one ("over") apart from it.
    spaced = f"{qualifier} " if qualifier[0].isalpha() else qualifier
    assert found is not None and found.text == f"{spaced.upper()}{sign}12"
    assert found.qualifier is QUALIFIERS[qualifier]
    assert found.currency == {"": None, "$": "USD", "€": "EUR"}[sign]
    assert number_words(f"{spaced}{sign}12 million towns") == "12 million"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("> 40 percent of families", Qualifier.EXACT),  # a Markdown quotation's mark
        ("clinics -> 40 new sites", Qualifier.EXACT),  # an arrow's head
        ("children aged < 5 years", Qualifier.LESS_THAN),  # after a word, a sign a space apart
        ("voters aged ≥ 18", Qualifier.AT_LEAST),
        ("is >40 percent", Qualifier.MORE_THAN),
    ],
)
def test_a_sign_bounds_its_number_where_it_can_be_nothing_else(text: str, qualifier: Qualifier) -> None:
    at = next(i for i, char in enumerate(text) if char.isdigit())
    found = figure_at(text, at)
    assert found is not None and found.qualifier is qualifier


def test_a_figure_that_counts_by_its_article_has_no_number_to_read() -> None:
    assert number_words("an Anticorruption Task Force") is None
    assert number_words("millions of vaccine doses") == "millions of"


def test_a_candidate_figure_ends_with_its_sentence() -> None:
    assert figure_candidates("90,000 jobs. Additionally, 12 firms") == ["90,000 jobs", "12 firms"]
    # "40" of "40²" is no figure; a unit written with a raised digit is.
    assert figure_candidates("served 40² families and 12 schools") == ["12 schools"]
    assert figure_candidates("planted 300 km² in all") == ["300 km²"]
    assert figure_candidates("more than 74 U.S. convictions") == ["more than 74 U.S. convictions"]
    # A qualifier's own words do not end the counted noun.
    assert figure_candidates("up to 6,000 additional temporary work visas") == [
        "up to 6,000 additional temporary work visas"
    ]
    assert figure_candidates("as many as 12 towns in 2021") == ["as many as 12 towns"]  # a year is no figure
    # A bare "estimated" is a verb, as a quote is read against its source; "an estimated", a qualifier.
    assert figure_candidates("the agency estimated 63% of households") == ["63% of households"]
    assert figure_candidates("leveraged an estimated $189 million") == ["an estimated $189 million"]


@pytest.mark.parametrize(
    ("quote", "candidates"),
    [
        (
            "approximately 47 companies and organizations have committed to invest",
            ["approximately 47 companies and organizations"],
        ),
        (
            "trained more than 5,000 national and local government officials to implement",
            ["more than 5,000 national and local government officials"],
        ),
        ("In addition, 18 individuals and entities in El Salvador", ["18 individuals and entities"]),
        # A number written as one, as figures read it; a bound after a currency's word.
        ("The census counted 12\u00a0000 families", ["12\u00a0000 families"]),
        ("Displaced: 12\u00a0000", ["12\u00a0000"]),  # its space no word's end
        ("The program reached 2½ million people", ["2½ million people"]),
        ("The ministry pledged $5 M for shelters", ["$5 M"]),
        ("Each family received 500 dollars or more in aid", ["500 dollars or more"]),
        # A bound written apart after the number is the figure's; the noun follows one of "or", and
        # one of "and" ends the figure, as an age's does.
        ("It trained 500 or more teachers", ["500 or more teachers"]),
        ("It trained 500 or so teachers in 2021", ["500 or so teachers"]),
        # A bound after the noun is the figure's too, but where it bounds nothing.
        ("The caravan carried 650 people or more when it crossed", ["650 people or more"]),
        ("It paid 200 dollars a month or less in rent", ["200 dollars a month or less"]),
        ("It housed 120 families or more precisely 118", ["120 families", "118"]),
        ("It served 40 meals or more than it could cook", ["40 meals"]),
        ("The clinic needs 40 nurses or more doctors", ["40 nurses"]),
        ("The ministry will open 15 new schools or more next year", ["15 new schools or more"]),
        ("Loans of 500 dollars or more require a guarantor", ["500 dollars or more"]),
        # Within the noun, a bound ends the figure where it is one, and is left out where it is none.
        ("Citizens aged 18 years or older may register online", ["18 years or older"]),
        ("The chain opened 300 stores and up to 500 kiosks", ["300 stores", "up to 500 kiosks"]),
        ("Firms with 250 staff and under count as small", ["250 staff and under"]),
        (
            "Residents aged 65 and over make up 12% of the population",
            ["65 and over", "12% of the population"],
        ),
        ("Children aged 5 and under were vaccinated", ["5 and under"]),
        ("It deported 40 and under the new law", ["40"]),
        ("Seniors 65 or older pay half fare", ["65 or older", "half fare"]),
        # A noun running into another clause leaves the bound to end the figure.
        ("Households of five or fewer receive one parcel", ["five or fewer", "one parcel"]),
        # What follows "and" is another clause or figure: a verb, a determiner, a number of its own.
        ("created 90,000 jobs and helped 8,000 firms", ["90,000 jobs", "8,000 firms"]),
        ("90,000 jobs and supports 8,000 firms", ["90,000 jobs", "8,000 firms"]),
        ("90,000 jobs and the region's economy", ["90,000 jobs"]),
        ("90,000 jobs and two new schools", ["90,000 jobs", "two new schools"]),
        # A number counting things in the plural does not count a noun joined that names none; one in a
        # phrase with "of", or what a share or a sum is of, may be joined whatever its number.
        (
            "The United States has provided millions of vaccine doses and hurricane relief to the region.",
            ["millions of vaccine doses"],
        ),
        ("created 8,000 jobs and economic growth", ["8,000 jobs"]),
        ("5 million dollars and technical assistance", ["5 million dollars"]),
        ("20 men and women", ["20 men and women"]),
        ("300 teachers and staff attended", ["300 teachers and staff"]),
        ("thousands of families and children", ["thousands of families and children"]),
        ("sent 300 tons of food and medicine to", ["300 tons of food and medicine"]),
        (
            "30 percent of schools and health infrastructure",
            ["30 percent of schools and health infrastructure"],
        ),
        ("$5 million of supplies and equipment", ["$5 million of supplies and equipment"]),
        # A comma ends the noun: the count is of states alone.
        ("22 states, the District of Columbia, and Puerto Rico", ["22 states"]),
        # A list of nouns closed by "and" or "or" is counted whole; a name, a clause, or one noun after a
        # comma and "and" is no list.
        (
            "reached more than 2,500 women, youth, and indigenous people in",
            ["more than 2,500 women, youth, and indigenous people"],
        ),
        ("500 teachers, nurses and doctors attended", ["500 teachers, nurses and doctors"]),
        ("With 500 employees, Acme and its partners", ["500 employees"]),
        ("some 300 families, mostly women and children", ["some 300 families"]),
        ("created 5,000 jobs, and families benefited", ["5,000 jobs"]),
        ("hired 300 nurses, doctors said, and more", ["300 nurses"]),
        ("300 nurses, doctors, and", ["300 nurses"]),
        # A number joined to a name is part of the name.
        ("The COVID-19 pandemic and two severe hurricanes in 2020", ["two severe hurricanes"]),
        # A verb, a pronoun or an adverb after "and" starts another clause; "counting" alone is no noun.
        ("helped 90,000 people and gave them jobs", ["90,000 people"]),
        ("created 90,000 jobs and built schools", ["90,000 jobs"]),
        ("trained 1,200 teachers and then hired them", ["1,200 teachers"]),
        ("90,000 jobs and counting", ["90,000 jobs"]),
        # A past form after a noun's first word ends it.
        ("90,000 migrants said they would stay", ["90,000 migrants"]),
        # So does a past form in -ed that starts a clause; one before a noun describes it.
        ("About 100 people attended the forum.", ["About 100 people"]),
        ("5 firms hired a third-party auditor", ["5 firms"]),
        ("It opened 12 newly built schools.", ["12 newly built schools"]),
        ("50 large registered companies joined", ["50 large registered companies"]),
        ("3 sacks of seed in", ["3 sacks of seed"]),
        # A word in -ing that "of" governs is a noun; one further on may be a noun's or a verb: the figure
        # then ends before "of" rather than in the middle of a compound ("victims of human").
        ("20 hours of training were given", ["20 hours of training"]),
        ("services to 740 victims of human trafficking in Mexico", ["740 victims"]),
        ("12 cases of money laundering were found", ["12 cases"]),
        ("30 networks of community policing", ["30 networks"]),
        ("74 members of human trafficking organizations", ["74 members"]),
        # An adverb after a noun's first word starts what is said of it.
        ("nearly 12,000 youth recently completing their training", ["nearly 12,000 youth"]),
        ("300 families recently arrived in Tijuana", ["300 families"]),
        ("40 schools currently operate", ["40 schools"]),
        ("over 500 officials also attended", ["over 500 officials"]),
        ("built 50 water supply systems", ["50 water supply systems"]),  # a noun in -ly
        ("half of the funds went to schools", ["half of the funds"]),
        # A fraction as a part, or of a number that follows, is no figure; as a share it is.
        ("In the first half of 2022, 5,000 jobs were created", ["5,000 jobs"]),
        ("the first half of the year", []),
        ("about half of the 300 staff", ["300 staff"]),
        ("Turnout was more than half, officials said", ["more than half"]),
        ("a third of aid went to", ["a third of aid"]),
        ("ran a half-day training for 300 teachers", ["300 teachers"]),  # a compound, not a fraction
        ("half of all 300 staff", ["300 staff"]),
        ("Half of the 2022 budget went", []),
        # A whole number and a fraction, and an article before a magnitude, are one number.
        ("The program reached two and a half million people in 2022.", ["two and a half million people"]),
        ("a million and a half people", ["a million and a half people"]),
        ("a dozen and a half eggs were", ["a dozen and a half eggs"]),
        ("twenty-five and a half million people fled.", ["twenty-five and a half million people"]),
        # A fraction after "and" is one of its own where no number comes before the "and".
        ("Exports fell sharply, and a third of aid went to clinics.", ["a third of aid"]),
        ("It paid about £ 3m to 40 firms.", ["about £ 3m", "40 firms"]),  # a sign written apart
        # No end of a range, nor a part of a longer number, is offered.
        ("reached 5 to 10 million people", []),
        ("In March 2022 the program reached half a million people", ["half a million people"]),
        # A hundred's "and" goes on its number: one figure, offered whole.
        ("It trained three hundred and fifty teachers.", ["three hundred and fifty teachers"]),
        # A rate is one figure: what it is of is no figure of its own.
        ("The rate fell to 12 deaths per 100,000 people in 2022.", ["12 deaths per 100,000 people"]),
        # A word joined to a number is offered as written; an ordinal counts nothing.
        ("The crew built a 5m-long wall and a 12km road.", ["5m-long wall", "12km road"]),
        ("They signed a £3m-a-year contract with 40 firms.", ["£3m-a-year contract", "40 firms"]),
        ("its 40th anniversary and 3rd year", []),
        # A ratio is one figure, not a number and another; "N in M" as a label, an age or a sum is none.
        ("It entered Phase 2 in 12 countries.", ["12 countries"]),
        ("Many children under 5 in 20 districts were hungry.", ["20 districts"]),
        ("Gas cost more than $4 in 30 states.", ["more than $4", "30 states"]),
        ("1 in 4 or 5 adults were hungry", []),  # a range of ratios: neither end
        ("It said 1 in 4 adults were obese", ["1 in 4 adults"]),
        ("The share rose to one in three", ["one in three"]),
        ("It signed a €2bn-plus deal with 5,000+ firms.", ["€2bn-plus deal", "5,000+ firms"]),
        ("One in five children left school.", ["One in five children"]),
        ("About 1 in 4 adults in the region, and 40 farmers", ["About 1 in 4 adults", "40 farmers"]),
        ("nine out of ten teachers in 2022", ["nine out of ten teachers"]),
        ("Over a million people left", ["Over a million people"]),
        ("schools in a half-dozen towns", ["a half-dozen towns"]),
        # Capitals are names: "US" is no pronoun, "LED" no past form.
        ("47 Honduran and US companies were", ["47 Honduran and US companies"]),
        ("installed 500 solar LED lamps in", ["500 solar LED lamps"]),
        # A long run of "and" is prose: at most three nouns are joined, and the reading is no recursion.
        ("5 c" + " and d" * 500, ["5 c and d and d and d"]),
    ],
)
def test_a_candidate_figure_counts_nouns_joined_by_and(quote: str, candidates: list[str]) -> None:
    assert figure_candidates(quote) == candidates


@pytest.mark.parametrize(
    ("rest", "counted"),
    [
        (" jobs. Additionally, 12 firms", ["jobs"]),
        (" private sector firms in 2022", ["private", "sector", "firms"]),
        (" of aid to the region", ["aid"]),  # "percent of", "millions of"
        (" U.S. convictions since 2021", ["U.S.", "convictions"]),
        (" housing units in", ["housing", "units"]),  # a word in -ing first is part of the noun
        (" teachers ... grants from", ["teachers"]),  # an elision ends it
        (" teachers, trained in 2022", ["teachers"]),
        (" jobs--partly in Honduras", ["jobs"]),  # a dash, however typed, ends it
        (" “durable” bulletins", []),  # so does a quotation mark
        (" additional temporary work visas for", ["additional", "temporary", "work", "visas"]),
        (" teachers and nurses in 2022", ["teachers", "and", "nurses"]),
        (" jobs and helped 8,000 firms", ["jobs"]),
        (" in 2022", []),
        ("", []),
    ],
)
def test_what_a_number_counts_is_read_from_the_words_after_it(rest: str, counted: list[str]) -> None:
    assert counted_words(rest) == counted


def test_a_number_is_read_with_the_words_after_it() -> None:
    written = figure_at("created more than $90 million in jobs", len("created more than $"))
    assert written is not None and (written.text, written.rest) == ("more than $90 million", " in jobs")


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("17", "17 million", False),
        ("$2.5", "$2.5 million", False),
        ("17,000", "seventeen thousand", True),
        ("17 Million", "17 million", True),
        ("1.2.3", "1.2.3", True),
        ("1.2.3", "123", False),
        ("$5", "$5 M", False),  # after a sign, a capital letter is a magnitude
        ("$5 M", "$5 million", True),
    ],
)
def test_a_number_counts_as_another_by_its_words_or_its_value(one: str, other: str, same: bool) -> None:
    a, b = figure_read(one), figure_read(other)
    assert a is not None and b is not None
    assert a.counts_as(b) is same


def test_a_source_is_read_within_the_paragraph_that_holds_the_number() -> None:
    # In plain text each line is a paragraph: the line before ends in "up to", which bounds nothing here.
    doc = parse_document("The plan was to reach up to\n12 towns were reached in 2022.\n")
    quote, figure = "12 towns were reached in 2022", "12 towns"
    anchor = locate(doc, quote)
    assert anchor.span is not None
    quote_figure = figure_in_quote(quote, figure)
    assert quote_figure is not None
    readings = figure_readings(
        quote, figure, quote_figure, doc, anchor, locate_figure(doc, figure, anchor.span)
    )
    assert readings is not None and [reading.text for reading in readings] == ["12", "12", "12"]
    assert doc.block_at(doc.text.index("12")) == doc.blocks[1] and doc.block_at(27) is None


@pytest.mark.parametrize(
    ("counted", "changed"),
    [
        ("communities", None),
        ("households", ("of households Totonicapán's southern database", "of communities")),
    ],
)
def test_a_slipped_quote_is_compared_with_as_much_of_the_source_as_it_goes_on_for(
    counted: str, changed: tuple[str, str] | None
) -> None:
    # The quote leaves out "across", so what it counts runs on to "database": a reading of the
    # source that stopped at "data" took "database" for a word the source does not have.
    doc = parse_document(
        "---\ntitle: Yoro\n---\n\n-   In Yoro, Santa Ana’s\n    broad chamber disclosed over 13 percent of communities across\n"
        "    Totonicapán’s southern database. In Ahuachapán, the protective\n    shelter closed.\n"
    )
    quote = (
        f"Santa Ana's broad chamber disclosed over 13 percent of {counted} Totonicapán's southern database."
    )
    figure = f"over 13 percent of {counted}"
    anchor = locate(doc, quote)
    quote_figure = figure_in_quote(quote, figure)
    assert anchor.span is not None and quote_figure is not None
    readings = figure_readings(quote, figure, quote_figure, doc, anchor, None)
    assert readings is not None
    _, quoted, said = readings
    assert changed_count(quoted.rest, said.rest, quoted.cut) == changed


@pytest.mark.parametrize(
    ("source", "quote", "figure", "read"),
    [
        # The quote ends before the source's bound after what it counts.
        (
            "It carried 650 people or more.",
            "It carried 650 people",
            "650 people",
            ("650 people", "650 people or more", True),
        ),
        (
            "It carried 650 people or more.",
            "It carried 650 people",
            "650",
            ("650 people", "650 people or more", True),
        ),
        (
            "It paid 200 dollars a month or less in rent.",
            "It paid 200 dollars a month",
            "200 dollars a month",
            ("200 dollars a month", "200 dollars a month or less", True),
        ),
        # A slip leaves it out, or adds one the source does not have.
        (
            "It carried 650 people or more when it crossed.",
            "It carried 650 people when it crossed.",
            "650 people",
            ("650 people when", "650 people or more", False),
        ),
        (
            "It carried 650 people when it crossed.",
            "It carried 650 people or more when it crossed.",
            "650 people or more",
            ("650 people or more", "650 people when", False),
        ),
        # Both have it, and the figure leaves it out.
        (
            "It carried 650 people or more.",
            "It carried 650 people or more.",
            "650 people",
            ("650 people or more", "650 people or more", False),
        ),
        # Read alike, and the figure agrees: or none.
        ("It carried 650 people or more.", "It carried 650 people or more.", "650 people or more", None),
        ("It carried 650 people and then more.", "It carried 650 people", "650 people", None),
        ("It housed 120 families or more precisely 118.", "It housed 120 families", "120 families", None),
        ("It served 40 meals or more than it could cook.", "It served 40 meals", "40 meals", None),
        ("It sent 40 nurses and over the next year 12 more.", "It sent 40 nurses", "40 nurses", None),
        # Set off by a comma, the words are another clause's.
        ("It sent 40 nurses, or more.", "It sent 40 nurses", "40 nurses", None),
        # Ended at its number, the quote leaves out the noun and its bound both.
        ("It carried 800 people or more.", "It carried 800", "800", ("800", "800 people or more", True)),
        # Before a time, a rate or a place, "or more" is a bound; "or over" is a preposition there.
        (
            "It will open 15 new schools or more next year.",
            "It will open 15 new schools",
            "15 new schools",
            ("15 new schools", "15 new schools or more", True),
        ),
        ("The trip takes 10 hours or over a day.", "The trip takes 10 hours", "10 hours", None),
        # Before the next noun, or an adverb, the words are that noun's or that adverb's.
        ("It needs 40 nurses or more doctors.", "It needs 40 nurses", "40 nurses", None),
        ("It destroyed 40 houses and older buildings.", "It destroyed 40 houses", "40 houses", None),
        ("It enrolled 300 pupils or more broadly 10 percent.", "It enrolled 300 pupils", "300 pupils", None),
        # A counted noun holds no number: the age's bound is the age's.
        (
            "It surveyed 2,000 people aged 18 and over.",
            "It surveyed 2,000 people aged 18 and over.",
            "2,000",
            None,
        ),
        # "And older" and its like before a comma are as often a list's adjective; "or more" before a
        # comparison's "per capita than" or "to the point" bounds nothing.
        ("It demolished 50 houses and older, empty barns.", "It demolished 50 houses", "50 houses", None),
        ("It gave 400 loans or more per capita than any state.", "It gave 400 loans", "400 loans", None),
        ("It lists 60 victims or more to the point 60 families.", "It lists 60 victims", "60 victims", None),
        (
            "It sent 800 troops or more (UN figures).",
            "It sent 800 troops",
            "800 troops",
            ("800 troops", "800 troops or more", True),
        ),
        # A slipped quote may go on in other words after the same bound.
        (
            "Loans of $10,000 a year or higher need approval.",
            "Loans of $10,000 a year or higher require approval.",
            "$10,000 a year or higher",
            None,
        ),
        # Past the figure's own noun the source's words are another clause's.
        ("It trained 300 teachers in Peten or more.", "It trained 300 teachers", "300 teachers", None),
        # "Or even more" and "and upwards" are bounds as "or more" is.
        (
            "It housed 500 people or even more.",
            "It housed 500 people",
            "500 people",
            ("500 people", "500 people or even more", True),
        ),
        (
            "It admits pupils of 11 years and upwards.",
            "It admits pupils of 11 years",
            "11 years",
            ("11 years", "11 years and upwards", True),
        ),
    ],
)
def test_a_bound_after_what_a_figure_counts_is_read_in_the_source_and_the_quote(
    source: str, quote: str, figure: str, read: tuple[str, str, bool] | None
) -> None:
    doc = parse_document(source + "\n")
    anchor = locate(doc, quote)
    quote_figure = figure_in_quote(quote, figure)
    assert anchor.span is not None and quote_figure is not None
    readings = figure_readings(quote, figure, quote_figure, doc, anchor, None)
    assert readings is not None
    found = noun_bounds(figure, *readings)
    assert (None if found is None else (found.quote, found.source, found.ended)) == read
    if found is not None and found.ended:  # the words named are those the quote leaves out
        assert found.source.lower() == f"{found.quote} {found.left_out}".lower()


@pytest.mark.parametrize(
    ("figure", "by_article"),
    [
        ("an Anticorruption Task Force", True),
        ("a Task Force", True),
        ("an estimated $189 million", False),  # "an estimated" is a qualifier
        ("approximately 47 companies", False),
        ("12 towns", False),
        ("a dozen towns", False),  # an article, but a number
        ("a million people", False),
        ("a third of aid", False),
    ],
)
def test_a_figure_counts_by_its_article_as_parse_figure_reads_it(figure: str, by_article: bool) -> None:
    assert counts_by_article(figure) is by_article
    assert (number_words(figure) is None) is by_article
    assert parse_figure(figure).by_article is by_article  # kept with it, for a check that proves nothing


@pytest.mark.parametrize(
    ("figure", "share", "vague"),
    [
        ("nearly two-thirds of migrants", "two-thirds", None),
        ("one in five children", "one in five", None),
        ("millions of vaccine doses", None, "millions"),
        ("tens of thousands of migrants", None, "tens of thousands"),
        ("half a million people", None, None),  # a number, not a share
        ("more than 90,000 jobs", None, None),
    ],
)
def test_how_a_figure_gives_its_number_is_kept_with_its_quantity(
    figure: str, share: str | None, vague: str | None
) -> None:
    quantity = parse_figure(figure)
    assert (quantity.share, quantity.vague) == (share, vague)
    # Not part of what it means: the same quantity without them is equal to it.
    assert replace(quantity, share=None, vague=None) == quantity


@pytest.mark.parametrize(
    ("figure", "said", "told"),
    [
        ("40 mW", "40 MW", "“mW” where the source writes “MW”"),
        ("12Gb of records", "12GB of records", "“Gb” where the source writes “GB”"),
        ("40 MW", "40 MW", None),
        ("$4.2 bn", "$4.2 BN", None),  # a magnitude, read alike
        ("40 km", "40 km", None),
        ("Over 40 teachers", "over 40 teachers", None),  # capitals elsewhere are typography
    ],
)
def test_a_unit_in_other_capitals_is_refused(figure: str, said: str, told: str | None) -> None:
    found = unit_case(figure, said)
    assert (found is None) if told is None else (found is not None and told in found)


def test_a_minus_sign_makes_a_figure_negative() -> None:
    assert parse_figure("\u22125 percent") == Quantity(-5, Qualifier.EXACT, None, True, None)
    assert parse_figure("-$3 million in losses").value == -3_000_000
    assert parse_figure("-3%").value == -3
    # A hyphen joining words or numbers is no sign, and a range is no figure.
    with pytest.raises(FigureError, match="more than one number"):
        parse_figure("-5 to 10 percent")


def test_a_number_a_point_may_group_is_compared_as_written() -> None:
    """ "4.000" is four, or four thousand where a point groups thousands: equal to neither "4" nor
    "4,000"; other decimals by value, and a raised digit after a number as written."""
    assert number_keys("4.000, 1.250.000, 4, 4,000") == ["4.000", "1.250.000", "4", "4000"]
    assert number_keys("2.50, 2.5, 0.500") == ["2.5", "2.5", "0.5"]
    assert number_keys("40² and 40") == ["40²", "40"]


def test_an_abbreviated_magnitude_is_part_of_its_number() -> None:
    """Number-strict: "$4.2m" is not "$4.2bn", though both start "4.2"; compared by value."""
    assert number_keys("$4.2bn, $4.2 bn, 4.2BN, $4.2b, 4,200,000,000") == ["4200000000"] * 5
    assert number_keys("$4.2m, 1.1mn") == ["4200000", "1100000"]
    assert number_keys("a 5m-long wall, 12km away, 40t of food") == ["5", "12", "40"]
    # After a currency sign a hyphen may follow: "£3m-a-year" is millions, and "£3m-4m" both.
    assert number_keys("a £3m-a-year deal, £3m-4m, $50k-a-year") == ["3000000", "3000000", "4000000", "50000"]
    assert number_keys("£ 3m-a-year, US$\u00a04.2bn-a-year, a 1.4bn-strong market") == [
        "3000000", "4200000000", "1400000000"
    ]  # fmt: skip
    # A fraction with its numerator, or "half"; not an ordinal alone, nor a compound.
    assert number_keys("two-thirds, a third, half, her third trip") == ["two thirds", "a third", "half"]
    assert number_keys("a third-party auditor, a half-day course") == []
    # Every fraction is a number, but "a" fraction or "half" in a compound, however it is written: a
    # slip of "third-party" for "third party" is no number changed, "half" for "a third" is.
    assert number_keys("a third party auditor, half day courses, a third term") == []
    assert number_keys("fell by half in 2022, a third were, two-thirds majority") == [
        "half", "2022", "a third", "two thirds"
    ]  # fmt: skip
    assert number_keys("half a million, half-a-million, a third of aid, cut in half.") == [
        "half", "million", "half", "million", "a third", "half"
    ]  # fmt: skip
    # Every significant digit counts; a number too large to hold is compared as written.
    assert number_keys("12,345.67 and 12345.71") == ["12345.67", "12345.71"]
    assert number_keys("9" * 400 + "bn") == ["9" * 400 + "bn"]
    doc = parse_document("The fund has raised $4.2bn for schools across the region since 2021.\n")
    anchor = locate(doc, "The fund raised $4.2m for schools")
    assert (anchor.status, anchor.hint) == (AnchorStatus.NOT_FOUND, "source says “$4.2bn”")
    # A fraction ending a whole number is one, even before a word it makes compounds with.
    assert number_keys("two and one half days") == number_keys("two and a half days")
    assert number_keys("two and a half days, one-and-a-half times, a half day") == [
        "two",
        "a half",
        "one",
        "a half",
    ]
    doc = parse_document("The strike lasted two and a half days across the whole of the northern region.\n")
    anchor = locate(doc, "The strike lasted two and a third days across the whole")
    assert (anchor.status, anchor.hint) == (AnchorStatus.NOT_FOUND, "source says “a half”")
    doc = parse_document("The council signed a £3m-a-year contract with the operator of the port.\n")
    anchor = locate(doc, "The council signed a £3bn-a-year contract with the operator")
    assert (anchor.status, anchor.hint) == (AnchorStatus.NOT_FOUND, "source says “£3m”")


@pytest.mark.parametrize(
    ("quote", "figure", "longer"),
    [
        ("One in five children left school", "five children", "One in five"),
        ("as did 1 in 4 adults", "1", "1 in 4"),
        ("1 in 4 or 5 adults were hungry", "1 in 4", "1 in 4 or 5"),
        ("1 in 10 to 20 births", "1 in 10", "1 in 10 to 20"),
        ("a one in a billion chance", "one", "one in a billion"),
        ("affects 1 in 2000 births", "1", "1 in 2000"),
        ("It cost $3m-$4m in all", "$4m", "$3m-$4m"),
        # No ratio: a sum, an age, a label, a dozen; "to" after an abbreviated sum is a payment.
        ("Gas cost more than $4 in 30 states", "more than $4", None),
        ("children under 5 in 20 districts", "20 districts", None),
        ("entered Phase 2 in 12 countries", "12 countries", None),
        ("No one in 12 villages", "12 villages", None),
        ("It opened a dozen in 40 countries", "40 countries", None),
        ("It paid about £ 3m to 40 firms.", "40 firms", None),
        # A ratio after a qualifier or a verb's "to", or after another ratio's "and" or "or".
        ("Over one in five children left", "five children", "one in five"),
        ("The share rose to one in four adults", "four adults", "one in four"),
        ("One in five adults and one in three children", "three children", "one in three"),
        ("1 in 4 or 2 in 5 women", "5 women", "2 in 5"),
        ("The rate was one in four last year", "one", "one in four"),
        # A place in a ranking, a label or a date is no ratio.
        ("Honduras ranked 157 out of 180 countries", "180 countries", None),
        ("Kenya ranked 56 in 190 economies", "190 economies", None),
        ("No. 3 in 190 countries", "190 countries", None),
        ("Infections rose from 1 in 2019 to 7 in 2023", "1", None),
        # Ranges of sums and percentages; the base of a rate.
        ("It cost £3m to £4m.", "£3m", "£3m to £4m"),
        ("between £3m and £4m", "£4m", "£3m and £4m"),
        ("Between 20% and 30% of aid", "20%", "20% and 30%"),
        ("Between 20% and 30% of aid", "30%", "20% and 30%"),  # shown with its percent sign
        ("Some 20%-30% of aid", "30%", "20%-30%"),
        ("The rate fell to 12 deaths per 100,000 people", "100,000 people", "12 deaths per 100,000"),
        # A change is no range; a comma ends a number; NBSP is a space; a year before a comma no label.
        ("Unemployment fell from 8% to 5%", "5%", None),
        # A range's far end is the larger: a smaller number after "to" counts what a sum went to.
        ("$1,201,000 to 300 households", "$1,201,000", None),
        ("$1.2 million to 300 households", "$1.2 million", None),
        ("5 to 10 million people", "5", "5 to 10 million"),
        # A year after "in" dates the number before it: what follows is another count, no range's end.
        ("3,100 deportees in 2019 and 4,500 in 2020", "4,500", None),
        ("rose from 6,000 in 2015 to 3,500 in 2019", "3,500", None),
        # A change by a number, then what it came to, both written alike; a range writes its unit once.
        ("The number rose by 12 to 74", "74", None),
        ("The number rose by 12 to 74", "12", None),
        ("Aid grew by $3 million to $45 million", "$45 million", None),
        ("Aid grew by $3 million to $45 million", "$3 million", None),
        ("Costs were cut by 10 to 15 percent", "15 percent", "10 to 15"),
        ("Costs were cut by 2 to 3 million", "3 million", "2 to 3 million"),
        ("Costs were cut by $3 to $4 million", "$4 million", "$3 to $4 million"),
        # A count after a percentage is what the change came to, unless it is a percentage too.
        ("Arrivals fell 12% to 3,500 last year", "3,500", None),
        ("Arrivals fell 12% to 3,500 last year", "12%", None),
        ("Arrivals rose 20% to 30 percent", "30 percent", "20% to 30"),
        # Two numbers "respectively" are two things' numbers.
        ("Arrivals reached 3,400 and 4,500, respectively", "4,500", None),
        ("Arrivals reached 3,400 and 4,500, respectively", "3,400", None),
        ("Rates rose to 12% and 15%, respectively", "12%", None),
        ("Grants of $3 million and $4 million, respectively", "$3 million", None),
        ("Between 3,400 and 4,500 arrived", "4,500", "3,400 and 4,500"),
        # A number that ends a name is no range's near end; one that stands alone is.
        ("Cases of COVID-19 and 3,400 deaths", "3,400 deaths", None),
        ("The G20 and 40 other countries", "40", None),
        ("some 40 or 50 thousand", "50 thousand", "40 or 50 thousand"),
        # A change after its verb, without "by"; in words; to a number with a magnitude, from thousands.
        ("Initial claims rose 4,000 to 231,000 last week", "231,000", None),
        ("The average rent rose £85 to £1,280 a month", "£85", None),
        ("The number of states rose by two to 14", "14", None),
        ("Employment increased by 175,000 to 158.6 million", "158.6 million", None),
        ("Prices rose 10 to 15 percent", "15 percent", "10 to 15"),
        # "From" starts a change, unless a word of range comes first.
        ("Enrollment rose from 1.2 million to 1.5 million", "1.5 million", None),
        ("Cases climbed from 40 to 74", "40", None),
        ("Death toll estimates range from 3,000 to 5,000 deaths", "5,000 deaths", "3,000 to 5,000"),
        ("Grants ranging from $500 to $2,000", "$2,000", "$500 to $2,000"),
        ("Wait times varied from 3 to 6 hours", "3", "3 to 6"),
        # "And" makes a range after "between" only; a name's number or a tally's is no range's end.
        ("The storm killed 12 and 40 were injured", "40", None),
        ("Evictions doubled between 2019 and 2022 to 4,500", "4,500", None),
        ("The city expanded Section 8 to 300 families", "300 families", None),
        ("Grants of USD 5 to 10 million", "10 million", "5 to 10 million"),
        ("The committee voted 10 to 12 against the bill", "12", None),
        ("It would cut 5 million to 10 million people", "5 million", "5 million to 10 million"),
        # A change's result is some times its change; a range's ends are nearer, and "by" alone is no change.
        ("Wait times increased by 10 to 15 days", "15 days", "10 to 15"),
        ("Each shelter is staffed by 20 to 30 volunteers", "30 volunteers", "20 to 30"),
        ("Border patrols picked up 30 to 40 migrants a day", "40 migrants", "30 to 40"),
        ("Arrests were up 12 to 74", "74", None),
        # "From" opens a change after a word of change only; a range otherwise.
        ("Each shelter houses from 30 to 50 people", "30", "30 to 50"),
        ("Approvals were up from 3,400 to 4,500", "4,500", None),
        # "Respectively" of the numbers just before it, not of a range earlier in the sentence.
        (
            "Between 3,000 and 5,000 cross each week, and Mexico detains 40% and 60%, respectively",
            "5,000",
            "3,000 and 5,000",
        ),
        # A name is a label's, not a place's or a people's; a code's short number is its own.
        ("Most deportees were young Hondurans 18 to 25 years old", "25 years old", "18 to 25"),
        ("The pledge was backed by the G7 or 40 countries", "40 countries", None),
        ("Families pay L5,000 to 8,000 to smugglers", "8,000", "5,000 to 8,000"),
        # A sum in the region's currency letters paid to a count, as one with a sign is.
        ("The fund paid L500 to 2,300 families", "2,300 families", None),
        ("Families pay $5,000 to 8,000 to smugglers", "8,000", "5,000 to 8,000"),  # "to" counts nothing
        ("Spending rose from £3m to £4m", "£4m", None),
        ("Sales fell in 2022, and 40 shops closed", "40 shops", None),
        ("one\u00a0in\u00a0five children left", "five children", "one in five"),
        ("Last year, one in five children left school", "five children", "one in five"),
        ("Students in Year 6 in 300 schools", "300 schools", None),
        # A rate cut at its own end; a spaced dash after a year or a larger number is a pause.
        ("Deaths ran at 12 per 100,000", "12", "12 per 100,000"),
        ("The rate fell to 12 deaths per 100,000 people", "12 deaths", "12 deaths per 100,000"),
        ("Founded: 2019 – 40 schools opened", "40 schools", None),
        ("It was 40 – 12 more than planned", "40", None),
        ("It served 5 – 10 million meals", "10 million meals", "5 – 10 million"),
        ("The plan made 2000 – 3000 jobs", "3000 jobs", "2000 – 3000"),  # no year before a smaller number
        ("It served 750,000 – 1 million meals", "1 million meals", "750,000 – 1 million"),  # magnitudes read
        ("Figure 3 – 40 schools opened", "40 schools", None),  # a caption's number
        ("There were 12 deaths, per one estimate", "12 deaths", None),  # "per" as "according to"
        ("There were 40 schools per 2022 census data", "40 schools", None),
        # A number in words cut after its thousand, or before a group after it.
        ("It trained two thousand three hundred people", "two thousand", "two thousand three hundred"),
        (
            "It trained two thousand three hundred people",
            "three hundred people",
            "two thousand three hundred",
        ),
        ("Clinics hired one thousand and fifty nurses", "one thousand", "one thousand and fifty"),
        ("Clinics hired one thousand and fifty nurses", "fifty nurses", "one thousand and fifty"),
        (
            "It served two million five hundred thousand meals",
            "two million",
            "two million five hundred thousand",
        ),
        ("It sold ten thousand ten-year bonds", "ten thousand", None),  # the ten is the years'
        ("It sold ten thousand ten year bonds", "ten thousand", None),  # apart, the ten is the years' too
        ("It housed five thousand three year olds", "five thousand", None),
        ("It employed forty thousand and one of its plants closed", "forty thousand", None),  # a plant
        ("It employed forty thousand and one people", "forty thousand", "forty thousand and one"),
        ("It hired a million and one workers", "a million", "a million and one"),
        (
            "The mill opened in nineteen ninety-eight and hired 300 workers",
            "ninety-eight",
            "nineteen ninety-eight",
        ),
        # Number words in a row that no grammar reads as one: a figure cut from them is cut all the same.
        ("In twenty nineteen, 500 officers were dismissed", "nineteen", "twenty nineteen"),
        ("Maize sold for nine ninety-nine dollars a sack", "ninety-nine dollars", "nine ninety-nine"),
        ("It hired twenty-five nurses in June", "twenty-five nurses", None),
        # The near end of a range in words is named whole.
        (
            "Between one thousand and five thousand families",
            "five thousand families",
            "one thousand and five thousand",
        ),
        (
            "from two hundred and fifty to three hundred people",
            "three hundred people",
            "two hundred and fifty to three hundred",
        ),
        ("Between twenty-five and thirty towns", "thirty towns", "twenty-five and thirty"),
        ("Deaths rose, and ten to twelve towns", "twelve towns", "ten to twelve"),
        (
            "from a hundred and fifty to two hundred people",
            "two hundred people",
            "a hundred and fifty to two hundred",
        ),
        (
            "It had one thousand two hundred and fifty people",
            "fifty people",
            "one thousand two hundred and fifty",
        ),
        # A plural another goes on, or one the figure stops inside; a year before a plural is no number.
        ("Tens of thousands of migrants crossed", "thousands of migrants", "Tens of thousands"),
        ("Congress froze hundreds of millions of dollars", "millions of dollars", "hundreds of millions"),
        ("Tens of thousands of migrants crossed", "Tens of", "Tens of thousands"),
        ("Scores of thousands fled", "thousands", "Scores of thousands"),
        ("In 2019 thousands of families fled", "thousands of families", None),
        ("By 2021 hundreds of families had returned", "hundreds of families", None),
        ("Hundreds of families had returned", "Hundreds of families", None),
    ],
)
def test_a_figure_cut_from_a_longer_number_is_found(quote: str, figure: str, longer: str | None) -> None:
    assert longer_number(quote, figure, 0) == longer


def test_a_plural_is_read_whole_wherever_a_number_is_read() -> None:
    """ "Tens of thousands" is one number, at least 20,000, as "thousands" is at least 2,000: read so in a
    figure, in its quote and in its source, offered whole by ``rootcheck new``, and told whole."""
    assert number_words("Tens of thousands of migrants") == "Tens of thousands of"
    assert amount(parse_figure("tens of millions of dollars"), "tens of millions of dollars") == (
        "tens of millions, no exact number (read as at least $20 million)"
    )
    assert figure_candidates("Tens of thousands of migrants crossed the border in May") == [
        "Tens of thousands of migrants"
    ]
    assert figure_candidates("Congress froze hundreds of millions of dollars in aid") == [
        "hundreds of millions of dollars"
    ]
    assert number_phrases("Tens of thousands of migrants and dozens of agencies") == [
        "Tens of thousands",
        "dozens",
    ]
    # "Scores" as a count is a number a slipped quote must keep; a test's scores are none.
    assert number_keys("scores of migrants, test scores of 80") == ["scores", "80"]
    # The source's plural, which a quote starting at "thousands" cuts, whether or not it is the figure's.
    doc = parse_document("Tens of thousands of migrants crossed at Ceiba in May, and 300 drowned.\n")
    quote = "thousands of migrants crossed at Ceiba in May, and 300 drowned"
    anchor = locate(doc, quote)
    assert anchor.span is not None
    figure_span = locate_figure(doc, "thousands of migrants", anchor.span)
    assert figure_span is not None
    assert longer_in_source(doc, "thousands of migrants", figure_span, anchor.span) == "Tens of thousands"
    assert cut_numbers(quote, doc, anchor, skip="300") == [("thousands of", "Tens of thousands")]
    # And one ending at a plural the source goes on from: "displaced hundreds" of "hundreds of thousands".
    doc = parse_document(
        "The storm destroyed 40 homes in Yoro and displaced hundreds of thousands of people.\n"
    )
    quote = "The storm destroyed 40 homes in Yoro and displaced hundreds"
    assert cut_numbers(quote, doc, locate(doc, quote), skip="40") == [
        ("hundreds", "hundreds of thousands of")
    ]
    doc = parse_document("The storm destroyed 41 homes in Colón and displaced hundreds of people.\n")
    quote = "The storm destroyed 41 homes in Colón and displaced hundreds"
    assert cut_numbers(quote, doc, locate(doc, quote), skip="41") == []
    # Its currency left out, as "300" of "300 dollars" is.
    doc = parse_document("The storm flooded 43 schools in Choluteca and cost millions of dollars.\n")
    quote = "The storm flooded 43 schools in Choluteca and cost millions"
    assert cut_numbers(quote, doc, locate(doc, quote), skip="43") == [("millions", "millions of dollars")]
    # A slipped plural is told as the source writes it.
    doc = parse_document("The flooding displaced hundreds of thousands of people in Cortés.\n")
    anchor = locate(doc, "The flooding displaced tens of thousands of people in Cortés")
    assert (anchor.status, anchor.hint) == (AnchorStatus.NOT_FOUND, "source says “hundreds of thousands”")


_RATIO_WORDS = ["a", "one", "two", "dozen", "hundred", "thousand", "million", "twenty", "five", "1,000", "2000",
                "1.5", "0", "in", "every", "out", "of", "-", "days", "people", "%"]  # fmt: skip


@given(st.lists(st.sampled_from(_RATIO_WORDS), max_size=8).map(" ".join))
def test_reading_a_ratio_never_fails_but_as_a_figure_error(words: str) -> None:
    """Whatever words follow "one in", a figure is read or refused, never a crash."""
    with contextlib.suppress(FigureError):
        quantity = parse_figure("one in " + words)
        assert quantity.value >= 0


@pytest.mark.parametrize(
    ("quote", "figure", "longer"),
    [
        # A fraction of one character, which the quote's reading writes out ("21⁄2 million").
        ("The program reached 2½ million people", "2 million", "2½ million"),
        ("The program reached 2½ million people", "2", "2½ million"),
        ("The program reached 2½ million people", "2½ million people", None),
        # A mixed number, its fraction a space apart.
        ("The program reached 2 1/2 million people", "1/2 million people", "2 1/2 million"),
        ("The program reached 2 ½ million people", "½ million people", "2 ½ million"),
        ("The program reached 2 1/2 million people", "2 1/2 million people", None),
        # Thousands grouped by a no-break or thin space: no part of them is a number of its own.
        ("The census counted 12\u00a0000 families", "12", "12\u00a0000"),
        ("The census counted 12\u00a0000 families", "000 families", "12\u00a0000"),
        ("The census counted 1\u2009250\u2009000 families", "250", "1\u2009250\u2009000"),
        ("The census counted 12\u00a0000 families", "12\u00a0000 families", None),
        ("Officials expect 12\u00a0000 to 15\u00a0000 families", "12\u00a0000", "12,000 to 15,000"),
        ("On March 3 150 migrants arrived", "150 migrants", None),  # a plain space groups nothing
        ("In 2021\u00a0300 families left", "300 families", None),  # nor one after a year
        ("Aid reached from 2½ to 3 million people", "3 million people", "2½ to 3 million"),
        ("Grants of $5 M to $10 M went to NGOs", "$10 M", "$5 M to $10 M"),  # a sum's magnitude letter
        ("It cost 9\u00a0100 million dollars", "100 million dollars", "9\u00a0100 million"),
        ("It covers 1\u00a0250.5 hectares", "250.5 hectares", "1\u00a0250.5"),
        ("Some 2 500\u00a0000 people need aid", "500\u00a0000 people", "2 500\u00a0000"),  # spaced two ways
        ("On March 3 12\u00a0000 people marched", "12\u00a0000 people", None),  # after a day
        ("Under Title 42 1,200 families were expelled", "1,200 families", None),  # grouped by a comma
        ("Aid fell 7% in 2023 to $1.2 billion", "$1.2 billion", None),  # after a year, no range
        ("It cut aid in fiscal 2020 to $310 million", "$310 million", None),
        ("Exports rose in Q3 2022 to 4,000 containers", "4,000 containers", None),  # a quarter's year
        ("Exports rose in March 2022 to 4,000 containers", "4,000 containers", None),  # a month's
        ("The budget is $3 M-$4 M.", "$4 M", "$3 M-$4 M"),
    ],
)
def test_a_figure_cut_from_a_numeral_written_as_one_is_found(
    quote: str, figure: str, longer: str | None
) -> None:
    at = figure_in_quote(quote, figure)
    assert at is not None
    assert longer_number(quote, figure, at.start) == longer


def test_only_thousands_a_plain_space_seems_to_group_are_told_of_it() -> None:
    with pytest.raises(FigureError) as refused:
        parse_figure("2021 300 families")
    assert "plain space" not in str(refused.value)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The program hired 1,\u00ad200 teachers in 2022", "1,200"),  # a soft hyphen
        ("It built 7\u200b500 homes", "7500"),  # a zero-width space
        ("It paved 8\u2060000 roads", "8000"),  # a word joiner
    ],
)
def test_a_character_no_reader_sees_cuts_no_number_a_source_writes(text: str, number: str) -> None:
    # Matching drops it, so a quote "1,200 teachers" is placed on the source's "1,\u00ad200": read
    # there with it, the source's number was "1", and the faithful quote was refused for it.
    at = next(i for i, char in enumerate(text) if char.isdigit())
    found = figure_at(text, at)
    assert found is not None and found.number == number
    assert found.counts_as(figure_at(number, 0) or found) and found.rest.split()[0] in text


@pytest.mark.parametrize(
    ("figure", "typed"),
    [
        ("４５％ of households", "45% of households"),  # full-width forms
        ("４５％", "45%"),
        ("＄４．２ ｂｉｌｌｉｏｎ", "$4.2 billion"),
        ("ｍｏｒｅ ｔｈａｎ ９０，０００ ｊｏｂｓ", "more than 90,000 jobs"),
        ("45﹪ of households", "45% of households"),  # a small form
        ("﹩5,000", "$5,000"),
        ("45٪ of households", "45% of households"),  # the Arabic percent sign
    ],
)
def test_a_wide_small_or_arabic_form_reads_as_its_ascii(figure: str, typed: str) -> None:
    # Matching folds them as typography; read as written, "４５％ of households" was 45 of
    # "％ of households", and the site published 45 where the source says 45%.
    assert parse_figure(figure) == parse_figure(typed)
    assert number_keys(figure) == number_keys(typed)
    found, ascii = (
        figure_at(text, next(i for i, c in enumerate(text) if c.isdigit())) for text in (figure, typed)
    )
    assert found is not None and ascii is not None and found.reads_as(ascii)


@pytest.mark.parametrize(
    ("source", "quote", "passes"),
    [
        # Full-width forms and the Arabic percent sign are typography, a percent all the same.
        ("Poverty fell to ４５％ of households in the third city.", "Poverty fell to 45% of households in the third city", True),
        ("Poverty fell to 45% of households in the third city.", "Poverty fell to ４５％ of households in the third city", True),
        ("Poverty fell to 45٪ of households in the third city.", "Poverty fell to 45% of households in the third city", True),
        ("Poverty fell to ４５％ of households in the third city.", "Poverty fell to 45 of households in the third city", False),
        ("Poverty fell to 45٪ of households in the third city.", "Poverty fell to 45 of households in the third city", False),
    ],
)  # fmt: skip
def test_a_percent_in_another_form_is_compared_as_a_percent(source: str, quote: str, passes: bool) -> None:
    doc = parse_document(f"Report\n\n{source}\n")
    anchor = locate(doc, quote)
    assert (anchor.status is not AnchorStatus.NOT_FOUND) is passes
    if passes:
        assert anchor.span is not None
        figure = "45%" if "45" in quote else "４５％"
        placed, written = figure_in_quote(quote, figure), locate_figure(doc, figure, anchor.span)
        assert placed is not None
        readings = figure_readings(quote, figure, placed, doc, anchor, written)
        assert readings is not None and all(reading.percent for reading in readings)


def test_running_text_reads_thousands_grouped_by_a_space_as_a_figure_does() -> None:
    assert number_keys("12\u00a0000 and 4\u202f500\u202f000 and 1\u2009250.5") == [
        "12000",
        "4500000",
        "1250.5",
    ]
    assert parse_figure("4\u202f500\u202f000 dollars").value == 4_500_000
    # A plain space groups nothing, and a group after digits is compared as written, not by value.
    assert number_keys("On March 3 150 migrants, in 2021 150 people") == ["3", "150", "2021", "150"]
    assert number_keys("12 000 000 and 12 000 0000") == ["12", "000", "000", "12", "000", "0000"]
    assert number_keys("12\u00a0000\u00a00000, 4’000, 4’0000") == ["12000", "0000", "4", "000", "4", "0000"]
    assert number_keys("0.5 of 05, 1,050") == ["0.5", "5", "1050"]  # a zero standing alone is read by value
