"""A Blogger home page pasted into a Javadoc comment, clipped inside its last post."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_FOOTER = (
    "at 4:05 AM No comments: ",
    "Email This",
    "BlogThis!",
    "Share to Twitter",
    "Share to Facebook",
    "Share to Pinterest",
    "",
)

_FILE = "\n".join(
    (
        "package puzzles;",
        "",
        "/**",
        " * Count the ferries before the bridge opens",
        "",
        "http://puzzles.example.org/thread-1101.html",
        "Each ferry waits until the one ahead has cleared the channel.",
        "Given the crossing times, print the order in which they reach the far bank.",
        "",
        "int[] order(int[] times) {",
        "    return sortByArrival(times);",
        "}",
        "",
        *_FOOTER,
        "Labels: Harbour Puzzles, Queues",
        "Stack the crates by weight - harbour round",
        "",
        "http://puzzles.example.org/thread-1102.html",
        "A crane may only put a lighter crate on a heavier one, and the quay has three spots.",
        "Find the fewest moves that bring every crate to the last spot.",
        "",
        "int moves(int crates) {",
        "    return (1 << crates) - 1;",
        "}",
        "",
        *_FOOTER,
        "Labels: Harbour Puzzles, Recursion",
        "Walk the lighthouse stairs in zigzag - harbour round",
        "",
        "http://puzzles.example.org/thread-1103.html",
        "Round one: print the lamps of each floor, left to right, then right to left.",
        "The keeper climbs one floor at a time and never skips a lamp.",
        "",
        "vector<int> lamps(Floor *top) {",
        "    vector<int> seen;",
        "    return seen;",
        "};",
        "",
        " * @author rowan",
        " *",
        " */",
        "public class Ferries {",
        "    public static void main(String[] args) {",
        "        System.out.println(new Ferries());",
        "    }",
        "}",
    )
)


def test_the_last_post_run_on_under_the_labels_is_read_though_clipped() -> None:
    posts = parse_text(_FILE, "Ferries.java")
    assert [post.title for post in posts] == [
        "Count the ferries before the bridge opens",
        "Stack the crates by weight - harbour round",
        "Walk the lighthouse stairs in zigzag - harbour round",
    ]
    last = posts[-1]
    assert last.body.startswith("http://puzzles.example.org/thread-1103.html")
    assert any("no footer" in said for said in last.warnings)
    assert posts[1].labels == ("Harbour Puzzles", "Recursion")


def test_the_javadoc_tags_closing_the_comment_are_not_the_posts_text() -> None:
    last = parse_text(_FILE, "Ferries.java")[-1]
    assert last.body.endswith("};")
    assert "@author" not in last.body
    assert any("@author rowan" in line for line in parse_text(_FILE, "Ferries.java")[0].extra_text)
