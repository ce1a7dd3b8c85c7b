"""Blogger's newer themes (Contempo, Soho, Emporio, Notable, Essential) saved as plain text."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text

SHARE = {
    "en": ("Get link", "Facebook", "X", "Pinterest", "Email", "Other Apps"),
    "es": (
        "Obtener enlace",
        "Facebook",
        "X",
        "Pinterest",
        "Correo electrónico",
        "Otras aplicaciones",
    ),
    "ru": (
        "Получить ссылку",
        "Facebook",
        "X",
        "Pinterest",
        "Электронная почта",
        "Другие приложения",
    ),
}
ITEM = {  # blog name, title, date, two paragraphs, two labels, "post a comment"
    "en": (
        "Lantern Quay Notes",
        "The night ferry gets a second deck",
        "May 23, 2014",
        "2014-05-23",
        "The yard finished the work two weeks early.",
        "Crews say the upper deck is colder but quieter.",
        ("ferries", "shipyard news"),
        "Post a Comment",
    ),
    "es": (
        "Cuaderno del muelle",
        "El ferry nocturno estrena cubierta",
        "mayo 23, 2014",
        "2014-05-23",
        "El astillero terminó la obra dos semanas antes.",
        "La tripulación dice que arriba hace más frío.",
        ("transbordadores", "astillero"),
        "Publicar un comentario",
    ),
    "ru": (
        "Записки с причала",
        "Ночной паром получил вторую палубу",
        "мая 23, 2014",
        "2014-05-23",
        "Верфь закончила работу на две недели раньше.",
        "Команда говорит, что наверху холоднее, но тише.",
        ("паромы", "верфь"),
        "Отправить комментарий",
    ),
}


def _item(code: str, *, gap: str = "\n", labels: str | None = None) -> str:
    blog, title, date, _, first, second, tags, form = ITEM[code]
    share = gap.join(SHARE[code])
    tag_block = "\n".join(tags) if labels is None else labels
    return "\n\n".join(
        [
            blog,
            title,
            share,
            date,
            first,
            second,
            tag_block,
            share,
            "Comments" if code == "en" else "Comentarios" if code == "es" else "Комментарии",
            form,
        ]
    )


@pytest.mark.parametrize("code", ["en", "es", "ru"])
def test_bare_label_lines_above_the_closing_share_run_are_the_posts_labels(code: str) -> None:
    (post,) = parse_text(_item(code), f"{code}.txt")
    _, title, _, iso, first, second, tags, _ = ITEM[code]
    assert (post.title, post.date) == (title, iso)
    assert post.labels == tags
    assert post.body == f"{first}\n\n{second}"
    assert any("labels" in w and "position" in w for w in post.warnings)


def test_label_lines_set_apart_by_blank_lines_like_their_share_run_are_labels() -> None:
    page = _item("en", gap="\n\n", labels="ferries\n\nshipyard news")
    (post,) = parse_text(page, "en.txt")
    assert post.labels == ("ferries", "shipyard news")
    assert post.body == f"{ITEM['en'][4]}\n\n{ITEM['en'][5]}"


def test_an_indented_list_of_the_authors_links_above_the_share_run_stays_in_the_text() -> None:
    links = "    Follow me elsewhere\n\n      Mastodon\n      Codeberg\n      Newsletter"
    (post,) = parse_text(_item("es", gap="\n\n", labels=links), "es.txt")
    assert post.labels == ()
    assert post.body.endswith("Newsletter")


def test_a_closing_sentence_above_the_share_run_stays_in_the_text() -> None:
    (post,) = parse_text(_item("en", labels="Thanks for reading, see you soon!"), "en.txt")
    assert post.labels == ()
    assert post.body.endswith("Thanks for reading, see you soon!")


def test_short_lines_above_a_share_run_followed_by_a_labels_key_stay_in_the_text() -> None:
    page = "\n\n".join(
        [
            "Friday, May 23, 2014",
            "Packing list",
            "What went into the bag this time:",
            "rope\nlantern\nflask",
            "Email This\nBlogThis!\nShare to X\nShare to Facebook",
            "Labels: gear, trips",
            "No comments:",
        ]
    )
    (post,) = parse_text(page, "en.txt")
    assert post.labels == ("gear", "trips")
    assert post.body.endswith("rope\nlantern\nflask")


CLASSIC_ITEM = {  # a post's page: the blog's name, a date header without its weekday
    "en": (
        "Lantern Quay Notes",
        "May 23, 2014",
        "Posted by Mira Holt at 5:43 AM",
        "Labels: ferries",
        "No comments:",
    ),
    "ru": (
        "Записки с причала",
        "23 мая 2014",
        "Автор: Мира Холт на 13:56",
        "Ярлыки: паромы",
        "Комментариев нет:",
    ),
}


@pytest.mark.parametrize("code", ["en", "ru"])
def test_a_post_page_with_the_blogs_name_over_a_date_without_weekday_gives_the_title(
    code: str,
) -> None:
    blog, date, byline, labels, count = CLASSIC_ITEM[code]
    _, title, _, iso, first, second, _, _ = ITEM[code]
    page = "\n\n".join([blog, date, title, first, second, byline, labels, count])
    (post,) = parse_text(page, f"{code}.txt")
    assert (post.title, post.date, post.blog) == (title, iso, blog)
    assert post.author in ("Mira Holt", "Мира Холт")
    assert post.body == f"{first}\n\n{second}"
    assert any("blog's name" in w for w in post.warnings)


def test_a_post_page_without_a_byline_but_with_classic_share_buttons_gives_the_title() -> None:
    _, title, _, iso, first, second, _, _ = ITEM["en"]
    share = "Email This\nBlogThis!\nShare to X\nShare to Facebook"
    page = "\n\n".join(["Lantern Quay Notes", "May 23, 2014", title, first, second, share])
    (post,) = parse_text(page + "\n\nNo comments:", "en.txt")
    assert (post.title, post.date, post.blog) == (title, iso, "Lantern Quay Notes")
    assert post.body == f"{first}\n\n{second}"


def test_a_new_theme_title_over_its_date_keeps_a_short_opening_line_in_the_text() -> None:
    _, title, date, iso, first, second, tags, form = ITEM["en"]
    share = "\n".join(SHARE["en"])
    page = "\n\n".join([title, date, "A short note", first, second, "\n".join(tags), share, form])
    (post,) = parse_text(page, "en.txt")
    assert (post.title, post.date) == (title, iso)
    assert post.body == f"A short note\n\n{first}\n\n{second}"
    assert post.labels == tags


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("code", "key"), [("en", "Labels:"), ("es", "Etiquetas:"), ("ru", "Ярлыки:")]
)
def test_a_labels_key_alone_on_its_line_heads_labels_one_a_line(
    code: str, key: str, gap: str
) -> None:
    tags = ITEM[code][6]
    page = _item(code, gap=gap, labels=key + gap + gap.join(tags))
    (post,) = parse_text(page, f"{code}.txt")
    assert post.labels == tags
    assert post.body == f"{ITEM[code][4]}\n\n{ITEM[code][5]}"
    assert not post.extra_text


def test_a_labels_key_alone_over_a_list_wrapped_at_its_commas_reads_the_whole_list() -> None:
    page = "\n\n".join(
        [
            "## 2014/05/23",
            "### Fog over the breakwater",
            "The foghorn sounded all night long.",
            "Labels:\nfog,\nbreakwater,\nnight shift",
            "No comments:",
            "Post a Comment",
        ]
    )
    (post,) = parse_text(page, "en.md")
    assert post.labels == ("fog", "breakwater", "night shift")
    assert post.comments == 0
