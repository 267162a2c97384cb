"""Which commitments of each assessment are scored and justified, kept in the library.

Why: the library tree shows every assessment's "n/N scored" at start-up; working that out means
reading every score and asking the completeness rule (irm_app/methodology/completeness.py) about
every commitment: ~130 ms with one plan of 5,000 before the first paint. The answer is stored
instead, one row per (assessment, commitment) that is scored or justified, and kept in step by
every write of scores or justifications, in that write's own transaction (`ProgressIndex.refresh`).
The rule depends on the form (which fields count, which apply given the others), so it is worked
out here in Python, never in SQL triggers.

A form changes with the app (forms/*.toml are data): `progress_rules` records, per form key, a
fingerprint of what the rule reads of that form. Rows of a form whose fingerprint differs from the
running app's are not used (`stale_forms`: the reader counts those assessments from their scores,
as before) and are rebuilt by the next write to any assessment of that form.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..methodology.completeness import CompletenessRule

if TYPE_CHECKING:
    import sqlite_utils

    from ..methodology import Form
    from .part import Forms

RULE_VERSION = 1
"""Bump when completeness.py's rule itself changes: every stored row is then rebuilt."""

STATEMENTS: list[str] = [
    # Re-runnable (a library whose version number was set back): built afresh.
    "DROP TABLE IF EXISTS commitment_progress",
    "DROP TABLE IF EXISTS progress_rules",
    """CREATE TABLE commitment_progress (
        assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        commitment_id TEXT NOT NULL,
        scored INTEGER NOT NULL,      -- 1: every applicable coded field answered
        justified INTEGER NOT NULL,   -- 1: started, and every answer that needs one justified
        PRIMARY KEY (assessment_id, commitment_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE progress_rules (
        form TEXT PRIMARY KEY,        -- a form key
        rule TEXT NOT NULL            -- fingerprint of the rule the rows of its assessments follow
    )""",
]

_FIELD_PARTS = {"key", "kind", "scope", "justification_required", "applies_when", "levels"}
_FULL_SCAN = 64  # more commitments than this: one read of the assessment's scores, not one each


def fingerprint(form: Form) -> str:
    """What the completeness rule reads of a form (its commitment fields' kinds, gates, levels and
    which need a justification), hashed: any change to those makes the stored rows stale."""
    parts = [f.model_dump(mode="json", include=_FIELD_PARTS, by_alias=True) for f in form.commitment_fields]
    text = json.dumps([RULE_VERSION, form.key, parts], sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


def fill(db: sqlite_utils.Database) -> None:
    """The migration's step: every assessment's rows from the scores it holds. A form this app
    cannot load is left without a rule row (its assessments are counted from their scores)."""
    from .part import Forms

    index = ProgressIndex(db, Forms())
    for (key,) in db.execute("SELECT DISTINCT form FROM assessments ORDER BY form").fetchall():
        try:
            index.forms.get(key)
        except Exception:  # noqa: BLE001 - an unknown or broken form: counted as before, from the scores
            continue
        index.rebuild_form(key)


class ProgressIndex:
    """`lib.progress_index`: the stored (scored, justified) state per commitment. Every method
    that writes must run inside the caller's transaction (`lib.tx.atomic()`)."""

    def __init__(self, db: sqlite_utils.Database, forms: Forms) -> None:
        self.db = db
        self.forms = forms
        self._prints: dict[str, str] = {}
        self._rules: dict[str, CompletenessRule] = {}
        # Form keys whose stored rule was read equal to ours in this open, never rebuilt by it: a
        # writer holds the one-writer lock and only `rebuild_form` writes the rule, so the answer
        # holds until close (a rebuild could still roll back: its key is never cached).
        self._fresh: set[str] = set()
        self._rebuilt: set[str] = set()

    _available: bool | None = None

    def available(self) -> bool:
        """Whether the library holds the stored progress: a read-only open of a library from
        before migration 10 (still readable: schema.READABLE_FROM) does not; it is counted from
        its scores, as before."""
        if self._available is None:
            self._available = self.db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'progress_rules'").fetchone() is not None
        return self._available

    def _rule(self, form_key: str) -> CompletenessRule:
        """The form's rule, its field list worked out once per open (a single edit asks it)."""
        form = self.forms.get(form_key)
        rule = self._rules.get(form_key)
        if rule is None or rule.form is not form:
            rule = self._rules[form_key] = CompletenessRule(form)
        return rule

    def fingerprint(self, form_key: str) -> str:
        got = self._prints.get(form_key)
        if got is None:
            got = self._prints[form_key] = fingerprint(self.forms.get(form_key))
        return got

    def stale_forms(self, form_keys: Iterable[str]) -> set[str]:
        """The form keys among these whose stored rows do not follow this app's rule."""
        keys = set(form_keys) - self._fresh
        if not keys:
            return set()
        stored = dict(self.db.execute(
            f"SELECT form, rule FROM progress_rules WHERE form IN ({', '.join('?' * len(keys))})", list(keys)
        ).fetchall())
        stale = set()
        for key in keys:
            try:
                ours = self.fingerprint(key)
            except Exception:  # noqa: BLE001 - a form that does not load: never trusted from rows
                stale.add(key)
                continue
            if stored.get(key) != ours:
                stale.add(key)
            elif key not in self._rebuilt:
                self._fresh.add(key)
        return stale

    def is_current(self, form_key: str, stored_rule: str | None) -> bool:
        """Whether rows recorded under `stored_rule` (read by the caller) follow this app's rule."""
        if form_key in self._fresh:
            return True
        try:
            return stored_rule == self.fingerprint(form_key)
        except Exception:  # noqa: BLE001 - a form that does not load: never trusted from rows
            return False

    # -- writes (inside the caller's transaction) ------------------------------------------------
    def _unloadable(self, form_key: str) -> bool:
        """The form does not load (gone from forms/, broken by an upgrade): its assessments keep
        no rows (readers count them from their scores) and the write goes on without them;
        raising here rolled back a duplicate or an undo that never needed the form."""
        try:
            self.forms.get(form_key)
        except Exception:  # noqa: BLE001 - any failure to load: the counts come from the scores
            self.db.execute("DELETE FROM progress_rules WHERE form = ?", [form_key])
            self._fresh.discard(form_key)
            return True
        return False

    def refresh(self, assessment_id: str, commitment_ids: Iterable[str] | None = None,
                form_key: str | None = None) -> None:
        """Recount these commitments of the assessment (None: all of it) from the scores as they
        stand in this transaction. A stale form is rebuilt whole instead."""
        if form_key is None:
            row = self.db.execute("SELECT form FROM assessments WHERE id = ?", [assessment_id]).fetchone()
            if row is None:
                return
            form_key = row[0]
        if self._unloadable(form_key):
            return
        if self.stale_forms([form_key]):  # one look-up by key: a changed form is rebuilt whole
            self.rebuild_form(form_key)
            return
        rule = self._rule(form_key)
        ids = None if commitment_ids is None else {c for c in commitment_ids if c}
        if ids is not None and len(ids) <= _FULL_SCAN:
            self._write(assessment_id, rule, {cid: self._read_one(assessment_id, cid) for cid in ids})
            return
        recorded = self._read_all(assessment_id)
        if ids is None:
            self.db.execute("DELETE FROM commitment_progress WHERE assessment_id = ?", [assessment_id])
            self._write(assessment_id, rule, recorded, replace=False)
        else:
            self._write(assessment_id, rule, {cid: recorded.get(cid, ({}, set())) for cid in ids})

    def set_state(self, assessment_id: str, commitment_id: str, form_key: str, values: dict[str, Any],
                  justified: set[str]) -> None:
        """One commitment's row from its scores as the caller just wrote them (values, fields with
        a non-blank justification): the write path of a single edit, one statement."""
        if self._unloadable(form_key):
            return
        if self.stale_forms([form_key]):
            self.rebuild_form(form_key)
            return
        rule = self._rule(form_key)
        self._write(assessment_id, rule, {commitment_id: (values, justified)})

    def write_new(self, assessment_id: str, form_key: str,
                  recorded: dict[str, tuple[dict[str, Any], set[str]]]) -> None:
        """A new assessment's rows from what its writer just inserted (values, justified fields per
        commitment): no read back. Its form's rule is checked as `refresh` does."""
        if self._unloadable(form_key):
            return
        if self.stale_forms([form_key]):  # one look-up by key: a changed form is rebuilt whole
            self.rebuild_form(form_key)
            return
        self._write(assessment_id, self._rule(form_key), recorded, replace=False)

    def forget(self, commitment_id: str, assessment_ids: list[str]) -> None:
        """A commitment deleted with its scores: its rows go with them."""
        for aid in assessment_ids:
            self.db.execute("DELETE FROM commitment_progress WHERE assessment_id = ? AND commitment_id = ?",
                            [aid, commitment_id])

    def rebuild_form(self, form_key: str) -> None:
        """Every assessment of this form recounted, and the form's rule recorded as ours."""
        self._rebuilt.add(form_key)
        for (aid,) in self.db.execute("SELECT id FROM assessments WHERE form = ?", [form_key]).fetchall():
            rule = self._rule(form_key)
            self.db.execute("DELETE FROM commitment_progress WHERE assessment_id = ?", [aid])
            self._write(aid, rule, self._read_all(aid), replace=False)
        self.db.execute("INSERT INTO progress_rules (form, rule) VALUES (?, ?)"
                        " ON CONFLICT (form) DO UPDATE SET rule = excluded.rule", [form_key, self.fingerprint(form_key)])

    def _write(self, aid: str, rule: CompletenessRule, recorded: dict[str, tuple[dict[str, Any], set[str]]],
               *, replace: bool = True) -> None:
        rows, gone = [], []
        for cid, (values, justified) in recorded.items():
            state = rule.check(values, justified) if values else None
            if state is not None and (state.scored or state.justified):
                rows.append((aid, cid, int(state.scored), int(state.justified)))
            elif replace:
                gone.append((aid, cid))
        if gone:
            self.db.conn.executemany(
                "DELETE FROM commitment_progress WHERE assessment_id = ? AND commitment_id = ?", gone)
        if rows:
            self.db.conn.executemany(
                "INSERT INTO commitment_progress (assessment_id, commitment_id, scored, justified) VALUES (?, ?, ?, ?)"
                " ON CONFLICT DO UPDATE SET scored = excluded.scored, justified = excluded.justified", rows)

    def _read_one(self, aid: str, cid: str) -> tuple[dict[str, Any], set[str]]:
        values: dict[str, Any] = {}
        justified: set[str] = set()
        for fld, raw, just in self.db.execute(
            "SELECT field, value, justification FROM scores WHERE assessment_id = ? AND commitment_id = ?", [aid, cid]
        ):
            values[fld] = None if raw is None else json.loads(raw)
            if just.strip():
                justified.add(fld)
        return values, justified

    def _read_all(self, aid: str) -> dict[str, tuple[dict[str, Any], set[str]]]:
        out: dict[str, tuple[dict[str, Any], set[str]]] = {}
        for cid, fld, raw, just in self.db.execute(
            "SELECT commitment_id, field, value, justification FROM scores"
            " WHERE assessment_id = ? AND commitment_id != ''", [aid]
        ):
            values, justified = out.get(cid) or out.setdefault(cid, ({}, set()))
            values[fld] = None if raw is None else json.loads(raw)
            if just.strip():
                justified.add(fld)
        return out
