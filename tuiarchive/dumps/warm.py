"""Importing this builds the parser's phrase patterns, so that processes forked afterwards start ready."""

from tuiarchive.calendar_words import calendar_words
from tuiarchive.dumps.body_ends import _ratings, _related
from tuiarchive.dumps.page_language import _calendar_languages
from tuiarchive.dumps.parser import parse_dump
from tuiarchive.dumps.share_runs import _leads as _share_leads

# A made-up page whose lines reach the phrase patterns (a byline, a count, labels): the
# tables built here on first use are what each worker would otherwise build for itself.
parse_dump(
    b"A made-up title\n\nA line of text.\n\nPosted by Someone at 10:00 AM\n3 comments:\nLabels: one, two\n"
    # bylines that open with "By" (alone, and with more after) and a line that opens with
    # no byline's word (tried against the bylines that open with the name)
    + b"\nBy Someone\n\nBy Someone \xc2\xb7 3 comments\n\n\xe8\xbf\x99\xe6\x98\xaf\xe4\xb8\x80\xe8\xa1\x8c\n",
    "warm.txt",
)

# Tables that the parser builds the first time some page needs them (a page's language
# from its chrome and calendar names, the calendar words, footers' phrases): built here
# too, once, rather than in each worker. Each is read-only once built.
calendar_words()
_calendar_languages()
_related()
_ratings()
_share_leads()
