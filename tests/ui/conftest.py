"""Reading the screen in the browser tests."""


def screen_text(app) -> str:  # type: ignore[no-untyped-def]
    """Everything on the terminal, as text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
