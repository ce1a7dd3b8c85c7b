"""Import quality: months of the span, gaps, thin months and the summary line."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tuiarchive.research.quality import Gap, month_report, month_span


def dates_in(counts: dict[str, int]) -> list[str]:
    return [f"{month}-{day % 28 + 1:02d}" for month, n in counts.items() for day in range(n)]


def test_month_span_crosses_years() -> None:
    assert month_span("2012-11", "2013-02") == ["2012-11", "2012-12", "2013-01", "2013-02"]
    assert month_span("2014-05", "2014-05") == ["2014-05"]


def test_gaps_thin_months_and_summary() -> None:
    counts = {"2012-03": 20, "2012-04": 22, "2012-05": 3, "2012-06": 21,
              "2012-10": 25, "2012-11": 19, "2012-12": 4, "2013-02": 30}  # fmt: skip
    report = month_report(dates_in(counts) + [None])
    assert report.first == "2012-03" and report.last == "2013-02"
    assert len(report.months) == 12
    assert report.count("2012-07") == 0 and report.count("2012-04") == 22
    assert report.count("2011-01") is None
    assert report.gaps == (Gap("2012-07", "2012-09", 3), Gap("2013-01", "2013-01", 1))
    # The median of the months with posts is 20.5: a quarter of it is 5.125.
    assert report.thin == ("2012-05", "2012-12")
    assert report.undated == 1 and report.dated == sum(counts.values())
    assert report.summary() == (
        "2012-03 \u2026 2013-02: 12 months, 2 gaps (longest: 2012-07 to 2012-09, 3 months), "
        "2 thin months, 1 undated post"
    )


def test_the_longest_gap_is_the_earliest_of_equals_and_one_month_reads_well() -> None:
    report = month_report(["2015-01-03", "2015-03-01", "2015-05-09", "2015-06-01"])
    assert report.gaps == (Gap("2015-02", "2015-02", 1), Gap("2015-04", "2015-04", 1))
    assert "longest: 2015-02, 1 month)" in report.summary()
    assert report.summary().endswith("0 thin months, 0 undated posts")


def test_no_gaps_no_dates_and_implausible_years() -> None:
    assert month_report(["2014-05-01", "2014-06-02"]).summary() == (
        "2014-05 \u2026 2014-06: 2 months, no gaps, 0 thin months, 0 undated posts"
    )
    empty = month_report([None, None])
    assert empty.months == () and empty.gaps == () and empty.first is None
    assert empty.summary() == "no dated posts, 2 undated posts"
    # A year no blog had does not stretch the span over centuries.
    odd = month_report(["0201-01-01", "2014-05-01"])
    assert odd.months == (("2014-05", 1),) and odd.out_of_range == 1
    assert odd.summary().endswith("1 post dated outside the plausible years")


months = st.tuples(st.integers(1995, 2001), st.integers(1, 12)).map(
    lambda ym: f"{ym[0]}-{ym[1]:02d}"
)


@given(st.lists(st.tuples(months, st.integers(1, 28)), max_size=60), st.integers(0, 5))
def test_gaps_cover_every_empty_month_exactly_once(
    days: list[tuple[str, int]], undated: int
) -> None:
    dates = [f"{month}-{day:02d}" for month, day in days] + [None] * undated
    report = month_report(dates)
    assert report.undated == undated and report.dated == len(days)
    if not days:
        assert report.months == () and report.gaps == ()
        return
    order = [month for month, _count in report.months]
    assert order == month_span(min(m for m, _ in days), max(m for m, _ in days))
    counts = dict(report.months)
    covered: list[str] = []
    for gap in report.gaps:
        inside = month_span(gap.first, gap.last)
        assert len(inside) == gap.months >= 1
        assert all(counts[m] == 0 for m in inside)
        # Maximal runs: the months either side of a gap have posts.
        start, end = order.index(gap.first), order.index(gap.last)
        assert start > 0 and counts[order[start - 1]] > 0
        assert end < len(order) - 1 and counts[order[end + 1]] > 0
        covered.extend(inside)
    empty = [m for m in order if counts[m] == 0]
    assert sorted(covered) == empty  # every empty month in exactly one gap: none twice
    assert all(counts[m] > 0 for m in report.thin)
    assert counts[order[0]] > 0 and counts[order[-1]] > 0
