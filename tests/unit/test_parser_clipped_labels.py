"""A page saved with its end cut inside the label list: the clipped label link gives its
name, and the post says the list was cut."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

CUT_IN_LABELS = """---
title: Il Ponte Sul Torrente Vecchio
url: http://quaderno-di-valle.blogspot.com/2021/06/il-ponte-sul-torrente.html
source: Quaderno Di Valle
date: 2021-06-18
fetch_date: 2025-02-01T10:00:00.000000
---

# Il Ponte Sul Torrente Vecchio

## venerdì 18 giugno 2021

### Il Ponte Sul Torrente Vecchio

Il ponte di pietra sul torrente fu costruito dai mugnai della valle, e regge ancora oggi.

Ogni primavera la piena porta giù rami e sassi, ma le arcate non si sono mai mosse.

Pubblicato da
[Marta Ghedini](https://www.blogger.com/profile/123456789 "author profile")

alle
[09:40](https://quaderno-di-valle.blogspot.com/2021/06/il-ponte-sul-torrente.html "permanent link")

[Invia tramite email](https://www.blogger.com/share-post.g?blogID=1&postID=2&target=email "Invia tramite email")[Condividi su Pinterest](https://www.blogger.com/share-post.g?blogID=1&postID=2&target=pinterest "Condividi su Pinterest")

Etichette:
[Ponti](https://q..."""


def test_a_label_link_cut_by_the_end_of_the_page_gives_its_name_and_a_warning() -> None:
    (post,) = parse_text(CUT_IN_LABELS, "ponte.md")
    assert post.title == "Il Ponte Sul Torrente Vecchio"
    assert post.labels == ("Ponti",)
    assert any("Ponti" in w and "cut" in w for w in post.warnings)
