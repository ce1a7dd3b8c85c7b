"""Reading the screen in the browser tests."""

import re


def screen_text(app) -> str:  # type: ignore[no-untyped-def]
    """Everything on the terminal, as text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def listed_count(app, total: int) -> int:  # type: ignore[no-untyped-def]
    """N in the status line's "N of `total` posts": how many posts the filter lets through."""
    found = re.search(rf"(\d+) of {total} posts", screen_text(app))
    assert found is not None, screen_text(app)
    return int(found[1])
