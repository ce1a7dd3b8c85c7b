"""A post printed to PDF and saved as text: the browser's head and foot on every page are chrome."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_URL = "https://canalwalks.example.org/2021/03/03/a-long-walk-along-the-northern-canal/"


def _page(number: int, lines: list[str]) -> str:
    head = ["05/11/2025, 21:14", "", "A long walk along the northern canal – Canal Walks", ""]
    return "\n".join([*head, *lines, "", _URL, "", f"{number}/3", ""])


_PAGES = [
    [
        "Canal Walks",
        "",
        "Saturday, March 6, 2021",
        "",
        "A long walk along the northern canal",
        "",
        "We started at the lock gates before sunrise and walked until the light went.",
        "",
        "The towpath was muddy after the rain, but the herons did not seem to mind at all.",
    ],
    [
        "By noon we reached the old pumping station, where a volunteer showed us the engine.",
        "",
        "It still runs on the first Sunday of every month, and the smell of oil is wonderful.",
    ],
    [
        "We took the last bus home, tired and happy, with mud up to our knees.",
        "",
        "Posted by Ruth Abara at 9:40 PM",
        "",
        "Labels: canals, herons",
    ],
]


def test_the_running_head_and_foot_of_a_printed_page_are_taken_out() -> None:
    text = "\f".join(_page(n, lines) for n, lines in enumerate(_PAGES, start=1))
    (post,) = parse_text(text, "printed.txt")
    assert post.title == "A long walk along the northern canal"
    assert post.date == "2021-03-06"
    assert post.labels == ("canals", "herons")
    assert post.body.startswith("We started at the lock gates")
    assert post.body.endswith("with mud up to our knees.")
    for chrome in ("2/3", "05/11/2025, 21:14", _URL, "– Canal Walks"):
        assert chrome not in post.body
        assert not any(chrome in line for line in post.extra_text)
    assert post.url == _URL
    assert any("printed" in w for w in post.warnings)
