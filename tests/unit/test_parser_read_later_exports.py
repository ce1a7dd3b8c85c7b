"""Pages saved by read-later apps and exported to Markdown: the export's own frame is the saver's."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import NotADump

_BODY = [
    "The orchard behind the old mill had been left alone for eleven winters, and the",
    "pear trees had grown into one another like people leaning in to hear a secret.",
    "",
    "* We cut back the dead wood first.",
    "* Then we counted what was left: forty-one trees, nine of them still bearing.",
    "",
    "Next spring we will graft the two oldest ones and see what takes.",
]


def _omnivore(tag_line: str, front: list[str]) -> str:
    return "\n".join(
        [
            "---",
            "id: 3b1f0c2e-9a4d-4c55-8e21-7f0d9a6b1c44",
            *front,
            "tags:",
            "  - RSS",
            "date_published: 2023-04-17 09:12:00",
            "---",
            "",
            "# Pruning the Mill Orchard",
            tag_line,
            "",
            "[Read on Omnivore](https://omnivore.app/me/pruning-the-mill-orchard-18a2b3c4d5e)",
            "[Read Original](https://orchardnotes.example.net/2023/04/pruning-the-mill-orchard/)",
            "",
            "",
            "",
            *_BODY,
        ]
    )


def test_an_omnivore_export_is_read_below_its_frame() -> None:
    for tag_line in ("#Omnivore", "[[Omnivore]]"):
        posts = parse_text(_omnivore(tag_line, ["title: Pruning the Mill Orchard"]), "o.md")
        assert [p.title for p in posts] == ["Pruning the Mill Orchard"]
        post = posts[0]
        assert str(post.date)[:10] == "2023-04-17"
        assert post.url == "https://orchardnotes.example.net/2023/04/pruning-the-mill-orchard/"
        lines = [line for line in post.body.splitlines() if line.strip()]
        assert lines[0].startswith("The orchard behind the old mill")
        assert lines[-1] == "Next spring we will graft the two oldest ones and see what takes."
        assert post.labels == ()  # the saver's tag (RSS), not the post's
        assert any("Omnivore" in warning for warning in post.warnings)


def _readwise(title: str, fields: list[str], section: list[str], front: list[str]) -> str:
    return "\n".join(
        [
            *front,
            f"# {title}",
            "",
            "![rw-book-cover](https://orchardnotes.example.net/covers/mill.png)",
            "",
            "## Metadata",
            *fields,
            "",
            *section,
        ]
    )


_FIELDS = [
    "- Author: [[Ines Barrow]]",
    "- Full Title: Pruning the Mill Orchard",
    "- Category: #articles",
    "- Summary: Eleven winters of neglect, and what we did about it in one weekend.",
    "- URL: https://orchardnotes.example.net/2023/04/pruning-the-mill-orchard/",
]
_VAULT = [
    "---",
    "categories:",
    '  - "[[Clippings]]"',
    "tags:",
    "  - gardening",
    "source: readwise",
    "created: 2025-01-09",
    "---",
    "",
]


def test_a_readwise_full_document_export_is_the_post() -> None:
    text = _readwise("Pruning the Mill Orchard", _FIELDS, ["## Full Document", *_BODY], _VAULT)
    posts = parse_text(text, "r.md")
    assert [p.title for p in posts] == ["Pruning the Mill Orchard"]
    post = posts[0]
    assert (post.author, post.date, post.labels) == ("Ines Barrow", None, ())
    assert post.url == "https://orchardnotes.example.net/2023/04/pruning-the-mill-orchard/"
    lines = [line for line in post.body.splitlines() if line.strip()]
    assert lines[0].startswith("The orchard behind the old mill")
    assert lines[-1] == "Next spring we will graft the two oldest ones and see what takes."
    assert any("Readwise" in warning for warning in post.warnings)


def test_a_readwise_highlights_export_keeps_the_highlights_without_the_savers_notes() -> None:
    highlights = [
        "## Highlights",
        "- The pear trees had grown into one another like people leaning in to hear a secret."
        " ([View Highlight](https://read.readwise.io/read/01abcdefghij))",
        "    - Note: lovely image",
        "- Forty-one trees, nine of them still bearing."
        " ([View Highlight](https://read.readwise.io/read/01klmnopqrst))",
    ]
    posts = parse_text(_readwise("Pruning the Mill Orchard", _FIELDS, highlights, []), "h.md")
    assert [p.title for p in posts] == ["Pruning the Mill Orchard"]
    body = posts[0].body
    assert "View Highlight" not in body and "lovely image" not in body
    assert body.strip().splitlines()[-1].endswith("Forty-one trees, nine of them still bearing.")


def test_pasted_notes_under_a_dated_list_and_a_site_named_title() -> None:
    fields = [
        "- Author: [[inesbarrow.example.org]]",
        "- Full Title: Pruning the Mill Orchard · Ines Barrow",
        "- Category: #articles",
        "- Publication date: 2023-04-17",
        "- URL: https://inesbarrow.example.org/2023/04/pruning/",
    ]
    notes = ["# Notes", "", "[[inesbarrow.example.org - Pruning the Mill Orchard]]", "", "***"]
    text = _readwise("Pruning the Mill Orchard · Ines Barrow", fields, [*notes, "", *_BODY], [])
    posts = parse_text(text, "n.md")
    assert [p.title for p in posts] == ["Pruning the Mill Orchard"]
    post = posts[0]
    assert str(post.date)[:10] == "2023-04-17"
    assert post.body.strip().splitlines()[0].startswith("The orchard behind the old mill")
    assert any("'Ines Barrow'" in warning for warning in post.warnings)


def test_readwise_highlights_of_a_documentation_page_are_no_post() -> None:
    fields = [
        "- Author: [[docs.example.com]]",
        "- Full Title: About Branches - Example Docs",
        "- Category: #articles",
        "- URL: https://docs.example.com/en/branches/about-branches",
    ]
    highlights = ["## Highlights", "- A branch is a movable pointer to one commit."]
    with pytest.raises(NotADump):
        parse_text(_readwise("About Branches - Example Docs", fields, highlights, []), "d.md")


def test_an_omnivore_export_of_a_cnblogs_post_with_only_an_id() -> None:
    text = "\n".join(
        [
            "---",
            "id: 5d0c8a44-1e2b-4f3a-9c77-0b6e2d1f4a90",
            "---",
            "",
            "# 用三行代码读懂缓存淘汰 - lanxiaoyu - 博客园",
            "#Omnivore",
            "",
            "[Read on Omnivore](https://omnivore.app/me/lanxiaoyu-18c0aa11b22)",
            "[Read Original](https://www.cnblogs.com/lanxiaoyu/p/17001234.html)",
            "",
            "先说结论：最近最少使用的数据最先被淘汰。",
            "",
            "这个规则听起来简单，但在实现的时候有很多细节需要注意，比如并发访问和过期时间。",
            "",
            "下面先看看官方文档是怎么描述的，再用三行代码把它写出来。",
            "",
            "[缓存淘汰的官方描述如下：](https://developer.example.com/guide/topics/cache/eviction.html#lru)",
            "",
            "![缓存淘汰的官方描述](https://img.example.cn/lru.png)",
            "",
            "缓存满了以后，最久没有被访问的那一项会被移除。",
            "",
            "posted @ [lanxiaoyu](https://www.cnblogs.com/lanxiaoyu/)阅读(321) 评论()"
            " [编辑](https://i.cnblogs.com/EditPosts.aspx?postid=17001234)收藏 举报",
        ]
    )
    posts = parse_text(text, "c.md")
    assert [p.title for p in posts] == ["用三行代码读懂缓存淘汰"]
    post = posts[0]
    assert (post.author, post.labels, post.date) == ("lanxiaoyu", (), None)
    assert post.url == "https://www.cnblogs.com/lanxiaoyu/p/17001234.html"
    assert post.body.strip().splitlines()[-1] == "缓存满了以后，最久没有被访问的那一项会被移除。"
    assert any("no date found" in warning for warning in post.warnings)
