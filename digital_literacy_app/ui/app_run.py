"""One run of the learner app: open the data, show the window, keep it safe until it closes.

Opening: the data folder is held by this app alone (a second start brings this window
forward; a `dla` command that is writing is waited for). A damaged, emptied or missing
database shows the calm damage screen, which restores a backup or starts empty only when a
person chooses. While running: an unexpected error is logged and the app goes back to the
start (ui/crash.py); once a day a backup is made in the background; a restore chosen in
the volunteer tools closes this window and its data, puts the backup in place, and opens
them again.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from digital_literacy_app.core.errors import DamagedDatabaseError, DlaError
from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui import i18n
from digital_literacy_app.ui.crash import CalmCrashes
from digital_literacy_app.ui.reasons import reason

COMMAND_WAIT_S = 10.0  # a `dla` command writing (an import, say) usually ends within this
DAILY_BACKUP_DELAY_MS = 3000  # after the first paint, when the learner is still choosing


class AppRun:
    def __init__(self, data_dir=None, quit_after_first_paint: bool = False, database: str | None = None):
        self.data_dir = data_dir
        self.database = database  # `dla --database` or DLA_DATABASE_URL: the city store to open
        self.city: Trainer | None = None  # the city store's Trainer while its window shows
        self.folder: Path = Trainer.locate_data(data_dir)[0]
        self.quit_after_first_paint = quit_after_first_paint
        self.trainer: Trainer | None = None
        self.window = None
        self.server = None  # the InstanceServer, once the window has painted
        self.crashes = CalmCrashes(self.folder, self._back_to_start)
        self.restored = None  # the RestoreResult to tell about once the window shows

    def run(self) -> int:
        app = QApplication.instance()
        opened = self.open_data()
        if opened is not None:
            return opened
        self.open_city(self.database or Trainer.city_stores.saved(self.folder))
        self.crashes.install()
        try:
            self.show_window()
            return app.exec()
        finally:
            self.crashes.uninstall()
            self.close_data()

    # --- opening -------------------------------------------------------------------------
    def open_data(self) -> int | None:
        """Hold and open the data; an exit code when the app should not go on."""
        while True:
            try:
                self.trainer = Trainer.open(self.data_dir, hold_s=0)
                break
            except DamagedDatabaseError as error:
                if not self._repair(error):
                    return 1
            except DlaError as error:
                if error.code != "data.in_use":
                    return self._cannot_open(error)
                from digital_literacy_app.ui.single_instance import bring_forward

                if bring_forward(self.folder):
                    print("dla: the app is already open for this data; its window was brought forward", flush=True)
                    return 0
                try:  # no app answered: a dla command is writing; give it time to finish
                    self.trainer = Trainer.open(self.data_dir, hold_s=COMMAND_WAIT_S)
                    break
                except DlaError as still:
                    return self._cannot_open(still)
        return None

    def _listen(self) -> None:
        """From the first paint on, a second start finds this window (QtNetwork loads only now:
        it costs the first screen 50 ms)."""
        from digital_literacy_app.ui.single_instance import InstanceServer

        if self.server is None and self.trainer is not None:
            self.server = InstanceServer(self.folder)
            self.server.asked.connect(self._come_forward)

    def _repair(self, error: DamagedDatabaseError) -> bool:
        """The damage screen; True once a backup (or an empty start) is in place."""
        from digital_literacy_app.ui.damage_screen import EMPTY, RESTORE, DamageScreen

        screen = DamageScreen(error)
        screen.showMaximized()
        screen.exec()
        what, path = screen.choice
        if what not in (RESTORE, EMPTY):
            return False
        try:
            self.restored = Trainer.restore(self.data_dir, path if what == RESTORE else None, hold_s=COMMAND_WAIT_S)
        except DlaError as refused:
            QMessageBox.warning(None, screen.windowTitle(), reason(refused))
        return True  # on a refusal the loop shows the damage screen again

    def _cannot_open(self, error: DlaError) -> int:
        title = QCoreApplication.translate("App", "The data cannot be opened")
        QMessageBox.critical(None, title, reason(error))
        return 1

    # --- the window ------------------------------------------------------------------------
    def open_city(self, address: str | None) -> None:
        """The city store, when an address is given or saved and this PC is set up (its
        coordinator's PIN opens it); else this PC's own data stays open."""
        from digital_literacy_app.ui.city_open import open_city, tell_refusal

        if not address:
            return
        if self.trainer.first_start.needed():
            QMessageBox.information(None, QCoreApplication.translate("App", "The city store"), QCoreApplication.translate(
                "App", "This computer is not set up yet. Set it up first (its coordinator's PIN opens the city store)."))
            return
        if not Trainer.city_stores.is_address(address):
            tell_refusal(Trainer.city_stores.check(address).say(i18n.current_language()))
            return
        self.city = open_city(self.data_dir, address)

    def switch_store(self, address: str) -> None:
        """Close the window (and the city store), open the other store's window."""
        QTimer.singleShot(0, lambda: self._switch(address))

    def _switch(self, address: str) -> None:
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)  # the window closes only to open again
        self._close_window()
        self.open_city(address)
        self.show_window()
        app.setQuitOnLastWindowClosed(True)

    def _close_window(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        QThreadPool.globalInstance().waitForDone(5000)
        if self.city is not None:
            self.city.close()
            self.city = None

    def show_window(self) -> None:
        if self.city is not None:
            return self._show_city_window()
        from digital_literacy_app.ui.main_window import MainWindow

        i18n.set_language(self.trainer.settings.device()["start_language"])  # chosen at first start
        app = QApplication.instance()
        window = self.window = MainWindow(self.trainer)
        window.seat.restore_requested.connect(self.restore_from_tools)
        window.seat.store_requested.connect(self.switch_store)
        window.first_painted.connect(self._listen)
        window.first_painted.connect(lambda: QTimer.singleShot(DAILY_BACKUP_DELAY_MS, self._daily_backup))
        if self.restored is not None:
            window.first_painted.connect(self._tell_restored)
        if window.volunteer_mode.needs_first_start():  # a new installation: the wizard first
            window.volunteer_mode.show_first_start()
        if self.quit_after_first_paint:  # benchmarks/bench_bundle.py
            window.first_painted.connect(lambda: print("dla: first paint", flush=True))
            window.first_painted.connect(app.quit)
        window.resize(1366, 768)
        window.showMaximized()

    def _show_city_window(self) -> None:
        from digital_literacy_app.ui.city_window import CityWindow

        i18n.set_language(self.trainer.settings.device()["start_language"])
        window = self.window = CityWindow(self.city, self.trainer)
        window.own_data_requested.connect(lambda: self.switch_store(""))
        self._listen()
        if self.quit_after_first_paint:  # start-up timing, and the smoke test of `dla --database`
            print("dla: city store open", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        window.resize(1366, 768)
        window.showMaximized()

    def close_data(self) -> None:
        """Window first (its screens' timers stop), then workers, then the databases."""
        self._close_window()
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.trainer is not None:
            self.trainer.close()
            self.trainer = None

    def _come_forward(self) -> None:
        if self.window is None:
            return
        if self.window.isMinimized():
            self.window.showMaximized()
        self.window.raise_()
        self.window.activateWindow()

    def _back_to_start(self) -> None:
        if self.window is not None:
            self.window.sign_out()

    def _daily_backup(self) -> None:
        """Today's copy, made off the GUI thread with a connection of its own."""
        from digital_literacy_app.ui.tasks import run_in_background

        if self.trainer is None:
            return
        run_in_background(lambda worker, task: worker.backups.daily(), trainer=self.trainer,
                          on_failure=lambda error: Trainer.log_crash(self.folder, error, "daily backup"))

    # --- restoring from the volunteer tools --------------------------------------------------
    def restore_from_tools(self, path) -> None:
        """Close everything, put the backup in place, open again (on the event loop's next turn)."""
        QTimer.singleShot(0, lambda: self._reopen_with(Path(path)))

    def _reopen_with(self, path: Path) -> None:
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)  # the window closes only to open again
        self.close_data()
        try:
            self.restored = Trainer.restore(self.data_dir, path, hold_s=COMMAND_WAIT_S)
        except DlaError as refused:
            QMessageBox.warning(None, QCoreApplication.translate("App", "The backup was not restored"),
                                reason(refused))
            self.restored = None
        if self.open_data() is not None:
            app.exit(1)
            return
        self.show_window()
        app.setQuitOnLastWindowClosed(True)

    def _tell_restored(self) -> None:
        result, self.restored = self.restored, None
        if result is None or self.window is None:
            return
        if result.backup is not None:
            text = QCoreApplication.translate("App", "The backup of {date} is restored: {learners} learners.").format(
                date=result.backup.made_at.strftime("%d/%m/%Y %H:%M"), learners=result.backup.learners)
        else:
            text = QCoreApplication.translate("App", "The app starts with empty data. The damaged file is kept aside.")
        title = QCoreApplication.translate("App", "Restored")
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
        box.setAccessibleName(text)
        box.open()
