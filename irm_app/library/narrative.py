"""The researcher's written sections, stored per assessment and audited like scores.

A section is the form's `[[narrative]]` key; a plan-scope section is written once, a
commitment-scope one per commitment or per cluster (named by the form's cluster field). Empty
text removes the section. A final assessment refuses every write (`check_writable`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlite_utils

from ..model import utcnow
from .errors import LibraryError, NotFound
from .part import Forms, Part
from .transactions import Transactions

if TYPE_CHECKING:  # the interchange models load with the call that reads sections (not every `score`)
    from ..interchange import NarrativeEntry
    from .assessments import Assessments
    from .plans import Plans
    from .scores import Scores


def target_of(commitment_id: str | None, cluster: str | None) -> str:
    if commitment_id and cluster:
        raise LibraryError("a section is written for a commitment or for a cluster, not both")
    if commitment_id:
        return f"commitment:{commitment_id}"
    return f"cluster:{cluster}" if cluster else ""


class Narrative(Part):
    """`lib.narrative`: the narrative table (one row per section and target)."""

    def __init__(self, db: sqlite_utils.Database, tx: Transactions, *, forms: Forms, assessments: Assessments,
                 plans: Plans, scores: Scores) -> None:
        super().__init__(db, tx)
        self._forms = forms
        self._assessments = assessments
        self._plans = plans
        self._scores = scores

    def sections(self, assessment_id: str) -> list[NarrativeEntry]:
        """Every written section, in the form's order is the report's business: here by key."""
        from ..interchange import NarrativeEntry

        out = []
        for r in self._query("SELECT * FROM narrative WHERE assessment_id = ? ORDER BY section, target",
                             [assessment_id]):
            kind, _, name = r["target"].partition(":")
            out.append(NarrativeEntry(
                section=r["section"], commitment_id=name if kind == "commitment" else None,
                cluster=name if kind == "cluster" else None, text=r["text"], author=r["author"],
                updated=r["updated"],
            ))
        return out

    def clusters(self, assessment_id: str) -> dict[str, list[str]]:
        """Cluster name -> member commitment ids (plan order), from the form's cluster field, or
        (a Results Report, a Midterm Review) from the linked review's, whose clusters it carries over."""
        a = self._assessments.assessment(assessment_id)
        key = self._forms.get(a.form).report.cluster_field
        source = a.id
        if not key:
            linked = self._assessments.linked_assessment_id(a.id)
            key = self._forms.get(self._assessments.assessment(linked).form).report.cluster_field if linked else ""
            source = linked or a.id
        if not key:
            return {}
        values = {cid: fields[key].value for cid, fields in self._scores.all(source).items() if cid and key in fields}
        out: dict[str, list[str]] = {}
        for c in self._plans.commitments(a.plan_id):
            name = values.get(c.id)
            if isinstance(name, str) and name.strip():
                out.setdefault(name.strip(), []).append(c.id)
        return out

    def set_narrative(self, assessment_id: str, section: str, text: str, *, commitment_id: str | None = None,
                      cluster: str | None = None, who: str) -> str:
        """Write (or, with empty text, remove) one section; returns the previous text."""
        a = self._assessments.check_writable(assessment_id)
        spec = self._forms.get(a.form).narrative_section(section)
        target = target_of(commitment_id, cluster)
        if spec.scope == "plan" and target:
            raise LibraryError(f"section {section!r} is written for the whole plan, not per commitment or cluster")
        if spec.scope == "commitment" and not target:
            raise LibraryError(f"section {section!r} is written per commitment or cluster: name one")
        self._plans.check_commitment(a.plan_id, commitment_id)
        if cluster and cluster not in self.clusters(a.id):
            raise NotFound(f"no cluster {cluster!r} in assessment {a.id[:8]} (see `irm-app cluster`)")
        row = self.db.execute("SELECT text FROM narrative WHERE assessment_id = ? AND section = ? AND target = ?",
                              [a.id, section, target]).fetchone()
        old = row[0] if row else ""
        text = text.replace("\r\n", "\n").strip()
        if text == old:
            return old
        with self.tx.atomic():
            if text:
                self.db.execute(
                    "INSERT INTO narrative (assessment_id, section, target, text, author, updated)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (assessment_id, section, target)"
                    " DO UPDATE SET text = excluded.text, author = excluded.author, updated = excluded.updated",
                    [a.id, section, target, text, who, utcnow()],
                )
            else:
                self.db.execute("DELETE FROM narrative WHERE assessment_id = ? AND section = ? AND target = ?",
                                [a.id, section, target])
            self._audit(who, "narrative", a.id, target or None, section, old or None, text or None)
        return old
