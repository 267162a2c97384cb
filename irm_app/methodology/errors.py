"""The one error a broken form file raises, and the place-carrying error used to build it."""

from __future__ import annotations


class FormError(ValueError):
    """A form file cannot be used. The message is one line: `file: place: problem`."""


class PlacedError(ValueError):
    """A problem found inside a form, with where it is (e.g. `fields[3] (x).levels[1]`).

    Raised by model validators; the loader prefixes the file name and turns it into FormError.
    """

    def __init__(self, place: str, problem: str) -> None:
        self.place = place
        self.problem = problem
        super().__init__(f"{place}: {problem}" if place else problem)


def one_line(text: str) -> str:
    """Collapse a message to one line, so a user never sees a wrapped wall of text."""
    return " ".join(str(text).split())
