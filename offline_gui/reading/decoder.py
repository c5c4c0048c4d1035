"""The one record decoder: a record's text -> its fields, and what it noticed about quotes.

Every path that reads a record's fields asks it: the row checker's decoded rows, the
table, the report, the index's walk over quoted values that span lines, the re-check
of a saved file.
"""

from __future__ import annotations

from dataclasses import dataclass

# What the decoder noticed about a record's quoting, per field (source column index).
QUOTE_BARE = 1      # a quote inside an unquoted field (55" TV): kept as text; the writer must quote it
QUOTE_STRAY = 2     # an undoubled quote inside a quoted field, followed by text: two readings possible
QUOTE_UNCLOSED = 4  # a quoted field never closes: the record is read on its own, quotes as text


@dataclass(frozen=True)
class Decoded:
    """One record's fields and what the decoder noticed; `quotes` is () for most records."""
    fields: list[str]
    quotes: tuple[tuple[int, int], ...] = ()   # (source field, QUOTE_*) pairs
    unclosed: bool = False


def split_record(text, delimiter) -> Decoded:
    """The one field decoder: a record's text (str or bytes, no final line break) -> Decoded.

    RFC 4180 quoting, with the readings a store export needs: a quote inside an
    unquoted field is text (flagged, so the writer quotes it); a doubled quote
    inside a quoted field is one quote; a lone quote inside a quoted field that is
    not followed by the separator or the end is kept as text but flagged (it could
    also end the field); a quoted field that never closes makes the record be read
    on its own with its quotes as text. Line breaks inside quotes are kept exactly
    (CR, LF and CRLF).
    """
    quote = '"' if isinstance(text, str) else b'"'
    if quote not in text:
        return Decoded(text.split(delimiter))
    if isinstance(text, str):
        simple = _simple_fields(text, delimiter)
        if simple is not None:
            return Decoded(simple)
    fields: list = []
    notes: list[tuple[int, int]] = []
    n, i = len(text), 0
    empty = text[:0]
    while True:
        if text[i:i + 1] == quote:
            parts, j = [], i + 1
            while True:
                k = text.find(quote, j)
                if k < 0:  # never closes: read the record on its own, quotes as text
                    return Decoded(text.split(delimiter), ((len(fields), QUOTE_UNCLOSED),), True)
                after = text[k + 1:k + 2]
                if after == quote:  # a doubled quote is one quote
                    parts.append(text[j:k + 1])
                    j = k + 2
                elif after == delimiter or k + 1 == n:
                    parts.append(text[j:k])
                    i = k + 1
                    break
                else:  # 55" TV inside quotes: text, but it could have ended the field
                    if not notes or notes[-1] != (len(fields), QUOTE_STRAY):
                        notes.append((len(fields), QUOTE_STRAY))
                    parts.append(text[j:k + 1])
                    j = k + 1
            fields.append(empty.join(parts))
            if i >= n:
                return Decoded(fields, tuple(notes))
            i += 1  # the separator
        else:
            k = text.find(delimiter, i)
            end = n if k < 0 else k
            value = text[i:end]
            if quote in value:
                notes.append((len(fields), QUOTE_BARE))
            fields.append(value)
            if k < 0:
                return Decoded(fields, tuple(notes))
            i = k + 1


def _simple_fields(text: str, delimiter: str) -> list[str] | None:
    """The common quoted record (whole fields in quotes, quotes inside doubled) read by C's
    split and find, one step per quoted field (3-4 times faster than a regex step per field);
    None sends anything else to the full decoder, which gives the same fields.

    Every quote must open a field (at the start or after a separator), or be doubled inside
    one, or close it (before a separator or the end); a record with any other quote is not
    this simple shape.
    """
    if len(delimiter) != 1:
        return None
    fields = text.split(delimiter)
    find, count = text.find, text.count
    part, seen = 0, 0     # the part of `fields` that holds text[seen], a field's start
    at = find('"')
    while at >= 0:
        if at and text[at - 1] != delimiter:
            return None   # a quote inside a field without quotes
        end = find('"', at + 1)
        while end >= 0 and text[end + 1:end + 2] == '"':
            end = find('"', end + 2)
        if end < 0 or (end + 1 < len(text) and text[end + 1] != delimiter):
            return None   # never closes, or closes before more text
        part += count(delimiter, seen, at)
        inside = count(delimiter, at, end)
        fields[part:part + inside + 1] = [text[at + 1:end].replace('""', '"')]
        seen = end + 1
        at = find('"', seen)
    return fields


def parse_record(text: str, delimiter: str) -> list[str]:
    """Fields of one record's text (see split_record)."""
    if text.endswith("\r"):
        text = text[:-1]
    return split_record(text, delimiter).fields
