"""A report: one snapshot taken on the library's thread, rendered anywhere (no signing involved).

Split where the library must be touched (SQLite connections stay on the thread that opened
them) and where the slow pure work happens, so the GUI can render on a worker thread while the
CLI simply calls `report`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..library import Library
from .change import Change, ChangeKind

if TYPE_CHECKING:
    from ..interchange import InterchangeDoc
    from ..methodology import Form

ReportFormat = Literal["docx", "pdf"]


@dataclass(frozen=True)
class ReportInput:
    """What a report is rendered from: one snapshot, taken on the library's thread."""

    doc: InterchangeDoc
    assessment_id: str
    form: Form


def report_input(lib: Library, assessment_id: str) -> ReportInput:
    a = lib.assessment(assessment_id)
    return ReportInput(lib.snapshot([a.id]), a.id, lib.form(a.form))


def render_report(inp: ReportInput, fmt: ReportFormat, out: Path, *, lang: str = "en",
                  summary_lang: str | None = None) -> Path:
    """Pure work (no library): safe on a worker thread."""
    from ..reports import export_report

    return export_report(inp.doc, inp.assessment_id, inp.form, fmt, Path(out), lang=lang, summary_lang=summary_lang)


def missing_translations(inp: ReportInput, lang: str) -> list[str]:
    """The form's strings with no translation in `lang` (shown in English in the report)."""
    from ..methodology.i18n import localize

    return list(localize(inp.form, lang).missing)


def report(lib: Library, assessment_id: str, fmt: ReportFormat, out: Path, *, lang: str = "en",
           summary_lang: str | None = None, who: str = "", initiator: object | None = None) -> Change[Path]:
    """Snapshot, then render: the whole action on one thread (the CLI's way)."""
    inp = report_input(lib, assessment_id)
    path = render_report(inp, fmt, out, lang=lang, summary_lang=summary_lang)
    return Change(ChangeKind.NONE, inp.assessment_id, None, who, path, "report", initiator)
