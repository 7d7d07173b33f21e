"""Messages never push what the learner presses next (issue 14, item 5): the quiz's answers
and the practice's "Chỉ cho tôi" stay where they were when feedback or a hint appears.
(The PIN pad's own test is in test_volunteer_entry.py.)"""

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from .conftest import FIRST, click


def where(widget, window):
    QApplication.processEvents()
    return widget.mapTo(window, QPoint(0, 0)), widget.size()


@pytest.mark.parametrize("scale", [100, 200])
def test_quiz_answers_stay_put_when_the_feedback_shows(qtbot, window, trainer, learner, scale):
    """Beside the answers (100 % at 1366 × 768) the explanation moves nothing. Below them
    (large text) the answers keep their place on the page, which scrolls down to the
    explanation with the focus."""
    trainer.settings.set_for_learner(learner.id, "text_scale", scale)
    window.sign_in(learner)
    click(qtbot, window.screen.cards[FIRST])
    player = window.screen
    player.show_step(2)
    quiz = player.view
    page = quiz.area.widget()
    before = [(where(button, window), where(button, page)) for button in quiz.choices]
    wrong = next(i for i, choice in enumerate(player.step.choices) if not choice.correct)
    click(qtbot, quiz.choices[wrong])
    assert quiz.feedback.isVisible()
    after = [(where(button, window), where(button, page)) for button in quiz.choices]
    if scale == 100:
        assert after == before
    else:
        assert [on_page for _, on_page in after] == [on_page for _, on_page in before]


def test_show_me_stays_put_when_a_hint_shows(qtbot, window, learner):
    window.sign_in(learner)
    click(qtbot, window.screen.cards[FIRST])
    player = window.screen
    click(qtbot, player.next_button)
    view = player.view
    before = where(view.show_me_button, window)
    click(qtbot, view.phone.element_widget("photos"))
    assert view.status.isVisible()
    assert where(view.show_me_button, window) == before


@pytest.mark.parametrize("scale", [100, 200])
def test_the_wizards_buttons_and_answer_stay_put_when_it_names_a_problem(qtbot, window, trainer, scale):
    """The set-up wizard says what is wrong below the answer, where nothing is pressed."""
    from digital_literacy_app.ui import theme

    theme.apply(QApplication.instance(), False, scale)
    wizard = window.volunteer_mode.show_first_start()
    wizard.go_next()  # from the language question to the ward's name
    assert wizard.field is not None
    wizard.field.setText("")
    before = [where(widget, window) for widget in (wizard.next_button, wizard.back_button, wizard.field)]
    click(qtbot, wizard.next_button)
    assert wizard.error.isVisible() and wizard.error.text()
    assert [where(widget, window) for widget in (wizard.next_button, wizard.back_button, wizard.field)] == before
