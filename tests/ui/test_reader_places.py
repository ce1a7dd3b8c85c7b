"""Inside a post: `]`/`[` jump between the filter's hits and on into the next post; paragraphs."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import screen_text
from tests.ui.helpers import settle, type_filter
from tuiarchive.ui.app import make_app
from tuiarchive.ui.widgets.reader import Reader

SIZE = (120, 36)


async def test_hit_jumping_walks_through_posts(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await type_filter(pilot, "ferry")
        await pilot.press("enter", "enter")  # into the list, open the first match
        await settle(pilot)
        reader = app.query_one(Reader)
        assert app.focused is reader
        first = reader.post
        assert first is not None and reader.hit_lines
        for n, line in enumerate(reader.hit_lines):
            await pilot.press("right_square_bracket")
            await settle(pilot)
            assert reader.current_hit == line, f"hit {n}"
            assert "ferr" in reader.text_lines[line].lower()
            top = round(reader.scroll_offset.y)
            assert top <= line < top + reader.scrollable_content_region.height  # in view
        assert "\u25b6" in screen_text(app)  # the gutter marks the hit
        await pilot.press("right_square_bracket")  # past the last hit: the next post
        await settle(pilot)
        second = reader.post
        assert second is not None and second.id != first.id
        assert reader.current_hit == reader.hit_lines[0]
        assert "ferr" in reader.text_lines[reader.current_hit].lower()
        await pilot.press("left_square_bracket")  # back into the first post, at its last hit
        await settle(pilot)
        assert reader.post is not None and reader.post.id == first.id
        assert reader.current_hit == reader.hit_lines[-1]


async def test_hit_jumping_without_words_says_so(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await type_filter(pilot, "date:2014")
        await pilot.press("enter", "enter", "right_square_bracket")
        await settle(pilot)
        assert "no words or phrases to jump to" in screen_text(app)
        assert app.query_one(Reader).current_hit is None


async def test_paragraphs_can_be_shown_and_named(sample_archive: Path) -> None:
    app = make_app(sample_archive, "date:2016-11")
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.query_one(Reader)
        post = reader.post
        assert post is not None
        paragraphs = post.body.split("\n\n")
        assert len(reader.paragraph_lines) == len(paragraphs) >= 3
        assert reader.current_paragraph() == 0
        reader.scroll_to_paragraph(2)
        await settle(pilot)
        assert reader.current_paragraph() == 2
        start = reader.text_lines[reader.paragraph_lines[2]].strip()
        assert paragraphs[2].startswith(start[:20])


async def wait_for_related(pilot, reader: Reader) -> None:  # type: ignore[no-untyped-def]
    for _ in range(100):
        if reader.reading is not None and reader.reading.related is not None:
            return
        await pilot.pause(0.05)
    raise AssertionError("the related posts never arrived")


async def test_related_posts_are_listed_with_reasons_and_open_with_a_digit(
    sample_archive: Path,
) -> None:
    app = make_app(sample_archive, 'title:"caspian fisheries"')
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        reader = app.query_one(Reader)
        await wait_for_related(pilot, reader)
        first = reader.post
        assert first is not None and reader.reading is not None
        related = reader.reading.related
        assert related and len(related) <= 5
        heading = next(n for n, line in enumerate(reader.text_lines) if "related posts" in line)
        listed = " ".join(line.strip() for line in reader.text_lines[heading + 1 :])
        for n, neighbour in enumerate(related, 1):
            row = f"{n}  {neighbour.date}  {neighbour.title}  shares: {', '.join(neighbour.shared)}"
            assert " ".join(row.split()) in " ".join(listed.split())  # wrapping aside
        await pilot.press("1")  # not in the filtered list: shown in the reader all the same
        await settle(pilot)
        assert reader.post is not None and reader.post.id == related[0].post_id
        assert reader.text_lines[0].strip() == related[0].title
        text = (reader.post.title + " " + reader.post.body).lower()
        assert all(word in text for word in related[0].shared)
