"""The wrappers a post may be pasted inside whose lines look like a post's frame: a forum
quote, a mail's header block."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tuiarchive.dumps.line_kinds import Kind, Line
from tuiarchive.dumps.line_search import LineStart

#: A forum reply's quote opens with its word alone on a line ("Quote:", "Zitat:").
_QUOTE_WORD = r"(?:quote|zitat|cita|citação|citation|cytat|citaat|цитата|alıntı)[ \t]?:[ \t]*$"
_QUOTE_MARK = re.compile(r"[ \t]*" + _QUOTE_WORD, re.IGNORECASE | re.MULTILINE)
#: The gates try the words only on lines that start with one of their first letters.
_ANY_QUOTE_MARK = LineStart(r"(?=[qzcцa])" + _QUOTE_WORD, re.IGNORECASE)
#: A Markdown rule ("---", "* * *") between two replies of a thread.
_RULE = re.compile(r"[ \t]*(?:[-*_][ \t]*){3,}")
#: What a quoted post's frame is read as, and is not inside a quote.
_FRAME = frozenset((Kind.DATE, Kind.FOOTER, Kind.BYLINE, Kind.POST_END, Kind.SAID))


def forum_quotes(lines: list[Line], text: str, headings: dict[int, int]) -> list[Line]:
    """A blog post quoted in a forum reply is the reply's text: from a quote's word alone on
    a line to the rule or heading that ends the reply, its byline, share line and date are no
    post's frame. A quote that nothing closes is left as it is (it may be a post's own)."""
    if not _ANY_QUOTE_MARK.found_in(text):
        return lines
    source = text.split("\n")
    out = list(lines)
    opened: int | None = None
    for index, raw in enumerate(source):
        if opened is not None and (index in headings or _RULE.fullmatch(raw)):
            for i in range(opened, index):
                if out[i].kind in _FRAME:
                    out[i] = Line(out[i].number, out[i].raw, Kind.TEXT, out[i].text)
            opened = None
        if _QUOTE_MARK.fullmatch(raw):
            opened = index
    return out


#: A mail's header field ("From:", "Subject:", "Fw: notes") or its forwarding marker.
_MAIL_WORDS = (
    r"(?:from|to|cc|bcc|subject|sent|date|fwd?)[ \t]*:"
    r"|-+[ \t]*(?:original message|forwarded message)[ \t]*-+"
)
_MAIL_FIELD = re.compile(rf"[ \t]*(?:{_MAIL_WORDS})", re.IGNORECASE)
_ANY_MAIL_FIELD = LineStart(rf"(?=[ftcbsd-])(?:{_MAIL_WORDS})", re.IGNORECASE)
#: A sender or a recipient as a mail client prints it: `"Name"<name@host>`.
_ADDRESS = re.compile(r"<[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+>")
_DATED = frozenset((Kind.DATE, Kind.BYLINE))  # a date header, a timestamp alone
_NEAR = 3  # lines of text either side of a date that say whether it is a mail's


def mail_headers(lines: list[Line], text: str) -> list[Line]:
    """A date or a timestamp among a mail's header lines (a sender's address, "Subject:", "-- Original
    Message --" within three lines of text of it) is the mail's, never a post's date header:
    a post forwarded in a mail is dated by its own frame or not at all."""
    if not _ANY_MAIL_FIELD.found_in(text):
        return lines
    out = list(lines)
    texts = [i for i, line in enumerate(lines) if line.kind is not Kind.BLANK]
    for place, index in enumerate(texts):
        line = lines[index]
        if line.kind not in _DATED or line.facts.author is not None:
            continue
        near = texts[max(0, place - _NEAR) : place + _NEAR + 1]
        if any(_mail_line(lines[i].raw) for i in near):
            out[index] = Line(line.number, line.raw, Kind.TEXT, line.text)
    return out


def _mail_line(raw: str) -> bool:
    return bool(_MAIL_FIELD.match(raw) or _ADDRESS.search(raw))


def may_hold_mail(text: str) -> bool:
    """Whether a line of the page starts with a mail's header field (a quick look)."""
    return _ANY_MAIL_FIELD.found_in(text)


def mail_header_line(raw: str) -> bool:
    """A mail's header field ("From:", "Subject:", "-- Original Message --") or a sender's
    address as a mail client prints it."""
    return _mail_line(raw)


#: A forum reply's head as thread exports print it: "### Post by NAME on DATE", "Re: subject".
_REPLY_WORDS = (
    r"(?:#{1,6}[ \t]+)?(?:(?:post|reply|beitrag|antwort|mensaje|respuesta|message|réponse)"
    r"[ \t]+(?:by|von|de|par|od)[ \t]+\S.{0,60}?[ \t]+(?:on|am|el|le|em|dnia)[ \t]+\S*\d"
    r"|re:[ \t]+\S)"
)
_REPLY_HEAD = re.compile(r"[ \t]*" + _REPLY_WORDS, re.IGNORECASE)
_ANY_REPLY_HEAD = LineStart(_REPLY_WORDS, re.IGNORECASE)


def forum_thread(lines: Sequence[str]) -> bool:
    """Whether the page (below its front matter) is a forum thread: it opens with a reply's
    head and holds another. Its front matter names the thread, not a blog post."""
    text = "\n".join(lines)
    if not _ANY_REPLY_HEAD.found_in(text):
        return False
    first = next((line for line in lines if line.strip()), "")
    return bool(_REPLY_HEAD.match(first)) and sum(1 for x in lines if _REPLY_HEAD.match(x)) >= 2
