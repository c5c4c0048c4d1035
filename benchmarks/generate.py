"""Deterministic, realistic store exports for the benchmark (issue 4).

    python benchmarks/generate.py --rows 100000 1000000 [--defects 0.02]
                                  [--encoding cp1254] [--bom] [--crlf] [--seed 4]

What a file looks like: a chain's daily POS export in the 23+ column offline
data layout, `;`-separated, with a header row. Turkish city and store names
(İ ş ğ ı ç ö ü), product codes, baskets (several lines sharing one time stamp,
customer and receipt id in EventTransaction Attr1), about 4% of the rows with
a quoted field (a `;` or a `"` in a product name or a note), and a chosen
share of rows carrying one defect the checker detects (see DEFECTS).

Files go to benchmarks/data/ (git-ignored) and are reused when present. The
output depends only on the options, never on the machine or the clock.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

DATA_DIR = Path(__file__).resolve().parent / "data"

HEADER = (["Time Stamp", "Customer ID", "Event Type", "Category", "Event Name", "Num1", "Num2"]
          + [f"Var{i}" for i in range(1, 6)]
          + [f"EventName Attr{i}" for i in range(1, 11)]
          + ["EventTransaction Attr1"])

CITIES = ["İstanbul", "İzmir", "Ankara", "Şanlıurfa", "Muğla", "Eskişehir", "Kırıkkale",
          "Diyarbakır", "Ağrı", "Iğdır", "Çanakkale", "Gümüşhane", "Kütahya", "Niğde",
          "Düzce", "Bursa", "Antalya", "Tekirdağ", "Kırşehir", "Uşak"]
DISTRICTS = ["Kadıköy", "Beşiktaş", "Üsküdar", "Çankaya", "Karşıyaka", "Bornova", "Şişli",
             "Ataşehir", "Keçiören", "Nilüfer", "Muratpaşa", "Merkez", "Bağcılar", "Sarıyer"]
UNITS = ["Perakende", "Toptan", "E-Ticaret", "Outlet", "Franchise"]
CHANNELS = ["Kasa 1", "Kasa 2", "Kasa 3", "Self-Servis", "Mobil Kasa"]
PAYMENTS = ["Kredi Kartı", "Nakit", "Banka Kartı", "Yemek Çeki", "Hediye Çeki", ""]
CATEGORIES = ["GIDA", "İÇECEK", "TEMİZLİK", "KOZMETİK", "GİYİM", "AYAKKABI", "ELEKTRONİK",
              "KIRTASİYE", "OYUNCAK", "EV-YAŞAM"]
BRANDS = ["Ülker", "Eti", "Pınar", "Sütaş", "Koçtaş", "Arçelik", "Vestel", "Beko", "Mavi",
          "LC Waikiki", "Koton", "Şölen", "Tadım", "Doğadan", "Çaykur", "Erikli"]
NOUNS = ["Çay", "Bisküvi", "Peynir", "Süt", "Gömlek", "Pantolon", "Ayakkabı", "Deterjan",
         "Şampuan", "Kalem", "Defter", "Oyuncak Araba", "Kulaklık", "Çikolata", "Zeytinyağı",
         "Yoğurt", "Kahve", "Havlu", "Nevresim", "Tişört"]
ADJECTIVES = ["Klasik", "Büyük Boy", "Ekonomik", "Organik", "Şekersiz", "Slim Fit", "Günlük",
              "Premium", "Mini", "Aile Boyu", "İnce", "Yumuşak"]
COLORS = ["Kırmızı", "Lacivert", "Siyah", "Beyaz", "Yeşil", "Gri", "Füme", "Açık Mavi", ""]
SIZES = ["S", "M", "L", "XL", "500 g", "1 kg", "1 lt", "250 ml", "Tek Ebat", ""]
SEASONS = ["2024 İlkbahar", "2024 Yaz", "2024 Sonbahar", "2024 Kış", ""]
GENDERS = ["Kadın", "Erkek", "Çocuk", "Unisex", ""]
MATERIALS = ["%100 Pamuk", "Polyester", "Cam", "Plastik", "Karton", "Metal", ""]
NOTES = ["Kampanya: 3 al 2 öde", "Personel indirimi", "İade; değişim", 'Kupon "YAZ24"',
         "Sadakat puanı kullanıldı", "Kasiyer: Ayşe Yılmaz", "Kasiyer: Oğuz Çelik"]

# Each defect is something the checker detects (issue #2 codes in brackets).
DEFECTS = [
    "decimal-comma",        # Num2 149,90 [number-decimal-comma]
    "dmy-timestamp",        # 15.03.2024 14:23:11 [timestamp-format]
    "scientific-id",        # 1.23457E+11 [id-scientific]
    "decimal-id",           # 123456789.0 [id-decimal]
    "missing-mandatory",    # empty customer id / Num1 / product code [mandatory-missing]
    "short-row",            # trailing separators lost [field-count]
    "stray-space",          # " İzmir" / "2 " [whitespace]
    "duplicate",            # exact copy of the previous line [duplicate-row]
]

QUOTED_SHARE = 0.04
N_PRODUCTS = 5_000
N_CUSTOMERS = 200_000
N_STORES = 400


def _q(value: str) -> str:
    """Quote a field the way the contract says (only when it has to be)."""
    if ";" in value or '"' in value or "\n" in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def _products(rng: np.random.Generator) -> list[tuple[str, str, str]]:
    """(category;code, attributes 1..10 joined, unit price) per product; some need quotes."""
    out = []
    for i in range(N_PRODUCTS):
        cat = CATEGORIES[int(rng.integers(len(CATEGORIES)))]
        brand = BRANDS[int(rng.integers(len(BRANDS)))]
        noun = NOUNS[int(rng.integers(len(NOUNS)))]
        adj = ADJECTIVES[int(rng.integers(len(ADJECTIVES)))]
        code = f"{cat.replace('-', '')[:3]}-{i:06d}-TR"
        name = f"{brand} {noun} {adj}"
        price = int(rng.integers(250, 250_000)) / 100
        attrs = [name, brand, COLORS[int(rng.integers(len(COLORS)))],
                 SIZES[int(rng.integers(len(SIZES)))], SEASONS[int(rng.integers(len(SEASONS)))],
                 GENDERS[int(rng.integers(len(GENDERS)))],
                 MATERIALS[int(rng.integers(len(MATERIALS)))],
                 f"869{int(rng.integers(10**9, 10**10)):010d}" if i % 3 else ""]
        # list price and discount: filled for a third of the products only
        attrs += [f"{price:.2f}", f"{int(rng.integers(0, 40))}.00"] if i % 3 == 0 else ["", ""]
        out.append((f"{cat};{code}", ";".join(attrs), f"{price:.2f}",
                    name))
    return out


def _stores(rng: np.random.Generator) -> list[str]:
    """Var1..Var5 prefix (without Var5) per store."""
    out = []
    for i in range(N_STORES):
        city = CITIES[int(rng.integers(len(CITIES)))]
        district = DISTRICTS[int(rng.integers(len(DISTRICTS)))]
        unit = UNITS[int(rng.integers(len(UNITS)))]
        out.append((city, unit, f"MGZ-{i:04d} {district}"))
    return out


def file_name(rows: int, defects: float, encoding: str, bom: bool, crlf: bool, seed: int) -> str:
    parts = [f"export-{rows}", f"d{defects:g}", encoding]
    if bom:
        parts.append("bom")
    if crlf:
        parts.append("crlf")
    parts.append(f"s{seed}")
    return "-".join(parts) + ".csv"


def generate(rows: int, *, defects: float = 0.02, encoding: str = "utf-8", bom: bool = False,
             crlf: bool = False, seed: int = 4, header: bool = True,
             out_dir: Path = DATA_DIR, force: bool = False, quiet: bool = False) -> Path:
    """Write (or reuse) an export of `rows` data rows; returns its path."""
    if bom and not encoding.startswith("utf"):
        raise ValueError(f"{encoding} has no byte-order mark")
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / file_name(rows, defects, encoding, bom, crlf, seed)
    if path.exists() and not force:
        return path
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    products = _products(rng)
    stores = _stores(rng)
    customers = rng.integers(10**9, 10**12, size=N_CUSTOMERS)

    # Baskets: 1..8 lines each sharing time stamp, customer, store and receipt id.
    sizes = rng.integers(1, 9, size=rows // 2 + 8)
    cut = int(np.searchsorted(np.cumsum(sizes), rows))
    sizes = sizes[:cut + 1]
    n_baskets = len(sizes)
    basket_of_row = np.repeat(np.arange(n_baskets), sizes)[:rows]
    moments = np.sort(rng.integers(0, 28, size=n_baskets) * 86400
                      + rng.integers(8 * 3600, 22 * 3600, size=n_baskets))
    days, day_seconds = moments // 86400 + 1, moments % 86400
    basket_customer = rng.integers(0, N_CUSTOMERS, size=n_baskets)
    basket_store = rng.integers(0, N_STORES, size=n_baskets)
    basket_channel = rng.integers(0, len(CHANNELS), size=n_baskets)
    basket_pay = rng.integers(0, len(PAYMENTS), size=n_baskets)
    row_product = rng.integers(0, N_PRODUCTS, size=rows)
    row_qty = np.minimum(rng.geometric(0.55, size=rows), 12)
    row_quoted = rng.random(rows) < QUOTED_SHARE
    row_note = rng.integers(0, len(NOTES), size=rows)
    has_extra = rng.random(rows) < 0.05  # a few rows carry a 24th field (a note)
    defect_kind = np.where(rng.random(rows) < defects,
                           rng.integers(1, len(DEFECTS) + 1, size=rows), 0)
    defect_kind[0] = 0  # the first data row is clean (so the duplicate has a model)
    aux = rng.integers(0, 1_000_000, size=rows)

    month = 3
    ts_text = [f"2024-{month:02d}-{d:02d} {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"
               for d, s in zip(days.tolist(), day_seconds.tolist(), strict=True)]
    receipts = [f"F{month:02d}{d:02d}-{st:04d}-{b:07d}"
                for b, (d, st) in enumerate(zip(days.tolist(), basket_store.tolist(), strict=True))]
    cust_text = [str(c) for c in customers.tolist()]
    store_text = [f"{c};{u};{s}" for c, u, s in stores]

    eol = "\r\n" if crlf else "\n"
    lines: list[str] = [";".join(HEADER)] if header else []
    tmp = path.with_suffix(".tmp")
    out = open(tmp, "wb")  # noqa: SIM115 (closed below, replaced atomically)
    size = 0
    if bom:
        out.write("\ufeff".encode(encoding))
    prev = ""
    bk = basket_of_row.tolist()
    prod = row_product.tolist()
    qty = row_qty.tolist()
    quoted = row_quoted.tolist()
    notes = row_note.tolist()
    extra = has_extra.tolist()
    kinds = defect_kind.tolist()
    auxs = aux.tolist()
    bcust = basket_customer.tolist()
    bstore = basket_store.tolist()
    bchan = basket_channel.tolist()
    bpay = basket_pay.tolist()
    for r in range(rows):
        b = bk[r]
        kind = kinds[r]
        if kind == 8 and prev:  # duplicate: the previous line again
            lines.append(prev)
            if len(lines) >= 50_000:
                size += out.write((eol.join(lines) + eol).encode(encoding))
                lines.clear()
            continue
        cat_code, attrs, price, name = products[prod[r]]
        q = qty[r]
        total = f"{q * float(price):.2f}"
        ts = ts_text[b]
        cid = cust_text[bcust[b]]
        num1 = str(q)
        store = store_text[bstore[b]]
        tail = receipts[b]
        if quoted[r]:
            # a product name with a ';' or a '"' (about 4% of rows): quoted field
            if auxs[r] & 1:
                attrs = _q(f'{name}; {COLORS[auxs[r] % 8]}') + attrs[attrs.index(";"):]
            else:
                attrs = _q(f'{name} {auxs[r] % 90 + 10}" Ekran') + attrs[attrs.index(";"):]
        if extra[r]:
            tail = tail + ";" + _q(NOTES[notes[r]])
        if kind == 1:
            total = total.replace(".", ",")
        elif kind == 2:
            ts = f"{ts[8:10]}.{ts[5:7]}.{ts[0:4]}{ts[10:]}"
        elif kind == 3:
            c = int(cid)
            cid = f"{c / 10 ** (len(cid) - 1):.5f}".rstrip("0").rstrip(".") + f"E+{len(cid) - 1}"
        elif kind == 4:
            cid = cid + ".0"
        elif kind == 5:
            which = auxs[r] % 3
            if which == 0:
                cid = ""
            elif which == 1:
                num1 = ""
            else:
                cat_code = cat_code[:cat_code.index(";") + 1]
        elif kind == 7:
            if auxs[r] & 1:
                store = " " + store
            else:
                num1 = num1 + " "
        line = (f"{ts};{cid};7;{cat_code};{num1};{total};{store};{CHANNELS[bchan[b]]};"
                f"{PAYMENTS[bpay[b]]};{attrs};{tail}")
        if kind == 6:
            # an Excel round trip dropped the trailing empty fields: cut at Var5
            line = line[:_nth(line, ";", 11 + auxs[r] % 8)]
        lines.append(line)
        prev = line
        if len(lines) >= 50_000:
            size += out.write((eol.join(lines) + eol).encode(encoding))
            lines.clear()
    if lines:
        size += out.write((eol.join(lines) + eol).encode(encoding))
    out.close()
    os.replace(tmp, path)
    if not quiet:
        print(f"generated {path.name}: {rows} rows, {size / 1e6:.1f} MB "
              f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def _nth(text: str, sep: str, n: int) -> int:
    """Index of the n-th (1-based) separator in text (or its length)."""
    pos = -1
    for _ in range(n):
        pos = text.find(sep, pos + 1)
        if pos < 0:
            return len(text)
    return pos


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--defects", type=float, default=0.02,
                        help="share of rows with one defect (default 0.02)")
    parser.add_argument("--encoding", default="utf-8", choices=("utf-8", "cp1254"))
    parser.add_argument("--bom", action="store_true")
    parser.add_argument("--crlf", action="store_true")
    parser.add_argument("--no-header", dest="header", action="store_false")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--force", action="store_true", help="regenerate even if present")
    parser.add_argument("--out-dir", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    if args.bom and args.encoding != "utf-8":
        parser.error("--bom goes with UTF-8 only (cp1254 has no byte-order mark)")
    for rows in args.rows:
        path = generate(rows, defects=args.defects, encoding=args.encoding, bom=args.bom,
                        crlf=args.crlf, seed=args.seed, header=args.header,
                        out_dir=args.out_dir, force=args.force)
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
