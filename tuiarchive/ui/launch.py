"""Starting the browser from the command line."""

from __future__ import annotations

from pathlib import Path


def launch(store_path: Path, filter_text: str = "", notice: str = "") -> int:
    """Open the browser on the archive at `store_path` (showing `notice`, an import's
    summary, as it starts); returns the exit status."""
    from tuiarchive.ui.app import make_app

    app = make_app(store_path, filter_text=filter_text, notice=notice)
    app.run()
    return app.return_code or 0
