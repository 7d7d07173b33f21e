"""The certificates tool: who is owed one, one person's certificates, and a batch."""

from digital_literacy_app.ui.volunteer.flow import Flow


class CertificatesTool:
    def __init__(self, session, go_home):
        self.session = session
        self.go_home = go_home
        self.flow = Flow()
        self.flow.tool = self
        self.show_owed()

    def show_owed(self):
        from digital_literacy_app.ui.volunteer.owed_screen import OwedPage

        page = OwedPage(self.session)
        page.back.connect(self.go_home)
        page.open_learner.connect(self.show_learner)
        page.batch_requested.connect(self.show_batch)
        return self.flow.show_page(page)

    def show_learner(self, learner):
        from digital_literacy_app.ui.volunteer.certificates_screen import CertificatesPage

        page = CertificatesPage(self.session, learner)
        page.back.connect(self.show_owed)
        return self.flow.show_page(page)

    def show_batch(self, learner_ids, scope):
        from digital_literacy_app.ui.volunteer.batch_screen import BatchPage

        page = BatchPage(self.session, learner_ids, scope)
        page.back.connect(self.show_owed)
        return self.flow.show_page(page)


def certificates_tool(session, go_home):
    return CertificatesTool(session, go_home).flow
