"""A WordPress home page's pager ("Posts navigation" / "Older posts") under its last post:
what follows is the sidebar (a search box, a tag cloud, a recent-posts list), no post."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_SITE = "https://fernnotes.wordpress.com"


def _post(title: str, slug: str, day: str, words: str) -> list[str]:
    return [
        f"# [{title}]({_SITE}/2022/03/{slug}/)",
        "",
        words,
        "",
        "More of it tomorrow.",
        "",
        f"Posted on [{day}]({_SITE}/2022/03/{slug}/) by [Lina Ortiz]({_SITE}/author/lina/)"
        f"Posted in [garden]({_SITE}/category/garden/)[Leave a comment]({_SITE}/2022/03/{slug}/#respond)",
        "",
    ]


def _page() -> str:
    lines = [
        *_post("Ferns in March", "ferns", "March 9, 2022", "The fronds are uncurling at last."),
        *_post(
            "Mulch again", "mulch", "March 2, 2022", "Bark mulch keeps the beds from drying out."
        ),
        "## Posts navigation",
        "",
        f"[Older posts]({_SITE}/page/2/)",
        "",
        "PROCURAR:Search for:",
        "",
        f"RECENTES[Ferns in March]({_SITE}/2022/03/ferns/)[Mulch again]({_SITE}/2022/03/mulch/)",
        "",
        f"[ferns]({_SITE}/tag/ferns/) [mulch]({_SITE}/tag/mulch/) [soil]({_SITE}/tag/soil/)",
        "",
        "- Ferns in March",
        "",
        "  March 9, 2022",
        "",
        "  The fronds are uncurling at last. More of it tomorrow.",
        "",
        "  Lina Ortiz",
        "",
        "[Create a free website or blog at WordPress.com.](https://wordpress.com/?ref=footer)",
    ]
    return "\n".join(lines)


def test_the_sidebar_under_a_home_pages_pager_is_no_post() -> None:
    posts = parse_text(_page())
    assert [p.title for p in posts] == ["Ferns in March", "Mulch again"]
    assert posts[1].labels == ("garden",)
