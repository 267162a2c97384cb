"""Evidence items: add, edit (which is also how links change), remove, restore (undo of remove)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import ValidationError

from ..errors import InvalidInput
from ..library import Library
from ..model import EvidenceItem
from .change import Change, ChangeKind

T = TypeVar("T")


def _validated(fn: Callable[[], T]) -> T:
    """A model's refusal (a bad date or kind) as one user-facing line, not a bug."""
    try:
        return fn()
    except ValidationError as e:
        err = e.errors()[0]
        place = ".".join(str(p) for p in err.get("loc", ())) or "evidence"
        raise InvalidInput(f"evidence {place}: {err['msg']}") from e


def _change(item: EvidenceItem, who: str, action: str, initiator: object | None) -> Change[EvidenceItem]:
    return Change(ChangeKind.EVIDENCE, item.assessment_id, None, who, item, action, initiator)


def add_evidence(lib: Library, assessment_id: str, *, who: str, initiator: object | None = None,
                 **fields: Any) -> Change[EvidenceItem]:
    """`fields` as Library.evidence.add_evidence: title, kind, date, url, notes, commitment_ids, file."""
    item = _validated(lambda: lib.evidence.add_evidence(assessment_id, who=who, **fields))
    return _change(item, who, "add-evidence", initiator)


def edit_evidence(lib: Library, evidence_id: str, *, who: str, initiator: object | None = None,
                  **changes: Any) -> Change[EvidenceItem]:
    item = _validated(lambda: lib.evidence.update_evidence(evidence_id, who=who, **changes))
    return _change(item, who, "edit-evidence", initiator)


def link_evidence(lib: Library, evidence_id: str, commitment_ids: list[str], *, who: str,
                  initiator: object | None = None) -> Change[EvidenceItem]:
    """Which commitments an item supports (replaces the links)."""
    return edit_evidence(lib, evidence_id, who=who, initiator=initiator, commitment_ids=commitment_ids)


def remove_evidence(lib: Library, evidence_id: str, *, who: str,
                    initiator: object | None = None) -> Change[EvidenceItem]:
    """Returns the removed item (what an undo restores)."""
    return _change(lib.evidence.remove_evidence(evidence_id, who=who), who, "remove-evidence", initiator)


def restore_evidence(lib: Library, item: EvidenceItem, *, who: str,
                     initiator: object | None = None) -> Change[EvidenceItem]:
    lib.evidence.restore_evidence(item, who=who)
    return _change(item, who, "restore-evidence", initiator)
