"""The export formats' names: a module of its own, so that the command line can offer them
as `--format` choices without importing the exporters (a count or a list never needs them)."""

#: The export formats, as `--format` names them.
FORMATS = ("dump", "markdown", "jsonl")
