"""Who comments and which review states exist: read from resources/review/review.toml.

The roles and states are data (like the methodology): code asks this module, never spells a
role or a state itself, so the IRM can add "IEP member" or "on hold" without a release.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import UserFacingError
from ..paths import resources_dir


class UnknownTerm(UserFacingError):
    """A role or state that resources/review/review.toml does not list."""


@dataclass(frozen=True)
class Term:
    key: str
    label: str


@dataclass(frozen=True)
class Vocabulary:
    roles: tuple[Term, ...]
    states: tuple[Term, ...]
    word_role: str
    public_role: str

    def role(self, key: str) -> Term:
        return _find(self.roles, key, "role")

    def state(self, key: str) -> Term:
        return _find(self.states, key, "review state")


def _find(terms: tuple[Term, ...], key: str, what: str) -> Term:
    for t in terms:
        if t.key == key:
            return t
    known = ", ".join(t.key for t in terms)
    raise UnknownTerm(f"unknown {what} {key!r} (one of: {known})")


def vocabulary_file() -> Path:
    return resources_dir() / "review" / "review.toml"


@cache
def vocabulary(path: Path | None = None) -> Vocabulary:
    """The vocabulary (cached per file: it ships with the app and does not change while it runs)."""
    path = path or vocabulary_file()
    with open(path, "rb") as f:
        data = tomllib.load(f)
    roles = tuple(Term(str(r["key"]), str(r["label"])) for r in data["roles"])
    states = tuple(Term(str(s["key"]), str(s["label"])) for s in data["states"])
    defaults = data.get("defaults", {})
    v = Vocabulary(roles, states, str(defaults.get("word_role", roles[0].key)),
                   str(defaults.get("public_role", roles[-1].key)))
    v.role(v.word_role)
    v.role(v.public_role)
    return v
