"""The app's upload: settings with Test connection, Upload… after a save, and the history."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from guihelpers import open_and_wait
from PySide6.QtWidgets import QDialog

from offline_gui.gui import save_flow
from offline_gui.upload.flow import UPLOADED

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from upload_servers import PASSWORD, USER, FtpServer  # noqa: E402

pytest.importorskip("pyftpdlib")


@pytest.fixture(params=["ftp", "ftps"])
def drop(request, tmp_path, monkeypatch):
    monkeypatch.setenv("OFFLINE_GUI_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "drop"
    (folder / "in").mkdir(parents=True)
    tls = None
    if request.param == "ftps":
        from upload_servers import self_signed
        tls = self_signed(tmp_path)
        monkeypatch.setenv("SSL_CERT_FILE", str(tls[0]))  # the drop's certificate is trusted, as a CA's would be
    server = FtpServer(folder, tls=tls)
    yield folder, server.port, request.param
    server.stop()


def test_settings_test_connection_and_save(qtbot, window, drop, monkeypatch):
    folder, port, scheme = drop
    saved: list[tuple] = []
    monkeypatch.setattr("keyring.set_password", lambda *args: saved.append(args))
    from offline_gui.gui.upload_settings import UploadSettingsDialog
    dialog = UploadSettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.scheme.setCurrentIndex(2 if scheme == "ftp" else 0)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port)
    dialog.folder.setText("in")
    dialog.user.setText(USER)
    dialog.password.setText("wrong")
    dialog.test()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
    assert dialog.test_result.text().startswith("Failed: authentication failed")
    dialog.password.setText(PASSWORD)
    dialog.test()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
    assert dialog.test_result.text() == "Connected: the folder is there and the login works."
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.settings.upload_url == f"{scheme}://{USER}@127.0.0.1:{port}/in/"
    assert saved == [("offline-gui upload", f"{scheme}://{USER}@127.0.0.1:{port}", PASSWORD)]
    settings_text = Path(__import__("os").environ["OFFLINE_GUI_SETTINGS"]).read_text()
    assert PASSWORD not in settings_text


def test_upload_after_save_and_history(qtbot, window, sample, tmp_path, drop, monkeypatch):
    folder, port, scheme = drop
    monkeypatch.setenv("OFFLINE_GUI_UPLOAD_PASSWORD", PASSWORD)
    window.settings.upload_url = f"{scheme}://{USER}@127.0.0.1:{port}/in/"
    good = tmp_path / "good.csv"
    good.write_text("2024-05-01 10:00:00;1001;7;GIDA;SKU1;1;10.50" + ";" * 16 + "\n", encoding="utf-8")
    open_and_wait(qtbot, window, good)
    target = tmp_path / "good-upload.csv"
    monkeypatch.setattr(save_flow, "ask_save", lambda parent, source, header, as_zip, plan=None: (target, False, False))
    with qtbot.waitSignal(window.session.saved, timeout=15000):
        window.save_for_upload()
    assert window.uploads.button.isVisibleTo(window)
    window.uploads.button.click()
    dialog = window.uploads.dialog
    with qtbot.waitSignal(dialog.uploaded, timeout=20000) as blocker:
        pass
    assert blocker.args[0].code == UPLOADED
    assert (folder / "in" / "good-upload.csv").read_bytes() == target.read_bytes()
    assert dialog.bar.value() == dialog.bar.maximum()
    assert dialog.status.text().startswith(f"Done. Uploaded good-upload.csv to {scheme}://")
    dialog.close()
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    window.uploads.history()
    table = window.uploads.history_dialog.table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (1, 2, 3, 4)] == [
        str(target), "1", f"{scheme}://{USER}@127.0.0.1:{port}/in/", "uploaded"]


def test_cancel_stops_a_slow_upload_and_leaves_nothing(qtbot, window, tmp_path, monkeypatch):
    from pyftpdlib.handlers import ThrottledDTPHandler

    from offline_gui.gui.upload_dialog import UploadDialog

    class Slow(ThrottledDTPHandler):
        read_limit = 256 * 1024  # bytes a second: once loopback's socket buffers are full, sending waits

    monkeypatch.setenv("OFFLINE_GUI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("OFFLINE_GUI_UPLOAD_PASSWORD", PASSWORD)
    folder = tmp_path / "drop"
    folder.mkdir()
    server = FtpServer(folder, dtp=Slow)
    try:
        local = tmp_path / "big.csv"
        local.write_text("".join(f"2024-05-01 10:00:00;{1000 + i};7;GIDA;SKU1;1;10.50" + ";" * 16 + "\n"
                                 for i in range(400_000)), encoding="utf-8")  # ~25 MB, more than the buffers
        window.settings.upload_url = f"ftp://{USER}@127.0.0.1:{server.port}/"
        dialog = UploadDialog(local, window.settings, window)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.start()
        qtbot.waitUntil(lambda: dialog.bar.value() > 0, timeout=20000)
        assert dialog.bar.value() < dialog.bar.maximum()
        dialog.cancel_button.click()
        qtbot.waitUntil(lambda: dialog._job is None, timeout=20000)
    finally:
        server.stop()
    assert dialog.status.text() == "Cancelled. Nothing was put under the file's name on the server."
    assert dialog.outcome is None
    assert list(folder.iterdir()) == []  # neither big.csv nor big.csv.part


def test_about_box_shows_the_version(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from offline_gui import __version__
    shown = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, title, text: shown.append((title, text))))
    window.actions_["about"].trigger()
    assert shown and shown[0][0] == "About Offline Data Checker"
    assert f"<b>Offline Data Checker</b> {__version__}<br>" in shown[0][1]
    assert [window.actions_[n].text() for n in ("upload", "upload_settings", "upload_history")] == [
        "&Upload…", "Upload se&ttings…", "Upload &history"]


def test_sftp_settings_ask_for_trust_then_connect(qtbot, window, tmp_path, monkeypatch):
    import getpass
    import shutil

    if not (shutil.which("sshd") or Path("/usr/sbin/sshd").exists()) or not shutil.which("ssh-keygen"):
        pytest.skip("OpenSSH sshd is not installed (apt-get install openssh-server)")
    from upload_servers import Sshd

    from offline_gui.gui.upload_settings import UploadSettingsDialog
    monkeypatch.setenv("OFFLINE_GUI_KNOWN_HOSTS", str(tmp_path / "known_hosts"))
    monkeypatch.setattr("keyring.get_password", lambda *a: None)
    monkeypatch.delenv("OFFLINE_GUI_UPLOAD_PASSWORD", raising=False)
    sshd = Sshd(tmp_path / "sshd")
    try:
        dialog = UploadSettingsDialog(window.settings, window)
        qtbot.addWidget(dialog)
        dialog.scheme.setCurrentIndex(1)  # SFTP
        assert dialog.key_row.isVisibleTo(dialog) and not dialog.insecure.isVisibleTo(dialog)
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(sshd.port)
        dialog.folder.setText(str(tmp_path))
        dialog.user.setText(getpass.getuser())
        dialog.key_file.setText(str(sshd.client_key))
        dialog.test()
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20000)
        assert dialog.test_result.text().startswith("Failed: this server's key has not been seen before.")
        dialog.trust.setChecked(True)
        dialog.test()
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20000)
        assert dialog.test_result.text() == "Connected: the folder is there and the login works."
    finally:
        sshd.stop()
    assert f"[127.0.0.1]:{sshd.port}" in (tmp_path / "known_hosts").read_text()
