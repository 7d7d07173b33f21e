""""Nghe": which engine is used, and the button hiding where no voice can speak."""

from types import SimpleNamespace

from PySide6.QtCore import QLocale

from digital_literacy_app.ui.lesson_player import PlayerScreen
from digital_literacy_app.ui.read_aloud import RATES, ReadAloud, pick_engine

from .conftest import FIRST


class FakeEngine:
    """The parts of QTextToSpeech that ReadAloud uses, with made-up voices."""

    created: list = []

    class State:
        Ready, Error = 0, 3

    def __init__(self, engine=None, voices=(), broken=False):
        self.engine, self.voices, self.broken = engine, list(voices), broken
        self.locale, self.voice, self.rate, self.said = None, None, None, []
        FakeEngine.created.append(self)

    def state(self):
        return self.State.Error if self.broken else self.State.Ready

    def findVoices(self):
        return self.voices

    def availableLocales(self):
        return [voice.locale() for voice in self.voices]

    def setLocale(self, locale):
        self.locale = locale

    def setVoice(self, voice):
        self.voice = voice

    def setRate(self, rate):
        self.rate = rate

    def say(self, text):
        self.said.append(text)

    def stop(self):
        pass


def voice(language):
    return SimpleNamespace(locale=lambda: QLocale(language), name=lambda: str(language))


def loader(engines, voices=(), broken=False):
    def make(engine=None):
        return FakeEngine(engine, voices, broken)

    make.availableEngines = staticmethod(lambda: list(engines))
    make.State = FakeEngine.State
    return lambda: SimpleNamespace(QTextToSpeech=make)


def test_engine_preference_is_winrt_then_sapi_then_the_default():
    """Windows' winrt engine sees "Microsoft An" (Vietnamese); sapi next; else Qt's default."""
    assert pick_engine(["sapi", "winrt", "mock"]) == "winrt"
    assert pick_engine(["sapi", "mock"]) == "sapi"
    assert pick_engine(["speechd", "flite"]) is None


def test_a_vietnamese_voice_makes_the_button_available_and_is_used():
    """With a Vietnamese voice, "Nghe" speaks with it, at the learner's speed."""
    FakeEngine.created.clear()
    speaker = ReadAloud(loader(["sapi", "winrt"], [voice(QLocale.Language.English),
                                                   voice(QLocale.Language.Vietnamese)]))
    assert speaker.available("vi") and speaker.available("en")
    engine = FakeEngine.created[-1]
    assert engine.engine == "winrt"
    assert speaker.say("Xin chào", "vi", "slow")
    assert engine.said == ["Xin chào"] and engine.rate == RATES["slow"]
    assert engine.voice.locale().language() == QLocale.Language.Vietnamese


def test_no_vietnamese_voice_hides_the_button_for_vietnamese_only():
    """An English-only machine can read English lessons but must not pretend for Vietnamese."""
    speaker = ReadAloud(loader(["speechd"], [voice(QLocale.Language.English)]))
    assert not speaker.available("vi")
    assert speaker.available("en")
    assert speaker.say("Xin chào", "vi") is False


def test_a_module_that_cannot_load_or_an_engine_in_error_means_no_button():
    """Missing libspeechd/libpulse (ImportError/OSError) or a broken engine: silently hidden."""
    def missing():
        raise ImportError("libpulse.so.0: cannot open shared object file")

    assert not ReadAloud(missing).available("vi")
    assert not ReadAloud(loader(["sapi"], [voice(QLocale.Language.Vietnamese)], broken=True)).available("vi")


def test_the_real_module_is_probed_without_crashing():
    """Whatever this machine has, asking is safe and gives a plain yes or no."""
    assert ReadAloud().available("vi") in (True, False)


def test_the_player_hides_listen_without_a_voice_and_shows_it_with_one(qtbot, window, learner, voice):
    """The button is absent, not greyed out, where it could not speak."""
    window.sign_in(learner)
    voice.languages = set()
    hidden = window.open_lesson(FIRST)
    assert isinstance(hidden, PlayerScreen) and not hidden.listen_button.isVisible()
    voice.languages = {"vi"}
    shown = window.open_lesson(FIRST)
    assert shown.listen_button.isVisible()
    assert shown.listen_button.text().strip() == "Nghe"
