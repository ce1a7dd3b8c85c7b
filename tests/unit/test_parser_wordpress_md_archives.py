"""WordPress archive and item pages converted to Markdown with the theme's raw HTML left in."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import NotADump

_SITE = "https://lantern.example.org"


def _title(title: str, slug: str) -> list[str]:
    head = f"[{title}]({_SITE}/2021/{slug}/)"
    return [head, "=" * len(head), ""]


def _meta(date: str, slug: str, login: str, name: str) -> list[str]:
    return [
        f'Posted on [{date}]({_SITE}/2021/{slug}/ "9:16 pm")<span class="by-author"> by'
        f' <span class="author vcard"><a href="{_SITE}/author/{login}/" class="url fn n"'
        f' title="View all posts by {name}">{name}</a></span></span>',
        "",
    ]


def _header() -> list[str]:
    return [
        f'[Harbour Lantern Notes]({_SITE}/ "Harbour Lantern Notes")',
        "=" * 50,
        "",
        "A journal from the quay",
        "-----------------------",
        "",
        "Menu",
        "",
        f'-   <span id="menu-item-11">[Home]({_SITE})</span>',
        f'-   <span id="menu-item-12">[About]({_SITE}/about/)</span>',
        "",
        "Category Archives: Boats",
        "========================",
        "",
    ]


def _posts(footers: bool) -> list[str]:
    """Three posts, each title with its meta line under it; with `footers`, each body closes
    with Twenty Twelve's "Posted in … | Tagged … | N Replies" line."""
    lines = _header()
    lines += _title("Painting the old ferry", "03/04/painting")
    lines += _meta("March 4, 2021", "03/04/painting", "mira", "Mira Tenn")
    lines += [
        "The ferry came out of the water on Tuesday and the hull was worse than we feared.",
        "",
        "By Sunday she was blue again, a deeper blue than anyone remembered.",
        "",
    ]
    if footers:
        lines += [
            f"Posted in [Boats]({_SITE}/category/boats/), [Repairs]({_SITE}/category/repairs/)"
            f' | Tagged [paint]({_SITE}/tag/paint/) | <span class="comments-link">'
            f"[12 Replies]({_SITE}/2021/03/04/painting/#comments)</span>",
            "",
        ]
    lines += [
        f'<img src="{_SITE}/wp-content/uploads/2021/02/rope-thumb.jpg" class="attachment-post-'
        'thumbnail size-post-thumbnail wp-post-image" width="624" height="131" />',
        "",
    ]
    lines += _title("Winter moorings", "02/11/moorings")
    lines += _meta("February 11, 2021", "02/11/moorings", "osk", "oskar")
    lines += [
        f'<figure><img src="{_SITE}/wp-content/uploads/2021/02/rope.jpg" alt="A coil of new'
        ' rope." class="wp-image-77" width="300" height="458" /><figcaption>A coil of new rope'
        " on the pier, ready for the storms.</figcaption></figure>",
        "",
        "Every boat in the harbour needs two lines in winter, not one.",
        "",
        "The storms come from the west and they come at night.",
        "",
    ]
    if footers:
        lines += [
            f'Posted in [Boats]({_SITE}/category/boats/) | <span class="comments-link">'
            f"[1 Reply]({_SITE}/2021/02/11/moorings/#comments)</span>",
            "",
        ]
    lines += _title("Lamps along the breakwater", "01/20/lamps")
    lines += _meta("January 20, 2021", "01/20/lamps", "mira", "Mira Tenn")
    lines += [
        f'<figure><img src="{_SITE}/wp-content/uploads/2021/01/lamp.jpg" class="wp-image-78"'
        ' width="880" height="586" /></figure>The council has promised new lamps along the'
        " breakwater by spring.",
        "",
        "We will believe it when we see them lit.",
        "",
    ]
    if footers:
        lines += [
            f"Posted in [Harbour]({_SITE}/category/harbour/) | Tagged [lamps]({_SITE}/tag/lamps/)"
            ' | <span class="comments-link"></span>',
            "",
        ]
    lines += ["Proudly powered by WordPress"]
    return lines


def test_each_post_of_an_archive_page_keeps_its_own_meta_line_and_footer() -> None:
    posts = parse_text("\n".join(_posts(footers=True)), "page.txt")
    assert [p.title for p in posts] == [
        "Painting the old ferry",
        "Winter moorings",
        "Lamps along the breakwater",
    ]
    assert [p.date for p in posts] == ["2021-03-04", "2021-02-11", "2021-01-20"]
    assert [p.author for p in posts] == ["Mira Tenn", "oskar", "Mira Tenn"]
    assert [p.labels for p in posts] == [
        ("Boats", "Repairs", "paint"),
        ("Boats",),
        ("Harbour", "lamps"),
    ]
    assert [p.comments for p in posts] == [12, 1, None]
    assert posts[0].body.rstrip().endswith("a deeper blue than anyone remembered.")


def test_meta_lines_under_setext_titles_open_their_posts_with_no_footers() -> None:
    posts = parse_text("\n".join(_posts(footers=False)), "page.txt")
    assert [p.title for p in posts] == [
        "Painting the old ferry",
        "Winter moorings",
        "Lamps along the breakwater",
    ]
    assert [p.date for p in posts] == ["2021-03-04", "2021-02-11", "2021-01-20"]
    assert [p.author for p in posts] == ["Mira Tenn", "oskar", "Mira Tenn"]
    assert posts[0].body.rstrip().endswith("a deeper blue than anyone remembered.")
    assert any("no footer" in w for w in posts[0].warnings)  # said: where it ends is read


def test_a_figures_caption_goes_with_its_image_and_text_glued_after_it_is_the_body() -> None:
    posts = parse_text("\n".join(_posts(footers=True)), "page.txt")
    assert posts[1].body.startswith("Every boat in the harbour")
    assert "coil of new rope" not in posts[1].body
    assert posts[2].body.startswith("The council has promised new lamps")


def _item_with_comments() -> list[str]:
    """An item page: the title, its meta line, the text, the footer, two numbered comments
    whose authors' names are bold links, the comment form, then the sidebar."""
    lines = _header()[:-4]
    lines += ["Painting the old ferry", "======================", ""]
    lines += _meta("March 4, 2021", "03/04/painting", "mira", "Mira Tenn")
    lines += [
        "The ferry came out of the water on Tuesday and the hull was worse than we feared.",
        "",
        "By Sunday she was blue again, a deeper blue than anyone remembered.",
        "",
        f'Posted in [Boats]({_SITE}/category/boats/) | <span class="comments-link">'
        f"[2 Replies]({_SITE}/2021/03/04/painting/#comments)</span>",
        "",
        "2 thoughts on “Painting the old ferry”",
        "--------------------------------------",
        "",
    ]
    for number, (name, when, said) in enumerate(
        [
            (
                "Tove Brand",
                "March 5, 2021 at 3:12 pm",
                "What a lovely blue, I saw her from the pier.",
            ),
            ("Lars Ekdahl", "March 6, 2021 at 1:29 pm", "Next year the lighthouse, please."),
        ],
        start=1,
    ):
        lines += [
            f'{number}.  <span id="li-comment-{number}"><img src="https://avatars.example.org/'
            f'{number}.png" class="avatar avatar-44 photo" width="44" height="44" />**<a href="'
            f'https://example.net/{number}" class="url">{name}</a>** [{when}]({_SITE}/2021/'
            f"03/04/painting/#comment-{number})</span> {said}",
            "",
            f'    <a href="#comment-{number}" class="comment-reply-link">Reply</a> ↓',
            "",
        ]
    lines += [
        '### Leave a Reply <span class="small"><a href="#respond">Cancel reply</a></span>',
        "",
        '<span id="email-notes">Your email address will not be published.</span> Required'
        ' fields are marked <span class="required">\\*</span>',
        "",
        "Comment",
        "",
        'Name <span class="required">\\*</span>',
        "",
        'Email <span class="required">\\*</span>',
        "",
        "Website",
        "",
        "Search for:",
        "",
        "### Categories",
        "",
        f"-   [Boats]({_SITE}/category/boats/)",
        f"-   [Harbour]({_SITE}/category/harbour/)",
        f"-   [Repairs]({_SITE}/category/repairs/)",
        "",
        "Proudly powered by WordPress",
    ]
    return lines


def test_comment_authors_set_in_bold_are_read_without_the_marks() -> None:
    posts = parse_text("\n".join(_item_with_comments()), "page.txt")
    assert [c.author for c in posts[0].comment_list] == ["Tove Brand", "Lars Ekdahl"]


def test_the_comment_form_and_the_sidebars_category_list_start_no_post() -> None:
    posts = parse_text("\n".join(_item_with_comments()), "page.txt")
    assert [p.title for p in posts] == ["Painting the old ferry"]
    assert posts[0].labels == ("Boats",)
    assert posts[0].comments == 2


def test_a_link_to_the_category_pages_next_page_is_the_pager_not_a_label() -> None:
    lines = _posts(footers=True)[:-1] + [
        "### Post navigation",
        "",
        f'[<span class="meta-nav">←</span> Older posts]({_SITE}/category/boats/page/2/)',
        "",
        "Proudly powered by WordPress",
    ]
    posts = parse_text("\n".join(lines), "page.txt")
    assert len(posts) == 3
    assert posts[-1].labels == ("Harbour", "lamps")


def test_an_item_pages_unlinked_title_takes_its_address_from_the_dates_link() -> None:
    posts = parse_text("\n".join(_item_with_comments()), "page.txt")
    assert posts[0].url == f"{_SITE}/2021/03/04/painting/"


def test_a_date_linking_to_its_day_archive_gives_no_address() -> None:
    lines = [
        line.replace("/2021/03/04/painting/ ", "/2021/03/04/ ") for line in _item_with_comments()
    ]
    posts = parse_text("\n".join(lines), "page.txt")
    assert posts[0].url is None


def _static_page(meta: list[str]) -> str:
    lines = _header()[:-4] + ["Visiting the harbour", "====================", "", *meta]
    lines += [
        "The harbour office is open to visitors on weekdays from nine to four.",
        "",
        "**Getting here**",
        "",
        f"-   [Ferry timetable]({_SITE}/timetable/)",
        f"-   [Parking by the quay]({_SITE}/parking/)",
        "",
        "2 thoughts on “Visiting the harbour”",
        "------------------------------------",
        "",
        '1.  <span id="li-comment-7"><img src="https://avatars.example.org/7.png" class="avatar'
        ' avatar-44 photo" width="44" height="44" />**Tove Brand** [May 5, 2019 at 3:12 pm]'
        f"({_SITE}/visiting/#comment-7)</span>",
        "    Is the office open on holidays too?",
        "",
        '2.  <span id="li-comment-8"><img src="https://avatars.example.org/8.png" class="avatar'
        ' avatar-44 photo" width="44" height="44" />**Lars Ekdahl** [May 6, 2019 at 1:29 pm]'
        f"({_SITE}/visiting/#comment-8)</span>",
        "    Only on weekdays, the sign says so.",
        "",
        "Comments are closed.",
        "",
        "### Recent Posts",
        "",
        f"-   [Painting the old ferry]({_SITE}/2021/03/04/painting/)",
        "",
        f'<img src="{_SITE}/wp-content/uploads/2019/05/footer.png" width="10" height="10" />',
        "",
        "Proudly powered by WordPress",
    ]
    return "\n".join(lines)


def test_a_wordpress_static_page_with_no_date_byline_or_category_is_no_post() -> None:
    with pytest.raises(NotADump):
        parse_text(_static_page([]), "page.txt")


def test_an_undated_wordpress_page_with_a_meta_line_left_unread_is_still_a_post() -> None:
    meta = ['<div class="entry-meta"></div>', ""]  # the theme's meta, its date not saved
    posts = parse_text(_static_page(meta), "page.txt")
    assert [p.title for p in posts] == ["Visiting the harbour"]
    assert any("no date" in w for w in posts[0].warnings)


def test_a_translated_entry_footer_with_its_reply_count_closes_each_post() -> None:
    lines: list[str] = ["Notas del muelle", "================", ""]
    for title, date, labels, count in [
        ("Pintar el viejo ferry", "4 de marzo de 2021", "Barcos, Reparaciones", 3),
        ("Amarres de invierno", "11 de febrero de 2021", "Barcos", 1),
    ]:
        lines += [title, "=" * len(title), "", f"Publicado el {date} por Mira Tenn", ""]
        lines += ["El casco estaba peor de lo que temíamos.", "", "Tardamos dos días.", ""]
        reply = "respuestas" if count > 1 else "respuesta"
        lines += [f"Publicado en {labels} | {count} {reply}", ""]
    posts = parse_text("\n".join(lines), "page.md")
    assert [p.title for p in posts] == ["Pintar el viejo ferry", "Amarres de invierno"]
    assert [p.date for p in posts] == ["2021-03-04", "2021-02-11"]
    assert [p.labels for p in posts] == [("Barcos", "Reparaciones"), ("Barcos",)]
    assert [p.comments for p in posts] == [3, 1]
