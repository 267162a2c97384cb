"""Start the desktop app: `run_gui(db_path)`; with `screenshot`, render offscreen and exit."""

from __future__ import annotations

import getpass
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..collector import CollectorPause
from ..paths import resources_dir
from .i18n import chosen_language, install_language
from .quick_start import after_first_paint, plain_imports
from .scripts import add_script_fallback

if TYPE_CHECKING:  # the library (sqlite-utils, pydantic) is imported once the window's frame is on screen
    from ..library import Library, LibraryError
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
    from .main_window import SETTING

    name = " ".join(given.split())
    if name:
        settings.setValue(SETTING, name)
        return name
    name = str(settings.value(SETTING, "") or "").strip()  # what the dialog would return, without its imports
    if not name and interactive:
        from .dialogs.researcher import ask_researcher_once

        name = ask_researcher_once(settings)
    return name or default_researcher(settings)


def run_gui(db_path: Path, screenshot: Path | None = None, *, settings: QSettings | None = None,
            researcher: str = "", prepare: Callable[[str], None] | None = None, whole_process: bool = False) -> int:
    """Open the main window on the library; return the exit code.

    `prepare(researcher)` runs once the researcher is known and before the library is opened
    (`gui --sample` imports the sample and starts an assessment in that name). `whole_process`
    (`irm-app gui` itself, not a test calling in): what the start made is frozen for the collector
    after the first paint (irm_app/collector.py).
    The app's imports skip PySide6's feature hook meanwhile (ui/quick_start.py)."""
    with plain_imports():
        app = make_app(settings)
        from .main_window import MainWindow

        if settings is None and screenshot is not None:
            import tempfile  # a screenshot must not touch the user's window state or recent list

            with tempfile.TemporaryDirectory(prefix="irm-shot-") as scratch:  # removed after (was left behind)
                shot_settings = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
                return _run(app, MainWindow, db_path, screenshot, shot_settings, researcher, prepare, whole_process)
        return _run(app, MainWindow, db_path, screenshot, settings or QSettings(), researcher, prepare, whole_process)


def _run(app: QApplication, window_type: type[MainWindow], db_path: Path, screenshot: Path | None,
         settings: QSettings, researcher: str, prepare: Callable[[str], None] | None, whole_process: bool) -> int:
    """run_gui's body, given the settings to use (a screenshot's live in a scratch folder until
    this returns); the window's class is passed in, imported after the QApplication exists."""
    who = start_researcher(settings, researcher, interactive=screenshot is None)
    if prepare is not None:
        prepare(who)
    collector = CollectorPause(freeze=whole_process)  # from the frame to the first paint (irm_app/collector.py)
    collector.pause()
    try:
        return _show(app, window_type, db_path, screenshot, settings, who, collector)
    finally:
        collector.resume()


def _show(app: QApplication, window_type: type[MainWindow], db_path: Path, screenshot: Path | None,
          settings: QSettings, who: str, collector: CollectorPause) -> int:
    # The window's frame first (menus, toolbar, status bar: Qt only), painted before the library,
    # the model and the pages are imported; then it is filled in (docs/performance.md).
    window = window_type(None, settings, who=who)
    if screenshot is not None:
        window.resize(*SCREENSHOT_SIZE)
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
    window.show()
    app.processEvents()
    _note_startup("frame")
    from ..library import LibraryError

    if screenshot is not None:
        try:
            library = _open_for_screenshot(db_path)
        except LibraryError as e:
            print(f"irm-app: {e}", file=sys.stderr)
            return 2
        window.install_library(library, who)
        window.owns_library = True
        return _screenshot(app, window, screenshot, painted=collector.resume)
    try:
        fill_window(window, db_path)
    except LibraryError as e:
        from .dialogs.messages import show_error

        collector.resume()
        window.hide()
        box = show_error(None, QCoreApplication.translate("App", "IRM Assessor"), startup_error_text(e))  # type: ignore[arg-type]
        box.exec()
        return 2
    after_first_paint(window, collector.resume)
    code = app.exec()
    del window
    return code


def _note_startup(stage: str) -> None:
    """`IRM_APP_STARTUP_LOG=FILE`: append "stage [detail] wall-clock-time" (the benchmark's view of
    when the frame was on screen and when the window was grabbed showing the table's rows, with
    their count; benchmarks/bench_startup.py)."""
    import os

    log = os.environ.get("IRM_APP_STARTUP_LOG")
    if log:
        import time

        with open(log, "a", encoding="utf-8") as f:
            f.write(f"{stage} {time.time():.6f}\n")


def startup_error_text(e: LibraryError) -> str:
    """A second instance gets a sentence, not a lock file's path and a PID."""
    from ..library.lock import LibraryLocked

    if isinstance(e, LibraryLocked):
        return QCoreApplication.translate(
            "App", "This library is already open in another IRM Assessor window (or an irm-app command). "
            "Switch to that window, or close it and start again.\n\n%s") % e
    return str(e)


def open_window(db_path: Path, settings: QSettings, *, runner: TaskRunner | None = None) -> MainWindow:
    """Open the library for writing, recovering a damaged one from its newest sound backup, and
    show the window; a recovery is told in a dialog once the window is up, and in the status bar."""
    from .main_window import MainWindow

    window = MainWindow(None, settings, who=default_researcher(settings), runner=runner)
    try:
        fill_window(window, db_path)
    except BaseException:
        window.deleteLater()
        raise
    window.show()
    return window


def fill_window(window: MainWindow, db_path: Path) -> None:
    """Open the library (for writing, recovering a damaged one) and build the window around it;
    the full integrity check the sound mark does not vouch for runs after, on a worker
    (ui/sound_check.py): the window shows the library before it, writes wait for it."""
    from ..library import LibraryCorrupt, LibraryError
    from ..library.recovery import open_or_recover
    from . import sound_check

    who = default_researcher(window.settings)
    library, message = open_or_recover(db_path, defer_check=True)
    try:
        window.install_library(library, who)
    except (sqlite3.DatabaseError, LibraryError) as e:
        # A page read for the window was damaged before the deferred check could say so: the
        # same recovery as at open, now with the full check.
        library.close()
        if library.pending_check is None or not (isinstance(e, LibraryCorrupt) or _corrupt(e)):
            raise
        library, message = open_or_recover(db_path)
        window.install_library(library, who)
    window.owns_library = True
    if message:
        QTimer.singleShot(0, lambda: window.show_startup_message(message))
    QTimer.singleShot(0, lambda: sound_check.start(window))  # after the first paint


def _corrupt(e: BaseException) -> bool:
    from ..library import LibraryCorrupt
    from ..library.connection import open_error

    return isinstance(e, sqlite3.DatabaseError) and isinstance(open_error(e, Path()), LibraryCorrupt)


def _open_for_screenshot(db_path: Path) -> Library:
    """A screenshot only reads: open read-only (works while the app has it open), else normally."""
    from ..library import Library, LibraryError

    if Path(db_path).is_file():
        try:
            return Library.open(db_path, readonly=True)
        except LibraryError:
            pass
    return Library.open(db_path)


def _screenshot(app: QApplication, window: object, path: Path, *, painted: Callable[[], None] = lambda: None) -> int:
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
    shot = window.grab()
    _note_startup(f"painted {window.commitments.model.rowCount()}")  # the window grabbed, with its table's rows
    painted()
    ok = shot.save(str(path), "PNG")
    window.close()
    if not ok:
        print(f"irm-app: cannot write {path}", file=sys.stderr)
        return 2
    return 0
