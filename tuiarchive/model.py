"""The post record: what one blog post is once it has been read out of a dump."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any


@dataclass(frozen=True)
class Comment:
    """One reader comment kept from an item page's comment section."""

    author: str
    date: str | None  # ISO "YYYY-MM-DDTHH:MM" (or "YYYY-MM-DD") when the timestamp was read
    text: str


@dataclass(frozen=True)
class Post:
    """One blog post, with every fact the dump carried about it.

    `body` holds the paragraphs joined by one blank line; `extra_text` keeps any
    line of the dump that belongs to no field and is not recognised page chrome,
    so that nothing the author wrote is ever dropped.
    """

    id: str
    title: str
    body: str = ""
    date: str | None = None  # ISO YYYY-MM-DD
    time: str | None = None  # HH:MM, 24-hour, from "Posted by X at 5:43 AM"
    series: str | None = None
    author: str | None = None
    place: str | None = None
    labels: tuple[str, ...] = ()
    comments: int | None = None  # the page's comment count
    comment_list: tuple[Comment, ...] = ()
    source: str = ""
    line: int = 0  # 1-based line of the dump where the post starts
    warnings: tuple[str, ...] = ()
    extra_text: tuple[str, ...] = ()
    blog: str | None = None  # the blog's own name, where the page's header gives it
    url: str | None = None  # the post's own address, where the page gives it

    def to_record(self) -> dict[str, Any]:
        """The post as a plain JSON-ready dict (the stored and exported form)."""
        return {
            "id": self.id,
            "title": self.title,
            "body": self.body,
            "date": self.date,
            "time": self.time,
            "series": self.series,
            "author": self.author,
            "place": self.place,
            "labels": list(self.labels),
            "comments": self.comments,
            "comment_list": [
                {"author": c.author, "date": c.date, "text": c.text} for c in self.comment_list
            ],
            "source": self.source,
            "line": self.line,
            "warnings": list(self.warnings),
            "extra_text": list(self.extra_text),
            "blog": self.blog,
            "url": self.url,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Post:
        """Rebuild a post from `to_record` output; unknown keys are ignored."""
        known = {f for f in cls.__dataclass_fields__}
        values = {k: v for k, v in record.items() if k in known}
        values["labels"] = tuple(record.get("labels") or ())
        values["comment_list"] = tuple(
            Comment(author=c.get("author", ""), date=c.get("date"), text=c.get("text", ""))
            for c in record.get("comment_list") or ()
        )
        values["warnings"] = tuple(record.get("warnings") or ())
        values["extra_text"] = tuple(record.get("extra_text") or ())
        return cls(**values)

    def with_changes(self, **changes: Any) -> Post:
        """A copy of the post with some fields replaced."""
        return replace(self, **changes)


#: How many characters of the (normalised) body take part in a post's identity.
IDENTITY_BODY_CHARS = 500


def _normalised_opening(body: str) -> str:
    """The first IDENTITY_BODY_CHARS of the body with whitespace collapsed and case folded."""
    # Normalising only shrinks whitespace runs and never shortens letters, so when the
    # opening normalises to enough characters, it gives the same prefix as the whole body:
    # a short opening first (enough for most bodies), then a longer one, then the body.
    for reach in (IDENTITY_BODY_CHARS * 3 // 2, IDENTITY_BODY_CHARS * 4):
        opening = " ".join(body[:reach].split()).casefold()
        if len(opening) > IDENTITY_BODY_CHARS or len(body) <= reach:
            return opening[:IDENTITY_BODY_CHARS]
    return " ".join(body.split()).casefold()[:IDENTITY_BODY_CHARS]


#: The ids made lately, by the very strings they were made of (held, so their `id`s stay
#: theirs): the parser asks again for a post whose date, title and body are unchanged.
_RECENT: dict[tuple[int, int, int], tuple[str | None, str, str, str]] = {}
_RECENT_MOST = 256


def post_identity(date: str | None, title: str, body: str) -> str:
    """The stable id of a post: the same post read from any dump gets the same id.

    It is derived from the date, the title and the opening of the body, with
    case and whitespace differences ignored, so an item page and the archive page
    that both carry a post agree, while two different posts that share a title
    on the same day do not.
    """
    key = (id(date), id(title), id(body))
    known = _RECENT.get(key)
    if known is not None and known[0] is date and known[1] is title and known[2] is body:
        return known[3]  # the same three strings: the same id, not worked out again
    identity = _identity(date, title, body)
    if len(_RECENT) >= _RECENT_MOST:
        _RECENT.clear()
    _RECENT[key] = (date, title, body, identity)
    return identity


def _identity(date: str | None, title: str, body: str) -> str:
    import hashlib  # only an import makes ids: commands that read the archive never load it

    norm_title = " ".join(title.split()).casefold()
    norm_body = _normalised_opening(body)
    key = "\x1f".join((date or "", norm_title, norm_body))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def newest_first(date: str | None, time: str | None, line: int, post_id: str) -> tuple:
    """Sort key that puts posts newest first when sorted in reverse.

    Undated posts come last; posts of the same day and time keep their page
    order (archive pages list the newest post of a day first).
    """
    return (date is not None, date or "", time or "", -line, post_id)


def merge_posts(old: Post, new: Post) -> Post:
    """The same post read twice: keep what is known, add what the new reading adds.

    Labels are united, a missing author, place, time or date is filled in, the
    larger comment count and the longer comment list win. Title and body are
    the post's identity and stay as first stored, with its source.
    """
    labels: dict[str, str] = {}
    for label in old.labels + new.labels:
        labels.setdefault(" ".join(label.split()).casefold(), label)
    counts = [c for c in (old.comments, new.comments) if c is not None]
    return replace(
        old,
        labels=tuple(labels.values()),
        author=old.author or new.author,
        place=old.place or new.place,
        time=old.time or new.time,
        date=old.date or new.date,
        series=old.series or new.series,
        blog=old.blog or new.blog,
        url=old.url or new.url,
        comments=max(counts) if counts else None,
        comment_list=max(old.comment_list, new.comment_list, key=len),
        extra_text=old.extra_text + tuple(t for t in new.extra_text if t not in old.extra_text),
    )
