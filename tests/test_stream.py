from __future__ import annotations

import argparse
import io
import json
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from poolrefs.cli.jsonl import run_jsonl
from poolrefs.errors import FormatError, PoolrefsError
from poolrefs.resume import prepare_resume
from poolrefs.stream import WorkerError, chunked, stream_chunks
from tests.stream_tasks import EchoTask


def numbered(n: int) -> list[tuple[int, str]]:
    return [(i, f"reference {i}") for i in range(1, n + 1)]


def flat(chunks: Iterator[list[str]]) -> list[dict[str, object]]:
    return [json.loads(line) for chunk in chunks for line in chunk]


def test_chunked_splits_lazily_and_keeps_order() -> None:
    assert [len(c) for c in chunked(numbered(10), 4)] == [4, 4, 2]
    assert [n for c in chunked(numbered(10), 3) for n, _ in c] == list(range(1, 11))
    with pytest.raises(ValueError):
        list(chunked(numbered(3), 0))


def test_single_process_output_in_order() -> None:
    records = flat(stream_chunks(numbered(50), EchoTask(), chunk_size=7))
    assert [r["x-line"] for r in records] == list(range(1, 51))
    assert records[0]["up"] == "REFERENCE 1"


def test_pool_output_in_order_although_chunks_finish_out_of_order(tmp_path: Path) -> None:
    task = EchoTask(log_dir=str(tmp_path), delay_every=3)
    records = flat(stream_chunks(numbered(400), task, workers=2, chunk_size=10))
    assert [r["x-line"] for r in records] == list(range(1, 401))
    loads = (tmp_path / "loads").read_text().split()
    chunk_pids = set((tmp_path / "chunks").read_text().split())
    # the model is loaded once per worker process, by the initializer, never per chunk
    assert len(loads) == len(set(loads)) == 2
    assert chunk_pids <= set(loads)


def test_in_flight_chunks_are_bounded() -> None:
    consumed = 0

    def source() -> Iterator[tuple[int, str]]:
        nonlocal consumed
        for item in numbered(10_000):
            consumed += 1
            yield item

    chunks = stream_chunks(source(), EchoTask(), workers=2, chunk_size=10, max_in_flight=3)
    first = next(chunks)
    assert len(first) == 10
    assert consumed <= 4 * 10  # max_in_flight chunks submitted, plus the one being read
    chunks.close()


def test_dead_worker_is_a_clear_error() -> None:
    chunks = stream_chunks(numbered(100), EchoTask(die_on_line=55), workers=2, chunk_size=10)
    with pytest.raises(WorkerError, match="worker process died") as info:
        list(chunks)
    assert isinstance(info.value, PoolrefsError)


def test_pool_broken_before_a_result_is_read_is_the_same_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a worker can die while chunks are still being submitted: then ``submit`` raises
    # BrokenProcessPool before any ``result()`` does (seen once in CI); make that deterministic
    import poolrefs.stream as stream

    class BreaksOnSecondSubmit(ProcessPoolExecutor):
        submitted = 0

        def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
            BreaksOnSecondSubmit.submitted += 1
            if BreaksOnSecondSubmit.submitted == 2:
                raise BrokenProcessPool("A child process terminated abruptly")
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(stream, "ProcessPoolExecutor", BreaksOnSecondSubmit)
    chunks = stream_chunks(numbered(100), EchoTask(), workers=2, chunk_size=10)
    with pytest.raises(WorkerError, match="worker process died"):
        list(chunks)
    assert BreaksOnSecondSubmit.submitted == 2


def test_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError):
        list(stream_chunks(numbered(2), EchoTask(), workers=0))


# ----- resume ---------------------------------------------------------------------------


def resume_of(content: bytes) -> tuple[int, bytes]:
    buffer = io.BytesIO(content)
    line = prepare_resume(buffer)
    buffer.write(b"<appended>")
    return line, buffer.getvalue()


def test_resume_from_empty_output() -> None:
    assert resume_of(b"") == (0, b"<appended>")


def test_resume_after_last_complete_record() -> None:
    content = b'{"x-line": 1}\n{"x-line": 3}\n'
    assert resume_of(content) == (3, content + b"<appended>")


def test_resume_cuts_a_partial_last_line() -> None:
    content = b'{"x-line": 1}\n{"x-line": 2, "title": "half'
    assert resume_of(content) == (1, b'{"x-line": 1}\n<appended>')


def test_resume_with_only_a_partial_line_starts_over() -> None:
    assert resume_of(b'{"x-line": 1, "ti') == (0, b"<appended>")


def test_resume_finds_the_last_line_across_blocks() -> None:
    long_line = json.dumps({"x-line": 7, "x-raw": "é" * 100_000}).encode()
    assert resume_of(b'{"x-line": 1}\n' + long_line + b"\n")[0] == 7


@pytest.mark.parametrize("content", [b"not json\n", b'{"title": "x"}\n', b'{"x-line": "3"}\n', b"[1]\n"])
def test_resume_refuses_a_foreign_file(content: bytes) -> None:
    with pytest.raises(FormatError, match="cannot resume"):
        prepare_resume(io.BytesIO(content))


# ----- the CLI driver -------------------------------------------------------------------


def jsonl_args(input: Path, output: Path | None, **options: object) -> argparse.Namespace:
    values: dict[str, object] = {"input": str(input), "output": str(output) if output else None,
                                 "workers": 1, "chunk_size": 8, "overwrite": False,
                                 "no_progress": True, "tag": False}  # fmt: skip
    values.update(options)
    return argparse.Namespace(**values)


def write_input(path: Path, n: int) -> list[str]:
    lines = [f"ref {i} 专利池" if i % 9 else "" for i in range(1, n + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def test_run_jsonl_writes_one_record_per_nonblank_line(tmp_path: Path) -> None:
    lines = write_input(tmp_path / "in.txt", 100)
    assert run_jsonl(jsonl_args(tmp_path / "in.txt", tmp_path / "out.jsonl"), task=EchoTask()) == 0
    records = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    expected = [(i, t) for i, t in enumerate(lines, start=1) if t]
    assert [(r["x-line"], r["x-raw"]) for r in records] == expected


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("cut", [0.3, 0.77])
def test_interrupted_run_resumes_without_loss_or_duplicates(
    tmp_path: Path, workers: int, cut: float
) -> None:
    write_input(tmp_path / "in.txt", 300)
    full = tmp_path / "full.jsonl"
    run_jsonl(jsonl_args(tmp_path / "in.txt", full), task=EchoTask())
    expected = full.read_bytes()
    # an interrupted run: the output stops in the middle of a record
    partial = tmp_path / "partial.jsonl"
    partial.write_bytes(expected[: int(len(expected) * cut)])
    args = jsonl_args(tmp_path / "in.txt", partial, workers=workers)
    assert run_jsonl(args, task=EchoTask()) == 0
    assert partial.read_bytes() == expected
    # a finished run restarted is a no-op
    run_jsonl(args, task=EchoTask())
    assert partial.read_bytes() == expected


def test_overwrite_starts_over(tmp_path: Path) -> None:
    write_input(tmp_path / "in.txt", 20)
    out = tmp_path / "out.jsonl"
    out.write_text('{"x-line": 15}\n')
    run_jsonl(jsonl_args(tmp_path / "in.txt", out, overwrite=True), task=EchoTask())
    assert json.loads(out.read_text().splitlines()[0])["x-line"] == 1


def test_resume_refuses_an_output_ahead_of_the_input(tmp_path: Path) -> None:
    write_input(tmp_path / "in.txt", 10)
    out = tmp_path / "out.jsonl"
    out.write_text('{"x-line": 500}\n')
    with pytest.raises(FormatError, match="input has 10 lines"):
        run_jsonl(jsonl_args(tmp_path / "in.txt", out), task=EchoTask())


def test_invalid_utf8_and_crlf_and_bom_do_not_stop_the_stream(tmp_path: Path) -> None:
    (tmp_path / "in.txt").write_bytes(b"\xef\xbb\xbffirst\r\nbad \xff\xfe bytes\r\nlast")
    out = tmp_path / "out.jsonl"
    run_jsonl(jsonl_args(tmp_path / "in.txt", out), task=EchoTask())
    raws = [json.loads(x)["x-raw"] for x in out.read_text().splitlines()]
    assert raws == ["first", "bad \ufffd\ufffd bytes", "last"]


def test_over_long_line_is_cut_and_the_stream_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("poolrefs.cli.jsonl.MAX_LINE_BYTES", 64)
    (tmp_path / "in.txt").write_bytes(b"short\n" + b"x" * 1000 + b"\nafter\n")
    out = tmp_path / "out.jsonl"
    run_jsonl(jsonl_args(tmp_path / "in.txt", out), task=EchoTask())
    records = [json.loads(x) for x in out.read_text().splitlines()]
    assert [(r["x-line"], len(r["x-raw"])) for r in records] == [(1, 5), (2, 64), (3, 5)]


def test_plain_progress_lines_when_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    from poolrefs.cli.stream_progress import make_progress

    stream = io.StringIO()
    with make_progress(total=1000, stream=stream, interval=0.0) as progress:
        progress.update(records=10, position=500)
    assert "10 records (50.0% of input)" in stream.getvalue()


def test_rich_progress_bar_with_rate_on_a_terminal() -> None:
    from poolrefs.cli.stream_progress import make_progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    with make_progress(total=1000, stream=stream) as progress:
        progress.update(records=250, position=1000)
    drawn = stream.getvalue()
    assert "250 records" in drawn and "/s" in drawn and "100.0%" in drawn


def test_no_progress_draws_nothing() -> None:
    from poolrefs.cli.stream_progress import make_progress

    stream = io.StringIO()
    with make_progress(total=10, stream=stream, enabled=False, interval=0.0) as progress:
        progress.update(records=1, position=1)
    assert stream.getvalue() == ""
