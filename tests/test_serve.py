"""rootcheck serve, run as a real process on a free port."""

from __future__ import annotations

import errno
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import copy_repo, run

CLAIM = "claims/progress-2023/smuggling-arrests.yaml"


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], str, Path]]:
    root = copy_repo(tmp_path / "root")
    # Ctrl-C as a terminal sends it, even when the suite itself was started in the background,
    # whose processes inherit SIGINT ignored (and Python then never raises KeyboardInterrupt).
    proc = subprocess.Popen(
        [sys.executable, "-m", "rootcheck", "serve", "--root", str(root), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    url = ""
    deadline = time.monotonic() + 30
    assert proc.stdout is not None
    while time.monotonic() < deadline and not url:
        line = proc.stdout.readline()
        if match := re.match(r"serving (http://127\.0\.0\.1:\d+/)", line):
            url = match.group(1)
        elif not line and proc.poll() is not None:
            break
    if not url:
        proc.kill()
        pytest.fail("serve did not start: " + (proc.stderr.read() if proc.stderr else ""))
    yield proc, url, root
    if proc.poll() is None:
        proc.terminate()  # a killed server would leave its folder behind
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def exchange(url: str, method: str, target: str) -> tuple[int, dict[str, str], bytes]:
    """The answer to one request exactly as it came, body and all: urllib follows redirects,
    and http.client reads no body after a HEAD."""
    address = urlsplit(url)
    with socket.create_connection((address.hostname, address.port), timeout=5) as conn:
        conn.sendall(f"{method} {target} HTTP/1.0\r\n\r\n".encode())
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    status_line, *fields = head.decode("latin-1").split("\r\n")
    headers = dict(field.split(": ", 1) for field in fields)
    return int(status_line.split()[1]), headers, body


def wait_for(url: str, predicate: object, seconds: float) -> tuple[float, int, str]:
    started = time.monotonic()
    while True:
        status, body = fetch(url)
        if predicate(status, body):  # type: ignore[operator]
            return time.monotonic() - started, status, body
        if time.monotonic() - started > seconds:
            pytest.fail(f"not seen within {seconds} s; last status {status}: {body[:300]}")
        time.sleep(0.05)


def test_serves_rebuilds_shows_errors_and_stops(served: tuple[subprocess.Popen[str], str, Path]) -> None:
    proc, url, root = served
    status, home = fetch(url)
    assert status == 200
    assert "<html" in home
    assert '<script src="/__rootcheck/reload.js" defer></script></body>' in home
    assert fetch(url + "__rootcheck/reload.js")[0] == 200
    # Texts are told as UTF-8, or a browser shows a source's curly quotes and dashes garbled.
    for path, kind in (
        ("sources/cover-letter-2021/source.txt", "text/plain"),
        ("data/claims.csv", "text/csv"),
        ("data/claims.json", "application/json"),
        ("feed.xml", "application/atom+xml"),  # RFC 4287 §7, as feed readers and browsers expect
    ):
        with urllib.request.urlopen(url + path, timeout=5) as response:
            assert response.headers["Content-Type"] == f"{kind}; charset=utf-8"

    claim = root / CLAIM
    original = claim.read_text("utf-8")
    claim.write_text(original.replace("note: |\n", "note: |\n  Zanzibar-marker edit.\n", 1), "utf-8")
    took, _, _ = wait_for(url + "claims/smuggling-arrests/", lambda s, b: "Zanzibar-marker" in b, 5)
    assert took < 2.0
    # Only what shows the note is made again: the claim's page, and the two exports that carry
    # notes, which wait until they are asked for.
    assert proc.stdout is not None
    report = proc.stdout.readline()
    while report.startswith(tuple("0123456789")):  # a save caught half-written, reported as errors
        report = proc.stdout.readline()
    expected = r"built \d+ claims in \d+\.\d\d s \(1 file made afresh, 2 left until asked for\)\n"
    assert re.fullmatch(expected, report), report
    status, exported = fetch(url + "data/claims.json")
    assert status == 200
    notes = {record["id"]: record["note"] for record in json.loads(exported)["claims"]}
    assert "Zanzibar-marker" in notes["smuggling-arrests"]

    claim.write_text(original + "pilar: typo\n", "utf-8")
    _, status, page = wait_for(url, lambda s, b: s == 500, 5)
    assert f"{CLAIM}:" in page
    assert "unknown field &#x27;pilar&#x27; (did you mean &#x27;pillar&#x27;?)" in page

    claim.write_text(original, "utf-8")
    wait_for(url, lambda s, b: s == 200, 5)

    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=10) == 0
    assert proc.stderr is not None and "stopped" in proc.stderr.read()
    assert not (root / "site").exists()  # serve writes only to its own temporary folder


def test_a_failing_override_shows_in_the_browser_until_it_is_mended(
    served: tuple[subprocess.Popen[str], str, Path],
) -> None:
    proc, url, root = served
    page = url + "claims/smuggling-arrests/"
    assert fetch(page)[0] == 200
    override = root / "templates" / "claim.html"
    override.parent.mkdir()
    # Found only as the page is made: the preview keeps serving, and says where.
    override.write_text(
        '{% extends "base.html" %}\n{% block main %}{{ claim.nope }}{% endblock %}\n', "utf-8"
    )
    _, _, shown = wait_for(page, lambda s, b: s == 500, 5)
    assert "<code>templates/claim.html:2:1</code> error: " in shown
    assert "has no attribute &#x27;nope&#x27; (making claims/" in shown
    # Found before any page is made.
    override.write_text(
        '{% extends "base.html" %}\n{% block main %}{{ claim.id|upcase }}{% endblock %}\n', "utf-8"
    )
    wait_for(page, lambda s, b: "No filter named &#x27;upcase&#x27;" in b, 5)

    override.write_text(
        '{% extends "base.html" %}\n{% block main %}<p>{{ claim.id }} mended</p>{% endblock %}\n', "utf-8"
    )
    _, _, mended = wait_for(page, lambda s, b: s == 200, 5)
    assert "smuggling-arrests mended" in mended
    assert proc.poll() is None


def test_a_folder_asked_for_without_its_slash_is_redirected_to_it(
    served: tuple[subprocess.Popen[str], str, Path],
) -> None:
    _, url, _ = served
    # The page's links are relative ("../"): served at the address without the slash, they lead astray.
    status, headers, body = exchange(url, "GET", "/claims/smuggling-arrests?from=list")
    assert (status, headers.get("Location"), headers.get("Content-Length"), body) == (
        301, "/claims/smuggling-arrests/?from=list", "0", b"",
    )  # fmt: skip
    assert exchange(url, "GET", "/claims/smuggling-arrests/?from=list")[0] == 200


def test_a_folder_is_never_listed(served: tuple[subprocess.Popen[str], str, Path]) -> None:
    _, url, root = served
    never = fetch(url + "no-such-page/")
    assert never[0] == 404
    # Before any export is asked for (each is made then): data/'s page is there, as a host's would be,
    # and leads to where they are described.
    status, headers, _ = exchange(url, "GET", "/data")
    assert (status, headers["Location"]) == (301, "/data/")
    status, page = fetch(url + "data/")
    assert status == 200 and 'content="0; url=../methodology/#data"' in page
    assert fetch(url + "data/claims.json")[0] == 200
    # The page goes; its folder stays in the preview's copy of the site.
    (root / "claims/context/cnn-border-thousands.yaml").unlink()
    _, status, body = wait_for(url + "claims/cnn-border-thousands/", lambda s, b: s == 404, 5)
    assert (status, body) == never


def test_an_address_with_no_page_gets_the_sites_404_page(
    served: tuple[subprocess.Popen[str], str, Path],
) -> None:
    _, url, _ = served
    status, page = fetch(url + "404.html")
    assert status == 200
    assert "<h1>There is no page at this address</h1>" in page
    # A file asked for as a folder, one made when asked for too, is no folder's page.
    for target in (
        "/no/such/page",
        "/claims/no-such-claim/",
        "/data/no-such-export.json",
        "/404.html/",
        "/data/claims.json/",
    ):
        status, headers, body = exchange(url, "GET", target)
        assert (status, headers["Content-Type"], body.decode("utf-8")) == (
            404,
            "text/html; charset=utf-8",
            page,
        )


def test_an_address_no_file_could_have_gets_the_sites_404_page(
    served: tuple[subprocess.Popen[str], str, Path],
) -> None:
    """A name longer than the file system allows: asking for it failed the request's thread, and the
    connection was dropped unanswered."""
    _, url, _ = served
    page = fetch(url + "404.html")[1]
    for target in ("/" + "a" * 300, "/claims/" + "a" * 300 + "/", "/data/" + "a" * 300, "/" + "a/" * 3000):
        status, headers, body = exchange(url, "GET", target)
        assert (status, headers["Content-Type"], body.decode("utf-8")) == (
            404,
            "text/html; charset=utf-8",
            page,
        ), target[:20]
    assert fetch(url)[0] == 200


def test_a_bug_in_making_a_file_asked_for_is_shown_with_its_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rootcheck.preview import Preview

    told: list[str] = []
    preview = Preview(copy_repo(tmp_path / "root"), 0, told.append)
    try:
        preview.rebuild()

        def broken(*args: object, **kwargs: object) -> None:
            raise ZeroDivisionError("a bug")

        monkeypatch.setattr(preview.site, "_make", broken)
        preview.thread.start()
        status, body = fetch(preview.url + "data/claims.json")
    finally:
        preview.close()
    assert status == 500
    assert body.startswith("rootcheck could not make data/claims.json:\nTraceback (most recent call last):\n")
    assert ", in broken\n" in body and body.endswith("\nZeroDivisionError: a bug\n")
    assert told[-1] == body.rstrip("\n")  # and in the terminal, where the preview tells what it does


def test_a_preview_that_cannot_be_written_says_so_in_a_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rootcheck.errors import RootcheckError
    from rootcheck.preview import Preview

    preview = Preview(copy_repo(tmp_path / "root"), 0, lambda line: None)
    try:

        def disk_full(*args: object, **kwargs: object) -> None:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(preview.out / "index.html"))

        monkeypatch.setattr(preview.site, "update", disk_full)
        with pytest.raises(RootcheckError) as raised:
            preview.rebuild()
    finally:
        preview.close()
    assert (
        str(raised.value)
        == f"the preview could not be written: No space left on device ({preview.out}/index.html)"
    )


def test_a_head_is_answered_as_the_get_would_be(served: tuple[subprocess.Popen[str], str, Path]) -> None:
    _, url, _ = served
    for target, expected in (
        ("/data/annotations.jsonld", 200),  # the HEAD comes first: an export is made when first asked for
        ("/claims/smuggling-arrests/", 200),
        ("/claims/smuggling-arrests", 301),
        ("/no/such/page", 404),
    ):
        head_status, head_headers, head_body = exchange(url, "HEAD", target)
        status, headers, body = exchange(url, "GET", target)
        assert (head_status, status) == (expected, expected), target
        del head_headers["Date"], headers["Date"]  # the two may be a second apart
        assert head_headers == headers, target
        assert (head_body, len(body)) == (b"", int(headers["Content-Length"])), target


def test_the_preview_is_dated_as_a_build_is(tmp_path: Path) -> None:
    """SOURCE_DATE_EPOCH dates `build --drafts`'s pages: the preview, showing what it would, dates its own."""
    import datetime as dt

    from rootcheck.preview import Preview

    root = copy_repo(tmp_path / "root")
    preview = Preview(root, 0, lambda message: None, dt.date(2023, 11, 14))
    try:
        preview.rebuild()
        home = (preview.out / "index.html").read_text("utf-8")
    finally:
        preview.close()
    assert '<p class="built">Built on <time datetime="2023-11-14">' in home


def test_a_malformed_source_date_epoch_is_refused_before_serving(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from rootcheck import preview

    def started(*args: object, **kwargs: object) -> None:
        raise AssertionError("serve started before it read the date")

    monkeypatch.setattr(preview, "Preview", started)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    root = copy_repo(tmp_path / "root")
    assert run(capsys, "serve", "--root", str(root), "--port", "0") == (
        1,
        "",
        "rootcheck: error: SOURCE_DATE_EPOCH must be a number of seconds, not 'soon'\n",
    )
