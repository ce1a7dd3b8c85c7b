"""Where the archive lives when no --db is given."""

from __future__ import annotations

import os
from pathlib import Path

ENVIRONMENT_VARIABLE = "TUIARCHIVE_DB"


def default_store_path() -> Path:
    """The archive directory in the user data directory (e.g. ~/.local/share/tuiarchive/archive)."""
    import platformdirs  # here: with --db given, nothing needs it (a tenth of a count's start)

    return Path(platformdirs.user_data_dir("tuiarchive", appauthor=False)) / "archive"


def store_path(given: str | None) -> Path:
    """The archive to open: --db, else $TUIARCHIVE_DB, else the default."""
    if given:
        return Path(given).expanduser()
    from_environment = os.environ.get(ENVIRONMENT_VARIABLE)
    if from_environment:
        return Path(from_environment).expanduser()
    return default_store_path()
