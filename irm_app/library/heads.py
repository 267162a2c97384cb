"""What a table row and a list show of a commitment (its "head"), picked out of its JSON by
SQLite, and the index that keeps those fields beside the plan's order.

Why an index on the expression: reading one plan's 5,000 commitments for the table read their
whole documents (~5 KB each, 25 MB of pages: 24 ms before any JSON was parsed, 36-39 ms in all);
with the expression indexed SQLite answers from the index alone (3-5 ms) and keeps it current on
every write itself, whoever writes. The query must use the very same expression (`HEAD`)."""

from __future__ import annotations

HEAD = ("json_extract(data, '$.title', '$.short_title', '$.theme', '$.lead_institution',"
        " '$.supporting_institutions', '$.self_status', '$.self_reports')")
"""A JSON array: title, short title, theme, lead, supporting institutions, self-reported status,
self-reports (one parse of the document for all seven)."""

INDEX = f"CREATE INDEX IF NOT EXISTS commitment_heads ON commitments(plan_id, position, id, {HEAD})"

ROWS = f"SELECT id, {HEAD} FROM commitments WHERE plan_id = ? ORDER BY position"
