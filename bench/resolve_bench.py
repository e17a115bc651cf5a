"""Resolve bench: 200 references against a local fake Crossref with 50 ms latency per request.

Prints the wall time of ``poolrefs.resolve`` against the lower bound
``requests / concurrency x latency`` (Crossref concurrency cap: 3), the same run done one
reference at a time (the naive peer), the peak concurrency the server saw, accuracy against the
known answers, and the number of requests a second (cached) run sends.

    .venv/bin/python bench/resolve_bench.py [--n 200] [--latency 0.05]

With ``--rate-limit 50`` the server also announces Crossref's public 50 requests/s, which the
HTTP layer honours by pacing (then the true bound is ``max(requests / 50, the above)``).

The works are generated (seeded): 75% of the references have their record on the server,
the rest are absent; every reference also has a decoy on the server (same title words, other
authors, year and pages).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from tests.registry_data import crossref_work  # noqa: E402
from tests.registry_fake import FakeRegistries  # noqa: E402

import poolrefs  # noqa: E402
from poolrefs import DateValue, Name, Reference  # noqa: E402

_WORDS = ("patent pool formation licensing royalty stacking standard essential innovation "
         "incentives cooperation competition antitrust complementary substitutes members "
         "outsiders pricing welfare consortium alliance governance bargaining entry holdup "
         "technology market evidence theory model empirical analysis strategy")
WORDS = _WORDS.split()
_SURNAMES = ("Lerner Tirole Shapiro Gilbert Lampe Moser Kato Aoki Nagaoka Llanes Poblete Langinier "
            "Quint Baron Pohlmann Delcamp Vakili Joshi Nerkar Zhang Wang Li Chen Liu Yang Huang "
            "Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Schmidt Rossi Garcia Martin")
SURNAMES = _SURNAMES.split()
JOURNALS = ("Research Policy", "International Journal of Industrial Organization", "Economic Inquiry",
            "Journal of Economics & Management Strategy", "Information Economics and Policy",
            "RAND Journal of Economics", "Management Science", "Strategic Management Journal")


def make_case(rng: random.Random, i: int) -> tuple[dict[str, object], Reference, dict[str, object]]:
    """A registry work, the reference citing it, and a decoy sharing its title words."""
    title = " ".join(rng.sample(WORDS, rng.randint(6, 10))).capitalize() + f" {rng.choice(WORDS)} {i}"
    authors = [(f"{chr(65 + rng.randrange(26))}.", rng.choice(SURNAMES)) for _ in range(rng.randint(1, 3))]
    year, first = rng.randint(1995, 2024), rng.randint(1, 900)
    journal = rng.choice(JOURNALS)
    work = crossref_work(f"10.5555/bench.{i}", title, authors, journal, year, volume=str(year - 1970),
                         issue=str(rng.randint(1, 6)), page=f"{first}-{first + rng.randint(5, 30)}")
    decoy = crossref_work(f"10.5555/decoy.{i}", title, [("Z.", rng.choice(SURNAMES) + "son")], journal,
                          year - 3, volume=str(year - 1973), issue="1", page=f"{first + 100}-{first + 120}")
    ref = Reference(
        id=f"b{i}", type="article-journal", title=title.lower() if i % 5 == 0 else title,
        authors=[Name(family=f, given=g) for g, f in authors], container_title=journal,
        issued=DateValue(parts=[[year]]), volume=str(year - 1970), page=work["page"],
    )
    return work, ref, decoy


def _serve(conn: Connection, works: list[dict[str, object]], latency: float, rate_limit: int | None) -> None:
    """Child process: run the fake registries and answer the parent's commands."""
    with FakeRegistries(works, latency=latency, rate_limit=rate_limit) as fake:
        conn.send(fake.url)
        while True:
            command = conn.recv()
            if command == "stop":
                return
            conn.send((fake.count(), fake.peak.get("crossref", 0)))
            if command == "reset":
                fake.reset()


class ServerProcess:
    """The fake server in its own process, so its CPU work does not share the client's GIL
    (a real registry does not run inside the client either)."""

    def __init__(self, works: list[dict[str, object]], latency: float, rate_limit: int | None):
        self._conn, child = multiprocessing.Pipe()
        self._process = multiprocessing.Process(target=_serve, args=(child, works, latency, rate_limit), daemon=True)

    def __enter__(self) -> ServerProcess:
        self._process.start()
        self.url: str = self._conn.recv()
        return self

    def __exit__(self, *exc: object) -> None:
        self._conn.send("stop")
        self._process.join(5)

    def stats(self, reset: bool = False) -> tuple[int, int]:
        """(requests received, peak Crossref concurrency), then forget them if ``reset``."""
        self._conn.send("reset" if reset else "stats")
        result: tuple[int, int] = self._conn.recv()
        return result

    def options(self, **extra: object) -> dict[str, object]:
        return {"crossref_url": self.url, "doi_url": self.url, "datacite_url": self.url,
                "ieee_url": self.url, "retries": 2, **extra}


def run(n: int, latency: float, sequential: bool, rate_limit: int | None, repeat: int) -> int:
    rng = random.Random(20261124)
    cases = [make_case(rng, i) for i in range(n)]
    present = {f"b{i}" for i in range(n) if i % 4 != 3}
    works = [w for (w, _, _), i in zip(cases, range(n), strict=True) if f"b{i}" in present]
    works += [d for _, _, d in cases]
    refs = [r for _, r, _ in cases]
    with ServerProcess(works, latency, rate_limit) as fake:
        options = fake.options(timeout=10.0)
        walls: list[float] = []
        for _ in range(repeat):  # a fresh cache each time
            with tempfile.TemporaryDirectory() as cache:
                os.environ["POOLREFS_CACHE_DIR"] = cache
                started = time.perf_counter()
                results = poolrefs.resolve(refs, **options)
                walls.append(time.perf_counter() - started)
                sent, peak = fake.stats(reset=True)
                cached = poolrefs.resolve(refs, **options)
                second, _ = fake.stats(reset=True)
        right = sum(
            (r.status == "matched" and r.doi == f"10.5555/bench.{str(r.reference.id).removeprefix('b')}")
            if r.reference.id in present else r.status == "unmatched"
            for r in results
        )
        wrong = sum(r.status == "matched" and "decoy" in (r.doi or "") for r in results)
        same = [(r.status, r.doi) for r in cached] == [(r.status, r.doi) for r in results]
        wall = statistics.median(walls)
        bound = max(sent / 3 * latency, 1e-9)
        announced = f"{rate_limit}/s announced in x-rate-limit headers" if rate_limit else "no rate limit announced"
        print(f"server (own process): {latency * 1000:.0f} ms per request, {announced}; "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        print(f"references: {n} ({len(present)} present on the server, {n - len(present)} absent; {n} decoys)")
        print(f"requests sent: {sent}; peak Crossref concurrency seen by the server: {peak} (cap 3)")
        print(f"wall time: median {wall:.2f} s of {', '.join(f'{w:.2f}' for w in walls)}; lower bound "
              f"{sent} / 3 x {latency * 1000:.0f} ms = {bound:.2f} s; ratio {wall / bound:.2f} (target <= 1.5)")
        print(f"accuracy: {right}/{n} right (matched to the right DOI, or unmatched when absent); "
              f"{wrong} matched to a decoy")
        print(f"second run: {second} requests sent (cache), same results: {same}")
        if sequential:
            with tempfile.TemporaryDirectory() as cache:
                os.environ["POOLREFS_CACHE_DIR"] = cache
                started = time.perf_counter()
                poolrefs.resolve(refs, workers=1, **options)
                naive = time.perf_counter() - started
            print(f"peer (same code, one reference at a time): {naive:.2f} s; speed-up {naive / wall:.1f}x")
        ok = wall / bound <= 1.5 and second == 0 and wrong == 0
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=200, help="references (default 200)")
    parser.add_argument("--latency", type=float, default=0.05, help="seconds per request (default 0.05)")
    parser.add_argument("--rate-limit", type=int, default=None,
                        help="requests/s the server announces (x-rate-limit-*); default: none, so that the "
                        "concurrency cap is the only limit, as in the lower bound")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs, median reported (default 3)")
    parser.add_argument("--no-sequential", action="store_true", help="skip the one-at-a-time peer run")
    args = parser.parse_args()
    return run(args.n, args.latency, not args.no_sequential, args.rate_limit, args.repeat)


if __name__ == "__main__":
    sys.exit(main())
