"""Work on every core, by forking: a function mapped over many items, and errands run beside.

The work rootcheck spreads over cores — proving quotes, placing passages,
rendering pages — reads the whole checked registry. Forked workers inherit it
as it stands, so only item indices go to a worker and only results come back;
nothing needs to be picklable but the results. Where ``fork`` is unavailable,
or the work too small to repay starting workers, the map runs in this process.
An :class:`Errand` is one function run in a child while this process goes on
with other work, such as walking a folder while a build checks the registry.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import tempfile
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from functools import partial
from typing import TYPE_CHECKING, Any, BinaryIO, Generic, TypeVar, cast

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")

#: Each worker takes its items in this many batches, so that progress moves and no worker idles at the end.
BATCHES_PER_WORKER = 8
#: Up to this many items per worker are shared out before any starts, by weight, one share made in
#: this process: a pool of workers took 27 ms to start and 12 ms to stop, where the two exports a
#: build makes after one claim changed take some 50 ms each (timed in a build at 10,000 claims).
SHARED_UP_TO = 2


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# Set in the parent just before forking; each worker reads its own copy.
_TASK: tuple[Callable[[Any], Any], Sequence[Any]] | None = None


def _batch(indices: Sequence[int]) -> list[Any]:
    assert _TASK is not None
    function, items = _TASK
    return [function(items[i]) for i in indices]


def batches_of(count: int, workers: int) -> list[range]:
    """The indices of ``count`` items in the batches that ``workers`` processes take them in.

    Interleaved, so that every batch gets its share of large items and small.
    """
    batches = min(count, workers * BATCHES_PER_WORKER)
    return [range(start, count, batches) for start in range(batches)]


def will_fork(workers: int, count: int, total: int, minimum: int = 2) -> bool:
    """Whether :func:`fork_map` starts workers for ``count`` items, ``total`` units of work in all."""
    return workers >= 2 and total >= minimum and count >= 2 and hasattr(os, "fork")


def fork_map(
    function: Callable[[T], R],
    items: Sequence[T],
    workers: int,
    *,
    minimum: int = 2,
    progress: Callable[[int, int], None] | None = None,
    size: Callable[[T], int] = lambda item: 1,
    alongside: Callable[[], None] = lambda: None,
    cost: Callable[[T], int] | None = None,
) -> list[R]:
    """``[function(item) for item in items]``, on up to ``workers`` processes.

    Fewer than ``minimum`` units of work (items, or the sum of ``size`` over
    them) run in this process. ``progress`` is told of units done and in all.
    ``cost``, where units differ in how much work they are, weighs them
    against ``minimum`` instead of ``size``: a few files that each list every
    claim are worth starting workers for. ``alongside`` is work for this
    process to do while the workers run (or first, when there are none),
    whose effects on its memory are kept. A few items (see
    :data:`SHARED_UP_TO`) are shared out by weight (``cost``, else ``size``)
    rather than handed out one batch at a time: each share but one is an
    :class:`Errand`, and this process makes the lightest after ``alongside``.
    """
    sizes = [size(item) for item in items]
    total = sum(sizes)
    work = sum(map(cost, items)) if cost is not None else total
    if not will_fork(workers, len(items), work, minimum):
        alongside()
        results, done = [], 0
        for item, units in zip(items, sizes, strict=True):
            results.append(function(item))
            done += units
            if progress is not None and (done // 100 != (done - units) // 100 or done == total):
                progress(done, total)
        return results
    if len(items) <= workers * SHARED_UP_TO:
        weights = [cost(item) for item in items] if cost is not None else sizes
        results = _in_shares(function, items, _shares(weights, workers), alongside)
        if progress is not None:
            progress(total, total)
        return results
    # Imported here: `rootcheck check` on a small registry never forks, and starts faster without them.
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    batches = batches_of(len(items), workers)
    out: list[Any] = [None] * len(items)
    global _TASK
    _TASK = (function, items)
    # Long-lived objects need not be scanned by a worker's collector, and
    # leaving them untouched keeps their memory shared with this process.
    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            pending: dict[Future[list[Any]], range] = {pool.submit(_batch, b): b for b in batches}
            alongside()  # the workers have forked: nothing done here reaches them
            done = 0
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    indices = pending.pop(future)
                    for index, result in zip(indices, future.result(), strict=True):
                        out[index] = result
                        done += sizes[index]
                if progress is not None:
                    progress(done, total)
    finally:
        _TASK = None
        gc.unfreeze()
    return out


def _shares(weights: Sequence[int], workers: int) -> list[list[int]]:
    """Item indices in up to ``workers`` shares of about equal weight, the lightest first."""
    shares: list[list[int]] = [[] for _ in range(min(workers, len(weights)))]
    loads = [0] * len(shares)
    for index in sorted(range(len(weights)), key=lambda i: -weights[i]):
        lightest = loads.index(min(loads))
        shares[lightest].append(index)
        loads[lightest] += weights[index]
    return sorted((sorted(share) for share in shares), key=lambda share: sum(weights[i] for i in share))


def _in_shares(
    function: Callable[[T], R], items: Sequence[T], shares: list[list[int]], alongside: Callable[[], None]
) -> list[R]:
    """Each share but the first made by a forked child, the first here after ``alongside``."""

    def make(share: list[int]) -> list[R]:
        return [function(items[i]) for i in share]

    out: dict[int, R] = {}
    gc.freeze()
    try:
        with ExitStack() as stack:
            errands = [stack.enter_context(Errand(partial(make, share))) for share in shares[1:]]
            alongside()
            out.update(zip(shares[0], make(shares[0]), strict=True))
            for share, errand in zip(shares[1:], errands, strict=True):
                out.update(zip(share, errand.result(), strict=True))
    finally:
        gc.unfreeze()
    return [out[i] for i in range(len(items))]


class Errand(Generic[R]):
    """``function()``, run in a forked child while this process goes on.

    For work that reads what is on disk and hands back little, such as
    taking the stamps of 13,000 files: on a second core it costs this
    process only the wait for an answer not yet ready. Where forking is not
    possible, or the child failed, the function runs here when its
    :meth:`result` is asked for. Used as a context manager, leaving it stops
    a child still at work.
    """

    def __init__(self, function: Callable[[], R], *, fork: bool = True) -> None:
        self._function = function
        self._pid: int | None = None
        self._answer: BinaryIO | None = None
        if not (fork and hasattr(os, "fork")):
            return
        try:
            # A file, not a pipe: through a pipe the child could write no more than
            # the pipe holds until this process came to read it.
            answer = tempfile.TemporaryFile()  # noqa: SIM115 (kept open past this block)
        except OSError:
            return  # no room for an answer: the work is done here
        try:
            pid = os.fork()
        except OSError:
            answer.close()
            return
        if pid == 0:
            try:
                answer.write(pickle.dumps(function(), protocol=pickle.HIGHEST_PROTOCOL))
                answer.flush()
            except BaseException:
                os._exit(1)
            # Never return into the parent's code, nor flush its buffers.
            os._exit(0)
        self._pid, self._answer = pid, answer

    def result(self) -> R:
        """What ``function`` returned: as the child sent it, or made here if the child failed."""
        if self._pid is not None and self._answer is not None:
            answer = self._answer
            _, status = os.waitpid(self._pid, 0)
            self._pid = None
            try:
                if status == 0:
                    answer.seek(0)
                    return cast(R, pickle.load(answer))
            except Exception:  # an answer cut short: the value is made here
                pass
            finally:
                self.close()
        return self._function()

    def close(self) -> None:
        """Stop the child, if it is still at work, and let it go."""
        if self._pid is not None:
            os.kill(self._pid, signal.SIGKILL)  # it only reads: nothing is left half done
            os.waitpid(self._pid, 0)
            self._pid = None
        if self._answer is not None:
            self._answer.close()
            self._answer = None

    def __enter__(self) -> Errand[R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
