"""The library's schema as numbered migrations.

Each migration is a list of steps (SQL statements, or functions of the connection) run in one transaction; `PRAGMA user_version` holds
the number of the last one applied. Never edit a released migration: add the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from . import heads, progress, search_schema

if TYPE_CHECKING:
    import sqlite_utils

Step = str | Callable[["sqlite_utils.Database"], None]
"""A migration's step: an SQL statement, or a function of the connection (a fill-in that needs
the methodology, e.g. the completeness rule), run in the migration's transaction."""

APPLICATION_ID = 0x49524D41  # "IRMA" in PRAGMA application_id (header offset 68)

MIGRATIONS: list[tuple[int, str, list[Step]]] = [
    (
        1,
        "initial schema",
        [
            """CREATE TABLE plans (
                id TEXT PRIMARY KEY,
                member TEXT NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                period_start INTEGER,
                period_end INTEGER,
                data TEXT NOT NULL,          -- the ActionPlan as JSON, without commitments
                imported TEXT NOT NULL,
                updated TEXT NOT NULL
            )""",
            """CREATE TABLE commitments (
                plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
                id TEXT NOT NULL,
                position INTEGER NOT NULL,
                title TEXT NOT NULL,
                theme TEXT NOT NULL DEFAULT '',
                lead_institution TEXT NOT NULL DEFAULT '',
                data TEXT NOT NULL,          -- the Commitment as JSON, milestones included
                PRIMARY KEY (plan_id, id)
            )""",
            """CREATE TABLE assessments (
                id TEXT PRIMARY KEY,
                plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
                form TEXT NOT NULL,
                form_version TEXT NOT NULL,
                researcher TEXT NOT NULL DEFAULT '',
                title TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
                created TEXT NOT NULL,
                read_only INTEGER NOT NULL DEFAULT 0,
                signer TEXT
            )""",
            """CREATE TABLE scores (
                assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
                commitment_id TEXT NOT NULL,  -- '' for a plan-level field
                field TEXT NOT NULL,
                value TEXT,                   -- JSON: a level key, a list of flags, or text
                justification TEXT NOT NULL DEFAULT '',
                author TEXT NOT NULL DEFAULT '',
                updated TEXT NOT NULL,
                PRIMARY KEY (assessment_id, commitment_id, field)
            )""",
            """CREATE TABLE commitment_state (
                assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
                commitment_id TEXT NOT NULL,
                revisit INTEGER NOT NULL DEFAULT 0,
                grand_challenges TEXT NOT NULL DEFAULT '[]',
                PRIMARY KEY (assessment_id, commitment_id)
            )""",
            """CREATE TABLE files (
                sha256 TEXT PRIMARY KEY,
                size INTEGER NOT NULL,
                data BLOB NOT NULL,
                added TEXT NOT NULL
            )""",
            """CREATE TABLE evidence (
                id TEXT PRIMARY KEY,
                assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                title TEXT NOT NULL,
                date TEXT,
                url TEXT,
                file_sha256 TEXT REFERENCES files(sha256),
                file_name TEXT,
                notes TEXT NOT NULL DEFAULT '',
                created TEXT NOT NULL
            )""",
            """CREATE TABLE evidence_links (
                evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
                commitment_id TEXT NOT NULL,
                PRIMARY KEY (evidence_id, commitment_id)
            )""",
            """CREATE TABLE import_flags (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                assessment_id TEXT REFERENCES assessments(id) ON DELETE CASCADE,
                plan_id TEXT NOT NULL,
                commitment_id TEXT,
                column_name TEXT NOT NULL,
                raw TEXT NOT NULL,
                message TEXT NOT NULL,
                at TEXT NOT NULL
            )""",
            """CREATE TABLE audit (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                who TEXT NOT NULL,
                action TEXT NOT NULL,
                assessment_id TEXT,
                commitment_id TEXT,
                field TEXT,
                old TEXT,
                new TEXT
            )""",
            # The audit log is append-only: the database itself refuses edits and deletions.
            """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
               BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
            """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
               BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
            "CREATE INDEX evidence_by_assessment ON evidence(assessment_id)",
            "CREATE INDEX links_by_commitment ON evidence_links(commitment_id)",
            "CREATE INDEX audit_by_assessment ON audit(assessment_id, seq)",
            "CREATE INDEX assessments_by_plan ON assessments(plan_id)",
        ],
    ),
    (
        2,
        "exports: what was signed and when",
        [
            """CREATE TABLE exports (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
                at TEXT NOT NULL,
                kind TEXT NOT NULL,              -- 'package', 'report', ...
                path TEXT NOT NULL,
                sha256 TEXT NOT NULL,            -- of the exported file
                content_sha256 TEXT NOT NULL,    -- of the assessment.json that was signed
                signer TEXT
            )""",
        ],
    ),
    (
        3,
        "audit: edits of a plan's text name their plan",
        [
            # Plan edits (irm_app/library/plan_edits.py) belong to no assessment; the plan they
            # changed is recorded here. Adding a column is not an UPDATE: the log stays append-only.
            "ALTER TABLE audit ADD COLUMN plan_id TEXT",
            "CREATE INDEX audit_by_plan ON audit(plan_id, seq)",
        ],
    ),
    (
        4,
        "lifecycle (draft, submitted, final) with a version; the researcher's narrative",
        [
            # `status` keeps its draft/final CHECK (a table rebuild would cascade-delete scores);
            # `stage` is the lifecycle step, `status` the published state derived from it.
            """ALTER TABLE assessments ADD COLUMN stage TEXT NOT NULL DEFAULT 'draft'
               CHECK (stage IN ('draft', 'submitted', 'final'))""",
            "UPDATE assessments SET stage = status",
            "ALTER TABLE assessments ADD COLUMN version INTEGER NOT NULL DEFAULT 0",
            "UPDATE assessments SET version = 1 WHERE status = 'final'",
            """CREATE TABLE narrative (
                assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
                section TEXT NOT NULL,             -- the form's [[narrative]] key
                target TEXT NOT NULL DEFAULT '',   -- '' (the plan), 'commitment:<id>' or 'cluster:<name>'
                text TEXT NOT NULL,
                author TEXT NOT NULL DEFAULT '',
                updated TEXT NOT NULL,
                PRIMARY KEY (assessment_id, section, target)
            )""",
        ],
    ),
    (
        5,
        "application_id: an IRM library says so in its header",
        # Why: a file given as --db that is some other program's SQLite database must be
        # refused untouched; the header's application_id tells ours apart without guessing.
        [f"PRAGMA application_id = {APPLICATION_ID}"],
    ),
    (
        6,
        "review copies: their own ids, evidence files outside the database",
        [
            """CREATE TABLE review_copies (
                id TEXT PRIMARY KEY,                -- rc-<12 hex of the package's assessment id>
                source_assessment_id TEXT NOT NULL, -- what the package calls it (never used as a key)
                source_plan_id TEXT NOT NULL DEFAULT '',
                assessment_id TEXT,                 -- the local read-only copy; NULL when unreadable
                signer TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                package_name TEXT NOT NULL DEFAULT '',
                size INTEGER NOT NULL DEFAULT 0,
                folder TEXT NOT NULL DEFAULT '',    -- its files, under <library>.review-copies/
                status TEXT NOT NULL CHECK (status IN ('ok', 'unreadable')),
                problem TEXT NOT NULL DEFAULT '',
                opened TEXT NOT NULL
            )""",
            """CREATE TABLE review_files (
                evidence_id TEXT PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
                copy_id TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                size INTEGER NOT NULL
            )""",
        ],
    ),
    (
        7,
        "the review loop: comments, review states, imported review files, Word's tracked changes",
        [
            # No foreign key to assessments: a review copy is replaced row by row when a newer
            # package of it is opened, and the reviewer's comments must outlive that.
            """CREATE TABLE comments (
                id TEXT PRIMARY KEY,                 -- a UUID, the same in every file it travels in
                assessment_id TEXT NOT NULL,         -- the researcher's assessment, or a review copy
                anchor TEXT NOT NULL CHECK (anchor IN ('field', 'commitment', 'cluster', 'section', 'plan', 'report')),
                commitment_id TEXT NOT NULL DEFAULT '',
                field TEXT NOT NULL DEFAULT '',
                cluster TEXT NOT NULL DEFAULT '',
                section TEXT NOT NULL DEFAULT '',
                parent_id TEXT,                      -- a reply names the comment it answers
                author TEXT NOT NULL,
                role TEXT NOT NULL,                  -- resources/review.json roles
                text TEXT NOT NULL,
                about TEXT NOT NULL DEFAULT '',      -- public comments: what the commenter said it is about
                created_at TEXT NOT NULL,
                source TEXT NOT NULL CHECK (source IN ('app', 'irmreview', 'docx', 'public_csv', 'package')),
                source_ref TEXT NOT NULL DEFAULT '', -- the review file's / .docx's / CSV's sha256
                package_sha256 TEXT NOT NULL DEFAULT '', -- the package version it was made on
                outdated INTEGER NOT NULL DEFAULT 0, -- made on an older package version than the last
                status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
                resolved_by TEXT,
                resolved_at TEXT,
                note TEXT NOT NULL DEFAULT '',       -- how it was handled (the public comments' annex)
                score_change TEXT,                   -- JSON {field, old, new}: a score changed from it
                imported_at TEXT
            )""",
            "CREATE INDEX comments_by_assessment ON comments(assessment_id, created_at)",
            "CREATE INDEX comments_by_parent ON comments(parent_id)",
            """CREATE TABLE review_states (
                assessment_id TEXT NOT NULL,
                commitment_id TEXT NOT NULL DEFAULT '',  -- '' = the whole report
                reviewer TEXT NOT NULL,
                role TEXT NOT NULL,
                state TEXT NOT NULL,                     -- resources/review.json states
                updated TEXT NOT NULL,
                source TEXT NOT NULL DEFAULT 'app',
                PRIMARY KEY (assessment_id, commitment_id, reviewer)
            )""",
            """CREATE TABLE review_imports (
                sha256 TEXT PRIMARY KEY,             -- of the .irmreview / .docx / .csv file
                kind TEXT NOT NULL,
                assessment_id TEXT NOT NULL,
                reviewer TEXT NOT NULL DEFAULT '',
                fingerprint TEXT NOT NULL DEFAULT '',
                package_sha256 TEXT NOT NULL DEFAULT '',
                outdated INTEGER NOT NULL DEFAULT 0,
                comments INTEGER NOT NULL DEFAULT 0,
                name TEXT NOT NULL DEFAULT '',
                imported_at TEXT NOT NULL
            )""",
            """CREATE TABLE tracked_changes (
                docx_sha256 TEXT NOT NULL,
                seq INTEGER NOT NULL,
                assessment_id TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('insertion', 'deletion')),
                author TEXT NOT NULL DEFAULT '',
                date TEXT,
                text TEXT NOT NULL,
                commitment_id TEXT NOT NULL DEFAULT '',
                section TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (docx_sha256, seq)
            )""",
            "ALTER TABLE review_copies ADD COLUMN package_sha256 TEXT NOT NULL DEFAULT ''",
        ],
    ),
    (
        8,
        "full-text search over plans, commitments, justifications, evidence and narrative",
        # The index is filled from the library's texts here and kept in step by triggers
        # (irm_app/library/search_schema.py): every write path, rollbacks and cascades included.
        search_schema.STATEMENTS,
    ),
    (
        9,
        "full-text search over review comments (and how each was handled)",
        search_schema.COMMENT_STATEMENTS,
    ),
    (
        10,
        "which commitments of each assessment are scored and justified, kept with the scores",
        # The library tree's counts without checking every commitment at start-up
        # (irm_app/library/progress.py); filled here from the scores an existing library holds,
        # by the completeness rule in Python (it depends on the form).
        [*progress.STATEMENTS, progress.fill],
    ),
    (
        11,
        "each commitment's head (title, theme, lead, ...) indexed in plan order",
        # The table's rows read from the index alone, not from every commitment's whole document
        # (irm_app/library/heads.py); SQLite keeps it current on every write.
        [heads.INDEX],
    ),
]

LATEST = MIGRATIONS[-1][0]
READABLE_FROM = 8
"""The oldest schema read-only opens can read as it is: 8 added the search index that `search`
reads, 7 the comments and review states
that snapshots and listings read (6 the review-copy tables that evidence reads join); an older
library is opened once for writing first."""
