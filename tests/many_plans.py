"""A library-sized set of plans: the sample plan copied under new ids, members and periods.

Why: the library pane, search and the plan pickers must stay usable with the ~200 plans of a
real library; one sample copied keeps the fixture small and the texts real.
"""

from __future__ import annotations

from irm_app.importers.bundle import ImportBundle
from irm_app.importers.registry import read_import
from irm_app.paths import sample_plan

COUNTRIES = ["Albania", "Argentina", "Armenia", "Australia", "Brazil", "Canada", "Chile", "Colombia",
             "Costa Rica", "Croatia", "Estonia", "France", "Georgia", "Ghana", "Greece", "Guatemala",
             "Indonesia", "Ireland", "Italy", "Kenya", "Latvia", "Mexico", "Mongolia", "Morocco",
             "Nigeria", "Norway", "Paraguay", "Peru", "Philippines", "Portugal", "Romania", "Senegal",
             "Spain", "Sweden", "Tunisia", "Ukraine", "United Kingdom", "Uruguay"]
LOCALS = ["Buenos Aires, Argentina", "Madrid, Spain", "Paris, France", "Scotland, United Kingdom",
          "Elgeyo Marakwet, Kenya", "Tbilisi, Georgia", "Jalisco, Mexico", "Ontario, Canada"]


def many_plans(n: int = 200) -> ImportBundle:
    """`n` plans: five per member (countries first, then locals), numbered 1..5, 2-year periods."""
    sample = read_import(sample_plan()).plans[0]
    members = [(m, "National") for m in COUNTRIES] + [(m, "Local") for m in LOCALS]
    plans = []
    for i in range(n):
        member, level = members[(i // 5) % len(members)]
        number = i % 5 + 1
        code = "".join(ch for ch in member.upper() if ch.isalpha())[:3] + f"{i // 5 // len(members) or ''}"
        start = 2011 + 2 * (number - 1)
        plans.append(sample.model_copy(update={
            "id": f"AP_{code}{i // 5:02d}{number:02d}", "member": member, "member_code": code[:3],
            "number": number, "national_or_local": level, "period_start": start, "period_end": start + 2,
            "title": f"{member} action plan {number}",
        }))
    return ImportBundle(source="many-plans", plans=plans)
