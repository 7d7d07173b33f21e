"""A whole lesson driven through the real widgets, and what ends up in the database."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui.lesson_player import PlayerScreen

from .conftest import FIRST, FIXTURE_LESSONS, REFUSE, click


def events(trainer, kind):
    rows = trainer.db.execute("SELECT payload FROM events WHERE kind = ? ORDER BY lamport", [kind]).fetchall()
    return [json.loads(row[0]) for row in rows]


def open_lesson(window, learner, lesson_id) -> PlayerScreen:
    window.sign_in(learner)
    click_card = window.screen.cards[lesson_id]
    click_card.click()
    assert window.screen_name == "player"
    return window.screen


def test_whole_lesson_wrong_tap_hint_right_tap_quiz_and_progress_after_restart(qtbot, window, learner, data_dir):
    """The learner's path through the first fixture lesson, with every kind of help.

    Explain → Next; practice: a wrong tile shows the screen's hint, a dangerous tile shows
    its warning, "Chỉ cho tôi" (there from the start) rings the right tile; the right tile
    moves on; Save with an empty box says which box needs what; typing 2 and Save finish
    it; quiz: a wrong answer explains and stays, the right one lets Next go; Finish shows
    the completion screen. Then the database, reopened, holds all of it.
    """
    window.sign_in(learner)
    click(qtbot, window.screen.cards[FIRST])
    player = window.screen
    assert player.counter.text() == "Bước 1/3"
    assert player.next_button.isEnabled()
    click(qtbot, player.next_button)

    view = player.view
    phone = view.phone
    assert player.counter.text() == "Bước 2/3"
    assert not player.next_button.isEnabled(), "Next waits until the practice is done"
    assert phone.current_screen() == "home"

    click(qtbot, phone.element_widget("photos"))
    assert phone.current_screen() == "home"
    assert phone.hint_text() == "Ô “Ghi chú” ở giữa màn hình."
    assert view.status.isVisible() and view.status_text.text() == "Ô “Ghi chú” ở giữa màn hình."
    assert view.show_me_button.isVisible(), "help is there before any mistake"

    click(qtbot, phone.element_widget("strange"))
    assert phone.hint_text() == "Đừng mở ứng dụng lạ."
    click(qtbot, view.show_me_button)
    assert phone.highlighted() == "notes"
    assert view.status_text.text() == "Bấm “Ghi chú”, chỗ mũi tên chỉ vào."

    click(qtbot, phone.element_widget("notes"))
    assert phone.current_screen() == "note"
    assert phone.highlighted() is None

    click(qtbot, phone.element_widget("save"))
    assert phone.current_screen() == "note"
    assert phone.hint_text() == "Trước hết, hãy gõ “2” vào ô “Số cần ghi”."
    qtbot.keyClicks(phone.element_widget("number"), "2")
    click(qtbot, phone.element_widget("save"))
    assert view.is_done()
    assert player.next_button.isEnabled()
    assert not view.show_me_button.isVisible(), "nothing left to show once the practice is done"
    click(qtbot, phone.element_widget("save"))  # a tap after finishing changes nothing
    click(qtbot, player.next_button)

    quiz = player.view
    assert player.counter.text() == "Bước 3/3"
    click(qtbot, quiz.choices[0])
    assert quiz.feedback.isVisible()
    assert quiz.verdict.text().startswith("✗")
    assert quiz.explanation.text() == ("Điện thoại tập chỉ là hình vẽ trên màn hình. "  # this answer's own why
                                       "Điện thoại tập không bao giờ hỏng. Bạn cứ thử.")
    assert not player.next_button.isEnabled()
    click(qtbot, quiz.choices[1])
    assert quiz.verdict.text().startswith("✓")
    assert player.next_button.text().startswith("Xong bài")
    click(qtbot, player.next_button)

    assert window.screen_name == "completion"
    learned = [label.text() for label in window.screen.findChildren(type(player.counter))]
    assert "✓  Bạn biết mở ứng dụng Ghi chú." in learned
    assert window.screen.certificate_note.text().startswith("Bạn muốn có giấy chứng nhận?")
    assert [card.title_label.text() for card in window.screen.next_cards] == ["Không đọc mã OTP"]

    window.seat.trainer.close()
    with Trainer.open(data_dir, lesson_dirs=[FIXTURE_LESSONS]) as reopened:
        progress = reopened.progress.for_learner(learner.id)[FIRST]
        assert progress.status == "completed"
        assert progress.steps_done == 3
        assert progress.wrong_taps == 3  # photos, strange, Save with the box empty
        assert progress.wrong_answers == 1
        assert progress.hints == 3  # the hint, the unmet box, and "Chỉ cho tôi"
        answers = events(reopened, "quiz.answered")
        assert [(a["choice"], a["attempt"], a["correct"]) for a in answers] == [(0, 1, False), (1, 2, True)]
        assert [h["shown"] for h in events(reopened, "hint.used")] == ["hint", "show_me", "hint"]
        taps = [(t["screen_id"], t["element"], t["right"]) for t in events(reopened, "practice.tried")]
        assert taps == [("home", "photos", False), ("home", "strange", False), ("home", "notes", True),
                        ("note", "save", False), ("note", "save", True)]
        assert [s["step_id"] for s in events(reopened, "step.completed")] == ["welcome", "open-notes", "q-safe"]


def test_refusing_in_a_scam_drill_is_the_right_answer_and_is_recorded(qtbot, window, learner):
    """Tapping "Read the OTP" warns; "Cúp máy" (hang up) finishes the drill as a refusal."""
    player = open_lesson(window, learner, REFUSE)
    click(qtbot, player.next_button)
    view = player.view
    click(qtbot, view.phone.element_widget("read-otp"))
    assert view.phone.hint_text() == "Không bao giờ đọc mã OTP cho ai."
    assert view.status.property("role") == "bad"
    click(qtbot, view.phone.element_widget("hang-up"))
    assert view.is_done()
    assert "từ chối an toàn" in view.status_text.text()
    completed = events(window.seat.trainer, "step.completed")
    assert completed[-1]["step_id"] == "refuse-call" and completed[-1]["refused"] is True
    assert window.seat.trainer.progress.for_learner(learner.id)[REFUSE].refusals == 1


def test_leaving_mid_lesson_and_coming_back_resumes_at_the_next_step(qtbot, window, learner):
    """Progress is recorded at every step: quitting on step 2 reopens at step 2, and the
    card says so ("bước 2/3", the step the lesson's own bar showed when they left)."""
    player = open_lesson(window, learner, FIRST)
    click(qtbot, player.next_button)
    assert player.index == 1
    click(qtbot, player.close_button)
    assert window.screen_name == "catalogue"
    assert window.screen.cards[FIRST].detail_label.text() == "5 phút · bước 2/3"
    assert window.screen.continue_button.title_label.text() == "Tiếp tục: Bài tập đầu tiên"
    click(qtbot, window.screen.continue_button)
    assert window.screen.index == 1
    assert window.screen.counter.text() == "Bước 2/3"


def test_back_goes_to_the_previous_step_and_from_the_first_to_the_lessons(qtbot, window, learner):
    """There is always a visible way back, and it never loses what was done."""
    player = open_lesson(window, learner, FIRST)
    click(qtbot, player.next_button)
    click(qtbot, player.back_button)
    assert player.index == 0
    click(qtbot, player.back_button)
    assert window.screen_name == "catalogue"


def test_a_finished_quiz_or_practice_lets_the_learner_go_on_when_revisited(qtbot, window, learner, trainer):
    """Coming back to a lesson whose practice is already done does not force it again."""
    lesson = trainer.lessons.get(FIRST)
    trainer.progress.start_lesson(learner.id, lesson)
    trainer.progress.complete_step(learner.id, lesson, "welcome")
    trainer.progress.complete_step(learner.id, lesson, "open-notes")
    player = open_lesson(window, learner, FIRST)
    assert player.index == 2
    click(qtbot, player.back_button)
    assert player.index == 1
    assert player.next_button.isEnabled()
    assert player.view.status.isVisible()


def test_listen_reads_the_step_in_the_learners_language_and_speed(qtbot, window, learner, voice):
    """"Nghe" hands the step's own text to the voice, at the learner's reading speed."""
    window.sign_in(learner)
    window.seat.change("read_speed", "slow")
    window.show_catalogue()
    player = window.open_lesson(FIRST)
    assert player.listen_button.isVisible()
    click(qtbot, player.listen_button)
    text, lang, speed = voice.spoken[-1]
    assert text.startswith("Chào bạn. Đây là điện thoại tập.")
    assert (lang, speed) == ("vi", "slow")


def test_next_is_the_default_focus_on_an_explain_step_so_enter_goes_on(qtbot, window, learner):
    """A keyboard user presses Enter to move on from a page of text."""
    player = open_lesson(window, learner, FIRST)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    player.next_button.setFocus()
    qtbot.keyClick(player.next_button, Qt.Key.Key_Return)
    assert player.index == 1


def test_the_completion_screen_opens_at_its_top_with_the_way_back_focused(qtbot, window, learner):
    """At 200 % the page is long: it still starts with "well done", not scrolled halfway."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    window.sign_in(learner)
    window.seat.change("text_scale", 200)
    screen = window.show_completion(FIRST)
    assert QApplication.focusWidget() is screen.lessons_button
    areas = screen.findChildren(QScrollArea)
    assert areas and all(area.verticalScrollBar().value() == 0 for area in areas)
    assert any(area.verticalScrollBar().maximum() > 0 for area in areas), "the page really is long"


def test_a_practice_reached_by_mouse_rings_nothing_but_by_keyboard_rings_its_heading(qtbot, window, learner):
    """A new step puts the focus on its heading, never on a button of the phone (in a scam
    drill, perhaps the dangerous one). A mouse user sees no ring at all; a keyboard user
    sees where they are, and Tab goes on into the phone."""
    from .conftest import press

    window.sign_in(learner)
    click(qtbot, window.screen.cards[FIRST])
    player = window.screen
    click(qtbot, player.next_button)  # to the practice step, by mouse
    heading = player.view.reading
    assert QApplication.focusWidget() is heading
    assert not heading.property("ring"), "no ring after a click"
    before = heading.grab().toImage()
    player.show_step(0)
    player.next_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # to the practice step, by keyboard
    heading = player.view.reading
    assert QApplication.focusWidget() is heading and heading.property("ring")
    assert heading.grab().toImage() != before, "the ring is drawn"
    press(qtbot, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert player.view.phone.isAncestorOf(focused) and focused is player.view.phone.first_focus_target()


def test_a_wrong_answer_says_why_it_is_wrong_before_the_explanation(qtbot, window, trainer):
    """Each wrong choice of a bundled quiz carries its own short "why"; the feedback shows it."""
    from digital_literacy_app.core.records import QuizStep

    lesson = next(lesson for lesson in trainer.lessons.lessons
                  if any(isinstance(step, QuizStep) and any(c.why for c in step.choices) for step in lesson.steps))
    index, step = next((i, s) for i, s in enumerate(lesson.steps)
                       if isinstance(s, QuizStep) and any(c.why for c in s.choices))
    learner = trainer.learners.add("Đỗ Văn Thử")
    window.sign_in(learner)
    player = window.open_lesson(lesson.id)
    player.show_step(index)
    wrong = next(i for i, c in enumerate(step.choices) if not c.correct and c.why)
    player.view.choose(wrong)
    shown = player.view.explanation.text()
    assert shown.startswith(step.choices[wrong].why.vi) and step.explanation.vi in shown


def test_quiz_answers_come_in_another_order_each_time_and_count_by_the_lesson_file(qtbot, window, learner):
    """Each time the learner comes to the question its answers are in a new order (so the
    right one is not always A), stable while they stay; the answer pressed is recorded as
    the lesson's own answer, whatever its place on screen."""
    window.sign_in(learner)
    player = window.open_lesson(REFUSE)
    at = next(i for i, step in enumerate(player.lesson.steps) if step.kind == "quiz")
    step = player.lesson.steps[at]
    orders = []
    for _ in range(4):
        player.show_step(at)
        quiz = player.view
        orders.append(quiz.order)
        shown = [button.title_label.text() for button in quiz.findChildren(type(quiz.choices[0]))]
        assert shown == [f"{'ABCD'[place]}.  {step.choices[i].text.get('vi')}" for place, i in enumerate(quiz.order)]
        player.show_step(0)
    assert all(before != after for before, after in zip(orders, orders[1:])), orders
    player.show_step(at)
    quiz = player.view
    right = next(i for i, choice in enumerate(step.choices) if choice.correct)
    wrong = next(i for i in quiz.order if i != right)
    click(qtbot, quiz.choices[wrong])
    assert quiz.verdict.text().startswith("✗") and quiz.order == player.view.order, "stable while there"
    click(qtbot, quiz.choices[right])
    assert quiz.verdict.text().startswith("✓") and quiz.is_done()
