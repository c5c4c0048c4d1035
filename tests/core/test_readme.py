"""The README's code list and before/after example stay true."""

from __future__ import annotations

from pathlib import Path

from core_util import cli, sha, write

from offline_gui.catalog import CATALOG

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")

BEFORE = [
    "Tarih;Müşteri No;Olay;Kategori;Ürün Kodu;Adet;Tutar;Şehir;Mağaza;Fiş No",
    "25.05.2024 14:03;100234;7;Gıda;ÇİKOLATA-80G;2;94,64;İstanbul;Kadıköy;F-1001",
    "25.05.2024 14:05;100235;7,0;İçecek;AYRAN-1L; 1;1.234,50;İzmir;Alsancak;F-1002",
    "26.05.2024 09:15;100236.0;7;Gıda;ŞEKER-1KG;3;61,50;Muğla;Bodrum;F-1003",
]


def _indented_block_after(marker: str) -> list[str]:
    rest = README[README.index(marker):].split("\n")
    block, started = [], False
    for line in rest[1:]:
        if line.startswith("    "):
            started = True
            block.append(line[4:])
        elif started:
            break
    return block


def test_every_code_is_listed_once():
    section = README[README.index("## Diagnostic codes"):]
    for code, info in CATALOG.items():
        assert section.count(f"| `{code}` | {info.severity.value} |") == 1, code


def test_before_after_example_is_what_fix_does(tmp_path):
    src = write(tmp_path / "magaza-satis.csv", ("\r\n".join(BEFORE) + "\r\n").encode("cp1254"))
    shown_before = _indented_block_after("`magaza-satis.csv` as text")
    assert shown_before == [line + "␍" for line in BEFORE]
    raw = src.read_bytes()
    first = raw[raw.index(b"25.05.2024 14:03"):][:48]
    hexdump = _indented_block_after("The first data row's bytes")
    assert [line.split("  ")[0].replace(" ", "") for line in hexdump] == [
        first[i:i + 16].hex() for i in range(0, 48, 16)]

    before = sha(src)
    check = cli("check", src)
    assert check.code == 1
    for line in _indented_block_after("exits 1 and says why"):
        assert line in check.out.splitlines(), line

    out = tmp_path / "upload.csv"
    run = cli("fix", src, "-o", out)
    assert run.code == 0 and run.out.startswith("Wrote ") and "re-checked: compliant." in run.out
    assert sha(src) == before
    written = out.read_bytes()
    assert written.decode("utf-8").splitlines() == _indented_block_after("`upload.csv` (UTF-8")
    fixed_first = written[written.index(b"2024-05-25 14:03"):][:48]
    hexdump = _indented_block_after("The same row's bytes now")
    assert [line.split("  ")[0].replace(" ", "") for line in hexdump] == [
        fixed_first[i:i + 16].hex() for i in range(0, 48, 16)]
    again = cli("check", out)
    assert again.code == 0 and "3 rows, 0 errors, 0 warnings: compliant" in again.out
