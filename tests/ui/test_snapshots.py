"""Snapshots of the main states at a fixed terminal size (update with --snapshot-update)."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from tests.ui.helpers import settle_all as settle
from tuiarchive.ui.app import make_app

SIZE = (120, 36)


def test_main_view(snap_compare, sample_archive: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(sample_archive), terminal_size=SIZE, run_before=settle)


def test_filter_with_highlights(snap_compare, sample_archive: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("slash", *'ferry -"pipeline" date:2014', "enter")
        await settle(pilot)

    assert snap_compare(make_app(sample_archive), terminal_size=SIZE, run_before=run_before)


def test_reading_a_post(snap_compare, sample_archive: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("j", "j", "enter", "s", "space")
        await settle(pilot)

    assert snap_compare(make_app(sample_archive), terminal_size=SIZE, run_before=run_before)


def test_invalid_filter(snap_compare, sample_archive: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        pilot.app.query_one("#filter-input").cursor_blink = False  # a blinking cursor is not stable
        await pilot.press("slash", *"drought date")
        await settle(pilot)
        await pilot.press(*":Febtober")
        await settle(pilot)

    assert snap_compare(make_app(sample_archive), terminal_size=SIZE, run_before=run_before)


def test_help(snap_compare, sample_archive: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause(0.5)

    assert snap_compare(make_app(sample_archive), terminal_size=SIZE, run_before=run_before)


def test_narrow_terminal(snap_compare, sample_archive: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(sample_archive), terminal_size=(60, 20), run_before=settle)
