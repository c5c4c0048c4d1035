"""The one rule for putting a file in the drop folder, whatever the protocol.

Send `NAME.part`, compare its size on the server with the local one, then rename it to
`NAME`: the platform, which collects `NAME`, never sees half a file, and a failed upload
leaves nothing under the final name. An existing `NAME` is replaced only when asked.
"""

from __future__ import annotations

from typing import Protocol

from ..i18n import _
from .errors import NameTaken, UploadFailed
from .transfer import PART, Transfer


class Remote(Protocol):
    def size(self, name: str) -> int | None:
        """Bytes of a file in the folder, or None when there is none."""

    def put(self, t: Transfer, name: str) -> None:
        """Send the local file as `name`, reporting progress; on Cancelled, remove what was sent."""

    def delete(self, name: str) -> None:
        """Remove a file, as far as the server lets us (never raises)."""

    def rename(self, source: str, target: str, replace: bool) -> None:
        """Rename; with `replace`, over an existing `target`."""


def place(remote: Remote, t: Transfer) -> None:
    where = t.dest.remote_path(t.name)
    if remote.size(t.name) is not None and not t.replace:
        raise NameTaken(where)
    part = t.name + PART
    remote.put(t, part)
    held = remote.size(part)
    if held != t.size:
        remote.delete(part)
        raise UploadFailed(_("the upload was incomplete"),
                           _("the server holds {held} of {size} bytes; try again")
                           .format(held=held, size=t.size), transient=True)
    if remote.size(t.name) is not None and not t.replace:  # it appeared while we were sending
        remote.delete(part)
        raise NameTaken(where)
    remote.rename(part, t.name, t.replace)
