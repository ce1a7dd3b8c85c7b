"""A saved Blogger item with front matter: the "Popular Posts" teaser under its comment form
(a date, a title, share buttons, a comment count, no text) is no pasted post of its own."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_SITE = "https://www.kilnlog.example"
_SHARE = ["Share ", "", "  * Get link", "  * Facebook", "  * X", "  * Email", "  * Other Apps", ""]


def test_a_popular_posts_teaser_under_the_comment_form_is_no_post() -> None:
    text = "\n".join(
        [
            "---",
            'title: "Glaze tests at cone six"',
            f'url: "{_SITE}/2018/03/glaze-tests.html"',
            'date: "2018-03-04"',
            "---",
            "",
            *_SHARE,
            f'[ March 04, 2018  ]({_SITE}/2018/03/glaze-tests.html "permanent link")',
            "",
            "###  Glaze tests at cone six ",
            "",
            "Hello potters,  ",
            "This week the test tiles came out of the kiln with three new glazes.  ",
            "  ",
            "The celadon crawled on the thick side of every tile.  ",
            "Mara Lind  ",
            "",
            *_SHARE,
            "### Comments",
            "",
            "  1. ![](//www.blogger.com/img/blogger_logo_round_35.png)",
            "",
            f"[Ola](https://www.blogger.com/profile/123)[5 March 2018 at 09:12]({_SITE}/2018/03/"
            "glaze-tests.html?showComment=1520241120000#c1)",
            "",
            "Lovely tiles! ",
            "",
            "Reply[Delete](https://www.blogger.com/comment/delete/1/2)",
            "",
            "#### Post a Comment",
            "",
            "###  Popular Posts ",
            "",
            f"[ ![Image](https://blogger.googleusercontent.com/img/a.png) ]({_SITE}/2019/01/wedging.html)",
            "",
            f'[ January 12, 2019  ]({_SITE}/2019/01/wedging.html "permanent link")',
            "",
            f"### [Wedging by the numbers]({_SITE}/2019/01/wedging.html)",
            "",
            *_SHARE,
            f"[ 3 comments ]({_SITE}/2019/01/wedging.html#comments)",
        ]
    )
    posts = parse_text(text)
    assert [p.title for p in posts] == ["Glaze tests at cone six"]
