"""Reading a plan file for import: the government's document (PDF, Word) or a data file.

A read never writes; `assessments.import_bundle` writes what it produced in one transaction.
A document's detection (`DetectedPlan`) is returned with the bundle, so a review step can show
what was found, with its sources and confidence notes, before anything is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..importers.bundle import ImportBundle

if TYPE_CHECKING:
    from ..intake.detected import DetectedPlan


@dataclass(frozen=True)
class PlanRead:
    """What a plan file holds, parsed and validated, not yet written."""

    bundle: ImportBundle
    detected: DetectedPlan | None  # a document's commitments as found; None for data files

    def summary_lines(self) -> list[str]:
        """What an import would bring in, one line each (the CLI's --dry-run)."""
        if self.detected is not None:
            return [*self.detected.summary_lines(), f"plan id {self.bundle.plans[0].id}"]
        lines: list[str] = []
        for plan in self.bundle.plans:
            lines.append(f"{plan.id}: {len(plan.commitments)} commitments, "
                         f"{sum(len(c.milestones) for c in plan.commitments)} milestones")
            lines.extend(f"  {c.id} {c.title} | {len(c.milestones)} milestones" for c in plan.commitments)
        return lines


def read_plan(path: Path, *, plan_id: str | None = None, member: str | None = None,
              member_code: str | None = None, number: int | None = None) -> PlanRead:
    """Parse any importable file (no library: safe on a worker thread). The plan arguments name
    a plan read from a document, which rarely states its own OGP id."""
    from ..importers.registry import read_import
    from ..importers.text import read_bytes
    from ..intake.reader import is_document, read_document

    path = Path(path)
    data = read_bytes(path)
    if is_document(path, data) and path.suffix.lower() != ".xlsx":
        detected = read_document(path, data)
        plan_args = {"plan_id": plan_id, "member": member, "member_code": member_code, "number": number}
        return PlanRead(detected.to_bundle(**plan_args), detected)
    return PlanRead(read_import(path), None)
