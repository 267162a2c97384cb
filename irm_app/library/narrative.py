"""The researcher's written sections, stored per assessment and audited like scores.

A section is the form's `[[narrative]]` key; a plan-scope section is written once, a
commitment-scope one per commitment or per cluster (named by the form's cluster field). Empty
text removes the section. A final assessment refuses every write (`_writable`).
"""

from __future__ import annotations

from ..interchange import NarrativeEntry
from ..model import utcnow
from .errors import LibraryError, NotFound
from .mutations import Mutations


def target_of(commitment_id: str | None, cluster: str | None) -> str:
    if commitment_id and cluster:
        raise LibraryError("a section is written for a commitment or for a cluster, not both")
    if commitment_id:
        return f"commitment:{commitment_id}"
    return f"cluster:{cluster}" if cluster else ""


class NarrativeMutations(Mutations):
    def narrative(self, assessment_id: str) -> list[NarrativeEntry]:
        """Every written section, in the form's order is the report's business: here by key."""
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
        a = self.assessment(assessment_id)
        key = self.form(a.form).report.cluster_field
        source = a.id
        if not key:
            linked = self.linked_assessment_id(a.id)
            key = self.form(self.assessment(linked).form).report.cluster_field if linked else ""
            source = linked or a.id
        if not key:
            return {}
        values = {cid: fields[key].value for cid, fields in self.scores(source).items() if cid and key in fields}
        out: dict[str, list[str]] = {}
        for c in self.commitments(a.plan_id):
            name = values.get(c.id)
            if isinstance(name, str) and name.strip():
                out.setdefault(name.strip(), []).append(c.id)
        return out

    def linked_assessment_id(self, assessment_id: str) -> str | None:
        """The assessment of the same plan whose product this one's form links to (e.g. the
        Action Plan Review): the final one if any, else the newest; None when there is none."""
        a = self.assessment(assessment_id)
        product = self.form(a.form).report.linked_product
        if not product:
            return None
        found = [o for o in self.assessments() if o.plan_id == a.plan_id and o.id != a.id
                 and self.form(o.form).report_type == product]
        if not found:
            return None
        return max(found, key=lambda o: (o.status == "final", o.version, o.created)).id

    def set_narrative(self, assessment_id: str, section: str, text: str, *, commitment_id: str | None = None,
                      cluster: str | None = None, who: str) -> str:
        """Write (or, with empty text, remove) one section; returns the previous text."""
        a = self._writable(assessment_id)
        spec = self.form(a.form).narrative_section(section)
        target = target_of(commitment_id, cluster)
        if spec.scope == "plan" and target:
            raise LibraryError(f"section {section!r} is written for the whole plan, not per commitment or cluster")
        if spec.scope == "commitment" and not target:
            raise LibraryError(f"section {section!r} is written per commitment or cluster: name one")
        self._check_commitment(a.plan_id, commitment_id)
        if cluster and cluster not in self.clusters(a.id):
            raise NotFound(f"no cluster {cluster!r} in assessment {a.id[:8]} (see `irm-app cluster`)")
        row = self.db.execute("SELECT text FROM narrative WHERE assessment_id = ? AND section = ? AND target = ?",
                              [a.id, section, target]).fetchone()
        old = row[0] if row else ""
        text = text.replace("\r\n", "\n").strip()
        if text == old:
            return old
        with self.transaction():
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
