"""A page copied from under its title (CSDN's byline first): no title, and a warning saying so."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

CLIPPED = """最新推荐文章于 2023-02-11 09:30:00 发布

![](https://csdnimg.cn/release/img/original.png)

[山间小溪](https://blog.csdn.net/xiaoxi "山间小溪") ![](https://csdnimg.cn/img/time.png) 于 2018-07-02 10:05:31 发布

版权声明：本文为博主原创文章，转载请附上原文出处链接和本声明。

#### 为什么要用虚拟环境：

* 不同项目依赖的库版本不一样；
* 系统自带的解释器最好不要动；

#### 创建的方法：

先安装好工具，然后在项目目录下执行一条命令即可。
"""


def test_a_page_copied_without_its_title_gives_an_empty_title_and_a_warning() -> None:
    [post] = parse_text(CLIPPED)
    assert post.title == ""
    assert post.date == "2018-07-02"
    assert post.author == "山间小溪"
    assert post.body.startswith("为什么要用虚拟环境：")
    assert any("title" in w for w in post.warnings)
