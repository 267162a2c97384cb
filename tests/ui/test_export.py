"""File > Export report…: a Word or PDF report of the selected assessment, written off the GUI
thread, announced in the status bar with an Open button."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from irm_app.ui.dialogs.export import ReportDialog


def _export(w, tmp_path: Path, fmt: str) -> Path:
    dialog = w.exporter.ask_report()
    assert isinstance(dialog, ReportDialog) and w.last_dialog is dialog
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    assert dialog.file.edit.text().endswith("." + fmt)  # the suffix follows the format
    out = tmp_path / f"report.{fmt}"
    dialog.file.edit.setText(str(out))
    dialog.accept()
    return out


def test_export_pdf_writes_the_file_and_offers_to_open_it(make_window, scored_library, tmp_path, monkeypatch):
    lib, _aid = scored_library
    w = make_window(lib)
    out = _export(w, tmp_path, "pdf")
    assert out.read_bytes().startswith(b"%PDF")
    assert w.exporter.notice.isVisible()
    assert w.exporter.notice.label.text() == f"Report written to {out}"
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    w.exporter.notice.open_button.click()
    assert opened == [str(out)]


def test_export_docx_writes_a_word_document(make_window, scored_library, tmp_path):
    lib, _aid = scored_library
    w = make_window(lib)
    out = _export(w, tmp_path, "docx")
    with zipfile.ZipFile(out) as z:
        assert "word/document.xml" in z.namelist()
    assert "US0113" in zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")


def test_export_to_a_missing_folder_says_so_and_writes_nothing(make_window, scored_library, tmp_path):
    lib, aid = scored_library
    w = make_window(lib)
    w.exporter.export_report(aid, "pdf", tmp_path / "nope" / "r.pdf", "en")
    assert isinstance(w.last_dialog, QMessageBox)
    assert "no such folder" in w.last_dialog.text()
    assert not (tmp_path / "nope").exists()


def test_a_failed_render_is_one_line_with_details(make_window, scored_library, tmp_path, monkeypatch):
    lib, aid = scored_library
    w = make_window(lib)

    def broken(*_a, **_k):
        raise ValueError("no report language 'xx'; available: en\nsecond line")

    monkeypatch.setattr("irm_app.ui.exporter.render_report", broken)
    w.exporter.export_report(aid, "pdf", tmp_path / "r.pdf", "en")
    box = w.last_dialog
    assert isinstance(box, QMessageBox)
    assert box.text() == "no report language 'xx'; available: en"
    assert "Traceback" in box.detailedText()
    assert not (tmp_path / "r.pdf").exists()


def test_ctrl_e_opens_the_report_dialog(make_window, scored_library):
    lib, _aid = scored_library
    w = make_window(lib)
    assert w.actions_["export_report"].shortcut().toString() == "Ctrl+E"
    w.actions_["export_report"].trigger()
    assert isinstance(w.last_dialog, ReportDialog)
    w.last_dialog.reject()
