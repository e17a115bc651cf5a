"""Real local servers for network tests: scripted raw-socket servers and a counting HTTP server.

Both listen on a loopback address (127.0.0.1, 127.0.0.2, ... are all loopback on Linux) and an
ephemeral port, in daemon threads; use them as context managers.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Behaviour = Callable[[socket.socket], None]


class RawServer:
    """Accept connections and hand each socket to ``behaviour`` in its own thread."""

    def __init__(self, behaviour: Behaviour, host: str = "127.0.0.1"):
        self.behaviour = behaviour
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, 0))
        self.sock.listen(64)
        self.host, self.port = self.sock.getsockname()
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> RawServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        self.sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        try:
            self.behaviour(conn)
        except OSError:
            pass
        finally:
            conn.close()


def read_request(conn: socket.socket) -> bytes:
    """Read one request head (up to the blank line)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


def reset(conn: socket.socket) -> None:
    """Read the request, then abort the connection with a TCP RST."""
    read_request(conn)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def trickle_body(conn: socket.socket, interval: float = 0.05) -> None:
    """Send a 200 head, then one body byte every ``interval`` seconds, forever."""
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
    while True:
        conn.sendall(b"x")
        time.sleep(interval)


def trickle_head(conn: socket.socket, interval: float = 0.05) -> None:
    """Send the response head itself one byte every ``interval`` seconds, never ending it."""
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    while True:
        conn.sendall(b"X-Slow: a\r\n"[:1])
        time.sleep(interval)


def endless_chunks(conn: socket.socket) -> None:
    """A chunked 200 answer streaming 64 KiB chunks as fast as possible, forever."""
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
    chunk = b"%x\r\n" % 65536 + b"y" * 65536 + b"\r\n"
    while True:
        conn.sendall(chunk)


def silent(conn: socket.socket) -> None:
    """Read the request and never answer (until the client gives up)."""
    read_request(conn)
    while conn.recv(4096):
        pass


def closed_port(host: str = "127.0.0.1") -> int:
    """A port on ``host`` where nothing listens (connections are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
    return port


Route = Callable[[BaseHTTPRequestHandler], None]


class CountingServer:
    """A threading HTTP/1.1 server recording requests and peak concurrency.

    ``route(handler)`` answers each request (GET and HEAD); ``delay`` seconds are slept first.
    """

    def __init__(self, route: Route, host: str = "127.0.0.1", delay: float = 0.0):
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                with outer._lock:
                    outer.requests.append((self.command, self.path, dict(self.headers)))
                    outer.active += 1
                    outer.peak = max(outer.peak, outer.active)
                try:
                    if outer.delay:
                        time.sleep(outer.delay)
                    outer.route(self)
                finally:
                    with outer._lock:
                        outer.active -= 1

            do_GET = _serve
            do_HEAD = _serve

        self.route = route
        self.delay = delay
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.active = 0
        self.peak = 0
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.host, self.port = self.server.server_address[:2]
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> CountingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def reply(handler: BaseHTTPRequestHandler, status: int, body: bytes = b"",
          headers: dict[str, str] | None = None) -> None:
    """Send a complete answer (no body for HEAD)."""
    handler.send_response(status)
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(body)
