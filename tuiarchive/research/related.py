"""Related posts: choosing the words of a post that are telling enough to find its neighbours.

A research feature: `related_posts` asks the store's search index (word counts, BM25
neighbours) and does the choosing here; the store knows nothing of related posts.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tuiarchive.words import tokens

if TYPE_CHECKING:  # the store is only asked, never built here: importing this stays light
    from tuiarchive.model import Post
    from tuiarchive.store import Store

#: How many of a post's words are used to look for its neighbours.
KEY_TERMS = 12
#: Words in more than this share of all posts, or more than MAX_HOLDERS posts, say little
#: about any one of them.
MAX_SHARE = 0.05
MAX_HOLDERS = 1000
#: Words shorter than this are too often parts of names, numbers or abbreviations.
MIN_LENGTH = 3


@dataclass(frozen=True)
class Related:
    """A post like another, and the telling words they share (rarest first)."""

    post_id: str
    shared: tuple[str, ...]


def candidate_words(title: str, body: str) -> Counter[str]:
    """How often each word worth weighing occurs in a post (title words count twice)."""
    counts: Counter[str] = Counter()
    for weight, text in ((2, title), (1, body)):
        for word in tokens(text):
            if len(word) >= MIN_LENGTH and not word.isdigit():
                counts[word] += weight
    return counts


def most_holders(total: int) -> int:
    """The most posts a telling word may be in, in an archive of `total` posts."""
    return max(2, min(int(total * MAX_SHARE), MAX_HOLDERS))


def key_terms(
    counts: Mapping[str, int], posts_with: Mapping[str, int], total: int, limit: int = KEY_TERMS
) -> list[str]:
    """The words that best tell this post apart: frequent here, rare in the archive (TF-IDF).

    `posts_with[word]` is the number of posts holding the word, this one included; a word no
    other post holds finds nothing, and a common one (see `most_holders`) says little.
    """
    ceiling = most_holders(total)
    scored = []
    for word, count in counts.items():
        holders = posts_with.get(word, 0)
        if 2 <= holders <= ceiling:
            scored.append((-(1 + math.log(count)) * math.log(total / holders), word))
    scored.sort()
    return [word for _, word in scored[:limit]]


def explain(
    neighbours: Sequence[str],
    terms: Sequence[str],
    holders_of: Callable[[str], Iterable[str]],
) -> list[Related]:
    """Each neighbour with the key terms it shares, in the order of `terms` (most telling first).

    `holders_of(term)` gives the neighbours holding that term.
    """
    shared: dict[str, list[str]] = {post_id: [] for post_id in neighbours}
    for term in terms:
        for post_id in holders_of(term):
            if post_id in shared:
                shared[post_id].append(term)
    return [Related(post_id, tuple(shared[post_id])) for post_id in neighbours]


def related_posts(store: Store, post: Post, count: int = 5) -> list[Related]:
    """The posts most like `post` (sharing its rarest telling words), with those words."""
    index = store.index
    words = candidate_words(post.title, post.body)
    total = index.post_count()
    holders = index.posts_with_words(words, most_holders(total), total)
    terms = key_terms(words, holders, total)
    doc = index.doc_of(post.id)
    docs = index.similar(terms, -1 if doc is None else doc, count)
    if not docs:
        return []
    ids = index.ids_of(docs)
    return explain(
        [ids[d] for d in docs if d in ids],
        terms,
        lambda term: (ids[d] for d in index.holding(term, docs) if d in ids),
    )
