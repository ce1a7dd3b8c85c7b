"""The fidelity report over each keyed dump as saved and as re-said in a language with no phrase file.

    python -m benchmarks.other_languages DUMPS_DIR [--key KEY.json] [-v]

Each page's chrome lines (the phrases of tuiarchive/dumps/locales: bylines, labels, counts,
said-lines, share and navigation rows, ...) are re-said in invented words of the same shape
(each word replaced by a made-up word of its length and script, the same one wherever it is
met; {name}, {time}, {n} and site names kept), and the month and weekday names of its date
lines by those of a CLDR language tuiarchive has no phrase file for (chosen per page). Titles
and the lines the key quotes are left alone, so the key still holds.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import re
import sys
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import get_day_names, get_month_names

from benchmarks.fidelity import FileResult, check_file, default_key
from tuiarchive.calendar_words import FIRST_LANGUAGES, LANGUAGES
from tuiarchive.dumps.decode import decode_dump
from tuiarchive.dumps.phrases import phrase_fields
from tuiarchive.errors import NotADump

#: The languages a page is re-said in: CLDR's, with no phrase file of ours.
TARGETS = tuple(code for code in LANGUAGES[FIRST_LANGUAGES:] if "_" not in code)

#: The locale fields whose phrases are re-said.
FIELDS = (
    "posted_by",
    "labels",
    "comment_count",
    "one_comment",
    "no_comments",
    "said",
    "share",
    "post_end",
    "post_a_comment",
    "navigation",
    "subscribe",
    "sidebar",
    "comments_heading",
    "comment_chrome",
    "comment_removed",
    "backlinks",
    "chrome",
)
#: Words a platform prints the same in every language (a site's or a button's name).
_KEPT = frozenset(
    [
        "twitter",
        "facebook",
        "pinterest",
        "x",
        "whatsapp",
        "telegram",
        "linkedin",
        "reddit",
        "digg",
        "del.icio.us",
        "stumbleupon",
        "tumblr",
        "google",
        "blogger",
        "blogthis",
        "wordpress",
        "wordpress.com",
        "medium",
        "substack",
        "atom",
        "rss",
        "email",
        "e-mail",
        "trackback",
        "pingback",
        "pingbacks",
        "trackbacks",
        "permalink",
    ]
)
_PLACEHOLDER = re.compile(r"\{(name|time|n|site|any|labels)\}")
_WORD = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*", re.U)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_URL = re.compile(r"\]\([^)]*\)|<?https?://\S+")
_MARKS = re.compile(r"^[#>*\s-]+")
#: A byline's time or date: it ends in a number or the half of the day ("5:43 PM", "3 May 2015").
_TIME_SLOT = r"(?P<time>.{0,60}?\d(?:\s*[AaPp]\.?\s?[Mm]\.?)?)"
_CLOCK_END = r"(?P<time>.{0,40}?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?)(?=\s|$)"
_SEPARATORS = re.compile(r"[\s|·•/]*")

_LATIN = "bcdfghjklmnprstvz"
_VOWELS = "aeiou"
_CYRILLIC = "бвгдклмнпрстфхзж"
_CYRILLIC_VOWELS = "аеиоуя"
_HANGUL = "가나다라마바사아자차카타파하고노도로모보소오조"
_KANA = "かきくけこさしすせそたちつてとなにぬねの"
_HAN = "安北辰东方风光海江金林明南平山水天文西心新雪云中"


def _script_of(ch: str) -> str:
    code = ord(ch)
    if 0x0400 <= code <= 0x04FF:
        return "cyrillic"
    if 0xAC00 <= code <= 0xD7AF:
        return "hangul"
    if 0x3040 <= code <= 0x30FF:
        return "kana"
    if 0x4E00 <= code <= 0x9FFF:
        return "han"
    return "latin"


@cache
def invented(word: str) -> str:
    """A made-up word of `word`'s length, script and capitals, the same for the same word."""
    rng = random.Random(zlib.crc32(word.casefold().encode("utf-8")))
    out: list[str] = []
    for index, ch in enumerate(word):
        if not ch.isalpha():
            out.append(ch)
            continue
        script = _script_of(ch)
        if script == "cyrillic":
            pool = _CYRILLIC_VOWELS if index % 2 else _CYRILLIC
        elif script == "hangul":
            pool = _HANGUL
        elif script == "kana":
            pool = _KANA
        elif script == "han":
            pool = _HAN
        else:
            pool = _VOWELS if index % 2 else _LATIN
        new = rng.choice(pool)
        out.append(new.upper() if ch.isupper() else new)
    return "".join(out)


def _resaid_words(text: str) -> str:
    """Every word of a phrase's literal text re-said (site names kept)."""
    return _WORD.sub(
        lambda m: m[0] if m[0].casefold() in _KEPT else invented(m[0]),
        text,
    )


@dataclass(frozen=True)
class _Phrase:
    pattern: re.Pattern[str]
    words: tuple[str, ...]  # its literal words, in order, casefolded
    has_time: bool


def _phrase_pattern(phrase: str) -> str:
    parts: list[str] = []
    last = 0
    for match in _PLACEHOLDER.finditer(phrase):
        parts.append(_literal(phrase[last : match.start()]))
        kind = match[1]
        if kind == "n":
            parts.append(r"\d[\d,.]*")
        elif kind == "time":
            parts.append(_TIME_SLOT)
        else:
            parts.append(r".{1,200}?")
        last = match.end()
    parts.append(_literal(phrase[last:]))
    return "".join(parts)


def _literal(text: str) -> str:
    inner = r"\s*".join(re.escape(piece) for piece in text.split())
    if inner and text.strip()[0].isalnum():
        inner = r"(?<!\w)" + inner
    if inner and text.strip()[-1].isalnum():
        inner += r"(?!\w)"
    return (r"\s*" if text[:1].isspace() else "") + inner + (r"\s*" if text[-1:].isspace() else "")


@cache
def _phrases() -> tuple[list[_Phrase], list[_Phrase], list[_Phrase]]:
    """Whole-line phrases; the ones a line may hold several of side by side (buttons, a
    count, labels); and the bylines ending in a clock time that such a run may follow."""
    fields = phrase_fields()
    whole: dict[str, _Phrase] = {}
    parts: dict[str, _Phrase] = {}
    leads: dict[str, _Phrase] = {}
    for name in FIELDS:
        for phrase in sorted(fields.get(name, ()), key=len, reverse=True):
            words = tuple(w.casefold() for w in _WORD.findall(_PLACEHOLDER.sub(" ", phrase)))
            if not words:
                continue
            pattern = _phrase_pattern(phrase)
            if name == "labels":
                pattern += r"(?:\s.*)?"
            if not all(w in _KEPT for w in words):
                whole.setdefault(
                    phrase, _Phrase(re.compile(pattern, re.I), words, "{time}" in phrase)
                )
            if name in ("comment_count", "no_comments", "labels") or not {
                "name",
                "time",
                "any",
                "labels",
            } & set(_PLACEHOLDER.findall(phrase)):
                # run together with the next one: "Email ThisBlogThis!", "Older PostHome"
                fused = pattern.replace(r"(?<!\w)", "").replace(r"(?!\w)", "")
                parts.setdefault(phrase, _Phrase(re.compile(fused, re.I), words, False))
            if name == "posted_by" and phrase.endswith("{time}"):
                lead = pattern.replace(_TIME_SLOT, _CLOCK_END)
                leads.setdefault(phrase, _Phrase(re.compile(lead, re.I), words, True))
    longest = [parts[k] for k in sorted(parts, key=len, reverse=True)]
    return list(whole.values()), longest, list(leads.values())


def _flat(line: str) -> str:
    text = _LINK.sub(r"\1", _IMAGE.sub("", line))
    return " ".join(_MARKS.sub("", text).split())


def _chrome_words(flat: str) -> tuple[str, ...] | None:
    """The literal words of the chrome phrase(s) the line is, in order, or None."""
    folded = flat.casefold()
    whole, parts, leads = _phrases()
    # a byline with its count or buttons run on: "Posted by Ana at 5:43 PM 3 comments:"
    for phrase in leads:
        if phrase.words[0] in folded and (lead := phrase.pattern.match(flat)):
            rest = _cover(flat, lead.end(), parts)
            if rest:
                return phrase.words + rest
    for phrase in whole:
        if phrase.words[0] in folded and phrase.pattern.fullmatch(flat):
            return phrase.words
    return _cover(flat, 0, parts)


def _cover(flat: str, at: int, parts: list[_Phrase]) -> tuple[str, ...] | None:
    """The words of the phrases that side by side make up `flat` from `at`, or None."""
    # a row of buttons or links side by side: "Email This BlogThis! Share to Twitter"
    words: list[str] = []
    while at < len(flat):
        at = _SEPARATORS.match(flat, at).end()  # type: ignore[union-attr]
        if at >= len(flat):
            break
        for phrase in parts:
            match = phrase.pattern.match(flat, at)
            if match and match.end() > at:
                # a part ends at a word's end
                if match.end() < len(flat) and flat[match.end() - 1].isalnum():
                    nxt = flat[match.end()]
                    if nxt.isalnum() and not nxt.isupper():
                        continue
                words.extend(phrase.words)
                at = match.end()
                break
        else:
            return None
    return tuple(words) if words else None


def _protected(line: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _URL.finditer(line)]


_CAMEL = re.compile(r"(?<=[^\W\d_])(?=[A-Z])")


def _tokens(line: str) -> Iterator[tuple[int, int]]:
    """Where each word of the line is, words run together split ("ThisBlogThis" in three)."""
    for match in _WORD.finditer(line):
        start = match.start()
        for cut in [m.start() for m in _CAMEL.finditer(match[0])] + [len(match[0])]:
            piece = match[0][start - match.start() : cut]
            if cut + match.start() > start and piece:
                # a word in capitals ("HTML") stays whole: cut only after a lower-case letter
                if cut < len(match[0]) and not match[0][cut - 1].islower():
                    continue
                yield start, match.start() + cut
                start = match.start() + cut


def _resay_chrome(line: str, words: tuple[str, ...]) -> str:
    """The line with each of the phrase's words, met in order outside links' addresses, re-said."""
    guard = _protected(line)
    out: list[str] = []
    last = 0
    want = [w for w in words if w not in _KEPT]
    for start, end in _tokens(line):
        if not want:
            break
        if any(a <= start < b for a, b in guard):
            continue
        if line[start:end].casefold() == want[0]:
            out.append(line[last:start])
            out.append(invented(line[start:end]))
            last = end
            want.pop(0)
    out.append(line[last:])
    return "".join(out)


@cache
def _source_names() -> tuple[dict[str, tuple[str, int, str]], re.Pattern[str]]:
    """Month and weekday names of the phrase files' languages: folded name -> (kind, number, width)."""
    names: dict[str, tuple[str, int, str]] = {}
    for code in LANGUAGES[:FIRST_LANGUAGES]:
        locale = Locale.parse(code)
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    for form in {name.casefold(), name.casefold().rstrip(".")}:
                        if len(form) > 2:
                            names.setdefault(form, ("month", number, width))
                for number, name in get_day_names(width, context, locale).items():
                    for form in {name.casefold(), name.casefold().rstrip(".")}:
                        if len(form) > 2:
                            names.setdefault(form, ("day", number, width))
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return names, re.compile(
        rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])|(?<=[a-z])(?:{alternation})(?![^\W\d_])", re.I
    )


def _target_name(kind: str, number: int, width: str, target: str) -> str:
    locale = Locale.parse(target)
    if kind == "month":
        return str(get_month_names(width, "format", locale)[number])
    return str(get_day_names(width, "format", locale)[number])


_DATE_NEAR = re.compile(r"\d")
_CONNECTORS = frozenset(w.casefold() for w in phrase_fields().get("byline_connectors", ()))


def _resay_dates(line: str, target: str, chrome: bool) -> str:
    """Month and weekday names next to a date's numbers re-said in `target`'s CLDR names.

    Only on a chrome line, or a line that is a date with at most a short word or name
    beside it (a date header, a comment's stamp)."""
    names, pattern = _source_names()
    found = [m for m in pattern.finditer(line) if names[m[0].casefold()][0] == "month"]
    found = [m for m in found if _DATE_NEAR.search(line[max(0, m.start() - 7) : m.end() + 7])]
    if not found:
        return line
    if not chrome:
        rest = line
        for match in pattern.finditer(line):
            rest = rest.replace(match[0], " ")
        rest = re.sub(r"[\d\s,.:/()|-]+|\b(?:am|pm)\b", " ", rest, flags=re.I)
        rest_words = [w for w in rest.split() if w.casefold() not in _CONNECTORS]
        if len(" ".join(rest_words)) > 30:
            return line
    guard = _protected(line)

    def swap(match: re.Match[str]) -> str:
        if any(a <= match.start() < b for a, b in guard):
            return match[0]
        kind, number, width = names[match[0].casefold()]
        new = _target_name(kind, number, width, target)
        return new[:1].upper() + new[1:] if match[0][:1].isupper() else new

    line = pattern.sub(swap, line)
    # the little words of a stamp ("at", "um", "às") re-said too
    return re.sub(
        r"(?<=\d)(\s+)([^\W\d_]{1,4})(\s+)(?=\d)",
        lambda m: m[1] + (invented(m[2]) if m[2].casefold() in _CONNECTORS else m[2]) + m[3],
        line,
    )


def target_for(name: str) -> str:
    """The CLDR language a page is re-said in (the same every run)."""
    return TARGETS[zlib.crc32(name.encode("utf-8")) % len(TARGETS)]


def resay(text: str, target: str, keep: frozenset[str] = frozenset()) -> str:
    """The page's chrome re-said in invented words and `target`'s month and weekday names.

    Lines whose flat text holds one of `keep` (titles, quoted body words) are left alone."""
    out: list[str] = []
    for line in text.split("\n"):
        flat = _flat(line)
        if not flat or len(flat) > 200 or any(k and k in flat for k in keep):
            out.append(line)
            continue
        words = _chrome_words(flat)
        if words is not None:
            line = _resay_chrome(line, words)
        out.append(_resay_dates(line, target, words is not None))
    return "\n".join(out)


def _kept(posts: list[dict[str, Any]]) -> frozenset[str]:
    keep: set[str] = set()
    for post in posts:
        for field in ("title", "body_first", "body_last"):
            value = post.get(field)
            if value:
                keep.add(" ".join(_LINK.sub(r"\1", str(value)).split()))
    return frozenset(keep)


def _results(dumps: Path, key: dict[str, Any]) -> Iterator[tuple[str, str, FileResult, FileResult]]:
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(key):
            path = dumps / name
            if not path.is_file():
                continue
            posts = key[name].get("posts", [])
            saved = check_file(path, name, posts)
            with contextlib.suppress(NotADump):
                text = decode_dump(path.read_bytes()).text
                target = target_for(name)
                new = resay(text, target, _kept(posts))
                if new == text:
                    continue
                out = Path(tmp) / Path(name).name
                out.write_text(new, encoding="utf-8")
                yield name, target, saved, check_file(out, name, posts)


def run(dumps: Path, key_path: Path, verbose: bool = False, out: Any = None) -> dict[str, int]:
    """Check every keyed page as saved and as re-said; print per file, per language, in total."""
    out = out or sys.stdout
    key: dict[str, Any] = json.loads(key_path.read_text(encoding="utf-8"))
    totals = dict.fromkeys(
        ("files", "expected", "exact", "phantom", "missing", "r_exact", "r_phantom", "r_missing"), 0
    )
    per_language: dict[str, list[int]] = {}
    for name, target, saved, said in _results(dumps, key):
        totals["files"] += 1
        totals["expected"] += saved.expected
        for field, result in (("", saved), ("r_", said)):
            totals[field + "exact"] += result.exact
            totals[field + "phantom"] += result.phantom
            totals[field + "missing"] += result.missing
        row = per_language.setdefault(target, [0, 0, 0, 0])
        row[0] += 1
        row[1] += saved.exact
        row[2] += said.exact
        row[3] += said.phantom - saved.phantom
        worse = said.exact < saved.exact or said.phantom > saved.phantom
        if worse or verbose:
            print(
                f"{name} [{target}]: exact {saved.exact}->{said.exact}/{saved.expected}, "
                f"phantom {saved.phantom}->{said.phantom}, missing {saved.missing}->{said.missing}",
                file=out,
            )
            if verbose and worse:
                for detail in said.details:
                    print(f"    {detail}", file=out)
    for target, (files, exact, r_exact, more) in sorted(per_language.items()):
        print(f"  {target:6} {files:3} files  exact {exact}->{r_exact}  phantom+ {more}", file=out)
    t = totals
    print(
        f"TOTAL: {t['files']} re-said files; as saved {t['exact']}/{t['expected']} exact, "
        f"{t['phantom']} phantom, {t['missing']} missing; re-said {t['r_exact']}/{t['expected']} "
        f"exact, {t['r_phantom']} phantom, {t['r_missing']} missing",
        file=out,
    )
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.other_languages", description=__doc__
    )
    parser.add_argument("dumps", type=Path, help="the folder of dumps the key describes")
    parser.add_argument("--key", type=Path, help="the answer key (default: keys/<folder>.json)")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="every file, and what went wrong"
    )
    args = parser.parse_args(argv)
    key = args.key or default_key(args.dumps)
    if not args.dumps.is_dir() or not key.is_file():
        print(f"other_languages: need a folder and a key ({args.dumps}, {key})", file=sys.stderr)
        return 2
    run(args.dumps, key, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
