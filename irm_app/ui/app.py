"""Start the desktop app: `run_gui(db_path)`; with `screenshot`, render offscreen and exit."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..library import Library, LibraryError
from ..library.lock import LibraryLocked
from ..library.recovery import open_or_recover
from ..paths import resources_dir
from .i18n import chosen_language, install_language
from .scripts import add_script_fallback

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .tasks import TaskRunner

SCREENSHOT_SIZE = (1600, 1000)
_LANGUAGE_PROPERTY = "irmLanguage"  # set on the app once its translators are installed


def load_font(app: QApplication) -> str | None:
    """Use the bundled DejaVu Sans when it is shipped, so every machine renders alike."""
    fonts = resources_dir() / "fonts"
    family = None
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"):
        path = fonts / name
        if path.is_file():
            fid = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
            family = family or (families[0] if families else None)
    if family:
        app.setFont(QFont(family, 10))
        add_script_fallback(app, family)  # CJK glyphs (DejaVu has none), italic Arabic (its Oblique has none)
    return family


def make_app(settings: QSettings | None = None) -> QApplication:
    """The QApplication, with the bundled font and, once per process, the interface language
    (Settings > Preferences, else the system locale) installed before any window is built."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("IRM Assessor")
    app.setOrganizationName("OGP-IRM")
    app.setApplicationVersion(__version__)
    load_font(app)
    if app.property(_LANGUAGE_PROPERTY) is None:
        installed = install_language(app, chosen_language(settings or QSettings()))
        app.setProperty(_LANGUAGE_PROPERTY, installed.language)
    return app


def default_researcher(settings: QSettings) -> str:
    name = str(settings.value("researcher", "") or "")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers)
        return ""


def start_researcher(settings: QSettings, given: str = "", *, interactive: bool = True) -> str:
    """Who is working: the name given (kept for next time), else the stored one, else (first
    start, interactive) asked once in a small dialog; else the login name, for the audit only."""
    from .dialogs.researcher import SETTING, ask_researcher_once

    name = " ".join(given.split())
    if name:
        settings.setValue(SETTING, name)
        return name
    name = ask_researcher_once(settings) if interactive else ""
    return name or default_researcher(settings)


def run_gui(db_path: Path, screenshot: Path | None = None, *, settings: QSettings | None = None,
            researcher: str = "", prepare: Callable[[str], None] | None = None) -> int:
    """Open the main window on the library; return the exit code.

    `prepare(researcher)` runs once the researcher is known and before the library is opened
    (`gui --sample` imports the sample and starts an assessment in that name)."""
    app = make_app(settings)
    from .dialogs.messages import show_error
    from .main_window import MainWindow

    if settings is None and screenshot is not None:
        import tempfile  # a screenshot must not touch the user's window state or recent list

        settings = QSettings(str(Path(tempfile.mkdtemp(prefix="irm-shot-")) / "s.ini"), QSettings.Format.IniFormat)
    settings = settings or QSettings()
    who = start_researcher(settings, researcher, interactive=screenshot is None)
    if prepare is not None:
        prepare(who)
    if screenshot is not None:
        try:
            library = _open_for_screenshot(db_path)
        except LibraryError as e:
            print(f"irm-app: {e}", file=sys.stderr)
            return 2
        window = MainWindow(library, settings, who=who, owns_library=True)
        return _screenshot(app, window, screenshot)
    try:
        window = open_window(db_path, settings)  # keep a reference while the event loop runs
    except LibraryError as e:
        box = show_error(None, QCoreApplication.translate("App", "IRM Assessor"), startup_error_text(e))  # type: ignore[arg-type]
        box.exec()
        return 2
    code = app.exec()
    del window
    return code


def startup_error_text(e: LibraryError) -> str:
    """A second instance gets a sentence, not a lock file's path and a PID."""
    if isinstance(e, LibraryLocked):
        return QCoreApplication.translate(
            "App", "This library is already open in another IRM Assessor window (or an irm-app command). "
            "Switch to that window, or close it and start again.\n\n%s") % e
    return str(e)


def open_window(db_path: Path, settings: QSettings, *, runner: TaskRunner | None = None) -> MainWindow:
    """Open the library for writing, recovering a damaged one from its newest sound backup, and
    show the window; a recovery is told in a dialog once the window is up, and in the status bar."""
    from .main_window import MainWindow

    library, message = open_or_recover(db_path)
    window = MainWindow(library, settings, who=default_researcher(settings), runner=runner, owns_library=True)
    window.show()
    if message:
        QTimer.singleShot(0, lambda: window.show_startup_message(message))
    return window


def _open_for_screenshot(db_path: Path) -> Library:
    """A screenshot only reads: open read-only (works while the app has it open), else normally."""
    if Path(db_path).is_file():
        try:
            return Library.open(db_path, readonly=True)
        except LibraryError:
            pass
    return Library.open(db_path)


def _screenshot(app: QApplication, window: object, path: Path) -> int:
    from .main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.resize(*SCREENSHOT_SIZE)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
    window.show()
    first = window.tree.first_assessment()
    if first:
        window.tree.select_assessment(first)
        window.commitments.select_row(0)
        editors = list(window.commitments.form.editors.values())
        if editors and editors[0].buttons:  # show the help area as a researcher sees it
            editors[0].buttons[0].setFocus()
    for _ in range(5):
        app.processEvents()
    ok = window.grab().save(str(path), "PNG")
    window.close()
    if not ok:
        print(f"irm-app: cannot write {path}", file=sys.stderr)
        return 2
    return 0
