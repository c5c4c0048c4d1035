"""What the user is working on: the table plus their decisions, as a light overlay.

Layers, bottom to top: source rows -> column mapping -> accepted rules (fix all
like this) -> cell edits. The source is never changed; undo restores a state.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from .fixing import Edit, FixContext, apply_rules
from .reading.decoder import QUOTE_BARE, QUOTE_UNCLOSED, Decoded
from .reading.dialect import is_identity
from .spec import REQUIRED_FIELDS
from .table import Table


@dataclass(frozen=True)
class State:
    """Everything a user can change; small and immutable, so undo is a swap."""
    mapping: tuple[int, ...]
    rules: frozenset[str] = frozenset()
    ctx: FixContext = FixContext()
    edits: dict[int, tuple[str, ...]] = field(default_factory=dict)  # row -> canonical fields
    time_source: int | None = None      # a time-of-day column joined to the date (Tarih;Saat)
    dropped: frozenset[int] = frozenset()  # source columns the user left out of the upload
    # data rows the user deleted: shown struck through, never checked or written; undo restores them
    deleted: frozenset[int] = frozenset()

    @property
    def identity(self) -> bool:
        """Source rows are written in their own column order, nothing joined or left out."""
        return self.time_source is None and not self.dropped and is_identity(self.mapping)


@lru_cache(maxsize=256)
def output_sources(mapping: tuple[int, ...], width: int, time_source: int | None = None,
                   dropped: frozenset[int] = frozenset()) -> tuple[int, ...]:
    """The source column each output column of a `width`-field row comes from: the one layout
    that `canonical` applies and that `source_column` / `canonical_column` invert.

    The 23 contract slots keep their places (a dropped one is empty); past them, a dropped
    column is not written at all; source columns the mapping skips follow, in order.
    """
    positions = [m if m not in dropped else EMPTY for m in mapping[:REQUIRED_FIELDS]]
    positions += [m for m in mapping[REQUIRED_FIELDS:] if m not in dropped]
    if width > len(mapping) or any(m >= len(mapping) for m in mapping):
        used = set(mapping) | dropped | ({time_source} if time_source is not None else set())
        positions += [i for i in range(width) if i not in used]
    return tuple(positions)


EMPTY = -1  # an output column no source column fills


def canonical(fields: list[str], mapping: tuple[int, ...], identity: bool,
              time_source: int | None = None, dropped: frozenset[int] = frozenset()) -> list[str]:
    """Source fields in contract order (see output_sources).

    A joined time-of-day column completes the date (`25.05.2024` + `14:03` ->
    `25.05.2024 14:03`, which the time stamp rule then converts); a dropped column
    is not written.
    """
    if identity:
        if len(fields) < len(mapping):
            return fields + [""] * (len(mapping) - len(fields))
        return fields
    n = len(fields)
    out = [fields[s] if 0 <= s < n else "" for s in output_sources(mapping, n, time_source, dropped)]
    if time_source is not None and time_source < n:
        clock = fields[time_source]
        if clock.strip(" \t"):
            out[0] = f"{out[0]} {clock}" if out[0] else clock
    return out


def source_column(column: int, mapping: tuple[int, ...], dropped: frozenset[int] = frozenset(),
                  time_source: int | None = None) -> int:
    """The 0-based source column a contract column comes from (the inverse of canonical_column)."""
    if column < len(mapping) and column < REQUIRED_FIELDS:
        return mapping[column]
    # a row that has this column is at least this wide: any wider layout has the same prefix
    width = len(mapping) + len(dropped) + column + 1
    return output_sources(mapping, width, time_source, dropped)[column]


def location(diag, table: Table, state: State) -> tuple[int | None, int | None]:
    """A finding's 1-based row and column as a spreadsheet shows the source file (None: the
    whole file or the whole row). The one place CLI output, reports and change logs get them."""
    if diag.row is None:
        return None, None
    row = table.source_row(diag.row)
    if diag.column is None:
        return row, None
    return row, source_column(diag.column, state.mapping, state.dropped, state.time_source) + 1


def canonical_column(source: int, mapping: tuple[int, ...], width: int, dropped: frozenset[int] = frozenset(),
                     time_source: int | None = None) -> int | None:
    """Where source column `source` of a `width`-field row stands in contract order (the inverse
    of `canonical`): a joined time of day stands in the time stamp; a column left out nowhere."""
    if source == time_source:
        return 0
    try:
        return output_sources(mapping, width, time_source, dropped).index(source)
    except ValueError:
        return None


def find_column(layout_header: tuple[str, ...], name: str, width: int) -> int:
    """The 0-based source column a person named: a header name (case, Turkish letters and
    spacing folded) or a 1-based column number up to the file's `width`. Raises ValueError
    with what exists: a mistyped column must never be "left out" without anyone noticing."""
    from .i18n import _
    from .spec import normalize_name
    key = normalize_name(name)
    for i, header in enumerate(layout_header):
        if header and normalize_name(header) == key:
            return i
    if name.strip().isdigit() and 1 <= int(name) <= width:
        return int(name) - 1
    known = ", ".join(f"'{h}'" for h in layout_header if h) or _("none (the file has no header)")
    raise ValueError(_("There is no column '{name}'. Name a header ({known}) or a column number from 1 to "
                       "{width}.").format(name=name, known=known, width=width))


class Document:
    def __init__(self, table: Table) -> None:
        self.table = table
        from .rejects import rejects_columns  # our own rejects file: its reason columns are not data
        self.state = State(mapping=table.layout.mapping, time_source=table.layout.time_source,
                           dropped=rejects_columns(table.layout.header))

    @property
    def row_count(self) -> int:
        return self.table.row_count

    @property
    def kept_rows(self) -> int:
        """Rows that go to the upload unless they have errors: all but the deleted ones."""
        return self.table.row_count - len(self.state.deleted)

    def with_state(self, **changes) -> State:
        return replace(self.state, **changes)

    def row(self, row: int) -> list[str]:
        """The row as it will be saved."""
        return self._effective(row)[0]

    def typed(self, row: int, fields: list[str]) -> tuple[str, ...]:
        """What to keep for a row a person edited: the cells they changed as typed, and every
        other cell as it was before the accepted rules, so later decisions (the day/month
        order, a rule undone) still reach it and the change log lists only what was typed."""
        current = self.row(row)
        before = self.state.edits.get(row)
        if before is None:
            state = self.state
            before = canonical(self.table.decoded(row).fields, state.mapping, state.identity,
                               state.time_source, state.dropped)
        kept = []
        for col, value in enumerate(fields):
            untouched = col < len(current) and value == current[col]
            kept.append((before[col] if col < len(before) else "") if untouched else value)
        return tuple(kept)

    def source_field_count(self, row: int) -> int:
        """The field count the checker judges (the source's, unless edited or padded)."""
        return self._effective(row)[1]

    def _effective(self, row: int) -> RowOut:
        decoded = _EDITED if row in self.state.edits else self.table.decoded(row)
        return effective_row(row, decoded, self.state, self.state.identity)

    def quotes(self, row: int) -> tuple[tuple[int, int], ...]:
        """The decoder's quote notes for a row, in contract columns."""
        return self._effective(row)[2]

    def iter_rows(self, lo: int = 0, hi: int | None = None) -> Iterator[RowInput]:
        """(row, source text, fields as saved, source field count, odd encoding, quote notes)."""
        hi = self.row_count if hi is None else hi
        yield from rows_for_scan(self.table.iter_rows(lo, hi), self.state)

    def width(self) -> int:
        """Columns written: the contract's 23 plus the extra ones not left out."""
        mapping, dropped = self.state.mapping, self.state.dropped
        extra = sum(1 for m in mapping[REQUIRED_FIELDS:] if m not in dropped)
        return max(REQUIRED_FIELDS, min(len(mapping), REQUIRED_FIELDS) + extra)


class RowOut(NamedTuple):
    fields: list[str]                  # as saved, in contract order
    nfields: int                       # the field count the checker judges
    quotes: tuple[tuple[int, int], ...]  # the decoder's quote notes, in contract columns (-1: the record)


# what an edited row is decoded as: its fields come from the edit
_EDITED = Decoded([])

RowInput = tuple[int, str, list[str], int, bool, tuple]  # row, text, fields, field count, odd encoding, quotes


def effective_row(row: int, decoded: Decoded, state: State, identity: bool,
                  log: list[Edit] | None = None) -> RowOut:
    """One decoded source row as it will be saved, and what the checker judges of its source.

    The single place the layers meet: cell edits win; otherwise the mapping, then
    the accepted rules (an accepted field-count rule means the row will be padded).
    With `log`, every changed cell is recorded (column, before, after, rule).
    """
    edited = state.edits.get(row) if state.edits else None
    if edited is not None:
        out = list(edited)
        if log is not None and decoded is not _EDITED:  # what was typed, then what the rules did to it
            base = canonical(decoded.fields, state.mapping, identity, state.time_source, state.dropped)
            base = base + [""] * (len(out) - len(base))
            log.extend((c, base[c], v, "edit") for c, v in enumerate(out) if base[c] != v)
        if state.rules:   # accepted whole-file fixes hold for what the user types too (12,50 -> 12.50)
            out = apply_rules(out, state.rules, state.ctx, log)
        return RowOut(out, max(len(edited), REQUIRED_FIELDS), ())
    fields = decoded.fields
    nfields = len(fields)
    if "field-count" in state.rules:
        nfields = max(nfields, REQUIRED_FIELDS)
    out = canonical(fields, state.mapping, identity, state.time_source, state.dropped)
    if state.rules:
        out = apply_rules(out, state.rules, state.ctx, log)
    quotes = decoded.quotes
    if quotes and "quote-in-field" in state.rules:  # accepted: the writer quotes them, the value stays
        quotes = tuple(note for note in quotes if note[1] != QUOTE_BARE)
    if quotes:
        if decoded.unclosed:
            quotes = ((-1, QUOTE_UNCLOSED),)
        elif not identity:
            placed = ((canonical_column(c, state.mapping, len(fields), state.dropped, state.time_source), k)
                      for c, k in quotes)
            quotes = tuple((c, k) for c, k in placed if c is not None)
    return RowOut(out, nfields, quotes)


def rows_for_scan(rows, state: State) -> Iterator[RowInput]:
    """Apply a state's layers to decoded source rows (row, text, decoded, bad encoding)."""
    identity = state.identity
    accept_encoding = "encoding-line" in state.rules
    for row, text, decoded, bad in rows:
        out, nfields, quotes = effective_row(row, decoded, state, identity)
        if state.edits and row in state.edits:
            text = ";".join(out)
        yield row, text, out, nfields, bad and not accept_encoding, quotes
