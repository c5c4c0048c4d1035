"""The index and the one record decoder (reading/records.py, reading/decoder.py): where
records start, which lines a quoted value spans, when a quote is given up as unclosed, and the fields of one record.

Written against mutants that survived the rest of the suite (tools/mutation.sh).
"""

from __future__ import annotations

from offline_gui.reading.decoder import (
    QUOTE_BARE,
    QUOTE_STRAY,
    QUOTE_UNCLOSED,
    Decoded,
    parse_record,
    split_record,
)
from offline_gui.reading.records import MAX_RECORD_LINES, build_index


def _records(data: bytes) -> list[bytes]:
    index = build_index(data)
    return [data[slice(*index.bounds(r))] for r in range(len(index))]


def test_closed_lines_with_an_odd_quote_count_are_never_glued_together() -> None:
    data = b'a;"55" TV";c\nd;"66" TV";e\n'
    index = build_index(data)
    assert len(index) == 2 and index.spans == {} and index.unclosed == set()


def test_a_multi_line_value_after_a_closed_odd_line_is_still_joined() -> None:
    data = b'a;"55" TV";c\nd;"two\nlines";e\n'
    assert _records(data) == [b'a;"55" TV";c', b'd;"two\nlines";e']


def test_multi_line_values_deep_in_a_file_are_joined() -> None:
    data = b"".join(b"%d;x\n" % i for i in range(30)) + b'30;"two\nlines"\n31;y\n'
    records = _records(data)
    assert len(records) == 32
    assert records[30] == b'30;"two\nlines"'
    assert build_index(data).line_number(31) == 33


def test_a_quoted_value_may_span_fifty_lines_but_not_fifty_one() -> None:
    fifty = b'a;"' + b"\n".join([b"x"] * MAX_RECORD_LINES) + b'";b\nc;d\n'
    index = build_index(fifty)
    assert len(index) == 2 and index.spans == {0: MAX_RECORD_LINES} and index.unclosed == set()
    fifty_one = b'a;"' + b"\n".join([b"x"] * (MAX_RECORD_LINES + 1)) + b'";b\nc;d\n'
    index = build_index(fifty_one)
    assert 0 in index.unclosed
    assert index.spans == {}


def test_an_unclosed_quote_does_not_stop_later_records_from_being_joined() -> None:
    data = b'a;"never closed\n' + b"".join(b"%d;x\n" % i for i in range(60)) + b'b;"two\nlines"\n'
    index = build_index(data)
    assert 0 in index.unclosed
    assert index.spans == {61: 2}
    assert len(index) == 62


def test_crlf_files_join_a_value_that_ends_the_record() -> None:
    data = b'a;"x\r\ny"\r\nc;d\r\n'
    index = build_index(data)
    assert len(index) == 2 and index.spans == {0: 2} and index.unclosed == set()


def test_crlf_line_whose_last_field_is_quoted_is_closed() -> None:
    data = b'a;"55" TV"\r\nb;c\r\n'
    index = build_index(data)
    assert len(index) == 2 and index.unclosed == set()


def test_blank_lines_are_counted_around_and_inside_quoted_values() -> None:
    data = b'h;1\n\na;"x\n\ny"\n\nc;d\n'   # blank before, an empty line inside the value, blank after
    index = build_index(data)
    assert index.blank_lines == 2
    assert _records(data) == [b"h;1", b'a;"x\n\ny"', b"c;d"]


def test_split_record_reads_quotes_as_rfc4180_with_notes() -> None:
    assert split_record('a;"b;c";"d""e"', ";") == Decoded(["a", "b;c", 'd"e'])
    assert split_record('a;"";b', ";") == Decoded(["a", "", "b"])
    assert split_record('a;"x\r\ny"', ";") == Decoded(["a", "x\r\ny"])
    assert split_record('a;Ekran 55" TV;b', ";") == Decoded(["a", 'Ekran 55" TV', "b"], ((1, QUOTE_BARE),))
    assert split_record('a;"55" TV";b', ";") == Decoded(["a", '55" TV', "b"], ((1, QUOTE_STRAY),))
    assert split_record('a;"x" "y";b', ";") == Decoded(["a", 'x" "y', "b"], ((1, QUOTE_STRAY),))
    assert split_record('a;"open;b', ";") == Decoded(["a", '"open', "b"], ((1, QUOTE_UNCLOSED),), True)
    assert split_record(b'a,"b,c"', b",") == Decoded([b"a", b"b,c"])


def test_parse_record_drops_only_the_final_carriage_return() -> None:
    assert parse_record('a;"x\ry"\r', ";") == ["a", "x\ry"]
    assert parse_record("a;b", ";") == ["a", "b"]


def test_a_file_may_start_with_a_multi_line_quoted_value() -> None:
    data = b'"a\nb";x\nc;d\n'
    index = build_index(data)
    assert index.spans == {0: 2} and len(index) == 2


def test_space_only_lines_are_blank_at_the_start_and_at_the_very_end() -> None:
    assert build_index(b" \na;b\n").blank_lines == 1
    index = build_index(b"a;b\n ")
    assert len(index) == 1 and index.blank_lines == 1


def test_progress_reaches_the_end() -> None:
    calls: list[float] = []
    build_index(b"a;b\nc;d\n", progress=calls.append)
    assert calls and calls[-1] == 1.0


def _nul_message(data: bytes, start: int = 0) -> str:
    from offline_gui.errors import CannotRead
    try:
        build_index(data, start)
    except CannotRead as exc:
        return str(exc)
    return "no error"


def test_nul_bytes_are_refused_naming_the_first_line_that_has_one() -> None:
    assert "(first on line 1)" in _nul_message(b"\x00a;b\nc;d\n")
    assert "(first on line 2)" in _nul_message(b"a;b\nc\x00;d\ne;f\ng\x00;h\n")
    assert "(first on line 2)" in _nul_message(b"\xef\xbb\xbfa;b\nc;\x00\ne;f\ng;h\n", start=3)


def test_block_boundaries_do_not_change_the_index(monkeypatch) -> None:
    import offline_gui.reading.records as records
    data = (b' \n"q\nr";1\r\nx;"55" TV"\r\n\r\n' + b'a;"b\nc";d\n' * 3 + b" \t\n" + b"e;f\n" * 4 + b'"g\nh"\n')
    whole = build_index(data)
    for block in (1, 2, 3, 5, 7, 11):
        monkeypatch.setattr(records, "BLOCK", block)
        small = build_index(data)
        assert small.line_starts.tolist() == whole.line_starts.tolist()
        assert small.record_lines.tolist() == whole.record_lines.tolist()
        assert (small.spans, small.unclosed, small.blank_lines) == (whole.spans, whole.unclosed, whole.blank_lines)


_SAMPLE = (b' \n"q\nr";1\r\nx;"55" TV"\r\n\r\n' + b'a;"b\nc";d\n' * 3 + b" \t\n" + b"e;f\n" * 4 + b'"g\nh"\n')


def test_an_index_from_an_offset_is_the_same_index_shifted() -> None:
    whole = build_index(_SAMPLE)
    after_bom = build_index(b"\xef\xbb\xbf" + _SAMPLE, start=3)
    assert after_bom.line_starts.tolist() == [s + 3 for s in whole.line_starts.tolist()]
    assert after_bom.record_lines.tolist() == whole.record_lines.tolist()
    assert (after_bom.spans, after_bom.unclosed, after_bom.blank_lines) == (
        whole.spans, whole.unclosed, whole.blank_lines)


def test_one_character_lines_are_records_and_crlf_blank_lines_are_blank() -> None:
    index = build_index(b"a;b\nx\nc;d\n")
    assert len(index) == 3 and index.blank_lines == 0
    index = build_index(b"a;b\r\n\r\nc;d\r\n")
    assert len(index) == 2 and index.blank_lines == 1


def test_empty_input_has_no_records() -> None:
    assert len(build_index(b"")) == 0
    assert len(build_index(b"\xef\xbb\xbf", start=3)) == 0


def test_progress_of_a_one_byte_file_reaches_the_end() -> None:
    calls: list[float] = []
    build_index(b"a", progress=calls.append)
    assert calls == [1.0]


def test_a_line_past_the_limit_is_refused_naming_it_and_its_size() -> None:
    from offline_gui.errors import CannotRead
    from offline_gui.reading.records import MAX_LINE_BYTES
    assert len(build_index(b"a;b\n" + b"x" * MAX_LINE_BYTES + b"\n")) == 2   # at the limit: read
    data = b"a;b\n" + b"x" * (3 * MAX_LINE_BYTES // 2) + b"\nc;d\n"
    try:
        build_index(data)
    except CannotRead as exc:
        message = str(exc)
    else:
        message = "no error"
    assert message == ("Line 2 is 1.5 MB long: this is not a line-by-line export (are its line ends missing?). "
                       "Export the data again as CSV.")


def test_a_record_may_start_with_an_empty_field_before_a_quoted_one() -> None:
    assert split_record(';"x"', ";") == Decoded(["", "x"])


def test_a_stray_quote_in_the_last_quoted_field_is_noted() -> None:
    assert split_record('a;"55" TV"', ";") == Decoded(["a", '55" TV'], ((1, QUOTE_STRAY),))


def test_lines_led_by_a_space_are_blank_only_when_nothing_else_is_on_them() -> None:
    index = build_index(b" a;b\n x\n \t\nc;d\n")
    assert len(index) == 3 and index.blank_lines == 1


def test_the_last_line_without_a_line_break_keeps_its_last_byte() -> None:
    data = b"a;b\nc;d"
    index = build_index(data)
    assert index.bounds(1) == (4, 7)
    assert data[slice(*index.bounds(1))] == b"c;d"


def test_nul_refusal_wording() -> None:
    assert _nul_message(b"a;\x00b\n") == ("The file holds NUL bytes (first on line 1): it is damaged or not a text "
                                         "export. Export the data again as CSV.")


def test_a_block_that_starts_inside_a_line_adds_no_line(monkeypatch) -> None:
    import offline_gui.reading.records as records
    data = b"a\rb\nx\nc;d\n"
    whole = build_index(data)
    monkeypatch.setattr(records, "BLOCK", 1)
    small = build_index(data)
    assert len(small) == len(whole) == 3
    assert small.blank_lines == whole.blank_lines == 0
