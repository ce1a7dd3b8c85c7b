"""Markdown clippings of WordPress and Blogger pages: what their structure says, in any words."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _one(*lines: str):  # type: ignore[no-untyped-def]
    posts = parse_text("\n".join(lines), "clip.md")
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


def test_a_clipper_source_link_and_a_like_button_make_a_post_without_a_date() -> None:
    post = _one(
        '[Source](https://tundra.example.org/2016/02/09/reindeer-counts/ "Permalink to Reindeer counts")',
        "",
        "# Reindeer counts on the Yamal",
        "",
        "**Method**",
        "",
        "We counted from the air twice, in [March][1] and April.",
        "",
        "The herders counted from the ground and found more.",
        "",
        "### Like this:",
        "",
        "Like Loading...",
        "",
        "### _Related_",
        "",
        "[1]: https://tundra.example.org/march/",
    )
    assert post.title == "Reindeer counts on the Yamal"
    assert post.url == "https://tundra.example.org/2016/02/09/reindeer-counts/"
    assert post.body.startswith("**Method**")
    assert post.body.endswith("found more.")
    assert post.date is None
    assert any(w.startswith("no date found") for w in post.warnings)


def test_a_wordpress_com_page_gives_its_run_together_date_author_and_tag_links() -> None:
    post = _one(
        "# Ferry timetables, 1998",
        "",
        "[March 3, 2020March 5, 2020](https://ferries.example.com/2020/03/03/timetables/)"
        " ~ [Irina](https://ferries.example.com/author/irina/)",
        "",
        "## Background",
        "",
        "The winter timetable was printed on yellow paper.",
        "",
        "### Share this:",
        "",
        "  * [ Share on X (Opens in new window) X ](https://ferries.example.com/?share=twitter)",
        "  * [ Share on Facebook (Opens in new window) Facebook ](https://ferries.example.com/?share=facebook)",
        "",
        "Like Loading...",
        "",
        "[archives](https://ferries.example.com/tag/archives/)"
        "[Baltic](https://ferries.example.com/category/baltic/)",
        "",
    )
    assert post.date == "2020-03-03"  # published, not updated
    assert post.author == "Irina"
    assert post.labels == ("archives", "Baltic")
    assert post.body.startswith("Background")
    assert post.body.endswith("yellow paper.")


def test_label_links_one_per_line_under_a_blogger_post_are_its_labels() -> None:
    post = _one(
        "### [Salt roads of Perm](https://saltroads.blogspot.com/2019/05/perm.html)",
        "",
        '[May 2, 2019](https://saltroads.blogspot.com/2019/05/perm.html "permanent link")',
        "",
        "The salt went north by river and came back as furs.",
        "",
        "[history](https://saltroads.blogspot.com/search/label/history)",
        "[Урал](https://saltroads.blogspot.com/search/label/%D0%A3%D1%80%D0%B0%D0%BB)",
        "",
        "* Get link",
        "* Facebook",
        "",
        "### Comments",
        "",
        "[Post a Comment](https://www.blogger.com/comment/fullpage/post/1/2)",
    )
    assert post.labels == ("history", "Урал")
    assert post.body == "The salt went north by river and came back as furs."


def test_label_links_after_a_labels_key_wrapped_over_lines_stay_one_list() -> None:
    post = _one(
        "## martes, 3 de marzo de 2015",
        "",
        "### Rutas de la sal",
        "",
        "La sal viajaba al norte por el río.",
        "",
        "Publicado por Ana en 10:15",
        "",
        "Etiquetas:",
        "[historia](https://sal.blogspot.com/search/label/historia),",
        "[Río Kama](https://sal.blogspot.com/search/label/R%C3%ADo%20Kama)",
        "",
    )
    assert post.labels == ("historia", "Río Kama")
    assert post.author == "Ana"


def test_chrome_set_in_bold_is_still_chrome() -> None:
    post = _one(
        "Monday, March 4, 2013",
        "",
        "Winter ports",
        "",
        "The ice closed the harbour early.",
        "",
        "Posted by Jo Smith at 5:43 AM",
        "",
        "**Labels:** ports, ice",
    )
    assert post.labels == ("ports", "ice")
    assert post.body == "The ice closed the harbour early."


def test_a_scrapers_tags_are_not_the_blogs_labels_but_a_posts_own_front_matter_is() -> None:
    scraped = _one(
        "---",
        "title: Night trains to Kazan",
        "url: https://rails.example.org/2021/04/night-trains.html",
        "tags: [news, full-text]",
        "scraped: 2026-01-02 10:00",
        "---",
        "",
        "Saturday, April 3, 2021",
        "",
        "Night trains to Kazan",
        "",
        "The sleeper leaves at eleven.",
        "",
        "Posted by Oleg at 9:00 PM",
    )
    assert scraped.labels == ()
    assert any("news, full-text" in w and "not read as labels" in w for w in scraped.warnings)
    own = _one(
        "---",
        "layout: post",
        "title: Night trains to Kazan",
        "date: 2021-04-03",
        "tags: rails, Tatarstan",
        "---",
        "",
        "The sleeper leaves at eleven.",
    )
    assert own.labels == ("rails", "Tatarstan")


def test_a_markdown_page_without_links_is_read_as_markdown_when_a_heading_is_a_date() -> None:
    post = _one(
        "# Bird Notes",
        "",
        "notes from the marshes",
        "",
        "## Friday, 1 July 2011",
        "",
        "### Counting storks in Latgale",
        "",
        "Forty nests this year, six more than last.",
        "",
        "Posted by Anna at 9:00 PM",
    )
    assert (post.title, post.date, post.author) == (
        "Counting storks in Latgale",
        "2011-07-01",
        "Anna",
    )
    assert post.body == "Forty nests this year, six more than last."
    assert post.blog == "Bird Notes"


def test_a_new_theme_byline_spread_over_four_lines_gives_author_and_date() -> None:
    post = _one(
        "### Winter roads to Vorkuta",
        "",
        "* [Get link](https://saltice.blogspot.com/2021/02/roads.html)",
        "* [Facebook](https://www.facebook.com/sharer/sharer.php?u=x)",
        "",
        "By",
        "",
        '[Pavel Sorokin](https://www.blogger.com/profile/1 "author profile")',
        "",
        "-",
        '[February 2, 2021](https://saltice.blogspot.com/2021/02/roads.html "permanent link")',
        "",
        "The winter road opens when the ice is thick enough for trucks.",
        "",
        "Posted by Pavel Sorokin at 10:00 AM",
    )
    assert post.title == "Winter roads to Vorkuta"
    assert (post.author, post.date) == ("Pavel Sorokin", "2021-02-02")
    assert post.body == "The winter road opens when the ice is thick enough for trucks."


def test_a_heading_link_and_a_fenced_code_block_with_its_language_make_a_page_markdown() -> None:
    post = _one(
        "## [A queue in forty lines](http://code.example.org/wordpress/?p=12)",
        "After a week with the standard library I wrote my own.",
        "```cpp",
        "#include <queue>",
        "int main() { return 0; }",
        "```",
        "",
        "This entry was posted in Programming by Anna. Bookmark the permalink.",
    )
    assert post.title == "A queue in forty lines"
    assert post.url == "http://code.example.org/wordpress/?p=12"
    assert post.author == "Anna"
    assert "#include <queue>" in post.body


def test_a_markdown_note_of_a_russian_wordpress_page_with_code_fences() -> None:
    post = _one(
        "# Резервные копии почты через PowerShell",
        "***Дата: 14.03.2015 Автор Admin***",
        "",
        "Сегодня расскажу, как выгрузить ящики в файлы.",
        "```",
        "Get-Mailbox | Export-Mailbox",
        "```",
        "Готово.",
        "",
        " Метки: Exchange, PowerShell",
        "",
        "Добавить комментарий Отменить ответ Ваш адрес email не будет опубликован.",
    )
    assert post.title == "Резервные копии почты через PowerShell"
    assert (post.date, post.author) == ("2015-03-14", "Admin")
    assert post.labels == ("Exchange", "PowerShell")
    assert post.body.startswith("Сегодня расскажу") and post.body.endswith("Готово.")


LYNX_PAGE = """   [1]Salt and Ice

   notes from the far north

Monday, February 2, 2009

[2]The winter road

   Trucks cross the [3]lake when the ice reaches ninety centimetres.

   Posted by [4]Pavel at [5]10:00 AM [6]No comments:

   Labels: [7]roads, [8]ice

   [9]Newer Post [10]Home

References

   1. https://saltice.blogspot.com/
   2. https://saltice.blogspot.com/2009/02/winter-road.html
   3. https://lakes.example.org/
   4. https://www.blogger.com/profile/1
   5. https://saltice.blogspot.com/2009/02/winter-road.html
   6. https://saltice.blogspot.com/2009/02/winter-road.html#comments
   7. https://saltice.blogspot.com/search/label/roads
   8. https://saltice.blogspot.com/search/label/ice
   9. https://saltice.blogspot.com/
  10. https://saltice.blogspot.com/
"""


def test_a_lynx_dump_loses_its_link_marks_and_gives_the_title_its_address() -> None:
    posts = parse_text(LYNX_PAGE, "lynx.txt")
    assert len(posts) == 1
    post = posts[0]
    assert (post.title, post.date, post.author, post.comments) == (
        "The winter road",
        "2009-02-02",
        "Pavel",
        0,
    )
    assert post.labels == ("roads", "ice")
    assert post.body == "Trucks cross the lake when the ice reaches ninety centimetres."
    assert post.url == "https://saltice.blogspot.com/2009/02/winter-road.html"
    assert post.blog == "Salt and Ice"
    assert not any("https://" in line for line in post.extra_text)  # the reference list is chrome


def test_brackets_in_a_page_without_a_reference_list_stay() -> None:
    post = _one(
        "Monday, February 2, 2009",
        "",
        "Arrays",
        "",
        "Take a[1] and a[2], then sum them.",
        "",
        "Posted by Pavel at 10:00 AM",
    )
    assert post.body == "Take a[1] and a[2], then sum them."


def test_a_repository_name_atop_a_copied_post_is_no_title() -> None:
    post = _one(
        "# kursus-membuat-peta-gui",
        "#KampusKita #TeknikInformatika",
        "",
        "https://video.example.org/watch?v=abc123",
        "",
        "1. Langkah pertama: buka programnya dan tunggu sebentar:",
        "",
        "![image](https://images.example.org/1.png)",
        "",
        "2. Lalu pilih menu peta.",
        "",
        "![image](https://images.example.org/2.png)",
        "",
        "di 5:04 AM 1 Comment",
        "Label: GUI",
    )
    assert post.title == ""
    assert post.body.startswith("1. Langkah pertama") and post.body.endswith("pilih menu peta.")
    assert "kursus-membuat-peta-gui" in post.extra_text
    assert any("names a file, not a post" in w for w in post.warnings)


WORDPRESS_PAGE = """
Anna's Notes
Just another WordPress site

Skip to content
Home
About

Winter ferries
Posted on March 3, 2015 by anna

The ferry stopped in January.

Second paragraph about the ice.

This entry was posted in Travel and tagged ferries, winter. Bookmark the permalink.

Post navigation
← Autumn roads
Spring roads →

2 thoughts on “Winter ferries”

Oleg says:
March 4, 2015 at 9:00 am

Nice pictures.

Reply

Ana says:
March 5, 2015 at 10:00 am

Thanks, Oleg.

Reply

Leave a Reply Cancel reply

Your email address will not be published. Required fields are marked *
Recent Posts
Autumn roads
Archives
March 2015
Categories
Travel
Proudly powered by WordPress
"""


def test_a_wordpress_page_saved_as_text_gives_title_byline_labels_and_comments() -> None:
    posts = parse_text(WORDPRESS_PAGE, "wordpress.txt")
    assert len(posts) == 1
    post = posts[0]
    assert (post.title, post.date, post.author) == ("Winter ferries", "2015-03-03", "anna")
    assert post.labels == ("Travel", "ferries", "winter")  # posted in ... and tagged ...
    assert post.body == "The ferry stopped in January.\n\nSecond paragraph about the ice."
    assert post.comments == 2
    assert [(c.author, c.date, c.text) for c in post.comment_list] == [
        ("Oleg", "2015-03-04T09:00", "Nice pictures."),
        ("Ana", "2015-03-05T10:00", "Thanks, Oleg."),
    ]
    assert post.blog == "Anna's Notes"
    assert "About" in post.extra_text  # the menu's item, kept and said


def test_a_title_that_is_a_bylines_lead_stays_a_title_without_a_dated_byline_below() -> None:
    post = _one("by", "", "Mara Lindqvist", "", "ferry", "", "Posted by Mara Lindqvist at 5:43 AM")
    assert (post.title, post.author, post.body) == ("by", "Mara Lindqvist", "ferry")


def test_an_obsidian_heading_that_repeats_the_title_but_its_punctuation_is_the_title() -> None:
    post = _one(
        "---",
        'title: "¡Las acequias de Alfambra siguen vivas!"',
        'source: "https://cuaderno-de-riego.blogspot.com/2023/04/acequias.html"',
        "author:",
        '  - "[[Inés Lahoz]]"',
        "published: 2023-04-12",
        "created: 2023-04-20",
        "description: |",
        "  Una visita a las acequias del valle, que los regantes limpian cada primavera.",
        "tags:",
        '  - "riego"',
        '  - "clippings"',
        "---",
        "# Las acequias de Alfambra siguen vivas",
        "",
        "Los regantes del valle limpian las acequias cada primavera, como hacían sus abuelos.",
        "",
        "## La limpieza",
        "",
        "El agua vuelve a correr en cuanto se abren las compuertas de la presa.",
    )
    assert post.title == "Las acequias de Alfambra siguen vivas"
    assert post.body.startswith("Los regantes del valle")
    assert post.date == "2023-04-12"


def test_a_category_also_among_the_tags_stands_in_the_tags_place_en() -> None:
    page = WORDPRESS_PAGE.replace(
        "and tagged ferries, winter.", "and tagged ferries, Travel, winter."
    )
    post = parse_text(page, "wordpress.txt")[0]
    assert post.labels == ("ferries", "Travel", "winter")  # once, where the tags list it


def test_a_category_listed_once_for_being_also_a_tag_is_said() -> None:
    page = WORDPRESS_PAGE.replace(
        "and tagged ferries, winter.", "and tagged ferries, travel, winter."
    )
    post = parse_text(page, "wordpress.txt")[0]
    assert post.labels == ("ferries", "travel", "winter")
    assert any("category and a tag" in w and "Travel" in w for w in post.warnings)


def test_categories_and_tags_apart_say_nothing() -> None:
    post = parse_text(WORDPRESS_PAGE, "wordpress.txt")[0]
    assert not any("category and a tag" in w for w in post.warnings)


def test_a_category_listed_once_in_a_footer_run_into_the_byline_is_said() -> None:
    page = WORDPRESS_PAGE.replace(
        "This entry was posted in Travel and tagged ferries, winter.",
        "Posted on May 3, 2021 by Ana Lobo This entry was posted in Travel and tagged"
        " ferries, travel, winter.",
    )
    post = parse_text(page, "wordpress.txt")[0]
    assert post.labels == ("ferries", "travel", "winter")
    assert any("category and a tag" in w and "Travel" in w for w in post.warnings)
