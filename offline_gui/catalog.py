"""Every diagnostic code the checker can report: severity, wording, rule and fix.

Codes are stable slugs: scripts, saved reports and translations key on them.
Messages are templates filled from a diagnostic's parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Safety(StrEnum):
    SAFE = "safe"          # applied by "fix all" and by `offline-gui fix`
    UNSAFE = "unsafe"      # needs a person's yes (or a CLI option)
    NONE = "none"          # cannot be repaired by a machine: flag only


class Scope(StrEnum):
    FILE = "file"          # applied when writing; no cell changes
    CELL = "cell"
    ROW = "row"


class Availability(StrEnum):
    ALWAYS = "always"        # every finding of the code has its fix
    SOMETIMES = "sometimes"  # only when the value (or its column) allows one reading
    NEVER = "never"


@dataclass(frozen=True)
class CodeInfo:
    """Everything the product decides per code; the CLI, the app and the writer ask here."""
    code: str
    severity: Severity
    scope: Scope
    title: str
    message: str           # template; {value} and the diagnostic's params
    rule: str              # the contract rule, quoted to the user
    fix: str               # what the fix does, or "" when there is none
    safety: Safety
    availability: Availability = Availability.NEVER
    whole_column: bool = False   # its fix is decided for the whole column (day/month order)
    by_writer: bool = False      # the writer repairs it whenever a file is saved

    @property
    def blocks_upload(self) -> bool:
        """A row with this finding cannot go into the upload as it is."""
        return self.severity is Severity.ERROR and self.scope is not Scope.FILE and not self.by_writer

    @property
    def has_fix(self) -> bool:
        return self.availability is not Availability.NEVER


def _c(code: str, severity: Severity, scope: Scope, title: str, message: str, rule: str,
       fix: str = "", safety: Safety = Safety.NONE, *, sometimes: bool = False, whole_column: bool = False,
       by_writer: bool = False) -> CodeInfo:
    availability = Availability.NEVER if not fix else Availability.SOMETIMES if sometimes else Availability.ALWAYS
    return CodeInfo(code, severity, scope, title, message, rule, fix, safety, availability, whole_column,
                    by_writer or scope is Scope.FILE and safety is Safety.SAFE)


E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO
F, C, R = Scope.FILE, Scope.CELL, Scope.ROW
SAFE, UNSAFE = Safety.SAFE, Safety.UNSAFE

_ALL = (
    _c("bom", E, F, "Byte-order mark",
       "The file starts with a {encoding} byte-order mark.",
       "The file must be UTF-8 without a byte-order mark: it would become part of the first time stamp.",
       "Saved without the byte-order mark.", SAFE),
    _c("encoding", E, F, "Not UTF-8",
       "The file is encoded as {encoding}, not UTF-8.",
       "The file must be UTF-8.", "Saved as UTF-8 (letters kept as they are).", SAFE),
    _c("encoding-line", E, R, "Line in another encoding",
       "This line is not valid UTF-8; it reads as {encoding}: {value}",
       "The file must be UTF-8 throughout.",
       "Read this line as {encoding} and save it as UTF-8.", UNSAFE),
    _c("delimiter", E, F, "Wrong separator",
       "Fields are separated by {delimiter_name}, not by semicolons.",
       "Fields must be separated by ';'.", "Saved with ';' between fields.", SAFE),
    _c("sep-line", E, F, "Excel 'sep=' line",
       "Line 1 is Excel's '{value}' hint, not data.",
       "Every line is one event (or the optional header).", "Saved without that line.", SAFE),
    _c("header-present", I, F, "Header row",
       "Row 1 is a header row ({names}).",
       "A header row is optional.", "Saved with or without the standard header, as you choose.", SAFE),
    _c("header-unknown", W, F, "Columns with no known place",
       "The header moves the named columns, so where these belong is not known: {names}. "
       "They are kept at the end, as further transaction attributes.",
       "The columns have a fixed order (Time Stamp, Customer ID, Event Type, ...).",
       "", Safety.NONE),
    _c("column-order", E, F, "Column order",
       "The columns are not in the contract's order: {moves}.",
       "The 23 columns have a fixed order.", "Saved with the columns in the contract's order.", SAFE),
    _c("column-order-content", W, F, "Columns look swapped",
       "Column {source} looks like {target} values: {moves}.",
       "The 23 columns have a fixed order.", "Move the columns to where their values belong.", UNSAFE),
    _c("date-range", I, F, "Date range", "Events run from {first} to {last}.", "", ""),
    _c("date-order-ambiguous", E, F, "Day or month first?",
       "{count} time stamps such as {value} could be day/month or month/day.",
       "Time stamps are YYYY-MM-DD HH:MM:SS.",
       "Convert them once you say whether the day or the month comes first.", UNSAFE),
    _c("blank-lines", W, F, "Blank lines", "{count} blank lines are skipped.",
       "Every line is one event.", "Saved without the blank lines.", SAFE),
    _c("no-data", E, F, "No data rows", "The file has no data rows: there is nothing to upload.",
       "An upload holds at least one event.", ""),
    _c("unclosed-quote", E, R, "Unclosed quote",
       "A quote opened on this line is never closed; the line was read on its own.",
       "A field that starts with \" must end with \"; a \" inside it is doubled.", ""),
    _c("quote-in-field", E, C, "Quote inside a value",
       "'{value}' holds a quote (\") but is not written in quotes.",
       "A value that contains \" is written in quotes, with the \" doubled.",
       "Saved in quotes with the quote doubled; the value stays exactly the same.", SAFE, by_writer=True),
    _c("quote-stray", E, C, "Quote that may end the value",
       "'{value}' holds a quote that is not doubled: it could end the value or be part of it.",
       "A value that contains \" is written in quotes, with the \" doubled.", ""),
    _c("field-count", E, R, "Too few fields",
       "This row has {count} fields; a row needs at least 23 (22 semicolons).",
       "Blank optional fields must keep their semicolons.",
       "Add the missing empty fields at the end.", SAFE, by_writer=True),
    _c("duplicate-row", W, R, "Duplicate row",
       "This row is an exact copy of row {other}.",
       "Each event should be uploaded once; check that this is a real second purchase.", ""),
    _c("mandatory-missing", E, C, "Missing mandatory value",
       "{column} is mandatory and empty.", "{column} is a mandatory field.", ""),
    _c("timestamp-format", E, C, "Time stamp layout",
       "'{value}' is not written as YYYY-MM-DD HH:MM:SS.",
       "Time stamps are YYYY-MM-DD HH:MM:SS, e.g. 2014-05-25 12:25:43.",
       "Write it as {fixed}.", SAFE, sometimes=True, whole_column=True),
    _c("timestamp-invalid", E, C, "Not a time stamp",
       "'{value}' is not a date and time.",
       "Time stamps are YYYY-MM-DD HH:MM:SS, e.g. 2014-05-25 12:25:43.", ""),
    _c("event-type-decimal", E, C, "Event type with decimals",
       "Event type '{value}' is not a whole number.", "Event type is 7 for purchases.",
       "Write it as {fixed}.", SAFE),
    _c("event-type-invalid", E, C, "Event type not a number",
       "Event type '{value}' is not a whole number.", "Event type is 7 for purchases.", ""),
    _c("event-type-unusual", W, C, "Unusual event type",
       "Event type '{value}' is not 7 (purchase), the only documented value.",
       "Event type is 7 for purchases.", ""),
    _c("number-decimal-comma", E, C, "Decimal comma",
       "'{value}' uses a comma as the decimal separator.",
       "Numbers use a dot for decimals and no thousands separator: 1234.50.",
       "Write it as {fixed}.", SAFE, sometimes=True, whole_column=True),
    _c("number-thousands", E, C, "Thousands separator",
       "'{value}' has a thousands separator.",
       "Numbers use a dot for decimals and no thousands separator: 1234.50.",
       "Write it as {fixed}.", SAFE, sometimes=True, whole_column=True),
    _c("number-invalid", E, C, "Not a number",
       "'{value}' is not a number.", "{column} must be a number, e.g. 1234.50.", ""),
    _c("id-scientific", E, C, "Customer id damaged by Excel",
       "'{value}' is an id that Excel turned into scientific notation; the digits are lost.",
       "The customer id must be the same id the website / app sends.",
       ""),
    _c("id-decimal", E, C, "Customer id with .0",
       "'{value}' ends in a zero decimal (.0 or ,0) that Excel added.",
       "The customer id must be the same id the website / app sends.",
       "Write it as {fixed}.", SAFE),
    _c("whitespace", W, C, "Extra spaces",
       "'{value}' has spaces at the start or end.", "Values should not carry stray spaces.",
       "Write it as '{fixed}'.", SAFE),
    _c("personal-data", W, F, "Personal data",
       "{column}{header} looks like {kind}: {hits} of {filled} sampled values.",
       "The platform needs the customer id, not phone numbers, e-mail addresses or national id numbers "
       "in other columns: personal data stays home.",
       "Leave {column} out of the upload.", UNSAFE),
    _c("event-old", W, F, "Old events",
       "The oldest event, {first}, is {days} days before today ({today}).",
       "Offline conversions count only within {limit} days of the event; older events may be ignored.", ""),
    _c("event-future", W, F, "Events in the future",
       "The newest event, {last}, is after today ({today}); check the till's clock.",
       "An event cannot happen after the file was exported.", ""),
    _c("line-break", W, C, "Line break in a field",
       "This value contains a line break.",
       "A line break inside a field is legal but risky for a line-based importer.",
       "Replace the line break with a space.", UNSAFE),
)

CATALOG: dict[str, CodeInfo] = {info.code: info for info in _ALL}
# Codes that keep a row out of the upload (`fix` exits 1, or rejects the row with --drop-invalid).
BLOCKING: frozenset[str] = frozenset(code for code, info in CATALOG.items() if info.blocks_upload)
CODES: tuple[str, ...] = tuple(CATALOG)
CODE_IDS: dict[str, int] = {code: i for i, code in enumerate(CODES)}


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def render(template: str, params: dict[str, object]) -> str:
    return template.format_map(_Blank(params))
