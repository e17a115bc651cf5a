"""Wall-clock deadlines for network requests, enforced by closing the socket.

Socket timeouts bound each ``recv`` call, not a whole request: a server that trickles one byte
a second, or streams forever, never trips them. A :class:`Deadline` is armed around each
request; the connection class registers its socket with the deadline of the current thread,
and one watchdog thread shuts the socket down when the deadline passes, which makes the
blocked read fail at once. The caller sees ``deadline.expired`` and reports a timeout.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time

__all__ = ["Deadline", "current_deadline", "deadline_scope"]


class Deadline:
    """A point in time after which the attached socket is shut down."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self.expired = False
        self.active = True
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()

    def attach(self, sock: socket.socket | None) -> None:
        """Watch ``sock`` from now on (shut it down at once if already expired)."""
        with self._lock:
            self._sock = sock
            if self.expired:
                _shutdown(sock)

    def disarm(self) -> None:
        """Stop watching: the request is over, the deadline will never fire."""
        with self._lock:
            self.active = False
            self._sock = None

    def remaining(self) -> float:
        """Seconds left (never negative)."""
        return max(0.0, self.at - time.monotonic())

    def fire(self) -> None:
        """Mark expired and shut the attached socket down (no-op once disarmed)."""
        with self._lock:
            if not self.active:
                return
            self.expired = True
            _shutdown(self._sock)


def _shutdown(sock: socket.socket | None) -> None:
    if sock is None:
        return
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class _Watchdog:
    """One daemon thread firing deadlines in time order."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Deadline]] = []
        self._cond = threading.Condition()
        self._ids = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, deadline: Deadline) -> None:
        with self._cond:
            heapq.heappush(self._heap, (deadline.at, next(self._ids), deadline))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="poolrefs-http-watchdog", daemon=True
                )
                self._thread.start()
            self._cond.notify()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._heap:
                    self._cond.wait()
                at, _, deadline = self._heap[0]
                wait = at - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                heapq.heappop(self._heap)
            deadline.fire()


_WATCHDOG = _Watchdog()
_LOCAL = threading.local()


class deadline_scope:  # noqa: N801 - used like a function: ``with deadline_scope(5) as d:``
    """Arm a deadline for the current thread; connections opened inside attach to it."""

    def __init__(self, seconds: float):
        self.deadline = Deadline(seconds)

    def __enter__(self) -> Deadline:
        _LOCAL.deadline = self.deadline
        _WATCHDOG.arm(self.deadline)
        return self.deadline

    def __exit__(self, *exc: object) -> None:
        _LOCAL.deadline = None
        self.deadline.disarm()


def current_deadline() -> Deadline | None:
    """The deadline armed by the current thread, if any."""
    deadline: Deadline | None = getattr(_LOCAL, "deadline", None)
    return deadline
