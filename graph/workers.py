"""An ordered parallel map over forked worker processes, driven by the parent's one thread.

``multiprocessing.Pool.imap`` keeps three threads busy in the parent: one feeds tasks, one
collects results, and one watches the workers, which also wakes whenever a result waits in
the shared result pipe, so over a whole-archive build it spun for seconds of CPU while the
four threads handed the GIL back and forth. Here each worker has a pipe of its own each
way; the parent sends it a chunk whenever it returns one (keeping it :data:`DEPTH` chunks
ahead), and yields results in input order as they complete.
"""

from __future__ import annotations

import fcntl
import multiprocessing
import queue
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from multiprocessing.connection import Connection, wait
from typing import Any

#: Chunks a worker holds at a time: the one it works on and the next, so it never waits for the parent.
DEPTH = 2
#: Bytes each pipe buffers (Linux's default is 64 KiB; unprivileged processes may ask for up to
#: /proc/sys/fs/pipe-max-size, 1 MiB by default). A chunk of releases (~600 KB) then goes into the
#: pipe at once: through 64 KiB, the parent waited on each send while the worker's receiving
#: thread, which needs the GIL between reads, took it piece by piece (1.4 s of a 12 s slice build).
PIPE_BYTES = 1 << 20


class WorkerFailed(RuntimeError):
    """A worker raised outside ``func``'s own error handling, or died."""


class _Worker:
    """One forked process and the parent's ends of its two pipes."""

    def __init__(self, ctx, func: Callable, initializer: Callable[[], None] | None,
                 parent_ends: list[Connection]) -> None:
        task_reader, self.tasks = ctx.Pipe(duplex=False)
        self.results, result_writer = ctx.Pipe(duplex=False)
        _widen(self.tasks)
        _widen(self.results)
        self.process = ctx.Process(target=_serve, daemon=True,
                                   args=(func, initializer, task_reader, result_writer,
                                         [*parent_ends, self.tasks, self.results]))
        self.process.start()
        # The parent keeps only its own ends: a worker that dies then reads as EOF.
        task_reader.close()
        result_writer.close()
        self.outstanding = 0

    def send(self, index: int, chunk: list) -> None:
        try:
            self.tasks.send((index, chunk))
        except (BrokenPipeError, ConnectionResetError):
            # it died after sending results the parent had not read yet
            raise WorkerFailed(f"worker process {self.process.pid} died "
                               f"(exit code {self.process.exitcode})") from None
        self.outstanding += 1

    def receive(self) -> tuple[int, list]:
        try:
            index, results, error = self.results.recv()
        except EOFError:
            raise WorkerFailed(f"worker process {self.process.pid} died "
                               f"(exit code {self.process.exitcode})") from None
        if error is not None:
            raise WorkerFailed(f"worker process {self.process.pid} failed:\n{error}")
        self.outstanding -= 1
        return index, results

    def stop(self) -> None:
        self.process.terminate()
        self.process.join()
        self.tasks.close()
        self.results.close()


def _widen(conn: Connection) -> None:
    """Ask for a :data:`PIPE_BYTES` buffer where the system allows it (Linux); else keep the default."""
    try:
        fcntl.fcntl(conn.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (AttributeError, OSError):
        pass


def _serve(func: Callable, initializer: Callable[[], None] | None, tasks: Connection,
           results: Connection, inherited: list[Connection]) -> None:
    """A worker's life: run ``func`` over each chunk it is sent, send back the results.

    A thread takes chunks off the pipe as they arrive, so the parent's send never waits for
    the worker to finish its current chunk (a parent and a worker each blocked on sending
    to the other would wait for ever).
    """
    for conn in inherited:  # the parent's ends, and other workers'
        conn.close()
    inbox: queue.SimpleQueue = queue.SimpleQueue()
    threading.Thread(target=_receive_all, args=(tasks, inbox), daemon=True).start()
    if initializer is not None:
        initializer()
    while (message := inbox.get()) is not None:
        index, chunk = message
        try:
            results.send((index, [func(item) for item in chunk], None))
        except Exception:  # noqa: BLE001  (the parent raises it, with the worker's traceback)
            results.send((index, None, traceback.format_exc()))


def _receive_all(tasks: Connection, inbox: queue.SimpleQueue) -> None:
    try:
        while (message := tasks.recv()) is not None:
            inbox.put(message)
    except EOFError:
        pass
    inbox.put(None)


def ordered_map(func: Callable[[Any], Any], items: Iterable, *, jobs: int, chunk_size: int,
                initializer: Callable[[], None] | None = None) -> Iterator:
    """``map(func, items)`` over ``jobs`` forked processes, ``chunk_size`` items to a message,
    yielded in input order. ``items`` is read lazily, at most ``jobs * DEPTH`` chunks ahead."""
    ctx = multiprocessing.get_context("fork")
    workers: list[_Worker] = []
    try:
        for _ in range(jobs):
            workers.append(_Worker(ctx, func, initializer,
                                   [end for w in workers for end in (w.tasks, w.results)]))
        by_conn = {w.results: w for w in workers}
        pending = iter(items)
        chunks = iter(lambda: list(islice(pending, chunk_size)), [])
        sent = 0
        for _ in range(DEPTH):
            for worker in workers:
                if (chunk := next(chunks, None)) is not None:
                    worker.send(sent, chunk)
                    sent += 1
        done: dict[int, list] = {}
        next_index = 0
        while next_index < sent:
            for conn in wait([w.results for w in workers if w.outstanding]):
                worker = by_conn[conn]
                index, results = worker.receive()
                done[index] = results
                if (chunk := next(chunks, None)) is not None:
                    worker.send(sent, chunk)
                    sent += 1
            while next_index in done:
                yield from done.pop(next_index)
                next_index += 1
    finally:
        for worker in workers:
            worker.stop()
