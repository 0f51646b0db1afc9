"""Bytes to text for every reader: spot binary input, then decode without ever failing.

News files arrive as UTF-8 (with or without a byte-order mark), as Windows-1252 or Latin-1
from older systems, and sometimes as a mix of lines pasted from both. UTF-8 is tried first
because a non-UTF-8 text almost never decodes as valid UTF-8 by accident; lines that are
not UTF-8 fall back to Windows-1252, then Latin-1, which decodes any byte.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

SNIFF_BYTES = 8192
"""How much of the start of an input is looked at to tell binary from text and pick a format."""

BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF (WebP, WAV or AVI) file"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office document"),
)
"""Leading bytes of common non-text files, so the error can say what the file is."""

UNICODE_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Byte-order marks, longest first (a UTF-32 LE mark begins with the UTF-16 LE one)."""

FALLBACK_ENCODINGS = ("utf-8", "windows-1252", "latin-1")
"""Tried line by line, in order; Latin-1 decodes any byte, so decoding never fails."""

PLAIN_FALLBACK_CODECS = frozenset(
    codecs.lookup(label).name
    for label in ("utf-8", "ascii", "latin-1", "iso-8859-1", "windows-1252")
)
"""Declared charsets the fallback already covers (browsers read Latin-1 as Windows-1252)."""

_DECLARED_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""")
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13, 27}


@dataclass(frozen=True)
class Decoded:
    """Text and the encoding it was read in ('mixed' when lines needed different ones)."""

    text: str
    encoding: str


def binary_kind(head: bytes) -> str | None:
    """What a file is, when its first bytes show it is not text; None for text.

    Unicode byte-order marks make NUL bytes legitimate (UTF-16/32), so they count as text.
    """
    if any(head.startswith(bom) for bom, _ in UNICODE_BOMS):
        return None
    for signature, kind in BINARY_SIGNATURES:
        if head.startswith(signature):
            return kind
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    controls = sum(byte in _CONTROL_BYTES for byte in head)
    if head and controls / len(head) > 0.05:
        return "binary data (control bytes)"
    return None


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML/XML page or an HTTP header declares, as a Python codec name."""
    match = _DECLARED_CHARSET.search(head)
    return _codec_name(match.group(1).decode("ascii")) if match else None


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Text from bytes, never raising: BOM, then a declared non-Western charset, then fallbacks.

    A declared charset is trusted only when the bytes decode cleanly with it and are not
    valid UTF-8 (pages often declare one encoding and are saved in another).
    """
    for bom, encoding in UNICODE_BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding.removesuffix("-sig"))
            except UnicodeDecodeError:
                break
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    codec = _codec_name(declared)
    if codec and codec not in PLAIN_FALLBACK_CODECS:
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError:
            pass
    return _decode_by_line(data)


def _decode_by_line(data: bytes) -> Decoded:
    used: set[str] = set()
    pieces = []
    for line in data.splitlines(keepends=True):
        for encoding in FALLBACK_ENCODINGS:
            try:
                pieces.append(line.decode(encoding))
            except UnicodeDecodeError:
                continue
            if not line.isascii():
                used.add(encoding)
            break
    encoding = used.pop() if len(used) == 1 else "mixed"
    return Decoded("".join(pieces), encoding)


def _codec_name(label: str | None) -> str | None:
    try:
        return codecs.lookup(label).name if label else None
    except LookupError:
        return None
