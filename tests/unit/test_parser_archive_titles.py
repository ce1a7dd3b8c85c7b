"""A Blogger archive page saved as Markdown: each title above its day's date header, footers as links."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_BLOG = "https://quillmoor.example.com"
_EDIT = "[![[./_resources/page.resources/icon18_edit_allbkg.gif]]](https://www.blogger.com/post-edit.g?blogID=7&amp;postID={n})"


def _post(
    slug: str, title: str, date: str | None, body: tuple[str, ...], footer: str, more: str
) -> list[str]:
    url = f"{_BLOG}/2011/03/{slug}.html"
    return [
        f"### [{title}]({url}) ",
        "",
        *((f"## {date}", "") if date else ()),
        *body,
        f"[{more}]({url}) ",
        footer.format(url=url) + "   " + _EDIT.format(n=len(slug)),
        f"Labels: [Ferries]({_BLOG}/search/label/Ferries) ",
        " ",
        "",
    ]


def _page(
    at: str, count: str, counts: tuple[str, str, str], dates: tuple[str, str], more: str
) -> str:
    footer = at + " [{time}]({url})  [" + count + "](https://www.blogger.com/comment.g?blogID=7)"
    return "\n".join(
        (
            "# Quillmoor Harbour: March 2011",
            "",
            f"# [Quillmoor Harbour]({_BLOG}/)",
            "",
            "## Harbour notes",
            "",
            *_post(
                "the-winter-timetable",
                "The Winter Timetable",
                dates[0],
                ("* **Mornings**", "", "The first boat now leaves at half past six, not at six."),
                footer.replace("{time}", "7:26 AM").replace("{n}", counts[0]),
                more,
            ),
            *_post(
                "a-new-gangway",
                "A New Gangway",
                dates[1],
                (
                    "The old gangway was taken away on Tuesday and a wider one bolted on in its place.",
                ),
                footer.replace("{time}", "3:15 AM").replace("{n}", counts[1]),
                more,
            ),
            *_post(
                "gulls-on-the-roof",
                "Gulls on the Roof",
                None,
                ("Three gulls have made the ticket office roof their own this month.",),
                footer.replace("{time}", "3:14 AM").replace("{n}", counts[2]),
                more,
            ),
            f"[Home]({_BLOG}/)",
        )
    )


def _check(posts: list, comments: tuple[int, int, int], days: tuple[str, str]) -> None:
    assert [post.title for post in posts] == [
        "The Winter Timetable",
        "A New Gangway",
        "Gulls on the Roof",
    ]
    assert [post.date for post in posts] == [days[0], days[1], days[1]]
    assert [post.comments for post in posts] == list(comments)
    assert [post.url for post in posts] == [
        f"{_BLOG}/2011/03/the-winter-timetable.html",
        f"{_BLOG}/2011/03/a-new-gangway.html",
        f"{_BLOG}/2011/03/gulls-on-the-roof.html",
    ]
    assert (
        posts[0].body.split("\n")[-1] == "The first boat now leaves at half past six, not at six."
    )
    assert posts[2].body.split("\n")[-1].startswith("Three gulls")
    assert all(post.labels == ("Ferries",) for post in posts)
    assert all(post.blog == "Quillmoor Harbour" for post in posts)


def test_an_english_archive_page_puts_each_title_under_its_day_and_reads_the_linked_footer() -> (
    None
):
    page = _page(
        "At",
        ", {n} comments",
        ("0", "2", "1"),
        ("Friday, March 18, 2011", "Monday, March 14, 2011"),
        "Read more...",
    )
    posts = parse_text(page, "archive.md")
    _check(posts, (0, 2, 1), ("2011-03-18", "2011-03-14"))


def test_an_italian_archive_page_reads_its_byline_and_count_links_the_same_way() -> None:
    page = _page(
        "Pubblicato da Lia Corvo alle",
        "{n} commenti",
        ("0", "3", "1"),
        ("venerdì 18 marzo 2011", "lunedì 14 marzo 2011"),
        "Leggi tutto...",
    )
    posts = parse_text(page, "archivio.md")
    _check(posts, (0, 3, 1), ("2011-03-18", "2011-03-14"))
    assert all(post.author == "Lia Corvo" for post in posts)
