"""Citing tells the truth: the reader marks the paragraph `c` will take (moved with { and }),
and the message says whether the clipboard was reached and where the clippings file is."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.ui.helpers import settle, type_filter, words_of
from tuiarchive.ui.app import make_app
from tuiarchive.ui.widgets.reader import PARAGRAPH_MARK, Reader

SIZE = (120, 40)


def marked_text(app) -> str:  # type: ignore[no-untyped-def]
    """The reader's lines that carry the paragraph mark in their margin, word by word."""
    reader = app.query_one(Reader)
    lines = []
    for y in range(reader.scrollable_content_region.height):
        text = reader.render_line(y).text
        if text.startswith(PARAGRAPH_MARK):
            lines.append(text[1:])
    return words_of(" ".join(lines))


async def open_ferry_post(pilot: Pilot) -> Reader:
    await settle(pilot)
    await type_filter(pilot, "ferry")
    await pilot.press("enter", "enter")
    await settle(pilot)
    reader = pilot.app.query_one(Reader)
    assert reader.post is not None and len(reader.post.body.split("\n\n")) >= 3
    return reader


async def wait_for_toast(pilot: Pilot, text: str, timeout: float = 5.0) -> str:
    """Wait until a notification on screen says `text` (word by word: not where it wraps);
    what the notifications say."""
    said = ""
    for _ in range(int(timeout / 0.05)):
        said = " ".join(words_of(toast.render().plain) for toast in pilot.app.screen.query("Toast"))  # type: ignore[attr-defined]
        if words_of(text) in said:
            return said
        await pilot.pause(0.05)
    raise AssertionError(f"no notification said {text!r}; they say {said!r}")


def home() -> Path:
    path = Path("~").expanduser()  # tmp_path/home: tests/conftest.py points $HOME there
    path.mkdir(parents=True, exist_ok=True)
    return path


def start_of(paragraph: str) -> str:
    return " ".join(paragraph.split()[:4])


async def test_the_paragraph_c_takes_is_marked_and_moved_with_braces(sample_archive: Path) -> None:
    clippings = home() / "tuiarchive-clippings.md"
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        reader = await open_ferry_post(pilot)
        assert reader.post is not None
        paragraphs = reader.post.body.split("\n\n")
        assert start_of(paragraphs[0]) in marked_text(app)  # the first one, to begin with
        await pilot.press("right_curly_bracket", "right_curly_bracket")
        await pilot.pause()
        marked = marked_text(app)
        assert start_of(paragraphs[2]) in marked and start_of(paragraphs[1]) not in marked
        await pilot.press("left_curly_bracket")
        await pilot.pause()
        assert start_of(paragraphs[1]) in marked_text(app)
        await pilot.press("c")
        await wait_for_toast(pilot, "paragraph 2 of")
        saved = clippings.read_text()
        assert paragraphs[1] in saved and paragraphs[2] not in saved and "paragraph 2." in saved


async def test_without_a_clipboard_it_says_so_and_where_the_clipping_is(
    sample_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    clippings = home() / "tuiarchive-clippings.md"
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_ferry_post(pilot)
        await pilot.press("c")
        said = await wait_for_toast(pilot, "The clipboard could not be reached")
        assert "Copied" not in said
        assert "saved in ~/tuiarchive-clippings.md" in said
        assert clippings.exists()


async def test_a_clipboard_program_is_used_and_named(
    sample_archive: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    tools = tmp_path / "bin"
    tools.mkdir()
    pasted = tmp_path / "pasted.txt"
    xclip = tools / "xclip"
    xclip.write_text(f"#!/bin/sh\ncat > '{pasted}'\n")
    xclip.chmod(xclip.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    home()
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        reader = await open_ferry_post(pilot)
        assert reader.post is not None
        await pilot.press("c")
        said = await wait_for_toast(pilot, "to the clipboard (xclip)")
        assert "Copied paragraph 1 of" in said and "also saved in ~/tuiarchive-clippings.md" in said
        assert pasted.read_text().startswith(reader.post.body.split("\n\n")[0])
