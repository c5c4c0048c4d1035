"""The mutation score per core module, from the results mutmut left in mutants/.

    python tools/mutation_score.py [MODULE ...]     # e.g. values reading.records; none: all

Score = (killed + timeout) / (mutants - excluded). Excluded mutants are listed, each with
the reason, in tools/mutation_equivalent.txt (names or fnmatch patterns): equivalent mutants
(a change no behaviour can show) and mutants of code that runs only while a module is
imported (mutmut switches mutants when a function is called, so no test can see them).
"Not checked" means mutmut has not run that mutant yet (run tools/mutation.sh for the module).
"""

from __future__ import annotations

import fnmatch
import json
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 34: "skipped",
          36: "timeout", 24: "timeout", -24: "timeout", 152: "timeout", 255: "timeout",
          37: "type check", -11: "segfault", -9: "segfault", None: "not checked"}


def is_excluded(name: str, excluded: set[str]) -> bool:
    return name in excluded or any(fnmatch.fnmatchcase(name, p) for p in excluded if "*" in p)


def equivalent_names() -> set[str]:
    path = ROOT / "tools" / "mutation_equivalent.txt"
    if not path.exists():
        return set()
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.add(line)
    return names


def modules() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]
    return [p.removesuffix(".py") for p in config["only_mutate"]]


def main(argv: list[str]) -> int:
    wanted = {"offline_gui/" + m.replace(".", "/") for m in argv}
    equivalent = equivalent_names()
    rows, total = [], Counter()
    for module in modules():
        if wanted and module not in wanted:
            continue
        meta = ROOT / "mutants" / (module + ".py.meta")
        if not meta.exists():
            rows.append((module, None))
            continue
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        count = Counter()
        for name, code in codes.items():
            count["equivalent" if is_excluded(name, equivalent) else STATUS.get(code, "suspicious")] += 1
        count["mutants"] = len(codes)
        rows.append((module, count))
        total.update(count)
    rows.append(("all", total))
    print(f"{'module':34} {'mutants':>7} {'killed':>6} {'timeout':>7} {'survived':>8} {'excl.':>6} "
          f"{'other':>5} {'score':>6}")
    for module, count in rows:
        if count is None:
            print(f"{module:34} (not run)")
            continue
        detected = count["killed"] + count["timeout"]
        other = count["mutants"] - detected - count["survived"] - count["equivalent"]
        scored = count["mutants"] - count["equivalent"]
        score = f"{100 * detected / scored:5.1f}%" if scored else "-"
        print(f"{module:34} {count['mutants']:7} {count['killed']:6} {count['timeout']:7} {count['survived']:8} "
              f"{count['equivalent']:6} {other:5} {score:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
