"""Regenerate screenshots/*.svg: the browser on the sample archive, driven by a pilot.

Run from anywhere:  .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textual.pilot import Pilot  # noqa: E402

from tests.ui.helpers import settle_all as settle  # noqa: E402
from tuiarchive.loader import import_dumps  # noqa: E402
from tuiarchive.store import open_store  # noqa: E402
from tuiarchive.store.state import Session  # noqa: E402
from tuiarchive.ui.app import make_app  # noqa: E402

OUT = ROOT / "screenshots"
SIZE = (120, 36)


async def main_view(pilot: Pilot) -> None:
    await settle(pilot)


async def filtering(pilot: Pilot) -> None:
    await settle(pilot)
    await pilot.press("slash", *'ferry date:"May 2014"', "enter")
    await settle(pilot)


async def reading(pilot: Pilot) -> None:
    await filtering(pilot)
    await pilot.press("j", "enter", "s")
    await settle(pilot)


async def help_screen(pilot: Pilot) -> None:
    await settle(pilot)
    await pilot.press("question_mark")
    await pilot.pause(0.5)


async def trends(pilot: Pilot) -> None:
    await settle(pilot)
    await pilot.press("slash", *"ferry", "enter")
    await settle(pilot)
    await pilot.press("T")
    await pilot.pause(0.3)
    await pilot.press("a")  # into the filter input
    for word in ("grain", "pipeline"):
        await pilot.press(*word, "enter")
        await pilot.pause(0.3)
    await pilot.press("escape", "z")  # out of the input; years
    await pilot.pause(0.5)


async def concordance(pilot: Pilot) -> None:
    await settle(pilot)
    await pilot.press("slash", *"ferry", "enter")
    await settle(pilot)
    await pilot.press("K")
    await pilot.pause(0.8)


async def facets(pilot: Pilot) -> None:
    await settle(pilot)
    await pilot.press("slash", *"pipeline", "enter")
    await settle(pilot)
    await pilot.press("F")
    await settle(pilot)


async def related(pilot: Pilot) -> None:
    await settle(pilot)
    await pilot.press("slash", *'title:"caspian fisheries"', "enter", "enter")
    await settle(pilot)
    await pilot.press("G")
    await pilot.pause(0.3)


async def quality(pilot: Pilot) -> None:
    await settle(pilot)
    await pilot.press("I")
    await pilot.pause(0.8)


SHOTS: dict[str, tuple[Callable[[Pilot], Awaitable[None]], tuple[int, int]]] = {
    "main.svg": (main_view, SIZE),
    "filter.svg": (filtering, SIZE),
    "reader.svg": (reading, SIZE),
    "help.svg": (help_screen, SIZE),
    "narrow.svg": (main_view, (60, 20)),
    "trends.svg": (trends, SIZE),
    "concordance.svg": (concordance, SIZE),
    "facets.svg": (facets, SIZE),
    "related.svg": (related, SIZE),
    "quality.svg": (quality, SIZE),
}


async def shoot(archive: Path) -> None:
    OUT.mkdir(exist_ok=True)
    for name, (steps, size) in SHOTS.items():
        app = make_app(archive)
        async with app.run_test(size=size) as pilot:
            await steps(pilot)
            app.query_one("#filter-input").cursor_blink = False
            await pilot.pause(0.2)
            (OUT / name).write_text(app.export_screenshot(title="tuiarchive"), encoding="utf-8")
        # Each shot starts from the same marks and no session: undo the star and read marks
        # this one made, and forget where it left the archive (its filter, order, post).
        with open_store(archive) as store:
            for mark in ("read", "starred"):
                store.mark(mark, sorted(store.state.marks[mark]), False)
            store.save_session(Session())
        print(f"wrote screenshots/{name}")


def main() -> None:
    os.chdir(ROOT)  # sources are recorded as data/...
    with tempfile.TemporaryDirectory() as directory:
        archive = Path(directory) / "archive"
        with open_store(archive) as store:
            import_dumps(["data"], store)
        asyncio.run(shoot(archive))


if __name__ == "__main__":
    main()
