"""Errors of the signing package: one line, naming the file or member at fault."""

from __future__ import annotations

from ..errors import UserFacingError


class SigningError(UserFacingError):
    """Base class: the message is one line a user can act on."""


class IdentityError(SigningError):
    """No identity, a wrong passphrase, or a key/certificate that cannot be used."""


class PackageError(SigningError):
    """A package that cannot be written, read, or trusted; `unreadable` picks the exit class.

    unreadable=True: not a zip, truncated, cannot be opened (exit 2).
    unreadable=False: a readable file that fails verification (exit 1).
    """

    def __init__(self, message: str, *, unreadable: bool = False, member: str | None = None) -> None:
        super().__init__(message)
        self.unreadable = unreadable
        self.member = member
