"""Claims quoting synthetic sources as an editor would copy them, and comparisons between a few of them.

Most quotes differ from the source in typography only (straight quotes, plain
spaces, unwrapped lines, ``--`` for a dash, no accents, a lower-case first
letter); one claim in twenty drops a word, so that rootcheck finds it only by
fuzzy search and warns.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from bench import vocabulary as v
from bench.sources import SourceEntry
from bench.writer import EM_DASH, NBSP, Passage, Writer, capitalised, quoted, slugify, wrap
from rootcheck.text.closed import COMPASS, LIMITS
from rootcheck.text.hedges import hedges
from rootcheck.text.lexicon import NEGATIONS, PROMISED
from rootcheck.text.rates import changed_rates

#: One claim in this many drops a word from its quote.
FUZZY_EVERY = 20
CLAIM_FOLDERS = {"pledge": "pledges", "progress": "progress", "context": "context", "critique": "critique"}
CROSS_CUTTING = "cross-cutting"

_STRAIGHT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_UNACCENTED = str.maketrans("áéíóúñÁÉÍÓÚÑ", "aeiounAEIOUN")


@dataclass(frozen=True)
class Claim:
    id: str
    folder: str
    source: str
    quote: str
    figure: str
    summary: str
    pillar: str
    note: str
    fuzzy: bool


def edited(rng: random.Random, passage: Passage) -> tuple[str, str]:
    """The quote and figure as an editor copies them: same words, other typography."""
    quote, figure = passage.text, passage.figure
    if passage.label and rng.random() < 0.3:
        quote = f"{passage.label} {quote}"
    # One translation table for all the typographic changes this editor makes.
    table: dict[int, str | int] = {}
    if rng.random() < 0.8:
        table[ord(NBSP)] = " "
    if rng.random() < 0.7:
        table.update(_STRAIGHT)
    if rng.random() < 0.5:
        table[ord(EM_DASH)] = rng.choice((" -- ", "--"))
    if rng.random() < 0.5:
        table.update(_UNACCENTED)
    quote, figure = quote.translate(table), figure.translate(table)
    if rng.random() < 0.15:
        quote = quote[0].lower() + quote[1:]
    return quote, figure


def drop_word(rng: random.Random, quote: str, figure: str) -> str | None:
    """The quote with one plain word left out, never a word of the figure nor one at either end, nor
    one whose loss rootcheck refuses as more than a slip ("committed" of "committed to invest", "rarely"
    of "rarely audited", "reportedly", "partly", "southern", a name)."""
    start = quote.find(figure)
    words = quote.split(" ")
    offsets, at = [], 0
    for word in words:
        offsets.append(at)
        at += len(word) + 1
    droppable = [
        i
        for i in range(2, len(words) - 2)
        if words[i].isalpha()
        and words[i].isascii()
        and len(words[i]) >= 4
        # A long word out of a short quote is more than a slip: it would fall below the fuzzy threshold.
        and len(words[i]) * 12 <= len(quote)
        and not start <= offsets[i] < start + len(figure)
        and words[i].lower() not in PROMISED
        and words[i].lower() not in NEGATIONS
    ]
    if not droppable:
        return None
    i = rng.choice(droppable)
    dropped = " ".join(words[:i] + words[i + 1 :])
    # Nor a hedge ("reportedly"), a rate ("San Miguel's quarterly outbreak confirmed almost 90%"), a
    # word limiting how far a thing holds ("partly"), a bearing ("southern") or a name ("the Supreme
    # Court"), whose loss is refused too; left in rather than passed over in the choice, so that every
    # other claim drops the word it dropped before they were refused.
    if (
        hedges(words[i])
        or changed_rates(dropped, quote)[1]
        or words[i].lower() in LIMITS | COMPASS
        or words[i][0].isupper()
    ):
        return None
    return dropped


def summary_of(passage: Passage, figure: str) -> str:
    """The claim in under 75 characters, falling back to the figure alone."""
    plain = " ".join(figure.split())
    for candidate in (f"{passage.subject} {passage.verb} {plain}", capitalised(plain)):
        if len(candidate) < 75:
            return candidate
    return capitalised(plain)[:74]


def note_of(writer: Writer) -> str:
    """About 150 words of Markdown: paragraphs, emphasis, a link, sometimes a list."""
    rng = writer.rng
    paragraphs: list[str] = []
    words = 0
    while words < 150:
        sentences = [writer.sentence() for _ in range(rng.randrange(2, 4))]
        paragraph = " ".join(sentences)
        if not paragraphs:
            noun = writer.pick(v.NOUNS)
            paragraph = f"The figure counts what the *{noun}* reported, not outcomes. " + paragraph
        words += paragraph.count(" ") + 1
        paragraphs.append(wrap(paragraph, 96))
    if rng.random() < 0.5:
        items = [f"- {capitalised(writer.clause())}." for _ in range(2)]
        paragraphs.insert(1, "\n".join(items))
    noun = writer.pick(v.NOUNS)
    paragraphs.append(f"See [the {noun} review](https://example.org/reviews/{noun}/) for the method.")
    return "\n\n".join(paragraphs)


def make_claims(
    writer: Writer, entry: SourceEntry, passages: list[Passage], numbers: list[int], pillars: list[str]
) -> list[Claim]:
    rng = writer.rng
    claims = []
    for number, passage in zip(numbers, rng.sample(passages, len(numbers)), strict=True):
        quote, figure = edited(rng, passage)
        fuzzy = False
        # Every twentieth claim, not a random draw: the share stays at 5% in a registry of any size.
        if (
            number % FUZZY_EVERY == FUZZY_EVERY // 2
            and (dropped := drop_word(rng, quote, figure)) is not None
        ):
            quote, fuzzy = dropped, True
        head = passage.subject.rsplit(" ", 1)[-1]
        claims.append(
            Claim(
                id=slugify(f"{head}-{passage.verb}-{number}"),
                folder=CLAIM_FOLDERS[entry.role],
                source=entry.id,
                quote=quote,
                figure=figure,
                summary=summary_of(passage, figure),
                pillar=CROSS_CUTTING if rng.random() < 0.05 else rng.choice(pillars),
                note=note_of(writer),
                fuzzy=fuzzy,
            )
        )
    return claims


def claim_yaml(claim: Claim) -> str:
    note = "\n".join(f"  {line}" if line else "" for line in claim.note.split("\n"))
    return (
        f"source: {claim.source}\n"
        f"quote: {quoted(claim.quote)}\n"
        f"figure: {quoted(claim.figure)}\n"
        f"summary: {quoted(claim.summary)}\n"
        f"pillar: {claim.pillar}\n"
        f"note: |\n{note}\n"
    )


@dataclass
class Sample:
    """A few claim ids per source role, kept while streaming, for the comparisons."""

    by_role: dict[str, list[Claim]] = field(default_factory=dict)
    limit: int = 8

    def keep(self, role: str, claims: list[Claim]) -> None:
        kept = self.by_role.setdefault(role, [])
        kept.extend(claims[: self.limit - len(kept)])


def comparisons(rng: random.Random, sample: Sample, verdicts: list[str]) -> Iterator[tuple[str, str]]:
    """(id, YAML) of a few comparisons, each of a pledge with the progress reported against it."""
    pledges = sample.by_role.get("pledge", [])
    progress = sample.by_role.get("progress", [])
    context = sample.by_role.get("context", []) + sample.by_role.get("critique", [])
    for k, pledge in enumerate(pledges[:5]):
        answers = progress[k : k + 1] if k % 3 != 2 else []
        cites = context[k : k + 1] if k % 2 == 0 else []
        verdict = rng.choice(verdicts) if answers else "no-figure"
        text = f"The pledge promised [{pledge.figure}](claim:{pledge.id})."
        if answers:
            text += f" The update reports [{answers[0].figure}](claim:{answers[0].id}), with no baseline."
        else:
            text += " The update gives no figure that answers it."
        if cites:
            text += f" Critics point to [{cites[0].figure}](claim:{cites[0].id})."
        yield (
            f"comparison-{k + 1}",
            (
                f"title: {quoted(pledge.summary)}\n"
                f"pillar: {pledge.pillar}\n"
                f"pledges: [{pledge.id}]\n"
                f"progress: [{', '.join(c.id for c in answers)}]\n"
                f"context: [{', '.join(c.id for c in cites)}]\n"
                f"verdict: {verdict}\n"
                f"annotation: |\n  {wrap(text, 96).replace(chr(10), chr(10) + '  ')}\n"
            ),
        )
