"""A synthetic registry shaped like the real one, at any size, the same on every run.

Sources are ~40 KB each and alternate between the real registry's two formats:
pandoc-style Markdown (YAML front matter, hard-wrapped paragraphs, ``-   ``
list items with indented continuation lines, ``**bold**`` labels, ``<!-- -->``
separators) and plain text (one paragraph per line). Their prose carries the
typography that rootcheck must see through: NBSP inside figures
("17\u00a0million"), curly quotes, em dashes, accented place names.

Each claim quotes one sentence holding a figure, as an editor would copy it:
most quotes differ from the source in typography only (straight quotes, plain
spaces, unwrapped lines, ``--`` for a dash, no accents, a lower-case first
letter), and about one in twenty drops a word, so that rootcheck finds it
only by fuzzy search and warns.

Everything is drawn from ``random.Random`` instances seeded with strings, one
per source, so the output depends on the arguments alone, never on time,
hash order or the machine::

    python -m bench.generate --claims 10000 --sources 1000 --out DIR
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import random
import shutil
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bench import vocabulary as v

REPO = Path(__file__).resolve().parent.parent
NBSP = "\u00a0"
EM_DASH = "\u2014"
#: A source's quotable text runs to about this many characters.
SOURCE_CHARS = 40_000
#: One claim in this many drops a word from its quote.
FUZZY_EVERY = 20
#: Hard-wrap width of the Markdown sources, as pandoc writes them.
WRAP = 72
ROLES = ("pledge", "progress", "progress", "context", "critique")
CLAIM_FOLDERS = {"pledge": "pledges", "progress": "progress", "context": "context", "critique": "critique"}
CROSS_CUTTING = "cross-cutting"

_STRAIGHT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_UNACCENTED = str.maketrans("áéíóúñÁÉÍÓÚÑ", "aeiounAEIOUN")


@dataclass(frozen=True)
class Passage:
    """A sentence of a source holding one figure, as a reader sees it (no Markdown markers)."""

    text: str
    #: The sentence as the source writes it, Markdown emphasis included.
    markup: str
    figure: str
    subject: str
    verb: str
    #: The bold label opening the list item the sentence opens, if it does.
    label: str | None = None


@dataclass(frozen=True)
class SourceEntry:
    """One entry of seeds/sources.yaml."""

    id: str
    file: str
    title: str
    publisher: str | None
    author: str | None
    published: dt.date | None
    url: str | None
    role: str
    #: pandoc-style Markdown with front matter, or plain text with one paragraph per line.
    markdown: bool


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


@dataclass(frozen=True)
class GeneratedSource:
    entry: SourceEntry
    text: str
    claims: list[Claim]


@dataclass(frozen=True)
class Corpus:
    """What was generated: the figures a benchmark table reports."""

    root: Path
    claims: int
    sources: int
    fuzzy: int
    source_bytes: int
    comparisons: int


# --- prose -------------------------------------------------------------------------------------------


class Writer:
    """Sentences drawn slot by slot from the vocabulary, so that no passage repeats."""

    def __init__(self, rng: random.Random, *, markdown: bool) -> None:
        self.rng = rng
        self.markdown = markdown

    def pick(self, words: Sequence[str]) -> str:
        return self.rng.choice(words)

    def adjective(self) -> str:
        word = self.pick(v.ADJECTIVES)
        # Emphasis markers are Markdown syntax, not quotable text.
        return f"*{word}*" if self.markdown and self.rng.random() < 0.02 else word

    def noun_phrase(self) -> str:
        r = self.rng.random()
        if r < 0.12:
            return f"the “{self.pick(v.ADJECTIVES)} {self.pick(v.NOUNS)}” {self.pick(v.NOUNS)}"
        if r < 0.22:
            return f"{self.pick(v.PLACES)}’s {self.adjective()} {self.pick(v.NOUNS)}"
        if r < 0.3:
            return self.pick(v.ORGANISATIONS)
        if r < 0.65:
            return f"the {self.adjective()} {self.pick(v.NOUNS)}"
        return f"the {self.pick(v.NOUNS)} of the {self.adjective()} {self.pick(v.NOUNS)}"

    def clause(self) -> str:
        return (
            f"{self.noun_phrase()} {self.pick(v.ADVERBS)} {self.pick(v.VERBS)} "
            f"{self.noun_phrase()} {self.pick(v.PREPOSITIONS)} {self.noun_phrase()}"
        )

    def tail(self) -> str:
        """What may follow a sentence's main clause: nothing, a subordinate clause or a dashed aside."""
        r = self.rng.random()
        if r < 0.35:
            return ""
        if r < 0.7:
            return f", {self.pick(v.CONNECTIVES)} {self.clause()}"
        aside = f"{self.pick(v.ADVERBS)} {self.pick(v.VERBS)} by {self.noun_phrase()}"
        return f"{EM_DASH}{aside}{EM_DASH}{self.pick(v.PREPOSITIONS)} {self.noun_phrase()}"

    def sentence(self) -> str:
        r = self.rng.random()
        if r < 0.2:
            body = f"{self.pick(v.OPENERS)}, {self.clause()}"
        elif r < 0.3:
            body = f"In {self.pick(v.PLACES)}, {self.clause()}"
        else:
            body = self.clause()
        return _capitalised(body + self.tail()) + "."

    def count_unit(self) -> str:
        noun = self.pick(v.PLURAL_NOUNS)
        return f"{self.pick(v.UNIT_ADJECTIVES)} {noun}" if self.rng.random() < 0.4 else noun

    def figure(self) -> str:
        """A figure as the source writes it: NBSP between a number and its magnitude."""
        rng = self.rng
        qualifier = self.pick(v.QUALIFIERS)
        decimal = f"{rng.randrange(11, 999) / 10:g}"
        magnitude = self.pick(("million", "million", "billion"))
        kind = rng.random()
        if kind < 0.35:
            number = rng.randrange(2, 250_000)
            return f"{qualifier}{number:,} {self.count_unit()}"
        if kind < 0.55:
            return f"{qualifier}${decimal}{NBSP}{magnitude}"
        if kind < 0.7:
            return f"{qualifier}{decimal}{NBSP}million {self.count_unit()}"
        if kind < 0.85:
            percent = self.pick(("%", " percent"))
            return f"{qualifier}{rng.randrange(2, 95)}{percent} of {self.pick(v.PLURAL_NOUNS)}"
        return f"{qualifier}{self.pick(v.SPELLED_NUMBERS)} {self.count_unit()}"

    def passage(self, label: str | None = None) -> Passage:
        """A sentence reporting a figure; it never ends on a number, so no wrapped line opens a list."""
        r = self.rng.random()
        if r < 0.4:
            head = self.pick(v.NOUNS)
            subject = f"The {self.pick(v.ADJECTIVES)} {head}"
            full = f"{subject} in {self.pick(v.PLACES)}"
        elif r < 0.7:
            org = self.pick(v.ORGANISATIONS)
            subject = full = _capitalised(org)
        else:
            place = self.pick(v.PLACES)
            subject = f"{place}’s {self.pick(v.NOUNS)}"
            full = f"{place}’s {self.pick(v.ADJECTIVES)} {subject.split(' ')[-1]}"
        verb = self.pick(v.REPORT_VERBS)
        figure = self.figure()
        markup = f"{full} {verb} {figure} {self.pick(v.FIGURE_FOLLOWERS)} {self.noun_phrase()}{self.tail()}."
        return Passage(markup.replace("*", ""), markup, figure, subject, verb, label)

    def label(self) -> str:
        return f"{self.pick(v.LABELS)} {self.pick(v.NOUNS).capitalize()}:"

    def title(self) -> str:
        words = [self.pick(v.ADJECTIVES), self.pick(v.NOUNS), "for", self.pick(v.PLACES)]
        return f"Update on the {' '.join(w.capitalize() for w in words[:2])} {' '.join(words[2:])}"


def _capitalised(text: str) -> str:
    return text[0].upper() + text[1:]


# --- sources -----------------------------------------------------------------------------------------


@dataclass
class Draft:
    """A source being written: its blocks of text, and the passages it can be quoted by."""

    writer: Writer
    blocks: list[str] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    chars: int = 0

    def add(self, block: str) -> None:
        self.blocks.append(block)
        self.chars += len(block) + 2

    def paragraph(self) -> list[str]:
        """A paragraph's sentences, one of them reporting a figure."""
        w = self.writer
        sentences = [w.sentence() for _ in range(w.rng.randrange(2, 6))]
        passage = w.passage()
        self.passages.append(passage)
        sentences.insert(w.rng.randrange(len(sentences) + 1), passage.markup)
        return sentences


def wrap(text: str, width: int, first: str = "", rest: str = "") -> str:
    """Hard-wrap at spaces only: an NBSP holds a number and its magnitude together, as pandoc does."""
    lines: list[str] = []
    line, empty = first, True
    for word in text.split(" "):
        if empty:
            line += word
        elif len(line) + 1 + len(word) > width:
            lines.append(line)
            line = rest + word
        else:
            line += " " + word
        empty = False
    lines.append(line)
    return "\n".join(lines)


def markdown_source(writer: Writer, entry: SourceEntry, passages_needed: int) -> tuple[str, list[Passage]]:
    rng = writer.rng
    draft = Draft(writer)
    draft.add(f"**{entry.published:%B %Y}**" if entry.published else f"**{writer.pick(v.PLACES)}**")
    size = SOURCE_CHARS * rng.uniform(0.9, 1.1)
    while draft.chars < size or len(draft.passages) < passages_needed:
        r = rng.random()
        if r < 0.08:
            draft.add(f"## {writer.title()}")
        elif r < 0.4:
            draft.add(_markdown_list(draft))
        else:
            trailing = "  " if rng.random() < 0.05 else ""  # pandoc's hard line break
            draft.add(wrap(" ".join(draft.paragraph()), WRAP) + trailing)
    return _front_matter(writer, entry) + "\n\n".join(draft.blocks) + "\n", draft.passages


def _markdown_list(draft: Draft) -> str:
    """List items as pandoc writes them: ``-   **Label:** text``, continuation lines indented, comments between."""
    w = draft.writer
    items = []
    for _ in range(w.rng.randrange(2, 5)):
        label = w.label()
        sentences = draft.paragraph()
        if sentences[0] == draft.passages[-1].markup:
            draft.passages[-1] = dataclasses.replace(draft.passages[-1], label=label)
        items.append(wrap(f"**{label}** " + " ".join(sentences), WRAP, "-   ", "    "))
    return "\n\n<!-- -->\n\n".join(items)


def _front_matter(writer: Writer, entry: SourceEntry) -> str:
    # The title's NBSP is written as YAML's "\_" escape, as in the real fact sheet.
    title = json.dumps(entry.title, ensure_ascii=False).replace(NBSP, "\\_")
    lines = ["---"]
    if entry.published:
        lines.append(f"date: '{entry.published.isoformat()}'")
    if entry.url:
        lines.append(f"source_url: {entry.url}")
    lines += [
        f"tags: {writer.pick(('statements-releases', 'press-briefings', 'reports'))}",
        f"title: {title}",
    ]
    return "\n".join(lines) + "\n---\n\n"


def text_source(writer: Writer, entry: SourceEntry, passages_needed: int) -> tuple[str, list[Passage]]:
    """A page copied from the web: one paragraph per line, a footer repeated verbatim up to three times."""
    rng = writer.rng
    draft = Draft(writer)
    draft.add(entry.title)
    footer = f"Subscribe to the {writer.pick(v.NOUNS)} bulletin for {writer.sentence().lower()}"
    dateline = f"{entry.publisher or writer.pick(v.PUBLISHERS)} {EM_DASH} {writer.pick(v.PLACES)} {EM_DASH} "
    draft.add(dateline + " ".join(draft.paragraph()))
    size = SOURCE_CHARS * rng.uniform(0.9, 1.1)
    while draft.chars < size or len(draft.passages) < passages_needed:
        # A repeated paragraph is never quoted: a quote of it would be ambiguous.
        if len(draft.blocks) % 15 == 0 and draft.blocks.count(footer) < 3:
            draft.add(footer)
        else:
            draft.add(" ".join(draft.paragraph()))
    return "\n\n".join(draft.blocks) + "\n", draft.passages


def source_entry(rng: random.Random, index: int, width: int) -> SourceEntry:
    words = [rng.choice(v.ADJECTIVES), rng.choice(v.NOUNS)]
    markdown = index % 2 == 0
    published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2200)) if rng.random() < 0.8 else None
    slug = _slug(f"{words[0]}-{words[1]}-{index}")
    author = f"{rng.choice(v.GIVEN_NAMES)} {rng.choice(v.FAMILY_NAMES)}" if rng.random() < 0.5 else None
    title = f"{' '.join(w.capitalize() for w in words)} Report for {rng.choice(v.PLACES)}"
    if markdown:
        title = title.replace(" for ", f" for{NBSP}", 1)
    return SourceEntry(
        id=slug,
        file=f"{index:0{width}d}_{rng.getrandbits(64):016x}.txt",
        title=title,
        publisher=rng.choice(v.PUBLISHERS) if rng.random() < 0.85 else None,
        author=author,
        published=published,
        url=f"https://example.org/{slug}/" if rng.random() < 0.7 else None,
        role=ROLES[index % len(ROLES)],
        markdown=markdown,
    )


# --- claims ------------------------------------------------------------------------------------------


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
    """The quote with one plain word left out, never a word of the figure nor one at either end."""
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
    ]
    if not droppable:
        return None
    i = rng.choice(droppable)
    return " ".join(words[:i] + words[i + 1 :])


def summary_of(passage: Passage, figure: str) -> str:
    """The claim in under 75 characters, falling back to the figure alone."""
    plain = " ".join(figure.split())
    for candidate in (f"{passage.subject} {passage.verb} {plain}", _capitalised(plain)):
        if len(candidate) < 75:
            return candidate
    return _capitalised(plain)[:74]


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
        items = [f"- {_capitalised(writer.clause())}." for _ in range(2)]
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
                id=_slug(f"{head}-{passage.verb}-{number}"),
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


def _slug(text: str) -> str:
    out = "".join(c if c.isascii() and c.isalnum() else "-" for c in text.lower())
    return "-".join(part for part in out.split("-") if part)


# --- the registry ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    claims: int
    sources: int
    seed: int = 1

    def claim_numbers(self, index: int) -> list[int]:
        """The claims quoting source ``index``: dealt round-robin, so every source gets its share."""
        return list(range(index, self.claims, self.sources))


def generate_source(settings: Settings, index: int, pillars: list[str]) -> GeneratedSource:
    rng = random.Random(f"rootcheck-bench:{settings.seed}:source:{index}")
    entry = source_entry(rng, index, max(3, len(str(settings.sources - 1))))
    writer = Writer(rng, markdown=entry.markdown)
    numbers = settings.claim_numbers(index)
    make = markdown_source if writer.markdown else text_source
    text, passages = make(writer, entry, len(numbers))
    return GeneratedSource(
        entry, text, make_claims(Writer(rng, markdown=False), entry, passages, numbers, pillars)
    )


def sources_yaml(entries: list[tuple[SourceEntry, str]]) -> str:
    """seeds/sources.yaml, every file pinned by its hash as an editor would have it."""
    out = ["# Synthetic sources for the benchmark; see bench/generate.py.\n"]
    for entry, sha256 in entries:
        published = entry.published.isoformat() if entry.published else "null"
        out.append(
            f"- id: {entry.id}\n"
            f"  file: {entry.file}\n"
            f"  title: {_quoted(entry.title)}\n"
            f"  publisher: {_quoted(entry.publisher)}\n"
            f"  author: {_quoted(entry.author)}\n"
            f"  published: {published}\n"
            f"  url: {entry.url or 'null'}\n"
            f"  role: {entry.role}\n"
            f"  sha256: {sha256}\n"
        )
    return "\n".join(out)


def _quoted(value: str | None) -> str:
    # A JSON string is a valid YAML double-quoted scalar.
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


def claim_yaml(claim: Claim) -> str:
    note = "\n".join(f"  {line}" if line else "" for line in claim.note.split("\n"))
    return (
        f"source: {claim.source}\n"
        f"quote: {_quoted(claim.quote)}\n"
        f"figure: {_quoted(claim.figure)}\n"
        f"summary: {_quoted(claim.summary)}\n"
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
                f"title: {_quoted(pledge.summary)}\n"
                f"pillar: {pledge.pillar}\n"
                f"pledges: [{pledge.id}]\n"
                f"progress: [{', '.join(c.id for c in answers)}]\n"
                f"context: [{', '.join(c.id for c in cites)}]\n"
                f"verdict: {verdict}\n"
                f"annotation: |\n  {wrap(text, 96).replace(chr(10), chr(10) + '  ')}\n"
            ),
        )


def generate(settings: Settings, out: Path) -> Corpus:
    """Write a registry of ``settings.claims`` claims over ``settings.sources`` sources into ``out``."""
    if settings.sources < 1 or settings.claims < 0:
        raise ValueError("need at least one source and no negative claim count")
    config_text = (REPO / "rootcheck.yaml").read_text(encoding="utf-8")
    config = yaml.safe_load(config_text)
    pillars = [p["id"] for p in config["pillars"]]
    for folder in ("seeds", "comparisons", *(f"claims/{f}" for f in sorted(set(CLAIM_FOLDERS.values())))):
        (out / folder).mkdir(parents=True, exist_ok=True)
    (out / "rootcheck.yaml").write_text(config_text, encoding="utf-8")
    entries: list[tuple[SourceEntry, str]] = []
    sample = Sample()
    fuzzy = claims = source_bytes = 0
    for index in range(settings.sources):
        generated = generate_source(settings, index, pillars)
        data = generated.text.encode("utf-8")
        (out / "seeds" / generated.entry.file).write_bytes(data)
        entries.append((generated.entry, hashlib.sha256(data).hexdigest()))
        source_bytes += len(data)
        for claim in generated.claims:
            (out / "claims" / claim.folder / f"{claim.id}.yaml").write_text(
                claim_yaml(claim), encoding="utf-8"
            )
        claims += len(generated.claims)
        fuzzy += sum(c.fuzzy for c in generated.claims)
        sample.keep(generated.entry.role, generated.claims)
    (out / "seeds" / "sources.yaml").write_text(sources_yaml(entries), encoding="utf-8")
    rng = random.Random(f"rootcheck-bench:{settings.seed}:comparisons")
    written = 0
    for comparison_id, text in comparisons(rng, sample, [d["id"] for d in config["verdicts"]]):
        (out / "comparisons" / f"{comparison_id}.yaml").write_text(text, encoding="utf-8")
        written += 1
    return Corpus(out, claims, settings.sources, fuzzy, source_bytes, written)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=10_000, help="number of claims (default 10000)")
    parser.add_argument("--sources", type=int, default=None, help="number of sources (default claims / 10)")
    parser.add_argument("--seed", type=int, default=1, help="another seed gives another registry (default 1)")
    parser.add_argument("--out", type=Path, required=True, help="an empty or new folder to write into")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    args = parser.parse_args(argv)
    sources = args.sources if args.sources is not None else max(1, args.claims // 10)
    if args.out.exists() and any(args.out.iterdir()):
        if not args.force:
            parser.error(f"{args.out} is not empty; pass --force to replace it")
        shutil.rmtree(args.out)
    corpus = generate(Settings(args.claims, sources, args.seed), args.out)
    print(
        f"wrote {corpus.claims} claims ({corpus.fuzzy} with a dropped word) over {corpus.sources} sources "
        f"({corpus.source_bytes / 1e6:.1f} MB) and {corpus.comparisons} comparisons to {corpus.root}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
