"""A Blogger page whose chrome is in a language with no phrase file still gives its post: the
footer read by its shape (byline, share row, labels, count), with a warning that says so."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text
from tuiarchive.model import Post

# An invented language: "Skrovano ve <name> ka <time>", "Markoj:", "<n> rimarkoj:".
_PAGE = """\
The Lantern Keeper

čtvrtek 5. března 2015
Lamps on the Quay
The harbour lamps were lit an hour early, because the fog came in from the north.
We walked along the quay until the last ferry left at a quarter past nine.
Skrovano ve Odile Marsh ka 5:43 PM
Sendu posto
BlogThis!
Partu al Twitter
Partu al Facebook
Markoj: harbour, winter walks
2 rimarkoj:
Piet Verloren diris...
The fog was thick that night.
6. března 2015 17:12
Odile Marsh diris...
It was!
6. března 2015 18:01
Pli nova Pli malnova Hejmo
"""

_SPLIT = """\
Notes from the Shed

## Friday, 4 April 2014

### Seed trays

The seed trays went out on the bench this morning.

Skrovano ve

[Hanne Boll](https://www.blogger.com/profile/123 "author profile")

ka
[9:05](https://shed.example.org/2014/04/seed-trays.html "permanent link")

[Sendu posto](https://www.blogger.com/share-post.g?target=email)[BlogThis!](https://www.blogger.com/share-post.g?target=blog)[Partu al X](https://www.blogger.com/share-post.g?target=twitter)

#### Neniuj rimarkoj:

[Pli nova](https://shed.example.org/2014/05/x.html)
"""


def _one(text: str) -> Post:
    posts = parse_text(text, "page.txt")
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


def test_a_footer_in_an_unknown_language_is_read_by_its_shape() -> None:
    post = _one(_PAGE)
    assert post.title == "Lamps on the Quay"
    assert post.date == "2015-03-05"
    assert post.author == "Odile Marsh"
    assert post.labels == ("harbour", "winter walks")
    assert post.comments == 2
    assert post.body.rstrip().endswith("a quarter past nine.")
    assert any("no known language" in w for w in post.warnings), post.warnings


def test_a_byline_spread_over_lines_and_a_count_of_none_are_read_by_their_shape() -> None:
    post = _one(_SPLIT)
    assert post.author == "Hanne Boll"
    assert post.comments == 0
    assert post.body.rstrip().endswith("on the bench this morning.")
    assert any("no known language" in w for w in post.warnings), post.warnings


def test_a_known_language_footer_gets_no_such_warning() -> None:
    page = _PAGE.replace("Skrovano ve Odile Marsh ka", "Posted by Odile Marsh at").replace(
        "Markoj:", "Labels:"
    )
    page = page.replace("Sendu posto", "Email This").replace("Partu al", "Share to")
    page = page.replace("winter walks", "winter walks, ubuntu 14.04")  # ends like "at 14.04"
    post = _one(page.replace("2 rimarkoj:", "2 comments:"))
    assert post.author == "Odile Marsh"
    assert post.labels == ("harbour", "winter walks", "ubuntu 14.04")
    assert not any("no known language" in w for w in post.warnings)


_HOME = """\
Notes from the Shed

Seed trays
Zverejnene 4. dubna 2014 od Hanne Boll
The seed trays went out on the bench this morning.
By noon the first shoots of cress were up.
Zaradene v Garden | Zanechat komentar

Rain barrels
Zverejnene 2. dubna 2014 od Hanne Boll
We put two rain barrels under the gutter of the shed.
Zaradene v Garden, Water | 3 komentare
"""


def test_an_entry_meta_repeated_by_each_post_is_read_by_its_shape() -> None:
    posts = parse_text(_HOME, "home.txt")
    assert [(p.title, p.date, p.author) for p in posts] == [
        ("Seed trays", "2014-04-04", "Hanne Boll"),
        ("Rain barrels", "2014-04-02", "Hanne Boll"),
    ]
    assert [p.labels for p in posts] == [("Garden",), ("Garden", "Water")]
    assert posts[0].body.rstrip().endswith("cress were up.")
    assert all(any("no known language" in w for w in p.warnings) for p in posts)


_NO_BYLINE = """\
čtvrtek 5. března 2015
Lamps on the Quay
The harbour lamps were lit an hour early, because the fog came in from the north.
We walked along the quay until the last ferry left.
Sendu posto
BlogThis!
Partu al Twitter
Partu al Facebook
Partu al Pinterest

Pli nova Pli malnova Hejmo
"""


def test_a_share_row_in_an_unknown_language_ends_the_text_above_it() -> None:
    post = _one(_NO_BYLINE)
    assert post.body.rstrip().endswith("until the last ferry left.")
    assert "Partu" not in post.body and "Sendu" not in post.body
    assert any("no known language" in w for w in post.warnings), post.warnings
