"""Real servers on 127.0.0.1 for the upload tests: pyftpdlib (FTP, FTPS) and OpenSSH's sshd (SFTP).

Each runs for one test, in a thread or a child process, and stops by itself at the end.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

USER, PASSWORD = "clerk", "s3cret-Pa55"
GOOD_ROW = "2024-05-01 10:00:00;1001;7;GIDA;SKU1;1;10.50" + ";" * 16


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def compliant_file(folder: Path, name: str = "Satis 25.05.2024.csv", rows: int = 3) -> Path:
    path = folder / name
    path.write_bytes("".join(GOOD_ROW.replace("1001", str(1001 + i)) + "\n" for i in range(rows)).encode())
    return path


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and localhost, and its key (PEM files)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class FtpServer:
    """pyftpdlib in a thread; `handler` may be a subclass that misbehaves on purpose."""

    def __init__(self, root: Path, tls: tuple[Path, Path] | None = None, handler=None, dtp=None) -> None:
        from pyftpdlib.authorizers import DummyAuthorizer
        from pyftpdlib.handlers import FTPHandler, TLS_FTPHandler
        from pyftpdlib.servers import FTPServer

        authorizer = DummyAuthorizer()
        authorizer.add_user(USER, PASSWORD, str(root), perm="elradfmwMT")
        base = handler or (TLS_FTPHandler if tls else FTPHandler)
        attrs = {"authorizer": authorizer, "auth_failed_timeout": 0.05, "timeout": 20}
        if tls:
            attrs.update(certfile=str(tls[0]), keyfile=str(tls[1]), tls_control_required=True,
                         tls_data_required=True)
        if dtp is not None:
            attrs["dtp_handler"] = dtp
        self.handler = type("TestHandler", (base,), attrs)
        self.server = FTPServer(("127.0.0.1", 0), self.handler)
        self.port = self.server.address[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.server.serve_forever(timeout=0.05, blocking=False)
        self.server.close_all()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


class Sshd:
    """OpenSSH's sshd on a high loopback port with its own host key and one authorised key."""

    def __init__(self, folder: Path) -> None:
        self.binary = shutil.which("sshd") or "/usr/sbin/sshd"
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.host_key = folder / "host_key"
        self.client_key = folder / "client_key"
        for key in (self.host_key, self.client_key):
            subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True,
                           timeout=30)
        (folder / "authorized_keys").write_text(self.client_key.with_suffix(".pub").read_text())
        self.port = free_port()
        config = folder / "sshd_config"
        config.write_text("\n".join([
            f"Port {self.port}", "ListenAddress 127.0.0.1", f"HostKey {self.host_key}",
            f"PidFile {folder / 'sshd.pid'}", f"AuthorizedKeysFile {folder / 'authorized_keys'}",
            "StrictModes no", "UsePAM no", "PasswordAuthentication no", "KbdInteractiveAuthentication no",
            "PubkeyAuthentication yes", "PermitRootLogin prohibit-password", "Subsystem sftp internal-sftp",
            "LogLevel ERROR", ""]))
        if os.geteuid() == 0:
            Path("/run/sshd").mkdir(parents=True, exist_ok=True)  # privilege separation needs it
        self.process = subprocess.Popen([self.binary, "-D", "-e", "-f", str(config)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"sshd did not start: {self.process.stderr.read().decode(errors='replace')}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("sshd did not listen within 10 s")

    def host_key_line(self) -> str:
        kind, data = self.host_key.with_suffix(".pub").read_text().split()[:2]
        return f"[127.0.0.1]:{self.port} {kind} {data}\n"

    def kill_all(self) -> None:
        """The server and its per-connection processes at once, as a crash would.

        sshd's per-connection children start sessions of their own, so they are found by
        parent id (Linux /proc) before the listener goes."""
        victims, queue = [], [self.process.pid]
        while queue:
            parent = queue.pop()
            victims.append(parent)
            queue += _children(parent)
        for pid in reversed(victims):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process.wait(5)

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        deadline = time.monotonic() + 3  # let finished sessions exit first, so sshd reaps them (no zombies)
        while _children(self.process.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
        if self.process.stderr:
            self.process.stderr.close()
