"""`check`, `fix`, `fix --drop-invalid` and the app's "save valid rows" agree, code by code.

The expectation comes from `check --json` and the catalog alone: a row whose finding
blocks the upload (catalog.BLOCKING) and has no safe fix is the row every writer keeps
out. Nothing here knows how any of the paths work inside.
"""

from __future__ import annotations

import csv
import io

import pytest
from core_util import check, cli, write
from test_codes import FIXTURES

from offline_gui.analysis import analyse
from offline_gui.catalog import BLOCKING, CATALOG
from offline_gui.document import Document
from offline_gui.export import NothingToUpload, SaveOptions, save
from offline_gui.fixing import SAFE_RULES
from offline_gui.table import load


def predicted_rejects(run) -> set[int]:
    return {d["row"] for d in run.diags()
            if d["code"] in BLOCKING and (d["fix"] is None or d["fix"]["safety"] != "safe")}


def rejected_rows(path) -> set[int]:
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return {int(line.split(";", 1)[0]) for line in lines}


def app_saves_valid_rows(src, target) -> set[int] | None:
    """The app's path: Fix all (the safe rules), check again, "save only the valid rows"."""
    table = load(src)
    try:
        doc = Document(table)
        doc.state = doc.with_state(rules=SAFE_RULES)
        report = analyse(doc, workers=1)
        doc.state = doc.with_state(ctx=report.ctx)
        try:
            result = save(doc, report, target, SaveOptions(header=False, drop_invalid=True))
        except NothingToUpload:
            return None
        return rejected_rows(result.rejects_path) if result.rejects_path else set()
    finally:
        table.close()


@pytest.mark.parametrize("code", sorted(FIXTURES))
def test_check_fix_and_the_app_agree(tmp_path, code):
    data = FIXTURES[code][0]
    src = write(tmp_path / "in.csv", data)
    run = check(src)
    assert code in run.codes()
    rows = run.json["detected"]["rows"]
    bad = predicted_rejects(run)

    out = tmp_path / "out.csv"
    fixed = cli("fix", src, "-o", out)
    assert fixed.code == (1 if bad or rows == 0 else 0), (code, fixed.err)
    assert out.exists() == (fixed.code == 0)
    if fixed.code == 0:
        again = check(out)
        assert again.code == 0, again.out
        info = CATALOG[code]
        if info.severity.value == "error":
            assert code not in again.codes()

    dropped = cli("fix", src, "-o", tmp_path / "valid.csv", "--drop-invalid", "--no-header")
    app_rejects = app_saves_valid_rows(src, tmp_path / "app.csv")
    if rows == 0 or len(bad) >= rows:
        assert dropped.code == 1 and app_rejects is None
        return
    assert dropped.code == 0, dropped.err
    rejects = tmp_path / "valid.rejected.csv"
    assert (rejected_rows(rejects) if rejects.exists() else set()) == bad
    assert app_rejects == bad
    kept = list(csv.reader(io.StringIO((tmp_path / "valid.csv").read_text(encoding="utf-8")), delimiter=";"))
    assert len(kept) == rows - len(bad)
