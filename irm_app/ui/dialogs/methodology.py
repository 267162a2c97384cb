"""Help > Methodology: the form in use as a page to read (fields, levels and their definitions,
derived indicators, narrative sections, sources), built from the form's data.

Every text comes from a form file, which a user may edit: all of it is escaped, so a label such
as "<b>x</b>" reads as typed. Links are shown, never followed from the page.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ...methodology import Form
from ...methodology.fields import FormField


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>" if text.strip() else ""


class MethodologyDialog(QDialog):
    """The page of one form; `page_html()` is what the browser shows."""

    def __init__(self, form: Form, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("methodologyDialog")
        self.form = form
        self.setWindowTitle(self.tr("Methodology \u2014 %s") % form.title)
        self.page = QTextBrowser()
        self.page.setObjectName("methodologyPage")
        self.page.setOpenLinks(False)
        self.page.setAccessibleName(self.tr("The methodology form in use"))
        self.page.setHtml(self.page_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.page)
        lay.addWidget(buttons)
        self.resize(760, 560)

    def page_html(self) -> str:
        f = self.form
        which = self.tr("Form %s, version %s") % (f.key, f.version)
        parts = [f"<h2>{escape(f.title)}</h2>", f"<p><i>{escape(which)}</i></p>", _p(f.description)]
        for scope, title in (("commitment", self.tr("Each commitment")), ("plan", self.tr("The plan as a whole"))):
            fields = [x for x in f.fields if x.scope == scope]
            if fields:
                parts.append(f"<h3>{escape(title)}</h3>")
                parts += [self._field(x) for x in fields]
        if f.derived:
            heading = self.tr("Derived indicators (computed, never entered)")
            parts.append(f"<h3>{escape(heading)}</h3>")
            parts += [f"<p><b>{escape(d.label)}</b>" + (f" \u2014 {escape(d.description)}" if d.description else "")
                      + "</p>" for d in f.derived]
        if f.narrative:
            heading = self.tr("Narrative sections")
            parts.append(f"<h3>{escape(heading)}</h3>")
            parts += [f"<p><b>{escape(n.title)}</b> \u2014 {escape(n.prompt)}</p>" for n in f.narrative]
        if f.source:
            heading = self.tr("Sources")
            parts.append(f"<h3>{escape(heading)}</h3><ul>")
            parts += [f"<li>{escape(s)}</li>" for s in f.source]
            parts.append("</ul>")
        return "".join(parts)

    def _field(self, field: FormField) -> str:
        out = [f"<h4>{escape(field.label)}</h4>", _p(field.statement), _p(field.help)]
        if field.kind == "text":
            free = self.tr("Free text")
            out.append(f"<p><i>{escape(free)}</i></p>")
        unconfirmed = self.tr("unconfirmed")
        if field.levels:
            out.append("<ul>")
            for lv in field.levels:
                said = lv.shown_definition
                out.append(f"<li><b>{escape(lv.label)}</b>" + (f" \u2014 {escape(said)}" if said else "")
                           + (f" <i>({escape(unconfirmed)})</i>" if not lv.confirmed else "") + "</li>")
            out.append("</ul>")
        if field.source:
            source = self.tr("Source: %s") % field.source
            out.append(f"<p><small>{escape(source)}</small></p>")
        return "".join(out)
