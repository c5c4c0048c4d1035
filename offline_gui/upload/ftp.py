"""FTP and FTPS (explicit TLS, `AUTH TLS` then a protected data channel) with ftplib."""

from __future__ import annotations

import ftplib
import ssl

from ..errors import Cancelled
from ..i18n import _
from .errors import NameTaken, UploadFailed, network_failure
from .place import place
from .transfer import Transfer

BLOCK = 64 * 1024


def tls_context(insecure: bool) -> ssl.SSLContext:
    context = ssl.create_default_context()  # the system's CAs (and SSL_CERT_FILE), host name checked
    if insecure:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


class _FtpTls(ftplib.FTP_TLS):
    """FTPS whose data connections resume the control connection's TLS session: vsftpd (and
    others) refuse a data connection that does not (`require_ssl_reuse`, on by default)."""

    def ntransfercmd(self, cmd, rest=None):
        conn, size = ftplib.FTP.ntransfercmd(self, cmd, rest)
        if self._prot_p:
            conn = self.context.wrap_socket(conn, server_hostname=self.host, session=self.sock.session)
        return conn, size


def upload_ftp(t: Transfer) -> None:
    """One try: connect, log in, check the folder and name, send NAME.part, verify, rename."""
    dest = t.dest
    if dest.scheme == "ftps":
        client: ftplib.FTP = _FtpTls(context=tls_context(t.insecure), timeout=t.timeout)
    else:
        client = ftplib.FTP(timeout=t.timeout)
    try:
        _session(client, t)
    except (UploadFailed, NameTaken, Cancelled):
        raise
    except BaseException as exc:
        raise classify(exc, "") from exc
    finally:
        try:
            client.close()
        except OSError:
            pass


def _session(client: ftplib.FTP, t: Transfer) -> None:
    dest = t.dest
    step = "connect"
    try:
        client.connect(dest.host, dest.port)
        step = "login"
        if isinstance(client, ftplib.FTP_TLS):
            step = "tls"
            client.auth()
            step = "login"
        client.login(dest.user or "anonymous", t.password or "")
        if isinstance(client, ftplib.FTP_TLS):
            step = "tls"
            client.prot_p()
        step = "folder"
        if dest.folder:
            client.cwd(dest.folder)
        client.voidcmd("TYPE I")
        if t.probe_only:
            client.quit()
            return
        step = "place"
        place(_FtpRemote(client), t)
        try:
            client.quit()
        except (OSError, EOFError, ftplib.Error):
            pass  # the file is in place; a rude goodbye changes nothing
    except (UploadFailed, NameTaken, Cancelled):
        raise
    except BaseException as exc:
        raise classify(exc, step) from exc


def _send(client: ftplib.FTP, t: Transfer, part: str) -> None:
    total, done = t.size, 0
    t.progress(0, total)

    def block(data: bytes) -> None:
        nonlocal done
        done += len(data)
        t.progress(done, total)
        if t.cancelled():
            raise Cancelled()

    with open(t.local, "rb") as handle:
        try:
            client.storbinary(f"STOR {part}", handle, BLOCK, block)
        except Cancelled:
            _discard(client, part)
            raise


class _FtpRemote:
    def __init__(self, client: ftplib.FTP) -> None:
        self.client = client

    def size(self, name: str) -> int | None:
        return _remote_size(self.client, name)

    def put(self, t: Transfer, name: str) -> None:
        _send(self.client, t, name)

    def delete(self, name: str) -> None:
        _delete(self.client, name)

    def rename(self, source: str, target: str, replace: bool) -> None:
        if replace and self.size(target) is not None:
            self.client.delete(target)  # RNTO over an existing name is refused by some servers
        self.client.rename(source, target)


def _discard(client: ftplib.FTP, part: str) -> None:
    """After a cancelled STOR: end the transfer and remove the partial file, as far as the server lets us.

    STOR and ABOR owe one or two replies each, in an order servers differ on; a NOOP's
    "200" marks the point where the control connection is in step again."""
    try:
        client.abort()
    except (OSError, EOFError, ftplib.Error):
        pass
    try:
        client.putcmd("NOOP")
        for _ in range(4):
            if client.getmultiline().startswith("200"):
                break
        client.delete(part)
    except (OSError, EOFError, ftplib.Error):
        pass


def _remote_size(client: ftplib.FTP, name: str) -> int | None:
    try:
        return client.size(name)
    except ftplib.error_perm:
        return None  # 550: no such file


def _delete(client: ftplib.FTP, name: str) -> None:
    try:
        client.delete(name)
    except (OSError, EOFError, ftplib.Error):
        pass


def classify(exc: BaseException, step: str) -> UploadFailed:
    """Turn what ftplib, ssl and socket raise into one line a person can act on."""
    text = str(exc).strip()
    code = text[:3]
    if isinstance(exc, ssl.SSLCertVerificationError):
        return UploadFailed(_("TLS certificate not trusted"),
                            _("{x}; check the host name, or use --insecure only for a test server you control")
                            .format(x=exc.verify_message or text))
    if isinstance(exc, ssl.SSLError):
        return UploadFailed(_("TLS failed"), _("{text}; check that the server offers explicit FTPS (AUTH TLS)")
                            .format(text=text))
    shared = network_failure(exc)
    if shared is not None:
        return shared
    if isinstance(exc, ftplib.error_perm):
        if step in ("login", "tls") or code == "530":
            if step == "tls" and code != "530":
                return UploadFailed(_("TLS refused"), _("the server answered '{text}'; it may not offer FTPS")
                                    .format(text=text))
            return UploadFailed(_("authentication failed"),
                                _("check the user name and the password (OFFLINE_GUI_UPLOAD_PASSWORD or the keyring "
                                  "entry saved in Upload settings)"))
        if step == "folder":
            return UploadFailed(_("no such folder"), _("the server answered '{text}'; check the folder in the URL")
                                .format(text=text))
        if code == "552":
            return UploadFailed(_("server disk full"), _("the server answered '{text}'; free space on the server")
                                .format(text=text))
        return UploadFailed(_("the server refused the upload"),
                            _("it answered '{text}'; check the folder's write permission").format(text=text))
    if isinstance(exc, ftplib.error_temp):
        if code == "452":
            return UploadFailed(_("server disk full"), _("the server answered '{text}'; free space on the server")
                                .format(text=text))
        return UploadFailed(_("the server is busy"), _("it answered '{text}'; try again later")
                            .format(text=text), transient=True)
    if isinstance(exc, EOFError | ConnectionError):
        return UploadFailed(_("the connection was lost"), _("the server closed it; try again"), transient=True)
    if isinstance(exc, OSError):
        return UploadFailed(_("network error"), _("{x}; try again")
                            .format(x=text or exc.__class__.__name__), transient=True)
    if isinstance(exc, ftplib.Error):
        return UploadFailed(_("unexpected server reply"), _("'{text}'; check that the URL names an FTP server")
                            .format(text=text))
    raise exc
