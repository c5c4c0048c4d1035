"""Issue 10's save faults, through the real window: names, overwrites, 0-row saves,
safe fixes first, one save at a time, a source changed meanwhile, cancelled checks."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import PAD, rows_text
from guihelpers import open_and_wait
from PySide6.QtWidgets import QMessageBox

from offline_gui import cli
from offline_gui.errors import CannotRead
from offline_gui.fixing import SAFE_RULES
from offline_gui.gui import save_flow, save_questions
from offline_gui.gui import session as session_module
from offline_gui.gui.save_dialog import SaveDialog
from offline_gui.save_plan import plan_save


def answer_save(monkeypatch, target: Path, fix_first: bool = False, seen: list | None = None) -> None:
    def fake(parent, source, header, as_zip, plan=None):
        if seen is not None:
            seen.append(plan)
        return (target, False, False, fix_first)
    monkeypatch.setattr(save_flow, "ask_save", fake)


def save_and_wait(qtbot, window):
    with qtbot.waitSignal(window.session.saved, timeout=15000) as blocker:
        window.actions_["save"].trigger()
    return blocker.args[0]


def test_the_suggested_name_keeps_the_whole_stem(qtbot, tmp_path):
    may, june = tmp_path / "Satis 25.05.2024.csv", tmp_path / "Satis 25.06.2024.csv"
    names = []
    for source in (may, june):
        dialog = SaveDialog(source, False, True)
        qtbot.addWidget(dialog)
        names.append(Path(dialog.path_edit.text()).name)
    assert names == ["Satis 25.05.2024-upload.zip", "Satis 25.06.2024-upload.zip"]


@pytest.mark.parametrize("answer", ["cancel", "keep", "replace"])
def test_an_existing_upload_is_never_replaced_without_asking(qtbot, window, sample, tmp_path, monkeypatch, answer):
    open_and_wait(qtbot, window, sample)
    target = tmp_path / "export-upload.csv"
    target.write_text("MAY UPLOAD\n")
    answer_save(monkeypatch, target, fix_first=True)
    monkeypatch.setattr(save_questions, "ask_blocking", lambda parent, n, written: True)
    labels = {"cancel": "Cancel", "keep": "Keep both", "replace": "Replace"}

    def click(box):   # the real question box; the user clicks one of its buttons
        assert "export-upload.csv already exists" in box.text()
        next(b for b in box.buttons() if b.text() == labels[answer]).click()
    monkeypatch.setattr(QMessageBox, "exec", click)
    if answer == "cancel":
        window.actions_["save"].trigger()
        assert target.read_text() == "MAY UPLOAD\n"
        assert not (tmp_path / "export-upload (2).csv").exists()
        return
    result = save_and_wait(qtbot, window)
    if answer == "keep":
        assert result.path == tmp_path / "export-upload (2).csv"
        assert target.read_text() == "MAY UPLOAD\n"
    else:
        assert result.path == target and target.read_text() != "MAY UPLOAD\n"
    assert cli.main(["check", str(result.path)]) == 0


def test_the_save_dialog_shows_rows_and_offers_the_safe_fixes_first(qtbot, window, sample, tmp_path, monkeypatch):
    open_and_wait(qtbot, window, sample)
    plan = plan_save(window.session.report)
    assert (plan.rows, plan.rejected, plan.rejected_after_fixes) == (5, 3, 1)
    dialog = SaveDialog(sample, False, False, window, plan)
    qtbot.addWidget(dialog)
    assert dialog.fix_box.isChecked() and not dialog.fix_box.isHidden()
    assert "4 rows will be written" in dialog.plan_label.text() and "1 row" in dialog.plan_label.text()
    dialog.fix_box.setChecked(False)
    assert "2 rows will be written" in dialog.plan_label.text() and "3 rows" in dialog.plan_label.text()
    assert dialog.values().fix_first is False

    target = tmp_path / "out.csv"
    answer_save(monkeypatch, target, fix_first=True)
    asked = []
    monkeypatch.setattr(save_questions, "ask_blocking",
                        lambda parent, n, written: asked.append((n, written)) or True)
    result = save_and_wait(qtbot, window)
    assert asked == [(1, 4)]          # the real numbers, after the fixes were checked again
    assert (result.rows_written, result.rows_rejected) == (4, 1)
    assert window.session.doc.state.rules >= SAFE_RULES
    assert "Saved 4 rows" in window.statusBar().currentMessage()


def test_a_save_with_no_valid_row_is_refused_not_called_a_success(qtbot, window, tmp_path, monkeypatch,
                                                                 no_blocking_dialogs):
    path = tmp_path / "broken.csv"
    path.write_text(rows_text([f"2024-05-01 10:00:00;100{i};7;GIDA;;1;1.00" for i in range(3)]))
    open_and_wait(qtbot, window, path)
    target = tmp_path / "out.csv"
    answer_save(monkeypatch, target)
    monkeypatch.setattr(save_questions, "ask_blocking", lambda *args: pytest.fail("nothing to ask about"))
    saved = []
    window.session.saved.connect(saved.append)
    window.actions_["save"].trigger()
    assert not target.exists() and not saved
    warnings = [args for name, args in no_blocking_dialogs if name == "warning"]
    assert warnings and "None of the 3 rows can be uploaded" in warnings[0][2]
    assert "passes" not in window.statusBar().currentMessage()


def test_save_is_disabled_while_saving(qtbot, window, sample, tmp_path, monkeypatch):
    open_and_wait(qtbot, window, sample)
    release = threading.Event()
    real_save = session_module.save

    def slow_save(*args, **kwargs):
        release.wait(10)
        return real_save(*args, **kwargs)
    monkeypatch.setattr(session_module, "save", slow_save)
    answer_save(monkeypatch, tmp_path / "out.csv", fix_first=True)
    monkeypatch.setattr(save_questions, "ask_blocking", lambda parent, n, written: True)
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: window.session.saving, timeout=15000)
    assert not window.actions_["save"].isEnabled() and not window.strip.save_button.isEnabled()
    window.save_for_upload()                       # a second save (e.g. from a shortcut) is refused
    assert "already running" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.session.saved, timeout=15000):
        release.set()
    assert window.actions_["save"].isEnabled() and window.strip.save_button.isEnabled()


@pytest.mark.parametrize("how", ["rewritten-before", "unreadable-during", "rewritten-during"])
def test_a_source_changed_during_a_save_is_a_plain_message(qtbot, window, sample, tmp_path, monkeypatch, how):
    open_and_wait(qtbot, window, sample)
    crashes = []
    monkeypatch.setattr("offline_gui.gui.dialogs.show_crash", lambda *args: crashes.append(args))
    errors = []
    monkeypatch.setattr("offline_gui.gui.dialogs.show_error", lambda parent, title, text: errors.append(text))
    if how == "rewritten-before":
        sample.write_text(rows_text(["2024-05-01 10:00:00;1;7;G;S;1;1.00"]))
    elif how == "rewritten-during":
        real_save = session_module.save

        def rewritten(*args, **kwargs):
            result = real_save(*args, **kwargs)
            sample.write_text(sample.read_text() + rows_text(["2024-05-09 10:00:00;9;7;G;S;1;1.00"]))
            return result
        monkeypatch.setattr(session_module, "save", rewritten)
    else:
        def gone(*args, **kwargs):
            raise CannotRead("export.csv changed while it was being read (it is shorter now).")
        monkeypatch.setattr(session_module, "save", gone)
    answer_save(monkeypatch, tmp_path / "out.csv", fix_first=True)
    monkeypatch.setattr(save_questions, "ask_blocking", lambda parent, n, written: True)
    with qtbot.waitSignal(window.session.save_failed, timeout=15000):
        window.actions_["save"].trigger()
    assert not crashes and len(errors) == 1
    assert ("shorter" in errors[0]) if how == "unreadable-during" else ("changed by another program" in errors[0])
    assert not (tmp_path / "out.csv").exists()


def test_a_cancelled_check_is_labelled_and_save_checks_everything_first(qtbot, window, sample, tmp_path,
                                                                       monkeypatch):
    real = session_module.analyse
    monkeypatch.setattr(session_module, "analyse", lambda doc, **kw: real(doc, progress=kw.get("progress"),
                                                                          cancelled=lambda: True))
    open_and_wait(qtbot, window, sample)
    assert not window.session.report.complete
    assert "cancelled after 0 of 5 rows" in window.statusBar().currentMessage()
    assert "check cancelled" in window.strip.headline.text()
    asked = []
    monkeypatch.setattr(save_flow, "ask_save", lambda *args, **kw: asked.append(args))
    monkeypatch.setattr(session_module, "analyse", real)
    with qtbot.waitSignal(window.validated, timeout=15000):
        window.actions_["save"].trigger()      # no save question on partial counts: the whole file is checked
    assert not asked and window.session.report.complete


def test_the_app_counts_the_same_errors_as_the_command_line(qtbot, window, capsys):
    sample = Path(__file__).parents[2] / "resources" / "samples" / "store-export-tr.csv"
    assert cli.main(["check", str(sample)]) == 1
    summary = capsys.readouterr().out.strip().splitlines()[-1]   # "...: 41 rows, 128 errors, 2 warnings: ..."
    errors = summary.split(", ")[1]
    open_and_wait(qtbot, window, sample)
    assert errors in window.strip.headline.text()


def test_typed_values_follow_the_accepted_fixes(qtbot, window, sample, monkeypatch):
    from offline_gui.gui import fix_actions
    open_and_wait(qtbot, window, sample)
    monkeypatch.setattr(fix_actions, "confirm_fix_all", lambda *args: True)
    with qtbot.waitSignal(window.validated, timeout=15000):
        window.actions_["fix_all"].trigger()
    model = window.table_view.model()
    model.setData(model.index(0, 6), "12,50")
    model.setData(model.index(2, 0), "29.02.2024 10:00")
    assert model.index(0, 6).data() == "12.50"
    assert model.index(2, 0).data() == "2024-02-29 10:00:00"
    assert window.session.report.codes_at(0, 6) == [] and window.session.report.codes_at(2, 0) == []
    assert not set(window.session.report.code_counts()) & {"number-decimal-comma", "timestamp-format"}


def test_our_rejects_file_reopened_keeps_its_reasons_out(qtbot, window, tmp_path, monkeypatch):
    from offline_gui.rejects import HEADER
    from offline_gui.spec import header_row
    from offline_gui.writing import format_row
    rejects = tmp_path / "out.rejected.csv"
    lines = [format_row([*HEADER, *header_row(23)]),
             "5;Missing mandatory value;2024-05-01 10:00:00;1001;7;GIDA;SKU1;1;10.50" + PAD]
    rejects.write_text("\n".join(lines) + "\n")
    open_and_wait(qtbot, window, rejects)
    model = window.table_view.model()
    assert model.index(0, 0).data() == "2024-05-01 10:00:00" and model.index(0, 4).data() == "SKU1"
    target = tmp_path / "again.csv"
    answer_save(monkeypatch, target, fix_first=True)
    save_and_wait(qtbot, window)
    written = target.read_text().splitlines()
    assert written == ["2024-05-01 10:00:00;1001;7;GIDA;SKU1;1;10.50" + PAD]
    assert "Missing" not in target.read_text()


def test_a_workbook_with_several_sheets_asks_with_the_active_one_first(qtbot, window, tmp_path, monkeypatch):
    import openpyxl

    from offline_gui.gui import dialogs
    path = tmp_path / "satis.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Mayıs"
    wb.active.append(["2024-05-01 10:00:00", "1001", 7, "G", "S1", 1, 1.5])
    old = wb.create_sheet("Geçen yıl")
    old.append(["2023-05-01 10:00:00", "2023", 7, "G", "S1", 1, 1.5])
    old.sheet_state = "hidden"
    june = wb.create_sheet("Haziran")
    june.append(["2024-06-01 10:00:00", "1006", 7, "G", "S1", 1, 1.5])
    wb.active = 2
    wb.save(path)
    asked = []
    monkeypatch.setattr(dialogs, "pick_choice", lambda parent, reason, choices: asked.append(choices) or choices[0])
    open_and_wait(qtbot, window, path)
    assert asked == [("Haziran", "Mayıs", "Geçen yıl")]      # active first (the default), hidden last
    assert window.session.doc.table.source.sheet == "Haziran"
    assert window.table_view.model().index(0, 1).data() == "1006"
