"""Evidence panel, dialog and undo: what a researcher does, checked in the library itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox

from irm_app.ui.evidence.dialog import EvidenceDialog, LinkDialog, date_problem, url_problem
from irm_app.ui.evidence.panel import EvidencePanel, safe_file_name
from irm_app.ui.store import Store

CID = "US0115"


@pytest.fixture
def env(qtbot, scored_library):
    lib, aid = scored_library
    store = Store(lib, "Ana Researcher")
    stack = QUndoStack()
    opened: list[QUrl] = []
    panel = EvidencePanel(store, stack, open_url=lambda url: opened.append(url) or True)
    qtbot.addWidget(panel)
    panel.set_commitment(aid, CID)
    return lib, aid, store, stack, panel, opened


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def ok_enabled(dialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_add_through_dialog_stores_linked_item_with_file(env, tmp_path: Path):
    lib, aid, _store, stack, panel, _ = env
    report = tmp_path / "progress report.pdf"
    report.write_bytes(b"%PDF-1.4 progress report")
    dlg = panel.add()
    assert isinstance(dlg, EvidenceDialog)
    assert not ok_enabled(dlg), "OK must wait for a title"
    dlg.kind.setCurrentIndex(dlg.kind.findData("interview"))
    dlg.title_edit.setText("Interview with the Treasury")
    dlg.date_edit.setText("2024-03-15")
    dlg.url_edit.setText("https://example.org/notes")
    dlg.notes.setPlainText("Spoke to the lead official.")
    assert dlg.attach(report)
    assert "progress report.pdf" in dlg.file_label.text()
    assert dlg.file_label.text().count("SHA-256") == 1
    assert ok_enabled(dlg)
    ok(dlg)

    items = lib.evidence.items(aid, CID)
    assert [e.title for e in items] == ["Interview with the Treasury"]
    e = items[0]
    assert (e.kind, e.date, e.url, e.notes) == ("interview", "2024-03-15", "https://example.org/notes",
                                                 "Spoke to the lead official.")
    assert e.commitment_ids == [CID]
    assert e.file_name == "progress report.pdf"
    assert lib.evidence.file_bytes(e.file_sha256) == report.read_bytes()
    assert panel.tree.ids() == [e.id] and panel.selected_item() == e
    assert stack.count() == 1

    stack.undo()
    assert lib.evidence.items(aid, CID) == []
    assert panel.tree.ids() == []
    stack.redo()
    assert lib.evidence.items(aid, CID) == [e], "redo brings back the same item, same id"


@pytest.mark.parametrize(
    ("field", "text"),
    [("date", "15/03/2024"), ("date", "2024-13"), ("url", "javascript:alert(1)"), ("url", "file:///etc/passwd"),
     ("url", "www.example.org"), ("title", "   ")],
)
def test_dialog_refuses_invalid_input(qtbot, scored_library, field, text):
    lib, _ = scored_library
    dlg = EvidenceDialog(lib.plans.commitments("AP_USA05"))
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("A title")
    assert ok_enabled(dlg)
    {"date": dlg.date_edit, "url": dlg.url_edit, "title": dlg.title_edit}[field].setText(text)
    assert not ok_enabled(dlg)
    assert dlg.problem.text(), "the user is told why OK is disabled"


def test_partial_dates_and_urls_accepted():
    assert date_problem("2023") is None and date_problem("2023-08") is None and date_problem("") is None
    assert date_problem("2023-02-30") is not None
    assert url_problem("http://example.org/a?b=c") is None and url_problem("https://x.gov") is None
    assert url_problem("https://") is not None


def test_every_dialog_input_has_accessible_name_and_tooltip(qtbot, scored_library):
    lib, _ = scored_library
    dlg = EvidenceDialog(lib.plans.commitments("AP_USA05"))
    qtbot.addWidget(dlg)
    for w in (dlg.kind, dlg.title_edit, dlg.date_edit, dlg.url_edit, dlg.notes, dlg.attach_button,
              dlg.links.list, dlg.links.filter):
        assert w.accessibleName() and w.toolTip(), w


def test_edit_then_undo_restores_previous_values(env):
    lib, aid, _store, stack, panel, _ = env
    tracker = lib.evidence.items(aid, "US0113")[0]
    panel.set_commitment(aid, "US0113")
    assert panel.select(tracker.id)
    dlg = panel.edit()
    assert dlg.title_edit.text() == tracker.title and dlg.url_edit.text() == tracker.url
    dlg.title_edit.setText("NAP5 tracker (archived copy)")
    dlg.date_edit.setText("2024-01")
    ok(dlg)
    edited = lib.evidence.evidence_item(tracker.id)
    assert (edited.title, edited.date) == ("NAP5 tracker (archived copy)", "2024-01")
    assert edited.commitment_ids == ["US0113", "US0114"]
    assert panel.tree.topLevelItem(0).text(1) == "NAP5 tracker (archived copy)"

    stack.undo()
    assert lib.evidence.evidence_item(tracker.id) == tracker
    stack.redo()
    assert lib.evidence.evidence_item(tracker.id) == edited


def test_undo_of_attaching_a_file_detaches_it(env, tmp_path: Path):
    lib, aid, _store, stack, panel, _ = env
    tracker = lib.evidence.items(aid, "US0113")[0]
    panel.set_commitment(aid, "US0113")
    panel.select(tracker.id)
    page = tmp_path / "tracker.html"
    page.write_text("<html>tracker</html>")
    dlg = panel.edit()
    dlg.attach(page)
    ok(dlg)
    assert lib.evidence.evidence_item(tracker.id).file_name == "tracker.html"
    stack.undo()
    assert lib.evidence.evidence_item(tracker.id) == tracker


def test_remove_then_undo_brings_back_same_id_and_links(env):
    lib, aid, _store, stack, panel, _ = env
    tracker = lib.evidence.items(aid, "US0113")[0]
    panel.set_commitment(aid, "US0114")
    panel.select(tracker.id)
    panel.remove_button.click()
    assert lib.evidence.items(aid) == []
    assert panel.tree.ids() == []
    assert stack.undoText().startswith("Remove evidence")

    stack.undo()
    back = lib.evidence.evidence_item(tracker.id)
    assert back == tracker
    assert back.commitment_ids == ["US0113", "US0114"]
    assert panel.tree.ids() == [tracker.id]
    stack.redo()
    assert lib.evidence.items(aid) == []


def test_link_one_item_to_several_commitments(env):
    lib, aid, _store, stack, panel, _ = env
    tracker = lib.evidence.items(aid, "US0113")[0]
    panel.set_commitment(aid, "US0113")
    panel.select(tracker.id)
    dlg = panel.link_other()
    assert isinstance(dlg, LinkDialog)
    assert sorted(dlg.checked()) == ["US0113", "US0114"]
    dlg.picker.set_checked(["US0113", "US0115", "US0120", "US0130"])
    dlg.accept()
    assert lib.evidence.evidence_item(tracker.id).commitment_ids == ["US0113", "US0115", "US0120", "US0130"]
    for cid in ("US0115", "US0120", "US0130"):
        assert [e.id for e in lib.evidence.items(aid, cid)] == [tracker.id]
    assert lib.evidence.items(aid, "US0114") == []
    stack.undo()
    assert lib.evidence.evidence_item(tracker.id).commitment_ids == ["US0113", "US0114"]


def test_link_existing_item_to_this_commitment(env):
    lib, aid, _store, stack, panel, _ = env
    tracker = lib.evidence.items(aid, "US0113")[0]
    assert panel.tree.ids() == [] and panel.others.ids() == [tracker.id]
    assert not panel.link_here_button.isEnabled()
    panel.others.select_id(tracker.id)
    assert panel.link_here_button.isEnabled()
    panel.link_here_button.click()
    assert lib.evidence.evidence_item(tracker.id).commitment_ids == ["US0113", "US0114", CID]
    assert panel.tree.ids() == [tracker.id] and panel.others.ids() == []
    assert lib.scores.progress(aid).with_evidence == 3


def test_open_link_only_on_request_and_only_http(env):
    lib, aid, store, _stack, panel, opened = env
    panel.set_commitment(aid, "US0113")
    assert opened == [], "nothing opens by itself"
    panel.select(lib.evidence.items(aid, "US0113")[0].id)
    panel.open_link_button.click()
    assert [u.toString() for u in opened] == ["https://open.usa.gov/national-action-plan/5/commitments/"]
    odd = lib.evidence.add_evidence(aid, title="Odd link", url="javascript:alert(1)", commitment_ids=["US0113"], who="x")
    store.evidenceChanged.emit(aid)
    assert panel.select(odd.id)
    assert not panel.open_link_button.isEnabled()
    assert panel.open_link() is False and len(opened) == 1


def test_open_file_writes_original_name_to_temp(env, tmp_path: Path):
    lib, aid, store, _stack, panel, opened = env
    src = tmp_path / "Informe final.docx"
    src.write_bytes(b"PK\x03\x04 word document")
    e = store.add_evidence(aid, title="Final report", file=src, commitment_ids=[CID])
    panel.select(e.id)
    panel.open_file_button.click()
    assert len(opened) == 1 and opened[0].isLocalFile()
    path = Path(opened[0].toLocalFile())
    assert path.name == "Informe final.docx"
    assert path.read_bytes() == src.read_bytes()
    assert tmp_path not in path.parents


def test_safe_file_name_cannot_escape_the_temp_folder():
    assert safe_file_name("../../etc/passwd") == "passwd"
    assert safe_file_name("C:\\Users\\x\\evil.exe") == "evil.exe"
    assert safe_file_name("..") == "attachment" and safe_file_name(None) == "attachment"


def test_read_only_copy_disables_editing(env):
    lib, aid, _store, _stack, panel, _ = env
    lib.db.execute("UPDATE assessments SET read_only = 1, signer = 'Reviewer' WHERE id = ?", [aid])
    lib.db.conn.commit()
    panel.aid = None  # as when the window opens a different assessment
    panel.set_commitment(aid, "US0113")
    panel.select(lib.evidence.items(aid, "US0113")[0].id)
    assert "read-only" in panel.heading.text()
    for b in (panel.add_button, panel.edit_button, panel.remove_button, panel.link_button):
        assert not b.isEnabled()
    assert panel.open_link_button.isEnabled()
    assert panel.add() is None and panel.edit() is None


def test_dialog_filter_and_checklist(qtbot, scored_library):
    lib, _ = scored_library
    dlg = EvidenceDialog(lib.plans.commitments("AP_USA05"), link_to="US0120")
    qtbot.addWidget(dlg)
    assert dlg.links.checked() == ["US0120"]
    dlg.links.filter.setText("US0121")
    visible = [dlg.links.list.item(i) for i in range(dlg.links.list.count()) if not dlg.links.list.item(i).isHidden()]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in visible] == ["US0121"]
    visible[0].setCheckState(Qt.CheckState.Checked)
    assert dlg.values()["commitment_ids"] == ["US0120", "US0121"]
