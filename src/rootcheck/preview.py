"""A local preview: build, serve on 127.0.0.1, rebuild on every change, reload the page.

The watcher polls files' statuses rather than using inotify: it needs no
dependency and works on every file system. A scan of this repository's
registry costs a millisecond; at 10,000 claims 0.06–0.09 s, so scans are
spaced to keep watching under a quarter of a core, and the rebuild a scan
sets off reuses the statuses it took. While the registry has errors
every page is replaced by a list of them, so an editor sees what to fix in
the browser, and the preview recovers by itself once it is fixed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import os
import shutil
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from rootcheck.errors import RootcheckError
from rootcheck.held import signals_held
from rootcheck.memo import keep_in_memory
from rootcheck.model import Diagnostic
from rootcheck.output import cache_dir
from rootcheck.output.jobs import Job
from rootcheck.output.mirror import Mirror, Updated
from rootcheck.parallel import available_cores
from rootcheck.pipeline import check
from rootcheck.registry.load import CLAIMS, COMPARISONS, SEEDS
from rootcheck.registry.reads import Look, Reread, Status
from rootcheck.registry.settings import CONFIG_FILE, SKIPPED_FILE
from rootcheck.render.site import LastPlan, RenderOptions, plan_site
from rootcheck.render.templates import TemplateProblem
from rootcheck.render.urls import DATA, FEED, NOT_FOUND, file_of

WATCHED = (SEEDS, CLAIMS, COMPARISONS, "templates", CONFIG_FILE, SKIPPED_FILE)
POLL_SECONDS = 0.25
CONTROL = "/__rootcheck/"
RELOAD_SCRIPT = """\
// Reloads the page when rootcheck serve has rebuilt the site.
(function () {
  var seen = null;
  function poll() {
    fetch("/__rootcheck/version", {cache: "no-store"}).then(function (r) { return r.text(); })
      .then(function (v) { if (seen !== null && v !== seen) { location.reload(); } seen = v; })
      .catch(function () {}).finally(function () { setTimeout(poll, 400); });
  }
  poll();
})();
"""


@dataclass(frozen=True)
class Scan:
    """The status of every watched file, as one scan of the root found it."""

    #: Each regular file's own status, lent to the rebuild the scan sets off (see :attr:`Reread.taken`).
    looks: dict[str, Look]
    #: What changes whenever a file's content does: its status, or a link's target's.
    states: dict[str, Status]


def scan(root: Path) -> Scan:
    """Walked with ``os.scandir``, whose entries know their type without a
    system call: at 10,000 claims a scan costs a third of what pathlib's did.
    """
    at = time.time_ns()  # before any status is taken: what is read later may only be newer
    looks: dict[str, Look] = {}
    states: dict[str, Status] = {}

    def note(path: str, link: bool) -> None:
        try:
            if link:  # the file it points to may change while the link does not
                try:
                    states[path] = Status.of(os.stat(path))
                except OSError:  # leading nowhere, or round a loop of links: the check tells it
                    states[path] = Status.of(os.lstat(path))
            else:
                info = os.lstat(path)
                status = Status.of(info)
                looks[path] = Look(path, info, at, status)
                states[path] = status
        except OSError:
            pass  # gone since it was listed: the check says why if it is wanted

    def walk(folder: str) -> None:
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError:
            # One that cannot be listed: the check says so. Its own status is watched, so that the
            # preview rebuilds once it can be read.
            with contextlib.suppress(OSError):
                states[folder] = Status.of(os.lstat(folder))
            return
        for entry in listed:
            if entry.is_dir(follow_symlinks=False):
                walk(entry.path)
            elif entry.is_symlink():  # to a file, or to none (is_file raises on a loop of links)
                note(entry.path, True)
            elif entry.is_file():
                note(entry.path, False)

    for name in WATCHED:
        top = os.path.join(root, name)
        if os.path.isfile(top) or (os.path.islink(top) and not os.path.isdir(top)):
            note(top, os.path.islink(top))
        elif os.path.isdir(top):
            walk(top)
    return Scan(looks, states)


def error_page(diagnostics: list[Diagnostic]) -> bytes:
    items = "\n".join(
        f"<li><code>{html.escape(str(d.where))}</code> {d.severity.value}: {html.escape(d.message)}</li>"
        for d in diagnostics
    )
    return (
        "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8><title>rootcheck: errors</title>"
        '<script src="/__rootcheck/reload.js" defer></script></head><body>'
        # In a main landmark, as the site's own pages are: a screen reader's jump to it lands on the list.
        f"<main><h1>{len(diagnostics)} error(s) to fix</h1>"
        f"<p>Fix them and this page reloads by itself.</p><ul>{items}</ul></main></body></html>\n"
    ).encode()


class Preview:
    """Builds ``root`` into a private folder and serves it, rebuilding on change."""

    def __init__(
        self, root: Path, port: int, report: Callable[[str], None], build_date: dt.date | None = None
    ) -> None:
        self.root = root
        self.report = report
        # Pages dated as `build --drafts` dates them (SOURCE_DATE_EPOCH), so that the preview shows what it would.
        self.build_date = build_date
        keep_in_memory()  # every rebuild reads the memos the one before it wrote
        self.reread = Reread()
        self.last_plan = LastPlan()
        self.errors: list[Diagnostic] = []
        self.version = 0
        self.lock = threading.Lock()
        handler = partial(_Handler, preview=self)
        # Bound before the folder is made, so that a busy port leaves nothing behind.
        self.server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.workdir: Path | None = None
        try:
            # Between the folder's making and its path's keeping, an ending signal would leave a folder
            # no one knows of; a signal sent as soon as the folder appeared fell there in 3 of 40 starts.
            with signals_held():
                self.workdir = Path(tempfile.mkdtemp(prefix="rootcheck-serve-"))
            self.out = self.workdir / "site"
            self.site = Mirror(self.out)
        except BaseException:  # Ctrl-C included: no one else knows of the folder yet
            self.close()
            raise

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def rebuild(self, seen: Scan | None = None, workers: int = 1) -> None:
        """Check the registry and make the pages whose inputs changed since the last rebuild.

        ``seen`` is the scan that found a change, if one did: its statuses
        are taken as the files' own. Only the first rebuild, before the
        server's thread starts, may use ``workers``: forking a process that
        runs other threads is unsafe.
        """
        started = time.perf_counter()
        self.reread.lend(seen.looks if seen is not None else {})
        cache = cache_dir(self.root)
        # Checked as `build --drafts` checks, since the preview shows drafts.
        checked = check(
            self.root, cache=cache, workers=workers, reread=self.reread, drafts=True, templates=True
        )
        errors = checked.errors
        updated = Updated(0, 0)
        if not errors:
            # No published site to copy the exports' parts from: the mirror removes an
            # export as soon as its key changes, and makes it only when asked for.
            options = RenderOptions(
                drafts=True,
                build_date=self.build_date,
                templates=self.root / "templates",
                cache=cache,
                workers=workers,
            )
            plan = plan_site(checked, options, self.last_plan)
            try:
                updated = self.site.update(plan, workers, on_request=_made_on_request, here=_lists_claims)
            except TemplateProblem as exc:  # the pages stay as they were; the browser shows why
                errors = [exc.problem]
            except OSError as exc:  # the disk full, say, as build tells it: the machine's to fix
                where = f" ({exc.filename})" if exc.filename else ""
                raise RootcheckError(f"the preview could not be written: {exc.strerror}{where}") from None
        with self.lock:
            self.errors = errors
            self.version += 1
        took = time.perf_counter() - started
        if self.errors:
            self.report(f"{len(self.errors)} error(s) to fix; showing them in the browser")
            return
        made = f"{updated.made} file{'s' * (updated.made != 1)} made afresh"
        left = f", {updated.left} left until asked for" if updated.left else ""
        self.report(f"built {len(checked.claims)} claims in {took:.2f} s ({made}{left})")

    def run(self, stop: threading.Event) -> None:
        """Serve until ``stop`` is set, rebuilding whenever a watched file changes."""
        seen = scan(self.root)
        self.rebuild(seen, workers=available_cores())
        self.thread.start()
        self.report(f"serving {self.url} (Ctrl-C to stop)")
        # Scanning a large registry takes a while: wait thrice as long between scans,
        # so that watching costs at most a quarter of a core.
        pause = POLL_SECONDS
        while not stop.wait(pause):
            started = time.perf_counter()
            current = scan(self.root)
            pause = max(POLL_SECONDS, 3 * (time.perf_counter() - started))
            if current.states != seen.states:
                seen = current
                self.rebuild(seen)

    def close(self) -> None:
        if self.thread.is_alive():  # shutdown() waits forever on a server that never ran
            self.server.shutdown()
        self.server.server_close()
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)


def _lists_claims(job: Job) -> bool:
    """The pages of the whole site, among them every list of claims: made in the preview's own
    process even on several cores, as the claims' items they make are kept for the next rebuild."""
    return not job.group


def _made_on_request(job: Job) -> bool:
    """The open-data exports: an editor's browser seldom reads them, and at scale they are most of a rebuild.

    Not the page of ``data/``, which leads to where they are described: made as every page is, it
    is there for its folder's address from the start, which a static host redirects or serves.
    """
    return job.path.startswith(DATA) and job.path != file_of(DATA)


#: Every text the site holds is UTF-8; a browser told no charset reads a source's text as checked
#: (curly quotes, dashes) as Windows-1252.
UTF8_TYPES = {
    **SimpleHTTPRequestHandler.extensions_map,
    ".css": "text/css; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".jsonld": "application/ld+json; charset=utf-8",
    ".svg": "image/svg+xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
}
#: The feed is Atom's own type (RFC 4287 §7), which the sitemap, XML too, is not.
ATOM_TYPE = "application/atom+xml; charset=utf-8"


def _reloading(page: bytes) -> bytes:
    return page.replace(b"</body>", b'<script src="/__rootcheck/reload.js" defer></script></body>', 1)


class _Handler(SimpleHTTPRequestHandler):
    """Serves the preview's output, the reload script, and the error page while there are errors."""

    extensions_map = UTF8_TYPES

    def __init__(self, *args: object, preview: Preview, **kwargs: object) -> None:
        self.preview = preview
        super().__init__(*args, directory=str(preview.out), **kwargs)  # type: ignore[arg-type]

    def log_message(self, format: str, *args: object) -> None:
        pass  # the terminal shows builds, not every request

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        path = url.path
        if path == CONTROL + "version":
            return self._send(str(self.preview.version).encode(), "text/plain")
        if path == CONTROL + "reload.js":
            return self._send(RELOAD_SCRIPT.encode(), "text/javascript")
        with self.preview.lock:
            errors = list(self.preview.errors)
        if errors:
            return self._send(error_page(errors), "text/html; charset=utf-8", status=500)
        local = Path(self.translate_path(path))
        # os.path's tests, not Path's: an address no file could have (a name longer than the file
        # system allows) is no file, where Path's raise.
        folder = os.path.isdir(local)
        if folder:
            local = local / "index.html"
            if not path.endswith("/") and os.path.isfile(local):
                # As a static host does: the page's relative links are written from inside its folder.
                return self._redirect(urlunsplit(url._replace(path=path + "/")))
        if local.is_relative_to(self.preview.out):
            wanted = local.relative_to(self.preview.out).as_posix()
            try:
                self.preview.site.make_requested(wanted)
            except Exception:  # a bug in rendering: show it, with where it arose, and keep serving
                message = f"rootcheck could not make {wanted}:\n{traceback.format_exc()}"
                self.preview.report(message.rstrip("\n"))
                return self._send(message.encode(), "text/plain; charset=utf-8", status=500)
        # A folder whose page is gone: a static host lists no folder; "/404.html/": it finds none there.
        if not os.path.isfile(local) or (path.endswith("/") and not folder):
            return self.send_error(HTTPStatus.NOT_FOUND)
        if local.suffix == ".html":
            try:
                page = local.read_bytes()
            except OSError:  # removed by a rebuild since
                return self.send_error(HTTPStatus.NOT_FOUND)
            return self._send(_reloading(page), "text/html; charset=utf-8")
        return super().do_HEAD() if self.command == "HEAD" else super().do_GET()

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        return ATOM_TYPE if Path(path) == self.preview.out / FEED else super().guess_type(path)

    def do_HEAD(self) -> None:
        # Answered as a GET would be: an export made only when asked for is made for a HEAD too.
        self.do_GET()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """An address with no file gets the site's own 404 page, as from a host serving the site."""
        if code == HTTPStatus.NOT_FOUND:
            try:
                page = (self.preview.out / NOT_FOUND).read_bytes()
            except OSError:
                pass  # none made yet: Python's own page says as much
            else:
                return self._send(_reloading(page), "text/html; charset=utf-8", status=code)
        super().send_error(code, message, explain)

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()

    def _send(self, body: bytes, content_type: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
