"""The selected commitment as readable text: what the researcher scores against."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from ...model import Commitment, SelfReport
from ...text_safety import is_safe_link
from ..scripts import escape_html as escape
from ..scripts import isolate


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommitmentView", text)


# The texts _tr looks up from inside f-strings, marked here so lupdate extracts them.
_EXTRACTED = (
    QT_TRANSLATE_NOOP("CommitmentView", 'Theme'),
    QT_TRANSLATE_NOOP("CommitmentView", 'Lead'),
    QT_TRANSLATE_NOOP("CommitmentView", 'Supporting'),
    QT_TRANSLATE_NOOP("CommitmentView", 'Reported status'),
    QT_TRANSLATE_NOOP("CommitmentView", 'Problem'),
    QT_TRANSLATE_NOOP("CommitmentView", 'Description'),
    QT_TRANSLATE_NOOP("CommitmentView", 'Government self-assessment'),
    QT_TRANSLATE_NOOP("CommitmentView", 'Milestones'),
)


def commitment_html(c: Commitment) -> str:
    """Title, theme, institutions, description, the government's own reports, and milestones with
    their reported status and the dated progress notes (2023-08, 2024-02, ...)."""
    meta = []
    if c.theme:
        meta.append(f"<b>{_tr('Theme')}:</b> {escape(c.theme)}")
    if c.lead_institution:
        meta.append(f"<b>{_tr('Lead')}:</b> {escape(c.lead_institution)}")
    if c.supporting_institutions:
        meta.append(f"<b>{_tr('Supporting')}:</b> {escape(', '.join(c.supporting_institutions))}")
    if c.self_status:
        meta.append(f"<b>{_tr('Reported status')}:</b> {escape(c.self_status)}")
    parts = [f"<h3 style='margin-bottom:2px'>{escape(c.id)} &mdash; {escape(isolate(c.title))}</h3>"]
    parts.append("<p style='margin-top:2px'>" + "<br>".join(meta) + "</p>")
    if c.url and is_safe_link(c.url):
        parts.append(f"<p><a href='{escape(c.url, quote=True)}'>{escape(c.url)}</a></p>")
    elif c.url:  # javascript:, file:, data: ... are shown, never offered as a link
        parts.append(f"<p>{escape(c.url)}</p>")
    if c.problem:
        parts.append(f"<h4>{_tr('Problem')}</h4><p>{_paras(c.problem)}</p>")
    if c.description:
        parts.append(f"<h4>{_tr('Description')}</h4><p>{_paras(c.description)}</p>")
    if c.self_reports:
        parts.append(f"<h4>{_tr('Government self-assessment')}</h4>")
        parts.append(_reports_html(c.self_reports))
    if c.milestones:
        parts.append(f"<h4>{_tr('Milestones')} ({len(c.milestones)})</h4><ol>")
        for m in c.milestones:
            bits = []
            if m.lead:
                bits.append(f"{_tr('Lead')}: {escape(m.lead)}")
            if m.self_status:
                bits.append(f"{_tr('Reported status')}: <b>{escape(m.self_status)}</b>")
            extra = f"<br><span style='color:#555'>{' &middot; '.join(bits)}</span>" if bits else ""
            notes = _reports_html(m.self_reports) if m.self_reports else ""
            parts.append(f"<li style='margin-bottom:6px'>{escape(m.title)}{extra}{notes}</li>")
        parts.append("</ol>")
    return "".join(parts)


def _reports_html(reports: list[SelfReport]) -> str:
    """The government's progress notes, oldest first: '2023-08 · In Progress: text'."""
    rows = []
    for r in sorted(reports, key=lambda r: r.date):
        head = escape(r.date) + (f" &middot; {escape(r.status)}" if r.status else "")
        body = escape(r.text) if r.text else ""
        src = f" <i>({escape(r.source)})</i>" if r.source else ""
        rows.append(f"<tr><td style='color:#6b5a2a;white-space:nowrap;padding-right:8px'><b>{head}</b></td>"
                    f"<td style='color:#333'>{body}{src}</td></tr>")
    return "<table cellspacing='0' cellpadding='1' style='margin:2px 0 2px 0'>" + "".join(rows) + "</table>"


def _paras(text: str) -> str:
    return "</p><p>".join(escape(p) for p in text.split("\n\n") if p.strip())


class CommitmentView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentText")
        self.setOpenExternalLinks(True)
        self.setAccessibleName(self.tr("Commitment text"))
        self.setPlaceholderText(self.tr("Select a commitment to read it here."))

    def show_commitment(self, c: Commitment | None) -> None:
        self.setHtml(commitment_html(c) if c else "")
