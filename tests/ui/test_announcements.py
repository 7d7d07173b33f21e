"""What a screen-reader user hears: every change announced (QAccessibleAnnouncementEvent,
captured here by the app's own listener), read back from the accessibility tree."""

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from digital_literacy_app.ui.announce import listen
from digital_literacy_app.ui.widgets.notice import Notice

from .conftest import REFUSE, click


@pytest.fixture
def heard():
    said = []
    stop = listen(lambda source, text, assertive: said.append((text, assertive)))
    yield said
    stop()


def name_of(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_each_new_step_is_announced_with_its_number_title_and_text(qtbot, window, learner, heard):
    window.sign_in(learner)
    player = window.open_lesson(REFUSE)
    total = len(player.lesson.steps)
    assert heard[-1] == (f"Bước 1/{total}: Mã OTP là gì? {player.lesson.steps[0].text.get('vi')}", False)
    click(qtbot, player.next_button)
    assert heard[-1][0].startswith(f"Bước 2/{total}: Tập từ chối.") and not heard[-1][1]


def test_quiz_feedback_is_announced_and_holds_the_focus_after_a_wrong_answer(qtbot, window, learner, heard):
    window.sign_in(learner)
    player = window.open_lesson(REFUSE)
    player.show_step(len(player.lesson.steps) - 1)
    quiz = player.view
    assert name_of(quiz.answers) == "Ai được biết mã OTP của bạn?"  # the group says the question
    wrong = next(i for i, choice in enumerate(quiz.step.choices) if not choice.correct)
    click(qtbot, quiz.choices[wrong])
    text, assertive = heard[-1]
    assert text.startswith("Chưa đúng") and quiz.step.feedback(wrong).get("vi") in text and not assertive
    assert QApplication.focusWidget() is quiz.feedback and name_of(quiz.feedback) == text
    right = next(i for i, choice in enumerate(quiz.step.choices) if choice.correct)
    click(qtbot, quiz.choices[right])
    assert heard[-1][0].startswith("Đúng rồi")


def test_a_notice_is_heard_wherever_the_focus_is_warnings_assertively(app, qtbot, heard):
    notice = Notice()
    qtbot.addWidget(notice)
    notice.show_message("good", "Đã lưu.")
    notice.show_message("bad", "Ổ đĩa đã đầy.")
    assert heard == [("Đã lưu.", False), ("Ổ đĩa đã đầy.", True)]


def test_the_window_title_says_where_the_person_is(qtbot, window, trainer, learner):
    app_name = "Bình dân học vụ số"
    window.show_start()
    assert window.windowTitle() == f"Ai đang học? \u2013 {app_name}"
    window.sign_in(learner)
    window.open_lesson(REFUSE)
    assert window.windowTitle() == f"Bài học: Không đọc mã OTP \u2013 {app_name}"
    from digital_literacy_app.ui.volunteer import registry, tools as _registers  # noqa: F401

    trainer.volunteers.add("Trần Thu Hà", "coordinator", "2468")
    window.seat.sign_in_volunteer(trainer.volunteers.all()[0])
    tools = {tool.key: tool for tool in registry.tools_for("coordinator")}
    window.volunteer_mode.open_tool(tools["backups"])
    assert window.windowTitle() == f"Công cụ tình nguyện viên: Sao lưu \u2013 {app_name}"
    flow = window.volunteer_mode.open_tool(tools["learners"])
    first = window.windowTitle()
    assert first.startswith("Công cụ tình nguyện viên: ")
    flow.tool.show_duplicates()  # another page of the same tool: the title follows
    assert window.windowTitle() != first and window.windowTitle().startswith("Công cụ tình nguyện viên: ")


def test_tab_on_the_start_screen_reaches_the_names_before_the_other_buttons(qtbot, window, trainer, learner):
    from PySide6.QtCore import Qt

    from .conftest import press, type_text

    trainer.learners.add("Trần Văn Minh", 1948, "farmer")
    screen = window.show_start()
    qtbot.waitUntil(screen.search.hasFocus, timeout=3000)
    order = []
    for _ in range(5):
        press(qtbot, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[:2] == screen.tiles[:2] and order[2:5] == [screen.new_button, screen.card_button,
                                                           screen.volunteer_button]
    screen.search.setFocus()
    type_text(screen.search, "minh")
    qtbot.waitUntil(lambda: len(screen.tiles) == 1, timeout=3000)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.tiles[0], "after typing, Tab reaches the one match"


DECORATIVE = set("\u203a\u2039\u2713\u2717\u2192\u2190\u25b6\u2026")


def test_no_control_name_carries_a_decorative_glyph(qtbot, window, trainer, learner):
    """A screen reader says "Sang bước tiếp theo", not "Tiếp, single right-pointing angle"."""
    from PySide6.QtCore import Qt

    from .screens import visible_widgets, walk_screens

    found = set()
    for screen, root in walk_screens(window, trainer, learner):
        for widget in visible_widgets(root):
            if not (widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                continue
            face = QAccessible.queryAccessibleInterface(widget)
            name = face.text(QAccessible.Text.Name) if face else ""
            if DECORATIVE & set(name):
                found.add((screen, name))
    assert sorted(found) == [], "\n".join(map(str, sorted(found)))


def test_the_search_clear_button_has_a_name(qtbot, window):
    from PySide6.QtWidgets import QToolButton

    screen = window.show_start()
    [clear] = screen.search.findChildren(QToolButton)
    assert name_of(clear) == "Xoá chữ đã gõ"


def test_every_step_of_every_bundled_lesson_has_a_heading_named_with_its_title_and_text(app, tmp_path):
    """Each step's view has a focusable heading, named with its title (a quiz: its question)
    and described by its text, which the player focuses on arrival (the next test)."""
    from PySide6.QtCore import QEvent

    from digital_literacy_app.core.records import ExplainStep, QuizStep
    from digital_literacy_app.core.trainer import Trainer
    from digital_literacy_app.ui.steps.base import StepRecorder
    from digital_literacy_app.ui.steps.explain_view import ExplainView
    from digital_literacy_app.ui.steps.practice_view import PracticeView
    from digital_literacy_app.ui.steps.quiz_view import QuizView

    steps = 0
    with Trainer.open(tmp_path / "data") as trainer:
        for lesson in trainer.lessons.lessons:
            recorder = StepRecorder(trainer.progress, "nobody", lesson)
            for step in lesson.steps:
                quiz = isinstance(step, QuizStep)
                view = (ExplainView(step, "vi") if isinstance(step, ExplainStep) else
                        QuizView(step, "vi", recorder) if quiz else PracticeView(step, "vi", recorder))
                face = QAccessible.queryAccessibleInterface(view.reading)
                where = (lesson.id, step.id)
                assert face.text(QAccessible.Text.Name) == (step.question if quiz else step.title).get("vi"), where
                assert face.text(QAccessible.Text.Description) == (step.title if quiz else step.text).get("vi"), where
                assert face.state().focusable, where
                view.deleteLater()
                steps += 1
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert steps > 200


def test_each_new_step_puts_the_focus_on_its_heading_before_its_action(qtbot, window, learner, heard):
    """An explain step, a practice and a quiz: on arrival the heading has the focus (never an
    answer or the phone), the announcement says the step, and Tab goes on to the action."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.sign_in(learner)
    player = window.open_lesson(REFUSE)
    kinds = set()
    for index, step in enumerate(player.lesson.steps):
        player.show_step(index)
        assert QApplication.focusWidget() is player.view.reading, step.id
        assert heard[-1][0].startswith(f"Bước {index + 1}/{len(player.lesson.steps)}: "), step.id
        kinds.add(step.kind)
    assert kinds == {"explain", "practice", "quiz"}
