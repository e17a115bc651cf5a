"""Is this machine online at all? Name resolution of well-known hosts, bounded in time."""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Sequence

__all__ = ["DEFAULT_PROBE_HOSTS", "NetworkStatus"]

#: Hosts that resolve from any working network (registries, CDNs, root services).
DEFAULT_PROBE_HOSTS: tuple[str, ...] = ("doi.org", "www.example.com", "one.one.one.one")


def resolves(host: str, timeout: float) -> bool:
    """True when ``host`` resolves within ``timeout`` seconds (IP literals always do)."""
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        pass
    outcome: list[bool] = []

    def lookup() -> None:
        try:
            socket.getaddrinfo(host, None)
            outcome.append(True)
        except (OSError, UnicodeError):
            outcome.append(False)

    worker = threading.Thread(target=lookup, name=f"resolve-{host}", daemon=True)
    worker.start()
    worker.join(timeout)
    return bool(outcome and outcome[0])


class NetworkStatus:
    """Decides once per run whether the network is down, and which hosts still resolve.

    The network counts as down when none of ``probe_hosts`` resolves (checked in parallel,
    within ``timeout``). Hosts of links are then resolved once each (also bounded), so
    local names (``/etc/hosts``, intranet DNS) are still checked while the rest are
    reported ``offline`` without a request.
    """

    def __init__(self, probe_hosts: Sequence[str] = DEFAULT_PROBE_HOSTS, *, timeout: float = 3.0):
        self.probe_hosts = tuple(probe_hosts)
        self.timeout = timeout
        self._lock = threading.Lock()
        self._offline: bool | None = None
        self._hosts: dict[str, bool] = {}

    @property
    def known_offline(self) -> bool:
        """True once a probe has found the network down (never probes by itself)."""
        return bool(self._offline)

    def offline(self) -> bool:
        """Probe (once) and tell whether no probe host resolves."""
        with self._lock:
            if self._offline is None:
                self._offline = not self._any_probe_resolves()
            return self._offline

    def host_resolves(self, host: str) -> bool:
        """Whether ``host`` resolves (asked once per host, bounded)."""
        with self._lock:
            known = self._hosts.get(host.lower())
        if known is not None:
            return known
        answer = resolves(host, self.timeout)
        with self._lock:
            self._hosts[host.lower()] = answer
        return answer

    def _any_probe_resolves(self) -> bool:
        if not self.probe_hosts:
            return True
        found = threading.Event()
        done = threading.Semaphore(0)

        def probe(host: str) -> None:
            if resolves(host, self.timeout):
                found.set()
            done.release()

        for host in self.probe_hosts:
            threading.Thread(target=probe, args=(host,), daemon=True).start()
        for _ in self.probe_hosts:
            if found.is_set():
                break
            done.acquire(timeout=self.timeout + 0.5)
        return found.is_set()

    def describe(self) -> str:
        """The one-line explanation used in results and by the CLI."""
        names = ", ".join(self.probe_hosts)
        return f"no network: name resolution fails for every host ({names} included)"
