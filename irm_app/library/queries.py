"""Reading the library: plans, assessments, scores, evidence, progress and the audit log."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..methodology.completeness import CompletenessRule
from ..model import (
    ActionPlan,
    Assessment,
    AuditEntry,
    Commitment,
    EvidenceItem,
    ImportFlag,
    Score,
)
from .errors import LibraryError, NotFound
from .light_reads import LightReads, ScoreValues

if TYPE_CHECKING:
    import sqlite_utils

    from ..methodology import Form


@dataclass(frozen=True)
class PlanSummary:
    id: str
    member: str
    title: str
    period: str
    commitments: int
    milestones: int


@dataclass(frozen=True)
class Progress:
    """How far an assessment is: counts of commitments, not of fields."""

    total: int
    scored: int  # counted by irm_app.methodology.completeness (one rule everywhere)
    justified: int
    with_evidence: int
    revisit: int


@dataclass(frozen=True)
class CommitmentState:
    revisit: bool = False
    grand_challenges: tuple[str, ...] = ()


def decode(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _score(assessment_id: str, commitment_id: str | None, r: dict[str, Any]) -> Score:
    return Score(
        assessment_id=assessment_id,
        commitment_id=commitment_id,
        field=r["field"],
        value=decode(r["value"]),
        justification=r["justification"],
        author=r["author"],
        updated=r["updated"],
    )


def compute_progress(form: Form, ids: list[str], scores: dict[str | None, dict[str, Score]],
                     states: dict[str, CommitmentState], evidenced: set[str]) -> Progress:
    """Progress from what was read (no query): the GUI's Store reuses reads other views made."""
    rule = CompletenessRule(form)
    scored = justified = 0
    for cid in ids:
        state = rule.of_scores(scores.get(cid, {}))
        scored += state.scored
        justified += state.justified
    return Progress(
        total=len(ids),
        scored=scored,
        justified=justified,
        with_evidence=len(evidenced & set(ids)),
        revisit=sum(1 for cid in ids if states.get(cid, CommitmentState()).revisit),
    )


class Queries(LightReads):
    db: sqlite_utils.Database
    _forms: dict[str, Form]

    def _query(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Iterator[dict[str, Any]]:
        """Rows as dicts with one statement (sqlite-utils' `db.query` wraps each in a savepoint)."""
        cur = self.db.execute(sql, list(params))
        cols = [d[0] for d in cur.description]
        for row in cur:
            yield dict(zip(cols, row, strict=True))

    def form(self, key: str) -> Form:
        """The methodology form an assessment uses, loaded once per open library."""
        if key not in self._forms:
            from ..methodology import load_form

            self._forms[key] = load_form(key)
        return self._forms[key]

    # -- plans ---------------------------------------------------------------------------------
    def plans(self) -> list[PlanSummary]:
        out = []
        for pid, member, title, start, end, n, milestones in self.db.execute(
            "SELECT p.id, p.member, p.title, p.period_start, p.period_end, count(c.id),"
            " coalesce(sum(json_array_length(c.data, '$.milestones')), 0)"
            " FROM plans p LEFT JOIN commitments c ON c.plan_id = p.id"
            " GROUP BY p.id ORDER BY p.member, p.period_start, p.id"
        ).fetchall():
            period = f"{start}-{end}" if start and end else str(start or end or "")
            out.append(PlanSummary(pid, member, title, period, n, int(milestones)))
        return out

    def has_plan(self, plan_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM plans WHERE id = ?", [plan_id]).fetchone() is not None

    def plan(self, plan_id: str) -> ActionPlan:
        row = self.db.execute("SELECT data FROM plans WHERE id = ?", [plan_id]).fetchone()
        if row is None:
            raise NotFound(f"no plan {plan_id!r} in the library")
        data = json.loads(row[0])
        data["commitments"] = [c.model_dump() for c in self.commitments(plan_id)]
        return ActionPlan.model_validate(data)

    def commitments(self, plan_id: str) -> list[Commitment]:
        rows = self.db.execute(
            "SELECT data FROM commitments WHERE plan_id = ? ORDER BY position", [plan_id]
        ).fetchall()
        return [Commitment.model_validate_json(r[0]) for r in rows]

    # -- assessments ---------------------------------------------------------------------------
    def assessments(self, plan_id: str | None = None) -> list[Assessment]:
        sql = "SELECT * FROM assessments"
        args: list[Any] = []
        if plan_id is not None:
            sql += " WHERE plan_id = ?"
            args.append(plan_id)
        sql += " ORDER BY plan_id, created, id"
        return [self._assessment(dict(r)) for r in self._query(sql, args)]

    def assessment(self, assessment_id: str) -> Assessment:
        rows = list(self._query("SELECT * FROM assessments WHERE id = ?", [assessment_id]))
        if not rows:
            raise NotFound(f"no assessment {assessment_id!r} in the library")
        return self._assessment(rows[0])

    def resolve_assessment(self, ref: str) -> Assessment:
        """An assessment by its id or a unique prefix of it (as typed on a command line)."""
        rows = list(
            self._query(
                "SELECT * FROM assessments WHERE id = ? OR id LIKE ? ESCAPE '\\'",
                [ref, ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"],
            )
        )
        exact = [r for r in rows if r["id"] == ref]
        if exact:
            return self._assessment(exact[0])
        if not rows:
            raise NotFound(f"no assessment {ref!r} in the library (see `irm-app assessments`)")
        if len(rows) > 1:
            raise LibraryError(f"{ref!r} matches {len(rows)} assessments: give more of the id")
        return self._assessment(rows[0])

    @staticmethod
    def _assessment(row: dict[str, Any]) -> Assessment:
        row = dict(row)
        row["read_only"] = bool(row["read_only"])
        row["status"] = row.pop("stage", None) or row["status"]  # the lifecycle step (schema 11)
        return Assessment.model_validate(row)

    # -- scores --------------------------------------------------------------------------------
    def scores(self, assessment_id: str) -> dict[str | None, dict[str, Score]]:
        """Every recorded field by commitment id (None = plan level)."""
        out: dict[str | None, dict[str, Score]] = {}
        for r in self._query("SELECT * FROM scores WHERE assessment_id = ?", [assessment_id]):
            cid = r["commitment_id"] or None
            out.setdefault(cid, {})[r["field"]] = _score(assessment_id, cid, r)
        return out

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

    def commitment_ids(self, plan_id: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM commitments WHERE plan_id = ?", [plan_id])]

    def evidenced_commitments(self, assessment_id: str) -> set[str]:
        """The commitments at least one evidence item of this assessment is linked to."""
        return {
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT l.commitment_id FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id"
                " WHERE e.assessment_id = ?",
                [assessment_id],
            ).fetchall()
        }

    def progress(self, assessment_id: str) -> Progress:
        a = self.assessment(assessment_id)
        return compute_progress(self.form(a.form), self.commitment_ids(a.plan_id), self.scores(assessment_id),
                                self.commitment_states(assessment_id), self.evidenced_commitments(assessment_id))

    def progress_all(self, scores: dict[str, dict[str, ScoreValues]] | None = None) -> dict[str, Progress]:
        """`progress(aid)` for every assessment, from one read of each table with plain tuples
        (no Score models): what the library tree shows for the whole library at start-up.
        `scores`: what `score_values()` returned, when the caller has read it already."""
        assessments = self.db.execute("SELECT id, plan_id, form FROM assessments").fetchall()
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
            rule = rules.get(form_key) or rules.setdefault(form_key, CompletenessRule(self.form(form_key)))
            ids = ids_of.get(pid, [])
            recorded_of = scores.get(aid, {})
            scored = justified = 0
            for cid in ids:
                recorded = recorded_of.get(cid)
                if not recorded:
                    continue  # nothing answered: neither scored nor justified
                state = rule.check(*recorded)
                scored += state.scored
                justified += state.justified
            id_set = set(ids)
            out[aid] = Progress(
                total=len(ids),
                scored=scored,
                justified=justified,
                with_evidence=len(evidenced.get(aid, set()) & id_set),
                revisit=len(revisit.get(aid, set()) & id_set),
            )
        return out

    # -- evidence and files --------------------------------------------------------------------
    def evidence(self, assessment_id: str, commitment_id: str | None = None) -> list[EvidenceItem]:
        sql = "SELECT * FROM evidence WHERE assessment_id = ?"
        args: list[Any] = [assessment_id]
        if commitment_id is not None:
            sql += " AND id IN (SELECT evidence_id FROM evidence_links WHERE commitment_id = ?)"
            args.append(commitment_id)
        sql += " ORDER BY rowid"  # insertion order: stable even within one second
        return [self._evidence(r) for r in self._query(sql, args)]

    def evidence_item(self, evidence_id: str) -> EvidenceItem:
        rows = list(self._query("SELECT * FROM evidence WHERE id = ?", [evidence_id]))
        if not rows:
            raise NotFound(f"no evidence item {evidence_id!r}")
        return self._evidence(rows[0])

    def _evidence(self, r: dict[str, Any]) -> EvidenceItem:
        links = [
            x[0]
            for x in self.db.execute(
                "SELECT commitment_id FROM evidence_links WHERE evidence_id = ? ORDER BY commitment_id", [r["id"]]
            )
        ]
        fields = {k: r[k] for k in ("id", "assessment_id", "kind", "title", "date", "url", "file_sha256", "file_name", "notes")}
        if fields["file_sha256"] is None:  # a review copy's file lives outside the database
            row = self.db.execute("SELECT sha256 FROM review_files WHERE evidence_id = ?", [r["id"]]).fetchone()
            fields["file_sha256"] = row[0] if row else None
        return EvidenceItem(**fields, commitment_ids=links)

    def file_bytes(self, sha256: str) -> bytes:
        row = self.db.execute("SELECT data FROM files WHERE sha256 = ?", [sha256]).fetchone()
        if row is not None:
            return bytes(row[0])
        path = self.review_file_path(sha256)
        if path is None:
            raise NotFound(f"no attached file {sha256}")
        return path.read_bytes()

    def review_file_path(self, sha256: str) -> Path | None:
        """Where a review copy keeps a file with this content (None: no copy has it)."""
        for (folder,) in self.db.execute(
            "SELECT DISTINCT c.folder FROM review_files f JOIN review_copies c ON c.id = f.copy_id"
            " WHERE f.sha256 = ? AND c.folder != ''", [sha256]
        ).fetchall():
            p = self.path.with_name(self.path.name + ".review-copies") / folder / sha256
            if p.is_file():
                return p
        return None

    # -- audit and import flags ----------------------------------------------------------------
    def audit(self, assessment_id: str | None = None, *, limit: int | None = None,
              plan_id: str | None = None) -> list[AuditEntry]:
        sql = "SELECT * FROM audit"
        args: list[Any] = []
        if assessment_id is not None:
            sql += " WHERE assessment_id = ?"
            args.append(assessment_id)
        elif plan_id is not None:
            sql += " WHERE plan_id = ?"
            args.append(plan_id)
        sql += " ORDER BY seq"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        return [AuditEntry.model_validate(r) for r in self._query(sql, args)]

    def import_flags(self, plan_id: str | None = None) -> list[ImportFlag]:
        sql = "SELECT plan_id, commitment_id, column_name AS column, raw, message FROM import_flags"
        args: list[Any] = []
        if plan_id is not None:
            sql += " WHERE plan_id = ?"
            args.append(plan_id)
        return [ImportFlag.model_validate(r) for r in self._query(sql + " ORDER BY id", args)]

    def exports(self, assessment_id: str) -> list[dict[str, Any]]:
        return list(self._query("SELECT * FROM exports WHERE assessment_id = ? ORDER BY id", [assessment_id]))
