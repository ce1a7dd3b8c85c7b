"""An older WordPress theme's meta line under the title, saved as text: `March 3rd, 2010 by
NAME in cat, cat |` gives the date, the author and the labels."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_PAGE = """
Where the heron waits

March 3rd, 2010 by Clara Whitfield in rivers, weather, local news |

The heron on the weir has stood there every morning this month, grey
and patient, while the water rose past the second step.

Nobody on the towpath seems to notice it any more, which is perhaps
what the heron wanted all along.
"""


def test_date_by_name_in_categories_under_the_title() -> None:
    posts = parse_text(_PAGE, "page.txt")
    assert [p.title for p in posts] == ["Where the heron waits"]
    post = posts[0]
    assert post.date == "2010-03-03"
    assert post.author == "Clara Whitfield"
    assert post.labels == ("rivers", "weather", "local news")
    assert post.body.startswith("The heron on the weir")
    assert post.body.endswith("what the heron wanted all along.")
