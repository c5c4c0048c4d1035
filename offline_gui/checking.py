"""`check` of a big file while its index is still being built, as the app checks it.

Indexing reads the file on one core; a check that waited for it left the other core idle
for as long (~0.45 s of a 1M-row, 269 MB export). Here the command line indexes a piece,
then hands out the chunks those rows settle to the workers (growing.run_growing), then
indexes the next piece, all in one thread: the workers are forked before any other thread
of ours exists, as forking needs. The report is the one a check of the whole index gives.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import closing

from . import growing
from .analysis import Report, analyse
from .document import Document
from .reading.records import RecordIndex
from .reading.sources import open_source
from .table import Table, index_steps


def check_file(path: str | os.PathLike, *, member: str | None = None, sheet: str | None = None,
               workers: int | None = None) -> tuple[Document, Report]:
    """The file's document (with its whole index) and its report; the caller closes
    doc.table. A file too small for worker processes is indexed first, then checked."""
    source = open_source(path, member=member, sheet=sheet)
    try:
        with closing(index_steps(source)) as steps:
            first = next(steps)
            if not growing.starts_early(first, source.expected_size()):
                doc = Document(next(step for step in steps if isinstance(step, Table)))   # the whole one
                return doc, analyse(doc, workers=workers)
            found: list[Table] = []
            report = analyse(Document(first), workers=workers, indexes=_indexes(steps, found))
            return Document(found[0]), report
    except BaseException:
        source.close()
        raise


def _indexes(steps: Iterator[Table | RecordIndex], found: list[Table]) -> Iterator[tuple[RecordIndex, bool]]:
    """(index, whole file) for run_growing, each read when it asks for the next; the whole
    table goes to `found`."""
    for step in steps:
        if isinstance(step, Table):
            found.append(step)
            yield step.index, True
            return
        yield step, False
