"""The sessions tool: the list of past sessions, and the form for a new one."""

from PySide6.QtCore import QCoreApplication

from digital_literacy_app.ui.volunteer.flow import Flow


class SessionsTool:
    def __init__(self, session, go_home):
        self.session = session
        self.go_home = go_home
        self.flow = Flow()
        self.flow.tool = self
        self.show_list()

    def show_list(self, notice: str = ""):
        from digital_literacy_app.ui.volunteer.sessions_screen import SessionsPage

        page = SessionsPage(self.session, notice)
        page.back.connect(self.go_home)
        page.new_requested.connect(self.show_form)
        return self.flow.show_page(page)

    def show_form(self):
        from digital_literacy_app.ui.volunteer.session_form_screen import SessionFormPage

        page = SessionFormPage(self.session)
        page.back.connect(self.show_list)
        page.logged.connect(lambda logged: self.show_list(QCoreApplication.translate(
            "SessionsTool", "Saved: \u201c{topic}\u201d with {count} people.").format(
                topic=logged.topic, count=len(logged.attendees))))
        return self.flow.show_page(page)


def sessions_tool(session, go_home):
    return SessionsTool(session, go_home).flow
