"""Pages hypothesis found read wrong (tests/unit/test_parser_shape_properties.py), shrunk."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def test_a_rule_under_the_date_header_is_not_the_title() -> None:
    (post,) = parse_text(
        "Friday, June 5, 2015\n\n---\n\nWe crossed the sound before dawn.\nLabels: sea\n", "x"
    )
    assert post.title != "---"
    assert post.date == "2015-06-05"
    assert post.labels == ("sea",)


def test_a_starred_rule_under_the_date_header_is_not_the_title() -> None:
    (post,) = parse_text("June 5, 2015\n\n* * *\n\nGulls\n\nThe gulls came back in March.\n", "x")
    assert post.title == "Gulls"
    assert post.date == "2015-06-05"
    assert post.body == "The gulls came back in March."


def test_a_front_matter_date_in_words_is_the_posts_date() -> None:
    (post,) = parse_text(
        "---\ntitle: Salt on the pier\ndate: June 5, 2015\nauthor: Edda Voss\n---\n"
        "We crossed the sound before dawn and nobody spoke.\n",
        "x",
    )
    assert post.date == "2015-06-05"
    assert post.author == "Edda Voss"


def test_a_front_matter_date_in_cjk_is_the_posts_date() -> None:
    (post,) = parse_text("---\ntitle: 渡口\ndate: 2015年6月5日\n---\n我们在天亮前过了海峡。\n", "x")
    assert post.date == "2015-06-05"


def test_a_numeric_front_matter_date_that_reads_both_ways_is_not_guessed() -> None:
    (post,) = parse_text(
        "---\ntitle: Salt on the pier\ndate: 05/06/2015\n---\n"
        "We crossed the sound before dawn and nobody spoke.\n",
        "x",
    )
    assert post.date != "2015-05-06" or post.warnings


def test_a_line_of_only_a_line_separator_and_a_dash_below_a_count_is_read() -> None:
    """U+2028 is whitespace to str.split: a line holding it and a theme's dash had text but
    no words, and the comment-stamp check asked for its last word (an IndexError)."""
    import contextlib

    from tuiarchive.errors import NotADump

    with contextlib.suppress(NotADump):  # the parser's own refusal is fine, a crash is not
        parse_text("No comments:\nferry\n" + "\u00a0" * 11 + " \u2028 \u2013\n", "x")
