"""Pages a saver converted or annotated: html2text cnblogs items, WordPress Markdown with a
converter's date line, reference lines above a post."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

CNBLOGS_HTML2TEXT = """#  [用纸箱做一个
猫咪的小房子](http://www.cnblogs.com/xiaomao/archive/2012/03/08/100200.html)

# 1\\. 准备材料

先找一个够大的纸箱，最好是装过电视的那种。

再准备一把剪刀和一卷胶带，剪刀要锋利一些。

# 2\\. 动手

在纸箱的一侧剪出一个圆形的门，边缘用胶带包好，免得划伤猫咪。

猫咪第一天就住进去了，看来它很满意。

posted @ 2012-03-08 20:15 [小猫爸爸](http://www.cnblogs.com/xiaomao/)
阅读(...) 评论(...) [编辑](https://i.cnblogs.com/EditPosts.aspx?postid=100200) 收藏

##备注
 @post in:2012-03-08 20:15
"""


def test_an_html2text_cnblogs_item_gives_its_post_with_the_wrapped_title_link() -> None:
    [post] = parse_text(CNBLOGS_HTML2TEXT)
    assert post.title == "用纸箱做一个 猫咪的小房子"
    assert post.url == "http://www.cnblogs.com/xiaomao/archive/2012/03/08/100200.html"
    assert post.date == "2012-03-08"
    assert post.author == "小猫爸爸"
    assert post.body.startswith("1. 准备材料")
    assert post.body.endswith("看来它很满意。")


WORDPRESS_CONVERTED = """# Cooling a greenhouse with a cheap fan

Last summer the small greenhouse behind the shed reached forty degrees on most
afternoons, and the tomatoes stopped setting fruit for almost three weeks.

A thermostat switch from the hardware shop and an old computer fan solved most
of it. The fan runs only above thirty degrees and pulls air through the
[ vent we cut
](http://example.org/vent-notes) near the roof.

Posted in Gardening | Tagged greenhouse , fans , tomatoes | Leave a comment 


Original post date: July 14, 2013

Category: Gardening
"""


def test_a_converted_wordpress_post_reads_its_footer_and_its_original_date() -> None:
    [post] = parse_text(WORDPRESS_CONVERTED)
    assert post.title == "Cooling a greenhouse with a cheap fan"
    assert post.date == "2013-07-14"
    assert post.labels == ("Gardening", "greenhouse", "fans", "tomatoes")
    assert post.author is None
    assert post.body.startswith("Last summer the small greenhouse")
    assert post.body.endswith("near the roof.")
    assert "Category: Gardening" not in post.body


PROSE_POSTED_IN = """Fixing the gate

March 3, 2015

The old gate had sagged for years before we finally took it off its hinges.
Posted in the village newsletter last spring, my request for a spare hinge went unanswered.
In the end a neighbour lent us one from his barn.

Posted by Tom at 9:12 AM
"""


def test_a_prose_line_beginning_posted_in_stays_in_the_body() -> None:
    [post] = parse_text(PROSE_POSTED_IN)
    assert "Posted in the village newsletter last spring" in post.body
    assert post.labels == ()
    assert post.date == "2015-03-03"


def test_a_one_word_section_heading_atop_a_clipped_page_is_no_title() -> None:
    page = WORDPRESS_CONVERTED.replace("# Cooling a greenhouse with a cheap fan", "# Ventilation")
    [post] = parse_text(page)
    assert post.title == ""
    assert any("cut above its title" in w for w in post.warnings)


SAVER_LINKS_ZH = """参考[手册说明](https://docs.example.com/manual/box-sizing.html)
参考[小林的博客](http://www.xiaolin.example.cn/blog/2009/05/box-model/)

盒模型的两种算法 content-box 与 border-box
Posted on 2009-05-20 by xiaolin
写样式的时候经常遇到宽度算不对的问题，原因就在于盒模型。
默认的 content-box 不把内边距和边框算进宽度里，border-box 则相反。
我现在的做法是在全局样式里统一设置 border-box，省去很多麻烦。
This entry was posted in 前端 and tagged CSS. Bookmark the permalink.
"""


def test_link_lines_above_a_title_are_the_savers_notes_not_a_post() -> None:
    [post] = parse_text(SAVER_LINKS_ZH)
    assert post.title == "盒模型的两种算法 content-box 与 border-box"
    assert post.date == "2009-05-20"
    assert post.author == "xiaolin"
    assert post.labels == ("前端", "CSS")
    assert post.body.startswith("写样式的时候")
    assert post.body.endswith("省去很多麻烦。")
    assert any("手册说明" in line for line in post.extra_text)
    assert any("saver's notes" in w for w in post.warnings)


SAVER_LINKS_EN = """See also [the spec](https://spec.example.org/flexbox/)
https://www.example.net/blog/2011/02/flex-notes/

Notes on flexible boxes
Posted on 2011-02-03 by kim
Flexible boxes finally make vertical centring a one-line affair.
The older float tricks still work, but they break as soon as the text grows.
This entry was posted in Web and tagged CSS. Bookmark the permalink.
"""


def test_english_link_lines_above_a_title_are_kept_aside() -> None:
    [post] = parse_text(SAVER_LINKS_EN)
    assert post.title == "Notes on flexible boxes"
    assert post.date == "2011-02-03"
    assert post.body.startswith("Flexible boxes finally")
    assert any("the spec" in line for line in post.extra_text)


LINKS_FIRST_IN_BODY = """Notes on flexible boxes
Posted on 2011-02-03 by kim
[The spec](https://spec.example.org/flexbox/)
[A guide](https://guide.example.org/flex/)

Flexible boxes finally make vertical centring a one-line affair.
This entry was posted in Web and tagged CSS. Bookmark the permalink.
"""


def test_a_post_whose_first_paragraph_is_a_list_of_links_keeps_it() -> None:
    [post] = parse_text(LINKS_FIRST_IN_BODY)
    assert post.title == "Notes on flexible boxes"
    assert "The spec" in post.body.split("\n")[0]
    assert post.body.endswith("one-line affair.")
    assert not post.extra_text
