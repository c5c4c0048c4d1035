"""A polars-based line reader doing the checks `offline-gui check` does (comparison only).

    python benchmarks/polars_check.py FILE

Reads every line as one string column (no CSV parsing, so short rows are not
silently padded and bad quotes do not stop it), then vectorised: field count,
the first seven fields by splitting on `;` (quoted fields only occur later in
the row), mandatory fields, the exact time stamp layout and a real date,
numbers, customer ids, event type, stray spaces, exact duplicate lines.
Prints one JSON line of counts. Invalid UTF-8 is read lossily.
"""

from __future__ import annotations

import json
import sys

import polars as pl

REQUIRED = 23
NAMES = ["ts", "cid", "et", "cat", "name", "num1", "num2"]


def check(path: str) -> dict:
    with open(path, "rb") as handle:
        head = handle.read(64).lstrip(b"\xef\xbb\xbf")
    skip = 1 if head.lower().startswith(b"time stamp") else 0
    lines = pl.read_csv(path, has_header=False, separator="\x1f", quote_char=None,
                        schema={"line": pl.String}, skip_rows=skip, encoding="utf8-lossy")
    lines = lines["line"].str.strip_suffix("\r")
    df = pl.DataFrame({"line": lines})
    fields = pl.col("line").str.split_exact(";", 7).struct.rename_fields(NAMES + ["rest"])
    num = r"^-?\d+(\.\d+)?$"
    f = df.lazy().with_columns(fields.alias("f")).unnest("f")
    ts = pl.col("ts")
    counts = f.select(
        rows=pl.len(),
        field_count=(pl.col("line").str.count_matches(";", literal=True) < REQUIRED - 1).sum(),
        duplicate=pl.len() - pl.col("line").hash().n_unique(),
        mandatory=pl.sum_horizontal([(pl.col(c).fill_null("").str.strip_chars() == "").cast(pl.UInt32)
                                     for c in ("ts", "cid", "et", "name", "num1", "num2")]).sum(),
        timestamp=((ts.str.len_bytes() != 19)
                   | ts.str.to_datetime("%Y-%m-%d %H:%M:%S", strict=False).is_null()).sum(),
        customer_id=(pl.col("cid").str.strip_chars().str.len_bytes() > 0)
        .and_(~pl.col("cid").str.contains(r"^\d+$")).sum(),
        event_type=(pl.col("et") != "7").sum(),
        number=(~pl.col("num1").str.contains(num)).sum() + (~pl.col("num2").str.contains(num)).sum(),
        whitespace=(pl.col("line").str.contains(" ;", literal=True)
                    | pl.col("line").str.contains("; ", literal=True)
                    | pl.col("line").str.starts_with(" ") | pl.col("line").str.ends_with(" ")).sum(),
    ).collect()
    result = {k: int(v) for k, v in counts.row(0, named=True).items() if v is not None}
    rows = result.pop("rows")
    return {"rows": rows, "problems": sum(result.values()), "counts": result}


if __name__ == "__main__":
    print(json.dumps(check(sys.argv[1])))
