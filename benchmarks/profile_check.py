"""Where `check` spends its time: phases, then cProfile of the scan in ONE process.

    python benchmarks/profile_check.py FILE [--top 25] [--workers 1]

`python -m cProfile -m offline_gui check FILE` only sees the parent: with worker
processes the hot loop (validation.scan, table.decode_records) runs elsewhere.
This runs the same steps in-process with the chosen number of workers (1 by
default, so the profile shows the hot loop), timing each phase first.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from offline_gui.analysis import analyse  # noqa: E402
from offline_gui.cli import _print_human  # noqa: E402
from offline_gui.document import Document  # noqa: E402
from offline_gui.table import load  # noqa: E402


def phases(path: str, workers: int | None) -> None:
    t0 = time.perf_counter()
    table = load(path)
    t1 = time.perf_counter()
    doc = Document(table)
    report = analyse(doc, workers=workers)
    t2 = time.perf_counter()
    n = sum(1 for _ in report.findings(doc))
    t3 = time.perf_counter()
    shown = io.StringIO()
    with contextlib.redirect_stdout(shown):
        _print_human(doc, report)       # what `check` prints: the first HUMAN_LIMIT of each kind
    t4 = time.perf_counter()
    print(f"phases (workers={workers}): load+index {t1 - t0:.2f} s · analyse {t2 - t1:.2f} s · "
          f"findings to text {t3 - t2:.2f} s ({n} findings, {doc.row_count} rows) · "
          f"check's output {t4 - t3:.2f} s")
    table.close()


def profile(path: str, workers: int | None, top: int) -> None:
    prof = cProfile.Profile()
    prof.enable()
    table = load(path)
    doc = Document(table)
    report = analyse(doc, workers=workers)
    for _ in report.findings(doc):
        pass
    prof.disable()
    table.close()
    for key in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(prof, stream=out).strip_dirs().sort_stats(key).print_stats(top)
        text = out.getvalue()
        start = text.find("   ncalls")
        print(f"--- top {top} by {key} ---")
        print(text[start:].rstrip())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    os.environ.setdefault("PYTHONHASHSEED", "0")
    phases(args.file, args.workers)
    phases(args.file, None)
    profile(args.file, args.workers, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
