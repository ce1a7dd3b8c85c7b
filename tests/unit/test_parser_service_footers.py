"""A syndicated note's footer naming the service it was posted on, its time before its date."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def test_posted_on_a_service_with_time_before_date_dates_an_untitled_note() -> None:
    text = "\n".join(
        (
            "---",
            "title: ''",
            "format: image",
            "tags:",
            "- harbour",
            "- fog",
            "---",
            "",
            "Fog over the harbour at dawn, gulls everywhere. #harbour #fog",
            "",
            "* #[harbour](https://gullnotes.example.net/tags/harbour/)",
            "* #[fog](https://gullnotes.example.net/tags/fog/)",
            "",
            "Posted on [Snapgram](https://snapgram.example.com/p/Xy12/)"
            ' [6:05 am, March 3, 2019](https://gullnotes.example.net/2019/03/03/fog/ "6:05 am")',
        )
    )
    posts = parse_text(text, "note.md")
    assert len(posts) == 1
    assert posts[0].date == "2019-03-03"
    assert posts[0].body.startswith("Fog over the harbour") or posts[0].title.startswith("Fog")


def test_an_empty_front_matter_title_a_hashtag_list_and_coordinates_over_the_footer() -> None:
    text = "\n".join(
        (
            "---",
            "title: ''",
            "date: '2019-03-03T06:05:11-07:00'",
            "format: image",
            "tags:",
            "- harbour",
            "- fog",
            "---",
            "",
            "Fog over the harbour at dawn, gulls everywhere. #harbour #fog",
            "",
            "47.6062095-122.3320708",
            "",
            "* #[harbour](https://gullnotes.example.net/tags/harbour/)",
            "* #[fog](https://gullnotes.example.net/tags/fog/)",
            "",
            "Posted on [Snapgram](https://snapgram.example.com/p/Xy12/)"
            ' [6:05 am, March 3, 2019](https://gullnotes.example.net/2019/03/03/fog/ "6:05 am")',
        )
    )
    posts = parse_text(text, "note.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == ""
    assert post.body == "Fog over the harbour at dawn, gulls everywhere. #harbour #fog"
    assert post.labels == ("harbour", "fog")
    assert post.url == "https://gullnotes.example.net/2019/03/03/fog/"
