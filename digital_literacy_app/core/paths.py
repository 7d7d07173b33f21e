"""Where the data lives: one place, so tests, portable USB installs and shared PCs agree.

Order: an explicit `--data-dir`, then `DLA_DATA_DIR`, then portable mode (a
`portable.txt` beside the program keeps the data in `data/` beside it, for a USB stick),
then the per-user data directory that platformdirs gives for this operating system.
"""

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from digital_literacy_app.core.errors import DataDirError

APP_NAME = "DigitalLiteracyTrainer"
DATABASE_FILE = "trainer.sqlite3"
ENV_VAR = "DLA_DATA_DIR"
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "data"
PACKAGE_DIR = Path(__file__).resolve().parent.parent


def is_bundled() -> bool:
    """True in the PyInstaller app (dist/dla), where the package has no source folder."""
    return bool(getattr(sys, "frozen", False))


def _shipped(name: str) -> Path:
    """A folder shipped with the app: inside the bundle, else beside the package."""
    bundle = getattr(sys, "_MEIPASS", None) if is_bundled() else None
    candidates = [Path(bundle) / name] if bundle else []
    candidates += [PACKAGE_DIR.parent / name, PACKAGE_DIR / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def bundled_lessons_dir() -> Path:
    """The lesson packs shipped with the app (next to the package, or inside a bundle)."""
    return _shipped("lessons")


def assets_dir() -> Path:
    return _shipped("assets")


def program_dir() -> Path:
    """The folder portable.txt is looked for in: the executable's, or the repository root."""
    return Path(sys.executable).resolve().parent if is_bundled() else PACKAGE_DIR.parent


def portable_data_dir() -> Path | None:
    """`data/` beside the program when a portable.txt sits there, else None."""
    folder = program_dir()
    return folder / PORTABLE_DATA if (folder / PORTABLE_MARKER).is_file() else None


def is_portable_data_dir(path: Path) -> bool:
    """Whether `path` is a portable data folder: `data/` with a portable.txt beside it.

    Judged from the folder itself, not from how it was chosen, so the device identity
    treats it the same whether the app found it or --data-dir named it.
    """
    path = Path(path).resolve()
    return path.name == PORTABLE_DATA and (path.parent / PORTABLE_MARKER).is_file()


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    portable = portable_data_dir()
    if portable is not None:
        return portable
    return Path(user_data_dir(APP_NAME, appauthor=False))


def data_dir_kind(explicit: str | os.PathLike | None = None) -> tuple[Path, str]:
    """Where the data would live and why: "given" (--data-dir), "environment" (DLA_DATA_DIR),
    "portable" (beside the program) or "user" (the per-user data folder). Opens nothing."""
    folder = resolve_data_dir(explicit)
    if explicit:
        return folder, "given"
    if os.environ.get(ENV_VAR):
        return folder, "environment"
    if is_portable_data_dir(folder):
        return folder, "portable"
    return folder, "user"


def prepare_data_dir(path: Path) -> Path:
    """Create the directory if needed and prove it is writable, with a message if not."""
    if path.exists() and not path.is_dir():
        raise DataDirError("data_dir.is_a_file", path=str(path))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError("data_dir.cannot_create", path=str(path), detail=exc.strerror or str(exc)) from exc
    probe = path / ".write-test"
    try:
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        if getattr(exc, "errno", None) == 28:
            raise DataDirError("data_dir.disk_full", path=str(path)) from exc
        raise DataDirError("data_dir.not_writable", path=str(path), detail=exc.strerror or str(exc)) from exc
    return path
