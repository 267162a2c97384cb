"""The Narrative tab: every section the form asks the researcher to write, for the assessment
in view: the plan-level ones, then the per-commitment ones for the selected commitment (or for
its cluster, when it is in one: a cluster is analysed as one).

Every write is the CLI's own operation (`operations.narrative.set_narrative`) run through the
Store, and one undo step on the assessment's stack. A final assessment (or a review copy) shows
its one-line reason and the editors are read-only; the library refuses the write anyway.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ...errors import UserFacingError, one_line
from ...library import NotFound
from ...methodology.narrative import NarrativeSection
from ...model import Commitment
from ...operations import Change
from ...operations import narrative as narrative_ops
from ..scripts import shown
from ..store import Store
from ..undo.commands import StoreCommand, UndoTarget
from .editor import SectionEditor, _plain_label

Target = tuple[str | None, str | None]  # (commitment id, cluster name); (None, None): the plan


class NarrativePage(QWidget):
    def __init__(self, store: Store, undo: UndoTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("narrativePage")
        self.store, self.undo = store, undo
        self.aid: str | None = None
        self.cid: str | None = None
        self.target: Target = (None, None)
        self.editors: dict[tuple[str, Target], SectionEditor] = {}
        self._saving: SectionEditor | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = _plain_label("", "narrativeLocked")
        self.banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px;")
        self.banner.hide()
        outer.addWidget(self.banner)
        # side by side: the plan's sections and the selected commitment's, both in view at once
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("narrativeSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.plan_lay = self._column()
        self.unit_lay = self._column()
        outer.addWidget(self.splitter)
        self._stale = False  # shown data out of date while the tab is hidden: rebuilt when shown
        store.changed.connect(self._on_changed)
        store.assessmentChanged.connect(self._on_assessment_changed)

    def _column(self) -> QVBoxLayout:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        lay = QVBoxLayout(body)
        scroll.setWidget(body)
        self.splitter.addWidget(scroll)
        return lay

    # -- what is shown -------------------------------------------------------------------------
    def set_assessment(self, aid: str | None, cid: str | None = None) -> None:
        self.flush()
        self.aid, self.cid = aid, (cid if aid else None)
        self._refresh()

    def set_commitment(self, cid: str | None) -> None:
        if cid == self.cid:
            return
        self.flush()
        self.cid = cid
        self._refresh()

    def _refresh(self) -> None:
        """Rebuild now if the tab is on screen; else when it is shown (a hidden tab costs a score
        edit or a selection on the Commitments tab no query: tests/ui/test_edit_cost.py)."""
        if self.isVisible():
            self._rebuild()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._rebuild()
        super().showEvent(event)

    def _specs(self) -> list[NarrativeSection]:
        return list(self.store.form(self.store.assessment(self.aid).form).narrative) if self.aid else []

    def _rebuild(self) -> None:
        self._stale = False
        for lay in (self.plan_lay, self.unit_lay):
            while lay.count():
                item = lay.takeAt(0)
                gone = item.widget()
                if gone is not None:
                    gone.hide()
                    gone.setParent(None)  # out of the page at once (findChild, focus), freed later
                    gone.deleteLater()
        self.editors.clear()
        specs = self._specs()
        plan = [s for s in specs if s.scope == "plan"]
        per = [s for s in specs if s.scope == "commitment"]
        self.splitter.widget(1).setVisible(bool(per))
        if self.aid and not specs:
            self.plan_lay.addWidget(_plain_label(self.tr("This assessment's form has no narrative sections: its report is "
                                                         "written from the scores and their justifications. "
                                                         "Export it with File > Export report (Ctrl+E)."),
                                                 "empty"))
        if self.aid and plan:
            self.plan_lay.addWidget(self._heading(self.tr("The plan")))
            for spec in plan:
                self._add_editor(self.plan_lay, spec, (None, None))
        if self.aid and per:
            self.unit_lay.addWidget(self._heading(self.tr("The selected commitment")))
            self.target = self._target()
            self._describe_target()
            if self.cid:
                for spec in per:
                    self._add_editor(self.unit_lay, spec, self.target)
        self.plan_lay.addStretch(1)
        self.unit_lay.addStretch(1)
        self._load()
        self._apply_lock()

    def _heading(self, text: str) -> QLabel:
        label = _plain_label(text, "narrativeHeading")
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        label.setFont(font)
        return label

    def _commitment(self) -> Commitment | None:
        if not (self.aid and self.cid):
            return None
        plan_id = self.store.assessment(self.aid).plan_id
        try:
            return self.store.commitment(plan_id, self.cid)
        except NotFound:
            return None

    def _target(self) -> Target:
        if not (self.aid and self.cid):
            return (None, None)
        for name, members in self.store.library.narrative.clusters(self.aid).items():
            if self.cid in members:
                return (None, name)
        return (self.cid, None)

    def _describe_target(self) -> None:
        c = self._commitment()
        if c is None:
            self.unit_lay.addWidget(_plain_label(self.tr("Select a commitment on the Commitments tab to write "
                                                    "its analysis."), "targetHint"))
            return
        cid, cluster = self.target
        if cluster:
            members = ", ".join(self.store.library.narrative.clusters(self.aid or "").get(cluster, []))
            hint = self.tr("%s is in the cluster \u201c%s\u201d (%s): these sections are written once for "
                           "the whole cluster.") % (c.id, cluster, members)
        else:
            hint = self.tr("Written for %s; the report analyses it in depth only if it is promising.") % c.id
        title = _plain_label(f"{c.id}: {c.title}", "targetTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.unit_lay.addWidget(title)
        self.unit_lay.addWidget(_plain_label(hint, "targetHint"))
        if c.description:
            plan_text = QPlainTextEdit()  # the government's words: plain text, never interpreted
            plan_text.setObjectName("planText")
            plan_text.setReadOnly(True)
            plan_text.setPlainText(shown(c.description, multiline=True))
            plan_text.setMaximumHeight(90)
            plan_text.setToolTip(self.tr("The plan's description of the commitment (read-only)"))
            self.unit_lay.addWidget(_plain_label(self.tr("The plan's description (read-only):"), "planTextLabel"))
            self.unit_lay.addWidget(plan_text)

    def _add_editor(self, lay: QVBoxLayout, spec: NarrativeSection, target: Target) -> None:
        aid = self.aid
        editor = SectionEditor(spec, lambda: self.store.evidence(aid) if aid else [])
        editor.edited.connect(lambda old, new, e=editor, t=target: self._save(e, spec.key, t, old, new))
        self.editors[(spec.key, target)] = editor
        lay.addWidget(editor)

    def _stored(self) -> dict[tuple[str, Target], str]:
        if not self.aid:
            return {}
        return {(n.section, (n.commitment_id, n.cluster)): n.text for n in self.store.library.narrative.sections(self.aid)}

    def _load(self) -> None:
        stored = self._stored()
        for key, editor in self.editors.items():
            if editor is not self._saving:
                editor.load(stored.get(key, ""))

    def lock_reason(self) -> str:
        """Why this assessment cannot be written ('' when it can): the library's own one line."""
        if not self.aid:
            return ""
        try:
            self.store.library.assessments.check_writable(self.aid)
        except UserFacingError as e:
            return one_line(e)
        return ""

    def _apply_lock(self) -> None:
        reason = self.lock_reason()
        self.banner.setText(reason)
        self.banner.setVisible(bool(reason))
        for editor in self.editors.values():
            editor.set_locked(reason)

    # -- writing -------------------------------------------------------------------------------
    def _write(self, aid: str, section: str, target: Target, text: str) -> None:
        cid, cluster = target
        self.store.run(lambda: narrative_ops.set_narrative(self.store.library, aid, section, text, commitment_id=cid,
                                                           cluster=cluster, who=self.store.who))

    def _save(self, editor: SectionEditor, section: str, target: Target, old: str, new: str) -> None:
        aid = self.aid
        if aid is None:
            return
        self._saving = editor
        try:
            self._write(aid, section, target, new)
        except UserFacingError as e:  # final, an unknown citation: said here, the text kept on screen
            editor.show_message(one_line(e))
            return
        finally:
            self._saving = None
        editor.stored = self._stored().get((section, target), "")
        editor.show_message("")
        where = target[0] or (f"cluster {target[1]}" if target[1] else "plan")
        self.undo.push(StoreCommand(self.store, aid, self.tr("Write %s (%s)") % (editor.spec.title, where),
                                    lambda: self._write(aid, section, target, new),
                                    lambda: self._write(aid, section, target, old), already_done=True))

    def flush(self) -> None:
        """Save every section still being typed (before switching or a snapshot)."""
        for editor in list(self.editors.values()):
            editor.flush()

    def _on_changed(self, change: Change[object]) -> None:
        if change.assessment_id != self.aid or self._stale:
            return
        if change.action == "narrative":  # a save here, or its undo: show what the library holds
            self._load()
        elif change.action in ("score", "cluster"):  # the cluster field may have moved the commitment
            if not self.isVisible():
                self._stale = True
            elif self._target() != self.target:
                self._rebuild()

    def _on_assessment_changed(self, aid: str) -> None:
        if aid == self.aid:
            self._apply_lock()
