"""A cnblogs listing whose last entry the save cut (its title and summary, no "posted @"
line under it): a post of its own, undated and said so, not lines kept aside."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

from .test_cnblogs_lists import FENCED, SPREAD

_CUT = """
修剪绣球的时机

摘要：绣球花在花后修剪，剪到第二对饱满的芽上方，来年才会...
## 我的判断

- 价值：待评估
- 适用场景：
"""


def test_the_cut_last_entry_is_a_post_without_a_date() -> None:
    posts = parse_text(SPREAD + _CUT)
    assert [p.title for p in posts] == ["种番茄的十个步骤", "给月季修剪枝条", "修剪绣球的时机"]
    cut = posts[-1]
    assert cut.date is None
    assert cut.author is None
    assert cut.body == "绣球花在花后修剪，剪到第二对饱满的芽上方，来年才会..."
    assert any("cut" in w for w in cut.warnings)
    assert "修剪绣球的时机" not in posts[1].extra_text
    assert posts[1].body == "修剪月季要在早春进行，剪掉枯枝和病枝。"


def test_text_after_the_listing_that_is_no_entry_stays_aside() -> None:
    tail = "\n我的判断\n\n这一页以后再看。\n"
    posts = parse_text(SPREAD + tail)
    assert [p.title for p in posts] == ["种番茄的十个步骤", "给月季修剪枝条"]


def test_each_entrys_body_is_said_to_be_the_listings_summary() -> None:
    posts = parse_text(SPREAD)
    assert all(any("summary" in w for w in p.warnings) for p in posts)


def test_the_blog_is_named_by_the_category_pages_title() -> None:
    posts = parse_text(SPREAD)
    assert [p.blog for p in posts] == ["小林的花园", "小林的花园"]


def test_an_entry_takes_the_address_the_notes_link_its_title_to() -> None:
    posts = parse_text(FENCED)
    assert [p.url for p in posts] == [
        "https://www.cnblogs.com/xiaolin/p/2001.html",
        "https://www.cnblogs.com/xiaolin/p/2002.html",
    ]
