"""Readable for older eyes: contrast, text sizes and button heights on every screen."""

import pytest
from PySide6.QtWidgets import QApplication

from digital_literacy_app.ui import theme
from digital_literacy_app.ui.phone.view import PhoneView

from .screens import size_problems, visible_widgets, walk_screens


@pytest.mark.parametrize("palette, minimum", [(theme.DEFAULT, 4.5), (theme.HIGH_CONTRAST, 7.0)])
def test_text_contrast_meets_the_target_of_each_theme(palette, minimum):
    """4.5:1 for every text colour in the default theme, 7:1 in the high-contrast one."""
    for foreground, background in theme.TEXT_PAIRS:
        ratio = theme.contrast_ratio(getattr(palette, foreground), getattr(palette, background))
        assert ratio >= minimum, (foreground, background, round(ratio, 2))
    for foreground, background in theme.UI_PAIRS:
        assert theme.contrast_ratio(getattr(palette, foreground), getattr(palette, background)) >= 3.0


def test_contrast_ratio_matches_the_wcag_reference_values():
    """Black on white is 21:1 and a colour on itself 1:1, as WCAG defines them."""
    assert round(theme.contrast_ratio("#000000", "#FFFFFF"), 1) == 21.0
    assert theme.contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert round(theme.contrast_ratio("#767676", "#FFFFFF"), 2) == 4.54


@pytest.mark.parametrize("scale, body", [(100, 16), (150, 24), (200, 32)])
def test_body_text_is_16_pt_times_the_text_size(app, scale, body):
    """The learner's text size multiplies the 16 pt body everywhere."""
    theme.apply(app, False, scale)
    assert app.font().pointSize() == body
    assert f"font-size: {body}pt" in app.styleSheet()


def outside_phone(widget) -> bool:
    parent = widget
    while parent is not None:
        if isinstance(parent, PhoneView):
            return False
        parent = parent.parentWidget()
    return True


@pytest.mark.parametrize("scale", [100, 200])
def test_every_screen_has_big_buttons_and_no_small_text(qtbot, window, trainer, learner, scale):
    """At 100 % and 200 %: no text under 16 pt (scaled), no button under 48 px high,
    and nothing wider than the window (which would be cut off)."""

    trainer.settings.set_for_learner(learner.id, "text_scale", scale)
    theme.apply(QApplication.instance(), False, scale)
    problems = []
    for screen, root in walk_screens(window, trainer, learner):
        QApplication.processEvents()
        for widget in visible_widgets(root):
            if not outside_phone(widget):
                continue  # the simulated phone draws a phone's own sizes
            problems.extend(size_problems(screen, widget, window))
    assert problems == [], "\n".join(map(str, problems))


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("kind", ["radio", "check"])
def test_the_focus_frame_never_takes_room_from_a_choices_words(qtbot, app, scale, kind):
    """A tick box or a choice needs the same room with and without the focus frame, so the
    one the keyboard is on does not lose the end of its words ("200 %" read "200 9")."""
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QVBoxLayout, QWidget

    theme.apply(app, False, scale)
    host = QWidget()
    layout = QVBoxLayout(host)
    make = QRadioButton if kind == "radio" else QCheckBox
    choice, other = make("200 %"), make("100 %")
    layout.addWidget(choice)
    layout.addWidget(other)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    resting = choice.sizeHint()
    choice.setFocus()
    qtbot.waitUntil(choice.hasFocus)
    choice.style().unpolish(choice)
    choice.style().polish(choice)
    assert choice.sizeHint() == resting
