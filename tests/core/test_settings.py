"""Settings: declared once, remembered per learner and per device, robust to bad stored values."""

import pytest

from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.core.settings import BY_KEY, DEVICE, LEARNER, SETTINGS
from digital_literacy_app.core.trainer import Trainer


@pytest.fixture
def trainer(tmp_path):
    with Trainer.open(tmp_path, lesson_dirs=[tmp_path / "no-lessons"]) as opened:
        yield opened


def test_every_setting_declares_a_default_that_passes_its_own_rules():
    """A default outside its own range would make every fresh learner's settings invalid."""
    assert {s.key for s in SETTINGS} >= {"text_scale", "high_contrast", "language", "read_speed",
                                         "idle_minutes"}
    for s in SETTINGS:
        assert s.scope in (LEARNER, DEVICE)
        assert s.clean(s.default) == s.default


def test_a_new_learner_gets_the_defaults(trainer):
    """Vietnamese, 100 % text, normal contrast and speed until the learner chooses otherwise."""
    learner = trainer.learners.add("Trần Thị Mai")
    values = trainer.settings.for_learner(learner.id)
    assert values == {"text_scale": 100, "high_contrast": False, "language": "vi", "read_speed": "normal"}


def test_learner_choices_are_remembered_after_reopening(tmp_path):
    """Settings survive closing the app: they are in the database, per learner."""
    with Trainer.open(tmp_path) as trainer:
        mai, an = trainer.learners.add("Trần Thị Mai"), trainer.learners.add("Lê Văn An")
        book = trainer.settings
        book.set_for_learner(mai.id, "text_scale", "175")
        book.set_for_learner(mai.id, "high_contrast", True)
        book.set_for_learner(mai.id, "language", "en")
    with Trainer.open(tmp_path) as trainer:
        book = trainer.settings
        assert book.for_learner(mai.id) == {"text_scale": 175, "high_contrast": True, "language": "en",
                                            "read_speed": "normal"}
        assert book.for_learner(an.id)["text_scale"] == 100


@pytest.mark.parametrize("key, value", [
    ("text_scale", 99), ("text_scale", 201), ("text_scale", "big"), ("text_scale", True),
    ("language", "fr"), ("read_speed", "very fast"), ("high_contrast", "maybe"),
])
def test_values_outside_the_declared_range_are_refused(trainer, key, value):
    """The ranges in SETTINGS are enforced, with a message naming the setting."""
    learner = trainer.learners.add("Phạm Văn Bình")
    with pytest.raises(InvalidInputError, match=key):
        trainer.settings.set_for_learner(learner.id, key, value)


def test_unknown_or_wrong_scope_keys_are_refused(trainer):
    """A device setting cannot be stored per learner, nor a made-up key at all."""
    learner = trainer.learners.add("Phạm Văn Bình")
    book = trainer.settings
    with pytest.raises(InvalidInputError):
        book.set_for_learner(learner.id, "idle_minutes", 3)
    with pytest.raises(InvalidInputError):
        book.set_device("text_scale", 150)
    with pytest.raises(InvalidInputError):
        book.set_for_learner(learner.id, "colour", "pink")


def test_only_changes_from_the_default_are_stored(trainer):
    """Choosing the default again removes the row, so a future better default applies."""
    learner = trainer.learners.add("Phạm Văn Bình")
    book = trainer.settings
    book.set_for_learner(learner.id, "text_scale", 150)
    count = "SELECT COUNT(*) FROM learner_settings WHERE learner_id = ?"
    assert trainer.db.execute(count, [learner.id]).fetchone()[0] == 1
    book.set_for_learner(learner.id, "text_scale", 100)
    assert trainer.db.execute(count, [learner.id]).fetchone()[0] == 0


def test_a_damaged_stored_value_falls_back_to_the_default(trainer):
    """A hand-edited or future value must not stop the learner from opening their lessons."""
    learner = trainer.learners.add("Phạm Văn Bình")
    trainer.db.execute("INSERT INTO learner_settings VALUES (?, 'text_scale', '900')", [learner.id])
    trainer.db.execute("INSERT INTO learner_settings VALUES (?, 'language', 'fr')", [learner.id])
    trainer.db.execute("INSERT INTO learner_settings VALUES (?, 'from_the_future', 'x')", [learner.id])
    values = trainer.settings.for_learner(learner.id)
    assert values["text_scale"] == 100 and values["language"] == "vi"
    assert "from_the_future" not in values


def test_device_idle_minutes_default_five_and_remembered(tmp_path):
    """The shared-PC idle time is a device setting: 5 minutes unless a volunteer changes it."""
    with Trainer.open(tmp_path) as trainer:
        book = trainer.settings
        assert book.device()["idle_minutes"] == 5
        assert book.set_device("idle_minutes", "2") == 2
        with pytest.raises(InvalidInputError):
            book.set_device("idle_minutes", 0)
    with Trainer.open(tmp_path) as trainer:
        assert trainer.settings.device()["idle_minutes"] == 2


def test_an_erase_drops_their_choices_in_the_same_operation(trainer):
    """After an erase nothing of the person should remain, not even their text size."""
    learner = trainer.learners.add("Phạm Văn Bình")
    book = trainer.settings
    book.set_for_learner(learner.id, "high_contrast", True)
    trainer.learners.erase(learner.id)
    assert trainer.db.conn.execute("SELECT COUNT(*) FROM learner_settings").fetchone()[0] == 0
    assert book.for_learner(learner.id)["high_contrast"] is False


def test_an_erase_that_arrives_by_sync_file_drops_their_choices_too(trainer, tmp_path):
    """The PC where the person chose large text loses that choice when the erase made on
    another PC is imported (the fold does it, not a screen)."""
    from digital_literacy_app.core.trainer import Trainer

    learner = trainer.learners.add("Phạm Văn Bình")
    trainer.settings.set_for_learner(learner.id, "text_scale", 200)
    shared = trainer.sync.export(tmp_path / "a.dlsync")
    with Trainer.open(tmp_path / "other") as other:
        other.sync.import_files([shared.path])
        other.learners.erase(learner.id)
        erased = other.sync.export(tmp_path / "b.dlsync")
    trainer.sync.import_files([erased.path])
    assert not trainer.learners.exists(learner.id)
    assert trainer.db.conn.execute("SELECT COUNT(*) FROM learner_settings").fetchone()[0] == 0


def test_text_scale_steps_fit_the_range():
    """The settings screen offers min..max in steps; each step must be a valid value."""
    scale = BY_KEY["text_scale"]
    offered = list(range(scale.minimum, scale.maximum + 1, scale.step))
    assert offered[0] == 100 and offered[-1] == 200
    assert all(scale.clean(v) == v for v in offered)


def test_the_coordinator_key_file_is_remembered_per_device(tmp_path):
    """A volunteer chooses the coordinator's key file once; the PC remembers where it is."""
    with Trainer.open(tmp_path) as trainer:
        book = trainer.settings
        assert book.device()["coordinator_key_file"] == ""
        assert book.set_device("coordinator_key_file", " E:/khoa.dlkey ") == "E:/khoa.dlkey"
    with Trainer.open(tmp_path) as trainer:
        assert trainer.settings.device()["coordinator_key_file"] == "E:/khoa.dlkey"


def test_a_volunteers_own_look_is_kept_apart_from_learners_and_forgotten_with_the_account(trainer):
    """Text size, contrast and language only; stored even when they equal a learner default
    (for a volunteer the PC's look is the default); the reading speed is refused; removing
    the account forgets them."""
    from digital_literacy_app.core.errors import InvalidInputError

    book, settings = trainer.volunteers, trainer.settings
    boss = book.add("Trần Thu Hà", "coordinator", "2468")
    helper = book.add("Phạm Minh", "volunteer", "1357")
    assert settings.chosen_by_volunteer(helper.id) == {}
    assert settings.set_for_volunteer(helper.id, "text_scale", "175") == 175
    assert settings.set_for_volunteer(helper.id, "language", "vi") == "vi"
    settings.set_for_volunteer(helper.id, "high_contrast", True)
    assert settings.chosen_by_volunteer(helper.id) == {"text_scale": 175, "language": "vi", "high_contrast": True}
    assert settings.chosen_by_volunteer(boss.id) == {}
    assert settings.for_learner(helper.id)["text_scale"] == 100
    for key, value in (("read_speed", "slow"), ("idle_minutes", 3)):
        with pytest.raises(InvalidInputError):
            settings.set_for_volunteer(helper.id, key, value)
    with pytest.raises(InvalidInputError):
        settings.set_for_volunteer(helper.id, "text_scale", 400)
    assert settings.chosen_by_volunteer(helper.id)["text_scale"] == 175
    trainer.db.conn.execute("INSERT OR REPLACE INTO volunteer_settings VALUES (?, 'text_scale', 'huge')", (boss.id,))
    assert settings.chosen_by_volunteer(boss.id) == {}  # a broken value falls back to the PC's look
    book.remove(helper.id)
    assert trainer.db.conn.execute("SELECT COUNT(*) FROM volunteer_settings WHERE volunteer_id = ?",
                                   (helper.id,)).fetchone()[0] == 0
