"""The chrome phrases blog platforms print in each language (tuiarchive/dumps/locales/*.toml), compiled."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import combinations
from typing import Any

#: The fields of a locale file that list whole lines, and what such a line is.
LINE_FIELDS = (
    "post_a_comment",
    "post_end",
    "navigation",
    "subscribe",
    "sidebar",
    "comments_heading",
    "comment_chrome",
    "comment_removed",
    "backlinks",
    "teasers",
    "chrome",
)

_PLACEHOLDER = re.compile(r"\{(name|time|n|site|any|labels)\}")
#: What each placeholder may stand for. A byline's time is a clock time or ends in a
#: year, so that what follows it ("0 comments", "Labels: ...") is not taken for it; or
#: it is a date that puts a word or a day after its year ("2011 Maret 19", "2012.
#: július 3.", "3 Temmuz 2012 Salı"), as some languages' CLDR patterns and blogs' own do.
_SLOTS = {
    "name": r"(?P<name{i}>\S.{{0,79}}?)",
    "time": (
        r"(?P<time{i}>(?:\S.{{0,58}}?[\s,])?(?:\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?"
        r"(?:\s*[apAP]\.?\s?[mM]\.?{periods})?|\d{{4}}\.?|\d{{4}}-\d{{1,2}}-\d{{1,2}}"
        r"|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}"
        r"|\d{{4}}\.?(?:[\s,]+(?:[^\W\d_]{{2,15}}\.?|\d{{1,2}}\.?)){{1,3}}))"
    ),
    "n": r"(?P<n{i}>\d[\d,.]*)",
    "site": r"\S{{1,20}}",
    "any": r".{{0,200}}?",
    "labels": r"(?P<labels{i}>[^\n]{{1,2000}}?)",
}


@dataclass(frozen=True)
class Starts:
    """The first words of a family of phrases, and words inside those that start anyhow."""

    first: re.Pattern[str]
    inside: frozenset[str]
    #: Words inside phrases that hold a time or a number ("{time} par {name}"): such a
    #: phrase needs a digit on the line, so these are looked for only on lines with one.
    timed: frozenset[str] = frozenset()

    def could_be(self, text: str) -> bool:
        """Whether `text` could be one of the phrases (never False for one that is)."""
        if self.first.match(text):
            return True
        if not self.inside and not self.timed:
            return False
        folded = text.casefold()
        if any(word in folded for word in self.inside):  # a wider test, never a narrower
            return True
        return (
            bool(self.timed)
            and _DIGIT.search(text) is not None
            and any(word in folded for word in self.timed)
        )


_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Phrases:
    """Every language's chrome phrases, as the patterns the line classifier uses."""

    languages: tuple[str, ...]
    bylines: dict[str, tuple[str, ...]]  # by first word: the byline patterns (name, time)
    rest: str  # what may follow a byline on its line: nothing, or a count, share, labels
    tail: re.Pattern[str]  # comment count, share buttons, labels: what follows a byline
    #: What `tail` can start a match with (a space, a phrase's first word, the end); and a
    #: word that a tail led by a site's name holds ("X でシェア"): exact tests before `tail`.
    tail_first: re.Pattern[str]
    tail_inside: re.Pattern[str]
    said: re.Pattern[str]  # an old-style comment head: name{i} groups
    said_ends: frozenset[str]  # the last word of such a head ("said...", "dijo..."), casefolded
    lines: re.Pattern[str]  # a whole line of one or several LINE_FIELDS phrases: lastgroup names it
    line_starts: Starts  # the first words of those phrases: a quick first test
    byline_starts: Starts  # the first words of the bylines: a quick first test
    tail_starts: Starts  # the same for counts, share buttons and labels
    #: The first words of whole-line phrases that run on into any text ("Related posts:…"):
    #: such a line may be longer than chrome usually is.
    run_on_starts: Starts
    labels_key: re.Pattern[str]
    byline_leads: frozenset[str]  # what a byline says before the name ("posted by", "автор:")
    #: What joins a byline's two label lists ("posted in Travel and tagged ferries, winter").
    label_joiners: tuple[str, ...] = ()
    #: `bylines` by the first letter of their first word (see `_by_initial`).
    bylines_by_initial: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)


#: What a byline's lead ("Posted by", "Pubblicazione iniziale:") comes before.
_LEADS_TO = ("{name}", "{time}")


def _template(phrase: str, index: int) -> str:
    """A phrase as a regex: spacing loose, placeholders as groups numbered by `index`."""
    out: list[str] = []
    at = 0
    for match in _PLACEHOLDER.finditer(phrase):
        out.append(_literal(phrase[at : match.start()]))
        out.append(_time_slot().format(i=index) if match[1] == "time" else _SLOTS[match[1]].format(i=index))  # fmt: skip
        at = match.end()
    out.append(_literal(phrase[at:]))
    return "".join(out)


@cache
def _time_slot() -> str:
    """The time placeholder, with the half of the day in any known language's words."""
    from tuiarchive.dumps.day_periods import period_alternation  # it reads the locale files

    periods = period_alternation().replace("{", "{{").replace("}", "}}")
    return _SLOTS["time"].replace("{periods}", rf"|\s*(?:{periods})\.?")


def _first_words(phrases: list[str]) -> tuple[set[str], list[str]] | None:
    """The words (regexes) the phrases, as `_template` writes them, start with, whole and
    as they are (run on or not); and the word after a site's or a name's placeholder that a
    phrase led by one holds ("{site}でシェア"); None if a phrase can start anyhow."""
    first, inside = set(), set()
    for phrase in phrases:
        slot = _PLACEHOLDER.match(phrase)
        after = phrase[slot.end() :].split() if slot is not None else []
        if slot is not None and slot[1] == "n":
            first.add(r"\d")
        elif slot is not None and slot[1] in ("site", "name") and after and "{" not in after[0]:
            inside.add(re.escape(after[0]))
        elif slot is not None or not phrase.split("{")[0].split():
            return None
        else:  # `_literal` keeps the words before a placeholder whole, spaces apart
            first.add(re.escape(phrase.split("{")[0].split()[0]))
    return first, sorted(inside)


def _literal(text: str) -> str:
    """Literal words with any run of spaces (or none, where the page ran words together).

    A word the phrase sets apart from a placeholder by a space ("{name} на {time}")
    must be apart from it on the page too, so that "на" is not found inside "Ирина".
    """
    parts = [re.escape(word) for word in text.split()]
    if not parts and text:
        return r"\s+"  # "{time} {name}": two placeholders a space apart
    joined = r"\s*".join(parts)
    if text[:1].isspace() and joined:
        joined = r"\s+" + joined
    if text[-1:].isspace() and joined:
        joined += r"\s+"
    return joined


def _alternation(phrases: list[str], start: int = 0) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(_template(p, start + i) for i, p in enumerate(ordered))


#: The first letter of the scripts that run words together (CJK radicals onwards).
_UNSPACED = "\u2e80"


def _first_word(phrase: str) -> str | None:
    """What a line in this phrase starts with, as a regex; None when it can start anyhow."""
    if phrase.startswith("{n}"):
        return r"\d"
    head = phrase.split("{")[0].split()
    if not head:
        return None
    word = re.escape(head[0])
    spaced = head[0][-1] < _UNSPACED  # Chinese, Japanese, Korean: no space ends a word
    return (
        word + r"(?![^\W\d_])"
        if spaced and head[0][-1].isalpha() and head[0] == phrase.split()[0]
        else word
    )


def _starts(fields: dict[str, list[str]], *keys: str, digits: bool = True) -> Starts:
    """How to tell, cheaply, that a line could be one of the phrases under `keys`."""
    first: set[str] = set()
    inside: set[str] = set()  # phrases that begin with a name or any text: a word within
    timed: set[str] = set()  # the same, in phrases that need a digit ({time}, {n})
    for key in keys:
        for phrase in fields.get(key, []):
            word = _first_word(phrase)
            if word is not None:
                first.add(word)
            # the split gives the placeholders' names at odd places: the words are at even ones
            elif literal := [w for w in _PLACEHOLDER.split(phrase)[2::2] if w.strip()]:
                needs_digit = "{time}" in phrase or "{n}" in phrase
                (timed if needs_digit else inside).add(literal[0].split()[0].casefold())
    if digits:
        first.add(r"\d")
    return Starts(re.compile(_any_start(first), re.I), frozenset(inside), frozenset(timed - inside))


_WORD_END = r"(?![^\W\d_])"
_TOKEN = re.compile(r"\\.|.", re.S)  # one character of an escaped word, or one escape


def _any_start(words: set[str]) -> str:
    """A regex that matches where a line starts with one of `words` (regexes from
    `_first_word`), as a trie: the `re` compiler takes far less time over it than over
    the plain alternation. It tells only whether a line starts so (`Starts.first`,
    `Phrases.rest`), not which word or how far it reaches: a word that another one
    without an end-of-word test begins is left out, as that one already matches there."""
    ended = [_TOKEN.findall(w.removesuffix(_WORD_END)) for w in words if w.endswith(_WORD_END)]
    bare = [_TOKEN.findall(w) for w in words if not w.endswith(_WORD_END)]
    parts = [_trie(bare, stop=True)] if bare else []
    if ended:
        parts.append(_trie(ended, stop=False) + _WORD_END)
    return "(?:" + "|".join(parts) + ")"


def _trie(words: list[list[str]], stop: bool) -> str:
    """Words (each a list of tokens) as one regex sharing their common starts. With
    `stop`, a word that ends there is enough: longer ones it begins are dropped."""
    ends = any(not w for w in words)
    if ends and stop:
        return ""
    heads: dict[str, list[list[str]]] = {}
    for word in words:
        if word:
            heads.setdefault(word[0], []).append(word[1:])
    branches = [head + _trie(rests, stop) for head, rests in sorted(heads.items())]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


@cache
def load_phrases() -> Phrases:
    """Read and compile every locale file shipped in tuiarchive/dumps/locales (once per process)."""
    languages, fields = _read_locales()
    return _compile(languages, {key: list(value) for key, value in fields.items()})


def phrase_fields() -> dict[str, tuple[str, ...]]:
    """Every language's phrases of each field of the locale files, as written there."""
    return _read_locales()[1]


@cache
def _locale_files() -> tuple[tuple[str, dict[str, Any]], ...]:
    """Each locale file's name and what it holds, in the order of their names (each read once)."""
    folder = resources.files("tuiarchive.dumps").joinpath("locales")
    return tuple(
        (entry.name, tomllib.loads(entry.read_text(encoding="utf-8")))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".toml")
    )


@cache
def _read_locales() -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    fields: dict[str, list[str]] = {}
    languages: list[str] = []
    for name, data in _locale_files():
        languages.append(str(data.get("language", name.removesuffix(".toml"))))
        for key, value in data.items():
            if isinstance(value, list):
                fields.setdefault(key, []).extend(str(v) for v in value)
    return tuple(languages), {key: tuple(value) for key, value in fields.items()}


def _with_bare_forms(phrases: list[str]) -> list[str]:
    """The phrases, and each one ending in a colon also without it (no duplicates)."""
    seen = dict.fromkeys(phrases)
    for phrase in phrases:
        if phrase.endswith(":"):
            seen.setdefault(phrase.rstrip(" :"), None)
    return list(seen)


def _compile(languages: tuple[str, ...], fields: dict[str, list[str]]) -> Phrases:
    # Blogger's new themes print the count link without the classic ones' colon
    # ("3 комментария", "Brak komentarzy"): each count phrase is read with or without it.
    counts = _with_bare_forms(fields.get("comment_count", []))
    nones = _with_bare_forms(fields.get("no_comments", []))
    count = f"(?P<count>{_alternation(counts)})" if counts else "(?!)"
    none = f"(?P<none>{_alternation(nones, len(counts))})" if nones else "(?!)"
    # "One thought on “Title”": a count of one written as a word, no digit to read
    ones = _with_bare_forms(fields.get("one_comment", []))
    one = f"(?P<one>{_alternation(ones, len(counts) + len(nones))})" if ones else "(?!)"
    share = _alternation(fields.get("share", []))
    share = re.sub(r"\(\?P<\w+>", "(?:", share)  # share phrases carry no facts
    labels = "|".join(_literal(k) for k in sorted(set(fields.get("labels", [])), key=len)[::-1])
    tail = (
        rf"(?:\s*(?:{count}|{none}|{one}))?"
        rf"(?P<share>(?:\s*(?:{share}))*)"
        rf"(?:\s*(?P<labelkey>{labels})(?P<labels>.*))?\s*"
    )
    tail_first = _first_words(
        counts + nones + ones + fields.get("share", []) + fields.get("labels", [])
    )
    tail_starts = _starts(fields, "labels", "no_comments", "one_comment", "share", "comment_count")
    # After a byline, the rest of its line is nothing, or begins where a footer piece does.
    rest = r"(?P<rest>(?:(?:[\s,;|·]+|(?<!\w))(?:" + tail_starts.first.pattern + r").*)?)"
    by_word: dict[str, list[str]] = {}
    # longest first; of one length, in the files' order (a set's order changes per run)
    for phrase in sorted(dict.fromkeys(fields.get("posted_by", [])), key=len, reverse=True):
        word = phrase.split("{")[0].split()[0].casefold() if phrase.split("{")[0].split() else ""
        by_word.setdefault(word, []).append(_template(phrase, 900))
    bylines = {word: tuple(patterns) for word, patterns in by_word.items()}
    # A byline alone on its line is read by its own small pattern; only a line with more
    # after the byline needs the one that knows where a count, share buttons or labels
    # may begin (a long pattern, compiled the first time a line needs it).
    kinds = []
    for name in LINE_FIELDS:
        phrases = fields.get(name, [])
        if phrases:
            kinds.append(rf"(?P<{name}>(?:\s*(?:{_line_phrases(phrases)}))+\s*)")

    said = fields.get("said", [])
    leads = {
        " ".join(lead.split()).casefold()
        for phrase in fields.get("posted_by", [])
        if (lead := phrase.split("{")[0].strip()) and phrase[len(lead) :].lstrip()[:6] in _LEADS_TO
    }
    return Phrases(
        languages=languages,
        bylines=bylines,
        rest=rest,
        tail=re.compile(tail, re.I | re.S),
        tail_first=re.compile(r"\s|\Z|" + _any_start(tail_first[0]) if tail_first else "", re.I),
        tail_inside=re.compile("|".join(tail_first[1]) or "(?!)" if tail_first else "", re.I),
        said=re.compile(_alternation(said) if said else "(?!)", re.I),
        said_ends=frozenset(p.split()[-1].casefold() for p in said if not p.rstrip().endswith("}")),
        lines=re.compile("|".join(kinds) or "(?!)", re.I),
        line_starts=_starts(fields, *LINE_FIELDS),
        byline_starts=_starts(fields, "posted_by", digits=False),
        tail_starts=tail_starts,
        run_on_starts=_starts(
            {
                "run_on": [
                    phrase
                    for name in LINE_FIELDS
                    for phrase in fields.get(name, [])
                    if phrase.endswith("{any}")
                ]
            },
            "run_on",
            digits=False,
        ),
        labels_key=re.compile(rf"(?:{labels})", re.I),
        byline_leads=frozenset(leads),
        bylines_by_initial=_by_initial(bylines),
        label_joiners=tuple(
            sorted({f" {j.strip()} " for j in fields.get("label_joiners", [])}, key=len)[::-1]
        ),
    )


#: One token of a literal phrase's regex (`_literal`): a run of spaces, an escape, a character.
_LITERAL_TOKEN = re.compile(r"\\s[*+]|\\.|.", re.S)


def _line_phrases(phrases: list[str]) -> str:
    """The phrases of one LINE_FIELDS kind as one alternation, without groups. Which
    phrase matches is never asked (only the kind), so the phrases without placeholders
    go in as a trie, which the `re` compiler takes far less time over."""
    literal = [_LITERAL_TOKEN.findall(_literal(p)) for p in set(phrases) if "{" not in p]
    others = [p for p in phrases if "{" in p]
    parts = [re.sub(r"\(\?P<\w+>", "(?:", _alternation(others))] if others else []
    if literal:
        parts.append(_trie(literal, stop=False))
    return "|".join(parts)


def bylines_for(phrases: Phrases, text: str, alone: bool = True) -> Iterator[re.Pattern[str]]:
    """The byline patterns whose first word `text` starts with (the words may be run
    together): for a byline alone on its line, or (alone=False) followed by more. Each
    is compiled when the caller comes to it: one that reads the line stops there."""
    folded = text[:40].casefold()
    table = phrases.bylines_by_initial
    rest = r"(?P<rest>\s*)" if alone else phrases.rest
    for word, patterns in table.get(folded[:1]) or table[""]:
        if folded.startswith(word):
            for pattern in patterns:
                yield _compiled_with(pattern, rest)


@cache
def _compiled_with(pattern: str, rest: str) -> re.Pattern[str]:
    """A byline pattern with what may follow it, compiled once: the key hashes fast (its
    strings' hashes are kept), unlike a pattern joined anew per line."""
    return _compiled(pattern + rest)


def _by_initial(
    bylines: dict[str, tuple[str, ...]],
) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The byline patterns by their first word's first letter (in their order): a line
    is tried only against the bylines that start as it does. A byline whose first word
    is empty (it opens with the name) is tried with every line: it is under every
    letter, and under "" for a line whose letter starts none."""
    entries = list(bylines.items())
    found = {
        word[0]: [e for e in entries if not e[0] or e[0][0] == word[0]]
        for word, _ in entries
        if word
    }
    found[""] = [e for e in entries if not e[0]]
    return found


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A byline pattern, compiled the first time a line could be one (most never are)."""
    return re.compile(pattern, re.I | re.S)


def group(match: re.Match[str], prefix: str) -> str | None:
    """The value of the first group named `prefix` + a number that took part in the match."""
    for name, value in match.groupdict().items():
        if value is not None and name.startswith(prefix) and name[len(prefix) :].isdigit():
            return value
    return None


#: The fields whose phrases tell a page's language: its chrome, bylines, counts and buttons.
_LANGUAGE_FIELDS = (
    *LINE_FIELDS, "posted_by", "comment_count", "no_comments", "one_comment", "share", "said",
)  # fmt: skip


@cache
def language_patterns() -> dict[str, LanguageTest]:
    """Each language's own chrome phrases (those no other locale file lists) as one
    test that a chrome line of that language starts with."""
    own: dict[str, set[str]] = {}
    for name, data in _locale_files():
        phrases = {str(p) for key in _LANGUAGE_FIELDS for p in data.get(key, [])}
        phrases |= {f"{key} {{any}}" for key in data.get("labels", [])}
        own[str(data.get("language", name.removesuffix(".toml")))] = phrases
    shared = {p.casefold() for a, b in combinations(own.values(), 2) for p in a & b}
    return {
        language: LanguageTest([p for p in phrases if p.casefold() not in shared])
        for language, phrases in own.items()
    }


class LanguageTest:
    """One language's own phrases as a pattern that a line starts with, compiled the
    first time a line passes a quick test: it holds the first words of some phrase
    where the phrase has them (at the start, or after a placeholder, anywhere)."""

    def __init__(self, phrases: list[str]) -> None:
        self._phrases = phrases
        self._pattern: re.Pattern[str] | None = None
        first: list[list[str]] = []
        inside: list[list[str]] = []
        anyhow = not phrases  # no phrase: the pattern is empty, and matches where no word starts
        for phrase in phrases:
            chunks = _PLACEHOLDER.split(phrase)[::2]  # the words between the placeholders
            words = [chunk.strip() for chunk in chunks if chunk.strip()]
            if not words:
                anyhow = True  # placeholders only ("{time} {name}"): no word to look for
            else:  # the pattern needs those words, at the start or after a placeholder
                tokens = _TOKEN.findall(re.escape(words[0].split()[0]))  # its first word
                (first if chunks[0].strip() else inside).append(tokens)
        self._anyhow = anyhow
        # wider tests than the pattern's, never narrower: spaces before, any text before
        self._first = re.compile(r"\s*" + _trie(first, stop=True), re.I) if first else None
        self._inside = re.compile(_trie(inside, stop=True), re.I) if inside else None

    def match(self, text: str) -> bool:
        """Whether `text` starts with one of the phrases (a whole word's end after it)."""
        if not (
            self._anyhow
            or (self._first is not None and self._first.match(text))
            or (self._inside is not None and self._inside.search(text))
        ):
            return False
        if self._pattern is None:
            alternation = re.sub(r"\(\?P<\w+>", "(?:", _alternation(self._phrases))
            self._pattern = re.compile("(?:" + alternation + r")(?!\w)", re.I)
        return self._pattern.match(text) is not None
