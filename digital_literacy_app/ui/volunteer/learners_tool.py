"""The learners tool: the list, one learner, their story, erasing, and duplicates.

Each page is built fresh when shown, so the list always reflects the last change.
"""

from digital_literacy_app.ui.volunteer.flow import Flow


class LearnersTool:
    def __init__(self, seat, go_home):
        self.seat = seat
        self.go_home = go_home
        self.flow = Flow()
        self.flow.tool = self  # kept alive as long as its widget
        self.show_list()

    def show_list(self):
        from digital_literacy_app.ui.volunteer.learners_screen import LearnersPage

        page = LearnersPage(self.seat)
        page.back.connect(self.go_home)
        page.open_learner.connect(self.show_learner)
        page.duplicates_requested.connect(self.show_duplicates)
        page.add_requested.connect(self.show_add)
        return self.flow.show_page(page)

    def show_import(self):
        from digital_literacy_app.ui.volunteer.import_learners_screen import ImportLearnersPage

        page = ImportLearnersPage(self.seat)
        page.back.connect(self.show_list)
        return self.flow.show_page(page)

    def show_add(self):
        from digital_literacy_app.ui.volunteer.add_learner_screen import AddLearnerPage

        page = AddLearnerPage(self.seat)
        page.back.connect(self.show_list)
        page.open_learner.connect(self.show_learner)
        page.import_requested.connect(self.show_import)
        return self.flow.show_page(page)

    def show_learner(self, learner):
        from digital_literacy_app.ui.volunteer.learner_screen import LearnerPage

        page = LearnerPage(self.seat, self.seat.trainer.learners.get(learner.id))
        page.back.connect(self.show_list)
        page.timeline_requested.connect(self.show_timeline)
        page.certificates_requested.connect(self.show_certificates)
        page.erase_requested.connect(self.show_erase)
        return self.flow.show_page(page)

    def show_timeline(self, learner):
        from digital_literacy_app.ui.volunteer.timeline_screen import TimelinePage

        page = TimelinePage(self.seat, learner)
        page.back.connect(lambda: self.show_learner(learner))
        return self.flow.show_page(page)

    def show_certificates(self, learner):
        from digital_literacy_app.ui.volunteer.certificates_screen import CertificatesPage

        page = CertificatesPage(self.seat, learner, back_to_learner=True)
        page.back.connect(lambda: self.show_learner(learner))
        return self.flow.show_page(page)

    def show_erase(self, learner):
        from digital_literacy_app.ui.volunteer.erase_screen import ErasePage

        page = ErasePage(self.seat, learner)
        page.kept.connect(self.show_learner)
        page.erased.connect(self.show_list)
        return self.flow.show_page(page)

    def show_duplicates(self, just_joined=None, joined_ids=(), just_parted=()):
        from digital_literacy_app.ui.volunteer.duplicates_screen import DuplicatesPage

        page = DuplicatesPage(self.seat, just_joined=just_joined, joined_ids=joined_ids, just_parted=just_parted)
        page.back.connect(self.show_list)
        page.merged.connect(lambda kept, ids: self.show_duplicates(kept, ids))
        page.unmerged.connect(lambda parted: self.show_duplicates(just_parted=parted))
        return self.flow.show_page(page)


def learners_tool(seat, go_home):
    return LearnersTool(seat, go_home).flow
