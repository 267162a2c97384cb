"""The interface in other languages: Spanish menus and dialogs, Arabic right to left, the language
setting, the shipped .qm files current with the .ts and the code, and a pseudo-locale walk of the
main window and its dialogs that fails on any interface string not going through tr()."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from irm_app.methodology import available_forms
from irm_app.ui import i18n
from irm_app.ui.dialogs.new_assessment import NewAssessmentDialog
from irm_app.ui.dialogs.researcher import PreferencesDialog
from irm_app.ui.evidence.dialog import EvidenceDialog

ROOT = Path(__file__).resolve().parents[2]
QT_TS = ROOT / "resources" / "translations" / "qt"
BIN = Path(sys.executable).parent
LUPDATE, LRELEASE = BIN / "pyside6-lupdate", BIN / "pyside6-lrelease"
needs_tools = pytest.mark.skipif(not (LUPDATE.is_file() and LRELEASE.is_file()),
                                 reason="pyside6-lupdate/lrelease not installed")


def _menu_titles(w: QWidget) -> list[str]:
    return [a.text() for a in w.menuBar().actions()]


def test_spanish_main_window_menus_tabs_and_dialogs(language, make_window, scored_library) -> None:
    installed = language("es")
    assert [p.name for p in installed.files] == ["irm_es.qm", "qtbase_es.qm"]
    w = make_window(scored_library.lib)
    assert _menu_titles(w) == ["&Archivo", "&Editar", "&Plan", "&Ver", "&Configuración", "A&yuda"]
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == ["Co&mpromisos", "Nive&l del plan", "Pa&nel", "Na&rrativa"]
    entry = w.menuBar().actions()[0]  # held while its menu is read (PySide6 6.10 drops a temporary's wrapper)
    texts = [a.text() for a in entry.menu().actions() if a.text()]
    assert "&Importar…" in texts and "&Exportar informe…" in texts and "&Salir" in texts
    assert w.actions_["import"].toolTip().startswith("Importar un plan de acción")
    assert w.commitments.filter_edit.toolTip() == "Filtrar por ID, título o institución (Ctrl+F)"
    assert w.commitments.filter_edit.placeholderText() in ("Filtrar por ID, título o institución (Ctrl+F)",
                                                           "Filtrar (Ctrl+F)")  # the short one where narrow
    model = w.commitments.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Especificidad" in headers and "Specificity" not in headers  # the form, from forms/i18n

    dialog = PreferencesDialog("Ana", w, language="es")
    assert dialog.windowTitle() == "Preferencias"
    assert dialog.findChild(QLabel, "languageNote").text() == (
        "Un idioma nuevo se aplica la próxima vez que se inicie el Evaluador MRI.")
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"  # Qt's own, qtbase_es
    dialog.deleteLater()


def test_portuguese_main_window_and_methodology(language, make_window, scored_library) -> None:
    language("pt")  # Brazilian Portuguese: the IRM's Portuguese reports are Brazil's
    w = make_window(scored_library.lib)
    assert _menu_titles(w) == ["&Arquivo", "&Editar", "&Plano", "E&xibir", "&Configurações", "A&juda"]
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == ["Co&mpromissos", "&Nível do plano", "Pa&inel",
                                                                  "Nar&rativa"]
    assert w.windowTitle().startswith("Avaliador IRM")
    model = w.commitments.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Especificidade" in headers and "Specificity" not in headers  # forms/i18n/*.pt.toml


def test_dashboard_counts_follow_the_locale(language, qtbot) -> None:
    from irm_app.ui.dashboard.tiles import ProgressTile

    language("es")
    tile = ProgressTile.make("t", "tip")
    qtbot.addWidget(tile.frame)
    tile.set(12345, 20000)
    assert tile.number.text() == "12.345 / 20.000"  # Spanish digit grouping, not "12345" or "12,345"
    assert tile.bar.format() == "62%"


def test_arabic_is_right_to_left(language, make_window, scored_library) -> None:
    language("ar")
    w = make_window(scored_library.lib)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.isRightToLeft() and w.menuBar().isRightToLeft()
    assert _menu_titles(w)[0] == "&ملف"
    # the splitter puts the library on the right in RTL
    assert w.tree.mapTo(w, w.tree.rect().topLeft()).x() > w.width() // 2


def test_language_from_setting_else_system_else_english(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.chosen_language(settings, QLocale("es_MX")) == "es"
    assert i18n.chosen_language(settings, QLocale("pt_BR")) == "pt"
    assert i18n.chosen_language(settings, QLocale("de_DE")) == "en"  # not shipped
    settings.setValue(i18n.SETTING, "fr")
    assert i18n.chosen_language(settings, QLocale("es_MX")) == "fr"
    settings.setValue(i18n.SETTING, "xx")  # a hand-edited value falls back to the system
    assert i18n.chosen_language(settings, QLocale("ar_EG")) == "ar"


def test_preferences_offers_every_shipped_language(qtbot) -> None:
    dialog = PreferencesDialog("Ana", language="pt")
    qtbot.addWidget(dialog)
    box = dialog.findChild(QComboBox, "languageBox")
    assert [box.itemData(i) for i in range(box.count())] == ["", *i18n.LANGUAGES]
    assert dialog.language() == "pt"
    box.setCurrentIndex(0)
    assert dialog.language() == i18n.SYSTEM
    for code in i18n.LANGUAGES:  # every language offered has its compiled file (English is the source)
        assert code == "en" or (QT_TS / f"irm_{code}.qm").is_file()


def _sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "irm_app" / "ui").rglob("*.py"))


def _messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "") for c in root.iter("context")
            for m in c.iter("message")}


@needs_tools
@pytest.mark.parametrize("lang", ["es", "fr", "pt", "ar"])
def test_shipped_translations_are_current(lang: str, tmp_path: Path) -> None:
    """The .ts holds every string the code has (run scripts/update_translations.sh after adding
    one) and the shipped .qm is what lrelease makes of the .ts."""
    ts = QT_TS / f"irm_{lang}.ts"
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    subprocess.run([str(LUPDATE), "-no-obsolete", "-locations", "relative", "-target-language", lang,
                    *_sources(), "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    assert _messages(fresh) == _messages(ts), "run scripts/update_translations.sh"
    qm = tmp_path / f"irm_{lang}.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == (QT_TS / f"irm_{lang}.qm").read_bytes(), "run scripts/update_translations.sh --release"


@pytest.mark.parametrize("lang", ["es", "fr", "pt", "ar"])
def test_every_shipped_interface_language_is_complete(lang: str) -> None:
    root = ET.parse(QT_TS / f"irm_{lang}.ts").getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


# ---------------------------------------------------------------- the pseudo-locale walk

def pseudo_qm(tmp_path: Path) -> Path:
    """Every source text wrapped "[!! ... !!]" (placeholders and accelerators kept), compiled."""
    tree = ET.parse(QT_TS / "irm_es.ts")
    for m in tree.getroot().iter("message"):
        t = m.find("translation")
        for form in t.findall("numerusform") or [t]:  # a plural message: each of its forms
            form.text = f"[!! {m.findtext('source')} !!]"
        t.attrib.pop("type", None)
    ts = tmp_path / "irm_pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "irm_pseudo.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)


def _data_texts(lib, aid: str) -> set[str]:
    """What the plan, the assessment and the methodology form say (data, translated elsewhere)."""
    a = lib.assessments.assessment(aid)
    plan = lib.plans.plan(a.plan_id)
    out = set(_strings(plan.model_dump()))
    for form in available_forms():  # every form: the new-assessment dialog lists them all
        out |= set(_strings(form.model_dump()))
    out |= set(_strings(a.model_dump())) | {f"{plan.member} {plan.period}".strip()}
    for c in lib.plans.commitments(a.plan_id):
        out |= set(_strings(c.model_dump()))
    return out


def _qt_own_texts() -> set[str]:
    """The standard buttons' texts: Qt's own translations (qtbase) cover those."""
    box = QDialogButtonBox()
    out = set()
    for sb in QDialogButtonBox.StandardButton:
        if sb != QDialogButtonBox.StandardButton.NoButton:
            b = box.addButton(sb)
            if b is not None:
                out.add(b.text())
    box.deleteLater()
    return out


WORD = re.compile(r"[A-Za-z]{3,}")
PSEUDO = re.compile(r"\[!!((?!\[!!).)*?!!\]", re.S)
TAG = re.compile(r"<[^>]+>|&\w+;")
SHORTCUT = re.compile(r"^(Ctrl|Shift|Alt|Meta|F\d+|Up|Down|Del|Esc)[+\w]*$")


def _visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every user-visible text of `top` and its visible children."""
    widgets = [top, *top.findChildren(QWidget)]
    for wd in widgets:
        if not wd.isVisibleTo(top) and wd is not top and not isinstance(wd, QMenu):
            continue
        name = f"{type(wd).__name__}#{wd.objectName()}"
        if wd.isWindow():
            yield name + ".windowTitle", wd.windowTitle()
        yield name + ".toolTip", wd.toolTip()
        yield name + ".accessibleName", wd.accessibleName()
        if isinstance(wd, QLabel):
            yield name + ".text", wd.text()
        if isinstance(wd, QAbstractButton):
            yield name + ".text", wd.text()
        if isinstance(wd, QLineEdit | QPlainTextEdit | QTextEdit):
            yield name + ".placeholder", wd.placeholderText()
        if isinstance(wd, QGroupBox):
            yield name + ".title", wd.title()
        if isinstance(wd, QTabWidget):
            for i in range(wd.count()):
                yield f"{name}.tab{i}", wd.tabText(i)
                yield f"{name}.tabTip{i}", wd.tabToolTip(i)
        if isinstance(wd, QComboBox):
            for i in range(wd.count()):
                yield f"{name}.item{i}", wd.itemText(i)
        if isinstance(wd, QMenu):
            yield name + ".title", wd.title()
            for a in wd.actions():
                yield f"{name}.action", a.text()
                yield f"{name}.actionTip", a.toolTip() if a.toolTip() != a.text().replace("&", "") else ""
        if isinstance(wd, QAbstractItemView) and wd.model() is not None:
            model = wd.model()
            for col in range(0 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())):
                yield f"{name}.header{col}", str(model.headerData(col, Qt.Orientation.Horizontal) or "")
                yield f"{name}.headerTip{col}", str(
                    model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or "")
    for a in top.actions():
        yield "action", a.text()


def _raw_english(top: QWidget, allowed: set[str]) -> list[str]:
    """The texts with an English word left once the translated parts ("[!! ... !!]") and the
    data (plan, form, names; longest first, so "Specificity: High" is two data strings) are cut."""
    data = sorted((a for a in allowed if len(a) >= 2), key=len, reverse=True)
    bad = []
    for where, text in _visible_texts(top):
        rest, n = TAG.sub(" ", text.replace("\n", " ")), 1  # a long level label is wrapped on two lines
        while n:  # innermost first: "[!! [!! Scored !!] progress !!]" is translated twice, wholly
            rest, n = PSEUDO.subn(" ", rest)
        if not WORD.search(rest):
            continue
        for a in data:
            if a in rest:
                rest = rest.replace(a, " ")
        if WORD.search(rest) and not SHORTCUT.match(rest.strip()):
            bad.append(f"{where}: {text!r}")
    return sorted(set(bad))


@needs_tools
def test_pseudo_locale_leaves_no_raw_english_in_the_gui(language, make_window, scored_library, tmp_path) -> None:
    language("en", pseudo_qm(tmp_path))
    lib, aid = scored_library
    w = make_window(lib)
    w.tree.select_assessment(aid)
    w.commitments.select_row(0)
    allowed = _data_texts(lib, aid) | _qt_own_texts() | set(i18n.LANGUAGES.values())
    allowed |= {str(tmp_path), str(lib.path), "https://…"}  # the URL placeholder is an example address
    found = []
    for tab in range(w.tabs.count()):
        w.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        found += _raw_english(w, allowed)
    for menu in w.menuBar().findChildren(QMenu):
        found += [f"menu {menu.title()}: {t}" for t in _raw_english(menu, allowed)]

    commitments = lib.plans.commitments(lib.assessments.assessment(aid).plan_id)
    dialogs: list[QDialog] = [
        PreferencesDialog("Ana", w),
        NewAssessmentDialog(lib, "Ana", None, w),
        EvidenceDialog(commitments, link_to=commitments[0].id, parent=w),
    ]
    w.exporter.ask_report()
    dialogs.append(w.last_dialog)
    dialogs.append(w.exporter.show_identity())
    dialogs.append(w.exporter.show_verify())
    for d in dialogs:
        d.show()
        QApplication.processEvents()
        found += [f"{type(d).__name__}: {t}" for t in _raw_english(d, allowed)]
        d.close()
    assert not found, "raw English (not through tr):\n" + "\n".join(sorted(set(found)))


def test_plan_editor_and_review_step_labels_are_translated(language, make_window, scored_library, qtbot,
                                                           tmp_path: Path) -> None:
    """Their field labels were read from tables (`self.tr(label)`), which lupdate cannot see: they
    stayed English in every language until the tables were marked."""
    from irm_app.ui.intake.commitment_panel import CommitmentPanel
    from irm_app.ui.plans.editor import PlanEditor

    language("es")
    lib, aid = scored_library
    w = make_window(lib)
    editor = PlanEditor(w.store, lib.assessments.assessment(aid).plan_id, w)
    labels = {label.text() for label in editor.findChildren(QLabel)}
    assert {"I&nicio:", "&Fin:", "De&scripción:", "&Problema público:", "ID del hito:", "Título del hito:"} <= labels
    assert not labels & {"&Start:", "&Description:", "Public &problem:", "Milestone ID:", "Milestone title:"}
    assert editor.findChild(QWidget, "plan_c_description").accessibleName() == "Descripción"
    editor.close()
    panel = CommitmentPanel()
    tabs = [panel.tabs.tabText(i).replace("\n", " ") for i in range(panel.tabs.count())]
    assert "Problema público" in tabs and "Relevancia para los valores de OGP" in tabs
    assert not {"Public problem", "How it contributes"} & set(tabs)
    assert {"N&úmero:", "Inicio:"} <= {label.text() for label in panel.findChildren(QLabel)}
    assert panel.lines["lead_institution"].accessibleName() == "Institución responsable"


def test_review_steps_page_separators_are_translated(language, qtbot) -> None:
    from irm_app.intake.detected import Paragraph
    from irm_app.ui.intake.document_view import DocumentView

    language("es")
    view = DocumentView([Paragraph(number=1, page=1, text="Uno"), Paragraph(number=2, page=2, text="Dos")])
    qtbot.addWidget(view)
    assert view.toPlainText().splitlines() == ["\u2014\u2014 página 1 \u2014\u2014", "\u00b61  Uno",
                                               "\u2014\u2014 página 2 \u2014\u2014", "\u00b62  Dos"]
