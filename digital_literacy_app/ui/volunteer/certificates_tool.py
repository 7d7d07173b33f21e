"""The certificates tool: who is owed one, one person's certificates, and a batch."""

from digital_literacy_app.ui.volunteer.flow import Flow


class CertificatesTool:
    def __init__(self, seat, go_home):
        self.seat = seat
        self.go_home = go_home
        self.flow = Flow()
        self.flow.tool = self
        self.show_owed()

    def show_owed(self):
        from digital_literacy_app.ui.volunteer.owed_screen import OwedPage

        page = OwedPage(self.seat)
        page.back.connect(self.go_home)
        page.open_learner.connect(self.show_learner)
        page.batch_requested.connect(self.show_batch)
        return self.flow.show_page(page)

    def show_learner(self, learner):
        from digital_literacy_app.ui.volunteer.certificates_screen import CertificatesPage

        page = CertificatesPage(self.seat, learner)
        page.back.connect(self.show_owed)
        return self.flow.show_page(page)

    def show_batch(self, learner_ids, scope):
        from digital_literacy_app.ui.volunteer.batch_screen import BatchPage

        page = BatchPage(self.seat, learner_ids, scope)
        page.back.connect(self.show_owed)
        return self.flow.show_page(page)


def certificates_tool(seat, go_home):
    return CertificatesTool(seat, go_home).flow
