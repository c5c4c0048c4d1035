"""Upload destinations written as URLs: `ftp://`, `ftps://` or `sftp://USER@HOST[:PORT]/FOLDER/`."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

from ..i18n import _

SCHEMES = {"ftp": 21, "ftps": 21, "sftp": 22}


class BadDestination(ValueError):
    """The URL cannot name a drop folder; the message says what to write instead."""


@dataclass(frozen=True)
class Destination:
    scheme: str
    host: str
    port: int
    user: str
    folder: str  # absolute, without a trailing slash ("" is the login folder)

    @property
    def display(self) -> str:
        """The URL as shown to people and written to the history: never a password."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = "" if self.port == SCHEMES[self.scheme] else f":{self.port}"
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        return f"{self.scheme}://{user}{host}{port}{quote(self.folder)}/"

    @property
    def keyring_name(self) -> str:
        """Which keyring entry holds this destination's password (one per user, host and port)."""
        return f"{self.scheme}://{self.user}@{self.host}:{self.port}"

    def remote_path(self, name: str) -> str:
        return f"{self.folder}/{name}" if self.folder else name


def parse_destination(url: str) -> Destination:
    text = (url or "").strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise BadDestination(_("'{text}' is not a valid URL ({exc})").format(text=text, exc=exc)) from None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise BadDestination(_("'{text}' must start with ftp://, ftps:// or sftp://").format(text=text))
    if not parts.hostname:
        raise BadDestination(_("'{text}' names no server: write {scheme}://USER@HOST/FOLDER/")
                             .format(text=text, scheme=scheme))
    if parts.password is not None:
        # a password in a URL ends up in shell history, task definitions and process lists
        raise BadDestination(_("do not put the password in the URL; set OFFLINE_GUI_UPLOAD_PASSWORD or save it in "
                               "the app's Upload settings (the system keyring)"))
    if parts.query or parts.fragment:
        raise BadDestination(_("'{text}' has a '?' or '#' part; a destination is only USER@HOST[:PORT]/FOLDER/")
                             .format(text=text))
    user = unquote(parts.username or "")
    folder = unquote(parts.path).rstrip("/")
    for value in (user, folder, parts.hostname):
        # a line break would let a name smuggle extra commands into the FTP control connection
        if any(ch in value for ch in "\r\n\0"):
            raise BadDestination(_("'{text}' contains a line break or NUL character").format(text=text))
    if scheme == "sftp" and not user:
        raise BadDestination(_("'{text}' names no user: write sftp://USER@HOST/FOLDER/").format(text=text))
    return Destination(scheme, parts.hostname, port or SCHEMES[scheme], user, folder)


def compose_url(scheme: str, user: str, host: str, port: int, folder: str) -> str:
    """The URL for the parts the app's settings form asks for (checked by parse_destination)."""
    host = host.strip()
    host = f"[{host}]" if ":" in host else host
    folder = "/" + folder.strip().strip("/") if folder.strip().strip("/") else ""
    default = SCHEMES.get(scheme, 0)
    user_part = f"{quote(user.strip(), safe='')}@" if user.strip() else ""
    port_part = f":{port}" if port and port != default else ""
    url = f"{scheme}://{user_part}{host}{port_part}{quote(folder)}/"
    parse_destination(url)  # raises BadDestination with the reason
    return url
