"""Issue 18: the scoring pane is compact by default and shows the definitions on demand (F1,
the Definitions button, "?" on a field), remembered across windows."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from irm_app.ui.commitments.definitions import SETTING


def _legacy_window(make_window, lib, qtbot):
    aid = lib.assessments.create_assessment("AP_USA05", "irm-progress-report-legacy", researcher="Ana", who="Ana").id
    w = make_window(lib)
    w.resize(1280, 720)
    w.select(aid, "US0113")
    qtbot.wait(10)
    return w


def test_compact_by_default_then_f1_shows_definitions_and_reasons(make_window, sample_library, qtbot, settings_path):
    w = _legacy_window(make_window, sample_library, qtbot)
    page = w.commitments
    derived = page.form.derived.text()
    assert not page.form.help.isVisible()  # compact: the pane of definitions is not taking room
    assert "9 not yet determined" in derived and "not scored" not in derived
    assert "Specificity not scored" in page.form.derived.toolTip()  # the reasons are a tooltip away
    compact_height = page.form.derived.height()

    first = next(iter(page.form.editors.values()))
    first.buttons[0].setFocus()
    qtbot.keyClick(first.buttons[0], Qt.Key.Key_F1)
    qtbot.waitUntil(page.definitions_button.isChecked)  # a button's shortcut clicks it after a short flash
    assert page.form.help.isVisible()
    assert "Specificity" in page.form.help.toPlainText()  # the focused field's levels
    assert "not scored" in page.form.derived.text()
    qtbot.waitUntil(lambda: page.form.derived.height() > compact_height)
    assert QSettings(str(settings_path), QSettings.Format.IniFormat).value(SETTING) in (True, "true")

    qtbot.keyClick(first.buttons[0], Qt.Key.Key_F1)  # F1 again: back to compact
    qtbot.waitUntil(lambda: not page.definitions_button.isChecked())
    assert not page.form.help.isVisible()


def test_question_mark_on_a_field_shows_that_fields_definitions(make_window, sample_library, qtbot):
    w = _legacy_window(make_window, sample_library, qtbot)
    page = w.commitments
    impact = page.form.editors["potential_impact"]
    impact.buttons[0].setFocus()
    qtbot.keyClick(impact.buttons[0], Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    assert page.form.help.isVisible()
    text = page.form.help.toPlainText()
    assert "Potential impact" in text
    for level in impact.field.levels:
        assert level.definition in text
    assert QApplication.focusWidget() is impact.buttons[0]  # the researcher stays where they were
    assert impact.value is None  # "?" picked nothing


def test_the_choice_is_remembered_by_the_next_window(make_window, sample_library, qtbot):
    w = _legacy_window(make_window, sample_library, qtbot)
    w.commitments.definitions_button.click()
    w.close()
    again = make_window(sample_library)
    assert again.commitments.definitions_button.isChecked()
    assert not again.commitments.form.help.isHidden()
    assert not again.plan_page.form.help.isHidden()  # one switch for both tabs


def test_compact_by_default_on_a_laptop_not_on_a_tall_screen(qtbot, tmp_path):
    from irm_app.ui.commitments.definitions import DefinitionsSwitch, default_for

    assert default_for(720 - 28) is False and default_for(768) is False  # laptops: compact
    assert default_for(1200 - 40) is True
    fresh = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    assert DefinitionsSwitch(fresh, default=True).shown is True  # nothing chosen yet: the screen decides
    fresh.setValue(SETTING, False)
    assert DefinitionsSwitch(fresh, default=True).shown is False  # the researcher's choice wins


def test_main_window_screenshots_script_renders_both_sizes(qtbot, tmp_path):
    import importlib.util
    from pathlib import Path

    from PySide6.QtGui import QImage

    path = Path(__file__).parents[2] / "scripts" / "main_window_screenshots.py"
    spec = importlib.util.spec_from_file_location("main_window_screenshots", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(tmp_path)
    sizes = {name: QImage(str(tmp_path / name)).size().toTuple()
             for name in ("main-1920x1080.png", "main-1280x720.png", "main-1280x720-definitions.png")}
    assert sizes == {"main-1920x1080.png": (1920, 1080), "main-1280x720.png": (1280, 720),
                     "main-1280x720-definitions.png": (1280, 720)}
    assert QImage(str(tmp_path / "main-1280x720.png")) != QImage(str(tmp_path / "main-1280x720-definitions.png"))
