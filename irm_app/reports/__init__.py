"""Reports: an assessment as a Word or PDF publication, built from one interchange snapshot.

`build_report` (content.py) decides the content; `render_docx` / `render_pdf` only lay it out.
`export_report` is what the UI and the CLI call.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..interchange import InterchangeDoc
from .blocks import Report
from .catalogue import available_languages, load_catalogue
from .content import build_report

if TYPE_CHECKING:
    from ..methodology import Form

__all__ = ["Report", "available_languages", "build_report", "export_report"]

FORMATS = ("docx", "pdf")
STRUCTURES = ("product", "legacy")  # the product's own (the IRM's today), or per commitment


def export_report(
    doc: InterchangeDoc,
    assessment_id: str,
    form: Form,
    fmt: Literal["docx", "pdf"],
    out: Path,
    *,
    lang: str = "en",
    today: date | None = None,
    summary_lang: str | None = None,
    linked: tuple[str, Form] | None = None,
    structure: str = "product",
) -> Path:
    """Write the report to `out` atomically: a failed export never leaves a half-written file.

    Raises ValueError (one line) for an unknown format or language, KeyError for an assessment
    or plan missing from `doc`.
    """
    if fmt not in FORMATS:
        raise ValueError(f"no report format {fmt!r}; available: {', '.join(FORMATS)}")
    load_catalogue(lang)  # fail on an unknown language before any work
    if summary_lang:
        load_catalogue(summary_lang)
    if structure not in STRUCTURES:
        raise ValueError(f"no report structure {structure!r}; available: {', '.join(STRUCTURES)}")
    report = build_report(doc, assessment_id, form, lang=lang, today=today, summary_lang=summary_lang,
                          linked=linked, structure=structure)
    out = Path(out)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if fmt == "pdf":
            from .pdf import render_pdf

            render_pdf(report, tmp)
        else:
            from .docx import render_docx

            render_docx(report, tmp)
        # mkstemp makes the file private; keep the mode of the file replaced, else a normal one
        tmp.chmod(out.stat().st_mode & 0o777 if out.exists() else 0o644)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out
