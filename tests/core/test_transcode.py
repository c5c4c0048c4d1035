"""The chunk-at-a-time transcoding of a one-byte encoding gives what reading each line does."""

from __future__ import annotations

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
