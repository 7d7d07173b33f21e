"""Finishing a step the way a learner would: the right answer, the expected text, the right tap.

Used by the screenshots to reach the end of a lesson and by the tests that walk every
bundled lesson through the real app.
"""


def finish_step(player) -> bool:
    """Make the last step done the way a learner would, so Finish can be pressed."""
    from digital_literacy_app.core.records import PracticeStep, QuizStep

    step = player.step
    if isinstance(step, QuizStep):
        player.view.choose(next(i for i, c in enumerate(step.choices) if c.correct))
    elif isinstance(step, PracticeStep):
        complete_practice(player.view)
    return player.view.is_done()


def complete_practice(view, limit: int = 20) -> None:
    """Fill each practice screen's boxes as expected and tap the way on, like a learner."""
    from digital_literacy_app.core.records import right_element

    for _ in range(limit):
        if view.is_done():
            return
        screen_id = view.phone.current_screen()
        for field in view.step.screens[screen_id].fields():
            widget = view.phone.element_widget(field.id)
            if field.type == "checkbox":
                widget.setChecked(bool(field.expect))
            else:
                widget.setText(str(field.expect or ""))
        view.on_tap(screen_id, right_element(view.step, screen_id).id)
