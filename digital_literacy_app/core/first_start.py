"""What a new installation needs before anyone learns on it: the first-start answers.

The wizard asks for the language, the ward, a name for this PC and the first volunteer
(name, role, PIN). Everything is checked before anything is saved, so a wrong answer
never leaves half an installation; then the device's name and ward go into its identity
file (new learners get that ward), the language becomes this PC's start language, and the
account is created. A PC "needs first start" exactly while it has no volunteer account.
"""

from dataclasses import dataclass

from digital_literacy_app.core.device import save_identity
from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.core.settings import DEVICE, SettingsBook, setting
from digital_literacy_app.core.text import nfc
from digital_literacy_app.core.volunteers import (
    VolunteerAccount, VolunteerBook, clean_pin, clean_role, clean_volunteer_name,
)

MAX_PLACE_LENGTH = 60
START_LANGUAGE = "start_language"


@dataclass(frozen=True)
class FirstStartAnswers:
    language: str
    ward: str
    device_name: str
    volunteer_name: str
    role: str
    pin: str


def needs_first_start(trainer) -> bool:
    return VolunteerBook(trainer.db).count() == 0


def clean_place(text: str, what: str) -> str:
    """A ward or PC name: NFC, not empty, short enough for a report column and a certificate."""
    cleaned = nfc(text or "")
    if not cleaned:
        raise InvalidInputError(f"The {what} is empty.")
    if len(cleaned) > MAX_PLACE_LENGTH or any(ord(ch) < 32 for ch in cleaned):
        raise InvalidInputError(f"The {what} is at most {MAX_PLACE_LENGTH} printable characters.")
    return cleaned


def complete_first_start(trainer, answers: FirstStartAnswers) -> VolunteerAccount:
    """Save every answer, or (on any invalid one) nothing. Returns the new account."""
    ward = clean_place(answers.ward, "ward")
    device_name = clean_place(answers.device_name, "name of this PC")
    name, role = clean_volunteer_name(answers.volunteer_name), clean_role(answers.role)
    pin = clean_pin(answers.pin)
    language = setting(START_LANGUAGE, DEVICE).clean(answers.language)
    book = VolunteerBook(trainer.db)
    if book.count():
        raise InvalidInputError("This PC is already set up; add volunteers from the volunteer tools.")
    trainer.device.name, trainer.device.ward = device_name, ward
    save_identity(trainer.data_dir, trainer.device)
    trainer.learners.default_ward = ward
    SettingsBook(trainer.db).set_device(START_LANGUAGE, language)
    return book.add(name, role, pin)  # last: until it exists, the wizard comes back
