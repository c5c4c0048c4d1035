"""The one error the core lets escape: the input cannot be read at all."""


class CannotRead(Exception):
    """A file that is not a readable export. The message says what to do."""

    def __init__(self, reason: str, *, choices: tuple[str, ...] = (), kind: str = "") -> None:
        reason = _one_line(reason)
        super().__init__(reason)
        self.reason = reason
        self.choices = choices  # zip members or sheets to pick from, when that is the problem
        self.kind = kind        # what the choices are: "sheet", "member" (or "" when unsaid)


class Cancelled(Exception):
    """Raised inside long work when the user pressed Cancel."""


def _one_line(text: str) -> str:
    """A reason is one line: names from a hostile zip or file may hold line breaks."""
    import unicodedata
    return "".join(" " if ch in "\r\n\t\x0b\x0c\x85\u2028\u2029"
                   else "?" if unicodedata.category(ch) == "Cc" else ch for ch in text)
