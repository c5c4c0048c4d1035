"""Which text encoding a store export is in, decided from a sample of its bytes."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import chardet

from ..i18n import N_

SAMPLE_BYTES = 1 << 20

_LABELS = {
    "utf-8": "UTF-8", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE",
    "cp1254": N_("Windows-1254 (Turkish)"), "cp1252": N_("Windows-1252 (Western)"),
    "iso8859-9": N_("ISO-8859-9 (Turkish)"), "ascii": "ASCII", "cp857": N_("DOS code page 857 (Turkish)"),
}
# Letters that are common in Turkish but rare in Western European text when the
# bytes are read as Windows-1252: ý þ ð Ý Þ Ð are ı ş ğ İ Ş Ğ in Windows-1254.
_TURKISH_BYTES = frozenset(b"\xfd\xfe\xf0\xdd\xde\xd0")


@dataclass(frozen=True)
class EncodingInfo:
    codec: str            # Python codec the source is decoded with
    bom: bytes = b""      # byte-order mark at the start of the source, if any
    fallback: str = ""    # codec for the odd lines of a mostly UTF-8 file

    @property
    def label(self) -> str:
        return label(self.codec)

    @property
    def is_utf8(self) -> bool:
        return self.codec == "utf-8"


def label(codec: str) -> str:
    name = codecs.lookup(codec).name
    return _LABELS.get(name, name.upper())


def _utf16_without_bom(sample: bytes) -> str | None:
    head = sample[:4096]
    if len(head) < 8:
        return None
    even_zero = head[0::2].count(0) / (len(head) / 2)
    odd_zero = head[1::2].count(0) / (len(head) / 2)
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


_TURKISH_FAMILY = frozenset({"cp1254", "iso8859-9", "mac-turkish", "cp857"})
# Codecs of other scripts that chardet names reliably; anything else it says about
# a non-UTF-8 sample is a guess between Windows-1254 and Windows-1252.
_OTHER_SCRIPTS = frozenset({
    "cp1251", "koi8-r", "koi8-u", "mac-cyrillic", "iso8859-5", "cp866", "cp1253", "iso8859-7",
    "cp1255", "iso8859-8", "cp1256", "iso8859-6", "cp874", "tis-620", "cp1258", "big5", "gb2312",
    "gbk", "gb18030", "shift_jis", "cp932", "euc_jp", "euc_kr", "cp949"})
_ASCII = bytes(range(0x80))
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))


def guess_legacy(sample: bytes) -> str:
    """Best single-byte codec for text that is not UTF-8, preferring what store PCs write.

    chardet is unreliable on short Latin-script samples (it names MacTurkish,
    MacLatin2, ISO-8859-15 or even CP1006 for plain Turkish), so for text that is
    mostly ASCII letters with a few accented ones the choice is only between what
    store PCs produce: Windows-1254 when Turkish-only letters are there, else
    Windows-1252. chardet decides only for text in another script (Cyrillic,
    Greek, Arabic ...), where most letters are high bytes.
    """
    if not sample:
        return "cp1254"  # nothing to go on: our users' PCs are mostly Turkish
    has_turkish = any(byte in _TURKISH_BYTES for byte in sample)
    high_bytes = sample.translate(None, _ASCII)
    if len(sample.translate(None, _NOT_ASCII_LETTER)) >= 2 * len(high_bytes):  # Latin script
        return _best_latin(high_bytes, has_turkish)[0]
    result = chardet.detect(sample, max_bytes=len(sample) or 1)
    name = (result.get("encoding") or "").lower()
    try:
        name = codecs.lookup(name).name if name else ""
        if name:
            b"\x80\xff".decode(name, errors="replace")  # a codec that decodes bytes
    except (LookupError, TypeError):
        name = ""
    latin, score = _best_latin(high_bytes, has_turkish or name in _TURKISH_FAMILY)
    if name in _OTHER_SCRIPTS and score < 2 * len(high_bytes):  # unless nearly all read as Turkish letters
        return name
    return latin


_LATIN_CANDIDATES = ("cp1254", "cp857", "cp1252")  # Windows Turkish, DOS Turkish, Windows Western
_TURKISH_LETTERS = frozenset("ÇçĞğİıÖöŞşÜü")


def _best_latin(high_bytes: bytes, has_turkish: bool) -> tuple[str, int]:
    """The store-PC code page under which the non-ASCII bytes read most like letters.

    Turkish letters count most, other letters less, symbols nothing, and a byte the
    code page does not define counts against it (it would have to be replaced).
    """
    best, best_score = _LATIN_CANDIDATES[0], None
    counts = {byte: high_bytes.count(byte) for byte in set(high_bytes)}
    # Windows-1252 and -1254 differ in six letters only: without those, both read the
    # same, and the file is called by the Western name (a tie keeps the earlier one)
    order = _LATIN_CANDIDATES if has_turkish else ("cp1252", "cp1254", "cp857")
    # DOS Turkish writes most Turkish letters as 0x80-0x9F, which Windows code pages use for
    # rare punctuation; without many of those a no-break space (0xA0) is not DOS's 'á'.
    dos_like = sum(n for byte, n in counts.items() if 0x80 <= byte <= 0x9F) * 10 >= 3 * len(high_bytes)
    for codec in order:
        if codec == "cp857" and not dos_like:
            continue
        score = 0
        for byte, n in counts.items():
            try:
                char = bytes([byte]).decode(codec)
            except UnicodeDecodeError:
                score -= 5 * n
                continue
            score += n * (3 if char in _TURKISH_LETTERS else 1 if char.isalpha() else 0)
        if best_score is None or score > best_score:
            best, best_score = codec, score
    return best, best_score or 0


def _bad_utf8_lines(sample: bytes) -> tuple[int, int, bytes, bool]:
    """Lines of the sample that are not UTF-8: (bad, total, their bytes, UTF-8 letters seen).

    The last flag says whether any good line holds non-ASCII UTF-8: only then is
    there evidence that the file really is UTF-8 and the bad lines are strays.
    """
    lines = [line for line in sample.split(b"\n") if line.strip()]
    if len(sample) >= SAMPLE_BYTES and len(lines) > 1:
        lines = lines[:-1]  # the last one may be cut mid-character
    bad, utf8_letters = [], False
    for line in lines:
        if not is_utf8(line):
            bad.append(line)
        elif not utf8_letters and not line.isascii():
            utf8_letters = True
    return len(bad), len(lines), b"\n".join(bad), utf8_letters


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def line_text(line: bytes, fallback: str) -> tuple[str, bool]:
    """One line's text, and whether it needed the file's legacy encoding: each line of a
    file is read on its own (a value spanning lines keeps its UTF-8 lines when another of
    its lines is legacy), the same way by the check, the table and the report."""
    try:
        return line.decode("utf-8"), False
    except UnicodeDecodeError:
        return line.decode(fallback, errors="replace"), True


def detect(sample: bytes) -> EncodingInfo:
    """Decide the encoding of a source from its first bytes."""
    if sample.startswith(codecs.BOM_UTF8):
        return _utf8_or_mixed(sample[3:], codecs.BOM_UTF8)
    if sample.startswith(codecs.BOM_UTF16_LE):
        return EncodingInfo("utf-16-le", codecs.BOM_UTF16_LE)
    if sample.startswith(codecs.BOM_UTF16_BE):
        return EncodingInfo("utf-16-be", codecs.BOM_UTF16_BE)
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return EncodingInfo(utf16)
    return _utf8_or_mixed(sample, b"")


def _utf8_or_mixed(sample: bytes, bom: bytes) -> EncodingInfo:
    bad, total, bad_bytes, utf8_letters = _bad_utf8_lines(sample)
    if bad == 0:
        return EncodingInfo("utf-8", bom, fallback=guess_legacy(b""))
    # A legacy file whose accented letters are rare has only ASCII good lines: no
    # sign of UTF-8 at all, so the whole file is in the legacy encoding.
    if utf8_letters or bom:
        # Letters already written in UTF-8: the file is UTF-8 and its odd lines are another
        # encoding. Valid UTF-8 is never read again as something else, however many odd lines.
        return EncodingInfo("utf-8", bom, fallback=guess_legacy(bad_bytes))
    return EncodingInfo(guess_legacy(bad_bytes or sample), bom)  # the UTF-8 lines say nothing of it
