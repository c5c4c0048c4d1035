"""The command line's exact words: what a nightly job's log and a clerk's terminal show."""

from __future__ import annotations

from core_util import cli, row, text, write

HEADER_TR = ["Tarih", "Müşteri No", "Olay", "Kategori", "Ürün Kodu", "Adet", "Tutar"]


def _export(tmp_path):
    rows = [HEADER_TR, row(ts="25.05.2024 14:03", n2="94,64", c7=" İzmir"),
            row(cid="1001.0", name='Ekran 55" TV'), row(cid="", et="8")[:10]]
    return write(tmp_path / "satis.csv", text(rows, end="\r\n").encode("cp1254"))


def test_check_human_output_is_exact(tmp_path):
    run = cli("check", _export(tmp_path))
    assert run.code == 1 and run.err == ""
    assert run.out.splitlines() == [
        "-:- encoding The file is encoded as Windows-1254 (Turkish), not UTF-8.",
        "-:- header-present Row 1 is a header row (Tarih, Müşteri No, Olay, Kategori, Ürün Kodu, Adet …).",
        "-:- date-range Events run from 2024-05-25 12:25:43 to 2024-05-25 12:25:43.",
        "2:1 timestamp-format '25.05.2024 14:03' is not written as YYYY-MM-DD HH:MM:SS.",
        "2:7 number-decimal-comma '94,64' uses a comma as the decimal separator.",
        "2:8 whitespace ' İzmir' has spaces at the start or end.",
        "3:2 id-decimal '1001.0' ends in a zero decimal (.0 or ,0) that Excel added.",
        "3:5 quote-in-field 'Ekran 55\" TV' holds a quote (\") but is not written in quotes.",
        "4:- field-count This row has 10 fields; a row needs at least 23 (22 semicolons).",
        "4:2 mandatory-missing Customer ID is mandatory and empty.",
        "4:3 event-type-unusual Event type '8' is not 7 (purchase), the only documented value.",
        "satis.csv: 3 rows, 7 errors, 2 warnings: NOT compliant",
    ]


def test_fix_refusal_is_exact(tmp_path):
    out = tmp_path / "out.csv"
    run = cli("fix", _export(tmp_path), "-o", out)
    assert run.code == 1 and run.out == "" and not out.exists()
    assert run.err.splitlines() == [
        "4:2 mandatory-missing Customer ID is mandatory and empty.",
        "offline-gui: 1 row still has errors after the safe fixes; nothing was written. "   # real plurals (issue 9)
        "Fix it by hand, or use --drop-invalid to write the valid rows.",
    ]


def test_fix_output_and_change_log_are_exact(tmp_path):
    src = _export(tmp_path)
    out, changes = tmp_path / "up.csv", tmp_path / "changes.csv"
    run = cli("fix", src, "-o", out, "--drop-invalid", "--changes", changes, "--no-header")
    assert run.code == 0 and run.err == ""
    assert run.out.splitlines() == [
        f"Wrote {out}: 2 rows, re-checked: compliant.",
        f"Rejected 1 row, with reasons, in {tmp_path / 'up.rejected.csv'}.",   # real plurals (issue 9)
        f"Listed every changed cell in {changes}.",
    ]
    assert out.read_bytes().decode("utf-8").splitlines() == [
        "2024-05-25 14:03:00;1001;7;;P1;1;94.64;İzmir" + ";" * 15,
        '2024-05-25 12:25:43;1001;7;;"Ekran 55"" TV";1;10.50' + ";" * 16,
    ]
    assert changes.read_bytes().decode("utf-8").splitlines() == [
        "row;column;before;after;rule",
        "2;1;25.05.2024 14:03;2024-05-25 14:03:00;timestamp-format",
        "2;7;94,64;94.64;number-decimal-comma",
        "2;8; İzmir;İzmir;whitespace",
        "3;2;1001.0;1001;id-decimal",
    ]
    assert (tmp_path / "up.rejected.csv").read_bytes().decode("utf-8").splitlines()[1].startswith(
        "4;Missing mandatory value;")


def test_fix_without_rejects_says_nothing_of_them(tmp_path):
    path = write(tmp_path / "in.csv", text([row(n1="1,5")]))
    out, changes = tmp_path / "out.csv", tmp_path / "changes.csv"
    run = cli("fix", path, "-o", out, "--changes", changes)
    assert run.out.splitlines() == [f"Wrote {out}: 1 row, re-checked: compliant.",   # real plurals (issue 9)
                                    f"Listed every changed cell in {changes}."]


def test_more_than_500_findings_of_a_kind_are_summed_up(tmp_path):
    path = write(tmp_path / "big.csv", text([row(cid=str(i), n1="1,5") for i in range(1, 601)]))
    run = cli("check", path)
    lines = run.out.splitlines()
    assert run.code == 1 and len(lines) == 503
    assert lines[1] == "1:6 number-decimal-comma '1,5' uses a comma as the decimal separator."
    assert lines[500] == "500:6 number-decimal-comma '1,5' uses a comma as the decimal separator."
    assert lines[-2:] == ["… 100 more number-decimal-comma findings (--json lists every one)",
                          "big.csv: 600 rows, 600 errors, 0 warnings: NOT compliant"]
