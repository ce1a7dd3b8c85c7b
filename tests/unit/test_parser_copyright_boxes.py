"""A Hexo NexT post's copyright box under its text ("本文作者：" / "本文链接：" / "版权声明："),
with the reward box above it: the author read from it, neither box kept in the body."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _page(box: list[str]) -> str:
    return "\n".join(
        [
            "* [首页](https://example.cn/)",
            "* [归档](https://example.cn/archives/)",
            "",
            "# 旧相机的快门声",
            "",
            "发表于",
            "2023-04-18",
            "",
            "分类于",
            "",
            "[生活](/categories/生活/)",
            "",
            "周末整理抽屉，翻出一台父亲留下的旧相机，快门声依旧清脆。",
            "",
            "![公园的长椅](https://example.cn/images/bench.jpg)",
            "",
            "装上一卷过期的胶卷，在楼下的公园里拍完了一整卷。",
            "",
            *box,
            "",
            "[# 相机](/tags/相机/)",
            "[# 胶卷](/tags/胶卷/)",
        ]
    )


_BOX = [
    "* **本文作者：** 林小舟",
    "* **本文链接：**",
    "  [https://example.cn/posts/old-camera/](https://example.cn/posts/old-camera/)",
    "* **版权声明：** 本博客所有文章除特别声明外，均采用 [BY-NC-SA](https://creativecommons.org/licenses/by-nc-sa/4.0/) 许可协议。转载请注明出处！",
]


def test_the_copyright_box_names_the_author_and_leaves_the_body() -> None:
    posts = parse_text(_page(_BOX))
    assert [p.title for p in posts] == ["旧相机的快门声"]
    post = posts[0]
    assert post.author == "林小舟"
    assert post.body.endswith("装上一卷过期的胶卷，在楼下的公园里拍完了一整卷。")
    assert post.labels == ("生活", "相机", "胶卷")


def test_the_reward_box_above_it_leaves_the_body_too() -> None:
    reward = [
        "觉得有用的话，请作者喝杯茶吧～",
        "",
        "打赏",
        "",
        "![林小舟 微信支付](/images/wechatpay.png)",
        "微信支付",
        "",
        "![林小舟 支付宝](/images/alipay.png)",
        "支付宝",
        "",
    ]
    posts = parse_text(_page(reward + _BOX))
    post = posts[0]
    assert post.author == "林小舟"
    assert post.body.endswith("装上一卷过期的胶卷，在楼下的公园里拍完了一整卷。")
    assert any("reward" in w for w in post.warnings)


def test_an_english_box_is_read_the_same() -> None:
    box = [
        "* **Post author:** Tomas Reyes",
        "* **Post link:** [https://example.org/old-camera/](https://example.org/old-camera/)",
        "* **Copyright Notice:** All articles in this blog are licensed under BY-NC-SA unless stating additionally.",
    ]
    posts = parse_text(_page(box))
    assert posts[0].author == "Tomas Reyes"
    assert "Copyright" not in posts[0].body
