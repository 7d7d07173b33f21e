"""Choosing one logged teaching session, to act on exactly the people who came to it.

The certificates tool narrows its list to a session's people with it, and the cards
screen ticks them; both name a session the same way: its date and topic.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from digital_literacy_app.ui.volunteer.words import show_date
from digital_literacy_app.ui.widgets.choice_list import choice_list

MAX_SESSIONS = 50  # the newest; older classes are rarely printed for again


def session_label(session) -> str:
    return QCoreApplication.translate("SessionChoice", "People at the session of {date}: {topic}").format(
        date=show_date(session.date), topic=session.topic)


def session_choice(trainer, name: str, first: str) -> QComboBox:
    """A choice list: `first` (data None), then each session in force, newest first, with
    its key as data."""
    return choice_list(name, [(None, first)] + [(s.key, session_label(s))
                                                for s in trainer.sessions.all()[:MAX_SESSIONS]])
