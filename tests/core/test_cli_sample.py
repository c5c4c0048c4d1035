import json
from pathlib import Path

from offline_gui.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "store-export-tr.csv"


def test_sample_has_errors_and_fix_makes_it_compliant(tmp_path, capsys):
    assert main(["check", str(SAMPLE), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["detected"]["encoding"] == "cp1254"
    assert report["detected"]["header"] is True
    codes = {d["code"] for d in report["diagnostics"]}
    assert {"encoding", "timestamp-format", "number-decimal-comma", "id-scientific"} <= codes
    out = tmp_path / "upload.csv"
    # the sample has unfixable rows (scientific id, impossible date, empty product)
    assert main(["fix", str(SAMPLE), "-o", str(out)]) == 1
    assert not out.exists()
    assert main(["fix", str(SAMPLE), "-o", str(out), "--drop-invalid"]) == 0
    assert main(["check", str(out)]) == 0
    rejected = tmp_path / "upload.rejected.csv"
    assert rejected.exists()
    assert len(rejected.read_text(encoding="utf-8").splitlines()) == 1 + 4
