"""``poolrefs build``: the main job, from a reference list to every output and a report.

:func:`run_build` computes (network only through resolution and link checking);
:func:`output_files` turns the result into file contents; the CLI writes them.
"""

from __future__ import annotations

from .outputs import output_files
from .pipeline import DEFAULT_STYLES, BuildOptions, BuildResult, StageProgress, run_build, with_ids

__all__ = [
    "DEFAULT_STYLES",
    "BuildOptions",
    "BuildResult",
    "StageProgress",
    "output_files",
    "run_build",
    "with_ids",
]
