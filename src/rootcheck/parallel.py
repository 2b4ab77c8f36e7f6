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
from functools import partial
from typing import Any, BinaryIO, Generic, NoReturn, TypeVar, cast

from rootcheck.held import signals_held

T = TypeVar("T")
R = TypeVar("R")

#: Each worker takes its items in this many batches, so that progress moves and no worker idles at the end.
BATCHES_PER_WORKER = 8
#: Bytes of a batch's number in the pipes of a :class:`_Crew`.
_NUMBER = 4


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


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
    whose effects on its memory are kept. Then this process takes batches
    like the ``workers - 1`` children it forked (see :class:`_Crew`).
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
    batches = batches_of(len(items), workers)
    out: list[Any] = [None] * len(items)
    have: set[int] = set()
    done = 0

    def put(number: int, results: list[R]) -> None:
        for index, result in zip(batches[number], results, strict=True):
            out[index] = result
        have.add(number)

    def count(number: int) -> None:
        nonlocal done
        done += sum(sizes[index] for index in batches[number])
        if progress is not None:
            progress(done, total)

    # Long-lived objects need not be scanned by a worker's collector, and
    # leaving them untouched keeps their memory shared with this process.
    # What a one-off command froze for good (see rootcheck.collector) stays
    # frozen, with what was made since: only a freeze made here is undone.
    thaw = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        with _Crew(function, items, batches, workers - 1) as crew:
            alongside()  # the others have forked: nothing done here reaches them
            while (number := crew.take()) is not None:
                put(number, crew.make(number))
                count(number)
                crew.heard(count)
            crew.heard(count, wait=True)
            for number, results in crew.answers().items():
                put(number, results)
    finally:
        if thaw:
            gc.unfreeze()
    # A batch no child answered for (it failed, or was killed) is made here,
    # so that its error, if it has one, reaches the caller.
    for number in range(len(batches)):
        if number not in have:
            put(number, [function(items[index]) for index in batches[number]])
    if progress is not None and done < total:
        progress(total, total)
    return out


class _Child:
    """A forked child, known to this process from the moment it exists until it is reaped.

    Every signal is held back (see :mod:`rootcheck.held`) from before the fork until the child's
    process id is kept, and while it is reaped until it is noted gone. A handler raising as the
    fork returned lost the child, which went on at its work after its parent had moved on; one
    raising between reaping and noting had the parent, leaving, kill and wait for a process that
    was gone, and raise for it, hiding the interruption.
    """

    def __init__(self) -> None:
        #: The child's process id; 0 before it is forked and once it is reaped.
        self.pid = 0

    def fork(self, work: Callable[[], object]) -> bool:
        """Fork a child that does ``work`` and exits (1 if it raised); False, with none forked, where
        no process could be had."""
        with signals_held(signal.valid_signals()) as mask:
            try:
                pid = os.fork()
            except OSError:
                return False
            if pid == 0:
                _work_then_exit(work, mask)
            self.pid = pid
        return True

    def reap(self, options: int = 0) -> int | None:
        """Reap the child once it has ended; its status, or None if it had not ended (``os.WNOHANG``)
        or was reaped before."""
        if not self.pid:
            return None
        with signals_held(signal.valid_signals()):
            pid, status = os.waitpid(self.pid, options)
            if pid:
                self.pid = 0
        return status if pid else None

    def wait(self) -> None:
        """Wait for the child to end, not reaping it: a signal landing meanwhile is acted on at once."""
        if self.pid and hasattr(os, "waitid"):  # elsewhere, the reaping waits
            os.waitid(os.P_PID, self.pid, os.WEXITED | os.WNOWAIT)

    def stop(self) -> None:
        """Kill the child, if it is at work, and reap it."""
        if self.pid:
            os.kill(self.pid, signal.SIGKILL)
            self.reap()


def _work_then_exit(work: Callable[[], object], mask: set[int | signal.Signals] | None) -> NoReturn:
    """A forked child's life: with the signals its parent took (held back from the fork until here), ``work``."""
    try:
        if mask is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        work()
    except BaseException:
        os._exit(1)
    # Never return into the parent's code, nor flush its buffers.
    os._exit(0)


class _Crew(Generic[T, R]):
    """Forked children that take batches of a map from one queue, as this process does.

    The queue is a pipe holding every batch's number, written before the
    children fork: a read of four bytes takes one number whole, and a read
    that finds the pipe empty ends the work. A child writes each batch's
    results to a file of its own, then tells this process of it through a
    second pipe, so that progress moves. A pool of workers from the standard
    library took 27 ms to start and 12 ms to stop on this project's
    machines, while this process sat idle; a build after one claim changed
    makes two exports of some 50 ms each.
    """

    def __init__(
        self, function: Callable[[T], R], items: Sequence[T], batches: list[range], helpers: int
    ) -> None:
        self._function, self._items, self._batches = function, items, batches
        self._helpers = helpers
        self._children: list[tuple[_Child, BinaryIO]] = []
        self._queue = self._news = -1

    def _start(self) -> None:
        """Queue the batches and fork the children: on entering, so that leaving stops them however
        their start is cut short (a signal's handler raising while the next one is forked, say)."""
        self._queue, queue_in = os.pipe()
        self._news, news_in = os.pipe()
        try:
            self._queue_up(queue_in, len(self._batches))
        finally:
            os.close(queue_in)
        try:
            for _ in range(self._helpers):
                try:
                    answers = tempfile.TemporaryFile()  # noqa: SIM115 (kept open until the answers are read)
                except OSError:
                    break  # no room for answers: fewer hands
                child = _Child()
                self._children.append((child, answers))
                if not child.fork(partial(self._work, answers, news_in)):
                    break  # no more processes to be had: fewer hands
        finally:
            os.close(news_in)  # the children's copies alone hold it open: it ends when they do

    @staticmethod
    def _queue_up(queue: int, count: int) -> None:
        """Every batch's number, as many as the pipe holds: no process reads it yet, so a full pipe
        would never empty. Those left out are made by this process once the queue is empty."""
        os.set_blocking(queue, False)
        # A write of up to PIPE_BUF bytes (4,096 on Linux) goes in whole or not at all.
        per_write = 4096 // _NUMBER
        for start in range(0, count, per_write):
            numbers = range(start, min(start + per_write, count))
            try:
                os.write(queue, b"".join(n.to_bytes(_NUMBER, "little") for n in numbers))
            except BlockingIOError:
                return

    def _work(self, answers: BinaryIO, news: int) -> None:
        while (number := self.take()) is not None:
            frame = pickle.dumps((number, self.make(number)), protocol=pickle.HIGHEST_PROTOCOL)
            answers.write(len(frame).to_bytes(8, "little"))
            answers.write(frame)  # not added to its length: that would copy megabytes
            answers.flush()
            os.write(news, number.to_bytes(_NUMBER, "little"))

    def take(self) -> int | None:
        """The number of the next batch no process has taken; None when none is left."""
        data = os.read(self._queue, _NUMBER)
        return int.from_bytes(data, "little") if data else None

    def make(self, number: int) -> list[R]:
        return [self._function(self._items[index]) for index in self._batches[number]]

    def heard(self, made: Callable[[int], None], *, wait: bool = False) -> None:
        """Pass on the numbers of the batches children have made since last asked; with ``wait``, until all end."""
        os.set_blocking(self._news, wait)
        while True:
            try:
                data = os.read(self._news, 1024 * _NUMBER)
            except BlockingIOError:
                return
            if not data:
                return
            for at in range(0, len(data), _NUMBER):
                made(int.from_bytes(data[at : at + _NUMBER], "little"))

    def answers(self) -> dict[int, list[R]]:
        """Every batch's results that a child wrote whole, by batch number."""
        found: dict[int, list[R]] = {}
        for child, answers in self._children:
            child.reap()  # every child has ended (see heard): at once
            answers.seek(0)
            # A frame at a time: a child's answers to a large map are hundreds of megabytes.
            while len(head := answers.read(8)) == 8:
                length = int.from_bytes(head, "little")
                frame = answers.read(length)
                if len(frame) < length:
                    break  # cut short as the child died: its batch is made again
                number, results = pickle.loads(frame)
                found[number] = results
        return found

    def __enter__(self) -> _Crew[T, R]:
        try:
            self._start()
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        for child, answers in self._children:
            child.stop()  # any still at work: this process is leaving on an error
            answers.close()
        for fd in (self._queue, self._news):
            if fd >= 0:
                os.close(fd)


class Errand(Generic[R]):
    """``function()``, run in a forked child while this process goes on.

    For work that reads what is on disk and hands back little, such as
    taking the stamps of 13,000 files: on a second core it costs this
    process only the wait for an answer not yet ready. Where forking is not
    possible, or the child failed, the function runs here when its
    :meth:`result` is asked for. Used as a context manager: the child is
    forked on entering, as a map's are (see :class:`_Child`), so that leaving
    stops it however its start is cut short; an errand never entered does
    its work here when asked.

    A ``patient`` errand, whose answer is wanted well after another's, runs
    at the lowest priority, so that it takes only a core nothing else is
    using. A warm build at 10,000 claims forks two: the claim files'
    statuses, wanted once the memos are loaded, and the walk of the spare,
    wanted when the site is written. Sharing the second core, they kept the
    build waiting 21-30 ms for the statuses; with the walk patient, 2-3 ms.
    On a machine whose cores are all busy, a child at the lowest priority
    may hardly run at all, so one not done when its answer is wanted is
    stopped, and the work is done here.
    """

    def __init__(self, function: Callable[[], R], *, fork: bool = True, patient: bool = False) -> None:
        self._function = function
        self._fork = fork and hasattr(os, "fork")
        self._patient = patient
        self._child = _Child()
        self._answer: BinaryIO | None = None

    def _start(self) -> None:
        if not self._fork:
            return
        try:
            # A file, not a pipe: through a pipe the child could write no more than
            # the pipe holds until this process came to read it.
            self._answer = tempfile.TemporaryFile()  # noqa: SIM115 (kept open until the answer is read)
        except OSError:
            return  # no room for an answer: the work is done here
        self._child.fork(partial(self._work, self._answer))

    def _work(self, answer: BinaryIO) -> None:
        if self._patient:
            os.nice(19)
        answer.write(pickle.dumps(self._function(), protocol=pickle.HIGHEST_PROTOCOL))
        answer.flush()

    def result(self) -> R:
        """What ``function`` returned: as the child sent it, or made here if the child failed."""
        child, answer = self._child, self._answer
        if child.pid and answer is not None:
            if not self._patient:
                child.wait()
            status = child.reap(os.WNOHANG if self._patient else 0)
            if status is None:  # a patient child still at work: see the class's docstring
                self.close()
                return self._function()
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
        """Stop the child, if it is still at work (it only reads: nothing is left half done), and let it go."""
        self._child.stop()
        if self._answer is not None:
            self._answer.close()
            self._answer = None

    def __enter__(self) -> Errand[R]:
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
