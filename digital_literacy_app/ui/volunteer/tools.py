"""The volunteer tools, registered for the volunteer home (see registry.py).

Importing this module registers them; each screen module is imported (by a plain import
statement, which PyInstaller can see) only when its tool is opened, so the home screen
appears quickly.
"""

from PySide6.QtCore import QCoreApplication

from digital_literacy_app.ui.volunteer.flow import Flow
from digital_literacy_app.ui.volunteer.registry import Tool, register

EVERYONE = frozenset({"volunteer", "coordinator"})


class _ProgressTool:
    """The grid, one learner's story, one lesson across the class; back on the grid the
    name typed and the filters chosen are as they were."""

    def __init__(self, seat, go_home):
        self.seat, self.go_home, self.flow = seat, go_home, Flow()
        self.flow.tool = self
        self.chosen, self.filters_shown = None, None
        self.show_grid()

    def show_grid(self):
        from digital_literacy_app.core.records import GridFilter
        from digital_literacy_app.ui.volunteer.progress_screen import ProgressPage

        page = ProgressPage(self.seat, self.chosen or GridFilter(), self.filters_shown)
        page.fold.button.clicked.connect(lambda shown: setattr(self, "filters_shown", shown))
        page.back.connect(self.go_home)
        page.timeline_requested.connect(lambda learner: self.show_timeline(learner, page.chosen_filter()))
        page.lesson_requested.connect(self.show_lesson)
        return self.flow.show_page(page)

    def show_timeline(self, learner, chosen=None):
        from digital_literacy_app.ui.volunteer.timeline_screen import TimelinePage

        self.chosen = chosen
        page = TimelinePage(self.seat, learner)
        page.back.connect(self.show_grid)
        return self.flow.show_page(page)

    def show_lesson(self, lesson_id, chosen):
        from digital_literacy_app.ui.volunteer.lesson_progress_screen import LessonProgressPage

        self.chosen = chosen
        page = LessonProgressPage(self.seat, lesson_id, chosen)
        page.back.connect(self.show_grid)
        return self.flow.show_page(page)


class _AccountsTool:
    def __init__(self, seat, go_home):
        self.seat, self.go_home, self.flow = seat, go_home, Flow()
        self.flow.tool = self
        self.show()

    def show(self, notice: str = ""):
        from digital_literacy_app.ui.volunteer.accounts_screen import AccountsPage

        page = AccountsPage(self.seat, notice)
        page.back.connect(self.go_home)
        page.changed.connect(self.show)
        return self.flow.show_page(page)


def _one_page(page, go_home) -> Flow:
    """A tool of one page: the page's back button leads home."""
    page.back.connect(go_home)
    flow = Flow()
    flow.show_page(page)
    return flow


def _cards(seat, go_home):
    from digital_literacy_app.ui.volunteer.cards_screen import CardsPage

    return _one_page(CardsPage(seat), go_home)


def _verify(seat, go_home):
    from digital_literacy_app.ui.volunteer.verify_screen import VerifyPage

    return _one_page(VerifyPage(seat), go_home)


def _learners(seat, go_home):
    from digital_literacy_app.ui.volunteer.learners_tool import learners_tool

    return learners_tool(seat, go_home)


def _sessions(seat, go_home):
    from digital_literacy_app.ui.volunteer.sessions_tool import sessions_tool

    return sessions_tool(seat, go_home)


def _certificates(seat, go_home):
    from digital_literacy_app.ui.volunteer.certificates_tool import certificates_tool

    return certificates_tool(seat, go_home)


def _backups(seat, go_home):
    from digital_literacy_app.ui.volunteer.backups_screen import BackupsPage

    return _one_page(BackupsPage(seat), go_home)


# The titles are literal translate() calls so that pyside6-lupdate finds them.
register(Tool("learners", lambda: QCoreApplication.translate("VolunteerTools", "Learners"),
              EVERYONE, _learners, order=10))
register(Tool("progress", lambda: QCoreApplication.translate("VolunteerTools", "Progress at a glance"),
              EVERYONE, lambda seat, go_home: _ProgressTool(seat, go_home).flow, order=20))
register(Tool("sessions", lambda: QCoreApplication.translate("VolunteerTools", "Teaching sessions"),
              EVERYONE, _sessions, order=30))
register(Tool("certificates", lambda: QCoreApplication.translate("VolunteerTools", "Certificates"),
              EVERYONE, _certificates, order=40))
register(Tool("cards", lambda: QCoreApplication.translate("VolunteerTools", "Learner cards"),
              EVERYONE, _cards, order=50))
register(Tool("verify", lambda: QCoreApplication.translate("VolunteerTools", "Check a certificate"),
              EVERYONE, _verify, order=60))
register(Tool("backups", lambda: QCoreApplication.translate("VolunteerTools", "Backups"),
              EVERYONE, _backups, order=80))
register(Tool("accounts", lambda: QCoreApplication.translate("VolunteerTools", "Volunteer accounts"),
              EVERYONE, lambda seat, go_home: _AccountsTool(seat, go_home).flow, order=90))
