"""Which encoding a sample is in (reading/encoding.py): labels, DOS Turkish against the
Windows code pages, the odd lines of a UTF-8 file, and a sample cut mid-character.

Written against mutants that survived the rest of the suite (tools/mutation.sh).
"""

from __future__ import annotations

import codecs

from offline_gui.reading.encoding import SAMPLE_BYTES, detect, guess_legacy, label


def test_labels() -> None:
    assert label("cp1254") == "Windows-1254 (Turkish)"
    assert label("windows-1254") == "Windows-1254 (Turkish)"
    assert label("mac-turkish") == "MAC-TURKISH"   # no friendly name: the codec's, in capitals


def test_dos_turkish_wins_where_windows_code_pages_lack_the_bytes() -> None:
    # in code page 857 'ü' is 0x81, a byte Windows-1252 and -1254 do not define
    sample = ("MUSTERI NO;URUN KODU;ADET;" * 3).encode() + "Müşteri Şeker".encode("cp857")
    assert guess_legacy(sample) == "cp857"


def test_western_text_without_turkish_letters_is_windows_1252() -> None:
    assert guess_legacy("Musteri Adi Soyadi Cafe Creme Brulee: Café Crème".encode("cp1252")) == "cp1252"


def test_a_utf8_file_keeps_its_bom_and_reads_odd_lines_in_their_own_code_page() -> None:
    odd = "Café Crème;2\n".encode("cp1252")
    utf8 = "Müşteri;1\n".encode()
    assert (detect(codecs.BOM_UTF8 + utf8 + odd).codec, detect(codecs.BOM_UTF8 + utf8 + odd).bom,
            detect(codecs.BOM_UTF8 + utf8 + odd).fallback) == ("utf-8", codecs.BOM_UTF8, "cp1252")
    info = detect(utf8 + odd)
    assert (info.codec, info.bom, info.fallback) == ("utf-8", b"", "cp1252")


def test_a_plain_utf8_file_would_read_stray_lines_as_turkish() -> None:
    info = detect(b"a;b\n")
    assert (info.codec, info.bom, info.fallback) == ("utf-8", b"", "cp1254")


def test_a_full_sample_ignores_its_last_line_which_may_be_cut_mid_character() -> None:
    cut = b"a;b\n" + b"x" * (SAMPLE_BYTES - 5) + b"\xc3"
    assert len(cut) == SAMPLE_BYTES and detect(cut).codec == "utf-8"


def test_a_single_line_is_never_ignored() -> None:
    assert detect(b"x" * (SAMPLE_BYTES - 1) + b"\xc3").codec == "cp1252"


def test_an_odd_line_just_before_the_cut_one_still_counts() -> None:
    sample = b"a;b\n" * 1000 + "Kadıköy;1\n".encode("cp1254")
    sample += b"x" * (SAMPLE_BYTES - len(sample) - 1) + b"\xc3"
    assert detect(sample).codec == "cp1254"


def test_utf16_without_a_bom_is_recognised_from_its_zero_bytes() -> None:
    text = "Tarih;Musteri No;Olay\n2024-05-25 10:00:00;1001;7\n"
    assert detect(text.encode("utf-16-le")).codec == "utf-16-le"
    assert detect(text.encode("utf-16-be")).codec == "utf-16-be"
    assert detect("ab;c".encode("utf-16-le")).codec == "utf-16-le"   # eight bytes are enough
    assert detect("ab;".encode("utf-16-le")).codec == "utf-8"        # six are not


def test_the_bom_is_not_part_of_the_first_line() -> None:
    info = detect(codecs.BOM_UTF8 + "ü;1\n".encode())
    assert (info.codec, info.bom, info.fallback) == ("utf-8", codecs.BOM_UTF8, "cp1254")
