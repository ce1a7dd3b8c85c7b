"""A blog post pasted into a source file's block comment: the code around it is not the post."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_BODY = "\n".join(
    [
        " Шёл я как-то раз по набережной и думал о том, как считать ступени.",
        "",
        " Оказалось, что ступеней ровно столько, сколько фонарей вдоль реки.",
        "",
        " Первый фонарь стоит у моста, последний у старой пристани.",
        " Между ними я насчитал сорок два шага и одну скамейку.",
        "",
        " Вечером фонари зажигаются по очереди, от моста к пристани.",
        " Если идти с ними в ногу, можно ни разу не оказаться в темноте.",
        "",
        " Так я и шёл, пока не кончились ступени.",
        " *",
        " p.s. проверяйте сами, я мог ошибиться.",
    ]
)

_FILE = "\n".join(
    [
        "package steps;",
        "",
        "import java.util.*;",
        "",
        "/**",
        " *  Ступени у реки",
        _BODY,
        " Автор: Ника на 3/14/2011 07:40:00 после полудня",
        "",
        "  Ярлыки: прогулки",
        " *",
        " */",
        "public class Steps",
        "{",
        "    public static void main ( String[] args )",
        "    {",
        "        int steps = 0; // считаем ступени",
        "        System.out.println ( steps );",
        "    }",
        "}",
    ]
)


def test_a_post_inside_a_block_comment_is_read_and_the_code_kept_aside() -> None:
    (post,) = parse_text(_FILE, "Steps.java")
    assert post.title == "Ступени у реки"
    assert post.date == "2011-03-14"
    assert post.author == "Ника"
    assert post.body.startswith("Шёл я как-то раз по набережной")
    assert post.body.endswith("p.s. проверяйте сами, я мог ошибиться.")
    assert "package" not in post.body and "public class" not in post.body
    assert any("public class Steps" in line for line in post.extra_text)
    assert any("comment" in warning for warning in post.warnings)


def test_the_comments_own_summary_sentence_above_the_page_is_not_its_title() -> None:
    """Javadoc's shape: the programmer's one-sentence summary, a blank gutter line, then the
    pasted page's title with its body right under it."""
    noted = _FILE.replace(
        " *  Ступени у реки",
        " * Считает ступени у реки - по фонарям, шагам и скамейкам.\n *\n *  Ступени у реки",
    )
    (post,) = parse_text(noted, "Steps.java")
    assert post.title == "Ступени у реки"
    assert post.body.startswith("Шёл я как-то раз по набережной")
    assert any("Считает ступени у реки" in line for line in post.extra_text)


_SCRIPT = "\n".join(
    [
        "import tide_tables as tt",
        "",
        "rows = tt.load('harbour.csv')",
        "",
        "print(len(rows))",
        "",
        "'''",
        "The high water mark moves by about fifty minutes a day, which the table shows well."
        " The neap tides next week bring the smallest range of the month",
        "",
        "Next I plotted the heights over one week, one line per day.",
        "",
        "    plt.plot(days, heights)",
        "",
        "The whole script is in the notebook linked below.",
        "",
        "Posted on June 3, 2018 by Ines Moreau This entry was posted in tides and tagged"
        " harbour, python. Bookmark the permalink.",
        "",
        "2 THOUGHTS ON “READING TIDE TABLES”",
        "PAUL SAYS:",
        "JUNE 4, 2018 AT 9:12 AM",
        "Very handy, thanks.",
        "REPLY",
        "INES MOREAU SAYS:",
        "JUNE 4, 2018 AT 10:30 AM",
        "Glad it helped.",
        "REPLY",
        "'''",
    ]
)


def test_a_post_inside_a_python_string_is_read_and_the_code_kept_aside() -> None:
    (post,) = parse_text(_SCRIPT, "tides.py")
    assert post.date == "2018-06-03"
    assert post.title == ""  # the page is cut above the title: its first line is prose
    assert post.body.startswith("The high water mark moves")
    assert "import tide_tables" not in post.body
    assert any("print(len(rows))" in line for line in post.extra_text)
