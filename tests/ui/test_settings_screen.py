"""Per-learner settings: they take effect at once, are remembered, and follow the learner."""

from PySide6.QtWidgets import QApplication

from digital_literacy_app.ui import i18n, theme

from .conftest import click


def open_settings(window, learner):
    window.sign_in(learner)
    click_target = window.screen.settings_button
    click_target.click()
    assert window.screen_name == "settings"
    return window.screen


def radio(screen, key, label):
    return next(b for b in screen.groups[key].buttons() if b.text() == label)


def test_the_screen_is_drawn_from_the_declared_settings(qtbot, window, learner):
    """Text size offers 100-200 % in steps of 25; contrast is a tick box; two languages."""
    screen = open_settings(window, learner)
    assert [b.text() for b in screen.groups["text_scale"].buttons()] == ["100 %", "125 %", "150 %", "175 %",
                                                                        "200 %"]
    assert screen.controls["high_contrast"].text() == "Bật"
    assert [b.text() for b in screen.groups["language"].buttons()] == ["Tiếng Việt", "English"]
    assert [b.text() for b in screen.groups["read_speed"].buttons()] == ["Chậm", "Vừa", "Nhanh"]
    assert radio(screen, "text_scale", "100 %").isChecked()


def test_text_size_applies_at_once_and_is_remembered_for_this_learner(qtbot, window, learner, trainer):
    """Choosing 175 % grows the body text to 28 pt now, and again after signing in later."""
    screen = open_settings(window, learner)
    click(qtbot, radio(screen, "text_scale", "175 %"))
    app = QApplication.instance()
    assert app.font().pointSize() == 28
    assert theme.current(app) == (False, 175)
    assert trainer.settings.for_learner(learner.id)["text_scale"] == 175
    window.sign_out()
    assert app.font().pointSize() == 16, "the next person starts at normal size"
    window.sign_in(learner)
    assert app.font().pointSize() == 28


def test_high_contrast_switches_the_whole_app_to_the_dark_theme(qtbot, window, learner, trainer):
    """Ticking the box turns the window black with white text, and it is saved."""
    screen = open_settings(window, learner)
    click(qtbot, screen.controls["high_contrast"])
    app = QApplication.instance()
    assert theme.current(app)[0] is True
    assert "#000000" in app.styleSheet() and theme.HIGH_CONTRAST.primary in app.styleSheet()
    assert trainer.settings.for_learner(learner.id)["high_contrast"] is True


def test_english_redraws_the_settings_in_english_and_lessons_follow(qtbot, window, learner):
    """The interface turns English at once; the catalogue then shows the lessons' English titles."""
    screen = open_settings(window, learner)
    click(qtbot, radio(screen, "language", "English"))
    qtbot.waitUntil(lambda: window.screen is not screen, timeout=2000)
    assert i18n.current_language() == "en"
    assert window.screen.title.text() == f"Settings for {learner.name}"
    assert radio(window.screen, "language", "English").hasFocus(), "focus stays on what was changed"
    click(qtbot, window.screen.done_button)
    assert window.screen_name == "catalogue"
    assert window.screen.cards["fixture-first-steps"].title_label.text() == "First practice"
    assert window.screen.cards["fixture-first-steps"].detail_label.text() == "5 min · not started"


def test_reading_speed_is_offered_only_where_a_voice_exists(qtbot, window, learner, voice):
    """Without a voice for the language there is nothing to set a speed for."""
    voice.languages = {"en"}
    screen = open_settings(window, learner)
    assert "read_speed" not in screen.groups


def test_reading_speed_is_saved(qtbot, window, learner, trainer):
    """The chosen speed is stored per learner and used by "Nghe"."""
    screen = open_settings(window, learner)
    click(qtbot, radio(screen, "read_speed", "Nhanh"))
    assert trainer.settings.for_learner(learner.id)["read_speed"] == "fast"
    assert window.seat.values["read_speed"] == "fast"
