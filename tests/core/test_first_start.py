"""First start: the answers of the wizard make a ready installation, all or nothing."""

import pytest

from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.core.first_start import FirstStartAnswers, complete_first_start, needs_first_start
from digital_literacy_app.core.settings import SettingsBook
from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.core.volunteers import VolunteerBook
from tests.conftest import FIXTURES

ANSWERS = FirstStartAnswers(language="en", ward="Phường Kim Mã", device_name="Máy 1 – Nhà văn hoá",
                            volunteer_name="Trần Thu Hà", role="coordinator", pin="24680")


def test_answers_set_the_device_ward_name_language_and_first_account(tmp_path):
    """After the wizard: the identity file holds the name and ward (also after reopening),
    new learners get that ward at once, the start language is kept, and the PIN opens."""
    data = tmp_path / "data"
    with Trainer.open(data, lesson_dirs=[FIXTURES / "lessons"]) as trainer:
        assert needs_first_start(trainer)
        account = complete_first_start(trainer, ANSWERS)
        assert not needs_first_start(trainer)
        assert trainer.learners.add("Lê Văn Tám").ward == "Phường Kim Mã"
        assert VolunteerBook(trainer.db).check_pin(account.id, "24680").ok
        assert account.role == "coordinator" and account.name == "Trần Thu Hà"
    with Trainer.open(data, lesson_dirs=[FIXTURES / "lessons"]) as reopened:
        assert (reopened.device.name, reopened.device.ward) == ("Máy 1 – Nhà văn hoá", "Phường Kim Mã")
        assert reopened.learners.add("Đỗ Thị Lụa").ward == "Phường Kim Mã"
        assert SettingsBook(reopened.db).device()["start_language"] == "en"
        assert not needs_first_start(reopened)


@pytest.mark.parametrize("field, value, message", [
    ("ward", "  ", "ward is empty"), ("device_name", "", "name of this PC is empty"),
    ("volunteer_name", "", "empty"), ("role", "boss", "role"), ("pin", "12", "4 to 8 digits"),
    ("language", "fr", "start_language"), ("ward", "P" * 61, "at most 60"),
])
def test_one_wrong_answer_saves_nothing(trainer, field, value, message):
    """The identity, the settings and the accounts stay as they were."""
    before = (trainer.device.name, trainer.device.ward)
    answers = FirstStartAnswers(**{**ANSWERS.__dict__, field: value})
    with pytest.raises(InvalidInputError, match=message):
        complete_first_start(trainer, answers)
    assert needs_first_start(trainer)
    assert (trainer.device.name, trainer.device.ward) == before
    assert SettingsBook(trainer.db).device()["start_language"] == "vi"
    assert trainer.learners.default_ward == ""


def test_a_set_up_pc_is_not_set_up_twice(trainer):
    """Later volunteers are added from the volunteer tools, not by rerunning the wizard."""
    complete_first_start(trainer, ANSWERS)
    with pytest.raises(InvalidInputError, match="already set up"):
        complete_first_start(trainer, FirstStartAnswers(**{**ANSWERS.__dict__, "volunteer_name": "Khác"}))
    assert VolunteerBook(trainer.db).count() == 1
