"""The volunteer screens meet the same bar as the learner's: names for every control,
16 pt text, 48 px buttons, nothing cut off at 100 % or 200 %, both themes, and every
interface text translated."""

import re

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication

from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui import i18n, theme
from digital_literacy_app.ui.main_window import MainWindow

from .conftest import FIXTURE_LESSONS
from .screens import size_problems, visible_texts, visible_widgets
from .test_keyboard_and_access import focusable
from .test_translations import SAME_IN_BOTH, messages
from .volunteer_screens import data_texts, walk_volunteer_screens

# Examples of codes as they are printed (a certificate code, a learner card code): the
# same in every language.
CODE_SHAPES = {"DLC1:\u2026", "ABCDE FGHJK"}


@pytest.fixture
def open_window(app, qtbot, voice, tmp_path):
    """A fresh installation and its window, for each walk (the wizard runs once per PC)."""
    opened = []

    def make(name: str):
        trainer = Trainer.open(tmp_path / name, lesson_dirs=[FIXTURE_LESSONS])
        win = MainWindow(trainer, read_aloud=voice)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        win.seat.mark_lessons_loaded()
        opened.append((win, trainer))
        return win, trainer

    yield make
    for win, _trainer in opened:
        win.idle.stop()
        win.close()
        QApplication.instance().removeEventFilter(win.idle)
        win.deleteLater()
    # Gone now, before `app` puts the look back: else the restyle walks all their screens.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _win, trainer in opened:
        trainer.close()


def settle() -> None:
    """Let wrapped labels finish their second layout pass, as they have by the time anyone looks."""
    for _ in range(3):
        QApplication.processEvents()


def keep_look(window, high_contrast: bool, scale: int) -> None:
    """Volunteer mode uses the PC's look; hold the tested one whenever it is re-applied."""
    app = QApplication.instance()
    theme.apply(app, high_contrast, scale)
    window.seat.appearance_changed.connect(lambda _key: theme.apply(app, high_contrast, scale))


def test_every_focusable_control_on_every_volunteer_screen_has_a_name(qtbot, open_window):
    """A screen reader can say what each control is, on every volunteer screen."""
    window, trainer = open_window("names")
    nameless = []
    for screen, root in walk_volunteer_screens(window, trainer):
        for widget in visible_widgets(root):
            if not focusable(widget):
                continue
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not (widget.accessibleName().strip() or text.strip()):
                nameless.append((screen, type(widget).__name__, type(widget.parentWidget()).__name__))
    assert nameless == []


@pytest.mark.parametrize("scale, high_contrast", [(100, False), (200, False), (200, True)])
def test_volunteer_screens_have_big_buttons_no_small_text_and_nothing_cut(qtbot, open_window, scale,
                                                                          high_contrast):
    """At 100 % and 200 % (and in high contrast): no text under 16 pt (scaled), no button
    under 48 px, nothing wider than the window, no label or button text cut short, and
    the window never had to grow past the ward-office screen."""
    window, trainer = open_window(f"sizes-{scale}-{high_contrast}")
    keep_look(window, high_contrast, scale)
    problems = []
    for screen, root in walk_volunteer_screens(window, trainer):
        settle()
        if window.width() > 1366 or window.height() > 768:
            problems.append((screen, "window grew", window.width(), window.height()))
        for widget in visible_widgets(root):
            problems.extend(size_problems(screen, widget, window))
    assert problems == [], "\n".join(map(str, problems))


def collect(open_window, lang):
    window, trainer = open_window(f"lang-{lang}")
    i18n.set_language(lang)
    window.seat.values["language"] = lang  # the PC's start language while the wizard runs
    texts = {name: visible_texts(root) for name, root in walk_volunteer_screens(window, trainer)}
    return texts, data_texts(trainer)


def test_every_volunteer_screen_differs_between_languages_except_data(qtbot, open_window):
    """Walk every volunteer screen in Vietnamese, then in English on a second new PC: any
    text the same in both (apart from names, places and language names) skipped the
    translation system."""
    vi, data = collect(open_window, "vi")
    en, _ = collect(open_window, "en")
    assert vi.keys() == en.keys()
    allowed = SAME_IN_BOTH | CODE_SHAPES | data | {""}
    same = []
    for screen in vi:
        assert len(vi[screen]) == len(en[screen]), f"{screen}: different widgets in each language"
        for vi_text, en_text in zip(vi[screen], en[screen]):
            bare = vi_text
            for name in data:
                bare = bare.replace(name, "")
            if vi_text == en_text and re.search(r"[^\W\d_]", bare) and vi_text not in allowed:
                same.append((screen, vi_text))
    assert same == []


def test_no_english_interface_string_shows_on_a_vietnamese_volunteer_screen(qtbot, open_window):
    """In Vietnamese, no visible text is an English source string left as it is."""
    english = {source for _, source, translation in messages("vi") if translation.text != source}
    vi, _ = collect(open_window, "vi")
    leaks = [(screen, text) for screen, texts in vi.items() for text in texts if text in english]
    assert leaks == []
