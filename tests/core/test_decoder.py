"""The one record decoder: its C-speed path for common quoted records reads exactly what
its general loop reads, on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from offline_gui.reading import decoder
from offline_gui.reading.decoder import QUOTE_BARE, QUOTE_STRAY, QUOTE_UNCLOSED, split_record


@settings(max_examples=3000, deadline=None)
@given(text=st.text(st.sampled_from(list('ab;"\n\r ,|\tş')), max_size=24),
       delimiter=st.sampled_from([";", ",", "\t", "|"]))
def test_the_regex_path_reads_what_the_loop_reads(text, delimiter):
    fast = decoder._simple_fields(text, delimiter)
    if fast is None:
        return
    saved = decoder._simple_fields
    decoder._simple_fields = lambda *_: None
    try:
        slow = split_record(text, delimiter)
    finally:
        decoder._simple_fields = saved
    assert slow.fields == fast and slow.quotes == () and not slow.unclosed


_VALUE = st.text(st.sampled_from(list('ab;"\n\r ,|\tş')), max_size=8)


@settings(max_examples=2000, deadline=None)
@given(fields=st.lists(st.tuples(_VALUE, st.booleans()), min_size=1, max_size=8),
       delimiter=st.sampled_from([";", ",", "\t", "|"]))
def test_records_of_whole_quoted_fields_take_the_fast_path(fields, delimiter):
    """Written the way a spreadsheet writes them (any value quoted, quotes inside doubled),
    such records are read by the fast path, to the values written."""
    values = [value if quoted else value.replace('"', "").replace(delimiter, "") for value, quoted in fields]
    text = delimiter.join('"' + value.replace('"', '""') + '"' if quoted else value
                          for value, (_v, quoted) in zip(values, fields, strict=True))
    fast = decoder._simple_fields(text, delimiter)
    assert fast == values
    assert split_record(text, delimiter).fields == values


def test_what_the_decoder_notices():
    assert split_record('a;"b;c";"d""e";', ";").fields == ["a", "b;c", 'd"e', ""]
    assert split_record('55" TV;x', ";").quotes == ((0, QUOTE_BARE),)
    assert split_record('"Ekran 55" TV";x', ";").fields == ['Ekran 55" TV', "x"]
    assert split_record('"Ekran 55" TV";x', ";").quotes == ((0, QUOTE_STRAY),)
    unclosed = split_record('a;"open;x', ";")
    assert unclosed.unclosed and unclosed.fields == ["a", '"open', "x"] and unclosed.quotes == ((1, QUOTE_UNCLOSED),)
    assert split_record('"a\r\nb";c', ";").fields == ["a\r\nb", "c"]
    assert split_record(b'"a,b",c', b",").fields == [b"a,b", b"c"]
