"""What a new installation needs before anyone learns on it: the first-start answers.

The wizard asks for the language, the ward, a name for this PC and the first volunteer
(name, role, PIN). Everything is checked before anything is saved, so a wrong answer
never leaves half an installation; then the device's name and ward go into its identity
file (new learners get that ward), the language becomes this PC's start language, and the
account is created. A PC "needs first start" exactly while it has no volunteer account.
"""

from dataclasses import dataclass

from digital_literacy_app.core.changes import DEVICES, SETTINGS, VOLUNTEERS, announces
from digital_literacy_app.core.device import host_name, save_identity
from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.core.settings import DEVICE, setting
from digital_literacy_app.core.text import nfc
from digital_literacy_app.core.volunteers import VolunteerAccount, clean_pin, clean_role, clean_volunteer_name

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


def clean_place(text: str, what: str) -> str:
    """A ward or PC name (`what`: "ward" or "device"): NFC, not empty, short enough for a
    report column and a certificate."""
    cleaned = nfc(text or "")
    if not cleaned:
        raise InvalidInputError(f"first_start.{what}_empty")
    if len(cleaned) > MAX_PLACE_LENGTH or any(ord(ch) < 32 for ch in cleaned):
        raise InvalidInputError(f"first_start.{what}_too_long", most=MAX_PLACE_LENGTH)
    return cleaned


class FirstStart:
    """The first-start wizard's side in the core: `trainer.first_start`."""

    def __init__(self, trainer):
        self.trainer = trainer
        self.hub = trainer.hub

    def needed(self) -> bool:
        return self.trainer.volunteers.count() == 0

    def suggested_device_name(self) -> str:
        """The answer the wizard's "name of this computer" starts with: a name a person gave
        this PC, never the operating system's host name, which would make every PC of a
        ward look alike to the coordinator."""
        name = self.trainer.device.name
        return "" if name == host_name() else name

    @staticmethod
    def check_place(text: str, what: str) -> str:
        """A ward ("ward") or PC name ("device") as it would be saved, or InvalidInputError."""
        return clean_place(text, what)

    @announces(DEVICES, SETTINGS, VOLUNTEERS)
    def complete(self, answers: FirstStartAnswers) -> VolunteerAccount:
        """Save every answer, or (on any invalid one, or a failure) nothing; in one
        transaction. Returns the new account."""
        ward = clean_place(answers.ward, "ward")
        device_name = clean_place(answers.device_name, "device")
        name, role = clean_volunteer_name(answers.volunteer_name), clean_role(answers.role)
        pin = clean_pin(answers.pin)
        language = setting(START_LANGUAGE, DEVICE).clean(answers.language)
        trainer = self.trainer
        if not self.needed():
            raise InvalidInputError("first_start.already_done")
        device = trainer.device
        before = (device.name, device.ward)
        with trainer.db.atomic(), self.hub.batch():
            trainer.settings.set_device(START_LANGUAGE, language)
            account = trainer.volunteers.add(name, role, pin)
            device.name, device.ward = device_name, ward
            try:
                save_identity(trainer.data_dir, device)  # last: a failure here undoes the rest
            except BaseException:
                device.name, device.ward = before
                raise
        return account
