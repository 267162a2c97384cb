"""Errors a user sees as one line (the CLI exits 2, the GUI shows a dialog)."""

from ..errors import UserFacingError


class LibraryError(UserFacingError):
    """A problem with the library or a request to it that the user can act on."""


class LibraryCorrupt(LibraryError):
    """The library file is not a database or fails its integrity check."""


class NotFound(LibraryError):
    """A plan, assessment, commitment or evidence item that is not in the library."""


class ReadOnly(LibraryError):
    """An edit to a review copy opened from a package."""


class Locked(LibraryError):
    """A final assessment refuses every edit until it is reopened (explicit and audited)."""


class NotALibrary(LibraryError):
    """A SQLite file of another program: refused untouched, never 'recovered' or migrated."""
