"""Keyboard only, visible focus, and a name for every control a screen reader lands on."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from .conftest import REFUSE, press, type_text
from .screens import visible_widgets, walk_screens


def focusable(widget) -> bool:
    return widget.isEnabled() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def nameless_controls(window, trainer, learner, inside_phone: bool):
    """Focusable controls with neither an accessible name nor a text, on every screen."""
    from digital_literacy_app.ui.phone.view import PhoneView

    found = []
    for screen, root in walk_screens(window, trainer, learner):
        phones = root.findChildren(PhoneView)
        for widget in visible_widgets(root):
            if not focusable(widget):
                continue
            if any(phone.isAncestorOf(widget) for phone in phones) != inside_phone:
                continue
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not (widget.accessibleName().strip() or text.strip()):
                found.append((screen, type(widget).__name__, type(widget.parentWidget()).__name__))
    return found


def test_every_focusable_control_on_every_screen_has_a_name(qtbot, window, trainer, learner):
    """A screen reader (or a volunteer reading over a shoulder) can say what each control is."""
    assert nameless_controls(window, trainer, learner, inside_phone=False) == []


def test_every_focusable_control_inside_the_practice_phone_has_a_name(qtbot, window, trainer, learner):
    """The same rule inside the simulated phone."""
    assert nameless_controls(window, trainer, learner, inside_phone=True) == []


def test_a_whole_lesson_with_the_keyboard_only(qtbot, window, trainer, learner):
    """Type the name, Enter; Enter on the lesson; arrows and Enter through a scam drill and
    its quiz; Enter back to the lessons. No mouse at all."""
    screen = window.show_start()
    type_text(screen.search, "huong")
    qtbot.wait(200)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    assert window.screen_name == "catalogue"

    catalogue = window.screen
    target = catalogue.cards[REFUSE]
    for _ in range(10):
        if QApplication.focusWidget() is target:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is target, "arrows reach every lesson"
    press(qtbot, Qt.Key.Key_Return)
    player = window.screen
    assert window.screen_name == "player"
    assert QApplication.focusWidget() is player.view.reading, "a new step: its heading first"
    assert player.view.reading.property("ring"), "with a visible ring for a keyboard user"
    press(qtbot, Qt.Key.Key_Return)  # Enter on the heading goes on, like "Tiếp"
    assert player.index == 1

    phone = player.view.phone
    assert QApplication.focusWidget() is player.view.reading
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is phone.first_focus_target(), "Tab: the phone's message or dialog"
    for _ in range(8):
        if QApplication.focusWidget() is phone.element_widget("hang-up"):
            break
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    assert player.view.is_done()
    assert QApplication.focusWidget() is player.next_button, "done: focus waits on Next"
    press(qtbot, Qt.Key.Key_Return)

    quiz = player.view
    assert QApplication.focusWidget() is quiz.question, "the question before its answers"
    assert not any(choice.hasFocus() for choice in quiz.choices), "no answer looks chosen"
    press(qtbot, Qt.Key.Key_Tab)
    shown = [quiz.choices[i] for i in quiz.order]
    assert QApplication.focusWidget() is shown[0], "Tab: the first answer shown"
    right = next(i for i, choice in enumerate(quiz.step.choices) if choice.correct)
    wrong = next(place for place, i in enumerate(quiz.order) if i != right)
    for _ in range(wrong):
        press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is shown[wrong]
    press(qtbot, Qt.Key.Key_Return)
    assert quiz.feedback.isVisible() and not quiz.is_done()
    assert QApplication.focusWidget() is quiz.feedback, "after a wrong answer, focus is on why"
    press(qtbot, Qt.Key.Key_Tab)
    still = [button for button in shown if button.isEnabled()]
    assert QApplication.focusWidget() is still[0], "Tab from why reaches one still to try"
    for _ in range(len(still)):
        if QApplication.focusWidget() is quiz.choices[right]:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is quiz.choices[right], (quiz.order, right, wrong, QApplication.focusWidget())
    press(qtbot, Qt.Key.Key_Return)
    assert quiz.is_done()
    press(qtbot, Qt.Key.Key_Return)
    assert window.screen_name == "completion"
    press(qtbot, Qt.Key.Key_Return)
    assert window.screen_name == "catalogue"
    assert trainer.progress.for_learner(learner.id)[REFUSE].status == "completed"


def test_holding_enter_presses_once(qtbot, window, learner):
    """An auto-repeating Enter (a finger resting on the key) does not skip steps."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    window.sign_in(learner)
    player = window.open_lesson(REFUSE)
    player.next_button.setFocus()
    QApplication.sendEvent(player.next_button, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                                         Qt.KeyboardModifier.NoModifier, "", True))
    assert player.index == 0


def test_focus_is_visible(qtbot, window, learner):
    """The focused button is drawn differently from the same button without focus."""
    window.sign_in(learner)
    button = window.screen.settings_button
    window.screen.sign_out_button.setFocus()
    qtbot.wait(50)
    before = button.grab().toImage()
    button.setFocus()
    qtbot.wait(50)
    after = button.grab().toImage()
    assert QApplication.focusWidget() is button
    assert before != after
