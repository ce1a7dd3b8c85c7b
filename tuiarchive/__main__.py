"""`python -m tuiarchive` runs the command."""

from tuiarchive.cli.main import run

run()
