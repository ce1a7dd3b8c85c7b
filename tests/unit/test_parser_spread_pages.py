"""Pages saved with every element set apart by blank lines, inside a research note."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

GAP = "\n\n\n\n"


def _note() -> str:
    """A research note wrapping a Blogger page saved from a theme that spaces everything."""
    return (
        "# Reference notes\n\n**Title**: Harbour Watch: how the ferry timetable changed\n\n"
        "**Source**: https://harbourwatch.example.org/2014/11/ferry.html\n\n## Content\n"
        + "\n" * 20
        + "Harbour Watch: how the ferry timetable changed"
        + "\n" * 40
        + "November 29, 2014"
        + GAP * 2
        + "How the ferry timetable changed"
        + GAP
        + "The new timetable starts on Monday.\n\nIt has two more crossings a day.\n\n"
        + "Thanks also to the harbour master"
        + GAP * 2
        + "Geplaatst door"
        + GAP
        + "P/K"
        + GAP
        + "\nop\n\n23:37"
        + GAP * 3
        + "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest"
        + GAP
        + "Labels:\nFerries,\nHarbour"
        + GAP * 3
        + "2 comments:"
        + GAP
        + "Anonymous\nsaid..."
        + GAP
        + "Will the night boat stay?"
        + GAP
        + "November 30, 2014 at 5:33 PM"
        + GAP * 3
        + "Unknown\nsaid..."
        + GAP
        + "Thank you for the table."
        + GAP
        + "December 1, 2014 at 2:37 PM"
        + GAP * 3
        + "Post a Comment"
        + GAP
        + "Newer Post\n\n\nOlder Post\n\nHome"
        + GAP
        + "Subscribe to:\nPost Comments (Atom)\n"
    )


def test_a_spaced_out_page_in_a_note_is_one_post_with_every_field() -> None:
    posts = parse_text(_note(), "note.md")
    assert [p.title for p in posts] == ["How the ferry timetable changed"]
    post = posts[0]
    # The byline spread over four lines with blank lines between them.
    assert (post.author, post.date, post.time) == ("P/K", "2014-11-29", "23:37")
    assert post.labels == ("Ferries", "Harbour")
    # "Anonymous" / "said..." on two lines is one comment head.
    assert post.comments == 2
    assert [(c.author, c.text) for c in post.comment_list] == [
        ("Anonymous", "Will the night boat stay?"),
        ("Unknown", "Thank you for the table."),
    ]
    body = post.body.splitlines()
    assert (body[0], body[-1]) == (
        "The new timetable starts on Monday.",
        "Thanks also to the harbour master",
    )
    # The page's own title "Blog: Post" names the blog; the note's field names the page.
    assert post.blog == "Harbour Watch"
    assert post.url == "https://harbourwatch.example.org/2014/11/ferry.html"


def test_a_page_kept_whole_in_a_notes_text_fence_is_read_from_inside_it() -> None:
    page = "\n".join(
        [
            "# Web source",
            "",
            "- URL: https://stork.example.org/2021/01/counting-nests.html",
            "- Captured (UTC): 2026-02-01 10:00",
            "",
            "```text",
            "# [ Stork Notes ][1]",
            "",
            "## Tuesday, January 19, 2021",
            "",
            "### [Counting nests along the river][4]",
            "",
            "Forty nests this year, six more than last.",
            "",
            "The new ones are all on the east bank.",
            *[""] * 12,
            "Posted by Anna Berg at [12:09 PM][83]",
            "",
            "Labels: [birds][84], [river][85]",
            "",
            "#### No comments:",
            "```",
        ]
    )
    posts = parse_text(page, "note.md")
    assert [p.title for p in posts] == ["Counting nests along the river"]
    post = posts[0]
    assert (post.date, post.author, post.labels) == ("2021-01-19", "Anna Berg", ("birds", "river"))
    assert post.body.splitlines()[0] == "Forty nests this year, six more than last."
    assert post.url == "https://stork.example.org/2021/01/counting-nests.html"
    assert post.line > 6  # line numbers are the file's
    assert any("inside the fenced block" in w for w in post.warnings)


def test_a_quoted_original_address_in_a_notes_head_is_the_posts_address() -> None:
    page = "\n".join(
        [
            "# Counting nests (Stork Notes)",
            "",
            "> **Original:** <https://stork.example.org/2012/06/counting.html>",
            ">",
            "> **Archived for reading later.**",
            "",
            "---",
            "",
            "Monday, June 18, 2012",
            "",
            "Counting nests",
            "",
            "Forty nests this year.",
            "",
            "Posted by Anna Berg at 9:00 PM",
        ]
    )
    (post,) = parse_text(page, "note.md")
    assert post.title == "Counting nests"
    assert post.url == "https://stork.example.org/2012/06/counting.html"


def test_a_widgets_list_of_titles_each_with_only_its_date_is_no_post() -> None:
    page = "\n".join(
        [
            "---",
            'title: "Counting storks in Latgale"',
            'date: "2021-11-30T18:49:43+00:00"',
            "author: Anna Berg",
            "url: https://stork.example.org/counting-storks/",
            "---",
            "# Counting storks in Latgale",
            "",
            "Forty nests this year, six more than last.",
            "",
            "The new ones are all on the east bank.",
            "",
            "#### Don't miss",
            "",
            "### Choosing a pair of binoculars",
            "",
            "1 December 2021",
            "",
            "### Counting storks in Latgale",
            "",
            "30 November 2021",
            "",
            "### Where the cranes stop over",
            "",
            "29 November 2021",
            "",
            "### Ringing a chick without harm",
            "",
            "28 November 2021",
        ]
    )
    posts = parse_text(page, "storks.md")
    assert [p.title for p in posts] == ["Counting storks in Latgale"]
    assert posts[0].date == "2021-11-30"
    assert posts[0].body.splitlines()[-1] == "The new ones are all on the east bank."


def _copy_note(source: str, crumb: str = "Home   >   Basics / Shell Tutorial ") -> str:
    """A local copy of an undated WordPress page under a note's heading and source line."""
    return "\n".join(
        [
            "# Tidy shell scripts: a style guide",
            "",
            source,
            "_Copia local para lectura fuera de línea. El formato original puede verse en la URL._",
            "",
            "---",
            "",
            crumb,
            "",
            "Tidy shell scripts – the style guide in short",
            "",
            "Quoting every variable saves more evenings than any other habit.",
            "",
            "Indent with two spaces and keep lines under eighty characters.",
            "",
            "Categorías: Basics  Shell Tutorial ",
            "",
            "Etiquetas: style, quoting",
            "",
            "2 respuestas",
            "",
            "Marta Ruiz dice: ",
            "",
            "2023-01-11 a las 20:14",
            "",
            "Muy útil, gracias.",
        ]
    )


def test_a_notes_heading_and_source_line_above_an_undated_page_are_the_notes() -> None:
    page = _copy_note("Fuente: [The Shell Corner](https://shellcorner.example.org/tidy)  ")
    (post,) = parse_text(page, "copy.md")
    assert post.title == "Tidy shell scripts – the style guide in short"
    assert post.url == "https://shellcorner.example.org/tidy"
    assert post.body.splitlines()[0] == (
        "Quoting every variable saves more evenings than any other habit."
    )
    assert post.labels == ("style", "quoting")
    assert any("note's heading" in w for w in post.warnings)


def test_a_notes_plain_source_address_is_the_posts_address_too() -> None:
    page = _copy_note("**Source**: https://shellcorner.example.org/tidy", crumb="")
    (post,) = parse_text(page, "copy.md")
    assert post.title == "Tidy shell scripts – the style guide in short"
    assert post.url == "https://shellcorner.example.org/tidy"


def test_a_lead_alone_over_a_date_and_time_names_nobody_and_dates_the_post() -> None:
    """'Posted by' on its own line, then 'June 5, 2014 at 9:14 AM': the byline printed no
    name (a theme that leaves the author out), so the date is the post's and no one is its
    author, never "June 5, 2014"."""
    page = (
        "Lantern Quay\n\nThe quay lamps are lit again after the storm.\n\n"
        "\u00a0" * 11 + " Posted by\nJune 5, 2014 at 9:14 AM\n"
    )
    [post] = parse_text(page, "x")
    assert post.author is None
    assert post.date == "2014-06-05"
    assert post.body.startswith("The quay lamps")
