"""Starting the browser from the command line."""

from __future__ import annotations

from pathlib import Path


def launch(store_path: Path, filter_text: str = "") -> int:
    """Open the browser on the archive at `store_path`; returns the exit status."""
    from tuiarchive.ui.app import make_app

    app = make_app(store_path, filter_text=filter_text)
    app.run()
    return app.return_code or 0
