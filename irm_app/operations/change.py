"""What an operation changed: the record views refresh from."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Generic, TypeVar

T = TypeVar("T")


class ChangeKind(Enum):
    """What a view must re-read after the change (its scope, not the action's name)."""

    SCORES = "scores"  # a commitment's (or the plan's) scores, justifications, revisit flag, tags
    EVIDENCE = "evidence"  # the evidence items of one assessment
    ASSESSMENT = "assessment"  # one assessment's header: status, researcher
    LIBRARY = "library"  # plans or assessments added or removed (import, new, delete, review copy)
    PLAN = "plan"  # a plan's context (eligibility values)
    COMMENTS = "comments"  # the review loop of one assessment: comments, replies, review states
    EXPORT = "export"  # a file written, recorded in the exports and the audit log
    NONE = "none"  # nothing in the library changed (a report written, a file verified)


@dataclass(frozen=True)
class Change(Generic[T]):
    """One action's outcome. `commitment_id` None: not about one commitment (or the plan level);
    `initiator`: what started it, so it can tell its own change from another's."""

    kind: ChangeKind
    assessment_id: str | None
    commitment_id: str | None
    who: str
    result: T
    action: str = ""
    initiator: object | None = None
