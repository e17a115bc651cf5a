"""Fair work distribution over hosts: no worker waits on a busy host while others are idle."""

from __future__ import annotations

import threading
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

__all__ = ["HostQueue"]

T = TypeVar("T")


class HostQueue(Generic[T]):
    """Items grouped by host; ``take()`` hands out an item of a host below its cap, round-robin.

    Args:
        items: the work, in input order.
        host_of: the host an item is sent to first.
        per_host: items of one host handed out and not yet ``done()``.
    """

    def __init__(self, items: Iterable[T], host_of: Callable[[T], str], per_host: int):
        self._queues: OrderedDict[str, deque[T]] = OrderedDict()
        for item in items:
            self._queues.setdefault(host_of(item), deque()).append(item)
        self._busy: dict[str, int] = dict.fromkeys(self._queues, 0)
        self._per_host = per_host
        self._cond = threading.Condition()

    def take(self) -> tuple[str, T] | None:
        """The next (host, item), waiting while every pending host is at its cap; None at end."""
        with self._cond:
            while True:
                if not self._queues:
                    return None
                for host in list(self._queues):
                    if self._busy[host] < self._per_host:
                        queue = self._queues.pop(host)
                        item = queue.popleft()
                        if queue:
                            self._queues[host] = queue  # to the back: round-robin
                        self._busy[host] += 1
                        return host, item
                self._cond.wait()

    def done(self, host: str) -> None:
        """Mark an item of ``host`` finished."""
        with self._cond:
            self._busy[host] -= 1
            self._cond.notify_all()
