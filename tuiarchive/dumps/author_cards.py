"""An author card after a post's footer (a name linked to the author's profile, a short text):
the post's author, its text kept aside, not a post of its own."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import BLANK_LINE, FooterFacts, Kind, Line

#: A line that is one link to an author's profile page (Blogger's `/profile/<id>`,
#: WordPress's `/author/<slug>/`), a "title" after the address or not.
_CARD_NAME = re.compile(
    r"\s*\[(?P<name>[^\[\]\n]{2,60})\]\((?P<url>[^()\s]+)(?:\s+\"[^\"\n]*\")?\)\s*"
)
_PROFILE = re.compile(r"/profile/\d+/?$|/author/[^/\s]+/?$")
_MAX_WORDS = 5
_REACH = 6  # lines between the footer above and the name, blank ones counted
_MAX_TEXT = 800  # characters of the card's text
#: What may follow the card: the post's comment count, the comment section or form.
_AFTER = frozenset((Kind.FOOTER, Kind.COMMENTS_HEADING, Kind.POST_END, Kind.COMMENT_CHROME))


def may_hold_author_card(text: str) -> bool:
    return "/profile/" in text or "/author/" in text


def author_cards(lines: list[Line], source: list[str]) -> list[Line]:
    """Each card right under a footer line, with the comment count or form right under its
    text: its name line a footer line naming the author (its text the card's, kept aside),
    the text's lines blank."""
    out = lines
    for index, line in enumerate(lines):
        if line.kind is not Kind.TEXT or index >= len(source) or "](" not in source[index]:
            continue
        card = _CARD_NAME.fullmatch(source[index])
        if card is None or not _PROFILE.search(card["url"]):
            continue
        name = " ".join(card["name"].split())
        if len(name.split()) > _MAX_WORDS or not _footer_above(lines, index):
            continue
        text = _text_below(lines, index)
        if text is None:
            continue
        if out is lines:
            out = list(lines)
        note = (
            f"the author card under the footer ({name!r}, linked to the author's profile) read"
            " as the post's author; its text kept aside"
        )
        words = " ".join(lines[at].text for at in text)
        facts = FooterFacts(author=name, note=note, kept=True)
        out[index] = Line(line.number, line.raw, Kind.FOOTER, words, facts=facts)
        for at in text:
            out[at] = BLANK_LINE
    return out


def _footer_above(lines: list[Line], index: int) -> bool:
    for at in range(index - 1, max(-1, index - 1 - _REACH), -1):
        if lines[at].kind is not Kind.BLANK:
            return lines[at].kind is Kind.FOOTER
    return False


def _text_below(lines: list[Line], index: int) -> list[int] | None:
    """The card's text: one paragraph right under the name, then the comment count or form."""
    at = index + 1
    while at < len(lines) and lines[at].kind is Kind.BLANK:
        at += 1
    text: list[int] = []
    while at < len(lines) and lines[at].kind is Kind.TEXT:
        text.append(at)
        at += 1
    while at < len(lines) and lines[at].kind is Kind.BLANK:
        at += 1
    size = sum(len(lines[i].text) for i in text)
    if not text or size > _MAX_TEXT or at >= len(lines) or lines[at].kind not in _AFTER:
        return None
    return text
