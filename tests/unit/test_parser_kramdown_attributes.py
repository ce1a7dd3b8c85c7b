"""kramdown's inline attribute lists (`{:name='c1'}`, `{: .note}`) read as markup, not text."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

PAGE = """---
layout: post
title: Mending the garden wall with old flints
---

The north wall lost a few courses in the storm, so we [gathered](/flints){: .inline} flints.

Lime mortar takes a week to set in damp weather.

### Comments

###### At [March 3, 2011 8:15 AM](#comment1){:name='comment1'}, Anonymous said...

Which lime did you use for the mortar?

---

###### At [March 4, 2011 7:02 PM](#comment2){:name="comment2"}, [Pell Ardington](http://example.org/profile/77) said...

Hot lime, mixed on the spot.
"""


def test_kramdown_attribute_lists_leave_no_trace_in_comment_authors_or_body() -> None:
    (post,) = parse_text(PAGE, "wall.md")
    assert post.title == "Mending the garden wall with old flints"
    authors = [c.author for c in post.comment_list]
    assert len(authors) == 2
    assert not any("{" in a or "name=" in a for a in authors)
    assert "{:" not in post.body and ".inline" not in post.body
    assert "we gathered flints." in post.body


def test_an_at_date_comma_name_said_head_gives_the_name_alone() -> None:
    (post,) = parse_text(PAGE, "wall.md")
    assert [c.author for c in post.comment_list] == ["Anonymous", "Pell Ardington"]


def test_a_brace_in_prose_is_kept() -> None:
    page = PAGE.replace("Lime mortar", "The set {: sand, lime} mix and lime mortar")
    (post,) = parse_text(page, "wall.md")
    assert "{: sand, lime}" in post.body
