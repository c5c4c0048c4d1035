"""Helpers for the core tests: tiny export files made in code, and the CLI run in-process."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

from offline_gui.cli import main

TS = "2024-05-25 12:25:43"
JSON_KEYS = ["code", "severity", "row", "column", "value", "message", "fix"]
DETECTED_KEYS = {"encoding", "delimiter", "header", "rows"}


def row(ts: str = TS, cid: str = "1001", et: str = "7", cat: str = "", name: str = "P1",
        n1: str = "1", n2: str = "10.50", width: int = 23, **extra: str) -> list[str]:
    """A compliant row of `width` fields; keyword `c9="x"` sets 0-based column 9."""
    fields = [ts, cid, et, cat, name, n1, n2] + [""] * (width - 7)
    for key, value in extra.items():
        fields[int(key[1:])] = value
    return fields


def text(rows: list[list[str]], delimiter: str = ";", end: str = "\n") -> str:
    return "".join(delimiter.join(r) + end for r in rows)


def write(path: Path, data: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode(encoding) if isinstance(data, str) else data)
    return path


def write_rows(path: Path, rows: list[list[str]], delimiter: str = ";", encoding: str = "utf-8") -> Path:
    return write(path, text(rows, delimiter), encoding)


def make_zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def json(self) -> dict:
        return json.loads(self.out)

    def diags(self, code: str | None = None) -> list[dict]:
        found = self.json["diagnostics"]
        return [d for d in found if code is None or d["code"] == code]

    def codes(self) -> set[str]:
        return {d["code"] for d in self.json["diagnostics"]}


def cli(*argv: object) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in argv])
    return Run(code, out.getvalue(), err.getvalue())


def check(path: Path, *extra: object) -> Run:
    return cli("check", path, "--json", *extra)


def assert_clean_failure(run: Run, exit_code: int = 2, *words: str) -> None:
    """Exit code as the contract says, one line on stderr, never a traceback."""
    assert run.code == exit_code, (run.code, run.err)
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith("offline-gui: ")
    assert "Traceback" not in run.err and "unexpected error" not in run.err, run.err
    for word in words:
        assert word.lower() in run.err.lower(), (word, run.err)


# ---- hand-made workbooks (for what openpyxl will not write: entities, no cached values)

_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/xl/workbook.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
       '<Override PartName="/xl/worksheets/sheet1.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
       '<Override PartName="/xl/sharedStrings.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
       '</Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" '
         'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="xl/workbook.xml"/></Relationships>')
_WB = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
       '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
            'Target="sharedStrings.xml"/></Relationships>')


def raw_xlsx(path: Path, sheet_data: str, shared: list[str] = (), prolog: str = "",
             shared_prolog: str = "") -> Path:
    """A minimal workbook written by hand; `sheet_data` is the <sheetData> content."""
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + prolog +
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{sheet_data}</sheetData></worksheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + shared_prolog +
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{len(shared)}" uniqueCount="{len(shared)}">'
           + "".join(f"<si><t>{s}</t></si>" for s in shared) + "</sst>")
    return make_zip(path, {"[Content_Types].xml": _CT.encode(), "_rels/.rels": _RELS.encode(),
                           "xl/workbook.xml": _WB.encode(), "xl/_rels/workbook.xml.rels": _WB_RELS.encode(),
                           "xl/worksheets/sheet1.xml": sheet.encode(), "xl/sharedStrings.xml": sst.encode()})


def inline_row(number: int, values: list[str]) -> str:
    cells = "".join(f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>'
                    for i, v in enumerate(values) if v != "")
    return f'<row r="{number}">{cells}</row>'


def taken_by_column_path(run) -> tuple[int, object]:
    """How many rows took the column path (fastconvert) while `run()` ran, and what it returned."""
    from unittest import mock

    from offline_gui import parallel
    taken = []
    real = parallel.convert

    def spy(*args, **kwargs):
        result = real(*args, **kwargs)
        taken.append(len(result.offsets))
        return result

    with mock.patch.object(parallel, "convert", spy):
        value = run()
    return sum(taken), value


def fix_outputs(path: Path, out: Path, header: bool = False, ctx=None) -> tuple:
    """What `fix --drop-invalid --changes` writes with the safe rules (and a person's decisions
    `ctx`): the upload, the change log, the rejects."""
    from offline_gui.document import Document
    from offline_gui.export import NothingToUpload, RowsRemain, SaveOptions, save
    from offline_gui.fixing import SAFE_RULES
    from offline_gui.table import load
    changes = out.with_suffix(".changes.csv")
    table = load(path)
    try:
        doc = Document(table)
        doc.state = doc.with_state(rules=SAFE_RULES) if ctx is None else doc.with_state(rules=SAFE_RULES, ctx=ctx)
        try:
            result = save(doc, None, out, SaveOptions(header=header, drop_invalid=True, changes=changes))
        except (NothingToUpload, RowsRemain) as exc:
            return (type(exc).__name__,)
        rejects = result.rejects_path.read_bytes() if result.rejects_path else b""
        return out.read_bytes(), changes.read_bytes(), rejects
    finally:
        table.close()
        for leftover in out.parent.glob(out.stem + "*"):
            leftover.unlink()


def same_index(got, meant) -> None:
    """Two record indexes are the same: every line start, record, span and unclosed quote."""
    import numpy as np
    assert np.array_equal(got.line_starts, meant.line_starts)
    assert np.array_equal(got.record_lines, meant.record_lines)
    assert got.spans == meant.spans and got.unclosed == meant.unclosed
    assert got.blank_lines == meant.blank_lines


def use_small_pieces(monkeypatch, chunk: int, block: int) -> None:
    """A legacy file of some hundred kB converted on both cores in pieces of `chunk` bytes, and
    indexed in pieces of `block`: many pieces land while the rest is converted."""
    from offline_gui.reading import copies, records, transcode
    monkeypatch.setattr(transcode, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(copies, "HEAD_BYTES", 3000)
    monkeypatch.setattr(copies, "CHUNK", chunk)
    monkeypatch.setattr(records, "FIRST_PIECE", 2000)
    monkeypatch.setattr(records, "BLOCK", block)
