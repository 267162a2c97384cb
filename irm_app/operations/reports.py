"""A report: one snapshot taken on the library's thread, rendered anywhere (no signing involved).

Split where the library must be touched (SQLite connections stay on the thread that opened
them) and where the slow pure work happens, so the GUI can render on a worker thread while the
CLI simply calls `report`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..errors import UserFacingError
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
    linked: tuple[str, Form] | None = None  # the same plan's review a Results Report carries over


def linked_assessment(lib: Library, assessment_id: str) -> tuple[str, Form] | None:
    """The assessment of the same plan whose product the form links to (a Results Report: the
    Action Plan Review): the final one if any, else the newest; None when there is none."""
    linked = lib.assessments.linked_assessment_id(assessment_id)
    return (linked, lib.forms.get(lib.assessments.assessment(linked).form)) if linked else None


def report_input(lib: Library, assessment_id: str) -> ReportInput:
    a = lib.assessments.assessment(assessment_id)
    linked = linked_assessment(lib, a.id)
    ids = [a.id, linked[0]] if linked else [a.id]
    return ReportInput(lib.snapshot(ids), a.id, lib.forms.get(a.form), linked)


def render_report(inp: ReportInput, fmt: ReportFormat, out: Path, *, lang: str = "en",
                  summary_lang: str | None = None, structure: str = "product") -> Path:
    """Pure work (no library): safe on a worker thread."""
    from ..reports import export_report

    return export_report(inp.doc, inp.assessment_id, inp.form, fmt, Path(out), lang=lang, summary_lang=summary_lang,
                         linked=inp.linked, structure=structure)


def sign_report(inp: ReportInput, path: Path, passphrase: bytes, *, home: Path | None = None) -> str:
    """Sign a rendered PDF in place (PAdES, in the space the report reserves); returns the signer.
    Only a final assessment's report is signed: a draft is not a publication."""
    from ..signing.identity import load_identity
    from ..signing.pdf_sign import sign_pdf

    status = inp.doc.assessment(inp.assessment_id).status
    if status != "final":
        raise ReportNotSigned(f"not signed: the assessment is {status} (only a final report is signed)")
    ident = load_identity(home)
    ident.unlock(passphrase)  # a wrong passphrase: one IdentityError line, before any work
    signed = path.with_name(f".{path.name}.signed")
    try:
        sign_pdf(path, signed, ident, passphrase)
        signed.replace(path)
    finally:
        signed.unlink(missing_ok=True)
    return ident.subject_str


class ReportNotSigned(UserFacingError):
    """Why a report was written unsigned (a note for the user, not a failure of the export)."""


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
