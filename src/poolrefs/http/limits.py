"""Concurrency caps, per-host minimum intervals and adaptive back-off (thread-safe)."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

__all__ = ["HostLimit", "HostLimiter", "parse_rate_interval"]

#: Longest per-host interval adaptive slowing may reach (seconds).
MAX_ADAPTIVE_INTERVAL = 5.0


@dataclass(frozen=True)
class HostLimit:
    """Limits for one host (overrides the client-wide defaults).

    Attributes:
        concurrency: requests in flight to this host at once.
        min_interval: seconds between the starts of two requests to this host.
    """

    concurrency: int
    min_interval: float = 0.0


class _HostState:
    def __init__(self, limit: HostLimit):
        self.semaphore = threading.BoundedSemaphore(limit.concurrency)
        self.lock = threading.Lock()
        self.base_interval = limit.min_interval
        self.interval = limit.min_interval
        self.next_start = 0.0
        self.in_flight = 0
        self.peak = 0

    def reserve_start(self) -> float:
        """Book the next start time allowed by the interval; returns seconds to wait."""
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_start)
            self.next_start = start + self.interval
            return start - now


class HostLimiter:
    """Global and per-host caps on requests in flight, plus per-host pacing.

    ``slot(host)`` is a context manager held around every network request: it waits for a free
    slot for the host, then for the host's next allowed start time, then for a global slot.
    Hosts and the global cap are always acquired in that order, so there is no deadlock.
    """

    def __init__(
        self,
        *,
        concurrency: int,
        per_host: int,
        min_interval: float = 0.0,
        host_limits: Mapping[str, HostLimit] | None = None,
    ):
        if concurrency < 1 or per_host < 1:
            raise ValueError("concurrency and per_host must be at least 1")
        self._global = threading.BoundedSemaphore(concurrency)
        self._default = HostLimit(per_host, min_interval)
        self._overrides = {k.lower(): v for k, v in (host_limits or {}).items()}
        self._hosts: dict[str, _HostState] = {}
        self._lock = threading.Lock()

    def _state(self, host: str) -> _HostState:
        key = host.lower()
        with self._lock:
            state = self._hosts.get(key)
            if state is None:
                state = _HostState(self._overrides.get(key, self._default))
                self._hosts[key] = state
            return state

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Hold a host slot and a global slot for the duration of one request."""
        state = self._state(host)
        with state.semaphore:
            wait = state.reserve_start()
            if wait > 0:
                time.sleep(wait)
            with self._global:
                with state.lock:
                    state.in_flight += 1
                    state.peak = max(state.peak, state.in_flight)
                try:
                    yield
                finally:
                    with state.lock:
                        state.in_flight -= 1

    def penalize(self, host: str, delay: float) -> None:
        """No request to ``host`` starts before ``delay`` seconds from now; slow it down too.

        Called on a 429 answer: the host's interval doubles (up to
        :data:`MAX_ADAPTIVE_INTERVAL`) and recovers step by step on successes.
        """
        state = self._state(host)
        with state.lock:
            state.next_start = max(state.next_start, time.monotonic() + max(0.0, delay))
            state.interval = min(MAX_ADAPTIVE_INTERVAL, max(state.interval * 2, 0.05))

    def observe(self, host: str, headers: Mapping[str, str], *, success: bool) -> None:
        """Adapt the host's pace to announced limits (``x-rate-limit-*``) and to success."""
        state = self._state(host)
        announced = _announced_interval(headers)
        with state.lock:
            if announced is not None:
                state.base_interval = max(state.base_interval, announced)
                state.interval = max(state.interval, announced)
            elif success and state.interval > state.base_interval:
                state.interval = max(state.base_interval, state.interval * 0.75)

    def interval(self, host: str) -> float:
        """The host's current minimum interval between request starts (seconds)."""
        return self._state(host).interval

    def peak(self, host: str) -> int:
        """The most requests ever in flight at once to ``host`` through this limiter."""
        return self._state(host).peak


_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$", re.I)
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def parse_rate_interval(text: str) -> float | None:
    """Seconds in an ``x-rate-limit-interval`` value such as ``"1s"``; None if unreadable."""
    match = _INTERVAL.match(text)
    if not match:
        return None
    return float(match.group(1)) * _UNITS[(match.group(2) or "s").lower()]


def _announced_interval(headers: Mapping[str, str]) -> float | None:
    limit_text = headers.get("x-rate-limit-limit")
    interval_text = headers.get("x-rate-limit-interval")
    if not limit_text or not interval_text:
        return None
    try:
        limit = int(limit_text.strip())
    except ValueError:
        return None
    interval = parse_rate_interval(interval_text)
    if interval is None or limit <= 0:
        return None
    return interval / limit
