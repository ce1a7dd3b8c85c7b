"""Blog posts pasted into a larger document: a thread, a notes file, a README, a mail."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import NotADump


def _thread_reply(*quoted: str) -> list[str]:
    return [
        "### Post by gravelroad on 2012-03-04",
        "[http://quietbench.blogspot.com/2012/03/fixing-the-printer.html](http://quietbench.blogspot.com/2012/03/fixing-the-printer.html)",
        "",
        "Quote:",
        "",
        *quoted,
        "",
        "---",
        "",
    ]


def test_a_blogger_byline_inside_a_forum_quote_makes_no_post() -> None:
    quoted = (
        "To fix it, put the driver line into the config file.",
        "",
        "    driver = lp0",
        "",
        "Restart the spooler and it prints again.",
        "Posted by Mira Kovalenko at 04:22",
        "Email This BlogThis! Share to Twitter Share to Facebook",
    )
    text = "\n".join(
        [
            "### Post by lanternfish on 2012-03-03",
            "Since the upgrade my printer prints nothing at all.",
            "",
            "---",
            "",
            *_thread_reply(*quoted),
            "### Post by lanternfish on 2012-03-05",
            "Thanks, that worked for me.",
            "",
            "---",
        ]
    )
    with pytest.raises(NotADump):
        parse_text(text, "thread.md")


def test_a_quote_in_a_posts_own_text_keeps_the_posts_byline() -> None:
    posts = parse_text(
        "\n".join(
            [
                "Tuesday, March 6, 2012",
                "",
                "What the printer manual says",
                "",
                "Quote:",
                "",
                "Restart the spooler before you call us.",
                "",
                "Good advice, as it turned out.",
                "Posted by Mira Kovalenko at 04:22",
                "Email This BlogThis! Share to Twitter Share to Facebook",
            ]
        ),
        "page.txt",
    )
    assert [(p.title, p.author, p.date) for p in posts] == [
        ("What the printer manual says", "Mira Kovalenko", "2012-03-06")
    ]


_NOTES_FRONT = [
    "---",
    "layout: post",
    "title: Notes on `const`",
    "date: 2015-03-02 10:00",
    "comments: true",
    "tags: [c++, notes]",
    "---",
    "",
]

_PASTED_BLOGGER_ITEM = [
    "2011-05-09",
    "Moving Tables Between Schemas",
    "I had to move a few tables to another schema last week.",
    "    Create the new schema.",
    "    Rename each table into it.",
    "It took a second for each table.",
    "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest",
    "Labels: Databases, MySQL",
    "3 comments:",
    "    ravenhill5/9/11, 10:02 AM",
    "    Nice trick, it saved me an evening.",
    "    Reply",
]


#: The notes' own first lines, above whatever is pasted into them.
_NOTES_OPENING = [
    "## frugal",
    "",
    "Adjective",
    "",
    "    careful with money",
    "",
    "The `const` keyword promises that a value will not change.",
    "It can be applied to a variable or to a method.",
    "",
    "Applied to a method, it says the method leaves the object as it was.",
    "The compiler holds the method to that promise.",
]


def test_notes_under_front_matter_above_a_pasted_dated_post_are_the_pages_own_post() -> None:
    text = "\n".join(
        [
            *_NOTES_FRONT,
            *_NOTES_OPENING,
            "",
            "# How do you declare a `const` method?",
            "",
            "Write the keyword after the parameter list.",
            "",
            "# Why is `const` useful?",
            "",
            "It lets the compiler catch a write that should never happen.",
            "",
            "",
            *_PASTED_BLOGGER_ITEM,
        ]
    )
    notes, pasted = parse_text(text, "notes.md")
    assert notes.title == "Notes on `const`"
    assert notes.date == "2015-03-02"
    assert notes.labels == ("c++", "notes")
    assert notes.body.startswith("frugal")
    assert notes.body.endswith("should never happen.")
    assert notes.blog is None
    assert any("read as a post of its own" in w for w in notes.warnings)
    assert pasted.title == "Moving Tables Between Schemas"
    assert pasted.date == "2011-05-09"
    assert pasted.labels == ("Databases", "MySQL")
    assert pasted.comments == 3
    assert pasted.body.endswith("It took a second for each table.")


#: A pasted post's body and footer, under its title line (the tests give the title).
_SWIFT_POST_BELOW_ITS_TITLE = [
    "",
    "1. What is an optional?",
    "It holds a value or nothing.",
    "",
    "2. What is a closure?",
    "A block of code passed around.",
    "",
    "Posted by Ines Marlowe at 10:56",
    "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest",
    "Labels: swift, interviews",
]


def test_a_mails_date_in_its_header_block_dates_no_post() -> None:
    text = "\n".join(
        [
            "Fw: notes",
            '"Teodor"<teodor.v@mailhost.example> to you & 1 other(s)',
            "Mon, 9 March 2015 10:12:40",
            "",
            "Note: Forwarded message attached",
            "",
            "-- Original Message --",
            "From: teodor.v@mailhost.example on Mon, 9 March 2015 09:58:02 +0530",
            "To: kasia.l@mailhost.example",
            "Subject: notes",
            "",
            "Questions for the Swift interview",
            *_SWIFT_POST_BELOW_ITS_TITLE,
        ]
    )
    posts = parse_text(text, "mail.txt")
    assert [(p.author, p.date) for p in posts] == [("Ines Marlowe", None)]
    assert posts[0].labels == ("swift", "interviews")
    assert posts[0].body.endswith("A block of code passed around.")


_MORE_NOTES = [
    "",
    "----",
    "",
    "heap vs stack",
    "",
    "A note to self: the stack is freed when the function returns.",
    "",
    "## rsync",
    "",
    "    rsync -av --delete src/ dest/",
    "",
    "Mind the slash at the end of the source.",
]


def test_the_notes_below_a_pasted_posts_comments_are_the_notes_own() -> None:
    text = "\n".join(
        [
            *_NOTES_FRONT,
            *_NOTES_OPENING,
            "A method that is not `const` cannot be called on a `const` object.",
            "",
            "",
            *_PASTED_BLOGGER_ITEM,
            *_MORE_NOTES,
        ]
    )
    notes, pasted = parse_text(text, "notes.md")
    assert notes.title == "Notes on `const`"
    assert notes.body.startswith("frugal")
    assert notes.body.endswith("Mind the slash at the end of the source.")
    assert "heap vs stack" in notes.body
    assert any("pasted" in w for w in notes.warnings)
    assert pasted.title == "Moving Tables Between Schemas"
    assert pasted.comments == 3
    assert [c.author for c in pasted.comment_list] == ["ravenhill"]
    assert pasted.body.endswith("It took a second for each table.")
    assert not any("heap vs stack" in x for x in pasted.extra_text)
    assert not any("outside any comment" in w for w in pasted.warnings)


def test_a_post_pasted_under_its_address_into_notes_is_a_post_of_its_own() -> None:
    text = "\n".join(
        [
            *_NOTES_FRONT,
            "# Notes on `const`",
            " const int limit = 10;",
            " const char *name;",
            "A pointer to a constant character: the characters may not change.",
            "",
            " char *const name;",
            "A constant pointer: the pointer may not change.",
            "",
            "Both can be combined when neither may change.",
            "The compiler refuses any write through such a pointer.",
            "",
            "",
            " [http://coldharbour.blogspot.com/2016/04/const-pointers.html]"
            "(http://coldharbour.blogspot.com/2016/04/const-pointers.html)",
            "  Const pointers on three compilers",
            "We tried the same file on three compilers this week.",
            "",
            "Two of them warned about the cast, one said nothing at all.",
            "",
            "The third one is the old one, and we will not use it again.",
            "",
            "",
            "Posted by Halvard Ness at 17:36 Email ThisBlogThis!Share to TwitterShare to Facebook",
            "",
            "",
            "gcc -Wall -Wcast-qual file.c",
            "clang -Weverything file.c",
            "",
            "The warnings differ between the two, see above.",
        ]
    )
    notes, pasted = parse_text(text, "notes.md")
    assert notes.title == "Notes on `const`"
    assert notes.date == "2015-03-02"
    assert notes.author is None
    assert notes.body.lstrip().startswith("const int limit = 10;")
    assert notes.body.endswith("The warnings differ between the two, see above.")
    assert "We tried the same file" not in notes.body
    assert pasted.title == "Const pointers on three compilers"
    assert pasted.author == "Halvard Ness"
    assert pasted.url == "http://coldharbour.blogspot.com/2016/04/const-pointers.html"
    assert pasted.body.startswith("We tried the same file on three compilers this week.")
    assert pasted.body.endswith("we will not use it again.")
    assert not pasted.extra_text


_README = [
    "#Swift Basics",
    "",
    "# Contents",
    "-\t[Optionals](#Optionals)",
    "-\t[Closures](#Closures)",
    "",
    "###Optionals",
    "",
    "###An optional holds a value or nothing at all.",
    "",
    "###Closures",
    "",
    "A closure is a block of code that can be passed around.",
    "It captures the values around it.",
    "",
]


def test_a_readme_above_a_forwarded_mail_is_no_post_and_the_mails_text_is() -> None:
    text = "\n".join(
        [
            *_README,
            "Sent Items",
            "",
            "Fw: swift",
            '"Teodor"<teodor.v@mailhost.example> to you & 1 other(s)',
            "Mon, 9 March 2015 10:12:40",
            "",
            "-- Original Message --",
            "From: teodor.v@mailhost.example on Mon, 9 March 2015 09:58:02 +0530",
            "To: kasia.l@mailhost.example",
            "Subject: swift",
            "",
            "Get a free website with your mail account, today only.",
            "Know More >",
            "",
            "Questions for the Swift interview ",
            *_SWIFT_POST_BELOW_ITS_TITLE,
        ]
    )
    (post,) = parse_text(text, "readme.md")
    assert post.title == "Questions for the Swift interview"
    assert post.author == "Ines Marlowe"
    assert post.body.startswith("1. What is an optional?")
    assert "#Swift Basics" in post.extra_text
    assert "Subject: swift" in post.extra_text
    assert any("no post frame of their own" in w for w in post.warnings)


_README_ZH = [
    "# 地图生成器",
    "",
    "基于多边形的随机地图生成。",
    "",
    "![](./images/map_01.png)",
    "",
    "### 第一部分 多边形",
    "",
    "首先需要一张高度图，它记录了每个点的海拔。",
    "然后再用一张湿度图来决定植被的分布。",
    "",
    "### 第二部分 海拔",
    "",
    "从地图边缘开始计算每个角的海拔值。",
    "海拔越高的地方颜色越接近白色。",
    "海拔决定了河流的流向。",
    "![](./images/map_02.png)",
    "",
    "海拔对河流的影响：河流从高处流向低处。",
    "",
]


def test_the_tail_of_a_post_pasted_under_a_readme_in_another_script_has_no_title() -> None:
    text = "\n".join(
        [
            *_README_ZH,
            "Lakes",
            "Lakes are the water cells that do not touch the sea.",
            "",
            "They fill the lowest corners first, then spill over.",
            "",
            "Lake map",
            "Each lake is flat, so the rivers leaving it all start at one height.",
            "",
            "Forests",
            "Forests grow where it is wet and not too high.",
            "That was the plan, anyway.",
            "",
            "Labels:  maps ,  lakes",
            "",
            "– Brigid – Sunday, March 06, 2011",
            "2 comments:",
            "tomas wrote at March 07, 2011 9:15 AM",
            "Lovely maps.",
            "",
            "Brigid wrote at March 07, 2011 6:40 PM",
            "Thank you!",
            "",
            "Post a Comment",
        ]
    )
    (post,) = parse_text(text, "readme.md")
    assert post.title == ""
    assert post.author == "Brigid"
    assert post.date == "2011-03-06"
    assert post.body.startswith("Lakes\nLakes are the water cells")
    assert post.body.endswith("That was the plan, anyway.")
    assert [c.author for c in post.comment_list] == ["tomas", "Brigid"]
    assert "# 地图生成器" in post.extra_text or "地图生成器" in post.extra_text
    assert any("no post frame of their own" in w for w in post.warnings)


def test_a_readme_heading_over_a_post_in_its_own_script_stays_its_title() -> None:
    text = "\n".join(
        [
            "# 湖泊的生成",
            "",
            *_README_ZH[2:],
            "The lowest corners fill first.",
            "",
            "Labels: maps",
            "– Brigid – Sunday, March 06, 2011",
        ]
    )
    (post,) = parse_text(text, "readme.md")
    assert post.title == "湖泊的生成"
    assert post.body.startswith("基于多边形的随机地图生成。")


def _forum_thread(*replies: list[str]) -> str:
    lines = [
        "---",
        'title: "Printer stops after the upgrade"',
        "date: 2012-03-03",
        "forum: Hardware",
        "---",
        "",
    ]
    for reply in replies:
        lines += [*reply, "", "---", ""]
    return "\n".join(lines)


def test_a_forum_thread_under_front_matter_is_no_post_of_its_front_matter() -> None:
    text = _forum_thread(
        [
            "### Post by lanternfish on 2012-03-03",
            "Since the upgrade my printer prints nothing at all.",
            "It worked for years with the old release and the same cable.",
        ],
        _thread_reply(
            "To fix it, put the driver line into the config file.",
            "",
            "    driver = lp0",
            "",
            "Restart the spooler and it prints again.",
            "Eingestellt von Mira Kovalenko um 04:22",
            "Diesen Post per E-Mail versenden BlogThis! In Twitter freigeben",
        )[:-2],
        [
            "### Post by lanternfish on 2012-03-05",
            "Thanks, that was it. It prints again.",
        ],
    )
    with pytest.raises(NotADump):
        parse_text(text)


def test_a_post_under_front_matter_that_quotes_forum_heads_is_still_its_post() -> None:
    text = "\n".join(
        [
            "---",
            'title: "What the printer thread taught me"',
            "date: 2012-03-09",
            "---",
            "",
            "Last week a forum thread saved my printer, so here is what I learned from it.",
            "",
            "### Post by lanternfish on 2012-03-03",
            "",
            "That was the first message, and the answer came a day later.",
            "",
            "### Post by gravelroad on 2012-03-04",
            "",
            "The driver line was all it needed. I keep the config file in my notes now.",
        ]
    )
    posts = parse_text(text)
    assert [p.title for p in posts] == ["What the printer thread taught me"]
    assert posts[0].date == "2012-03-09"
