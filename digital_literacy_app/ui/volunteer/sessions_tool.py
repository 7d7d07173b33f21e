"""The sessions tool: the list of past sessions, the form for a new one or a correction,
and the confirmation before removing one."""

from PySide6.QtCore import QCoreApplication

from digital_literacy_app.ui.volunteer.flow import Flow
from digital_literacy_app.ui.volunteer.words import show_date


class SessionsTool:
    def __init__(self, seat, go_home):
        self.seat = seat
        self.go_home = go_home
        self.flow = Flow()
        self.flow.tool = self
        self.show_list()

    def show_list(self, notice: str = ""):
        from digital_literacy_app.ui.volunteer.sessions_screen import SessionsPage

        page = SessionsPage(self.seat, notice)
        page.back.connect(self.go_home)
        page.new_requested.connect(self.show_form)
        page.correct_requested.connect(self.show_correction)
        page.withdraw_requested.connect(self.show_withdraw)
        return self.flow.show_page(page)

    def show_form(self):
        from digital_literacy_app.ui.volunteer.session_form_screen import SessionFormPage

        page = SessionFormPage(self.seat)
        page.back.connect(self.show_list)
        page.logged.connect(lambda logged: self.show_list(QCoreApplication.translate(
            "SessionsTool", "Saved: \u201c{topic}\u201d with {count} people.").format(
                topic=logged.topic, count=len(logged.attendees))))
        return self.flow.show_page(page)

    def show_correction(self, teaching_session):
        from digital_literacy_app.ui.volunteer.session_form_screen import SessionFormPage

        page = SessionFormPage(self.seat, editing=teaching_session)
        page.back.connect(self.show_list)
        page.corrected.connect(lambda fixed: self.show_list(QCoreApplication.translate(
            "SessionsTool", "Corrected: the session of {date}, \u201c{topic}\u201d with {count} people.").format(
                date=show_date(fixed.date), topic=fixed.topic, count=len(fixed.attendees))))
        return self.flow.show_page(page)

    def show_withdraw(self, teaching_session):
        from digital_literacy_app.ui.volunteer.session_withdraw_screen import SessionWithdrawPage

        page = SessionWithdrawPage(self.seat, teaching_session)
        page.kept.connect(self.show_list)
        page.withdrawn.connect(lambda gone: self.show_list(QCoreApplication.translate(
            "SessionsTool", "Removed: the session of {date} at {place}.").format(
                date=show_date(gone.date), place=gone.place)))
        return self.flow.show_page(page)


def sessions_tool(seat, go_home):
    return SessionsTool(seat, go_home).flow
