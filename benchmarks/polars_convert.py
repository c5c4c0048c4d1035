"""The bare conversion of a Turkish Excel export with polars (comparison only, issue 12).

    python benchmarks/polars_convert.py FILE OUT

What a 20-line script does and nothing more: decode Windows-1254, read `;`
columns by position (the header names nothing it checks), `dd.mm.yyyy HH:MM`
to `YYYY-MM-DD HH:MM:SS`, decimal commas to dots in Num1 and Num2, place the
columns in the 23 contract slots (a last column named `Fiş No` goes to
EventTransaction Attr1), write UTF-8 with `;` and LF. No finding, no change
log, no re-check, no fidelity guarantee. Prints one JSON line.
"""

from __future__ import annotations

import json
import sys

import polars as pl

REQUIRED = 23


def convert(path: str, out: str) -> dict:
    with open(path, "rb") as handle:
        text = handle.read().decode("cp1254")
    df = pl.read_csv(text.encode("utf-8"), separator=";", infer_schema=False)
    names = df.columns
    purchase_id = names[-1] if names[-1].replace(" ", "").lower() in ("fişno", "fisno") else None
    ts, num1, num2 = names[0], names[5], names[6]
    stamp = pl.col(ts).str.to_datetime("%d.%m.%Y %H:%M", strict=False).dt.strftime("%Y-%m-%d %H:%M:%S")
    cols = [pl.coalesce(stamp, pl.col(ts)).alias("c0")]  # a value it cannot read stays as it was
    cols += [pl.col(n).alias(f"c{i}") for i, n in enumerate(names[1:5], start=1)]
    cols += [pl.col(num1).str.replace(",", ".", literal=True).alias("c5"),
             pl.col(num2).str.replace(",", ".", literal=True).alias("c6")]
    rest = [n for n in names[7:] if n != purchase_id]
    cols += [pl.col(n).alias(f"c{7 + i}") for i, n in enumerate(rest)]
    width = 7 + len(rest)
    cols += [pl.lit(None, dtype=pl.String).alias(f"c{i}") for i in range(width, REQUIRED - 1)]
    cols.append((pl.col(purchase_id) if purchase_id else pl.lit(None, dtype=pl.String)).alias(f"c{REQUIRED - 1}"))
    result = df.select(cols)
    result.write_csv(out, separator=";", include_header=False, line_terminator="\n", quote_style="necessary")
    return {"rows": result.height, "problems": 0, "counts": {}}


if __name__ == "__main__":
    print(json.dumps(convert(sys.argv[1], sys.argv[2])))
