"""How the source's words beside a quote's edges are read: emphasis as the words it marks, bold as a
clause's end only where it labels a line, and the names of a list a quote starts within."""

from __future__ import annotations

import pytest

from rootcheck.checks.beside import clause_before
from rootcheck.text.emphasis import unemphasised
from rootcheck.text.lists import names_before


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The agency did **not** hire", "The agency did not hire"),
        ("The contractor *allegedly* underpaid", "The contractor allegedly underpaid"),
        ("asked _whether_ the fund", "asked whether the fund"),
        ("may not hold them ***without*** a warrant", "may not hold them without a warrant"),
        # Not a mark within a word, nor a list's bullet or a product's asterisk.
        ("the field snake_case_name stays", "the field snake_case_name stays"),
        ("* 40 schools opened", "* 40 schools opened"),
        ("2 * 3 = 6", "2 * 3 = 6"),
    ],
)
def test_emphasis_is_read_as_the_words_it_marks(text: str, read: str) -> None:
    assert unemphasised(text) == read


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # Bold within a sentence: the clause goes on through it.
        ("Report\nThe agency did **not** ", "Report\nThe agency did **not** "),
        # A bold label opening a line or a list item ends what stands before it, with its colon or without.
        ("done.\n\n-   **Supporting Education** ", " "),
        ("region\n-   **Training Police:** ", " "),
        ("end of a line\n**Pillar One** ", " "),
        # A sentence's stop still ends it.
        ("The plan failed. The agency did ", "The agency did "),
    ],
)
def test_bold_ends_a_clause_only_as_a_label(text: str, clause: str) -> None:
    assert clause_before(text) == clause


@pytest.mark.parametrize(
    ("before", "passage", "found"),
    [
        ("", "Honduras received", None),
        ("Guatemala and ", "Honduras received $40 million", (["Guatemala"], "Honduras")),
        (
            "in El Salvador, Guatemala, and ",
            "Honduras have trained",
            (["El Salvador", "Guatemala"], "Honduras"),
        ),
        ("in El\n    Salvador, Guatemala, and ", "Honduras have", (["El Salvador", "Guatemala"], "Honduras")),
        ("Mexico as well as ", "Honduras hosted 310 advisers", (["Mexico"], "Honduras")),
        ("Mexico plus ", "Honduras hosted", (["Mexico"], "Honduras")),
        # A name and a comma alone open a clause; "each" says it of each; a lower-case word is no name.
        ("In Guatemala, ", "USAID hired 320 nurses", None),
        ("Guatemala and ", "Honduras each received $41 million", None),
        ("Guatemala and ", "Honduras each received $41 million, for all their clinics", None),
        ("Aid to Guatemala rose and ", "Honduras received", None),
        # A title ends in "or" as a word does not: "Ambassador O'Brien" is one name.
        ("Ambassador ", "O’Brien said", None),
        ("Guatemala and ", "the capital received", None),
        ("Haiti and the ", "Dominican Republic received", (["Haiti"], "Dominican Republic")),
        ("Haiti and ", "the Dominican Republic received", (["Haiti"], "the Dominican Republic")),
        ("Both Guatemala and ", "Honduras received", (["Guatemala"], "Honduras")),
        # After a verb the names are its object or place, and "and" opens a clause of its own.
        ("The old grant ended in March and ", "USAID hired 301 nurses", None),
        ("The minister met President Castro and ", "USAID pledged", None),
        ("USAID trains teachers and ", "Congress approved", None),
        ("In 2022 we visited Guatemala and ", "I counted 303 families", None),
        ("Aid to Guatemala and ", "Honduras reached", (["Guatemala"], "Honduras")),
        ("In 2022, Guatemala and ", "Honduras received", (["Guatemala"], "Honduras")),
        # A list's first names and a comma, after a place named in a clause, where the quote goes on
        # with the list; not a sentence's opening and its comma.
        ("U.S. programs in El Salvador, ", "Guatemala, and Honduras have", (["El Salvador"], "Guatemala")),
        ("Aid programs in El Salvador, ", "Guatemala and Honduras received", (["El Salvador"], "Guatemala")),
        ("U.S. programs in El Salvador, ", "Guatemala received", None),
        ("In Guatemala, ", "USAID and State hired 330 nurses", None),
        ("However, ", "Guatemala and Honduras received", None),
        ("TEGUCIGALPA, ", "Honduras and Guatemala signed", None),
        # Opening a sentence, a name and a comma are as often its opening as a list's: not read.
        ("El Salvador, ", "Guatemala and Honduras received", None),
        ("Unfortunately, ", "Guatemala and Honduras received", None),
        ("Last March, ", "Guatemala and Honduras received", None),
        # One name then ", and" joins a clause; a word of what will be is a verb.
        ("USAID will invest $5 million in Guatemala, and ", "Honduras will receive", None),
        ("USAID will visit Guatemala and ", "Honduras will host", None),
        ("Hurricane Eta swept Guatemala and ", "Honduras declared 322 deaths", None),
        ("USAID wants to help Guatemala and ", "Honduras wants $324 million", None),
        ("The governments of Guatemala and ", "Honduras received", (["Guatemala"], "Honduras")),
        ("Last year Guatemala and ", "Honduras received $401 million", (["Guatemala"], "Honduras")),
        ("Data show that Guatemala and ", "Honduras received", (["Guatemala"], "Honduras")),
        # Said of each.
        ("Guatemala and ", "Honduras each hired 315 nurses", None),
        ("Guatemala and ", "Honduras received $319 million apiece", None),
        ("Guatemala and ", "Honduras received $318 million each in 2022", None),
        ("Guatemala and ", "Honduras each year receive $427 million", (["Guatemala"], "Honduras")),
    ],
)
def test_a_list_a_passage_starts_within(
    before: str, passage: str, found: tuple[list[str], str] | None
) -> None:
    assert names_before(before, passage) == found
