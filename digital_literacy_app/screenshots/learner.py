"""The learner's shots: one lesson walked through, explain, practice with a hint, quiz, end."""

from digital_literacy_app.ui.steps.walkthrough import finish_step


def walk_lesson(window, shots, lesson) -> None:
    from digital_literacy_app.core.records import right_element

    kinds = [step.kind for step in lesson.steps]
    player = window.open_lesson(lesson.id)
    player.show_step(kinds.index("explain"))
    shots.take("05-step-explain")

    player.show_step(kinds.index("practice"))
    shots.take("06-step-practice")
    view, step = player.view, player.step
    screen = view.phone.current_screen()
    good = right_element(step, screen)
    wrong = next((e for e in step.screens[screen].tappables() if e.goto is None and e.warning is None),
                 None) or next(e for e in step.screens[screen].tappables() if e is not good)
    view.on_tap(screen, wrong.id)
    shots.take("07-step-practice-hint")
    view.on_tap(screen, wrong.id)
    view.show_me()
    shots.take("08-step-practice-show-me")

    player.show_step(kinds.index("quiz"))
    shots.take("09-step-quiz")
    quiz = player.view
    wrong_choice = next(i for i, c in enumerate(player.step.choices) if not c.correct)
    quiz.choose(wrong_choice)
    shots.take("10-step-quiz-feedback")
    right_choice = next(i for i, c in enumerate(player.step.choices) if c.correct)
    quiz.choose(right_choice)
    player.show_step(len(lesson.steps) - 1)
    if player.view.is_done() or finish_step(player):
        player.go_next()
    shots.take("11-completion")
