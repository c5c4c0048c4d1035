"""`fix` copies a clean line with quotes as it is when each quoted value holds a ';' or a
quote (the writer would quote it just so), instead of decoding and writing it again; the
re-check then reads it back as those very bytes."""

from __future__ import annotations

import zlib
from pathlib import Path
from unittest import mock

import numpy as np
import pytest
from core_util import fix_outputs, row

from offline_gui import validation
from offline_gui.fastlines import classify
from offline_gui.parallel import _check_written
from offline_gui.reading.decoder import split_record
from offline_gui.recheck import Problem, block
from offline_gui.validation import BYTES_KEY, row_key
from offline_gui.writing import format_row


@pytest.mark.parametrize("value, as_written", [
    ('"a;b"', True), ('"say ""hi"""', True), ('""""', True), ('"Ş;1"', True), ('"Ekran 55"" TV"', True),
    ('"x"', False), ('""', False), ('"Ümraniye"', False), ('"a b"', False),
])
def test_a_quoted_value_is_as_written_when_the_writer_would_quote_it(value, as_written):
    line = ";".join(row(c12=value))
    raw = (line + "\n" + ";".join(row(cid="2")) + "\n").encode("utf-8")
    flags = np.ones(3, dtype=bool)
    clean, _keys = classify(raw, raw.split(b"\n"), ord(";"), None, flags)
    assert clean[0]
    assert bool(flags[0]) is as_written and flags[1] and flags[2]
    assert (format_row(split_record(line, ";").fields) == line) is as_written   # the writer's own rule


def test_one_needless_pair_of_quotes_makes_the_whole_line_rendered():
    raw = (";".join(row(c12='"a;b"', c13='"x"')) + "\n").encode("utf-8")
    flags = np.ones(2, dtype=bool)
    classify(raw, raw.split(b"\n"), ord(";"), None, flags)
    assert not flags[0]


def _export(path: Path) -> list[str]:
    lines = [";".join(row(cid=str(1000 + i), c12='"Koçtaş; Beyaz"' if i % 3 else '"Ekran 55"" TV"',
                          c13='"x"' if i % 7 == 0 else "Koçtaş")) for i in range(60)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return lines


def test_clean_lines_quoted_as_the_writer_would_are_copied_not_decoded(tmp_path):
    path = tmp_path / "x.csv"
    lines = _export(path)
    decoded = []
    real = validation.RowChecker.check

    def counted(self, row, *args, **kwargs):
        decoded.append(row)
        return real(self, row, *args, **kwargs)

    with mock.patch.object(validation.RowChecker, "check", counted):
        upload, changes, rejects = fix_outputs(path, tmp_path / "up.csv")
    assert sorted(set(decoded)) == [i for i in range(60) if i % 7 == 0]   # only the needless quotes
    expected = [line.replace('"x"', "x") for line in lines]
    assert upload == ("\n".join(expected) + "\n").encode("utf-8")
    assert rejects == b""


def test_the_copies_write_what_decoding_every_line_writes(tmp_path):
    path = tmp_path / "x.csv"
    _export(path)
    copied = fix_outputs(path, tmp_path / "a.csv")
    with mock.patch.object(validation, "classify", lambda raw, lines, *a, **k: (
            np.zeros(len(lines), dtype=bool), np.full(len(lines), -1, dtype=np.int64))):
        decoded = fix_outputs(path, tmp_path / "b.csv")
    assert copied == decoded


def _byte_key(line: str) -> int:
    return BYTES_KEY | zlib.crc32(line.encode("utf-8"))


def test_a_copied_line_must_read_back_as_its_very_bytes():
    line = ";".join(row(c12='"Koçtaş; Beyaz"'))
    assert block((line + "\n").encode(), [_byte_key(line)], _check_written) is None
    # the same fields in other bytes (a quote more than the writer puts) is not the line copied
    other = ";".join(row(c12='"Koçtaş; Beyaz"', c13='"x"'))
    assert block((other + "\n").encode(), [_byte_key(";".join(row(c12='"Koçtaş; Beyaz"', c13="x")))],
                 _check_written) == Problem("value", 0)
    # a value changed inside the quotes
    assert block((line.replace("Beyaz", "Siyah") + "\n").encode(), [_byte_key(line)], _check_written) \
        == Problem("value", 0)


def test_a_byte_key_is_never_a_row_key():
    # row keys are 32-bit checksums: the marked ones can never be met by a decoded row
    fields = row(c12="a;b")
    assert 0 <= row_key(fields) < BYTES_KEY
    line = format_row(fields)
    assert block((line + "\n").encode(), [row_key(fields)], _check_written) is None
    assert block((line + "\n").encode(), [_byte_key(line)], _check_written) is None
    assert block((line + "\n").encode(), [_byte_key(line) ^ 1], _check_written) == Problem("value", 0)
