"""The scoring form for one commitment (or the plan), generated from the methodology form.

Edits become undo commands pushed on the undo stack of the assessment shown; the commands write through the
Store; the Store's signal brings the new state back here. So the screen always shows what the
library holds, including after an undo.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ...methodology import Form
from ...model import Commitment, ScoreValue
from ..store import Store
from ..undo.commands import SetJustification, SetScore, UndoTarget
from ..widgets.wrapped_label import WrappedLabel
from .claims import ClaimLabel, claim_html
from .field_editor import FieldEditor, _esc


class ScoringForm(QWidget):
    commentsRequested = Signal(str)  # a field's comments button was clicked: its key
    definitionsRequested = Signal()  # "?" on a field: its definitions were asked for

    def __init__(self, store: Store, undo_stack: UndoTarget, scope: Literal["commitment", "plan"],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.scope = scope
        self.aid: str | None = None
        self.cid: str | None = None
        self.form: Form | None = None
        self.editors: dict[str, FieldEditor] = {}
        self.commitment: Commitment | None = None
        self.claim = ClaimLabel()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.derived = WrappedLabel()
        self.derived.setObjectName("derived")
        self.derived.setAccessibleName(self.tr("Derived indicators"))
        self.derived.setTextFormat(Qt.TextFormat.RichText)
        self.derived.setToolTip(self.tr("Computed from the scores by the methodology; updates as you score"))
        self.help = QTextBrowser()
        self.help.setObjectName("fieldHelp")
        self.help.setAccessibleName(self.tr("Levels of the focused field"))
        self.help.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.help.setMinimumHeight(90)
        self.help.setPlaceholderText(self.tr("Focus a field to see its levels and definitions here."))
        self.definitions_shown = False  # compact: no levels pane, derived indicators without reasons
        self.help.setVisible(False)
        self._body = QWidget()
        self._body_layout = QVBoxLayout(self._body)
        self._body_layout.setContentsMargins(0, 0, 0, 0)
        self._body_layout.setSpacing(6)
        self._layout.addWidget(self._body)
        self._layout.addStretch(1)
        self._refreshes = 0  # counts refreshes: an edit that brought none back was rejected
        store.scoresChanged.connect(self._on_scores_changed)

    # -- target --------------------------------------------------------------------------------
    def set_target(self, aid: str | None, cid: str | None, commitment: Commitment | None = None) -> None:
        """Show the fields of this assessment for this commitment (None: plan level); with the
        commitment, its government claim is shown beside the completion field."""
        self.flush()
        self.commitment = commitment
        form = self.store.form(self.store.assessment(aid).form) if aid else None
        if form is not self.form:
            self._build(form)
        self.aid, self.cid = aid, cid
        self.refresh()

    def _fields(self, form: Form) -> list:
        return form.commitment_fields if self.scope == "commitment" else form.plan_fields

    def _build(self, form: Form | None) -> None:
        for e in self.editors.values():
            e.setParent(None)
            e.deleteLater()
        while self._body_layout.count():
            item = self._body_layout.takeAt(0)
            w = item.widget()
            if w is not None and w not in (self.derived, self.claim):
                w.setParent(None)
                w.deleteLater()
        self.editors = {}
        self.form = form
        self.help.clear()  # the levels shown belonged to the other form's field
        self.claim.setVisible(False)
        if form is None:
            return
        if self.scope == "commitment" and form.derived:
            self._body_layout.addWidget(self.derived)
        group = None
        for f in self._fields(form):
            if f.group and f.group != group:
                group = f.group
                header = QLabel(f"<h4 style='margin:6px 0 0 0'>{_esc(group)}</h4>")
                self._body_layout.addWidget(header)
            if self.scope == "commitment" and form.self_report and f.key == form.self_report.field:
                self._body_layout.addWidget(self.claim)
                self.claim.setVisible(True)
            ed = FieldEditor(f)
            ed.valueEdited.connect(self._value_edited)
            ed.justificationEdited.connect(self._justification_edited)
            ed.focused.connect(self._on_focus)
            ed.comments_button.clicked.connect(lambda _c=False, k=f.key: self.commentsRequested.emit(k))
            ed.definitionsRequested.connect(self._definitions_asked)
            self._body_layout.addWidget(ed)
            self.editors[f.key] = ed

    def focus_chain(self) -> list[QWidget]:
        """The inputs in the order the screen shows them, each field's levels first: the editors are
        built after the widgets below the form, so Qt's default order would visit those first."""
        chain: list[QWidget] = []
        for ed in self.editors.values():
            chain += [*ed.buttons, *(w for w in (ed.text_value, ed.justification) if w is not None), ed.clear_button]
        return chain

    def refresh(self) -> None:
        self._refreshes += 1
        if self.form is None or self.aid is None or (self.scope == "commitment" and self.cid is None):
            self.setEnabled(False)
            return
        read_only = self.store.assessment(self.aid).read_only
        self.setEnabled(not read_only)
        scores = self.store.scores_for(self.aid, self.cid)
        values = {k: s.value for k, s in scores.items()}
        for key, ed in self.editors.items():
            ed.set_state(scores.get(key), self.form.applies(key, values))
        if self.scope == "commitment" and self.form.derived:
            self.derived.setText(self._derived_html(values))
        if self.scope == "commitment" and self.commitment is not None:
            self.claim.setText(claim_html(self.form, self.commitment, values))

    def _derived_html(self, values: dict) -> str:
        """Every indicator with its reason when definitions are shown; compact, the decided ones and a
        count of the rest, the reasons in the tooltip (the legacy form's nine took 15 lines at 1280x720)."""
        assert self.form is not None
        results = self.form.explain(values)
        cells, undecided, tips = [], 0, []
        for d in self.form.derived:
            r = results[d.key]
            mark = {True: "<b>\u2605 " + self.tr("yes") + "</b>", False: self.tr("no"), None: "&mdash;"}[r.value]
            plain = {True: self.tr("yes"), False: self.tr("no"), None: self.tr("not yet determined")}[r.value]
            tips.append(f"{d.label}: {plain}" + (f" ({r.reason})" if r.reason else ""))
            if r.value is None and not self.definitions_shown:
                undecided += 1
                continue
            why = f" <small>({_esc(r.reason)})</small>" if r.reason and self.definitions_shown else ""
            cells.append(f"{_esc(d.label)}: {mark}{why}")
        if undecided:
            cells.append("<i>" + self.tr("%d not yet determined") % undecided + "</i>")
        self.derived.setToolTip("\n".join(tips))  # plain text: reasons, also in compact view
        return "<b>" + self.tr("Derived:") + "</b> " + " &nbsp;&middot;&nbsp; ".join(cells)

    def show_comments(self, by_field: dict[str, tuple[int, int, str]]) -> None:
        """Each field's review comments beside its name: field key -> (open, total, tooltip)."""
        for key, ed in self.editors.items():
            ed.set_comments(*by_field.get(key, (0, 0, "")))

    def set_definitions_shown(self, on: bool) -> None:
        """Definitions on demand: the levels pane and the derived indicators' reasons."""
        self.definitions_shown = on
        self.help.setVisible(on)
        if on and not self.help.toPlainText():
            focused = next((ed for ed in self.editors.values() if ed.isAncestorOf(self.focusWidget() or self)), None)
            if focused is not None:
                self.help.setHtml(focused.help_html())
        if self.form is not None and self.scope == "commitment" and self.form.derived and self.aid:
            values = {k: s.value for k, s in self.store.scores_for(self.aid, self.cid).items()}
            self.derived.setText(self._derived_html(values))

    def _definitions_asked(self, field: str) -> None:
        self._on_focus(field)
        self.definitionsRequested.emit()

    def flush(self) -> None:
        """Save any justification typed but not yet saved (before moving elsewhere)."""
        for ed in self.editors.values():
            ed.flush()

    # -- edits ---------------------------------------------------------------------------------
    def _value_edited(self, field: str, old: ScoreValue, new: ScoreValue) -> None:
        if self.aid is None:
            return
        label = self.form.field(field).label if self.form else field
        where = self.cid or self.tr("plan")
        shown = self._refreshes
        self.undo_stack.push(SetScore(self.store, self.aid, self.cid, field, old, new,
                                      self.tr("Score %s: %s") % (where, label)))
        if self._refreshes == shown:  # no change came back: rejected, snap back to the stored value
            self.refresh()

    def _justification_edited(self, field: str, old: str, new: str) -> None:
        if self.aid is None:
            return
        label = self.form.field(field).label if self.form else field
        where = self.cid or self.tr("plan")
        self.undo_stack.push(SetJustification(self.store, self.aid, self.cid, field, old, new,
                                              self.tr("Justify %s: %s") % (where, label)))

    def _on_scores_changed(self, aid: str, cid: str) -> None:
        if aid == self.aid and (cid or None) == self.cid:
            self.refresh()

    # -- help ----------------------------------------------------------------------------------
    def _on_focus(self, field: str) -> None:
        ed = self.editors.get(field)
        if ed is not None:
            self.help.setHtml(ed.help_html())
