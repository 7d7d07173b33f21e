"""Where the data lives: one place, so tests, portable USB installs and shared PCs agree.

Order: an explicit `--data-dir`, then `DLA_DATA_DIR`, then the per-user data directory
that platformdirs gives for this operating system.
"""

import os
from pathlib import Path

from platformdirs import user_data_dir

from digital_literacy_app.core.errors import DataDirError

APP_NAME = "DigitalLiteracyTrainer"
DATABASE_FILE = "trainer.sqlite3"
ENV_VAR = "DLA_DATA_DIR"
PACKAGE_DIR = Path(__file__).resolve().parent.parent


def bundled_lessons_dir() -> Path:
    """The lesson packs shipped with the app (next to the package, or inside a bundle)."""
    for candidate in (PACKAGE_DIR.parent / "lessons", PACKAGE_DIR / "lessons"):
        if candidate.is_dir():
            return candidate
    return PACKAGE_DIR.parent / "lessons"


def assets_dir() -> Path:
    for candidate in (PACKAGE_DIR.parent / "assets", PACKAGE_DIR / "assets"):
        if candidate.is_dir():
            return candidate
    return PACKAGE_DIR.parent / "assets"


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False))


def prepare_data_dir(path: Path) -> Path:
    """Create the directory if needed and prove it is writable, with a message if not."""
    if path.exists() and not path.is_dir():
        raise DataDirError(f"The data directory {path} is a file, not a folder.")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(
            f"The data directory {path} does not exist and cannot be created ({exc.strerror})."
        ) from exc
    probe = path / ".write-test"
    try:
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        if getattr(exc, "errno", None) == 28:
            raise DataDirError(f"The disk holding {path} is full.") from exc
        raise DataDirError(f"The data directory {path} is not writable ({exc.strerror}).") from exc
    return path
