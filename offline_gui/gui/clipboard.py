"""Cell ranges as Excel puts them on the clipboard: tab between cells, CRLF between
rows, a cell holding a tab, a line break or a quote wrapped in quotes (quotes doubled)."""

from __future__ import annotations


def to_tsv(grid: list[list[str]]) -> str:
    def cell(value: str) -> str:
        if any(ch in value for ch in "\t\r\n") or value.startswith('"'):
            return '"' + value.replace('"', '""') + '"'
        return value
    return "".join("\t".join(cell(v) for v in row) + "\r\n" for row in grid)


def from_tsv(text: str) -> list[list[str]]:
    """The grid in `text`; a single trailing line end (Excel always adds one) is not a row."""
    rows: list[list[str]] = []
    row: list[str] = []
    value: list[str] = []
    i, n = 0, len(text)
    at_start = True   # at the start of a cell: a quote here opens a quoted cell
    while i < n:
        ch = text[i]
        if at_start and ch == '"':
            end, parts = i + 1, []
            while end < n:
                if text[end] == '"':
                    if end + 1 < n and text[end + 1] == '"':
                        parts.append('"')
                        end += 2
                        continue
                    break
                parts.append(text[end])
                end += 1
            if end < n and (end + 1 == n or text[end + 1] in "\t\r\n"):
                value.append("".join(parts))
                i = end + 1
                at_start = False
                continue
            # not a well-formed quoted cell: the quote is text
        if ch == "\t":
            row.append("".join(value))
            value, at_start = [], True
        elif ch in "\r\n":
            if ch == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            row.append("".join(value))
            rows.append(row)
            row, value, at_start = [], [], True
        else:
            value.append(ch)
            at_start = False
        i += 1
    if value or row:
        row.append("".join(value))
        rows.append(row)
    return rows
