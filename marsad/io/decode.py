"""Bytes -> text: encoding detection and binary sniffing.

Order of attempts (first that succeeds wins):

1. a byte-order mark: UTF-8-BOM, UTF-16 LE/BE (UTF-32 too);
2. BOM-less UTF-16 (NUL in every other byte of a mostly-ASCII/Arabic text);
3. strict UTF-8;
4. a charset declared inside the document (``<meta charset>``, XML declaration), if Python knows it;
5. Windows-1256 (the Arabic Windows code page, the usual legacy Arabic encoding).

Files that are binary (known magic numbers, NUL bytes, or many control characters once decoded)
raise :class:`DecodeError` with a message saying what they look like.  The decoded text is
returned exactly: BOM removed, nothing else changed (line endings, marks and NBSPs are kept;
hygiene happens later through offsets).
"""
from __future__ import annotations

import codecs
import re

__all__ = ["DecodeError", "decode_bytes", "sniff_binary"]


class DecodeError(ValueError):
    """The bytes are not text we can decode (binary file, undecodable bytes)."""


_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x7fELF", "an ELF executable"),
    (b"MZ", "a Windows executable"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"RIFF", "a RIFF media file (WAV/WEBP/AVI)"),
    (b"\x1a\x45\xdf\xa3", "a Matroska/WebM video"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg media file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!", "a RAR archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\xd0\xcf\x11\xe0", "an MS Office (OLE) document"),
    (b"SQLite format 3", "an SQLite database"),
]

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

_DECL = re.compile(rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,100}?encoding\s*=\s*["'])([A-Za-z0-9_\-:.]{2,40})""",
                   re.I)
# C0 controls other than tab, LF, VT, FF, CR (and ESC, seen in some old dumps)
_CTRL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def sniff_binary(head: bytes) -> "str | None":
    """What a binary file looks like ("a PNG image"), or None when it may be text."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            if magic == b"MZ" and not head[2:4].strip(b"\x00\x90"):
                return what
            if magic != b"MZ":
                return what
    return None


def _utf16_guess(data: bytes) -> "str | None":
    sample = data[:4000]
    if len(sample) < 8:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    # ASCII text in UTF-16-LE has NUL in every odd byte; Arabic (U+06xx) has 0x06 there instead,
    # so use both NUL and 0x06 as "high byte" evidence.
    hi_odd = odd + sample[1::2].count(6)
    hi_even = even + sample[0::2].count(6)
    if hi_odd > 0.6 * half and even < 0.05 * half:
        return "utf-16-le"
    if hi_even > 0.6 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _check_text(text: str, encoding: str) -> None:
    if not text:
        return
    sample = text[:20000]
    ctrl = len(_CTRL.findall(sample))
    if ctrl > max(2, 0.01 * len(sample)):
        raise DecodeError(f"binary content: {ctrl} control characters in the first {len(sample)} "
                          f"characters after decoding as {encoding}")


def decode_bytes(data: bytes, declared: "str | None" = None) -> tuple[str, str]:
    """Decode ``data`` to text; returns ``(text, encoding_used)``.

    ``declared`` is an encoding named by the container (an HTTP header, a JSON field); it is tried
    after BOMs and strict UTF-8.  Raises :class:`DecodeError` for binary data.
    """
    what = sniff_binary(data[:16])
    if what:
        raise DecodeError(f"binary file: looks like {what}, not text")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc)
            except UnicodeDecodeError as e:
                raise DecodeError(f"undecodable: starts with a {enc} byte-order mark but is not valid "
                                  f"{enc} ({e.reason} at byte {e.start})") from None
            _check_text(text, enc)
            return text, enc + ("-sig" if enc == "utf-8" else "")
    enc16 = _utf16_guess(data)
    if enc16:
        try:
            text = data.decode(enc16)
            _check_text(text, enc16)
            return text, enc16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8000]:
        raise DecodeError("binary file: contains NUL bytes and is not UTF-16")
    try:
        text = data.decode("utf-8")
        _check_text(text, "utf-8")
        return text, "utf-8"
    except UnicodeDecodeError as e:
        utf8_err = e
    cands = []
    if declared:
        cands.append(declared)
    m = _DECL.search(data[:4096])
    if m:
        cands.append(m.group(1).decode("ascii", "replace"))
    for enc in cands:
        try:
            name = codecs.lookup(enc).name
        except LookupError:
            continue
        if name in ("utf-8", "ascii"):
            continue
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        _check_text(text, name)
        return text, name
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        raise DecodeError(f"undecodable: not UTF-8 ({utf8_err.reason} at byte {utf8_err.start}) "
                          f"and not Windows-1256") from None
    _check_text(text, "cp1256")
    return text, "cp1256"
