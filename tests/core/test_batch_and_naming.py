"""The nightly job (`fix IN… --out-dir`, `fix --upload`), output names, URLs, and a CLI without streams."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from upload_servers import PASSWORD, USER, FtpServer, compliant_file

from offline_gui.cli import main
from offline_gui.naming import upload_target
from offline_gui.upload import BadDestination, parse_destination

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "store-export-tr.csv"


@pytest.mark.parametrize("source, plain, zipped", [
    ("Satis 25.05.2024.csv", "Satis 25.05.2024-upload.csv", "Satis 25.05.2024-upload.zip"),
    ("magaza.satis.txt", "magaza.satis-upload.csv", "magaza.satis-upload.zip"),
    ("export.csv.zip", "export-upload.csv", "export-upload.zip"),
    ("Kasa.xlsx", "Kasa-upload.csv", "Kasa-upload.zip"),
    ("noext", "noext-upload.csv", "noext-upload.zip"),
])
def test_out_dir_names_keep_the_whole_stem(source, plain, zipped, tmp_path):
    assert upload_target(Path("/x") / source, False, tmp_path) == tmp_path / plain
    assert upload_target(Path(source), True, tmp_path) == tmp_path / zipped


def test_destinations():
    d = parse_destination("ftps://clerk@drop.example:2121/in/daily/")
    assert (d.scheme, d.host, d.port, d.user, d.folder) == ("ftps", "drop.example", 2121, "clerk", "/in/daily")
    assert d.display == "ftps://clerk@drop.example:2121/in/daily/"
    assert parse_destination("sftp://a%40b@h/").user == "a@b"
    assert parse_destination("ftp://h").port == 21
    for bad in ("ftp://u:pw@h/x/", "http://h/", "sftp://h/x/", "ftp:///x", "ftp://u@h/x%0d%0aDELE y/", "ftp://h:99999/"):
        with pytest.raises(BadDestination):
            parse_destination(bad)


@pytest.fixture
def exports(tmp_path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    compliant_file(folder, "Satis 25.05.2024.csv")
    compliant_file(folder, "Satis 26.05.2024.csv", rows=2)
    (folder / "Satis 27.05.2024.csv").write_bytes(SAMPLE.read_bytes())  # has errors the fixes cannot repair
    return folder


def test_out_dir_one_line_per_file_and_worst_exit(exports, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["fix", str(exports / "*.csv"), "--out-dir", str(out)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"OK: {exports}/Satis 25.05.2024.csv: Wrote {out}/Satis 25.05.2024-upload.csv: 3 rows, re-checked: compliant.",
        f"OK: {exports}/Satis 26.05.2024.csv: Wrote {out}/Satis 26.05.2024-upload.csv: 2 rows, re-checked: compliant.",
        f"ERRORS: {exports}/Satis 27.05.2024.csv: 4 rows still have errors after the safe fixes; nothing was "
        "written. Fix them by hand, or use --drop-invalid to write the valid rows.",
        "3 files: 2 ok, 1 errors; exit 1",
    ]
    assert sorted(p.name for p in out.iterdir()) == ["Satis 25.05.2024-upload.csv", "Satis 26.05.2024-upload.csv"]
    assert (out / "Satis 25.05.2024-upload.csv").read_bytes() == (exports / "Satis 25.05.2024.csv").read_bytes()
    # again: the outputs exist and are not replaced without --replace
    assert main(["fix", str(exports / "Satis 25.05.2024.csv"), "--out-dir", str(out), "--json"]) == 1
    record = json.loads(capsys.readouterr().out)
    assert (record["status"], record["exit"]) == ("exists", 1)
    assert main(["fix", str(exports / "Satis 25.05.2024.csv"), str(tmp_path / "missing.csv"),
                 "--out-dir", str(out), "--replace", "--json"]) == 2
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["status"], r["exit"]) for r in records] == [("ok", 0), ("unreadable", 2)]


def test_out_dir_writes_one_change_log_per_file(exports, tmp_path, capsys):
    out, logs = tmp_path / "out", tmp_path / "logs"
    logs.mkdir()
    (exports / "Satis 27.05.2024.csv").unlink()
    (exports / "Satis 26.05.2024.csv").write_text(
        "2024-05-25 12:25:43;1001;7;;P1;1;2,5" + ";" * 16 + "\n", encoding="utf-8")
    assert main(["fix", str(exports / "*.csv"), "--out-dir", str(out), "--changes", str(logs)]) == 0
    assert sorted(p.name for p in logs.iterdir()) == ["Satis 25.05.2024-upload.changes.csv",
                                                       "Satis 26.05.2024-upload.changes.csv"]
    assert (logs / "Satis 26.05.2024-upload.changes.csv").read_text(encoding="utf-8").splitlines() == [
        "row;column;before;after;rule", "1;7;2,5;2.5;number-decimal-comma"]
    capsys.readouterr()
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    assert main(["fix", str(exports / "*.csv"), "--out-dir", str(out), "--changes", str(tmp_path / "a-file")]) == 2
    assert "names a folder" in capsys.readouterr().err
    made = tmp_path / "new" / "logs"   # a folder that does not exist yet is made, like --out-dir
    assert main(["fix", str(exports / "*.csv"), "--out-dir", str(out), "--changes", str(made), "--replace"]) == 0
    assert len(list(made.iterdir())) == 2


def test_out_dir_with_upload(exports, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OFFLINE_GUI_UPLOAD_PASSWORD", PASSWORD)
    monkeypatch.setenv("OFFLINE_GUI_DATA_DIR", str(tmp_path / "data"))
    drop = tmp_path / "drop"
    drop.mkdir()
    server = FtpServer(drop)
    try:
        code = main(["fix", str(exports / "Satis 2*.csv"), "--out-dir", str(tmp_path / "out"),
                     "--upload", f"ftp://{USER}@127.0.0.1:{server.port}/"])
        single = main(["fix", str(exports / "Satis 26.05.2024.csv"), "-o", str(tmp_path / "one.csv"),
                       "--upload", f"ftp://{USER}@127.0.0.1:{server.port}/"])
    finally:
        server.stop()
    out = capsys.readouterr().out
    assert code == 1 and single == 0
    assert "; Uploaded Satis 25.05.2024-upload.csv to ftp://" in out
    assert PASSWORD not in out
    assert sorted(p.name for p in drop.iterdir()) == ["Satis 25.05.2024-upload.csv", "Satis 26.05.2024-upload.csv",
                                                      "one.csv"]
    assert (drop / "one.csv").read_bytes() == (tmp_path / "one.csv").read_bytes()


def test_cli_without_standard_streams(tmp_path):
    """A windowed build has sys.stdout and sys.stderr set to None; the exit code must still be right."""
    script = ("import sys; sys.stdout = sys.stderr = None; from offline_gui.cli import main; "
              f"sys.exit(main(['check', {str(SAMPLE)!r}]))")
    assert subprocess.run([sys.executable, "-c", script], timeout=120).returncode == 1
    good = compliant_file(tmp_path)
    script = script.replace(repr(str(SAMPLE)), repr(str(good)))
    assert subprocess.run([sys.executable, "-c", script], timeout=120).returncode == 0
