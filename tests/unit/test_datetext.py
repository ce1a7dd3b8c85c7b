"""Dates written for people and files, from one module, with CLDR's English names."""

from __future__ import annotations

import datetime as dt

from tuiarchive import datetext


def test_month_and_weekday_names_are_cldr_english() -> None:
    assert datetext.month_names()[0] == "January" and datetext.month_name(9) == "September"
    assert datetext.month_abbreviations() == (
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    )  # fmt: skip
    assert datetext.weekday_name(dt.date(2014, 5, 23)) == "Friday"


def test_each_form_of_a_date() -> None:
    assert datetext.header_text("2014-05-23") == "Friday, May 23, 2014"
    assert datetext.byline_text("2015-07-31") == "July 31, 2015"
    assert datetext.clock_text("17:43") == "5:43 PM" and datetext.clock_text("00:05") == "12:05 AM"
    assert datetext.cited_text("0999-01-02") == "2 January 0999"
    assert datetext.day_text(dt.date(2014, 5, 23)) == "23 May 2014"
    assert datetext.period_text("2014-05") == "May 2014" and datetext.period_text("2014") == "2014"
    assert datetext.long_text("2014-05-23") == "Friday, 23 May 2014"
    assert datetext.long_text(None) == "no date"
    assert datetext.file_stamp(dt.datetime(2014, 5, 23, 17, 4, 1)) == "20140523-170401"
