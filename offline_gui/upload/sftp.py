"""SFTP with paramiko: the host key is checked against known hosts before any password is sent."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import platformdirs

from ..errors import Cancelled
from ..i18n import _
from .errors import NameTaken, UploadFailed, network_failure
from .place import place
from .transfer import Transfer

APP = "offline-gui"
ENV_KNOWN_HOSTS = "OFFLINE_GUI_KNOWN_HOSTS"  # tests use their own file


def known_hosts_path() -> Path:
    """Host keys this app accepted (the user's ~/.ssh/known_hosts is read as well, never written)."""
    override = os.environ.get(ENV_KNOWN_HOSTS)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP, appauthor=False)) / "known_hosts"


def upload_sftp(t: Transfer) -> None:
    import paramiko  # imported here: `check` and `fix` should not pay for it

    client = paramiko.SSHClient()
    try:
        client.load_system_host_keys()
    except (OSError, paramiko.SSHException):
        pass  # an unreadable ~/.ssh/known_hosts is like an empty one
    ours = known_hosts_path()
    if ours.exists():
        try:
            client.load_host_keys(str(ours))
        except (OSError, paramiko.SSHException):
            pass
    elif t.trust_host_key:
        ours.parent.mkdir(parents=True, exist_ok=True)
        ours.touch()
        client.load_host_keys(str(ours))  # so paramiko saves an accepted key there
    policy = paramiko.AutoAddPolicy() if t.trust_host_key else paramiko.RejectPolicy()
    client.set_missing_host_key_policy(policy)
    step = "connect"
    try:
        client.connect(t.dest.host, t.dest.port, username=t.dest.user, password=t.password or None,
                       key_filename=t.key_file, timeout=t.timeout, banner_timeout=t.timeout,
                       auth_timeout=t.timeout, channel_timeout=t.timeout,
                       allow_agent=False, look_for_keys=False)
        step = "open"
        sftp = client.open_sftp()
        sftp.get_channel().settimeout(t.timeout)
        _session(sftp, t)
    except (UploadFailed, NameTaken, Cancelled):
        raise
    except BaseException as exc:
        raise classify(exc, step, t) from exc
    finally:
        client.close()


def _session(sftp, t: Transfer) -> None:
    dest = t.dest
    step = "folder"
    try:
        if dest.folder:
            sftp.chdir(dest.folder)
        if t.probe_only:
            sftp.listdir(".")  # the folder can be read: as far as a probe can tell
            return
        step = "place"
        place(_SftpRemote(sftp), t)
    except (UploadFailed, NameTaken, Cancelled):
        raise
    except BaseException as exc:
        raise classify(exc, step, t) from exc


class _SftpRemote:
    def __init__(self, sftp) -> None:
        self.sftp = sftp

    def size(self, name: str) -> int | None:
        return _remote_size(self.sftp, name)

    def put(self, t: Transfer, name: str) -> None:
        total = t.size
        t.progress(0, total)

        def block(done: int, _total: int) -> None:
            t.progress(done, total)
            if t.cancelled():
                raise Cancelled()

        try:
            self.sftp.put(str(t.local), name, callback=block, confirm=False)
        except Cancelled:
            self.delete(name)
            raise

    def delete(self, name: str) -> None:
        _remove(self.sftp, name)

    def rename(self, source: str, target: str, replace: bool) -> None:
        # OpenSSH's posix-rename replaces in one step; plain SFTP rename refuses an existing name
        self.sftp.posix_rename(source, target) if replace else self.sftp.rename(source, target)


def _remote_size(sftp, name: str) -> int | None:
    try:
        attrs = sftp.stat(name)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            return None
        raise
    if attrs.st_mode is not None and stat.S_ISDIR(attrs.st_mode):
        raise UploadFailed(_("a folder has the file's name"), _("'{name}' is a folder on the server; rename the file")
                           .format(name=name))
    return attrs.st_size


def _remove(sftp, name: str) -> None:
    try:
        sftp.remove(name)
    except (OSError, EOFError):
        pass


def classify(exc: BaseException, step: str, t: Transfer) -> UploadFailed:
    import paramiko

    text = str(exc).strip()
    if isinstance(exc, paramiko.BadHostKeyException):
        return UploadFailed(_("host key changed"),
                            _("{host} presents a different key than the one remembered; this can be an attack. If "
                              "the server was really reinstalled, remove its line from {x}")
                            .format(host=t.dest.host, x=known_hosts_path()))
    if isinstance(exc, paramiko.SSHException) and "not found in known_hosts" in text:
        return UploadFailed(_("host key unknown"),
                            _("{host} has not been seen before; check its fingerprint with the server's owner, then "
                              "run once with --trust-host-key").format(host=t.dest.host))
    if isinstance(exc, paramiko.AuthenticationException):
        return UploadFailed(_("authentication failed"),
                            _("check the user name, the key file and the password (OFFLINE_GUI_UPLOAD_PASSWORD or "
                              "the keyring entry saved in Upload settings)"))
    if t.key_file and step == "connect" and isinstance(exc, OSError) and not Path(t.key_file).is_file():
        return UploadFailed(_("key file not found"), _("{key_file}; check --key-file").format(key_file=t.key_file))
    if isinstance(exc, OSError) and step == "folder" and getattr(exc, "errno", None) in (errno.ENOENT, None):
        return UploadFailed(_("no such folder"), _("'{folder}' does not exist on the server; check the URL")
                            .format(folder=t.dest.folder))
    shared = network_failure(exc, refused=isinstance(exc, paramiko.ssh_exception.NoValidConnectionsError))
    if shared is not None:
        return shared
    if isinstance(exc, PermissionError) or getattr(exc, "errno", None) == errno.EACCES:
        return UploadFailed(_("the server refused the upload"), _("check the folder's write permission"))
    if isinstance(exc, OSError) and "Failure" in text and step == "place":
        # SFTP v3 has no 'disk full' status: OpenSSH answers a generic failure
        return UploadFailed(_("the server could not store the file"),
                            _("it answered '{text}'; the disk may be full").format(text=text), transient=True)
    if isinstance(exc, paramiko.SSHException | EOFError | ConnectionError):
        return UploadFailed(_("the connection was lost"), _("{x}; try again")
                            .format(x=text or _("the server closed it")),
                            transient=True)
    if isinstance(exc, OSError):
        return UploadFailed(_("network error"), _("{x}; try again")
                            .format(x=text or exc.__class__.__name__), transient=True)
    raise exc
