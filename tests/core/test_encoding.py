"""Which encoding an export is in, from a sample of its bytes."""

from __future__ import annotations

import codecs

import pytest

from offline_gui.reading.encoding import SAMPLE_BYTES, detect, guess_legacy

TURKISH = "Müşteri Şeker Çay ğ ı İ Ö Ü;2024-05-25 12:25:43;1001;7;;ÇİKOLATA;1;94.64\n"


@pytest.mark.parametrize("text, codec, want", [
    (TURKISH, "cp1254", "cp1254"),
    ("Şeker", "cp1254", "cp1254"),                       # one word: chardet names MacLatin2
    ("2024;1;2;ı\n", "cp1254", "cp1254"),                # digits and one letter
    ("Café crème brûlée à la française\n" * 5, "cp1252", "cp1252"),
    ("Привет мир, это тест кодировки\n" * 5, "cp1251", "cp1251"),
    ("Ελληνικά κείμενο δοκιμή\n" * 5, "cp1253", "cp1253"),
])
def test_guess_legacy(text, codec, want):
    assert guess_legacy(text.encode(codec)) == want


def test_guess_legacy_without_evidence_is_turkish():
    assert guess_legacy(b"") == "cp1254"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    assert detect(bom + TURKISH.encode(codec)) .codec == codec
    assert detect(bom + TURKISH.encode(codec)).bom == bom
    assert detect(TURKISH.encode(codec) * 3).codec == codec
    assert detect(TURKISH.encode(codec) * 3).bom == b""


def test_utf8_bom_and_plain():
    info = detect(codecs.BOM_UTF8 + TURKISH.encode())
    assert info.codec == "utf-8" and info.bom == codecs.BOM_UTF8 and info.is_utf8
    assert detect(TURKISH.encode()).bom == b""


def test_mostly_utf8_with_stray_legacy_lines_stays_utf8():
    data = TURKISH.encode() * 50 + "Şeker ğ\n".encode("cp1254") + TURKISH.encode() * 50
    info = detect(data)
    assert info.codec == "utf-8" and info.fallback == "cp1254"


def test_legacy_file_whose_good_lines_are_ascii_is_legacy():
    ascii_line = b"2024-05-25 12:25:43;1001;7;;P1;1;94.64\n"
    info = detect(ascii_line * 100 + "Şeker\n".encode("cp1254"))
    assert info.codec == "cp1254"


def test_half_bad_keeps_the_utf8_lines():
    """UTF-8 letters prove the file is UTF-8: the other half are odd lines (flagged), never
    the other way round (that would turn the UTF-8 letters into mojibake)."""
    data = TURKISH.encode() * 5 + TURKISH.encode("cp1254") * 5
    info = detect(data)
    assert (info.codec, info.fallback) == ("utf-8", "cp1254")


def test_dos_turkish_is_told_from_windows_turkish():
    assert guess_legacy(TURKISH.encode("cp857")) == "cp857"
    assert guess_legacy(TURKISH.encode("cp1254")) == "cp1254"


def test_sample_cut_in_the_middle_of_a_character_is_still_utf8():
    line = TURKISH.encode()
    data = (line * (SAMPLE_BYTES // len(line) + 2))[:SAMPLE_BYTES]
    assert not data.endswith(b"\n")
    info = detect(data)
    assert info.codec == "utf-8"
