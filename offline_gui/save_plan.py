"""How many rows a save would write and leave out: the numbers the save question shows.

Counts come from the report (the one record of findings) and the catalog's rule
of what blocks an upload, so the question, the writer and the command line agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from .analysis import Report
from .export import blocking_rows
from .fixing import SAFE_RULES


@dataclass(frozen=True)
class SavePlan:
    rows: int               # data rows in the document
    rejected: int           # rows left out if saved as they are now
    rejected_after_fixes: int  # rows left out once the safe fixes not yet accepted are applied
    complete: bool          # False: the check was cancelled, the numbers cover only part of the file

    @property
    def written(self) -> int:
        return self.rows - self.rejected

    @property
    def written_after_fixes(self) -> int:
        return self.rows - self.rejected_after_fixes

    @property
    def fixes_help(self) -> bool:
        return self.rejected_after_fixes < self.rejected


def plan_save(report: Report, accepted_rules: frozenset[str] = frozenset(), deleted: int = 0) -> SavePlan:
    bad = blocking_rows(report)
    # stamps waiting for the day/month answer stay wrong after the safe fixes
    waiting = any(d.code == "date-order-ambiguous" for d in report.file_findings)
    fixable = set(SAFE_RULES - accepted_rules) - ({"timestamp-format"} if waiting else set())
    still_bad = sum(1 for codes in bad.values() if not set(codes) <= fixable)
    return SavePlan(report.row_count - deleted, len(bad), still_bad, report.complete)
