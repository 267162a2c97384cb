"""The one base of every error a user can act on.

Why one base: each boundary (the CLI's `main`, the GUI's action runner) catches exactly this
and shows its message as one line; anything else is a bug, reported as an internal error with
a log line. Catching `(ValueError, KeyError)` instead would show a bug to the user as bad input.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """A problem the user can act on; `str(e)` is one line naming the file, field or place."""


def one_line(e: BaseException) -> str:
    """The error's message collapsed to one line (its type name if it has none)."""
    text = str(e) or type(e).__name__
    return " ".join(text.split())


class InvalidInput(UserFacingError, ValueError):
    """Input from a form, dialog or command line that a model refused (a bad date, kind, ...)."""
