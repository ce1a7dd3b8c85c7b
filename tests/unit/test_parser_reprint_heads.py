"""A column reprinted on its author's blog: under the `DATE by NAME in cat |` meta line, the
paper's own head (`NAME` / `PAPER` / `Weekday Month D YYYY`) is part of the post, not a new
post; the numbered comments under it (`1.` / `NAME said,` / date / text) are its comments."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_COLUMN = """
The arithmetic of luck

May 9th, 2009 by Tom Ashcombe in lotteries, odds |

Tom Ashcombe
The Evening Courier,
Saturday May 9 2009

Every town in the county has a shop that claims to sell lucky tickets,
and every one of them has a story about the winner who bought there.
The stories are true, which is the interesting part.

If a thousand shops sell tickets, some of them will sell the winners,
and the owners will remember it for the rest of their days.

· Please send your odd numbers to the letters desk.
"""

_PAGE = """Odd Numbers

Pages

• Home
• About Tom Ashcombe
• The Forums

Categories

• lotteries (12)
• odds (30)

The arithmetic of luck

May 9th, 2009 by Tom Ashcombe in lotteries, odds, small shops
, newspapers |

Tom Ashcombe
The Evening Courier
Saturday May 9 2009

Every town in the county has a shop that claims to sell lucky tickets,
and every one of them has a story about the winner who bought there.
The stories are true, which is the interesting part.

If a thousand shops sell tickets, some of them will sell the winners,
and the owners will remember it for the rest of their days.

del.icio.us Digg it reddit Google StumbleUpon

3 Responses

1.

Marta Ilves said,

May 9, 2009 at 8:14 am

My uncle swore by the shop near the station. He never won a penny
there, but he kept going back every week.

1.

quietfox said,

May 9, 2009 at 11:02 am

@Marta Ilves
The shop near the station must have sold a great many tickets then.

1.

Daniel Roe said,

May 10, 2009 at 2:40 pm

Survivorship bias, with a newsagent attached.

Post a Comment

You must be logged in to post a comment.
"""


def test_the_papers_head_under_the_meta_line_is_not_a_post() -> None:
    posts = parse_text(_COLUMN, "page.txt")
    assert [p.title for p in posts] == ["The arithmetic of luck"]
    (post,) = posts
    assert (post.date, post.author) == ("2009-05-09", "Tom Ashcombe")
    assert post.labels == ("lotteries", "odds")
    assert post.body.startswith("Every town in the county")
    assert post.body.endswith("to the letters desk.")


def test_numbered_said_comments_under_a_reprinted_column() -> None:
    posts = parse_text(_PAGE, "page.txt")
    assert [p.title for p in posts] == ["The arithmetic of luck"]
    (post,) = posts
    assert (post.date, post.author) == ("2009-05-09", "Tom Ashcombe")
    assert post.labels == ("lotteries", "odds", "small shops", "newspapers")
    assert post.body.startswith("Every town in the county")
    assert post.body.endswith("rest of their days.")
    assert post.comments == 3
    assert [c.author for c in post.comment_list] == ["Marta Ilves", "quietfox", "Daniel Roe"]
    assert post.comment_list[2].text == "Survivorship bias, with a newsagent attached."


_FRENCH = """Le phare de Kerbrat

Publié le 9 mai 2009 par Odile Ferrand

Le gardien notait tout dans son carnet, même quand il ne se passait rien.
Le vent, l'huile brûlée, les bateaux qui passaient au large.

3 réponses

1.

Yann Le Goff a dit,

10 mai 2009 à 9:12

Mon grand-père connaissait bien ce phare.

2.

Lise a dit,

11 mai 2009 à 18:40

Merci pour ce récit.

3.

Paul Rivière a dit,

12 mai 2009 à 7:05

Le carnet existe-t-il encore ?
"""


def test_numbered_said_comments_in_another_language() -> None:
    (post,) = parse_text(_FRENCH, "page.txt")
    assert post.title == "Le phare de Kerbrat"
    assert post.comments == 3
    assert [c.author for c in post.comment_list] == ["Yann Le Goff", "Lise", "Paul Rivière"]
    assert post.comment_list[1].text == "Merci pour ce récit."
