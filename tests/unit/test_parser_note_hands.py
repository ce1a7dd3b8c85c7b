"""A post pasted into someone's notes: the notes' own block after the post's text is theirs."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_NOTES = """\
kettle-inventory
================

To reset the stock tables see:
\thttp://docs.example.org/reset/

\tmake sure the server is stopped first

\tinv reset --all
\tinv load stock.csv


"""

_POST = """\
A short guide to the inventory command
Posted: March 12th, 2014 | Author: mlopez | Filed under: Tools | Tags: inventory, cli | No Comments »
The inventory command keeps the stock tables of the shop in step with the warehouse.

It reads a file of counts and writes the differences to a log that the manager checks on Mondays.

Once the counts are loaded, run the report and send it to the manager before noon.
"""


def test_a_block_in_the_notes_hand_after_a_pasted_post_is_kept_aside() -> None:
    tail = "\nTO SEE THE TABLE LAYOUT:\n\tinv describe stock\n"
    (post,) = parse_text(_NOTES + _POST + tail, "README.txt")
    assert post.title == "A short guide to the inventory command"
    assert post.body.endswith("send it to the manager before noon.")
    assert "inv describe stock" in post.extra_text
    assert any("notes" in w for w in post.warnings)


def test_a_pasted_post_ending_in_its_own_text_keeps_it() -> None:
    (post,) = parse_text(_NOTES + _POST, "README.txt")
    assert post.body.endswith("send it to the manager before noon.")
