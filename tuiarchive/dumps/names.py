"""Names on a page: what can be a post's title, an author's name, a blog's name, a series."""

from __future__ import annotations

import re

from tuiarchive.calendar_words import calendar_words
from tuiarchive.dumps.line_kinds import Kind, Line, classify, ends_sentence
from tuiarchive.dumps.page_lines import URL_LINE
from tuiarchive.dumps.phrases import load_phrases

#: "Staunton, May 23 – ", "Kyiv, 23 травня – ": a place, a month name and a day (checked
#: against CLDR's names), a dash: where the author says where and when they wrote.
_DATELINE = re.compile(
    r"(?P<place>[^\W\d_][^,\n]{0,60}?(?:,\s*[^,\n]{1,24}?)?),\s+"
    r"(?:(?P<month>[^\W\d_]{3,12})\.?\s+\d{1,2}|\d{1,2}\s+(?P<month2>[^\W\d_]{3,12})\.?)"
    r"(?:,?\s+\d{4})?\s*(?:–|—|―|‒|-{1,2})\s",
)


def dateline_place(text: str) -> str | None:
    match = _DATELINE.match(text)
    if match is None:
        return None
    month = (match["month"] or match["month2"]).casefold()
    return match["place"].strip() if month in calendar_words().months else None


_SERIES = re.compile(r"(?P<series>[^\W_][^:?!]{0,58}?)\s*:\s+\S")


_NAME_PARTICLES = frozenset(
    [
        "de",
        "da",
        "del",
        "della",
        "di",
        "van",
        "von",
        "der",
        "den",
        "du",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "ibn",
        "y",
        "e",
        "of",
        "the",
    ]
)


def series_of(title: str) -> str | None:
    """The series prefix of a title ("Window on Eurasia" in "Window on Eurasia: ...")."""
    match = _SERIES.match(title)
    if not match:
        return None
    series = match["series"].strip()
    # A series has a name of a few words ("Window on Eurasia"); one word before a colon
    # is a kicker ("Update:", "Exclusive:"), not a series.
    if not 2 <= len(series.split()) <= 6 or not (series[:1].isupper() or series[:1].isdigit()):
        return None
    return series


def looks_like_name(text: str) -> bool:
    words = text.replace("\u00a0", " ").split()
    if not 2 <= len(words) <= 5 or len(text) > 60:
        return False
    if any(ch.isdigit() or ch in ',;:!?()[]{}<>"“”' for ch in text):
        return False
    if ends_sentence(text):
        return False
    for word in words:
        if word.casefold() in _NAME_PARTICLES:
            continue
        first = word.lstrip("'’\"(")[:1]
        if not first.isupper():
            return False
    return True


def is_author_line(paragraph: list[Line], posted_by: str | None) -> bool:
    """Whether the first paragraph under a title is the author's name rather than body text."""
    if len(paragraph) != 1:
        return False
    line = paragraph[0]
    if line.indented or line.kind is not Kind.TEXT:
        return False  # indented: the text's first line; chrome ("Reply Reply"): nobody's name
    name = " ".join(line.text.split())
    if posted_by and name.casefold() == " ".join(posted_by.split()).casefold():
        return True
    return looks_like_name(name)


_CODE_MARKS = re.compile(r"^(?:<\?|#include|import\s|from\s\S+\simport|def\s|//|/\*|[{}])|[;{]$|=>")


#: A first line no title looks like: code, or a "# " line Markdown did not make a heading.
CLIPPED = re.compile(_CODE_MARKS.pattern + r"|^#\s")
#: A thematic break ("---", "* * *", "___"): a rule, never a post's title.
RULE = re.compile(r"(?:[-*_]\s*){3,}")
#: A first line that is a section's heading ("## Step two: …"): a page cut above its title.
SUBHEADING = re.compile(r"#{2,6}\s")


def prose_sentence(text: str) -> bool:
    """A line no title reads as: a long sentence of the body, a comma in it and a full stop
    at its end, or two sentences in a longer line (a page cut above its title starts so)."""
    text = text.rstrip()
    words = len(text.split())
    if words < 14 or "," not in text:
        return False
    if text.endswith(".") and text[-2:] != "..":
        return True
    return words >= 20 and _SENTENCE_BREAK.search(text) is not None


#: One sentence ending and the next starting, inside a line: "… of the audio. A better …".
_SENTENCE_BREAK = re.compile(r"[a-z]{2}\. [A-Z]")


def heading_title(title: str, below: list[Line]) -> bool:
    """A first line "# Title" of three words or more over a blank line and a paragraph of
    prose (a converter's Markdown page too plain to be read as Markdown): the title, not a
    code comment nor the section heading ("# Destructuring") of a page cut above its title."""
    marks = len(title) - len(title.lstrip("#"))
    if title[marks : marks + 1] != " " or not title[marks + 1 : marks + 2].isupper():
        return False
    if marks == 0 or len(title.split()) < 4:
        return False
    if not below or below[0].kind is not Kind.BLANK:
        return False
    text = next((ln.text for ln in below[:5] if ln.kind is not Kind.BLANK), "")
    return bool(text) and not _CODE_MARKS.search(text) and not text.startswith("#")


ASSIGNMENT_OR_CALL = re.compile(r"^[\w.]+\s*=\s|^[\w.]+\(.*\)$")


PATH = re.compile(r"(?:^|\s)~?/\w+/")


HOST_AT_END = re.compile(r"\s*\[[\w-]+(?:\.[\w-]+)+\]$")  # Joplin's "Title [host.example]"


MONTH_PAGE = re.compile(r":\s+(\w+)\s+(\d{4})$")  # an archive page's "Blog: styczeń 2013"


def without_month(match: re.Match[str]) -> str:
    """ "Blog: January 2013" (an archive page's title) -> "Blog"; other tails stay."""
    known = match[1].casefold() in calendar_words().months
    return "" if known else match[0]


def plain_title(text: str) -> str:
    """A title as compared: no emphasis marks, single spaces, any case."""
    return " ".join(text.replace("*", "").replace("_", " ").split()).casefold()


#: Blog platforms' own names, printed in their bars and footers: never a blog's name.
_PLATFORMS = frozenset(
    name.casefold()
    for name in (
        "Blogger", "Blogspot", "WordPress", "WordPress.com", "Overblog", "Over-blog",
        "Canalblog", "Tumblr", "LiveJournal", "Medium", "Substack", "Typepad", "Weebly",
        "Wix", "Jimdo", "Hatena Blog", "Tistory", "Naver Blog", "Ghost", "Squarespace",
    )
)  # fmt: skip


#: A name set between runs of dashes or tildes: "-- Harbour notes --", "~ Ana ~".
def could_name_a_blog(text: str) -> bool:
    """A line of a page's header that could be the blog's name: short, no URL, no code."""
    return (
        0 < len(text) <= 80
        and text.strip().casefold() not in _PLATFORMS
        and sum(ch.isalpha() for ch in text) >= 2
        and not URL_LINE.fullmatch(text)
        and "://" not in text  # "Source: https://…": a clipper's line, no name
        and not text.startswith("<")
        and not text.endswith(("|", "»", "·"))  # a menu's item and its separator
        and not CLIPPED.search(text)
        and not ASSIGNMENT_OR_CALL.search(text)
        and classify(0, text).kind is Kind.TEXT
    )


def title_like(text: str) -> bool:
    """A line that could be a post's title: short, no sentence, no code."""
    return (
        0 < len(text) <= 150 and not text.endswith((",", ";", ":")) and not _CODE_MARKS.search(text)
    )


def names_a_weekday(text: str) -> bool:
    weekdays = calendar_words().weekdays
    return any(word.strip(".,").casefold() in weekdays for word in text.split())


def folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def without_said_word(name: str) -> str:
    """ "felix wrote" -> "felix": a comment head's verb is not the commenter's name."""
    words = name.split()
    said = {word.rstrip(".:,…") for word in load_phrases().said_ends}
    if len(words) > 1 and words[-1].casefold() in said:
        words.pop()
    return " ".join(words)


SLUG = re.compile(r"[^\W_]+(?:[-_][^\W_]+){2,}")  # "uts-membuat-aplikasi-gui"


HASHTAGS = re.compile(r"#[^\W_][\w]*(?:\s+#[^\W_][\w]*)*")
