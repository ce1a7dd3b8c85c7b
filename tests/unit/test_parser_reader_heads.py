"""Pages saved by reader services and page savers under a header of their own (title, address, date)."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import NotADump
from tuiarchive.model import Post


def _posts(*lines: str) -> list[Post]:
    return parse_text("\n".join(lines), "saved.md")


def _one(*lines: str) -> Post:
    posts = _posts(*lines)
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


def _nothing_of_the_header(post: Post) -> None:
    kept = post.body + "\n" + "\n".join(post.extra_text)
    for field in ("Title:", "URL Source:", "Markdown Content:", "Published Time:"):
        assert field not in kept
    assert post.blog is None or ":" not in post.blog


def test_a_reader_header_gives_an_undated_page_its_title_url_and_blog() -> None:
    post = _one(
        "Title: 用纸盒养蚕的三个星期 - 小林的杂记",
        "",
        "URL Source: https://xiaolin.example.cn/posts/silkworms.html",
        "",
        "Markdown Content:",
        "今年春天，女儿从学校带回来十二条蚕宝宝，我们把它们放进一个旧鞋盒里。",
        "",
        "每天早上去楼下摘桑叶成了全家最重要的事情。",
        "",
        "第三个星期，它们开始吐丝结茧了。",
    )
    assert post.title == "用纸盒养蚕的三个星期"
    assert post.blog == "小林的杂记"
    assert post.url == "https://xiaolin.example.cn/posts/silkworms.html"
    assert post.body.startswith("今年春天")
    assert post.body.endswith("开始吐丝结茧了。")
    assert post.date is None
    assert any(w.startswith("no date found") for w in post.warnings)
    _nothing_of_the_header(post)


def test_the_published_time_of_the_header_is_the_posts_date() -> None:
    post = _one(
        "Title: Mending a cracked teapot",
        "",
        "URL Source: https://pottery.example.com/2022/mending-teapot/",
        "",
        "Published Time: 2022-11-05T08:30:00+00:00",
        "",
        "Markdown Content:",
        "My grandmother's teapot cracked along its spout last winter.",
        "",
        "Kintsugi seemed too grand, so I used a plain food-safe epoxy instead.",
    )
    assert post.title == "Mending a cracked teapot"
    assert post.date == "2022-11-05"
    assert post.url == "https://pottery.example.com/2022/mending-teapot/"
    assert post.body.startswith("My grandmother's teapot")
    _nothing_of_the_header(post)


def test_a_date_run_into_the_end_of_the_title_line_is_the_posts_date() -> None:
    post = _one(
        "Title: 关于城市夜跑的一些想法 - 阿明的博客",
        "",
        "URL Source: https://aming.example.net/posts/night-run.html",
        "",
        "Markdown Content:",
        "[首页](https://aming.example.net/) > 正文",
        "",
        "关于城市夜跑的一些想法2023-05-06",
        "",
        "",
        "-----------------------------",
        "",
        "夜里跑步的人比我想象中多得多。",
        "",
        "河边的路灯每隔五十米一盏，刚好够看清脚下。",
    )
    assert post.title == "关于城市夜跑的一些想法"
    assert post.date == "2023-05-06"
    assert post.blog == "阿明的博客"
    assert post.body.startswith("夜里跑步的人")
    assert any("end of the title" in w for w in post.warnings)
    _nothing_of_the_header(post)


def test_front_matter_wrapping_a_reader_dump_takes_the_dumps_title_and_the_blocks_date() -> None:
    post = _one(
        "+++",
        "title = '[转载]树莓派装系统'",
        "date = 2023-02-14T10:00:00+08:00",
        'tags = ["树莓派", "Linux"]',
        "+++",
        "",
        "Title: 树莓派4安装Debian 12_树莓派 装系统 步骤-CSDN博客",
        "",
        "URL Source: https://blog.csdn.net/someone_1234/article/details/98765432",
        "",
        "Markdown Content:",
        "手头有一块闲置的树莓派4，想装一个干净的Debian 12。",
        "",
        "    sudo dd if=debian.img of=/dev/sdb bs=4M",
        "",
        "写完卡以后插回去就能启动了。",
    )
    assert post.title == "树莓派4安装Debian 12"
    assert post.date == "2023-02-14"
    assert post.labels == ("树莓派", "Linux")
    assert post.url == "https://blog.csdn.net/someone_1234/article/details/98765432"
    assert post.blog is None
    assert post.body.startswith("手头有一块闲置的树莓派4")
    _nothing_of_the_header(post)


def test_a_byline_of_several_names_above_a_date_line_gives_the_authors() -> None:
    post = _one(
        "---",
        'title: "Why Small Boats Need Big Anchors"',
        'url: "https://harbour.example.io/blog/anchors/"',
        'date_fetched: "2026-01-09"',
        "---",
        "",
        "Title: Why small boats need big anchors",
        "",
        "URL Source: https://harbour.example.io/blog/anchors/",
        "",
        "Markdown Content:",
        "Marta Kowalska, Tomás Ibarra, Wen Li",
        "",
        " June 2, 2025",
        "",
        "A small boat swings more in the wind than a large one, and that pulls harder on the anchor.",
        "",
        "We measured it over one summer in three harbours along the coast.",
        "",
        "[← Back](https://harbour.example.io/)",
    )
    assert post.title.casefold() == "why small boats need big anchors"
    assert post.author == "Marta Kowalska, Tomás Ibarra, Wen Li"
    assert post.date == "2025-06-02"
    assert post.blog is None
    assert post.body.startswith("A small boat swings")
    assert any("authors" in w for w in post.warnings)
    _nothing_of_the_header(post)


def test_several_reader_dumps_in_one_file_are_one_post_each() -> None:
    posts = _posts(
        "Title: Der Apfelbaum im Hof",
        "",
        "URL Source: https://gartenbuch.example.de/apfelbaum/",
        "",
        "Published Time: 2021-09-12T07:00:00Z",
        "",
        "Markdown Content:",
        "Der alte Apfelbaum trägt dieses Jahr so viel wie nie.",
        "",
        "Wir haben drei Körbe gefüllt und noch lange nicht alles geerntet.",
        "",
        "Title: Regenwasser sammeln",
        "",
        "URL Source: https://gartenbuch.example.de/regenwasser/",
        "",
        "Published Time: 2021-10-03T07:00:00Z",
        "",
        "Markdown Content:",
        "Seit dem Frühjahr steht eine Tonne unter der Dachrinne.",
        "",
        "Im Sommer reichte das Wasser für die Tomaten fast allein.",
    )
    assert [p.title for p in posts] == ["Der Apfelbaum im Hof", "Regenwasser sammeln"]
    assert [p.date for p in posts] == ["2021-09-12", "2021-10-03"]
    assert [p.url for p in posts] == [
        "https://gartenbuch.example.de/apfelbaum/",
        "https://gartenbuch.example.de/regenwasser/",
    ]
    assert posts[0].body.endswith("noch lange nicht alles geerntet.")
    assert posts[1].body.startswith("Seit dem Frühjahr")
    assert posts[1].line > 12
    for post in posts:
        _nothing_of_the_header(post)


def test_a_save_as_text_header_gives_title_source_and_date() -> None:
    post = _one(
        "Title: Cómo conservar tomates secos",
        "Source: https://cocina.example.es/2019/tomates-secos/",
        "Date: 2019-08-21",
        "",
        "Este verano la huerta dio más tomates de los que podíamos comer.",
        "",
        "Los cortamos por la mitad, les pusimos sal y los dejamos al sol cuatro días.",
    )
    assert post.title == "Cómo conservar tomates secos"
    assert post.url == "https://cocina.example.es/2019/tomates-secos/"
    assert post.date == "2019-08-21"
    assert post.body.startswith("Este verano")
    assert "Source:" not in post.body


def test_a_body_line_starting_with_title_is_text_not_a_header() -> None:
    post = _one(
        "Sunday, March 3, 2013",
        "",
        "Cataloguing the attic",
        "",
        "We found a box of my uncle's index cards today. Each one reads like this:",
        "",
        "Title: The Lighthouse Keeper's Daughter",
        "Source: a paperback without a cover",
        "",
        "There are four hundred of them.",
        "",
        "Posted by Nora at 6:12 PM",
    )
    assert post.title == "Cataloguing the attic"
    assert "Title: The Lighthouse Keeper's Daughter" in post.body
    assert "Source: a paperback without a cover" in post.body
    assert post.url is None


def test_a_header_with_no_address_is_no_header() -> None:
    with pytest.raises(NotADump):
        _posts(
            "Title: Notes for the meeting",
            "",
            "Bring the budget sheets and the old minutes.",
        )


def test_a_clippers_created_stamp_is_not_the_posts_date() -> None:
    post = _one(
        "---",
        'title: "Winter beekeeping"',
        'source: "https://bees.example.org/winter-beekeeping/"',
        "created: 2024-12-01",
        "tags:",
        '  - "clippings"',
        "---",
        "",
        "# Winter beekeeping",
        "",
        "In winter the bees cluster together and shiver to stay warm.",
        "",
        "Do not open the hive on cold days.",
    )
    assert post.title == "Winter beekeeping"
    assert post.url == "https://bees.example.org/winter-beekeeping/"
    assert post.date is None
    assert post.labels == ()


def test_a_page_title_the_page_prints_whole_is_not_cut_at_its_dash() -> None:
    post = _one(
        "Title: Winter walks - part two",
        "",
        "URL Source: https://walks.example.org/winter-2/",
        "",
        "Published Time: 2020-01-19T09:00:00Z",
        "",
        "Markdown Content:",
        "# Winter walks - part two",
        "",
        "The second walk took us over the frozen marsh to the old pumping station.",
        "",
        "We were home before dark, cold and very pleased with ourselves.",
    )
    assert post.title == "Winter walks - part two"
    assert post.blog is None
    assert post.date == "2020-01-19"
    assert post.body.startswith("The second walk")


def test_a_page_title_naming_the_blog_first_gives_the_post_title_after_it() -> None:
    post = _one(
        "Title: Odile's blog - The dredging plan my harbour master asked me not to draw.",
        "",
        "URL Source: https://odile.example.com/the-dredging-plan.html",
        "",
        "Markdown Content:",
        "Posted on 2024-11-11",
        "",
        "This plan was drawn together with the pilots, who made the charts at the end.",
    )
    assert post.title == "The dredging plan my harbour master asked me not to draw."
    assert post.blog is None  # named only in the saved title: said, not guessed
    assert any("Odile's blog" in w for w in post.warnings)
