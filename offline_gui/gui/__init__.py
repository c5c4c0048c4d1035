"""The desktop app: the only package that imports PySide6."""

from ._none_guard import guard_none

guard_none()
