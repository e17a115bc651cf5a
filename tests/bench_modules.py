"""Import a ``bench/`` script as a module, for the tests of the bench's own logic."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent.parent / "bench"


def load_bench(name: str) -> ModuleType:
    """``bench/<name>.py`` as module ``name`` (registered in ``sys.modules``, loaded once).

    Bench scripts import each other by name (gold.py imports scoring and gold_numbers), as they
    do when run from ``bench/``, so that directory is put on the import path; registration
    comes before execution because dataclasses resolve annotations through ``sys.modules``.
    """
    if str(BENCH) not in sys.path:
        sys.path.append(str(BENCH))
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
