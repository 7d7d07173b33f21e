"""First start: the answers of the wizard make a ready installation, all or nothing."""

import pytest

from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.core.first_start import FirstStartAnswers
from digital_literacy_app.core.trainer import Trainer
from tests.conftest import FIXTURES

ANSWERS = FirstStartAnswers(language="en", ward="Phường Kim Mã", device_name="Máy 1 – Nhà văn hoá",
                            volunteer_name="Trần Thu Hà", role="coordinator", pin="24680")


def test_answers_set_the_device_ward_name_language_and_first_account(tmp_path):
    """After the wizard: the identity file holds the name and ward (also after reopening),
    new learners get that ward at once, the start language is kept, and the PIN opens."""
    data = tmp_path / "data"
    with Trainer.open(data, lesson_dirs=[FIXTURES / "lessons"]) as trainer:
        assert trainer.first_start.needed()
        account = trainer.first_start.complete(ANSWERS)
        assert not trainer.first_start.needed()
        assert trainer.learners.add("Lê Văn Tám").ward == "Phường Kim Mã"
        assert trainer.volunteers.check_pin(account.id, "24680").ok
        assert account.role == "coordinator" and account.name == "Trần Thu Hà"
    with Trainer.open(data, lesson_dirs=[FIXTURES / "lessons"]) as reopened:
        assert (reopened.device.name, reopened.device.ward) == ("Máy 1 – Nhà văn hoá", "Phường Kim Mã")
        assert reopened.learners.add("Đỗ Thị Lụa").ward == "Phường Kim Mã"
        assert reopened.settings.device()["start_language"] == "en"
        assert not reopened.first_start.needed()


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
        trainer.first_start.complete(answers)
    assert trainer.first_start.needed()
    assert (trainer.device.name, trainer.device.ward) == before
    assert trainer.settings.device()["start_language"] == "vi"
    assert trainer.learners.default_ward == ""


def test_a_set_up_pc_is_not_set_up_twice(trainer):
    """Later volunteers are added from the volunteer tools, not by rerunning the wizard."""
    trainer.first_start.complete(ANSWERS)
    with pytest.raises(InvalidInputError, match="already set up"):
        trainer.first_start.complete(FirstStartAnswers(**{**ANSWERS.__dict__, "volunteer_name": "Khác"}))
    assert trainer.volunteers.count() == 1
