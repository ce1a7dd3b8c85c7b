"""Turning a dump's raw bytes into text: encodings, byte-order marks, binary files."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from tuiarchive.calendar_words import calendar_words
from tuiarchive.errors import NotADump

#: The single-byte encodings blog dumps come in, the likeliest first (ties go to the first):
#: Western and Central European, Cyrillic (Windows, KOI8, ISO), Turkish, Baltic, Greek.
SINGLE_BYTE_ENCODINGS = (
    "cp1252", "cp1251", "koi8_r", "koi8_u", "cp1250", "iso8859_2", "iso8859_5",
    "cp1254", "iso8859_9", "cp1257", "iso8859_13", "cp1253", "iso8859_7", "iso8859_15",
    "mac_cyrillic", "cp866",
)  # fmt: skip
_DETECT_SAMPLE = 256 * 1024
_WORD = re.compile(r"[^\W\d_]{3,}")
_MIXED_SCRIPT = re.compile(
    r"(?=[^\W\d_]*[A-Za-z\u00c0-\u024f])(?=[^\W\d_]*[\u0370-\u03ff\u0400-\u04ff])[^\W\d_]{2,}"
)
# (not the typographic apostrophe: "Let’s", "l’homme" are words, not mojibake)
_SYMBOL_IN_WORD = re.compile(r"[^\W\d_][^\w\s\x00-\x7f\u2019\u02bc][^\W\d_]")

# Text that was UTF-8, read as Windows-1252 and saved again ("â€™" for "’").
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                       "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
                       "\u2039\u203a\u20ac\u2122]")  # fmt: skip

_C0_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: The bytes of those controls, as UTF-8 writes them.
_C0_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_C1_CONTROLS = re.compile("[\x80-\x9f]")


@dataclass(frozen=True)
class DecodedDump:
    """A dump's text with its line endings made uniform, and what decoding noticed."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 without a byte-order mark from where its zero bytes fall."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data:
        return None
    even_zeros = data[0::2].count(0)
    odd_zeros = data[1::2].count(0)
    half = len(data) // 2
    if odd_zeros > 0.3 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.3 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def _has_c0_byte(data: bytes) -> bool:
    """Whether the bytes hold a C0 control (every byte of UTF-8's multi-byte characters is
    0x80 or more): deleting them is several times quicker than searching the text."""
    return len(data.translate(None, _C0_BYTES)) < len(data)


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
            if _mostly_utf8(data):
                encoding = "cp1252"
                text = _decode_utf8_or_cp1252(data, warnings)
            else:
                encoding = _detect_single_byte(data, warnings)
                text = data.decode(encoding, errors="replace")
                replaced = text.count("\ufffd")
                if replaced:
                    warnings.append(
                        f"{replaced} byte(s) undefined in {encoding} were replaced by \ufffd"
                    )
    else:
        text = data.decode(encoding, errors="replace")
        if "\ufffd" in text:
            warnings.append(f"some bytes were not valid {encoding} and were replaced by �")

    # UTF-8 text holds a C0 control only where its bytes do: a quicker test than the search
    if (encoding != "utf-8" or _has_c0_byte(data)) and _looks_binary(text):
        raise NotADump(f"binary file (control characters throughout, read as {encoding})")
    if "\x00" in text:
        warnings.append("NUL characters were removed")
        text = text.replace("\x00", "")
    # The decoders above never yield lone surrogates, and C1 controls only where the
    # file really holds them as characters (Windows-1252 has none); the browser shows
    # those as visible marks.
    if encoding.startswith("utf") and (b"\xc3" in data or not encoding.startswith("utf-8")):
        # Text double-encoded as UTF-8 always holds "Ã", "Â", "â"... which UTF-8 writes
        # as 0xC3 and a second byte; without that byte there is nothing to repair.
        text = _repair_mojibake(text, warnings)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text or text.isspace():
        raise NotADump("the file holds only blank lines")
    return DecodedDump(text=text, encoding=encoding, warnings=tuple(warnings))


def _mostly_utf8(data: bytes) -> bool:
    """Whether a file that is not valid UTF-8 is still mostly UTF-8 (a few stray bytes)."""
    text = data[:_DETECT_SAMPLE].decode("utf-8", errors="surrogateescape")
    stray = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    multibyte = sum(1 for ch in text if ch >= "\x80" and not "\udc80" <= ch <= "\udcff")
    return multibyte >= stray


def _detect_single_byte(data: bytes, warnings: list[str]) -> str:
    """The single-byte encoding a file is in, and a warning naming it (it is a guess).

    charset-normalizer proposes the encodings the bytes fit; the one in which most words
    are month or weekday names (every dump has dates) wins, then the one with fewest
    mojibake-shaped words (Latin and Cyrillic letters in one word, a symbol between
    letters, a byte the encoding lacks), then the one charset-normalizer finds least
    chaotic, then the likeliest. Windows-1252 is always a candidate; a reading with C1
    control characters never is.
    """
    import charset_normalizer  # only for the rare file that is not UTF-8

    sample = data[:_DETECT_SAMPLE]
    matches = charset_normalizer.from_bytes(sample, cp_isolation=list(SINGLE_BYTE_ENCODINGS))
    proposed = [m for m in matches if m.encoding in SINGLE_BYTE_ENCODINGS]
    chaos = {m.encoding: m.chaos for m in proposed}
    texts: dict[str, str] = {}  # decoded sample -> the likeliest encoding giving it
    text_chaos: dict[str, float] = {}
    for encoding in SINGLE_BYTE_ENCODINGS:
        if encoding in chaos or encoding == "cp1252":
            text = sample.decode(encoding, errors="replace")
            if _C1_CONTROLS.search(text):
                continue  # an ISO-8859 reading of Windows bytes: controls, never text
            texts.setdefault(text, encoding)
            text_chaos[text] = min(text_chaos.get(text, 1.0), chaos.get(encoding, 1.0))
    names = calendar_words()

    def score(item: tuple[str, str]) -> tuple[int, int, float, int]:
        text, encoding = item
        words = _WORD.findall(text.casefold())
        known = sum(1 for w in words if w in names.months or w in names.weekdays)
        odd = (
            len(_MIXED_SCRIPT.findall(text))
            + len(_SYMBOL_IN_WORD.findall(text))
            + text.count("\ufffd")
        )
        return -known, odd, text_chaos[text], SINGLE_BYTE_ENCODINGS.index(encoding)

    ranked = [encoding for _, encoding in sorted(texts.items(), key=score)]
    if not ranked:
        warnings.append("the file is not UTF-8 and no encoding fitted it: read as cp1252")
        return "cp1252"
    chosen = ranked[0]
    others = ", ".join(ranked[1:3])
    also = f"; also plausible: {others}" if others else ""
    warnings.append(f"the file is not UTF-8: read as {chosen} (detected{also})")
    return chosen


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
