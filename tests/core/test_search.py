"""Find and replace as pure functions (the app runs them in a worker)."""

from __future__ import annotations

from offline_gui.document import Document
from offline_gui.search import find_next, plan_replace, replaced
from offline_gui.table import load

PAD = ";" * 16


def test_replace_keeps_the_rest_of_the_value_and_the_case_rule():
    assert replaced("Sku-1 sku-2", "sku", "P", match_case=False) == "P-1 P-2"
    assert replaced("Sku-1 sku-2", "sku", "P", match_case=True) == "Sku-1 P-2"
    assert replaced("Straße", "STRASSE", "x", match_case=False) == "Straße"   # no guessing across ß


def test_find_goes_round_once_and_replace_stays_in_its_column(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("".join(f"2024-05-0{i} 10:00:00;10{i};7;GIDA;SKU{i};1;1.00{PAD}\n" for i in range(1, 5)))
    table = load(path)
    try:
        doc = Document(table)
        assert find_next(doc, "sku", 1, 4, None, False) == (2, 4)
        assert find_next(doc, "sku", 3, 4, None, False) == (0, 4)          # wraps to the top
        assert find_next(doc, "SKU3", 2, 4, 4, True) == (2, 4)             # back to the cell it started on
        assert find_next(doc, "nope", 0, 0, None, False) is None
        doc.state = doc.with_state(deleted=frozenset({1}))
        plan = plan_replace(doc, "SKU", "P", 4, True, 10)
        assert [(row, after) for row, _fields, after in plan] == [(0, "P1"), (2, "P3"), (3, "P4")]
        assert plan_replace(doc, "GIDA", "G", 3, True, 2) is None           # past the limit: narrow it down
    finally:
        table.close()


def test_the_quick_text_test_never_misses_what_rules_or_quotes_make(tmp_path):
    from offline_gui.fixing import SAFE_RULES
    path = tmp_path / "x.csv"
    path.write_text(f'2024-05-01 10:00:00;101;7;GIDA;"Ekran 55"" TV";1;12,50{PAD}\n'
                    f"2024-05-02 10:00:00;102;7;GIDA;SKU;1;3.00{PAD}\n")
    table = load(path)
    try:
        doc = Document(table)
        assert find_next(doc, 'Ekran 55" TV', 1, 0, None, True) == (0, 4)     # the text holds "" not "
        assert find_next(doc, "12.50", 1, 0, None, True) is None
        doc.state = doc.with_state(rules=SAFE_RULES)
        assert find_next(doc, "12.50", 1, 0, None, True) == (0, 6)            # made by the decimal-comma fix
        doc.state = doc.with_state(edits={1: tuple(["2024-05-02 10:00:00", "102", "7", "G", "TYPED"] + [""] * 18)})
        assert find_next(doc, "typed", 0, 6, None, False) == (1, 4)
    finally:
        table.close()
