"""Interface language: Vietnamese by default, English on request, through Qt translators.

Interface strings are written in English in the code and translated through
assets/translations/dla_<lang>.qm. Lesson texts are not translated here: they come from
the lesson itself (`Text.get(lang)`).
"""

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from digital_literacy_app.core.records import assets_dir

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
_installed: dict[str, QTranslator] = {}


def translations_dir():
    return assets_dir() / "translations"


def set_language(lang: str) -> str:
    """Switch the interface language of the whole application; returns the language used."""
    app = QCoreApplication.instance()
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    if app.property("dla_language") == lang and _installed.get(lang) is not None:
        return lang  # already in place: re-translating every widget would cost a repaint
    for old in _installed.values():
        app.removeTranslator(old)
    translator = _installed.get(lang)
    if translator is None:
        translator = QTranslator(app)
        if not translator.load(str(translations_dir() / f"dla_{lang}.qm")):
            raise FileNotFoundError(f"Missing compiled translation dla_{lang}.qm in {translations_dir()}")
        _installed[lang] = translator
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Vietnamese if lang == "vi" else QLocale.English))
    app.setProperty("dla_language", lang)
    return lang


def current_language() -> str:
    app = QCoreApplication.instance()
    return (app.property("dla_language") if app else None) or DEFAULT_LANGUAGE
