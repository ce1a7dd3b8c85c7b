"""A Jekyll theme's page: its tag list with counts, printed below the comment box, is the
post's labels, and the comment box's notes open no post."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

PAGE = """---
title: Notes on pruning old apple trees
url: https://orchard-notes.example.net/post/2024/03/pruning.html
source: Orchard Notes
date: 2024-03-15
fetch_date: 2025-01-01T10:00:00.000000
---

# Notes on pruning old apple trees

[Orchard Notes](/)

* [Archive](/archive.html)
* [Tags](/tags.html)

# Notes on pruning old apple trees

Posted on 03/14/2024
by [Tom Aske](https://orchard-notes.example.net/about)

An old apple tree needs a light hand: take out the dead wood first.

Then thin the crossing branches, a few each winter.

## Related Posts

* [Grafting in spring](/post/2023/04/grafting.html) - 04/02/2023

---

* [← Previous](/post/2024/02/frost.html "Frost")
* [Next →](/post/2024/04/bees.html "Bees")

---

To comment, make sure you are on https://orchard-notes.example.net or follow [this link](https://orchard-notes.example.net/post/2024/03/pruning.html).

Please enable JavaScript to view the [comments powered by Disqus.](https://disqus.com/?ref_noscript)

* [Gardening 41](/categories.html#Gardening)

* [apple 3](/tags.html#apple)
* [pruning 7](/tags.html#pruning)
* [winter 12](/tags.html#winter)

---

© 2024 Tom Aske. Powered by [Jekyll](http://jekyllrb.com).
"""


def test_a_tag_list_with_counts_below_the_comment_box_gives_the_labels() -> None:
    (post,) = parse_text(PAGE, "pruning.md")
    assert post.title == "Notes on pruning old apple trees"
    assert post.labels == ("apple", "pruning", "winter")
    assert post.body.endswith("a few each winter.")
