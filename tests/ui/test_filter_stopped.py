"""A filter run that a newer keystroke replaces is stopped, not waited for."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from textual.message import Message

from tests.ui.helpers import settle
from tests.unit.test_kept_answers import SLOW_FOR_T
from tuiarchive.store import index as index_module
from tuiarchive.ui.app import make_app
from tuiarchive.ui.messages import FilterApplied, FilterStopped


async def test_the_next_key_stops_a_long_search_for_the_first_letter(
    sample_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "t" alone takes many seconds, as a first letter would over a very large archive.
    monkeypatch.setattr(index_module, "_MATCHING_AFTER", SLOW_FOR_T)
    seen: list[Message] = []
    app = make_app(sample_archive)
    async with app.run_test(size=(120, 36), message_hook=seen.append) as pilot:
        await settle(pilot)
        await pilot.press("slash", "t")
        await pilot.pause(0.3)  # the search for "t" is under way
        began = time.perf_counter()
        await pilot.press("h")
        await settle(pilot)
        waited = time.perf_counter() - began
        stopped = [m for m in seen if isinstance(m, FilterStopped)]
        applied = [m for m in seen if isinstance(m, FilterApplied)]
        assert stopped and stopped[0].text == "t"
        assert applied and applied[-1].text == "th"
        assert waited < 5, f"the list followed 'th' only after {waited:.1f} s"
        assert app.archive.results is not None and app.archive.results.query.text == "th"
        assert len(app.archive.results.positions) > 0
