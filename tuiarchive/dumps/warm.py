"""Importing this builds the parser's phrase patterns, so that processes forked afterwards start ready."""

from tuiarchive.dumps.parser import parse_dump

# A made-up page whose lines reach the phrase patterns (a byline, a count, labels): the
# tables built here on first use are what each worker would otherwise build for itself.
parse_dump(
    b"A made-up title\n\nA line of text.\n\nPosted by Someone at 10:00 AM\n3 comments:\nLabels: one, two\n",
    "warm.txt",
)
