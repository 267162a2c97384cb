"""The one error a broken form file raises, and the place-carrying error used to build it."""

from __future__ import annotations

from ..errors import UserFacingError


class FormError(UserFacingError, ValueError):
    """A form file cannot be used. The message is one line: `file: place: problem`."""


class InvalidValue(UserFacingError, ValueError):
    """A value a form does not accept for a field (`field: unknown level 'x'; valid: ...`)."""


class UnknownField(UserFacingError, KeyError):
    """A field key a form does not have. A KeyError (a lookup that failed) with a readable message."""

    def __init__(self, key: str, form: str) -> None:
        super().__init__(key)
        self.key = key
        self.form = form

    def __str__(self) -> str:
        return f"unknown field {self.key!r} in form {self.form}"


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
