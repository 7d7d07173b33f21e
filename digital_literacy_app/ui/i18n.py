"""Interface language: Vietnamese by default, English on request, through Qt translators.

Interface strings are written in English in the code and translated through
assets/translations/dla_<lang>.qm. Lesson texts are not translated here: they come from
the lesson itself (`Text.get(lang)`).

Qt's own widgets (the file dialog's "Look in", "File name", "Save", "Cancel", message box
buttons, a text field's right-click menu) are translated by a second translator, qt_vi.qm:
Qt ships none for Vietnamese, so assets/translations/qt_vi.ts holds our own for those
contexts. English needs none (Qt's own words are English).
"""

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from digital_literacy_app.core.records import assets_dir

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
_installed: dict[str, QTranslator] = {}
_qt_own: dict[str, QTranslator] = {}  # Qt's own dialogs, where this app ships their words


def translations_dir():
    return assets_dir() / "translations"


def set_language(lang: str) -> str:
    """Switch the interface language of the whole application; returns the language used."""
    app = QCoreApplication.instance()
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    if app.property("dla_language") == lang and _installed.get(lang) is not None:
        return lang  # already in place: re-translating every widget would cost a repaint
    for old in (*_installed.values(), *_qt_own.values()):
        app.removeTranslator(old)
    translator = _installed.get(lang)
    if translator is None:
        translator = QTranslator(app)
        if not translator.load(str(translations_dir() / f"dla_{lang}.qm")):
            raise FileNotFoundError(f"Missing compiled translation dla_{lang}.qm in {translations_dir()}")
        _installed[lang] = translator
    app.installTranslator(translator)
    _install_qt_own(app, lang)
    QLocale.setDefault(QLocale(QLocale.Vietnamese if lang == "vi" else QLocale.English))
    app.setProperty("dla_language", lang)
    return lang


def _install_qt_own(app, lang: str) -> None:
    """Qt's own dialogs in `lang`, when this app ships their words (qt_<lang>.qm)."""
    path = translations_dir() / f"qt_{lang}.qm"
    if lang not in _qt_own and path.exists():
        translator = QTranslator(app)
        if translator.load(str(path)):
            _qt_own[lang] = translator
    if lang in _qt_own:
        app.installTranslator(_qt_own[lang])


def current_language() -> str:
    app = QCoreApplication.instance()
    return (app.property("dla_language") if app else None) or DEFAULT_LANGUAGE
