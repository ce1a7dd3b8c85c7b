"""`python -m tuiarchive` runs the command."""

from tuiarchive.cli import run

run()
