"""The errors tuiarchive raises on purpose, each carrying a message meant for the user."""


class TuiarchiveError(Exception):
    """Base of every error whose message is shown to the user as is."""


class NotADump(TuiarchiveError):
    """A file that holds no recognisable post; the message says why it was skipped."""


class FilterError(TuiarchiveError):
    """A filter that cannot be understood; the message names the term and the problem."""

    def __init__(self, message: str, term: str = "", position: int = 0) -> None:
        super().__init__(message)
        self.term = term
        self.position = position


class StoreError(TuiarchiveError):
    """The store cannot be opened or written; the message says what is wrong and what to do."""
