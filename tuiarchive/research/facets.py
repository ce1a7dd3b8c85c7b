"""Facets: how the posts of a filter divide by year, label, tag, place, series and blog, with counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tuiarchive.store.post_sets import PostSet, Reversed

if TYPE_CHECKING:  # the catalogue is only asked: importing this stays light
    from tuiarchive.store import Catalogue

#: How many values of a facet are listed (the most frequent); years are all listed.
SHOWN = 12
#: The facets, in the order the panel shows them, with the filter field each one sets.
FACETS = (
    ("year", "date"), ("label", "label"), ("tag", "tag"), ("place", "place"),
    ("series", "series"), ("blog", "blog"),
)  # fmt: skip


@dataclass(frozen=True)
class Facet:
    """One facet's values with their counts, most frequent first (years: newest first)."""

    name: str
    field: str
    values: tuple[tuple[str, int], ...]
    more: int  # how many further values are not listed


@dataclass(frozen=True)
class PostFacts:
    """The facts facets count, per catalogue position (shared, read once per archive)."""

    dates: Sequence[str | None]
    labels: Sequence[tuple[str, ...]]
    places: Sequence[str | None]
    series: Sequence[str | None]
    blogs: Sequence[str | None]
    tags: Mapping[int, tuple[str, ...]] | None = None  # the reader's tags of tagged posts


def post_facts(catalogue: Catalogue) -> PostFacts:
    """The facts of every post of `catalogue`, asked of it (it reads them once and keeps them)."""
    fields = catalogue.fields()
    return PostFacts(catalogue.dates, fields.labels, fields.places, fields.series, fields.blogs,
                     catalogue.tags_by_position())  # fmt: skip


def facets_of(positions: Sequence[int], catalogue: Catalogue, shown: int = SHOWN) -> list[Facet]:
    """Count every facet over the posts at `positions` of `catalogue`.

    A filter's answer over the index (a `PostSet`) is counted with each value's bitmap
    of posts, one intersection count per value, whatever the number of posts; other
    positions post by post.
    """
    if isinstance(positions, Reversed):  # the same posts, oldest first
        positions = positions.forward
    if not isinstance(positions, PostSet):
        return count_facets(positions, post_facts(catalogue), shown)
    docs = positions.docs
    years = tuple(
        (year, count)
        for year, run in catalogue.year_runs()
        if (count := positions.count_between(run.start, run.stop))
    )
    found = [Facet("year", "date", years, 0)]
    tagged = catalogue.tags_by_position()
    tags = Counter(tag for n, post_tags in tagged.items() if n in positions for tag in post_tags)
    for name, field in FACETS[1:]:
        if field == "tag":
            counter = tags
        else:
            counter = Counter({
                value: count
                for value, value_docs in catalogue.facet_docs(field).items()
                if (count := value_docs.intersection_cardinality(docs))
            })  # fmt: skip
        found.append(_facet(name, field, counter, shown))
    return found


def _facet(name: str, field: str, counter: Counter[str], shown: int) -> Facet:
    top = sorted(counter.items(), key=lambda item: (-item[1], item[0].casefold()))
    return Facet(name, field, tuple(top[:shown]), max(0, len(top) - shown))


def count_facets(positions: Iterable[int], facts: PostFacts, shown: int = SHOWN) -> list[Facet]:
    """Count every facet over the posts at `positions`."""
    years: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    places: Counter[str] = Counter()
    series: Counter[str] = Counter()
    blogs: Counter[str] = Counter()
    tags: Counter[str] = Counter()
    post_tags = facts.tags or {}
    dates, post_labels, post_places, post_series, post_blogs = (
        facts.dates, facts.labels, facts.places, facts.series, facts.blogs
    )  # fmt: skip
    for n in positions:
        date = dates[n]
        if date:
            years[date[:4]] += 1
        labels.update(post_labels[n])
        if post_tags:
            tags.update(post_tags.get(n, ()))
        # Each value was just checked not to be None; mypy does not narrow an index expression.
        if post_places[n]:
            places[post_places[n]] += 1  # type: ignore[index]
        if post_series[n]:
            series[post_series[n]] += 1  # type: ignore[index]
        if post_blogs[n]:
            blogs[post_blogs[n]] += 1  # type: ignore[index]
    found = [Facet("year", "date", tuple(sorted(years.items(), reverse=True)), 0)]
    for (name, field), counter in zip(
        FACETS[1:], (labels, tags, places, series, blogs), strict=True
    ):
        if field != "tag" or facts.tags is not None:  # facts that carry no tags: no tag facet
            found.append(_facet(name, field, counter, shown))
    return found
