"""Names of the files we write beside an export: one rule for the app, `fix` and the nightly job."""

from __future__ import annotations

from pathlib import Path

# Suffixes an export carries that are not part of its name; anything else after a
# dot ("Satis 25.05.2024") is the clerk's own name and is kept whole.
_KNOWN_SUFFIXES = (".csv", ".txt", ".tsv", ".dat", ".xlsx", ".xlsm", ".zip")


def export_stem(source: Path) -> str:
    """The file name without its data suffix(es): `Satis 25.05.2024.csv.zip` -> `Satis 25.05.2024`."""
    name = source.name
    while True:
        lowered = name.lower()
        for suffix in _KNOWN_SUFFIXES:
            if lowered.endswith(suffix) and len(name) > len(suffix):
                name = name[: -len(suffix)]
                break
        else:
            return name or "export"


def upload_target(source: Path, as_zip: bool, folder: Path | None = None) -> Path:
    """`<whole stem>-upload.csv` (or `.zip`) in `folder` (default: beside the source)."""
    folder = source.absolute().parent if folder is None else folder
    return folder / f"{export_stem(source)}-upload.{'zip' if as_zip else 'csv'}"


def keep_both_target(target: Path) -> Path:
    """A free name beside `target` for "keep both": `X-upload (2).csv`, `(3)`, … (never an existing file)."""
    stem, suffix = export_stem(target), target.name[len(export_stem(target)):]
    for n in range(2, 10_000):
        candidate = target.with_name(f"{stem} ({n}){suffix}")
        if not candidate.exists():
            return candidate
    raise FileExistsError(f"No free name beside {target.name}.")
