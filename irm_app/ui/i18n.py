"""The interface language: which .qm files to load at start, from the system locale or the setting.

Two translators per language: the app's own (resources/translations/qt/irm_<lang>.qm, built from
the .ts files by scripts/update_translations.sh) and Qt's (qtbase_<lang>.qm from Qt's
translations folder) so the standard dialogs and buttons (Cancel, Open, Save) follow it too.
The choice applies at the next start: widgets read their texts when they are built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ..paths import resources_dir

SETTING = "ui/language"
SYSTEM = ""  # the setting's value for "follow the system locale"
# The interface languages shipped, each named in its own language (the combo shows these).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português", "ar": "العربية"}


def qm_dir() -> Path:
    return resources_dir() / "translations" / "qt"


def chosen_language(settings: QSettings, system: QLocale | None = None) -> str:
    """The setting when it names a shipped language, else the system locale's language when
    shipped, else English."""
    stored = str(settings.value(SETTING, SYSTEM) or SYSTEM)
    if stored in LANGUAGES:
        return stored
    name = (system or QLocale.system()).name()  # "es_MX", "pt_BR", "C"
    lang = name.split("_")[0]
    return lang if lang in LANGUAGES else "en"


@dataclass
class Installed:
    """What install_language loaded; keeps the translators alive as long as the app needs them."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def install_language(app: QApplication, language: str, *, app_qm: Path | None = None) -> Installed:
    """Load the app's and Qt's translations for `language`, set the default QLocale (dates and
    numbers) and the layout direction (right-to-left for Arabic). `app_qm` overrides the app's
    .qm (the pseudo-locale test). English loads nothing: the source texts are English."""
    out = Installed(language)
    locale = QLocale(language)
    QLocale.setDefault(locale)
    own = app_qm if app_qm is not None else (qm_dir() / f"irm_{language}.qm" if language != "en" else None)
    if own is not None:
        _install(app, out, own, lambda tr: tr.load(str(own)))
    if language != "en":  # Qt ships pt only as pt_BR: load(QLocale, ...) tries "pt_BR" for "pt"
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _install(app, out, qt_dir / f"qtbase_{language}.qm",
                 lambda tr: tr.load(locale, "qtbase", "_", str(qt_dir)))
    app.setLayoutDirection(locale.textDirection())
    return out


def _install(app: QApplication, out: Installed, path: Path, load: Callable[[QTranslator], bool]) -> None:
    tr = QTranslator(app)
    if load(tr):
        app.installTranslator(tr)
        out.translators.append(tr)
        out.files.append(Path(tr.filePath()) if tr.filePath() else path)


def remove_language(app: QApplication, installed: Installed) -> None:
    """Undo install_language (tests switch languages inside one process)."""
    for tr in installed.translators:
        app.removeTranslator(tr)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
