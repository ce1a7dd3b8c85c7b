"""Citations and export formats for posts: pure text, no files, no terminal.

Citations and Markdown are for people: control, C1 and bidi characters from the dumps
are written as visible marks (`safe_text.shown`), so pasting a citation or viewing an
export in a terminal obeys no escape sequence. JSON Lines and dumps are for programs
and re-import: they keep the text exactly.

The blog's name: a citation names the blog the post itself records (`Post.blog`, read
from the page's header), so that an archive holding several blogs cites each post by
its own. A post without one is cited with the name the caller gives: the browser and
the command line give the archive directory's name (`--db ~/blogs/ledger-notes` cites
"ledger-notes"), except for the default archive, whose name ("archive") says nothing
about the blog; see `blog_name`. The post's own address (`Post.url`) ends the
citation when the page gave it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tuiarchive.model import Post
from tuiarchive.safe_text import shown

#: What each format is called in messages.
FORMAT_NAMES = {"dump": "dumps", "markdown": "Markdown", "jsonl": "JSON Lines"}
#: The archive directory name that names no blog (the default location's).
DEFAULT_ARCHIVE_NAME = "archive"


def blog_name(archive: Path, default: Path | None = None) -> str | None:
    """The blog name citations use for the archive at `archive`: its directory's name,
    or None for the default archive (or any directory called "archive")."""
    archive = Path(archive)
    if default is not None and archive.expanduser().resolve() == default.expanduser().resolve():
        return None
    name = archive.name.strip()
    return None if not name or name == DEFAULT_ARCHIVE_NAME else name


def cited_date(iso: str | None) -> str | None:
    """An ISO date as a citation prints it: "23 May 2014"."""
    if not iso:
        return None
    from tuiarchive.datetext import cited_text  # CLDR's names load only when a date is cited

    return cited_text(iso)


def _join(parts: list[str | None]) -> str:
    text = ", ".join(" ".join(p.split()) for p in parts if p and p.strip())
    return text if text.endswith((".", "!", "?")) else text + "."


def citation(post: Post, blog: str | None = None, paragraph: int | None = None) -> str:
    """One line naming the post: `Mara Lind, "Title", Blog, 23 May 2014, Staunton. URL`

    The blog is the post's own (`post.blog`), else `blog` (the archive's name). Parts
    the post does not have are left out; `paragraph` (0-based) adds "paragraph N"
    (1-based, as a reader counts); the post's URL, when known, follows the final full
    stop. Whitespace runs (a line break in a title) become one space, so the citation
    is always a single line; control characters are written as visible marks
    (`safe_text.shown`), and every other character of the title, author and place is
    kept as it is.
    """
    parts: list[str | None] = [post.author, f'"{" ".join(post.title.split())}"']
    parts += [post.blog or blog, cited_date(post.date), post.place]
    if paragraph is not None:
        parts.append(f"paragraph {paragraph + 1}")
    line = _join(parts)
    url = " ".join((post.url or "").split())
    return shown(f"{line} {url}" if url else line)


def paragraphs(post: Post) -> list[str]:
    """The post's body paragraphs (as the reader numbers them)."""
    return post.body.split("\n\n") if post.body else []


def _note_line(note: str | None) -> str:
    """The reader's note as it follows a citation: `\nNote: ...` ("" for none)."""
    return f"\nNote: {shown(note.strip())}" if note and note.strip() else ""


def cite_paragraph(post: Post, index: int, blog: str | None = None, note: str = "") -> str:
    """Paragraph `index` (0-based) of the post, a blank line, then its citation line (and
    the reader's `note` on the post, if any, on the line after it)."""
    text = paragraphs(post)
    if not 0 <= index < len(text):
        raise IndexError(f"the post has {len(text)} paragraph(s), not {index + 1}")
    return f"{shown(text[index])}\n\n\u2014 {citation(post, blog, index)}" + _note_line(note)


def cite_post(post: Post, blog: str | None = None, note: str = "") -> str:
    """The post's title and whole body, a blank line, then its citation line (and the
    reader's `note` on the post, if any, on the line after it)."""
    body = f"{post.body}\n\n" if post.body else ""
    return shown(f"{post.title}\n\n{body}") + f"\u2014 {citation(post, blog)}" + _note_line(note)


def to_markdown(
    post: Post, blog: str | None = None, tags: tuple[str, ...] = (), note: str = ""
) -> str:
    """The post as a Markdown section: `## Title`, its facts (and the reader's tags), body,
    comments, citation, then the reader's note as a quote.

    Text is kept as written (Markdown is not escaped), but for control characters,
    written as visible marks: the section is for reading, and the dump and JSON Lines
    formats are the ones that re-import.
    """
    title = " ".join(post.title.split())
    lines = [f"## {title}", ""]
    facts = [cited_date(post.date) or "no date"]
    if post.time:
        facts[0] += f" {post.time}"
    facts += [v for v in (post.author, post.place) if v]
    lines.append(" \u00b7 ".join(facts) + "  ")
    details = []
    if post.series:
        details.append(f"series: {post.series}")
    if post.labels:
        details.append("labels: " + ", ".join(post.labels))
    if post.comments is not None:
        details.append(f"{post.comments} comment{'' if post.comments == 1 else 's'}")
    if tags:
        details.append("tags: " + ", ".join(tags))
    if details:
        lines.append(" \u00b7 ".join(details) + "  ")
    lines.append("")
    for paragraph in paragraphs(post):
        lines += [paragraph, ""]
    if post.comment_list:
        lines += ["### Comments", ""]
        for comment in post.comment_list:
            when = f" ({comment.date.replace('T', ' ')})" if comment.date else ""
            lines += [f"**{comment.author}**{when}:", "", comment.text, ""]
    lines += [f"*Cite as:* {citation(post, blog)}", ""]
    if note.strip():
        lines += ["> Note: " + "\n> ".join(note.strip().splitlines()), ""]
    return shown("\n".join(lines) + "\n")


def markdown_heading(description: str, count: int) -> str:
    """The first lines of a Markdown export: what was exported and how many posts."""
    return shown(f"# {count} post{'' if count == 1 else 's'}: {description}\n\n")


def record_of(post: Post, tags: tuple[str, ...] = (), note: str | None = None) -> dict[str, Any]:
    """The post's full record (`Post.to_record`) with the reader's own: its `tags` and
    `note` (None for none)."""
    return {**post.to_record(), "tags": list(tags), "note": note or None}


def to_json_line(post: Post, tags: tuple[str, ...] = (), note: str | None = None) -> str:
    """The post's full record with the reader's tags (`record_of`) as one line of JSON,
    without the newline.

    UTF-8 as is, unless the text holds something UTF-8 cannot encode (a lone
    surrogate kept from a broken dump): then that line is written in ASCII escapes,
    which JSON readers turn back into the same text.
    """
    record = record_of(post, tags, note)
    line = json.dumps(record, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(record, ensure_ascii=True)
    return line


def dump_file(date: str | None) -> str:
    """Where a post goes in a dump export: `YYYY/YYYY-MM.txt`, or `undated.txt`."""
    return f"{date[:4]}/{date[:7]}.txt" if date else "undated.txt"


def to_dump_page(posts: list[Post]) -> str:
    """Posts as one archive page in the dump format (reading it gives the same posts)."""
    # Imported here: the writer of dumps pulls in the page reader's rules, which listing and
    # citing posts from the command line never need (a quicker start).
    from tuiarchive.dumps.serialize import serialize_page

    return serialize_page(posts) + "\n"
