"""Every screen and state of the learner app, reached through the real window.

Tests that must hold on *every* screen (translations, accessible names, sizes) walk this
list instead of each keeping its own, so a new screen is checked everywhere by adding it
here once.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPushButton, QWidget

from .conftest import FIRST


def walk_screens(window, trainer, learner):
    """Yield (name, widget) for each screen state, the window showing it at that moment."""
    from digital_literacy_app.ui.steps.walkthrough import complete_practice

    yield "start", window.show_start()
    form = window.show_new_learner()
    yield "new-learner", form
    form.name.setText("")
    form.year.setText("19x8")
    form.save()
    yield "new-learner-errors", form
    window.sign_in(learner)
    yield "catalogue", window.screen
    player = window.open_lesson(FIRST)
    yield "explain", player
    player.go_next()
    yield "practice", player
    view = player.view
    view.on_tap("home", "photos")
    yield "practice-hint", player
    view.on_tap("home", "strange")
    view.show_me()
    yield "practice-show-me", player
    complete_practice(view)
    yield "practice-done", player
    player.go_next()
    yield "quiz", player
    player.view.choose(0)
    yield "quiz-wrong", player
    player.view.choose(1)
    yield "quiz-right", player
    player.go_next()
    yield "completion", window.screen
    yield "settings", window.show_settings()
    window.show_catalogue()
    window.overlay.ask()
    yield "idle", window
    window.overlay.stay()


def visible_widgets(root: QWidget):
    """The widgets a person can see right now under `root`, in a stable order."""
    QApplication.processEvents()
    return [w for w in [root, *root.findChildren(QWidget)] if w.isVisible()]


def visible_texts(root: QWidget) -> list[str]:
    """Every piece of text on screen or read out by a screen reader, in a stable order."""
    texts = []
    for widget in visible_widgets(root):
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        texts.append(widget.accessibleName())
        texts.append(widget.accessibleDescription())
    return texts


def size_problems(screen: str, widget: QWidget, window: QWidget) -> list[tuple]:
    """What is wrong with one widget for older eyes: text under 16 pt, a button under
    48 px high, something past the window's right edge, or its own text cut short."""
    problems = []
    if isinstance(widget, (QLabel, QAbstractButton)) and widget.text().strip():
        if widget.font().pointSizeF() < 16:
            problems.append((screen, "small text", widget.text()[:30], widget.font().pointSizeF()))
    if isinstance(widget, QAbstractButton) and widget.height() < 48:
        problems.append((screen, "short button", widget.text()[:30], widget.height()))
    right = widget.mapTo(window, widget.rect().topRight()).x()
    if right > window.width() + 1:
        problems.append((screen, "cut off", type(widget).__name__, right))
    if text_cut(widget):
        problems.append((screen, "text cut", widget.text()[:30]))
    return problems


def text_cut(widget) -> bool:
    """Whether a label's or button's own text is wider or taller than the room it was given."""
    metrics = widget.fontMetrics()
    if isinstance(widget, QLabel) and widget.text().strip() and widget.textFormat() != Qt.TextFormat.RichText:
        if widget.wordWrap():
            return widget.heightForWidth(widget.width()) > widget.height() + 2
        return metrics.horizontalAdvance(widget.text()) > widget.contentsRect().width() + 2
    if isinstance(widget, QPushButton) and widget.text().strip():
        needed = metrics.horizontalAdvance(widget.text().strip())
        if not widget.icon().isNull():
            needed += widget.iconSize().width()
        return needed > widget.contentsRect().width()
    return False
