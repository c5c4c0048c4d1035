"""The change log (changes.py): one change per cell, first value before, last after, every
rule that touched it; the row's changes as the upload will hold them; one line per change.

Written against mutants that survived the rest of the suite (tools/mutation.sh).
"""

from __future__ import annotations

from pathlib import Path

from core_util import row, text, write

from offline_gui import changes
from offline_gui.changes import Change, change_line, merge, row_changes
from offline_gui.document import Document
from offline_gui.fixing import SAFE_RULES
from offline_gui.table import load


def test_two_rules_on_one_cell_make_one_change() -> None:
    edits = [(1, " 1001.0", "1001.0", "whitespace"), (1, "1001.0", "1001", "id-decimal")]
    assert merge(3, edits) == [Change(3, 1, " 1001.0", "1001", "whitespace+id-decimal")]


def test_a_rule_is_named_once_and_cells_come_in_column_order() -> None:
    edits = [(8, "a", "b", "edit"), (2, "7,0", "7", "event-type-decimal"), (8, "b", "c", "edit")]
    assert merge(0, edits) == [Change(0, 2, "7,0", "7", "event-type-decimal"), Change(0, 8, "a", "c", "edit")]


def test_a_cell_changed_back_is_no_change() -> None:
    assert merge(0, [(4, "x", "y", "edit"), (4, "y", "x", "edit")]) == []


def test_change_lines_are_one_based_and_a_record_change_has_no_column() -> None:
    assert change_line(Change(0, 1, " 1001", "1001", "whitespace"), 2, 2) == "2;2; 1001;1001;whitespace"
    assert change_line(Change(4, changes.ROW, "a;b", "c", "encoding-line"), 6, None) == '6;;"a;b";c;encoding-line'


def test_row_changes_lists_what_the_upload_will_hold_differently(tmp_path: Path) -> None:
    rows = [row(cid=" 1001.0", n2="94,64"), row()]
    table = load(write(tmp_path / "in.csv", text(rows)))
    try:
        doc = Document(table)
        doc.state = doc.with_state(rules=SAFE_RULES)
        assert row_changes(doc, 0) == [Change(0, 1, " 1001.0", "1001", "whitespace+id-decimal"),
                                       Change(0, 6, "94,64", "94.64", "number-decimal-comma")]
        assert row_changes(doc, 1) == []
        doc.state = doc.with_state(edits={1: tuple(row(name="P2"))})
        assert row_changes(doc, 1) == [Change(1, 4, "P1", "P2", "edit")]
    finally:
        table.close()
