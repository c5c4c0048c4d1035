"""The one error the core lets escape: the input cannot be read at all."""


class CannotRead(Exception):
    """A file that is not a readable export. The message says what to do."""

    def __init__(self, reason: str, *, choices: tuple[str, ...] = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.choices = choices  # zip members or sheets to pick from, when that is the problem


class Cancelled(Exception):
    """Raised inside long work when the user pressed Cancel."""
