"""Facets: how the posts of a filter divide by year, label, tag, place, series and blog, with counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

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
        top = sorted(counter.items(), key=lambda item: (-item[1], item[0].casefold()))
        if field != "tag" or facts.tags is not None:  # facts that carry no tags: no tag facet
            found.append(Facet(name, field, tuple(top[:shown]), max(0, len(top) - shown)))
    return found
