"""Trends: each filter's posts by month and by year, per 100 posts, its peak, and the CSV."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.archives import add_posts
from tuiarchive.errors import FilterError
from tuiarchive.model import Post, post_identity
from tuiarchive.query.language import parse_filter
from tuiarchive.research.trends import (
    Peak,
    compute_trends,
    find_peak,
    period_label,
    trends_csv,
)
from tuiarchive.store import open_store
from tuiarchive.store.exports import write_text_file


def post(title: str, date: str | None, body: str = "") -> Post:
    return Post(id=post_identity(date, title, body), title=title, body=body, date=date)


def sample_posts(path: Path) -> list[Post]:
    with open_store(path) as store:
        catalogue = store.catalogue()
        return list(store.posts(list(catalogue.ids)))


def test_counts_totals_and_shares_match_the_posts_dates(sample_archive: Path) -> None:
    posts = sample_posts(sample_archive)
    with open_store(sample_archive) as store:
        trends = compute_trends(store.catalogue(), ["ferry", "grain"])
    years = sorted({int(p.date[:4]) for p in posts if p.date})
    assert (trends.first_year, trends.last_year) == (years[0], years[-1]) == (2012, 2016)
    months = trends.months
    assert len(months.periods) == 12 * 5  # every month, empty ones too
    assert months.periods[0] == "2012-01" and months.periods[-1] == "2016-12"
    totals = Counter(p.date[:7] for p in posts if p.date)
    assert list(months.totals) == [totals.get(period, 0) for period in months.periods]
    assert 0 in months.totals  # the sample has empty months, and they are kept
    for column, word in zip(months.columns, ["ferry", "grain"], strict=True):
        matching = [p for p in posts if word in (p.title + " " + p.body).lower()]
        counted = Counter(p.date[:7] for p in matching if p.date)
        assert list(column.counts) == [counted.get(period, 0) for period in months.periods]
        for row, period in enumerate(months.periods):
            total = totals.get(period, 0)
            expected = counted.get(period, 0) / total * 100 if total else 0.0
            assert column.per_100[row] == pytest.approx(expected)
    ferry_years = Counter(
        p.date[:4] for p in posts if p.date and "ferry" in (p.title + p.body).lower()
    )
    assert list(trends.years.columns[0].counts) == [
        ferry_years.get(y, 0) for y in trends.years.periods
    ]
    assert trends.years.periods == ("2012", "2013", "2014", "2015", "2016")
    assert sum(trends.years.totals) == len([p for p in posts if p.date])
    assert trends.series[0].description == "posts mentioning \u201cferry\u201d"


def test_the_peak_is_the_largest_share_then_the_most_posts_then_the_earliest() -> None:
    periods = ["2014-01", "2014-02", "2014-03", "2014-04"]
    assert find_peak(periods, [1, 2, 2, 0], [50.0, 50.0, 50.0, 0.0]) == Peak(
        "February 2014", 50.0, 2
    )
    assert find_peak(periods, [0, 0, 0, 0], [0.0] * 4) is None
    peak = Peak("May 2014", 12.5, 3)
    assert peak.text == "peak: May 2014, 12.5 per 100 posts (3 posts)"
    assert Peak("2014", 100.0, 1).text == "peak: 2014, 100.0 per 100 posts (1 post)"
    assert period_label("2014-05") == "May 2014" and period_label("2014") == "2014"


def test_peaks_on_a_small_archive(tmp_path: Path) -> None:
    made = [
        post("ferry one", "2014-05-01"), post("other", "2014-05-02"), post("other two", "2014-05-03"),
        post("ferry three", "2014-05-04"),  # May 2014: 2 of 4 posts
        post("ferry alone", "2013-02-10"), post("quiet", "2013-02-11"),  # Feb 2013: 1 of 2
        post("ferry undated", None),
    ]  # fmt: skip
    with open_store(tmp_path / "a") as store:
        add_posts(store, made)
        trends = compute_trends(store.catalogue(), ["ferry", "quiet OR other"])
    ferry, other = trends.months.columns
    assert (trends.first_year, trends.last_year) == (2013, 2014)
    # Every month has fewer than MIN_POSTS posts: no share is a peak, the most posts are.
    assert ferry.peak == Peak("May 2014", None, 2)
    assert other.peak is not None and other.peak.label == "May 2014"
    assert trends.series[0].matches == 4 and trends.series[0].dated == 3
    assert trends.years.columns[0].peak == Peak("2014", None, 2)
    assert trends.months.totals[trends.months.periods.index("2013-03")] == 0


def test_a_bad_filter_names_its_term_and_the_count_of_filters_is_checked(
    sample_archive: Path,
) -> None:
    with open_store(sample_archive) as store:
        catalogue = store.catalogue()
        with pytest.raises(FilterError, match="date:"):
            compute_trends(catalogue, ["ferry", "date:someday"])
        with pytest.raises(ValueError):
            compute_trends(catalogue, [])
        with pytest.raises(ValueError):
            compute_trends(catalogue, ["a", "b", "c", "d", "e", "f"])


def test_an_archive_without_dates_has_no_periods(tmp_path: Path) -> None:
    with open_store(tmp_path / "a") as store:
        add_posts(store, [post("ferry", None)])
        trends = compute_trends(store.catalogue(), ["ferry"])
    assert trends.first_year is None and trends.months.periods == () and trends.years.periods == ()
    assert trends.series[0].matches == 1 and trends.months.columns[0].peak is None
    assert trends_csv(trends.months) == "period,total_posts,ferry,ferry per 100\n"


def test_the_csv_has_a_row_per_period_and_quotes_filter_text(sample_archive: Path) -> None:
    hostile = '"grain berth" OR =ferry;x'
    with open_store(sample_archive) as store:
        trends = compute_trends(store.catalogue(), ["ferry", hostile])
    rows = list(csv.reader(io.StringIO(trends_csv(trends.months))))
    assert rows[0] == [
        "period",
        "total_posts",
        "ferry",
        "ferry per 100",
        hostile,
        f"{hostile} per 100",
    ]
    assert len(rows) == 1 + 60
    may = rows[1 + trends.months.periods.index("2014-05")]
    row = trends.months.periods.index("2014-05")
    assert may[:3] == [
        "2014-05",
        str(trends.months.totals[row]),
        str(trends.months.columns[0].counts[row]),
    ]
    assert float(may[3]) == pytest.approx(trends.months.columns[0].per_100[row], abs=0.005)
    years = list(csv.reader(io.StringIO(trends_csv(trends.years))))
    assert [r[0] for r in years[1:]] == ["2012", "2013", "2014", "2015", "2016"]
    assert sum(int(r[1]) for r in years[1:]) == 81


def test_write_text_file_replaces_whole_and_names_the_path_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_text_file(target, "a,b\n")
    write_text_file(target, "c,d\n\u00e9\n")
    assert target.read_text(encoding="utf-8") == "c,d\n\u00e9\n"
    assert os.listdir(tmp_path) == ["out.csv"]  # no temporary file left behind
    with pytest.raises(OSError, match=r"could not write .*missing.*out\.csv"):
        write_text_file(tmp_path / "missing" / "out.csv", "x")


DATES = [None, "2012-12-31", "2013-01-01", "2013-05-23", "2013-05-31", "2015-02-28", "2016-11-02"]
WORDS = ["ferry", "grain", "pipeline", "harbour"]


@st.composite
def archives(draw: st.DrawFn) -> list[Post]:
    made = []
    for n in range(draw(st.integers(1, 14))):
        words = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3)))
        made.append(post(f"{words} {n}", draw(st.sampled_from(DATES))))
    return made


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(archives(), st.lists(st.sampled_from([*WORDS, "ferry OR grain", "-pipeline", "date:2013"]),
                            min_size=1, max_size=5))  # fmt: skip
def test_counts_add_up_and_shares_stay_within_100(made: list[Post], texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as directory, open_store(Path(directory) / "a") as store:
        add_posts(store, made)
        catalogue = store.catalogue()
        trends = compute_trends(catalogue, texts)
        dated = [p for p in made if p.date]
        if not dated:
            assert trends.months.periods == ()
            return
        assert sum(trends.months.totals) == len(dated) == sum(trends.years.totals)
        for text, series, months, years in zip(
            texts, trends.series, trends.months.columns, trends.years.columns, strict=True
        ):
            found = parse_filter(text).run(catalogue)
            dated_matches = sum(1 for n in found if catalogue.dates[n] is not None)
            assert sum(months.counts) == sum(years.counts) == dated_matches == series.dated
            assert all(0.0 <= v <= 100.0 for v in months.per_100 + years.per_100)
            assert all(c <= t for c, t in zip(months.counts, trends.months.totals, strict=True))
            if dated_matches:
                assert months.peak is not None
                table = trends.months
                shares = [v for r, v in enumerate(months.per_100)
                          if months.counts[r] and table.reliable(r)]  # fmt: skip
                if shares:
                    assert months.peak.per_100 == max(shares)
                else:
                    assert months.peak.per_100 is None
                    assert months.peak.count == max(months.counts)
            else:
                assert months.peak is None


def test_a_peak_needs_a_period_with_enough_posts_else_it_names_the_most_posts() -> None:
    from tuiarchive.research.trends import MIN_POSTS

    labels = ["2014-01", "2014-02", "2014-03"]
    counts, totals = [1, 3, 4], [1, MIN_POSTS, 40]
    shares = [100.0, 30.0, 10.0]
    assert find_peak(labels, counts, shares, totals) == Peak("February 2014", 30.0, 3)
    thin = [1, 2, 3]
    peak = find_peak(labels, counts, shares, thin)
    assert peak == Peak("March 2014", None, 4)
    assert peak.text == "most posts: March 2014 (4 posts)"
