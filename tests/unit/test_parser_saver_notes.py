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
