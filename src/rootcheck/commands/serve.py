"""``rootcheck serve``: preview the site locally, rebuilt on every change."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import TYPE_CHECKING

from rootcheck.commands import add_root, build_date, root_of
from rootcheck.errors import RootcheckError
from rootcheck.held import signals_held

if TYPE_CHECKING:
    from rootcheck.commands import Subparsers

HELP = """\
Build the site into a private temporary folder and serve it on 127.0.0.1.
Any change under seeds/, claims/, comparisons/ or templates/ (or to
rootcheck.yaml or skipped.yaml) rebuilds it and reloads the open page; while
the registry has errors, the browser shows them instead. Drafts are shown.
Of the root, only its cache (.rootcheck-cache/) is written, as check and
build write it. Ctrl-C stops it.

exit status: 0 when it is stopped (Ctrl-C, or told to end by SIGTERM or
SIGHUP), whatever errors the registry had; 1 when it cannot start, for a
reason it tells: the port is taken, or SOURCE_DATE_EPOCH is no number of
seconds; 2 on a usage error, such as a port out of range or a --root that is
no folder.

examples:
  rootcheck serve
  rootcheck serve --port 8080 --root path/to/registry
"""


def add_parser(sub: Subparsers) -> None:
    parser = sub.add_parser("serve", help="preview the site, rebuilt on every change",
                            description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    add_root(parser)
    parser.add_argument(
        "--port",
        type=_port,
        default=8000,
        metavar="N",
        help="port on 127.0.0.1 (default 8000; 0 picks a free one)",
    )
    parser.set_defaults(run=run)


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"must be a port number from 0 to 65535, not {value!r}")
    return port


def _say(message: str) -> None:
    print(message, flush=True)


def run(args: argparse.Namespace) -> int:
    from rootcheck.preview import Preview  # the server and the renderer load only for this command

    root = root_of(args)
    dated = build_date()  # a malformed SOURCE_DATE_EPOCH refused before anything starts
    stop = threading.Event()

    def end(number: int, frame: object) -> None:
        # Ended like Ctrl-C when its terminal goes or it is told to end, whatever it is doing: a build
        # of a large registry takes longer than a service manager waits before it kills. Only once, so
        # that a second signal does not cut short the removal of its folder.
        if not stop.is_set():
            stop.set()
            raise KeyboardInterrupt

    # Set before the folder is made, so that a signal while it is being made cannot leave it behind.
    for ending in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(ending, end)
    preview: Preview | None = None
    # One block from the preview's making to its closing, so that no moment between them lets a
    # signal through unhandled (one while it is made: it removes its own folder).
    try:
        try:
            # Made and kept as one step: a signal acted on as the making returned left its folder unknown.
            with signals_held():
                preview = Preview(root, args.port, _say, dated)
        except OSError as exc:
            raise RootcheckError(f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror}") from None
        preview.run(stop)
    except KeyboardInterrupt:
        stop.set()
    finally:
        if preview is not None:
            preview.close()
    print("stopped", file=sys.stderr)
    return 0
