"""The browser's name for the sanitiser: post text shown on screen, never obeyed."""

from tuiarchive.safe_text import one_line, quoted, shown

__all__ = ["one_line", "quoted", "shown"]
