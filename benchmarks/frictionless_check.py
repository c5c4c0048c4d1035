"""`frictionless validate` on an export (comparison only; runs in frictionless's own venv).

    /path/to/venv-with-frictionless/bin/python benchmarks/frictionless_check.py FILE

Schema inferred by frictionless, `;` as the delimiter, no error limit. Prints
one JSON line: rows and error counts by type.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter

from frictionless import Dialect, formats, validate


def check(path: str) -> dict:
    dialect = Dialect(controls=[formats.CsvControl(delimiter=";")])
    # frictionless refuses absolute paths ("not safe"): validate it from its folder
    os.chdir(os.path.dirname(os.path.abspath(path)))
    report = validate(os.path.basename(path), dialect=dialect, limit_errors=10**9)
    counts: Counter = Counter()
    rows = 0
    for task in report.tasks:
        rows += task.stats.get("rows", 0) if isinstance(task.stats, dict) else (task.stats.rows or 0)
        for error in task.errors:
            counts[error.type] += 1
    result = {"rows": rows, "problems": sum(counts.values()), "counts": dict(counts)}
    if "resource-error" in counts or "scheme-error" in counts or "source-error" in counts:
        notes = [e.note for t in report.tasks for e in t.errors][:1]
        result["error"] = "frictionless could not read the file: " + "; ".join(notes)
    return result


if __name__ == "__main__":
    print(json.dumps(check(sys.argv[1])))
