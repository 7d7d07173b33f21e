"""Every volunteer screen and state, reached through the real window and its buttons.

Like screens.py for the learner app: tests that must hold on every screen (names,
sizes, translations) walk this list, so a new volunteer screen is checked everywhere
by adding it here once.
"""

from digital_literacy_app.ui.volunteer import registry

from .conftest import FIRST, REFUSE

PIN = "2468"
WARD = "Phường Kim Mã"
DEVICE = "Máy 1"
VOLUNTEER = "Trần Thu Hà"
PLACE = "Nhà văn hoá tổ 5"
TOPIC = "VNeID"


def seed(trainer):
    """Learners in every state the screens show: done, stuck, a duplicate pair, a session."""
    first, refuse = trainer.lessons.get(FIRST), trainer.lessons.get(REFUSE)
    done = trainer.learners.add("Nguyễn Thị Hường", 1956, "elderly")
    trainer.progress.complete_step(done.id, first, first.steps[0].id)
    trainer.progress.complete_lesson(done.id, first)
    stuck = trainer.learners.add("Lò Văn Páo", 1960, "farmer")
    quiz = [step for step in refuse.steps if step.kind == "quiz"][-1]
    wrong = next(i for i, choice in enumerate(quiz.choices) if not choice.correct)
    for _ in range(6):
        trainer.progress.answer_quiz(stuck.id, refuse, quiz.id, wrong)
    trainer.learners.add("Lê Văn Tám", 1950)
    trainer.learners.add("Le van tam", 1950)
    trainer.sessions.log(date="2025-03-14", place=PLACE, volunteer=VOLUNTEER, topic=TOPIC, minutes=60,
                             attendees=[done.id, stuck.id], area="basics", ward=WARD)
    return done, stuck


def data_texts(trainer) -> set[str]:
    """Texts that are data, the same in every language (names, places, the device)."""
    names = {r.name for r in trainer.learners.all()}
    return names | {WARD, DEVICE, VOLUNTEER, PLACE, TOPIC, f"{VOLUNTEER} (you)", f"{VOLUNTEER} (bạn)"}


def walk_volunteer_screens(window, trainer):
    """Yield (name, widget) for each volunteer screen state, the window showing it."""
    mode = window.volunteer_mode
    wizard = mode.show_first_start()
    for page in ("language", "ward", "device", "name", "role", "pin", "pin_again", "check"):
        if page == "ward":
            wizard.go_next()
            yield "wizard-ward-error", window
            wizard.field.setText(WARD)
        yield f"wizard-{page}", window
        if page == "device":
            wizard.field.setText(DEVICE)
        elif page == "name":
            wizard.field.setText(VOLUNTEER)
        elif page in ("pin", "pin_again"):
            wizard.field.setText(PIN)
        if page != "check":
            wizard.go_next()
    wizard.go_next()
    done, stuck = seed(trainer)
    yield "start", window
    pin = mode.show_pin()
    yield "pin", window
    pin.try_pin("0000")
    yield "pin-wrong", window
    pin.try_pin(PIN)
    yield "home", window
    tools = {tool.key: tool for tool in registry.tools_for("coordinator")}
    learners = mode.open_tool(tools["learners"])
    yield "learners", window
    tool = learners.tool
    page = tool.show_learner(done)
    yield "learner", window
    page.name.setText("")
    page.save()
    yield "learner-error", window
    tool.show_timeline(done)
    yield "timeline", window
    tool.show_certificates(done)
    yield "learner-certificates", window
    tool.show_erase(stuck)
    yield "erase", window
    tool.show_duplicates()
    yield "duplicates", window
    yield from _join_and_undo(tool, window)
    tool.show_add()
    yield "add-learners", window
    yield from _import_a_file(tool, trainer, window)
    progress = mode.open_tool(tools["progress"])
    yield "progress", window
    progress.tool.show_timeline(stuck)
    yield "progress-timeline", window
    sessions = mode.open_tool(tools["sessions"])
    yield "sessions", window
    form = sessions.tool.show_form()
    yield "session-form", window
    form.save()
    yield "session-form-error", window
    owed = mode.open_tool(tools["certificates"])
    yield "certificates", window
    owed.tool.show_batch([done.id], "Everyone")
    yield "batch", window
    mode.open_tool(tools["cards"])
    yield "cards", window
    verify = mode.open_tool(tools["verify"])
    verify.page.code.setText("DLC1:NOT-A-CODE")
    verify.page.check_code()
    yield "verify", window
    mode.open_tool(tools["accounts"])
    yield "accounts", window
    card = mode.show_card_code()
    card.code.setText("zz")
    card.open_learner()
    yield "card-code", window


def _join_and_undo(tool, window):
    """The pair joined ("Đã gộp" with its undo), the kept record listing it, then parted again."""
    page = tool.flow.page
    kept, _ = page._chosen()
    page.merge()
    yield "duplicates-joined", window
    learner = tool.show_learner(kept)
    yield "learner-joined", window
    next(iter(learner.undo_buttons.values())).click()
    yield "learner-join-undone", window


def _import_a_file(tool, trainer, window):
    """Adding from a file: the empty page, a preview with bad and known rows, a refusal."""
    from tests.core.learner_files import csv_bytes, thirty_with_two_bad

    page = tool.show_import()
    yield "import-learners", window
    good = trainer.data_dir.parent / "lop.csv"
    good.write_bytes(csv_bytes(thirty_with_two_bad()[:12] + [["Le van tam", 1950, "", ""]]))
    page.load(good)
    yield "import-preview", window
    bad = trainer.data_dir.parent / "anh.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    page.load(bad)
    yield "import-refused", window
