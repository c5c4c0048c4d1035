"""The simple reference checker: csv module + per-field checks, nothing tuned.

    python benchmarks/reference.py FILE

What someone would write in an afternoon: `csv.reader` with `;`, then per row
the field count, the mandatory fields, `datetime.strptime` on the time stamp,
`float()` on Num1 / Num2, a digits-only customer id and an integer event type,
plus exact duplicate rows. It prints one JSON line of counts, so the benchmark
can show the ratio to `offline-gui check` (and that both find the defects).
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from datetime import datetime

REQUIRED = 23
MANDATORY = (0, 1, 2, 4, 5, 6)


def check(path: str) -> dict:
    counts: Counter = Counter()
    seen: set[int] = set()
    rows = 0
    with open(path, encoding="utf-8", errors="replace", newline="") as handle:
        first = handle.read(1)
        if first != "\ufeff":
            handle.seek(0)
        reader = csv.reader(handle, delimiter=";", quotechar='"')
        for number, f in enumerate(reader):
            if number == 0 and f and f[0].strip().lower() == "time stamp":
                continue  # header row
            rows += 1
            key = hash(tuple(f))
            if key in seen:
                counts["duplicate-row"] += 1
            else:
                seen.add(key)
            if len(f) < REQUIRED:
                counts["field-count"] += 1
                f = f + [""] * (REQUIRED - len(f))
            for col in MANDATORY:
                if not f[col].strip():
                    counts["mandatory-missing"] += 1
            try:
                datetime.strptime(f[0], "%Y-%m-%d %H:%M:%S")
            except ValueError:
                if f[0].strip():
                    counts["timestamp"] += 1
            if f[1].strip() and not f[1].isdigit():
                counts["customer-id"] += 1
            try:
                int(f[2])
            except ValueError:
                if f[2].strip():
                    counts["event-type"] += 1
            for col in (5, 6):
                v = f[col]
                if v.strip():
                    try:
                        float(v)
                        if v != v.strip():
                            counts["number"] += 1
                    except ValueError:
                        counts["number"] += 1
            for v in f[7:]:
                if v and (v[0] == " " or v[-1] == " "):
                    counts["whitespace"] += 1
    return {"rows": rows, "problems": sum(counts.values()), "counts": dict(counts)}


if __name__ == "__main__":
    print(json.dumps(check(sys.argv[1])))
