"""`offline-gui upload` against real pyftpdlib FTP and FTPS servers on loopback."""

from __future__ import annotations

from pathlib import Path

import pytest
from upload_servers import PASSWORD, USER, FtpServer, compliant_file, free_port, self_signed

from offline_gui import upload
from offline_gui.cli import main
from offline_gui.upload.history import read_history

pytest.importorskip("pyftpdlib")
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "store-export-tr.csv"


@pytest.fixture(autouse=True)
def quick_and_private(tmp_path, monkeypatch):
    monkeypatch.setattr(upload, "BACKOFF", (0.01, 0.01))  # the retry path, without the real waits
    monkeypatch.setenv("OFFLINE_GUI_UPLOAD_PASSWORD", PASSWORD)
    monkeypatch.setenv("OFFLINE_GUI_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def drop(tmp_path) -> Path:
    folder = tmp_path / "drop"
    (folder / "in").mkdir(parents=True)
    return folder


@pytest.fixture
def ftp(drop):
    server = FtpServer(drop)
    yield server
    server.stop()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert PASSWORD not in out + err
    return code, out, err


def test_upload_success_byte_for_byte(ftp, drop, tmp_path, capsys):
    local = compliant_file(tmp_path)
    url = f"ftp://{USER}@127.0.0.1:{ftp.port}/in/"
    code, out, err = run(capsys, "upload", str(local), "--to", url)
    assert (code, err) == (0, "")
    assert out == (f"Uploaded {local.name} to ftp://{USER}@127.0.0.1:{ftp.port}/in/{local.name}: "
                   f"3 rows, {local.stat().st_size} bytes, verified.\n")
    assert (drop / "in" / local.name).read_bytes() == local.read_bytes()
    assert sorted(p.name for p in (drop / "in").iterdir()) == [local.name]  # no .part left
    entry = read_history()[0]
    assert (entry.file, entry.rows, entry.result, entry.ok) == (str(local), 3, "uploaded", True)
    assert entry.destination == f"ftp://{USER}@127.0.0.1:{ftp.port}/in/"


def test_wrong_password_is_exit_3_and_not_retried(ftp, drop, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OFFLINE_GUI_UPLOAD_PASSWORD", "wrong")
    local = compliant_file(tmp_path)
    code, out, err = run(capsys, "upload", str(local), "--to", f"ftp://{USER}@127.0.0.1:{ftp.port}/in/")
    assert code == 3 and out == ""
    assert err == ("offline-gui: upload failed, authentication failed: check the user name and the password "
                   "(OFFLINE_GUI_UPLOAD_PASSWORD or the keyring entry saved in Upload settings)\n")
    assert list((drop / "in").iterdir()) == []
    assert "wrong" not in err


def test_missing_folder(ftp, drop, tmp_path, capsys):
    local = compliant_file(tmp_path)
    code, out, err = run(capsys, "upload", str(local), "--to", f"ftp://{USER}@127.0.0.1:{ftp.port}/nope/")
    assert code == 3
    assert err.startswith("offline-gui: upload failed, no such folder: the server answered '550 ")
    assert err.endswith("; check the folder in the URL\n") and err.count("\n") == 1


def test_existing_name_needs_replace(ftp, drop, tmp_path, capsys):
    local = compliant_file(tmp_path)
    (drop / "in" / local.name).write_bytes(b"yesterday's file")
    url = f"ftp://{USER}@127.0.0.1:{ftp.port}/in/"
    code, out, err = run(capsys, "upload", str(local), "--to", url)
    assert code == 1
    assert err == (f"offline-gui: /in/{local.name} already exists on the server; nothing was sent. "
                   "Use --replace to replace it, or rename the file.\n")
    assert (drop / "in" / local.name).read_bytes() == b"yesterday's file"
    assert sorted(p.name for p in (drop / "in").iterdir()) == [local.name]
    assert run(capsys, "upload", str(local), "--to", url, "--replace")[0] == 0
    assert (drop / "in" / local.name).read_bytes() == local.read_bytes()


def test_file_with_errors_sends_nothing(ftp, drop, capsys):
    code, out, err = run(capsys, "upload", str(SAMPLE), "--to", f"ftp://{USER}@127.0.0.1:{ftp.port}/in/")
    assert code == 1
    assert err.startswith("offline-gui: store-export-tr.csv has ") and "errors; nothing was sent." in err
    assert list((drop / "in").iterdir()) == []


def test_unreadable_file_and_bad_url_are_exit_2(tmp_path, capsys):
    assert run(capsys, "upload", str(tmp_path / "missing.csv"), "--to", "ftp://u@127.0.0.1/x/")[0] == 2
    local = compliant_file(tmp_path)
    code, _, err = run(capsys, "upload", str(local), "--to", "ftp://u:pw@127.0.0.1/x/")
    assert code == 2 and "do not put the password in the URL" in err
    assert run(capsys, "upload", str(local), "--to", "http://127.0.0.1/x/")[0] == 2


def test_busy_server_is_retried(drop, tmp_path, capsys):
    from pyftpdlib.handlers import FTPHandler

    turned_away: list[int] = []

    class BusyOnce(FTPHandler):
        def handle(self):
            if not turned_away:
                turned_away.append(1)
                self.respond("421 Too many connections, try later.")
                self.close_when_done()
                return
            super().handle()

    server = FtpServer(drop, handler=BusyOnce)
    try:
        local = compliant_file(tmp_path)
        code, out, err = run(capsys, "upload", str(local), "--to", f"ftp://{USER}@127.0.0.1:{server.port}/in/")
    finally:
        server.stop()
    assert code == 0
    assert err == "offline-gui: the server is busy; trying again in 0.01 s\n"
    assert (drop / "in" / local.name).read_bytes() == local.read_bytes()


def test_dropped_connection_leaves_nothing_under_the_final_name(drop, tmp_path, capsys):
    from pyftpdlib.handlers import DTPHandler

    class Dropping(DTPHandler):
        def handle_read(self):
            super().handle_read()
            if self.tot_bytes_received > 64 * 1024:
                self.cmd_channel.close()  # the server goes away in the middle of the file

        handle_read_event = handle_read  # pyftpdlib calls this alias of the base class's method

    server = FtpServer(drop, dtp=Dropping)
    try:
        local = compliant_file(tmp_path, rows=20_000)  # ~1 MB
        code, out, err = run(capsys, "upload", str(local), "--to", f"ftp://{USER}@127.0.0.1:{server.port}/in/")
    finally:
        server.stop()
    assert code == 3
    lines = err.splitlines()
    assert lines[:2] == ["offline-gui: the connection was lost; trying again in 0.01 s"] * 2
    assert lines[2] == "offline-gui: upload failed, the connection was lost: the server closed it; try again"
    assert not (drop / "in" / local.name).exists()
    assert not read_history()[0].ok


def test_connection_refused_is_retried_then_exit_3(tmp_path, capsys):
    local = compliant_file(tmp_path)
    code, out, err = run(capsys, "upload", str(local), "--to", f"ftp://{USER}@127.0.0.1:{free_port()}/in/")
    assert code == 3
    assert err.splitlines() == ["offline-gui: connection refused; trying again in 0.01 s"] * 2 + [
        "offline-gui: upload failed, connection refused: check the host and port, and that the server is running"]


@pytest.fixture
def cert(tmp_path):
    return self_signed(tmp_path)


def test_ftps_with_a_trusted_certificate(drop, tmp_path, cert, capsys, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(cert[0]))  # the test's own CA, as a company CA would be
    server = FtpServer(drop, tls=cert)
    try:
        local = compliant_file(tmp_path)
        code, out, err = run(capsys, "upload", str(local), "--to", f"ftps://{USER}@127.0.0.1:{server.port}/in")
    finally:
        server.stop()
    assert (code, err) == (0, "")
    assert (drop / "in" / local.name).read_bytes() == local.read_bytes()


def test_ftps_untrusted_certificate_fails_unless_insecure(drop, tmp_path, cert, capsys, monkeypatch):
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    server = FtpServer(drop, tls=cert)
    try:
        local = compliant_file(tmp_path)
        url = f"ftps://{USER}@127.0.0.1:{server.port}/in/"
        code, out, err = run(capsys, "upload", str(local), "--to", url)
        assert code == 3
        assert err.startswith("offline-gui: upload failed, TLS certificate not trusted: ")
        assert "--insecure" in err and err.count("\n") == 1
        assert list((drop / "in").iterdir()) == []
        code, out, err = run(capsys, "upload", str(local), "--to", url, "--insecure")
    finally:
        server.stop()
    assert code == 0
    assert err.startswith("offline-gui: WARNING: --insecure: the server's certificate is NOT checked")
    assert (drop / "in" / local.name).read_bytes() == local.read_bytes()


def test_plain_ftp_client_refused_by_a_tls_only_server(drop, tmp_path, cert, capsys):
    server = FtpServer(drop, tls=cert)
    try:
        local = compliant_file(tmp_path)
        code, out, err = run(capsys, "upload", str(local), "--to", f"ftp://{USER}@127.0.0.1:{server.port}/in/")
    finally:
        server.stop()
    assert code == 3 and err.startswith("offline-gui: upload failed, authentication failed")
    assert list((drop / "in").iterdir()) == []


def test_server_disk_full_is_exit_3(drop, tmp_path, capsys):
    from pyftpdlib.handlers import FTPHandler

    class Full(FTPHandler):
        def ftp_STOR(self, file, mode="w"):
            self.respond("452 Insufficient storage space.")

    server = FtpServer(drop, handler=Full)
    try:
        local = compliant_file(tmp_path)
        code, out, err = run(capsys, "upload", str(local), "--to", f"ftp://{USER}@127.0.0.1:{server.port}/in/")
    finally:
        server.stop()
    assert code == 3
    assert err == ("offline-gui: upload failed, server disk full: the server answered '452 Insufficient storage "
                   "space.'; free space on the server\n")
    assert not (drop / "in" / local.name).exists()


def test_silent_server_times_out_with_bounded_tries(tmp_path):
    """A server that accepts the connection and never answers: each try ends at the time-out."""
    import socket
    import time

    from offline_gui.upload import Transfer, UploadFailed, parse_destination, send

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    try:
        dest = parse_destination(f"ftp://{USER}@127.0.0.1:{listener.getsockname()[1]}/in/")
        transfer = Transfer(compliant_file(tmp_path), dest, password=PASSWORD, timeout=0.3)
        started = time.monotonic()
        with pytest.raises(UploadFailed) as caught:
            send(transfer)
        took = time.monotonic() - started
    finally:
        listener.close()
    assert (caught.value.what, caught.value.transient) == ("timed out", True)
    assert 0.9 <= took < 5  # three tries of 0.3 s plus the (shortened) waits


def test_cancel_mid_transfer_leaves_nothing(ftp, drop, tmp_path):
    from offline_gui.errors import Cancelled
    from offline_gui.upload import Transfer, parse_destination, send

    local = compliant_file(tmp_path, rows=20_000)
    seen: list[int] = []
    transfer = Transfer(local, parse_destination(f"ftp://{USER}@127.0.0.1:{ftp.port}/in/"), password=PASSWORD,
                        progress=lambda done, total: seen.append(done), cancelled=lambda: len(seen) > 3)
    with pytest.raises(Cancelled):
        send(transfer)
    assert seen[0] == 0 and seen[-1] < local.stat().st_size
    assert list((drop / "in").iterdir()) == []  # neither NAME nor NAME.part
