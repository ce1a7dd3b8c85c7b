"""A figure's caption: the author's text inside a body (its own line); left out, and said, only
where it stands in a title's place."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_SITE = "https://quarry.example.net"


def _figure(name: str, caption: str) -> str:
    return (
        f'<figure><img src="{_SITE}/wp-content/uploads/2022/05/{name}.jpg" class="wp-image-9"'
        f' width="600" height="400" /><figcaption>{caption}</figcaption></figure>'
    )


def _page(first_is_figure: bool) -> str:
    lines = [
        f'[Upland Footpaths]({_SITE}/ "Upland Footpaths")',
        "=" * 40,
        "",
        "Walks in the hills, written up",
        "-----------------------------",
        "",
        "Menu",
        "",
        f"-   [Home]({_SITE})",
        f"-   [About]({_SITE}/about/)",
        "",
        f"[The old slate quarry]({_SITE}/2022/05/14/quarry/)",
        "=" * 40,
        "",
        f'Posted on [May 14, 2022]({_SITE}/2022/05/14/quarry/ "7:02 pm")<span class="by-author">'
        f' by <span class="author vcard"><a href="{_SITE}/author/tam/" class="url fn n">'
        "Tamsin Ford</a></span></span>",
        "",
    ]
    if first_is_figure:
        lines += [_figure("gate", "The rusted gate at the top of the lane."), ""]
    lines += [
        "We walked up from the village in the rain, past the chapel and the last farm.",
        "",
        _figure("pool", "The flooded pit, now a home for newts."),
        "",
        "Nobody has cut slate here for sixty years, and the ferns have taken the terraces back.",
        "",
        f"Posted in [Walks]({_SITE}/category/walks/) | Tagged [slate]({_SITE}/tag/slate/)"
        f' | <span class="comments-link">[2 Replies]({_SITE}/2022/05/14/quarry/#comments)</span>',
        "",
    ]
    return "\n".join(lines)


def test_a_caption_in_the_middle_of_a_body_stays_as_its_own_line() -> None:
    (post,) = parse_text(_page(first_is_figure=False), "page.txt")
    assert post.title == "The old slate quarry"
    assert "The flooded pit, now a home for newts." in post.body.split("\n")
    assert post.body.rstrip().endswith("taken the terraces back.")


def test_a_caption_in_a_titles_place_is_left_out_and_said() -> None:
    (post,) = parse_text(_page(first_is_figure=True), "page.txt")
    assert post.title == "The old slate quarry"
    assert post.body.startswith("We walked up from the village")
    assert "The flooded pit, now a home for newts." in post.body.split("\n")
    said = [w for w in post.warnings if "caption" in w]
    assert said and "rusted gate" in said[0], post.warnings


def test_text_glued_after_a_left_out_caption_stays_the_bodys_first_line() -> None:
    page = _page(first_is_figure=True).replace(
        "The rusted gate at the top of the lane.</figcaption></figure>",
        "The rusted gate at the top of the lane.</figcaption></figure>The lane was steep.",
    )
    (post,) = parse_text(page, "page.txt")
    assert post.body.startswith("The lane was steep.")
    assert "rusted gate" not in post.body
    assert any("caption" in w and "rusted gate" in w for w in post.warnings)
