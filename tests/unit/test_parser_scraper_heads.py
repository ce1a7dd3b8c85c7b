"""A scraper's front matter and the lines under it: a `Source:` line under the title, a
platform's `released_at:` date, a closing fence fused with the title's heading, an export's tags."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_BODY = (
    "Every spring the heron comes back to the same willow by the mill pond.\n\n"
    "This year she brought a mate, and the two of them stood there all morning.\n"
)
_URL = "https://pondnotes.example.org/2024/03/28/heron.html"


def test_a_source_line_under_the_title_is_the_address_not_the_text() -> None:
    text = (
        f'---\ntitle: "The heron at the mill pond"\nurl: "{_URL}"\n'
        'fetched_at: 2024-05-01T10:00:00+00:00\nsource: "pondnotes.example.org"\n'
        "tags: [blog, raw]\n---\n\n# The heron at the mill pond\n\n"
        f"Source: {_URL}\n\n" + _BODY
    )
    (post,) = parse_text(text, "note.md")
    assert post.title == "The heron at the mill pond"
    assert post.body.startswith("Every spring the heron")
    assert _URL not in post.body
    assert post.url == _URL


def test_a_released_at_key_dates_the_post() -> None:
    text = (
        '---\ntitle: "물레방아 연못의 왜가리"\nauthor: "wenna"\n'
        'released_at: "2024-03-28T10:34:54.957Z"\nupdated_at: "2024-04-02T08:00:00.000Z"\n'
        "tags: []\n---\n\n" + _BODY
    )
    (post,) = parse_text(text, "note.md")
    assert post.date == "2024-03-28"


def test_a_closing_fence_fused_with_the_title_heading_loses_nothing() -> None:
    text = (
        '---\ntitle: "The heron at the mill pond"\nauthor: "wenna"\n'
        'released_at: "2024-03-28T10:34:54.957Z"\ntags: []\n---# The heron at the mill pond\n\n'
        "## Why the willow\n\n" + _BODY
    )
    (post,) = parse_text(text, "note.md")
    assert post.title == "The heron at the mill pond"
    assert post.date == "2024-03-28"
    assert post.body.startswith("Why the willow")


def test_an_exports_tags_beside_its_post_date_are_the_posts_labels() -> None:
    text = (
        '---\ntitle: "The heron at the mill pond"\ndate: 2024-03-28\nslug_jianshu: 6f1a2b3c\n'
        'tags: ["birds", "ponds"]\nstate: open\nsource: "https://www.jianshu.com/p/6f1a2b3c"\n'
        "source_kind: jianshu\n---\n#### 1. The willow\n\n" + _BODY
    )
    (post,) = parse_text(text, "note.md")
    assert post.date == "2024-03-28"
    assert post.labels == ("birds", "ponds")


def test_a_korean_blogger_byline_and_labels_under_the_text() -> None:
    text = (
        "# 물레방아 연못의 왜가리\n\n"
        "출처: https://pondnotes.blogspot.com/2016/05/heron.html\n\n\n\n"
        "## 버드나무\n\n"
        "봄마다 왜가리가 물레방아 옆 연못의 같은 버드나무로 돌아온다.\n\n"
        "올해는 짝을 데려와서 둘이 아침 내내 그곳에 서 있었다.\n\n\n\n"
        "wenna님이 19th May 2016에 게시\n\n"
        "라벨: [새](https://pondnotes.blogspot.com/search/label/%EC%83%88)"
        " [연못](https://pondnotes.blogspot.com/search/label/%EC%97%B0%EB%AA%BB)\n"
    )
    (post,) = parse_text(text, "note.md")
    assert post.title == "물레방아 연못의 왜가리"
    assert post.date == "2016-05-19"
    assert post.author == "wenna"
    assert post.labels == ("새", "연못")
    assert post.url == "https://pondnotes.blogspot.com/2016/05/heron.html"
    assert post.body.startswith("버드나무")
    assert post.body.endswith("서 있었다.")
