"""The prose of synthetic sources: sentences drawn from ``bench.vocabulary``, and the text helpers they share.

The prose carries the typography that rootcheck must see through: NBSP
inside figures ("17\u00a0million"), curly quotes, em dashes, accented place
names. A ``Writer`` draws every word from the ``random.Random`` it is given,
so the prose depends on that generator's seed alone.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass

from bench import vocabulary as v

NBSP = "\u00a0"
EM_DASH = "\u2014"


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
        return capitalised(body + self.tail()) + "."

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
            subject = full = capitalised(org)
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


def capitalised(text: str) -> str:
    return text[0].upper() + text[1:]


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


def slugify(text: str) -> str:
    out = "".join(c if c.isascii() and c.isalnum() else "-" for c in text.lower())
    return "-".join(part for part in out.split("-") if part)


def quoted(value: str | None) -> str:
    # A JSON string is a valid YAML double-quoted scalar.
    return "null" if value is None else json.dumps(value, ensure_ascii=False)
