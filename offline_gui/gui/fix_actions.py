"""Fix all, fix this, fix all like this, and the questions some fixes need."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from .. import values
from ..analysis import DateOrderRefused, decide_date_order
from ..catalog import CATALOG, CODE_IDS, Safety, Scope
from ..fixing import SAFE_RULES, FixContext
from ..i18n import _
from ..spec import REQUIRED_FIELDS
from . import dialogs
from .fix_preview import PreviewLine, confirm_fix_all
from .mapping_dialog import ask_mapping

# Codes a whole-file rule can repair (see fixing.apply_rules and document.rows_for_scan)
RULE_CODES = SAFE_RULES | {"line-break", "encoding-line", "timestamp-format"}
EXAMPLES = 3


class FixActions(QObject):
    def __init__(self, window, session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session

    @property
    def doc(self):
        return self.session.doc

    @property
    def report(self):
        return self.session.report

    def can_fix_like(self, code: str) -> bool:
        if code not in RULE_CODES or self.doc is None:
            return False
        if code not in self.doc.state.rules:
            return True
        # after Fix all, dates without a time still wait for a person's yes to midnight
        return code == "timestamp-format" and not self.doc.state.ctx.midnight and self.report is not None \
            and bool(self._date_only_example())

    def fixable_count(self) -> int:
        if self.report is None:
            return 0
        return sum(n for _code, n in self._safe_counts())

    def _safe_counts(self) -> list[tuple[str, int]]:
        """Safe findings per code, without the stamps that wait for the day/month answer."""
        counts = self.report.code_counts()
        waiting = sum(int(d.params.get("count", 0)) for d in self.report.file_findings
                      if d.code == "date-order-ambiguous")
        out = []
        for code, n in counts.most_common():
            if code in SAFE_RULES and code not in self.doc.state.rules:
                n -= waiting if code == "timestamp-format" else 0
                if n > 0:
                    out.append((code, n))
        return out

    def _examples(self, code: str) -> tuple[tuple[str, str], ...]:
        out = []
        for i in np.flatnonzero(self.report.codes == CODE_IDS[code])[:EXAMPLES * 20].tolist():
            diag = self.report.finding(i, self.doc)
            if code == "field-count":
                out.append((self.tr("%n fields", "", int(diag.params.get("count", 0))),
                            self.tr("%n fields", "", REQUIRED_FIELDS)))
            elif diag.fix is not None and diag.fix.value is not None and diag.fix.safety is Safety.SAFE:
                out.append((diag.value, diag.fix.value))
            out = list(dict.fromkeys(out))
            if len(out) >= EXAMPLES:
                break
        return tuple(out)

    def fix_all(self) -> None:
        if self.report is None or self.session.checking:
            return
        lines = [PreviewLine(_(CATALOG[code].title), n, self._examples(code)) for code, n in self._safe_counts()]
        if not lines:
            self.window.statusBar().showMessage(self.tr("Nothing left that can be fixed automatically."), 5000)
            return
        notes = [d.fix.description for d in self.report.file_findings
                 if d.fix is not None and d.info.scope is Scope.FILE and d.info.by_writer
                 and d.code != "header-present"]
        waiting = [d for d in self.report.file_findings if d.code == "date-order-ambiguous"]
        if waiting:
            notes.append(self.tr("%Ln dates such as {value} are left as they are until you answer "
                                 "\"Day or month first?\"", "", int(waiting[0].params.get("count", 0)))
                         .format(value=waiting[0].value))
        if not confirm_fix_all(self.window, lines, notes):
            return
        rules = self.doc.state.rules | SAFE_RULES
        self.session.change(self.doc.with_state(rules=rules), self.tr("Fix all safe problems"))

    def fix_this(self, index: int) -> None:
        if self.report is None or index >= len(self.report):
            return
        diag = self.report.finding(index, self.doc)
        fields = self.doc.row(diag.row)
        if diag.code == "field-count":
            fields += [""] * (REQUIRED_FIELDS - len(fields))
        elif diag.fix is not None and diag.fix.value is not None and diag.column is not None:
            fields += [""] * (diag.column + 1 - len(fields))
            fields[diag.column] = diag.fix.value
        else:
            return
        self.session.edit_row(diag.row, fields, self.tr("Fix: {title}").format(title=diag.title))

    def fix_like(self, code: str) -> None:
        if not self.can_fix_like(code) or self.session.checking:
            return
        state = self.doc.state
        ctx = state.ctx
        if code == "timestamp-format" and self._order_undecided():
            order = dialogs.ask_date_order(self.window, self._ambiguous_example())
            if order is None:
                return
            ctx = self._order_for_column(order)
            if ctx is None:
                return
        if code == "timestamp-format" and not ctx.midnight:
            example = self._date_only_example()
            if example and dialogs.confirm_midnight(self.window, example):
                ctx = replace(ctx, midnight=True)  # a person's yes, for the whole column
        if code == "encoding-line":
            count = int(self.report.code_counts().get("encoding-line", 0))
            if not dialogs.confirm_encoding_lines(self.window, self.doc.table.source.encoding.label, count):
                return
        self.session.change(self.doc.with_state(rules=state.rules | {code}, ctx=ctx),
                            self.tr("Fix all like this: {title}").format(title=_(CATALOG[code].title)))

    def _date_only_example(self, limit: int = 5000) -> str:
        """A time stamp of the file that has a date but no time of day, or ""."""
        report = self.report
        hits = np.flatnonzero(report.codes == CODE_IDS["timestamp-format"])[:limit]
        for i in hits.tolist():
            value = report.finding(i, self.doc).value
            if values.timestamp_orders(value) and not values.has_clock(value):
                return values.strip_ws(value)
        return ""

    def _order_undecided(self) -> bool:
        return self.report is not None and any(d.code == "date-order-ambiguous" for d in self.report.file_findings)

    def _ambiguous_example(self) -> str:
        for d in self.report.file_findings:
            if d.code == "date-order-ambiguous":
                return d.value
        return ""

    def choose_date_order(self) -> None:
        if self.report is None or self.session.checking:
            return
        if not self._order_undecided() and (self.doc.state.ctx.date_order is None
                                            or self.doc.state.ctx.date_order_decided_by_data):
            self._nothing_to_decide()
            return
        order = dialogs.ask_date_order(self.window, self._ambiguous_example() or "05.06.2024")
        if order is None:
            return
        ctx = self._order_for_column(order)
        if ctx is None:
            return
        state = self.doc.state
        self.session.change(self.doc.with_state(rules=state.rules | {"timestamp-format"}, ctx=ctx),
                            self.tr("Dates: day first") if order == "dmy" else self.tr("Dates: month first"))

    def _nothing_to_decide(self) -> None:
        """Asked from the menu when no date of the file can be read two ways: say so, with the
        value that settles it, instead of asking about an example that is not in the file."""
        ctx = self.report.ctx
        proof = self.report.date_examples.get(frozenset({ctx.date_order}), "") if ctx.date_order else ""
        if proof:
            text = (self.tr("The dates are already clear: the day comes first, since {value} is a real date "
                            "only that way.") if ctx.date_order == "dmy" else
                    self.tr("The dates are already clear: the month comes first, since {value} is a real date "
                            "only that way.")).format(value=proof)
        else:
            text = self.tr("No date in this file can be read two ways: there is nothing to decide.")
        QMessageBox.information(self.window, self.tr("Day or month first?"), text)

    def _order_for_column(self, order: str) -> FixContext | None:
        """The person's answer as the column's one decision, or None (and why) when the
        column's own values contradict it (18.05.2024 cannot be month first)."""
        report = self.report
        try:
            return decide_date_order(report.date_orders, order, self.doc.state.ctx, report.date_examples)
        except DateOrderRefused as exc:
            QMessageBox.warning(self.window, self.tr("Day or month first?"),
                                self.tr("The dates cannot be read that way: {example} in the same column is a "
                                        "real date only the other way round. Check the column, or choose the "
                                        "other order.").format(example=exc.example or "?"))
            return None

    def edit_mapping(self) -> None:
        if self.doc is None:
            return
        answer = ask_mapping(self.window, self.doc)
        if answer is None:
            return
        mapping, dropped = answer
        self.session.change(self.doc.with_state(mapping=mapping, dropped=dropped), self.tr("Change column order"))
