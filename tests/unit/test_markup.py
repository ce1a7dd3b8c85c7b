"""Reading pages saved as Markdown or wrapped in code: front matter, links, headings, wrappers."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tuiarchive.dumps.markup import FrontMatter, Page, read_page

NBSP = "\u00a0"


def page_of(*lines: str) -> Page:
    return read_page("\n".join(lines))


def seen(page: Page) -> list[str]:
    """The lines a reader sees, without the blank ones."""
    return [line for line in page.lines if line.strip()]


# Front matter -------------------------------------------------------------------------------


def test_front_matter_is_read_and_its_lines_become_blank() -> None:
    page = page_of(
        "---",
        'title: "Tide Tables for Small Harbours"',
        "date: 2016-03-09",
        "author: Ilse Varga",
        "tags: [sailing, tides]",
        "url: https://tides.example.org/2016/03/tables.html",
        "---",
        "",
        "## Wednesday, March 9, 2016",
        "",
        "The [tables](https://tides.example.org/t) were late again.",
    )
    assert page.front_matter == FrontMatter(
        title="Tide Tables for Small Harbours",
        date="2016-03-09",
        author="Ilse Varga",
        url="https://tides.example.org/2016/03/tables.html",
        clipping_tags=("sailing", "tides"),  # a block naming the page's address: a clipper's
    )
    assert page.markdown
    assert page.lines[:8] == ("",) * 8
    assert seen(page) == ["Wednesday, March 9, 2016", "The tables were late again."]
    assert page.headings == {8: 2}


def test_front_matter_values_in_other_shapes() -> None:
    page = page_of(
        "---",
        "layout: post",
        "date:   2011-08-02 07:15",
        "categories: ~",
        "tags: kayaks,rivers, maps",
        "authors: [paddle.notes]",
        "source: https://paddle.example.net/2011/08/upstream.html",
        "permalink: /2011/08/upstream/",
        "---",
        "### Upstream again",
        "Text.",
    )
    fm = page.front_matter
    assert fm.date == "2011-08-02"
    assert fm.tags == ("kayaks", "rivers", "maps")
    assert fm.author == "paddle.notes"
    assert fm.url == "https://paddle.example.net/2011/08/upstream.html"
    assert fm.title is None


def test_front_matter_dates_with_time_zones_and_nonsense() -> None:
    with_zone = read_page("---\ndate: 2019-05-30T23:40:00-07:00\n---\nBody [a](http://x.org)")
    assert with_zone.front_matter.date == "2019-05-30"
    assert read_page("---\ndate: 2019-02-30\n---\n# x").front_matter.date is None
    assert read_page("---\npublished: '2020-01-04'\n---\n# x").front_matter.date == "2020-01-04"


def test_nested_front_matter_the_inner_block_wins_and_the_first_url_is_kept() -> None:
    page = page_of(
        "---",
        "source: inbox",
        "title: inbox copy of a lighthouse post",
        "link: https://first.example.com/copy",
        "tags:",
        "- imported",
        "- lighthouses",
        "---",
        "",
        "# Lighthouse keepers",
        "",
        "## Ingest notes",
        "",
        "- Kind: markdown",
        "- Checked: yes",
        "",
        "## Content",
        "",
        "---",
        'title: "Lighthouse keepers"',
        'url: "https://keepers.example.com/2018/lamps"',
        'authors: ["Rosa Ekdahl"]',
        "date: 2018-11-02",
        "---",
        "",
        "# Lighthouse keepers",
        "",
        "Lamps were trimmed at dusk.",
    )
    fm = page.front_matter
    assert fm.title == "Lighthouse keepers"
    assert fm.url == "https://first.example.com/copy"
    assert fm.author == "Rosa Ekdahl"
    assert fm.date == "2018-11-02"
    assert fm.tags == ()
    assert fm.clipping_tags == ("imported", "lighthouses")  # the inbox's, not the blog's
    assert page.lines[18:24] == ("",) * 6
    assert page.lines[13] == "- Kind: markdown"
    assert {9: 1, 11: 2, 16: 2, 25: 1}.items() <= page.headings.items()


def test_a_rule_after_front_matter_is_not_taken_for_a_second_block() -> None:
    page = page_of(
        "---", "title: Forum copy", "---", "", "### Post by wren on 2012-01-01",
        "First reply [here](http://f.example/1)", "", "---", "", "### Post by moss", "Second",
    )  # fmt: skip
    assert page.front_matter.title == "Forum copy"
    assert page.lines[4:6] == ("Post by wren on 2012-01-01", "First reply here")
    assert page.lines[7] == ""  # a horizontal rule: markup, nothing a reader reads
    assert page.lines[9:11] == ("Post by moss", "Second")


def test_bad_yaml_never_raises() -> None:
    loose = read_page("---\ntitle: Field notes: a wet week\ndate: 2021-06-01\n---\n# Field notes")
    assert loose.front_matter.title == "Field notes: a wet week"
    assert loose.front_matter.date == "2021-06-01"
    broken = read_page("---\ntitle: [unclosed\n  - : :\n---\n# Heading\ntext")
    assert broken.front_matter.date is None
    assert broken.lines[:4] == ("", "", "", "")
    assert broken.lines[4] == "Heading"


def test_toml_and_pandoc_blocks() -> None:
    toml = read_page('+++\ntitle = "Orchard diary"\ndate = 2014-09-21\ntags = ["apples"]\n+++\n# Orchard diary')  # fmt: skip
    assert toml.front_matter == FrontMatter(
        title="Orchard diary", date="2014-09-21", tags=("apples",)
    )
    assert toml.lines[:5] == ("",) * 5
    pandoc = read_page("---\ntitle: Física de bolsillo\ngenerator: blogger\n...\n\nTexto.")
    assert pandoc.front_matter.title == "Física de bolsillo"
    assert pandoc.lines == ("", "", "", "", "", "Texto.")


def test_a_plain_page_in_a_jekyll_block_stays_plain() -> None:
    page = page_of(
        "---", "title: Unrelated docs page", "---", "", "Harbour Log", "#", "# make it loud",
        "# twice", "#", "Posted by Quill at 4:02 PM", "A \\_literal\\_ path &amp; more",
    )  # fmt: skip
    assert not page.markdown
    assert page.front_matter.title == "Unrelated docs page"
    assert page.lines[5:] == ("#", "# make it loud", "# twice", "#", "Posted by Quill at 4:02 PM",
                              "A \\_literal\\_ path & more")  # fmt: skip


# Markdown: links, images, references ----------------------------------------------------------


def test_links_images_and_references() -> None:
    page = page_of(
        '[Source](http://gulls.example.com/2014/01/post.html "Permalink to Gulls")',
        "",
        "# Gull Watch",
        "",
        "## Wednesday, January 15, 2014",
        "",
        "We use [Simple Push][2], and the [server][3] too; see [the notes][].",
        "",
        "at  [12:20 AM][5] [ ![][6] ][7]",
        "",
        "[![](https://img.example.com/a.png)](https://gulls.example.com/big)",
        '![Harbour at dawn](https://img.example.com/dawn.jpg "dawn")',
        "[]()",
        'Ask me: <https://gulls.example.com/ask> or <https: broken.example.org="">',
        "",
        "[2]: https://push.example.org/",
        '[3]: https://push.example.org/server "Server"',
        "[the notes]: https://gulls.example.com/notes",
    )
    assert page.markdown
    assert page.lines == (
        "http://gulls.example.com/2014/01/post.html", "", "Gull Watch", "",
        "Wednesday, January 15, 2014", "",
        "We use Simple Push, and the server too; see the notes.", "", "at  12:20 AM", "",
        "", "", "", 'Ask me: https://gulls.example.com/ask or https: broken.example.org=""', "",
        "", "", "",
    )  # fmt: skip
    assert page.headings == {2: 1, 4: 2}


def test_squashed_bylines_get_their_spaces_back_and_fused_share_links_stay_fused() -> None:
    page = page_of(
        "Posted by[Odile](https://www.blogger.com/profile/1)at[9:41 PM](http://o.example/p.html)",
        "",
        "[Email This](https://b/e)[BlogThis!](https://b/b)[Share to X](https://b/x)",
        "",
        "## Notes",
        "",
        "Labels: [boats](../../search/label/boats.html), [rope](../../search/label/rope.html)",
        "",
        "## Blog Archive",
    )
    assert page.lines[0] == "Posted by Odile at 9:41 PM"
    assert page.lines[2] == "Email ThisBlogThis!Share to X"
    assert page.lines[6] == "Labels: boats, rope"


def test_links_wrapped_over_lines_keep_each_line_in_place() -> None:
    page = page_of(
        "---",
        "title: Mareas",
        "...",
        "domingo, 4 de mayo de 2014 {.date-header}",
        "------------------------------",
        "",
        "### [Mareas de otoño](http://mareas.example.co/2014/05/otono.html) {.post-title .entry-title}",  # fmt: skip
        "",
        "Publicado por [Inés María",
        'Robledo](https://profiles.example.com/1 "author',
        'profile") en [13:21](http://mareas.example.co/p.html "permanent link")',
        "el [modo",
        "nocturno](http://x.example/n).\\",
        "\\",
        "Fin.",
    )
    assert page.lines[3:] == (
        "domingo, 4 de mayo de 2014", "", "", "Mareas de otoño", "", "Publicado por Inés María",
        "Robledo", "en 13:21", "el modo", "nocturno.", "", "Fin.",
    )  # fmt: skip
    assert page.headings == {3: 2, 6: 3}


def test_wiki_images_and_links_html_and_comments() -> None:
    page = page_of(
        "## Reader letters",
        "1. ![[./_resources/avatar.png]]",
        "\tPetra[May 4, 2012 at 8:38 AM](http://l.example/p.html?showComment=1)",
        "<tbody>",
        '<tr><td class="cap">Huzzah! It boots!</td></tr>',
        "</tbody>",
        'at [<abbr class="published" title="2013-04-17T18:38:00-07:00">18:38</abbr>](p.html)',
        '<plusone source="blogger" size="medium"></plusone>',
        "<!--THE END-->",
        '\t<Property NAME="UserName" VALUE="ADMIN"/>',
        "[[Related note]] and line one<br>line two",
        "x = arr[[0]]",
    )
    assert page.lines == (
        "Reader letters", "", "\tPetra May 4, 2012 at 8:38 AM", "", "Huzzah! It boots!", "",
        "at 18:38", "", "", '\t<Property NAME="UserName" VALUE="ADMIN"/>',
        "Related note and line one line two", "x = arr[[0]]",
    )  # fmt: skip


def test_escapes_hard_breaks_emphasis_and_lists() -> None:
    page = page_of(
        "# Cheat sheet",
        "",
        "* _become admin_  ",
        "\tselect account\\_status from dba\\_users;",
        "\\[1\\] <http://faq.example.org/one>",
        "**Update:** see \\*this\\* \\#tag",
        "  1. keep the list marker",
        "> quoted",
        "",
        "## End [here](https://end.example/)",
    )
    assert page.lines == (
        "Cheat sheet", "", "* _become admin_", "\tselect account_status from dba_users;",
        "[1] http://faq.example.org/one", "**Update:** see *this* #tag", "  1. keep the list marker",
        "> quoted", "", "End here",
    )  # fmt: skip


def test_code_is_kept_verbatim() -> None:
    page = page_of(
        "## Building it",
        "Run [make](https://make.example/) first:",
        "```bash",
        "# install the [tools](x) &amp; go",
        "make \\",
        "  all  ",
        "```",
        "Then `[not](a link)` and `a\\_b`.",
        "~~~",
        "### not a heading",
    )
    assert page.lines == (
        "Building it", "Run make first:", "", "# install the [tools](x) &amp; go", "make \\",
        "  all  ", "", "Then `[not](a link)` and `a\\_b`.", "", "### not a heading",
    )  # fmt: skip
    assert page.code == frozenset({3, 4, 5, 9})
    assert page.headings == {0: 2}


def test_heading_details() -> None:
    page = page_of(
        "# Title #", "", "####  No comments: ", "", "###### six", "", "####### seven", "", "#tag",
        "", "Setext title", "============", "", "[x](http://a.b)",
    )  # fmt: skip
    assert page.lines[:12] == (
        "Title", "", "No comments:", "", "six", "", "####### seven", "", "#tag", "", "Setext title", "",
    )  # fmt: skip
    assert page.headings == {0: 1, 2: 4, 4: 6, 10: 1}


# Plain text, entities, wrappers ----------------------------------------------------------------


PLAIN = [
    "Small Boats Blog",
    "Thursday, 8 February 2024",
    "Fixing the tiller",
    "    # install the pin first",
    "# install",
    "See [1] and the list [a](b) below; C:\\_tmp and snake\\_case stay.",
    "Posted by Jas at 07:46",
    "Labels: tillers, pins",
    "No comments:",
]


def test_plain_text_is_untouched() -> None:
    page = read_page("\n".join(PLAIN))
    assert not page.markdown
    assert page.lines == tuple(PLAIN)
    assert page.front_matter == FrontMatter()
    assert page.code == frozenset()
    assert page.headings == {}


def test_entities_are_decoded_in_every_mode_but_only_whole_ones() -> None:
    plain = page_of("Tom &amp; Jerry &#191;Qu&eacute;? a&nbsp;b", "x=1&sectionId=2 §ionId", "&#10;&NewLine;end")  # fmt: skip
    assert not plain.markdown
    assert plain.lines == ("Tom & Jerry ¿Qué? a" + NBSP + "b", "x=1&sectionId=2 §ionId", "  end")
    md = page_of("## Archive", "* [ ▼&nbsp; ][44] [ 2017 ][45] (3)", "", "# Red &amp; Blue", "[44]: http://a.b/c")  # fmt: skip
    assert md.lines == ("Archive", "*  ▼" + NBSP + "   2017  (3)", "", "Red & Blue", "")


def test_python_string_wrapper() -> None:
    page = page_of(
        "import textkit",
        "",
        'text = """',
        "",
        "Kite Notes",
        "March 11, 2022",
        'Archive"""',
        "",
        "doc = textkit.read(text)",
    )
    assert page.lines == ("import textkit", "", "", "", "Kite Notes", "March 11, 2022", "Archive",
                          "", "doc = textkit.read(text)")  # fmt: skip
    short = page_of('x = """a', 'b"""', "c")
    assert short.lines == ('x = """a', 'b"""', "c")


def test_shell_echo_wrapper() -> None:
    page = page_of(
        "#!/bin/sh",
        'echo "lunes 8 de marzo de 2010',
        "Instalar el servidor",
        'Primero instalar :"',
        "",
        "apt-get install -y git",
        'echo "otra cosa :"',
        'echo "',
        'Fin del post"',
    )
    assert page.lines == ("#!/bin/sh", "lunes 8 de marzo de 2010", "Instalar el servidor",
                          "Primero instalar :", "", "apt-get install -y git", "otra cosa :", "",
                          "Fin del post")  # fmt: skip
    code_page = page_of("Tip of the day", 'echo "hello"', "done")
    assert code_page.lines == ("Tip of the day", 'echo "hello"', "done")


# Properties -----------------------------------------------------------------------------------

MARKUP = st.sampled_from(
    ["[", "]", "(", ")", "!", "<", ">", "`", "```", "~~~", "\\", "#", "# ", "---", "+++", "...", "*",
     "&amp;", "&#10;", "&nbsp;", "<!--", "-->", "<a href='x'>", "</td>", "[1]: http://a", "title: x",
     "\n", "\n\n", " ", "\t", "\r", "text", "http://a.b", "\ufdd0", "\ufdd1", "\u2028", '"""', 'echo "',
     "x = ", "|", "{.c}", "===", "  "]
)  # fmt: skip


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_keeps_its_line_count(text: str) -> None:
    page = read_page(text)
    assert len(page.lines) == len(text.split("\n"))
    assert all("\n" not in line for line in page.lines)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MARKUP, max_size=60).map("".join))
def test_any_markup_keeps_its_line_count(text: str) -> None:
    for candidate in (text, "---\ntitle: t\n---\n" + text, "# a\n\n# b\n[x](http://y)\n" + text):
        page = read_page(candidate)
        count = len(candidate.split("\n"))
        assert len(page.lines) == count
        assert all("\n" not in line for line in page.lines)
        assert all(0 <= i < count for i in page.code)
        assert all(0 <= i < count and 1 <= level <= 6 for i, level in page.headings.items())


def test_hostile_lines_are_read_in_linear_time() -> None:
    markdown = "# a\n\n# b\n\n[l](http://x.org)\n\n"
    for body in ("[" * 1_000_000, "](" * 500_000, "[](" * 333_333, "<a " * 333_333, "`x``" * 250_000):  # fmt: skip
        for text in (body, markdown + body):
            start = time.perf_counter()
            page = read_page(text)
            assert time.perf_counter() - start < 5
            assert len(page.lines) == len(text.split("\n"))


def test_a_programs_fence_is_never_the_page_and_its_closing_fence_opens_none() -> None:
    from tuiarchive.dumps.markup import fenced_page

    page = "\n".join(
        ["# Notes", "```python", "x = 1", "```", "some words", *["more words"] * 25, "```text"]
        + [f"saved page line {n}" for n in range(25)]
        + ["```"]
    )
    found = fenced_page(page)
    assert found is not None
    inner, above = found
    assert inner.split("\n")[31] == "saved page line 0"  # line numbers stay the file's
    assert len(above) == 30  # the python block and the words after it are the note's
    assert fenced_page("```python\n" + "x = 1\n" * 30 + "```\n") is None
