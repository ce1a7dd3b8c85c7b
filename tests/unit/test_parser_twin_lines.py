"""A page translated line by line: a date printed in both languages on one line is one date."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def test_a_date_line_in_two_languages_dates_the_post() -> None:
    text = "\n".join(
        [
            "# Harbour Weather Notes 港の天気メモ",
            "",
            "- Home ホーム",
            "- About this blog このブログについて",
            "",
            "### Reading the morning fog 朝霧の読み方",
            "",
            "- Get link リンクを取得",
            "- Facebook",
            "- Email",
            "- Other Apps その他のアプリ",
            "March 3, 2019 2019年3月3日",
            "The fog sat on the water until ten, as it does after a cold clear night.",
            "霧は冷えた晴れの夜の後のように、十時まで水面に残っていた。",
            "We waited for the first ferry on the pier and counted the gulls.",
            "私たちは桟橋で最初のフェリーを待ち、カモメを数えた。",
            "",
            "### Comments コメント",
            "",
            "Post a Comment コメントを投稿",
        ]
    )
    posts = parse_text(text)
    assert [p.title for p in posts] == ["Reading the morning fog 朝霧の読み方"]
    assert posts[0].date == "2019-03-03"
    assert posts[0].body.startswith("The fog sat on the water")


def test_a_menu_printed_twice_above_a_new_theme_title_is_no_post() -> None:
    text = "\n".join(
        [
            "- Home",
            "- About this blog",
            "- Home",
            "- About this blog",
            "",
            "### Reading the morning fog",
            "",
            "- Get link",
            "- Facebook",
            "March 3, 2019",
            "- Sky: what the clouds said before dawn.",
            "- Water: how warm the harbour was at six.",
            "- Wind: which way the flags pointed.",
        ]
    )
    posts = parse_text(text)
    assert [p.title for p in posts] == ["Reading the morning fog"]
    assert posts[0].date == "2019-03-03"
    assert posts[0].body.startswith("- Sky: what the clouds said")
