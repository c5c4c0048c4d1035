"""Hostile input (issue 5): every case ends cleanly with exit 0/1/2 and one line, fast."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import time
import zipfile

import openpyxl
import pytest
from core_util import (
    TS,
    assert_clean_failure,
    check,
    cli,
    inline_row,
    make_zip,
    raw_xlsx,
    row,
    sha,
    text,
    write,
)

from offline_gui.analysis import analyse
from offline_gui.document import Document
from offline_gui.errors import CannotRead
from offline_gui.reading import copies, sources
from offline_gui.table import load

GOOD = text([row(), row(cid="1002")]).encode()


def timed_check(path, *extra, limit: float = 20.0):
    started = time.monotonic()
    run = check(path, *extra)
    assert time.monotonic() - started < limit  # generous: hangs are what this catches
    return run


# ---- files that are not exports


def test_empty_file(tmp_path):
    assert_clean_failure(timed_check(write(tmp_path / "x.csv", b"")), 2, "empty")


def test_only_blank_lines(tmp_path):
    run = timed_check(write(tmp_path / "x.csv", b"\n\r\n\n\r\n"))
    assert run.code == 1 and "no-data" in run.codes()


def test_header_only(tmp_path):
    run = timed_check(write(tmp_path / "x.csv", "Tarih;Müşteri No;Olay;Kategori;Ürün Kodu;Adet;Tutar\n"))
    assert run.code == 1
    assert run.json["detected"]["rows"] == 0
    assert {"no-data", "header-present"} <= run.codes()


@pytest.mark.parametrize("magic, word", [
    (b"\x89PNG\r\n\x1a\n", "PNG"), (b"%PDF-1.7\n", "PDF"), (b"\xff\xd8\xff\xe0", "JPEG"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".xls"), (b"\x1f\x8b\x08", "gzip"),
])
def test_other_formats_renamed_csv(tmp_path, magic, word):
    path = write(tmp_path / "export.csv", magic + bytes(range(256)) * 4)
    assert_clean_failure(timed_check(path), 2, word)


def test_random_binary(tmp_path):
    path = write(tmp_path / "x.csv", os.urandom(200_000))
    assert_clean_failure(timed_check(path), 2)


def test_nul_bytes_inside_a_text_file(tmp_path):
    data = text([row(), row(cid="2"), row(cid="3", name="P\x003")]).encode()
    run = timed_check(write(tmp_path / "x.csv", data))
    assert_clean_failure(run, 2, "NUL", "line 3")


def test_nul_padded_file(tmp_path):
    assert_clean_failure(timed_check(write(tmp_path / "x.csv", GOOD + b"\x00" * 4096)), 2)


def test_folder_and_missing_path(tmp_path):
    assert_clean_failure(timed_check(tmp_path), 2, "folder")
    assert_clean_failure(timed_check(tmp_path / "nope.csv"), 2, "does not exist")
    assert_clean_failure(cli("fix", tmp_path, "-o", tmp_path / "o.csv"), 2, "folder")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read anything")
def test_file_without_read_permission(tmp_path):
    path = write(tmp_path / "x.csv", GOOD)
    path.chmod(0)
    try:
        assert_clean_failure(timed_check(path), 2, "permission")
    finally:
        path.chmod(0o600)


# ---- zip files


def test_empty_zip(tmp_path):
    path = tmp_path / "x.zip"
    zipfile.ZipFile(path, "w").close()
    assert_clean_failure(timed_check(path), 2, "empty zip")


def test_zip_with_only_folders(tmp_path):
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("folder/", b"")
    assert_clean_failure(timed_check(path), 2, "empty")


def test_zip_with_several_files(tmp_path):
    path = make_zip(tmp_path / "x.zip", {"a.csv": GOOD, "b.txt": GOOD})
    run = timed_check(path)
    assert_clean_failure(run, 2, "a.csv", "b.txt", "--member")
    assert timed_check(path, "--member", "b.txt").code == 0


def test_nested_zip(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("a.csv", GOOD)
    path = make_zip(tmp_path / "x.zip", {"inner.zip": inner.getvalue()})
    assert_clean_failure(timed_check(path), 2, "itself a zip")


def _set_encrypted_flag(path):
    """Set bit 0 (encrypted) of every entry's flags, local and central headers."""
    data = bytearray(path.read_bytes())
    for sig, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(sig)
        while at >= 0:
            flags = struct.unpack_from("<H", data, at + offset)[0]
            struct.pack_into("<H", data, at + offset, flags | 0x1)
            at = data.find(sig, at + 4)
    path.write_bytes(bytes(data))


def test_encrypted_zip(tmp_path):
    path = make_zip(tmp_path / "x.zip", {"a.csv": GOOD})
    _set_encrypted_flag(path)
    with zipfile.ZipFile(path) as zf:
        assert zf.infolist()[0].flag_bits & 0x1
    assert_clean_failure(timed_check(path), 2, "password")


def test_truncated_zip(tmp_path):
    full = make_zip(tmp_path / "full.zip", {"a.csv": GOOD * 500})
    path = write(tmp_path / "x.zip", full.read_bytes()[: full.stat().st_size // 2])
    assert_clean_failure(timed_check(path), 2)


def test_corrupt_zip_member_data(tmp_path):
    full = make_zip(tmp_path / "full.zip", {"a.csv": os.urandom(1000).hex().encode() * 20})
    data = bytearray(full.read_bytes())
    for i in range(60, 400):
        data[i] ^= 0x5A
    assert_clean_failure(timed_check(write(tmp_path / "x.zip", bytes(data))), 2)


def _bomb(path, megabytes: int) -> int:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("export.csv", "w") as member:
            block = b"0" * (1 << 20)
            for _ in range(megabytes):
                member.write(block)
    return path.stat().st_size


def test_zip_bomb_is_refused_by_ratio(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "RATIO_FLOOR", 1 << 20)
    path = tmp_path / "bomb.zip"
    assert _bomb(path, 40) < 100_000
    assert_clean_failure(timed_check(path), 2, "zip bomb")


def test_zip_bomb_is_refused_by_size(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_UNZIPPED", 8 << 20)
    path = tmp_path / "bomb.zip"
    _bomb(path, 12)
    assert_clean_failure(timed_check(path), 2, "more than 8 MB")


def test_zip_bomb_is_refused_while_streaming_and_never_inflated_to_memory(tmp_path, monkeypatch):
    """A member whose header understates its size is still stopped as it streams."""
    monkeypatch.setattr(sources, "MAX_UNZIPPED", 8 << 20)
    monkeypatch.setattr(copies, "CHUNK", 1 << 20)
    checks = []
    real = sources._check_size

    def lying_header(size, compressed, name):
        checks.append(size)
        if len(checks) == 1:
            return None  # the header's size: pretend it said "small"
        return real(size, compressed, name)

    monkeypatch.setattr(sources, "_check_size", lying_header)
    path = tmp_path / "bomb.zip"
    _bomb(path, 64)
    with pytest.raises(CannotRead) as err:
        load(path)
    assert "more than 8 MB" in err.value.reason
    # streamed in chunks: stopped just past the limit, not after 64 MB
    assert max(checks[1:]) <= (8 << 20) + (1 << 20)


def test_workbook_bomb_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_UNZIPPED", 1 << 20)
    wb = openpyxl.Workbook()
    ws = wb.active
    for i in range(3000):
        ws.append(row(cid=str(i), name="P" * 300))
    wb.save(tmp_path / "big.xlsx")
    assert_clean_failure(timed_check(tmp_path / "big.xlsx"), 2, "MB")


# ---- workbooks


def test_truncated_xlsx(tmp_path):
    wb = openpyxl.Workbook()
    for i in range(200):
        wb.active.append(row(cid=str(i)))
    wb.save(tmp_path / "full.xlsx")
    data = (tmp_path / "full.xlsx").read_bytes()
    path = write(tmp_path / "x.xlsx", data[: len(data) * 2 // 3])
    assert_clean_failure(timed_check(path), 2)


def test_corrupt_xlsx(tmp_path):
    path = write(tmp_path / "x.xlsx", b"PK\x03\x04" + os.urandom(5000))
    assert_clean_failure(timed_check(path), 2)


def test_workbook_with_a_broken_sheet_xml(tmp_path):
    path = raw_xlsx(tmp_path / "x.xlsx", '<row r="1"><c r="A1" t="inlineStr"><is><t>oops</is></c>')
    assert_clean_failure(timed_check(path), 2)


def test_csv_named_xlsx_is_read_as_csv(tmp_path):
    run = timed_check(write(tmp_path / "export.xlsx", GOOD))
    assert run.code == 0 and run.json["detected"]["rows"] == 2


def test_workbook_first_sheet_empty_formulas_and_merged_cells(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Boş"
    ws = wb.create_sheet("Satış")
    ws.append(["Tarih", "Müşteri No", "Olay", "Kategori", "Ürün Kodu", "Adet", "Tutar"])
    ws.append([TS, "1001", 7, None, "P1", 2, "=F2*5"])  # a formula with no cached value
    ws.append([TS, "1002", 7, "K", "P2", 1, 3])
    ws.merge_cells("D3:E3")
    wb.save(tmp_path / "x.xlsx")
    run = timed_check(tmp_path / "x.xlsx")
    assert run.code == 1
    assert run.json["detected"]["sheet"] == "Satış"
    missing = {(d["row"], d["column"]) for d in run.diags("mandatory-missing")}
    assert missing == {(2, 7), (3, 5)}  # the formula's value, the merged-away cell


def test_formula_cells_without_cached_values(tmp_path):
    cells = (f'<row r="1"><c r="A1" t="inlineStr"><is><t>{TS}</t></is></c>'
             '<c r="B1"><v>1001</v></c><c r="C1"><v>7</v></c>'
             '<c r="E1" t="inlineStr"><is><t>P1</t></is></c>'
             '<c r="F1"><f>1+1</f></c><c r="G1"><f>F1*2</f><v>4</v></c></row>')
    path = raw_xlsx(tmp_path / "x.xlsx", cells)
    table = load(path)
    try:
        fields = Document(table).row(0)
    finally:
        table.close()
    assert fields[:7] == [TS, "1001", "7", "", "P1", "", "4"]


_LAUGHS = ('<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
           + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi", strict=True))
           + "]>")


@pytest.mark.parametrize("where", ["sheet", "shared"])
def test_billion_laughs_is_refused(tmp_path, where):
    if where == "sheet":
        path = raw_xlsx(tmp_path / "x.xlsx", inline_row(1, [TS, "1001", "7", "", "&i;", "1", "2"]),
                        prolog=_LAUGHS)
    else:
        sheet = (f'<row r="1"><c r="A1" t="inlineStr"><is><t>{TS}</t></is></c>'
                 '<c r="E1" t="s"><v>0</v></c></row>')
        path = raw_xlsx(tmp_path / "x.xlsx", sheet, shared=["&i;"], shared_prolog=_LAUGHS)
    run = timed_check(path, limit=10)
    assert_clean_failure(run, 2)


def test_external_entity_is_not_followed(tmp_path):
    secret = write(tmp_path / "secret.txt", "TOP-SECRET-VALUE")
    prolog = f'<!DOCTYPE x [<!ENTITY ext SYSTEM "file://{secret}">]>'
    path = raw_xlsx(tmp_path / "x.xlsx", inline_row(1, [TS, "1001", "7", "", "&ext;", "1", "2"]), prolog=prolog)
    run = timed_check(path)
    assert run.code == 2
    assert "TOP-SECRET-VALUE" not in run.out + run.err


def test_openpyxl_uses_defusedxml():
    from openpyxl.xml import DEFUSEDXML
    assert DEFUSEDXML


# ---- text shapes


def test_40_mb_line_without_newline(tmp_path):
    path = write(tmp_path / "x.csv", b"a;" * (20 << 20))
    assert_clean_failure(timed_check(path), 2, "MB long")


def test_half_a_million_blank_lines(tmp_path):
    path = write(tmp_path / "x.csv", GOOD + b"\n" * 250_000 + b"\r\n" * 250_000 + GOOD)
    run = timed_check(path)
    assert run.code == 0
    assert run.json["detected"]["rows"] == 4
    blank = run.diags("blank-lines")[0]
    assert "500,000" in blank["message"]   # counts in messages follow the language (500.000 in Turkish)


def test_20000_columns(tmp_path):
    wide = [row(width=20_000, c22="F-1", c19999="last"), row(cid="2", width=20_000)]
    path = write(tmp_path / "x.csv", text(wide))
    run = timed_check(path)
    assert run.code == 0, run.out[:500]
    out = tmp_path / "o.csv"
    assert cli("fix", path, "-o", out).code == 0
    first = out.read_text(encoding="utf-8").splitlines()[0].split(";")
    assert len(first) == 20_000 and first[22] == "F-1" and first[-1] == "last"


def test_20000_columns_of_junk(tmp_path):
    path = write(tmp_path / "x.csv", (";".join(["x"] * 20_000) + "\n").encode() * 3)
    run = timed_check(path)
    assert run.code in (0, 1)


@pytest.mark.parametrize("codec", ["utf-8", "cp1254", "utf-16-le"])
def test_cr_only_line_ends(tmp_path, codec):
    rows = [row(cid=str(i), name="Şeker") for i in range(5)]
    path = write(tmp_path / "x.csv", text(rows, end="\r").encode(codec))
    run = timed_check(path)
    assert run.json["detected"]["rows"] == 5
    assert "line-break" not in run.codes()
    table = load(path)
    try:
        assert [Document(table).row(r)[1] for r in range(5)] == ["0", "1", "2", "3", "4"]
        assert Document(table).row(4)[4] == "Şeker"
    finally:
        table.close()


def test_mixed_line_ends(tmp_path):
    data = (";".join(row()) + "\r\n" + ";".join(row(cid="2")) + "\n" + ";".join(row(cid="3")) + "\r\n"
            + ";".join(row(cid="4"))).encode()
    run = timed_check(write(tmp_path / "x.csv", data))
    assert run.code == 0
    assert run.json["detected"]["rows"] == 4
    assert not {"line-break", "whitespace", "field-count"} & run.codes()


def test_unclosed_quote_at_the_top_of_a_big_file(tmp_path):
    rows = [row(name='"never closed')] + [row(cid=str(i)) for i in range(2000)]
    run = timed_check(write(tmp_path / "x.csv", text(rows)))
    assert run.json["detected"]["rows"] == 2001
    assert [d["row"] for d in run.diags("unclosed-quote")] == [1]


def test_utf16_without_bom(tmp_path):
    path = write(tmp_path / "x.csv", text([row(name="Çay")], "\t").encode("utf-16-be"))
    run = timed_check(path)
    assert run.json["detected"]["encoding"] == "utf-16-be" and run.json["detected"]["rows"] == 1


# ---- a file that changes while it is read


def test_file_truncated_between_load_and_analyse(tmp_path):
    path = write(tmp_path / "x.csv", text([row(cid=str(i)) for i in range(500)]))
    table = load(path)
    try:
        os.truncate(path, 10)
        with pytest.raises(CannotRead, match="changed while it was being read"):
            analyse(Document(table), workers=1)
    finally:
        table.close()


def test_file_truncated_while_checked_by_the_command(tmp_path, monkeypatch):
    from offline_gui import checking  # where the command's check runs
    path = write(tmp_path / "x.csv", text([row(cid=str(i)) for i in range(500)]))
    real_analyse = checking.analyse

    def analyse_after_truncation(doc, **kwargs):
        os.truncate(path, 100)
        return real_analyse(doc, **kwargs)

    monkeypatch.setattr(checking, "analyse", analyse_after_truncation)
    assert_clean_failure(check(path), 2, "changed while it was being read")


def test_file_replaced_between_load_and_analyse(tmp_path):
    path = write(tmp_path / "x.csv", text([row(cid=str(i)) for i in range(500)]))
    table = load(path)
    try:
        path.unlink()
        write(path, b"x")
        report = analyse(Document(table))  # the open handle still sees the old bytes
        assert report.row_count == 500
    finally:
        table.close()


# ---- the real command: no traceback ever reaches the user


def test_real_command_prints_one_line_for_bad_input(tmp_path):
    path = write(tmp_path / "x.csv", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    out = subprocess.run([sys.executable, "-m", "offline_gui", "check", str(path)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr


# ---- the source is never changed


@pytest.mark.parametrize("kind", ["csv", "cp1254", "zip", "xlsx", "bom"])
def test_source_bytes_never_change(tmp_path, kind):
    rows = [row(ts="25.05.2024 14:03", n1="1,5", name=" Şeker "), row(cid="1.2E+11"), row(cid="3")[:9]]
    if kind == "xlsx":
        wb = openpyxl.Workbook()
        for r in rows:
            wb.active.append(r)
        wb.save(tmp_path / "in.xlsx")
        path = tmp_path / "in.xlsx"
    elif kind == "zip":
        path = make_zip(tmp_path / "in.zip", {"a.csv": text(rows).encode()})
    else:
        data = text(rows).encode("cp1254" if kind == "cp1254" else "utf-8")
        path = write(tmp_path / "in.csv", (b"\xef\xbb\xbf" if kind == "bom" else b"") + data)
    before, mtime = sha(path), path.stat().st_mtime_ns
    assert check(path).code == 1
    assert cli("check", path).code == 1
    assert cli("fix", path, "-o", tmp_path / "out.csv").code == 1
    assert cli("fix", path, "-o", tmp_path / "out.csv", "--drop-invalid").code == 0
    assert cli("fix", path, "-o", tmp_path / "out.zip", "--zip", "--drop-invalid", "--replace").code == 0
    assert sha(path) == before and path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


# ---- bounded memory, measured on the real command


def _peak_rss_of(argv: list[str]) -> tuple[int, int, str]:
    """Exit code, peak resident memory (bytes) and stderr of one command run alone."""
    psutil = pytest.importorskip("psutil")
    proc = psutil.Popen([sys.executable, "-m", "offline_gui", *argv], stdout=subprocess.DEVNULL,
                        stderr=subprocess.PIPE, text=True)
    peak = 0
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            peak = max(peak, proc.memory_info().rss)
        except psutil.Error:
            break
        time.sleep(0.02)
    if proc.poll() is None:
        proc.kill()
        pytest.fail(f"{argv} did not finish within 60 s")
    return proc.returncode, peak, proc.stderr.read()


@pytest.mark.parametrize("case", ["40mb-line", "blank-lines", "wide", "bomb"])
def test_big_hostile_inputs_stay_well_under_a_gigabyte(tmp_path, case):
    if case == "40mb-line":
        path, want = write(tmp_path / "x.csv", b"7;" * (20 << 20)), 2
    elif case == "blank-lines":
        path, want = write(tmp_path / "x.csv", GOOD + b"\r\n" * 500_000), 0
    elif case == "wide":
        path, want = write(tmp_path / "x.csv", text([row(width=20_000)] * 50)), 0
    else:
        path, want = tmp_path / "bomb.zip", 2
        _bomb(path, 100)  # 100 MB of zeros in ~100 kB: past the 64 MB ratio floor
    code, peak, err = _peak_rss_of(["check", str(path)])
    assert code == want, err
    assert "Traceback" not in err
    assert peak < 600 << 20, f"{case}: {peak >> 20} MB"


def test_workbook_with_a_bogus_dimension_is_not_padded_to_16384_columns(tmp_path):
    rows = "".join(inline_row(i, [TS, str(1000 + i), "7", "", "P1", "1", "2"]) for i in range(1, 3001))
    plain = raw_xlsx(tmp_path / "plain.xlsx", rows)
    with zipfile.ZipFile(plain) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(b"<sheetData>", b'<dimension ref="A1:XFD1048576"/><sheetData>')
    path = make_zip(tmp_path / "x.xlsx", parts)
    started = time.monotonic()
    table = load(path)
    try:
        doc = Document(table)
        assert doc.row_count == 3000
        assert doc.row(2999)[:2] == [TS, "4000"]
        assert max(len(table.fields(r)) for r in (0, 1500, 2999)) < 100
    finally:
        table.close()
    assert time.monotonic() - started < 10


def test_zip_member_paths_cannot_escape(tmp_path, monkeypatch):
    import tempfile
    private = tmp_path / "tmp"
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    path = make_zip(tmp_path / "x.zip", {"../../evil.csv": text([row(name="Şeker")]).encode("cp1254")})
    run = check(path)
    assert run.code == 1 and run.json["detected"]["member"] == "../../evil.csv" and "encoding" in run.codes()
    assert not (tmp_path / "evil.csv").exists() and not (tmp_path.parent / "evil.csv").exists()
    assert list(private.iterdir()) == []  # and the temporary copy is gone


@pytest.mark.parametrize("case", ["zip", "cp1254", "xlsx", "bad-zip", "bad-xlsx", "bomb"])
def test_temporary_files_are_removed(tmp_path, monkeypatch, case):
    import tempfile
    private = tmp_path / "tmp"
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    monkeypatch.setattr(sources, "MAX_UNZIPPED", 2 << 20)
    if case == "zip":
        path = make_zip(tmp_path / "x.zip", {"a.csv": GOOD})
    elif case == "cp1254":
        path = write(tmp_path / "x.csv", text([row(name="Şeker")]).encode("cp1254"))
    elif case == "xlsx":
        wb = openpyxl.Workbook()
        wb.active.append(row())
        wb.save(tmp_path / "x.xlsx")
        path = tmp_path / "x.xlsx"
    elif case == "bad-zip":
        path = make_zip(tmp_path / "x.zip", {"a.csv": b"\x89PNG\r\n\x1a\n" + b"\x00" * 100})
    elif case == "bad-xlsx":
        path = raw_xlsx(tmp_path / "x.xlsx", '<row r="1"><c r="A1" t="s"><v>99</v></c></row>')
    else:
        path = tmp_path / "x.zip"
        _bomb(path, 3)
    run = check(path)
    assert run.code in (0, 1, 2) and "unexpected" not in run.err, run.err
    out = tmp_path / "o.csv"
    cli("fix", path, "-o", out)
    assert list(private.iterdir()) == []


def test_pipes_and_devices_are_refused_without_blocking(tmp_path):
    fifo = tmp_path / "export.csv"
    os.mkfifo(fifo)
    assert_clean_failure(timed_check(fifo, limit=10), 2, "not a regular file")
    if os.path.exists("/dev/zero"):
        assert_clean_failure(timed_check("/dev/zero", limit=10), 2, "not a regular file")


def test_symlink_to_an_export_is_read(tmp_path):
    real = write(tmp_path / "real.csv", GOOD)
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert timed_check(link).code == 0


def test_member_name_with_line_breaks_gives_a_one_line_reason(tmp_path):
    path = make_zip(tmp_path / "x.zip", {"a\nb.csv": b"\x89PNG\r\n\x1a\n" + b"\x00" * 50})
    run = timed_check(path)
    assert_clean_failure(run, 2, "PNG")


def test_zip_of_an_unknown_version_is_refused(tmp_path):
    path = make_zip(tmp_path / "x.zip", {"a.csv": GOOD})
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    data[at + 6] = 225  # "version needed to extract" in the central directory: 22.5
    assert_clean_failure(timed_check(write(tmp_path / "y.zip", bytes(data))), 2)


def test_permission_denied_is_explained_even_as_root(tmp_path, monkeypatch):
    import builtins
    path = write(tmp_path / "x.csv", GOOD)
    real_open = builtins.open

    def guarded(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    assert_clean_failure(check(path), 2, "permission denied")


@pytest.mark.parametrize("kind", ["cp1254", "zip", "xlsx"])
def test_no_room_for_temporary_files(tmp_path, monkeypatch, kind):
    import tempfile
    if kind == "cp1254":
        path = write(tmp_path / "x.csv", text([row(name="Şeker")]).encode("cp1254"))
    elif kind == "zip":
        path = make_zip(tmp_path / "x.zip", {"a.csv": GOOD})
    else:
        wb = openpyxl.Workbook()
        wb.active.append(row())
        wb.save(tmp_path / "x.xlsx")
        path = tmp_path / "x.xlsx"
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "missing-temp"))
    assert_clean_failure(check(path), 2, "temporary folder")


def test_disk_full_while_converting(tmp_path, monkeypatch):
    import errno

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(copies.transcode, "to_utf8", full)
    path = write(tmp_path / "x.csv", text([row(name="Şeker")]).encode("cp1254"))
    assert_clean_failure(check(path), 2, "full")


def test_workbook_starting_with_a_chart_sheet(tmp_path):
    from openpyxl.chart import BarChart, Reference
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Veri"
    ws.append(row())
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=6, min_row=1, max_row=1))
    wb.create_chartsheet("Grafik", 0).add_chart(chart)
    wb.save(tmp_path / "x.xlsx")
    run = timed_check(tmp_path / "x.xlsx")
    assert run.code == 0 and run.json["detected"]["sheet"] == "Veri"
    assert_clean_failure(timed_check(tmp_path / "x.xlsx", "--sheet", "Grafik"), 2, "chart")


@pytest.mark.parametrize("part, word", [
    ("xl/workbook.bin", ".xlsb"), ("word/document.xml", "Word"), ("content.xml", "OpenDocument"),
])
def test_other_office_files_are_named(tmp_path, part, word):
    path = make_zip(tmp_path / "export.csv", {"[Content_Types].xml": b"<Types/>", part: b"<x/>",
                                              "docProps/app.xml": b"<x/>"})
    assert_clean_failure(timed_check(path), 2, word)


@pytest.mark.parametrize("data, word", [
    (b"<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>", "HTML"),
    (b"\xef\xbb\xbf\r\n<html xmlns:o='urn:schemas-microsoft-com:office:office'><table>", "HTML"),
    (b'<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
     "2003 XML"),
])
def test_web_pages_and_xml_spreadsheets_named_xls(tmp_path, data, word):
    assert_clean_failure(timed_check(write(tmp_path / "rapor.xls", data)), 2, word)


def test_rows_read_back_in_one_go_from_a_file_cut_short_are_refused(tmp_path):
    """The duplicates' rows are read back together: a file cut meanwhile is said plainly."""
    from offline_gui.reading.sources import FileBytes
    path = write(tmp_path / "x.csv", text([row(cid=str(i)) for i in range(50)]))
    data = path.read_bytes()
    reader = FileBytes(path)
    try:
        assert reader.read_ranges([(0, 10), (100, 130), (5, 5)]) == [data[0:10], data[100:130], b""]
        pread = os.pread
        del os.pread   # as on Windows
        try:
            assert reader.read_ranges([(100, 130), (0, 10)]) == [data[100:130], data[0:10]]
        finally:
            os.pread = pread
        os.truncate(path, 120)
        with pytest.raises(CannotRead, match="changed while it was being read"):
            reader.read_ranges([(0, 10), (100, 130)])
    finally:
        reader.close()
