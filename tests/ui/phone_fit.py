"""Walks every practice screen of every bundled lesson in the learner's real window at one
text size and the three window sizes the ward offices have, and says where the element the
step needs is not whole in view on the phone (or lies under its scroll arrows)."""

from PySide6.QtCore import QEvent, QPoint, QRect
from PySide6.QtWidgets import QApplication, QLineEdit

WINDOW_SIZES = [(1366, 768), (1280, 720), (1024, 768)]


def settle() -> None:
    for _ in range(2):
        QApplication.processEvents()
    # Delete the screens left behind now, or thousands pile up and every restyle walks them.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def under_an_arrow(display, widget) -> bool:
    where = QRect(widget.mapTo(display, QPoint(0, 0)), widget.size())
    return any(cue.isVisible() and cue.geometry().intersects(where) for cue in display.cues)


def fill_every_box(display, screen) -> None:
    for element in screen.fields():
        widget = display.widgets[element.id]
        if isinstance(widget, QLineEdit):
            widget.setText(str(element.expect) if element.expect is not None else "Mẫu")
        else:
            widget.setChecked(bool(element.expect))


def out_of_view(window, trainer, learner, scale: int) -> tuple[int, list[tuple]]:
    """(screens checked, what was not in view) over every window size."""
    trainer.settings.set_for_learner(learner.id, "text_scale", scale)
    window.sign_in(learner)
    checked, missing = 0, []
    window.setUpdatesEnabled(False)  # geometry is what is checked: painting 2,400 screens only costs time
    for width, height in WINDOW_SIZES:
        window.resize(width, height)
        settle()
        for lesson in trainer.lessons.lessons:
            player = window.open_lesson(lesson.id) or window.screen
            settle()
            for index, step in enumerate(lesson.steps):
                if step.kind != "practice":
                    continue
                player.show_step(index)
                settle()
                phone = player.view.phone
                for screen_id, screen in step.screens.items():
                    phone.show_screen(screen_id)
                    settle()
                    where = (width, height, lesson.id, step.id, screen_id, phone.text_percent())
                    checked += 1
                    if screen.learner_scrolls:
                        continue
                    missing += _unseen(phone, where, "first")
                    missing += _cut_pop_up_buttons(phone, screen, where)
                    if screen.fields():
                        fill_every_box(phone._display, screen)
                        settle()
                        missing += _unseen(phone, where, "after filling")
    window.setUpdatesEnabled(True)
    window.screen.close_button.click()
    window.sign_out()
    return checked, missing


def _unseen(phone, where: tuple, moment: str) -> list[tuple]:
    display, needed = phone._display, phone.needed_elements()
    if not needed:
        return []
    widget = needed[0] if moment == "first" else needed[-1]
    if not display.in_view(widget) or under_an_arrow(display, widget):
        return [(*where, moment)]
    return []


def _cut_pop_up_buttons(phone, screen, where: tuple) -> list[tuple]:
    """A pop-up shows whole with every one of its buttons, without scrolling."""
    display = phone._display
    cut = [button.id for element in screen.elements if element.type == "dialog" for button in element.buttons
           if not display.in_view(display.widgets[button.id])]
    return [(*where, "pop-up buttons cut", cut)] if cut else []
