"""Footer lines far longer than any real one: the post stays whole and a warning says what happened."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

HEAD = "Tuesday, May 12, 2015\n\nWinter roads north of Vologda\n\nThe ferry ran late again.\n\n"


def _only_post(text: str):  # type: ignore[no-untyped-def]
    posts = parse_text(text, "long.txt")
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


def test_a_labels_line_of_thousands_of_characters_gives_its_labels_and_a_warning() -> None:
    labels = ", ".join(f"topic {n}" for n in range(700))  # about 6,000 characters
    post = _only_post(HEAD + "Posted by Olga Petrova at 5:43 AM\n\n" + f"Labels: {labels}\n")
    assert post.title == "Winter roads north of Vologda"
    assert post.author == "Olga Petrova"
    assert post.body == "The ferry ran late again."
    assert post.labels[:2] == ("topic 0", "topic 1") and len(post.labels) == 700
    assert any("line 9" in w and "labels" in w for w in post.warnings), post.warnings


def test_a_byline_of_thousands_of_characters_keeps_the_post_and_warns() -> None:
    name = "Olga " * 1000
    post = _only_post(HEAD + f"Posted by {name}at 5:43 AM\n\nLabels: roads, ferries\n")
    assert post.body == "The ferry ran late again."  # the long byline is not body text
    assert post.labels == ("roads", "ferries")
    assert post.author is None
    assert any("line 7" in w and "byline" in w for w in post.warnings), post.warnings
    assert any(line.startswith("Posted by Olga Olga") for line in post.extra_text)


def test_a_long_labels_line_in_another_language_is_read_too() -> None:
    labels = ", ".join(f"тема {n}" for n in range(900))
    text = (
        "вторник, 12 мая 2015 г.\n\nЗимние дороги\n\nПаром опять опоздал.\n\n"
        f"Автор: Ольга на 5:43\n\nЯрлыки: {labels}\n"
    )
    post = _only_post(text)
    assert post.author == "Ольга"
    assert len(post.labels) == 900
    assert post.body == "Паром опять опоздал."
