"""Our own rejects file (`….rejected.csv`): its two leading columns are ours, not data.

A clerk reopens the rejects file, fixes the rows and saves it for upload. The
reason and source-row columns must then stay out of the upload, so the file is
recognised by its header, which only `export` writes.
"""

from __future__ import annotations

from collections.abc import Sequence

SOURCE_ROW = "source row"
PROBLEMS = "problems"
HEADER = (SOURCE_ROW, PROBLEMS)


def rejects_columns(header: Sequence[str]) -> frozenset[int]:
    """Source columns to leave out when `header` is the header of a rejects file we wrote."""
    names = tuple(name.strip().lower() for name in header[:2])
    return frozenset({0, 1}) if names == HEADER and len(header) > 2 else frozenset()
