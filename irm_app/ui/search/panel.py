"""The search box (Ctrl+K): every text of the assessment shown and its plan, or of all plans.

Hits are listed best first: what the text is and where (commitment, field), and the words
around the hit with the matched words highlighted. The texts are the library's, so they are
escaped before the highlighting is added (text from outside is never markup). Enter or a
double-click on a hit asks the window to go there (`hitActivated`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserFacingError, one_line
from ...library import PlanSummary
from ...library.search import HIT_END, HIT_START, SearchHit
from ..scripts import isolate
from ..store import Store
from ..widgets.placeholder import fit_placeholder

HIT_ROLE = Qt.ItemDataRole.UserRole  # the SearchHit
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1  # the snippet with its hit marks
DELAY_MS = 250  # after the last key: one query per pause in typing, not one per key


def snippet_html(snippet: str) -> str:
    """The snippet as markup: its text escaped, its matched words bold on a highlight."""
    text = escape(" ".join(snippet.split()))
    return text.replace(HIT_START, "<b style='background-color:#ffe27a; color:#000'>").replace(HIT_END, "</b>")


def snippet_text(snippet: str) -> str:
    """The snippet as plain text (what screen readers and copies get)."""
    return " ".join(snippet.replace(HIT_START, "").replace(HIT_END, "").split())


class SnippetDelegate(QStyledItemDelegate):
    """Paints a snippet with its hits highlighted (the item's own text is the plain snippet)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        snippet = str(index.data(SNIPPET_ROLE) or "")
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(1)
        doc.setHtml(snippet_html(snippet))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        painter.setClipRect(opt.rect)
        painter.translate(opt.rect.left() + 2, opt.rect.top() + max(0, (opt.rect.height() - doc.size().height()) / 2))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 6))


class SearchPanel(QWidget):
    hitActivated = Signal(object)  # the SearchHit to go to
    closeRequested = Signal()  # Escape in an empty box

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.aid: str | None = None
        self._plans: dict[str, PlanSummary] = {}
        self.setObjectName("searchPanel")
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        fit_placeholder(self.box, self.tr("Search descriptions, milestones, justifications, evidence, narrative (Ctrl+K)"),
                        self.tr("Search every text (Ctrl+K)"))
        self.box.setAccessibleName(self.tr("Search every text"))
        self.scope = QComboBox()
        self.scope.setObjectName("searchScope")
        self.scope.addItem(self.tr("This assessment and its plan"), "assessment")
        self.scope.addItem(self.tr("All plans"), "library")
        self.scope.setAccessibleName(self.tr("Search in"))
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.results = QTreeWidget()
        self.results.setObjectName("searchResults")
        self.results.setHeaderLabels([self.tr("Where"), self.tr("Text")])
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setItemDelegateForColumn(1, SnippetDelegate(self.results))
        self.results.setColumnWidth(0, 260)
        self.results.itemActivated.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.box, 1)
        top.addWidget(self.scope)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.status)
        lay.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self.box.returnPressed.connect(self._enter)
        self.box.installEventFilter(self)
        self.scope.currentIndexChanged.connect(lambda _i: self.run())
        self.setFocusProxy(self.box)
        self.run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape clears the box; in an empty box it closes the search."""
        if watched is self.box and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape:
            if self.box.text():
                self.box.clear()
            else:
                self.closeRequested.emit()
            return True
        return super().eventFilter(watched, event)

    def set_assessment(self, aid: str | None) -> None:
        """The assessment shown: what "This assessment" searches."""
        self.aid = aid or None
        if self.scope.currentData() == "assessment" and self.box.text().strip():
            self.run()

    def _enter(self) -> None:
        """Enter in the box: search now; again (results unchanged), go to the first hit."""
        if self._timer.isActive() or not self.results.topLevelItemCount():
            self._timer.stop()
            self.run()
        if self.results.topLevelItemCount():
            self.results.setCurrentItem(self.results.topLevelItem(0))
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def run(self) -> None:
        self._timer.stop()
        text = self.box.text().strip()
        self.results.clear()
        if not text:
            self.status.setText(self.tr("Type words to find them in the plan's texts, your justifications, "
                                        "evidence, narrative and review comments. Every word must occur, "
                                        "in any order."))
            return
        aid = self.aid if self.scope.currentData() == "assessment" else None
        try:
            found = self.store.search(text, assessment_id=aid)
        except UserFacingError as e:
            self.status.setText(one_line(e))
            return
        self._plans = {p.id: p for p in self.store.plans()}  # one read for every hit's label
        shown_plan = self.store.assessment(self.aid).plan_id if self.aid else None
        for hit in found.hits:
            where = self.where(hit)
            if hit.plan_id != shown_plan and hit.kind != "plan":  # another plan's: say which
                where = f"{self._plan_label(hit.plan_id)} \u00b7 {where}"
            item = QTreeWidgetItem([where, snippet_text(hit.snippet)])
            item.setData(0, HIT_ROLE, hit)
            item.setData(1, SNIPPET_ROLE, hit.snippet)
            item.setToolTip(0, where)
            item.setToolTip(1, snippet_text(hit.snippet))
            self.results.addTopLevelItem(item)
        if found.hits:  # "Argentina 2011-2013 · US0128 · Description" whole, up to 45% of the width
            self.results.resizeColumnToContents(0)
            self.results.setColumnWidth(0, max(260, min(self.results.columnWidth(0) + 8,
                                                        self.results.viewport().width() * 45 // 100)))
        if not found.hits:
            where = self.tr("this assessment and its plan") if aid else self.tr("any plan")
            self.status.setText(self.tr("No matches for \u201c%s\u201d in %s. Every word must occur: try fewer "
                                        "words, or search All plans.") % (text, where))
        elif found.truncated:
            self.status.setText(self.tr("The best %d of %d matches: add a word to narrow them.")
                                % (len(found.hits), found.total))
        else:
            count = self.tr("1 match") if found.total == 1 else self.tr("%d matches") % found.total
            self.status.setText(count + self.tr(". Enter or a double-click goes there."))

    def where(self, hit: SearchHit) -> str:
        """What the text is and where, in the user's language."""
        plan = self._plan_label(hit.plan_id)
        cid = hit.commitment_id
        if hit.kind == "plan":
            what = {"title": self.tr("Plan title"), "self_assessment": self.tr("Self-assessment"),
                    "context": self.tr("Plan text")}.get(hit.field, self.tr("Plan text"))
            return f"{plan} \u00b7 {what}"
        if hit.kind == "commitment":
            return f"{cid} \u00b7 {self._commitment_field(hit.field)}"
        if hit.kind == "milestone":
            return self.tr("%s \u00b7 Milestone %s") % (cid, hit.field)
        if hit.kind == "justification":
            label = self._form_field(hit.assessment_id, hit.field)
            return self.tr("%s \u00b7 Justification: %s") % (cid or self.tr("Plan level"), label)
        if hit.kind == "evidence":
            return self.tr("%s \u00b7 Evidence") % (cid or plan)
        if hit.kind == "comment":
            return self.tr("%s \u00b7 Review comment") % (cid or plan)
        return self.tr("%s \u00b7 Narrative: %s") % (cid or plan, hit.field)

    def _plan_label(self, plan_id: str) -> str:
        summary = self._plans.get(plan_id)
        return isolate(f"{summary.member} {summary.period}".strip()) if summary else plan_id

    def _commitment_field(self, field: str) -> str:
        return {"title": self.tr("Title"), "description": self.tr("Description"), "problem": self.tr("Problem"),
                "contribution": self.tr("Contribution"), "relevance": self.tr("Relevance (plan's text)"),
                "additional_info": self.tr("Additional information")}.get(field, field)

    def _form_field(self, aid: str, key: str) -> str:
        try:
            form = self.store.form(self.store.assessment(aid).form)
        except UserFacingError:
            return key
        field = next((f for f in (*form.commitment_fields, *form.plan_fields) if f.key == key), None)
        return field.label if field is not None else key

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        hit = item.data(0, HIT_ROLE)
        if hit is not None:
            self.hitActivated.emit(hit)
