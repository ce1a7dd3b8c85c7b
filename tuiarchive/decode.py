"""Turning a dump's raw bytes into text: encodings, byte-order marks, binary files."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from tuiarchive.errors import NotADump

# Text that was UTF-8, read as Windows-1252 and saved again ("â€™" for "’").
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                       "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
                       "\u2039\u203a\u20ac\u2122]")  # fmt: skip

_C0_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class DecodedDump:
    """A dump's text with its line endings made uniform, and what decoding noticed."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 without a byte-order mark from where its zero bytes fall."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_zeros = data[0::2].count(0)
    odd_zeros = data[1::2].count(0)
    half = len(data) // 2
    if odd_zeros > 0.3 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.3 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not _C0_CONTROLS.search(sample):
        return False
    controls = len(_C0_CONTROLS.findall(sample))
    return controls > max(8, len(sample) // 100)


def decode_dump(data: bytes) -> DecodedDump:
    """Decode a dump: UTF-8 (with or without BOM), UTF-16/32 with BOM, else Windows-1252.

    Raises `NotADump` for an empty, blank or binary file. Line endings become
    "\\n"; U+2028, U+0085 and other exotic separators are kept as they are.
    """
    if not data:
        raise NotADump("the file is empty")
    warnings: list[str] = []
    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        encoding = "utf-32"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = _utf16_without_bom(data) or "utf-8"

    if encoding == "utf-8":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            if data.count(0) > max(8, len(data) // 100):
                raise NotADump("binary file (not text in any encoding tried)") from None
            encoding = "cp1252"
            text = _decode_utf8_or_cp1252(data, warnings)
    else:
        text = data.decode(encoding, errors="replace")
        if "\ufffd" in text:
            warnings.append(f"some bytes were not valid {encoding} and were replaced by �")

    if _looks_binary(text):
        raise NotADump(f"binary file (control characters throughout, read as {encoding})")
    if "\x00" in text:
        warnings.append("NUL characters were removed")
        text = text.replace("\x00", "")
    # The decoders above never yield lone surrogates, and C1 controls only where the
    # file really holds them as characters (Windows-1252 has none); the browser shows
    # those as visible marks.
    if encoding != "cp1252" and (b"\xc3" in data or not encoding.startswith("utf-8")):
        # Text double-encoded as UTF-8 always holds "Ã", "Â", "â"... which UTF-8 writes
        # as 0xC3 and a second byte; without that byte there is nothing to repair.
        text = _repair_mojibake(text, warnings)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise NotADump("the file holds only blank lines")
    return DecodedDump(text=text, encoding=encoding, warnings=tuple(warnings))


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read bytes that are not UTF-8 as Windows-1252."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("tuiarchive-cp1252", _cp1252_fallback)


def _c1_as_bytes(error: UnicodeError) -> tuple[bytes, int]:
    """Codec error handler: encode C1 controls as their own byte (how mojibake keeps 0x9D)."""
    assert isinstance(error, UnicodeEncodeError)
    bad = error.object[error.start : error.end]
    if all("\x80" <= ch <= "\x9f" for ch in bad):
        return bad.encode("latin-1"), error.end
    raise error


codecs.register_error("tuiarchive-c1", _c1_as_bytes)


def _decode_utf8_or_cp1252(data: bytes, warnings: list[str]) -> str:
    """Decode UTF-8 where it is valid and Windows-1252 elsewhere (also pure cp1252 files).

    Latin-1 files decode the same way, except that their rare bytes 0x80-0x9F
    become the printable Windows-1252 characters rather than C1 controls.
    """
    text = data.decode("utf-8", errors="tuiarchive-cp1252")
    replaced = text.count("\ufffd")
    if replaced:
        warnings.append(
            f"{replaced} byte(s) undefined in Windows-1252 (the fallback encoding) "
            "were replaced by �"
        )
    return text


def _repair_mojibake(text: str, warnings: list[str]) -> str:
    """Undo UTF-8 that was once read as Windows-1252 ("â€™" back to "’"), when it is certain."""
    if not _MOJIBAKE.search(text):
        return text
    try:
        repaired = text.encode("cp1252", errors="tuiarchive-c1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
    warnings.append("the text was double-encoded (UTF-8 read as Windows-1252); repaired")
    return repaired
