"""Normalisation: what it folds, what it keeps, and its offset map."""

from __future__ import annotations

import pytest

from rootcheck.model import Span
from rootcheck.text.document import BlockKind, Document, Format, parse_document
from rootcheck.text.links import shown_text
from rootcheck.text.normalize import normalize, normalize_blocks
from rootcheck.text.raised import marked_number
from rootcheck.text.reading import as_seen
from rootcheck.text.unseen import seen


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("more than\n    17\u00a0million", "more than 17 million"),
        ("a\u2009b\u202fc\u3000d\te", "a b c d e"),
        ("nation\u2019s \u201cfirst\u201d", 'nation\'s "first"'),
        ("deep\u2014and", "deep-and"),
        ("deep \u2013 and", "deep-and"),
        ("deep -- and", "deep-and"),
        ("ill\u2011suited", "ill-suited"),
        ("**Creating Opportunities:** U.S.", "creating opportunities: u.s."),
        ("*Centroam\u00e9rica Local*", "centroamerica local"),
        ("soft\u00adhyphen zero\u200bwidth", "softhyphen zerowidth"),
        ("Stra\u00dfe", "strasse"),
        ("$4.2 billion", "$4.2 billion"),
        # A raised digit is its digit in a unit or formula, but no digit more of a number before it.
        ("300 km² of CO₂", "300 km2 of co2"),
        ("40² families, 40¹² more, 7① less", "40² families, 40¹² more, 7① less"),
        # After a word of four letters or more, a footnote's mark, which a quote may leave out.
        ("4 million¹ people², in all", "4 million people, in all"),
        # After a shorter word no unit, or after what ends a sentence, a quotation or a bracket, too.
        (
            "aid¹ for all²³ in 2022.⁴ The “schools”,⁵ (2021)⁶ 45%⁷",
            'aid for all in 2022. the "schools", (2021) 45%',
        ),
        ("9.8 m/s², 3 ft³ and 2 m³ of H₂O", "9.8 m/s2, 3 ft3 and 2 m3 of h2o"),
        # A short word after a number is a unit, whatever it is; a lowered digit after a point a formula's.
        ("450 hm³, 9.2 million Sm³ and PM₂.₅", "450 hm3, 9.2 million sm3 and pm2.5"),
        ("in the 1990s¹ and GDP² rose", "in the 1990s and gdp rose"),
        # After a name's number, a footnote's mark; after a number alone, maybe a power.
        ("COVID-19¹ and SARS-CoV-2² but 10⁶ and 2-10⁶", "covid-19 and sars-cov-2 but 10⁶ and 2-10⁶"),
    ],
)
def test_folds(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (
            "aid¹ rose to $4 million in 2022.² Then 12 schools³",
            "aid rose to $4 million in 2022. Then 12 schools",
        ),
        ("300 km² of CO₂ and 40² families", "300 km² of CO₂ and 40² families"),
        ("GDP¹² fell", "GDP fell"),
        ("COVID-19¹ cases and **funds**² but 10⁶ doses", "COVID-19 cases and **funds** but 10⁶ doses"),
    ],
)
def test_a_sources_numbers_are_read_without_the_marks_matching_drops(written: str, read: str) -> None:
    # Read otherwise, "aid¹" was a number 1 that a faithful quote lacked: "source says “1”".
    assert as_seen(written) == read


@pytest.mark.parametrize(
    ("figure", "marked"),
    [
        ("40² families", "40²"),
        ("4 million¹", "million¹"),
        ("4 GDP¹", "GDP¹"),
        ("300 km²", None),
        ("3 m³", None),
        ("300 COVID-19¹ patients", "COVID-19¹"),
    ],
)
def test_a_figure_finds_the_mark_joined_to_its_number_or_a_word(figure: str, marked: str | None) -> None:
    assert marked_number(figure) == marked


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("90,\u00ad000 and 90,\u200b000", "90,000 and 90,000"),
        ("90,\u200d000 and 90,\u200c000 jobs", "90,000 and 90,000 jobs"),
        ("hi\u200cred \u200dnurses\u200d", "hired nurses"),
        ("می\u200cگوید", "می\u200cگوید"),
        ("👩\u200d👩\u200d👧 and 👩🏽\u200d⚕\ufe0f", "👩\u200d👩\u200d👧 and 👩🏽\u200d⚕"),
        ("क्\u200dष", "क्\u200dष"),
        ("\u200cمی \u200d۳۰۰", "می ۳۰۰"),
    ],
)
def test_a_joiner_is_kept_where_a_reader_sees_what_it_joins(written: str, shown: str) -> None:
    # Matching ignores it wherever it stands.
    assert seen(written) == shown and normalize(written).text == normalize(shown).text


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Spending on *aid*¹ reached $4 million.", "spending on aid reached $4 million."),
        ("The **funds**² went to 12 schools.", "the funds went to 12 schools."),
        (
            "As the [report](https://example.org)³ says, 15 towns joined.",
            "as the report says, 15 towns joined.",
        ),
        ("The `ledger`⁴ lists 18 clinics.", "the 'ledger' lists 18 clinics."),
        # Emphasis read past to a number alone: maybe a power still.
        ("It served **40**² families.", "it served 40² families."),
    ],
)
def test_a_markdown_sources_footnote_mark_is_read_past_the_syntax_before_it(written: str, read: str) -> None:
    # Read as a digit of the text before it, "*aid*¹" was "aid1", and a faithful quote leaving the
    # mark out was refused: "source says “$4 million”".
    doc = parse_document(f"---\ntitle: t\n---\n\n{written}\n")
    assert doc.normalized.text == read


def test_markdown_escape_is_syntax_but_the_escaped_character_is_text() -> None:
    assert normalize(r"\* \* \*", markdown=True).text == "* * *"
    assert normalize(r"\* \* \*").text == "\\ \\ \\"


def test_a_markdown_link_reads_as_its_words() -> None:
    raw = "under the [Partnership for Central America](https://example.gov/pca) call, see <https://x.org/a>."
    norm = normalize(raw, markdown=True)
    assert norm.text == "under the partnership for central america call, see https://x.org/a."
    # A passage over the link's words maps back over its syntax, from the bracket's end to the address.
    start = norm.text.index("partnership")
    span = norm.to_original(start, norm.text.index(" call") + len(" call"))
    assert raw[span.start : span.end] == "Partnership for Central America](https://example.gov/pca) call"
    # Plain text shows the syntax as it stands, and an escaped bracket starts no link.
    assert normalize(raw).text.startswith("under the [partnership for central america](https")
    assert normalize(r"the \[words](address)", markdown=True).text == "the [words](address)"


@pytest.mark.parametrize(
    "raw",
    [
        "the [city\n  council](https://x.org) said",  # words wrapped
        "the [city council](https://x.org/Council_(2020)) said",  # parentheses in pairs in the address
        'the [city council](https://x.org "The council") said',  # a title
    ],
)
def test_a_link_may_wrap_and_have_a_title(raw: str) -> None:
    assert normalize(raw, markdown=True).text == "the city council said"


def test_shown_text_leaves_out_links_syntax_from_inside_a_link() -> None:
    text = "Aid under the [Partnership](https://example.gov/pca) call.\nA [report](https://r.org) said."
    start = text.index("nership")
    assert shown_text(text, start, text.index(" said")) == "nership call.\nA report"


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        ("the ministry _hired_ 1,650 teachers", "the ministry hired 1,650 teachers"),
        ("__Creating Opportunities:__ 8,000 firms", "creating opportunities: 8,000 firms"),
        ("_one _two_ three_", "one two three"),
        # A word's own underscores, one alone between spaces, an escaped or unpaired one are text.
        ("the snake_case field", "the snake_case field"),
        ("fill in ___ here", "fill in ___ here"),
        (r"an \_escaped_ one", "an _escaped_ one"),
        ("the _id field", "the _id field"),
        ("set the `__init__` hook", "set the '__init__' hook"),  # a code span's are its text
        # In a link's address, or an autolink's, an underscore is the address's.
        ("see [_the plan_](https://x.org/_a_) and <https://x.org/_b_>", "see the plan and https://x.org/_b_"),
    ],
)
def test_underscores_marking_emphasis_are_syntax_in_markdown(raw: str, read: str) -> None:
    assert normalize(raw, markdown=True).text == read
    assert normalize(raw).text.count("_") == raw.count("_")  # plain text keeps them all


def test_offset_map_points_back_to_the_original() -> None:
    raw = "Up to\u00a0**$300\u00a0million** \u2014 over\n  five\u2011years"
    norm = normalize(raw)
    assert norm.text == "up to $300 million-over five-years"
    start = norm.text.index("$300")
    end = start + len("$300 million")
    assert norm.to_original(start, end) == Span(8, 20)
    assert raw[8:20] == "$300\u00a0million"
    dash = norm.text.index("-over")
    # A dash stands for itself and the white space folded around it.
    start, end = norm.origin(dash)
    assert raw[start:end] == " \u2014 "


def test_offset_map_is_monotonic_and_in_bounds() -> None:
    raw = " a\u00a0\u00a0b**c**\n\n\u2014 d\u2019e "
    norm = normalize(raw)
    origins = [norm.origin(i) for i in range(len(norm.text))]
    for i, (start, end) in enumerate(origins):
        assert 0 <= start < end <= len(raw)
        if i:
            assert origins[i - 1][0] < start


def test_from_original_inverts_to_original() -> None:
    raw = "one  two\u00a0three"
    norm = normalize(raw)
    for i in range(len(norm.text)):
        assert norm.from_original(norm.origin(i)[0]) == i


def test_blocks_are_separated_by_paragraph_breaks() -> None:
    raw = "first para\n\nsecond  para"
    norm = normalize_blocks(raw, [Span(0, 10), Span(12, 24)], markdown=False)
    assert norm.text == "first para\nsecond para"


def test_front_matter_is_metadata_not_body(documents: dict[str, Document]) -> None:
    doc = documents["fact-sheet-2023"]
    assert doc.format is Format.MARKDOWN
    assert doc.metadata["date"] == "2023-02-06"
    # The escaped NBSP in the YAML title is decoded.
    assert doc.metadata["title"].endswith("Migration in Central\u00a0America")
    assert "source_url" not in doc.normalized.text
    assert doc.body.start == doc.text.index("\n \n") + 1


def test_markdown_blocks(documents: dict[str, Document]) -> None:
    doc = documents["fact-sheet-2023"]
    items = [b for b in doc.blocks if b.kind is BlockKind.ITEM]
    assert len(items) == 20
    first = doc.text[items[0].span.start : items[0].span.end]
    assert first.startswith("**Creating Opportunities:**")
    assert first.endswith("in the region.")
    # The "<!-- -->" separators are not text.
    assert "<!--" not in doc.normalized.text


def test_plain_text_lines_are_paragraphs(documents: dict[str, Document]) -> None:
    doc = documents["bermeo-critique"]
    assert doc.format is Format.TEXT
    assert doc.text[doc.blocks[0].span.start : doc.blocks[0].span.end] == (
        "How to Actually Tackle the Root Causes of Central American Migration"
    )
    assert doc.normalized.text.count("\n") == len(doc.blocks) - 1


WRAPPED = (
    "FUND EXTENDS LOANS TO HONDURAN COFFEE GROWERS\n"
    "The Central American Growers Fund said on Monday that it made loans to\n"
    "more than 4,000 coffee growers in Copan during 2023, up from 2,600 the\n"
    "Year before. Highlights:\n"
    "- 4,000 loans disbursed in Copan and Ocotepeque, the fund's main regions\n"
    "- nearly 300 cooperatives certified under fair-trade standards this year\n"
    "households reached: 4,000\n"
    "children aged 5 and under: 1,250\n"
    "It rose in 2022.\n"
    "mRNA vaccines arrived in March.\n"
)


def test_a_plain_texts_wrapped_lines_are_read_as_one_paragraph() -> None:
    doc = parse_document(WRAPPED)
    assert [doc.text[b.span.start : b.span.end].replace("\n", "|") for b in doc.blocks] == [
        "FUND EXTENDS LOANS TO HONDURAN COFFEE GROWERS",  # a heading in capitals
        # a line starting in small letters, then one after a line as long as the text's longest
        "The Central American Growers Fund said on Monday that it made loans to|more than 4,000 coffee "
        "growers in Copan during 2023, up from 2,600 the|Year before. Highlights:",
        "- 4,000 loans disbursed in Copan and Ocotepeque, the fund's main regions",  # list items
        "- nearly 300 cooperatives certified under fair-trade standards this year",
        "households reached: 4,000",  # a label's value
        "children aged 5 and under: 1,250",
        "It rose in 2022.",  # a sentence's end
        "mRNA vaccines arrived in March.",  # a word of another shape
    ]


def test_an_abbreviations_point_at_a_lines_end_ends_no_paragraph() -> None:
    doc = parse_document(
        "The fund made its loans through a program backed by the governments of the U.S.\n"
        "and of Honduras. It was run by the partners Acme Corp. and Tegucigalpa Coffee Co.\n"
        "Government Contracts arm, which lent 4,000 coffee growers more.\n"
    )
    assert [doc.text[b.span.start : b.span.end].replace("\n", "|") for b in doc.blocks] == [
        "The fund made its loans through a program backed by the governments of the U.S.|and of Honduras. "
        "It was run by the partners Acme Corp. and Tegucigalpa Coffee Co.|Government Contracts arm, which "
        "lent 4,000 coffee growers more."
    ]


def test_every_word_of_the_body_is_in_some_block(documents: dict[str, Document]) -> None:
    for doc in documents.values():
        covered = [False] * len(doc.text)
        for block in doc.blocks:
            for i in range(block.span.start, block.span.end):
                covered[i] = True
        outside = "".join(c if not covered[i] else " " for i, c in enumerate(doc.text))
        body_outside = outside[doc.body.start :]
        # Only list markers, comment separators and white space are left over.
        assert set(body_outside.split()) <= {"-", "<!--", "-->"}


def test_unterminated_front_matter_is_plain_text() -> None:
    doc = parse_document("---\ntitle: x\nno closing fence\n")
    assert doc.format is Format.TEXT


@pytest.mark.parametrize("written", ["45%", "４５％", "45﹪", "45٪"])
def test_a_percent_sign_in_any_form_is_typography(written: str) -> None:
    # The full-width and small forms fold by their compatibility forms; the Arabic percent sign has
    # none, and a quote's "45%" of a source's "45٪" was a slip, its "45" no slip of a percent.
    norm = normalize(f"fell to {written} of households")
    assert norm.text == "fell to 45% of households"
    assert norm.to_original(len("fell to 45"), len("fell to 45%")) == Span(
        8 + len(written) - 1, 8 + len(written)
    )
