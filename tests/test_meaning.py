"""What no slip of a quote may change: its negations, directions, names and what its number counts."""

from __future__ import annotations

import pytest

from rootcheck.checks.counted import figure_stops_short
from rootcheck.hints import listed, mistyped
from rootcheck.model import Span
from rootcheck.text.changes import (
    RATE,
    RATE_AFTER_A_NUMBER,
    changed_change,
    changed_measures,
    changed_period,
    relative_times_put_in,
)
from rootcheck.text.figures import number_words
from rootcheck.text.hedges import changed_hedges, hedge_ending, hedges
from rootcheck.text.joins import join_left_out
from rootcheck.text.meaning import (
    changed_count,
    changed_negations,
    negated_words,
    negations,
    opposite_words,
    reversed_direction,
    swapped_bearing,
    swapped_ordinal,
    words_not_in,
)
from rootcheck.text.names import (
    abbreviates,
    added_names,
    as_phrases,
    initials_spelled_out,
    swapped_first_name,
    swapped_names,
    unless_opening_before,
)
from rootcheck.text.promises import aims_at, changed_promises, promise_told_otherwise
from rootcheck.text.rates import changed_rates
from rootcheck.text.reading import figure_at


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The program has not reached them", {"not": 1}),
        ("It hasn't, and it can't; it cannot", {"not": 3}),
        ("It hasn’t", {"not": 1}),  # a typographic apostrophe
        (
            "No school, and never a teacher; neither this nor that",
            {"no": 1, "never": 1, "neither": 1, "nor": 1},
        ),
        ("Notably, nothing is known, nobody went nowhere", {"nothing": 1, "nobody": 1, "nowhere": 1}),
        ("Knots and nodes, a nonprofit", {}),
        # Words that all but deny what follows.
        ("It has failed to help, and hardly helped", {"failed": 1, "hardly": 1}),
        # Any apostrophe typed, or none: "isn`t", "hasnʼt" (U+02BC), "dont".
        ("It isn`t, it wasn´t, it hasnʼt, and it dont", {"not": 4}),
        ("The clinics operated without 40 doctors", {"without": 1}),
        # "little" and "few" deny on their own, not after "a" or "the".
        ("There is little reason, and few families stayed", {"little": 1, "few": 1}),
        ("It was a little help to the few who stayed, and a few more", {}),
        ("The little-known Little Haiti clinic opens every few months", {}),
        # Nor "no" joined to a word, or bounding a number; nor "few" after "coming".
        ("40 no-bid contracts, no fewer than 300 migrants, in the coming few months", {}),
        # Two words that deny together are one.
        (
            "It trained judges rather than police, instead of building courts",
            {"rather than": 1, "instead of": 1},
        ),
        ("It was rather large; instead, it grew", {}),
    ],
)
def test_negations_are_counted_word_for_word(text: str, counted: dict[str, int]) -> None:
    assert dict(negations(text)) == counted


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("She is seen as a key figure, regarded as able", ["regarded as", "seen as"]),
        (
            "the alleged bribes, reportedly paid by those said to be close",
            ["alleged", "reportedly", "said to be"],
        ),
        ("It is considered a success", ["is considered"]),
        ("Efforts appear to have resulted in 74 convictions", ["appear to have"]),
        ("It seems to be working, according to USAID", ["according to", "seems to be"]),
        ("Aid arguably reached 4,000 families, likely more", ["arguably", "likely"]),
        (
            "It is reported to have reached 4,000; partners are understood to include 40",
            ["are understood to", "reported to have"],
        ),
        ("It is estimated to have cost $5 million, nominally", ["estimated to have", "nominally"]),
        # Before a number, a guess is the figure's qualifier; before "to", "likely" a plan's.
        ("Perhaps 3,000 people, probably twelve towns", []),
        ("The plan is likely to create jobs", []),
        # A verb of deliberation, or of what a text says, is no hedge; "alleges" is.
        ("The council considered and approved 12 proposals", []),
        ("The 40 proposals are considered alongside the budget", []),
        ("The indictment alleges that 316 officials took bribes", ["alleges"]),
        ("The union sued, alleging that 317 workers were underpaid", ["alleging"]),
        # Seen, said or reported with nothing hedged.
        ("The region has seen a rise; USAID said 300 were reported to Congress", []),
    ],
)
def test_hedges_are_read_as_written(text: str, found: list[str]) -> None:
    assert hedges(text) == found


def test_a_hedge_ending_a_text_is_told_but_not_a_deliberation() -> None:
    assert hedge_ending("She is seen as") == "seen as"
    assert hedge_ending("It is considered", "a success") == "is considered"
    assert hedge_ending("The proposal will be considered", "at a meeting of 40 mayors") is None
    assert hedge_ending("The 40 proposals are considered", "alongside the budget") is None
    assert hedge_ending("The proposal was approved") is None
    assert hedge_ending("The outcomes are described as", "follows: 40 clinics") is None


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        # Its last word read whatever joins it to the word before, or however far the text runs on.
        ("Prosecutors pursued the long-alleged", "alleged"),
        ("The firm allegedly/reportedly", "reportedly"),
        ("The firm reportedly        ", "reportedly"),
        ("The contractor is\n      seen as\n      ", "seen as"),
        ("The firm purportedly", "purportedly"),
        ("The firm reportedly hired", None),
        ("The firm, seen as", "seen as"),
    ],
)
def test_a_hedge_is_told_at_a_text_s_end_however_its_last_word_is_set(text: str, hedge: str | None) -> None:
    assert hedge_ending(text) == hedge


def test_a_hedge_left_out_or_added_is_told() -> None:
    source = "She is seen as a key figure"
    assert changed_hedges("She is a key figure", source) == ([], ["seen as"])
    assert changed_hedges("She is reportedly seen as a key figure", source) == (["reportedly"], [])
    assert changed_hedges("she is SEEN AS a key figure", source) == ([], [])
    # One hedge for another is a slip of wording.
    assert changed_hedges("She is regarded as a key figure", source) == ([], [])


def test_a_pair_that_denies_is_a_slip_of_not() -> None:
    # "not just" for "rather than just" says the same; "little" for "few" too, as both all but deny.
    assert changed_negations("efforts, not just managing", "efforts, rather than just managing") == ([], [])
    assert changed_negations("few reasons to believe", "little reason to believe") == ([], [])
    assert changed_negations("a little reason to believe", "little reason to believe") == ([], ["little"])


def test_a_word_written_short_or_twice_is_the_same_word() -> None:
    assert changed_promises("they couldn't confirm it", "they could not confirm it") == ([], [])
    assert changed_negations("they couldn't confirm it", "they could not confirm it") == ([], [])
    assert changed_promises("the plan would would cost", "the plan would cost") == ([], [])
    assert changed_promises("the clinics may serve", "the clinics could serve") == ([], [])
    # "May" with a capital is as often the month.
    assert changed_promises("in May 2022, the clinics served", "in 2022, the clinics served") == ([], [])


def test_a_word_that_all_but_denies_put_for_another_of_its_kind_is_no_change() -> None:
    assert changed_negations("it seldom helped", "it rarely helped") == ([], [])
    assert changed_negations("the program fails to reach", "the program failed to reach") == ([], [])
    assert changed_negations("it hardly helped", "it failed to help") == (["hardly"], ["failed"])


def test_a_negation_added_or_left_out_is_told_and_a_contraction_is_no_change() -> None:
    source = "it has not yet reached 300 schools and never will"
    assert changed_negations("it has yet reached 300 schools and never will", source) == ([], ["not"])
    assert changed_negations("it has not yet reached 300 schools and not ever", source) == (
        ["not"],
        ["never"],
    )
    assert changed_negations("it hasn't yet reached 300 schools and never will", source) == ([], [])


@pytest.mark.parametrize(
    ("quote", "source", "turned"),
    [
        ("Enrolment fell by 12 percent", "Enrolment rose by 12 percent", (["fell"], ["rose"])),
        ("costs were higher than planned", "costs were lower than planned", (["higher"], ["lower"])),
        (
            "Enrolment went up by 12 percent",
            "Enrolment rose by 12 percent",
            None,
        ),  # the same way, other words
        (
            "Enrolment by 12 percent",
            "Enrolment rose by 12 percent",
            None,
        ),  # a word dropped turns nothing round
        ("more than 12 schools", "fewer than 12 schools", None),  # what bounds a number is the figure's
        ("worsening food security", "improving food security", (["worsening"], ["improving"])),
        ("economic decline", "economic recovery", (["decline"], ["recovery"])),
        ("areas of low out-migration", "areas of high out-migration", (["low"], ["high"])),
        ("Homicides spiked", "Homicides dropped", (["spiked"], ["dropped"])),
        (
            "hurricanes significantly cut hunger",
            "hurricanes significantly increased hunger",
            (["cut"], ["increased"]),
        ),
        ("lowered the wage by 12 percent", "raised the wage by 12 percent", (["lowered"], ["raised"])),
        ("narrowed the gap by 12 percent", "widened the gap by 12 percent", (["narrowed"], ["widened"])),
        (
            "significantly worsened hunger",
            "significantly increased hunger",
            None,
        ),  # better or worse, not more
    ],
)
def test_a_direction_turned_round_is_told(
    quote: str, source: str, turned: tuple[list[str], list[str]] | None
) -> None:
    assert reversed_direction(quote, source) == turned


@pytest.mark.parametrize(
    ("quote", "source", "changed"),
    [
        ("The household received $120", "The median household received $120", ([], ["median"])),
        ("took 400 days on average", "took 400 days", (["average"], [])),
        ("averaged 12 days", "averaged 12 days", ([], [])),
        ("Averages rose", "averages rose", ([], [])),  # letter case aside
    ],
)
def test_an_average_or_a_median_left_out_or_added_is_told(
    quote: str, source: str, changed: tuple[list[str], list[str]]
) -> None:
    assert changed_measures(quote, source) == changed


@pytest.mark.parametrize(
    ("quote", "passage", "changed"),
    [
        ("The ministry spends $41 million", "The ministry each year spends $41 million", ([], ["each year"])),
        ("spends annually $40 million", "spends $40 million", (["annually"], [])),
        (
            "each year the ministry spends",
            "annually the ministry spends",
            ([], []),
        ),  # one rate in other words
        (
            "600 migrants across",
            "600 migrants each day across",
            ([], []),
        ),  # the number's own rate, read apart
        ("Every year 300 migrants", "Every year, 300 migrants", ([], [])),
        # A word of rate after the number's words, the source's paragraph wrapped between: the number's.
        (
            "over 111,053 referrals through the quarterly warehouse.",
            "over 111,053 referrals through the\n    quarterly warehouse.",
            ([], []),
        ),
        # A word of rate describing a noun of its own after the number: how often that thing is.
        (
            "counted $20.9 billion, trained by the workforce of the census",
            "counted $20.9 billion, trained by the workforce of the quarterly census",
            ([], []),
        ),
        ("counted 300 arrests, a record", "counted 300 arrests, a quarterly record", ([], [])),
        (
            "300 homes, as told in the quarterly survey",
            "300 homes, as told in the *quarterly* survey",
            ([], []),
        ),
        # Before the number, or after it but describing nothing, it is the number's rate.
        ("Remittances reached $1.2 billion", "Monthly remittances reached $1.2 billion", ([], ["Monthly"])),
        ("spent $5 million, paid out", "spent $5 million, paid out quarterly", ([], ["quarterly"])),
        # "annual" is a year's rate as "yearly" is: one for the other says the same.
        ("Remittances reached $1.2 billion", "Annual remittances reached $1.2 billion", ([], ["Annual"])),
        ("an annual report on 40 clinics", "a yearly report on 40 clinics", ([], [])),
    ],
)
def test_a_rate_told_apart_from_its_number_left_out_or_added_is_told(
    quote: str, passage: str, changed: tuple[list[str], list[str]]
) -> None:
    assert changed_rates(quote, passage) == changed


@pytest.mark.parametrize(
    ("quote", "source", "told"),
    [
        ("5,000 jobs in 2021", "5,000 jobs since 2021", (["in 2021"], ["since 2021"])),
        ("train 3,000 officers in 2025", "train 3,000 officers by 2025", (["in 2025"], ["by 2025"])),
        ("since March 2022 the fund", "in March 2022 the fund", (["since March 2022"], ["in March 2022"])),
        ("until late 2023", "through late 2023", (["until late 2023"], ["through late 2023"])),
        ("5,000 jobs in 2021", "5,000 jobs in 2021", None),
        ("in 2021 and since 2022", "since 2021 and in 2022", (["in 2021"], ["since 2021"])),
        ("in 2021", "since 2021, and more in 2021", None),  # the source tells the year both ways
        ("in 2021", "since 2021-22", None),  # a span of years, read apart
        ("in 2021", "in 2022", None),  # another year: a number, told of apart
        # A part of a year told as the whole: a quarter's fall, or a fiscal year's spending, read as the year's.
        (
            "spent $80 million in 2022",
            "spent $80 million in fiscal year 2022",
            (["in 2022"], ["in fiscal year 2022"]),
        ),
        ("spent $81 million in 2022", "spent $81 million in FY2022", (["in 2022"], ["in FY2022"])),
        (
            "fell 12 percent in 2022",
            "fell 12 percent in the first quarter of 2022",
            (["in 2022"], ["in the first quarter of 2022"]),
        ),
        (
            "fell during 2022",
            "fell during the first six months of 2022",
            (["during 2022"], ["during the first six months of 2022"]),
        ),
        ("fell 14 percent in 2022", "fell 14 percent in January 2022", (["in 2022"], ["in January 2022"])),
        ("fell in 2022", "fell in January 2022, and 30 percent in 2022", None),  # the year told whole too
        ("jobs since 2021", "jobs since January 2021", None),  # a point, from the year's first day
        ("in fiscal year 2022", "in fiscal year 2022", None),
        ("in 2022", "in the 2022 budget", None),  # no part of the year
        # Words that tell the same of a year.
        ("received $50 million during 2022", "received $50 million in 2022", None),
        ("hired 300 staff in 2022", "hired 300 staff during 2022", None),
        ("paid till 2024", "paid until 2024", None),
        ("hired 300 staff during 2022", "hired 300 staff since 2022", (["during 2022"], ["since 2022"])),
        # A time told from now or in an order: another word, or another unit, is another time.
        ("This year, USAID trained 400", "Last year, USAID trained 400", (["This year"], ["Last year"])),
        (
            "spent $40 million in the first year",
            "spent $40 million in the first quarter",
            (["first year"], ["first quarter"]),
        ),
        ("hired 300 staff next month", "hired 300 staff this month", (["next month"], ["this month"])),
        ("hired 300 staff in the past year", "hired 300 staff in the last year", None),  # "past" is "last"
        ("hired 300 staff this year", "hired 300 staff in the first quarter of this year", None),
        ("hired 300 staff last year", "hired 300 staff last week", (["last year"], ["last week"])),
        (
            "hired 300 staff last year",
            "hired 300 staff in the first week",
            None,
        ),  # neither word nor unit shared
        # Times told in the plural, "recent" among them; their count is a number, read as numbers are.
        (
            "migrants gathered in recent years",
            "migrants gathered in recent months",
            (["recent years"], ["recent months"]),
        ),
        ("in the past two years", "in the past two months", (["past two years"], ["past two months"])),
        ("in the past two years", "in the past year", None),
        ("in recent months", "in recent months", None),
    ],
)
def test_a_time_told_with_another_word_is_told(
    quote: str, source: str, told: tuple[list[str], list[str]] | None
) -> None:
    assert changed_period(quote, source) == told


@pytest.mark.parametrize(
    ("quote", "source", "put_in"),
    [
        ("provided services last year to 740 victims", "provided services to 740 victims", ["last year"]),
        ("12 have done so this week", "thus far, 12 have done so", ["this week"]),
        ("in recent years, 300 clinics opened", "300 clinics opened", ["recent years"]),
        # The source tells a time of its own, which changed_period compares; or none is put in.
        ("hired 300 staff this year", "hired 300 staff last year", []),
        ("hired 300 staff", "hired 300 staff last year", []),
    ],
)
def test_a_time_from_now_put_in_is_told(quote: str, source: str, put_in: list[str]) -> None:
    assert relative_times_put_in(quote, source) == put_in


@pytest.mark.parametrize(
    ("quote", "source", "told"),
    [
        ("rose to 40 percent", "rose by 40 percent", (["rose to 40"], ["rose by 40"])),
        ("rose to 40 percent", "rose 40 percent", (["rose to 40"], ["rose 40"])),
        ("fell 12% in May", "fell to 12% in May", (["fell 12"], ["fell to 12"])),
        ("Prices went up to $3.50", "Prices went up by $3.50", (["went up to $3.50"], ["went up by $3.50"])),
        ("was cut from 1,200", "was cut to 1,200", (["cut from 1,200"], ["cut to 1,200"])),
        ("doubled by 300,000", "doubled to 300,000", (["doubled by 300,000"], ["doubled to 300,000"])),
        ("tripled to $40 million", "tripled by $40 million", (["tripled to $40"], ["tripled by $40"])),
        ("surged to 40%", "surged 40%", (["surged to 40"], ["surged 40"])),
        ("expanded by 12 towns", "expanded to 12 towns", (["expanded by 12"], ["expanded to 12"])),
        ("rose 40 percent", "rose by 40 percent", None),  # "by" or none, a change all the same
        ("rose by 40 percent", "increased 40 percent", None),  # another verb: no change to compare
        ("rose to 40 percent", "fell to 40 percent", None),  # a direction turned, told apart
        ("rose to 40 percent in 2022", "rose by 12 points to 40 percent in 2022", None),  # 40 a level in both
        ("up to 40 percent", "up by 40 percent", None),  # "up to" bounds a number; changes nothing
        ("rose to 40 percent", "rose by 40 percent, then rose to 40 percent", None),  # told both ways
    ],
)
def test_a_change_told_as_a_level_or_a_level_as_a_change_is_told(
    quote: str, source: str, told: tuple[list[str], list[str]] | None
) -> None:
    assert changed_change(quote, source) == told


@pytest.mark.parametrize(
    ("quoted", "said", "changed"),
    [
        ("families in Olancho", "more families in Olancho", True),
        ("additional teachers were hired", "teachers were hired", True),
        ("fewer clinics than before", "clinics than before", True),
        ("more families in Olancho", "more families in Olancho", False),
        ("extra shifts", "extra shifts at the clinic", False),
        # A rate left out, put in or changed: "$400 million" of "$400 million a year" is a quarter of four years'.
        (" until 2025", " a year until 2025", True),
        (
            " firms to comply",
            " firms a year to comply",
            False,
        ),  # "gave 300 firms a year to comply": a time given
        # Nothing between a number and its time is given the time: "$40 a day to feed a family".
        (" to feed a family", " a day to feed a family", True),
        (" to the region", " a year to the region", True),
        (" per person", "", True),
        (" monthly to each family", " annually to each family", True),
        # One rate in other words: "a month" is "per month", "a year" is "annually" or "per annum".
        (" a month in vouchers", " per month in vouchers", False),
        (" a year in the west", " annually in the west", False),
        (" yearly in the west", " per annum in the west", False),
        (" per head in Yoro", " per capita in Yoro", False),
        (" patients a day in Yoro", " patients daily in Yoro", False),
        (" a year in Yoro", " twice a year in Yoro", True),
        (" per person in Yoro", " per household in Yoro", True),
        (" nurses a day in Yoro", " patients daily in Yoro", True),  # another thing counted, at one rate
        (" a year to the region", " a year to the region", False),
        (" to the region", " a year ago to the region", False),  # a time gone by, no rate
        (" percent of families", " per cent of families", False),  # a percent, no rate
    ],
)
def test_a_count_told_as_an_increment_or_at_another_rate_counts_otherwise(
    quoted: str, said: str, changed: bool
) -> None:
    assert (changed_count(quoted, said) is not None) == changed


@pytest.mark.parametrize(
    ("quoted", "said", "changed"),
    [
        # A word that makes the unit another measure, left out: a hundredth of a point, an area, a volume.
        ("points in March", "basis points in March", True),
        ("kilometres of forest", "square kilometres of forest", True),
        ("km of forest", "sq km of forest", True),
        ("metres of water", "cubic metres of water", True),
        ("miles of coast", "square miles of coast", True),
        # Kept, or left out of another word, or before no unit: the same measure.
        ("basis points in March", "basis points in March", False),
        ("points in 2020", "percentage points in 2020", False),
        ("meals a day", "square meals a day", False),
        ("tons of maize", "metric tons of maize", False),
    ],
)
def test_a_unit_of_another_measure_counts_otherwise(quoted: str, said: str, changed: bool) -> None:
    assert (changed_count(quoted, said) is not None) == changed


@pytest.mark.parametrize(
    ("quoted", "said", "changed"),
    [
        # What a sum is in, put otherwise: "$179 million in grants" for "… in financing".
        (" in grants to promote", " in financing to promote", ("in grants", "in financing")),
        (" in loans and issued", " in aid and issued", ("in loans", "in aid")),
        (" in cash transfers for", " in food vouchers for", ("in cash transfers", "in food vouchers")),
        # Alike, or a word left out; a word put in before it is rootcheck.text.named's to tell.
        (" in financing to promote", " in financing to promote", None),
        (" in assistance for", " in humanitarian assistance for", None),
        (" in military assistance for", " in assistance for", None),
        # "in" before a place, a time or a thing named leads to no part of the sum.
        (" in the west", " in the region", None),
        (" in 2022", " in 2021", None),
        (" in Honduras", " in Guatemala", None),
        (" in total to", " in all to", None),
    ],
)
def test_what_a_sum_is_in_is_what_it_counts(quoted: str, said: str, changed: tuple[str, str] | None) -> None:
    assert changed_count(quoted, said, of_a_sum=True) == changed
    # Not a sum: "40 teachers in schools" counts teachers, wherever they are.
    assert changed_count(quoted, said) is None


@pytest.mark.parametrize(
    ("rest", "rate", "after_a_number"),
    [
        # "to" before a noun is a preposition's, and the rate goes on with it.
        (" a year to the region", "a year", "a year"),
        (" a month to Honduras", "a month", "a month"),
        (" a year to 40 municipalities", "a year", "a year"),
        (" a year to local groups", "a year", "a year"),
        (" a week to regional hospitals", "a week", "a week"),
        (" a year to families in Yoro", "a year", "a year"),
        # Before a verb, a time given ("gave 300 firms a year to comply"), but for a number or a sum just
        # before it, which nothing stands between to be given the time: "$40 a day to feed a family".
        (" a year to comply", None, "a year"),
        (" a year to appeal the ruling", None, "a year"),
        (" a year to focus on exports", None, "a year"),
        (" a year to access credit", None, "a year"),
        (" a year to hire local workers", None, "a year"),
        (" a year ago to the day", None, None),  # a time gone by
        (" each day across the gulf", "each day", "each day"),  # told whole
        # "from" where what is counted comes from, not where a time is counted from.
        (" a year from remittances", "a year", "a year"),
        (" a day from Guatemala", "a day", "a day"),
        (" a month from 2020 to 2025", None, "a month"),  # after a count, a year may date the time given
        (" a year from now", None, None),
        (" a year from today.", None, None),
        (" a year from January", None, None),
        (" a year from its launch", None, None),
        (" a year from the date of the ruling", None, None),
        (" a month from farms in Yoro", "a month", "a month"),
        # After a count, "from" before another noun may tell when the time given starts.
        (" a year from the ruling to comply", None, "a year"),
        (" a year from the central government", None, "a year"),
    ],
)
def test_a_rate_goes_on_with_to_before_a_noun_or_after_a_number(
    rest: str, rate: str | None, after_a_number: str | None
) -> None:
    assert (found["rate"] if (found := RATE.match(rest)) else None) == rate
    assert (found["rate"] if (found := RATE_AFTER_A_NUMBER.match(rest)) else None) == after_a_number


@pytest.mark.parametrize(
    ("quote", "source", "swapped"),
    [
        (
            "For example, in Guatemala, over 500",
            "For example, in Honduras, over 500",
            (["Guatemala"], ["Honduras"]),
        ),
        ("President Joe Biden tasked Harris", "President Joe Biden tasked Biden", (["Harris"], ["Biden"])),
        ("in El Salvador and Honduras", "in Guatemala and Honduras", (["El", "Salvador"], ["Guatemala"])),
        ("The US government in Honduras", "The U.S. Government in Honduras", None),  # typography and case
        ("in Petén", "in Peten", None),  # accents
        ("This program reached Honduras", "The program reached Honduras", None),  # a sentence's first word
        (
            "the Central American region in Mexico",
            "the Central America region in Mexican towns",
            None,
        ),  # forms
        ("in Austria", "in Australia", (["Austria"], ["Australia"])),
        # A name in capitals after a dash or a bracket is a name still, where a word may be any word.
        (
            "of migration—the State Department is",
            "of migration—USAID is",
            (["Department", "State"], ["USAID"]),
        ),
        ("Development (DHS) is helping", "Development (USAID) is helping", (["DHS"], ["USAID"])),
        ("of migration—The program is", "of migration—the program is", None),
        ("the Ministry of Labor--rarely", "the Ministry of Labor rarely", None),  # a dash written "--"
        ("in Honduras", "in the Honduras office of Guatemala", None),  # a name left out alone is no swap
        # The words for the source's initials, as the initials for its words.
        ("The United States has provided", "The U.S. has provided", None),
        ("aid from the United States reached", "aid from the US reached", None),
        ("The United Nations has provided", "The U.S. has provided", (["Nations", "United"], ["U.S"])),
        ("aid from the United Nations reached", "aid from the US reached", (["Nations", "United"], ["US"])),
    ],
)
def test_a_name_put_for_another_is_told(
    quote: str, source: str, swapped: tuple[list[str], list[str]] | None
) -> None:
    assert swapped_names(quote, source) == swapped


@pytest.mark.parametrize(
    ("quoted", "said", "changed"),
    [
        ("firms in the region", "jobs in the region", ("firms", "jobs")),
        ("new jobs. Additionally", "jobs. Additionally, up to", ("new jobs", "jobs")),
        ("farms", "firms", ("farms", "firms")),
        ("people who", "young people who", None),  # a word left out counts the same things
        ("job", "jobs", None),  # a form of the word
        ("private-sector firms", "private sector firms", None),  # typography
        ("Indigenous teachers", "indígenas teachers", None),  # accents, forms
        ("U.S. convictions", "U.S. convictions of", None),
        ("the Ombudsman's Office", "through the Ombudsman’s Office.", None),  # a preposition left out
        ("in 2022", "teachers in 2022", None),  # the quote names nothing counted
        ("", "jobs", None),  # the quote ends with its number
        ("jobs", "", ("jobs", "")),
        (
            "principals and 30 teachers",
            "teachers and 30 principals",
            ("principals", "teachers"),
        ),  # not past 30
        ("housing units", "school units", ("housing units", "school units")),
        ("the aid went", "of aid went to", None),  # an article the quote adds
        ("teachers ... grants from the ministery", "teachers in the region, thanks to grants", None),
        ("H-2B visas", "H-2B visas for", None),  # a name holding a digit is no number
        # Nouns joined by "and" are counted together: each is weighed.
        (
            "teachers and nurses in 2022",
            "teachers and doctors in 2022.",
            ("teachers and nurses", "teachers and doctors"),
        ),
        # One side of a join left out counts fewer things; the join left out whole, the same more broadly.
        (
            "companies have",
            "companies and organizations have committed",
            ("companies", "companies and organizations"),
        ),
        (
            "local government officials to",
            "national and local government officials to implement",
            ("local government officials", "national and local government officials"),
        ),
        ("young women across", "young men and women across", ("young women", "young men and women")),
        # Its left side kept, and the words both sides share after the join.
        (
            "national government officials",
            "national and local government officials in procurement",
            ("national government officials", "national and local government officials"),
        ),
        ("women in the region", "women and girls in the region", ("women", "women and girls")),
        ("government officials to", "national and local government officials to", None),
        # No plural joined, or a compared word after the join: not two sides of one count.
        ("vaccine doses, we know", "vaccine doses and hurricane relief, we know", None),
        ("nurses for staff", "nurses or higher wages for staff", None),
        ("rescue teams to", "search and rescue teams to the coast", None),
        # Its left side kept where the quote ends: a quote stopping short, told where ends are.
        ("women", "women and girls in the region", None),
        # A clause mark ends the noun as well as a preposition does.
        (
            "teachers and nurses (in 2022)",
            "teachers and doctors (in 2022)",
            ("teachers and nurses", "teachers and doctors"),
        ),
        ("national and local officials to", "national and local government officials to", None),
        ("jobs and helped 8,000 firms", "jobs and helped 8,000 farms", None),  # another figure's things
        # A verb in -ed after the noun is read with it: "killed" is not "displaced".
        (
            "people killed by rising water",
            "people displaced by rising water",
            ("people killed", "people displaced"),
        ),
        # Told with the "of" that counting leaves out.
        (" of exports in 2022", " of GDP in 2022", ("of exports", "of GDP")),
        ("labour organisations in", "labor organizations in", None),  # British spellings are one word
        # A rate left out after what the number counts: "40 patients" are a day's.
        (" patients in Yoro", " patients a day in Yoro", ("patients", "patients a day")),
        (
            " migrants across the gulf",
            " migrants each day across the gulf",
            ("migrants", "migrants each day"),
        ),
        (" tons of maize in", " tons of maize a month in", ("tons of maize", "tons of maize a month")),
        (" patients a week in Yoro", " patients a day in Yoro", ("patients a week", "patients a day")),
        (" patients a day in Yoro", " patients a day in Yoro", None),
        (" firms to comply", " firms a year to comply", None),  # a time given, no rate
        (" firms took two days", " firms took a day", None),  # what they did, no rate
        # Words spelled out for the initials the source counts with, or the other way: the same things.
        (" survivors of gender-based violence in", " survivors of GBV in", None),
        (" survivors of GBV in", " survivors of gender-based violence in", None),
        (" survivors of floods in", " survivors of GBV in", ("survivors of floods", "survivors of GBV")),
        # A rate is read past the number it is of.
        ("deaths per 100,000 people in", "deaths per 100,000 people in 2022", None),
        (
            "deaths per 100,000 people in",
            "deaths per 100,000 residents in",
            ("deaths per people", "deaths per residents"),
        ),
    ],
)
def test_what_a_number_counts_is_told_when_the_quote_names_other_things(
    quoted: str, said: str, changed: tuple[str, str] | None
) -> None:
    assert changed_count(quoted, said) == changed


@pytest.mark.parametrize(
    ("quoted", "said", "left_out"),
    [
        ("young men", "young men and women across the region", ("young men and women", "and women")),
        ("women.", "women and girls.", ("women and girls", "and girls")),
        ("of women", "of women and girls in the region", ("of women and girls", "and girls")),
        # Before a verb, the second side may be a clause's subject: "40 bridges and roads were paved".
        ("companies", "companies and organizations have committed", None),
        ("bridges", "bridges and roads were paved", None),
        ("patients", "patients and staff reported long waits.", None),
        ("hours a week", "hours a week and weekends.", None),
        # The quote goes on past what it counts: a slip there is weighed as one (see changed_count).
        ("young men across", "young men and women across the region", None),
        # No number of anything is joined: relief, logistics are no plurals.
        ("vaccine doses", "vaccine doses and hurricane relief, we know", None),
        ("trucks", "trucks and logistics.", None),
        # A word that starts another phrase: compared, counted otherwise, told of, or a verb.
        ("nurses", "nurses or higher wages for staff", None),
        ("drugs", "drugs and over-the-counter remedies.", None),
        ("teachers", "teachers and many parents.", None),
        ("farmers", "farmers and nearly doubled yields.", None),
        ("staff", "staff and operates clinics in four districts.", None),
        ("jobs", "jobs and trained 5,000 youths", None),
        # One thing named in two words.
        ("days", "days and nights.", None),
        ("", "young men and women", None),
    ],
)
def test_a_quote_ending_after_one_side_of_a_join_is_told_what_it_leaves_out(
    quoted: str, said: str, left_out: tuple[str, str] | None
) -> None:
    assert join_left_out(quoted, said) == left_out


@pytest.mark.parametrize(
    ("quote", "figure", "to"),
    [
        (
            "Approximately 47 companies and organizations have committed",
            "Approximately 47 companies",
            "organizations",
        ),
        ("Nearly 8,000 private sector firms were helped", "Nearly 8,000 private sector", "firms"),
        # A join the quote goes on past, to words telling of the whole count or a preposition.
        ("The program trained 300 teachers and principals last year", "300 teachers", "principals"),
        ("The agency hired 120 staff and volunteers this year", "120 staff", "volunteers"),
        ("The ministry deployed 420 doctors and nurses nationwide", "420 doctors", "nurses"),
        (
            "It trained 320 health workers and community volunteers last year",
            "320 health workers",
            "volunteers",
        ),
        ("The clinic treats 125 patients and staff members daily", "125 patients", "members"),
        ("The clinic hired 41 nurses and staff say morale fell last year", "41 nurses", None),
        ("The firm employs 75 engineers & technicians at the plant", "75 engineers", "technicians"),
        # Read where the quote runs past its reading, to the last word the reading holds whole.
        (
            "The program trained 302 teachers and principals last year in twelve districts across the north",
            "302 teachers",
            "principals",
        ),
        # A possessive's noun naming a body or place serving its owners, which the number counts.
        ("The program supported 12 farmers' cooperatives in Oaxaca", "12 farmers", "cooperatives"),
        ("The fund paid for 20 women’s shelters", "20 women", "shelters"),
        ("The grant helped 27 women's rights organizations in 2021", "27 women", "organizations"),
        # A clause of its own after the join: a verb, after the time too.
        ("The storm destroyed 40 homes and officials said 3 people died", "40 homes", None),
        ("Inspectors visited 31 factories and workers say wages are late", "31 factories", None),
        ("Inspectors fined 34 factories and workers last year said wages were late", "34 factories", None),
        ("Workers built 50 houses and repaired roads last year", "50 houses", None),
        ("Workers built 51 houses and dug wells last year", "51 houses", None),
        ("It trained 260 nurses and also built clinics last year", "260 nurses", None),
        ("The program reached 450 teachers and their students last year", "450 teachers", None),
        (
            "It trained 321 health workers, and community volunteers helped last year",
            "321 health workers",
            None,
        ),
        # Another number, a mass, one thing counted.
        ("The ministry built 16 schools and 5 clinics last year", "16 schools", None),
        ("Police seized 28 rifles and ammunition last month", "28 rifles", None),
        ("The UN sent 1 convoy and aid groups last week", "1 convoy", None),
        ("The UN sent 1 convoy and aid groups in May", "1 convoy", None),
        # What each owner has: the number counts the owners.
        ("The fund paid 310 teachers' salaries last year", "310 teachers", None),
        ("The flood damaged 130 residents' homes in May", "130 residents", None),
        # Bounds and phrases of "of".
        ("The survey counted 380 schools or thereabouts last year", "380 schools", None),
        ("It served 740 victims of human trafficking in the region", "740 victims", None),
        # The figure whole.
        (
            "The fund paid 1,151 teachers and health workers last year",
            "1,151 teachers and health workers",
            None,
        ),
        ("The cooperative supported 19 farmers' associations", "19 farmers' associations", None),
    ],
)
def test_a_figure_stopping_inside_what_its_quote_counts_is_told_where_to_end(
    quote: str, figure: str, to: str | None
) -> None:
    """The message names the word to write the figure to; the quote is read as
    :func:`rootcheck.text.edges.figure_readings` reads it."""
    number = number_words(figure)
    assert number is not None
    quoted = figure_at(quote, quote.index(number))
    assert quoted is not None
    told = figure_stops_short(figure, quoted)
    assert (told.rsplit("“", 1)[-1].removesuffix("”") if told else None) == to


def test_a_quote_that_ends_ends_what_it_counts() -> None:
    """Where the quote itself ends, a noun joined by "and" is read whole; where only the reading of it
    stopped (``cut``), the words may go on, and the joined noun is left unread."""
    said = "teachers and doctors across the region"
    assert changed_count("teachers and nurses", said, cut=False) == (
        "teachers and nurses",
        "teachers and doctors",
    )
    assert changed_count("teachers and nurses", said, cut=True) is None


@pytest.mark.parametrize(
    ("figure", "passage", "foreign"),
    [
        (
            "nearly $420 million in military assistance",
            "nearly $420 million in humanitarian assistance",
            ["military"],
        ),
        ("$112 million in loans", "$112 million in assistance", ["loans"]),
        ("nearly 8,000 firms", "nearly 8,000 private sector firms", []),  # a word left out
        ("the 8,000 firm", "8,000 firms", []),  # another form of the same word, an article added
        ("more than 90,000 Jobs", "more than 90,000 jobs", []),
        ("labour organisations", "labor organizations", []),  # British spellings
        ("four schools", "for schools", ["four"]),  # no British spelling of "for"
    ],
)
def test_a_figure_word_the_passage_lacks_in_every_form_is_found(
    figure: str, passage: str, foreign: list[str]
) -> None:
    assert words_not_in(figure, passage) == foreign


@pytest.mark.parametrize(
    ("quote", "source", "changed"),
    [
        ("have invested $4.2 billion", "have committed to invest $4.2 billion", ([], ["committed"])),
        ("has spent $189 million", "has leveraged $189 million", ([], ["leveraged"])),
        ("pledged and committed $5", "committed $5", (["pledged"], [])),
        ("have pledged $2 billion", "have committed $2 billion", ([], [])),  # a promise for a promise
        ("have disbursed $2 billion", "have spent $2 billion", ([], [])),
        # What will be done, or was proposed, is not what was done.
        ("we launched a task force", "we will launch a task force", ([], ["will"])),
        ("a $4 billion aid package", "a proposed $4 billion aid package", ([], ["proposed"])),
        ("the ministry trained 400 teachers", "the ministry plans to train 400 teachers", ([], ["plans"])),
        ("letters and invested $3 billion", "letters promising to invest $3 billion", ([], ["promising"])),
        # "Will" written short is "will"; one just beside the passage is no word the quote adds.
        ("We'll launch 20 task forces", "We will launch 20 task forces", ([], [])),
        ("Partners won't stop", "Partners will not stop", ([], [])),
        # A word of promise that promises nothing here: a deed done.
        ("violence by gangs rose", "violence committed by gangs rose", ([], [])),
        ("shows results", "shows promising results", ([], [])),
        ("the commitment of $5 million", "the $5 million", (["commitment"], [])),
        # Money asked for, or set aside, is not money spent.
        ("has spent $4 billion in aid", "has asked for $4 billion in aid", ([], ["asked"])),
        ("spent $3 million", "allocated $3 million", ([], ["allocated"])),
        ("reached 12,000 families", "could reach 12,000 families", ([], ["could"])),
        # Money bound by contract or allowed by law is not money paid out; "the obligated funds" describes.
        ("USAID provided $500 million", "USAID obligated $500 million", ([], ["obligated"])),
        ("Congress spent $4 billion", "Congress authorized $4 billion", ([], ["authorized"])),
        ("disbursed $120 million of the funds", "disbursed $120 million of the obligated funds", ([], [])),
        # What plans, expects or tries before "to", and only there: elsewhere a deed.
        ("created 50,000 jobs", "is set to create 50,000 jobs", ([], ["set"])),
        ("hired 300 dockers", "tried to hire 300 dockers", ([], ["tried"])),
        ("funded 364 teachers", "is unlikely to fund 364 teachers", ([], ["unlikely"])),
        ("set 368 records", "set 368 records", ([], [])),
        ("tried 300 cases", "heard 300 cases", ([], [])),
        # "Target" as a verb before the number it aims at plans; describing, it plans nothing.
        ("created 50,000 jobs", "targeted 50,000 jobs", ([], ["targeted"])),
        ("reached about 40% growth", "targets about 40% growth", ([], ["targets"])),
        ("targeted $5 million in loans", "lent $5 million", (["targeted"], [])),
        ("targets 50,000 jobs", "targeted 50,000 jobs", ([], [])),
        ("is aiming at two million people", "is targeting two million people", ([], [])),
        ("the 300 households", "the targeted 300 households", ([], [])),
        ("provided aid to 300 households", "provided targeted aid to 300 households", ([], [])),
        ("reached the poorest towns", "targeted the poorest towns", ([], [])),
    ],
)
def test_a_promise_left_out_or_added_is_told(
    quote: str, source: str, changed: tuple[list[str], list[str]]
) -> None:
    assert changed_promises(quote, source) == changed


@pytest.mark.parametrize(
    ("quote", "source", "turned"),
    [
        ("officials have been untrained", "officials have been trained", (["untrained"], ["trained"])),
        ("to governmental groups", "to non-governmental groups", (["governmental"], ["nongovernmental"])),
        # "non" apart, or joined by another hyphen, is the same word.
        ("to non governmental groups", "to non-governmental groups", None),
        ("to non-governmental groups", "to non\u2011governmental groups", None),
        ("given indirectly to", "given directly to", (["indirectly"], ["directly"])),
        ("given directly to", "given directly to", None),
        ("an inn", "an n", None),  # too short a word to be negated
        ("an overutilized partner", "an underutilized partner", (["overutilized"], ["underutilized"])),
        ("40 underfunded clinics", "40 overfunded clinics", (["underfunded"], ["overfunded"])),
        ("an overt act", "an undert act", None),  # too short a stem
        ("areas of high in-migration", "areas of high out-migration", (["in-migration"], ["out-migration"])),
        ("out-of-school youth", "in-school youth", None),  # "-of-school" is no stem of "-school"
    ],
)
def test_a_word_turned_into_its_opposite_is_told(
    quote: str, source: str, turned: tuple[list[str], list[str]] | None
) -> None:
    assert negated_words(quote, source) == turned


@pytest.mark.parametrize(
    ("quote", "source", "turned"),
    [
        ("12 have declined to do so", "12 have done so", (["declined"], ["done"])),
        ("the U.S. has received services", "the U.S. has provided services", (["received"], ["provided"])),
        ("helped eliminate 90,000 jobs", "helped create 90,000 jobs", (["eliminate"], ["create"])),
        ("employment before training", "employment following training", (["before"], ["following"])),
        ("a large move", "a small move", (["large"], ["small"])),
        # Who or where is counted.
        ("Rural unemployment fell", "Urban unemployment fell", (["rural"], ["urban"])),
        ("300 young men", "300 young women", (["men"], ["women"])),
        ("Adult unemployment fell", "Youth unemployment fell", (["adult"], ["youth"])),
        ("Immigration rose", "Emigration rose", (["immigration"], ["emigration"])),
        ("Coffee imports rose", "Coffee exports rose", (["imports"], ["exports"])),
        ("Foreign investment rose", "Domestic investment rose", (["foreign"], ["domestic"])),
        ("300 young men and women", "300 young women and men", None),
        # A deed's start for its end, and deeds undone.
        (
            "nearly 12,000 youth recently starting their training",
            "nearly 12,000 youth recently completing their training",
            (["starting"], ["completing"]),
        ),
        ("the ministry closed 40 clinics", "the ministry opened 40 clinics", (["closed"], ["opened"])),
        ("the state sold 17 million doses", "the state bought 17 million doses", (["sold"], ["bought"])),
        ("resulted in 74 acquittals", "resulted in 74 convictions", (["acquittals"], ["convictions"])),
        ("police released 7,800 people", "police arrested 7,800 people", (["released"], ["arrested"])),
        ("Mexico admitted 4,000 migrants", "Mexico deported 4,000 migrants", (["admitted"], ["deported"])),
        ("the court denied 4,000 claims", "the court approved 4,000 claims", (["denied"], ["approved"])),
        ("the firm dismissed 300 workers", "the firm hired 300 workers", (["dismissed"], ["hired"])),
        ("the bank borrowed $5 million", "the bank lent $5 million", (["borrowed"], ["lent"])),
        ("farmers gained $5 million", "farmers lost $5 million", (["gained"], ["lost"])),
        # What was done to a thing undone.
        (
            "150 individuals responsible for defending democracy",
            "150 individuals responsible for undermining democracy",
            (["defending"], ["undermining"]),
        ),
        (
            "laws that strengthened 40 courts",
            "laws that weakened 40 courts",
            (["strengthened"], ["weakened"]),
        ),
        ("their ability to join gangs", "their ability to resist gangs", (["join"], ["resist"])),
        ("aid is taken from local firms", "aid is given to local firms", (["taken"], ["given"])),
        ("aid is given to foreign firms", "aid is given to local firms", (["foreign"], ["local"])),
        ("12 firms divested", "12 firms invested", (["divested"], ["invested"])),
        ("would end a pathway", "would create a pathway", (["end"], ["create"])),
        ("abolished 300 posts", "created 300 posts", (["abolished"], ["created"])),
        ("has helped cut 90,000 jobs", "has helped create 90,000 jobs", (["cut"], ["create"])),
        ("firms shed 400 jobs", "firms built 400 jobs", (["shed"], ["built"])),
        ("by blocking a pathway", "by creating a pathway", (["blocking"], ["creating"])),
        ("a narrow strategy", "a comprehensive strategy", (["narrow"], ["comprehensive"])),
        (
            "and restrict freedom of association",
            "and promote freedom of association",
            (["restrict"], ["promote"]),
        ),
        ("working unilaterally", "working collaboratively", (["unilaterally"], ["collaboratively"])),
        ("We are ashamed that", "We are proud that", (["ashamed"], ["proud"])),
        ("local and international firms", "international and local firms", None),
        # A thing launched, given or pursued, called off or taken back.
        ("cancelled a $3 million project", "launched a $3 million project", (["cancelled"], ["launched"])),
        ("completed a $3 million project", "launched a $3 million project", (["completed"], ["launched"])),
        ("withdrawn a call to action", "issued a call to action", (["withdrawn"], ["issued"])),
        ("plans to revoke 6,000 visas", "plans to allot 6,000 visas", (["revoke"], ["allot"])),
        ("withheld $420 million", "provided $420 million", (["withheld"], ["provided"])),
        # Who a deed is done to, or by, and where people go.
        ("care for perpetrators of abuse", "care for victims of abuse", (["perpetrators"], ["victims"])),
        ("to prevent adult labor", "to prevent child labor", (["adult"], ["child"])),
        ("has received 17 million doses", "has delivered 17 million doses", (["received"], ["delivered"])),
        # Who gives and who gets, and how wide a standard is.
        (
            "businesses to provide $179 million",
            "businesses to access $179 million",
            (["provide"], ["access"]),
        ),
        (
            "have committed to receive $4.2 billion",
            "have committed to invest $4.2 billion",
            (["receive"], ["invest"]),
        ),
        (
            "nationally recognized standards",
            "internationally recognized standards",
            (["nationally"], ["internationally"]),
        ),
        ("businesses to repay $179 million", "businesses to access $179 million", (["repay"], ["access"])),
        ("aid is lent directly to", "aid is given directly to", (["lent"], ["given"])),
        ("owed nearly $420 million", "provided nearly $420 million", (["owed"], ["provided"])),
        ("She is seen as a minor figure", "She is seen as a key figure", (["minor"], ["key"])),
        # Judgements of how much or how hard, turned round.
        ("is a major move in this direction", "is a small move in this direction", (["major"], ["small"])),
        ("Modest levels of poverty", "High levels of poverty", (["modest"], ["high"])),
        ("was mildly criticized", "was heavily criticized", (["mildly"], ["heavily"])),
        ("Violence is sporadic", "Violence is endemic", (["sporadic"], ["endemic"])),
        ("makes it harder to hire", "makes it easier to hire", (["harder"], ["easier"])),
        ("a cautious plan", "a bold plan", (["cautious"], ["bold"])),
        ("is abandoning a strategy", "is pursuing a strategy", (["abandoning"], ["pursuing"])),
        ("the firm fired 300 workers", "the firm hired 300 workers", (["fired"], ["hired"])),
        # What a thing does to another, done the other way.
        ("to discourage investment", "to encourage investment", (["discourage"], ["encourage"])),
        ("have eased migration", "have exacerbated migration", (["eased"], ["exacerbated"])),
        ("minimizing their impacts", "magnifying their impacts", (["minimizing"], ["magnifying"])),
        ("governance enabled a response", "governance inhibited a response", (["enabled"], ["inhibited"])),
        ("to slow recovery", "to promote recovery", (["slow"], ["promote"])),
        ("restoring trust", "eroding trust", (["restoring"], ["eroding"])),
        ("restricting access", "expanding access", (["restricting"], ["expanding"])),
        ("in spreading the pandemic", "in combating the pandemic", (["spreading"], ["combating"])),
        ("We are competing with partners", "We are partnering with others", (["competing"], ["partnering"])),
        ("the plan will succeed", "the plan will fail", (["succeed"], ["fail"])),
        # How much a thing is, or how it is done.
        ("minor corruption", "significant corruption", (["minor"], ["significant"])),
        ("a modest change", "a wholesale change", (["modest"], ["wholesale"])),
        ("voluntary labor", "forced labor", (["voluntary"], ["forced"])),
        (
            "privately identifying 150 people",
            "publicly identifying 150 people",
            (["privately"], ["publicly"]),
        ),
        ("the least vulnerable", "the most vulnerable", (["least"], ["most"])),
        ("to manage migration harshly", "to manage migration humanely", (["harshly"], ["humanely"])),
        ("6,000 permanent visas", "6,000 temporary visas", (["permanent"], ["temporary"])),
        ("is reluctant about fulfilling", "is keen on fulfilling", (["reluctant"], ["keen"])),
        ("will encourage lesser sharing", "will encourage greater sharing", (["lesser"], ["greater"])),
        ("a larger move", "a small move", (["larger"], ["small"])),
        ("all the less pressing", "all the more pressing", (["less"], ["more"])),
        ("has halted engagement", "has restarted engagement", (["halted"], ["restarted"])),
        ("to promote economic downturn", "to promote economic recovery", (["downturn"], ["recovery"])),
        ("promoted impunity", "promoted accountability", (["impunity"], ["accountability"])),
        ("abandoning their training", "completing their training", (["abandoning"], ["completing"])),
        ("to repel such investment", "to attract such investment", (["repel"], ["attract"])),
        # A bound of a number is the figure's to read.
        ("fewer than 300 loans", "more than 300 loans", None),
        ("the slow hand of justice", "the swift hand of justice", (["slow"], ["swift"])),
        ("where a few of its predecessors failed", "where its many predecessors failed", (["few"], ["many"])),
        (
            "to foster foreign-led development",
            "to foster locally led development",
            (["foreign"], ["locally"]),
        ),
        # Another word of the same side says what the source does.
        ("major changes", "significant changes", None),
        ("delivered $420 million", "provided $420 million", None),
        # Either word of a pair kept, or none put in: no swap.
        ("provided and received aid", "provided aid", None),
        ("has helped create jobs", "has created jobs", None),
    ],
)
def test_a_word_put_for_its_opposite_is_told(
    quote: str, source: str, turned: tuple[list[str], list[str]] | None
) -> None:
    assert opposite_words(quote, source) == turned


def test_a_promise_just_outside_the_passage_is_none_the_quote_adds() -> None:
    # Fuzzy search may end a passage just short of "We will": the quote has it, as the source does.
    quote, passage = "We will use these and other tools", "use these and other tools"
    assert changed_promises(quote, passage) == (["will"], [])
    assert changed_promises(quote, passage, around="to that end. We will ") == ([], [])


@pytest.mark.parametrize(
    ("quote", "source", "swapped"),
    [
        ("has pledged $4 billion in aid", "has asked for $4 billion in aid", (["pledged"], ["asked"])),
        (
            "have been asked to invest $4.2 billion",
            "have committed to invest $4.2 billion",
            (["asked"], ["committed"]),
        ),
        ("the ministry sought $5 million", "the ministry budgeted $5 million", (["sought"], ["budgeted"])),
        (
            "firms are expected to invest $4.2 billion",
            "firms have committed to invest $4.2 billion",
            (["expected"], ["committed"]),
        ),
        ("is projected to create 351 jobs", "is planned to create 351 jobs", (["projected"], ["planned"])),
        ("firms hope to invest $4.2 billion", "firms expect to invest $4.2 billion", None),
        # One word asking for another, or promising for another, says the same.
        ("has requested $4 billion in aid", "has asked for $4 billion in aid", None),
        ("have pledged to invest $4.2 billion", "have committed to invest $4.2 billion", None),
        # A promise left out or put in is told as that, not as a swap.
        ("has $4 billion in aid", "has asked for $4 billion in aid", None),
    ],
)
def test_a_thing_asked_for_foreseen_or_promised_told_as_another_is_told(
    quote: str, source: str, swapped: tuple[list[str], list[str]] | None
) -> None:
    assert promise_told_otherwise(quote, source) == swapped


@pytest.mark.parametrize(
    ("quote", "source", "swapped"),
    [
        ("in southern Honduras", "in northern Honduras", (["southern"], ["northern"])),
        ("in the north-east", "in the northwest", (["north-east"], ["northwest"])),
        ("in north-eastern Honduras", "in northeastern Honduras", None),  # one bearing, however written
        ("the North Triangle", "the Northern Triangle", None),
        ("Central America", "northern Central America", None),  # a bearing left out alone is no swap
    ],
)
def test_a_compass_bearing_put_for_another_is_told(
    quote: str, source: str, swapped: tuple[list[str], list[str]] | None
) -> None:
    assert swapped_bearing(quote, source) == swapped


DOCUMENT = "Officials in Honduras and Guatemala met. Today the office opened. In addition, Mexico joined."


@pytest.mark.parametrize(
    ("quote", "said", "before", "swapped"),
    [
        ("Honduras, 40 judges", "Guatemala", "Officials in Honduras and ", (["Honduras"], ["Guatemala"])),
        ("Mexico, 40 judges", "Guatemala", "Officials in Honduras and ", (["Mexico"], ["Guatemala"])),
        # A word the document writes in small letters too, or never as a name, is no name put first.
        ("Today, 40 judges", "Guatemala", "Officials in Honduras and ", None),
        ("Meanwhile, 40 judges", "Guatemala", "Officials in Honduras and ", None),
        # Where the source's word starts a sentence, it is no name either.
        ("Honduras, 40 judges", "Today", "Guatemala met. ", None),
        ("Hondura, 40 judges", "Honduras", "Officials in ", None),  # a form of one name
        # An initial's point opens no sentence: "Government" of "the U.S. Government" is a name.
        ("Mexico has hired 40 judges", "Government", "Officials of the U.S. ", (["Mexico"], ["Government"])),
        # Initials and acronyms, names wherever they stand, are no forms of one another.
        ("USAID efforts have", "U.S.", "Officials in Honduras and ", (["USAID"], ["U.S."])),
        ("UN efforts have", "USAID", "Officials in Honduras and ", (["UN"], ["USAID"])),
        # Initials starting the source's sentence are a name all the same.
        ("USAID efforts have", "U.S.", "Guatemala met. ", (["USAID"], ["U.S."])),
        # A name, or a form of one, where the source has a word in small letters; not another word.
        ("Mexican government charges", "foreign", "Officials in Honduras and ", (["Mexican"], ["foreign"])),
        ("Meanwhile, 40 judges", "the", "Officials in Honduras and ", None),
        ("Foreign government charges", "foreign", "Officials in Honduras and ", None),
    ],
)
def test_a_first_word_is_a_name_put_for_another_only_where_the_document_names_it(
    quote: str, said: str, before: str, swapped: tuple[list[str], list[str]] | None
) -> None:
    assert swapped_first_name(quote, said, before, DOCUMENT) == swapped


def test_initials_and_acronyms_are_no_forms_of_one_another() -> None:
    assert swapped_names("the USAID efforts", "the U.S. efforts") == (["USAID"], ["U.S"])
    assert swapped_names("the Mexican efforts", "the Mexico efforts") is None


def test_initials_are_spelled_out_by_words_not_by_their_own_letters() -> None:
    # "U.S." stands in the quote before the words it is for: the words, not its letters, spell it out.
    quote = "The U.S. Government, through the United States Department of Labor, is partnering"
    source = "The U.S. Government, through the U.S. Department of Labor, is partnering"
    assert swapped_names(quote, source) is None


@pytest.mark.parametrize(
    ("quote", "document", "spelled"),
    [
        (
            "In El Salvador, the U.S. Agency for International Development is training 380 staff",
            "Report. In El Salvador, USAID is training 380 staff.",
            ("USAID", "U.S. Agency for International Development"),
        ),
        (
            "delivered doses in partnership with the COVID-19 Vaccines Global Access facility",
            "delivered doses in partnership with COVAX.",
            None,  # its initials are not the words' first letters
        ),
        # The quote writes the initials too, or the source has none of three letters or more.
        (
            "USAID, the U.S. Agency for International Development, trained 380 staff",
            "USAID trained 380 staff.",
            None,
        ),
        ("the United Nations sent 40 doctors", "the UN sent 40 doctors.", None),
    ],
)
def test_initials_a_quote_spells_out_are_found(
    quote: str, document: str, spelled: tuple[str, str] | None
) -> None:
    assert initials_spelled_out(quote, document) == spelled


def test_a_hyphen_dropped_or_put_in_is_no_other_name() -> None:
    assert swapped_names("U.S. Government supported training", "U.S. Government-supported training") is None
    assert swapped_names("the Anticorruption Task Force", "the Anti-Corruption Task Force") is None


def test_a_word_after_a_sentence_s_stop_is_no_name_but_after_an_initial_s_it_is() -> None:
    assert swapped_names("90,000 jobs. Also, U.S. efforts", "90,000 jobs. Additionally, U.S. efforts") is None
    assert swapped_names("the U.S. Congress said", "the U.S. Government said") == (
        ["Congress"],
        ["Government"],
    )


@pytest.mark.parametrize(
    ("quote", "source", "added"),
    [
        (
            "El Salvador, Guatemala, Honduras and Nicaragua with",
            "El Salvador, Guatemala, and Honduras with",
            ["Nicaragua"],
        ),
        # Initials of the source's words, and a form of a name it has, are no names put in.
        ("to local companies and NGOs", "to local companies and non-governmental organizations", []),
        ("for visas to the U.S. now", "for visas to the United States now", []),
        ("the Centroaméricas Local initiative", "the *Centroamérica Local* initiative", []),
        # A first word in capitals alone is a name, as no sentence writes its first word so.
        ("UN support for 8,000 firms", "support for 8,000 firms", ["UN"]),
        ("U.S. charges against 200 people", "charges against 200 people", ["U.S"]),
        ("Support for 8,000 firms", "support for 8,000 firms", []),
        # Capitals before a dollar sign tell its currency, and name nothing.
        ("has asked for US$4 billion in aid", "has asked for $4 billion in aid", []),
        ("US $2 million in aid", "$2 million in aid", []),
    ],
)
def test_a_name_put_in(quote: str, source: str, added: list[str]) -> None:
    assert added_names(quote, source) == added


_SHEET = (
    "USAID is expanding its outreach to local groups, including women-led groups and directly supporting "
    "more than 20 local partners. These efforts resulted in 74 U.S. convictions, foreign government "
    "charges against more than 200 individuals."
)


@pytest.mark.parametrize(
    ("quote", "passage", "added"),
    [
        # The quote's first two words open the sentence's clause before the passage: its own subject.
        ("USAID is directly supporting more than 20 local partners", "directly supporting more than", []),
        # The name stands before, but put to other things: "U.S. convictions", not "U.S. charges".
        ("U.S. charges against more than 200 individuals", "charges against more than 200", ["U.S"]),
    ],
)
def test_a_first_name_the_sentence_before_opens_with_is_the_quote_s_own(
    quote: str, passage: str, added: list[str]
) -> None:
    start = _SHEET.index(passage)
    span = Span(start, start + len(passage))
    assert unless_opening_before(added_names(quote, passage), quote, _SHEET, span) == added


@pytest.mark.parametrize(
    ("quote", "source", "swapped"),
    [
        (
            "is the second U.S. government strategy",
            "is the first U.S. government strategy",
            (["second"], ["first"]),
        ),
        ("the last year", "the first year", (["last"], ["first"])),
        ("its 22nd round", "its 21st round", (["22nd"], ["21st"])),
        # One place written two ways is no other place.
        ("in its 3rd year", "in its third year", None),
        ("in its first year", "in its first year, a second time", None),
    ],
)
def test_a_place_in_an_order_put_for_another(
    quote: str, source: str, swapped: tuple[list[str], list[str]] | None
) -> None:
    assert swapped_ordinal(quote, source) == swapped


@pytest.mark.parametrize(
    ("typed", "meant", "looks_so"),
    [
        ("Guatamala", "Guatemala", True),
        ("yuoth", "youth", True),
        ("Goverment", "Government", True),
        # Another word, or the same one: no typing to blame.
        ("Honduras", "Guatemala", False),
        ("firms", "jobs", False),
        ("Austria", "Australia", False),
        ("youth", "youth", False),
    ],
)
def test_a_word_that_looks_mistyped(typed: str, meant: str, looks_so: bool) -> None:
    assert mistyped(typed, meant) is looks_so


def test_every_hedge_ends_with_a_word_its_quick_look_knows() -> None:
    # hedge_ending reads a text's last word before its pattern: a hedge added to the pattern whose
    # last word the quick look lacks would never be found at a quote's start.
    from rootcheck.text import hedges as hedging

    forms = (
        "seen as, sees as, viewed as, views as, regarded as, regards as, perceived as, perceives as, "
        "described as, describes as, is considered, are considered, was considered, were considered, "
        "be considered, been considered, being considered, widely considered, generally considered, "
        "often considered, considered as, considered to be, alleged, allegedly, alleges, allege, "
        "reportedly, supposedly, purportedly, reputedly, believed to be, believed to have, thought to be, "
        "thought to have, said to be, said to have, rumored to be, rumoured to have"
    )
    # Apart by a word no hedge reads as a deliberation or a list, as a comma after "considered" is.
    text = " zz ".join(forms.split(", "))
    found = [" ".join(m.group().split()) for m in hedging._HEDGE.finditer(text)]
    assert len(found) == forms.count(",") + 1
    assert {hedge.split()[-1].lower() for hedge in found} <= hedging._LAST_WORDS


@pytest.mark.parametrize(
    ("name", "source", "capitalised", "stands_for"),
    [
        ("U.S", "aid from the United States", True, True),
        ("NGOs", "non-governmental organizations", False, True),
        ("NGOs", "non-governmental organizations", True, False),  # a wider text: names only
        ("UN", "under new rules", False, True),  # small words in a row, as a passage may hold them
        ("UN", "under new rules", True, False),
        ("O'Bryan", "Ambassador O'Brien said", True, False),  # a name, not initials: its capitals start words
        # Two capitals without points, in a wider text, as only the words they so often stand for.
        ("US", "aid from the United States", True, True),
        ("UK", "aid from the United Kingdom", True, True),
        ("US", "said the Under Secretary", True, False),
        ("UN", "aid from the United States", True, False),
    ],
)
def test_initials_stand_for_the_words_they_start(
    name: str, source: str, capitalised: bool, stands_for: bool
) -> None:
    assert abbreviates(name, source, capitalised=capitalised) is stands_for


def test_initials_for_a_name_spelled_out_are_no_name_put_for_it() -> None:
    source = "Officials said aid from the United States reached 61 clinics in the south"
    assert swapped_names("Officials said aid from the U.S. reached 61 clinics in the south", source) is None
    assert swapped_names("Officials said aid from the UN reached 61 clinics in the south", source) == (
        ["UN"],
        ["States", "United"],
    )


@pytest.mark.parametrize(
    ("before", "word", "after", "aims"),
    [
        ("The program", "targeted", "50,000 jobs", True),
        ("The port is", "targeting", "more than 1,200 new dockers", True),
        ("The ministry", "targets", "two million seedlings", True),
        ("The", "targeted", "300 households", False),
        ("provided", "targeted", "assistance to 300 households", False),
        ("The fund", "targeted", "the poorest 90 towns", False),
        ("The fund", "reached", "90 towns", False),
    ],
)
def test_target_aims_at_a_number_only_as_a_verb(before: str, word: str, after: str, aims: bool) -> None:
    assert aims_at(before, word, after) is aims


@pytest.mark.parametrize(
    ("names", "text", "phrases"),
    [
        (["States", "United"], "the United States sent", ["United States"]),
        (["America", "Central"], "visas for Central America each year", ["Central America"]),
        (["U.S"], "The U.S. has provided", ["U.S."]),
        # Apart in the text, each its own, in the text's order; one the text lacks, last.
        (["Guatemala", "Honduras"], "in Honduras and Guatemala", ["Honduras", "Guatemala"]),
        (["Zacapa", "Honduras"], "in Honduras", ["Honduras", "Zacapa"]),
    ],
)
def test_names_are_told_as_the_phrases_they_stand_in(names: list[str], text: str, phrases: list[str]) -> None:
    assert as_phrases(names, text) == phrases


def test_a_word_a_message_names_twice_is_named_once() -> None:
    # "USAID will expand … and will directly support" adds two "will"s; the message names the word.
    assert listed(["will", "will", "may"]) == "“will”, “may”"
