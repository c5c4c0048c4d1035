"""Delimiter, header and column mapping, decided from the first lines of a file."""

from __future__ import annotations

import csv
import re
import statistics
from dataclasses import dataclass, field
from functools import lru_cache

from ..spec import COLUMNS, Kind, canonical_index

CANDIDATES = (";", "\t", "|", ",")
NAMES = {";": "semicolons", ",": "commas", "\t": "tabs", "|": "vertical bars"}
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Layout:
    """How the source's columns relate to the contract's."""
    has_header: bool
    header: tuple[str, ...] = ()
    # mapping[c] = source column shown and written as canonical column c
    mapping: tuple[int, ...] = ()
    unknown: tuple[str, ...] = field(default=())


def _field_counts(lines: list[str], delimiter: str) -> list[int]:
    counts = []
    for line in lines:
        if '"' in line:
            try:
                counts.append(len(next(csv.reader([line], delimiter=delimiter, strict=False))))
            except (csv.Error, StopIteration):
                counts.append(line.count(delimiter) + 1)
        else:
            counts.append(line.count(delimiter) + 1)
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
    lines = [line for line in text.split("\n")[:200] if line.strip()]
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
        # An export line has 7+ fields; a separator that splits lines into two or
        # three pieces is a decimal comma or a time's colon, however consistent.
        wide = sum(1 for n in counts if n >= 5) / len(counts)
        score = wide * 100 + consistent * 50 + min(mode, 60) + (30 if delim == ";" else 0)
        if score > best_score:
            best, best_score = delim, score
    return best


def _looks_like_data(value: str) -> bool:
    return bool(_DIGIT.search(value))


def detect_layout(rows: list[list[str]]) -> Layout:
    """Whether row 1 is a header, and where each recognised column belongs."""
    if not rows:
        return Layout(False)
    first = [cell.strip() for cell in rows[0]]
    known = [canonical_index(name) for name in first]
    recognised = sum(1 for k in known if k is not None)
    data_like = sum(1 for cell in first if _looks_like_data(cell))
    later = rows[1:6]
    later_data_like = max((sum(1 for c in r if _looks_like_data(c)) for r in later), default=0)
    is_header = recognised >= 2 or (
        recognised >= 1 and data_like == 0
    ) or (data_like == 0 and later_data_like >= 2 and any(first))
    if not is_header:
        return Layout(False)
    if recognised < 2:  # a header, but not one we can map: keep the file's order
        return Layout(True, tuple(first), tuple(range(max(len(COLUMNS), len(first)))),
                      tuple(name for name, k in zip(first, known, strict=False) if k is None and name))
    return Layout(True, tuple(first), *_mapping_from_header(first, known))


def _mapping_from_header(
    names: list[str], known: list[int | None]
) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Source column for every canonical position; unknown columns go at the end."""
    width = max(len(COLUMNS), max((k + 1 for k in known if k is not None), default=0))
    slots: list[int | None] = [None] * width
    leftover: list[int] = []
    unplaced: list[int] = []
    for source, target in enumerate(known):
        if target is not None and slots[target] is None:
            slots[target] = source
        else:
            unplaced.append(source)
    for source in unplaced:  # an unknown name keeps its place when that place is free
        if source < width and slots[source] is None:
            slots[source] = source
        else:
            leftover.append(source)
    unknown = tuple(names[s] for s in unplaced if names[s])
    # Empty slots take source columns nobody claimed, beyond the header's width,
    # so every canonical column still has one (possibly empty) source column.
    next_free = len(names)
    mapping: list[int] = []
    for slot in slots:
        if slot is None:
            mapping.append(next_free)
            next_free += 1
        else:
            mapping.append(slot)
    mapping.extend(leftover)
    return tuple(mapping), unknown


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
