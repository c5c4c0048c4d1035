"""Findings -> fixes (data) -> new cell values. Pure functions, no state.

A "rule" is a finding code the user (or `fix`) accepted for the whole file:
"fix all like this". Rules are applied to a row on the fly, so accepting a rule
for a million rows costs nothing until the rows are read or written.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from . import values
from .catalog import CATALOG, Safety, Scope
from .diagnostics import Fix
from .i18n import N_
from .spec import CUSTOMER_ID, EVENT_TYPE, NUM1, NUM2, REQUIRED_FIELDS, TIMESTAMP


@dataclass(frozen=True)
class FixContext:
    """Decisions that apply to a whole column, made from all its values or by a person."""
    date_order: str | None = None       # "dmy" or "mdy" for stamps like 05/06/2024
    date_order_decided_by_data: bool = False
    date_conflict: bool = False         # the column holds both 18.05.2024 and 05.18.2024: convert none
    midnight: bool = False              # a person accepted 00:00:00 for dates without a time
    # Num1 / Num2: what a lone comma before three digits (2,345) means in that column:
    # "decimal" or "thousands", decided from the column's other values or by a person
    commas: tuple[tuple[int, str], ...] = ()
    comma_default: str | None = None    # a person's answer for columns the data leaves open

    def comma(self, column: int) -> str | None:
        return next((meaning for col, meaning in self.commas if col == column), self.comma_default)


def decide_commas(evidence: Counter, base: FixContext) -> FixContext:
    """What a lone comma means in Num1 and Num2, each from its own column's values:
    decided only when the column shows one convention and not the other."""
    decided = []
    for col in (NUM1, NUM2):
        decimal, thousands = evidence.get((col, "decimal"), 0), evidence.get((col, "thousands"), 0)
        if decimal and not thousands:
            decided.append((col, "decimal"))
        elif thousands and not decimal:
            decided.append((col, "thousands"))
    return replace(base, commas=tuple(decided))


def fixed_value(code: str, value: str, ctx: FixContext, column: int | None = None) -> str | None:
    """The repaired text for one cell finding, or None when a machine cannot tell."""
    if code == "whitespace":
        return values.strip_ws(value)
    stripped = values.strip_ws(value)
    if code == "timestamp-format":
        return convert_timestamp(stripped, ctx)
    if code in ("number-decimal-comma", "number-thousands"):
        return values.fix_number(stripped, ctx.comma(column) if column is not None else None)
    if code == "event-type-decimal":
        return values.fix_event_type(stripped)
    if code == "id-decimal":
        return values.fix_customer_id(stripped)
    if code == "line-break":
        return " ".join(value.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return None


_LAYOUT_ONLY = frozenset({"ymd", "serial"})


def convert_timestamp(value: str, ctx: FixContext) -> str | None:
    """The column's one decision applied to one value; None where a person must decide."""
    orders = values.timestamp_orders(value)
    if not orders or (not ctx.midnight and not values.has_clock(value)):
        return None  # a date without a time is never given 00:00:00 unless a person said so
    if orders <= _LAYOUT_ONLY:
        return values.convert_timestamp(value, next(iter(orders)))
    if ctx.date_conflict:
        return None
    if ctx.date_order is not None:  # the column's order, for every value of it
        return values.convert_timestamp(value, ctx.date_order) if ctx.date_order in orders else None
    if len(orders) == 1:
        return values.convert_timestamp(value, next(iter(orders)))
    return None


def timestamp_hint(value: str, ctx: FixContext) -> str:
    """Why a time stamp cannot be converted by itself: what the person must decide.

    An English text id: Fix.description translates it when it is shown."""
    orders = values.timestamp_orders(value)
    if orders and not values.has_clock(value):
        return N_("It has no time of day. Add the time, or accept midnight (00:00:00) for these dates.")
    if ctx.date_conflict:
        return N_("The column holds day-first and month-first dates; correct the ones that do not fit.")
    if ctx.date_order is not None and orders and ctx.date_order not in orders:
        return N_("It does not fit the column's day/month order; correct it by hand.")
    return N_("Say whether the day or the month comes first; then it can be converted.")


def fix_for(code: str, value: str, ctx: FixContext,
            params: dict[str, object] | None = None, column: int | None = None) -> Fix | None:
    """The fix a finding offers, with its safety, as the user will see it.

    `params` are the finding's message parameters (e.g. the encoding an odd line
    reads as); they fill the fix's description.
    """
    info = CATALOG[code]
    if not info.fix:
        return None
    if info.scope is not Scope.CELL:
        return Fix(info.safety, info.fix, None, dict(params or {}))
    new = fixed_value(code, value, ctx, column)
    if new is None:
        if code == "timestamp-format":
            return Fix(Safety.UNSAFE, timestamp_hint(value, ctx))
        if code == "number-decimal-comma" and values.is_lone_comma(value):
            return Fix(Safety.UNSAFE, N_("'{value}' could be {decimal} or {thousands}, and the column does not say "
                                         "which; type the number as it should be."), None,
                       {"value": values.strip_ws(value), "decimal": values.fix_number(value, "decimal"),
                        "thousands": values.fix_number(value, "thousands")})
        return None
    safety = info.safety
    if code == "timestamp-format" and (
            len(values.timestamp_orders(values.strip_ws(value))) > 1 and not ctx.date_order_decided_by_data
            or not values.has_clock(value)):
        safety = Safety.UNSAFE  # a person chose the order, or midnight; never "fix all" it silently
    return Fix(safety, info.fix, new)


# Fixes that need a person, and what saying yes to each means (`fix --accept CODE`, or a
# question in the app): the whole file's lines in another encoding read as that encoding;
# line breaks inside values become spaces; dates without a time get midnight; a lone comma
# before three digits (2,345) is a decimal comma where the column does not say otherwise.
ACCEPTABLE = ("encoding-line", "line-break", "timestamp-format", "number-decimal-comma")


def accept(rules: frozenset[str], ctx: FixContext, codes) -> tuple[frozenset[str], FixContext]:
    """The rules and column decisions after a person accepted these codes' unsafe fixes."""
    for code in codes:
        if code not in ACCEPTABLE:
            raise ValueError(f"'{code}' has no fix a person can accept here; codes that do: "
                             + ", ".join(ACCEPTABLE) + ".")
        if code in ("encoding-line", "line-break"):
            rules = rules | {code}
        elif code == "timestamp-format":
            ctx = replace(ctx, midnight=True)
        else:
            ctx = replace(ctx, comma_default="decimal")
    return rules, ctx


SAFE_RULES = frozenset(code for code, info in CATALOG.items()
                       if info.safety is Safety.SAFE and info.scope is not Scope.FILE)

_COLUMN_OF = {"timestamp-format": (TIMESTAMP,), "number-decimal-comma": (NUM1, NUM2),
              "number-thousands": (NUM1, NUM2), "event-type-decimal": (EVENT_TYPE,),
              "id-decimal": (CUSTOMER_ID,)}


Edit = tuple[int, str, str, str]  # column, before, after, rule: one change a rule made to a cell


def apply_rules(fields: list[str], rules: frozenset[str], ctx: FixContext,
                log: list[Edit] | None = None) -> list[str]:
    """A row with every accepted rule applied; the input list is not changed.

    With `log`, every cell a rule changes is recorded as an edit (column, before,
    after, rule), in the order applied: the change log is what was done, not a diff.
    """
    out = fields
    if "field-count" in rules and len(out) < REQUIRED_FIELDS:
        out = out + [""] * (REQUIRED_FIELDS - len(out))  # new empty fields: no value changes
    if "whitespace" in rules:
        stripped = [values.strip_ws(v) for v in out]
        if stripped != out:
            if log is not None:
                log.extend((c, a, b, "whitespace") for c, (a, b) in enumerate(zip(out, stripped, strict=True))
                           if a != b)
            out = stripped
    if "line-break" in rules and any("\n" in v or "\r" in v for v in out):
        joined = [fixed_value("line-break", v, ctx) if ("\n" in v or "\r" in v) else v for v in out]
        if log is not None:
            log.extend((c, a, b, "line-break") for c, (a, b) in enumerate(zip(out, joined, strict=True)) if a != b)
        out = joined
    for code, columns in _COLUMN_OF.items():
        if code not in rules:
            continue
        for col in columns:
            if col >= len(out):
                continue
            value = out[col]
            if _fine(col, value):
                continue
            if _has(code, values.strip_ws(value)):
                new = fixed_value(code, value, ctx, col)
                if new is not None and new != value:
                    if out is fields:
                        out = list(fields)
                    out[col] = new
                    if log is not None:
                        log.append((col, value, new, code))
    return out


def _fine(col: int, value: str) -> bool:
    """Values no rule would touch, told apart cheaply (most values of a column)."""
    if col == TIMESTAMP:
        return values.is_valid_timestamp(value)
    if col == EVENT_TYPE:
        return value == "7"
    if col == CUSTOMER_ID:
        return value.isdigit()
    return values.NUMBER.fullmatch(value) is not None


def _has(code: str, value: str) -> bool:
    if code == "timestamp-format":
        return bool(value) and not values.is_valid_timestamp(value)
    if code.startswith("number-"):
        return values.check_number(value) == code
    if code == "event-type-decimal":
        return values.check_event_type(value) == code
    if code == "id-decimal":
        return values.check_customer_id(value) == code
    return False
