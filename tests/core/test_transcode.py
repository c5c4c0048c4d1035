"""The chunk-at-a-time transcoding of a one-byte encoding gives what reading each line does."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offline_gui.reading.transcode import _legacy_lines, _may_hold_utf8_lines, _utf8_pair

TURKISH = "ğüşıöçĞÜŞİÖÇ°’€…"


def line_by_line(data: bytes, codec: str) -> bytes:
    """The rule, one line at a time: a valid UTF-8 line is kept, any other is read as `codec`."""
    out = []
    for line in data.split(b"\n"):
        try:
            line.decode("utf-8")
            out.append(line)
        except UnicodeDecodeError:
            out.append(line.decode(codec).encode("utf-8"))
    return b"\n".join(out)


line = st.tuples(st.text(alphabet=TURKISH + "abc;\" 09.,:", max_size=30), st.sampled_from(["cp1254", "utf-8"]))


@settings(max_examples=400, deadline=None)
@given(st.lists(line, min_size=1, max_size=12))
def test_chunk_conversion_is_the_line_rule(lines):
    data = b"\n".join(text.encode(codec) for text, codec in lines)
    assert _legacy_lines(data, "cp1254", False, 1) == line_by_line(data, "cp1254")


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=200))
def test_no_utf8_pair_means_no_utf8_line(data):
    # the cheap test may only ever spare the exact one, never overrule it
    if not _utf8_pair(data):
        assert not _may_hold_utf8_lines(data, 0x0A)


@pytest.mark.parametrize("data, pair", [
    (b"", False), (b"abc", False), ("ş;ı".encode("cp1254"), False), ("ş".encode(), True),
    (b"\xc2", False), (b"\x80\xc2", False), (b"a\xf4\xbf", True), (b"\xf5\x80", False), (b"\xc1\x80", False),
])
def test_utf8_pair(data, pair):
    assert _utf8_pair(data) is pair


def test_utf8_pair_across_its_steps():
    data = b"a" * ((1 << 20) - 1) + "ş".encode()   # the pair straddles the first MB's end
    assert _utf8_pair(data)
    assert not _utf8_pair(b"a" * ((1 << 20) - 1) + b"\xc3")
    assert _utf8_pair(b"a" * (3 << 20) + "ş".encode())           # a pair past the first steps
    assert _utf8_pair(b"a" * ((2 << 20) - 1) + "ş".encode())     # ... and across the second step's end


def _legacy_file(tmp_path: Path, lines: list[str], bad_line: int | None = None, end: str = "\n") -> Path:
    data = []
    for number, line in enumerate(lines, start=1):
        raw = line.encode("utf-8") if number % 7 == 0 else line.encode("cp1254")   # a few UTF-8 lines
        if number == bad_line:
            raw += b"\x81"   # not a letter in Windows-1254
        data.append(raw)
    path = tmp_path / "legacy.csv"
    path.write_bytes(end.encode().join(data) + end.encode())
    return path


@pytest.mark.parametrize("end", ["\n", "\r"])
def test_both_cores_write_what_one_writes(tmp_path, end):
    from offline_gui.reading import encoding as enc
    from offline_gui.reading import transcode
    lines = [f"2024-05-25 10:00:{i % 60:02d};{i};7;Şişli Ğüç;P{i};1;{i},50" for i in range(3000)]
    path = _legacy_file(tmp_path, lines, end=end)
    info = enc.EncodingInfo("cp1254")
    one, both = tmp_path / "one.txt", tmp_path / "both.txt"
    transcode._legacy(path, one, info, 1000, end == "\r", 0, 1, "wb")
    transcode._legacy_on_both_cores(path, both, info, 1000, end == "\r", 0, 1, "wb")   # ~100 pieces
    assert both.read_bytes() == one.read_bytes()
    assert one.read_bytes().decode("utf-8").split("\n")[:-1] == lines   # (old Mac line ends become line feeds)


@pytest.mark.parametrize("count_block", [1 << 22, 999])   # lines before the piece counted in one read, or many
def test_both_cores_name_the_same_bad_line(tmp_path, monkeypatch, count_block):
    from offline_gui.errors import CannotRead
    from offline_gui.reading import encoding as enc
    from offline_gui.reading import transcode
    monkeypatch.setattr(transcode, "COUNT_BLOCK", count_block)
    lines = [f"2024-05-25 10:00:00;{i};7;Şişli;P{i};1;2,50" for i in range(3000)]
    path = _legacy_file(tmp_path, lines, bad_line=2345)
    info = enc.EncodingInfo("cp1254")
    messages = []
    for limit in (1 << 40, 0):   # one core, then both (every file is "big")
        monkeypatch.setattr(transcode, "PARALLEL_BYTES", limit)
        with pytest.raises(CannotRead) as caught:
            transcode.to_utf8(path, tmp_path / "out.txt", info, 1000)
        messages.append(caught.value.reason)
    assert messages[0] == messages[1] and "line 2345" in messages[0]


def test_pieces_are_cut_just_past_the_line_end_at_or_after_each_step(tmp_path):
    from offline_gui.reading.transcode import _cuts
    path = tmp_path / "lines.csv"
    path.write_bytes(b"".join(b"%09d\n" % i for i in range(100)))   # lines of 10 bytes
    assert _cuts(path, 0, 25, b"\n") == list(range(0, 1000, 30)) + [1000]
    assert _cuts(path, 0, 19, b"\n") == list(range(0, 1001, 20))   # a step landing on a line end cuts there
    assert _cuts(path, 3, 5000, b"\n") == [3, 1000]                # (after a byte order mark of 3)
    assert _cuts(path, 0, 1000, b"\n") == [0, 1000]
    assert _cuts(path, 0, 25, b"\r") == [0, 1000]                  # no old Mac line end: one piece


def test_a_line_longer_than_a_search_block_is_one_piece(tmp_path):
    from offline_gui.reading.transcode import _cuts
    path = tmp_path / "long.csv"
    path.write_bytes(b"a" * 100_000 + b"\n" + b"b\n" * 10)
    assert _cuts(path, 0, 10, b"\n") == [0, 100_001, 100_013, 100_021]
    path.write_bytes(b"a" * 200_000)   # no line end at all
    assert _cuts(path, 0, 10, b"\n") == [0, 200_000]


def test_both_cores_name_the_same_bad_line_with_old_mac_line_ends(tmp_path, monkeypatch):
    from offline_gui.errors import CannotRead
    from offline_gui.reading import encoding as enc
    from offline_gui.reading import transcode
    lines = [f"2024-05-25 10:00:00;{i};7;Şişli;P{i};1;2,50" for i in range(3000)]
    path = _legacy_file(tmp_path, lines, bad_line=2345, end="\r")
    info = enc.EncodingInfo("cp1254")
    messages = []
    for limit in (1 << 40, 0):   # one core, then both
        monkeypatch.setattr(transcode, "PARALLEL_BYTES", limit)
        with pytest.raises(CannotRead) as caught:
            transcode.to_utf8(path, tmp_path / "out.txt", info, 1000, cr_only=True)
        messages.append(caught.value.reason)
    assert messages[0] == messages[1] and "line 2345" in messages[0]


def test_both_cores_cut_an_old_mac_file_at_its_line_ends_only(tmp_path):
    """A line feed inside a value of an old-Mac (CR) file is not a line end: a piece cut there
    would keep the UTF-8 half of a Windows-1254 line as it is."""
    from offline_gui.reading import encoding as enc
    from offline_gui.reading import transcode
    line = "üöç".encode() + b"\n" + "Ğüç".encode("cp1254")   # not UTF-8 as a whole: read as 1254
    path = tmp_path / "mac.csv"
    path.write_bytes(b"\r".join([line] * 300) + b"\r")
    info = enc.EncodingInfo("cp1254")
    one, both = tmp_path / "one.txt", tmp_path / "both.txt"
    transcode._legacy(path, one, info, 100, True, 0, 1, "wb")
    transcode._legacy_on_both_cores(path, both, info, 100, True, 0, 1, "wb")
    assert both.read_bytes() == one.read_bytes()
    assert one.read_bytes() == (line.decode("cp1254").encode() + b"\n") * 300


@pytest.mark.parametrize("cr_only", [False, True])
def test_utf16_is_converted_whole_with_old_mac_line_ends_made_line_feeds(tmp_path, cr_only):
    import codecs

    from offline_gui.reading import encoding as enc
    from offline_gui.reading import transcode
    end = "\r" if cr_only else "\r\n"
    text = end.join(f"2024-05-25 10:00:00;{i};7;Şişli Ğüç;P{i};1;2,50" for i in range(300)) + end
    path = tmp_path / "wide.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    out = tmp_path / "out.txt"
    transcode.to_utf8(path, out, enc.EncodingInfo("utf-16-le", codecs.BOM_UTF16_LE), 999, cr_only)   # odd chunks
    assert out.read_bytes() == (text.replace("\r", "\n") if cr_only else text).encode("utf-8")


def test_utf16_cut_in_the_middle_of_a_letter_is_refused(tmp_path):
    import codecs

    from offline_gui.errors import CannotRead
    from offline_gui.reading import encoding as enc
    from offline_gui.reading import transcode
    path = tmp_path / "cut.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + "2024-05-25 10:00:00;1;7;Şişli\r\n".encode("utf-16-le") + b"\x41")
    with pytest.raises(CannotRead) as caught:
        transcode.to_utf8(path, tmp_path / "out.txt", enc.EncodingInfo("utf-16-le", codecs.BOM_UTF16_LE), 1000)
    assert "(its text)" in caught.value.reason


@pytest.mark.parametrize("end", ["\n", "\r"])
@pytest.mark.parametrize("cores", [1 << 40, 0])
@pytest.mark.parametrize("limit", [1, 37, 5000])
def test_a_head_then_the_rest_write_what_one_pass_writes(tmp_path, monkeypatch, end, cores, limit):
    """The app shows a legacy file's first rows from its head while the rest converts: the
    two parts must be the very bytes of one conversion, with a byte order mark, UTF-8 lines
    kept as they are, and the rest on one core or on both."""
    from offline_gui.reading import encoding as enc
    from offline_gui.reading import transcode
    monkeypatch.setattr(transcode, "PARALLEL_BYTES", cores)
    lines = [f"2024-05-25 10:00:{i % 60:02d};{i};7;Şişli Ğüç;P{i};1;{i},50" for i in range(800)]
    path = _legacy_file(tmp_path, lines, end=end)
    data = path.read_bytes()
    utf8_line = "2024-05-25 11:00:00;9;7;Çay ₺;P9;1;2,50".encode()
    path.write_bytes(b"\xef\xbb\xbf" + data[:len(data) // 3] + utf8_line + end.encode() + data[len(data) // 3:])
    info = enc.EncodingInfo("cp1254", b"\xef\xbb\xbf")
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    transcode.to_utf8(path, one, info, 1000, end == "\r")
    start, line = transcode.head_to_utf8(path, two, info, end == "\r", limit)
    raw = path.read_bytes()
    assert raw[start - 1:start] == end.encode() and start - 3 >= limit     # the head ends at a line end
    assert line == 1 + raw[3:start].count(end.encode())
    transcode.rest_to_utf8(path, two, info, 1000, end == "\r", start, line)
    assert two.read_bytes() == one.read_bytes()


def test_a_bad_byte_in_the_rest_is_named_by_its_line_in_the_file(tmp_path, monkeypatch):
    from offline_gui.errors import CannotRead
    from offline_gui.reading import encoding as enc
    from offline_gui.reading import transcode
    lines = [f"2024-05-25 10:00:00;{i};7;Şişli;P{i};1;2,50" for i in range(3000)]
    path = _legacy_file(tmp_path, lines, bad_line=2345)
    info = enc.EncodingInfo("cp1254")
    for cores in (1 << 40, 0):
        monkeypatch.setattr(transcode, "PARALLEL_BYTES", cores)
        start, line = transcode.head_to_utf8(path, tmp_path / "out.txt", info, False, 20_000)
        assert 1 < line < 2345
        with pytest.raises(CannotRead) as caught:
            transcode.rest_to_utf8(path, tmp_path / "out.txt", info, 1000, False, start, line)
        assert "line 2345" in caught.value.reason
    path = _legacy_file(tmp_path, lines * 3, bad_line=2345)
    with pytest.raises(CannotRead) as caught:   # and in the head
        transcode.head_to_utf8(path, tmp_path / "out.txt", info, False, 150_000)
    assert "line 2345" in caught.value.reason


def test_files_not_worth_a_head_are_converted_whole(tmp_path):
    import codecs

    from offline_gui.reading import encoding as enc
    from offline_gui.reading import transcode
    path = _legacy_file(tmp_path, [f"a;{i};Ş" for i in range(100)])
    size = path.stat().st_size
    out = tmp_path / "out.txt"
    assert transcode.head_to_utf8(path, out, enc.EncodingInfo("cp1254"), False, size // 2) is None
    assert not out.exists()
    assert transcode.head_to_utf8(path, out, enc.EncodingInfo("cp1254"), False, size // 2 - 20) is not None
    wide = tmp_path / "wide.csv"
    wide.write_bytes(codecs.BOM_UTF16_LE + ("a;b\n" * 1000).encode("utf-16-le"))
    assert transcode.head_to_utf8(wide, out, enc.EncodingInfo("utf-16-le", codecs.BOM_UTF16_LE), False, 10) is None
    long_line = tmp_path / "long.csv"
    long_line.write_bytes(b"x" * 10_000)   # no line end after the limit: nothing to split
    assert transcode.head_to_utf8(long_line, out, enc.EncodingInfo("cp1254"), False, 100) is None


def test_the_head_ends_at_the_first_line_end_from_the_limit(tmp_path):
    """Exactly: a line end right at the limit ends the head there; a line longer than the
    search block (64 kB) is kept whole in the head."""
    from offline_gui.reading import encoding as enc
    from offline_gui.reading import transcode
    info = enc.EncodingInfo("cp1254")
    lines = [f"2024-05-25 10:00:00;{i};7;Şişli;P{i};1;2,50" for i in range(3000)]
    path = _legacy_file(tmp_path, lines)
    raw = path.read_bytes()
    at_end = raw.index(b"\n", 20_000)            # a limit that lands right on a line end
    for limit in (at_end, at_end + 1, at_end - 1):
        start, _line = transcode.head_to_utf8(path, tmp_path / "out.txt", info, False, limit)
        assert start == raw.index(b"\n", limit) + 1
    long_line = "x" * 100_000 + ";Ş"
    path.write_bytes(raw[:20_000] + long_line.encode("cp1254") + b"\n" + raw[20_000:])
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    transcode.to_utf8(path, one, info, 1000)
    start, line = transcode.head_to_utf8(path, two, info, False, 20_010)
    assert start == 20_000 + len(long_line) + 1
    transcode.rest_to_utf8(path, two, info, 1000, False, start, line)
    assert two.read_bytes() == one.read_bytes()


# ---- each worker writes its piece in its place: the lengths told beforehand -------------

ONE_BYTE = ["cp1254", "cp1252", "iso8859-9", "cp857", "mac-turkish", "cp1251", "koi8-r", "cp874", "cp1258"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(ONE_BYTE), st.binary(max_size=300))
def test_the_length_told_is_the_length_converted(codec, data):
    from offline_gui.reading.utf8_length import lengths_for
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return   # refused when converted, whatever length was told
    assert lengths_for(codec).of(data) == len(text.encode("utf-8"))


@pytest.mark.parametrize("codec", ONE_BYTE)
def test_every_letter_of_a_one_byte_encoding_is_told_its_length(codec):
    from offline_gui.reading.utf8_length import lengths_for
    lengths = lengths_for(codec)
    for byte in range(256):
        try:
            letter = bytes([byte]).decode(codec)
        except UnicodeDecodeError:
            continue
        assert lengths.of(bytes([byte]) * 3) == 3 * len(letter.encode("utf-8")), hex(byte)


@pytest.mark.parametrize("codec", ["shift_jis", "gbk", "big5", "euc_kr"])
def test_encodings_with_two_byte_letters_are_not_told(codec):
    from offline_gui.reading.utf8_length import lengths_for
    assert lengths_for(codec) is None


def _both_cores(path: Path, out: Path, chunk: int, mode: str = "wb", start: int = 0) -> None:
    from offline_gui.reading import encoding as enc
    from offline_gui.reading import transcode
    transcode._legacy_on_both_cores(path, out, enc.EncodingInfo("cp1254"), chunk, False, start, 1, mode)


def test_pieces_written_in_their_places_make_the_copy(tmp_path, monkeypatch):
    from offline_gui.reading import transcode
    lines = [f"2024-05-25 10:00:{i % 60:02d};{i};7;Şişli Ğüç’€…;P{i};1;{i},50" for i in range(3000)]
    path = tmp_path / "legacy.csv"
    path.write_bytes("\n".join(lines).encode("cp1254") + b"\n")
    came_back = []
    real = transcode._write_at
    monkeypatch.setattr(transcode, "_write_at", lambda fd, data, at: (came_back.append(at), real(fd, data, at)))
    out = tmp_path / "both.txt"
    _both_cores(path, out, 1000)   # ~150 pieces, each placed by its worker
    assert out.read_bytes() == ("\n".join(lines) + "\n").encode("utf-8")
    assert came_back == []   # (a forked worker's writes are not seen here; this process wrote none)


@pytest.mark.parametrize("utf8_line", [0, 1, 700, 2999])
def test_a_piece_of_another_length_and_those_after_it_come_back_in_order(tmp_path, utf8_line):
    from offline_gui.reading import encoding as enc
    from offline_gui.reading import transcode
    lines = [f"2024-05-25 10:00:{i % 60:02d};{i};7;Şişli Ğüç;P{i};1;{i},50" for i in range(3000)]
    data = [line.encode("utf-8") if i == utf8_line else line.encode("cp1254") for i, line in enumerate(lines)]
    path = tmp_path / "legacy.csv"
    path.write_bytes(b"\n".join(data) + b"\n")
    one, both = tmp_path / "one.txt", tmp_path / "both.txt"
    transcode._legacy(path, one, enc.EncodingInfo("cp1254"), 1000, False, 0, 1, "wb")
    _both_cores(path, both, 1000)
    assert both.read_bytes() == one.read_bytes() == ("\n".join(lines) + "\n").encode("utf-8")


def test_the_rest_goes_on_after_the_first_lines_already_there(tmp_path):
    from offline_gui.reading import encoding as enc
    from offline_gui.reading import transcode
    lines = [f"2024-05-25 10:00:{i % 60:02d};{i};7;Şişli Ğüç;P{i};1;{i},50" for i in range(2000)]
    path = tmp_path / "legacy.csv"
    path.write_bytes("\n".join(lines).encode("cp1254") + b"\n")
    info = enc.EncodingInfo("cp1254")
    out = tmp_path / "copy.txt"
    start, line = transcode.head_to_utf8(path, out, info, False, 5000)
    transcode._legacy_on_both_cores(path, out, info, 1000, False, start, line, "ab")
    assert out.read_bytes() == ("\n".join(lines) + "\n").encode("utf-8")


def test_a_copy_longer_before_is_cut_to_its_length(tmp_path):
    path = tmp_path / "legacy.csv"
    path.write_bytes("Şişli;1\n".encode("cp1254") * 500)
    out = tmp_path / "copy.txt"
    out.write_bytes(b"x" * 100_000)   # "wb" starts it afresh
    _both_cores(path, out, 300)
    assert out.read_bytes() == "Şişli;1\n".encode() * 500


@pytest.mark.parametrize("step", [1, 5, 64])
def test_the_length_is_told_the_same_a_slice_at_a_time(monkeypatch, step):
    import random

    from offline_gui.reading import utf8_length
    monkeypatch.setattr(utf8_length, "_STEP", step)
    rng = random.Random(step)
    for codec in ONE_BYTE:
        lengths = utf8_length.lengths_for(codec)
        letters = [bytes([b]) for b in range(256) if _decodes(bytes([b]), codec)]
        data = b"".join(rng.choice(letters) for _ in range(301))
        assert lengths.of(data) == len(data.decode(codec).encode("utf-8")), codec


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True
