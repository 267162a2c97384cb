"""Start the desktop app: `run_gui(db_path)`; with `screenshot`, render offscreen and exit."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..library import Library, LibraryError
from ..paths import resources_dir

SCREENSHOT_SIZE = (1600, 1000)


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
    return family


def make_app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("IRM Assessor")
    app.setOrganizationName("OGP-IRM")
    app.setApplicationVersion(__version__)
    load_font(app)
    return app


def default_researcher(settings: QSettings) -> str:
    name = str(settings.value("researcher", "") or "")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers)
        return ""


def run_gui(db_path: Path, screenshot: Path | None = None, *, settings: QSettings | None = None) -> int:
    """Open the main window on the library; return the exit code."""
    app = make_app()
    from .dialogs import show_error
    from .main_window import MainWindow

    if settings is None and screenshot is not None:
        import tempfile  # a screenshot must not touch the user's window state or recent list

        settings = QSettings(str(Path(tempfile.mkdtemp(prefix="irm-shot-")) / "s.ini"), QSettings.Format.IniFormat)
    settings = settings or QSettings()
    try:
        library = _open_for_screenshot(db_path) if screenshot is not None else Library.open(db_path)
    except LibraryError as e:
        if screenshot is not None:
            print(f"irm-app: {e}", file=sys.stderr)
            return 2
        box = show_error(None, app.tr("IRM Assessor"), str(e))  # type: ignore[arg-type]
        box.exec()
        return 2
    window = MainWindow(library, settings, who=default_researcher(settings), owns_library=True)
    if screenshot is not None:
        return _screenshot(app, window, screenshot)
    window.show()
    return app.exec()


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
