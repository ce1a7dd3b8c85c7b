"""The other-languages measure re-says a page's chrome in invented words and its date names in
another CLDR language, the same every time, keeping the page's lines, title and text."""

from __future__ import annotations

from benchmarks.other_languages import TARGETS, invented, resay, target_for

_PAGE = """\
Tuesday, March 3, 2015
Lanterns on the Quay
The harbour lamps were lit an hour early on March 3, because the fog came in from the north.
We walked along the quay until the last ferry left.
Posted by Odile Marsh at 5:43 PM
Email This
BlogThis!
Share to Twitter
Labels: harbour, winter walks
2 comments:
Piet Verloren said...
The fog was thick that night.
March 4, 2015 at 9:12 AM
Odile Marsh said...
It was!
March 4, 2015 at 10:01 AM
Newer Post Older Post Home
Subscribe to: Post Comments (Atom)
"""


def test_chrome_is_re_said_and_the_text_kept() -> None:
    said = resay(_PAGE, "cs", frozenset({"Lanterns on the Quay"}))
    before, after = _PAGE.split("\n"), said.split("\n")
    assert len(before) == len(after)
    # title and text untouched, even the month name inside a sentence
    assert after[1:4] == before[1:4]
    # the date header in Czech names, its numbers kept
    assert after[0] == "Úterý, Března 3, 2015"
    # the byline: name and time kept, its words invented
    assert "Odile Marsh" in after[4] and "5:43 PM" in after[4]
    assert "Posted" not in after[4] and " at " not in after[4]
    assert after[5] != "Email This" and after[6] == "BlogThis!"
    assert after[7].endswith(" Twitter") and not after[7].startswith("Share")
    key, labels = after[8].split(": ")
    assert labels == "harbour, winter walks" and key != "Labels"
    assert after[9].startswith("2 ") and after[9].endswith(":") and "comments" not in after[9]
    assert after[10].startswith("Piet Verloren ") and "said" not in after[10]
    assert after[12].startswith("Března 4, 2015 ") and after[12].endswith(" 9:12 AM")
    assert "Newer" not in after[16] and "Subscribe" not in after[17]
    assert "Atom" in after[17]


def test_chrome_run_together_is_re_said_word_by_word() -> None:
    said = resay(
        "Posted by Ana Lee at 5:43 PM 3 comments:\n"
        "Email ThisBlogThis!Share to Twitter\nNewer PostOlder PostHome",
        "ro",
    ).split("\n")
    assert said[0].startswith(resay("Posted by Ana Lee at 5:43 PM", "ro"))
    assert said[0].endswith(resay("3 comments:", "ro")) and "comments" not in said[0]
    assert "BlogThis!" in said[1] and "This" not in said[1].replace("BlogThis", "")
    assert "Post" not in said[2] and "Home" not in said[2]


def test_the_re_saying_is_the_same_every_time() -> None:
    assert resay(_PAGE, "hu") == resay(_PAGE, "hu")
    assert invented("Labels") == invented("labels").capitalize()
    assert len(invented("comments")) == len("comments")
    assert target_for("a/page.txt") == target_for("a/page.txt") in TARGETS
    assert not {"en", "de", "ru", "es"} & set(TARGETS)
