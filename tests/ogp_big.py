"""An OGP-shaped commitments table at the real table's size, built from the fixture's patterns.

The fixture's rows (both methodologies, missing-value codes, not-assessed readings, OGP's own
codes, multi-line full texts) are repeated with fresh IDs, ~50 commitments per plan, and the
header is widened to the real export's ~170 columns: policy-area tags (1 / 0), `_` numeric
twins and OGP's own analysis columns, as ogp-commitments-table.md describes.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

FIXTURE = Path(__file__).parent / "data" / "ogp" / "commitments-sample.csv"
PER_PLAN = 50
N_COLUMNS = 170
PARAGRAPH = (
    "The ministry will publish the register as open data, consult civil society on its scope, "
    "and report on progress every six months.\nMilestone | Lead | End\n"
)


def _extra_headers(have: list[str]) -> list[str]:
    areas = [f"Policy Area {i:02d}" for i in range(1, 81)]
    twins = [f"_{h}" for h in ("Potential Impact", "Completion (Progress Report)", "Completion (End Of Term)",
                                "Did It Open Government (Overall)", "Verifiable", "Potential for Results")]
    analysis = [f"OGP Analysis {i:02d}" for i in range(1, N_COLUMNS)]
    extra = [h for h in areas + twins + ["Binding constraint"] + analysis if h not in have]
    return extra[: N_COLUMNS - len(have)]


def write_big_table(out: Path, n_rows: int = 10_000, *, seed: int = 20) -> Path:
    """Write the table; return its path. Deterministic for a seed."""
    with FIXTURE.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        patterns = list(reader)
        headers = list(reader.fieldnames or [])
    headers += _extra_headers(headers)
    legacy = [r for r in patterns if r["Potential Impact"]]
    refreshed = [r for r in patterns if r["Potential for Results"]]
    rng = random.Random(seed)
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(headers)
        for r in range(n_rows):
            p, i = divmod(r, PER_PLAN)
            kind = refreshed if p % 3 == 2 else legacy  # one methodology per plan, as in OGP's table
            row = dict(kind[i % len(kind)])
            row.update({
                "Commitment Unique Identifier": f"SY{p:04d}{i + 1:03d}",
                "Action Plan ID": f"AP_SY{p:04d}",
                "Country/Locality": f"Syntheria {p}",
                "Commitment Number": str(i + 1),
                "Full Text": row["Full Text"] + "\n" + PARAGRAPH * rng.randint(5, 40),
            })
            for h in headers[len(patterns[0]):]:
                row[h] = f"{rng.random():.3f}" if h.startswith("OGP Analysis") else rng.choice(("1", "0", "", "NA"))
            w.writerow([row.get(h, "") for h in headers])
    return out
