"""The "Nghe" (listen) button's voice: Qt TextToSpeech, only where it really works.

The module is imported on first use, never at startup: on Linux it needs libspeechd and
libpulse, and on any machine it may lack a Vietnamese voice. Engines are tried in the
order winrt (which has the "Microsoft An" Vietnamese voice on Windows 10/11), sapi, then
Qt's default. If the module does not load, or no voice speaks the language, the button is
not shown at all: a button that says nothing would confuse a learner.
"""

from typing import Callable

ENGINE_PREFERENCE = ("winrt", "sapi")
RATES = {"slow": -0.35, "normal": 0.0, "fast": 0.3}


def pick_engine(available: list[str]) -> str | None:
    """The preferred engine present on this machine, or None for Qt's default."""
    for name in ENGINE_PREFERENCE:
        if name in available:
            return name
    return None


def _load_module():
    from PySide6 import QtTextToSpeech  # noqa: PLC0415 (lazy on purpose)

    return QtTextToSpeech


class ReadAloud:
    """Speaks texts in Vietnamese or English when this machine can; otherwise stays silent."""

    def __init__(self, loader: Callable = _load_module):
        self._loader = loader
        self._engine = None
        self._probed = False
        self._voice_for: dict[str, object] = {}

    def _probe(self) -> None:
        if self._probed:
            return
        self._probed = True
        try:
            module = self._loader()
            engine_name = pick_engine(list(module.QTextToSpeech.availableEngines()))
            engine = module.QTextToSpeech(engine_name) if engine_name else module.QTextToSpeech()
            if engine.state() == module.QTextToSpeech.State.Error:
                return
        except (ImportError, OSError, RuntimeError, AttributeError):
            return
        self._engine = engine

    def available(self, lang: str) -> bool:
        """Whether a voice for `lang` exists here (probes the engine once, on first call)."""
        return self._voice(lang) is not None

    def _voice(self, lang: str):
        if lang in self._voice_for:
            return self._voice_for[lang]
        self._probe()
        found = None
        if self._engine is not None:
            from PySide6.QtCore import QLocale

            wanted = QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English
            for voice in self._all_voices():
                if voice.locale().language() == wanted:
                    found = voice
                    break
        self._voice_for[lang] = found
        return found

    def _all_voices(self) -> list:
        """Voices of every locale the engine offers (availableVoices() only lists the current one)."""
        voices = []
        if hasattr(self._engine, "findVoices"):
            voices = list(self._engine.findVoices())
        if not voices:
            for locale in self._engine.availableLocales():
                self._engine.setLocale(locale)
                voices.extend(self._engine.availableVoices())
        return voices

    def say(self, text: str, lang: str, speed: str = "normal") -> bool:
        voice = self._voice(lang)
        if voice is None:
            return False
        self._engine.setLocale(voice.locale())
        self._engine.setVoice(voice)
        self._engine.setRate(RATES.get(speed, 0.0))
        self._engine.say(text)
        return True

    def stop(self) -> None:
        if self._engine is not None:
            self._engine.stop()
