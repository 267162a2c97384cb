"""Synthetic libraries shaped like real ones, written through the Library's own API.

Real IRM libraries hold 30-60 commitments per action plan, titles of 60-150 characters,
descriptions of 1-4 thousand characters and 2-5 milestones each; a researcher scores most
fields, justifies many and links evidence. The benchmarks need that shape at 1, 10 and 100
plans so the cost curve is visible, built fast (one `import_bundle` per library) and
deterministically (a seeded RNG), so two runs measure the same bytes.
"""

from __future__ import annotations

import csv
import random
import shutil
from pathlib import Path

from irm_app.importers.bundle import ImportBundle, ImportedAssessment
from irm_app.library import Library
from irm_app.library.backups import BackupPolicy
from irm_app.methodology import load_form
from irm_app.model import ActionPlan, Commitment, Milestone

FORM = "irm-progress-report-legacy"
"""The form with the most commitment fields, so a scored row is as heavy as rows get."""
REVIEW_FORM = "irm-action-plan-review-2021"
PER_PLAN = 50
WHO = "bench"

_WORDS = (
    "open government public budget procurement contracts transparency accountability civic "
    "participation access information data portal ministry municipal council citizens civil "
    "society monitoring report publish quarterly beneficial ownership registry justice health "
    "education environment extractive industries anti-corruption integrity whistleblower "
    "consultation feedback mechanism platform standard format machine-readable national "
    "strategy implementation evaluation assessment oversight parliament audit institution "
    "community local regional digital services inclusion gender youth indigenous"
).split()
_THEMES = ("Fiscal openness", "Access to information", "Anti-corruption", "Open contracting",
           "Civic space", "Digital governance", "Justice", "Environment", "Health")
_LEADS = ("Ministry of Finance", "Office of the President", "Ministry of Justice",
          "National Audit Office", "Ministry of Digital Affairs", "Public Procurement Agency")


def _text(rng: random.Random, low: int, high: int) -> str:
    """Prose-like text with a length drawn between low and high characters."""
    target = rng.randint(low, high)
    out: list[str] = []
    size = 0
    while size < target:
        sentence = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(8, 20))).capitalize() + "."
        out.append(sentence)
        size += len(sentence) + 1
    return " ".join(out)[:target].rstrip() or "x"


def make_plan(index: int, n_commitments: int = PER_PLAN, *, seed: int = 0) -> ActionPlan:
    """One plan; the same (index, seed) always gives the same plan."""
    rng = random.Random(seed * 100_003 + index)
    code = f"S{index:03d}"
    commitments = []
    for i in range(1, n_commitments + 1):
        cid = f"{code}{i:04d}"
        commitments.append(Commitment(
            id=cid,
            number=str(i),
            title=_text(rng, 60, 150),
            short_title=_text(rng, 20, 40),
            theme=rng.choice(_THEMES),
            lead_institution=rng.choice(_LEADS),
            supporting_institutions=[rng.choice(_LEADS) for _ in range(rng.randint(0, 3))],
            problem=_text(rng, 200, 800),
            description=_text(rng, 1000, 4000),
            milestones=[
                Milestone(id=f"{cid}.{k}", title=_text(rng, 40, 120), description=_text(rng, 0, 300),
                          lead=rng.choice(_LEADS), start="2022-01", end="2024-06")
                for k in range(1, rng.randint(2, 5) + 1)
            ],
            ogp_values=rng.sample(["access_to_information", "civic_participation",
                                   "public_accountability", "technology_innovation"], rng.randint(1, 3)),
            start="2022-01", end="2024-06",
        ))
    return ActionPlan(id=f"AP_{code}", member=f"Syntheria {index}", member_code=code, number=1,
                      title=f"Synthetic action plan {index}", period_start=2022, period_end=2024,
                      source="benchmarks.synthetic", commitments=commitments)


def _scores(plan: ActionPlan, rng: random.Random, form_key: str = FORM) -> dict[str, dict[str, object]]:
    """About 85% of the commitment fields scored with valid levels."""
    form = load_form(form_key)
    out: dict[str, dict[str, object]] = {}
    for c in plan.commitments:
        values: dict[str, object] = {}
        for f in form.commitment_fields:
            if rng.random() > 0.85:
                continue
            if f.kind == "text":
                values[f.key] = _text(rng, 20, 200)
            elif f.kind == "flags":
                values[f.key] = rng.sample([lv.key for lv in f.levels], rng.randint(0, 2))
            else:
                values[f.key] = rng.choice(f.levels).key
        out[c.id] = values
    return out


def build_library(path: Path, n_plans: int, *, per_plan: int = PER_PLAN, seed: int = 0) -> Path:
    """Write a library of n_plans plans, scored, half justified, with evidence; returns path."""
    plans = [make_plan(i, per_plan, seed=seed) for i in range(1, n_plans + 1)]
    rng = random.Random(seed)
    bundle = ImportBundle(source="benchmarks.synthetic", plans=plans, assessments=[
        ImportedAssessment(plan_id=p.id, form=FORM, title="Progress report", researcher="Bench Researcher",
                           scores=_scores(p, rng))  # type: ignore[arg-type]
        for p in plans
    ])
    lib = Library.open(path, backups=BackupPolicy(path, interval=1e9))
    try:
        lib.imports.import_bundle(bundle, who=WHO)
        _justify_and_link(lib, rng)
    finally:
        lib.close()
    return path


def build_sample_library(path: Path, *, seed: int = 0) -> Path:
    """The bundled sample plan (36 commitments) with a scored action-plan review."""
    from irm_app.importers.registry import read_import
    from irm_app.paths import sample_plan

    bundle = read_import(sample_plan())
    rng = random.Random(seed)
    bundle.assessments.append(ImportedAssessment(
        plan_id=bundle.plans[0].id, form=REVIEW_FORM, title="Action plan review", researcher="Bench Researcher",
        scores=_scores(bundle.plans[0], rng, REVIEW_FORM),  # type: ignore[arg-type]
    ))
    lib = Library.open(path, backups=BackupPolicy(path, interval=1e9))
    try:
        lib.imports.import_bundle(bundle, who=WHO)
        _justify_and_link(lib, rng)
    finally:
        lib.close()
    return path


def _justify_and_link(lib: Library, rng: random.Random) -> None:
    """Justify about half the scores and add five evidence items per assessment, in one transaction."""
    with lib.tx.atomic():  # nested Library calls become savepoints
        for a in lib.assessments.all():
            for cid, fields in lib.scores.all(a.id).items():
                for key, score in fields.items():
                    if cid is not None and score.value not in (None, "", []) and rng.random() < 0.5:
                        lib.scores.set_justification(a.id, cid, key, _text(rng, 80, 600), who=WHO)
            ids = [c.id for c in lib.plans.commitments(a.plan_id)]
            for k in range(5):
                lib.evidence.add_evidence(a.id, title=_text(rng, 20, 80), kind="document", date="2023-05-01",
                                 url=f"https://example.org/{a.plan_id}/{k}", notes=_text(rng, 0, 300),
                                 commitment_ids=rng.sample(ids, min(len(ids), 3)), who=WHO)


class LibraryCache:
    """Generated libraries for one run, in one temp dir: build once, copy for each mutation."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._built: dict[tuple[int, int], Path] = {}

    def sample(self) -> Path:
        """The scored sample library (36 commitments)."""
        if (0, 0) not in self._built:
            d = self.root / "lib-sample"
            d.mkdir(parents=True, exist_ok=True)
            self._built[(0, 0)] = build_sample_library(d / "library.db")
        return self._built[(0, 0)]

    def get(self, n_plans: int, per_plan: int = PER_PLAN) -> Path:
        key = (n_plans, per_plan)
        if key not in self._built:
            d = self.root / f"lib-{n_plans}x{per_plan}"
            d.mkdir(parents=True, exist_ok=True)
            self._built[key] = build_library(d / "library.db", n_plans, per_plan=per_plan)
        return self._built[key]

    def copy(self, n_plans: int, dest_dir: Path, per_plan: int = PER_PLAN) -> Path:
        """A private copy (the library file only, no WAL: close() checkpoints) to mutate."""
        src = self.get(n_plans, per_plan)
        dest_dir.mkdir(parents=True, exist_ok=True)
        dest = dest_dir / "library.db"
        shutil.copyfile(src, dest)
        return dest


def write_ogp_csv(out: Path, header_source: Path, n_rows: int, *, per_plan: int = PER_PLAN) -> Path:
    """An OGP commitments table of n_rows with the real export's column names and cell shapes."""
    with header_source.open(encoding="utf-8", newline="") as f:
        headers = next(csv.reader(f))
    levels = {
        "Specificity": ("None", "Low", "Medium", "High"),
        "Potential Impact": ("None", "Minor", "Moderate", "Transformative"),
        "Completion (Progress Report)": ("Not Started", "Limited", "Substantial", "Complete"),
        "Did It Open Government (Overall)": ("Worsened", "Did Not Change", "Marginal", "Major", "Outstanding"),
    }
    rng = random.Random(7)
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(headers)
        for r in range(n_rows):
            p, i = divmod(r, per_plan)
            row = {
                "Commitment Unique Identifier": f"SY{p:03d}{i + 1:04d}",
                "Country/Locality": f"Syntheria {p}",
                "Action Plan ID": f"AP_SY{p:03d}",
                "Action Plan Number": "1",
                "Commitment Number": str(i + 1),
                "Year Of Submission": "2016",
                "Action Plan End Year": "2018",
                "National Or Local": "National",
                "Theme": rng.choice(_THEMES),
                "Commitment Title": _text(rng, 60, 150),
                "Short Title": _text(rng, 20, 30),
                "Full Text": _text(rng, 1000, 4000),
                "Start Date": "2016-07-01",
                "End Date": "2018-06-30",
                "Lead Institution": rng.choice(_LEADS),
                "Supporting Institution(s)": rng.choice(_LEADS),
                "Verifiable": rng.choice(("Yes", "No")),
                "OGP Value Access To Information": rng.choice(("1", "0")),
                "OGP Value Civic Participation": rng.choice(("1", "0")),
                "OGP Value Public Accountability": rng.choice(("1", "0")),
                "OGP Value Technology": rng.choice(("1", "0")),
            }
            for col, options in levels.items():
                row[col] = rng.choice(options)
            # as in the real export, most rows state OGP's own starred verdicts (the importer
            # compares them with the form's derived indicators) and the end-of-term codes
            row["Completion (End Of Term)"] = rng.choice(levels["Completion (Progress Report)"])
            row["Did It Open Government (Access To Information)"] = rng.choice(
                levels["Did It Open Government (Overall)"])
            for col in ("Starred (Current Formula) Progress Report", "Starred (Current Formula) End of Term"):
                row[col] = rng.choice(("0", "0", "1", ""))
            w.writerow([row.get(h, "") for h in headers])
    return out
