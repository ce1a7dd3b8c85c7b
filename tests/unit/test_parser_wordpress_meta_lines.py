"""WordPress themes' meta lines, bylines and entry footers, in the shapes pages print them."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _one(*lines: str):  # type: ignore[no-untyped-def]
    posts = parse_text("\n".join(lines), "page.txt")
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


def test_a_classic_meta_line_under_a_pasted_title_heads_the_post() -> None:
    post = _one(
        "Notas del huerto",
        "================",
        "",
        "\tPara regar ver la guía de abajo.",
        "",
        "Guía rápida de balcones verdes",
        "Posted: marzo 3rd, 2014 | Author: lmoreno | Filed under: Sin categoría"
        " | Tags: balcón, huerto | No Comments »",
        "Un balcón bien orientado basta para tres macetas de tomates y algo de albahaca.",
        "",
        "Se riega al atardecer, nunca a pleno sol, y se revisa la tierra con el dedo.",
    )
    assert post.title == "Guía rápida de balcones verdes"
    assert post.date == "2014-03-03"
    assert post.author == "lmoreno"
    assert post.labels == ("Sin categoría", "balcón", "huerto")
    assert post.comments == 0
    assert post.body.startswith("Un balcón bien orientado")


def test_a_meta_line_with_a_count_run_into_its_bar_reads_the_count() -> None:
    post = _one(
        "---",
        "layout: post",
        'title: "Lanterns over the quiet harbour | Quay Notes"',
        "date: 2016-11-22T23:04:23.159Z",
        "---",
        "",
        "## Lanterns over the quiet harbour",
        "Posted: June 8, 2012 | Author: quaymaster | Filed under: harbours, Night walks |17 Comments",
        "The lanterns were lit one by one as the fishing boats came in.",
        "",
        "By midnight the whole quay glowed like a string of beads.",
    )
    assert post.title == "Lanterns over the quiet harbour"
    assert post.date == "2012-06-08"
    assert post.author == "quaymaster"
    assert post.labels == ("harbours", "Night walks")
    assert post.comments == 17


def _category_page() -> list[str]:
    """A classic theme's category page saved as text: each post's title, its weekday date
    on the line under it, the text, then "Tags:" and "Posted in … | N Comments »"."""
    return [
        "## Tuning the lantern wicks for long nights",
        "",
        "Thursday, November 3rd, 2016    ",
        "A lantern that burns all night needs a wick trimmed flat and a little lower than usual.",
        "",
        "Trim it with sharp scissors, never with a knife, and wipe the glass before lighting.",
        "",
        "Tags: lanterns, wicks, night watch",
        "Posted in Quay Lights, Workshop notes | No Comments »",
        "",
        "Keeping the ropes dry in winter",
        "Monday, August 8th, 2016",
        "Wet ropes freeze stiff, and a stiff rope is the one that slips when it matters most.",
        "",
        "Tags: ropes, winter",
        "Posted in Workshop notes | 1 Comment »",
    ]


def test_a_title_with_its_weekday_date_under_it_opens_each_post_of_a_category_page() -> None:
    posts = parse_text("\n".join(_category_page()), "page.txt")
    assert [p.title for p in posts] == [
        "Tuning the lantern wicks for long nights",
        "Keeping the ropes dry in winter",
    ]
    assert [p.date for p in posts] == ["2016-11-03", "2016-08-08"]
    assert posts[0].body.startswith("A lantern that burns all night")
    assert posts[1].body.startswith("Wet ropes freeze stiff")


def test_posted_in_with_no_comments_gives_the_categories_and_a_count_of_zero() -> None:
    posts = parse_text("\n".join(_category_page()), "page.txt")
    assert posts[0].labels == (
        "lanterns",
        "wicks",
        "night watch",
        "Quay Lights",
        "Workshop notes",
    )
    assert [p.comments for p in posts] == [0, 1]


def test_a_byline_printed_one_link_a_line_at_the_posts_end_is_read_whole() -> None:
    post = _one(
        "# Notes from the rope workshop",
        "",
        "The first session covered splicing, the second one knots for mooring lines.",
        "",
        "Everyone left with a fender they had made themselves.",
        "",
        "\t\t\t",
        "Posted on November 3rd, 2016 by ",
        "Ana Quayle",
        " in ",
        "Workshop notes",
        ", ",
        "Ropes",
        " |   ",
        "No Comments »",
    )
    assert post.date == "2016-11-03"
    assert post.author == "Ana Quayle"
    assert post.labels == ("Workshop notes", "Ropes")
    assert post.comments == 0
    assert post.body.endswith("a fender they had made themselves.")


def _wordpress_com_clip() -> list[str]:
    """A clipper's note around a WordPress.com post saved as text: the note's front matter,
    heading and source line, then the page one element a line (trailing spaces kept)."""
    return [
        "---",
        'source: "https://quaynotes.example/2026/04/12/mending-nets-by-lamplight/"',
        'title: "Mending Nets by Lamplight"',
        'author: "Ana Quayle"',
        'date_published: "2026-04-12"',
        "---",
        "",
        "# Mending Nets by Lamplight",
        "",
        "Source: https://quaynotes.example/2026/04/12/mending-nets-by-lamplight/",
        "",
        "Mending Nets by Lamplight | Quay Notes ",
        "Quay Notes ",
        "Small stories from a small harbour… ",
        "Skip to content ",
        "Home About ",
        "← Painting the Harbour Wall ",
        "Mending Nets by Lamplight ",
        "Posted on April 12, 2026 | Leave a comment ",
        "Every winter evening the net loft fills with people who would rather talk than mend. ",
        "Knots ",
        "The mending knot is the same one my grandmother used, tied over two fingers. ",
        "Share this: ",
        "Share on X (Opens in new window) ",
        "X ",
        "Share on Facebook (Opens in new window) ",
        "Facebook ",
        "Like Loading... ",
        "This entry was posted in Harbour life , Crafts and tagged nets , winter . "
        "Bookmark the permalink . ",
        "← Painting the Harbour Wall ",
        "Leave a comment Cancel reply ",
        "RECENT POSTS ",
        "Mending Nets by Lamplight ",
        "Painting the Harbour Wall ",
        "A Year of Tide Tables ",
    ]


def test_a_title_listed_again_under_the_post_does_not_move_the_posts_start() -> None:
    post = _one(*_wordpress_com_clip())
    assert post.title == "Mending Nets by Lamplight"
    assert post.date == "2026-04-12"
    assert post.body.startswith("Every winter evening the net loft")
    assert post.body.endswith("tied over two fingers.")
    assert post.blog != "Source: https://quaynotes.example/2026/04/12/mending-nets-by-lamplight/"


def test_an_entry_footer_with_spaces_before_its_commas_gives_categories_and_tags() -> None:
    post = _one(*_wordpress_com_clip())
    assert post.labels == ("Harbour life", "Crafts", "nets", "winter")


def test_a_dated_byline_with_leave_a_comment_after_a_bar_is_the_posts_date() -> None:
    post = _one(*_wordpress_com_clip())
    assert not any("shows none" in w for w in post.warnings)


def test_a_portuguese_entry_footer_with_palavras_chave_gives_category_and_tags() -> None:
    post = _one(
        "## Mais notas",
        "",
        "4) Abra o painel na porta 8080 e entre com o usuário padrão.",
        "",
        "5) Troque a senha antes de qualquer outra coisa.",
        "",
        "Esta entrada foi publicada em Sem categoria com as palavras-chave redes, cais."
        " Adicione o link permanente aos seus favoritos.",
    )
    assert post.labels == ("Sem categoria", "redes", "cais")


def test_a_markdown_byline_of_reference_links_with_a_date_and_minutes_is_read() -> None:
    post = _one(
        "---",
        "title: Why the Tide Tables Lie",
        "date: 2025-12-21T00:24:58.000Z",
        "author: View all posts by Ana Quayle",
        "---",
        "",
        "[Quay Notes][1]",
        "",
        "# Why the Tide Tables Lie",
        "",
        "[Ana Quayle][2] [tides][3] December 20, 2025 5 Minutes",
        "",
        "Every harbour master knows the printed tables are only a first guess.",
        "",
        "Wind and pressure move the water more than the moon admits.",
        "",
        "[1]: https://quaynotes.example/",
        '[2]: https://quaynotes.example/author/anaq/ "Posts by Ana Quayle"',
        "[3]: https://quaynotes.example/category/harbour/tides/",
    )
    assert post.date == "2025-12-20"
    assert post.author == "Ana Quayle"
    assert post.labels == ("tides",)
    assert post.body.startswith("Every harbour master knows")


def test_a_date_with_category_links_and_a_linked_count_under_a_heading_is_the_meta() -> None:
    post = _one(
        "---",
        'title: "A very long title about mending nets, tying knots and keeping ropes dry - Quay"',
        'source: "https://quay.example/7731/"',
        "tags:",
        '  - "clippings"',
        "---",
        "",
        "## A very long title about mending nets, tying knots and keeping ropes dry",
        "",
        "2025-11-21 [Knots](https://quay.example/shelf/knots/) [Ropes](https://quay.example/shelf/ropes/)"
        " 0 0 [0](https://quay.example/7731/#comments)",
        "",
        "The loft opens at six and the first hour is always for untangling.",
        "",
        "After that the real mending starts, one square at a time.",
    )
    assert post.title == "A very long title about mending nets, tying knots and keeping ropes dry"
    assert post.date == "2025-11-21"
    assert post.labels == ("Knots", "Ropes")
    assert post.comments == 0
    assert post.body.startswith("The loft opens at six")


def test_a_linked_date_beats_a_scraper_date_a_day_later() -> None:
    post = _one(
        "---",
        "title: Harbour Festival Wrap-Up",
        "url: https://quay.example/2022/10/24/harbour-festival-wrap-up/",
        "date: 2022-10-25",
        "---",
        "",
        "# Harbour Festival Wrap-Up",
        "",
        '[October 24, 2022](https://quay.example/2022/10/24/harbour-festival-wrap-up/ "17:58")'
        " [Events](https://quay.example/category/events/), [Wrap-Up](https://quay.example/category/wrap-up/)"
        " [Leave a comment](https://quay.example/2022/10/24/harbour-festival-wrap-up/#respond)",
        "",
        "It has been a while since the last festival, and the quay was fuller than ever.",
        "",
        "The rowing race was won by the youngest crew by half a length.",
    )
    assert post.date == "2022-10-24"
    assert post.labels == ("Events", "Wrap-Up")
    assert post.body.startswith("It has been a while since the last festival")


def test_a_linked_byline_ending_in_a_bullet_gives_the_date_and_the_count() -> None:
    post = _one(*_essay_page())
    assert post.date == "2024-10-22"
    assert post.comments == 3


def test_commenters_written_with_a_bullet_over_their_linked_stamp_lose_the_bullet() -> None:
    post = _one(*_essay_page())
    assert [c.author for c in post.comment_list] == ["Tove", "Who?", "Ana Quayle"]


def _essay_page() -> list[str]:
    """An essayist's blog saved by a scraper: front matter dated a day late, the post, its
    tags, a linked "Posted on … •" byline over the linked count, then the comments, each a
    name with a bullet over a linked stamp."""
    url = "https://quay.example/blog/archives/2024/10/tides-are-not-clocks.html"
    return [
        "---",
        "title: Tides Are Not Clocks",
        f"url: {url}",
        "date: 2024-10-23",
        "---",
        "",
        "## Tides Are Not Clocks",
        "",
        "The almanac says high water at six, and the harbour politely disagrees.",
        "",
        "Tags: [tides](https://quay.example/tag/tides/), [almanacs](https://quay.example/tag/almanacs/)",
        "",
        f"[Posted on October 22, 2024 at 7:03 AM]({url}) •",
        f"[3 Comments]({url}#comments)",
        "",
        "### Comments",
        "",
        "Tove •",
        f"[October 22, 2024 8:02 AM]({url}/#comment-11)",
        "",
        "The moon never read the almanac either.",
        "",
        "Who? •",
        f"[October 22, 2024 9:48 AM]({url}/#comment-12)",
        "",
        "Wind matters more than anyone admits.",
        "",
        "Ana Quayle •",
        f"[October 23, 2024 4:22 AM]({url}/#comment-13)",
        "",
        "Both of you are right, and so is the almanac, on a calm day.",
    ]


def test_a_meta_line_under_a_heading_on_the_pages_first_line_is_the_meta() -> None:
    post = _one(
        "# Knots That Hold in Rain",
        "",
        "[Bo Lindqvist](https://ropework.example/author/bol/) [rigging](https://ropework.example/category/rigging/) March 3, 2024 4 Minutes",
        "",
        "A wet rope slips where a dry one grips, and the bowline is no exception.",
        "",
        "Tie a second half hitch and [read more](https://ropework.example/knots/) on splices.",
    )
    assert post.date == "2024-03-03"
    assert post.author == "Bo Lindqvist"
    assert post.labels == ("rigging",)
    assert post.body.startswith("A wet rope slips")
