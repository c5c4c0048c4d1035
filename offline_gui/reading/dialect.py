"""Delimiter, header and column mapping, decided from the first lines of a file."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from functools import lru_cache

from ..i18n import N_, _
from ..spec import FREE_NAMES, REQUIRED_FIELDS, TIME_NAMES, TIMESTAMP, Kind, canonical_index, normalize_name
from .decoder import split_record
from .records import MAX_RECORD_LINES

CANDIDATES = (";", "\t", "|", ",")
NAMES = {";": N_("semicolons"), ",": N_("commas"), "\t": N_("tabs"), "|": N_("vertical bars")}
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Layout:
    """How the source's columns relate to the contract's."""
    has_header: bool
    header: tuple[str, ...] = ()
    # mapping[c] = source column shown and written as canonical column c
    mapping: tuple[int, ...] = ()
    unknown: tuple[str, ...] = field(default=())   # header names not recognised
    kept_last: tuple[int, ...] = ()                # source columns whose slot is unknown: written last
    time_source: int | None = None                 # a time-of-day column joined to the date (Tarih;Saat)


def _field_counts(lines: list[str], delimiter: str) -> list[int]:
    """Fields per record of a sample, by the one record decoder: lines a quoted value
    spans (Alt+Enter in Excel) are one record, as the index will read them."""
    counts, at = [], 0
    while at < len(lines):
        text, end = lines[at], at + 1
        decoded = split_record(text, delimiter)
        while decoded.unclosed and end < len(lines) and end - at < MAX_RECORD_LINES:
            joined = text + "\n" + "\n".join(lines[at + 1:end + 1])
            candidate = split_record(joined, delimiter)
            end += 1
            if not candidate.unclosed:
                decoded = candidate
        if decoded.unclosed:
            end = at + 1
        counts.append(len(decoded.fields))
        at = end
    return counts


_SEP_LINE = re.compile(r"\ufeff?sep=(.)\s*", re.IGNORECASE)


def excel_sep_line(line: str) -> str | None:
    """The separator an Excel 'sep=;' first line names, or None for any other line."""
    match = _SEP_LINE.fullmatch(line)
    return match.group(1) if match else None


def detect_delimiter(text: str) -> str:
    """The field separator of a sample; ';' unless the lines clearly say otherwise.

    Decimal commas inside a ';' file and short (unpadded) rows must not fool it,
    and neither must a ';' inside the quoted values of a tab or '|' export: every
    candidate is scored on how many lines it splits into export-like rows, and
    ';' gets a head start.
    """
    lines = [line.removesuffix("\r") for line in text.split("\n")[:200] if line.strip()]
    if not lines:
        return ";"
    named = excel_sep_line(lines[0].rstrip("\r"))
    if named:
        return named
    best, best_score = ";", 0.0
    for delim in CANDIDATES:
        counts = _field_counts(lines, delim)
        multi = sum(1 for n in counts if n > 1) / len(counts)
        if multi < 0.8:
            continue
        mode = statistics.mode(counts)
        consistent = sum(1 for n in counts if n == mode) / len(counts)
        # An export line has the 7 mandatory fields at least; a separator that splits lines
        # into fewer pieces is a decimal comma, a time's colon or a ';' inside one value
        # (Renk: kırmızı; Beden: M …), however consistent.
        wide = sum(1 for n in counts if n >= 7) / len(counts)
        # Lines that make rows only when glued together by a quoted value are a worse reading
        # than lines that are rows by themselves: `55",,"` read with ',' once joined a ';'
        # file's three lines into one "consistent" record and won.
        glued = (len(lines) - len(counts)) / len(lines)
        score = wide * 100 + consistent * 50 + min(mode, 60) + (30 if delim == ";" else 0) - glued * 100
        if score > best_score:
            best, best_score = delim, score
    return best


_DATA_CELL = re.compile(r"[+-]?[\d.,:/ -]*\d[\d.,:/ -]*(?:[eE][+-]?\d+)?")


def _looks_like_data(value: str) -> bool:
    """Numbers, ids, dates and times: what a header name never is (Num1, Var2 are names)."""
    return bool(_DATA_CELL.fullmatch(value.strip()))


def _header_word(name: str) -> bool:
    key = normalize_name(name)
    return canonical_index(name) is not None or key in TIME_NAMES or key in FREE_NAMES


def detect_layout(rows: list[list[str]]) -> Layout:
    """Whether row 1 is a header, and where each of its columns belongs (FORMAT.md).

    Row 1 is a header only when it is not data-shaped: two cells that look like
    numbers, ids or dates make it data, whatever names its free values happen to be.
    """
    if not rows:
        return Layout(False)
    first = [cell.strip() for cell in rows[0]]
    data_like = sum(1 for cell in first if _looks_like_data(cell))
    if data_like >= 2:
        return Layout(False)
    recognised = sum(1 for cell in first if cell and _header_word(cell))
    later = rows[1:6]
    later_data_like = max((sum(1 for c in r if _looks_like_data(c)) for r in later), default=0)
    is_header = recognised >= 2 or (recognised >= 1 and data_like == 0) or (
        data_like == 0 and later_data_like >= 2 and any(first))
    if not is_header:
        return Layout(False)
    return _layout_from_header(tuple(first))


def _layout_from_header(names: tuple[str, ...]) -> Layout:
    """Anchors (columns the contract names) go to their slots; every other column keeps
    its position when the anchors stand in the contract's order, else it goes last."""
    targets: list[int | None] = [canonical_index(name) if name else None for name in names]
    keys = [normalize_name(name) for name in names]
    time_source = None
    if TIMESTAMP in targets:
        for s, key in enumerate(keys):
            if key in TIME_NAMES and targets[s] is None:
                time_source = s
                break
    else:
        for s, key in enumerate(keys):
            if key in TIME_NAMES:
                targets[s] = TIMESTAMP  # a lone "Time" column is the time stamp
                break
    seen: set[int] = set()
    for s, target in enumerate(targets):  # a second column naming the same slot is not an anchor
        if target is not None:
            if target in seen:
                targets[s] = None
            seen.add(target)
    anchors = [(s, t) for s, t in enumerate(targets) if t is not None]
    in_order = all(a[1] < b[1] for a, b in zip(anchors, anchors[1:], strict=False))
    width = max([REQUIRED_FIELDS] + [t + 1 for _, t in anchors])
    slots: dict[int, int] = {t: s for s, t in anchors}
    last: list[int] = []
    previous = -1
    for s, target in enumerate(targets):
        if s == time_source:
            continue
        if target is not None:
            previous = target
            continue
        if not in_order:
            last.append(s)
            continue
        if s not in slots and s >= REQUIRED_FIELDS - 16:  # its own position, a free slot (Var1 on)
            slot = s
        else:  # its position is taken: it follows the named columns before it
            slot = max(s, previous + 1)
            while slot in slots:
                slot += 1
            bound = next((t for later, t in anchors if later > s), None)
            if bound is not None and slot >= bound:
                last.append(s)  # no room before the next named column: keep it, last
                continue
        slots[slot] = s
        previous = slot
        width = max(width, slot + 1)
    next_free = len(names)
    mapping: list[int] = []
    for slot in range(width):
        if slot in slots:
            mapping.append(slots[slot])
        else:  # a source column beyond the header's width: empty in every row that stops there
            mapping.append(next_free)
            next_free += 1
    mapping.extend(last)
    unknown = tuple(names[s] or _("column {n}").format(n=s + 1) for s in last)
    return Layout(True, names, tuple(mapping), unknown, tuple(last), time_source)


@lru_cache(maxsize=64)
def is_identity(mapping: tuple[int, ...]) -> bool:
    return all(source == target for target, source in enumerate(mapping))


def content_kinds(rows: list[list[str]]) -> list[Kind | None]:
    """What kind of value each source column mostly holds, from sample data rows."""
    from ..values import is_valid_timestamp, timestamp_orders
    width = max((len(r) for r in rows), default=0)
    kinds: list[Kind | None] = []
    for col in range(width):
        values = [r[col].strip() for r in rows if col < len(r) and r[col].strip()]
        if len(values) < 3:
            kinds.append(None)
            continue
        ts = sum(1 for v in values if is_valid_timestamp(v) or timestamp_orders(v))
        kinds.append(Kind.TIMESTAMP if ts >= 0.9 * len(values) else None)
    return kinds
