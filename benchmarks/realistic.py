"""Two more kinds of export for the benchmark (issue 12), unlike `generate.py`'s.

    python benchmarks/realistic.py --rows 1000000 [--kind realistic|turkish|both]

realistic: what a store chain's export really looks like. UTF-8, `;`, the
contract header, 23 fields with the free dimensions and product attributes
filled, Turkish letters in most fields, ~3% of rows with a properly quoted
value (a `;` or a doubled `""` inside), ~0.2% with an unpaired quote (an inch
mark `55"` in an unquoted value, or a stray `"` typed after a value), and 2% of
rows with one defect of 14 kinds (DEFECTS). No baskets of identical stamps: every
row has its own moment, so the time stamp cache helps no more than on a real file.

turkish: a Turkish Excel "CSV (semicolon)" export in which every row needs
converting: Windows-1254, CRLF, a Turkish header of 12 columns (`Tarih;Müşteri
No;…;Fiş No`), `dd.mm.yyyy HH:MM` stamps, decimal commas in the amount column.

Both are deterministic (the seed only) and cached in benchmarks/data/.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

DATA_DIR = Path(__file__).resolve().parent / "data"

CONTRACT_HEADER = (["Time Stamp", "Customer ID", "Event Type", "Category", "Event Name", "Num1", "Num2"]
                   + [f"Var{i}" for i in range(1, 6)] + [f"EventName Attr{i}" for i in range(1, 11)]
                   + ["EventTransaction Attr1"])
TURKISH_HEADER = ["Tarih", "Müşteri No", "İşlem Tipi", "Kategori", "Ürün Kodu", "Adet", "Tutar",
                  "Şehir", "Mağaza", "Kanal", "Ödeme", "Fiş No"]

# Word pools: Turkish shop-floor vocabulary (ı İ ş Ş ğ Ğ ç Ç ö Ö ü Ü in most words).
CITY = ["İstanbul", "İzmir", "Ankara", "Şanlıurfa", "Muğla", "Eskişehir", "Kırşehir", "Çorum", "Düzce",
        "Uşak", "Iğdır", "Ağrı", "Gümüşhane", "Kütahya", "Niğde", "Tekirdağ", "Çanakkale", "Bingöl"]
DISTRICT = ["Kadıköy", "Üsküdar", "Beşiktaş", "Şişli", "Çankaya", "Karşıyaka", "Bağcılar", "Gölcük",
            "Ödemiş", "Söğüt", "Kuşadası", "Ünye", "Çiğli", "Yüreğir", "Keçiören"]
STORE = ["Mağaza", "Şube", "Çarşı", "Köşk", "Büfe"]
CHANNEL = ["Kasa Önü", "Mobil Ödeme", "Self Servis Kasası", "Şube İçi Tablet", "Çağrı Merkezi"]
PAYMENT = ["Kredi Kartı", "Banka Kartı", "Nakit Ödeme", "Yemek Çeki", "Hediye Çeki", "Taksitli Ödeme"]
CATEGORY = ["GIDA-İÇECEK", "KİŞİSEL-BAKIM", "TEMİZLİK", "GİYİM-ÇOCUK", "AYAKKABI", "ELEKTRONİK",
            "KIRTASİYE", "OYUNCAK", "EV-YAŞAM", "BAHÇE-DIŞ-MEKÂN"]
NOUN = ["Çay", "Süt", "Peynir", "Gömlek", "Pantolon", "Ayakkabı", "Deterjan", "Şampuan", "Kulaklık",
        "Çikolata", "Zeytinyağı", "Yoğurt", "Türk Kahvesi", "Havlu", "Nevresim Takımı", "Kışlık Mont",
        "Ütü", "Süpürge", "Çamaşır Makinesi", "Buzdolabı"]
BRAND = ["Ülker", "Pınar", "Sütaş", "Koçtaş", "Arçelik", "Şölen", "Doğadan", "Çaykur", "Yörük",
         "Güneşli", "Gökçe", "Özsüt"]
ADJ = ["Klasik", "Büyük Boy", "Ekonomik", "Şekersiz", "Günlük", "İnce", "Yumuşak", "Kışlık",
       "Yazlık", "Özel Seri", "Çift Kişilik"]
COLOR = ["Kırmızı", "Lacivert", "Siyah", "Beyaz", "Yeşil", "Gri", "Füme", "Açık Mavi", "Kahverengi",
         "Mürdüm", "Hardal Sarısı"]
SIZE = ["Küçük", "Orta", "Büyük", "Tek Ebat", "500 gr", "1 kg", "1 lt", "Çocuk Bedeni", "42 Numara"]
SEASON = ["2024 İlkbahar", "2024 Yaz", "2024 Sonbahar", "2024 Kış", "Dört Mevsim"]
GENDER = ["Kadın", "Erkek", "Çocuk", "Unisex", "Bebek"]
MATERIAL = ["%100 Pamuk", "Polyester Karışım", "Cam Şişe", "Geri Dönüşümlü Plastik", "Çelik",
            "Ahşap", "Deri Görünümlü"]
ORIGIN = ["Türkiye", "Yerli Üretim", "İthal Ürün", "Gaziantep Yöresi", "Ege Bölgesi"]
NOTE = ["Kampanya: 3 al 2 öde", "Personel indirimi", "Sadakat puanı kullanıldı", "Kasiyer: Ayşe Yılmaz",
        "Kasiyer: Oğuz Çelik", "Hediye paketi istendi", "İndirim kuponu geçersiz"]
QUOTED = ['"Kadıköy; Moda Şubesi"', '"Ekran 55"" Televizyon"', '"Çay; Şeker; Süt"',
          '"Müşteri ""VIP"" Kartı"']
UNPAIRED = ["inch", "stray"]

# Each is something `check` reports; one per defective row.
DEFECTS = ["decimal-comma", "thousands", "dmy-stamp", "impossible-date", "iso-t-stamp",
           "scientific-id", "decimal-id", "missing-id", "missing-product", "short-row",
           "stray-space", "event-type-decimal", "number-invalid", "duplicate"]


def _pick(rng: np.random.Generator, pool: list[str], n: int) -> list[str]:
    return np.asarray(pool, dtype=object)[rng.integers(0, len(pool), n)].tolist()


def _stamps(rng: np.random.Generator, n: int) -> np.ndarray:
    """Seconds since 2024-01-01, sorted: 90 days of shop hours, every row its own moment."""
    day = rng.integers(0, 90, n)
    return np.sort(day * 86400 + rng.integers(8 * 3600, 22 * 3600, n))


def _iso(seconds: np.ndarray) -> list[str]:
    moments = np.datetime64("2024-01-01T00:00:00") + seconds.astype("timedelta64[s]")
    return [t.replace("T", " ") for t in np.datetime_as_string(moments, unit="s").tolist()]


def realistic(rows: int, seed: int = 12, out_dir: Path = DATA_DIR, force: bool = False) -> Path:
    path = out_dir / f"realistic-{rows}-s{seed}.csv"
    if path.exists() and not force:
        return path
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    ts = _iso(_stamps(rng, rows))
    cid = [str(x) for x in rng.integers(10**9, 10**11, rows).tolist()]
    cat = _pick(rng, CATEGORY, rows)
    code = [f"{c[:3]}-{n:06d}" for c, n in zip(cat, rng.integers(0, 40_000, rows).tolist(), strict=True)]
    qty = rng.integers(1, 13, rows)
    price = rng.integers(150, 900_000, rows)
    num1 = [str(q) for q in qty.tolist()]
    num2 = [f"{v // 100}.{v % 100:02d}" for v in (qty * price).tolist()]
    var = [_pick(rng, CITY, rows), _pick(rng, DISTRICT, rows),
           [f"{s} {n:03d}" for s, n in zip(_pick(rng, STORE, rows), rng.integers(1, 400, rows).tolist(),
                                          strict=True)],
           _pick(rng, CHANNEL, rows), _pick(rng, PAYMENT, rows)]
    attr = [[f"{b} {n} {a}" for b, n, a in zip(_pick(rng, BRAND, rows), _pick(rng, NOUN, rows),
                                               _pick(rng, ADJ, rows), strict=True)],
            _pick(rng, BRAND, rows), _pick(rng, COLOR, rows), _pick(rng, SIZE, rows),
            _pick(rng, SEASON, rows), _pick(rng, GENDER, rows), _pick(rng, MATERIAL, rows),
            _pick(rng, ORIGIN, rows), [f"{v}" for v in rng.integers(1, 40, rows).tolist()],
            _pick(rng, NOTE, rows)]
    receipt = [f"FİŞ-{n:08d}" for n in rng.integers(0, 10**8, rows).tolist()]
    columns = [ts, cid, ["7"] * rows, cat, code, num1, num2, *var, *attr, receipt]
    roll = rng.random(rows)
    kinds = np.where(roll < 0.02, rng.integers(0, len(DEFECTS), rows), -1).tolist()
    quoted = np.flatnonzero((roll >= 0.02) & (roll < 0.05)).tolist()
    unpaired = np.flatnonzero((roll >= 0.05) & (roll < 0.052)).tolist()
    aux = rng.integers(0, 1 << 30, rows).tolist()
    for r in quoted:   # a value that has to be quoted: somewhere among the free columns
        columns[7 + aux[r] % 15][r] = QUOTED[aux[r] % len(QUOTED)]
    for r in unpaired:
        col = 12 + aux[r] % 10 if aux[r] & 1 else 7 + aux[r] % 5
        columns[col][r] = (f"Ekran {40 + aux[r] % 40}\" Televizyon" if aux[r] & 2
                           else columns[col][r] + '"')
    for r, kind in enumerate(kinds):
        if kind < 0:
            continue
        name = DEFECTS[kind]
        if name == "decimal-comma":
            columns[6][r] = columns[6][r].replace(".", ",")
        elif name == "thousands":
            columns[6][r] = f"{1 + aux[r] % 9}.{aux[r] % 1000:03d},{aux[r] % 100:02d}"
        elif name == "dmy-stamp":
            t = columns[0][r]
            columns[0][r] = f"{t[8:10]}.{t[5:7]}.{t[0:4]} {t[11:16]}"
        elif name == "impossible-date":
            columns[0][r] = "2024-02-30" + columns[0][r][10:]
        elif name == "iso-t-stamp":
            columns[0][r] = columns[0][r].replace(" ", "T")
        elif name == "scientific-id":
            columns[1][r] = f"{int(columns[1][r]) / 10 ** (len(columns[1][r]) - 1):.5f}E+{len(columns[1][r]) - 1}"
        elif name == "decimal-id":
            columns[1][r] += ".0"
        elif name == "missing-id":
            columns[1][r] = ""
        elif name == "missing-product":
            columns[4][r] = ""
        elif name == "stray-space":
            columns[7 + aux[r] % 3][r] = " " + columns[7 + aux[r] % 3][r]
        elif name == "event-type-decimal":
            columns[2][r] = "7.0"
        elif name == "number-invalid":
            columns[5][r] = "bir"
    lines = [";".join(CONTRACT_HEADER)]
    for r, fields in enumerate(zip(*columns, strict=True)):
        kind = kinds[r]
        if kind >= 0 and DEFECTS[kind] == "duplicate" and r:
            lines.append(lines[-1])
        elif kind >= 0 and DEFECTS[kind] == "short-row":
            lines.append(";".join(fields[:12 + aux[r] % 8]))   # Excel lost the trailing fields
        else:
            lines.append(";".join(fields))
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    _said(path, rows, started)
    return path


def turkish(rows: int, seed: int = 12, out_dir: Path = DATA_DIR, force: bool = False) -> Path:
    """Every row needs converting: dd.mm.yyyy HH:MM, decimal commas; cp1254, CRLF, 12 columns."""
    path = out_dir / f"turkish-excel-{rows}-s{seed}.csv"
    if path.exists() and not force:
        return path
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    iso = _iso(_stamps(rng, rows))
    ts = [f"{t[8:10]}.{t[5:7]}.{t[0:4]} {t[11:16]}" for t in iso]
    cid = [str(x) for x in rng.integers(10**9, 10**11, rows).tolist()]
    cat = _pick(rng, CATEGORY, rows)
    code = [f"{c[:3]}-{n:06d}" for c, n in zip(cat, rng.integers(0, 40_000, rows).tolist(), strict=True)]
    qty = rng.integers(1, 13, rows)
    amount = (qty * rng.integers(150, 90_000, rows)).tolist()
    tutar = [f"{v // 100},{v % 100:02d}" for v in amount]   # 1234,50: no thousands separator
    columns = [ts, cid, ["7"] * rows, cat, code, [str(q) for q in qty.tolist()], tutar,
               _pick(rng, CITY, rows),
               [f"{s} {d}" for s, d in zip(_pick(rng, STORE, rows), _pick(rng, DISTRICT, rows), strict=True)],
               _pick(rng, CHANNEL, rows), _pick(rng, PAYMENT, rows),
               [f"FİŞ-{n:08d}" for n in rng.integers(0, 10**8, rows).tolist()]]
    lines = [";".join(TURKISH_HEADER)] + [";".join(f) for f in zip(*columns, strict=True)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1254"))
    _said(path, rows, started)
    return path


def repeated(source: Path, rows: int, out_dir: Path = DATA_DIR, force: bool = False) -> Path:
    """A file nobody here generated, scaled up: its header once, its data rows repeated."""
    path = out_dir / f"{source.stem}-x{rows}.csv"
    if path.exists() and not force:
        return path
    out_dir.mkdir(parents=True, exist_ok=True)
    data = source.read_bytes()
    end = b"\r\n" if b"\r\n" in data else b"\n"
    head, body = data.split(end, 1)
    body_lines = body.rstrip(end).split(end)
    copies = -(-rows // len(body_lines))
    block = end.join(body_lines) + end
    with open(path, "wb") as out:
        out.write(head + end)
        out.write(block * (copies - 1))
        out.write(end.join(body_lines[:rows - (copies - 1) * len(body_lines)]) + end)
    return path


def _said(path: Path, rows: int, started: float) -> None:
    print(f"generated {path.name}: {rows} rows, {path.stat().st_size / 1e6:.1f} MB "
          f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--kind", choices=("realistic", "turkish", "both"), default="both")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args(argv)
    for rows in args.rows:
        if args.kind in ("realistic", "both"):
            print(realistic(rows, args.seed, force=args.force))
        if args.kind in ("turkish", "both"):
            print(turkish(rows, args.seed, force=args.force))
    return 0


if __name__ == "__main__":
    sys.exit(main())
