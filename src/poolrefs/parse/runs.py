"""Runs of one label over tokens (shared by the relabelling rules)."""

from __future__ import annotations

__all__ = ["label_runs"]


def label_runs(out: list[str]) -> list[tuple[str, int, int]]:
    """Consecutive tokens with one label, as (label, first index, index after the last)."""
    runs: list[tuple[str, int, int]] = []
    n = len(out)
    i = 0
    while i < n:
        lab = out[i]
        j = i + 1
        while j < n and out[j] == lab:
            j += 1
        runs.append((lab, i, j))
        i = j
    return runs
