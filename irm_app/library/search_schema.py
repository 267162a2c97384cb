"""The full-text index (migration 8): every text a researcher may look for, kept in step by triggers.

Why triggers: every write path (imports, the plan editor, scores, evidence, narrative, review
copies, cascaded deletes) then keeps the index current without each remembering to; a write
that rolls back takes its index rows with it. One exception, for speed: an import takes the
plans' and commitments' triggers off inside its transaction and builds the same documents in
bulk before it commits (search_bulk.py; the functions at the end of this file).

`search_docs` holds one row per searchable text (what it is, where it is, the text);
`search_fts` is an external-content FTS5 index over its `text`. The per-source triggers
rewrite a source row's documents; `search_docs`' own triggers keep the FTS5 index in step.
The same SELECTs, run over the tables, fill the index of an existing library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Commitment

DOC_COLUMNS = "kind, plan_id, assessment_id, commitment_id, field, extra, text"

# Each source: (table, [(kind, plan, assessment, commitment, field, extra, text, extra FROM)], key).
# Expressions read the row as NEW (a trigger's row; the rebuild names the table NEW too).
_COMMITMENT_FIELDS = ("description", "problem", "contribution", "relevance", "additional_info")
_PLAN_OF = "(SELECT plan_id FROM assessments WHERE id = NEW.assessment_id)"

SOURCES: dict[str, list[tuple[str, ...]]] = {
    "plans": [
        ("'plan'", "NEW.id", "''", "''", "'title'", "''", "trim(NEW.member || ' ' || NEW.title)", ""),
        ("'plan'", "NEW.id", "''", "''", "'self_assessment'", "''", "json_extract(NEW.data, '$.self_assessment')", ""),
        ("'plan'", "NEW.id", "''", "''", "'context'", "CAST(c.key AS TEXT)",
         "trim(coalesce(json_extract(c.value, '$.heading'), '') || char(10) || "
         "coalesce(json_extract(c.value, '$.text'), ''))", "json_each(NEW.data, '$.context') AS c"),
    ],
    "commitments": [
        ("'commitment'", "NEW.plan_id", "''", "NEW.id", "'title'", "''", "NEW.title", ""),
        *[("'commitment'", "NEW.plan_id", "''", "NEW.id", f"'{f}'", "''", f"json_extract(NEW.data, '$.{f}')", "")
          for f in _COMMITMENT_FIELDS],
        ("'milestone'", "NEW.plan_id", "''", "NEW.id", "json_extract(m.value, '$.id')", "''",
         "trim(coalesce(json_extract(m.value, '$.title'), '') || char(10) || "
         "coalesce(json_extract(m.value, '$.description'), ''))", "json_each(NEW.data, '$.milestones') AS m"),
    ],
    "scores": [
        ("'justification'", _PLAN_OF, "NEW.assessment_id", "NEW.commitment_id", "NEW.field", "''",
         "NEW.justification", ""),
    ],
    "evidence": [
        ("'evidence'", _PLAN_OF, "NEW.assessment_id", "''", "NEW.id", "''",
         "trim(NEW.title || char(10) || NEW.notes)", ""),
    ],
    "narrative": [
        ("'narrative'", _PLAN_OF, "NEW.assessment_id",
         "CASE WHEN NEW.target LIKE 'commitment:%' THEN substr(NEW.target, 12) ELSE '' END",
         "NEW.section", "NEW.target", "NEW.text", ""),
    ],
    # Migration 9: a review comment (and how it was handled); field = the comment's id, extra =
    # the scored field it is about. A comment whose assessment is gone has no plan: not indexed.
    "comments": [
        ("'comment'", _PLAN_OF, "NEW.assessment_id", "NEW.commitment_id", "NEW.id", "NEW.field",
         "trim(NEW.text || char(10) || NEW.note)", ""),
    ],
}
V8_TABLES = ("plans", "commitments", "scores", "evidence", "narrative")
"""The sources migration 8 indexes (it stays as it was: a library at 8 gets comments from 9)."""

# How a source row's documents are found again (R is OLD or NEW).
_KEYS = {
    "plans": "kind = 'plan' AND plan_id = R.id",
    "commitments": "kind IN ('commitment', 'milestone') AND plan_id = R.plan_id AND commitment_id = R.id",
    "scores": "kind = 'justification' AND assessment_id = R.assessment_id AND commitment_id = R.commitment_id"
              " AND field = R.field",
    "evidence": "kind = 'evidence' AND assessment_id = R.assessment_id AND field = R.id",
    "narrative": "kind = 'narrative' AND assessment_id = R.assessment_id AND field = R.section"
                 " AND extra = R.target",
    "comments": "kind = 'comment' AND assessment_id = R.assessment_id AND field = R.id",
}

# Only these columns' updates change a source's documents (a commitment's position does not).
_WATCHED = {
    "plans": "member, title, data",
    "commitments": "id, title, data",
    "scores": "justification",
    "evidence": "title, notes",
    "narrative": "text",
    "comments": "text, note, assessment_id, commitment_id, field",
}


def insert_docs(table: str, *, rebuild: bool = False, source: str = "") -> str:
    """INSERT ... SELECT of a source row's documents (in a trigger), of every row (rebuild), or
    of the rows `source` names as NEW (a FROM item: the bulk import's written rows)."""
    parts = []
    for kind, plan, aid, cid, field, extra, text, more in SOURCES[table]:
        froms = [source or f"{table} AS NEW"] if (rebuild or source) else []
        froms += [more] if more else []
        from_ = f" FROM {', '.join(froms)}" if froms else ""
        parts.append(f"SELECT {kind} AS kind, {plan} AS plan_id, {aid} AS assessment_id, {cid} AS commitment_id,"
                     f" {field} AS field, {extra} AS extra, {text} AS text{from_}")
    union = " UNION ALL ".join(parts)
    return (f"INSERT INTO search_docs ({DOC_COLUMNS}) SELECT {DOC_COLUMNS} FROM ({union})"
            " WHERE coalesce(text, '') <> '' AND plan_id IS NOT NULL")


# A new row with nothing to find runs no trigger at all (a score's row starts with no justification:
# the write path of every score edit stays as short as before the index).
_INSERT_WHEN = {"scores": " WHEN NEW.justification <> ''", "narrative": " WHEN NEW.text <> ''",
                "comments": " WHEN NEW.text <> '' OR NEW.note <> ''"}


def _triggers(table: str) -> list[str]:
    delete_old = f"DELETE FROM search_docs WHERE {_KEYS[table].replace('R.', 'OLD.')};"
    delete_new = f"DELETE FROM search_docs WHERE {_KEYS[table].replace('R.', 'NEW.')};"
    fill = insert_docs(table) + ";"
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _WATCHED[table].split(", "))
    return [
        # The delete first: an INSERT OR REPLACE does not fire the delete trigger of the row it replaces.
        f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table}{_INSERT_WHEN.get(table, '')}"
        f" BEGIN {delete_new} {fill} END",
        f"CREATE TRIGGER search_{table}_au AFTER UPDATE OF {_WATCHED[table]} ON {table} WHEN {changed}"
        f" BEGIN {delete_old} {delete_new} {fill} END",
        f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN {delete_old} END",
    ]


STATEMENTS: list[str] = [
    # Re-runnable: a library whose version number was set back (a restored or hand-edited file)
    # gets the index built afresh, never "table search_docs already exists".
    *[f"DROP TRIGGER IF EXISTS search_{table}_{t}" for table in SOURCES for t in ("ai", "au", "ad")],
    "DROP TRIGGER IF EXISTS search_docs_ai",
    "DROP TRIGGER IF EXISTS search_docs_ad",
    "DROP TABLE IF EXISTS search_fts",
    "DROP TABLE IF EXISTS search_docs",
    """CREATE TABLE search_docs (
        rowid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,            -- plan, commitment, milestone, justification, evidence, narrative
        plan_id TEXT NOT NULL,
        assessment_id TEXT NOT NULL,   -- '' for a plan's own text
        commitment_id TEXT NOT NULL,   -- '' for a plan's (or plan-level) text
        field TEXT NOT NULL,           -- the text's field, milestone id, form field, evidence id or section
        extra TEXT NOT NULL,           -- a context section's index, a narrative's target
        text TEXT NOT NULL
    )""",
    "CREATE INDEX search_docs_by_plan ON search_docs(plan_id, commitment_id)",
    "CREATE INDEX search_docs_by_assessment ON search_docs(assessment_id, commitment_id)",
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        text, content='search_docs', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs
       BEGIN INSERT INTO search_fts (rowid, text) VALUES (NEW.rowid, NEW.text); END""",
    """CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs
       BEGIN INSERT INTO search_fts (search_fts, rowid, text) VALUES ('delete', OLD.rowid, OLD.text); END""",
    *[t for table in V8_TABLES for t in _triggers(table)],
    # An existing library's texts (plans before commitments, so a library reads in its order).
    *[insert_docs(table, rebuild=True) for table in V8_TABLES],
]

COMMENT_STATEMENTS: list[str] = [
    # Migration 9, re-runnable like 8: the comments' triggers afresh, their documents rebuilt
    # (deleting through search_docs' trigger keeps the FTS5 index in step), in the migration's
    # one transaction, so a failure leaves the index as it was.
    *[f"DROP TRIGGER IF EXISTS search_comments_{t}" for t in ("ai", "au", "ad")],
    "DELETE FROM search_docs WHERE kind = 'comment'",
    *_triggers("comments"),
    insert_docs("comments", rebuild=True),
]


# -- bulk writes (search_bulk.py): the documents of many written rows in one statement each ----
#
# `?` is a JSON array of the written rows' keys: plan ids, or [plan id, commitment id] pairs.
# The keys drive the join (CROSS JOIN keeps them the outer loop), so the cost is the rows
# written, not the library's size.
BULK_TABLES = ("plans", "commitments")
_BULK_KEYS = {
    "plans": ("WITH k(id) AS (SELECT value FROM json_each(?))",
              "k CROSS JOIN plans AS NEW ON NEW.id = k.id",
              "d.kind = 'plan' AND d.plan_id = k.id"),
    "commitments": ("WITH k(plan_id, id) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]')"
                    " FROM json_each(?))",
                    "k CROSS JOIN commitments AS NEW ON NEW.plan_id = k.plan_id AND NEW.id = k.id",
                    "d.kind IN ('commitment', 'milestone') AND d.plan_id = k.plan_id AND d.commitment_id = k.id"),
}
"""Per bulk table: the keys as a CTE, the rows they name (as NEW), their documents (as d; the
same condition as _KEYS)."""


def commitment_docs(plan_id: str, c: Commitment) -> list[tuple[str, str, str, str, str, str, str]]:
    """SOURCES["commitments"] worked out from the model instead of from its stored JSON (the SQL
    parses a commitment's JSON seven times: 0.1 s of a 5,000-row import). The same rows as the
    trigger's, in DOC_COLUMNS order; tests/test_import_bulk_index.py holds the two equal."""
    out = [("commitment", plan_id, "", c.id, "title", "", c.title)] if c.title else []
    out += [("commitment", plan_id, "", c.id, f, "", text) for f in _COMMITMENT_FIELDS if (text := getattr(c, f))]
    # SQL's trim() takes spaces only; the text is never '' (the line break stays)
    out += [("milestone", plan_id, "", c.id, m.id, "", f"{m.title}\n{m.description}".strip(" ")) for m in c.milestones]
    return out


def bulk_docs(table: str) -> str:
    """The documents of the keyed rows, as the per-row trigger would write them."""
    keys, rows, _ = _BULK_KEYS[table]
    return f"{keys} {insert_docs(table, source=rows)}"


def bulk_stale(table: str) -> tuple[str, str]:
    """(FTS5 'delete' of the keyed rows' documents, DELETE of those documents): run in this order,
    with search_docs' own triggers off, the index forgets exactly what the table forgets."""
    keys, _, docs = _BULK_KEYS[table]
    found = f"FROM k CROSS JOIN search_docs AS d ON {docs}"
    return (f"{keys} INSERT INTO search_fts (search_fts, rowid, text) SELECT 'delete', d.rowid, d.text {found}",
            f"{keys} DELETE FROM search_docs WHERE rowid IN (SELECT d.rowid {found})")
