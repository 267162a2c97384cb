"""Scores: the levels, flags and texts recorded per field, their justifications, revisit flags
and grand-challenge tags, and the progress counted from them."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import sqlite_utils

from ..methodology.completeness import CompletenessRule
from ..model import GRAND_CHALLENGES, Score, ScoreValue, utcnow
from .errors import LibraryError
from .light_reads import ScoreRow, ScoreValues
from .mutations import encode
from .part import Forms, Part
from .progress import ProgressIndex
from .queries import CommitmentState, Progress, _score, compute_progress
from .transactions import Transactions

if TYPE_CHECKING:
    from .assessments import Assessments
    from .evidence import Evidence
    from .plans import Plans


_IN_PLAN = "JOIN commitments c ON c.plan_id = a.plan_id AND c.id = {0}.commitment_id"
_STORED_PROGRESS = (
    "SELECT a.id, a.form,"
    " (SELECT count(*) FROM commitments c WHERE c.plan_id = a.plan_id),"
    f" (SELECT coalesce(sum(p.scored), 0) FROM commitment_progress p {_IN_PLAN.format('p')} WHERE p.assessment_id = a.id),"
    f" (SELECT coalesce(sum(p.justified), 0) FROM commitment_progress p {_IN_PLAN.format('p')}"
    " WHERE p.assessment_id = a.id),"
    f" (SELECT count(*) FROM commitment_state s {_IN_PLAN.format('s')} WHERE s.assessment_id = a.id AND s.revisit),"
    " (SELECT count(DISTINCT l.commitment_id) FROM evidence e JOIN evidence_links l ON l.evidence_id = e.id"
    f" {_IN_PLAN.format('l')} WHERE e.assessment_id = a.id),"
    " (SELECT rule FROM progress_rules r WHERE r.form = a.form)"
    " FROM assessments a"
)
"""What the library tree shows of each assessment, from the stored progress (library/progress.py)."""


class Scores(Part):
    """`lib.scores`: the scores and commitment_state tables of every assessment."""

    def __init__(self, db: sqlite_utils.Database, tx: Transactions, *, forms: Forms, assessments: Assessments,
                 plans: Plans, evidence: Evidence, progress: ProgressIndex) -> None:
        super().__init__(db, tx)
        self._progress = progress
        self._forms = forms
        self._assessments = assessments
        self._plans = plans
        self._evidence = evidence

    def all(self, assessment_id: str) -> dict[str | None, dict[str, Score]]:
        """Every recorded field by commitment id (None = plan level)."""
        out: dict[str | None, dict[str, Score]] = {}
        for r in self._query("SELECT * FROM scores WHERE assessment_id = ?", [assessment_id]):
            cid = r["commitment_id"] or None
            out.setdefault(cid, {})[r["field"]] = _score(assessment_id, cid, r)
        return out

    def score_rows(self, assessment_id: str) -> dict[str | None, dict[str, ScoreRow]]:
        """As `all`, as plain rows; a value text repeated across fields is decoded once
        (lists, the only mutable values, are decoded for each row)."""
        out: dict[str | None, dict[str, ScoreRow]] = {}
        decoded: dict[str, Any] = {}
        for cid, fld, raw, just, author, updated in self.db.execute(
            "SELECT commitment_id, field, value, justification, author, updated FROM scores"
            " WHERE assessment_id = ?", [assessment_id]
        ):
            if raw is None:
                value = None
            elif raw[:1] == "[":
                value = json.loads(raw)
            else:
                value = decoded.get(raw, decoded)
                if value is decoded:
                    value = decoded[raw] = json.loads(raw)
            cid = cid or None
            out.setdefault(cid, {})[fld] = ScoreRow(assessment_id, cid, fld, value, just, author, updated)
        return out

    def score_values(self, assessment_id: str | None = None,
                     commitment_ids: list[str] | None = None) -> dict[str, dict[str, ScoreValues]]:
        """aid -> commitment id -> (field -> value, fields with a non-blank justification), for
        one assessment or all (commitment level only): what completeness needs, without Score
        models or justification texts. Values are decoded once per distinct text (lists, the
        only mutable values, once per row); a justification with any printable ASCII character
        is not blank, so SQLite answers for it instead of sending its text (the rest, e.g.
        whitespace-only or non-Latin text, is stripped here as `justified_keys` does).
        `commitment_ids` (with an assessment): only those commitments (a table's first screen)."""
        decoded: dict[str, Any] = {}
        scores: dict[str, dict[str, ScoreValues]] = {}
        last_aid = last_cid = None
        values: dict[str, Any] = {}
        justified_fields: set[str] = set()
        sql = ("SELECT assessment_id, commitment_id, field, value,"
               " CASE WHEN justification GLOB '*[!-~]*' THEN 'x' ELSE justification END"
               " FROM scores WHERE commitment_id != ''")
        args: list[Any] = []
        if assessment_id is not None:
            sql += " AND assessment_id = ?"
            args.append(assessment_id)
            if commitment_ids is not None:
                sql += " AND commitment_id IN (SELECT value FROM json_each(?))"
                args.append(json.dumps(commitment_ids))
        for aid, cid, fld, raw, just in self.db.execute(sql, args):
            if cid != last_cid or aid != last_aid:
                last_aid, last_cid = aid, cid
                entry = scores.setdefault(aid, {}).get(cid)
                if entry is None:
                    entry = scores[aid][cid] = ({}, set())
                values, justified_fields = entry
            if raw is None:
                values[fld] = None
            elif raw[:1] == "[":
                values[fld] = json.loads(raw)
            else:
                value = decoded.get(raw, decoded)
                if value is decoded:
                    value = decoded[raw] = json.loads(raw)
                values[fld] = value
            if just.strip():
                justified_fields.add(fld)
        return scores

    def score(self, assessment_id: str, commitment_id: str | None, field: str) -> Score | None:
        return self.scores_for(assessment_id, commitment_id).get(field)

    def scores_for(self, assessment_id: str, commitment_id: str | None) -> dict[str, Score]:
        rows = self._query(
            "SELECT * FROM scores WHERE assessment_id = ? AND commitment_id = ?",
            [assessment_id, commitment_id or ""],
        )
        return {r["field"]: _score(assessment_id, commitment_id, r) for r in rows}

    def values(self, assessment_id: str, commitment_id: str | None) -> dict[str, Any]:
        """field -> value for one commitment: what form.derive() and form.applies() take."""
        return {k: s.value for k, s in self.scores_for(assessment_id, commitment_id).items()}

    def commitment_states(self, assessment_id: str) -> dict[str, CommitmentState]:
        return {
            r["commitment_id"]: CommitmentState(bool(r["revisit"]), tuple(json.loads(r["grand_challenges"])))
            for r in self._query("SELECT * FROM commitment_state WHERE assessment_id = ?", [assessment_id])
        }

    def set_score(
        self, assessment_id: str, commitment_id: str | None, field: str, value: ScoreValue, *, who: str
    ) -> ScoreValue:
        """Record a level (or flags, or text); None clears it. Returns the normalised value."""
        a = self._assessments.check_writable(assessment_id)
        form = self._forms.get(a.form)
        f = form.field(field)
        if (f.scope == "plan") != (commitment_id is None):
            where = "the plan" if f.scope == "plan" else "a commitment"
            raise LibraryError(f"field {field!r} is scored for {where}")
        self._plans.check_commitment(a.plan_id, commitment_id)
        value = form.normalize(field, value)
        with self.tx.atomic():
            rows = self._rows(assessment_id, commitment_id)
            old = rows.get(field)
            old_value = json.loads(old[0]) if old and old[0] is not None else None
            if old_value == value:
                return value
            self._upsert_score(assessment_id, commitment_id, field, who, exists=old is not None, value=encode(value))
            self._audit(who, "score", assessment_id, commitment_id, field, old_value, value)
            rows[field] = (encode(value), old[1] if old else "")
            self._keep_progress(assessment_id, commitment_id, a.form, rows)
        return value

    def set_scores(
        self, assessment_id: str, commitment_id: str | None, values: list[tuple[str, ScoreValue]],
        justification: str | None = None, *, who: str,
    ) -> list[ScoreValue]:
        """Several fields (and one justification for each) in ONE transaction: all or none.

        Why: `score A C f=x --justification T` that stored the level and then failed on the
        text (a full disk) said "not saved" about a half-saved edit.
        """
        with self.tx.atomic():
            out = []
            for field, value in values:
                out.append(self.set_score(assessment_id, commitment_id, field, value, who=who))
                if justification is not None:
                    self.set_justification(assessment_id, commitment_id, field, justification, who=who)
        return out

    def set_justification(
        self, assessment_id: str, commitment_id: str | None, field: str, text: str, *, who: str
    ) -> None:
        a = self._assessments.check_writable(assessment_id)
        self._forms.get(a.form).field(field)
        self._plans.check_commitment(a.plan_id, commitment_id)
        with self.tx.atomic():
            rows = self._rows(assessment_id, commitment_id)
            old = rows.get(field)
            before = old[1] if old else ""
            if before == text:
                return
            self._upsert_score(assessment_id, commitment_id, field, who, exists=old is not None, justification=text)
            self._audit(who, "justification", assessment_id, commitment_id, field, before, text)
            rows[field] = (old[0] if old else None, text)
            self._keep_progress(assessment_id, commitment_id, a.form, rows)

    def _rows(self, assessment_id: str, commitment_id: str | None) -> dict[str, tuple[str | None, str]]:
        """field -> (value as stored, justification) of one commitment (or the plan level): the
        row a write changes and the others, which the stored progress is worked out from."""
        return {fld: (raw, just) for fld, raw, just in self.db.execute(
            "SELECT field, value, justification FROM scores WHERE assessment_id = ? AND commitment_id = ?",
            [assessment_id, commitment_id or ""])}

    def _keep_progress(self, assessment_id: str, commitment_id: str | None, form_key: str,
                       rows: dict[str, tuple[str | None, str]]) -> None:
        """The commitment's stored progress (library/progress.py) from its rows as just written,
        in the write's transaction: one statement, no read back."""
        if commitment_id is None:
            return  # the plan level is not a commitment: nothing stored
        values = {k: None if raw is None else json.loads(raw) for k, (raw, _) in rows.items()}
        justified = {k for k, (_, just) in rows.items() if just.strip()}
        self._progress.set_state(assessment_id, commitment_id, form_key, values, justified)

    def _upsert_score(self, assessment_id: str, commitment_id: str | None, field: str, who: str, *,
                      exists: bool | None = None, **cols: Any) -> None:
        """Write `cols` of one score row, creating it if needed. A caller that has just read the row
        (in this transaction) says whether it exists: one statement instead of two."""
        cid = commitment_id or ""
        if exists is False:
            row = {"value": None, "justification": "", **cols}
            self.db.execute(
                "INSERT INTO scores (assessment_id, commitment_id, field, value, justification, author, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [assessment_id, cid, field, row["value"], row["justification"], who, utcnow()],
            )
            return
        if exists is None:
            self.db.execute(
                "INSERT INTO scores (assessment_id, commitment_id, field, value, justification, author, updated)"
                " VALUES (?, ?, ?, NULL, '', ?, ?) ON CONFLICT DO NOTHING",
                [assessment_id, cid, field, who, utcnow()],
            )
        sets = ", ".join(f"{k} = ?" for k in cols)
        self.db.execute(
            f"UPDATE scores SET {sets}, author = ?, updated = ?"
            " WHERE assessment_id = ? AND commitment_id = ? AND field = ?",
            [*cols.values(), who, utcnow(), assessment_id, cid, field],
        )

    def set_revisit(self, assessment_id: str, commitment_id: str, revisit: bool, *, who: str) -> None:
        a = self._assessments.check_writable(assessment_id)
        self._plans.check_commitment(a.plan_id, commitment_id)
        old = self.commitment_states(assessment_id).get(commitment_id)
        before = bool(old and old.revisit)
        if before == revisit:
            return
        with self.tx.atomic():
            self._upsert_state(assessment_id, commitment_id, revisit=int(revisit))
            self._audit(who, "revisit", assessment_id, commitment_id, None, before, revisit)

    def set_grand_challenges(
        self, assessment_id: str, commitment_id: str, challenges: list[str], *, who: str
    ) -> None:
        a = self._assessments.check_writable(assessment_id)
        self._plans.check_commitment(a.plan_id, commitment_id)
        bad = [c for c in challenges if c not in GRAND_CHALLENGES]
        if bad:
            raise LibraryError(f"unknown grand challenge {bad[0]!r} (one of {', '.join(GRAND_CHALLENGES)})")
        value = [c for c in GRAND_CHALLENGES if c in challenges]
        old = self.commitment_states(assessment_id).get(commitment_id)
        before = list(old.grand_challenges) if old else []
        with self.tx.atomic():
            self._upsert_state(assessment_id, commitment_id, grand_challenges=json.dumps(value))
            self._audit(who, "grand-challenges", assessment_id, commitment_id, None, before, value)

    def _upsert_state(self, assessment_id: str, commitment_id: str, **cols: Any) -> None:
        self.db.execute(
            "INSERT INTO commitment_state (assessment_id, commitment_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [assessment_id, commitment_id],
        )
        sets = ", ".join(f"{k} = ?" for k in cols)
        self.db.execute(
            f"UPDATE commitment_state SET {sets} WHERE assessment_id = ? AND commitment_id = ?",
            [*cols.values(), assessment_id, commitment_id],
        )

    # -- progress -----------------------------------------------------------------------------
    def progress(self, assessment_id: str) -> Progress:
        a = self._assessments.assessment(assessment_id)
        return compute_progress(self._forms.get(a.form), self._plans.commitment_ids(a.plan_id), self.all(assessment_id),
                                self.commitment_states(assessment_id), self._evidence.evidenced_commitments(assessment_id))

    def progress_all(self) -> dict[str, Progress]:
        """`progress(aid)` for every assessment, from the stored progress (library/progress.py):
        what the library tree shows at start-up, without reading a score. Assessments of a form
        whose stored rows follow another rule (the form changed with the app) are counted from
        their scores, as `computed_progress_all` does."""
        return self._stored_progress(None)

    def stored_progress(self, assessment_id: str) -> Progress:
        """One assessment's `progress_all()` entry: a few aggregate queries, no score read."""
        return self._stored_progress(assessment_id)[assessment_id]

    def _stored_progress(self, aid: str | None) -> dict[str, Progress]:
        """One statement for every assessment (or one): its plan's commitments, the stored
        counts, the revisit flags and evidenced commitments among them, and the rule the rows
        follow (a row of a commitment no longer in the plan is not counted, as `progress` does)."""
        if not self._progress.available():  # a read-only library from before migration 10
            if aid is None:
                return self.computed_progress_all()
            return self.computed_progress_all({aid: self.score_values(aid).get(aid, {})})
        rows = self.db.execute(_STORED_PROGRESS + (" WHERE a.id = ?" if aid else ""), [aid] if aid else []).fetchall()
        if aid and not rows:
            self._assessments.assessment(aid)  # NotFound, as progress() says it
        current = {form: self._progress.is_current(form, rule) for _, form, *_, rule in rows}
        computed: dict[str, Progress] = {}
        if not all(current.values()):
            computed = self.computed_progress_all(
                None if aid is None else {aid: self.score_values(aid).get(aid, {})})
        out: dict[str, Progress] = {}
        for a_id, form, total, scored, justified, revisit, evidenced, _rule in rows:
            out[a_id] = (Progress(total=total, scored=scored, justified=justified, with_evidence=evidenced,
                                  revisit=revisit) if current[form] else computed[a_id])
        return out

    def computed_progress_all(self, scores: dict[str, dict[str, ScoreValues]] | None = None, *,
                              done: dict[str, tuple[set[str], set[str]]] | None = None) -> dict[str, Progress]:
        """`progress(aid)` for every assessment, worked out from one read of each table with plain
        tuples (no Score models), the stored progress not used: the fall-back of `progress_all`.
        `scores`: what `score_values()` returned, when the caller has read it already (then only
        those assessments are counted).
        `done`: filled with aid -> (ids of the commitments scored, ids of those justified)."""
        assessments = self.db.execute("SELECT id, plan_id, form FROM assessments").fetchall()
        if scores is not None:
            assessments = [a for a in assessments if a[0] in scores]
        if not assessments:
            return {}
        ids_of: dict[str, list[str]] = {}
        for pid, cid in self.db.execute("SELECT plan_id, id FROM commitments ORDER BY plan_id, position"):
            ids_of.setdefault(pid, []).append(cid)
        if scores is None:
            scores = self.score_values()
        revisit: dict[str, set[str]] = {}
        for aid, cid in self.db.execute("SELECT assessment_id, commitment_id FROM commitment_state WHERE revisit"):
            revisit.setdefault(aid, set()).add(cid)
        evidenced: dict[str, set[str]] = {}
        for aid, cid in self.db.execute(
            "SELECT DISTINCT e.assessment_id, l.commitment_id FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id"
        ):
            evidenced.setdefault(aid, set()).add(cid)
        out: dict[str, Progress] = {}
        rules: dict[str, CompletenessRule] = {}
        for aid, pid, form_key in assessments:
            rule = rules.get(form_key) or rules.setdefault(form_key, CompletenessRule(self._forms.get(form_key)))
            ids = ids_of.get(pid, [])
            recorded_of = scores.get(aid, {})
            scored = justified = 0
            scored_ids: set[str] = set()
            justified_ids: set[str] = set()
            for cid in ids:
                recorded = recorded_of.get(cid)
                if not recorded:
                    continue  # nothing answered: neither scored nor justified
                state = rule.check(*recorded)
                if state.scored:
                    scored += 1
                    scored_ids.add(cid)
                if state.justified:
                    justified += 1
                    justified_ids.add(cid)
            if done is not None:
                done[aid] = (scored_ids, justified_ids)
            id_set = set(ids)
            out[aid] = Progress(
                total=len(ids),
                scored=scored,
                justified=justified,
                with_evidence=len(evidenced.get(aid, set()) & id_set),
                revisit=len(revisit.get(aid, set()) & id_set),
            )
        return out
