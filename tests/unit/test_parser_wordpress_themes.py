"""WordPress themes saved as text: their meta lines, tag lists and comment lists."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text


def _one(*lines: str):  # type: ignore[no-untyped-def]
    posts = parse_text("\n".join(lines), "page.txt")
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


def _newspaper_page(date_line: str) -> list[str]:
    """A magazine theme's post: title, then its date run into the view count, then the
    comment count alone, the share buttons one a line, the text and a tag list."""
    return [
        "---",
        'title: "Planter des tomates sur un balcon"',
        'date: "2019-04-02T08:00:00+00:00"',
        "---",
        "Accueil  Jardin  Planter des tomates sur un balcon",
        "",
        "# Planter des tomates sur un balcon",
        "",
        date_line,
        "0",
        "",
        "Partager",
        "",
        "Facebook",
        "",
        "Twitter",
        "",
        "WhatsApp",
        "",
        "Telegram",
        "",
        "Un balcon bien exposé suffit pour trois pieds de tomates cerises.",
        "Il faut seulement un grand pot et un tuteur solide.",
        "",
        "Arrosez le soir, jamais en plein soleil, et le tour est joué.",
        "   À lire aussi :",
        "- Semer des radis en hiver",
        "- Un compost sur dix mètres carrés",
        "",
        "Lucie Marchand",
        " Lucie jardine sur les toits de Lyon depuis dix ans.",
        "",
        "- TAGS",
        "- balcon",
        "- potager urbain",
        "- tomates",
        "",
        "Partager",
        "",
        "Facebook",
    ]


def test_a_date_run_into_the_view_count_is_the_posts_date_with_a_warning() -> None:
    post = _one(*_newspaper_page("3 avril 20191207"))
    assert post.date == "2019-04-03"
    assert post.body.startswith("Un balcon bien exposé")
    assert any("1207" in w for w in post.warnings)


def test_the_number_alone_under_a_run_on_date_is_the_comment_count() -> None:
    post = _one(*_newspaper_page("3 avril 20191207"))
    assert post.comments == 0
    assert any("comment count" in w for w in post.warnings)


def test_a_date_that_is_only_a_date_reads_no_count_from_the_line_below() -> None:
    post = _one(*_newspaper_page("3 avril 2019"))
    assert post.date == "2019-04-03"
    assert post.comments is None


def test_a_list_headed_tags_is_the_posts_labels_and_ends_its_text() -> None:
    post = _one(*_newspaper_page("3 avril 20191207"))
    assert post.labels == ("balcon", "potager urbain", "tomates")
    assert post.body.endswith("le tour est joué.")


def test_a_tags_heading_over_a_list_is_the_posts_labels() -> None:
    post = _one(
        "Monday, May 4, 2020",
        "",
        "Notes from the orchard",
        "",
        "The pears came early this year and the wasps found them first.",
        "",
        "Tags:",
        "* pears",
        "* wasps",
        "",
        "No comments:",
    )
    assert post.labels == ("pears", "wasps")
    assert post.body.endswith("found them first.")


def test_a_list_under_the_word_tags_inside_a_sentence_stays_text() -> None:
    post = _one(
        "Monday, May 4, 2020",
        "",
        "Notes from the orchard",
        "",
        "Three things I learned about price tags:",
        "- they fade",
        "- they peel",
        "",
        "No comments:",
    )
    assert post.labels == ()
    assert post.body.endswith("- they peel")


def test_comments_with_their_stamp_and_reply_button_under_the_text() -> None:
    """A theme's comment list: the commenter's name, the text, then "date Reply"."""
    post = _one(
        "Dienstag, 3. März 2015",
        "",
        "Ein Regal aus alten Kisten",
        "",
        "Vier Weinkisten, acht Schrauben und ein Nachmittag reichen dafür.",
        "",
        "### Kommentare",
        "",
        "*   ![](https://example.org/avatar/1.png)",
        "    ",
        "    Jonas",
        "    ",
        "    Schöne Idee, das baue ich nach!",
        "    ",
        "    12\\. Apr 2016 [Antworten](#)",
        "",
        "*   ![](https://example.org/avatar/2.png)",
        "    ",
        "    [Mara](https://example.org)",
        "    ",
        "    Welche Schrauben hast du genommen?",
        "    ",
        "    05\\. Apr 2016 [Antworten](#)",
        "",
        "### Hinterlasse einen Kommentar",
        "",
        "[Antworten abbrechen](#)",
    )
    assert [c.author for c in post.comment_list] == ["Jonas", "Mara"]
    assert post.comment_list[0].date == "2016-04-12"
    assert post.comment_list[1].text == "Welche Schrauben hast du genommen?"
    assert post.body.endswith("ein Nachmittag reichen dafür.")


def test_front_matter_tags_that_are_only_numbers_are_ids_not_labels() -> None:
    post = _one(
        "---",
        "title: Ein Regal aus alten Kisten",
        "date: '2015-03-03T10:00:00.000Z'",
        "tags:",
        "  - '112'",
        "  - '348'",
        "---",
        "",
        "Vier Weinkisten, acht Schrauben und ein Nachmittag reichen dafür.",
        "",
        "Kommentare",
    )
    assert post.labels == ()
    assert any("112" in w for w in post.warnings)


def _pingback_theme_page(*body: str) -> list[str]:
    """A WordPress theme that counts the responses, then splits them into comment and
    pingback tabs: "N respuestas", "Comentarios 1", "Pingbacks 1", then "Name dice:"."""
    return [
        "Martes, 4 de mayo de 2021",
        "",
        "Cómo podar un limonero",
        "",
        "Conviene podar el limonero al final del invierno, cuando ya no hay heladas.",
        "",
        *body,
        "Etiquetas: jardín, limonero",
        "",
        "2 respuestas",
        "",
        "Comentarios 1",
        "",
        "Pingbacks 1",
        "",
        "LUISA MORAL dice:",
        "",
        "2022-03-05 a las 10:12",
        "",
        "Muy útil, gracias.",
        "",
        "Responder",
        "",
        "Pingback: ▷ Regar en verano - El Huerto",
        "",
        "Deja una respuesta Cancelar la respuesta",
    ]


def test_responses_count_and_comment_and_pingback_tabs() -> None:
    post = _one(*_pingback_theme_page())
    assert post.comments == 2  # the responses: one comment and one pingback
    assert [c.author for c in post.comment_list] == ["LUISA MORAL"]
    assert post.comment_list[0].date == "2022-03-05T10:12"
    assert post.comment_list[0].text == "Muy útil, gracias."
    assert post.body.endswith("cuando ya no hay heladas.")


def test_a_comments_heading_inside_the_text_heads_a_part_of_it() -> None:
    """A guide's chapter called "Comentarios": prose follows, the footer is still to come."""
    post = _one(
        *_pingback_theme_page(
            "Comentarios",
            "",
            "Los comentarios del código de riego deben explicar por qué se riega a esa hora.",
            "",
            "Deben ser frases completas y claras.",
            "",
        )
    )
    assert post.title == "Cómo podar un limonero"
    assert post.body.endswith("Deben ser frases completas y claras.")
    assert "\nComentarios\n" in post.body
    assert post.labels == ("jardín", "limonero")
    assert any("'Comentarios' read as a heading of the text" in w for w in post.warnings)


@pytest.mark.parametrize(
    ("count_line", "said"),
    [
        ("3 Responses", "Tom Baker says:"),
        ("3 respuestas", "Ana Ruiz dice:"),
        ("3 réponses", "Jean Roux dit :"),
        ("3 Antworten", "Jonas Keller sagt:"),
        ("3 комментариев", "Иван Петров говорит:"),
    ],
)
def test_wordpress_counts_of_responses_in_several_languages(count_line: str, said: str) -> None:
    post = _one(
        "Monday, May 4, 2020",
        "",
        "Notes from the orchard",
        "",
        "The pears came early this year and the wasps found them first.",
        "",
        "Labels: pears, wasps",
        "",
        count_line,
        "",
        said,
        "",
        "Lovely pears.",
    )
    assert post.comments == 3
    assert post.blog is None
    assert [c.text for c in post.comment_list] == ["Lovely pears."]


def test_a_markdown_post_closed_by_the_entry_footer_and_a_sentence_of_the_theme() -> None:
    page = (
        "## Rowing at night\n\nThe lake is darker than the sky.\n\n```sh\nrow --quiet\n```\n\n"
        "This entry was posted in Boats, Lakes and tagged oars, night. Bookmark the permalink."
        " Post a comment or leave a trackback: Trackback URL."
    )
    posts = parse_text(page, "row.md")
    assert [(p.title, p.labels) for p in posts] == [
        ("Rowing at night", ("Boats", "Lakes", "oars", "night"))
    ]
    assert "Bookmark" not in posts[0].body


def test_an_image_alt_line_atop_the_body_is_kept_aside_with_a_warning() -> None:
    page = (
        "# Nine quiet ways to fold a map\n\nnine-quiet-map-folds\n"
        "In this post I will show nine ways to fold a map so that it fits a coat pocket.\n\n"
        "### 1) The accordion\n\nFold it like bellows, then in half.\n\n"
        "This entry was posted in Maps and tagged folding by Ann Lee. Bookmark the permalink."
    )
    posts = parse_text(page, "maps.md")
    assert [(p.title, p.author) for p in posts] == [("Nine quiet ways to fold a map", "Ann Lee")]
    assert posts[0].body.startswith("In this post I will show nine ways")
    assert "nine-quiet-map-folds" in posts[0].extra_text
    assert any("alt text" in w for w in posts[0].warnings)


def test_a_post_pasted_under_a_readme_opens_at_the_line_over_its_byline() -> None:
    page = (
        "# harbour-tools\nA kit for the harbour office that prints the tide tables.\n\n"
        "## notes on rowing\n\n"
        "« Older walk on the pier\nNewer walk by the locks »\n"
        "Rowing at night\nBy Ann Lee | Published: March 9, 2014\n"
        "The lake is darker than the sky and the oars are louder than you think.\n\n"
        "We came back before the gulls woke.\n\n"
        "This entry was posted in Boats and tagged oars, night. Bookmark the permalink.\n"
    )
    posts = parse_text(page, "readme.md")
    assert [(p.title, p.author, p.date, p.labels) for p in posts] == [
        ("Rowing at night", "Ann Lee", "2014-03-09", ("Boats", "oars", "night"))
    ]
    assert posts[0].body.startswith("The lake is darker")


@pytest.mark.parametrize("by", ["", " by danwalks."])
def test_twenty_twelves_entry_meta_gives_the_labels_and_the_date(by: str) -> None:
    post = _one(
        "Lowland Rambles",
        "Notes from a walker",
        "A long walk along the northern canal path",
        "We started at the lock gates before sunrise and walked until the light went.",
        "The towpath was muddy but the herons did not mind.",
        f"This entry was posted in Uncategorized and tagged canals, herons, walking on March 3, 2021{by}",
        "2 thoughts on “A long walk along the northern canal path”",
        "Ruth Abara",
        "March 4, 2021 at 7:15 pm",
        "Lovely, I walked there last spring.",
        "danwalks",
        "March 5, 2021 at 9:02 am",
        "Thank you Ruth!",
    )
    assert post.date == "2021-03-03"
    assert post.labels == ("Uncategorized", "canals", "herons", "walking")
    assert post.body.endswith("The towpath was muddy but the herons did not mind.")
    assert post.comments == 2
    assert [c.author for c in post.comment_list] == ["Ruth Abara", "danwalks"]
