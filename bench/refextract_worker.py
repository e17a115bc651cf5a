"""Run refextract over reference strings (executed inside refextract's own venv).

stdin: JSON list of strings. stdout: JSON {"results": [dict | {"error": str}],
"seconds": float}: one merged refextract record per string (first value of each key over
the references refextract split the string into), and the time spent in
``extract_references_from_string`` only (after one warm-up call that loads its knowledge bases).
"""

from __future__ import annotations

import json
import sys
import time


def main() -> None:
    from refextract import extract_references_from_string

    texts = json.load(sys.stdin)
    extract_references_from_string("Smith J. A title. Phys. Rev. 12 (2001) 1-2.")  # warm-up
    results = []
    start = time.perf_counter()
    for text in texts:
        try:
            refs = extract_references_from_string(text)
        except Exception as exc:  # keep failures as data
            results.append({"error": f"{type(exc).__name__}: {exc}"})
            continue
        merged: dict[str, str] = {}
        for ref in refs:
            for key, values in ref.items():
                if values and key not in merged:
                    merged[key] = values[0] if isinstance(values, list) else values
        results.append(merged)
    seconds = time.perf_counter() - start
    json.dump({"results": results, "seconds": seconds}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
