"""A scraper's heading of the post's title atop a page whose sidebar comes first: the blog's
name is the header line under it, not the title again."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_PAGE = """---
title: The Lighthouse Cipher Has Not Been Broken
url: https://keeper.example.org/2024/10/cipher.html
date: 2024-10-23
---

# The Lighthouse Cipher Has Not Been Broken

# [Keeper's Log](https://keeper.example.org/)

Menu

* [Blog](https://keeper.example.org)
* [Books](https://keeper.example.org/books/)
* [About Me](https://keeper.example.org/about/)

### Search

Blog

Whole site

### Subscribe

[Home](https://keeper.example.org)[Blog](https://keeper.example.org/archives/)

## The lighthouse cipher has not been broken

The rumour spread fast, but the cipher holds, and nobody has shown otherwise.

Tags: [ciphers](https://keeper.example.org/tag/ciphers/), [rumours](https://keeper.example.org/tag/rumours/)

Posted on October 22, 2024 at 7:03 AM
"""


def test_the_blog_is_the_home_link_under_the_scrapers_title_heading() -> None:
    (post,) = parse_text(_PAGE, "cipher.md")
    assert post.title == "The lighthouse cipher has not been broken"
    assert post.blog == "Keeper's Log"
