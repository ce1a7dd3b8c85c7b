"""A field the parser could not read surely carries a warning that names it: the comments
of a section kept aside unread, a second date under the text,
labels taken by position from the text's end."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_WRAPPED_HEADING = """Saved from the web

# Walking the old canal path

Posted on March 3, 2015 by Tilda Marsh

The towpath was muddy after the rain, and the herons stood in the shallows like grey posts.

We walked as far as the third lock before turning back for tea.

Tags: canal, herons

4 thoughts on \u201cWalking the old canal path
along the water\u201d

Bram Okonkwo
March 4, 2015 at 9:12 am

Lovely walk, we did the same route last spring.

Ines Vaz
March 5, 2015 at 6:40 pm

Were the locks open?
"""


def _comments_warned(warnings: tuple[str, ...]) -> bool:
    return any("comments" in warning and "not read" in warning for warning in warnings)


def test_a_comment_section_kept_aside_unread_is_warned_about() -> None:
    (post,) = parse_text(_WRAPPED_HEADING, "page.txt")
    assert post.title == "Walking the old canal path"
    assert post.comment_list or _comments_warned(post.warnings)


def test_a_comment_section_read_or_empty_says_nothing() -> None:
    page = _WRAPPED_HEADING.split("4 thoughts")[0] + "Leave a Reply\n\nYour name\n"
    (post,) = parse_text(page, "page.txt")
    assert not _comments_warned(post.warnings)
    read = page.replace("Tags: canal, herons\n", "Labels: canal, herons\n") + (
        "\n2 comments:\n\nBram Okonkwo said...\n\nLovely walk.\n\nMarch 4, 2015 at 9:12 AM\n"
    )
    (post,) = parse_text(read, "page.txt")
    assert not _comments_warned(post.warnings)


_STAMP_UNDER_TEXT = """# Walking the old canal path

Posted on March 3, 2015 by Tilda Marsh

The towpath was muddy after the rain, and the herons stood in the shallows like grey posts.

We walked as far as the third lock before turning back for tea.

Bram Okonkwo
March 4, 2015 at 9:12 am

Lovely walk, we did the same route last spring.
"""


def test_a_bare_stamp_under_the_text_takes_no_post_date_silently() -> None:
    (post,) = parse_text(_STAMP_UNDER_TEXT, "page.txt")
    assert post.author == "Tilda Marsh"
    assert post.date == "2015-03-03"
    assert "March 4, 2015 at 9:12 am" in post.extra_text  # kept aside, said
    assert any("date" in warning for warning in post.warnings)


_SHARE_RUN = "Get link\nFacebook\nX\nPinterest\nEmail\nOther Apps"
_LAST_LINE_ABOVE_SHARES = f"""Lantern Quay Notes

The night ferry gets a second deck

{_SHARE_RUN}

May 23, 2014

The yard finished the work two weeks early.

Crews say the upper deck is colder but quieter.

What comes next

{_SHARE_RUN}

Comments

Post a Comment
"""


def test_labels_read_by_position_say_the_body_end_was_guessed_too() -> None:
    (post,) = parse_text(_LAST_LINE_ABOVE_SHARES, "page.txt")
    if "What comes next" in post.body:
        return  # read as the text's: nothing guessed
    assert post.labels == ("What comes next",)
    assert any("labels" in w and "the body's end" in w for w in post.warnings)


def test_a_heading_above_the_share_run_ends_the_text_and_is_no_label() -> None:
    page = _LAST_LINE_ABOVE_SHARES.replace("\nWhat comes next\n", "\n### What comes next\n")
    (post,) = parse_text(page, "page.txt")
    assert post.labels == ()
    assert post.body.endswith("What comes next")


_RELATED_ABOVE_FOOTER = """# Walking the old canal path

The towpath was muddy after the rain, and the herons stood in the shallows like grey posts.

We walked as far as the third lock before turning back for tea.

### *Related*

Posted in [Walks](https://lockkeeper.example.org/category/walks/) and tagged \
[canal](https://lockkeeper.example.org/tag/canal/), \
[herons](https://lockkeeper.example.org/tag/herons/). \
Bookmark the [permalink](https://lockkeeper.example.org/2015/03/03/canal/).

## 3Comments

[Add yours](#reply-title)
"""


def test_a_posted_in_and_tagged_footer_without_this_entry_gives_the_labels() -> None:
    (post,) = parse_text(_RELATED_ABOVE_FOOTER, "page.txt")
    assert post.labels == ("Walks", "canal", "herons")
    assert post.body.endswith("before turning back for tea.")


def test_a_count_run_into_its_word_kept_aside_says_the_comments_were_not_read() -> None:
    (post,) = parse_text(_RELATED_ABOVE_FOOTER, "page.txt")
    assert post.comments == 3 or _comments_warned(post.warnings)


_READING_TIME_HEAD = """Title: Notes from the allotment

URL Source: https://plots.example.net/notes-from-the-allotment/

Markdown Content:
April 12, 2023 · 4 minutes to read

The broad beans came up a week late, but the slugs found them first.

Next year the bed gets a copper ring and a little more patience.
"""


def test_a_date_and_reading_time_line_atop_an_unprinted_title_dates_the_post() -> None:
    (post,) = parse_text(_READING_TIME_HEAD, "page.txt")
    assert post.title == "Notes from the allotment"
    assert post.date == "2023-04-12"
    assert post.body.startswith("The broad beans came up")


def test_a_bar_of_share_links_under_the_text_ends_no_body() -> None:
    page = _READING_TIME_HEAD + (
        "\n[Share on Twitter](https://twitter.example/intent?u=plots) · "
        "[Edit on GitHub](https://forge.example/plots/notes.md)\n"
    )
    (post,) = parse_text(page, "page.txt")
    assert post.body.endswith("a little more patience.")
    assert any("share" in warning for warning in post.warnings)


def test_a_sentence_with_a_bar_in_it_stays_the_text() -> None:
    page = _READING_TIME_HEAD + "\nShare on Twitter | the one place my aunt still reads\n"
    (post,) = parse_text(page, "page.txt")
    assert post.body.endswith("my aunt still reads")
