"""How the government's own reported status compares with the IRM's completion score.

The self-assessment is never mixed with the IRM's scores; the form only says, as data, which
completion field the claim is compared with and how both map onto one ordinal scale, so the
app can list the commitments where the government claimed more than the IRM assessed.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .fields import fold


class SelfReportRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    field: str = Field(description="The completion field the government's claim is compared with")
    ranks: dict[str, int] = Field(description="Level key -> rank on the completion scale")
    claims: dict[str, int] = Field(description="Reported status (any case) -> the rank it claims")

    def claim_rank(self, status: str | None) -> int | None:
        if not status:
            return None
        folded = fold(status)
        for name, rank in self.claims.items():
            if fold(name) == folded:
                return rank
        return None

    def claimed_more(self, level: str | None, status: str | None) -> bool | None:
        """True when the claim ranks above the IRM's level; None when they cannot be compared."""
        claim = self.claim_rank(status)
        if level is None or claim is None or level not in self.ranks:
            return None
        return claim > self.ranks[level]
