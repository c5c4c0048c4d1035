"""`offline-gui upload` to a real OpenSSH sshd started on a loopback port for each test."""

from __future__ import annotations

import getpass
import shutil
import subprocess
from pathlib import Path

import pytest
from upload_servers import Sshd, compliant_file

from offline_gui import upload
from offline_gui.cli import main

pytest.importorskip("paramiko")
SSHD = shutil.which("sshd") or ("/usr/sbin/sshd" if Path("/usr/sbin/sshd").exists() else None)
pytestmark = pytest.mark.skipif(SSHD is None or shutil.which("ssh-keygen") is None,
                                reason="OpenSSH sshd is not installed (apt-get install openssh-server)")


@pytest.fixture(autouse=True)
def private(tmp_path, monkeypatch):
    monkeypatch.setattr(upload, "BACKOFF", (0.01, 0.01))
    monkeypatch.delenv("OFFLINE_GUI_UPLOAD_PASSWORD", raising=False)
    monkeypatch.setenv("OFFLINE_GUI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("OFFLINE_GUI_KNOWN_HOSTS", str(tmp_path / "known_hosts"))
    monkeypatch.setattr("keyring.get_password", lambda *a: None)  # the machine's keyring is not the test's


@pytest.fixture
def sshd(tmp_path):
    server = Sshd(tmp_path / "sshd")
    yield server
    server.stop()


@pytest.fixture
def drop(tmp_path) -> Path:
    folder = tmp_path / "drop"
    folder.mkdir()
    return folder


def url(sshd: Sshd, folder: Path) -> str:
    return f"sftp://{getpass.getuser()}@127.0.0.1:{sshd.port}{folder}/"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_unknown_host_key_needs_trust_then_is_remembered(sshd, drop, tmp_path, capsys):
    local = compliant_file(tmp_path)
    key = str(sshd.client_key)
    code, out, err = run(capsys, "upload", str(local), "--to", url(sshd, drop), "--key-file", key)
    assert code == 3
    assert err == ("offline-gui: upload failed, host key unknown: 127.0.0.1 has not been seen before; check its "
                   "fingerprint with the server's owner, then run once with --trust-host-key\n")
    assert list(drop.iterdir()) == []
    code, out, err = run(capsys, "upload", str(local), "--to", url(sshd, drop), "--key-file", key,
                         "--trust-host-key")
    assert (code, err) == (0, "")
    assert out.startswith(f"Uploaded {local.name} to sftp://") and out.endswith(" bytes, verified.\n")
    assert (drop / local.name).read_bytes() == local.read_bytes()
    assert [p.name for p in drop.iterdir()] == [local.name]
    assert f"[127.0.0.1]:{sshd.port}" in (tmp_path / "known_hosts").read_text()
    (drop / local.name).unlink()
    assert run(capsys, "upload", str(local), "--to", url(sshd, drop), "--key-file", key)[0] == 0


def test_key_checked_name_taken_replace_and_missing_folder(sshd, drop, tmp_path, capsys):
    (tmp_path / "known_hosts").write_text(sshd.host_key_line())
    local = compliant_file(tmp_path)
    key = str(sshd.client_key)
    (drop / local.name).write_bytes(b"old")
    code, out, err = run(capsys, "upload", str(local), "--to", url(sshd, drop), "--key-file", key)
    assert code == 1
    assert err == (f"offline-gui: {drop}/{local.name} already exists on the server; nothing was sent. "
                   "Use --replace to replace it, or rename the file.\n")
    assert (drop / local.name).read_bytes() == b"old"
    assert run(capsys, "upload", str(local), "--to", url(sshd, drop), "--key-file", key, "--replace")[0] == 0
    assert (drop / local.name).read_bytes() == local.read_bytes()
    code, out, err = run(capsys, "upload", str(local), "--to", url(sshd, drop / "nope"), "--key-file", key)
    assert code == 3
    assert err == f"offline-gui: upload failed, no such folder: '{drop}/nope' does not exist on the server; " \
                  "check the URL\n"


def test_wrong_key_and_changed_host_key(sshd, drop, tmp_path, capsys):
    (tmp_path / "known_hosts").write_text(sshd.host_key_line())
    local = compliant_file(tmp_path)
    stranger = tmp_path / "stranger"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(stranger)], check=True, timeout=30)
    code, out, err = run(capsys, "upload", str(local), "--to", url(sshd, drop), "--key-file", str(stranger))
    assert code == 3
    assert err.startswith("offline-gui: upload failed, authentication failed: ")
    other = stranger.with_suffix(".pub").read_text().split()[:2]
    (tmp_path / "known_hosts").write_text(f"[127.0.0.1]:{sshd.port} {other[0]} {other[1]}\n")
    code, out, err = run(capsys, "upload", str(local), "--to", url(sshd, drop), "--key-file",
                         str(sshd.client_key), "--trust-host-key")
    assert code == 3  # a changed key is never trusted on the spot
    assert err.startswith("offline-gui: upload failed, host key changed: 127.0.0.1 presents a different key")
    assert list(drop.iterdir()) == []


def test_file_with_errors_never_connects(sshd, drop, capsys):
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "store-export-tr.csv"
    code, out, err = run(capsys, "upload", str(sample), "--to", url(sshd, drop), "--key-file", str(sshd.client_key))
    assert code == 1 and "nothing was sent" in err
    assert list(drop.iterdir()) == []


def test_server_gone_mid_transfer_leaves_nothing_under_the_final_name(sshd, drop, tmp_path):
    from offline_gui.upload import Transfer, UploadFailed, parse_destination, send

    (tmp_path / "known_hosts").write_text(sshd.host_key_line())
    local = compliant_file(tmp_path, rows=40_000)  # ~2.4 MB

    def progress(done: int, total: int) -> None:
        if done > 256 * 1024 and sshd.process.poll() is None:
            sshd.kill_all()  # the server and its session process go away in the middle of the file

    transfer = Transfer(local, parse_destination(url(sshd, drop)), key_file=str(sshd.client_key), progress=progress,
                        timeout=5)
    with pytest.raises(UploadFailed) as caught:
        send(transfer)
    assert caught.value.what == "connection refused"  # the last try finds no server at all
    assert not (drop / local.name).exists()
