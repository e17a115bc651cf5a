"""Scale benchmark for ``poolrefs parse --jsonl`` and ``poolrefs.dask`` (issue 9).

Steps (each prints its numbers):

1. generate N realistic reference strings (bench/refgen.py, fixed seed), streamed to a file;
2. ``poolrefs parse --jsonl --workers 1`` and ``--workers 2`` as subprocesses: records/s,
   peak RSS of the whole process tree (sampled from /proc, printed at intervals to show it
   stays flat; must stay < 500 MB), and the 2-vs-1 speed ratio (target >= 1.8);
3. kill-and-resume: start a 2-worker run, SIGKILL its process group at about half, restart
   it with the same output, and check every input line is there exactly once, in order,
   and the output is byte-identical to the uninterrupted run's;
4. the same parse on a local Dask cluster (2 worker processes): records/s, peak RSS, and
   record-by-record equality with the single-process output.

    python bench/scale_bench.py --n 20000
    python bench/scale_bench.py              # 1,000,000 references: long on 2 cores
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from refgen import write_references  # noqa: E402

MB = 1024 * 1024
RSS_LIMIT_MB = 500


# ----- process-tree memory, from /proc ------------------------------------------------------


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def tree_rss(root: int) -> int:
    """Resident memory (bytes) of ``root`` and all its descendants."""
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(tree.get(pid, []))
        try:
            with open(f"/proc/{pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
        except OSError:
            continue
    return total


class Monitor(threading.Thread):
    """Samples tree RSS and output progress; prints a line every ``interval`` seconds."""

    def __init__(self, root: int, output: Path | None, label: str, interval: float):
        super().__init__(daemon=True)
        self.root, self.output, self.label, self.interval = root, output, label, interval
        self.peak = 0
        self.samples: list[tuple[float, int, int]] = []  # (t, rss, records)
        self.stop = threading.Event()
        self.started = time.monotonic()
        self._lines = 0
        self._offset = 0

    def records(self) -> int:
        if self.output is None or not self.output.exists():
            return 0
        with open(self.output, "rb") as fh:
            fh.seek(self._offset)
            chunk = fh.read()
        self._lines += chunk.count(b"\n")
        self._offset += len(chunk)
        return self._lines

    def run(self) -> None:
        last_print = 0.0
        while not self.stop.wait(0.25):
            now = time.monotonic() - self.started
            rss = tree_rss(self.root)
            self.peak = max(self.peak, rss)
            self.samples.append((now, rss, self.records()))
            if now - last_print >= self.interval:
                last_print = now
                print(f"    [{self.label}] t={now:7.1f}s  records={self.samples[-1][2]:>9}  "
                      f"tree RSS={rss / MB:7.1f} MB", flush=True)  # fmt: skip

    def finish(self) -> None:
        self.stop.set()
        self.join()

    def steady_rate(self) -> float | None:
        """Records/s between 10% and 90% of the final record count (startup excluded)."""
        if not self.samples:
            return None
        final = self.samples[-1][2]
        window = [(t, r) for t, _, r in self.samples if 0.1 * final <= r <= 0.9 * final]
        if len(window) < 2 or window[-1][0] == window[0][0]:
            return None
        return (window[-1][1] - window[0][1]) / (window[-1][0] - window[0][0])

    def rss_profile(self) -> str:
        """RSS at 10 evenly spaced moments (MB), to show it stays flat."""
        if not self.samples:
            return "-"
        step = max(1, len(self.samples) // 10)
        return " ".join(f"{rss / MB:.0f}" for _, rss, _ in self.samples[::step])


# ----- running the CLI ------------------------------------------------------------------------


def cli(input_path: Path, output: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "poolrefs", "parse", str(input_path), "--jsonl",
            "--workers", str(workers), "-o", str(output)]  # fmt: skip


def start(command: list[str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=open(log, "ab"),  # noqa: SIM115
                            start_new_session=True)  # fmt: skip


def run_stream(input_path: Path, output: Path, workers: int, n: int, interval: float) -> dict[str, float]:
    output.unlink(missing_ok=True)
    log = output.with_suffix(".log")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.monotonic()
    proc = start(cli(input_path, output, workers), log)
    monitor = Monitor(proc.pid, output, f"workers={workers}", interval)
    monitor.start()
    code = proc.wait()
    elapsed = time.monotonic() - began
    monitor.finish()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if code != 0:
        sys.exit(f"poolrefs failed ({code}); see {log}:\n{log.read_text()[-2000:]}")
    steady = monitor.steady_rate() or n / elapsed
    print(f"  workers={workers}: {n} refs in {elapsed:.1f} s = {n / elapsed:.0f} refs/s overall, "
          f"{steady:.0f} refs/s steady; CPU {cpu:.1f} s (all processes); load average "
          f"{os.getloadavg()[0]:.1f}; peak tree RSS {monitor.peak / MB:.0f} MB "
          f"(profile MB: {monitor.rss_profile()})", flush=True)  # fmt: skip
    return {"elapsed": elapsed, "rate": n / elapsed, "steady": steady, "peak_mb": monitor.peak / MB,
            "cpu": cpu}  # fmt: skip


def count_lines(path: Path) -> int:
    with open(path, "rb") as fh:
        return sum(block.count(b"\n") for block in iter(lambda: fh.read(1 << 20), b""))


def kill_and_resume(input_path: Path, reference: Path, work: Path, n: int, interval: float) -> bool:
    output = work / "resumed.jsonl"
    output.unlink(missing_ok=True)
    log = work / "resumed.log"
    proc = start(cli(input_path, output, 2), log)
    while proc.poll() is None and (not output.exists() or output.stat().st_size < reference.stat().st_size // 2):
        time.sleep(0.05)
    if proc.poll() is not None:
        print("  kill-and-resume: the run ended before half-way; use a larger --n")
        return False
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = count_lines(output)
    cut = "between records" if output.read_bytes().endswith(b"\n") else "mid-record"
    print(f"  killed (SIGKILL to the process group) at {partial} complete records, {cut}",
          flush=True)
    began = time.monotonic()
    code = subprocess.run(cli(input_path, output, 2), stdout=subprocess.DEVNULL,
                          stderr=open(log, "ab"), check=False).returncode  # noqa: SIM115  # fmt: skip
    if code != 0:
        print(f"  restart failed ({code}); see {log}")
        return False
    numbers = [json.loads(line)["x-line"] for line in iter_lines(output)]
    in_order = numbers == list(range(1, n + 1))
    identical = output.read_bytes() == reference.read_bytes()
    print(f"  restarted: finished in {time.monotonic() - began:.1f} s; {len(numbers)} records; "
          f"each input exactly once and in order: {in_order}; byte-identical to the "
          f"uninterrupted run: {identical}", flush=True)  # fmt: skip
    return in_order and identical


def iter_lines(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        yield from fh


# ----- Dask -----------------------------------------------------------------------------------


def run_dask(input_path: Path, reference: Path, work: Path, n: int, interval: float) -> dict[str, float] | None:
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError:
        print("  Dask not installed (pip install 'poolrefs[dask]'): skipped")
        return None
    import poolrefs.dask

    out_dir = work / "dask-out"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.jsonl"):
        old.unlink()
    monitor = Monitor(os.getpid(), None, "dask", interval)
    began = time.monotonic()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster):  # fmt: skip
        monitor.start()
        lines = db.read_text(str(input_path), blocksize=4 * MB).map(lambda s: s.rstrip("\r\n"))
        records = poolrefs.dask.parse(lines)
        records.map(lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True)).to_textfiles(
            str(out_dir / "*.jsonl")
        )
        elapsed = time.monotonic() - began
        monitor.finish()
    same = compare_dask(out_dir, reference, n)
    print(f"  dask (LocalCluster, 2 worker processes): {n} refs in {elapsed:.1f} s = "
          f"{n / elapsed:.0f} refs/s (cluster start-up included); peak tree RSS "
          f"{monitor.peak / MB:.0f} MB; records identical to single-process: {same}", flush=True)  # fmt: skip
    return {"elapsed": elapsed, "rate": n / elapsed, "peak_mb": monitor.peak / MB, "same": float(same)}


def compare_dask(out_dir: Path, reference: Path, n: int) -> bool:
    files = sorted(out_dir.glob("*.jsonl"), key=lambda p: int(p.stem))
    dask_lines = (line for path in files for line in iter_lines(path))
    count = 0
    for ref_line, dask_line in zip(iter_lines(reference), dask_lines, strict=False):
        record = json.loads(ref_line)
        record.pop("x-line")
        if record != json.loads(dask_line):
            print(f"  first difference at record {count + 1}:\n    single: {record}\n    dask:   {dask_line[:300]!r}")
            return False
        count += 1
    return count == n


# ----- main -----------------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description="poolrefs streaming / Dask scale benchmark")
    ap.add_argument("--n", type=int, default=1_000_000, help="references (default 1,000,000)")
    ap.add_argument("--seed", type=int, default=20241124)
    ap.add_argument("--interval", type=float, default=10.0, help="seconds between progress lines")
    ap.add_argument("--skip", nargs="*", default=[], choices=["stream", "resume", "dask"],
                    help="steps to skip")  # fmt: skip
    ap.add_argument("--workdir", help="keep files here (default: a temporary directory)")
    ap.add_argument("--stream-workers", type=int, nargs="+", default=[1, 2],
                    help="worker counts for the streaming step (default: 1 2)")  # fmt: skip
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="poolrefs-scale-") as tmp:
        work = Path(args.workdir or tmp)
        work.mkdir(parents=True, exist_ok=True)
        input_path = work / "refs.txt"
        began = time.monotonic()
        write_references(str(input_path), args.n, seed=args.seed)
        print(f"generated {args.n} references ({input_path.stat().st_size / MB:.1f} MB) in "
              f"{time.monotonic() - began:.1f} s; {os.cpu_count()} CPUs", flush=True)  # fmt: skip
        ok = True
        one, two = work / "w1.jsonl", work / "w2.jsonl"
        runs: dict[int, dict[str, float]] = {}
        if "stream" not in args.skip:
            print("streaming (poolrefs parse --jsonl):")
            runs = {w: run_stream(input_path, work / f"w{w}.jsonl", w, args.n, args.interval)
                    for w in args.stream_workers}  # fmt: skip
            ok &= max(r["peak_mb"] for r in runs.values()) < RSS_LIMIT_MB
            if 1 not in runs or 2 not in runs:
                print(f"  peak RSS {max(r['peak_mb'] for r in runs.values()):.0f} MB (limit {RSS_LIMIT_MB})")
        if "stream" not in args.skip and 1 in runs and 2 in runs:
            r1, r2 = runs[1], runs[2]
            same = one.read_bytes() == two.read_bytes()
            ratio, steady_ratio = r2["rate"] / r1["rate"], r2["steady"] / r1["steady"]
            print(f"  2-vs-1 workers: {ratio:.2f}x overall, {steady_ratio:.2f}x steady "
                  f"(target >= 1.8); outputs identical: {same}; peak RSS "
                  f"{max(r1['peak_mb'], r2['peak_mb']):.0f} MB (limit {RSS_LIMIT_MB})", flush=True)  # fmt: skip
            # On a busy machine wall-clock ratios mostly measure the neighbours; CPU time
            # shows the parallel overhead: with both cores free, 2 workers would run at
            # about 2 * cpu1 / cpu2 times the 1-worker rate.
            print(f"  CPU seconds 1 worker {r1['cpu']:.1f}, 2 workers {r2['cpu']:.1f}: parallel "
                  f"overhead {100 * (r2['cpu'] / r1['cpu'] - 1):.1f}%, ratio on 2 idle cores "
                  f"<= {2 * r1['cpu'] / r2['cpu']:.2f}x", flush=True)  # fmt: skip
            ok &= same and max(r1["peak_mb"], r2["peak_mb"]) < RSS_LIMIT_MB
        if "resume" not in args.skip:
            print("kill and resume:")
            if not two.exists():
                run_stream(input_path, two, 2, args.n, args.interval)
            ok &= kill_and_resume(input_path, two, work, args.n, args.interval)
        if "dask" not in args.skip:
            print("dask:")
            reference = one if one.exists() else two
            if not reference.exists():
                run_stream(input_path, reference, 2, args.n, args.interval)
            result = run_dask(input_path, reference, work, args.n, args.interval)
            ok &= result is None or bool(result["same"])
    print("all checks passed" if ok else "SOME CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
