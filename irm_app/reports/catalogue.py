"""The report strings catalogue: every word a report prints that is not the researcher's.

One JSON file per language in resources/translations/ (`en.json`, ...). A key missing from a
language falls back to English, so a partial translation still produces a whole report.
Keys may have a report-type variant (`section.cocreation.results-report`) tried first.
The pseudo-locale (`qps-ploc`) is generated from English: every string visibly transformed, so
a test can show that no English is left in a report (docs/translating.md).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..methodology.i18n import PSEUDO, pseudo
from ..paths import resources_dir

FALLBACK = "en"
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def available_languages() -> list[str]:
    """Language codes with a catalogue, sorted (what `lang=` accepts)."""
    return sorted(p.stem for p in translations_dir().glob("*.json"))


def _read(lang: str) -> dict[str, str]:
    data: Any = json.loads((translations_dir() / f"{lang}.json").read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"translations/{lang}.json: expected an object of strings")
    return {str(k): str(v) for k, v in data.items()}


@dataclass(frozen=True)
class Catalogue:
    lang: str
    strings: dict[str, str]

    def t(self, key: str, variant: str | None = None, **values: object) -> str:
        """The string for `key` (its `variant` form if there is one), formatted with `values`."""
        text = None
        if variant:
            text = self.strings.get(f"{key}.{variant}")
        if text is None:
            text = self.strings.get(key)
        if text is None:
            raise KeyError(f"report string {key!r} missing from translations/{self.lang}.json")
        return text.format(**values) if values else text

    def date(self, iso: str) -> str:
        """A full ISO date (2024-03-01) in words, month names from `date.months`; anything else as is."""
        match = _ISO_DAY.match(iso or "")
        if not match:
            return iso
        year, month, day = (int(g) for g in match.groups())
        months = [m.strip() for m in self.t("date.months").split(",")]
        if not 1 <= month <= len(months) == 12 or not 1 <= day <= 31:
            return iso
        shown = self.t("date.first_day") if day == 1 else str(day)
        return self.t("date.format", day=shown, month=months[month - 1], year=year)

    def member_in_text(self, member: str) -> str:
        """The member's name as running text says it ("the United States"): a per-name variant
        of `member.in_text` in the language's file, else the name as it is."""
        return self.t("member.in_text", member, member=member)


def load_catalogue(lang: str = FALLBACK) -> Catalogue:
    """The catalogue for `lang`; ValueError (one line) naming the languages available."""
    if lang == PSEUDO:
        strings = {k: pseudo(v) if not k.startswith("_") and k != "date.months" else v
                   for k, v in _read(FALLBACK).items()}
        strings["date.months"] = ",".join(pseudo(m.strip()) for m in strings["date.months"].split(","))
        return Catalogue(lang, strings)
    langs = available_languages()
    if lang not in langs:
        raise ValueError(f"no report language {lang!r}; available: {', '.join(langs)}")
    strings = _read(FALLBACK) if lang != FALLBACK else {}
    strings.update(_read(lang))
    return Catalogue(lang, strings)
