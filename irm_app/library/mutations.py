"""How the parts encode what they write (values as JSON, audit old/new, assessment rows).

Every part's write validates, writes and audits in one `tx.atomic()` and returns only after
COMMIT, and the library runs with `synchronous=FULL`, so a change is durable when the call
returns: that is what lets the GUI say "Saved".
"""

from __future__ import annotations

import json
from typing import Any

_ENCODE = json.JSONEncoder(ensure_ascii=False)  # one encoder: json.dumps with options builds one per call
_AUDIT = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def encode(value: Any) -> str | None:
    return None if value is None else _ENCODE.encode(value)


STAGES = ("draft", "submitted", "final")


def assessment_row(header: dict[str, Any]) -> dict[str, Any]:
    """An Assessment's fields as the assessments table holds them: the lifecycle step in `stage`,
    `status` the published state (draft or final) it implies."""
    row = dict(header)
    row["read_only"] = int(bool(row.get("read_only")))
    row["stage"] = row.get("status") or "draft"
    row["status"] = "final" if row["stage"] == "final" else "draft"
    return row


def audit_text(value: Any) -> str | None:
    """Audit values are JSON (a level key is stored as "high"), so old/new decode uniformly."""
    if value is None:
        return None
    return _AUDIT.encode(value)
