"""The dump parser, one test per variation of the format."""

from __future__ import annotations

import pytest

from tests.dumps import INDENT, PARAGRAPHS, archive_page, body, item_page, post
from tuiarchive.dumps.decode import decode_dump
from tuiarchive.dumps.parser import parse_dump, parse_text
from tuiarchive.errors import NotADump

GLUED_SHARE = "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest"
SIDEBAR = "\n\n".join(
    [
        "Search This Blog",
        "Blog Archive",
        "\u25bc\u00a0 2014 (41)",
        "\u25bc\u00a0 May (6)",
        "Ledger Notes: A Title in the Archive Widget",
        "\u25ba\u00a0 April (5)",
        "Total Pageviews",
        "1,204,377",
        "Popular Posts",
        "Ledger Notes: A Popular Title",
        "A snippet of the popular post that is not part of any body.",
        "Followers",
        "About Me",
        "Mara Lindqvist",
        "View my complete profile",
        "Report Abuse",
        "Awesome Inc. theme. Powered by Blogger.",
    ]
)


def only(text: str):
    posts = parse_text(text, "dump.txt")
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


def test_item_page_like_the_seed() -> None:
    p = only(item_page())
    assert p.title == "Ledger Notes: Harbour Board Leases the Grain Berth"
    assert p.series == "Ledger Notes"
    assert p.date == "2014-05-23"
    assert p.author == "Mara Lindqvist"
    assert p.place == "Tallinn"
    assert p.comments == 0
    assert p.labels == ()
    assert p.body == "\n\n".join(PARAGRAPHS)
    assert p.body.startswith("Tallinn, May 23 \u2013 The harbour")
    assert p.warnings == ()
    assert p.source == "dump.txt"


def test_nbsp_inside_a_paragraph_becomes_a_space_and_indent_is_stripped() -> None:
    p = only(item_page(paragraphs=["Baku, June 2 \u2013 Ten\u00a0kilometres of\u00a0pipe."]))
    assert p.body == "Baku, June 2 \u2013 Ten kilometres of pipe."
    assert "\u00a0" not in p.body


def test_fifteen_nbsp_indent_and_plain_space_indent() -> None:
    text = item_page().replace(INDENT + "Whether", "\u00a0" * 15 + " Whether")
    assert only(text).body.endswith("Whether the pipeline company agrees is another matter.")
    assert only(item_page().replace(INDENT, "    ")).body == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    ("header", "iso"),
    [
        ("Friday, May 23, 2014", "2014-05-23"),
        ("Wednesday, 20 July 2016", "2016-07-20"),
        ("Friday 4 December 2015", "2015-12-04"),
        ("Monday, February 09, 2009", "2009-02-09"),
        ("2014-06-02", "2014-06-02"),
        ("12/25/2008", "2008-12-25"),
        ("Sunday, Sept. 7, 2014", "2014-09-07"),
    ],
)
def test_date_header_formats(header: str, iso: str) -> None:
    assert only(item_page(date=header)).date == iso


def test_invalid_date_header_keeps_the_post_without_a_date_and_warns() -> None:
    p = only(item_page(date="Sunday, February 30, 2014"))
    assert p.date is None
    assert any("February 30, 2014" in w and "not a real" in w for w in p.warnings)
    assert p.title.startswith("Ledger Notes")


def test_far_future_date_is_kept_with_a_warning() -> None:
    p = only(item_page(date="Friday, May 23, 9999"))
    assert p.date == "9999-05-23"
    assert any("implausible" in w for w in p.warnings)


def test_missing_author_line() -> None:
    p = only(item_page(author=None))
    assert p.author is None
    assert p.body.startswith("Tallinn, May 23")


def test_author_comes_from_posted_by_when_there_is_no_author_line() -> None:
    p = only(item_page(author=None, footer=["Posted by Tomas Ebner at 5:43 AM", "No comments:"]))
    assert p.author == "Tomas Ebner"
    assert p.time == "05:43"


def test_single_word_author_line_is_recognised_when_the_byline_agrees() -> None:
    p = only(item_page(author="Aino", footer=["Posted by Aino at 5:43 PM"]))
    assert p.author == "Aino"
    assert p.time == "17:43"
    assert not p.body.startswith("Aino")


def test_unindented_short_first_paragraph_is_body_not_author() -> None:
    text = item_page(author=None).replace(INDENT + "Tallinn", "Tallinn")
    text = text.replace("Tallinn, May 23", "Update follows below, May 23")
    p = only(text)
    assert p.author is None
    assert p.body.startswith("Update follows below")


def test_full_footer_lines() -> None:
    footer = [
        "Posted by Mara Lindqvist at 9:10 PM",
        "3 comments:",
        "Email This",
        "BlogThis!",
        "Share to X",
        "Share to Facebook",
        "Share to Pinterest",
        "Labels: energy, railways, Kazakhstan",
        "Newer Post Older Post Home",
        "Subscribe to: Post Comments (Atom)",
    ]
    p = only(item_page(footer=footer))
    assert p.labels == ("energy", "railways", "Kazakhstan")
    assert p.comments == 3
    assert p.time == "21:10"
    assert p.body == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    ("line", "count"),
    [("No comments:", 0), ("1 comment:", 1), ("12 comments:", 12), ("1,204 comments:", 1204)],
)
def test_comment_counts(line: str, count: int) -> None:
    assert only(item_page(footer=[line])).comments == count


@pytest.mark.parametrize(
    "nav", ["Newer Post Older Post Home", "Newer Posts Older Posts Home", "Older Post Home",
            "Newer Posts Home", "Home"],
)  # fmt: skip
def test_navigation_lines_are_chrome(nav: str) -> None:
    p = only(item_page(footer=["No comments:", nav, "Subscribe to: Posts (Atom)"]))
    assert nav not in p.body and p.extra_text == ()


def test_glued_footer_line() -> None:
    line = f"Posted by Mara Lindqvist at 5:43 AM 7 comments: {GLUED_SHARE}"
    p = only(item_page(footer=[line, "Labels: media"]))
    assert (p.author, p.time, p.comments, p.labels) == ("Mara Lindqvist", "05:43", 7, ("media",))


def test_labels_wrapped_onto_a_second_line() -> None:
    p = only(item_page(footer=["Labels: energy, climate,\nKazakhstan"]))
    assert p.labels == ("energy", "climate", "Kazakhstan")


def test_archive_page_shares_a_date_header_between_posts_of_a_day() -> None:
    first = post(title="Ledger Notes: First of the Day", author=None,
                 footer=["Posted by Mara Lindqvist at 9:10 AM", "3 comments:", GLUED_SHARE,
                         "Labels: rivers, Uzbekistan"])  # fmt: skip
    second = post(title="Field Report: Second of the Day", author=None,
                  footer=["Posted by Tomas Ebner at 7:00 AM", "No comments:", GLUED_SHARE])  # fmt: skip
    third = post(title="Weekly Digest: The Day Before", author=None,
                 footer=["Posted by Aino Rask at 6:00 PM", "1 comment:", GLUED_SHARE])  # fmt: skip
    text = archive_page(
        [("Friday, May 30, 2014", [first, second]), ("Thursday, May 29, 2014", [third])],
        trailer="Newer Posts Older Posts Home\n\nSubscribe to: Posts (Atom)\n\n" + SIDEBAR,
    )
    posts = parse_text(text, "archive.txt")
    assert [(p.title, p.date, p.author) for p in posts] == [
        ("Ledger Notes: First of the Day", "2014-05-30", "Mara Lindqvist"),
        ("Field Report: Second of the Day", "2014-05-30", "Tomas Ebner"),
        ("Weekly Digest: The Day Before", "2014-05-29", "Aino Rask"),
    ]
    assert [p.comments for p in posts] == [3, 0, 1]
    assert posts[0].labels == ("rivers", "Uzbekistan")
    for p in posts:
        assert p.body == "\n\n".join(PARAGRAPHS)
        assert p.extra_text == () and p.warnings == ()


def test_sidebar_before_the_posts_is_chrome() -> None:
    p = only(SIDEBAR + "\n\n" + item_page())
    assert p.title == "Ledger Notes: Harbour Board Leases the Grain Berth"
    assert "Popular" not in p.body and p.extra_text == ()


def test_comment_section_is_kept_as_comments_not_body() -> None:
    footer = [
        "2 comments:",
        "Anonymous said...",
        "A first comment.\n\nIts second paragraph.",
        "June 5, 2014 at 9:14 AM",
        "Reply\nDelete",
        "Juris K. said...",
        "Second comment.",
        "June 6, 2014 at 11:02 PM",
        "Reply",
        "Add comment\nLoad more...",
        "Post a Comment",
        "Newer Post Older Post Home",
        "Subscribe to: Post Comments (Atom)",
    ]
    text = "Friday, May 23, 2014\n\n" + post(footer=footer)
    p = only(text)
    assert p.comments == 2
    assert [(c.author, c.date, c.text) for c in p.comment_list] == [
        ("Anonymous", "2014-06-05T09:14", "A first comment.\n\nIts second paragraph."),
        ("Juris K.", "2014-06-06T23:02", "Second comment."),
    ]
    assert "comment" not in p.body.lower()


def test_byline_date_when_there_is_no_date_header() -> None:
    text = post(author=None, footer=["Posted by Aino Rask at July 31, 2013", "Labels: media"])
    p = only(text)
    assert p.date == "2013-07-31"
    assert p.author == "Aino Rask"
    assert p.warnings == ()


def test_bare_at_byline_date() -> None:
    text = post(author=None, footer=["at July 31, 2015", "No comments:"]) + "\n\nPost a Comment"
    p = only(text)
    assert p.date == "2015-07-31"
    assert "July 31" not in p.body


def test_byline_under_the_title() -> None:
    text = "Ledger Notes: A Title\n\nPosted by Tomas Ebner at July 31, 2024\n\n" + body()
    p = only(text)
    assert (p.date, p.author, p.body) == ("2024-07-31", "Tomas Ebner", "\n\n".join(PARAGRAPHS))


def test_no_date_anywhere_keeps_the_post_and_warns() -> None:
    p = only(post(footer=["Posted by Aino Rask at 5:43 AM"]))
    assert p.date is None
    assert any("no date" in w for w in p.warnings)


def test_truncated_dump_without_footer() -> None:
    text = "Friday, May 23, 2014\n\n" + post(footer=[])
    text = text[: text.rindex("another")]  # stops mid-paragraph
    p = only(text)
    assert p.body.endswith("Whether the pipeline company agrees is")
    assert any("truncated" in w for w in p.warnings)


def test_truncated_archive_page_keeps_every_post() -> None:
    first = post(title="Ledger Notes: One", footer=["Posted by Mara Lindqvist at 9:10 AM"])
    second = post(title="Ledger Notes: Two", footer=[])[:-20]
    posts = parse_text(archive_page([("Friday, May 30, 2014", [first, second])]), "x")
    assert [p.title for p in posts] == ["Ledger Notes: One", "Ledger Notes: Two"]
    assert posts[1].date == "2014-05-30"


def test_crlf_and_cr_line_endings_give_the_same_post() -> None:
    expected = only(item_page())
    assert parse_dump(item_page().replace("\n", "\r\n").encode(), "dump.txt") == [expected]
    assert parse_dump(item_page().replace("\n", "\r").encode(), "dump.txt") == [expected]


def test_utf8_bom_and_cp1252_files() -> None:
    expected = only(item_page())
    assert parse_dump(b"\xef\xbb\xbf" + item_page().encode(), "dump.txt") == [expected]
    cp1252 = item_page().encode("cp1252")
    (read,) = parse_dump(cp1252, "dump.txt")
    assert read.with_changes(warnings=()) == expected
    assert read.warnings[0].startswith("the file is not UTF-8: read as cp1252 (detected")
    assert "\u00e2\u20ac" not in read.body  # no "â€" mojibake


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1251", "пятница, 6 июня 2014 г.\n\nСпор о пароме\n\nПаром не пришёл в порт.\n"),
        ("koi8_r", "пятница, 6 июня 2014 г.\n\nСпор о пароме\n\nПаром не пришёл в порт.\n"),
        (
            "koi8_u",
            "п'ятниця, 6 червня 2014 р.\n\nСуперечка про пором\n\nПором не прийшов. Він пішов.\n",
        ),
        ("iso8859_5", "пятница, 6 июня 2014 г.\n\nСпор о пароме\n\nПаром не пришёл в порт.\n"),
        ("iso8859_2", "piątek, 6 czerwca 2014\n\nSpór o prom\n\nProm nie przypłynął. Treść.\n"),
        (
            "cp1254",
            "6 Ağustos 2014 Çarşamba\n\nFeribot tartışması\n\nFeribot limana gelmedi. Şöyle.\n",
        ),
        ("cp1251", "Спор о пароме\n\nПаром не пришёл в порт, и никто не знает почему.\n"),
    ],
)
def test_single_byte_encodings_are_detected_and_named(encoding: str, text: str) -> None:
    decoded = decode_dump(text.encode(encoding))
    assert decoded.text == text
    assert decoded.warnings[0].startswith(f"the file is not UTF-8: read as {encoding} (detected")


def test_latin1_bytes_never_become_c1_controls() -> None:
    text = item_page(paragraphs=["Caf\u00e9 owners in P\u00e4rnu complain."])
    data = text.encode("latin-1").replace(b"owners", b"owners \x85\x9d")
    p = parse_dump(data, "x")[0]
    assert not any("\x80" <= ch <= "\x9f" for ch in p.body + p.title)
    assert p.body.startswith("Caf\u00e9 owners \u2026")


def test_utf16_with_bom() -> None:
    expected = only(item_page())
    assert parse_dump(item_page().encode("utf-16"), "dump.txt") == [expected]


def test_mojibake_is_repaired() -> None:
    utf8 = item_page().encode("utf-8")
    # UTF-8 read as Windows-1252 (bytes it leaves undefined kept as C1), saved as UTF-8.
    broken = "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in utf8).encode()
    p = parse_dump(broken, "dump.txt")[0]
    assert p.body == "\n\n".join(PARAGRAPHS)
    assert any("double-encoded" in w for w in p.warnings)


def test_unicode_line_separators_stay_inside_the_paragraph() -> None:
    para = "Riga, May 2 \u2013 One line\u2028still the same paragraph\u0085and this too."
    p = only(item_page(paragraphs=[para]))
    assert p.body == para


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n \r\n\t", "blank"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x00\x01\x02\x03" * 300, "binary"),
        (b"Just a note\n\nwith two lines of prose and nothing else.", "no recognisable post"),
        ("Blog Archive\n\n\u25bc 2014 (5)\n\nReport Abuse".encode(), "no recognisable post"),
    ],
)
def test_files_that_are_not_dumps_are_skipped_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(NotADump, match=reason):
        parse_dump(data, "x.txt")


def test_text_before_the_first_header_is_kept_not_lost() -> None:
    text = "The Northern Ledger\n\nAnalysis from the Baltic to the Caspian\n\n" + item_page()
    p = only(text)
    assert p.blog == "The Northern Ledger"  # the page's header names the blog
    assert p.extra_text == ("Analysis from the Baltic to the Caspian",)
    assert p.warnings and "unrecognised" in p.warnings[0]


def test_title_without_series() -> None:
    p = only(item_page(title="The Quiet Arithmetic of Emptying Villages"))
    assert p.series is None and p.title == "The Quiet Arithmetic of Emptying Villages"


def test_long_series_prefix() -> None:
    p = only(item_page(title="Window on Eurasia -- New Series: Putin Visits Baku"))
    assert p.series == "Window on Eurasia -- New Series"


@pytest.mark.parametrize(
    ("first", "place"),
    [
        ("Staunton, May 23 \u2013 The", "Staunton"),
        ("Nizhny Novgorod, Jan. 5 \u2014 The", "Nizhny Novgorod"),
        ("Staunton, Va., May 23 - The", "Staunton, Va."),
        ("Paris, 23 May -- The", "Paris"),
        ("Moscow, May 23, 2014 \u2013 The", "Moscow"),
        ("The minister said on May 23 that", None),
    ],
)
def test_dateline_place(first: str, place: str | None) -> None:
    assert only(item_page(paragraphs=[first + " harbour is closed."])).place == place


def test_markup_and_escape_codes_in_text_are_kept_verbatim() -> None:
    para = "He typed [bold]x[/bold] and [@click=app.quit]quit[/] and \x1b[31mred"
    p = only(item_page(title="Ledger Notes: [link=http://x]Markup[/link]", paragraphs=[para]))
    assert p.title == "Ledger Notes: [link=http://x]Markup[/link]"
    assert p.body == para


def test_ids_are_stable_across_item_and_archive_pages() -> None:
    item = only(item_page(footer=["Posted by Mara Lindqvist at 9:10 AM", "2 comments:"]))
    archived = parse_text(
        archive_page([("Friday, May 23, 2014", [post(author=None, footer=["1 comment:"])])]), "a"
    )[0]
    assert item.id == archived.id
    other_day = only(item_page(date="Saturday, May 24, 2014"))
    assert other_day.id != item.id


def test_lines_that_fit_nowhere_are_kept_in_extra_text() -> None:
    text = item_page() + "\n\nCopyright the authors"
    p = only(text)
    assert "Copyright the authors" in p.extra_text
    assert any("unrecognised" in w for w in p.warnings)


def test_very_long_single_line_parses_quickly() -> None:
    line = "Posted by " + "word " * 200_000
    post = only(item_page(paragraphs=[line]))
    # too long to be a byline: kept, in the body or (with a warning) in the extra text,
    # the same whether a save left a space at the line's end or not
    kept = [post.body, *post.extra_text]
    assert any(text.lstrip().startswith("Posted by word word") for text in kept)


@pytest.mark.parametrize(
    "para",
    [
        "Posted by the ministry on its website, the decree took effect at once.",
        "Posted by a reader at the harbour.",
        "Posted by many.",
    ],
)
def test_prose_that_starts_like_a_byline_stays_in_the_body(para: str) -> None:
    p = only(item_page(paragraphs=[PARAGRAPHS[0], para, PARAGRAPHS[1]]))
    assert p.body == "\n\n".join([PARAGRAPHS[0], para, PARAGRAPHS[1]])
    assert p.comments == 0


def test_a_one_word_kicker_is_not_a_series() -> None:
    assert only(item_page(title="Update: Kyiv Metro Resumes Night Service")).series is None
    assert only(item_page(title="Notes from Baku: Ganja Bazaar")).series == "Notes from Baku"


def test_byline_date_line_between_the_author_and_the_body() -> None:
    text = "Ledger Notes: A Title\n\nKemal Yildiz\n\nat August 14, 2023\n\n" + body()
    text += "\n\nLabels: Ganja, markets\n\nNo comments:\n\nPost a Comment"
    p = only(text)
    assert (p.date, p.author, p.labels, p.comments) == (
        "2023-08-14",
        "Kemal Yildiz",
        ("Ganja", "markets"),
        0,
    )
    assert p.body == "\n\n".join(PARAGRAPHS)


def test_an_nbsp_indented_line_is_text_even_when_it_looks_like_chrome() -> None:
    paragraphs = ["Riga, May 2 \u2013 The list:", "Labels: are for jars", "Home", "No comments:"]
    p = only(item_page(paragraphs=paragraphs))
    assert p.body == "\n\n".join(paragraphs)
    assert (p.labels, p.comments) == ((), 0)
