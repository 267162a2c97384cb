"""Text from outside is text in every GUI view (issue 15 #4): a hostile-string corpus, the CLI's
and the reports' own (tests/test_text_safety.py), walked through the real widgets.

Every string a plan, a package or a certificate brings (markup, <img src="file:///...">,
javascript: links, entities, terminal escapes, bidi overrides, NULs, RTL, very long text) is put
where the app shows it; then every widget of every window and dialog is inspected:
- a label showing corpus markup is plain text (or rich text the app wrote, the value escaped);
- a tooltip (widget or model item) with corpus markup is not left for Qt to guess rich;
- no rich document (label, text view, tooltip) holds an image or a link other than http(s)/mailto;
- nothing shown holds a bidi override, an escape or a NUL (they are dropped or isolated);
and the markup appears literally ("<b>" as typed) where the view shows the value.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtGui import QTextDocument, QTextImageFormat
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from irm_app.importers.bundle import ImportBundle
from irm_app.importers.registry import read_import
from irm_app.library import Library
from irm_app.model import Milestone
from irm_app.paths import sample_plan
from irm_app.ui.widgets.tree_items import tree_items

from ..test_text_safety import HOSTILE

CORPUS = [*HOSTILE,
          '<a href="javascript:alert(1)">click</a>', "&lt;b&gt;entity&lt;/b&gt; &amp;",
          "nul\x00byte", "\x1b[31mred\x1b[0m", "\u0645\u0631\u062d\u0628\u0627 RTL \u202bembedded",
          "<img src=\"file:///etc/passwd\">" + "L" * 3000]
MARK = "<b>bold</b>"  # must show as these 11 characters wherever a title is shown
BAD_CHARS = "\x00\x1b\u202a\u202b\u202d\u202e"
# the corpus's own markup, as it would stand in rich text left unescaped (the app's own <b> is fine)
RAW_MARKUP = ("<b>bold</b>", "<img src", '<a href="javascript', "<b>Zed", "<b>R</b>", "<b>Ana</b>", "<i>IRM</i>")


def _raw(text: str) -> bool:
    return any(m in text for m in RAW_MARKUP)


def _rich(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    return fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))


def _document_problems(html: str) -> list[str]:
    """Images and unsafe links a rich text would draw or offer."""
    doc = QTextDocument()
    doc.setHtml(html)
    out = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                out.append(f"image {QTextImageFormat(fmt).name()!r}")
            if fmt.isAnchor() and fmt.anchorHref() and not fmt.anchorHref().startswith(("http://", "https://",
                                                                                          "mailto:", "#")):
                out.append(f"link {fmt.anchorHref()!r}")
            it += 1
        block = block.next()
    return out


def _check_text(where: str, text: str, fmt: Qt.TextFormat, out: list[str]) -> None:
    if not text:
        return
    if any(c in text for c in BAD_CHARS):
        out.append(f"{where}: control or bidi override in {text[:60]!r}")
    if _rich(text, fmt):
        if _raw(text):
            out.append(f"{where}: corpus markup rendered as rich text: {text[:80]!r}")
        out += [f"{where}: {p}" for p in _document_problems(text)]


def _walk_model(where: str, model: QAbstractItemModel, parent: QModelIndex, out: list[str], depth: int = 0) -> None:
    try:  # list models keep columnCount/hasChildren private: one column, no children
        columns, tree = model.columnCount(parent), True
    except TypeError:
        columns, tree = 1, False
    for r in range(min(model.rowCount(parent), 200)):
        for c in range(columns):
            i = model.index(r, c, parent)
            display = i.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(display, str):
                _check_text(f"{where}[{r},{c}]", display, Qt.TextFormat.PlainText, out)
            tip = i.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                _check_text(f"{where}[{r},{c}] tooltip", tip, Qt.TextFormat.AutoText, out)
        try:
            deeper = tree and depth < 3 and model.hasChildren(model.index(r, 0, parent))
        except TypeError:  # a list model behind a tree-looking view
            deeper = tree = False
        if deeper:
            _walk_model(where, model, model.index(r, 0, parent), out, depth + 1)


def offences(*roots: QWidget) -> list[str]:
    """Every rule above, over the given windows and every widget inside them (their dialogs and
    message boxes are their children). Only this test's widgets: walking QApplication.allWidgets()
    in a long run touched widgets of earlier tests half-destroyed and crashed (twice, in CI)."""
    out: list[str] = []
    seen: set[int] = set()
    widgets: list[QWidget] = []
    for root in roots:
        for w in [root, *root.findChildren(QWidget)]:
            if id(w) not in seen:
                seen.add(id(w))
                widgets.append(w)
    for w in widgets:
        name = f"{type(w).__name__}#{w.objectName() or '?'}"
        _check_text(f"{name} tooltip", w.toolTip(), Qt.TextFormat.AutoText, out)
        if w.isWindow():
            _check_text(f"{name} window title", w.windowTitle(), Qt.TextFormat.PlainText, out)
        if isinstance(w, QLabel):
            _check_text(name, w.text(), w.textFormat(), out)
        elif isinstance(w, QAbstractButton):
            _check_text(name, w.text(), Qt.TextFormat.PlainText, out)
        elif isinstance(w, QTextEdit):
            text = w.toPlainText()
            if any(c in text for c in BAD_CHARS):
                out.append(f"{name}: control or bidi override in {text[:60]!r}")
            out += [f"{name}: {p}" for p in _document_problems(w.toHtml())]
        elif isinstance(w, QPlainTextEdit) and w.isReadOnly():  # editors show the stored text to edit it
            text = w.toPlainText()
            if any(c in text for c in BAD_CHARS):
                out.append(f"{name}: control or bidi override in {text[:60]!r}")
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            _walk_model(name, w.model(), QModelIndex(), out)
    return sorted(set(out))


@pytest.fixture
def hostile(tmp_path: Path):
    """A library whose plan, assessment, evidence and justifications all carry the corpus."""
    lib = Library.open(tmp_path / "hostile.db")
    plan = read_import(sample_plan()).plans[0]
    cs = list(plan.commitments)
    for i, c in enumerate(cs[:len(CORPUS)]):
        s = CORPUS[i]
        cs[i] = c.model_copy(update={
            "title": f"{MARK} {s}", "description": f"{MARK} {s}\n{s}", "lead_institution": s, "theme": s,
            "self_status": s, "supporting_institutions": [s],
            "milestones": [Milestone(id=f"{c.id}.1", title=s, self_status=s)]})
    plan = plan.model_copy(update={"member": f"{MARK} \u202eZed", "title": f"{MARK} {CORPUS[3]}",
                                   "commitments": cs})
    lib.imports.import_bundle(ImportBundle(source="hostile", plans=[plan], notes=[]), who="t")
    a = lib.assessments.create_assessment(plan.id, "irm-progress-report-legacy", researcher="<b>R</b>\u202e",
                              title=f"{MARK} \x1b[31m", who="t")
    first = cs[0].id
    for s in CORPUS[:4]:
        lib.evidence.add_evidence(a.id, title=f"{MARK} {s}", kind="website", url="javascript:alert(1)", notes=s,
                         commitment_ids=[first], who="t")
    lib.scores.set_justification(a.id, first, "specificity", f"{MARK} {CORPUS[0]}", who="t")
    yield lib, a.id, plan
    lib.close()


def _visit_main_window(w, aid: str, plan) -> None:
    w.tree.expandAll()
    w.tree.select_assessment(aid)
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        QApplication.processEvents()
    w.tabs.setCurrentWidget(w.commitments)
    assert w.commitments.select_commitment(plan.commitments[0].id)
    QApplication.processEvents()


def test_every_main_window_view_shows_the_corpus_as_text(make_window, hostile) -> None:
    from ..conftest import dump_library

    lib, aid, plan = hostile
    before = dump_library(lib.path)
    w = make_window(lib)
    _visit_main_window(w, aid, plan)
    w.commitments.setFocus()  # a focus-out flushes every text editor
    w.flush_edits()
    found = offences(w)
    assert found == [], "\n".join(found)
    # literally: the markup as typed, in the views that show the value
    assert MARK in w.commitments.text.toPlainText()
    model = w.commitments.table.model()
    assert any(MARK in str(model.index(r, 2).data()) for r in range(model.rowCount()))
    assert MARK in w.dashboard.heading.text()
    assert any(MARK in item.text(0) for item in tree_items(w.tree))
    # viewing changes nothing: a CR in a justification shown by Qt as a line break was written
    # back on the next focus-out (and failed on a read-only review copy)
    assert dump_library(lib.path) == before


def test_evidence_dialog_plan_editor_and_message_boxes_show_the_corpus_as_text(make_window, hostile) -> None:
    from irm_app.ui.dialogs.messages import show_error, show_message
    from irm_app.ui.plans.actions import open_editor

    lib, aid, plan = hostile
    w = make_window(lib)
    _visit_main_window(w, aid, plan)
    panel = w.commitments.evidence
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    dialog = panel.edit()
    assert dialog is not None
    assert MARK in dialog.title_edit.text()
    editor = open_editor(w, plan.id)
    assert editor is not None
    boxes: list[QMessageBox] = []
    for s in CORPUS[:5]:
        boxes.append(show_error(w, f"Import {s}", f"{s}: refused", details=s))
        boxes.append(show_message(w, f"Open {s}", f"{s} opened", details=s))
    QApplication.processEvents()
    found = offences(w, dialog, editor, *boxes)
    assert found == [], "\n".join(found)
    assert any(MARK in b.text() for b in boxes) or any(CORPUS[3][:12] in b.text() for b in boxes)
    editor.close()
    dialog.reject()


def test_intake_review_dialog_shows_the_corpus_as_text(make_window, hostile, tmp_path: Path) -> None:
    from irm_app.intake.detected import DetectedCommitment, DetectedMilestone, DetectedPlan, Paragraph, Span
    from irm_app.ui.intake.review_dialog import ReviewDialog

    lib, aid, plan = hostile
    w = make_window(lib)
    paragraphs = [Paragraph(i + 1, 1, f"{MARK} {s}") for i, s in enumerate(CORPUS)]
    commitments = [DetectedCommitment(title=f"{MARK} {s}", theme=s, fields={"description": s},
                                      milestones=[DetectedMilestone(title=s)], span=Span(i + 1, i + 1, 1, 1))
                   for i, s in enumerate(CORPUS)]
    detected = DetectedPlan(source=f"{MARK}.docx", layout="numbered", paragraphs=paragraphs,
                            commitments=commitments, title=f"{MARK} {CORPUS[3]}", notes=list(CORPUS[:3]))
    d = ReviewDialog(w.store, detected, tmp_path / "plan.docx", w)
    d.show()
    for i in range(d.list.count()):
        d.list.setCurrentRow(i)
        QApplication.processEvents()
        found = offences(w, d)
        assert found == [], f"commitment {i}:\n" + "\n".join(found)
    d.reject()


def test_review_copy_banner_verify_and_trusted_signers_show_a_hostile_signer_as_text(
        make_window, hostile, tmp_path: Path, monkeypatch) -> None:
    from irm_app.operations.packaging import package_input, write_signed_package
    from irm_app.operations.trust import add_trusted, default_store
    from irm_app.signing.identity import create_identity

    monkeypatch.setenv("IRM_APP_HOME", str(tmp_path / "home"))
    lib, aid, plan = hostile
    name = "<b>Ana</b>\u202e\x1b[31m<img src=x>"
    ident = create_identity(name, "ana@example.org", "<i>IRM</i>", "CL", b"a long enough passphrase")
    pkg = tmp_path / "hostile.irmpkg"
    write_signed_package(package_input(lib, aid), pkg, ident, b"a long enough passphrase")
    reviewer = Library.open(tmp_path / "reviewer.db")
    try:
        w = make_window(reviewer, who="Rita")
        w.exporter.open_package(pkg)  # a review copy: the banner names the signer
        QApplication.processEvents()
        [copy] = reviewer.review_copies.all()
        w.tree.select_assessment(copy.assessment_id)
        w.tabs.setCurrentWidget(w.commitments)
        QApplication.processEvents()
        assert w.commitments.banner.isVisible()
        assert "<b>Ana</b>" in w.commitments.banner.text()
        verify = w.exporter.show_verify(pkg)
        assert "<b>Ana</b>" in verify.details.toPlainText()
        package = w.exporter.ask_package()  # "Signed as <the identity's subject>"
        assert package is not None and "<b>Ana</b>" in package.signer.text()
        add_trusted(default_store(), ident.fingerprint, name="<b>Ana</b>\u202e")
        trusted = w.exporter.show_trusted_signers()
        QApplication.processEvents()
        found = offences(w, verify, trusted, package)
        assert found == [], "\n".join(found)
        for d in (verify, trusted, package):
            d.close()
        w.close()
    finally:
        reviewer.close()


def test_the_walk_sees_a_rich_label_a_rich_tooltip_and_an_override(qtbot) -> None:
    """The inspection itself: each rule catches what it is for (else the tests above prove nothing)."""
    host = QWidget()
    qtbot.addWidget(host)
    rich = QLabel(f"{MARK} <img src='file:///etc/passwd'>", host)
    rich.setObjectName("rich")
    tip = QLineEdit(host)
    tip.setObjectName("tip")
    tip.setToolTip(f"{MARK} tooltip")
    bidi = QPlainTextEdit(host)
    found = offences(host)
    assert any(o.startswith("QLabel#rich: corpus markup") for o in found)
    assert any(o.startswith("QLabel#rich: image") for o in found)
    assert any(o.startswith("QLineEdit#tip tooltip: corpus markup") for o in found)
    rich.setTextFormat(Qt.TextFormat.PlainText)
    tip.setToolTip("")
    bidi.setObjectName("bidi")
    assert not any("#rich" in o or "#tip" in o for o in offences(host))
    label = QLabel("report\u202egnp.exe", host)
    label.setObjectName("override")
    assert any(o.startswith("QLabel#override: control or bidi") for o in offences(host))


def test_narrative_tab_shows_the_corpus_as_text(make_window, hostile) -> None:
    from irm_app.operations import narrative

    lib, _aid, plan = hostile
    aid = lib.assessments.create_assessment(plan.id, "irm-results-report-2021", researcher="Ana", who="t").id
    form = lib.forms.get(lib.assessments.assessment(aid).form)
    first = plan.commitments[0].id
    for spec in form.narrative:
        text = f"{MARK} {CORPUS[0]}\n{CORPUS[2]} {CORPUS[5]}"
        narrative.set_narrative(lib, aid, spec.key, text, commitment_id=None if spec.scope == "plan" else first,
                                who="t")
    w = make_window(lib)
    w.tree.select_assessment(aid)
    w.tabs.setCurrentWidget(w.narrative)
    QApplication.processEvents()
    found = offences(w)
    assert found == [], "\n".join(found)
    editors = [e for e in w.narrative.findChildren(QPlainTextEdit) + w.narrative.findChildren(QTextEdit)
               if MARK in e.toPlainText()]
    assert editors  # the researcher's markup-looking words, as typed
