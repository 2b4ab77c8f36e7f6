"""The theme's templates and the root's overrides: the Jinja2 environment, and mistakes in overrides told as the editor's.

Templates come from the built-in theme unless the root's ``templates/``
folder holds a file of the same name. A mistake in an override is the
editor's to fix, as one in a claim file is: it is reported at its file and
line, and nothing is built. Most show before any page is made
(:func:`template_problems`); the rest, such as a field a view does not have,
only as a page is made from the override (:func:`rendering_problem`). A
failure with no override on its way is a bug in rootcheck and keeps its traceback.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateSyntaxError,
    nodes,
)
from jinja2.bccache import Bucket

from rootcheck.digests import code_digest, digest
from rootcheck.errors import RootcheckError
from rootcheck.hints import did_you_mean
from rootcheck.model import FUZZY_THRESHOLD, Diagnostic
from rootcheck.overrides import TEMPLATES
from rootcheck.patterns import lazy
from rootcheck.positions import Position
from rootcheck.registry.files import LINKED_OUT, file_bytes, linked_out, unlisted
from rootcheck.render import categories, urls
from rootcheck.render import format as fmt
from rootcheck.usercache import user_cache

THEME = Path(__file__).parent / "theme"
#: The Content-Security-Policy every page declares: nothing inline runs, nothing comes from elsewhere.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'"
)


def environment(templates: Path | None, cache: Path | None = None) -> Environment:
    """The theme, with the files of ``templates`` overriding it; compiled templates kept beside ``cache``.

    Compiling the theme costs more than rendering every page of a small
    site. Compiled templates are kept per user, as Python keeps compiled
    modules (:func:`compiled_templates`), so that a registry built for the
    first time, a fresh clone in CI on a machine that built before, does not
    compile them again; where that folder cannot be made, in ``cache``.
    Jinja keys each by the template file's path, checks it against its
    source's checksum (here with rootcheck's code and the libraries' versions,
    see :func:`rootcheck.digests.code_digest`) and Python's bytecode version,
    and discards an entry it cannot load, so a stale or corrupt one is
    compiled again, never trusted.
    """
    loaders = [FileSystemLoader(templates)] if templates is not None and templates.is_dir() else []
    loaders.append(FileSystemLoader(THEME))
    bytecode_cache = None
    if cache is not None:
        folder = compiled_templates()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            folder = cache / "templates"
            folder.mkdir(parents=True, exist_ok=True)
        bytecode_cache = _CompiledTemplates(str(folder))
    # One environment renders one build, during which no template changes, so
    # Jinja need not look at each template file's time for every page.
    env = Environment(
        loader=ChoiceLoader(loaders),
        bytecode_cache=bytecode_cache,
        auto_reload=False,
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["host"] = _host
    env.globals.update(fmt=fmt, urls=urls, categories=categories, csp=CSP, fuzzy_threshold=FUZZY_THRESHOLD)
    return env


class _CompiledTemplates(FileSystemBytecodeCache):
    """Jinja's cache of compiled templates, taking a damaged entry for none.

    Jinja checks an entry's header, checksum and code, but an entry cut short
    inside its checksum raises from ``pickle`` and would stop the build.
    """

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # whatever the damage, the template is compiled afresh
            bucket.reset()

    def holds(self, env: Environment, name: str) -> bool:
        """Whether an entry for the template ``name`` is kept, current or not."""
        assert env.loader is not None
        _, filename, _ = env.loader.get_source(env, name)
        return os.path.exists(os.path.join(self.directory, self.pattern % self.get_cache_key(name, filename)))

    def get_source_checksum(self, source: str) -> str:
        # What a template compiles to depends on more than its text: on the environment rootcheck
        # sets up and on Jinja's own code, which Jinja's checksum and bytecode version leave out.
        # An entry compiled by other code is stale: the folder is shared by every version installed.
        return digest([code_digest(), super().get_source_checksum(source)])


def compiled_templates() -> Path:
    """``$XDG_CACHE_HOME/rootcheck/templates``, by default under ``~/.cache``."""
    return user_cache() / "templates"


@lru_cache(maxsize=256)  # every claim page names its source's site: a few addresses, many pages
def _host(url: str) -> str:
    """A link's site as a reader names it: "whitehouse.gov"."""
    return (urlsplit(url).hostname or url).removeprefix("www.")


def asset(env: Environment, name: str) -> bytes:
    """A theme file (such as the stylesheet), overridable like any template."""
    assert env.loader is not None
    source, _, _ = env.loader.get_source(env, name)
    return source.encode("utf-8")


#: The largest override read: the theme's largest file is some 16 KB.
MAX_TEMPLATE_BYTES = 1 << 20
#: Theme files served as they are written (see :func:`asset`), not rendered as templates.
ASSETS = ("style.css", "favicon.svg")
#: Jinja's message for a filter or test that does not exist.
_UNKNOWN = lazy(r"No (?P<kind>filter|test) named '(?P<name>[^']+)'")


class TemplateProblem(RootcheckError):
    """An override template failed as a page was made from it."""

    def __init__(self, problem: Diagnostic) -> None:
        super().__init__(f"{problem.where}: {problem.message}")
        self.problem = problem


def uncompiled_pages(templates: Path | None, cache: Path | None) -> list[str]:
    """The theme's page templates, but those ``templates`` overrides, whose compiled form is not kept
    (see :func:`environment`); none with no ``cache``. One kept may still be stale, and is then
    compiled again where it is used. No override is read: it is checked first, as the build goes on."""
    if cache is None:
        return []
    env = environment(None, cache)
    assert isinstance(env.bytecode_cache, _CompiledTemplates)
    return [
        name
        for name in theme_files()
        if name.endswith(".html")
        and not (templates is not None and os.path.lexists(templates / name))
        and not env.bytecode_cache.holds(env, name)
    ]


def compile_pages(cache: Path | None, names: list[str]) -> None:
    """Compile the theme's page templates ``names`` into those kept, for the processes that render pages."""
    env = environment(None, cache)
    for name in names:
        env.get_template(name)


def theme_files() -> list[str]:
    """The names of the theme's files, which overrides replace: POSIX paths relative to the theme."""
    return sorted(path.relative_to(THEME).as_posix() for path in THEME.rglob("*") if path.is_file())


def template_problems(root: Path, cache: Path | None = None) -> list[Diagnostic]:
    """What is wrong with the override templates under ``root``, found without making a page.

    Each override must be UTF-8 and parse; each template it extends,
    includes or imports by name must exist, here or in the theme, and it may
    not extend itself (an override replaces the theme's file of its name, so
    it cannot build on it), nor a chain of templates that leads back to it. A
    file the theme has no file of, which no override uses either, overrides
    nothing: a misspelt name, most likely, told as a warning. Each override
    is compiled as a build compiles it, and kept as it keeps compiled
    templates (see :func:`environment`), so that the build does not compile it again.
    """
    folder = root / TEMPLATES
    if not folder.is_dir():
        if not os.path.lexists(folder):
            return []
        return [
            Diagnostic.warning(Position(TEMPLATES), "not a folder, so no template is overridden; remove it")
        ]
    overrides, problems = _overrides(root)
    if problems:
        return problems  # nothing under them is read, or not all of it
    env = environment(folder, cache)
    theme = theme_files()
    known = set(theme) | set(overrides)
    used: set[str] = set()
    #: What each override extends, where it names another template.
    extended: dict[str, _Reference] = {}
    unread: set[str] = set()  # told as such: what else is said of a file is for one that can be read
    for name in overrides:
        shown = f"{TEMPLATES}/{name}"
        source = _source(root, shown, problems)
        if source is None:
            unread.add(name)
        if source is None or name in ASSETS:
            continue
        try:
            tree = env.parse(source, name, str(folder / name))
            env.get_template(name)  # compiling finds filters and tests that do not exist
        except TemplateSyntaxError as exc:
            problems.append(Diagnostic.error(Position(shown, exc.lineno, 1), _syntax_message(exc, env)))
            continue
        for reference in _references(tree):
            used.add(reference.name)
            where = Position(shown, reference.line, 1)
            if reference.extends and reference.name == name:
                problems.append(
                    Diagnostic.error(
                        where,
                        f"extends itself: this file replaces the theme's {name}, so it cannot build on it; "
                        f"start from a copy of the theme's {name} instead",
                    )
                )
                continue
            if reference.extends:
                extended[name] = reference
            if reference.name not in known and not reference.optional:
                message = f"no template {reference.name!r} in {TEMPLATES}/ or the theme"
                problems.append(
                    Diagnostic.error(where, message + did_you_mean(reference.name, sorted(known)))
                )
    problems += _extends_cycles(env, set(overrides), extended)
    for name in overrides:
        if name not in theme and name not in used and name not in unread:
            message = "overrides no file of the theme, and no template uses it" + did_you_mean(name, theme)
            problems.append(Diagnostic.warning(Position(f"{TEMPLATES}/{name}"), message))
    return problems


def _overrides(root: Path) -> tuple[list[str], list[Diagnostic]]:
    """The files under ``templates/`` (by their names there), and what stops them being read: a folder
    that cannot be listed, whose overrides would be left out without a word, or ``templates/``, or a
    folder under it, that is a link to outside the root.

    Jinja follows such links, so a template named by an expression could be read
    from wherever they lead. Files that are links are refused where they are
    read (:func:`_source`).
    """
    if linked_out(root, TEMPLATES):
        return [], [Diagnostic.error(Position(TEMPLATES), LINKED_OUT)]
    top = root / TEMPLATES
    problems: list[Diagnostic] = []
    overrides: list[str] = []
    # A walk does not go down links to folders, but lists them among the folders.
    for folder, names, files in os.walk(top, onerror=unlisted(root, problems)):
        # Not only regular files: a named pipe, say, would stop the build that read it.
        overrides += [Path(folder, name).relative_to(top).as_posix() for name in files]
        subfolders = (Path(folder, name).relative_to(root).as_posix() for name in names)
        problems += [
            Diagnostic.error(Position(rel), LINKED_OUT) for rel in subfolders if linked_out(root, rel)
        ]
    return sorted(overrides), problems


def _extends_cycles(
    env: Environment, overrides: set[str], extended: dict[str, _Reference]
) -> list[Diagnostic]:
    """Overrides whose chain of ``extends``, through the theme's files or not, leads back to them: a page
    made from one would never end. Told once per cycle, at the first override in it."""
    theme_extends: dict[str, str | None] = {}

    def extends(name: str) -> str | None:
        if name in extended:
            return extended[name].name
        if name in overrides or name in ASSETS:  # one that extends nothing, or no template at all
            return None
        if name not in theme_extends:  # the theme's own file, read only when a chain reaches it
            path = THEME / name
            tree = env.parse(path.read_text("utf-8")) if path.is_file() else None
            found = [r.name for r in _references(tree) if r.extends] if tree is not None else []
            theme_extends[name] = found[0] if found else None
        return theme_extends[name]

    problems = []
    told: set[str] = set()
    for name in sorted(extended):
        chain = [name]
        target = extends(name)
        while target is not None and target not in chain:
            chain.append(target)
            target = extends(target)
        if target == name and name not in told:
            told.update(chain)
            where = Position(f"{TEMPLATES}/{name}", extended[name].line, 1)
            cycle = " → ".join([*chain, name])
            problems.append(
                Diagnostic.error(
                    where, f"extends a chain that leads back to it ({cycle}): no page could be made"
                )
            )
    return problems


def _source(root: Path, shown: str, problems: list[Diagnostic]) -> str | None:
    """The text of an override, or None, with why added to ``problems``.

    As with claim files, a link out of the root is refused: a pull request
    could otherwise publish any file of the machine that builds the site.
    """
    data = file_bytes(root, shown, problems, MAX_TEMPLATE_BYTES)
    if data is None:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        message = f"not UTF-8 (byte {exc.start:,} cannot be read); save the file as UTF-8"
        problems.append(Diagnostic.error(Position(shown, line, 1), message))
        return None


def _syntax_message(exc: TemplateSyntaxError, env: Environment) -> str:
    """Jinja's message, with a hint where it names a filter or test that does not exist."""
    message = exc.message or str(exc)
    unknown = _UNKNOWN.match(message)
    if unknown is not None:
        names = env.filters if unknown["kind"] == "filter" else env.tests
        message = message.rstrip(".") + did_you_mean(unknown["name"], sorted(names))
    return message


class _Reference(NamedTuple):
    """A template that another extends, includes or imports by name."""

    name: str
    line: int
    extends: bool
    #: An include marked ``ignore missing``.
    optional: bool


def _references(tree: nodes.Template) -> Iterator[_Reference]:
    for node in tree.find_all((nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)):
        target = getattr(node, "template", None)  # each of the four names it so
        # A name worked out by an expression is known only as a page is made.
        if isinstance(target, nodes.Const) and isinstance(target.value, str):
            optional = isinstance(node, nodes.Include) and node.ignore_missing
            yield _Reference(target.value, node.lineno, isinstance(node, nodes.Extends), optional)


def rendering_problem(exc: BaseException, templates: Path | None, making: str) -> Diagnostic | None:
    """Where in an override template ``exc`` arose as the page ``making`` was made; None where in none.

    It is the override's, at its innermost frame, where the innermost template
    on the way to the failure is an override: one of rootcheck's helpers fails
    on what an override hands it. A template's own error (an undefined value)
    is the override's wherever one was on the way, as a theme macro fails on
    what an override hands it. Anything else is a bug in rootcheck, and keeps
    its traceback, even where an override of ``base.html`` holds every page.
    """
    if templates is None:
        return None
    folder = str(templates.resolve()) + os.sep
    # Walked rather than extracted: extracting reads each frame's line of source.
    frames = [(frame.f_code.co_filename, line) for frame, line in traceback.walk_tb(exc.__traceback__)]
    if isinstance(exc, TemplateSyntaxError) and exc.filename is not None and exc.lineno:
        frames.append((exc.filename, exc.lineno))
    overridden = [(file, line) for file, line in frames if file.startswith(folder)]
    theme = str(THEME.resolve()) + os.sep
    innermost = next((file for file, _ in reversed(frames) if file.startswith((folder, theme))), "")
    if not overridden or not (innermost.startswith(folder) or isinstance(exc, TemplateError)):
        return None
    file, line = overridden[-1]
    name = file[len(folder) :].replace(os.sep, "/")
    if isinstance(exc, TemplateError):
        message = exc.message or type(exc).__name__
    else:  # Python's own, such as a TypeError: its name says what kind of mistake it is
        message = f"{type(exc).__name__}: {exc}"
    return Diagnostic.error(Position(f"{TEMPLATES}/{name}", line or 1, 1), f"{message} (making {making})")
