"""Settings, declared once: what each one is, its type, default and allowed values.

Learner settings (text size, contrast, language, read-aloud speed) follow the person from
session to session on this PC; device settings (minutes idle before the start screen) belong
to the PC. Neither syncs: they describe a screen, not learning.

Only values that differ from the default are stored, so a better default reaches everyone
who never chose otherwise. A stored value that no longer parses or fits (an older version,
a hand-edited database) is ignored in favour of the default instead of breaking the app.
"""

from dataclasses import dataclass

from digital_literacy_app.core import changes
from digital_literacy_app.core.changes import announces
from digital_literacy_app.core.errors import InvalidInputError

LEARNER, DEVICE = "learner", "device"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: object
    scope: str
    minimum: int | None = None
    maximum: int | None = None
    step: int | None = None
    choices: tuple[str, ...] = ()

    def clean(self, value):
        """The value as this setting's type, or InvalidInputError saying what is allowed."""
        if self.type is bool:
            return self._clean_bool(value)
        if self.type is int:
            return self._clean_int(value)
        text = str(value).strip()
        if self.choices and text not in self.choices:
            raise InvalidInputError("setting.choice", key=self.key, value=str(value), choices=", ".join(self.choices))
        return text

    def _clean_bool(self, value) -> bool:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
        raise InvalidInputError("setting.not_bool", key=self.key, value=str(value))

    def _clean_int(self, value) -> int:
        if isinstance(value, bool):
            raise InvalidInputError("setting.not_number", key=self.key, value=str(value))
        try:
            number = int(str(value).strip())
        except ValueError:
            raise InvalidInputError("setting.not_number", key=self.key, value=str(value)) from None
        if not self.minimum <= number <= self.maximum:
            raise InvalidInputError("setting.range", key=self.key, value=number, least=self.minimum,
                                    most=self.maximum)
        return number

    def encode(self, value) -> str:
        cleaned = self.clean(value)
        if self.type is bool:
            return "1" if cleaned else "0"
        return str(cleaned)


SETTINGS: tuple[Setting, ...] = (
    Setting("text_scale", int, 100, LEARNER, minimum=100, maximum=200, step=25),
    Setting("high_contrast", bool, False, LEARNER),
    Setting("language", str, "vi", LEARNER, choices=("vi", "en")),
    Setting("read_speed", str, "normal", LEARNER, choices=("slow", "normal", "fast")),
    Setting("idle_minutes", int, 5, DEVICE, minimum=1, maximum=60),
    # The language of the screens nobody is signed in on (start screen, volunteer tools);
    # chosen in the first-start wizard. Each learner still has their own "language".
    Setting("start_language", str, "vi", DEVICE, choices=("vi", "en")),
    # The coordinator key file a volunteer chose once, so later sync files can be sealed
    # to it without choosing it again ("" until one is chosen).
    Setting("coordinator_key_file", str, "", DEVICE),
)
BY_KEY = {setting.key: setting for setting in SETTINGS}
# What a volunteer may choose for the volunteer tools (there is nothing read aloud there).
VOLUNTEER_KEYS = ("text_scale", "high_contrast", "language")


def defaults(scope: str) -> dict:
    return {s.key: s.default for s in SETTINGS if s.scope == scope}


def setting(key: str, scope: str) -> Setting:
    found = BY_KEY.get(key)
    if found is None or found.scope != scope:
        raise InvalidInputError("setting.unknown", key=str(key), scope=scope)
    return found


def _read(rows, scope: str) -> dict:
    values = defaults(scope)
    for key, raw in rows:
        known = BY_KEY.get(key)
        if known is None or known.scope != scope:
            continue
        try:
            values[key] = known.clean(raw)
        except InvalidInputError:
            continue
    return values


class SettingsBook:
    """Reads and writes the settings of this installation's database: `trainer.settings`."""

    def __init__(self, trainer):
        self.trainer = trainer
        self.hub = trainer.hub

    @property
    def db(self):
        return self.trainer.db

    @property
    def _conn(self):
        return self.db.conn

    def for_learner(self, learner_id: str) -> dict:
        """Every learner setting: what this learner chose, else the default."""
        rows = self._conn.execute("SELECT key, value FROM learner_settings WHERE learner_id = ?",
                                  (learner_id,)).fetchall()
        return _read(rows, LEARNER)

    @announces(changes.SETTINGS)
    def set_for_learner(self, learner_id: str, key: str, value):
        """Remember one choice; returns the cleaned value."""
        known = setting(key, LEARNER)
        cleaned = known.clean(value)
        with self.db.atomic():
            if cleaned == known.default:
                self._conn.execute("DELETE FROM learner_settings WHERE learner_id = ? AND key = ?",
                                   (learner_id, key))
            else:
                self._conn.execute(
                    "INSERT OR REPLACE INTO learner_settings (learner_id, key, value) VALUES (?, ?, ?)",
                    (learner_id, key, known.encode(cleaned)))
        return cleaned

    def chosen_by_volunteer(self, volunteer_id: str) -> dict:
        """Only what this volunteer chose; the rest stays as the PC shows it to nobody."""
        rows = self._conn.execute("SELECT key, value FROM volunteer_settings WHERE volunteer_id = ?",
                                  (volunteer_id,)).fetchall()
        chosen = {}
        for key, raw in rows:
            if key in VOLUNTEER_KEYS:
                try:
                    chosen[key] = BY_KEY[key].clean(raw)
                except InvalidInputError:
                    continue  # an older or hand-edited value: the PC's look instead
        return chosen

    @announces(changes.SETTINGS)
    def set_for_volunteer(self, volunteer_id: str, key: str, value):
        """Remember one of a volunteer's choices; returns the cleaned value."""
        if key not in VOLUNTEER_KEYS:
            raise InvalidInputError("setting.not_for_volunteers", key=str(key), keys=", ".join(VOLUNTEER_KEYS))
        known = BY_KEY[key]
        cleaned = known.clean(value)
        with self.db.atomic():
            self._conn.execute(
                "INSERT OR REPLACE INTO volunteer_settings (volunteer_id, key, value) VALUES (?, ?, ?)",
                (volunteer_id, key, known.encode(cleaned)))
        return cleaned

    def device(self) -> dict:
        rows = self._conn.execute("SELECT key, value FROM device_settings").fetchall()
        return _read(rows, DEVICE)

    @announces(changes.SETTINGS)
    def set_device(self, key: str, value):
        known = setting(key, DEVICE)
        cleaned = known.clean(value)
        with self.db.atomic():
            if cleaned == known.default:
                self._conn.execute("DELETE FROM device_settings WHERE key = ?", (key,))
            else:
                self._conn.execute("INSERT OR REPLACE INTO device_settings (key, value) VALUES (?, ?)",
                                   (key, known.encode(cleaned)))
        return cleaned
