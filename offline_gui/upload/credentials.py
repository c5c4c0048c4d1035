"""Where the upload password comes from: the environment, else the system keyring.

The password is never written to settings, logs or output; only the keyring stores it.
"""

from __future__ import annotations

import os

from .url import Destination

ENV_PASSWORD = "OFFLINE_GUI_UPLOAD_PASSWORD"
SERVICE = "offline-gui upload"


def get_password(dest: Destination) -> str | None:
    from_env = os.environ.get(ENV_PASSWORD)
    if from_env:
        return from_env
    try:
        import keyring
        return keyring.get_password(SERVICE, dest.keyring_name)
    except Exception:  # noqa: BLE001 - no keyring backend (headless server): like no password saved
        return None


def set_password(dest: Destination, password: str) -> str | None:
    """Save (or with "" forget) the password; returns why it failed, or None."""
    try:
        import keyring
        if password:
            keyring.set_password(SERVICE, dest.keyring_name, password)
        else:
            try:
                keyring.delete_password(SERVICE, dest.keyring_name)
            except keyring.errors.PasswordDeleteError:
                pass
    except Exception as exc:  # noqa: BLE001 - reported to the user, who can use the variable instead
        return f"{exc.__class__.__name__}: {exc}"
    return None
