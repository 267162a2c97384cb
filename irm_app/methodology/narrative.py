"""A product's written sections and report structure, as data in its form file.

The IRM's products are mostly prose (an overview, the analysis of promising commitments,
recommendations, lessons); which sections a product has, what the researcher is asked to
write, where each goes in the report and how long the IRM's guidance suggests it be are the
form's `[[narrative]]` entries. `[report]` names the fields and indicators the product's
structure is read from (cluster, promising, the "at a glance" counts), so code never names them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# Where a section can go, per product: the slots each report builder fills (reports/product.py).
PLACES: dict[str, tuple[str, ...]] = {
    "action-plan-review": ("overview", "analysis", "requirements"),
    "results-report": ("implementation", "analysis", "participation", "lessons"),
    "midterm-review": ("overview", "implementation", "analysis", "participation", "recommendations"),
    "progress-report": ("overview", "analysis"),
}

Scope = Literal["plan", "commitment"]  # "commitment": written per promising commitment or cluster


class NarrativeSection(BaseModel):
    """One section the researcher writes: key (stored), title (printed), prompt (shown while writing)."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    key: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str = Field(min_length=1)
    prompt: str = Field(min_length=1)
    place: str
    scope: Scope = "plan"
    words: int = Field(0, ge=0, description="Suggested length in words (the IRM's guidance), 0: none")
    source: str = ""


class ReportSpec(BaseModel):
    """What the product's structure is read from; every key is checked against the form at load."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    cluster_field: str = ""  # a text field holding the cluster's name
    promising: str = ""  # a derived indicator: True = analysed in depth
    rationale_field: str = ""  # the field whose justification says why it is promising
    significant: str = ""  # a derived indicator: True = significant results, shown even when not promising
    glance: list[str] = []  # derived indicators counted (n and %) in the "at a glance" box
    requirements: list[str] = []  # the plan fields that are the minimum-requirements review
    description_chars: int = Field(500, ge=100, description="Length of an analysed commitment's description")
    linked_product: str = ""  # an earlier product of the same plan carried over (e.g. the review)
