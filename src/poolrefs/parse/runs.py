"""Runs of one label over tokens (shared by the relabelling rules)."""

from __future__ import annotations

__all__ = ["label_runs"]


def label_runs(out: list[str]) -> list[tuple[str, int, int]]:
    """Consecutive tokens with one label, as (label, first index, index after the last)."""
    runs: list[tuple[str, int, int]] = []
    for i, lab in enumerate(out):
        if runs and runs[-1][0] == lab:
            runs[-1] = (lab, runs[-1][1], i + 1)
        else:
            runs.append((lab, i, i + 1))
    return runs
