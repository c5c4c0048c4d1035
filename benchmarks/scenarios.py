"""Exports unlike our own generator's (issue 12), each beside a polars script, in one table.

Run by `python benchmarks/run.py` after the issue 4 table (`--real-rows N`, `--skip-real`,
`--only-real`). Three files:

- realistic: benchmarks/realistic.py's realistic export (unpaired quotes, Turkish
  text everywhere). `check` against benchmarks/polars_check.py (a polars line
  reader doing the same checks); `fix --drop-invalid` for the record.
- turkish: the Windows-1254 Excel export where every row converts. `fix -o OUT`
  (and with `--changes LOG`) against benchmarks/polars_convert.py (the bare conversion).
- sample: the bundled sample export (written by hand, not generated here), its
  41 rows repeated up to the same size: every row past the first copy is a
  duplicate, which is what a twice-exported day looks like. `fix --drop-invalid`
  against the bare conversion.

Every ratio divides two times measured in the same run, one after the other.
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "resources" / "samples" / "store-export-tr.csv"

GUI_SETTLE_S = 2   # a user takes this long, at least, to choose a file once the window shows
TARGETS = {  # issue 12, at 1M rows
    ("realistic", "check / polars"): 1.5,
    ("turkish", "fix / polars"): 2.0,
}


@dataclass
class Scenario:
    name: str
    path: Path
    runs: dict = field(default_factory=dict)   # label -> Run
    gui: dict = field(default_factory=dict)


def run_all(rows: int, args, measure, best, warm, say) -> list[Scenario]:
    sys.path.insert(0, str(HERE))
    from realistic import realistic, repeated, turkish
    py = sys.executable
    has_polars = _has_polars()
    out = []
    files = [("realistic", realistic(rows)), ("turkish", turkish(rows)), ("sample", repeated(SAMPLE, rows))]
    for name, path in files:
        sc = Scenario(name, path)
        warm(path)

        def timed(label: str, cmd: list[str], *, extra: dict | None = None, sc: Scenario = sc) -> None:
            say(f"[{sc.name}] {label} ×{args.repeat}")
            sc.runs[label] = best([measure(cmd, env=extra) for _ in range(args.repeat)])

        with tempfile.TemporaryDirectory(prefix="bench-real-", dir=args.tmp) as tmp:
            target, log = Path(tmp) / "up.csv", Path(tmp) / "changes.csv"
            fix = [py, "-m", "offline_gui", "fix", str(path), "-o", str(target), "--replace"]
            timed("check", [py, "-m", "offline_gui", "check", str(path)])
            if name == "realistic":
                timed("fix", fix + ["--drop-invalid"])
                if has_polars:
                    timed("polars", [py, str(HERE / "polars_check.py"), str(path)])
            else:
                drop = ["--drop-invalid"] if name == "sample" else []
                timed("fix", fix + drop)
                timed("fix --changes", fix + ["--changes", str(log)] + drop)
                if has_polars:
                    timed("polars", [py, str(HERE / "polars_convert.py"), str(path), str(Path(tmp) / "p.csv")])
        if name in ("realistic", "turkish") and not args.skip_gui:
            # as a user opens a file (the window has shown for a while: the worker processes' fork
            # server is up), and as the app started with the file (it starts that server before
            # its window, see gui_probe.py); the Turkish export as a user opens it
            for settle in (GUI_SETTLE_S, 0) if name == "realistic" else (GUI_SETTLE_S,):
                say(f"[{name}] GUI (offscreen), " + (f"file opened {settle} s after the window showed" if settle
                                                      else "the app started with the file"))
                run = measure([py, str(HERE / "gui_probe.py"), str(path), str(rows), str(settle)],
                              env={"QT_QPA_PLATFORM": "offscreen"}, timeout=300, tail_lines=1)
                try:
                    result = json.loads(run.stdout_tail.strip().splitlines()[-1])
                except (json.JSONDecodeError, IndexError):
                    result = {"error": (run.stderr_tail or run.error or f"exit {run.rc}")[-200:]}
                sc.gui[settle] = result
        out.append(sc)
    return out


def report(scenarios: list[Scenario], rows: int) -> list[str]:
    """The table as text lines (and the same as Markdown rows after a blank line)."""
    table: list[tuple[str, str, str, str, str]] = []
    for sc in scenarios:
        size = sc.path.stat().st_size / 1e6
        table.append((f"{sc.name} ({rows:,} rows, {size:.0f} MB)", "", "", "", ""))
        ref = sc.runs.get("polars")
        for label, run in sc.runs.items():
            ok = run.ok and run.rc in (0, 1)
            wall = f"{run.wall_s:.2f} s" if ok else f"failed ({run.error or run.rc})"
            mem = f"{run.peak_rss_tree / 2**20:.0f} / {run.peak_pss_tree / 2**20:.0f} MB" if ok else ""
            ratio, target, met = "", "", ""
            if label != "polars" and ref is not None and ref.ok and ok:
                value = run.wall_s / ref.wall_s
                ratio = f"{value:.2f}×"
                limit = TARGETS.get((sc.name, f"{label} / polars"))
                if limit is not None:
                    target, met = f"≤ {limit:g}×", "yes" if value <= limit else "NO"
            if label == "check" and sc.name == "realistic" and ok:
                target += " · ≤ 150 MB PSS"
                met += " · " + ("yes" if run.peak_pss_tree <= 150 * 2**20 else "NO")
            table.append((f"  {label}", wall, mem, ratio, f"{target} {met}".strip()))
            load = f"{run.other_load:.2f}" if ok else ""
            table[-1] = (*table[-1][:4], (table[-1][4] + f" (other load {load})").strip())
        for settle, gui in sc.gui.items():
            when = f"opened {settle:g} s after the window" if settle else "started with the file"
            if "error" in gui:
                table.append((f"  GUI ({when})", gui["error"], "", "", ""))
                continue
            first, done = gui.get("first_screen_s"), gui.get("validated_s")
            table.append((f"  GUI ({when}): first painted screen", f"{first:.2f} s" if first else "—", "", "",
                          "≤ 0.3 s " + ("yes" if first and first <= 0.3 else "NO")))
            table.append((f"  GUI ({when}): validation complete", f"{done:.2f} s" if done else "—", "", "",
                          "≤ 2 s " + ("yes" if done and done <= 2 else "NO")))
    heads = ("", "wall", "RSS / PSS tree", "÷ polars", "target, met (other load in cores)")
    widths = [max(len(r[i]) for r in [heads, *table]) + 2 for i in range(5)]
    text = ["".join(c.ljust(w) for c, w in zip(heads, widths, strict=True)).rstrip(), "-" * sum(widths)]
    text += ["".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in table]
    text += ["", "| " + " | ".join(heads) + " |", "|---|--:|--:|--:|---|"]
    text += ["| " + " | ".join(c.strip().replace("|", "/") for c in r) + " |" for r in table]
    return text


def _has_polars() -> bool:
    import importlib.util
    return importlib.util.find_spec("polars") is not None
