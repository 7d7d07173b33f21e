"""The moves into, within and out of volunteer mode, kept beside the main window.

The main window owns the screens and the idle return; this object adds the volunteer
screens to it (first start, PIN, home, tools, the learner card) so the window itself
only gains a few lines.
"""



class VolunteerMode:
    def __init__(self, window):
        self.window = window
        self.book = window.seat.trainer.volunteers

    @property
    def seat(self):
        return self.window.seat

    def needs_first_start(self) -> bool:
        return self.seat.trainer.first_start.needed()

    def show_first_start(self):
        from digital_literacy_app.ui.volunteer.first_start_screen import FirstStartScreen

        screen = FirstStartScreen(self.seat)
        screen.finished.connect(self._set_up)
        return self.window._set_screen(screen, "first-start")

    def _set_up(self, _account) -> None:
        self.seat.sign_out()  # the PC's look now: its start language, nobody signed in
        self.window.show_start()

    def show_pin(self):
        from digital_literacy_app.ui.volunteer.pin_screen import PinScreen

        screen = PinScreen(self.seat, self.book)
        screen.signed_in.connect(self.sign_in)
        screen.cancelled.connect(self.window.show_start)
        return self.window._set_screen(screen, "volunteer-pin")

    def sign_in(self, account) -> None:
        self.seat.sign_in_volunteer(account)
        self.window.idle.start()
        self.show_home()

    def show_home(self):
        from digital_literacy_app.ui.volunteer.home_screen import VolunteerHome

        if self.seat.volunteer is None:  # the idle return signed them out meanwhile
            return self.window.show_start()
        screen = VolunteerHome(self.seat)
        screen.tool_chosen.connect(self.open_tool)
        screen.exit_requested.connect(self.window.sign_out)
        screen.card_requested.connect(self.show_card_code)
        screen.settings_requested.connect(self.window.show_settings)
        return self.window._set_screen(screen, "volunteer-home")

    def open_tool(self, tool):
        if self.seat.volunteer is None or self.seat.volunteer.role not in tool.roles:
            return self.show_home()
        screen = tool.make_screen(self.seat, self.show_home)
        return self.window._set_screen(screen, f"tool:{tool.key}")

    def show_card_code(self):
        from digital_literacy_app.ui.volunteer.card_code_screen import CardCodeScreen

        came_from_home = self.seat.volunteer is not None
        screen = CardCodeScreen(self.seat)
        screen.found.connect(self.window.sign_in)
        screen.cancelled.connect(self.show_home if came_from_home else self.window.show_start)
        return self.window._set_screen(screen, "card-code")
