"""tuiarchive: a terminal archive browser for blogs kept as raw text dumps."""

__version__ = "0.1.0"
