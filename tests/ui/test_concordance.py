"""The concordance screen: K lists every occurrence of the filter's words; enter reads one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tests.archives import add_posts
from tests.ui.conftest import screen_text
from tests.ui.helpers import settle, type_filter, wait_for_message, wait_for_screen
from tuiarchive.model import Post, post_identity
from tuiarchive.store import open_store
from tuiarchive.ui.app import make_app
from tuiarchive.ui.screens import concordance as concordance_screen
from tuiarchive.ui.screens.archive import ArchiveScreen
from tuiarchive.ui.screens.concordance import ConcordanceScreen, ConcordanceView
from tuiarchive.ui.widgets.reader import Reader

SIZE = (140, 36)
# Where "ferry..." starts a word (the filter `ferry` matches word prefixes, any case).
FERR = re.compile(r"(?<![^\W_])ferry", re.IGNORECASE)


def all_posts(path: Path) -> list[Post]:
    with open_store(path) as store:
        return list(store.posts(store.catalogue().ids))


async def open_concordance(pilot: Pilot) -> ConcordanceView:
    await pilot.press("K")
    await wait_for_screen(pilot, "occurrence")
    assert isinstance(pilot.app.screen, ConcordanceScreen)
    return pilot.app.screen.query_one(ConcordanceView)


def rows(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The concordance's lines as shown (those with the date column)."""
    return [line for line in screen_text(app).splitlines() if " \u2502 " in line]


async def test_concordance_counts_sorts_and_opens(sample_archive: Path) -> None:
    posts = all_posts(sample_archive)
    with_hits = [p for p in posts if FERR.search(p.body)]
    total = sum(len(FERR.findall(p.body)) for p in with_hits)
    assert total >= 10 and len(with_hits) >= 4  # the sample has enough to be a real test
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await type_filter(pilot, "ferry")
        await pilot.press("enter")  # to the list
        view = await open_concordance(pilot)
        text = screen_text(app)
        assert f"{total} occurrences of \u201cferry\u201d in {len(with_hits)} posts" in text
        assert "sorted by date" in text

        # By date, oldest first: the first row is the first hit of the oldest post.
        oldest = min((p for p in with_hits if p.date), key=lambda p: p.date or "")
        first = rows(app)[0]
        assert oldest.date in first and oldest.title[:20] in first
        hit = FERR.search(oldest.body)
        assert hit is not None
        word = re.match(r"[^\W_]+", oldest.body[hit.start() :])
        assert word is not None and word.group() in first

        # By the word before: the rows follow it alphabetically.
        before = []
        for p in with_hits:
            for paragraph in p.body.split("\n\n"):
                for m in FERR.finditer(paragraph):
                    words = re.findall(r"[^\W_]+", paragraph[: m.start()])
                    before.append(words[-1].lower() if words else "")
        await pilot.press("l")
        await pilot.pause()
        assert "sorted by the word before" in screen_text(app)
        assert [line.left_word for line in view.lines] == sorted(before)
        shown = rows(app)
        lowest = next(w for w in sorted(before) if w)
        assert re.search(rf"\b{lowest} ferr", shown[sorted(before).index(lowest)], re.I)
        await pilot.press("d")
        await pilot.pause()
        assert rows(app)[0] == first

        # Enter on the occurrence deepest in its post: the reader shows that paragraph.
        deepest = max(range(len(view.lines)), key=lambda n: view.lines[n].paragraph)
        line = view.lines[deepest]
        assert line.paragraph >= 3
        await pilot.press("g", *["j"] * deepest)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.pause(0.1)
        assert isinstance(app.screen, ArchiveScreen)
        reader = app.query_one(Reader)
        assert app.focused is reader
        assert reader.post is not None and reader.post.id == line.post_id
        top = round(reader.scroll_offset.y)
        visible = reader.text_lines[top : top + reader.scrollable_content_region.height]
        assert top > 0 and any(line.hit in row for row in visible)
        assert top <= reader.paragraph_lines[line.paragraph] < top + len(visible)
        assert app.screen.results is not None
        assert app.screen.results.catalogue.is_read(app.screen.highlighted_position() or 0)

        # Again, to another occurrence in the post already shown, from its end.
        await pilot.press("G")
        await pilot.pause()
        await pilot.press("K")
        view = await open_concordance(pilot)
        same = [n for n, x in enumerate(view.lines) if x.post_id == line.post_id]
        other = min(same, key=lambda n: view.lines[n].paragraph)
        await pilot.press("g", *["j"] * other, "enter")
        await settle(pilot)
        assert reader.post.id == line.post_id
        top = round(reader.scroll_offset.y)
        height = reader.scrollable_content_region.height
        assert top <= reader.paragraph_lines[view.lines[other].paragraph] < top + height
        assert any(view.lines[other].hit in row for row in reader.text_lines[top : top + height])


async def test_concordance_asks_for_a_word_when_the_filter_has_none(sample_archive: Path) -> None:
    posts = all_posts(sample_archive)
    in_2014 = [p for p in posts if (p.date or "").startswith("2014")]
    expected = sum(len(FERR.findall(p.body)) for p in in_2014)
    app = make_app(sample_archive, "date:2014")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("K")
        await wait_for_screen(pilot, "Concordance of which word or phrase?")
        assert isinstance(app.focused, Input)
        await pilot.press(*"-(", "enter")
        await pilot.pause()
        assert isinstance(app.focused, Input)  # a bad filter is named, the input stays
        await pilot.press("backspace", "backspace", *'ferry "', "enter")
        await pilot.pause()
        await pilot.press("ctrl+u", *"ferry", "enter")
        await wait_for_screen(pilot, "occurrence")
        assert f"{expected} occurrences of \u201cferry\u201d" in screen_text(app)
        assert "posts in 2014" in screen_text(app)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ArchiveScreen)


async def test_concordance_shows_hostile_text_literally(tmp_path: Path) -> None:
    title = "[bold]T[/] \x1b]0;t\x07 title"
    body = "Calm start.\n\nA [bold]x[/] ferry [@click=app.quit]y[/] \x1b[31mred\u202e here."
    post = Post(id=post_identity("2020-01-01", title, body), title=title, body=body,
                date="2020-01-01")  # fmt: skip
    with open_store(tmp_path / "a") as store:
        add_posts(store, [post])
    app = make_app(tmp_path / "a", "ferry")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_concordance(pilot)
        text = screen_text(app)
        assert "1 occurrence of \u201cferry\u201d in 1 post" in text
        [row] = rows(app)
        assert "A [bold]x[/] ferry [@click=app.quit]y[/] \u241b[31mred\u27e8RLO\u27e9 here" in row
        assert "[bold]T[/] \u241b]0;t\u2407 title" in row
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text


async def test_palette_opens_it_and_a_long_concordance_says_it_was_cut(
    sample_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(concordance_screen, "MAX_LINES", 5)
    app = make_app(sample_archive, "ferry")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"keyword in context")
        await wait_for_screen(pilot, "Concordance (keyword in context)")
        await pilot.press("enter")
        await wait_for_screen(pilot, "occurrences")
        assert isinstance(app.screen, ConcordanceScreen)
        said = await wait_for_message(pilot, "#concordance-header", "5 occurrences kept")
        assert "of \u201cferry\u201d" in said and "taken evenly over their dates" in said
        assert len(rows(app)) == 5
        # Not the newest five: the posts read were spread over the years.
        years = {line.date[:4] for line in app.screen.query_one(ConcordanceView).lines if line.date}
        assert len(years) >= 3, years
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArchiveScreen)
