"""The learners tool: the list, one learner, their story, erasing, and duplicates.

Each page is built fresh when shown, so the list always reflects the last change.
"""

from digital_literacy_app.ui.volunteer.flow import Flow


class LearnersTool:
    def __init__(self, session, go_home):
        self.session = session
        self.go_home = go_home
        self.flow = Flow()
        self.flow.tool = self  # kept alive as long as its widget
        self.show_list()

    def show_list(self):
        from digital_literacy_app.ui.volunteer.learners_screen import LearnersPage

        page = LearnersPage(self.session)
        page.back.connect(self.go_home)
        page.open_learner.connect(self.show_learner)
        page.duplicates_requested.connect(self.show_duplicates)
        return self.flow.show_page(page)

    def show_learner(self, learner):
        from digital_literacy_app.ui.volunteer.learner_screen import LearnerPage

        page = LearnerPage(self.session, self.session.trainer.learners.get(learner.id))
        page.back.connect(self.show_list)
        page.timeline_requested.connect(self.show_timeline)
        page.certificates_requested.connect(self.show_certificates)
        page.erase_requested.connect(self.show_erase)
        return self.flow.show_page(page)

    def show_timeline(self, learner):
        from digital_literacy_app.ui.volunteer.timeline_screen import TimelinePage

        page = TimelinePage(self.session, learner)
        page.back.connect(lambda: self.show_learner(learner))
        return self.flow.show_page(page)

    def show_certificates(self, learner):
        from digital_literacy_app.ui.volunteer.certificates_screen import CertificatesPage

        page = CertificatesPage(self.session, learner, back_to_learner=True)
        page.back.connect(lambda: self.show_learner(learner))
        return self.flow.show_page(page)

    def show_erase(self, learner):
        from digital_literacy_app.ui.volunteer.erase_screen import ErasePage

        page = ErasePage(self.session, learner)
        page.kept.connect(self.show_learner)
        page.erased.connect(self.show_list)
        return self.flow.show_page(page)

    def show_duplicates(self):
        from digital_literacy_app.ui.volunteer.duplicates_screen import DuplicatesPage

        page = DuplicatesPage(self.session)
        page.back.connect(self.show_list)
        page.merged.connect(lambda _kept: self.show_duplicates())
        return self.flow.show_page(page)


def learners_tool(session, go_home):
    return LearnersTool(session, go_home).flow
