"""A front matter category naming the site's section ("blog", "posts", "news"), not a label."""

from __future__ import annotations

#: The words a site generator's section (its URL's folder) is named by, in a few languages.
_SECTIONS = frozenset(
    {
        *("blog", "blogs", "weblog", "post", "posts", "news", "articles"),
        *("noticias", "artículos", "entradas", "actualités", "billets"),
        *("beiträge", "artikel", "nachrichten"),
        *("блог", "новости", "статьи", "записи"),
        *("博客", "文章", "新闻"),
    }
)


def without_sections(tags: tuple[str, ...]) -> tuple[tuple[str, ...], list[str]]:
    """The front matter's tags without those that name the site's section, and a warning
    for each one left out (a migration copies the section into `categories`)."""
    kept = tuple(tag for tag in tags if tag.casefold() not in _SECTIONS)
    if len(kept) == len(tags):
        return tags, []
    said = [
        f"the front matter's category {tag!r} names the site's section, not a label: not read"
        " as a label"
        for tag in tags
        if tag.casefold() in _SECTIONS
    ]
    return kept, said
