"""Column-wide conversion (fastconvert) is an accelerator only: with it on and off, `fix`
writes the same upload, the same change log and the same rejects, and `check` with the
safe rules finds the same, on Turkish Excel rows that are mostly convertible and sometimes not."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

from core_util import taken_by_column_path as _taken
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from offline_gui import parallel
from offline_gui.analysis import analyse
from offline_gui.document import Document
from offline_gui.export import NothingToUpload, RowsRemain, SaveOptions, save
from offline_gui.fixing import SAFE_RULES
from offline_gui.table import load

HEADER = "Tarih;Müşteri No;İşlem Tipi;Kategori;Ürün Kodu;Adet;Tutar;Şehir;Mağaza;Kanal;Ödeme;Fiş No"
GOOD = ["25.05.2024 14:03", "1001", "7", "GIDA", "ÇAY-1KG", "2", "149,90", "İzmir", "Mağaza 1", "Kasa",
        "Nakit", "FİŞ-1"]
VARIANTS = {
    0: ["18.05.2024 09:10", "05.06.2024 10:00", "31.02.2024 10:00", "01.01.2024 24:00", "1.1.2024 10:00",
        "01.01.2024 10:00:59", "01.01.2024 10:00:60", " 01.01.2024 10:00", "2024-05-25 12:25:43",
        "01.01.0000 10:00", "29.02.2023 10:00", "29.02.2024 10:00", "01/01/2024 10:00", "01.01.2024"],
    1: ["1001", "1.0", "", "12 ", "AB-7", "1,0", "99999999999999999999999999"],
    2: ["7", "7.0", "", "8"],
    4: ["ÇAY-1KG", "", " P", "\u00a0"],
    5: ["2", "1,5", "2,345", "1.234,50", "12,500", "-3,5", "1,", ",5", "1,2,3", "3.5", "abc"],
    6: ["149,90", "2,345", "1234,567", "0,5", "1.234,50", "12.5", "7", "", "1,2"],
    8: ["Mağaza 1", 'Ekran 55"', '"A;B"', "a\tb", " Şişli", "x\r"],
    11: ["FİŞ-1", "", "F 2 "],
}


@st.composite
def rows(draw):
    row = list(GOOD)
    for col, options in VARIANTS.items():
        if draw(st.integers(0, 2)) == 0:
            row[col] = draw(st.sampled_from(options))
    cut = draw(st.sampled_from([12, 12, 12, 12, 9, 13]))
    return ";".join(row[:cut] if cut <= 12 else row + ["ek"])


def _outputs(path: Path, out: Path) -> tuple:
    changes = out.with_suffix(".changes.csv")
    table = load(path)
    try:
        doc = Document(table)
        doc.state = doc.with_state(rules=SAFE_RULES)
        found = set()
        for chunk in parallel.run(doc.table, doc.state, workers=1):
            found |= set(chunk.scan.found)
        report = analyse(doc, workers=1)
        summary = (sorted(found), report.ctx, report.ts_min, report.ts_max, sorted(report.code_counts().items()))
        try:
            result = save(doc, None, out, SaveOptions(drop_invalid=True, changes=changes))
        except (NothingToUpload, RowsRemain) as exc:
            return summary, type(exc).__name__
        rejects = result.rejects_path.read_bytes() if result.rejects_path else b""
        return summary, out.read_bytes(), changes.read_bytes(), rejects
    finally:
        table.close()
        for leftover in out.parent.glob(out.stem + "*"):
            leftover.unlink()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(rows(), min_size=1, max_size=25), crlf=st.booleans(), legacy=st.booleans())
def test_column_conversion_is_the_decoder_and_the_rules(tmp_path_factory, lines, crlf, legacy):
    folder = tmp_path_factory.mktemp("convert")
    end = "\r\n" if crlf else "\n"
    path = folder / "x.csv"
    path.write_bytes((end.join([HEADER, *lines]) + end).encode("cp1254" if legacy else "utf-8"))
    fast, slow = _with_and_without_the_column_path(path, folder)
    assert fast == slow


def _with_and_without_the_column_path(path: Path, folder: Path) -> tuple:
    """_outputs with the column path, then with it off, in chunks of 6 rows."""
    old = parallel.CHUNK_ROWS
    parallel.CHUNK_ROWS = 6
    try:
        fast = _outputs(path, folder / "fast.csv")
        with mock.patch.object(parallel, "plan_for", lambda *args, **kwargs: None):
            return fast, _outputs(path, folder / "slow.csv")
    finally:
        parallel.CHUNK_ROWS = old


def _checked(path: Path) -> tuple:
    """Everything `check` reports (no rule accepted), with the text of every finding."""
    table = load(path)
    try:
        doc = Document(table)
        report = analyse(doc, workers=1)
        found = [(d.row, d.column, d.code, d.value, d.message, d.fix and (d.fix.safety, d.fix.value, d.fix.template))
                 for d in report.findings(doc)]
        return (found, report.ctx, report.ts_min, report.ts_max, sorted(report.code_counts().items()),
                sorted((sorted(k), n) for k, n in report.date_orders.items()),
                sorted((sorted(k), v) for k, v in report.date_examples.items()))
    finally:
        table.close()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(rows(), min_size=1, max_size=25), crlf=st.booleans(), legacy=st.booleans(),
       header=st.booleans())
def test_checking_the_simple_rows_in_bulk_finds_what_the_row_checker_finds(tmp_path_factory, lines, crlf, legacy,
                                                                          header):
    """`check` of a Turkish Excel export (no rule accepted yet): the simple rows' findings, the
    day/month evidence and its example values, as the row checker gives them one row at a time."""
    folder = tmp_path_factory.mktemp("check")
    end = "\r\n" if crlf else "\n"
    path = folder / "x.csv"
    path.write_bytes((end.join([HEADER] * header + lines) + end).encode("cp1254" if legacy else "utf-8"))
    old = parallel.CHUNK_ROWS
    parallel.CHUNK_ROWS = 6
    try:
        fast = _checked(path)
        with mock.patch.object(parallel, "plan_for", lambda *args, **kwargs: None):
            slow = _checked(path)
        assert fast == slow
    finally:
        parallel.CHUNK_ROWS = old


def test_checking_takes_the_column_path(tmp_path: Path):
    path = tmp_path / "t.csv"
    path.write_bytes(("\n".join([HEADER] + [";".join(GOOD)] * 50) + "\n").encode("utf-8"))
    taken, (found, *_rest) = _taken(lambda: _checked(path))
    assert taken == 49   # all but the first row of its day/month kind (the example's row)
    assert [f[2] for f in found].count("timestamp-format") == 50


def test_the_simple_rows_do_take_the_column_path(tmp_path: Path):
    path = tmp_path / "t.csv"
    path.write_bytes(("\r\n".join([HEADER] + [";".join(GOOD)] * 50 + ["18.05.2024 09:10;" + ";".join(GOOD[1:])])
                      + "\r\n").encode("cp1254"))
    taken, outputs = _taken(lambda: _outputs(path, tmp_path / "out.csv"))
    assert taken == 51
    assert outputs[1].splitlines()[0] == ("2024-05-25 14:03:00;1001;7;GIDA;ÇAY-1KG;2;149.90;İzmir;Mağaza 1;"
                                          "Kasa;Nakit;;;;;;;;;;;;FİŞ-1").encode()


def test_source_rows_in_bulk_are_source_row_one_by_one(tmp_path: Path):
    """The change log numbers converted rows in bulk: the same numbers as one by one,
    with records that span lines (and a header) before them."""
    lines = [HEADER]
    for i in range(40):
        row = list(GOOD)
        if i % 7 == 3:
            row[8] = '"Mağaza\nikinci satır"'
        lines.append(";".join(row))
    path = tmp_path / "s.csv"
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    table = load(path)
    try:
        rows = list(range(table.row_count))
        assert table.source_rows(rows).tolist() == [table.source_row(r) for r in rows]
    finally:
        table.close()


def test_a_product_code_of_no_break_spaces_reads_the_same_on_every_path(tmp_path: Path):
    """Found by the check property test: the row checker called `\xa0\xa0` empty (`strip()`),
    while its own clean-row test, the numpy line test and the column path keep no-break spaces
    as data (`strip_ws`), so `check` reported a missing value that `fix` then wrote. One rule now:
    a no-break space is data, the value is not missing, and it is written as it is."""
    row = list(GOOD)
    row[4] = "\u00a0\u00a0"
    path = tmp_path / "nbsp.csv"
    path.write_bytes(("\n".join([HEADER, ";".join(GOOD), ";".join(row)]) + "\n").encode("utf-8"))
    fast_check, fast_fix = _checked(path), _outputs(path, tmp_path / "fast.csv")
    with mock.patch.object(parallel, "plan_for", lambda *args, **kwargs: None):
        slow_check, slow_fix = _checked(path), _outputs(path, tmp_path / "slow.csv")
    assert fast_check == slow_check and fast_fix == slow_fix
    assert "mandatory-missing" not in dict(fast_check[4])
    assert "\u00a0\u00a0".encode() in fast_fix[1].splitlines()[1]


def test_a_very_long_value_renders_the_same_by_either_way_of_copying(tmp_path: Path):
    """Lines are copied through a matrix as wide as the longest value; one value of 20 kB among
    400 rows would make that matrix 8 MB of padding, so such a block is copied byte by byte
    instead. Both give the bytes of the ordinary path."""
    lines = []
    for i in range(400):
        row = list(GOOD)
        row[1] = str(1000 + i)
        if i == 123:
            row[9] = "Şube-" * 4000   # 24 kB of one value
        lines.append(";".join(row))
    path = tmp_path / "long.csv"
    path.write_bytes(("\n".join([HEADER, *lines]) + "\n").encode("utf-8"))
    from offline_gui import fastconvert
    with mock.patch.object(fastconvert, "_gather_parts", wraps=fastconvert._gather_parts) as byte_by_byte:
        fast = _outputs(path, tmp_path / "fast.csv")
    assert byte_by_byte.called
    with mock.patch.object(parallel, "plan_for", lambda *args, **kwargs: None):
        slow = _outputs(path, tmp_path / "slow.csv")
    assert fast == slow
    assert len(fast[1]) > 24_000


def test_rows_of_the_seven_mandatory_fields_take_the_column_path(tmp_path: Path):
    """The narrowest simple row: the seven mandatory fields and nothing else."""
    path = tmp_path / "t.csv"
    path.write_bytes(("\n".join([";".join(HEADER.split(";")[:7])] + [";".join(GOOD[:7])] * 50) + "\n")
                     .encode("utf-8"))
    taken, outputs = _taken(lambda: _outputs(path, tmp_path / "out.csv"))
    assert taken == 50
    assert outputs[1].splitlines()[0] == "2024-05-25 14:03:00;1001;7;GIDA;ÇAY-1KG;2;149.90".encode() + b";" * 16


def test_the_two_column_rules_alone_take_the_column_path(tmp_path: Path):
    """Exactly the time stamp and decimal comma rules (no padding: rows of all 23 fields)."""
    from offline_gui.fastconvert import NEEDED_RULES
    path = tmp_path / "t.csv"
    path.write_bytes(("\n".join([";".join(GOOD[:7] + [""] * 16)] * 50) + "\n").encode("utf-8"))
    out = tmp_path / "out.csv"
    table = load(path)
    try:
        doc = Document(table)
        doc.state = doc.with_state(rules=NEEDED_RULES)
        taken, _result = _taken(lambda: save(doc, None, out, SaveOptions(header=False)))
    finally:
        table.close()
    assert taken == 50
    assert out.read_bytes() == ("2024-05-25 14:03:00;1001;7;GIDA;ÇAY-1KG;2;149.90" + ";" * 16 + "\n").encode() * 50


def test_checking_with_a_decided_order_but_no_rule_still_finds_the_stamps(tmp_path: Path):
    """A person's day/month answer alone changes no value: the rows are still only checked."""
    from offline_gui.fixing import FixContext
    path = tmp_path / "t.csv"
    path.write_bytes(("\n".join([HEADER] + [";".join(GOOD)] * 50) + "\n").encode("utf-8"))
    table = load(path)
    try:
        doc = Document(table)
        doc.state = doc.with_state(ctx=FixContext(date_order="dmy"))
        found = set()
        for chunk in parallel.run(doc.table, doc.state, workers=1):
            found |= {(f[0], f[2]) for f in chunk.scan.found}
    finally:
        table.close()
    assert sorted(code for _row, code in found).count("timestamp-format") == 50


def test_ids_and_amounts_of_different_lengths_take_the_column_path(tmp_path: Path):
    """Each value is judged by its own bytes, not the window of the column's longest."""
    ids = ["7", "1001", "123456"]
    amounts = ["5,5", "149,90", "1234,5"]
    lines = [";".join([GOOD[0], ids[i % 3], "7", "GIDA", "P", str(i % 3 + 1), amounts[i % 3]] + GOOD[7:])
             for i in range(30)]
    path = tmp_path / "t.csv"
    path.write_bytes(("\n".join([HEADER] + lines) + "\n").encode("utf-8"))
    taken, outputs = _taken(lambda: _outputs(path, tmp_path / "out.csv"))
    assert taken == 30
    assert outputs[1].splitlines()[:3] == [
        f"2024-05-25 14:03:00;{ids[i]};7;GIDA;P;{i + 1};{amounts[i].replace(',', '.')};İzmir;Mağaza 1;Kasa;Nakit;"
        ";;;;;;;;;;;FİŞ-1".encode() for i in range(3)]


def test_a_left_out_column_stays_out_of_rows_that_take_the_column_path(tmp_path: Path):
    from core_util import cli
    path = tmp_path / "t.csv"
    path.write_bytes(("\n".join([HEADER] + [";".join(GOOD)] * 30) + "\n").encode("utf-8"))
    out = tmp_path / "out.csv"
    run = cli("fix", path, "-o", out, "--no-header", "--drop-column", "Şehir")
    assert run.code == 0, run.err
    assert out.read_bytes() == ("2024-05-25 14:03:00;1001;7;GIDA;ÇAY-1KG;2;149.90;;Mağaza 1;Kasa;Nakit;"
                                ";;;;;;;;;;;FİŞ-1\n").encode() * 30   # (its place stays, empty)



@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(rows(), min_size=1, max_size=25), legacy=st.booleans())
def test_columns_in_another_order_with_crlf_convert_as_the_decoder_reads_them(tmp_path_factory, lines, legacy):
    """The event type before the customer number: no clean-line test runs on such a layout,
    so the column path finds each line's bytes on its own (the CR of every earlier line counted)."""
    folder = tmp_path_factory.mktemp("reordered")
    swapped = [";".join([f[0], f[2], f[1], *f[3:]]) if len(f) > 2 else line
               for line, f in ((line, line.split(";")) for line in lines)]
    header = HEADER.split(";")
    path = folder / "x.csv"
    path.write_bytes(("\r\n".join([";".join([header[0], header[2], header[1], *header[3:]]), *swapped]) + "\r\n")
                     .encode("cp1254" if legacy else "utf-8"))
    fast, slow = _with_and_without_the_column_path(path, folder)
    assert fast == slow


def test_the_simple_rows_of_columns_in_another_order_with_crlf_take_the_column_path(tmp_path: Path):
    header = HEADER.split(";")
    line = ";".join([GOOD[0], GOOD[2], GOOD[1], *GOOD[3:]])
    path = tmp_path / "x.csv"
    path.write_bytes(("\r\n".join([";".join([header[0], header[2], header[1], *header[3:]])] + [line] * 20)
                      + "\r\n").encode("cp1254"))
    taken, _ = _taken(lambda: _outputs(path, tmp_path / "out.csv"))
    assert taken == 20




def test_a_save_the_column_path_converts_runs_in_smaller_chunks(tmp_path: Path):
    """Its matrices per chunk then stay in the cache; checking, or a save without the column
    path, keeps the usual chunks."""
    from offline_gui.fixing import FixContext
    path = tmp_path / "x.csv"
    path.write_bytes(("\r\n".join([HEADER] + [";".join(GOOD)] * 40_000) + "\r\n").encode("cp1254"))
    table = load(path)
    try:
        doc = Document(table)
        converting = doc.with_state(rules=SAFE_RULES, ctx=FixContext("dmy"))
        undecided = doc.with_state(rules=SAFE_RULES)   # no day/month order yet: no column path
        chunks = {name: [job.end - job.start for job in parallel.make_jobs(table, state, write)]
                  for name, state, write in (("save", converting, True), ("check", converting, False),
                                             ("undecided", undecided, True))}
    finally:
        table.close()
    for name, budget in (("save", parallel.CONVERT_CHUNK_BYTES), ("check", parallel.CHUNK_BYTES),
                         ("undecided", parallel.CHUNK_BYTES)):
        assert all(0.98 * budget < size <= budget for size in chunks[name][:-1]), name
        assert 0 < chunks[name][-1] <= budget
    assert len(chunks["save"]) > len(chunks["check"]) >= 2
