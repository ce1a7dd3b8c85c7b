"""A theme's sidebar printed before the post, and the one-line entry footer under it."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text
from tuiarchive.model import Post


def _posts(*lines: str) -> list[Post]:
    return parse_text("\n".join(lines), "saved.md")


_FR_SIDEBAR = (
    "Carnets du potager",
    "",
    "le blog de Lucie",
    "",
    "Catégories",
    "----------",
    "",
    "[jardin](https://potager.example/tag/jardin/) [semis](https://potager.example/tag/semis/)",
    "",
    "Articles récents",
    "----------------",
    "",
    "-   [Les fèves en hiver](https://potager.example/2021/03/feves/) 3 mars 2021",
    "-   [Un hôtel à insectes](https://potager.example/2021/02/hotel/) 14 février 2021",
    "-   Tailler les framboisiers 2 février 2021",
    "-   Le paillage 20 janvier 2021",
    "",
    "Pages",
    "-----",
    "",
    "-   [Contact](https://potager.example/contact/)",
    "",
)


def test_a_french_sidebar_before_the_post_is_kept_aside() -> None:
    (post,) = _posts(
        *_FR_SIDEBAR,
        "![des plants de tomates](https://potager.example/img/plants.png)",
        "",
        "Semer les tomates en godets",
        "===========================",
        "",
        "Chaque printemps je sème les tomates dans de petits godets au bord de la fenêtre.",
        "",
        "Les plants restent au chaud jusqu'aux Saintes-Glaces, puis partent au jardin.",
        "",
        "Publié le 12 avril 20215 mai 2021 Auteur lucie Catégories Jardin, Semis"
        " Mots-clés tomates, semis, printemps",
    )
    assert post.title == "Semer les tomates en godets"
    assert post.date == "2021-04-12"
    assert post.author == "lucie"
    assert post.labels == ("tomates", "semis", "printemps")
    assert post.blog == "Carnets du potager"
    assert post.body.startswith("Chaque printemps")
    assert "Tailler les framboisiers" not in post.body
    assert any("Tailler les framboisiers" in line for line in post.extra_text)
    assert any("sidebar printed before the post" in w for w in post.warnings)


def test_an_english_entry_footer_on_one_line() -> None:
    (post,) = _posts(
        "Mending a cracked teapot",
        "",
        "The crack ran from the spout to the handle, thin as a hair.",
        "",
        "A little epoxy and a steady afternoon brought it back to the table.",
        "",
        "Posted on March 3, 2022March 9, 2022 Author Nell Harper Categories Home"
        " Tags repair, ceramics",
    )
    assert post.title == "Mending a cracked teapot"
    assert post.date == "2022-03-03"
    assert post.author == "Nell Harper"
    assert post.labels == ("repair", "ceramics")


def test_a_german_sidebar_with_a_dated_list_before_the_post() -> None:
    (post,) = _posts(
        "Werkbank Notizen",
        "",
        "Neueste Beiträge",
        "----------------",
        "",
        "-   [Hobel schärfen](https://werkbank.example/hobel/) 4. März 2020",
        "-   [Eine neue Werkbank](https://werkbank.example/bank/) 12. Februar 2020",
        "-   [Leim im Winter](https://werkbank.example/leim/) 3. Januar 2020",
        "",
        "![eine Säge](https://werkbank.example/img/saege.png)",
        "",
        "Schwalbenschwanz von Hand",
        "========================",
        "",
        "Heute zeige ich, wie ich eine Schwalbenschwanzverbindung ohne Maschine säge.",
        "",
        "Mit etwas Geduld passt sie beim dritten Versuch.",
        "",
        "Veröffentlicht am 7. März 2020 von Jonas",
    )
    assert post.title == "Schwalbenschwanz von Hand"
    assert post.date == "2020-03-07"
    assert "Leim im Winter" not in post.body
    assert any("Leim im Winter" in line for line in post.extra_text)


def test_an_archive_page_of_several_posts_still_gives_every_post() -> None:
    posts = _posts(
        "First shavings",
        "==============",
        "",
        "A short note on the first plane I ever tuned, and what it taught me.",
        "",
        "Posted on May 2, 2020 by Jonas",
        "",
        "Second shavings",
        "===============",
        "",
        "A second note, this one about sharpening and patience at the stone.",
        "",
        "Posted on May 9, 2020 by Jonas",
        "",
        "Recent posts",
        "------------",
        "",
        "-   First shavings May 2, 2020",
        "-   Second shavings May 9, 2020",
        "-   Third shavings May 16, 2020",
    )
    assert [p.title for p in posts] == ["First shavings", "Second shavings"]
    assert all("Third shavings" not in p.body for p in posts)
