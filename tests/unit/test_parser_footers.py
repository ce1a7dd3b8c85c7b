"""Where a post's text ends and its footer begins, on pages whose footers print few words."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import NotADump


def _one(*lines: str):  # type: ignore[no-untyped-def]
    posts = parse_text("\n".join(lines), "page.txt")
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


def test_a_list_of_the_authors_links_ending_in_twitter_is_body_text() -> None:
    post = _one(
        "martes, 3 de marzo de 2015",
        "",
        "Cómo montar un servidor de mapas",
        "",
        "El servidor arranca en dos minutos.",
        "",
        "    Sígueme en mis redes:",
        "",
        "      Telegram",
        "      GitHub",
        "      Twitter",
        "",
        "Obtener enlace",
        "",
        "Facebook",
        "",
        "X",
        "",
        "Comentarios",
        "",
        "Publicar un comentario",
    )
    assert post.body.endswith("Twitter")
    assert "Facebook" not in post.body


def test_a_mobile_footers_name_line_is_the_author_not_the_bodys_last_line() -> None:
    post = _one(
        "Field Notes from Narva",
        "",
        "January 12, 2023",
        "Trains to the border",
        "The morning train was half empty.",
        "",
        "Most passengers got off at Jõhvi.",
        "",
        "Mara Lindqvist",
        "Share",
        "No comments:",
        "Post a Comment",
        "Home",
    )
    assert post.body.endswith("got off at Jõhvi.")
    assert post.author == "Mara Lindqvist"
    assert post.comments == 0


def test_a_name_line_inside_the_body_stays_when_no_footer_is_right_under_it() -> None:
    post = _one(
        "Monday, March 4, 2013",
        "",
        "Letters from Tartu",
        "",
        "A letter came today, signed",
        "",
        "Ilse Karu",
        "",
        "and nothing else.",
        "",
        "Posted by Jo Smith at 5:43 AM",
    )
    assert "Ilse Karu" in post.body
    assert post.author == "Jo Smith"


def test_comments_headed_name_wrote_at_a_date_are_comments_not_posts() -> None:
    post = _one(
        "Maps from polygons",
        "",
        "The island is cut into polygons before the rivers are drawn.",
        "",
        "Labels: maps, rivers",
        "",
        "– Irina – Sunday, September 05, 2010",
        "2 comments:",
        "oleg wrote at September 06, 2010 12:34 AM",
        "Lovely rivers.",
        "",
        "Irina wrote at September 06, 2010 7:51 AM",
        "Thank you, Oleg.",
        "",
        "For example you said:",
        '"the rivers run downhill"',
        "",
        "oleg wrote at September 07, 2010 9:02 AM",
        "Yes, from the corners.",
    )
    assert post.title == "Maps from polygons"
    # The theme's byline between dashes gives the author and the date.
    assert (post.author, post.date) == ("Irina", "2010-09-05")
    assert post.comments == 2
    # A sentence in a comment that quotes someone ("you said:") opens no comment.
    assert [(c.author, c.text.splitlines()[0]) for c in post.comment_list] == [
        ("oleg", "Lovely rivers."),
        ("Irina", "Thank you, Oleg."),
        ("oleg", "Yes, from the corners."),
    ]
    assert "For example you said:" in post.comment_list[1].text


def test_a_table_of_contents_item_that_reads_like_a_comment_count_is_body() -> None:
    post = _one(
        "martes, 3 de marzo de 2015",
        "",
        "Guía de estilo",
        "",
        "Contenido",
        "",
        "4 Comas finales",
        "",
        "5 Comentarios",
        "",
        "6 Convenciones de nombres",
        "",
        "Las reglas siguen aquí.",
        "",
        "Publicado por Ana en 10:15",
        "3 comentarios:",
    )
    assert "5 Comentarios" in post.body and post.body.endswith("Las reglas siguen aquí.")
    assert (post.author, post.comments) == ("Ana", 3)


def test_a_meta_line_of_time_labels_and_count_under_the_title() -> None:
    posts = parse_text(
        "\n".join(
            [
                "FOR BEGINNERS",
                "MY NOTES",
                "",
                "Tariq's Blog",
                "Code every day.",
                "",
                "HOME",
                "THEORY »",
                "Uva 100 - The 3n + 1 problem",
                "8:11 PM  Programming, Uva solution  No comments",
                "",
                "Problem Link",
                "",
                "The answer loops until one.",
                "",
                "Newer Post Older Post Home",
            ]
        ),
        "page.txt",
    )
    assert [p.title for p in posts] == ["Uva 100 - The 3n + 1 problem"]
    post = posts[0]
    assert (post.time, post.labels, post.comments) == ("20:11", ("Programming", "Uva solution"), 0)
    assert post.author is None  # "Problem Link" is the body's first line, not a name
    assert post.body.startswith("Problem Link") and post.body.endswith("loops until one.")


def test_a_code_widgets_line_number_gutter_is_not_body() -> None:
    post = _one(
        "Monday, March 4, 2013",
        "",
        "Counting in C",
        "",
        "The program:",
        "",
        "?",
        "1",
        "2",
        "3",
        "int main() {",
        "  return 0;",
        "}",
        "",
        "Posted by Jo Smith at 5:43 AM",
    )
    assert post.body == "The program:\n\nint main() {\n  return 0;\n}"


def test_python_stays_python_and_the_pages_paragraph_indent_goes() -> None:
    post = _one(
        "Monday, March 4, 2013",
        "",
        "Counting words",
        "",
        "\u00a0\u00a0\u00a0\u00a0The script is short.",
        "",
        "    def count(words):",
        "        total = 0",
        "        for word in words:",
        "            total += 1",
        "        return total",
        "",
        "        A prose paragraph indented on its first line",
        "wraps onto a second one.",
        "",
        "Posted by Jo Smith at 5:43 AM",
    )
    assert post.body.split("\n\n") == [
        "The script is short.",
        "def count(words):\n    total = 0\n    for word in words:\n        total += 1\n    return total",
        "A prose paragraph indented on its first line\nwraps onto a second one.",
    ]


def test_an_author_taken_from_a_name_above_the_share_buttons_is_said_so() -> None:
    post = _one(
        "January 12, 2023",
        "Trains to the border",
        "The morning train was half empty.",
        "",
        "Mara Lindqvist",
        "Share",
        "No comments:",
    )
    assert post.author == "Mara Lindqvist"
    assert any("line 5" in w and "the author is the name" in w for w in post.warnings)


def test_a_page_cut_above_its_title_with_only_blogger_share_buttons_is_a_post() -> None:
    post = _one(
        "// Ferry timetable reader",
        "#include <stdio.h>",
        "int main(void) { return 0; }",
        "",
        "Compile it and run it.",
        "Email This",
        "BlogThis!",
        "Share to Twitter",
        "Share to Facebook",
        "",
        "Newer Post Older Post Home",
        "Picture Window theme. Powered by Blogger.",
    )
    assert post.title == ""
    assert post.body.startswith("// Ferry timetable reader")
    assert post.body.endswith("Compile it and run it.")
    assert any("cut above its title" in w for w in post.warnings)


def test_a_text_with_a_few_social_links_is_no_blog_post() -> None:
    with pytest.raises(NotADump):
        parse_text(
            "Our project\n\nIt reads maps.\n\nFollow us:\nFacebook\nTwitter\nInstagram\n", "x"
        )


def test_by_and_a_menu_word_is_no_byline() -> None:
    with pytest.raises(NotADump):
        parse_text("Anonymous said...\nferry\nby Home", "x")  # "Home" names nobody


def test_a_long_related_posts_line_and_a_script_after_the_post_are_not_the_post() -> None:
    teasers = "Related posts:" + "".join(
        f"Moving the {what} server to a new rack in one evening"
        for what in ("mail", "file", "print")
    )
    assert len(teasers) > 120
    post = _one(
        "# Moving the mail server",
        "***Дата: 31.12.2014 Автор Admin***",
        "",
        "This is how the mail server moved in one evening.",
        "```",
        "Get-Queue | Suspend-Queue",
        "```",
        "The last line of the post.",
        "&nbsp;",
        teasers,
        " Метки: Exchange, Powershell  ",
        "",
        "All rights reserved. Example Traveller 2022",
        "",
        "jQuery(document).ready(function($){",
        '$("a[rel*=lightbox]").colorbox({initialWidth:"30%",initialHeight:"30%",maxWidth:"90%",'
        'maxHeight:"90%",opacity:0.8,current:" {current}  {total}",previous:"",close:"Close"});',
        "});",
        "(function (d, w, c) {",
        "(w[c] = w[c] || []).push(function() {",
    )
    assert post.title == "Moving the mail server"
    assert post.body.splitlines()[-1] == "The last line of the post."
    assert post.labels == ("Exchange", "Powershell")
    assert "jQuery(document).ready(function($){" in post.extra_text
    assert any("no date, byline or footer of its own" in w for w in post.warnings)


def test_the_google_plus_recommend_button_under_the_share_line_is_footer() -> None:
    post = _one(
        "Mooring lines, a short guide",
        "",
        "Three knots cover every berth in the harbour.",
        "",
        "Posted by Ola Berg at 10:56",
        "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest",
        "",
        "",
        "+2   Recommend this on Google",
        "Labels: knots, harbour",
        "",
        "3 comments:",
    )
    assert post.title == "Mooring lines, a short guide"
    assert post.body == "Three knots cover every berth in the harbour."
    assert (post.author, post.labels, post.comments) == ("Ola Berg", ("knots", "harbour"), 3)


def test_comment_stamps_in_blogger_short_form_run_into_the_name() -> None:
    post = _one(
        "Wednesday, February 17, 2010",
        "",
        "Indexing the ferry logs",
        "",
        "Every crossing since 1998 is now searchable.",
        "",
        "Posted by Ola Berg at 9:12 AM",
        "2 comments:",
        "",
        "gtowey2/17/10, 11:59 AM",
        "Which index did you use?",
        "Reply",
        "Ola Berg17/2/10 12:40",
        "A plain inverted one.",
        "Reply",
    )
    assert [(c.author, c.date, c.text) for c in post.comment_list] == [
        ("gtowey", "2010-02-17T11:59", "Which index did you use?"),
        ("Ola Berg", "2010-02-17T12:40", "A plain inverted one."),
    ]


def test_a_date_from_a_bare_timestamp_alone_is_said_to_be_unsure() -> None:
    post = _one(
        "Notes on delegates",
        "",
        "A delegate answers for another object.",
        "",
        "Sun, 22 May 2016 11:45:16",
    )
    assert post.date == "2016-05-22"
    assert any("from a timestamp alone" in w for w in post.warnings)


def test_a_comment_stamp_after_the_count_is_never_the_posts_time() -> None:
    post = _one(
        "Wednesday, February 17, 2010",
        "",
        "Indexing the ferry logs",
        "",
        "Every crossing since 1998 is now searchable.",
        "",
        "Posted by Ola Berg at 9:12 AM",
        "2 comments:",
        "",
        "Some reader's words with no head a parser knows",
        "February 18, 2010 at 11:40 AM",
    )
    assert (post.date, post.time) == ("2010-02-17", "09:12")
    assert "February 18, 2010 at 11:40 AM" in post.extra_text
