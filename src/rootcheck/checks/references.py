"""Checking what registry files say of one another: former ids, comparisons' claims, notes' citations.

A claim file is proved on its own against its source (see :mod:`rootcheck.checks.verify`),
and what is found is remembered by the claim's own inputs. What one file
says of others — a comparison's lists, a note citing ``[words](claim:ID)`` —
holds only as long as those others do, so it is checked afresh on every run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from rootcheck.checks.links import shown_as_written, spot, unschemed_link_warning
from rootcheck.checks.twice import figures_twice
from rootcheck.hints import meant_id
from rootcheck.model import CROSS_CUTTING, CheckedClaim, Claim, Comparison, Diagnostic, Role, Severity
from rootcheck.once import once
from rootcheck.patterns import lazy
from rootcheck.positions import Position
from rootcheck.registry.load import Registry
from rootcheck.registry.schema import MAX_CLAIM_SUMMARY, MAX_COMPARISON_SUMMARY, one_line_under
from rootcheck.registry.settings import reported, unknown_setting
from rootcheck.text.markup import CLAIM_SCHEME, cited_claims
from rootcheck.text.seen import unschemed_links

ROLES_FOR = {
    "pledges": (Role.PLEDGE,),
    "progress": (Role.PROGRESS,),
    "context": (Role.CONTEXT, Role.CRITIQUE),
}


def check_references(reg: Registry, checked: list[CheckedClaim], drafts: bool = False) -> None:
    """Every claim's former ids and citations, every comparison's verdict, pillar and claims, and
    every figure ``checked`` (the claims proven) gives, checked; ``drafts`` when drafts are to be
    published, as ``build --drafts`` publishes them."""
    claims = {c.id: c for c in reg.claims}
    known = _Known(reg, claims)
    reg.diagnostics.extend(_claim_problems(known))
    for comparison in reg.comparisons:
        reg.diagnostics.extend(_comparison_problems(known, comparison, drafts))
    reg.diagnostics.extend(figures_twice(checked))


def _claim_problems(known: _Known) -> Iterator[Diagnostic]:
    """Former ids that are live ids or another claim's former id (the URL would lie), and citations
    in notes of claims there is none of.

    One pass over the claims for both: at 10,000 claims each pass costs a warm check some 2 ms.
    A note's words citing no claim are shown unlinked, as for a draft's, so the site can still be
    built: a warning, where a comparison's annotation, which argues its verdict, has an error.
    """
    owner: dict[str, str] = {}
    for claim in known.claims.values():
        for index, alias in enumerate(claim.aliases):
            if alias in known.claims:
                where = claim.where.get(f"aliases.{index}", claim.position("aliases"))
                yield Diagnostic.error(where, f"alias {alias!r} is the id of another claim")
            elif alias in owner:
                where = claim.where.get(f"aliases.{index}", claim.position("aliases"))
                yield Diagnostic.error(where, f"alias {alias!r} is already an alias of {owner[alias]!r}")
            else:
                owner[alias] = claim.id
        for claim_id in claim.cites:
            if claim_id not in known.claims and claim_id not in known.reg.refused_claims:
                where = spot(known.reg, claim.position("note"), CLAIM_SCHEME + claim_id)
                yield Diagnostic.warning(
                    where, f"note cites {known.unknown(claim_id)}; its words are shown without a link"
                )
        # Checked here, not with the claim's proof: the claim a link's address most likely means is
        # another file's.
        for link in claim.unschemed:
            yield unschemed_link_warning(known.reg, claim.position("note"), link, known.ids)
        # Here too, so that a reworded summary, which only lists show, needs no proof made again.
        if not one_line_under(claim.summary, MAX_CLAIM_SUMMARY):
            yield Diagnostic.warning(claim.position("summary"), _LONG_SUMMARY)


#: Told of a claim's summary that the lists showing it would not hold on one line.
_LONG_SUMMARY = f"a summary is one line of under {MAX_CLAIM_SUMMARY} characters: it stands for the claim in every list of claims"

#: What ids run together are parted by where a comma was left out: spaces, a line break, a semicolon.
_JOINED = lazy(r"\s*;\s*|\s+")
#: How many ids a message counts in words.
_COUNTED = {2: "two", 3: "three", 4: "four"}


class _Known:
    """What references are checked against: the registry's claims, former ids and verdicts."""

    def __init__(self, reg: Registry, claims: dict[str, Claim]) -> None:
        self.reg = reg
        self.claims = claims
        self.verdict_ids = [v.id for v in reg.verdicts]
        self.meant_ids: dict[str, str | None] = {}

    @once
    def former(self) -> dict[str, str]:
        """The claim each former id is now; wanted only for a message, so made only then.

        The first claim to give it, as :func:`_claim_problems` takes it: another is told it is taken.
        """
        former: dict[str, str] = {}
        for claim in self.claims.values():
            for alias in claim.aliases:
                former.setdefault(alias, claim.id)
        return former

    @once
    def ids(self) -> dict[str, str]:
        """The claim each id and former id is now: what a link's address naming one most likely means."""
        return {**self.former, **{claim_id: claim_id for claim_id in self.claims}}

    def unknown(self, claim_id: str) -> str:
        """Why ``claim_id`` names no claim, with the id most likely meant."""
        now = self.former.get(claim_id)
        if now is not None:
            return f"{claim_id!r}, a former id of {now!r}: use {now!r}"
        if " - " in claim_id:  # "- b" indented deeper than "- a" above it is read as words of that item
            return (
                f"unknown claim {claim_id!r}: a '- ' indented deeper than the item above it is read as words of "
                "that item; start each item at the same column"
            )
        joined = self.joined(claim_id)
        if joined:
            count = _COUNTED.get(len(joined), str(len(joined)))
            return (
                f"unknown claim {claim_id!r}: {claim_id!r} is {count} ids; separate them with a comma "
                "between brackets, [a, b], or give each its own '- ' line"
            )
        meant = self.meant(claim_id)
        return f"unknown claim {claim_id!r}" + (f" (did you mean {meant!r}?)" if meant is not None else "")

    def joined(self, claim_id: str) -> list[str]:
        """The claims ``claim_id`` names if it is ids of them run together with spaces or semicolons, as a
        comma left out of a flow list makes them ("a b" of "[a b, c]"); else none."""
        parts = _JOINED.split(claim_id.strip())
        if len(parts) < 2 or not all(part in self.ids for part in parts):
            return []
        return [self.ids[part] for part in parts]

    def meant(self, claim_id: str) -> str | None:
        """The claim most likely meant by ``claim_id``, which names none: the one it is a former id
        of, or else one spelt like it."""
        if claim_id in self.former:
            return self.former[claim_id]
        # A claim removed is cited wherever it was, and the hint takes 37 ms among 10,000 ids.
        if claim_id not in self.meant_ids:
            self.meant_ids[claim_id] = meant_id(claim_id, self.claims)
        return self.meant_ids[claim_id]


def _comparison_problems(known: _Known, comp: Comparison, drafts: bool) -> Iterator[Diagnostic]:
    """Every problem of a comparison: its own fields, then the claims it lists and cites."""
    file = Position(comp.path.as_posix())
    yield from _field_problems(known, comp, file)
    yield from _dates_problems(comp)
    if not comp.pledges and not comp.where.doubted("pledges"):
        yield Diagnostic.error(
            comp.where.get("pledges", file), "a comparison needs at least one pledge claim"
        )
    if not known.reg.claims_known:
        return  # the claims/ folder's own error says why no claim is known
    listed, told = _listed_problems(known, comp, file)
    yield from listed
    if not drafts and _all_drafts(known, comp.pledges):
        # The site shows a comparison only with a pledge to weigh: one drafted in full is left out.
        yield Diagnostic.warning(
            comp.where.get("pledges", file),
            "every pledge listed is a draft, so the site leaves this comparison out until one is "
            "published (rootcheck build --drafts shows it)",
        )
    elif not drafts and _all_drafts(known, comp.progress):
        # Published, it would read as the update's silence beside a verdict arguing from its figures.
        reviewed = ", and carries no ClaimReview" if comp.claim_reviewed is not None else ""
        yield Diagnostic.warning(
            comp.where.get("progress", file),
            "every progress claim listed is a draft, so the site shows this comparison as if the update "
            f"reported no figure for the pledge{reviewed}, until one is published "
            "(rootcheck build --drafts shows them)",
        )
    yield from _annotation_problems(known, comp, file, told)


def _all_drafts(known: _Known, claim_ids: tuple[str, ...]) -> bool:
    """Whether ``claim_ids`` lists claims, and each is a draft: the site publishes none of them."""
    claims = [known.claims.get(claim_id) for claim_id in claim_ids]
    return bool(claims) and all(claim is not None and claim.draft for claim in claims)


def _field_problems(known: _Known, comp: Comparison, file: Position) -> Iterator[Diagnostic]:
    """A comparison's verdict and pillar unknown, its summary or claim reviewed too long, or a claim
    reviewed where the update is silent; but not a field missing or refused, whose own error says so."""
    at, doubted = comp.where.get, comp.where.doubted
    if (
        comp.verdict not in known.verdict_ids
        and not reported(known.reg.refused_verdicts, comp.verdict)
        and not doubted("verdict")
    ):
        yield Diagnostic.error(at("verdict", file), _unknown_verdict(known.reg, comp.verdict))
    if not doubted("pillar"):
        yield from unknown_pillar(known.reg, comp.pillar, at("pillar", file))
    if not one_line_under(comp.summary, MAX_COMPARISON_SUMMARY + 1):
        yield Diagnostic.warning(
            at("summary", file),
            f"a summary is one line of at most {MAX_COMPARISON_SUMMARY} characters; the annotation holds the rest",
        )
    reviewed = comp.claim_reviewed
    if not one_line_under(reviewed, MAX_CLAIM_SUMMARY):
        yield Diagnostic.warning(
            at("claim_reviewed", file),
            f"the claim reviewed is one line of under {MAX_CLAIM_SUMMARY} characters, as Google's ClaimReview "
            "guidance asks (search results cut a longer one); the page's markup carries it whole",
        )
    if reviewed is not None and not comp.progress and not doubted("progress"):
        yield Diagnostic.warning(
            at("claim_reviewed", file),
            "the update is silent here (no progress listed), so it made no claim to review: "
            "the page carries no ClaimReview; leave claim_reviewed out",
        )


def _listed_problems(
    known: _Known, comp: Comparison, file: Position
) -> tuple[list[Diagnostic], set[str | None]]:
    """The claims a comparison lists twice, that are unknown, or that quote a source of another role
    than their list takes; and the claims that each unknown id was told to stand for, so that the
    annotation citing one is not told again to list it."""
    out, told = [], set[str | None]()
    for key, roles in ROLES_FOR.items():
        seen: set[str] = set()
        for index, claim_id in enumerate(getattr(comp, key)):
            where = comp.where.get(f"{key}.{index}", comp.where.get(key, file))
            if claim_id in seen:
                out.append(Diagnostic.error(where, f"{key} lists {claim_id!r} twice; remove one"))
                continue
            seen.add(claim_id)
            claim = known.claims.get(claim_id)
            if claim is None:
                if claim_id not in known.reg.refused_claims:
                    message = f"{key} lists {known.unknown(claim_id)}"
                    out.append(Diagnostic(Severity.ERROR, where, message, about_claim=claim_id))
                    told.update(known.joined(claim_id) or [known.meant(claim_id)])
                continue
            source = known.reg.sources.get(claim.source_id)
            if source is not None and source.role not in roles:
                wanted = " or ".join(r.value for r in roles)
                message = f"{key} lists {claim_id!r}, which quotes a {source.role.value} source; {key} takes {wanted} claims"
                out.append(Diagnostic.error(where, message))
    return out, told


def _annotation_problems(
    known: _Known, comp: Comparison, file: Position, told: set[str | None]
) -> Iterator[Diagnostic]:
    """Links in a comparison's annotation that lead nowhere, and claims it cites but does not list."""
    at = comp.where.get
    yield from shown_as_written(
        known.reg, lambda: at("annotation", file), comp.annotation, "the fact-check's page"
    )
    for link in unschemed_links(comp.annotation):
        yield unschemed_link_warning(known.reg, at("annotation", file), link, known.ids)
    for claim_id in cited_claims(comp.annotation):
        where = spot(known.reg, at("annotation", file), CLAIM_SCHEME + claim_id)
        if claim_id not in known.claims and claim_id not in known.reg.refused_claims:
            message = f"annotation cites {known.unknown(claim_id)}"
            yield Diagnostic(Severity.ERROR, where, message, about_claim=claim_id)
        elif (
            claim_id not in comp.claim_ids
            and claim_id not in told
            and not any(map(comp.where.doubted, ROLES_FOR))
        ):
            message = f"annotation cites {claim_id!r}; list it under pledges, progress or context"
            yield Diagnostic(Severity.ERROR, where, message, about_claim=claim_id)


def _unknown_verdict(reg: Registry, verdict: str) -> str:
    """Why ``verdict`` names no verdict, with the one meant by its id, label or rating."""
    ratings = Counter(v.rating for v in reg.verdicts)
    rated = {v.rating: v.id for v in reg.verdicts if ratings[v.rating] == 1}  # one two share is neither
    labels = {v.label: v.id for v in reg.verdicts}
    ids = [v.id for v in reg.verdicts]
    return unknown_setting("verdict", verdict, ids, labels, rated, reg.settings_listed)


def _dates_problems(comp: Comparison) -> Iterator[Diagnostic]:
    """An update or a correction of a fact-check not yet published, or dated before it was."""
    at = comp.where.get
    file = Position(comp.path.as_posix())
    dated = [("updated", comp.updated)] if comp.updated else []
    dated += [(f"corrections.{i}.date", c.date) for i, c in enumerate(comp.corrections)]
    for key, day in dated:
        what = "'updated'" if key == "updated" else "a correction"
        if comp.published is None:
            if comp.where.doubted("published"):
                continue
            yield Diagnostic.error(at(key, file), f"{what} needs 'published': the day it first went out")
        elif day < comp.published:
            yield Diagnostic.error(at(key, file), f"{what} is dated before 'published' ({comp.published})")


#: Below this many sources, a source id that names none is told every one there is.
_LISTED_SOURCES = 12


def unknown_source(reg: Registry, source_id: str, where: Position) -> list[Diagnostic]:
    """An error at ``where`` if ``source_id`` names no source, unless that source's own entry was
    refused: with the source most likely meant, by its id, title or file, or else, when there are
    few, every source there is."""
    if source_id in reg.sources or reg.source_problem_reported(source_id):
        return []
    return [Diagnostic.error(where, f"unknown source {source_id!r}{source_hint(reg, source_id)}")]


def source_hint(reg: Registry, source_id: str) -> str:
    """What to say of ``source_id``, which names no source: the source most likely meant, by its id,
    title or file, or else, when there are few, every source there is."""
    names = {name: s.id for s in reg.sources.values() for name in (s.title, s.file)}
    meant = meant_id(source_id, reg.sources, names)
    if meant is not None:
        return f" (did you mean {meant!r}?)"
    if 0 < len(reg.sources) < _LISTED_SOURCES:
        return f"; use one of: {', '.join(reg.sources)}"
    return ""


def unknown_pillar(reg: Registry, pillar: str, where: Position) -> list[Diagnostic]:
    """An error at ``where`` if ``pillar`` names none of rootcheck.yaml's, unless that list was refused."""
    pillar_ids = [p.id for p in reg.pillars] + [CROSS_CUTTING.id]
    if pillar in pillar_ids or reported(reg.refused_pillars, pillar):
        return []
    numbered = {p.number: p.id for p in reg.pillars}
    titles = {p.title: p.id for p in reg.pillars}
    message = unknown_setting("pillar", pillar, pillar_ids, titles, numbered, reg.settings_listed)
    return [Diagnostic.error(where, message)]


def check_pillars(reg: Registry) -> None:
    """Each claim's pillar, and the source and pillar of each claim file refused for its own errors.

    Checked afresh on every run, not remembered with a claim's proof: a pillar
    holds only as long as rootcheck.yaml lists it. A refused file's names are
    checked all the same, so that an editor who left out a quote learns in the
    same run that the source's id is misspelt.
    """
    pillar_ids = [p.id for p in reg.pillars] + [CROSS_CUTTING.id]
    known = frozenset(pillar_ids)
    for claim in reg.claims:
        if claim.pillar is not None:
            if claim.pillar not in known:
                reg.diagnostics.extend(unknown_pillar(reg, claim.pillar, claim.position("pillar")))
        elif reg.pillars and not claim.where.doubted("pillar"):
            message = f"no pillar; add one of: {', '.join(pillar_ids)}"
            reg.diagnostics.append(Diagnostic.warning(claim.position(""), message))
    for named in reg.refused_claims.values():
        for name in named:
            if name.field == "source":
                reg.diagnostics.extend(unknown_source(reg, name.id, name.where))
            elif name.field == "pillar":
                reg.diagnostics.extend(unknown_pillar(reg, name.id, name.where))
