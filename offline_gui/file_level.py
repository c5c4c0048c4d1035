"""The findings about a file as a whole (its encoding, separator, header, column order,
date range, blank lines, personal data), beside the report's cell and row findings."""

from __future__ import annotations

from dataclasses import dataclass

from . import privacy, recency
from .diagnostics import Diagnostic
from .document import Document
from .fixing import FixContext
from .i18n import Join, Text
from .reading import dialect
from .reading.dialect import NAMES
from .spec import REQUIRED_FIELDS, TIMESTAMP, column_name
from .validation import ScanResult


def _moves(state, header: tuple[str, ...]) -> Join:
    """Where the file's columns go, in words; empty slots say they stay empty.

    Parts are Text, so the words follow a language switch after the check."""
    mapping = state.mapping
    moves: list[object] = []
    empty: list[str] = []
    if state.time_source is not None:
        name = header[state.time_source] if state.time_source < len(header) else ""
        moves.append(Text("'{name}' (column {source}) is the time of day: it is joined to the date in column 1",
                          name=name or state.time_source + 1, source=state.time_source + 1))
    for source in sorted(state.dropped):
        name = header[source] if source < len(header) else ""
        if name:
            moves.append(Text("column {source} ({name}) is left out", source=source + 1, name=name))
        else:
            moves.append(Text("column {source} is left out", source=source + 1))
    for target, source in enumerate(mapping[:REQUIRED_FIELDS]):
        if source == target:
            continue
        if source < len(header) and header[source]:
            moves.append(Text("'{name}' is column {source} but belongs in column {target} ({column})",
                              name=header[source], source=source + 1, target=target + 1,
                              column=column_name(target)))
        elif source < len(header):
            moves.append(Text("column {source} belongs in column {target} ({column})",
                              source=source + 1, target=target + 1, column=column_name(target)))
        else:
            empty.append(column_name(target))
    if empty:
        moves.append(Text("no column of the file fills {columns}",
                          columns=", ".join(empty[:4]) + (" …" if len(empty) > 4 else "")))
    return Join(moves[:5], "; ", " …" if len(moves) > 5 else "")


SAMPLED = max(privacy.SAMPLE_ROWS, 100)   # the rows first_rows reads


@dataclass(frozen=True)
class Sample:
    """What the file's findings take from its first rows alone."""
    personal: list[dict[str, object]]
    time_stamps_in: int | None   # see _content_suggestion


def first_rows(doc: Document) -> Sample:
    suggestion = _content_suggestion(doc) if doc.state.identity and not doc.table.layout.has_header else None
    return Sample(privacy.findings_params(doc), suggestion)


def file_findings(doc: Document, total: ScanResult, ctx: FixContext,
                  sample: Sample | None = None) -> list[Diagnostic]:
    """The findings about the file as a whole; `sample`: first_rows(doc), when made already."""
    table, out = doc.table, []
    sample = sample if sample is not None else first_rows(doc)
    info = table.source.encoding
    text_file = table.source.sheet is None

    def add(code: str, value: str = "", **params: object) -> None:
        from .fixing import fix_for
        out.append(Diagnostic(code, None, None, value, params, fix_for(code, value, ctx, params)))

    if info.bom and info.is_utf8:
        add("bom", encoding="UTF-8")
    if text_file and not info.is_utf8:
        add("encoding", encoding=Text(info.label))
    if text_file and table.delimiter != ";":
        add("delimiter", table.delimiter,
            delimiter_name=Text(NAMES[table.delimiter]) if table.delimiter in NAMES else table.delimiter)
    if table.preamble:
        add("sep-line", f"sep={table.delimiter}")
    layout = table.layout
    if layout.has_header:
        add("header-present", names=", ".join(layout.header[:6]) + (" …" if len(layout.header) > 6 else ""))
    left_out = {layout.header[i] for i in doc.state.dropped if i < len(layout.header)}
    unknown = [n for n in layout.unknown if n not in left_out]
    if unknown:
        add("header-unknown", names=", ".join(f"'{n}'" for n in unknown[:8]))
    if not doc.state.identity:
        add("column-order", moves=_moves(doc.state, layout.header))
    elif not layout.has_header:
        suggestion = sample.time_stamps_in
        if suggestion is not None:
            add("column-order-content", source=suggestion + 1, target=column_name(TIMESTAMP),
                moves=Text("column {source} holds the time stamps, column 1 does not", source=suggestion + 1))
    if total.ts_min:
        add("date-range", first=total.ts_min, last=total.ts_max)
    ambiguous = sum(n for k, n in total.orders.items() if len(k) > 1)
    if ambiguous and ctx.date_order is None:
        example = next(v for k, v in total.order_examples.items() if len(k) > 1)
        add("date-order-ambiguous", example, count=ambiguous)
    if table.index.blank_lines:
        add("blank-lines", count=table.index.blank_lines)
    if doc.row_count == 0:
        add("no-data")
    for code, value, params in recency.findings_params(total.ts_min, total.ts_max):
        add(code, value, **params)
    for params in sample.personal:
        add("personal-data", str(params["column"]), **params)
    return out


def _content_suggestion(doc: Document) -> int | None:
    """A source column that clearly holds the time stamps when column 1 does not."""
    sample = [doc.table.fields(r) for r in range(min(100, doc.row_count))]
    kinds = dialect.content_kinds(sample)
    from .spec import Kind
    if not kinds or kinds[0] is Kind.TIMESTAMP:
        return None
    for col, kind in enumerate(kinds):
        if kind is Kind.TIMESTAMP:
            return col
    return None
